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

#: the parameter keys of the spatial algorithms (what scripts, models and qgis_process pass)
WEIGHTS_KEY = "WEIGHTS"
K_KEY = "K"
BAND_KEY = "BAND"
KERNEL_KEY = "KERNEL"
TRANSFORM_KEY = "TRANSFORM"
ISLANDS_KEY = "ISLANDS"
ID_FIELD_KEY = "ID_FIELD"
WEIGHTS_FILE_KEY = "WEIGHTS_FILE"
PERMUTATIONS_KEY = "PERMUTATIONS"
SEED_KEY = "SEED"
ALPHA_KEY = "ALPHA"
CORRECTION_KEY = "CORRECTION"
METHOD_KEY = "METHOD"


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
        (alg.choice_parameter(WEIGHTS_KEY, tr("Spatial weights"), WEIGHT_METHOD), False),
        (QgsProcessingParameterNumber(
            K_KEY, tr("Number of neighbours (k nearest neighbours; adaptive kernel bandwidth)"),
            number_type("integer"), defaultValue=4, minValue=1), False),
        (decimals(QgsProcessingParameterNumber(
            BAND_KEY, tr("Distance band or kernel bandwidth in metres (empty: the smallest band "
                       "that gives every feature a neighbour)"), number_type("double"),
            optional=True, minValue=0.0), 0), False),
        (alg.choice_parameter(KERNEL_KEY, tr("Kernel function"), KERNEL), True),
        (alg.choice_parameter(TRANSFORM_KEY, tr("Weights transform"), TRANSFORM), False)
        if with_transform else None,
        (alg.choice_parameter(ISLANDS_KEY, tr("Features without neighbours"), ISLAND_POLICY),
         False),
        (QgsProcessingParameterField(
            ID_FIELD_KEY, tr("Unique id field (ids of a weights file; default: feature ids)"),
            parentLayerParameterName=input_name, optional=True), True),
    ]
    if with_file:
        parameters.append((QgsProcessingParameterFile(
            WEIGHTS_FILE_KEY, tr("Weights file (GAL/GWT) instead of building weights"),
            optional=True, fileFilter=tr("Spatial weights (*.gal *.gwt)")), False))
    for parameter, is_advanced in filter(None, parameters):
        alg.addParameter(advanced(parameter) if is_advanced or all_advanced else parameter)


def add_inference_parameters(alg, with_alpha: bool = True, all_advanced: bool = False) -> None:
    """PERMUTATIONS, SEED (and ALPHA, CORRECTION for local statistics); every one advanced
    with ``all_advanced``."""
    tr = alg.tr
    parameters = [
        QgsProcessingParameterNumber(
            PERMUTATIONS_KEY, tr("Permutations"), number_type("integer"), defaultValue=999,
            minValue=99, maxValue=99999),
        QgsProcessingParameterNumber(
            SEED_KEY, tr("Random seed"), number_type("integer"), defaultValue=1, minValue=0),
    ]
    if with_alpha:
        parameters += [
            decimals(QgsProcessingParameterNumber(
                ALPHA_KEY, tr("Significance level"), number_type("double"), defaultValue=0.05,
                minValue=0.0001, maxValue=0.5), 3),
            alg.choice_parameter(CORRECTION_KEY, tr("Multiple-testing correction"), CORRECTION),
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
        method=enum(WEIGHTS_KEY), k=alg.parameterAsInt(parameters, K_KEY, context),
        band=alg.optional_number(parameters, BAND_KEY, context, integer=False),
        kernel=enum(KERNEL_KEY), island_policy=enum(ISLANDS_KEY),
        transform=enum(TRANSFORM_KEY) if alg.parameterDefinition(TRANSFORM_KEY) is not None
        else TRANSFORM.default,
    )
    id_fields = alg.parameterAsFields(parameters, ID_FIELD_KEY, context)
    has_alpha = alg.parameterDefinition(ALPHA_KEY) is not None
    return SpatialJob(
        weights=options,
        weights_file=(alg.parameterAsFile(parameters, WEIGHTS_FILE_KEY, context) or None)
        if alg.parameterDefinition(WEIGHTS_FILE_KEY) is not None else None,
        id_field=id_fields[0] if id_fields else None,
        permutations=alg.parameterAsInt(parameters, PERMUTATIONS_KEY, context)
        if alg.parameterDefinition(PERMUTATIONS_KEY) is not None else 999,
        seed=alg.parameterAsInt(parameters, SEED_KEY, context)
        if alg.parameterDefinition(SEED_KEY) is not None else 1,
        alpha=alg.parameterAsDouble(parameters, ALPHA_KEY, context) if has_alpha else 0.05,
        correction=enum(CORRECTION_KEY) if has_alpha else "none",
        inference=inference,
    )


def add_method_output(alg) -> None:
    """METHOD: the provenance record as a key/value table (created by default)."""
    alg.addParameter(QgsProcessingParameterFeatureSink(
        METHOD_KEY, alg.tr("Method record"), source_type("vector"), optional=True,
        createByDefault=True))
