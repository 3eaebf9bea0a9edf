"""The full analysis from a layer that already has its indicators (issue 11, finding 9).

An analyst who joined the data in QGIS, or works on districts or a grid, has no table to give:
TABLE is optional, and INPUT then carries the indicator fields.
"""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TABLE
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis

INDICATORS = ["rd_exp", "research", "dig_lit", "internet", "grp_pc", "manuf_va", "manuf_prod"]
COMMON = {"RUNS": 100, "SEED": 7, "PERMUTATIONS": 199}


def full(folder, **parameters):
    import processing

    return processing.run("kzinnovation:fullanalysis", {
        **COMMON, "OUTPUT": str(folder / "analysis.gpkg"), "REPORT": str(folder / "report.html"),
        **parameters,
    })


def features(geopackage: str, layer: str, key: str = "unit_id") -> dict:
    from qgis.core import QgsVectorLayer

    source = QgsVectorLayer(f"{geopackage}|layername={layer}", layer, "ogr")
    assert source.isValid(), layer
    return {feature[key]: feature for feature in source.getFeatures()}


@pytest.fixture(scope="module")
def joined(qgis_app, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("joined")
    return processing.run("kzinnovation:joinindicators", {
        "INPUT": bundled_uri("2018"), "TABLE": str(DEMO_TABLE), "YEAR": 2018,
        "OUTPUT": str(folder / "joined.gpkg"), "REPORT": str(folder / "report.gpkg"),
    })["OUTPUT"]


def test_joined_layer_without_table_gives_the_run_with_the_table(joined, tmp_path):
    (tmp_path / "table").mkdir()
    (tmp_path / "layer").mkdir()
    with_table = full(tmp_path / "table", TABLE=str(DEMO_TABLE), YEAR=2018)
    from_layer = full(tmp_path / "layer", INPUT=joined)
    assert from_layer["CORE_COUNT"] == with_table["CORE_COUNT"] >= 1
    table_regions = features(with_table["OUTPUT"], "regions")
    layer_regions = features(from_layer["OUTPUT"], "regions")
    assert set(layer_regions) == set(table_regions) and len(layer_regions) == 17
    for unit, feature in layer_regions.items():
        expected = table_regions[unit]
        for field in ("innov_idx", "innov_rank", "innov_lvl", "rank_p05", "rank_p95", "p_top",
                      "LISA_CL", "Gi_Bin"):
            assert feature[field] == pytest.approx(expected[field]), (unit, field)
    assert set(features(from_layer["OUTPUT"], "cores")) == \
        set(features(with_table["OUTPUT"], "cores"))
    report = (tmp_path / "layer" / "report.html").read_text(encoding="utf-8")
    assert "Regions with their indicators: joined" in report  # named among the sources


def test_a_grid_without_region_codes_or_names(joined, tmp_path):
    """Districts or grid cells: only indicator fields, no code, no name."""
    import processing
    from qgis.core import QgsVectorLayer

    grid = processing.run("native:retainfields", {
        "INPUT": joined, "FIELDS": INDICATORS, "OUTPUT": str(tmp_path / "grid.gpkg"),
    })["OUTPUT"]
    assert "unit_id" not in QgsVectorLayer(grid, "grid", "ogr").fields().names()
    result = full(tmp_path, INPUT=grid)
    regions = features(result["OUTPUT"], "regions", key="fid")
    assert len(regions) == 17
    assert all(feature["innov_idx"] is not None for feature in regions.values())
    assert (tmp_path / "report.html").exists()


def test_a_layer_without_indicators_and_no_table_says_what_to_do(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        full(tmp_path, INPUT=bundled_uri("2018"))
    message = str(error.value)
    assert "none of the catalogue's fields (rd_exp, research" in message
    assert "Give the indicator table" in message
    assert not list(tmp_path.iterdir())


def test_neither_table_nor_layer_says_what_to_give(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Give an indicator table .TABLE.*INPUT"):
        full(tmp_path)
    assert not list(tmp_path.iterdir())
