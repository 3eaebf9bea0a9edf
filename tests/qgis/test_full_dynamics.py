"""The full analysis in QGIS on a table of several years: the Dynamics part in the GeoPackage,
the report and the log; bad dynamics input stops the run before anything is written; the
packaged plugin through qgis_process."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"


def parameters(tmp_path, **extra) -> dict:
    return {"TABLE": str(EXTRACT), "INPUT": bundled_uri("2022"), "RUNS": 100, "SEED": 7,
            "CORE_MODE": "top_k", "TOP_K": 2, "DYNAMICS_SPLIT_RULE": "copy_parent",
            "OUTPUT": str(tmp_path / "out" / "analysis.gpkg"),
            "REPORT": str(tmp_path / "out" / "report.html"), **extra}


def test_a_table_of_several_years_gets_a_dynamics_section(qgis_app, tmp_path, unchanged):
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)
            super().pushWarning(text)

    unchanged.watch(EXTRACT)
    feedback = Warnings()
    result = processing.run("kzinnovation:fullanalysis", parameters(tmp_path),
                            feedback=feedback)
    unchanged.check()
    gpkg = result["OUTPUT"]
    panel = QgsVectorLayer(f"{gpkg}|layername=panel_index", "panel", "ogr")
    assert panel.isValid() and panel.featureCount() == 20 * 3
    spillover = QgsVectorLayer(f"{gpkg}|layername=spillover_core_summary", "s", "ogr")
    assert spillover.featureCount() == result["CORE_COUNT"] == 2
    regions = QgsVectorLayer(f"{gpkg}|layername=regions", "regions", "ogr")
    assert {"ehs_pattern", "ehs_cat", "ehs_trend_p"} <= set(regions.fields().names())
    harmonised = QgsVectorLayer(f"{gpkg}|layername=harmonised_panel", "h", "ogr")
    assert "copied" in {feature["method"] for feature in harmonised.getFeatures()}
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    dynamics = page.split('<section id="dynamics">')[1].split("</section>")[0]
    assert "trajectories.png" in dynamics
    assert (tmp_path / "out" / "report_files" / "trajectories.png").is_file()
    for feature in spillover.getFeatures():
        assert feature["core_name"] in dynamics  # each core's spillover in the report
    assert "multiplier effect" in dynamics and "Small sample: only 20 regions" in dynamics
    assert any("Small sample" in text for text in feedback.warnings)
    assert any("no Mann-Kendall trend can be significant" in text
               for text in feedback.warnings)


@pytest.mark.parametrize(("extra", "message"), [
    ({"DYNAMICS_X": "patents"}, '"patents" is not an indicator of the table'),
    ({"DYNAMICS_WEIGHTS": "rd_expenditure_pct_grp"}, "is not \"name=value\""),
    ({"DYNAMICS_WEIGHT_TABLE": "/nonexistent/weights.csv"}, "weights.csv"),
])
def test_bad_dynamics_input_writes_nothing(qgis_app, tmp_path, extra, message):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        processing.run("kzinnovation:fullanalysis", parameters(tmp_path, **extra))
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.slow
def test_the_dynamics_through_qgis_process(qgis_process, tmp_path):
    """The packaged plugin: the extract on the 2022 regions, the Dynamics section in the
    report with each core's spillover."""
    qgis_process.run_json("kzinnovation:fullanalysis", **{
        key: str(value) for key, value in parameters(tmp_path).items()})
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert '<section id="dynamics">' in page and "spillover" in page
