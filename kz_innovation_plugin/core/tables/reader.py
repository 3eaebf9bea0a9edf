"""Read an indicator table file to one row per region: the entry point of the package.

Its single purpose is orchestration: :func:`read_indicator_table` checks the arguments, reads
the cells (:mod:`.decoding` for text tables, :mod:`.workbook` for Excel), cuts out the body
(:mod:`.header`), recognises the layout (:mod:`.long`, :mod:`.bns`, else :mod:`.wide`) and
assembles the :class:`IndicatorTable`, national-total rows kept apart.  The result is a
:mod:`pandas` frame.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from numbers import Integral

import numpy as np
import pandas as pd

from ..errors import ParameterError, TableFormatError
from .bns import take_bns_year
from .columns import normalised_header
from .decoding import CSV_EXTENSIONS, check_path, read_csv_grid
from .grid import Grid
from .header import extract_body
from .labels import national_labels
from .long import long_columns, long_years, pivot_long
from .periods import parse_period
from .wide import take_wide
from .workbook import grid_from_cells, read_excel_grid

SOURCE_ROW = "source_row"


@dataclass
class IndicatorTable:
    """An indicator table, read and reshaped to one row per region.

    Attributes
    ----------
    data : pandas.DataFrame
        Wide, RangeIndex: key columns (cleaned text), then indicator columns (float64, NaN =
        missing), then ``source_row``: the 1-based row of the file or sheet (header row
        counted) the row came from; for long tables the first row of that region in the
        selected year.
    key_columns : list of str
        Identifier columns (region names or codes).
    indicator_columns : list of str
        Numeric columns, in source order.
    national : pandas.DataFrame
        Rows recognised as the national total (same columns), kept out of ``data``.
    layout : str
        ``"wide"``, ``"long"`` or ``"bns"``.
    year : int or None
        The year selected (long and BNS tables), else None.
    source : str
        The path as given.
    units : dict
        Indicator -> unit, when a long table has a unit column; else empty.
    notes : list of str
        Plain-English notes on what the reader did.
    """

    data: pd.DataFrame
    key_columns: list[str]
    indicator_columns: list[str]
    national: pd.DataFrame
    layout: str
    year: int | None
    source: str
    units: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # distinct values of a "source" column


def read_indicator_table(
    path,
    *,
    sheet: str | int | None = None,
    year: int | None = None,
    encoding: str | None = None,
    key_column: str | None = None,
    indicator_columns: list[str] | None = None,
) -> IndicatorTable:
    """Read an indicator table (CSV/TXT/TSV or XLSX/XLSM) to one row per region.

    Parameters
    ----------
    path : str or os.PathLike
        The table file.
    sheet : str or int, optional
        Workbook sheet: a text is a sheet name, or, when no sheet has that name and it is all
        digits, a 0-based index; an int is a 0-based index.  The first sheet by default.
        Ignored (with a note) for CSV.
    year : int, optional
        Year to take from a long or BNS-style table; required when it holds several.
    encoding : str, optional
        Text encoding of a CSV; detected when None (BOM, then UTF-8, then Windows-1251).
    key_column : str, optional
        Column holding region names or codes; by default every text column is a key.
    indicator_columns : list of str, optional
        Indicator columns to keep (for long tables: indicator names); by default all.

    Returns
    -------
    IndicatorTable

    Raises
    ------
    ParameterError
        A bad argument (``year`` that is not a whole number, unknown ``encoding`` ...).
    InputFileError
        The file is missing, of an unsupported type, empty, undecodable or not a workbook;
        or the sheet does not exist.
    TableFormatError
        The layout or a cell cannot be interpreted.
    """
    _check_arguments(sheet, year, encoding, key_column, indicator_columns)
    year = None if year is None else int(year)
    file = check_path(path)
    notes: list[str] = []
    if file.suffix.lower() in CSV_EXTENSIONS:
        if sheet is not None:
            notes.append(f"SHEET={sheet!r} was ignored: {file.name} is a text table.")
        grid = read_csv_grid(file, encoding, notes)
    else:
        if encoding is not None:
            notes.append(f"ENCODING={encoding!r} was ignored: workbooks carry their encoding.")
        grid = read_excel_grid(file, sheet, notes)

    return _table_from_grid(grid, str(path), year, key_column, indicator_columns, notes)


def indicator_table_from_frame(
    frame: pd.DataFrame,
    *,
    name: str = "table layer",
    year: int | None = None,
    key_column: str | None = None,
    indicator_columns: list[str] | None = None,
) -> IndicatorTable:
    """Read an attribute table already in memory (a QGIS table layer) like a file.

    The column names are the header row (row 1) and the rows follow, so wide, long and
    BNS-style layouts, text numbers and missing markers are handled as in
    :func:`read_indicator_table`.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per record; its index is ignored.
    name : str
        How messages name the table (for example the layer's name).
    year, key_column, indicator_columns
        As for :func:`read_indicator_table`.
    """
    _check_arguments(None, year, None, key_column, indicator_columns)
    year = None if year is None else int(year)
    notes: list[str] = []
    grid = _frame_grid(frame, name)
    return _table_from_grid(grid, name, year, key_column, indicator_columns, notes)


def _frame_grid(frame: pd.DataFrame, name: str) -> Grid:
    """The cells of an attribute table in memory: its column names as row 1, then its rows."""
    if frame.shape[1] == 0 or len(frame) == 0:
        raise TableFormatError(f"{name} is empty: the table has no data rows.")
    header = pd.DataFrame([list(map(str, frame.columns))], dtype=object)
    cells = pd.concat([header, pd.DataFrame(frame.astype(object).to_numpy())], ignore_index=True)
    cells.index = pd.RangeIndex(1, len(cells) + 1)
    return grid_from_cells(cells, name)


def read_indicator_years(
    source,
    *,
    name: str = "table layer",
    sheet: str | int | None = None,
    encoding: str | None = None,
    key_column: str | None = None,
) -> list[IndicatorTable]:
    """Read a long table of several years: one :class:`IndicatorTable` per year.

    The cells are read once; each year is then taken as :func:`read_indicator_table` takes
    one (same parsing, missing markers, national rows and notes).

    Parameters
    ----------
    source : str, os.PathLike or pandas.DataFrame
        A table file, or an attribute table in memory (read as by
        :func:`indicator_table_from_frame`).
    name : str
        How messages name a table given as a frame.
    sheet, encoding, key_column
        As for :func:`read_indicator_table` (``sheet`` and ``encoding`` apply to files).

    Returns
    -------
    list of IndicatorTable
        Oldest year first; each holds every indicator that has values in its year.

    Raises
    ------
    TableFormatError
        When the table is not in the long layout with a year column, or as
        :func:`read_indicator_table`.
    """
    _check_arguments(sheet, None, encoding, key_column, None)
    notes: list[str] = []
    if isinstance(source, pd.DataFrame):
        grid, where = _frame_grid(source, name), name
    else:
        file, where = check_path(source), str(source)
        if file.suffix.lower() in CSV_EXTENSIONS:
            grid = read_csv_grid(file, encoding, notes)
        else:
            grid = read_excel_grid(file, sheet, notes)
    years = long_years(extract_body(grid, []))
    if not years:
        raise TableFormatError(
            f"{grid.where}: a table of several years needs the long layout: one row per "
            "year, region and indicator, with columns such as year, region, indicator and "
            "value."
        )
    return [_table_from_grid(grid, where, year, key_column, None, list(notes))
            for year in years]


def _table_from_grid(
    grid, source: str, year, key_column, indicator_columns, notes: list[str]
) -> IndicatorTable:
    """Find the header and the layout of ``grid``; one row per region."""
    body = extract_body(grid, notes)
    columns = long_columns(body.names)
    if columns:
        layout = "long"
        keys, values, rows, chosen, units = pivot_long(
            body, columns, year, key_column, indicator_columns, notes
        )
    elif indicator_columns is None and any(parse_period(n) for n in body.names):
        layout, units = "bns", {}
        keys, values, rows, chosen = take_bns_year(body, year, key_column, notes)
    else:
        layout, units, chosen = "wide", {}, None
        if year is not None:
            notes.append(f"YEAR={year} was ignored: the table has one column per indicator.")
        keys, values, rows = take_wide(body, key_column, indicator_columns, notes)

    data, national = _split_national(keys, values, rows, body.where, notes)
    source_columns = [name for name in body.names if normalised_header(name) in SOURCE_HEADERS]
    sources = [] if not source_columns else sorted(
        set(body.labels(source_columns[0])) - {""})
    return IndicatorTable(
        data=data,
        key_columns=list(keys.columns),
        indicator_columns=list(values.columns),
        national=national,
        layout=layout,
        year=chosen,
        source=source,
        units=units,
        notes=notes,
        sources=sources,
    )


#: headers of a column naming each row's data source (kept for reports and provenance)
SOURCE_HEADERS = {"source", "sources", "источник", "источники", "дереккөз"}


def _check_arguments(sheet, year, encoding, key_column, indicator_columns) -> None:
    """Raise ParameterError for arguments of the wrong kind."""
    if year is not None and (isinstance(year, bool) or not isinstance(year, Integral)):
        raise ParameterError(f"YEAR must be a whole number such as 2018, not {year!r}.")
    if sheet is not None and (isinstance(sheet, bool) or not isinstance(sheet, (str, Integral))):
        raise ParameterError(
            f"SHEET must be a sheet name or a 0-based sheet number, not {sheet!r}."
        )
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except (LookupError, TypeError):
            raise ParameterError(
                f"ENCODING {encoding!r} is not a known text encoding; use UTF-8, UTF-16 or "
                "cp1251 (Windows-1251), or leave it empty to detect it."
            ) from None
    if key_column is not None and not isinstance(key_column, str):
        raise ParameterError(f"TABLE_KEY must be a column name, not {key_column!r}.")
    if indicator_columns is not None:
        if isinstance(indicator_columns, str) or not all(
            isinstance(name, str) for name in indicator_columns
        ):
            raise ParameterError(
                f"The indicator columns must be a list of column names, not {indicator_columns!r}."
            )
        if not indicator_columns:
            raise ParameterError("The list of indicator columns is empty; name at least one.")
        if key_column is not None and key_column in indicator_columns:
            raise ParameterError(
                f'Column "{key_column}" cannot be both the key column and an indicator.'
            )


def _split_national(
    keys: pd.DataFrame, values: pd.DataFrame, rows: pd.Series, where: str, notes: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Assemble the output frame and move national-total rows out of it."""
    frame = pd.concat(
        [keys.astype("str").reset_index(drop=True), values.reset_index(drop=True)], axis=1
    )
    frame[SOURCE_ROW] = rows.to_numpy(dtype="int64")
    national = np.zeros(len(frame), dtype=bool)
    for name in keys.columns:
        national |= national_labels(frame[name]).to_numpy()
    if national.any():
        moved = frame.loc[national]
        labels = ", ".join(
            f'"{label}" (row {row})'
            for label, row in zip(moved[list(keys.columns)].agg(" / ".join, axis=1),
                                  moved[SOURCE_ROW])
        )
        notes.append(f"National total row(s) kept apart from the regions: {labels}.")
    data = frame.loc[~national].reset_index(drop=True)
    if data.empty:
        raise TableFormatError(
            f"{where}: the table has no region rows, only the national total. Add one row per "
            "region."
        )
    return data, frame.loc[national].reset_index(drop=True)
