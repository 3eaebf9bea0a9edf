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
from ..layers import source_to_frame, write_outputs
from ..spatial_parameters import (
    add_method_output,
    add_weights_parameters,
    decimals,
    spatial_job,
    with_method,
)
from ..styles import styles_on_load
from .spatial_weights import SPATIAL_MODULES


class RegionalizeAlgorithm(KzAlgorithm):
    """Groups regions into contiguous macro-regions by their indicator profiles."""

    ALGORITHM_ID = "regionalize"
    DISPLAY_NAME = QT_TRANSLATE_NOOP(
        "KzInnovation", "Macro-regions (spatially constrained clustering)")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = (*SPATIAL_MODULES, "spopt")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Regions"), [source_type("polygon")]))
        self.addParameter(QgsProcessingParameterField(
            "FIELDS", self.tr("Profile fields"), parentLayerParameterName="INPUT",
            type=QgsProcessingParameterField.Numeric, allowMultiple=True))
        self.addParameter(self.choice_parameter(
            "CLUSTER_METHOD", self.tr("Method"), REGIONALISATION_METHOD))
        self.addParameter(QgsProcessingParameterNumber(
            "N_REGIONS", self.tr("Number of macro-regions (SKATER, Ward)"),
            number_type("integer"), defaultValue=3, minValue=1))
        self.addParameter(QgsProcessingParameterField(
            "FLOOR_FIELD", self.tr("Floor field (Max-p; empty: the number of regions)"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(decimals(QgsProcessingParameterNumber(
            "FLOOR", self.tr("Floor: minimum total per macro-region (Max-p)"),
            number_type("double"), optional=True, minValue=0.0), 2))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), number_type("integer"), defaultValue=1, minValue=0))
        add_weights_parameters(self, with_transform=False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Regions with their macro-region"), source_type("polygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "DISSOLVED", self.tr("Macro-regions"), source_type("polygon")))
        add_method_output(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            "GEOPACKAGE", self.tr("All layers in one GeoPackage, with their styles"),
            fileFilter="GeoPackage (*.gpkg)", optional=True, createByDefault=False))

    def compute(self, parameters, context, feedback):
        from ...core.regionalization_job import run_regionalize, write_regions

        source = self.parameterAsSource(parameters, "INPUT", context)
        floor_field = self.parameterAsFields(parameters, "FLOOR_FIELD", context)
        outcome = run_regionalize(
            source_to_frame(source, feedback),
            self.parameterAsFields(parameters, "FIELDS", context),
            spatial_job(self, parameters, context),
            method=self.choice(parameters, "CLUSTER_METHOD", context),
            n_regions=self.parameterAsInt(parameters, "N_REGIONS", context),
            floor_field=floor_field[0] if floor_field else None,
            floor=self.optional_number(parameters, "FLOOR", context, integer=False),
            seed=self.parameterAsInt(parameters, "SEED", context),
        )
        result = outcome.result
        for note in result.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(self.tr(
            "{m} macro-regions; within sum of squares {w:.3f}, between {b:.3f} (total {t:.3f})"
        ).format(m=len(result.counts), w=result.within_ss, b=result.between_ss,
                 t=result.total_ss))
        frames = with_method(parameters, {"OUTPUT": result.members,
                                          "DISSOLVED": result.dissolved}, outcome.provenance)
        results = write_outputs(self, parameters, context, frames, feedback)
        styles_on_load(context, {results["OUTPUT"]: "macroregions",
                                 results["DISSOLVED"]: "macroregions_dissolved"})
        geopackage = self.parameterAsFileOutput(parameters, "GEOPACKAGE", context)
        if geopackage:
            results["GEOPACKAGE"] = str(write_regions(outcome, geopackage))
        return results
