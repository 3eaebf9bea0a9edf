"""The newer tools as a user runs them: each filled in its own dialog and run from it.

Specialisation (the 2022 R&D bulletin, one sheet per field of science, on the bundled 2022
regions), the spillover of the two cities, emerging hot spots, the harmonised panel, Markov
transitions and convergence (the official 2021-2023 extract on the 2022 set): each in its dialog
with its default outputs (temporary layers), run by the dialog's own code; QGIS's result
handling loads the outputs.  Specialisation runs in the Russian and Kazakh interfaces too, its
fields of science named in that language.

Each session saves the filled dialogs and the window with the main output on the map in its
``screenshots`` folder (``<tool>_dialog[_ru|_kk].png``, ``<tool>_map[_ru|_kk].png``); they are
copied to the folder ``KZI_SCREENSHOTS`` names, when it is set, to be looked at.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.desktop.conftest import Desktop, plugin_style, start_session, style_mismatch
from tests.desktop.scenarios import NEWER_MAIN_OUTPUTS, NEWER_TOOLS, RD_SHEETS

pytestmark = [pytest.mark.qgis, pytest.mark.slow, pytest.mark.desktop]

#: seconds for one session: six runs from their dialogs, each with its map
NEWER_SESSION_TIMEOUT = 600
#: tool -> the plugin style of its main output
STYLED = {"specialisation": "specialisation", "spillover": "spillover",
          "emerginghotspots": "emerging"}
#: (interface language, tool) of every run from a dialog
RUNS = [(language, name) for language, tools in NEWER_TOOLS.items() for name in tools]
CYRILLIC = re.compile("[\u0400-\u04ff]")


def copy_screenshots(desktop: Desktop) -> None:
    """The session's images, copied to the folder ``KZI_SCREENSHOTS`` names (if set)."""
    target = os.environ.get("KZI_SCREENSHOTS")
    if not target or not desktop.screenshots.is_dir():
        return
    Path(target).mkdir(parents=True, exist_ok=True)
    for image in desktop.screenshots.glob("*.png"):
        shutil.copyfile(image, Path(target) / image.name)


@pytest.fixture(scope="session")
def newer_desktop(desktop_zip, tmp_path_factory):
    """The session of the newer tools in a language, started on first use."""
    sessions: dict[str, Desktop] = {}

    def session(language: str) -> Desktop:
        if language not in sessions:
            desktop = start_session(desktop_zip, tmp_path_factory.mktemp(f"newer-{language}"),
                                    language, steps=("newer_tools",),
                                    timeout=NEWER_SESSION_TIMEOUT)
            copy_screenshots(desktop)
            sessions[language] = desktop
        return sessions[language]

    return session


def tool_run(desktop: Desktop, name: str) -> dict:
    run = desktop.step("newer_tools").get(name)
    if run is None:
        pytest.fail(f"{name} was not run in the {desktop.language} session")
    if "error" in run:
        pytest.fail(f"running {name} from its dialog raised inside QGIS "
                    f"({desktop.language}):\n{run['error']}")
    return run


def main_layers(run: dict, name: str) -> list[dict]:
    """The loaded layers that are the tool's main output (by the field only it has)."""
    field = NEWER_MAIN_OUTPUTS[name][1]
    return [layer for layer in run["layers"] if field in layer["fields"]]


def main_layer(run: dict, name: str) -> dict:
    main = main_layers(run, name)
    assert len(main) == 1, (
        f"{name} loaded {[(layer['name'], layer['fields'][:6]) for layer in run['layers']]}; "
        f"expected one layer with the field {NEWER_MAIN_OUTPUTS[name][1]}")
    return main[0]


@pytest.mark.parametrize(("language", "name"), RUNS)
def test_the_tool_runs_from_its_dialog(newer_desktop, language, name):
    run = tool_run(newer_desktop(language), name)
    assert run["started"], f"Run refused: {run['message_bar']}; {run['parameters_as_run']}"
    assert not run["timed_out"], run["log"][-3000:]
    assert "not correctly generated" not in run["log"], (
        f"QGIS could not load {name}'s outputs after the run:\n{run['log'][-1500:]}")
    assert run["ok"] is True, f"{name} failed from its dialog ({language}):\n{run['log'][-3000:]}"
    assert run["message_bar"] == [], run["message_bar"]


@pytest.mark.parametrize(("language", "name"), RUNS)
def test_its_main_output_loads(newer_desktop, language, name):
    layer = main_layer(tool_run(newer_desktop(language), name), name)
    assert layer["valid"] and layer["features"], f"{layer['name']}: {layer}"


@pytest.mark.parametrize(("language", "name"), [run for run in RUNS if run[1] in STYLED])
def test_the_main_output_is_drawn_with_the_plugins_style(newer_desktop, language, name):
    desktop = newer_desktop(language)
    layer = main_layer(tool_run(desktop, name), name)
    if name == "spillover":  # two cores: the style's classes in one legend group per core
        assert layer["renderer"] == "RuleRenderer", layer
        return
    problems = style_mismatch(layer, plugin_style(desktop, STYLED[name]), f"{name}'s output")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", sorted(NEWER_TOOLS))
def test_the_specialisation_legend_names_the_activities(newer_desktop, language):
    """The legend lists the dominant fields of science by the names the user gave them, one
    entry per field some region is dominated by: not their numbers, nor "Activity 3"."""
    legend = tool_run(newer_desktop(language), "specialisation")["legend"]
    assert legend, "specialisation loaded no region layer to read a legend from"
    given = {pair.split("=")[0].strip() for pair in RD_SHEETS[language].split(";")}
    names = legend["names"]  # classified value -> the dominant activity the data names
    assert names and set(names.values()) <= given, (
        f"the regions' dominant activities {names} are not the activities given {given}")
    categories = {entry["value"]: entry["label"] for entry in legend["categories"]}
    assert categories == names, (
        f"legend categories (value: label) {categories}; the regions' activities {names}")
    assert sorted(legend["shown"]) == sorted(set(names.values())), (
        f"the Layers panel shows {legend['shown']} under the layer; the regions' dominant "
        f"activities are {sorted(set(names.values()))}")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_loaded_layers_are_named_in_the_interface_language(newer_desktop, language):
    run = tool_run(newer_desktop(language), "specialisation")
    english = [layer["name"] for layer in run["layers"] if not CYRILLIC.search(layer["name"])]
    assert english == [], f"layers not named in the {language} interface's language"


@pytest.mark.parametrize(("language", "name"), RUNS)
def test_the_dialog_and_the_map_are_saved_and_the_map_is_drawn(newer_desktop, language, name):
    desktop = newer_desktop(language)
    run = tool_run(desktop, name)
    suffix = "" if language == "en" else f"_{language}"
    written = run["screenshots"]
    assert set(written) == {"dialog", "map"}, f"screenshots written: {written}"
    for key in ("dialog", "map"):
        path = desktop.screenshots / f"{name}_{key}{suffix}.png"
        assert path.is_file() and path.stat().st_size > 20_000, f"{path}: {written[key]}"
    assert run["canvas"]["drawn_share"] > 0.1, f"the map canvas is nearly empty: {run['canvas']}"
