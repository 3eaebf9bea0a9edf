"""kzinnovation:convergence in QGIS: processing.run on the official extract harmonised to the
2022 set (equal to the core job, warnings as warnings), bad input that writes nothing, a step
of a graphical model, and qgis_process from the packaged zip."""

from __future__ import annotations

import pytest

from tests.qgis.test_dynamics_algorithms import (
    EXTRACT,
    child,
    features,
    harmonise,
    keeping_feedback,
)

pytestmark = pytest.mark.qgis


def outputs(tmp_path, **extra):
    return {"OUTPUT": str(tmp_path / "regions.gpkg"), "SIGMA": str(tmp_path / "sigma.gpkg"),
            "BETA": str(tmp_path / "beta.gpkg"), "METHOD": str(tmp_path / "method.gpkg"),
            **extra}


@pytest.fixture
def grp_years(qgis_app, tmp_path):
    """GRP per capita on the 2022 set, one feature per region in 2021 and 2022."""
    folder = tmp_path / "input"
    folder.mkdir()
    return harmonise(folder, INDICATORS="grp_per_capita", OUTPUT="TEMPORARY_OUTPUT",
                     REGIONS=str(folder / "grp.gpkg"))["REGIONS"]


@pytest.mark.parametrize("model", ["ols", "lag"])
def test_convergence_of_grp_per_capita_equals_the_core_job(grp_years, tmp_path, model):
    import processing

    from kz_innovation_plugin.core.jobs import convergence, panel
    from kz_innovation_plugin.core.jobs.spatial import SpatialJob

    feedback = keeping_feedback()
    result = processing.run("kzinnovation:convergence", {
        "INPUT": grp_years, "FIELD": "grp_per_capita", "MODEL": model, "CONFIDENCE": 0.9,
        **outputs(tmp_path)}, feedback=feedback)
    layer = panel.run(panel.PanelJob(table=str(EXTRACT), split_rule="copy_parent",
                                     indicators=["grp_per_capita"])).regions
    expected = convergence.run(convergence.ConvergenceJob(
        field="grp_per_capita", model=model, confidence=0.9,
        spatial=SpatialJob(id_field="unit_id")), layer)
    [beta] = features(result["BETA"])
    row = expected.layers()[convergence.BETA_LAYER].iloc[0]
    for name in ("beta", "beta_se", "ci_lower", "ci_upper", "beta_p", "speed"):
        assert beta[name] == pytest.approx(row[name], rel=1e-9), name
    assert (beta["model"], beta["start_year"], beta["end_year"], beta["regions"]) == (
        model, 2021, 2022, 20)
    regions = features(result["OUTPUT"])
    assert len(regions) == 20 and all(f.hasGeometry() for f in regions)
    assert {"LOG_INITIAL", "GROWTH", "RESIDUAL", "name_en"} <= set(regions[0].fields().names())
    sigma = features(result["SIGMA"])
    assert [f["year"] for f in sigma] == [2021, 2022]
    assert sigma[1]["log_std"] > sigma[0]["log_std"]  # the spread widened
    assert any(text.startswith("Only 20 regions: the regression has 18 degrees of freedom")
               for text in feedback.warnings)
    assert any("derived by the harmonisation (grp_per_capita_method: copied)" in text
               for text in feedback.warnings)
    method = {f["key"]: f["value"] for f in features(result["METHOD"])}
    assert method["tool"] == "kzinnovation:convergence"
    assert "Only 20 regions" in method["warnings"]


@pytest.mark.parametrize(("regions", "message"), [
    ({"YEAR": 2022}, "needs at least 2 years; the panel has 1 \\(2022\\)"),
    ({}, "no valid value for 20 region-year"),  # no GRP per capita for 2023
])
def test_one_year_or_a_field_with_gaps_writes_nothing(qgis_app, tmp_path, regions, message):
    import processing
    from qgis.core import QgsProcessingException

    layer = harmonise(tmp_path, OUTPUT="TEMPORARY_OUTPUT", REGIONS="TEMPORARY_OUTPUT",
                      **regions)["REGIONS"]
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("kzinnovation:convergence", {
            "INPUT": layer, "FIELD": "grp_per_capita", **outputs(folder)})
    assert not list(folder.iterdir())


def test_it_runs_as_a_step_of_a_graphical_model(qgis_app, tmp_path):
    """Harmonise GRP per capita -> convergence of its regions, as the designer saves a model."""
    import processing
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelOutput
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    model = QgsProcessingModelAlgorithm("convergence model", "tests")
    model.addChildAlgorithm(child("kzinnovation:harmonisepanel", "harmonise", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": 0, "SPLIT_RULE": 1,
        "INDICATORS": "grp_per_capita"}))
    step = child("kzinnovation:convergence", "convergence", {
        "FIELD": "grp_per_capita", "MODEL": 2})  # spatial error
    step.addParameterSources("INPUT", [Source.fromChildOutput("harmonise", "REGIONS")])
    wanted = {}
    for name, output_name in (("beta", "BETA"), ("regions", "OUTPUT")):
        output = QgsProcessingModelOutput(name)
        output.setChildId("convergence")
        output.setChildOutputName(output_name)
        wanted[name] = output
    step.setModelOutputs(wanted)
    model.addChildAlgorithm(step)
    path = tmp_path / "convergence.model3"
    assert model.toFile(str(path))
    saved = QgsProcessingModelAlgorithm()
    assert saved.fromFile(str(path))
    ok, problems = saved.validate()
    assert ok, problems
    result = processing.run(saved, {"convergence:beta": str(tmp_path / "beta.gpkg"),
                                    "convergence:regions": str(tmp_path / "regions.gpkg")})
    [beta] = features(result["convergence:beta"])
    assert beta["model"] == "error" and beta["spatial_term"] == "lambda"
    assert len(features(result["convergence:regions"])) == 20


@pytest.mark.slow
def test_convergence_through_qgis_process(qgis_process, tmp_path, unchanged):
    """The packaged plugin: GRP per capita on the 2022 set, then its spatial lag
    beta-convergence with all layers in one GeoPackage; a layer with gaps writes nothing."""
    unchanged.watch(EXTRACT)
    qgis_process.run_json(
        "kzinnovation:harmonisepanel", TABLE=str(EXTRACT), BOUNDARY_SET="2022",
        SPLIT_RULE="copy_parent", INDICATORS="grp_per_capita",
        OUTPUT=str(tmp_path / "panel.gpkg"), REGIONS=str(tmp_path / "grp.gpkg"))
    done = qgis_process.run_json(
        "kzinnovation:convergence", INPUT=str(tmp_path / "grp.gpkg"), FIELD="grp_per_capita",
        MODEL="lag", OUTPUT=str(tmp_path / "regions.gpkg"), SIGMA=str(tmp_path / "sigma.csv"),
        BETA=str(tmp_path / "beta.csv"))
    assert set(done["results"]) >= {"OUTPUT", "SIGMA", "BETA"}
    [beta] = features(tmp_path / "beta.csv")
    assert beta["model"] == "lag" and beta["spatial_term"] == "rho"
    assert float(beta["beta"]) == pytest.approx(0.02222, abs=1e-4)
    assert len(features(tmp_path / "regions.gpkg")) == 20
    assert len(features(tmp_path / "sigma.csv")) == 2
    qgis_process.run_json(
        "kzinnovation:harmonisepanel", TABLE=str(EXTRACT), BOUNDARY_SET="2022",
        SPLIT_RULE="copy_parent", OUTPUT=str(tmp_path / "all.gpkg"),
        REGIONS=str(tmp_path / "every_year.gpkg"))
    refused = qgis_process(
        "run", "kzinnovation:convergence", "--", f"INPUT={tmp_path / 'every_year.gpkg'}",
        "FIELD=grp_per_capita", f"OUTPUT={tmp_path / 'refused.gpkg'}", check=False)
    assert refused.returncode != 0
    assert "no valid value for 20 region-year" in refused.stdout + refused.stderr
    assert not (tmp_path / "refused.gpkg").exists()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_help_documents_every_output_field(qgis_app, language):
    from qgis.core import QgsApplication

    from kz_innovation_plugin.core.dynamics.convergence import BETA_COLUMNS as REGION_FIELDS
    from kz_innovation_plugin.core.jobs.convergence import BETA_COLUMNS, SIGMA_COLUMNS

    algorithm = QgsApplication.processingRegistry().algorithmById("kzinnovation:convergence")
    text = algorithm.help_text(language)
    missing = [name for name in (*REGION_FIELDS, *SIGMA_COLUMNS, *BETA_COLUMNS)
               if f"<code>{name}</code>" not in text]
    assert not missing
    assert "<code>MODEL</code>" in text  # the option list's values, for scripts and models
