"""The conditional permutation engine: reproducible, never draws the focal unit, exact,
bounded in memory, cancellable."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
from scipy import sparse

from kz_innovation_plugin.core.autocorrelation import hotspots, local_moran
from kz_innovation_plugin.core.autocorrelation.inputs import (
    common_row_weight,
    standardise,
    weights_from_graph,
)
from kz_innovation_plugin.core.autocorrelation.permutation import (
    _draw_table,
    conditional_permutation_counts,
    pseudo_p_values,
)
from kz_innovation_plugin.core.errors import CancelledError, ParameterError

from . import bundled_indicators, bundled_regions, geoda_weights, grid, queen, smooth_field


def as_pair(result):
    """A local statistic's result as (its frame, its method record)."""
    return result.frame, result.record()


def _bundled_case(field: str = "grp_per_capita"):
    graph = queen(bundled_regions())
    weights = weights_from_graph(graph)
    z = standardise(bundled_indicators()[field].to_numpy())
    return weights, z


def _ring(n: int, k: int) -> sparse.csr_array:
    """Each unit's neighbours are the next ``k`` units around a ring (row-standardised)."""
    rows = np.repeat(np.arange(n), k)
    cols = (rows + np.tile(np.arange(1, k + 1), n)) % n
    return sparse.csr_array((np.full(n * k, 1.0 / k), (rows, cols)), shape=(n, n))


def test_same_seed_identical_different_seed_close():
    weights, z = _bundled_case()
    row = weights.row_standardised()
    first = conditional_permutation_counts(z, row, 999, seed=5)
    again = conditional_permutation_counts(z, row, 999, seed=5)
    other = conditional_permutation_counts(z, row, 999, seed=6)
    assert np.array_equal(first, again)
    assert not np.array_equal(first, other)
    # two runs of 999 permutations: differences of a few Monte Carlo standard errors
    diff = np.abs(pseudo_p_values(first, 999) - pseudo_p_values(other, 999))
    assert diff.max() < 0.06 and diff.mean() < 0.02


@pytest.mark.parametrize(("n", "k"), [(60, 3), (6, 4), (2, 1), (9, 8)])
def test_focal_unit_never_drawn(n, k):
    """The focal unit alone holds a non-zero value, its neighbours hold 0: every permuted
    lag is 0, a tie with the observed lag, unless the focal unit itself is drawn.  With
    ties counted in both tails the count stays at P only if it never is.  (60, 3) draws
    the table with rejection sampling, (6, 4) and (9, 8) row by row, (2, 1) a single draw."""
    matrix = _ring(n, k)
    for focal in range(0, n, max(1, n // 5)):
        z = np.zeros(n)
        z[focal] = 1e6
        counts = conditional_permutation_counts(z, matrix, 999, seed=focal)
        assert counts[focal] == 999


def test_matches_exact_enumeration():
    """With ties in both tails the pseudo p-value estimates the exact conditional p-value
    (all subsets of other regions enumerated) within 4 Monte Carlo standard errors."""
    weights, z = _bundled_case("grp_per_capita")
    row = weights.row_standardised()
    n, permutations = z.size, 9999
    p = pseudo_p_values(conditional_permutation_counts(z, row, permutations, seed=11), permutations)
    lag = row @ z
    for i in range(n):
        neighbours = row.indices[row.indptr[i] : row.indptr[i + 1]]
        others = np.delete(np.arange(n), i)
        subsets = np.array(list(itertools.combinations(others, neighbours.size)))
        permuted = z[subsets].mean(axis=1)
        exact = min((permuted >= lag[i] - 1e-12).mean(), (permuted <= lag[i] + 1e-12).mean())
        error = np.sqrt(exact * (1 - exact) / permutations)
        assert abs(p[i] - exact) <= 4 * error + 2 / permutations, i


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_upper_ties_reproduce_esda_folding():
    """A region with one neighbour that holds the lowest value, itself the highest: the
    exact p-value is 1/16 (the neighbour is one of 16 equally likely others).  GeoDa (and
    esda without numba) fold ``min(larger, P - larger)`` and report 1/(P + 1);
    ``ties="upper"`` does the same, the default counts the ties.  esda's numba engine
    compares in float32 with fastmath, where such a tie falls on either side, so GeoDa's
    engine is the reference here."""
    pygeoda = pytest.importorskip("pygeoda")
    graph = queen(bundled_regions())
    assert graph.cardinalities.loc[14] == 1 and graph[14].index.tolist() == [0]
    y = smooth_field(bundled_regions())
    y.loc[14], y.loc[0] = y.max() + 1.0, y.min() - 1.0
    default, _ = as_pair(local_moran(y, graph, correction="none"))
    upper, _ = as_pair(local_moran(y, graph, correction="none", ties="upper"))
    reference = pygeoda.local_moran(
        geoda_weights(graph), y.tolist(), permutations=999, seed=1
    ).lisa_pvalues()
    assert upper.loc[14, "LISA_P"] == pytest.approx(0.001)
    assert reference[14] == pytest.approx(0.001)
    assert abs(default.loc[14, "LISA_P"] - 1 / 16) < 4 * np.sqrt(1 / 16 * 15 / 16 / 999)


def test_gstar_and_local_moran_share_the_draws():
    """Same neighbours, same draws: Gi* pseudo p-values equal local Moran's (issue)."""
    y = bundled_indicators()["internet_users_pct"]
    graph = queen(bundled_regions())
    lisa, _ = as_pair(local_moran(y, graph, seed=3, correction="none"))
    gstar, _ = as_pair(hotspots(y, graph, seed=3, correction="none"))
    assert np.array_equal(lisa["LISA_P"].to_numpy(), gstar["GiPValue"].to_numpy())


def test_ten_thousand_units():
    """A 100 x 100 grid with 999 permutations runs in bounded memory (time not asserted)."""
    frame = grid(100)
    weights = weights_from_graph(queen(frame))
    z = standardise(smooth_field(frame).to_numpy())
    counts = conditional_permutation_counts(z, weights.row_standardised(), 999, seed=1)
    assert counts.shape == (10_000,)
    assert counts.min() >= 0 and counts.max() <= 499  # folded: at most half of P


def test_chunks_are_reproducible_and_valid():
    weights, z = _bundled_case()
    row = weights.row_standardised()
    small = conditional_permutation_counts(z, row, 999, seed=2, chunk=2)
    assert np.array_equal(small, conditional_permutation_counts(z, row, 999, seed=2, chunk=2))
    assert np.all((small >= 0) & (small <= 499))
    # one table shared by all units: the chunking does not change the draws
    assert np.array_equal(small, conditional_permutation_counts(z, row, 999, seed=2))


def test_islands_are_not_tested():
    frame = grid(3, detached=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        weights = weights_from_graph(queen(frame))
    z = standardise(smooth_field(frame).to_numpy())
    counts = conditional_permutation_counts(z, weights.row_standardised(), 199, seed=1)
    assert counts[-1] == 199 and np.all(counts[:-1] <= 99)


def test_cancel_between_chunks():
    weights, z = _bundled_case()
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(CancelledError, match="cancelled"):
        conditional_permutation_counts(
            z, weights.row_standardised(), 999, seed=1, chunk=1, cancelled=cancelled
        )
    assert len(calls) == 3


def test_unknown_tie_rule():
    weights, z = _bundled_case()
    with pytest.raises(ParameterError, match="tie rule"):
        conditional_permutation_counts(z, weights.row_standardised(), 99, seed=1, ties="lower")


def _mixed_weights(n: int, seed: int) -> sparse.csr_array:
    """Rows of 1 to 6 random neighbours: half with equal weights, half with unequal ones."""
    rng = np.random.default_rng(seed)
    rows, cols, data = [], [], []
    for i in range(n):
        k = int(rng.integers(1, 7))
        others = rng.choice(np.delete(np.arange(n), i), size=k, replace=False)
        weights = np.full(k, 1.0 / k) if i % 2 else rng.uniform(0.1, 1.0, size=k)
        rows += [i] * k
        cols += others.tolist()
        data += weights.tolist()
    return sparse.csr_array((data, (rows, cols)), shape=(n, n))


@pytest.mark.parametrize("ties", ["both", "upper"])
@pytest.mark.parametrize("case", ["bundled", "grid", "mixed", "integers"])
def test_shortcut_equals_every_lag(case, ties):
    """The sorted-sums shortcut gives exactly the counts of computing every permuted lag
    from the same table: on contiguity (equal weights), on a graph mixing equal and unequal
    rows, and on integer values where permuted lags often tie with the observed one."""
    if case == "bundled":
        weights, z = _bundled_case()
        matrix = weights.row_standardised()
    elif case == "grid":
        frame = grid(30)
        matrix = weights_from_graph(queen(frame)).row_standardised()
        z = standardise(smooth_field(frame).to_numpy())
    else:
        matrix = _mixed_weights(300, seed=4)
        rng = np.random.default_rng(8)
        z = rng.normal(size=300) if case == "mixed" else rng.integers(0, 4, 300).astype(float)
        if case == "integers":
            matrix.data = np.ones_like(matrix.data)  # binary: many exact ties
    orientation = np.sign(z - 0.5)
    fast = conditional_permutation_counts(
        z, matrix, 999, seed=7, ties=ties, orientation=orientation
    )
    direct = conditional_permutation_counts(
        z, matrix, 999, seed=7, ties=ties, orientation=orientation, shortcut=False
    )
    assert np.array_equal(fast, direct)
    if case == "integers" and ties == "both":  # the ties are real: the rules differ
        upper = conditional_permutation_counts(z, matrix, 999, seed=7, ties="upper")
        assert not np.array_equal(fast, upper)


def test_stand_in_draws_are_uniform():
    """Unit 0 of a ring with 2 neighbours among n = 6 others: every pair of the 5 other
    units is equally likely (chi-square over the 10 pairs, 20,000 rows; fails by chance
    with probability 1e-4).  z is chosen so that each pair has its own sum."""
    n, k, permutations = 6, 2, 20_000
    z = 2.0 ** np.arange(n)  # sums of distinct pairs are distinct
    table = _draw_table(np.random.default_rng(1), permutations, k + 1, n)
    drawn = np.where(table[:, :k] == 0, table[:, [k]], table[:, :k])
    assert not (drawn == 0).any()
    sums = z[drawn].sum(axis=1)
    _, observed = np.unique(sums, return_counts=True)
    assert observed.size == 10
    expected = permutations / 10
    chi2 = ((observed - expected) ** 2 / expected).sum()
    assert chi2 < 33.7  # chi-square, 9 degrees of freedom, upper 1e-4 quantile


def test_common_row_weight():
    """A row's weight when all its weights are equal; NaN for unequal rows and islands."""
    matrix = sparse.csr_array(
        np.array([[0, 0.5, 0.5, 0], [0, 0, 0.2, 0.8], [0, 0, 0, 0], [1.0, 0, 0, 0]])
    )
    weight = common_row_weight(matrix)
    assert weight[0] == 0.5 and weight[3] == 1.0
    assert np.isnan(weight[1]) and np.isnan(weight[2])
