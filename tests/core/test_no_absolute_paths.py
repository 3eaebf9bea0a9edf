"""No output names a folder of the machine that made it (issue 12, item 3).

The method records of the jobs held the table's absolute path (``/home/.../table.csv``), and
so did the GeoPackage's method table and the report.  Records now name files by their names
only; these tests put the inputs in a folder whose name is easy to find, run the jobs and
the full analysis, and search every byte of every output file for that folder, the home
folder and the working directory.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from kz_innovation_plugin.core.provenance import portable, provenance_frame, provenance_record
from tests.conftest import DEMO_TABLE, ROOT

#: a folder name no library writes by itself
INPUTS = "inputs-of-the-analyst"


def needles(tmp_path: Path) -> list[str]:
    """Folders no output may name: the test's folder, the home folder, the working
    directory and the project's (the bundled data live there)."""
    found = [str(tmp_path), str(tmp_path / INPUTS), os.getcwd(), str(ROOT)]
    home = str(Path.home())
    if home not in ("/", ""):
        found.append(home.rstrip("/") + "/")
    return [needle for needle in found if len(needle) > 1]


def assert_no_folder_in(folder: Path, tmp_path: Path) -> list[str]:
    """Search every file under ``folder`` (bytes: GeoPackage, HTML, JSON, PNG, CSV)."""
    searched = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles(tmp_path):
            assert needle.encode("utf-8") not in data, f"{path.name} names {needle}"
        searched.append(path.name)
    return searched


@pytest.fixture
def table(tmp_path) -> Path:
    """The bundled table, copied into a folder of the analyst."""
    folder = tmp_path / INPUTS
    folder.mkdir()
    return Path(shutil.copyfile(DEMO_TABLE, folder / "indicators 2018.csv"))


@pytest.mark.parametrize(("value", "expected"), [
    ("/home/analyst/data/t.csv", "t.csv"),
    ("/home/my folder/t.csv", "t.csv"),
    ("C:\\Users\\analyst\\t.xlsx", "t.xlsx"),
    ("C:/Users/analyst/t.xlsx", "t.xlsx"),
    ("\\\\server\\share\\t.csv", "t.csv"),
    ("file:///home/analyst/regions.gpkg", "regions.gpkg"),
    ("/home/analyst/regions.gpkg|layername=regions", "regions.gpkg|layername=regions"),
    ("Read /tmp/x/t.csv; wrote C:/out/r.gpkg, done", "Read t.csv; wrote r.gpkg, done"),
    ("see (/home/a/t.csv)", "see (t.csv)"),
    ("weights=/home/a/w.gal", "weights=w.gal"),
    ("relative/t.csv", "relative/t.csv"),
    ("https://stat.gov.kz/a/t.csv", "https://stat.gov.kz/a/t.csv"),  # an address stays
    ("km/h", "km/h"), ("R&D / GRP", "R&D / GRP"), ("% of GRP", "% of GRP"),
    (PurePosixPath("/home/a/t.csv"), "t.csv"), (PureWindowsPath("C:/a/t.csv"), "t.csv"),
    (3.5, 3.5), (None, None),
])
def test_portable_keeps_file_names_only(value, expected):
    assert portable(value) == expected


def test_a_record_names_files_by_name_in_every_part(tmp_path):
    path = str(tmp_path / INPUTS / "t.csv")
    record = provenance_record("kzinnovation:test", {"table": path, "list": [path, (path,)]},
                               table={"source": path}, notes=[f"Read {path}."])
    assert record["parameters"] == {"table": "t.csv", "list": ["t.csv", ("t.csv",)]}
    assert record["table"] == {"source": "t.csv"} and record["notes"] == ["Read t.csv."]
    frame = provenance_frame({"parameters": {"layer": path}})  # a record made elsewhere
    assert frame["value"].tolist() == ["t.csv"]


def test_the_join_index_and_spatial_jobs_record_file_names(tmp_path, table):
    from kz_innovation_plugin.core.composite.index import IndexOptions
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
    from kz_innovation_plugin.core.jobs import join as join_jobs
    from kz_innovation_plugin.core.jobs.index import IndexJob, index_layer
    from kz_innovation_plugin.core.jobs.join import JoinJob
    from kz_innovation_plugin.core.jobs.spatial import SpatialJob, run_lisa
    from kz_innovation_plugin.core.spatial_weights import (
        WeightsOptions,
        build_weights,
        save_weights,
    )

    out = tmp_path / "out"
    joined = join_jobs.run(JoinJob(table=str(table), year=2018))
    joined.write(out / "joined.gpkg")
    assert joined.provenance["parameters"]["table"] == "indicators 2018.csv"
    assert joined.provenance["table"]["source"] == "indicators 2018.csv"
    index_job = IndexJob(IndexOptions(uncertainty=UncertaintySettings(runs=10)),
                         national_table=str(table), year=2018)
    indexed = index_layer(joined.result.joined, index_job)
    indexed.write(out / "index.gpkg")
    assert indexed.provenance["parameters"]["national_table"] == "indicators 2018.csv"
    layer = indexed.layer.set_index("unit_id", drop=False)
    weights_file = tmp_path / INPUTS / "queen.gal"
    save_weights(build_weights(layer, WeightsOptions()), weights_file)
    lisa = run_lisa(layer, "innov_idx",
                    SpatialJob(weights_file=str(weights_file), id_field="unit_id",
                               permutations=99))
    assert lisa.provenance["parameters"]["weights_file"] == "queen.gal"
    assert lisa.provenance["weights"]["source"] == "queen.gal"
    for record in (joined.provenance, indexed.provenance, lisa.provenance):
        text = provenance_frame(record).to_csv()
        assert all(needle not in text for needle in needles(tmp_path))
    assert sorted(assert_no_folder_in(out, tmp_path)) == ["index.gpkg", "joined.gpkg"]


def test_no_output_of_the_full_analysis_names_a_folder(tmp_path, table):
    """The GeoPackage (every table, the method table included), the report, its record and
    its images."""
    from kz_innovation_plugin.core.composite.index import IndexOptions
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
    from kz_innovation_plugin.core.jobs.full import FullJob
    from kz_innovation_plugin.core.jobs.full import run as run_full
    from kz_innovation_plugin.core.jobs.join import JoinJob

    job = FullJob(join=JoinJob(table=str(table), year=2018),
                  index=IndexOptions(uncertainty=UncertaintySettings(runs=20)))
    outcome = run_full(job)
    out = tmp_path / "out"
    outcome.write(out / "analysis.gpkg", out / "report.html")
    searched = assert_no_folder_in(out, tmp_path)
    assert {"analysis.gpkg", "report.html", "method.json", "ranking.png"} <= set(searched)
    method = provenance_frame(outcome.provenance)
    assert "indicators 2018.csv" in set(method["value"])
