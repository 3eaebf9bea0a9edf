"""The join as a job: an indicator table matched to a boundary layer, with its match report.

:class:`JoinJob` holds the choices; :func:`run` joins the table to the given layer (or to the
job's layer file, or the bundled boundary set of the table's year) and returns a
:class:`JoinOutcome`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..added_fields import replaced_notes, without_fields
from ..bundled import load_bundled_regions
from ..fieldnames import safe_field_names
from ..indicators import catalogue_field_names
from ..join import MATCH_FIELD, ROW_FIELD, JoinOptions, JoinResult, join_indicators
from ..provenance import provenance_frame, provenance_record
from ..regions import set_for_year
from ..tables import IndicatorTable, indicator_table_from_frame, read_indicator_table
from ..vector import read_vector_layer
from .base import Cancelled, Outcome, Progress, checkpoint, national_row

JOINED_LAYER = "regions_indicators"
REPORT_LAYER = "match_report"
FIELD_MAP_LAYER = "field_map"
PROVENANCE_LAYER = "provenance"


@dataclass
class JoinJob:
    """Everything the join needs besides the layer itself.

    The table is a file (``table``) or an attribute table already in memory
    (``table_frame``, for example a QGIS table layer, named ``table`` in messages).
    """

    table: str
    sheet: str | int | None = None
    year: int | None = None
    encoding: str | None = None
    layer: str | None = None
    layer_name: str | None = None
    boundary_set: str | None = None
    layer_key: str | None = None
    table_key: str | None = None
    fuzzy_threshold: float | None = None
    table_frame: pd.DataFrame | None = field(default=None, repr=False)
    #: how messages and the record name the layer given to :func:`run` (not a parameter)
    layer_label: str | None = field(default=None, repr=False)

    def options(self) -> JoinOptions:
        return JoinOptions(
            layer_key=self.layer_key or None,
            table_key=self.table_key or None,
            fuzzy_threshold=self.fuzzy_threshold,
            field_names=catalogue_field_names(),
        )


@dataclass(kw_only=True)
class JoinOutcome(Outcome):
    """A finished join.

    Attributes
    ----------
    result : JoinResult
        The joined layer, the match report and the field map.
    table : IndicatorTable
        The table as read (its notes, national row and sources).
    output : Path or None
        Where :meth:`write` wrote the GeoPackage.
    layer_label : str
        How the summary names the layer.
    """

    result: JoinResult
    table: IndicatorTable
    output: Path | None = None
    layer_label: str = "the layer"

    def national(self) -> pd.Series | None:
        """The table's national row keyed by the joined layer's field names (None without
        one)."""
        return national_row(self.table.national, self.result.field_map)

    def write(self, destination: str | Path) -> Path:
        """Write the joined layer and its tables to one GeoPackage (all or none)."""
        self.output = super().write(destination)
        return self.output

    def summary(self) -> str:
        """Two or three lines for a log or a terminal."""
        result = self.result
        features = len(result.joined)
        lines = [
            f"{result.matched_count} of {features} regions of {self.layer_label} matched a table "
            f"row (key: layer field {result.layer_key!r}, table column {result.table_key!r}); "
            f"{result.unmatched_row_count} table row(s) unmatched; "
            f"{len(result.field_map)} indicator field(s) joined.",
        ]
        if self.output is not None:
            lines.append(f"Written to {self.output}")
        return "\n".join(lines)

    def layers(self) -> dict[str, pd.DataFrame]:
        """The output layers, by name, for a GeoPackage."""
        field_map = pd.DataFrame(
            {
                "indicator": list(self.result.field_map),
                "field": list(self.result.field_map.values()),
                "unit": [self.table.units.get(name, "") for name in self.result.field_map],
            }
        )
        return {
            JOINED_LAYER: self.result.joined,
            REPORT_LAYER: self.result.report,
            FIELD_MAP_LAYER: field_map,
            PROVENANCE_LAYER: provenance_frame(self.provenance),
        }


def read_job_table(job: JoinJob) -> IndicatorTable:
    """Read the job's indicator table, from its file or from its frame."""
    if job.table_frame is not None:
        return indicator_table_from_frame(
            job.table_frame, name=job.table, year=job.year, key_column=job.table_key or None
        )
    return read_indicator_table(
        job.table, sheet=job.sheet, year=job.year, encoding=job.encoding,
        key_column=job.table_key or None,
    )


def joined_field_names(table: IndicatorTable, options: JoinOptions) -> list[str]:
    """The fields the join adds to a layer: the table's indicators, named as the join names
    them on a layer that has none of them, and the match fields."""
    indicators = safe_field_names(
        table.indicator_columns, reserved=[MATCH_FIELD, ROW_FIELD],
        max_length=options.max_field_length, preferred=options.field_names,
    )
    return [*indicators.values(), MATCH_FIELD, ROW_FIELD]


def join_layer(
    layer: gpd.GeoDataFrame,
    job: JoinJob,
    table: IndicatorTable | None = None,
    progress: Callable[[float], None] | None = None,
    layer_label: str = "the layer",
) -> JoinOutcome:
    """Read the job's table (unless given) and join it to ``layer``.

    The Processing algorithm calls this with the layer QGIS hands it; :func:`run_join` with a
    file or bundled layer.
    """
    table = table if table is not None else read_job_table(job)
    options = job.options()
    # a layer joined before (or indexed, or analysed) keeps none of the fields this join adds
    layer, replaced = without_fields(layer, joined_field_names(table, options),
                                     keep=[options.layer_key])
    result = join_indicators(layer, table, options, progress=progress)
    result.warnings.extend(replaced_notes(replaced))
    record = provenance_record(
        "kzinnovation:joinindicators",
        {
            key: value for key, value in asdict(job).items()
            if value is not None and key not in ("table_frame", "layer_label")
        },
        table={"source": str(job.table), "layout": table.layout, "year": table.year,
               "notes": table.notes},
        layer=layer_label,
        boundary_set=result.boundary_set,
        layer_key=result.layer_key,
        table_key=result.table_key,
        field_map={name: short for name, short in result.field_map.items()},
        warnings=result.warnings,
    )
    return JoinOutcome(result=result, table=table, provenance=record, layer_label=layer_label,
                       notes=list(table.notes))


def join_job_layer(job: JoinJob, progress: Progress | None = None) -> JoinOutcome:
    """Join the job's table to its layer: a file, or the bundled set of the table's year."""
    table = read_job_table(job)
    if job.layer:
        layer = read_vector_layer(job.layer, job.layer_name)
        label = Path(job.layer).name
    else:
        year = job.year or table.year
        boundary_set = job.boundary_set or (set_for_year(year) if year else "2022")
        layer = load_bundled_regions(boundary_set)
        label = f"the bundled {boundary_set} boundary set"
    return join_layer(layer, job, table=table, progress=progress, layer_label=label)


def run(
    options: JoinJob,
    layer: gpd.GeoDataFrame | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> JoinOutcome:
    """Join the table of ``options`` to ``layer``; without a layer, to the job's layer file
    or the bundled boundary set of the table's year."""
    step = checkpoint(progress, cancelled)
    if layer is None:
        return join_job_layer(options, progress=step)
    return join_layer(layer, options, progress=step,
                      layer_label=options.layer_label or "the layer")
