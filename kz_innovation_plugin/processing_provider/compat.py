"""One place for the QGIS 3.22 / QGIS 4 (Qt6) differences the algorithms touch.

QGIS 3.22 has unscoped enums (``QgsProcessing.TypeVectorPolygon``, ``QVariant.Double``);
newer QGIS adds scoped ones (``Qgis.ProcessingSourceType.VectorPolygon``,
``QMetaType.Type.Double``) and QGIS 4 drops the old spellings.  Each helper prefers the scoped
enum when this QGIS has it.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

try:  # QGIS >= 3.38 takes QMetaType in QgsField; Qt6 has no QVariant.Type
    from qgis.PyQt.QtCore import QMetaType

    _USE_METATYPE = Qgis.versionInt() >= 33800
except ImportError:  # pragma: no cover - every supported Qt has QMetaType
    _USE_METATYPE = False


def scoped(scope_name: str, member: str, legacy_owner, legacy_name: str):
    """``Qgis.<scope_name>.<member>`` when this QGIS has it, else the 3.22 spelling."""
    scope = getattr(Qgis, scope_name, None)
    if scope is not None and hasattr(scope, member):
        return getattr(scope, member)
    return getattr(legacy_owner, legacy_name)


def source_type(kind: str):
    """Processing source type: ``"polygon"`` or ``"vector"`` (tables included)."""
    if kind == "polygon":
        return scoped("ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon")
    return scoped("ProcessingSourceType", "Vector", QgsProcessing, "TypeVector")


def field_type(kind: str):
    """Field type for ``QgsField``: "double", "int", "long", "bool", "string" or "datetime"."""
    metatype_names = {
        "double": "Double", "int": "Int", "long": "LongLong", "bool": "Bool",
        "string": "QString", "datetime": "QDateTime",
    }
    variant_names = {
        "double": "Double", "int": "Int", "long": "LongLong", "bool": "Bool",
        "string": "String", "datetime": "DateTime",
    }
    if _USE_METATYPE:
        return getattr(QMetaType.Type, metatype_names[kind])
    return getattr(QVariant, variant_names[kind])


def wkb_type(kind: str):
    """WKB type: "multipolygon", "multipoint", "multilinestring" or "none" (a table)."""
    names = {"multipolygon": "MultiPolygon", "multipoint": "MultiPoint",
             "multilinestring": "MultiLineString", "none": "NoGeometry"}
    return scoped("WkbType", names[kind], QgsWkbTypes, names[kind])


def algorithm_flag(name: str):
    """An algorithm flag such as ``"SupportsBatch"``; None when this QGIS lacks it."""
    scope = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    if scope is not None and hasattr(scope, name):
        return getattr(scope, name)
    return getattr(QgsProcessingAlgorithm, f"Flag{name}", None)


def message_level(name: str):
    """Message level for ``QgsMessageLog``: "Info", "Warning" or "Critical"."""
    return scoped("MessageLevel", name, Qgis, name)


def number_type(kind: str):
    """Number parameter type: "integer" or "double"."""
    name = kind.capitalize()
    return scoped("ProcessingNumberParameterType", name, QgsProcessingParameterNumber, name)


def invalid_geometry_no_check():
    """The "do not check geometry validity" setting of a processing context."""
    return scoped(
        "InvalidGeometryCheck", "NoCheck", QgsFeatureRequest.InvalidGeometryCheck,
        "GeometryNoCheck",
    )
