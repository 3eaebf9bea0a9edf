"""Take the one annual column of a sheet laid out as the Bureau of National Statistics does.

Its single purpose is the BNS layout: title lines, then a header of periods (``2018``,
``2019 год``, ``I квартал 2019 года``) and one row per region; the column of the chosen year
becomes one indicator named after the sheet title.  :mod:`pandas` frames carry the result;
the periods are read by :mod:`.periods`.
"""

from __future__ import annotations

import pandas as pd

from ..errors import TableFormatError
from .columns import auto_keys, key_frame, no_key_error, resolve_key
from .grid import Body
from .periods import choose_year, parse_period


def take_bns_year(
    body: Body, year: int | None, key_column: str | None, notes: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, int]:
    """Keys and the one annual column of a BNS-style sheet (period columns)."""
    names, where = body.names, body.where
    periods = {name: parse_period(name) for name in names}
    key_column = resolve_key(body, key_column)
    period_names = [name for name in names if periods[name] and name != key_column]
    keys = auto_keys(body, key_column, period_names)
    if not keys:
        raise no_key_error(body)
    other = [name for name in names if name not in keys and name not in period_names]
    if other:
        notes.append(f"Columns that are not periods were ignored: {', '.join(other)}.")

    annual: dict[int, list[str]] = {}
    for name in period_names:
        if periods[name].annual:
            annual.setdefault(periods[name].year, []).append(name)
    partial = sorted({periods[n].year for n in period_names if not periods[n].annual})
    if not annual:
        listed = ", ".join(f'"{name}"' for name in period_names)
        raise TableFormatError(
            f"{where}: no column holds a whole year; the period columns are {listed}. Only "
            'annual columns ("2018", "2018 год", "январь-декабрь 2018") can be used; add one.'
        )
    hint = ""
    if year is not None and year in partial and year not in annual:
        hint = f" The {year} columns are quarters or months, which are not annual."
    chosen = choose_year(sorted(annual), year, where, hint)
    if len(annual[chosen]) > 1:
        listed = " and ".join(f'"{name}"' for name in annual[chosen])
        raise TableFormatError(
            f"{where}: columns {listed} both hold {chosen}; delete one of them."
        )
    column = annual[chosen][0]
    indicator = body.titles[0] if body.titles else "value"
    origin = "the sheet title" if body.titles else "default: the sheet has no title"
    notes.append(
        f'BNS-style sheet: took column "{column}" for {chosen}; the indicator is named '
        f'"{indicator}" ({origin}).'
    )
    values = pd.DataFrame({indicator: body.numbers(column)})
    return key_frame(body, keys), values, body.cells.text.index.to_series(), chosen
