"""Zones of influence of the cores: the regions their multiplier effect reaches.

Three methods, each in its own module:

* ``"rings"`` -- :func:`contiguity_rings` (:mod:`.rings`): neighbour steps 1..K from a
  core through the spatial weights (libpysal graph, scipy ``csgraph``);
* ``"bands"`` -- :func:`distance_bands` and :func:`regions_in_bands` (:mod:`.bands`):
  distance rings around each core's boundary (shapely buffers, libpysal Voronoi split
  between cores);
* ``"gravity"`` -- :func:`gravity_potential` (:mod:`.gravity`): mass / distance ** beta
  potential, dominant core and Huff share (numpy).

Cores come as ``core_id``, an Int64 Series indexed like the layer (1..n for core
regions, <NA> elsewhere); regions sharing an id form one core.  Distances are measured
in a CRS in metres (:func:`..spatial_weights.distance_crs` unless one is given).  Each
per-region result has the columns ``core_id``, ``zone_order`` (or ``zone_class``),
``distance_km`` and ``method``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import pandas as pd

from ..choices import ZONE_METHOD
from ..errors import ParameterError
from .bands import check_bands, distance_bands, regions_in_bands
from .gravity import check_mass, gravity_potential
from .rings import contiguity_rings

__all__ = [
    "ZONE_METHODS", "ZoneResult", "check_bands", "check_mass", "contiguity_rings",
    "distance_bands", "gravity_potential", "influence_zones", "regions_in_bands",
]

#: the zone-of-influence methods, as named in parameters and outputs
ZONE_METHODS: tuple[str, ...] = ZONE_METHOD.values

#: name fields a zone layer of regions keeps, when the layer has them
_NAME_FIELDS = ("unit_id", "name_en", "name_ru")


@dataclass
class ZoneResult:
    """The zones of influence of the cores, by one method.

    Attributes
    ----------
    layer : geopandas.GeoDataFrame
        What a map draws: the zone regions (rings, gravity: with ``core_id``,
        ``zone_order`` and their names) or the band polygons (bands).
    assignment : pandas.DataFrame
        Per zone region, indexed like the input layer: ``core_id``, ``zone_order``,
        ``distance_km``, ``method`` (gravity: also the potentials and Huff shares); the
        multiplier effect reads it.
    method : str
        ``"rings"``, ``"bands"`` or ``"gravity"``.
    parameters : dict
        The method's settings (``max_order``, ``bands_km`` or ``beta``).
    """

    layer: gpd.GeoDataFrame
    assignment: pd.DataFrame
    method: str
    parameters: dict[str, Any] = field(default_factory=dict)


def influence_zones(layer: gpd.GeoDataFrame, core_id: pd.Series, method: str = "rings", *,
                    graph=None, max_order: int = 2,
                    bands_km=(100.0, 200.0, 300.0), mass: pd.Series | None = None,
                    beta: float = 2.0) -> ZoneResult:
    """The cores' zones of influence by ``method`` (one of :data:`ZONE_METHODS`).

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        The regions.
    core_id : pandas.Series
        Int64 on the layer index: the core of each core region, NA elsewhere.
    method : str
        ``"rings"`` (needs ``graph``, ``max_order``), ``"bands"`` (``bands_km``) or
        ``"gravity"`` (``mass``, ``beta``).

    Returns
    -------
    ZoneResult
    """
    if method == "rings":
        assignment = contiguity_rings(layer, core_id, graph, max_order)
        zones = layer.loc[assignment.index, [layer.geometry.name]].join(assignment)
        parameters: dict[str, Any] = {"max_order": max_order}
    elif method == "bands":
        zones = distance_bands(layer, core_id, list(bands_km))
        assignment = regions_in_bands(layer, core_id, list(bands_km))
        parameters = {"bands_km": list(bands_km)}
    elif method == "gravity":
        if mass is None:
            raise ParameterError("Gravity zones need a mass per region (MASS_FIELD).")
        potential = gravity_potential(layer, core_id, mass, beta)
        assignment = potential[core_id.reindex(potential.index).isna()].copy()
        assignment["zone_order"] = assignment["zone_class"]
        zones = layer[[layer.geometry.name]].join(
            potential.assign(zone_order=potential["zone_class"]))
        parameters = {"beta": beta}
    else:
        raise ParameterError(f"Unknown zone method {method!r}; use one of "
                             f"{', '.join(ZONE_METHODS)}.")
    zones = gpd.GeoDataFrame(zones, geometry=layer.geometry.name, crs=layer.crs)
    names = [c for c in _NAME_FIELDS if c in layer.columns]
    if method != "bands" and names:
        zones = zones.join(layer[names])
    return ZoneResult(layer=zones, assignment=assignment, method=method, parameters=parameters)
