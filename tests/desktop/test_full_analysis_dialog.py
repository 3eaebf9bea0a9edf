"""The full analysis as a user runs it: filled in its dialog, run, and the layers QGIS loads.

In each language's session the dialog of ``kzinnovation:fullanalysis`` is filled with the demo
table, the bundled regions of 2018 and the year, and run through the dialog's own code
(its Run button, clicked as a user clicks it); QGIS's result handling loads the layers.  The
tests compare what the Layers panel then holds with the styles stored in the written GeoPackage.
"""

from __future__ import annotations

import re

import pytest

from tests.desktop.conftest import (
    Desktop,
    plugin_styles,
    style_mismatch,
    style_summary,
)
from tests.desktop.scenarios import FULL_ANALYSIS_LAYERS

pytestmark = [pytest.mark.qgis, pytest.mark.slow, pytest.mark.desktop]

CYRILLIC = re.compile("[\u0400-\u04ff]")


def full_run(desktop: Desktop) -> dict:
    run = desktop.step("full_analysis")
    assert run["started"], (f"Run did not start ({desktop.language}); the dialog's message bar "
                            f"says {run['message_bar']}; parameters {run['parameters_as_run']}")
    assert not run["timed_out"], f"the run did not end in time:\n{run['log'][-3000:]}"
    return run


def analysis_layers(desktop: Desktop) -> dict[str, list[dict]]:
    """The full analysis's layers in the Layers panel, by GeoPackage layer name."""
    found: dict[str, list[dict]] = {}
    for layer in full_run(desktop)["layers"]:
        found.setdefault(layer["layername"], []).append(layer)
    return found


def test_the_full_analysis_runs_from_its_dialog_and_its_results_load(any_desktop: Desktop):
    run = full_run(any_desktop)
    assert run["ok"] is True, (
        f"the full analysis run from its dialog ({any_desktop.language}) did not finish well:"
        f" ok={run['ok']}, finished signal={run['finished']}\n{run['log'][-3000:]}")
    assert "not correctly generated" not in run["log"], run["log"][-2000:]
    assert run["message_bar"] == []


def test_the_four_layers_are_loaded_once_each(any_desktop: Desktop):
    found = analysis_layers(any_desktop)
    counts = {name: len(found.get(name, [])) for name in FULL_ANALYSIS_LAYERS}
    assert counts == dict.fromkeys(FULL_ANALYSIS_LAYERS, 1), (
        f"layers of the analysis GeoPackage in the Layers panel ({any_desktop.language}), by "
        f"GeoPackage layer: {counts}; all layers: "
        f"{[(layer['name'], layer['source']) for layer in full_run(any_desktop)['layers']]}")
    invalid = [layer["name"] for layers in found.values() for layer in layers
               if not layer["valid"] or not layer["features"]]
    assert invalid == [], "loaded layers that are invalid or empty"


def test_each_layer_is_drawn_and_labelled_as_its_stored_style(any_desktop: Desktop):
    """Renderer type and classification field as the GeoPackage's default style says, and
    labels on where that style has labels."""
    found = analysis_layers(any_desktop)
    problems = []
    for name in FULL_ANALYSIS_LAYERS:
        for layer in found.get(name, []):
            problems += style_mismatch(layer, style_summary(layer["stored_style"]),
                                       f"layer {name}")
    assert problems == [], "\n".join(problems)


def test_places_are_labelled_once(any_desktop: Desktop):
    """The map names its places, and no two layers write the same names over each other
    (cores and clusters labelled like the regions give "Astana Astana")."""
    found = analysis_layers(any_desktop)
    labelled = {name: layers[0]["label_field"] for name, layers in found.items()
                if name in FULL_ANALYSIS_LAYERS and layers[0]["labels"]}
    assert labelled, f"no layer of the analysis is labelled ({any_desktop.language})"
    fields = list(labelled.values())
    twice = {name: field for name, field in labelled.items() if fields.count(field) > 1}
    assert twice == {}, f"layers labelled with the same text ({any_desktop.language})"


def test_cores_and_clusters_are_on_top_then_zones_then_regions(any_desktop: Desktop):
    order = [layer["layername"] for layer in full_run(any_desktop)["layers"]
             if layer["layername"] in FULL_ANALYSIS_LAYERS]
    names = [layer["name"] for layer in full_run(any_desktop)["layers"]]
    assert set(order) == set(FULL_ANALYSIS_LAYERS), f"Layers panel: {names}"
    top_two = set(order[:2])
    assert top_two == {"cores", "clusters"} and order[2:] == ["zones", "regions"], (
        f"the Layers panel lists (top first) {order} ({names}); cores and clusters should be "
        f"on top, then zones, then regions")


def test_layer_names_are_clear_and_in_the_interface_language(any_desktop: Desktop):
    found = analysis_layers(any_desktop)
    names = {name: layers[0]["name"] for name, layers in found.items()
             if name in FULL_ANALYSIS_LAYERS}
    raw = {name: shown for name, shown in names.items() if shown.lower() == name}
    assert raw == {}, f"layers named by their GeoPackage identifiers: {raw}"
    assert len(set(names.values())) == len(names), f"two layers share a name: {names}"
    if any_desktop.language != "en":
        english = {name: shown for name, shown in names.items() if not CYRILLIC.search(shown)}
        assert english == {}, (f"layer names not in the {any_desktop.language} interface's "
                               f"language: {english}")


def test_the_map_canvas_draws_the_styled_layers(any_desktop: Desktop):
    canvas = full_run(any_desktop)["canvas"]
    # random single-colour fills give a handful of colours; the styles give dozens
    assert canvas["drawn_share"] > 0.1, f"the canvas is nearly empty: {canvas}"
    assert canvas["colours"] > 20, f"the canvas has few colours: {canvas}"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_screenshots_for_the_readme_are_written(request, language):
    desktop = request.getfixturevalue({"en": "english_desktop", "ru": "russian_desktop"}[language])
    written = full_run(desktop)["screenshots"]
    suffix = "" if language == "en" else f"_{language}"
    expected = {"dialog": f"fullanalysis_dialog{suffix}.png", "map": f"map{suffix}.png"}
    if language == "en":
        expected["report_map"] = "report_map.png"
    assert set(written) == set(expected), f"screenshots written: {written}"
    for key, name in expected.items():
        path = desktop.screenshots / name
        assert path.is_file() and path.stat().st_size > 20_000, f"{path}: {written[key]}"
    assert written["map"]["colours"] > 50 and written["dialog"]["colours"] > 20, written


def test_the_stored_styles_are_the_plugins_own(english_desktop: Desktop):
    """Each layer's stored style is one the plugin ships in ``styles/`` (a GeoPackage written
    without styles, or with QGIS's default, would make the stored-style test meaningless)."""
    shipped = plugin_styles(english_desktop)
    found = analysis_layers(english_desktop)
    foreign = {name: style_summary(layers[0]["stored_style"]) for name, layers in found.items()
               if name in FULL_ANALYSIS_LAYERS
               and style_summary(layers[0]["stored_style"]) not in shipped.values()}
    assert foreign == {}, f"stored styles that are none of the plugin's {sorted(shipped)}"
