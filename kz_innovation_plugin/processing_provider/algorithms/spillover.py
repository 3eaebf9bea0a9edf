"""kzinnovation:spillover: spatial lag and Durbin models, their effects and each core's
multiplier effect with simulated intervals."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import SPILLOVER_MODEL
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame
from ..spatial_parameters import (
    add_method_output,
    add_weights_parameters,
    advanced,
    decimals,
    spatial_job,
)
from ._sinks import deliver
from .spatial_weights import SPATIAL_MODULES

#: sink parameter -> (layer of the job's outcome, label, geometry kind)
SINKS = {
    "OUTPUT": ("spillover_estimates", QT_TRANSLATE_NOOP("KzInnovation", "Model estimates"),
               "vector"),
    "IMPACTS": ("spillover_impacts",
                QT_TRANSLATE_NOOP("KzInnovation", "Direct, indirect and total effects"),
                "vector"),
    "CORE_EFFECTS": ("spillover_core_effects",
                     QT_TRANSLATE_NOOP("KzInnovation", "Effect of each core on each region"),
                     "polygon"),
    "CORE_SUMMARY": ("spillover_core_summary",
                     QT_TRANSLATE_NOOP("KzInnovation", "Own and spillover effect of each core"),
                     "vector"),
}


class SpilloverAlgorithm(KzAlgorithm):
    """The multiplier effect estimated: spatial lag or Durbin model and LeSage-Pace effects."""

    ALGORITHM_ID = "spillover"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Spillover effects of cores (spatial lag "
                                                     "and Durbin models)")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "spreg")

    INPUT = "INPUT"
    Y_FIELD = "Y_FIELD"
    X_FIELDS = "X_FIELDS"
    MODEL = "MODEL"
    CORES = "CORES"
    CORE_FIELD = "CORE_FIELD"
    DRAWS = "DRAWS"
    SEED = "SEED"
    LEVEL = "LEVEL"
    YEAR_FIELD = "YEAR_FIELD"
    REGION_FIELD = "REGION_FIELD"
    GEOPACKAGE = "GEOPACKAGE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions (one feature per region, or per region and year)"),
            [source_type("polygon")]))
        self.addParameter(QgsProcessingParameterField(
            self.Y_FIELD, self.tr("Outcome (y)"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterField(
            self.X_FIELDS, self.tr("Inputs (x) whose effects are wanted"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            allowMultiple=True))
        self.addParameter(self.choice_parameter(self.MODEL, self.tr("Model"), SPILLOVER_MODEL))
        self.addParameter(QgsProcessingParameterString(
            self.CORES, self.tr("Cores: region ids, codes or names, separated by commas"),
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CORE_FIELD, self.tr("Field marking the cores (true or not zero)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DRAWS, self.tr("Simulation draws for the intervals"), number_type("integer"),
            defaultValue=1000, minValue=100, maxValue=100000))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), number_type("integer"), defaultValue=1,
            minValue=0))
        self.addParameter(decimals(QgsProcessingParameterNumber(
            self.LEVEL, self.tr("Confidence level of the intervals"), number_type("double"),
            defaultValue=0.95, minValue=0.5, maxValue=0.999), 3))
        self.addParameter(advanced(QgsProcessingParameterField(
            self.YEAR_FIELD, self.tr("Year field of a panel (region fixed effects)"),
            parentLayerParameterName=self.INPUT, optional=True)))
        self.addParameter(advanced(QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region id field of a panel (the same in every year)"),
            parentLayerParameterName=self.INPUT, optional=True)))
        add_weights_parameters(self, with_transform=False)
        for name, (_, label, kind) in SINKS.items():
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(label), source_type(kind), optional=name != "OUTPUT",
                createByDefault=True))
        add_method_output(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.GEOPACKAGE, self.tr("All layers in one GeoPackage"),
            fileFilter="GeoPackage (*.gpkg)", optional=True, createByDefault=False))

    def _field(self, parameters, name, context) -> str | None:
        chosen = self.parameterAsFields(parameters, name, context)
        return chosen[0] if chosen else None

    def options(self, parameters, context):
        """The spillover job the parameters describe; a panel's region field is its ids."""
        from ...core.jobs.spillover import SpilloverJob, core_list

        spatial = spatial_job(self, parameters, context)
        year_field = self._field(parameters, self.YEAR_FIELD, context)
        if year_field:
            spatial.id_field = self._field(parameters, self.REGION_FIELD, context) \
                or spatial.id_field
        return SpilloverJob(
            y=self._field(parameters, self.Y_FIELD, context),
            x=self.parameterAsFields(parameters, self.X_FIELDS, context),
            model=self.choice(parameters, self.MODEL, context),
            cores=core_list(self.parameterAsString(parameters, self.CORES, context)),
            core_field=self._field(parameters, self.CORE_FIELD, context),
            year_field=year_field,
            draws=self.parameterAsInt(parameters, self.DRAWS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            level=self.parameterAsDouble(parameters, self.LEVEL, context),
            spatial=spatial)

    def compute(self, parameters, context, feedback):
        from ...core.jobs import spillover

        options = self.options(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        feedback.setProgressText(self.tr("Reading the regions"))
        layer = source_to_frame(source, feedback)
        feedback.setProgressText(self.tr("Estimating the model and simulating its effects"))
        outcome = spillover.run(options, layer, cancelled=feedback.isCanceled,
                                progress=lambda fraction: feedback.setProgress(80 * fraction))
        return deliver(self, parameters, context, outcome, SINKS, feedback,
                       warnings=outcome.warnings)
