"""Three levels of the index and the scoreboard performance groups."""

from __future__ import annotations

import mapclassify
import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.composite.levels import (
    DEFAULT_THRESHOLDS,
    LEVEL_LABELS,
    classify_levels,
    performance_groups,
)
from kz_innovation_plugin.core.errors import ParameterError

INDEX = pd.Series(
    [0.05, 0.12, 0.2, 0.33, 0.41, 0.5, 0.52, 0.7, 0.74, 0.81, 0.93, 0.97],
    index=[f"R{i:02d}" for i in range(12)],
)


def test_thresholds_by_hand():
    index = pd.Series([0.0, 0.2, 0.4, 0.7, 1.0, np.nan], index=list("abcdef"))
    levels = classify_levels(index)
    assert levels.tolist()[:5] == ["low", "low", "medium", "high", "high"]
    assert levels["f"] is None
    assert list(levels.index) == list("abcdef")


def test_values_on_a_threshold_go_up():
    index = pd.Series([0.3, 0.6, np.nextafter(0.3, 0), np.nextafter(0.6, 0)])
    levels = classify_levels(index, thresholds=(0.3, 0.6))
    assert levels.tolist() == ["medium", "high", "low", "medium"]
    on_default = classify_levels(pd.Series(list(DEFAULT_THRESHOLDS)))
    assert on_default.tolist() == ["medium", "high"]


def test_other_scale():
    levels = classify_levels(pd.Series([10.0, 50.0, 90.0]), thresholds=[40, 80])
    assert levels.tolist() == list(LEVEL_LABELS)


@pytest.mark.filterwarnings("ignore:Numba not installed")
@pytest.mark.parametrize(
    ("method", "classifier"),
    [("quantiles", mapclassify.Quantiles), ("natural_breaks", mapclassify.FisherJenks)],
)
def test_mapclassify_methods(method, classifier):
    expected = np.array(LEVEL_LABELS)[classifier(INDEX.to_numpy(), k=3).yb]
    levels = classify_levels(INDEX, method)
    assert levels.tolist() == expected.tolist()
    assert set(levels) == set(LEVEL_LABELS)


def test_mapclassify_skips_missing_values():
    index = pd.concat([INDEX, pd.Series([np.nan], index=["gap"])])
    levels = classify_levels(index, "quantiles")
    assert levels["gap"] is None
    assert levels.drop("gap").tolist() == classify_levels(INDEX, "quantiles").tolist()


def test_mapclassify_needs_three_values():
    with pytest.raises(ParameterError, match="at least 3 different index values; got 2"):
        classify_levels(pd.Series([0.1, 0.1, 0.5, 0.5]), "natural_breaks")


@pytest.mark.parametrize("thresholds", [(0.5, 0.5), (0.6, 0.3), (0.2, 0.4, 0.6), (0.5,)])
def test_bad_thresholds(thresholds):
    with pytest.raises(ParameterError) as err:
        classify_levels(INDEX, thresholds=thresholds)
    assert str(err.value) == (
        "Level thresholds must be two increasing numbers, e.g. 0.33, 0.66; "
        f"got {thresholds!r}."
    )


def test_unknown_method():
    with pytest.raises(ParameterError, match="natural_breaks"):
        classify_levels(INDEX, "jenks")


def test_performance_groups_on_the_boundaries():
    index = pd.Series(
        [0.5, 0.7, 0.7001, 1.0, 1.0001, 1.25, 1.2501, 2.0, np.nan], index=list("abcdefghi")
    )
    relative, groups = performance_groups(index, reference=1.0)
    assert relative.tolist()[:8] == pytest.approx([50, 70, 70.01, 100, 100.01, 125, 125.01, 200])
    assert groups.tolist() == [
        "emerging", "emerging", "moderate", "moderate", "strong", "strong", "leader",
        "leader", None,
    ]


def test_performance_groups_reference_scale():
    relative, groups = performance_groups(pd.Series([0.28, 0.4, 0.5, 0.51]), reference=0.4)
    assert relative.tolist() == pytest.approx([70, 100, 125, 127.5])
    assert groups.tolist() == ["emerging", "moderate", "strong", "leader"]


@pytest.mark.parametrize("reference", [0, -1.0, np.nan, None])
def test_performance_groups_bad_reference(reference):
    with pytest.raises(ParameterError, match="must be a positive number"):
        performance_groups(INDEX, reference)
