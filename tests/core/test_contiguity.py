"""Vectorised queen/rook contiguity against its reference, libpysal's build_contiguity.

``vertex_contiguity`` must give libpysal's Graph exactly (links, order, dtypes, index
levels and codes) on grids, Voronoi cells, the bundled regions of Kazakhstan (multipolygons,
exclaves, islands in the Caspian) and awkward shapes (holes, lines, -0.0, NaN coordinates).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from libpysal.graph import Graph

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.spatial_weights import WeightsOptions, build_weights
from kz_innovation_plugin.core.spatial_weights._contiguity import id_level, vertex_contiguity


def assert_same_graph(got: Graph, expected: Graph) -> None:
    """Equal adjacency (values, dtype, order), index levels and codes, and transformation."""
    left, right = got.adjacency, expected.adjacency
    pd.testing.assert_series_equal(left, right, check_exact=True)
    for level, reference in zip(left.index.levels, right.index.levels):
        pd.testing.assert_index_equal(level, reference, exact=True)
    for code, reference in zip(left.index.codes, right.index.codes):
        assert code.dtype == reference.dtype
        np.testing.assert_array_equal(code, reference)
    assert got.transformation == expected.transformation


def assert_like_libpysal(geometry: gpd.GeoSeries) -> None:
    for rook in (False, True):
        got = vertex_contiguity(geometry, rook)
        assert got is not None
        assert_same_graph(got, Graph.build_contiguity(geometry, rook=rook))


def square_grid(rows: int, cols: int) -> gpd.GeoSeries:
    i = np.arange(rows * cols)
    x, y = i % cols, i // cols
    return gpd.GeoSeries(shapely.box(x, y, x + 1, y + 1))


def voronoi_cells(n: int, seed: int) -> gpd.GeoSeries:
    rng = np.random.default_rng(seed)
    frame = shapely.box(0, 0, 1000, 1000)
    diagram = shapely.voronoi_polygons(
        shapely.multipoints(rng.random((n, 2)) * 1000), extend_to=frame
    )
    return gpd.GeoSeries(shapely.intersection(shapely.get_parts(diagram), frame))


def awkward_shapes() -> list:
    """Holes, a polygon in a hole, multipolygons, -0.0, an island, lines."""
    return [
        shapely.Polygon([(0, 0), (3, 0), (3, 3), (0, 3)], [[(1, 1), (2, 1), (2, 2), (1, 2)]]),
        shapely.box(1, 1, 2, 2),  # fills the hole: shares the hole's edges
        shapely.MultiPolygon([shapely.box(-1, 0, 0, 1), shapely.box(5, 5, 6, 6)]),
        shapely.box(6, 5, 7, 6),  # touches the second part of the multipolygon
        shapely.Polygon([(-0.0, 3), (0, 4), (-1, 4), (-1, 3)]),  # -0.0 equals 0.0
        shapely.box(20, 20, 21, 21),  # island
        shapely.LineString([(3, 0), (4, 0), (4, 1)]),
        shapely.MultiLineString([[(4, 1), (5, 5)], [(7, 6), (8, 6)]]),
    ]


@pytest.mark.parametrize("rows, cols", [(1, 2), (3, 3), (20, 30)])
def test_grids(rows, cols):
    assert_like_libpysal(square_grid(rows, cols))


@pytest.mark.parametrize("seed", [0, 1])
def test_voronoi_cells(seed):
    assert_like_libpysal(voronoi_cells(1500, seed))


@pytest.mark.parametrize("boundary_set", ["2017", "2018", "2022"])
def test_bundled_regions(boundary_set):
    regions = load_bundled_regions(boundary_set)
    assert (regions.geom_type == "MultiPolygon").any()
    assert_like_libpysal(regions.geometry)
    assert_like_libpysal(regions.set_index("unit_id").geometry)


@pytest.mark.parametrize(
    "index",
    [
        None,
        pd.Index([10, 3, 5, 1, 2, 9, 8, 7], dtype="int32"),
        pd.Index([10, 3, 5, 1, 2, 9, 8, 7], dtype="uint16"),
        pd.Index(np.arange(8) / 2),
        pd.Index(list("hgfedcba")),
        pd.Index(list("hgfedcba"), dtype="string"),
        pd.Index(list("hgfedcba"), dtype=object),
    ],
)
def test_awkward_shapes_and_ids(index):
    assert_like_libpysal(gpd.GeoSeries(awkward_shapes(), index=index))


def test_edges_follow_parts_as_in_libpysal():
    # libpysal joins a polygon's shell to its hole (one part) but never two parts
    shapes = awkward_shapes()
    shell_to_hole = shapely.LineString([(1, 1), (0, 0)])  # shell ends at (0, 0), hole starts (1, 1)
    across_parts = shapely.LineString([(0, 0), (6, 5)])  # first part ends at (0, 0), next (6, 5)
    geometry = gpd.GeoSeries([*shapes, shell_to_hole, across_parts])
    assert_like_libpysal(geometry)
    rook = vertex_contiguity(geometry, rook=True)
    assert list(rook.neighbors[8]) == [0] and list(rook.neighbors[9]) == []


def test_nan_coordinates_match_nothing():
    geometry = gpd.GeoSeries([*awkward_shapes(), shapely.Polygon([(0, 0), (np.nan, 5), (3, 0)])])
    assert_like_libpysal(geometry)


def test_left_to_libpysal():
    shapes = gpd.GeoSeries([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)])
    assert id_level(pd.Index([pd.Timestamp("2020"), pd.Timestamp("2021")])) is None
    assert id_level(pd.Index(["a", 1], dtype=object)) is None
    assert id_level(pd.Index([1.0, np.nan])) is None
    assert vertex_contiguity(shapes.set_axis(pd.Index(["a", 1], dtype=object)), False) is None
    with_point = gpd.GeoSeries([*shapes, shapely.Point(1, 1)])
    assert vertex_contiguity(with_point, False) is None


@pytest.mark.parametrize("method", ["queen", "rook"])
@pytest.mark.parametrize("transform", ["r", "b"])
def test_build_weights_gives_libpysal_weights(method, transform):
    layer = load_bundled_regions("2022").set_index("unit_id")
    weights = build_weights(layer, WeightsOptions(method, transform=transform))
    reference = Graph.build_contiguity(layer, rook=method == "rook").transform(transform)
    assert_same_graph(weights.graph, reference)
    cells = gpd.GeoDataFrame(geometry=voronoi_cells(800, 2), crs=3857)
    weights = build_weights(cells, WeightsOptions(method, transform=transform))
    reference = Graph.build_contiguity(cells, rook=method == "rook").transform(transform)
    assert_same_graph(weights.graph, reference)


def test_islands_keep_libpysal_self_links():
    layer = gpd.GeoDataFrame(geometry=awkward_shapes()[:6], crs=3857)
    weights = build_weights(layer, WeightsOptions("queen", island_policy="isolate"))
    assert weights.islands == [5]
    reference = Graph.build_contiguity(layer, rook=False).transform("r")
    assert_same_graph(weights.graph, reference)
