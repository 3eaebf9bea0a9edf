"""kzinnovation:clustercores: innovation cores, their influence zones and clusters."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame, write_outputs
from ..spatial_parameters import add_inference_parameters, add_weights_parameters, spatial_job
from ..styles import style_on_load
from .spatial_weights import SPATIAL_MODULES

#: sink parameter -> (layer of the job's outcome, label, style)
SINKS = {
    "CORES": ("cores", QT_TRANSLATE_NOOP("KzInnovation", "Cores"), "cores"),
    "ZONES": ("zones", QT_TRANSLATE_NOOP("KzInnovation", "Influence zones"), "zones"),
    "CLUSTERS": ("clusters", QT_TRANSLATE_NOOP("KzInnovation", "Clusters of cores"), "clusters"),
    "MULTIPLIER": ("multiplier", QT_TRANSLATE_NOOP("KzInnovation", "Multiplier effect"), None),
    "METHOD": ("method", QT_TRANSLATE_NOOP("KzInnovation", "Method record"), None),
}


class ClusterCoresAlgorithm(KzAlgorithm):
    """Cores by a recorded rule, typed by their local statistics, with zones and clusters."""

    ALGORITHM_ID = "clustercores"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Cluster cores and influence zones")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "mapclassify")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Regions with the innovation index"), [source_type("polygon")]))
        self.addParameter(QgsProcessingParameterEnum(
            "CORE_MODE", self.tr("Cores are"), options=["level", "top_k", "threshold"],
            defaultValue="level", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            "TOP_K", self.tr("Number of cores (top_k)"), number_type("integer"),
            defaultValue=5, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Index threshold (threshold)"), number_type("double"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "LOCAL", self.tr("Also require a local statistic"),
            options=["none", "lisa", "hotspot"], defaultValue="none", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            "CONFIDENCE", self.tr("Hot spot confidence (%)"), options=["90", "95", "99"],
            defaultValue="95", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_PROBABILITY", self.tr("Minimum top-level probability (robust cores)"),
            number_type("double"), optional=True, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            "ZONE_METHOD", self.tr("Influence zones"), options=["rings", "bands", "gravity"],
            defaultValue="rings", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            "RINGS", self.tr("Contiguity rings (K)"), number_type("integer"), defaultValue=2,
            minValue=0))
        self.addParameter(QgsProcessingParameterString(
            "BANDS", self.tr("Distance bands in km"), defaultValue="100, 200, 300"))
        self.addParameter(QgsProcessingParameterField(
            "MASS_FIELD", self.tr("Mass for the gravity potential (default: the index)"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "BETA", self.tr("Distance decay exponent (gravity)"), number_type("double"),
            defaultValue=2.0))
        add_weights_parameters(self)
        add_inference_parameters(self)
        for name, (_, label, _style) in SINKS.items():
            kind = "polygon" if name in ("CORES", "ZONES", "CLUSTERS") else "vector"
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(label), source_type(kind), optional=name in ("MULTIPLIER",
                                                                            "METHOD"),
                createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "GEOPACKAGE", self.tr("All layers in one GeoPackage, with their styles"),
            fileFilter="GeoPackage (*.gpkg)", optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("CORE_COUNT", self.tr("Cores")))

    def help_sections(self) -> dict[str, str]:
        try:
            from ...core.zones.cores import CORE_TYPES
        except ImportError:  # a missing package: canExecute says which
            return {"core_types": ""}
        items = "".join(f"<li><b>{name}</b>: {meaning}</li>"
                        for name, meaning in CORE_TYPES.items())
        return {"core_types": f"<ul>{items}</ul>"}

    def compute(self, parameters, context, feedback):
        from ...core.zones_job import run_cores, write_cores

        job = cores_job(self, parameters, context, spatial_job(self, parameters, context))
        source = self.parameterAsSource(parameters, "INPUT", context)
        outcome = run_cores(source_to_frame(source, feedback), job)
        for note in outcome.notes:
            feedback.pushInfo(note)
        layers = outcome.layers()
        frames = {name: layers[layer] for name, (layer, _, _) in SINKS.items()
                  if parameters.get(name) is not None}
        results = write_outputs(self, parameters, context, frames, feedback)
        for name, (_, _, style) in SINKS.items():
            if style and name in results:
                style_on_load(context, results[name], style)
        geopackage = self.parameterAsFileOutput(parameters, "GEOPACKAGE", context)
        if geopackage:
            results["GEOPACKAGE"] = str(write_cores(outcome, geopackage))
        feedback.pushInfo(outcome.summary())
        return {**results, "CORE_COUNT": len(outcome.cores)}


def cores_job(alg: KzAlgorithm, parameters, context, spatial):
    """The cores job of ``alg``'s core and zone parameters (this algorithm's, or the full
    analysis's copies of them) with the spatial job ``spatial``."""
    from ...core.options_text import bands_from_text
    from ...core.zones import CoreRule
    from ...core.zones_job import CoresJob

    def enum(name):
        return alg.parameterAsEnumString(parameters, name, context)

    mass = alg.parameterAsFields(parameters, "MASS_FIELD", context)
    rule = CoreRule(
        mode=enum("CORE_MODE"), k=alg.parameterAsInt(parameters, "TOP_K", context),
        threshold=alg.optional_number(parameters, "THRESHOLD", context, integer=False),
        local=enum("LOCAL"), confidence=int(enum("CONFIDENCE")),
        min_probability=alg.optional_number(parameters, "MIN_PROBABILITY", context,
                                            integer=False),
    )
    return CoresJob(
        rule=rule, zone_method=enum("ZONE_METHOD"),
        max_order=alg.parameterAsInt(parameters, "RINGS", context),
        bands_km=bands_from_text(alg.parameterAsString(parameters, "BANDS", context)),
        mass_field=mass[0] if mass else None,
        beta=alg.parameterAsDouble(parameters, "BETA", context),
        spatial=spatial,
    )
