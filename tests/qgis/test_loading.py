"""Outputs loaded into the project as a user gets them: by QGIS's own result handling.

The algorithm dialog, ``processing.runAndLoadResults`` and the batch dialog all end in
``processing.gui.Postprocessing.handleAlgorithmResults``; these tests go through it and look at
what the project then holds: each layer's renderer, classification, labels and legend as its
stored style says, the layers' order in the layer tree, and their names in the user's language.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

import pytest

from tests.conftest import DEMO_TABLE, PLUGIN_DIR, ROOT
from tests.qgis.test_innovation_index import joined_layer, run_index

pytestmark = pytest.mark.qgis

STYLE_DIR = PLUGIN_DIR / "styles"
CYRILLIC = re.compile("[А-Яа-яЁё]")
#: the full analysis's layers, top of the layer tree first: (English name, style)
FULL_LAYERS = (("Cluster cores", "cores"), ("Clusters of cores", "clusters"),
               ("Influence zones", "zones"), ("Regions and index", "index"))


def style_of(layer) -> dict:
    """What a user sees of a layer's style: renderer, classification, categories (value and
    colour of each symbol layer), labels."""
    renderer = layer.renderer()
    # the categories are copies: keep them while their symbols are read
    categories = renderer.categories() if hasattr(renderer, "categories") else []
    symbols = ([(str(c.value()), c.symbol()) for c in categories] if categories
               else [("", renderer.symbol())])
    labels = None
    if layer.labelsEnabled():
        settings = layer.labeling().settings()
        labels = (settings.fieldName, settings.isExpression)
    return {
        "renderer": renderer.type(),
        "field": renderer.classAttribute() if hasattr(renderer, "classAttribute") else None,
        "symbols": [(value, [symbol.symbolLayer(i).layerType()
                             for i in range(symbol.symbolLayerCount())],
                     symbol.color().name()) for value, symbol in symbols],
        "labels": labels,
    }


def stored_style(name: str) -> dict:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    message, ok = layer.loadNamedStyle(str(STYLE_DIR / f"{name}.qml"))
    assert ok, message
    return style_of(layer)


def tree(project) -> list[str]:
    """Names of the project's layers as the layer tree lists them, top first."""
    return [node.layer().name() for node in project.layerTreeRoot().findLayers()]


def legend(layer) -> list[str]:
    return [category.label() for category in layer.renderer().categories()]


def label_text(layer, feature) -> str:
    """The label a feature gets, evaluated as the map does (global, project, layer scopes)."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    expression = QgsExpression(layer.labeling().settings().fieldName)
    value = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    return value


@pytest.fixture
def russian(qgis_app, tmp_path):
    """The Russian interface: the plugin's .qm installed and QGIS's locale set to ru."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "build", "--output-dir",
         str(tmp_path)], capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stderr
    translator = QTranslator()
    assert translator.load(str(tmp_path / "kz_innovation_ru.qm"))
    QCoreApplication.installTranslator(translator)
    settings = QgsSettings()
    before = (settings.value("locale/userLocale"), settings.value("locale/overrideFlag"),
              QLocale())
    settings.setValue("locale/userLocale", "ru")
    settings.setValue("locale/overrideFlag", True)
    QLocale.setDefault(QLocale("ru"))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        for key, value in zip(("locale/userLocale", "locale/overrideFlag"), before[:2]):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
        QLocale.setDefault(before[2])


def run_full_and_load(tmp_path):
    import processing

    return processing.runAndLoadResults("kzinnovation:fullanalysis", {
        "TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 100, "SEED": 7,
        "OUTPUT": str(tmp_path / "analysis.gpkg"), "REPORT": str(tmp_path / "report.html"),
    })


def test_full_analysis_loads_styled_layers_in_map_order(project, tmp_path):
    from qgis.core import QgsCentroidFillSymbolLayer, QgsVectorLayer

    mine = QgsVectorLayer("Point?crs=EPSG:4326", "my layer", "memory")
    project.addMapLayer(mine)
    run_full_and_load(tmp_path)
    assert tree(project) == [name for name, _ in FULL_LAYERS] + ["my layer"]
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    for name, style in FULL_LAYERS:
        assert style_of(layers[name]) == stored_style(style), name
    regions = layers["Regions and index"]
    assert regions.renderer().classAttribute() == "innov_lvl"
    assert regions.labelsEnabled()
    names = {label_text(regions, feature) for feature in regions.getFeatures()}
    assert {"Astana", "Akmola Region"} <= names  # English names outside Russian and Kazakh
    # one label per place: the cores and clusters over named regions carry none
    assert not layers["Cluster cores"].labelsEnabled()
    assert not layers["Clusters of cores"].labelsEnabled()
    # every core gets a dot inside its region, which shows at any scale
    assert layers["Cluster cores"].renderer().categories()
    for category in layers["Cluster cores"].renderer().categories():
        symbol = category.symbol()
        dots = [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount())
                if isinstance(symbol.symbolLayer(i), QgsCentroidFillSymbolLayer)]
        assert len(dots) == 1 and dots[0].pointOnSurface(), category.label()
        assert dots[0].subSymbol().size() >= 2.0  # millimetres
    assert legend(regions) == ["Low", "Medium", "High"]


def test_full_analysis_in_russian(project, russian, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication

    run_full_and_load(tmp_path)
    names = tree(project)
    expected = [QCoreApplication.translate("KzInnovation", name) for name, _ in FULL_LAYERS]
    assert names == expected
    assert all(CYRILLIC.search(name) for name in names), names
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    regions = layers[expected[-1]]
    for category in legend(regions) + legend(layers[expected[0]]) + legend(layers[expected[2]]):
        assert CYRILLIC.search(category), category
    by_code = {feature["unit_id"]: label_text(regions, feature)
               for feature in regions.getFeatures()}
    russian_names = {feature["unit_id"]: feature["name_ru"] for feature in regions.getFeatures()}
    assert by_code == russian_names


@pytest.fixture
def joined(qgis_app, tmp_path):
    return joined_layer(tmp_path, 2018)


@pytest.mark.parametrize("algorithm, style, extra", [
    ("kzinnovation:lisa", "lisa", {"FIELD": "research"}),
    ("kzinnovation:hotspots", "hotspots", {"FIELD": "research"}),
])
def test_local_statistics_load_styled(project, joined, algorithm, style, extra):
    import processing
    from qgis.core import QgsApplication

    processing.runAndLoadResults(algorithm, {"INPUT": joined, **extra,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    (layer,) = project.mapLayers().values()
    assert style_of(layer) == stored_style(style)
    description = QgsApplication.processingRegistry().algorithmById(algorithm) \
        .parameterDefinition("OUTPUT").description()
    assert layer.name() == description


def test_local_statistics_of_points_get_point_symbols(project, joined, tmp_path):
    import processing
    from qgis.core import QgsSymbol

    points = processing.run("native:pointonsurface", {
        "INPUT": joined, "ALL_PARTS": False, "OUTPUT": str(tmp_path / "points.gpkg"),
    })["OUTPUT"]
    processing.runAndLoadResults("kzinnovation:lisa", {
        "INPUT": points, "FIELD": "research", "WEIGHTS": "knn", "K": 3,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    (layer,) = project.mapLayers().values()
    assert layer.renderer().classAttribute() == "LISA_CL"
    assert {c.symbol().type() for c in layer.renderer().categories()} == {QgsSymbol.Marker}
    assert [c.symbol().color().name() for c in layer.renderer().categories()] == \
        [colour for _, colour in stored_colours("lisa")]


def stored_colours(name):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    layer.loadNamedStyle(str(STYLE_DIR / f"{name}.qml"))
    return [(c.value(), c.symbol().color().name()) for c in layer.renderer().categories()]


def test_cluster_cores_and_regionalize_load_styled_in_map_order(project, joined, tmp_path):
    import processing
    from qgis.core import QgsApplication

    index = run_index(tmp_path, joined, "loading")["OUTPUT"]
    processing.runAndLoadResults("kzinnovation:clustercores", {
        "INPUT": index, "CORES": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT",
        "CLUSTERS": "TEMPORARY_OUTPUT"})
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    algorithm = QgsApplication.processingRegistry().algorithmById("kzinnovation:clustercores")
    names = {sink: algorithm.parameterDefinition(sink).description()
             for sink in ("CORES", "CLUSTERS", "ZONES")}
    assert tree(project) == [names["CORES"], names["CLUSTERS"], names["ZONES"]]
    for sink, style in (("CORES", "cores"), ("CLUSTERS", "clusters"), ("ZONES", "zones")):
        assert style_of(layers[names[sink]]) == stored_style(style), sink
    project.clear()
    processing.runAndLoadResults("kzinnovation:regionalize", {
        "INPUT": index, "FIELDS": ["si_potenti", "si_perform"], "N_REGIONS": 3,
        "OUTPUT": "TEMPORARY_OUTPUT", "DISSOLVED": "TEMPORARY_OUTPUT"})
    (top, bottom) = project.layerTreeRoot().findLayers()
    assert style_of(top.layer()) == stored_style("macroregions_dissolved")
    assert style_of(bottom.layer()) == stored_style("macroregions")


def test_innovation_index_loads_styled(project, joined, tmp_path):
    import processing

    processing.runAndLoadResults("kzinnovation:innovationindex", {
        "INPUT": joined, "NATIONAL_TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 100,
        "OUTPUT": "TEMPORARY_OUTPUT", "METHOD": "TEMPORARY_OUTPUT",
        "WEIGHTS": "TEMPORARY_OUTPUT"})
    styled = [layer for layer in project.mapLayers().values()
              if layer.renderer() is not None and "innov_lvl" in layer.fields().names()]
    assert len(styled) == 1
    assert style_of(styled[0]) == stored_style("index")


def test_batch_rows_each_load_their_styled_layer(project, joined, tmp_path):
    """What the batch dialog does for each row with "Load layers on completion" checked:
    a new context per row, ``run``, then ``handleAlgorithmResults``."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from processing.tools import dataobjects
    from qgis.core import (
        QgsApplication,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
    )

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("kzinnovation:hotspots")
    feedback = QgsProcessingFeedback()
    for row, field in enumerate(("research", "rd_exp")):
        output = QgsProcessingOutputLayerDefinition(str(tmp_path / f"row{row}.gpkg"), project)
        parameters = {"INPUT": joined, "FIELD": field, "OUTPUT": output}
        context = dataobjects.createContext(feedback)
        results, ok = algorithm.run(parameters, context, feedback)
        assert ok, results
        assert handleAlgorithmResults(algorithm, context, feedback, False, parameters)
    layers = list(project.mapLayers().values())
    assert len(layers) == 2
    for layer in layers:
        assert style_of(layer) == stored_style("hotspots")


# --- stacking: whatever order QGIS loads a run's layers in, and wherever they land ---------

@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_run_layers_are_stacked_in_map_order(project, order):
    from qgis.core import QgsApplication, QgsVectorLayer

    from kz_innovation_plugin.processing_provider.styles import LoadedTogether

    for name in ("before 1", "before 2"):
        project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", name, "memory"))
    styles = ("index", "zones", "clusters", "cores")
    together = LoadedTogether(project)
    for position in order:
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", styles[position], "memory")
        project.addMapLayer(layer)  # QGIS puts a new layer on top, then post-processes it
        together.loaded(layer, styles[position])
    QgsApplication.processEvents()  # the layer tree removes layers of removed nodes later
    assert tree(project) == ["cores", "clusters", "zones", "index", "before 2", "before 1"]
    assert len(project.mapLayers()) == 6


def test_run_layers_in_a_results_group_keep_the_others_in_place(project):
    """Processing's "results group" setting appends each loaded layer at the group's bottom."""
    from qgis.core import QgsApplication, QgsVectorLayer

    from kz_innovation_plugin.processing_provider.styles import LoadedTogether

    group = project.layerTreeRoot().insertGroup(0, "results")
    first = QgsVectorLayer("Point?crs=EPSG:4326", "earlier result", "memory")
    project.addMapLayer(first, False)
    group.addLayer(first)
    together = LoadedTogether(project)
    for style in ("clusters", "cores", "index", "zones"):  # the sorted order of their sources
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", style, "memory")
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        together.loaded(layer, style)
    QgsApplication.processEvents()
    assert [node.layer().name() for node in group.findLayers()] == [
        "earlier result", "cores", "clusters", "zones", "index"]
    assert len(project.mapLayers()) == 5
