"""Bad inputs to the whole join job: a clear message, inputs untouched, no output at all."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import openpyxl
import pandas as pd
import pyogrio
import pytest
import shapely

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import (
    InputFileError,
    KzInnovationError,
    LayerError,
    MatchError,
    TableFormatError,
)
from kz_innovation_plugin.core.jobs import join as join_jobs
from kz_innovation_plugin.core.jobs.join import JoinJob

REGIONS = ["Акмолинская", "Актюбинская", "г.Алматы", "Павлодарская"]


def run_join(job, output):
    """The join job, written to ``output`` as the command line writes it."""
    outcome = join_jobs.run(job)
    outcome.write(output)
    return outcome


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def regions_file(folder: Path, crs: str | None = None, broken: bool = False) -> Path:
    regions = load_bundled_regions("2018")
    if crs:
        regions = regions.to_crs(crs)
    if broken:
        bowtie = shapely.Polygon([(70, 45), (71, 46), (71, 45), (70, 46), (70, 45)])
        regions.loc[regions.index[0], "geometry"] = bowtie
    path = folder / "regions.gpkg"
    regions.to_file(path, layer="regions", engine="pyogrio")
    return path


def good_table(folder: Path) -> Path:
    rows = "\n".join(f"{name},{value}" for value, name in enumerate(REGIONS, start=1))
    return write_csv(folder / "table.csv", "region,score\n" + rows + "\n")


def case_missing_table(folder):
    return folder / "no_such_table.csv", regions_file(folder), {}


def case_empty_table(folder):
    return write_csv(folder / "empty.csv", ""), regions_file(folder), {}


def case_wrong_sheet(folder):
    path = folder / "table.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Data"
    workbook.active.append(["region", "score"])
    workbook.active.append(["Павлодарская", 1])
    workbook.save(path)
    return path, regions_file(folder), {"sheet": "Лист1"}


def case_no_key_column(folder):
    return write_csv(folder / "numbers.csv", "a,b\n1,2\n3,4\n"), regions_file(folder), {}


def case_duplicate_regions(folder):
    text = "region,score\nг.Алматы,1\nПавлодарская,2\nАлматы қ.,3\n"
    return write_csv(folder / "table.csv", text), regions_file(folder), {}


def case_non_numeric_column(folder):
    text = "region,score\nг.Алматы,1\nПавлодарская,около 80\n"
    return write_csv(folder / "table.csv", text), regions_file(folder), {}


def case_points_layer(folder):
    points = gpd.GeoDataFrame(
        {"name": REGIONS}, geometry=[shapely.Point(70 + i, 45) for i in range(4)],
        crs="EPSG:4326",
    )
    path = folder / "points.gpkg"
    points.to_file(path, engine="pyogrio")
    return good_table(folder), path, {}


def case_attribute_table_as_layer(folder):
    path = folder / "attributes.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"name": REGIONS}), path)  # a table, no geometry
    return good_table(folder), path, {}


def case_mixed_layer(folder):
    regions = load_bundled_regions("2018").iloc[:3].copy()
    regions.loc[regions.index[2], "geometry"] = shapely.Point(70, 45)
    path = folder / "mixed.gpkg"
    regions.to_file(path, engine="pyogrio")
    return good_table(folder), path, {}


def case_layer_without_text_fields(folder):
    regions = load_bundled_regions("2018")[["geometry"]].assign(population=1.0)
    path = folder / "numbers.gpkg"
    regions.to_file(path, engine="pyogrio")
    return good_table(folder), path, {}


def case_national_total_only(folder):
    text = "region,score\nРеспублика Казахстан,1\n"
    return write_csv(folder / "table.csv", text), regions_file(folder), {}


def case_undetectable_encoding(folder):
    path = folder / "table.csv"
    path.write_bytes(b"region,score\n\x98\xff,1\n")
    return path, regions_file(folder), {}


def case_missing_layer(folder):
    return good_table(folder), folder / "no_such_layer.gpkg", {}


def case_wrong_layer_name(folder):
    return good_table(folder), regions_file(folder), {"layer_name": "provinces"}


BAD_INPUTS = {
    "missing table": (case_missing_table, InputFileError, "not found.*no_such_table.csv"),
    "empty table": (case_empty_table, KzInnovationError, "no data rows"),
    "wrong sheet": (case_wrong_sheet, InputFileError, "Лист1.*Data"),
    "no key column": (case_no_key_column, TableFormatError, "region names or codes"),
    "duplicate regions": (case_duplicate_regions, MatchError, "Two table rows"),
    "non-numeric column": (case_non_numeric_column, TableFormatError, "около 80"),
    "no polygons": (case_points_layer, LayerError, "no polygons"),
    "attribute table as layer": (case_attribute_table_as_layer, LayerError,
                                 "The input has no geometry: choose a polygon layer"),
    "polygons and points": (case_mixed_layer, LayerError, "mixes polygons with Point: keep only"),
    "no text field": (case_layer_without_text_fields, LayerError,
                      "no text field with region codes or names: add one"),
    "national total only": (case_national_total_only, TableFormatError,
                            "no region rows, only the national total"),
    "unknown encoding": (case_undetectable_encoding, InputFileError,
                         "encoding could not be detected"),
    "missing layer": (case_missing_layer, InputFileError, "no_such_layer.gpkg"),
    "wrong layer name": (case_wrong_layer_name, InputFileError, "no layer 'provinces'"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_is_explained_and_leaves_nothing(name, tmp_path, unchanged):
    make_case, error, message = BAD_INPUTS[name]
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    table, layer, extra = make_case(inputs)
    unchanged.watch(*[path for path in (table, layer) if path.exists()])
    output_folder = tmp_path / "out"
    output = output_folder / "joined.gpkg"
    with pytest.raises(error, match=message):
        run_join(JoinJob(table=str(table), layer=str(layer), **extra), output)
    assert not output_folder.exists() or not any(output_folder.iterdir())


def test_invalid_geometries_are_reported_and_the_output_is_complete(tmp_path, unchanged):
    layer = regions_file(tmp_path, broken=True)
    table = good_table(tmp_path)
    unchanged.watch(layer, table)
    outcome = run_join(JoinJob(table=str(table), layer=str(layer)), tmp_path / "out.gpkg")
    assert any("invalid geometry" in warning for warning in outcome.result.warnings)
    joined = gpd.read_file(tmp_path / "out.gpkg", layer="regions_indicators")
    assert len(joined) == 17 and joined["score"].notna().sum() == 4


def test_projected_layer_is_joined_in_its_own_crs(tmp_path, unchanged):
    layer = regions_file(tmp_path, crs="EPSG:32642")
    table = good_table(tmp_path)
    unchanged.watch(layer, table)
    run_join(JoinJob(table=str(table), layer=str(layer)), tmp_path / "out.gpkg")
    joined = gpd.read_file(tmp_path / "out.gpkg", layer="regions_indicators")
    assert joined.crs.to_epsg() == 32642
    assert joined["score"].notna().sum() == 4
