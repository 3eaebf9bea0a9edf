"""The full analysis's Dynamics part, for an indicator table of several years.

The one-year analysis (:mod:`.full`) takes one year of the table; when the table is long and
holds several years, this module adds, on the same regions, weights and cores:

1. the table as a panel (:func:`..panel.read_panel`), harmonised to the boundary set of the
   analysis layer (:func:`..panel.harmonise_panel`, with the catalogue's kinds or the user's,
   the user's weights and split rule).  An indicator that cannot be harmonised (a rate
   merged across a reform without its weight, a split without a rule) is left out of the
   dynamics with a note naming it and how to give what it lacks; the one-year analysis is
   not affected;
2. the index over years on a pooled reference (:func:`..composite.panel_index.panel_index`)
   with the analysis's index choices where they apply (a rank normalisation falls back to
   min-max, with a note), on the indicators of the one-year index that have values in every
   year kept (the most years, then the most indicators);
3. the emerging hot spot patterns of that index
   (:func:`..dynamics.emerging.emerging_hotspots`) with the analysis's weights and inference;
4. the multiplier effect estimated for each core (:mod:`..dynamics.spillover`): y the index,
   x one indicator (the user's, by default the catalogue's R&D expenditure); a
   fixed-effects panel when the years reach :attr:`DynamicsJob.panel_years`, else the
   cross-section of the analysis's year (y the one-year index).

A part that the data do not allow is skipped with a note (:attr:`DynamicsPart.skipped`);
only parameter errors (an unknown x, a weights table that cannot be read) stop the run, and
they are found before the long steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from .._checks import describe_ids
from ..choices import SPLIT_RULE
from ..composite.index import IndexOptions
from ..composite.normalise import FIXED_REFERENCE
from ..composite.panel_index import PanelIndexOptions, PanelIndexResult, panel_index
from ..dynamics.emerging import (
    EmergingHotSpotResult,
    emerging_hotspots,
    smallest_mann_kendall_p,
    years_for_trend,
)
from ..dynamics.spillover import (
    DEFAULT_DRAWS,
    FEW_YEARS,
    SMALL_SAMPLE_REGIONS,
    SpilloverResult,
    estimate_panel_spillover,
    estimate_spillover,
)
from ..errors import CancelledError, MatchError, ParameterError, TableFormatError
from ..expressions import parse_definitions
from ..indicators import catalogued
from ..panel import MARKS, HarmonisedPanel, HarmoniseOptions, Panel, harmonise_panel, read_panel
from ..panel.kinds import resolve_kinds, resolve_split_rules
from ..panel.rules import Needs, check_group, needs_of_group
from ..panel.sets import crosswalk, recognise_sets
from ..provenance import provenance_record
from ..regions import Gazetteer

__all__ = [
    "DEFAULT_X",
    "EMERGING_FIELDS",
    "HARMONISED_LAYER",
    "PANEL_INDEX_LAYER",
    "SPILLOVER_LAYERS",
    "Analysis",
    "DynamicsJob",
    "DynamicsPart",
    "DynamicsTable",
    "LeftOut",
    "prepare",
    "run",
]

#: the spillover's input when the user names none: the catalogue's R&D expenditure
DEFAULT_X = "rd_expenditure_pct_grp"
#: the harmonised long table (every value with how it was obtained)
HARMONISED_LAYER = "harmonised_panel"
#: the index over years: one row per region and year
PANEL_INDEX_LAYER = "panel_index"
#: the spillover's tables: role -> GeoPackage layer
SPILLOVER_LAYERS = {"estimates": "spillover_estimates", "impacts": "spillover_impacts",
                    "core_effects": "spillover_core_effects",
                    "core_summary": "spillover_core_summary"}
#: the emerging hot spot fields added to the regions: the core's column -> field
EMERGING_FIELDS = {"PATTERN": "ehs_pattern", "CATEGORY": "ehs_cat", "TREND_Z": "ehs_trend_z",
                   "TREND_P": "ehs_trend_p", "TREND_TAU": "ehs_tau", "NUM_TSTEPS": "ehs_years",
                   "NUM_HOT": "ehs_hot", "NUM_COLD": "ehs_cold"}
#: names of a unit in the outputs and the report, from the gazetteer
NAME_COLUMNS = ("name_en", "name_ru", "name_kk")
#: why an indicator is left out -> the parameter that gives what it lacks
REMEDIES = {
    "kind": "declare it in the dynamics' indicator kinds (DYNAMICS_KINDS), e.g. {name}=rate",
    "weight": ("add the weight series (year, region, indicator, value) to the table or to the "
               "dynamics' weights table (DYNAMICS_WEIGHT_TABLE) and name it in the dynamics' "
               "weights (DYNAMICS_WEIGHTS), e.g. {name}=<weight indicator>"),
    "split": ("choose the dynamics' split rule (DYNAMICS_SPLIT_RULE): copy_parent for a rate, "
              "proportional for a count"),
    "split_weight": "name the weight of the proportional split in DYNAMICS_WEIGHTS",
    "rule": ("choose the split rule that suits its kind (DYNAMICS_SPLIT_RULE): copy_parent for "
             "a rate, proportional for a count"),
}
#: the parts of the dynamics that may be skipped
PARTS = ("index", "emerging", "spillover")


@dataclass
class DynamicsJob:
    """The choices of the Dynamics part.

    Attributes
    ----------
    x : str, optional
        The input of the spillover model: an indicator of the table (its id, its field name
        or its name in the table); None: the catalogue's R&D expenditure when the table has
        it.
    kinds, weights : dict
        Indicator -> ``"count"`` or ``"rate"``; indicator -> its weight indicator (as for
        :class:`..panel.HarmoniseOptions`).
    weight_table, weight_sheet : str, optional
        A long table of weight series (population, GRP ...) and its sheet.
    split_rule : str
        How a region split by a reform gets its value (:data:`..choices.SPLIT_RULE`).
    draws, level : int, float
        Simulation draws and coverage of the spillover's intervals.
    trend_alpha : float
        Significance level of the Mann-Kendall trend.
    panel_years : int
        The fewest years of the index over years for a fixed-effects panel estimate of the
        spillover; with fewer, the cross-section of the analysis's year is estimated.
    """

    x: str | None = None
    kinds: dict[str, str] = field(default_factory=dict)
    weights: dict[str, str] = field(default_factory=dict)
    weight_table: str | None = None
    weight_sheet: str | int | None = None
    split_rule: str = SPLIT_RULE.default
    draws: int = DEFAULT_DRAWS
    level: float = 0.95
    trend_alpha: float = 0.05
    panel_years: int = FEW_YEARS

    def __post_init__(self) -> None:
        self.x = (self.x or "").strip() or None
        self.split_rule = SPLIT_RULE.resolve(self.split_rule)
        if int(self.panel_years) < 2:
            raise ParameterError(
                f"A panel needs at least 2 years; the fewest years for a panel estimate is "
                f"{self.panel_years}.")

    def harmonise_options(self, target_set: str,
                          indicators: list[str] | None = None) -> HarmoniseOptions:
        """The harmonisation of ``indicators`` (None: all) to ``target_set``."""
        return HarmoniseOptions(target_set=target_set, kinds=self.kinds, weights=self.weights,
                                split_rules=self.split_rule, indicators=indicators)


@dataclass
class DynamicsTable:
    """The indicator table as a panel (and the weights table), read before the long steps."""

    panel: Panel
    weight_table: Panel | None = None

    @property
    def years(self) -> list[int]:
        return self.panel.years


@dataclass
class LeftOut:
    """An indicator left out of the dynamics: ``reason`` (kind, weight, split,
    split_weight, rule, years, other) and the message in words."""

    indicator: str
    field: str
    reason: str
    message: str


@dataclass
class Analysis:
    """What the one-year analysis gives the dynamics.

    Attributes
    ----------
    regions : GeoDataFrame
        The analysed regions (``innov_idx``).
    keys : pandas.Series
        The regions' index -> their key in the weights and the cores (the id field's value,
        or the index itself).
    units : pandas.Series
        Region key -> gazetteer unit id (regions without one are left out).
    boundary_set : str or None
        The boundary set of the regions.
    field_map : dict
        The table's indicator -> the field the join gave it.
    groups : dict
        The one-year index's groups of fields.
    index : IndexOptions
        The one-year index's choices.
    weights : SpatialWeights
        The analysis's weights.
    cores : list
        The cores' keys.
    year : int
        The one-year analysis's year.
    spatial : SpatialJob
        Inference settings (alpha, correction, inference, permutations, seed).
    """

    regions: gpd.GeoDataFrame
    keys: pd.Series
    units: pd.Series
    boundary_set: str | None
    field_map: dict[str, str]
    groups: dict[str, list[str]]
    index: IndexOptions
    weights: Any
    cores: list
    year: int | None
    spatial: Any


@dataclass
class DynamicsPart:
    """The Dynamics part of a full analysis.

    Attributes
    ----------
    job : DynamicsJob
    target_set : str
        The boundary set the panel was harmonised to (the analysis layer's).
    harmonised : HarmonisedPanel or None
        The panel of the indicators kept, on the analysis's regions, fields as the join names
        them.
    years, fields : list
        The years and the index's fields of the index over years.
    left_out : list of LeftOut
    index : PanelIndexResult or None
    normalisation : str
        The normalisation of the index over years (``fallback`` True when it is not the
        analysis's).
    emerging : EmergingHotSpotResult or None
    spillover : SpilloverResult or None
    x : str or None
        The spillover's input field.
    x_in_index : bool
        Whether x is one of the index's own indicators.
    keys : pandas.Series
        Unit id -> the region's key in the analysis.
    cores : list of str
        The cores' unit ids.
    year : int
        The one-year analysis's year.
    skipped : dict
        Part (index, emerging, spillover) -> why it was not computed (a code, then ": " and
        the message).
    notes, warnings : list of str
    provenance : dict
    """

    job: DynamicsJob
    target_set: str
    harmonised: HarmonisedPanel | None
    years: list[int]
    fields: list[str]
    left_out: list[LeftOut]
    index: PanelIndexResult | None
    normalisation: str
    fallback: bool
    emerging: EmergingHotSpotResult | None
    spillover: SpilloverResult | None
    x: str | None
    x_in_index: bool
    keys: pd.Series
    cores: list[str]
    year: int | None
    table_years: list[int] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)

    def names(self, units) -> pd.DataFrame:
        """The gazetteer's names (en, ru, kk) of ``units``."""
        table = Gazetteer.load().units
        units = pd.Index([str(unit) for unit in units])
        known = units.intersection(table.index)
        names = table.loc[known, list(NAME_COLUMNS)].reindex(units)
        return names.set_axis(units, axis=0)

    def scores(self) -> pd.DataFrame:
        """The index over years, one row per region and year, with the regions' names."""
        if self.index is None:
            return pd.DataFrame()
        scores = self.index.scores.copy()
        names = self.names(scores["unit_id"]).reset_index(drop=True)
        return pd.concat([scores.iloc[:, :1], names, scores.iloc[:, 1:]], axis=1)

    def harmonised_table(self) -> pd.DataFrame:
        """The harmonised values with each method's label and the boundary set."""
        if self.harmonised is None:
            return pd.DataFrame()
        data = self.harmonised.data.copy()
        data.insert(data.columns.get_loc("method") + 1, "method_label",
                    data["method"].map(MARKS))
        data["boundary_set"] = self.target_set
        return data

    def emerging_fields(self) -> pd.DataFrame:
        """The ``ehs_`` fields, indexed by the regions' keys."""
        if self.emerging is None:
            return pd.DataFrame(columns=list(EMERGING_FIELDS.values()))
        return self.emerging.frame[list(EMERGING_FIELDS)].rename(columns=EMERGING_FIELDS)

    def spillover_tables(self) -> dict[str, pd.DataFrame]:
        """The spillover's estimates, effects and core tables (names added), by layer."""
        result = self.spillover
        if result is None:
            return {}
        units = pd.Series(self.keys.index, index=self.keys.to_numpy())
        names = self.names(units.to_numpy())["name_en"].set_axis(units.index, axis=0)
        effects = result.core_effects.copy()
        effects.insert(1, "core_name", effects["core"].map(names).to_numpy())
        effects.insert(4, "region_name", effects["region"].map(names).to_numpy())
        summary = result.core_summary.copy()
        summary.insert(1, "core_name", summary["core"].map(names).to_numpy())
        tables = {"estimates": result.estimates.reset_index(), "impacts": result.impacts,
                  "core_effects": effects, "core_summary": summary}
        return {SPILLOVER_LAYERS[role]: _text_ids(frame, ("core", "region"))
                for role, frame in tables.items()}

    def layers(self) -> dict[str, pd.DataFrame]:
        """The part's GeoPackage tables (the ``ehs_`` fields go to the regions)."""
        layers = {HARMONISED_LAYER: self.harmonised_table(), PANEL_INDEX_LAYER: self.scores(),
                  **self.spillover_tables()}
        return {name: frame for name, frame in layers.items() if len(frame.columns)}

    def report_inputs(self):
        """The report's Dynamics part (:class:`..report.model.DynamicsInputs`)."""
        from ..report.model import DynamicsInputs

        emerging = pd.DataFrame()
        if self.emerging is not None:
            frame = self.emerging.frame
            units = pd.Series(self.keys.index, index=self.keys.to_numpy())
            emerging = frame.assign(unit_id=[str(units[key]) for key in frame.index])
            emerging = emerging.reset_index(drop=True)
            emerging = pd.concat([emerging, self.names(emerging["unit_id"]).reset_index(
                drop=True)], axis=1)
        skipped = {name: tuple(why.split(": ", 1)) if ": " in why else (why, why)
                   for name, why in self.skipped.items()}
        return DynamicsInputs(
            boundary_set=self.target_set, year=self.year, table_years=self.table_years,
            years=list(self.years), fields=list(self.fields),
            left_out=[(item.field, item.reason) for item in self.left_out],
            scores=self.scores(), cores=list(self.cores), emerging=emerging,
            trend_alpha=self.job.trend_alpha, spillover=self._core_rows(),
            spillover_about=self._spillover_about(), skipped=skipped, fallback=self.fallback)

    def _core_rows(self) -> pd.DataFrame:
        """Each core's own, spillover and total effect, with the core's names."""
        if self.spillover is None or self.spillover.core_summary.empty:
            return pd.DataFrame()
        summary = self.spillover.core_summary.reset_index(drop=True)
        units = pd.Series(self.keys.index, index=self.keys.to_numpy())
        names = self.names([units[core] for core in summary["core"]]).reset_index(drop=True)
        return pd.concat([names, summary], axis=1)

    def _spillover_about(self) -> dict[str, Any]:
        """How the spillover was estimated, for the report."""
        result = self.spillover
        if result is None:
            return {"x": self.x}
        return {"x": self.x, "panel": result.panel, "rho": result.rho,
                "regions": len(result.regions), "years": list(result.years),
                "level": result.level, "draws": self.job.draws,
                "seed": result.provenance.get("parameters", {}).get("seed"),
                "small_sample": len(result.regions) < SMALL_SAMPLE_REGIONS,
                "short_panel": result.panel and len(result.years) < FEW_YEARS,
                "x_in_index": self.x_in_index}

    def summary(self) -> str:
        """A few lines for the log."""
        lines = []
        if self.index is not None:
            lines.append(f"Dynamics: index over {', '.join(map(str, self.years))} on the "
                         f"{self.target_set} boundary set ({', '.join(self.fields)}).")
        if self.emerging is not None:
            found = {name: count for name, count in self.emerging.patterns.items() if count}
            lines.append("Emerging hot spots: " + ", ".join(
                f"{name} {count}" for name, count in found.items()) + ".")
        cores = self._core_rows()
        lines += [f"Spillover of {self.x} from {row.name_en} to the other regions: "
                  f"{row.spillover:.4g} ({row.spillover_lower:.4g} to "
                  f"{row.spillover_upper:.4g})" for row in cores.itertuples()]
        return "\n".join(lines)


def _text_ids(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """``frame`` with ``columns`` (region keys of any type) as text, for a GeoPackage."""
    frame = frame.copy()
    for column in columns:
        if column in frame.columns:
            frame[column] = frame[column].astype(str)
    return frame


# ---------------------------------------------------------------- before the long steps


def prepare(join, job: DynamicsJob | None) -> tuple[DynamicsTable | None, int | None,
                                                    list[str]]:
    """Read the indicator table as a panel, before the long steps.

    Parameters
    ----------
    join : JoinJob
        The analysis's join (its table, sheet, encoding, key column and year).
    job : DynamicsJob or None
        The dynamics' choices; None: no dynamics.

    Returns
    -------
    tuple
        (the panel and weights table, or None when the table is not long or holds one
        year, or the job is None; the year of the one-year analysis: the join's, else the
        latest of a table of several years, else None; notes).

    Raises
    ------
    ParameterError, InputFileError, TableFormatError
        The weights table cannot be read, or its choices are malformed.
    """
    panel, notes = _read_table(join)
    years = panel.years if panel is not None else []
    year = join.year
    if year is None and len(years) > 1:
        year = years[-1]
        notes.append(f"The table holds the years {', '.join(map(str, years))}; the one-year "
                     f"analysis takes the latest, {year} (set YEAR to choose another).")
    if job is None or len(years) < 2:
        if job is not None and panel is not None and (job.x or job.weights or job.kinds):
            notes.append("The dynamics' choices were ignored: the table holds one year.")
        return None, year, notes
    job.harmonise_options("2022")  # malformed kinds or weights are refused here
    _x_indicator(job, panel, {})  # an x the table lacks is refused here
    weight_table = read_panel(job.weight_table, sheet=job.weight_sheet) \
        if job.weight_table else None
    return DynamicsTable(panel, weight_table), year, notes


def _read_table(join) -> tuple[Panel | None, list[str]]:
    """The join's table as a panel; None for a table that is not long with years, or whose
    regions are not Kazakhstan's units (with a note when it holds several years)."""
    source = join.table_frame if join.table_frame is not None else join.table
    try:
        return read_panel(source, name=str(join.table), sheet=join.sheet,
                          encoding=join.encoding, key_column=join.table_key or None), []
    except TableFormatError:
        return None, []
    except MatchError as error:
        return None, [f"No dynamics: the table's regions are not all Kazakhstan's regions "
                      f"({error})"]


# ---------------------------------------------------------------- harmonisation


def _field_of(indicator: str, field_map: dict[str, str]) -> str:
    """The field an indicator of the table has on the analysis layer."""
    if indicator in field_map:
        return field_map[indicator]
    entry = catalogued(indicator)
    return entry.field if entry is not None else indicator


def _x_indicator(job: DynamicsJob, panel: Panel, field_map: dict[str, str]) -> str | None:
    """The panel indicator the spillover's input names (the default when present)."""
    if job.x is None:
        return DEFAULT_X if DEFAULT_X in panel.indicators else None
    wanted = job.x.casefold()
    for indicator in panel.indicators:
        if wanted in (indicator.casefold(), _field_of(indicator, field_map).casefold()):
            return indicator
    names = ", ".join(f"{name} ({_field_of(name, field_map)})" for name in panel.indicators)
    raise ParameterError(
        f'The dynamics\' input (DYNAMICS_X) "{job.x}" is not an indicator of the table; its '
        f"indicators are: {names}. Name one of them, or leave it empty for R&D expenditure.")


def _reason(panel: Panel, name: str, options: HarmoniseOptions) -> str:
    """What harmonising ``name`` lacks: kind, weight, split, split_weight, rule or other."""
    gazetteer = Gazetteer.load()
    data = panel.data[panel.data["indicator"] == name]
    single = Panel(data.reset_index(drop=True), panel.national, panel.source)
    kinds = resolve_kinds(options.kinds, [name])
    rules = resolve_split_rules(options.split_rules, [name])
    needs = Needs()
    for group in recognise_sets(single, gazetteer, options.declared_sets).itertuples():
        if group.boundary_set == options.target_set:
            continue
        links = crosswalk(group.boundary_set, options.target_set, gazetteer)
        present = set(data.loc[data["year"] == group.year, "unit_id"])
        check_group(needs, name, (int(group.year), group.boundary_set),
                    needs_of_group(links, present),
                    (kinds[name], options.weights.get(name), rules[name]))
    found = {"kind": needs.kind, "weight": needs.rate_weight, "split": needs.split_rule,
             "split_weight": needs.split_weight, "rule": needs.wrong_rule}
    return next((reason for reason, where in found.items() if name in where), "other")


def _left_out_message(name: str, reason: str, error: str) -> str:
    """The note on an indicator left out of the dynamics: the harmonisation's words and the
    full analysis's parameter that gives what it lacks."""
    text = error.split(" set yet: ", 1)[-1].removesuffix(" Nothing was computed.")
    remedy = REMEDIES.get(reason)
    return (f"Dynamics: {name} is left out of the index over years and the spillover (the "
            f"one-year analysis keeps it): {text}"
            + (f" In the full analysis: {remedy.format(name=name)}." if remedy else ""))


def _harmonise(job: DynamicsJob, table: DynamicsTable, target: str, indicators: list[str],
               field_map: dict[str, str]) -> tuple[HarmonisedPanel | None, list[LeftOut]]:
    """The indicators that can be harmonised, harmonised together; the others left out."""
    kept, left = [], []
    for name in indicators:
        options = job.harmonise_options(target, [name])
        try:
            harmonise_panel(table.panel, options, weight_table=table.weight_table)
        except ParameterError as error:
            reason = _reason(table.panel, name, options)
            left.append(LeftOut(name, _field_of(name, field_map), reason,
                                _left_out_message(name, reason, str(error))))
        else:
            kept.append(name)
    if not kept:
        return None, left
    harmonised = harmonise_panel(table.panel, job.harmonise_options(target, kept),
                                 weight_table=table.weight_table)
    return harmonised, left


def _on_fields(harmonised: HarmonisedPanel, units, field_map: dict[str, str]) -> HarmonisedPanel:
    """The panel on the analysis's regions, its indicators named as the join names them."""
    data = harmonised.data
    data = data[data["unit_id"].isin(set(units))].copy()
    data["indicator"] = [_field_of(name, field_map) for name in data["indicator"]]
    return replace(harmonised, data=data.reset_index(drop=True))


# ---------------------------------------------------------------- the index over years


def covered(data: pd.DataFrame, fields: list[str]) -> tuple[list[int], list[str]]:
    """The years and fields of the index over years: every field kept has a value in every
    year kept; the most years are kept, then the most fields (ties: the later years).

    Parameters
    ----------
    data : pandas.DataFrame
        Harmonised rows: ``year``, ``indicator`` (the field), ``value``.
    fields : list of str
        The index's fields, in order.

    Returns
    -------
    tuple
        (years ascending, fields in the given order); years empty when no two years share a
        field.
    """
    valued = data.dropna(subset=["value"])
    coverage = {name: set(valued.loc[valued["indicator"] == name, "year"].astype(int))
                for name in fields}
    candidates = {frozenset(years) for years in coverage.values() if len(years) > 1}
    if not candidates:
        return [], []

    def rank(years: frozenset) -> tuple:
        kept = [name for name in fields if years <= coverage[name]]
        return len(years), len(kept), sorted(years, reverse=True)

    best = max(candidates, key=rank)
    return sorted(best), [name for name in fields if best <= coverage[name]]


def _index_options(options: IndexOptions, groups: dict[str, list[str]], kept: list[str],
                   years: list[int]) -> tuple[PanelIndexOptions, bool]:
    """The index's choices restricted to the fields kept; rank falls back to min-max."""
    derived = {definition.name for definition in parse_definitions(options.derived)}
    chosen = {group: [name for name in members if name in kept or name in derived]
              for group, members in groups.items()}
    chosen = {group: members for group, members in chosen.items() if members}
    if not chosen:
        raise ParameterError("none of the one-year index's indicators has values in two "
                             "years of the table")
    fallback = options.normalisation not in FIXED_REFERENCE
    user = {name: value for name, value in (options.user_weights or {}).items()
            if name in kept or name in derived} or None
    group_weights = {name: value for name, value in (options.group_weights or {}).items()
                     if name in chosen} or None
    index = replace(options, groups=chosen, user_weights=user, group_weights=group_weights,
                    normalisation="minmax" if fallback else options.normalisation,
                    thresholds=None)
    return PanelIndexOptions(index=index, reference="pooled", years=years), fallback


def _index_over_years(part: DynamicsPart, analysis: Analysis, step, cancelled) -> None:
    """The index over years of ``part.harmonised`` (sets years, fields, index, notes)."""
    if part.harmonised is None:
        part.skipped["index"] = "no_indicator: no indicator of the index could be harmonised"
        return
    fields = [name for members in analysis.groups.values() for name in members]
    years, kept = covered(part.harmonised.data, fields)
    if len(years) < 2:
        part.skipped["index"] = ("few_years: no indicator of the index has values in two "
                                 "years")
        return
    for name in sorted(set(part.harmonised.data["indicator"]) & set(fields) - set(kept)):
        item = LeftOut(name, name, "years", (
            f"Dynamics: {name} is left out of the index over years: it has no values in "
            f"some of the years {', '.join(map(str, years))}, which the other indicators "
            "cover."))
        part.left_out.append(item)
        part.notes.append(item.message)
    try:
        options, part.fallback = _index_options(analysis.index, analysis.groups, kept, years)
        part.index = panel_index(part.harmonised, options, cancelled=cancelled,
                                 progress=lambda fraction: step(0.1 + 0.6 * fraction))
    except CancelledError:
        raise
    except ParameterError as error:
        part.skipped["index"] = f"error: {error}"
        return
    part.years, part.fields = years, [name for name in fields if name in kept]
    part.normalisation = options.index.normalisation
    if part.fallback:
        part.notes.append(
            f"Dynamics: the index over years uses min-max normalisation, not "
            f"{analysis.index.normalisation}: a rank exists only among the regions of one "
            "year, so ranks cannot be compared across years.")
    part.notes += [f"Dynamics: {note}" for note in part.index.notes]


# ---------------------------------------------------------------- emerging hot spots


def _graph(weights, keys: list) -> Any:
    """The analysis's weights graph on ``keys`` (a subgraph when some regions lack data)."""
    graph = weights.graph
    ids = list(graph.unique_ids)
    if len(keys) == len(ids) and set(keys) == set(ids):
        return graph
    return graph.subgraph([key for key in ids if key in set(keys)])


def _emerging(part: DynamicsPart, analysis: Analysis, step, cancelled) -> None:
    """Emerging hot spots of the index over years (sets ``part.emerging``)."""
    if part.index is None:
        part.skipped["emerging"] = "no_index: the index over years was not computed"
        return
    wide = part.index.wide("index")
    complete = wide.dropna()
    if len(complete) < len(wide):
        part.notes.append(
            f"Dynamics: {describe_ids(wide.index.difference(complete.index))} have no index "
            "in some year and are left out of the emerging hot spots.")
    complete = complete.set_axis([part.keys[unit] for unit in complete.index], axis=0)
    spatial = analysis.spatial
    try:
        graph = _graph(analysis.weights, list(complete.index))
        complete = complete.reindex(list(graph.unique_ids))
        part.emerging = emerging_hotspots(
            complete, graph, alpha=spatial.alpha, correction=spatial.correction,
            inference=spatial.inference, permutations=spatial.permutations, seed=spatial.seed,
            trend_alpha=part.job.trend_alpha, cancelled=cancelled,
            progress=lambda fraction: step(0.7 + 0.15 * fraction))
    except CancelledError:
        raise
    except ParameterError as error:
        part.skipped["emerging"] = f"error: {error}"
        return
    # the series' reach is said once, as a warning, below
    part.notes += [f"Dynamics, emerging hot spots: {note}" for note in part.emerging.notes
                   if note not in part.emerging.trend_warnings]
    years = len(part.years)
    if years == 2:
        part.warnings.append(
            "Dynamics: two years give one change, not a trend: no Mann-Kendall trend can be "
            "significant and the emerging hot spot patterns only say where the index clusters "
            f"in both years or in the last; a trend needs at least "
            f"{years_for_trend(part.job.trend_alpha)} years.")
    elif smallest_mann_kendall_p(years) >= part.job.trend_alpha:
        part.warnings.append(
            f"Dynamics: with {years} years no Mann-Kendall trend can be significant (the "
            f"smallest p-value is {smallest_mann_kendall_p(years):.3g}); read the emerging "
            "hot spot patterns as descriptive.")


# ---------------------------------------------------------------- spillover


class _SkipError(Exception):
    """The data do not allow the spillover: ``code`` says why (for the report)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _spillover_data(part: DynamicsPart, analysis: Analysis,
                    x_field: str) -> tuple[pd.DataFrame, bool]:
    """The model's data: a long panel (region key, year, index, x) or one row per region
    (index: region key; ``innov_idx`` and x of the analysis's year); True for a panel."""
    data = part.harmonised.data if part.harmonised is not None else pd.DataFrame()
    x = data[data["indicator"] == x_field]
    x_years = set(x.dropna(subset=["value"])["year"].astype(int))
    if part.index is not None and len(part.years) >= part.job.panel_years \
            and set(part.years) <= x_years:
        scores = part.index.scores[["unit_id", "year", "index"]]
        long = scores.merge(x[["unit_id", "year", "value"]], on=["unit_id", "year"])
        long = long.rename(columns={"value": x_field}).dropna()
        counts = long.groupby("unit_id")["year"].nunique()
        full = counts.index[counts == len(part.years)]
        long = long[long["unit_id"].isin(full)]
        long.insert(0, "region", [part.keys[unit] for unit in long["unit_id"]])
        return long.reset_index(drop=True), True
    if analysis.year is None or analysis.year not in x_years:
        raise _SkipError("no_x_year", f"{x_field} has no values in {analysis.year}")
    values = x[x["year"] == analysis.year].set_index("unit_id")["value"]
    regions = analysis.regions.set_axis(analysis.keys.to_numpy(), axis=0)
    frame = pd.DataFrame({"innov_idx": regions["innov_idx"].astype(float)})
    frame[x_field] = [values.get(analysis.units.get(key), np.nan) for key in frame.index]
    gaps = frame.index[frame[x_field].isna()]
    if len(gaps):
        raise _SkipError("x_gaps", f"{x_field} has no {analysis.year} value for "
                              f"{describe_ids(gaps)}")
    return frame, False


def _spillover(part: DynamicsPart, analysis: Analysis, x_name: str | None, step,
               cancelled) -> None:
    """The per-core spillover (sets ``part.spillover``, ``part.x``)."""
    if x_name is None:
        part.skipped["spillover"] = ("no_x: the table has no R&D expenditure; name the input "
                                     "with DYNAMICS_X")
        return
    x_field = part.x = _field_of(x_name, analysis.field_map)
    if any(item.indicator == x_name and item.reason != "years" for item in part.left_out):
        part.skipped["spillover"] = f"x_left_out: {x_name} could not be harmonised"
        return
    part.x_in_index = x_field in {name for members in analysis.groups.values()
                                  for name in members}
    common = {"cores": [], "draws": part.job.draws, "seed": analysis.spatial.seed,
              "level": part.job.level, "cancelled": cancelled,
              "progress": lambda fraction: step(0.85 + 0.15 * fraction)}
    try:
        data, is_panel = _spillover_data(part, analysis, x_field)
        keys = list(dict.fromkeys(data["region"] if is_panel else data.index))
        common["cores"] = [core for core in analysis.cores if core in set(keys)]
        graph = _graph(analysis.weights, keys)
        if is_panel:
            part.spillover = estimate_panel_spillover(data, graph, "index", x_field,
                                                      region="region", year="year", **common)
        else:
            part.spillover = estimate_spillover(data, graph, "innov_idx", x_field, **common)
    except _SkipError as skip:
        part.skipped["spillover"] = f"{skip.code}: {skip}"
        return
    except CancelledError:
        raise
    except ParameterError as error:
        part.skipped["spillover"] = f"error: {error}"
        return
    _spillover_notes(part, analysis, is_panel)


def _spillover_notes(part: DynamicsPart, analysis: Analysis, is_panel: bool) -> None:
    """The spillover's notes; its sample warnings kept apart."""
    result = part.spillover
    how = (f"a fixed-effects panel of {len(part.years)} years" if is_panel else
           f"the cross-section of {analysis.year} (y the one-year index; fewer than "
           f"{part.job.panel_years} years of the index over years for a panel)")
    part.notes.append(f"Dynamics: the multiplier effect of {part.x} on the index, "
                      f"estimated by a spatial lag model on {how}.")
    for note in result.notes:
        text = f"Dynamics, spillover: {note}"
        (part.warnings if note in result.warnings else part.notes).append(text)
    if part.x_in_index:
        part.notes.append(
            f"Dynamics: {part.x} is one of the index's own indicators, so part of its effect "
            "on the index is its weight in the index; the spillover measures how the "
            "neighbours' index moves with a core's, not a proven flow of innovation.")
    if not result.core_summary.shape[0]:
        part.notes.append("Dynamics: no core, so no core's spillover was computed.")


# ---------------------------------------------------------------- the whole part


def run(job: DynamicsJob, table: DynamicsTable, analysis: Analysis, *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> DynamicsPart | None:
    """The Dynamics part of the analysis, or None when the regions are not Kazakhstan's.

    Parameters
    ----------
    job : DynamicsJob
    table : DynamicsTable
        As :func:`prepare` read it (several years).
    analysis : Analysis
        The one-year analysis's regions, weights, cores and choices.
    progress, cancelled : callable, optional

    Returns
    -------
    DynamicsPart or None

    Raises
    ------
    CancelledError
        When ``cancelled()`` returns True.
    """
    step = progress or (lambda fraction: None)
    if analysis.boundary_set is None or analysis.units.empty:
        return None
    x_name = _x_indicator(job, table.panel, analysis.field_map)
    fields = {name for members in analysis.groups.values() for name in members}
    wanted = [name for name in table.panel.indicators
              if _field_of(name, analysis.field_map) in fields or name == x_name]
    harmonised, left = _harmonise(job, table, analysis.boundary_set, wanted, analysis.field_map)
    if harmonised is not None:
        harmonised = _on_fields(harmonised, analysis.units.to_numpy(), analysis.field_map)
    step(0.1)
    keys = pd.Series(analysis.units.index, index=analysis.units.to_numpy())
    part = DynamicsPart(
        job=job, target_set=analysis.boundary_set, harmonised=harmonised, years=[],
        fields=[], left_out=left, index=None, normalisation=analysis.index.normalisation,
        fallback=False, emerging=None, spillover=None, x=None, x_in_index=False, keys=keys,
        cores=[str(analysis.units[core]) for core in analysis.cores if core in analysis.units],
        year=analysis.year, table_years=table.years, notes=[item.message for item in left])
    _index_over_years(part, analysis, step, cancelled)
    _emerging(part, analysis, step, cancelled)
    _spillover(part, analysis, x_name, step, cancelled)
    part.notes += [f"Dynamics: the {name} was not computed ({why})."
                   for name, why in part.skipped.items()]
    part.provenance = _provenance(part, table)
    step(1.0)
    return part


def _provenance(part: DynamicsPart, table: DynamicsTable) -> dict[str, Any]:
    """The part's method record."""
    details = {
        "harmonisation": None if part.harmonised is None else part.harmonised.provenance,
        "index_over_years": None if part.index is None else part.index.provenance,
        "emerging_hotspots": None if part.emerging is None else part.emerging.provenance,
        "spillover": None if part.spillover is None else part.spillover.provenance,
    }
    return provenance_record(
        "full analysis: dynamics", {**asdict(part.job), "weight_table": (
            Path(part.job.weight_table).name if part.job.weight_table else None)},
        table_years=table.years, boundary_set=part.target_set, years=part.years,
        indicators=part.fields, x=part.x,
        left_out=[{"indicator": item.indicator, "reason": item.reason} for item in part.left_out],
        normalisation=part.normalisation, skipped=part.skipped, **details)
