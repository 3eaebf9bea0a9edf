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



def test_header_split_over_two_rows_is_joined(tmp_path):
    """BNS sheets continue a long header on the next row; the label column is empty there."""
    text = ("Title of the sheet\n"
            ";Enterprises;Of which;Level, %\n"
            ";;innovation-active;\n"
            "Акмолинская;1173;70;6\n"
            "Атырауская;1119;75;6,7\n")
    table = read_indicator_table(write_text(tmp_path, "two_rows.csv", text))
    assert table.indicator_columns == ["Enterprises", "Of which innovation-active", "Level, %"]
    assert table.data["Of which innovation-active"].tolist() == [70.0, 75.0]
    assert any("header continues on row 3" in note for note in table.notes)


def test_region_row_without_values_under_the_header_stays_data(tmp_path):
    text = "region;a;b\nАкмолинская;;\nАтырауская;1;2\n"
    table = read_indicator_table(write_text(tmp_path, "blank_row.csv", text))
    assert table.indicator_columns == ["a", "b"]
    assert list(table.data["region"]) == ["Акмолинская", "Атырауская"]
