"""The index as a job: a layer's attributes in, the index layer and its method tables out.

:class:`IndexJob` holds the choices; :func:`run` returns an :class:`IndexOutcome`.  Shared by
``python -m kz_innovation_plugin index``, ``kzinnovation:innovationindex`` and the full
analysis.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .._checks import name_field
from ..added_fields import add_fields, replaced_notes
from ..composite.index import FIELDS, IndexOptions, IndexResult, build_index
from ..fieldnames import safe_field_names
from ..indicators import catalogue_field_names
from ..output import write_geopackage
from ..provenance import provenance_frame, provenance_record
from ..tables import IndicatorTable, read_indicator_table
from .base import Cancelled, Outcome, Progress, national_row

INDEX_LAYER = "regions_index"


@dataclass
class IndexJob:
    """The index options plus, optionally, the national row that serves as reference: given
    (``national``, keyed by the layer's field names) or read from a table."""

    options: IndexOptions = field(default_factory=IndexOptions)
    national_table: str | None = None
    sheet: str | int | None = None
    year: int | None = None
    national: pd.Series | None = field(default=None, repr=False)


def national_values(table: IndicatorTable, layer_columns: list[str]) -> pd.Series | None:
    """The table's national row, keyed by the layer's field names (as the join named them)."""
    preferred = catalogue_field_names()
    shortened = safe_field_names(table.indicator_columns, preferred=preferred)
    names = {}
    for indicator in table.indicator_columns:
        for name in (indicator, preferred.get(indicator), shortened[indicator]):
            if name in layer_columns:
                names[indicator] = name
                break
    values = national_row(table.national, names)
    return values if values is not None and len(values) else None


@dataclass(kw_only=True)
class IndexOutcome(Outcome):
    """The finished index and the tables written beside it.

    Attributes
    ----------
    result : IndexResult
        The index, its steps' reports, coherence and uncertainty.
    layer : GeoDataFrame
        The input layer with the index fields (those of an earlier index replaced).
    output : Path or None
        Where :meth:`write` wrote the GeoPackage.
    """

    result: IndexResult
    layer: gpd.GeoDataFrame
    output: Path | None = None

    def layers(self) -> dict[str, pd.DataFrame]:
        """The index layer, then the method record and the method tables."""
        return {INDEX_LAYER: self.layer, **self.tables()}

    def write(self, destination: str | Path) -> Path:
        """Write the index layer and its tables to one GeoPackage (all or nothing).

        Its layers are exactly :meth:`layers` (no stored style: the index GeoPackage's list
        of layers is part of its documented format); the index style is applied when QGIS
        loads the layer.
        """
        self.output = write_geopackage(destination, self.layers())
        return self.output

    def tables(self) -> dict[str, pd.DataFrame]:
        """Method record, weights, correlations, treatment and missing-value reports."""
        result = self.result
        correlation = result.coherence.correlation.reset_index(names="indicator")
        return {
            "method": provenance_frame(self.provenance),
            "weights": result.weights_table(),
            "correlation": correlation,
            "treatment": result.treatment.report,
            "missing_values": result.imputation.report,
        }

    def summary(self, top: int = 5) -> str:
        """The top regions with their rank intervals, for a log or a terminal."""
        table = self.layer.sort_values("innov_rank")
        label = name_field(table.columns)
        lines = [f"Innovation index of {int(table['in_index'].sum())} regions; top {top}:"]
        for _, row in table.head(top).iterrows():
            name = row[label] if label else row.name
            lines.append(
                f"  {int(row['innov_rank']):>2}. {name}: {row['innov_idx']:.3f} "
                f"({row['innov_lvl']}), rank interval {row['rank_p05']:.0f}-{row['rank_p95']:.0f},"
                f" P(top level) {row['p_top']:.2f}"
            )
        if self.output is not None:
            lines.append(f"Written to {self.output}")
        return "\n".join(lines)


def _fresh_field_names(result: IndexResult) -> None:
    """Name the per-indicator and per-group fields as on a layer without an earlier index.

    The index keeps clear of every field of its input, so on an index layer it would name
    them ``n_rd_exp_1`` ...; the fields of the earlier index are replaced instead (see
    :mod:`.added_fields`).  The table and the names in the method record change in place.
    """
    names = result.field_names
    fresh = safe_field_names(list(names), reserved=[*FIELDS, *result.indicators])
    renamed = {names[key]: fresh[key] for key in names if names[key] != fresh[key]}
    if renamed:
        result.table = result.table.rename(columns=renamed)
        names.update(fresh)


def index_layer(
    layer: gpd.GeoDataFrame,
    job: IndexJob,
    national: pd.Series | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> IndexOutcome:
    """Compute the index for ``layer``'s regions; the national row comes from ``national`` or
    from the job's table."""
    if national is None and job.national_table:
        table = read_indicator_table(job.national_table, sheet=job.sheet, year=job.year)
        national = national_values(table, list(map(str, layer.columns)))
    attributes = pd.DataFrame(layer.drop(columns=layer.geometry.name))
    result = build_index(attributes, job.options, national, progress=progress,
                         cancelled=cancelled)
    # the fields of an earlier index on this layer are replaced by this run's
    _fresh_field_names(result)
    indexed, replaced = add_fields(layer, result.table)
    result.notes.extend(replaced_notes(replaced))
    options = asdict(job.options)
    record = provenance_record(
        "kzinnovation:innovationindex",
        {"national_table": job.national_table, "year": job.year, **options},
        method=result.record,
        notes=result.notes,
        fields=FIELDS,
    )
    return IndexOutcome(result=result, layer=indexed, provenance=record, notes=result.notes)


def run(
    options: IndexJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> IndexOutcome:
    """The index of ``layer``'s regions with the job's options and national row."""
    return index_layer(layer, options, national=options.national, progress=progress,
                       cancelled=cancelled)
