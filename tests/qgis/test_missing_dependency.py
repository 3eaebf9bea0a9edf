"""The plugin loads when a required package is missing, and says how to install it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.qgis

SCRIPT = textwrap.dedent(
    """
    import importlib.abc, json, sys

    class Hide(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] == HIDDEN:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Hide())
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    messages = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: messages.append((tag, message)))
    from kz_innovation_plugin import classFactory
    plugin = classFactory(None)
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    algorithm = registry.algorithmById("kzinnovation:joinindicators")
    can_run, message = algorithm.canExecute()
    sys.stdout.write(json.dumps({
        "provider": registry.providerById("kzinnovation") is not None,
        "algorithms": len(registry.providerById("kzinnovation").algorithms()),
        "can_run": can_run, "message": message, "log": messages,
    }))
    """
)


@pytest.mark.parametrize(("hidden", "pin"), [("geopandas", "geopandas==1.1.4"),
                                             ("openpyxl", "openpyxl==3.1.5"),
                                             ("python_calamine", "python-calamine==0.9.1")])
def test_provider_loads_and_names_the_install_command(hidden, pin):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    completed = subprocess.run(
        [sys.executable, "-c", f"HIDDEN = {hidden!r}\n" + SCRIPT],
        capture_output=True, text=True, env=environment, timeout=300, cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    outcome = json.loads(completed.stdout[completed.stdout.index("{"):])
    assert outcome["provider"] and outcome["algorithms"] >= 2
    assert outcome["can_run"] is False
    assert f"python3 -m pip install {pin}" in outcome["message"]
    assert any(pin in message for tag, message in outcome["log"] if tag == "KZ Innovation")
