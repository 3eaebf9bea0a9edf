"""Contiguity rings and core selection against straightforward reference versions.

The rings walk the graph from the cores and keep only the (region, core) pairs they
reach; the reference is the former dense computation (scipy ``dijkstra`` from every core
region into a (regions x cores) array, ``cdist`` to every core), which must give the same
frame to the last bit.
"""

from __future__ import annotations

import time

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from libpysal.graph import Graph
from scipy.sparse import csgraph
from scipy.spatial.distance import cdist

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.spatial_weights import WeightsOptions, build_weights
from kz_innovation_plugin.core.zones import CoreRule, contiguity_rings, select_cores
from kz_innovation_plugin.core.zones._influence_inputs import (
    check_cores,
    metre_crs,
    representative_xy,
    zone_frame,
)
from kz_innovation_plugin.core.zones.rings import adjacency_in_layer_order


def dense_rings(layer, core_id, graph, k, crs=None) -> pd.DataFrame:
    """The reference: (regions x cores) steps and distances, the winner by lexsort."""
    cores = check_cores(layer, core_id)
    matrix = adjacency_in_layer_order(layer, graph)
    steps = csgraph.dijkstra(
        matrix,
        directed=True,
        indices=np.concatenate(cores.members),
        unweighted=True,
        limit=k + 0.5,
    )
    bounds = np.cumsum([0] + [len(pos) for pos in cores.members])
    order = np.column_stack([steps[a:b].min(axis=0) for a, b in zip(bounds[:-1], bounds[1:])])
    xy = representative_xy(layer, metre_crs(layer, crs))
    distance = np.column_stack([cdist(xy, xy[pos]).min(axis=1) for pos in cores.members])
    best = np.lexsort((np.broadcast_to(cores.ids, order.shape), distance, order), axis=-1)[:, 0]
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


def random_cores(index: pd.Index, n_cores: int, rng) -> pd.Series:
    """``n_cores`` core regions with ids 1..about n/2, so that some cores have several."""
    core_id = pd.Series(pd.NA, index=index, dtype="Int64")
    chosen = rng.choice(len(index), n_cores, replace=False)
    core_id.iloc[chosen] = rng.integers(1, max(2, n_cores // 2) + 1, n_cores)
    return core_id


@pytest.fixture(scope="module")
def cells():
    """1200 Voronoi cells in metres with shuffled integer ids, and three graphs.

    Queen, knn (asymmetric) and rook built on the layer in another order (so the graph's
    index levels are not in layer order).
    """
    rng = np.random.default_rng(7)
    frame = shapely.box(0, 0, 100_000, 100_000)
    diagram = shapely.voronoi_polygons(
        shapely.multipoints(rng.random((1200, 2)) * 100_000), extend_to=frame
    )
    polygons = shapely.intersection(shapely.get_parts(diagram), frame)
    layer = gpd.GeoDataFrame(
        geometry=polygons, crs=32642, index=pd.Index(rng.permutation(len(polygons)) * 3 + 7)
    )
    queen = Graph.build_contiguity(layer, rook=False)
    knn = build_weights(layer, WeightsOptions("knn", k=3))
    # the same ids in another order: the graph's index levels are not the layer's order
    shuffled = Graph.build_contiguity(layer.iloc[rng.permutation(len(layer))], rook=True)
    return layer, queen, knn, shuffled


@pytest.mark.parametrize("n_cores", [1, 5, 60, 400])
@pytest.mark.parametrize("k", [1, 2, 4])
def test_rings_equal_dense_reference(cells, n_cores, k):
    layer, queen, knn, shuffled = cells
    core_id = random_cores(layer.index, n_cores, np.random.default_rng(n_cores * 10 + k))
    for graph in (queen, knn, shuffled, None):
        got = contiguity_rings(layer, core_id, graph, max_order=k)
        pd.testing.assert_frame_equal(got, dense_rings(layer, core_id, graph, k), check_exact=True)


@pytest.mark.parametrize("n_cores", [2, 40, 150])
def test_rings_ties_on_a_grid_equal_dense_reference(n_cores):
    # equal distances between box centres: ties go to the lower core id
    i = np.arange(400)
    layer = gpd.GeoDataFrame(
        geometry=shapely.box(i % 20, i // 20, i % 20 + 1, i // 20 + 1), crs=3857
    )
    rng = np.random.default_rng(n_cores)
    core_id = pd.Series(pd.NA, index=layer.index, dtype="Int64")
    core_id.iloc[rng.choice(400, n_cores, replace=False)] = rng.permutation(n_cores) + 1
    for rook in (False, True):
        graph = Graph.build_contiguity(layer, rook=rook)
        for k in (1, 3):
            got = contiguity_rings(layer, core_id, graph, max_order=k)
            expected = dense_rings(layer, core_id, graph, k)
            pd.testing.assert_frame_equal(got, expected, check_exact=True)


def test_rings_of_bundled_regions_equal_dense_reference():
    layer = load_bundled_regions("2018").set_index("unit_id")
    core_id = pd.Series({"astana": 1, "almaty_city": 2, "atyrau": 3}, dtype="Int64")
    core_id = core_id.reindex(layer.index)
    for k in (1, 2, 3):
        for crs in (None, 32642):
            got = contiguity_rings(layer, core_id, None, max_order=k, crs=crs)
            pd.testing.assert_frame_equal(got, dense_rings(layer, core_id, None, k, crs))


def test_rings_unreachable_cores_give_an_empty_frame():
    layer = gpd.GeoDataFrame(
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(5, 5, 6, 6), shapely.box(6, 5, 7, 6)],
        crs=3857,
        index=list("abc"),
    )
    graph = build_weights(layer, WeightsOptions("queen", island_policy="isolate"))
    core_id = pd.Series([1, pd.NA, pd.NA], index=layer.index, dtype="Int64")
    got = contiguity_rings(layer, core_id, graph)
    assert got.empty
    pd.testing.assert_frame_equal(got, dense_rings(layer, core_id, graph, 2))


def test_rings_scale_with_links_not_cores():
    # 40,000 regions and 13,334 cores: a (regions x cores) array would hold 533 million
    # values (4 GB); the walk keeps about 25 pairs per core
    side = 200
    i = np.arange(side * side)
    layer = gpd.GeoDataFrame(
        geometry=shapely.box(i % side, i // side, i % side + 1, i // side + 1), crs=3857
    )
    core_id = pd.Series(pd.NA, index=layer.index, dtype="Int64")
    core_id.iloc[::3] = np.arange(1, len(i[::3]) + 1)
    graph = build_weights(layer, WeightsOptions("queen")).graph
    start = time.perf_counter()
    rings = contiguity_rings(layer, core_id, graph, max_order=2)
    assert time.perf_counter() - start < 30
    assert len(rings) == side * side - len(i[::3])  # every other region is next to a core
    assert (rings["zone_order"] == 1).all()


def test_core_members_grouped_by_id():
    rng = np.random.default_rng(3)
    index = pd.Index(rng.permutation(500) + 10)
    core_id = random_cores(index, 120, rng)
    cores = check_cores(
        gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 1, 1)] * 500, index=index), core_id
    )
    codes = core_id.to_numpy(dtype="float64", na_value=np.nan)
    expected_ids = np.unique(codes[~np.isnan(codes)]).astype("int64")
    np.testing.assert_array_equal(cores.ids, expected_ids)
    assert cores.ids.dtype == np.int64
    assert len(cores.members) == len(expected_ids)
    for members, cid in zip(cores.members, expected_ids):
        np.testing.assert_array_equal(members, np.flatnonzero(codes == cid))


def reference_levels(level: pd.Series) -> pd.Series:
    """The core rule's reading of a level field, value by value."""
    text = level.astype("string").str.strip().str.casefold()
    return (text == "high").fillna(False).astype(bool)


@pytest.mark.parametrize("dtype", ["str", "string", "object", "category"])
def test_level_mode_reads_each_level_as_before(dtype):
    rng = np.random.default_rng(5)
    values = rng.choice(["high", " High", "HIGH ", "low", "medium", None, "hi gh"], 400)
    level = pd.Series(values, index=pd.Index(rng.permutation(400)), name="innov_lvl")
    level = level.astype(dtype)
    layer = pd.DataFrame({"innov_lvl": level, "innov_idx": rng.normal(size=400)})
    selection = select_cores(layer, CoreRule(mode="level"))
    pd.testing.assert_series_equal(selection.is_core, reference_levels(layer["innov_lvl"]))
    missing = layer.assign(innov_lvl=pd.Series(None, index=layer.index, dtype=dtype))
    assert select_cores(missing, CoreRule(mode="level")).empty


def test_dropped_candidates_are_named_in_layer_order():
    layer = pd.DataFrame(
        {
            "name_en": [" Alpha ", "", None, "Delta", "Echo"],
            "innov_idx": [5.0, 4.0, 3.0, 2.0, 1.0],
            "innov_lvl": ["high"] * 5,
            "LISA_CL": [1, 0, 0, 2, 4],
            "Gi_Bin": [0, 0, 0, 0, 0],
        },
        index=["a", "b", "c", "d", "e"],
    )
    selection = select_cores(layer, CoreRule(mode="level", local="lisa"))
    assert list(selection.core_labels) == ["a", "e"]
    assert selection.notes == [
        "3 of 5 candidate(s) dropped, not a LISA High-High or High-Low region: b, c, Delta."
    ]
