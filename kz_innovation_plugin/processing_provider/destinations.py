"""Where a run will write, checked before it starts: inputs are never overwritten, and no
output silently replaces another.

QGIS writes an output file as a whole: a GeoPackage given as ``x.gpkg`` replaces ``x.gpkg``.
So an output on the path of an input would destroy the input, and two outputs on one path
would keep only the last.  Outputs written as named layers of one GeoPackage
(``ogr:dbname='x.gpkg' table="a"``, QGIS's "Save to GeoPackage") are distinct when their
layer names differ, but never allowed into an input's file.  Temporary, memory and database
outputs are not files and are not checked.
"""

from __future__ import annotations

import os
import re
from typing import Any, NamedTuple

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProperty,
    QgsProviderRegistry,
)

from .compat import scoped

_SOURCES = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
            QgsProcessingParameterMapLayer, QgsProcessingParameterMultipleLayers,
            QgsProcessingParameterFile)
_LAYER_OUTPUTS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)
_OGR_URI = re.compile(r"^ogr:dbname='?(?P<path>[^']*?)'?\s+table=\"?(?P<table>[^\"\s]*)\"?")


class Target(NamedTuple):
    """A file an output writes: its real path, and the layer inside it (None: the whole file)."""

    path: str
    layer: str | None


def _real(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _static(value: Any) -> Any:
    """The plain value of a parameter, through QGIS's wrappers (None for an expression)."""
    if isinstance(value, (QgsProcessingOutputLayerDefinition,
                          QgsProcessingFeatureSourceDefinition)):
        value = value.sink if isinstance(value, QgsProcessingOutputLayerDefinition) \
            else value.source
    if isinstance(value, QgsProperty):
        static = scoped("PropertyType", "Static", QgsProperty, "StaticProperty")
        return value.staticValue() if value.propertyType() == static else None
    return value


def _source_path(value: Any, context) -> str | None:
    """The file an input reads (a path, a layer source, or a project layer's id)."""
    value = _static(value)
    layer = value if isinstance(value, QgsMapLayer) else None
    if layer is None and isinstance(value, str) and value:
        candidate = value.split("|")[0]
        if os.path.isfile(candidate):
            return _real(candidate)
        project = context.project()
        layer = project.mapLayer(value) if project is not None else None
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    return _real(path) if path and os.path.isfile(path) else None


def input_files(alg, parameters: dict[str, Any], context) -> dict[str, str]:
    """``{real path: parameter name}`` of every file the run reads."""
    files: dict[str, str] = {}
    for definition in alg.parameterDefinitions():
        if not isinstance(definition, _SOURCES) or definition.isDestination():
            continue
        value = parameters.get(definition.name())
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            path = _source_path(item, context)
            if path is not None:
                files.setdefault(path, definition.name())
    return files


def _target(alg, parameters: dict[str, Any], definition, context) -> Target | None:
    """Where output ``definition`` writes, or None (not wanted, temporary, memory, database)."""
    value = _static(parameters.get(definition.name()))
    if value is None or str(value).strip() in ("", QgsProcessing.TEMPORARY_OUTPUT):
        return None
    if isinstance(definition, _LAYER_OUTPUTS):
        text = alg.parameterAsOutputLayer(parameters, definition.name(), context) or ""
    elif isinstance(definition, QgsProcessingParameterFileDestination):
        text = alg.parameterAsFileOutput(parameters, definition.name(), context) or ""
    else:
        return None
    match = _OGR_URI.match(text)
    if match:
        return Target(_real(match["path"]), match["table"] or None)
    path = text.split("|")[0]
    if not os.path.isabs(path):
        return None  # memory:, postgres: and other providers' URIs
    return Target(_real(path), None)


def check_destinations(alg, parameters: dict[str, Any], context) -> str | None:
    """Why the run's outputs cannot be written as given, or None when they can.

    Refused: an output in the file of an input (it would be replaced or changed), and two
    outputs on one file unless both are named layers of it with different names.
    """
    inputs = input_files(alg, parameters, context)
    seen: dict[str, list[tuple[str, str | None]]] = {}
    for definition in alg.destinationParameterDefinitions():
        target = _target(alg, parameters, definition, context)
        if target is None:
            continue
        name = definition.name()
        if target.path in inputs:
            return alg.tr(
                "The output {output} would write into {path}, the file of the input {input}. "
                "Inputs are never modified: choose another file for {output}."
            ).format(output=name, path=target.path, input=inputs[target.path])
        for earlier, layer in seen.get(target.path, []):
            if layer is None or target.layer is None or layer == target.layer:
                return alg.tr(
                    "The outputs {first} and {second} would both write {path}, and one would "
                    "replace the other. Choose a separate file for each (or different layer "
                    "names in one GeoPackage)."
                ).format(first=earlier, second=name, path=target.path)
        seen.setdefault(target.path, []).append((name, target.layer))
    return None
