"""The index as a job: a layer's attributes in, the index layer and its method tables out.

Shared by ``python -m kz_innovation_plugin index`` and ``kzinnovation:innovationindex``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from .added_fields import add_fields, replaced_notes
from .composite.index import FIELDS, IndexOptions, IndexResult, build_index
from .fieldnames import safe_field_names
from .indicators import catalogue_field_names
from .output import write_geopackage
from .provenance import provenance_frame, provenance_record
from .tables import IndicatorTable, read_indicator_table

INDEX_LAYER = "regions_index"


@dataclass
class IndexJob:
    """The index options plus, optionally, the table whose national row serves as reference."""

    options: IndexOptions = field(default_factory=IndexOptions)
    national_table: str | None = None
    sheet: str | int | None = None
    year: int | None = None


def national_values(table: IndicatorTable, layer_columns: list[str]) -> pd.Series | None:
    """The table's national row, keyed by the layer's field names (as the join named them)."""
    if table.national.empty:
        return None
    row = table.national.iloc[0]
    preferred = catalogue_field_names()
    shortened = safe_field_names(table.indicator_columns, preferred=preferred)
    values = {}
    for indicator in table.indicator_columns:
        for name in (indicator, preferred.get(indicator), shortened[indicator]):
            if name in layer_columns:
                values[name] = row[indicator]
                break
    return pd.Series(values, dtype="float64") if values else None


@dataclass
class IndexOutcome:
    """The finished index and the tables written beside it."""

    result: IndexResult
    layer: gpd.GeoDataFrame
    provenance: dict[str, Any]
    output: Path | None = None

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
        label = next((c for c in ("name_en", "name_ru", "unit_id") if c in table.columns), None)
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
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
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
    return IndexOutcome(result, indexed, record)


def write_index(outcome: IndexOutcome, output: str | Path) -> IndexOutcome:
    """Write the index layer and its tables to one GeoPackage (all or nothing)."""
    outcome.output = write_geopackage(output, {INDEX_LAYER: outcome.layer, **outcome.tables()})
    return outcome
