"""Boundaries of Kazakhstan's regions shipped with the plugin.

``data/kz_regions.gpkg`` holds one layer per boundary set, ``kz_regions_2017``,
``kz_regions_2018`` and ``kz_regions_2022``; ``scripts/build_regions.py`` derives
it (see the layers' DESCRIPTION for the source and licence).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pyogrio

from ._gazetteer_table import check_set
from .errors import InputFileError

__all__ = ["BUNDLED_FIELDS", "BUNDLED_REGIONS_PATH", "layer_name", "load_bundled_regions"]

BUNDLED_REGIONS_PATH = Path(__file__).parent.parent / "data" / "kz_regions.gpkg"
#: attribute fields of every bundled layer, in order
BUNDLED_FIELDS: tuple[str, ...] = (
    "unit_id", "iso_code", "iso_code_old", "name_en", "name_ru", "name_kk", "name_kk_latn",
    "unit_type", "boundary_set",
)


def layer_name(boundary_set: str) -> str:
    """Return the GeoPackage layer name of a boundary set, e.g. ``kz_regions_2022``.

    Raises
    ------
    ParameterError
        For an unknown boundary set; the message lists the valid ones.
    """
    return f"kz_regions_{check_set(boundary_set)}"


def load_bundled_regions(boundary_set: str) -> gpd.GeoDataFrame:
    """Read the bundled regions of one boundary set.

    Parameters
    ----------
    boundary_set : str
        ``"2017"`` (16 units), ``"2018"`` (17) or ``"2022"`` (20).

    Returns
    -------
    geopandas.GeoDataFrame
        Fields unit_id, iso_code, iso_code_old, name_en, name_ru, name_kk,
        name_kk_latn, unit_type, boundary_set; MultiPolygons in EPSG:4326.

    Raises
    ------
    ParameterError
        For an unknown boundary set.
    InputFileError
        If the bundled GeoPackage is missing (rebuild it with
        ``scripts/build_regions.py``).
    """
    layer = layer_name(boundary_set)
    if not BUNDLED_REGIONS_PATH.is_file():
        raise InputFileError(
            f"Bundled regions not found: {BUNDLED_REGIONS_PATH}; "
            "rebuild them with scripts/build_regions.py."
        )
    return pyogrio.read_dataframe(BUNDLED_REGIONS_PATH, layer=layer)
