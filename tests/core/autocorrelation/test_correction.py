"""Multiple testing: Benjamini-Hochberg and Bonferroni cut-offs, and the few-features notes."""

from __future__ import annotations

import numpy as np
import pytest

from kz_innovation_plugin.core.autocorrelation.correction import (
    CORRECTIONS,
    corrected_threshold,
    few_features_note,
    smallest_pvalue,
)
from kz_innovation_plugin.core.errors import ParameterError

from . import columbus, geoda_weights, queen


def test_benjamini_hochberg_by_hand():
    # sorted: 0.002 0.030 0.031 0.032 0.900; i * 0.05 / 5 = 0.01 0.02 0.03 0.04 0.05
    # p(1) passes, p(2) and p(3) fail, p(4) = 0.032 <= 0.04 passes: step-up keeps four
    p = np.array([0.9, 0.031, 0.002, 0.032, 0.030])
    assert corrected_threshold(p, 0.05, "fdr") == pytest.approx(0.032)
    assert (p <= corrected_threshold(p, 0.05, "fdr")).sum() == 4


@pytest.mark.parametrize("seed", range(5))
def test_benjamini_hochberg_selects_what_scipy_selects(seed):
    """scipy's ``false_discovery_control`` adjusts the p-values (BH): a feature is
    significant where its adjusted p is at most alpha; the cut-off selects the same set.
    (The core keeps its own step-up: importing scipy.stats costs over a second per run.)"""
    from scipy.stats import false_discovery_control

    rng = np.random.default_rng(seed)
    p = np.concatenate([rng.uniform(0, 0.01, 8), rng.uniform(0, 1, 92)])
    cut = corrected_threshold(p, 0.05, "fdr")
    np.testing.assert_array_equal(p <= cut, false_discovery_control(p) <= 0.05)


def test_benjamini_hochberg_edges():
    assert corrected_threshold(np.array([0.01, 0.02, 0.03, 0.04, 0.05]), 0.05, "fdr") == 0.05
    assert corrected_threshold(np.array([0.2, 0.3, 0.5]), 0.05, "fdr") == 0.0
    # NaN (islands) is not a test: n is 2 here, so 0.025 <= 2 * 0.05 / 2 passes
    assert corrected_threshold(np.array([np.nan, 0.025, 0.6]), 0.05, "fdr") == 0.025


def test_bonferroni_and_none():
    p = np.array([0.001, 0.2, np.nan, 0.04, 0.5])
    assert corrected_threshold(p, 0.05, "bonferroni") == pytest.approx(0.05 / 4)
    assert corrected_threshold(p, 0.1, "none") == 0.1
    assert CORRECTIONS == ("fdr", "bonferroni", "none")  # the dialog's order


@pytest.mark.parametrize("alpha", [0, -0.1, 0.51, 1.0, "abc", None])
def test_alpha_out_of_range(alpha):
    with pytest.raises(ParameterError, match="significance level"):
        corrected_threshold(np.array([0.01, 0.2]), alpha, "fdr")


def test_unknown_correction():
    with pytest.raises(ParameterError, match="bonferroni"):
        corrected_threshold(np.array([0.01]), 0.05, "holm")


def test_smallest_pvalue():
    assert smallest_pvalue(999) == pytest.approx(0.001)
    assert smallest_pvalue(99) == pytest.approx(0.01)


def test_few_features_note_17_regions():
    notes = few_features_note(17, 999, 0.05, "fdr")
    text = " ".join(notes)
    assert "smallest attainable pseudo p-value is 0.001" in text
    assert "Only 17 features" in text and "fewer than 30" in text
    # FDR: a lone feature needs 0.05 / 17 = 0.00294 > 0.001, so significance is possible
    assert "no feature can be significant" not in text


def test_few_features_note_nothing_can_be_significant():
    # Bonferroni with 99 permutations: 0.05 / 17 = 0.0029 < 1 / 100
    text = " ".join(few_features_note(17, 99, 0.05, "bonferroni"))
    assert "no feature can be significant" in text
    # FDR with 99 permutations: possible only for several features together
    text = " ".join(few_features_note(17, 99, 0.05, "fdr"))
    assert "no feature can be significant" not in text
    assert "lone significant feature" in text


def test_few_features_note_enough_features():
    notes = few_features_note(49, 999, 0.05, "none")
    assert len(notes) == 1 and "0.001" in notes[0]


def test_same_features_as_geoda():
    """GeoDa reports ``i * alpha / n`` as its FDR cut-off and ``alpha / n`` as Bonferroni's;
    our cut-offs select exactly the same features from GeoDa's own p-values."""
    pygeoda = pytest.importorskip("pygeoda")
    frame = columbus()
    result = pygeoda.local_moran(geoda_weights(queen(frame)), frame["CRIME"].tolist(), seed=1)
    p = np.array(result.lisa_pvalues())
    for alpha in (0.05, 0.01, 0.1):
        fdr = p <= corrected_threshold(p, alpha, "fdr")
        assert np.array_equal(fdr, p <= result.lisa_fdr(alpha))
        assert corrected_threshold(p, alpha, "bonferroni") == pytest.approx(result.lisa_bo(alpha))
    assert 0 < (p <= corrected_threshold(p, 0.05, "fdr")).sum() < (p <= 0.05).sum()
