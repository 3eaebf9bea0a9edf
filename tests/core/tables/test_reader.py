"""Tests of core.tables.reader: arguments, refusals, frames in memory, a published table."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import InputFileError, ParameterError, TableFormatError
from kz_innovation_plugin.core.tables import indicator_table_from_frame, read_indicator_table
from tests.conftest import DEMO_TABLE

from . import WIDE, raises_unchanged, write_text


def test_unknown_encoding_is_a_parameter_error(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE)
    raises_unchanged(path, ParameterError, "ENCODING 'klingon' is not a known text encoding",
                     encoding="klingon")


@pytest.mark.parametrize("year", ["2018", 2018.0, True])
def test_year_must_be_an_integer(tmp_path, year):
    path = write_text(tmp_path, "wide.csv", WIDE)
    raises_unchanged(path, ParameterError, "YEAR must be a whole number", year=year)


def test_bad_sheet_and_column_arguments(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE)
    raises_unchanged(path, ParameterError, "SHEET must be", sheet=1.5)
    raises_unchanged(path, ParameterError, "must be a list of column names",
                     indicator_columns="rd")
    raises_unchanged(path, ParameterError, "is empty", indicator_columns=[])


# --- every refusal of the reader names the file, the place and the fix -----------------

# (file name, content: text written as UTF-8 or raw bytes, reader arguments, error, message)
READER_ERRORS = {
    "two columns of one year": (
        "bns.csv", ";2018;2018 год\nАкмолинская;1;2\nАтырауская;3;4\n", {}, TableFormatError,
        'bns.csv: columns "2018" and "2018 год" both hold 2018; delete one of them.',
    ),
    "long table without a region": (
        "long.csv", "region,indicator,year,value\nАкмолинская,a,2018,1\n,a,2018,2\n", {},
        TableFormatError,
        'long.csv: row 3 has nothing in column "region"; fill it in or delete the row.',
    ),
    "long table without an indicator": (
        "long.csv", "region,indicator,year,value\nАкмолинская,a,2018,1\nАтырауская,,2018,2\n",
        {}, TableFormatError,
        'long.csv: row 3 has nothing in column "indicator"; fill it in or delete the row.',
    ),
    "long table with a word for a year": (
        "long.csv", "region,indicator,year,value\nАкмолинская,a,2018,1\nАтырауская,a,abc,2\n",
        {}, TableFormatError,
        'long.csv: column "year", row 3: "abc" is not a year; write the year as a number '
        "such as 2018.",
    ),
    "long table without the indicator asked for": (
        "long.csv", "region,indicator,year,value\nАкмолинская,a,2018,1\n",
        {"indicator_columns": ["b"]}, TableFormatError,
        "long.csv: no indicator 'b' in the table for 2018; its indicators are a.",
    ),
    "long table without years, without the indicator asked for": (
        "long.csv", "region,indicator,value\nАкмолинская,a,1\nАтырауская,c,2\n",
        {"indicator_columns": ["a", "b"]}, TableFormatError,
        "long.csv: no indicator 'b' in the table; its indicators are a, c.",
    ),
    "key column that is not a name": (
        "wide.csv", WIDE, {"key_column": 5}, ParameterError,
        "TABLE_KEY must be a column name, not 5.",
    ),
    "key column that is also an indicator": (
        "wide.csv", WIDE, {"key_column": "region", "indicator_columns": ["region"]},
        ParameterError, 'Column "region" cannot be both the key column and an indicator.',
    ),
    "only the national total": (
        "national.csv", "region,score\nРеспублика Казахстан,1\n", {}, TableFormatError,
        "national.csv: the table has no region rows, only the national total. Add one row per "
        "region.",
    ),
    "only identifier columns": (
        "keys.csv", "region,name\nАкмолинская,Akmola\nАтырауская,Atyrau\n", {},
        TableFormatError,
        "keys.csv: the table has no indicator columns, only identifiers (region, name). Add "
        "columns of numbers, one per indicator.",
    ),
    "only separators": (
        "blank.csv", ",,\n, ,\n", {}, InputFileError,
        "blank.csv holds only blank cells: the table has no data rows.",
    ),
    "bytes of no known encoding": (
        "bytes.csv", b"region,score\n\x98\xff,1\n", {}, InputFileError,
        "bytes.csv: the text encoding could not be detected (it is neither UTF-8, UTF-16 nor "
        "Windows-1251). Re-save the table as UTF-8 CSV, or set ENCODING.",
    ),
    "a UTF-8 mark before other bytes": (
        "bom.csv", b"\xef\xbb\xbfregion,score\n\xff,1\n", {}, InputFileError,
        "bom.csv: the text encoding could not be detected",
    ),
}


@pytest.mark.parametrize("name", list(READER_ERRORS))
def test_reader_refusals_are_explained(tmp_path, name):
    file_name, content, arguments, error, message = READER_ERRORS[name]
    path = tmp_path / file_name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    raises_unchanged(path, error, re.escape(message), **arguments)


# --- the published table ---------------------------------------------------------------


def test_real_published_table():
    # the bundled demo table: the BNS figures as published, row for row (see its README)
    before = DEMO_TABLE.read_bytes()
    table = read_indicator_table(DEMO_TABLE, year=2018)
    assert DEMO_TABLE.read_bytes() == before
    assert table.layout == "long"
    assert table.year == 2018
    assert len(table.data) == 17
    assert len(table.national) == 1
    assert table.national["region_ru"].iloc[0] == "Республика Казахстан"
    assert len(table.indicator_columns) == 7
    assert int(table.data["manufacturing_va_pct_grp"].isna().sum()) == 1
    almaty = table.data.set_index("region_ru").loc["г.Алматы"]
    assert almaty["digital_literacy_pct"] == 87.2
    assert set(table.units) == set(table.indicator_columns)
    assert all(table.units.values())


# --- frames already in memory (QGIS table layers) are read like files ------------------


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

