"""Tests of core.tables.decoding: file checks, text encodings and separators."""

from __future__ import annotations

import re

import pytest

from kz_innovation_plugin.core.errors import InputFileError
from kz_innovation_plugin.core.tables import read_indicator_table

from . import WIDE, column, raises_unchanged, write_text


@pytest.mark.parametrize(
    ("encoding", "bom", "note"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8 (with BOM)"),
        ("utf-16-le", b"\xff\xfe", "UTF-16 LE (with BOM)"),
        ("utf-16-be", b"\xfe\xff", "UTF-16 BE (with BOM)"),
        ("cp1251", b"", "Windows-1251"),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, bom, note):
    path = tmp_path / "wide.csv"
    path.write_bytes(bom + WIDE.encode(encoding))
    table = read_indicator_table(path)
    assert table.key_columns == ["region"]  # no BOM glued to the first header
    assert list(table.data["region"]) == ["Акмолинская", "Актюбинская", "г.Алматы"]
    assert any(note in line for line in table.notes)


def test_utf16_without_bom_is_detected(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE, "utf-16-le")
    table = read_indicator_table(path)
    assert list(table.data["region"]) == ["Акмолинская", "Актюбинская", "г.Алматы"]


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "UTF-8"])
def test_explicit_encoding_is_used(tmp_path, encoding):
    path = write_text(tmp_path, "wide.csv", WIDE, encoding if encoding != "UTF-8" else "utf-8-sig")
    table = read_indicator_table(path, encoding=encoding)
    assert table.key_columns == ["region"]
    assert table.data["region"].iloc[0] == "Акмолинская"


def test_wrong_explicit_encoding_names_file_and_encoding(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE, "cp1251")
    raises_unchanged(
        path, InputFileError,
        r"wide\.csv cannot be decoded as utf-8 .*Try another encoding: UTF-8, UTF-16 or "
        r"Windows-1251 \(cp1251\), or leave ENCODING empty",
        encoding="utf-8",
    )


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_separators_are_detected(tmp_path, separator):
    path = write_text(tmp_path, "wide.txt", WIDE.replace(",", separator))
    table = read_indicator_table(path)
    assert table.indicator_columns == ["rd_expenditure_pct_grp", "internet_users_pct"]
    assert column(table, "internet_users_pct")["г.Алматы"] == 88.5


# --- file errors -----------------------------------------------------------------------


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.csv"
    with pytest.raises(InputFileError,
                       match=re.escape(f"Indicator table not found: {path}. Check the path")):
        read_indicator_table(path)
    assert not path.exists()


def test_directory_is_not_a_table(tmp_path):
    with pytest.raises(InputFileError, match=r"is a folder.*\.csv, \.txt, \.tsv, \.xlsx, \.xlsm"):
        read_indicator_table(tmp_path)


@pytest.mark.parametrize("name", ["table.docx", "table.numbers", "table.xlsb", "table"])
def test_unsupported_extension(tmp_path, name):
    path = write_text(tmp_path, name, WIDE)
    raises_unchanged(path, InputFileError,
                     r"not supported\. Save the table as one of \.csv, \.txt, \.tsv, \.xlsx, "
                     r"\.xlsm, \.xls, \.ods")


def test_empty_file(tmp_path):
    path = write_text(tmp_path, "empty.csv", "")
    raises_unchanged(path, InputFileError, r"empty\.csv is empty \(0 bytes\): the table has no "
                     "data rows")


def test_blank_lines_only(tmp_path):
    path = write_text(tmp_path, "blank.csv", "\n \n\r\n")
    raises_unchanged(path, InputFileError, "only blank lines: the table has no data rows")

