"""QgsFeatureSource -> (Geo)DataFrame and (Geo)DataFrame -> feature sink.

Geometries cross the boundary as WKB and are decoded in one vectorised call by shapely
(``shapely.from_wkb``); pandas holds the attributes.  The frame's index carries the QGIS
feature ids, so core reports can point at features.

A plain file input (:func:`read_source`) and a GeoPackage output (:func:`write_outputs`)
take the fast path of :mod:`.plain_files` (pyogrio, in bulk) and give the same frame and the
same file; everything else goes feature by feature through QGIS.
"""

from __future__ import annotations

import os
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProperty,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from .compat import field_type, invalid_geometry_no_check, scoped, wkb_type

CHUNK = 5000
#: plain files read (:func:`read_source`) and GeoPackages written (:func:`write_outputs`) by
#: :mod:`.plain_files`; False sends them through QGIS like any other layer
FAST_READ = True
FAST_WRITE = True
#: attribute types QGIS hands over that pandas cannot take as they are
_QT_VALUES = (QVariant, QDateTime, QDate, QTime)


def _python_value(value: Any) -> Any:
    """A QGIS attribute as a plain Python value (NULL -> None, Qt dates -> datetime)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def source_to_frame(
    source: QgsFeatureSource,
    feedback: QgsProcessingFeedback | None = None,
    with_geometry: bool = True,
):
    """Read every feature of ``source`` (selection and filters applied by QGIS).

    Returns a GeoDataFrame (``with_geometry``) or a DataFrame, indexed by feature id (``fid``).
    """
    import geopandas as gpd
    import pandas as pd
    import shapely

    names = [field.name() for field in source.fields()]
    ids: list[int] = []
    rows: list[list[Any]] = []
    wkbs: list[bytes | None] = []
    total = max(source.featureCount(), 1)
    for number, feature in enumerate(source.getFeatures()):
        if feedback is not None and number % CHUNK == 0:
            if feedback.isCanceled():
                raise QgsProcessingException("Cancelled while reading the input layer.")
            feedback.setProgress(100.0 * number / total)
        ids.append(feature.id())
        rows.append(feature.attributes())
        if with_geometry:
            geometry = feature.geometry()
            wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    index = pd.Index(ids, name="fid")
    # Qt values (NULL, dates) converted column by column, only in the columns that have them
    columns = [list(column) for column in zip(*rows)] if rows else [[] for _ in names]
    for number, column in enumerate(columns):
        if any(isinstance(value, _QT_VALUES) for value in column):
            columns[number] = [_python_value(value) for value in column]
    frame = pd.DataFrame(dict(zip(range(len(names)), columns)), index=index)
    frame.columns = names
    if not with_geometry:
        return frame
    crs = None
    if source.sourceCrs().isValid():
        crs = source.sourceCrs().toWkt()
    geometry = shapely.from_wkb(wkbs) if wkbs else []
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, index=index), crs=crs)


def read_source(alg, parameters: dict[str, Any], name: str, context,
                feedback: QgsProcessingFeedback | None = None, with_geometry: bool = True,
                check_geometries: bool = True):
    """The features of source parameter ``name`` as :func:`source_to_frame` gives them.

    A plain OGR file read whole (no selection, limit, filter or subset string; see
    :mod:`.plain_files`) is read with pyogrio, giving the same frame; any other source is
    read through QGIS.  ``check_geometries=False`` turns QGIS's invalid-geometry check off,
    for algorithms that check geometries in the core and report them themselves (as
    :func:`source_without_validity_check`).

    Raises
    ------
    QgsProcessingException
        When the parameter names no readable layer, or the run is cancelled.
    """
    previous = context.invalidGeometryCheck()
    if not check_geometries:
        context.setInvalidGeometryCheck(invalid_geometry_no_check())
    try:
        frame = _read_plain_file(alg, parameters, name, context, feedback, with_geometry)
        source = None if frame is not None else alg.parameterAsSource(parameters, name, context)
    finally:
        context.setInvalidGeometryCheck(previous)
    if frame is not None:
        return frame
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return source_to_frame(source, feedback, with_geometry)


def _read_plain_file(alg, parameters, name, context, feedback, with_geometry):
    """The frame of a plain file source, or None when QGIS must read it."""
    if not FAST_READ:
        return None
    from . import plain_files

    plain = plain_files.plain_file(alg, parameters, name, context)
    if plain is None:
        return None
    _cancelled(feedback, "Cancelled while reading the input layer.")
    frame = plain_files.read_frame(plain, with_geometry)
    if frame is not None and feedback is not None:
        _cancelled(feedback, "Cancelled while reading the input layer.")
        feedback.setProgress(100.0)
    return frame


def _cancelled(feedback, message: str) -> None:
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(message)


def source_without_validity_check(alg, parameters: dict[str, Any], name: str, context):
    """The feature source of parameter ``name``, read without QGIS's invalid-geometry check.

    For algorithms that check geometries in the core and report them themselves.  The
    context's own setting is restored afterwards.
    """
    previous = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(invalid_geometry_no_check())
    try:
        source = alg.parameterAsSource(parameters, name, context)
    finally:
        context.setInvalidGeometryCheck(previous)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return source


def _field_kind(series) -> str:
    import pandas as pd

    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_integer_dtype(series):
        return "long"
    if pd.api.types.is_float_dtype(series):
        return "double"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    return "string"


def frame_fields(frame) -> QgsFields:
    """QGIS fields for the attribute columns of ``frame`` (geometry column excluded)."""
    fields = QgsFields()
    geometry_name = getattr(frame, "_geometry_column_name", None)
    for column in frame.columns:
        if column == geometry_name:
            continue
        fields.append(QgsField(str(column), field_type(_field_kind(frame[column]))))
    return fields


def _cell(value: Any) -> Any:
    """A non-missing frame cell as a value QGIS accepts (numpy scalars as Python ones)."""
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    if hasattr(value, "item"):  # numpy scalar -> Python scalar
        return value.item()
    return value


def column_cells(series) -> list[Any]:
    """A frame column as values QGIS accepts, missing ones (None, NaN, NA, NaT) as None.

    NumPy numeric and boolean columns convert in one call (``tolist`` gives Python
    scalars); other columns (text, pandas' nullable types) value by value, without
    importing anything per value.
    """
    import numpy as np
    import pandas as pd

    missing = series.isna().to_numpy()
    if pd.api.types.is_datetime64_any_dtype(series):
        cells = list(series.dt.to_pydatetime())
    elif isinstance(series.dtype, np.dtype) and series.dtype.kind in "biuf":
        cells = series.to_numpy().tolist()
    else:
        cells = [_cell(value) for value in series.to_numpy(dtype=object)]
    if missing.any():
        for position in np.flatnonzero(missing).tolist():
            cells[position] = None
    return cells


def crs_of(frame) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS of a GeoDataFrame (invalid CRS when it has none)."""
    crs = getattr(frame, "crs", None)
    if crs is None:
        return QgsCoordinateReferenceSystem()
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


def wanted(parameters: dict[str, Any], name: str, definition=None) -> bool:
    """Whether the user asked for output ``name``.

    No value, an empty text (``qgis_process ... --METHOD=``, a blank cell of the batch dialog,
    which passes an output definition with an empty sink) or blanks only mean "not wanted",
    as QGIS's own ``parameterAsSink`` reads an optional output left empty; unless the output's
    ``definition`` has a default destination, which QGIS then uses.  The one rule for every
    optional output of every algorithm: :func:`write_outputs` applies it.
    """
    if not _blank(parameters.get(name)):
        return True
    default = definition.defaultValue() if definition is not None else None
    return not _blank(default)


def _blank(value: Any) -> bool:
    """An output value that names no destination."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        if value.propertyType() != scoped("PropertyType", "Static", QgsProperty,
                                          "StaticProperty"):
            return False  # an expression (a model's or a batch's): evaluated when writing
        value = value.staticValue()
    if isinstance(value, QVariant):
        value = None if value.isNull() else value.value()
    return value is None or str(value).strip() == ""


def _optional(alg, name: str) -> bool:
    definition = alg.parameterDefinition(name)
    optional = scoped("ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition,
                      "FlagOptional")
    return definition is not None and bool(definition.flags() & optional)


def _output_path(alg, parameters: dict[str, Any], name: str, context) -> str | None:
    """The file an output parameter will write, or None for memory and database outputs.

    Asked without the output's project: given one, QGIS lists the output once more among the
    layers to load (a temporary one as ``memory:<name>``), and the dialog then reports it as
    "not correctly generated"."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = QgsProcessingOutputLayerDefinition(value)
        value.destinationProject = None
        parameters = {**parameters, name: value}
    value = alg.parameterAsOutputLayer(parameters, name, context) or ""
    path = value.split("|")[0]
    if path.startswith("ogr:") or path.startswith("memory:") or not os.path.isabs(path):
        return None
    return path


def _frame_rows(frame, geometry_name) -> tuple[list[list], Any]:
    """The attributes of each feature (one list per row) and its geometry as WKB, or None."""
    import numpy as np
    import shapely

    columns = [column for column in frame.columns if column != geometry_name]
    # attributes converted column by column, then one list per feature
    rows = [list(row) for row in zip(*(column_cells(frame[column]) for column in columns))]
    if not columns:
        rows = [[] for _ in range(len(frame))]
    wkbs = None
    if geometry_name:
        geometries = np.asarray(frame.geometry.values, dtype=object)
        wkbs = shapely.to_wkb(_as_multi(shapely.force_2d(geometries)))
    return rows, wkbs


def _write_one(alg, parameters, name, context, frame, feedback, progress) -> str:
    path = _output_path(alg, parameters, name, context)
    if path is not None and path.lower().endswith(".csv"):
        from ..core.output import spreadsheet_safe

        frame = spreadsheet_safe(frame)  # no text cell is read as a formula when opened
    geometry_name = getattr(frame, "_geometry_column_name", None)
    fields = frame_fields(frame)
    geometry_kind = _geometry_kind(frame) if geometry_name else "none"
    crs = crs_of(frame) if geometry_name else QgsCoordinateReferenceSystem()
    planned = _fast_plan(frame, geometry_name, geometry_kind) if FAST_WRITE else None
    sink, destination = alg.parameterAsSink(
        parameters, name, context, fields, wkb_type(geometry_kind), crs
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    target = None
    if planned is not None:
        from .plain_files import geopackage_target

        target = geopackage_target(parameters, name, destination)
    if target is None:
        _add_features(sink, frame, geometry_name, name, feedback, progress)
    del sink  # flushes and closes the file (on the fast path: QGIS's empty layer)
    if target is not None:
        from .plain_files import write_geopackage

        _cancelled(feedback, "Cancelled while writing the outputs.")
        # the layer name and options QGIS chose, the features written by GDAL in bulk
        columns, wkbs, bounds = planned
        write_geopackage(target, columns, wkbs, geometry_kind, crs, bounds)
        if progress is not None:
            progress(1.0)
    return destination


def _add_features(sink, frame, geometry_name, name, feedback, progress) -> None:
    """Add the frame's rows to a QGIS sink as features, in batches."""
    rows, wkbs = _frame_rows(frame, geometry_name)
    total = max(len(frame), 1)
    batch: list[QgsFeature] = []
    for row_number in range(len(frame)):
        feature = QgsFeature()  # attributes go by position: no field copy per feature
        feature.setAttributes(rows[row_number])
        if wkbs is not None and wkbs[row_number] is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkbs[row_number])
            feature.setGeometry(geometry)
        batch.append(feature)
        if len(batch) >= CHUNK or row_number == len(frame) - 1:
            _cancelled(feedback, "Cancelled while writing the outputs.")
            if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    f"Could not write to the output {name}: {sink.lastError()}"
                )
            batch = []
            if progress is not None:
                progress((row_number + 1) / total)


def _fast_plan(frame, geometry_name, geometry_kind):
    """(columns, WKB or None, bounds or None) for :func:`.plain_files.write_geopackage`, or
    None when the frame must go through QGIS (no rows, or columns or geometries QGIS
    converts)."""
    if not len(frame):
        return None
    from .plain_files import writable_columns, writable_geometries

    columns = writable_columns(frame, geometry_name)
    if columns is None:
        return None
    if not geometry_name:
        return columns, None, None
    geometries = writable_geometries(frame, geometry_kind)
    return None if geometries is None else (columns, *geometries)


def write_outputs(
    alg,
    parameters: dict[str, Any],
    context,
    frames: dict[str, Any],
    feedback: QgsProcessingFeedback | None = None,
) -> dict[str, str]:
    """Write each ``{sink parameter name: (Geo)DataFrame}``; return the destination ids.

    A GeoDataFrame becomes a MultiPolygon layer, a plain DataFrame a table.  An optional
    output the user did not ask for (see :func:`wanted`) is left out, and has no destination
    id.  Outputs are complete or absent: when any write fails or is cancelled, every file these
    writes created is removed again.
    """
    frames = {name: frame for name, frame in frames.items()
              if not _optional(alg, name) or wanted(parameters, name,
                                                    alg.parameterDefinition(name))}
    if not frames:
        return {}
    planned = {name: _output_path(alg, parameters, name, context) for name in frames}
    existed = {name: bool(path) and os.path.exists(path) for name, path in planned.items()}
    destinations: dict[str, str] = {}
    try:
        share = 1.0 / len(frames)
        for number, (name, frame) in enumerate(frames.items()):

            def progress(fraction: float, start: float = number * share) -> None:
                if feedback is not None:
                    feedback.setProgress(100.0 * (start + share * fraction))

            destinations[name] = _write_one(
                alg, parameters, name, context, frame, feedback, progress
            )
    except Exception:
        for name, path in planned.items():
            if path and not existed[name] and os.path.exists(path):
                os.remove(path)
        raise
    return destinations


def _multi_parts():
    """Single-part type id -> (multi-part constructor, sink kind); multi-part id -> kind.

    Built on first use: the plugin must load even where shapely is missing.
    """
    import shapely

    kinds = shapely.GeometryType
    singles = {
        kinds.POINT: (shapely.multipoints, "multipoint"),
        kinds.LINESTRING: (shapely.multilinestrings, "multilinestring"),
        kinds.POLYGON: (shapely.multipolygons, "multipolygon"),
    }
    multis = {kinds.MULTIPOINT: "multipoint", kinds.MULTILINESTRING: "multilinestring",
              kinds.MULTIPOLYGON: "multipolygon"}
    return singles, multis


def _geometry_kind(frame) -> str:
    """The sink's multi-part geometry type, from the frame's geometries (polygons if mixed)."""
    import numpy as np
    import shapely

    singles, multis = _multi_parts()
    types = shapely.get_type_id(np.asarray(frame.geometry.values, dtype=object))
    kinds = {singles[t][1] if t in singles else multis.get(t) for t in np.unique(types)}
    kinds.discard(None)
    return kinds.pop() if len(kinds) == 1 else "multipolygon"


def _as_multi(geometries):
    """Promote single parts to multi-parts so every feature fits the sink's type."""
    import numpy as np
    import shapely

    result = geometries.copy()
    types = shapely.get_type_id(geometries)
    for single, (constructor, _) in _multi_parts()[0].items():
        chosen = types == single
        if chosen.any():
            result[chosen] = constructor(geometries[chosen], indices=np.arange(int(chosen.sum())))
    return result
