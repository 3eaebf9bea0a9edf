"""A GeoPackage layer's features inserted in bulk, byte for byte as GDAL inserts them.

GDAL 3.6's GeoPackage driver (the one QGIS 3.22 ships with) writes features one at a time
through its feature API: about 0.5 s per 100,000 polygons with ten fields.  Here GDAL
creates the layer, without features, so that its table, its rows in the GeoPackage's
metadata tables and its triggers are GDAL's own; the rows are then inserted by Python's
``sqlite3`` in one transaction, and the layer's extent and feature count are recorded as
GDAL records them when it closes the file.  Each statement inserts several hundred rows,
so SQLite updates the table's AUTOINCREMENT counter once per statement, not once per row.

Each geometry is stored in the GeoPackage binary format (OGC 12-128, 1.2, clause 2.1.3) as
GDAL 3.6 stores it: the header in little-endian order with the layer's ``srs_id`` and the
geometry's x/y envelope, or the "empty" flag and no envelope for an empty geometry, then the
geometry's 2D WKB in little-endian order.  The headers are built with numpy for all rows at
once.  Attribute values are bound as GDAL binds them: NULL for a missing value or NaN,
integers for booleans.  The tests compare whole files written both ways, table by table.

Values this module cannot store exactly as GDAL would (text holding a NUL character, which
GDAL cuts short; a type it does not know) are refused by :func:`insertable`, and so are
single points (GDAL gives them no envelope), heights, big-endian WKB and coordinates that are
not finite by :func:`insert_features`; the writers then let GDAL write the layer whole, as
they do where ids would be numbered by GDAL itself (:func:`.gpkg_rtree.index_plan`).
"""

from __future__ import annotations

import sqlite3
import struct
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ._gpkg_sqlite import quoted, transaction

__all__ = ["Field", "geometry_blobs", "insert_features", "insertable", "multi_part_wkb",
           "wkb_types", "write_layer"]

#: the header of a geometry with its x/y envelope: magic, version, flags, srs_id, envelope
_HEADER = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                    ("minx", "<f8"), ("maxx", "<f8"), ("miny", "<f8"), ("maxy", "<f8")])
#: flags: little-endian order (bit 0), an x/y envelope (bits 1-3 = 1), empty (bit 4)
_LITTLE_ENDIAN, _XY_ENVELOPE, _EMPTY = 0x01, 0x02, 0x10
#: numpy kinds of the values bound as they are (booleans, integers, floats)
_NUMERIC_KINDS = frozenset("biuf")
#: rows inserted by one statement (fewer where SQLite allows fewer bound values)
_ROWS_PER_STATEMENT = 500
#: WKB type words of the 2D geometries stored with an envelope (lines, polygons, multi-parts)
_BOXED_TYPES = (2, 3, 4, 5, 6)
#: shapely's type id of a point, line and polygon -> the WKB code of its multi-part type
_MULTI_OF_SINGLE = {0: 4, 1: 5, 3: 6}


class Field(NamedTuple):
    """An attribute column: its name, values and mask of missing values (or None)."""

    name: str
    values: np.ndarray
    mask: np.ndarray | None


def insertable(fields: Sequence[Field]) -> bool:
    """Whether :func:`insert_features` stores these columns exactly as GDAL would.

    Booleans, integers (up to 2^63 - 1) and floats are; text is unless a value holds a NUL
    character (GDAL keeps what comes before it).  Other types (dates, bytes, mixed objects)
    are left to GDAL.
    """
    for field in fields:
        values = np.asarray(field.values)
        if values.dtype.kind == "u" and len(values) \
                and values.max() > np.iinfo(np.int64).max:
            return False  # beyond SQLite's (and GDAL's) 64-bit integers
        if values.dtype.kind in _NUMERIC_KINDS:
            continue
        if values.dtype.kind != "O":
            return False
        cells = values.tolist()
        if not set(map(type, cells)) <= {str, type(None)} \
                or "\x00" in "".join(filter(None, cells)):
            return False
    return True


def geometry_blobs(wkbs: np.ndarray, bounds: np.ndarray, srs_id: int) -> list[bytes | None]:
    """The GeoPackage geometry blobs of little-endian 2D WKB geometries, as GDAL makes them.

    Parameters
    ----------
    wkbs : numpy.ndarray
        Each feature's WKB (``bytes``), or None for a feature without geometry: lines,
        polygons and multi-part geometries (GDAL stores a single point without an envelope,
        which these blobs always have; :func:`insert_features` refuses points).
    bounds : numpy.ndarray
        (n, 4) min x, min y, max x, max y of each geometry (shapely's ``bounds``), NaN for an
        empty geometry or none; finite otherwise.
    srs_id : int
        The layer's ``srs_id`` (``gpkg_geometry_columns``).

    Returns
    -------
    list
        One blob per feature (None where there is no geometry).
    """
    bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
    empty = np.isnan(bounds).any(axis=1)
    headers = np.zeros(len(bounds), dtype=_HEADER)
    headers["magic"] = b"GP"
    headers["srs_id"] = srs_id
    headers["flags"] = np.where(empty, _LITTLE_ENDIAN | _EMPTY, _LITTLE_ENDIAN | _XY_ENVELOPE)
    for name, column in (("minx", 0), ("maxx", 2), ("miny", 1), ("maxy", 3)):
        headers[name] = bounds[:, column]
    raw, size = headers.tobytes(), _HEADER.itemsize
    short = 8  # an empty geometry's header ends before the envelope
    return [None if wkb is None else raw[start:start + (short if gap else size)] + wkb
            for start, wkb, gap in zip(range(0, len(raw), size), wkbs.tolist(),
                                       empty.tolist())]


def wkb_types(wkbs) -> tuple[np.ndarray, np.ndarray]:
    """(byte order, type word) of each WKB that is not None, read from its first five bytes:
    1 is little-endian; a type word of 1000 or more, or with a high flag bit, has heights or
    measures (ISO, or GDAL's old 2.5D flag)."""
    heads = b"".join(wkb[:5] for wkb in wkbs if wkb is not None)
    words = np.frombuffer(heads, dtype=[("order", "u1"), ("type", "<u4")])
    return words["order"], words["type"]


def _checked_geometries(wkbs: np.ndarray, bounds, count: int) -> np.ndarray:
    """``bounds`` as an (n, 4) array, once the geometries are known to be stored here as
    GDAL would store them; ValueError otherwise."""
    if bounds is None or len(wkbs) != count:
        raise ValueError("Give one WKB and one row of bounds per feature.")
    bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
    order, kind = wkb_types(wkbs)
    if len(bounds) != count or not np.isin(kind, _BOXED_TYPES).all() or (order != 1).any():
        raise ValueError("Only little-endian 2D lines, polygons and multi-part geometries "
                         "are inserted here, with one row of bounds each.")
    missing = np.isnan(bounds)
    if (missing.any(axis=1) != missing.all(axis=1)).any() or np.isinf(bounds).any():
        raise ValueError("A geometry has coordinates that are not finite: GDAL writes it.")
    return bounds


def _bound(field: Field) -> list:
    """A column's values as sqlite3 binds them: None where missing (SQLite stores NaN as
    NULL itself), Python booleans, integers, floats and strings otherwise."""
    values = np.asarray(field.values)
    if field.mask is None or not np.asarray(field.mask).any():
        return values.tolist()
    return np.where(np.asarray(field.mask), None, values.astype(object)).tolist()



def _layer(connection: sqlite3.Connection, table: str) -> tuple[list[str], str, tuple | None]:
    """(the table's columns, its id column, (geometry column, srs_id) or None), checked to
    be an empty layer."""
    columns = list(connection.execute(f'PRAGMA table_info("{quoted(table)}")'))
    keys = [column[1] for column in columns if column[5]]
    if len(keys) != 1:
        raise ValueError(f"The GeoPackage has no layer {table} with a single id column.")
    if connection.execute(f'SELECT 1 FROM "{quoted(table)}" LIMIT 1').fetchone():
        raise ValueError(f"The layer {table} already holds features.")
    geometry = connection.execute(
        "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = "
        "lower(?)", (table,)).fetchone()
    return [column[1] for column in columns], keys[0], geometry


def _count_triggers(connection: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, SQL) of the triggers GDAL sets to count the layer's features (dropped while
    the rows go in, as GDAL drops them, and set again afterwards)."""
    return list(connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = "
        "lower(?) AND name LIKE 'trigger_%_feature_count_%'", (table,)))


def _other_triggers(connection: sqlite3.Connection, table: str, counting: list) -> bool:
    names = {name for name, _ in counting}
    return any(name not in names for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = "
        "lower(?)", (table,)))


def _record(connection: sqlite3.Connection, table: str, count: int, bounds) -> None:
    """The feature count and the extent, as GDAL records them on closing the layer."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                          "'gpkg_ogr_contents'").fetchone():
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE "
                           "lower(table_name) = lower(?)", (count, table))
    if bounds is None:
        return
    present = bounds[~np.isnan(bounds).any(axis=1)]
    if len(present):  # GDAL leaves the extent of a layer without a geometry NULL
        low, high = present[:, :2].min(axis=0), present[:, 2:].max(axis=0)
        # GDAL prints the extent into its statement with SQLite's printf (%.18g), which
        # SQLite parses back: the same round trip gives the same doubles, to the last bit
        printed = "CAST(printf('%.18g', ?) AS REAL)"
        connection.execute(
            f"UPDATE gpkg_contents SET min_x = {printed}, min_y = {printed}, max_x = "
            f"{printed}, max_y = {printed} WHERE lower(table_name) = lower(?)",
            (*low.tolist(), *high.tolist(), table))


def _bound_values_limit(connection: sqlite3.Connection) -> int:
    """How many values one statement may bind (Python 3.11 can ask SQLite; before it, the
    smallest limit SQLite has had, 999)."""
    if hasattr(connection, "getlimit"):
        return connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return 999


def _insert_rows(connection: sqlite3.Connection, table: str, names: list[str],
                 columns: list[list]) -> None:
    """Insert the rows, several to a statement: GDAL's tables number their features with
    AUTOINCREMENT, whose counter SQLite updates once per statement, not once per row."""
    count = len(columns[0])
    rows = np.empty((count, len(columns)), dtype=object)
    for number, values in enumerate(columns):
        rows[:, number] = values
    step = max(1, min(_ROWS_PER_STATEMENT, _bound_values_limit(connection) // len(columns)))
    listed = ", ".join(f'"{quoted(name)}"' for name in names)
    row = "(" + ", ".join("?" * len(columns)) + ")"

    def statement(size: int) -> str:
        return f'INSERT INTO "{quoted(table)}" ({listed}) VALUES ' + ", ".join([row] * size)

    whole = count // step * step
    connection.executemany(statement(step), (rows[start:start + step].ravel().tolist()
                                             for start in range(0, whole, step)))
    if whole < count:
        connection.execute(statement(count - whole), rows[whole:].ravel().tolist())


def insert_features(path: str | Path, table: str, count: int, fields: Sequence[Field],
                    wkbs: np.ndarray | None = None, bounds: np.ndarray | None = None) -> None:
    """Insert a layer's features into the empty GeoPackage layer ``table`` GDAL created.

    Parameters
    ----------
    path : str or Path
        The GeoPackage.
    table : str
        The layer, created by GDAL with these fields and no features, without a spatial
        index (``SPATIAL_INDEX=NO``; :func:`.gpkg_rtree.add_spatial_index` adds one after).
    count : int
        The number of features.
    fields : sequence of Field
        The attribute columns, named as the layer's; one named as the id column (any case)
        gives the features' ids, as GDAL takes them; otherwise they are numbered 1..n.
    wkbs : numpy.ndarray, optional
        Each feature's geometry as little-endian 2D WKB (a line, a polygon or a multi-part
        geometry), or None; for a layer with geometries.
    bounds : numpy.ndarray, optional
        (n, 4) bounds of the geometries, NaN where empty or missing, finite otherwise (see
        :func:`geometry_blobs`); required with ``wkbs``.

    Raises
    ------
    ValueError
        The columns are not the layer's, the layer holds features, has triggers other than
        GDAL's feature count (a spatial index), the values are not :func:`insertable`, or
        the geometries are not as ``wkbs`` and ``bounds`` say.  The file is left as it was.
    """
    if not insertable(fields):
        raise ValueError(f"The values of the layer {table} are left to GDAL to write.")
    with transaction(path) as connection:
        names, key, geometry = _layer(connection, table)
        given = {field.name.lower(): field for field in fields}
        identifiers = given.pop(key.lower(), None)
        attributes = [name for name in names if name != key
                      and (geometry is None or name != geometry[0])]
        if sorted(given) != sorted(name.lower() for name in attributes) \
                or (geometry is None) != (wkbs is None) \
                or any(len(field.values) != count for field in fields) \
                or (wkbs is not None and len(wkbs) != count):
            raise ValueError(f"The columns given are not those of the layer {table}.")
        ids = (np.arange(1, count + 1) if identifiers is None
               else np.asarray(identifiers.values, dtype=np.int64)).tolist()
        columns = [ids, *(_bound(given[name.lower()]) for name in attributes)]
        order = [key, *attributes]
        if geometry is not None:
            wkbs = np.asarray(wkbs, dtype=object)
            bounds = _checked_geometries(wkbs, bounds, count)
            columns.insert(1, geometry_blobs(wkbs, bounds, geometry[1]))
            order.insert(1, geometry[0])
        counting = _count_triggers(connection, table)
        if _other_triggers(connection, table, counting):
            raise ValueError(f"The layer {table} has triggers other than GDAL's count.")
        for name, _ in counting:
            connection.execute(f'DROP TRIGGER "{quoted(name)}"')
        _insert_rows(connection, table, order, columns)
        _record(connection, table, len(ids), bounds if geometry is not None else None)
        for _, sql in counting:
            connection.execute(sql)


def multi_part_wkb(geometries: np.ndarray, wkbs: np.ndarray | None = None) -> np.ndarray:
    """Each geometry's little-endian 2D ISO WKB as a multi-part geometry (None stays None).

    A point, line or polygon becomes the multi-part geometry of that one part, as a layer of
    multi-part type stores it: its WKB behind the multi-part header of one part, the bytes
    shapely writes for ``MultiPolygon([polygon])``, without building the multi-part geometry.
    ``wkbs``, when given, is the geometries' own little-endian 2D ISO WKB (as GDAL read
    them), which is then not written again.
    """
    import shapely  # GEOS writes the WKB

    if wkbs is None:
        wkbs = shapely.to_wkb(geometries, output_dimension=2, byte_order=1, flavor="iso")
    else:
        wkbs = np.array(wkbs, dtype=object)
    types = shapely.get_type_id(geometries)
    for single, multi in _MULTI_OF_SINGLE.items():
        chosen = types == single
        if chosen.any():
            header = struct.pack("<BII", _LITTLE_ENDIAN, multi, 1)
            wkbs[chosen] = [header + wkb for wkb in wkbs[chosen].tolist()]
    return wkbs


def write_layer(path: str | Path, layer: str, fields: Sequence[Field], wkbs=None, bounds=None,
                geometry_type: str | None = None, crs: str | None = None,
                layer_options: dict[str, str] | None = None) -> None:
    """Write a layer into the GeoPackage at ``path`` as GDAL would, in bulk where it can.

    pyogrio (GDAL) creates the layer with ``layer_options``; its features are inserted by
    :func:`insert_features` and its spatial index (unless the options say
    ``SPATIAL_INDEX=NO``) is packed by :func:`.gpkg_rtree.add_spatial_index`.  Where the
    features cannot be inserted as GDAL would insert them (:func:`insertable`; ids GDAL
    would number itself, :func:`.gpkg_rtree.index_plan`) GDAL writes the whole layer, and so
    it does where Python's SQLite cannot pack the index (GDAL's index then needs GDAL's own
    SQL functions for every row); where only the index cannot be packed, GDAL builds it.

    Parameters
    ----------
    path : str or Path
        The GeoPackage (created when it does not exist).
    layer : str
        The layer's name.
    fields : sequence of Field
        The attribute columns.
    wkbs, bounds : numpy.ndarray, optional
        The geometries as :func:`insert_features` takes them; None for a table.
    geometry_type : str, optional
        pyogrio's geometry type of the layer (``"MultiPolygon"``...).
    crs : str, optional
        The CRS as GDAL takes it (an authority code or WKT).
    layer_options : dict, optional
        GDAL's layer creation options (``FID``, ``SPATIAL_INDEX``...).
    """
    from pyogrio.raw import write  # pyogrio: GDAL creates the layer (or writes it whole)

    from .gpkg_rtree import add_spatial_index, index_plan

    options = dict(layer_options or {})
    packable, ids = index_plan({field.name: field.values for field in fields},
                               options.get("FID", "fid"))
    indexed = wkbs is not None and packable \
        and options.get("SPATIAL_INDEX", "YES").upper() == "YES"  # else GDAL builds it
    if indexed:
        options["SPATIAL_INDEX"] = "NO"
    count = len(wkbs) if wkbs is not None else len(fields[0].values) if fields else 0
    rows = 0 if packable and count and insertable(fields) else None  # None: GDAL writes all

    def cut(values):  # the columns of GDAL's empty layer keep their types
        return values if values is None or rows is None else values[:rows]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pyogrio warns of a layer without a CRS
        write(str(path), cut(wkbs), [cut(field.values) for field in fields],
              [field.name for field in fields], field_mask=[cut(field.mask) for field in fields],
              layer=layer, driver="GPKG", geometry_type=geometry_type if wkbs is not None
              else None, crs=crs, promote_to_multi=False, nan_as_null=True,
              layer_options=options)
    if rows is not None:
        insert_features(path, layer, count, fields, wkbs, bounds)
    if indexed:
        add_spatial_index(path, layer, bounds, ids)
