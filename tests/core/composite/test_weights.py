"""Weights: equal, user and entropy by hand; varimax and PCA against scikit-learn run directly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.decomposition import PCA

# private scikit-learn helper, used here only as an independent reference for the rotation
from sklearn.decomposition._factor_analysis import _ortho_rotation

from kz_innovation_plugin.core.composite.weights import (
    WEIGHTINGS,
    compute_weights,
    normalise_weights,
    varimax,
)
from kz_innovation_plugin.core.errors import ParameterError


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {"A": [0.1, 0.5, 0.9, 0.3], "B": [0.2, 0.4, 0.8, 0.1], "C": [0.9, 0.3, 0.5, 0.7]},
        index=["r1", "r2", "r3", "r4"],
    )


def two_blocks(n_regions: int = 40, seed: int = 7) -> pd.DataFrame:
    """Indicators a1..a4 follow one latent factor, b1..b3 another, uncorrelated with it."""
    rng = np.random.default_rng(seed)
    latent = rng.standard_normal((n_regions, 2))
    latent -= latent.mean(axis=0)
    latent[:, 1] -= latent[:, 0] * (latent[:, 0] @ latent[:, 1]) / (latent[:, 0] @ latent[:, 0])
    columns = {f"a{k}": latent[:, 0] * (1 + k / 4) for k in range(1, 5)}
    columns |= {f"b{k}": latent[:, 1] + k for k in range(1, 4)}
    noise = 0.25 * rng.standard_normal((n_regions, len(columns)))
    return pd.DataFrame(columns) + noise


def zscores(block: pd.DataFrame) -> np.ndarray:
    return ((block - block.mean()) / block.std(ddof=1)).to_numpy()


def match_columns(actual: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """``actual`` with its columns reordered and re-signed to line up with ``expected``."""
    products = actual.T @ expected
    order = np.abs(products).argmax(axis=0)
    assert sorted(order) == list(range(expected.shape[1]))
    signs = np.sign(products[order, np.arange(expected.shape[1])])
    return actual[:, order] * signs


# ---------------------------------------------------------------- equal and user weights


def test_equal(table):
    result = compute_weights(table, {"g1": ["A", "B", "C"], "g2": ["C"]})
    assert result.method == "equal" and result.details is None
    np.testing.assert_allclose(result.weights["g1"].loc[["A", "B", "C"]], [1 / 3] * 3)
    assert result.weights["g2"].to_dict() == {"C": 1.0}


def test_user_weights_within_each_group(table):
    # g1: A 2, B 6 -> 2/8, 6/8; g2: B 6, C 2 -> 6/8, 2/8 (B is in both groups)
    user = {"A": 2, "B": 6.0, "C": 2.0, "Z": 1.0}
    result = compute_weights(table, {"g1": ["A", "B"], "g2": ["B", "C"]}, "user", user)
    assert result.weights["g1"].to_dict() == {"A": 0.25, "B": 0.75}
    assert result.weights["g2"].to_dict() == {"B": 0.75, "C": 0.25}
    assert any("Z" in note for note in result.notes)


def test_user_weight_zero_is_allowed(table):
    result = compute_weights(table, {"g": ["A", "B"]}, "user", {"A": 0.0, "B": 3.0})
    assert result.weights["g"].to_dict() == {"A": 0.0, "B": 1.0}


def test_normalise_weights():
    assert normalise_weights(pd.Series({"x": 1.0, "y": 3.0}), "test").to_dict() == {
        "x": 0.25, "y": 0.75,
    }


@pytest.mark.parametrize(
    "raw, shown",
    [
        ({"A": -1.0, "B": 2.0}, "A = -1.0, B = 2.0"),
        ({"A": 0.0, "B": 0.0}, "A = 0.0, B = 0.0"),
        ({"A": float("nan"), "B": 1.0}, "A = nan, B = 1.0"),
    ],
)
def test_bad_user_weights(table, raw, shown):
    with pytest.raises(ParameterError) as caught:
        compute_weights(table, {"inputs": ["A", "B"]}, "user", raw)
    assert str(caught.value) == (
        'Weights of group "inputs" must be zero or positive and sum to a positive number; '
        f"got {shown}. Correct these weights."
    )


def test_user_weight_missing(table):
    with pytest.raises(ParameterError) as caught:
        compute_weights(table, {"inputs": ["A", "B", "C"]}, "user", {"A": 1.0})
    assert str(caught.value) == (
        'No user weight is given for indicator(s) B, C of group "inputs"; give a weight '
        "(0 or more) for each."
    )


def test_user_weights_not_given(table):
    with pytest.raises(ParameterError, match="no weights were given"):
        compute_weights(table, {"g": ["A"]}, "user")


def test_unknown_method(table):
    with pytest.raises(ParameterError) as caught:
        compute_weights(table, {"g": ["A"]}, "budget")
    assert str(caught.value) == (
        'Unknown weighting "budget"; choose one of equal, user, pca, entropy.'
    )
    assert WEIGHTINGS == ("equal", "user", "pca", "entropy")


def test_group_with_unknown_indicator(table):
    with pytest.raises(ParameterError, match=r'Group "g" names indicator\(s\) Q that are not'):
        compute_weights(table, {"g": ["A", "Q"]})


def test_missing_value_is_refused(table):
    table.loc["r3", "C"] = np.nan
    with pytest.raises(ParameterError, match=r'Indicator "C" .* region\(s\) r3'):
        compute_weights(table, {"g": ["A", "C"]})


# ---------------------------------------------------------------- entropy


def test_entropy_by_hand():
    # rescaled to 0..1: A (2, 3, 4) -> 0, 0.5, 1;  B (10, 10, 30) -> 0, 0, 1
    # (+1e-9 changes nothing at 1e-6).  Shares p: A 0, 1/3, 2/3;  B 0, 0, 1
    # e_A = -(1/ln 3)(1/3 ln 1/3 + 2/3 ln 2/3) = 1/3 + (2/3) ln 1.5 / ln 3 = 0.579380
    # e_B = 0 (all in one region);  d_A = 0.420620, d_B = 1
    # w_A = 0.420620 / 1.420620 = 0.296082, w_B = 1 / 1.420620 = 0.703918
    table = pd.DataFrame({"A": [2.0, 3.0, 4.0], "B": [10.0, 10.0, 30.0]})
    result = compute_weights(table, {"g": ["A", "B"]}, "entropy")
    np.testing.assert_allclose(result.weights["g"].loc[["A", "B"]], [0.296082, 0.703918],
                               atol=1e-6)
    details = result.details.loc["g"]
    np.testing.assert_allclose(details["entropy"], [0.579380, 0.0], atol=1e-6)
    np.testing.assert_allclose(details["divergence"], [0.420620, 1.0], atol=1e-6)


def test_entropy_needs_two_regions():
    with pytest.raises(ParameterError, match="at least 2 regions"):
        compute_weights(pd.DataFrame({"A": [1.0], "B": [2.0]}), {"g": ["A", "B"]}, "entropy")


def test_entropy_refuses_constant_indicator(table):
    table["B"] = 0.5
    with pytest.raises(ParameterError, match='Indicator "B" has the same value'):
        compute_weights(table, {"g": ["A", "B"]}, "entropy")


# ---------------------------------------------------------------- varimax


def test_varimax_matches_scikit_learn():
    loadings = np.random.default_rng(3).uniform(-1, 1, size=(9, 3))
    # scikit-learn's rotation iterated to convergence (its default stops at a 1e-6 gain)
    expected = _ortho_rotation(loadings, tol=1e-15, max_iter=100_000).T
    rotated = varimax(loadings)
    np.testing.assert_allclose(match_columns(rotated, expected), expected, atol=1e-9)
    # an orthogonal rotation keeps the communalities
    np.testing.assert_allclose((rotated**2).sum(axis=1), (loadings**2).sum(axis=1))


def _orthomax_step(loadings: np.ndarray, rotation: np.ndarray) -> np.ndarray:
    """One SVD step of the orthomax iteration (gamma = 1), written out for the test."""
    rotated = loadings @ rotation
    target = rotated**3 - rotated * (rotated**2).sum(axis=0) / loadings.shape[0]
    left, _, right = np.linalg.svd(loadings.T @ target)
    return left @ right


@pytest.mark.parametrize("seed", range(12))
def test_varimax_returns_the_fixed_point_of_the_rotation(seed):
    """Converged: one more step of the iteration leaves the loadings where they are."""
    loadings = np.random.default_rng(seed).normal(size=(7, 3))
    rotated = varimax(loadings)
    rotation = np.linalg.lstsq(loadings, rotated, rcond=None)[0]
    np.testing.assert_allclose(loadings @ _orthomax_step(loadings, rotation), rotated,
                               atol=1e-9)


def test_varimax_that_does_not_converge_is_refused():
    loadings = np.random.default_rng(4).normal(size=(7, 3))
    with pytest.raises(ParameterError, match="did not converge in 2 iterations"):
        varimax(loadings, max_iter=2)


def test_varimax_single_factor_is_unchanged():
    loadings = np.array([[0.9], [0.8], [0.3]])
    np.testing.assert_array_equal(varimax(loadings), loadings)


# ---------------------------------------------------------------- PCA


def test_pca_two_blocks_against_scikit_learn():
    data = two_blocks()
    names = list(data.columns)
    result = compute_weights(data, {"all": names}, "pca")

    # the reference: scikit-learn run directly on the z-scores
    pca = PCA().fit(zscores(data))
    factors = result.factors.loc["all"]
    np.testing.assert_allclose(factors["eigenvalue"], pca.explained_variance_)
    np.testing.assert_allclose(factors["variance_share"], pca.explained_variance_ratio_)
    # two blocks -> two eigenvalues well above 1, each about half of the variance
    assert list(factors["retained"]) == [True, True] + [False] * (len(names) - 2)

    details = result.details.loc["all"].loc[names]
    reference = pca.components_[:2].T * np.sqrt(pca.explained_variance_[:2])
    unrotated = details[["unrotated_F1", "unrotated_F2"]].to_numpy()
    np.testing.assert_allclose(match_columns(unrotated, reference), reference, atol=1e-10)
    rotated_ref = _ortho_rotation(reference, tol=1e-15, max_iter=100_000).T
    rotated = details[["loading_F1", "loading_F2"]].to_numpy()
    # scikit-learn stops on the criterion's gain, so its rotation is good to about 1e-6 only
    np.testing.assert_allclose(match_columns(rotated, rotated_ref), rotated_ref, atol=1e-6)
    rotation = np.linalg.lstsq(unrotated, rotated, rcond=None)[0]
    np.testing.assert_allclose(unrotated @ _orthomax_step(unrotated, rotation), rotated,
                               atol=1e-9)

    # each block is assigned to its own factor
    a_factor = details.loc["a1", "factor"]
    assert set(details.loc[["a1", "a2", "a3", "a4"], "factor"]) == {a_factor}
    assert set(details.loc[["b1", "b2", "b3"], "factor"]) == {"F1", "F2"} - {a_factor}

    # the Handbook's weights, rebuilt from the reference rotation
    squared = rotated_ref**2
    scaled = squared / squared.sum(axis=0)
    share = squared.sum(axis=0) / squared.sum()
    assigned = squared.argmax(axis=1)
    raw = scaled[np.arange(len(names)), assigned] * share[assigned]
    weights = result.weights["all"].loc[names]
    np.testing.assert_allclose(weights, raw / raw.sum(), atol=1e-6)
    assert weights.sum() == pytest.approx(1.0) and (weights > 0).all()


def test_pca_one_factor_weights_are_squared_components():
    # one factor: scaled squared loadings = lambda c^2 / lambda = c^2 (unit-length component)
    data = two_blocks()[["a1", "a2", "a3", "a4"]]
    result = compute_weights(data, {"g": list(data.columns)}, "pca")
    component = PCA().fit(zscores(data)).components_[0]
    np.testing.assert_allclose(result.weights["g"].loc[data.columns], component**2, atol=1e-10)
    assert list(result.factors.loc["g"]["retained"]) == [True, False, False, False]


def test_pca_small_groups(table):
    result = compute_weights(table, {"one": ["C"], "two": ["A", "C"]}, "pca")
    assert result.weights["one"].to_dict() == {"C": 1.0}
    np.testing.assert_allclose(result.weights["two"].loc[["A", "C"]], [0.5, 0.5])
    assert any("two indicators" in note for note in result.notes)
    assert any("one indicator" in note for note in result.notes)


def test_pca_groups_are_separate():
    data = two_blocks()
    groups = {"a": ["a1", "a2", "a3", "a4"], "b": ["b1", "b2", "b3"]}
    result = compute_weights(data, groups, "pca")
    for name, members in groups.items():
        alone = compute_weights(data[members], {name: members}, "pca")
        pd.testing.assert_series_equal(result.weights[name], alone.weights[name])


def test_pca_needs_three_regions():
    data = pd.DataFrame({"A": [1.0, 2.0], "B": [3.0, 1.0]})
    with pytest.raises(ParameterError, match="PCA weighting needs at least 3 regions"):
        compute_weights(data, {"g": ["A", "B"]}, "pca")
