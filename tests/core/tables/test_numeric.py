"""Tests of core.tables.numeric: numbers, decimal marks and missing markers."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from kz_innovation_plugin.core.tables import parse_number, read_indicator_table

from . import column, write_text


def test_semicolon_file_with_decimal_commas(tmp_path):
    text = (
        "Регион;Доля, %;Число\n"
        "Акмолинская;12,5;1,234\n"
        "Актюбинская;13;2,5\n"
        "Атырауская;0,75;1\n"
    )
    table = read_indicator_table(write_text(tmp_path, "dec.csv", text))
    assert table.indicator_columns == ["Доля, %", "Число"]
    assert column(table, "Доля, %") == {"Акмолинская": 12.5, "Актюбинская": 13.0,
                                       "Атырауская": 0.75}
    assert column(table, "Число")["Акмолинская"] == 1.234  # comma is the decimal mark here


def test_tab_file_with_decimal_commas(tmp_path):
    text = "region\tvalue_a\nАкмолинская\t12,5\nАтырауская\t7,25\n"
    table = read_indicator_table(write_text(tmp_path, "dec.tsv", text))
    assert column(table, "value_a") == {"Акмолинская": 12.5, "Атырауская": 7.25}


def test_comma_file_with_dot_decimals_reads_quoted_thousands(tmp_path):
    text = 'region,grp,share\nАкмолинская,"1,234",12.5\nАтырауская,"12,345,678",0.5\n'
    table = read_indicator_table(write_text(tmp_path, "dots.csv", text))
    assert column(table, "grp") == {"Акмолинская": 1234.0, "Атырауская": 12345678.0}


def test_comma_file_with_quoted_decimal_commas(tmp_path):
    text = 'region,share\nАкмолинская,"12,5"\nАтырауская,"1,234"\n'
    table = read_indicator_table(write_text(tmp_path, "commas.csv", text))
    assert column(table, "share") == {"Акмолинская": 12.5, "Атырауская": 1.234}


def test_spaces_and_minus_signs_in_numbers(tmp_path):
    text = (
        "region;grp;growth\n"
        "Акмолинская;1 234 567,8;−3,2\n"
        "Актюбинская;1\u00a0234,5;-0,5\n"
        "Атырауская;2\u202f345\u202f678;+1\n"
        "Жамбылская;3\u2009456;4\n"
    )
    table = read_indicator_table(write_text(tmp_path, "spaces.csv", text))
    assert column(table, "grp") == {
        "Акмолинская": 1234567.8, "Актюбинская": 1234.5, "Атырауская": 2345678.0,
        "Жамбылская": 3456.0,
    }
    assert column(table, "growth") == {
        "Акмолинская": -3.2, "Актюбинская": -0.5, "Атырауская": 1.0, "Жамбылская": 4.0,
    }


MISSING = ["-", "–", "—", "х", "Х", "x", "X", "...", "…", "..", "", "   ", "n/a", "NA", "nan"]


@pytest.mark.parametrize("marker", MISSING)
def test_missing_markers_become_nan_not_zero(tmp_path, marker):
    text = f"region;a;b\nАкмолинская;{marker};1\nАтырауская;2,5;0\n"
    table = read_indicator_table(write_text(tmp_path, "missing.csv", text))
    values = column(table, "a")
    assert math.isnan(values["Акмолинская"])
    assert values["Атырауская"] == 2.5
    assert column(table, "b")["Атырауская"] == 0.0  # a real zero stays zero
    assert table.data["a"].dtype == np.float64


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", 12.5), ("12.5", 12.5), ("1 234 567,8", 1234567.8), ("1\u00a0234", 1234.0),
        ("1\u202f234,5", 1234.5), ("−3,2", -3.2), ("-7", -7.0), ("42", 42.0),
        ("1,234", 1.234), ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1.234.567", 1234567.0),
        ("1e-05", 1e-05), (" 8 ", 8.0), (17, 17.0), (2.5, 2.5),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("marker", MISSING)
def test_parse_number_missing_markers(marker):
    assert math.isnan(parse_number(marker))


@pytest.mark.parametrize("junk", ["около 80", "12 5", "12%", "abc", "1,2,3,4x", "--5"])
def test_parse_number_rejects_junk(junk):
    with pytest.raises(ValueError, match=re.escape(f'"{junk}" is not a number')):
        parse_number(junk)

