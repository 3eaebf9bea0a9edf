"""Safe field names, all-or-nothing GeoPackages, provenance and the command line."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from kz_innovation_plugin.cli import main
from kz_innovation_plugin.core.errors import InputFileError
from kz_innovation_plugin.core.fieldnames import safe_field_names
from kz_innovation_plugin.core.output import write_geopackage
from kz_innovation_plugin.core.provenance import provenance_frame, provenance_record
from tests.conftest import DEMO_TABLE


def test_field_names_are_short_unique_ascii_and_deterministic():
    names = ["rd_expenditure_pct_grp", "rd_expenditure_pct_grp_2019", "Доля инноваций (%)",
             "2019", "name_ru"]
    mapping = safe_field_names(names, reserved=["NAME_RU"])
    assert mapping == safe_field_names(names, reserved=["NAME_RU"])
    assert mapping["rd_expenditure_pct_grp"] == "rd_expendi"
    assert mapping["rd_expenditure_pct_grp_2019"] == "rd_expen_1"
    assert mapping["Доля инноваций (%)"] == "dolya_inno"
    assert mapping["2019"] == "f_2019"
    assert mapping["name_ru"] == "name_ru_1"
    assert all(len(name) <= 10 and name.isascii() for name in mapping.values())
    assert len({name.lower() for name in mapping.values()}) == len(names)


def test_preferred_field_names_are_used_when_valid_and_free():
    mapping = safe_field_names(
        ["grp_per_capita", "internet_users_pct", "x"],
        reserved=["internet"],
        preferred={"grp_per_capita": "grp_pc", "internet_users_pct": "internet", "x": "1bad"},
    )
    assert mapping == {"grp_per_capita": "grp_pc", "internet_users_pct": "internet_u", "x": "x"}


def sample_layer():
    return gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.box(0, 0, 1, 1)], crs="EPSG:4326")


def test_geopackage_holds_every_layer(tmp_path):
    target = tmp_path / "out.gpkg"
    write_geopackage(target, {"regions": sample_layer(), "table": pd.DataFrame({"k": ["v"]})})
    assert sorted(pyogrio.list_layers(target)[:, 0]) == ["regions", "table"]
    assert not list(tmp_path.glob(".partial-*"))


def test_failed_write_leaves_the_previous_file_and_no_partial(tmp_path, monkeypatch):
    target = tmp_path / "out.gpkg"
    write_geopackage(target, {"regions": sample_layer()})
    before = target.read_bytes()
    real_write = pyogrio.write_dataframe

    def fail_on_second_layer(frame, path, layer, **options):
        if layer == "second":
            raise OSError("disk full")
        return real_write(frame, path, layer=layer, **options)

    monkeypatch.setattr(pyogrio, "write_dataframe", fail_on_second_layer)
    with pytest.raises(OSError, match="disk full"):
        write_geopackage(target, {"regions": sample_layer(), "second": sample_layer()})
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".partial-*"))


def test_output_must_be_a_geopackage(tmp_path):
    with pytest.raises(InputFileError, match="must be a GeoPackage"):
        write_geopackage(tmp_path / "out.shp", {"regions": sample_layer()})


def test_provenance_records_parameters_and_versions():
    record = provenance_record("kzinnovation:test", {"YEAR": 2018}, seed=42)
    frame = provenance_frame(record)
    values = dict(zip(frame["key"], frame["value"]))
    assert values["parameters.YEAR"] == "2018"
    assert values["seed"] == "42"
    assert values["versions.pandas"] == pd.__version__
    assert values["versions.kz-innovation"] != "unknown"


def test_cli_join_writes_all_layers(tmp_path, capsys, unchanged):
    unchanged.watch(DEMO_TABLE)
    output = tmp_path / "joined.gpkg"
    code = main(["join", "--table", str(DEMO_TABLE), "--year", "2018", "--output", str(output)])
    assert code == 0
    assert "17 of 17 regions" in capsys.readouterr().out
    layers = set(pyogrio.list_layers(output)[:, 0])
    assert layers == {"regions_indicators", "match_report", "field_map", "provenance"}
    joined = gpd.read_file(output, layer="regions_indicators")
    assert len(joined) == 17


def test_cli_bad_table_exits_2_and_writes_nothing(tmp_path, capsys):
    output = tmp_path / "joined.gpkg"
    code = main(["join", "--table", str(tmp_path / "none.csv"), "--output", str(output)])
    assert code == 2
    assert "none.csv" in capsys.readouterr().err
    assert not output.exists()


def test_cli_writes_bundled_regions(tmp_path):
    output = tmp_path / "regions.gpkg"
    assert main(["regions", "--boundary-set", "2017", "--output", str(output)]) == 0
    assert len(gpd.read_file(output)) == 16


def test_geopackage_under_an_existing_file_gets_a_message(tmp_path):
    blocking = tmp_path / "file.txt"
    blocking.write_text("data", encoding="utf-8")
    frame = pd.DataFrame({"a": [1]})
    with pytest.raises(InputFileError, match=r"file\.txt is a file, not a folder"):
        write_geopackage(blocking / "out.gpkg", {"t": frame})
    assert blocking.read_text(encoding="utf-8") == "data"


def test_spreadsheet_safe_neutralises_formula_text_and_leaves_numbers():
    from kz_innovation_plugin.core.output import spreadsheet_safe

    frame = pd.DataFrame({
        "text": ["=1+1", "+7", "-x", "@SUM(A1)", "\tTAB", "plain", None],
        "number": [-1.5, 2, 3, 4, 5, 6, 7],
        "mixed": [-2, "=cmd", 3.5, "ok", None, "-", "x"],
    })
    safe = spreadsheet_safe(frame)
    assert safe["text"].iloc[:6].tolist() == ["'=1+1", "'+7", "'-x", "'@SUM(A1)", "'\tTAB",
                                              "plain"]
    assert pd.isna(safe["text"].iloc[6])
    assert safe["number"].tolist() == frame["number"].tolist()
    assert safe["mixed"].drop(index=4).tolist() == [-2, "'=cmd", 3.5, "ok", "'-", "x"]
    assert frame["text"].iloc[0] == "=1+1"  # the input frame is left as it was
    untouched = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    assert spreadsheet_safe(untouched) is untouched


def test_output_folder_that_cannot_be_made_or_written_gets_a_message(tmp_path, monkeypatch):
    """Root (who runs CI) can write anywhere, so the two failures are simulated."""
    import os
    from pathlib import Path

    from kz_innovation_plugin.core.output import output_folder

    def refuse(self, *args, **kwargs):
        raise PermissionError("permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(Path, "mkdir", refuse)
        with pytest.raises(InputFileError, match=r"Cannot create the output folder .*new: "
                                                 r"permission denied"):
            output_folder(tmp_path / "new" / "out.gpkg")
    with monkeypatch.context() as patch:
        patch.setattr(os, "access", lambda path, mode: False)
        with pytest.raises(InputFileError, match="is not writable: choose another folder"):
            output_folder(tmp_path / "out.gpkg")

