"""The composite index over several years, on one fixed reference so that scores compare.

An index normalised year by year measures each region against that year's regions only: a
region whose values do not change can still see its score move, because the others moved.
Here every year is normalised against one **fixed reference**, taken either from the
**pooled** panel (every region and year together, as COINr's global normalisation of a
panel does) or from a chosen **base year** (a stable benchmark, as the min-max "custom data
range" and z-score "custom" options of ArcGIS Pro's Calculate Composite Index give an index
that is recomputed as new years come).  The same treatment, weights and aggregation are
applied to every year, so a region's score changes only when its own values change (a gap
aside: it is filled from that year's regions).

Which normalisations support a fixed reference (:data:`.normalise.FIXED_REFERENCE`):

* ``minmax`` and ``minmax100``: the reference's minimum and maximum per indicator (pooled:
  every score stays within 0..1; base year: other years may fall below 0 or above 1);
* ``zscore``: the reference's mean and standard deviation;
* ``distance_to_best``: the reference's best value (its maximum, or minimum for a
  lower-is-better indicator);
* ``percent_of_reference``: the reference's regional mean (the national values, which
  change from year to year, are not used).

``rank`` cannot: a rank exists only among the regions of one year, so it is refused with a
:class:`~kz_innovation_plugin.core.errors.ParameterError` naming the alternatives.

How each year is computed
-------------------------
One :class:`~.chain.IndexChain` serves every year: ``select`` (the same groups and
directions), ``impute`` (year by year: a gap is filled from that year's regions),
``treat_fixed`` (:class:`TreatFixed`: the treatment decided once on the reference table),
``normalise`` (with the reference's bounds), ``weight_fixed`` (:class:`WeightFixed`: the
weights computed once on the normalised reference table) and ``aggregate_fixed``
(:class:`AggregateFixed`: with a geometric mean, one shift for every year).  The rank of each
year and its 90 % interval come from the uncertainty analysis of :mod:`.uncertainty`, run on
that year's chain with the same seed for every year; its runs normalise on the same fixed
reference, so ``rank`` is left out of the normalisations they draw.  A region without values
in a year, or left out for too many gaps, has no score and no rank in that year.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ..choices import PANEL_REFERENCE
from ..errors import CancelledError, KzInnovationError, ParameterError
from ..expressions import parse_definitions
from ..indicators import default_groups
from ..provenance import provenance_record
from .aggregate import GEOMETRIC_SHIFT, composite_index
from .chain import ChainState, Impute, IndexChain, Normalise, RunContext, register
from .index import IndexOptions, Select
from .normalise import BOUND_KEYS, FIXED_REFERENCE, name_list, normalise, reference_bounds
from .treatment import TreatmentResult, treat
from .uncertainty import UncertaintySettings, rank_uncertainty
from .weights import WeightsResult, compute_weights, normalise_weights

__all__ = [
    "LONG_COLUMNS",
    "REFERENCES",
    "AggregateFixed",
    "PanelIndexOptions",
    "PanelIndexResult",
    "TreatFixed",
    "WeightFixed",
    "check_fixed_reference",
    "panel_index",
]

#: where the fixed reference comes from: every year together, or one chosen year
REFERENCES = PANEL_REFERENCE.values
#: columns of :attr:`PanelIndexResult.scores`
LONG_COLUMNS = ("unit_id", "year", "index", "rank", "rank_median", "rank_p05", "rank_p95",
                "harmonised")
#: the numeric columns of the long table, which :meth:`PanelIndexResult.wide` spreads
VALUE_COLUMNS = LONG_COLUMNS[2:7]
#: columns per year of :attr:`PanelIndexResult.trajectory` (``index_2021`` ...)
TRAJECTORY_COLUMNS = ("index", "rank", "rank_p05", "rank_p95")
#: what each normalisation takes from the reference, for the notes
_TAKES = {"minmax": "minimum and maximum", "minmax100": "minimum and maximum",
          "zscore": "mean and standard deviation", "distance_to_best": "best value",
          "percent_of_reference": "regional mean"}
#: fraction of the job done before the uncertainty runs
_BEFORE_RUNS = 0.1


def check_fixed_reference(normalisation: str) -> str:
    """Return ``normalisation`` if it can be taken on a fixed reference, else refuse it.

    Raises
    ------
    ParameterError
        For ``rank`` (ranks exist only within one year) or an unknown normalisation, naming
        the normalisations that support a fixed reference.
    """
    if normalisation in FIXED_REFERENCE:
        return normalisation
    why = ("ranks exist only among the regions of one year, so a rank-normalised score "
           "cannot be compared across years" if normalisation == "rank"
           else "it is not a normalisation the index knows")
    raise ParameterError(
        f'The index over years cannot use "{normalisation}" normalisation: {why}. Choose '
        f"one that takes a fixed reference: {', '.join(FIXED_REFERENCE)}."
    )


@dataclass
class PanelIndexOptions:
    """Choices of the index over years.

    Attributes
    ----------
    index : IndexOptions
        The index's own choices (groups, directions, imputation, treatment, normalisation,
        weights, aggregation, uncertainty settings); its level and profile choices are not
        used.  The normalisation must support a fixed reference
        (:func:`check_fixed_reference`).
    reference : {"pooled", "base_year"}
        Take the reference from every year of the panel together, or from ``base_year``.
    base_year : int, optional
        The reference year; required by, and only used with, ``"base_year"``.
    years : sequence of int, optional
        The years to compute (at least two); all years of the panel by default.
    """

    index: IndexOptions = field(default_factory=IndexOptions)
    reference: str = "pooled"
    base_year: int | None = None
    years: Sequence[int] | None = None

    def __post_init__(self) -> None:
        if self.reference not in REFERENCES:
            raise ParameterError(
                f'Unknown reference "{self.reference}" for the index over years; choose '
                f"{' or '.join(REFERENCES)}."
            )
        if self.reference == "base_year" and self.base_year is None:
            raise ParameterError(
                "A base-year reference needs the base year: give one of the panel's years."
            )
        if self.years is not None:
            self.years = sorted({int(year) for year in self.years})
        check_fixed_reference(self.index.normalisation)


@register
@dataclass(frozen=True)
class TreatFixed:
    """The reference's treatment applied to one year's table.

    Attributes
    ----------
    transforms : dict of str to str, optional
        Indicator -> ``"log"`` or ``"sqrt"``: transformed in every year as on the reference.
    clips : dict of str to (float, float), optional
        Indicator -> (low, high): a winsorised indicator is clipped to the range the
        winsorisation of the reference kept, in every year (on the pooled reference this
        is exactly the winsorisation of the pooled table).
    """

    transforms: dict[str, str] | None = None
    clips: dict[str, tuple[float, float]] | None = None
    name: ClassVar[str] = "treat_fixed"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Treat ``state.values`` as the reference was treated."""
        values = state.values.copy()
        actions = pd.Series("none", index=values.columns, dtype=object)
        notes = []
        for indicator, how in (self.transforms or {}).items():
            column = values[indicator]
            bad = column <= 0 if how == "log" else column < 0
            if bad.any():
                raise ParameterError(
                    f'Indicator "{indicator}" is {how}-transformed on the reference, but '
                    f"region {column.index[bad.to_numpy()][0]} has {column[bad].iloc[0]:g}, "
                    f"which a {how} cannot take; choose another treatment or reference."
                )
            values[indicator] = np.log(column) if how == "log" else np.sqrt(column)
            actions[indicator] = how
        for indicator, (low, high) in (self.clips or {}).items():
            column = values[indicator]
            values[indicator] = column.clip(low, high)
            changed = int((values[indicator] != column).sum())
            actions[indicator] = f"clipped to {low:g}..{high:g}"
            if changed:
                notes.append(f'{changed} value(s) of "{indicator}" set to the end of the '
                             f"reference's winsorised range ({low:g} to {high:g}).")
        report = pd.DataFrame({"indicator": values.columns, "action": actions.to_numpy()})
        return state.with_notes(notes, values=values,
                                treatment=TreatmentResult(values, report, []))


@register
@dataclass(frozen=True)
class WeightFixed:
    """Weights computed once (on the reference) and used for every year.

    Attributes
    ----------
    weights : dict of str to dict of str to float, optional
        Group -> indicator -> weight, summing to 1 within each group.
    group_weights : dict of str to float, optional
        Group -> weight, summing to 1.
    method : str
        How the weights were obtained (equal, user, pca, entropy), for the record.
    """

    weights: dict[str, dict[str, float]] | None = None
    group_weights: dict[str, float] | None = None
    method: str = "equal"
    name: ClassVar[str] = "weight_fixed"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Give ``state`` the fixed weights."""
        if self.weights is None or self.group_weights is None:
            raise ParameterError("The fixed weights of the index over years are not set.")
        weights = {group: pd.Series(members, dtype="float64")
                   for group, members in self.weights.items()}
        return replace(state, weights=WeightsResult(weights, self.method),
                       group_weights=pd.Series(self.group_weights, dtype="float64"))


@register
@dataclass(frozen=True)
class AggregateFixed:
    """Sub-indices and the index with one shift for every year.

    Attributes
    ----------
    method : {"arithmetic", "geometric"}
        The aggregation.
    offset : float
        Added to every normalised value before a geometric mean and subtracted from the
        sub-indices and the index after it: the same for every year (0 when every
        normalised value of every year is positive, and always for ``arithmetic``).
    """

    method: str = "arithmetic"
    offset: float = 0.0
    name: ClassVar[str] = "aggregate_fixed"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Aggregate ``state.normalised`` with the state's weights."""
        subindices, index, notes = composite_index(
            state.normalised + self.offset, state.groups, state.weights.weights,
            state.group_weights, method=self.method)
        return state.with_notes(notes, subindices=subindices - self.offset,
                                index=index - self.offset)


@dataclass
class PanelIndexResult:
    """The index of every region in every year, on one fixed reference.

    Attributes
    ----------
    scores : pandas.DataFrame
        The long table, columns :data:`LONG_COLUMNS`: one row per region and year in which
        it has a score; ``index`` the score (comparable across years), ``rank`` its rank in
        that year (1 = highest), ``rank_median``, ``rank_p05`` and ``rank_p95`` the median
        and 90 % interval of its rank over the uncertainty runs of that year;
        ``harmonised`` the index's indicators whose value for that region and year was not
        as published (summed, weighted, copied, shared or not computed and imputed; see
        :data:`..panel.MARKS`), comma-separated, empty when all were published (always
        empty for tables given year by year).  Sorted by year, then rank.
    trajectory : pandas.DataFrame
        The wide table: one row per region (index ``unit_id``), for each year the columns
        ``index_<year>``, ``rank_<year>``, ``rank_p05_<year>`` and ``rank_p95_<year>``;
        empty where the region has no score that year.
    years : list of int
        The years computed, ascending.
    regions_per_year : dict of int to int
        How many regions are ranked in each year.
    reference : str
        ``"pooled"`` or ``"base_year"``.
    base_year : int or None
        The reference year of a base-year reference.
    bounds : pandas.DataFrame
        The fixed reference: one row per indicator, columns ``min``, ``max``, ``mean`` and
        ``sd`` of the treated reference table (the normalisation uses the ones it needs).
    weights : WeightsResult
        The indicator weights, computed once on the normalised reference table.
    group_weights : pandas.Series
        The group weights (sum 1).
    treatment : TreatmentResult
        The treatment of the reference table, whose decisions every year repeats.
    offset : float
        The common shift of a geometric mean (0 otherwise).
    chain : IndexChain
        The chain every year ran (``chain.record()`` lists its steps with the bounds,
        the fixed treatment and weights).
    settings : UncertaintySettings
        The uncertainty settings used for every year (normalisations without ``rank``).
    notes : list of str
        What was done, in words: years, regions per year, regions left out of a year,
        the reference, treatment, weights, uncertainty.
    provenance : dict
        The method record (:func:`..provenance.provenance_record`).
    """

    scores: pd.DataFrame
    trajectory: pd.DataFrame
    years: list[int]
    regions_per_year: dict[int, int]
    reference: str
    base_year: int | None
    bounds: pd.DataFrame
    weights: WeightsResult
    group_weights: pd.Series
    treatment: TreatmentResult
    offset: float
    chain: IndexChain
    settings: UncertaintySettings
    notes: list[str] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)

    def wide(self, column: str = "index") -> pd.DataFrame:
        """One column of :attr:`scores` as regions (index ``unit_id``) x years (int columns),
        empty where a region has no score: the layout the dynamics tools read."""
        if column not in VALUE_COLUMNS:
            raise ParameterError(
                f'No column "{column}" in the index over years; choose one of '
                f"{', '.join(VALUE_COLUMNS)}."
            )
        table = self.scores.pivot(index="unit_id", columns="year", values=column)
        table = table.reindex(index=self.trajectory.index, columns=self.years)
        table.columns.name = None
        return table


def _year_tables(panel: Any, years: Sequence[int] | None) -> dict[int, pd.DataFrame]:
    """Each year's table (regions x indicators, index ``unit_id``) of the chosen years."""
    if hasattr(panel, "wide") and hasattr(panel, "data"):
        available = sorted(int(year) for year in pd.unique(panel.data["year"]))
        get = panel.wide
    elif isinstance(panel, Mapping):
        tables = {int(year): table for year, table in panel.items()}
        available = sorted(tables)
        get = tables.__getitem__
    else:
        raise ParameterError(
            f"The index over years needs a harmonised panel (or one table per year); got "
            f"{type(panel).__name__}. Harmonise the multi-year table to one boundary set first."
        )
    chosen = available if years is None else list(years)
    unknown = [year for year in chosen if year not in available]
    if unknown:
        raise ParameterError(
            f"The panel has no year {', '.join(map(str, unknown))}; its years are "
            f"{', '.join(map(str, available))}."
        )
    if len(chosen) < 2:
        raise ParameterError(
            f"The index over years needs at least two years; got {len(chosen)} "
            f"({', '.join(map(str, chosen)) or 'none'}). For one year use the composite index."
        )
    return {year: _region_ids(get(year)) for year in chosen}


def _region_ids(table: pd.DataFrame) -> pd.DataFrame:
    """A year's table with its region ids as text, so that years match region by region."""
    table = table.copy()
    table.index = pd.Index(table.index.astype(str), name="unit_id")
    return table


def _panel_groups(tables: dict[int, pd.DataFrame],
                  options: IndexOptions) -> dict[str, list[str]]:
    """The groups used every year; refuses an indicator without any value in some year."""
    columns = list(dict.fromkeys(c for table in tables.values() for c in table.columns))
    groups = options.groups or default_groups(columns)
    derived = {definition.name for definition in parse_definitions(options.derived)}
    needed = [name for name in dict.fromkeys(i for ids in groups.values() for i in ids)
              if name not in derived]
    gaps = {}
    for name in needed:
        empty = [year for year, table in tables.items()
                 if name not in table.columns or table[name].isna().all()]
        if empty:
            gaps[name] = empty
    if gaps:
        listed = "; ".join(f"{name} in {', '.join(map(str, years))}"
                           for name, years in gaps.items())
        raise ParameterError(
            f"The index over years needs every indicator in every year, but some have no "
            f"value at all: {listed}. Leave these indicators out, or choose other years."
        )
    return {name: list(ids) for name, ids in groups.items()}


def _run_years(chain: IndexChain, states: dict[int, ChainState], only: list[str],
               cancelled: Callable[[], bool] | None = None) -> dict[int, ChainState]:
    """Run the named steps on every year's state; an error names its year."""
    done = {}
    for year, state in states.items():
        if cancelled is not None and cancelled():
            raise CancelledError("The index over years was cancelled; nothing was written.")
        try:
            done[year] = chain.run(state, only=only)
        except CancelledError:
            raise
        except KzInnovationError as exc:
            raise type(exc)(f"{year}: {exc}") from exc
    return done


def _reference_table(states: dict[int, ChainState], options: PanelIndexOptions) -> pd.DataFrame:
    """The table the reference is taken from: every year stacked, or the base year."""
    if options.reference == "pooled":
        return pd.concat({year: state.values for year, state in states.items()},
                         names=["year", "unit_id"])
    if options.base_year not in states:
        raise ParameterError(
            f"The base year {options.base_year} is not among the years computed "
            f"({', '.join(map(str, states))}); choose one of them."
        )
    return states[options.base_year].values


def _fixed_treatment(table: pd.DataFrame, options: IndexOptions) -> tuple[dict, TreatmentResult]:
    """The treatment of the reference table, and its decisions as :class:`TreatFixed` options."""
    result = treat(table, options.treatment, options.max_winsorised)
    transforms, clips = {}, {}
    for indicator, action in zip(result.report["indicator"], result.report["action"]):
        if action in ("log", "sqrt"):
            transforms[indicator] = action
        elif str(action).startswith("winsorised"):
            column = result.values[indicator]
            clips[indicator] = (float(column.min()), float(column.max()))
    return {"transforms": transforms, "clips": clips}, result


def _fixed_weights(normalised: pd.DataFrame, groups: dict[str, list[str]],
                   options: IndexOptions) -> tuple[dict, WeightsResult, pd.Series]:
    """Indicator weights of the normalised reference table and the group weights."""
    result = compute_weights(normalised, groups, options.weighting, options.user_weights)
    raw = pd.Series({name: (options.group_weights or {}).get(name, 1.0) for name in groups},
                    dtype="float64")
    group_weights = normalise_weights(raw, "the groups")
    step = {
        "weights": {group: {name: float(value) for name, value in weights.items()}
                    for group, weights in result.weights.items()},
        "group_weights": {name: float(value) for name, value in group_weights.items()},
        "method": options.weighting,
    }
    return step, result, group_weights


def _offset(states: dict[int, ChainState], method: str) -> float:
    """One shift for a geometric mean of every year: the smallest normalised value of the
    panel becomes :data:`.aggregate.GEOMETRIC_SHIFT` (0 when every value is positive)."""
    if method != "geometric":
        return 0.0
    smallest = min(float(state.normalised.to_numpy().min()) for state in states.values())
    return 0.0 if smallest > 0 else GEOMETRIC_SHIFT - smallest


def _uncertainty_settings(settings: UncertaintySettings) -> tuple[UncertaintySettings, list]:
    """The settings with the normalisations a fixed reference supports (``rank`` left out)."""
    kept = tuple(name for name in settings.normalisations if name in FIXED_REFERENCE)
    if not kept:
        raise ParameterError(
            "The uncertainty runs of the index over years need at least one normalisation "
            f"that takes a fixed reference ({', '.join(FIXED_REFERENCE)}); the settings list "
            f"only {', '.join(settings.normalisations)}."
        )
    left = [name for name in settings.normalisations if name not in kept]
    notes = [f"The uncertainty runs leave out the {', '.join(left)} normalisation: it has no "
             "fixed reference."] if left else []
    return replace(settings, normalisations=kept), notes


def _start_chain(options: IndexOptions, groups: dict[str, list[str]]) -> IndexChain:
    """Every year's chain, before the reference fills its fixed steps."""
    return IndexChain((
        Select(groups, options.directions, options.derived),
        Impute(options.imputation, options.max_missing_share),
        TreatFixed(),
        Normalise(options.normalisation),
        WeightFixed(),
        AggregateFixed(options.aggregation),
    ))


def _fixed_chain(tables: dict[int, pd.DataFrame], options: PanelIndexOptions,
                 cancelled: Callable[[], bool] | None) -> tuple[IndexChain, dict, dict]:
    """The chain with its reference-based steps set, each year's state after aggregation,
    and what the reference gave (treatment, bounds, weights)."""
    index_options = options.index
    chain = _start_chain(index_options, _panel_groups(tables, index_options))
    states = {year: ChainState(table) for year, table in tables.items()}
    states = _run_years(chain, states, ["select", "impute"], cancelled)
    fixed, treatment = _fixed_treatment(_reference_table(states, options), index_options)
    chain = chain.replace("treat_fixed", **fixed)
    bounds = reference_bounds(treatment.values)
    chain = chain.replace("normalise", bounds=bounds)
    states = _run_years(chain, states, ["treat_fixed", "normalise"], cancelled)
    first = next(iter(states.values()))
    reference = normalise(treatment.values, first.directions, index_options.normalisation,
                          bounds=bounds)
    step, weights, group_weights = _fixed_weights(reference, first.groups, index_options)
    chain = chain.replace("weight_fixed", **step)
    chain = chain.replace("aggregate_fixed", offset=_offset(states, index_options.aggregation))
    states = _run_years(chain, states, ["weight_fixed", "aggregate_fixed"], cancelled)
    found = {"treatment": treatment, "bounds": bounds, "weights": weights,
             "group_weights": group_weights}
    return chain, states, found


def _year_rows(year: int, state: ChainState, ranks: pd.DataFrame) -> pd.DataFrame:
    """The long table's rows of one year."""
    index = state.index
    return pd.DataFrame({
        "unit_id": index.index,
        "year": year,
        "index": index.to_numpy(dtype="float64"),
        "rank": index.rank(ascending=False, method="min").astype("int64").to_numpy(),
        "rank_median": ranks["rank_median"].reindex(index.index).to_numpy(),
        "rank_p05": ranks["rank_p05"].reindex(index.index).to_numpy(),
        "rank_p95": ranks["rank_p95"].reindex(index.index).to_numpy(),
    })


def _ranked(chain: IndexChain, states: dict[int, ChainState], settings: UncertaintySettings,
            progress: Callable[[float], None], cancelled: Callable[[], bool] | None,
            ) -> pd.DataFrame:
    """The long table: every year's scores, ranks and rank intervals (one seed for all)."""
    parts = []
    for number, (year, state) in enumerate(states.items()):
        share = (1.0 - _BEFORE_RUNS) / len(states)
        start = _BEFORE_RUNS + number * share

        def report(fraction: float, start: float = start, share: float = share) -> None:
            progress(start + share * fraction)

        try:
            result = rank_uncertainty(chain, state, settings, progress=report,
                                      cancelled=cancelled)
        except ParameterError as exc:
            raise ParameterError(f"{year}: {exc}") from exc
        parts.append(_year_rows(year, state, result.ranks))
    scores = pd.concat(parts, ignore_index=True)
    return scores.sort_values(["year", "rank", "unit_id"], kind="stable", ignore_index=True)


def _harmonised(panel: Any, scores: pd.DataFrame, chain: IndexChain) -> pd.DataFrame:
    """The long table with, per region and year, the index's indicators that were not as
    published in a harmonised panel."""
    data = getattr(panel, "data", None)
    marks: dict = {}
    if isinstance(data, pd.DataFrame) and {"method", "unit_id", "year"} <= set(data.columns):
        indicators = [i for ids in chain.step("select").groups.values() for i in ids]
        rows = data[data["indicator"].isin(indicators) & (data["method"] != "published")]
        for (unit, year), found in rows.groupby(["unit_id", "year"], sort=False):
            marks[(str(unit), int(year))] = ", ".join(dict.fromkeys(found["indicator"]))
    keys = zip(scores["unit_id"], scores["year"])
    return scores.assign(harmonised=[marks.get((unit, int(year)), "") for unit, year in keys])


def _trajectory(scores: pd.DataFrame, years: list[int], regions: list[str]) -> pd.DataFrame:
    """The wide table: per region, each year's score, rank and rank interval."""
    table = pd.DataFrame(index=pd.Index(regions, name="unit_id"))
    for year in years:
        rows = scores[scores["year"] == year].set_index("unit_id")
        for column in TRAJECTORY_COLUMNS:
            values = rows[column].reindex(table.index)
            table[f"{column}_{year}"] = values.astype("Int64") if column == "rank" else values
    return table


def _reference_notes(result_years: list[int], options: PanelIndexOptions,
                     chain: IndexChain, found: dict) -> list[str]:
    """The reference, treatment and weights, in words."""
    index_options = options.index
    where = ("the pooled panel (every region and year together)"
             if options.reference == "pooled" else f"the base year {options.base_year}")
    notes = [
        f"Index over {len(result_years)} years ({', '.join(map(str, result_years))}) on a fixed "
        f"reference: {index_options.normalisation} normalisation with the "
        f"{_TAKES[index_options.normalisation]} of {where}, so that scores compare across "
        "years.",
        f"The weights ({index_options.weighting}) and the aggregation "
        f"({index_options.aggregation}) are the same every year; the weights were computed "
        "once, on the reference.",
    ]
    treated, offset = chain.step("treat_fixed"), chain.step("aggregate_fixed").offset
    transforms, clips = treated.transforms, treated.clips
    if transforms or clips:
        notes.append(
            "The treatment was decided once, on the reference, and repeated every year: "
            + "; ".join([f"{name}: {how}" for name, how in transforms.items()]
                        + [f"{name}: clipped to {low:g} to {high:g}"
                           for name, (low, high) in clips.items()]) + ".")
    notes += [f"Reference: {note}" for note in found["treatment"].notes]
    notes += [f"Reference: {note}" for note in found["weights"].notes]
    if offset:
        notes.append(f"Geometric mean: every normalised value of every year was shifted by "
                     f"{offset:g} (the same shift each year) and the shift subtracted after.")
    return notes


def _year_notes(states: dict[int, ChainState], regions: list[str]) -> list[str]:
    """Regions ranked per year, regions left out of a year, and each year's step notes."""
    counts = {year: len(state.index) for year, state in states.items()}
    notes = ["Regions ranked per year: "
             + ", ".join(f"{year}: {count}" for year, count in counts.items()) + "."]
    for year, state in states.items():
        absent = [region for region in regions if region not in state.index.index]
        if absent:
            notes.append(f"{year}: {name_list(absent)} left out of that year's scores and "
                         "ranks (no values, or too many gaps).")
    if len(set(counts.values())) > 1:
        notes.append("The number of regions ranked differs between years, so a rank of one "
                     "year is on another scale than a rank of another; compare the scores.")
    for year, state in states.items():
        notes += [f"{year}: {note}" for note in state.notes]
    return notes


def _closing_notes(scores: pd.DataFrame, settings: UncertaintySettings,
                   run_notes: list[str]) -> list[str]:
    """Scores built on harmonised values, and the uncertainty runs, in words."""
    notes = []
    marked = int((scores["harmonised"] != "").sum())
    if marked:
        notes.append(f"{marked} of {len(scores)} scores (region and year) use values that were "
                     "not as published (harmonised across a boundary reform): see the "
                     "harmonised column.")
    return notes + run_notes + [
        f"Rank intervals: {settings.runs} uncertainty runs per year with seed {settings.seed} "
        "(the same each year), normalising on the same fixed reference."]


def _provenance(panel: Any, options: PanelIndexOptions, chain: IndexChain,
                settings: UncertaintySettings, counts: dict[int, int]) -> dict[str, Any]:
    """The method record of the index over years."""
    source = getattr(panel, "provenance", {}) or {}
    return provenance_record(
        "panel_index",
        {"reference": options.reference, "base_year": options.base_year,
         "years": list(counts), "normalisation": options.index.normalisation,
         "weighting": options.index.weighting, "aggregation": options.index.aggregation,
         "imputation": options.index.imputation, "treatment": options.index.treatment,
         "uncertainty": asdict(settings)},
        source=source.get("source"),
        boundary_set=getattr(panel, "target_set", None),
        regions_per_year={str(year): count for year, count in counts.items()},
        chain=chain.record(),
    )


def panel_index(
    panel: Any,
    options: PanelIndexOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PanelIndexResult:
    """Compute the composite index of every region in every year on one fixed reference.

    Parameters
    ----------
    panel : HarmonisedPanel or mapping of int to pandas.DataFrame
        A panel harmonised to one boundary set (:func:`..panel.harmonise_panel`; its
        ``wide(year)`` gives each year's table), or one table per year (regions in rows,
        index ``unit_id``, indicators in columns).
    options : PanelIndexOptions, optional
        Reference, years and the index's choices; a pooled min-max reference by default.
    progress, cancelled : callable, optional
        Report the fraction done; ask whether to stop (raises :class:`CancelledError`).

    Returns
    -------
    PanelIndexResult

    Raises
    ------
    ParameterError
        Fewer than two years, an unknown year or base year, ``rank`` normalisation, an
        indicator without any value in a year, or any error of the index steps (named with
        its year).
    """
    options = options or PanelIndexOptions()
    report = progress or (lambda fraction: None)
    tables = _year_tables(panel, options.years)
    settings, run_notes = _uncertainty_settings(options.index.uncertainty)
    chain, states, found = _fixed_chain(tables, options, cancelled)
    report(_BEFORE_RUNS)
    scores = _harmonised(panel, _ranked(chain, states, settings, report, cancelled), chain)
    regions = list(dict.fromkeys(str(unit) for table in tables.values() for unit in table.index))
    years = list(states)
    counts = {year: len(state.index) for year, state in states.items()}
    offset = chain.step("aggregate_fixed").offset
    notes = (_reference_notes(years, options, chain, found) + _year_notes(states, regions)
             + _closing_notes(scores, settings, run_notes))
    report(1.0)
    return PanelIndexResult(
        scores=scores, trajectory=_trajectory(scores, years, regions), years=years,
        regions_per_year=counts, reference=options.reference,
        base_year=options.base_year if options.reference == "base_year" else None,
        bounds=pd.DataFrame.from_dict(found["bounds"], orient="index")[list(BOUND_KEYS)],
        weights=found["weights"], group_weights=found["group_weights"],
        treatment=found["treatment"], offset=offset, chain=chain, settings=settings,
        notes=notes, provenance=_provenance(panel, options, chain, settings, counts),
    )
