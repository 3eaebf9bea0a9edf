"""The full analysis of a table of several years: the one-year analysis of the chosen (else the
latest) year as before, and a Dynamics part on the years together (issue 15, item 5): the
index over years on the analysis layer's boundary set, the emerging hot spots of that index
and each core's spillover, in the GeoPackage and the report."""

from __future__ import annotations

import csv

import geopandas as gpd
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.jobs.cores import CoresJob
from kz_innovation_plugin.core.jobs.full import FullJob, run
from kz_innovation_plugin.core.jobs.full_dynamics import (
    EMERGING_FIELDS,
    DynamicsJob,
    covered,
)
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.zones.cores import CoreRule
from tests.conftest import DEMO_TABLE, ROOT

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"
#: the two highest regions are the cores, so that every run has cores to estimate
TWO_CORES = CoresJob(rule=CoreRule(mode="top_k", k=2))


def full_job(table=EXTRACT, year=2022, dynamics=None, **changes) -> FullJob:
    return FullJob(join=JoinJob(table=str(table), year=year),
                   index=changes.pop("index", IndexOptions(
                       uncertainty=UncertaintySettings(runs=50))),
                   cores=TWO_CORES, dynamics=dynamics, **changes)


@pytest.fixture(scope="module")
def regions_2022():
    return load_bundled_regions("2022")


@pytest.fixture(scope="module")
def copied(regions_2022):
    """The extract on the 2022 regions, a region split in 2022 given its old region's rate."""
    return run(full_job(dynamics=DynamicsJob(split_rule="copy_parent")), regions_2022)


def test_the_one_year_result_is_unchanged_by_the_dynamics(copied, regions_2022):
    alone = run(full_job(dynamics=None), regions_2022)
    assert alone.dynamics is None
    dynamic_fields = list(EMERGING_FIELDS.values())
    assert set(copied.regions.columns) - set(alone.regions.columns) == set(dynamic_fields)
    assert_frame_equal(pd.DataFrame(copied.regions.drop(columns=dynamic_fields)),
                       pd.DataFrame(alone.regions))
    assert_frame_equal(pd.DataFrame(copied.cores.cores), pd.DataFrame(alone.cores.cores))
    assert_frame_equal(copied.global_table, alone.global_table)
    assert_frame_equal(copied.cores.multiplier, alone.cores.multiplier)


def test_the_index_over_years_on_the_2022_regions(copied):
    part = copied.dynamics
    assert part.target_set == "2022"
    # GRP per capita ends in 2022: keeping it would leave two years, so it is left out and
    # the index covers the three years of R&D expenditure and manufacturing
    assert part.years == [2021, 2022, 2023]
    assert part.fields == ["rd_exp", "manuf_va"]
    assert [(item.field, item.reason) for item in part.left_out] == [("grp_pc", "years")]
    scores = part.scores()
    assert len(scores) == 60 and set(scores["unit_id"]) == set(load_bundled_regions(
        "2022")["unit_id"])
    # manufacturing is published on the 2018 regions only: the three regions of 2022 get
    # their old region's rate, and their scores say so
    harmonised = part.harmonised_table()
    copied_rows = harmonised[(harmonised["method"] == "copied")
                             & (harmonised["indicator"] == "manuf_va")]
    assert set(copied_rows["unit_id"]) == {"abai", "jetisu", "ulytau", "east_kazakhstan",
                                           "almaty_region", "karaganda"}
    assert set(harmonised.loc[harmonised["indicator"] == "rd_exp", "method"]) == {
        "published"}
    marked = scores[scores["harmonised"] != ""]
    assert set(marked["unit_id"]) == set(copied_rows["unit_id"])
    # the scores are on one reference: every score of every year within 0..1 (pooled
    # min-max), and ranked each year
    assert scores["index"].between(0, 1).all()
    assert (scores.groupby("year")["rank"].min() == 1).all()


def test_emerging_hot_spots_are_on_the_regions_and_warn_of_the_short_series(copied):
    regions = copied.regions
    assert regions["ehs_years"].eq(3).all()
    assert regions["ehs_pattern"].notna().all()
    assert any("no Mann-Kendall trend can be significant" in note for note in copied.warnings)
    assert set(EMERGING_FIELDS.values()) <= set(copied.layers()["regions"].columns)


def test_each_core_has_its_spillover_with_intervals_and_the_small_sample_is_said(copied):
    part = copied.dynamics
    result = part.spillover
    assert part.x == "rd_exp" and not result.panel  # three years: the cross-section of 2022
    summary = result.core_summary
    assert sorted(summary["core"]) == sorted(copied.cores.cores.index)
    assert (summary["spillover_lower"] <= summary["spillover"]).all()
    assert (summary["spillover"] <= summary["spillover_upper"]).all()
    assert (summary["total"] - summary["own"] - summary["spillover"]).abs().max() < 1e-9
    assert any(note.startswith("Dynamics, spillover: Small sample: only 20 regions")
               for note in copied.warnings)
    tables = part.spillover_tables()
    assert set(tables) == {"spillover_estimates", "spillover_impacts",
                           "spillover_core_effects", "spillover_core_summary"}
    assert tables["spillover_core_summary"]["core_name"].notna().all()


def test_the_geopackage_and_the_report_carry_the_dynamics(copied, tmp_path):
    written, report = copied.write(tmp_path / "a.gpkg", tmp_path / "r.html")
    layers = set(gpd.list_layers(written)["name"])
    assert {"harmonised_panel", "panel_index", "spillover_core_summary",
            "spillover_core_effects"} <= layers
    panel = gpd.read_file(written, layer="panel_index")
    assert len(panel) == 60 and {"unit_id", "name_ru", "rank_p05", "harmonised"} <= set(
        panel.columns)
    page = report.read_text(encoding="utf-8")
    assert '<section id="dynamics">' in page
    assert (tmp_path / "r_files" / "trajectories.png").is_file()
    for name in copied.dynamics.report_inputs().spillover["name_en"]:
        assert name in page
    assert "multiplier effect" in page.split('<section id="dynamics">')[1]


def test_the_one_year_analysis_takes_the_latest_year_by_default(regions_2022):
    outcome = run(full_job(year=None, dynamics=DynamicsJob(split_rule="copy_parent")),
                  regions_2022)
    assert outcome.job.join.year == 2023
    assert outcome.notes[0].startswith("The table holds the years 2021, 2022, 2023; the "
                                       "one-year analysis takes the latest, 2023")
    assert outcome.dynamics.year == 2023


def test_a_split_without_a_rule_leaves_the_indicator_out_with_a_note(regions_2022):
    outcome = run(full_job(dynamics=DynamicsJob()), regions_2022)
    part = outcome.dynamics
    assert sorted((item.indicator, item.reason) for item in part.left_out) == [
        ("grp_per_capita", "split"), ("manufacturing_va_pct_grp", "split")]
    assert part.fields == ["rd_exp"]
    note = next(n for n in outcome.notes if n.startswith("Dynamics: manufacturing_va_pct_grp"))
    assert "DYNAMICS_SPLIT_RULE" in note and "copy_parent" in note
    assert outcome.regions["innov_idx"].notna().all()  # the one-year analysis is whole


def test_a_rate_without_its_weight_is_left_out_and_the_analysis_runs(tmp_path):
    """On the 2018 regions R&D expenditure (published on the 20 regions of 2022) must be
    merged: a rate needs its weight; without one it is left out of the dynamics, named with
    how to give it, and the spillover of R&D expenditure is not estimated."""
    regions = load_bundled_regions("2018")
    outcome = run(full_job(dynamics=DynamicsJob(split_rule="copy_parent")), regions)
    part = outcome.dynamics
    assert part.target_set == "2018"
    # GRP per capita (published on the 2022 set in 2022) needs population too
    assert [(item.indicator, item.reason) for item in part.left_out] == [
        ("grp_per_capita", "weight"), ("rd_expenditure_pct_grp", "weight")]
    assert part.fields == ["manuf_va"]  # published on the 2018 regions: as it is
    note = next(n for n in outcome.notes if n.startswith("Dynamics: rd_expenditure_pct_grp"))
    assert "needs a weight" in note and "DYNAMICS_WEIGHTS" in note
    assert part.spillover is None and part.skipped["spillover"].startswith("x_left_out")
    assert outcome.regions["innov_idx"].notna().all()
    # with a weight series (here one GRP per region and year, in a weights table) the rate
    # is merged and kept
    weights = tmp_path / "grp.csv"
    rows = [("year", "region", "indicator", "value")]
    for year in (2021, 2022, 2023):
        rows += [(year, unit, "grp", 1000.0 + number)
                 for number, unit in enumerate(load_bundled_regions("2022")["iso_code"])]
    with open(weights, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    weighted = run(full_job(dynamics=DynamicsJob(
        split_rule="copy_parent", weights={"rd_expenditure_pct_grp": "grp"},
        weight_table=str(weights))), regions)
    assert "rd_expenditure_pct_grp" not in {item.indicator for item in
                                            weighted.dynamics.left_out}
    methods = weighted.dynamics.harmonised_table()
    assert "weighted_mean" in set(methods.loc[methods["indicator"] == "rd_exp", "method"])
    assert weighted.dynamics.spillover is not None


def test_a_panel_estimate_when_the_years_allow(regions_2022):
    outcome = run(full_job(dynamics=DynamicsJob(split_rule="copy_parent", panel_years=3)),
                  regions_2022)
    result = outcome.dynamics.spillover
    assert result.panel and result.years == [2021, 2022, 2023]
    assert any("Short panel: only 3 years" in note for note in outcome.warnings)


def test_two_years_cannot_give_a_trend_and_the_report_says_so():
    """The bundled 2018-2019 table: two years, all on the 2018 set."""
    outcome = run(full_job(table=DEMO_TABLE, year=2018, dynamics=DynamicsJob()))
    part = outcome.dynamics
    assert part.years == [2018, 2019] and part.left_out == []
    assert len(part.fields) == 7
    assert any(note.startswith("Dynamics: two years give one change, not a trend")
               for note in outcome.warnings)


def test_rank_normalisation_falls_back_to_min_max_with_a_note(regions_2022):
    index = IndexOptions(normalisation="rank", level_method="quantiles",
                         uncertainty=UncertaintySettings(runs=50))
    outcome = run(full_job(dynamics=DynamicsJob(split_rule="copy_parent"), index=index),
                  regions_2022)
    assert outcome.dynamics.fallback and outcome.dynamics.normalisation == "minmax"
    assert any("uses min-max normalisation, not rank" in note for note in outcome.notes)


def test_a_table_of_one_year_has_no_dynamics(tmp_path, regions_2022):
    table = pd.read_csv(EXTRACT)
    one = tmp_path / "one_year.csv"
    table[table["year"] == 2022].to_csv(one, index=False)
    outcome = run(full_job(table=one, dynamics=DynamicsJob(x="manuf_va")), regions_2022)
    assert outcome.dynamics is None
    assert "panel_index" not in outcome.layers()
    assert "The dynamics' choices were ignored: the table holds one year." in outcome.notes


def test_an_input_the_table_lacks_is_refused_before_anything_is_computed(regions_2022):
    with pytest.raises(ParameterError, match=r'"patents" is not an indicator of the table; '
                                             r"its indicators are: grp_per_capita \(grp_pc\)"):
        run(full_job(dynamics=DynamicsJob(x="patents")), regions_2022)


def test_the_years_and_indicators_kept():
    data = pd.DataFrame({"year": [1, 2, 3, 1, 2, 1, 2, 3], "indicator": list("aaabbccc"),
                         "value": [1.0] * 8})
    assert covered(data, ["a", "b", "c"]) == ([1, 2, 3], ["a", "c"])
    assert covered(data.assign(value=[1.0] * 7 + [None]), ["a", "b", "c"]) == (
        [1, 2, 3], ["a"])
    assert covered(data[data["year"] == 1], ["a", "b"]) == ([], [])


def test_the_spillover_says_which_of_its_notes_are_warnings():
    from types import SimpleNamespace

    from kz_innovation_plugin.core.jobs.full_dynamics import _spillover_notes

    # worded unlike the core's sentences: the warnings are taken as flagged, not by phrase
    result = SimpleNamespace(notes=["FEW REGIONS.", "AN INTERVAL INCLUDES 0."],
                             warnings=["FEW REGIONS."], core_summary=pd.DataFrame({"core": [1]}))
    part = SimpleNamespace(spillover=result, years=[2021, 2022, 2023], x="rd_exp",
                           x_in_index=False, notes=[], warnings=[],
                           job=SimpleNamespace(panel_years=5))
    _spillover_notes(part, SimpleNamespace(year=2022), is_panel=False)
    assert part.warnings == ["Dynamics, spillover: FEW REGIONS."]
    assert "Dynamics, spillover: AN INTERVAL INCLUDES 0." in part.notes
