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
from ..layers import source_to_frame, write_outputs
from ..spatial_parameters import (
    add_inference_parameters,
    add_method_output,
    add_weights_parameters,
    spatial_job,
    with_method,
)
from .spatial_weights import SPATIAL_MODULES


class GlobalAutocorrelationAlgorithm(KzAlgorithm):
    """Global spatial autocorrelation of one or more fields, with the Moran scatterplot data."""

    ALGORITHM_ID = "globalautocorrelation"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Global spatial autocorrelation")
    GROUP_ID = "spatial"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Spatial statistics")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "threadpoolctl")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Input layer (polygons or points)"), [source_type("vector")]))
        self.addParameter(QgsProcessingParameterField(
            "FIELDS", self.tr("Fields"), parentLayerParameterName="INPUT",
            type=QgsProcessingParameterField.Numeric, allowMultiple=True))
        add_weights_parameters(self)
        add_inference_parameters(self, with_alpha=False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Global statistics"), source_type("vector")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SCATTER", self.tr("Moran scatterplot data"), source_type("vector"),
            optional=True, createByDefault=True))
        add_method_output(self)

    def compute(self, parameters, context, feedback):
        from ...core.spatial_job import run_global

        source = self.parameterAsSource(parameters, "INPUT", context)
        fields = self.parameterAsFields(parameters, "FIELDS", context)
        job = spatial_job(self, parameters, context)
        outcome = run_global(source_to_frame(source, feedback), fields, job,
                             cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        for row in outcome.frame.to_dict("records"):
            feedback.pushInfo(
                self.tr("{field}: Moran's I {i:.4f} (pseudo p {p:.4f}, z {z:.3f}); "
                        "Geary's C {c:.4f}").format(
                    field=row["field"], i=row["moran_i"], p=row["moran_p_sim"],
                    z=row["moran_z_rand"], c=row["geary_c"]))
        frames = {"OUTPUT": outcome.frame}
        if parameters.get("SCATTER") is not None:
            frames["SCATTER"] = outcome.extra["scatter"]
        frames = with_method(parameters, frames, outcome.provenance)
        return write_outputs(self, parameters, context, frames, feedback)
