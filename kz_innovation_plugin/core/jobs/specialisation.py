"""Specialisation as a job: a region x activity table measured and joined to a boundary layer.

:class:`SpecialisationJob` holds the choices (the table, its layout, the thresholds, an
optional base-year table for shift-share); :func:`run` reads the table
(:mod:`..specialisation.reading`), measures it (:func:`..specialisation.specialisation`),
matches its regions to the layer's features with the join's matcher (codes and names in
Kazakh, Russian and English, the boundary set checked) and returns a
:class:`SpecialisationOutcome`: the region layer with the per-region measures, the long
region x activity table, the activities' localisation, shift-share with a base year, the match
report and the method record.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from .._checks import geometry_last
from ..choices import DASH, TABLE_LAYOUT
from ..errors import MatchError, ParameterError
from ..join import JoinOptions, join_indicators, layer_boundary_set
from ..provenance import provenance_record
from ..specialisation import (
    ActivityTable,
    SpecialisationResult,
    read_activity_sheets,
    read_activity_table,
    shift_share,
    specialisation,
)
from ..specialisation.boundaries import aggregate_to_set
from ..tables import indicator_table_from_frame
from .base import Cancelled, Outcome, Progress, checkpoint

TOOL = "kzinnovation:specialisation"
REGIONS_LAYER = "regions_specialisation"
CELLS_LAYER = "specialisation_cells"
ACTIVITIES_LAYER = "activity_localisation"
SHIFT_SHARE_LAYER = "shift_share"
MATCH_LAYER = "specialisation_match"
#: the cells of the table on its own regions, when summed to the layer's boundary set
PUBLISHED_LAYER = "specialisation_cells_published"
#: per-region measure -> field of the region layer (10 characters at most, Shapefile-safe)
REGION_FIELDS = {
    "total": "sp_total",
    "hhi": "sp_hhi",
    "krugman": "sp_krugman",
    "n_specialisations": "sp_n_spec",
    "specialisations": "sp_list",
    "dominant": "sp_dom",
    "dominant_lq": "sp_dom_lq",
    "largest": "sp_largest",
    "missing_activities": "sp_missing",
}
#: the number (1, 2, ...) of the dominant activity in the table's order: what the style
#: colours, so that an activity keeps its colour in every output of one table
DOMINANT_NUMBER = "sp_dom_no"
#: the column of the job's table that joins back to the layer
_ROW_KEY = "sp_row"


@dataclass
class SpecialisationJob:
    """Everything the specialisation needs besides the layer.

    Attributes
    ----------
    table : str
        The region x activity table: CSV, XLSX, XLS or ODS.
    layout : {"wide", "long", "sheets"}
        One row per region, one row per region and activity, or one sheet per activity (the
        BNS bulletins by field of science); :data:`..choices.TABLE_LAYOUT`.
    sheet : str or int, optional
        The sheet of a wide or long workbook.
    sheets : dict, optional
        Layout ``"sheets"``: activity -> sheet (see :func:`parse_sheet_map`).
    column : str or int
        Layout ``"sheets"``: the column of each sheet with the activity's value.
    region_column, activity_column, value_column, total_column : str, optional
        The columns of a long table, and a wide table's total column.
    dash : {"zero", "missing"}
        How "-" is read.
    base_table : str, optional
        The same quantity in an earlier year, read with the same layout: shift-share.
    base_sheet : str or int, optional
        The base table's sheet (wide and long layouts).
    esteban_marquillas : bool
        Split the regional shift into competitive and allocation effects.
    threshold, size_share, lq_threshold, focus_share : float
        The specialisation threshold (LQ) and the star thresholds.
    layer_key : str, optional
        The layer's field of region codes or names (detected when empty).
    aggregate : bool
        Sum a table of a newer boundary set to the layer's set (2022's Abai and East
        Kazakhstan into 2018's East Kazakhstan, :mod:`..specialisation.boundaries`); the
        measures of the table as published are kept beside.
    """

    table: str
    layout: str = "wide"
    sheet: str | int | None = None
    sheets: dict[str, str] | None = None
    column: str | int = 0
    region_column: str | None = None
    activity_column: str | None = None
    value_column: str | None = None
    total_column: str | None = None
    dash: str = "zero"
    base_table: str | None = None
    base_sheet: str | int | None = None
    esteban_marquillas: bool = False
    threshold: float = 1.25
    size_share: float = 0.10
    lq_threshold: float = 2.0
    focus_share: float = 0.10
    layer_key: str | None = None
    aggregate: bool = False
    #: how messages and the record name the layer given to :func:`run` (not a parameter)
    layer_label: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.layout = TABLE_LAYOUT.resolve(self.layout)
        self.dash = DASH.resolve(self.dash)
        if self.layout == "sheets" and not self.sheets:
            raise ParameterError(
                'The layout "sheets" needs the sheet of each activity, e.g. "natural '
                'sciences=6; engineering and technology=7".')


def parse_sheet_map(text: str) -> dict[str, str]:
    """Read ``"activity=sheet; activity=sheet"`` (one pair per ``;`` or line).

    Examples
    --------
    >>> parse_sheet_map("natural sciences=6; medical sciences = 8")
    {'natural sciences': '6', 'medical sciences': '8'}
    """
    pairs: dict[str, str] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        activity, equals, sheet = part.partition("=")
        if not equals or not activity.strip() or not sheet.strip():
            raise ParameterError(
                f'"{part.strip()}" is not "activity=sheet": write each activity, an equals '
                'sign and its sheet, separated by ";", e.g. "natural sciences=6; medical '
                'sciences=8".')
        pairs[activity.strip()] = sheet.strip()
    if not pairs:
        raise ParameterError('Name at least one "activity=sheet" pair.')
    return pairs


@dataclass(kw_only=True)
class SpecialisationOutcome(Outcome):
    """A finished specialisation job.

    Attributes
    ----------
    result : SpecialisationResult
        The measures, keyed by the table's region labels.
    regions : geopandas.GeoDataFrame
        The layer with the per-region fields (:data:`REGION_FIELDS`, :data:`DOMINANT_NUMBER`).
    match_report : pandas.DataFrame
        How each table row and feature matched.
    shift_share : pandas.DataFrame or None
        Shift-share components, with a base table.
    published : SpecialisationResult or None
        The measures of the table on its own regions, when it was summed to the layer's
        boundary set.
    summed : dict
        Region of the layer's set -> the table's regions summed into it.
    """

    result: SpecialisationResult
    regions: gpd.GeoDataFrame
    match_report: pd.DataFrame
    shift_share: pd.DataFrame | None = None
    published: SpecialisationResult | None = None
    summed: dict[str, list[str]] = field(default_factory=dict)

    def layers(self) -> dict[str, pd.DataFrame]:
        """The region layer, the long tables, the match report and the method record."""
        layers = {
            REGIONS_LAYER: self.regions,
            CELLS_LAYER: self.cells(),
            ACTIVITIES_LAYER: self.result.activities.rename_axis("activity").reset_index(),
        }
        if self.published is not None:
            layers[PUBLISHED_LAYER] = self.published.cells
        if self.shift_share is not None:
            layers[SHIFT_SHARE_LAYER] = self.shift_share
        layers[MATCH_LAYER] = self.match_report
        return {**layers, **super().layers()}

    def cells(self) -> pd.DataFrame:
        """The long region x activity table, with the unit each region label matched."""
        units = self.region_units()
        cells = self.result.cells.copy()
        cells.insert(1, "unit_id", cells["region"].map(units))
        return cells

    def region_units(self) -> pd.Series:
        """Table region label -> the matched layer feature's unit id (or key value)."""
        report = self.match_report
        table_rows = report[(report["side"] == "table") & report["unit_id"].notna()]
        return pd.Series(table_rows["unit_id"].to_numpy(), index=table_rows["table_key"])

    def style_labels(self) -> dict[str, dict[str, str]]:
        """The dominant-activity legend: activity number -> activity name."""
        activities = list(self.result.lq.columns)
        return {REGIONS_LAYER: {str(i + 1): str(name) for i, name in enumerate(activities)}}

    def summary(self) -> str:
        """A few lines for a log or a terminal."""
        regions = self.result.regions
        matched = int(self.regions[DOMINANT_NUMBER].notna().sum())
        lines = [f"{len(regions)} regions x {self.result.lq.shape[1]} activities measured; "
                 f"{matched} of {len(self.regions)} features matched a table row."]
        strongest = regions["dominant_lq"].dropna().sort_values(ascending=False).head(3)
        for label, lq in strongest.items():
            lines.append(f"{label}: {regions.at[label, 'dominant']} (LQ {lq:.2f})")
        return "\n".join([*lines, *self.notes])


def read_table(path: str, job: SpecialisationJob, sheet: str | int | None) -> ActivityTable:
    """Read one region x activity table with the job's layout."""
    if job.layout == "sheets":
        return read_activity_sheets(path, job.sheets or {}, column=job.column, dash=job.dash)
    return read_activity_table(
        path, sheet=sheet, layout=job.layout, region_column=job.region_column,
        activity_column=job.activity_column, value_column=job.value_column,
        total_column=job.total_column, dash=job.dash)


def _regions_layer(layer: gpd.GeoDataFrame, result: SpecialisationResult,
                   job: SpecialisationJob) -> tuple[gpd.GeoDataFrame, pd.DataFrame, list[str]]:
    """The layer with the per-region fields, matched by the join's rules; and the report."""
    labels = list(result.regions.index)
    keys = indicator_table_from_frame(
        pd.DataFrame({"region": labels, _ROW_KEY: np.arange(len(labels), dtype="float64")}),
        name=Path(job.table).name, key_column="region")
    joined = join_indicators(layer, keys, JoinOptions(layer_key=job.layer_key or None))
    _require_every_row_matched(joined.report, joined.boundary_set, labels)
    position = joined.joined[_ROW_KEY].to_numpy()
    known = ~np.isnan(position)
    take = np.where(known, position, 0).astype(int)
    regions = layer.copy()
    measures = result.regions.reset_index(drop=True)
    for measure, field_name in REGION_FIELDS.items():
        values = measures[measure].to_numpy()[take]
        regions[field_name] = pd.Series(values, index=regions.index).where(known)
    number = pd.Series(np.arange(1, result.lq.shape[1] + 1), index=result.lq.columns)
    dominant = measures["dominant"].map(number).to_numpy(dtype="float64")[take]
    regions[DOMINANT_NUMBER] = pd.array(np.where(known, dominant, np.nan), dtype="Int64")
    return geometry_last(regions), joined.report, joined.warnings


def _require_every_row_matched(report: pd.DataFrame, layer_set: str | None,
                               labels: list[str]) -> None:
    """A region of the table that no feature takes would bias every LQ of the others' parent
    (2022's Abai inside 2018's East Kazakhstan): refuse, naming the rows and the sets."""
    table = report[report["side"] == "table"]
    unmatched = table.loc[table["match_kind"] == "unmatched", "table_key"].astype(str).tolist()
    if not unmatched:
        return
    from ..regions import Gazetteer

    gazetteer = Gazetteer.load()
    units = {found[0].unit_id for label in labels if (found := gazetteer.match(label))}
    fits = gazetteer.sets_containing(units) if units else []
    sets = (f" The table's regions form the {' or '.join(fits)} boundary set"
            f"{f', the layer is the {layer_set} set' if layer_set else ''}: give the regions "
            "of the table's year (kzinnovation:bundledregions)." if fits and layer_set not in fits
            else " Check the layer's region field and the table's region names.")
    raise MatchError(
        f"{len(unmatched)} region(s) of the table match no feature of the layer: "
        f"{', '.join(unmatched)}.{sets} Nothing was written.")


def _shift_share(job: SpecialisationJob, table: ActivityTable) -> pd.DataFrame | None:
    if not job.base_table:
        return None
    base = read_table(job.base_table, job, job.base_sheet)
    return shift_share(base.values, table.values, base_national=base.national,
                       end_national=table.national,
                       esteban_marquillas=job.esteban_marquillas)


def run(
    options: SpecialisationJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SpecialisationOutcome:
    """Measure the job's table and join the per-region measures to ``layer``.

    Raises
    ------
    InputFileError, TableFormatError, MatchError, ParameterError
        With the problem and the fix: a table without its national row where one is needed,
        activities that do not add up to the total, negative values, regions of another
        boundary set than the layer's.
    """
    step = checkpoint(progress, cancelled)
    table = read_table(options.table, options, options.sheet)
    step(0.3)
    return measure(table, layer, options, step=step)


def measure(table: ActivityTable, layer: gpd.GeoDataFrame, options: SpecialisationJob, *,
            step: Progress | None = None) -> SpecialisationOutcome:
    """Measure a table already read and join the per-region measures to ``layer``
    (summed to the layer's boundary set first with ``options.aggregate``)."""
    step = step or (lambda fraction: None)
    fitted = table
    if options.aggregate and (target := layer_boundary_set(layer)):
        fitted = aggregate_to_set(table, target)
    thresholds = {"threshold": options.threshold, "size_share": options.size_share,
                  "lq_threshold": options.lq_threshold, "focus_share": options.focus_share}
    result = specialisation(fitted, **thresholds)
    published = specialisation(table, **thresholds) if fitted is not table else None
    changes = _shift_share(options, table)
    step(0.6)
    regions, report, warnings = _regions_layer(layer, result, options)
    step(1.0)
    parameters = {key: value for key, value in asdict(options).items()
                  if value is not None and key != "layer_label"}
    record = provenance_record(
        TOOL, parameters, table={"source": Path(options.table).name, "notes": fitted.notes},
        layer=options.layer_label or "the layer", measures=result.parameters,
        warnings=warnings)
    return SpecialisationOutcome(
        result=result, regions=regions, match_report=report, shift_share=changes,
        published=published, summed=fitted.summed, provenance=record,
        notes=[*result.notes, *warnings])
