"""The scale benchmark ``scripts/bench.py``: its data and one tiny run (no timing checks)."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import esda
import numpy as np
import pytest
import shapely
from libpysal.weights import Queen

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "scripts" / "bench.py"


@pytest.fixture(scope="module")
def bench():
    """scripts/bench.py imported as a module."""
    spec = importlib.util.spec_from_file_location("kz_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("kind", ["grid", "voronoi"])
def test_generated_value_is_spatially_autocorrelated(bench, kind):
    layer = bench.make_layer(kind, 400)
    assert len(layer) == 400
    assert layer["unit_id"].is_unique
    assert layer.geometry.is_valid.all()
    assert (layer["value"] > 0).all()  # General G and GiValue need non-negative values
    weights = Queen.from_dataframe(layer, use_index=False)
    assert not weights.islands
    moran = esda.Moran(layer["value"].to_numpy(), weights, permutations=0)
    assert moran.I > 0.3


@pytest.mark.parametrize("kind", ["grid", "voronoi"])
def test_layers_are_cached_and_reread_identically(bench, kind, tmp_path):
    path, generated = bench.cached_layer(tmp_path, kind, 400)
    assert generated is not None and path.exists() and path.parent == tmp_path
    stamp = path.stat().st_mtime_ns
    again, regenerated = bench.cached_layer(tmp_path, kind, 400)
    assert again == path and regenerated is None
    assert path.stat().st_mtime_ns == stamp  # read from the cache, not written again
    reread = bench.read_layer(path)
    fresh = bench.make_layer(kind, 400)  # the generator is seeded: same layer every time
    assert reread.crs == fresh.crs
    assert np.array_equal(reread["unit_id"].to_numpy(), fresh["unit_id"].to_numpy())
    assert np.array_equal(reread["value"].to_numpy(), fresh["value"].to_numpy())
    assert shapely.equals_exact(
        reread.geometry.to_numpy(), fresh.geometry.to_numpy(), tolerance=0
    ).all()


def test_benchmark_runs_end_to_end(tmp_path):
    output = tmp_path / "b.md"
    command = [
        sys.executable, str(BENCH), "--sizes", "400", "--kinds", "grid", "--output",
        str(output), "--repeat", "1", "--permutations", "99", "--cache", str(tmp_path / "cache"),
        "--pipelines", "ours", "esda", "pygeoda",  # qgis_process: tests/qgis/test_bench_qgis.py
        "--suites", "scale",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ratios vs ours" in done.stdout  # the ratios are printed side by side
    text = output.read_text()
    for heading in ("## Summary", "## Whole analysis", "## Our steps, each in a fresh process",
                    "## Inside each whole run", "## Growth from 100k to 400k",
                    "## Regionalisation"):
        assert heading in text
    assert "cores" in text and "GB RAM" in text and f"esda {esda.__version__}" in text
    assert "Not measured in this run (`--suites tools`)" in text
    # the machine's load around every measured command, in every row of the tables
    assert re.search(r"- Load \(1-minute load average.*\): [\d.]+–[\d.]+ / \d+", text)
    rows = [line for line in text.splitlines() if line.startswith("| grid | 400 |")]
    # whole (3 pipelines), our steps (1 row), in-process splits (3 pipelines)
    assert len(rows) == 7
    labels = ("ours (kz-innovation core)", "esda with numba", "pygeoda lookup-table")
    for label in labels:
        assert sum(row.startswith(f"| grid | 400 | {label} |") for row in rows) == 2
    ours = next(row for row in rows if row.startswith(f"| grid | 400 | {labels[0]} |"))
    # seconds, MB, the two ratios and the load are numbers
    assert re.match(r"\| grid \| 400 \| [^|]+ \| [\d.]+ \| [\d,]+ \| [\d.]+x \| [\d.]+x \| "
                    r"[\d.]+–[\d.]+ / \d+( \*\*noisy\*\*)? \|", ours), ours
    steps = next(row for row in rows if re.match(r"\| grid \| 400 \| [\d.]", row))
    cells = [cell.strip() for cell in steps.strip("|").split("|")]
    assert len(cells) == 11  # kind, features, 7 steps, largest MB, load
    assert all(float(cell) >= 0 for cell in cells[2:9])  # every step timed
    assert "(d) SKATER on a 1,000-unit grid" in text
    results = json.loads(re.search(r"<!-- bench-results\n(.*?)\n-->", text, re.S).group(1))
    entry = results["entries"]["grid:400"]
    assert set(entry["steps"]) == {"read", "weights", "global", "lisa", "gistar", "zones",
                                   "write"}
    assert {r["status"] for r in entry["steps"].values()} == {"ok"}
    assert set(entry["whole"]) == {"ours", "esda", "pygeoda"}
    assert {r["status"] for r in entry["whole"].values()} == {"ok"}
    assert entry["whole"]["ours"]["info"]["moran_i"] > 0.3
    # esda's numba compilation is timed apart, before its local statistics
    esda_split = list(entry["whole"]["esda"]["seconds"])
    assert esda_split.index("jit") < esda_split.index("lisa")
    for record in [*entry["steps"].values(), *entry["whole"].values()]:
        load = record["load"]
        assert len(load["samples"]) == 2 and load["cpus"] >= 1  # before and after, one run
        assert all(sample >= 0 for sample in load["samples"])
    assert results["skater"]["status"] == "ok"


def test_report_only_rewrites_from_the_embedded_measurements(tmp_path):
    output = tmp_path / "b.md"
    base = [sys.executable, str(BENCH), "--output", str(output), "--report-only"]
    output.write_text("# no measurements here\n")
    missing = subprocess.run(base, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "No measurements" in missing.stdout
    report = (ROOT / "docs" / "benchmark.md").read_text()
    output.write_text(report)
    done = subprocess.run(base, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert output.read_text() == report  # the committed report is what its data render to


def test_ours_weights_step_uses_the_plugins_weights_without_libpysal(bench, tmp_path):
    """Our pipeline times the weights object the plugin uses, not libpysal's Graph."""
    path, _ = bench.cached_layer(tmp_path, "grid", 400)
    done = subprocess.run(
        [sys.executable, str(BENCH), "--step", "weights", "--pipeline", "ours",
         "--layer", str(path), "--permutations", "99"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith(bench.RESULT_TAG))
    info = json.loads(line[len(bench.RESULT_TAG):])["info"]
    assert info["libpysal_loaded"] is False
    queen = Queen.from_dataframe(bench.read_layer(path), use_index=False)
    assert info["links"] == queen.s0  # every directed link of the queen weights


@pytest.fixture(scope="module")
def tools(bench):
    """scripts/bench_tools.py (imported by bench.py)."""
    return sys.modules["bench_tools"]


def test_load_rows_are_marked_noisy_above_the_cpu_count(tools):
    quiet = {"samples": [0.4, 1.9], "cpus": 2}
    busy = {"samples": [1.2, 2.3], "cpus": 2}
    assert not tools.is_noisy(quiet) and tools.is_noisy(busy)
    assert tools.load_cell(quiet) == "0.40–1.90 / 2"
    assert tools.load_cell(busy) == "1.20–2.30 / 2 **noisy**"
    assert tools.load_cell(None) == "—"
    merged = tools.merged_load([{"load": quiet}, {"load": busy}, {"status": "failed"}])
    assert merged == {"samples": [0.4, 1.9, 1.2, 2.3], "cpus": 2} and tools.is_noisy(merged)


def test_a_measured_command_records_the_load_before_and_after(tools):
    record, stdout, _ = tools.run_process(
        [sys.executable, "-c", "print('done')"], timeout=60, memory_limit_mb=4096)
    assert record["status"] == "ok" and record["returncode"] == 0 and stdout == "done\n"
    assert len(record["load"]["samples"]) == 2 and record["load"]["cpus"] >= 1
    slow, _, _ = tools.run_process(
        [sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5,
        memory_limit_mb=4096)
    assert slow["status"] == "timeout" and slow["load"]


def test_the_indicator_grid_carries_the_seven_synthetic_indicators(bench, tools, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_index import INDICATORS, synthetic_regions

    from kz_innovation_plugin.core.indicators import load_catalogue

    path = tools.indicator_grid(bench, tmp_path, 400)
    assert tools.indicator_grid(bench, tmp_path, 400) == path  # cached
    layer = bench.read_layer(path)
    assert list(layer.columns) == [*INDICATORS, "geometry"]
    assert set(INDICATORS) == {entry.field for entry in load_catalogue()}
    expected, _ = synthetic_regions(400, tools.INDICATOR_SEED)
    for name in INDICATORS:
        assert np.array_equal(layer[name].to_numpy(), expected[name].to_numpy(),
                              equal_nan=True)
    grid = bench.make_layer("grid", 400)
    assert shapely.equals_exact(layer.geometry.to_numpy(), grid.geometry.to_numpy(),
                                tolerance=0).all()


def _row(wall, samples=(0.5, 0.8)):
    return {"status": "ok", "error": "", "wall": wall, "runs": [wall], "peak_mb": 100.0,
            "load": {"samples": list(samples), "cpus": 2}, "info": {}}


def _suite(tools, **sizes):
    core = {"wall": 0.2, "cpu": 0.2, "uncertainty_wall": 0.05, "profiles_wall": 0.1}
    rows = {
        "pair_lisa": _row(2.0), "pair_hotspots": _row(2.2), "pair": _row(4.2),
        "pygeoda": _row(5.0, (1.0, 2.5)), "small_lisa": _row(1.9), "small_native": _row(1.5),
        "index_core_17": dict(_row(2.5), info=core),
        "index_core_3000": dict(_row(4.0), info=dict(core, wall=3.5)),
        "index_qgis": _row(30.0), "full17": _row(4.0), "full17_demo": _row(6.0),
        "full17_native": _row(1.5), "steps_lisa": _row(3.0), "steps_hotspots": _row(3.0),
        "steps_cores": _row(5.0), "full_grid": _row(90.0),
    }
    return {"date": "2026-12-07T06:00", "features": 100_000, "small": 100,
            "index_runs": 1000, "full_runs": 1000, "repeat": 3, "permutations": 999,
            "rows": rows, **sizes}


def test_the_tools_targets_and_their_verdicts(tools):
    verdicts = {label[:3]: (verdict, numbers) for label, verdict, numbers
                in tools.targets(_suite(tools))}
    # 4.2 s against 5.0 s; 0.4 s apart; 17 regions 0.2 s; 3,000 regions 3.5 s > 3 s
    assert verdicts["(e)"][0] == "met" and "1.19x" in verdicts["(e)"][1]
    assert verdicts["(f)"][0] == "met" and "+0.40 s" in verdicts["(f)"][1]
    index = [(v, n) for label, v, n in tools.targets(_suite(tools)) if label.startswith("(g)")]
    assert [v for v, _ in index] == ["met", "not met", "met"]
    assert verdicts["(h)"][0] == "met"
    assert "4.00 s / savefeatures 1.50 s = 2.67x" in verdicts["(h)"][1]
    slow = _suite(tools)
    slow["rows"]["full17"] = _row(4.6)
    assert [v for label, v, _ in tools.targets(slow) if label.startswith("(h)")] == ["not met"]
    assert verdicts["(i)"] == ("met", "90.0 s")
    # a smoke run at other sizes says so instead of claiming a target
    small = {label[:3]: verdict for label, verdict, _ in
             tools.targets(_suite(tools, features=400, small=16, index_runs=20))}
    assert set(small.values()) == {"not at target size"}
    section = "\n".join(tools.render_section(_suite(tools)))
    assert "| pygeoda lookup-table: read, queen, LISA, Gi*, write (one process) | 5.00 | " \
           "5.00 | 100 | 1.00–2.50 / 2 **noisy** | pygeoda / qgis = 1.19x |" in section
    assert "synthetic test data, not statistics" in section
