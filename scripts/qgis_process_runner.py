"""Run ``qgis_process.bin`` with the packaged plugin in a throw-away QGIS profile.

Used by ``make demo`` and by the tests.  qgis_process embeds the system Python, which does
not see a virtual environment by itself, so the environment's ``site-packages`` goes on
``PYTHONPATH``; Debian's ``/usr/bin/qgis_process`` wrapper passes an option QGIS 3.22
rejects, so the binary is called directly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
import zipfile
from pathlib import Path

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


class QgisProcess:
    """qgis_process in its own profile, seeing this Python environment's packages."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile
        site_packages = sysconfig.get_paths()["purelib"]
        self.environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QGIS_CUSTOM_CONFIG_PATH": str(profile),
            "PYTHONPATH": os.pathsep.join(
                filter(None, [site_packages, os.environ.get("PYTHONPATH", "")])
            ),
        }

    @classmethod
    def with_plugin(cls, profile: Path, plugin_zip: Path) -> QgisProcess:
        """A new profile in ``profile`` with the zip installed and enabled."""
        plugins = profile / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(plugins)
        runner = cls(profile)
        runner("plugins", "enable", "kz_innovation_plugin")
        return runner

    def __call__(self, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
        if not Path(QGIS_PROCESS).exists():
            raise FileNotFoundError("qgis_process.bin is missing: install QGIS (make test).")
        completed = subprocess.run(
            [QGIS_PROCESS, *arguments], env=self.environment, capture_output=True, text=True,
            timeout=1800, stdin=subprocess.DEVNULL,
        )
        if check and completed.returncode != 0:
            raise RuntimeError(
                f"qgis_process {' '.join(arguments)} failed ({completed.returncode}):\n"
                f"{completed.stdout}\n{completed.stderr}"
            )
        return completed

    def run_json(self, algorithm: str, **parameters: str) -> dict:
        arguments = ["--json", "run", algorithm, "--"]
        arguments += [f"{name}={value}" for name, value in parameters.items()]
        completed = self(*arguments)
        return json.loads(completed.stdout[completed.stdout.index("{"):])
