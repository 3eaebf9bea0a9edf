"""Report maps: styled layers drawn by a print layout into a PNG of the requested size."""

from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import PLUGIN_DIR

pytestmark = pytest.mark.qgis

REGIONS = PLUGIN_DIR / "data" / "kz_regions.gpkg"
OBLAST, CITY, CORE = "#e69f00", "#0072b2", "#cc79a7"


def regions_layer(name: str = "Regions 2018"):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{REGIONS}|layername=kz_regions_2018", name, "ogr")
    assert layer.isValid() and layer.featureCount() == 17
    return layer


def fill(colour: str):
    from qgis.core import QgsFillSymbol

    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": "#ffffff", "outline_width": "0.2"}
    )


def by_unit_type(layer):
    """Oblasts and cities in two Okabe-Ito colours (a categorized renderer on unit_type)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    layer.setRenderer(QgsCategorizedSymbolRenderer("unit_type", [
        QgsRendererCategory("oblast", fill(OBLAST), "Oblast"),
        QgsRendererCategory("city", fill(CITY), "City of republican significance"),
    ]))
    return layer


def cores_layer(expression: str = "\"unit_type\" = 'city'", count: int = 3):
    """Some regions (default the three cities) as a memory layer with one fill colour."""
    from qgis.core import QgsFeatureRequest, QgsSingleSymbolRenderer

    layer = regions_layer().materialize(QgsFeatureRequest().setFilterExpression(expression))
    layer.setName("Cores")
    layer.setRenderer(QgsSingleSymbolRenderer(fill(CORE)))
    assert layer.featureCount() == count
    return layer


def pixels(path) -> tuple[tuple[int, int], np.ndarray]:
    """(width, height) and the RGB pixels of a PNG read by Qt."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    bgra = np.frombuffer(bits, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    bgra = bgra[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    return (image.width(), image.height()), bgra[..., 2::-1].reshape(-1, 3).copy()


def share(rgb: np.ndarray, colour: str) -> float:
    """Share of the pixels of exactly ``colour``."""
    target = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)], dtype=np.uint8)
    return float(np.all(rgb == target, axis=1).mean())


def test_map_of_the_regions_has_the_size_and_the_fill_colours(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from kz_innovation_plugin.processing_provider.report_maps import render_map

    layer = by_unit_type(regions_layer())
    path = render_map([layer], "Regions of Kazakhstan, 2018", tmp_path / "regions.png")
    assert path == tmp_path / "regions.png" and path.read_bytes()[:4] == b"\x89PNG"
    size, rgb = pixels(path)
    assert size == (1600, 1200)
    assert len(np.unique(rgb, axis=0)) > 20  # not blank: fills, outlines, text, antialiasing
    assert share(rgb, OBLAST) > 0.15
    assert share(rgb, CITY) > 0
    # the caller's layer is untouched and was never put in the current project
    assert layer.isValid() and layer.featureCount() == 17
    assert layer.renderer().type() == "categorizedSymbol"
    assert QgsProject.instance().mapLayer(layer.id()) is None
    assert [p.name for p in tmp_path.iterdir()] == ["regions.png"]


def test_two_layers_and_another_size(qgis_app, tmp_path):
    from kz_innovation_plugin.processing_provider.report_maps import render_map

    regions, cores = by_unit_type(regions_layer()), cores_layer()
    path = render_map([regions, cores], "Cores over the regions", tmp_path / "two.png",
                      size_px=(1200, 900))
    size, rgb = pixels(path)
    assert size == (1200, 900)
    assert share(rgb, OBLAST) > 0.1 and share(rgb, CORE) > 0 and share(rgb, CITY) > 0
    assert regions.isValid() and cores.isValid() and cores.featureCount() == 3
    # bottom first: with the cores listed first, the regions hide them (only the legend
    # swatch keeps their colour)
    hidden = pixels(render_map([cores, regions], "Regions over the cores",
                               tmp_path / "hidden.png", size_px=(1200, 900)))[1]
    assert share(hidden, CORE) < share(rgb, CORE)


def test_extent_layer_zooms_the_map(qgis_app, tmp_path):
    from kz_innovation_plugin.processing_provider.report_maps import render_map

    regions, cores = by_unit_type(regions_layer()), cores_layer()
    astana = cores_layer("\"name_en\" = 'Astana'", 1)
    whole = pixels(render_map([regions, cores], "All", tmp_path / "all.png"))[1]
    zoomed = pixels(render_map([regions, cores], "Astana", tmp_path / "zoom.png",
                               extent_layer=astana))[1]
    assert share(zoomed, CORE) > 0.05 > 20 * share(whole, CORE)


def test_map_crs_is_projected(qgis_app):
    from qgis.core import QgsVectorLayer

    from kz_innovation_plugin.processing_provider.report_maps import map_crs

    crs = map_crs([regions_layer()])
    assert crs.isValid() and not crs.isGeographic() and "+proj=laea" in crs.toProj()
    utm = QgsVectorLayer("Polygon?crs=EPSG:32642", "utm", "memory")
    assert map_crs([utm]).authid() == "EPSG:32642"


def test_bad_requests_are_refused_and_leave_nothing(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    from kz_innovation_plugin.processing_provider.report_maps import render_map

    with pytest.raises(QgsProcessingException, match="at least one layer"):
        render_map([], "Nothing", tmp_path / "none.png")
    empty = QgsVectorLayer("Polygon?crs=EPSG:4326", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="extent is empty"):
        render_map([empty], "Empty", tmp_path / "empty.png")
    assert list(tmp_path.iterdir()) == []
