"""The vectorised uncertainty runs against the run-by-run analysis they replaced.

The same seed must give the same choices and the same rank table (medians, 90 % intervals,
top-level probabilities, wide flags), exactly, on the bundled 2018 data with 1,000 runs and
on random tables.  Every run's index must also equal the run-by-run one to the last bit: the
vectorised runs hand each run's weighted sums to the BLAS kernel that ``DataFrame @ Series``
used, on the same memory layout (see ``composite/uncertainty.py``).  Should another BLAS sum
in another order, the values would move by a few units in the last place and
``assert_same_as_run_by_run`` would need ``assert_allclose(atol=1e-12)`` instead; the rank
figures must stay exact.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.composite import uncertainty
from kz_innovation_plugin.core.composite.chain import ChainState
from kz_innovation_plugin.core.composite.index import IndexOptions, index_chain
from kz_innovation_plugin.core.composite.uncertainty import (
    UncertaintyRuns,
    UncertaintySettings,
    min_ranks,
    rank_uncertainty,
)
from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.jobs.join import run as run_join
from tests.conftest import DEMO_TABLE
from tests.core.composite.reference_uncertainty import reference_runs

#: the steps before the uncertainty analysis
CHOSEN = ["select", "impute", "treat", "normalise", "weight", "aggregate", "levels"]
GROUPS = {"potential": ["a", "b", "c"], "performance": ["d", "e", "f"]}


def random_regions(n: int, seed: int, gaps: float = 0.02) -> pd.DataFrame:
    """Skewed, correlated indicators a..f for n regions, a share ``gaps`` of them missing."""
    rng = np.random.default_rng(seed)
    common = rng.normal(size=(n, 1))
    values = np.exp(0.8 * common + rng.normal(size=(n, 6)) * [1.0, 0.5, 1.5, 0.3, 0.8, 1.2])
    frame = pd.DataFrame(values * 100, columns=list("abcdef"),
                         index=[f"R{i:05d}" for i in range(n)])
    missing = rng.random(frame.shape) < gaps
    missing[missing.sum(axis=1) > 2] = False   # never more than half of a region
    return frame.mask(missing)


def chosen_index(frame: pd.DataFrame, options: IndexOptions,
                 national: pd.Series | None = None):
    """The chain of the options and its state before the uncertainty analysis."""
    chain = index_chain(options)
    return chain, chain.run(ChainState(frame, national=national), only=CHOSEN)


def assert_same_as_run_by_run(chain, state, settings: UncertaintySettings) -> None:
    result = rank_uncertainty(chain, state, settings)
    table, choices, indices = reference_runs(state, settings)
    pd.testing.assert_frame_equal(result.choices, choices)
    pd.testing.assert_frame_equal(result.ranks, table, check_exact=True)
    assert result.top_k == state.top_k
    runs = UncertaintyRuns(chain, state, settings)
    values = np.concatenate([index for _, index in runs.blocks()])
    np.testing.assert_array_equal(values, indices)


@pytest.fixture(scope="module")
def bundled():
    outcome = run_join(JoinJob(table=str(DEMO_TABLE), year=2018))
    national = outcome.national()
    joined = outcome.result.joined
    return pd.DataFrame(joined.drop(columns=joined.geometry.name)), national


def test_bundled_2018_data_1000_runs_as_run_by_run(bundled):
    frame, national = bundled
    chain, state = chosen_index(frame, IndexOptions(), national)
    assert state.imputation.imputed.to_numpy().sum() == 1   # the imputation varies
    assert_same_as_run_by_run(chain, state, UncertaintySettings(runs=1000, seed=1))


@pytest.mark.parametrize(("regions", "runs"), [(50, 1000), (3000, 200)])
def test_random_tables_as_run_by_run(regions, runs):
    chain, state = chosen_index(random_regions(regions, seed=regions),
                                IndexOptions(groups=GROUPS, directions={"e": -1}))
    assert_same_as_run_by_run(chain, state, UncertaintySettings(runs=runs, seed=7))


CHOICES = {
    "geometric index, zscore": dict(normalisation="zscore", aggregation="geometric",
                                    level_method="quantiles"),
    "a zero user weight": dict(weighting="user", user_weights={
        "a": 0.0, "b": 1.0, "c": 2.0, "d": 1.0, "e": 1.0, "f": 3.0}),
    "pca weights, no imputation": dict(weighting="pca", imputation="none"),
    "an indicator in two groups": dict(groups={"potential": ["a", "b", "c"],
                                               "performance": ["c", "d"], "digital": ["e", "f"]}),
}
SETTINGS = {
    "defaults": {},
    "no leave-one-out, no noise": dict(leave_one_out=False, weight_noise=0.0),
    "other normalisations": dict(normalisations=("minmax100", "rank", "distance_to_best")),
    "geometric only": dict(aggregations=("geometric",), normalisations=("zscore",)),
}


@pytest.mark.parametrize("choice", list(CHOICES))
def test_other_index_choices_as_run_by_run(choice):
    options = IndexOptions(**{"groups": GROUPS, **CHOICES[choice]})
    chain, state = chosen_index(random_regions(40, seed=3), options)
    assert_same_as_run_by_run(chain, state, UncertaintySettings(runs=100, seed=11))


@pytest.mark.parametrize("name", list(SETTINGS))
def test_other_settings_as_run_by_run(name):
    chain, state = chosen_index(random_regions(40, seed=4), IndexOptions(groups=GROUPS))
    assert_same_as_run_by_run(chain, state,
                              UncertaintySettings(runs=100, seed=5, **SETTINGS[name]))


def test_small_blocks_give_the_same_runs(monkeypatch):
    chain, state = chosen_index(random_regions(60, seed=8), IndexOptions(groups=GROUPS))
    settings = UncertaintySettings(runs=100, seed=2)
    whole = rank_uncertainty(chain, state, settings)
    monkeypatch.setattr(uncertainty, "BLOCK_VALUES", 6 * 60 * 7)   # 7 runs per block
    runs = UncertaintyRuns(chain, state, settings)
    assert [len(index) for _, index in runs.blocks()] == [7] * 14 + [2]
    pd.testing.assert_frame_equal(rank_uncertainty(chain, state, settings).ranks, whole.ranks,
                                  check_exact=True)
    assert_same_as_run_by_run(chain, state, settings)


def test_a_constant_indicator_fails_as_run_by_run():
    chain, state = chosen_index(random_regions(30, seed=9, gaps=0), IndexOptions(groups=GROUPS))
    treated = state.treatment.values.assign(b=5.0)   # constant: no run can normalise it
    state = state.with_notes([], treatment=type(state.treatment)(treated,
                                                                 state.treatment.report))
    settings = UncertaintySettings(runs=50, seed=1)
    with pytest.raises(ParameterError, match='"b" has the same value') as ours:
        rank_uncertainty(chain, state, settings)
    with pytest.raises(ParameterError) as theirs:
        reference_runs(state, settings)
    assert str(ours.value) == str(theirs.value)


def test_min_ranks_are_pandas_min_ranks_descending():
    rng = np.random.default_rng(0)
    values = rng.integers(0, 6, size=(200, 25)).astype(float)   # many ties
    values[::7] += 0.5
    expected = pd.DataFrame(values).rank(axis=1, ascending=False, method="min").to_numpy()
    np.testing.assert_array_equal(min_ranks(values), expected)
