"""Read a region x activity table into a matrix: the input of the specialisation measures.

A region x activity table holds one quantity (employment, value added, enterprises, R&D
expenditure ...) by region and by economic activity (OKED sections A-U, by letter or by name
in Kazakh, Russian or English) or by any other category (fields of science).  It comes

* *wide*: one row per region, one column per activity (a BNS sheet with title lines and a
  multi-row header is read as it is published);
* *long*: one row per region and activity, with a value column;
* *one sheet per activity*: a BNS bulletin whose sheets "6" to "11" give internal R&D
  expenditure by region within each field of science (:func:`read_activity_sheets`).

The cells are read by :mod:`..tables` (CSV, XLSX, XLSM, legacy XLS, ODS; sheets by name or
number).  The national total row ("Қазақстан Республикасы", "Республика Казахстан",
"Kazakhstan") is recognised and kept apart.

Conventional signs of the Bureau of National Statistics (sheet "Шартты белгілер" of its
bulletins): "-" no phenomenon, "0,0" a negligible value, "х" (or "x") confidential,
"..." no data.  Confidential and unavailable cells are always missing (NaN), never zero.
For "-" the reader makes an explicit choice, ``dash``: ``"zero"`` (the default, the
bulletin's own legend: the phenomenon does not occur) or ``"missing"`` (the reading of the
indicator tables, :data:`..tables.MISSING_MARKERS`, which this module leaves unchanged).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..choices import DASH
from ..errors import MatchError, ParameterError, TableFormatError
from ..tables.decoding import CSV_EXTENSIONS, check_path, read_csv_grid
from ..tables.grid import Grid
from ..tables.labels import clean_label, is_national_label
from ..tables.workbook import read_excel_grid
from .activities import oked_section

#: the texts of the sign "-" (hyphen, en and em dash, minus)
DASHES = frozenset({"-", "\u2013", "\u2014", "\u2212"})
#: the choices for "-"
DASH_CHOICES = DASH.values
#: headers of a region total column (all activities together), compared case-folded
TOTAL_HEADERS = frozenset({"total", "всего", "итого", "барлығы", "барлыгы", "жиыны", "all"})


@dataclass
class ActivityTable:
    """A region x activity matrix, as read.

    Attributes
    ----------
    values : pandas.DataFrame
        Index: region labels as in the table (cleaned); columns: activities; float64, NaN =
        missing (confidential "x", "...", blank, and "-" when ``dash="missing"``).
    national : pandas.Series or None
        The national total per activity (the total row), or None when the table has none.
    region_totals : pandas.Series or None
        Each region's total over all activities, from a total column, or None.
    sections : dict
        Activity -> OKED section letter, for the activities recognised as sections.
    unit_ids : pandas.Series or None
        Region label -> gazetteer unit id, set by :func:`match_regions`.
    boundary_set : str or None
        The boundary set the regions were matched on.
    rows : pandas.Series
        Region label -> 1-based row of the file or sheet (for messages).
    source : str
    notes : list of str
    summed : dict
        Region label -> the labels summed into it (:mod:`.boundaries`); empty as read.
    """

    values: pd.DataFrame
    national: pd.Series | None
    region_totals: pd.Series | None = None
    sections: dict[str, str] = field(default_factory=dict)
    unit_ids: pd.Series | None = None
    boundary_set: str | None = None
    rows: pd.Series | None = None
    source: str = ""
    notes: list[str] = field(default_factory=list)
    #: region label -> the labels summed into it, when summed to another boundary set
    summed: dict[str, list[str]] = field(default_factory=dict)


def read_activity_table(
    path,
    *,
    sheet: str | int | None = None,
    layout: str = "wide",
    region_column: str | None = None,
    activity_column: str | None = None,
    value_column: str | None = None,
    activity_columns: list[str] | None = None,
    total_column: str | None = None,
    dash: str = "zero",
    encoding: str | None = None,
) -> ActivityTable:
    """Read a region x activity table from CSV, XLSX, XLSM, XLS or ODS.

    Parameters
    ----------
    path : str or os.PathLike
    sheet : str or int, optional
        Workbook sheet (a name first, then a 0-based number); the first by default.
    layout : {"wide", "long"}
        ``"wide"``: one row per region, one column per activity; title lines, a multi-row
        header and footnotes are skipped, and each column is named by the lowest header text
        above the data.  ``"long"``: a header row, then one row per region and activity.
    region_column, activity_column, value_column : str, optional
        Long layout: the columns of region, activity and value (by default the first text
        column is the region, the second the activity, the last numeric one the value).
        Wide layout: ``region_column`` names the region column (default: the first column
        holding labels).
    activity_columns : list of str, optional
        Wide layout: the activity columns to keep (default: every numeric column but a
        total column).
    total_column : str, optional
        Wide layout: the column of each region's total over all activities (default: a
        column headed "total", "всего", "барлығы" ... when there is one).  The activities
        are checked to sum to it.
    dash : {"zero", "missing"}
        How "-" is read: ``"zero"`` (no phenomenon, the BNS legend) or ``"missing"``.
    encoding : str, optional
        Text encoding of a CSV; detected when None.

    Returns
    -------
    ActivityTable

    Raises
    ------
    ParameterError, InputFileError, TableFormatError
        Bad arguments; a missing, unreadable or empty file or sheet; a table whose regions,
        activities or numbers cannot be found, with negative values, or whose activities do
        not sum to the total column.
    """
    _check_dash(dash)
    if layout not in ("wide", "long"):
        raise ParameterError(f'LAYOUT must be "wide" or "long", not {layout!r}.')
    grid, where, notes = _read_grid(path, sheet, encoding)
    if layout == "long":
        table = _long_table(grid, where, region_column, activity_column, value_column, dash)
    else:
        table = _wide_table(grid, where, region_column, activity_columns, total_column, dash)
    table.source = str(path)
    table.notes = notes + table.notes
    check_activity_table(table, where)
    return table


def _sheet_column(numeric: list, column: str | int, where: str):
    """The numeric column ``column`` names (a header text or a 0-based position), or raise."""
    if isinstance(column, str):
        if column not in numeric:
            raise TableFormatError(
                f'{where}: there is no column "{column}"; the numeric columns are '
                f"{', '.join(repr(name) for name in numeric)}.")
        return column
    if not 0 <= int(column) < len(numeric):
        raise TableFormatError(
            f"{where}: there is no numeric column number {column} (0-based); the "
            f"sheet has {len(numeric)}.")
    return numeric[int(column)]


def read_activity_sheets(
    path,
    sheets: Mapping[str, str | int],
    *,
    column: str | int = 0,
    dash: str = "zero",
    absent: str = "zero",
    total_sheet: str | int | None = None,
) -> ActivityTable:
    """Read one activity per sheet: the layout of BNS bulletins by field of science.

    Parameters
    ----------
    path : str or os.PathLike
        A workbook (XLS, XLSX, XLSM or ODS).
    sheets : mapping
        Activity name -> sheet (name or 0-based number), e.g. ``{"natural sciences": "6",
        "engineering and technology": "7", ...}``.
    column : str or int, default 0
        The column of each sheet that holds the activity's value: a header text, or the
        0-based position among the numeric columns (0: the first, in BNS sheets the total).
    dash : {"zero", "missing"}
        How "-" is read (see the module notes).
    absent : {"zero", "missing"}
        How a region that has no row in a sheet is read.  BNS bulletins list only the
        regions where the phenomenon occurs (the listed rows of sheet "8" of the 2022 R&D
        bulletin add up exactly to its national total), so ``"zero"`` is the default.
    total_sheet : str or int, optional
        A sheet with each region's total over all activities, read in the same ``column``
        (sheet "1" of the 2022 R&D bulletin: internal R&D expenditure by region).  With a
        confidential ("x") cell a region's total is not the sum of its known cells; the
        total sheet gives its true size, so its shares and location quotients stay right.

    Returns
    -------
    ActivityTable
        Every region that appears in any sheet, in order of first appearance.
    """
    _check_dash(dash)
    if absent not in ("zero", "missing"):
        raise ParameterError(f'ABSENT must be "zero" or "missing", not {absent!r}.')
    if not sheets:
        raise ParameterError("Name at least one sheet: activity -> sheet.")
    columns, nationals, rows, notes = {}, {}, {}, []
    for activity, sheet in sheets.items():
        grid, where, sheet_notes = _read_grid(path, sheet, None)
        part = _wide_table(grid, where, None, None, None, dash)
        chosen = _sheet_column(list(part.values.columns), column, where)
        notes.append(f'{activity}: column "{chosen}" of {where}.')
        columns[activity] = part.values[chosen]
        nationals[activity] = None if part.national is None else part.national[chosen]
        rows.update(part.rows.to_dict())
        _check_non_negative(part.values[[chosen]], part.national, where)
    values = pd.DataFrame(columns).astype("float64")
    order = list(dict.fromkeys(label for part in columns.values() for label in part.index))
    values = values.reindex(order)
    for activity in columns:
        regions = [r for r in order if r not in columns[activity].index]
        if regions:
            if absent == "zero":
                values.loc[regions, activity] = 0.0
            notes.append(f"{activity}: no row for {', '.join(regions)} (read as "
                         f"{'zero' if absent == 'zero' else 'missing'}).")
    national = None
    if all(value is not None for value in nationals.values()):
        national = pd.Series(nationals, dtype="float64")
    totals = None if total_sheet is None else _total_column(path, total_sheet, column, dash,
                                                             order, notes)
    table = ActivityTable(
        values=values, national=national, region_totals=totals,
        sections=_sections(values.columns), rows=pd.Series(rows).reindex(order),
        source=str(path), notes=notes)
    check_activity_table(table, str(path))
    return table


def _total_column(path, sheet, column, dash: str, order: list[str],
                  notes: list[str]) -> pd.Series:
    """Each region's total from the column ``column`` of ``sheet``, in the table's order."""
    grid, where, _ = _read_grid(path, sheet, None)
    part = _wide_table(grid, where, None, None, None, dash)
    chosen = _sheet_column(list(part.values.columns), column, where)
    totals = part.values[chosen]
    missing = [label for label in order if label not in totals.index]
    if missing:
        raise TableFormatError(
            f"{where}: the sheet of totals has no row for {', '.join(missing)}; choose the "
            "sheet that lists every region's total, or leave the total sheet empty.")
    notes.append(f'Region totals: column "{chosen}" of {where}.')
    return totals.reindex(order).astype("float64")


def activity_table_from_frame(
    frame: pd.DataFrame, *, national: Mapping[str, float] | pd.Series | None = None,
    region_totals: Mapping[str, float] | pd.Series | None = None, name: str = "table",
) -> ActivityTable:
    """An :class:`ActivityTable` from a numeric frame indexed by region, one column per activity.

    A row recognised as the national total is moved to ``national`` (unless ``national`` is
    given).
    """
    values = frame.astype("float64").copy()
    values.index = [" ".join(str(label).split()) for label in values.index]
    flags = np.array([is_national_label(label) for label in values.index], dtype=bool)
    if flags.any() and national is None:
        national = values.loc[flags].iloc[0]
    values = values.loc[~flags]
    table = ActivityTable(
        values=values,
        national=None if national is None else pd.Series(national, dtype="float64"),
        region_totals=None if region_totals is None else pd.Series(region_totals,
                                                                    dtype="float64"),
        sections=_sections(values.columns),
        rows=pd.Series(range(2, len(values) + 2), index=values.index),
        source=name,
    )
    check_activity_table(table, name)
    return table


def check_activity_table(table: ActivityTable, where: str, *, tolerance: float = 0.001) -> None:
    """Raise TableFormatError for negative values or totals the activities do not sum to.

    Parameters
    ----------
    table : ActivityTable
    where : str
        How messages name the table.
    tolerance : float, default 0.001
        Relative tolerance of the sums (published figures are rounded).
    """
    values = table.values
    if values.empty or values.shape[1] == 0:
        raise TableFormatError(f"{where}: the table has no region rows or no activity columns.")
    duplicated = values.index[values.index.duplicated()]
    if len(duplicated):
        raise TableFormatError(
            f'{where}: region "{duplicated[0]}" appears twice; keep one row per region.')
    _check_non_negative(values, table.national, where)
    if table.region_totals is not None:
        totals = table.region_totals.reindex(values.index)
        sums, off = _sums_off(values, totals, axis=1, tolerance=tolerance)
        if off.any():
            region = off.idxmax()
            raise TableFormatError(
                f'{where}: the activities of "{region}" sum to {sums[region]:,.6g}, but its '
                f"total is {totals[region]:,.6g}. Give every activity of the region (the "
                "activities must add up to the total), or leave the total column out.")
    if table.national is not None:
        national = table.national.reindex(values.columns)
        sums, off = _sums_off(values, national, axis=0, tolerance=tolerance)
        if off.any():
            activity = off.idxmax()
            raise TableFormatError(
                f'{where}: the regions sum to {sums[activity]:,.6g} in "{activity}", but the '
                f"national total row says {national[activity]:,.6g}. Check that every region "
                "is listed once and the total row belongs to the same table.")


def _sums_off(values: pd.DataFrame, totals: pd.Series, *, axis: int, tolerance: float):
    """Sums of ``values`` along ``axis`` and where they disagree with ``totals``: above a
    total anywhere, or off it by more than ``tolerance`` where every part and the total are
    known."""
    sums = values.sum(axis=axis, min_count=1)
    complete = values.notna().all(axis=axis) & totals.notna()
    over = sums > totals * (1 + tolerance) + 1e-9
    off = (complete & ((sums - totals).abs() > tolerance * totals.abs() + 1e-9)) | over
    return sums, off


def match_regions(table: ActivityTable, boundary_set: str, gazetteer=None) -> ActivityTable:
    """Match the region labels on the gazetteer's ``boundary_set``; set ``unit_ids``.

    BNS bulletins in Kazakh name the oblast "Алматы" and the city "Алматы қаласы"; when a
    bare name and a city name reach the same unit, the bare one is the oblast of that name.

    Parameters
    ----------
    table : ActivityTable
    boundary_set : str
        ``"2017"``, ``"2018"`` or ``"2022"``.
    gazetteer : Gazetteer, optional
        By default the bundled one.

    Raises
    ------
    MatchError
        A region that the gazetteer does not know, two rows for one unit, or regions of
        another boundary set (for example the 17 regions of 2018 against the set of 2022).
    """
    from ..regions import Gazetteer

    gazetteer = gazetteer or Gazetteer.load()
    wanted = set(gazetteer.units_in_set(boundary_set))
    ids: dict[str, str] = {}
    unknown = []
    for label in table.values.index:
        found = gazetteer.match(label, boundary_set)
        if not found:
            unknown.append(label)
        else:
            ids[label] = found[0].unit_id
    if unknown:
        raise MatchError(
            f"{table.source}: region(s) not recognised: {', '.join(unknown)}. Write them as "
            "the statistics office does (Kazakh, Russian or English names, or ISO codes).")
    ids = gazetteer.split_city_and_oblast(ids, boundary_set)
    outside = [label for label, unit in ids.items() if unit not in wanted]
    if outside:
        sets = gazetteer.sets_containing(list(ids.values()))
        belongs = f" They form the boundary set of {', '.join(sets)}." if sets else ""
        raise MatchError(
            f"{table.source}: the table's regions are not the {boundary_set} boundary set: "
            f"{', '.join(outside)} did not exist in it.{belongs} Choose the boundary set of "
            "the table's year, or a table of the same year as the boundaries.")
    counts = pd.Series(list(ids.values())).value_counts()
    if (counts > 1).any():
        unit = counts.index[0]
        labels = [label for label, u in ids.items() if u == unit]
        raise MatchError(
            f"{table.source}: rows {', '.join(labels)} are all the region {unit}; keep one.")
    missing = sorted(wanted - set(ids.values()))
    if missing:
        table.notes.append(f"Regions of the {boundary_set} set without a row: "
                           f"{', '.join(missing)}.")
    table.unit_ids = pd.Series(ids)
    table.boundary_set = boundary_set
    return table


# ---------------------------------------------------------------------------- internals


def _check_dash(dash: str) -> None:
    if dash not in DASH_CHOICES:
        raise ParameterError(
            f'DASH must be "zero" ("-" means the phenomenon does not occur, as the BNS legend '
            f'says) or "missing", not {dash!r}.')


def _read_grid(path, sheet, encoding) -> tuple[Grid, str, list[str]]:
    file = check_path(path, "region x activity table")
    notes: list[str] = []
    if file.suffix.lower() in CSV_EXTENSIONS:
        grid = read_csv_grid(file, encoding, notes)
    else:
        grid = read_excel_grid(file, sheet, notes)
    return grid, grid.where, notes


def _values(grid: Grid, rows, columns, dash: str) -> pd.DataFrame:
    """Numbers of ``rows`` x ``columns``; "-" as zero when ``dash == "zero"``."""
    numbers = grid.number.loc[rows, columns].astype("float64")
    if dash == "zero":
        is_dash = grid.text.loc[rows, columns].isin(DASHES)
        numbers = numbers.mask(is_dash, 0.0)
    return numbers


def _label_column(grid: Grid, region_column, where: str, header: pd.Series | None):
    text = grid.text
    if region_column is not None:
        if header is not None:
            hits = [col for col in text.columns if header[col] == region_column]
            if hits:
                return hits[0]
        raise TableFormatError(f'{where}: there is no column "{region_column}".')
    textual = grid.textual.sum(axis=0)
    if textual.max() == 0:
        raise TableFormatError(
            f"{where}: no column holds region names. Put the region names in the first "
            "column.")
    return textual.idxmax() if textual.iloc[0] < textual.max() / 2 else text.columns[0]


def _wide_table(grid: Grid, where, region_column, activity_columns, total_column, dash):
    text, textual = grid.text, grid.textual
    label = _label_column(grid, region_column, where, None if region_column is None
                          else _single_header(grid))
    others = [col for col in text.columns if col != label]
    # a data row: a label, then value cells that are all numbers or signs ("x", "-", "..."),
    # at least one of them filled in
    has_label = textual[label]
    filled = (text[others] != "").any(axis=1) | grid.number[others].notna().any(axis=1)
    text_in_values = textual[others].any(axis=1)
    data = has_label & filled & ~text_in_values
    if not data.any():
        raise TableFormatError(
            f"{where}: no row holds a region name followed by numbers. Check the sheet: one "
            "row per region, one column per activity.")
    first = data.idxmax()
    rows = data.index[data]
    filled = grid.number.loc[rows, others].notna() | (text.loc[rows, others] != "")
    used = [col for col in others if filled[col].any()]
    names = {}
    above = text.loc[text.index < first]
    for col in used:
        heads = [cell for cell in above[col] if cell]
        names[col] = " ".join(heads[-1].split()) if heads else f"column {col + 1}"
    names = _unique(names)
    values = _values(grid, rows, used, dash)
    values.columns = [names[col] for col in used]
    labels = [clean_label(text.at[row, label]) for row in rows]
    values.index = labels
    row_of = pd.Series(list(rows), index=labels)
    total = None
    wanted_total = total_column
    if wanted_total is None:
        found = [n for n in values.columns if n.casefold().strip(" :") in TOTAL_HEADERS]
        wanted_total = found[0] if found else None
    elif wanted_total not in values.columns:
        raise TableFormatError(f'{where}: there is no total column "{total_column}".')
    if wanted_total is not None:
        total = values.pop(wanted_total)
    if activity_columns is not None:
        missing = [name for name in activity_columns if name not in values.columns]
        if missing:
            raise TableFormatError(
                f"{where}: no activity column {', '.join(repr(m) for m in missing)}; the "
                f"columns are {', '.join(repr(c) for c in values.columns)}.")
        values = values[list(activity_columns)]
    return _split_national(values, total, row_of, where)


def _single_header(grid: Grid) -> pd.Series:
    return grid.text.iloc[0]


def _long_table(grid, where, region_column, activity_column, value_column, dash):
    text = grid.text
    header = text.iloc[0]
    body = text.index[1:][(text.iloc[1:] != "").any(axis=1).to_numpy()]
    names = {col: header[col] for col in text.columns}

    def find(name, role):
        hits = [col for col, head in names.items() if head == name]
        if not hits:
            raise TableFormatError(
                f'{where}: there is no {role} column "{name}"; the header has '
                f"{', '.join(repr(h) for h in names.values())}.")
        return hits[0]

    textual = grid.textual.loc[body]
    text_columns = [col for col in text.columns if textual[col].any()]
    region = find(region_column, "region") if region_column else (
        text_columns[0] if text_columns else None)
    activity = find(activity_column, "activity") if activity_column else (
        text_columns[1] if len(text_columns) > 1 else None)
    numeric = [col for col in text.columns if col not in text_columns]
    value = find(value_column, "value") if value_column else (numeric[-1] if numeric else None)
    if region is None or activity is None or value is None:
        raise TableFormatError(
            f"{where}: a long table needs a region column, an activity column and a value "
            "column (one row per region and activity); set them by name.")
    frame = pd.DataFrame({
        "region": [clean_label(t) for t in text.loc[body, region]],
        "activity": [" ".join(t.split()) for t in text.loc[body, activity]],
        "value": _values(grid, body, [value], dash)[value].to_numpy(),
        "row": list(body),
    })
    repeated = frame.duplicated(["region", "activity"])
    if repeated.any():
        first = frame.loc[repeated].iloc[0]
        raise TableFormatError(
            f'{where}: row {first["row"]}: "{first["region"]}" / "{first["activity"]}" appears '
            "twice; keep one value per region and activity.")
    values = frame.pivot(index="region", columns="activity", values="value")
    order_r = list(dict.fromkeys(frame["region"]))
    order_a = list(dict.fromkeys(frame["activity"]))
    values = values.reindex(index=order_r, columns=order_a)
    values.columns.name = None
    values.index.name = None
    row_of = frame.groupby("region", sort=False)["row"].first()
    total = None
    total_names = [a for a in order_a if a.casefold() in TOTAL_HEADERS]
    if total_names:
        total = values.pop(total_names[0])
    return _split_national(values, total, row_of, where)


def _split_national(values, total, row_of, where) -> ActivityTable:
    flags = np.array([is_national_label(label) for label in values.index], dtype=bool)
    notes = []
    national = None
    if flags.any():
        national = values.loc[flags].iloc[0].astype("float64")
        notes.append(f'National total row: "{values.index[flags][0]}".')
    region_totals = None if total is None else total.loc[~flags].astype("float64")
    values = values.loc[~flags].astype("float64")
    if values.empty:
        raise TableFormatError(f"{where}: the table has only the national total, no regions.")
    return ActivityTable(values=values, national=national, region_totals=region_totals,
                         sections=_sections(values.columns), rows=row_of.loc[values.index],
                         notes=notes)


def _check_non_negative(values: pd.DataFrame, national, where: str) -> None:
    negative = values < 0
    if negative.any().any():
        region = negative.any(axis=1).idxmax()
        activity = negative.loc[region].idxmax()
        raise TableFormatError(
            f'{where}: "{region}" has a negative value in "{activity}" '
            f"({values.at[region, activity]:,.6g}). Specialisation measures need counts or "
            "amounts (employment, value added, expenditure): correct the value or mark it "
            'missing with "...".')
    if national is not None and (pd.Series(national) < 0).any():
        raise TableFormatError(f"{where}: the national total row has a negative value.")


def _sections(columns) -> dict[str, str]:
    found = {name: oked_section(name) for name in columns}
    return {name: letter for name, letter in found.items() if letter}


def _unique(names: dict) -> dict:
    seen: dict[str, int] = {}
    out = {}
    for col, name in names.items():
        seen[name] = seen.get(name, 0) + 1
        out[col] = name if seen[name] == 1 else f"{name} ({seen[name]})"
    return out


__all__ = [
    "DASHES",
    "ActivityTable",
    "activity_table_from_frame",
    "check_activity_table",
    "match_regions",
    "read_activity_sheets",
    "read_activity_table",
]
