"""Parse the text of table cells as numbers and recognise missing markers.

Its single purpose is to turn a cell text ("12,5", "1 234 567,8", "−3,2", "-") into a float
or NaN, with the decimal mark decided per table; :mod:`pandas` string methods and
:func:`pandas.to_numeric` do the work, one whole column at a time.  A missing marker becomes
NaN, never 0, and text that is not a number is reported, never guessed.
"""

from __future__ import annotations

import re
from numbers import Real

import numpy as np
import pandas as pd

#: cell texts (after strip and casefold) that mean "no value"; they become NaN, never 0
MISSING_MARKERS: frozenset[str] = frozenset(
    {"", "-", "–", "—", "−", "х", "x", "...", "…", "..", "n/a", "na", "nan"}
)

_GROUP_SPACE = re.compile(r"(?<=\d)[\s\u00a0\u2007\u2009\u202f]+(?=\d{3}(?!\d))")
_NUM_PLAIN = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"  # "12", "12.5", "1e-05"
_NUM_COMMA_DECIMAL = r"[+-]?\d*,\d+"  # "12,5"
_NUM_COMMA_THOUSAND = r"[+-]?\d{1,3},\d{3}"  # "1,234": thousands only in a dot-decimal table
_NUM_COMMA_GROUPS = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # "1,234,567" or "1,234.5"
_NUM_DOT_GROUPS = r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # "1.234.567" or "1.234,5"
_DOT_DECIMAL = r"\s*[+\-\u2212]?\d+\.\d+\s*"


def parse_number(text) -> float:
    """Parse one cell as a number, the way the reader does.

    Parameters
    ----------
    text : str, int or float
        ``"12,5"``, ``"1 234 567,8"`` (spaces, NBSP or thin spaces between digit groups),
        ``"−3,2"`` (Unicode minus), ``"1,234.5"``, ``"1.234,5"``; numbers pass through.
        Without a table to look at, a single comma is read as the decimal mark:
        ``"1,234"`` is 1.234, as in Russian-locale files.

    Returns
    -------
    float
        NaN for a missing marker (:data:`MISSING_MARKERS`: ``"-"``, ``"х"``, ``"..."``,
        blank ...).

    Raises
    ------
    ValueError
        When ``text`` is neither a number nor a missing marker.
    """
    if isinstance(text, bool):
        raise ValueError(f"{text!r} is not a number")
    if text is None:
        return float("nan")
    if isinstance(text, Real):
        return float(text)
    values, missing = parse_text_numbers(pd.Series([str(text)], dtype="str"), True)
    if np.isnan(values[0]) and not missing[0]:
        raise ValueError(f'"{text}" is not a number')
    return float(values[0])


def parse_text_numbers(text: pd.Series, decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    """Parse a column of cell texts as numbers.

    Parameters
    ----------
    text : pandas.Series of str
    decimal_comma : bool
        True when a lone comma is the decimal mark ("1,234" = 1.234); False in tables that
        write decimals with a point, where "1,234" is 1234.

    Returns
    -------
    values : pandas.Series of float64
        NaN for missing markers and for text that is not a number.
    missing : pandas.Series of bool
        True for missing markers (blank included).
    """
    stripped = text.astype("str").str.strip()
    missing = stripped.str.casefold().isin(MISSING_MARKERS)
    compact = stripped.str.replace(_GROUP_SPACE, "", regex=True).str.replace(
        "\u2212", "-", n=1, regex=False
    )
    plain = compact.str.fullmatch(_NUM_PLAIN)
    comma_decimal = compact.str.fullmatch(_NUM_COMMA_DECIMAL)
    if not decimal_comma:
        comma_decimal &= ~compact.str.fullmatch(_NUM_COMMA_THOUSAND)
    comma_groups = compact.str.fullmatch(_NUM_COMMA_GROUPS)
    dot_groups = compact.str.fullmatch(_NUM_DOT_GROUPS)
    normalised = np.select(
        [plain, comma_decimal, comma_groups, dot_groups],
        [
            compact,
            compact.str.replace(",", "."),
            compact.str.replace(",", ""),
            compact.str.replace(".", "").str.replace(",", "."),
        ],
        default=None,
    )
    values = pd.to_numeric(pd.Series(normalised, index=text.index), errors="coerce")
    return values.astype("float64").where(~missing), missing


def has_dot_decimals(text: pd.DataFrame) -> bool:
    """Whether any cell is a number written with a decimal point ("12.5")."""
    return bool(text.apply(lambda column: column.str.fullmatch(_DOT_DECIMAL)).any().any())
