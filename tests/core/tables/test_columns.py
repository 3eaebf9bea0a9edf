"""Tests of core.tables.columns: key columns found, named or refused."""

from __future__ import annotations

import re

import numpy as np

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.tables import read_indicator_table

from . import WIDE, raises_unchanged, write_text


def test_wide_two_text_columns_are_keys(tmp_path):
    text = "name_ru,name_en,rd\nАкмолинская,Akmola,0.05\nАтырауская,Atyrau,0.1\n"
    table = read_indicator_table(write_text(tmp_path, "two.csv", text))
    assert table.key_columns == ["name_ru", "name_en"]
    assert table.indicator_columns == ["rd"]


def test_wide_key_column_given(tmp_path):
    text = "id,name,rd\n11,Акмолинская,0.05\n23,Атырауская,0.1\n"
    table = read_indicator_table(write_text(tmp_path, "ids.csv", text), key_column="id")
    assert table.key_columns == ["id", "name"]
    assert table.indicator_columns == ["rd"]
    assert list(table.data["id"]) == ["11", "23"]


def test_wide_code_column_is_a_key(tmp_path):
    text = "code,name,rd\n11,Акмолинская,0.05\n23,Атырауская,0.1\n"
    table = read_indicator_table(write_text(tmp_path, "codes.csv", text))
    assert table.key_columns == ["code", "name"]
    assert table.indicator_columns == ["rd"]


def test_wide_key_column_missing(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE)
    raises_unchanged(
        path, TableFormatError,
        re.escape('wide.csv: there is no column "oblast". The columns are: "region", '
                  '"rd_expenditure_pct_grp", "internet_users_pct". Set TABLE_KEY'),
        key_column="oblast",
    )


def test_wide_without_key_column(tmp_path):
    path = write_text(tmp_path, "numbers.csv", "a,b\n1,2\n3,4\n")
    raises_unchanged(
        path, TableFormatError,
        r"numbers\.csv: no column holds region names or codes .*Add a column with the region "
        r"names, or name the identifier column with TABLE_KEY",
    )


def test_wide_keys_are_text(tmp_path):
    table = read_indicator_table(write_text(tmp_path, "wide.csv", WIDE))
    assert all(isinstance(value, str) for value in table.data["region"])
    assert table.data["source_row"].dtype == np.int64

