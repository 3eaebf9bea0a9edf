"""Benchmark of the composite index with its uncertainty runs and profiles.

What it does
------------
For each size asked for, times :func:`~kz_innovation_plugin.core.composite.index.build_index`
with the default options and 1,000 uncertainty runs (seed 1), in this process:

* ``17``: the bundled 2018 statistics joined to the bundled regions (the study's table);
* any other size: a synthetic table of that many regions (:func:`synthetic_regions`,
  seeded), holding the catalogue's seven indicators with skewed values and a few gaps, and
  a national row (the regions' means).

The progress reports of ``build_index`` split the time: the uncertainty runs lie between
its reports 0.3 and 0.9, the profile clustering between 0.9 and 0.95.  Each size is run
``--repeat`` times; the medians of wall-clock and CPU time (``time.process_time``, all
threads of the process) are printed, and written as JSON with ``--output``.  ``--save``
pickles the result tables (the index table, the rank table of the uncertainty analysis,
the choices of every run, the profile labels and the method record) for comparison.

``--plugin-root`` times another copy of the plugin (a folder holding
``kz_innovation_plugin``), for example the code before a change.

Run from the repository root::

    python scripts/bench_index.py --sizes 17 3000 100000 --output /tmp/bench_index.json
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parent.parent
#: the catalogue's indicators (their default groups) and the spread of their synthetic values
INDICATORS = {
    "rd_exp": 1.2, "research": 1.0, "dig_lit": 0.1, "internet": 0.15,
    "grp_pc": 0.6, "manuf_va": 1.1, "manuf_prod": 0.8,
}
#: share of the values left missing in the synthetic table
GAP_SHARE = 0.01
BUNDLED = 17


def synthetic_regions(n: int, seed: int = 0) -> tuple[pd.DataFrame, pd.Series]:
    """A seeded table of ``n`` regions with the catalogue's indicators, and its national row.

    Each indicator is log-normal around a shared regional factor (so that the groups
    cohere), with its own spread; about 1 % of the values are missing, never more than one
    per region.  The national row holds the regions' means.
    """
    rng = np.random.default_rng(seed)
    common = rng.normal(size=n)
    columns = {}
    for name, spread in INDICATORS.items():
        own = rng.normal(size=n)
        columns[name] = np.exp(spread * (0.7 * common + 0.7 * own)) * 100.0
    frame = pd.DataFrame(columns, index=pd.RangeIndex(n, name="fid"))
    gappy = rng.random(n) < GAP_SHARE * len(INDICATORS)
    which = rng.integers(len(INDICATORS), size=n)
    for position, name in enumerate(INDICATORS):
        frame.loc[gappy & (which == position), name] = np.nan
    frame.insert(0, "unit_id", [f"R{i:06d}" for i in range(n)])
    return frame, frame[list(INDICATORS)].mean()


def bundled_regions() -> tuple[pd.DataFrame, pd.Series]:
    """The bundled 2018 statistics joined to the bundled regions, and the national row."""
    from kz_innovation_plugin.core.jobs.join import JoinJob
    from kz_innovation_plugin.core.jobs.join import run as run_join

    table = REPO_ROOT / "kz_innovation_plugin" / "data" / "indicators" / \
        "kz_bns_indicators_2018_2019.csv"
    outcome = run_join(JoinJob(table=str(table), year=2018))
    national = outcome.national()
    joined = outcome.result.joined
    return pd.DataFrame(joined.drop(columns=joined.geometry.name)), national


def time_index(frame: pd.DataFrame, national: pd.Series, runs: int) -> tuple[dict, object]:
    """One timed ``build_index``; the stage times come from its progress reports."""
    from kz_innovation_plugin.core.composite.index import IndexOptions, build_index
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings

    marks: list[tuple[float, float, float]] = []

    def progress(fraction: float) -> None:
        marks.append((fraction, time.perf_counter(), time.process_time()))

    options = IndexOptions(uncertainty=UncertaintySettings(runs=runs, seed=1))
    wall, cpu = time.perf_counter(), time.process_time()
    result = build_index(frame, options, national, progress=progress)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu

    def at(fraction: float) -> tuple[float, float]:
        return next((w, c) for f, w, c in marks if f >= fraction - 1e-9)

    (w30, c30), (w90, c90), (w95, c95) = at(0.3), at(0.9), at(0.95)
    return {
        "wall": wall, "cpu": cpu,
        "uncertainty_wall": w90 - w30, "uncertainty_cpu": c90 - c30,
        "profiles_wall": w95 - w90, "profiles_cpu": c95 - c90,
    }, result


def saved_tables(result) -> dict[str, object]:
    """The tables compared before and after a change."""
    return {
        "table": result.table,
        "ranks": result.uncertainty.ranks,
        "choices": result.uncertainty.choices,
        "profiles": result.profiles.labels,
        "silhouette": result.profiles.silhouette,
        "record": result.record,
        "notes": result.notes,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[BUNDLED, 3000, 100_000],
                        help="17 = the bundled 2018 data; other sizes are synthetic")
    parser.add_argument("--runs", type=int, default=1000, help="uncertainty runs")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic tables")
    parser.add_argument("--plugin-root", type=Path, default=REPO_ROOT,
                        help="folder holding the kz_innovation_plugin package to time")
    parser.add_argument("--output", type=Path, help="write the medians as JSON")
    parser.add_argument("--save", type=Path, help="pickle the result tables to this folder")
    arguments = parser.parse_args(argv)
    sys.path.insert(0, str(arguments.plugin_root.resolve()))

    rows = []
    for size in arguments.sizes:
        frame, national = bundled_regions() if size == BUNDLED else \
            synthetic_regions(size, arguments.seed)
        times = []
        for _ in range(arguments.repeat):
            timing, result = time_index(frame, national, arguments.runs)
            times.append(timing)
        median = {key: statistics.median(t[key] for t in times) for key in times[0]}
        rows.append({"regions": size, "runs": arguments.runs, "repeat": arguments.repeat,
                     **median})
        sys.stdout.write(
            f"{size:>7} regions: index {median['wall']:8.3f} s wall, {median['cpu']:8.3f} s "
            f"CPU; uncertainty {median['uncertainty_wall']:8.3f} s; profiles "
            f"{median['profiles_wall']:8.3f} s\n"
        )
        sys.stdout.flush()
        if arguments.save:
            arguments.save.mkdir(parents=True, exist_ok=True)
            with open(arguments.save / f"index_{size}.pkl", "wb") as handle:
                pickle.dump(saved_tables(result), handle)
    if arguments.output:
        arguments.output.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
