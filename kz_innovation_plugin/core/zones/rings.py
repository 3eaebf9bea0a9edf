"""Contiguity rings: the regions one, two, ... K neighbour steps away from a core.

Order 1 of a core is exactly its neighbours in the spatial weights (a
``libpysal.graph.Graph``, following the graph's focal -> neighbour links), order 2 their
neighbours that are not nearer, and so on.  scipy's ``csgraph.dijkstra`` walks the graph
breadth-first (unit steps, stopping at K) from every core region at once, so nothing loops
over the regions.

A region reached by several cores goes to the core with the lowest order, then the
shortest distance between representative points (in metres, see
:mod:`._influence_inputs`), then the lowest core id.  Core regions themselves and regions
more than K steps from every core are left out.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse import csgraph

from ..errors import ParameterError
from ..spatial_weights import WeightsOptions, build_weights
from ._influence_inputs import (
    check_cores,
    check_layer,
    core_point_distances,
    describe_ids,
    metre_crs,
    representative_xy,
    zone_frame,
)

__all__ = ["contiguity_rings", "neighbour_matrix"]


def _check_max_order(max_order) -> int:
    """K as an int >= 1, or ParameterError."""
    message = "K (the number of contiguity rings) must be at least 1"
    if isinstance(max_order, bool):
        raise ParameterError(f"{message} (got {max_order!r}).")
    try:
        value = int(max_order)
    except (TypeError, ValueError):
        raise ParameterError(f"{message} (got {max_order!r}).") from None
    if value != max_order or value < 1:
        raise ParameterError(f"{message} (got {max_order!r}).")
    return value


def neighbour_matrix(layer: gpd.GeoDataFrame, graph) -> sparse.csr_matrix:
    """Boolean (n, n) matrix of the graph's links, rows and columns in layer order.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        The regions; their index are the graph's ids.
    graph : libpysal.graph.Graph, SpatialWeights or None
        Spatial weights of the layer (``SpatialWeights`` from :func:`build_weights` or its
        ``.graph``); None builds queen contiguity.

    Returns
    -------
    scipy.sparse.csr_matrix
        ``m[i, j]`` is True when j is a neighbour of i; self-links (libpysal's marker of an
        island) and links of weight 0 do not count.

    Raises
    ------
    ParameterError
        Not a graph, or ids that do not match the layer.
    """
    if graph is None:
        graph = build_weights(layer, WeightsOptions(method="queen", island_policy="isolate"))
    graph = getattr(graph, "graph", graph)  # SpatialWeights -> its libpysal Graph
    adjacency = getattr(graph, "adjacency", None)
    if not isinstance(adjacency, pd.Series):
        raise ParameterError(
            "The spatial weights must be a libpysal Graph (or weights built by build_weights), "
            f"not {type(graph).__name__}."
        )
    focal = layer.index.get_indexer(adjacency.index.get_level_values(0))
    neighbour = layer.index.get_indexer(adjacency.index.get_level_values(1))
    unknown = (focal < 0) | (neighbour < 0)
    if unknown.any():
        labels = np.concatenate(
            [
                adjacency.index.get_level_values(0)[focal < 0],
                adjacency.index.get_level_values(1)[neighbour < 0],
            ]
        )
        raise ParameterError(
            f"The spatial weights do not match the layer: ids {describe_ids(pd.unique(labels))} "
            "are not regions of the layer. Build the weights on this layer and run again."
        )
    link = (focal != neighbour) & (adjacency.to_numpy() != 0)
    n = len(layer)
    return sparse.csr_matrix(
        (np.ones(int(link.sum()), dtype=bool), (focal[link], neighbour[link])), shape=(n, n)
    )


def contiguity_rings(
    layer: gpd.GeoDataFrame, core_id: pd.Series, graph, max_order: int = 2, crs=None
) -> pd.DataFrame:
    """Contiguity rings of order 1..K around the cores.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Regions (polygons) with a CRS and unique ids (the index).
    core_id : pandas.Series
        Int64 indexed like the layer: 1, 2, ... for core regions, <NA> elsewhere.
    graph : libpysal.graph.Graph, SpatialWeights or None
        Spatial weights of the layer (e.g. ``build_weights(layer, WeightsOptions("queen"))``);
        None builds queen contiguity.
    max_order : int
        K, the number of rings (at least 1).
    crs : pyproj.CRS-like or None
        Projected CRS in metres for distances; None uses ``distance_crs(layer)``.

    Returns
    -------
    pandas.DataFrame
        One row per non-core region within K steps of a core, in layer order, indexed by
        region id: ``core_id`` (Int64; lowest order, then nearest, then lowest id),
        ``zone_order`` (1..K), ``distance_km`` (to the nearest region of that core, between
        representative points), ``method`` ("rings").

    Raises
    ------
    ParameterError
        K below 1, bad core ids or weights that do not match the layer.
    LayerError
        No CRS, or regions without geometry.
    """
    k = _check_max_order(max_order)
    check_layer(layer)
    cores = check_cores(layer, core_id)
    matrix = neighbour_matrix(layer, graph)
    sources = np.concatenate(cores.members)
    steps = csgraph.dijkstra(
        matrix, directed=True, indices=sources, unweighted=True, limit=k + 0.5
    )
    # (n, n_cores): fewest steps from any region of each core
    bounds = np.cumsum([0] + [len(pos) for pos in cores.members])
    order = np.column_stack([steps[a:b].min(axis=0) for a, b in zip(bounds[:-1], bounds[1:])])
    distance = core_point_distances(representative_xy(layer, metre_crs(layer, crs)), cores)
    # per region, the cores sorted by (order, distance, id); column 0 is the winner
    core_ids = np.broadcast_to(cores.ids, order.shape)
    best = np.lexsort((core_ids, distance, order), axis=-1)[:, 0]
    rows = np.arange(len(layer))
    best_order = order[rows, best]
    keep = np.isfinite(best_order) & (best_order <= k) & ~cores.is_core
    return zone_frame(
        layer.index[keep],
        cores.ids[best[keep]],
        best_order[keep],
        distance[rows, best][keep],
        "rings",
    )
