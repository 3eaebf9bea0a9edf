"""Attribute tables already in memory (QGIS table layers) are read like files."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.tables import indicator_table_from_frame


def test_wide_frame_with_text_numbers_markers_and_national_row():
    frame = pd.DataFrame({
        "region": ["г.Шымкент2)", "Павлодарская", "Республика Казахстан"],
        "score": [1.5, None, 3.0],
        "typed": ["12,5", "–", "1 234"],
    })
    table = indicator_table_from_frame(frame, name="scores layer")
    assert table.layout == "wide"
    assert table.data["region"].tolist() == ["г.Шымкент", "Павлодарская"]
    assert table.data["typed"].iloc[0] == 12.5
    assert math.isnan(table.data["typed"].iloc[1])  # a missing marker, not zero
    assert math.isnan(table.data["score"].iloc[1])
    assert table.national["region"].tolist() == ["Республика Казахстан"]
    assert table.data["source_row"].tolist() == [2, 3]


def test_long_frame_is_pivoted_for_the_year():
    frame = pd.DataFrame({
        "region_ru": ["г.Алматы", "г.Алматы", "г.Алматы"],
        "indicator": ["a", "b", "a"],
        "year": [2018, 2018, 2019],
        "value": [1.0, 2.0, 5.0],
    })
    table = indicator_table_from_frame(frame, year=2019)
    assert table.layout == "long" and table.year == 2019
    assert table.data["a"].tolist() == [5.0]


def test_text_in_a_number_column_names_the_layer_and_row():
    frame = pd.DataFrame({"region": ["г.Алматы", "Павлодарская"], "score": ["1", "около 80"]})
    with pytest.raises(TableFormatError, match='scores layer: column "score", row 3'):
        indicator_table_from_frame(frame, name="scores layer")


def test_empty_frame_is_refused():
    with pytest.raises(TableFormatError, match="no data rows"):
        indicator_table_from_frame(pd.DataFrame({"region": []}), name="empty layer")


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"region": ["Республика Казахстан"], "score": [1.0]}),
         "scores layer: the table has no region rows, only the national total"),
        (pd.DataFrame({"region": ["Акмолинская"], "name": ["Akmola"]}),
         "scores layer: the table has no indicator columns, only identifiers (region, name)"),
    ],
)
def test_frame_refusals_name_the_layer(frame, message):
    before = frame.copy()
    with pytest.raises(TableFormatError, match=re.escape(message)):
        indicator_table_from_frame(frame, name="scores layer")
    pd.testing.assert_frame_equal(frame, before)
