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

from ..choices import ZONE_METHOD
from .bands import check_bands, distance_bands, regions_in_bands
from .gravity import check_mass, gravity_potential
from .rings import contiguity_rings

__all__ = [
    "ZONE_METHODS", "check_bands", "check_mass", "contiguity_rings", "distance_bands",
    "gravity_potential", "regions_in_bands",
]

#: the zone-of-influence methods, as named in parameters and outputs
ZONE_METHODS: tuple[str, ...] = ZONE_METHOD.values
