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
from ..layers import source_to_frame
from ..spatial_parameters import (
    add_inference_parameters,
    add_weights_parameters,
    advanced,
    decimals,
    spatial_job,
)
from ._sinks import write_outcome
from .spatial_weights import SPATIAL_MODULES

#: sink parameter -> (layer of the job's outcome, label); the styles are the outcome's
SINKS = {
    "CORES": ("cores", QT_TRANSLATE_NOOP("KzInnovation", "Cores")),
    "ZONES": ("zones", QT_TRANSLATE_NOOP("KzInnovation", "Influence zones")),
    "CLUSTERS": ("clusters", QT_TRANSLATE_NOOP("KzInnovation", "Clusters of cores")),
    "MULTIPLIER": ("multiplier", QT_TRANSLATE_NOOP("KzInnovation", "Multiplier effect")),
    "METHOD": ("method", QT_TRANSLATE_NOOP("KzInnovation", "Method record")),
}


class CoreKeys:
    """Keys of the core and zone parameters (:func:`core_parameters`), shared by the
    algorithms that carry them: clustercores and the full analysis."""

    CORE_MODE = "CORE_MODE"
    TOP_K = "TOP_K"
    THRESHOLD = "THRESHOLD"
    LOCAL = "LOCAL"
    CONFIDENCE = "CONFIDENCE"
    MIN_PROBABILITY = "MIN_PROBABILITY"
    ZONE_METHOD = "ZONE_METHOD"
    RINGS = "RINGS"
    BANDS = "BANDS"
    MASS_FIELD = "MASS_FIELD"
    BETA = "BETA"


class ClusterCoresAlgorithm(KzAlgorithm, CoreKeys):
    """Cores by a recorded rule, typed by their local statistics, with zones and clusters."""

    ALGORITHM_ID = "clustercores"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Cluster cores and influence zones")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "mapclassify")

    INPUT = "INPUT"
    GEOPACKAGE = "GEOPACKAGE"
    CORE_COUNT = "CORE_COUNT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions with the innovation index"), [source_type("polygon")]))
        for parameter, is_advanced in core_parameters(self):
            self.addParameter(advanced(parameter) if is_advanced else parameter)
        add_weights_parameters(self, all_advanced=True)
        add_inference_parameters(self, all_advanced=True)
        for name, (_, label) in SINKS.items():
            kind = "polygon" if name in ("CORES", "ZONES", "CLUSTERS") else "vector"
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(label), source_type(kind), optional=name in ("MULTIPLIER",
                                                                            "METHOD"),
                createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.GEOPACKAGE, self.tr("All layers in one GeoPackage, with their styles"),
            fileFilter="GeoPackage (*.gpkg)", optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.CORE_COUNT, self.tr("Cores")))

    def help_sections(self) -> dict[str, str]:
        try:
            from ...core.zones.cores import CORE_TYPES
        except ImportError:  # a missing package: canExecute says which
            return {"core_types": ""}
        items = "".join(f"<li><b>{name}</b>: {meaning}</li>"
                        for name, meaning in CORE_TYPES.items())
        return {"core_types": f"<ul>{items}</ul>"}

    def compute(self, parameters, context, feedback):
        from ...core.jobs import cores

        options = cores_job(self, parameters, context, spatial_job(self, parameters, context))
        layer = source_to_frame(self.parameterAsSource(parameters, self.INPUT, context), feedback)
        outcome = cores.run(options, layer, cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        sinks = {name: layer for name, (layer, _) in SINKS.items()
                 if parameters.get(name) is not None}
        results = write_outcome(self, parameters, context, outcome, sinks, feedback)
        geopackage = self.parameterAsFileOutput(parameters, self.GEOPACKAGE, context)
        if geopackage:
            results[self.GEOPACKAGE] = str(outcome.write(geopackage))
        feedback.pushInfo(outcome.summary())
        return {**results, self.CORE_COUNT: len(outcome.cores)}


def core_parameters(alg, with_mass: bool = True) -> list:
    """(parameter, advanced) of the core rule and the zones, for clustercores and the full
    analysis: the rule and the zone method in the main list, the settings of one rule or one
    zone method under "Advanced Parameters"."""
    tr = alg.tr
    parameters = [
        (alg.choice_parameter(alg.CORE_MODE, tr("Cores are"), CORE_MODE), False),
        (QgsProcessingParameterNumber(
            alg.TOP_K, tr("Number of cores (when cores are a set number of highest-index "
                          "regions)"), number_type("integer"), defaultValue=5, minValue=1), True),
        (decimals(QgsProcessingParameterNumber(
            alg.THRESHOLD, tr("Lowest index of a core (when cores are regions at or above a "
                              "threshold)"), number_type("double"), optional=True), 3), True),
        (alg.choice_parameter(alg.LOCAL, tr("Also require a local statistic"),
                              LOCAL_REQUIREMENT), False),
        (alg.choice_parameter(alg.CONFIDENCE, tr("Hot spot confidence"), CONFIDENCE),
         True),
        (decimals(QgsProcessingParameterNumber(
            alg.MIN_PROBABILITY, tr("Minimum top-level probability (robust cores)"),
            number_type("double"), optional=True, minValue=0.0, maxValue=1.0), 2), True),
        (alg.choice_parameter(alg.ZONE_METHOD, tr("Influence zones"), ZONE_METHOD),
         False),
        (QgsProcessingParameterNumber(
            alg.RINGS, tr("Number of contiguity rings"), number_type("integer"),
            defaultValue=2, minValue=0), True),
        (QgsProcessingParameterString(
            alg.BANDS, tr("Distance bands in km"), defaultValue="100, 200, 300"), True),
    ]
    if with_mass:
        parameters.append((QgsProcessingParameterField(
            alg.MASS_FIELD, tr("Mass for the gravity potential (default: the index)"),
            parentLayerParameterName=alg.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True), True))
    parameters.append((decimals(QgsProcessingParameterNumber(
        alg.BETA, tr("Distance decay exponent (gravity potential)"),
        number_type("double"), defaultValue=2.0), 1), True))
    return parameters


def cores_job(alg, parameters, context, spatial):
    """The cores job of ``alg``'s core and zone parameters (this algorithm's, or the full
    analysis's copies of them) with the spatial job ``spatial``."""
    from ...core.jobs.cores import CoresJob
    from ...core.options_text import bands_from_text
    from ...core.zones import CoreRule

    def enum(name):
        return alg.choice(parameters, name, context)

    mass = alg.parameterAsFields(parameters, alg.MASS_FIELD, context)
    rule = CoreRule(
        mode=enum(alg.CORE_MODE), k=alg.parameterAsInt(parameters, alg.TOP_K, context),
        threshold=alg.optional_number(parameters, alg.THRESHOLD, context, integer=False),
        local=enum(alg.LOCAL), confidence=int(enum(alg.CONFIDENCE)),
        min_probability=alg.optional_number(parameters, alg.MIN_PROBABILITY, context,
                                            integer=False),
    )
    return CoresJob(
        rule=rule, zone_method=enum(alg.ZONE_METHOD),
        max_order=alg.parameterAsInt(parameters, alg.RINGS, context),
        bands_km=bands_from_text(alg.parameterAsString(parameters, alg.BANDS, context)),
        mass_field=mass[0] if mass else None,
        beta=alg.parameterAsDouble(parameters, alg.BETA, context),
        spatial=spatial,
    )
