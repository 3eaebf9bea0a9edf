"""kzinnovation:clustercores: innovation cores, their influence zones and clusters."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import CONFIDENCE, CORE_MODE, LOCAL_REQUIREMENT, ZONE_METHOD
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame, write_outputs
from ..spatial_parameters import (
    add_inference_parameters,
    add_weights_parameters,
    advanced,
    decimals,
    spatial_job,
)
from ..styles import styles_on_load
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
        for parameter, is_advanced in core_parameters(self):
            self.addParameter(advanced(parameter) if is_advanced else parameter)
        add_weights_parameters(self, all_advanced=True)
        add_inference_parameters(self, all_advanced=True)
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
        styles_on_load(context, {results[name]: style for name, (_, _, style) in SINKS.items()
                                 if name in results})
        geopackage = self.parameterAsFileOutput(parameters, "GEOPACKAGE", context)
        if geopackage:
            results["GEOPACKAGE"] = str(write_cores(outcome, geopackage))
        feedback.pushInfo(outcome.summary())
        return {**results, "CORE_COUNT": len(outcome.cores)}


def core_parameters(alg: KzAlgorithm, with_mass: bool = True) -> list:
    """(parameter, advanced) of the core rule and the zones, for clustercores and the full
    analysis: the rule and the zone method in the main list, the settings of one rule or one
    zone method under "Advanced Parameters"."""
    tr = alg.tr
    parameters = [
        (alg.choice_parameter("CORE_MODE", tr("Cores are"), CORE_MODE), False),
        (QgsProcessingParameterNumber(
            "TOP_K", tr("Number of cores (when cores are a set number of highest-index "
                        "regions)"), number_type("integer"), defaultValue=5, minValue=1), True),
        (decimals(QgsProcessingParameterNumber(
            "THRESHOLD", tr("Lowest index of a core (when cores are regions at or above a "
                            "threshold)"), number_type("double"), optional=True), 3), True),
        (alg.choice_parameter("LOCAL", tr("Also require a local statistic"),
                              LOCAL_REQUIREMENT), False),
        (alg.choice_parameter("CONFIDENCE", tr("Hot spot confidence"), CONFIDENCE), True),
        (decimals(QgsProcessingParameterNumber(
            "MIN_PROBABILITY", tr("Minimum top-level probability (robust cores)"),
            number_type("double"), optional=True, minValue=0.0, maxValue=1.0), 2), True),
        (alg.choice_parameter("ZONE_METHOD", tr("Influence zones"), ZONE_METHOD), False),
        (QgsProcessingParameterNumber(
            "RINGS", tr("Number of contiguity rings"), number_type("integer"), defaultValue=2,
            minValue=0), True),
        (QgsProcessingParameterString(
            "BANDS", tr("Distance bands in km"), defaultValue="100, 200, 300"), True),
    ]
    if with_mass:
        parameters.append((QgsProcessingParameterField(
            "MASS_FIELD", tr("Mass for the gravity potential (default: the index)"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric,
            optional=True), True))
    parameters.append((decimals(QgsProcessingParameterNumber(
        "BETA", tr("Distance decay exponent (gravity potential)"), number_type("double"),
        defaultValue=2.0), 1), True))
    return parameters


def cores_job(alg: KzAlgorithm, parameters, context, spatial):
    """The cores job of ``alg``'s core and zone parameters (this algorithm's, or the full
    analysis's copies of them) with the spatial job ``spatial``."""
    from ...core.options_text import bands_from_text
    from ...core.zones import CoreRule
    from ...core.zones_job import CoresJob

    def enum(name):
        return alg.choice(parameters, name, context)

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
