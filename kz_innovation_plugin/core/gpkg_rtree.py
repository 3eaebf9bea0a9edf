"""A GeoPackage layer's spatial index, packed in bulk.

GDAL 3.6 (the one QGIS 3.22 ships with) fills a GeoPackage's spatial index one feature at a
time through SQLite's R*Tree module: about 1.1 s per 100,000 features, more than the writing
of the features themselves.  Here the tree is packed at once instead, with numpy, by the
Sort-Tile-Recursive method (Leutenegger, Lopez and Edgington, 1997), and its nodes are
written into the three tables in which SQLite's R*Tree module keeps a tree (``_node``,
``_rowid`` and ``_parent``; the node format is described at the top of SQLite's ``rtree.c``).
A packed tree has full nodes, so it is smaller and at least as fast to search as one grown
by insertion.

The index is the GeoPackage standard's "RTree Spatial Indexes" extension (OGC 12-128, 1.2,
annex F.3), exactly as GDAL writes it: the virtual table ``rtree_<table>_<column>``, its
row in ``gpkg_extensions`` and the standard's triggers, which keep it current when the layer
is edited later in QGIS or GDAL.  Boxes are stored as SQLite stores them, in 32-bit floats
rounded outwards (its ``rtreeValueDown`` and ``rtreeValueUp``).  The tests check the trees
with SQLite's own checker (``rtreecheck``), against the boxes SQLite stores for the same
features, and through GDAL's and QGIS's spatial queries and later edits.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from ._gpkg_sqlite import quoted, transaction

__all__ = ["add_spatial_index", "bulk_index_available", "index_plan", "outward_float32"]

#: the extension's row in gpkg_extensions (GeoPackage 1.2)
EXTENSION = ("gpkg_rtree_index", "http://www.geopackage.org/spec120/#extension_rtree",
             "write-only")
#: gpkg_extensions as GDAL creates it, when the file has none yet
EXTENSIONS_TABLE = (
    "CREATE TABLE gpkg_extensions (table_name TEXT,column_name TEXT,extension_name TEXT NOT "
    "NULL,definition TEXT NOT NULL,scope TEXT NOT NULL,CONSTRAINT ge_tce UNIQUE (table_name, "
    "column_name, extension_name))"
)
#: the standard's triggers ({t}: table, {c}: geometry column, {i}: id column, {r}: index),
#: in GDAL's wording, so that a file is the same whichever way it was written
_BOX = 'VALUES (NEW."{i}",ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),ST_MinY(NEW."{c}"), ' \
       'ST_MaxY(NEW."{c}"))'
TRIGGERS = (
    'CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}" WHEN (new."{c}" NOT NULL AND NOT '
    'ST_IsEmpty(NEW."{c}")) BEGIN INSERT OR REPLACE INTO "{r}" ' + _BOX + '; END',
    'CREATE TRIGGER "{r}_update1" AFTER UPDATE OF "{c}" ON "{t}" WHEN OLD."{i}" = NEW."{i}" '
    'AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}")) BEGIN INSERT OR REPLACE INTO '
    '"{r}" ' + _BOX + '; END',
    'CREATE TRIGGER "{r}_update2" AFTER UPDATE OF "{c}" ON "{t}" WHEN OLD."{i}" = NEW."{i}" '
    'AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}")) BEGIN DELETE FROM "{r}" WHERE id = '
    'OLD."{i}"; END',
    'CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}" WHEN OLD."{i}" != NEW."{i}" AND '
    '(NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}")) BEGIN DELETE FROM "{r}" WHERE id = '
    'OLD."{i}"; INSERT OR REPLACE INTO "{r}" ' + _BOX + '; END',
    'CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}" WHEN OLD."{i}" != NEW."{i}" AND '
    '(NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}")) BEGIN DELETE FROM "{r}" WHERE id IN '
    '(OLD."{i}", NEW."{i}"); END',
    'CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}" WHEN old."{c}" NOT NULL BEGIN DELETE '
    'FROM "{r}" WHERE id = OLD."{i}"; END',
)
#: one cell of a node: the id, then min x, max x, min y, max y (big-endian, as SQLite)
_CELL = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"),
                  ("maxy", ">f4")])
#: SQLite's factors for a double that rounds inwards in 32 bits (1 -/+ 2^-23)
_TOWARDS, _AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0


def outward_float32(values: np.ndarray, up: bool) -> np.ndarray:
    """``values`` in 32 bits as SQLite's R*Tree stores them: rounded down (minima) or up
    (maxima) when the nearest float32 would fall inside the box."""
    values = np.asarray(values, dtype=float)
    with np.errstate(over="ignore"):  # beyond float32's range: infinite, as in SQLite
        rounded = values.astype(np.float32)
        inside = rounded < values if up else rounded > values
        if inside.any():
            shrink, grow = (_TOWARDS, _AWAY) if up else (_AWAY, _TOWARDS)
            nudged = values * np.where(values < 0, shrink, grow)
            rounded[inside] = nudged[inside].astype(np.float32)
    return rounded


@lru_cache(maxsize=1)
def bulk_index_available() -> bool:
    """Whether Python's SQLite can pack a tree: it has the R*Tree module and lets its
    tables be written (not in "defensive" mode).  Where it cannot, GDAL builds the index."""
    try:
        with sqlite3.connect(":memory:") as database:
            database.execute("CREATE VIRTUAL TABLE probe USING rtree(id, minx, maxx)")
            database.execute("DELETE FROM probe_node")
            database.execute("INSERT INTO probe_node VALUES (1, zeroblob(64))")
    except sqlite3.Error:
        return False
    return True


def index_plan(columns: Mapping[str, Any], fid: str = "fid") -> tuple[bool, np.ndarray | None]:
    """Whether a layer about to be written by GDAL can have its index packed here, and
    the feature ids GDAL will give its rows.

    Parameters
    ----------
    columns : mapping of str to array-like
        The layer's attribute columns by name (a DataFrame will do).
    fid : str
        The name of the layer's FID column (GDAL's ``FID`` option; ``fid`` by default).

    Returns
    -------
    tuple
        ``(packable, ids)``.  ``ids`` are the values of the column named as the FID column
        (any case), which GDAL takes as the ids, or None when there is none (GDAL numbers
        the rows 1..n).  ``packable`` is False where GDAL should build the index instead:
        Python's SQLite cannot pack one (:func:`bulk_index_available`), or GDAL would number
        some rows itself (a missing or negative value: -1 is its "no id") or refuse the
        column (not whole numbers, repeated).
    """
    column = next((values for name, values in columns.items()
                   if str(name).lower() == fid.lower()), None)
    if column is None:
        return bulk_index_available(), None
    ids = np.asarray(column)
    if ids.dtype.kind not in "iu":
        return False, None
    ids = ids.astype(np.int64)
    if len(ids) and (ids.min() < 0 or len(np.unique(ids)) != len(ids)):
        return False, None
    return bulk_index_available(), ids



def _str_order(boxes: np.ndarray, capacity: int) -> np.ndarray:
    """Sort-Tile-Recursive order of the boxes: vertical slices by centre x, each sorted by
    centre y, so that every ``capacity`` consecutive boxes make one node."""
    count = len(boxes)
    nodes = -(-count // capacity)
    per_slice = capacity * int(np.ceil(np.sqrt(nodes)))
    centre_x = boxes["minx"].astype(float) + boxes["maxx"]
    centre_y = boxes["miny"].astype(float) + boxes["maxy"]
    by_x = np.argsort(centre_x, kind="stable")
    slice_of = np.empty(count, dtype=np.int64)
    slice_of[by_x] = np.arange(count) // per_slice
    return np.lexsort((centre_y, slice_of))


class _Level(NamedTuple):
    """One level of the tree: its nodes' cells (nodes x capacity, unused cells zero) and
    how many cells each node uses (an id may be 0, so a cell's id cannot mark it unused)."""

    cells: np.ndarray
    counts: np.ndarray

    def used(self) -> np.ndarray:
        """Mask of the cells in use."""
        return np.arange(self.cells.shape[1])[None, :] < self.counts[:, None]


def _levels(cells: np.ndarray, capacity: int) -> list[_Level]:
    """The tree's nodes, level by level from the leaves, the root last, alone."""
    levels, next_number = [], 2  # node 1 is the root
    while True:
        if len(cells) <= capacity:
            root = np.zeros((1, capacity), dtype=_CELL)
            root[0, :len(cells)] = cells
            levels.append(_Level(root, np.array([len(cells)])))
            return levels
        cells = cells[_str_order(cells, capacity)]
        nodes = -(-len(cells) // capacity)
        level = np.zeros(nodes * capacity, dtype=_CELL)
        level[:len(cells)] = cells
        counts = np.full(nodes, capacity)
        counts[-1] = len(cells) - (nodes - 1) * capacity
        levels.append(_Level(level.reshape(nodes, capacity), counts))
        starts = np.arange(0, len(cells), capacity)
        parents = np.empty(nodes, dtype=_CELL)
        parents["id"] = np.arange(next_number, next_number + nodes)
        for low in ("minx", "miny"):
            parents[low] = np.minimum.reduceat(cells[low], starts)
        for high in ("maxx", "maxy"):
            parents[high] = np.maximum.reduceat(cells[high], starts)
        next_number += nodes
        cells = parents


def _node_blobs(levels: list[_Level], node_size: int) -> list[tuple[int, bytes]]:
    """(node number, blob) of every node: depth (root only) and cell count, then the cells."""
    rows, number = [], 2
    for depth, (level, counts) in enumerate(levels):
        blobs = np.zeros((len(level), node_size), dtype=np.uint8)
        blobs[:, 2:4] = counts.astype(">u2").view(np.uint8).reshape(-1, 2)
        body = level.view(np.uint8).reshape(len(level), -1)
        blobs[:, 4:4 + body.shape[1]] = body
        if depth == len(levels) - 1:  # the root: node 1, with the depth of the tree
            blobs[0, 0:2] = np.array([depth], dtype=">u2").view(np.uint8)
            rows.append((1, blobs[0].tobytes()))
        else:
            rows.extend(zip(range(number, number + len(level)), map(bytes, blobs)))
            number += len(level)
    return rows


def _links(levels: list[_Level]) -> tuple[Any, Any]:
    """(feature id, leaf node) of every feature, in the order of the ids (so that SQLite
    appends them to its table), and (node, parent node) of every node but the root."""
    numbers, first = [], 2
    for level in levels[:-1]:
        numbers.append(np.arange(first, first + len(level.cells)))
        first += len(level.cells)
    numbers.append(np.array([1]))
    pairs = []
    for level, number in zip(levels, numbers):
        used = level.used()
        owner = np.broadcast_to(number[:, None], used.shape)
        pairs.append((level.cells["id"][used].astype(np.int64), owner[used]))
    ids, leaves = pairs[0]
    order = np.argsort(ids, kind="stable")
    nodes = np.concatenate([node for node, _ in pairs[1:]]) if len(pairs) > 1 else np.empty(0)
    parents = np.concatenate([parent for _, parent in pairs[1:]]) if len(pairs) > 1 \
        else np.empty(0)
    return (zip(ids[order].tolist(), leaves[order].tolist()),
            zip(nodes.astype(np.int64).tolist(), parents.astype(np.int64).tolist()))


def add_spatial_index(path: str | Path, table: str, bounds: np.ndarray,
                      ids: np.ndarray | None = None) -> None:
    """Give the GeoPackage layer ``table`` its R-tree spatial index, packed in bulk.

    Parameters
    ----------
    path : str or Path
        A GeoPackage just written by GDAL without a spatial index (``SPATIAL_INDEX=NO``).
    table : str
        The layer's table.
    bounds : numpy.ndarray
        (n, 4) min x, min y, max x, max y of each feature (shapely's ``bounds``); NaN for a
        feature without geometry or with an empty one, which the index leaves out, as the
        standard's triggers do.
    ids : numpy.ndarray, optional
        The feature id of each row of ``bounds``; default 1..n, the ids GDAL gives features
        written without ids of their own.

    Raises
    ------
    ValueError
        The layer already has a spatial index, has no geometry column, or does not hold
        exactly the features ``ids``.
    """
    bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
    ids = np.arange(1, len(bounds) + 1) if ids is None else np.asarray(ids, dtype=np.int64)
    with transaction(path) as connection:
        names = _names(connection, table, ids)
        index = names["index"]
        connection.execute(f'CREATE VIRTUAL TABLE "{quoted(index)}" USING '
                           "rtree(id, minx, maxx, miny, maxy)")
        node_size = connection.execute(
            f'SELECT length(data) FROM "{quoted(index)}_node" WHERE nodeno = 1').fetchone()[0]
        capacity = (node_size - 4) // _CELL.itemsize
        present = ~np.isnan(bounds).any(axis=1)
        cells = np.empty(int(present.sum()), dtype=_CELL)
        cells["id"] = ids[present]
        cells["minx"] = outward_float32(bounds[present, 0], up=False)
        cells["miny"] = outward_float32(bounds[present, 1], up=False)
        cells["maxx"] = outward_float32(bounds[present, 2], up=True)
        cells["maxy"] = outward_float32(bounds[present, 3], up=True)
        levels = _levels(cells, capacity)
        features, parents = _links(levels)
        shadow = quoted(index)
        connection.execute(f'DELETE FROM "{shadow}_node"')
        connection.executemany(f'INSERT INTO "{shadow}_node" VALUES (?, ?)',
                               _node_blobs(levels, node_size))
        connection.executemany(f'INSERT INTO "{shadow}_rowid" VALUES (?, ?)', features)
        connection.executemany(f'INSERT INTO "{shadow}_parent" VALUES (?, ?)', parents)
        _register(connection, names)


def _names(connection: sqlite3.Connection, table: str, ids: np.ndarray) -> dict[str, str]:
    """The layer's geometry and id columns and its index's name, checked."""
    row = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE "
                             "lower(table_name) = lower(?)", (table,)).fetchone()
    if row is None:
        raise ValueError(f"The GeoPackage has no geometry column for the layer {table}.")
    column = row[0]
    key = [name for _, name, _, _, _, primary in connection.execute(
        f'PRAGMA table_info("{quoted(table)}")') if primary]
    if len(key) != 1:
        raise ValueError(f"The layer {table} has no single id column.")
    fid = quoted(key[0])
    count, low, high, total = connection.execute(  # a cheap check of the ids given
        f'SELECT count(*), min("{fid}"), max("{fid}"), total("{fid}") FROM "{quoted(table)}"'
    ).fetchone()
    expected = (len(ids), int(ids.min()), int(ids.max())) if len(ids) else (0, None, None)
    if (count, low, high) != expected or len(np.unique(ids)) != len(ids) \
            or not math.isclose(total, float(np.sum(ids, dtype=np.float64)), rel_tol=1e-9):
        raise ValueError(f"The layer {table} does not hold the {len(ids):,} features given.")
    index = f"rtree_{table}_{column}"
    exists = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                                (index,)).fetchone()
    if exists:
        raise ValueError(f"The layer {table} already has a spatial index.")
    return {"table": table, "column": column, "id": key[0], "index": index}


def _register(connection: sqlite3.Connection, names: dict[str, str]) -> None:
    """The extension's row and the standard's triggers."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_extensions'"
    ).fetchone()
    if not has_table:
        connection.execute(EXTENSIONS_TABLE)
    connection.execute("INSERT INTO gpkg_extensions VALUES (?, ?, ?, ?, ?)",
                       (names["table"], names["column"], *EXTENSION))
    sql_names = {key: quoted(value) for key, value in names.items()}
    for trigger in TRIGGERS:
        connection.execute(trigger.format(t=sql_names["table"], c=sql_names["column"],
                                          i=sql_names["id"], r=sql_names["index"]))
