"""Checks shared by the global and local statistics: fields, weights, parameters.

A field must be numeric, complete and not constant; the weights must cover exactly the
features of the field.  Weights arrive as a ``libpysal.graph.Graph`` indexed by region
ids, or as the plugin's ``SpatialWeights``, which offer the same ``sparse`` and
``unique_ids`` without building a Graph; :func:`weights_from_graph` turns either into a
SciPy CSR matrix in the graph's id order, without self-weights and without the zero
self-loops libpysal stores for islands.
pandas does the type conversion, NumPy the checks and SciPy the sparse algebra.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from .._checks import as_float, describe_ids
from ..errors import ParameterError

#: fewest and most permutations accepted
MIN_PERMUTATIONS = 99
MAX_PERMUTATIONS = 99_999
#: fewest features a spatial autocorrelation statistic is computed for
MIN_FEATURES = 3


@dataclass
class Weights:
    """Spatial weights of one graph, ready for matrix algebra.

    Attributes
    ----------
    ids : pandas.Index
        Region ids in matrix order (the graph's ``unique_ids``).
    matrix : scipy.sparse.csr_array
        Weights between different features as stored in the graph (float, no diagonal,
        no stored zeros); row ``i`` holds the neighbours of ``ids[i]``.
    """

    ids: pd.Index
    matrix: sparse.csr_array

    @property
    def cardinalities(self) -> np.ndarray:
        """Number of neighbours of each feature, the feature itself not counted."""
        return np.diff(self.matrix.indptr)

    @property
    def islands(self) -> np.ndarray:
        """Boolean mask of the features without neighbours."""
        return self.cardinalities == 0

    def binary(self) -> sparse.csr_array:
        """The same neighbours, every weight 1."""
        out = self.matrix.copy()
        out.data = np.ones_like(out.data)
        return out

    def row_standardised(self) -> sparse.csr_array:
        """The same neighbours, each row summing to 1 (islands stay empty)."""
        out = self.matrix.copy()
        sums = np.repeat(np.asarray(out.sum(axis=1)).ravel(), self.cardinalities)
        out.data = out.data / sums
        return out


def weights_from_graph(graph) -> Weights:
    """Convert a ``libpysal.graph.Graph`` (or ``SpatialWeights``) into :class:`Weights`.

    Parameters
    ----------
    graph : libpysal.graph.Graph or SpatialWeights
        Weights indexed by region ids: anything with a Graph's ``sparse`` and
        ``unique_ids``.

    Returns
    -------
    Weights

    Raises
    ------
    ParameterError
        If the object is not a libpysal Graph, has negative weights or no feature has a
        neighbour.
    """
    if not (hasattr(graph, "sparse") and hasattr(graph, "unique_ids")):
        raise ParameterError(
            "Spatial weights must be a libpysal Graph indexed by region ids; "
            f"got {type(graph).__name__}."
        )
    # libpysal orders the sparse rows and columns like graph.unique_ids
    matrix = off_diagonal(graph.sparse)
    if np.any(matrix.data < 0):
        raise ParameterError(
            "The spatial weights contain negative values; use contiguity, distance or "
            "kernel weights, which are never negative."
        )
    matrix.sort_indices()
    weights = Weights(ids=pd.Index(graph.unique_ids), matrix=matrix)
    if weights.islands.all():
        raise ParameterError(
            "No feature has a neighbour under these spatial weights; choose another "
            "neighbourhood definition (e.g. k nearest neighbours or a larger distance band)."
        )
    return weights


def off_diagonal(matrix) -> sparse.csr_array:
    """A square sparse matrix as float CSR without its diagonal and without stored zeros."""
    coo = sparse.coo_array(matrix)
    keep = (coo.row != coo.col) & (coo.data != 0)
    out = sparse.csr_array(
        (coo.data[keep].astype(float), (coo.row[keep], coo.col[keep])), shape=coo.shape
    )
    out.sum_duplicates()
    return out


def common_row_weight(matrix: sparse.csr_array) -> np.ndarray:
    """Each row's weight where all its stored weights are equal; NaN where they differ.

    Rows without neighbours are NaN too.  Equal rows (contiguity, k nearest neighbours,
    distance bands) let the permutation engines take their shortcuts.
    """
    counts = np.diff(matrix.indptr)
    weight = np.full(counts.size, np.nan)
    filled = counts > 0
    if filled.any():
        starts = matrix.indptr[:-1][filled]
        high = np.maximum.reduceat(matrix.data, starts)
        low = np.minimum.reduceat(matrix.data, starts)
        weight[filled] = np.where(high == low, high, np.nan)
    return weight


def field_values(values: pd.Series, weights: Weights, label: str | None = None) -> np.ndarray:
    """Check one field and return its values in the weights' id order.

    Parameters
    ----------
    values : pandas.Series
        Field values indexed by region id.
    weights : Weights
        The weights the field is analysed with.
    label : str, optional
        Field name for messages; defaults to the Series name.

    Returns
    -------
    numpy.ndarray
        Float values, aligned with ``weights.ids``.

    Raises
    ------
    ParameterError
        If the field is not numeric, ids do not match the weights, values are missing
        or infinite, there are fewer than three features, or the field is constant.
    """
    if not isinstance(values, pd.Series):
        raise ParameterError(f"Field '{'field' if label is None else label}' must be a pandas "
                             "Series indexed by region id.")
    name = label if label is not None else (values.name if values.name is not None else "field")
    series = as_float(values, name)
    if not series.index.is_unique:
        dup = series.index[series.index.duplicated()].unique()
        raise ParameterError(
            f"Field '{name}' has more than one value for features {describe_ids(dup)}; "
            "each region must appear once."
        )
    missing = weights.ids.difference(series.index)
    extra = series.index.difference(weights.ids)
    if len(missing) or len(extra):
        parts = []
        if len(missing):
            parts.append(f"features in the weights but not in the field: {describe_ids(missing)}")
        if len(extra):
            parts.append(f"features in the field but not in the weights: {describe_ids(extra)}")
        raise ParameterError(
            f"Field '{name}' and the spatial weights do not cover the same features ("
            + "; ".join(parts)
            + "). Build the weights from the same layer and selection."
        )
    if series.size < MIN_FEATURES:
        raise ParameterError(
            f"Field '{name}' has {series.size} features; spatial autocorrelation needs at "
            f"least {MIN_FEATURES}."
        )
    array = series.reindex(weights.ids).to_numpy(dtype=float)
    bad = ~np.isfinite(array)
    if bad.any():
        raise ParameterError(
            f"Field '{name}' has no valid value for {int(bad.sum())} feature(s) "
            f"({describe_ids(weights.ids[bad])}); impute the missing values or filter these "
            "features out before the analysis."
        )
    if np.all(array == array[0]):
        raise ParameterError(
            f"Field '{name}' has the same value everywhere; spatial autocorrelation is undefined."
        )
    return array


def check_permutations(permutations) -> int:
    """Validate the number of permutations (99 to 99,999)."""
    if isinstance(permutations, (bool, np.bool_)) or not isinstance(
        permutations, (int, np.integer)
    ):
        raise ParameterError(
            f"The number of permutations must be a whole number; got {permutations!r}."
        )
    if not MIN_PERMUTATIONS <= permutations <= MAX_PERMUTATIONS:
        raise ParameterError(
            f"The number of permutations must be between {MIN_PERMUTATIONS} and "
            f"{MAX_PERMUTATIONS:,}; got {permutations:,}. 999 is the usual choice, 9,999 gives "
            "finer pseudo p-values."
        )
    return int(permutations)


def check_seed(seed) -> int:
    """Validate a random seed: a whole number from 0 to 2**32 - 1."""
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)):
        raise ParameterError(f"The random seed must be a whole number; got {seed!r}.")
    if not 0 <= seed < 2**32:
        raise ParameterError(f"The random seed must be between 0 and 4294967295; got {seed}.")
    return int(seed)


def standardise(values: np.ndarray) -> np.ndarray:
    """Centre on the mean and divide by the sample standard deviation (``n - 1``).

    GeoDa standardises this way for its local Moran (checked against pygeoda): with it
    ``I_i = z_i * lag_i`` equals GeoDa's LISA value and esda's ``Moran_Local.Is``, which
    uses the population deviation and rescales by ``(n - 1) / sum(z**2)``.
    """
    return (values - values.mean()) / values.std(ddof=1)
