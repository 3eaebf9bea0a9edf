"""Checks and message parts shared by the core's modules, written once.

Each helper either formats a part of a message the same way everywhere (a list of ids, an
"Unknown X" sentence, the fields of a layer) or performs a check that several modules make
(a field holds numbers, the geometry column comes last, which field names a region).
Nothing here imports numpy-heavy libraries beyond pandas, and nothing knows about a
particular statistic.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .errors import ParameterError

__all__ = [
    "IDS_SHOWN",
    "REGION_NAME_FIELDS",
    "as_float",
    "describe_ids",
    "field_names",
    "geometry_last",
    "name_field",
    "no_such_field",
    "unknown_choice",
]

#: how many ids a message lists before "and N more"
IDS_SHOWN = 10
#: fields that name a region, in order of preference
REGION_NAME_FIELDS: tuple[str, ...] = ("name_en", "name_ru", "unit_id")


def describe_ids(ids: Iterable[object], limit: int = IDS_SHOWN) -> str:
    """List ids for a message: ``a, b, c``, or ``a, b, c and 7 more`` past ``limit``.

    Parameters
    ----------
    ids : iterable
        Feature ids, region ids or names, in the order to show them.
    limit : int, default 10
        How many to show.

    Returns
    -------
    str
        ``""`` for no ids.
    """
    ids = [str(item) for item in ids]
    shown = ", ".join(ids[:limit])
    return f"{shown} and {len(ids) - limit} more" if len(ids) > limit else shown


def unknown_choice(
    what: str, value: object, valid: Iterable[object], *, lead: str = "valid values are"
) -> ParameterError:
    """The error for a value outside a fixed list: ``Unknown <what> <value>; <lead>: a, b.``

    Parameters
    ----------
    what : str
        What is chosen, in words ("boundary set", "tie rule").
    value : object
        The value given (shown with ``repr``).
    valid : iterable
        The accepted values, in the order to list them.
    lead : str, default "valid values are"
        Words before the list ("valid sets are", "choose one of").

    Returns
    -------
    ParameterError
        To be raised by the caller (``raise unknown_choice(...)``).

    Notes
    -----
    Option lists that have labels and indexes (:class:`.choices.Choices`) produce their own
    message through ``Choices.resolve``; this helper is for plain value lists.
    """
    listed = ", ".join(str(item) for item in valid)
    return ParameterError(f"Unknown {what} {value!r}; {lead}: {listed}.")


def field_names(frame: pd.DataFrame) -> str:
    """The attribute fields of a layer for a message: ``a, b, c`` (no geometry column)."""
    geometry = geometry_name(frame)
    return ", ".join(str(column) for column in frame.columns if column != geometry)


def no_such_field(name: object, frame: pd.DataFrame, *, role: str = "") -> ParameterError:
    """The error for a field the layer lacks, listing the fields it has.

    Parameters
    ----------
    name : object
        The field asked for.
    frame : pandas.DataFrame
        The layer (its geometry column is not listed).
    role : str, optional
        What the field was for, appended as `` for the <role>``.

    Returns
    -------
    ParameterError
        To be raised by the caller.
    """
    purpose = f" for the {role}" if role else ""
    return ParameterError(
        f"The layer has no field {name!r}{purpose}; its fields are: {field_names(frame)}."
    )


def as_float(
    values: pd.Series,
    name: object,
    *,
    advice: str = "choose a numeric field or convert it to numbers first",
) -> pd.Series:
    """Return a field's values as floats, or raise for text.

    Booleans and numbers convert directly; an object column of Python numbers (as QGIS
    attributes arrive) converts too.  Missing values stay NaN: whether they are allowed is
    the caller's decision.

    Parameters
    ----------
    values : pandas.Series
        The field's values.
    name : object
        The field's name, for the message.
    advice : str, optional
        The fix offered after ``Field '<name>' is not numeric (e.g. <value>);``.

    Returns
    -------
    pandas.Series
        ``float64`` values with the same index.

    Raises
    ------
    ParameterError
        When a value is neither a number nor missing; the message shows one such value.
    """
    if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
        return values.astype(float)
    try:
        return pd.to_numeric(values, errors="raise").astype(float)
    except (TypeError, ValueError):
        sample = values.dropna()
        example = f" (e.g. {sample.iloc[0]!r})" if len(sample) else ""
        raise ParameterError(f"Field '{name}' is not numeric{example}; {advice}.") from None


def geometry_last(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with its active geometry column moved to the end (others in order).

    A frame without an active geometry column is returned as it is.
    """
    geometry = geometry_name(frame)
    if geometry is None or geometry not in frame.columns:
        return frame
    return frame[[column for column in frame.columns if column != geometry] + [geometry]]


def name_field(
    columns: Iterable[object], preferred: Iterable[str] = REGION_NAME_FIELDS
) -> str | None:
    """The first of ``preferred`` (name_en, name_ru, unit_id) among ``columns``, else None.

    Parameters
    ----------
    columns : iterable
        Field names of a layer or a table (a DataFrame works: it iterates over its columns).
    preferred : iterable of str, optional
        The candidates, best first.

    Returns
    -------
    str or None
        None when no candidate is present (the caller then uses the index).
    """
    present = set(columns)
    return next((name for name in preferred if name in present), None)


def geometry_name(frame: pd.DataFrame) -> str | None:
    """The active geometry column of a GeoDataFrame; None for a plain table or a
    GeoDataFrame without one (which raises on ``.geometry``: only the name is asked)."""
    return getattr(frame, "active_geometry_name", None)
