"""The packaged plugin in the real QGIS desktop (qgis.bin under Xvfb, a throw-away profile).

One desktop session (``scripts/desktop_session.py``) per module: it loads the plugin as a user's
QGIS does, then the startup function below reports the provider, its algorithms, whether each
can run and opens its Processing dialog, and QGIS quits.  The tests read that report, the
message log recorded from before the plugins loaded, and the process's stderr.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from desktop_session import PLUGIN, QGIS_DESKTOP, XVFB, run_desktop  # noqa: E402

pytestmark = [pytest.mark.qgis, pytest.mark.slow]

TIMEOUT = 300  # seconds for start, checks and exit; QGIS is killed after that
EXPECTED_ALGORITHMS = {
    "kzinnovation:fullanalysis", "kzinnovation:analysismodel", "kzinnovation:bundledregions",
    "kzinnovation:joinindicators", "kzinnovation:innovationindex", "kzinnovation:clustercores",
}


def desktop_checks(session):
    """Runs inside QGIS (copied into its startup file): what the desktop sees of the plugin."""
    import processing
    import qgis.utils
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("kzinnovation")
    report = {"provider": provider is not None, "provider_name": None, "algorithms": {},
              "plugin_active": "kz_innovation_plugin" in qgis.utils.active_plugins,
              "plugin_object": type(qgis.utils.plugins.get("kz_innovation_plugin")).__name__}
    if provider is None:
        return report
    report["provider_name"] = provider.name()
    for algorithm in provider.algorithms():
        can_run, why = algorithm.canExecute()
        dialog = processing.createAlgorithmDialog(algorithm.id())
        report["algorithms"][algorithm.id()] = {
            "can_execute": bool(can_run), "why": why, "dialog": dialog is not None,
            # the dialog's help panel makes a paragraph of every line of shortHelpString()
            "help_lines": len(algorithm.shortHelpString().splitlines()),
        }
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
    session.wait(200)
    return report


@pytest.fixture(scope="module")
def desktop(packaged_zip, tmp_path_factory):
    for program in (QGIS_DESKTOP, XVFB):
        if not Path(program).exists():
            pytest.fail(f"{program} is missing: run scripts/ensure_system.sh (QGIS, xvfb).")
    workdir = tmp_path_factory.mktemp("desktop")
    run = run_desktop(packaged_zip, workdir, desktop_checks, timeout=TIMEOUT)
    yield run
    shutil.rmtree(workdir / "profiles", ignore_errors=True)


def test_desktop_starts_runs_the_startup_code_and_exits_in_time(desktop):
    assert not desktop.timed_out, desktop.describe()
    assert desktop.returncode == 0, desktop.describe()
    assert desktop.error is None, desktop.describe()
    assert desktop.result is not None, desktop.describe()


def test_the_plugin_is_active_in_the_desktop(desktop):
    assert PLUGIN in desktop.outcome["active_plugins"], desktop.describe()
    assert desktop.result["plugin_active"]
    assert desktop.result["plugin_object"] == "KzInnovationPlugin"


def test_the_provider_and_its_algorithms_are_registered(desktop):
    result = desktop.result
    assert result["provider"], desktop.describe()
    assert result["provider_name"] == "KZ Innovation"
    assert EXPECTED_ALGORITHMS <= set(result["algorithms"])


def test_every_algorithm_can_run_and_opens_its_dialog(desktop):
    algorithms = desktop.result["algorithms"]
    assert not {name: info["why"] for name, info in algorithms.items()
                if not info["can_execute"]}, "packages missing inside the desktop"
    assert [name for name, info in algorithms.items() if not info["dialog"]] == []


def test_no_python_error_or_plugin_warning_was_logged(desktop):
    assert desktop.messages, "the message log was not recorded"
    assert desktop.plugin_problems() == [], desktop.describe()


def test_stderr_has_no_traceback_from_the_plugin(desktop):
    lines = [line for line in desktop.stderr.splitlines() if PLUGIN in line]
    assert lines == [], desktop.stderr[-3000:]


def test_no_dialog_popped_up_unasked(desktop):
    assert desktop.dialogs == [], desktop.describe()


def test_the_help_panel_gets_no_line_breaks(desktop):
    """QGIS's algorithm dialog turns each line of shortHelpString() into a paragraph."""
    # models are left out: QGIS composes a model's help from its .model3 itself
    broken = {name: info["help_lines"] for name, info in desktop.result["algorithms"].items()
              if info["help_lines"] > 1 and not name.endswith("model")}
    assert broken == {}
