"""What was run, with which parameters and library versions: stored with every output."""

from __future__ import annotations

import functools
import ntpath
import os
import platform
import re
from datetime import datetime, timezone
from importlib import metadata
from pathlib import PurePath
from typing import Any

import pandas as pd

#: distributions whose versions are recorded with outputs
RECORDED_PACKAGES = (
    "numpy", "pandas", "shapely", "pyproj", "pyogrio", "geopandas", "openpyxl",
    "python-calamine",
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
    return dict(_installed_versions())


@functools.lru_cache(maxsize=1)
def _installed_versions() -> tuple[tuple[str, str], ...]:
    """Looked up once per process: each lookup scans the installed packages' metadata
    (about 20 ms), and a run records the versions with every output."""
    versions = {"python": platform.python_version(), "kz-innovation": _plugin_version()}
    for name in RECORDED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return tuple(versions.items())


#: an absolute path inside a text: POSIX (``/home/x/a.csv``), Windows (``C:\\x\\a.csv``,
#: ``C:/x/a.csv``) or UNC (``\\\\server\\share\\a.csv``), optionally as a ``file://`` URL; it
#: starts the text or follows a space, quote, bracket, ``=`` or ``:`` and ends at a space,
#: quote, bracket, ``|``, ``;`` or ``,``.  At least one folder must precede the name, so
#: "km/h" or "R&D / GRP" are not paths.
_ABSOLUTE_PATH = re.compile(
    r"""(?:^|(?<=[\s"'(\[=:]))(?:file://)?"""
    r"""(?:[A-Za-z]:[\\/]|\\\\|/)(?:[^\s"'()\[\]|;,\\/]+[\\/])+"""
    r"""(?P<name>[^\s"'()\[\]|;,\\/]*)"""
)


def portable(value: Any) -> Any:
    """``value`` with every absolute path replaced by its file name, recursively.

    A record stored with an output names the files it read by their names only: a path of
    the machine that ran it (a home folder, a temporary folder) says nothing to the reader of
    the output and should not travel with it.  Path objects become their name; texts keep
    their words, with each absolute path in them reduced to its last part (``/home/a/t.csv``
    -> ``t.csv``, ``C:\\data\\t.csv|layername=x`` -> ``t.csv|layername=x``).  Relative
    paths, numbers and other values are kept as they are; dicts, lists and tuples are copied.
    """
    if isinstance(value, dict):
        return {key: portable(inner) for key, inner in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(portable(inner) for inner in value)
    if isinstance(value, PurePath):
        return value.name if value.is_absolute() else str(value)
    if isinstance(value, str) and ("/" in value or "\\" in value):
        return _portable_text(value)
    return value


def _portable_text(text: str) -> str:
    """A text that is an absolute path (a QGIS source may add ``|layername=...``): its file
    name; other texts: each absolute path in them by its file name."""
    head, bar, rest = text.partition("|")
    path = head.strip().removeprefix("file://")
    if os.path.isabs(path) or ntpath.isabs(path):
        return ntpath.basename(path.rstrip("/\\")) + bar + rest
    return _ABSOLUTE_PATH.sub(lambda match: match.group("name"), text)


def provenance_record(tool: str, parameters: dict[str, Any], **details: Any) -> dict[str, Any]:
    """A provenance record: tool, parameters, details (sources, seed, ...) and versions.

    Absolute paths in the parameters and details are recorded by their file names only
    (:func:`portable`).
    """
    return {
        "tool": tool,
        "created_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "parameters": portable(dict(parameters)),
        **portable(details),
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

    walk("", portable(record))
    return pd.DataFrame(rows, columns=["key", "value"])
