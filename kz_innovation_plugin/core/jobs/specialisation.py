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
    "dominant_stars": "sp_dom_st",
    "largest": "sp_largest",
    "missing_activities": "sp_missing",
}
#: the number (1, 2, ...) of the dominant activity in the table's order: what the style
#: colours, so that an activity keeps its colour in every output of one table
DOMINANT_NUMBER = "sp_dom_no"
#: the activities the region layer's style colours (processing_provider.styles.MAX_ACTIVITIES)
MAX_STYLED_ACTIVITIES = 60
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
    total_sheet : str or int, optional
        Layout ``"sheets"``: the sheet with each region's total (its true size when some
        cells are confidential).
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
    total_sheet: str | int | None = None
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
        if activity.strip() in pairs:
            raise ParameterError(
                f'The activity "{activity.strip()}" is named twice in the activity sheets: '
                "name each activity once.")
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
    incomplete : list of str
        Regions whose measures rest on their known cells only (:func:`_incomplete`).
    """

    result: SpecialisationResult
    regions: gpd.GeoDataFrame
    match_report: pd.DataFrame
    shift_share: pd.DataFrame | None = None
    published: SpecialisationResult | None = None
    summed: dict[str, list[str]] = field(default_factory=dict)
    incomplete: list[str] = field(default_factory=list)

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
        """The dominant-activity legend: activity number -> activity name, for the
        activities that dominate some feature of the layer (as the legend on load lists)."""
        activities = list(self.result.lq.columns)
        present = set(self.regions[DOMINANT_NUMBER].dropna().astype(int))
        return {REGIONS_LAYER: {str(number): str(activities[number - 1])
                                for number in sorted(present)}}

    def summary(self) -> str:
        """A few lines for a terminal: :meth:`headline`, then the notes."""
        return "\n".join([self.headline(), *self.notes])

    def headline(self) -> str:
        """What was measured and the strongest specialisations (a log shows the notes
        apart)."""
        regions = self.result.regions
        matched = int(self.regions[REGION_FIELDS["total"]].notna().sum())
        lines = [f"{len(regions)} regions x {self.result.lq.shape[1]} activities measured; "
                 f"{matched} of {len(self.regions)} features matched a table row."]
        strongest = regions["dominant_lq"].dropna().sort_values(ascending=False).head(3)
        for label, lq in strongest.items():
            lines.append(f"{label}: {regions.at[label, 'dominant']} (LQ {lq:.2f})")
        return "\n".join(lines)


def read_table(path: str, job: SpecialisationJob, sheet: str | int | None) -> ActivityTable:
    """Read one region x activity table with the job's layout."""
    if job.layout == "sheets":
        return read_activity_sheets(path, job.sheets or {}, column=job.column, dash=job.dash,
                                    total_sheet=job.total_sheet)
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
    joined.warnings.extend(_unmatched_rows(joined.report, joined.boundary_set, labels))
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


def _unmatched_rows(report: pd.DataFrame, layer_set: str | None,
                    labels: list[str]) -> list[str]:
    """Warnings on the table's rows that no feature takes (a layer of part of a country).

    A table of another boundary set than the layer's is refused instead: its extra regions
    (2022's Abai) lie inside the layer's units (2018's East Kazakhstan), whose measures
    would then leave them out.
    """
    table = report[report["side"] == "table"]
    unmatched = table.loc[table["match_kind"] == "unmatched", "table_key"].astype(str).tolist()
    if not unmatched:
        return []
    from ..regions import Gazetteer

    gazetteer = Gazetteer.load()
    units = {found[0].unit_id for label in labels if (found := gazetteer.match(label))}
    fits = gazetteer.sets_containing(units) if units else []
    listed = f"{len(unmatched)} region(s) of the table match no feature of the layer: " \
             f"{', '.join(unmatched)}."
    if fits and layer_set and layer_set not in fits:
        raise MatchError(
            f"{listed} The table's regions form the {' or '.join(fits)} boundary set, the "
            f"layer is the {layer_set} set: give the regions of the table's year "
            "(kzinnovation:bundledregions), or sum the table to the layer's set (AGGREGATE). "
            "Nothing was written.")
    return [f"{listed} Their measures are in the region x activity table only; if they "
            "should be on the map, check the layer's region field (KEY_FIELD) and the "
            "table's region names."]


def _shift_share(job: SpecialisationJob, table: ActivityTable, target: str | None = None, *,
                 notes: list[str] | None = None) -> pd.DataFrame | None:
    """Shift-share of the base-year table to ``table``, or None without a base table.

    With ``target`` (the layer's boundary set, ``job.aggregate``) both years are summed to
    it first (:func:`aggregate_to_set`), so that a 2018 base and a 2022 end meet on the
    layer's set.  Notes (the base table's sums, activities with a zero national total in
    the base year) are appended to ``notes``.
    """
    if not job.base_table:
        return None
    base = read_table(job.base_table, job, job.base_sheet)
    if target:
        table = aggregate_to_set(table, target)
        summed = aggregate_to_set(base, target)
        if summed.summed and notes is not None:
            notes.extend(f"Base-year table: {note}" for note in summed.notes[len(base.notes):])
        base = summed
    return shift_share(base.values, table.values, base_national=base.national,
                       end_national=table.national,
                       esteban_marquillas=job.esteban_marquillas, notes=notes)


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
    result = with_dominant_stars(specialisation(fitted, **thresholds), fitted.national)
    incomplete = _incomplete(result, fitted)
    published = specialisation(table, **thresholds) if fitted is not table else None
    changes = _shift_share(options, table, target if options.aggregate else None,
                           notes=result.notes)
    step(0.6)
    regions, report, warnings = _regions_layer(layer, result, options)
    if result.lq.shape[1] > MAX_STYLED_ACTIVITIES:
        warnings.append(
            f"The table has {result.lq.shape[1]} activities; the style colours the first "
            f"{MAX_STYLED_ACTIVITIES} (a region whose dominant activity comes later is drawn "
            "without colour). Group the activities, or restyle the layer by sp_dom.")
    step(1.0)
    parameters = {key: value for key, value in asdict(options).items()
                  if value is not None and key != "layer_label"}
    record = provenance_record(
        TOOL, parameters, table={"source": Path(options.table).name, "notes": fitted.notes},
        layer=options.layer_label or "the layer", measures=result.parameters,
        warnings=warnings)
    return SpecialisationOutcome(
        result=result, regions=regions, match_report=report, shift_share=changes,
        published=published, summed=fitted.summed, incomplete=incomplete,
        provenance=record, notes=[*result.notes, *_incomplete_note(incomplete), *warnings])


def with_dominant_stars(result: SpecialisationResult,
                        national: pd.Series | None = None) -> SpecialisationResult:
    """``result`` with ``dominant_stars`` per region (the stars, 0 to 3, of its dominant
    activity) and the country's Herfindahl-Hirschman index ``national_hhi`` (of the
    activities' national totals) among its parameters, which the typology reads."""
    cells = result.cells.set_index(["region", "activity"])["stars"]
    regions = result.regions
    pairs = pd.MultiIndex.from_arrays([regions.index, regions["dominant"]])
    stars = cells.reindex(pairs).to_numpy()
    result.regions = regions.assign(dominant_stars=pd.array(stars, dtype="Int64"))
    national = result.activities["total"] if national is None else national
    result.parameters["national_hhi"] = float(((national / national.sum()) ** 2).sum())
    return result


def _incomplete(result: SpecialisationResult, table: ActivityTable) -> list[str]:
    """Regions whose measures rest on their known cells only: some cell is missing and the
    table gives no region totals, so their total, shares and LQs are not their true ones."""
    if table.region_totals is not None:
        return []
    missing = result.regions["missing_activities"]
    return [str(label) for label in missing.index[missing > 0]]


def _incomplete_note(incomplete: list[str]) -> list[str]:
    if not incomplete:
        return []
    return [f"{', '.join(incomplete)}: some cells are missing and the table gives no region "
            "totals, so their totals, shares and location quotients rest on the known cells "
            "only (their LQs are too high) and the typology leaves them without a profile. "
            "Give each region's total (a total column, or the sheet of totals)."]
