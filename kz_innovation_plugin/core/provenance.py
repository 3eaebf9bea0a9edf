"""What was run, with which parameters and library versions: stored with every output."""

from __future__ import annotations

import platform
from datetime import datetime, timezone
from importlib import metadata
from typing import Any

import pandas as pd

#: distributions whose versions are recorded with outputs
RECORDED_PACKAGES = (
    "numpy", "pandas", "shapely", "pyproj", "pyogrio", "geopandas", "openpyxl",
    "scipy", "scikit-learn", "threadpoolctl", "libpysal", "spopt", "mapclassify",
)


def _plugin_version() -> str:
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "metadata.txt", here.parent / "metadata.txt"):
        if candidate.is_file():
            for line in candidate.read_text(encoding="utf-8").splitlines():
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    return "unknown"


def library_versions() -> dict[str, str]:
    """Versions of Python, kz-innovation and the recorded packages that are installed."""
    versions = {"python": platform.python_version(), "kz-innovation": _plugin_version()}
    for name in RECORDED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def provenance_record(tool: str, parameters: dict[str, Any], **details: Any) -> dict[str, Any]:
    """A provenance record: tool, parameters, details (sources, seed, ...) and versions."""
    return {
        "tool": tool,
        "created_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "parameters": dict(parameters),
        **details,
        "versions": library_versions(),
    }


def provenance_frame(record: dict[str, Any]) -> pd.DataFrame:
    """Flatten a record into a two-column table (``key``, ``value``) for a GeoPackage."""
    rows: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict) and not value:
            rows.append((prefix, ""))  # an empty choice is still recorded
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        elif isinstance(value, (list, tuple)):
            rows.append((prefix, "; ".join(str(item) for item in value)))
        else:
            rows.append((prefix, "" if value is None else str(value)))

    walk("", record)
    return pd.DataFrame(rows, columns=["key", "value"])
