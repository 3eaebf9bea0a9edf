"""Tests of core.tables.workbook: XLSX and XLSM sheets, chosen by name or number."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.cli import main
from kz_innovation_plugin.core.errors import InputFileError
from kz_innovation_plugin.core.tables import read_indicator_table
from kz_innovation_plugin.core.tables.workbook import read_excel_grid
from tests.conftest import RD_BULLETIN

from . import WIDE, column, raises_unchanged, write_text, write_xlsx

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


def test_workbook_of_blank_text_cells_is_refused(tmp_path):
    path = write_xlsx(tmp_path, "blank.xlsx", {"Data": [[" ", "  "], ["", " "]]})
    raises_unchanged(path, InputFileError,
                     re.escape('blank.xlsx, sheet "Data" holds only blank cells'))



# ---------------------------------------------------------------- legacy .xls and OpenDocument

DATA = Path(__file__).resolve().parents[2] / "data"
INNOVATION_BULLETIN = DATA / "bns_2022_innovation_bulletin_kk.xls"


def write_ods(folder, name: str, sheets: dict[str, list[list]]):
    """Write an OpenDocument spreadsheet with pandas (odfpy); rows are lists of cells."""
    path = folder / name
    with pd.ExcelWriter(path, engine="odf") as writer:
        for title, rows in sheets.items():
            pd.DataFrame(rows).to_excel(writer, sheet_name=title, header=False, index=False)
    return path


def test_ods_is_read_by_sheet_with_numbers_and_markers(tmp_path):
    path = write_ods(tmp_path, "book.ods", {"Data": SHEET_ROWS, "Other": NUMBERED_SHEETS["1"]})
    before = path.read_bytes()
    table = read_indicator_table(path)
    assert column(table, "rd") == {"Акмолинская": 0.05, "Атырауская": 1234.5}
    assert column(table, "internet") == {"Акмолинская": 78.1, "Атырауская": 80.0}
    assert math.isnan(table.national["internet"].iloc[0])  # "-" stays missing in indicators
    assert list(read_indicator_table(path, sheet="Other").data["region"]) == ["Павлодарская"]
    assert path.read_bytes() == before


def test_ods_wrong_sheet_lists_sheets(tmp_path):
    path = write_ods(tmp_path, "book.ods", {"Data": SHEET_ROWS})
    raises_unchanged(path, InputFileError, re.escape(
        "book.ods: there is no sheet 'Nope'. The workbook has 0: \"Data\"."), sheet="Nope")


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_a_renamed_text_file_is_not_taken_for_a_workbook(tmp_path, suffix):
    path = write_text(tmp_path, f"table{suffix}", WIDE)
    kind = ("a legacy Excel workbook (.xls)" if suffix == ".xls"
            else "an OpenDocument spreadsheet (.ods)")
    raises_unchanged(path, InputFileError,
                     re.escape(f"table{suffix} cannot be opened as {kind} ("))


def test_bns_innovation_bulletin_xls_sheet_1_cells_are_read_unchanged():
    """The published .xls, sheet "1": the national row and the 20 regions of 2022 with their
    numbers, and "x" (confidential) missing, never zero."""
    before = INNOVATION_BULLETIN.read_bytes()
    grid = read_excel_grid(INNOVATION_BULLETIN, "1", [])
    labels = grid.text[0].str.split().str.join(" ")
    national = labels.index[labels == "Қазақстан Республикасы"][0]
    regions = labels.loc[national + 1:national + 20]
    assert {"Абай", "Жетісу", "Ұлытау", "Шығыс Қазақстан", "Алматы қаласы"} <= set(regions)
    assert grid.number.loc[regions.index, 1].notna().all()  # enterprises: all published
    assert grid.number.at[national, 1] == 30750
    assert INNOVATION_BULLETIN.read_bytes() == before


def test_bns_rd_bulletin_confidential_x_is_missing_never_zero():
    """Sheet "6" of the R&D bulletin: Ақмола's scientific equipment is "x" (confidential)."""
    grid = read_excel_grid(RD_BULLETIN, "6", [])
    confidential = grid.text.isin(["x", "х"]).to_numpy()
    assert confidential.sum() >= 10
    assert grid.missing.to_numpy()[confidential].all()
    assert np.isnan(grid.number.to_numpy(dtype="float64")[confidential]).all()
    akmola = grid.text.index[grid.text[0] == "Ақмола"][0]
    assert grid.text.at[akmola, 5] == "x" and math.isnan(grid.number.at[akmola, 5])


def test_bns_rd_bulletin_sheet_names_are_listed_on_a_wrong_sheet():
    with pytest.raises(InputFileError, match=r'there is no sheet \'99\'.*"Шартты белгілер"'):
        read_indicator_table(RD_BULLETIN, sheet="99")
