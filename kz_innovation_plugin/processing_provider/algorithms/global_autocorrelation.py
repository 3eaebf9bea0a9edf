"""kzinnovation:globalautocorrelation: Moran's I, Geary's C and General G per field."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

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


class GlobalAutocorrelationAlgorithm(KzAlgorithm):
    """Global spatial autocorrelation of one or more fields, with the Moran scatterplot data."""

    ALGORITHM_ID = "globalautocorrelation"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Global spatial autocorrelation")
    GROUP_ID = "spatial"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Spatial statistics")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "threadpoolctl")

    INPUT = "INPUT"
    FIELDS = "FIELDS"
    OUTPUT = "OUTPUT"
    SCATTER = "SCATTER"
    METHOD = "METHOD"
    #: sink parameter -> layer of the job's outcome
    SINKS = {OUTPUT: "global_autocorrelation", SCATTER: "scatter", METHOD: "method"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer (polygons or points)"), [source_type("vector")]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Fields"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric, allowMultiple=True))
        add_weights_parameters(self)
        add_inference_parameters(self, with_alpha=False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Global statistics"), source_type("vector")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SCATTER, self.tr("Moran scatterplot data"), source_type("vector"),
            optional=True, createByDefault=True))
        add_method_output(self)

    def compute(self, parameters, context, feedback):
        from ...core.jobs import spatial
        from ...core.jobs.spatial import GlobalJob

        options = GlobalJob(self.parameterAsFields(parameters, self.FIELDS, context),
                            spatial_job(self, parameters, context))
        layer = read_source(self, parameters, self.INPUT, context, feedback)
        outcome = spatial.run(options, layer, cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        for row in outcome.frame.to_dict("records"):
            feedback.pushInfo(
                self.tr("{field}: Moran's I {i:.4f} (pseudo p {p:.4f}, z {z:.3f}); "
                        "Geary's C {c:.4f}").format(
                    field=row["field"], i=row["moran_i"], p=row["moran_p_sim"],
                    z=row["moran_z_rand"], c=row["geary_c"]))
        return write_outcome(self, parameters, context, outcome, self.SINKS, feedback)
