"""Look-up of gazetteer units by code, name or alias, exactly or by similarity.

One purpose: index the codes, names and aliases of a checked gazetteer table
(:func:`._gazetteer_table.checked_units`) and find the units a text refers to.  Preferences
between units (current ones first, a boundary set's first) are the caller's
(:class:`.regions.Gazetteer`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import pandas as pd

from ._gazetteer_table import NAME_COLUMNS, split_cell
from ._region_keys import OBLAST_SUFFIX, code_key, fold, normalise_name
from .errors import TableFormatError

#: order of the kinds of match, the most trusted first
KIND_RANK = {"code": 0, "name": 1, "alias": 2, "fuzzy": 3}


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


class NameIndex:
    """Codes, names and aliases of the units, by their matching keys.

    Parameters
    ----------
    units : pandas.DataFrame
        A checked gazetteer table, indexed by ``unit_id``.

    Raises
    ------
    TableFormatError
        For a malformed code, an empty name, or two units sharing a name key.
    """

    def __init__(self, units: pd.DataFrame) -> None:
        self._oblasts = set(units.index[units["unit_type"] == "oblast"])
        self._codes: dict[str, list[str]] = {}
        self._entries: list[_Entry] = []
        self._by_key: dict[str, list[_Entry]] = {}
        for unit_id, row in units.iterrows():
            self._add_codes(str(unit_id), row)
            self._add_names(str(unit_id), row)
        self._check_keys()

    def _add_codes(self, unit_id: str, row: pd.Series) -> None:
        for column in ("iso_code", "iso_code_old"):
            if not row[column]:
                continue
            code = code_key(row[column])
            if code is None:
                raise TableFormatError(
                    f"Gazetteer unit {unit_id!r} has a malformed {column} "
                    f"{row[column]!r}; expected e.g. KZ-75 or KZ-ALA."
                )
            self._codes.setdefault(code, []).append(unit_id)

    def _add_names(self, unit_id: str, row: pd.Series) -> None:
        texts = [("name", row[col]) for col in NAME_COLUMNS if row[col]]
        texts += [("alias", alias) for alias in split_cell(row["aliases"])]
        for kind, text in texts:
            key = normalise_name(text)
            if not key:
                raise TableFormatError(f"Gazetteer unit {unit_id!r} has an empty name {text!r}.")
            entry = _Entry(unit_id, kind, text, key, fold(text).replace(" ", ""))
            self._entries.append(entry)
            self._by_key.setdefault(key, []).append(entry)

    def _check_keys(self) -> None:
        for key, entries in self._by_key.items():
            if len({entry.unit_id for entry in entries}) > 1:
                texts = ", ".join(f"{e.text!r} ({e.unit_id})" for e in entries)
                raise TableFormatError(
                    f"Gazetteer names of different units share the key {key!r}: {texts}."
                )

    def _lookup_key(self, key: str) -> list[_Entry]:
        entries = self._by_key.get(key)
        if entries:
            return entries
        if key.endswith(OBLAST_SUFFIX):
            bare = self._by_key.get(key[: -len(OBLAST_SUFFIX)], [])
            return [e for e in bare if e.unit_id in self._oblasts]
        return self._by_key.get(key + OBLAST_SUFFIX, [])

    def exact(self, text: str) -> list[NameMatch]:
        """Units that ``text`` names as a code, else as a name or alias; one match per unit.

        A unit found several ways keeps its most trusted kind; the order is unspecified.
        """
        found: dict[str, NameMatch] = {}
        code = code_key(text)
        if code is not None:
            for unit_id in self._codes.get(code, []):
                found.setdefault(unit_id, NameMatch(unit_id, "code", 1.0, code))
            return list(found.values())
        key = normalise_name(text)
        entries = sorted(self._lookup_key(key), key=lambda e: KIND_RANK[e.kind]) if key else []
        for entry in entries:
            found.setdefault(entry.unit_id, NameMatch(entry.unit_id, entry.kind, 1.0, entry.text))
        return list(found.values())

    def similar(self, text: str) -> list[NameMatch]:
        """Every unit with its best similarity to ``text`` (kind ``"fuzzy"``), unsorted.

        Similarity is the ratio of :class:`difflib.SequenceMatcher` (standard library:
        2 * matching characters / all characters) between ``text`` and each name and alias,
        both folded and both as :func:`.normalise_name` keys; the higher of the two counts.
        """
        folded = fold(text).replace(" ", "")
        key = normalise_name(text)
        if not folded:
            return []
        best: dict[str, NameMatch] = {}
        for entry in self._entries:
            score = max(
                difflib.SequenceMatcher(None, folded, entry.folded).ratio(),
                difflib.SequenceMatcher(None, key, entry.key).ratio(),
            )
            score = round(score, 6)
            current = best.get(entry.unit_id)
            if current is None or score > current.score:
                best[entry.unit_id] = NameMatch(entry.unit_id, "fuzzy", score, entry.text)
        return list(best.values())
