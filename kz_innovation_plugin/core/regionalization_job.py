"""Macro-regions as a job: the job's spatial weights, :func:`.regionalize`, the method
record and the GeoPackage, shared by the Processing algorithm and scripts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd

from .output import write_geopackage
from .provenance import provenance_frame, provenance_record
from .regionalization import RegionalisationResult, regionalize
from .spatial_job import SpatialJob, indexed_by, job_weights
from .spatial_weights import SpatialWeights

#: GeoPackage layer -> the plugin style stored as its default
LAYER_STYLES = {"macroregion_members": "macroregions", "macroregions": "macroregions_dissolved"}


@dataclass
class RegionsOutcome:
    """Macro-regions with the weights they were built on and the method record."""

    result: RegionalisationResult
    weights: SpatialWeights
    provenance: dict[str, Any]

    def layers(self) -> dict[str, Any]:
        """GeoPackage layer name -> frame."""
        return {"macroregion_members": self.result.members,
                "macroregions": self.result.dissolved,
                "method": provenance_frame(self.provenance)}


def run_regionalize(
    layer: gpd.GeoDataFrame,
    fields: list[str],
    job: SpatialJob,
    method: str = "skater",
    n_regions: int = 3,
    floor_field: str | None = None,
    floor: float | None = None,
    seed: int = 1,
) -> RegionsOutcome:
    """Macro-regions of ``layer`` on the job's weights (built, or read with its id field).

    The parameters after ``job`` are :func:`.regionalize`'s.
    """
    layer = indexed_by(layer, job.id_field)
    weights = job_weights(layer, job)
    result = regionalize(layer, fields, method=method, n_regions=n_regions,
                         graph=weights.graph, floor_field=floor_field, floor=floor, seed=seed)
    record = provenance_record(
        "kzinnovation:regionalize", {**result.parameters, "weights": job.parameters()},
        weights=weights.summary(), within_ss=result.within_ss, between_ss=result.between_ss,
        total_ss=result.total_ss, counts=result.counts.to_dict(), notes=result.notes,
    )
    return RegionsOutcome(result, weights, record)


def write_regions(outcome: RegionsOutcome, output: str | Path) -> Path:
    """All layers in one GeoPackage, each with its style stored as the default."""
    return write_geopackage(output, outcome.layers(), styles=LAYER_STYLES)
