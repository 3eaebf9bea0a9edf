"""The provider and its algorithms in a real, headless QGIS, through processing.run."""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TABLE, PLUGIN_DIR

pytestmark = pytest.mark.qgis

BUNDLED = PLUGIN_DIR / "data" / "kz_regions.gpkg"
EXPECTED_ALGORITHMS = {"kzinnovation:bundledregions", "kzinnovation:joinindicators",
                       "kzinnovation:innovationindex"}


def bundled_uri(boundary_set: str) -> str:
    return f"{BUNDLED}|layername=kz_regions_{boundary_set}"


def test_provider_is_registered_with_its_algorithms(qgis_app):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("kzinnovation")
    assert provider is not None
    assert provider.name() == "KZ Innovation"
    assert not provider.icon().isNull()
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert EXPECTED_ALGORITHMS <= ids
    from kz_innovation_plugin.processing_provider.compat import algorithm_flag

    for algorithm in provider.algorithms():
        assert algorithm.flags() & algorithm_flag("SupportsBatch"), algorithm.id()
        assert algorithm.name() == algorithm.name().lower()
        assert algorithm.groupId() == algorithm.groupId().lower()
        assert algorithm.shortHelpString().strip(), f"{algorithm.id()} has no help"
        assert algorithm.canExecute()[0], algorithm.canExecute()[1]


@pytest.mark.parametrize(("boundary_set", "count"), [("2022", 20), ("2018", 17), ("2017", 16)])
def test_bundled_regions_algorithm_writes_each_set(qgis_app, tmp_path, boundary_set, count):
    import processing
    from qgis.core import QgsVectorLayer

    output = tmp_path / f"regions_{boundary_set}.gpkg"
    result = processing.run(
        "kzinnovation:bundledregions", {"BOUNDARY_SET": boundary_set, "OUTPUT": str(output)}
    )
    layer = QgsVectorLayer(result["OUTPUT"], "regions", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == count
    names = layer.fields().names()
    for field in ("unit_id", "iso_code", "name_en", "name_ru", "name_kk", "unit_type"):
        assert field in names
    assert {feature["boundary_set"] for feature in layer.getFeatures()} == {boundary_set}
    assert layer.crs().authid() == "EPSG:4326"


def run_join(tmp_path, input_layer, **extra):
    import processing

    parameters = {
        "INPUT": input_layer,
        "TABLE": str(DEMO_TABLE),
        "YEAR": 2018,
        "OUTPUT": str(tmp_path / "joined.gpkg"),
        "REPORT": str(tmp_path / "report.gpkg"),
        **extra,
    }
    return processing.run("kzinnovation:joinindicators", parameters)


def test_join_bundled_2018_matches_all_17_regions(qgis_app, tmp_path, unchanged):
    from qgis.core import QgsVectorLayer

    unchanged.watch(DEMO_TABLE, BUNDLED)
    result = run_join(tmp_path, bundled_uri("2018"))
    assert result["MATCHED"] == 17
    assert result["UNMATCHED_ROWS"] == 0
    joined = QgsVectorLayer(result["OUTPUT"], "joined", "ogr")
    assert joined.featureCount() == 17
    values = {f["unit_id"]: f["dig_lit"] for f in joined.getFeatures()}
    assert values["almaty_city"] == pytest.approx(87.2)
    report = QgsVectorLayer(result["REPORT"], "report", "ogr")
    kinds = [f["match_kind"] for f in report.getFeatures()]
    assert kinds.count("national") == 1
    assert len(kinds) == 17 + 1 + 17  # table rows, the national row, features


def test_join_memory_layer_with_selection_and_virtual_field(qgis_app, tmp_path):
    from qgis.core import (
        QgsFeatureRequest,
        QgsField,
        QgsProcessingFeatureSourceDefinition,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QVariant

    source = QgsVectorLayer(bundled_uri("2018"), "source", "ogr")
    memory = source.materialize(QgsFeatureRequest())  # a memory layer copy
    memory.addExpressionField('upper("name_en")', QgsField("key_upper", QVariant.String))
    QgsProject.instance().addMapLayer(memory)
    try:
        first_five = [feature.id() for feature in memory.getFeatures()][:5]
        memory.selectByIds(first_five)
        definition = QgsProcessingFeatureSourceDefinition(memory.id(), selectedFeaturesOnly=True)
        result = run_join(tmp_path, definition, KEY_FIELD="key_upper")
        assert result["MATCHED"] == 5
        assert result["UNMATCHED_ROWS"] == 12
    finally:
        QgsProject.instance().removeMapLayer(memory.id())


def test_join_point_layer_is_refused_and_leaves_no_output(qgis_app, tmp_path):
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingException,
        QgsVectorLayer,
    )

    points = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "points", "memory")
    feature = QgsFeature(points.fields())
    feature.setAttributes(["г.Алматы"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(76.9, 43.2)))
    points.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="has no polygons"):
        run_join(tmp_path, points)
    assert not (tmp_path / "joined.gpkg").exists()
    assert not (tmp_path / "report.gpkg").exists()


def test_join_missing_table_names_the_file(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    missing = tmp_path / "no_such_table.csv"
    with pytest.raises(QgsProcessingException, match="no_such_table.csv"):
        run_join(tmp_path, bundled_uri("2018"), TABLE=str(missing))
    assert not (tmp_path / "joined.gpkg").exists()


def test_join_of_2018_table_to_2022_layer_names_the_fitting_set(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="2018 boundary set"):
        run_join(tmp_path, bundled_uri("2022"))
    assert not (tmp_path / "joined.gpkg").exists()


def memory_table(rows):
    from qgis.core import QgsFeature, QgsVectorLayer

    table = QgsVectorLayer("None?field=region:string&field=score:double", "scores", "memory")
    features = []
    for name, value in rows:
        feature = QgsFeature(table.fields())
        feature.setAttributes([name, value])
        features.append(feature)
    table.dataProvider().addFeatures(features)
    return table


def test_join_a_table_layer_instead_of_a_file(qgis_app, tmp_path):
    from qgis.core import NULL, QgsVectorLayer

    table = memory_table([("г.Алматы", 3.5), ("Павлодарская", None), ("Республика Казахстан", 9)])
    result = run_join(tmp_path, bundled_uri("2018"), TABLE=None, TABLE_LAYER=table, YEAR=None)
    assert result["MATCHED"] == 2
    joined = QgsVectorLayer(result["OUTPUT"], "joined", "ogr")
    scores = {f["unit_id"]: f["score"] for f in joined.getFeatures()}
    assert scores["almaty_city"] == pytest.approx(3.5)
    assert scores["pavlodar"] == NULL  # a missing value stays missing, never zero


def test_join_refuses_both_a_file_and_a_table_layer(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    table = memory_table([("г.Алматы", 1.0)])
    with pytest.raises(QgsProcessingException, match="either as a file.*or as a table layer"):
        run_join(tmp_path, bundled_uri("2018"), TABLE_LAYER=table)
    with pytest.raises(QgsProcessingException, match="not both and not neither"):
        run_join(tmp_path, bundled_uri("2018"), TABLE=None)
    assert not (tmp_path / "joined.gpkg").exists()


def test_join_on_a_field_that_comes_from_a_qgis_join(qgis_app, tmp_path):
    """Layers whose key field is itself joined (QgsVectorLayerJoinInfo) are read as shown."""
    from qgis.core import QgsFeature, QgsProject, QgsVectorLayer, QgsVectorLayerJoinInfo

    regions = QgsVectorLayer(bundled_uri("2018"), "regions", "ogr")
    names = QgsVectorLayer("None?field=uid:string&field=official:string", "names", "memory")
    rows = []
    for feature in regions.getFeatures():
        row = QgsFeature(names.fields())
        row.setAttributes([feature["unit_id"], feature["name_ru"]])
        rows.append(row)
    names.dataProvider().addFeatures(rows)
    QgsProject.instance().addMapLayers([regions, names])
    try:
        join = QgsVectorLayerJoinInfo()
        join.setJoinLayer(names)
        join.setJoinFieldName("uid")
        join.setTargetFieldName("unit_id")
        join.setPrefix("j_")
        assert regions.addJoin(join)
        result = run_join(tmp_path, regions, KEY_FIELD="j_official")
        assert result["MATCHED"] == 17
    finally:
        QgsProject.instance().removeMapLayers([regions.id(), names.id()])


def test_index_help_documents_every_output_field(qgis_app):
    from qgis.core import QgsApplication

    from kz_innovation_plugin.core.composite.index import FIELDS

    text = QgsApplication.processingRegistry().algorithmById(
        "kzinnovation:innovationindex").shortHelpString()
    for name in FIELDS:
        assert f"<code>{name}</code>" in text, name
