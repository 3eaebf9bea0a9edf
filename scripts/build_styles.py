"""Write the plugin's QML styles (kz_innovation_plugin/styles/*.qml) with QGIS itself.

Each style is defined once in ``kz_innovation_plugin/processing_provider/styles.py``; this
script turns the definitions into QML files (renderer and labels), which the plugin applies to
loaded outputs and stores in GeoPackages as their default style.  Run it with the project's
virtual environment (it needs QGIS's Python bindings), after changing a definition:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_styles.py
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=ROOT / "kz_innovation_plugin" / "styles")
    arguments = parser.parse_args(argv)

    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    from kz_innovation_plugin.processing_provider.styles import STYLES, style_qml

    arguments.output_dir.mkdir(parents=True, exist_ok=True)
    for name in STYLES:
        target = arguments.output_dir / f"{name}.qml"
        target.write_text(style_qml(name), encoding="utf-8")
        sys.stdout.write(f"{target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
