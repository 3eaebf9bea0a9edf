"""True distances between features: the metre CRS they are measured in, and nearest neighbours.

pyproj defines the CRS, geopandas reprojects the representative points (shapely),
scipy's KD-tree finds nearest neighbours.  Distances are never taken in degrees.
"""

from __future__ import annotations

import math
import warnings

import geopandas as gpd
import numpy as np
import pyproj

from ..errors import LayerError


def _renamed(crs: pyproj.CRS, name: str, metre_axes: bool = False) -> pyproj.CRS:
    """Copy a CRS under a readable name (PROJJSON edit), optionally with axes in metres."""
    spec = crs.to_json_dict()
    spec["name"] = name
    spec.pop("id", None)
    if metre_axes:
        for axis in spec["coordinate_system"]["axis"]:
            axis["unit"] = "metre"
    return pyproj.CRS.from_json_dict(spec)


def distance_crs(layer: gpd.GeoDataFrame) -> pyproj.CRS:
    """The CRS in metres in which distances between the layer's features are measured.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Layer with a CRS.

    Returns
    -------
    pyproj.CRS
        The layer's CRS when it is projected in metres; the same projection with metre
        axes when it is projected in other units (feet); otherwise (degrees) an Azimuthal
        Equidistant projection centred on the centre of the layer's bounds.

    Raises
    ------
    LayerError
        When the layer has no CRS.
    """
    crs = layer.crs
    if crs is None:
        raise LayerError(
            "The layer has no coordinate reference system, so distances between its features "
            "cannot be measured. Set the layer's CRS (in QGIS: Layer Properties > Source > "
            "Assigned coordinate reference system) and run again."
        )
    crs = pyproj.CRS(crs)
    if crs.is_projected and crs.axis_info:
        factor = crs.axis_info[0].unit_conversion_factor
        if factor == 1.0:
            return crs
        if factor and not math.isnan(factor):
            return _renamed(crs, f"{crs.name} (metres)", metre_axes=True)
    # degrees (or anything else): centre of the bounds in WGS 84 longitude/latitude
    to_lonlat = pyproj.Transformer.from_crs(crs, 4326, always_xy=True)
    west, south, east, north = to_lonlat.transform_bounds(*layer.total_bounds)
    lat0, lon0 = round((south + north) / 2, 4), round((west + east) / 2, 4)
    aeqd = pyproj.CRS(f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +datum=WGS84 +units=m")
    lat_txt = f"{abs(lat0):.4f}{'N' if lat0 >= 0 else 'S'}"
    lon_txt = f"{abs(lon0):.4f}{'E' if lon0 >= 0 else 'W'}"
    return _renamed(aeqd, f"Azimuthal Equidistant centred on {lat_txt} {lon_txt}")


def crs_label(crs: pyproj.CRS) -> str:
    """Readable name, authority code when known, and PROJ string of a CRS."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pyproj warns that a PROJ string loses detail
        proj = crs.to_proj4()
        authority = crs.to_authority()
    code = f" [{authority[0]}:{authority[1]}]" if authority else ""
    return f"{crs.name}{code} ({proj})"


def representative_points(layer: gpd.GeoDataFrame, crs: pyproj.CRS) -> np.ndarray:
    """x/y in ``crs`` of a point inside each feature (a point layer keeps its points)."""
    points = layer.geometry.representative_point().to_crs(crs)
    return np.column_stack([points.x.to_numpy(), points.y.to_numpy()])


def nearest(xy: np.ndarray, k: int, query: np.ndarray | None = None):
    """The k nearest other points of each point (scipy KD-tree).

    Parameters
    ----------
    xy : numpy.ndarray
        (n, 2) coordinates in metres.
    k : int
        Neighbours per point, less than n.
    query : numpy.ndarray or None
        Positions of the points to search for (all when None).

    Returns
    -------
    tuple of numpy.ndarray
        ``focal`` positions, ``neighbour`` positions and ``distance``, k per query point,
        each point's neighbours ordered by distance; coincident points count as neighbours.
    """
    from scipy.spatial import KDTree  # imported here: contiguity weights never need it

    focal = np.arange(len(xy)) if query is None else np.asarray(query)
    dist, idx = KDTree(xy).query(xy[focal], k=k + 1)
    dist, idx = dist.reshape(len(focal), k + 1), idx.reshape(len(focal), k + 1)
    # drop the point itself; if coincident points pushed it out of the k+1, drop the last
    own = idx == focal[:, None]
    own[~own.any(axis=1), -1] = True
    return np.repeat(focal, k), idx[~own], dist[~own]


def format_distance(metres: float) -> str:
    """A distance for a message: ``410 km``, ``3.5 km`` or ``250 m``."""
    if metres >= 10_000:
        return f"{metres / 1000:.0f} km"
    if metres >= 1000:
        return f"{metres / 1000:.1f} km"
    return f"{metres:.0f} m"


def format_range(low: float, high: float) -> str:
    """A distance range for a message: ``35 to 410 km``, ``250 m to 3.5 km``."""
    low_txt, high_txt = format_distance(low), format_distance(high)
    if low_txt.split()[1] == high_txt.split()[1]:
        low_txt = low_txt.split()[0]
    return f"{low_txt} to {high_txt}"


def round_up(metres: float) -> int:
    """Round a distance up to three significant digits (409,512 -> 410,000)."""
    if metres <= 0:
        return 1
    step = 10 ** max(math.floor(math.log10(metres)) - 2, 0)
    return int(math.ceil(metres / step) * step)
