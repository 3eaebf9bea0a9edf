"""Normalisation: put indicators with different units on one scale (Handbook, section 5).

Every method turns "higher is better" and "lower is better" indicators into scores where a
higher value always means a more innovative region.  All arithmetic is column-wise
:mod:`pandas`/:mod:`numpy`; pandas' ``DataFrame.rank`` gives the average ranks.

Input conventions
-----------------
``values``: rows are regions, columns are indicators, float, no missing value (impute first).
``directions``: one entry per indicator, +1 (higher is better) or -1 (lower is better).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._checks import describe_ids
from ..choices import FIXED_NORMALISATION, NORMALISATION
from ..errors import ParameterError

#: the normalisation methods :func:`normalise` knows
NORMALISATIONS = NORMALISATION.values
#: at most this many region ids are listed in a message
_MAX_LISTED = 10
#: normalisations that can take a fixed reference (``bounds``), so that tables normalised
#: with the same bounds (the years of a panel) give scores on one scale; ``rank`` cannot: a
#: rank exists only among the regions of its own table
FIXED_REFERENCE = FIXED_NORMALISATION.values
#: what a fixed reference holds per indicator
BOUND_KEYS = ("min", "max", "mean", "sd")


def name_list(items) -> str:
    """Comma-separated names, shortened to the first ten (:func:`.._checks.describe_ids`)."""
    return describe_ids(items, _MAX_LISTED)


def check_table(values: pd.DataFrame, step: str) -> pd.DataFrame:
    """Check an indicator table and return it as float64.

    Parameters
    ----------
    values : pandas.DataFrame
        Regions in rows, indicators in columns.
    step : str
        What comes next ("normalising", "weighting" ...), used in messages.

    Returns
    -------
    pandas.DataFrame
        The same table with float64 columns.

    Raises
    ------
    ParameterError
        When the table is empty, holds text, or has a missing or infinite value.
    """
    if not isinstance(values, pd.DataFrame) or values.shape[0] == 0 or values.shape[1] == 0:
        raise ParameterError(
            f"There is no indicator table to use for {step}: it needs at least one region "
            "(row) and one indicator (column). Check the table and the indicator selection."
        )
    try:
        table = values.astype("float64")
    except (TypeError, ValueError) as exc:
        raise ParameterError(
            f"The indicator table holds values that are not numbers ({exc}); convert or remove "
            f"those indicators before {step}."
        ) from exc
    bad = ~np.isfinite(table.to_numpy())
    if bad.any():
        column = int(np.flatnonzero(bad.any(axis=0))[0])
        regions = table.index[bad[:, column]]
        raise ParameterError(
            f'Indicator "{table.columns[column]}" has no usable value (missing or infinite) for '
            f"region(s) {name_list(regions)}; impute missing values (or drop the indicator) "
            f"before {step}."
        )
    return table


def check_not_constant(values: pd.DataFrame) -> None:
    """Refuse an indicator with the same value in every region.

    Raises
    ------
    ParameterError
        Naming the first constant indicator.
    """
    spread = values.max() - values.min()
    constant = spread.index[spread.to_numpy() == 0]
    if len(constant):
        name = constant[0]
        raise ParameterError(
            f'Indicator "{name}" has the same value ({values[name].iloc[0]:g}) in every '
            "region, so it cannot tell regions apart; remove it from the index."
        )


def check_directions(values: pd.DataFrame, directions: pd.Series) -> pd.Series:
    """Return the directions aligned on the columns of ``values``, as floats +1.0 / -1.0.

    Raises
    ------
    ParameterError
        When an indicator has no direction or a direction other than +1 or -1.
    """
    aligned = pd.Series(directions, dtype="object").reindex(values.columns)
    missing = aligned.index[aligned.isna().to_numpy()]
    if len(missing):
        raise ParameterError(
            f"No direction is given for indicator(s) {name_list(missing)}; set +1 (higher is "
            "better) or -1 (lower is better) for each."
        )
    numeric = pd.to_numeric(aligned, errors="coerce")
    wrong = aligned.index[~numeric.isin([1, -1]).to_numpy()]
    if len(wrong):
        shown = ", ".join(f'"{name}" = {aligned[name]!r}' for name in wrong[:_MAX_LISTED])
        raise ParameterError(
            f"Directions must be +1 (higher is better) or -1 (lower is better); got {shown}. "
            "Fix the direction of these indicators."
        )
    return numeric.astype("float64")


def _reference(table: pd.DataFrame, reference: pd.Series | None) -> pd.Series:
    """The reference value per indicator: the given (national) one, or the regional mean."""
    if reference is None:
        ref = table.mean()
        source = "regional mean"
    else:
        ref = pd.to_numeric(pd.Series(reference).reindex(table.columns), errors="coerce")
        source = "reference"
        missing = ref.index[~np.isfinite(ref.to_numpy(dtype="float64"))]
        if len(missing):
            raise ParameterError(
                f"No usable reference (national) value is given for indicator(s) "
                f"{name_list(missing)}; supply one, or leave the reference empty to use the "
                "regional mean."
            )
    zero = ref.index[ref.to_numpy(dtype="float64") == 0]
    if len(zero):
        raise ParameterError(
            f'The {source} of indicator "{zero[0]}" is zero, so values cannot be expressed as '
            "a percentage of it; use another normalisation (e.g. minmax) for this indicator."
        )
    return ref.astype("float64")


def reference_bounds(values: pd.DataFrame) -> dict[str, dict[str, float]]:
    """The fixed reference of a table: minimum, maximum, mean and sd of every indicator.

    Parameters
    ----------
    values : pandas.DataFrame
        The reference table (for example every year of a panel stacked, or one base year),
        regions in rows, indicators in columns, no missing value.

    Returns
    -------
    dict
        Indicator -> ``{"min", "max", "mean", "sd"}`` (sd with ddof = 1), the ``bounds``
        that :func:`normalise` takes.

    Raises
    ------
    ParameterError
        A missing value, or an indicator with the same value everywhere.
    """
    table = check_table(values, "taking the normalisation reference")
    check_not_constant(table)
    stats = {"min": table.min(), "max": table.max(), "mean": table.mean(),
             "sd": table.std(ddof=1)}
    return {name: {key: float(stats[key][name]) for key in BOUND_KEYS}
            for name in table.columns}


def _fixed(table: pd.DataFrame, bounds) -> tuple[pd.Series, ...]:
    """Minimum, maximum, mean and sd per indicator of ``table``, taken from ``bounds``."""
    rows = {}
    for name in table.columns:
        entry = bounds.get(name) if hasattr(bounds, "get") else None
        try:
            rows[name] = [float(entry[key]) for key in BOUND_KEYS]
        except (KeyError, TypeError, ValueError):
            rows[name] = [np.nan] * len(BOUND_KEYS)
    stats = pd.DataFrame.from_dict(rows, orient="index", columns=list(BOUND_KEYS))
    bad = stats.index[~np.isfinite(stats.to_numpy()).all(axis=1)
                      | (stats["max"] <= stats["min"]).to_numpy()
                      | (stats["sd"] <= 0).to_numpy()]
    if len(bad):
        raise ParameterError(
            f"The fixed normalisation reference has no usable min, max, mean and sd (max above "
            f"min, sd above 0) for indicator(s) {name_list(bad)}; take the reference from "
            "years (or a table) in which these indicators vary."
        )
    return tuple(stats[key] for key in BOUND_KEYS)


def _statistics(table: pd.DataFrame, method: str, bounds) -> tuple[pd.Series | None, ...]:
    """Minimum, maximum, mean and sd that ``method`` scales by: the table's own (mean and sd
    for ``zscore`` only), or the fixed reference ``bounds``."""
    if bounds is None:
        check_not_constant(table)
        if method == "zscore":
            return table.min(), table.max(), table.mean(), table.std(ddof=1)
        return table.min(), table.max(), None, None
    if method not in FIXED_REFERENCE:
        raise ParameterError(
            f"{method} normalisation takes no fixed reference: its scores exist only among the "
            "regions of one table, so they cannot be compared across tables or years. Choose "
            f"one of {', '.join(FIXED_REFERENCE)}."
        )
    return _fixed(table, bounds)


def normalise(
    values: pd.DataFrame,
    directions: pd.Series,
    method: str = "minmax",
    reference: pd.Series | None = None,
    bounds: dict | None = None,
) -> pd.DataFrame:
    """Normalise every indicator so that higher always means more innovative.

    Parameters
    ----------
    values : pandas.DataFrame
        Regions in rows, indicators in columns, no missing value.
    directions : pandas.Series
        Indicator id -> +1 (higher is better) or -1 (lower is better).
    method : str
        One of :data:`NORMALISATIONS`, with ``d`` the direction:

        * ``minmax``: ``(x - min) / (max - min)`` (d = +1) or ``(max - x) / (max - min)``
          (d = -1), from 0 to 1;
        * ``minmax100``: the same times 100;
        * ``zscore``: ``d * (x - mean) / sd``, sample standard deviation (ddof = 1);
        * ``rank``: average ranks, 1 for the worst region and n for the best;
        * ``percent_of_reference``: ``100 * (1 + d * (x - ref) / |ref|)``, ref being
          ``reference`` (e.g. the national value) or the regional mean; equals
          ``100 * x / ref`` for d = +1 and ref > 0, mirrored about 100 for d = -1;
        * ``distance_to_best``: ``1 - |x - best| / |best|``, best = max (d = +1) or min
          (d = -1); 1 for the best region, ``x / best`` for d = +1 and best > 0.
    reference : pandas.Series, optional
        Indicator id -> reference value, used by ``percent_of_reference`` only.
    bounds : dict, optional
        A fixed reference (:func:`reference_bounds`): indicator id -> ``min``, ``max``,
        ``mean`` and ``sd``, used instead of the table's own statistics, so that tables
        normalised with the same bounds are on one scale (min-max values may then fall
        outside 0..1).  ``minmax`` and ``minmax100`` take min and max, ``zscore`` mean and
        sd, ``distance_to_best`` its best value from min or max, ``percent_of_reference``
        the mean when no ``reference`` is given.  ``rank`` takes no fixed reference
        (:data:`FIXED_REFERENCE` lists the ones that do).

    Returns
    -------
    pandas.DataFrame
        Same index and columns as ``values``, float64.

    Raises
    ------
    ParameterError
        Unknown method; missing or invalid direction; missing value; an indicator with the
        same value everywhere (without ``bounds``); a zero reference or zero best value;
        ``bounds`` with ``rank``, or bounds lacking an indicator.
    """
    if method not in NORMALISATIONS:
        raise ParameterError(
            f'Unknown normalisation "{method}"; choose one of {", ".join(NORMALISATIONS)}.'
        )
    table = check_table(values, "normalising")
    low, high, centre, spread = _statistics(table, method, bounds)
    sign = check_directions(table, directions)

    if method in ("minmax", "minmax100"):
        # for d = -1 the distance from the maximum replaces the distance from the minimum
        start = low.where(sign > 0, high)
        result = (table - start) * sign / (high - low)
        return result * 100.0 if method == "minmax100" else result
    if method == "zscore":
        return (table - centre) / spread * sign
    if method == "rank":
        # pandas: average ranks, ascending; multiplying by d makes the best value the largest
        return (table * sign).rank(method="average", ascending=True)
    if method == "percent_of_reference":
        ref = _reference(table, centre if reference is None else reference)
        return 100.0 * (1.0 + sign * (table - ref) / ref.abs())
    # distance_to_best
    best = high.where(sign > 0, low)
    zero = best.index[best.to_numpy() == 0]
    if len(zero):
        raise ParameterError(
            f'The best value of indicator "{zero[0]}" is zero, so the distance to it cannot be '
            "expressed as a share of it; use another normalisation (e.g. minmax)."
        )
    return 1.0 - (table - best).abs() / best.abs()
