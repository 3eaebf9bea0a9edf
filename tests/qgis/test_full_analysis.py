"""The whole analysis in one run, its model, and runs that fail or are cancelled."""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TABLE
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis


def run_full(tmp_path, folder="out", **extra):
    import processing

    return processing.run("kzinnovation:fullanalysis", {
        "TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 100, "SEED": 7,
        "OUTPUT": str(tmp_path / folder / "analysis.gpkg"),
        "REPORT": str(tmp_path / folder / "report.html"), **extra,
    })


def test_full_analysis_writes_styled_layers_and_a_report(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    result = run_full(tmp_path)
    for name in ("regions", "cores", "zones", "clusters"):
        layer = QgsVectorLayer(f"{result['OUTPUT']}|layername={name}", name, "ogr")
        assert layer.isValid(), name
    regions = QgsVectorLayer(f"{result['OUTPUT']}|layername=regions", "regions", "ogr")
    assert regions.featureCount() == 17
    assert regions.renderer().type() == "categorizedSymbol"
    for field in ("innov_idx", "LISA_CL", "Gi_Bin", "rank_p05"):
        assert field in regions.fields().names()
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    names = [f["name_en"] for f in regions.getFeatures()]
    assert all(name in html for name in names)
    images = list((tmp_path / "out" / "report_files").glob("*.png"))
    assert len(images) >= 6  # four maps and the charts
    assert result["CORE_COUNT"] >= 1


def test_model_gives_the_same_cores_as_the_full_analysis(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    full = run_full(tmp_path)
    full_cores = QgsVectorLayer(f"{full['OUTPUT']}|layername=cores", "c", "ogr")
    model = processing.run("kzinnovation:analysismodel", {
        "regions": bundled_uri("2018"), "table": str(DEMO_TABLE), "year": 2018, "runs": 100,
        "seed": 7, "zone_method": "rings",
        "join:Match report": str(tmp_path / "m_report.gpkg"),
        "index:Innovation index": str(tmp_path / "m_index.gpkg"),
        "lisa:LISA clusters of the index": str(tmp_path / "m_lisa.gpkg"),
        "cores:Cores": str(tmp_path / "m_cores.gpkg"),
        "cores:Influence zones": str(tmp_path / "m_zones.gpkg"),
        "cores:Clusters of cores": str(tmp_path / "m_clusters.gpkg"),
    })
    model_cores = QgsVectorLayer(model["cores:Cores"], "m", "ogr")
    assert sorted(f["unit_id"] for f in model_cores.getFeatures()) == \
        sorted(f["unit_id"] for f in full_cores.getFeatures())


def test_unwritable_folder_leaves_nothing_and_says_why(qgis_app, tmp_path):
    """An output folder that cannot be made (its parent is a file; a read-only folder would
    not stop root, who runs CI)."""
    from qgis.core import QgsProcessingException

    (tmp_path / "afile").write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="afile is a file, not a folder"):
        run_full(tmp_path, folder="afile/out")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["afile"]


def test_cancelled_run_leaves_nothing(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelSoon(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if progress > 20:
                self.cancel()

    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("kzinnovation:fullanalysis", {
            "TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 200,
            "OUTPUT": str(tmp_path / "c" / "analysis.gpkg"),
            "REPORT": str(tmp_path / "c" / "report.html"),
        }, feedback=CancelSoon())
    assert not (tmp_path / "c" / "analysis.gpkg").exists()
    assert not (tmp_path / "c" / "report.html").exists()


def test_a_region_the_index_leaves_out_is_named_with_its_cause(qgis_app, tmp_path):
    """The full analysis stopped later with "Field 'innov_idx' has no valid value for 1
    feature(s) (15)"; it now names the region and the cause at the index step, and the
    limit is a parameter."""
    import csv

    from qgis.core import QgsProcessingException

    with open(DEMO_TABLE, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    kept = {"digital_literacy_pct"}  # Kyzylorda keeps one indicator of 2018
    thinned = [row for row in rows if not (row[0] == "2018" and row[1] == "Кызылординская"
                                           and row[2] not in kept)]
    table = tmp_path / "thinned.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(thinned)
    with pytest.raises(QgsProcessingException,
                       match=r'The index leaves out 1 region\(s\): "Kyzylorda Region", because '
                             r"more than 50% of their indicators are missing; raise the largest "
                             r"share of missing indicators a region may have"):
        run_full(tmp_path, TABLE=str(table))
    assert not (tmp_path / "out" / "analysis.gpkg").exists()
    result = run_full(tmp_path, folder="allowed", TABLE=str(table), MAX_MISSING_SHARE=0.95)
    assert result["CORE_COUNT"] >= 1
