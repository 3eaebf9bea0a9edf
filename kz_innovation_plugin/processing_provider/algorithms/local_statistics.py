"""kzinnovation:lisa and kzinnovation:hotspots: local Moran's I and Getis-Ord Gi*."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import INFERENCE
from ..base import KzAlgorithm
from ..compat import source_type
from ..layers import read_source
from ..spatial_parameters import (
    add_inference_parameters,
    add_method_output,
    add_weights_parameters,
    spatial_job,
)
from ._sinks import write_outcome
from .spatial_weights import SPATIAL_MODULES


class _LocalStatistic(KzAlgorithm):
    """Shared parameters and flow; subclasses name the statistic and define ``options``,
    which reads their parameters into the job's options."""

    INPUT = "INPUT"
    FIELD = "FIELD"
    OUTPUT = "OUTPUT"
    METHOD = "METHOD"
    #: sink parameter -> layer of the job's outcome (named after the statistic)
    SINKS: dict[str, str] = {}

    GROUP_ID = "spatial"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Spatial statistics")
    REQUIRED_MODULES = SPATIAL_MODULES
    #: whether the statistic offers the weights transform (Gi* is defined on binary weights)
    WITH_TRANSFORM = True

    def add_extra_parameters(self) -> None:
        """Parameters between the field and the weights (none by default)."""

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer (polygons or points)"), [source_type("vector")]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Field"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric))
        self.add_extra_parameters()
        add_weights_parameters(self, with_transform=self.WITH_TRANSFORM)
        add_inference_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr(self.DISPLAY_NAME), source_type("vector")))
        add_method_output(self)

    def field(self, parameters, context) -> str:
        """The tested field."""
        return self.parameterAsFields(parameters, self.FIELD, context)[0]

    def compute(self, parameters, context, feedback):
        from ...core.jobs import spatial

        options = self.options(parameters, context)
        layer = read_source(self, parameters, self.INPUT, context, feedback)
        outcome = spatial.run(options, layer, cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        return write_outcome(self, parameters, context, outcome, self.SINKS, feedback)


class LisaAlgorithm(_LocalStatistic):
    """Local Moran's I (LISA) with GeoDa's cluster codes and ArcGIS Pro's COType."""

    ALGORITHM_ID = "lisa"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Local Moran's I (LISA)")
    FIELD_X = "FIELD_X"
    SINKS = {_LocalStatistic.OUTPUT: "lisa", _LocalStatistic.METHOD: "method"}

    def add_extra_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterField(
            self.FIELD_X, self.tr("Bivariate: against the spatial lag of this field"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True))

    def options(self, parameters, context):
        from ...core.jobs.spatial import LisaJob

        other = self.parameterAsFields(parameters, self.FIELD_X, context)
        return LisaJob(self.field(parameters, context), spatial_job(self, parameters, context),
                       other_field=other[0] if other else None)


class HotspotsAlgorithm(_LocalStatistic):
    """Getis-Ord Gi* hot and cold spots with ArcGIS Pro's fields and bins."""

    ALGORITHM_ID = "hotspots"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Hot spots (Getis-Ord Gi*)")
    WITH_TRANSFORM = False
    INFERENCE = "INFERENCE"
    SINKS = {_LocalStatistic.OUTPUT: "hotspots", _LocalStatistic.METHOD: "method"}

    def add_extra_parameters(self) -> None:
        self.addParameter(self.choice_parameter(self.INFERENCE, self.tr("p-values from"),
                                                INFERENCE))

    def options(self, parameters, context):
        from ...core.jobs.spatial import HotspotsJob

        inference = self.choice(parameters, self.INFERENCE, context)
        return HotspotsJob(self.field(parameters, context),
                           spatial_job(self, parameters, context, inference=inference))
