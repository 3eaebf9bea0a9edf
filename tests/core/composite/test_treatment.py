"""Skewness, kurtosis and the treatment of flagged indicators."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from kz_innovation_plugin.core.composite.treatment import (
    KURTOSIS_LIMIT,
    SKEWNESS_LIMIT,
    skew_table,
    treat,
)
from kz_innovation_plugin.core.errors import ParameterError

SKEWED = [1.0, 2, 3, 4, 5, 6, 7, 8, 9, 100]
EVEN = [float(v) for v in range(1, 11)]


@pytest.fixture
def values() -> pd.DataFrame:
    return pd.DataFrame(
        {"skewed": SKEWED, "even": EVEN, "left": [-v for v in SKEWED][::-1]},
        index=[f"r{i}" for i in range(10)],
    )


def test_skew_table_matches_scipy(values):
    table = skew_table(values)
    for name in values.columns:
        x = values[name].to_numpy()
        assert table.at[name, "skewness"] == pytest.approx(stats.skew(x, bias=False))
        assert table.at[name, "kurtosis"] == pytest.approx(
            stats.kurtosis(x, fisher=True, bias=False)
        )
    assert table["flagged"].tolist() == [True, False, True]
    assert (SKEWNESS_LIMIT, KURTOSIS_LIMIT) == (2.0, 3.5)


def test_skew_table_matches_scipy_on_many_samples():
    """From the smallest sample measured (4 values) up, heavy tails and near-constant ones."""
    rng = np.random.default_rng(6)
    samples = [rng.lognormal(0, sigma, size) for size in (4, 5, 7, 17, 200)
               for sigma in (0.1, 1.0, 2.5)]
    samples.append(1e6 + rng.random(20) * 1e-3)
    table = skew_table(pd.DataFrame({i: pd.Series(x) for i, x in enumerate(samples)}))
    for i, x in enumerate(samples):
        assert table.at[i, "skewness"] == pytest.approx(stats.skew(x, bias=False), rel=1e-6)
        assert table.at[i, "kurtosis"] == pytest.approx(
            stats.kurtosis(x, fisher=True, bias=False), rel=1e-6, abs=1e-9)


def test_skew_table_ignores_gaps_and_constants():
    table = skew_table(pd.DataFrame({"gap": SKEWED + [np.nan], "flat": [3.0] * 11}))
    assert table.at["gap", "skewness"] == pytest.approx(stats.skew(SKEWED, bias=False))
    assert np.isnan(table.at["flat", "skewness"])
    assert not table.at["flat", "flagged"]


def test_winsorise_one_point_by_hand(values):
    result = treat(values, "winsorise")
    # 100 takes the next value down, 9; the indicator is then no longer flagged
    assert result.values["skewed"].tolist() == [1.0, 2, 3, 4, 5, 6, 7, 8, 9, 9]
    row = result.report.set_index("indicator").loc["skewed"]
    assert row["action"] == "winsorised 1 point(s) at the top"
    assert row["points_winsorised"] == 1
    assert row["skewness_after"] == pytest.approx(
        stats.skew(result.values["skewed"], bias=False)
    )


def test_winsorise_negative_skew_at_the_bottom(values):
    result = treat(values, "winsorise")
    assert result.values["left"].tolist() == [-9.0, -9, -8, -7, -6, -5, -4, -3, -2, -1]
    row = result.report.set_index("indicator").loc["left"]
    assert row["action"] == "winsorised 1 point(s) at the bottom"


def test_winsorise_two_points_and_the_limit():
    x = pd.DataFrame({"x": [float(v) for v in range(1, 13)] + [80.0, 100.0]})
    # first 100 -> 80 (still flagged), then both 80s -> 12
    result = treat(x, "winsorise")
    assert result.values["x"].tolist()[-3:] == [12.0, 12.0, 12.0]
    assert result.report.at[0, "points_winsorised"] == 2
    assert result.report.at[0, "action"] == "winsorised 2 point(s) at the top"

    limited = treat(x, "winsorise", max_points=1)
    assert limited.values["x"].tolist()[-2:] == [80.0, 80.0]
    assert limited.report.at[0, "points_winsorised"] == 1
    assert any(note.startswith("Still skewed after winsorisation: x") for note in limited.notes)


def test_unflagged_indicators_untouched(values):
    for method in ("winsorise", "log", "sqrt"):
        result = treat(values[["skewed", "even"]], method)
        pd.testing.assert_series_equal(result.values["even"], values["even"])
        row = result.report.set_index("indicator").loc["even"]
        assert row["action"] == "none"
        assert not row["flagged"]


def test_log_and_sqrt(values):
    subset = values[["skewed", "even"]]
    logged = treat(subset, "log")
    np.testing.assert_allclose(logged.values["skewed"], np.log(SKEWED))
    assert logged.report.set_index("indicator").at["skewed", "action"] == "log"
    rooted = treat(subset, "sqrt")
    np.testing.assert_allclose(rooted.values["skewed"], np.sqrt(SKEWED))
    # increasing: the order of the regions is kept
    assert (logged.values["skewed"].rank() == subset["skewed"].rank()).all()


def test_named_indicators_are_treated_even_if_not_flagged(values):
    result = treat(values, "sqrt", indicators=["even"])
    np.testing.assert_allclose(result.values["even"], np.sqrt(EVEN))
    pd.testing.assert_series_equal(result.values["skewed"], values["skewed"])
    with pytest.raises(ParameterError, match='Indicator "nope" is not in the table'):
        treat(values, "sqrt", indicators=["nope"])


def test_negative_values_cannot_be_logged(values):
    before = values.copy()
    with pytest.raises(ParameterError) as err:
        treat(values, "log")
    assert str(err.value) == (
        'Indicator "left" has zero or negative values (region r0: -100), so it cannot be '
        "log-transformed; choose square root or winsorisation, or leave it."
    )
    with pytest.raises(ParameterError, match='Indicator "left" has negative values'):
        treat(values, "sqrt")
    pd.testing.assert_frame_equal(values, before)


def test_zero_cannot_be_logged():
    x = pd.DataFrame({"z": [0.0] + SKEWED[1:]}, index=list("abcdefghij"))
    with pytest.raises(ParameterError, match=r"region a: 0\)"):
        treat(x, "log", indicators=["z"])


def test_none_reports_flagged_indicators_left_as_is(values):
    result = treat(values, "none")
    pd.testing.assert_frame_equal(result.values, values)
    actions = result.report.set_index("indicator")["action"]
    assert actions.to_dict() == {"skewed": "left as is", "even": "none", "left": "left as is"}
    assert list(result.report.columns) == [
        "indicator", "skewness_before", "kurtosis_before", "flagged", "action",
        "skewness_after", "kurtosis_after", "points_winsorised",
    ]
    assert "skewed, left" in result.notes[0]


@pytest.mark.parametrize("kwargs", [{"method": "boxcox"}, {"method": "winsorise", "max_points": 0}])
def test_bad_parameters(values, kwargs):
    with pytest.raises(ParameterError):
        treat(values, **kwargs)
