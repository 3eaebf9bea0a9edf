"""Zones of influence: contiguity rings, distance bands and gravity potential."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from libpysal.graph import Graph

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import LayerError, ParameterError
from kz_innovation_plugin.core.spatial_weights import WeightsOptions, build_weights
from kz_innovation_plugin.core.zones.influence import (
    ZONE_METHODS,
    contiguity_rings,
    distance_bands,
    gravity_potential,
    regions_in_bands,
)

BANDS_MESSAGE = "Distance bands must be positive and increasing, in km, e.g. 100, 200, 300"


def cores_at(index, mapping: dict) -> pd.Series:
    """core_id Series: ``mapping`` region id -> core id, <NA> elsewhere."""
    return pd.Series(mapping, dtype="Int64").reindex(index)


# --- contiguity rings --------------------------------------------------------------------


@pytest.fixture
def grid():
    """5 x 5 unit boxes (ids 0..24, row by row) in a metre CRS, with their queen graph."""
    boxes = [shapely.box(c, r, c + 1, r + 1) for r in range(5) for c in range(5)]
    layer = gpd.GeoDataFrame({"cell": range(25)}, geometry=boxes, crs=3857)
    return layer, Graph.build_contiguity(layer, rook=False)


def test_zone_methods():
    assert ZONE_METHODS == ("rings", "bands", "gravity")


def test_rings_centre_core(grid):
    layer, graph = grid
    rings = contiguity_rings(layer, cores_at(layer.index, {12: 1}), graph, max_order=2)
    assert 12 not in rings.index
    assert set(rings.index[rings["zone_order"] == 1]) == set(graph.neighbors[12])
    assert len(graph.neighbors[12]) == 8
    outer = {i for i in range(25) if i // 5 in (0, 4) or i % 5 in (0, 4)}
    assert set(rings.index[rings["zone_order"] == 2]) == outer
    assert len(outer) == 16
    assert list(rings.columns) == ["core_id", "zone_order", "distance_km", "method"]
    assert (rings["core_id"] == 1).all() and (rings["method"] == "rings").all()
    assert str(rings["core_id"].dtype) == "Int64"
    # distances between box centres, in km (boxes are 1 m wide)
    assert rings.loc[13, "distance_km"] == pytest.approx(0.001)
    assert rings.loc[0, "distance_km"] == pytest.approx(math.hypot(2, 2) / 1000)


def test_rings_beyond_k_absent(grid):
    layer, graph = grid
    rings = contiguity_rings(layer, cores_at(layer.index, {0: 1}), graph, max_order=1)
    assert set(rings.index) == {1, 5, 6}
    rings = contiguity_rings(layer, cores_at(layer.index, {0: 1}), graph, max_order=2)
    assert set(rings.index) == {1, 2, 5, 6, 7, 10, 11, 12}
    assert rings["zone_order"].max() == 2


def test_rings_two_cores_order_then_distance_then_id(grid):
    layer, graph = grid
    # cores in cells 10 (row 2, col 0) and 14 (row 2, col 4)
    rings = contiguity_rings(layer, cores_at(layer.index, {10: 1, 14: 2}), graph, max_order=2)
    # column 1 is order 1 of core 1, column 3 order 1 of core 2
    assert (rings.loc[[5, 11, 15, 6, 16], "core_id"] == 1).all()
    assert (rings.loc[[5, 11, 15, 6, 16], "zone_order"] == 1).all()
    assert (rings.loc[[9, 13, 19, 8, 18], "core_id"] == 2).all()
    # column 2 is order 2 from both, at the same distance: the lower core id wins
    assert (rings.loc[[2, 7, 12, 17, 22], "core_id"] == 1).all()
    assert (rings.loc[[2, 7, 12, 17, 22], "zone_order"] == 2).all()
    # swapping the ids swaps the tie winner
    swapped = contiguity_rings(layer, cores_at(layer.index, {10: 2, 14: 1}), graph, 2)
    assert (swapped.loc[[2, 7, 12, 17, 22], "core_id"] == 1).all()
    assert (swapped.loc[[6, 11], "core_id"] == 2).all()


def test_rings_equal_order_nearer_core_wins(grid):
    layer, graph = grid
    # cores in cells 0 (corner) and 3: cell 7 (row 1, col 2) is order 1 of core 2 only;
    # cell 12 (row 2, col 2) is order 2 of both; centre distances 2.83 m to cell 0 and
    # 2.24 m to cell 3, so core 2 wins although its id is higher
    rings = contiguity_rings(layer, cores_at(layer.index, {0: 1, 3: 2}), graph, max_order=2)
    assert rings.loc[12, "zone_order"] == 2
    assert rings.loc[12, "core_id"] == 2
    assert rings.loc[12, "distance_km"] == pytest.approx(math.hypot(1, 2) / 1000)
    # cell 11 (row 2, col 1): order 2 of both, 2.24 m to cell 0 and 2.83 m to cell 3
    assert rings.loc[11, "core_id"] == 1


def test_rings_accepts_spatial_weights(grid):
    layer, graph = grid
    weights = build_weights(layer, WeightsOptions(method="queen"))
    core = cores_at(layer.index, {12: 1})
    pd.testing.assert_frame_equal(
        contiguity_rings(layer, core, weights), contiguity_rings(layer, core, graph)
    )


@pytest.mark.parametrize("k", [0, -1, 1.5, "two", True])
def test_rings_bad_k(grid, k):
    layer, graph = grid
    with pytest.raises(ParameterError, match="K \\(the number of contiguity rings\\) must be at"):
        contiguity_rings(layer, cores_at(layer.index, {12: 1}), graph, max_order=k)


def test_rings_no_core(grid):
    layer, graph = grid
    with pytest.raises(ParameterError, match="No region is a core"):
        contiguity_rings(layer, cores_at(layer.index, {}), graph)


def test_rings_weights_of_another_layer(grid):
    layer, graph = grid
    other = layer.set_index(layer.index + 100)
    with pytest.raises(ParameterError, match="do not match the layer"):
        contiguity_rings(other, cores_at(other.index, {112: 1}), graph)


@pytest.mark.parametrize("graph", [{12: [7, 11, 13, 17]}, "queen", pd.DataFrame()])
def test_rings_weights_that_are_not_a_graph(grid, graph):
    layer, _ = grid
    with pytest.raises(ParameterError, match=r"^The spatial weights must be a libpysal Graph \(or "
                       rf"weights built by build_weights\), not {type(graph).__name__}\.$"):
        contiguity_rings(layer, cores_at(layer.index, {12: 1}), graph)


# --- distance bands ----------------------------------------------------------------------


@pytest.fixture
def strip():
    """10 boxes of 1000 m x 1000 m side by side along x (ids 0..9), EPSG:3857."""
    boxes = [shapely.box(1000 * i, 0, 1000 * (i + 1), 1000) for i in range(10)]
    return gpd.GeoDataFrame({"box": range(10)}, geometry=boxes, crs=3857)


def test_bands_one_core(strip):
    bands = distance_bands(strip, cores_at(strip.index, {0: 1}), [1.5, 3.5])
    assert list(bands.columns) == [
        "core_id", "zone_order", "band_from_km", "band_to_km", "method", "area_km2", "geometry",
    ]
    assert bands["zone_order"].tolist() == [1, 2]
    assert bands["band_from_km"].tolist() == [0.0, 1.5]
    assert bands["band_to_km"].tolist() == [1.5, 3.5]
    assert (bands["method"] == "bands").all() and (bands["core_id"] == 1).all()
    # clipped to the 1 km high strip, band 1 is x in (1000, 2500], band 2 x in (2500, 4500]
    assert bands["area_km2"].tolist() == pytest.approx([1.5, 2.0], abs=1e-9)
    assert bands.geometry.iloc[0].bounds == pytest.approx((1000, 0, 2500, 1000))
    assert bands.geometry.iloc[1].bounds == pytest.approx((2500, 0, 4500, 1000))
    assert bands.crs == strip.crs
    assert set(bands.geom_type) == {"MultiPolygon"}


def test_regions_in_bands_one_core(strip):
    regions = regions_in_bands(strip, cores_at(strip.index, {0: 1}), [1.5, 3.5])
    # box centres are 0.5, 1.5, 2.5, 3.5 and 4.5 km from the core's edge; a point on a limit
    # is in the inner band
    assert regions.index.tolist() == [1, 2, 3, 4]
    assert regions["zone_order"].tolist() == [1, 1, 2, 2]
    assert regions["distance_km"].tolist() == pytest.approx([0.5, 1.5, 2.5, 3.5])
    assert (regions["core_id"] == 1).all() and (regions["method"] == "bands").all()


def test_bands_two_cores_no_overlap(strip):
    core = cores_at(strip.index, {0: 1, 9: 2})
    bands = distance_bands(strip, core, [1.5, 3.5])
    # core 1 spans x 0-1000, core 2 x 9000-10000; the split is x = 5000
    expected = {(1, 1): 1.5, (1, 2): 2.0, (2, 1): 1.5, (2, 2): 2.0}
    got = {(int(c), int(o)): a for c, o, a in bands[["core_id", "zone_order", "area_km2"]].values}
    assert got == pytest.approx(expected, abs=1e-6)
    union = shapely.union_all(bands.geometry.to_numpy())
    assert union.area / 1e6 == pytest.approx(bands["area_km2"].sum(), abs=1e-6)

    # wider bands overlap between the cores: each piece is nearer to its own core
    bands = distance_bands(strip, core, [3.0, 5.0])
    union = shapely.union_all(bands.geometry.to_numpy())
    assert union.area / 1e6 == pytest.approx(bands["area_km2"].sum(), abs=1e-6)
    assert union.area / 1e6 == pytest.approx(8.0, abs=1e-6)  # all but the two cores
    got = {(int(c), int(o)): a for c, o, a in bands[["core_id", "zone_order", "area_km2"]].values}
    assert got == pytest.approx({(1, 1): 3.0, (1, 2): 1.0, (2, 1): 3.0, (2, 2): 1.0}, abs=1e-6)
    xs, ys = np.meshgrid(np.arange(25, 10000, 50.0), np.arange(25, 1000, 50.0))
    points = shapely.points(xs.ravel(), ys.ravel())
    near = np.where(np.abs(xs.ravel() - 500) < np.abs(xs.ravel() - 9500), 1, 2)
    for cid, geom in zip(bands["core_id"], bands.geometry):
        inside = shapely.contains(geom, points)
        assert (near[inside] == cid).all()


def test_bands_uneven_cores_split_by_boundary_distance():
    # a big core (3 boxes wide) and a small one: the split follows the boundaries
    boxes = [shapely.box(1000 * i, 0, 1000 * (i + 1), 1000) for i in range(12)]
    layer = gpd.GeoDataFrame(geometry=boxes, crs=32642)
    core = cores_at(layer.index, {0: 1, 1: 1, 2: 1, 11: 2})  # core 1 is x 0-3000
    bands = distance_bands(layer, core, [10.0])
    # boundaries at x = 3000 and x = 11000: the split is x = 7000
    areas = dict(zip(bands["core_id"].astype(int), bands["area_km2"]))
    assert areas == pytest.approx({1: 4.0, 2: 4.0}, abs=1e-6)
    regions = regions_in_bands(layer, core, [10.0])
    assert regions.loc[[3, 4, 5, 6], "core_id"].tolist() == [1, 1, 1, 1]
    assert regions.loc[[7, 8, 9, 10], "core_id"].tolist() == [2, 2, 2, 2]


def test_regions_in_bands_two_cores_tie(strip):
    regions = regions_in_bands(strip, cores_at(strip.index, {0: 2, 8: 1}), [10.0])
    # box 4's centre (4500) is 3.5 km from both cores' edges: the lower id wins
    assert regions.loc[4, "core_id"] == 1
    assert regions.loc[3, "core_id"] == 2
    assert regions.loc[9, "core_id"] == 1
    assert 0 not in regions.index and 8 not in regions.index


@pytest.mark.parametrize("bad", [[0, 10], [200, 100], [100, 100], [-5], [], ["a"]])
def test_bands_bad(strip, bad):
    core = cores_at(strip.index, {0: 1})
    with pytest.raises(ParameterError, match=BANDS_MESSAGE):
        distance_bands(strip, core, bad)
    with pytest.raises(ParameterError, match=BANDS_MESSAGE):
        regions_in_bands(strip, core, bad)


def test_bands_layer_in_degrees():
    # 1 x 1 km boxes on the equator at UTM zone 31's central meridian, given in degrees
    boxes = [shapely.box(500_000 + 1000 * i, 0, 501_000 + 1000 * i, 1000) for i in range(10)]
    layer = gpd.GeoDataFrame(geometry=boxes, crs=32631).to_crs(4326)
    core = cores_at(layer.index, {0: 1})
    # limits off the box centres, which are 0.5, 1.5, ... km (scale 0.9996) from the core
    bands = distance_bands(layer, core, [1.6, 3.6])
    assert bands.crs.to_epsg() == 4326
    assert bands["area_km2"].tolist() == pytest.approx([1.6, 2.0], rel=2e-3)
    regions = regions_in_bands(layer, core, [1.6, 3.6])
    assert regions.index.tolist() == [1, 2, 3, 4]
    assert regions["zone_order"].tolist() == [1, 1, 2, 2]


# --- gravity -----------------------------------------------------------------------------


@pytest.fixture
def line():
    """Three 1 km boxes with centres at x = 0, 10 and 30 km (a 1 km2 box has radius
    sqrt(1/pi) km)."""
    boxes = [shapely.box(x - 500, -500, x + 500, 500) for x in (0, 10_000, 30_000)]
    return gpd.GeoDataFrame(geometry=boxes, index=["a", "b", "c"], crs=3857)


def test_gravity_by_hand(line):
    core = cores_at(line.index, {"a": 1, "c": 2})
    mass = pd.Series({"a": 100.0, "b": 7.0, "c": 50.0})
    out = gravity_potential(line, core, mass, beta=2.0)
    # a: 100 / (1/pi) + 50 / 30**2; b: 100 / 10**2 + 50 / 20**2; c: 100 / 30**2 + 50 pi
    expected = [314.2148209, 1.125, 157.1907438]
    assert out["potential"].tolist() == pytest.approx(expected, rel=1e-7)
    assert out["dominant_core"].tolist() == [1, 1, 2]
    assert out["share"].tolist() == pytest.approx(
        [0.99982321, 1 / 1.125, 0.99929314], rel=1e-7
    )
    assert out["zone_class"].tolist() == [1, 3, 2]
    assert out["core_id"].tolist() == [1, 1, 2]
    assert out["distance_km"].tolist() == pytest.approx([0.0, 10.0, 0.0])
    assert (out["method"] == "gravity").all()


def test_gravity_beta_one_and_classes(line):
    core = cores_at(line.index, {"a": 1, "c": 2})
    mass = pd.Series({"a": 100.0, "b": 0.0, "c": 50.0})
    out = gravity_potential(line, core, mass, beta=1.0, classes=1)
    radius = math.sqrt(1 / math.pi)
    assert out.loc["b", "potential"] == pytest.approx(100 / 10 + 50 / 20)
    assert out.loc["a", "potential"] == pytest.approx(100 / radius + 50 / 30)
    assert (out["zone_class"] == 1).all()


def test_gravity_negative_mass(line):
    core = cores_at(line.index, {"a": 1})
    mass = pd.Series({"a": 1.0, "b": -5.0, "c": 2.0})
    with pytest.raises(ParameterError, match="region b: -5"):
        gravity_potential(line, core, mass)


def test_gravity_missing_and_zero_mass(line):
    core = cores_at(line.index, {"a": 1})
    with pytest.raises(ParameterError, match="missing values \\(regions c\\)"):
        gravity_potential(line, core, pd.Series({"a": 1.0, "b": 1.0, "c": None}))
    with pytest.raises(ParameterError, match="all 0"):
        gravity_potential(line, core, pd.Series({"a": 0.0, "b": 0.0, "c": 0.0}))


@pytest.mark.parametrize("beta", [0, -1, float("nan")])
def test_gravity_bad_beta(line, beta):
    core = cores_at(line.index, {"a": 1})
    with pytest.raises(ParameterError, match="beta"):
        gravity_potential(line, core, pd.Series(1.0, index=line.index), beta=beta)


def test_gravity_core_without_area():
    points = gpd.GeoDataFrame(geometry=shapely.points([0, 10_000, 30_000], [0, 0, 0]),
                              index=["a", "b", "c"], crs=3857)
    with pytest.raises(LayerError, match=r"^Core regions a have no area, so their own distance "
                       r"\(the radius of a circle of their area\) is 0; use polygon regions\.$"):
        gravity_potential(points, cores_at(points.index, {"a": 1}), pd.Series(1.0, points.index))


# --- checks shared by the three methods ----------------------------------------------------

#: zone method -> call on a layer and its core ids (gravity with a mass of 1 everywhere)
METHOD_CALLS = {
    "rings": lambda layer, core: contiguity_rings(layer, core, None),
    "bands": lambda layer, core: distance_bands(layer, core, [10.0]),
    "gravity": lambda layer, core: gravity_potential(layer, core, pd.Series(1.0, layer.index)),
}


def _without_geometry(layer):
    layer = layer.copy()
    layer.loc["b", "geometry"] = None
    return layer


#: what is wrong -> (layer from the ``line`` fixture, its core ids, error, message)
BAD_LAYERS_AND_CORES = {
    "no regions": (
        lambda line: line.iloc[:0],
        lambda index: cores_at(index, {}),
        LayerError,
        r"^The layer has no regions; zones of influence need at least one core\.$",
    ),
    "repeated ids": (
        lambda line: line.set_axis(["a", "a", "c"]),
        lambda index: pd.Series([1, None, None], index=index, dtype="Int64"),
        ParameterError,
        r"^The layer's region ids are not unique \(ids a occur more than once\); use a field "
        r"with unique values \(e\.g\. unit_id\) as the id\.$",
    ),
    "no geometry": (
        _without_geometry,
        lambda index: cores_at(index, {"a": 1}),
        LayerError,
        r"^Regions b have no geometry; fix or remove them \(in QGIS: Vector > Geometry Tools > "
        r"Check Validity\) and run again\.$",
    ),
    "core ids not a Series": (
        lambda line: line,
        lambda index: {"a": 1},
        ParameterError,
        r"^core_id must be a pandas Series indexed like the layer \(1, 2, \.\.\. for the cores, "
        r"empty elsewhere\), not dict\.$",
    ),
    "fractional core id": (
        lambda line: line,
        lambda index: pd.Series([1.5, None, None], index=index),
        ParameterError,
        r"^Core ids must be whole numbers \(1, 2, \.\.\. for the cores, empty elsewhere\)\.$",
    ),
    "text core id": (
        lambda line: line,
        lambda index: pd.Series(["one", None, None], index=index, dtype=object),
        ParameterError,
        r"^Core ids must be whole numbers \(1, 2, \.\.\. for the cores, empty elsewhere\)\.$",
    ),
    "core id 0": (
        lambda line: line,
        lambda index: pd.Series([1, 0, None], index=index, dtype="Int64"),
        ParameterError,
        r"^Core ids must be 1 or more; regions b have 0 or a negative id \(leave non-core "
        r"regions empty\)\.$",
    ),
}


@pytest.mark.parametrize("method", list(METHOD_CALLS))
@pytest.mark.parametrize("name", list(BAD_LAYERS_AND_CORES))
def test_bad_layer_or_core_ids_are_explained(line, name, method):
    make_layer, make_cores, error, message = BAD_LAYERS_AND_CORES[name]
    layer = make_layer(line)
    with pytest.raises(error, match=message):
        METHOD_CALLS[method](layer, make_cores(layer.index))


# --- bundled regions ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def kazakhstan():
    layer = load_bundled_regions("2018")
    ids = dict(zip(layer["unit_id"], layer.index))
    core = cores_at(layer.index, {ids["astana"]: 1, ids["almaty_city"]: 2})
    return layer, ids, core


def test_bundled_rings(kazakhstan):
    layer, ids, core = kazakhstan
    weights = build_weights(layer, WeightsOptions(method="queen"))
    rings = contiguity_rings(layer, core, weights.graph, max_order=2)
    astana_ring = set(rings.index[(rings["core_id"] == 1) & (rings["zone_order"] == 1)])
    assert astana_ring == set(weights.graph.neighbors[ids["astana"]]) == {ids["akmola"]}
    almaty_ring = set(rings.index[(rings["core_id"] == 2) & (rings["zone_order"] == 1)])
    assert almaty_ring == set(weights.graph.neighbors[ids["almaty_city"]])
    assert ids["astana"] not in rings.index and ids["almaty_city"] not in rings.index


def test_bundled_bands_and_gravity(kazakhstan):
    layer, ids, core = kazakhstan
    bands = distance_bands(layer, core, [100, 200, 300])
    assert bands.crs.to_epsg() == 4326
    assert set(bands["core_id"]) == {1, 2}
    metres = bands.to_crs(bands.estimate_utm_crs())
    union = shapely.union_all(metres.geometry.to_numpy())
    assert union.area == pytest.approx(metres.area.sum(), rel=1e-6)
    regions = regions_in_bands(layer, core, [100, 200, 300])
    assert regions.loc[ids["akmola"], "core_id"] == 1
    assert regions.loc[ids["almaty_region"], "core_id"] == 2

    mass = pd.Series(1.0, index=layer.index)
    out = gravity_potential(layer, core, mass)
    assert len(out) == len(layer)
    assert out["share"].between(0.5, 1.0).all()
    assert out.loc[ids["akmola"], "dominant_core"] == 1
    assert out.loc[ids["almaty_region"], "dominant_core"] == 2
    assert out.loc[ids["astana"], "zone_class"] == 1


@pytest.mark.parametrize("method", ["rings", "bands", "gravity"])
def test_every_zone_method_gives_one_result_object(method):
    from kz_innovation_plugin.core.zones import ZoneResult, influence_zones

    layer = load_bundled_regions("2018").set_index("unit_id", drop=False)
    core_id = pd.Series(pd.NA, index=layer.index, dtype="Int64")
    core_id.loc[["astana", "almaty_city"]] = [1, 2]
    graph = Graph.build_contiguity(layer, rook=False)
    mass = pd.Series(1.0, index=layer.index)
    result = influence_zones(layer, core_id, method, graph=graph, mass=mass)
    assert isinstance(result, ZoneResult) and result.method == method
    assert {"core_id", "zone_order"} <= set(result.assignment.columns)
    assert not result.assignment.index.isin(["astana", "almaty_city"]).any()
    assert result.layer.crs == layer.crs and len(result.layer) > 0
    assert set(result.parameters) == {"rings": {"max_order"}, "bands": {"bands_km"},
                                      "gravity": {"beta"}}[method]


def test_an_unknown_zone_method_and_gravity_without_mass_are_named():
    from kz_innovation_plugin.core.zones import influence_zones

    layer = load_bundled_regions("2018")
    core_id = pd.Series(pd.NA, index=layer.index, dtype="Int64")
    with pytest.raises(ParameterError, match="Unknown zone method 'voronoi'"):
        influence_zones(layer, core_id, "voronoi")
    with pytest.raises(ParameterError, match="mass"):
        influence_zones(layer, core_id, "gravity")
