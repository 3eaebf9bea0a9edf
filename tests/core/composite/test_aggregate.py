"""Aggregation: arithmetic and geometric means worked out by hand, groups, shifts, refusals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.composite.aggregate import (
    AGGREGATIONS,
    GEOMETRIC_SHIFT,
    aggregate,
    composite_index,
)
from kz_innovation_plugin.core.errors import ParameterError

REGIONS = ["r1", "r2", "r3"]


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {"A": [0.2, 0.5, 1.0], "B": [0.8, 0.5, 0.25], "C": [0.6, 0.0, 0.3]}, index=REGIONS
    )


def test_arithmetic(table):
    # weights 1 : 3 -> 0.25, 0.75 (C has no weight, so it is not used)
    # r1 0.25*0.2 + 0.75*0.8 = 0.65; r2 0.5; r3 0.25*1 + 0.75*0.25 = 0.4375
    index, notes = aggregate(table, pd.Series({"A": 1.0, "B": 3.0}))
    assert list(index.index) == REGIONS
    np.testing.assert_allclose(index, [0.65, 0.5, 0.4375])
    assert notes == []


def test_geometric(table):
    # r1 0.2^0.25 * 0.8^0.75 = (0.2 * 0.512)^(1/4) = 0.1024^(1/4) = 0.565685
    # r2 0.5;  r3 1^0.25 * 0.25^0.75 = 0.25^(3/4) = 0.353553
    index, notes = aggregate(table, pd.Series({"A": 1.0, "B": 3.0}), "geometric")
    np.testing.assert_allclose(index, [0.565685, 0.5, 0.353553], atol=1e-6)
    assert notes == []


def test_geometric_shifts_a_zero():
    # smallest value 0 -> s = 0.01 - 0 = 0.01
    # r1 sqrt(0.01 * 1.01) - 0.01 = 0.100499 - 0.01 = 0.090499; r2 0.5; r3 as r1
    table = pd.DataFrame({"A": [0.0, 0.5, 1.0], "B": [1.0, 0.5, 0.0]}, index=REGIONS)
    index, notes = aggregate(table, pd.Series({"A": 1.0, "B": 1.0}), "geometric")
    np.testing.assert_allclose(index, [0.090499, 0.5, 0.090499], atol=1e-6)
    assert GEOMETRIC_SHIFT == 0.01
    assert len(notes) == 1 and "shifted by 0.01" in notes[0]


def test_geometric_shifts_negative_values():
    # z-scores: smallest -1, shift 0.5 -> s = 1.5; values become 0.5 2.5 / 2.5 0.5
    # sqrt(0.5 * 2.5) - 1.5 = 1.118034 - 1.5 = -0.381966 for both regions
    table = pd.DataFrame({"A": [-1.0, 1.0], "B": [1.0, -1.0]})
    index, notes = aggregate(table, pd.Series({"A": 1.0, "B": 1.0}), "geometric", shift=0.5)
    np.testing.assert_allclose(index, [-0.381966, -0.381966], atol=1e-6)
    assert "shifted by 1.5" in notes[0] and "-1 -> 0.5" in notes[0]


def test_geometric_ignores_zero_in_unweighted_column(table):
    # C holds a 0 but has weight 0, so nothing is shifted
    _, notes = aggregate(table, pd.Series({"A": 1.0, "C": 0.0}), "geometric")
    assert notes == []


def test_group_weights(table):
    # g1 = A, B with 0.25, 0.75 -> 0.65 0.5 0.4375;  g2 = C alone -> 0.6 0.0 0.3
    # overall 3 : 1 -> 0.75 g1 + 0.25 g2 = 0.6375 0.375 0.403125
    groups = {"g1": ["A", "B"], "g2": ["C"]}
    weights = {"g1": pd.Series({"A": 1.0, "B": 3.0}), "g2": pd.Series({"C": 1.0})}
    sub, index, notes = composite_index(table, groups, weights, pd.Series({"g1": 3, "g2": 1}))
    assert list(sub.columns) == ["g1", "g2"] and list(sub.index) == REGIONS
    np.testing.assert_allclose(sub["g1"], [0.65, 0.5, 0.4375])
    np.testing.assert_allclose(sub["g2"], [0.6, 0.0, 0.3])
    assert index.name == "index"
    np.testing.assert_allclose(index, [0.6375, 0.375, 0.403125])
    assert notes == []


def test_indicator_in_two_groups_and_equal_group_weights(table):
    # g1 = A, B (0.25, 0.75) -> 0.65 0.5 0.4375;  g2 = B, C (0.5, 0.5) -> 0.7 0.25 0.275
    # equal group weights -> 0.675 0.375 0.35625
    groups = {"g1": ["A", "B"], "g2": ["B", "C"]}
    weights = {"g1": pd.Series({"A": 0.25, "B": 0.75}), "g2": pd.Series({"B": 0.5, "C": 0.5})}
    sub, index, _ = composite_index(table, groups, weights)
    np.testing.assert_allclose(sub["g2"], [0.7, 0.25, 0.275])
    np.testing.assert_allclose(index, [0.675, 0.375, 0.35625])


def test_geometric_composite_reports_shift(table):
    # g2 = C holds a 0 -> shifted; its geometric "mean" of one indicator is C itself
    groups = {"g1": ["A", "B"], "g2": ["C"]}
    weights = {"g1": pd.Series({"A": 1.0, "B": 3.0}), "g2": pd.Series({"C": 1.0})}
    sub, index, notes = composite_index(table, groups, weights, method="geometric")
    np.testing.assert_allclose(sub["g2"], [0.6, 0.0, 0.3], atol=1e-12)
    assert any('group "g2"' in note for note in notes)
    assert any("sub-indices" in note for note in notes)  # the overall level has a 0 too
    assert AGGREGATIONS == ("arithmetic", "geometric")


@pytest.mark.parametrize(
    "raw, shown",
    [({"A": -1.0, "B": 2.0}, "A = -1.0, B = 2.0"), ({"A": 0.0, "B": 0.0}, "A = 0.0, B = 0.0")],
)
def test_bad_indicator_weights(table, raw, shown):
    with pytest.raises(ParameterError) as caught:
        aggregate(table, pd.Series(raw))
    assert str(caught.value) == (
        "Weights of the aggregation must be zero or positive and sum to a positive number; "
        f"got {shown}. Correct these weights."
    )


def test_bad_group_weights(table):
    groups = {"g1": ["A"], "g2": ["B"]}
    weights = {"g1": pd.Series({"A": 1.0}), "g2": pd.Series({"B": 1.0})}
    with pytest.raises(ParameterError, match="Weights of the groups .* got g1 = 1, g2 = -1"):
        composite_index(table, groups, weights, pd.Series({"g1": 1, "g2": -1}))
    with pytest.raises(ParameterError, match="No group weight is given for g2"):
        composite_index(table, groups, weights, pd.Series({"g1": 1.0}))


def test_weights_not_matching_group(table):
    with pytest.raises(ParameterError, match='weights of group "g" are for A but the group '
                       "holds A, B"):
        composite_index(table, {"g": ["A", "B"]}, {"g": pd.Series({"A": 1.0})})
    with pytest.raises(ParameterError, match='Group "g" has no indicator weights'):
        composite_index(table, {"g": ["A"]}, {})


def test_weight_for_absent_indicator(table):
    with pytest.raises(ParameterError, match="name Q, which the table does not hold"):
        aggregate(table, pd.Series({"A": 1.0, "Q": 1.0}))


def test_unknown_method_and_bad_shift(table):
    with pytest.raises(ParameterError, match='Unknown aggregation "harmonic"; choose one of '
                       "arithmetic, geometric"):
        aggregate(table, pd.Series({"A": 1.0}), "harmonic")
    with pytest.raises(ParameterError, match="shift must be a positive number; got 0"):
        aggregate(table, pd.Series({"A": 1.0}), "geometric", shift=0.0)
