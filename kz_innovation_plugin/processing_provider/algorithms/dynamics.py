"""kzinnovation:emerginghotspots and kzinnovation:markov: how regions move over the years."""

from __future__ import annotations

from dataclasses import replace

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import INFERENCE, MARKOV_KIND
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame
from ..spatial_parameters import (
    add_inference_parameters,
    add_method_output,
    add_weights_parameters,
    decimals,
    spatial_job,
)
from ._sinks import deliver
from .spatial_weights import SPATIAL_MODULES


class _PanelAlgorithm(KzAlgorithm):
    """Shared parameters and flow: a layer with one feature per region and year, one
    indicator, its year and region fields, the weights; subclasses add their own parameters
    (``add_extra_parameters``), sinks (``SINKS``: parameter -> (layer, label, kind)) and
    ``options``."""

    INPUT = "INPUT"
    FIELD = "FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    REGION_FIELD = "REGION_FIELD"
    GROUP_ID = "spatial"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Spatial statistics")
    SINKS: dict[str, tuple[str, str, str]] = {}

    def add_extra_parameters(self) -> None:
        """Parameters between the fields and the weights."""

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions in every year (one feature per region and year)"),
            [source_type("polygon")]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Indicator"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric))
        # optional, so that a script or model may leave them to their defaults
        for name, label, default in (
                (self.YEAR_FIELD, self.tr("Year field"), "year"),
                (self.REGION_FIELD, self.tr("Region id field (the same in every year)"),
                 "unit_id")):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.INPUT, defaultValue=default,
                optional=True))
        self.add_extra_parameters()
        add_weights_parameters(self, with_transform=False)
        self.removeParameter("ID_FIELD")  # the region field names the regions
        for name, (_, label, kind) in self.SINKS.items():
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(label), source_type(kind), optional=name != "OUTPUT",
                createByDefault=True))
        add_method_output(self)

    def fields(self, parameters, context) -> dict:
        """The indicator, the year field and the spatial settings with the region ids."""
        def one(name):
            chosen = self.parameterAsFields(parameters, name, context)
            return chosen[0] if chosen else self.parameterDefinition(name).defaultValue()

        spatial = replace(spatial_job(self, parameters, context),
                          id_field=one(self.REGION_FIELD))
        return {"field": one(self.FIELD), "year_field": one(self.YEAR_FIELD),
                "spatial": spatial}

    def compute(self, parameters, context, feedback):
        from ...core.jobs import dynamics

        options = self.options(parameters, context)
        layer = source_to_frame(self.parameterAsSource(parameters, self.INPUT, context),
                                feedback)
        outcome = dynamics.run(options, layer, cancelled=feedback.isCanceled,
                               progress=lambda fraction: feedback.setProgress(80 * fraction))
        return deliver(self, parameters, context, outcome, self.SINKS, feedback,
                       warnings=outcome.warnings)


class EmergingHotspotsAlgorithm(_PanelAlgorithm):
    """Gi* in every year, a Mann-Kendall trend of its z-scores and ArcGIS Pro's patterns."""

    ALGORITHM_ID = "emerginghotspots"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Emerging hot spots over the years")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "pymannkendall")
    INFERENCE = "INFERENCE"
    TREND_ALPHA = "TREND_ALPHA"
    SINKS = {
        "OUTPUT": ("emerging_hotspots", QT_TRANSLATE_NOOP(
            "KzInnovation", "Regions with their emerging hot spot pattern"), "polygon"),
        "YEARS": ("emerging_hotspots_years", QT_TRANSLATE_NOOP(
            "KzInnovation", "Gi* of each region and year"), "vector"),
    }

    def add_extra_parameters(self) -> None:
        self.addParameter(self.choice_parameter(self.INFERENCE, self.tr("p-values from"),
                                                INFERENCE))
        add_inference_parameters(self)
        self.addParameter(decimals(QgsProcessingParameterNumber(
            self.TREND_ALPHA, self.tr("Significance level of the trend"), number_type("double"),
            defaultValue=0.05, minValue=0.0001, maxValue=0.5), 3))

    def options(self, parameters, context):
        from ...core.jobs.dynamics import EmergingJob

        fields = self.fields(parameters, context)
        fields["spatial"].inference = self.choice(parameters, self.INFERENCE, context)
        return EmergingJob(
            **fields, trend_alpha=self.parameterAsDouble(parameters, self.TREND_ALPHA, context))


class MarkovAlgorithm(_PanelAlgorithm):
    """Classic, spatial or LISA Markov transitions of regions between classes."""

    ALGORITHM_ID = "markov"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Markov transitions of regions")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "giddy", "mapclassify")
    KIND = "KIND"
    CLASSES = "CLASSES"
    POOLED = "POOLED"
    RELATIVE = "RELATIVE"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    SIGNIFICANCE = "SIGNIFICANCE"
    SINKS = {
        "OUTPUT": ("markov_regions", QT_TRANSLATE_NOOP(
            "KzInnovation", "Regions with their class in each year"), "polygon"),
        "TRANSITIONS": ("markov_transitions", QT_TRANSLATE_NOOP(
            "KzInnovation", "Transitions between classes"), "vector"),
        "SUMMARY": ("markov_summary", QT_TRANSLATE_NOOP(
            "KzInnovation", "Tests and long-run shares"), "vector"),
    }

    def add_extra_parameters(self) -> None:
        self.addParameter(self.choice_parameter(self.KIND, self.tr("Markov chain"),
                                                MARKOV_KIND))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Number of quantile classes"), number_type("integer"),
            defaultValue=4, minValue=2, maxValue=10))
        self.addParameter(QgsProcessingParameterBoolean(
            self.POOLED, self.tr("Classes from all years together (else within each year)"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.RELATIVE, self.tr("Divide each year's values by the year's mean"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERMUTATIONS, self.tr("Permutations (0: none)"), number_type("integer"),
            defaultValue=999, minValue=0, maxValue=99999))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), number_type("integer"), defaultValue=1,
            minValue=0))
        self.addParameter(decimals(QgsProcessingParameterNumber(
            self.SIGNIFICANCE, self.tr("Significance level of the local Moran"),
            number_type("double"), defaultValue=0.05, minValue=0.0001, maxValue=0.5), 3))

    def options(self, parameters, context):
        from ...core.jobs.dynamics import MarkovJob

        fields = self.fields(parameters, context)
        fields["spatial"].alpha = self.parameterAsDouble(parameters, self.SIGNIFICANCE, context)
        return MarkovJob(
            **fields, kind=self.choice(parameters, self.KIND, context),
            classes=self.parameterAsInt(parameters, self.CLASSES, context),
            pooled=self.parameterAsBoolean(parameters, self.POOLED, context),
            relative=self.parameterAsBoolean(parameters, self.RELATIVE, context))
