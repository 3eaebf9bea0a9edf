"""qgis_process with the packaged plugin, installed into a throw-away QGIS profile."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from qgis_process_runner import QGIS_PROCESS, QgisProcess


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory, packaged_zip) -> QgisProcess:
    """qgis_process with the packaged plugin unzipped into a new profile and enabled."""
    if not Path(QGIS_PROCESS).exists():
        pytest.fail("qgis_process.bin is missing: run `make test`, which installs QGIS.")
    return QgisProcess.with_plugin(tmp_path_factory.mktemp("qgis-profile"), packaged_zip)


@pytest.fixture
def project(qgis_app):
    """The project, empty before and after the test."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()
