"""Beta- and sigma-convergence of one indicator over the years, as a job.

Reads a layer with one feature per region and year, as the other dynamics jobs do
(:func:`.dynamics.long_layer_panel`), and runs :func:`..dynamics.convergence.sigma_convergence`
(the dispersion year by year and its trend) and
:func:`..dynamics.convergence.beta_convergence` (average annual log growth from the first to
the last year on the initial log level; plain least squares, or a spatial lag or error model
on weights built on the regions).  :func:`run` returns a :class:`ConvergenceOutcome`: the
regions with their log initial level, growth and residual, the dispersion by year with its
trends, one row of beta with its interval, speed and half-life, and the method record.  The
notes on power (17 to 20 regions), a short span, a missing p-value or speed (the warnings the
core results carry), and values of the first or last year that the harmonisation derived
rather than took as published (the ``<field>_method`` field of a harmonised layer) are
warnings.

Both statistics read the same regions and years, so a panel one of them refuses (one year, a
gap, a value that is not positive in the first or last year) writes nothing at all.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from .._checks import as_float, describe_ids
from ..choices import CONVERGENCE_MODEL
from ..dynamics.convergence import (
    BetaConvergenceResult,
    SigmaConvergenceResult,
    beta_convergence,
    sigma_convergence,
)
from ..panel.harmonise import PUBLISHED
from ..provenance import provenance_record
from .base import Cancelled, Progress, checkpoint
from .dynamics import DynamicsOutcome, _PanelFields, _regions_with, long_layer_panel
from .panel import METHOD_SUFFIX
from .spatial import job_weights

__all__ = [
    "BETA_COLUMNS",
    "BETA_LAYER",
    "REGIONS_LAYER",
    "SIGMA_COLUMNS",
    "SIGMA_LAYER",
    "TOOL",
    "ConvergenceJob",
    "ConvergenceOutcome",
    "run",
]

TOOL = "kzinnovation:convergence"
REGIONS_LAYER = "convergence_regions"
SIGMA_LAYER = "convergence_sigma"
BETA_LAYER = "convergence_beta"
#: the fields of the dispersion table: each year's figures, then the trends (the same in
#: every row: least squares slope a year and its p-value)
SIGMA_COLUMNS = ("year", "regions", "mean", "std", "cv", "log_std", "cv_slope", "cv_trend_p",
                 "log_std_slope", "log_std_trend_p")
#: the fields of the one-row beta table
BETA_COLUMNS = ("model", "start_year", "end_year", "span", "regions", "beta", "beta_se",
                "ci_lower", "ci_upper", "confidence", "beta_p", "intercept", "spatial_term",
                "spatial", "spatial_p", "r2", "speed", "half_life")


@dataclass
class ConvergenceJob(_PanelFields):
    """Beta- and sigma-convergence of ``field``.

    Attributes
    ----------
    model : str
        ``"ols"``, ``"lag"`` or ``"error"`` (:data:`..choices.CONVERGENCE_MODEL`); the
        spatial models use the weights of ``spatial``, built on the regions.
    confidence : float
        Level of the interval of beta (0.5 to below 1).
    """

    model: str = CONVERGENCE_MODEL.default
    confidence: float = 0.95

    def __post_init__(self) -> None:
        super().__post_init__()
        self.model = CONVERGENCE_MODEL.resolve(self.model)


@dataclass(kw_only=True)
class ConvergenceOutcome(DynamicsOutcome):
    """A finished convergence job: :attr:`result` is the beta regression, :attr:`sigma` the
    dispersion; :attr:`weights` is None for the plain model, which uses none."""

    sigma: SigmaConvergenceResult

    def summary(self) -> str:
        """Beta with its interval, speed and half-life; the dispersion's change; the notes."""
        beta: BetaConvergenceResult = self.result
        level = f"{beta.confidence * 100:g} %"
        lines = [
            f"Beta-convergence ({beta.model}), {beta.start_year}-{beta.end_year}, "
            f"{beta.regions} regions: beta = {beta.beta:.4g} (p = {beta.beta_p:.3g}, {level} "
            f"interval {beta.beta_ci[0]:.4g} to {beta.beta_ci[1]:.4g}); speed "
            f"{_number(beta.speed)} a year; half-life "
            + (f"{beta.half_life:.4g} years." if np.isfinite(beta.half_life)
               else "none (no convergence implied).")]
        frame = self.sigma.frame
        for name, words in (("cv", "Coefficient of variation"), ("log_std", "Std of logs")):
            trend = self.sigma.trends[name]
            if not np.isnan(trend["change"]):
                lines.append(f"{words}: {frame[name].iloc[0]:.4g} in {frame.index[0]} to "
                             f"{frame[name].iloc[-1]:.4g} in {frame.index[-1]} (slope "
                             f"{trend['slope']:.4g} a year, p = {_number(trend['p'])}).")
        return "\n".join([*lines, *self.notes])


def _number(value: float) -> str:
    return "none" if value is None or np.isnan(value) else f"{value:.4g}"


def _sigma_table(sigma: SigmaConvergenceResult) -> pd.DataFrame:
    """The dispersion by year with each trend's slope and p-value in every row."""
    table = sigma.frame.reset_index()
    for name in ("cv", "log_std"):
        table[f"{name}_slope"] = sigma.trends[name]["slope"]
        table[f"{name}_trend_p"] = sigma.trends[name]["p"]
    return table[list(SIGMA_COLUMNS)]


def _beta_table(beta: BetaConvergenceResult) -> pd.DataFrame:
    """One row: beta, its interval and p-value, the spatial coefficient, speed, half-life."""
    term = {"lag": "rho", "error": "lambda"}.get(beta.model)
    row = {
        "model": beta.model, "start_year": beta.start_year, "end_year": beta.end_year,
        "span": beta.span, "regions": beta.regions, "beta": beta.beta, "beta_se": beta.beta_se,
        "ci_lower": beta.beta_ci[0], "ci_upper": beta.beta_ci[1],
        "confidence": beta.confidence, "beta_p": beta.beta_p, "intercept": beta.intercept,
        "spatial_term": term,
        "spatial": np.nan if beta.spatial is None else beta.spatial,
        "spatial_p": np.nan if beta.spatial_p is None else beta.spatial_p,
        "r2": beta.r2, "speed": beta.speed, "half_life": beta.half_life,
    }
    return pd.DataFrame([row], columns=list(BETA_COLUMNS))


def _parameters(options: ConvergenceJob) -> dict:
    """The choices that bear on the result: the weights only for a spatial model."""
    chosen = {key: value for key, value in asdict(options).items() if key != "spatial"}
    chosen["id_field"] = options.spatial.id_field
    if options.model != "ols":
        chosen["weights"] = asdict(options.spatial.weights)
        chosen["weights_file"] = options.spatial.weights_file
    return chosen


def _derived_note(layer: gpd.GeoDataFrame, options: ConvergenceJob,
                  wide: pd.DataFrame) -> list[str]:
    """A note naming the regions whose first- or last-year value the harmonisation derived
    (copied from an old, larger region, summed, weighted ...) rather than took as published:
    their growth mixes the boundary reform with real change."""
    marks = f"{options.field}{METHOD_SUFFIX}"
    if marks not in layer.columns:
        return []
    first, last = int(wide.columns[0]), int(wide.columns[-1])
    ends = as_float(layer[options.year_field], options.year_field).isin([first, last])
    derived = layer[ends & layer[marks].notna() & (layer[marks].astype(str) != PUBLISHED)]
    if derived.empty:
        return []
    regions = pd.unique(derived[options.spatial.id_field])
    how = ", ".join(sorted(set(derived[marks].astype(str))))
    return [f"{len(regions)} region(s) have a {first} or {last} value derived by the "
            f"harmonisation ({marks}: {how}), not published for them: "
            f"{describe_ids(regions)}. Their growth and that year's spread mix the boundary "
            "reform with real change; read beta and sigma with this in mind, or leave those "
            "regions out."]


def _details(result) -> dict:
    return {key: value for key, value in result.provenance.items()
            if key not in ("tool", "created_utc", "versions")}


def run(
    options: ConvergenceJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ConvergenceOutcome:
    """Sigma- and beta-convergence of ``options.field`` on a layer with one feature per
    region and year.

    Raises
    ------
    ParameterError
        Fields missing or not numeric, a region twice in a year, gaps (the core names the
        region-years), one year only, values that are not positive in the first or last year,
        fewer than 5 regions, a region without neighbours in a spatial model.
    CancelledError
        When ``cancelled()`` returns True.
    """
    step = checkpoint(progress, cancelled)
    spatial = options.spatial
    regions, wide = long_layer_panel(layer, spatial.id_field, options.year_field, options.field)
    sigma = sigma_convergence(wide)
    weights = None
    if options.model != "ols":
        weights = job_weights(regions, spatial, cancelled=cancelled)
    step(0.4)
    beta = beta_convergence(wide, None if weights is None else weights.graph,
                            model=options.model, confidence=options.confidence)
    step(1.0)
    frames = {REGIONS_LAYER: _regions_with(regions, beta.frame),
              SIGMA_LAYER: _sigma_table(sigma), BETA_LAYER: _beta_table(beta)}
    derived = _derived_note(layer, options, wide)
    notes = [*(weights.notes if weights is not None else []), *beta.notes, *sigma.notes,
             *derived]
    warnings = [*beta.warnings, *sigma.warnings, *derived]
    parameters = _parameters(options)
    record = provenance_record(
        TOOL, parameters, weights=None if weights is None else weights.summary(),
        analysis={"sigma": _details(sigma), "beta": _details(beta)}, warnings=warnings,
        notes=notes)
    return ConvergenceOutcome(frames=frames, result=beta, sigma=sigma, weights=weights,
                              warnings=warnings, provenance=record, notes=notes)
