"""qgis_process with the packaged plugin, installed into a throw-away QGIS profile."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


class QgisProcess:
    """Runs ``qgis_process.bin`` in a profile of its own, seeing this environment's packages."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile
        site_packages = sysconfig.get_paths()["purelib"]
        self.environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QGIS_CUSTOM_CONFIG_PATH": str(profile),
            # qgis_process embeds the system Python, which does not see the virtual
            # environment by itself
            "PYTHONPATH": os.pathsep.join(
                filter(None, [site_packages, os.environ.get("PYTHONPATH", "")])
            ),
        }

    def __call__(self, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
        completed = subprocess.run(
            [QGIS_PROCESS, *arguments], env=self.environment, capture_output=True, text=True,
            timeout=600, stdin=subprocess.DEVNULL,
        )
        if check and completed.returncode != 0:
            raise AssertionError(
                f"qgis_process {' '.join(arguments)} failed ({completed.returncode}):\n"
                f"{completed.stdout}\n{completed.stderr}"
            )
        return completed

    def run_json(self, algorithm: str, **parameters: str) -> dict:
        arguments = ["--json", "run", algorithm, "--"]
        arguments += [f"{name}={value}" for name, value in parameters.items()]
        completed = self(*arguments)
        return json.loads(completed.stdout[completed.stdout.index("{"):])


@pytest.fixture(scope="session")
def packaged_zip(tmp_path_factory) -> Path:
    """The plugin zip, built by ``scripts/package.py`` exactly as ``make package`` does."""
    output = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package.py"), "--output-dir", str(output)],
        check=True, capture_output=True,
    )
    (archive,) = output.glob("kz_innovation_plugin-*.zip")
    return archive


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory, packaged_zip) -> QgisProcess:
    """qgis_process with the packaged plugin unzipped into a new profile and enabled."""
    if not Path(QGIS_PROCESS).exists():
        pytest.fail("qgis_process.bin is missing: run `make test`, which installs QGIS.")
    profile = tmp_path_factory.mktemp("qgis-profile")
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(packaged_zip) as archive:
        archive.extractall(plugins)
    runner = QgisProcess(profile)
    runner("plugins", "enable", "kz_innovation_plugin")
    return runner
