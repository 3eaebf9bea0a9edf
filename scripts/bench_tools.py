"""The plugin's tools timed as a user runs them, through ``qgis_process`` (issue 16).

Part of ``scripts/bench.py`` (its ``tools`` suite; run that script, not this one).  Every
measured command is a fresh process: ``qgis_process.bin`` with the packaged plugin in a
throw-away profile, or a Python process of ``scripts/bench.py`` / ``scripts/bench_index.py``.
Around each command the machine's 1-minute load average is sampled (before and after) with
the number of CPUs; a row whose load exceeded the CPU count is marked *noisy*.  Each
measurement is repeated ``--tools-repeat`` times, the runs of the things compared taking turns
(so that a slow minute falls on both), and the median is kept.

What it measures (sizes from the command line; the issue's targets in brackets):

1. ``kzinnovation:lisa`` and ``kzinnovation:hotspots`` on the grid of ``--tools-features``
   cells (two ``qgis_process`` runs, as a user would), against the pygeoda lookup-table
   pipeline computing both in one Python process (read, queen weights, LISA and Gi*, write)
   [the two runs take less time than pygeoda].
2. ``kzinnovation:lisa`` on the grid of ``--tools-small`` cells against the trivial native
   algorithm ``native:savefeatures`` on the same file [within 0.6 s].
3. ``kzinnovation:innovationindex`` with ``--index-runs`` uncertainty runs: the core's compute
   time (``scripts/bench_index.py``) at each of ``--index-regions`` regions [17: under 0.5 s;
   3,000: under 3 s], and the tool through ``qgis_process`` on the indicator grid of
   ``--tools-features`` cells [under 60 s].
4. ``kzinnovation:fullanalysis`` of the 17 bundled 2018 regions (report and maps included):
   from the bundled regions with the 2018 table joined (``kzinnovation:joinindicators``, done
   once, untimed), against ``native:savefeatures`` on that same layer [within 3x]; and the
   TABLE/YEAR route with the R&D bulletin exactly as ``scripts/demo.py`` runs it.
5. ``kzinnovation:fullanalysis`` on the indicator grid of ``--tools-features`` cells (INPUT
   with the seven catalogue fields, no TABLE; ``--full-runs`` uncertainty runs), beside its
   steps run one by one (innovationindex, then lisa, hotspots and clustercores on its
   ``innov_idx``) [completes].

The indicator grid is the benchmark's square grid carrying the seven catalogue indicator
fields with seeded synthetic values (``bench_index.synthetic_regions``): synthetic test data,
not statistics.
"""

from __future__ import annotations

import datetime
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = REPO_ROOT / "scripts"
PLUGIN = REPO_ROOT / "kz_innovation_plugin"
BUNDLED_REGIONS = PLUGIN / "data" / "kz_regions.gpkg"
#: bump when the indicator grid's generator changes
INDICATOR_CACHE_VERSION = "v1"
INDICATOR_SEED = 0

#: the issue's targets
TARGET_FEATURES = 100_000
TARGET_SMALL = 100
TARGET_RUNS = 1000
TARGET_SMALL_GAP_S = 0.6
TARGET_INDEX_S = {17: 0.5, 3000: 3.0}
TARGET_INDEX_QGIS_S = 60.0
TARGET_FULL_RATIO = 3.0
#: short names of the suite's rows, for the report's list of noisy rows
ROW_NAMES = {
    "pair_lisa": "1. lisa", "pair_hotspots": "1. hotspots", "pair": "1. lisa + hotspots",
    "pygeoda": "1. pygeoda", "small_lisa": "2. lisa", "small_native": "2. savefeatures",
    "index_qgis": "3. innovationindex", "full17": "4. fullanalysis",
    "full17_demo": "4. fullanalysis (demo route)", "full17_native": "4. savefeatures",
    "steps_lisa": "5. lisa", "steps_hotspots": "5. hotspots", "steps_cores": "5. clustercores",
    "full_grid": "5. fullanalysis",
}


def row_name(key: str) -> str:
    """The short name of a row of the suite."""
    if key.startswith("index_core_"):
        return f"3. build_index, {int(key.rsplit('_', 1)[1]):,} regions"
    return ROW_NAMES.get(key, key)


# --- measuring a command: wall time, peak memory, the machine's load ------------------------

def load_average() -> float:
    """The 1-minute load average now."""
    return os.getloadavg()[0]


def limit_memory(limit_bytes: int):
    """A ``preexec_fn`` setting the child's address-space limit."""
    import resource

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
    return apply


def run_process(command: list[str], *, timeout: float, memory_limit_mb: float,
                env: dict | None = None, cwd: Path = REPO_ROOT) -> tuple[dict, str, str]:
    """Run one command in a fresh process group; its record, stdout and stderr.

    Returns
    -------
    tuple
        The record (``status``: ok, timeout or failed; ``wall`` in seconds; ``peak_mb``, the
        child's maximum resident set size in MiB; ``load``: the 1-minute load average sampled
        before and after, and the CPU count; ``returncode``; ``error``), stdout, stderr.
    """
    before = load_average()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd, env=env,
            start_new_session=True, preexec_fn=limit_memory(int(memory_limit_mb * 2**20)),
        )
        timed_out = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                timed_out = True
                os.killpg(process.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
    record = {
        "status": "ok", "wall": wall, "peak_mb": usage.ru_maxrss / 1024.0,
        "load": {"samples": [before, load_average()], "cpus": os.cpu_count() or 1},
        "returncode": process.returncode, "seconds": {}, "info": {}, "error": "",
    }
    if timed_out:
        record.update(status="timeout", error=f"killed after {timeout:g} s")
    return record, stdout, stderr


def merged_load(records: list[dict]) -> dict | None:
    """The load samples of several runs together (None when none has any)."""
    loads = [r["load"] for r in records if r and r.get("load")]
    if not loads:
        return None
    return {"samples": [s for load in loads for s in load["samples"]],
            "cpus": max(load["cpus"] for load in loads)}


def is_noisy(load: dict | None) -> bool:
    """Whether the 1-minute load exceeded the CPU count at any sample."""
    return bool(load) and max(load["samples"]) > load["cpus"]


def load_cell(load: dict | None) -> str:
    """The load figures of a row: lowest-highest 1-minute load / CPUs, *noisy* when over."""
    if not load:
        return "—"
    low, high = min(load["samples"]), max(load["samples"])
    text = f"{low:.2f}–{high:.2f} / {load['cpus']}"
    return text + " **noisy**" if is_noisy(load) else text


# --- data ---------------------------------------------------------------------------------

def indicator_grid(bench, cache: Path, n: int) -> Path:
    """The benchmark's grid of ``n`` cells with the seven catalogue indicator fields (cached).

    The values are ``bench_index.synthetic_regions(n, seed=0)``: seeded synthetic test data,
    not statistics.  Only the indicator fields are written (no code, no name), as a user's
    grid or district layer would carry them.
    """
    import geopandas as gpd
    import pyogrio

    sys.path.insert(0, str(SCRIPTS))
    from bench_index import INDICATORS, synthetic_regions

    path = Path(cache) / f"grid_indicators_{n}_{INDICATOR_CACHE_VERSION}.gpkg"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    cells = bench.make_layer("grid", n)
    frame, _ = synthetic_regions(n, INDICATOR_SEED)
    layer = gpd.GeoDataFrame(frame[list(INDICATORS)].reset_index(drop=True),
                             geometry=cells.geometry.to_numpy(), crs=cells.crs)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.partial.gpkg")
    try:
        pyogrio.write_dataframe(layer, partial, layer=bench.LAYER_NAME, driver="GPKG")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


# --- running the tools --------------------------------------------------------------------

class Tools:
    """Runs and times the tools of one suite run (a profile, a work folder, the options)."""

    def __init__(self, bench, options, work: Path, log) -> None:
        sys.path.insert(0, str(SCRIPTS))
        from qgis_process_runner import QGIS_PROCESS, QgisProcess

        self.bench, self.options, self.work, self.log = bench, options, work, log
        self.executable = QGIS_PROCESS
        self.environment = QgisProcess(Path(options.profile)).environment
        # a user's QGIS caches the bytecode of its plugins: the warm-up writes it (the
        # Makefile's PYTHONDONTWRITEBYTECODE would have every run compile QGIS's Python
        # plugins and ours again)
        self.environment.pop("PYTHONDONTWRITEBYTECODE", None)
        self.counter = 0

    def output(self, name: str) -> Path:
        """A new file path in the work folder."""
        self.counter += 1
        return self.work / f"{self.counter:03d}_{name}"

    def qgis(self, algorithm: str, check: bool = True, **parameters) -> dict:
        """One ``qgis_process run`` (a fresh QGIS process), measured."""
        command = [self.executable, "--json", "run", algorithm, "--",
                   *(f"{key}={value}" for key, value in parameters.items())]
        record, stdout, stderr = run_process(
            command, timeout=self.options.timeout, memory_limit_mb=self.options.memory_limit,
            env=self.environment)
        if record["status"] == "ok":
            try:
                results = json.loads(stdout[stdout.index("{"):]).get("results", {})
            except ValueError:
                results = None
            if record["returncode"] != 0 or results is None:
                tail = (stderr.strip() or stdout.strip()).splitlines()[-3:]
                record.update(status="failed", error=" ".join(tail)[:400]
                              or f"exit code {record['returncode']}")
            else:
                record["info"]["results"] = {
                    k: v for k, v in results.items() if isinstance(v, (int, float, str))}
        record["command"] = f"qgis_process run {algorithm}"
        if check and record["status"] != "ok":
            self.log(f"    {algorithm} {record['status']}: {record['error']}")
        return record

    def lisa(self, path: Path, field: str = "value") -> dict:
        return self.qgis("kzinnovation:lisa", INPUT=path, FIELD=field,
                         PERMUTATIONS=self.options.permutations, SEED=1,
                         OUTPUT=self.output("lisa.gpkg"))

    def hotspots(self, path: Path, field: str = "value") -> dict:
        return self.qgis("kzinnovation:hotspots", INPUT=path, FIELD=field,
                         PERMUTATIONS=self.options.permutations, SEED=1,
                         OUTPUT=self.output("hotspots.gpkg"))

    def savefeatures(self, path: Path) -> dict:
        return self.qgis("native:savefeatures", INPUT=path,
                         OUTPUT=self.output("saved.gpkg"))

    def index(self, path: Path, runs: int | None = None) -> dict:
        return self.qgis("kzinnovation:innovationindex", INPUT=path,
                         RUNS=runs or self.options.index_runs, SEED=1,
                         OUTPUT=self.output("index.gpkg"), METHOD=self.output("method.gpkg"),
                         WEIGHTS=self.output("weights.gpkg"))

    def cores(self, path: Path) -> dict:
        return self.qgis("kzinnovation:clustercores", INPUT=path,
                         PERMUTATIONS=self.options.permutations, SEED=1,
                         CORES=self.output("cores.gpkg"), ZONES=self.output("zones.gpkg"),
                         CLUSTERS=self.output("clusters.gpkg"))

    def full(self, runs: int, **parameters) -> dict:
        folder = self.output("full")
        folder.mkdir()
        values = {"RUNS": runs, "SEED": 1, "PERMUTATIONS": self.options.permutations,
                  "OUTPUT": folder / "analysis.gpkg", "REPORT": folder / "report.html",
                  **parameters}
        return self.qgis("kzinnovation:fullanalysis", **values)

    def full_as_demo(self) -> dict:
        """The full analysis exactly as ``scripts/demo.py`` runs it (TABLE/YEAR route)."""
        sys.path.insert(0, str(SCRIPTS))
        import demo

        folder = self.output("demo")
        folder.mkdir()
        return self.qgis(
            "kzinnovation:fullanalysis", TABLE=demo.TABLE, YEAR="2018", SEED="1",
            ACTIVITY_TABLE=demo.RD_BULLETIN, ACTIVITY_LAYOUT="sheets",
            ACTIVITY_SHEETS=demo.RD_SHEETS, ACTIVITY_TOTAL_SHEET="1",
            ACTIVITY_ABOUT=demo.RD_ABOUT, OUTPUT=folder / "kz_innovation_2018.gpkg",
            REPORT=folder / "report.html")

    def pygeoda(self, path: Path) -> dict:
        """The pygeoda lookup-table pipeline (read, queen, LISA, Gi*, write), one process."""
        out = self.output("pygeoda.gpkg")
        arguments = self.bench._child_arguments("pygeoda", "whole", path, self.options, out)
        record = self.bench.run_child(arguments, self.options.timeout,
                                      self.options.memory_limit)
        record["command"] = "python scripts/bench.py (pygeoda whole)"
        return record

    def index_core(self, regions: int) -> dict:
        """``scripts/bench_index.py`` at one size: the medians of ``--tools-repeat`` runs."""
        output = self.output(f"index_{regions}.json")
        command = [sys.executable, str(SCRIPTS / "bench_index.py"), "--sizes", str(regions),
                   "--runs", str(self.options.index_runs),
                   "--repeat", str(self.options.tools_repeat), "--output", str(output)]
        record, stdout, stderr = run_process(
            command, timeout=self.options.timeout, memory_limit_mb=self.options.memory_limit,
            env=dict(os.environ, PYTHONWARNINGS="ignore"))
        record["command"] = "python scripts/bench_index.py"
        if record["status"] == "ok":
            if record["returncode"] != 0 or not output.exists():
                tail = stderr.strip().splitlines()[-1:] or [f"exit {record['returncode']}"]
                record.update(status="failed", error=tail[0][:400])
            else:
                record["info"] = json.loads(output.read_text())[0]
        return record


def _median(records: list[dict]) -> dict:
    """One row from repeated runs: the median wall time, every run, their loads."""
    ok = [r for r in records if r and r["status"] == "ok"]
    row = {"runs": [round(r["wall"], 3) for r in ok], "load": merged_load(records),
           "peak_mb": max((r["peak_mb"] for r in records if r), default=0.0),
           "info": ok[-1]["info"] if ok else {}}
    failed = [r for r in records if not r or r["status"] != "ok"]
    if failed or not ok:
        bad = failed[0] if failed else {"status": "not run", "error": ""}
        row.update(status=bad["status"], error=bad.get("error", ""), wall=None)
    else:
        row.update(status="ok", error="", wall=statistics.median(r["wall"] for r in ok))
    return row


def _sum_rows(*rows: dict) -> dict:
    """A row adding runs taken together (the i-th run of each), e.g. lisa + hotspots."""
    ok = all(r["status"] == "ok" for r in rows)
    runs = [round(sum(values), 3) for values in zip(*(r["runs"] for r in rows))] if ok else []
    return {"status": "ok" if ok else next(r["status"] for r in rows if r["status"] != "ok"),
            "error": "" if ok else next(r["error"] for r in rows if r["status"] != "ok"),
            "runs": runs, "wall": statistics.median(runs) if runs else None,
            "load": merged_load([{"load": r["load"]} for r in rows if r.get("load")]),
            "peak_mb": max(r["peak_mb"] for r in rows), "info": {}}


def _turns(log, label: str, repeat: int, **measures) -> dict[str, dict]:
    """Run each named measurement ``repeat`` times, taking turns; a row per name."""
    runs: dict[str, list] = {name: [] for name in measures}
    for turn in range(repeat):
        for name, measure in measures.items():
            record = measure()
            runs[name].append(record)
            log(f"  {label} [{turn + 1}/{repeat}] {name:<22} "
                + (f"{record['wall']:8.2f} s" if record["status"] == "ok"
                   else f"{record['status']}: {record['error']}")
                + f"   load {load_cell(record.get('load'))}")
    return {name: _median(records) for name, records in runs.items()}


def warm_up(tools: Tools, small: Path, small_index: Path, joined: Path, log) -> None:
    """One untimed run of each tool, so that the timed runs find the plugin's bytecode
    written (as a user's second and later runs do) and the profile initialised."""
    start = time.perf_counter()
    tools.lisa(small)
    tools.hotspots(small)
    tools.savefeatures(small)
    tools.index(small_index, runs=10)
    tools.full(10, INPUT=joined, PERMUTATIONS=99)
    log(f"  warm-up runs (untimed): {time.perf_counter() - start:.1f} s")


def run_suite(bench, options, log) -> dict:
    """Measure items 1-5 (module docstring); the suite's results."""
    cache = Path(options.cache)
    n, small = options.tools_features, options.tools_small
    results = {
        "date": datetime.datetime.now().isoformat(timespec="minutes"),
        "features": n, "small": small, "index_runs": options.index_runs,
        "full_runs": options.full_runs, "repeat": options.tools_repeat,
        "permutations": options.permutations, "rows": {},
    }
    rows = results["rows"]
    log(f"\n== Tools through qgis_process: {n:,} and {small:,} features, "
        f"{options.tools_repeat} turn(s) each, medians")
    grid, _ = bench.cached_layer(cache, "grid", n)
    grid_small, _ = bench.cached_layer(cache, "grid", small)
    indicators = indicator_grid(bench, cache, n)
    indicators_small = indicator_grid(bench, cache, max(small, 16))
    with tempfile.TemporaryDirectory(prefix="kzi-tools-") as folder:
        tools = Tools(bench, options, Path(folder), log)
        joined = tools.output("joined_2018.gpkg")
        done = tools.qgis(
            "kzinnovation:joinindicators", INPUT=f"{BUNDLED_REGIONS}|layername=kz_regions_2018",
            TABLE=PLUGIN / "data" / "indicators" / "kz_bns_indicators_2018_2019.csv",
            YEAR=2018, OUTPUT=joined, REPORT=tools.output("match.gpkg"))
        if done["status"] != "ok":
            raise RuntimeError(f"Joining the 2018 table failed: {done['error']}")
        warm_up(tools, grid_small, indicators_small, joined, log)
        repeat = options.tools_repeat
        # 1. lisa + hotspots through qgis_process against pygeoda computing both
        pair = _turns(log, f"1. {n:,}", repeat, lisa=lambda: tools.lisa(grid),
                      hotspots=lambda: tools.hotspots(grid),
                      pygeoda=lambda: tools.pygeoda(grid))
        rows["pair_lisa"], rows["pair_hotspots"] = pair["lisa"], pair["hotspots"]
        rows["pair"] = _sum_rows(pair["lisa"], pair["hotspots"])
        rows["pygeoda"] = pair["pygeoda"]
        # 2. the fixed cost per run: lisa on a small layer against a trivial native algorithm
        fixed = _turns(log, f"2. {small:,}", repeat, lisa=lambda: tools.lisa(grid_small),
                       native=lambda: tools.savefeatures(grid_small))
        rows["small_lisa"], rows["small_native"] = fixed["lisa"], fixed["native"]
        # 3. the index: the core's compute time, then the tool on the indicator grid
        for regions in options.index_regions:
            record = tools.index_core(regions)
            rows[f"index_core_{regions}"] = {**_median([record]), "info": record["info"]}
            log(f"  3. index core, {regions:,} regions: "
                + (f"{record['info']['wall']:.3f} s compute (median of {repeat})"
                   if record["status"] == "ok" else f"{record['status']}: {record['error']}")
                + f"   load {load_cell(record['load'])}")
        index = _turns(log, f"3. {n:,}", repeat, index=lambda: tools.index(indicators))
        rows["index_qgis"] = index["index"]
        # the last run's output: the input of the steps of item 5
        index_output = index["index"]["info"].get("results", {}).get("OUTPUT")
        # 4. the full analysis of the 17 bundled regions against savefeatures on that layer
        full = _turns(log, "4. 17 regions", repeat,
                      full=lambda: tools.full(options.index_runs, INPUT=joined),
                      demo=tools.full_as_demo, native=lambda: tools.savefeatures(joined))
        rows["full17"], rows["full17_demo"], rows["full17_native"] = (
            full["full"], full["demo"], full["native"])
        # 5. the full analysis at scale from a layer with its indicators, beside its steps
        steps = {}
        if index_output:
            steps = _turns(log, f"5. {n:,} steps", 1,
                           lisa=lambda: tools.lisa(index_output, "innov_idx"),
                           hotspots=lambda: tools.hotspots(index_output, "innov_idx"),
                           cores=lambda: tools.cores(index_output))
        for name in ("lisa", "hotspots", "cores"):
            rows[f"steps_{name}"] = steps.get(name) or {
                "status": "not run", "error": "no index output", "runs": [], "wall": None,
                "load": None, "peak_mb": 0.0, "info": {}}
        rows["full_grid"] = _turns(
            log, f"5. {n:,}", 1,
            full=lambda: tools.full(options.full_runs, INPUT=indicators))["full"]
    return results


# --- report -------------------------------------------------------------------------------

def _ok(row) -> bool:
    return bool(row) and row.get("status") == "ok" and row.get("wall") is not None


def _seconds(row) -> str:
    if not row:
        return "—"
    return f"{row['wall']:.2f}" if _ok(row) else row.get("status", "—")


def _runs(row) -> str:
    return ", ".join(f"{value:.2f}" for value in row.get("runs", [])) if row else ""


def _at_target(results: dict, **sizes) -> bool:
    """Whether the suite ran at the sizes the issue's targets name."""
    wanted = {"features": TARGET_FEATURES, "small": TARGET_SMALL,
              "index_runs": TARGET_RUNS}
    return all(results.get(key) == wanted[key] for key in sizes)


def _verdict(met: bool | None, at_target: bool) -> str:
    if met is None:
        return "not measured"
    if not at_target:
        return "not at target size"
    return "met" if met else "not met"


def targets(results: dict | None) -> list[tuple[str, str, str]]:
    """The issue's targets: (target, verdict, numbers)."""
    if not results:
        return []
    rows, n, small = results["rows"], results["features"], results["small"]
    out = []
    pair, geoda = rows.get("pair"), rows.get("pygeoda")
    label = (f"(e) lisa + hotspots through qgis_process at {n:,} features (two runs) take "
             "less time than the pygeoda pipeline computing both")
    if _ok(pair) and _ok(geoda):
        ratio = geoda["wall"] / pair["wall"]
        out.append((label, _verdict(pair["wall"] < geoda["wall"], _at_target(results, features=1)),
                    f"qgis_process {pair['wall']:.2f} s, pygeoda {geoda['wall']:.2f} s: "
                    f"pygeoda / qgis_process = {ratio:.2f}x (needs > 1x)"))
    else:
        out.append((label, "not met", f"qgis {_seconds(pair)}, pygeoda {_seconds(geoda)}"))
    lisa, native = rows.get("small_lisa"), rows.get("small_native")
    label = (f"(f) lisa through qgis_process at {small:,} features within "
             f"{TARGET_SMALL_GAP_S:g} s of native:savefeatures")
    if _ok(lisa) and _ok(native):
        gap = lisa["wall"] - native["wall"]
        out.append((label, _verdict(gap <= TARGET_SMALL_GAP_S, _at_target(results, small=1)),
                    f"lisa {lisa['wall']:.2f} s - savefeatures {native['wall']:.2f} s = "
                    f"{gap:+.2f} s (needs <= {TARGET_SMALL_GAP_S:g} s)"))
    else:
        out.append((label, "not met", f"lisa {_seconds(lisa)}, native {_seconds(native)}"))
    runs = results["index_runs"]
    for key in sorted((k for k in rows if k.startswith("index_core_")),
                      key=lambda k: int(k.rsplit("_", 1)[1])):
        regions = int(key.rsplit("_", 1)[1])
        row, limit = rows[key], TARGET_INDEX_S.get(regions)
        label = (f"(g) the index with {runs:,} uncertainty runs, {regions:,} regions: compute "
                 + (f"under {limit:g} s" if limit else "(no target at this size)"))
        if not _ok(row):
            out.append((label, "not met", f"{row['status']}: {row['error']}"))
            continue
        wall = row["info"]["wall"]
        verdict = _verdict(wall < limit, _at_target(results, index_runs=1)) if limit \
            else "no target"
        out.append((label, verdict,
                    f"build_index {wall:.3f} s (CPU {row['info']['cpu']:.3f} s; uncertainty "
                    f"{row['info']['uncertainty_wall']:.3f} s, profiles "
                    f"{row['info']['profiles_wall']:.3f} s)"))
    row = rows.get("index_qgis")
    label = (f"(g) the index with {runs:,} uncertainty runs through qgis_process at {n:,} "
             f"features under {TARGET_INDEX_QGIS_S:g} s")
    out.append((label, _verdict(row["wall"] < TARGET_INDEX_QGIS_S,
                                _at_target(results, features=1, index_runs=1))
                if _ok(row) else "not met",
                f"{row['wall']:.2f} s" if _ok(row) else f"{_seconds(row)}: {row['error']}"))
    full, native = rows.get("full17"), rows.get("full17_native")
    label = (f"(h) fullanalysis of the 17 bundled regions (report with maps, {runs:,} runs) "
             f"through qgis_process within {TARGET_FULL_RATIO:g}x native:savefeatures")
    if _ok(full) and _ok(native):
        ratio = full["wall"] / native["wall"]
        out.append((label, _verdict(ratio <= TARGET_FULL_RATIO,
                                    _at_target(results, index_runs=1)),
                    f"fullanalysis {full['wall']:.2f} s / savefeatures {native['wall']:.2f} s "
                    f"= {ratio:.2f}x (needs <= {TARGET_FULL_RATIO:g}x)"))
    else:
        out.append((label, "not met", f"full {_seconds(full)}, native {_seconds(native)}"))
    row = rows.get("full_grid")
    label = (f"(i) fullanalysis at {n:,} features through qgis_process from a layer with its "
             f"indicators ({results['full_runs']:,} runs) completes")
    out.append((label, _verdict(True, _at_target(results, features=1)) if _ok(row)
                else "not met",
                f"{row['wall']:.1f} s" if _ok(row) else f"{_seconds(row)}: {row['error']}"))
    return out


def _line(what: str, row: dict | None, extra: str = "—") -> str:
    """A table row: what, median s, runs, peak MB, load, extra."""
    peak = f"{row['peak_mb']:,.0f}" if row and row.get("peak_mb") else "—"
    return (f"| {what} | {_seconds(row)} | {_runs(row)} | {peak} | "
            f"{load_cell(row.get('load') if row else None)} | {extra} |")


def render_section(results: dict | None) -> list[str]:
    """The Markdown section of the suite."""
    if not results:
        return ["", "## Through QGIS: the tools as a user runs them", "",
                "Not measured in this run (`--suites tools`)."]
    rows, n, small = results["rows"], results["features"], results["small"]
    head = ["| what | median s | runs s | peak MB | load 1 min / CPUs | note |",
            "|---|---:|---|---:|---|---|"]
    lines = [
        "", "## Through QGIS: the tools as a user runs them", "",
        f"Measured {results['date']}; {results['permutations']} permutations, seed 1. Each "
        "row is a fresh `qgis_process.bin` (the packaged plugin in a throw-away profile; "
        "QGIS start, reading, computing, writing) or a fresh Python process; the things "
        f"compared ran in turns, {results['repeat']} turn(s), and the median is shown with "
        "every run. Before the timed runs, each tool ran once untimed (the plugin's "
        "bytecode written, as after a user's first run). *peak MB* is the process's "
        "maximum resident set size. *load* is the lowest and highest 1-minute load average "
        "sampled before and after the row's runs, over the CPU count; **noisy** marks a row "
        "whose load exceeded the CPU count (other work was running).",
        "", f"### 1. LISA and Gi* at {n:,} features: two qgis_process runs against pygeoda",
        "", *head,
        _line("`kzinnovation:lisa` (qgis_process)", rows.get("pair_lisa")),
        _line("`kzinnovation:hotspots` (qgis_process)", rows.get("pair_hotspots")),
        _line("lisa + hotspots (per turn)", rows.get("pair")),
        _line("pygeoda lookup-table: read, queen, LISA, Gi*, write (one process)",
              rows.get("pygeoda"),
              f"pygeoda / qgis = {rows['pygeoda']['wall'] / rows['pair']['wall']:.2f}x"
              if _ok(rows.get("pygeoda")) and _ok(rows.get("pair")) else "—"),
        "", f"### 2. The fixed cost per run: {small:,} features", "", *head,
        _line("`kzinnovation:lisa` (qgis_process)", rows.get("small_lisa")),
        _line("`native:savefeatures` on the same file", rows.get("small_native"),
              f"difference {rows['small_lisa']['wall'] - rows['small_native']['wall']:+.2f} s"
              if _ok(rows.get("small_lisa")) and _ok(rows.get("small_native")) else "—"),
        "", f"### 3. The composite index, {results['index_runs']:,} uncertainty runs", "",
        "The core's compute time is `build_index` in `scripts/bench_index.py` (the bundled "
        "2018 table at 17 regions, a seeded synthetic table otherwise), the median of "
        f"{results['repeat']} run(s) inside one process; *median s* there is that compute "
        "time, *runs s* the process's wall time.", "", *head,
    ]
    for key in sorted((k for k in rows if k.startswith("index_core_")),
                      key=lambda k: int(k.rsplit("_", 1)[1])):
        row, regions = rows[key], int(key.rsplit("_", 1)[1])
        shown = dict(row, wall=row["info"]["wall"]) if _ok(row) else row
        extra = (f"uncertainty {row['info']['uncertainty_wall']:.3f} s, profiles "
                 f"{row['info']['profiles_wall']:.3f} s, CPU {row['info']['cpu']:.3f} s"
                 if _ok(row) else "—")
        lines.append(_line(f"`build_index`, {regions:,} regions (core)", shown, extra))
    lines += [
        _line(f"`kzinnovation:innovationindex` on the indicator grid, {n:,} features "
              "(qgis_process)", rows.get("index_qgis")),
        "", "### 4. The full analysis of the 17 bundled regions", "",
        "The layer: the bundled 2018 regions with the bundled 2018 table joined "
        "(`kzinnovation:joinindicators`, once, untimed). *TABLE/YEAR route* is the run of "
        "`scripts/demo.py` (the bundled regions, the 2018 table and the 2022 R&D bulletin as "
        "the region x activity table).", "", *head,
        _line(f"`kzinnovation:fullanalysis` INPUT = the layer ({results['index_runs']:,} runs, "
              "report with its maps)", rows.get("full17"),
              f"{rows['full17']['wall'] / rows['full17_native']['wall']:.2f}x savefeatures"
              if _ok(rows.get("full17")) and _ok(rows.get("full17_native")) else "—"),
        _line("`kzinnovation:fullanalysis`, TABLE/YEAR route as `scripts/demo.py` runs it",
              rows.get("full17_demo"),
              f"{rows['full17_demo']['wall'] / rows['full17_native']['wall']:.2f}x "
              "savefeatures" if _ok(rows.get("full17_demo")) and _ok(rows.get("full17_native"))
              else "—"),
        _line("`native:savefeatures` on the layer", rows.get("full17_native")),
        "", f"### 5. The full analysis at {n:,} features, beside its steps", "",
        "INPUT: the indicator grid (the seven catalogue indicator fields, no TABLE); "
        f"{results['full_runs']:,} uncertainty runs (`--full-runs`). The steps are the "
        "tools a user would chain for the same result, each a qgis_process run of its own: "
        "the index (row 3), then LISA, Gi* and cores with zones on its `innov_idx`. One run "
        "each.", "", *head,
    ]
    step_rows = [rows.get("index_qgis"), rows.get("steps_lisa"), rows.get("steps_hotspots"),
                 rows.get("steps_cores")]
    lines += [
        _line("`kzinnovation:innovationindex` (row 3)", step_rows[0]),
        _line("`kzinnovation:lisa` on `innov_idx`", step_rows[1]),
        _line("`kzinnovation:hotspots` on `innov_idx`", step_rows[2]),
        _line("`kzinnovation:clustercores` on `innov_idx`", step_rows[3]),
    ]
    if all(_ok(r) for r in step_rows):
        total = sum(r["wall"] for r in step_rows)
        lines.append(f"| the steps together | {total:.2f} | | | | |")
    full = rows.get("full_grid")
    cores = (full or {}).get("info", {}).get("results", {}).get("CORE_COUNT")
    lines.append(_line("`kzinnovation:fullanalysis` (one run: all of the above, the report "
                       "with its maps)", full, f"{cores} cores" if cores is not None else "—"))
    lines += [
        "", "The indicator grid is the benchmark's square grid (1 km cells, EPSG:32642) "
        "carrying the catalogue's seven indicator fields (`rd_exp`, `research`, `dig_lit`, "
        "`internet`, `grp_pc`, `manuf_va`, `manuf_prod`) with seeded synthetic values "
        "(`bench_index.synthetic_regions`: log-normal around a shared factor, about 1 % "
        "missing): **synthetic test data, not statistics**.",
    ]
    failures = [(key, row) for key, row in rows.items() if row and row.get("status") != "ok"]
    if failures:
        lines += ["", "Runs that did not complete:", ""]
        lines += [f"- {key}: {row['status']}: {row.get('error', '')}" for key, row in failures]
    return lines
