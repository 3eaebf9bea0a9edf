"""Checks shared by the dynamics tools: a wide panel (regions x years) and its weights.

A panel is a ``pandas.DataFrame`` indexed by region id with one numeric column per year.
The checks return a float copy with integer year columns in ascending order, aligned with
the spatial weights where a tool needs them, so every tool reads the same input the same
way and refuses it with the same words.
"""

from __future__ import annotations

from importlib import metadata

import numpy as np
import pandas as pd

from .._checks import as_float, describe_ids
from ..errors import ParameterError

#: the fewest years any dynamics tool accepts (one transition, one growth period)
MIN_YEARS = 2


def wide_panel(panel, what: str, min_years: int = MIN_YEARS) -> pd.DataFrame:
    """Check a wide panel and return it as floats with integer years in ascending order.

    Parameters
    ----------
    panel : pandas.DataFrame
        Regions (index) x years (columns: integers or texts such as ``"2021"``).
    what : str
        The tool's name for messages ("emerging hot spot analysis").
    min_years : int, default 2
        The fewest years the tool needs.

    Returns
    -------
    pandas.DataFrame
        A float copy, columns ``int`` years sorted ascending.

    Raises
    ------
    ParameterError
        Not a DataFrame, repeated region ids or years, a column that is not a year, text
        values, missing values, or fewer than ``min_years`` years.
    """
    if not isinstance(panel, pd.DataFrame):
        raise ParameterError(
            f"The {what} needs a table of regions (rows) by years (columns); "
            f"got {type(panel).__name__}."
        )
    if not panel.index.is_unique:
        repeated = describe_ids(panel.index[panel.index.duplicated()].unique())
        raise ParameterError(
            f"The panel for the {what} lists regions {repeated} more than once; "
            "each region must have one row."
        )
    frame = panel.copy()
    frame.columns = _years(frame.columns, what)
    if len(frame.columns) < min_years:
        raise ParameterError(
            f"The {what} needs at least {min_years} years; the panel has "
            f"{len(frame.columns)} ({', '.join(map(str, frame.columns)) or 'none'}). "
            "Add the indicator's values for more years."
        )
    frame = frame.apply(lambda column: as_float(column, column.name)).sort_index(axis=1)
    _refuse_missing(frame, what)
    return frame


def _years(columns: pd.Index, what: str) -> list[int]:
    """The column labels as integer years; refuse labels that are not years or repeat."""
    years = []
    for label in columns:
        try:
            year = int(label) if isinstance(label, (int, np.integer)) else _year_text(label)
        except ValueError:
            raise ParameterError(
                f"Column {label!r} of the panel for the {what} is not a year; name the "
                "columns by year (e.g. 2021, 2022, 2023)."
            ) from None
        years.append(year)
    if len(set(years)) != len(years):
        repeated = sorted({year for year in years if years.count(year) > 1})
        raise ParameterError(
            f"The panel for the {what} has more than one column for year(s) "
            f"{describe_ids(repeated)}; keep one column per year."
        )
    return years


def _year_text(label) -> int:
    """A year from a text or a whole float (``"2021"``, ``2021.0``); ValueError otherwise."""
    if isinstance(label, (float, np.floating)) and float(label).is_integer():
        return int(label)
    text = str(label).strip()
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


def _refuse_missing(frame: pd.DataFrame, what: str) -> None:
    """Refuse missing or infinite values, naming the regions and years that lack one."""
    bad = ~np.isfinite(frame.to_numpy(dtype=float))
    if not bad.any():
        return
    rows, cols = np.nonzero(bad)
    cells = [f"{frame.index[r]} in {frame.columns[c]}" for r, c in zip(rows, cols)]
    raise ParameterError(
        f"The panel for the {what} has no valid value for {int(bad.sum())} region-year(s) "
        f"({describe_ids(cells)}); fill them (e.g. harmonise the boundary sets or impute) or "
        "drop those regions."
    )


def align_to_graph(frame: pd.DataFrame, graph, what: str) -> pd.DataFrame:
    """The panel's rows in the order of the graph's ids; refuse ids that do not match.

    Raises
    ------
    ParameterError
        When the object is not a libpysal Graph or the regions differ.
    """
    if not hasattr(graph, "unique_ids"):
        raise ParameterError(
            f"The spatial weights for the {what} must be a libpysal Graph indexed by region "
            f"ids; got {type(graph).__name__}."
        )
    ids = pd.Index(graph.unique_ids)
    missing, extra = ids.difference(frame.index), frame.index.difference(ids)
    if len(missing) or len(extra):
        parts = []
        if len(missing):
            parts.append(f"in the weights but not in the panel: {describe_ids(missing)}")
        if len(extra):
            parts.append(f"in the panel but not in the weights: {describe_ids(extra)}")
        raise ParameterError(
            f"The panel and the spatial weights for the {what} do not cover the same regions ("
            + "; ".join(parts)
            + "). Build the weights from the same layer and selection as the panel."
        )
    return frame.reindex(ids)


def row_standardised_w(graph, what: str):
    """The graph as a row-standardised ``libpysal.weights.W``; refuse islands.

    A region without neighbours has no spatial lag, so the spatial Markov chains and the
    spatial regressions cannot place it.

    Raises
    ------
    ParameterError
        When some region has no neighbour.
    """
    isolates = list(graph.isolates)
    if isolates:
        raise ParameterError(
            f"Regions {describe_ids(isolates)} have no neighbours, so their spatial lag is "
            f"undefined and the {what} cannot use them; build the weights with islands "
            "attached to their nearest regions, or use k nearest neighbours."
        )
    weights = graph.to_W()
    weights.transform = "r"
    return weights


def library_version(name: str) -> str:
    """The installed version of a distribution, or ``"not installed"``."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def unique_notes(notes: list[str]) -> list[str]:
    """The notes without repeats, in their first order."""
    return list(dict.fromkeys(notes))
