"""Boundary sets of a panel: which set each year's indicator is on, and the reform crosswalk.

Kazakhstan's statistics were published on three boundary sets (:mod:`..regions`): 2017
(South Kazakhstan Region), 2018 (Turkistan Region and the city of Shymkent instead) and 2022
(Abai, Jetisu and Ulytau Regions split off East Kazakhstan, Almaty and Karaganda Regions).
A unit id of the gazetteer can stand for two territories: ``east_kazakhstan`` of the 2018
set includes Abai Region, that of the 2022 set does not.  So the set of each year and
indicator is recognised from the regions it lists, and the crosswalk between two sets is
derived from the gazetteer's parents (:meth:`..regions.Gazetteer.parent_in`).

Recognition
-----------
The candidate sets are those holding every region of the group, ranked by how many of
their units the group lacks (:meth:`..regions.Gazetteer.closest_sets`); none is an error
that names the rows.  Of several, the closest is taken (a table of the 17 units of 2018 is
on the 2018 set, not on the 2022 set with three regions missing), except that the set in
force in the group's year (:func:`..regions.set_for_year`) is taken when it is a candidate
and either the group lists fewer than half the units of the closest set (too few regions to
tell) or its regions have the same borders in both sets.  The user may declare a group's
set instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import pandas as pd

from ..choices import BOUNDARY_SET
from ..errors import MatchError, ParameterError
from ..regions import BOUNDARY_SETS, Gazetteer, set_for_year
from .reading import Panel

__all__ = [
    "CROSSWALK_COLUMNS",
    "GROUP_COLUMNS",
    "PART",
    "SAME",
    "SPLIT",
    "crosswalk",
    "recognise_sets",
    "same_territory",
]

#: relations of a crosswalk row: the same territory; one of several parts of the target;
#: a part of a source unit that was split among several targets
SAME, PART, SPLIT = "same", "part", "split"
CROSSWALK_COLUMNS = ("target_unit", "source_unit", "relation")
GROUP_COLUMNS = ("year", "indicator", "boundary_set", "regions", "lacking", "recognised")


def _container(gazetteer: Gazetteer, unit_id: str, boundary_set: str) -> str | None:
    """The unit of ``boundary_set`` holding ``unit_id``'s territory; None when it is split."""
    try:
        return gazetteer.parent_in(unit_id, boundary_set)
    except ParameterError:
        return None


@lru_cache(maxsize=32)
def _crosswalk_rows(
    gazetteer: Gazetteer, source_set: str, target_set: str
) -> tuple[tuple[str, str, str], ...]:
    source = gazetteer.units_in_set(source_set)
    target = gazetteer.units_in_set(target_set)
    rows: list[tuple[str, str, str]] = []
    parts: dict[str, list[str]] = {}
    for unit in source:
        children = [t for t in target if _container(gazetteer, t, source_set) == unit]
        home = _container(gazetteer, unit, target_set)
        if home is None or len(children) > 1:
            rows += [(child, unit, SPLIT) for child in children]
        else:
            parts.setdefault(home, []).append(unit)
    for home, units in parts.items():
        relation = SAME if units == [home] else PART
        rows += [(home, unit, relation) for unit in units]
    order = {unit: position for position, unit in enumerate(target)}
    return tuple(sorted(rows, key=lambda row: (order[row[0]], row[1] != row[0], row[1])))


def crosswalk(
    source_set: str, target_set: str, gazetteer: Gazetteer | None = None
) -> pd.DataFrame:
    """The reform crosswalk from one boundary set to another.

    Parameters
    ----------
    source_set, target_set : str
        ``"2017"``, ``"2018"`` or ``"2022"``.
    gazetteer : Gazetteer, optional
        Defaults to the bundled gazetteer.

    Returns
    -------
    pandas.DataFrame
        ``target_unit``, ``source_unit``, ``relation``: ``"same"`` (one source unit, the same
        territory), ``"part"`` (the target unit is the union of several source units, e.g.
        ``east_kazakhstan`` 2018 = ``east_kazakhstan`` 2022 + ``abai``) or ``"split"`` (the
        target unit is a part of a source unit split among several, e.g. ``turkistan`` and
        ``shymkent`` from ``south_kazakhstan`` 2017).  In the target set's order.

    Raises
    ------
    ParameterError
        For an unknown boundary set.
    """
    gazetteer = gazetteer or Gazetteer.load()
    source, target = (BOUNDARY_SET.resolve(str(s)) for s in (source_set, target_set))
    return pd.DataFrame(list(_crosswalk_rows(gazetteer, source, target)),
                        columns=list(CROSSWALK_COLUMNS))


def same_territory(gazetteer: Gazetteer, unit_id: str, set_a: str, set_b: str) -> bool:
    """Whether ``unit_id`` is a unit of both sets with the same borders.

    Parameters
    ----------
    gazetteer : Gazetteer
        The units and their parents.
    unit_id : str
        A gazetteer unit id.
    set_a, set_b : str
        Two boundary sets.

    Returns
    -------
    bool
        ``astana`` in 2017 and 2022: True; ``east_kazakhstan`` in 2018 and 2022: False (Abai
        Region was split off); a unit missing from either set: False.
    """
    if set_a == set_b:
        return unit_id in gazetteer.units_in_set(set_a)
    return (unit_id, unit_id, SAME) in _crosswalk_rows(gazetteer, set_a, set_b)


def recognise_sets(
    panel: Panel,
    gazetteer: Gazetteer | None = None,
    declared: Mapping[object, str] | None = None,
) -> pd.DataFrame:
    """The boundary set of every year and indicator of a panel.

    Parameters
    ----------
    panel : Panel
        As read by :func:`.read_panel`.
    gazetteer : Gazetteer, optional
        Defaults to the bundled gazetteer.
    declared : mapping, optional
        Sets the user states: a key ``(year, indicator)`` for one group, or a year for all
        indicators of that year; the value a boundary set.

    Returns
    -------
    pandas.DataFrame
        One row per year and indicator (``GROUP_COLUMNS``): the set, the number of regions,
        the set's units the group lacks and how the set was recognised.

    Raises
    ------
    MatchError
        When the regions of a group fit no single set (the rows are named), or do not fit
        the set declared for it.
    ParameterError
        For a declared value that is not a boundary set.
    """
    gazetteer = gazetteer or Gazetteer.load()
    stated = _declared(declared or {})
    rows, unknown = [], []
    for (year, indicator), group in panel.data.groupby(["year", "indicator"], sort=True):
        units = set(group["unit_id"])
        wanted = stated.get((int(year), str(indicator)), stated.get(int(year)))
        found = (_check_declared(units, wanted, group, gazetteer) if wanted
                 else _recognise(units, int(year), gazetteer))
        if found is None:
            unknown.append(_describe_unknown(group, gazetteer))
            continue
        lacking = [u for u in gazetteer.units_in_set(found[0]) if u not in units]
        rows.append((int(year), str(indicator), found[0], len(units), ", ".join(lacking),
                     found[1]))
    if unknown:
        raise MatchError(
            "The regions of these years and indicators fit no single boundary set, so their "
            f"values cannot be harmonised: {'; '.join(unknown)}. One year's indicator is "
            "published on one set (2017: with South Kazakhstan Region; 2018: with Turkistan "
            "Region and Shymkent; 2022: also with Abai, Jetisu and Ulytau Regions): correct or "
            "remove these rows."
        )
    return pd.DataFrame(rows, columns=list(GROUP_COLUMNS))


def _declared(declared: Mapping[object, str]) -> dict[object, str]:
    """Declared sets by ``(year, indicator)`` or year, values checked."""
    if not isinstance(declared, Mapping):
        raise ParameterError(
            f"Declared boundary sets must map (year, indicator) or a year to a set, not "
            f"{declared!r}."
        )
    stated: dict[object, str] = {}
    for key, value in declared.items():
        name = BOUNDARY_SET.resolve(str(value))
        if isinstance(key, tuple) and len(key) == 2:
            stated[(int(key[0]), str(key[1]))] = name
        else:
            stated[int(key)] = name
    return stated


def _recognise(units: set[str], year: int, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The set of a group and how it was recognised; None when no set holds its regions."""
    fits = gazetteer.closest_sets(units)
    if not fits:
        return None
    if len(fits) == 1:
        return fits[0].boundary_set, "the only set holding all its regions"
    best, lacking = fits[0].boundary_set, dict(fits)
    in_force = set_for_year(year)
    if in_force not in lacking or in_force == best:
        return best, _closest_text(lacking)
    if 2 * lacking[best] > lacking[best] + len(units):
        return in_force, (f"the set in force in {year}: with {len(units)} regions listed, the "
                          "table does not show which set it was published on")
    if all(same_territory(gazetteer, unit, best, in_force) for unit in units):
        return in_force, (f"the set in force in {year}: its regions have the same borders in "
                          f"sets {best} and {in_force}")
    return best, _closest_text(lacking)


def _closest_text(lacking: dict[str, int]) -> str:
    counts = ", ".join(f"set {name} lacks {lacking[name]}" for name in BOUNDARY_SETS
                       if name in lacking)
    return f"the closest set holding all its regions ({counts} of its units)"


def _check_declared(
    units: set[str], wanted: str, group: pd.DataFrame, gazetteer: Gazetteer
) -> tuple[str, str] | None:
    """The declared set, if it holds every region of the group."""
    outside = group[~group["unit_id"].isin(gazetteer.units_in_set(wanted))]
    if not outside.empty:
        first = outside.iloc[0]
        raise MatchError(
            f"{first['year']}, {first['indicator']} was declared on the {wanted} set, but "
            f"{_rows_text(outside, gazetteer)} {'is' if len(outside) == 1 else 'are'} not "
            "in that set. Declare the set the table was published on, or leave it to be "
            "recognised."
        )
    return wanted, "declared"


def _describe_unknown(group: pd.DataFrame, gazetteer: Gazetteer) -> str:
    """``2018, grp: set 2018 holds 16 of its regions but not "ЮКО" (a region of set 2017)``."""
    units = set(group["unit_id"])
    first = group.iloc[0]
    in_force = set_for_year(int(first["year"]))
    held = {name: units & set(gazetteer.units_in_set(name)) for name in BOUNDARY_SETS}
    best = max(held, key=lambda name: (len(held[name]), name == in_force, int(name)))
    outside = group[~group["unit_id"].isin(held[best])]
    return (f"{first['year']}, {first['indicator']}: set {best} holds {len(held[best])} of its "
            f"regions but not {_rows_text(outside, gazetteer)}")


def _rows_text(rows: pd.DataFrame, gazetteer: Gazetteer) -> str:
    """``"Южно-Казахстанская" (a region of set 2017)`` for each row (a region label names its
    row within a year and indicator)."""
    return ", ".join(
        f'"{row.region}" (a region of set '
        f"{', '.join(gazetteer.sets_containing([row.unit_id]))})"
        for row in rows.itertuples()
    )
