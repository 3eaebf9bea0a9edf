"""The committed QML styles are what QGIS makes from their definitions, and travel in GPKGs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.qgis

STYLE_DIR = ROOT / "kz_innovation_plugin" / "styles"


def loaded(path):
    """What QGIS reads from a QML: the renderer (categories, symbols, colours) and labels.

    Comparing files byte by byte cannot work: Qt writes XML attributes in hash order and QGIS
    gives every symbol layer a random id.
    """
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "style", "memory")
    message, ok = layer.loadNamedStyle(str(path))
    assert ok, message
    labels = layer.labeling().settings().fieldName if layer.labelsEnabled() else None
    return layer.renderer().dump(), labels


def test_committed_styles_match_their_definitions(qgis_app, tmp_path):
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_styles.py"), "--output-dir",
         str(tmp_path)], capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    built = sorted(path.name for path in tmp_path.glob("*.qml"))
    assert built == sorted(path.name for path in STYLE_DIR.glob("*.qml"))
    for name in built:
        assert loaded(tmp_path / name) == loaded(STYLE_DIR / name), name


def test_geopackage_layers_open_with_their_stored_styles(qgis_app, tmp_path):
    import geopandas as gpd
    import shapely
    from qgis.core import QgsVectorLayer

    from kz_innovation_plugin.core.output import write_geopackage

    layer = gpd.GeoDataFrame({"core_type": ["agglomeration", "core"], "name_en": ["a", "b"]},
                             geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
                             crs="EPSG:4326")
    path = write_geopackage(tmp_path / "styled.gpkg", {"cores": layer, "plain": layer},
                            styles={"cores": "cores"})
    styled = QgsVectorLayer(f"{path}|layername=cores", "cores", "ogr")
    assert styled.renderer().type() == "categorizedSymbol"
    assert styled.renderer().classAttribute() == "core_type"
    assert styled.labelsEnabled()
    plain = QgsVectorLayer(f"{path}|layername=plain", "plain", "ogr")
    assert plain.renderer().type() == "singleSymbol"
