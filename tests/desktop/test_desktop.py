"""The packaged plugin in the real QGIS desktop (qgis.bin under Xvfb, a throw-away profile).

The sessions of ``conftest.py`` load the plugin as a user's QGIS does, in English, Russian and
Kazakh; these tests read what each session reported about the plugin, its provider and its
algorithms, the message log recorded from before the plugins loaded, the dialogs that popped up
and the process's stderr.
"""

from __future__ import annotations

import pytest

from tests.desktop.conftest import Desktop

pytestmark = [pytest.mark.qgis, pytest.mark.slow, pytest.mark.desktop]

EXPECTED_ALGORITHMS = {
    "kzinnovation:fullanalysis", "kzinnovation:analysismodel", "kzinnovation:bundledregions",
    "kzinnovation:joinindicators", "kzinnovation:innovationindex", "kzinnovation:clustercores",
    "kzinnovation:lisa", "kzinnovation:hotspots", "kzinnovation:globalautocorrelation",
    "kzinnovation:spatialweights", "kzinnovation:regionalize", "kzinnovation:specialisation",
}


def test_desktop_starts_runs_the_startup_code_and_exits_in_time(any_desktop: Desktop):
    run = any_desktop.run
    assert not run.timed_out, run.describe()
    assert run.returncode == 0, run.describe()
    assert run.error is None, run.describe()
    assert run.result is not None, run.describe()


def test_the_plugin_is_active_in_the_desktop(english_desktop: Desktop):
    plugin = english_desktop.step("plugin")
    assert "kz_innovation_plugin" in english_desktop.run.outcome["active_plugins"], \
        english_desktop.run.describe()
    assert plugin["plugin_active"]
    assert plugin["plugin_object"] == "KzInnovationPlugin"


def test_the_provider_and_its_algorithms_are_registered(english_desktop: Desktop):
    plugin = english_desktop.step("plugin")
    assert plugin["provider"], english_desktop.run.describe()
    assert plugin["provider_name"] == "KZ Innovation"
    missing = EXPECTED_ALGORITHMS - set(plugin["algorithms"])
    assert not missing, f"algorithms missing from the toolbox: {sorted(missing)}"


def test_every_algorithm_can_run_and_opens_its_dialog(any_desktop: Desktop):
    dialogs = any_desktop.step("dialogs")
    assert set(dialogs) >= EXPECTED_ALGORITHMS, "not every algorithm's dialog was opened"
    cannot_run = {name: info["why"] for name, info in dialogs.items() if not info["can_execute"]}
    assert cannot_run == {}, "packages missing inside the desktop"
    failed = {name: info["error"] or "createAlgorithmDialog returned None"
              for name, info in dialogs.items() if not info["dialog"] or info["error"]}
    assert failed == {}, "these algorithms' dialogs did not open"


def test_no_python_error_or_plugin_warning_was_logged(any_desktop: Desktop):
    run = any_desktop.run
    assert run.messages, "the message log was not recorded"
    assert run.python_errors() == [], f"Python errors in the {any_desktop.language} session"
    assert run.plugin_problems() == [], \
        f"the plugin's warnings in the {any_desktop.language} session"


def test_stderr_has_no_traceback_from_the_plugin(any_desktop: Desktop):
    lines = [line for line in any_desktop.run.stderr.splitlines()
             if "kz_innovation_plugin" in line]
    assert lines == [], any_desktop.run.stderr[-3000:]


def test_no_dialog_popped_up_unasked(any_desktop: Desktop):
    """Every modal window (a message box, "Model is Invalid", a crash report) would stop a user;
    the session closes each one it sees and records its title and text."""
    dialogs = [f"{d['title']!r} ({d['widget']}): {d['message'][:500]}"
               for d in any_desktop.run.dialogs]
    assert dialogs == [], f"windows popped up in the {any_desktop.language} session"


def test_no_window_is_left_open(any_desktop: Desktop):
    """Every dialog the session opened was closed, and QGIS closed its own (a progress window
    that stays would keep the user from QGIS)."""
    windows = any_desktop.run.outcome.get("open_windows")
    assert windows == [], f"windows still open at the end of the {any_desktop.language} session"


def test_the_help_panel_gets_no_line_breaks(english_desktop: Desktop):
    """QGIS's algorithm dialog turns each line of shortHelpString() into a paragraph."""
    # models are left out: QGIS composes a model's help from its .model3 itself
    broken = {name: info["help_lines"] for name, info in english_desktop.step("dialogs").items()
              if info["help_lines"] > 1 and not name.endswith("model")}
    assert broken == {}
