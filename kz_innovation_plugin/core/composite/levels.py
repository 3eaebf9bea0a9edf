"""Levels of the index: three classes, and scoreboard performance groups.

mapclassify computes quantile and Fisher-Jenks natural-break classes; pandas and numpy the
rest.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..choices import LEVEL_METHOD
from ..errors import ParameterError

#: ways to cut the index into three levels
LEVEL_METHODS = LEVEL_METHOD.values
#: on a 0..1 index: low < 1/3 <= medium < 2/3 <= high
DEFAULT_THRESHOLDS = (1 / 3, 2 / 3)
LEVEL_LABELS = ("low", "medium", "high")
#: Regional Innovation Scoreboard groups, weakest first
SCOREBOARD_GROUPS = ("emerging", "moderate", "strong", "leader")
#: upper bounds (inclusive) of the relative score of emerging, moderate and strong
SCOREBOARD_BOUNDS = (70.0, 100.0, 125.0)
#: decimals the relative score is rounded to before comparing with the bounds
_DECIMALS = 9


def classify_levels(
    index: pd.Series,
    method: str = "thresholds",
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> pd.Series:
    """Cut the index into the levels "low", "medium" and "high".

    Parameters
    ----------
    index : pandas.Series
        Index value per region (NaN stays NaN).
    method : {"thresholds", "quantiles", "natural_breaks"}
        ``"thresholds"``: ``low < t1 <= medium < t2 <= high`` (a value on a threshold goes
        to the upper level).  ``"quantiles"``: ``mapclassify.Quantiles(k=3)``, three classes
        of about equal size.  ``"natural_breaks"``: ``mapclassify.FisherJenks(k=3)``, the
        exact (deterministic) Fisher-Jenks optimum.  mapclassify classes are closed on the
        right: a value on a break goes to the lower level.
    thresholds : sequence of two floats
        Used by ``"thresholds"`` only; the default suits a 0..1 index, pass others for
        another scale.

    Returns
    -------
    pandas.Series
        Level label per region, same index as ``index``.

    Raises
    ------
    ParameterError
        Unknown method, bad thresholds, or too few different values for mapclassify.
    """
    if method not in LEVEL_METHODS:
        raise ParameterError(
            f'Unknown level method "{method}": choose one of {", ".join(LEVEL_METHODS)}.'
        )
    values = pd.to_numeric(index, errors="coerce").to_numpy(dtype=float)
    present = ~np.isnan(values)
    codes = np.full(values.shape, -1)
    if method == "thresholds":
        low, high = _check_thresholds(thresholds)
        codes[present] = np.searchsorted([low, high], values[present], side="right")
    else:
        distinct = np.unique(values[present]).size
        if distinct < len(LEVEL_LABELS):
            raise ParameterError(
                f"Levels by {method.replace('_', ' ')} need at least 3 different index "
                f"values; got {distinct}. Use thresholds instead."
            )
        mapclassify = _mapclassify()
        classifier = mapclassify.Quantiles if method == "quantiles" else mapclassify.FisherJenks
        with warnings.catch_warnings():  # without numba FisherJenks warns it runs slower
            warnings.filterwarnings("ignore", message="Numba not installed")
            codes[present] = classifier(values[present], k=len(LEVEL_LABELS)).yb
    labels = np.array(LEVEL_LABELS + (None,), dtype=object)[codes]
    return pd.Series(labels, index=index.index, name="level", dtype=object)


def performance_groups(index: pd.Series, reference: float) -> tuple[pd.Series, pd.Series]:
    """Scoreboard performance groups from the index relative to a reference value.

    As in the Regional Innovation Scoreboard 2021 methodology, which compares regions with
    the EU average; here the reference is the national value.  With
    ``relative = 100 * index / reference``:

    * leader: ``relative > 125``
    * strong: ``100 < relative <= 125``
    * moderate: ``70 < relative <= 100``
    * emerging: ``relative <= 70``

    A score exactly on a bound goes to the lower group.  The relative score is rounded to
    9 decimals before the comparison so that floating-point noise (``100 * 0.7`` is not
    always 70) cannot move a region across a bound.

    Parameters
    ----------
    index : pandas.Series
        Index value per region (NaN stays NaN).
    reference : float
        Reference value of the index (the national value), positive.

    Returns
    -------
    (pandas.Series, pandas.Series)
        Relative score (float) and group label per region.

    Raises
    ------
    ParameterError
        ``reference`` is not a positive number.
    """
    try:
        ref = float(reference)
    except (TypeError, ValueError):
        ref = float("nan")
    if not np.isfinite(ref) or ref <= 0:
        raise ParameterError(
            f"The reference value for performance groups must be a positive number "
            f"(the national index value); got {reference!r}. Check the national row."
        )
    values = pd.to_numeric(index, errors="coerce").astype(float)
    relative = (100.0 * values / ref).rename("relative")
    rounded = relative.round(_DECIMALS).to_numpy()
    present = ~np.isnan(rounded)
    codes = np.full(rounded.shape, -1)
    codes[present] = np.searchsorted(SCOREBOARD_BOUNDS, rounded[present], side="left")
    labels = np.array(SCOREBOARD_GROUPS + (None,), dtype=object)[codes]
    return relative, pd.Series(labels, index=index.index, name="group", dtype=object)


def _check_thresholds(thresholds: Sequence[float]) -> tuple[float, float]:
    try:
        values = [float(t) for t in thresholds]
    except (TypeError, ValueError):
        values = []
    if len(values) != 2 or not all(np.isfinite(values)) or not values[0] < values[1]:
        raise ParameterError(
            f"Level thresholds must be two increasing numbers, e.g. 0.33, 0.66; "
            f"got {thresholds!r}."
        )
    return values[0], values[1]


def _mapclassify():
    """Import mapclassify on first use.

    mapclassify imports matplotlib's pyplot; where a system matplotlib's ``mpl_toolkits``
    shadows the installed one (Debian's QGIS beside a pip matplotlib), matplotlib warns that
    it cannot import Axes3D, which the classification never uses.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Unable to import Axes3D")
        import mapclassify
    return mapclassify
