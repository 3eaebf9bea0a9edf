"""Normal tail probabilities from scipy.special, without importing scipy.stats."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from tests.conftest import ROOT


def test_statistics_modules_leave_scipy_stats_unimported():
    """scipy.stats costs about a second to import (its docstrings are parsed); the global
    and local statistics only need the normal distribution's tails."""
    code = ("import sys; import kz_innovation_plugin.core.autocorrelation; "
            "print(sorted(name for name in ('scipy.stats', 'sklearn', 'libpysal') "
            "if name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_ndtr_tails_are_scipy_stats_norm_bit_for_bit():
    from scipy import stats
    from scipy.special import ndtr

    z = np.concatenate([np.linspace(-40, 40, 20001), [0.0, -0.0, np.inf, -np.inf, np.nan]])
    np.testing.assert_array_equal(ndtr(-z), stats.norm.sf(z))
    np.testing.assert_array_equal(ndtr(z), stats.norm.cdf(z))
    np.testing.assert_array_equal(2.0 * ndtr(-np.abs(z)), 2.0 * stats.norm.sf(np.abs(z)))
