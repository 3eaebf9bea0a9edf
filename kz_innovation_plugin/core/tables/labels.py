"""Clean region labels and recognise the rows that hold the national total.

Its single purpose is the text of identifier cells: spaces, NBSP and footnote markers glued
to a region name ("г.Шымкент2)") are removed, and labels such as "Республика Казахстан" or
"Всего" are recognised against :data:`NATIONAL_NAMES`; :mod:`pandas` string methods (with
:mod:`re` patterns) do the work on whole columns.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

#: normalised names (see :func:`is_national_label`) of rows holding the national total
NATIONAL_NAMES: frozenset[str] = frozenset(
    {
        "республика казахстан", "казахстан", "рк", "всего", "итого", "всего по республике",
        "қазақстан республикасы", "қазақстан", "барлығы", "жиыны",
        "republic of kazakhstan", "the republic of kazakhstan", "kazakhstan", "total",
    }
)

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_FOOTNOTE_TAIL = re.compile(
    r"(?:\s*\d{1,2}(?:\s*,\s*\d{1,2})*\)"  # "2)", " 1)", "1,2)"
    r"|\s*\*+"  # "*", " **"
    r"|\s*[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"  # superscript digits "¹"
    r"|(?<=[a-zа-яёәғқңөұүһі])\d"  # one digit glued to a lowercase letter: "Туркестанская1"
    r")\Z"
)
_TRAILING_PUNCTUATION = re.compile(r"[\s.:;,]+\Z")


def clean_label(text: str) -> str:
    """Clean a region label: spaces, NBSP and glued footnote markers.

    Parameters
    ----------
    text : str
        A label as found in a table, e.g. ``"г.Шымкент2)"`` or ``" Алматы* "``.

    Returns
    -------
    str
        Without leading/trailing spaces (NBSP included), with inner spaces collapsed and
        trailing footnote markers removed: ``"2)"``, ``" 1)"``, ``"*"``, superscript digits
        and one digit glued to a lowercase letter (``"Туркестанская1"``).  A label that
        would become empty (``"1"``, ``"2)"``) is kept as it is.
    """
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return ""
    return str(clean_labels(pd.Series([str(text)], dtype="str")).iloc[0])


def is_national_label(text: str) -> bool:
    """Whether ``text`` names the national total ("Республика Казахстан1)", "Всего", ...).

    The comparison is case-insensitive, after :func:`clean_label`, with "ё" read as "е" and
    trailing punctuation ignored, against :data:`NATIONAL_NAMES`.
    """
    if text is None:
        return False
    return bool(national_labels(pd.Series([str(text)], dtype="str"))[0])


def clean_labels(values: pd.Series) -> pd.Series:
    """Vectorised :func:`clean_label`."""
    text = values.astype("str").str.replace(_INVISIBLE, "", regex=True)
    text = text.str.split().str.join(" ")  # str.split() knows NBSP and thin spaces
    for _ in range(3):  # "Астана*1)" carries two markers
        stripped = text.str.replace(_FOOTNOTE_TAIL, "", regex=True).str.rstrip()
        text = stripped.where(stripped != "", text)
    return text


def normalised_names(values: pd.Series) -> pd.Series:
    """Labels compared case-insensitively: cleaned, casefolded, "ё" as "е"."""
    cleaned = clean_labels(values).str.casefold().str.replace("ё", "е")
    return cleaned.str.replace(_TRAILING_PUNCTUATION, "", regex=True)


def national_labels(values: pd.Series) -> pd.Series:
    """Vectorised :func:`is_national_label`: True where a label names the national total."""
    return normalised_names(values).isin(NATIONAL_NAMES)
