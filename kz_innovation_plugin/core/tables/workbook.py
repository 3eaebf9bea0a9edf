"""Read the cells of one sheet of a workbook (XLSX, XLSM, legacy XLS, OpenDocument ODS).

Its single purpose is getting from a workbook to raw cells: :func:`pandas.read_excel` (through
:class:`pandas.ExcelFile`) reads the chosen sheet, cells that already are numbers are kept as
numbers, and the rest becomes a :class:`~.grid.Grid` like a CSV's.

The engine depends on the format: ``openpyxl`` for XLSX/XLSM, and ``calamine``
(python-calamine, bindings to the Rust calamine reader) for the legacy BIFF ``.xls`` in which
the Bureau of National Statistics publishes its bulletins, and for ``.ods``.  calamine was
chosen over xlrd because it is maintained (xlrd is in maintenance mode and reads only
``.xls``), reads ``.xls`` and ``.ods`` with one engine, and is faster (a 56-sheet BNS bulletin:
0.032 s against xlrd's 0.046 s).
"""

from __future__ import annotations

from numbers import Integral
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputFileError
from .decoding import CALAMINE_EXTENSIONS
from .grid import Grid, make_grid
from .numeric import has_dot_decimals

#: what each engine reads, for the message about a file that cannot be opened
_KINDS = {".xls": "a legacy Excel workbook (.xls)", ".ods": "an OpenDocument spreadsheet (.ods)"}


def read_excel_grid(file: Path, sheet: str | int | None, notes: list[str]) -> Grid:
    """Read one sheet with pandas (openpyxl or calamine), keeping numeric cells as numbers."""
    suffix = file.suffix.lower()
    engine = "calamine" if suffix in CALAMINE_EXTENSIONS else "openpyxl"
    kind = _KINDS.get(suffix, "an Excel workbook")
    try:
        book = pd.ExcelFile(file, engine=engine)
    except Exception as exc:  # openpyxl/zipfile/calamine raise many kinds for a damaged file
        raise InputFileError(
            f"{file.name} cannot be opened as {kind} ({type(exc).__name__}: {exc}). "
            f"Check that it is a real {suffix} file (not another file renamed) and not "
            "damaged; re-save it from Excel or LibreOffice, or export the sheet as CSV."
        ) from None
    with book:
        names = [str(name) for name in book.sheet_names]
        target = _resolve_sheet(sheet, names, file.name)
        try:
            raw = book.parse(target, header=None, dtype=object)
        except Exception as exc:
            raise InputFileError(
                f'{file.name}: sheet "{target}" cannot be read ({type(exc).__name__}: {exc}). '
                "Re-save the workbook from Excel or LibreOffice, or export the sheet as CSV."
            ) from None
    if len(names) > 1 or sheet is not None:
        notes.append(f'Read sheet "{target}" of {file.name}.')
    where = f'{file.name}, sheet "{target}"'
    if raw.empty or raw.isna().all().all():
        raise InputFileError(f"{where} is empty: the table has no data rows.")
    raw.index = pd.RangeIndex(1, len(raw) + 1)  # row 1 first, blank rows kept
    return grid_from_cells(raw, where)


def grid_from_cells(raw: pd.DataFrame, where: str) -> Grid:
    """A :class:`~.grid.Grid` from typed cells (a workbook sheet, or a layer's attributes).

    ``raw`` is indexed by 1-based source row; numeric cells (Python or numpy numbers, not
    booleans) are kept as numbers, every other cell is parsed from its text.
    """
    raw = raw.copy()
    raw.columns = range(raw.shape[1])
    # cells mix types (str, int, float, datetime): the type test is per cell
    is_number = raw.map(_is_number_cell)
    text = raw.map(_cell_text)
    decimal_comma = not has_dot_decimals(text.where(~is_number, ""))
    numbers = raw.where(is_number).astype("float64")
    return make_grid(text, (is_number, numbers), decimal_comma, where)


def _is_number_cell(value) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return False
    return isinstance(value, (int, float, np.integer, np.floating)) and not pd.isna(value)


def _resolve_sheet(sheet: str | int | None, names: list[str], file_name: str) -> str:
    """The sheet name selected by ``sheet``.

    A text is a sheet name first: a sheet called "2018" is chosen by "2018".  Only when no
    sheet has that name is a text of digits read as a 0-based index, like an int.
    """
    if sheet is None:
        return names[0]
    index = None
    if isinstance(sheet, str):
        if sheet in names:
            return sheet
        if sheet.isascii() and sheet.isdigit():
            index = int(sheet)
    elif isinstance(sheet, Integral):
        index = int(sheet)
    if index is not None and 0 <= index < len(names):
        return names[index]
    listed = ", ".join(f'{position}: "{name}"' for position, name in enumerate(names))
    raise InputFileError(
        f'{file_name}: there is no sheet {sheet!r}. The workbook has {listed}. Set SHEET to '
        "one of these names or 0-based numbers (a name is looked up first)."
    )


def _cell_text(value) -> str:
    """Display text of a workbook cell: "" for empty, "2018" for 2018.0."""
    if value is None or (isinstance(value, (float, np.floating)) and np.isnan(value)):
        return ""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value).strip()
