"""The benchmark's qgis_process pipeline: the packaged plugin's algorithms, run and timed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.qgis, pytest.mark.slow]


def test_bench_times_the_algorithms_through_qgis_process(tmp_path):
    output = tmp_path / "b.md"
    command = [
        sys.executable, str(ROOT / "scripts" / "bench.py"), "--sizes", "400", "--kinds", "grid",
        "--output", str(output), "--permutations", "99", "--cache", str(tmp_path / "cache"),
        "--pipelines", "qgis", "--skip-skater",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    text = output.read_text()
    results = json.loads(re.search(r"<!-- bench-results\n(.*?)\n-->", text, re.S).group(1))
    record = results["entries"]["grid:400"]["whole"]["qgis"]
    assert record["status"] == "ok", record["error"]
    assert set(record["seconds"]) == {"imports", "global", "lisa", "gistar"}
    assert all(value > 0 for value in record["seconds"].values())
    assert "| grid | 400 | ours through qgis_process |" in text
