"""Classic, spatial and LISA Markov chains against giddy run directly and a hand count."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import warnings

import mapclassify
import numpy as np
import pandas as pd
import pytest
from giddy.markov import LISA_Markov, Markov, Spatial_Markov
from numpy.testing import assert_allclose, assert_array_equal

from kz_innovation_plugin.core.autocorrelation import local_moran
from kz_innovation_plugin.core.dynamics import (
    MIN_ROW_TRANSITIONS,
    QUADRANTS,
    classic_markov,
    lisa_markov,
    spatial_markov,
)
from kz_innovation_plugin.core.errors import ParameterError

from . import lattice, random_panel, w_of

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning", "ignore::UserWarning")

YEARS = list(range(2014, 2024))


def _grid_panel(side: int = 6, seed: int = 0):
    ids, graph = lattice(side)
    return random_panel(ids, YEARS, seed), graph


def _quiet(function, *args, **kwargs):
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore")
        return function(*args, **kwargs)


# --- a 3 x 3 matrix counted by hand -------------------------------------------------------

#: five regions over three years, classed by the cut-offs 10 and 20 (a value equal to a
#: cut-off belongs to the lower class): classes per year in the comments
TINY = pd.DataFrame(
    {2021: [5, 15, 25, 5, 10], 2022: [15, 15, 25, 5, 20], 2023: [25, 5, 15, 15, 20.1]},
    index=["a", "b", "c", "d", "e"],
)
# a: 0 1 2   b: 1 1 0   c: 2 2 1   d: 0 0 1   e: 0 1 2
HAND_COUNTS = np.array([
    [1, 3, 0],  # from 0: d 0->0; a, d, e 0->1
    [1, 1, 2],  # from 1: b 1->0; b 1->1; a, e 1->2
    [0, 1, 1],  # from 2: c 2->1; c 2->2
])


def test_hand_counted_transitions():
    result = classic_markov(TINY, cutoffs=[10, 20])
    assert_array_equal(result.transitions.to_numpy(), HAND_COUNTS)
    assert_allclose(result.probabilities.to_numpy(), HAND_COUNTS / HAND_COUNTS.sum(axis=1,
                    keepdims=True))
    assert_array_equal(result.class_ids.loc["e"].to_numpy(), [0, 1, 2])
    assert result.classes == ["1 (up to 10)", "2 (10 to 20)", "3 (above 20)"]
    assert result.cutoffs == [10.0, 20.0]


def test_hand_counted_rows_are_all_too_thin():
    result = classic_markov(TINY, cutoffs=[10, 20])
    assert result.thin_rows == result.classes  # 4, 4 and 2 moves: all below 5
    text = " ".join(result.notes)
    assert f"3 of 3 rows have fewer than {MIN_ROW_TRANSITIONS} observed transitions" in text
    assert "10 transitions are spread over 9 cells" in text


def test_enough_transitions_give_no_thin_warning():
    panel, _ = _grid_panel(side=10)
    result = classic_markov(panel, k=2)
    assert result.thin_rows == []
    assert not any("fewer than" in note for note in result.notes)


def test_a_class_nobody_leaves_has_empty_probabilities():
    panel = TINY.copy()
    panel[2023] = [5, 5, 5, 5, 5]
    # without c no region is above 20 in 2021 or 2022, so no move starts in that class
    result = classic_markov(panel.drop(index="c"), cutoffs=[10, 20])
    assert result.transitions.iloc[2].sum() == 0
    assert result.probabilities.iloc[2].isna().all()


# --- classic Markov against giddy ---------------------------------------------------------

@pytest.mark.parametrize("pooled", [True, False])
def test_classic_markov_equals_giddy(pooled):
    panel, _ = _grid_panel(seed=1)
    result = classic_markov(panel, k=4, pooled=pooled)
    values = panel.to_numpy()
    if pooled:
        ids = mapclassify.Quantiles(values.ravel(), k=4).yb.reshape(values.shape)
    else:
        ids = np.column_stack([mapclassify.Quantiles(values[:, t], k=4).yb
                               for t in range(values.shape[1])])
    direct = Markov(ids, summary=False)
    assert_array_equal(result.class_ids.to_numpy(), ids)
    assert_array_equal(result.transitions.to_numpy(), direct.transitions)
    assert_allclose(result.probabilities.fillna(0).to_numpy(), direct.p, rtol=1e-12)
    assert_allclose(result.steady_state.to_numpy(), direct.steady_state, rtol=1e-9)


def test_relative_values_divide_by_the_yearly_mean():
    panel, _ = _grid_panel(seed=2)
    result = classic_markov(panel, k=3, relative=True)
    expected = classic_markov(panel / panel.mean(axis=0), k=3)
    assert_array_equal(result.transitions.to_numpy(), expected.transitions.to_numpy())
    assert result.relative is True


# --- spatial Markov against giddy ---------------------------------------------------------

def test_spatial_markov_equals_giddy():
    panel, graph = _grid_panel(seed=3)
    result = spatial_markov(panel, graph, k=3, m=3)
    direct = _quiet(Spatial_Markov, panel.to_numpy(), w_of(graph), k=3, m=3)
    assert_array_equal(result.class_ids.to_numpy(), direct.class_ids)
    assert_array_equal(result.lag_class_ids.to_numpy(), direct.lclass_ids)
    assert_array_equal(result.transitions.to_numpy(), direct.transitions)
    assert_array_equal(result.conditional_transitions.to_numpy(),
                       np.asarray(direct.T).reshape(-1, 3))
    assert_allclose(result.conditional_probabilities.fillna(0).to_numpy(),
                    np.asarray(direct.P).reshape(-1, 3), rtol=1e-12)
    assert_allclose(result.cutoffs, direct.cutoffs)
    assert_allclose(result.lag_cutoffs, direct.lag_cutoffs)
    ours, theirs = result.homogeneity, direct
    assert_allclose([ours["Q"], ours["LR"], ours["x2"]],
                    [_quiet(lambda: theirs.Q), _quiet(lambda: theirs.LR),
                     _quiet(lambda: theirs.x2)], rtol=1e-12)
    assert ours["dof"] == theirs.dof_hom and ours["x2_permutation_p"] is None


def test_spatial_markov_aligns_rows_with_the_graph():
    panel, graph = _grid_panel(seed=3)
    shuffled = panel.sample(frac=1.0, random_state=7)
    a = spatial_markov(panel, graph, k=3)
    b = spatial_markov(shuffled, graph, k=3)
    pd.testing.assert_frame_equal(a.conditional_transitions, b.conditional_transitions)
    assert list(b.class_ids.index) == list(graph.unique_ids)


def test_spatial_markov_permutations_are_seeded_and_restore_the_generator():
    panel, graph = _grid_panel(seed=4)
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    result = spatial_markov(panel, graph, k=3, permutations=99, seed=9)
    assert_array_equal(np.random.get_state()[1], before)
    np.random.seed(9)
    direct = _quiet(Spatial_Markov, panel.to_numpy(), w_of(graph), k=3, m=3,
                    permutations=99)
    assert result.homogeneity["x2_permutation_p"] == pytest.approx(direct.x2_rpvalue)
    again = spatial_markov(panel, graph, k=3, permutations=99, seed=9)
    assert again.homogeneity == result.homogeneity


def test_spatial_markov_warns_on_thin_conditional_rows():
    panel, graph = _grid_panel(side=4, seed=5)  # 16 regions: Kazakhstan's scale
    result = spatial_markov(panel, graph, k=4)
    assert result.thin_rows
    assert any("conditional rows (lag class, from class) have fewer than 5" in note
               for note in result.notes)


# --- LISA Markov against giddy ------------------------------------------------------------

def test_lisa_markov_equals_giddy_in_geoda_numbering():
    panel, graph = _grid_panel(seed=6)
    result = lisa_markov(panel, graph, permutations=0)
    direct = _quiet(LISA_Markov, panel.to_numpy(), w_of(graph))
    order = [0, 2, 1, 3]  # giddy's rows HH, LH, LL, HL -> GeoDa's HH, LL, LH, HL
    assert list(result.transitions.index) == list(QUADRANTS.values())
    assert_array_equal(result.transitions.to_numpy(), direct.transitions[np.ix_(order, order)])
    assert_allclose(result.expected.to_numpy(), direct.expected_t[np.ix_(order, order)])
    assert (result.chi2, result.chi2_p, result.chi2_dof) == pytest.approx(direct.chi_2)
    assert_allclose(result.steady_state.to_numpy(), direct.steady_state[order], rtol=1e-9)
    assert_array_equal(result.quadrants.to_numpy(),
                       np.vectorize({1: 1, 2: 3, 3: 2, 4: 4}.get)(direct.q))


def test_lisa_markov_p_values_are_the_plugins_local_moran():
    panel, graph = _grid_panel(seed=6)
    result = lisa_markov(panel, graph, permutations=199, seed=3)
    for year in (YEARS[0], YEARS[-1]):
        direct = local_moran(panel[year], graph, permutations=199, seed=3, correction="none")
        assert_allclose(result.p_values[year], direct.frame["LISA_P"])
    again = lisa_markov(panel, graph, permutations=199, seed=3)
    pd.testing.assert_frame_equal(result.p_values, again.p_values)
    assert any("region-years have a local Moran pseudo p-value" in n for n in result.notes)


def test_lisa_quadrants_by_hand():
    panel, graph = _grid_panel(seed=6)
    result = lisa_markov(panel, graph, permutations=0)
    weights = w_of(graph)
    matrix = weights.full()[0]
    for year in YEARS:
        z = panel[year].to_numpy() - panel[year].mean()
        lag = matrix @ z
        expected = np.select([(z > 0) & (lag > 0), (z < 0) & (lag < 0), (z < 0) & (lag > 0)],
                             [1, 2, 3], default=4)
        assert_array_equal(result.quadrants[year].to_numpy(), expected)
    assert result.p_values is None


# --- bad input and the lazy import --------------------------------------------------------

def test_bad_input_messages():
    panel, graph = _grid_panel()
    with pytest.raises(ParameterError, match="number of value classes must be between 2 and 10"):
        classic_markov(panel, k=1)
    with pytest.raises(ParameterError, match="cut-offs must be finite numbers in increasing"):
        classic_markov(panel, cutoffs=[20, 10])
    with pytest.raises(ParameterError, match="at least 2 years"):
        classic_markov(panel[[2014]])
    with pytest.raises(ParameterError, match="permutations must be between 99"):
        spatial_markov(panel, graph, permutations=10)
    ids, islands = lattice(3, detached=True)
    with pytest.raises(ParameterError, match=r"Regions r09 have no neighbours"):
        lisa_markov(random_panel(ids, YEARS), islands)
    with pytest.raises(ParameterError, match="do not cover the same regions"):
        spatial_markov(panel.iloc[1:], graph)


def test_importing_the_dynamics_does_not_import_giddy_or_spreg():
    script = textwrap.dedent(
        """
        import sys
        import kz_innovation_plugin.core.dynamics
        heavy = [name for name in ("giddy", "spreg", "quantecon", "mapclassify")
                 if name in sys.modules]
        assert not heavy, heavy
        """
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               timeout=300)
    assert completed.returncode == 0, completed.stderr


def test_the_results_flag_thin_rows_as_warnings():
    classic = classic_markov(TINY, cutoffs=[10, 20])
    assert len(classic.warnings) == 1 and classic.warnings[0].startswith(
        f"3 of 3 rows have fewer than {MIN_ROW_TRANSITIONS} observed transitions")
    assert set(classic.warnings) < set(classic.notes)  # the count summary is no warning
    panel, graph = _grid_panel(side=4)
    spatial = _quiet(spatial_markov, panel, graph, 4, permutations=0)
    assert any("conditional rows (lag class, from class) have fewer than" in note
               for note in spatial.warnings)
    assert not any(note.startswith("4 classes from") for note in spatial.warnings)
    ids, small = lattice(3)
    lisa = _quiet(lisa_markov, random_panel(ids, [2022, 2023]), small, permutations=0)
    assert lisa.warnings and all(" rows have fewer than " in note for note in lisa.warnings)
    assert set(lisa.warnings) < set(lisa.notes)
    assert classic_markov(_grid_panel(side=10)[0], k=2).warnings == []
