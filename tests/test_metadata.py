"""metadata.txt, the single source of the plugin's description, says what the plugin needs."""

from __future__ import annotations

import configparser
import re

from tests.conftest import ROOT


def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def runtime_packages() -> set[str]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return {re.split(r"[=<>!~]", line)[0].strip().lower() for line in lines
            if line.strip() and not line.startswith("#")}


def test_about_lists_exactly_the_runtime_packages():
    about = metadata()["about"]
    listed = re.search(r"dependencies, which QGIS does not ship: (.*?) \(pinned", about)[1]
    names = {name.strip().lower() for name in re.split(r",| and ", listed) if name.strip()}
    assert names == runtime_packages()
    assert "esda" not in about  # a test reference only (requirements-dev.txt)


def test_changelog_names_what_exists_and_qt6_is_declared():
    general = metadata()
    changelog = general["changelog"]
    for feature in ("index", "LISA", "Gi*", "cores", "report", "Kazakh"):
        assert feature in changelog
    assert general["hasProcessingProvider"] == "yes"
    assert general["supportsQt6"] == "True"
