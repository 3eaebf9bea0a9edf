"""Build spatial weights of a layer with libpysal.graph (contiguity, knn, distance band, kernel).

Queen and rook contiguity are libpysal's vertex-based ``Graph.build_contiguity``, computed
by :mod:`._contiguity` with numpy (the same Graph, link for link, without libpysal's loop
over vertices) and kept as links (:mod:`._links`) whose Graph is built only when asked
for, so that contiguity weights and the statistics on them never import libpysal;
libpysal builds them itself for inputs that module leaves to it and, with
``strict=True``, when the boundaries are not topologically clean.  libpysal is imported
where it is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pyproj
import shapely

from .._checks import describe_ids
from ..errors import CancelledError, LayerError, ParameterError
from ._contiguity import vertex_links
from ._distance import (
    crs_label,
    distance_crs,
    format_distance,
    format_range,
    nearest,
    representative_points,
    round_up,
)
from ._graph import check_layer, finish, graph_from_edges, plural, resolve_islands
from ._links import Links
from ._options import FILE_METHOD, SpatialWeights, WeightsOptions

if TYPE_CHECKING:  # pragma: no cover
    from libpysal.graph import Graph

#: shapely type ids of Point and MultiPoint
_POINT_TYPES = (0, 4)
#: our kernel names -> libpysal.kernels names
_LIBPYSAL_KERNELS = {"epanechnikov": "parabolic", "uniform": "boxcar"}
#: adaptive bandwidth slightly beyond the k-th neighbour so that it keeps a (tiny) weight,
#: as libpysal's classic ``weights.Kernel`` does
_EPS = 1e-7


def _step(progress, cancelled, fraction: float) -> None:
    """Report ``fraction`` done, or stop when the user cancelled."""
    if cancelled is not None and cancelled():
        raise CancelledError("Building the spatial weights was cancelled; nothing was written.")
    if progress is not None:
        progress(fraction)


def build_weights(layer: gpd.GeoDataFrame, options: WeightsOptions | None = None, *,
                  progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> SpatialWeights:
    """Spatial weights of a layer.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Features with unique index values (they become the weights' ids).
    options : WeightsOptions or None
        Method, parameters, transform and island policy; defaults to row-standardised queen.
    progress : callable, optional
        Called with the fraction done (0 to 1) after each stage (neighbours, islands,
        transform).
    cancelled : callable, optional
        Asked between the stages; when it returns True the build stops with
        :class:`~kz_innovation_plugin.core.errors.CancelledError`.

    Returns
    -------
    SpatialWeights
        Weights in layer order with islands, components, the distance CRS and notes.

    Raises
    ------
    ParameterError
        Non-unique ids, k too large, a band that links nothing, or islands under "stop".
    LayerError
        Fewer than 2 features, empty geometries, no CRS (distance methods), or points for
        contiguity.
    """
    options = WeightsOptions() if options is None else options
    if options.method == FILE_METHOD:
        raise ParameterError("Weights of method 'file' are read with load_weights, not built.")
    check_layer(layer)
    _step(progress, cancelled, 0.0)
    method, ids, n = options.method, layer.index, len(layer)
    notes: list[str] = []
    label = xy = band = None
    hint = ""
    if method in ("queen", "rook"):
        graph = _contiguity(layer, method == "rook", notes)
        touch = "edge" if method == "rook" else "point"
        described = f"{method} contiguity (they share no boundary {touch} with another feature)"
    else:
        crs = distance_crs(layer)
        label = crs_label(crs)
        degrees = pyproj.CRS(layer.crs).is_geographic
        notes.append(
            f"Distances between representative points measured in metres in {label}"
            + (" (the layer is in degrees)." if degrees else ".")
        )
        xy = representative_points(layer, crs)
        points = gpd.GeoSeries(gpd.points_from_xy(xy[:, 0], xy[:, 1]), index=ids, crs=crs)
        if method == "knn" or (method == "kernel" and options.band is None):
            if options.k >= n:
                raise ParameterError(
                    f"k = {options.k} nearest neighbours needs at least {options.k + 1} "
                    f"features; the layer has {n}: choose k of at most {n - 1}."
                )
        if method == "knn":
            graph = _knn(points, xy, options.k, notes)
            described = "knn"
        elif method == "kernel" and options.band is None:
            graph = _adaptive_kernel(ids, xy, options, notes)
            described = "an adaptive kernel"
        else:
            graph, band, described, hint = _band(points, xy, options, label, degrees, notes)
    _step(progress, cancelled, 0.6)
    graph, islands, attached, more, attach_label = resolve_islands(
        graph, layer, options, described, hint, xy
    )
    notes.extend(more)
    _step(progress, cancelled, 0.8)
    graph, components = finish(graph, options, notes)
    _step(progress, cancelled, 1.0)
    return SpatialWeights(
        graph=graph, ids=ids, islands=islands, attached=attached, components=components,
        distance_crs=label or attach_label, band=band, options=options, notes=notes,
    )


def _contiguity(layer: gpd.GeoDataFrame, rook: bool, notes: list[str]) -> Links | Graph:
    """Queen/rook contiguity; recomputed geometrically if islands in fact touch others.

    Links (libpysal not imported) when :func:`._contiguity.vertex_links` computes them,
    otherwise libpysal's Graph.
    """
    if np.isin(shapely.get_type_id(np.asarray(layer.geometry.array)), _POINT_TYPES).all():
        raise LayerError(
            "Queen and rook contiguity need polygons (shared boundaries), but the layer holds "
            "points: use the knn, distance_band or kernel method."
        )
    # libpysal's fast method compares shared vertices: exact for a clean coverage.
    # vertex_links gives the same links vectorised; None leaves it to libpysal.
    graph = vertex_links(layer.geometry, rook)
    if graph is None:
        from libpysal.graph import Graph

        graph = Graph.build_contiguity(layer.geometry, rook=rook)
    isolates = graph.isolates
    if len(isolates):
        geoms = np.asarray(layer.geometry.array)
        island_pos = layer.index.get_indexer(isolates)
        # shapely STRtree: do any "islands" intersect another feature after all?
        src, hit = shapely.STRtree(geoms).query(geoms[island_pos], predicate="intersects")
        touching = island_pos[src][hit != island_pos[src]]
        if len(touching):
            from libpysal.graph import Graph

            graph = Graph.build_contiguity(layer.geometry, rook=rook, strict=True)
            notes.append(
                f"Features {describe_ids(layer.index[np.unique(touching)])} touch other features "
                "without sharing boundary vertices (the boundaries are not topologically "
                "clean), so contiguity was computed from the geometries themselves (slower)."
            )
    return graph


def _knn(points: gpd.GeoSeries, xy: np.ndarray, k: int, notes: list[str]) -> Graph:
    """k nearest neighbours; coincident points have their ties broken by layer order."""
    coincident = len(xy) - len(np.unique(xy, axis=0))
    if not coincident:
        from libpysal.graph import Graph

        return Graph.build_knn(points, k=k)
    # libpysal refuses coincident points; the KD-tree search breaks ties by layer order
    focal, neighbour, _ = nearest(xy, k)
    notes.append(
        f"{plural(coincident, 'feature')} share a location with another feature; ties among "
        "equally near neighbours were broken by layer order."
    )
    return graph_from_edges(points.index, focal, neighbour, np.ones(len(focal)))


def _adaptive_kernel(ids, xy: np.ndarray, options: WeightsOptions, notes: list[str]) -> Graph:
    """Kernel weights with each feature's bandwidth the distance to its k-th neighbour.

    ``Graph.build_kernel(k=...)`` uses one bandwidth for all (the largest k-th neighbour
    distance), so the per-feature bandwidth is applied here with libpysal's kernel functions.
    """
    from libpysal.kernels import kernel as kernel_function

    k = options.k
    focal, neighbour, dist = nearest(xy, k)
    kth = dist.reshape(-1, k)[:, -1]
    width = np.repeat(kth * (1 + _EPS), k)
    scaled = np.divide(dist, width, out=np.zeros_like(dist), where=width > 0)
    name = _LIBPYSAL_KERNELS.get(options.kernel, options.kernel)
    weight = kernel_function(scaled, 1.0, kernel=name)
    keep = weight > 0
    notes.append(
        f"Adaptive {options.kernel} kernel: each feature's bandwidth is the distance to its "
        f"{_ordinal(k)} nearest neighbour "
        f"({format_range(kth.min(), kth.max())})."
    )
    return graph_from_edges(ids, focal[keep], neighbour[keep], weight[keep])


def _band(points: gpd.GeoSeries, xy: np.ndarray, options: WeightsOptions, label: str,
          degrees: bool, notes: list[str]):
    """Distance band (binary) or fixed-bandwidth kernel; the default band links everyone."""
    from libpysal.graph import Graph

    nn = nearest(xy, 1)[2]
    band = options.band
    if band is None:  # smallest band with a neighbour for every feature (tiny margin)
        band = max(float(nn.max()) * (1 + 1e-9), 1e-3)
        notes.append(
            f"Distance band {format_distance(band)} ({band:,.0f} m): the smallest band that "
            "gives every feature at least one neighbour (the largest nearest-neighbour "
            "distance)."
        )
    if options.method == "kernel":
        name = _LIBPYSAL_KERNELS.get(options.kernel, options.kernel)
        graph = Graph.build_distance_band(
            points, band, binary=False, kernel=name, bandwidth=band
        )
        what = "Kernel bandwidth"
    else:
        graph = Graph.build_distance_band(points, band)
        what = "Distance band"
    if len(graph.isolates) == len(points):
        raise ParameterError(
            f"{what} {band:.10g} m leaves every feature without a neighbour; the nearest "
            f"neighbours are {format_range(nn.min(), nn.max())} apart. Distances are measured "
            f"in metres (in {label})"
            f"{' even for a layer in degrees' if degrees else ''}: give the band in metres, "
            f"e.g. {round_up(float(nn.max()))}."
        )
    described = f"a {what.lower()} of {format_distance(band)}"
    hint = f" Or widen the band: from {round_up(float(nn.max()))} m every feature has one."
    return graph, band, described, hint


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffixes = {1: "st", 2: "nd", 3: "rd"}
    suffix = "th" if 10 <= number % 100 <= 20 else suffixes.get(number % 10, "th")
    return f"{number}{suffix}"
