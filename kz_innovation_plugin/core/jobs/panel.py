"""A multi-year table harmonised to one boundary set, as a job.

:class:`PanelJob` holds the choices (the long table, the target set, the kind and weight of
each indicator, an optional weights table, the split rule, the year of the region layer);
:func:`run` reads the table (:func:`..panel.read_panel`), harmonises it
(:func:`..panel.harmonise_panel`: counts summed, rates weighted, splits only by the stated
rule, every value marked) and returns a :class:`PanelOutcome`: the harmonised long table, the
regions of the target set with one field per indicator (one year, or one feature per region
and year), the boundary set each year's indicator was published on, and the method record.
Nothing is computed when the run lacks a kind, a weight or a rule: the core's one message
names them all.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from .._checks import geometry_last
from ..bundled import load_bundled_regions
from ..choices import BOUNDARY_SET, SPLIT_RULE
from ..errors import ParameterError
from ..panel import MARKS, HarmonisedPanel, HarmoniseOptions, harmonise_panel, read_panel
from ..provenance import provenance_record
from .base import Cancelled, Outcome, Progress, checkpoint

__all__ = [
    "GROUPS_LAYER",
    "PANEL_LAYER",
    "REGIONS_LAYER",
    "TOOL",
    "PanelJob",
    "PanelOutcome",
    "declared_sets",
    "parse_pairs",
    "run",
]

TOOL = "kzinnovation:harmonisepanel"
#: the harmonised long table: one row per year, indicator and region of the target set
PANEL_LAYER = "harmonised_panel"
#: the target set's regions with one field per indicator (and one per indicator's method)
REGIONS_LAYER = "harmonised_regions"
#: per year and indicator: the set it was published on and how that was recognised
GROUPS_LAYER = "panel_groups"
#: suffix of the field that says how a region layer's value was obtained
METHOD_SUFFIX = "_method"
#: a pair's separator: the first "=" (or, without one, the first ":")
_SEPARATOR = re.compile(r"=|:(?!.*=)")


@dataclass
class PanelJob:
    """Everything the harmonisation needs.

    Attributes
    ----------
    table : str
        The long table of several years (year, region, indicator, value): CSV, XLSX, XLS or
        ODS.
    target_set : str
        The boundary set of the result: ``"2022"``, ``"2018"`` or ``"2017"``.
    kinds : dict
        Indicator -> ``"count"`` or ``"rate"`` (the catalogue's kind when not given).
    weights : dict
        Indicator -> the weight indicator (population, GRP ...) that merges its regions (a
        rate) or divides its total (a proportional split).
    weight_table : str, optional
        A long table of the weight series, when the table does not hold them.
    split_rule : str
        ``"none"``, ``"copy_parent"`` or ``"proportional"`` for every indicator
        (:data:`..choices.SPLIT_RULE`).
    split_rules : dict
        Indicator -> rule, instead of ``split_rule`` for the indicators named.
    declared_sets : dict
        A year, or ``(year, indicator)`` -> the set it was published on, instead of the
        recognised one (see :func:`declared_sets`).
    indicators : list of str, optional
        The indicators to harmonise; all by default.
    year : int, optional
        The year of the region layer; None: every year, one feature per region and year.
    sheet, weight_sheet : str or int, optional
        The sheets of workbooks.
    """

    table: str
    target_set: str = BOUNDARY_SET.default
    kinds: dict[str, str] = field(default_factory=dict)
    weights: dict[str, str] = field(default_factory=dict)
    weight_table: str | None = None
    split_rule: str = SPLIT_RULE.default
    split_rules: dict[str, str] = field(default_factory=dict)
    declared_sets: dict[Any, str] = field(default_factory=dict)
    indicators: list[str] | None = None
    year: int | None = None
    sheet: str | int | None = None
    weight_sheet: str | int | None = None

    def __post_init__(self) -> None:
        self.target_set = BOUNDARY_SET.resolve(str(self.target_set))
        self.split_rule = SPLIT_RULE.resolve(self.split_rule)
        self.split_rules = {str(k): SPLIT_RULE.resolve(v) for k, v in self.split_rules.items()}
        if self.year is not None:
            self.year = int(self.year)

    def options(self, indicators: list[str]) -> HarmoniseOptions:
        """The harmonisation's options for a table of ``indicators``."""
        rules: str | dict[str, str] = self.split_rule
        if self.split_rules:
            rules = {name: self.split_rules.get(name, self.split_rule) for name in indicators}
        return HarmoniseOptions(
            target_set=self.target_set, kinds=self.kinds, weights=self.weights,
            split_rules=rules, declared_sets=self.declared_sets, indicators=self.indicators)


def parse_pairs(text: str | None, what: str, example: str) -> dict[str, str]:
    """Read ``"name=value; name=value"`` (pairs separated by ``;`` or lines; ``:`` may stand
    for ``=``).

    Parameters
    ----------
    text : str or None
        The pairs as the user wrote them; empty gives ``{}``.
    what : str
        What the pairs are, for the message ("Indicator kinds").
    example : str
        A well-formed example, for the message.

    Returns
    -------
    dict

    Raises
    ------
    ParameterError
        For a part without a name or a value.

    Examples
    --------
    >>> parse_pairs("rd_exp=rate; researchers: count", "Indicator kinds", "")
    {'rd_exp': 'rate', 'researchers': 'count'}
    """
    pairs: dict[str, str] = {}
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        pieces = _SEPARATOR.split(part, maxsplit=1)
        if len(pieces) != 2 or not pieces[0].strip() or not pieces[1].strip():
            raise ParameterError(
                f'{what}: "{part.strip()}" is not "name=value": write each name, an equals '
                f'sign and its value, separated by ";", e.g. "{example}".')
        pairs[pieces[0].strip()] = pieces[1].strip()
    return pairs


def declared_sets(text: str | None) -> dict[Any, str]:
    """Read the declared boundary sets: ``"2021=2018; 2022 grp_per_capita=2022"``.

    A key is a year (every indicator of that year) or a year and an indicator separated by a
    space; the value a boundary set.

    Raises
    ------
    ParameterError
        For a key that does not start with a year.
    """
    declared: dict[Any, str] = {}
    for key, value in parse_pairs(text, "Declared boundary sets", "2021=2018").items():
        year, _, indicator = key.partition(" ")
        if not year.isdigit():
            raise ParameterError(
                f'Declared boundary sets: "{key}" is not a year, or a year and an indicator '
                'separated by a space, e.g. "2021=2018; 2022 grp_per_capita=2022".')
        declared[(int(year), indicator.strip()) if indicator.strip() else int(year)] = value
    return declared


@dataclass(kw_only=True)
class PanelOutcome(Outcome):
    """A harmonised panel.

    Attributes
    ----------
    harmonised : HarmonisedPanel
        The core's result: values, marks, groups, notes.
    regions : geopandas.GeoDataFrame
        The regions of the target set with one field per indicator and one
        ``<indicator>_method`` field per indicator, for one year or for every year (a feature
        per region and year, field ``year``).
    """

    harmonised: HarmonisedPanel
    regions: gpd.GeoDataFrame

    def table(self) -> pd.DataFrame:
        """The harmonised long table, with each method's label, the unit and the set."""
        data = self.harmonised.data.copy()
        data.insert(data.columns.get_loc("method") + 1, "method_label",
                    data["method"].map(MARKS))
        data.insert(data.columns.get_loc("value") + 1, "unit",
                    data["indicator"].map(self.harmonised.units).fillna(""))
        data["boundary_set"] = self.harmonised.target_set
        return data

    def layers(self) -> dict[str, pd.DataFrame]:
        """The region layer, the long table, the groups and the method record."""
        return {REGIONS_LAYER: self.regions, PANEL_LAYER: self.table(),
                GROUPS_LAYER: self.harmonised.groups, **super().layers()}

    def summary(self) -> str:
        """:meth:`headline`, then the notes."""
        return "\n".join([self.headline(), *self.notes])

    def headline(self) -> str:
        """The values and how they were obtained, in one line."""
        data = self.harmonised.data
        counts = data["method"].value_counts()
        methods = ", ".join(f"{int(counts[mark])} {mark}" for mark in MARKS if mark in counts)
        years = sorted(int(year) for year in data["year"].unique())
        lines = [f"{len(data)} values on the {self.harmonised.target_set} boundary set "
                 f"({methods}); years {', '.join(map(str, years))}; indicators "
                 f"{', '.join(dict.fromkeys(data['indicator']))}."]
        return "\n".join(lines)


def _read(path: str, sheet: str | int | None):
    return read_panel(path, sheet=sheet)


def region_layer(harmonised: HarmonisedPanel, regions: gpd.GeoDataFrame,
                 year: int | None = None) -> gpd.GeoDataFrame:
    """The regions with one field per indicator (and its method), for ``year`` or every year.

    Parameters
    ----------
    harmonised : HarmonisedPanel
        On the regions' boundary set.
    regions : geopandas.GeoDataFrame
        The regions of the target set, with a ``unit_id`` field.
    year : int, optional
        One year; None: every year of the panel, one feature per region and year.

    Returns
    -------
    geopandas.GeoDataFrame
        Every region of ``regions`` in every year chosen (a value is missing where the panel
        has none), fields ``year``, each indicator and ``<indicator>_method``.

    Raises
    ------
    ParameterError
        For a year the panel lacks (its years are named), or regions without ``unit_id``.
    """
    if "unit_id" not in regions.columns:
        raise ParameterError(
            "The regions need a unit_id field (the bundled regions have it): the harmonised "
            "values are joined by the gazetteer's unit ids.")
    data = harmonised.data
    if year is not None:
        harmonised.wide(year)  # the panel's message for a year it lacks
        data = data[data["year"] == int(year)]
    years = sorted(int(value) for value in data["year"].unique())
    indicators = list(dict.fromkeys(data["indicator"]))
    keys = pd.MultiIndex.from_product([regions["unit_id"], years], names=["unit_id", "year"])
    values = data.pivot(index=["unit_id", "year"], columns="indicator", values="value")
    methods = data.pivot(index=["unit_id", "year"], columns="indicator", values="method")
    table = values.reindex(index=keys, columns=indicators).join(
        methods.reindex(index=keys, columns=indicators).add_suffix(METHOD_SUFFIX))
    table.columns.name = None
    layer = regions.reset_index(drop=True).merge(table.reset_index(), on="unit_id", how="right")
    layer = layer.sort_values(["year"], kind="stable").reset_index(drop=True)
    return geometry_last(gpd.GeoDataFrame(layer, geometry=regions.geometry.name,
                                          crs=regions.crs))


def run(
    options: PanelJob,
    layer: gpd.GeoDataFrame | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PanelOutcome:
    """Read the job's table and harmonise it to its target set.

    Parameters
    ----------
    options : PanelJob
        The table and the choices.
    layer : geopandas.GeoDataFrame, optional
        The regions of the target set (with ``unit_id``); the bundled ones by default.
    progress, cancelled : callable, optional
        ``progress(fraction)`` and ``cancelled() -> bool``.

    Returns
    -------
    PanelOutcome

    Raises
    ------
    InputFileError, TableFormatError
        The table cannot be read, or is not long with a year column.
    MatchError
        A region label names no region, or a year's indicator fits no boundary set.
    ParameterError
        Kinds, weights or split rules missing or unsuited (one message names them all), a
        weight without the values needed, a year the panel lacks.
    CancelledError
        When ``cancelled()`` returns True.
    """
    step = checkpoint(progress, cancelled, "The harmonisation was cancelled; nothing was written.")
    panel = _read(options.table, options.sheet)
    weight_table = _read(options.weight_table, options.weight_sheet) \
        if options.weight_table else None
    step(0.2)
    harmonised = harmonise_panel(
        panel, options.options(panel.indicators), weight_table=weight_table,
        progress=lambda fraction: step(0.2 + 0.6 * fraction), cancelled=cancelled)
    regions = layer if layer is not None else load_bundled_regions(options.target_set)
    wide = region_layer(harmonised, regions, options.year)
    step(1.0)
    details = {key: value for key, value in harmonised.provenance.items()
               if key not in ("tool", "created_utc", "parameters", "versions")}
    parameters = {**asdict(options),
                  "declared_sets": {str(k): v for k, v in options.declared_sets.items()}}
    record = provenance_record(
        TOOL, parameters, table=Path(options.table).name, harmonisation=details,
        notes=harmonised.notes)
    return PanelOutcome(harmonised=harmonised, regions=wide, provenance=record,
                        notes=list(harmonised.notes))
