"""Spatial weights: contiguity, distance methods in true metres, islands, GAL/GWT files."""

from __future__ import annotations

import re
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from libpysal.graph import Graph

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import InputFileError, LayerError, ParameterError
from kz_innovation_plugin.core.spatial_weights import (
    SpatialWeights,
    WeightsOptions,
    build_weights,
    distance_crs,
    load_weights,
    save_weights,
)


def grid(n: int, crs="EPSG:3857", size: float = 1.0) -> gpd.GeoDataFrame:
    """n x n square cells, row by row from the lower left, ids 0..n*n-1."""
    xs, ys = np.meshgrid(np.arange(n) * size, np.arange(n) * size)
    x, y = xs.ravel(), ys.ravel()
    return gpd.GeoDataFrame(geometry=shapely.box(x, y, x + size, y + size), crs=crs)


def neighbours(weights: SpatialWeights | Graph) -> dict:
    """{id: set of neighbour ids} from a Graph or SpatialWeights."""
    graph = weights.graph if isinstance(weights, SpatialWeights) else weights
    return {key: set(value) for key, value in graph.neighbors.items()}


@pytest.fixture(scope="module")
def regions() -> gpd.GeoDataFrame:
    return load_bundled_regions("2018").set_index("unit_id")


def projected_points(layer: gpd.GeoDataFrame) -> np.ndarray:
    points = layer.geometry.representative_point().to_crs(distance_crs(layer))
    return np.column_stack([points.x, points.y])


def nearest_distances(xy: np.ndarray) -> np.ndarray:
    gaps = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(gaps, np.inf)
    return gaps.min(axis=1)


# --- contiguity -------------------------------------------------------------------------

@pytest.mark.parametrize("method, expected", [("queen", (3, 5, 8)), ("rook", (2, 3, 4))])
def test_grid_cardinalities(method, expected):
    layer = grid(3)
    weights = build_weights(layer, WeightsOptions(method))
    card = weights.graph.cardinalities
    corner, edge, centre = expected
    assert card.loc[[0, 2, 6, 8]].tolist() == [corner] * 4
    assert card.loc[[1, 3, 5, 7]].tolist() == [edge] * 4
    assert card.loc[4] == centre
    assert weights.islands == [] and weights.components == 1
    assert weights.distance_crs is None
    assert list(weights.ids) == list(layer.index)
    row_sums = weights.graph.adjacency.groupby(level=0).sum()
    np.testing.assert_allclose(row_sums.to_numpy(), 1.0)

    binary = build_weights(layer, WeightsOptions(method, transform="b"))
    assert set(binary.graph.adjacency.unique()) == {1}
    summary = binary.summary()
    assert summary["neighbours_min"] == corner and summary["neighbours_max"] == centre
    assert summary["features"] == 9 and summary["transform"] == "b"


def test_bundled_regions_queen(regions):
    weights = build_weights(regions, WeightsOptions("queen"))
    assert weights.graph.n == 17
    assert weights.islands == [] and weights.components == 1
    got = neighbours(weights)
    assert got["almaty_city"] == {"almaty_region"}
    assert got["astana"] == {"akmola"}
    assert "almaty_city" in got["almaty_region"] and "astana" in got["akmola"]
    # multi-part regions (Atyrau's Caspian islands, Astana's exclave pieces) are not islands
    assert weights.graph.cardinalities.min() >= 1

    direct = Graph.build_contiguity(regions, rook=False)
    assert got == neighbours(direct)
    from libpysal.weights import Queen

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        classic = Queen.from_dataframe(regions, use_index=True)
    assert got == {key: set(value) for key, value in classic.neighbors.items()}


def test_queen_grid_of_ten_thousand_cells():
    weights = build_weights(grid(100))
    counts = weights.graph.cardinalities.value_counts().to_dict()
    assert counts == {8: 98 * 98, 5: 4 * 98, 3: 4}
    assert weights.components == 1


def test_touching_without_shared_vertices_is_not_an_island():
    # the right square's corners lie on the left square's edge, not on its vertices
    layer = gpd.GeoDataFrame(
        geometry=[shapely.box(0, 0, 2, 2), shapely.box(2, 0.5, 3, 1.5), shapely.box(0, 2, 2, 3)],
        crs="EPSG:3857",
    )
    weights = build_weights(layer, WeightsOptions("rook"))
    assert neighbours(weights)[1] == {0}
    assert weights.islands == []
    assert any("not topologically clean" in note for note in weights.notes)


def test_points_have_no_contiguity(regions):
    points = gpd.GeoDataFrame(geometry=regions.representative_point(), crs=regions.crs)
    with pytest.raises(LayerError, match="knn, distance_band or kernel"):
        build_weights(points, WeightsOptions("queen"))


# --- distances ------------------------------------------------------------------------------

def test_knn_matches_geodesic_nearest(regions):
    weights = build_weights(regions, WeightsOptions("knn", k=3))
    assert "Azimuthal Equidistant" in weights.distance_crs
    assert "+proj=aeqd" in weights.distance_crs
    points = regions.representative_point()
    lon, lat = points.x.to_numpy(), points.y.to_numpy()
    i, j = np.meshgrid(np.arange(len(regions)), np.arange(len(regions)), indexing="ij")
    _, _, metres = pyproj.Geod(ellps="WGS84").inv(
        lon[i.ravel()], lat[i.ravel()], lon[j.ravel()], lat[j.ravel()]
    )
    metres = metres.reshape(i.shape)
    np.fill_diagonal(metres, np.inf)
    got = neighbours(weights)
    for row, unit in enumerate(regions.index):
        geodesic = set(regions.index[np.argsort(metres[row])[:3]])
        assert got[unit] == geodesic, unit
    assert weights.summary()["k"] == 3


def test_default_distance_band(regions):
    weights = build_weights(regions, WeightsOptions("distance_band"))
    assert weights.graph.cardinalities.min() >= 1
    assert weights.islands == []
    expected = nearest_distances(projected_points(regions)).max()
    assert abs(weights.band - expected) < 1.0
    assert weights.summary()["band_m"] == weights.band
    assert any(f"{weights.band / 1000:.0f} km" in note for note in weights.notes)
    if weights.components > 1:
        assert any("disconnected groups" in note for note in weights.notes)


def test_point_layer(regions):
    points = gpd.GeoDataFrame(geometry=regions.representative_point(), crs=regions.crs)
    knn = build_weights(points, WeightsOptions("knn", k=3))
    assert neighbours(knn) == neighbours(build_weights(regions, WeightsOptions("knn", k=3)))
    band = build_weights(points, WeightsOptions("distance_band"))
    assert band.graph.cardinalities.min() >= 1
    assert abs(band.band - nearest_distances(projected_points(points)).max()) < 1.0


def test_coincident_points_knn():
    layer = gpd.GeoDataFrame(
        geometry=shapely.points([0, 0, 1000, 5000, 9000], [0, 0, 0, 0, 0]), crs="EPSG:3857"
    )
    weights = build_weights(layer, WeightsOptions("knn", k=2))
    assert weights.graph.cardinalities.tolist() == [2] * 5
    assert neighbours(weights)[0] == {1, 2}
    assert any("share a location" in note for note in weights.notes)


def test_kernels(regions):
    adaptive = build_weights(regions, WeightsOptions("kernel", k=4, transform="b"))
    assert adaptive.graph.cardinalities.tolist() == [4] * 17
    fixed = build_weights(regions, WeightsOptions("kernel", band=600_000, kernel="gaussian"))
    assert fixed.band == 600_000
    np.testing.assert_allclose(fixed.graph.adjacency.groupby(level=0).sum(), 1.0)
    assert fixed.summary()["kernel"] == "gaussian"


def test_kernel_weights_have_no_self_weight_as_the_help_says(regions):
    """No K(0) on the diagonal (GeoDa's default; libpysal's Kernel puts it there): the
    weights help states which, so that users comparing with libpysal know."""
    from pathlib import Path as _Path

    for options in (WeightsOptions("kernel", k=4), WeightsOptions("kernel", band=600_000)):
        adjacency = build_weights(regions, options).graph.adjacency
        focal = adjacency.index.get_level_values(0)
        neighbour = adjacency.index.get_level_values(1)
        assert not ((focal == neighbour) & (adjacency.to_numpy() != 0)).any()
    help_dir = _Path(__file__).resolve().parents[2] / "kz_innovation_plugin" / "help"
    assert "no weight on itself" in (help_dir / "en" / "_weights.html").read_text("utf-8")


def test_distance_crs_choices(regions):
    utm = regions.to_crs(32642)
    assert distance_crs(utm) == pyproj.CRS(32642)
    feet = grid(3, crs="EPSG:2263", size=1000.0)  # NAD83 / New York Long Island (ftUS)
    metres = distance_crs(feet)
    assert metres.axis_info[0].unit_name == "metre"
    weights = build_weights(feet, WeightsOptions("distance_band"))
    assert weights.band == pytest.approx(1000 * 0.3048006096, rel=1e-6)  # 1000 ft cells
    aeqd = distance_crs(regions)
    assert aeqd.coordinate_operation.method_name.endswith("Azimuthal Equidistant")


# --- islands -----------------------------------------------------------------------------

@pytest.fixture()
def grid_with_island() -> gpd.GeoDataFrame:
    layer = grid(3)
    far = gpd.GeoDataFrame(geometry=[shapely.box(10, 10, 11, 11)], index=[99], crs=layer.crs)
    return pd.concat([layer, far])


def test_island_stop(grid_with_island):
    with pytest.raises(ParameterError, match=r"ids 99\b.*'stop'.*'isolate'.*'attach'"):
        build_weights(grid_with_island, WeightsOptions("queen"))


def test_island_isolate(grid_with_island):
    weights = build_weights(grid_with_island, WeightsOptions("queen", island_policy="isolate"))
    assert weights.islands == [99] and weights.attached == []
    assert weights.graph.cardinalities.loc[99] == 0
    assert 99 in weights.graph.unique_ids
    assert weights.components == 2
    assert weights.summary()["islands"] == 1 and weights.summary()["island_ids"] == [99]


def test_island_attach(grid_with_island):
    options = WeightsOptions("queen", island_policy="attach", transform="b")
    weights = build_weights(grid_with_island, options)
    got = neighbours(weights)
    assert got[99] == {8}  # the cell nearest to the far square
    assert 99 in got[8]  # symmetric
    assert weights.attached == [99] and weights.islands == []
    assert weights.components == 1
    assert weights.distance_crs is not None


def test_tiny_band_on_degree_layer(regions):
    with pytest.raises(ParameterError) as caught:
        build_weights(regions, WeightsOptions("distance_band", band=2))
    message = str(caught.value)
    found = re.search(
        r"^Distance band 2 m leaves every feature without a neighbour; the nearest neighbours "
        r"are (\d+) to (\d+) km apart\. Distances are measured in metres \(in Azimuthal "
        r"Equidistant .*\) even for a layer in degrees: give the band in metres, e\.g\. (\d+)\.$",
        message,
    )
    assert found, message
    nearest = nearest_distances(projected_points(regions))
    assert int(found.group(1)) == round(nearest.min() / 1000)
    assert int(found.group(2)) == round(nearest.max() / 1000)
    assert nearest.max() <= int(found.group(3)) < nearest.max() * 1.01


# --- files -------------------------------------------------------------------------------

def assert_same_weights(left: SpatialWeights, right: SpatialWeights) -> None:
    a, b = left.graph.adjacency, right.graph.adjacency
    # GWT keeps 7 decimals: an adaptive kernel's k-th neighbour (at the kernel's edge,
    # weight ~1e-8 after row standardisation) may round to 0 and drop out
    lost = a.index.difference(b.index)
    assert (a.loc[lost] < 5e-8).all()
    a = a.drop(lost)
    if len(lost):
        a = a / a.groupby(level=0).transform("sum")
    assert list(a.index) == list(b.index)
    np.testing.assert_allclose(a.to_numpy(), b.to_numpy(), atol=1e-6)


@pytest.mark.parametrize(
    "options, suffix",
    [
        (WeightsOptions("queen"), ".gal"),
        (WeightsOptions("knn", k=3), ".gwt"),
        (WeightsOptions("distance_band", band=300_000, island_policy="isolate"), ".gwt"),
        (WeightsOptions("kernel", k=5), ".gwt"),
    ],
)
def test_round_trip(regions, tmp_path, options, suffix):
    built = build_weights(regions, options)
    path = save_weights(built, tmp_path / f"weights{suffix}")
    assert path.is_file()
    loaded = load_weights(path, regions, island_policy=options.island_policy)
    assert_same_weights(built, loaded)
    assert loaded.islands == built.islands
    assert loaded.source == path and loaded.summary()["method"] == "file"
    if built.islands:
        with pytest.raises(ParameterError, match="no neighbours under the weights of"):
            load_weights(path, regions)


def test_round_trip_integer_ids(tmp_path):
    layer = grid(3)
    built = build_weights(layer, WeightsOptions("rook", transform="b"))
    loaded = load_weights(save_weights(built, tmp_path / "rook.gal"), layer, transform="b")
    assert_same_weights(built, loaded)


def test_load_weights_of_other_layer(tmp_path):
    other = grid(4)  # ids 0..15
    path = save_weights(build_weights(other), tmp_path / "other.gal")
    layer = grid(3).set_axis([0, 1, 2, 3, 4, 5, 20, 21, 22])
    with pytest.raises(InputFileError) as caught:
        load_weights(path, layer)
    assert str(caught.value) == (
        "other.gal holds weights for other features (e.g. ids 10, 11, 12, 13, 14 and 5 more "
        "are not in the layer; 3 layer features are missing from the file): build the weights "
        "for this layer, or choose its own weights file."
    )


def test_file_extensions(regions, tmp_path):
    weights = build_weights(regions)
    with pytest.raises(ParameterError, match=r"\.gal .*\.gwt"):
        save_weights(weights, tmp_path / "weights.csv")
    with pytest.raises(ParameterError, match=r"\.gal .*\.gwt"):
        load_weights(tmp_path / "weights.txt", regions)
    with pytest.raises(ParameterError, match="kernel weights would be lost"):
        save_weights(build_weights(regions, WeightsOptions("kernel")), tmp_path / "k.gal")
    with pytest.raises(InputFileError, match="not found"):
        load_weights(tmp_path / "missing.gal", regions)



def _text_file(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def _folder(path):
    path.mkdir()
    return path


#: (what goes wrong, call on a temporary folder, error, message)
FILE_ERRORS = {
    "ids with spaces": (
        lambda d: save_weights(build_weights(grid(2).set_axis(["a", "b c", "d", "e"])),
                               d / "w.gal"),
        ParameterError,
        r"ids with spaces cannot be saved \(b c\): use a field without spaces \(e\.g\. unit_id\)",
    ),
    "folder not found": (
        lambda d: save_weights(build_weights(grid(2)), d / "missing" / "w.gal"),
        InputFileError,
        r"^Folder not found: .*missing; choose an existing folder\.$",
    ),
    "cannot write": (  # a folder where the file should go
        lambda d: save_weights(build_weights(grid(2)), _folder(d / "taken.gwt")),
        InputFileError,
        r"^Cannot write .*taken\.gwt: .+; choose a folder you can write to\.$",
    ),
    "cannot read GAL": (
        lambda d: load_weights(_text_file(d / "bad.gal", "not a weights file\n"), grid(2)),
        InputFileError,
        r"^Cannot read bad\.gal as a GAL weights file \(.+\); choose a file written by this "
        r"plugin, GeoDa or PySAL\.$",
    ),
    "cannot read GWT": (
        lambda d: load_weights(_text_file(d / "bad.gwt", ""), grid(2)),
        InputFileError,
        r"^Cannot read bad\.gwt as a GWT weights file \(.+\); choose a file written by this "
        r"plugin, GeoDa or PySAL\.$",
    ),
    "build method 'file'": (
        lambda d: build_weights(grid(2), WeightsOptions("file")),
        ParameterError,
        r"^Weights of method 'file' are read with load_weights, not built\.$",
    ),
}


@pytest.mark.parametrize("name", list(FILE_ERRORS))
def test_weights_file_errors_are_explained(tmp_path, name):
    call, error, message = FILE_ERRORS[name]
    with pytest.raises(error, match=message):
        call(tmp_path)


# --- bad input ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "kwargs, valid",
    [
        ({"method": "delaunay"}, "queen, rook, knn, distance_band, kernel"),
        ({"k": 0}, "at least 1"),
        ({"attach_k": 0}, "at least 1"),
        ({"band": -5.0}, "positive number of metres"),
        ({"kernel": "cubic"}, "triangular, gaussian, bisquare, epanechnikov, uniform"),
        ({"transform": "v"}, "r, b"),
        ({"island_policy": "ignore"}, "stop, isolate, attach"),
    ],
)
def test_bad_options(kwargs, valid):
    with pytest.raises(ParameterError, match=re.escape(valid)):
        WeightsOptions(**kwargs)


def test_kernel_aliases():
    assert WeightsOptions(kernel="quartic").kernel == "bisquare"
    assert WeightsOptions(kernel="Boxcar").kernel == "uniform"


def test_bad_layers(regions):
    no_crs = regions.set_crs(None, allow_override=True)
    with pytest.raises(LayerError, match="no coordinate reference system"):
        build_weights(no_crs, WeightsOptions("knn"))
    assert build_weights(no_crs).graph.n == 17  # contiguity needs no CRS
    with pytest.raises(ParameterError, match="not unique"):
        build_weights(regions.reset_index().set_index("boundary_set"))
    with pytest.raises(LayerError, match="at least 3 features"):
        build_weights(regions.iloc[:1])
    empty = regions.copy()
    empty.loc["shymkent", "geometry"] = shapely.Polygon()
    with pytest.raises(LayerError, match="ids shymkent"):
        build_weights(empty)
    with pytest.raises(ParameterError, match="at most 16"):
        build_weights(regions, WeightsOptions("knn", k=17))


def test_building_reports_progress_and_stops_when_cancelled():
    from kz_innovation_plugin.core.errors import CancelledError

    layer = load_bundled_regions("2018")
    seen: list[float] = []
    build_weights(layer, WeightsOptions(method="queen"), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    asked = []

    def cancel_at_second_question() -> bool:
        asked.append(True)
        return len(asked) >= 2

    with pytest.raises(CancelledError, match="cancelled"):
        build_weights(layer, WeightsOptions(method="knn", k=3),
                      cancelled=cancel_at_second_question)
