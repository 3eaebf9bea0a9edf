"""Tests of core.tables.wide: one row per region, one column per indicator."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.tables import IndicatorTable, read_indicator_table

from . import WIDE, raises_unchanged, write_text


def test_wide_table(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE)
    table = read_indicator_table(path)
    assert isinstance(table, IndicatorTable)
    assert table.layout == "wide"
    assert table.year is None
    assert table.source == str(path)
    assert table.key_columns == ["region"]
    assert table.indicator_columns == ["rd_expenditure_pct_grp", "internet_users_pct"]
    assert list(table.data.columns) == ["region", "rd_expenditure_pct_grp",
                                        "internet_users_pct", "source_row"]
    assert isinstance(table.data.index, pd.RangeIndex)
    assert (table.data[table.indicator_columns].dtypes == np.float64).all()
    assert list(table.data["source_row"]) == [2, 3, 4]
    assert table.national.empty
    assert table.units == {}
    assert any("Identifier column" in note for note in table.notes)


def test_wide_indicator_columns_given(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE)
    table = read_indicator_table(path, indicator_columns=["internet_users_pct"])
    assert table.indicator_columns == ["internet_users_pct"]
    assert "rd_expenditure_pct_grp" not in table.data.columns
    raises_unchanged(path, TableFormatError, 'there is no column "nope"',
                     indicator_columns=["nope"])
    raises_unchanged(path, TableFormatError,
                     re.escape('column "region" holds text, not numbers (row 2: "Акмолинская")'),
                     indicator_columns=["region"], key_column="internet_users_pct")


def test_wide_duplicate_regions_are_kept(tmp_path):
    text = "region,rd\nАкмолинская,0.05\nАтырауская,0.1\nАкмолинская,0.06\n"
    table = read_indicator_table(write_text(tmp_path, "dup.csv", text))
    assert list(table.data["region"]) == ["Акмолинская", "Атырауская", "Акмолинская"]
    assert list(table.data["source_row"]) == [2, 3, 4]


def test_wide_year_is_ignored_with_note(tmp_path):
    table = read_indicator_table(write_text(tmp_path, "wide.csv", WIDE), year=2018)
    assert table.year is None
    assert any("YEAR=2018 was ignored" in note for note in table.notes)

