"""Parameters shared by the spatial algorithms: how to build weights, and the inference.

Every spatial algorithm can build its own weights (WEIGHTS, K, BAND, ...) or read a GAL/GWT file
made by kzinnovation:spatialweights (WEIGHTS_FILE), so a model or a batch reuses one set.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..core.choices import CORRECTION, ISLAND_POLICY, KERNEL, TRANSFORM, WEIGHT_METHOD
from .compat import number_type, source_type


def advanced(parameter):
    """``parameter`` flagged advanced: the dialog shows it under "Advanced Parameters"."""
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


def decimals(parameter, places: int):
    """``parameter`` (a number) shown with ``places`` decimals in the dialog."""
    metadata = parameter.metadata()
    wrapper = dict(metadata.get("widget_wrapper") or {})
    wrapper["decimals"] = places
    parameter.setMetadata({**metadata, "widget_wrapper": wrapper})
    return parameter


def add_weights_parameters(alg, input_name: str = "INPUT", with_file: bool = True,
                           all_advanced: bool = False, with_transform: bool = True) -> None:
    """WEIGHTS, K, BAND, KERNEL, TRANSFORM, ISLANDS, ID_FIELD (and WEIGHTS_FILE); every one
    advanced with ``all_advanced``.  TRANSFORM is left out (``with_transform=False``) where
    the statistic fixes its weights (Gi*: binary) or uses only who neighbours whom
    (regionalisation)."""
    tr = alg.tr
    parameters = [
        (alg.choice_parameter("WEIGHTS", tr("Spatial weights"), WEIGHT_METHOD), False),
        (QgsProcessingParameterNumber(
            "K", tr("Number of neighbours (k nearest neighbours; adaptive kernel bandwidth)"),
            number_type("integer"), defaultValue=4, minValue=1), False),
        (decimals(QgsProcessingParameterNumber(
            "BAND", tr("Distance band or kernel bandwidth in metres (empty: the smallest band "
                       "that gives every feature a neighbour)"), number_type("double"),
            optional=True, minValue=0.0), 0), False),
        (alg.choice_parameter("KERNEL", tr("Kernel function"), KERNEL), True),
        (alg.choice_parameter("TRANSFORM", tr("Weights transform"), TRANSFORM), False)
        if with_transform else None,
        (alg.choice_parameter("ISLANDS", tr("Features without neighbours"), ISLAND_POLICY), False),
        (QgsProcessingParameterField(
            "ID_FIELD", tr("Unique id field (ids of a weights file; default: feature ids)"),
            parentLayerParameterName=input_name, optional=True), True),
    ]
    if with_file:
        parameters.append((QgsProcessingParameterFile(
            "WEIGHTS_FILE", tr("Weights file (GAL/GWT) instead of building weights"),
            optional=True, fileFilter=tr("Spatial weights (*.gal *.gwt)")), False))
    for parameter, is_advanced in filter(None, parameters):
        alg.addParameter(advanced(parameter) if is_advanced or all_advanced else parameter)


def add_inference_parameters(alg, with_alpha: bool = True, all_advanced: bool = False) -> None:
    """PERMUTATIONS, SEED (and ALPHA, CORRECTION for local statistics); every one advanced
    with ``all_advanced``."""
    tr = alg.tr
    parameters = [
        QgsProcessingParameterNumber(
            "PERMUTATIONS", tr("Permutations"), number_type("integer"), defaultValue=999,
            minValue=99, maxValue=99999),
        QgsProcessingParameterNumber(
            "SEED", tr("Random seed"), number_type("integer"), defaultValue=1, minValue=0),
    ]
    if with_alpha:
        parameters += [
            decimals(QgsProcessingParameterNumber(
                "ALPHA", tr("Significance level"), number_type("double"), defaultValue=0.05,
                minValue=0.0001, maxValue=0.5), 3),
            alg.choice_parameter("CORRECTION", tr("Multiple-testing correction"), CORRECTION),
        ]
    for parameter in parameters:
        alg.addParameter(advanced(parameter) if all_advanced else parameter)


def spatial_job(alg, parameters, context, inference: str = "permutation"):
    """The :class:`~kz_innovation_plugin.core.jobs.spatial.SpatialJob` the parameters describe."""
    from ..core.jobs.spatial import SpatialJob
    from ..core.spatial_weights import WeightsOptions

    def enum(name):
        return alg.choice(parameters, name, context)

    options = WeightsOptions(
        method=enum("WEIGHTS"), k=alg.parameterAsInt(parameters, "K", context),
        band=alg.optional_number(parameters, "BAND", context, integer=False),
        kernel=enum("KERNEL"), island_policy=enum("ISLANDS"),
        transform=enum("TRANSFORM") if alg.parameterDefinition("TRANSFORM") is not None
        else TRANSFORM.default,
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
