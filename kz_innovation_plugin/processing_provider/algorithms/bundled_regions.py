"""kzinnovation:bundledregions: write the bundled regions of one boundary set."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFeatureSink
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import BOUNDARY_SET
from ..base import KzAlgorithm
from ..compat import source_type
from ..layers import write_outputs


class BundledRegionsAlgorithm(KzAlgorithm):
    """Kazakhstan's regions for the 2022, 2018 or 2017 boundary set."""

    ALGORITHM_ID = "bundledregions"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Bundled regions of Kazakhstan")
    BOUNDARY_SET = "BOUNDARY_SET"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            self.choice_parameter(self.BOUNDARY_SET, self.tr("Boundary set"), BOUNDARY_SET)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Regions"), source_type("polygon")
            )
        )

    def compute(self, parameters, context, feedback):
        from ...core.bundled import load_bundled_regions

        boundary_set = self.choice(parameters, self.BOUNDARY_SET, context)
        regions = load_bundled_regions(boundary_set)
        feedback.pushInfo(
            self.tr("{count} regions of the {name} boundary set.").format(
                count=len(regions), name=boundary_set
            )
        )
        return write_outputs(self, parameters, context, {self.OUTPUT: regions}, feedback)
