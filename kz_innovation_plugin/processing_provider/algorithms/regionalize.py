"""kzinnovation:regionalize: spatially constrained macro-regions (SKATER, max-p, Ward)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import REGIONALISATION_METHOD
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame
from ..spatial_parameters import (
    add_method_output,
    add_weights_parameters,
    decimals,
    spatial_job,
)
from ._sinks import write_outcome
from .spatial_weights import SPATIAL_MODULES


class RegionalizeAlgorithm(KzAlgorithm):
    """Groups regions into contiguous macro-regions by their indicator profiles."""

    ALGORITHM_ID = "regionalize"
    DISPLAY_NAME = QT_TRANSLATE_NOOP(
        "KzInnovation", "Macro-regions (spatially constrained clustering)")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "spopt")

    INPUT = "INPUT"
    FIELDS = "FIELDS"
    CLUSTER_METHOD = "CLUSTER_METHOD"
    N_REGIONS = "N_REGIONS"
    FLOOR_FIELD = "FLOOR_FIELD"
    FLOOR = "FLOOR"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    DISSOLVED = "DISSOLVED"
    METHOD = "METHOD"
    GEOPACKAGE = "GEOPACKAGE"
    #: sink parameter -> layer of the job's outcome
    SINKS = {OUTPUT: "macroregion_members", DISSOLVED: "macroregions", METHOD: "method"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions"), [source_type("polygon")]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Profile fields"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric, allowMultiple=True))
        self.addParameter(self.choice_parameter(
            self.CLUSTER_METHOD, self.tr("Method"), REGIONALISATION_METHOD))
        self.addParameter(QgsProcessingParameterNumber(
            self.N_REGIONS, self.tr("Number of macro-regions (SKATER, Ward)"),
            number_type("integer"), defaultValue=3, minValue=1))
        self.addParameter(QgsProcessingParameterField(
            self.FLOOR_FIELD, self.tr("Floor field (Max-p; empty: the number of regions)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(decimals(QgsProcessingParameterNumber(
            self.FLOOR, self.tr("Floor: minimum total per macro-region (Max-p)"),
            number_type("double"), optional=True, minValue=0.0), 2))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), number_type("integer"), defaultValue=1, minValue=0))
        add_weights_parameters(self, with_transform=False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Regions with their macro-region"), source_type("polygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DISSOLVED, self.tr("Macro-regions"), source_type("polygon")))
        add_method_output(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.GEOPACKAGE, self.tr("All layers in one GeoPackage, with their styles"),
            fileFilter="GeoPackage (*.gpkg)", optional=True, createByDefault=False))

    def options(self, parameters, context):
        """The regionalisation job the parameters describe (its seed: the weights' SEED)."""
        from ...core.jobs.regionalize import RegionalizeJob

        floor_field = self.parameterAsFields(parameters, self.FLOOR_FIELD, context)
        return RegionalizeJob(
            fields=self.parameterAsFields(parameters, self.FIELDS, context),
            method=self.choice(parameters, self.CLUSTER_METHOD, context),
            n_regions=self.parameterAsInt(parameters, self.N_REGIONS, context),
            floor_field=floor_field[0] if floor_field else None,
            floor=self.optional_number(parameters, self.FLOOR, context, integer=False),
            spatial=spatial_job(self, parameters, context),
        )

    def compute(self, parameters, context, feedback):
        from ...core.jobs import regionalize

        options = self.options(parameters, context)
        layer = source_to_frame(self.parameterAsSource(parameters, self.INPUT, context), feedback)
        outcome = regionalize.run(options, layer, cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        result = outcome.result
        feedback.pushInfo(self.tr(
            "{m} macro-regions; within sum of squares {w:.3f}, between {b:.3f} (total {t:.3f})"
        ).format(m=len(result.counts), w=result.within_ss, b=result.between_ss,
                 t=result.total_ss))
        results = write_outcome(self, parameters, context, outcome, self.SINKS, feedback)
        geopackage = self.parameterAsFileOutput(parameters, self.GEOPACKAGE, context)
        if geopackage:
            results[self.GEOPACKAGE] = str(outcome.write(geopackage))
        return results
