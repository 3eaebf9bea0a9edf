"""The index over years as a job (core/jobs/trajectories.py): a small layer checked by hand on
the pooled and base-year references, the shared 2021-2023 extract harmonised to the 2022 set
(copy_parent) equal to panel_index run directly, the layer route equal to the table route,
the outputs and the chart, the command line, and the refusals that write nothing."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from numpy.testing import assert_allclose
from shapely.geometry import box

from kz_innovation_plugin.cli import main
from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.panel_index import (
    LONG_COLUMNS,
    PanelIndexOptions,
    panel_index,
)
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.errors import MatchError, ParameterError
from kz_innovation_plugin.core.jobs import panel
from kz_innovation_plugin.core.jobs import trajectories as job
from tests.conftest import ROOT, file_digest

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"
#: the extract's indicators that have values in every year 2021-2023
EVERY_YEAR = ["rd_expenditure_pct_grp", "manufacturing_va_pct_grp"]
#: 4 regions, 2 years: region 3 keeps its values; region 4 rises above the 2021 range
A = {2021: [1.0, 2.0, 3.0, 4.0], 2022: [2.0, 3.0, 3.0, 5.0]}
B = {2021: [10.0, 20.0, 30.0, 40.0], 2022: [10.0, 20.0, 30.0, 50.0]}


def small_layer() -> gpd.GeoDataFrame:
    rows = [{"rid": region + 1, "year": year, "a": A[year][region], "b": B[year][region],
             "geometry": box(region, 0, region + 1, 1)}
            for year in (2021, 2022) for region in range(4)]
    return gpd.GeoDataFrame(rows, crs="EPSG:3857")


def index_options(**choices) -> IndexOptions:
    return IndexOptions(uncertainty=UncertaintySettings(runs=30, seed=2), **choices)


def small_job(**choices) -> job.TrajectoriesJob:
    options = index_options(groups={"potential": ["a"], "performance": ["b"]},
                            treatment="none")
    return job.TrajectoriesJob(index=options, region_field="rid", **choices)


def scores_of(outcome) -> dict:
    return {(unit, year): value for unit, year, value in
            outcome.result.scores[["unit_id", "year", "index"]].itertuples(index=False)}


def test_pooled_min_max_by_hand():
    """Bounds of both years together: a 1..5, b 10..50; a region's score moves only with its
    own values (region 3 keeps 0.5)."""
    scores = scores_of(job.run(small_job(), small_layer()))
    expected = {("1", 2021): 0.0, ("2", 2021): 0.25, ("3", 2021): 0.5, ("4", 2021): 0.75,
                ("1", 2022): (0.25 + 0.0) / 2, ("2", 2022): (0.5 + 0.25) / 2,
                ("3", 2022): 0.5, ("4", 2022): 1.0}
    assert scores.keys() == expected.keys()
    assert_allclose([scores[key] for key in expected], list(expected.values()))


def test_base_year_min_max_by_hand():
    """Bounds of 2021 only (a 1..4, b 10..40): region 4 rises above 1 in 2022."""
    outcome = job.run(small_job(reference="base_year", base_year=2021), small_layer())
    scores = scores_of(outcome)
    assert scores[("4", 2021)] == pytest.approx(1.0)
    assert scores[("4", 2022)] == pytest.approx(4 / 3)
    assert scores[("1", 2022)] == pytest.approx((1 / 3 + 0) / 2)
    assert scores[("3", 2021)] == scores[("3", 2022)] == pytest.approx(2 / 3)
    assert outcome.provenance["reference"] == "base_year"
    assert outcome.provenance["base_year"] == 2021


def test_the_small_layer_keeps_its_regions_and_ids():
    outcome = job.run(small_job(), small_layer())
    regions = outcome.regions
    assert list(regions["rid"]) == [1, 2, 3, 4] and regions.geometry.name == regions.columns[-1]
    assert list(regions.columns[1:-1]) == [
        f"{column}_{year}" for year in (2021, 2022)
        for column in ("index", "rank", "rank_p05", "rank_p95")]
    assert list(regions["index_2022"]) == pytest.approx([0.125, 0.375, 0.5, 1.0])
    assert list(regions["rank_2022"]) == [4, 3, 2, 1]
    # no <indicator>_method field: every value counts as published
    assert set(outcome.result.scores["harmonised"]) == {""}


def test_a_region_missing_a_year_has_no_score_then():
    """Values as QGIS gives them (Python numbers, a gap as None); region 2 has no feature in
    2022: it is left out of that year's ranks, and the regions layer keeps it."""
    layer = small_layer()
    layer = layer[~((layer["rid"] == 2) & (layer["year"] == 2022))].copy()
    layer["b"] = pd.Series([float(value) for value in layer["b"]], index=layer.index,
                           dtype=object)
    outcome = job.run(small_job(), layer)
    assert outcome.result.regions_per_year == {2021: 4, 2022: 3}
    assert ("2", 2022) not in scores_of(outcome)
    assert any("differs between years" in note for note in outcome.notes)
    regions = outcome.regions.set_index("rid")
    assert np.isnan(regions.loc[2, "index_2022"]) and regions.loc[2, "rank_2021"] == 3


@pytest.fixture(scope="module")
def from_table():
    table = panel.PanelJob(table=str(EXTRACT), target_set="2022", split_rule="copy_parent",
                           indicators=EVERY_YEAR)
    return job.run(job.TrajectoriesJob(index=index_options(), panel=table,
                                       highlight=["Astana", "almaty_city"]))


def test_the_extract_on_the_2022_set_equals_panel_index_run_directly(from_table):
    harmonised = panel.run(panel.PanelJob(table=str(EXTRACT), target_set="2022",
                                          split_rule="copy_parent", indicators=EVERY_YEAR))
    direct = panel_index(harmonised.harmonised, PanelIndexOptions(index=index_options()))
    scores = from_table.result.scores
    assert list(scores.columns) == list(LONG_COLUMNS)
    assert len(scores) == 20 * 3 and set(scores["year"]) == {2021, 2022, 2023}
    assert scores.equals(direct.scores)
    assert ((scores["index"] >= 0) & (scores["index"] <= 1)).all()  # pooled min-max


def test_scores_resting_on_copied_rates_are_marked(from_table):
    scores = from_table.result.scores.set_index(["unit_id", "year"])
    # manufacturing value added of the three regions split off in 2022 is their parent's
    for unit in ("abai", "jetisu", "ulytau"):
        for year in (2021, 2022, 2023):
            assert scores.loc[(unit, year), "harmonised"] == "manufacturing_va_pct_grp"
    assert scores.loc[("astana", 2021), "harmonised"] == ""
    assert any("use values that were not as published" in note for note in from_table.notes)


def test_the_regions_are_the_bundled_2022_set_with_their_trajectories(from_table):
    regions = from_table.regions
    assert len(regions) == 20 and set(regions["boundary_set"]) == {"2022"}
    assert regions.crs is not None and regions.geometry.name == regions.columns[-1]
    astana = regions[regions["unit_id"] == "astana"].iloc[0]
    row = from_table.result.scores.query("unit_id == 'astana' and year == 2023").iloc[0]
    assert astana["index_2023"] == pytest.approx(row["index"])
    assert astana["rank_p95_2023"] == row["rank_p95"]
    assert from_table.highlight == ["astana", "almaty_city"]
    assert from_table.names["almaty_city"] == "Almaty"


def test_a_layer_with_one_feature_per_region_and_year_gives_the_same_index(from_table):
    layer = panel.run(panel.PanelJob(table=str(EXTRACT), split_rule="copy_parent",
                                     indicators=EVERY_YEAR)).regions
    outcome = job.run(job.TrajectoriesJob(index=index_options()), layer)
    assert outcome.result.scores.equals(from_table.result.scores)  # marks read from _method
    assert len(outcome.regions) == 20
    assert not [column for column in outcome.regions.columns if column.endswith("_method")]


def test_the_outputs_are_written_with_the_chart(from_table, tmp_path):
    path = from_table.write(tmp_path / "trajectories.gpkg")
    layers = dict(pyogrio.list_layers(path))
    assert set(layers) == {job.SCORES_LAYER, job.REGIONS_LAYER, "method"}
    assert layers[job.SCORES_LAYER] is None  # a table
    assert len(pyogrio.read_dataframe(path, layer=job.SCORES_LAYER)) == 60
    chart = from_table.chart(tmp_path / "chart.png", title="Ranks")
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    method = pyogrio.read_dataframe(path, layer="method").set_index("key")["value"]
    assert method["tool"] == job.TOOL
    assert method["parameters.table.split_rule"] == "copy_parent"
    assert method["years"] == "2021; 2022; 2023"


def test_the_same_seed_gives_the_same_intervals():
    first = job.run(small_job(), small_layer()).result.scores
    again = job.run(small_job(), small_layer()).result.scores
    assert first.equals(again)


def test_the_summary_names_the_top_regions(from_table):
    lines = from_table.summary().splitlines()
    assert lines[0].startswith("Index over 3 years (2021, 2022, 2023) of 20 regions")
    assert len(lines) == 1 + job.TOP and "rank interval" in lines[1]


# --- refusals ---------------------------------------------------------------------------------

def test_a_table_and_a_layer_together_or_neither_are_refused():
    table = panel.PanelJob(table=str(EXTRACT), split_rule="copy_parent")
    with pytest.raises(ParameterError, match="not both"):
        job.run(job.TrajectoriesJob(panel=table), small_layer())
    with pytest.raises(ParameterError, match="Give a multi-year table"):
        job.run(job.TrajectoriesJob())


def test_rank_normalisation_is_refused_before_anything_runs():
    with pytest.raises(ParameterError, match='cannot use "rank" normalisation'):
        job.TrajectoriesJob(index=IndexOptions(normalisation="rank"))
    with pytest.raises(ParameterError, match="needs the base year"):
        job.TrajectoriesJob(reference="base_year")
    with pytest.raises(ParameterError, match="Unknown reference of the index over years"):
        job.TrajectoriesJob(reference="median")


def test_one_year_only_is_refused():
    with pytest.raises(ParameterError, match="needs at least two years; got 1 .2021."):
        job.run(small_job(years=[2021]), small_layer())


def test_an_indicator_missing_in_a_year_is_named():
    """GRP per capita of the extract stops in 2022."""
    table = panel.PanelJob(table=str(EXTRACT), split_rule="copy_parent")
    with pytest.raises(ParameterError, match="grp_per_capita in 2023"):
        job.run(job.TrajectoriesJob(index=index_options(), panel=table))


def test_a_rate_without_its_weight_is_refused_and_the_table_unchanged():
    before = file_digest(EXTRACT)
    table = panel.PanelJob(table=str(EXTRACT), target_set="2018")
    with pytest.raises(ParameterError, match="needs a weight"):
        job.run(job.TrajectoriesJob(index=index_options(), panel=table))
    assert file_digest(EXTRACT) == before


def test_a_year_on_no_known_boundary_set_is_refused(tmp_path):
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("year,region,indicator,value\n2020,Южно-Казахстанская,x,1\n"
                     "2020,Туркестанская,x,2\n", encoding="utf-8")
    table = panel.PanelJob(table=str(mixed), kinds={"x": "count"})
    with pytest.raises(MatchError, match="fit no single boundary set"):
        job.run(job.TrajectoriesJob(panel=table))


def test_a_region_to_highlight_must_have_a_score():
    with pytest.raises(ParameterError,
                       match="Region.s. Atlantis to draw in colour name no region with a score"):
        job.run(small_job(highlight=["Atlantis"]), small_layer())


def test_a_layer_without_numbers_is_refused():
    layer = small_layer().drop(columns=["a", "b"])
    with pytest.raises(ParameterError, match="no numeric indicator field besides 'rid'"):
        job.run(small_job(), layer)


@pytest.mark.parametrize(("text", "years"), [("", None), ("2021, 2023", [2021, 2023]),
                                             ("2021;2022 2023", [2021, 2022, 2023])])
def test_years_are_read_from_text(text, years):
    assert job.year_list(text) == years


def test_a_year_that_is_not_a_number_is_refused():
    with pytest.raises(ParameterError, match="twenty is not a year"):
        job.year_list("2021, twenty")


# --- the command line -------------------------------------------------------------------------

def test_the_command_line_writes_the_geopackage_and_the_chart(tmp_path, capsys):
    output, chart = tmp_path / "out.gpkg", tmp_path / "ranks.png"
    code = main(["trajectories", "--table", str(EXTRACT), "--split-rule", "copy_parent",
                 "--indicators", ",".join(EVERY_YEAR), "--runs", "30", "--highlight",
                 "astana", "--reference", "base_year", "--base-year", "2022",
                 "--chart", str(chart), "--output", str(output)])
    assert code == 0, capsys.readouterr().err
    assert "Chart written to" in capsys.readouterr().out
    scores = pyogrio.read_dataframe(output, layer=job.SCORES_LAYER)
    assert len(scores) == 60 and chart.is_file()
    base = scores.loc[scores["year"] == 2022, "index"]
    assert ((base >= 0) & (base <= 1)).all()  # min-max on the base year's own bounds
    method = pyogrio.read_dataframe(output, layer="method").set_index("key")["value"]
    assert (method["reference"], method["base_year"]) == ("base_year", "2022")


def test_the_command_line_refuses_bad_input_and_writes_nothing(tmp_path, capsys):
    output = tmp_path / "out.gpkg"
    code = main(["trajectories", "--table", str(EXTRACT), "--boundary-set", "2018",
                 "--output", str(output), "--chart", str(tmp_path / "c.png")])
    assert code == 2
    assert "needs a weight" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
