"""The shared checks and message parts of core/_checks.py."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from kz_innovation_plugin.core._checks import (
    as_float,
    describe_ids,
    field_names,
    geometry_last,
    name_field,
    no_such_field,
    unknown_choice,
)
from kz_innovation_plugin.core.errors import ParameterError


def test_describe_ids_shows_ten_then_counts_the_rest():
    assert describe_ids([]) == ""
    assert describe_ids(["a", 2]) == "a, 2"
    assert describe_ids(range(10)) == "0, 1, 2, 3, 4, 5, 6, 7, 8, 9"
    assert describe_ids(range(13)) == "0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 3 more"
    assert describe_ids(range(7), 5) == "0, 1, 2, 3, 4 and 2 more"


def test_unknown_choice_names_the_value_and_the_valid_ones():
    error = unknown_choice("boundary set", "2019", ("2017", "2018", "2022"),
                           lead="valid sets are")
    assert isinstance(error, ParameterError)
    assert str(error) == "Unknown boundary set '2019'; valid sets are: 2017, 2018, 2022."
    assert str(unknown_choice("tie rule", "x", ["a", "b"])) == (
        "Unknown tie rule 'x'; valid values are: a, b."
    )


def _layer() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"name_ru": ["а", "б"], "value": [1, 2]},
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
    )


def test_field_messages_leave_out_the_geometry():
    layer = _layer()
    assert field_names(layer) == "name_ru, value"
    assert str(no_such_field("pop", layer)) == (
        "The layer has no field 'pop'; its fields are: name_ru, value."
    )
    assert str(no_such_field("id", layer, role="ids")) == (
        "The layer has no field 'id' for the ids; its fields are: name_ru, value."
    )


def test_geometry_last_keeps_the_other_columns_in_order():
    layer = _layer()
    layer.insert(2, "extra", [0.5, 0.25])
    layer = layer[["geometry", "name_ru", "value", "extra"]]
    moved = geometry_last(layer)
    assert list(moved.columns) == ["name_ru", "value", "extra", "geometry"]
    assert moved.geometry.name == "geometry"
    plain = pd.DataFrame({"a": [1]})
    assert geometry_last(plain) is plain


def test_name_field_prefers_english_then_russian_then_the_id():
    assert name_field(["unit_id", "name_ru", "x"]) == "name_ru"
    assert name_field(pd.DataFrame(columns=["name_en", "unit_id"])) == "name_en"
    assert name_field(["x"]) is None


def test_as_float_converts_numbers_and_rejects_text():
    assert as_float(pd.Series([1, 2]), "v").dtype == "float64"
    assert as_float(pd.Series([True, False]), "v").tolist() == [1.0, 0.0]
    assert as_float(pd.Series([1, None, 2.5], dtype=object), "v").isna().tolist() == [
        False, True, False,
    ]
    with pytest.raises(ParameterError, match=r"^Field 'v' is not numeric \(e\.g\. 'abc'\); "
                                             r"choose a numeric field or convert it"):
        as_float(pd.Series(["abc", None]), "v")
    with pytest.raises(ParameterError, match="; choose a numeric field.$"):
        as_float(pd.Series(["abc"]), "v", advice="choose a numeric field")
