"""Outputs never overwrite an input, and no output silently replaces another.

QGIS writes an output file as a whole, so an OUTPUT on the input's GeoPackage replaced the
input's layer, and OUTPUT = METHOD on one file kept only the last layer, both "succeeding".
"""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TABLE, file_digest
from tests.qgis.test_innovation_index import bundled_uri, joined_layer
from tests.qgis.test_qgis_process import joined_2018

pytestmark = pytest.mark.qgis


@pytest.fixture
def regions(qgis_app, tmp_path):
    return joined_layer(tmp_path, 2018)


def lisa(regions, **outputs):
    import processing

    return processing.run("kzinnovation:lisa", {
        "INPUT": regions, "FIELD": "research", "PERMUTATIONS": 99, **outputs})


def layer_names(path) -> list[str]:
    import pyogrio

    return sorted(name for name, _ in pyogrio.list_layers(str(path)))


@pytest.mark.parametrize("given", ["path", "path|layername", "layer object"])
def test_an_output_on_the_input_file_is_refused_and_the_input_kept(regions, given):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    before = file_digest(regions)
    source = {"path": regions, "path|layername": f"{regions}|layername=joined_2018",
              "layer object": QgsVectorLayer(regions, "joined", "ogr")}[given]
    with pytest.raises(QgsProcessingException,
                       match=r"The output OUTPUT would write into .*joined_2018\.gpkg, the file "
                             r"of the input INPUT\. Inputs are never modified"):
        lisa(source, OUTPUT=regions)
    assert file_digest(regions) == before


def test_an_output_on_the_indicator_table_is_refused(qgis_app, tmp_path, unchanged):
    import processing
    from qgis.core import QgsProcessingException

    table = tmp_path / "table.csv"
    table.write_bytes(DEMO_TABLE.read_bytes())
    unchanged.watch(table)
    with pytest.raises(QgsProcessingException, match=r"the file of the input TABLE"):
        processing.run("kzinnovation:joinindicators", {
            "INPUT": bundled_uri("2018"),
            "TABLE": str(table), "YEAR": 2018, "OUTPUT": str(tmp_path / "j.gpkg"),
            "REPORT": str(table)})


def test_two_outputs_on_one_file_are_refused_and_nothing_is_written(regions, tmp_path):
    from qgis.core import QgsProcessingException

    target = tmp_path / "both.gpkg"
    with pytest.raises(QgsProcessingException,
                       match=r"The outputs OUTPUT and METHOD would both write .*both\.gpkg, and "
                             r"one would replace the other"):
        lisa(regions, OUTPUT=str(target), METHOD=str(target))
    assert not target.exists()


def test_two_named_layers_of_one_geopackage_are_both_written(regions, tmp_path):
    target = tmp_path / "both.gpkg"
    lisa(regions, OUTPUT=f"ogr:dbname='{target}' table=\"lisa\" (geom)",
         METHOD=f"ogr:dbname='{target}' table=\"method\"")
    assert layer_names(target) == ["lisa", "method"]


def test_one_layer_name_twice_in_one_geopackage_is_refused(regions, tmp_path):
    from qgis.core import QgsProcessingException

    target = tmp_path / "both.gpkg"
    with pytest.raises(QgsProcessingException, match="would both write"):
        lisa(regions, OUTPUT=f"ogr:dbname='{target}' table=\"lisa\" (geom)",
             METHOD=f"ogr:dbname='{target}' table=\"lisa\"")


@pytest.mark.slow
def test_qgis_process_refuses_an_output_on_its_input(qgis_process, tmp_path):
    """The hostile case through qgis_process from the packaged zip."""
    joined = joined_2018(qgis_process, tmp_path)
    before = file_digest(joined)
    refused = qgis_process("run", "kzinnovation:lisa", f"--INPUT={joined}", "--FIELD=research",
                           "--PERMUTATIONS=99", f"--OUTPUT={joined}", check=False)
    assert refused.returncode != 0
    assert "Inputs are never modified" in refused.stdout + refused.stderr
    assert file_digest(joined) == before
    same = tmp_path / "same.gpkg"
    refused = qgis_process("run", "kzinnovation:lisa", f"--INPUT={joined}", "--FIELD=research",
                           "--PERMUTATIONS=99", f"--OUTPUT={same}", f"--METHOD={same}",
                           check=False)
    assert refused.returncode != 0 and "would both write" in refused.stdout + refused.stderr
    assert not same.exists()


def _cells(path) -> list[str]:
    import csv

    with open(path, encoding="utf-8", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_csv_outputs_have_no_cell_a_spreadsheet_reads_as_a_formula(qgis_app, tmp_path):
    """Text from the data (a table row named "=HYPERLINK(...)", the join's "did you mean"
    suggestions and messages) reached CSV outputs verbatim; numbers stay numbers."""
    import processing

    hostile = '=HYPERLINK("http://example.invalid","x")'
    import csv

    table = tmp_path / "table.csv"
    table.write_bytes(DEMO_TABLE.read_bytes())
    with open(table, "a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([2018, hostile, "digital_literacy_pct", -5.0, "percent", "@source"])
        writer.writerow([2018, "-Unknown oblast", "digital_literacy_pct", 1, "percent", "+src"])
    processing.run("kzinnovation:joinindicators", {
        "INPUT": bundled_uri("2018"), "TABLE": str(table), "YEAR": 2018,
        "OUTPUT": str(tmp_path / "joined.csv"), "REPORT": str(tmp_path / "report.csv")})
    cells = _cells(tmp_path / "report.csv") + _cells(tmp_path / "joined.csv")
    risky = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
             and not _is_number(cell)]
    assert risky == []
    assert "'" + hostile in cells
    assert any(cell.startswith("'-Unknown oblast") for cell in cells)
