"""Parameters shared by the spatial algorithms: how to build weights, and the inference.

Every spatial algorithm can build its own weights (WEIGHTS, K, BAND, ...) or read a GAL/GWT file
made by kzinnovation:spatialweights (WEIGHTS_FILE), so a model or a batch reuses one set.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from .compat import number_type, source_type

WEIGHT_METHODS = ("queen", "rook", "knn", "distance_band", "kernel")
KERNELS = ("triangular", "gaussian", "bisquare", "epanechnikov", "uniform")
TRANSFORMS = ("r", "b")
ISLAND_POLICIES = ("stop", "isolate", "attach")
CORRECTIONS = ("fdr", "bonferroni", "none")


def _advanced(parameter):
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


def add_weights_parameters(alg, input_name: str = "INPUT", with_file: bool = True) -> None:
    """WEIGHTS, K, BAND, KERNEL, TRANSFORM, ISLANDS, ID_FIELD (and WEIGHTS_FILE)."""
    tr = alg.tr
    alg.addParameter(QgsProcessingParameterEnum(
        "WEIGHTS", tr("Spatial weights"), options=list(WEIGHT_METHODS), defaultValue="queen",
        usesStaticStrings=True))
    alg.addParameter(QgsProcessingParameterNumber(
        "K", tr("Neighbours (k nearest; kernel: adaptive bandwidth)"), number_type("integer"),
        defaultValue=4, minValue=1))
    alg.addParameter(QgsProcessingParameterNumber(
        "BAND", tr("Distance band or kernel bandwidth in metres (empty: the smallest band "
                   "that gives every feature a neighbour)"), number_type("double"),
        optional=True, minValue=0.0))
    alg.addParameter(_advanced(QgsProcessingParameterEnum(
        "KERNEL", tr("Kernel function"), options=list(KERNELS), defaultValue="triangular",
        usesStaticStrings=True)))
    alg.addParameter(QgsProcessingParameterEnum(
        "TRANSFORM", tr("Weights transform (r: row-standardised, b: binary)"),
        options=list(TRANSFORMS), defaultValue="r", usesStaticStrings=True))
    alg.addParameter(QgsProcessingParameterEnum(
        "ISLANDS", tr("Features without neighbours"), options=list(ISLAND_POLICIES),
        defaultValue="stop", usesStaticStrings=True))
    alg.addParameter(_advanced(QgsProcessingParameterField(
        "ID_FIELD", tr("Unique id field (ids of a weights file; default: feature ids)"),
        parentLayerParameterName=input_name, optional=True)))
    if with_file:
        alg.addParameter(QgsProcessingParameterFile(
            "WEIGHTS_FILE", tr("Weights file (GAL/GWT) instead of building weights"),
            optional=True, fileFilter=tr("Spatial weights (*.gal *.gwt)")))


def add_inference_parameters(alg, with_alpha: bool = True) -> None:
    """PERMUTATIONS, SEED (and ALPHA, CORRECTION for local statistics)."""
    tr = alg.tr
    alg.addParameter(QgsProcessingParameterNumber(
        "PERMUTATIONS", tr("Permutations"), number_type("integer"), defaultValue=999,
        minValue=99, maxValue=99999))
    alg.addParameter(QgsProcessingParameterNumber(
        "SEED", tr("Random seed"), number_type("integer"), defaultValue=1, minValue=0))
    if with_alpha:
        alg.addParameter(QgsProcessingParameterNumber(
            "ALPHA", tr("Significance level"), number_type("double"), defaultValue=0.05,
            minValue=0.0001, maxValue=0.5))
        alg.addParameter(QgsProcessingParameterEnum(
            "CORRECTION", tr("Multiple-testing correction"), options=list(CORRECTIONS),
            defaultValue="fdr", usesStaticStrings=True))


def spatial_job(alg, parameters, context, inference: str = "permutation"):
    """The :class:`~kz_innovation_plugin.core.spatial_job.SpatialJob` the parameters describe."""
    from ..core.spatial_job import SpatialJob
    from ..core.spatial_weights import WeightsOptions

    def enum(name):
        return alg.parameterAsEnumString(parameters, name, context)

    options = WeightsOptions(
        method=enum("WEIGHTS"), k=alg.parameterAsInt(parameters, "K", context),
        band=alg.optional_number(parameters, "BAND", context, integer=False),
        kernel=enum("KERNEL"), transform=enum("TRANSFORM"), island_policy=enum("ISLANDS"),
    )
    id_fields = alg.parameterAsFields(parameters, "ID_FIELD", context)
    has_alpha = alg.parameterDefinition("ALPHA") is not None
    return SpatialJob(
        weights=options,
        weights_file=(alg.parameterAsFile(parameters, "WEIGHTS_FILE", context) or None)
        if alg.parameterDefinition("WEIGHTS_FILE") is not None else None,
        id_field=id_fields[0] if id_fields else None,
        permutations=alg.parameterAsInt(parameters, "PERMUTATIONS", context)
        if alg.parameterDefinition("PERMUTATIONS") is not None else 999,
        seed=alg.parameterAsInt(parameters, "SEED", context)
        if alg.parameterDefinition("SEED") is not None else 1,
        alpha=alg.parameterAsDouble(parameters, "ALPHA", context) if has_alpha else 0.05,
        correction=enum("CORRECTION") if has_alpha else "none",
        inference=inference,
    )


def add_method_output(alg) -> None:
    """METHOD: the provenance record as a key/value table (created by default)."""
    alg.addParameter(QgsProcessingParameterFeatureSink(
        "METHOD", alg.tr("Method record"), source_type("vector"), optional=True,
        createByDefault=True))


def with_method(parameters, frames: dict, provenance: dict) -> dict:
    """``frames`` plus the METHOD table when the user asked for it."""
    from ..core.provenance import provenance_frame

    if parameters.get("METHOD") is not None:
        return {**frames, "METHOD": provenance_frame(provenance)}
    return frames
