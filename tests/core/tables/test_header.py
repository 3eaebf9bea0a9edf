"""Tests of core.tables.header: the header row, blank lines and cells beyond it."""

from __future__ import annotations

import re

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.tables import read_indicator_table

from . import raises_unchanged, write_text


def test_header_only(tmp_path):
    path = write_text(tmp_path, "header.csv", "region,rd,internet\n\n")
    raises_unchanged(path, TableFormatError,
                     re.escape("header.csv: the table has a header (row 1) but no data rows"))


def test_data_without_header(tmp_path):
    path = write_text(tmp_path, "noheader.csv", "Акмолинская,1\nАтырауская,2\n")
    raises_unchanged(path, TableFormatError, "no header row above it")


def test_unquoted_decimal_comma_in_comma_file(tmp_path):
    path = write_text(tmp_path, "split.csv", "region,rd\nАкмолинская,12,5\nАтырауская,7\n")
    raises_unchanged(
        path, TableFormatError,
        re.escape('split.csv: row 2 has a value ("5") in column 3, right of the last header '
                  'cell. If a number with a decimal comma was split in two, quote it ("12,5")'),
    )


def test_wide_first_row_with_only_missing_values(tmp_path):
    text = "region;a;b\nАкмолинская;-;х\nАтырауская;1;2\n"
    table = read_indicator_table(write_text(tmp_path, "gaps.csv", text))
    assert table.indicator_columns == ["a", "b"]
    assert list(table.data["region"]) == ["Акмолинская", "Атырауская"]
    assert table.data.loc[0, ["a", "b"]].isna().all()


def test_wide_blank_lines_and_empty_column(tmp_path):
    text = "region;a;b;\n\nАкмолинская;1;-;\n\nАтырауская;2;;\n"
    table = read_indicator_table(write_text(tmp_path, "blank.csv", text))
    assert table.indicator_columns == ["a", "b"]
    assert table.data["b"].isna().all()
    assert list(table.data["source_row"]) == [3, 5]

