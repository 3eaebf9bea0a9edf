"""Conditional permutation inference for local statistics (Anselin 1995).

For a feature ``i`` with ``k_i`` neighbours the value of ``i`` stays where it is and
``k_i`` values drawn at random, without replacement, from the ``n - 1`` *other* features
take the neighbours' places, ``P`` times.

One lookup table shared by all features
---------------------------------------
As GeoDa's lookup table and esda's ``crand``, the draws are made once: a table of ``P``
rows, each holding ``max_k + 1`` distinct random features (``max_k`` the largest
neighbour count).  Feature ``i`` with ``k_i`` neighbours takes the first ``k_i`` entries
of every row; where ``i`` itself is among them, the row's entry ``k_i`` (never ``i``, the
entries being distinct) takes its place.  A row's first ``k_i + 1`` entries are a uniform
ordered sample of the ``n`` features, so the ``k_i`` features a unit gets are a uniform
sample without replacement of the ``n - 1`` others: a set ``A`` is drawn either directly
or as ``A`` less one feature ``a``, plus ``i``, with ``a`` in entry ``k_i``, and both ways
have the same chance for every ``A``.  Every pseudo p-value is therefore a valid Monte
Carlo estimate; the draws do not depend on the feature's own value.  Because all features
share the same ``P`` rows, their Monte Carlo errors are correlated: features with similar
observed lags get similar counts, and totals such as the number of significant features
vary more from seed to seed than independent draws per feature would make them (their
average over seeds is the same).  This engine is a NumPy implementation (no numba) with
its own random stream, so its pseudo p-values agree with esda's and GeoDa's statistically,
not draw for draw.

The shortcut for equal weights
------------------------------
With contiguity, k-nearest-neighbour or distance-band weights, row-standardised or binary,
all neighbours of a unit carry the same weight ``w``.  A row that does not draw the unit
then gives it the lag ``w * s_p`` with ``s_p`` the sum of the row's first ``k`` values,
the same for every unit with ``k`` neighbours: counting the rows at least as extreme is a
binary search in the sorted ``w * s_p``.  Only the ``P x k`` table entries that draw a unit
change that unit's lag, to ``w * (s_p - z_i + z_e)`` with ``e`` the stand-in; each such
entry moves one count by the difference.  The work is ``O(n log P + P k)`` instead of
``O(n P k)``, with exactly the draws of the direct computation, which the tests compare it
with (``shortcut=False``); units with unequal weights (kernels) take the direct path.

One engine for local Moran and Gi*
----------------------------------
The engine permutes the spatial lag ``sum_j w_ij z_j`` and compares it with the observed
lag.  With the focal value fixed, local Moran's ``I_i = z_i * lag_i`` and Gi*
(``(x_i + sum_j x_j) / sum(x)``) are strictly monotone in the lag, so the permuted
statistic is at least as extreme as the observed one exactly when the permuted lag is.
Counting on the lag therefore serves both statistics; and because the draws depend only on
the seed, ``P`` and the largest neighbour count, local Moran on row-standardised weights
and Gi* on binary weights of the same graph get the same pseudo p-values with
``ties="both"`` (local Moran's ``z_i = 0`` excepted: its statistic is 0 under every
permutation, see :mod:`.local`).  The estimates match the exact conditional p-values,
found by enumerating every set of neighbours, within Monte Carlo error (tested).

Folding and ties
----------------
The pseudo p-value is ``(count + 1) / (P + 1)`` with ``count`` the number of permuted
statistics in the more extreme tail.  Two conventions, chosen with ``ties``:

* ``"both"`` (default): ``count = min(#{permuted >= observed}, #{permuted <= observed})``;
  a permuted statistic equal to the observed one counts in either tail, as a p-value must.
* ``"upper"``: ``count = min(larger, P - larger)`` with ``larger = #{statistic >=
  observed}``, as esda and GeoDa fold: ties count only in the upper tail of the
  *statistic*, so an observed value at the bottom of the null distribution ignores its
  ties.  With few neighbours ties are common, since drawing the actual neighbours
  reproduces the observed value: a feature with one neighbour among ``n - 1 = 16``
  others ties in about 1 draw in 16, and if that neighbour holds the extreme value
  GeoDa reports p = 0.001 where the exact conditional p-value is 1/16.  Kept to
  reproduce GeoDa and esda.

For ``"upper"`` the engine needs the direction of the statistic in the lag:
``orientation`` (+1 where the statistic grows with the lag, -1 where it falls, e.g. local
Moran with ``z_i < 0``).  Lags equal to within ``1e-10`` of their scale are ties, so
summing the same values in another order is never counted as a difference.

Memory and reproducibility
--------------------------
The table is small (``P x (max_k + 1)`` indices).  Features are grouped by neighbour
count; the direct path processes them in chunks of at most :data:`MAX_VALUES` permuted
neighbour values (features x ``P`` x ``k``), which bounds the memory of the permuted lags,
and the shortcut needs ``O(n + P k)`` memory.  The table comes from
``numpy.random.default_rng(seed)`` alone, so the same seed, graph and ``P`` give identical
results, whatever the chunking.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy import sparse

from .._checks import unknown_choice
from ..errors import CancelledError
from .inputs import common_row_weight, off_diagonal

#: most permuted neighbour values (units x permutations x neighbours) per chunk
MAX_VALUES = 20_000_000
#: how ties between permuted and observed statistics are counted
TIES = ("both", "upper")
#: lags closer than this, relative to their scale, count as ties
TIE_RTOL = 1e-10


def pseudo_p_values(counts: np.ndarray, permutations: int) -> np.ndarray:
    """Turn folded counts into pseudo p-values ``(count + 1) / (P + 1)``."""
    return (np.asarray(counts, dtype=float) + 1.0) / (permutations + 1.0)


def conditional_permutation_counts(
    z: np.ndarray,
    neighbours: sparse.csr_array,
    permutations: int,
    seed: int,
    chunk: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    ties: str = "both",
    orientation: np.ndarray | None = None,
    shortcut: bool = True,
) -> np.ndarray:
    """Count, per feature, the permuted spatial lags at least as extreme as the observed.

    Parameters
    ----------
    z : numpy.ndarray
        ``(n,)`` values whose lag is permuted (standardised values; for a bivariate
        statistic the variable that is lagged).
    neighbours : scipy.sparse array
        ``(n, n)`` weights between different features: row ``i`` lists the neighbours of
        ``i`` and their weights.  The diagonal is ignored.
    permutations : int
        Number of permutations ``P``.
    seed : int
        Seed of ``numpy.random.default_rng``.
    chunk : int, optional
        Most features per chunk; the memory cap :data:`MAX_VALUES` applies in any case.
        Results do not depend on the chunking (the table is shared).
    cancelled : callable, optional
        Called between chunks; when it returns True, :class:`CancelledError` is raised.
    ties : str
        ``"both"`` or ``"upper"`` (GeoDa and esda), see the module notes.
    orientation : numpy.ndarray, optional
        For ``ties="upper"``: ``(n,)`` signs, -1 where the statistic falls as the lag
        grows; default +1 everywhere.
    shortcut : bool
        Count the features whose neighbours all have the same weight with the sorted-sums
        shortcut (module notes); False computes every permuted lag, the reference path
        the tests hold the shortcut to.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` int64 folded counts (see the module notes); ``P`` for features without
        neighbours, which are not tested (their pseudo p-value would be 1).

    Raises
    ------
    CancelledError
        When ``cancelled()`` returns True.
    """
    if ties not in TIES:
        raise unknown_choice("tie rule", ties, TIES)
    z = np.asarray(z, dtype=float)
    n = z.size
    counts = np.full(n, permutations, dtype=np.int64)
    matrix = off_diagonal(neighbours)
    cardinality = np.diff(matrix.indptr)
    tested = cardinality[cardinality > 0]
    if tested.size == 0:
        return counts
    # the lookup table: row p holds max_k + 1 distinct features, shared by every unit; a
    # unit with k neighbours uses the first k columns, column k standing in for itself
    table = _draw_table(np.random.default_rng(seed), permutations, int(tested.max()) + 1, n)
    counter = _Counter(z, matrix, table, ties, orientation)
    common = common_row_weight(matrix)
    for k in (int(value) for value in np.unique(tested)):
        units = np.flatnonzero(cardinality == k)
        batches = []
        if shortcut:
            weight = common[units]
            for value in np.unique(weight[np.isfinite(weight)]):
                members = units[weight == value]
                batches.append((members, counter.sorted_sums(k, value), chunk or members.size))
            units = units[~np.isfinite(weight)]
        step = max(1, MAX_VALUES // (permutations * k))
        batches.append((units, None, step if chunk is None else max(1, min(step, int(chunk)))))
        for members, sorted_lags, size in batches:
            for start in range(0, members.size, size):
                if cancelled is not None and cancelled():
                    raise CancelledError("The permutation test was cancelled; nothing was written.")
                focal = members[start : start + size]
                if sorted_lags is None:
                    counts[focal] = counter.every_lag(focal, k)
                else:
                    counts[focal] = counter.shortcut(focal, k, sorted_lags)
    return counts


class _Counter:
    """Counts of one table for groups of units with the same number of neighbours ``k``."""

    def __init__(self, z, matrix, table, ties, orientation) -> None:
        self.z, self.matrix, self.table, self.ties = z, matrix, table, ties
        self.permutations = table.shape[0]
        self.values = z[table]  # (P, max_k + 1): the table's values, gathered once
        self.sums = np.cumsum(self.values, axis=1)  # sums[:, k - 1]: first k draws
        n = z.size
        self.falling = np.zeros(n, bool) if orientation is None else np.asarray(orientation) < 0
        self.scale = float(np.abs(z).max()) if n else 0.0
        self.position = np.full(n, -1, dtype=np.int64)  # unit -> place in its batch

    def _neighbours(self, focal: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Neighbour indices and weights, ``(units, k)`` each."""
        slots = self.matrix.indptr[focal][:, None] + np.arange(k)
        return self.matrix.indices[slots], self.matrix.data[slots]

    def sorted_sums(self, k: int, weight: float) -> np.ndarray:
        """The permuted lags of a unit none of whose k draws is itself, sorted."""
        return np.sort(weight * self.sums[:, k - 1])

    def _tolerance(self, weights: np.ndarray) -> np.ndarray:
        return TIE_RTOL * np.abs(weights).sum(axis=1) * self.scale

    def every_lag(self, focal: np.ndarray, k: int) -> np.ndarray:
        """Reference path: every permuted lag of every unit, column after column."""
        neighbours, weights = self._neighbours(focal, k)
        obs, tol = _lag(weights, self.z[neighbours]), self._tolerance(weights)
        lag = np.zeros((focal.size, self.permutations))
        stand_in = self.values[:, k]
        for c in range(k):
            # a draw of the unit itself is replaced by the row's column k
            drew_self = self.table[:, c] == focal[:, None]
            lag += weights[:, c][:, None] * np.where(drew_self, stand_in, self.values[:, c])
        upper = (lag >= (obs - tol)[:, None]).sum(axis=1)
        lower = (lag <= (obs + tol)[:, None]).sum(axis=1)
        return self._fold(focal, upper, lower)

    def shortcut(self, focal: np.ndarray, k: int, sorted_lags: np.ndarray) -> np.ndarray:
        """Units whose k neighbours share one weight ``w``: searchsorted plus corrections.

        A row that does not draw the unit gives every such unit the same lag ``w *
        sums[p, k - 1]``, so the counts come from one sorted array; the ``P x k`` table
        entries that do draw a unit of the batch then move that unit's count by the
        difference between the shared lag and its own (column k replacing it).
        """
        neighbours, weights = self._neighbours(focal, k)
        obs, tol = _lag(weights, self.z[neighbours]), self._tolerance(weights)
        weight = weights[:, 0]
        permutations = self.permutations
        upper = permutations - np.searchsorted(sorted_lags, obs - tol, side="left")
        lower = np.searchsorted(sorted_lags, obs + tol, side="right")
        self.position[focal] = np.arange(focal.size)
        try:
            place = self.position[self.table[:, :k]]  # (P, k): batch place or -1
        finally:
            self.position[focal] = -1
        rows, columns = np.nonzero(place >= 0)
        unit = place[rows, columns]
        shared = self.sums[rows, k - 1]
        own = shared - self.values[rows, columns] + self.values[rows, k]
        shared, own = weight[unit] * shared, weight[unit] * own
        low, high = obs[unit] - tol[unit], obs[unit] + tol[unit]
        size = focal.size
        upper += np.bincount(unit, (own >= low).astype(float) - (shared >= low), size).astype(
            np.int64
        )
        lower += np.bincount(unit, (own <= high).astype(float) - (shared <= high), size).astype(
            np.int64
        )
        return self._fold(focal, upper, lower)

    def _fold(self, focal: np.ndarray, upper: np.ndarray, lower: np.ndarray) -> np.ndarray:
        if self.ties == "upper":
            # "larger" is counted on the statistic: the lag's lower tail where it falls
            larger = np.where(self.falling[focal], lower, upper)
            upper, lower = larger, self.permutations - larger
        return np.minimum(upper, lower)


def _lag(w: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Weighted row sums, column after column (the order the permuted lags use)."""
    out = np.zeros(w.shape[0])
    for c in range(w.shape[1]):
        out += w[:, c] * values[:, c]
    return out


def _draw_table(rng: np.random.Generator, permutations: int, k: int, pool: int) -> np.ndarray:
    """The lookup table: ``permutations`` rows of ``k`` distinct integers from ``range(pool)``.

    Each row is uniform over ordered samples without replacement, so its first ``j``
    entries are a uniform sample of ``j`` for every ``j <= k``.  Rows are drawn in one
    block with replacement and the rows with a repeat drawn again until none is left
    (rejection sampling: accepted rows are uniform over distinct ordered samples); when
    repeats are likely (``k`` near ``sqrt(pool)`` or beyond) each row is drawn on its own
    with ``Generator.choice(..., replace=False)`` instead.
    """
    dtype = np.int32 if pool < 2**31 else np.int64
    if k > 1 and _acceptance(k, pool) < 0.5:
        rows = [rng.choice(pool, size=k, replace=False) for _ in range(permutations)]
        return np.array(rows, dtype=dtype).reshape(permutations, k)
    draws = rng.integers(0, pool, size=(permutations, k), dtype=dtype)
    if k == 1:
        return draws
    pending = np.arange(permutations)
    while pending.size:
        ordered = np.sort(draws[pending], axis=1)
        pending = pending[(ordered[:, 1:] == ordered[:, :-1]).any(axis=1)]
        if pending.size:
            draws[pending] = rng.integers(0, pool, size=(pending.size, k), dtype=dtype)
    return draws


def _acceptance(k: int, pool: int) -> float:
    """Chance that ``k`` draws with replacement from ``pool`` values are all different."""
    if k > pool:
        return 0.0
    return float(np.exp(np.log1p(-np.arange(1, k) / pool).sum()))
