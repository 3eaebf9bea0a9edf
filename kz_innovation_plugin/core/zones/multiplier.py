"""Multiplier effect of each core: does its zone stand above the rest, and fade with distance?

For each core the zone regions (given by a zone method, e.g. neighbour orders or a distance
band) are compared with the national mean and with the regions in no zone; the gradient
is the least-squares slope (``numpy.polyfit`` of degree 1) of the zone regions' index against
their distance from the core.  Distances are between representative points (shapely)
reprojected by geopandas/pyproj into a CRS in metres (``distance_crs``), in kilometres.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from ..errors import ParameterError
from ._influence_inputs import metre_crs
from .cores import CoreSelection, region_names

__all__ = ["MULTIPLIER_COLUMNS", "multiplier_effect"]

#: columns of the table, in order (order_slope only when zone_of has zone_order)
MULTIPLIER_COLUMNS = (
    "core_id", "core_name", "core_index", "zone_regions", "zone_mean_index",
    "national_mean_index", "rest_mean_index", "lift_vs_national", "lift_vs_rest",
    "gradient_slope", "order_slope", "gradient_sign", "reading",
)
LIFTS, NO_LIFT, TOO_FEW = (
    "lifts its surroundings", "does not lift its surroundings", "too few zone regions to judge",
)
NO_REST = "no region outside the zones to compare with"


def _zone_ids(layer: pd.DataFrame, selection: CoreSelection, zone_of: pd.DataFrame) -> pd.Series:
    """Core id of the zone of each region (Int64, NA for cores and regions in no zone)."""
    if "core_id" not in zone_of.columns:
        raise ParameterError(
            "The zone table needs a core_id column: the core whose zone each region is in."
        )
    if not zone_of.index.is_unique or len(zone_of.index.difference(layer.index)):
        raise ParameterError(
            "The zone table must have at most one row per region of the layer, with the "
            "layer's ids; compute the zones on the same layer as the cores."
        )
    zone = pd.to_numeric(zone_of["core_id"], errors="coerce").reindex(layer.index)
    unknown = set(zone.dropna().astype(int)) - set(selection.core_id.dropna().astype(int))
    if unknown:
        raise ParameterError(
            f"The zone table names core id(s) {', '.join(map(str, sorted(unknown)))} that are "
            "not cores of this selection; compute the zones from the same cores."
        )
    return zone.astype("Int64").mask(selection.is_core.reindex(layer.index).to_numpy())


def _slope(x: np.ndarray, y: np.ndarray) -> float:
    """OLS slope of y on x; NaN with fewer than 2 points or a single x value."""
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    if len(x) < 2 or np.ptp(x) == 0:
        return float("nan")
    return float(np.polyfit(x, y, 1)[0])


def _sign(slope: float, span_km: float, scale: float, tolerance: float) -> str:
    """Words for a slope: the change it predicts across the zone against the index's spread."""
    if np.isnan(slope):
        return "n/a"
    change = abs(slope) * span_km
    if change <= tolerance * scale or change < 1e-12:
        return "flat"
    return "falls with distance" if slope < 0 else "rises with distance"


def _zone_members(layer, zone: pd.Series, zone_of: pd.DataFrame, index: pd.Series,
                  core_at: pd.Series, crs) -> pd.DataFrame:
    """Each zone region's core, index and distance (km) to its core (and zone order),
    vectorised over all zone regions."""
    metric = metre_crs(layer, crs)  # refuses a CRS that is not in metres
    points = layer.geometry.representative_point().to_crs(metric)
    in_zone = zone.dropna()
    centres = points.loc[core_at.reindex(in_zone.to_numpy()).to_numpy()]
    members = pd.DataFrame({
        "core_id": in_zone.astype(int).to_numpy(),
        "index": index.loc[in_zone.index].to_numpy(),
        "km": points.loc[in_zone.index].distance(centres.set_axis(in_zone.index)).to_numpy()
        / 1000.0,
    }, index=in_zone.index)
    if "zone_order" in zone_of.columns:
        order = pd.to_numeric(zone_of["zone_order"], errors="coerce")
        members["order"] = order.reindex(in_zone.index).to_numpy(dtype=float)
    return members


def _core_row(core_id, core_index: float, own: pd.DataFrame, rest: float, scale: float,
              flat_tolerance: float, with_order: bool) -> dict:
    """One core's row: its zone mean, gradient and reading."""
    zone_mean = own["index"].mean()
    x, y = own["km"].to_numpy(), own["index"].to_numpy()
    slope = _slope(x, y)
    sign = _sign(slope, float(np.ptp(x)) if len(x) else 0.0, scale, flat_tolerance)
    if own["index"].notna().sum() < 2:
        reading = TOO_FEW
    elif np.isnan(rest):
        reading = NO_REST
    elif zone_mean > rest and sign == "falls with distance":
        reading = LIFTS
    else:
        reading = NO_LIFT
    return {
        "core_id": core_id, "core_index": core_index, "zone_regions": len(own),
        "zone_mean_index": zone_mean, "gradient_slope": slope,
        "order_slope": _slope(own["order"].to_numpy(), y) if with_order else np.nan,
        "gradient_sign": sign, "reading": reading,
    }


def multiplier_effect(
    layer: gpd.GeoDataFrame,
    selection: CoreSelection,
    zone_of: pd.DataFrame,
    index_field: str = "innov_idx",
    crs=None,
    name_field: str | None = None,
    flat_tolerance: float = 0.05,
) -> pd.DataFrame:
    """Does each core lift the regions of its zone?

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Regions with ``index_field``, the layer the cores were selected on.
    selection : CoreSelection
        The cores (:func:`~.cores.select_cores`).
    zone_of : pandas.DataFrame
        Rows indexed by region id (layer ids): ``core_id`` of the zone the region is in
        (NA for none); regions without a row are in no zone, so the zone tables of
        ``contiguity_rings``, ``regions_in_bands`` (zone regions only) or one row per
        region both work.  An optional ``zone_order`` (ring, band or class number) gives
        ``order_slope``.  Cores never count as zone regions, whatever their row says.
    index_field : str
        The composite index field.
    crs : pyproj.CRS or str or None
        CRS in metres to measure distances in; default ``distance_crs(layer)``.
    name_field : str or None
        Field naming the cores; default the first of name_en, name_ru, unit_id.
    flat_tolerance : float
        The gradient is "flat" when the change it predicts across the zone's distance
        range is at most this fraction of the standard deviation of the index over all
        regions.

    Returns
    -------
    pandas.DataFrame
        One row per core in core_id order: core_id, core_name, core_index, zone_regions,
        zone_mean_index, national_mean_index (all regions), rest_mean_index (regions in
        no zone and not cores), lift_vs_national and lift_vs_rest (zone mean minus
        those), gradient_slope (index per km from the core's representative point, NaN
        with fewer than 2 zone regions), order_slope (index per neighbour order, only
        when zone_of has zone_order), gradient_sign ("falls with distance", "rises with
        distance", "flat", "n/a") and reading: "too few zone regions to judge" (fewer
        than 2), "no region outside the zones to compare with" (every non-core region is
        in a zone, so the rest mean is NaN), "lifts its surroundings" when the zone mean
        exceeds the rest mean and the index falls with distance, else "does not lift its
        surroundings".

    Raises
    ------
    ParameterError
        The index field is missing, or zone_of does not match the layer or the cores.
    """
    if index_field not in layer.columns:
        raise ParameterError(
            f"Field {index_field!r} is not in the layer: run kzinnovation:innovationindex first "
            "(or choose the index field)."
        )
    with_order = "zone_order" in zone_of.columns
    columns = [c for c in MULTIPLIER_COLUMNS if c != "order_slope" or with_order]
    cores = selection.core_labels
    if len(cores) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    index = pd.to_numeric(layer[index_field], errors="coerce").astype(float)
    zone = _zone_ids(layer, selection, zone_of)
    national = index.mean()
    rest = index[zone.isna() & ~selection.is_core.reindex(layer.index).to_numpy()].mean()
    core_at = pd.Series(cores, index=selection.core_id.loc[cores].astype(int).to_numpy())
    members = _zone_members(layer, zone, zone_of, index, core_at, crs)
    scale = float(index.std()) if index.notna().sum() > 1 else 0.0
    rows = [_core_row(core_id, index.loc[label], members[members["core_id"] == core_id],
                      rest, scale, flat_tolerance, with_order)
            for core_id, label in core_at.items()]  # a handful of cores
    table = pd.DataFrame(rows)
    table["core_name"] = region_names(layer, name_field).loc[core_at.to_numpy()].to_numpy()
    table["national_mean_index"] = national
    table["rest_mean_index"] = rest
    table["lift_vs_national"] = table["zone_mean_index"] - national
    table["lift_vs_rest"] = table["zone_mean_index"] - rest
    table["core_id"] = table["core_id"].astype("Int64")
    return table[columns]
