"""Write outputs completely or not at all.

pyogrio (GDAL) writes each layer into a temporary GeoPackage beside the target, and
:mod:`.gpkg_rtree` packs the spatial index of each layer with geometries; only when every
layer is written is the file moved into place with :func:`os.replace`, which is atomic on
one file system.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from .errors import InputFileError

GPKG_OPTIONS = {"VERSION": "1.2"}


#: first characters that make a spreadsheet read a text cell as a formula (OWASP's list)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell that a spreadsheet would read as a formula neutralised.

    OWASP's rule against CSV injection: a text cell starting with ``=``, ``+``, ``-``, ``@``,
    a tab or a carriage return gets a leading apostrophe, so Excel and LibreOffice show it as
    text.  Numbers, dates and missing cells are left untouched (a negative number stays a
    number).  Returns a copy when anything changed, else ``frame`` itself.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table about to be written as CSV.

    Returns
    -------
    pandas.DataFrame
    """
    changed = {}
    for column in frame.columns:
        series = frame[column]
        if series.dtype != object and not pd.api.types.is_string_dtype(series):
            continue
        try:  # pandas' vectorised string methods; non-text cells give NA
            risky = series.str.startswith(FORMULA_STARTS, na=False).astype(bool)
        except AttributeError:  # an object column without any text
            continue
        if risky.any():
            safe = series.copy()
            safe[risky] = "'" + series[risky].astype(str)
            changed[column] = safe
    return frame.assign(**changed) if changed else frame


def output_folder(target: str | os.PathLike) -> Path:
    """Create the folder an output file ``target`` goes into, and return it.

    Raises
    ------
    InputFileError
        When a part of the path is an existing file (for example ``data.txt/out.gpkg``), the
        folder cannot be created, or it is not writable; the message names the path to fix.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    blocking = next((part for part in (folder, *folder.parents) if part.is_file()), None)
    if blocking is not None:
        raise InputFileError(
            f"Cannot write {target}: {blocking} is a file, not a folder. "
            "Choose an output path inside a folder."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputFileError(f"Cannot create the output folder {folder}: {error}.") from None
    if not os.access(folder, os.W_OK):
        raise InputFileError(
            f"The output folder {folder} is not writable: choose another folder for the output."
        )
    return folder


def _write_layer(frame, path: str, name: str) -> None:
    """One layer into the GeoPackage at ``path``, its spatial index packed in bulk."""
    import numpy as np
    import pyogrio
    import shapely

    from .gpkg_rtree import add_spatial_index, index_plan

    geometry = frame.geometry.values if frame.active_geometry_name is not None else None
    packed, ids = index_plan(frame) if geometry is not None else (False, None)
    # GeoPackage 1.2: QGIS 3.22's GDAL (3.6) reads it fully; 1.4 only partly
    pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG",
                            dataset_options=GPKG_OPTIONS,
                            layer_options={"SPATIAL_INDEX": "NO"} if packed else None)
    if packed:
        add_spatial_index(path, name, shapely.bounds(np.asarray(geometry)), ids)


def write_geopackage(
    path: str | os.PathLike,
    layers: dict[str, pd.DataFrame],
    styles: dict[str, str] | None = None,
    style_labels: dict[str, dict[str, str]] | None = None,
) -> Path:
    """Write ``{layer name: (Geo)DataFrame}`` to one GeoPackage, replacing ``path``.

    A plain DataFrame becomes an attribute table.  ``styles`` maps layer names to the
    plugin's style names, stored as each layer's default style; ``style_labels`` gives a
    layer's legend labels by category value (the others' categories are dropped, see
    :func:`.styles.relabelled_qml`).  On any failure the target is
    left as it was (absent, or the previous file) and the temporary file is removed.
    """
    import geopandas as gpd

    target = Path(path)
    if target.suffix.lower() != ".gpkg":
        raise InputFileError(f"Output {target} must be a GeoPackage: give a name ending in .gpkg.")
    output_folder(target)
    handle, temporary = tempfile.mkstemp(suffix=".gpkg", dir=target.parent, prefix=".partial-")
    os.close(handle)
    os.remove(temporary)
    try:
        if styles:
            from .styles import STYLE_TABLE, styles_table

            layers = {**layers, STYLE_TABLE: styles_table(styles, style_labels)}
        for name, frame in layers.items():
            if not isinstance(frame, gpd.GeoDataFrame):
                frame = gpd.GeoDataFrame(frame.reset_index(drop=True))
            _write_layer(frame, temporary, name)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise
    return target
