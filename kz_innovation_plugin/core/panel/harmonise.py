"""Harmonise a panel to one boundary set, every value marked with how it was obtained.

For each year and indicator, on the set it was published on (:func:`.recognise_sets`), the
crosswalk to the target set (:func:`.crosswalk`) gives each target region one of three
origins:

* the same territory: the value **as published**;
* several published regions (East Kazakhstan 2018 = East Kazakhstan 2022 + Abai): a count is
  their **sum**, a rate their **weighted mean** with the user's weight series (the rate's
  denominator: population, GRP ...) of the same year on the published set;
* a part of one published region (Turkistan and Shymkent from South Kazakhstan 2017): only
  with the user's rule, the old region's rate **copied** to each part, or its total
  **shared** in proportion to a weight of the target set.

A target region whose parts are not all published gets no value (mark ``incomplete``): a
gap is never filled.  What is missing (a kind, a weight, a rule) is reported in one message
before anything is computed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..choices import BOUNDARY_SET, QT_TRANSLATE_NOOP
from ..errors import CancelledError, ParameterError
from ..provenance import provenance_record
from ..regions import Gazetteer
from .kinds import COUNT, INDICATOR_KIND, PROPORTIONAL, resolve_kinds, resolve_split_rules
from .reading import Panel
from .rules import Needs, check_group, check_needs, needs_of_group
from .sets import PART, SAME, crosswalk, recognise_sets
from .weights import WeightBook

__all__ = [
    "HARMONISED_COLUMNS",
    "MARKS",
    "HarmoniseOptions",
    "HarmonisedPanel",
    "harmonise_panel",
]

PUBLISHED, SUMMED, WEIGHTED, COPIED, SHARED, INCOMPLETE = (
    "published", "sum", "weighted_mean", "copied", "share", "incomplete")
#: how a value was obtained (the ``method`` column) -> its label, for legends and reports
MARKS: dict[str, str] = {
    PUBLISHED: QT_TRANSLATE_NOOP("KzInnovation", "As published"),
    SUMMED: QT_TRANSLATE_NOOP("KzInnovation", "Sum of the published regions"),
    WEIGHTED: QT_TRANSLATE_NOOP("KzInnovation", "Weighted mean of the published regions"),
    COPIED: QT_TRANSLATE_NOOP("KzInnovation", "Copied from the old, larger region"),
    SHARED: QT_TRANSLATE_NOOP("KzInnovation", "Share of the old region's total by a weight"),
    INCOMPLETE: QT_TRANSLATE_NOOP("KzInnovation", "Not computed: a part has no value"),
}
#: columns of :attr:`HarmonisedPanel.data`
HARMONISED_COLUMNS = ("year", "indicator", "unit_id", "region", "value", "method",
                      "from_units", "weight", "source_set", "derivation")


@dataclass
class HarmoniseOptions:
    """Choices of the harmonisation.

    Attributes
    ----------
    target_set : str
        The boundary set of the result: ``"2017"``, ``"2018"`` or ``"2022"``.
    kinds : mapping
        Indicator -> ``"count"`` or ``"rate"``; when not given, the catalogue's kind
        (:data:`.kinds.CATALOGUE_KINDS`), and a count for an indicator of the table named
        as a weight (a weight is a total, some rate's denominator).
    weights : mapping
        Indicator -> the weight indicator (in the table or the weights table) used to merge
        its regions (a rate) or divide its total (a proportional split).
    split_rules : str or mapping, optional
        ``"copy_parent"``, ``"proportional"`` or ``"none"`` for every indicator, or per
        indicator; by default no region is split.
    declared_sets : mapping
        ``(year, indicator)`` or a year -> the set it was published on, instead of the
        recognised one.
    indicators : sequence of str, optional
        The indicators to harmonise; all by default.
    """

    target_set: str
    kinds: Mapping[str, str] = field(default_factory=dict)
    weights: Mapping[str, str] = field(default_factory=dict)
    split_rules: str | Mapping[str, str] | None = None
    declared_sets: Mapping[Any, str] = field(default_factory=dict)
    indicators: Sequence[str] | None = None

    def __post_init__(self) -> None:
        self.target_set = BOUNDARY_SET.resolve(str(self.target_set))
        self.kinds = {str(k): INDICATOR_KIND.resolve(v) for k, v in dict(self.kinds).items()}
        blank = [str(name) for name, weight in dict(self.weights).items()
                 if not str(weight or "").strip()]
        if blank:
            raise ParameterError(
                f"No weight indicator is named for {', '.join(blank)}: give the name of an "
                "indicator of the table or of the weights table (population, GRP ...).")
        self.weights = {str(k): str(v).strip() for k, v in dict(self.weights).items()}
        resolve_split_rules(self.split_rules, list(self.kinds))
        if self.indicators is not None:
            if isinstance(self.indicators, str) or not list(self.indicators):
                raise ParameterError(
                    f"indicators must be a non-empty list of indicator names, not "
                    f"{self.indicators!r}.")
            self.indicators = [str(name) for name in self.indicators]


@dataclass
class HarmonisedPanel:
    """A panel on one boundary set.

    Attributes
    ----------
    data : pandas.DataFrame
        One row per year, indicator and region of the target set (``HARMONISED_COLUMNS``):
        ``value``, ``method`` (a key of :data:`MARKS`), ``from_units`` (the published
        regions it comes from, comma-separated unit ids), ``weight`` (the weight indicator,
        if any), ``source_set`` (the set it was published on) and ``derivation`` (in words).
    groups : pandas.DataFrame
        Per year and indicator: the set it was published on, how that was recognised, and
        the methods used (``methods``).
    target_set : str
        The boundary set of ``data``.
    national : pandas.DataFrame
        The national rows of the table, unchanged.
    units : dict
        Indicator -> unit, from the table.
    provenance : dict
        The method record (:func:`..provenance.provenance_record`).
    notes : list of str
        What the reader and the harmonisation did, for the user.
    """

    data: pd.DataFrame
    groups: pd.DataFrame
    target_set: str
    national: pd.DataFrame
    units: dict[str, str] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def marks(self) -> pd.DataFrame:
        """The rows whose value is not as published (for the report)."""
        return self.data[self.data["method"] != PUBLISHED].reset_index(drop=True)

    def wide(self, year: int) -> pd.DataFrame:
        """One year as a table: one row per region (index ``unit_id``), one column per
        indicator, regions in the target set's order."""
        rows = self.data[self.data["year"] == int(year)]
        if rows.empty:
            raise ParameterError(
                f"The panel has no {year} values; its years are "
                f"{', '.join(map(str, sorted(self.data['year'].unique())))}.")
        table = rows.pivot(index="unit_id", columns="indicator", values="value")
        order = list(dict.fromkeys(self.data["unit_id"]))
        table = table.reindex([unit for unit in order if unit in table.index])
        table.columns.name = None
        return table[list(dict.fromkeys(rows["indicator"]))]


@dataclass
class _Context:
    """What every group's computation reads (and the weight gaps it finds)."""

    gazetteer: Gazetteer
    target_set: str
    kinds: dict[str, str | None]
    rules: dict[str, str]
    weights: dict[str, str]
    book: WeightBook
    gaps: list[str] = field(default_factory=list)

    def name(self, unit_id: str) -> str:
        return str(self.gazetteer.units.at[unit_id, "name_en"])

    def names(self, unit_ids: Sequence[str]) -> str:
        names = [self.name(unit) for unit in unit_ids]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def harmonise_panel(
    panel: Panel,
    options: HarmoniseOptions,
    *,
    weight_table: Panel | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> HarmonisedPanel:
    """Harmonise every year and indicator of ``panel`` to ``options.target_set``.

    Parameters
    ----------
    panel : Panel
        As read by :func:`.read_panel`.
    options : HarmoniseOptions
        Target set, kinds, weights, split rules.
    weight_table : Panel, optional
        Weight series (population, GRP ...) in the same long layout; they may also be
        indicators of ``panel``.  A series of the weights table replaces one of the same
        name and year in ``panel``.
    gazetteer : Gazetteer, optional
        Defaults to the bundled gazetteer.
    progress : callable, optional
        Called with the fraction done, 0 to 1.
    cancelled : callable, optional
        Returns True when the user cancelled.

    Returns
    -------
    HarmonisedPanel

    Raises
    ------
    MatchError
        A year's indicator fits no boundary set (the rows are named).
    ParameterError
        Kinds, weights or split rules are missing or unsuited (all named in one message), or
        a weight has no value for a region that needs it.
    CancelledError
        When ``cancelled()`` returns True.
    """
    gazetteer = gazetteer or Gazetteer.load()
    book = _weight_book(panel, options, weight_table, gazetteer)
    panel = _selected(panel, options.indicators)
    groups = recognise_sets(panel, gazetteer, options.declared_sets)
    context = _context(panel, options, book, gazetteer)
    _check(panel, groups, context)
    rows, methods = _all_rows(panel, groups, context, progress, cancelled)
    if context.gaps:
        raise ParameterError(
            "Some weights have no value where they are needed: "
            + "; ".join(dict.fromkeys(context.gaps))
            + ". Add these values to the weights (same year, regions of the set named)."
        )
    return _result(panel, groups.assign(methods=methods), rows, options, weight_table)


def _all_rows(
    panel: Panel,
    groups: pd.DataFrame,
    context: _Context,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[tuple], list[str]]:
    """The harmonised rows of every group, and the methods each group used."""
    rows, methods = [], []
    for position, group in enumerate(groups.itertuples()):
        if cancelled is not None and cancelled():
            raise CancelledError("The harmonisation was cancelled; nothing was written.")
        values = panel.data[(panel.data["year"] == group.year)
                            & (panel.data["indicator"] == group.indicator)]
        found = _group_rows(context, group.year, group.indicator, group.boundary_set, values)
        rows += found
        methods.append(", ".join(mark for mark in MARKS if mark in {row[5] for row in found}))
        if progress is not None:
            progress((position + 1) / len(groups))
    return rows, methods


def _selected(panel: Panel, indicators: Sequence[str] | None) -> Panel:
    """The panel restricted to ``indicators`` (all when None)."""
    if indicators is None:
        return panel
    unknown = [name for name in indicators if name not in panel.indicators]
    if unknown:
        raise ParameterError(
            f"No indicator {', '.join(unknown)} in the table; its indicators are "
            f"{', '.join(panel.indicators)}.")
    data = panel.data[panel.data["indicator"].isin(indicators)].reset_index(drop=True)
    return Panel(data, panel.national, panel.source, panel.units, panel.notes, panel.sources)


def _weight_book(
    panel: Panel, options: HarmoniseOptions, weight_table: Panel | None, gazetteer: Gazetteer
) -> WeightBook:
    """The weight series named in the options, from the table and the weights table."""
    sources = [source for source in (panel, weight_table) if source is not None]
    book = WeightBook(gazetteer, available=sorted(
        {name for source in sources for name in source.indicators}))
    names = sorted(set(options.weights.values()))
    for source in sources:
        found = [name for name in names if name in source.indicators]
        if found:
            weights = _selected(source, found)
            book.add(weights, recognise_sets(weights, gazetteer, options.declared_sets))
    return book


def _context(
    panel: Panel, options: HarmoniseOptions, book: WeightBook, gazetteer: Gazetteer
) -> _Context:
    """Kinds, rules and weight series of the run."""
    indicators = panel.indicators
    kinds = resolve_kinds(options.kinds, indicators)
    for name in set(options.weights.values()) & set(indicators):
        kinds[name] = kinds[name] or COUNT  # a weight is a total: a rate's denominator
    return _Context(
        gazetteer=gazetteer,
        target_set=options.target_set,
        kinds=kinds,
        rules=resolve_split_rules(options.split_rules, indicators),
        weights={name: options.weights[name] for name in indicators if name in options.weights},
        book=book,
    )


def _check(panel: Panel, groups: pd.DataFrame, context: _Context) -> None:
    """Raise one ParameterError naming every kind, weight and rule the run lacks."""
    needs = Needs()
    for group in groups.itertuples():
        if group.boundary_set == context.target_set:
            continue
        links = crosswalk(group.boundary_set, context.target_set, context.gazetteer)
        present = set(panel.data.loc[(panel.data["year"] == group.year)
                                     & (panel.data["indicator"] == group.indicator), "unit_id"])
        name = group.indicator
        check_group(needs, name, (int(group.year), group.boundary_set),
                    needs_of_group(links, present),
                    (context.kinds[name], context.weights.get(name), context.rules[name]))
    for name, weight in context.weights.items():
        if weight not in context.book.names:
            needs.unknown_weight[name] = (
                f"is {weight!r}, which is neither an indicator of the table nor of the weights "
                f"table (they have: {', '.join(context.book.available)})")
    check_needs(needs, context.target_set)


def _group_rows(
    context: _Context, year: int, indicator: str, source_set: str, values: pd.DataFrame
) -> list[tuple]:
    """The harmonised rows of one year and indicator."""
    published = dict(zip(values["unit_id"], values["value"].astype(float)))
    key = (int(year), str(indicator), source_set)
    if source_set == context.target_set:
        return [_row(context, key, unit, value, PUBLISHED, [unit], "", "as published")
                for unit, value in published.items()]
    links = crosswalk(source_set, context.target_set, context.gazetteer)
    rows = []
    for target, link in links.groupby("target_unit", sort=False):
        sources = list(link["source_unit"])
        if not set(sources) & set(published):
            continue
        relation = link["relation"].iloc[0]
        if relation == SAME:
            rows.append(_row(context, key, target, published[target], PUBLISHED, sources,
                             "", "as published"))
        elif relation == PART:
            rows.append(_merged(context, key, target, sources, published))
        else:
            siblings = list(links.loc[links["source_unit"] == sources[0], "target_unit"])
            rows.append(_split(context, key, target, sources[0], siblings, published))
    return rows


def _row(context: _Context, key: tuple[int, str, str], unit: str, value: float, method: str,
         sources: Sequence[str], weight: str, derivation: str) -> tuple:
    year, indicator, source_set = key
    return (year, indicator, unit, context.name(unit), value, method, ", ".join(sources),
            weight, source_set, derivation)


def _merged(context: _Context, key: tuple[int, str, str], target: str, parts: list[str],
            published: dict[str, float]) -> tuple:
    """A target region made of several published ones: sum or weighted mean."""
    year, indicator, source_set = key
    lacking = [part for part in parts if part not in published]
    where = f"{context.names(parts)} ({source_set} set)"
    if lacking:
        return _row(context, key, target, math.nan, INCOMPLETE, parts, "",
                    f"not computed: no value for {context.names(lacking)} ({source_set} set)")
    if context.kinds[indicator] != "rate":
        return _row(context, key, target, sum(published[p] for p in parts), SUMMED, parts, "",
                    f"sum of {where}")
    weight = context.weights[indicator]
    weights = _weights(context, weight, year, parts, source_set)
    if weights is None:
        return _row(context, key, target, math.nan, INCOMPLETE, parts, weight, "no weight")
    value = sum(published[p] * w for p, w in zip(parts, weights)) / sum(weights)
    return _row(context, key, target, value, WEIGHTED, parts, weight,
                f"mean of {where} weighted by {weight}")


def _split(context: _Context, key: tuple[int, str, str], target: str, parent: str,
           siblings: list[str], published: dict[str, float]) -> tuple:
    """A target region that is a part of one published region: copied or shared."""
    year, indicator, source_set = key
    where = f"{context.name(parent)} ({source_set} set)"
    if context.rules[indicator] != PROPORTIONAL:
        return _row(context, key, target, published[parent], COPIED, [parent], "",
                    f"copied from {where}")
    weight = context.weights[indicator]
    weights = _weights(context, weight, year, siblings, context.target_set)
    if weights is None:
        return _row(context, key, target, math.nan, INCOMPLETE, [parent], weight, "no weight")
    share = weights[siblings.index(target)] / sum(weights)
    return _row(context, key, target, published[parent] * share, SHARED, [parent], weight,
                f"share of {where} in proportion to {weight} "
                f"({context.names(siblings)}, {context.target_set} set)")


def _weights(context: _Context, weight: str, year: int, units: list[str],
             boundary_set: str) -> list[float] | None:
    """The weights of ``units``; None (the gap recorded) when one is missing or unusable."""
    found = [context.book.value(weight, year, unit, boundary_set) for unit in units]
    for unit, value in zip(units, found):
        if value is None:
            context.gaps.append(context.book.why_missing(weight, year, unit, boundary_set))
    if any(value is None for value in found):
        return None
    if any(value < 0 for value in found) or sum(found) <= 0:
        context.gaps.append(
            f"{weight} in {year} is negative or sums to zero for {context.names(units)}")
        return None
    return [float(value) for value in found]


def _result(panel: Panel, groups: pd.DataFrame, rows: list[tuple],
            options: HarmoniseOptions, weight_table: Panel | None) -> HarmonisedPanel:
    """Assemble the result, its notes and its method record."""
    data = pd.DataFrame(rows, columns=list(HARMONISED_COLUMNS))
    data["value"] = data["value"].astype("float64")
    counts = data["method"].value_counts()
    marks = {method: int(counts.get(method, 0)) for method in MARKS}
    notes = list(panel.notes)
    for group in groups.itertuples():
        if group.boundary_set != options.target_set:
            notes.append(f"{group.year}, {group.indicator}: published on the "
                         f"{group.boundary_set} set ({group.recognised}); values on the "
                         f"{options.target_set} set: {group.methods}.")
    if marks[INCOMPLETE]:
        notes.append(f"{marks[INCOMPLETE]} value(s) were not computed because a part of the "
                     "region has no published value (method 'incomplete').")
    provenance = provenance_record(
        "harmonise_panel",
        {"target_set": options.target_set, "kinds": dict(options.kinds),
         "weights": dict(options.weights), "split_rules": options.split_rules,
         "declared_sets": {str(key): value for key, value in options.declared_sets.items()},
         "indicators": options.indicators},
        source=panel.source,
        weight_source=weight_table.source if weight_table is not None else None,
        groups=[f"{g.year} {g.indicator}: {g.boundary_set} -> {options.target_set} "
                f"({g.methods})" for g in groups.itertuples()],
        marks=marks,
    )
    return HarmonisedPanel(data=data, groups=groups, target_set=options.target_set,
                           national=panel.national, units=dict(panel.units),
                           provenance=provenance, notes=notes)
