"""Sigma- and beta-convergence: by hand, against numpy's least squares and spreg run
directly."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
import spreg
from numpy.testing import assert_allclose
from scipy import stats

from kz_innovation_plugin.core.dynamics import beta_convergence, sigma_convergence
from kz_innovation_plugin.core.dynamics.convergence import BETA_COLUMNS, convergence_speed
from kz_innovation_plugin.core.errors import ParameterError

from . import lattice, random_panel, w_of

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning", "ignore::UserWarning")


# --- sigma-convergence by hand ------------------------------------------------------------

HAND = pd.DataFrame({2020: [1.0, 2.0, 3.0], 2021: [2.0, 2.0, 2.0], 2022: [1.0, 1.0, 4.0]},
                    index=["a", "b", "c"])


def test_sigma_by_hand():
    result = sigma_convergence(HAND)
    frame = result.frame
    # 2020: mean 2, population variance (1 + 0 + 1) / 3
    assert frame.loc[2020, "mean"] == pytest.approx(2.0)
    assert frame.loc[2020, "std"] == pytest.approx(math.sqrt(2 / 3))
    assert frame.loc[2020, "cv"] == pytest.approx(math.sqrt(2 / 3) / 2)
    logs = [0.0, math.log(2), math.log(3)]
    centre = sum(logs) / 3
    assert frame.loc[2020, "log_std"] == pytest.approx(
        math.sqrt(sum((v - centre) ** 2 for v in logs) / 3))
    # 2021: every region equal, no dispersion
    assert frame.loc[2021, "cv"] == 0 and frame.loc[2021, "log_std"] == 0
    # 2022: 1, 1, 4 -> mean 2, variance (1 + 1 + 4) / 3 = 2
    assert frame.loc[2022, "cv"] == pytest.approx(math.sqrt(2) / 2)
    assert frame["regions"].tolist() == [3, 3, 3]


def test_sigma_trend_is_the_least_squares_slope():
    result = sigma_convergence(HAND)
    fit = stats.linregress([2020, 2021, 2022], result.frame["cv"].to_numpy())
    assert result.trends["cv"]["slope"] == pytest.approx(fit.slope)
    assert result.trends["cv"]["p"] == pytest.approx(fit.pvalue)
    assert result.trends["cv"]["change"] == pytest.approx(
        math.sqrt(2) / 2 - math.sqrt(2 / 3) / 2)


def test_sigma_notes_and_non_positive_values():
    falling = pd.DataFrame({2020: [1.0, 5.0, 9.0], 2021: [4.0, 5.0, 6.0]}, index=list("abc"))
    result = sigma_convergence(falling)
    text = " ".join(result.notes)
    assert "coefficient of variation fell (sigma-convergence)" in text
    assert "no p-value" in text and np.isnan(result.trends["cv"]["p"])
    assert result.trends["cv"]["slope"] == pytest.approx(result.trends["cv"]["change"])
    with_zero = falling.assign(**{"2022": [0.0, 5.0, 7.0]})
    result = sigma_convergence(with_zero)
    assert np.isnan(result.frame.loc[2022, "log_std"])
    assert not np.isnan(result.frame.loc[2022, "cv"])
    assert any("not positive in 2022" in note for note in result.notes)


# --- beta-convergence ---------------------------------------------------------------------

def _converging(regions: int = 20, seed: int = 0):
    """Regions whose growth falls with their initial level, plus noise; ids and graph of a
    lattice when ``regions`` is a square."""
    side = int(math.isqrt(regions))
    ids, graph = lattice(side)
    rng = np.random.default_rng(seed)
    start = np.exp(rng.normal(3.0, 0.5, size=len(ids)))
    growth = 0.05 - 0.02 * (np.log(start) - 3.0) + rng.normal(0, 0.01, size=len(ids))
    panel = pd.DataFrame({2013: start, 2023: start * np.exp(10 * growth)}, index=ids)
    return panel, graph


def test_ols_beta_equals_numpy_lstsq_and_spreg():
    panel, _ = _converging(16)
    result = beta_convergence(panel)
    x = np.log(panel[2013].to_numpy())
    y = (np.log(panel[2023].to_numpy()) - x) / 10
    design = np.column_stack([np.ones_like(x), x])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    assert result.intercept == pytest.approx(coef[0], rel=1e-10)
    assert result.beta == pytest.approx(coef[1], rel=1e-10)
    residuals = y - design @ coef
    se = math.sqrt(residuals @ residuals / (len(y) - 2) * np.linalg.inv(design.T @ design)[1, 1])
    assert result.beta_se == pytest.approx(se, rel=1e-10)
    assert result.beta_p == pytest.approx(2 * stats.t.sf(abs(coef[1] / se), len(y) - 2), rel=1e-8)
    direct = spreg.OLS(y.reshape(-1, 1), x.reshape(-1, 1))
    assert result.beta_p == pytest.approx(direct.t_stat[1][1], rel=1e-10)
    assert result.r2 == pytest.approx(direct.r2)
    quantile = stats.t.ppf(0.975, len(y) - 2)
    assert_allclose(result.beta_ci, [coef[1] - quantile * se, coef[1] + quantile * se])
    assert_allclose(result.frame["RESIDUAL"], residuals, atol=1e-12)
    assert list(result.frame.columns) == BETA_COLUMNS
    assert result.spatial is None and result.span == 10


@pytest.mark.parametrize(("model", "estimator"), [("lag", "ML_Lag"), ("error", "ML_Error")])
def test_spatial_beta_equals_spreg_run_directly(model, estimator):
    panel, graph = _converging(25, seed=2)
    result = beta_convergence(panel, graph, model=model)
    x = np.log(panel[2013].to_numpy()).reshape(-1, 1)
    y = (np.log(panel[2023].to_numpy()).reshape(-1, 1) - x) / 10
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        direct = getattr(spreg, estimator)(y, x, w_of(graph), method="full")
    assert_allclose([result.intercept, result.beta, result.spatial],
                    direct.betas.ravel(), rtol=1e-8)
    assert result.beta_se == pytest.approx(direct.std_err[1], rel=1e-8)
    assert result.beta_p == pytest.approx(direct.z_stat[1][1], rel=1e-8)
    assert result.spatial_p == pytest.approx(direct.z_stat[2][1], rel=1e-8)
    assert result.r2 == pytest.approx(direct.pr2)


def test_spatial_beta_aligns_rows_with_the_graph():
    panel, graph = _converging(25, seed=2)
    shuffled = panel.sample(frac=1.0, random_state=3)
    a = beta_convergence(panel, graph, model="lag")
    b = beta_convergence(shuffled, graph, model="lag")
    assert b.beta == pytest.approx(a.beta, rel=1e-10)
    assert b.spatial == pytest.approx(a.spatial, rel=1e-10)


def test_speed_and_half_life():
    speed, half_life = convergence_speed(-0.02, 10)
    assert speed == pytest.approx(-math.log(0.8) / 10)
    assert half_life == pytest.approx(math.log(2) / speed)
    speed, half_life = convergence_speed(0.01, 10)  # divergence
    assert speed < 0 and np.isnan(half_life)
    assert all(np.isnan(convergence_speed(-0.2, 10)))  # 1 + b T <= 0
    panel, _ = _converging(16)
    result = beta_convergence(panel)
    assert (result.speed, result.half_life) == pytest.approx(convergence_speed(result.beta, 10))
    assert result.beta < 0 and result.speed > 0


def test_few_regions_warn_plainly():
    panel, graph = _converging(16)
    notes = " ".join(beta_convergence(panel).notes)
    assert "Only 16 regions: the regression has 14 degrees of freedom and little power" in notes
    lag_notes = " ".join(beta_convergence(panel, graph, model="lag").notes)
    assert "large-sample theory" in lag_notes and "beta / (1 - rho)" in lag_notes
    many, _ = _converging(36)
    assert not any("little power" in note for note in beta_convergence(many).notes)


def test_short_span_note():
    panel = random_panel(*_ids(16), seed=1)
    result = beta_convergence(panel[[2021, 2023]])
    assert result.span == 2
    assert any("over 2 year(s)" in note for note in result.notes)


def _ids(regions: int):
    ids, _ = lattice(int(math.isqrt(regions)))
    return ids, [2021, 2022, 2023]


def test_bad_input_messages():
    panel, graph = _converging(16)
    with pytest.raises(ParameterError, match="Unknown beta-convergence model 'durbin'"):
        beta_convergence(panel, model="durbin")
    with pytest.raises(ParameterError, match="spatial lag model of beta-convergence needs spatial"):
        beta_convergence(panel, model="lag")
    zero = panel.copy()
    zero.loc["r03", 2013] = 0.0
    with pytest.raises(ParameterError, match="regions r03 have values that are not positive"):
        beta_convergence(zero)
    with pytest.raises(ParameterError, match="at least 5 regions"):
        beta_convergence(panel.iloc[:4])
    with pytest.raises(ParameterError, match="at least 2 years"):
        beta_convergence(panel[[2013]])
    ids, islands = lattice(3, detached=True)
    with pytest.raises(ParameterError, match="Regions r09 have no neighbours"):
        beta_convergence(random_panel(ids, [2020, 2023]), islands, model="error")


def test_the_results_flag_their_warnings():
    panel = random_panel(*_ids(16), seed=1)
    beta = beta_convergence(panel[[2021, 2023]])
    assert [note[:30] for note in beta.warnings] == [
        "Only 16 regions: the regressio", "Growth is measured over 2 year"]
    assert beta.notes == [beta.notes[0], *beta.warnings]  # beta = ..., then the warnings
    steep = pd.DataFrame({2021: panel[2021], 2023: panel[2021] ** -3})  # 1 + b T <= 0
    assert beta_convergence(steep).warnings[-1] == (
        "1 + beta * T is not positive, so no convergence speed can be implied.")
    sigma = sigma_convergence(pd.DataFrame({2022: [1.0, 2.0, 3.0], 2023: [0.0, 1.0, 2.0]}))
    assert sigma.warnings == [
        "Some values are not positive in 2023: no std of logs there.",
        "With 2 years the trend of the dispersion has no p-value; compare the two years only."]
    assert set(sigma.warnings) < set(sigma.notes)
    many, _ = _converging(36)
    assert beta_convergence(many).warnings == [] and sigma_convergence(HAND).warnings == []
