"""Plain files read and GeoPackages written with pyogrio give what the QGIS path gives.

Each test runs both paths (``layers.FAST_READ`` / ``layers.FAST_WRITE`` off for QGIS's) and
checks that the fast path was really taken where it should be, and not where QGIS must read
or write (selections, subsets, memory layers, other formats, dates).
"""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest

from tests.conftest import PLUGIN_DIR
from tests.qgis.test_innovation_index import joined_layer

pytestmark = pytest.mark.qgis

BUNDLED = PLUGIN_DIR / "data" / "kz_regions.gpkg"


@pytest.fixture
def spy(monkeypatch):
    """Counts of the fast path's reads and writes that went through (not handed to QGIS),
    and of its writes whose features were inserted in bulk."""
    from kz_innovation_plugin.core import gpkg_features
    from kz_innovation_plugin.processing_provider import plain_files

    counts = {"read": 0, "write": 0, "bulk": 0}
    read_frame, write_geopackage = plain_files.read_frame, plain_files.write_geopackage
    insert_features = gpkg_features.insert_features

    def counted_read(*args, **kwargs):
        frame = read_frame(*args, **kwargs)
        counts["read"] += frame is not None
        return frame

    def counted_write(*args, **kwargs):
        counts["write"] += 1
        return write_geopackage(*args, **kwargs)

    def counted_insert(*args, **kwargs):
        counts["bulk"] += 1
        return insert_features(*args, **kwargs)

    monkeypatch.setattr(plain_files, "read_frame", counted_read)
    monkeypatch.setattr(gpkg_features, "insert_features", counted_insert)
    monkeypatch.setattr(plain_files, "write_geopackage", counted_write)
    return counts


@pytest.fixture
def qgis_path(monkeypatch):
    """Call ``qgis_path(True)`` to send reads and writes through QGIS, False for the fast path."""
    from kz_innovation_plugin.processing_provider import layers

    def switch(on: bool) -> None:
        monkeypatch.setattr(layers, "FAST_READ", not on)
        monkeypatch.setattr(layers, "FAST_WRITE", not on)

    return switch


# --- helpers ----------------------------------------------------------------------------

def geopackage_facts(path: str, skip_keys: tuple[str, ...] = ()) -> dict:
    """What a GeoPackage holds: table schemas (the layer's name replaced, so two files can
    be compared), geometry columns, CRS definitions, extensions (the spatial index), stored
    styles, the GeoPackage version, and every value its layers store."""
    layer_name = Path(path).stem
    connection = sqlite3.connect(path)
    try:
        def rows(sql):
            return [tuple(str(value).replace(layer_name, "LAYER") for value in row)
                    for row in connection.execute(sql).fetchall()]

        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {
            "schema": sorted(rows("SELECT type, name, sql FROM sqlite_master")),
            "contents": rows("SELECT table_name, data_type, identifier, description, min_x, "
                             "min_y, max_x, max_y, srs_id FROM gpkg_contents"),
            "geometry_columns": rows("SELECT * FROM gpkg_geometry_columns"),
            "crs": rows("SELECT * FROM gpkg_spatial_ref_sys"),
            "extensions": rows("SELECT * FROM gpkg_extensions")
            if "gpkg_extensions" in tables else None,
            "styles": rows("SELECT f_table_name, styleName, styleQML, useAsDefault "
                           "FROM layer_styles") if "layer_styles" in tables else None,
            "count": rows("SELECT * FROM gpkg_ogr_contents"),
            # the spatial index: sound by SQLite's checker, the same boxes either way
            "index": [(name.replace(layer_name, "LAYER"), rows(f'SELECT rtreecheck("{name}")'),
                       rows(f'SELECT * FROM "{name}" ORDER BY id'))
                      for (name,) in connection.execute(
                          "SELECT name FROM sqlite_master WHERE name LIKE 'rtree%' AND "
                          "sql LIKE 'CREATE VIRTUAL TABLE%'")],
            "version": rows("PRAGMA application_id") + rows("PRAGMA user_version"),
            # every stored value with its SQLite type, geometry blobs byte for byte
            # (rows holding one of ``skip_keys`` left out: the time of a run)
            "rows": {table.replace(layer_name, "LAYER"): [
                row for row in stored_rows(connection, table) if not set(row) & set(skip_keys)]
                for (table,) in connection.execute("SELECT table_name FROM gpkg_contents")},
        }
    finally:
        connection.close()


def stored_rows(connection: sqlite3.Connection, table: str) -> list[tuple]:
    """A table's rows as SQLite stores them: (type, value) of every cell, blobs in hex and
    floats to the last bit."""
    def exact(value):
        if isinstance(value, bytes):
            return value.hex()
        return value.hex() if isinstance(value, float) else value

    names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    cells = ", ".join(f'typeof("{name}"), "{name}"' for name in names)
    return [tuple(map(exact, row)) for row in
            connection.execute(f'SELECT {cells} FROM "{table}" ORDER BY 2')]


def layer_facts(path: str, skip_keys: tuple[str, ...] = ()) -> dict:
    """What QGIS reads from an output: fields with types, CRS, geometry type, feature ids,
    attributes, geometries, spatial index."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "output", "ogr")
    assert layer.isValid(), path
    fields = [(f.name(), f.typeName(), f.type(), f.length(), f.precision())
              for f in layer.fields()]
    features = [(feature.id(), feature.attributes(), bytes(feature.geometry().asWkb()))
                for feature in layer.getFeatures()
                if not (skip_keys and feature["key"] in skip_keys)]
    return {"fields": fields, "crs": layer.crs().toWkt(), "wkb_type": layer.wkbType(),
            "count": layer.featureCount(), "features": features,
            "spatial_index": int(layer.hasSpatialIndex())}


def run_both(qgis_path, spy, algorithm: str, parameters: dict, tmp_path: Path) -> dict:
    """Run ``algorithm`` through QGIS and on the fast path; outputs ``{path: {name: file}}``."""
    import processing

    results = {}
    for path in ("qgis", "fast"):
        qgis_path(path == "qgis")
        folder = tmp_path / path
        folder.mkdir()
        outputs = {name: str(folder / f"{name.lower()}.gpkg")
                   for name, value in parameters.items() if value == "<out>"}
        before = dict(spy)
        results[path] = processing.run(algorithm, {**parameters, **outputs})
        taken = {key: spy[key] - before[key] for key in ("read", "write")}
        if path == "qgis":
            assert taken == {"read": 0, "write": 0}
        else:
            assert taken == {"read": 1, "write": len(outputs)}
    return results


def varied_layer(path: Path, driver: str, crs: str | None = "EPSG:32642") -> Path:
    """A polygon layer with every field type the fast path reads, gaps in each, a column
    without any value, single and multi-part polygons, non-ASCII text."""
    import numpy as np
    import shapely
    from pyogrio.raw import write

    squares = [shapely.box(i, 0, i + 1, 1) for i in range(4)]
    geometries = [squares[0], shapely.MultiPolygon([squares[1], shapely.box(9, 9, 10, 10)]),
                  squares[2], squares[3]]
    fields = {
        "small": np.array([1, 2, 0, 4], dtype=np.int32),
        "big": np.array([2**40, 5, 6, 7], dtype=np.int64),
        "gappy_int": np.array([1, 0, 3, 4], dtype=np.int64),
        "real": np.array([1.5, np.nan, -2.25, 1e300]),
        "flag": np.array([True, False, True, False]),
        "gappy_flag": np.array([True, False, False, True]),
        "text": np.array(["Алматы", None, "Қарағанды", "a'b"], dtype=object),
        "empty": np.array([None, None, None, None], dtype=object),
        "empty_real": np.array([np.nan] * 4),
    }
    masks = {"small": [False, False, True, False], "gappy_int": [False, True, False, False],
             "gappy_flag": [False, True, False, False]}
    with warnings.catch_warnings():  # a polygon in a multi-polygon layer; no CRS
        warnings.simplefilter("ignore")
        # a multi-polygon layer holding a polygon (QGIS reads it as a multi-polygon) in a
        # GeoPackage; a layer of mixed types elsewhere
        write(str(path), shapely.to_wkb(geometries), list(fields.values()), list(fields),
              field_mask=[np.array(masks[name]) if name in masks else None for name in fields],
              layer="varied", driver=driver,
              geometry_type="MultiPolygon" if driver == "GPKG" else "Unknown", crs=crs,
              promote_to_multi=False)
    return path


def read_both(qgis_path, spy, value, name="INPUT", context=None, fast_expected=True,
              **options):
    """The frames read_source makes of ``value`` through QGIS and on the fast path."""
    from qgis.core import QgsApplication, QgsProcessingContext

    from kz_innovation_plugin.processing_provider.layers import read_source

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("kzinnovation:lisa")
    frames = {}
    for path in ("qgis", "fast"):
        qgis_path(path == "qgis")
        before = spy["read"]
        frames[path] = read_source(algorithm, {name: value}, name,
                                   context or QgsProcessingContext(), **options)
        assert spy["read"] - before == (fast_expected and path == "fast")
    return frames["qgis"], frames["fast"]


def assert_same_frames(expected, actual) -> None:
    import pandas as pd
    import shapely

    assert list(actual.columns) == list(expected.columns)
    assert list(actual.dtypes) == list(expected.dtypes)
    pd.testing.assert_index_equal(actual.index, expected.index, exact=True)
    attributes = [column for column in expected.columns if column != "geometry"]
    pd.testing.assert_frame_equal(pd.DataFrame(actual[attributes]),
                                  pd.DataFrame(expected[attributes]), check_exact=True)
    if "geometry" in expected.columns:
        assert shapely.to_wkb(actual.geometry.values).tolist() == \
            shapely.to_wkb(expected.geometry.values).tolist()
        assert (actual.crs is None) == (expected.crs is None)
        if expected.crs is not None:
            assert actual.crs.to_wkt() == expected.crs.to_wkt()


# --- whole algorithms -------------------------------------------------------------------

@pytest.mark.parametrize("algorithm", ["lisa", "hotspots"])
def test_local_statistics_write_the_same_files_both_ways(qgis_app, qgis_path, spy, tmp_path,
                                                         algorithm):
    regions = joined_layer(tmp_path, 2018)
    bulk = spy["bulk"]
    results = run_both(qgis_path, spy, f"kzinnovation:{algorithm}", {
        "INPUT": regions, "FIELD": "research", "OUTPUT": "<out>", "METHOD": "<out>",
    }, tmp_path)
    for name in ("OUTPUT", "METHOD"):
        qgis, fast = results["qgis"][name], results["fast"][name]
        assert Path(fast).parent.name == "fast" and Path(qgis).parent.name == "qgis"
        skip = ("created_utc",) if name == "METHOD" else ()  # the time of each run
        assert geopackage_facts(fast, skip) == geopackage_facts(qgis, skip)
        assert layer_facts(fast, skip) == layer_facts(qgis, skip)
    assert spy["bulk"] - bulk == 2  # the layer and the method table, their features in bulk
    from kz_innovation_plugin.processing_provider import plain_files

    assert not hasattr(plain_files._READ, "last")  # the geometries read let go after the run
    facts = layer_facts(results["fast"]["OUTPUT"])
    from qgis.core import QgsFeatureSource

    assert facts["count"] == 17
    assert facts["spatial_index"] == int(QgsFeatureSource.SpatialIndexPresent)
    assert geopackage_facts(results["fast"]["OUTPUT"])["extensions"][0][2] == "gpkg_rtree_index"


def test_a_layer_in_a_projected_crs_keeps_its_crs_definition(qgis_app, qgis_path, spy, tmp_path):
    """GDAL stores an EPSG code's full definition when QGIS passes the code: so does the
    fast path."""
    import processing

    projected = processing.run("native:reprojectlayer", {
        "INPUT": joined_layer(tmp_path, 2018), "TARGET_CRS": "EPSG:32642",
        "OUTPUT": str(tmp_path / "projected.gpkg")})["OUTPUT"]
    results = run_both(qgis_path, spy, "kzinnovation:lisa", {
        "INPUT": projected, "FIELD": "research", "OUTPUT": "<out>"}, tmp_path)
    qgis, fast = results["qgis"]["OUTPUT"], results["fast"]["OUTPUT"]
    assert geopackage_facts(fast)["crs"] == geopackage_facts(qgis)["crs"]
    assert 'AUTHORITY["EPSG","9001"]' in str(geopackage_facts(fast)["crs"])
    assert layer_facts(fast) == layer_facts(qgis)


def test_a_file_output_is_loaded_and_styled_as_before(qgis_app, qgis_path, spy, tmp_path):
    """An output written on the fast path is still the layer QGIS loads when the run ends,
    with the style post-processor attached; a temporary output (a memory layer in QGIS
    3.22) is left to QGIS."""
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
        QgsVectorLayer,
    )

    regions = joined_layer(tmp_path, 2018)
    qgis_path(False)
    project = QgsProject.instance()
    project.clear()
    context = QgsProcessingContext()
    context.setProject(project)
    before = spy["write"]
    target = str(tmp_path / "lisa.gpkg")
    result = processing.run("kzinnovation:lisa", {
        "INPUT": regions, "FIELD": "research",
        "OUTPUT": QgsProcessingOutputLayerDefinition(target, project),
        "METHOD": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)},
        context=context)
    assert spy["write"] - before == 1  # the file; the method record went to memory
    assert result["OUTPUT"] == target
    assert QgsVectorLayer(target, "lisa", "ogr").featureCount() == 17
    assert context.willLoadLayerOnCompletion(target)
    assert context.layerToLoadOnCompletionDetails(target).postProcessor() is not None
    assert result["METHOD"].providerType() == "memory"
    project.clear()


# --- reading ----------------------------------------------------------------------------

@pytest.mark.parametrize("driver, suffix", [("GPKG", "gpkg"), ("GeoJSON", "geojson"),
                                            ("FlatGeobuf", "fgb")])
def test_plain_files_read_as_qgis_reads_them(qgis_app, qgis_path, spy, tmp_path, driver,
                                             suffix):
    path = varied_layer(tmp_path / f"varied.{suffix}", driver)
    qgis, fast = read_both(qgis_path, spy, str(path))
    assert_same_frames(qgis, fast)
    assert len(fast) == 4
    assert fast.geometry.geom_type.tolist() == qgis.geometry.geom_type.tolist()


def test_a_layer_without_crs_and_a_named_layer_read_alike(qgis_app, qgis_path, spy, tmp_path):
    path = varied_layer(tmp_path / "no_crs.gpkg", "GPKG", crs=None)
    qgis, fast = read_both(qgis_path, spy, f"{path}|layername=varied")
    assert_same_frames(qgis, fast)
    uri = f"{BUNDLED}|layername=kz_regions_2017"
    assert_same_frames(*read_both(qgis_path, spy, uri))
    assert_same_frames(*read_both(qgis_path, spy, uri, with_geometry=False))


def test_a_table_reads_alike_with_and_without_geometry(qgis_app, qgis_path, spy, tmp_path):
    import pandas as pd
    import pyogrio

    path = tmp_path / "table.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"key": ["a", "b", None], "value": [1.5, None, 3]}),
                            path, layer="table")
    for with_geometry in (True, False):
        qgis, fast = read_both(qgis_path, spy, str(path), with_geometry=with_geometry)
        assert_same_frames(qgis, fast)
        assert list(fast.columns[:3]) == ["fid", "key", "value"]


def test_a_project_layer_with_another_crs_keeps_the_projects_crs(qgis_app, qgis_path, spy,
                                                                 tmp_path):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingContext,
        QgsProject,
        QgsVectorLayer,
    )

    project = QgsProject.instance()
    layer = QgsVectorLayer(str(varied_layer(tmp_path / "v.gpkg", "GPKG")), "v", "ogr")
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:32643"))
    project.addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(project)
    try:
        qgis, fast = read_both(qgis_path, spy, layer.id(), context=context)
    finally:
        project.removeMapLayer(layer.id())
    assert_same_frames(qgis, fast)
    assert fast.crs.to_epsg() == 32643


def bowtie_layer(path: Path) -> Path:
    import numpy as np
    import shapely
    from pyogrio.raw import write

    geometries = [shapely.box(0, 0, 1, 1), shapely.from_wkt("POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))"),
                  shapely.box(2, 0, 3, 1)]
    write(str(path), shapely.to_wkb(geometries), [np.arange(3)], ["n"], layer="bowtie",
          driver="GPKG", geometry_type="Polygon", crs="EPSG:32642")
    return path


def test_an_invalid_geometry_is_left_to_qgis_check(qgis_app, qgis_path, spy, tmp_path):
    """With QGIS's validity check on, a file with an invalid geometry is read by QGIS, which
    skips the feature (or stops, as it is set to); without the check the fast path reads
    it, invalid geometry and all."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext

    from kz_innovation_plugin.processing_provider import plain_files

    path = str(bowtie_layer(tmp_path / "bowtie.gpkg"))
    algorithm = qgis_app.processingRegistry().createAlgorithmById("kzinnovation:lisa")
    for check in (QgsFeatureRequest.GeometrySkipInvalid,
                  QgsFeatureRequest.GeometryAbortOnInvalid):
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(check)
        plain = plain_files.plain_file(algorithm, {"INPUT": path}, "INPUT", context)
        assert plain is not None and plain_files.read_frame(plain) is None
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometrySkipInvalid)
    qgis, fast = read_both(qgis_path, spy, path, context=context, fast_expected=False)
    assert_same_frames(qgis, fast)
    assert fast["n"].tolist() == [0, 2]
    qgis, fast = read_both(qgis_path, spy, path, context=context, check_geometries=False)
    assert_same_frames(qgis, fast)
    assert len(fast) == 3


def test_sources_qgis_must_read_are_left_to_it(qgis_app, qgis_path, spy, tmp_path):
    """A selection, a feature limit, a subset string, a virtual field, a date field and a
    memory layer are read through QGIS, with the same result whichever path is switched on."""
    from qgis.core import (
        QgsFeatureRequest,
        QgsField,
        QgsProcessingContext,
        QgsProcessingFeatureSourceDefinition,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QVariant

    project = QgsProject.instance()
    path = str(varied_layer(tmp_path / "v.gpkg", "GPKG"))
    selected = QgsVectorLayer(path, "selected", "ogr")
    subset = QgsVectorLayer(path, "subset", "ogr")
    subset.setSubsetString('"small" > 1')
    virtual = QgsVectorLayer(path, "virtual", "ogr")
    virtual.addExpressionField('"real" * 2', QgsField("twice", QVariant.Double))
    memory = selected.materialize(QgsFeatureRequest())
    project.addMapLayers([selected, subset, virtual, memory])
    selected.selectByIds([1, 3])
    dates = tmp_path / "dates.gpkg"
    import pandas as pd
    import pyogrio

    frame = pyogrio.read_dataframe(path)
    frame["day"] = pd.to_datetime(["2020-01-01", None, "2021-05-06", "2022-02-03"])
    pyogrio.write_dataframe(frame, dates)
    context = QgsProcessingContext()
    context.setProject(project)
    values = {
        "selection": QgsProcessingFeatureSourceDefinition(selected.id(), True),
        "limit": QgsProcessingFeatureSourceDefinition(path, False, 2),
        "subset": subset.id(), "virtual": virtual.id(), "memory": memory.id(),
        "dates": str(dates),
    }
    try:
        for kind, value in values.items():
            qgis, fast = read_both(qgis_path, spy, value, context=context, fast_expected=False)
            assert_same_frames(qgis, fast)
            assert len(fast) == {"selection": 2, "limit": 2, "subset": 2}.get(kind, 4), kind
    finally:
        project.removeAllMapLayers()


# --- writing ----------------------------------------------------------------------------

def write_both(qgis_path, spy, frame, destination_of, fast_expected=True) -> dict:
    """Write ``frame`` to the sink OUTPUT of kzinnovation:lisa through QGIS and on the fast
    path; ``destination_of(path)`` gives the output's value for "qgis" and "fast"."""
    from qgis.core import QgsApplication, QgsProcessingContext

    from kz_innovation_plugin.processing_provider.layers import write_outputs

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("kzinnovation:lisa")
    algorithm.initAlgorithm()
    written = {}
    for path in ("qgis", "fast"):
        qgis_path(path == "qgis")
        before = spy["write"]
        written[path] = write_outputs(algorithm, {"OUTPUT": destination_of(path)},
                                      QgsProcessingContext(), {"OUTPUT": frame})["OUTPUT"]
        assert spy["write"] - before == (fast_expected and path == "fast")
    return written


def test_frames_of_every_kind_are_written_alike(qgis_app, qgis_path, spy, tmp_path):
    """Nullable integers and booleans, float32, text with gaps, points made multi, a
    column named fid, no CRS: the same file either way."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    frame = gpd.GeoDataFrame({
        "fid": np.array([10, 20, 30]),
        "nullable": pd.array([1, None, 3], dtype="Int64"),
        "flag": pd.array([True, None, False], dtype="boolean"),
        "plain_flag": [True, False, True],
        "single": np.array([1.5, np.nan, 2.5], dtype=np.float32),
        "text": pd.array(["a", None, "Ақтөбе"], dtype="str"),
        "none": [None, None, None],
    }, geometry=[shapely.Point(0, 0), None, shapely.MultiPoint([(1, 1), (2, 2)])])
    bulk = spy["bulk"]
    written = write_both(qgis_path, spy, frame, lambda path: str(tmp_path / f"{path}.gpkg"))
    assert spy["bulk"] == bulk + 1  # its features inserted in bulk
    assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"])
    assert layer_facts(written["fast"]) == layer_facts(written["qgis"])
    assert [feature[0] for feature in layer_facts(written["fast"])["features"]] == [10, 20, 30]

    # polygons in a projected CRS, one missing (QGIS stores it as an empty multi-polygon),
    # one with heights (written 2D)
    polygons = gpd.GeoDataFrame({"n": [1, 2, 3, 4]}, crs=32642, geometry=[
        shapely.box(0, 0, 1, 1), None,
        shapely.MultiPolygon([shapely.box(2, 0, 3, 1), shapely.box(4, 0, 5, 1)]),
        shapely.Polygon([(6, 0, 5.0), (7, 0, 5.0), (7, 1, 6.0), (6, 0, 5.0)])])
    written = write_both(qgis_path, spy, polygons, lambda path: str(tmp_path / f"p_{path}.gpkg"))
    assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"])
    assert layer_facts(written["fast"]) == layer_facts(written["qgis"])

    bulk = spy["bulk"]
    # text with a NUL character: GDAL cuts it short, so GDAL writes the layer whole
    cut = gpd.GeoDataFrame({"text": ["a\x00b", "c"]}, geometry=[shapely.box(0, 0, 1, 1)] * 2)
    written = write_both(qgis_path, spy, cut, lambda path: str(tmp_path / f"c_{path}.gpkg"))
    assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"])
    assert layer_facts(written["fast"]) == layer_facts(written["qgis"])
    assert geopackage_facts(written["fast"])["rows"]["LAYER"][0][-1] == "a"
    assert spy["bulk"] == bulk

    table = pd.DataFrame({"key": ["a", "b"], "value": [1.0, 2.0]})
    written = write_both(qgis_path, spy, table, lambda path: str(tmp_path / f"t_{path}"))
    assert written["fast"].endswith("t_fast.gpkg")  # QGIS adds the extension
    assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"])
    assert layer_facts(written["fast"]) == layer_facts(written["qgis"])


@pytest.mark.parametrize("driver, suffix", [("GPKG", "gpkg"), ("GeoJSON", "geojson"),
                                            ("FlatGeobuf", "fgb")])
def test_geometries_read_are_written_back_with_the_wkb_read(qgis_app, qgis_path, spy, tmp_path,
                                                            monkeypatch, driver, suffix):
    """An output whose geometries are the very objects read (polygons made multi on reading
    among them) is written with the WKB GDAL read, not encoded again; a geometry changed, or
    heights, and the geometries are encoded again: the same file as QGIS writes, each way."""
    import shapely
    from pyogrio.raw import write

    from kz_innovation_plugin.processing_provider import plain_files

    reused = []
    remembered = plain_files._remembered_wkb
    monkeypatch.setattr(plain_files, "_remembered_wkb",
                        lambda geometries: reused.append(remembered(geometries)) or reused[-1])
    path = varied_layer(tmp_path / f"varied.{suffix}", driver)
    frame = read_both(qgis_path, spy, str(path))[1]  # read on the fast path last
    frame = frame.drop(columns="gappy_flag")  # true, false and NULL: QGIS writes it
    changed = frame.copy()
    changed.loc[changed.index[2], "geometry"] = shapely.box(2, 0, 3, 1)  # equal, not the same
    for name, output, reuse in (("same", frame, True), ("changed", changed, False),
                                ("copied", frame.copy(), True)):
        written = write_both(qgis_path, spy, output,
                             lambda path, name=name: str(tmp_path / f"{name}_{path}.gpkg"))
        assert (reused[-1] is not None) == reuse, name
        assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"]), name
        assert layer_facts(written["fast"]) == layer_facts(written["qgis"]), name
    plain_files.forget_reads()  # as at the end of every run
    assert remembered(frame.geometry.values) is None

    heights = tmp_path / f"heights.{suffix}"
    write(str(heights), shapely.to_wkb([shapely.Polygon([(0, 0, 1), (1, 0, 2), (1, 1, 3)])]),
          [], [], layer="z", driver=driver, geometry_type="Polygon Z", crs="EPSG:32642")
    frame = read_both(qgis_path, spy, str(heights))[1]
    written = write_both(qgis_path, spy, frame, lambda path: str(tmp_path / f"z_{path}.gpkg"))
    assert reused[-1] is None  # heights: encoded again, in 2D
    assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"])


def test_heights_gdal_reads_but_geos_does_not_see_are_not_written_back(qgis_app, qgis_path, spy,
                                                                       tmp_path, monkeypatch):
    """Polygons with heights whose first one is NaN (GEOS then reports no heights), in a
    single and in a multi-part layer: their WKB read is 3D, so it is not reused; the file is
    QGIS's, in 2D."""
    import struct

    import numpy as np
    from pyogrio.raw import write

    from kz_innovation_plugin.processing_provider import plain_files

    def polygon_z(x: float) -> bytes:
        ring = [(x, 0, np.nan), (x + 1, 0, 20), (x + 1, 1, 30), (x, 0, np.nan)]
        return struct.pack("<BII", 1, 1003, 1) + struct.pack("<I", len(ring)) + \
            b"".join(struct.pack("<ddd", *point) for point in ring)

    reused = []
    remembered = plain_files._remembered_wkb
    monkeypatch.setattr(plain_files, "_remembered_wkb",
                        lambda geometries: reused.append(remembered(geometries)) or reused[-1])
    for kind in ("Polygon Z", "MultiPolygon Z"):
        path = tmp_path / f"{kind.replace(' ', '_')}.gpkg"
        with warnings.catch_warnings():  # polygons in a multi-polygon layer, on purpose
            warnings.simplefilter("ignore")
            write(str(path), np.array([polygon_z(0), polygon_z(2)], dtype=object),
                  [np.array([1, 2])], ["n"], layer="z", driver="GPKG", geometry_type=kind,
                  crs="EPSG:32642", promote_to_multi=False)
        frame = read_both(qgis_path, spy, str(path))[1]
        written = write_both(qgis_path, spy, frame,
                             lambda side, kind=kind: str(tmp_path / f"{kind[:5]}_{side}.gpkg"))
        assert reused[-1] is None, kind
        assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"]), kind


def test_coordinates_that_are_not_finite_are_left_to_qgis(qgis_app, qgis_path, spy, tmp_path):
    """A point with a NaN or an infinite coordinate: QGIS writes the layer, as it would
    (GDAL cannot record such an extent; the bulk insert would take NaN for empty)."""
    import geopandas as gpd
    import shapely

    for name, odd in (("nan", shapely.Point(float("nan"), 1.0)),
                      ("inf", shapely.Point(float("inf"), 1.0))):
        frame = gpd.GeoDataFrame({"n": [1, 2]}, geometry=[odd, shapely.Point(2.0, 3.0)],
                                 crs=32642)
        written = write_both(qgis_path, spy, frame,
                             lambda side, name=name: str(tmp_path / f"{name}_{side}.gpkg"),
                             fast_expected=False)
        assert geopackage_facts(written["fast"]) == geopackage_facts(written["qgis"]), name


def test_outputs_qgis_must_write_are_left_to_it(qgis_app, qgis_path, spy, tmp_path):
    """Other formats, a named layer of a GeoPackage, memory, and columns QGIS converts
    (mixed values, categories) are written by QGIS."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    frame = gpd.GeoDataFrame({"n": [1, 2]}, geometry=[shapely.box(0, 0, 1, 1),
                                                      shapely.box(1, 0, 2, 1)], crs=32642)
    for destination in ("{path}.shp", "{path}.geojson",
                        "ogr:dbname='{path}.gpkg' table=\"named\" (geom)", "memory:"):
        write_both(qgis_path, spy, frame,
                   lambda path, text=destination: text.format(path=tmp_path / path),
                   fast_expected=False)
    mixed = frame.assign(mixed=[1, "a"])
    categorical = frame.assign(level=pd.Categorical(["low", "high"]))
    for kind, odd in (("mixed", mixed), ("categorical", categorical)):
        written = write_both(qgis_path, spy, odd,
                             lambda path, kind=kind: str(tmp_path / f"{kind}_{path}.gpkg"),
                             fast_expected=False)
        assert layer_facts(written["fast"]) == layer_facts(written["qgis"])


@pytest.mark.parametrize("fids", [[0, 1, 2], [5, -1, 9]])
def test_ids_from_0_or_left_to_gdal_give_the_same_index(qgis_app, qgis_path, spy, tmp_path, fids):
    """A fid column from 0 (the fast path packs the index with it) or with GDAL's "no id"
    -1 (GDAL numbers that feature and builds the index): the same file as QGIS writes."""
    import geopandas as gpd
    import numpy as np
    import shapely

    frame = gpd.GeoDataFrame({"fid": np.array(fids), "n": [1, 2, 3]}, crs=32642,
                             geometry=[shapely.box(i, 0, i + 1, 1) for i in range(3)])
    name = "m" if -1 in fids else "z"
    written = write_both(qgis_path, spy, frame, lambda path: str(tmp_path / f"{name}{path}.gpkg"))
    facts = geopackage_facts(written["fast"])
    assert facts == geopackage_facts(written["qgis"])
    assert facts["index"][0][1] == [("ok",)] and len(facts["index"][0][2]) == 3
    assert layer_facts(written["fast"]) == layer_facts(written["qgis"])
