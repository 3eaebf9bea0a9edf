"""Tests of core.tables.grid: a text cell in a column of numbers is named, not guessed."""

from __future__ import annotations

import re

from kz_innovation_plugin.core.errors import TableFormatError

from . import LONG, raises_unchanged, write_text


def test_wide_partly_text_column_names_cell(tmp_path):
    text = (
        "region,rd_expenditure_pct_grp,internet_users_pct\n"
        "Акмолинская,0.05,78.1\n"
        "Актюбинская,0.07,80.2\n"
        "Алматинская,0.03,79\n"
        "Атырауская,0.1,81\n"
        "Жамбылская,0.02,77\n"
        "Карагандинская,0.2,около 80\n"
    )
    path = write_text(tmp_path, "indicators.csv", text)
    raises_unchanged(
        path, TableFormatError,
        re.escape('indicators.csv: column "internet_users_pct", row 7: "около 80" is not a '
                  'number; fix the cell or mark it missing with "-".'),
    )


def test_long_table_junk_value(tmp_path):
    text = LONG.replace("0.1,percent", "n.d.,percent")
    path = write_text(tmp_path, "long.csv", text)
    raises_unchanged(path, TableFormatError,
                     re.escape('long.csv: column "value", row 3: "n.d." is not a number'),
                     year=2018)

