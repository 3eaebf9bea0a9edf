"""Pivot a *long* table (one row per region, indicator and year) to wide for one year.

Its single purpose is the long layout (``year,region_ru,indicator,value,unit``): the columns
are recognised by role, the rows of the chosen year kept, exact repeats dropped, conflicting
repeats reported, and the values pivoted to one column per indicator with
:meth:`pandas.DataFrame.pivot`; the units of a unit column are kept per indicator.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import TableFormatError
from .columns import LONG_ROLES, key_frame, normalised_header, resolve_key
from .grid import Body
from .header import rows_text
from .periods import choose_year, parse_period, whole_years


def long_columns(names: list[str]) -> dict[str, list[str]]:
    """Columns by role when ``names`` is a long-layout header, else {}."""
    roles: dict[str, list[str]] = {role: [] for role in LONG_ROLES}
    for name in names:
        normalised = normalised_header(name)
        for role, words in LONG_ROLES.items():
            if normalised in words:
                roles[role].append(name)
                break
    has_key = roles["region"] or roles["code"]
    return roles if roles["indicator"] and roles["value"] and has_key else {}


def pivot_long(
    body: Body,
    roles: dict[str, list[str]],
    year: int | None,
    key_column: str | None,
    indicator_columns: list[str] | None,
    notes: list[str],
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, int | None, dict[str, str]]:
    """Pivot a long table (region, indicator, year, value) to wide for one year."""
    keys = _long_keys(body, roles, key_column)
    indicator_col, value_col = roles["indicator"][0], roles["value"][0]
    _check_filled(body, [*keys, indicator_col])
    used = set(keys) | {indicator_col, value_col}
    used |= {name for role in ("year", "unit") for name in roles[role][:1]}
    ignored = [name for name in body.names if name not in used]
    if ignored:
        notes.append(f"Long table: columns ignored: {', '.join(ignored)}.")

    frame = _long_frame(body, keys, indicator_col, roles["unit"][0] if roles["unit"] else None)
    frame, chosen = _take_year(body, frame, roles["year"][0] if roles["year"] else None, year,
                               notes)
    frame["value"] = body.numbers(value_col, frame.index)
    frame = _drop_repeated_rows(frame, keys, body.where, chosen, notes)
    frame = frame.assign(region_id=frame.groupby(keys, sort=False).ngroup().to_numpy())
    first = frame.drop_duplicates("region_id").set_index("region_id")
    wide = _pivot(frame, first.index, indicator_columns, body.where, chosen)
    units = _units(frame[frame["indicator"].isin(wide.columns)], notes)
    return first[keys], wide, first["row"], chosen, units


def long_years(body: Body) -> list[int]:
    """Whole years of a long table's year column, oldest first ([] without a year column)."""
    roles = long_columns(body.names)
    if not roles or not roles["year"]:
        return []
    years = _year_column(body, roles["year"][0], [])
    return sorted({int(value) for value in years.dropna().unique()})


def _long_keys(body: Body, roles: dict[str, list[str]], key_column: str | None) -> list[str]:
    """The key column asked for, else every region and code column."""
    if key_column is not None:
        return [resolve_key(body, key_column)]
    return [name for name in body.names if name in roles["region"] + roles["code"]]


def _check_filled(body: Body, names: list[str]) -> None:
    """Every key and indicator cell must hold something."""
    for name in names:
        blank = body.cells.text[name] == ""
        if blank.any():
            raise TableFormatError(
                f'{body.where}: row {blank.idxmax()} has nothing in column "{name}"; fill it '
                "in or delete the row."
            )


def _long_frame(
    body: Body, keys: list[str], indicator_col: str, unit_col: str | None
) -> pd.DataFrame:
    """Keys, indicator name, source row and unit of every row (values come later)."""
    text = body.cells.text
    frame = key_frame(body, keys)
    frame["indicator"] = text[indicator_col].str.split().str.join(" ")
    frame["row"] = text.index
    frame["unit"] = text[unit_col].str.split().str.join(" ") if unit_col else ""
    return frame


def _take_year(
    body: Body, frame: pd.DataFrame, year_col: str | None, year: int | None, notes: list[str]
) -> tuple[pd.DataFrame, int | None]:
    """The rows of the chosen year (``year``, or the only one) and that year."""
    if year_col is None:
        if year is not None:
            notes.append(f"YEAR={year} was ignored: the long table has no year column.")
        return frame, None
    years = _year_column(body, year_col, notes)
    available = sorted({int(value) for value in years.dropna().unique()})
    chosen = choose_year(available, year, body.where)
    if year is None:
        notes.append(f"Long table: the only year, {chosen}, was taken.")
    else:
        notes.append(
            f"Long table: took year {chosen} (years in the table: "
            f"{', '.join(map(str, available))})."
        )
    other_years = set(frame.loc[years.ne(chosen).to_numpy(), "indicator"])
    frame = frame[years.eq(chosen).to_numpy()]
    absent = sorted(other_years - set(frame["indicator"]))
    if absent:
        notes.append(f"Indicators with no {chosen} values were left out: {', '.join(absent)}.")
    return frame, chosen


def _pivot(
    frame: pd.DataFrame,
    regions: pd.Index,
    indicator_columns: list[str] | None,
    where: str,
    chosen: int | None,
) -> pd.DataFrame:
    """One row per region, one column per indicator (those asked for, in their order)."""
    indicators = list(frame["indicator"].unique())
    wide = frame.pivot(index="region_id", columns="indicator", values="value")
    wide = wide.reindex(index=regions, columns=indicators).astype("float64")
    if indicator_columns is not None:
        missing = [name for name in indicator_columns if name not in indicators]
        if missing:
            raise TableFormatError(
                f"{where}: no indicator {', '.join(map(repr, missing))} in the table"
                f"{f' for {chosen}' if chosen else ''}; its indicators are "
                f"{', '.join(indicators)}."
            )
        wide = wide[list(indicator_columns)]
    wide.columns.name = None
    return wide


def _year_column(body: Body, name: str, notes: list[str]) -> pd.Series:
    """Year of each row of a long table; NaN for sub-annual periods (with a note)."""
    number, text = body.cells.number[name], body.cells.text[name]
    whole = whole_years(number)
    lookup = {value: parse_period(value) for value in text.unique()}
    annual = text.map({v: p.year if p and p.annual else np.nan for v, p in lookup.items()})
    is_period = text.map({v: p is not None for v, p in lookup.items()}).astype(bool)
    years = number.where(whole, annual.astype("float64"))
    partial = years.isna() & is_period
    bad = years.isna() & ~partial
    if bad.any():
        row = bad.idxmax()
        raise TableFormatError(
            f'{body.where}: column "{name}", row {row}: "{text[row]}" is not a year; write '
            "the year as a number such as 2018."
        )
    if partial.any():
        notes.append(
            f"Long table: {int(partial.sum())} row(s) for quarters or months were ignored; "
            "only annual values are used."
        )
    return years


def _drop_repeated_rows(
    frame: pd.DataFrame, keys: list[str], where: str, year: int | None, notes: list[str]
) -> pd.DataFrame:
    """Drop exact repeats; two different values for one region and indicator is an error."""
    subset = [*keys, "indicator"]
    repeated = frame.duplicated([*subset, "value"])
    if repeated.any():
        notes.append(
            f"Long table: {int(repeated.sum())} repeated row(s) with the same value were "
            f"dropped ({rows_text(frame.loc[repeated, 'row'])})."
        )
        frame = frame[~repeated]
    clash = frame[frame.duplicated(subset, keep=False)]
    if not clash.empty:
        first = clash.iloc[0]
        second = clash[(clash[subset] == first[subset]).all(axis=1)].iloc[1]
        region = " / ".join(str(first[key]) for key in keys)
        in_year = f", year {year}" if year is not None else ""
        raise TableFormatError(
            f'{where}: rows {first["row"]} and {second["row"]} give different values for '
            f'region "{region}", indicator "{first["indicator"]}"{in_year} '
            f'({first["value"]:g} and {second["value"]:g}). Keep one of them.'
        )
    return frame


def _units(frame: pd.DataFrame, notes: list[str]) -> dict[str, str]:
    """Unit of each indicator: its first non-empty unit cell."""
    stated = frame[frame["unit"] != ""].groupby("indicator", sort=False)["unit"]
    units = stated.first().to_dict()
    for indicator, count in stated.nunique().items():
        if count > 1:
            notes.append(
                f'Indicator "{indicator}" has several units; "{units[indicator]}" was kept.'
            )
    return {str(k): str(v) for k, v in units.items()}
