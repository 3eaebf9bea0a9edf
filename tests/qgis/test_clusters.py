"""Cluster cores and macro-regions in real QGIS."""

from __future__ import annotations

import pytest

from tests.qgis.test_innovation_index import joined_layer, run_index

pytestmark = pytest.mark.qgis


@pytest.fixture
def index_layer(qgis_app, tmp_path):
    return run_index(tmp_path, joined_layer(tmp_path, 2018), "clusters")["OUTPUT"]


def test_regionalize_skater_with_its_geopackage(index_layer, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    result = processing.run("kzinnovation:regionalize", {
        "INPUT": index_layer, "FIELDS": ["si_potenti", "si_perform"], "N_REGIONS": 3,
        "OUTPUT": str(tmp_path / "members.gpkg"), "DISSOLVED": str(tmp_path / "macro.gpkg"),
        "METHOD": str(tmp_path / "method.gpkg"), "GEOPACKAGE": str(tmp_path / "bundle.gpkg"),
    })
    members = QgsVectorLayer(result["OUTPUT"], "members", "ogr")
    assert members.featureCount() == 17
    assert {f["macro_id"] for f in members.getFeatures()} == {1, 2, 3}
    macro = QgsVectorLayer(f"{result['GEOPACKAGE']}|layername=macroregions", "m", "ogr")
    assert macro.featureCount() == 3
    assert macro.renderer().type() == "categorizedSymbol"


def test_cluster_cores_by_top_k_with_gravity_zones(index_layer, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    result = processing.run("kzinnovation:clustercores", {
        "INPUT": index_layer, "CORE_MODE": "top_k", "TOP_K": 5, "ZONE_METHOD": "gravity",
        "CORES": str(tmp_path / "cores.gpkg"), "ZONES": str(tmp_path / "zones.gpkg"),
        "CLUSTERS": str(tmp_path / "clusters.gpkg"),
        "MULTIPLIER": str(tmp_path / "multiplier.gpkg"), "METHOD": str(tmp_path / "m.gpkg"),
    })
    assert result["CORE_COUNT"] == 5
    zones = QgsVectorLayer(result["ZONES"], "zones", "ogr")
    assert "potential" in zones.fields().names() and zones.featureCount() == 17
    multiplier = QgsVectorLayer(result["MULTIPLIER"], "multiplier", "ogr")
    assert multiplier.featureCount() == 5
