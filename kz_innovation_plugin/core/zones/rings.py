"""Contiguity rings: the regions one, two, ... K neighbour steps away from a core.

Order 1 of a core is exactly its neighbours in the spatial weights (a ``SpatialWeights``
or a ``libpysal.graph.Graph``, following the focal -> neighbour links of its matrix), order 2 their
neighbours that are not nearer, and so on.  A breadth-first walk on the graph's sparse
matrix (scipy CSR, numpy) steps from every core region at once, one ring per step up to
K, and keeps only the (region, core) pairs it reaches, so time and memory grow with the
links inside the rings, not with regions x cores, and nothing loops over the regions.

A region reached by several cores goes to the core with the lowest order, then the
shortest distance between representative points (in metres, see
:mod:`._influence_inputs`; measured as scipy's ``cdist`` measures), then the lowest core
id.  Core regions themselves and regions more than K steps from every core are left out.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy import sparse

from .._checks import describe_ids
from ..errors import ParameterError
from ..spatial_weights import WeightsOptions, build_weights, nonzero_links
from ._influence_inputs import (
    Cores,
    check_cores,
    check_layer,
    metre_crs,
    representative_xy,
    zone_frame,
)

__all__ = ["adjacency_in_layer_order", "contiguity_rings"]


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


def adjacency_in_layer_order(layer: gpd.GeoDataFrame, graph) -> sparse.csr_matrix:
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
    ids, focal, neighbour = nonzero_links(graph)
    position = layer.index.get_indexer(ids)
    if (position < 0).any():
        raise ParameterError(
            f"The spatial weights do not match the layer: ids "
            f"{describe_ids(ids[position < 0])} are not regions of the layer. Build the "
            "weights on this layer and run again."
        )
    n = len(layer)
    return sparse.csr_matrix(
        (np.ones(len(focal), dtype=bool), (position[focal], position[neighbour])), shape=(n, n)
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
    matrix = adjacency_in_layer_order(layer, graph)
    region, core, order = ring_pairs(matrix, cores.members, k)
    target = metre_crs(layer, crs)
    keep = ~cores.is_core[region]  # core regions are in no ring
    region, core, order = region[keep], core[keep], order[keep]
    if not len(region):
        none = np.zeros(0, dtype=np.intp)
        return zone_frame(layer.index[none], cores.ids[none], none, np.zeros(0), "rings")
    # only the pairs at a region's lowest order compete (pairs are sorted by region)
    start = _group_starts(region)
    lowest = np.minimum.reduceat(order, start)
    fewest = order == np.repeat(lowest, np.diff(np.r_[start, len(region)]))
    region, core, order = region[fewest], core[fewest], order[fewest]
    distance = _pair_distances(layer, target, cores, region, core)
    # per region, the pairs sorted by (distance, core id): the first one wins
    ranked = np.lexsort((cores.ids[core], distance, region))
    winner = ranked[_group_starts(region[ranked])]
    return zone_frame(
        layer.index[region[winner]],
        cores.ids[core[winner]],
        order[winner],
        distance[winner],
        "rings",
    )


def _group_starts(sorted_values: np.ndarray) -> np.ndarray:
    """Positions where a run of equal values begins in a sorted, non-empty array."""
    return np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])


def _ramp(sizes: np.ndarray) -> np.ndarray:
    """0, 1, ..., s-1 for each s of ``sizes``, concatenated."""
    sizes = np.asarray(sizes, dtype=np.intp)
    return np.arange(int(sizes.sum()), dtype=np.intp) - np.repeat(np.cumsum(sizes) - sizes, sizes)


def ring_pairs(matrix: sparse.csr_matrix, members: list, k: int):
    """Every (region, core) within k steps of the core, at its fewest steps.

    A breadth-first walk from all the cores at once: the frontier holds (region, core)
    pairs, each step follows the CSR rows of the frontier's regions and keeps the pairs
    not reached before.  Equal to the fewest steps from any region of the core
    (``scipy.sparse.csgraph.dijkstra(matrix, unweighted=True)`` from each core region,
    the minimum per core), without its (core regions x regions) array.

    Parameters
    ----------
    matrix : scipy.sparse.csr_matrix
        Boolean (n, n): ``matrix[i, j]`` when j is a neighbour of i
        (:func:`adjacency_in_layer_order`).
    members : list of numpy.ndarray
        Positions of the regions of each core, by core.
    k : int
        The largest order.

    Returns
    -------
    tuple of numpy.ndarray
        ``region`` positions, ``core`` positions (in ``members``) and ``order`` (0 for the
        core's own regions, 1..k), sorted by region then core.
    """
    n_cores = len(members)
    sizes = np.array([len(pos) for pos in members], dtype=np.intp)
    # a pair is one int64: region * n_cores + core
    reached = np.unique(
        np.concatenate(members).astype(np.int64) * n_cores + np.repeat(np.arange(n_cores), sizes)
    )
    pairs, orders = [reached], [np.zeros(len(reached), dtype=np.int64)]
    frontier = reached
    indptr, indices = matrix.indptr, matrix.indices
    for step in range(1, k + 1):
        if not len(frontier):
            break
        region, core = np.divmod(frontier, n_cores)
        count = indptr[region + 1] - indptr[region]
        following = indices[np.repeat(indptr[region], count) + _ramp(count)]
        found = np.unique(following.astype(np.int64) * n_cores + np.repeat(core, count))
        frontier = found[~_sorted_contains(reached, found)]
        # two sorted, disjoint runs: the stable sort (timsort) merges them in linear time
        reached = np.sort(np.concatenate([reached, frontier]), kind="stable")
        pairs.append(frontier)
        orders.append(np.full(len(frontier), step, dtype=np.int64))
    pair = np.concatenate(pairs)
    order = np.concatenate(orders)
    sort = np.argsort(pair, kind="stable")
    region, core = np.divmod(pair[sort], n_cores)
    return region.astype(np.intp), core.astype(np.intp), order[sort]


def _sorted_contains(haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """Which ``needles`` are in the sorted array ``haystack`` (a binary search each)."""
    if not len(haystack):
        return np.zeros(len(needles), dtype=bool)
    position = np.minimum(np.searchsorted(haystack, needles), len(haystack) - 1)
    return haystack[position] == needles


def _pair_distances(
    layer: gpd.GeoDataFrame, crs, cores: Cores, region: np.ndarray, core: np.ndarray
) -> np.ndarray:
    """Metres from each region's representative point to the nearest point of its core.

    Points are computed for the regions involved only.  Each (region, core region)
    difference vector is measured as ``sqrt(dx * dx + dy * dy)``: the operations, so the
    floats, of scipy's ``cdist`` between the two points (scipy.spatial, a tenth of a second
    to import, is not needed for them).
    """
    sizes = np.array([len(pos) for pos in cores.members], dtype=np.intp)
    flat = np.concatenate(cores.members)
    starts = np.cumsum(sizes) - sizes
    count = sizes[core]
    member = flat[np.repeat(starts[core], count) + _ramp(count)]
    origin = np.repeat(region, count)
    needed = np.union1d(origin, member)
    xy = representative_xy(layer, crs, needed)
    difference = xy[np.searchsorted(needed, origin)] - xy[np.searchsorted(needed, member)]
    metres = np.sqrt((difference * difference).sum(axis=1))
    return np.minimum.reduceat(metres, np.cumsum(count) - count)
