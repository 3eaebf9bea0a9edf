"""Reading region x activity tables: layouts, signs, OKED sections, bad input, region sets,
and the real 2022 R&D bulletin (.xls, sheets "6" to "11") read unchanged."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import MatchError, ParameterError, TableFormatError
from kz_innovation_plugin.core.specialisation import (
    match_regions,
    oked_section,
    read_activity_sheets,
    read_activity_table,
    specialisation,
)
from tests.conftest import RD_BULLETIN

DATA = Path(__file__).resolve().parents[2] / "data"
FIELDS = {"natural sciences": "6", "engineering and technology": "7", "medical sciences": "8",
          "agricultural sciences": "9", "social sciences": "10", "humanities": "11"}

WIDE = (
    "Employment by region and OKED section, thousand persons\n"
    "\n"
    "region;A;C;F;Total\n"
    "Республика Казахстан;100;60;40;200\n"
    "Акмолинская область;50;10;-;60\n"
    "Павлодарская область;50;50;х;140\n"
    "1) footnote\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def read_unchanged(path: Path, error, match: str, **kwargs):
    """Reading raises ``error`` and leaves the file, and the folder, as they were."""
    before = path.read_bytes()
    listing = sorted(path.parent.iterdir())
    with pytest.raises(error, match=match):
        read_activity_table(path, **kwargs)
    assert path.read_bytes() == before
    assert sorted(path.parent.iterdir()) == listing  # nothing written


def test_wide_csv_with_title_total_column_and_national_row(tmp_path):
    table = read_activity_table(write(tmp_path, "t.csv", WIDE))
    assert list(table.values.columns) == ["A", "C", "F"]
    assert list(table.values.index) == ["Акмолинская область", "Павлодарская область"]
    assert table.national.to_dict() == {"A": 100.0, "C": 60.0, "F": 40.0}
    assert table.region_totals.to_dict() == {"Акмолинская область": 60.0,
                                             "Павлодарская область": 140.0}
    assert table.sections == {"A": "A", "C": "C", "F": "F"}


def test_dash_is_zero_by_default_and_missing_on_request_x_always_missing(tmp_path):
    path = write(tmp_path, "t.csv", WIDE)
    zero = read_activity_table(path)
    assert zero.values.at["Акмолинская область", "F"] == 0.0
    assert math.isnan(zero.values.at["Павлодарская область", "F"])  # "х": confidential
    missing = read_activity_table(path, dash="missing")
    assert math.isnan(missing.values.at["Акмолинская область", "F"])
    assert math.isnan(missing.values.at["Павлодарская область", "F"])
    with pytest.raises(ParameterError, match='DASH must be "zero"'):
        read_activity_table(path, dash="nil")


def test_long_layout(tmp_path):
    text = ("region,activity,value\n"
            "Kazakhstan,Manufacturing,30\nKazakhstan,Construction,20\n"
            "Pavlodar Region,Manufacturing,20\nPavlodar Region,Construction,5\n"
            "Abai Region,Manufacturing,10\nAbai Region,Construction,15\n")
    table = read_activity_table(write(tmp_path, "long.csv", text), layout="long")
    assert table.values.to_dict() == {"Manufacturing": {"Pavlodar Region": 20.0,
                                                        "Abai Region": 10.0},
                                      "Construction": {"Pavlodar Region": 5.0,
                                                       "Abai Region": 15.0}}
    assert table.national.to_dict() == {"Manufacturing": 30.0, "Construction": 20.0}
    assert table.sections == {"Manufacturing": "C", "Construction": "F"}
    match_regions(table, "2022")
    assert table.unit_ids.to_dict() == {"Pavlodar Region": "pavlodar", "Abai Region": "abai"}


def test_ods_sheet_by_name(tmp_path):
    path = tmp_path / "t.ods"
    rows = [["region", "Өңдеу өнеркәсібі", "Құрылыс"], ["Қазақстан Республикасы", 30, 20],
            ["Павлодар", 20, 5], ["Абай", 10, 15]]
    with pd.ExcelWriter(path, engine="odf") as writer:
        pd.DataFrame([["notes"]]).to_excel(writer, sheet_name="notes", header=False, index=False)
        pd.DataFrame(rows).to_excel(writer, sheet_name="data", header=False, index=False)
    table = read_activity_table(path, sheet="data")
    assert table.sections == {"Өңдеу өнеркәсібі": "C", "Құрылыс": "F"}
    assert table.values.loc["Абай"].tolist() == [10.0, 15.0]


@pytest.mark.parametrize(("label", "letter"), [
    ("C", "C"), ("c - manufacturing", "C"), ("Section C", "C"), ("B. Mining and quarrying", "B"),
    ("Обрабатывающая промышленность", "C"), ("Өңдеу өнеркәсібі", "C"), ("Строительство", "F"),
    ("natural sciences", None), ("Абай", None), ("X", None)])
def test_oked_sections_by_letter_or_name(label, letter):
    assert oked_section(label) == letter


def test_negative_value_is_refused(tmp_path):
    path = write(tmp_path, "t.csv", WIDE.replace(";50;10;-;60", ";50;-10;-;40"))
    read_unchanged(path, TableFormatError, re.escape(
        '"Акмолинская область" has a negative value in "C" (-10)'))


def test_activities_that_do_not_sum_to_the_total_are_refused(tmp_path):
    path = write(tmp_path, "t.csv", WIDE.replace(";50;10;-;60", ";50;10;-;70"))
    read_unchanged(path, TableFormatError, re.escape(
        'the activities of "Акмолинская область" sum to 60, but its total is 70'))


def test_regions_that_do_not_sum_to_the_national_row_are_refused(tmp_path):
    path = write(tmp_path, "t.csv", WIDE.replace("Казахстан;100;", "Казахстан;90;"))
    read_unchanged(path, TableFormatError, re.escape(
        'the regions sum to 100 in "A", but the national total row says 90'))


def test_no_national_row_where_one_is_needed(tmp_path):
    path = write(tmp_path, "t.csv", WIDE.replace("Республика Казахстан;100;60;40;200\n", ""))
    table = read_activity_table(path)  # "х" in Pavlodar: totals cannot be summed
    with pytest.raises(TableFormatError, match="has no national total row, and some cells"):
        specialisation(table)


def test_regions_of_another_boundary_set_are_refused(tmp_path):
    text = ("region,A,C\nАкмолинская,1,2\nЮжно-Казахстанская,3,4\nВосточно-Казахстанская,5,6\n")
    table = read_activity_table(write(tmp_path, "t.csv", text))
    with pytest.raises(MatchError, match=r"not the 2022 boundary set: Южно-Казахстанская did "
                                         r"not exist in it\. They form the boundary set of 2017"):
        match_regions(table, "2022")


def test_unknown_region_is_named(tmp_path):
    table = read_activity_table(write(tmp_path, "t.csv", "region,A\nАтлантида,1\nАбай,2\n"))
    with pytest.raises(MatchError, match="region\\(s\\) not recognised: Атлантида"):
        match_regions(table, "2022")


# ------------------------------------------------------------------ the 2022 R&D bulletin

@pytest.fixture(scope="module")
def bulletin():
    before = RD_BULLETIN.read_bytes()
    table = read_activity_sheets(RD_BULLETIN, FIELDS)
    assert RD_BULLETIN.read_bytes() == before
    return match_regions(table, "2022")


def test_bulletin_regions_match_the_2022_set(bulletin):
    assert len(bulletin.values) == 20
    assert bulletin.unit_ids["Алматы"] == "almaty_region"  # the oblast, bare name
    assert bulletin.unit_ids["Алматы қаласы"] == "almaty_city"
    assert bulletin.unit_ids["Шығыс Қазақстан"] == "east_kazakhstan"  # double space in sheet
    assert {"abai", "jetisu", "ulytau"} <= set(bulletin.unit_ids.to_numpy())


def test_bulletin_is_not_the_2018_set(bulletin):
    with pytest.raises(MatchError, match="not the 2018 boundary set"):
        match_regions(read_activity_sheets(RD_BULLETIN, FIELDS), "2018")


def test_bulletin_values_as_published_x_missing(bulletin):
    values = bulletin.values
    assert values.at["Алматы қаласы", "natural sciences"] == 25031091.7
    assert values.at["Абай", "engineering and technology"] == 3350717.7
    assert math.isnan(values.at["Түркістан", "natural sciences"])  # "x" in sheet 6
    assert math.isnan(values.at["Қызылорда", "engineering and technology"])  # "x" in sheet 7
    assert int(values.isna().sum().sum()) == 3
    # sheet "8" lists 6 regions; the others have no medical R&D (its rows sum to the total)
    assert values.at["Ақмола", "medical sciences"] == 0.0
    assert bulletin.national["medical sciences"] == 7929263.1
    assert values["medical sciences"].sum() == pytest.approx(7929263.1)


def test_bulletin_measures(bulletin):
    result = specialisation(bulletin)
    grand = 36029961.9 + 48881247.1 + 7929263.1 + 14868081.7 + 4584503.1 + 9267038.8
    akmola = bulletin.values.loc["Ақмола"]
    expected = (1500095.8 / akmola.sum()) / (14868081.7 / grand)
    assert result.lq.at["Ақмола", "agricultural sciences"] == pytest.approx(expected)
    assert result.regions.at["Ақмола", "dominant"] == "agricultural sciences"
    assert result.regions.at["Маңғыстау", "dominant"] == "engineering and technology"
    assert result.regions.at["Түркістан", "missing_activities"] == 2
    assert result.regions["hhi"].between(1 / 6, 1).all()
    assert np.isfinite(result.activities["locational_gini"]).all()
