"""Report maps: styled layers drawn by a print layout into a PNG of the requested size."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import PLUGIN_DIR

pytestmark = pytest.mark.qgis

REGIONS = PLUGIN_DIR / "data" / "kz_regions.gpkg"
OBLAST, CITY, CORE = "#e69f00", "#0072b2", "#cc79a7"
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


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


def test_layers_handed_over_draw_the_same_map(qgis_app, tmp_path):
    """Without cloning, the map draws the layers themselves, pixel for pixel the same map,
    and frees them with its project."""
    from qgis.PyQt import sip

    from kz_innovation_plugin.processing_provider.report_maps import render_map

    cloned = pixels(render_map([by_unit_type(regions_layer()), cores_layer()], "Cores",
                               tmp_path / "cloned.png", size_px=(800, 600)))
    handed = [by_unit_type(regions_layer()), cores_layer()]
    own = pixels(render_map(handed, "Cores", tmp_path / "handed.png", size_px=(800, 600),
                            extent_layer=handed[0], clone_layers=False))
    whole = pixels(render_map([by_unit_type(regions_layer()), cores_layer()], "Cores",
                              tmp_path / "whole.png", size_px=(800, 600),
                              extent_layer=regions_layer()))
    assert own[0] == cloned[0] and np.array_equal(own[1], whole[1])
    assert all(sip.isdeleted(layer) for layer in handed)


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


def test_a_page_qgis_cannot_render_gives_a_message_and_no_file(qgis_app, tmp_path,
                                                               monkeypatch):
    from qgis.core import QgsProcessingException
    from qgis.PyQt.QtGui import QImage

    from kz_innovation_plugin.processing_provider import report_maps

    class Failing:  # the exporter of a layout QGIS could not render: a null image
        def __init__(self, layout):
            pass

        def renderPageToImage(self, *args):  # noqa: N802 - QGIS names it so
            return QImage()

    monkeypatch.setattr(report_maps, "QgsLayoutExporter", Failing)
    with pytest.raises(QgsProcessingException,
                       match="could not export the map failed.png; check that the folder"):
        report_maps.render_map([regions_layer()], "Failing", tmp_path / "failed.png")
    assert list(tmp_path.iterdir()) == []


def test_bad_requests_are_refused_and_leave_nothing(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    from kz_innovation_plugin.processing_provider.report_maps import render_map

    with pytest.raises(QgsProcessingException, match="at least one layer"):
        render_map([], "Nothing", tmp_path / "maps" / "none.png")  # no folder made either
    empty = QgsVectorLayer("Polygon?crs=EPSG:4326", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="extent is empty"):
        render_map([empty], "Empty", tmp_path / "empty.png")
    broken = QgsVectorLayer(str(tmp_path / "gone.gpkg"), "gone", "ogr")
    with pytest.raises(QgsProcessingException, match="gone cannot be drawn: they are not valid"):
        render_map([broken], "Broken", tmp_path / "broken.png")
    with pytest.raises(QgsProcessingException, match="at least 200 x 150 pixels, not 100 x 80"):
        render_map([regions_layer()], "Small", tmp_path / "small.png", size_px=(100, 80))
    assert list(tmp_path.iterdir()) == []


# --- the full analysis's report maps (issue 12, report items 1, 2 and 7) ---------------------

#: what each report map's title names: the field each of its layers classifies, bottom first
TITLE_FIELDS = {
    "Innovation index levels": ["innov_lvl"],
    "LISA clusters of the index": ["LISA_CL"],
    "Gi* hot spots of the index": ["Gi_Bin"],
    "Cores and influence zones": ["innov_lvl", "zone_order", "core_type"],
    "LISA clusters without correction for multiple tests (not trusted)": ["LISA_CL_U"],
    "Gi* hot spots without correction for multiple tests (not trusted)": ["Gi_Bin_U"],
}


@pytest.fixture(scope="module")
def analysis(qgis_app, tmp_path_factory):
    """The full analysis of the bundled 2018 data, run as a user runs it (default inference:
    999 permutations, FDR at 0.05), in English: (GeoPackage, report)."""
    import processing

    from tests.conftest import DEMO_TABLE

    folder = tmp_path_factory.mktemp("full")
    result = processing.run("kzinnovation:fullanalysis", {
        "TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 30, "SEED": 7,
        "OUTPUT": str(folder / "analysis.gpkg"), "REPORT": str(folder / "report.html"),
    })
    return Path(result["OUTPUT"]), Path(result["REPORT"])


def frame(geopackage, layer: str = "regions"):
    import geopandas as gpd

    return gpd.read_file(geopackage, layer=layer)


def style_colours(name: str) -> dict[str, str]:
    """Category value (as text) -> colour of a plugin style."""
    from kz_innovation_plugin.processing_provider.styles import STYLES, _categories

    return {str(value): colour for value, _, colour in _categories(STYLES[name]["categories"])}


def categories(layer) -> dict[str, str]:
    """Category value (as text) -> fill colour of a layer's categorised renderer."""
    return {str(category.value()): category.symbol().color().name()
            for category in layer.renderer().categories()}


def with_codes(geopackage, tmp_path, **codes):
    """A copy of the analysis GeoPackage whose regions carry the given codes."""
    import geopandas as gpd

    target = tmp_path / "codes.gpkg"
    for name in ("regions", "cores", "zones"):
        layer = frame(geopackage, name)
        if name == "regions":
            layer = layer.assign(**{field: [values[i % len(values)] for i in range(len(layer))]
                                    for field, values in codes.items()})
        gpd.GeoDataFrame(layer).to_file(target, layer=name, driver="GPKG")
    return target


def test_each_report_map_shows_what_its_title_names(analysis):
    """The LISA and Gi* maps showed the index levels: QGIS 3.22 loaded the GeoPackage's stored
    default style (the index's) instead of the QML named.  Each layer is now classified on
    the field its title names, in GeoDa's and ArcGIS Pro's colours."""
    from kz_innovation_plugin.core.jobs.full import MAPS, UNCORRECTED_MAPS
    from kz_innovation_plugin.processing_provider.report_maps import report_layers

    geopackage, _ = analysis
    plans = {**MAPS, **{caption: layers for _, caption, layers in UNCORRECTED_MAPS.values()}}
    drawn = report_layers(geopackage, plans, "en")
    assert list(drawn) == list(plans)
    lisa, gi = style_colours("lisa"), style_colours("hotspots")
    for caption, layers in drawn.items():
        assert [layer.renderer().type() for layer in layers] == ["categorizedSymbol"] * len(
            layers), caption
        assert [layer.renderer().classAttribute() for layer in layers] == \
            TITLE_FIELDS[caption], caption
        for layer, (_, style, _) in zip(layers, plans[caption]):
            expected = style_colours(style)
            assert categories(layer).items() <= expected.items(), caption
        if caption.startswith("LISA"):
            assert categories(layers[0]).items() <= lisa.items()
        if caption.startswith("Gi*"):
            assert categories(layers[0]).items() <= gi.items()
    assert categories(drawn["LISA clusters without correction for multiple tests "
                            "(not trusted)"][0]) == {"0": "#eeeeee", "2": "#0000ff"}


def test_gi_and_lisa_codes_take_geoda_and_arcgis_colours(analysis, tmp_path):
    from kz_innovation_plugin.core.jobs.full import MAPS
    from kz_innovation_plugin.processing_provider.report_maps import report_layers
    from kz_innovation_plugin.processing_provider.styles import GI_CATEGORIES, LISA_CATEGORIES

    codes = with_codes(analysis[0], tmp_path, LISA_CL=[0, 1, 2, 4], Gi_Bin=[-3, 0, 2, 3])
    drawn = report_layers(codes, MAPS, "en")
    lisa = drawn["LISA clusters of the index"][0]
    assert categories(lisa) == {str(code): colour for code, _, colour in LISA_CATEGORIES
                                if code in (0, 1, 2, 4)}
    assert [category.label() for category in lisa.renderer().categories()] == [
        "Not significant", "High-High", "Low-Low", "High-Low"]
    gi = drawn["Gi* hot spots of the index"][0]
    assert categories(gi) == {str(code): colour for code, _, colour in GI_CATEGORIES
                              if code in (-3, 0, 2, 3)}
    assert [category.label() for category in gi.renderer().categories()] == [
        "Cold spot, 99 % confidence", "Not significant", "Hot spot, 95 % confidence",
        "Hot spot, 99 % confidence"]


def expected_legend(geopackage, caption: str, parts, language: str):
    """(title, labels) of each layer of a map, top first: the labels of the style's
    categories whose value occurs in the layer, read from the file by GeoPandas."""
    from kz_innovation_plugin.core.report.legends import legend_label, legend_title
    from kz_innovation_plugin.processing_provider.styles import STYLES, _categories

    legend = []
    for name, style, field in reversed(parts):
        present = {str(value) for value in frame(geopackage, name)[field].dropna()}
        order = [value for value, _, _ in _categories(STYLES[style]["categories"])
                 if str(value) in present]
        legend.append((legend_title(field, language),
                       [legend_label(field, value, language) for value in order]))
    return legend


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_report_map_legend_lists_only_the_categories_present(analysis, language):
    from kz_innovation_plugin.core.jobs.full import report_maps
    from kz_innovation_plugin.processing_provider.report_maps import (
        legend_entries,
        map_layout,
        report_layers,
    )

    geopackage, _ = analysis
    plans = report_maps(frame(geopackage), "fdr")
    drawn = report_layers(geopackage, plans, language)
    assert list(drawn) == list(plans)
    for caption, layers in drawn.items():
        with map_layout(layers, caption) as layout:
            entries = legend_entries(layout)
        assert entries == expected_legend(geopackage, caption, plans[caption], language), \
            caption
        if language != "en":
            assert all(CYRILLIC.search(title) for title, _ in entries), entries
            assert all(CYRILLIC.search(label) for _, labels in entries for label in labels), \
                entries
    if language == "en":
        with map_layout(drawn["Cores and influence zones"], "Cores") as layout:
            assert legend_entries(layout) == [
                ("Core type", ["Core"]), ("Influence zone", ["Zone 1", "Zone 2"]),
                ("Innovation index level", ["Low", "Medium", "High"])]


def test_place_names_follow_the_report_language(analysis):
    from kz_innovation_plugin.core.jobs.full import MAPS
    from kz_innovation_plugin.processing_provider.report_maps import report_layers

    geopackage, _ = analysis
    for language, field in (("en", "name_en"), ("ru", "name_ru"), ("kk", "name_kk")):
        layers = report_layers(geopackage, MAPS, language)["Cores and influence zones"]
        regions, *others = layers
        assert regions.labelsEnabled() and not any(layer.labelsEnabled() for layer in others)
        expression = regions.labeling().settings().fieldName
        assert expression.startswith(f'coalesce("{field}"'), expression


def test_the_report_draws_the_uncorrected_maps_when_fdr_leaves_nothing(analysis):
    """With 17 regions FDR leaves no LISA cluster and no Gi* spot: the report draws each
    region's uncorrected test instead of an empty map, titled as not trusted, and says why."""
    _, report = analysis
    page = report.read_text(encoding="utf-8")
    captions = re.findall(r"<figcaption>([^<]*)</figcaption>", page)
    assert captions[:4] == [
        "Innovation index levels",
        "LISA clusters without correction for multiple tests (not trusted)",
        "Gi* hot spots without correction for multiple tests (not trusted)",
        "Cores and influence zones"]
    assert "17 regions were tested at once" in page
    folder = report.with_name("report_files")
    index, lisa, gi, cores = (pixels(folder / f"map_0{n}.png")[1] for n in range(1, 5))
    medium = "#fdbb84"  # the index level Medium, the old map's fill
    assert share(index, medium) > 0.1 and share(cores, medium) > 0.05
    assert share(lisa, medium) == 0 and share(gi, medium) == 0
    assert share(lisa, "#eeeeee") > 0.1 and share(lisa, "#0000ff") > 0.005  # Kostanay, Low-Low
    assert share(gi, "#ffffbf") > 0.05 and share(gi, "#849eba") > 0.005  # cold spot, 95 %


def test_without_correction_the_report_draws_the_plain_maps(qgis_app, tmp_path):
    import processing

    from kz_innovation_plugin.core.jobs.full import MAPS
    from tests.conftest import DEMO_TABLE

    result = processing.run("kzinnovation:fullanalysis", {
        "TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 30, "SEED": 7, "CORRECTION": 2,
        "OUTPUT": str(tmp_path / "analysis.gpkg"), "REPORT": str(tmp_path / "report.html"),
    })
    page = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert re.findall(r"<figcaption>([^<]*)</figcaption>", page)[:4] == list(MAPS)
    assert "not trusted" not in page
    lisa = pixels(tmp_path / "report_files" / "map_02.png")[1]
    assert share(lisa, "#0000ff") > 0.005  # the same Low-Low region, now the result itself


def test_a_layer_the_run_did_not_write_or_left_empty_is_left_out(analysis, tmp_path):
    import geopandas as gpd
    from qgis.core import QgsProcessingException

    from kz_innovation_plugin.processing_provider.report_maps import report_layers

    geopackage, _ = analysis
    target = tmp_path / "few.gpkg"
    frame(geopackage).drop(columns="LISA_CL_U").to_file(target, layer="regions", driver="GPKG")
    gpd.GeoDataFrame(frame(geopackage, "cores").iloc[:0]).to_file(target, layer="cores",
                                                                   driver="GPKG")
    plans = {"Cores": (("regions", "index", "innov_lvl"), ("zones", "zones", "zone_order"),
                       ("cores", "cores", "core_type")),
             "Nothing": (("zones", "zones", "zone_order"),)}
    drawn = report_layers(target, plans, "en")
    assert list(drawn) == ["Cores"] and len(drawn["Cores"]) == 1
    with pytest.raises(QgsProcessingException, match="has no field LISA_CL_U"):
        report_layers(target, {"LISA": (("regions", "lisa", "LISA_CL_U"),)}, "en")


def test_a_layer_of_many_features_is_drawn_without_place_names(qgis_app, tmp_path):
    """Names on a grid of a hundred thousand cells cannot be read on the page, and QGIS's
    label placement over them took longer than the whole analysis: only layers of at most
    MAX_NAMED features carry them."""
    import geopandas as gpd
    import shapely

    from kz_innovation_plugin.processing_provider.report_maps import MAX_NAMED, report_layer

    count = MAX_NAMED + 1
    corners = np.arange(count) * 1000.0
    grid = gpd.GeoDataFrame({"innov_lvl": ["High"] * count},
                            geometry=shapely.box(corners, 0.0, corners + 1000.0, 1000.0),
                            crs="EPSG:32642")
    target = tmp_path / "grid.gpkg"
    grid.to_file(target, layer="regions", driver="GPKG")
    many = report_layer(f"{target}|layername=regions", "index", "innov_lvl", names=True)
    assert many.featureCount() == count and not many.labelsEnabled()
    grid.iloc[:MAX_NAMED].to_file(target, layer="regions", driver="GPKG")
    few = report_layer(f"{target}|layername=regions", "index", "innov_lvl", names=True)
    assert few.featureCount() == MAX_NAMED and few.labelsEnabled()


def test_report_maps_are_drawn_here_and_saved_beside(qgis_app, tmp_path, monkeypatch):
    """The full analysis's maps: each drawn on the calling thread (QGIS's layouts), saved
    by a worker thread while the next is drawn, and the same PNG as drawn and saved in one
    go; a save that fails fails the run, with QGIS's message."""
    import threading

    import geopandas as gpd
    from qgis.core import QgsProcessingException

    from kz_innovation_plugin.processing_provider import report_maps
    from kz_innovation_plugin.processing_provider.algorithms.full_analysis import (
        render_report_maps,
    )

    regions = gpd.read_file(REGIONS, layer="kz_regions_2018")
    regions["innov_lvl"] = ["low", "medium", "high"] * 5 + ["low", "high"]
    geopackage = tmp_path / "analysis.gpkg"
    regions.to_file(geopackage, layer="regions")
    maps = {"Innovation index levels": (("regions", "index", "innov_lvl"),),
            "Cores and influence zones": (("regions", "index", "innov_lvl"),)}
    threads = {"drawn": [], "saved": []}
    map_image, save_png = report_maps.map_image, report_maps.save_png

    def drawn(*args, **kwargs):
        threads["drawn"].append(threading.current_thread())
        return map_image(*args, **kwargs)

    def saved(*args, **kwargs):
        threads["saved"].append(threading.current_thread())
        return save_png(*args, **kwargs)

    monkeypatch.setattr(report_maps, "map_image", drawn)
    monkeypatch.setattr(report_maps, "save_png", saved)
    written = render_report_maps(geopackage, tmp_path / "maps", maps, "en")
    assert list(written) == list(maps)
    assert threads["drawn"] == [threading.current_thread()] * 2
    assert len(threads["saved"]) == 2
    assert all(thread is not threading.current_thread() for thread in threads["saved"])
    layers = report_maps.report_layers(geopackage, maps, "en")["Innovation index levels"]
    alone = report_maps.render_map(layers, "Innovation index levels", tmp_path / "alone.png",
                                   extent_layer=layers[0], clone_layers=False)
    assert pixels(written["Innovation index levels"])[0] == (1600, 1200)
    assert np.array_equal(pixels(written["Innovation index levels"])[1], pixels(alone)[1])

    def failing(image, target):
        raise QgsProcessingException(f"QGIS could not export the map {Path(target).name}")

    monkeypatch.setattr(report_maps, "save_png", failing)
    with pytest.raises(QgsProcessingException, match="could not export the map map_1.png"):
        render_report_maps(geopackage, tmp_path / "failed", maps, "en")
    assert list((tmp_path / "failed").iterdir()) == []
