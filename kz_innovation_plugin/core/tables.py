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
:func:`pandas.read_csv` parses the CSV text and :func:`pandas.read_excel` (engine
``openpyxl``) reads workbooks.  Everything after that works on pandas frames of cells.

Numbers are never guessed into zeros: a missing marker (``-``, ``х``, ``...``, blank ...)
becomes NaN, and a cell that is neither a number nor a missing marker in a numeric column is
an error that names the file, the column, the row and the fix.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from numbers import Integral, Real
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .errors import InputFileError, ParameterError, TableFormatError

__all__ = [
    "MISSING_MARKERS",
    "NATIONAL_NAMES",
    "SUPPORTED_EXTENSIONS",
    "IndicatorTable",
    "clean_label",
    "is_national_label",
    "parse_number",
    "read_indicator_table",
]

CSV_EXTENSIONS = (".csv", ".txt", ".tsv")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
SUPPORTED_EXTENSIONS = CSV_EXTENSIONS + EXCEL_EXTENSIONS
_FORMATS = ", ".join(SUPPORTED_EXTENSIONS)

#: cell texts (after strip and casefold) that mean "no value"; they become NaN, never 0
MISSING_MARKERS: frozenset[str] = frozenset(
    {"", "-", "–", "—", "−", "х", "x", "...", "…", "..", "n/a", "na", "nan"}
)

#: normalised names (see :func:`is_national_label`) of rows holding the national total
NATIONAL_NAMES: frozenset[str] = frozenset(
    {
        "республика казахстан", "казахстан", "рк", "всего", "итого", "всего по республике",
        "қазақстан республикасы", "қазақстан", "барлығы", "жиыны",
        "republic of kazakhstan", "the republic of kazakhstan", "kazakhstan", "total",
    }
)

SOURCE_ROW = "source_row"
_SEPARATORS = ("\t", ";", ",")  # candidates, in order of preference when they score equally
_SEPARATOR_NAMES = {"\t": "tab", ";": "';'", ",": "','"}
_SNIFF_LINES = 50

# --- label cleaning --------------------------------------------------------------------
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_FOOTNOTE_TAIL = re.compile(
    r"(?:\s*\d{1,2}(?:\s*,\s*\d{1,2})*\)"  # "2)", " 1)", "1,2)"
    r"|\s*\*+"  # "*", " **"
    r"|\s*[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"  # superscript digits "¹"
    r"|(?<=[a-zа-яёәғқңөұүһі])\d"  # one digit glued to a lowercase letter: "Туркестанская1"
    r")\Z"
)
_TRAILING_PUNCTUATION = re.compile(r"[\s.:;,]+\Z")

# --- numbers ---------------------------------------------------------------------------
_GROUP_SPACE = re.compile(r"(?<=\d)[\s\u00a0\u2007\u2009\u202f]+(?=\d{3}(?!\d))")
_NUM_PLAIN = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"  # "12", "12.5", "1e-05"
_NUM_COMMA_DECIMAL = r"[+-]?\d*,\d+"  # "12,5"
_NUM_COMMA_THOUSAND = r"[+-]?\d{1,3},\d{3}"  # "1,234": thousands only in a dot-decimal table
_NUM_COMMA_GROUPS = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # "1,234,567" or "1,234.5"
_NUM_DOT_GROUPS = r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # "1.234.567" or "1.234,5"
_DOT_DECIMAL = r"\s*[+\-\u2212]?\d+\.\d+\s*"

# --- periods ---------------------------------------------------------------------------
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

# --- column roles ----------------------------------------------------------------------
#: header labels of the region column of a statistical sheet (normalised)
_REGION_HEADER_WORDS = frozenset(
    {
        "регион", "регионы", "region", "regions", "область", "области", "облыс", "облыстар",
        "өңір", "өңірлер", "аймақ", "наименование", "наименование региона", "name",
        "территория", "territory", "области и города", "область, город", "код", "code",
    }
)
#: normalised column names of the long layout, by role
_LONG_ROLES: dict[str, frozenset[str]] = {
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
_NOTE_LINE = re.compile(
    r"\A(?:\d{1,2}\)|\*|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|"
    r"примечани|note|источник|source|ескерту|дереккөз)",
    re.IGNORECASE,
)


@dataclass
class IndicatorTable:
    """An indicator table, read and reshaped to one row per region.

    Attributes
    ----------
    data : pandas.DataFrame
        Wide, RangeIndex: key columns (cleaned text), then indicator columns (float64, NaN =
        missing), then ``source_row``: the 1-based row of the file or sheet (header row
        counted) the row came from; for long tables the first row of that region in the
        selected year.
    key_columns : list of str
        Identifier columns (region names or codes).
    indicator_columns : list of str
        Numeric columns, in source order.
    national : pandas.DataFrame
        Rows recognised as the national total (same columns), kept out of ``data``.
    layout : str
        ``"wide"``, ``"long"`` or ``"bns"``.
    year : int or None
        The year selected (long and BNS tables), else None.
    source : str
        The path as given.
    units : dict
        Indicator -> unit, when a long table has a unit column; else empty.
    notes : list of str
        Plain-English notes on what the reader did.
    """

    data: pd.DataFrame
    key_columns: list[str]
    indicator_columns: list[str]
    national: pd.DataFrame
    layout: str
    year: int | None
    source: str
    units: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class _Period(NamedTuple):
    year: int
    annual: bool


@dataclass
class _Grid:
    """Every cell of a sheet, indexed by 1-based source row, columns 0..n-1.

    ``text`` is the stripped cell text ("" when empty); ``number`` the parsed number (NaN when
    the cell is not a number); ``missing`` is True for empty cells and missing markers.
    """

    text: pd.DataFrame
    number: pd.DataFrame
    missing: pd.DataFrame
    where: str

    @property
    def textual(self) -> pd.DataFrame:
        """Cells holding text: neither a number nor a missing marker."""
        return ~self.missing & self.number.isna()

    def restrict(self, rows: pd.Index, columns: list, names: list[str]) -> _Grid:
        """The sub-grid of ``rows`` x ``columns``, columns renamed to ``names``."""

        def pick(frame: pd.DataFrame) -> pd.DataFrame:
            part = frame.loc[rows, columns]
            part.columns = names
            return part

        return _Grid(pick(self.text), pick(self.number), pick(self.missing), self.where)


@dataclass
class _Body:
    """The table below its header: one column per header cell, one row per data row."""

    cells: _Grid
    header_row: int
    titles: list[str]

    @property
    def names(self) -> list[str]:
        return list(self.cells.text.columns)

    @property
    def where(self) -> str:
        return self.cells.where

    def kind(self, name: str) -> str:
        """``"number"``, ``"text"``, ``"mixed"`` or ``"empty"`` (only missing values)."""
        numbers = int(self.cells.number[name].notna().sum())
        texts = int(self.cells.textual[name].sum())
        if numbers and texts:
            return "mixed"
        if texts:
            return "text"
        return "number" if numbers else "empty"

    def numbers(self, name: str, rows: pd.Index | None = None) -> pd.Series:
        """Column ``name`` as float64; a text cell among ``rows`` raises TableFormatError."""
        rows = self.cells.text.index if rows is None else rows
        textual = self.cells.textual.loc[rows, name]
        if textual.any():
            row = textual.idxmax()
            value = self.cells.text.at[row, name]
            raise TableFormatError(
                f'{self.where}: column "{name}", row {row}: "{value}" is not a number; '
                'fix the cell or mark it missing with "-".'
            )
        return self.cells.number.loc[rows, name].astype("float64")

    def labels(self, name: str) -> pd.Series:
        """Column ``name`` as cleaned text (see :func:`clean_label`)."""
        return _clean_labels(self.cells.text[name])


# --- public helpers --------------------------------------------------------------------


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
    return str(_clean_labels(pd.Series([str(text)], dtype="str")).iloc[0])


def is_national_label(text: str) -> bool:
    """Whether ``text`` names the national total ("Республика Казахстан1)", "Всего", ...).

    The comparison is case-insensitive, after :func:`clean_label`, with "ё" read as "е" and
    trailing punctuation ignored, against :data:`NATIONAL_NAMES`.
    """
    if text is None:
        return False
    return bool(_normalised_names(pd.Series([str(text)], dtype="str")).isin(NATIONAL_NAMES)[0])


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
    values, missing = _parse_text_numbers(pd.Series([str(text)], dtype="str"), True)
    if np.isnan(values[0]) and not missing[0]:
        raise ValueError(f'"{text}" is not a number')
    return float(values[0])


# --- reading ---------------------------------------------------------------------------


def read_indicator_table(
    path,
    *,
    sheet: str | int | None = None,
    year: int | None = None,
    encoding: str | None = None,
    key_column: str | None = None,
    indicator_columns: list[str] | None = None,
) -> IndicatorTable:
    """Read an indicator table (CSV/TXT/TSV or XLSX/XLSM) to one row per region.

    Parameters
    ----------
    path : str or os.PathLike
        The table file.
    sheet : str or int, optional
        Workbook sheet, by name or 0-based index; the first sheet by default.  Ignored
        (with a note) for CSV.
    year : int, optional
        Year to take from a long or BNS-style table; required when it holds several.
    encoding : str, optional
        Text encoding of a CSV; detected when None (BOM, then UTF-8, then Windows-1251).
    key_column : str, optional
        Column holding region names or codes; by default every text column is a key.
    indicator_columns : list of str, optional
        Indicator columns to keep (for long tables: indicator names); by default all.

    Returns
    -------
    IndicatorTable

    Raises
    ------
    ParameterError
        A bad argument (``year`` that is not a whole number, unknown ``encoding`` ...).
    InputFileError
        The file is missing, of an unsupported type, empty, undecodable or not a workbook;
        or the sheet does not exist.
    TableFormatError
        The layout or a cell cannot be interpreted.
    """
    _check_arguments(sheet, year, encoding, key_column, indicator_columns)
    year = None if year is None else int(year)
    file = _check_path(path)
    notes: list[str] = []
    if file.suffix.lower() in CSV_EXTENSIONS:
        if sheet is not None:
            notes.append(f"SHEET={sheet!r} was ignored: {file.name} is a text table.")
        grid = _read_csv_grid(file, encoding, notes)
    else:
        if encoding is not None:
            notes.append(f"ENCODING={encoding!r} was ignored: workbooks carry their encoding.")
        grid = _read_excel_grid(file, sheet, notes)

    body = _extract_body(grid, notes)
    columns = _long_columns(body.names)
    if columns:
        layout = "long"
        keys, values, rows, chosen, units = _pivot_long(
            body, columns, year, key_column, indicator_columns, notes
        )
    elif indicator_columns is None and any(_parse_period(n) for n in body.names):
        layout, units = "bns", {}
        keys, values, rows, chosen = _take_bns_year(body, year, key_column, notes)
    else:
        layout, units, chosen = "wide", {}, None
        if year is not None:
            notes.append(f"YEAR={year} was ignored: the table has one column per indicator.")
        keys, values, rows = _take_wide(body, key_column, indicator_columns, notes)

    data, national = _split_national(keys, values, rows, body.where, notes)
    return IndicatorTable(
        data=data,
        key_columns=list(keys.columns),
        indicator_columns=list(values.columns),
        national=national,
        layout=layout,
        year=chosen,
        source=str(path),
        units=units,
        notes=notes,
    )


# --- arguments and files ---------------------------------------------------------------


def _check_arguments(sheet, year, encoding, key_column, indicator_columns) -> None:
    """Raise ParameterError for arguments of the wrong kind."""
    if year is not None and (isinstance(year, bool) or not isinstance(year, Integral)):
        raise ParameterError(f"YEAR must be a whole number such as 2018, not {year!r}.")
    if sheet is not None and (isinstance(sheet, bool) or not isinstance(sheet, (str, Integral))):
        raise ParameterError(
            f"SHEET must be a sheet name or a 0-based sheet number, not {sheet!r}."
        )
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except (LookupError, TypeError):
            raise ParameterError(
                f"ENCODING {encoding!r} is not a known text encoding; use UTF-8, UTF-16 or "
                "cp1251 (Windows-1251), or leave it empty to detect it."
            ) from None
    if key_column is not None and not isinstance(key_column, str):
        raise ParameterError(f"TABLE_KEY must be a column name, not {key_column!r}.")
    if indicator_columns is not None:
        if isinstance(indicator_columns, str) or not all(
            isinstance(name, str) for name in indicator_columns
        ):
            raise ParameterError(
                f"The indicator columns must be a list of column names, not {indicator_columns!r}."
            )
        if not indicator_columns:
            raise ParameterError("The list of indicator columns is empty; name at least one.")
        if key_column is not None and key_column in indicator_columns:
            raise ParameterError(
                f'Column "{key_column}" cannot be both the key column and an indicator.'
            )


def _check_path(path) -> Path:
    """The path as a Path, if it is an existing file of a supported type."""
    file = Path(path)
    if not file.exists():
        raise InputFileError(
            f"Indicator table not found: {path}. Check the path and that the file has not "
            "been moved or renamed."
        )
    if file.is_dir():
        raise InputFileError(
            f"{path} is a folder, not an indicator table. Choose a table file ({_FORMATS})."
        )
    if file.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise InputFileError(
            f'{file.name}: "{file.suffix or "no extension"}" tables are not supported. Save '
            f"the table as one of {_FORMATS} (File > Save As in Excel or LibreOffice)."
        )
    return file


# --- CSV -------------------------------------------------------------------------------


def _read_csv_grid(file: Path, encoding: str | None, notes: list[str]) -> _Grid:
    """Decode, choose the separator and parse a text table with pandas."""
    data = file.read_bytes()
    if not data:
        raise InputFileError(
            f"{file.name} is empty (0 bytes): the table has no data rows. Check that the file "
            "was saved completely."
        )
    text = _decode(data, file.name, encoding, notes).lstrip("\ufeff")
    if not text.strip():
        raise InputFileError(f"{file.name} holds only blank lines: the table has no data rows.")
    separator = _detect_separator(text)
    notes.append(f"Columns are separated by {_SEPARATOR_NAMES[separator]}.")
    width = max(len(fields) for fields in csv.reader(io.StringIO(text), delimiter=separator))
    # pandas parses; names= pads short lines (title rows) and keeps every line, blank ones
    # included, so that row i of the frame is line i + 1 of the file.
    raw = pd.read_csv(
        io.StringIO(text),
        sep=separator,
        header=None,
        names=list(range(width)),
        dtype=str,
        keep_default_na=False,
        na_filter=False,
        skip_blank_lines=False,
    )
    raw.index = pd.RangeIndex(1, len(raw) + 1)
    text_cells = raw.fillna("").apply(lambda column: column.str.strip())  # padding is NaN
    decimal_comma = separator == ";" or not _has_dot_decimals(text_cells)
    return _make_grid(text_cells, None, decimal_comma, file.name)


def _decode(data: bytes, name: str, encoding: str | None, notes: list[str]) -> str:
    """Decode ``data`` with ``encoding`` or, when None, with a detected encoding."""
    if encoding is not None:
        codec = codecs.lookup(encoding).name
        codec = "utf-8-sig" if codec == "utf-8" else codec
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputFileError(
                f"{name} cannot be decoded as {encoding} (byte 0x{data[exc.start]:02x} at "
                f"position {exc.start}). Try another encoding: UTF-8, UTF-16 or Windows-1251 "
                "(cp1251), or leave ENCODING empty to detect it."
            ) from None
    for bom, codec, label in (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (with BOM)"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 LE (with BOM)"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 BE (with BOM)"),
    ):
        if data.startswith(bom):
            return _decode_detected(data, codec, label, name, notes)
    if b"\x00" in data[:4096]:  # UTF-16 without BOM: every other byte of ASCII text is 0
        even_zeros = data[0:4096:2].count(0) > data[1:4096:2].count(0)
        codec = "utf-16-be" if even_zeros else "utf-16-le"
        label = f"UTF-16 {codec[-2:].upper()} (no BOM)"
        return _decode_detected(data, codec, label, name, notes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_detected(data, "cp1251", "Windows-1251 (it is not UTF-8)", name, notes)
    notes.append("Decoded the file as UTF-8.")
    return text


def _decode_detected(data: bytes, codec: str, label: str, name: str, notes: list[str]) -> str:
    """Decode with a detected codec, recording it in ``notes``."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise InputFileError(
            f"{name}: the text encoding could not be detected (it is neither UTF-8, UTF-16 nor "
            "Windows-1251). Re-save the table as UTF-8 CSV, or set ENCODING."
        ) from None
    notes.append(f"Decoded the file as {label}.")
    return text


def _detect_separator(text: str) -> str:
    """Choose among tab, ``;`` and ``,`` the separator that splits most lines alike.

    For each candidate the csv module counts the fields of the first non-blank lines; the
    score is how many lines share the most common field count (above one).  A ``;`` table
    with decimal commas scores higher with ``;`` because its header has no commas; on a tie
    tab beats ``;`` beats ``,``.
    """
    sample = "\n".join([line for line in text.splitlines() if line.strip()][:_SNIFF_LINES])
    best, best_score = ",", 0
    for separator in _SEPARATORS:
        counts = Counter(
            len(fields)
            for fields in csv.reader(io.StringIO(sample), delimiter=separator)
            if len(fields) > 1
        )
        score = max(counts.values(), default=0)
        if score > best_score:
            best, best_score = separator, score
    return best


def _has_dot_decimals(text: pd.DataFrame) -> bool:
    """Whether any cell is a number written with a decimal point ("12.5")."""
    return bool(text.apply(lambda column: column.str.fullmatch(_DOT_DECIMAL)).any().any())


# --- Excel -----------------------------------------------------------------------------


def _read_excel_grid(file: Path, sheet: str | int | None, notes: list[str]) -> _Grid:
    """Read one sheet with pandas/openpyxl, keeping numeric cells as numbers."""
    try:
        book = pd.ExcelFile(file, engine="openpyxl")
    except Exception as exc:  # openpyxl/zipfile raise many kinds for a damaged file
        raise InputFileError(
            f"{file.name} cannot be opened as an Excel workbook ({type(exc).__name__}: {exc}). "
            "Check that it is a real .xlsx file (not another file renamed) and not damaged; "
            "re-save it from Excel or LibreOffice, or export the sheet as CSV."
        ) from None
    with book:
        names = [str(name) for name in book.sheet_names]
        target = _resolve_sheet(sheet, names, file.name)
        try:
            raw = book.parse(target, header=None, dtype=object)
        except Exception as exc:
            raise InputFileError(
                f'{file.name}: sheet "{target}" cannot be read ({type(exc).__name__}: {exc}). '
                "Re-save the workbook from Excel or LibreOffice, or export the sheet as CSV."
            ) from None
    if len(names) > 1 or sheet is not None:
        notes.append(f'Read sheet "{target}" of {file.name}.')
    where = f'{file.name}, sheet "{target}"'
    if raw.empty or raw.isna().all().all():
        raise InputFileError(f"{where} is empty: the table has no data rows.")
    raw.index = pd.RangeIndex(1, len(raw) + 1)  # openpyxl starts at row 1, blank rows kept
    raw.columns = range(raw.shape[1])
    # workbook cells mix types (str, int, float, datetime): the type test is per cell
    kinds = raw.map(type)
    is_number = (kinds.eq(int) | kinds.eq(float)) & raw.notna()
    text = raw.map(_cell_text)
    decimal_comma = not _has_dot_decimals(text.where(~is_number, ""))
    numbers = raw.where(is_number).astype("float64")
    return _make_grid(text, (is_number, numbers), decimal_comma, where)


def _resolve_sheet(sheet: str | int | None, names: list[str], file_name: str) -> str:
    """The sheet name selected by ``sheet`` (name or 0-based index)."""
    if sheet is None:
        return names[0]
    if isinstance(sheet, str) and sheet in names:
        return sheet
    if isinstance(sheet, Integral) and 0 <= int(sheet) < len(names):
        return names[int(sheet)]
    listed = ", ".join(f'{index}: "{name}"' for index, name in enumerate(names))
    raise InputFileError(
        f'{file_name}: there is no sheet {sheet!r}. The workbook has {listed}. Set SHEET to '
        "one of these names or 0-based numbers."
    )


def _cell_text(value) -> str:
    """Display text of a workbook cell: "" for empty, "2018" for 2018.0."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- cells -----------------------------------------------------------------------------


def _make_grid(text: pd.DataFrame, numeric_cells, decimal_comma: bool, where: str) -> _Grid:
    """Parse every text cell as a number (vectorised per column) into a :class:`_Grid`.

    ``numeric_cells`` is None, or ``(is_number, numbers)``: workbook cells that already
    are numbers, kept as they are.
    """
    parsed = {col: _parse_text_numbers(text[col], decimal_comma) for col in text.columns}
    number = pd.DataFrame({col: values for col, (values, _) in parsed.items()}, index=text.index)
    missing = pd.DataFrame({col: miss for col, (_, miss) in parsed.items()}, index=text.index)
    if numeric_cells is not None:
        is_number, numbers = numeric_cells
        number = numbers.where(is_number, number)
        missing = missing & ~is_number
    return _Grid(text=text.astype("str"), number=number, missing=missing, where=where)


def _parse_text_numbers(text: pd.Series, decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
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


def _clean_labels(values: pd.Series) -> pd.Series:
    """Vectorised :func:`clean_label`."""
    text = values.astype("str").str.replace(_INVISIBLE, "", regex=True)
    text = text.str.split().str.join(" ")  # str.split() knows NBSP and thin spaces
    for _ in range(3):  # "Астана*1)" carries two markers
        stripped = text.str.replace(_FOOTNOTE_TAIL, "", regex=True).str.rstrip()
        text = stripped.where(stripped != "", text)
    return text


def _normalised_names(values: pd.Series) -> pd.Series:
    """Labels compared case-insensitively: cleaned, casefolded, "ё" as "е"."""
    cleaned = _clean_labels(values).str.casefold().str.replace("ё", "е")
    return cleaned.str.replace(_TRAILING_PUNCTUATION, "", regex=True)


def _normalised_header(name: str) -> str:
    """Column name for role matching: "Region RU" -> "region_ru", "Ед. изм." -> "ед_изм"."""
    return re.sub(r"[\s.\-]+", "_", name.strip().casefold()).strip("_")


def _parse_period(header: str) -> _Period | None:
    """Read a column header as a period: "2018", "2018 год", "I квартал 2018 года" ...

    Returns None when the header is not a period (several years, or other words).
    """
    years = _YEAR_IN_TEXT.findall(str(header))
    if len(years) != 1:
        return None
    rest = " ".join(_YEAR_IN_TEXT.sub("#", str(header)).casefold().split())
    if _ANNUAL_PERIOD.fullmatch(rest):
        return _Period(int(years[0]), True)
    if _SUBANNUAL_PERIOD.search(rest):
        return _Period(int(years[0]), False)
    return None


# --- header and body -------------------------------------------------------------------


def _find_header(grid: _Grid) -> tuple[int, list[str]]:
    """Locate the header row; return it with the title lines above it.

    The header is the nearest row above the first *data row* (a text label followed, further
    right, by a parseable number) that has at least two cells and is not itself a region
    whose values are all missing ("Абайская;-;-").  A row whose label is a region header
    word ("Регион") or whose numbers are all years ("Области;2018;2019") is a header, not
    data.  Without any data row, the header is the first row with two cells.
    """
    text = grid.text
    filled = (text != "").to_numpy()
    nonblank = filled.any(axis=1)
    if not nonblank.any():
        raise InputFileError(f"{grid.where} holds only blank cells: the table has no data rows.")
    data_like = _data_rows(grid)
    textual = grid.textual.to_numpy()
    markers = (grid.missing.to_numpy() & filled).any(axis=1)
    no_values = (textual.sum(axis=1) == 1) & markers & grid.number.isna().all(axis=1).to_numpy()
    candidate = nonblank & ~no_values
    two_cells = candidate & (filled.sum(axis=1) >= 2)
    if data_like.any():
        first_data = int(data_like.argmax())
        above = np.flatnonzero(two_cells[:first_data])
        if not len(above):
            above = np.flatnonzero(candidate[:first_data])
        if not len(above):
            raise TableFormatError(
                f"{grid.where}: row {text.index[first_data]} holds data but there is no header "
                "row above it. Add a header row naming the columns (e.g. region, indicator "
                "names)."
            )
        header = int(above[-1])
    else:
        wide_rows = np.flatnonzero(filled.sum(axis=1) >= 2)
        header = int(wide_rows[0]) if len(wide_rows) else int(np.flatnonzero(nonblank)[0])
    # a title split at an unquoted comma ("Доля, %") is joined back
    titles = [
        " ".join(", ".join(row[row != ""]).split())
        for row in text.to_numpy()[:header][nonblank[:header]]
    ]
    return int(text.index[header]), titles


def _data_rows(grid: _Grid) -> np.ndarray:
    """Rows that look like data: a text label, then a number further right (vectorised)."""
    text, number = grid.text, grid.number
    textual = grid.textual.to_numpy()
    width = text.shape[1]
    has_text = textual.any(axis=1)
    first_text = np.where(has_text, textual.argmax(axis=1), width)
    later = np.arange(width)[None, :] > first_text[:, None]
    number_after = (number.notna().to_numpy() & later).any(axis=1)

    label = text.to_numpy()[np.arange(len(text)), np.minimum(first_text, width - 1)]
    header_word = _normalised_names(pd.Series(label, dtype="str")).isin(_REGION_HEADER_WORDS)
    counted = number.notna().sum(axis=1)
    yearish = ((number % 1 == 0) & number.ge(_YEAR_MIN) & number.le(_YEAR_MAX)).sum(axis=1)
    all_years = (counted >= 2) & (yearish == counted)
    return has_text & number_after & ~header_word.to_numpy() & ~all_years.to_numpy()


def _extract_body(grid: _Grid, notes: list[str]) -> _Body:
    """Cut the grid to the table below the header, with unique column names."""
    header_row, titles = _find_header(grid)
    text = grid.text
    below = text.index > header_row
    nonblank = (text != "").any(axis=1)
    rows = text.index[below & nonblank.to_numpy()]
    rows = _drop_note_lines(grid, rows, notes)
    if not len(rows):
        raise TableFormatError(
            f"{grid.where}: the table has a header (row {header_row}) but no data rows. Add one "
            "row per region below the header."
        )
    header = text.loc[header_row].str.split().str.join(" ")
    _check_no_cells_right_of_header(grid, header, rows)
    used = [col for col in text.columns if header[col] or (text.loc[rows, col] != "").any()]
    cells = grid.restrict(rows, used, [str(col) for col in used])
    names = _column_names(header[used].tolist(), cells, notes)
    cells = grid.restrict(rows, used, names)
    if titles:
        quoted = "; ".join(f'"{title}"' for title in titles)
        notes.append(f"Skipped {len(titles)} title line(s) above the header (row {header_row}): "
                     f"{quoted}.")
    return _Body(cells=cells, header_row=header_row, titles=titles)


def _check_no_cells_right_of_header(grid: _Grid, header: pd.Series, rows: pd.Index) -> None:
    """Raise TableFormatError when a data row has cells right of the last header cell.

    In a comma-separated file that is nearly always a number with an unquoted decimal comma
    ("12,5"), split into two cells; reading on would shift values silently.
    """
    named = np.flatnonzero(header.to_numpy() != "")
    beyond = grid.text.loc[rows, header.index[named[-1] + 1 :]] != ""
    if beyond.to_numpy().any():
        stray = beyond.stack()
        row, column = stray[stray].index[0]
        raise TableFormatError(
            f'{grid.where}: row {row} has a value ("{grid.text.at[row, column]}") in column '
            f"{int(column) + 1}, right of the last header cell. If a number with a decimal "
            'comma was split in two, quote it ("12,5") or separate the columns with ";"; '
            "otherwise add a header for that column or delete the cell."
        )


def _drop_note_lines(grid: _Grid, rows: pd.Index, notes: list[str]) -> pd.Index:
    """Drop footnote lines ("1) Без учёта ...", "Примечание: ...") at the bottom."""
    if not len(rows):
        return rows
    text = grid.text.loc[rows]
    filled = (text != "").sum(axis=1)
    first_cell = text.replace("", np.nan).bfill(axis=1).iloc[:, 0].astype("str")
    is_note = (filled == 1) & first_cell.str.match(_NOTE_LINE)
    # only the unbroken run of note lines at the end of the table
    trailing = is_note[::-1].astype(int).cumprod()[::-1].astype(bool)
    if trailing.any():
        dropped = rows[trailing.to_numpy()]
        notes.append(
            f"Ignored {len(dropped)} footnote line(s) below the table: "
            f"{_rows_text(dropped)}."
        )
    return rows[~trailing.to_numpy()]


def _rows_text(rows) -> str:
    """ "row 7" or "rows 7, 9"."""
    rows = [str(row) for row in rows]
    return f"row{'s' if len(rows) > 1 else ''} {', '.join(rows)}"


def _column_names(header: list[str], cells: _Grid, notes: list[str]) -> list[str]:
    """Header texts as unique column names; an empty header cell gets a made-up name."""
    textual = cells.textual
    names: list[str] = []
    for position, (name, column) in enumerate(zip(header, textual.columns)):
        if not name:
            taken = "region" in header or "region" in names
            name = "region" if textual[column].any() and not taken else f"column_{position + 1}"
            notes.append(f'Column {position + 1} has no header; it was named "{name}".')
        if name in names:
            counter = 2
            while f"{name}_{counter}" in names or f"{name}_{counter}" in header:
                counter += 1
            notes.append(f'Column "{name}" appears twice; the second is named "{name}_{counter}".')
            name = f"{name}_{counter}"
        names.append(name)
    return names


# --- layouts ---------------------------------------------------------------------------


def _long_columns(names: list[str]) -> dict[str, list[str]]:
    """Columns by role when ``names`` is a long-layout header, else {}."""
    roles: dict[str, list[str]] = {role: [] for role in _LONG_ROLES}
    for name in names:
        normalised = _normalised_header(name)
        for role, words in _LONG_ROLES.items():
            if normalised in words:
                roles[role].append(name)
                break
    has_key = roles["region"] or roles["code"]
    return roles if roles["indicator"] and roles["value"] and has_key else {}


def _resolve_column(wanted: str, names: list[str], where: str, setting: str) -> str:
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


def _auto_keys(body: _Body, key_column: str | None, exclude: list[str]) -> list[str]:
    """Key columns: ``key_column`` first, then text columns and code columns."""
    keys = [key_column] if key_column else []
    for name in body.names:
        if name in keys or name in exclude:
            continue
        is_code = _normalised_header(name) in _LONG_ROLES["code"]
        if is_code or body.kind(name) == "text":
            keys.append(name)
    return keys


def _no_key_error(body: _Body) -> TableFormatError:
    listed = ", ".join(f'"{name}"' for name in body.names)
    return TableFormatError(
        f"{body.where}: no column holds region names or codes (every column is numeric: "
        f"{listed}). Add a column with the region names, or name the identifier column with "
        "TABLE_KEY."
    )


def _take_wide(
    body: _Body, key_column: str | None, indicator_columns: list[str] | None, notes: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """Keys, indicators and source rows of a wide table."""
    names, where = body.names, body.where
    if key_column is not None:
        key_column = _resolve_column(key_column, names, where, "TABLE_KEY")
    wanted = None
    if indicator_columns is not None:
        wanted = [_resolve_column(n, names, where, "the indicator columns") for n in
                  indicator_columns]
    keys = _auto_keys(body, key_column, wanted or [])
    if not keys:
        raise _no_key_error(body)
    if key_column is None:
        notes.append(f"Identifier column(s), kept as text: {', '.join(keys)}.")

    if wanted is not None:
        for name in wanted:
            if body.kind(name) == "text":
                row = body.cells.textual[name].idxmax()
                raise TableFormatError(
                    f'{where}: column "{name}" holds text, not numbers (row {row}: '
                    f'"{body.cells.text.at[row, name]}"); choose numeric columns as indicators.'
                )
        ignored = [name for name in names if name not in keys and name not in wanted]
        if ignored:
            notes.append(f"Columns not asked for were ignored: {', '.join(ignored)}.")
    else:
        wanted = [name for name in names if name not in keys]
    if not wanted:
        raise TableFormatError(
            f"{where}: the table has no indicator columns, only identifiers "
            f"({', '.join(keys)}). Add columns of numbers, one per indicator."
        )
    for name in wanted:
        if body.kind(name) == "empty":
            notes.append(f'Column "{name}" has no values; it is kept as missing everywhere.')
    values = pd.DataFrame({name: body.numbers(name) for name in wanted})
    return _key_frame(body, keys), values, body.cells.text.index.to_series()


def _key_frame(body: _Body, keys: list[str]) -> pd.DataFrame:
    """The key columns, labels cleaned."""
    return pd.DataFrame({name: body.labels(name) for name in keys})


def _take_bns_year(
    body: _Body, year: int | None, key_column: str | None, notes: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, int]:
    """Keys and the one annual column of a BNS-style sheet (period columns)."""
    names, where = body.names, body.where
    periods = {name: _parse_period(name) for name in names}
    if key_column is not None:
        key_column = _resolve_column(key_column, names, where, "TABLE_KEY")
    period_names = [name for name in names if periods[name] and name != key_column]
    keys = _auto_keys(body, key_column, period_names)
    if not keys:
        raise _no_key_error(body)
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
    chosen = _choose_year(sorted(annual), year, where, hint)
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
    return _key_frame(body, keys), values, body.cells.text.index.to_series(), chosen


def _choose_year(available: list[int], year: int | None, where: str, hint: str = "") -> int:
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


def _pivot_long(
    body: _Body,
    roles: dict[str, list[str]],
    year: int | None,
    key_column: str | None,
    indicator_columns: list[str] | None,
    notes: list[str],
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, int | None, dict[str, str]]:
    """Pivot a long table (region, indicator, year, value) to wide for one year."""
    where, cells = body.where, body.cells
    if key_column is not None:
        keys = [_resolve_column(key_column, body.names, where, "TABLE_KEY")]
    else:
        keys = [name for name in body.names if name in roles["region"] + roles["code"]]
    indicator_col, value_col = roles["indicator"][0], roles["value"][0]
    for name in [*keys, indicator_col]:
        blank = cells.text[name] == ""
        if blank.any():
            raise TableFormatError(
                f'{where}: row {blank.idxmax()} has nothing in column "{name}"; fill it in or '
                "delete the row."
            )
    used = set(keys) | {indicator_col, value_col}
    used |= {name for role in ("year", "unit") for name in roles[role][:1]}
    ignored = [name for name in body.names if name not in used]
    if ignored:
        notes.append(f"Long table: columns ignored: {', '.join(ignored)}.")

    frame = _key_frame(body, keys)
    frame["indicator"] = cells.text[indicator_col].str.split().str.join(" ")
    frame["row"] = cells.text.index
    unit_col = roles["unit"][0] if roles["unit"] else None
    frame["unit"] = cells.text[unit_col].str.split().str.join(" ") if unit_col else ""

    chosen = None
    if roles["year"]:
        years = _year_column(body, roles["year"][0], notes)
        available = sorted({int(value) for value in years.dropna().unique()})
        chosen = _choose_year(available, year, where)
        if year is None:
            notes.append(f"Long table: the only year, {chosen}, was taken.")
        else:
            notes.append(
                f"Long table: took year {chosen} (years in the table: "
                f"{', '.join(map(str, available))})."
            )
        other_years = set(frame.loc[years.ne(chosen).to_numpy(), "indicator"])
        frame = frame[years.eq(chosen).to_numpy()]
        absent = sorted(other_years - set(frame["indicator"]))
        if absent:
            notes.append(
                f"Indicators with no {chosen} values were left out: {', '.join(absent)}."
            )
    elif year is not None:
        notes.append(f"YEAR={year} was ignored: the long table has no year column.")
    frame["value"] = body.numbers(value_col, frame.index)

    frame = _drop_repeated_rows(frame, keys, where, chosen, notes)
    frame = frame.assign(region_id=frame.groupby(keys, sort=False).ngroup().to_numpy())
    first = frame.drop_duplicates("region_id").set_index("region_id")
    indicators = list(frame["indicator"].unique())
    wide = frame.pivot(index="region_id", columns="indicator", values="value")
    wide = wide.reindex(index=first.index, columns=indicators).astype("float64")
    if indicator_columns is not None:
        missing = [name for name in indicator_columns if name not in indicators]
        if missing:
            raise TableFormatError(
                f"{where}: no indicator {', '.join(map(repr, missing))} in the table"
                f"{f' for {chosen}' if chosen else ''}; its indicators are "
                f"{', '.join(indicators)}."
            )
        wide = wide[list(indicator_columns)]
    wide.columns.name = None
    units = _units(frame[frame["indicator"].isin(wide.columns)], notes)
    return first[keys], wide, first["row"], chosen, units


def _year_column(body: _Body, name: str, notes: list[str]) -> pd.Series:
    """Year of each row of a long table; NaN for sub-annual periods (with a note)."""
    number, text = body.cells.number[name], body.cells.text[name]
    whole = number.notna() & (number % 1 == 0) & number.between(_YEAR_MIN, _YEAR_MAX)
    lookup = {value: _parse_period(value) for value in text.unique()}
    annual = text.map({v: p.year if p and p.annual else np.nan for v, p in lookup.items()})
    is_period = text.map({v: p is not None for v, p in lookup.items()}).astype(bool)
    years = number.where(whole, annual.astype("float64"))
    partial = years.isna() & is_period
    bad = years.isna() & ~partial
    if bad.any():
        row = bad.idxmax()
        raise TableFormatError(
            f'{body.where}: column "{name}", row {row}: "{text[row]}" is not a year; write '
            "the year as a number such as 2018."
        )
    if partial.any():
        notes.append(
            f"Long table: {int(partial.sum())} row(s) for quarters or months were ignored; "
            "only annual values are used."
        )
    return years


def _drop_repeated_rows(
    frame: pd.DataFrame, keys: list[str], where: str, year: int | None, notes: list[str]
) -> pd.DataFrame:
    """Drop exact repeats; two different values for one region and indicator is an error."""
    subset = [*keys, "indicator"]
    repeated = frame.duplicated([*subset, "value"])
    if repeated.any():
        notes.append(
            f"Long table: {int(repeated.sum())} repeated row(s) with the same value were "
            f"dropped ({_rows_text(frame.loc[repeated, 'row'])})."
        )
        frame = frame[~repeated]
    clash = frame[frame.duplicated(subset, keep=False)]
    if not clash.empty:
        first = clash.iloc[0]
        second = clash[(clash[subset] == first[subset]).all(axis=1)].iloc[1]
        region = " / ".join(str(first[key]) for key in keys)
        in_year = f", year {year}" if year is not None else ""
        raise TableFormatError(
            f'{where}: rows {first["row"]} and {second["row"]} give different values for '
            f'region "{region}", indicator "{first["indicator"]}"{in_year} '
            f'({first["value"]:g} and {second["value"]:g}). Keep one of them.'
        )
    return frame


def _units(frame: pd.DataFrame, notes: list[str]) -> dict[str, str]:
    """Unit of each indicator: its first non-empty unit cell."""
    stated = frame[frame["unit"] != ""].groupby("indicator", sort=False)["unit"]
    units = stated.first().to_dict()
    for indicator, count in stated.nunique().items():
        if count > 1:
            notes.append(
                f'Indicator "{indicator}" has several units; "{units[indicator]}" was kept.'
            )
    return {str(k): str(v) for k, v in units.items()}


def _split_national(
    keys: pd.DataFrame, values: pd.DataFrame, rows: pd.Series, where: str, notes: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Assemble the output frame and move national-total rows out of it."""
    frame = pd.concat(
        [keys.astype("str").reset_index(drop=True), values.reset_index(drop=True)], axis=1
    )
    frame[SOURCE_ROW] = rows.to_numpy(dtype="int64")
    national = np.zeros(len(frame), dtype=bool)
    for name in keys.columns:
        national |= _normalised_names(frame[name]).isin(NATIONAL_NAMES).to_numpy()
    if national.any():
        moved = frame.loc[national]
        labels = ", ".join(
            f'"{label}" (row {row})'
            for label, row in zip(moved[list(keys.columns)].agg(" / ".join, axis=1),
                                  moved[SOURCE_ROW])
        )
        notes.append(f"National total row(s) kept apart from the regions: {labels}.")
    data = frame.loc[~national].reset_index(drop=True)
    if data.empty:
        raise TableFormatError(
            f"{where}: the table has no region rows, only the national total. Add one row per "
            "region."
        )
    return data, frame.loc[national].reset_index(drop=True)
