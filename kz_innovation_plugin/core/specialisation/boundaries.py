"""A region x activity table on a newer boundary set, summed to the layer's older set.

Quantities by region and activity (employment, expenditure, enterprises) add up: the 2022
units Abai and East Kazakhstan together are the 2018 East Kazakhstan Region, so a 2022 table
summed by the gazetteer's parents (:meth:`..regions.Gazetteer.parent_in`) is the 2018 table.
A missing cell of any part leaves the sum missing (an unknown part is not zero).  A split the
other way (2017's South Kazakhstan into Turkistan and Shymkent) cannot be undone from the
table and is refused.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from ..errors import MatchError, ParameterError
from .reading import ActivityTable, match_regions


def _table_units(table: ActivityTable, gazetteer) -> set[str] | None:
    """The gazetteer units of the table's regions, or None when some region is not one."""
    ids = {}
    for label in table.values.index:
        found = gazetteer.match(label)
        if not found:
            return None
        ids[label] = found[0].unit_id
    return set(gazetteer.split_city_and_oblast(ids).values())


def _closest_set(units: set[str] | None, gazetteer) -> str | None:
    """The closest set holding ``units``; None for no units or no such set."""
    fits = gazetteer.closest_sets(units) if units is not None else []
    return fits[0].boundary_set if fits else None


def table_boundary_set(table: ActivityTable, gazetteer) -> str | None:
    """The boundary set of the table's regions: the closest set holding them all
    (:meth:`..regions.Gazetteer.closest_sets`: the 17 units of 2018 are the 2018 set, not
    the 2022 set lacking three regions), or None when some region is not one of the
    gazetteer's units or no set holds them all."""
    return _closest_set(_table_units(table, gazetteer), gazetteer)


def _source_set(table: ActivityTable, target: str, gazetteer) -> str | None:
    """The set to sum the table from, or None when there is nothing to sum: its regions are
    not all units of one set, or they are all units of ``target`` (a 2018 table fits the
    2022 set too, since its units all still exist: summing cannot bring it closer)."""
    units = _table_units(table, gazetteer)
    if units is None or target in gazetteer.sets_containing(units):
        return None
    return _closest_set(units, gazetteer)


def _absent_parts(present: set[str], source: str, target: str,
                  gazetteer) -> dict[str, list[str]]:
    """Units of ``target`` summed from ``source`` units of which some have a row and some
    do not: parent -> the parts without a row (the sum would be too small)."""
    absent: dict[str, list[str]] = {}
    for unit in gazetteer.units_in_set(source):
        if unit in present:
            continue
        try:
            absent.setdefault(gazetteer.parent_in(unit, target), []).append(unit)
        except ParameterError:  # split among several units: no single parent to spoil
            continue
    summed = {gazetteer.parent_in(unit, target) for unit in present}
    return {parent: parts for parent, parts in absent.items() if parent in summed}


def _sum_parts(frame: pd.DataFrame | pd.Series, parents: pd.Series):
    """Sums by parent; a parent with a missing part is missing."""
    sums = frame.groupby(parents, sort=False).sum(min_count=1)
    unknown = frame.isna().groupby(parents, sort=False).any()
    return sums.mask(unknown)


def aggregate_to_set(table: ActivityTable, target: str,
                     gazetteer=None) -> ActivityTable:
    """The table summed to the boundary set ``target`` when its regions are a newer set.

    Parameters
    ----------
    table : ActivityTable
        As read; it is not modified.
    target : str
        The layer's boundary set (``"2017"``, ``"2018"`` or ``"2022"``).
    gazetteer : Gazetteer, optional
        By default the bundled one.

    Returns
    -------
    ActivityTable
        ``table`` itself when it is already on ``target`` or not on a known set; else a new
        table indexed by the Russian names of ``target``'s units, with a note naming every
        sum.

    Raises
    ------
    MatchError
        A unit of the table is split among several units of ``target``.
    """
    from ..regions import Gazetteer

    gazetteer = gazetteer or Gazetteer.load()
    source = _source_set(table, target, gazetteer)
    if source is None:
        return table
    matched = match_regions(replace(table, notes=list(table.notes)), source, gazetteer)
    try:
        parent_units = matched.unit_ids.map(lambda unit: gazetteer.parent_in(unit, target))
    except ParameterError as error:
        raise MatchError(
            f"{table.source}: the table's regions are the {source} boundary set and cannot be "
            f"summed to the layer's {target} set ({error}) Give regions of the {source} set "
            "(kzinnovation:bundledregions).") from error
    names = gazetteer.units["name_ru"]
    parents = parent_units.reindex(table.values.index).map(names)
    absent = _absent_parts(set(matched.unit_ids), source, target, gazetteer)
    values = _sum_parts(table.values, parents)
    totals = None if table.region_totals is None else _sum_parts(table.region_totals, parents)
    unknown = [names[parent] for parent in absent]
    values.loc[values.index.isin(unknown)] = np.nan
    if totals is not None:
        totals.loc[totals.index.isin(unknown)] = np.nan
    summed = {parent: list(group.index)
              for parent, group in parents.groupby(parents, sort=False) if len(group) > 1}
    merged = [f"{' + '.join(children)} -> {parent}" for parent, children in summed.items()]
    note = (f"The table's regions are the {source} boundary set; they were summed to the "
            f"layer's {target} set: {'; '.join(merged)}.")
    if absent:
        lacking = "; ".join(f"{names[parent]} (no row for {', '.join(names[c] for c in kids)})"
                            for parent, kids in absent.items())
        note += f" Left unknown, since a part has no row in the table: {lacking}."
    rows = table.rows.groupby(parents, sort=False).min() if table.rows is not None else None
    return replace(table, values=values, region_totals=totals, rows=rows, unit_ids=None,
                   boundary_set=target, notes=[*table.notes, note], summed=summed)
