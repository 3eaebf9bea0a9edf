"""Read a long table of several years into a panel: one row per year, indicator and region.

The cells are read by :func:`..tables.read_indicator_years` (the same reader as a one-year
table: encodings, missing markers, national rows) and each region label is matched to a
gazetteer unit with :meth:`..regions.Gazetteer.match`, preferring the boundary set in force
in the row's year (:func:`..regions.set_for_year`), so that "KZ-YUZ" is South Kazakhstan in
2017 and Turkistan Region afterwards.  Which boundary set each year's indicator was published
on is decided later (:mod:`.sets`), from the regions it lists.

A region without a value (no row, or a missing marker such as "-") is not in the panel: a
gap stays a gap.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pandas as pd

from .._checks import describe_ids
from ..errors import MatchError
from ..regions import Gazetteer, set_for_year
from ..tables import SOURCE_ROW, IndicatorTable, read_indicator_years

__all__ = ["PANEL_COLUMNS", "Panel", "read_panel"]

#: columns of :attr:`Panel.data`
PANEL_COLUMNS = ("year", "indicator", "region", "unit_id", "value", "source_row")


@dataclass
class Panel:
    """A long table of several years, each region matched to a gazetteer unit.

    Attributes
    ----------
    data : pandas.DataFrame
        One row per year, indicator and region with a value: ``year`` (int), ``indicator``,
        ``region`` (the label as written), ``unit_id`` (gazetteer), ``value`` (float) and
        ``source_row`` (the first row of that region in that year, header counted).
    national : pandas.DataFrame
        The national-total rows (``year``, ``indicator``, ``region``, ``value``,
        ``source_row``), kept apart: a national figure does not depend on the regions' borders.
    source : str
        The file or layer as named by the caller.
    units : dict
        Indicator -> unit, from a unit column.
    notes : list of str
        What the reader did, each note once.
    sources : list of str
        Distinct values of a ``source`` column.
    """

    data: pd.DataFrame
    national: pd.DataFrame
    source: str
    units: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        """The years with at least one regional value, oldest first."""
        return sorted(int(year) for year in self.data["year"].unique())

    @property
    def indicators(self) -> list[str]:
        """The indicators, in order of first appearance."""
        return list(dict.fromkeys(self.data["indicator"]))


def read_panel(
    source: str | os.PathLike | pd.DataFrame,
    *,
    name: str = "table layer",
    sheet: str | int | None = None,
    encoding: str | None = None,
    key_column: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Panel:
    """Read a long table of several years (year, region, indicator, value) into a panel.

    Parameters
    ----------
    source : str, os.PathLike or pandas.DataFrame
        A table file (CSV, XLSX, XLS, ODS) or an attribute table in memory.
    name : str
        How messages name a table given as a frame (a layer's name).
    sheet, encoding, key_column
        As for :func:`..tables.read_indicator_table`.
    gazetteer : Gazetteer, optional
        Defaults to the bundled gazetteer.

    Returns
    -------
    Panel

    Raises
    ------
    TableFormatError
        The table is not long with a year column, or a cell cannot be read.
    MatchError
        A region label names no gazetteer unit, or two labels of one year and indicator name
        the same unit; the message names the rows.
    """
    gazetteer = gazetteer or Gazetteer.load()
    tables = read_indicator_years(
        source, name=name, sheet=sheet, encoding=encoding, key_column=key_column
    )
    where = tables[0].source
    data, national = _matched_rows(tables, gazetteer, where)
    return Panel(
        data=data.dropna(subset=["value"]).reset_index(drop=True),
        national=national.drop(columns="unit_id"),
        source=where,
        units={k: v for table in tables for k, v in table.units.items()},
        notes=list(dict.fromkeys(note for table in tables for note in table.notes)),
        sources=sorted({text for table in tables for text in table.sources}),
    )


def _matched_rows(
    tables: list[IndicatorTable], gazetteer: Gazetteer, where: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The regional rows of every year with their units, and the national rows."""
    frames, national, unmatched = [], [], []
    for table in tables:
        units = _unit_ids(table, gazetteer)
        unmatched += _unmatched(table, units, gazetteer)
        frames.append(_melt(table, table.data, units))
        national.append(_melt(table, table.national, None))
    if unmatched:
        raise MatchError(
            f"{os.path.basename(where) or where}: {len(unmatched)} region label(s) name no "
            f"region of Kazakhstan: {describe_ids(unmatched, 8)}. Correct the names (or use "
            "ISO codes such as KZ-75) and run again."
        )
    data = pd.concat(frames, ignore_index=True)
    _check_repeats(data, where)
    return data, pd.concat(national, ignore_index=True)


def _unit_ids(table: IndicatorTable, gazetteer: Gazetteer) -> pd.Series:
    """The unit of each row of ``table.data`` (None when unmatched), by its best key column."""
    preferred = set_for_year(table.year) if table.year is not None else None
    best: dict[str, str] = {}
    best_column = table.key_columns[0]
    for column in table.key_columns:
        found = {}
        for label in table.data[column].astype(str).unique():
            units = list(dict.fromkeys(m.unit_id for m in gazetteer.match(label, preferred)))
            if len(units) == 1:
                found[label] = units[0]
        if len(found) > len(best):
            best, best_column = found, column
    best = gazetteer.split_city_and_oblast(best, preferred)
    labels = table.data[best_column].astype(str)
    return pd.Series([best.get(label) for label in labels], index=labels.index,
                     dtype=object, name=best_column)


def _unmatched(table: IndicatorTable, units: pd.Series, gazetteer: Gazetteer) -> list[str]:
    """``"Foo" (2021, first in row 12; did you mean Abai Region?)`` per unmatched label."""
    described = []
    preferred = set_for_year(table.year) if table.year is not None else None
    for position in units.index[units.isna()]:
        label = str(table.data.at[position, units.name])
        row = int(table.data.at[position, SOURCE_ROW])
        hints = gazetteer.suggest(label, preferred, limit=1)
        hint = (f"; did you mean {gazetteer.units.at[hints[0].unit_id, 'name_en']}?"
                if hints else "")
        described.append(f'"{label}" ({table.year}, first in row {row}{hint})')
    return described


def _melt(table: IndicatorTable, frame: pd.DataFrame, units: pd.Series | None) -> pd.DataFrame:
    """The wide rows of one year as long rows (``PANEL_COLUMNS``)."""
    key = units.name if units is not None else table.key_columns[0]
    wide = frame[[key, SOURCE_ROW, *table.indicator_columns]].rename(columns={key: "region"})
    wide["unit_id"] = units.to_numpy() if units is not None else None
    long = wide.melt(id_vars=["region", "unit_id", SOURCE_ROW], var_name="indicator",
                     value_name="value")
    long["year"] = int(table.year)
    long["value"] = long["value"].astype("float64")
    if units is None:
        long = long.dropna(subset=["value"])
    return long.rename(columns={SOURCE_ROW: "source_row"})[list(PANEL_COLUMNS)]


def _check_repeats(data: pd.DataFrame, where: str) -> None:
    """Two labels of one year and indicator naming the same unit is an error."""
    valued = data.dropna(subset=["value"])
    repeated = valued[valued.duplicated(["year", "indicator", "unit_id"], keep=False)]
    if repeated.empty:
        return
    first = repeated.iloc[0]
    same = repeated[(repeated[["year", "indicator", "unit_id"]] == first[
        ["year", "indicator", "unit_id"]]).all(axis=1)]
    rows = " and ".join(f'"{r.region}" (row {r.source_row})' for r in same.itertuples())
    raise MatchError(
        f"{os.path.basename(where) or where}: {rows} name the same region ({first.unit_id}) "
        f"for {first.indicator} in {first.year}. Keep one of them."
    )
