"""The QGIS desktop sessions the acceptance tests judge: one per interface language.

Each session starts the real QGIS desktop (``qgis.bin`` under Xvfb, a new profile, the packaged
plugin zip) once, runs :func:`tests.desktop.scenarios.analyst_session` in it, and quits; the
tests of every module in this folder read the report it left.  A session starts when the first
test that needs it runs and is shared by all the others (``scope="session"``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.desktop import scenarios

sys.path.insert(0, str(ROOT / "scripts"))
from desktop_session import QGIS_DESKTOP, XVFB, DesktopRun, run_desktop

#: seconds for one desktop session (start, every step, exit); QGIS is killed after that
SESSION_TIMEOUT = 300


@dataclass
class Desktop:
    """What one desktop session left: the run (exit, log, dialogs) and the steps' report."""

    language: str
    run: DesktopRun
    report: dict
    workdir: Path

    def step(self, name: str):
        """The value a step returned; fails the test, saying why, if it did not return."""
        entry = self.report.get(name)
        if entry is None:
            pytest.fail(f"The {self.language} desktop session never finished step {name!r} "
                        f"(steps done: {sorted(self.report)}).\n{self.run.describe()}")
        if not entry["ok"]:
            pytest.fail(f"Step {name!r} of the {self.language} desktop session raised inside "
                        f"QGIS:\n{entry['error']}")
        return entry["value"]

    @property
    def screenshots(self) -> Path:
        return self.workdir / "screenshots"


def start_session(zip_path: Path, workdir: Path, language: str, steps=None,
                  timeout: float = SESSION_TIMEOUT) -> Desktop:
    """A desktop session in ``language`` running ``steps`` (None: the language's
    :data:`scenarios.STEPS`), killed after ``timeout`` seconds."""
    for program in (QGIS_DESKTOP, XVFB):
        if not Path(program).exists():
            pytest.fail(f"{program} is missing: run scripts/ensure_system.sh (QGIS, xvfb).")
    params = scenarios.session_params(ROOT, language, screenshots=workdir / "screenshots",
                                      steps=steps)
    run = run_desktop(zip_path, workdir, scenarios.analyst_session, params=params,
                      timeout=timeout, language=language, whole_module=True)
    report = run.result
    steps = workdir / "steps.json"
    if not report and steps.exists():  # QGIS was killed or crashed: the steps it finished
        report = json.loads(steps.read_text(encoding="utf-8"))
    shutil.rmtree(workdir / "profiles", ignore_errors=True)
    return Desktop(language, run, report or {}, workdir)


@pytest.fixture(scope="session")
def desktop_zip(request) -> Path:
    """The plugin zip the sessions install: the checkout's, built as ``make package`` builds
    it, or the zip named by ``KZI_DESKTOP_ZIP`` (to judge a release, or an older version)."""
    named = os.environ.get("KZI_DESKTOP_ZIP")
    if named:
        return Path(named).resolve()
    return request.getfixturevalue("packaged_zip")


@pytest.fixture(scope="session")
def english_desktop(desktop_zip, tmp_path_factory) -> Desktop:
    return start_session(desktop_zip, tmp_path_factory.mktemp("desktop-en"), "en")


@pytest.fixture(scope="session")
def russian_desktop(desktop_zip, tmp_path_factory) -> Desktop:
    return start_session(desktop_zip, tmp_path_factory.mktemp("desktop-ru"), "ru")


@pytest.fixture(scope="session")
def kazakh_desktop(desktop_zip, tmp_path_factory) -> Desktop:
    return start_session(desktop_zip, tmp_path_factory.mktemp("desktop-kk"), "kk")


@pytest.fixture(params=["en", "ru", "kk"], scope="session")
def any_desktop(request) -> Desktop:
    """Each language's session in turn."""
    return request.getfixturevalue(
        {"en": "english_desktop", "ru": "russian_desktop", "kk": "kazakh_desktop"}[request.param])


def style_summary(qml: str | None) -> dict | None:
    """Renderer type, classification field and labels of a QML style (None: no style)."""
    if not qml:
        return None
    root = ElementTree.fromstring(qml)
    renderer = root.find("renderer-v2")
    labeling = root.find("labeling")
    return {
        "renderer": renderer.get("type") if renderer is not None else None,
        "field": (renderer.get("attr") or None) if renderer is not None else None,
        "labels": root.get("labelsEnabled") == "1",
        "labeling": labeling.get("type") if labeling is not None else None,
    }


def plugin_styles(desktop: Desktop) -> dict[str, dict]:
    """The summaries of the installed plugin's ``styles/*.qml``, by name."""
    styles = desktop.step("plugin")["styles"]
    assert styles, "the session found no styles in the installed plugin"
    return {name: style_summary(qml) for name, qml in styles.items()}


def plugin_style(desktop: Desktop, name: str) -> dict:
    """The summary of the installed plugin's ``styles/<name>.qml``."""
    styles = plugin_styles(desktop)
    assert name in styles, f"the plugin has no style {name!r}; it has {sorted(styles)}"
    return styles[name]


def layer_summary(layer: dict) -> dict:
    """The same summary of a layer as QGIS drew it."""
    return {"renderer": layer["renderer"], "field": layer["field"], "labels": layer["labels"],
            "labeling": layer["labeling"]}


def style_mismatch(layer: dict, expected: dict | None, what: str) -> list[str]:
    """What differs between a loaded layer and the style it should have, in words."""
    if expected is None:
        return [f"{what}: there is no style to compare with"]
    problems = []
    if (layer["renderer"], layer["field"]) != (expected["renderer"], expected["field"]):
        problems.append(
            f"{what} ({layer['name']!r}) is drawn with a {layer['renderer']} renderer on field "
            f"{layer['field']!r}; its style says {expected['renderer']} on {expected['field']!r}")
    if expected["labels"] and not layer["labels"]:
        problems.append(f"{what} ({layer['name']!r}) has no labels; its style labels it "
                        f"({expected['labeling']} labelling)")
    return problems
