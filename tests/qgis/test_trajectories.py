"""kzinnovation:indextrajectories in QGIS: processing.run on the official 2021-2023 extract
harmonised to the 2022 set (copy_parent: without a population or GRP weight table the only
honest way to give the three regions split off in 2022 a rate), the same index from the
harmonised layer, a model chaining harmonisation and trajectories, qgis_process from the
packaged zip, and bad input that writes nothing."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.qgis.test_dynamics_algorithms import child, features

pytestmark = pytest.mark.qgis

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"
#: the extract's indicators with values in every year 2021-2023
EVERY_YEAR = "rd_expenditure_pct_grp, manufacturing_va_pct_grp"
ALGORITHM = "kzinnovation:indextrajectories"


def outputs(tmp_path, tag: str = "") -> dict:
    return {"OUTPUT": str(tmp_path / f"scores{tag}.gpkg"),
            "REGIONS": str(tmp_path / f"regions{tag}.gpkg"),
            "CHART": str(tmp_path / f"ranks{tag}.png"),
            "METHOD": str(tmp_path / f"method{tag}.csv")}


def from_table(tmp_path, **extra):
    import processing

    return processing.run(ALGORITHM, {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": "2022", "SPLIT_RULE": "copy_parent",
        "INDICATORS": EVERY_YEAR, "RUNS": 30, "HIGHLIGHT": "astana, Almaty",
        **outputs(tmp_path), **extra})


def scores(path) -> dict:
    return {(f["unit_id"], f["year"]): (f["index"], f["rank"], f["rank_p05"], f["rank_p95"],
                                        f["harmonised"] or "")
            for f in features(path)}


def core_scores(**choices) -> dict:
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
    from kz_innovation_plugin.core.jobs import panel, trajectories
    from kz_innovation_plugin.core.options_text import IndexText

    table = panel.PanelJob(table=str(EXTRACT), split_rule="copy_parent",
                           indicators=[name.strip() for name in EVERY_YEAR.split(",")])
    index = choices.pop("index", None) or IndexText(runs=30).to_options()
    assert index.uncertainty == UncertaintySettings(runs=30, seed=1)
    result = trajectories.run(trajectories.TrajectoriesJob(index=index, panel=table,
                                                           **choices)).result.scores
    return {(row.unit_id, row.year): (row.index, row.rank, row.rank_p05, row.rank_p95,
                                      row.harmonised) for row in result.itertuples()}


def test_the_extract_on_the_2022_set_equals_the_core_job(qgis_app, tmp_path, unchanged):
    unchanged.watch(EXTRACT)
    result = from_table(tmp_path)
    got = scores(result["OUTPUT"])
    assert len(got) == 20 * 3
    expected = core_scores()
    assert got.keys() == expected.keys()
    for key, values in expected.items():
        assert got[key][:4] == pytest.approx(values[:4]), key
        assert got[key][4] == values[4], key
    assert got[("abai", 2021)][4] == "manufacturing_va_pct_grp"  # copied from its parent
    regions = features(result["REGIONS"])
    assert len(regions) == 20 and all(f.hasGeometry() for f in regions)
    astana = next(f for f in regions if f["unit_id"] == "astana")
    assert astana["index_2023"] == pytest.approx(got[("astana", 2023)][0])
    assert (tmp_path / "ranks.png").read_bytes()[:4] == b"\x89PNG"
    method = {f["key"]: f["value"] for f in features(result["METHOD"])}
    assert method["tool"] == ALGORITHM and method["reference"] == "pooled"


def test_the_harmonised_layer_gives_the_same_index(qgis_app, tmp_path):
    import processing

    every_year = processing.run("kzinnovation:harmonisepanel", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": 0, "SPLIT_RULE": 1, "INDICATORS": EVERY_YEAR,
        "OUTPUT": "TEMPORARY_OUTPUT", "REGIONS": "TEMPORARY_OUTPUT"})["REGIONS"]
    result = processing.run(ALGORITHM, {"INPUT": every_year, "RUNS": 30,
                                        "OUTPUT": str(tmp_path / "scores.gpkg")})
    got = scores(result["OUTPUT"])
    expected = core_scores()
    assert {key: values[4] for key, values in got.items()} == \
        {key: values[4] for key, values in expected.items()}  # marks from <indicator>_method
    for key, values in expected.items():
        assert got[key][:4] == pytest.approx(values[:4]), key
    assert not result.get("CHART")  # the chart only when asked for
    assert sorted(path.name for path in tmp_path.iterdir()) == ["scores.gpkg"]


def test_a_base_year_reference_by_its_index(qgis_app, tmp_path):
    result = from_table(tmp_path, REFERENCE=1, BASE_YEAR=2022, NORMALISATION="zscore",
                        CHART=None)
    got = scores(result["OUTPUT"])
    expected = core_scores(reference="base_year", base_year=2022,
                           index=_zscore_options())
    for key, values in expected.items():
        assert got[key][:4] == pytest.approx(values[:4]), key
    method = {f["key"]: f["value"] for f in features(result["METHOD"])}
    assert (method["reference"], method["base_year"]) == ("base_year", "2022")


def _zscore_options():
    from kz_innovation_plugin.core.options_text import IndexText

    return IndexText(runs=30, normalisation="zscore").to_options()


def test_they_run_as_steps_of_a_graphical_model(qgis_app, tmp_path):
    """Harmonise (every year) -> trajectories of the harmonised layer, as the designer saves
    a model."""
    import processing
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelOutput
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    model = QgsProcessingModelAlgorithm("trajectories model", "tests")
    model.addChildAlgorithm(child("kzinnovation:harmonisepanel", "harmonise", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": 0, "SPLIT_RULE": 1,
        "INDICATORS": EVERY_YEAR}))
    step = child(ALGORITHM, "trajectories", {"RUNS": 30, "HIGHLIGHT": "astana"})
    step.addParameterSources("INPUT", [Source.fromChildOutput("harmonise", "REGIONS")])
    model_outputs = {}
    for name, sink in (("scores", "OUTPUT"), ("chart", "CHART")):
        output = QgsProcessingModelOutput(name)
        output.setChildId("trajectories")
        output.setChildOutputName(sink)
        model_outputs[name] = output
    step.setModelOutputs(model_outputs)
    model.addChildAlgorithm(step)
    path = tmp_path / "trajectories.model3"
    assert model.toFile(str(path))
    saved = QgsProcessingModelAlgorithm()
    assert saved.fromFile(str(path))
    ok, problems = saved.validate()
    assert ok, problems
    result = processing.run(saved, {"trajectories:scores": str(tmp_path / "scores.gpkg"),
                                    "trajectories:chart": str(tmp_path / "chart.png")})
    assert len(features(result["trajectories:scores"])) == 60
    assert (tmp_path / "chart.png").is_file()


# --- bad input writes nothing -----------------------------------------------------------------

def test_a_rate_without_its_weight_writes_nothing(qgis_app, tmp_path, unchanged):
    from qgis.core import QgsProcessingException

    unchanged.watch(EXTRACT)
    with pytest.raises(QgsProcessingException, match="needs a weight"):
        from_table(tmp_path, BOUNDARY_SET="2018")
    assert not list(tmp_path.iterdir())


def test_one_year_only_writes_nothing(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="needs at least two years"):
        from_table(tmp_path, YEARS="2021")
    assert not list(tmp_path.iterdir())


def test_neither_a_table_nor_a_layer_writes_nothing(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Give a multi-year table"):
        processing.run(ALGORITHM, outputs(tmp_path))
    assert not list(tmp_path.iterdir())


def test_an_unknown_highlight_writes_nothing(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Atlantis to draw in colour"):
        from_table(tmp_path, HIGHLIGHT="Atlantis")
    assert not list(tmp_path.iterdir())


def test_rank_normalisation_is_not_offered(qgis_app):
    from qgis.core import QgsApplication, QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    ok, message = algorithm.checkParameterValues(
        {"TABLE": str(EXTRACT), "NORMALISATION": "rank", "OUTPUT": "TEMPORARY_OUTPUT"},
        QgsProcessingContext())
    assert not ok and message.startswith("Normalisation: 'rank' is not one of the options")
    assert '"distance_to_best" or 4' in message


@pytest.mark.slow
def test_the_extract_through_qgis_process(qgis_process, tmp_path, unchanged):
    """The packaged plugin computes the index of 2021-2023 on the 2022 set, with its chart,
    and refuses the 2018 set without a weight, writing nothing."""
    unchanged.watch(EXTRACT)
    result = qgis_process.run_json(
        ALGORITHM, TABLE=str(EXTRACT), BOUNDARY_SET="2022", SPLIT_RULE="copy_parent",
        INDICATORS=EVERY_YEAR, RUNS="30", HIGHLIGHT="astana,almaty_city",
        OUTPUT=str(tmp_path / "scores.gpkg"), REGIONS=str(tmp_path / "regions.gpkg"),
        CHART=str(tmp_path / "ranks.png"))
    assert set(result["results"]) >= {"OUTPUT", "REGIONS", "CHART"}
    got = scores(tmp_path / "scores.gpkg")
    expected = core_scores()
    for key, values in expected.items():
        assert got[key][:4] == pytest.approx(values[:4]), key
    assert len(features(tmp_path / "regions.gpkg")) == 20
    assert (tmp_path / "ranks.png").read_bytes()[:4] == b"\x89PNG"
    refused = qgis_process(
        "run", ALGORITHM, "--", f"TABLE={EXTRACT}", "BOUNDARY_SET=2018",
        f"OUTPUT={tmp_path / 'refused.gpkg'}", f"CHART={tmp_path / 'refused.png'}",
        check=False)
    assert refused.returncode != 0 and "needs a weight" in refused.stdout + refused.stderr
    assert not (tmp_path / "refused.gpkg").exists() and not (tmp_path / "refused.png").exists()
