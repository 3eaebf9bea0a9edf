"""Tests of core.tables.long: one row per region, indicator and year, pivoted."""

from __future__ import annotations

import math
import re

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.tables import read_indicator_table

from . import LONG, column, raises_unchanged, write_text


def test_long_table_pivots_chosen_year(tmp_path):
    table = read_indicator_table(write_text(tmp_path, "long.csv", LONG), year=2018)
    assert table.layout == "long"
    assert table.year == 2018
    assert table.key_columns == ["region_ru"]
    assert table.indicator_columns == ["rd_pct", "grp"]
    assert column(table, "rd_pct") == {"Акмолинская": 0.05, "Атырауская": 0.1}
    assert math.isnan(column(table, "grp")["Атырауская"])
    assert list(table.data["source_row"]) == [2, 3]
    assert table.national["rd_pct"].iloc[0] == 0.12
    assert table.units == {"rd_pct": "percent", "grp": "thousand tenge"}


def test_long_table_notes_indicators_absent_in_year(tmp_path):
    table = read_indicator_table(write_text(tmp_path, "long.csv", LONG), year=2019)
    assert table.indicator_columns == ["rd_pct"]
    assert "Indicators with no 2019 values were left out: grp." in table.notes
    assert table.units == {"rd_pct": "percent"}


def test_long_table_single_year_taken_with_note(tmp_path):
    text = "\n".join(LONG.splitlines()[:5]) + "\n"
    table = read_indicator_table(write_text(tmp_path, "one.csv", text))
    assert table.year == 2018
    assert any("only year, 2018" in note for note in table.notes)


def test_long_table_conflicting_duplicates(tmp_path):
    text = LONG + "2018,Атырауская,rd_pct,0.2,percent,BNS\n"
    path = write_text(tmp_path, "long.csv", text)
    raises_unchanged(
        path, TableFormatError,
        re.escape('rows 3 and 8 give different values for region "Атырауская", indicator '
                  '"rd_pct", year 2018 (0.1 and 0.2). Keep one of them.'),
        year=2018,
    )


def test_long_table_identical_duplicates_dropped(tmp_path):
    text = LONG + "2018,Атырауская,rd_pct,0.1,percent,BNS\n"
    table = read_indicator_table(write_text(tmp_path, "long.csv", text), year=2018)
    assert len(table.data) == 2
    assert any("repeated row" in note for note in table.notes)


def test_long_table_russian_and_kazakh_headers(tmp_path):
    ru = "Регион;Показатель;Год;Значение\nАкмолинская;доля;2018 год;12,5\nАтырауская;доля;2018;7\n"
    table = read_indicator_table(write_text(tmp_path, "ru.csv", ru, "cp1251"))
    assert table.layout == "long"
    assert column(table, "доля") == {"Акмолинская": 12.5, "Атырауская": 7.0}
    kk = "Облыс;Көрсеткіш;Жыл;Мәні\nАқмола;үлес;2019;1,5\nАтырау;үлес;2019;2\n"
    table = read_indicator_table(write_text(tmp_path, "kk.csv", kk, "utf-16"))
    assert table.year == 2019
    assert column(table, "үлес") == {"Ақмола": 1.5, "Атырау": 2.0}


def test_long_table_code_is_a_key(tmp_path):
    text = "code,region,indicator,year,value\n11,Акмолинская,rd,2018,1\n23,Атырауская,rd,2018,2\n"
    table = read_indicator_table(write_text(tmp_path, "codes.csv", text))
    assert table.key_columns == ["code", "region"]
    assert list(table.data["code"]) == ["11", "23"]

