"""Emerging hot spot analysis: Gi* in every year, a Mann-Kendall trend, ArcGIS Pro's patterns.

Method
------
1. Getis-Ord Gi* of the indicator in each year, with :func:`..autocorrelation.hotspots`
   (the project's Gi*: binary weights with the region itself included, conditional
   permutations with a seed or the normal approximation, a multiple-testing correction
   within the year as ArcGIS Pro's FDR option).  A region-year is a significant hot spot
   when its p-value passes the corrected cut-off at ``alpha`` and its z-score is positive,
   a significant cold spot when the z-score is negative.
2. The Mann-Kendall trend test (``pymannkendall.original_test``, normal approximation with
   the continuity correction and the tie correction of the variance) of each region's
   Gi* z-scores over the years: a significant increase means clustering of high values is
   intensifying, a significant decrease that it is fading (or, for a cold spot, that
   clustering of low values is intensifying).
3. Each region gets one of ArcGIS Pro's seventeen patterns ("How Emerging Hot Spot
   Analysis works"), hot spots coded 1..8 in the order of the published table, cold spots
   -1..-8, 0 for no pattern:

   ====  ============  ===================================================================
   code  pattern       rule (hot; cold mirrors it with "cold" and the trend reversed)
   ====  ============  ===================================================================
   1     New           hot in the final year only; never significant before
   2     Consecutive   a final run of at least two hot years, never hot before the run,
                       hot in fewer than 90 % of the years
   3     Intensifying  hot in at least 90 % of the years, the final one included, and the
                       z-scores rise significantly
   4     Persistent    hot in at least 90 % of the years, the final one included, with no
                       significant trend
   5     Diminishing   hot in at least 90 % of the years, the final one included, and the
                       z-scores fall significantly
   6     Sporadic      hot in the final year, hot on and off before, fewer than 90 % of
                       the years hot, never a cold spot
   7     Oscillating   hot in the final year, a cold spot in some earlier year, fewer than
                       90 % of the years hot
   8     Historical    not significant in the final year, hot in at least 90 % of the years
   ====  ============  ===================================================================

"At least 90 % of the years" is counted exactly (``10 * count >= 9 * years``): with fewer
than ten years it means every year, so historical patterns cannot occur.  Where the
published definitions overlap this module decides as follows, and says so here: the final
year's state chooses the side (a region cold in the final year is never a historical hot
spot); a region that was ever significant on the other side is oscillating, even where the
words of "new" or "consecutive" would also fit (they describe a region emerging from
nothing); "historical" needs the final year not significant.  pymannkendall does the trend
test, :mod:`..autocorrelation.local` the Gi*; nothing here re-implements either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..autocorrelation.local import HotspotResult, hotspots
from ..errors import CancelledError, ParameterError
from ..provenance import provenance_record
from ._wide import library_version, unique_notes, wide_panel

#: CATEGORY code -> PATTERN, in the order of ArcGIS Pro's pattern table
PATTERNS: dict[int, str] = {
    0: "No Pattern Detected",
    1: "New Hot Spot", 2: "Consecutive Hot Spot", 3: "Intensifying Hot Spot",
    4: "Persistent Hot Spot", 5: "Diminishing Hot Spot", 6: "Sporadic Hot Spot",
    7: "Oscillating Hot Spot", 8: "Historical Hot Spot",
    -1: "New Cold Spot", -2: "Consecutive Cold Spot", -3: "Intensifying Cold Spot",
    -4: "Persistent Cold Spot", -5: "Diminishing Cold Spot", -6: "Sporadic Cold Spot",
    -7: "Oscillating Cold Spot", -8: "Historical Cold Spot",
}
#: the fields of :attr:`EmergingHotSpotResult.frame`
EMERGING_COLUMNS = [
    "PATTERN", "CATEGORY", "TREND_Z", "TREND_P", "TREND_TAU", "NUM_TSTEPS", "NUM_HOT",
    "NUM_COLD",
]
#: the share of the years "at least 90 %" asks for, as the fraction 9/10
SHARE_NUMERATOR, SHARE_DENOMINATOR = 9, 10
#: fewer years than this make "at least 90 %" mean "every year"
YEARS_FOR_HISTORICAL = 10


@dataclass
class MannKendall:
    """The Mann-Kendall trend test of one series (:func:`mann_kendall`).

    Attributes
    ----------
    z, p, tau, s : float
        The normalised statistic, its two-sided p-value, Kendall's tau and the score S.
    trend : int
        1 for a significant increase, -1 for a significant decrease, 0 otherwise.
    """

    z: float
    p: float
    tau: float
    s: float
    trend: int


@dataclass
class EmergingHotSpotResult:
    """Emerging hot spot analysis of one panel (:func:`emerging_hotspots`).

    Attributes
    ----------
    frame : pandas.DataFrame
        One row per region (the panel's order): ``PATTERN`` (text of :data:`PATTERNS`),
        ``CATEGORY`` (its code), ``TREND_Z``, ``TREND_P``, ``TREND_TAU`` (Mann-Kendall of
        the Gi* z-scores; empty for regions without a z-score), ``NUM_TSTEPS`` (years),
        ``NUM_HOT`` and ``NUM_COLD`` (years as a significant hot or cold spot).
    gi_z, gi_p : pandas.DataFrame
        Regions x years: the Gi* z-score and p-value of each region-year.
    gi_state : pandas.DataFrame
        Regions x years: 1 significant hot spot, -1 significant cold spot, 0 neither.
    years : list of int
        The years, ascending.
    alpha, correction, inference, permutations, seed :
        How each year's Gi* was judged (``permutations`` and ``seed`` are None for the
        normal approximation).
    thresholds : dict
        Year -> the corrected p-value cut-off at ``alpha``.
    trend_alpha : float
        Significance level of the Mann-Kendall test.
    smallest_trend_p : float
        The smallest two-sided p-value the trend test can reach with this many years.
    patterns : dict
        Regions per pattern, every pattern listed.
    notes : list of str
        What the reader should know: short series, what 90 % means here, Gi* notes.
    provenance : dict
        The provenance record (tool, parameters, years, library versions).
    warnings : list of str
        The notes a reader must not miss, each also in ``notes``: no trend can be
        significant, too few regions for local statistics, a corrected cut-off that no
        permutation p-value can reach.
    trend_warnings : list of str
        Those of ``warnings`` that come from the length of the series (no trend can be
        significant), for a caller that says this in its own words.
    """

    frame: pd.DataFrame
    gi_z: pd.DataFrame
    gi_p: pd.DataFrame
    gi_state: pd.DataFrame
    years: list[int]
    alpha: float
    correction: str
    inference: str
    permutations: int | None
    seed: int | None
    thresholds: dict[int, float]
    trend_alpha: float
    smallest_trend_p: float
    patterns: dict[str, int]
    notes: list[str] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    trend_warnings: list[str] = field(default_factory=list)


def emerging_hotspots(
    panel: pd.DataFrame,
    graph,
    *,
    alpha: float = 0.05,
    correction: str = "fdr",
    inference: str = "permutation",
    permutations: int = 999,
    seed: int = 1,
    trend_alpha: float = 0.05,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> EmergingHotSpotResult:
    """Emerging hot spot analysis as ArcGIS Pro defines its patterns.

    Parameters
    ----------
    panel : pandas.DataFrame
        Regions (index, the graph's ids) x years (columns), one indicator.
    graph : libpysal.graph.Graph
        Spatial weights over the same regions; Gi* uses only who neighbours whom.
    alpha : float, default 0.05
        Significance level of each year's Gi*.
    correction : {"fdr", "bonferroni", "none"}, default "fdr"
        Multiple-testing correction within each year (ArcGIS Pro applies FDR).
    inference : {"permutation", "normal"}, default "permutation"
        Conditional-permutation pseudo p-values, or the z-score's normal p-value (ArcGIS).
    permutations, seed : int
        The permutations of each year and their seed (the same every year: reproducible).
    trend_alpha : float, default 0.05
        Significance level of the Mann-Kendall trend.
    progress, cancelled : callable, optional
        ``progress(fraction)`` after each year; ``cancelled()`` True stops the run.

    Returns
    -------
    EmergingHotSpotResult

    Raises
    ------
    ParameterError
        Fewer than 2 years, a bad panel, weights or parameter (the message names the year).
    CancelledError
        When cancelled.
    """
    trend_alpha = _check_trend_alpha(trend_alpha)
    values = wide_panel(panel, "emerging hot spot analysis")
    gi = _yearly_gi(values, graph, dict(
        alpha=alpha, correction=correction, inference=inference,
        permutations=permutations, seed=seed, cancelled=cancelled,
    ), progress, cancelled)
    return _result(values, gi, trend_alpha)


def _result(values: pd.DataFrame, gi: dict, trend_alpha: float) -> EmergingHotSpotResult:
    """Classify the regions and assemble the result with its notes and provenance."""
    frame = _classify_regions(gi["z"], gi["state"], trend_alpha)
    years = [int(year) for year in values.columns]
    smallest = smallest_mann_kendall_p(len(years))
    first = gi["results"][0]
    notes, cautions = _series_notes(len(years), smallest, trend_alpha)
    notes += [_significance_note(first.alpha, first.correction, first.inference)]
    gi_notes, gi_cautions = _gi_notes(gi["results"])
    notes += gi_notes
    settings = dict(alpha=first.alpha, correction=first.correction, inference=first.inference,
                    permutations=first.permutations, seed=first.seed)
    return EmergingHotSpotResult(
        frame=frame, gi_z=gi["z"], gi_p=gi["p"], gi_state=gi["state"], years=years,
        thresholds={year: r.threshold for year, r in zip(years, gi["results"])},
        trend_alpha=trend_alpha, smallest_trend_p=smallest,
        patterns={name: int((frame["CATEGORY"] == code).sum())
                  for code, name in PATTERNS.items()},
        notes=notes, warnings=[*cautions, *gi_cautions], trend_warnings=cautions,
        provenance=provenance_record(
            "emerging_hotspots", dict(settings, trend_alpha=trend_alpha),
            years=years, regions=int(len(values)),
            libraries={"pymannkendall": library_version("pymannkendall")},
        ),
        **settings,
    )


def _check_trend_alpha(trend_alpha) -> float:
    """Validate the trend test's significance level: a number in (0, 0.5]."""
    try:
        value = float(trend_alpha)
    except (TypeError, ValueError):
        value = float("nan")
    if not 0 < value <= 0.5:
        raise ParameterError(
            f"The significance level of the trend test must be above 0 and at most 0.5; "
            f"got {trend_alpha!r}. 0.05 is the usual choice."
        )
    return value


def _yearly_gi(values: pd.DataFrame, graph, options: dict, progress, cancelled) -> dict:
    """Gi* of every year: z-scores, p-values and significant states, regions x years."""
    z, p, state, results = {}, {}, {}, []
    for done, year in enumerate(values.columns, start=1):
        if cancelled is not None and cancelled():
            raise CancelledError(
                "The emerging hot spot analysis was cancelled; nothing was written."
            )
        try:
            result = hotspots(values[year].rename(str(year)), graph, **options)
        except ParameterError as error:
            raise ParameterError(f"Year {year}: {error}") from None
        frame = result.frame
        z[year], p[year] = frame["GiZScore"], frame["GiPValue"]
        state[year] = pd.Series(
            gi_states(frame["GiZScore"].to_numpy(), frame["GiPValue"].to_numpy(),
                      result.threshold), index=frame.index)
        results.append(result)
        if progress is not None:
            progress(done / len(values.columns))
    return {"z": pd.DataFrame(z), "p": pd.DataFrame(p),
            "state": pd.DataFrame(state).astype(np.int64), "results": results}


def gi_states(z: np.ndarray, p: np.ndarray, threshold: float) -> np.ndarray:
    """Significant hot (1), cold (-1) or neither (0) from Gi* z-scores and p-values.

    Parameters
    ----------
    z, p : numpy.ndarray
        Gi* z-scores and p-values (NaN for regions not tested: state 0).
    threshold : float
        The corrected p-value cut-off: significant when ``p <= threshold``.

    Returns
    -------
    numpy.ndarray
        int64 states.
    """
    z = np.asarray(z, dtype=float)
    p = np.asarray(p, dtype=float)
    significant = np.nan_to_num(p, nan=2.0) <= threshold
    return (significant * np.sign(np.nan_to_num(z))).astype(np.int64)


def mann_kendall(series: Sequence[float], alpha: float = 0.05) -> MannKendall:
    """The Mann-Kendall trend test of one series (``pymannkendall.original_test``).

    Parameters
    ----------
    series : sequence of float
        The values in time order; a series with a missing value gets no test (NaN).
    alpha : float, default 0.05
        Two-sided significance level.

    Returns
    -------
    MannKendall
    """
    values = np.asarray(series, dtype=float)
    if values.size < 2 or not np.isfinite(values).all():
        return MannKendall(np.nan, np.nan, np.nan, np.nan, 0)
    import pymannkendall  # imported here: it brings scipy.stats, half a second

    test = pymannkendall.original_test(values, alpha=alpha)
    trend = int(np.sign(test.z)) if test.h else 0
    return MannKendall(float(test.z), float(test.p), float(test.Tau), float(test.s), trend)


def smallest_mann_kendall_p(years: int) -> float:
    """The smallest two-sided p-value the Mann-Kendall test can give for ``years`` values.

    The most extreme series (strictly monotone) has ``S = n (n - 1) / 2`` and, without
    ties, ``Var(S) = n (n - 1) (2 n + 5) / 18``; with the continuity correction
    ``z = (S - 1) / sqrt(Var(S))`` and ``p = 2 (1 - Phi(z))``, as pymannkendall computes it.
    2 years: 1; 3: 0.296; 4: 0.090; 5: 0.027.
    """
    from scipy import stats  # imported here: half a second, and only panels need it

    n = int(years)
    if n < 2:
        return 1.0
    score = n * (n - 1) / 2
    variance = n * (n - 1) * (2 * n + 5) / 18
    return float(2 * stats.norm.sf((score - 1) / np.sqrt(variance)))


def years_for_trend(alpha: float) -> int:
    """The fewest years with which the Mann-Kendall test can reach ``p < alpha``."""
    years = 2
    while smallest_mann_kendall_p(years) >= alpha:
        years += 1
    return years


def emerging_category(states: Sequence[int], trend: int) -> int:
    """One region's pattern code (:data:`PATTERNS`) from its yearly states and trend.

    Parameters
    ----------
    states : sequence of int
        Per year in time order: 1 significant hot spot, -1 significant cold spot, 0 neither.
    trend : int
        The Mann-Kendall trend of the Gi* z-scores: 1 significant increase, -1 significant
        decrease, 0 none.

    Returns
    -------
    int
        1..8 for hot patterns, -1..-8 for cold ones, 0 for no pattern (module docstring).
    """
    states = np.asarray(states, dtype=np.int64)
    final = int(states[-1])
    if final == 0:
        for side in (1, -1):
            if _mostly(states, side):
                return 8 * side
        return 0
    if _mostly(states, final):
        if trend == final:
            return 3 * final
        return (5 if trend == -final else 4) * final
    if (states == -final).any():
        return 7 * final
    return _emerging(states, final) * final


def _mostly(states: np.ndarray, side: int) -> bool:
    """Whether ``side`` holds in at least 90 % of the years (counted exactly)."""
    return SHARE_DENOMINATOR * int((states == side).sum()) >= SHARE_NUMERATOR * states.size


def _emerging(states: np.ndarray, side: int) -> int:
    """New (1), consecutive (2) or sporadic (6) for a region on ``side`` in the final year,
    on that side in under 90 % of the years and never on the other side."""
    on_side = states == side
    run = states.size - int(np.flatnonzero(~on_side)[-1]) - 1
    if int(on_side.sum()) > run:
        return 6
    return 1 if run == 1 else 2


def _classify_regions(z: pd.DataFrame, state: pd.DataFrame, trend_alpha: float) -> pd.DataFrame:
    """The per-region frame: trend, pattern and counts of significant years."""
    rows = []
    for region in z.index:
        test = mann_kendall(z.loc[region].to_numpy(), trend_alpha)
        code = emerging_category(state.loc[region].to_numpy(), test.trend)
        rows.append((PATTERNS[code], code, test.z, test.p, test.tau))
    frame = pd.DataFrame(rows, index=z.index, columns=EMERGING_COLUMNS[:5])
    frame["CATEGORY"] = frame["CATEGORY"].astype(np.int64)
    frame["NUM_TSTEPS"] = np.int64(state.shape[1])
    frame["NUM_HOT"] = (state == 1).sum(axis=1).astype(np.int64)
    frame["NUM_COLD"] = (state == -1).sum(axis=1).astype(np.int64)
    return frame


def _series_notes(years: int, smallest: float,
                  trend_alpha: float) -> tuple[list[str], list[str]]:
    """What the length of the series allows: the trend test's reach, the 90 % rule; and the
    warning among these notes (no trend can be significant)."""
    notes = [
        f"With {years} years the smallest two-sided p-value the Mann-Kendall test can reach "
        f"is {smallest:.3g}."
    ]
    cautions = []
    if smallest >= trend_alpha:
        cautions.append(
            f"That is not below the trend's significance level ({trend_alpha:g}): no trend "
            "can be significant, so no region can be an intensifying or diminishing hot or "
            "cold spot, and every region significant in the final year and in at least 90 % "
            f"of the years is 'persistent'. A trend needs at least "
            f"{years_for_trend(trend_alpha)} years; read the patterns as descriptive."
        )
    notes += cautions
    if years < YEARS_FOR_HISTORICAL:
        notes.append(
            f"With fewer than {YEARS_FOR_HISTORICAL} years, 'at least 90 % of the years' means "
            "every year: the intensifying, persistent and diminishing patterns need the region "
            "significant in all years, and historical hot or cold spots cannot occur."
        )
    return notes, cautions


def _gi_notes(results: list[HotspotResult]) -> tuple[list[str], list[str]]:
    """The yearly Gi* notes, each once, and the warnings among them (those the yearly
    results flag).  GiValue is not an output here, so the yearly notes about it are left
    out."""
    notes = unique_notes([note for result in results for note in result.notes
                          if "GiValue" not in note])
    flagged = {text for result in results for text in result.warnings}
    return notes, [note for note in notes if note in flagged]


def _significance_note(alpha: float, correction: str, inference: str) -> str:
    """How a region-year was judged a significant hot or cold spot."""
    how = "conditional permutations" if inference == "permutation" else "the normal approximation"
    return (
        f"A region-year is a significant hot (cold) spot when its Gi* p-value ({how}) passes "
        f"the cut-off at alpha = {alpha:g} after the '{correction}' correction within the year "
        "and its z-score is positive (negative)."
    )
