"""Distance bands: rings at 0-b1, b1-b2, ... km from each core's boundary.

Everything is measured in a CRS in metres (the caller's, or ``distance_crs(layer)``,
pyproj) and the band polygons are returned in the layer's CRS (geopandas reprojects).
shapely buffers, subtracts and clips; libpysal's ``cg.voronoi_frames`` splits the plane
between the cores.

The overlap rule
----------------
Every point of the study area (the union of the layer's regions) belongs to at most one
band: the band of the core whose *boundary is nearest* (a generalised Voronoi allocation),
at the distance to that boundary.  The split between cores is the Voronoi diagram of
points spaced along the cores' boundaries (``voronoi_frames`` with ``segment``), each
core keeping the cells of its own points; the spacing is 1/20 of the narrowest band
(coarser only when the cores' boundaries would need over 50,000 points), so the dividing
line is off by a small fraction of it.  Band *i* of core *c* is then::

    (buffer(c, b_i) - buffer(c, b_(i-1))) & cell(c) & study_area - all cores

with ``buffer(c, b_0)`` the core itself.  Pieces of different cores therefore never
overlap, the bands of one core nest without gaps, and core regions are in no band.

:func:`regions_in_bands` assigns each non-core region by the same rule from its
representative point, with exact distances (shapely), ties going to the lower core id.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..errors import ParameterError
from ._influence_inputs import (
    Cores,
    check_cores,
    check_layer,
    metre_crs,
    representative_xy,
    zone_frame,
)

__all__ = ["distance_bands", "regions_in_bands"]

_BANDS_MESSAGE = "Distance bands must be positive and increasing, in km, e.g. 100, 200, 300"
#: boundary points per narrowest band width, for the split between cores
_POINTS_PER_BAND = 20
#: at most this many boundary points in the Voronoi diagram (coarser spacing beyond)
_MAX_POINTS = 50_000
#: segments per quarter circle of the buffers
_QUAD_SEGS = 16


def check_bands(bands_km) -> np.ndarray:
    """The band limits in km as a float array: positive, finite, strictly increasing.

    Raises
    ------
    ParameterError
        Empty, non-numeric, zero or negative, or not strictly increasing.
    """
    try:
        values = np.atleast_1d(np.asarray(bands_km, dtype="float64"))
    except (TypeError, ValueError):
        raise ParameterError(f"{_BANDS_MESSAGE} (got {bands_km!r}).") from None
    valid = (
        values.ndim == 1
        and len(values) > 0
        and np.isfinite(values).all()
        and (values > 0).all()
        and (np.diff(values) > 0).all()
    )
    if not valid:
        raise ParameterError(f"{_BANDS_MESSAGE} (got {bands_km!r}).")
    return values


def _core_geometries(layer_m: gpd.GeoDataFrame, cores: Cores) -> np.ndarray:
    """One (valid) geometry per core, the union of its regions, in the metre CRS."""
    geoms = shapely.make_valid(layer_m.geometry.to_numpy())
    return np.array([shapely.union_all(geoms[pos]) for pos in cores.members], dtype=object)


def _nearest_core_cells(core_geoms: np.ndarray, frame: shapely.Geometry, narrowest: float):
    """Per core, the part of ``frame`` nearer to its boundary than to any other core's."""
    if len(core_geoms) == 1:
        return [frame]
    # libpysal (and numba, which it loads) only when bands are drawn: 0.4 s of imports
    # that the default zones (contiguity rings) do not need
    from libpysal.cg import voronoi_frames

    perimeter = float(shapely.length(core_geoms).sum())
    segment = max(narrowest / _POINTS_PER_BAND, perimeter / _MAX_POINTS)
    cells = voronoi_frames(
        gpd.GeoSeries(core_geoms),
        clip=frame,
        segment=segment,
        shrink=min(segment, narrowest) * 1e-3,  # cores sharing a boundary keep distinct points
        as_gdf=False,
        return_input=False,
    )
    return list(cells.to_numpy())


def _polygonal(geom) -> shapely.MultiPolygon | None:
    """The polygon parts of an overlay result as a MultiPolygon, or None when there are none."""
    parts = shapely.get_parts(shapely.get_parts(geom))
    parts = parts[shapely.get_type_id(parts) == 3]
    parts = parts[~shapely.is_empty(parts)]
    return shapely.multipolygons(parts) if len(parts) else None


def _prepare(layer, core_id, bands_km, crs):
    """Shared checks: bands in metres, cores, metre CRS and the layer in it."""
    bands_m = check_bands(bands_km) * 1000.0
    check_layer(layer)
    cores = check_cores(layer, core_id)
    target = metre_crs(layer, crs)
    return bands_m, cores, target, layer.to_crs(target)


def distance_bands(
    layer: gpd.GeoDataFrame, core_id: pd.Series, bands_km: list[float], crs=None
) -> gpd.GeoDataFrame:
    """Band polygons around each core, clipped to the study area, without overlaps.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Regions (polygons) with a CRS and unique ids (the index).
    core_id : pandas.Series
        Int64 indexed like the layer: 1, 2, ... for core regions, <NA> elsewhere.
    bands_km : list of float
        Outer limits of the bands in km, positive and strictly increasing: ``[100, 200]``
        gives the bands (0, 100] and (100, 200] km.
    crs : pyproj.CRS-like or None
        Projected CRS in metres for the buffers; None uses ``distance_crs(layer)``.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per core and band that holds any of the study area, ordered by core and
        band, in the layer's CRS: ``core_id`` (Int64), ``zone_order`` (1 = innermost),
        ``band_from_km``, ``band_to_km``, ``method`` ("bands"), ``area_km2`` (planar, in
        the metre CRS) and MultiPolygon geometry.  A point goes to the core whose boundary
        is nearest (see the module notes).

    Raises
    ------
    ParameterError
        Bad bands or core ids, or a CRS that is not in metres.
    LayerError
        No CRS, or regions without geometry.
    """
    bands_m, cores, target, layer_m = _prepare(layer, core_id, bands_km, crs)
    core_geoms = _core_geometries(layer_m, cores)
    all_cores = shapely.union_all(core_geoms)
    study = shapely.union_all(shapely.make_valid(layer_m.geometry.to_numpy()))
    xmin, ymin, xmax, ymax = study.bounds
    margin = max(xmax - xmin, ymax - ymin, 1.0) * 0.01
    frame = shapely.box(xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    narrowest = float(np.diff(bands_m, prepend=0.0).min())
    cells = _nearest_core_cells(core_geoms, frame, narrowest)
    limits_km = np.concatenate([[0.0], bands_m / 1000.0])
    rows = []
    for cid, core, cell in zip(cores.ids, core_geoms, cells):
        own = shapely.difference(shapely.intersection(study, cell), all_cores)
        inner = core
        for order, outer_m in enumerate(bands_m, start=1):
            outer = shapely.buffer(core, outer_m, quad_segs=_QUAD_SEGS)
            piece = _polygonal(shapely.difference(shapely.intersection(own, outer), inner))
            inner = outer
            if piece is not None:
                rows.append((cid, order, limits_km[order - 1], limits_km[order], piece))
    columns = ["core_id", "zone_order", "band_from_km", "band_to_km"]
    table = pd.DataFrame([row[:4] for row in rows], columns=columns)
    geometry = gpd.GeoSeries([row[4] for row in rows], crs=target)
    result = gpd.GeoDataFrame(
        {
            "core_id": pd.array(table["core_id"], dtype="Int64"),
            "zone_order": table["zone_order"].astype("int64"),
            "band_from_km": table["band_from_km"].astype("float64"),
            "band_to_km": table["band_to_km"].astype("float64"),
            "method": "bands",
            "area_km2": geometry.area.to_numpy() / 1e6,
        },
        geometry=geometry,
        crs=target,
    )
    return result.to_crs(layer.crs)


def regions_in_bands(
    layer: gpd.GeoDataFrame, core_id: pd.Series, bands_km: list[float], crs=None
) -> pd.DataFrame:
    """The core and band holding each non-core region's representative point.

    Parameters
    ----------
    layer, core_id, bands_km, crs
        As in :func:`distance_bands`.

    Returns
    -------
    pandas.DataFrame
        One row per non-core region within the last band of some core, in layer order,
        indexed by region id: ``core_id`` (Int64; the core whose boundary is nearest to
        the region's representative point, ties to the lower id), ``zone_order`` (the band
        number, 1 = innermost; a point exactly on a limit is in the inner band),
        ``distance_km`` (from the point to that core's boundary), ``method`` ("bands").

    Raises
    ------
    ParameterError
        Bad bands or core ids, or a CRS that is not in metres.
    LayerError
        No CRS, or regions without geometry.
    """
    bands_m, cores, target, layer_m = _prepare(layer, core_id, bands_km, crs)
    core_geoms = _core_geometries(layer_m, cores)
    xy = representative_xy(layer, target)
    points = shapely.points(xy)
    distance = shapely.distance(points[:, None], core_geoms[None, :])  # (n, n_cores)
    best = np.lexsort((np.broadcast_to(cores.ids, distance.shape), distance), axis=-1)[:, 0]
    nearest = distance[np.arange(len(layer)), best]
    band = np.searchsorted(bands_m, nearest, side="left") + 1
    keep = (band <= len(bands_m)) & ~cores.is_core
    return zone_frame(layer.index[keep], cores.ids[best[keep]], band[keep], nearest[keep], "bands")

