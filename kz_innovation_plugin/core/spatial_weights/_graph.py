"""Checks of the layer, graph assembly, island policies and the final transform.

Graphs are ``libpysal.graph.Graph`` objects: an adjacency table (focal, neighbour, weight)
where a feature without neighbours is a self-link of weight 0.  Contiguity weights arrive
as :class:`._links.Links` instead (the same links by position, libpysal not imported), and
the island policies and the transform keep them so.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd

from .._checks import describe_ids
from ..errors import LayerError, ParameterError
from ._distance import crs_label, distance_crs, nearest, representative_points
from ._links import Links, edges_ids
from ._options import WeightsOptions

if TYPE_CHECKING:  # pragma: no cover
    from libpysal.graph import Graph


def plural(count: int, word: str) -> str:
    """``1 feature`` / ``3 features``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def check_layer(layer: gpd.GeoDataFrame) -> None:
    """Unique ids, at least 2 features, every geometry present.

    Raises
    ------
    ParameterError
        Ids (the layer index) that are not unique.
    LayerError
        Not a layer, fewer than 2 features, or empty geometries.
    """
    if not isinstance(layer, gpd.GeoDataFrame):
        raise LayerError(
            f"Spatial weights need a vector layer (GeoDataFrame), not {type(layer).__name__}."
        )
    ids = layer.index
    if not ids.is_unique:
        repeated = describe_ids(ids[ids.duplicated()].unique())
        raise ParameterError(
            f"The layer's feature ids are not unique (ids {repeated} "
            "occur more than once); spatial weights need one id per feature: use a field with "
            "unique values (e.g. unit_id) as the id."
        )
    if len(layer) < 2:
        raise LayerError(
            f"The layer has {plural(len(layer), 'feature')}: a layer with one feature has no "
            "neighbours; spatial statistics need at least 3 features."
        )
    empty = (layer.geometry.isna() | layer.geometry.is_empty).to_numpy()
    if empty.any():
        raise LayerError(
            f"{plural(int(empty.sum()), 'feature')} of the layer have no geometry (ids "
            f"{describe_ids(ids[empty])}): remove them or repair their geometry, then build the "
            "spatial weights again."
        )


def graph_from_edges(ids: pd.Index, focal, neighbour, weight) -> Graph:
    """A Graph in layer order from positions of links; features without links become isolates."""
    from libpysal.graph import Graph

    focal, neighbour = np.asarray(focal, dtype=np.intp), np.asarray(neighbour, dtype=np.intp)
    weight = np.asarray(weight, dtype=float)
    lonely = np.setdiff1d(np.arange(len(ids)), focal)
    focal = np.concatenate([focal, lonely])
    neighbour = np.concatenate([neighbour, lonely])
    weight = np.concatenate([weight, np.zeros(len(lonely))])
    order = np.lexsort((neighbour, focal))
    return Graph.from_arrays(ids.take(focal[order]), ids.take(neighbour[order]), weight[order])


def edges_links(ids: pd.Index, focal, neighbour, weight) -> Links:
    """The links of :func:`graph_from_edges`'s Graph, which they build on demand.

    ``focal`` and ``neighbour`` are positions of links other than self-links.
    """
    focal, neighbour = np.asarray(focal, dtype=np.intp), np.asarray(neighbour, dtype=np.intp)
    weight = np.asarray(weight, dtype=float)
    order = np.lexsort((neighbour, focal))
    return Links(
        unique_ids=edges_ids(ids), focal=focal[order], neighbour=neighbour[order],
        weight=weight[order],
        make_graph=partial(graph_from_edges, ids, focal, neighbour, weight),
    )


def graph_links(graph: Graph | Links, ids: pd.Index):
    """Positions (in ``ids``) and weights of the graph's links, isolate self-links dropped."""
    if isinstance(graph, Links):
        return graph.focal, graph.neighbour, graph.weight.astype(float)
    adjacency = graph.adjacency
    focal = ids.get_indexer(adjacency.index.get_level_values(0))
    neighbour = ids.get_indexer(adjacency.index.get_level_values(1))
    weight = adjacency.to_numpy(dtype=float)
    real = ~((focal == neighbour) & (weight == 0))
    return focal[real], neighbour[real], weight[real]


def resolve_islands(graph: Graph, layer: gpd.GeoDataFrame, options: WeightsOptions,
                    described: str, hint: str = "", xy: np.ndarray | None = None):
    """Apply the island policy to the features without neighbours.

    Parameters
    ----------
    graph : libpysal.graph.Graph or Links
        Weights before the transform.
    layer : geopandas.GeoDataFrame
        The layer (for distances under ``attach``).
    options : WeightsOptions
        ``island_policy`` and ``attach_k``.
    described : str
        The neighbour rule, for messages (``queen contiguity``).
    hint : str
        Extra advice for the ``stop`` error.
    xy : numpy.ndarray or None
        Representative points in the distance CRS, when already computed.

    Returns
    -------
    tuple
        graph (Links when given Links), islands (isolate), attached (attach), notes,
        distance CRS label or None.
    """
    isolates = list(graph.isolates)
    if not isolates:
        return graph, [], [], [], None
    count = plural(len(isolates), "feature")
    if options.island_policy == "stop":
        raise ParameterError(
            f"{count} {'has' if len(isolates) == 1 else 'have'} no neighbours under {described} "
            f"(ids {describe_ids(isolates)}). Choose an island policy: 'stop' (this error), "
            "'isolate' (keep them without neighbours; statistics label them isolated) or "
            f"'attach' (link each to its nearest feature).{hint}"
        )
    if options.island_policy == "isolate":
        note = f"{count} without neighbours kept as isolated: {describe_ids(isolates)}."
        return graph, isolates, [], [note], None
    # attach: nearest features by the distance between representative points (scipy KD-tree)
    ids = layer.index
    crs = distance_crs(layer)
    label = crs_label(crs)
    if xy is None:
        xy = representative_points(layer, crs)
    k = min(options.attach_k, len(ids) - 1)
    focal, neighbour, weight = graph_links(graph, ids)
    link = weight.min() if len(weight) else 1.0  # as weak as the weakest existing link
    new_f, new_n, _ = nearest(xy, k, ids.get_indexer(isolates))
    focal = np.concatenate([focal, new_f, new_n])
    neighbour = np.concatenate([neighbour, new_n, new_f])
    weight = np.concatenate([weight, np.full(2 * len(new_f), link)])
    first = ~pd.Index(focal.astype(np.int64) * len(ids) + neighbour).duplicated()
    edges = edges_links if isinstance(graph, Links) else graph_from_edges
    graph = edges(ids, focal[first], neighbour[first], weight[first])
    note = (
        f"{count} without neighbours linked, in both directions, to their "
        f"{'nearest feature' if k == 1 else f'{k} nearest features'} (distance between "
        f"representative points, in "
        f"{crs.name}): {describe_ids(isolates)}."
    )
    return graph, [], isolates, [note], label


def finish(graph: Graph | Links, options: WeightsOptions, notes: list[str]):
    """Apply the transform and report connected components.

    Returns
    -------
    tuple
        The transformed graph (Links as they are: they are transformed when read) and its
        number of connected components.
    """
    if isinstance(graph, Links):
        components, labels = graph.components()
    else:
        graph = graph.transform(options.transform)
        # scipy connected components (weak for asymmetric)
        components, labels = int(graph.n_components), graph.component_labels.to_numpy()
    if components > 1:
        sizes = np.sort(np.unique(labels, return_counts=True)[1])[::-1]  # largest first
        notes.append(
            f"The weights form {components} disconnected groups of features (sizes "
            f"{describe_ids(sizes)}); spatial lags never cross from one group to another."
        )
    return graph, components
