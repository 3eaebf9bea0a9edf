"""Write outputs completely or not at all.

pyogrio (GDAL) writes each layer into a temporary GeoPackage beside the target; only when
every layer is written is the file moved into place with :func:`os.replace`, which is atomic
on one file system.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from .errors import InputFileError

GPKG_OPTIONS = {"VERSION": "1.2"}


def write_geopackage(
    path: str | os.PathLike,
    layers: dict[str, pd.DataFrame],
    styles: dict[str, str] | None = None,
) -> Path:
    """Write ``{layer name: (Geo)DataFrame}`` to one GeoPackage, replacing ``path``.

    A plain DataFrame becomes an attribute table.  ``styles`` maps layer names to the
    plugin's style names, stored as each layer's default style.  On any failure the target is
    left as it was (absent, or the previous file) and the temporary file is removed.
    """
    import geopandas as gpd
    import pyogrio

    target = Path(path)
    if target.suffix.lower() != ".gpkg":
        raise InputFileError(f"Output {target} must be a GeoPackage: give a name ending in .gpkg.")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".gpkg", dir=target.parent, prefix=".partial-")
    os.close(handle)
    os.remove(temporary)
    try:
        if styles:
            from .styles import STYLE_TABLE, styles_table

            layers = {**layers, STYLE_TABLE: styles_table(styles)}
        for name, frame in layers.items():
            if not isinstance(frame, gpd.GeoDataFrame):
                frame = gpd.GeoDataFrame(frame.reset_index(drop=True))
            # GeoPackage 1.2: QGIS 3.22's GDAL (3.6) reads it fully; 1.4 only partly
            pyogrio.write_dataframe(
                frame, temporary, layer=name, driver="GPKG", dataset_options=GPKG_OPTIONS
            )
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise
    return target
