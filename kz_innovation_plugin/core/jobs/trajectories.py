"""The composite index over several years on a fixed reference, as a job.

:class:`TrajectoriesJob` holds the choices: the index's own (groups, imputation, treatment,
normalisation, weights, aggregation, uncertainty runs and seed), where the fixed reference
comes from (the pooled panel or a base year) and the years, and the panel's source: either a
long multi-year table harmonised to one boundary set (:class:`.panel.PanelJob`, as
``kzinnovation:harmonisepanel`` does it) or a layer with one feature per region and year
(as the dynamics tools read it, :func:`.dynamics.long_layer_panel`).  :func:`run` computes
:func:`..composite.panel_index.panel_index` and returns a :class:`TrajectoriesOutcome`: the
long table (a score, rank and rank interval per region and year, and the indicators that were
not as published), the regions with one set of fields per year (the bundled regions of the
boundary set, or the layer's own regions), the method record, and the trajectory chart on
demand (:meth:`TrajectoriesOutcome.chart`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from .._checks import as_float, describe_ids, geometry_last
from ..bundled import load_bundled_regions
from ..choices import PANEL_REFERENCE
from ..composite.index import IndexOptions
from ..composite.panel_index import PanelIndexOptions, PanelIndexResult, panel_index
from ..errors import ParameterError
from ..panel import HarmonisedPanel
from ..provenance import provenance_record
from ..report.trajectories import trajectory_chart
from . import panel as panel_job
from .base import Cancelled, Outcome, Progress, checkpoint
from .dynamics import long_layer_panel
from .panel import METHOD_SUFFIX, PanelJob
from .spillover import CORE_NAME_FIELDS, _find_region

__all__ = [
    "REGIONS_LAYER",
    "SCORES_LAYER",
    "TOOL",
    "TrajectoriesJob",
    "TrajectoriesOutcome",
    "run",
    "year_list",
]

TOOL = "kzinnovation:indextrajectories"
#: the long table: one row per region and year with a score
SCORES_LAYER = "index_trajectories"
#: the regions with ``index_<year>``, ``rank_<year>``, ``rank_p05_<year>``, ``rank_p95_<year>``
REGIONS_LAYER = "trajectory_regions"
#: the method of a value that was published as it is (``<indicator>_method`` of a layer)
PUBLISHED = "published"
#: regions named in the summary
TOP = 5


@dataclass
class TrajectoriesJob:
    """Everything the index over years needs.

    Attributes
    ----------
    index : IndexOptions
        The index's choices; its normalisation must take a fixed reference (not ``rank``),
        its level and profile choices are not used.
    reference : str
        ``"pooled"`` (every region and year together) or ``"base_year"``
        (:data:`..choices.PANEL_REFERENCE`).
    base_year : int, optional
        The reference year; required by, and only used with, ``"base_year"``.
    years : list of int, optional
        The years to compute (at least two); every year of the panel by default.
    panel : PanelJob, optional
        The long multi-year table and how to harmonise it (target set, kinds, weights, split
        rule); None when the panel is a layer given to :func:`run`.
    region_field, year_field : str
        The layer's region ids (the same in every year) and years; not used with a table.
    highlight : list of str
        Regions drawn in colour on the chart, by id, code or name (English, Russian, Kazakh);
        empty: every region in colour.
    language : str
        ``"en"``, ``"ru"`` or ``"kk"``: the chart's region names and decimal mark.
    """

    index: IndexOptions = field(default_factory=IndexOptions)
    reference: str = PANEL_REFERENCE.default
    base_year: int | None = None
    years: list[int] | None = None
    panel: PanelJob | None = None
    region_field: str = "unit_id"
    year_field: str = "year"
    highlight: list[str] = field(default_factory=list)
    language: str = "en"

    def __post_init__(self) -> None:
        self.reference = PANEL_REFERENCE.resolve(self.reference)
        if self.base_year is not None:
            self.base_year = int(self.base_year)
        self.highlight = [str(name).strip() for name in self.highlight if str(name).strip()]
        self.options()  # refuses rank, a base-year reference without its year, ...

    def options(self) -> PanelIndexOptions:
        """The options of :func:`..composite.panel_index.panel_index`."""
        return PanelIndexOptions(index=self.index, reference=self.reference,
                                 base_year=self.base_year, years=self.years)

    def parameters(self) -> dict[str, Any]:
        """The choices for the method record (the table's, when there is one)."""
        index = asdict(self.index)
        chosen = {"reference": self.reference, "base_year": self.base_year,
                  "years": self.years, "highlight": self.highlight, "index": index}
        if self.panel is None:
            return {**chosen, "region_field": self.region_field, "year_field": self.year_field}
        table = {**asdict(self.panel),
                 "declared_sets": {str(k): v for k, v in self.panel.declared_sets.items()}}
        return {**chosen, "table": table}


def year_list(text: str | None) -> list[int] | None:
    """``"2021, 2023"`` -> ``[2021, 2023]``; empty text -> None (every year).

    Raises
    ------
    ParameterError
        For an item that is not a whole year.
    """
    items = [item.strip() for item in re.split(r"[,;\s]+", text or "") if item.strip()]
    if not items:
        return None
    wrong = [item for item in items if not item.isdigit()]
    if wrong:
        raise ParameterError(
            f"Years to compute: {describe_ids(wrong)} is not a year; write whole years "
            "separated by commas, e.g. 2021, 2022, 2023.")
    return [int(item) for item in items]


@dataclass
class _LayerPanel:
    """A layer's values in the long layout of a harmonised panel (what ``panel_index``
    reads): ``data`` with unit_id, year, indicator, value and method."""

    data: pd.DataFrame
    target_set: str | None = None
    provenance: dict[str, Any] = field(default_factory=dict)

    def wide(self, year: int) -> pd.DataFrame:
        """One year: regions (index ``unit_id``) x indicators, in the layer's order."""
        rows = self.data[self.data["year"] == int(year)]
        table = rows.pivot(index="unit_id", columns="indicator", values="value")
        table = table.reindex(index=list(dict.fromkeys(rows["unit_id"])),
                              columns=list(dict.fromkeys(rows["indicator"])))
        table.columns.name = None
        return table


@dataclass(kw_only=True)
class TrajectoriesOutcome(Outcome):
    """The index over years, its regions and what the chart needs.

    Attributes
    ----------
    result : PanelIndexResult
        The core's result: scores, trajectories, the reference, weights, notes.
    regions : geopandas.GeoDataFrame
        Every region of the boundary set (or of the layer) with the trajectory fields; empty
        where a region has no score in a year.
    names : dict
        Region id -> its name in the job's language (the chart's legend).
    highlight : list of str
        The region ids drawn in colour on the chart.
    language : str
        The chart's language.
    harmonised : HarmonisedPanel, optional
        The harmonised table (table route only).
    """

    result: PanelIndexResult
    regions: gpd.GeoDataFrame
    names: dict[str, str] = field(default_factory=dict)
    highlight: list[str] = field(default_factory=list)
    language: str = "en"
    harmonised: HarmonisedPanel | None = None

    def layers(self) -> dict[str, pd.DataFrame]:
        """The long table, the regions with their trajectories, and the method record."""
        return {SCORES_LAYER: self.result.scores, REGIONS_LAYER: self.regions,
                **super().layers()}

    def chart(self, path: str | Path, *, title: str | None = None,
              labels: tuple[str, str] | None = None,
              others_label: str = "Other regions") -> Path:
        """Write the rank trajectories with their 90 % intervals as a PNG at ``path``
        (:func:`..report.trajectories.trajectory_chart`; English texts unless given)."""
        return trajectory_chart(self.result.scores, path, "rank", self.highlight, self.names,
                                self.language, title, labels, others_label)

    def summary(self) -> str:
        """The years and the highest-ranked regions of the last year with their intervals."""
        result = self.result
        last = result.years[-1]
        reference = "the pooled panel" if result.reference == "pooled" \
            else f"the base year {result.base_year}"
        lines = [f"Index over {len(result.years)} years ({', '.join(map(str, result.years))}) "
                 f"of {len(result.trajectory)} regions, on the reference of {reference}; the "
                 f"top {TOP} in {last}:"]
        rows = result.scores[result.scores["year"] == last].head(TOP)
        for row in rows.itertuples():
            lines.append(f"  {row.rank:>2}. {self.names.get(row.unit_id, row.unit_id)}: "
                         f"{row.index:.3f}, rank interval {row.rank_p05:.0f}-"
                         f"{row.rank_p95:.0f}")
        return "\n".join(lines)


def _is_number_field(values: pd.Series) -> bool:
    """Numbers (not true/false), or Python numbers with gaps as QGIS attributes arrive."""
    if pd.api.types.is_bool_dtype(values):
        return False
    if pd.api.types.is_numeric_dtype(values):
        return True
    present = values.dropna()
    return len(present) > 0 and all(
        isinstance(value, (int, float)) and not isinstance(value, bool) for value in present)


def _indicator_columns(layer: pd.DataFrame, exclude: tuple[str, ...]) -> list[str]:
    """The layer's number fields other than ``exclude`` and the geometry."""
    geometry = getattr(layer, "geometry", None)
    skip = {*exclude, getattr(geometry, "name", None)}
    return [column for column in layer.columns
            if column not in skip and _is_number_field(layer[column])]


def layer_panel(layer: gpd.GeoDataFrame, region_field: str,
                year_field: str) -> tuple[_LayerPanel, gpd.GeoDataFrame]:
    """The long values and the regions of a layer with one feature per region and year.

    Every number field but the region and year fields is an indicator; a text field
    ``<indicator>_method`` (as ``kzinnovation:harmonisepanel`` writes) says how each value
    was obtained, so that the index marks the values that were not as published.  A region
    without a feature in a year has no values that year.

    Returns
    -------
    tuple
        (the panel, one feature per region indexed by its id as text, with the fields that
        are the same in every year).

    Raises
    ------
    ParameterError
        A field missing, a year that is not whole, a region twice in a year, or no number
        field to build the index from.
    """
    indicators = _indicator_columns(layer, (region_field, year_field))
    if not indicators:
        raise ParameterError(
            f"The layer has no numeric indicator field besides '{region_field}' and "
            f"'{year_field}': give a layer with one feature per region and year and its "
            "indicators as number fields (as \"Harmonise a multi-year table\" writes them).")
    # the checks (fields, whole years, one feature per region and year) and the regions
    regions, _ = long_layer_panel(layer, region_field, year_field, indicators[0])
    units = layer[region_field].astype(str).to_numpy()
    years = pd.to_numeric(layer[year_field]).astype(int).to_numpy()
    parts = []
    for indicator in indicators:
        method = f"{indicator}{METHOD_SUFFIX}"
        marks = (layer[method].fillna("").astype(str).replace("", PUBLISHED).to_numpy()
                 if method in layer.columns else PUBLISHED)
        parts.append(pd.DataFrame({
            "unit_id": units, "year": years, "indicator": indicator,
            "value": as_float(layer[indicator], indicator).to_numpy(), "method": marks}))
    regions = regions.drop(columns=[f"{name}{METHOD_SUFFIX}" for name in indicators
                                    if f"{name}{METHOD_SUFFIX}" in regions.columns])
    regions.index = pd.Index(regions.index.astype(str), name=region_field)
    return _LayerPanel(pd.concat(parts, ignore_index=True)), regions


def _region_names(regions: pd.DataFrame, language: str) -> dict[str, str]:
    """Region id -> its name in ``language`` (else English, else the id)."""
    for column in (f"name_{language}", "name_en", "name_ru"):
        if column in regions.columns:
            names = regions[column].astype(str)
            return {str(unit): name for unit, name in zip(regions.index, names)}
    return {str(unit): str(unit) for unit in regions.index}


def _highlighted(regions: gpd.GeoDataFrame, names: list[str], scored: set[str]) -> list[str]:
    """The ids of the regions ``names`` names (id, code or name), refused when unknown or
    without any score."""
    ids = pd.Index(regions.index)
    found, unknown = [], []
    for name in names:
        match = _find_region(regions, ids, name)
        if match is None or str(match) not in scored:
            unknown.append(name)
        else:
            found.append(str(match))
    if unknown:
        fields = [column for column in CORE_NAME_FIELDS if column in regions.columns]
        how = f" ({', '.join(fields)} or the region id)" if fields else " (the region id)"
        raise ParameterError(
            f"Region(s) {describe_ids(unknown)} to draw in colour name no region with a score"
            f"{how}, e.g. {describe_ids(sorted(scored)[:3])}. Correct the names or leave the "
            "list empty.")
    return list(dict.fromkeys(found))


def _with_trajectories(regions: gpd.GeoDataFrame, result: PanelIndexResult) -> gpd.GeoDataFrame:
    """Every region with its trajectory fields (empty where it has no score)."""
    fields = result.trajectory
    kept = regions.drop(columns=[column for column in fields.columns if column in regions.columns])
    joined = kept.join(fields, how="left")
    return geometry_last(gpd.GeoDataFrame(joined.reset_index(drop=True),
                                          geometry=regions.geometry.name, crs=regions.crs))


def _source(options: TrajectoriesJob, layer: gpd.GeoDataFrame | None, step: Progress,
            cancelled: Cancelled | None) -> tuple[Any, gpd.GeoDataFrame, list[str], str]:
    """The panel, its regions (indexed by id as text), the reading's notes and the source
    in words, from the job's table or from ``layer``."""
    if options.panel is not None and layer is not None:
        raise ParameterError(
            "Give either a multi-year table or a layer with one feature per region and year, "
            "not both: the index over years reads one panel.")
    if options.panel is None and layer is None:
        raise ParameterError(
            "Give a multi-year table (year, region, indicator, value) or a layer with one "
            "feature per region and year.")
    if layer is not None:
        data, regions = layer_panel(layer, options.region_field, options.year_field)
        return data, regions, [], "a layer with one feature per region and year"
    harmonised = panel_job.run(options.panel, progress=lambda fraction: step(0.3 * fraction),
                               cancelled=cancelled)
    panel = harmonised.harmonised
    regions = load_bundled_regions(panel.target_set).set_index("unit_id", drop=False)
    regions.index = pd.Index(regions.index.astype(str), name="unit_id")
    source = f"{Path(options.panel.table).name} on the {panel.target_set} boundary set"
    return panel, regions, list(harmonised.notes), source


def run(
    options: TrajectoriesJob,
    layer: gpd.GeoDataFrame | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> TrajectoriesOutcome:
    """Compute the index of every region in every year on the job's fixed reference.

    Parameters
    ----------
    options : TrajectoriesJob
        The choices and, for the table route, the table (``options.panel``).
    layer : geopandas.GeoDataFrame, optional
        The panel as a layer with one feature per region and year (instead of a table).
    progress, cancelled : callable, optional
        ``progress(fraction)`` and ``cancelled() -> bool``.

    Returns
    -------
    TrajectoriesOutcome

    Raises
    ------
    InputFileError, TableFormatError, MatchError
        The table cannot be read, or a year's regions fit no boundary set.
    ParameterError
        Both or neither of a table and a layer; a kind, weight or split rule missing; fewer
        than two years; an indicator without values in a year; ``rank`` normalisation; a
        region to highlight that has no score.
    CancelledError
        When ``cancelled()`` returns True.
    """
    step = checkpoint(progress, cancelled, "The index over years was cancelled; nothing was "
                                           "written.")
    panel, regions, notes, source = _source(options, layer, step, cancelled)
    step(0.3)
    result = panel_index(panel, options.options(),
                         progress=lambda fraction: step(0.3 + 0.65 * fraction),
                         cancelled=cancelled)
    names = _region_names(regions, options.language)
    highlight = _highlighted(regions, options.highlight, set(result.trajectory.index))
    step(1.0)
    notes = [*notes, *result.notes]
    details = {key: value for key, value in result.provenance.items()
               if key not in ("tool", "created_utc", "parameters", "versions")}
    record = provenance_record(
        TOOL, options.parameters(), source=source, index_over_years=details,
        reference=result.reference, base_year=result.base_year, years=result.years,
        regions_per_year={str(year): count for year, count in result.regions_per_year.items()},
        notes=notes)
    return TrajectoriesOutcome(
        result=result, regions=_with_trajectories(regions, result), names=names,
        highlight=highlight, language=options.language,
        harmonised=panel if isinstance(panel, HarmonisedPanel) else None,
        provenance=record, notes=notes)
