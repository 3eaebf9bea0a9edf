"""Gini and Theil against PySAL's inequality run directly; Ellison-Glaeser and
Maurel-Sedillot against the values published with inequality's own implementation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from inequality.gini import Gini
from inequality.theil import Theil, TheilD, TheilDSim
from numpy.testing import assert_allclose

from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.specialisation.concentration import (
    ellison_glaeser,
    gini,
    maurel_sedillot,
    raw_concentration,
    theil,
)

VALUES = pd.DataFrame({"A": [10.0, 30.0, 60.0, 5.0, 1.0], "B": [30.0, 30.0, 0.0, 2.0, 8.0]},
                      index=list("pqrst"))
GROUPS = pd.Series({"p": "north", "q": "north", "r": "south", "s": "south", "t": "south"})


def test_gini_is_the_library_value_per_activity():
    result = gini(VALUES)
    for activity in VALUES:
        assert result[activity] == pytest.approx(Gini(VALUES[activity].to_numpy()).g)


def test_gini_skips_missing_regions():
    values = VALUES.copy()
    values.loc["q", "A"] = np.nan
    expected = Gini(values["A"].dropna().to_numpy()).g
    assert gini(values)["A"] == pytest.approx(expected)


def test_theil_and_its_decomposition_are_the_library_values():
    table = theil(VALUES, GROUPS, permutations=99, seed=7).table
    codes = np.array([0, 0, 1, 1, 1])
    for activity in VALUES:
        y = VALUES[activity].to_numpy()
        assert table.at[activity, "theil"] == pytest.approx(float(Theil(y).T))
        decomposed = TheilD(y, codes)
        assert table.at[activity, "between"] == pytest.approx(float(np.squeeze(decomposed.bg)))
        assert table.at[activity, "within"] == pytest.approx(float(np.squeeze(decomposed.wg)))
        assert table.at[activity, "between"] + table.at[activity, "within"] == pytest.approx(
            table.at[activity, "theil"])
        np.random.seed(7)
        expected_p = float(np.squeeze(TheilDSim(y, codes, 99).bg_pvalue))
        assert table.at[activity, "between_p"] == pytest.approx(expected_p)


def test_theil_leaves_the_global_random_state_alone():
    np.random.seed(3)
    expected = np.random.random()
    np.random.seed(3)
    theil(VALUES, GROUPS, permutations=9)
    assert np.random.random() == expected


#: the example of inequality's ellison_glaeser_egg / maurel_sedillot_msg documentation:
#: numpy.random.seed(0); randint(10, 50, size=(3, 4)), plant Herfindahl indices rounded
Z = pd.DataFrame([[10, 13, 13, 49], [19, 29, 31, 46], [33, 16, 34, 34]], dtype="float64",
                 columns=list("abcd"))
H = pd.Series([0.549, 0.715, 0.603, 0.545], index=list("abcd"))


def test_ellison_glaeser_matches_the_published_values():
    assert_allclose(ellison_glaeser(Z, H), [-1.06264, -2.39227, -1.461383, -1.117953],
                    atol=1e-6)
    one_worker_plants = 1 / Z.sum()
    assert_allclose(ellison_glaeser(Z, one_worker_plants),
                    [0.054499, 0.016242, 0.010141, 0.028803], atol=1e-6)


def test_maurel_sedillot_matches_the_published_values():
    assert_allclose(maurel_sedillot(Z, H), [-1.010102, -2.324216, -1.38869, -1.200499],
                    atol=1e-6)
    assert_allclose(maurel_sedillot(Z, 1 / Z.sum()),
                    [0.078583, 0.035977, 0.039374, -0.009049], atol=1e-6)


def test_raw_concentration_by_hand():
    values = pd.DataFrame({"A": [10.0, 30.0, 60.0], "B": [30.0, 30.0, 0.0]})
    # A: shares (0.1, 0.3, 0.6) against sizes (0.25, 0.375, 0.375)
    assert raw_concentration(values)["A"] == pytest.approx(0.15**2 + 0.075**2 + 0.225**2)


def test_ellison_glaeser_needs_plant_herfindahl_and_every_cell():
    with pytest.raises(ParameterError, match="Herfindahl index of plant sizes"):
        ellison_glaeser(Z, {"a": 0.5})
    missing = Z.copy()
    missing.iloc[0, 0] = np.nan
    with pytest.raises(ParameterError, match="missing"):
        maurel_sedillot(missing, H)
