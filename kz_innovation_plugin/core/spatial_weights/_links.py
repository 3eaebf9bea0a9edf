"""Contiguity weights as arrays in layer order, without libpysal.

The statistics read only the weights matrix, the ids, the islands and the connected
components.  For queen and rook contiguity (:mod:`._contiguity`) these come here from the
links between features, by position, with numpy, pandas and scipy.sparse; the libpysal
``Graph`` of the same weights is built only when some code asks for it
(:attr:`~._options.SpatialWeights.graph`).  Importing libpysal also imports scipy.stats,
scikit-learn and numba, about a second on every run of a statistic, for a Graph that the
statistics would only turn back into this matrix.

Everything here equals what libpysal computes from its Graph: ``sparse`` is
``Graph.transform(t).sparse`` (rows and columns in layer order, an island's zero self-link
stored on the diagonal), ``unique_ids`` is ``Graph.unique_ids`` and the components are
``Graph.n_components``; tests compare each with the Graph built on demand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse

if TYPE_CHECKING:  # pragma: no cover
    from libpysal.graph import Graph


@dataclass(eq=False)
class Links:
    """Links between features before the transform, by position in layer order.

    Attributes
    ----------
    unique_ids : pandas.Index
        The ids in layer order as the libpysal Graph of these links holds them (its
        ``unique_ids``, named ``focal``).
    focal, neighbour : numpy.ndarray
        Positions (intp) of the two ends of each link, sorted by focal then neighbour,
        both directions, no self-links.
    weight : numpy.ndarray
        Weight of each link, positive and equal within a row (contiguity and its attached
        islands weigh 1), so that row sums are exact.
    make_graph : callable
        Builds the libpysal Graph of these links before the transform (imports libpysal).
    """

    unique_ids: pd.Index
    focal: np.ndarray
    neighbour: np.ndarray
    weight: np.ndarray
    make_graph: Callable[[], Graph]
    _sparse: dict = field(default_factory=dict, repr=False)

    @property
    def n(self) -> int:
        """Number of features."""
        return len(self.unique_ids)

    def lonely(self) -> np.ndarray:
        """Positions of the features without links, in layer order."""
        linked = np.zeros(self.n, dtype=bool)
        linked[self.focal] = True
        return np.flatnonzero(~linked)

    @property
    def isolates(self) -> pd.Index:
        """Ids of the features without links (libpysal's ``Graph.isolates``)."""
        return self.unique_ids[self.lonely()]

    def sparse(self, transform: str) -> sparse.csr_array:
        """The weights after ``transform`` as libpysal's ``Graph.transform(...).sparse``.

        Parameters
        ----------
        transform : str
            ``r`` (each row divided by its sum) or ``b`` (every link 1).

        Returns
        -------
        scipy.sparse.csr_array
            Float weights, rows and columns in layer order; a feature without links has
            its zero self-link stored, as libpysal keeps it.
        """
        key = transform.lower()
        if key not in self._sparse:
            self._sparse[key] = self._transformed(key)
        return self._sparse[key]

    def _transformed(self, transform: str) -> sparse.csr_array:
        n, focal = self.n, self.focal
        if transform == "r":
            sums = np.bincount(focal, weights=self.weight, minlength=n)
            values = self.weight / sums[focal]
        elif transform == "b":
            values = np.ones(len(focal))
        else:
            raise ValueError(f"Unknown weights transform {transform!r}; expected 'r' or 'b'.")
        island = self.lonely()
        rows = np.concatenate([focal, island])
        cols = np.concatenate([self.neighbour, island])
        data = np.concatenate([values.astype(float), np.zeros(len(island))])
        return sparse.csr_array(sparse.coo_array((data, (rows, cols)), shape=(n, n)))

    def components(self) -> tuple[int, np.ndarray]:
        """Connected components, as libpysal's ``Graph.n_components``, and their labels.

        A link joins its two features whatever its direction (scipy's weak components,
        which libpysal counts); an island is a component of its own.
        """
        labels = component_roots(self.n, self.focal, self.neighbour)
        return int(np.count_nonzero(labels == np.arange(self.n))), labels


def component_roots(n: int, focal: np.ndarray, neighbour: np.ndarray) -> np.ndarray:
    """For each feature, the smallest position in its connected component.

    Union-find by rounds, vectorised with numpy (scipy's ``csgraph`` would bring
    ``scipy.linalg`` with it, a tenth of a second on every run): every tree is a feature
    whose parent has a smaller position, so there are no cycles; each round hooks the root
    of every link's larger end to the smaller root (the smallest when several compete),
    then points every feature at its root.  A root either is hooked or receives a hook, so
    the trees of a component at least halve each round: about log2(n) rounds.

    Parameters
    ----------
    n : int
        Number of features.
    focal, neighbour : numpy.ndarray
        Positions of the two ends of each link.

    Returns
    -------
    numpy.ndarray
        intp label of each feature: the smallest position of its component.
    """
    parent = np.arange(n)
    while True:
        low = np.minimum(parent[focal], parent[neighbour])
        high = np.maximum(parent[focal], parent[neighbour])
        apart = low != high
        if not apart.any():
            return parent
        np.minimum.at(parent, high[apart], low[apart])
        while True:  # point every feature at its root
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand


def graph_ids(ids: pd.Index) -> pd.Index:
    """``ids`` as a libpysal Graph's ``unique_ids`` holds them: a level named ``focal``.

    pandas turns a level of text into its text dtype; building the level the way the Graph
    does gives the same dtype and name.
    """
    positions = np.arange(len(ids))
    index = pd.MultiIndex(levels=[ids], codes=[positions], names=["focal"],
                          verify_integrity=False)
    return index.get_level_values(0)


def edges_ids(ids: pd.Index) -> pd.Index:
    """``ids`` as ``Graph.from_arrays`` (:func:`._graph.graph_from_edges`) holds them.

    The Graph factorises the ids into a level and reindexes it by their values, so a
    RangeIndex, for one, becomes an int64 level.
    """
    values = pd.MultiIndex.from_arrays([ids], names=["focal"]).get_level_values(0).unique()
    values = values.values
    return graph_ids(pd.Index(values, dtype=values.dtype))
