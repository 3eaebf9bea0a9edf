"""The shared 2021-2023 table (an unchanged extract in tests/data) harmonised across the 2022
reform.  Every indicator of it is a rate, and rates on the 20 regions of 2022 cannot be put
on the 2018 set without a weight series, which the table does not hold: so the table goes to
the 2018 set only with the user's weights (here toy weights, made up, named ``toy_``), or to
the 2022 set by copying the 2018-set rates to the new regions, a rule the user chooses.
"""

from __future__ import annotations

import pytest

from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.panel import HarmoniseOptions, harmonise_panel, read_panel
from tests.conftest import ROOT
from tests.core.panel.toy import row, toy_panel, values

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"
PARTS = ("East Kazakhstan Region", "Abai Region", "Almaty Region", "Jetisu Region",
         "Karaganda Region", "Ulytau Region")
#: made-up weights for the six regions that the 2022 reform changed (not statistics)
TOY_GRP = dict(zip(PARTS, (3.0, 1.0, 1.0, 1.0, 4.0, 1.0)))
TOY_POPULATION = dict(zip(PARTS, (2.0, 2.0, 3.0, 1.0, 3.0, 1.0)))


@pytest.fixture(scope="module")
def panel():
    return read_panel(EXTRACT)


@pytest.fixture(scope="module")
def toy_weights():
    rows = [(year, name, "toy_grp", value)
            for year in (2021, 2022, 2023) for name, value in TOY_GRP.items()]
    rows += [(2022, name, "toy_population", value) for name, value in TOY_POPULATION.items()]
    return toy_panel(rows, name="toy weights")


def test_to_the_2018_set_the_rates_of_the_2022_set_need_their_weights(panel):
    with pytest.raises(ParameterError) as caught:
        harmonise_panel(panel, HarmoniseOptions("2018"))
    message = str(caught.value)
    assert ("rd_expenditure_pct_grp (2021, 2022, 2023 on the 2022 set), grp_per_capita (2022 on "
            "the 2022 set) are rates, so merging regions into the 2018 set needs a weight, the "
            "rate's denominator (rd_expenditure_pct_grp: GRP at current prices; "
            "grp_per_capita: population)") in message
    assert "manufacturing_va_pct_grp" not in message  # published on the 2018 set already


def test_to_the_2018_set_with_weights_given(panel, toy_weights):
    result = harmonise_panel(panel, HarmoniseOptions(
        "2018", weights={"rd_expenditure_pct_grp": "toy_grp", "grp_per_capita": "toy_population"}),
        weight_table=toy_weights)
    data = result.data
    # R&D 2022, East Kazakhstan 2018 = East Kazakhstan 0.15 and Abai 0.17 (published),
    # toy GRP 3 and 1: (0.15 * 3 + 0.17 * 1) / 4 = 0.62 / 4 = 0.155
    assert values(data, 2022, "rd_expenditure_pct_grp")["east_kazakhstan"] == pytest.approx(0.155)
    # R&D 2023, Karaganda 0.10 and Ulytau 0.01, toy GRP 4 and 1: 0.41 / 5 = 0.082
    assert values(data, 2023, "rd_expenditure_pct_grp")["karaganda"] == pytest.approx(0.082)
    # GRP per capita 2022, Almaty Region 2860 and Jetisu 2042.1, toy population 3 and 1:
    # (8580 + 2042.1) / 4 = 2655.525
    assert values(data, 2022, "grp_per_capita")["almaty_region"] == pytest.approx(2655.525)
    # East Kazakhstan 5353.8 and Abai 3901.1, equal toy populations: the plain mean 4627.45
    assert values(data, 2022, "grp_per_capita")["east_kazakhstan"] == pytest.approx(4627.45)
    # on the 2018 set as published: GRP per capita 2021, manufacturing value added
    published = row(data, 2021, "grp_per_capita", "east_kazakhstan")
    assert (published["value"], published["method"]) == (3723.0, "published")
    assert values(data, 2023, "manufacturing_va_pct_grp")["pavlodar"] == 23.8
    assert values(data, 2022, "rd_expenditure_pct_grp")["astana"] == 0.22
    # every year and indicator now has the 17 units of 2018 (manufacturing: 16, as published)
    sizes = data.groupby(["year", "indicator"]).size()
    assert set(sizes.drop(index="manufacturing_va_pct_grp", level=1)) == {17}
    assert set(sizes.xs("manufacturing_va_pct_grp", level=1)) == {16}
    assert "turkistan" not in set(data.loc[data["indicator"] == "manufacturing_va_pct_grp",
                                           "unit_id"])
    assert set(result.marks["method"]) == {"weighted_mean"}
    assert len(result.marks) == 3 * 3 + 3  # R&D 2021-2023 and GRP 2022, three regions each


def test_the_rates_already_on_the_2018_set_need_nothing(panel):
    result = harmonise_panel(panel, HarmoniseOptions(
        "2018", indicators=["manufacturing_va_pct_grp"]))
    assert set(result.data["method"]) == {"published"}
    assert len(result.data) == 3 * 16
    assert values(result.data, 2021, "manufacturing_va_pct_grp")["karaganda"] == 27.1


def test_to_the_2022_set_by_copying_the_old_regions_rates(panel):
    with pytest.raises(ParameterError, match="choose a split rule"):
        harmonise_panel(panel, HarmoniseOptions("2022"))
    result = harmonise_panel(panel, HarmoniseOptions("2022", split_rules="copy_parent"))
    data = result.data
    # manufacturing value added 2021 of East Kazakhstan (2018 borders): 21.1, copied to the
    # East Kazakhstan and Abai of 2022
    manufacturing = values(data, 2021, "manufacturing_va_pct_grp")
    assert (manufacturing["east_kazakhstan"], manufacturing["abai"]) == (21.1, 21.1)
    # GRP per capita 2021 of Almaty Region (2018 borders) 2201.1, copied to Jetisu
    jetisu = row(data, 2021, "grp_per_capita", "jetisu")
    assert (jetisu["value"], jetisu["method"]) == (2201.1, "copied")
    assert jetisu["derivation"] == "copied from Almaty Region (2018 set)"
    # R&D 2021 is published on the 2022 set: Abai's 0.0 is kept as published
    abai = row(data, 2021, "rd_expenditure_pct_grp", "abai")
    assert (abai["value"], abai["method"]) == (0.0, "published")
    assert values(data, 2022, "grp_per_capita")["ulytau"] == 7278.4
