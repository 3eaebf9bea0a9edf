"""Tests of core.tables.bns: sheets laid out as the Bureau of National Statistics does."""

from __future__ import annotations

import math

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.tables import read_indicator_table

from . import BNS, column, raises_unchanged, write_text, write_xlsx


def test_bns_csv_with_title_rows(tmp_path):
    path = write_text(tmp_path, "bns.csv", BNS, "cp1251")
    table = read_indicator_table(path, year=2019)
    name = "Валовой региональный продукт на душу населения"
    assert table.layout == "bns"
    assert table.year == 2019
    assert table.indicator_columns == [name]
    assert table.key_columns == ["region"]
    assert list(table.data.columns) == ["region", name, "source_row"]
    assert column(table, name) == {"Акмолинская": 2611.8, "Туркестанская": 788.4,
                                   "г.Шымкент": 1353.0}
    assert list(table.data["source_row"]) == [6, 7, 8]
    assert table.national[name].iloc[0] == 3725.2
    assert list(table.national["region"]) == ["Республика Казахстан"]
    assert table.units == {}
    assert any("sheet title" in note for note in table.notes)
    assert any("footnote" in note for note in table.notes)  # "1) С учетом ..." dropped


def test_bns_year_2018_and_quarter_not_taken(tmp_path):
    table = read_indicator_table(write_text(tmp_path, "bns.csv", BNS), year=2018)
    name = table.indicator_columns[0]
    assert column(table, name)["Акмолинская"] == 2301.0


def test_bns_quarter_is_never_annual(tmp_path):
    text = (
        "Численность исследователей\n"
        "Регион;2018;I квартал 2019 года;январь-июнь 2019\n"
        "Акмолинская;100;30;60\n"
        "Атырауская;200;40;80\n"
    )
    path = write_text(tmp_path, "quarters.csv", text)
    table = read_indicator_table(path)  # 2018 is the only annual column: taken
    assert table.year == 2018
    assert column(table, "Численность исследователей") == {"Акмолинская": 100.0,
                                                           "Атырауская": 200.0}
    info = raises_unchanged(path, TableFormatError, "the years available are 2018", year=2019)
    assert "quarters or months, which are not annual" in str(info.value)


def test_bns_only_quarters_is_an_error(tmp_path):
    text = "Регион;I квартал 2019 года;II квартал 2019 года\nАкмолинская;1;2\nАтырауская;3;4\n"
    path = write_text(tmp_path, "quarters.csv", text)
    raises_unchanged(path, TableFormatError, "no column holds a whole year")


def test_bns_without_title_is_named_value(tmp_path):
    text = "Region,2018,2019\nАкмолинская,1,2\nАтырауская,3,4\n"
    table = read_indicator_table(write_text(tmp_path, "plain.csv", text), year=2019)
    assert table.indicator_columns == ["value"]
    assert table.key_columns == ["Region"]
    assert column(table, "value") == {"Акмолинская": 2.0, "Атырауская": 4.0}
    assert any('named "value"' in note for note in table.notes)


def test_bns_csv_with_empty_first_header_and_numeric_years(tmp_path):
    text = (
        "Уровень цифровой грамотности населения, %\n"
        ",2018,2019\n"
        "Акмолинская,68.9,75.4\n"
        "Атырауская,81.2,x\n"
    )
    table = read_indicator_table(write_text(tmp_path, "digital.csv", text), year=2019)
    name = "Уровень цифровой грамотности населения, %"
    assert table.key_columns == ["region"]
    assert table.indicator_columns == [name]
    assert math.isnan(column(table, name)["Атырауская"])
    assert list(table.data["source_row"]) == [3, 4]


def test_bns_xlsx_with_numeric_year_headers(tmp_path):
    rows = [
        ["Доля затрат на НИОКР в ВРП"],
        ["в процентах"],
        [],
        ["Область", 2018, 2019, "I квартал 2019 года"],
        ["Республика Казахстан", 0.12, 0.13, 0.03],
        ["Акмолинская", 0.05, "0,06", "х"],
        ["Атырауская", "-", 0.08, 0.01],
    ]
    path = write_xlsx(tmp_path, "bns.xlsx", {"Лист1": rows})
    table = read_indicator_table(path, year=2019)
    name = "Доля затрат на НИОКР в ВРП"
    assert table.layout == "bns"
    assert column(table, name) == {"Акмолинская": 0.06, "Атырауская": 0.08}
    assert list(table.data["source_row"]) == [6, 7]
    assert math.isnan(column(read_indicator_table(path, year=2018), name)["Атырауская"])

