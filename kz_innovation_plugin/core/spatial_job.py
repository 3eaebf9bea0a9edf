"""Spatial weights and autocorrelation as jobs, shared by the CLI and the algorithms.

Each job takes a layer (GeoDataFrame), builds or reads its spatial weights, runs one family of
statistics and returns the output table or layer with a provenance record: parameters, seed,
permutations, correction, the weights summary and library versions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from .added_fields import add_fields, replaced_notes
from .autocorrelation import global_statistics, hotspots, local_moran, moran_scatter
from .errors import ParameterError
from .provenance import provenance_record
from .spatial_weights import (
    SpatialWeights,
    WeightsOptions,
    build_weights,
    load_weights,
    save_weights,
)


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
class SpatialOutcome:
    """A finished job: the output frame, its provenance and the weights it used."""

    frame: pd.DataFrame
    weights: SpatialWeights
    provenance: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    extra: dict[str, pd.DataFrame] = field(default_factory=dict)


def indexed_by(layer: gpd.GeoDataFrame, id_field: str | None) -> gpd.GeoDataFrame:
    """The layer indexed by ``id_field`` (the ids of a weights file), or as it is."""
    if not id_field:
        return layer
    if id_field not in layer.columns:
        raise ParameterError(
            f"The layer has no field {id_field!r} for the ids; its fields are: "
            f"{', '.join(map(str, layer.columns.drop(layer.geometry.name)))}."
        )
    ids = layer[id_field]
    if ids.isna().any() or ids.duplicated().any():
        repeated = ", ".join(map(str, ids[ids.duplicated()].unique()[:5]))
        raise ParameterError(
            f"Field {id_field!r} cannot identify features: ids must be unique and not empty "
            f"(repeated: {repeated or 'none'}; empty: {int(ids.isna().sum())})."
        )
    return layer.set_index(id_field, drop=False)


def job_weights(layer: gpd.GeoDataFrame, job: SpatialJob,
                weights: SpatialWeights | None = None) -> SpatialWeights:
    """Read the job's weights file, or build weights with its options.

    ``weights`` already made for this layer and job (by an earlier step of the same run)
    are returned as they are.
    """
    if weights is not None:
        return weights
    if job.weights_file:
        return load_weights(job.weights_file, layer, transform=job.weights.transform,
                            island_policy=job.weights.island_policy)
    return build_weights(layer, job.weights)


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
    return SpatialOutcome(summary, weights, _record("kzinnovation:spatialweights", job, weights,
                                                    output=str(output)), weights.notes)


def run_global(layer: gpd.GeoDataFrame, fields: list[str], job: SpatialJob,
               cancelled=None, weights: SpatialWeights | None = None) -> SpatialOutcome:
    """Moran's I, Geary's C and General G for each field; Moran scatterplot data."""
    if not fields:
        raise ParameterError("Choose at least one numeric field.")
    layer = indexed_by(layer, job.id_field)
    weights = job_weights(layer, job, weights)
    values = pd.DataFrame({name: _numeric(layer, name) for name in fields})
    table = global_statistics(values, weights.graph, job.permutations, job.seed,
                              cancelled=cancelled, transform=job.weights.transform)
    scatter = pd.concat(
        [moran_scatter(values[name], weights.graph).assign(field=name) for name in fields]
    ).reset_index(names="feature")
    record = _record("kzinnovation:globalautocorrelation", job, weights, fields=fields)
    return SpatialOutcome(table.reset_index(names="field"), weights, record, weights.notes,
                          {"scatter": scatter})


def _local(tool: str, statistic: Callable, layer: gpd.GeoDataFrame, job: SpatialJob,
           field_name: str, cancelled, weights: SpatialWeights | None = None,
           **extra) -> SpatialOutcome:
    original_index = layer.index
    layer = indexed_by(layer, job.id_field)
    weights = job_weights(layer, job, weights)
    values = _numeric(layer, field_name)
    frame, method = statistic(values, weights.graph, permutations=job.permutations,
                              seed=job.seed, alpha=job.alpha, correction=job.correction,
                              cancelled=cancelled, **extra)
    # fields of an earlier run (LISA then hot spots: NNeighbors) are replaced, not doubled
    result, replaced = add_fields(layer, frame, keep=[job.id_field])
    result.index = original_index
    notes = [*weights.notes, *method.get("notes", []), *replaced_notes(replaced)]
    record = _record(tool, job, weights, field=field_name, method=method)
    return SpatialOutcome(result, weights, record, notes)


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
