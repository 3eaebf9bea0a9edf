"""The benchmark through qgis_process: the packaged plugin's tools, run and timed (tiny sizes,
no timing checks)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.qgis, pytest.mark.slow]

#: every row of the tools suite (scripts/bench_tools.py)
TOOL_ROWS = {
    "pair_lisa", "pair_hotspots", "pair", "pygeoda", "small_lisa", "small_native",
    "index_core_17", "index_qgis", "full17", "full17_demo", "full17_native", "steps_lisa",
    "steps_hotspots", "steps_cores", "full_grid",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """One run of both suites on tiny layers: the report's text and its embedded data."""
    folder = tmp_path_factory.mktemp("bench")
    output = folder / "b.md"
    command = [
        sys.executable, str(ROOT / "scripts" / "bench.py"), "--sizes", "400", "--kinds", "grid",
        "--output", str(output), "--permutations", "99", "--cache", str(folder / "cache"),
        "--pipelines", "qgis", "--skip-skater", "--tools-features", "400", "--tools-small",
        "16", "--index-regions", "17", "--index-runs", "20", "--full-runs", "20",
        "--tools-repeat", "1",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-2000:]
    text = output.read_text()
    results = json.loads(re.search(r"<!-- bench-results\n(.*?)\n-->", text, re.S).group(1))
    return text, results, done.stdout


def test_bench_times_the_algorithms_through_qgis_process(report):
    text, results, _ = report
    record = results["entries"]["grid:400"]["whole"]["qgis"]
    assert record["status"] == "ok", record["error"]
    assert set(record["seconds"]) == {"imports", "global", "lisa", "gistar"}
    assert all(value > 0 for value in record["seconds"].values())
    assert "| grid | 400 | ours through qgis_process |" in text


def test_the_tools_suite_runs_every_tool_and_records_the_load(report):
    text, results, stdout = report
    tools = results["tools"]
    assert (tools["features"], tools["small"], tools["index_runs"]) == (400, 16, 20)
    rows = tools["rows"]
    assert set(rows) == TOOL_ROWS
    for key, row in rows.items():
        assert row["status"] == "ok", (key, row["error"])
        assert row["wall"] > 0 and row["load"]["cpus"] >= 1, key
        assert len(row["load"]["samples"]) >= 2, key  # before and after each run
    # the pair is the sum of the two runs of each turn
    assert rows["pair"]["wall"] == pytest.approx(
        rows["pair_lisa"]["runs"][0] + rows["pair_hotspots"]["runs"][0], abs=0.002)
    assert rows["index_core_17"]["info"]["regions"] == 17
    assert rows["full_grid"]["info"]["results"]["CORE_COUNT"] >= 1
    for heading in ("## Through QGIS: the tools as a user runs them",
                    "### 1. LISA and Gi* at 400 features", "### 2. The fixed cost per run",
                    "### 3. The composite index, 20 uncertainty runs",
                    "### 4. The full analysis of the 17 bundled regions",
                    "### 5. The full analysis at 400 features, beside its steps"):
        assert heading in text
    assert "synthetic test data, not statistics" in text
    assert re.search(r"\| lisa \+ hotspots \(per turn\) \| [\d.]+ \| [\d.]+ \| [\d,]+ \| "
                     r"[\d.]+–[\d.]+ / \d+( \*\*noisy\*\*)? \|", text)
    assert re.search(r"pygeoda / qgis = [\d.]+x", text)
    assert re.search(r"difference [+-][\d.]+ s", text)
    assert re.search(r"\| [\d.]+x savefeatures \|", text)
    # tiny sizes: every target of the suite is stated, none claimed
    summary = text.split("## Through QGIS")[0]
    for target in ("(e)", "(f)", "(g)", "(h)", "(i)"):
        assert re.search(rf"\| {re.escape(target)} [^|]+\| not at target size \|", summary), \
            target
    assert "not at target size (i) fullanalysis at 400 features" in stdout
