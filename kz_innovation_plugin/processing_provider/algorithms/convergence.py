"""kzinnovation:convergence: whether poorer regions catch up (beta) and the regions' spread
narrows (sigma) over the years."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterNumber
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import CONVERGENCE_MODEL
from ..compat import number_type
from ..spatial_parameters import decimals
from .dynamics import _PanelAlgorithm
from .spatial_weights import SPATIAL_MODULES


class ConvergenceAlgorithm(_PanelAlgorithm):
    """Beta-convergence (plain, spatial lag or spatial error) and sigma-convergence of one
    indicator of a layer with one feature per region and year."""

    ALGORITHM_ID = "convergence"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Beta- and sigma-convergence of regions")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "spreg")
    MODEL = "MODEL"
    CONFIDENCE = "CONFIDENCE"
    SINKS = {
        "OUTPUT": ("convergence_regions", QT_TRANSLATE_NOOP(
            "KzInnovation", "Regions with their initial level, growth and residual"),
            "polygon"),
        "SIGMA": ("convergence_sigma", QT_TRANSLATE_NOOP(
            "KzInnovation", "Dispersion of the regions by year, with its trend"),
            "vector"),
        "BETA": ("convergence_beta", QT_TRANSLATE_NOOP(
            "KzInnovation", "Beta, its interval, speed and half-life"), "vector"),
    }

    def add_extra_parameters(self) -> None:
        self.addParameter(self.choice_parameter(
            self.MODEL, self.tr("Beta-convergence model"), CONVERGENCE_MODEL))
        self.addParameter(decimals(QgsProcessingParameterNumber(
            self.CONFIDENCE, self.tr("Confidence level of the interval of beta"),
            number_type("double"), defaultValue=0.95, minValue=0.5, maxValue=0.999), 3))

    def options(self, parameters, context):
        from ...core.jobs.convergence import ConvergenceJob

        return ConvergenceJob(
            **self.fields(parameters, context), model=self.choice(parameters, self.MODEL, context),
            confidence=self.parameterAsDouble(parameters, self.CONFIDENCE, context))
