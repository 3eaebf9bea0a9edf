"""Choices of a spatial weights build and the resulting weights with their report."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy import sparse

from .._checks import unknown_choice
from ..choices import ISLAND_POLICY, KERNEL, TRANSFORM, WEIGHT_METHOD
from ..errors import ParameterError
from ._links import Links

if TYPE_CHECKING:  # pragma: no cover
    from libpysal.graph import Graph

#: how neighbours are defined
WEIGHT_METHODS = WEIGHT_METHOD.values
#: what to do with features that end up without neighbours
ISLAND_POLICIES = ISLAND_POLICY.values
#: row-standardised or binary weights
TRANSFORMS = TRANSFORM.values
#: kernel functions offered (canonical names)
KERNELS = KERNEL.values
#: other accepted kernel names -> canonical name
KERNEL_ALIASES = KERNEL.aliases
#: ``options.method`` of weights read by ``load_weights`` (not a build method)
FILE_METHOD = "file"


def _choice(value: Any, valid: tuple[str, ...], what: str, aliases: dict | None = None) -> str:
    """Normalise a text choice, or raise ParameterError listing the valid values."""
    text = str(value).strip().lower()
    text = (aliases or {}).get(text, text)
    if text not in valid:
        raise unknown_choice(what, value, valid)
    return text


def _whole(value: Any, what: str) -> int:
    """Check a whole number of at least 1."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) \
            or value < 1:
        raise ParameterError(f"{what} must be a whole number of at least 1 (got {value!r}).")
    return int(value)


@dataclass
class WeightsOptions:
    """How to build spatial weights.

    Attributes
    ----------
    method : str
        One of :data:`WEIGHT_METHODS`: ``queen``/``rook`` contiguity (shared boundary
        point/edge), ``knn`` (k nearest features), ``distance_band`` (all features within
        ``band`` metres) or ``kernel`` (distance-decay weights).
    k : int
        knn: number of neighbours; kernel without ``band``: adaptive bandwidth, the
        distance to each feature's k-th nearest neighbour.
    band : float or None
        Distance band or fixed kernel bandwidth, in metres. None: for ``distance_band``
        the smallest band that gives every feature a neighbour; for ``kernel`` an
        adaptive bandwidth (see ``k``).
    kernel : str
        One of :data:`KERNELS` (``quartic`` = bisquare, ``parabolic`` = epanechnikov,
        ``boxcar`` = uniform).
    transform : str
        ``r`` row-standardised (each row sums to 1) or ``b`` binary (every link 1).
    island_policy : str
        Features without neighbours: ``stop`` (error), ``isolate`` (keep them without
        neighbours) or ``attach`` (link each to its ``attach_k`` nearest features).
    attach_k : int
        Neighbours given to each island under ``attach``.
    """

    method: str = "queen"
    k: int = 4
    band: float | None = None
    kernel: str = "triangular"
    transform: str = "r"
    island_policy: str = "stop"
    attach_k: int = 1

    def __post_init__(self) -> None:
        if str(self.method).strip().lower() == FILE_METHOD:
            self.method = FILE_METHOD
        else:
            self.method = _choice(self.method, WEIGHT_METHODS, "weights method")
        self.k = _whole(self.k, "k (number of nearest neighbours)")
        self.attach_k = _whole(self.attach_k, "attach_k (neighbours given to each island)")
        if self.band is not None:
            try:
                band = float(self.band)
            except (TypeError, ValueError):
                band = math.nan
            if not math.isfinite(band) or band <= 0:
                raise ParameterError(
                    f"Distance band must be a positive number of metres, or empty for the "
                    f"automatic band (got {self.band!r})."
                )
            self.band = band
        self.kernel = _choice(self.kernel, KERNELS, "kernel", KERNEL_ALIASES)
        self.transform = _choice(self.transform, TRANSFORMS, "weights transform")
        self.island_policy = _choice(self.island_policy, ISLAND_POLICIES, "island policy")


class SpatialWeights:
    """Spatial weights of a layer and how they were made.

    The statistics read :attr:`sparse` and :attr:`unique_ids`, as they would read a libpysal
    Graph's.  Contiguity weights hold their links as arrays (:class:`._links.Links`) and
    build the libpysal :attr:`graph` only when it is asked for, so that a statistic on them
    does not import libpysal; other weights are built by libpysal and hold its Graph.

    Attributes
    ----------
    graph : libpysal.graph.Graph
        Weights indexed by the layer's index, transform applied (built on first use for
        contiguity weights).
    sparse : scipy.sparse.csr_array
        The weights as ``graph.sparse``: rows and columns in the order of ``unique_ids``.
    unique_ids : pandas.Index
        The ids as ``graph.unique_ids`` holds them (layer order).
    ids : pandas.Index
        The layer index, in layer order.
    islands : list
        Ids without neighbours in ``graph`` (policy ``isolate``); [] otherwise.
    attached : list
        Ids that had no neighbours and were linked to their nearest features (``attach``).
    components : int
        Connected components of the graph (each island is one).
    distance_crs : str or None
        CRS distances were measured in (name and PROJ string); None when none were.
    band : float or None
        Distance band or fixed kernel bandwidth used, metres.
    options : WeightsOptions
        The options; ``method`` is ``"file"`` for weights read by ``load_weights``.
    notes : list of str
        What was chosen or found, for the analyst.
    source : pathlib.Path or None
        The GAL/GWT file the weights were read from (``load_weights``).
    """

    def __init__(self, *, graph: Graph | Links, ids: pd.Index, islands: list, attached: list,
                 components: int, distance_crs: str | None, band: float | None,
                 options: WeightsOptions, notes: list[str] | None = None,
                 source: Path | None = None) -> None:
        """Weights from a transformed libpysal Graph, or from untransformed contiguity
        :class:`._links.Links` whose Graph (``options.transform`` applied) is built when
        :attr:`graph` is first read."""
        self._links = graph if isinstance(graph, Links) else None
        self._graph = None if self._links is not None else graph
        self.ids = ids
        self.islands = islands
        self.attached = attached
        self.components = components
        self.distance_crs = distance_crs
        self.band = band
        self.options = options
        self.notes = [] if notes is None else notes
        self.source = source

    def __repr__(self) -> str:
        return (
            f"SpatialWeights(method={self.options.method!r}, transform="
            f"{self.options.transform!r}, features={self.n}, islands={len(self.islands)}, "
            f"components={self.components})"
        )

    @property
    def graph(self) -> Graph:
        """The libpysal Graph of the weights, transform applied (imports libpysal)."""
        if self._graph is None:
            self._graph = self._links.make_graph().transform(self.options.transform)
        return self._graph

    @property
    def sparse(self):
        """The weights as a scipy CSR array, as libpysal's ``Graph.sparse``."""
        if self._links is not None:
            return self._links.sparse(self.options.transform)
        return self._graph.sparse

    @property
    def unique_ids(self) -> pd.Index:
        """The ids in the order of :attr:`sparse`, as libpysal's ``Graph.unique_ids``."""
        if self._links is not None:
            return self._links.unique_ids
        return self._graph.unique_ids

    @property
    def n(self) -> int:
        """Number of features."""
        return len(self.unique_ids)

    @property
    def cardinalities(self) -> pd.Series:
        """Number of neighbours of each feature, as libpysal's ``Graph.cardinalities``."""
        if self._links is None:
            return self._graph.cardinalities
        counts = np.bincount(self._links.focal, minlength=self.n)
        return pd.Series(counts, index=self.unique_ids, name="cardinalities")

    @property
    def pct_nonzero(self) -> float:
        """Percentage of stored weights, as libpysal's ``Graph.pct_nonzero``."""
        if self._links is None:
            return float(self._graph.pct_nonzero)
        return 100.0 * self.sparse.nnz / (1.0 * self.n**2)

    def summary(self) -> dict:
        """Key figures of the weights, for a report.

        Returns
        -------
        dict
            features, method, transform, neighbours_min/mean/max, islands (count),
            island_ids (up to 10), attached (count), components, distance_crs, band_m,
            k, kernel, island_policy, pct_nonzero, source.
        """
        card = self.cardinalities
        opts = self.options
        method = opts.method
        uses_k = method == "knn" or (method == "kernel" and self.band is None)
        return {
            "features": int(self.n),
            "method": method,
            "transform": opts.transform,
            "neighbours_min": int(card.min()),
            "neighbours_mean": float(card.mean()),
            "neighbours_max": int(card.max()),
            "islands": len(self.islands),
            "island_ids": list(self.islands[:10]),
            "attached": len(self.attached),
            "components": int(self.components),
            "distance_crs": self.distance_crs,
            "band_m": self.band,
            "k": opts.k if uses_k else None,
            "kernel": opts.kernel if method == "kernel" else None,
            "island_policy": opts.island_policy,
            "pct_nonzero": float(self.pct_nonzero),
            "source": str(self.source) if self.source is not None else None,
        }


def nonzero_links(weights) -> tuple[pd.Index, np.ndarray, np.ndarray]:
    """The links of nonzero weight between distinct features, read from the weights matrix.

    Parameters
    ----------
    weights : SpatialWeights or libpysal.graph.Graph
        Anything with ``sparse`` and ``unique_ids``; a :class:`SpatialWeights` of contiguity
        gives them without importing libpysal.

    Returns
    -------
    tuple
        ``(ids, focal, neighbour)``: the ids of the matrix's rows and columns, and the
        positions in ``ids`` of the two ends of each link (an island's zero self-link and
        links of weight 0 are not links).

    Raises
    ------
    ParameterError
        When ``weights`` has no weights matrix.
    """
    matrix, ids = getattr(weights, "sparse", None), getattr(weights, "unique_ids", None)
    if matrix is None or ids is None:
        raise ParameterError(
            "The spatial weights must be a libpysal Graph (or weights built by build_weights), "
            f"not {type(weights).__name__}."
        )
    links = sparse.coo_array(matrix)
    keep = (links.row != links.col) & (links.data != 0)
    return pd.Index(ids), links.row[keep].astype(np.intp), links.col[keep].astype(np.intp)
