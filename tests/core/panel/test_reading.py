"""Reading a long table of several years into a panel (core/panel/reading.py and the
multi-year reader of core/tables)."""

from __future__ import annotations

import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import MatchError, TableFormatError
from kz_innovation_plugin.core.panel import PANEL_COLUMNS, read_panel
from kz_innovation_plugin.core.tables import read_indicator_years
from tests.conftest import DEMO_TABLE, ROOT
from tests.core.panel.toy import toy_frame, toy_panel

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"


def test_the_multi_year_reader_gives_one_table_per_year():
    tables = read_indicator_years(EXTRACT)
    assert [table.year for table in tables] == [2021, 2022, 2023]
    # GRP per capita ends in 2022 (the shared data's README)
    assert "grp_per_capita" in tables[1].indicator_columns
    assert "grp_per_capita" not in tables[2].indicator_columns
    assert all(len(table.national) == 1 for table in tables)


def test_the_multi_year_reader_refuses_a_table_without_years():
    frame = pd.DataFrame({"region": ["Abai Region"], "toy_rate": [1.0]})
    with pytest.raises(TableFormatError, match="long layout"):
        read_indicator_years(frame, name="toy layer")


def test_the_shared_extract_reads_into_a_long_panel():
    panel = read_panel(EXTRACT)
    assert list(panel.data.columns) == list(PANEL_COLUMNS)
    assert panel.years == [2021, 2022, 2023]
    assert set(panel.indicators) == {
        "rd_expenditure_pct_grp", "manufacturing_va_pct_grp", "grp_per_capita"}
    data = panel.data
    # R&D on 20 regions each year, manufacturing on 16 (no Turkistan), GRP 17 then 20
    counts = data.groupby(["year", "indicator"]).size().to_dict()
    assert counts[(2021, "rd_expenditure_pct_grp")] == 20
    assert counts[(2022, "manufacturing_va_pct_grp")] == 16
    assert counts[(2021, "grp_per_capita")] == 17
    assert counts[(2022, "grp_per_capita")] == 20
    assert data["unit_id"].notna().all() and data["value"].notna().all()
    # values as published: Abai 2022 R&D 0.17 % of GRP, Ulytau GRP per capita 7278.4
    abai = data[(data["unit_id"] == "abai") & (data["year"] == 2022)]
    assert dict(zip(abai["indicator"], abai["value"])) == {
        "rd_expenditure_pct_grp": 0.17, "grp_per_capita": 3901.1}
    assert set(panel.national["region"]) == {"Республика Казахстан"}
    assert len(panel.national) == 8  # 3 indicators x 3 years, no GRP per capita in 2023
    assert panel.units["grp_per_capita"] == "thousand tenge per person"


def test_a_frame_reads_like_a_file():
    panel = toy_panel([(2022, "Abai Region", "toy_count", 5.0),
                       (2022, "East Kazakhstan Region", "toy_count", 10.0)])
    assert panel.data[["unit_id", "value"]].values.tolist() == [
        ["abai", 5.0], ["east_kazakhstan", 10.0]]
    assert panel.source == "toy table"


def test_the_iso_code_shared_by_two_units_follows_the_year():
    """KZ-YUZ is South Kazakhstan Region until 2017 and Turkistan Region afterwards."""
    panel = toy_panel([(2017, "KZ-YUZ", "toy_count", 1.0), (2019, "KZ-YUZ", "toy_count", 2.0)])
    assert dict(zip(panel.data["year"], panel.data["unit_id"])) == {
        2017: "south_kazakhstan", 2019: "turkistan"}


def test_an_unknown_region_is_named_with_its_row_and_a_suggestion():
    frame = toy_frame([(2021, "Abai Region", "toy_count", 1.0),
                       (2021, "Ulytau Regoin", "toy_count", 2.0)])
    with pytest.raises(MatchError) as caught:
        read_panel(frame, name="toy layer")
    message = str(caught.value)
    assert '"Ulytau Regoin" (2021, first in row 3; did you mean Ulytau Region?)' in message
    assert "Correct the names" in message


def test_two_labels_of_one_region_in_one_year_are_refused():
    frame = toy_frame([(2021, "Abai Region", "toy_count", 1.0),
                       (2021, "Абай", "toy_count", 2.0)])
    with pytest.raises(MatchError, match=r'"Abai Region" \(row 2\) and "Абай" \(row 3\) name '
                                         r"the same region \(abai\)"):
        read_panel(frame)


def test_the_bundled_demo_table_reads_on_its_seventeen_regions():
    panel = read_panel(DEMO_TABLE)
    assert panel.years == [2018, 2019]
    per_group = panel.data.groupby(["year", "indicator"]).size()
    assert per_group.max() == 17 and per_group.min() == 16  # the 2018 gap, as published
