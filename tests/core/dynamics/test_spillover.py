"""Spatial lag / Durbin models and their LeSage-Pace effects, checked against spreg run
directly and against the effects matrix S_r = (I - rho W)^-1 (beta_r I + theta_r W)
computed by hand with numpy on small lattices."""

from __future__ import annotations

import contextlib
import io
import warnings

import numpy as np
import pandas as pd
import pytest
import spreg
from libpysal.graph import Graph
from libpysal.weights import lat2W
from numpy.testing import assert_allclose

from kz_innovation_plugin.core.dynamics.spillover import (
    EFFECTS,
    SMALL_SAMPLE_REGIONS,
    SpilloverResult,
    _draw_parameters,
    estimate_panel_spillover,
    estimate_spillover,
)
from kz_innovation_plugin.core.errors import CancelledError, ParameterError

BETA, THETA, RHO = np.array([1.0, -0.5]), np.array([0.5, 0.3]), 0.4


def grid(side: int = 5, cols: int | None = None):
    """Rook lattice: a binary Graph on ids r00.., its ids, and row-standardised W by hand."""
    cols = side if cols is None else cols
    w = lat2W(side, cols, rook=True)
    names = [f"r{i:02d}" for i in range(side * cols)]
    pairs = [(names[i], names[j]) for i in range(len(names)) for j in sorted(w.neighbors[i])]
    focal, neighbour = zip(*pairs)
    graph = Graph.from_arrays(list(focal), list(neighbour), np.ones(len(pairs)))
    full = w.full()[0]
    return graph, names, full / full.sum(axis=1, keepdims=True)


def sdm_values(w: np.ndarray, seed: int, theta=THETA) -> tuple[np.ndarray, np.ndarray]:
    """y and X from y = (I - rho W)^-1 (1 + X beta + W X theta + e)."""
    rng = np.random.default_rng(seed)
    n = len(w)
    x = rng.normal(size=(n, 2))
    signal = 1.0 + x @ BETA + w @ x @ theta + rng.normal(scale=0.5, size=n)
    return np.linalg.solve(np.eye(n) - RHO * w, signal), x


def frame(names, y, x, shuffle_seed: int | None = 7) -> pd.DataFrame:
    """Regions' table indexed by id; rows shuffled so that order must be aligned to W."""
    table = pd.DataFrame({"grp": y, "rnd": x[:, 0], "edu": x[:, 1]}, index=names)
    if shuffle_seed is not None:
        table = table.sample(frac=1.0, random_state=shuffle_seed)
    return table


def pysal_grid(side: int = 5):
    """The same lattice as a row-standardised libpysal W, for spreg run directly."""
    w = lat2W(side, side, rook=True)
    w.transform = "r"
    return w


def run_spreg(cls, *args, **kwargs):
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return cls(*args, **kwargs)


def spreg_impacts(summary: str) -> dict[str, tuple[float, float, float]]:
    """Direct, indirect and total effects as spreg's summary prints them (4 decimals)."""
    block = summary.split("SPATIAL DURBIN MODEL IMPACTS", 1)[1]
    rows = {}
    for line in block.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] in ("rnd", "edu"):
            rows[parts[0]] = tuple(float(value) for value in parts[1:])
    return rows


def effects_by_hand(w: np.ndarray, rho: float, beta: float, theta: float = 0.0) -> np.ndarray:
    """S_r with a numpy inverse."""
    n = len(w)
    return np.linalg.inv(np.eye(n) - rho * w) @ (beta * np.eye(n) + theta * w)


def summary_by_hand(s: np.ndarray) -> dict[str, float]:
    direct = np.diag(s).mean()
    total = s.sum(axis=1).mean()
    return {"direct": direct, "indirect": total - direct, "total": total}


def impact(result: SpilloverResult, regressor: str, effect: str, column: str = "estimate"):
    table = result.impacts.set_index(["regressor", "effect"])
    return table.loc[(regressor, effect), column]


@pytest.fixture(scope="module")
def lattice():
    graph, names, w = grid(5)
    y, x = sdm_values(w, seed=3)
    return graph, names, w, y, x


@pytest.fixture(scope="module")
def sar(lattice):
    graph, names, w, y, x = lattice
    table = frame(names, y, x)
    return estimate_spillover(table, graph, "grp", ["rnd", "edu"], cores=["r12", "r00"],
                              draws=400, seed=11)


@pytest.fixture(scope="module")
def sdm(lattice):
    graph, names, w, y, x = lattice
    table = frame(names, y, x)
    return estimate_spillover(table, graph, "grp", ["rnd", "edu"], model="durbin",
                              cores=["r12", "r00"], draws=400, seed=11)


# ------------------------------------------------------------------ against spreg


def test_sar_estimates_equal_spreg(lattice, sar):
    graph, names, w, y, x = lattice
    direct = run_spreg(spreg.ML_Lag, y[:, None], x, pysal_grid(), method="full",
                       spat_impacts=None)
    est = sar.estimates
    assert list(est.index) == ["CONSTANT", "rnd", "edu", "rho"]
    assert_allclose(est["estimate"], direct.betas.ravel(), rtol=1e-10)
    assert_allclose(est["std_error"], direct.std_err, rtol=1e-10)
    assert_allclose(est["z"], [z for z, _ in direct.z_stat], rtol=1e-10)
    assert_allclose(est["p_value"], [p for _, p in direct.z_stat], rtol=1e-8, atol=1e-300)
    assert sar.rho == pytest.approx(direct.rho, rel=1e-10)
    assert sar.log_likelihood == pytest.approx(direct.logll, rel=1e-12)
    assert sar.aic == pytest.approx(direct.aic, rel=1e-12)
    assert list(sar.regions) == list(frame(names, y, x).index)


def test_sar_impacts_equal_spreg_full_method(lattice, sar):
    graph, names, w, y, x = lattice
    direct = run_spreg(spreg.ML_Lag, y[:, None], x, pysal_grid(), method="full",
                       spat_impacts="full")
    adi, aii, ati = direct.sp_multipliers["full"]
    for position, name in enumerate(["rnd", "edu"]):
        beta = direct.betas[1 + position, 0]
        assert impact(sar, name, "direct") == pytest.approx(adi * beta, rel=1e-9)
        assert impact(sar, name, "indirect") == pytest.approx(aii * beta, rel=1e-9)
        assert impact(sar, name, "total") == pytest.approx(ati * beta, rel=1e-9)
        # spreg's default "simple" direct effect is beta itself, which is not right here
        assert abs(impact(sar, name, "direct") - beta) > 1e-3 * abs(beta)


def test_sar_impacts_equal_the_matrix_by_hand(lattice, sar):
    w = lattice[2]
    for name in ("rnd", "edu"):
        expected = summary_by_hand(effects_by_hand(w, sar.rho, sar.estimates.loc[name,
                                                                                 "estimate"]))
        for effect in EFFECTS:
            assert impact(sar, name, effect) == pytest.approx(expected[effect], rel=1e-10)


def test_durbin_effects_equal_the_matrix_by_hand_and_differ_from_spreg(lattice, sdm):
    graph, names, w, y, x = lattice
    est = sdm.estimates
    assert list(est.index) == ["CONSTANT", "rnd", "edu", "W_rnd", "W_edu", "rho"]
    assert list(est["role"]) == ["constant", "x", "x", "wx", "wx", "rho"]
    pysal_w = pysal_grid()
    reg = run_spreg(spreg.ML_Lag, y[:, None], x, pysal_w, slx_lags=1, method="full",
                    spat_impacts="full", name_x=["rnd", "edu"])
    assert_allclose(est["estimate"], reg.betas.ravel(), rtol=1e-10)
    printed = spreg_impacts(reg.summary)
    for name in ("rnd", "edu"):
        s = effects_by_hand(w, sdm.rho, est.loc[name, "estimate"], est.loc[f"W_{name}",
                                                                            "estimate"])
        expected = summary_by_hand(s)
        for effect in EFFECTS:
            assert impact(sdm, name, effect) == pytest.approx(expected[effect], rel=1e-10)
        # totals agree with spreg's printed ones; its direct effect leaves out theta's share
        spreg_direct, _, spreg_total = printed[name]
        assert impact(sdm, name, "total") == pytest.approx(spreg_total, abs=6e-5)
        without_theta = effects_by_hand(w, sdm.rho, est.loc[name, "estimate"])
        assert spreg_direct == pytest.approx(np.diag(without_theta).mean(), abs=6e-5)
        left_out = np.diag(effects_by_hand(w, sdm.rho, 0.0, est.loc[f"W_{name}",
                                                                     "estimate"])).mean()
        assert abs(left_out) > 1e-3  # well above spreg's printed precision
        assert impact(sdm, name, "direct") - spreg_direct == pytest.approx(left_out, abs=6e-5)
    assert any("spreg's own summary" in note for note in sdm.notes)


# ------------------------------------------------------------------ per-core columns


@pytest.mark.parametrize("fixture", ["sar", "sdm"])
def test_core_columns_equal_the_matrix_columns(request, lattice, fixture):
    result = request.getfixturevalue(fixture)
    names, w = lattice[1], lattice[2]
    est = result.estimates
    for core in ("r12", "r00"):
        j = names.index(core)
        for name in ("rnd", "edu"):
            theta = est.loc[f"W_{name}", "estimate"] if result.model == "durbin" else 0.0
            s = effects_by_hand(w, result.rho, est.loc[name, "estimate"], theta)
            rows = result.core_effects.query("core == @core and regressor == @name")
            column = rows.set_index("region")["effect"].reindex(names)
            assert_allclose(column, s[:, j], rtol=1e-9, atol=1e-14)
            assert list(rows.loc[rows["is_core"], "region"]) == [core]
            summary = result.core_summary.query("core == @core and regressor == @name")
            assert summary["own"].item() == pytest.approx(s[j, j], rel=1e-9)
            assert summary["total"].item() == pytest.approx(s[:, j].sum(), rel=1e-9)
            assert summary["spillover"].item() == pytest.approx(s[:, j].sum() - s[j, j],
                                                                rel=1e-9)


def test_core_intervals_are_percentiles_of_the_draws_by_hand(lattice, sdm):
    names, w = lattice[1], lattice[2]
    j = names.index("r12")
    draws = sdm.draws
    columns = np.array([
        effects_by_hand(w, row["rho"], row["rnd"], row["W_rnd"])[:, j]
        for _, row in draws.iterrows()
    ])
    rows = sdm.core_effects.query("core == 'r12' and regressor == 'rnd'").set_index("region")
    lower, upper = np.quantile(columns, [0.025, 0.975], axis=0)
    assert_allclose(rows["ci_lower"].reindex(names), lower, rtol=1e-9, atol=1e-12)
    assert_allclose(rows["ci_upper"].reindex(names), upper, rtol=1e-9, atol=1e-12)


# ------------------------------------------------------------------ simulation


def test_impact_intervals_are_percentiles_of_the_draws_by_hand(lattice, sdm):
    w = lattice[2]
    by_hand = {effect: [] for effect in EFFECTS}
    for _, row in sdm.draws.iterrows():
        values = summary_by_hand(effects_by_hand(w, row["rho"], row["edu"], row["W_edu"]))
        for effect in EFFECTS:
            by_hand[effect].append(values[effect])
    for effect in EFFECTS:
        lower, upper = np.quantile(by_hand[effect], [0.025, 0.975])
        assert impact(sdm, "edu", effect, "ci_lower") == pytest.approx(lower, rel=1e-9)
        assert impact(sdm, "edu", effect, "ci_upper") == pytest.approx(upper, rel=1e-9)
        assert impact(sdm, "edu", effect, "sim_sd") == pytest.approx(
            np.std(by_hand[effect], ddof=1), rel=1e-9)


def test_draws_follow_the_estimates_distribution(lattice):
    graph, names, w, y, x = lattice
    result = estimate_spillover(frame(names, y, x), graph, "grp", ["rnd", "edu"],
                                model="durbin", draws=4000, seed=5)
    est = result.estimates.drop(index="CONSTANT")
    assert list(result.draws.columns) == list(est.index)
    se = est["std_error"].to_numpy()
    assert_allclose(result.draws.mean(), est["estimate"], atol=4 * se.max() / np.sqrt(4000))
    assert_allclose(result.draws.std(), se, rtol=0.08)


def test_intervals_reproducible_with_a_seed(lattice, sdm):
    graph, names, w, y, x = lattice
    again = estimate_spillover(frame(names, y, x), graph, "grp", ["rnd", "edu"],
                               model="durbin", cores=["r12", "r00"], draws=400, seed=11)
    pd.testing.assert_frame_equal(again.impacts, sdm.impacts)
    pd.testing.assert_frame_equal(again.core_effects, sdm.core_effects)
    pd.testing.assert_frame_equal(again.draws, sdm.draws)
    other = estimate_spillover(frame(names, y, x), graph, "grp", ["rnd", "edu"],
                               model="durbin", cores=["r12", "r00"], draws=400, seed=12)
    assert not np.allclose(other.impacts["ci_lower"], sdm.impacts["ci_lower"])
    assert_allclose(other.impacts["estimate"], sdm.impacts["estimate"])
    assert sdm.provenance["parameters"]["seed"] == 11
    assert sdm.provenance["parameters"]["draws"] == 400


def test_rho_draws_are_kept_inside_the_valid_range():
    rng = np.random.default_rng(0)
    mean = np.array([1.0, 0.95])
    cov = np.array([[0.01, 0.0], [0.0, 0.01]])
    draws, rejected = _draw_parameters(mean, cov, 500, rng)
    assert draws.shape == (500, 2)
    assert np.abs(draws[:, 1]).max() < 1.0
    assert rejected > 50  # about 31% of N(0.95, 0.1) lies above 1
    with pytest.raises(ParameterError, match="edge of its range"):
        _draw_parameters(np.array([1.0, 3.0]), cov, 200, np.random.default_rng(0))


# ------------------------------------------------------------------ other weights


def test_islands_use_the_true_row_sums():
    graph, names, _ = grid(4)
    adjacency = graph.adjacency.reset_index()
    island = Graph.from_arrays(
        list(adjacency["focal"]) + ["island"], list(adjacency["neighbor"]) + ["island"],
        list(adjacency["weight"]) + [0.0],
    )
    ids = names + ["island"]
    w = np.zeros((17, 17))
    w[:16, :16] = grid(4)[2]
    y, x = sdm_values(w, seed=9)
    result = estimate_spillover(frame(ids, y, x), island, "grp", ["rnd", "edu"], draws=200,
                                cores=["r05"])
    s = effects_by_hand(w, result.rho, result.estimates.loc["rnd", "estimate"])
    expected = summary_by_hand(s)
    assert expected["total"] != pytest.approx(result.estimates.loc["rnd", "estimate"]
                                              / (1 - result.rho))
    for effect in EFFECTS:
        assert impact(result, "rnd", effect) == pytest.approx(expected[effect], rel=1e-9)
    assert any("no neighbours" in note and "island" in note for note in result.notes)


def test_asymmetric_knn_weights_match_the_matrix_by_hand():
    rng = np.random.default_rng(4)
    coords = rng.uniform(size=(30, 2))
    import geopandas as gpd

    points = gpd.GeoSeries(gpd.points_from_xy(coords[:, 0], coords[:, 1]),
                           index=[f"p{i}" for i in range(30)])
    graph = Graph.build_knn(points, k=3)
    w = graph.transform("r").sparse.toarray()
    assert not np.allclose(w * 3, (w * 3).T)  # knn is not symmetric
    y, x = sdm_values(w, seed=2)
    table = frame(list(points.index), y, x, shuffle_seed=None)
    result = estimate_spillover(table, graph, "grp", ["rnd", "edu"], model="durbin", draws=200)
    est = result.estimates
    s = effects_by_hand(w, result.rho, est.loc["edu", "estimate"], est.loc["W_edu", "estimate"])
    for effect, value in summary_by_hand(s).items():
        assert impact(result, "edu", effect) == pytest.approx(value, rel=1e-9)


def test_binary_and_row_standardised_graphs_give_the_same_result(lattice, sar):
    graph, names, w, y, x = lattice
    again = estimate_spillover(frame(names, y, x), graph.transform("r"), "grp",
                               ["rnd", "edu"], cores=["r12", "r00"], draws=400, seed=11)
    pd.testing.assert_frame_equal(again.impacts, sar.impacts)
    assert not any("weights were row-standardised" in note for note in again.notes)
    assert any("weights were row-standardised" in note for note in sar.notes)


# ------------------------------------------------------------------ panel


def panel_data(side: int = 5, years: int = 4, durbin: bool = False):
    graph, names, w = grid(side)
    rng = np.random.default_rng(21)
    mu = rng.normal(size=len(names))
    rows, ys, xs = [], [], []
    for year in range(years):
        x = rng.normal(size=(len(names), 2))
        signal = mu + x @ BETA + (w @ x @ THETA if durbin else 0) \
            + rng.normal(scale=0.3, size=len(names))
        y = np.linalg.solve(np.eye(len(names)) - RHO * w, signal)
        ys.append(y)
        xs.append(x)
        rows.append(pd.DataFrame({"region": names, "year": 2018 + year, "grp": y,
                                  "rnd": x[:, 0], "edu": x[:, 1]}))
    table = pd.concat(rows, ignore_index=True).sample(frac=1.0, random_state=3)
    return graph, names, w, table, np.concatenate(ys), np.vstack(xs)


def test_panel_estimates_equal_spreg():
    graph, names, w, table, y, x = panel_data()
    result = estimate_panel_spillover(table, graph, "grp", ["rnd", "edu"], region="region",
                                      year="year", draws=200)
    pysal_w = pysal_grid()
    direct = run_spreg(spreg.ML_LagFE, y[:, None], x, pysal_w, spat_impacts=None)
    old = run_spreg(spreg.Panel_FE_Lag, y[:, None], x, pysal_w)
    assert list(result.estimates.index) == ["rnd", "edu", "rho"]
    assert_allclose(result.estimates["estimate"], direct.betas.ravel(), rtol=1e-10)
    assert_allclose(result.estimates["estimate"], old.betas.ravel(), rtol=1e-6)
    assert_allclose(result.estimates["std_error"], direct.std_err, rtol=1e-10)
    assert result.log_likelihood == pytest.approx(direct.logll, rel=1e-12)
    assert result.panel and result.years == [2018, 2019, 2020, 2021]
    assert any("Short panel: only 4 years" in note for note in result.notes)
    s = effects_by_hand(w, result.rho, result.estimates.loc["rnd", "estimate"])
    for effect, value in summary_by_hand(s).items():
        assert impact(result, "rnd", effect) == pytest.approx(value, rel=1e-9)


def test_panel_durbin_effects_equal_the_matrix_by_hand():
    graph, names, w, table, y, x = panel_data(durbin=True)
    result = estimate_panel_spillover(table, graph, "grp", ["rnd", "edu"], region="region",
                                      year="year", model="durbin", cores=["r07"], draws=200)
    wx = np.vstack([w @ x[t * 25:(t + 1) * 25] for t in range(4)])
    direct = run_spreg(spreg.ML_LagFE, y[:, None], np.hstack([x, wx]),
                       Graph.from_W(lat2W(5, 5, rook=True)).transform("r"), spat_impacts=None)
    assert_allclose(result.estimates["estimate"], direct.betas.ravel(), rtol=1e-10)
    est = result.estimates
    s = effects_by_hand(w, result.rho, est.loc["edu", "estimate"], est.loc["W_edu", "estimate"])
    for effect, value in summary_by_hand(s).items():
        assert impact(result, "edu", effect) == pytest.approx(value, rel=1e-9)
    column = result.core_effects.query("regressor == 'edu'").set_index("region")["effect"]
    assert_allclose(column.reindex(names), s[:, names.index("r07")], rtol=1e-9, atol=1e-14)


# ------------------------------------------------------------------ warnings and hooks


def test_small_sample_warning_follows_the_rule(lattice, sar):
    assert sar.small_sample
    assert any("Small sample: only 25 regions" in note and f"below {SMALL_SAMPLE_REGIONS}"
               in note for note in sar.notes)
    graph, names, w = grid(6)
    y, x = sdm_values(w, seed=1)
    larger = estimate_spillover(frame(names, y, x), graph, "grp", ["rnd"], draws=100)
    assert not larger.small_sample
    assert not any("Small sample" in note for note in larger.notes)


def test_progress_and_cancel(lattice):
    graph, names, w, y, x = lattice
    seen: list[float] = []
    estimate_spillover(frame(names, y, x), graph, "grp", ["rnd"], cores=["r01"], draws=100,
                       progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(CancelledError, match="nothing was written"):
        estimate_spillover(frame(names, y, x), graph, "grp", ["rnd"], cores=["r01"],
                           draws=100, cancelled=lambda: True)


# ------------------------------------------------------------------ bad input


def test_non_numeric_column(lattice):
    graph, names, w, y, x = lattice
    table = frame(names, y, x)
    table["edu"] = table["edu"].astype(str).where(table.index != "r03", "n/a")
    with pytest.raises(ParameterError, match=r"Field 'edu' is not numeric.*convert it"):
        estimate_spillover(table, graph, "grp", ["rnd", "edu"])


def test_missing_values(lattice):
    graph, names, w, y, x = lattice
    table = frame(names, y, x)
    table.loc["r04", "rnd"] = np.nan
    with pytest.raises(ParameterError, match=r"'rnd' has missing .* for r04; fill them"):
        estimate_spillover(table, graph, "grp", ["rnd"])


def test_too_few_regions():
    graph, names, w = grid(2)
    y, x = sdm_values(w, seed=1)
    with pytest.raises(ParameterError, match=r"Only 4 regions: .* at least 5"):
        estimate_spillover(frame(names, y, x), graph, "grp", ["rnd"])


def test_more_parameters_than_observations():
    graph, names, w = grid(2, 3)
    y, x = sdm_values(w, seed=1)
    table = frame(names, y, x)
    with pytest.raises(ParameterError, match="6 observations cannot estimate 7 parameters"):
        estimate_spillover(table, graph, "grp", ["rnd", "edu"], model="durbin")
    # the lag model's 5 parameters fit in 6 observations
    result = estimate_spillover(table, graph, "grp", ["rnd", "edu"], draws=100)
    assert result.small_sample


def test_unbalanced_panel():
    graph, names, w, table, y, x = panel_data()
    table = table[~((table["region"] == "r03") & (table["year"] == 2019))]
    with pytest.raises(ParameterError, match=r"unbalanced: r03 \(2019\) have no row.*every year"):
        estimate_panel_spillover(table, graph, "grp", ["rnd"], region="region", year="year")


def test_panel_repeated_row_and_single_year():
    graph, names, w, table, y, x = panel_data()
    doubled = pd.concat([table, table.iloc[[0]]])
    with pytest.raises(ParameterError, match="appear more than once; keep one row"):
        estimate_panel_spillover(doubled, graph, "grp", ["rnd"], region="region", year="year")
    one = table[table["year"] == 2018]
    with pytest.raises(ParameterError, match="only one year .* at least 2 years"):
        estimate_panel_spillover(one, graph, "grp", ["rnd"], region="region", year="year")


def test_panel_input_constant_within_regions():
    graph, names, w, table, y, x = panel_data()
    table = table.assign(size=table["region"].str[1:].astype(float))
    with pytest.raises(ParameterError, match="'size' does not change over the years"):
        estimate_panel_spillover(table, graph, "grp", ["rnd", "size"], region="region",
                                 year="year")


@pytest.mark.parametrize(("change", "message"), [
    ({"y": "gdp"}, r"no column 'gdp'; its columns are: grp, rnd, edu"),
    ({"x": ["rnd", "rnd"]}, "given twice"),
    ({"x": []}, "at least one explanatory"),
    ({"model": "error"}, "Unknown model 'error'; choose one of: lag, durbin"),
    ({"draws": 10}, "at least 100"),
    ({"level": 95}, "fraction between 0 and 1"),
    ({"cores": ["r99"]}, r"Core\(s\) r99 are not regions of the table"),
    ({"method": "magic"}, "Unknown estimation method"),
])
def test_bad_choices(lattice, change, message):
    graph, names, w, y, x = lattice
    arguments = {"y": "grp", "x": ["rnd"], "draws": 100, **change}
    with pytest.raises(ParameterError, match=message):
        estimate_spillover(frame(names, y, x), graph, **arguments)


def test_constant_column_and_duplicate_ids(lattice):
    graph, names, w, y, x = lattice
    table = frame(names, y, x).assign(one=1.0)
    with pytest.raises(ParameterError, match="'one' has the same value everywhere"):
        estimate_spillover(table, graph, "grp", ["rnd", "one"])
    doubled = pd.concat([frame(names, y, x), frame(names, y, x).iloc[[0]]])
    with pytest.raises(ParameterError, match="appear more than once"):
        estimate_spillover(doubled, graph, "grp", ["rnd"])


def test_weights_on_other_regions(lattice):
    graph, names, w, y, x = lattice
    table = frame(names, y, x).drop(index="r24")
    with pytest.raises(ParameterError, match=r"hold regions r24 the table lacks.*same regions"):
        estimate_spillover(table, graph, "grp", ["rnd"])
    renamed = frame(names, y, x).rename(index={"r00": "X"})
    with pytest.raises(ParameterError, match="regions X of the table are not in the weights"):
        estimate_spillover(renamed, graph, "grp", ["rnd"])


def test_collinear_inputs(lattice):
    graph, names, w, y, x = lattice
    table = frame(names, y, x)
    table["twice"] = 2 * table["rnd"]
    with pytest.raises(ParameterError, match="collinear"):
        estimate_spillover(table, graph, "grp", ["rnd", "twice"])


def test_the_result_flags_its_warnings(sar):
    assert [note[:28] for note in sar.warnings] == ["Small sample: only 25 region"]
    assert set(sar.warnings) < set(sar.notes)
    graph, names, w, table, _, _ = panel_data()
    panel = estimate_panel_spillover(table, graph, "grp", ["rnd"], region="region",
                                     year="year", draws=100)
    assert [note[:27] for note in panel.warnings] == ["Small sample: only 25 regio",
                                                      "Short panel: only 4 years. "]
    # a value of every region pulled hard against its neighbours': rho at -1
    graph, names, w = grid(6)
    rng = np.random.default_rng(0)
    x = rng.normal(size=36)
    y = np.linalg.solve(np.eye(36) + 0.99999 * w, rng.normal(size=36) + x)
    edge = estimate_spillover(pd.DataFrame({"y": y, "x": x}, index=names), graph, "y", "x",
                              draws=100)
    assert edge.warnings == [
        "The estimate of rho (-1.000) is at the edge of the range spreg searches; the model "
        "is probably misspecified (check the weights and the inputs)."]
    after = edge.notes[edge.notes.index(edge.warnings[0]) - 1]
    assert after.startswith("Intervals:")  # the warning follows the note on the intervals
