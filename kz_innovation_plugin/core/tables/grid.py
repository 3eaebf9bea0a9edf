"""Hold the cells of one sheet as parallel pandas frames of text, numbers and missing flags.

Its single purpose is the in-memory shape every later step works on: a :class:`Grid` of all
cells (built by :func:`make_grid` from the raw cell texts of a CSV or a workbook) and a
:class:`Body`, the part of it below the header with named columns.  :mod:`pandas` frames do
the work; parsing the numbers is left to :mod:`.numeric`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..errors import TableFormatError
from .labels import clean_labels
from .numeric import parse_text_numbers


@dataclass
class Grid:
    """Every cell of a sheet, indexed by 1-based source row, columns 0..n-1.

    ``text`` is the stripped cell text ("" when empty); ``number`` the parsed number (NaN when
    the cell is not a number); ``missing`` is True for empty cells and missing markers.
    """

    text: pd.DataFrame
    number: pd.DataFrame
    missing: pd.DataFrame
    where: str

    @property
    def textual(self) -> pd.DataFrame:
        """Cells holding text: neither a number nor a missing marker."""
        return ~self.missing & self.number.isna()

    def restrict(self, rows: pd.Index, columns: list, names: list[str]) -> Grid:
        """The sub-grid of ``rows`` x ``columns``, columns renamed to ``names``."""

        def pick(frame: pd.DataFrame) -> pd.DataFrame:
            part = frame.loc[rows, columns]
            part.columns = names
            return part

        return Grid(pick(self.text), pick(self.number), pick(self.missing), self.where)


@dataclass
class Body:
    """The table below its header: one column per header cell, one row per data row."""

    cells: Grid
    header_row: int
    titles: list[str]

    @property
    def names(self) -> list[str]:
        return list(self.cells.text.columns)

    @property
    def where(self) -> str:
        return self.cells.where

    def kind(self, name: str) -> str:
        """``"number"``, ``"text"``, ``"mixed"`` or ``"empty"`` (only missing values)."""
        numbers = int(self.cells.number[name].notna().sum())
        texts = int(self.cells.textual[name].sum())
        if numbers and texts:
            return "mixed"
        if texts:
            return "text"
        return "number" if numbers else "empty"

    def numbers(self, name: str, rows: pd.Index | None = None) -> pd.Series:
        """Column ``name`` as float64; a text cell among ``rows`` raises TableFormatError."""
        rows = self.cells.text.index if rows is None else rows
        textual = self.cells.textual.loc[rows, name]
        if textual.any():
            row = textual.idxmax()
            value = self.cells.text.at[row, name]
            raise TableFormatError(
                f'{self.where}: column "{name}", row {row}: "{value}" is not a number; '
                'fix the cell or mark it missing with "-".'
            )
        return self.cells.number.loc[rows, name].astype("float64")

    def labels(self, name: str) -> pd.Series:
        """Column ``name`` as cleaned text (see :func:`~.labels.clean_label`)."""
        return clean_labels(self.cells.text[name])


def make_grid(text: pd.DataFrame, numeric_cells, decimal_comma: bool, where: str) -> Grid:
    """Parse every text cell as a number (vectorised per column) into a :class:`Grid`.

    ``numeric_cells`` is None, or ``(is_number, numbers)``: workbook cells that already
    are numbers, kept as they are.
    """
    parsed = {col: parse_text_numbers(text[col], decimal_comma) for col in text.columns}
    number = pd.DataFrame({col: values for col, (values, _) in parsed.items()}, index=text.index)
    missing = pd.DataFrame({col: miss for col, (_, miss) in parsed.items()}, index=text.index)
    if numeric_cells is not None:
        is_number, numbers = numeric_cells
        number = numbers.where(is_number, number)
        missing = missing & ~is_number
    return Grid(text=text.astype("str"), number=number, missing=missing, where=where)
