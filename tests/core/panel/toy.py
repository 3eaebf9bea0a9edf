"""Toy panels for the harmonisation tests: constructed numbers, not statistics.

Every value built here is made up so that the expected results can be worked out by hand;
the indicator names start with ``toy_`` so that no one mistakes them for published figures.
Regions are named as the gazetteer's English names.
"""

from __future__ import annotations

import pandas as pd

from kz_innovation_plugin.core.panel import Panel, read_panel


def toy_frame(rows: list[tuple[int, str, str, float]]) -> pd.DataFrame:
    """A long table (year, region, indicator, value) from ``rows``."""
    return pd.DataFrame(rows, columns=["year", "region", "indicator", "value"])


def toy_panel(rows: list[tuple[int, str, str, float]], name: str = "toy table") -> Panel:
    """The panel read from :func:`toy_frame` (through the same reader as a file)."""
    return read_panel(toy_frame(rows), name=name)


def values(frame: pd.DataFrame, year: int, indicator: str) -> dict[str, float]:
    """unit_id -> value of one year and indicator of a harmonised panel."""
    rows = frame[(frame["year"] == year) & (frame["indicator"] == indicator)]
    return dict(zip(rows["unit_id"], rows["value"]))


def row(frame: pd.DataFrame, year: int, indicator: str, unit_id: str) -> pd.Series:
    """The single harmonised row of one year, indicator and region."""
    found = frame[(frame["year"] == year) & (frame["indicator"] == indicator)
                  & (frame["unit_id"] == unit_id)]
    assert len(found) == 1, found
    return found.iloc[0]
