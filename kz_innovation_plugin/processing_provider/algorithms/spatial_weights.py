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
from ..layers import read_source
from ..spatial_parameters import add_weights_parameters, spatial_job
from ._sinks import write_outcome

SPATIAL_MODULES = ("pandas", "geopandas", "shapely", "pyproj", "libpysal", "scipy", "sklearn")


class SpatialWeightsAlgorithm(KzAlgorithm):
    """Queen, rook, k nearest, distance band or kernel weights, with islands handled."""

    ALGORITHM_ID = "spatialweights"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Spatial weights")
    GROUP_ID = "spatial"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Spatial statistics")
    REQUIRED_MODULES = SPATIAL_MODULES

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    ISLANDS_COUNT = "ISLANDS_COUNT"
    COMPONENTS = "COMPONENTS"
    #: sink parameter -> layer of the job's outcome
    SINKS = {SUMMARY: "weights_summary"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer (polygons or points)"), [source_type("vector")]))
        add_weights_parameters(self, with_file=False)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Weights file"), fileFilter="GAL (*.gal);;GWT (*.gwt)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Weights summary"), source_type("vector")))
        self.addOutput(QgsProcessingOutputNumber(self.ISLANDS_COUNT, self.tr("Islands")))
        self.addOutput(QgsProcessingOutputNumber(self.COMPONENTS, self.tr("Components")))

    def compute(self, parameters, context, feedback):
        from ...core.jobs import spatial
        from ...core.jobs.spatial import WeightsJob

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        options = WeightsJob(path, spatial_job(self, parameters, context))
        layer = read_source(self, parameters, self.INPUT, context, feedback)
        outcome = spatial.run(options, layer, cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        destinations = write_outcome(self, parameters, context, outcome, self.SINKS, feedback)
        return {
            self.OUTPUT: path, **destinations,
            self.ISLANDS_COUNT: len(outcome.weights.islands),
            self.COMPONENTS: outcome.weights.components,
        }
