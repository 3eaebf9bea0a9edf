"""The full analysis in QGIS, in Russian and Kazakh: its report follows the language, maps
included, and no output file names a folder of the machine (issue 12, items 3 and 5)."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import DEMO_TABLE
from tests.core.report.language_scan import decimal_points, english_left, visible_text
from tests.core.test_no_absolute_paths import INPUTS, assert_no_folder_in

pytestmark = pytest.mark.qgis


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_full_analysis_report_follows_its_language_and_names_no_folder(
        qgis_app, tmp_path, monkeypatch, language):
    import processing

    from kz_innovation_plugin.processing_provider.algorithms import full_analysis

    monkeypatch.setattr(full_analysis, "_language", lambda: language)  # the QGIS locale
    inputs = tmp_path / INPUTS
    inputs.mkdir()
    table = shutil.copyfile(DEMO_TABLE, inputs / "table.csv")
    out = tmp_path / "out"
    processing.run("kzinnovation:fullanalysis", {
        "TABLE": str(table), "YEAR": 2018, "RUNS": 100, "SEED": 7,
        "OUTPUT": str(out / "analysis.gpkg"), "REPORT": str(out / "report.html")})
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f'lang="{language}"' in page
    text = visible_text(page)
    assert english_left(text) == []
    assert decimal_points(text) == []
    searched = assert_no_folder_in(out, tmp_path)
    assert {"analysis.gpkg", "report.html", "method.json", "map_01.png"} <= set(searched)
