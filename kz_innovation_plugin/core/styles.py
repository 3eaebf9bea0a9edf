"""Default styles stored inside GeoPackages, so that QGIS opens the layers styled.

QGIS keeps a GeoPackage layer's saved styles in a ``layer_styles`` attribute table (the same
table it writes with "Save style > In database"); the row with ``useAsDefault`` is applied when
the layer is opened.  The QML texts are the plugin's ``styles/*.qml``, made by QGIS from the
definitions in ``processing_provider/styles.py``; pyogrio (GDAL) appends the rows, so no QGIS
is needed to write them.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd

from .errors import ParameterError

STYLE_DIR = Path(__file__).resolve().parent.parent / "styles"
STYLE_TABLE = "layer_styles"


def style_text(name: str) -> str:
    """The QML text of the plugin's style ``name``."""
    path = STYLE_DIR / f"{name}.qml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in STYLE_DIR.glob("*.qml")))
        raise ParameterError(f"There is no style {name!r}; the styles are: {known}.")
    return path.read_text(encoding="utf-8")


def relabelled_qml(text: str, labels: dict[str, str]) -> str:
    """A categorised style's QML with its categories labelled ``{value: label}``; categories
    whose value has no label are dropped (a legend lists only what the layer holds).

    Values missing from ``labels`` lose their category; a label may hold any text (``&``,
    quotes and ``<`` are escaped).
    """

    def relabel(match: re.Match) -> str:
        tag = match.group(0)
        value = re.search(r'\svalue="([^"]*)"', tag)
        if value is None or value.group(1) not in labels:
            return ""
        label = escape(labels[value.group(1)], {'"': "&quot;"})
        return re.sub(r'(\slabel=")[^"]*(")', lambda m: f"{m.group(1)}{label}{m.group(2)}", tag)

    return re.sub(r"<category\s[^>]*/>", relabel, text)


def styles_table(styles: dict[str, str], labels: dict[str, dict[str, str]] | None = None,
                 geometry_column: str = "geom") -> pd.DataFrame:
    """Rows of ``layer_styles`` for ``{layer name: style name}``, each the layer's default;
    ``labels`` relabels a layer's categories (:func:`relabelled_qml`)."""
    labels = labels or {}
    texts = [relabelled_qml(style_text(style), labels[layer]) if layer in labels
             else style_text(style) for layer, style in styles.items()]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return pd.DataFrame(
        {
            "f_table_catalog": "",
            "f_table_schema": "",
            "f_table_name": list(styles),
            "f_geometry_column": geometry_column,
            "styleName": [f"kz-innovation {style}" for style in styles.values()],
            "styleQML": texts,
            "styleSLD": "",
            "useAsDefault": True,
            "description": "Default style written by kz-innovation",
            "owner": "",
            "ui": "",
            "update_time": now,
        }
    )
