"""Read column headers and cells as years or periods, and choose the year to take.

Its single purpose is time: a header such as "2018", "2018 год", "январь-декабрь 2018" is an
annual period, "I квартал 2018 года" a sub-annual one, and the year asked for (or the only one
available) is chosen among the years a table holds.  Regular expressions of :mod:`re` do the
reading; year tests on numbers work on :mod:`pandas` objects.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from ..errors import TableFormatError

_YEAR_MIN, _YEAR_MAX = 1900, 2100
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")
_ANNUAL_PERIOD = re.compile(
    r"(?:за\s+)?"
    r"(?:(?:январь|january|jan|қаңтар)\s*[-–—]\s*(?:декабрь|december|dec|желтоқсан)\s*)?"
    r"#"
    r"(?:\s*(?:год[аы]?|гг?|year|жыл(?:ы|ғы)?|ж)\.?)?"
)
_SUBANNUAL_PERIOD = re.compile(
    r"квартал|\bкв\b|quarter|\bq[1-4]\b|[1-4]q\b|тоқсан|полугод|half|жарты|"
    r"\b(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
)


class Period(NamedTuple):
    year: int
    annual: bool


def parse_period(header: str) -> Period | None:
    """Read a column header as a period: "2018", "2018 год", "I квартал 2018 года" ...

    Returns None when the header is not a period (several years, or other words).
    """
    years = _YEAR_IN_TEXT.findall(str(header))
    if len(years) != 1:
        return None
    rest = " ".join(_YEAR_IN_TEXT.sub("#", str(header)).casefold().split())
    if _ANNUAL_PERIOD.fullmatch(rest):
        return Period(int(years[0]), True)
    if _SUBANNUAL_PERIOD.search(rest):
        return Period(int(years[0]), False)
    return None


def whole_years(number: pd.Series | pd.DataFrame) -> pd.Series | pd.DataFrame:
    """True where a number is a whole year between 1900 and 2100 (False for NaN)."""
    return (number % 1 == 0) & number.ge(_YEAR_MIN) & number.le(_YEAR_MAX)


def choose_year(available: list[int], year: int | None, where: str, hint: str = "") -> int:
    """The year to take: ``year`` if available, the only one, or an error."""
    listed = ", ".join(map(str, available))
    if year is None:
        if len(available) == 1:
            return available[0]
        raise TableFormatError(
            f"{where}: the table holds several years ({listed}); choose one with YEAR."
        )
    if year not in available:
        raise TableFormatError(
            f"{where}: there are no {year} values; the years available are {listed}. Set YEAR "
            f"to one of them.{hint}"
        )
    return year
