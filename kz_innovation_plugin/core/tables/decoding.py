"""Check the table file and read the cells of a text table (CSV, TXT, TSV).

Its single purpose is getting from a path to raw cells: the file type is checked against
:data:`SUPPORTED_EXTENSIONS`, the bytes are decoded with :mod:`codecs` (BOM sniffing, strict
UTF-8, then Windows-1251), :mod:`csv` only counts the fields per line to choose the
separator, and :func:`pandas.read_csv` parses the text into a :class:`~.grid.Grid`.
Workbooks (XLSX, XLSM, XLS, ODS) are read by :mod:`.workbook`.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

import pandas as pd

from ..errors import InputFileError
from .grid import Grid, make_grid
from .numeric import has_dot_decimals

CSV_EXTENSIONS = (".csv", ".txt", ".tsv")
#: workbooks read with openpyxl
OPENPYXL_EXTENSIONS = (".xlsx", ".xlsm")
#: legacy Excel (BIFF8, as BNS publishes its bulletins) and OpenDocument, read with calamine
CALAMINE_EXTENSIONS = (".xls", ".ods")
EXCEL_EXTENSIONS = OPENPYXL_EXTENSIONS + CALAMINE_EXTENSIONS
SUPPORTED_EXTENSIONS = CSV_EXTENSIONS + EXCEL_EXTENSIONS
_FORMATS = ", ".join(SUPPORTED_EXTENSIONS)

_SEPARATORS = ("\t", ";", ",")  # candidates, in order of preference when they score equally
_SEPARATOR_NAMES = {"\t": "tab", ";": "';'", ",": "','"}
_SNIFF_LINES = 50


def check_path(path, what: str = "indicator table") -> Path:
    """The path as a Path, if it is an existing file of a supported type; ``what`` names the
    table in messages ("indicator table", "region x activity table")."""
    file = Path(path)
    if not file.exists():
        raise InputFileError(
            f"{what[:1].upper()}{what[1:]} not found: {path}. Check the path and that the file "
            "has not been moved or renamed."
        )
    if file.is_dir():
        raise InputFileError(
            f"{path} is a folder, not {'an' if what[0] in 'aeiou' else 'a'} {what}. Choose a "
            f"table file ({_FORMATS})."
        )
    if file.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise InputFileError(
            f'{file.name}: "{file.suffix or "no extension"}" tables are not supported. Save '
            f"the table as one of {_FORMATS} (File > Save As in Excel or LibreOffice)."
        )
    return file


def read_csv_grid(file: Path, encoding: str | None, notes: list[str]) -> Grid:
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
    decimal_comma = separator == ";" or not has_dot_decimals(text_cells)
    return make_grid(text_cells, None, decimal_comma, file.name)


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
