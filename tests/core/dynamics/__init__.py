"""Tests of the dynamics core: lattices and panels they share.

References: pymannkendall, giddy and spreg run directly, numpy's least squares, and
matrices and dispersions counted by hand.
"""

from __future__ import annotations

import dataclasses
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
from libpysal.graph import Graph
from shapely.geometry import box


def lattice(side: int, detached: bool = False) -> tuple[list[str], Graph]:
    """Region ids ``r00``... of a ``side`` x ``side`` grid and its queen contiguity (binary);
    with ``detached`` one more square far away, without neighbours."""
    cells = [box(i, j, i + 1, j + 1) for j in range(side) for i in range(side)]
    if detached:
        cells.append(box(side + 10, side + 10, side + 11, side + 11))
    ids = [f"r{k:02d}" for k in range(len(cells))]
    frame = gpd.GeoDataFrame(geometry=cells, index=ids)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ids, Graph.build_contiguity(frame, rook=False)


def cell(ids: list[str], side: int, i: int, j: int) -> str:
    """The id of the square in column ``i``, row ``j``."""
    return ids[j * side + i]


def block(ids: list[str], side: int, i: int, j: int) -> list[str]:
    """The ids of the 3 x 3 block centred on square (``i``, ``j``): its queen neighbourhood."""
    return [cell(ids, side, a, b) for a in (i - 1, i, i + 1) for b in (j - 1, j, j + 1)]


def random_panel(ids: list[str], years: list[int], seed: int = 0) -> pd.DataFrame:
    """A positive panel with persistence: a random walk in logs from a fixed seed."""
    rng = np.random.default_rng(seed)
    steps = rng.normal(scale=0.2, size=(len(ids), len(years))).cumsum(axis=1)
    return pd.DataFrame(np.exp(3 + steps), index=ids, columns=years)


def w_of(graph: Graph):
    """The graph as the row-standardised libpysal W that giddy and spreg take."""
    weights = graph.to_W()
    weights.transform = "r"
    return weights


def reworded(function):
    """``function`` with its result's notes and warnings reworded (in capitals, standing in
    for a translation or a new wording): whoever reads the result must still tell the
    warnings by the result's flag, not by their words."""

    def run(*args, **kwargs):
        result = function(*args, **kwargs)
        return dataclasses.replace(result, notes=[note.upper() for note in result.notes],
                                   warnings=[note.upper() for note in result.warnings])

    return run
