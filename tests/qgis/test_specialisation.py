"""kzinnovation:specialisation in QGIS: processing.run, loading with its style, qgis_process."""

from __future__ import annotations

import pytest

from tests.conftest import INNOVATION_BULLETIN, RD_BULLETIN
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis

#: the 2022 R&D bulletin's sheets by field of science
FIELDS = ("natural sciences=6; engineering and technology=7; medical sciences=8; "
          "agricultural sciences=9; social sciences=10; humanities=11")


def parameters(tmp_path, **extra):
    return {"INPUT": bundled_uri("2022"), "TABLE": str(RD_BULLETIN), "LAYOUT": "sheets",
            "SHEETS": FIELDS, "OUTPUT": str(tmp_path / "regions.gpkg"),
            "CELLS": str(tmp_path / "cells.csv"), **extra}


def features(path, layer=None):
    from qgis.core import QgsVectorLayer

    uri = f"{path}|layername={layer}" if layer else str(path)
    source = QgsVectorLayer(uri, "out", "ogr")
    assert source.isValid(), uri
    return list(source.getFeatures())


def test_the_rd_bulletin_gives_each_region_its_field(qgis_app, tmp_path):
    import processing

    result = processing.run("kzinnovation:specialisation", parameters(tmp_path))
    regions = {f["unit_id"]: f for f in features(result["OUTPUT"])}
    assert len(regions) == 20
    assert regions["astana"]["sp_dom"] == "social sciences"
    assert regions["astana"]["sp_dom_lq"] == pytest.approx(3.1074, abs=1e-4)
    assert regions["almaty_region"]["sp_dom"] == "agricultural sciences"
    cells = features(result["CELLS"])
    assert len(cells) == 120 and {f["activity"] for f in cells} >= {"humanities"}


def test_the_log_shows_each_note_once(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.extend(info.splitlines())

        def pushWarning(self, warning):
            self.lines.extend(warning.splitlines())

    log = Log()
    processing.run("kzinnovation:specialisation", parameters(tmp_path), feedback=log)
    notes = [line for line in log.lines if "missing" in line]  # the bulletin's "x" cells
    assert notes, log.lines
    assert len(notes) == len(set(notes)), notes


def test_the_region_layer_loads_with_the_activities_in_its_legend(project, tmp_path):
    import processing

    processing.runAndLoadResults("kzinnovation:specialisation",
                                 parameters(tmp_path, OUTPUT="TEMPORARY_OUTPUT"))
    styled = [layer for layer in project.mapLayers().values()
              if layer.renderer() is not None and "sp_dom" in layer.fields().names()]
    assert len(styled) == 1
    renderer = styled[0].renderer()
    assert renderer.classAttribute() == "sp_dom_no"
    dominant = {f["sp_dom_no"]: f["sp_dom"] for f in styled[0].getFeatures()}
    assert {(int(c.value()), c.label()) for c in renderer.categories()} == set(dominant.items())


def test_a_bad_table_writes_nothing(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    table = tmp_path / "negative.csv"
    table.write_text("region;A;C\nРеспублика Казахстан;10;10\nАкмолинская область;-5;5\n"
                     "Атырауская область;15;5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="negative"):
        processing.run("kzinnovation:specialisation", {
            "INPUT": bundled_uri("2018"), "TABLE": str(table),
            "OUTPUT": str(tmp_path / "regions.gpkg")})
    assert not (tmp_path / "regions.gpkg").exists()


@pytest.mark.slow
def test_both_bulletins_through_qgis_process(qgis_process, tmp_path):
    """The packaged plugin reads both unchanged .xls bulletins by sheet: sheet "1" of the
    innovation bulletin joined as indicators, the R&D sheets measured."""
    regions = tmp_path / "regions.gpkg"
    qgis_process.run_json("kzinnovation:bundledregions", BOUNDARY_SET="2022", OUTPUT=str(regions))
    joined = qgis_process.run_json(
        "kzinnovation:joinindicators", INPUT=str(regions), TABLE=str(INNOVATION_BULLETIN),
        SHEET="1", YEAR="2022", OUTPUT=str(tmp_path / "joined.gpkg"),
        REPORT=str(tmp_path / "report.gpkg"))
    assert joined["results"]["MATCHED"] == 20 and joined["results"]["UNMATCHED_ROWS"] == 0
    from qgis.core import NULL

    measured = qgis_process.run_json(
        "kzinnovation:specialisation", INPUT=str(tmp_path / "joined.gpkg"),
        TABLE=str(RD_BULLETIN), LAYOUT="sheets", SHEETS=FIELDS, DASH="zero",
        OUTPUT=str(tmp_path / "specialised.gpkg"), GEOPACKAGE=str(tmp_path / "all.gpkg"))
    assert set(measured["results"]) >= {"OUTPUT", "GEOPACKAGE"}
    rows = {f["unit_id"]: f for f in features(tmp_path / "specialised.gpkg")}
    # the innovation bulletin's enterprises with innovations (sheet "1") and the R&D field
    assert rows["almaty_city"]["sp_dom"] == "natural sciences"
    # "Одан инновациялары бары" (enterprises with innovations): one field, the city's 1031
    # and the oblast's 67 ("Алматы" beside "Алматы қаласы")
    names = rows["almaty_city"].fields().names()
    (field,) = [name for name in names if rows["almaty_city"][name] == 1031]
    assert rows["almaty_region"][field] == 67
    # "x" (confidential) is read as missing, never zero: Turkistan's natural sciences and
    # engineering (sheets "6" and "7")
    assert rows["turkistan"]["sp_missing"] == 2
    cells = features(tmp_path / "all.gpkg", "specialisation_cells")
    assert len(cells) == 120
    turkistan = {f["activity"]: f["value"] for f in cells if f["unit_id"] == "turkistan"}
    assert turkistan["natural sciences"] == NULL and turkistan["humanities"] == 305743.0


def test_it_runs_as_a_step_of_a_graphical_model(qgis_app, tmp_path):
    """Bundled regions -> specialisation, chained in a model as the designer saves it."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelOutput,
    )
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    model = QgsProcessingModelAlgorithm("specialisation model", "tests")
    regions = QgsProcessingModelChildAlgorithm("kzinnovation:bundledregions")
    regions.setChildId("regions")
    regions.addParameterSources("BOUNDARY_SET", [Source.fromStaticValue(0)])  # 2022
    model.addChildAlgorithm(regions)
    step = QgsProcessingModelChildAlgorithm("kzinnovation:specialisation")
    step.setChildId("specialisation")
    step.addParameterSources("INPUT", [Source.fromChildOutput("regions", "OUTPUT")])
    given = {"TABLE": str(RD_BULLETIN), "LAYOUT": 2, "SHEETS": FIELDS}
    # as the designer does: every other parameter with its default value
    for definition in step.algorithm().parameterDefinitions():
        value = given.get(definition.name(), definition.defaultValue())
        if definition.name() != "INPUT" and value is not None \
                and not definition.isDestination():
            step.addParameterSources(definition.name(), [Source.fromStaticValue(value)])
    output = QgsProcessingModelOutput("specialised")
    output.setChildId("specialisation")
    output.setChildOutputName("OUTPUT")
    step.setModelOutputs({"specialised": output})
    model.addChildAlgorithm(step)
    path = tmp_path / "specialisation.model3"
    assert model.toFile(str(path))
    saved = QgsProcessingModelAlgorithm()
    assert saved.fromFile(str(path))
    ok, problems = saved.validate()
    assert ok, problems
    result = processing.run(saved, {"specialisation:specialised": str(tmp_path / "out.gpkg")})
    assert len(features(result["specialisation:specialised"])) == 20


def test_the_full_analysis_types_its_regions_with_the_rd_bulletin(qgis_app, tmp_path):
    """The 2018 statistics with the 2022 R&D bulletin: the bulletin's 20 regions are summed
    to the 2018 set, the cores typed, the report has the section, its heat map and the map
    of the dominant specialisation with the activities in its legend."""
    import processing

    from tests.conftest import DEMO_TABLE

    result = processing.run("kzinnovation:fullanalysis", {
        "TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 50, "SEED": 1,
        "ACTIVITY_TABLE": str(RD_BULLETIN), "ACTIVITY_LAYOUT": "sheets",
        "ACTIVITY_SHEETS": FIELDS, "ACTIVITY_ABOUT": "internal R&D expenditure, 2022",
        "OUTPUT": str(tmp_path / "analysis.gpkg"), "REPORT": str(tmp_path / "report.html")})
    regions = {f["unit_id"]: f for f in features(result["OUTPUT"], "regions")}
    assert len(regions) == 17
    # Astana's R&D is spread over the fields (HHI below the country's): diversified
    assert regions["astana"]["sp_type"] == "core_diversified"
    assert regions["east_kazakhstan"]["sp_type"] == "medium_specialised"
    assert regions["karaganda"]["sp_dom"] == "social sciences"
    cores = features(result["OUTPUT"], "cores")
    assert all(f["sp_type"].startswith("core_") for f in cores)
    published = features(result["OUTPUT"], "specialisation_cells_published")
    assert len(published) == 120
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="specialisation"' in page and "lq_heatmap.png" in page
    assert "Dominant specialisation" in page
    assert "internal R&amp;D expenditure, 2022" in page
