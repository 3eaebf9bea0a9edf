"""Queen and rook contiguity from shared vertices, vectorised.

The reference is libpysal: ``libpysal.graph.Graph.build_contiguity(geometry, rook=...)``
with its default ``strict=False`` (libpysal's "vertex set intersection"): two features are
queen neighbours when they share a vertex (equal x and y) and rook neighbours when they
share an edge (two consecutive vertices of one part, in either direction).  libpysal
builds that with a Python dict of sets, one loop step per vertex; here shapely extracts
the vertices (``get_coordinates``), pandas numbers equal coordinates (``factorize``) and
scipy.sparse pairs the features sharing one (a product of incidence matrices), so that
nothing loops over features or vertices in Python.

The result is the Graph libpysal builds, link for link and in its canonical order (ids
in layer order, neighbours in layer order, an island as a self-link of weight 0, binary
int64 weights); tests compare the two on grids, Voronoi cells and the bundled regions.

Everything libpysal does differently is left to libpysal: geometry types other than
(multi)polygons and (multi)lines, and ids other than numbers or text (see :func:`id_level`).
:func:`vertex_links` gives the links without importing libpysal (:mod:`._links`), which
the weights build uses; :func:`vertex_contiguity` wraps them in libpysal's Graph.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from scipy import sparse

from ._links import Links, graph_ids

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    from libpysal.graph import Graph

#: shapely type ids libpysal's vertex method accepts: LineString, Polygon,
#: MultiLineString, MultiPolygon
_VALID_TYPES = (1, 3, 5, 6)
#: the multi-part ones (their parts are split so that no edge joins two parts)
_MULTI_TYPES = (5, 6)


def id_level(ids: pd.Index) -> pd.Index | None:
    """The ids as libpysal's contiguity Graph holds them, or None to leave it to libpysal.

    libpysal turns the ids into a dict and back, so a column of text becomes pandas' text
    dtype; numbers keep their dtype.  Other ids (dates, categories, mixed objects, missing
    values) are left to libpysal itself.

    Parameters
    ----------
    ids : pandas.Index
        The layer index.

    Returns
    -------
    pandas.Index or None
        The ids in layer order as the levels of libpysal's adjacency index.
    """
    if ids.hasnans:
        return None
    if isinstance(ids.dtype, np.dtype) and ids.dtype.kind in "iuf":
        return pd.Index(np.asarray(ids))
    if pd.api.types.infer_dtype(ids, skipna=False) == "string":
        return pd.Index(np.asarray(ids, dtype=object))
    return None


def vertex_contiguity(geometry: gpd.GeoSeries, rook: bool) -> Graph | None:
    """libpysal's vertex-based queen/rook contiguity Graph, computed without Python loops.

    Parameters
    ----------
    geometry : geopandas.GeoSeries
        Geometries (none missing or empty) indexed by unique ids.
    rook : bool
        Rook (a shared edge) rather than queen (a shared vertex).

    Returns
    -------
    libpysal.graph.Graph or None
        Equal to ``Graph.build_contiguity(geometry, rook=rook)``; None when libpysal must
        build it (geometry types or ids :func:`id_level` leaves to libpysal).
    """
    links = vertex_links(geometry, rook)
    return None if links is None else links.make_graph()


def vertex_links(geometry: gpd.GeoSeries, rook: bool) -> Links | None:
    """The links of :func:`vertex_contiguity`'s Graph, without importing libpysal.

    Parameters
    ----------
    geometry : geopandas.GeoSeries
        Geometries (none missing or empty) indexed by unique ids.
    rook : bool
        Rook (a shared edge) rather than queen (a shared vertex).

    Returns
    -------
    Links or None
        Binary links in layer order whose ``make_graph`` builds
        ``Graph.build_contiguity(geometry, rook=rook)``; None when libpysal must build it.
    """
    level = id_level(geometry.index)
    geoms = np.asarray(geometry.array)
    if level is None or not np.isin(shapely.get_type_id(geoms), _VALID_TYPES).all():
        return None
    focal, neighbour = shared_vertex_links(geoms, rook)
    return Links(
        unique_ids=graph_ids(level), focal=focal, neighbour=neighbour,
        weight=np.ones(len(focal), dtype=np.int64),
        make_graph=partial(links_graph, level, focal, neighbour),
    )


def shared_vertex_links(geoms: np.ndarray, rook: bool) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the features sharing a vertex (queen) or an edge (rook).

    As libpysal: x and y are compared exactly (-0.0 equals 0.0, a NaN equals nothing),
    an edge joins consecutive vertices of one part (the rings of a polygon follow one
    another, so the step from its shell to a hole counts as an edge, as in libpysal) and
    a feature's own vertices or edges do not make it its own neighbour.

    Parameters
    ----------
    geoms : numpy.ndarray
        shapely (multi)polygons or (multi)lines.
    rook : bool
        Shared edges rather than shared vertices.

    Returns
    -------
    tuple of numpy.ndarray
        ``focal`` and ``neighbour`` positions (intp) of every link, both directions,
        sorted by focal then neighbour.
    """
    n = len(geoms)
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    vertex = _vertex_codes(coords)
    if rook:
        part = _part_of_coordinates(geoms, owner)
        edge = part[:-1] == part[1:]
        a, b = vertex[:-1][edge], vertex[1:][edge]
        known = (a >= 0) & (b >= 0)
        # an edge in either direction: (smaller, larger) vertex code
        low, high = np.minimum(a, b)[known], np.maximum(a, b)[known]
        key = pd.factorize(low * (int(vertex.max()) + 1) + high)[0]
        key_owner = owner[:-1][edge][known]
    else:
        known = vertex >= 0
        key, key_owner = vertex[known], owner[known]
    return _pairs_sharing_a_key(key, key_owner, n)


def _vertex_codes(coords: np.ndarray) -> np.ndarray:
    """One int64 code per distinct (x, y) (pandas ``factorize``); -1 where x or y is NaN."""
    coords = np.ascontiguousarray(coords + 0.0)  # -0.0 -> 0.0, as libpysal's equal tuples
    # x + iy: one hashable value per vertex, equal exactly when x and y are equal
    code = pd.factorize(coords.view(np.complex128).ravel())[0].astype(np.int64)
    code[np.isnan(coords).any(axis=1)] = -1
    return code


def _part_of_coordinates(geoms: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """For each coordinate of ``geoms``, the number of the part (single geometry) it is in."""
    if not np.isin(shapely.get_type_id(geoms), _MULTI_TYPES).any():
        return owner
    parts = shapely.get_parts(geoms)
    counts = shapely.get_num_coordinates(parts)
    return np.repeat(np.arange(len(parts)), counts)


def _pairs_sharing_a_key(key: np.ndarray, owner: np.ndarray, n: int):
    """Every ordered pair of distinct owners that share a key, once, sorted.

    scipy.sparse does the pairing: with ``B`` the (features x keys) incidence matrix,
    ``B @ B.T`` is non-zero exactly where two features share a key.

    Parameters
    ----------
    key : numpy.ndarray
        Non-negative int64 codes (a vertex or an edge), one per occurrence.
    owner : numpy.ndarray
        The feature position of each occurrence.
    n : int
        Number of features.

    Returns
    -------
    tuple of numpy.ndarray
        focal and neighbour positions (intp), sorted by focal then neighbour.
    """
    keys = int(key.max()) + 1 if len(key) else 0
    incidence = sparse.csr_matrix(
        (np.ones(len(key), dtype=np.int32), (owner, key)), shape=(n, keys)
    )
    shared = (incidence @ incidence.T).tocsr()
    shared.sort_indices()
    focal = np.repeat(np.arange(n, dtype=np.intp), np.diff(shared.indptr))
    neighbour = shared.indices.astype(np.intp)
    other = focal != neighbour
    return focal[other], neighbour[other]


def links_graph(level: pd.Index, focal: np.ndarray, neighbour: np.ndarray) -> Graph:
    """The binary libpysal Graph of sorted links, in libpysal's canonical form.

    A feature without links gets a self-link of weight 0 (libpysal's island).  The
    adjacency index has the ids in layer order as both levels and the positions as codes,
    which is the form ``Graph.__init__`` sorts into, so libpysal's sort is skipped
    (``is_sorted=True``).

    Parameters
    ----------
    level : pandas.Index
        The ids (:func:`id_level`).
    focal, neighbour : numpy.ndarray
        Positions of the links, sorted by focal then neighbour, no self-links.

    Returns
    -------
    libpysal.graph.Graph
    """
    from libpysal.graph import Graph

    n = len(level)
    weight = np.ones(len(focal), dtype=np.int64)  # libpysal's dtype=int
    lonely = np.ones(n, dtype=bool)
    lonely[focal] = False
    if lonely.any():
        island = np.flatnonzero(lonely)
        focal = np.concatenate([focal, island])
        neighbour = np.concatenate([neighbour, island])
        weight = np.concatenate([weight, np.zeros(len(island), dtype=np.int64)])
        order = np.argsort(focal, kind="stable")  # an island has no other link
        focal, neighbour, weight = focal[order], neighbour[order], weight[order]
    index = pd.MultiIndex(
        levels=[level, level],
        codes=[focal, neighbour],
        names=["focal", "neighbor"],
        verify_integrity=False,
    )
    return Graph(pd.Series(weight, index=index, name="weight"), is_sorted=True)
