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

import difflib
import operator
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .choices import BOUNDARY_SET
from .errors import InputFileError, ParameterError, TableFormatError

__all__ = [
    "BOUNDARY_SETS",
    "DEFAULT_GAZETTEER_PATH",
    "Gazetteer",
    "NameMatch",
    "normalise_name",
    "set_for_year",
]

#: the boundary sets, oldest first (the choice offered to users lists the newest first)
BOUNDARY_SETS: tuple[str, ...] = tuple(sorted(BOUNDARY_SET.values))
DEFAULT_GAZETTEER_PATH = Path(__file__).parent.parent / "data" / "gazetteer.csv"

GAZETTEER_COLUMNS: tuple[str, ...] = (
    "unit_id",
    "unit_type",
    "iso_code",
    "iso_code_old",
    "name_en",
    "name_ru",
    "name_kk",
    "name_kk_latn",
    "sets",
    "parent_2018",
    "parent_2017",
    "aliases",
)
NAME_COLUMNS: tuple[str, ...] = ("name_en", "name_ru", "name_kk", "name_kk_latn")
UNIT_TYPES: tuple[str, ...] = ("oblast", "city")

#: Suffix that :func:`normalise_name` gives to names of oblasts (see module doc).
OBLAST_SUFFIX = "область"

_KIND_RANK = {"code": 0, "name": 1, "alias": 2, "fuzzy": 3}

# Kazakh letters (and the Turkish/Kazakh-Latin dotless i) folded to the Russian
# (or plain Latin) letter that users type instead.
_LETTER_MAP = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ı": "i",
    }
)
_NON_WORD = re.compile(r"[\W_]+")
_TRAILING_FOOTNOTE = re.compile(r"[\d\s]+$")
_CODE = re.compile(r"^kz[\s\-_\u2010-\u2015]*([0-9]{2}|[a-z]{3})$")

# Words are compared after folding (so "қ." is "к", "қаласы" is "каласы").
_CITY_WORDS = frozenset({"г", "гор", "город", "city", "каласы", "qalasy", "к", "q"})
_CITY_LEADING_ONLY = frozenset({"of"})  # "city of Almaty"
_REGION_WORDS = frozenset(
    {
        "область",
        "области",
        "обл",
        "облысы",
        "region",
        "oblast",
        "oblasty",
        "oblysy",
        "province",
    }
)
_ADJECTIVE_ENDINGS = ("ская", "ской", "skaya", "skaja", "skaia", "skoy", "skoi")


def _fold(text: str) -> str:
    """Return ``text`` case-folded, without diacritics, punctuation or footnotes.

    Words are separated by single spaces; no marker word is removed.
    """
    text = unicodedata.normalize("NFKD", str(text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_LETTER_MAP)
    text = _NON_WORD.sub(" ", text)
    text = _TRAILING_FOOTNOTE.sub("", text)
    return " ".join(text.split())


def normalise_name(text: str) -> str:
    """Return the deterministic matching key of a unit name.

    The key is case-insensitive (``str.casefold``) and ignores spaces, dashes,
    dots, quotes, parentheses and other punctuation; diacritics (``ё -> е``,
    ``й -> и``, ``ö -> o``, ``ş -> s``...) and Kazakh letters (``ә ғ қ ң ө ұ ү
    һ і`` to ``а г к н о у у х и``) are folded; footnote markers glued to the
    end ("г.Шымкент2)", "Абай¹", "Астана*") are dropped.  City words ("г.",
    "г ", "город", "қ.", "қаласы", "city", "city of") at either end are
    removed.  Region words ("область", "обл.", "облысы", "Region", "oblast",
    "oblysy", "province") at either end are replaced by the suffix ``область``,
    which Russian adjectival names get too, so that "Алматы облысы" (region)
    and "Алматы" (city) stay apart while "Акмолинская область" equals
    "Акмолинская".

    Parameters
    ----------
    text : str
        A unit name as written in a table or typed by a user.

    Returns
    -------
    str
        The key; ``""`` when ``text`` holds no letters or digits.

    Examples
    --------
    >>> normalise_name("г. Алматы") == normalise_name("Алматы қаласы")
    True
    >>> normalise_name("Акмолинская область") == normalise_name("Акмолинская")
    True
    >>> normalise_name("Алматы облысы") == normalise_name("Алматы")
    False
    """
    words = _fold(text).split()
    oblast = False
    changed = True
    while changed and len(words) > 1:
        changed = False
        first, last = words[0], words[-1]
        if first in _CITY_WORDS or first in _REGION_WORDS:
            oblast = oblast or first in _REGION_WORDS
            words = words[1:]
            changed = True
        elif last in _CITY_WORDS or last in _REGION_WORDS:
            oblast = oblast or last in _REGION_WORDS
            words = words[:-1]
            changed = True
        elif first in _CITY_LEADING_ONLY:
            words = words[1:]
            changed = True
    key = "".join(words)
    if key and (oblast or key.endswith(_ADJECTIVE_ENDINGS)):
        key += OBLAST_SUFFIX
    return key


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


def _check_set(boundary_set: str | None, *, allow_none: bool = False) -> str | None:
    if boundary_set is None and allow_none:
        return None
    value = str(boundary_set) if isinstance(boundary_set, int) else boundary_set
    if value not in BOUNDARY_SETS:
        raise ParameterError(
            f"Unknown boundary set {boundary_set!r}; valid sets are: {', '.join(BOUNDARY_SETS)}."
        )
    return value


def _split(cell: str) -> list[str]:
    return [part.strip() for part in str(cell).split("|") if part.strip()]


def _code_key(text: str) -> str | None:
    match = _CODE.match(str(text).strip().casefold())
    return None if match is None else f"KZ-{match.group(1).upper()}"


@dataclass(frozen=True)
class NameMatch:
    """One unit that a piece of text refers to.

    Attributes
    ----------
    unit_id : str
        The gazetteer's ``unit_id``.
    kind : str
        ``"code"``, ``"name"``, ``"alias"`` or ``"fuzzy"``.
    score : float
        1.0 for the exact kinds; the similarity (0..1) for ``"fuzzy"``.
    matched_text : str
        The gazetteer string (code, name or alias) that was matched.
    """

    unit_id: str
    kind: str
    score: float
    matched_text: str


@dataclass(frozen=True)
class _Entry:
    unit_id: str
    kind: str
    text: str
    key: str
    folded: str


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
        table = units.reset_index() if units.index.name == "unit_id" else units.copy()
        missing = [col for col in GAZETTEER_COLUMNS if col not in table.columns]
        if missing:
            raise TableFormatError(
                f"Gazetteer lacks the column(s) {', '.join(missing)}; "
                f"expected: {', '.join(GAZETTEER_COLUMNS)}."
            )
        table = table.loc[:, list(GAZETTEER_COLUMNS)].fillna("").astype(str)
        table = table.apply(lambda col: col.str.strip())
        if table["unit_id"].eq("").any() or table["unit_id"].duplicated().any():
            raise TableFormatError("Gazetteer unit_id values must be non-empty and unique.")
        self.units: pd.DataFrame = table.set_index("unit_id")
        self._sets: dict[str, list[str]] = {name: [] for name in BOUNDARY_SETS}
        self._validate_rows()
        self._codes: dict[str, list[str]] = {}
        self._entries: list[_Entry] = []
        self._by_key: dict[str, list[_Entry]] = {}
        self._build_index()

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
        csv_path = Path(path) if path is not None else DEFAULT_GAZETTEER_PATH
        if not csv_path.is_file():
            raise InputFileError(f"Gazetteer file not found: {csv_path}.")
        try:
            table = pd.read_csv(csv_path, dtype=str, keep_default_na=False, encoding="utf-8")
        except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise InputFileError(f"Cannot read the gazetteer {csv_path}: {exc}") from exc
        return cls(table)

    def _validate_rows(self) -> None:
        ids = set(self.units.index)
        for unit_id, row in self.units.iterrows():
            if row["unit_type"] not in UNIT_TYPES:
                raise TableFormatError(
                    f"Gazetteer unit {unit_id!r} has unit_type {row['unit_type']!r}; "
                    f"expected one of {', '.join(UNIT_TYPES)}."
                )
            sets = _split(row["sets"])
            bad = [name for name in sets if name not in BOUNDARY_SETS]
            if not sets or bad:
                raise TableFormatError(
                    f"Gazetteer unit {unit_id!r} has sets {row['sets']!r}; use "
                    f"'|'-separated values from {', '.join(BOUNDARY_SETS)}."
                )
            for name in sets:
                self._sets[name].append(str(unit_id))
            for column in ("parent_2018", "parent_2017"):
                if row[column] not in ids:
                    raise TableFormatError(
                        f"Gazetteer unit {unit_id!r} has unknown {column} {row[column]!r}."
                    )

    def _build_index(self) -> None:
        for unit_id, row in self.units.iterrows():
            for column in ("iso_code", "iso_code_old"):
                if row[column]:
                    code = _code_key(row[column])
                    if code is None:
                        raise TableFormatError(
                            f"Gazetteer unit {unit_id!r} has a malformed {column} "
                            f"{row[column]!r}; expected e.g. KZ-75 or KZ-ALA."
                        )
                    self._codes.setdefault(code, []).append(str(unit_id))
            texts = [("name", row[col]) for col in NAME_COLUMNS if row[col]]
            texts += [("alias", alias) for alias in _split(row["aliases"])]
            for kind, text in texts:
                key = normalise_name(text)
                if not key:
                    raise TableFormatError(
                        f"Gazetteer unit {unit_id!r} has an empty name {text!r}."
                    )
                entry = _Entry(str(unit_id), kind, text, key, _fold(text).replace(" ", ""))
                self._entries.append(entry)
                self._by_key.setdefault(key, []).append(entry)
        for key, entries in self._by_key.items():
            owners = sorted({entry.unit_id for entry in entries})
            if len(owners) > 1:
                texts = ", ".join(f"{e.text!r} ({e.unit_id})" for e in entries)
                raise TableFormatError(
                    f"Gazetteer names of different units share the key {key!r}: {texts}."
                )

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
        return list(self._sets[_check_set(boundary_set)])

    def _sort_key(self, item: NameMatch) -> tuple[int, int, str]:
        current = 0 if item.unit_id in self._sets[BOUNDARY_SETS[-1]] else 1
        return (_KIND_RANK[item.kind], current, item.unit_id)

    def _lookup_key(self, key: str) -> list[_Entry]:
        entries = self._by_key.get(key)
        if entries:
            return entries
        if key.endswith(OBLAST_SUFFIX):
            bare = self._by_key.get(key[: -len(OBLAST_SUFFIX)], [])
            return [e for e in bare if self.units.at[e.unit_id, "unit_type"] == "oblast"]
        return self._by_key.get(key + OBLAST_SUFFIX, [])

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
        wanted = _check_set(boundary_set, allow_none=True)
        found: dict[str, NameMatch] = {}
        code = _code_key(text)
        if code is not None:
            for unit_id in self._codes.get(code, []):
                found.setdefault(unit_id, NameMatch(unit_id, "code", 1.0, code))
        else:
            key = normalise_name(text)
            entries = sorted(self._lookup_key(key), key=lambda e: _KIND_RANK[e.kind]) if key else []
            for entry in entries:
                name_match = NameMatch(entry.unit_id, entry.kind, 1.0, entry.text)
                found.setdefault(entry.unit_id, name_match)
        matches = sorted(found.values(), key=self._sort_key)
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
        wanted = _check_set(boundary_set, allow_none=True)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ParameterError(f"limit must be a positive integer, not {limit!r}.")
        folded = _fold(text).replace(" ", "")
        key = normalise_name(text)
        if not folded:
            return []
        best: dict[str, NameMatch] = {}
        # difflib (stdlib): SequenceMatcher.ratio() = 2 * matching chars / total chars.
        for entry in self._entries:
            score = max(
                difflib.SequenceMatcher(None, folded, entry.folded).ratio(),
                difflib.SequenceMatcher(None, key, entry.key).ratio(),
            )
            score = round(score, 6)
            current = best.get(entry.unit_id)
            if current is None or score > current.score:
                best[entry.unit_id] = NameMatch(entry.unit_id, "fuzzy", score, entry.text)
        in_set = self._sets[wanted] if wanted is not None else []
        ranked = sorted(
            (m for m in best.values() if m.score >= min_score),
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
        wanted = _check_set(boundary_set)
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
