"""The shipped model ``kzinnovation:analysismodel``: it validates as the model designer validates
it, runs from the toolbox by its id with only its inputs (``processing.run`` and
``qgis_process``), loads every output after a dialog run, has a human, translated name in the
provider's group and labelled outputs, chains LISA into the cores, and is exactly what
``scripts/build_model.py`` writes."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import DEMO_TABLE, PLUGIN_DIR, RD_BULLETIN, ROOT
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis

MODEL_ID = "kzinnovation:analysismodel"
MODEL_FILE = PLUGIN_DIR / "models" / "analysismodel.model3"
#: output parameter -> its label (the parameter names are those scripts already pass)
OUTPUT_LABELS = {
    "join:Match report": "Match report",
    "index:Innovation index": "Innovation index",
    "lisa:LISA clusters of the index": "LISA clusters of the index",
    "cores:Cores": "Cores",
    "cores:Influence zones": "Influence zones",
    "cores:Clusters of cores": "Clusters of cores",
}
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def registered():
    """The provider's model, as the toolbox lists it."""
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None, f"{MODEL_ID} is not registered"
    return model


def from_file():
    """The model file as the model designer opens it (QGIS's own model class)."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL_FILE))
    return model


def only_inputs() -> dict:
    return {"regions": bundled_uri("2018"), "table": str(DEMO_TABLE), "year": 2018}


def run_results(results: dict) -> dict:
    return {name: value for name, value in results.items() if not name.startswith("CHILD_")}


# --- the designer ----------------------------------------------------------------------------

def test_the_model_validates_as_the_designer_validates_it(qgis_app):
    for model in (registered(), registered().create(), from_file()):
        assert model.validate() == (True, [])
        assert sorted(model.childAlgorithms()) == ["cores", "index", "join", "lisa"]
        for child_id in model.childAlgorithms():
            assert model.validateChildAlgorithm(child_id) == (True, []), child_id


def test_the_cores_read_the_lisa_layer_which_reads_the_index(qgis_app):
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    def source_of(model, child_id, parameter):
        (source,) = model.childAlgorithm(child_id).parameterSources()[parameter]
        return source

    for model in (registered(), from_file()):
        cores_input = source_of(model, "cores", "INPUT")
        assert cores_input.source() == Source.ChildOutput
        assert (cores_input.outputChildId(), cores_input.outputName()) == ("lisa", "OUTPUT")
        lisa_input = source_of(model, "lisa", "INPUT")
        assert (lisa_input.outputChildId(), lisa_input.outputName()) == ("index", "OUTPUT")
        assert source_of(model, "lisa", "FIELD").staticValue() == "innov_idx"
        assert model.dependentChildAlgorithms("lisa") == {"cores"}


# --- names and labels ------------------------------------------------------------------------

def test_the_model_has_a_human_name_in_the_providers_group(qgis_app):
    from qgis.core import QgsApplication

    model = registered()
    cores = QgsApplication.processingRegistry().algorithmById("kzinnovation:clustercores")
    assert model.name() == "analysismodel"
    assert model.displayName() == "Innovation clusters model: join, index, LISA, cores"
    assert (model.groupId(), model.group()) == (cores.groupId(), cores.group())
    assert not model.icon().isNull()
    assert "LISA" in model.shortHelpString()
    designer = from_file()  # the designer's title and group
    assert designer.displayName() == model.displayName()
    assert designer.group() == cores.group()


def test_every_output_has_a_label(qgis_app):
    for model in (registered().create(), from_file()):
        labels = {definition.name(): definition.description()
                  for definition in model.destinationParameterDefinitions()}
        assert labels == OUTPUT_LABELS
        assert {output.name(): output.description()
                for output in model.outputDefinitions()} == OUTPUT_LABELS


def test_inputs_have_labels_and_the_zone_list_shows_no_identifier(qgis_app):
    from kz_innovation_plugin.core.choices import ZONE_METHOD

    model = registered().create()
    inputs = [definition for definition in model.parameterDefinitions()
              if not definition.isDestination()]
    assert [definition.name() for definition in inputs] == [
        "regions", "table", "year", "zone_method", "runs", "seed"]
    for definition in inputs:
        assert definition.description() and definition.description() != definition.name()
    options = model.parameterDefinition("zone_method").options()
    assert options == ["Contiguity rings", "Distance bands", "Gravity potential"]
    assert not set(options) & set(ZONE_METHOD.values)


def test_the_russian_interface_names_and_labels_the_model(qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "build", "--output-dir",
         str(tmp_path)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    translator = QTranslator()
    assert translator.load(str(tmp_path / "kz_innovation_ru.qm"))
    assert QCoreApplication.installTranslator(translator)
    try:
        model = registered().create()
        texts = [model.displayName(), model.group(), model.shortHelpString()]
        texts += [definition.description() for definition in model.parameterDefinitions()]
        texts += model.parameterDefinition("zone_method").options()
        texts += [output.description() for output in model.outputDefinitions()]
        assert [text for text in texts if not CYRILLIC.search(text)] == []
        assert model.displayName() != "Innovation clusters model: join, index, LISA, cores"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert registered().create().displayName().startswith("Innovation clusters model")


# --- running it ------------------------------------------------------------------------------

def test_every_output_may_be_left_out(qgis_app):
    from qgis.core import (
        QgsProcessing,
        QgsProcessingContext,
        QgsProcessingOutputLayerDefinition,
        QgsProcessingParameterDefinition,
        QgsProperty,
    )

    model = registered().create()
    for definition in model.destinationParameterDefinitions():
        assert definition.flags() & QgsProcessingParameterDefinition.FlagOptional
        assert definition.defaultValue() == QgsProcessing.TEMPORARY_OUTPUT
    assert model.checkParameterValues(only_inputs(), QgsProcessingContext()) == (True, "")
    blank = {**only_inputs(), "join:Match report": "", "cores:Cores": None,
             # the batch dialog's blank cell
             "cores:Influence zones": QgsProcessingOutputLayerDefinition(QgsProperty.fromValue(""))}
    assert model.checkParameterValues(blank, QgsProcessingContext()) == (True, "")
    completed = model.completed(blank)
    assert {completed[name] for name in OUTPUT_LABELS} == {QgsProcessing.TEMPORARY_OUTPUT}


@pytest.mark.parametrize("value", ["bands", " Bands", 1, "1"])
def test_the_zone_input_takes_the_position_or_the_stable_value(qgis_app, value):
    from qgis.core import QgsProcessingContext

    model = registered().create()
    parameters = {**only_inputs(), "zone_method": value}
    assert model.checkParameterValues(parameters, QgsProcessingContext()) == (True, "")
    assert model.completed(parameters)["zone_method"] == 1
    assert parameters["zone_method"] == value  # the caller's dictionary is left as it was


def test_the_zone_input_refuses_anything_else_and_says_what_it_takes(qgis_app):
    from qgis.core import QgsProcessingContext

    ok, message = registered().create().checkParameterValues(
        {**only_inputs(), "zone_method": "hexagons"}, QgsProcessingContext())
    assert not ok
    assert "'hexagons'" in message
    assert '"rings" or 0 (Contiguity rings)' in message and '"gravity" or 2' in message


def test_processing_run_by_id_with_only_regions_table_and_year(qgis_app):
    import processing
    from qgis.core import QgsVectorLayer

    results = processing.run(MODEL_ID, only_inputs())
    layers = run_results(results)
    assert set(layers) == set(OUTPUT_LABELS)
    for name, layer in layers.items():
        assert isinstance(layer, QgsVectorLayer) and layer.isValid(), name
        assert layer.featureCount() > 0, name
    assert layers["index:Innovation index"].featureCount() == 17
    lisa = layers["lisa:LISA clusters of the index"]
    assert {"innov_idx", "innov_lvl", "LISA_CL"} <= set(lisa.fields().names())
    # the cores step read the LISA step's layer
    assert results["CHILD_INPUTS"]["cores"]["INPUT"] == \
        results["CHILD_RESULTS"]["lisa"]["OUTPUT"]
    assert "core_type" in layers["cores:Cores"].fields().names()


@pytest.mark.parametrize(("algorithm_id", "parameters", "loaded"), [
    (MODEL_ID, {**only_inputs(), "runs": 50}, set(OUTPUT_LABELS.values())),
    ("kzinnovation:bundledregions", {"BOUNDARY_SET": "2018"}, {"Regions"}),
    ("kzinnovation:specialisation",
     {"INPUT": bundled_uri("2022"), "TABLE": str(RD_BULLETIN), "LAYOUT": "sheets",
      "SHEETS": "natural sciences=6; engineering and technology=7; medical sciences=8"},
     {"Regions with their specialisation", "Region x activity table (LQ, stars)",
      "Localisation of each activity", "Match report", "Method record"}),
])
def test_a_dialog_run_loads_every_output_and_no_failed_layer(qgis_app, algorithm_id,
                                                              parameters, loaded):
    """``runAndLoadResults`` hands the outputs to the dialog's result handling
    (``handleAlgorithmResults``), which reports "The following layers were not correctly
    generated" for a layer it cannot load."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject

    class Errors(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.errors: list[str] = []

        def reportError(self, error, fatalError=False):
            self.errors.append(error)

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    outputs = {definition.name(): "TEMPORARY_OUTPUT"
               for definition in algorithm.destinationParameterDefinitions()}
    project = QgsProject.instance()
    project.removeAllMapLayers()
    feedback = Errors()
    try:
        processing.runAndLoadResults(algorithm_id, {**parameters, **outputs}, feedback=feedback)
        assert feedback.errors == []
        assert {layer.name() for layer in project.mapLayers().values()} == loaded
    finally:
        project.removeAllMapLayers()


@pytest.mark.slow
def test_qgis_process_runs_the_model_by_id_with_only_its_inputs(qgis_process):
    result = qgis_process.run_json(MODEL_ID, regions=bundled_uri("2018"),
                                   table=str(DEMO_TABLE), year="2018")
    produced = run_results(result["results"])
    assert set(produced) == set(OUTPUT_LABELS)
    assert all(produced.values()), produced


# --- the builder -----------------------------------------------------------------------------

def test_build_model_writes_the_committed_model(qgis_app, tmp_path):
    written = tmp_path / "analysismodel.model3"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_model.py"), "--output", str(written)],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr
    assert written.read_bytes() == MODEL_FILE.read_bytes(), (
        "the committed model differs from what scripts/build_model.py writes: run "
        "`QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_model.py` and commit it")
