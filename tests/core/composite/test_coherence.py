"""Correlations, Cronbach's alpha and corrected item-total correlations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.composite.coherence import coherence, cronbach_alpha
from kz_innovation_plugin.core.errors import ParameterError


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {"x1": [1.0, 2, 3, 4], "x2": [2.0, 3, 3, 5], "x3": [1.0, 3, 2, 4]},
        index=["A", "B", "C", "D"],
    )


def test_alpha_by_hand(table):
    # item variances 5/3, 4.75/3, 5/3; total (4, 8, 8, 13) has variance 40.75/3
    # alpha = 3/2 * (1 - 14.75/40.75) = 156/163
    result = coherence(table, {"potential": ["x1", "x2", "x3"]})
    assert result.alpha["potential"] == pytest.approx(0.9570552147, abs=1e-9)
    assert cronbach_alpha(table) == pytest.approx(156 / 163)
    assert result.warnings == []


def test_item_total_correlations(table):
    result = coherence(table, {"potential": ["x1", "x2", "x3"]})
    items = result.item_correlations
    assert list(items.columns) == ["group", "indicator", "item_total_correlation"]
    assert items["indicator"].tolist() == ["x1", "x2", "x3"]
    rest_of_x1 = table["x2"] + table["x3"]  # (3, 6, 5, 9)
    assert items.at[0, "item_total_correlation"] == pytest.approx(
        np.corrcoef(table["x1"], rest_of_x1)[0, 1]
    )


def test_correlation_equals_pandas(table):
    result = coherence(table, {"g": ["x1", "x2"]})
    pd.testing.assert_frame_equal(result.correlation, table.corr())


def test_negative_indicator_warns(table):
    table["bad"] = [4.0, 2, 3, 1]
    result = coherence(table, {"potential": ["x1", "x2", "x3", "bad"]})
    r = result.item_correlations.set_index("indicator").at["bad", "item_total_correlation"]
    assert r < 0
    assert (
        f'Indicator "bad" correlates negatively ({r:.2f}) with the rest of group "potential": '
        "check its direction."
    ) in result.warnings


def test_low_alpha_warns(table):
    table["noise"] = [3.0, 1, 4, 1]
    result = coherence(table, {"mixed": ["x1", "noise"]})
    assert result.alpha["mixed"] < 0.7
    assert any(w.startswith('Group "mixed" has a Cronbach\'s alpha') for w in result.warnings)


def test_single_indicator_group_and_shared_indicators(table):
    result = coherence(table, {"one": ["x1"], "all": ["x1", "x2", "x3"]})
    assert np.isnan(result.alpha["one"])
    items = result.item_correlations
    assert np.isnan(items.loc[items["group"] == "one", "item_total_correlation"]).all()
    assert (items["indicator"] == "x1").sum() == 2
    assert result.warnings == []


def test_unknown_indicator(table):
    with pytest.raises(ParameterError, match='Group "g" names indicator "x9"'):
        coherence(table, {"g": ["x1", "x9"]})
    with pytest.raises(ParameterError, match='Group "empty" has no indicators'):
        coherence(table, {"empty": []})
