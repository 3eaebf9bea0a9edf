"""kzinnovation:fullanalysis: from a statistics table to styled cores, zones and a report."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame
from ..spatial_parameters import add_inference_parameters, add_weights_parameters, spatial_job
from ..styles import STYLE_DIR
from .cluster_cores import ClusterCoresAlgorithm, cores_job
from .innovation_index import CHOICES
from .join_indicators import TABLE_FILTER
from .spatial_weights import SPATIAL_MODULES

#: layers of the written GeoPackage loaded into the project when the run ends
LOADED_LAYERS = ("regions", "zones", "clusters", "cores")


def render_report_maps(geopackage: Path, folder: Path) -> dict[str, str]:
    """Draw the report's maps from the analysis GeoPackage, each layer with its QML style."""
    from ...core.full_job import MAPS
    from ..report_maps import render_map

    maps = {}
    for number, (caption, layers) in enumerate(MAPS.items(), start=1):
        styled = []
        for layer_name, style in layers:
            layer = QgsVectorLayer(f"{geopackage}|layername={layer_name}", layer_name, "ogr")
            if not layer.isValid() or layer.featureCount() == 0:
                continue
            layer.loadNamedStyle(str(STYLE_DIR / f"{style}.qml"))
            styled.append(layer)
        if styled:
            path = folder / f"map_{number}.png"
            maps[caption] = str(render_map(styled, caption, path, extent_layer=styled[0]))
    return maps


class FullAnalysisAlgorithm(KzAlgorithm):
    """Join, index with uncertainty, LISA and Gi*, cores and zones, report: one run."""

    ALGORITHM_ID = "fullanalysis"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Full analysis: index, clusters and report")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "threadpoolctl", "mapclassify", "openpyxl", "matplotlib")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFile(
            "TABLE", self.tr("Indicator table (CSV or XLSX)"), fileFilter=TABLE_FILTER))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Regions (empty: the bundled boundary set of the year)"),
            [source_type("polygon")], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "YEAR", self.tr("Year"), number_type("integer"), optional=True, minValue=1990,
            maxValue=2100))
        self.addParameter(QgsProcessingParameterString(
            "SHEET", self.tr("Sheet (XLSX)"), optional=True))
        for name, label, choices, default in CHOICES[:5]:
            self.addParameter(QgsProcessingParameterEnum(
                name, self.tr(label), options=list(choices), defaultValue=default,
                usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            "RUNS", self.tr("Uncertainty runs (Monte Carlo)"), number_type("integer"),
            defaultValue=1000, minValue=10, maxValue=100000))
        cores = ClusterCoresAlgorithm()
        cores.initAlgorithm()
        # MASS_FIELD is left out: a table's fields are not known before the join
        for name in ("CORE_MODE", "TOP_K", "THRESHOLD", "LOCAL", "CONFIDENCE",
                     "MIN_PROBABILITY", "ZONE_METHOD", "RINGS", "BANDS", "BETA"):
            definition = cores.parameterDefinition(name)
            self.addParameter(definition.clone())
        add_weights_parameters(self)
        add_inference_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Analysis GeoPackage"), fileFilter="GeoPackage (*.gpkg)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", self.tr("Report (HTML)"), fileFilter="HTML (*.html)"))
        self.addOutput(QgsProcessingOutputNumber("CORE_COUNT", self.tr("Cores")))

    def _job(self, parameters, context):
        from ...core.full_job import FullJob
        from ...core.options_text import index_options_from_text
        from ...core.pipeline import JoinJob

        join = JoinJob(
            table=self.parameterAsFile(parameters, "TABLE", context),
            sheet=self.parameterAsString(parameters, "SHEET", context).strip() or None,
            year=self.optional_number(parameters, "YEAR", context),
        )
        choices = {name.lower(): self.parameterAsEnumString(parameters, name, context)
                   for name, _, _, _ in CHOICES[:5]}
        spatial = spatial_job(self, parameters, context)
        index = index_options_from_text(
            runs=self.parameterAsInt(parameters, "RUNS", context), seed=spatial.seed, **choices)
        # this algorithm carries copies of clustercores' parameters
        cores = cores_job(self, parameters, context, spatial)
        return FullJob(join=join, index=index, spatial=spatial, cores=cores,
                       language=_language())

    def compute(self, parameters, context, feedback):
        from ...core.full_job import run_full

        job = self._job(parameters, context)
        layer = None
        if parameters.get("INPUT") not in (None, ""):
            source = self.parameterAsSource(parameters, "INPUT", context)
            layer = source_to_frame(source, feedback)
            job.join.layer = source.sourceName()
        feedback.setProgressText(self.tr("Joining, indexing, testing and zoning"))
        outcome = run_full(job, layer, progress=lambda f: feedback.setProgress(85 * f),
                           cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        feedback.setProgressText(self.tr("Writing the GeoPackage, maps and report"))
        geopackage = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        written, report_path = outcome.write(geopackage, report, render_report_maps)
        feedback.setProgress(100)
        feedback.pushInfo(outcome.summary())
        for name in LOADED_LAYERS:
            details = QgsProcessingContext.LayerDetails(name, context.project(), name)
            context.addLayerToLoadOnCompletion(f"{written}|layername={name}", details)
        return {"OUTPUT": str(written), "REPORT": str(report_path),
                "CORE_COUNT": len(outcome.cores.cores)}


def _language() -> str:
    from ...core.report.texts import LANGUAGES
    from ..base import user_language

    language = user_language()
    return language if language in LANGUAGES else "en"
