"""Conditional permutation inference for local statistics (Anselin 1995).

For a feature ``i`` with ``k_i`` neighbours the value of ``i`` stays where it is and
``k_i`` values drawn at random, without replacement, from the ``n - 1`` *other* features
take the neighbours' places, ``P`` times.

One lookup table shared by all features
---------------------------------------
As GeoDa's lookup table and esda's ``crand``, the draws are made once: a table of ``P``
rows, each holding ``max_k`` distinct random integers from ``range(n - 1)`` (``max_k`` the
largest neighbour count).  Feature ``i`` with ``k_i`` neighbours takes the first ``k_i``
entries of every row and maps each index ``j >= i`` to ``j + 1``, so that ``i`` itself is
never drawn.  Each row's first ``k_i`` entries are a uniform sample without replacement,
so every feature's pseudo p-value is a valid Monte Carlo estimate; the draws do not depend
on the feature's own value (nor, beyond the skip, on ``i``).  Because all features share
the same ``P`` rows, their Monte Carlo errors are correlated: features with similar
observed lags get similar counts, and totals such as the number of significant features
vary more from seed to seed than independent draws per feature would make them (their
average over seeds is the same).  This engine is a NumPy implementation (no numba) with
its own random stream, so its pseudo p-values agree with esda's and GeoDa's statistically,
not draw for draw.

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
The table is small (``P x max_k`` indices).  Features are grouped by neighbour count and
processed in chunks of at most :data:`MAX_VALUES` permuted neighbour values (features x
``P`` x ``k``), which bounds the memory of the permuted lags.  The table comes from
``numpy.random.default_rng(seed)`` alone, so the same seed, graph and ``P`` give identical
results, whatever the chunking.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy import sparse

from ..errors import CancelledError, ParameterError

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
    observed: np.ndarray | None = None,
    chunk: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    ties: str = "both",
    orientation: np.ndarray | None = None,
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
    observed : numpy.ndarray, optional
        Observed lags; by default computed here with the same arithmetic as the permuted
        ones, which keeps exact ties exact.
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
        raise ParameterError(f"Unknown tie rule {ties!r}; valid values are: {', '.join(TIES)}.")
    z = np.asarray(z, dtype=float)
    n = z.size
    falling = np.zeros(n, bool) if orientation is None else np.asarray(orientation) < 0
    coo = sparse.coo_array(neighbours)
    keep = (coo.row != coo.col) & (coo.data != 0)
    matrix = sparse.csr_array(
        (coo.data[keep].astype(float), (coo.row[keep], coo.col[keep])), shape=(n, n)
    )
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    cardinality = np.diff(indptr)
    counts = np.full(n, permutations, dtype=np.int64)
    scale_z = float(np.abs(z).max()) if n else 0.0
    pool = n - 1
    tested = cardinality[cardinality > 0]
    if tested.size == 0:
        return counts
    # the lookup table: row p holds max_k distinct indices into the n - 1 other features,
    # shared by every unit; a unit with k neighbours uses the first k columns
    table = _draw_table(np.random.default_rng(seed), permutations, int(tested.max()), pool)
    for k in np.unique(tested):
        units = np.flatnonzero(cardinality == k)
        step = max(1, MAX_VALUES // (permutations * int(k)))
        if chunk is not None:
            step = max(1, min(step, int(chunk)))
        for start in range(0, units.size, step):
            if cancelled is not None and cancelled():
                raise CancelledError("The permutation test was cancelled; nothing was written.")
            focal = units[start : start + step]
            slots = indptr[focal][:, None] + np.arange(k)
            nbr, w = indices[slots], data[slots]
            obs = _lag(w, z[nbr]) if observed is None else np.asarray(observed, float)[focal]
            lag = np.zeros((focal.size, permutations))
            for c in range(int(k)):
                # the table indexes the n - 1 other features: skipping the focal one maps
                # draw d to feature d (d < i) or d + 1 (d >= i), so i is never drawn
                other = table[:, c]
                below, above = z[other], z[other + 1]
                value = np.where(other >= focal[:, None], above, below)
                lag += w[:, c][:, None] * value
            tol = TIE_RTOL * np.abs(w).sum(axis=1) * scale_z
            upper = (lag >= (obs - tol)[:, None]).sum(axis=1)
            lower = (lag <= (obs + tol)[:, None]).sum(axis=1)
            if ties == "upper":
                # "larger" is counted on the statistic: the lag's lower tail where it falls
                larger = np.where(falling[focal], lower, upper)
                upper, lower = larger, permutations - larger
            counts[focal] = np.minimum(upper, lower)
    return counts


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
