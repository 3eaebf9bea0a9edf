"""Spatial weights, global and local statistics in real QGIS, on regions and on points."""

from __future__ import annotations

import pytest

from tests.qgis.test_innovation_index import joined_layer

pytestmark = pytest.mark.qgis

FIELD = "research"  # researchers per million, 2018


def outputs(tmp_path, tag, *names):
    return {name: str(tmp_path / f"{tag}_{name.lower()}.gpkg") for name in names}


@pytest.fixture
def regions(qgis_app, tmp_path):
    return joined_layer(tmp_path, 2018)


@pytest.fixture
def points(qgis_app, regions, tmp_path):
    import processing

    return processing.run("native:pointonsurface", {
        "INPUT": regions, "ALL_PARTS": False, "OUTPUT": str(tmp_path / "points.gpkg"),
    })["OUTPUT"]


def test_weights_file_is_written_and_reused(qgis_app, regions, tmp_path):
    import processing

    weights = processing.run("kzinnovation:spatialweights", {
        "INPUT": regions, "WEIGHTS": "queen", "OUTPUT": str(tmp_path / "queen.gal"),
        "SUMMARY": str(tmp_path / "summary.gpkg"),
    })
    assert weights["ISLANDS_COUNT"] == 0
    assert (tmp_path / "queen.gal").read_text().split()[0] in ("0", "17")
    result = processing.run("kzinnovation:lisa", {
        "INPUT": regions, "FIELD": FIELD, "WEIGHTS_FILE": weights["OUTPUT"],
        **outputs(tmp_path, "lisa_file", "OUTPUT"),
    })
    built = processing.run("kzinnovation:lisa", {
        "INPUT": regions, "FIELD": FIELD, "WEIGHTS": "queen",
        **outputs(tmp_path, "lisa_built", "OUTPUT"),
    })
    from qgis.core import QgsVectorLayer

    from_file = QgsVectorLayer(result["OUTPUT"], "a", "ogr")
    from_build = QgsVectorLayer(built["OUTPUT"], "b", "ogr")
    assert [f["LISA_I"] for f in from_file.getFeatures()] == pytest.approx(
        [f["LISA_I"] for f in from_build.getFeatures()])


def test_global_autocorrelation_table(qgis_app, regions, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    result = processing.run("kzinnovation:globalautocorrelation", {
        "INPUT": regions, "FIELDS": [FIELD, "grp_pc"], "PERMUTATIONS": 199,
        **outputs(tmp_path, "global", "OUTPUT", "SCATTER"),
    })
    table = QgsVectorLayer(result["OUTPUT"], "global", "ogr")
    rows = {f["field"]: f for f in table.getFeatures()}
    assert set(rows) == {FIELD, "grp_pc"}
    assert -1 <= rows[FIELD]["moran_i"] <= 1
    assert QgsVectorLayer(result["SCATTER"], "scatter", "ogr").featureCount() == 34


@pytest.mark.parametrize("algorithm, fields", [
    ("kzinnovation:lisa", ("LISA_I", "LISA_P", "LISA_CL", "LISA_LABEL", "COType")),
    ("kzinnovation:hotspots", ("GiZScore", "GiPValue", "Gi_Bin")),
])
@pytest.mark.parametrize("layer_kind", ["regions", "points"])
def test_local_statistics_on_regions_and_points(request, tmp_path, algorithm, fields,
                                                layer_kind):
    import processing
    from qgis.core import QgsVectorLayer

    layer = request.getfixturevalue(layer_kind)
    method = "queen" if layer_kind == "regions" else "knn"
    result = processing.run(algorithm, {
        "INPUT": layer, "FIELD": FIELD, "WEIGHTS": method, "K": 3, "SEED": 3,
        **outputs(tmp_path, f"{layer_kind}_{algorithm[-4:]}", "OUTPUT", "METHOD"),
    })
    output = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert output.featureCount() == 17
    method = QgsVectorLayer(result["METHOD"], "method", "ogr")
    keys = {feature["key"] for feature in method.getFeatures()}
    assert {"parameters.seed", "weights.features", "method.correction"} <= keys
    for name in fields:
        assert name in output.fields().names(), name


def test_lisa_output_is_styled_when_loaded(qgis_app, regions, tmp_path):
    import processing
    from qgis.core import QgsProject

    result = processing.runAndLoadResults("kzinnovation:lisa", {
        "INPUT": regions, "FIELD": FIELD, "OUTPUT": str(tmp_path / "styled.gpkg"),
    })
    try:
        (loaded,) = [layer for layer in QgsProject.instance().mapLayers().values()
                     if layer.source().startswith(str(result["OUTPUT"]).split("|")[0])]
        assert loaded.renderer().type() == "categorizedSymbol"
        assert loaded.renderer().classAttribute() == "LISA_CL"
        assert len(loaded.renderer().categories()) == 7
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_island_under_stop_is_refused_without_output(qgis_app, regions, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="(?i)neighbour"):
        processing.run("kzinnovation:lisa", {
            "INPUT": regions, "FIELD": FIELD, "WEIGHTS": "distance_band", "BAND": 2.0,
            **outputs(tmp_path, "tiny_band", "OUTPUT"),
        })
    assert not (tmp_path / "tiny_band_output.gpkg").exists()


def test_weights_and_global_statistics_on_points(qgis_app, points, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    weights = processing.run("kzinnovation:spatialweights", {
        "INPUT": points, "WEIGHTS": "distance_band", "OUTPUT": str(tmp_path / "band.gwt"),
        "SUMMARY": str(tmp_path / "band_summary.gpkg"),
    })
    assert weights["ISLANDS_COUNT"] == 0
    result = processing.run("kzinnovation:globalautocorrelation", {
        "INPUT": points, "FIELDS": [FIELD], "WEIGHTS_FILE": weights["OUTPUT"],
        **outputs(tmp_path, "points_global", "OUTPUT", "SCATTER", "METHOD"),
    })
    table = QgsVectorLayer(result["OUTPUT"], "global", "ogr")
    assert table.featureCount() == 1


def test_weights_transform_reaches_lisa_and_global_and_is_not_offered_where_fixed(
        qgis_app, regions, tmp_path):
    """TRANSFORM=b was shown but ignored (the method record said "b"); Gi* and the
    regionalisation fix their weights, so they do not offer it."""
    import processing
    from qgis.core import QgsApplication, QgsVectorLayer

    def run(tool, transform, *names):
        result = processing.run(f"kzinnovation:{tool}", {
            "INPUT": regions, "FIELD": FIELD, "FIELDS": [FIELD], "TRANSFORM": transform,
            "PERMUTATIONS": 99, **outputs(tmp_path, f"{tool}_{transform}", *names)})
        return [feature.attributes() for feature in
                QgsVectorLayer(result["OUTPUT"], "t", "ogr").getFeatures()], \
            QgsVectorLayer(result["OUTPUT"], "t", "ogr").fields().names()

    (binary, fields), (standardised, _) = run("lisa", "b", "OUTPUT"), run("lisa", "r", "OUTPUT")
    lisa, neighbours = fields.index("LISA_I"), fields.index("NNeighbors")
    assert [row[lisa] for row in binary] == pytest.approx(
        [row[lisa] * row[neighbours] for row in standardised])
    (binary, fields), (standardised, _) = run("globalautocorrelation", "b", "OUTPUT"), \
        run("globalautocorrelation", "r", "OUTPUT")
    moran = fields.index("moran_i")
    assert binary[0][moran] != pytest.approx(standardised[0][moran])
    registry = QgsApplication.processingRegistry()
    for tool in ("hotspots", "regionalize"):
        assert registry.algorithmById(f"kzinnovation:{tool}").parameterDefinition(
            "TRANSFORM") is None, tool
    for tool in ("lisa", "globalautocorrelation", "spatialweights", "fullanalysis"):
        assert registry.algorithmById(f"kzinnovation:{tool}").parameterDefinition(
            "TRANSFORM") is not None, tool
