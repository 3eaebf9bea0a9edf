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
from ..layers import source_to_frame, write_outputs
from ..spatial_parameters import (
    add_inference_parameters,
    add_method_output,
    add_weights_parameters,
    spatial_job,
    with_method,
)
from ..styles import style_on_load
from .spatial_weights import SPATIAL_MODULES


class _LocalStatistic(KzAlgorithm):
    """Shared parameters and flow; subclasses name the statistic and its style, and define
    ``run_statistic(layer, parameters, context, feedback)``, which calls the core job."""

    GROUP_ID = "spatial"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Spatial statistics")
    REQUIRED_MODULES = SPATIAL_MODULES
    STYLE = ""
    #: whether the statistic offers the weights transform (Gi* is defined on binary weights)
    WITH_TRANSFORM = True

    def add_extra_parameters(self) -> None:
        """Parameters between the field and the weights (none by default)."""

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Input layer (polygons or points)"), [source_type("vector")]))
        self.addParameter(QgsProcessingParameterField(
            "FIELD", self.tr("Field"), parentLayerParameterName="INPUT",
            type=QgsProcessingParameterField.Numeric))
        self.add_extra_parameters()
        add_weights_parameters(self, with_transform=self.WITH_TRANSFORM)
        add_inference_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr(self.DISPLAY_NAME), source_type("vector")))
        add_method_output(self)

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        layer = source_to_frame(source, feedback)
        outcome = self.run_statistic(layer, parameters, context, feedback)
        for note in outcome.notes:
            feedback.pushInfo(note)
        frames = with_method(parameters, {"OUTPUT": outcome.frame}, outcome.provenance)
        destinations = write_outputs(self, parameters, context, frames, feedback)
        style_on_load(context, destinations["OUTPUT"], self.STYLE)
        return destinations


class LisaAlgorithm(_LocalStatistic):
    """Local Moran's I (LISA) with GeoDa's cluster codes and ArcGIS Pro's COType."""

    ALGORITHM_ID = "lisa"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Local Moran's I (LISA)")
    STYLE = "lisa"

    def add_extra_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterField(
            "FIELD_X", self.tr("Bivariate: against the spatial lag of this field"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric,
            optional=True))

    def run_statistic(self, layer, parameters, context, feedback):
        from ...core.spatial_job import run_lisa

        other = self.parameterAsFields(parameters, "FIELD_X", context)
        return run_lisa(layer, self.parameterAsFields(parameters, "FIELD", context)[0],
                        spatial_job(self, parameters, context),
                        other_field=other[0] if other else None,
                        cancelled=feedback.isCanceled)


class HotspotsAlgorithm(_LocalStatistic):
    """Getis-Ord Gi* hot and cold spots with ArcGIS Pro's fields and bins."""

    ALGORITHM_ID = "hotspots"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Hot spots (Getis-Ord Gi*)")
    STYLE = "hotspots"
    WITH_TRANSFORM = False

    def add_extra_parameters(self) -> None:
        self.addParameter(self.choice_parameter("INFERENCE", self.tr("p-values from"),
                                                INFERENCE))

    def run_statistic(self, layer, parameters, context, feedback):
        from ...core.spatial_job import run_hotspots

        inference = self.choice(parameters, "INFERENCE", context)
        return run_hotspots(layer, self.parameterAsFields(parameters, "FIELD", context)[0],
                            spatial_job(self, parameters, context, inference=inference),
                            cancelled=feedback.isCanceled)
