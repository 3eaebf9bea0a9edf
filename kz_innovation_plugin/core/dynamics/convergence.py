"""Sigma- and beta-convergence of regions, plain and spatial (PySAL spreg).

Sigma-convergence
-----------------
The dispersion of the regions narrows over time.  For each year: the coefficient of
variation ``std / mean`` and the standard deviation of the logarithms, both with the
population deviation (``ddof = 0``: the regions are all the regions, not a sample), and the
trend of each over the years (least squares slope on the year with its p-value, from 3
years on).  A falling dispersion is sigma-convergence.

Beta-convergence
----------------
Poorer regions grow faster (Barro and Sala-i-Martin).  With ``T`` the years between the
first and the last column, the average annual log growth ``g_i = (ln y_iT - ln y_i0) / T``
is regressed on the initial log level::

    g_i = a + b ln y_i0 + e_i

by ordinary least squares (``spreg.OLS``), or with a spatial lag of growth
(``spreg.ML_Lag``: ``g = rho W g + a + b ln y0 + e``) or a spatially autocorrelated error
(``spreg.ML_Error``: ``e = lambda W e + u``), both by maximum likelihood with the Graph
turned into a row-standardised libpysal ``W``.  ``b < 0`` is convergence; the implied
speed is ``lambda = -ln(1 + b T) / T`` a year and the half-life ``ln 2 / lambda`` years
(the time to close half the gap).  In the lag model ``b`` is the coefficient, the effect
of a region's own initial level with its neighbours' growth held fixed; the speed is
computed from it, as the convergence literature usually does, and the notes give the
total effect ``b / (1 - rho)`` as well.

With the 17 to 20 regions of Kazakhstan the regression has 15 to 18 degrees of freedom:
little power, wide intervals, and maximum-likelihood spatial estimates far from the
asymptotics they rely on.  The result says so in its notes, and lists the notes a reader
must not miss (little power, a short span, no speed or p-value) again as its ``warnings``.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .._checks import describe_ids
from ..choices import CONVERGENCE_MODEL
from ..errors import ParameterError
from ..provenance import provenance_record
from ._wide import align_to_graph, library_version, row_standardised_w, wide_panel

#: regression models of beta-convergence
MODELS = CONVERGENCE_MODEL.values
#: fewest regions a beta regression is run on
MIN_REGIONS = 5
#: fewer regions than this earn the low-power warning
FEW_REGIONS = 30
#: growth over fewer years than this mixes convergence with the business cycle
SHORT_SPAN = 5
#: the fields of :attr:`SigmaConvergenceResult.frame`
SIGMA_COLUMNS = ["regions", "mean", "std", "cv", "log_std"]
#: the fields of :attr:`BetaConvergenceResult.frame`
BETA_COLUMNS = ["LOG_INITIAL", "GROWTH", "RESIDUAL"]


@dataclass
class SigmaConvergenceResult:
    """Dispersion of the regions year by year (:func:`sigma_convergence`).

    Attributes
    ----------
    frame : pandas.DataFrame
        Indexed by year: ``regions``, ``mean``, ``std`` (population), ``cv``
        (``std / mean``) and ``log_std`` (standard deviation of the natural logarithms;
        NaN in a year with a value that is not positive).
    trends : dict
        ``"cv"`` and ``"log_std"`` -> ``{"slope": per year, "p": two-sided p-value or NaN
        with 2 years, "change": last minus first}``.
    notes : list of str
    provenance : dict
    warnings : list of str
        The notes a reader must not miss (no std of logs in a year, no p-value with 2
        years), each also in ``notes``.
    """

    frame: pd.DataFrame
    trends: dict[str, dict[str, float]]
    notes: list[str] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class BetaConvergenceResult:
    """A beta-convergence regression (:func:`beta_convergence`).

    Attributes
    ----------
    model : str
        ``"ols"``, ``"lag"`` or ``"error"``.
    start_year, end_year, span : int
        The first and last year and the years between them (``T``).
    regions : int
        Regions in the regression.
    beta, beta_se, beta_p : float
        The coefficient of the initial log level, its standard error and two-sided
        p-value (t for OLS, z for the ML models).
    beta_ci : tuple of float
        Its confidence interval at ``confidence``.
    confidence : float
        The interval's level.
    intercept : float
        The constant.
    spatial, spatial_p : float or None
        ``rho`` (lag) or ``lambda`` (error) and its p-value; None for OLS.
    r2 : float
        R-squared (OLS) or spreg's pseudo R-squared (ML models).
    speed : float
        Implied convergence speed a year, ``-ln(1 + b T) / T`` (negative for divergence;
        NaN where ``1 + b T <= 0``).
    half_life : float
        ``ln 2 / speed`` in years; NaN unless the speed is positive.
    frame : pandas.DataFrame
        Per region: ``LOG_INITIAL``, ``GROWTH`` (average annual log growth) and
        ``RESIDUAL``.
    notes : list of str
    provenance : dict
    warnings : list of str
        The notes a reader must not miss (little power, a short span, no speed), each
        also in ``notes``.
    """

    model: str
    start_year: int
    end_year: int
    span: int
    regions: int
    beta: float
    beta_se: float
    beta_p: float
    beta_ci: tuple[float, float]
    confidence: float
    intercept: float
    spatial: float | None
    spatial_p: float | None
    r2: float
    speed: float
    half_life: float
    frame: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def sigma_convergence(panel: pd.DataFrame) -> SigmaConvergenceResult:
    """Coefficient of variation and standard deviation of logs, year by year.

    Parameters
    ----------
    panel : pandas.DataFrame
        Regions (index) x years (columns), one indicator.

    Returns
    -------
    SigmaConvergenceResult

    Raises
    ------
    ParameterError
        A bad panel or fewer than 2 years.
    """
    values = wide_panel(panel, "sigma-convergence")
    array = values.to_numpy()
    means = array.mean(axis=0)
    spread = array.std(axis=0, ddof=0)
    positive = (array > 0).all(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.log(np.where(array > 0, array, np.nan))
        cv = np.where(means > 0, spread / means, np.nan)
    frame = pd.DataFrame(
        {"regions": np.full(array.shape[1], array.shape[0], dtype=np.int64), "mean": means,
         "std": spread, "cv": cv, "log_std": np.where(positive, np.nanstd(logs, axis=0), np.nan)},
        index=pd.Index(values.columns, name="year"),
    )
    trends = {name: _trend(frame[name]) for name in ("cv", "log_std")}
    cautions = _sigma_warnings(values, frame)
    return SigmaConvergenceResult(
        frame=frame, trends=trends, notes=_sigma_notes(frame, trends) + cautions,
        warnings=cautions,
        provenance=provenance_record(
            "sigma_convergence", {"ddof": 0},
            years=[int(year) for year in values.columns], regions=int(len(values)),
        ),
    )


def _trend(series: pd.Series) -> dict[str, float]:
    """Least squares slope of a yearly series on the year, its p-value and the change."""
    known = series.dropna()
    if len(known) < 2:
        return {"slope": np.nan, "p": np.nan, "change": np.nan}
    change = float(known.iloc[-1] - known.iloc[0])
    if len(known) < 3:
        slope = change / float(known.index[-1] - known.index[0])
        return {"slope": slope, "p": np.nan, "change": change}
    from scipy import stats  # imported here: half a second, and only panels need it

    fit = stats.linregress(known.index.to_numpy(dtype=float), known.to_numpy(dtype=float))
    return {"slope": float(fit.slope), "p": float(fit.pvalue), "change": change}


def _sigma_notes(frame: pd.DataFrame, trends: dict) -> list[str]:
    """What the dispersion did."""
    notes = []
    for name, words in (("cv", "coefficient of variation"), ("log_std", "std of logs")):
        trend = trends[name]
        if np.isnan(trend["change"]):
            continue
        way = "fell (sigma-convergence)" if trend["change"] < 0 else "did not fall"
        p = "" if np.isnan(trend["p"]) else f", trend p = {trend['p']:.3g}"
        notes.append(
            f"The {words} {way}: {frame[name].iloc[0]:.4g} in {frame.index[0]} to "
            f"{frame[name].iloc[-1]:.4g} in {frame.index[-1]}{p}."
        )
    return notes


def _sigma_warnings(values: pd.DataFrame, frame: pd.DataFrame) -> list[str]:
    """What the values and the series length do not allow."""
    cautions = []
    if frame["log_std"].isna().any():
        years = ", ".join(str(year) for year in frame.index[frame["log_std"].isna()])
        cautions.append(f"Some values are not positive in {years}: no std of logs there.")
    if values.shape[1] < 3:
        cautions.append("With 2 years the trend of the dispersion has no p-value; "
                        "compare the two years only.")
    return cautions


def beta_convergence(
    panel: pd.DataFrame,
    graph=None,
    *,
    model: str = "ols",
    confidence: float = 0.95,
) -> BetaConvergenceResult:
    """Beta-convergence: average annual log growth on the initial log level.

    Parameters
    ----------
    panel : pandas.DataFrame
        Regions (index) x years (columns), a positive indicator (e.g. GRP per capita).
        The first and last years are used.
    graph : libpysal.graph.Graph, optional
        Spatial weights over the same regions; needed for ``"lag"`` and ``"error"``.
    model : {"ols", "lag", "error"}, default "ols"
        Plain least squares, spatial lag or spatial error (maximum likelihood, spreg).
    confidence : float, default 0.95
        Level of the interval of beta.

    Returns
    -------
    BetaConvergenceResult

    Raises
    ------
    ParameterError
        An unknown model, a spatial model without weights, a region without neighbours,
        values that are not positive, fewer than 5 regions or 2 years.
    """
    if model not in MODELS:
        raise ParameterError(f"Unknown beta-convergence model {model!r}; choose one of: "
                             f"{', '.join(MODELS)}.")
    if not 0.5 <= float(confidence) < 1:
        raise ParameterError(f"The confidence level must be at least 0.5 and below 1; got "
                             f"{confidence!r}. 0.95 is the usual choice.")
    what = "beta-convergence"
    values = wide_panel(panel, what)
    if model != "ols":
        if graph is None:
            raise ParameterError(f"The spatial {model} model of {what} needs spatial weights; "
                                 "give a Graph or use the plain model (ols).")
        values = align_to_graph(values, graph, what)
    initial, growth, span = _growth(values, what)
    fit = _fit(initial, growth, model, None if model == "ols" else row_standardised_w(graph, what))
    return _beta_result(values, initial, growth, span, model, float(confidence), fit)


def _growth(values: pd.DataFrame, what: str) -> tuple[np.ndarray, np.ndarray, int]:
    """(log initial level, average annual log growth, span in years)."""
    if len(values) < MIN_REGIONS:
        raise ParameterError(f"The {what} regression needs at least {MIN_REGIONS} regions; "
                             f"the panel has {len(values)}.")
    first, last = values.columns[0], values.columns[-1]
    ends = values[[first, last]]
    bad = (ends <= 0).any(axis=1)
    if bad.any():
        raise ParameterError(
            f"The {what} takes logarithms, but regions {describe_ids(values.index[bad])} have "
            f"values that are not positive in {first} or {last}; use a positive indicator "
            "(e.g. GRP per capita) or an index rescaled to a positive range (e.g. 1 to 100)."
        )
    span = int(last - first)
    initial = np.log(ends[first].to_numpy())
    return initial, (np.log(ends[last].to_numpy()) - initial) / span, span


def _fit(initial: np.ndarray, growth: np.ndarray, model: str, weights) -> dict:
    """Run spreg; return the constant, beta, their errors and p-values, the spatial
    coefficient, the fit and the residuals, and whether the inference is t or z."""
    import spreg

    y, x = growth.reshape(-1, 1), initial.reshape(-1, 1)
    names = {"name_y": "growth", "name_x": ["log_initial"]}
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if model == "ols":
            result = spreg.OLS(y, x, **names)
            tests, r2, spatial = result.t_stat, float(result.r2), None
        else:
            estimator = spreg.ML_Lag if model == "lag" else spreg.ML_Error
            result = estimator(y, x, weights, method="full", **names)
            tests, r2 = result.z_stat, float(result.pr2)
            spatial = (float(result.betas[-1, 0]), float(tests[-1][1]))
    return {
        "intercept": float(result.betas[0, 0]), "beta": float(result.betas[1, 0]),
        "se": float(result.std_err[1]), "p": float(tests[1][1]), "spatial": spatial,
        "r2": r2, "residuals": np.asarray(result.u, dtype=float).ravel(),
        "df": len(growth) - 2 if model == "ols" else None,
    }


def convergence_speed(beta: float, span: int) -> tuple[float, float]:
    """Implied speed ``-ln(1 + b T) / T`` a year and half-life ``ln 2 / speed`` in years.

    Returns NaN for the speed where ``1 + b T <= 0`` and for the half-life unless the
    speed is positive.
    """
    base = 1.0 + beta * span
    if base <= 0:
        return float("nan"), float("nan")
    speed = -np.log(base) / span
    return float(speed), float(np.log(2.0) / speed) if speed > 0 else float("nan")


def _beta_result(values, initial, growth, span, model, confidence, fit) -> BetaConvergenceResult:
    """Assemble the beta-convergence result with its interval, speed and notes."""
    from scipy import stats  # imported here: half a second, and only panels need it

    if fit["df"] is not None:
        quantile = stats.t.ppf(0.5 + confidence / 2, fit["df"])
    else:
        quantile = stats.norm.ppf(0.5 + confidence / 2)
    ci = (fit["beta"] - quantile * fit["se"], fit["beta"] + quantile * fit["se"])
    speed, half_life = convergence_speed(fit["beta"], span)
    spatial, spatial_p = fit["spatial"] if fit["spatial"] is not None else (None, None)
    frame = pd.DataFrame({"LOG_INITIAL": initial, "GROWTH": growth,
                          "RESIDUAL": fit["residuals"]}, index=values.index)
    cautions = _beta_warnings(len(values), span, model, speed)
    notes = _beta_notes(fit, ci, confidence, model, cautions)
    first, last = int(values.columns[0]), int(values.columns[-1])
    return BetaConvergenceResult(
        model=model, start_year=first, end_year=last, span=span, regions=int(len(values)),
        beta=fit["beta"], beta_se=fit["se"], beta_p=fit["p"],
        beta_ci=(float(ci[0]), float(ci[1])), confidence=confidence,
        intercept=fit["intercept"], spatial=spatial, spatial_p=spatial_p, r2=fit["r2"],
        speed=speed, half_life=half_life, frame=frame, notes=notes, warnings=cautions,
        provenance=provenance_record(
            "beta_convergence", {"model": model, "confidence": confidence},
            years=[first, last], regions=int(len(values)),
            libraries={"spreg": library_version("spreg")},
        ),
    )


def _beta_warnings(regions: int, span: int, model: str, speed: float) -> list[str]:
    """Plain words on power, the span and the speed: what the reader must not miss."""
    cautions = []
    if regions < FEW_REGIONS:
        cautions.append(
            f"Only {regions} regions: the regression has {regions - 2} degrees of freedom and "
            "little power. A real convergence of moderate speed can easily go undetected, the "
            "interval above is wide, and one or two regions can decide the sign; read beta as "
            "descriptive."
            + ("" if model == "ols" else " The maximum-likelihood spatial estimates rely on "
               "large-sample theory that this many regions do not reach.")
        )
    if span < SHORT_SPAN:
        cautions.append(f"Growth is measured over {span} year(s): short-run growth reflects "
                        "shocks and the business cycle as much as convergence.")
    if np.isnan(speed):
        cautions.append("1 + beta * T is not positive, so no convergence speed can be implied.")
    return cautions


def _beta_notes(fit, ci, confidence, model, cautions: list[str]) -> list[str]:
    """Beta with its interval, the ``cautions``, and the lag model's total effect."""
    level = f"{confidence * 100:g} %"
    notes = [f"beta = {fit['beta']:.4g} (p = {fit['p']:.3g}), {level} interval "
             f"[{ci[0]:.4g}, {ci[1]:.4g}].", *cautions]
    if model == "lag" and fit["spatial"] is not None and fit["spatial"][0] != 1:
        total = fit["beta"] / (1 - fit["spatial"][0])
        notes.append(f"Spatial lag model: the total effect of the initial level, "
                     f"beta / (1 - rho), is {total:.4g}; the speed uses the coefficient.")
    return notes
