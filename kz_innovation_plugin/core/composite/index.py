"""The whole composite index: one chain of steps, in the Handbook's order.

:func:`build_index` takes a table of regions (the joined layer's attributes) and
:class:`IndexOptions`, turns the options into an :class:`~.chain.IndexChain`
(:func:`index_chain`) and runs it: the selection of the grouped indicators (defined here),
the steps that make the index (imputation, treatment, normalisation, weights, aggregation;
:mod:`.chain`), then the analyses of the finished index defined here (levels, scoreboard
groups, coherence, uncertainty, profiles).  It returns an :class:`IndexResult` with one row
per region, the method record and the chain itself, which can be listed, rebuilt and re-run
(:func:`run_index`).  Each step's arithmetic is one module of this package; this module only
chains them and names the output fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .._checks import unknown_choice
from ..errors import ParameterError
from ..expressions import add_derived, parse_definitions
from ..fieldnames import safe_field_names
from ..indicators import default_groups, directions_for
from .aggregate import AGGREGATIONS
from .chain import (
    Aggregate,
    ChainState,
    Impute,
    IndexChain,
    Normalise,
    RunContext,
    Treat,
    Weight,
    register,
)
from .coherence import CoherenceResult, coherence
from .levels import DEFAULT_THRESHOLDS, LEVEL_METHODS, classify_levels, performance_groups
from .missing import IMPUTATIONS, ImputationResult
from .normalise import NORMALISATIONS, normalise
from .profiles import PROFILE_METHODS, ProfileResult, profile_clusters
from .treatment import TREATMENTS, TreatmentResult
from .uncertainty import UncertaintyResult, UncertaintySettings, rank_uncertainty
from .weights import WEIGHTINGS, WeightsResult

#: profiles use a fixed seed so that a new uncertainty seed moves only the uncertainty figures
PROFILE_SEED = 0
#: normalisations whose index is a ratio scale, so "% of the national index" has a meaning
RATIO_SCALES = ("minmax", "minmax100", "percent_of_reference", "distance_to_best")
#: output fields besides the per-indicator and per-group ones, with their meaning
FIELDS = {
    "in_index": "1 when the region is in the index, 0 when it was left out (see imputed)",
    "imputed": "indicators whose missing value was imputed, or why the region was left out",
    "innov_idx": "composite innovation index (higher is more innovative)",
    "innov_rank": "rank by the index, 1 = most innovative",
    "innov_lvl": "level: high, medium or low",
    "rel_nat": "index as % of the national index (or of the regional mean)",
    "perf_group": "scoreboard group: leader (>125 %), strong, moderate, emerging (<=70 %)",
    "rank_med": "median rank over the uncertainty runs",
    "rank_p05": "5th percentile rank over the uncertainty runs",
    "rank_p95": "95th percentile rank over the uncertainty runs",
    "rank_wide": "1 when the 90 % rank interval spans more than a quarter of the ranks",
    "p_top": "share of uncertainty runs in which the region ranks in the top level",
    "profile": "profile cluster, 1 = the cluster with the highest mean index",
}
#: fraction of the job done after these steps (the uncertainty runs take most of it)
PROGRESS = {"normalise": 0.2, "scoreboard": 0.3, "uncertainty": 0.9, "profiles": 0.95}


def _check_choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise unknown_choice(what, value, allowed, lead="choose one of")
    return value


@dataclass
class IndexOptions:
    """Every choice of the index; the defaults are documented in the algorithm's help."""

    groups: dict[str, list[str]] | None = None
    directions: dict[str, int] | None = None
    derived: str = ""
    imputation: str = "median"
    max_missing_share: float = 0.5
    treatment: str = "winsorise"
    max_winsorised: int = 5
    normalisation: str = "minmax"
    weighting: str = "equal"
    user_weights: dict[str, float] | None = None
    group_weights: dict[str, float] | None = None
    aggregation: str = "arithmetic"
    level_method: str = "thresholds"
    thresholds: tuple[float, float] | None = None
    profile_method: str = "kmeans"
    profile_k: int | None = None
    uncertainty: UncertaintySettings = field(default_factory=UncertaintySettings)

    def __post_init__(self) -> None:
        _check_choice(self.imputation, IMPUTATIONS, "imputation")
        _check_choice(self.treatment, TREATMENTS, "treatment")
        _check_choice(self.normalisation, NORMALISATIONS, "normalisation")
        _check_choice(self.weighting, WEIGHTINGS, "weighting")
        _check_choice(self.aggregation, AGGREGATIONS, "aggregation")
        _check_choice(self.level_method, LEVEL_METHODS, "level method")
        _check_choice(self.profile_method, PROFILE_METHODS, "profile method")

    def level_thresholds(self) -> tuple[float, float]:
        """Thresholds on the index's own scale (defaults: thirds of 0..1 or 0..100)."""
        return level_thresholds(self.thresholds, self.normalisation)


def level_thresholds(thresholds: tuple[float, float] | None,
                     normalisation: str) -> tuple[float, float]:
    """The given thresholds, or the defaults of a min-max index (thirds of 0..1 or 0..100)."""
    if thresholds is not None:
        return tuple(thresholds)
    if normalisation == "minmax100":
        return tuple(100 * value for value in DEFAULT_THRESHOLDS)
    if normalisation == "minmax":
        return DEFAULT_THRESHOLDS
    raise ParameterError(
        f"Levels by thresholds need the thresholds for a {normalisation} index (the "
        "defaults are for min-max 0..1 and 0..100): give two thresholds, or choose levels "
        "by quantiles or natural breaks."
    )


@dataclass
class IndexResult:
    """The index of every region and everything needed to reproduce and judge it.

    ``chain`` is the chain of steps that made it: ``chain.record()`` lists every step with its
    options, and :meth:`IndexChain.from_record` rebuilds a chain that re-runs it.
    """

    table: pd.DataFrame
    indicators: list[str]
    groups: dict[str, list[str]]
    field_names: dict[str, str]
    imputation: ImputationResult
    treatment: TreatmentResult
    weights: WeightsResult
    coherence: CoherenceResult
    uncertainty: UncertaintyResult
    profiles: ProfileResult
    record: dict[str, Any]
    notes: list[str]
    chain: IndexChain | None = None

    def weights_table(self) -> pd.DataFrame:
        """Normalised weights: one row per (group, indicator), plus the group weights."""
        rows = [
            (group, indicator, float(weight), float(self.record["group_weights"][group]))
            for group, weights in self.weights.weights.items()
            for indicator, weight in weights.items()
        ]
        return pd.DataFrame(rows, columns=["group", "indicator", "weight", "group_weight"])


def _numeric_values(frame: pd.DataFrame, indicators: list[str]) -> pd.DataFrame:
    """The indicator columns as float64; a text value is an error naming the field."""
    missing = [name for name in indicators if name not in frame.columns]
    if missing:
        raise ParameterError(
            f"Indicator field(s) {', '.join(missing)} are not in the layer; its fields are: "
            f"{', '.join(map(str, frame.columns))}."
        )
    values = frame[indicators].apply(pd.to_numeric, errors="coerce").astype("float64")
    text = values.isna() & frame[indicators].notna() & (frame[indicators].astype(str) != "")
    if text.to_numpy().any():
        column = text.any().idxmax()
        region = text[column].idxmax()
        raise ParameterError(
            f"Field {column!r} is not numeric (value {frame.at[region, column]!r} for feature "
            f"{region}): choose numeric indicator fields, or fix the join."
        )
    return values


def _resolve_groups(groups: dict[str, list[str]] | None,
                    columns: list[str]) -> dict[str, list[str]]:
    """The given groups (or the catalogue's), each member once, empty groups dropped."""
    groups = groups or default_groups(columns)
    groups = {name: list(dict.fromkeys(members)) for name, members in groups.items() if members}
    if not groups:
        raise ParameterError(
            "No indicator is assigned to a group: choose the fields of the innovation "
            "potential and performance groups (the catalogue's fields are found by themselves)."
        )
    return groups


@register
@dataclass(frozen=True)
class Select:
    """The chain's inputs: the grouped indicators of the table, as numbers, with directions.

    Adds the derived indicators (``derived``: one ``name = expression`` per line), takes the
    groups (the catalogue's when None) and their indicators as float fields, and the
    directions (the catalogue's, overridden by ``directions``); the national row, when
    given, is reduced to the same indicators.
    """

    groups: dict[str, list[str]] | None = None
    directions: dict[str, int] | None = None
    derived: str = ""
    name: ClassVar[str] = "select"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Select the indicators of the table in ``state.values``."""
        definitions = parse_definitions(self.derived)
        data = add_derived(state.values, definitions)
        national = state.national
        if national is not None and definitions:
            national = add_derived(national.to_frame().T, definitions).iloc[0]
        groups = _resolve_groups(self.groups, list(data.columns))
        indicators = list(dict.fromkeys(i for members in groups.values() for i in members))
        values = _numeric_values(data, indicators)
        if len(values) < 3:
            raise ParameterError(
                f"The layer has {len(values)} region(s); an index needs at least 3 to compare."
            )
        directions = directions_for(indicators, self.directions)
        if national is not None:
            national = pd.to_numeric(national.reindex(indicators), errors="coerce")
        return replace(state, values=values, directions=directions, groups=groups,
                       national=national)


@register
@dataclass(frozen=True)
class Levels:
    """Rank of every region (1 = highest index) and its level: high, medium or low.

    ``thresholds`` None takes the defaults of the chain's normalisation (min-max only); see
    :func:`.levels.classify_levels`.
    """

    method: str = "thresholds"
    thresholds: tuple[float, float] | None = None
    name: ClassVar[str] = "levels"

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> Levels:
        """Rebuild from :meth:`IndexChain.record` (thresholds may come back as a list)."""
        thresholds = options.get("thresholds")
        return cls(options.get("method", "thresholds"),
                   None if thresholds is None else tuple(thresholds))

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Rank and classify ``state.index``."""
        rank = state.index.rank(ascending=False, method="min").astype("int64")
        cuts = DEFAULT_THRESHOLDS
        if self.method == "thresholds":
            cuts = level_thresholds(self.thresholds, context.chain.step("normalise").method)
        return replace(state, rank=rank, levels=classify_levels(state.index, self.method, cuts))


@register
@dataclass(frozen=True)
class Scoreboard:
    """Index relative to the national index (or the regional mean), and scoreboard groups.

    Only for a ratio-scale index (:data:`RATIO_SCALES`).  The national row is normalised
    together with the treated regions (it lies within their range), by the chain's
    normalisation without a reference, and aggregated by the chain's ``aggregate`` step with
    the same weights.
    """

    name: ClassVar[str] = "scoreboard"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Relative scores and groups of ``state.index``."""
        normalisation = context.chain.step("normalise").method
        index = state.index
        if normalisation not in RATIO_SCALES:
            note = (
                f"Scoreboard groups need a ratio-scale index; a {normalisation} index has "
                "none, so rel_nat and perf_group are left empty."
            )
            return state.with_notes([note], relative=pd.Series(np.nan, index=index.index),
                                    performance=pd.Series(None, index=index.index, dtype=object))
        if state.national is not None and state.national.notna().all():
            reference = _national_index(state, context.chain)
            note = f"National index (reference of the scoreboard groups): {reference:.4f}."
        else:
            reference = float(index.mean())
            note = (
                "The table has no complete national row, so scoreboard groups are relative to "
                f"the regional mean index ({reference:.4f})."
            )
        relative, groups = performance_groups(index, reference)
        return state.with_notes([note], relative=relative, performance=groups)


def _national_index(state: ChainState, chain: IndexChain) -> float:
    """The national row normalised with the treated regions and aggregated like them."""
    treated = state.treatment.values
    row = state.national.reindex(treated.columns).to_frame().T
    row.index = ["__national__"]
    together = normalise(pd.concat([treated, row]), state.directions,
                         chain.step("normalise").method)
    aggregated = chain.run(replace(state, normalised=together), only=["aggregate"])
    return float(aggregated.index["__national__"])


@register
@dataclass(frozen=True)
class Coherence:
    """Correlations and Cronbach's alpha of the groups (:func:`.coherence.coherence`)."""

    name: ClassVar[str] = "coherence"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Coherence of ``state.normalised``."""
        result = coherence(state.normalised, state.groups)
        return state.with_notes(result.warnings, coherence=result)


@register
@dataclass(frozen=True)
class Uncertainty:
    """Ranks over alternative indices that re-run this chain (:mod:`.uncertainty`)."""

    settings: UncertaintySettings = field(default_factory=UncertaintySettings)
    name: ClassVar[str] = "uncertainty"

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> Uncertainty:
        """Rebuild from :meth:`IndexChain.record` (the settings come back as a dict)."""
        settings = dict(options.get("settings") or {})
        for key in ("normalisations", "aggregations", "imputations"):
            if key in settings:
                settings[key] = tuple(settings[key])
        return cls(UncertaintySettings(**settings))

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Monte Carlo ranks of the regions of ``state``."""
        result = rank_uncertainty(context.chain, state, self.settings,
                                  progress=context.progress, cancelled=context.cancelled)
        return state.with_notes(result.notes, uncertainty=result)


@register
@dataclass(frozen=True)
class Profiles:
    """Clusters of regions with similar normalised indicators (:mod:`.profiles`)."""

    method: str = "kmeans"
    k: int | None = None
    seed: int = PROFILE_SEED
    name: ClassVar[str] = "profiles"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Profiles of the regions of ``state``."""
        result = profile_clusters(state.normalised, state.index, self.method, k=self.k,
                                  seed=self.seed)
        return state.with_notes(result.notes, profiles=result)


def index_chain(options: IndexOptions) -> IndexChain:
    """The chain of steps the options describe, in the Handbook's order."""
    return IndexChain((
        Select(options.groups, options.directions, options.derived),
        Impute(options.imputation, options.max_missing_share),
        Treat(options.treatment, options.max_winsorised),
        Normalise(options.normalisation),
        Weight(options.weighting, options.user_weights, options.group_weights),
        Aggregate(options.aggregation),
        Levels(options.level_method, options.thresholds),
        Scoreboard(),
        Coherence(),
        Uncertainty(options.uncertainty),
        Profiles(options.profile_method, options.profile_k, PROFILE_SEED),
    ), PROGRESS)


def build_index(
    frame: pd.DataFrame,
    options: IndexOptions | None = None,
    national: pd.Series | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IndexResult:
    """Compute the composite innovation index of every region of ``frame``.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per region (for example a joined layer's attributes); indicator fields numeric.
    options : IndexOptions, optional
        Every choice; defaults as documented.
    national : pandas.Series, optional
        National values per indicator field (the table's national row): used by national
        imputation, percent-of-reference normalisation and the scoreboard groups.
    progress, cancelled : callable, optional
        Report the fraction done; ask whether to stop.

    Returns
    -------
    IndexResult
    """
    chain = index_chain(options or IndexOptions())
    return run_index(chain, frame, national, progress=progress, cancelled=cancelled)


def run_index(
    chain: IndexChain,
    frame: pd.DataFrame,
    national: pd.Series | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IndexResult:
    """Run a chain of index steps on a table of regions.

    :func:`build_index` runs the chain its options describe; a chain rebuilt from a
    result's record (``IndexChain.from_record(result.chain.record())``), or changed with
    :meth:`IndexChain.replace`, is re-run here.  The chain needs the steps of
    :func:`index_chain`, in that order.

    Parameters
    ----------
    chain : IndexChain
        The steps with their options.
    frame, national, progress, cancelled
        As for :func:`build_index`.

    Returns
    -------
    IndexResult
    """
    if not chain.marks:
        chain = replace(chain, marks=dict(PROGRESS))
    state = chain.run(ChainState(frame, national=national), progress=progress,
                      cancelled=cancelled)
    field_names = safe_field_names(
        [f"n_{name}" for name in state.indicators] + [f"si_{name}" for name in state.groups],
        reserved=[*map(str, frame.columns), *FIELDS],
    )
    table = _assemble(frame.index, state, field_names)
    record = _method_record(chain, state, field_names)
    if progress is not None:
        progress(1.0)
    return IndexResult(
        table=table, indicators=state.indicators, groups=state.groups, field_names=field_names,
        imputation=state.imputation, treatment=state.treatment, weights=state.weights,
        coherence=state.coherence, uncertainty=state.uncertainty, profiles=state.profiles,
        record=record, notes=list(state.notes), chain=chain,
    )


def _assemble(regions: pd.Index, state: ChainState, field_names: dict[str, str]) -> pd.DataFrame:
    """One row per input region (left-out regions included, with empty index fields)."""
    index = state.index
    table = pd.DataFrame(index=regions)
    table["in_index"] = regions.isin(index.index).astype("int64")
    imputed = state.imputation.imputed.apply(
        lambda row: ", ".join(row.index[row.to_numpy()]), axis=1
    )
    table["imputed"] = imputed.reindex(regions).fillna("")
    for region in state.imputation.dropped:
        table.loc[region, "imputed"] = "left out: too many missing values"
    for name in state.indicators:
        table[field_names[f"n_{name}"]] = state.normalised[name].reindex(regions)
    for name in state.groups:
        table[field_names[f"si_{name}"]] = state.subindices[name].reindex(regions)
    table["innov_idx"] = index.reindex(regions)
    table["innov_rank"] = state.rank.reindex(regions).astype("Int64")
    table["innov_lvl"] = state.levels.reindex(regions)
    table["rel_nat"] = state.relative.reindex(regions)
    table["perf_group"] = state.performance.reindex(regions)
    ranks = state.uncertainty.ranks.reindex(regions)
    table["rank_med"] = ranks["rank_median"]
    table["rank_p05"] = ranks["rank_p05"]
    table["rank_p95"] = ranks["rank_p95"]
    table["rank_wide"] = ranks["wide"].astype("boolean").astype("Int64")
    table["p_top"] = ranks["top_probability"]
    table["profile"] = state.profiles.labels.reindex(regions).astype("Int64")
    return table


def _method_record(chain: IndexChain, state: ChainState,
                   field_names: dict[str, str]) -> dict[str, Any]:
    """Every choice and what it did, for the provenance stored with the outputs."""
    select, impute, treat, norm, weight, aggregate, levels, uncertainty, profiles = (
        chain.step(name) for name in ("select", "impute", "treat", "normalise", "weight",
                                      "aggregate", "levels", "uncertainty", "profiles")
    )
    return {
        "indicators": state.indicators,
        "groups": {name: members for name, members in state.groups.items()},
        "directions": {name: int(value) for name, value in state.directions.items()},
        "derived": select.derived,
        "imputation": impute.method,
        "max_missing_share": impute.max_missing_share,
        "imputed_values": int(state.imputation.imputed.to_numpy().sum()),
        "regions_left_out": [str(region) for region in state.imputation.dropped],
        "treatment": treat.method,
        "max_winsorised": treat.max_points,
        "treated": {
            row["indicator"]: row["action"] for row in state.treatment.report.to_dict("records")
            if row["action"] not in ("none", "left as is")
        },
        "normalisation": norm.method,
        "weighting": weight.method,
        "weights": {group: {name: round(float(value), 6) for name, value in series.items()}
                    for group, series in state.weights.weights.items()},
        "group_weights": {name: float(value) for name, value in state.group_weights.items()},
        "aggregation": aggregate.method,
        "level_method": levels.method,
        "thresholds": list(level_thresholds(levels.thresholds, norm.method))
        if levels.method == "thresholds" else None,
        "cronbach_alpha": {name: round(float(value), 4)
                           for name, value in state.coherence.alpha.items()},
        "uncertainty": {**asdict(uncertainty.settings), "top_k": state.top_k},
        "profile_method": profiles.method,
        "profile_k": profiles.k,
        "profile_seed": profiles.seed,
        "profile_criterion": state.profiles.criterion,
        "profile_silhouette_sample": state.profiles.sample_size,
        "field_names": field_names,
    }
