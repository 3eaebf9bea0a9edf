"""The whole composite index: every step of the package, in the Handbook's order.

:func:`build_index` takes a table of regions (the joined layer's attributes) and
:class:`IndexOptions`, and returns an :class:`IndexResult` with one row per region and the
method record.  Each step is one module of this package; this module only chains them and
names the output fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..errors import ParameterError
from ..expressions import add_derived, parse_definitions
from ..fieldnames import safe_field_names
from ..indicators import default_groups, directions_for
from .aggregate import AGGREGATIONS, composite_index
from .coherence import CoherenceResult, coherence
from .levels import DEFAULT_THRESHOLDS, LEVEL_METHODS, classify_levels, performance_groups
from .missing import IMPUTATIONS, ImputationResult, impute
from .normalise import NORMALISATIONS, normalise
from .profiles import PROFILE_METHODS, ProfileResult, profile_clusters
from .treatment import TREATMENTS, TreatmentResult, treat
from .uncertainty import UncertaintyResult, UncertaintySettings, rank_uncertainty
from .weights import WEIGHTINGS, WeightsResult, compute_weights, normalise_weights

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


def _check_choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ParameterError(f"Unknown {what} {value!r}; choose one of: {', '.join(allowed)}.")
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
        if self.thresholds is not None:
            return tuple(self.thresholds)
        if self.normalisation == "minmax100":
            return tuple(100 * value for value in DEFAULT_THRESHOLDS)
        if self.normalisation == "minmax":
            return DEFAULT_THRESHOLDS
        raise ParameterError(
            f"Levels by thresholds need the thresholds for a {self.normalisation} index (the "
            "defaults are for min-max 0..1 and 0..100): give two thresholds, or choose levels "
            "by quantiles or natural breaks."
        )


@dataclass
class IndexResult:
    """The index of every region and everything needed to reproduce and judge it."""

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


def _resolve_groups(options: IndexOptions, columns: list[str]) -> dict[str, list[str]]:
    groups = options.groups or default_groups(columns)
    groups = {name: list(dict.fromkeys(members)) for name, members in groups.items() if members}
    if not groups:
        raise ParameterError(
            "No indicator is assigned to a group: choose the fields of the innovation "
            "potential and performance groups (the catalogue's fields are found by themselves)."
        )
    return groups


def _national_index(
    treated: pd.DataFrame, national: pd.Series, options: IndexOptions, directions: pd.Series,
    groups: dict[str, list[str]], weights: dict[str, pd.Series], group_weights: pd.Series,
) -> float:
    """The national row normalised with the regions (it lies within their range) and
    aggregated with the same weights."""
    row = national.reindex(treated.columns).to_frame().T
    row.index = ["__national__"]
    together = normalise(pd.concat([treated, row]), directions, options.normalisation)
    _, index, _ = composite_index(together, groups, weights, group_weights, options.aggregation)
    return float(index["__national__"])


def build_index(
    frame: pd.DataFrame,
    options: IndexOptions | None = None,
    national: pd.Series | None = None,
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
    options = options or IndexOptions()
    report = progress or (lambda fraction: None)
    notes: list[str] = []
    definitions = parse_definitions(options.derived)
    data = add_derived(frame, definitions)
    if national is not None and definitions:
        national = add_derived(national.to_frame().T, definitions).iloc[0]
    groups = _resolve_groups(options, list(data.columns))
    indicators = list(dict.fromkeys(i for members in groups.values() for i in members))
    values = _numeric_values(data, indicators)
    if len(values) < 3:
        raise ParameterError(
            f"The layer has {len(values)} region(s); an index needs at least 3 to compare."
        )
    directions = directions_for(indicators, options.directions)
    national_values = None
    if national is not None:
        national_values = pd.to_numeric(national.reindex(indicators), errors="coerce")

    imputation = impute(values, options.imputation, national_values, options.max_missing_share)
    treatment = treat(imputation.values, options.treatment, options.max_winsorised)
    reference = None
    if options.normalisation == "percent_of_reference" and national_values is not None:
        reference = _treated_reference(national_values, treatment)
    normalised = normalise(treatment.values, directions, options.normalisation, reference)
    report(0.2)
    weights = compute_weights(normalised, groups, options.weighting, options.user_weights)
    group_weights = normalise_weights(
        pd.Series({name: (options.group_weights or {}).get(name, 1.0) for name in groups},
                  dtype="float64"),
        "the groups",
    )
    subindices, index, aggregation_notes = composite_index(
        normalised, groups, weights.weights, group_weights, options.aggregation
    )
    notes += imputation.notes + treatment.notes + weights.notes + aggregation_notes
    rank = index.rank(ascending=False, method="min").astype("int64")
    levels = classify_levels(index, options.level_method, options.level_thresholds()
                             if options.level_method == "thresholds" else DEFAULT_THRESHOLDS)
    relative, groups_vs_nation = _scoreboard(
        index, treatment.values, national_values, options, directions, groups, weights.weights,
        group_weights, notes,
    )
    report(0.3)
    coherence_result = coherence(normalised, groups)
    notes += coherence_result.warnings
    top_k = int((levels == "high").sum())
    uncertainty = rank_uncertainty(
        treatment.values.where(~imputation.imputed), directions, groups, weights.weights,
        group_weights, top_k, options.uncertainty, national_values,
        progress=lambda fraction: report(0.3 + 0.6 * fraction), cancelled=cancelled,
    )
    notes += uncertainty.notes
    profiles = profile_clusters(normalised, index, options.profile_method, options.profile_k,
                                seed=PROFILE_SEED)
    notes += profiles.notes
    report(0.95)

    field_names = safe_field_names(
        [f"n_{name}" for name in indicators] + [f"si_{name}" for name in groups],
        reserved=[*map(str, frame.columns), *FIELDS],
    )
    table = _assemble(
        frame.index, imputation, normalised, subindices, index, rank, levels, relative,
        groups_vs_nation, uncertainty, profiles, field_names, indicators, groups,
    )
    record = _method_record(options, indicators, groups, directions, weights, group_weights,
                            imputation, treatment, coherence_result, top_k, field_names)
    report(1.0)
    return IndexResult(table, indicators, groups, field_names, imputation, treatment, weights,
                       coherence_result, uncertainty, profiles, record, notes)


def _treated_reference(national: pd.Series, treatment: TreatmentResult) -> pd.Series:
    """National values transformed like their indicators (log or square root)."""
    reference = national.copy()
    actions = treatment.report.set_index("indicator")["action"]
    for indicator, action in actions.items():
        if action == "log":
            reference[indicator] = np.log(reference[indicator])
        elif action == "sqrt":
            reference[indicator] = np.sqrt(reference[indicator])
    return reference


def _scoreboard(index, treated, national, options, directions, groups, weights, group_weights,
                notes) -> tuple[pd.Series, pd.Series]:
    """Index relative to the national index (or the regional mean) and scoreboard groups."""
    if options.normalisation not in RATIO_SCALES:
        notes.append(
            f"Scoreboard groups need a ratio-scale index; a {options.normalisation} index has "
            "none, so rel_nat and perf_group are left empty."
        )
        empty = pd.Series(np.nan, index=index.index)
        return empty, pd.Series(None, index=index.index, dtype=object)
    if national is not None and national.notna().all():
        reference = _national_index(treated, national, options, directions, groups, weights,
                                    group_weights)
        notes.append(f"National index (reference of the scoreboard groups): {reference:.4f}.")
    else:
        reference = float(index.mean())
        notes.append(
            "The table has no complete national row, so scoreboard groups are relative to the "
            f"regional mean index ({reference:.4f})."
        )
    return performance_groups(index, reference)


def _assemble(regions, imputation, normalised, subindices, index, rank, levels, relative,
              groups_vs_nation, uncertainty, profiles, field_names, indicators, groups
              ) -> pd.DataFrame:
    """One row per input region (left-out regions included, with empty index fields)."""
    table = pd.DataFrame(index=regions)
    table["in_index"] = regions.isin(index.index).astype("int64")
    imputed = imputation.imputed.apply(
        lambda row: ", ".join(row.index[row.to_numpy()]), axis=1
    )
    table["imputed"] = imputed.reindex(regions).fillna("")
    for region in imputation.dropped:
        table.loc[region, "imputed"] = "left out: too many missing values"
    for name in indicators:
        table[field_names[f"n_{name}"]] = normalised[name].reindex(regions)
    for name in groups:
        table[field_names[f"si_{name}"]] = subindices[name].reindex(regions)
    table["innov_idx"] = index.reindex(regions)
    table["innov_rank"] = rank.reindex(regions).astype("Int64")
    table["innov_lvl"] = levels.reindex(regions)
    table["rel_nat"] = relative.reindex(regions)
    table["perf_group"] = groups_vs_nation.reindex(regions)
    ranks = uncertainty.ranks.reindex(regions)
    table["rank_med"] = ranks["rank_median"]
    table["rank_p05"] = ranks["rank_p05"]
    table["rank_p95"] = ranks["rank_p95"]
    table["rank_wide"] = ranks["wide"].astype("boolean").astype("Int64")
    table["p_top"] = ranks["top_probability"]
    table["profile"] = profiles.labels.reindex(regions).astype("Int64")
    return table


def _method_record(options, indicators, groups, directions, weights, group_weights,
                   imputation, treatment, coherence_result, top_k, field_names) -> dict:
    """Every choice and what it did, for the provenance stored with the outputs."""
    settings = asdict(options.uncertainty)
    return {
        "indicators": indicators,
        "groups": {name: members for name, members in groups.items()},
        "directions": {name: int(value) for name, value in directions.items()},
        "derived": options.derived,
        "imputation": options.imputation,
        "max_missing_share": options.max_missing_share,
        "imputed_values": int(imputation.imputed.to_numpy().sum()),
        "regions_left_out": [str(region) for region in imputation.dropped],
        "treatment": options.treatment,
        "max_winsorised": options.max_winsorised,
        "treated": {
            row["indicator"]: row["action"] for row in treatment.report.to_dict("records")
            if row["action"] not in ("none", "left as is")
        },
        "normalisation": options.normalisation,
        "weighting": options.weighting,
        "weights": {group: {name: round(float(value), 6) for name, value in series.items()}
                    for group, series in weights.weights.items()},
        "group_weights": {name: float(value) for name, value in group_weights.items()},
        "aggregation": options.aggregation,
        "level_method": options.level_method,
        "thresholds": list(options.level_thresholds())
        if options.level_method == "thresholds" else None,
        "cronbach_alpha": {name: round(float(value), 4)
                           for name, value in coherence_result.alpha.items()},
        "uncertainty": {**settings, "top_k": top_k},
        "profile_method": options.profile_method,
        "profile_k": options.profile_k,
        "profile_seed": PROFILE_SEED,
        "field_names": field_names,
    }
