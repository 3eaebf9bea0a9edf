"""Fields a tool adds to its input: a field the input already has is replaced.

Tools chain: the output of one is the input of the next (LISA, then hot spots on the LISA
layer; the index run again on an index layer; a join on a joined layer).  When a tool adds a
field whose name the input already has, the input's field is dropped and the new one takes its
place, and the tool's notes say which fields were replaced.  Names are compared ignoring case,
as GeoPackage, Shapefile and QGIS compare field names: ``nneighbors`` and ``NNeighbors``
cannot both be written to one layer.

Every job that adds fields to its input goes through :func:`add_fields` (fields computed
first) or :func:`without_fields` (fields added by the job itself, named beforehand).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ._checks import geometry_last, geometry_name

#: the note a job adds to its log when it replaced fields of its input
REPLACED_NOTE = "Replaced fields already in the input: {fields}."


def clashing_fields(
    columns: Iterable[object], added: Iterable[object], keep: Iterable[object] = ()
) -> list[str]:
    """The names among ``columns`` that equal one of ``added`` ignoring case.

    Parameters
    ----------
    columns : iterable
        The input's field names, in their order.
    added : iterable
        Names of the fields the tool adds.
    keep : iterable, optional
        Input fields never reported (the geometry column, a key the tool reads).

    Returns
    -------
    list of str
        The input's own spelling of each clashing name, in the input's order.
    """
    wanted = {str(name).casefold() for name in added}
    kept = {str(name) for name in keep if name is not None}
    return [str(column) for column in columns
            if str(column).casefold() in wanted and str(column) not in kept]


def without_fields(
    layer: pd.DataFrame, added: Iterable[object], keep: Iterable[object] = ()
) -> tuple[pd.DataFrame, list[str]]:
    """``layer`` without the fields the tool is about to add, and their names.

    The geometry column and the fields in ``keep`` are never dropped.  The layer is returned
    as it is (not copied) when nothing clashes.
    """
    protected = [*keep, geometry_name(layer)]
    replaced = clashing_fields(layer.columns, added, keep=protected)
    if not replaced:
        return layer, []
    return layer.drop(columns=replaced), replaced


def add_fields(
    layer: pd.DataFrame, fields: pd.DataFrame, keep: Iterable[object] = ()
) -> tuple[pd.DataFrame, list[str]]:
    """``layer`` with ``fields`` joined on its index, replacing its fields of the same names.

    Parameters
    ----------
    layer : pandas.DataFrame or geopandas.GeoDataFrame
        The tool's input.
    fields : pandas.DataFrame
        The new fields, indexed like ``layer``.
    keep : iterable, optional
        Input fields never dropped (see :func:`without_fields`).

    Returns
    -------
    (frame, replaced)
        The layer with the new fields after its own (the geometry column last) and the names
        of the input fields that were replaced.
    """
    trimmed, replaced = without_fields(layer, fields.columns, keep=keep)
    return geometry_last(trimmed.join(fields)), replaced


def replaced_notes(replaced: Iterable[str]) -> list[str]:
    """The log line naming the replaced fields, as a list (empty when none were replaced)."""
    names = list(dict.fromkeys(replaced))
    return [REPLACED_NOTE.format(fields=", ".join(names))] if names else []
