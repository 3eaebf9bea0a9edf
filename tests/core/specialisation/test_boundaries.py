"""A region x activity table of the 2022 set summed to the 2018 set, checked by hand."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import MatchError
from kz_innovation_plugin.core.regions import Gazetteer
from kz_innovation_plugin.core.specialisation import activity_table_from_frame
from kz_innovation_plugin.core.specialisation.boundaries import (
    aggregate_to_set,
    table_boundary_set,
)
from kz_innovation_plugin.core.specialisation.reading import read_activity_sheets
from tests.conftest import RD_BULLETIN

FIELDS = {"natural sciences": "6", "engineering and technology": "7",
          "medical sciences": "8", "agricultural sciences": "9", "social sciences": "10",
          "humanities": "11"}


@pytest.fixture(scope="module")
def bulletin():
    return read_activity_sheets(RD_BULLETIN, FIELDS)


def test_the_three_splits_of_2022_are_summed_back(bulletin):
    summed = aggregate_to_set(bulletin, "2018")
    values, parts = summed.values, bulletin.values
    assert len(values) == 17
    for parent, children in (("Восточно-Казахстанская", ["Абай", "Шығыс Қазақстан"]),
                             ("Алматинская", ["Алматы", "Жетісу"]),
                             ("Карагандинская", ["Қарағанды", "Ұлытау"])):
        pd.testing.assert_series_equal(values.loc[parent], parts.loc[children].sum(),
                                       check_names=False)
    # a region the reform left alone keeps its row, and the national row is unchanged
    pd.testing.assert_series_equal(values.loc["Павлодарская"], parts.loc["Павлодар"],
                                   check_names=False)
    pd.testing.assert_series_equal(summed.national, bulletin.national)
    assert "Абай + Шығыс Қазақстан -> Восточно-Казахстанская" in summed.notes[-1]
    assert bulletin.values.shape == (20, 6)  # the input is not modified


def test_a_table_already_on_the_set_is_returned_as_it_is(bulletin):
    assert aggregate_to_set(bulletin, "2022") is bulletin


def test_an_unknown_part_leaves_the_sum_unknown():
    # toy figures: Ulytau's value is confidential ("x"), so Karaganda 2018's is unknown
    frame = pd.DataFrame({"A": [10.0, np.nan, 5.0], "B": [1.0, 2.0, 3.0]},
                         index=["Қарағанды", "Ұлытау", "Павлодар"])
    table = activity_table_from_frame(frame, national=pd.Series({"A": 20.0, "B": 6.0}))
    summed = aggregate_to_set(table, "2018")
    assert np.isnan(summed.values.loc["Карагандинская", "A"])
    assert summed.values.loc["Карагандинская", "B"] == 3.0


def test_a_split_that_cannot_be_undone_is_refused():
    # toy figures: 2017's South Kazakhstan split into Turkistan and Shymkent in 2018
    frame = pd.DataFrame({"A": [10.0, 5.0]}, index=["Южно-Казахстанская", "Павлодарская"])
    table = activity_table_from_frame(frame, national=pd.Series({"A": 15.0}))
    with pytest.raises(MatchError, match="cannot be summed to the layer's 2018 set"):
        aggregate_to_set(table, "2018")


def test_a_2018_table_on_the_2018_set_is_not_summed():
    # toy figures; the 2018 units all exist in 2022 too, yet the table needs no summing
    frame = pd.DataFrame({"A": [10.0, 5.0], "B": [1.0, 2.0]},
                         index=["Восточно-Казахстанская", "Павлодарская"])
    table = activity_table_from_frame(frame, national=pd.Series({"A": 15.0, "B": 3.0}))
    assert aggregate_to_set(table, "2018") is table


def test_a_part_without_a_row_leaves_its_parent_unknown(bulletin):
    """A 2022 table without Abai's row: 2018's East Kazakhstan cannot be summed."""
    without_abai = replace(bulletin, values=bulletin.values.drop(index="Абай"),
                           rows=bulletin.rows.drop(index="Абай"))
    summed = aggregate_to_set(without_abai, "2018")
    assert summed.values.loc["Восточно-Казахстанская"].isna().all()
    assert summed.values.loc["Карагандинская"].notna().all()
    assert "Восточно-Казахстанская (no row for область Абай)" in summed.notes[-1]


def test_a_2018_table_summed_to_2017_is_read_on_the_2018_set():
    """Toy figures: the 17 units of 2018 are the 2018 set (lacking none), not the 2022 set
    lacking Abai, Jetisu and Ulytau; read as 2022, East Kazakhstan, Almaty and Karaganda
    Regions would be left unknown for want of the parts they already include."""
    gazetteer = Gazetteer.load()
    names = gazetteer.units.loc[gazetteer.units_in_set("2018"), "name_ru"]
    frame = pd.DataFrame({"A": np.arange(1.0, 18.0)}, index=names.to_list())
    table = activity_table_from_frame(frame, national=pd.Series({"A": frame["A"].sum()}))
    assert table_boundary_set(table, gazetteer) == "2018"
    summed = aggregate_to_set(table, "2017", gazetteer)
    assert summed.values.notna().all().all() and len(summed.values) == 16
    assert summed.values.loc["Южно-Казахстанская", "A"] == frame.loc[
        ["Туркестанская", "г.Шымкент"], "A"].sum()
    assert summed.values.loc["Восточно-Казахстанская", "A"] == frame.loc[
        "Восточно-Казахстанская", "A"]
    assert summed.notes[-1] == (
        "The table's regions are the 2018 boundary set; they were summed to the layer's 2017 "
        "set: Туркестанская + г.Шымкент -> Южно-Казахстанская.")
