"""The shipped model ``kzinnovation:analysismodel`` as the toolbox and the designer show it."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import Desktop

pytestmark = [pytest.mark.qgis, pytest.mark.slow, pytest.mark.desktop]


def model(desktop: Desktop) -> dict:
    report = desktop.step("model")
    assert report["found"], "kzinnovation:analysismodel is not in the toolbox"
    return report


def test_the_model_validates_as_the_designer_validates_it(english_desktop):
    """``validate()`` is what the designer's Run button asks before "Model is Invalid"."""
    report = model(english_desktop)
    assert report["errors"] == [] and report["valid"], (
        f"validate() of the model returns {len(report['errors'])} error(s):\n"
        + "\n".join(report["errors"]))


def test_the_model_opens_in_the_designer_with_every_step_valid(english_desktop):
    report = model(english_desktop)
    invalid = {child: info["errors"] for child, info in report["children"].items()
               if not info["valid"]}
    assert invalid == {}, f"steps drawn red in the model designer: {invalid}"
    assert report["designer_messages"] == []
    assert report["designer_valid"], report["designer_errors"]


def test_the_model_has_a_human_title_and_labelled_outputs(english_desktop):
    report = model(english_desktop)
    assert report["display_name"] != "analysismodel", "the model is titled by its file name"
    outputs = {name: info["description"] for name, info in report["parameters"].items()
               if info["destination"]}
    assert outputs, "the model has no outputs"
    unlabelled = {name: label for name, label in outputs.items() if not label or label == name}
    assert unlabelled == {}, f"model outputs without a label: {unlabelled}"


def test_the_model_runs_by_its_id_with_only_regions_table_and_year(english_desktop):
    report = model(english_desktop)
    assert report["run_missing_inputs"] == [], (
        f"the model has no input named {report['run_missing_inputs']}; its inputs: "
        f"{sorted(report['parameters'])}")
    run = report["run"]
    assert run["ok"], f"processing.run('kzinnovation:analysismodel', regions, table, year) " \
                      f"failed: {run.get('error')}"


def test_the_model_runs_from_its_dialog_and_its_results_load(english_desktop):
    report = model(english_desktop)
    run = report.get("dialog_run")
    assert run is not None, "the model's dialog was not run"
    assert run["started"], f"Run refused: {run['message_bar']}; {run['parameters_as_run']}"
    assert "not correctly generated" not in run["log"], run["log"][-2000:]
    assert run["ok"] is True, f"the model run from its dialog failed:\n{run['log'][-3000:]}"
    assert run["layers"], "the model's dialog run loaded no layer"
