"""The single tools as a user chains them, each filled in its dialog and run from it.

Join the demo table to the bundled regions of 2018, compute the innovation index of the joined
layer, then LISA and hot spots of the index: each in its own dialog with its default outputs
(temporary layers), run by the dialog's own code; QGIS's result handling loads the outputs.
"""

from __future__ import annotations

import pytest

from tests.desktop.conftest import Desktop, plugin_style, style_mismatch

pytestmark = [pytest.mark.qgis, pytest.mark.slow, pytest.mark.desktop]

#: algorithm -> (the plugin style of its main output, a field that output must have)
STYLED = {"innovationindex": ("index", "innov_idx"), "lisa": ("lisa", "LISA_CL"),
          "hotspots": ("hotspots", "Gi_Bin")}
TOOLS = ("joinindicators", *STYLED)


def tool_run(desktop: Desktop, algorithm: str) -> dict:
    runs = desktop.step("single_tools")
    if algorithm not in runs:
        done = {name: (run["ok"], run["log"][-1500:]) for name, run in runs.items()
                if name in TOOLS}
        pytest.fail(f"{algorithm} was not run: the run it takes its input from failed: {done}")
    return runs[algorithm]


@pytest.mark.parametrize("algorithm", TOOLS)
def test_the_tool_runs_from_its_dialog_and_its_outputs_load(english_desktop, algorithm):
    run = tool_run(english_desktop, algorithm)
    assert run["started"], f"Run refused: {run['message_bar']}; {run['parameters_as_run']}"
    assert not run["timed_out"], run["log"][-3000:]
    assert "not correctly generated" not in run["log"], (
        f"QGIS could not load {algorithm}'s outputs after the run:\n{run['log'][-1500:]}")
    assert run["ok"] is True, f"{algorithm} failed:\n{run['log'][-3000:]}"
    assert run["layers"], f"{algorithm} loaded no layer"


@pytest.mark.parametrize("algorithm", sorted(STYLED))
def test_the_main_output_is_drawn_as_the_plugins_style(english_desktop, algorithm):
    style, field = STYLED[algorithm]
    run = tool_run(english_desktop, algorithm)
    outputs = [layer for layer in run["layers"] if field in layer["fields"]]
    assert len(outputs) == 1, (f"{algorithm} loaded {[layer['name'] for layer in run['layers']]}"
                               f"; expected one layer with the field {field}")
    problems = style_mismatch(outputs[0], plugin_style(english_desktop, style),
                              f"{algorithm}'s output")
    assert problems == [], "\n".join(problems)
