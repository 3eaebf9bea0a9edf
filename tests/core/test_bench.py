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
    rows = [line for line in text.splitlines() if line.startswith("| grid | 400 |")]
    # whole (3 pipelines), our steps (1 row), in-process splits (3 pipelines)
    assert len(rows) == 7
    labels = ("ours (kz-innovation core)", "plain esda/libpysal", "pygeoda lookup-table")
    for label in labels:
        assert sum(row.startswith(f"| grid | 400 | {label} |") for row in rows) == 2
    ours = next(row for row in rows if row.startswith(f"| grid | 400 | {labels[0]} |"))
    # seconds, MB and the two ratios are numbers
    assert re.match(r"\| grid \| 400 \| [^|]+ \| [\d.]+ \| [\d,]+ \| [\d.]+x \| [\d.]+x \|",
                    ours), ours
    steps = next(row for row in rows if re.match(r"\| grid \| 400 \| [\d.]", row))
    cells = [cell.strip() for cell in steps.strip("|").split("|")]
    assert len(cells) == 10  # kind, features, 7 steps, largest MB
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
