"""The indicator catalogue: what each bundled indicator is, its group and direction.

``data/indicators/catalogue.csv`` describes the bundled indicators: id, short field name
(at most 10 characters, used by the join), group (the reference study's two complementary
groups: ``potential`` for resources, ``performance`` for results), direction (1: higher is
better, -1: lower is better), unit, names in English, Russian and Kazakh, and source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import InputFileError, ParameterError

CATALOGUE_PATH = Path(__file__).resolve().parent.parent / "data" / "indicators" / "catalogue.csv"
#: the reference study's groups, in report order
DEFAULT_GROUPS = ("potential", "performance")
GROUP_LABELS = {"potential": "Innovation potential", "performance": "Innovation performance"}


@dataclass(frozen=True)
class Indicator:
    """One catalogued indicator."""

    id: str
    field: str
    group: str
    direction: int
    unit: str
    name_en: str
    name_ru: str
    name_kk: str
    source: str


@lru_cache(maxsize=4)
def load_catalogue(path: str | None = None) -> tuple[Indicator, ...]:
    """Read and check the catalogue (the bundled one by default)."""
    source = Path(path) if path else CATALOGUE_PATH
    try:
        frame = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
    except OSError as error:
        raise InputFileError(f"Indicator catalogue cannot be read: {source} ({error}).") from None
    indicators = []
    for row in frame.to_dict("records"):
        direction = int(row["direction"])
        if direction not in (1, -1) or len(row["field"]) > 10:
            raise InputFileError(
                f"{source.name}: indicator {row['id']!r} needs direction 1 or -1 and a field "
                "name of at most 10 characters."
            )
        indicators.append(Indicator(**{**row, "direction": direction}))
    return tuple(indicators)


def catalogue_field_names() -> dict[str, str]:
    """Indicator id -> the short field name the join gives it."""
    return {indicator.id: indicator.field for indicator in load_catalogue()}


def catalogued(column: str) -> Indicator | None:
    """The catalogue entry whose id or field name is ``column`` (None when unknown)."""
    for indicator in load_catalogue():
        if column in (indicator.id, indicator.field):
            return indicator
    return None


def default_groups(columns: list[str]) -> dict[str, list[str]]:
    """The catalogue's groups for the catalogued ones among ``columns`` (catalogue order)."""
    groups: dict[str, list[str]] = {name: [] for name in DEFAULT_GROUPS}
    for indicator in load_catalogue():
        present = [name for name in (indicator.field, indicator.id) if name in columns]
        if present:
            groups.setdefault(indicator.group, []).append(present[0])
    return {name: members for name, members in groups.items() if members}


def directions_for(columns: list[str], overrides: dict[str, int] | None = None) -> pd.Series:
    """Direction per column: the user's override, else the catalogue's, else 1."""
    overrides = overrides or {}
    directions = {}
    for column in columns:
        if column in overrides:
            if overrides[column] not in (1, -1):
                raise ParameterError(
                    f"Direction of {column!r} must be 1 (higher is better) or -1 (lower is "
                    f"better), not {overrides[column]!r}."
                )
            directions[column] = overrides[column]
        else:
            indicator = catalogued(column)
            directions[column] = indicator.direction if indicator else 1
    return pd.Series(directions, dtype="int64")


def label(column: str, language: str = "en") -> str:
    """A readable name for a column: the catalogue's name in ``language``, else the column."""
    indicator = catalogued(column)
    if indicator is None:
        return column
    return getattr(indicator, f"name_{language}", indicator.name_en) or indicator.name_en
