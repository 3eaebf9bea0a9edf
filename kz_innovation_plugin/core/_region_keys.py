"""Matching keys of unit names and codes (see :mod:`.regions` for the rules).

One purpose: turn a name or a code as written in a table into the key the gazetteer compares.
:func:`normalise_name` is re-exported by :mod:`.regions`, its public home.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["OBLAST_SUFFIX", "code_key", "fold", "normalise_name"]

#: Suffix that :func:`normalise_name` gives to names of oblasts (see module doc).
OBLAST_SUFFIX = "область"

# Kazakh letters (and the Turkish/Kazakh-Latin dotless i) folded to the Russian
# (or plain Latin) letter that users type instead.
_LETTER_MAP = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ı": "i",
    }
)
_NON_WORD = re.compile(r"[\W_]+")
_TRAILING_FOOTNOTE = re.compile(r"[\d\s]+$")
_CODE = re.compile(r"^kz[\s\-_\u2010-\u2015]*([0-9]{2}|[a-z]{3})$")

# Words are compared after folding (so "қ." is "к", "қаласы" is "каласы").
_CITY_WORDS = frozenset({"г", "гор", "город", "city", "каласы", "qalasy", "к", "q"})
_CITY_LEADING_ONLY = frozenset({"of"})  # "city of Almaty"
_REGION_WORDS = frozenset(
    {
        "область",
        "области",
        "обл",
        "облысы",
        "region",
        "oblast",
        "oblasty",
        "oblysy",
        "province",
    }
)
_ADJECTIVE_ENDINGS = ("ская", "ской", "skaya", "skaja", "skaia", "skoy", "skoi")


def fold(text: str) -> str:
    """Return ``text`` case-folded, without diacritics, punctuation or footnotes.

    Words are separated by single spaces; no marker word is removed.
    """
    text = unicodedata.normalize("NFKD", str(text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_LETTER_MAP)
    text = _NON_WORD.sub(" ", text)
    text = _TRAILING_FOOTNOTE.sub("", text)
    return " ".join(text.split())


def normalise_name(text: str) -> str:
    """Return the deterministic matching key of a unit name.

    The key is case-insensitive (``str.casefold``) and ignores spaces, dashes,
    dots, quotes, parentheses and other punctuation; diacritics (``ё -> е``,
    ``й -> и``, ``ö -> o``, ``ş -> s``...) and Kazakh letters (``ә ғ қ ң ө ұ ү
    һ і`` to ``а г к н о у у х и``) are folded; footnote markers glued to the
    end ("г.Шымкент2)", "Абай¹", "Астана*") are dropped.  City words ("г.",
    "г ", "город", "қ.", "қаласы", "city", "city of") at either end are
    removed.  Region words ("область", "обл.", "облысы", "Region", "oblast",
    "oblysy", "province") at either end are replaced by the suffix ``область``,
    which Russian adjectival names get too, so that "Алматы облысы" (region)
    and "Алматы" (city) stay apart while "Акмолинская область" equals
    "Акмолинская".

    Parameters
    ----------
    text : str
        A unit name as written in a table or typed by a user.

    Returns
    -------
    str
        The key; ``""`` when ``text`` holds no letters or digits.

    Examples
    --------
    >>> normalise_name("г. Алматы") == normalise_name("Алматы қаласы")
    True
    >>> normalise_name("Акмолинская область") == normalise_name("Акмолинская")
    True
    >>> normalise_name("Алматы облысы") == normalise_name("Алматы")
    False
    """
    words = fold(text).split()
    oblast = False
    changed = True
    while changed and len(words) > 1:
        changed = False
        first, last = words[0], words[-1]
        if first in _CITY_WORDS or first in _REGION_WORDS:
            oblast = oblast or first in _REGION_WORDS
            words = words[1:]
            changed = True
        elif last in _CITY_WORDS or last in _REGION_WORDS:
            oblast = oblast or last in _REGION_WORDS
            words = words[:-1]
            changed = True
        elif first in _CITY_LEADING_ONLY:
            words = words[1:]
            changed = True
    key = "".join(words)
    if key and (oblast or key.endswith(_ADJECTIVE_ENDINGS)):
        key += OBLAST_SUFFIX
    return key


def code_key(text: str) -> str | None:
    """``"kz 75"`` -> ``"KZ-75"``: an ISO 3166-2 code of Kazakhstan, else None."""
    match = _CODE.match(str(text).strip().casefold())
    return None if match is None else f"KZ-{match.group(1).upper()}"
