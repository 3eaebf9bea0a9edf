"""kzinnovation:spatialweights: build spatial weights and save them as a GAL/GWT file."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..base import KzAlgorithm
from ..compat import source_type
from ..layers import source_to_frame, write_outputs
from ..spatial_parameters import add_weights_parameters, spatial_job

SPATIAL_MODULES = ("pandas", "geopandas", "shapely", "pyproj", "libpysal", "scipy", "sklearn")


class SpatialWeightsAlgorithm(KzAlgorithm):
    """Queen, rook, k nearest, distance band or kernel weights, with islands handled."""

    ALGORITHM_ID = "spatialweights"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Spatial weights")
    GROUP_ID = "spatial"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Spatial statistics")
    REQUIRED_MODULES = SPATIAL_MODULES

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Input layer (polygons or points)"), [source_type("vector")]))
        add_weights_parameters(self, with_file=False)
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Weights file"), fileFilter="GAL (*.gal);;GWT (*.gwt)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", self.tr("Weights summary"), source_type("vector")))
        self.addOutput(QgsProcessingOutputNumber("ISLANDS_COUNT", self.tr("Islands")))
        self.addOutput(QgsProcessingOutputNumber("COMPONENTS", self.tr("Components")))

    def compute(self, parameters, context, feedback):
        from ...core.spatial_job import run_weights

        source = self.parameterAsSource(parameters, "INPUT", context)
        job = spatial_job(self, parameters, context)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        layer = source_to_frame(source, feedback)
        outcome = run_weights(layer, job, path)
        for note in outcome.notes:
            feedback.pushInfo(note)
        destinations = write_outputs(self, parameters, context, {"SUMMARY": outcome.frame},
                                     feedback)
        return {
            "OUTPUT": path, **destinations,
            "ISLANDS_COUNT": len(outcome.weights.islands),
            "COMPONENTS": outcome.weights.components,
        }
