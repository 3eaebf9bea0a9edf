"""Hostile inputs through qgis_process, with the packaged plugin, as a user would meet them.

Each case failed before: a "$" in a region name (matplotlib read it as mathtext), a report
path under an existing file (a FileExistsError traceback), a region the index leaves out (a
message naming neither the region nor the cause, and no parameter for the limit), and CSV
cells from the data that a spreadsheet would run as formulas.
"""

from __future__ import annotations

import csv

import pytest

from tests.conftest import DEMO_TABLE

pytestmark = [pytest.mark.qgis, pytest.mark.slow]


def full_analysis(qgis_process, *extra: str, table=DEMO_TABLE):
    return qgis_process(
        "run", "kzinnovation:fullanalysis", "--", f"TABLE={table}", "YEAR=2018",
        "RUNS=50", "PERMUTATIONS=99", *extra, check=False)


def test_region_names_with_dollar_signs_reach_the_report(qgis_process, tmp_path):
    from kz_innovation_plugin.core.bundled import load_bundled_regions

    regions = load_bundled_regions("2018")
    regions.loc[regions["unit_id"] == "astana", "name_en"] = "$$ Astana $x^2$"
    layer = tmp_path / "dollars.gpkg"
    regions.to_file(layer, driver="GPKG")
    done = full_analysis(qgis_process, f"INPUT={layer}",
                         f"OUTPUT={tmp_path / 'out.gpkg'}", f"REPORT={tmp_path / 'out.html'}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "$$ Astana $x^2$" in (tmp_path / "out.html").read_text(encoding="utf-8")


def test_a_report_under_an_existing_file_gets_a_message(qgis_process, tmp_path):
    blocking = tmp_path / "file.txt"
    blocking.write_text("data", encoding="utf-8")
    done = full_analysis(qgis_process, f"OUTPUT={tmp_path / 'out.gpkg'}",
                         f"REPORT={blocking / 'full.html'}")
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert "file.txt is a file, not a folder" in text and "Traceback" not in text
    assert blocking.read_text(encoding="utf-8") == "data"
    assert not (tmp_path / "out.gpkg").exists()


def test_a_region_left_out_of_the_index_is_named_and_the_limit_can_be_raised(
        qgis_process, tmp_path):
    with open(DEMO_TABLE, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle)
                if not (row[0] == "2018" and row[1] == "Кызылординская"
                        and row[2] != "digital_literacy_pct")]
    table = tmp_path / "thinned.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    outputs = (f"OUTPUT={tmp_path / 'out.gpkg'}", f"REPORT={tmp_path / 'out.html'}")
    done = full_analysis(qgis_process, *outputs, table=table)
    assert done.returncode != 0
    assert ('The index leaves out 1 region(s): "Kyzylorda Region", because more than 50% of '
            "their indicators are missing") in done.stdout + done.stderr
    assert not (tmp_path / "out.gpkg").exists()
    allowed = full_analysis(qgis_process, "MAX_MISSING_SHARE=0.95", *outputs, table=table)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr


def test_csv_outputs_have_no_formula_cells(qgis_process, tmp_path):
    table = tmp_path / "table.csv"
    table.write_bytes(DEMO_TABLE.read_bytes())
    with open(table, "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(
            [2018, "=cmd|' /C calc'!A0", "digital_literacy_pct", 1, "percent", "@x"])
    regions = tmp_path / "regions.gpkg"
    qgis_process.run_json("kzinnovation:bundledregions", BOUNDARY_SET="2018",
                          OUTPUT=str(regions))
    qgis_process.run_json("kzinnovation:joinindicators", INPUT=str(regions), TABLE=str(table),
                          YEAR="2018", OUTPUT=str(tmp_path / "joined.csv"),
                          REPORT=str(tmp_path / "report.csv"))
    cells = []
    for name in ("report.csv", "joined.csv"):
        with open(tmp_path / name, encoding="utf-8", newline="") as handle:
            cells += [cell for row in csv.reader(handle) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells

    def is_number(text: str) -> bool:
        try:
            float(text)
        except ValueError:
            return False
        return True

    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                and not is_number(cell)]
