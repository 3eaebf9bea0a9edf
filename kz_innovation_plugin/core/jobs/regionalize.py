"""Macro-regions as a job: the job's spatial weights, :func:`.regionalize` and the method
record.

:class:`RegionalizeJob` holds the choices (its one seed is its spatial settings' seed);
:func:`run` returns a :class:`RegionsOutcome`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd

from ..provenance import provenance_record
from ..regionalization import RegionalisationResult, regionalize
from ..spatial_weights import SpatialWeights
from .base import Cancelled, Outcome, Progress, checkpoint
from .spatial import SpatialJob, indexed_by, job_weights


@dataclass
class RegionalizeJob:
    """Macro-regions of ``fields`` by ``method``; the parameters are :func:`.regionalize`'s,
    the weights and the seed those of ``spatial``."""

    fields: list[str]
    method: str = "skater"
    n_regions: int = 3
    floor_field: str | None = None
    floor: float | None = None
    spatial: SpatialJob = field(default_factory=SpatialJob)


@dataclass(kw_only=True)
class RegionsOutcome(Outcome):
    """Macro-regions with the weights they were built on and the method record.

    Attributes
    ----------
    result : RegionalisationResult
        Members, dissolved macro-regions, sums of squares and counts.
    weights : SpatialWeights
        The weights the contiguity constraint used.
    """

    result: RegionalisationResult
    weights: SpatialWeights

    def layers(self) -> dict[str, Any]:
        """GeoPackage layer name -> frame."""
        return {"macroregion_members": self.result.members,
                "macroregions": self.result.dissolved, **super().layers()}

    def summary(self) -> str:
        """The macro-regions and their sums of squares."""
        result = self.result
        return (f"{len(result.counts)} macro-regions; within sum of squares "
                f"{result.within_ss:.3f}, between {result.between_ss:.3f} "
                f"(total {result.total_ss:.3f})")


def run_regionalize(
    layer: gpd.GeoDataFrame,
    fields: list[str],
    job: SpatialJob,
    method: str = "skater",
    n_regions: int = 3,
    floor_field: str | None = None,
    floor: float | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RegionsOutcome:
    """Macro-regions of ``layer`` on the job's weights (built, or read with its id field).

    The parameters after ``job`` are :func:`.regionalize`'s; the seed is the job's.
    """
    step = checkpoint(progress, cancelled)
    layer = indexed_by(layer, job.id_field)
    weights = job_weights(layer, job, cancelled=cancelled)
    step(0.3)
    result = regionalize(layer, fields, method=method, n_regions=n_regions,
                         graph=weights.graph, floor_field=floor_field, floor=floor,
                         seed=job.seed)
    step(1.0)
    record = provenance_record(
        "kzinnovation:regionalize", {**result.parameters, "weights": job.parameters()},
        weights=weights.summary(), within_ss=result.within_ss, between_ss=result.between_ss,
        total_ss=result.total_ss, counts=result.counts.to_dict(), notes=result.notes,
    )
    return RegionsOutcome(result=result, weights=weights, provenance=record,
                          notes=list(result.notes))


def run(
    options: RegionalizeJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RegionsOutcome:
    """Macro-regions of ``layer`` with the job's choices."""
    return run_regionalize(layer, options.fields, options.spatial, method=options.method,
                           n_regions=options.n_regions, floor_field=options.floor_field,
                           floor=options.floor, progress=progress, cancelled=cancelled)
