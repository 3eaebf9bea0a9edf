"""Tools chain: fields a job adds again are replaced (names compared ignoring case), and the
job's notes say which.  Issue 11, finding 8 (hot spots on a LISA layer failed with "columns
overlap but no suffix specified: NNeighbors")."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from kz_innovation_plugin.core.added_fields import (
    REPLACED_NOTE,
    add_fields,
    clashing_fields,
    replaced_notes,
    without_fields,
)
from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.jobs.full import FullJob
from kz_innovation_plugin.core.jobs.full import run as run_full
from kz_innovation_plugin.core.jobs.index import IndexJob, index_layer
from kz_innovation_plugin.core.jobs.join import JoinJob, join_layer
from kz_innovation_plugin.core.jobs.join import run as run_join
from kz_innovation_plugin.core.jobs.spatial import SpatialJob, run_hotspots, run_lisa
from tests.conftest import DEMO_TABLE

FAST = SpatialJob(permutations=99)


def casefolded(frame: pd.DataFrame) -> list[str]:
    return [str(c).casefold() for c in frame.columns]


def assert_unique_fields(frame: pd.DataFrame) -> None:
    names = casefolded(frame)
    assert len(names) == len(set(names)), f"fields twice: {list(frame.columns)}"


def assert_writes(frame: gpd.GeoDataFrame, path) -> None:
    """The frame is a valid GeoPackage layer (GeoPackage refuses names equal but for case)."""
    pyogrio.write_dataframe(frame, path, layer="out", driver="GPKG")
    assert len(pyogrio.read_dataframe(path)) == len(frame)


@pytest.fixture(scope="module")
def joined():
    outcome = run_join(JoinJob(table=str(DEMO_TABLE), year=2018))
    national = outcome.national()
    return outcome.result.joined, national


@pytest.fixture(scope="module")
def indexed(joined):
    layer, national = joined
    options = IndexOptions(uncertainty=UncertaintySettings(runs=30))
    return index_layer(layer, IndexJob(options), national=national).layer


# the rule itself


def small_layer(**columns) -> gpd.GeoDataFrame:
    boxes = [shapely.box(i, 0, i + 1, 1) for i in range(3)]
    return gpd.GeoDataFrame({**columns}, geometry=boxes, crs="EPSG:3857")


def test_clashing_fields_ignore_case_and_keep_the_input_spelling():
    columns = ["unit_id", "nneighbors", "LISA_I", "Gi_Bin", "geometry"]
    assert clashing_fields(columns, ["NNeighbors", "lisa_i", "other"]) == ["nneighbors",
                                                                          "LISA_I"]
    assert clashing_fields(columns, ["UNIT_ID"], keep=["unit_id"]) == []


def test_add_fields_replaces_old_fields_and_keeps_geometry_last():
    layer = small_layer(name=["a", "b", "c"], score=[1, 2, 3], NNEIGHBORS=[9, 9, 9])
    new = pd.DataFrame({"nneighbors": [1, 2, 1], "Score": [0.5, 0.6, 0.7]}, index=layer.index)
    result, replaced = add_fields(layer, new)
    assert replaced == ["score", "NNEIGHBORS"]
    assert list(result.columns) == ["name", "nneighbors", "Score", "geometry"]
    assert result["Score"].tolist() == [0.5, 0.6, 0.7]
    assert isinstance(result, gpd.GeoDataFrame) and result.geometry.name == "geometry"
    assert list(layer.columns) == ["name", "score", "NNEIGHBORS", "geometry"]  # input untouched


def test_nothing_replaced_gives_no_note_and_the_same_layer():
    layer = small_layer(name=["a", "b", "c"])
    same, replaced = without_fields(layer, ["other"])
    assert same is layer and replaced == [] and replaced_notes(replaced) == []


def test_geometry_and_kept_fields_are_never_dropped():
    layer = small_layer(unit_id=["1", "2", "3"])
    kept, replaced = without_fields(layer, ["GEOMETRY", "Unit_ID"], keep=["unit_id"])
    assert replaced == [] and list(kept.columns) == ["unit_id", "geometry"]


def test_the_note_names_each_replaced_field_once():
    assert replaced_notes(["LISA_I", "NNeighbors", "LISA_I"]) == [
        REPLACED_NOTE.format(fields="LISA_I, NNeighbors")]
    assert replaced_notes([]) == []


# each job that adds fields


def test_hotspots_on_a_lisa_output_replace_nneighbors(joined, tmp_path):
    layer, _ = joined
    lisa = run_lisa(layer, "research", FAST)
    spots = run_hotspots(lisa.frame, "research", FAST)
    assert_unique_fields(spots.frame)
    assert {"LISA_I", "LISA_CL", "GiZScore", "Gi_Bin", "NNeighbors"} <= set(spots.frame.columns)
    assert REPLACED_NOTE.format(fields="NNeighbors") in spots.notes
    assert spots.frame.columns[-1] == spots.frame.geometry.name
    assert_writes(spots.frame, tmp_path / "spots.gpkg")


def test_lisa_on_a_lisa_output_replaces_all_its_fields(joined):
    layer, _ = joined
    first = run_lisa(layer, "research", FAST)
    second = run_lisa(first.frame, "grp_pc", FAST)
    assert list(second.frame.columns) == list(first.frame.columns)
    added = [c for c in first.frame.columns if c not in layer.columns]
    assert second.notes[-1] == REPLACED_NOTE.format(fields=", ".join(added))
    fresh = run_lisa(layer, "grp_pc", FAST).frame
    pd.testing.assert_frame_equal(second.frame, fresh)


def test_lower_case_fields_of_another_tool_are_replaced(joined, tmp_path):
    """A field written by another program in other case is the same field for GeoPackage."""
    layer, _ = joined
    renamed = layer.assign(nneighbors=0, gi_bin=0)
    spots = run_hotspots(renamed, "research", FAST)
    assert "nneighbors" not in spots.frame.columns and "gi_bin" not in spots.frame.columns
    assert REPLACED_NOTE.format(fields="nneighbors, gi_bin") in spots.notes
    assert_writes(spots.frame, tmp_path / "spots.gpkg")


def test_the_index_on_an_index_output_replaces_its_fields(indexed, tmp_path):
    options = IndexOptions(uncertainty=UncertaintySettings(runs=30))
    again = index_layer(indexed, IndexJob(options))
    assert list(again.layer.columns) == list(indexed.columns)
    assert any(note.startswith("Replaced fields already in the input: ")
               and "innov_idx" in note for note in again.result.notes)
    pd.testing.assert_series_equal(again.layer["innov_idx"], indexed["innov_idx"])
    assert_writes(again.layer, tmp_path / "index.gpkg")


def test_a_join_on_a_joined_layer_replaces_the_indicators(joined):
    layer, _ = joined
    job = JoinJob(table=str(DEMO_TABLE), year=2019)
    again = join_layer(layer, job)
    result = again.result
    assert list(result.joined.columns) == list(layer.columns)
    assert set(result.field_map.values()) <= set(layer.columns)  # not rd_exp_1 ...
    assert not [c for c in result.joined.columns if str(c).endswith("_1")]
    note = next(w for w in result.warnings if w.startswith("Replaced fields"))
    assert "rd_exp" in note and "join_kind" in note and "table_row" in note
    fresh = join_layer(layer[["unit_id", "name_en", "name_ru", "geometry"]], job).result
    pd.testing.assert_series_equal(result.joined["rd_exp"], fresh.joined["rd_exp"])


def test_full_analysis_on_a_layer_of_an_earlier_full_analysis(joined):
    """The regions layer of a full run (index, LISA and Gi* fields) analysed again."""
    layer, _ = joined
    job = FullJob(join=None, index=IndexOptions(uncertainty=UncertaintySettings(runs=30)),
                  spatial=FAST)
    first = run_full(job, layer)
    second = run_full(job, first.regions)
    assert list(second.regions.columns) == list(first.regions.columns)
    assert_unique_fields(second.regions)
    assert any("LISA_I" in note and note.startswith("Replaced") for note in second.notes)
    pd.testing.assert_series_equal(second.regions["innov_idx"], first.regions["innov_idx"])


# the full analysis without a table (issue 11, finding 9)


def test_full_analysis_without_a_table_equals_the_joined_run(joined):
    layer, _ = joined
    options = IndexOptions(uncertainty=UncertaintySettings(runs=30))
    with_table = run_full(FullJob(join=JoinJob(table=str(DEMO_TABLE), year=2018),
                                  index=options, spatial=FAST))
    without = run_full(FullJob(join=None, index=options, spatial=FAST, layer_label="mine"),
                       layer)
    for field in ("innov_idx", "innov_rank", "innov_lvl", "LISA_CL", "Gi_Bin"):
        assert without.regions[field].tolist() == with_table.regions[field].tolist(), field
    assert sorted(without.cores.cores["unit_id"]) == sorted(with_table.cores.cores["unit_id"])
    assert "match_report" not in without.layers()
    assert without.provenance["sources"] == ["Regions with their indicators: mine"]


def test_a_grid_without_region_codes_or_names(joined, tmp_path):
    layer, _ = joined
    indicators = ["rd_exp", "research", "dig_lit", "internet", "grp_pc", "manuf_va",
                  "manuf_prod"]
    grid = layer[[c for c in indicators if c in layer.columns] + ["geometry"]].copy()
    grid.index = pd.RangeIndex(100, 100 + len(grid), name="fid")
    job = FullJob(join=None, index=IndexOptions(uncertainty=UncertaintySettings(runs=30)),
                  spatial=FAST, layer_label="grid")
    outcome = run_full(job, grid)
    assert outcome.regions["innov_idx"].notna().all()
    assert "Top regions: 1. " in outcome.summary()
    geopackage, report = outcome.write(tmp_path / "grid.gpkg", tmp_path / "grid.html")
    assert geopackage.exists() and report.exists()


def test_no_indicator_fields_and_no_table_say_what_to_do(joined):
    layer, _ = joined
    bare = layer[["unit_id", "name_en", "geometry"]].assign(RD_EXP=1.0)
    with pytest.raises(ParameterError) as error:
        run_full(FullJob(join=None), bare)
    message = str(error.value)
    assert "none of the catalogue's fields (rd_exp, research" in message
    assert "its fields are: unit_id, name_en, RD_EXP" in message
    assert "rename RD_EXP (for rd_exp)" in message
    assert "Give the indicator table" in message and "Join indicator table to regions" in message


def test_no_table_and_no_layer_is_an_error():
    with pytest.raises(ParameterError, match="neither an indicator table nor a layer"):
        run_full(FullJob(join=None))
