"""Read a boundary layer from a file (pyogrio reads it through GDAL)."""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd

from .errors import InputFileError


def read_vector_layer(path: str | os.PathLike, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read one layer of a vector file into a GeoDataFrame, with analyst-friendly errors."""
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    source = Path(path)
    if not source.exists():
        raise InputFileError(f"Boundary layer not found: {source}. Check the path.")
    try:
        names = [str(name) for name in pyogrio.list_layers(source)[:, 0]]
    except DataSourceError as error:
        raise InputFileError(
            f"{source.name} cannot be opened as a vector layer ({error}). Give a GeoPackage, "
            "Shapefile or GeoJSON file."
        ) from error
    if layer is not None and layer not in names:
        raise InputFileError(
            f"{source.name} has no layer {layer!r}; its layers are: {', '.join(names)}."
        )
    try:
        return gpd.read_file(source, layer=layer, engine="pyogrio")
    except (DataLayerError, DataSourceError) as error:
        raise InputFileError(f"{source.name} cannot be read: {error}") from error
