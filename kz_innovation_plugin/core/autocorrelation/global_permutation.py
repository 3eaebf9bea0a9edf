"""Permutation inference for the global statistics, one shared set of permutations.

Moran's I, Geary's C and General G are each a fixed positive multiple of a *numerator*
that depends on the arrangement of the values over the map, and (for G, up to a constant)
of nothing else: the sums, sums of squares and weight totals do not change when the values
are permuted.  The pseudo p-values therefore compare numerators.  With ``z`` the field
standardised (population deviation, ``sum(z**2) = n``), ``B`` the binary weights, ``W``
the row-standardised ones, ``s = W 1 + W' 1`` and ``d = B 1 + B' 1``:

* Moran: ``z' W z``;
* Geary: ``sum_ij w_ij (z_i - z_j)**2 = sum_i z_i**2 s_i - 2 z' W z``;
* General G of ``y = sd * z + mean``: ``y' B y = sd**2 (z' B z + (mean / sd) d' z) +
  mean**2 S0``, so ``z' B z + (mean / sd) d' z``.

Shared draws, in batches and threads
------------------------------------
``P`` permutations of the whole field are drawn: permutation ``p`` is a Fisher-Yates
shuffle (``Generator.shuffle``) of the field by its own generator,
``numpy.random.default_rng(SeedSequence(seed).spawn(P)[p])``, so it depends on the seed and
``p`` alone; the three statistics, and every field of a call, use the same ones.  The
features are first renumbered so that neighbours sit close in memory (SciPy's reverse
Cuthill-McKee ordering): the statistics do not depend on the numbering, and the products
stay in the processor's cache (about a fifth faster on irregular layers).  They are
processed in batches of ``m`` columns: a dense ``n x m`` block ``Zp`` of permuted values
and one sparse-times-dense product ``U = B Zp`` give all three numerators.  Where every row
of ``W`` holds equal weights (contiguity, k nearest neighbours, distance bands),
``W = D^-1 B`` with ``D`` the neighbour counts, and ``z' W z = sum_i Zp_i U_i / k_i``;
otherwise (kernel weights) a second product ``W Zp`` gives it.  NumPy's shuffle and SciPy's
sparse products release the GIL, so batches run side by side in threads (one per core, at
most :data:`MAX_WORKERS`).  Neither the batch size nor the number of threads changes the
draws; they change only the rounding of the numerators (BLAS may sum a block of ``m``
columns in an order that depends on ``m``; about 1e-13 relative), which the tie tolerance
below absorbs.

Speed
-----
Measured at 100,000 features (queen contiguity, 999 permutations, one thread), the shuffles
dominate: NumPy's Fisher-Yates (``Generator.shuffle``) costs about 9-10 ns per value, about
1.0 s of the 1.7 s; ``Generator.permuted`` on a tiled block costs about 15 ns and
``argsort`` of random keys about 60 ns.  The sparse products take about 0.25 s, the
transposition to the ``n x m`` layout SciPy multiplies fastest and the sums about 0.35 s.
Two threads halve the whole.

Memory
------
A batch holds at most five ``n x m`` arrays at once (the draws, the gathered values of a
field, ``Zp``, ``U`` and ``W Zp``); ``m`` is at most :data:`BATCH_COLUMNS` (smaller blocks
stay in the processor's cache) and such that six arrays of every batch in flight hold at
most :data:`MAX_VALUES` values together, about 380 MB whatever ``n``.

Ties
----
A permuted numerator within :data:`TIE_RTOL` times a bound on the sum of the absolute
values of its terms (e.g. ``max(s) * sum(z**2)`` for Moran) below the observed one counts
as at least as large, so that rounding does not decide a count.  The pseudo p-value is
folded as esda folds it: ``larger = #(sim >= observed)``, replaced by ``P - larger`` if
that is smaller, and ``p = (larger + 1) / (P + 1)``.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from threadpoolctl import threadpool_limits

from ..errors import CancelledError
from .inputs import Weights, common_row_weight

#: most values held at once by a batch's arrays (float64: about 380 MB)
MAX_VALUES = 48_000_000
#: preferred number of permutations per batch (blocks that stay in the cache are faster)
BATCH_COLUMNS = 16
#: most threads computing batches side by side
MAX_WORKERS = 4
#: numerators closer than this, relative to the bound of their terms, are ties
TIE_RTOL = 1e-10
#: ``n x m`` arrays the memory cap is divided by (five at most at once, one to spare)
_ARRAYS = 6


@dataclass(frozen=True)
class Operators:
    """What the numerators need from the weights.

    Attributes
    ----------
    binary : scipy.sparse.csr_array
        ``B``, every stored weight 1.
    standardised : scipy.sparse.csr_array
        ``W``, the weights of Moran's I and Geary's C: row-standardised (islands' rows
        empty) or, with the binary transform, ``B`` itself.
    equal_rows : bool
        True when every row's stored weights are equal, so that ``W = R B`` with ``R``
        diagonal (``1 / k_i`` row-standardised, 1 binary).
    spread : numpy.ndarray
        ``s = W 1 + W' 1``, row plus column sums of ``W``.
    degree : numpy.ndarray
        ``d = B 1 + B' 1``, out- plus in-degree.
    row_sums : numpy.ndarray
        ``(2, n)``: the diagonal of ``R`` and ones, to sum the rows of ``Zp * U`` both ways in one
        product (faster than NumPy's sum over the rows of a narrow block).
    """

    binary: sparse.csr_array
    standardised: sparse.csr_array
    equal_rows: bool
    spread: np.ndarray
    degree: np.ndarray
    row_sums: np.ndarray


def operators(weights: Weights, transform: str = "r") -> Operators:
    """Prepare the binary matrix, Moran's and Geary's matrix and their row and column sums.

    ``transform`` is ``"r"`` (Moran and Geary on row-standardised weights, esda's default)
    or ``"b"`` (on binary weights, esda's ``transformation="B"``); General G is always binary.
    """
    counts = weights.cardinalities
    binary = weights.binary()
    standardised = binary if transform == "b" else weights.row_standardised()
    inverse = np.zeros(counts.size)
    inverse[counts > 0] = 1.0 if transform == "b" else 1.0 / counts[counts > 0]
    return Operators(
        binary=binary,
        standardised=standardised,
        equal_rows=not np.isnan(common_row_weight(weights.matrix)[counts > 0]).any(),
        spread=_row_plus_column_sums(standardised),
        degree=_row_plus_column_sums(binary),
        row_sums=np.vstack([inverse, np.ones(counts.size)]),
    )


def numerators(ops: Operators, rows: np.ndarray, shift: float) -> np.ndarray:
    """Numerators of Moran, Geary and General G for a block of arrangements of one field.

    Parameters
    ----------
    ops : Operators
    rows : numpy.ndarray
        ``(m, n)`` standardised values, one arrangement per row (C order).
    shift : float
        ``mean / sd`` of the field for General G; NaN to skip G.

    Returns
    -------
    numpy.ndarray
        ``(3, m)``: the Moran, Geary and General G numerators (G NaN when skipped).
    """
    columns = np.ascontiguousarray(rows.T)  # (n, m): the layout SciPy multiplies fastest
    if ops.equal_rows:  # W = R B: U = B Zp gives z' W z and z' B z
        product = ops.binary @ columns
        product *= columns
        moran, z_b_z = ops.row_sums @ product  # sum_i R_i Zp_i U_i, sum_i Zp_i U_i
    else:
        product = ops.standardised @ columns  # W Zp
        product *= columns
        moran = ops.row_sums[1] @ product
        z_b_z = np.full(rows.shape[0], np.nan)
        if np.isfinite(shift):
            product = ops.binary @ columns
            product *= columns
            z_b_z = ops.row_sums[1] @ product
    del product, columns
    geary = np.multiply(rows, rows) @ ops.spread - 2.0 * moran
    getis = z_b_z + shift * (rows @ ops.degree) if np.isfinite(shift) else z_b_z * np.nan
    return np.vstack([moran, geary, getis])


def simulate(
    ops: Operators,
    z: np.ndarray,
    shifts: np.ndarray,
    permutations: int,
    seed: int,
    batch: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> np.ndarray:
    """Numerators of ``P`` shared random permutations of each field.

    Parameters
    ----------
    ops : Operators
    z : numpy.ndarray
        ``(n, F)`` standardised fields (population deviation), in the weights' order.
    shifts : numpy.ndarray
        ``(F,)`` ``mean / sd`` of each field for General G, NaN where G is skipped.
    permutations : int
        ``P``.
    seed : int
        Seed of the permutations (see :func:`permutation_streams`).
    batch : int, optional
        Most permutations per batch; :data:`BATCH_COLUMNS` and the memory cap
        :data:`MAX_VALUES` apply in any case.  The results do not depend on it.
    cancelled : callable, optional
        Called before each batch; when it returns True, :class:`CancelledError` is raised.
    workers : int, optional
        Threads computing batches side by side; default :func:`default_workers`.  The
        results do not depend on it.

    Returns
    -------
    numpy.ndarray
        ``(F, 3, P)``: per field, the Moran, Geary and General G numerators of each
        permutation (as :func:`numerators`).

    Raises
    ------
    CancelledError
        When ``cancelled()`` returns True.
    """
    n, fields = z.shape
    workers = default_workers() if workers is None else max(1, int(workers))
    step = batch_size(n, permutations, batch, workers)
    out = np.empty((fields, 3, permutations))
    streams = permutation_streams(seed, permutations)
    # features renumbered so that neighbours sit close in memory (the permutations are of
    # the renumbered field, equally uniform); the products then stay in the cache
    order = locality_order(ops.binary)
    ops = _renumbered(ops, order)
    by_field = np.ascontiguousarray(z[order].T)
    # One field: shuffle its values.  Several: shuffle positions, then gather each field.
    # Both are 8-byte items, so the shuffles draw the same random numbers: a field gets the
    # same permutations alone or with others.
    base = by_field[0] if fields == 1 else np.arange(n, dtype=np.intp)

    def run(start: int) -> None:
        width = min(step, permutations - start)
        drawn = np.empty((width, n), dtype=base.dtype)
        for row, stream in zip(drawn, streams[start : start + width]):
            row[:] = base
            np.random.default_rng(stream).shuffle(row)
        values = drawn if fields == 1 else np.empty((width, n))
        for f in range(fields):
            if fields > 1:
                np.take(by_field[f], drawn, out=values, mode="clip")
            out[f, :, start : start + width] = numerators(ops, values, shifts[f])

    starts = range(0, permutations, step)
    # the BLAS products here are small: BLAS's own threads only contend with ours
    # (threadpoolctl sets their number for the duration)
    with threadpool_limits(limits=1, user_api="blas"):
        if workers == 1:
            for start in starts:
                _check(cancelled)
                run(start)
        else:
            _in_threads(run, starts, workers, cancelled)
    return out


def _in_threads(run: Callable[[int], None], starts: range, workers: int, cancelled) -> None:
    """``run`` each batch start in ``workers`` threads, at most ``workers`` in flight.

    NumPy's shuffle and SciPy's sparse products release the GIL, so the batches run side
    by side; cancelling is checked here, before each batch is handed out.
    """
    pending: deque[Future] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for start in starts:
                _check(cancelled)
                if len(pending) >= workers:
                    pending.popleft().result()
                pending.append(pool.submit(run, start))
            while pending:
                pending.popleft().result()
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def locality_order(binary: sparse.csr_array) -> np.ndarray:
    """A renumbering of the features that keeps neighbours close: SciPy's reverse
    Cuthill-McKee ordering of the (symmetrised) neighbour graph.

    ``scipy.sparse.csgraph`` is imported here, not with the module: it brings
    ``scipy.linalg`` with it, a tenth of a second that the local statistics, which import
    this module through the package, do not need."""
    from scipy.sparse.csgraph import reverse_cuthill_mckee

    return reverse_cuthill_mckee(sparse.csr_matrix(binary), symmetric_mode=False)


def _renumbered(ops: Operators, order: np.ndarray) -> Operators:
    """The operators with feature ``order[i]`` as feature ``i``."""

    def matrix(m: sparse.csr_array) -> sparse.csr_array:
        return sparse.csr_array(m[order][:, order])

    return Operators(
        binary=matrix(ops.binary),
        standardised=matrix(ops.standardised),
        equal_rows=ops.equal_rows,
        spread=ops.spread[order],
        degree=ops.degree[order],
        row_sums=np.ascontiguousarray(ops.row_sums[:, order]),
    )


def permutation_streams(seed: int, permutations: int) -> list[np.random.SeedSequence]:
    """The random stream of each permutation: ``SeedSequence(seed).spawn(P)``.

    Permutation ``p`` is a Fisher-Yates shuffle (``Generator.shuffle``) of the field, in
    the order of :func:`locality_order`, by ``numpy.random.default_rng(streams[p])``: it
    depends on the seed, ``p`` and the weights alone, not on the batch or the thread that
    computes it.
    """
    return np.random.SeedSequence(seed).spawn(permutations)


def default_workers() -> int:
    """Threads for the permutations: the processor's cores, at most :data:`MAX_WORKERS`."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def batch_size(n: int, permutations: int, batch: int | None = None, workers: int = 1) -> int:
    """Permutations per batch: at most :data:`BATCH_COLUMNS`, ``batch``, and the memory cap
    shared by the ``workers`` batches in flight."""
    step = min(BATCH_COLUMNS, permutations, MAX_VALUES // (_ARRAYS * max(n, 1) * workers))
    if batch is not None:
        step = min(step, int(batch))
    return max(1, step)


def _check(cancelled: Callable[[], bool] | None) -> None:
    """Raise :class:`CancelledError` when ``cancelled()`` says so."""
    if cancelled is not None and cancelled():
        raise CancelledError("The permutation test was cancelled; nothing was written.")


def tolerances(ops: Operators, z: np.ndarray, shift: float) -> np.ndarray:
    """Tie tolerances of the Moran, Geary and General G numerators of one field.

    Each is :data:`TIE_RTOL` times a bound on the sum of the absolute values of the
    numerator's terms that holds for every arrangement (``|z_i z_j| <= (z_i**2 +
    z_j**2) / 2``); NaN for G when it is skipped.
    """
    squares = float(z @ z)
    moran = float(ops.spread.max()) * squares
    getis = float(ops.degree.max()) * (squares + abs(shift) * np.sqrt(z.size * squares))
    return TIE_RTOL * np.array([moran, 2.0 * moran, getis])


def folded_p(simulated: np.ndarray, observed: float, tolerance: float) -> float:
    """esda's folded pseudo p-value of one statistic from its permuted numerators.

    ``larger`` counts the permuted numerators at least ``observed - tolerance``; it is
    replaced by ``P - larger`` if that is smaller; ``p = (larger + 1) / (P + 1)``.  NaN
    when the observed numerator is (General G skipped).
    """
    if not np.isfinite(observed):
        return float("nan")
    permutations = simulated.size
    larger = int(np.count_nonzero(simulated >= observed - tolerance))
    larger = min(larger, permutations - larger)
    return (larger + 1.0) / (permutations + 1.0)


def _row_plus_column_sums(matrix: sparse.csr_array) -> np.ndarray:
    return np.asarray(matrix.sum(axis=1)).ravel() + np.asarray(matrix.sum(axis=0)).ravel()
