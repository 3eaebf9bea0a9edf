"""Read regional indicator tables (CSV or Excel) as BNS publishes them or as users type them.

Three layouts are understood and all come back as one *wide* frame, one row per region:

``wide``
    One row per region, one column per indicator (``region,rd_pct,internet_pct``).
``long``
    One row per region, indicator and year (``year,region_ru,indicator,value,unit``),
    pivoted to wide for one year.
``bns``
    A sheet as the Bureau of National Statistics (BNS) publishes it: title lines, then a
    header of periods (``2018``, ``2019 год``, ``I квартал 2019 года``) and one row per
    region; one annual column is taken.

Which library does what: :mod:`codecs` decodes the bytes (BOM sniffing, strict UTF-8, then
Windows-1251); :mod:`csv` only counts fields per line to choose the separator;
:func:`pandas.read_csv` parses the CSV text and :func:`pandas.read_excel` reads workbooks
(engine ``openpyxl`` for XLSX/XLSM, ``calamine`` for legacy XLS and ODS).  Everything after
that works on pandas frames of cells.

Numbers are never guessed into zeros: a missing marker (``-``, ``х``, ``...``, blank ...)
becomes NaN, and a cell that is neither a number nor a missing marker in a numeric column is
an error that names the file, the column, the row and the fix.

The modules, one purpose each: :mod:`.numeric` (numbers and missing markers),
:mod:`.labels` (region labels, national-total rows), :mod:`.decoding` (file type, encoding,
separator, CSV cells), :mod:`.workbook` (Excel cells), :mod:`.grid` (the cells in memory),
:mod:`.header` (header row and table body), :mod:`.periods` (years), :mod:`.columns`
(columns by name or role, key columns), :mod:`.wide`, :mod:`.long` and :mod:`.bns` (the
layouts) and :mod:`.reader` (:func:`read_indicator_table`).
"""

from .decoding import CSV_EXTENSIONS, EXCEL_EXTENSIONS, SUPPORTED_EXTENSIONS
from .labels import NATIONAL_NAMES, clean_label, is_national_label
from .numeric import MISSING_MARKERS, parse_number
from .reader import (
    SOURCE_ROW,
    IndicatorTable,
    indicator_table_from_frame,
    read_indicator_table,
    read_indicator_years,
)

__all__ = [
    "CSV_EXTENSIONS",
    "EXCEL_EXTENSIONS",
    "MISSING_MARKERS",
    "NATIONAL_NAMES",
    "SOURCE_ROW",
    "SUPPORTED_EXTENSIONS",
    "IndicatorTable",
    "clean_label",
    "is_national_label",
    "parse_number",
    "indicator_table_from_frame",
    "read_indicator_table",
    "read_indicator_years",
]
