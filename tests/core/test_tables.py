"""Tests of kz_innovation_plugin.core.tables: reading indicator tables (CSV / XLSX).

Every fixture is written by the test into ``tmp_path``: text with an explicit encoding,
workbooks with openpyxl.  Every error test also checks that the input file is unchanged.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook

from kz_innovation_plugin.cli import main
from kz_innovation_plugin.core.errors import InputFileError, ParameterError, TableFormatError
from kz_innovation_plugin.core.tables import (
    NATIONAL_NAMES,
    IndicatorTable,
    clean_label,
    is_national_label,
    parse_number,
    read_indicator_table,
)

REAL_TABLE = Path("/work/shared/data/kz_regional_indicators_2018_2019.csv")

WIDE = (
    "region,rd_expenditure_pct_grp,internet_users_pct\n"
    "Акмолинская,0.05,78.1\n"
    "Актюбинская,0.07,80.2\n"
    "г.Алматы,0.4,88.5\n"
)

BNS = (
    "Валовой региональный продукт на душу населения\n"
    "тыс. тенге\n"
    "\n"
    ";2018 год;2019 год;I квартал 2019 года\n"
    "Республика Казахстан1);3 381,3;3 725,2;810,4\n"
    "Акмолинская;2 301,0;2 611,8;500,1\n"
    "Туркестанская1;698,2;788,4;х\n"
    "г.Шымкент 2);1 201,9;1 353,0;290,0\n"
    "\n"
    "1) С учетом изменений границ\n"
)


def write_text(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``folder/name`` with an explicit encoding; return the path."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(folder: Path, name: str, sheets: dict[str, list[list]]) -> Path:
    """Write a workbook with one sheet per item; rows are lists of cell values."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = folder / name
    book.save(path)
    return path


def raises_unchanged(path: Path, error: type, match: str, **kwargs) -> pytest.ExceptionInfo:
    """Assert reading ``path`` raises ``error`` matching ``match`` and leaves it unchanged."""
    before = path.read_bytes()
    with pytest.raises(error, match=match) as info:
        read_indicator_table(path, **kwargs)
    assert path.read_bytes() == before
    return info


def column(table: IndicatorTable, name: str) -> dict[str, float]:
    """``{region: value}`` of one indicator column (first key column as region)."""
    key = table.key_columns[0]
    return dict(zip(table.data[key], table.data[name]))


# --- encodings -------------------------------------------------------------------------


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


def test_unknown_encoding_is_a_parameter_error(tmp_path):
    path = write_text(tmp_path, "wide.csv", WIDE)
    raises_unchanged(path, ParameterError, "ENCODING 'klingon' is not a known text encoding",
                     encoding="klingon")


# --- separators and numbers ------------------------------------------------------------


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_separators_are_detected(tmp_path, separator):
    path = write_text(tmp_path, "wide.txt", WIDE.replace(",", separator))
    table = read_indicator_table(path)
    assert table.indicator_columns == ["rd_expenditure_pct_grp", "internet_users_pct"]
    assert column(table, "internet_users_pct")["г.Алматы"] == 88.5


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


# --- labels and national rows ----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("г.Шымкент2)", "г.Шымкент"), ("г.Шымкент 2)", "г.Шымкент"),
        ("Туркестанская1", "Туркестанская"), ("Алматы*", "Алматы"),
        ("Nur-Sultan¹", "Nur-Sultan"), ("Астана 1)", "Астана"), ("Астана*1)", "Астана"),
        ("  Акмолинская  ", "Акмолинская"), ("\u00a0Абайская\u202f", "Абайская"),
        ("Северо-  Казахстанская", "Северо- Казахстанская"), ("Алматы1,2)", "Алматы"),
        ("1", "1"), ("2)", "2)"), ("2018", "2018"), ("Region A1", "Region A1"),
        ("г. Алматы", "г. Алматы"),
    ],
)
def test_clean_label(raw, clean):
    assert clean_label(raw) == clean


@pytest.mark.parametrize(
    "name",
    [
        "Республика Казахстан", "Республика Казахстан1)", "РЕСПУБЛИКА КАЗАХСТАН",
        "Қазақстан Республикасы", "Republic of Kazakhstan", "Kazakhstan", "Казахстан",
        "Всего", "Итого", "Total", "Барлығы", " всего: ",
    ],
)
def test_national_names(name):
    assert is_national_label(name)


@pytest.mark.parametrize("name", ["Акмолинская", "Северо-Казахстанская", "г.Алматы", ""])
def test_regions_are_not_national(name):
    assert not is_national_label(name)


def test_national_names_are_normalised():
    assert all(name == name.casefold().strip() for name in NATIONAL_NAMES)


def test_labels_cleaned_and_national_row_moved(tmp_path):
    text = (
        "region,rd\n"
        "Республика Казахстан1),0.12\n"
        " Акмолинская ,0.05\n"
        "Туркестанская1,0.02\n"
        "г.Шымкент 2),0.03\n"
        "Алматы*,0.4\n"
    )
    table = read_indicator_table(write_text(tmp_path, "labels.csv", text))
    assert list(table.data["region"]) == ["Акмолинская", "Туркестанская", "г.Шымкент",
                                          "Алматы"]
    assert list(table.data["source_row"]) == [3, 4, 5, 6]
    assert list(table.national["region"]) == ["Республика Казахстан"]
    assert table.national["rd"].iloc[0] == 0.12
    assert table.national["source_row"].iloc[0] == 2
    assert list(table.national.columns) == list(table.data.columns)
    assert any("National total" in note for note in table.notes)


# --- BNS-style sheets ------------------------------------------------------------------


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


def test_bns_several_years_needs_year(tmp_path):
    path = write_text(tmp_path, "bns.csv", BNS)
    raises_unchanged(path, TableFormatError,
                     re.escape("several years (2018, 2019); choose one with YEAR"))


def test_bns_unknown_year_lists_years(tmp_path):
    path = write_text(tmp_path, "bns.csv", BNS)
    raises_unchanged(path, TableFormatError,
                     re.escape("there are no 2017 values; the years available are 2018, 2019"),
                     year=2017)


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


# --- wide tables -----------------------------------------------------------------------


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


def test_wide_without_key_column(tmp_path):
    path = write_text(tmp_path, "numbers.csv", "a,b\n1,2\n3,4\n")
    raises_unchanged(
        path, TableFormatError,
        r"numbers\.csv: no column holds region names or codes .*Add a column with the region "
        r"names, or name the identifier column with TABLE_KEY",
    )


def test_wide_partly_text_column_names_cell(tmp_path):
    text = (
        "region,rd_expenditure_pct_grp,internet_users_pct\n"
        "Акмолинская,0.05,78.1\n"
        "Актюбинская,0.07,80.2\n"
        "Алматинская,0.03,79\n"
        "Атырауская,0.1,81\n"
        "Жамбылская,0.02,77\n"
        "Карагандинская,0.2,около 80\n"
    )
    path = write_text(tmp_path, "indicators.csv", text)
    raises_unchanged(
        path, TableFormatError,
        re.escape('indicators.csv: column "internet_users_pct", row 7: "около 80" is not a '
                  'number; fix the cell or mark it missing with "-".'),
    )


def test_wide_duplicate_regions_are_kept(tmp_path):
    text = "region,rd\nАкмолинская,0.05\nАтырауская,0.1\nАкмолинская,0.06\n"
    table = read_indicator_table(write_text(tmp_path, "dup.csv", text))
    assert list(table.data["region"]) == ["Акмолинская", "Атырауская", "Акмолинская"]
    assert list(table.data["source_row"]) == [2, 3, 4]


def test_wide_year_is_ignored_with_note(tmp_path):
    table = read_indicator_table(write_text(tmp_path, "wide.csv", WIDE), year=2018)
    assert table.year is None
    assert any("YEAR=2018 was ignored" in note for note in table.notes)


def test_wide_first_row_with_only_missing_values(tmp_path):
    text = "region;a;b\nАкмолинская;-;х\nАтырауская;1;2\n"
    table = read_indicator_table(write_text(tmp_path, "gaps.csv", text))
    assert table.indicator_columns == ["a", "b"]
    assert list(table.data["region"]) == ["Акмолинская", "Атырауская"]
    assert table.data.loc[0, ["a", "b"]].isna().all()


def test_wide_keys_are_text(tmp_path):
    table = read_indicator_table(write_text(tmp_path, "wide.csv", WIDE))
    assert all(isinstance(value, str) for value in table.data["region"])
    assert table.data["source_row"].dtype == np.int64


def test_unquoted_decimal_comma_in_comma_file(tmp_path):
    path = write_text(tmp_path, "split.csv", "region,rd\nАкмолинская,12,5\nАтырауская,7\n")
    raises_unchanged(
        path, TableFormatError,
        re.escape('split.csv: row 2 has a value ("5") in column 3, right of the last header '
                  'cell. If a number with a decimal comma was split in two, quote it ("12,5")'),
    )


def test_wide_blank_lines_and_empty_column(tmp_path):
    text = "region;a;b;\n\nАкмолинская;1;-;\n\nАтырауская;2;;\n"
    table = read_indicator_table(write_text(tmp_path, "blank.csv", text))
    assert table.indicator_columns == ["a", "b"]
    assert table.data["b"].isna().all()
    assert list(table.data["source_row"]) == [3, 5]


# --- long tables -----------------------------------------------------------------------

LONG = (
    "year,region_ru,indicator,value,unit,source\n"
    "2018,Акмолинская,rd_pct,0.05,percent,BNS\n"
    "2018,Атырауская,rd_pct,0.1,percent,BNS\n"
    "2018,Республика Казахстан,rd_pct,0.12,percent,BNS\n"
    "2018,Акмолинская,grp,2301,thousand tenge,BNS\n"
    "2019,Акмолинская,rd_pct,0.06,percent,BNS\n"
    "2019,Атырауская,rd_pct,0.11,percent,BNS\n"
)


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


def test_long_table_junk_value(tmp_path):
    text = LONG.replace("0.1,percent", "n.d.,percent")
    path = write_text(tmp_path, "long.csv", text)
    raises_unchanged(path, TableFormatError,
                     re.escape('long.csv: column "value", row 3: "n.d." is not a number'),
                     year=2018)


# --- workbooks -------------------------------------------------------------------------

SHEET_ROWS = [
    ["region", "rd", "internet"],
    ["Акмолинская", 0.05, "78,1"],
    ["Атырауская", "1 234,5", 80],
    ["Республика Казахстан", 0.12, "-"],
]


def test_xlsx_default_sheet_by_name_and_index(tmp_path):
    other = [["region", "rd"], ["Жамбылская", 9]]
    path = write_xlsx(tmp_path, "book.xlsx", {"Data": SHEET_ROWS, "Other": other})
    first = read_indicator_table(path)
    assert column(first, "rd") == {"Акмолинская": 0.05, "Атырауская": 1234.5}
    assert column(first, "internet") == {"Акмолинская": 78.1, "Атырауская": 80.0}
    assert math.isnan(first.national["internet"].iloc[0])
    assert list(read_indicator_table(path, sheet="Other").data["region"]) == ["Жамбылская"]
    assert list(read_indicator_table(path, sheet=1).data["region"]) == ["Жамбылская"]


def test_xlsm_is_read(tmp_path):
    path = write_xlsx(tmp_path, "book.xlsm", {"Data": SHEET_ROWS})
    assert len(read_indicator_table(path).data) == 2


#: sheet "1" is not sheet number 1, and sheet "2018" would be far out of range as a number
NUMBERED_SHEETS = {
    "Data": [["region", "rd"], ["Акмолинская", 1]],
    "2018": [["region", "rd"], ["Жамбылская", 2]],
    "1": [["region", "rd"], ["Павлодарская", 3]],
}


@pytest.mark.parametrize(
    ("sheet", "region"),
    [
        ("2018", "Жамбылская"),  # the sheet called "2018", not sheet number 2018
        ("1", "Павлодарская"),  # the sheet called "1", not sheet number 1 ("2018")
        ("2", "Павлодарская"),  # no sheet is called "2": sheet number 2
        ("0", "Акмолинская"),
        (1, "Жамбылская"),  # an int is always a 0-based number
        (0, "Акмолинская"),
        (None, "Акмолинская"),
    ],
)
def test_xlsx_sheet_text_is_a_name_first_then_a_number(tmp_path, sheet, region):
    path = write_xlsx(tmp_path, "book.xlsx", NUMBERED_SHEETS)
    before = path.read_bytes()
    table = read_indicator_table(path, sheet=sheet)
    assert list(table.data["region"]) == [region]
    assert path.read_bytes() == before


@pytest.mark.parametrize("sheet", ["Missing", 5, "7", "-1", "1.0", -1])
def test_xlsx_wrong_sheet_lists_sheets(tmp_path, sheet):
    path = write_xlsx(tmp_path, "book.xlsx", {"Data": SHEET_ROWS, "Other": SHEET_ROWS})
    raises_unchanged(path, InputFileError,
                     re.escape(f'book.xlsx: there is no sheet {sheet!r}. The workbook has '
                               '0: "Data", 1: "Other". Set SHEET to one of these names or '
                               "0-based numbers (a name is looked up first)."),
                     sheet=sheet)


def test_cli_passes_a_numeric_sheet_name_through(tmp_path, capsys):
    regions = ["Акмолинская", "Павлодарская"]
    sheets = {"Notes": [["written by the statistics office"]],
              "2018": [["region", "score"], *([name, i] for i, name in enumerate(regions))]}
    path = write_xlsx(tmp_path, "book.xlsx", sheets)
    before = path.read_bytes()
    output = tmp_path / "joined.gpkg"
    code = main(["join", "--table", str(path), "--sheet", "2018", "--boundary-set", "2018",
                 "--output", str(output)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "2 of 17 regions" in captured.out
    assert output.exists() and path.read_bytes() == before


def test_corrupt_xlsx(tmp_path):
    path = write_text(tmp_path, "broken.xlsx", WIDE)
    raises_unchanged(path, InputFileError,
                     r"broken\.xlsx cannot be opened as an Excel workbook")


def test_empty_sheet(tmp_path):
    path = write_xlsx(tmp_path, "empty.xlsx", {"Data": []})
    raises_unchanged(path, InputFileError, "no data rows")


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


@pytest.mark.parametrize("name", ["table.docx", "table.ods", "table.xls", "table"])
def test_unsupported_extension(tmp_path, name):
    path = write_text(tmp_path, name, WIDE)
    raises_unchanged(path, InputFileError,
                     r"not supported\. Save the table as one of \.csv, \.txt, \.tsv, \.xlsx, "
                     r"\.xlsm")


def test_empty_file(tmp_path):
    path = write_text(tmp_path, "empty.csv", "")
    raises_unchanged(path, InputFileError, r"empty\.csv is empty \(0 bytes\): the table has no "
                     "data rows")


def test_blank_lines_only(tmp_path):
    path = write_text(tmp_path, "blank.csv", "\n \n\r\n")
    raises_unchanged(path, InputFileError, "only blank lines: the table has no data rows")


def test_header_only(tmp_path):
    path = write_text(tmp_path, "header.csv", "region,rd,internet\n\n")
    raises_unchanged(path, TableFormatError,
                     re.escape("header.csv: the table has a header (row 1) but no data rows"))


def test_data_without_header(tmp_path):
    path = write_text(tmp_path, "noheader.csv", "Акмолинская,1\nАтырауская,2\n")
    raises_unchanged(path, TableFormatError, "no header row above it")


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


# --- every refusal of the reader names the file, the place and the fix ------------------

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


def test_workbook_of_blank_text_cells_is_refused(tmp_path):
    path = write_xlsx(tmp_path, "blank.xlsx", {"Data": [[" ", "  "], ["", " "]]})
    raises_unchanged(path, InputFileError,
                     re.escape('blank.xlsx, sheet "Data" holds only blank cells'))


# --- the published table ---------------------------------------------------------------


def test_real_published_table():
    if not REAL_TABLE.exists():
        pytest.skip(f"{REAL_TABLE} is not available")
    before = REAL_TABLE.read_bytes()
    table = read_indicator_table(REAL_TABLE, year=2018)
    assert REAL_TABLE.read_bytes() == before
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
