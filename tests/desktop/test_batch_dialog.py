"""The batch dialog (``processing.gui.BatchAlgorithmDialog``) as a user fills it.

Two rows of ``kzinnovation:hotspots`` on the joined demo data, one per indicator, with only the
required output filled: the optional METHOD output stays blank, which the batch dialog passes to
the algorithm as an output with an empty path.  Both rows must run and write their output.
"""

from __future__ import annotations

import pytest

from tests.desktop.conftest import Desktop, plugin_style, style_mismatch

pytestmark = [pytest.mark.qgis, pytest.mark.slow, pytest.mark.desktop]


def batch(desktop: Desktop) -> dict:
    return desktop.step("batch")


def test_the_batch_has_two_rows_and_the_optional_output_left_blank(english_desktop):
    report = batch(english_desktop)
    assert report["rows"] == 2
    assert report["output_cells"].get("METHOD") == ["", ""], report["output_cells"]
    assert all(row["ok"] for row in report["parameters_as_run"]), report["parameters_as_run"]


def test_both_rows_run_and_write_their_output(english_desktop):
    report = batch(english_desktop)
    failed = [output["path"] for output in report["outputs"]
              if not (output["valid"] and output["features"] and "Gi_Bin" in output["fields"])]
    assert failed == [], (f"batch rows without their output: {failed}\n"
                          f"batch log:\n{report['log'][-4000:]}")
    assert "failed" not in report["log"].lower(), report["log"][-4000:]
    assert report["message_bar"] == []


def test_the_loaded_batch_outputs_are_drawn_as_the_plugins_style(english_desktop):
    """With "Load layers on completion" (the default), each row's output is loaded styled."""
    report = batch(english_desktop)
    outputs = [layer for layer in report["layers"] if "Gi_Bin" in layer["fields"]]
    assert len(outputs) == 2, [layer["name"] for layer in report["layers"]]
    style = plugin_style(english_desktop, "hotspots")
    problems = [problem for layer in outputs
                for problem in style_mismatch(layer, style, "a batch output")]
    assert problems == [], "\n".join(problems)
