"""Multiple testing: the p-value cut-off after a correction, and what few features allow.

A local statistic tests every feature at once, so at ``alpha = 0.05`` one feature in
twenty looks significant by chance.  Two corrections are offered:

* ``"bonferroni"``: the cut-off is ``alpha / n`` (controls the chance of any false
  positive; GeoDa's "Bonferroni bound");
* ``"fdr"``: Benjamini and Hochberg's (1995) step-up rule: sort the p-values,
  ``p_(1) <= ... <= p_(n)``, find the largest ``i`` with ``p_(i) <= i * alpha / n`` and
  call significant every p-value up to ``p_(i)`` (controls the expected share of false
  positives; GeoDa's and ArcGIS Pro's "False Discovery Rate").

GeoDa reports ``i * alpha / n`` as its FDR cut-off, this module ``p_(i)``: both select
the same features, as ``scipy.stats.false_discovery_control`` does (the tests compare them).
scipy's function is not called here: importing ``scipy.stats`` costs over a second per run
of a local statistic (``docs/benchmark.md``), and the cut-off is a few lines of NumPy sorting;
nothing loops over features.
"""

from __future__ import annotations

import numpy as np

from .._checks import unknown_choice
from ..choices import CORRECTION
from ..errors import ParameterError

#: the corrections offered
CORRECTIONS = CORRECTION.values
#: fewer features than this earn a warning in the method record
FEW_FEATURES = 30


def check_alpha(alpha) -> float:
    """Validate a significance level: a number in (0, 0.5]."""
    try:
        value = float(alpha)
    except (TypeError, ValueError):
        raise ParameterError(f"The significance level must be a number; got {alpha!r}.") from None
    if not 0 < value <= 0.5:
        raise ParameterError(
            f"The significance level must be above 0 and at most 0.5; got {alpha}. "
            "0.05 is the usual choice."
        )
    return value


def check_correction(correction) -> str:
    """Validate the name of a multiple-testing correction."""
    if correction not in CORRECTIONS:
        raise unknown_choice("multiple-testing correction", correction, CORRECTIONS)
    return correction


def corrected_threshold(p_values: np.ndarray, alpha: float, correction: str) -> float:
    """Return the p-value cut-off: a feature is significant when ``p <= cut-off``.

    Parameters
    ----------
    p_values : numpy.ndarray
        The p-values of the features tested (NaN entries, e.g. islands, are ignored and
        do not count in ``n``).
    alpha : float
        Significance level, in (0, 0.5].
    correction : str
        ``"none"`` (cut-off ``alpha``), ``"bonferroni"`` (``alpha / n``) or ``"fdr"``
        (Benjamini-Hochberg: the largest ``p_(i)`` with ``p_(i) <= i * alpha / n``, or 0
        when there is none).

    Returns
    -------
    float

    Raises
    ------
    ParameterError
        For an ``alpha`` outside (0, 0.5] or an unknown correction.
    """
    alpha = check_alpha(alpha)
    check_correction(correction)
    p = np.asarray(p_values, dtype=float).ravel()
    p = p[~np.isnan(p)]
    n = p.size
    if correction == "none":
        return alpha
    if n == 0:
        return 0.0
    if correction == "bonferroni":
        return alpha / n
    ordered = np.sort(p)
    passing = np.flatnonzero(ordered <= np.arange(1, n + 1) * alpha / n)
    return float(ordered[passing[-1]]) if passing.size else 0.0


def smallest_pvalue(permutations: int) -> float:
    """Return the smallest pseudo p-value a permutation test can give, ``1 / (P + 1)``."""
    return 1.0 / (int(permutations) + 1)


def small_sample_note(n: int) -> list[str]:
    """A warning when fewer than :data:`FEW_FEATURES` features are tested, else nothing."""
    if n >= FEW_FEATURES:
        return []
    return [
        f"Only {n} features were tested (fewer than {FEW_FEATURES}): local statistics rest "
        "on few neighbours and their p-values are coarse; read the clusters as exploratory."
    ]


def few_features_note(n: int, permutations: int, alpha: float, correction: str) -> list[str]:
    """Sentences for the log on what ``n`` features and ``P`` permutations allow.

    Parameters
    ----------
    n : int
        Number of features tested (islands not counted).
    permutations : int
        Number of permutations.
    alpha : float
        Significance level.
    correction : str
        One of :data:`CORRECTIONS`.

    Returns
    -------
    list of str
        Always the smallest attainable pseudo p-value; a warning below
        :data:`FEW_FEATURES` features; a warning when even the most favourable corrected
        cut-off is below the smallest attainable p-value (nothing can be significant), or,
        for FDR, when a single significant feature would need a p-value below it.
    """
    alpha = check_alpha(alpha)
    check_correction(correction)
    smallest = smallest_pvalue(permutations)
    notes = [
        f"With {permutations:,} permutations the smallest attainable pseudo p-value is "
        f"{smallest:.6g}."
    ]
    notes += small_sample_note(n)
    # the most favourable cut-off: with FDR, every p-value at the minimum passes at alpha
    best = alpha / max(n, 1) if correction == "bonferroni" else alpha
    if best < smallest:
        notes.append(
            f"The corrected cut-off ({correction}, {best:.6g}) is below the smallest "
            f"attainable pseudo p-value ({smallest:.6g}): no feature can be significant. "
            "Increase the number of permutations or use a weaker correction."
        )
    elif correction == "fdr" and alpha / max(n, 1) < smallest:
        notes.append(
            f"With FDR a lone significant feature needs p <= {alpha / max(n, 1):.6g}, below "
            f"the smallest attainable pseudo p-value ({smallest:.6g}): significance needs "
            "several features with small p-values. More permutations relax this."
        )
    return notes
