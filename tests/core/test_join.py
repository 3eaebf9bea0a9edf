"""The join: every match kind, every refusal, nothing dropped silently."""

from __future__ import annotations

import re

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import (
    LayerError,
    MatchError,
    ParameterError,
    TableFormatError,
)
from kz_innovation_plugin.core.join import JoinOptions, join_indicators, layer_boundary_set
from kz_innovation_plugin.core.regions import Gazetteer
from kz_innovation_plugin.core.tables import SOURCE_ROW, IndicatorTable, read_indicator_table
from tests.conftest import DEMO_TABLE, INNOVATION_BULLETIN


def make_table(keys, values=None, key_column="region", national=None) -> IndicatorTable:
    """A wide IndicatorTable as the reader returns it."""
    values = values if values is not None else list(range(1, len(keys) + 1))
    data = pd.DataFrame(
        {key_column: keys, "score": np.asarray(values, dtype="float64"),
         SOURCE_ROW: range(2, len(keys) + 2)}
    )
    national_frame = data.iloc[0:0].copy()
    if national is not None:
        national_frame = pd.DataFrame(
            {key_column: [national], "score": [0.0], SOURCE_ROW: [len(keys) + 2]}
        )
    return IndicatorTable(
        data=data, key_columns=[key_column], indicator_columns=["score"], national=national_frame,
        layout="wide", year=None, source="test.csv", units={}, notes=[],
    )


@pytest.fixture(scope="module")
def regions_2018():
    return load_bundled_regions("2018")


@pytest.fixture(scope="module")
def regions_2022():
    return load_bundled_regions("2022")


def by_unit(result, field):
    return dict(zip(result.joined["unit_id"], result.joined[field]))


def test_bundled_2018_table_matches_all_17_regions(regions_2018, unchanged):
    unchanged.watch(DEMO_TABLE)
    before = regions_2018.copy()
    table = read_indicator_table(DEMO_TABLE, year=2018)
    result = join_indicators(regions_2018, table)
    assert result.matched_count == 17
    assert result.unmatched_row_count == 0
    assert result.boundary_set == "2018"
    assert set(result.joined["join_kind"]) <= {"code", "name", "alias"}
    assert (result.report["match_kind"] == "national").sum() == 1
    assert len(result.report) == 17 + 1 + 17
    literacy = by_unit(result, result.field_map["digital_literacy_pct"])
    assert literacy["almaty_city"] == pytest.approx(87.2)
    manufacturing = result.joined[result.field_map["manufacturing_va_pct_grp"]]
    assert manufacturing.isna().sum() == 1  # the published gap stays a gap
    added = [*result.field_map.values(), "join_kind", "table_row"]
    assert all(len(name) <= 10 for name in added)
    pd.testing.assert_frame_equal(regions_2018, before)  # the input is not modified


def test_codes_are_preferred_and_reported_as_code(regions_2022):
    codes = regions_2022["iso_code"].tolist()
    table = make_table(codes, key_column="code")
    table.data["name"] = regions_2022["name_en"].tolist()
    table.key_columns = ["name", "code"]
    result = join_indicators(regions_2022, table)
    assert result.table_key == "code"
    assert result.layer_key == "iso_code"
    assert set(result.joined["join_kind"]) == {"code"}


def test_old_letter_codes_match_too(regions_2018):
    old = regions_2018["iso_code_old"].tolist()
    result = join_indicators(regions_2018, make_table(old, key_column="code"))
    assert result.matched_count == 17
    assert set(result.joined["join_kind"]) == {"code"}


def test_aliases_match_as_alias(regions_2018):
    table = make_table(["ВКО", "СКО", "ЗКО", "г. Алматы"], values=[1, 2, 3, 4])
    result = join_indicators(regions_2018, table)
    kinds = by_unit(result, "join_kind")
    assert kinds["east_kazakhstan"] == "alias"
    assert kinds["north_kazakhstan"] == "alias"
    assert kinds["west_kazakhstan"] == "alias"
    scores = by_unit(result, "score")
    assert scores["almaty_city"] == 4
    assert result.matched_count == 4
    unmatched_layer = result.report[(result.report["side"] == "layer")
                                    & (result.report["match_kind"] == "unmatched")]
    assert len(unmatched_layer) == 13  # every feature is in the report


def test_typo_is_suggested_not_guessed(regions_2018):
    table = make_table(["Карагандинская облась", "Павлодарская"])
    result = join_indicators(regions_2018, table)
    assert result.matched_count == 1
    row = result.report[(result.report["side"] == "table")
                        & (result.report["match_kind"] == "unmatched")].iloc[0]
    assert "did you mean" in row["message"]
    assert row["suggestion"] is not None
    assert any("Карагандинская облась" in warning for warning in result.warnings)


def test_typo_is_accepted_above_the_users_threshold(regions_2018):
    table = make_table(["Карагандинская облась", "Павлодарская"])
    result = join_indicators(regions_2018, table, JoinOptions(fuzzy_threshold=0.8))
    kinds = by_unit(result, "join_kind")
    assert kinds["karaganda"] == "fuzzy"
    fuzzy = result.report[(result.report["match_kind"] == "fuzzy")
                          & (result.report["side"] == "table")]
    assert 0.8 <= fuzzy["score"].iloc[0] < 1


def test_fuzzy_threshold_out_of_range_is_refused():
    with pytest.raises(ParameterError, match="between 0.5 and 1"):
        JoinOptions(fuzzy_threshold=0.2)


def test_two_table_rows_for_one_region_is_an_error(regions_2018):
    table = make_table(["г.Алматы", "Павлодарская", "Алматы қ."])
    with pytest.raises(MatchError, match=r"row 2 \('г.Алматы'\) and row 4 \('Алматы қ.'\)"):
        join_indicators(regions_2018, table)


def test_innovation_bulletin_joins_on_the_2022_set(regions_2022, unchanged):
    """Sheet "1" of the 2022 innovation bulletin, read unchanged: its two-row header, the
    bare "Алматы" (the oblast) beside "Алматы қаласы" (the city), all 20 regions."""
    unchanged.watch(INNOVATION_BULLETIN)
    table = read_indicator_table(INNOVATION_BULLETIN, sheet="1", year=2022)
    result = join_indicators(regions_2022, table)
    assert result.matched_count == 20 and result.boundary_set == "2022"
    field = result.field_map["Одан инновациялары бары"]
    active = by_unit(result, field)
    # the bulletin's figures: Алматы 67, Алматы қаласы 1031, Ұлытау 15, Абай 48
    assert (active["almaty_region"], active["almaty_city"]) == (67.0, 1031.0)
    assert (active["ulytau"], active["abai"]) == (15.0, 48.0)
    level = by_unit(result, result.field_map["Инновация саласындағы белсенділік деңгейі, %-бен"])
    assert level["karaganda"] == 15.1


def test_duplicated_features_are_an_error(regions_2018):
    doubled = pd.concat([regions_2018, regions_2018.iloc[[0]]], ignore_index=True)
    with pytest.raises(MatchError, match="repeats that region"):
        join_indicators(doubled, make_table(regions_2018["name_ru"].tolist()))


def test_2017_table_against_2022_layer_names_the_fitting_set(regions_2022):
    units_2017 = load_bundled_regions("2017")
    table = make_table(units_2017["name_ru"].tolist())
    with pytest.raises(MatchError, match="bundled 2017 boundary set") as error:
        join_indicators(regions_2022, table)
    assert "South Kazakhstan" in str(error.value)


def test_2018_table_against_2022_layer_is_explained(regions_2022):
    table = read_indicator_table(DEMO_TABLE, year=2018)
    with pytest.raises(MatchError, match="bundled 2018 boundary set") as error:
        join_indicators(regions_2022, table)
    assert "Abai" in str(error.value)


def test_layer_without_polygons_is_refused():
    points = gpd.GeoDataFrame(
        {"name": ["г.Алматы"]}, geometry=[shapely.Point(76.9, 43.2)], crs="EPSG:4326"
    )
    with pytest.raises(LayerError, match="no polygons.*Point"):
        join_indicators(points, make_table(["г.Алматы"]))


def test_empty_layer_is_refused(regions_2018):
    with pytest.raises(LayerError, match="no features"):
        join_indicators(regions_2018.iloc[0:0], make_table(["г.Алматы"]))


def test_invalid_geometry_is_reported_and_kept(regions_2018):
    broken = regions_2018.copy()
    bowtie = shapely.Polygon([(70, 45), (71, 46), (71, 45), (70, 46), (70, 45)])
    broken.loc[broken.index[0], "geometry"] = bowtie
    result = join_indicators(broken, make_table(regions_2018["name_ru"].tolist()))
    assert result.matched_count == 17
    assert any("invalid geometry" in warning and "Fix geometries" in warning
               for warning in result.warnings)
    assert not result.joined.geometry.iloc[0].is_valid  # kept as it was, not silently fixed


def test_projected_layer_joins_and_keeps_its_crs(regions_2018):
    projected = regions_2018.to_crs("EPSG:32642")
    result = join_indicators(projected, make_table(regions_2018["name_ru"].tolist()))
    assert result.matched_count == 17
    assert result.joined.crs == projected.crs


def test_layer_of_another_country_joins_by_name():
    layer = gpd.GeoDataFrame(
        {"NAME_1": ["Bishkek", "Chüy", "Osh"]},
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(2, 0, 3, 1)],
        crs="EPSG:4326",
    )
    table = make_table(["bishkek", "CHUY", "Osh "], values=[3, 2, 1])
    result = join_indicators(layer, table)
    assert result.matched_count == 3
    assert result.joined["score"].tolist() == [3, 2, 1]
    assert result.boundary_set is None


def test_unknown_key_field_lists_the_fields(regions_2018):
    with pytest.raises(ParameterError, match="no field 'NAME'.*name_ru"):
        join_indicators(regions_2018, make_table(["г.Алматы"]), JoinOptions(layer_key="NAME"))


def test_nothing_in_common_is_an_error(regions_2018):
    with pytest.raises(MatchError, match="share no region code or name"):
        join_indicators(regions_2018, make_table(["Bishkek", "Osh"]))


def test_national_row_is_reported_not_joined(regions_2018):
    table = make_table(["Павлодарская"], national="Республика Казахстан")
    result = join_indicators(regions_2018, table)
    national = result.report[result.report["match_kind"] == "national"]
    assert len(national) == 1 and national["feature_id"].isna().all()


def test_codes_of_another_country_match_exactly_and_do_not_collide():
    layer = gpd.GeoDataFrame(
        {"KATO": ["KG-01", "KG-02", "KG-03"], "NAME": ["Bishkek", "Chüy", "Osh"]},
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(2, 0, 3, 1)],
        crs="EPSG:4326",
    )
    table = make_table(["kg 02", "KG-01", "KG03"], values=[2, 1, 3], key_column="code")
    result = join_indicators(layer, table)
    assert result.layer_key == "KATO"
    assert result.joined["score"].tolist() == [1, 2, 3]
    assert set(result.joined["join_kind"]) == {"code"}


@pytest.mark.parametrize("table_key", ["Region", "REGION", " region ", "region"])
def test_table_key_is_found_ignoring_case_as_the_reader_finds_it(regions_2018, tmp_path,
                                                                  table_key):
    path = tmp_path / "table.csv"
    path.write_text("region,score\nг.Алматы,1\nПавлодарская,2\n", encoding="utf-8")
    table = read_indicator_table(path, key_column=table_key)  # the reader accepts it ...
    result = join_indicators(regions_2018, table, JoinOptions(table_key=table_key))  # ... so does
    assert result.table_key == "region"
    assert result.matched_count == 2
    assert by_unit(result, "score")["pavlodar"] == 2


def test_unknown_table_key_lists_the_columns_like_the_reader(regions_2018):
    with pytest.raises(
        TableFormatError,
        match=re.escape('test.csv: there is no column "oblast". The columns are: "region", '
                        '"score". Set TABLE_KEY to one of these.'),
    ):
        join_indicators(regions_2018, make_table(["г.Алматы"]), JoinOptions(table_key="oblast"))


def _polygons(count: int) -> list:
    return [shapely.box(i, 0, i + 1, 1) for i in range(count)]


def _layer_without_geometry():
    return gpd.GeoDataFrame({"name": ["г.Алматы", "Павлодарская"]})


def _plain_frame():
    return pd.DataFrame({"name": ["г.Алматы", "Павлодарская"]})


def _mixed_layer():
    return gpd.GeoDataFrame({"name": ["г.Алматы", "Павлодарская"]},
                            geometry=[shapely.box(0, 0, 1, 1), shapely.Point(3, 3)],
                            crs="EPSG:4326")


def _numbers_only_layer():
    return gpd.GeoDataFrame({"id": [1, 2], "area": [1.5, 2.5]}, geometry=_polygons(2),
                            crs="EPSG:4326")


def _regions():
    return load_bundled_regions("2018")


def _table_without_keys():
    table = make_table(["г.Алматы", "Павлодарская"])
    table.key_columns = []
    return table


# (layer, table, error, message): each refusal of the join, from the smallest input reaching it
JOIN_ERRORS = {
    "a table, not a layer": (
        _plain_frame, lambda: make_table(["г.Алматы"]), LayerError,
        "The input has no geometry: choose a polygon layer of regions.",
    ),
    "a layer without a geometry column": (
        _layer_without_geometry, lambda: make_table(["г.Алматы"]), LayerError,
        "The input has no geometry: choose a polygon layer of regions.",
    ),
    "polygons and points": (
        _mixed_layer, lambda: make_table(["г.Алматы"]), LayerError,
        "The input layer mixes polygons with Point: keep only the region polygons (for example "
        "with 'Extract by expression' on $geometry type).",
    ),
    "no text field": (
        _numbers_only_layer, lambda: make_table(["г.Алматы"]), LayerError,
        "The layer has no text field with region codes or names: add one, or name the key "
        "field.",
    ),
    # the reader never returns a table without key columns; a table built by hand can be one
    "no key column in the table": (
        _regions, _table_without_keys, MatchError,
        "The table has no column with region codes or names to match on.",
    ),
}


@pytest.mark.parametrize("name", list(JOIN_ERRORS))
def test_join_refusals_are_explained_and_leave_the_inputs(name):
    make_layer, make, error, message = JOIN_ERRORS[name]
    layer, table = make_layer(), make()
    layer_before, table_before = layer.copy(), table.data.copy()
    with pytest.raises(error, match=re.escape(message)):
        join_indicators(layer, table)
    pd.testing.assert_frame_equal(layer, layer_before)
    pd.testing.assert_frame_equal(table.data, table_before)


def test_the_layer_set_is_the_closest_and_a_tie_goes_to_the_newer_set():
    """The join recognises the layer's set by :meth:`Gazetteer.closest_sets`, as the panel
    and the specialisation table do: of two sets lacking as many units, the newer."""
    layer = gpd.GeoDataFrame({"name": ["Akmola Region", "Pavlodar Region"]},
                             geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
                             crs="EPSG:4326")
    bundled = Gazetteer.load()
    assert layer_boundary_set(layer, bundled) == "2017"  # lacks 15 of 2017's units
    # a gazetteer in which sets 2017 and 2018 have as many units (Shymkent in all three)
    units = bundled.units.copy()
    units.loc["shymkent", "sets"] = "2017|2018|2022"
    assert layer_boundary_set(layer, Gazetteer(units)) == "2018"
