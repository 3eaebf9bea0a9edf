"""Harmonisation across the three boundary sets (core/panel/harmonise.py), on toy numbers
whose results are worked out by hand in each test (the numbers are made up, not statistics).
"""

from __future__ import annotations

import math

import pytest

from kz_innovation_plugin.core.errors import CancelledError, ParameterError
from kz_innovation_plugin.core.panel import (
    HARMONISED_COLUMNS,
    MARKS,
    HarmoniseOptions,
    harmonise_panel,
)
from tests.core.panel.toy import row, toy_panel, values

# --- 2022 -> 2018: the three regions split off in 2022 go back into their parents ----------

#: toy counts and rates on the 2022 set, and a toy population on the same set
TOY_2022 = [
    (2022, "East Kazakhstan Region", "toy_count", 10.0),
    (2022, "Abai Region", "toy_count", 5.0),
    (2022, "Almaty Region", "toy_count", 7.0),
    (2022, "Jetisu Region", "toy_count", 3.0),
    (2022, "Karaganda Region", "toy_count", 8.0),
    (2022, "Ulytau Region", "toy_count", 2.0),
    (2022, "Astana", "toy_count", 4.0),
    (2022, "East Kazakhstan Region", "toy_rate", 2.0),
    (2022, "Abai Region", "toy_rate", 4.0),
    (2022, "Almaty Region", "toy_rate", 1.0),
    (2022, "Jetisu Region", "toy_rate", 4.0),
    (2022, "Karaganda Region", "toy_rate", 5.0),
    (2022, "Ulytau Region", "toy_rate", 1.0),
    (2022, "Astana", "toy_rate", 9.0),
]
TOY_POPULATION_2022 = [
    (2022, "East Kazakhstan Region", "toy_population", 1.5),
    (2022, "Abai Region", "toy_population", 0.5),
    (2022, "Almaty Region", "toy_population", 2.0),
    (2022, "Jetisu Region", "toy_population", 0.5),
    (2022, "Karaganda Region", "toy_population", 1.0),
    (2022, "Ulytau Region", "toy_population", 0.25),
]
KINDS = {"toy_count": "count", "toy_rate": "rate"}


def test_counts_of_2022_add_up_to_the_2018_regions():
    result = harmonise_panel(toy_panel(TOY_2022), HarmoniseOptions(
        "2018", kinds=KINDS, indicators=["toy_count"]))
    # East Kazakhstan 2018 = East Kazakhstan 2022 + Abai: 10 + 5; Almaty Region 2018 =
    # Almaty Region 2022 + Jetisu: 7 + 3; Karaganda 2018 = Karaganda 2022 + Ulytau: 8 + 2
    assert values(result.data, 2022, "toy_count") == {
        "almaty_region": 10.0, "karaganda": 10.0, "east_kazakhstan": 15.0, "astana": 4.0}
    east = row(result.data, 2022, "toy_count", "east_kazakhstan")
    assert (east["method"], east["from_units"], east["source_set"]) == (
        "sum", "east_kazakhstan, abai", "2022")
    assert east["derivation"] == "sum of East Kazakhstan Region and Abai Region (2022 set)"
    astana = row(result.data, 2022, "toy_count", "astana")
    assert (astana["method"], astana["derivation"]) == ("published", "as published")
    assert list(result.data.columns) == list(HARMONISED_COLUMNS)
    assert result.target_set == "2018"


def test_a_rate_of_2022_is_merged_as_a_mean_weighted_by_population():
    result = harmonise_panel(
        toy_panel(TOY_2022 + TOY_POPULATION_2022),
        HarmoniseOptions("2018", kinds=KINDS, weights={"toy_rate": "toy_population"},
                         indicators=["toy_rate"]))
    merged = values(result.data, 2022, "toy_rate")
    # East Kazakhstan: (2.0 * 1.5 + 4.0 * 0.5) / (1.5 + 0.5) = 5.0 / 2.0 = 2.5
    assert merged["east_kazakhstan"] == pytest.approx(2.5)
    # Almaty Region: (1.0 * 2.0 + 4.0 * 0.5) / 2.5 = 4.0 / 2.5 = 1.6
    assert merged["almaty_region"] == pytest.approx(1.6)
    # Karaganda: (5.0 * 1.0 + 1.0 * 0.25) / 1.25 = 5.25 / 1.25 = 4.2
    assert merged["karaganda"] == pytest.approx(4.2)
    assert merged["astana"] == 9.0  # no weight needed: the same territory
    east = row(result.data, 2022, "toy_rate", "east_kazakhstan")
    assert (east["method"], east["weight"]) == ("weighted_mean", "toy_population")
    assert east["derivation"] == ("mean of East Kazakhstan Region and Abai Region (2022 set) "
                                  "weighted by toy_population")
    assert result.groups["methods"].tolist() == ["published, weighted_mean"]


def test_the_same_rate_without_its_weight_is_refused():
    with pytest.raises(ParameterError) as caught:
        harmonise_panel(toy_panel(TOY_2022 + TOY_POPULATION_2022),
                        HarmoniseOptions("2018", kinds=KINDS))
    message = str(caught.value)
    assert message.startswith("The panel cannot be harmonised to the 2018 boundary set yet: ")
    assert "toy_rate (2022 on the 2022 set) is a rate" in message
    assert "needs a weight, the rate's denominator" in message
    assert "name it in the weights, e.g. toy_rate: <weight indicator>" in message
    assert "toy_count" not in message  # a count needs no weight
    assert message.endswith("Nothing was computed.")


def test_the_weights_may_come_from_a_weights_table():
    result = harmonise_panel(
        toy_panel(TOY_2022), HarmoniseOptions("2018", kinds=KINDS,
                                              weights={"toy_rate": "toy_population"}),
        weight_table=toy_panel(TOY_POPULATION_2022, name="toy weights"))
    assert values(result.data, 2022, "toy_rate")["east_kazakhstan"] == pytest.approx(2.5)
    assert "toy_population" not in set(result.data["indicator"])
    assert result.provenance["weight_source"] == "toy weights"


def test_an_unknown_weight_indicator_is_named():
    with pytest.raises(ParameterError, match="the weight of toy_rate is 'toy_people', which is "
                                             "neither an indicator of the table nor of the "
                                             r"weights table \(they have: toy_count, "
                                             r"toy_population, toy_rate\)"):
        harmonise_panel(toy_panel(TOY_2022 + TOY_POPULATION_2022),
                        HarmoniseOptions("2018", kinds=KINDS, weights={"toy_rate": "toy_people"}))


def test_a_weight_missing_for_one_part_is_named():
    population = [entry for entry in TOY_POPULATION_2022 if entry[1] != "Ulytau Region"]
    with pytest.raises(ParameterError, match="toy_population has no 2022 value for Ulytau "
                                             "Region"):
        harmonise_panel(toy_panel(TOY_2022 + population),
                        HarmoniseOptions("2018", kinds=KINDS,
                                         weights={"toy_rate": "toy_population"}))


def test_a_weight_on_other_borders_is_not_used():
    """A population of the 17 units of 2018 cannot weight the smaller East Kazakhstan of
    2022: that value is refused, and Abai has none."""
    units_2018 = ["Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region",
                  "West Kazakhstan Region", "Jambyl Region", "Karaganda Region",
                  "Kostanay Region", "Kyzylorda Region", "Mangystau Region", "Pavlodar Region",
                  "North Kazakhstan Region", "Turkistan Region", "East Kazakhstan Region",
                  "Astana", "Almaty", "Shymkent"]
    population = [(2022, name, "toy_population", 1.0) for name in units_2018]
    rates = [entry for entry in TOY_2022 if entry[2] == "toy_rate"]
    with pytest.raises(ParameterError) as caught:
        harmonise_panel(toy_panel(rates), HarmoniseOptions(
            "2018", kinds=KINDS, weights={"toy_rate": "toy_population"}),
            weight_table=toy_panel(population))
    message = str(caught.value)
    assert ("toy_population for East Kazakhstan Region in 2022 is on the 2018 set, where the "
            "region has other borders than on the 2022 set") in message
    assert "toy_population has no 2022 value for Abai Region" in message


def test_a_part_without_a_value_leaves_its_region_empty_and_marked():
    panel = toy_panel([entry for entry in TOY_2022
                       if entry[2] == "toy_count" and entry[1] != "Abai Region"])
    result = harmonise_panel(panel, HarmoniseOptions("2018", kinds=KINDS))
    east = row(result.data, 2022, "toy_count", "east_kazakhstan")
    assert math.isnan(east["value"]) and east["method"] == "incomplete"
    assert east["derivation"] == "not computed: no value for Abai Region (2022 set)"
    assert values(result.data, 2022, "toy_count")["karaganda"] == 10.0
    assert any("1 value(s) were not computed" in note for note in result.notes)


# --- 2018 -> 2022: splitting an old region needs a rule -------------------------------------

TOY_2019 = [
    (2019, "East Kazakhstan Region", "toy_rate", 3.0),
    (2019, "Almaty Region", "toy_rate", 6.0),
    (2019, "Astana", "toy_rate", 9.0),
]


def test_a_split_without_a_rule_is_refused():
    with pytest.raises(ParameterError) as caught:
        harmonise_panel(toy_panel(TOY_2019), HarmoniseOptions("2022", kinds=KINDS))
    message = str(caught.value)
    assert ("toy_rate (2019 on the 2018 set) is published on older, larger regions that the "
            "2022 set splits; choose a split rule: copy_parent") in message
    assert "or harmonise to an older boundary set instead" in message


def test_a_rate_is_copied_to_the_new_regions_when_the_user_says_so():
    result = harmonise_panel(toy_panel(TOY_2019),
                             HarmoniseOptions("2022", kinds=KINDS, split_rules="copy_parent"))
    assert values(result.data, 2019, "toy_rate") == {
        "abai": 3.0, "almaty_region": 6.0, "jetisu": 6.0, "east_kazakhstan": 3.0,
        "astana": 9.0}
    abai = row(result.data, 2019, "toy_rate", "abai")
    assert (abai["method"], abai["from_units"], abai["source_set"]) == (
        "copied", "east_kazakhstan", "2018")
    assert abai["derivation"] == "copied from East Kazakhstan Region (2018 set)"
    assert len(result.marks) == 4 and set(result.marks["method"]) == {"copied"}


def test_copying_a_count_and_dividing_a_rate_are_refused():
    counts = [(2019, "Almaty Region", "toy_count", 10.0)]
    with pytest.raises(ParameterError, match="toy_count is a count: copying it to each new "
                                             "region would count it twice"):
        harmonise_panel(toy_panel(counts), HarmoniseOptions(
            "2022", kinds=KINDS, split_rules={"toy_count": "copy_parent"}))
    with pytest.raises(ParameterError, match="toy_rate is a rate: a rate is not divided"):
        harmonise_panel(toy_panel(TOY_2019), HarmoniseOptions(
            "2022", kinds=KINDS, split_rules="proportional",
            weights={"toy_rate": "toy_population"}))


def test_an_indicator_of_unknown_kind_is_refused_only_where_regions_change():
    panel = toy_panel(TOY_2022[:7])  # toy_count, kind not declared
    with pytest.raises(ParameterError, match=r"the kind of toy_count \(2022 on the 2022 set\) "
                                             "is not known: declare each as a count"):
        harmonise_panel(panel, HarmoniseOptions("2018"))
    # on its own set nothing changes, so nothing needs declaring
    result = harmonise_panel(panel, HarmoniseOptions("2022"))
    assert set(result.data["method"]) == {"published"}
    assert len(result.data) == 7


# --- 2017 <-> 2018: South Kazakhstan Region = Turkistan Region + Shymkent ------------------

TOY_2018 = [
    (2018, "Turkistan Region", "toy_count", 40.0),
    (2018, "Shymkent", "toy_count", 10.0),
    (2018, "Turkistan Region", "toy_rate", 2.0),
    (2018, "Shymkent", "toy_rate", 6.0),
    (2018, "Turkistan Region", "toy_population", 3.0),
    (2018, "Shymkent", "toy_population", 1.0),
]


def test_turkistan_and_shymkent_make_south_kazakhstan():
    result = harmonise_panel(toy_panel(TOY_2018), HarmoniseOptions(
        "2017", kinds=KINDS, weights={"toy_rate": "toy_population"},
        indicators=["toy_count", "toy_rate"]))
    south = row(result.data, 2018, "toy_count", "south_kazakhstan")
    assert south["value"] == 50.0  # 40 + 10
    assert south["from_units"] == "shymkent, turkistan"
    # (2.0 * 3.0 + 6.0 * 1.0) / (3.0 + 1.0) = 12 / 4 = 3.0
    rate = row(result.data, 2018, "toy_rate", "south_kazakhstan")
    assert rate["value"] == pytest.approx(3.0) and rate["method"] == "weighted_mean"
    assert len(result.data) == 2


def test_south_kazakhstan_is_divided_in_proportion_to_a_weight_of_the_new_units():
    panel = toy_panel([(2017, "South Kazakhstan Region", "toy_count", 100.0)])
    population = toy_panel([(2017, "Turkistan Region", "toy_population", 3.0),
                            (2017, "Shymkent", "toy_population", 1.0)])
    with pytest.raises(ParameterError, match="choose a split rule"):
        harmonise_panel(panel, HarmoniseOptions("2018", kinds=KINDS), weight_table=population)
    result = harmonise_panel(panel, HarmoniseOptions(
        "2018", kinds=KINDS, split_rules="proportional", weights={"toy_count": "toy_population"}),
        weight_table=population)
    # 100 * 3 / (3 + 1) = 75 and 100 * 1 / 4 = 25
    assert values(result.data, 2017, "toy_count") == {"turkistan": 75.0, "shymkent": 25.0}
    shymkent = row(result.data, 2017, "toy_count", "shymkent")
    assert (shymkent["method"], shymkent["weight"]) == ("share", "toy_population")
    assert shymkent["derivation"] == (
        "share of South Kazakhstan Region (2017 set) in proportion to toy_population "
        "(Turkistan Region and Shymkent, 2018 set)")


def test_a_proportional_split_without_a_weight_is_refused():
    panel = toy_panel([(2017, "South Kazakhstan Region", "toy_count", 100.0)])
    with pytest.raises(ParameterError, match=r"toy_count \(2017 on the 2017 set\) is divided "
                                             "in proportion to a weight, but no weight is named"):
        harmonise_panel(panel, HarmoniseOptions("2018", kinds=KINDS, split_rules="proportional"))


def test_across_both_reforms_2022_to_2017():
    result = harmonise_panel(toy_panel(TOY_2022[:7] + [
        (2022, "Turkistan Region", "toy_count", 40.0), (2022, "Shymkent", "toy_count", 10.0)]),
        HarmoniseOptions("2017", kinds=KINDS))
    assert values(result.data, 2022, "toy_count") == {
        "almaty_region": 10.0, "karaganda": 10.0, "south_kazakhstan": 50.0,
        "east_kazakhstan": 15.0, "astana": 4.0}


# --- the result object ----------------------------------------------------------------------

def test_the_result_carries_marks_groups_provenance_and_a_wide_view():
    result = harmonise_panel(
        toy_panel(TOY_2022 + TOY_POPULATION_2022),
        HarmoniseOptions("2018", kinds=KINDS, weights={"toy_rate": "toy_population"},
                         indicators=["toy_count", "toy_rate"]))
    assert set(result.marks["method"]) == {"sum", "weighted_mean"}
    assert len(result.marks) == 6
    assert set(result.data["method"]) <= set(MARKS)
    wide = result.wide(2022)
    assert list(wide.columns) == ["toy_count", "toy_rate"]
    assert wide.loc["east_kazakhstan"].tolist() == [15.0, pytest.approx(2.5)]
    record = result.provenance
    assert record["tool"] == "harmonise_panel"
    assert record["parameters"]["target_set"] == "2018"
    assert record["parameters"]["weights"] == {"toy_rate": "toy_population"}
    assert record["marks"]["sum"] == 3 and record["marks"]["weighted_mean"] == 3
    assert record["groups"] == [
        "2022 toy_count: 2022 -> 2018 (published, sum)",
        "2022 toy_rate: 2022 -> 2018 (published, weighted_mean)"]
    with pytest.raises(ParameterError, match="no 2019 values"):
        result.wide(2019)


def test_progress_is_reported_and_cancel_stops():
    fractions: list[float] = []
    harmonise_panel(toy_panel(TOY_2022), HarmoniseOptions("2022"), progress=fractions.append)
    assert fractions == [0.5, 1.0]
    with pytest.raises(CancelledError, match="nothing was written"):
        harmonise_panel(toy_panel(TOY_2022), HarmoniseOptions("2022"), cancelled=lambda: True)


def test_options_are_checked():
    with pytest.raises(ParameterError, match="boundary set"):
        HarmoniseOptions("2020")
    with pytest.raises(ParameterError, match="indicator kind"):
        HarmoniseOptions("2018", kinds={"toy_count": "amount"})
    with pytest.raises(ParameterError, match="split rule"):
        HarmoniseOptions("2018", split_rules="guess")
    with pytest.raises(ParameterError, match="No weight indicator is named for toy_rate"):
        HarmoniseOptions("2018", weights={"toy_rate": " "})
    with pytest.raises(ParameterError, match="No indicator toy_other in the table"):
        harmonise_panel(toy_panel(TOY_2022), HarmoniseOptions("2018", indicators=["toy_other"]))
