"""Field names that GeoPackage and Shapefile both accept, shortened deterministically.

Shapefile (dBASE) allows 10 ASCII characters; GeoPackage allows more, so names valid for
Shapefile are valid for both.  Cyrillic (Russian and Kazakh) is transliterated with the table
below (after ISO 9 / the 2021 Kazakh Latin alphabet, simplified to ASCII).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
}


def ascii_slug(text: str) -> str:
    """Lowercase ASCII with underscores: ``"Доля (%)" -> "dolya"``."""
    lowered = str(text).lower()
    transliterated = "".join(_CYRILLIC.get(char, char) for char in lowered)
    decomposed = unicodedata.normalize("NFKD", transliterated)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")


def safe_field_names(
    names: Iterable[str],
    reserved: Iterable[str] = (),
    max_length: int = 10,
    preferred: dict[str, str] | None = None,
) -> dict[str, str]:
    """Map each name to a unique field name of at most ``max_length`` ASCII characters.

    Parameters
    ----------
    names : iterable of str
        Names in output order; the result depends only on this order.
    reserved : iterable of str
        Field names already taken (compared case-insensitively, as both formats do).
    max_length : int
        10 for Shapefile compatibility.
    preferred : dict, optional
        Names to use when they are valid and free (for example the indicator catalogue's short
        field names); others are derived from the name.

    Returns
    -------
    dict
        ``{original: field_name}``.  A name that is too long is cut; a clash gets ``_1``,
        ``_2`` ... within the length limit.
    """
    taken = {name.lower() for name in reserved}
    mapping: dict[str, str] = {}
    preferred = preferred or {}
    for name in names:
        wanted = preferred.get(name, "")
        if wanted and len(wanted) <= max_length and ascii_slug(wanted) == wanted \
                and wanted[0].isalpha() and wanted.lower() not in taken:
            taken.add(wanted.lower())
            mapping[name] = wanted
            continue
        base = ascii_slug(name) or "field"
        if not base[0].isalpha():
            base = f"f_{base}"
        candidate = base[:max_length].rstrip("_")
        counter = 0
        while candidate.lower() in taken:
            counter += 1
            suffix = f"_{counter}"
            candidate = base[: max_length - len(suffix)].rstrip("_") + suffix
        taken.add(candidate.lower())
        mapping[name] = candidate
    return mapping
