"""Spatial weights of a layer: who is whose neighbour, and with what weight.

The graphs are ``libpysal.graph.Graph`` objects indexed by the layer's own index.
libpysal builds k-nearest-neighbour, distance-band and kernel graphs and reads/writes GAL
and GWT files; contiguity (shared boundaries) is libpysal's vertex-based
``Graph.build_contiguity``, computed vectorised by :mod:`._contiguity` (the same Graph,
tested against libpysal, which remains the reference and builds what that module leaves
to it); pyproj and geopandas put the representative points in a CRS in metres, so
distances are true distances even for a layer in degrees; scipy finds nearest neighbours
for islands, defaults and adaptive bandwidths.

Contiguity weights keep their links as arrays (:mod:`._links`) and build their libpysal
Graph only when ``SpatialWeights.graph`` is read: the statistics read ``sparse`` and
``unique_ids``, so that a run on contiguity weights does not import libpysal (nor, through
it, scipy.stats, scikit-learn and numba).

Features without neighbours ("islands") stop the build, stay isolated, or are attached
to their nearest features, as the analyst chooses.
"""

from ._build import build_weights
from ._distance import distance_crs
from ._io import load_weights, save_weights
from ._options import (
    FILE_METHOD,
    ISLAND_POLICIES,
    KERNELS,
    TRANSFORMS,
    WEIGHT_METHODS,
    SpatialWeights,
    WeightsOptions,
    nonzero_links,
)

__all__ = [
    "FILE_METHOD", "ISLAND_POLICIES", "KERNELS", "TRANSFORMS", "WEIGHT_METHODS",
    "SpatialWeights", "WeightsOptions", "build_weights", "distance_crs", "load_weights",
    "nonzero_links", "save_weights",
]
