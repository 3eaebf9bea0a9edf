"""Cores, influence zones, clusters and the multiplier effect as one job.

:class:`CoresJob` holds the choices; :func:`run` returns a :class:`CoresOutcome`.  Shared by
``kzinnovation:clustercores`` and the full analysis.  The layer carries the index
(``innov_idx``, ``innov_lvl``, ``p_top`` from the innovation index); when the core rule needs
local statistics that the layer lacks, they are computed here on the index with the job's
weights and seed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import geopandas as gpd
import pandas as pd

from .._checks import name_field, unknown_choice
from ..added_fields import add_fields
from ..errors import ParameterError
from ..provenance import provenance_record
from ..spatial_weights import SpatialWeights
from ..zones import (
    ZONE_METHODS,
    CoreRule,
    ZoneResult,
    core_clusters,
    influence_zones,
    multiplier_effect,
    select_cores,
)
from .base import Cancelled, Outcome, Progress, checkpoint
from .spatial import SpatialJob, indexed_by, job_weights, run_hotspots, run_lisa


@dataclass
class CoresJob:
    """The core rule, the zone method and its parameters, and the spatial settings."""

    rule: CoreRule = field(default_factory=CoreRule)
    zone_method: str = "rings"
    max_order: int = 2
    bands_km: tuple[float, ...] = (100.0, 200.0, 300.0)
    mass_field: str | None = None
    beta: float = 2.0
    spatial: SpatialJob = field(default_factory=SpatialJob)

    def __post_init__(self) -> None:
        if self.zone_method not in ZONE_METHODS:
            raise unknown_choice(
                "zone method", self.zone_method, ZONE_METHODS, lead="choose one of"
            )


@dataclass(kw_only=True)
class CoresOutcome(Outcome):
    """Cores, zones and clusters layers, the multiplier table and the method record.

    Attributes
    ----------
    cores : GeoDataFrame
        One feature per core: ``core_id``, ``core_type`` and the index fields.
    zones : GeoDataFrame
        The influence zones: ``core_id``, ``zone_order`` (and the zone method's fields).
    clusters : GeoDataFrame
        Contiguous groups of cores with their zones.
    multiplier : DataFrame
        Per core: the multiplier-effect figures and their ``reading``.
    """

    cores: gpd.GeoDataFrame
    zones: gpd.GeoDataFrame
    clusters: gpd.GeoDataFrame
    multiplier: pd.DataFrame

    def layers(self) -> dict[str, pd.DataFrame]:
        """Cores, zones, clusters, the multiplier table and the method record."""
        return {"cores": self.cores, "zones": self.zones, "clusters": self.clusters,
                "multiplier": self.multiplier, **super().layers()}

    def summary(self) -> str:
        if self.cores.empty:
            return "No core: " + " ".join(self.notes[-1:])
        label = name_field(self.cores.columns)
        lines = [f"{len(self.cores)} core(s), {len(self.clusters)} cluster(s):"]
        for _, row in self.cores.sort_values("core_id").iterrows():
            effect = self.multiplier.loc[self.multiplier["core_id"] == row["core_id"]]
            reading = effect["reading"].iloc[0] if len(effect) else ""
            name = row[label] if label else row.name
            lines.append(f"  core {row['core_id']}: {name} ({row['core_type']}); {reading}")
        return "\n".join(lines)


def _with_local_statistics(layer: gpd.GeoDataFrame, job: CoresJob,
                           weights: SpatialWeights) -> gpd.GeoDataFrame:
    """Add LISA_CL or Gi_Bin on the index when the rule needs them and the layer lacks them."""
    rule = job.rule
    if rule.local == "lisa" and rule.lisa_field not in layer.columns:
        lisa = run_lisa(layer, rule.index_field, job.spatial, weights=weights).frame
        added = lisa[["LISA_CL"]].rename(columns={"LISA_CL": rule.lisa_field})
        return add_fields(layer, added, keep=[job.spatial.id_field])[0]
    if rule.local == "hotspot" and rule.gi_field not in layer.columns:
        spots = run_hotspots(layer, rule.index_field, job.spatial, weights=weights).frame
        added = spots[["Gi_Bin"]].rename(columns={"Gi_Bin": rule.gi_field})
        return add_fields(layer, added, keep=[job.spatial.id_field])[0]
    return layer


def _mass(layer: pd.DataFrame, job: CoresJob) -> pd.Series:
    name = job.mass_field or job.rule.index_field
    if name not in layer.columns:
        raise ParameterError(
            f"The layer has no mass field {name!r}; choose a numeric field such as the index "
            "times population, or GRP."
        )
    return pd.to_numeric(layer[name], errors="coerce")


def _zones(layer: gpd.GeoDataFrame, core_id: pd.Series, graph, job: CoresJob) -> ZoneResult:
    """The job's zones of influence (:func:`..zones.influence.influence_zones`)."""
    mass = _mass(layer, job) if job.zone_method == "gravity" else None
    return influence_zones(layer, core_id, job.zone_method, graph=graph,
                           max_order=job.max_order, bands_km=job.bands_km, mass=mass,
                           beta=job.beta)


def run_cores(layer: gpd.GeoDataFrame, job: CoresJob | None = None,
              weights: SpatialWeights | None = None, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> CoresOutcome:
    """Select the cores, draw their influence zones and clusters, measure the multiplier.

    ``weights`` made for this layer and job by an earlier step are used as they are;
    otherwise they are built (or read) once for the whole job.
    """
    job = job or CoresJob()
    step = checkpoint(progress, cancelled)
    # the ids of a weights file, when the job names their field
    layer = indexed_by(layer, job.spatial.id_field)
    weights = job_weights(layer, job.spatial, weights, cancelled)
    step(0.3)
    layer = _with_local_statistics(layer, job, weights)
    step(0.6)
    selection = select_cores(layer, job.rule)
    notes = list(selection.notes)
    notes += weights.notes
    core_fields = [c for c in ("unit_id", "name_en", "name_ru", job.rule.index_field,
                               job.rule.level_field) if c in layer.columns]
    cores = layer.loc[selection.is_core, [*core_fields, layer.geometry.name]].assign(
        core_id=selection.core_id[selection.is_core],
        core_type=selection.core_type[selection.is_core],
    )
    if cores.empty:
        empty = layer.iloc[0:0][[layer.geometry.name]]
        zones = empty.assign(core_id=pd.Series(dtype="Int64"), zone_order=pd.Series(dtype="Int64"))
        clusters = core_clusters(layer, selection, weights)
        multiplier = pd.DataFrame(columns=["core_id", "reading"])
    else:
        mass = _mass(layer, job) if job.mass_field else None
        zoned = _zones(layer, selection.core_id, weights, job)
        zones, assignment = zoned.layer, zoned.assignment
        clusters = core_clusters(layer, selection, weights, mass=mass,
                                 index_field=job.rule.index_field)
        multiplier = multiplier_effect(layer, selection, assignment,
                                       index_field=job.rule.index_field)
    record = provenance_record(
        "kzinnovation:clustercores",
        {**asdict(job), "spatial": job.spatial.parameters()},
        weights=weights.summary(), notes=notes,
        cores=int(selection.is_core.sum()), clusters=len(clusters),
    )
    step(1.0)
    return CoresOutcome(
        cores=gpd.GeoDataFrame(cores, geometry=layer.geometry.name, crs=layer.crs),
        zones=zones, clusters=clusters, multiplier=multiplier, provenance=record, notes=notes)


def run(
    options: CoresJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    weights: SpatialWeights | None = None,
) -> CoresOutcome:
    """Cores, zones, clusters and multiplier of ``layer`` (which carries the index).

    ``weights`` made for this layer and settings by an earlier step of the same run are used
    as they are.
    """
    return run_cores(layer, options, weights=weights, progress=progress, cancelled=cancelled)
