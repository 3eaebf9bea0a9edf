"""Tests of core.tables.periods: annual and sub-annual headers, the year to take."""

from __future__ import annotations

import re

import pytest

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.tables import read_indicator_table

from . import BNS, LONG, column, raises_unchanged, write_text


@pytest.mark.parametrize(
    ("header", "annual"),
    [
        ("2018", True), ("2018 год", True), ("2018 г.", True), ("январь-декабрь 2018", True),
        ("январь-декабрь 2018 года", True), ("I квартал 2018 года", False),
        ("январь-июнь 2018", False),
    ],
)
def test_bns_period_headers(tmp_path, header, annual):
    text = f"Регион;{header};2017 год\nАкмолинская;5,5;4\nАтырауская;6;3\n"
    path = write_text(tmp_path, "periods.csv", text)
    if annual:
        table = read_indicator_table(path, year=2018)
        assert column(table, "value") == {"Акмолинская": 5.5, "Атырауская": 6.0}
    else:
        raises_unchanged(path, TableFormatError, "years available are 2017", year=2018)


def test_bns_several_years_needs_year(tmp_path):
    path = write_text(tmp_path, "bns.csv", BNS)
    raises_unchanged(path, TableFormatError,
                     re.escape("several years (2018, 2019); choose one with YEAR"))


def test_bns_unknown_year_lists_years(tmp_path):
    path = write_text(tmp_path, "bns.csv", BNS)
    raises_unchanged(path, TableFormatError,
                     re.escape("there are no 2017 values; the years available are 2018, 2019"),
                     year=2017)


def test_long_table_several_years_needs_year(tmp_path):
    path = write_text(tmp_path, "long.csv", LONG)
    raises_unchanged(path, TableFormatError,
                     re.escape("long.csv: the table holds several years (2018, 2019); choose "
                               "one with YEAR."))


def test_long_table_unknown_year(tmp_path):
    path = write_text(tmp_path, "long.csv", LONG)
    raises_unchanged(path, TableFormatError,
                     re.escape("there are no 2020 values; the years available are 2018, 2019"),
                     year=2020)

