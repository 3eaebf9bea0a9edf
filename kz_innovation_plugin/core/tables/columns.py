"""Find the columns of a table body by name or by role, and pick its key columns.

Its single purpose is column bookkeeping shared by the three layouts: a column asked for by
name (exactly, else case-insensitively), the roles of a long-layout header ("region_ru",
"значение" ...), and the identifier (key) columns kept as cleaned text.  Plain Python does
the matching; the key columns come back as a :mod:`pandas` frame.
"""

from __future__ import annotations

import re

import pandas as pd

from ..errors import TableFormatError
from .grid import Body

#: normalised column names of the long layout, by role
LONG_ROLES: dict[str, frozenset[str]] = {
    "region": frozenset(
        {
            "region", "region_ru", "region_en", "region_kk", "region_name", "регион",
            "область", "облыс", "өңір", "аймақ", "name", "name_ru", "name_en", "name_kk",
            "наименование",
        }
    ),
    "code": frozenset({"code", "код", "kato", "като", "region_code", "код_като", "kato_code"}),
    "indicator": frozenset({"indicator", "показатель", "variable", "көрсеткіш", "indicator_id"}),
    "year": frozenset({"year", "год", "period", "жыл", "период", "кезең"}),
    "value": frozenset({"value", "значение", "мәні", "мән", "obs_value"}),
    "unit": frozenset(
        {"unit", "units", "единица", "единица_измерения", "ед_изм", "өлшем_бірлігі"}
    ),
    "source": frozenset({"source", "источник", "дереккөз"}),
}


def normalised_header(name: str) -> str:
    """Column name for role matching: "Region RU" -> "region_ru", "Ед. изм." -> "ед_изм"."""
    return re.sub(r"[\s.\-]+", "_", name.strip().casefold()).strip("_")


def resolve_column(wanted: str, names: list[str], where: str, setting: str) -> str:
    """The column called ``wanted`` (exactly, else case-insensitively)."""
    if wanted in names:
        return wanted
    folded = [name for name in names if name.casefold() == wanted.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(f'"{name}"' for name in names)
    raise TableFormatError(
        f'{where}: there is no column "{wanted}". The columns are: {listed}. Set {setting} to '
        "one of these."
    )


def resolve_key(body: Body, key_column: str | None) -> str | None:
    """The key column asked for (TABLE_KEY) as named in ``body``; None when none was asked."""
    if key_column is None:
        return None
    return resolve_column(key_column, body.names, body.where, "TABLE_KEY")


def auto_keys(body: Body, key_column: str | None, exclude: list[str]) -> list[str]:
    """Key columns: ``key_column`` first, then text columns and code columns."""
    keys = [key_column] if key_column else []
    for name in body.names:
        if name in keys or name in exclude:
            continue
        is_code = normalised_header(name) in LONG_ROLES["code"]
        if is_code or body.kind(name) == "text":
            keys.append(name)
    return keys


def no_key_error(body: Body) -> TableFormatError:
    """The error for a table in which no column holds region names or codes."""
    listed = ", ".join(f'"{name}"' for name in body.names)
    return TableFormatError(
        f"{body.where}: no column holds region names or codes (every column is numeric: "
        f"{listed}). Add a column with the region names, or name the identifier column with "
        "TABLE_KEY."
    )


def key_frame(body: Body, keys: list[str]) -> pd.DataFrame:
    """The key columns, labels cleaned."""
    return pd.DataFrame({name: body.labels(name) for name in keys})
