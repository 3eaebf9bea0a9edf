"""Normalisation: every method against numbers worked out by hand, and every refusal."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.composite.normalise import NORMALISATIONS, normalise
from kz_innovation_plugin.core.errors import ParameterError

REGIONS = ["r1", "r2", "r3", "r4"]


@pytest.fixture
def values() -> pd.DataFrame:
    """A: higher is better; B: lower is better."""
    return pd.DataFrame({"A": [2.0, 4.0, 6.0, 10.0], "B": [1.0, 3.0, 3.0, 5.0]}, index=REGIONS)


@pytest.fixture
def directions() -> pd.Series:
    return pd.Series({"A": 1, "B": -1})


def check(result: pd.DataFrame, a: list[float], b: list[float]) -> None:
    assert list(result.index) == REGIONS and list(result.columns) == ["A", "B"]
    np.testing.assert_allclose(result["A"], a, atol=1e-6)
    np.testing.assert_allclose(result["B"], b, atol=1e-6)


def test_minmax(values, directions):
    # A: min 2, max 10, range 8 -> (x - 2) / 8 = 0, 2/8, 4/8, 8/8
    # B (lower is better): max 5, min 1, range 4 -> (5 - x) / 4 = 4/4, 2/4, 2/4, 0
    check(normalise(values, directions, "minmax"), [0, 0.25, 0.5, 1], [1, 0.5, 0.5, 0])
    check(normalise(values, directions), [0, 0.25, 0.5, 1], [1, 0.5, 0.5, 0])


def test_minmax100(values, directions):
    check(normalise(values, directions, "minmax100"), [0, 25, 50, 100], [100, 50, 50, 0])


def test_zscore(values, directions):
    # A: mean 5.5, deviations -3.5 -1.5 0.5 4.5, squares sum 35, sd = sqrt(35/3) = 3.415650
    #    -> -1.024695 -0.439155 0.146385 1.317465
    # B: mean 3, deviations -2 0 0 2, squares sum 8, sd = sqrt(8/3) = 1.632993
    #    -> -1.224745 0 0 1.224745, times -1
    check(
        normalise(values, directions, "zscore"),
        [-1.024695, -0.439155, 0.146385, 1.317465],
        [1.224745, 0.0, 0.0, -1.224745],
    )


def test_rank(values, directions):
    # A: 2 < 4 < 6 < 10 -> 1 2 3 4.  B: the smallest (1) is best -> 4; the two 3s share
    # ranks 2 and 3 -> 2.5 each; 5 is worst -> 1
    check(normalise(values, directions, "rank"), [1, 2, 3, 4], [4, 2.5, 2.5, 1])


def test_percent_of_given_reference(values, directions):
    # A, ref 5: 100 x / 5 = 40 80 120 200
    # B, ref 2, lower is better: 100 (1 - (x - 2) / 2) = 150 50 50 -50
    reference = pd.Series({"B": 2.0, "A": 5.0})
    check(
        normalise(values, directions, "percent_of_reference", reference),
        [40, 80, 120, 200],
        [150, 50, 50, -50],
    )


def test_percent_of_regional_mean(values, directions):
    # A, mean 5.5: 100 x / 5.5 = 36.363636 72.727273 109.090909 181.818182
    # B, mean 3: 100 (1 - (x - 3) / 3) = 166.666667 100 100 33.333333
    check(
        normalise(values, directions, "percent_of_reference"),
        [36.363636, 72.727273, 109.090909, 181.818182],
        [166.666667, 100, 100, 33.333333],
    )


def test_percent_of_negative_reference(values, directions):
    # A, ref -4, higher is better: 100 (1 + (x + 4) / 4) = 250 300 350 450
    reference = pd.Series({"A": -4.0, "B": 2.0})
    result = normalise(values, directions, "percent_of_reference", reference)
    np.testing.assert_allclose(result["A"], [250, 300, 350, 450])


def test_distance_to_best(values, directions):
    # A: best = max = 10 -> 1 - |x - 10| / 10 = 0.2 0.4 0.6 1 (= x / 10)
    # B: best = min = 1 -> 1 - |x - 1| / 1 = 1 -1 -1 -3
    check(normalise(values, directions, "distance_to_best"), [0.2, 0.4, 0.6, 1], [1, -1, -1, -3])


def test_integers_are_accepted(values, directions):
    result = normalise(values.astype("int64"), directions)
    assert (result.dtypes == "float64").all()


@pytest.mark.parametrize("method", NORMALISATIONS)
def test_constant_indicator_is_refused(values, directions, method):
    values["B"] = 3.0
    with pytest.raises(ParameterError) as caught:
        normalise(values, directions, method)
    assert str(caught.value) == (
        'Indicator "B" has the same value (3) in every region, so it cannot tell regions '
        "apart; remove it from the index."
    )


def test_unknown_method(values, directions):
    with pytest.raises(ParameterError, match='Unknown normalisation "maxmin"; choose one of '
                       "minmax, minmax100, zscore, rank, percent_of_reference, distance_to_best"):
        normalise(values, directions, "maxmin")


def test_missing_direction(values):
    with pytest.raises(ParameterError, match=r"No direction is given for indicator\(s\) B"):
        normalise(values, pd.Series({"A": 1}))


def test_wrong_direction(values):
    with pytest.raises(ParameterError, match=r'got "B" = 0\. Fix the direction'):
        normalise(values, pd.Series({"A": 1, "B": 0}))


def test_missing_value_names_indicator_and_regions(values, directions):
    values.loc[["r2", "r4"], "B"] = np.nan
    with pytest.raises(ParameterError) as caught:
        normalise(values, directions)
    message = str(caught.value)
    assert 'Indicator "B"' in message and "r2, r4" in message and "impute" in message


def test_zero_reference(values, directions):
    with pytest.raises(ParameterError, match='reference of indicator "A" is zero'):
        normalise(values, directions, "percent_of_reference", pd.Series({"A": 0.0, "B": 2.0}))


def test_zero_regional_mean(directions):
    values = pd.DataFrame({"A": [-1.0, 1.0], "B": [1.0, 2.0]})
    with pytest.raises(ParameterError, match='regional mean of indicator "A" is zero'):
        normalise(values, directions, "percent_of_reference")


def test_missing_reference(values, directions):
    with pytest.raises(ParameterError, match=r"reference \(national\) value .* indicator\(s\) B"):
        normalise(values, directions, "percent_of_reference", pd.Series({"A": 5.0}))


def test_zero_best(values, directions):
    values["A"] = [0.0, -1.0, -2.0, -3.0]
    with pytest.raises(ParameterError, match='best value of indicator "A" is zero'):
        normalise(values, directions, "distance_to_best")
