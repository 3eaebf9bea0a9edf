"""The harmonisation job (core/jobs/panel.py): the shared 2021-2023 extract put on the 2022
and 2018 boundary sets, the region layer, the texts the dialog and the command line give, and
the refusals that leave nothing behind."""

from __future__ import annotations

import math

import pyogrio
import pytest

from kz_innovation_plugin.core.errors import CancelledError, MatchError, ParameterError
from kz_innovation_plugin.core.jobs import panel as job
from tests.conftest import ROOT, file_digest

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"


@pytest.fixture(scope="module")
def to_2022():
    return job.run(job.PanelJob(table=str(EXTRACT), target_set="2022", split_rule="copy_parent"))


def cell(frame, year, indicator, unit_id, column="value"):
    rows = frame[(frame["year"] == year) & (frame["indicator"] == indicator)
                 & (frame["unit_id"] == unit_id)]
    assert len(rows) == 1, rows
    return rows.iloc[0][column]


def test_to_the_2022_set_the_old_rates_are_copied_and_marked(to_2022):
    table = to_2022.table()
    # manufacturing value added 2021 of East Kazakhstan Region (2018 borders): 21.1, as
    # published in the extract, copied to Abai Region of 2022
    assert cell(table, 2021, "manufacturing_va_pct_grp", "abai") == 21.1
    assert cell(table, 2021, "manufacturing_va_pct_grp", "abai", "method") == "copied"
    assert cell(table, 2021, "manufacturing_va_pct_grp", "abai", "method_label") == \
        "Copied from the old, larger region"
    assert cell(table, 2021, "manufacturing_va_pct_grp", "abai", "derivation") == \
        "copied from East Kazakhstan Region (2018 set)"
    # R&D 2021 is published on the 2022 set: kept as it is
    assert cell(table, 2021, "rd_expenditure_pct_grp", "abai", "method") == "published"
    assert cell(table, 2022, "grp_per_capita", "ulytau") == 7278.4
    assert cell(table, 2022, "grp_per_capita", "ulytau", "unit") == "thousand tenge per person"
    assert set(table["boundary_set"]) == {"2022"}
    # three regions split off in 2022, for manufacturing 2021-2023 and GRP per capita 2021;
    # manufacturing is not published for Turkistan (nothing is invented for it), and its
    # South Kazakhstan parent is not in the 2018 set, so Turkistan has no copied value
    assert (table["method"] == "copied").sum() == 3 * 3 * 2 + 3 * 2
    assert "turkistan" not in set(
        table.loc[table["indicator"] == "manufacturing_va_pct_grp", "unit_id"])


def test_the_region_layer_holds_every_region_in_every_year(to_2022):
    regions = to_2022.regions
    assert len(regions) == 20 * 3 and set(regions["year"]) == {2021, 2022, 2023}
    assert regions.crs is not None and regions.geometry.name == regions.columns[-1]
    abai = regions[(regions["unit_id"] == "abai") & (regions["year"] == 2021)].iloc[0]
    assert abai["manufacturing_va_pct_grp"] == 21.1
    assert abai["manufacturing_va_pct_grp_method"] == "copied"
    assert abai["rd_expenditure_pct_grp_method"] == "published"
    # GRP per capita is not in the extract for 2023: the field is there, empty
    in_2023 = regions[regions["year"] == 2023]
    assert in_2023["grp_per_capita"].isna().all()


def test_one_year_gives_one_feature_per_region():
    outcome = job.run(job.PanelJob(table=str(EXTRACT), target_set="2018",
                                   indicators=["manufacturing_va_pct_grp"], year=2022))
    regions = outcome.regions
    assert len(regions) == 17 and set(regions["year"]) == {2022}
    values = dict(zip(regions["unit_id"], regions["manufacturing_va_pct_grp"]))
    assert (values["pavlodar"], values["karaganda"]) == (24.4, 0.0)  # as in the extract
    assert math.isnan(values["turkistan"])  # not published for Turkistan Region
    assert set(outcome.table()["method"]) == {"published"}
    assert len(outcome.table()) == 3 * 16


def test_a_year_the_panel_lacks_is_named():
    with pytest.raises(ParameterError, match="no 2019 values; its years are 2021, 2022, 2023"):
        job.run(job.PanelJob(table=str(EXTRACT), target_set="2018",
                             indicators=["manufacturing_va_pct_grp"], year=2019))


def test_rates_without_their_weight_are_refused_and_nothing_is_written(tmp_path):
    before = file_digest(EXTRACT)
    with pytest.raises(ParameterError) as caught:
        job.run(job.PanelJob(table=str(EXTRACT), target_set="2018"))
    message = str(caught.value)
    assert "rd_expenditure_pct_grp (2021, 2022, 2023 on the 2022 set)" in message
    assert "needs a weight" in message and "Nothing was computed" in message
    assert file_digest(EXTRACT) == before
    assert not list(tmp_path.iterdir())


def test_weights_from_a_weights_table(tmp_path):
    """Made-up GRP weights (not statistics): East Kazakhstan 3, Abai 1 in 2022."""
    weights = tmp_path / "toy_weights.csv"
    weights.write_text(
        "year,region,indicator,value\n"
        + "".join(f"{year},{name},toy_grp,{value}\n" for year in (2021, 2022, 2023)
                  for name, value in (("East Kazakhstan Region", 3), ("Abai Region", 1),
                                      ("Almaty Region", 1), ("Jetisu Region", 1),
                                      ("Karaganda Region", 4), ("Ulytau Region", 1))),
        encoding="utf-8")
    outcome = job.run(job.PanelJob(
        table=str(EXTRACT), target_set="2018", indicators=["rd_expenditure_pct_grp"],
        weights=job.parse_pairs("rd_expenditure_pct_grp = toy_grp", "Weights", ""),
        weight_table=str(weights)))
    table = outcome.table()
    # R&D 2022: East Kazakhstan 0.15 and Abai 0.17, weights 3 and 1: 0.62 / 4 = 0.155
    assert cell(table, 2022, "rd_expenditure_pct_grp", "east_kazakhstan") == \
        pytest.approx(0.155)
    assert cell(table, 2022, "rd_expenditure_pct_grp", "east_kazakhstan", "weight") == "toy_grp"
    assert outcome.provenance["parameters"]["weight_table"] == "toy_weights.csv"


def test_a_year_of_regions_from_two_sets_is_refused(tmp_path):
    table = tmp_path / "mixed.csv"
    table.write_text("year,region,indicator,value\n2020,Южно-Казахстанская,x,1\n"
                     "2020,Туркестанская,x,2\n", encoding="utf-8")
    with pytest.raises(MatchError, match="fit no single boundary set"):
        job.run(job.PanelJob(table=str(table), kinds={"x": "count"}))


def test_an_unknown_boundary_set_or_rule_is_refused():
    with pytest.raises(ParameterError, match="Unknown boundary set 2019; use one of"):
        job.PanelJob(table=str(EXTRACT), target_set="2019")
    with pytest.raises(ParameterError, match="Unknown split rule 'halve'"):
        job.PanelJob(table=str(EXTRACT), split_rule="halve")
    with pytest.raises(ParameterError, match="Unknown indicator kind 'amount'"):
        job.run(job.PanelJob(table=str(EXTRACT), kinds={"grp_per_capita": "amount"}))


def test_a_rule_for_one_indicator():
    outcome = job.run(job.PanelJob(
        table=str(EXTRACT), target_set="2022", indicators=["grp_per_capita"],
        split_rules={"grp_per_capita": "copy"}))
    assert cell(outcome.table(), 2021, "grp_per_capita", "jetisu") == 2201.1
    assert outcome.provenance["parameters"]["split_rules"] == {"grp_per_capita": "copy_parent"}


def test_pairs_and_declared_sets_as_text():
    assert job.parse_pairs("a=count; b: rate\nc = 1", "Kinds", "") == {
        "a": "count", "b": "rate", "c": "1"}
    assert job.parse_pairs("", "Kinds", "") == {}
    with pytest.raises(ParameterError, match='Kinds: "a" is not "name=value"'):
        job.parse_pairs("a", "Kinds", "a=count")
    assert job.declared_sets("2021=2018; 2022 grp_per_capita=2022") == {
        2021: "2018", (2022, "grp_per_capita"): "2022"}
    with pytest.raises(ParameterError, match="is not a year"):
        job.declared_sets("grp=2018")


def test_a_declared_set_is_used():
    outcome = job.run(job.PanelJob(
        table=str(EXTRACT), target_set="2018", indicators=["manufacturing_va_pct_grp"],
        declared_sets={2021: "2018"}))
    groups = outcome.harmonised.groups
    assert groups.loc[groups["year"] == 2021, "recognised"].iloc[0] == "declared"


def test_progress_and_cancel():
    seen = []
    job.run(job.PanelJob(table=str(EXTRACT), target_set="2018",
                         indicators=["manufacturing_va_pct_grp"]), progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(CancelledError, match="nothing was written"):
        job.run(job.PanelJob(table=str(EXTRACT), target_set="2018"), cancelled=lambda: True)


def test_written_as_one_geopackage(to_2022, tmp_path):
    path = to_2022.write(tmp_path / "panel.gpkg")
    names = {name for name, _ in pyogrio.list_layers(path)}
    assert {job.PANEL_LAYER, job.REGIONS_LAYER, job.GROUPS_LAYER, "method"} <= names
    record = dict(to_2022.layers()["method"].itertuples(index=False))
    assert record["tool"] == "kzinnovation:harmonisepanel"
    assert record["harmonisation.marks.copied"] == "24"
    assert record["parameters.table"] == EXTRACT.name  # the file's name, not its path


def test_the_command_line_twin(tmp_path, capsys):
    from kz_innovation_plugin.cli import main

    output = tmp_path / "panel.gpkg"
    assert main(["harmonise", "--table", str(EXTRACT), "--boundary-set", "2022",
                 "--split-rule", "copy_parent", "--year", "2022", "--output", str(output)]) == 0
    assert "157 values on the 2022 boundary set (133 published, 24 copied)" in \
        capsys.readouterr().out
    assert len(pyogrio.read_dataframe(output, layer=job.REGIONS_LAYER)) == 20
    refused = tmp_path / "refused.gpkg"
    assert main(["harmonise", "--table", str(EXTRACT), "--boundary-set", "2018",
                 "--output", str(refused)]) == 2
    assert "needs a weight" in capsys.readouterr().err
    assert not refused.exists()
