"""The HTML report: contents, languages, charts, copied maps, and all-or-nothing writing."""

from __future__ import annotations

import html
import json
import struct

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import InputFileError, ParameterError
from kz_innovation_plugin.core.report import ReportInputs, write_report
from kz_innovation_plugin.core.report import charts as report_charts
from tests.conftest import DEMO_TABLE

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
CHARTS = ("ranking.png", "subindices.png", "moran_scatter.png")


def regions_frame() -> pd.DataFrame:
    """Five synthetic regions with every field the report can show."""
    return pd.DataFrame({
        "name_en": ["Astana", "Almaty", "Karaganda Region", "Pavlodar Region",
                    "Kyzylorda <Region>"],
        "name_ru": ["г.Астана", "г.Алматы", "Карагандинская", "Павлодарская", "Кызылординская"],
        "innov_idx": [0.81, 0.74, 0.52, 0.47, 0.20],
        "innov_rank": [1, 2, 3, 4, 5],
        "innov_lvl": ["high", "high", "medium", "medium", "low"],
        "rank_p05": [1.0, 1.0, 2.0, 3.0, 4.0],
        "rank_p95": [2.0, 3.0, 5.0, 5.0, 5.0],
        "p_top": [0.9, 0.7, 0.1, 0.0, 0.0],
        "perf_group": ["leader", "strong", "moderate", "moderate", "emerging"],
        "si_potenti": [0.9, 0.8, 0.4, 0.5, 0.1],
        "si_perform": [0.7, 0.7, 0.6, 0.4, 0.3],
        "LISA_CL": [1, 4, 0, 0, 2],
        "LISA_LABEL": ["High-High", "High-Low", "Not significant", "Not significant", "Low-Low"],
        "Gi_Bin": [2, 0, 0, 0, -1],
    })


def make_inputs(tmp_path, **changes) -> ReportInputs:
    regions = regions_frame()
    map_png = tmp_path / "index_map.png"
    report_charts.ranking_chart(regions, map_png)  # any valid PNG stands in for a QGIS map
    values = {
        "title": "Innovation of regions, synthetic",
        "regions": regions,
        "cores": pd.DataFrame({
            "core_id": [1, 2], "core_type": ["agglomeration", "isolated core"],
            "name_en": ["Astana", "Almaty"], "name_ru": ["г.Астана", "г.Алматы"],
            "innov_idx": [0.81, 0.74],
        }),
        "multiplier": pd.DataFrame({
            "core_id": [1, 2], "zone_regions": [2, 1], "zone_mean_index": [0.5, 0.2],
            "national_mean_index": [0.55, 0.55], "rest_mean_index": [0.3, 0.6],
            "lift_vs_national": [-0.05, -0.35], "lift_vs_rest": [0.2, -0.4],
            "gradient_slope": [-0.0004, 0.0001], "gradient_sign": ["falls with distance", "flat"],
            "reading": ["lifts its surroundings", "does not lift its surroundings"],
        }),
        "join_report": pd.DataFrame({
            "side": ["table", "table", "layer"], "table_row": [2, 9, None],
            "table_key": ["Astana", "Unknown oblast", None], "feature_id": [0, None, 4],
            "layer_key": ["Astana", None, "Kyzylorda"],
            "match_kind": ["name", "unmatched", "name"], "score": [1.0, 0.4, 1.0],
            "suggestion": [None, "Kostanay Region", None],
            "message": ["Matched by name.", "No region matches 'Unknown oblast'.", "Matched."],
        }),
        "method": {"tool": "kzinnovation:fullanalysis", "seed": 7,
                   "parameters": {"normalisation": "minmax", "groups": ["potential", "perf"]}},
        "global_moran": {"moran_i": 0.42, "moran_p_sim": 0.012, "moran_z_rand": 2.61},
        "scatter": pd.DataFrame({"z": [1.4, 1.0, -0.1, -0.4, -1.9],
                                 "lag": [0.8, 0.2, 0.1, -0.3, -0.7]}),
        "maps": {"Innovation level by region": str(map_png)},
        "sources": ["Bureau of National Statistics, 2018 <table 4>"],
    }
    values.update(changes)
    return ReportInputs(**values)


def is_png(path) -> bool:
    data = path.read_bytes()
    return data[:8] == PNG_MAGIC and len(data) > 1024 and struct.unpack(">II", data[16:24]) > (0, 0)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".partial"))


def test_report_shows_regions_summary_cores_and_sections(tmp_path):
    path = write_report(make_inputs(tmp_path), tmp_path / "out" / "report.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    for name in ("Astana", "Almaty", "Karaganda Region", "Pavlodar Region",
                 "Kyzylorda &lt;Region&gt;"):
        assert name in page
    assert "<Region>" not in page  # escaped
    summary = html.unescape(page[page.index('id="summary"'):page.index('id="maps"')])
    assert "The highest-ranked regions are Astana (rank 1, index 0.810" in summary
    assert "Astana is an agglomeration: a high-index region among high-index neighbours" in summary
    assert "Almaty is an isolated core" in summary
    assert "Astana lift(s) the surrounding regions" in summary
    assert "Moran's I of the index is 0.420 (p = 0.012): significant at the 0.05 level" in summary
    for heading in ("Summary", "Maps", "Ranking", "Sub-indices", "Spatial autocorrelation",
                    "Cores and multiplier effect", "Join report", "Method", "Sources"):
        assert f"{heading}</h2>" in page
    assert "Innovation potential" in page and "Innovation performance" in page
    assert "Unknown oblast" in page and "1 row(s) did not match" in page
    method = page[page.index('id="method"'):page.index('id="sources"')]
    assert "Seed 7 for the permutations" in method
    assert '<a href="report_files/method.json">method.json</a>' in method
    assert "parameters.normalisation" not in page  # the raw keys are in the file only
    assert "Bureau of National Statistics, 2018 &lt;table 4&gt;" in page
    assert "Hot spot, 95 % confidence" in page and "High-High" in page
    assert 'class="banner"' not in page
    assert "<script" not in page and "http://" not in page and "https://" not in page


def test_charts_and_maps_are_written_beside_the_page(tmp_path):
    path = write_report(make_inputs(tmp_path), tmp_path / "report.html")
    folder = tmp_path / "report_files"
    page = path.read_text(encoding="utf-8")
    for name in (*CHARTS, "map_01.png"):
        assert is_png(folder / name), name
        assert f'src="report_files/{name}"' in page
    assert "Innovation level by region" in page
    assert leftovers(tmp_path) == []


def test_banner_only_when_illustrative(tmp_path):
    page = write_report(make_inputs(tmp_path, illustrative=True),
                        tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'class="banner"' in page and "illustrative, not official statistics" in page


def test_russian_report(tmp_path):
    page = write_report(make_inputs(tmp_path, language="ru"),
                        tmp_path / "отчёт.html").read_text(encoding="utf-8")
    for heading in ("Сводка", "Карты", "Рейтинг", "Субиндексы", "Пространственная автокорреляция",
                    "Ядра и мультипликативный эффект", "Отчёт о сопоставлении",
                    "Описание метода", "Источники"):
        assert f"{heading}</h2>" in page
    assert "г.Астана — агломерация" in page
    assert 'lang="ru"' in page and "Summary</h2>" not in page
    assert (tmp_path / "отчёт_files" / "ranking.png").is_file()
    assert 'src="%D0%BE%D1%82%D1%87%D1%91%D1%82_files/ranking.png"' in page


def test_report_skips_what_the_data_lack(tmp_path):
    regions = regions_frame()[["name_en", "innov_idx", "innov_rank"]]
    inputs = ReportInputs(title="Bare", regions=regions)
    page = html.unescape(write_report(inputs, tmp_path / "bare.html").read_text("utf-8"))
    assert "Astana" in page and "No join report was given." in page
    assert "Global Moran's I was not computed" in page and "No map was rendered" in page
    files = sorted(p.name for p in (tmp_path / "bare_files").iterdir())
    assert files == ["method.json", "ranking.png"]


def test_all_matched_sentence(tmp_path):
    report = make_inputs(tmp_path).join_report.assign(match_kind="name")
    page = write_report(make_inputs(tmp_path, join_report=report),
                        tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Every table row and region matched." in page


def test_wide_rank_intervals_give_a_caution(tmp_path):
    regions = regions_frame().assign(rank_p05=1.0, rank_p95=5.0)
    page = write_report(make_inputs(tmp_path, regions=regions),
                        tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Caution: the 90 % rank interval of 5 of 5 region(s)" in page


def test_failure_leaves_nothing_behind(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("chart failed")

    monkeypatch.setattr(report_charts, "subindex_chart", broken)
    inputs = make_inputs(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(RuntimeError, match="chart failed"):
        write_report(inputs, tmp_path / "report.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not (tmp_path / "report.html").exists()
    assert not (tmp_path / "report_files").exists()


def test_failure_keeps_the_old_report(tmp_path, monkeypatch):
    target = write_report(make_inputs(tmp_path, title="First"), tmp_path / "report.html")
    monkeypatch.setattr(report_charts, "moran_scatter_chart",
                        lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        write_report(make_inputs(tmp_path, title="Second"), target)
    assert "First" in target.read_text(encoding="utf-8")
    assert is_png(tmp_path / "report_files" / "moran_scatter.png")
    assert leftovers(tmp_path) == []


def test_scatter_points_are_named_from_the_feature_ids_of_the_global_job(tmp_path, monkeypatch):
    # run_global's scatter: a plain index and the region ids in "feature"; the regions are
    # indexed by their ids (QGIS feature ids start at 1)
    regions = regions_frame().set_axis([11, 12, 13, 14, 15])
    scatter = pd.DataFrame({"feature": [11, 12, 13, 14, 15], "z": [1.4, 1.0, -0.1, -0.4, -1.9],
                            "lag": [0.8, 0.2, 0.1, -0.3, -0.7], "field": "innov_idx"})
    drawn = {}
    real = report_charts.moran_scatter_chart

    def capture(frame, *args, **kwargs):
        drawn["frame"] = frame
        return real(frame, *args, **kwargs)

    monkeypatch.setattr(report_charts, "moran_scatter_chart", capture)
    write_report(make_inputs(tmp_path, regions=regions, scatter=scatter), tmp_path / "r.html")
    assert drawn["frame"]["name_en"].tolist() == regions["name_en"].tolist()


def test_maps_drawn_while_the_charts_are_drawn_reach_the_page(tmp_path):
    inputs = make_inputs(tmp_path, maps={})
    drawn_on = []

    def draw_maps():
        import threading

        drawn_on.append(threading.current_thread() is threading.main_thread())
        return {"Drawn meanwhile": str(tmp_path / "index_map.png")}

    target = write_report(inputs, tmp_path / "r.html", draw_maps)
    assert drawn_on == [True]  # QGIS draws on the calling thread
    assert "Drawn meanwhile" in target.read_text(encoding="utf-8")
    assert is_png(tmp_path / "r_files" / "map_01.png")
    assert is_png(tmp_path / "r_files" / "ranking.png")
    assert inputs.maps == {}  # the caller's inputs are left as they were


def test_a_map_that_fails_leaves_no_report(tmp_path):
    def draw_maps():
        raise OSError("the map could not be written")

    with pytest.raises(OSError, match="map could not"):
        write_report(make_inputs(tmp_path, maps={}), tmp_path / "r.html", draw_maps)
    assert not (tmp_path / "r.html").exists()
    assert leftovers(tmp_path) == []


def test_an_old_report_is_replaced(tmp_path):
    target = write_report(make_inputs(tmp_path, title="First"), tmp_path / "report.html")
    stale = tmp_path / "report_files" / "stale.png"
    stale.write_bytes(b"old")
    write_report(make_inputs(tmp_path, title="Second", maps={}), target)
    page = target.read_text(encoding="utf-8")
    assert "Second" in page and "First" not in page
    assert not stale.exists() and not (tmp_path / "report_files" / "map_01.png").exists()
    assert leftovers(tmp_path) == []


def test_bad_inputs_are_refused(tmp_path):
    with pytest.raises(ParameterError, match="language"):
        make_inputs(tmp_path, language="de")
    with pytest.raises(InputFileError, match="ending in .html"):
        write_report(make_inputs(tmp_path), tmp_path / "report.pdf")
    with pytest.raises(InputFileError, match="does not exist"):
        write_report(make_inputs(tmp_path, maps={"Gone": str(tmp_path / "gone.png")}),
                     tmp_path / "report.html")
    assert not (tmp_path / "report.html").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["$$", "Region $5", "$x^2$ oblast", "a_b $"])
def test_names_with_dollar_signs_reach_every_chart_as_plain_text(tmp_path, name):
    """matplotlib read a "$" in a region name as mathtext and the report failed."""
    regions = regions_frame()
    regions.loc[1, "name_en"] = name
    scatter = pd.DataFrame({"z": [1.4, 1.0, -0.1, -0.4, -1.9], "lag": [0.8, 0.2, 0.1, -0.3, -0.7],
                            "name_en": regions["name_en"]})
    for path in (report_charts.ranking_chart(regions, tmp_path / "r.png"),
                 report_charts.subindex_chart(regions, tmp_path / "s.png"),
                 report_charts.moran_scatter_chart(scatter, 0.4, tmp_path / "m.png")):
        assert is_png(path)
    page = write_report(make_inputs(tmp_path, regions=regions), tmp_path / "r.html")
    assert html.escape(name) in page.read_text(encoding="utf-8")


def test_report_under_an_existing_file_gets_a_message(tmp_path):
    """A path such as file.txt/full.html raised FileExistsError from mkdir."""
    blocking = tmp_path / "file.txt"
    blocking.write_text("data", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"file\.txt is a file, not a folder"):
        write_report(make_inputs(tmp_path), blocking / "full.html")
    with pytest.raises(InputFileError, match=r"file\.txt is a file, not a folder"):
        write_report(make_inputs(tmp_path), blocking / "deeper" / "full.html")
    assert blocking.read_text(encoding="utf-8") == "data"


def test_moran_line_defaults_to_the_least_squares_slope(tmp_path, monkeypatch):
    from esda.moran import Moran
    from libpysal.weights import W

    # five regions on a chain, row-standardised contiguity weights
    neighbours = {0: [1], 1: [0, 2], 2: [1, 3], 3: [2, 4], 4: [3]}
    weights = W(neighbours)
    weights.transform = "r"
    values = np.array([3.0, 1.0, 4.0, 1.5, 5.0])
    z = (values - values.mean()) / values.std()
    matrix = weights.full()[0]
    scatter = pd.DataFrame({"z": z, "lag": matrix @ z, "name_en": list("abcde")})
    moran_i = Moran(values, weights, permutations=0).I

    figures = []
    save = report_charts._save

    def capture(figure, path):
        figures.append(figure)
        return save(figure, path)

    monkeypatch.setattr(report_charts, "_save", capture)
    path = report_charts.moran_scatter_chart(scatter, None, tmp_path / "m.png")
    assert is_png(path)
    report_charts.moran_scatter_chart(scatter, 0.1, tmp_path / "given.png")

    def legend_and_slope(figure):
        (legend,) = figure.legends
        # the two dashed axes are lines too; the slope line is the one in the legend
        (line,) = [line for line in figure.axes[0].get_lines()
                   if not line.get_label().startswith("_")]
        x, y = line.get_xdata(), line.get_ydata()
        return [text.get_text() for text in legend.get_texts()], (y[1] - y[0]) / (x[1] - x[0])

    texts, slope = legend_and_slope(figures[0])
    assert texts == [f"Slope = Moran's I = {moran_i:.3f}"]
    assert slope == pytest.approx(moran_i)
    texts, slope = legend_and_slope(figures[1])
    assert texts == ["Slope = Moran's I = 0.100"]
    assert slope == pytest.approx(0.1)
    with pytest.raises(ParameterError, match="z, lag|lag"):
        report_charts.moran_scatter_chart(scatter[["z"]], 0.1, tmp_path / "n.png")


@pytest.fixture(scope="module")
def pipeline_regions():
    from kz_innovation_plugin.core.composite.index import IndexOptions
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
    from kz_innovation_plugin.core.jobs.index import IndexJob, index_layer
    from kz_innovation_plugin.core.jobs.join import JoinJob
    from kz_innovation_plugin.core.jobs.join import run as run_join

    outcome = run_join(JoinJob(table=str(DEMO_TABLE), year=2018))

    national = outcome.national()
    job = IndexJob(IndexOptions(uncertainty=UncertaintySettings(runs=50)))
    idx = index_layer(outcome.result.joined, job, national=national)
    return outcome, idx


def test_report_of_the_real_pipeline_lists_all_17_regions(tmp_path, pipeline_regions):
    outcome, idx = pipeline_regions
    layer = idx.layer
    assert len(layer) == 17
    inputs = ReportInputs(
        title="Innovation of Kazakhstan's regions, 2018", regions=layer,
        join_report=outcome.result.report, method=idx.provenance,
        sources=["Bureau of National Statistics"], illustrative=True,
    )
    page = write_report(inputs, tmp_path / "kz.html").read_text(encoding="utf-8")
    body = page[page.index('id="ranking"'):page.index('id="subindices"')]
    for name in layer["name_en"]:
        assert name in body
    assert body.count("<tr>") == 18  # heading row and 17 regions
    top = layer.sort_values("innov_rank")["name_en"].iloc[0]
    assert f"The highest-ranked regions are {top} (rank 1" in page
    assert "Every table row and region matched." in page
    method = html.unescape(page[page.index('id="method"'):page.index('id="sources"')])
    assert "Rank intervals: 50 Monte Carlo runs" in method
    assert "Normalisation: min-max (0 to 1); weights: equal; aggregation: arithmetic mean." \
        in method
    record = json.loads((tmp_path / "kz_files" / "method.json").read_text(encoding="utf-8"))
    assert record["parameters"]["uncertainty"]["runs"] == 50
    for name in ("ranking.png", "subindices.png"):
        assert is_png(tmp_path / "kz_files" / name)
    assert not np.any([p.name.startswith(".partial") for p in tmp_path.iterdir()])


def test_many_regions_get_no_chart_of_a_row_or_a_name_each(tmp_path, monkeypatch):
    """A grid of 100,000 cells: a ranking chart 0.3 inch a row would need gigabytes, and
    names on the scatterplot cannot be read; the tables and the scatterplot remain."""
    count = report_charts.MAX_CHARTED + 1
    rng = np.random.default_rng(3)
    index = np.sort(rng.random(count))[::-1]
    regions = pd.DataFrame({
        "name_en": [f"Cell {n}" for n in range(count)], "innov_idx": index,
        "innov_rank": np.arange(1, count + 1), "si_potenti": index, "si_perform": index,
    })
    scatter = pd.DataFrame({"z": rng.normal(size=count), "lag": rng.normal(size=count)})

    def no_names(*args, **kwargs):
        raise AssertionError("the scatterplot's points were named")

    monkeypatch.setattr(report_charts, "_label_points", no_names)
    inputs = ReportInputs(title="Grid", regions=regions, scatter=scatter,
                          global_moran={"moran_i": 0.1})
    page = write_report(inputs, tmp_path / "grid.html").read_text("utf-8")
    files = sorted(p.name for p in (tmp_path / "grid_files").iterdir())
    assert files == ["method.json", "moran_scatter.png"]
    assert f"Cell {count - 1}" in page  # every region is still in the ranking table
