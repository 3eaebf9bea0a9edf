"""Build the installable plugin zip: dist/kz_innovation_plugin-<version>.zip.

One top folder ``kz_innovation_plugin/`` holding the code, data, styles, help and icons, plus
copies of the top-level ``metadata.txt`` (the single source of truth), ``requirements.txt`` and
``LICENSE``.  No tests, caches or compiled files.  The interface translations are compiled
from ``i18n/*.ts`` by lrelease (``scripts/translations.py``) into a temporary folder and only the
``.qm`` files ship, in ``kz_innovation_plugin/i18n/``.  Entries are sorted and time-stamped
alike, so the same tree gives the same zip.
"""

from __future__ import annotations

import argparse
import configparser
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402 - the sibling script, found through the line above

PLUGIN = "kz_innovation_plugin"
EXCLUDED_DIRS = {"__pycache__", "tests", ".pytest_cache", ".ruff_cache"}
# .ts: translation sources; .qm: built here into a temporary folder, never taken from the tree
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".so", ".dll", ".dylib", ".exe", ".ts", ".ts~", ".qm",
                     ".orig"}
COPIED_FROM_TOP = ("metadata.txt", "requirements.txt", "LICENSE")
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def plugin_version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def plugin_files() -> list[tuple[Path, str]]:
    """(source path, name in the zip) for every file that ships."""
    files = []
    for path in sorted((ROOT / PLUGIN).rglob("*")):
        relative = path.relative_to(ROOT)
        if path.is_dir() or EXCLUDED_DIRS & set(relative.parts) or path.suffix in EXCLUDED_SUFFIXES:
            continue
        files.append((path, relative.as_posix()))
    files += [(ROOT / name, f"{PLUGIN}/{name}") for name in COPIED_FROM_TOP]
    return files


def build(output_dir: Path) -> Path:
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / f"{PLUGIN}-{plugin_version()}.zip"
    partial = target.with_suffix(".zip.partial")
    with tempfile.TemporaryDirectory(prefix="kzi-qm-") as folder:
        compiled = [(path, f"{PLUGIN}/i18n/{path.name}")
                    for path in translations.build(Path(folder))]
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for source, name in sorted(plugin_files() + compiled, key=lambda item: item[1]):
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, source.read_bytes())
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=ROOT / "dist")
    arguments = parser.parse_args(argv)
    try:
        target = build(arguments.output_dir)
    except translations.ToolMissingError as error:
        sys.stderr.write(f"Cannot build the translations: {error}\n")
        return 1
    sys.stdout.write(f"{target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
