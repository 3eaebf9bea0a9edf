"""Boundary sets of a panel and the reform crosswalk (core/panel/sets.py), checked against
the reforms as enacted: 2018 (South Kazakhstan Region -> Turkistan Region + Shymkent) and
2022 (Abai, Jetisu and Ulytau Regions split off East Kazakhstan, Almaty and Karaganda)."""

from __future__ import annotations

import pytest

from kz_innovation_plugin.core.errors import MatchError, ParameterError
from kz_innovation_plugin.core.panel import crosswalk, read_panel, recognise_sets, same_territory
from kz_innovation_plugin.core.regions import Gazetteer
from tests.conftest import ROOT
from tests.core.panel.toy import toy_panel

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"


def _changes(source: str, target: str) -> dict[str, list[tuple[str, str]]]:
    """target unit -> [(source unit, relation)] for the units that are not the same."""
    frame = crosswalk(source, target)
    changed = frame[frame["relation"] != "same"]
    out: dict[str, list[tuple[str, str]]] = {}
    for row in changed.itertuples():
        out.setdefault(row.target_unit, []).append((row.source_unit, row.relation))
    return out


def test_crosswalk_2018_to_2017_merges_turkistan_and_shymkent():
    assert _changes("2018", "2017") == {
        "south_kazakhstan": [("shymkent", "part"), ("turkistan", "part")]}
    assert len(crosswalk("2018", "2017")) == 17  # every 2018 unit goes somewhere


def test_crosswalk_2017_to_2018_splits_south_kazakhstan():
    assert _changes("2017", "2018") == {
        "turkistan": [("south_kazakhstan", "split")],
        "shymkent": [("south_kazakhstan", "split")],
    }
    same = crosswalk("2017", "2018").query("relation == 'same'")
    assert len(same) == 15 and (same["target_unit"] == same["source_unit"]).all()


def test_crosswalk_2022_to_2018_merges_the_three_new_regions_into_their_parents():
    assert _changes("2022", "2018") == {
        "almaty_region": [("almaty_region", "part"), ("jetisu", "part")],
        "karaganda": [("karaganda", "part"), ("ulytau", "part")],
        "east_kazakhstan": [("east_kazakhstan", "part"), ("abai", "part")],
    }
    assert (crosswalk("2022", "2018")["relation"] == "same").sum() == 14


def test_crosswalk_2018_to_2022_splits_the_three_parents():
    assert _changes("2018", "2022") == {
        "abai": [("east_kazakhstan", "split")],
        "almaty_region": [("almaty_region", "split")],
        "jetisu": [("almaty_region", "split")],
        "karaganda": [("karaganda", "split")],
        "ulytau": [("karaganda", "split")],
        "east_kazakhstan": [("east_kazakhstan", "split")],
    }


def test_crosswalk_across_both_reforms():
    merged = _changes("2022", "2017")
    assert merged["south_kazakhstan"] == [("shymkent", "part"), ("turkistan", "part")]
    assert merged["east_kazakhstan"] == [("east_kazakhstan", "part"), ("abai", "part")]
    assert len(merged) == 4
    assert set(_changes("2017", "2022")) == {
        "abai", "almaty_region", "jetisu", "karaganda", "ulytau", "east_kazakhstan",
        "turkistan", "shymkent"}


def test_crosswalk_refuses_an_unknown_set():
    with pytest.raises(ParameterError, match="boundary set"):
        crosswalk("2019", "2018")


def test_same_territory():
    gazetteer = Gazetteer.load()
    assert same_territory(gazetteer, "astana", "2017", "2022")
    assert same_territory(gazetteer, "east_kazakhstan", "2017", "2018")
    assert not same_territory(gazetteer, "east_kazakhstan", "2018", "2022")
    assert not same_territory(gazetteer, "turkistan", "2017", "2018")  # not in 2017


def test_each_year_and_indicator_of_the_shared_extract_is_on_its_published_set():
    groups = recognise_sets(read_panel(EXTRACT)).set_index(["year", "indicator"])
    sets = groups["boundary_set"].to_dict()
    # the shared data's README: R&D on the 20 regions of 2022 already for 2021, GRP per
    # capita from 2022, manufacturing value added on the units of 2018 throughout
    assert {year: sets[(year, "rd_expenditure_pct_grp")] for year in (2021, 2022, 2023)} == {
        2021: "2022", 2022: "2022", 2023: "2022"}
    assert sets[(2021, "grp_per_capita")] == "2018"
    assert sets[(2022, "grp_per_capita")] == "2022"
    assert {year: sets[(year, "manufacturing_va_pct_grp")] for year in (2021, 2022, 2023)} == {
        2021: "2018", 2022: "2018", 2023: "2018"}
    manufacturing = groups.loc[(2022, "manufacturing_va_pct_grp")]
    assert manufacturing["lacking"] == "turkistan" and manufacturing["regions"] == 16
    assert "set 2018 lacks 1, set 2022 lacks 4" in manufacturing["recognised"]


def test_a_group_of_few_regions_is_taken_on_the_set_in_force_in_its_year():
    panel = toy_panel([(2021, "Astana", "toy_count", 1.0), (2021, "Almaty", "toy_count", 2.0),
                       (2022, "East Kazakhstan Region", "toy_count", 3.0),
                       (2017, "Shymkent", "toy_count", 4.0)])
    groups = recognise_sets(panel).set_index("year")
    assert groups.loc[2021, "boundary_set"] == "2018"
    assert groups.loc[2022, "boundary_set"] == "2022"
    assert "set in force in 2022" in groups.loc[2022, "recognised"]
    # Shymkent was not a unit before 2018: its 2017 row can only be on a later set
    assert groups.loc[2017, "boundary_set"] == "2018"


def test_a_mix_of_sets_within_one_year_is_refused_naming_the_rows():
    panel = toy_panel([(2018, "South Kazakhstan Region", "toy_count", 5.0),
                       (2018, "Shymkent", "toy_count", 1.0),
                       (2018, "Astana", "toy_count", 2.0),
                       (2018, "Abai Region", "toy_other", 2.0),
                       (2018, "South Kazakhstan Region", "toy_other", 2.0)])
    with pytest.raises(MatchError) as caught:
        recognise_sets(panel)
    message = str(caught.value)
    assert ('2018, toy_count: set 2018 holds 2 of its regions but not "South Kazakhstan '
            'Region" (a region of set 2017)') in message
    assert ('2018, toy_other: set 2022 holds 1 of its regions but not "South Kazakhstan '
            'Region" (a region of set 2017)') in message
    assert "correct or remove these rows" in message


def test_a_declared_set_replaces_the_recognised_one():
    panel = toy_panel([(2022, "East Kazakhstan Region", "toy_count", 3.0),
                       (2022, "Astana", "toy_count", 1.0)])
    assert recognise_sets(panel)["boundary_set"].tolist() == ["2022"]
    declared = recognise_sets(panel, declared={(2022, "toy_count"): "2018"})
    assert declared[["boundary_set", "recognised"]].values.tolist() == [["2018", "declared"]]
    assert recognise_sets(panel, declared={2022: 2017})["boundary_set"].tolist() == ["2017"]


def test_a_declared_set_must_hold_the_regions():
    panel = toy_panel([(2022, "Abai Region", "toy_count", 3.0)])
    with pytest.raises(MatchError, match=r'declared on the 2018 set, but "Abai Region" \(a '
                                         r"region of set 2022\) is not in that set"):
        recognise_sets(panel, declared={2022: "2018"})
    with pytest.raises(ParameterError, match="boundary set"):
        recognise_sets(panel, declared={2022: "2020"})
