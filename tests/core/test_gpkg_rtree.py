"""The spatial index packed in bulk, against the R*Tree SQLite and GDAL build themselves."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from kz_innovation_plugin.core import gpkg_rtree
from kz_innovation_plugin.core.gpkg_rtree import add_spatial_index, outward_float32


def _random_bounds(count: int, seed: int) -> np.ndarray:
    """Boxes of every size, far from zero and around it, some of them points."""
    rng = np.random.default_rng(seed)
    low = rng.normal(0, 1, (count, 2)) * rng.choice([1e-3, 1.0, 7e4, 3e6], (count, 1))
    size = rng.exponential(1.0, (count, 2)) * rng.choice([0.0, 1e-4, 10.0], (count, 1))
    return np.column_stack([low, low + size])


def _layer(path: Path, bounds: np.ndarray, index: str, **columns) -> Path:
    boxes = shapely.box(*bounds.T)
    frame = gpd.GeoDataFrame({"value": np.arange(len(bounds)), **columns}, geometry=boxes,
                             crs=32642)
    pyogrio.write_dataframe(frame, path, layer="cells", layer_options={"SPATIAL_INDEX": index})
    return path


def _sqlite_tree(bounds: np.ndarray, ids=None) -> sqlite3.Connection:
    """The same boxes inserted one by one into SQLite's own R*Tree."""
    ids = np.arange(1, len(bounds) + 1) if ids is None else ids
    database = sqlite3.connect(":memory:")
    database.execute("CREATE VIRTUAL TABLE tree USING rtree(id, minx, maxx, miny, maxy)")
    database.executemany("INSERT INTO tree VALUES (?, ?, ?, ?, ?)",
                         zip(ids.tolist(), *bounds[:, [0, 2, 1, 3]].T.tolist()))
    return database


def _boxes(database: sqlite3.Connection, table: str) -> list:
    return database.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def _windows(bounds: np.ndarray, count: int = 25):
    rng = np.random.default_rng(1)
    corners = bounds[rng.integers(len(bounds), size=count), :2]
    sizes = rng.exponential(np.ptp(bounds[:, :2], axis=0) / 8 + 1e-3, (count, 2))
    return [(x, x + w, y, y + h) for (x, y), (w, h) in zip(corners, sizes)]


QUERY = "SELECT id FROM {} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? ORDER BY id"


@pytest.mark.parametrize("count", [1, 2, 51, 52, 2601, 2602, 20000])
def test_the_packed_tree_passes_sqlites_check_and_equals_its_own(tmp_path, count):
    """One leaf, a leaf and a root, full and overfull levels (51 cells a node), three
    levels: SQLite's checker finds each tree sound, it holds the boxes SQLite stores for the
    same doubles, and finds the same features in any window."""
    bounds = _random_bounds(count, seed=count)
    path = _layer(tmp_path / "cells.gpkg", bounds, "NO")
    add_spatial_index(path, "cells", bounds)
    ours, theirs = sqlite3.connect(path), _sqlite_tree(bounds)
    assert ours.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
    assert _boxes(ours, "rtree_cells_geom") == _boxes(theirs, "tree")
    for window in _windows(bounds):
        found = ours.execute(QUERY.format("rtree_cells_geom"), window).fetchall()
        assert found == theirs.execute(QUERY.format("tree"), window).fetchall()
    depth = ours.execute("SELECT data FROM rtree_cells_geom_node WHERE nodeno = 1").fetchone()
    assert int.from_bytes(depth[0][:2], "big") == {1: 0, 2: 0, 51: 0, 52: 1, 2601: 1,
                                                   2602: 2, 20000: 2}[count]


def test_rounding_to_32_bits_is_outwards_as_sqlites():
    values = np.array([0.1, -0.1, 1e-40, -1e-40, 16777217.0, -16777217.0, 3.0, 0.0,
                       5e38, -1.0000001])
    database = _sqlite_tree(np.column_stack([values, values, values, values]))
    stored = np.array(_boxes(database, "tree"))
    np.testing.assert_array_equal(outward_float32(values, up=False), stored[:, 1])
    np.testing.assert_array_equal(outward_float32(values, up=True), stored[:, 2])
    # outwards wherever float32 is exact to 24 bits (not beyond its range, nor subnormal)
    normal = (np.abs(values) < 1e38) & ((np.abs(values) > 1e-37) | (values == 0))
    assert (outward_float32(values, up=False)[normal] <= values[normal]).all()
    assert (outward_float32(values, up=True)[normal] >= values[normal]).all()


def test_the_file_is_the_one_gdal_writes_with_its_own_index(tmp_path):
    """Same tables, triggers and extension row as GDAL's own index, the same boxes, and
    GDAL's spatial filter uses it."""
    bounds = _random_bounds(3000, seed=4)
    ours = _layer(tmp_path / "ours.gpkg", bounds, "NO")
    add_spatial_index(ours, "cells", bounds)
    gdal = _layer(tmp_path / "gdal.gpkg", bounds, "YES")
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    with sqlite3.connect(ours) as mine, sqlite3.connect(gdal) as theirs:
        assert mine.execute(schema).fetchall() == theirs.execute(schema).fetchall()
        assert mine.execute("SELECT * FROM gpkg_extensions").fetchall() == \
            theirs.execute("SELECT * FROM gpkg_extensions").fetchall()
        assert _boxes(mine, "rtree_cells_geom") == _boxes(theirs, "rtree_cells_geom")
    assert pyogrio.read_info(ours)["capabilities"]["fast_spatial_filter"]
    frame = pyogrio.read_dataframe(ours)
    for x0, x1, y0, y1 in _windows(bounds, 10):
        window = (x0, y0, x1, y1)
        found = sorted(pyogrio.read_dataframe(ours, bbox=window)["value"])
        assert found == frame.loc[frame.intersects(shapely.box(*window)), "value"].tolist()


def test_edits_in_gdal_keep_the_index_current(tmp_path):
    """The standard's triggers run in GDAL: a feature deleted, moved and added later."""
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL's Python bindings ship with QGIS")
    bounds = _random_bounds(500, seed=9)
    path = _layer(tmp_path / "cells.gpkg", bounds, "NO")
    add_spatial_index(path, "cells", bounds)
    source = ogr.Open(str(path), 1)
    layer = source.GetLayer("cells")
    layer.DeleteFeature(7)
    moved = layer.GetFeature(8)
    moved.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))"))
    layer.SetFeature(moved)
    added = ogr.Feature(layer.GetLayerDefn())
    added.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((-9 -9, -8 -9, -8 -8, -9 -9))"))
    layer.CreateFeature(added)
    new_id = added.GetFID()
    source = layer = None
    with sqlite3.connect(path) as database:
        assert database.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
        boxes = {row[0]: row[1:] for row in _boxes(database, "rtree_cells_geom")}
    assert 7 not in boxes and len(boxes) == 500
    assert boxes[8] == (5.0, 6.0, 5.0, 6.0) and boxes[new_id] == (-9.0, -8.0, -9.0, -8.0)


def test_features_with_their_own_ids_and_without_geometry(tmp_path):
    bounds = _random_bounds(6, seed=2)
    bounds[[1, 4]] = np.nan  # no geometry, an empty one: not in the index
    ids = np.array([10, 3, 7, 250, 4, 8])
    frame = gpd.GeoDataFrame({"fid": ids}, crs=32642, geometry=[
        shapely.box(*b) if i != 4 else shapely.Polygon() for i, b in enumerate(bounds)])
    frame.loc[1, "geometry"] = None
    path = tmp_path / "own.gpkg"
    pyogrio.write_dataframe(frame, path, layer="cells", layer_options={"SPATIAL_INDEX": "NO"})
    add_spatial_index(path, "cells", bounds, ids)
    with sqlite3.connect(path) as database:
        assert database.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
        assert [row[0] for row in _boxes(database, "rtree_cells_geom")] == [7, 8, 10, 250]


def test_an_empty_layer_gets_an_empty_index(tmp_path):
    path = tmp_path / "none.gpkg"
    empty = gpd.GeoDataFrame({"value": []}, geometry=gpd.GeoSeries([], crs=32642))
    pyogrio.write_dataframe(empty, path, layer="cells", layer_options={"SPATIAL_INDEX": "NO"})
    add_spatial_index(path, "cells", np.empty((0, 4)))
    with sqlite3.connect(path) as database:
        assert database.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
        assert _boxes(database, "rtree_cells_geom") == []
    assert pyogrio.read_info(path)["capabilities"]["fast_spatial_filter"]


MESSAGES = {"indexed": "layer cells already has a spatial index",
            "other ids": "layer cells does not hold the 60 features given",
            "no geometry": "no geometry column for the layer table",
            "fails inside": "division by zero"}


@pytest.mark.parametrize("case", list(MESSAGES))
def test_refusals_leave_the_file_as_it_was(tmp_path, monkeypatch, case):
    bounds = _random_bounds(60, seed=3)
    path = _layer(tmp_path / "cells.gpkg", bounds, "YES" if case == "indexed" else "NO")
    if case == "no geometry":
        pyogrio.write_dataframe(gpd.GeoDataFrame({"x": [1]}), path, layer="table")
    before = path.read_bytes()
    table, ids = ("table", None) if case == "no geometry" else ("cells", None)
    if case == "other ids":
        ids = np.arange(2, 62)
    if case == "fails inside":
        monkeypatch.setattr(gpkg_rtree, "_register", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError if case == "fails inside" else ValueError,
                       match=MESSAGES[case]):
        add_spatial_index(path, table, bounds, ids)
    assert path.read_bytes() == before


def test_outputs_keep_gdals_index_where_sqlite_cannot_pack_one(tmp_path, monkeypatch):
    """Without the R*Tree module in Python's SQLite (or with its tables locked), GDAL builds
    the index as before; with it, the writer packs it."""
    from kz_innovation_plugin.core.output import write_geopackage

    bounds = _random_bounds(80, seed=5)
    frame = gpd.GeoDataFrame({"value": np.arange(80)}, geometry=shapely.box(*bounds.T),
                             crs=32642)
    probe = gpkg_rtree.bulk_index_available
    packed = []
    monkeypatch.setattr(gpkg_rtree, "add_spatial_index",
                        lambda *args: packed.append(args) or add_spatial_index(*args))
    for available in (True, False):
        monkeypatch.setattr(gpkg_rtree, "bulk_index_available", lambda a=available: a)
        path = write_geopackage(tmp_path / f"{available}.gpkg", {"cells": frame})
        with sqlite3.connect(path) as database:
            assert database.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == \
                ("ok",)
            assert len(_boxes(database, "rtree_cells_geom")) == 80
        assert len(packed) == 1  # the first file only
    assert probe.__wrapped__() is True  # this machine's SQLite can


@pytest.mark.parametrize("first", [0, 1])
def test_a_feature_numbered_0_is_indexed(tmp_path, first):
    """Ids from a fid column may start at 0 (a GeoPackage made from a shapefile keeping
    its ids): every feature stays in the index and in spatial queries."""
    from kz_innovation_plugin.core.output import write_geopackage

    bounds = _random_bounds(200, seed=7)
    frame = gpd.GeoDataFrame({"fid": np.arange(first, first + 200)},
                             geometry=shapely.box(*bounds.T), crs=32642)
    path = write_geopackage(tmp_path / "zero.gpkg", {"cells": frame})
    with sqlite3.connect(path) as database:
        assert database.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
        assert _boxes(database, "rtree_cells_geom") == \
            _boxes(_sqlite_tree(bounds, np.arange(first, first + 200)), "tree")
    for row in (0, 40, 199):
        window = tuple(bounds[row])
        found = pyogrio.read_dataframe(path, bbox=window, fid_as_index=True).index
        assert first + row in set(found)


@pytest.mark.parametrize("fid", [[3, -1, 7], [3, None, 7], [3, 3, 7]])
def test_ids_gdal_would_give_itself_leave_the_index_to_gdal(tmp_path, monkeypatch, fid):
    """A fid column with GDAL's "no id" (-1) or a gap: GDAL numbers those features, so it
    builds the index; a repeated id is refused by GDAL as before."""
    from kz_innovation_plugin.core.output import write_geopackage

    monkeypatch.setattr(gpkg_rtree, "add_spatial_index", lambda *a: pytest.fail("packed"))
    column = pd.array(fid, dtype="Int64")
    frame = gpd.GeoDataFrame({"fid": column}, crs=32642,
                             geometry=[shapely.box(i, 0, i + 1, 1) for i in range(3)])
    if len(set(fid)) < 3:
        with pytest.raises(Exception):  # noqa: B017 - GDAL's own error, as before
            write_geopackage(tmp_path / "ids.gpkg", {"cells": frame})
        return
    path = write_geopackage(tmp_path / "ids.gpkg", {"cells": frame})
    with sqlite3.connect(path) as database:
        assert database.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
        assert len(_boxes(database, "rtree_cells_geom")) == 3


@pytest.mark.parametrize("columns, expected", [
    ({"value": [1.5, 2.5]}, (True, None)),  # no FID column: GDAL numbers the rows 1..n
    ({"FID": np.array([0, 7])}, (True, [0, 7])),  # any case, 0 included
    ({"fid": np.array([3, -1])}, (False, None)),  # GDAL's "no id": it numbers that row
    ({"fid": pd.array([3, None], dtype="Int64")}, (False, None)),
    ({"fid": np.array([3, 3])}, (False, None)),  # GDAL refuses the repeated id
    ({"fid": np.array([1.0, 2.0])}, (False, None)),
])
def test_the_plan_takes_the_ids_gdal_gives(columns, expected, monkeypatch):
    packable, ids = gpkg_rtree.index_plan(columns)
    assert (packable, None if ids is None else ids.tolist()) == expected
    monkeypatch.setattr(gpkg_rtree, "bulk_index_available", lambda: False)
    assert gpkg_rtree.index_plan(columns)[0] is False
    assert gpkg_rtree.index_plan({"id": [1, 2]}, fid="ID")[1].tolist() == [1, 2]
