"""The fast path: plain OGR files read and GeoPackages written with pyogrio (GDAL).

QGIS's own path (:mod:`.layers`) turns every feature into a ``QgsFeature`` and back, which
costs seconds at 100,000 features.  A plain file is read and written here in bulk instead,
giving exactly what the QGIS path gives:

- Reading: a vector layer of QGIS's ``ogr`` provider over a GeoPackage, GeoJSON or
  FlatGeobuf file (UTF-8 by definition), read whole: no selection, feature limit, filter
  or subset string, no virtual or joined fields, no edits pending.  The frame has the
  layer's fields in QGIS's order (a GeoPackage's ``fid`` column first, as QGIS shows it),
  its values as the QGIS path converts them, QGIS's feature ids as the index, the features
  in the file's order, single parts made multi where QGIS makes them so, and the layer's
  CRS as QGIS has it.  Date, time, list, binary and JSON fields, curves and measures are
  left to QGIS.  When QGIS is to check geometry validity, the geometries are checked with
  GEOS (as QGIS does); any invalid one sends the layer through QGIS, which skips or stops
  as it is set to.
- Writing: an output QGIS has resolved to a plain ``.gpkg`` file (a path ending in .gpkg,
  or without an extension, which QGIS makes a GeoPackage) is written by GDAL with QGIS's
  layer options for GeoPackage (``fid``, ``geom``, the spatial index), the layer name QGIS
  chose, the same field types, the same CRS definition and, for a feature without
  geometry, the empty geometry QGIS stores.  QGIS creates the sink first, so result
  handling (layers loaded, styles applied on load, outputs passed on in a model or a
  batch) is unchanged.  Other formats, layers inside a GeoPackage (``ogr:`` URIs),
  appends, databases and temporary outputs (memory layers in QGIS 3.22) are written by
  QGIS, and so are columns of other types (dates, categories, mixed values).

Every function returns None where the QGIS path must be taken instead.
"""

from __future__ import annotations

import os
import tempfile
import threading
from typing import Any, NamedTuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .compat import field_type, invalid_geometry_no_check, scoped

#: OGR drivers whose files the fast path reads (UTF-8 text by definition)
READ_DRIVERS = frozenset({"GPKG", "GeoJSON", "FlatGeobuf"})
#: parts of an ``ogr`` layer source the fast path understands
_URI_PARTS = frozenset({"path", "layerName", "layerId"})
#: OGR field type and subtype -> the field kind QGIS reads it as
_OGR_KINDS = {
    ("OFTInteger", "OFSTNone"): "int", ("OFTInteger", "OFSTInt16"): "int",
    ("OFTInteger64", "OFSTNone"): "long", ("OFTInteger", "OFSTBoolean"): "bool",
    ("OFTReal", "OFSTNone"): "double", ("OFTString", "OFSTNone"): "string",
}
#: shapely type ids of the single and multi points, lines and polygons a sink takes
_SIMPLE_TYPES = (0, 1, 3, 4, 5, 6)
#: sink kind -> pyogrio's geometry type
_GEOMETRY_TYPES = {"multipolygon": "MultiPolygon", "multipoint": "MultiPoint",
                   "multilinestring": "MultiLineString"}


#: the geometries read on this thread and their WKB as GDAL gave it (see :func:`read_frame`)
_READ = threading.local()


class PlainFile(NamedTuple):
    """A plain OGR file behind a source parameter."""

    path: str
    layer: str | int
    qgis_layer: QgsVectorLayer
    check: Any  # the invalid-geometry check QGIS would apply


def _plain(value: Any) -> Any:
    """A value of a decoded URI as Python (QVariant NULL -> None)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def _whole_source(value: Any, check: Any) -> Any | None:
    """The geometry check for a source parameter's value read whole; None when QGIS must
    read it (a selection, a feature limit or a filter)."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return check
    if value.selectedFeaturesOnly or value.featureLimit not in (-1, None) \
            or getattr(value, "filterExpression", ""):
        return None
    override = scoped("ProcessingFeatureSourceDefinitionFlag", "OverrideDefaultGeometryCheck",
                      QgsProcessingFeatureSourceDefinition, "FlagOverrideDefaultGeometryCheck")
    return value.geometryCheck if value.flags & override else check


def _plain_layer(layer) -> bool:
    """Whether a QGIS layer reads its file as it is: ogr provider, no subset, every field
    from the file, nothing pending in an edit session."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() \
            or layer.providerType() != "ogr":
        return False
    if layer.subsetString() or layer.isEditable() or layer.vectorJoins():
        return False
    wkb = layer.wkbType()
    if QgsWkbTypes.isCurvedType(wkb) or QgsWkbTypes.hasM(wkb):
        return False
    provider = scoped("FieldOrigin", "Provider", type(layer.fields()), "OriginProvider")
    fields = layer.fields()
    return all(fields.fieldOrigin(number) == provider for number in range(fields.count()))


def plain_file(alg, parameters: dict[str, Any], name: str, context) -> PlainFile | None:
    """The plain file source parameter ``name`` reads whole, or None."""
    check = _whole_source(parameters.get(name), context.invalidGeometryCheck())
    if check is None:
        return None
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if not _plain_layer(layer):
        return None
    parts = {key: _plain(value) for key, value in
             QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).items()}
    if any(value not in (None, "") for key, value in parts.items() if key not in _URI_PARTS):
        return None
    path = parts.get("path") or ""
    if not os.path.isfile(path):
        return None
    layer_name = parts.get("layerName")
    spec = str(layer_name) if layer_name else int(parts.get("layerId") or 0)
    return PlainFile(path, spec, layer, check)


def _kinds(info: dict, layer: QgsVectorLayer) -> list[str] | None:
    """The kind of each QGIS field (``fid`` first for a GeoPackage's FID column), or None
    when the fields are not the file's as the fast path reads them."""
    names = list(layer.fields().names())
    ogr_names = [str(name) for name in info["fields"]]
    fid_first = bool(info.get("fid_column")) and names == [info["fid_column"], *ogr_names]
    if names != ogr_names and not fid_first:
        return None
    kinds = ["fid"] if fid_first else []
    for ogr_type, subtype in zip(info["ogr_types"], info["ogr_subtypes"]):
        kind = _OGR_KINDS.get((ogr_type, subtype))
        if kind is None:
            return None
        kinds.append(kind)
    expected = {"fid": "long", "int": "int", "long": "long", "bool": "bool",
                "double": "double", "string": "string"}
    fields = layer.fields()
    if any(fields.at(number).type() != field_type(expected[kind])
           for number, kind in enumerate(kinds)):
        return None
    return kinds


def _column(values, kind: str, fids):
    """A file's column as the QGIS path has it before pandas sees it.

    QGIS hands over Python values, missing ones as None, and pandas infers the column's type
    from them: whole numbers with gaps become floats with NaN (as pyogrio reads them), true
    and false with gaps stay objects, a column without any value is objects of None.
    """
    import numpy as np

    if kind == "fid":
        return fids.astype(np.int64)
    if kind == "string":
        return values.tolist()
    if values.dtype.kind in "biu":
        return values.astype(bool if kind == "bool" else np.int64)
    missing = np.isnan(values)  # pyogrio: floats with NaN where integers or booleans are NULL
    if missing.all():
        return [None] * len(values)
    if kind == "bool":
        return [None if gap else bool(value)
                for value, gap in zip(values.tolist(), missing.tolist())]
    return values.astype(np.float64)


def _geometries(wkbs, layer: QgsVectorLayer, check, keep_wkb: bool):
    """(geometries as QGIS reads them, parts made multi in a multi-part layer; their WKB when
    ``keep_wkb`` and it is little-endian 2D WKB, else None), or None when QGIS would check
    them and one is invalid, or shapely cannot read one (curves)."""
    import shapely

    from ..core.gpkg_features import multi_part_wkb
    from .layers import _as_multi

    try:
        geometries = shapely.from_wkb(wkbs)
    except shapely.errors.GEOSException:
        return None
    if not (keep_wkb and _flat(wkbs)):
        wkbs = None  # not kept for writing (see _remember)
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        if wkbs is not None:
            wkbs = multi_part_wkb(geometries, wkbs)  # single parts behind a multi header
        geometries = _as_multi(geometries)
    if check != invalid_geometry_no_check():
        present = geometries[~shapely.is_missing(geometries)]
        if not shapely.is_valid(present).all():
            return None
    return geometries, wkbs


def read_frame(plain: PlainFile, with_geometry: bool = True):
    """The frame :func:`.layers.source_to_frame` makes of the layer, read with pyogrio;
    None when QGIS must read it."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError
    from pyogrio.raw import read

    spatial = plain.qgis_layer.isSpatial()
    checked = spatial and plain.check != invalid_geometry_no_check()
    try:
        info = pyogrio.read_info(plain.path, layer=plain.layer)
        kinds = _kinds(info, plain.qgis_layer) if info.get("driver") in READ_DRIVERS else None
        if kinds is None:
            return None
        _, fids, wkbs, data = read(plain.path, layer=plain.layer, return_fids=True,
                                   read_geometry=spatial and (with_geometry or checked))
    except (DataSourceError, DataLayerError):  # a file GDAL opens only through QGIS
        return None
    if len(fids) == 0:
        return None
    if wkbs is not None:
        decoded = _geometries(wkbs, plain.qgis_layer, plain.check, keep_wkb=with_geometry)
        if decoded is None:
            return None
        geometries = decoded[0]
        _remember(*decoded)
    else:  # a table: QGIS gives every feature a null geometry
        geometries = np.full(len(fids), None, dtype=object)
    arrays = iter(data)
    columns = [_column(None if kind == "fid" else next(arrays), kind, fids) for kind in kinds]
    index = pd.Index(fids.astype("int64"), name="fid")
    frame = pd.DataFrame(dict(zip(range(len(columns)), columns)), index=index)
    frame.columns = list(plain.qgis_layer.fields().names())
    if not with_geometry:
        return frame
    crs = plain.qgis_layer.crs()
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometries, index=index),
                            crs=crs.toWkt() if crs.isValid() else None)


def _identities(geometries):
    """The identity of each geometry object (None's for a missing one)."""
    import numpy as np

    return np.fromiter(map(id, geometries.tolist()), dtype=np.uintp, count=len(geometries))


def _remember(geometries, wkbs) -> None:
    """Keep the WKB GDAL gave for the geometries just read, so that an output whose
    geometries are these very objects, in the same order, is written with it instead of
    encoding them again (:func:`writable_geometries`).  Only little-endian 2D WKB is kept
    (``wkbs`` is None otherwise), as its type words say, read before any multi-part header
    is added (GEOS may not see heights that are NaN): outputs are 2D, and 2D WKB is the
    same in GDAL's and the ISO variant.  The objects are held (a copy of the array, so
    that later changes to the frame's array do not touch it) until :func:`forget_reads`, so
    that their identities stay theirs."""
    if wkbs is not None:
        _READ.last = (geometries.copy(), _identities(geometries), wkbs)


def _flat(wkbs) -> bool:
    """Whether every WKB is little-endian and 2D, as its type word says (GDAL's 2.5D flag is
    the high bit; ISO's heights and measures add 1000 and more)."""
    from ..core.gpkg_features import wkb_types

    order, kind = wkb_types(wkbs)
    return bool((order == 1).all() and (kind < 1000).all())


def forget_reads() -> None:
    """Let go of the geometries and WKB kept by :func:`_remember` (at the end of a run)."""
    _READ.__dict__.pop("last", None)


def _remembered_wkb(geometries):
    """The WKB read with exactly these geometry objects, in this order, or None."""
    import numpy as np

    last = getattr(_READ, "last", None)
    if last is None or len(last[1]) != len(geometries):
        return None
    return last[2] if np.array_equal(last[1], _identities(geometries)) else None


# --- writing ---------------------------------------------------------------------------


class Columns(NamedTuple):
    """A frame's attributes as GDAL will write them."""

    names: list[str]
    arrays: list[Any]
    masks: list[Any]


def _array(series, kind: str):
    """(values, mask of missing ones or None) of a column as the QGIS path writes it, or
    None when QGIS must convert it."""
    import numpy as np
    import pandas as pd

    missing = series.isna().to_numpy()
    if kind == "string":
        if pd.api.types.infer_dtype(series, skipna=True) not in ("string", "empty"):
            return None
        values = series.to_numpy(dtype=object, na_value=None)
        return values, None
    numpy_type = {"bool": np.bool_, "long": np.int64, "double": np.float64}.get(kind)
    if numpy_type is None:
        return None  # dates: QGIS converts them
    if kind == "long" and len(series) and not missing.all() \
            and series.max() > np.iinfo(np.int64).max:
        return None
    if kind == "double":
        return series.to_numpy(dtype=np.float64, na_value=np.nan), None
    values = series.to_numpy(dtype=numpy_type, na_value=0)
    return values, (missing if missing.any() else None)


def _identifier(series) -> bool:
    """Whether a column named like GeoPackage's FID column can become the FID (whole
    numbers, none missing, none repeated), as GDAL makes it."""
    import pandas as pd

    return bool(pd.api.types.is_integer_dtype(series) and not series.isna().any()
                and series.is_unique)


def writable_columns(frame, geometry_name: str | None) -> Columns | None:
    """The attribute columns of ``frame`` ready for GDAL, or None when QGIS must write
    them (a date or mixed column, repeated names, a column GeoPackage reserves)."""
    from .layers import _field_kind

    names, arrays, masks = [], [], []
    for column in frame.columns:
        if column == geometry_name:
            continue
        name = str(column)
        if name.lower() == "geom" or (name.lower() == "fid" and not _identifier(frame[column])):
            return None
        converted = _array(frame[column], _field_kind(frame[column]))
        if converted is None:
            return None
        names.append(name)
        arrays.append(converted[0])
        masks.append(converted[1])
    if len({name.lower() for name in names}) != len(names):
        return None
    return Columns(names, arrays, masks)


def writable_geometries(frame, kind: str):
    """(WKB, bounds) of the frame's geometries: the WKB as the QGIS path writes them (2D,
    single parts made multi, little-endian ISO), their bounds for the spatial index (NaN
    where missing); or None when QGIS must write them (other geometry types, empty
    geometries, coordinates that are not finite)."""
    import numpy as np
    import shapely

    from ..core.gpkg_features import multi_part_wkb

    geometries = np.asarray(frame.geometry.values, dtype=object)
    missing = shapely.is_missing(geometries)
    present = geometries[~missing]
    if not np.isin(shapely.get_type_id(present), _SIMPLE_TYPES).all() \
            or shapely.is_empty(present).any() or kind not in _GEOMETRY_TYPES:
        return None
    with np.errstate(invalid="ignore"):  # a NaN coordinate: checked below, not warned of
        bounds = shapely.bounds(geometries)
    if not np.isfinite(bounds[~missing]).all():  # a coordinate NaN or infinite: QGIS's way
        return None
    wkbs = multi_part_wkb(geometries, _remembered_wkb(geometries))
    # QGIS's writer stores a feature without geometry as an empty one of the layer's type
    wkbs[missing] = shapely.to_wkb(shapely.from_wkt(f"{_GEOMETRY_TYPES[kind].upper()} EMPTY"),
                                   byte_order=1, flavor="iso")
    return wkbs, bounds


def geopackage_target(parameters: dict[str, Any], name: str, destination: str) -> str | None:
    """The GeoPackage file QGIS made for output ``name`` at ``destination``, or None when it
    is anything else (a layer of a database or a GeoPackage, an append to a layer)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping():
        return None
    if not destination or "|" in destination or not destination.lower().endswith(".gpkg"):
        return None
    if not os.path.isabs(destination) or not os.path.isfile(destination):
        return None
    return destination


def _layer_options() -> dict[str, str]:
    """QGIS's default layer creation options for GeoPackage (fid, geom, spatial index)."""
    options = {}
    for option in QgsVectorFileWriter.defaultLayerOptions("GPKG"):
        key, _, value = option.partition("=")
        options[key] = value
    return options


def _same_crs(authid: str, wkt: str) -> bool:
    """Whether GDAL finds the CRS of ``authid`` equivalent to ``wkt`` (as QGIS asks it)."""
    try:
        from osgeo import osr
    except ImportError:  # pragma: no cover - GDAL's bindings ship with QGIS
        import pyproj

        return pyproj.CRS.from_user_input(authid).equals(pyproj.CRS.from_wkt(wkt))
    known, given = osr.SpatialReference(), osr.SpatialReference()
    if known.SetFromUserInput(authid) != 0 or given.ImportFromWkt(wkt) != 0:
        return False
    return bool(known.IsSame(given, ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES",
                                     "CRITERION=EQUIVALENT"]))


def _gdal_crs(crs: QgsCoordinateReferenceSystem) -> str | None:
    """The CRS as QGIS hands it to GDAL when it writes a file: by its authority code when
    that code means the same CRS (GDAL then stores the authority's full definition), else
    as WKT."""
    if not crs.isValid():
        return None
    wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
    authid = crs.authid()
    return authid if authid and _same_crs(authid, wkt) else wkt


def write_geopackage(path: str, columns: Columns, wkbs, kind: str,
                     crs: QgsCoordinateReferenceSystem, bounds=None) -> None:
    """Replace the GeoPackage QGIS created at ``path`` with the layer written in bulk.

    The layer has the name QGIS gave it, QGIS's layer options and the same field types; its
    features are inserted in bulk and its spatial index, when QGIS's options ask for one,
    is packed from ``bounds`` (the geometries' bounds, NaN where missing), as
    :func:`..core.gpkg_features.write_layer` writes a layer, with GDAL where it must.  The
    file is written beside the target and moved over it when complete, so a failed write
    leaves QGIS's (empty) file in place.
    """
    import pyogrio

    from ..core.gpkg_features import Field, write_layer

    layers = pyogrio.list_layers(path)
    if len(layers) != 1:
        raise OSError(f"{path} should hold the one layer QGIS created, not {len(layers)}.")
    handle, temporary = tempfile.mkstemp(suffix=".gpkg", dir=os.path.dirname(path),
                                         prefix=".partial-")
    os.close(handle)
    os.remove(temporary)
    try:
        write_layer(temporary, str(layers[0][0]), [Field(*column) for column in zip(*columns)],
                    wkbs, bounds, _GEOMETRY_TYPES.get(kind), _gdal_crs(crs), _layer_options())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise

