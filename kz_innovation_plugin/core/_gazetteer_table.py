"""The gazetteer table: read it, check it, and list the units of each boundary set.

One purpose: turn ``data/gazetteer.csv`` (or a frame of the same columns) into a clean table
indexed by ``unit_id`` and the unit lists of the boundary sets, or say what is wrong with it.
The queries on the table live in :class:`.regions.Gazetteer`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ._checks import unknown_choice
from .choices import BOUNDARY_SET
from .errors import InputFileError, TableFormatError

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


def split_cell(cell: str) -> list[str]:
    """``"a | b|"`` -> ``["a", "b"]``: the parts of a ``|``-separated cell."""
    return [part.strip() for part in str(cell).split("|") if part.strip()]


def check_set(boundary_set: str | int | None, *, allow_none: bool = False) -> str | None:
    """Return the boundary set as text (``2018`` -> ``"2018"``); raise for an unknown one.

    Raises
    ------
    ParameterError
        For a value that is not one of :data:`BOUNDARY_SETS` (or None without ``allow_none``).
    """
    if boundary_set is None and allow_none:
        return None
    value = str(boundary_set) if isinstance(boundary_set, int) else boundary_set
    if value not in BOUNDARY_SETS:
        raise unknown_choice("boundary set", boundary_set, BOUNDARY_SETS, lead="valid sets are")
    return value


def read_units(path: str | Path | None = None) -> pd.DataFrame:
    """Read a gazetteer CSV (UTF-8) as text; by default the bundled one.

    Raises
    ------
    InputFileError
        If the file does not exist or cannot be read.
    """
    csv_path = Path(path) if path is not None else DEFAULT_GAZETTEER_PATH
    if not csv_path.is_file():
        raise InputFileError(f"Gazetteer file not found: {csv_path}.")
    try:
        return pd.read_csv(csv_path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise InputFileError(f"Cannot read the gazetteer {csv_path}: {exc}") from exc


def checked_units(units: pd.DataFrame) -> pd.DataFrame:
    """The gazetteer columns as stripped text, indexed by a non-empty, unique ``unit_id``.

    Raises
    ------
    TableFormatError
        If a column is missing or a ``unit_id`` is empty or repeated.
    """
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
    return table.set_index("unit_id")


def units_by_set(units: pd.DataFrame) -> dict[str, list[str]]:
    """Unit ids of each boundary set, in table order, after checking every row.

    Raises
    ------
    TableFormatError
        If a unit type or set is out of range, or a parent is not a unit of the table.
    """
    ids = set(units.index)
    sets: dict[str, list[str]] = {name: [] for name in BOUNDARY_SETS}
    for unit_id, row in units.iterrows():
        for name in _row_sets(str(unit_id), row, ids):
            sets[name].append(str(unit_id))
    return sets


def _row_sets(unit_id: str, row: pd.Series, ids: set[str]) -> list[str]:
    """The boundary sets of one checked row."""
    if row["unit_type"] not in UNIT_TYPES:
        raise TableFormatError(
            f"Gazetteer unit {unit_id!r} has unit_type {row['unit_type']!r}; "
            f"expected one of {', '.join(UNIT_TYPES)}."
        )
    sets = split_cell(row["sets"])
    bad = [name for name in sets if name not in BOUNDARY_SETS]
    if not sets or bad:
        raise TableFormatError(
            f"Gazetteer unit {unit_id!r} has sets {row['sets']!r}; use "
            f"'|'-separated values from {', '.join(BOUNDARY_SETS)}."
        )
    for column in ("parent_2018", "parent_2017"):
        if row[column] not in ids:
            raise TableFormatError(
                f"Gazetteer unit {unit_id!r} has unknown {column} {row[column]!r}."
            )
    return sets
