"""Take the keys and indicators of a *wide* table: one row per region, one column per indicator.

Its single purpose is the wide layout (``region,rd_pct,internet_pct``): the key columns are
chosen, the indicator columns checked to hold numbers, and both returned as :mod:`pandas`
frames with the source row of each region.
"""

from __future__ import annotations

import pandas as pd

from ..errors import TableFormatError
from .columns import auto_keys, key_frame, no_key_error, resolve_column, resolve_key
from .grid import Body


def take_wide(
    body: Body, key_column: str | None, indicator_columns: list[str] | None, notes: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """Keys, indicators and source rows of a wide table."""
    names, where = body.names, body.where
    key_column = resolve_key(body, key_column)
    wanted = None
    if indicator_columns is not None:
        wanted = [resolve_column(n, names, where, "the indicator columns") for n in
                  indicator_columns]
    keys = auto_keys(body, key_column, wanted or [])
    if not keys:
        raise no_key_error(body)
    if key_column is None:
        notes.append(f"Identifier column(s), kept as text: {', '.join(keys)}.")

    wanted = _indicator_columns(body, keys, wanted, notes)
    if not wanted:
        raise TableFormatError(
            f"{where}: the table has no indicator columns, only identifiers "
            f"({', '.join(keys)}). Add columns of numbers, one per indicator."
        )
    for name in wanted:
        if body.kind(name) == "empty":
            notes.append(f'Column "{name}" has no values; it is kept as missing everywhere.')
    values = pd.DataFrame({name: body.numbers(name) for name in wanted})
    return key_frame(body, keys), values, body.cells.text.index.to_series()


def _indicator_columns(
    body: Body, keys: list[str], wanted: list[str] | None, notes: list[str]
) -> list[str]:
    """The columns asked for (each must hold numbers), else every column but the keys."""
    if wanted is None:
        return [name for name in body.names if name not in keys]
    for name in wanted:
        if body.kind(name) == "text":
            row = body.cells.textual[name].idxmax()
            raise TableFormatError(
                f'{body.where}: column "{name}" holds text, not numbers (row {row}: '
                f'"{body.cells.text.at[row, name]}"); choose numeric columns as indicators.'
            )
    ignored = [name for name in body.names if name not in keys and name not in wanted]
    if ignored:
        notes.append(f"Columns not asked for were ignored: {', '.join(ignored)}.")
    return wanted
