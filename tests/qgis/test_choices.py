"""Option parameters in QGIS: the dialog shows labels and passes indices (QGIS's convention),
scripts, models and qgis_process may pass the stable values, and every algorithm reads either
through one reader.  Also the dialog's grouping (Advanced) and number widgets."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import DEMO_TABLE, ROOT
from tests.qgis.test_innovation_index import joined_layer

pytestmark = pytest.mark.qgis


def algorithms():
    from kz_innovation_plugin.processing_provider.algorithms import ALGORITHMS

    for algorithm_class in ALGORITHMS:
        algorithm = algorithm_class()
        algorithm.initAlgorithm()
        yield algorithm


def option_parameters(algorithm):
    return [definition for definition in algorithm.parameterDefinitions()
            if definition.type() == "enum"]


def test_every_option_parameter_is_a_list_of_core_choices(qgis_app):
    from kz_innovation_plugin.core.choices import CHOICE_LISTS
    from kz_innovation_plugin.processing_provider.base import CHOICES_KEY, choices_of

    seen = set()
    for algorithm in algorithms():
        for definition in option_parameters(algorithm):
            where = f"{algorithm.name()}:{definition.name()}"
            choices = choices_of(definition)
            assert choices is not None, f"{where} is not made from core/choices.py"
            assert CHOICE_LISTS[definition.metadata()[CHOICES_KEY]] is choices
            assert not definition.usesStaticStrings(), where
            assert not definition.allowMultiple(), where
            assert definition.options() == [algorithm.tr(label) for label in choices.labels]
            assert definition.defaultValue() == choices.index(choices.default), where
            seen.add(choices.key)
    assert seen == set(CHOICE_LISTS), f"lists no algorithm offers: {set(CHOICE_LISTS) - seen}"


@pytest.mark.parametrize("value", ["b", "B", " b ", 1, "1"])
def test_check_accepts_the_value_in_any_case_and_the_index(qgis_app, tmp_path, value):
    from qgis.core import QgsApplication, QgsProcessingContext

    lisa = QgsApplication.processingRegistry().algorithmById("kzinnovation:lisa")
    parameters = {"INPUT": joined_layer(tmp_path, 2018), "FIELD": "research",
                  "TRANSFORM": value, "OUTPUT": "TEMPORARY_OUTPUT"}
    assert lisa.checkParameterValues(parameters, QgsProcessingContext()) == (True, "")
    assert parameters["TRANSFORM"] == value  # the caller's dictionary is left as it was


@pytest.mark.parametrize("value", ["binary", 2, "2", -1])
def test_check_refuses_anything_else_and_lists_what_is_accepted(qgis_app, tmp_path, value):
    from qgis.core import QgsApplication, QgsProcessingContext

    lisa = QgsApplication.processingRegistry().algorithmById("kzinnovation:lisa")
    parameters = {"INPUT": joined_layer(tmp_path, 2018), "FIELD": "research",
                  "TRANSFORM": value, "OUTPUT": "TEMPORARY_OUTPUT"}
    ok, message = lisa.checkParameterValues(parameters, QgsProcessingContext())
    assert not ok
    assert message == (f"Weights transform: {value!r} is not one of the options. Pass one of "
                       'these values or its number: "r" or 0 (Row-standardised), "b" or 1 '
                       "(Binary).")


def test_the_reader_gives_the_stable_value_of_any_form(qgis_app):
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProperty

    from kz_innovation_plugin.processing_provider.algorithms import InnovationIndexAlgorithm

    algorithm = InnovationIndexAlgorithm()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()

    def read(value):
        return algorithm.choice({"NORMALISATION": value}, "NORMALISATION", context)

    assert read(4) == read("4") == read("percent_of_reference") == "percent_of_reference"
    assert read("ZScore") == "zscore"
    assert read(None) == read("") == "minmax"  # the default
    assert read(QgsProperty.fromValue("rank")) == "rank"
    assert algorithm.choice({}, "NORMALISATION", context) == "minmax"
    with pytest.raises(QgsProcessingException, match='"distance_to_best" or 5'):
        read("best")


def test_processing_run_takes_the_value_or_its_index_alike(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    layer = joined_layer(tmp_path, 2018)

    def lisa(tag, **choice):
        """(LISA_I by region, the method record's weights and correction) of one run."""
        result = processing.run("kzinnovation:lisa", {
            "INPUT": layer, "FIELD": "research", "PERMUTATIONS": 99, "SEED": 3,
            "OUTPUT": str(tmp_path / f"lisa_{tag}.gpkg"),
            "METHOD": str(tmp_path / f"method_{tag}.gpkg"), **choice})
        output = QgsVectorLayer(result["OUTPUT"], tag, "ogr")
        method = QgsVectorLayer(result["METHOD"], tag, "ogr")
        record = {f["key"]: f["value"] for f in method.getFeatures()}
        recorded = {key: value for key, value in record.items()
                    if key.rsplit(".", 1)[-1] in ("method", "transform", "correction")}
        return {f["unit_id"]: round(f["LISA_I"], 9) for f in output.getFeatures()}, recorded

    by_value = lisa("value", WEIGHTS="knn", TRANSFORM="b", CORRECTION="none")
    assert "b" in by_value[1].values() and "knn" in by_value[1].values()
    assert "none" in by_value[1].values()
    assert lisa("index", WEIGHTS=2, TRANSFORM=1, CORRECTION=2) == by_value
    assert lisa("digits", WEIGHTS="2", TRANSFORM="1", CORRECTION="2") == by_value
    default = lisa("default")
    assert default[0] != by_value[0]  # the choice does reach the core
    assert {"queen", "r", "fdr"} <= set(default[1].values())


def test_bundled_regions_by_value_index_and_default(qgis_app):
    import processing

    def count(**choice):
        return processing.run("kzinnovation:bundledregions",
                              {"OUTPUT": "TEMPORARY_OUTPUT", **choice})["OUTPUT"].featureCount()

    assert count(BOUNDARY_SET="2017") == count(BOUNDARY_SET=2) == 16
    assert count(BOUNDARY_SET="2018") == count(BOUNDARY_SET="1") == 17
    assert count() == count(BOUNDARY_SET=0) == 20


def test_an_unknown_value_stops_processing_run_with_the_list(qgis_app):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("kzinnovation:bundledregions",
                       {"BOUNDARY_SET": "2019", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert ('Boundary set: \'2019\' is not one of the options. Pass one of these values or its '
            'number: "2022" or 0 (2022: 17 regions and 3 cities)') in str(raised.value)


def test_a_model_saved_with_stable_values_still_runs(qgis_app, tmp_path):
    """A child's option saved as a string (as models saved before the labels were) runs."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelOutput,
    )
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    model = QgsProcessingModelAlgorithm("old", "tests")
    child = QgsProcessingModelChildAlgorithm("kzinnovation:bundledregions")
    child.setChildId("regions")
    child.addParameterSources("BOUNDARY_SET", [Source.fromStaticValue("2017")])
    output = QgsProcessingModelOutput("regions")
    output.setChildId("regions")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"regions": output})
    model.addChildAlgorithm(child)
    path = tmp_path / "old.model3"
    assert model.toFile(str(path))
    saved = QgsProcessingModelAlgorithm()
    assert saved.fromFile(str(path))
    result = processing.run(saved, {"regions:regions": str(tmp_path / "regions.gpkg")})
    assert result["CHILD_INPUTS"]["regions"]["BOUNDARY_SET"] == "2017"
    from qgis.core import QgsVectorLayer

    assert QgsVectorLayer(result["regions:regions"], "r", "ogr").featureCount() == 16


@pytest.mark.parametrize("language", ["en", "ru"])
def test_help_says_how_to_pass_every_option(qgis_app, language):
    for algorithm in algorithms():
        text = algorithm.help_text(language)
        definitions = option_parameters(algorithm)
        for definition in definitions:
            from kz_innovation_plugin.processing_provider.base import choices_of

            assert f"<code>{definition.name()}</code>" in text, algorithm.name()
            for index, option in enumerate(choices_of(definition).options):
                assert f"<code>{option.value}</code> = {index}:" in text, (
                    algorithm.name(), definition.name(), option.value)
        if definitions:
            assert "qgis_process" in text
        assert "{choices}" not in text


# --- the dialog: what stays in the main list, and numbers ------------------------------------

def main_list(algorithm_id: str) -> set[str]:
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return {definition.name() for definition in algorithm.parameterDefinitions()
            if not definition.flags() & QgsProcessingParameterDefinition.FlagAdvanced}


def test_full_analysis_dialog_shows_the_few_choices_most_users_make(qgis_app):
    assert main_list("kzinnovation:fullanalysis") == {
        "TABLE", "INPUT", "YEAR", "ACTIVITY_TABLE", "ACTIVITY_LAYOUT", "ACTIVITY_SHEETS",
        "NORMALISATION", "AGGREGATION", "CORE_MODE", "ZONE_METHOD", "OUTPUT", "REPORT",
    }


def test_cluster_cores_dialog_hides_the_settings_of_one_mode(qgis_app):
    assert main_list("kzinnovation:clustercores") == {
        "INPUT", "CORE_MODE", "LOCAL", "ZONE_METHOD", "CORES", "ZONES", "CLUSTERS",
        "MULTIPLIER", "METHOD", "GEOPACKAGE",
    }


def test_index_dialog_keeps_the_method_and_hides_the_tuning(qgis_app):
    assert main_list("kzinnovation:innovationindex") == {
        "INPUT", "POTENTIAL_FIELDS", "PERFORMANCE_FIELDS", "LOWER_IS_BETTER", "NATIONAL_TABLE",
        "YEAR", "IMPUTATION", "TREATMENT", "NORMALISATION", "WEIGHTING", "AGGREGATION",
        "OUTPUT", "METHOD", "WEIGHTS", "CORRELATION",
    }


def test_every_decimal_number_says_how_many_decimals_to_show(qgis_app):
    from qgis.core import QgsProcessingParameterNumber

    checked = 0
    for algorithm in algorithms():
        for definition in algorithm.parameterDefinitions():
            if definition.type() == "number" \
                    and definition.dataType() == QgsProcessingParameterNumber.Double:
                places = definition.metadata().get("widget_wrapper", {}).get("decimals")
                assert isinstance(places, int) and 0 <= places <= 3, (
                    algorithm.name(), definition.name(), places)
                checked += 1
    assert checked >= 5  # ALPHA, BAND, THRESHOLD, MAX_MISSING_SHARE, ... at least


DIALOG_WIDGETS = textwrap.dedent("""
    import sys
    from pathlib import Path
    from qgis.core import QgsApplication, QgsProcessingContext
    from qgis.gui import QgsGui, QgsProcessingGui
    app = QgsApplication([], True)
    app.initQgis()
    from kz_innovation_plugin.processing_provider.algorithms import FullAnalysisAlgorithm
    algorithm = FullAnalysisAlgorithm()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    registry = QgsGui.processingGuiRegistry()
    for name, value in (("ALPHA", None), ("MIN_PROBABILITY", 0.9), ("THRESHOLD", 0.5),
                        ("BETA", None), ("TRANSFORM", None)):
        wrapper = registry.createParameterWidgetWrapper(algorithm.parameterDefinition(name),
                                                        QgsProcessingGui.Standard)
        widget = wrapper.createWrappedWidget(context)
        if value is not None:
            wrapper.setWidgetValue(value, context)
        if hasattr(widget, "itemText"):
            print(name, "|".join(widget.itemText(i) for i in range(widget.count())),
                  wrapper.widgetValue())
        else:
            print(name, widget.text())
""")


def test_dialog_widgets_show_labels_and_short_numbers(qgis_app):
    """QGIS 3.22's own widgets, in a QGIS with a GUI: the combo box shows the labels and gives
    the index; the number boxes read the decimals from the parameter's metadata."""
    completed = subprocess.run(
        [sys.executable, "-c", DIALOG_WIDGETS], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    shown = dict(line.split(" ", 1) for line in completed.stdout.splitlines() if " " in line)
    assert shown["ALPHA"] == "0.050"
    assert shown["MIN_PROBABILITY"] == "0.90"
    assert shown["THRESHOLD"] == "0.500"
    assert shown["BETA"] == "2.0"
    assert shown["TRANSFORM"] == "Row-standardised|Binary 0"


# --- Year preset from a one-year table ---------------------------------------------------------

def test_full_analysis_takes_the_only_year_of_the_table(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    lines = DEMO_TABLE.read_text(encoding="utf-8").splitlines()
    one_year = tmp_path / "indicators_2019.csv"
    one_year.write_text("\n".join([lines[0], *[line for line in lines[1:]
                                               if line.startswith("2019,")]]) + "\n",
                        encoding="utf-8")

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)
            super().pushInfo(info)

    log = Log()
    result = processing.run("kzinnovation:fullanalysis", {
        "TABLE": str(one_year), "RUNS": 20, "PERMUTATIONS": 99,
        "OUTPUT": str(tmp_path / "analysis.gpkg"), "REPORT": str(tmp_path / "report.html"),
    }, feedback=log)
    assert result["CORE_COUNT"] >= 1
    assert any("the only year, 2019, was taken" in line for line in log.lines), log.lines
