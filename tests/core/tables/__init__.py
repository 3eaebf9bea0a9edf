"""Tests of kz_innovation_plugin.core.tables, one file per module of the package.

Every fixture is written by the test into ``tmp_path``: text with an explicit encoding,
workbooks with openpyxl; the one published table read is the bundled demo table.  Every
error test also checks that the input file is unchanged.  The writers, the checks and the
small tables shared by several files are here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kz_innovation_plugin.core.tables import IndicatorTable, read_indicator_table

WIDE = (
    "region,rd_expenditure_pct_grp,internet_users_pct\n"
    "Акмолинская,0.05,78.1\n"
    "Актюбинская,0.07,80.2\n"
    "г.Алматы,0.4,88.5\n"
)

BNS = (
    "Валовой региональный продукт на душу населения\n"
    "тыс. тенге\n"
    "\n"
    ";2018 год;2019 год;I квартал 2019 года\n"
    "Республика Казахстан1);3 381,3;3 725,2;810,4\n"
    "Акмолинская;2 301,0;2 611,8;500,1\n"
    "Туркестанская1;698,2;788,4;х\n"
    "г.Шымкент 2);1 201,9;1 353,0;290,0\n"
    "\n"
    "1) С учетом изменений границ\n"
)

LONG = (
    "year,region_ru,indicator,value,unit,source\n"
    "2018,Акмолинская,rd_pct,0.05,percent,BNS\n"
    "2018,Атырауская,rd_pct,0.1,percent,BNS\n"
    "2018,Республика Казахстан,rd_pct,0.12,percent,BNS\n"
    "2018,Акмолинская,grp,2301,thousand tenge,BNS\n"
    "2019,Акмолинская,rd_pct,0.06,percent,BNS\n"
    "2019,Атырауская,rd_pct,0.11,percent,BNS\n"
)


def write_text(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``folder/name`` with an explicit encoding; return the path."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(folder: Path, name: str, sheets: dict[str, list[list]]) -> Path:
    """Write a workbook with one sheet per item; rows are lists of cell values."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = folder / name
    book.save(path)
    return path


def raises_unchanged(path: Path, error: type, match: str, **kwargs) -> pytest.ExceptionInfo:
    """Assert reading ``path`` raises ``error`` matching ``match`` and leaves it unchanged."""
    before = path.read_bytes()
    with pytest.raises(error, match=match) as info:
        read_indicator_table(path, **kwargs)
    assert path.read_bytes() == before
    return info


def column(table: IndicatorTable, name: str) -> dict[str, float]:
    """``{region: value}`` of one indicator column (first key column as region)."""
    key = table.key_columns[0]
    return dict(zip(table.data[key], table.data[name]))

