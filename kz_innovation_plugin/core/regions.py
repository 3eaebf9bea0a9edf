"""Gazetteer of Kazakhstan's first-level units and matching of their names.

The gazetteer (``data/gazetteer.csv``) lists every first-level unit that
existed in one of three *boundary sets*:

* ``"2022"`` -- 17 oblasts and the cities Astana, Almaty and Shymkent, valid since
  June 2022 (Abai, Jetisu and Ulytau Regions were split off East Kazakhstan,
  Almaty and Karaganda Regions);
* ``"2018"`` -- 17 units valid June 2018 to June 2022 (Shymkent became a city of
  republican significance; the rest of South Kazakhstan Region became Turkistan
  Region);
* ``"2017"`` -- 16 units valid until June 2018 (with South Kazakhstan Region).

Decision on the ISO code ``KZ-YUZ``
-----------------------------------
ISO 3166-2 used ``KZ-YUZ`` for South Kazakhstan Region and, after the 2018
reform, kept it for the renamed Turkistan Region (ISO newsletter 2018-11-26
records a *name change* of KZ-YUZ) until the 2022 recoding ``KZ-YUZ -> KZ-61``.
The code therefore designates two different territories.  The gazetteer
records it as ``iso_code_old`` on *both* rows, ``turkistan`` and
``south_kazakhstan``; it is the only code shared by two units.  The two units
never belong to the same boundary set, so :meth:`Gazetteer.match` resolves
``"KZ-YUZ"`` by the boundary set: ``turkistan`` for sets 2018 and 2022,
``south_kazakhstan`` for set 2017.  Without a boundary set both are returned,
``turkistan`` (the current unit, ISO's lineage to KZ-61) first.

Name keys
---------
:func:`normalise_name` strips city words ("г.", "город", "қаласы", "city"...)
completely, because every city of the gazetteer is named by its bare name.
Region words ("область", "облысы", "Region", "oblast"...) cannot simply be
dropped: "Алматы облысы" / "Almaty Region" (the region) would then collide with
"Алматы" / "Almaty" (the city).  A region word is therefore replaced by the
canonical suffix ``область`` (whatever the language: a key is not meant to be
read, and a real word keeps typos of it similar for fuzzy matching); Russian
adjectival names ("Акмолинская", "Akmolinskaya") name an oblast by themselves
and get the same suffix, so "Акмолинская область" and "Акмолинская" share a
key, and so does the glued "Акмолинскаяобласть".  When a key is not in the gazetteer,
:meth:`Gazetteer.match` also tries it with the suffix added (a bare oblast
name such as "Abai") or removed (only oblasts are accepted then).
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ._gazetteer_index import KIND_RANK, NameIndex, NameMatch
from ._gazetteer_table import (
    BOUNDARY_SETS,
    DEFAULT_GAZETTEER_PATH,
    GAZETTEER_COLUMNS,
    NAME_COLUMNS,
    UNIT_TYPES,
    check_set,
    checked_units,
    read_units,
    units_by_set,
)
from ._region_keys import OBLAST_SUFFIX, normalise_name
from .errors import ParameterError

__all__ = [
    "BOUNDARY_SETS",
    "DEFAULT_GAZETTEER_PATH",
    "GAZETTEER_COLUMNS",
    "NAME_COLUMNS",
    "OBLAST_SUFFIX",
    "UNIT_TYPES",
    "Gazetteer",
    "NameMatch",
    "SetFit",
    "normalise_name",
    "set_for_year",
]


#: words that mark a city in a region label (case-folded)
CITY_MARKERS = ("қаласы", "каласы", "қ.", "г.", "город", "city", "qalasy")
#: the oblast words tried after a bare name that shares its unit with a city label
_OBLAST_WORDS = ("облысы", "область", "region")


class SetFit(NamedTuple):
    """A boundary set holding every unit of a group, and how many of its units the group lacks.

    Attributes
    ----------
    boundary_set : str
        ``"2017"``, ``"2018"`` or ``"2022"``.
    lacking : int
        The units of the set that are not in the group.
    """

    boundary_set: str
    lacking: int


def set_for_year(year: int) -> str:
    """Return the boundary set that statistics of ``year`` refer to.

    The reforms took effect in June 2018 and June 2022.  Annual BNS tables for
    2018 already list Shymkent and Turkistan Region separately, and those for
    2022 list Abai, Jetisu and Ulytau Regions, so a reform year belongs to the
    new set.

    Parameters
    ----------
    year : int
        Calendar year of the statistics.

    Returns
    -------
    str
        ``"2017"`` for years up to 2017, ``"2018"`` for 2018 to 2021 and
        ``"2022"`` from 2022 on.

    Raises
    ------
    ParameterError
        If ``year`` is not an integer.
    """
    if isinstance(year, bool):
        raise ParameterError(f"Year must be an integer such as 2021, not {year!r}.")
    try:
        value = operator.index(year)
    except TypeError:
        raise ParameterError(f"Year must be an integer such as 2021, not {year!r}.") from None
    if value <= 2017:
        return "2017"
    if value <= 2021:
        return "2018"
    return "2022"


class Gazetteer:
    """Kazakhstan's first-level units across the 2018 and 2022 reforms.

    Parameters
    ----------
    units : pandas.DataFrame
        The gazetteer table with the columns of ``data/gazetteer.csv``, either
        with a ``unit_id`` column or indexed by it.

    Attributes
    ----------
    units : pandas.DataFrame
        The table, indexed by ``unit_id``, all values strings (empty for none).

    Raises
    ------
    TableFormatError
        If a column is missing, a value is out of range, a parent is unknown or
        two units share a name key.
    """

    def __init__(self, units: pd.DataFrame) -> None:
        self.units: pd.DataFrame = checked_units(units)
        self._sets: dict[str, list[str]] = units_by_set(self.units)
        self._index = NameIndex(self.units)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """Read a gazetteer CSV (UTF-8).

        Parameters
        ----------
        path : str or pathlib.Path, optional
            The CSV file; by default the bundled ``data/gazetteer.csv``.

        Returns
        -------
        Gazetteer

        Raises
        ------
        InputFileError
            If the file does not exist or cannot be read.
        TableFormatError
            If its content is not a valid gazetteer.
        """
        return cls(read_units(path))

    # ------------------------------------------------------------------ queries
    def units_in_set(self, boundary_set: str) -> list[str]:
        """Return the unit ids of a boundary set, in gazetteer (statistical) order.

        Parameters
        ----------
        boundary_set : str
            ``"2017"``, ``"2018"`` or ``"2022"``.

        Returns
        -------
        list of str

        Raises
        ------
        ParameterError
            For an unknown boundary set; the message lists the valid ones.
        """
        return list(self._sets[check_set(boundary_set)])

    def _sort_key(self, item: NameMatch) -> tuple[int, int, str]:
        current = 0 if item.unit_id in self._sets[BOUNDARY_SETS[-1]] else 1
        return (KIND_RANK[item.kind], current, item.unit_id)

    def match(self, text: str, boundary_set: str | None = None) -> list[NameMatch]:
        """Return the units that ``text`` names exactly.

        ``text`` is tried as an ISO 3166-2 code (current or pre-2022, case- and
        separator-insensitive, the ``KZ`` prefix required: "KZ-75", "kz75",
        "KZ-ALA"), then as a name (en/ru/kk/kk_latn) and an alias, both
        compared by :func:`normalise_name`.

        Parameters
        ----------
        text : str
            A code or a name.
        boundary_set : str, optional
            If given, units of this set are preferred: when some matched units
            belong to it, only those are returned; when none does (e.g. "ЮКО"
            with set 2022) the others are returned anyway, so that the caller
            can explain the mismatch.

        Returns
        -------
        list of NameMatch
            Kind ``"code"`` before ``"name"`` before ``"alias"``, current units
            before abolished ones, then by unit_id; one entry per unit; ``[]``
            when nothing matches exactly.

        Raises
        ------
        ParameterError
            For an unknown boundary set.
        """
        wanted = check_set(boundary_set, allow_none=True)
        matches = sorted(self._index.exact(text), key=self._sort_key)
        if wanted is not None:
            in_set = [m for m in matches if m.unit_id in self._sets[wanted]]
            if in_set:
                return in_set
        return matches

    def suggest(
        self,
        text: str,
        boundary_set: str | None = None,
        limit: int = 3,
        *,
        min_score: float = 0.6,
    ) -> list[NameMatch]:
        """Return fuzzy candidates for a name that :meth:`match` did not find.

        Similarity is the ratio of the standard library's
        :class:`difflib.SequenceMatcher`, computed between ``text`` and every
        gazetteer name and alias, both folded (case, diacritics, Kazakh letters,
        punctuation, spaces) and both as :func:`normalise_name` keys; the higher
        of the two counts.  Each unit is scored by its best string.

        Parameters
        ----------
        text : str
            The name to find.
        boundary_set : str, optional
            If given, a unit of this set wins a tie of scores against a unit
            of another set.
        limit : int, default 3
            Maximum number of candidates.
        min_score : float, default 0.6
            Candidates scoring below this are left out.

        Returns
        -------
        list of NameMatch
            Kind ``"fuzzy"``, best score first, ties broken by unit_id.

        Raises
        ------
        ParameterError
            For an unknown boundary set or a ``limit`` below 1.
        """
        wanted = check_set(boundary_set, allow_none=True)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ParameterError(f"limit must be a positive integer, not {limit!r}.")
        in_set = self._sets[wanted] if wanted is not None else []
        ranked = sorted(
            (m for m in self._index.similar(text) if m.score >= min_score),
            key=lambda m: (-m.score, 0 if m.unit_id in in_set else 1, m.unit_id),
        )
        return ranked[:limit]

    def _check_units(self, unit_ids: Iterable[str]) -> list[str]:
        ids = [unit_ids] if isinstance(unit_ids, str) else [str(u) for u in unit_ids]
        unknown = sorted(set(ids) - set(self.units.index))
        if unknown:
            raise ParameterError(
                f"Unknown unit id(s) {', '.join(unknown)}; valid ids are: "
                f"{', '.join(self.units.index)}."
            )
        return ids

    def sets_containing(self, unit_ids: Iterable[str]) -> list[str]:
        """Return the boundary sets whose unit list contains all ``unit_ids``.

        Parameters
        ----------
        unit_ids : iterable of str
            Gazetteer unit ids (a single id is accepted too).

        Returns
        -------
        list of str
            In the order of :data:`BOUNDARY_SETS`; every set for an empty input.

        Raises
        ------
        ParameterError
            If an id is not in the gazetteer.
        """
        ids = set(self._check_units(unit_ids))
        return [name for name in BOUNDARY_SETS if ids <= set(self._sets[name])]

    def closest_sets(self, unit_ids: Iterable[str]) -> list[SetFit]:
        """Return the boundary sets holding all ``unit_ids``, the closest first.

        A set is the closer the fewer of its units the group lacks: the 17 units of 2018
        are on set 2018 (lacking none), not on set 2022 (lacking Abai, Jetisu and Ulytau
        Regions), and 15 units common to all sets are on set 2017 (lacking one).  Of two
        sets lacking as many units, the newer comes first.  The group's own rules (the
        year a table is of, a set declared by the user) are for the caller to apply.

        Parameters
        ----------
        unit_ids : iterable of str
            Gazetteer unit ids (a single id is accepted too); a repeated id counts once.

        Returns
        -------
        list of SetFit
            One per set of :meth:`sets_containing`, ranked by ``lacking``, then newest
            first; ``[]`` when no set holds all the units.  For an empty input every set
            lacks all its units, so the smallest set comes first.

        Raises
        ------
        ParameterError
            If an id is not in the gazetteer.

        Examples
        --------
        >>> Gazetteer.load().closest_sets(["shymkent", "abai"])
        [SetFit(boundary_set='2022', lacking=18)]
        """
        ids = set(self._check_units(unit_ids))
        newest_first = {name: -position for position, name in enumerate(BOUNDARY_SETS)}
        fits = [SetFit(name, len(set(self._sets[name]) - ids))
                for name in self.sets_containing(ids)]
        return sorted(fits, key=lambda fit: (fit.lacking, newest_first[fit.boundary_set]))

    def parent_in(self, unit_id: str, boundary_set: str) -> str:
        """Return the unit of ``boundary_set`` whose territory contains ``unit_id``'s.

        Parameters
        ----------
        unit_id : str
            A gazetteer unit id.
        boundary_set : str
            ``"2017"``, ``"2018"`` or ``"2022"``.

        Returns
        -------
        str
            ``unit_id`` itself if it belongs to the set, else its parent in
            the set (e.g. ``abai`` -> ``east_kazakhstan`` in 2018).

        Raises
        ------
        ParameterError
            For an unknown unit id or set, or when no single unit of the set
            contains the territory (``south_kazakhstan`` in sets 2018 and
            2022, where it is split into ``turkistan`` and ``shymkent``).
        """
        (unit,) = self._check_units([unit_id])
        wanted = check_set(boundary_set)
        if unit in self._sets[wanted]:
            return unit
        parent = self.units.at[unit, f"parent_{wanted}"] if wanted != "2022" else ""
        if parent not in self._sets[wanted]:
            children = [u for u in self._sets[wanted] if self.units.at[u, "parent_2017"] == unit]
            raise ParameterError(
                f"Unit {unit!r} is not part of a single unit of boundary set {wanted}; "
                f"its territory is split among: {', '.join(children) or 'none'}."
            )
        return str(parent)

    def split_city_and_oblast(self, ids: dict[str, str],
                              boundary_set: str | None = None) -> dict[str, str]:
        """Give a bare name that shares its unit with a city label the oblast of that name.

        BNS bulletins in Kazakh name the oblast "Алматы" and the city "Алматы қаласы"; both
        labels first reach the city.  When exactly two labels reach one unit, one of them
        with a city word (:data:`CITY_MARKERS`) and the other bare, the bare one becomes the
        oblast found by adding an oblast word to it, if that is another unit.

        Parameters
        ----------
        ids : dict
            Label -> unit id, as matched one label at a time.
        boundary_set : str, optional
            The set to match the oblast name on.

        Returns
        -------
        dict
            A copy of ``ids`` with the bare labels moved to their oblast.
        """
        by_unit: dict[str, list[str]] = {}
        for label, unit in ids.items():
            by_unit.setdefault(unit, []).append(label)
        out = dict(ids)
        for labels in by_unit.values():
            if len(labels) != 2:
                continue
            city = [lab for lab in labels if any(m in lab.casefold() for m in CITY_MARKERS)]
            bare = [lab for lab in labels if lab not in city]
            if len(city) == 1 and len(bare) == 1:
                out[bare[0]] = self._oblast_named(bare[0], ids[city[0]], boundary_set)
        return out

    def _oblast_named(self, bare: str, city_unit: str, boundary_set: str | None) -> str:
        for oblast_word in _OBLAST_WORDS:
            found = self.match(f"{bare} {oblast_word}", boundary_set)
            if found and found[0].unit_id != city_unit:
                return found[0].unit_id
        return city_unit
