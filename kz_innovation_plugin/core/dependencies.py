"""Which required Python packages are missing, and the command that installs them.

The pins come from ``requirements.txt``: the top-level file in a source checkout, or the copy
that ``make package`` puts inside the plugin folder.  Nothing here imports the packages it
checks; :func:`importlib.util.find_spec` only looks them up.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent

#: pip distribution name -> import name, where they differ.
IMPORT_NAMES = {"scikit-learn": "sklearn"}


@dataclass(frozen=True)
class Requirement:
    """One pinned package: its pip name, import name and version."""

    distribution: str
    module: str
    version: str

    @property
    def pip_spec(self) -> str:
        return f"{self.distribution}=={self.version}" if self.version else self.distribution


@lru_cache(maxsize=1)
def pinned_requirements() -> dict[str, Requirement]:
    """Read the pinned requirements, keyed by import name.

    Returns
    -------
    dict
        ``{"geopandas": Requirement("geopandas", "geopandas", "1.1.4"), ...}``; empty when no
        requirements file is found (a broken install; every check then names bare packages).
    """
    for candidate in (PLUGIN_DIR / "requirements.txt", PLUGIN_DIR.parent / "requirements.txt"):
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8")
            break
    else:
        return {}
    pins: dict[str, Requirement] = {}
    for line in text.splitlines():
        match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s#;]+)", line)
        if match:
            distribution, version = match.groups()
            module = IMPORT_NAMES.get(distribution.lower(), distribution.lower().replace("-", "_"))
            pins[module] = Requirement(distribution, module, version)
    return pins


def missing_modules(modules: tuple[str, ...] | list[str]) -> list[Requirement]:
    """Return the requirements among ``modules`` (import names) that cannot be imported."""
    pins = pinned_requirements()
    missing = []
    for module in modules:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):  # a broken install, or an import hook refusing it
            spec = None
        if spec is None:
            missing.append(pins.get(module, Requirement(module, module, "")))
    return missing


def install_command(requirements: list[Requirement]) -> str:
    """The pip command that installs ``requirements`` into the Python QGIS runs."""
    specs = " ".join(requirement.pip_spec for requirement in requirements)
    return f"python3 -m pip install {specs}"


def missing_message(requirements: list[Requirement]) -> str:
    """A message for the analyst: what is missing and the exact install command."""
    names = ", ".join(requirement.distribution for requirement in requirements)
    return (
        f"This tool needs the Python package(s) {names}, which this QGIS cannot import. "
        f"Install them into the Python that QGIS uses: `{install_command(requirements)}` "
        "(on Windows run it in the OSGeo4W Shell as `python -m pip install ...`; "
        "see the plugin's README), then restart QGIS."
    )
