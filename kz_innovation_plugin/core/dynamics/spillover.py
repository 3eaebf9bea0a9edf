"""The multiplier effect estimated: spatial lag and spatial Durbin models and their effects.

A spatial lag model (SAR) explains a region's outcome by its own inputs and by its
neighbours' outcomes, ``y = rho W y + X beta + e``; the spatial Durbin model (SDM) adds the
neighbours' inputs, ``+ W X theta``.  PySAL ``spreg`` estimates both by maximum likelihood:
``spreg.ML_Lag`` for one cross-section (``slx_lags=1`` for Durbin) and ``spreg.ML_LagFE``
for a balanced regions x years panel with region fixed effects (the successor of
``spreg.Panel_FE_Lag``, deprecated in spreg 1.9.0 and giving the same estimates).

What a change in an input does is not its coefficient: a rise in region j's input ``x_r``
changes every region's outcome by the column j of the effects matrix (LeSage and Pace
2009, ch. 2)::

    S_r = (I - rho W)^-1 (beta_r I + theta_r W)        (theta_r = 0 for a lag model)

The direct effect is the mean of its diagonal, the total effect the mean of its row sums,
the indirect (spillover) effect their difference.  They are computed here, not taken from
spreg: spreg reports point values only, and for a Durbin model its direct effect leaves out
``theta_r`` (its ``sputils._sp_effects`` "assumes all SLX effects are indirect effects").
For each named core region j the column ``S_r[:, j]`` is reported too: what a unit rise in
that core's input does to each region, the study's "multiplier effect" measured.

Uncertainty is simulated: (beta, theta, rho) are drawn from the normal distribution of the
estimates (spreg's asymptotic variance-covariance matrix), the effects recomputed for each
draw, and percentile intervals read from the draws.  Rule for rho: a draw with
``|rho| >= 1`` is rejected and drawn again (the normal is truncated to ``-1 < rho < 1``).
For row-standardised weights every eigenvalue of W has modulus at most 1, so ``I - rho W``
is invertible and ``(I - rho W)^-1 = sum_k rho^k W^k`` converges for every such rho; it is
also the interval spreg's cross-section estimator searches.

Computation, chosen so that thousands of districts stay affordable:

* the direct effect needs ``trace((I - rho W)^-1)`` and ``trace((I - rho W)^-1 W)``; with
  the eigenvalues ``lambda`` of W these are ``sum 1 / (1 - rho lambda)`` and
  ``sum lambda / (1 - rho lambda)``, so one eigenvalue computation (O(n^3), once;
  symmetric and real when W is a row-standardised symmetric graph) serves every draw at
  O(n) each, vectorised across draws;
* the total effect: every row of a row-standardised W without islands sums to 1, so the
  mean row sum is ``(beta_r + theta_r) / (1 - rho)``; with islands it is solved per draw
  with a sparse LU factorisation;
* the core columns need ``(I - rho W)^-1`` applied to the core's unit vector (and to its
  column of W): one sparse LU factorisation of ``I - rho W`` per draw (scipy ``splu``),
  solved for all requested cores at once, never a dense inverse.  For contiguity graphs
  its cost is far below O(n^3), and nothing is computed for regions that are not cores.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.linalg import splu

from .._checks import as_float, describe_ids
from ..choices import SPILLOVER_MODEL
from ..errors import CancelledError, ParameterError
from ..provenance import provenance_record

if TYPE_CHECKING:  # pragma: no cover
    from libpysal.graph import Graph

    from ..spatial_weights import SpatialWeights

__all__ = [
    "CORE_COLUMNS", "CORE_SUMMARY_COLUMNS", "DEFAULT_DRAWS", "EFFECTS", "FEW_YEARS",
    "FULL_METHOD_MAX", "IMPACT_COLUMNS", "MIN_DRAWS", "MIN_REGIONS", "MODELS", "RHO_LIMIT",
    "SMALL_SAMPLE_REGIONS", "SpilloverResult", "estimate_panel_spillover",
    "estimate_spillover",
]

#: model choices: spatial lag (SAR) or spatial Durbin (SDM, adds W X), as the option list
MODELS = SPILLOVER_MODEL.values
#: the effects reported for each regressor, in order
EFFECTS = ("direct", "indirect", "total")
#: simulation draws by default, and the fewest accepted for percentile intervals
DEFAULT_DRAWS = 1000
MIN_DRAWS = 100
#: fewer regions than this: refused (a spatial lag model cannot be estimated sensibly)
MIN_REGIONS = 5
#: fewer regions than this: the result carries a small-sample warning
SMALL_SAMPLE_REGIONS = 30
#: a panel with fewer years than this carries a short-panel warning
FEW_YEARS = 5
#: simulated rho must satisfy |rho| < RHO_LIMIT (draws outside are redrawn)
RHO_LIMIT = 1.0
#: cross-sections up to this many regions use spreg's "full" method, larger ones "ord"
FULL_METHOD_MAX = 1000
#: the simulation gives up when fewer than one draw in this many has a valid rho
_MAX_TRIES = 50
#: largest array of floats held at once for the core columns (about 80 MB)
_MEMORY_FLOATS = 10_000_000

#: columns of ``SpilloverResult.impacts``, ``.core_effects`` and ``.core_summary``
IMPACT_COLUMNS = ("regressor", "effect", "estimate", "ci_lower", "ci_upper", "sim_sd")
CORE_COLUMNS = ("core", "regressor", "region", "is_core", "effect", "ci_lower", "ci_upper")
CORE_SUMMARY_COLUMNS = (
    "core", "regressor", "own", "own_lower", "own_upper", "spillover", "spillover_lower",
    "spillover_upper", "total", "total_lower", "total_upper",
)


@dataclass
class SpilloverResult:
    """A fitted spatial lag or Durbin model and its LeSage-Pace effects.

    Attributes
    ----------
    model : str
        ``"lag"`` or ``"durbin"``.
    panel : bool
        True for a fixed-effects panel (``spreg.ML_LagFE``), False for a cross-section.
    estimates : pandas.DataFrame
        Indexed by ``term`` (``CONSTANT`` for a cross-section, each x, ``W_<x>`` for
        Durbin, ``rho``) with ``role`` (constant, x, wx, rho), ``estimate``,
        ``std_error``, ``z`` and ``p_value`` (spreg's asymptotic values).
    rho : float
        Estimated spatial autoregressive coefficient.
    log_likelihood, aic : float
        Maximised log-likelihood and Akaike's criterion, as spreg computes them.
    impacts : pandas.DataFrame
        One row per regressor and effect (:data:`EFFECTS`): ``estimate`` (at the
        estimates), percentile interval ``ci_lower``/``ci_upper`` and ``sim_sd`` (standard
        deviation of the draws).
    core_effects : pandas.DataFrame
        For each core, regressor and region: ``effect`` = ``S_r[region, core]``, what a
        unit rise in the core's x does to the region's y, with its interval; ``is_core``
        marks the core's own row.
    core_summary : pandas.DataFrame
        For each core and regressor: ``own`` (``S_r[j, j]``), ``spillover`` (the column's
        sum over the other regions) and ``total`` (the column sum), each with its interval.
    draws : pandas.DataFrame
        The accepted parameter draws (columns: each x, ``W_<x>`` for Durbin, ``rho``).
    regions : pandas.Index
        Region ids in the order of the model.
    years : list
        The panel's years, in order; empty for a cross-section.
    level : float
        Coverage of the intervals (0.95 by default).
    small_sample : bool
        True when the sample is below the warning rules (see ``warnings``).
    notes : list of str
        Plain-words notes: sample-size warnings, rules applied, intervals that include 0.
    provenance : dict
        What was run, with which parameters, seed and library versions.
    warnings : list of str
        The notes a reader must not miss, each also in ``notes``: a small sample, a short
        panel, rho at the edge of the range searched.
    """

    model: str
    panel: bool
    estimates: pd.DataFrame
    rho: float
    log_likelihood: float
    aic: float
    impacts: pd.DataFrame
    core_effects: pd.DataFrame
    core_summary: pd.DataFrame
    draws: pd.DataFrame
    regions: pd.Index
    years: list = field(default_factory=list)
    level: float = 0.95
    small_sample: bool = False
    notes: list[str] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Settings:
    """Checked choices shared by the cross-section and panel entry points."""

    model: str
    cores: list
    draws: int
    seed: int | None
    level: float
    progress: Callable[[float], None] | None = None
    cancelled: Callable[[], bool] | None = None

    @property
    def durbin(self) -> bool:
        return self.model == "durbin"

    def check(self, what: str) -> None:
        """Raise CancelledError when the user has cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise CancelledError(f"The {what} was cancelled; nothing was written.")

    def report(self, fraction: float) -> None:
        """Report progress in [0, 1]."""
        if self.progress is not None:
            self.progress(min(max(float(fraction), 0.0), 1.0))


# ---------------------------------------------------------------- public entry points


def estimate_spillover(
    data: pd.DataFrame, weights: Graph | SpatialWeights, y: str, x: str | Sequence[str], *,
    model: str = "lag", region: str | None = None, cores: Sequence[Any] = (),
    draws: int = DEFAULT_DRAWS, seed: int | None = 1, level: float = 0.95,
    method: str = "auto", progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SpilloverResult:
    """Fit a cross-section spatial lag or Durbin model and simulate its effects.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per region: the outcome ``y`` and the inputs ``x`` (numbers, none missing).
    weights : libpysal.graph.Graph or SpatialWeights
        Weights on the same region ids; row-standardised here if they are not.
    y, x : str, str or sequence of str
        Columns of the outcome (e.g. the index, GRP per capita) and of the inputs whose
        effects are wanted (a constant is added).
    model : {"lag", "durbin"}
        Spatial lag (SAR) or spatial Durbin (adds the neighbours' inputs W X).
    region : str or None
        Column of region ids; None: the frame's index.
    cores : sequence
        Region ids whose effect columns ``S_r[:, core]`` are reported.
    draws, seed : int, int or None
        Simulation draws (at least :data:`MIN_DRAWS`) and the seed of the numpy Generator
        (None: not reproducible).
    level : float
        Coverage of the percentile intervals, in (0, 1).
    method : {"auto", "full", "ord", "lu"}
        spreg's log-determinant method; ``auto``: ``full`` up to :data:`FULL_METHOD_MAX`
        regions, ``ord`` (eigenvalues) beyond.
    progress, cancelled : callable, optional
        ``progress(fraction)`` and ``cancelled() -> bool``.

    Returns
    -------
    SpilloverResult

    Raises
    ------
    ParameterError
        Bad columns (missing, text, gaps, constant), region ids or choices; too few regions.
    CancelledError
        When ``cancelled()`` returns True.
    """
    settings = _settings(model, cores, draws, seed, level, progress, cancelled)
    y, names = _columns(data, y, x, (region,) if region else ())
    ids = _region_ids(data, region)
    yv, xv = _numeric(data.set_axis(ids, axis=0), y, names, ids.astype(str))
    notes: list[str] = []
    w = _weights_matrix(weights, ids, notes)
    sample = _sample_warnings(len(ids), 1, len(names), settings.durbin)
    notes += sample
    method = _method(method, len(ids))
    reg = _fit(yv, xv, w, y, names, durbin=settings.durbin, panel=False, method=method)
    settings.report(0.2)
    details = {"estimator": "spreg.ML_Lag", "method": method, "region": region,
               "n_regions": len(ids)}
    return _finish(reg, w, ids, [], (y, names), settings, sample, notes, details)


def estimate_panel_spillover(
    data: pd.DataFrame, weights: Graph | SpatialWeights, y: str, x: str | Sequence[str], *,
    region: str, year: str, model: str = "lag", cores: Sequence[Any] = (),
    draws: int = DEFAULT_DRAWS, seed: int | None = 1, level: float = 0.95,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SpilloverResult:
    """Fit a fixed-effects spatial lag or Durbin panel and simulate its effects.

    Region fixed effects (``spreg.ML_LagFE``) remove each region's own level, so the
    model explains changes within regions over the years; W is the same every year.
    Durbin adds each year's spatial lag of the inputs (spreg's ``slx_lags=1``).

    Parameters
    ----------
    data : pandas.DataFrame
        Long table: one row per region and year, balanced (every region in every year).
    weights : libpysal.graph.Graph or SpatialWeights
        Weights on the panel's region ids; row-standardised here if they are not.
    y, x : str, str or sequence of str
        Outcome and input columns (numbers, none missing).
    region, year : str
        Columns of the region ids and the years.
    model, cores, draws, seed, level, progress, cancelled
        As for :func:`estimate_spillover`.

    Returns
    -------
    SpilloverResult
        ``panel`` True, ``years`` the years in order.

    Raises
    ------
    ParameterError
        As for :func:`estimate_spillover`, and for an unbalanced panel, a region twice in
        one year, fewer than 2 years, or a column that never changes within a region.
    CancelledError
        When ``cancelled()`` returns True.
    """
    settings = _settings(model, cores, draws, seed, level, progress, cancelled)
    y, names = _columns(data, y, x, (region, year))
    ordered, ids, years = _balanced_panel(data, region, year)
    labels = pd.Index([f"{r} ({t})" for t in years for r in ids])
    yv, xv = _numeric(ordered, y, names, labels)
    _check_within(yv, xv, y, names, len(years))
    notes: list[str] = []
    w = _weights_matrix(weights, ids, notes)
    sample = _sample_warnings(len(ids), len(years), len(names), settings.durbin)
    notes += sample
    reg = _fit(yv, xv, w, y, names, durbin=settings.durbin, panel=True, method="lu")
    settings.report(0.2)
    notes.append(
        "Region fixed effects: the model explains how each region's value changes over the "
        "years, not why regions differ in level; the effects are those of a change in an "
        "input within the same year."
    )
    details = {"estimator": "spreg.ML_LagFE", "region": region, "year": year,
               "n_regions": len(ids), "n_years": len(years)}
    return _finish(reg, w, ids, years, (y, names), settings, sample, notes, details)


# ---------------------------------------------------------------- checks of the input


def _settings(model, cores, draws, seed, level, progress, cancelled) -> _Settings:
    """Check the shared choices."""
    text = str(model).strip().lower()
    if text not in MODELS:
        raise ParameterError(
            f"Unknown model {model!r}; choose one of: {', '.join(MODELS)} (spatial lag, or "
            "spatial Durbin which adds the neighbours' inputs)."
        )
    if isinstance(draws, bool) or not isinstance(draws, (int, np.integer)) \
            or draws < MIN_DRAWS:
        raise ParameterError(
            f"The number of simulation draws must be a whole number of at least {MIN_DRAWS} "
            f"(got {draws!r}); {DEFAULT_DRAWS} is usual."
        )
    if not isinstance(level, (int, float)) or not 0 < float(level) < 1:
        raise ParameterError(
            f"The interval level must be a fraction between 0 and 1, e.g. 0.95 (got {level!r})."
        )
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer))
                             or seed < 0):
        raise ParameterError(f"The seed must be a whole number of 0 or more (got {seed!r}).")
    core_list = [cores] if isinstance(cores, (str, int, np.integer)) else list(cores)
    core_list = list(dict.fromkeys(core_list))  # each core once, in the order given
    return _Settings(text, core_list, int(draws), None if seed is None else int(seed),
                     float(level), progress, cancelled)


def _method(method: str, n: int) -> str:
    """spreg's log-determinant method; ``auto``: ``full`` up to FULL_METHOD_MAX, else ``ord``."""
    text = str(method).strip().lower()
    if text not in ("auto", "full", "ord", "lu"):
        raise ParameterError(
            f"Unknown estimation method {method!r}; choose one of: auto, full, ord, lu."
        )
    if text == "auto":
        return "full" if n <= FULL_METHOD_MAX else "ord"
    return text


def _columns(data: pd.DataFrame, y: str, x, keys: tuple) -> tuple[str, list[str]]:
    """Check that the outcome and input columns exist and are distinct."""
    if not isinstance(data, pd.DataFrame):
        raise ParameterError("The regions' data must be a table (pandas DataFrame).")
    names = [x] if isinstance(x, str) else list(x)
    if not names:
        raise ParameterError("Choose at least one explanatory (x) column whose effect is wanted.")
    for name in (y, *names, *keys):
        if name not in data.columns:
            columns = ", ".join(str(column) for column in data.columns)
            raise ParameterError(
                f"The table has no column {name!r}; its columns are: {columns}."
            )
    repeated = sorted({name for name in names if names.count(name) > 1 or name == y})
    if repeated:
        raise ParameterError(
            f"Column(s) {', '.join(map(str, repeated))} are given twice (as y and x, or twice "
            "as x); give each column once."
        )
    return y, names


def _region_ids(data: pd.DataFrame, region: str | None) -> pd.Index:
    """Unique region ids of a cross-section (a column or the index)."""
    ids = pd.Index(data.index if region is None else data[region])
    if ids.hasnans:
        raise ParameterError(
            "Some rows have no region id; give every row its region's id."
        )
    if not ids.is_unique:
        raise ParameterError(
            f"Region id(s) {describe_ids(ids[ids.duplicated()].unique())} appear more than "
            "once; a cross-section has one row per region (for several years use the panel "
            "estimate)."
        )
    return ids


def _numeric(frame: pd.DataFrame, y: str, names: list[str], labels: pd.Index):
    """The outcome vector and the input matrix as floats, none missing, none constant."""
    columns = []
    for name in (y, *names):
        values = as_float(
            frame[name], name, advice="choose a numeric column or convert it to numbers first"
        ).to_numpy()
        bad = ~np.isfinite(values)
        if bad.any():
            raise ParameterError(
                f"Column '{name}' has missing or infinite values for {describe_ids(labels[bad])}; "
                "fill them, or leave those regions out of both the table and the weights."
            )
        if np.ptp(values) == 0:
            raise ParameterError(
                f"Column '{name}' has the same value everywhere; it explains nothing (and as "
                "an input it cannot be told apart from the constant): leave it out."
            )
        columns.append(values)
    return columns[0], np.column_stack(columns[1:])


def _balanced_panel(data: pd.DataFrame, region: str, year: str):
    """The panel ordered year by year, regions in first-seen order; refuse gaps and repeats."""
    if data[region].isna().any() or data[year].isna().any():
        raise ParameterError("Some rows have no region id or no year; give every row both.")
    repeated = data[data.duplicated([region, year], keep=False)]
    if len(repeated):
        pairs = pd.Index(repeated[region].astype(str) + " (" + repeated[year].astype(str) + ")")
        raise ParameterError(
            f"Region and year pair(s) {describe_ids(pairs.unique())} appear more than once; "
            "keep one row per region and year."
        )
    ids = pd.Index(pd.unique(data[region]))
    years = sorted(pd.unique(data[year]))
    if len(years) < 2:
        raise ParameterError(
            f"The panel has only one year ({years[0]}); fixed effects need at least 2 years. "
            "Use the cross-section estimate for a single year."
        )
    full = pd.MultiIndex.from_product([years, ids], names=[year, region])
    ordered = data.set_index([year, region]).reindex(full)
    present = full.isin(data.set_index([year, region]).index)
    if not present.all():
        gaps = pd.Index([f"{r} ({t})" for t, r in full[~present]])
        raise ParameterError(
            f"The panel is unbalanced: {describe_ids(gaps)} have no row. Every region needs a "
            "row in every year: keep only the years and regions with complete data, or "
            "harmonise the table to one boundary set first."
        )
    return ordered, ids, years


def _check_within(yv: np.ndarray, xv: np.ndarray, y: str, names: list[str], years: int):
    """Refuse a column that never changes within a region (fixed effects absorb it)."""
    for name, values in zip((y, *names), (yv, *xv.T)):
        table = values.reshape(years, -1)
        if np.allclose(table - table.mean(axis=0), 0.0):
            raise ParameterError(
                f"Column '{name}' does not change over the years within any region; region "
                "fixed effects absorb it, so its effect cannot be estimated: leave it out or "
                "use the cross-section estimate."
            )


def _weights_matrix(weights, ids: pd.Index, notes: list[str]) -> sparse.csr_matrix:
    """Row-standardised W (scipy CSR) in the order of ``ids``."""
    graph = getattr(weights, "graph", weights)
    if not hasattr(graph, "unique_ids") or not hasattr(graph, "transform"):
        raise ParameterError(
            "The weights must be a libpysal Graph or the plugin's spatial weights; build them "
            "from the regions' layer first."
        )
    known = pd.Index(graph.unique_ids)
    missing, extra = ids.difference(known, sort=False), known.difference(ids, sort=False)
    if len(missing) or len(extra):
        lacks = f" regions {describe_ids(missing)} of the table are not in the weights;" \
            if len(missing) else ""
        more = f" the weights hold regions {describe_ids(extra)} the table lacks;" \
            if len(extra) else ""
        raise ParameterError(
            f"The weights and the table cover different regions:{lacks}{more} build the "
            "weights on the same regions, with the table's region ids."
        )
    if str(getattr(graph, "transformation", "")).upper() != "R":
        notes.append("The weights were row-standardised (each region's weights sum to 1).")
    order = known.get_indexer(ids)
    w = sparse.csr_matrix(graph.transform("r").sparse)[order][:, order].tocsr()
    w.eliminate_zeros()
    if w.nnz == 0:
        raise ParameterError(
            "The weights link no region to any other; a spatial lag model needs neighbours: "
            "choose a contiguity, distance or knn method that links the regions."
        )
    islands = ids[np.asarray(w.sum(axis=1)).ravel() == 0]
    if len(islands):
        notes.append(
            f"Region(s) {describe_ids(islands)} have no neighbours: they neither send nor "
            "receive spillovers in this model."
        )
    return w


def _sample_warnings(n: int, years: int, k: int, durbin: bool) -> list[str]:
    """Refuse samples too small to estimate; warn (plain words) on small ones."""
    params = 1 + k * (2 if durbin else 1) + 2  # constant or fixed effect, x, W x, rho, sigma2
    if n < MIN_REGIONS:
        raise ParameterError(
            f"Only {n} regions: a spatial lag model needs at least {MIN_REGIONS}, and many more "
            "to mean anything. Use a finer level (districts) or a larger area."
        )
    if n * years <= params:
        raise ParameterError(
            f"{n * years} observations cannot estimate {params} parameters; choose fewer "
            "explanatory columns, or the lag model rather than Durbin."
        )
    cautions = []
    if n < SMALL_SAMPLE_REGIONS:
        cautions.append(
            f"Small sample: only {n} regions. The spillover (rho) is estimated from how each "
            "region's value moves with its neighbours', and with so few regions that estimate "
            "and every effect computed from it are very uncertain and can be biased: read "
            "them as an illustration of the method, not as proof or disproof of a multiplier "
            f"effect. (Rule: this warning is given below {SMALL_SAMPLE_REGIONS} regions.)"
        )
    if 1 < years < FEW_YEARS:
        cautions.append(
            f"Short panel: only {years} years. Fixed effects keep only the changes within "
            "each region, which few years barely show, and spreg's error variance is not "
            "corrected for short panels, so standard errors and intervals are too narrow. "
            f"(Rule: this warning is given below {FEW_YEARS} years.)"
        )
    return cautions


# ---------------------------------------------------------------- estimation


def _fit(yv, xv, w, y: str, names: list[str], *, durbin: bool, panel: bool, method: str):
    """Run spreg (its printed output and warnings silenced); collinearity -> ParameterError."""
    import spreg
    from libpysal.weights import WSP

    pysal_w = WSP(w).to_W(silence_warnings=True)
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if panel:
                return spreg.ML_LagFE(yv[:, None], xv, pysal_w, slx_lags=int(durbin),
                                      spat_impacts=None, name_y=y, name_x=list(names))
            return spreg.ML_Lag(yv[:, None], xv, pysal_w, slx_lags=int(durbin), method=method,
                                spat_impacts=None, spat_diag=False, name_y=y,
                                name_x=list(names))
        except np.linalg.LinAlgError as error:
            raise ParameterError(
                f"The model cannot be estimated: the inputs {', '.join(names)}"
                f"{' and their spatial lags' if durbin else ''} are collinear (one is a "
                "combination of the others). Leave one out."
            ) from error


def _terms(names: list[str], durbin: bool, constant: bool) -> tuple[list[str], list[str]]:
    """Our names and roles of spreg's coefficients, in spreg's order."""
    terms = (["CONSTANT"] if constant else []) + list(names)
    roles = (["constant"] if constant else []) + ["x"] * len(names)
    if durbin:
        terms += [f"W_{name}" for name in names]
        roles += ["wx"] * len(names)
    return terms + ["rho"], roles + ["rho"]


def _estimates(reg, names: list[str], durbin: bool, panel: bool) -> pd.DataFrame:
    """spreg's coefficients with standard errors, z and p."""
    terms, roles = _terms(names, durbin, constant=not panel)
    betas = np.asarray(reg.betas, dtype=float).ravel()
    if len(betas) != len(terms):  # pragma: no cover - a spreg change
        raise ParameterError(
            f"spreg returned {len(betas)} coefficients where {len(terms)} were expected; "
            "install the spreg version in requirements.txt."
        )
    z, p = (np.asarray(values, dtype=float) for values in zip(*reg.z_stat))
    table = pd.DataFrame({
        "role": roles, "estimate": betas, "std_error": np.asarray(reg.std_err, dtype=float),
        "z": z, "p_value": p,
    }, index=pd.Index(terms, name="term"))
    return table


# ---------------------------------------------------------------- simulation


def _draw_parameters(mean: np.ndarray, cov: np.ndarray, draws: int,
                     rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """Draws of (beta, theta, rho) from N(mean, cov), redrawing those with |rho| >= 1.

    Returns the accepted draws and the number rejected.
    """
    cov = (cov + cov.T) / 2.0
    kept: list[np.ndarray] = []
    accepted = tried = 0
    while accepted < draws:
        if tried >= _MAX_TRIES * draws:
            raise ParameterError(
                f"Fewer than 1 in {_MAX_TRIES} simulated values of rho lie inside "
                f"(-{RHO_LIMIT:g}, {RHO_LIMIT:g}): the estimate of rho "
                f"({mean[-1]:.3f}) is at the edge of its range and too uncertain for the "
                "effects to be simulated. Check the weights and the model."
            )
        batch = rng.multivariate_normal(mean, cov, size=draws, method="eigh")
        valid = batch[np.abs(batch[:, -1]) < RHO_LIMIT]
        kept.append(valid)
        accepted += len(valid)
        tried += draws
    return np.concatenate(kept)[:draws], tried - accepted


def _eigenvalues(w: sparse.csr_matrix) -> np.ndarray:
    """Eigenvalues of W: real (symmetric solver) when W = D^-1 A with A symmetric.

    D is the number of neighbours, as row-standardising a symmetric binary graph gives;
    then D^1/2 W D^-1/2 is symmetric with the same eigenvalues.  Otherwise the general
    (possibly complex) eigenvalues.
    """
    counts = np.diff(w.indptr).astype(float)  # links per row (W holds no explicit zeros)
    scaled = sparse.diags(counts) @ w
    if abs(scaled - scaled.T).max() <= 1e-10 * max(abs(scaled).max(), 1.0):
        root = np.sqrt(np.where(counts > 0, counts, 1.0))
        similar = sparse.diags(root) @ w @ sparse.diags(1.0 / root)
        return np.linalg.eigvalsh(similar.toarray())
    values = np.linalg.eigvals(w.toarray())
    return values.real if np.allclose(values.imag, 0.0) else values


def _trace_means(eigenvalues: np.ndarray, rho: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean diagonals of (I - rho W)^-1 and (I - rho W)^-1 W for each rho (vectorised)."""
    first, second = np.empty(len(rho)), np.empty(len(rho))
    step = max(1, _MEMORY_FLOATS // max(len(eigenvalues), 1))
    for start in range(0, len(rho), step):
        inverse = 1.0 / (1.0 - rho[start:start + step, None] * eigenvalues[None, :])
        first[start:start + step] = inverse.mean(axis=1).real
        second[start:start + step] = (inverse * eigenvalues[None, :]).mean(axis=1).real
    return first, second


def _row_sum_means(w: sparse.csr_matrix, rho: np.ndarray,
                   settings: _Settings) -> tuple[np.ndarray, np.ndarray]:
    """Mean row sums of (I - rho W)^-1 and (I - rho W)^-1 W for each rho.

    Rows of W summing to 1: both are 1 / (1 - rho).  Otherwise (islands) one sparse LU
    solve per rho of ``(I - rho W)' u = 1``, then ``u . 1 / n`` and ``u . W1 / n``.
    """
    row_sums = np.asarray(w.sum(axis=1)).ravel()
    if np.allclose(row_sums, 1.0):
        closed = 1.0 / (1.0 - rho)
        return closed, closed.copy()
    n = w.shape[0]
    eye, transposed = sparse.identity(n, format="csc"), w.T.tocsc()
    first, second = np.empty(len(rho)), np.empty(len(rho))
    for index, value in enumerate(rho):
        settings.check("simulation of the effects")
        u = splu((eye - value * transposed).tocsc()).solve(np.ones(n))
        first[index], second[index] = u.sum() / n, u @ row_sums / n
    return first, second


def _core_solves(w: sparse.csr_matrix, rho: np.ndarray, positions: np.ndarray,
                 durbin: bool, settings: _Settings, span: tuple[float, float]) -> np.ndarray:
    """``(I - rho W)^-1 [E_J, W E_J]`` for each rho: shape (len(rho), n, c or 2c).

    One sparse LU factorisation per rho, solved for every core at once.
    """
    n = w.shape[0]
    rhs = np.zeros((n, len(positions)))
    rhs[positions, np.arange(len(positions))] = 1.0
    if durbin:
        rhs = np.hstack([rhs, w[:, positions].toarray()])
    eye, w_csc = sparse.identity(n, format="csc"), w.tocsc()
    out = np.empty((len(rho), n, rhs.shape[1]))
    for index, value in enumerate(rho):
        if index % 50 == 0:
            settings.check("simulation of the effects")
            settings.report(span[0] + (span[1] - span[0]) * index / len(rho))
        out[index] = splu((eye - value * w_csc).tocsc()).solve(rhs)
    return out


def _interval(sims: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of the draws (axis 0)."""
    tail = (1.0 - level) / 2.0
    lower, upper = np.quantile(sims, [tail, 1.0 - tail], axis=0)
    return lower, upper


def _impacts(w, rho, beta, theta, names, settings) -> tuple[pd.DataFrame, dict]:
    """Direct, indirect and total effects (row 0: at the estimates; rows 1...: draws)."""
    first, second = _trace_means(_eigenvalues(w), rho)
    settings.report(0.3)
    total_first, total_second = _row_sum_means(w, rho, settings)
    direct = beta * first[:, None] + theta * second[:, None]
    total = beta * total_first[:, None] + theta * total_second[:, None]
    effects = {"direct": direct, "indirect": total - direct, "total": total}
    rows = []
    for position, name in enumerate(names):
        for effect in EFFECTS:
            values = effects[effect][:, position]
            lower, upper = _interval(values[1:], settings.level)
            rows.append((name, effect, values[0], lower, upper, values[1:].std(ddof=1)))
    return pd.DataFrame(rows, columns=list(IMPACT_COLUMNS)), effects


def _core_positions(cores: list, ids: pd.Index) -> np.ndarray:
    """Positions of the named cores in the model's region order."""
    positions = ids.get_indexer(pd.Index(cores, dtype=object))
    if (positions < 0).any():
        unknown = [core for core, position in zip(cores, positions) if position < 0]
        raise ParameterError(
            f"Core(s) {describe_ids(unknown)} are not regions of the table; name cores by the "
            f"table's region ids (e.g. {describe_ids(ids[:3])})."
        )
    return positions


def _core_tables(w, rho, beta, theta, ids, names, settings) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each core's effect column with intervals, and its own / spillover / total summary."""
    positions = _core_positions(settings.cores, ids)
    columns, summary = [], []
    per_core = len(rho) * len(ids) * (2 if settings.durbin else 1)
    step = max(1, _MEMORY_FLOATS // per_core)
    for start in range(0, len(positions), step):
        chunk = positions[start:start + step]
        span = (0.35 + 0.65 * start / len(positions),
                0.35 + 0.65 * min(start + step, len(positions)) / len(positions))
        solved = _core_solves(w, rho, chunk, settings.durbin, settings, span)
        for offset, position in enumerate(chunk):
            for r, name in enumerate(names):
                column = beta[:, r, None] * solved[:, :, offset]
                if settings.durbin:
                    column = column + theta[:, r, None] * solved[:, :, len(chunk) + offset]
                core = ids[position]
                columns.append(_column_frame(column, core, name, ids, position, settings.level))
                summary.append(_summary_row(column, core, name, position, settings.level))
    core_frame = pd.concat(columns, ignore_index=True) if columns \
        else pd.DataFrame(columns=list(CORE_COLUMNS))
    return core_frame, pd.DataFrame(summary, columns=list(CORE_SUMMARY_COLUMNS))


def _column_frame(column, core, name, ids, position, level) -> pd.DataFrame:
    """One core's effect column for one regressor (row 0 of ``column``: the estimate)."""
    lower, upper = _interval(column[1:], level)
    return pd.DataFrame({
        "core": core, "regressor": name, "region": ids, "is_core": np.arange(len(ids)) == position,
        "effect": column[0], "ci_lower": lower, "ci_upper": upper,
    })


def _summary_row(column, core, name, position, level) -> tuple:
    """Own effect, spillover to the other regions and total of one core's column."""
    own = column[:, position]
    total = column.sum(axis=1)
    row: list[Any] = [core, name]
    for values in (own, total - own, total):
        lower, upper = _interval(values[1:], level)
        row += [values[0], lower, upper]
    return tuple(row)


def _finish(reg, w, ids, years, columns: tuple[str, list[str]], settings: _Settings,
            sample: list[str], notes: list[str], details: dict) -> SpilloverResult:
    """Simulate the effects and assemble the result."""
    y, names = columns
    panel = bool(years)
    estimates = _estimates(reg, names, settings.durbin, panel)
    chosen = estimates.index != "CONSTANT"
    mean = estimates["estimate"].to_numpy()[chosen]
    cov = np.asarray(reg.vm, dtype=float)[np.ix_(chosen, chosen)]
    rng = np.random.default_rng(settings.seed)
    sims, rejected = _draw_parameters(mean, cov, settings.draws, rng)
    params = np.vstack([mean[None, :], sims])
    k = len(names)
    beta = params[:, :k]
    theta = params[:, k:2 * k] if settings.durbin else np.zeros_like(beta)
    rho = params[:, -1]
    impacts, _ = _impacts(w, rho, beta, theta, names, settings)
    core_frame, summary = _core_tables(w, rho, beta, theta, ids, names, settings)
    edge = _edge_warnings(float(reg.rho), panel)
    notes = notes + _simulation_notes(rejected, settings, impacts, edge)
    parameters = {
        "model": settings.model, "y": y, "x": list(names),
        "cores": [str(core) for core in settings.cores], "draws": settings.draws,
        "seed": settings.seed, "level": settings.level,
    }
    settings.report(1.0)
    return SpilloverResult(
        model=settings.model, panel=panel, estimates=estimates, rho=float(reg.rho),
        log_likelihood=float(reg.logll), aic=float(reg.aic), impacts=impacts,
        core_effects=core_frame, core_summary=summary,
        draws=pd.DataFrame(sims, columns=list(estimates.index[chosen])), regions=ids,
        years=list(years), level=settings.level, small_sample=bool(sample), notes=notes,
        warnings=[*sample, *edge],
        provenance=provenance_record(
            "spillover", parameters, rejected_draws=rejected, rho_rule=_RHO_RULE,
            spreg=_spreg_version(), **details,
        ),
    )


_RHO_RULE = (
    f"draws with |rho| >= {RHO_LIMIT:g} are rejected and drawn again (normal truncated to "
    f"-{RHO_LIMIT:g} < rho < {RHO_LIMIT:g}, where I - rho W is invertible for row-standardised W)"
)


def _spreg_version() -> str:
    """The installed spreg version, for the provenance record."""
    from importlib import metadata

    try:
        return metadata.version("spreg")
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _edge_warnings(rho: float, panel: bool) -> list[str]:
    """A warning when rho sits at the edge of the range spreg searches."""
    edge = 0.99 if panel else RHO_LIMIT
    if abs(rho) < edge - 1e-4:
        return []
    return [f"The estimate of rho ({rho:.3f}) is at the edge of the range spreg searches; the "
            "model is probably misspecified (check the weights and the inputs)."]


def _simulation_notes(rejected: int, settings: _Settings, impacts: pd.DataFrame,
                      edge: list[str]) -> list[str]:
    """Notes on the simulation, the rho rule (with ``edge``, the warning on rho at its
    edge) and the spillovers that may be zero."""
    share = f"{settings.level:.0%}"
    seed = "no seed: other draws on every run" if settings.seed is None \
        else f"seed {settings.seed}"
    notes = [
        f"Intervals: {share} percentile intervals from {settings.draws} draws of the estimates "
        f"from their asymptotic normal distribution ({seed}); {_RHO_RULE}"
        f"{f'; {rejected} draws were rejected' if rejected else ''}.",
        *edge,
    ]
    if settings.durbin:
        notes.append(
            "Spatial Durbin effects include the neighbours' inputs in the direct effect too "
            "(S_r = (I - rho W)^-1 (beta_r I + theta_r W)); spreg's own summary counts them "
            "as indirect only, so its direct effects differ from these."
        )
    indirect = impacts[impacts["effect"] == "indirect"]
    unclear = indirect[(indirect["ci_lower"] <= 0) & (indirect["ci_upper"] >= 0)]
    if len(unclear):
        notes.append(
            f"The spillover (indirect effect) of {', '.join(map(str, unclear['regressor']))} "
            f"cannot be told apart from none: its {share} interval includes 0."
        )
    return notes
