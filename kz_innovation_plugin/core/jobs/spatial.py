"""Spatial weights and autocorrelation as jobs: weights, global statistics, LISA, hot spots.

:class:`SpatialJob` holds the settings every spatial job shares (weights, ids, inference);
:class:`WeightsJob`, :class:`GlobalJob`, :class:`LisaJob` and :class:`HotspotsJob` are the
four jobs' options, and :func:`run` runs whichever it is given.  Each job builds or reads its
spatial weights, runs one family of statistics and returns a :class:`SpatialOutcome`: the
output table or layer with a provenance record (parameters, seed, permutations, correction,
the weights summary and library versions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from .._checks import describe_ids, no_such_field
from ..added_fields import add_fields, replaced_notes
from ..autocorrelation import global_statistics, hotspots, local_moran, moran_scatter
from ..errors import ParameterError
from ..provenance import provenance_record
from ..spatial_weights import (
    SpatialWeights,
    WeightsOptions,
    build_weights,
    load_weights,
    save_weights,
)
from .base import Cancelled, Outcome, Progress, checkpoint


@dataclass
class SpatialJob:
    """Weights (built, or read from a GAL/GWT file) and the inference settings."""

    weights: WeightsOptions = field(default_factory=WeightsOptions)
    weights_file: str | None = None
    id_field: str | None = None
    permutations: int = 999
    seed: int = 1
    alpha: float = 0.05
    correction: str = "fdr"
    inference: str = "permutation"

    def parameters(self) -> dict[str, Any]:
        return {**asdict(self), "weights": asdict(self.weights)}


@dataclass
class WeightsJob:
    """Build weights with ``spatial``'s options and save them as GAL or GWT at ``output``."""

    output: str | Path
    spatial: SpatialJob = field(default_factory=SpatialJob)


@dataclass
class GlobalJob:
    """Moran's I, Geary's C and General G of each of ``fields``."""

    fields: list[str]
    spatial: SpatialJob = field(default_factory=SpatialJob)


@dataclass
class LisaJob:
    """Local Moran's I of ``field`` (bivariate against ``other_field``'s lag when given)."""

    field: str
    spatial: SpatialJob = field(default_factory=SpatialJob)
    other_field: str | None = None


@dataclass
class HotspotsJob:
    """Getis-Ord Gi* of ``field``; the p-values as ``spatial.inference`` says."""

    field: str
    spatial: SpatialJob = field(default_factory=SpatialJob)


@dataclass(kw_only=True)
class SpatialOutcome(Outcome):
    """A finished spatial job.

    Attributes
    ----------
    frame : DataFrame
        The output: the weights summary, the global statistics table, or the layer with
        the local statistic's fields.
    weights : SpatialWeights
        The weights the job built or read (reused by later steps of the same run).
    name : str
        The output's layer name (``lisa`` and ``hotspots`` have a plugin style).
    extra : dict
        Further tables by layer name (the Moran scatterplot data of the global job).
    """

    frame: pd.DataFrame
    weights: SpatialWeights
    name: str = "output"
    extra: dict[str, pd.DataFrame] = field(default_factory=dict)

    def layers(self) -> dict[str, pd.DataFrame]:
        """The output, the extra tables and the method record."""
        return {self.name: self.frame, **self.extra, **super().layers()}


def indexed_by(layer: gpd.GeoDataFrame, id_field: str | None) -> gpd.GeoDataFrame:
    """The layer indexed by ``id_field`` (the ids of a weights file), or as it is."""
    if not id_field:
        return layer
    if id_field not in layer.columns:
        raise no_such_field(id_field, layer, role="ids")
    ids = layer[id_field]
    if ids.isna().any() or ids.duplicated().any():
        repeated = describe_ids(ids[ids.duplicated()].unique(), 5)
        raise ParameterError(
            f"Field {id_field!r} cannot identify features: ids must be unique and not empty "
            f"(repeated: {repeated or 'none'}; empty: {int(ids.isna().sum())})."
        )
    return layer.set_index(id_field, drop=False)


def job_weights(layer: gpd.GeoDataFrame, job: SpatialJob,
                weights: SpatialWeights | None = None, cancelled=None) -> SpatialWeights:
    """Read the job's weights file, or build weights with its options (stopping when
    ``cancelled()`` turns true).

    ``weights`` already made for this layer and job (by an earlier step of the same run)
    are returned as they are.
    """
    if weights is not None:
        return weights
    if job.weights_file:
        return load_weights(job.weights_file, layer, transform=job.weights.transform,
                            island_policy=job.weights.island_policy)
    return build_weights(layer, job.weights, cancelled=cancelled)


def _numeric(layer: pd.DataFrame, name: str) -> pd.Series:
    if name not in layer.columns:
        fields = ", ".join(map(str, layer.columns))
        raise ParameterError(f"The layer has no field {name!r}; its fields are: {fields}.")
    series = layer[name]
    if not (pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)):
        raise ParameterError(
            f"Field {name!r} is not numeric ({series.dtype}): choose a numeric field, or convert "
            "it with the Field calculator."
        )
    return series.astype("float64")


def _record(tool: str, job: SpatialJob, weights: SpatialWeights, **details) -> dict[str, Any]:
    return provenance_record(tool, job.parameters(), weights=weights.summary(), **details)


def run_weights(layer: gpd.GeoDataFrame, job: SpatialJob, output: str | Path) -> SpatialOutcome:
    """Build weights, save them as GAL or GWT, and return their summary as a table."""
    layer = indexed_by(layer, job.id_field)
    weights = build_weights(layer, job.weights)
    save_weights(weights, output)
    summary = pd.DataFrame(
        [(key, "" if value is None else str(value)) for key, value in weights.summary().items()],
        columns=["key", "value"],
    )
    record = _record("kzinnovation:spatialweights", job, weights, output=str(output))
    return SpatialOutcome(frame=summary, weights=weights, provenance=record,
                          notes=weights.notes, name="weights_summary")


def run_global(layer: gpd.GeoDataFrame, fields: list[str], job: SpatialJob,
               cancelled=None, weights: SpatialWeights | None = None) -> SpatialOutcome:
    """Moran's I, Geary's C and General G for each field; Moran scatterplot data."""
    if not fields:
        raise ParameterError("Choose at least one numeric field.")
    layer = indexed_by(layer, job.id_field)
    weights = job_weights(layer, job, weights, cancelled)
    values = pd.DataFrame({name: _numeric(layer, name) for name in fields})
    table = global_statistics(values, weights, job.permutations, job.seed,
                              cancelled=cancelled, transform=job.weights.transform).frame
    scatter = pd.concat(
        [moran_scatter(values[name], weights).assign(field=name) for name in fields]
    ).reset_index(names="feature")
    record = _record("kzinnovation:globalautocorrelation", job, weights, fields=fields)
    return SpatialOutcome(frame=table.reset_index(names="field"), weights=weights,
                          provenance=record, notes=weights.notes, name="global_autocorrelation",
                          extra={"scatter": scatter})


def _local(tool: str, statistic: Callable, layer: gpd.GeoDataFrame, job: SpatialJob,
           field_name: str, cancelled, weights: SpatialWeights | None = None,
           **extra) -> SpatialOutcome:
    original_index = layer.index
    layer = indexed_by(layer, job.id_field)
    weights = job_weights(layer, job, weights, cancelled)
    values = _numeric(layer, field_name)
    statistic_result = statistic(values, weights, permutations=job.permutations,
                                 seed=job.seed, alpha=job.alpha, correction=job.correction,
                                 cancelled=cancelled, **extra)
    frame, method = statistic_result.frame, statistic_result.record()
    # fields of an earlier run (LISA then hot spots: NNeighbors) are replaced, not doubled
    result, replaced = add_fields(layer, frame, keep=[job.id_field])
    result.index = original_index
    notes = [*weights.notes, *statistic_result.notes, *replaced_notes(replaced)]
    record = _record(tool, job, weights, field=field_name, method=method)
    return SpatialOutcome(frame=result, weights=weights, provenance=record, notes=notes,
                          name=tool.split(":")[1])


def run_lisa(layer: gpd.GeoDataFrame, field_name: str, job: SpatialJob,
             other_field: str | None = None, cancelled=None,
             weights: SpatialWeights | None = None) -> SpatialOutcome:
    """Local Moran's I (bivariate when ``other_field`` is given: against its spatial lag)."""
    extra = {"x": _numeric(indexed_by(layer, job.id_field), other_field)} if other_field else {}
    return _local("kzinnovation:lisa", local_moran, layer, job, field_name, cancelled,
                  weights, transform=job.weights.transform, **extra)


def run_hotspots(layer: gpd.GeoDataFrame, field_name: str, job: SpatialJob,
                 cancelled=None, weights: SpatialWeights | None = None) -> SpatialOutcome:
    """Getis-Ord Gi* hot and cold spots."""
    return _local("kzinnovation:hotspots", hotspots, layer, job, field_name, cancelled,
                  weights, inference=job.inference)


def run(
    options: WeightsJob | GlobalJob | LisaJob | HotspotsJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    weights: SpatialWeights | None = None,
) -> SpatialOutcome:
    """Run the spatial job ``options`` on ``layer``.

    ``weights`` made for this layer and these settings by an earlier step of the same run
    are used as they are (the weights job always builds its own).
    """
    step = checkpoint(progress, cancelled)
    step(0.0)
    spatial = options.spatial
    if isinstance(options, WeightsJob):
        outcome = run_weights(layer, spatial, options.output)
    elif isinstance(options, GlobalJob):
        outcome = run_global(layer, options.fields, spatial, cancelled=cancelled,
                             weights=weights)
    elif isinstance(options, LisaJob):
        outcome = run_lisa(layer, options.field, spatial, other_field=options.other_field,
                           cancelled=cancelled, weights=weights)
    elif isinstance(options, HotspotsJob):
        outcome = run_hotspots(layer, options.field, spatial, cancelled=cancelled,
                               weights=weights)
    else:
        raise TypeError(f"Not a spatial job: {type(options).__name__}.")
    step(1.0)
    return outcome
