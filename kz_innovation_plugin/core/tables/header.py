"""Find the header row of a sheet and cut out the table body below it.

Its single purpose is the frame around the data: title lines above the header, the header row
itself (told from data rows, which hold a text label and then a number), footnote lines at
the bottom, cells right of the header and empty or repeated column names.  :mod:`numpy`
arrays and :mod:`pandas` frames of the :class:`~.grid.Grid` do the work, row-wise and
vectorised.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..errors import InputFileError, TableFormatError
from .grid import Body, Grid
from .labels import normalised_names
from .periods import whole_years

#: header labels of the region column of a statistical sheet (normalised)
_REGION_HEADER_WORDS = frozenset(
    {
        "регион", "регионы", "region", "regions", "область", "области", "облыс", "облыстар",
        "өңір", "өңірлер", "аймақ", "наименование", "наименование региона", "name",
        "территория", "territory", "области и города", "область, город", "код", "code",
    }
)
_NOTE_LINE = re.compile(
    r"\A(?:\d{1,2}\)|\*|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|"
    r"примечани|note|источник|source|ескерту|дереккөз)",
    re.IGNORECASE,
)


def extract_body(grid: Grid, notes: list[str]) -> Body:
    """Cut the grid to the table below the header, with unique column names."""
    header_row, titles = _find_header(grid)
    text = grid.text
    continued = _header_continuation(grid, header_row)
    below = text.index > (continued[-1] if continued else header_row)
    nonblank = (text != "").any(axis=1)
    rows = text.index[below & nonblank.to_numpy()]
    rows = _drop_note_lines(grid, rows, notes)
    if not len(rows):
        raise TableFormatError(
            f"{grid.where}: the table has a header (row {header_row}) but no data rows. Add one "
            "row per region below the header."
        )
    header = text.loc[[header_row, *continued]].agg(" ".join).str.split().str.join(" ")
    if continued:
        notes.append(f"The header continues on {rows_text(continued)}; each column is named "
                     "by its header lines joined.")
    _check_no_cells_right_of_header(grid, header, rows)
    used = [col for col in text.columns if header[col] or (text.loc[rows, col] != "").any()]
    cells = grid.restrict(rows, used, [str(col) for col in used])
    names = _column_names(header[used].tolist(), cells, notes)
    cells = grid.restrict(rows, used, names)
    if titles:
        quoted = "; ".join(f'"{title}"' for title in titles)
        notes.append(f"Skipped {len(titles)} title line(s) above the header (row {header_row}): "
                     f"{quoted}.")
    return Body(cells=cells, header_row=header_row, titles=titles)


def rows_text(rows) -> str:
    """ "row 7" or "rows 7, 9"."""
    rows = [str(row) for row in rows]
    return f"row{'s' if len(rows) > 1 else ''} {', '.join(rows)}"


def _find_header(grid: Grid) -> tuple[int, list[str]]:
    """Locate the header row; return it with the title lines above it.

    The header is the nearest row above the first *data row* (a text label followed, further
    right, by a parseable number) that has at least two cells and is not itself a region
    whose values are all missing ("Абайская;-;-").  A row whose label is a region header
    word ("Регион") or whose numbers are all years ("Области;2018;2019") is a header, not
    data.  Without any data row, the header is the first row with two cells.
    """
    text = grid.text
    filled = (text != "").to_numpy()
    nonblank = filled.any(axis=1)
    if not nonblank.any():
        raise InputFileError(f"{grid.where} holds only blank cells: the table has no data rows.")
    data_like = _data_rows(grid)
    textual = grid.textual.to_numpy()
    markers = (grid.missing.to_numpy() & filled).any(axis=1)
    no_values = (textual.sum(axis=1) == 1) & markers & grid.number.isna().all(axis=1).to_numpy()
    candidate = nonblank & ~no_values
    two_cells = candidate & (filled.sum(axis=1) >= 2)
    if data_like.any():
        first_data = int(data_like.argmax())
        above = np.flatnonzero(two_cells[:first_data])
        if not len(above):
            above = np.flatnonzero(candidate[:first_data])
        if not len(above):
            raise TableFormatError(
                f"{grid.where}: row {text.index[first_data]} holds data but there is no header "
                "row above it. Add a header row naming the columns (e.g. region, indicator "
                "names)."
            )
        header = int(above[-1])
    else:
        wide_rows = np.flatnonzero(filled.sum(axis=1) >= 2)
        header = int(wide_rows[0]) if len(wide_rows) else int(np.flatnonzero(nonblank)[0])
    # a title split at an unquoted comma ("Доля, %") is joined back
    titles = [
        " ".join(", ".join(row[row != ""]).split())
        for row in text.to_numpy()[:header][nonblank[:header]]
    ]
    return int(text.index[header]), titles


def _header_continuation(grid: Grid, header_row: int) -> list[int]:
    """Rows under the header that continue it: text only, with the label column empty.

    Statistical sheets split a long column header over two or three rows ("Одан" /
    "инновациялары бары"); the data rows below begin with the region's label.  A region row
    without values ("Абайская;-;-", or a label alone) has its label, so it is never taken.
    """
    text = grid.text
    after = np.asarray(text.index > header_row)
    data_like = _data_rows(grid) & after
    if not data_like.any():
        return []
    first_data = int(data_like.argmax())
    label_column = int(grid.textual.to_numpy()[first_data].argmax())
    between = text.iloc[: first_data][after[:first_data]]
    rows = []
    for row, cells in between.iterrows():
        filled = cells != ""
        if not filled.any():
            continue
        if (cells.iloc[label_column] != "" or grid.number.loc[row].notna().any()
                or grid.missing.loc[row][filled].any()):
            return []
        rows.append(int(row))
    return rows


def _data_rows(grid: Grid) -> np.ndarray:
    """Rows that look like data: a text label, then a number further right (vectorised)."""
    text, number = grid.text, grid.number
    textual = grid.textual.to_numpy()
    width = text.shape[1]
    has_text = textual.any(axis=1)
    first_text = np.where(has_text, textual.argmax(axis=1), width)
    later = np.arange(width)[None, :] > first_text[:, None]
    number_after = (number.notna().to_numpy() & later).any(axis=1)

    label = text.to_numpy()[np.arange(len(text)), np.minimum(first_text, width - 1)]
    header_word = normalised_names(pd.Series(label, dtype="str")).isin(_REGION_HEADER_WORDS)
    counted = number.notna().sum(axis=1)
    yearish = whole_years(number).sum(axis=1)
    all_years = (counted >= 2) & (yearish == counted)
    return has_text & number_after & ~header_word.to_numpy() & ~all_years.to_numpy()


def _check_no_cells_right_of_header(grid: Grid, header: pd.Series, rows: pd.Index) -> None:
    """Raise TableFormatError when a data row has cells right of the last header cell.

    In a comma-separated file that is nearly always a number with an unquoted decimal comma
    ("12,5"), split into two cells; reading on would shift values silently.
    """
    named = np.flatnonzero(header.to_numpy() != "")
    beyond = grid.text.loc[rows, header.index[named[-1] + 1 :]] != ""
    if beyond.to_numpy().any():
        stray = beyond.stack()
        row, column = stray[stray].index[0]
        raise TableFormatError(
            f'{grid.where}: row {row} has a value ("{grid.text.at[row, column]}") in column '
            f"{int(column) + 1}, right of the last header cell. If a number with a decimal "
            'comma was split in two, quote it ("12,5") or separate the columns with ";"; '
            "otherwise add a header for that column or delete the cell."
        )


def _drop_note_lines(grid: Grid, rows: pd.Index, notes: list[str]) -> pd.Index:
    """Drop footnote lines ("1) Без учёта ...", "Примечание: ...") at the bottom."""
    if not len(rows):
        return rows
    text = grid.text.loc[rows]
    filled = (text != "").sum(axis=1)
    first_cell = text.replace("", np.nan).bfill(axis=1).iloc[:, 0].astype("str")
    is_note = (filled == 1) & first_cell.str.match(_NOTE_LINE)
    # only the unbroken run of note lines at the end of the table
    trailing = is_note[::-1].astype(int).cumprod()[::-1].astype(bool)
    if trailing.any():
        dropped = rows[trailing.to_numpy()]
        notes.append(
            f"Ignored {len(dropped)} footnote line(s) below the table: "
            f"{rows_text(dropped)}."
        )
    return rows[~trailing.to_numpy()]


def _column_names(header: list[str], cells: Grid, notes: list[str]) -> list[str]:
    """Header texts as unique column names; an empty header cell gets a made-up name."""
    textual = cells.textual
    names: list[str] = []
    for position, (name, column) in enumerate(zip(header, textual.columns)):
        if not name:
            taken = "region" in header or "region" in names
            name = "region" if textual[column].any() and not taken else f"column_{position + 1}"
            notes.append(f'Column {position + 1} has no header; it was named "{name}".')
        if name in names:
            counter = 2
            while f"{name}_{counter}" in names or f"{name}_{counter}" in header:
                counter += 1
            notes.append(f'Column "{name}" appears twice; the second is named "{name}_{counter}".')
            name = f"{name}_{counter}"
        names.append(name)
    return names
