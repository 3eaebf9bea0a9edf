"""Outliers and skewed indicators (Handbook, step 4).

An indicator is flagged when its distribution is both strongly skewed and heavy-tailed:
``|skewness| > 2`` and ``kurtosis > 3.5`` (the rule of thumb of the JRC Competence Centre on
Composite Indicators, used by COINr and the European scoreboards).  Flagged indicators (or the
ones the user names) can be winsorised, log- or square-root-transformed, or left as is.  Every
transformation offered is increasing, so "more is better" keeps its meaning.

numpy computes skewness and kurtosis with the formulas of ``scipy.stats.skew`` and
``scipy.stats.kurtosis`` (bias-corrected), which the tests compare them with; scipy.stats is
not imported, because its import alone costs about half a second per run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..choices import TREATMENT
from ..errors import ParameterError

#: what can be done to a flagged indicator
TREATMENTS = TREATMENT.values
#: treat when |skewness| > SKEWNESS_LIMIT and kurtosis > KURTOSIS_LIMIT
SKEWNESS_LIMIT = 2.0
KURTOSIS_LIMIT = 3.5
_DONE = {"winsorise": "winsorisation", "log": "the log transformation", "sqrt": "the square root"}
REPORT_COLUMNS = [
    "indicator", "skewness_before", "kurtosis_before", "flagged", "action", "skewness_after",
    "kurtosis_after", "points_winsorised",
]


@dataclass
class TreatmentResult:
    """What :func:`treat` did.

    Attributes
    ----------
    values : pandas.DataFrame
        The indicators after treatment (a new frame; the input is not changed).
    report : pandas.DataFrame
        One row per indicator, columns :data:`REPORT_COLUMNS`.
    notes : list of str
        Sentences for the log.
    """

    values: pd.DataFrame
    report: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def skew_table(values: pd.DataFrame) -> pd.DataFrame:
    """Skewness and kurtosis of every indicator, and whether it is flagged.

    Both are the bias-corrected sample statistics, as ``scipy.stats.skew(bias=False)``
    (adjusted Fisher-Pearson coefficient G1) and ``scipy.stats.kurtosis(fisher=True,
    bias=False)`` compute them
    (*excess* kurtosis G2, 0 for a normal distribution), the ones Excel and COINr report.
    Missing values are ignored.  An indicator with fewer than 4 values or one value for all
    regions gets NaN and is never flagged.

    Parameters
    ----------
    values : pandas.DataFrame
        Index = region ids, columns = indicator ids.

    Returns
    -------
    pandas.DataFrame
        Index = indicator ids, columns ``skewness``, ``kurtosis`` and ``flagged`` (bool).
    """
    table = pd.DataFrame(
        [_moments(values[c].to_numpy(dtype=float)) for c in values.columns],
        index=values.columns, columns=["skewness", "kurtosis"], dtype=float,
    )
    table["flagged"] = _flagged(table["skewness"].to_numpy(), table["kurtosis"].to_numpy())
    return table


def treat(
    values: pd.DataFrame,
    method: str = "none",
    max_points: int = 5,
    indicators: list[str] | None = None,
) -> TreatmentResult:
    """Treat the flagged indicators (or the ones named) with one method.

    Parameters
    ----------
    values : pandas.DataFrame
        Index = region ids, columns = indicator ids, float.
    method : {"none", "winsorise", "log", "sqrt"}
        ``"winsorise"``: one point at a time, the most extreme value on the side of the skew
        (the largest for positive skew, the smallest for negative; tied values together)
        takes the next value in that direction, until the indicator is no longer flagged or
        ``max_points`` points were changed.  ``"log"``: natural logarithm, all values must be
        positive.  ``"sqrt"``: square root, no value may be negative.
    max_points : int
        Most points winsorised per indicator (at least 1).
    indicators : list of str, optional
        Treat these indicators, flagged or not, instead of the flagged ones.

    Returns
    -------
    TreatmentResult

    Raises
    ------
    ParameterError
        Unknown method, bad ``max_points``, an unknown indicator, or values a log or square
        root cannot take.
    """
    if method not in TREATMENTS:
        raise ParameterError(
            f'Unknown outlier treatment "{method}": choose one of {", ".join(TREATMENTS)}.'
        )
    if isinstance(max_points, bool) or not isinstance(max_points, (int, np.integer)) \
            or max_points < 1:
        raise ParameterError(
            f"The most points to winsorise must be a whole number of at least 1; "
            f"got {max_points!r}."
        )
    before = skew_table(values)
    chosen = _chosen(before, indicators)
    if method in ("log", "sqrt"):
        _check_domain(values[chosen], method)

    out = values.copy()
    actions = pd.Series("none", index=values.columns, dtype=object)
    points = pd.Series(0, index=values.columns, dtype=int)
    for name in chosen:  # a handful of indicators
        column = out[name].to_numpy(dtype=float)
        if method == "winsorise":
            column, points[name], actions[name] = _winsorise(column, max_points)
        elif method == "log":
            column, actions[name] = np.log(column), "log"
        elif method == "sqrt":
            column, actions[name] = np.sqrt(column), "sqrt"
        else:
            actions[name] = "left as is"
        out[name] = column

    after = skew_table(out)
    report = pd.DataFrame({
        "indicator": values.columns,
        "skewness_before": before["skewness"].to_numpy(),
        "kurtosis_before": before["kurtosis"].to_numpy(),
        "flagged": before["flagged"].to_numpy(),
        "action": actions.to_numpy(),
        "skewness_after": after["skewness"].to_numpy(),
        "kurtosis_after": after["kurtosis"].to_numpy(),
        "points_winsorised": points.to_numpy(),
    })
    return TreatmentResult(out, report, _notes(report, method))


def _moments(x: np.ndarray) -> tuple[float, float]:
    x = x[~np.isnan(x)]
    if x.size < 4 or np.ptp(x) == 0:
        return float("nan"), float("nan")
    n = x.size
    deviations = x - x.mean()
    m2, m3, m4 = (np.mean(deviations ** power) for power in (2, 3, 4))
    skewness = np.sqrt(n * (n - 1.0)) / (n - 2.0) * m3 / m2 ** 1.5
    kurtosis = (n - 1.0) / ((n - 2.0) * (n - 3.0)) * ((n + 1.0) * m4 / m2 ** 2 - 3.0 * (n - 1.0))
    return float(skewness), float(kurtosis)


def _flagged(skewness, kurtosis) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return (np.abs(skewness) > SKEWNESS_LIMIT) & (kurtosis > KURTOSIS_LIMIT)


def _chosen(before: pd.DataFrame, indicators: list[str] | None) -> list:
    if indicators is None:
        return list(before.index[before["flagged"].to_numpy(dtype=bool)])
    unknown = [str(i) for i in indicators if i not in before.index]
    if unknown:
        raise ParameterError(
            f'Indicator "{unknown[0]}" is not in the table, so it cannot be treated: '
            f"check the indicator ids ({', '.join(map(str, before.index))})."
        )
    return list(dict.fromkeys(indicators))


def _check_domain(chosen: pd.DataFrame, method: str) -> None:
    bad = chosen <= 0 if method == "log" else chosen < 0
    if not bad.to_numpy().any():
        return
    name = bad.columns[bad.any(axis=0)][0]
    region = bad.index[bad[name]][0]
    value = chosen.at[region, name]
    if method == "log":
        raise ParameterError(
            f'Indicator "{name}" has zero or negative values (region {region}: {value:g}), '
            f"so it cannot be log-transformed; choose square root or winsorisation, "
            f"or leave it."
        )
    raise ParameterError(
        f'Indicator "{name}" has negative values (region {region}: {value:g}), so its '
        f"square root cannot be taken; choose winsorisation, or leave it."
    )


def _winsorise(x: np.ndarray, max_points: int) -> tuple[np.ndarray, int, str]:
    """Winsorise one indicator; returns (values, points changed, action)."""
    x = x.copy()
    original = x.copy()
    sides = set()
    while True:  # at most max_points rounds: every round changes at least one more point
        skewness, kurtosis = _moments(x)
        if not _flagged(skewness, kurtosis):
            break
        top = skewness > 0
        valid = x[~np.isnan(x)]
        extreme = valid.max() if top else valid.min()
        rest = valid[valid != extreme]
        if rest.size == 0:
            break
        nxt = rest.max() if top else rest.min()
        trial = np.where(x == extreme, nxt, x)
        if _changed(trial, original) > max_points:
            break
        x = trial
        sides.add("top" if top else "bottom")
    n = _changed(x, original)
    if n == 0:
        return x, 0, "left as is"
    where = "at both ends" if len(sides) == 2 else f"at the {sides.pop()}"
    return x, n, f"winsorised {n} point(s) {where}"


def _changed(x: np.ndarray, original: np.ndarray) -> int:
    return int(np.count_nonzero((x != original) & ~np.isnan(original)))


def _notes(report: pd.DataFrame, method: str) -> list[str]:
    flagged = report.loc[report["flagged"], "indicator"].astype(str).tolist()
    notes = []
    if not flagged:
        notes.append(
            f"No indicator has |skewness| > {SKEWNESS_LIMIT:g} and kurtosis > "
            f"{KURTOSIS_LIMIT:g}."
        )
    elif method == "none":
        notes.append(
            "Skewed, heavy-tailed indicators left as is: " + ", ".join(flagged)
            + ". Consider winsorisation or a log transformation."
        )
    still = report["action"].ne("none") & _flagged(
        report["skewness_after"].to_numpy(), report["kurtosis_after"].to_numpy()
    )
    if method != "none" and still.any():
        names = ", ".join(report.loc[still, "indicator"].astype(str))
        notes.append(
            f"Still skewed after {_DONE[method]}: {names}. Allow more points or try another "
            f"treatment."
        )
    return notes
