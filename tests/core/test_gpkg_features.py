"""Features inserted in bulk, against the same features written by GDAL one by one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyogrio.raw import write

from kz_innovation_plugin.core.gpkg_features import (
    Field,
    geometry_blobs,
    insert_features,
    insertable,
    multi_part_wkb,
    write_layer,
)
from kz_innovation_plugin.core.gpkg_rtree import add_spatial_index

pytestmark = pytest.mark.filterwarnings("ignore:'crs' was not provided")


def _write(path: Path, fields: list[Field], wkbs, kind: str | None, crs, rows=None) -> None:
    """GDAL's layer "cells": all rows (rows=None) or none of them."""
    def cut(values):
        return values if values is None or rows is None else values[:rows]

    write(str(path), cut(wkbs), [cut(field.values) for field in fields],
          [field.name for field in fields], field_mask=[cut(field.mask) for field in fields],
          layer="cells", driver="GPKG", geometry_type=kind, crs=crs, promote_to_multi=False,
          nan_as_null=True, layer_options={"SPATIAL_INDEX": "NO"})


def _bulk(path: Path, fields: list[Field], wkbs, kind, crs, bounds=None) -> None:
    _write(path, fields, wkbs, kind, crs, rows=0)
    count = len(wkbs) if wkbs is not None else len(fields[0].values)
    insert_features(path, "cells", count, fields, wkbs, bounds)


def _exact(value):
    if isinstance(value, bytes):
        return value.hex()
    return value.hex() if isinstance(value, float) else value


def _stored(path: Path) -> dict:
    """Every table of the file as SQLite stores it (floats to the last bit, blobs in hex),
    but the time of writing."""
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        stored = {"schema": sorted(connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"))}
        for table in tables:
            names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
                     if row[1] != "last_change"]
            cells = ", ".join(f'typeof("{name}"), "{name}"' for name in names)
            stored[table] = sorted(tuple(map(_exact, row)) for row in connection.execute(
                f'SELECT {cells} FROM "{table}"'))
        return stored
    finally:
        connection.close()


def _both(tmp_path: Path, fields, wkbs=None, kind=None, crs="EPSG:32642", name="layer"):
    gdal, bulk = tmp_path / f"{name}_gdal.gpkg", tmp_path / f"{name}_bulk.gpkg"
    _write(gdal, fields, wkbs, kind, crs)
    bounds = None if wkbs is None else shapely.bounds(shapely.from_wkb(wkbs))
    _bulk(bulk, fields, wkbs, kind, crs, bounds)
    return _stored(gdal), _stored(bulk)


def _fields(count: int, seed: int = 0) -> list[Field]:
    rng = np.random.default_rng(seed)
    gaps = rng.random(count) < 0.2
    doubles = rng.normal(0, 1e6, count) * rng.choice([1e-300, 1.0, 1e300], count)
    doubles[rng.random(count) < 0.1] = np.nan
    doubles[:3] = [np.inf, -np.inf, -0.0][:min(3, count)]
    text = np.array([None if gap else "Ақтөбе ☃ " + str(number)
                     for number, gap in enumerate(rng.random(count) < 0.2)], dtype=object)
    return [
        Field("whole", rng.integers(-2**62, 2**62, count), gaps),
        Field("small", rng.integers(-1000, 1000, count).astype(np.int32), None),
        Field("flag", rng.random(count) < 0.5, gaps[::-1].copy()),
        Field("ratio", doubles, None),
        Field("single", rng.normal(0, 1, count).astype(np.float32), None),
        Field("label", text, None),
    ]


GEOMETRIES = {
    "MultiPolygon": ["MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
                     "POLYGON ((0.1 0.2, 10.3 0.2, 10.3 7.7, 0.1 0.2), "
                     "(1 1, 2 1, 2 2, 1 1))", "MULTIPOLYGON EMPTY", None,
                     "POLYGON ((76.94 43.25, 76.95 43.25, 76.95 43.26, 76.94 43.25))"],
    "MultiPoint": ["POINT (1 2)", "MULTIPOINT ((3 4), (-5 6))", "MULTIPOINT EMPTY", None,
                   "POINT (71.4306 51.1282)"],
    "MultiLineString": ["LINESTRING (0 0, 1 1, 2 0)", "MULTILINESTRING ((0 0, 1 1), (2 2, 3 5))",
                        "MULTILINESTRING EMPTY", None, "LINESTRING (-1e-9 3, 4e7 -2)"],
}


@pytest.mark.parametrize("kind", sorted(GEOMETRIES))
@pytest.mark.parametrize("crs", ["EPSG:32642", "EPSG:4326", None])
def test_a_layer_is_stored_as_gdal_stores_it(tmp_path, kind, crs):
    """Geometries (multi-part, single parts made multi, empty, missing), every field type
    with gaps, NaN and infinities, text in Kazakh: every table of the two files is the same
    (the time of writing apart)."""
    wkts = GEOMETRIES[kind] * 40
    geometries = np.array(shapely.from_wkt(wkts), dtype=object)
    wkbs = multi_part_wkb(geometries)
    wkbs[shapely.is_missing(geometries)] = None
    gdal, bulk = _both(tmp_path, _fields(len(wkts)), wkbs, kind, crs)
    assert bulk == gdal
    assert gdal["gpkg_ogr_contents"] == [("text", "cells", "integer", len(wkts))]


@pytest.mark.parametrize("rows_per_statement", [1, 100, 5000])
def test_rows_go_in_whatever_number_a_statement_takes(tmp_path, monkeypatch, rows_per_statement):
    """1,234 features in statements of one row, of 100 (and a last one of 34), and all in
    one: the same file as GDAL's."""
    from kz_innovation_plugin.core import gpkg_features

    monkeypatch.setattr(gpkg_features, "_ROWS_PER_STATEMENT", rows_per_statement)
    geometries = np.array(shapely.from_wkt(GEOMETRIES["MultiPoint"] * 247)[:1234], dtype=object)
    wkbs = multi_part_wkb(geometries)
    wkbs[shapely.is_missing(geometries)] = None
    gdal, bulk = _both(tmp_path, _fields(1234, seed=3), wkbs, "MultiPoint")
    assert bulk == gdal
    assert len(bulk["cells"]) == 1234


def test_the_extent_is_gdals_to_the_last_bit(tmp_path):
    """Coordinates whose shortest decimal form needs 17 digits: GDAL prints the extent into
    its SQL and SQLite reads it back, and so does the bulk insert."""
    rng = np.random.default_rng(5)
    corners = rng.uniform(-180, 180, (200, 2)) / 3.0
    wkbs = multi_part_wkb(np.array(shapely.box(*corners.T, *(corners + 1e-7).T), dtype=object))
    gdal, bulk = _both(tmp_path, [Field("n", np.arange(200), None)], wkbs, "MultiPolygon")
    assert bulk["gpkg_contents"] == gdal["gpkg_contents"]
    assert bulk == gdal


def test_ids_from_a_column_and_a_table_without_geometry(tmp_path):
    """A column named as the id column gives the ids (here from 0, unordered); a table
    without geometry is stored as GDAL stores it."""
    ids = np.array([7, 0, 3, 12])
    fields = [Field("FID", ids, None), Field("value", np.array([1.5, 2.5, np.nan, 4.0]), None)]
    wkbs = multi_part_wkb(np.array(shapely.points(np.arange(8.0).reshape(4, 2)), dtype=object))
    gdal, bulk = _both(tmp_path, fields, wkbs, "MultiPoint", name="ids")
    assert bulk == gdal
    assert [row[1] for row in bulk["cells"]] == [0, 3, 7, 12]

    gdal, bulk = _both(tmp_path, fields[1:], crs=None, name="table")
    assert bulk == gdal
    assert bulk["gpkg_contents"][0][3] == "attributes"  # (type, value) pairs


def test_the_index_packed_afterwards_is_sound(tmp_path):
    geometries = np.array(shapely.from_wkt(GEOMETRIES["MultiPolygon"] * 30), dtype=object)
    wkbs = multi_part_wkb(geometries)
    wkbs[shapely.is_missing(geometries)] = None
    path = tmp_path / "indexed.gpkg"
    bounds = shapely.bounds(geometries)
    _bulk(path, _fields(len(wkbs)), wkbs, "MultiPolygon", "EPSG:32642", bounds)
    add_spatial_index(path, "cells", bounds)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
        indexed = connection.execute("SELECT count(*) FROM rtree_cells_geom").fetchone()[0]
    assert indexed == 90  # the empty and missing geometries are left out, as the triggers do


def test_multi_part_wkb_is_shapelys_multi_part_geometry():
    rng = np.random.default_rng(2)
    points = shapely.points(rng.normal(size=(50, 3)))
    lines = shapely.linestrings(rng.normal(size=(50, 4, 2)))
    polygons = shapely.buffer(shapely.points(rng.normal(size=(50, 2))), 0.5)
    multi = [shapely.MultiPolygon(list(polygons[:2])), shapely.MultiPolygon(list(polygons[2:5]))]
    geometries = np.concatenate([points, lines, polygons, multi, [None]]).astype(object)
    expected = [
        *shapely.multipoints(shapely.force_2d(points)[:, None]),
        *shapely.multilinestrings(lines[:, None]), *shapely.multipolygons(polygons[:, None]),
        *multi, None]
    assert multi_part_wkb(geometries).tolist() == shapely.to_wkb(
        np.array(expected, dtype=object), byte_order=1).tolist()


def test_geometry_blobs_follow_the_geopackage_header():
    """Magic, version 0, little-endian flag with an x/y envelope (or the empty flag and no
    envelope), the srs_id, then the WKB."""
    wkbs = multi_part_wkb(np.array(shapely.from_wkt(
        ["POLYGON ((1 2, 3 2, 3 5, 1 2))", "MULTIPOLYGON EMPTY"]), dtype=object))
    bounds = np.array([[1.0, 2.0, 3.0, 5.0], [np.nan] * 4])
    full, empty, missing = geometry_blobs(np.append(wkbs, None), np.vstack([bounds, bounds[1]]),
                                          4326)
    assert full[:8] == b"GP\x00\x03" + (4326).to_bytes(4, "little")
    assert np.frombuffer(full[8:40], "<f8").tolist() == [1.0, 3.0, 2.0, 5.0]
    assert full[40:] == wkbs[0]
    assert empty == b"GP\x00\x11" + (4326).to_bytes(4, "little") + wkbs[1]
    assert missing is None


@pytest.mark.parametrize("values, expected", [
    (np.array(["a", None, "b"], dtype=object), True),
    (np.array(["a", "b\x00c"], dtype=object), False),  # GDAL keeps "b"
    (np.array([1, "a"], dtype=object), False),
    (np.array(["2024-01-01"], dtype="datetime64[D]"), False),
    (np.array([b"x"], dtype=object), False),
])
def test_values_gdal_would_store_otherwise_are_refused(values, expected):
    assert insertable([Field("n", np.arange(len(values)), None),
                       Field("v", values, None)]) is expected


def test_refusals_leave_the_file_as_it_was(tmp_path):
    fields = [Field("n", np.arange(3), None)]
    wkbs = multi_part_wkb(np.array(shapely.points([(0, 0), (1, 1), (2, 2)]), dtype=object))
    bounds = shapely.bounds(shapely.from_wkb(wkbs))
    path = tmp_path / "layer.gpkg"
    _write(path, fields, wkbs, "MultiPoint", "EPSG:4326", rows=0)
    before = path.read_bytes()
    columns = "The columns given are not those of the layer cells"
    cases = {
        "other columns": ([Field("m", np.arange(3), None)], wkbs, columns),
        "no geometry given": (fields, None, columns),
        "rows missing": ([Field("n", np.arange(2), None)], wkbs, columns),
        "text GDAL cuts": ([*fields, Field("t", np.array(["a\x00"] * 3, dtype=object), None)],
                           wkbs, "The values of the layer cells are left to GDAL to write"),
    }
    for case, (given, geometry, message) in cases.items():
        with pytest.raises(ValueError, match=message):
            insert_features(path, "cells", 3, given, geometry, bounds)
        assert path.read_bytes() == before, case
    insert_features(path, "cells", 3, fields, wkbs, bounds)
    filled = path.read_bytes()
    with pytest.raises(ValueError, match="already holds features"):
        insert_features(path, "cells", 3, fields, wkbs, bounds)
    assert path.read_bytes() == filled


def test_geometries_gdal_stores_otherwise_are_refused(tmp_path):
    """Single points (GDAL gives them no envelope), heights, big-endian WKB, coordinates that
    are not finite, bounds missing or of another length: refused, the file as it was."""
    path = tmp_path / "lines.gpkg"
    line = shapely.LineString([(0, 0), (1, 1)])
    wkbs = multi_part_wkb(np.array([line, line], dtype=object))
    fields = [Field("n", np.arange(2), None)]
    _write(path, fields, wkbs, "MultiLineString", "EPSG:4326", rows=0)
    before = path.read_bytes()
    bounds = np.array([[0.0, 0.0, 1.0, 1.0]] * 2)
    point = shapely.to_wkb(shapely.Point(0, 0), byte_order=1)
    heights = shapely.to_wkb(shapely.LineString([(0, 0, 1), (1, 1, 2)]), byte_order=1,
                             flavor="iso")
    big_endian = shapely.to_wkb(line, byte_order=0)
    kinds = "Only little-endian 2D lines, polygons and multi-part geometries"
    cases = {
        "a point": (np.array([point, wkbs[1]], dtype=object), bounds, kinds),
        "heights": (np.array([heights, wkbs[1]], dtype=object), bounds, kinds),
        "big-endian": (np.array([big_endian, wkbs[1]], dtype=object), bounds, kinds),
        "a NaN coordinate": (wkbs, np.array([[np.nan, 0.0, 1.0, 1.0], [0.0, 0.0, 1.0, 1.0]]),
                             "not finite: GDAL writes it"),
        "an infinite one": (wkbs, np.array([[0.0, 0.0, np.inf, 1.0], [0.0, 0.0, 1.0, 1.0]]),
                            "not finite: GDAL writes it"),
        "no bounds": (wkbs, None, "one WKB and one row of bounds per feature"),
        "bounds of 3": (wkbs, np.array([[0.0, 0.0, 1.0, 1.0]] * 3), kinds),
    }
    for case, (geometries, boxes, message) in cases.items():
        with pytest.raises(ValueError, match=message):
            insert_features(path, "cells", 2, fields, geometries, boxes)
        assert path.read_bytes() == before, case
    insert_features(path, "cells", 2, fields, wkbs, bounds)


def test_integers_beyond_64_bits_are_left_to_gdal():
    assert insertable([Field("n", np.array([1, 2**63 - 1], dtype=np.uint64), None)])
    assert not insertable([Field("n", np.array([1, 2**63], dtype=np.uint64), None)])


def test_statements_fit_sqlites_limit_where_python_cannot_ask_it(tmp_path, monkeypatch):
    """Before Python 3.11 sqlite3 cannot ask SQLite its limit on bound values: the rows of a
    statement then fit SQLite's smallest one (999), and the file is still GDAL's."""
    from kz_innovation_plugin.core import gpkg_features

    assert gpkg_features._bound_values_limit(object()) == 999
    monkeypatch.setattr(gpkg_features, "_bound_values_limit", lambda connection: 999)
    geometries = np.array(shapely.from_wkt(GEOMETRIES["MultiPolygon"] * 100), dtype=object)
    wkbs = multi_part_wkb(geometries)
    wkbs[shapely.is_missing(geometries)] = None
    gdal, bulk = _both(tmp_path, _fields(500, seed=4), wkbs, "MultiPolygon")
    assert bulk == gdal


@pytest.mark.parametrize("fid, inserted", [(None, True), ([3, 1, 2], True), ([5, -1, 9], False)])
def test_write_layer_inserts_where_it_can_and_packs_the_index(tmp_path, monkeypatch, fid,
                                                              inserted):
    """The features inserted in bulk (or, with GDAL's "no id" -1, written by GDAL), the
    index packed or left to GDAL: the same features as GDAL writes, a sound index."""
    from kz_innovation_plugin.core import gpkg_features

    calls = []
    insert = gpkg_features.insert_features
    monkeypatch.setattr(gpkg_features, "insert_features",
                        lambda *args, **kwargs: calls.append(1) or insert(*args, **kwargs))
    boxes = np.array(shapely.box(np.arange(3.0), 0, np.arange(3.0) + 1, 1), dtype=object)
    wkbs, bounds = multi_part_wkb(boxes), shapely.bounds(boxes)
    fields = [Field("value", np.array([1.5, np.nan, 3.0]), None)]
    if fid is not None:
        fields.insert(0, Field("fid", np.array(fid), None))
    bulk, gdal = tmp_path / "bulk.gpkg", tmp_path / "gdal.gpkg"
    write_layer(bulk, "cells", fields, wkbs, bounds, "MultiPolygon", "EPSG:32642")
    _write(gdal, fields, wkbs, "MultiPolygon", "EPSG:32642")
    assert calls == ([1] if inserted else [])
    assert _stored(bulk)["cells"] == _stored(gdal)["cells"]
    with sqlite3.connect(bulk) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone() == ("ok",)
        assert len(connection.execute("SELECT * FROM rtree_cells_geom").fetchall()) == 3
