"""Shared fixtures: paths, and one headless QGIS per test session (started only when needed)."""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "kz_innovation_plugin"
DEMO_TABLE = PLUGIN_DIR / "data" / "indicators" / "kz_bns_indicators_2018_2019.csv"
#: the two official BNS bulletins of 2022, unchanged (the R&D one is bundled with the plugin
#: for the demo: data/indicators/README.md; the other is tests/data/README.md)
RD_BULLETIN = PLUGIN_DIR / "data" / "indicators" / "bns_2022_rd_bulletin_kk.xls"
INNOVATION_BULLETIN = ROOT / "tests" / "data" / "bns_2022_innovation_bulletin_kk.xls"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QGIS keeps its settings in a throw-away profile, never in the user's.
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="kzi-qgis-profile-"))


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to prove an input was not modified."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def unchanged():
    """Record files' digests; ``check()`` asserts they are byte-for-byte the same."""

    class Guard:
        def __init__(self) -> None:
            self.digests: dict[Path, str] = {}

        def watch(self, *paths: Path) -> None:
            for path in paths:
                self.digests[Path(path)] = file_digest(path)

        def check(self) -> None:
            for path, digest in self.digests.items():
                assert file_digest(path) == digest, f"{path} was modified"

    guard = Guard()
    yield guard
    guard.check()


@pytest.fixture(scope="session")
def qgis_app():
    """Start QGIS once, headless, with Processing and the kz-innovation provider."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    plugins = Path(QgsApplication.pkgDataPath()) / "python" / "plugins"
    if str(plugins) not in sys.path:
        sys.path.append(str(plugins))
    from processing.core.Processing import Processing

    Processing.initialize()
    from kz_innovation_plugin.processing_provider.provider import KzInnovationProvider

    provider = KzInnovationProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield app
    QgsApplication.processingRegistry().removeProvider(provider)


@pytest.fixture(scope="session")
def packaged_zip(tmp_path_factory) -> Path:
    """The plugin zip, built once per test session by ``scripts/package.py`` exactly as
    ``make package`` does (shared by tests/qgis and tests/desktop)."""
    import subprocess

    output = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package.py"), "--output-dir", str(output)],
        check=True, capture_output=True,
    )
    (archive,) = output.glob("kz_innovation_plugin-*.zip")
    return archive
