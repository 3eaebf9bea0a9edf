"""Checks and measurements shared by the zones of influence (rings, bands, gravity).

A *core* is the set of regions that share one value of ``core_id`` (usually one region;
several contiguous regions may form one core).  Distances are measured between
representative points (shapely's point-on-surface, always inside the polygon) in a CRS in
metres: the one the caller gives, or :func:`..spatial_weights.distance_crs` of the layer
(pyproj; an azimuthal equidistant projection for layers in degrees).  geopandas
reprojects; numpy and scipy measure.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj

from .._checks import describe_ids
from ..errors import LayerError, ParameterError
from ..spatial_weights import distance_crs


def check_layer(layer: gpd.GeoDataFrame) -> None:
    """Raise unless the layer is a GeoDataFrame with unique ids and a geometry per region.

    Raises
    ------
    LayerError
        Not a layer, no regions, or missing/empty geometries.
    ParameterError
        Region ids (the layer index) that occur more than once.
    """
    if not isinstance(layer, gpd.GeoDataFrame):
        raise LayerError(
            f"Zones of influence need a polygon layer (GeoDataFrame), not {type(layer).__name__}."
        )
    if len(layer) == 0:
        raise LayerError("The layer has no regions; zones of influence need at least one core.")
    if not layer.index.is_unique:
        repeated = describe_ids(layer.index[layer.index.duplicated()].unique())
        raise ParameterError(
            f"The layer's region ids are not unique (ids {repeated} occur more than once); "
            "use a field with unique values (e.g. unit_id) as the id."
        )
    empty = layer.geometry.isna().to_numpy() | layer.geometry.is_empty.to_numpy()
    if empty.any():
        raise LayerError(
            f"Regions {describe_ids(layer.index[empty])} have no geometry; fix or remove them "
            "(in QGIS: Vector > Geometry Tools > Check Validity) and run again."
        )


def metre_crs(layer: gpd.GeoDataFrame, crs=None) -> pyproj.CRS:
    """The CRS in metres distances are measured in: ``crs`` or ``distance_crs(layer)``.

    Raises
    ------
    LayerError
        The layer has no CRS.
    ParameterError
        ``crs`` is not a projected CRS in metres.
    """
    auto = distance_crs(layer)  # also raises LayerError when the layer has no CRS
    if crs is None:
        return auto
    try:
        chosen = pyproj.CRS(crs)
    except pyproj.exceptions.CRSError as exc:
        raise ParameterError(f"Unknown coordinate reference system {crs!r}: {exc}") from None
    axis = chosen.axis_info[0] if chosen.axis_info else None
    if not chosen.is_projected or axis is None or axis.unit_conversion_factor != 1.0:
        raise ParameterError(
            f"Distances are measured in a projected CRS in metres; {chosen.name} is not one. "
            "Choose e.g. a UTM zone, or leave the CRS empty for an automatic one."
        )
    return chosen


@dataclass
class Cores:
    """The cores of a layer, in ascending core id order.

    Attributes
    ----------
    core_id : pandas.Series
        Int64, aligned with the layer index; <NA> for non-core regions.
    ids : numpy.ndarray
        The distinct core ids, ascending.
    members : list of numpy.ndarray
        For each core, the positions (in layer order) of its regions.
    """

    core_id: pd.Series
    ids: np.ndarray
    members: list

    @property
    def is_core(self) -> np.ndarray:
        """Boolean mask of core regions, in layer order."""
        return self.core_id.notna().to_numpy()


def check_cores(layer: gpd.GeoDataFrame, core_id: pd.Series) -> Cores:
    """Validate ``core_id`` (1..n for core regions, <NA> elsewhere) against the layer.

    Raises
    ------
    ParameterError
        Not a Series, ids not matching the layer, values that are not whole numbers >= 1,
        or no core at all.
    """
    if not isinstance(core_id, pd.Series):
        raise ParameterError(
            "core_id must be a pandas Series indexed like the layer (1, 2, ... for the cores, "
            f"empty elsewhere), not {type(core_id).__name__}."
        )
    if not core_id.index.equals(layer.index):
        unknown = core_id.index.difference(layer.index)
        missing = layer.index.difference(core_id.index)
        if len(unknown) or len(missing) or not core_id.index.is_unique:
            detail = (
                f"ids {describe_ids(unknown)} are not in the layer" if len(unknown)
                else f"regions {describe_ids(missing)} have no entry" if len(missing)
                else "some ids occur more than once"
            )
            raise ParameterError(
                f"The core ids do not match the layer's regions ({detail}); detect the cores "
                "on this layer and run again."
            )
        core_id = core_id.reindex(layer.index)
    try:
        values = pd.to_numeric(core_id).astype("Int64")
    except (TypeError, ValueError):
        raise ParameterError(
            "Core ids must be whole numbers (1, 2, ... for the cores, empty elsewhere)."
        ) from None
    bad = values.notna() & (values < 1)
    if bad.any():
        raise ParameterError(
            f"Core ids must be 1 or more; regions {describe_ids(values.index[bad.to_numpy()])} "
            "have 0 or a negative id (leave non-core regions empty)."
        )
    if not values.notna().any():
        raise ParameterError(
            "No region is a core (core_id is empty everywhere); zones of influence need at "
            "least one core: lower the core threshold or pick cores by hand."
        )
    codes = values.to_numpy(dtype="float64", na_value=np.nan)
    # the core regions grouped by id (numpy sort, not one scan of the layer per core)
    positions = np.flatnonzero(~np.isnan(codes))
    ids, which = np.unique(codes[positions], return_inverse=True)
    grouped = positions[np.argsort(which, kind="stable")]
    members = np.split(grouped, np.cumsum(np.bincount(which, minlength=len(ids)))[:-1])
    return Cores(core_id=values.rename("core_id"), ids=ids.astype("int64"), members=members)


def representative_xy(
    layer: gpd.GeoDataFrame, crs: pyproj.CRS, positions: np.ndarray | None = None
) -> np.ndarray:
    """(n, 2) x/y in ``crs`` of a point inside each region (or the regions at ``positions``).

    shapely finds the point on the surface in the layer's own CRS (as the spatial weights
    do, so both measure between the same points); geopandas projects it.  Each point
    depends on its own region only, so a subset gets the same points as the whole layer.
    """
    geometry = layer.geometry if positions is None else layer.geometry.iloc[positions]
    points = geometry.representative_point().to_crs(crs)
    return np.column_stack([points.x.to_numpy(), points.y.to_numpy()])


def zone_frame(
    index: pd.Index, core: np.ndarray, order: np.ndarray, distance_m: np.ndarray, method: str
) -> pd.DataFrame:
    """The per-region frame shared by the methods: core_id, zone_order, distance_km, method."""
    return pd.DataFrame(
        {
            "core_id": pd.array(core, dtype="Int64"),
            "zone_order": np.asarray(order, dtype="int64"),
            "distance_km": np.asarray(distance_m, dtype="float64") / 1000.0,
            "method": method,
        },
        index=index,
    )
