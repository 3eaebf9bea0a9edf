"""kzinnovation:harmonisepanel and kzinnovation:spillover in QGIS: processing.run, loading in a
project, a model chaining the two, bad input that writes nothing, and qgis_process from the
packaged zip on the official 2021-2023 extract."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.qgis

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"


def features(path, layer=None):
    from qgis.core import QgsVectorLayer

    uri = f"{path}|layername={layer}" if layer else str(path)
    source = QgsVectorLayer(uri, "out", "ogr")
    assert source.isValid(), uri
    return list(source.getFeatures())


def harmonise(tmp_path, **extra):
    import processing

    return processing.run("kzinnovation:harmonisepanel", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": "2022", "SPLIT_RULE": "copy_parent",
        "OUTPUT": str(tmp_path / "panel.gpkg"), "REGIONS": str(tmp_path / "regions.gpkg"),
        **extra})


def keeping_feedback():
    """A feedback that keeps the warnings it is given."""
    from qgis.core import QgsProcessingFeedback

    class Keeping(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):  # noqa: N802 - QGIS's name
            self.warnings.append(warning)
            super().pushWarning(warning)

    return Keeping()


def test_the_extract_is_harmonised_to_the_2022_set(qgis_app, tmp_path, unchanged):
    unchanged.watch(EXTRACT)
    result = harmonise(tmp_path, YEAR=2022, GROUPS=str(tmp_path / "groups.csv"))
    rows = features(result["OUTPUT"])
    assert len(rows) == 157
    abai = [f for f in rows if f["unit_id"] == "abai" and f["year"] == 2021
            and f["indicator"] == "manufacturing_va_pct_grp"]
    assert [(f["value"], f["method"], f["source_set"]) for f in abai] == [
        (21.1, "copied", "2018")]
    regions = {f["unit_id"]: f for f in features(result["REGIONS"])}
    assert len(regions) == 20 and {f["year"] for f in regions.values()} == {2022}
    assert regions["ulytau"]["grp_per_capita"] == pytest.approx(7278.4)
    assert regions["abai"]["manufacturing_va_pct_grp_method"] == "copied"
    assert len(features(result["GROUPS"])) == 8


def test_manufacturing_on_the_2018_set_needs_no_weight(qgis_app, tmp_path):
    result = harmonise(tmp_path, BOUNDARY_SET="2018", SPLIT_RULE=0,
                       INDICATORS="manufacturing_va_pct_grp", GEOPACKAGE=str(tmp_path / "all.gpkg"))
    assert {f["method"] for f in features(result["OUTPUT"])} == {"published"}
    assert len(features(result["REGIONS"])) == 17 * 3  # every year: a feature per region
    assert len(features(tmp_path / "all.gpkg", "harmonised_panel")) == 3 * 16


def test_a_rate_without_its_weight_writes_nothing(qgis_app, tmp_path, unchanged):
    from qgis.core import QgsProcessingException

    unchanged.watch(EXTRACT)
    with pytest.raises(QgsProcessingException, match="are rates, so merging regions into the "
                                                     "2018 set needs a weight"):
        harmonise(tmp_path, BOUNDARY_SET="2018")
    assert not list(tmp_path.iterdir())


def test_a_year_on_no_known_boundary_set_writes_nothing(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    table = tmp_path / "mixed.csv"
    table.write_text("year,region,indicator,value\n2020,Южно-Казахстанская,x,1\n"
                     "2020,Туркестанская,x,2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="fit no single boundary set"):
        harmonise(tmp_path, TABLE=str(table), KINDS="x=count")
    assert {path.name for path in tmp_path.iterdir()} == {"mixed.csv"}


def test_an_unknown_target_set_is_refused_before_running(qgis_app):
    from qgis.core import QgsApplication, QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().algorithmById("kzinnovation:harmonisepanel")
    ok, message = algorithm.checkParameterValues(
        {"TABLE": str(EXTRACT), "BOUNDARY_SET": "2019", "OUTPUT": "TEMPORARY_OUTPUT"},
        QgsProcessingContext())
    assert not ok and message.startswith("Harmonise to the boundary set: '2019' is not one")


def spillover_parameters(tmp_path, regions, **extra):
    return {"INPUT": regions, "Y_FIELD": "grp_per_capita",
            "X_FIELDS": ["rd_expenditure_pct_grp"], "MODEL": "lag",
            "CORES": "astana, almaty_city", "DRAWS": 200, "SEED": 3,
            "OUTPUT": str(tmp_path / "estimates.gpkg"),
            "IMPACTS": str(tmp_path / "impacts.csv"),
            "CORE_EFFECTS": str(tmp_path / "cores.gpkg"),
            "CORE_SUMMARY": str(tmp_path / "summary.csv"),
            "METHOD": str(tmp_path / "method.csv"), **extra}


@pytest.fixture
def regions_2022(qgis_app, tmp_path):
    """The extract on the 2022 set, 2022 values on the bundled regions."""
    return harmonise(tmp_path, YEAR=2022, OUTPUT="TEMPORARY_OUTPUT")["REGIONS"]


def test_the_spillover_of_two_cores_with_its_warning(regions_2022, tmp_path):
    import processing

    feedback = keeping_feedback()
    result = processing.run("kzinnovation:spillover",
                            spillover_parameters(tmp_path, regions_2022), feedback=feedback)
    terms = [f["term"] for f in features(result["OUTPUT"])]
    assert terms == ["CONSTANT", "rd_expenditure_pct_grp", "rho"]
    impacts = features(result["IMPACTS"])
    assert [f["effect"] for f in impacts] == ["direct", "indirect", "total"]
    effects = features(result["CORE_EFFECTS"])
    assert len(effects) == 2 * 20 and all(f.hasGeometry() for f in effects)
    own = {f["core_name"] for f in effects if f["is_core"] in (True, 1)}
    assert own == {"Astana", "Almaty"}
    assert len(features(result["CORE_SUMMARY"])) == 2
    assert any(text.startswith("Small sample: only 20 regions") for text in feedback.warnings)
    method = {f["key"]: f["value"] for f in features(result["METHOD"])}
    assert "Small sample: only 20 regions" in method["warnings"]


def test_the_spillover_equals_the_core_job(regions_2022, tmp_path):
    import processing

    from kz_innovation_plugin.core.jobs import panel, spillover

    result = processing.run("kzinnovation:spillover", spillover_parameters(
        tmp_path, regions_2022, MODEL="durbin", CORES="Astana"))
    layer = panel.run(panel.PanelJob(table=str(EXTRACT), split_rule="copy_parent",
                                     year=2022)).regions
    expected = spillover.run(spillover.SpilloverJob(
        y="grp_per_capita", x=["rd_expenditure_pct_grp"], model="durbin", cores=["astana"],
        draws=200, seed=3), layer).result.impacts
    # the impacts went to a CSV file: its cells come back as text
    got = {f["effect"]: tuple(float(f[name]) for name in ("estimate", "ci_lower", "ci_upper"))
           for f in features(result["IMPACTS"])}
    for row in expected.itertuples():
        assert got[row.effect] == pytest.approx((row.estimate, row.ci_lower, row.ci_upper),
                                                rel=1e-6)


def test_a_gap_in_an_input_writes_nothing(regions_2022, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="'manufacturing_va_pct_grp' has missing"):
        processing.run("kzinnovation:spillover", spillover_parameters(
            tmp_path, regions_2022, X_FIELDS=["manufacturing_va_pct_grp"]))
    written = ("estimates.gpkg", "impacts.csv", "cores.gpkg", "summary.csv", "method.csv")
    assert not [name for name in written if (tmp_path / name).exists()]


def test_both_load_into_a_project(project, tmp_path):
    import processing

    processing.runAndLoadResults("kzinnovation:harmonisepanel", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": 0, "SPLIT_RULE": 1, "YEAR": 2022,
        "OUTPUT": "TEMPORARY_OUTPUT", "REGIONS": "TEMPORARY_OUTPUT", "GROUPS": "TEMPORARY_OUTPUT",
        "METHOD": "TEMPORARY_OUTPUT"})
    loaded = list(project.mapLayers().values())
    regions = [layer for layer in loaded if "grp_per_capita" in layer.fields().names()]
    assert len(loaded) == 4 and len(regions) == 1 and regions[0].featureCount() == 20
    processing.runAndLoadResults("kzinnovation:spillover", spillover_parameters(
        tmp_path, regions[0], OUTPUT="TEMPORARY_OUTPUT", IMPACTS="TEMPORARY_OUTPUT",
        CORE_EFFECTS="TEMPORARY_OUTPUT", CORE_SUMMARY="TEMPORARY_OUTPUT"))
    effects = [layer for layer in project.mapLayers().values()
               if "core_name" in layer.fields().names() and layer.isSpatial()]
    assert len(effects) == 1 and effects[0].featureCount() == 40


def test_they_run_as_steps_of_a_graphical_model(qgis_app, tmp_path):
    """Harmonise -> spillover on the harmonised regions, as the designer saves a model."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelOutput,
    )
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    model = QgsProcessingModelAlgorithm("dynamics model", "tests")
    harmonised = child("kzinnovation:harmonisepanel", "harmonise", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": 0, "SPLIT_RULE": 1, "YEAR": 2022})
    model.addChildAlgorithm(harmonised)
    estimate = child("kzinnovation:spillover", "spillover", {
        "Y_FIELD": "grp_per_capita", "X_FIELDS": "rd_expenditure_pct_grp", "CORES": "astana",
        "DRAWS": 100})
    estimate.addParameterSources("INPUT", [Source.fromChildOutput("harmonise", "REGIONS")])
    output = QgsProcessingModelOutput("cores")
    output.setChildId("spillover")
    output.setChildOutputName("CORE_EFFECTS")
    estimate.setModelOutputs({"cores": output})
    model.addChildAlgorithm(estimate)
    path = tmp_path / "dynamics.model3"
    assert model.toFile(str(path))
    saved = QgsProcessingModelAlgorithm()
    assert saved.fromFile(str(path))
    ok, problems = saved.validate()
    assert ok, problems
    result = processing.run(saved, {"spillover:cores": str(tmp_path / "cores.gpkg")})
    assert len(features(result["spillover:cores"])) == 20


def child(algorithm_id, child_id, given):
    """A model step with ``given`` values and every other parameter at its default."""
    from qgis.core import QgsProcessingModelChildAlgorithm
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    for definition in step.algorithm().parameterDefinitions():
        value = given.get(definition.name(), definition.defaultValue())
        if definition.name() != "INPUT" and value is not None \
                and not definition.isDestination():
            step.addParameterSources(definition.name(), [Source.fromStaticValue(value)])
    return step


@pytest.mark.slow
def test_the_extract_through_qgis_process(qgis_process, tmp_path, unchanged):
    """The packaged plugin harmonises the extract to the 2022 set (rates copied to the new
    regions) and, for manufacturing value added only, to the 2018 set; then estimates the
    spillover of the two cities on the 2022 regions."""
    unchanged.watch(EXTRACT)
    to_2022 = qgis_process.run_json(
        "kzinnovation:harmonisepanel", TABLE=str(EXTRACT), BOUNDARY_SET="2022",
        SPLIT_RULE="copy_parent", YEAR="2022", OUTPUT=str(tmp_path / "panel_2022.gpkg"),
        REGIONS=str(tmp_path / "regions_2022.gpkg"), GROUPS=str(tmp_path / "groups.csv"))
    assert set(to_2022["results"]) >= {"OUTPUT", "REGIONS", "GROUPS"}
    methods = [f["method"] for f in features(tmp_path / "panel_2022.gpkg")]
    assert len(methods) == 157 and methods.count("copied") == 24
    to_2018 = qgis_process.run_json(
        "kzinnovation:harmonisepanel", TABLE=str(EXTRACT), BOUNDARY_SET="2018",
        INDICATORS="manufacturing_va_pct_grp", OUTPUT=str(tmp_path / "panel_2018.csv"),
        REGIONS=str(tmp_path / "regions_2018.gpkg"))
    assert "OUTPUT" in to_2018["results"]
    rows = features(tmp_path / "panel_2018.csv")
    assert len(rows) == 48 and {f["method"] for f in rows} == {"published"}
    assert len(features(tmp_path / "regions_2018.gpkg")) == 17 * 3
    refused = qgis_process(
        "run", "kzinnovation:harmonisepanel", "--", f"TABLE={EXTRACT}", "BOUNDARY_SET=2018",
        f"OUTPUT={tmp_path / 'refused.gpkg'}", check=False)
    assert refused.returncode != 0 and "needs a weight" in refused.stdout + refused.stderr
    assert not (tmp_path / "refused.gpkg").exists()
    qgis_process.run_json(
        "kzinnovation:spillover", INPUT=str(tmp_path / "regions_2022.gpkg"),
        Y_FIELD="grp_per_capita", X_FIELDS="rd_expenditure_pct_grp", MODEL="durbin",
        CORES="astana,almaty_city", DRAWS="200", OUTPUT=str(tmp_path / "estimates.gpkg"),
        CORE_EFFECTS=str(tmp_path / "cores.gpkg"), GEOPACKAGE=str(tmp_path / "all.gpkg"))
    assert len(features(tmp_path / "cores.gpkg")) == 2 * 20
    assert len(features(tmp_path / "all.gpkg", "spillover_core_summary")) == 2


@pytest.fixture
def every_year(qgis_app, tmp_path):
    """The extract on the 2022 set, one feature per region and year (2021-2023)."""
    return harmonise(tmp_path, OUTPUT="TEMPORARY_OUTPUT")["REGIONS"]


def test_emerging_hot_spots_of_rd_expenditure(every_year, tmp_path):
    import processing

    feedback = keeping_feedback()
    result = processing.run("kzinnovation:emerginghotspots", {
        "INPUT": every_year, "FIELD": "rd_expenditure_pct_grp", "PERMUTATIONS": 99,
        "OUTPUT": str(tmp_path / "emerging.gpkg"), "YEARS": str(tmp_path / "years.gpkg")},
        feedback=feedback)
    regions = features(result["OUTPUT"])
    assert len(regions) == 20
    assert {f["PATTERN"] for f in regions} <= {
        "No Pattern Detected", "New Hot Spot", "Consecutive Hot Spot", "Persistent Hot Spot",
        "Sporadic Hot Spot", "Oscillating Hot Spot", "New Cold Spot", "Consecutive Cold Spot",
        "Persistent Cold Spot", "Sporadic Cold Spot", "Oscillating Cold Spot"}
    assert {f["NUM_TSTEPS"] for f in regions} == {3}
    assert len(features(result["YEARS"])) == 60
    # three years cannot make a trend significant: said as a warning
    assert any("no trend can be significant" in text for text in feedback.warnings)


@pytest.mark.parametrize(("kind", "rows"), [("classic", 9), ("spatial", 9 + 27), ("lisa", 16)])
def test_markov_transitions_of_rd_expenditure(every_year, tmp_path, kind, rows):
    import processing

    result = processing.run("kzinnovation:markov", {
        "INPUT": every_year, "FIELD": "rd_expenditure_pct_grp", "KIND": kind, "CLASSES": 3,
        "PERMUTATIONS": 99, "OUTPUT": str(tmp_path / "classes.gpkg"),
        "TRANSITIONS": str(tmp_path / "transitions.gpkg"),
        "SUMMARY": str(tmp_path / "summary.gpkg")})
    regions = features(result["OUTPUT"])
    assert len(regions) == 20 and {"class_2021", "class_2023", "moves"} <= set(
        regions[0].fields().names())
    transitions = features(result["TRANSITIONS"])
    assert len(transitions) == rows
    # 20 regions, 2 moves each
    assert sum(f["count"] for f in transitions if f["condition"] == "all regions") == 40


def test_a_gap_in_a_year_writes_nothing(every_year, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no valid value for 20 region-year"):
        processing.run("kzinnovation:markov", {
            "INPUT": every_year, "FIELD": "grp_per_capita",  # not in the extract for 2023
            "OUTPUT": str(tmp_path / "classes.gpkg")})
    assert not (tmp_path / "classes.gpkg").exists()


@pytest.mark.slow
def test_the_dynamics_of_the_extract_through_qgis_process(qgis_process, tmp_path):
    """Every year on the 2022 set, then emerging hot spots and the LISA Markov chain of R&D
    expenditure, from the packaged plugin."""
    qgis_process.run_json(
        "kzinnovation:harmonisepanel", TABLE=str(EXTRACT), BOUNDARY_SET="2022",
        SPLIT_RULE="copy_parent", OUTPUT=str(tmp_path / "panel.gpkg"),
        REGIONS=str(tmp_path / "every_year.gpkg"))
    qgis_process.run_json(
        "kzinnovation:emerginghotspots", INPUT=str(tmp_path / "every_year.gpkg"),
        FIELD="rd_expenditure_pct_grp", PERMUTATIONS="99",
        OUTPUT=str(tmp_path / "emerging.gpkg"))
    patterns = features(tmp_path / "emerging.gpkg")
    assert len(patterns) == 20 and all(f["PATTERN"] for f in patterns)
    qgis_process.run_json(
        "kzinnovation:markov", INPUT=str(tmp_path / "every_year.gpkg"),
        FIELD="rd_expenditure_pct_grp", KIND="lisa", PERMUTATIONS="0",
        OUTPUT=str(tmp_path / "classes.gpkg"), TRANSITIONS=str(tmp_path / "moves.gpkg"))
    assert sum(f["count"] for f in features(tmp_path / "moves.gpkg")) == 40
