"""An optional output left blank means "not wanted", on every path a user takes.

Issue 11, finding 2: the batch dialog passes a blank output cell as an output definition with
an empty sink, ``qgis_process ... --METHOD=`` as an empty text; each stopped the run with
"Could not create destination layer for METHOD: invalid value".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_TABLE, RD_BULLETIN, ROOT
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis

FIELD = "research"
#: official 2021-2023 series as published, on two boundary sets (tests/data/README.md)
EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"
#: inputs of every algorithm that has an optional output ("joined": the bundled 2018 regions
#: with the 2018 statistics; "index": the innovation index of that layer)
CASES = {
    "kzinnovation:globalautocorrelation": lambda layers: {
        "INPUT": layers["joined"], "FIELDS": [FIELD], "PERMUTATIONS": 99},
    "kzinnovation:lisa": lambda layers: {
        "INPUT": layers["joined"], "FIELD": FIELD, "PERMUTATIONS": 99},
    "kzinnovation:hotspots": lambda layers: {
        "INPUT": layers["joined"], "FIELD": FIELD, "PERMUTATIONS": 99},
    "kzinnovation:innovationindex": lambda layers: {"INPUT": layers["joined"], "RUNS": 10},
    "kzinnovation:clustercores": lambda layers: {"INPUT": layers["index"], "PERMUTATIONS": 99},
    "kzinnovation:regionalize": lambda layers: {
        "INPUT": layers["index"], "FIELDS": ["si_potenti", "si_perform"]},
    # the shipped model: its outputs have a default (temporary layers), which QGIS uses
    "kzinnovation:analysismodel": lambda layers: {
        "regions": bundled_uri("2018"), "table": str(DEMO_TABLE), "year": 2018, "runs": 10},
    "kzinnovation:specialisation": lambda layers: {
        "INPUT": bundled_uri("2022"), "TABLE": str(RD_BULLETIN), "LAYOUT": "sheets",
        "SHEETS": "natural sciences=6; engineering and technology=7"},
    "kzinnovation:harmonisepanel": lambda layers: {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": "2022", "SPLIT_RULE": "copy_parent"},
    "kzinnovation:spillover": lambda layers: {
        "INPUT": layers["regions_2022"], "Y_FIELD": "grp_per_capita",
        "X_FIELDS": ["rd_expenditure_pct_grp"], "CORES": "astana", "DRAWS": 100},
    "kzinnovation:emerginghotspots": lambda layers: {
        "INPUT": layers["every_year"], "FIELD": "rd_expenditure_pct_grp", "PERMUTATIONS": 99},
    "kzinnovation:markov": lambda layers: {
        "INPUT": layers["every_year"], "FIELD": "rd_expenditure_pct_grp", "CLASSES": 3,
        "PERMUTATIONS": 99},
    # GRP per capita has no 2023 value: the years before
    "kzinnovation:convergence": lambda layers: {
        "INPUT": f'{layers["every_year"]}|subset="year" < 2023', "FIELD": "grp_per_capita"},
    "kzinnovation:indextrajectories": lambda layers: {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": "2022", "SPLIT_RULE": "copy_parent",
        "INDICATORS": "rd_expenditure_pct_grp, manufacturing_va_pct_grp", "RUNS": 10},
}


def optional_outputs(algorithm) -> list[str]:
    from qgis.core import QgsProcessingParameterDefinition

    return [d.name() for d in algorithm.destinationParameterDefinitions()
            if d.flags() & QgsProcessingParameterDefinition.FlagOptional]


def with_default(algorithm_id: str) -> list[str]:
    """Optional outputs that have a default destination: left blank, QGIS writes there."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return [d.name() for d in algorithm.destinationParameterDefinitions()
            if d.name() in optional_outputs(algorithm) and d.defaultValue()]


def destinations(algorithm_id: str, folder: Path, blank) -> tuple[dict, list[str]]:
    """Every output of the algorithm: a file for the required ones, ``blank`` for the rest."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    optional = optional_outputs(algorithm)
    values = {}
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        if name in optional:
            values[name] = blank
        else:
            values[name] = str(folder / f"{name.lower()}.{definition.defaultFileExtension()}")
    return values, optional


@pytest.fixture(scope="module")
def layers(qgis_app, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("blank_inputs")
    joined = processing.run("kzinnovation:joinindicators", {
        "INPUT": bundled_uri("2018"), "TABLE": str(DEMO_TABLE), "YEAR": 2018,
        "OUTPUT": str(folder / "joined.gpkg"), "REPORT": str(folder / "report.gpkg"),
    })["OUTPUT"]
    index = processing.run("kzinnovation:innovationindex", {
        "INPUT": joined, "RUNS": 10, "OUTPUT": str(folder / "index.gpkg"),
        "METHOD": str(folder / "method.gpkg"), "WEIGHTS": str(folder / "weights.gpkg"),
    })["OUTPUT"]
    harmonised = {year: processing.run("kzinnovation:harmonisepanel", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": "2022", "SPLIT_RULE": "copy_parent",
        **({"YEAR": year} if year else {}), "OUTPUT": str(folder / f"panel{year}.gpkg"),
        "REGIONS": str(folder / f"regions{year}.gpkg")})["REGIONS"] for year in (None, 2022)}
    return {"joined": joined, "index": index, "every_year": harmonised[None],
            "regions_2022": harmonised[2022]}


def test_every_algorithm_with_an_optional_output_is_tested(qgis_app):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("kzinnovation")
    with_optional = {a.id() for a in provider.algorithms() if optional_outputs(a)}
    assert with_optional == set(CASES)


def test_wanted_reads_a_blank_output_as_qgis_does(qgis_app):
    """Blank means "not wanted", unless the output has a default, which QGIS then writes."""
    from qgis.core import (
        QgsProcessingOutputLayerDefinition,
        QgsProcessingParameterFeatureSink,
        QgsProperty,
    )

    from kz_innovation_plugin.processing_provider.layers import wanted

    plain = QgsProcessingParameterFeatureSink("OUT", "out", optional=True)
    defaulted = QgsProcessingParameterFeatureSink("OUT", "out", optional=True,
                                                  defaultValue="TEMPORARY_OUTPUT")
    blanks = (None, "", "  ", QgsProcessingOutputLayerDefinition(""),
              QgsProcessingOutputLayerDefinition(QgsProperty.fromValue("")))
    for blank in blanks:
        assert not wanted({"OUT": blank}, "OUT", plain), blank
        assert wanted({"OUT": blank}, "OUT", defaulted), blank
    assert not wanted({}, "OUT", plain) and not wanted({"OUT": ""}, "OUT")
    for value in ("out.gpkg", "TEMPORARY_OUTPUT", QgsProcessingOutputLayerDefinition("o.gpkg"),
                  QgsProcessingOutputLayerDefinition(QgsProperty.fromExpression("'o.gpkg'"))):
        assert wanted({"OUT": value}, "OUT", plain), value


def blank_cell(kind: str):
    """A blank output as each path passes it."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    if kind == "batch dialog":  # BatchPanel.parametersForRow: the cell's text in a definition
        return QgsProcessingOutputLayerDefinition("", None)
    return {"empty text": "", "blanks": "  ", "none": None}[kind]


@pytest.mark.parametrize("kind", ["empty text", "batch dialog"])
@pytest.mark.parametrize("algorithm_id", sorted(CASES))
def test_blank_optional_outputs_are_not_written(layers, tmp_path, algorithm_id, kind):
    import processing

    inputs = CASES[algorithm_id](layers)
    outputs, optional = destinations(algorithm_id, tmp_path, blank_cell(kind))
    if kind == "batch dialog":  # the dialog wraps every layer output, blank or not
        from qgis.core import QgsProcessingOutputLayerDefinition

        outputs = {name: value if name in optional or not value.endswith(".gpkg")
                   else QgsProcessingOutputLayerDefinition(value, None)
                   for name, value in outputs.items()}
    results = processing.run(algorithm_id, {**inputs, **outputs})
    defaults = with_default(algorithm_id)
    for name in optional:
        assert bool(results.get(name)) == (name in defaults), name
    required = {Path(str(v if isinstance(v, str) else v.sink.staticValue())).name
                for name, v in outputs.items() if name not in optional}
    assert {path.name for path in tmp_path.iterdir()} == required


def test_index_outputs_left_blank_by_none_or_blanks(layers, tmp_path):
    import processing

    for kind in ("none", "blanks"):
        folder = tmp_path / kind.replace(" ", "_")
        folder.mkdir()
        outputs, optional = destinations("kzinnovation:innovationindex", folder,
                                         blank_cell(kind))
        results = processing.run("kzinnovation:innovationindex",
                                 {"INPUT": layers["joined"], "RUNS": 10, **outputs})
        assert "CORRELATION" in optional and not results.get("CORRELATION")
        assert not (folder / "correlation.gpkg").exists()


def drive_batch_dialog(folder: str) -> None:
    """Run in a QGIS with widgets (a subprocess): the batch dialog of kzinnovation:hotspots
    with two rows, only the required output filled, run by the dialog's own Run code.

    Writes ``batch.json`` in ``folder``: the outputs ``parametersForRow`` built for each row,
    the dialog's results and its errors.
    """
    import os

    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from kz_innovation_plugin.processing_provider.provider import KzInnovationProvider

    provider = KzInnovationProvider()  # kept referenced: the registry does not own it
    QgsApplication.processingRegistry().addProvider(provider)
    import processing
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.tools.dataobjects import createContext

    joined = processing.run("kzinnovation:joinindicators", {
        "INPUT": bundled_uri("2018"), "TABLE": str(DEMO_TABLE), "YEAR": 2018,
        "OUTPUT": f"{folder}/joined.gpkg", "REPORT": f"{folder}/report.gpkg",
    })["OUTPUT"]
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("kzinnovation:hotspots")
    dialog = BatchAlgorithmDialog(algorithm)
    panel = dialog.mainWidget()
    panel.addRow(1)  # the dialog opens with one row
    context = createContext()
    for row, field in enumerate(("research", "grp_pc")):
        wrappers = panel.wrappers[row]
        for name, value in (("INPUT", joined), ("FIELD", field), ("PERMUTATIONS", 99)):
            wrappers[panel.parameter_to_column[name]].setParameterValue(value, context)
        cell = panel.tblParameters.cellWidget(row + 1, panel.parameter_to_column["OUTPUT"])
        cell.setValue(f"{folder}/spots_{row}.gpkg")  # METHOD's cell stays blank
    rows = []
    for row in range(panel.batchRowCount()):
        parameters, ok = panel.parametersForRow(row, warnOnInvalid=True)
        rows.append({"ok": ok, "outputs": {
            name: [type(value).__name__, str(value.sink.staticValue())]
            for name, value in parameters.items() if hasattr(value, "sink")}})
    finished = {}
    dialog.finish = lambda results, errors: finished.update(results=results, errors=errors)
    dialog.runAlgorithm()
    Path(folder, "batch.json").write_text(json.dumps({
        "rows": rows,
        "results": [item["results"] for item in finished["results"]],
        "errors": [error["errors"] for error in finished["errors"]],
    }), encoding="utf-8")
    # tearing down QGIS with a live dialog can hang; the report is written, so leave at once
    os._exit(0)


def test_two_row_batch_of_hotspots_with_only_the_required_output(tmp_path):
    code = ("import sys; from tests.qgis.test_blank_outputs import drive_batch_dialog; "
            "drive_batch_dialog(sys.argv[1])")
    completed = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT,
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads((tmp_path / "batch.json").read_text(encoding="utf-8"))
    for row in report["rows"]:  # what the dialog builds: "" for the blank output
        assert row["ok"]
        assert row["outputs"]["METHOD"] == ["QgsProcessingOutputLayerDefinition", ""]
    assert report["errors"] == []
    assert report["results"] == [{"OUTPUT": str(tmp_path / f"spots_{row}.gpkg")}
                                 for row in range(2)]
    assert sorted(p.name for p in tmp_path.glob("spots_*")) == ["spots_0.gpkg", "spots_1.gpkg"]


@pytest.mark.slow
def test_qgis_process_with_an_empty_method_output(qgis_process, layers, tmp_path):
    output = tmp_path / "spots.gpkg"
    completed = qgis_process(
        "--json", "run", "kzinnovation:hotspots", f"--INPUT={layers['joined']}",
        f"--FIELD={FIELD}", "--PERMUTATIONS=99", f"--OUTPUT={output}", "--METHOD=",
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    assert results["OUTPUT"] == str(output) and not results.get("METHOD")
    assert [p.name for p in tmp_path.iterdir()] == ["spots.gpkg"]
