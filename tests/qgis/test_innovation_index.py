"""kzinnovation:innovationindex in real QGIS: defaults on the bundled 2018 statistics, batch."""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TABLE
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis


def joined_layer(tmp_path, year: int, boundary_set: str = "2018") -> str:
    import processing

    result = processing.run("kzinnovation:joinindicators", {
        "INPUT": bundled_uri(boundary_set), "TABLE": str(DEMO_TABLE), "YEAR": year,
        "OUTPUT": str(tmp_path / f"joined_{year}.gpkg"),
        "REPORT": str(tmp_path / f"report_{year}.gpkg"),
    })
    return result["OUTPUT"]


def run_index(tmp_path, layer, tag, **extra):
    import processing

    return processing.run("kzinnovation:innovationindex", {
        "INPUT": layer, "NATIONAL_TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 100,
        "OUTPUT": str(tmp_path / f"index_{tag}.gpkg"),
        "METHOD": str(tmp_path / f"method_{tag}.gpkg"),
        "WEIGHTS": str(tmp_path / f"weights_{tag}.gpkg"),
        "CORRELATION": str(tmp_path / f"correlation_{tag}.gpkg"),
        **extra,
    })


def test_index_with_defaults_on_2018(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    result = run_index(tmp_path, joined_layer(tmp_path, 2018), "2018")
    layer = QgsVectorLayer(result["OUTPUT"], "index", "ogr")
    assert layer.featureCount() == 17
    ranks = sorted(feature["innov_rank"] for feature in layer.getFeatures())
    assert ranks[0] == 1
    for name in ("innov_idx", "innov_lvl", "si_potenti", "si_perform", "rank_p05", "rank_p95",
                 "p_top", "profile", "perf_group", "n_rd_exp"):
        assert name in layer.fields().names(), name
    method = QgsVectorLayer(result["METHOD"], "method", "ogr")
    keys = {feature["key"] for feature in method.getFeatures()}
    assert "method.uncertainty.seed" in keys and "method.weights.potential.rd_exp" in keys
    weights = QgsVectorLayer(result["WEIGHTS"], "weights", "ogr")
    assert weights.featureCount() == 7
    correlation = QgsVectorLayer(result["CORRELATION"], "correlation", "ogr")
    assert correlation.featureCount() == 7


def test_index_runs_in_batch_for_2018_and_2019(qgis_app, tmp_path):
    """The same algorithm over two years, as the batch dialog runs it (one call per row)."""
    from qgis.core import QgsVectorLayer

    tops = {}
    for year in (2018, 2019):
        result = run_index(tmp_path, joined_layer(tmp_path, year), str(year), YEAR=year)
        layer = QgsVectorLayer(result["OUTPUT"], "index", "ogr")
        assert layer.featureCount() == 17
        tops[year] = [f["unit_id"] for f in layer.getFeatures() if f["innov_rank"] == 1]
    assert all(tops.values())


def test_index_bad_thresholds_leave_no_output(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    layer = joined_layer(tmp_path, 2018)
    with pytest.raises(QgsProcessingException, match="two increasing numbers"):
        run_index(tmp_path, layer, "bad", THRESHOLDS="0.7, 0.3")
    assert not list(tmp_path.glob("index_bad*")) and not list(tmp_path.glob("method_bad*"))


def test_loaded_index_is_styled_by_level(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProject

    layer = joined_layer(tmp_path, 2018)
    result = processing.runAndLoadResults("kzinnovation:innovationindex", {
        "INPUT": layer, "RUNS": 20, "OUTPUT": str(tmp_path / "styled.gpkg"),
        "METHOD": "TEMPORARY_OUTPUT", "WEIGHTS": "TEMPORARY_OUTPUT",
        "CORRELATION": "TEMPORARY_OUTPUT",
    })
    try:
        (loaded,) = [layer for layer in QgsProject.instance().mapLayers().values()
                     if layer.source().startswith(str(result["OUTPUT"]).split("|")[0])]
        renderer = loaded.renderer()
        assert renderer.type() == "categorizedSymbol"
        assert renderer.classAttribute() == "innov_lvl"
        assert [c.value() for c in renderer.categories()] == ["low", "medium", "high"]
    finally:
        QgsProject.instance().removeAllMapLayers()
