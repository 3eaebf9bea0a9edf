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
    labels = None
    if layer.labelsEnabled():
        settings = layer.labeling().settings()
        labels = (settings.fieldName, settings.isExpression, settings.placement, settings.dist)
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
    path = write_geopackage(tmp_path / "styled.gpkg", {"cores": layer, "plain": layer,
                                                       "regions": layer},
                            styles={"cores": "cores", "regions": "index"})
    styled = QgsVectorLayer(f"{path}|layername=cores", "cores", "ogr")
    assert styled.renderer().type() == "categorizedSymbol"
    assert styled.renderer().classAttribute() == "core_type"
    categories = styled.renderer().categories()
    assert "CentroidFill" in [categories[0].symbol().symbolLayer(i).layerType()
                              for i in range(categories[0].symbol().symbolLayerCount())]
    regions = QgsVectorLayer(f"{path}|layername=regions", "regions", "ogr")
    assert regions.labelsEnabled()
    assert "name_en" in regions.labeling().settings().fieldName
    plain = QgsVectorLayer(f"{path}|layername=plain", "plain", "ogr")
    assert plain.renderer().type() == "singleSymbol"


def stored(name):
    """A polygon memory layer with the committed style ``name``."""
    from qgis.core import QgsVectorLayer

    fields = "&field=name_en:string&field=name_ru:string&field=name_kk:string" \
        "&field=unit_id:string"
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:4326{fields}", name, "memory")
    message, ok = layer.loadNamedStyle(str(STYLE_DIR / f"{name}.qml"))
    assert ok, message
    return layer


def test_every_core_gets_a_dot_that_shows_at_any_scale(qgis_app):
    from qgis.core import QgsCentroidFillSymbolLayer, QgsUnitTypes

    layer = stored("cores")  # the layer owns the renderer: keep it
    categories = layer.renderer().categories()
    assert categories
    for category in categories:
        symbol = category.symbol()
        dots = [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount())
                if isinstance(symbol.symbolLayer(i), QgsCentroidFillSymbolLayer)]
        assert len(dots) == 1, category.label()
        assert dots[0].pointOnSurface() and not dots[0].pointOnAllParts()
        marker = dots[0].subSymbol()
        assert marker.sizeUnit() == QgsUnitTypes.RenderMillimeters and marker.size() >= 2.0
        assert marker.color() == symbol.color()  # the dot has its core type's colour


def test_one_label_per_place(qgis_app):
    """The regions carry the names; cores, clusters and zones drawn over them carry none
    (a core and its cluster used to print "Astana Astana")."""
    assert stored("index").labelsEnabled()
    for name in ("cores", "clusters", "zones"):
        assert not stored(name).labelsEnabled(), name


def test_clusters_are_translucent_orange(qgis_app):
    """Qt reads eight hex digits as #AARRGGBB: "#d55e0066" was a dark purple."""
    layer = stored("clusters")
    colour = layer.renderer().symbol().color()
    assert (colour.red(), colour.green(), colour.blue()) == (0xd5, 0x5e, 0x00)
    assert 0.1 < colour.alphaF() < 0.5


@pytest.mark.parametrize("locale, expected", [
    ("ru", "г.Астана"), ("kk", "Астана"), ("en", "Astana"), ("de", "Astana")])
def test_place_names_follow_the_interface_language(qgis_app, locale, expected):
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsFeature,
    )
    from qgis.PyQt.QtCore import QLocale

    for style in ("index", "macroregions"):
        layer = stored(style)
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["Astana", "г.Астана", "Астана", "astana"])
        before = QLocale()
        QLocale.setDefault(QLocale(locale))
        try:
            context = QgsExpressionContext(
                QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            context.setFeature(feature)
            expression = QgsExpression(layer.labeling().settings().fieldName)
            assert expression.evaluate(context) == expected, style
        finally:
            QLocale.setDefault(before)


def test_place_names_fall_back_to_the_code(qgis_app):
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsFeature,
        QgsVectorLayer,
    )

    from kz_innovation_plugin.processing_provider.styles import PLACE_NAME

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=unit_id:string", "l", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["astana"])
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    assert QgsExpression(PLACE_NAME).evaluate(context) == "astana"


def test_every_written_style_exists_and_stacks(qgis_app):
    from kz_innovation_plugin.core.jobs import base
    from kz_innovation_plugin.core.zones.cores import CORE_TYPES
    from kz_innovation_plugin.processing_provider.styles import (
        CORE_TYPE_LABELS,
        STACKING,
        STYLES,
    )

    assert sorted(STACKING) == sorted(STYLES)
    for module in (base,):
        assert set(module.LAYER_STYLES.values()) <= set(STYLES), module.__name__
    assert list(CORE_TYPE_LABELS) == list(CORE_TYPES)



def test_the_dominant_activity_style_colours_as_many_activities_as_the_job_says(qgis_app):
    from kz_innovation_plugin.core.jobs.specialisation import MAX_STYLED_ACTIVITIES
    from kz_innovation_plugin.processing_provider.styles import MAX_ACTIVITIES

    assert MAX_ACTIVITIES == MAX_STYLED_ACTIVITIES


def symbol_layer_types(symbol) -> list[str]:
    return [symbol.symbolLayer(i).layerType() for i in range(symbol.symbolLayerCount())]


def test_every_emerging_pattern_has_arcgis_pros_colour(qgis_app):
    """One category per CATEGORY code of the core, labelled with its PATTERN; the sporadic
    and oscillating patterns dotted, as ArcGIS Pro draws them."""
    from kz_innovation_plugin.core.dynamics.emerging import PATTERNS
    from kz_innovation_plugin.processing_provider.styles import EMERGING_CATEGORIES, EMERGING_DOTS

    assert {value: label for value, label, _ in EMERGING_CATEGORIES} == PATTERNS
    layer = stored("emerging")
    categories = layer.renderer().categories()
    assert layer.renderer().classAttribute() == "CATEGORY"
    fills = {int(c.value()): c.symbol().color().name() for c in categories}
    assert (fills[1], fills[3], fills[4], fills[-4]) == ("#cb0800", "#e01709", "#851400",
                                                         "#1b3659")
    dotted = {int(c.value()): c.symbol().symbolLayer(1).subSymbol().color().name()
              for c in categories if "PointPatternFill" in symbol_layer_types(c.symbol())}
    assert dotted == EMERGING_DOTS and set(dotted) == {6, 7, -6, -7}


def test_every_effect_class_has_a_colour(qgis_app):
    from kz_innovation_plugin.core.jobs.spillover import EFFECT_CLASSES
    from kz_innovation_plugin.processing_provider.styles import EFFECT_CATEGORIES

    assert sorted(value for value, _, _ in EFFECT_CATEGORIES) == sorted(EFFECT_CLASSES)
    layer = stored("spillover")
    assert layer.renderer().classAttribute() == "effect_class"
    colours = [c.symbol().color().name() for c in layer.renderer().categories()]
    assert len(set(colours)) == len(EFFECT_CLASSES)
