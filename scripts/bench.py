"""Benchmark of kz-innovation: the plugin's tools through QGIS, and the core at scale.

One run measures two suites (``--suites``), side by side, and writes one Markdown report:

* **tools** (``scripts/bench_tools.py``, whose docstring details it): the packaged plugin's
  algorithms through ``qgis_process.bin`` as a user runs them (``lisa`` + ``hotspots`` at
  100,000 features against pygeoda's pipeline computing both; ``lisa`` at 100 features against
  ``native:savefeatures``; ``innovationindex`` with 1,000 uncertainty runs at 17 and 3,000
  regions (the core, ``scripts/bench_index.py``) and at 100,000 features through QGIS;
  ``fullanalysis`` of the 17 bundled regions against ``native:savefeatures``, and at 100,000
  features beside its steps), medians of ``--tools-repeat`` turns.
* **scale**: the core against esda and GeoDa's engine on generated layers of ``--sizes``:

  1. Generates (once, then reads from a cache folder) polygon layers of the requested sizes:
     a square grid and an irregular Voronoi tessellation (``shapely.voronoi_polygons`` of
     seeded uniform random points, clipped to the grid's rectangle), in UTM zone 42N
     (EPSG:32642, 1 km cells), with a spatially autocorrelated attribute ``value``: a linear
     trend plus a sum of Gaussian bumps of several widths, evaluated at each cell's
     centroid, plus white noise (all vectorised, seeded).  The layers are GeoPackages
     written with pyogrio, named ``{kind}_{features}_v1.gpkg``.
  2. Times the whole analysis through our core, each step in a fresh Python process
     (``python scripts/bench.py --step ...``): read (pyogrio), queen weights
     (``build_weights``: the weights object the plugin uses, without libpysal), global
     statistics (``global_statistics``: Moran's I, Geary's C and General G with one shared
     set of permutations), local Moran (``local_moran``), Gi* (``hotspots``), cores and zones
     (``select_cores`` on ``innov_idx = value`` with ``innov_lvl`` by tertiles, then
     ``contiguity_rings`` of order 2 around every core) and write (the GeoPackage with the
     new fields, by the core's ``write_geopackage``: pyogrio, the spatial index packed in
     bulk; the references write with pyogrio and GDAL's own index).  A step process first
     imports and computes what the step needs (untimed), then times the step alone.
     "whole" runs every step in one fresh process; its time is the wall time of the
     process, interpreter start and imports included.
  3. Runs three reference pipelines on the same files, each whole in a fresh process: esda
     with numba (what the Hotspot Analysis plugin uses: ``Queen.from_dataframe``,
     ``esda.Moran``, ``esda.Moran_Local``, ``esda.G_Local(star=True)``; numba compiles
     esda's kernels on their first call in a process, which the pipeline does first on a
     5 x 5 lattice and times apart as *numba JIT*), the same on GeoDa's engine (pygeoda
     0.1.3, lookup-table permutations on 2 threads; pygeoda has no global Moran's I, so it
     skips that step); and our plugin through ``qgis_process``: the algorithms
     ``globalautocorrelation``, ``lisa`` and ``hotspots`` of the packaged plugin, each in its
     own ``qgis_process.bin`` run (``--pipelines`` chooses).
  4. Times SKATER regionalisation (``regionalize(..., method="skater", n_regions=5)``) on a
     1,000-unit grid in a fresh process.

Around every measured command the machine's 1-minute load average is sampled, before and
after, with the CPU count; rows whose load exceeded the CPU count are marked *noisy*.  The
report holds the machine, the library versions (QGIS included), every time and peak memory
(the child process's maximum resident set size, from ``os.wait4``), every ratio and the
verdict on each target.  The measurements are also embedded in the report (an HTML
comment), so a later run with other ``--sizes`` (e.g. ``--sizes 400000 1000000 --suites
scale``) adds its rows to the same report, and ``--report-only`` renders it again.

A process that exceeds ``--timeout`` seconds is killed and recorded as "timeout"; one that
runs out of memory (``--memory-limit``, an address-space limit, default 85 % of RAM) or
fails is recorded as such; the benchmark carries on.

Run from the repository root::

    python scripts/bench.py --fresh --sizes 10000 100000 --repeat 3 --output docs/benchmark.md
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import importlib.metadata
import json
import math
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).resolve()
if str(SCRIPT.parent) not in sys.path:
    sys.path.insert(0, str(SCRIPT.parent))

import bench_tools  # noqa: E402 - the sibling script, found through the lines above
from bench_tools import is_noisy, load_cell, merged_load, run_process  # noqa: E402

DEFAULT_SIZES = (10_000, 100_000, 400_000, 1_000_000)
KINDS = ("grid", "voronoi")
PIPELINES = ("ours", "qgis", "esda", "pygeoda")
#: what one run can measure: the core at scale, and the plugin's tools through qgis_process
SUITES = ("scale", "tools")
#: the references ours is compared with
REFERENCES = ("esda", "pygeoda")
PIPELINE_LABELS = {
    "ours": "ours (kz-innovation core)",
    "qgis": "ours through qgis_process",
    "esda": "esda with numba",
    "pygeoda": "pygeoda lookup-table",
}
#: steps of the analysis, in order
STEPS = ("read", "weights", "global", "lisa", "gistar", "zones", "write")
#: the splits of a whole run, in order ("jit": esda's numba compilation, esda only)
WHOLE_ORDER = ("read", "weights", "jit", "global", "lisa", "gistar", "zones", "write")
STEP_LABELS = {
    "imports": "imports", "read": "read", "weights": "weights", "jit": "numba JIT",
    "global": "global",
    "lisa": "LISA", "gistar": "Gi*", "zones": "cores+zones", "write": "write",
}
#: bump the version when the generator changes, so that old cached layers are not reused
CACHE_VERSION = "v1"
DEFAULT_CACHE = Path.home() / ".cache" / "kz-innovation-bench"
CRS = "EPSG:32642"  # UTM zone 42N (central Kazakhstan), metres
CELL = 1000.0
ORIGIN = (300_000.0, 5_000_000.0)
SEED = 20_240_601
LAYER_NAME = "bench"
SKATER_UNITS = 1000
RESULT_TAG = "BENCH-RESULT "
RESULTS_COMMENT = re.compile(r"<!-- bench-results\n(.*?)\n-->", re.S)
TARGET_SPEEDUP_ESDA = 5.0
TARGET_GROWTH = 4.5
TARGET_PEAK_MB = 8 * 1024
TARGET_SKATER_S = 60.0
#: the header names the noisy rows when there are at most this many
MAX_NOISY_NAMED = 12


# --- data ---------------------------------------------------------------------------------

def grid_shape(n: int) -> tuple[int, int]:
    """Rows and columns of a grid of exactly ``n`` cells, as square as possible."""
    if n < 4:
        raise ValueError(f"A benchmark layer needs at least 4 features, not {n}.")
    rows = next(d for d in range(math.isqrt(n), 0, -1) if n % d == 0)
    return rows, n // rows


def _field(x, y, extent: float, rng):
    """Spatially autocorrelated values at points: trend + Gaussian bumps + white noise."""
    import numpy as np

    u = (x - ORIGIN[0]) / extent
    v = (y - ORIGIN[1]) / extent
    signal = 1.5 * u - 0.8 * v
    bumps = 24
    centres = rng.random((bumps, 2))
    widths = np.exp(rng.uniform(np.log(0.03), np.log(0.15), bumps))
    heights = rng.uniform(-1.0, 2.0, bumps)
    for (cu, cv), width, height in zip(centres, widths, heights):  # a loop over bumps
        signal = signal + height * np.exp(-((u - cu) ** 2 + (v - cv) ** 2) / (2 * width**2))
    signal = (signal - signal.mean()) / signal.std()
    noise = rng.normal(0.0, 0.7, x.size)
    return np.maximum(100.0 + 15.0 * (signal + noise), 1.0)


def make_layer(kind: str, n: int, seed: int = SEED):
    """A seeded benchmark layer: ``unit_id``, ``value`` and polygons, in EPSG:32642.

    Parameters
    ----------
    kind : str
        ``"grid"`` (square cells) or ``"voronoi"`` (cells of seeded random points).
    n : int
        Number of features (the grid has the rows x columns closest to a square).
    seed : int
        Seed; the layer also depends on ``kind`` and ``n``.

    Returns
    -------
    geopandas.GeoDataFrame
    """
    import geopandas as gpd
    import numpy as np
    import shapely

    if kind not in KINDS:
        raise ValueError(f"Unknown layer kind {kind!r}; valid kinds are: {', '.join(KINDS)}.")
    rows, cols = grid_shape(n)
    rng = np.random.default_rng([seed, n, KINDS.index(kind)])
    x0, y0 = ORIGIN
    width, height = cols * CELL, rows * CELL
    if kind == "grid":
        i = np.arange(n)
        xmin = x0 + (i % cols) * CELL
        ymin = y0 + (i // cols) * CELL
        cells = shapely.box(xmin, ymin, xmin + CELL, ymin + CELL)
        cx, cy = xmin + CELL / 2, ymin + CELL / 2
    else:
        frame = shapely.box(x0, y0, x0 + width, y0 + height)
        points = np.column_stack(
            [x0 + rng.random(n) * width, y0 + rng.random(n) * height]
        )
        diagram = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=frame)
        cells = shapely.intersection(shapely.get_parts(diagram), frame)
        if cells.size != n:
            raise RuntimeError(f"The Voronoi diagram has {cells.size} cells, not {n}.")
        centre = shapely.centroid(cells)
        cx, cy = shapely.get_x(centre), shapely.get_y(centre)
    value = _field(cx, cy, max(width, height), rng)
    return gpd.GeoDataFrame(
        {"unit_id": np.arange(1, n + 1, dtype=np.int64), "value": value},
        geometry=cells, crs=CRS,
    )


def layer_path(cache: Path, kind: str, n: int) -> Path:
    """Where the cached layer of a kind and size lives."""
    return Path(cache) / f"{kind}_{n}_{CACHE_VERSION}.gpkg"


def cached_layer(cache: Path, kind: str, n: int) -> tuple[Path, float | None]:
    """The cached GeoPackage of a layer, generated and written first if missing.

    Returns
    -------
    tuple
        The path and the seconds spent generating it (None when it was cached).
    """
    import pyogrio

    path = layer_path(cache, kind, n)
    if path.exists():
        return path, None
    start = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    layer = make_layer(kind, n)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.partial.gpkg")
    try:
        pyogrio.write_dataframe(layer, partial, layer=LAYER_NAME, driver="GPKG")
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
    return path, time.perf_counter() - start


def read_layer(path: Path):
    """Read a benchmark layer (pyogrio)."""
    import pyogrio

    return pyogrio.read_dataframe(path, layer=LAYER_NAME)


# --- pipelines (run inside the child processes) -------------------------------------------

def _ours_imports(state: dict) -> None:
    import pyogrio  # noqa: F401

    from kz_innovation_plugin.core import autocorrelation, spatial_weights  # noqa: F401

    # the zones (which import libpysal) as the plugin does: only where cores and zones are
    # drawn; in a whole run their import is part of the zones step
    if state["step"] == "zones":
        from kz_innovation_plugin.core import zones  # noqa: F401


def _ours_read(state: dict) -> None:
    state["layer"] = read_layer(state["path"])


def _ours_weights(state: dict) -> None:
    from kz_innovation_plugin.core.spatial_weights import WeightsOptions, build_weights

    weights = build_weights(state["layer"], WeightsOptions(method="queen"))
    state["weights"] = weights
    state["info"]["links"] = int(weights.cardinalities.sum())
    state["info"]["weights_notes"] = weights.notes
    # the plugin's contiguity weights do without libpysal; so must this step
    state["info"]["libpysal_loaded"] = "libpysal" in sys.modules


def _ours_global(state: dict) -> None:
    from kz_innovation_plugin.core.autocorrelation import global_statistics

    table = global_statistics(
        state["layer"][["value"]], state["weights"],
        permutations=state["permutations"], seed=1,
    )
    row = table.frame.loc["value"]
    state["info"].update(
        moran_i=float(row["moran_i"]), geary_c=float(row["geary_c"]),
        getis_g=float(row["getis_g"]),
    )


def _ours_lisa(state: dict) -> None:
    from kz_innovation_plugin.core.autocorrelation import local_moran

    result = local_moran(
        state["layer"]["value"], state["weights"],
        permutations=state["permutations"], seed=1,
    )
    state["lisa"] = result.frame
    state["info"]["lisa_clusters"] = result.clusters


def _ours_gistar(state: dict) -> None:
    from kz_innovation_plugin.core.autocorrelation import hotspots

    result = hotspots(
        state["layer"]["value"], state["weights"],
        permutations=state["permutations"], seed=1,
    )
    state["gi"] = result.frame
    state["info"]["gi_bins"] = result.bins


def _ours_zones(state: dict) -> None:
    import pandas as pd

    from kz_innovation_plugin.core.zones import CoreRule, contiguity_rings, select_cores

    layer = state["layer"]
    layer["innov_idx"] = layer["value"]
    layer["innov_lvl"] = pd.qcut(
        layer["value"], 3, labels=["low", "medium", "high"]
    ).astype(str)
    selection = select_cores(layer, CoreRule(mode="level"))
    core_id = selection.core_id
    # rings around every core, or around the highest ones (core ids run 1.. by descending
    # index) with --ring-cores
    ringed = core_id
    if state["ring_cores"]:
        ringed = core_id.where(core_id.notna() & (core_id.fillna(0) <= state["ring_cores"]))
    rings = contiguity_rings(layer, ringed, state["weights"], max_order=2)
    state["cores"], state["rings"] = selection, rings
    state["info"].update(
        cores=selection.n_cores, ring_cores=int(ringed.notna().sum()), zone_regions=len(rings)
    )


def _ours_write(state: dict) -> None:
    from kz_innovation_plugin.core.output import write_geopackage

    layer = state["layer"]
    selection, rings = state["cores"], state["rings"]
    out = layer[["unit_id", "value", "innov_idx", "innov_lvl", "geometry"]].join(
        state["lisa"]
    ).join(state["gi"].drop(columns="NNeighbors"))
    out["core_id"] = selection.core_id
    out["core_type"] = selection.core_type
    zones = rings[["core_id", "zone_order", "distance_km"]].rename(
        columns={"core_id": "zone_core"}
    )
    out = out.join(zones)
    write_geopackage(state["out"], {"result": out})


def _esda_imports(state: dict) -> None:
    import esda  # noqa: F401
    import libpysal  # noqa: F401
    import pyogrio  # noqa: F401


def _esda_jit(state: dict) -> None:
    """esda's first calls on a 5 x 5 lattice: numba compiles its permutation kernels here
    (once per process; esda 2.8 does not cache them on disk), apart from the timed steps."""
    import esda
    import numpy as np
    from libpysal.weights import lat2W

    w = lat2W(5, 5)
    y = np.arange(25, dtype=float) % 7 + 1.0
    esda.Moran_Local(y, w, permutations=99, seed=1)
    esda.G_Local(y, w, star=True, permutations=99, seed=1)


def _esda_weights(state: dict) -> None:
    from libpysal.weights import Queen

    state["w"] = Queen.from_dataframe(state["layer"], use_index=False)
    state["info"]["links"] = int(state["w"].s0)


def _esda_global(state: dict) -> None:
    import esda

    moran = esda.Moran(state["layer"]["value"].to_numpy(), state["w"])
    state["info"]["moran_i"] = float(moran.I)


def _esda_lisa(state: dict) -> None:
    import esda
    import numpy as np

    lisa = esda.Moran_Local(
        state["layer"]["value"].to_numpy(), state["w"],
        permutations=state["permutations"], seed=1,
    )
    state["fields"].update(lisa_I=lisa.Is, lisa_p=lisa.p_sim, lisa_q=lisa.q)
    significant = lisa.p_sim <= 0.05
    state["info"]["lisa_significant"] = int(np.sum(significant))


def _esda_gistar(state: dict) -> None:
    import esda

    gi = esda.G_Local(
        state["layer"]["value"].to_numpy(), state["w"], star=True,
        permutations=state["permutations"], seed=1,
    )
    state["fields"].update(gi_G=gi.Gs, gi_Z=gi.Zs, gi_p=gi.p_sim)


def _esda_write(state: dict) -> None:
    import pyogrio

    out = state["layer"].assign(**state["fields"])
    pyogrio.write_dataframe(out, state["out"], layer="result", driver="GPKG")


def _pygeoda_imports(state: dict) -> None:
    import geopandas  # noqa: F401
    import pygeoda  # noqa: F401
    import pyogrio  # noqa: F401


def _pygeoda_weights(state: dict) -> None:
    import pygeoda

    geoda = pygeoda.open(state["layer"])
    state["w"] = pygeoda.queen_weights(geoda)
    state["info"]["links"] = int(round(state["w"].mean_neighbors() * state["w"].num_obs))


def _pygeoda_local(state: dict, function, prefix: str) -> None:
    import numpy as np

    result = function(
        state["w"], state["layer"]["value"], permutations=state["permutations"],
        permutation_method="lookup-table", cpu_threads=2, seed=1,
    )
    state["fields"].update({
        f"{prefix}_value": np.asarray(result.lisa_values()),
        f"{prefix}_p": np.asarray(result.lisa_pvalues()),
        f"{prefix}_cl": np.asarray(result.lisa_clusters()),
    })


def _pygeoda_lisa(state: dict) -> None:
    import pygeoda

    _pygeoda_local(state, pygeoda.local_moran, "lisa")


def _pygeoda_gistar(state: dict) -> None:
    import pygeoda

    _pygeoda_local(state, pygeoda.local_gstar, "gstar")


def _qgis_imports(state: dict) -> None:
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    from qgis_process_runner import QgisProcess

    state["qgis"] = QgisProcess(Path(state["profile"]))


def _qgis_run(state: dict, algorithm: str, **parameters) -> None:
    """One ``qgis_process run`` of our algorithm on the layer (a fresh QGIS process)."""
    with tempfile.TemporaryDirectory() as folder:
        values = {"INPUT": str(state["path"]), "PERMUTATIONS": state["permutations"],
                  "SEED": 1, "OUTPUT": str(Path(folder) / "output.gpkg"), **parameters}
        arguments = [f"{key}={value}" for key, value in values.items()]
        state["qgis"]("--json", "run", f"kzinnovation:{algorithm}", "--", *arguments)


def _qgis_global(state: dict) -> None:
    _qgis_run(state, "globalautocorrelation", FIELDS="value")


def _qgis_lisa(state: dict) -> None:
    _qgis_run(state, "lisa", FIELD="value")


def _qgis_gistar(state: dict) -> None:
    _qgis_run(state, "hotspots", FIELD="value")


_OURS = {
    "imports": _ours_imports, "read": _ours_read, "weights": _ours_weights,
    "global": _ours_global, "lisa": _ours_lisa, "gistar": _ours_gistar,
    "zones": _ours_zones, "write": _ours_write,
}
PIPELINE_STEPS = {
    "ours": _OURS,
    "esda": {
        "imports": _esda_imports, "read": _ours_read, "weights": _esda_weights,
        "jit": _esda_jit, "global": _esda_global, "lisa": _esda_lisa, "gistar": _esda_gistar,
        "write": _esda_write,
    },
    "pygeoda": {
        "imports": _pygeoda_imports, "read": _ours_read, "weights": _pygeoda_weights,
        "lisa": _pygeoda_lisa, "gistar": _pygeoda_gistar, "write": _esda_write,
    },
    # each step is a whole qgis_process run: QGIS start, read, weights, statistic, write
    "qgis": {
        "imports": _qgis_imports, "global": _qgis_global, "lisa": _qgis_lisa,
        "gistar": _qgis_gistar,
    },
}
#: what a step of our pipeline needs computed first (in pipeline order)
NEEDS = {
    "read": (), "weights": ("read",), "global": ("read", "weights"),
    "lisa": ("read", "weights"), "gistar": ("read", "weights"), "zones": ("read", "weights"),
    "write": ("read", "weights", "lisa", "gistar", "zones"),
}


def _skater(state: dict) -> None:
    from kz_innovation_plugin.core.regionalization import regionalize

    result = regionalize(state["layer"], ["value"], method="skater", n_regions=5)
    state["info"]["macro_regions"] = int(result.counts.size)


def _writable(out: str) -> str:
    """Where a write step writes: ``out``, or a throw-away file when it is the null device.

    GDAL replaces an existing file it writes a GeoPackage to; run as root, writing to
    ``/dev/null`` would replace the device itself with a file.
    """
    if os.path.realpath(out) == os.path.realpath(os.devnull):
        return str(Path(tempfile.mkdtemp(prefix="kzi-bench-")) / "out.gpkg")
    return out


def run_step(args) -> dict:
    """Child process: run one step (prerequisites untimed) or the whole pipeline."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    steps = PIPELINE_STEPS[args.pipeline]
    state = {
        "path": Path(args.layer), "permutations": args.permutations,
        "ring_cores": args.ring_cores, "out": _writable(args.out), "info": {}, "fields": {},
        "profile": args.profile, "step": args.step,
    }
    seconds: dict[str, float] = {}

    def timed(name, function):
        start = time.perf_counter()
        function(state)
        seconds[name] = time.perf_counter() - start

    if args.step == "whole":
        timed("imports", steps["imports"])
        for name in WHOLE_ORDER:
            if name in steps:
                timed(name, steps[name])
    elif args.step == "skater":
        steps["imports"](state)
        _ours_read(state)
        timed("skater", _skater)
    else:
        steps["imports"](state)
        for name in NEEDS[args.step]:
            steps[name](state)
        timed(args.step, steps[args.step])
    return {"seconds": seconds, "info": state["info"]}


# --- the parent: fresh processes, timeouts, peak memory ------------------------------------

def run_child(arguments: list[str], timeout: float, memory_limit_mb: float) -> dict:
    """Run ``bench.py --step ...`` in a fresh process; wall time, peak memory and result.

    Returns
    -------
    dict
        ``status`` (ok, timeout, out of memory, failed), ``wall`` (seconds, interpreter
        start included), ``peak_mb`` (maximum resident set size, MiB), ``load`` (the
        1-minute load average before and after, and the CPU count), ``seconds`` and
        ``info`` reported by the child, ``error``.
    """
    command = [sys.executable, str(SCRIPT), *arguments]
    env = dict(os.environ, PYTHONWARNINGS="ignore", PYTHONDONTWRITEBYTECODE="1")
    record, stdout, stderr = run_process(command, timeout=timeout,
                                         memory_limit_mb=memory_limit_mb, env=env)
    returncode = record.pop("returncode")
    if record["status"] != "ok":
        return record
    lines = [line for line in stdout.splitlines() if line.startswith(RESULT_TAG)]
    if returncode != 0 or not lines:
        memory = "MemoryError" in stderr or "Unable to allocate" in stderr \
            or "bad_alloc" in stderr
        record.update(status="out of memory" if memory else "failed",
                      error=_error_text(stderr, returncode))
        return record
    record.update(json.loads(lines[-1][len(RESULT_TAG):]))
    return record


def _error_text(stderr: str, returncode: int) -> str:
    """The last line of a traceback and where it was raised (outside this script)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return f"exit code {returncode}"
    where = [
        line for line in lines
        if line.startswith('File "') and SCRIPT.name not in line
    ]
    text = lines[-1][:300]
    if where:
        match = re.match(r'File "(.*)", line (\d+)', where[-1])
        if match:
            path = match.group(1)
            short = path.split("site-packages/")[-1].replace(str(REPO_ROOT) + "/", "")
            text += f" (in {short}, line {match.group(2)})"
    return text


def measure(arguments: list[str], options, step: str | None = None) -> dict:
    """Best of ``--repeat`` fresh-process runs (by the step's time, else the wall time)."""
    best, records = None, []
    for _ in range(options.repeat):
        record = run_child(arguments, options.timeout, options.memory_limit)
        records.append(record)
        if record["status"] != "ok":
            best = (0.0, record)
            break
        key = record["seconds"].get(step, record["wall"]) if step else record["wall"]
        if best is None or key < best[0]:
            best = (key, record)
    # the load of every run, so that a noisy one shows even when another run is kept
    return dict(best[1], load=merged_load(records))


def _child_arguments(pipeline: str, step: str, path: Path, options, out: Path) -> list[str]:
    arguments = [
        "--step", step, "--pipeline", pipeline, "--layer", str(path),
        "--permutations", str(options.permutations), "--ring-cores", str(options.ring_cores),
        "--out", str(out),
    ]
    if pipeline == "qgis":
        arguments += ["--profile", str(options.profile)]
    return arguments


def qgis_profile(folder: Path) -> Path:
    """A throw-away QGIS profile with the plugin packaged by ``scripts/package.py``."""
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    from qgis_process_runner import QgisProcess

    subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "package.py"), "--output-dir",
                    str(folder / "dist")], check=True, capture_output=True)
    plugin_zip = next((folder / "dist").glob("kz_innovation_plugin-*.zip"))
    QgisProcess.with_plugin(folder / "profile", plugin_zip)
    return folder / "profile"


def bench_layer(kind: str, n: int, options, log) -> dict:
    """Every measurement of one layer: our steps and whole, and the two references."""
    path, generated = cached_layer(options.cache, kind, n)
    log(f"\n== {kind} {n:,} features ({path}"
        + (f", generated in {generated:.1f} s" if generated else ", cached") + ")")
    out_dir = Path(options.cache) / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    entry = {"kind": kind, "features": n, "steps": {}, "whole": {},
             "date": datetime.date.today().isoformat(), "machine": machine()["cpu"],
             "permutations": options.permutations, "repeat": options.repeat}
    for step, pipeline, key in ((s, "ours", s) for s in STEPS):
        out = out_dir / f"{pipeline}_{kind}_{n}_{step}.gpkg"
        record = measure(_child_arguments(pipeline, step, path, options, out), options, step)
        out.unlink(missing_ok=True)
        entry["steps"][key] = record
        log(f"  {pipeline:<8} {STEP_LABELS[step]:<12} {_cell_seconds(record, step):>14} s"
            f"   peak {_cell_mb(record):>8} MB   load {load_cell(record.get('load'))}"
            + _error_suffix(record))
    for pipeline in options.pipelines:
        out = out_dir / f"{pipeline}_{kind}_{n}_whole.gpkg"
        record = measure(_child_arguments(pipeline, "whole", path, options, out), options)
        out.unlink(missing_ok=True)
        entry["whole"][pipeline] = record
        splits = ", ".join(
            f"{STEP_LABELS[name]} {value:.2f}" for name, value in record["seconds"].items()
        )
        log(f"  {pipeline:<8} whole {_cell_wall(record):>14} s   peak {_cell_mb(record):>8} MB"
            f"   load {load_cell(record.get('load'))}"
            + (f"   ({splits})" if splits else _error_suffix(record)))
    for mine in (p for p in ("ours", "qgis") if p in entry["whole"]):
        ours = entry["whole"][mine]
        log(f"  ratios vs {PIPELINE_LABELS[mine]} (reference time / ours; > 1: ours faster):")
        cells = [f"{p} {_fmt_ratio(_ratio(entry['whole'].get(p), ours))}" for p in REFERENCES]
        log(f"    {'whole':<12} " + "   ".join(cells))
        for step in ("read", "weights", "global", "lisa", "gistar", "write"):
            cells = []
            for pipeline in REFERENCES:
                theirs = entry["whole"].get(pipeline, {}).get("seconds", {}).get(step)
                own = ours["seconds"].get(step)
                cells.append(f"{pipeline} {theirs / own:.2f}x" if theirs and own
                             else f"{pipeline} —")
            log(f"    {STEP_LABELS[step]:<12} " + "   ".join(cells))
    return entry


def _error_suffix(record) -> str:
    return "" if _ok(record) else f"   [{record.get('error', '')}]"


def bench_skater(options, log) -> dict:
    """SKATER on a 1,000-unit grid, in a fresh process."""
    path, _ = cached_layer(options.cache, "grid", SKATER_UNITS)
    arguments = _child_arguments("ours", "skater", path, options, Path(os.devnull))
    record = run_child(arguments, options.skater_timeout, options.memory_limit)
    record["units"] = SKATER_UNITS
    record["date"] = datetime.date.today().isoformat()
    log(f"\n== SKATER, {SKATER_UNITS:,}-unit grid, 5 macro-regions: "
        f"{_cell_seconds(record, 'skater')} s (process {_cell_wall(record)} s)")
    return record


# --- report ---------------------------------------------------------------------------------

def machine() -> dict:
    """Cores, RAM and CPU model of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) / 2**20
                break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "ram_gb": round(ram, 1), "cpu": cpu,
            "os": platform.platform()}


def versions() -> dict:
    """Versions of Python and the libraries the pipelines use."""
    found = {"python": platform.python_version()}
    for name in ("numpy", "scipy", "pandas", "shapely", "geopandas", "pyogrio", "pyproj",
                 "libpysal", "esda", "pygeoda", "spopt", "scikit-learn", "numba"):
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    try:
        import pyogrio
        import shapely

        found["GEOS"] = shapely.geos_version_string
        found["GDAL"] = pyogrio.__gdal_version_string__
    except ImportError:  # pragma: no cover
        pass
    found["QGIS"] = qgis_version()
    return found


def qgis_version() -> str:
    """The version ``qgis_process.bin --version`` reports, or "not installed"."""
    from qgis_process_runner import QGIS_PROCESS

    try:
        done = subprocess.run([QGIS_PROCESS, "--version"], capture_output=True, text=True,
                              timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    except (OSError, subprocess.SubprocessError):
        return "not installed"
    match = re.search(r"QGIS (\S+)", done.stdout)
    return match.group(1) if match else "not installed"


def set_esda_label(libs: dict) -> None:
    """Name the esda pipeline by whether numba was installed when it ran."""
    with_numba = libs.get("numba", "not installed") != "not installed"
    PIPELINE_LABELS["esda"] = "esda with numba" if with_numba else "esda without numba"


def _ok(record) -> bool:
    return bool(record) and record.get("status") == "ok"


def _cell_wall(record) -> str:
    return f"{record['wall']:.2f}" if _ok(record) else _failure(record)


def _cell_seconds(record, step) -> str:
    if not _ok(record):
        return _failure(record)
    value = record["seconds"].get(step)
    return "—" if value is None else f"{value:.2f}"


def _cell_mb(record) -> str:
    if not record or "peak_mb" not in record:
        return "—"
    return f"{record['peak_mb']:,.0f}"


def _failure(record) -> str:
    return record.get("status", "—") if record else "—"


def _ratio(theirs, ours) -> float | None:
    if _ok(theirs) and _ok(ours) and ours["wall"] > 0:
        return theirs["wall"] / ours["wall"]
    return None


def _fmt_ratio(value) -> str:
    return "—" if value is None else f"{value:.2f}x"


def _speed_target(entry: dict, mine: str) -> tuple[bool | None, str]:
    """Target (a) for one of our pipelines: met?, and the numbers."""
    ours, plain, geoda = (entry["whole"].get(p) for p in (mine, *REFERENCES))
    if not _ok(ours):
        return False, f"{_failure(ours)}: {ours.get('error', '')}" if ours else "not run"
    r_esda, r_geoda = _ratio(plain, ours), _ratio(geoda, ours)
    parts = [
        f"{PIPELINE_LABELS['esda']} {plain['wall']:.1f} s / ours {ours['wall']:.1f} s = "
        f"{r_esda:.2f}x (needs >= {TARGET_SPEEDUP_ESDA:g}x)" if r_esda is not None
        else f"esda {_failure(plain)}",
        f"pygeoda {geoda['wall']:.1f} s / ours {ours['wall']:.1f} s = {r_geoda:.2f}x "
        "(needs > 1x)" if r_geoda is not None else f"pygeoda {_failure(geoda)}",
    ]
    # a reference that did not finish cannot be beaten by less than the target
    met = (r_esda is None or r_esda >= TARGET_SPEEDUP_ESDA) and (r_geoda is None or r_geoda > 1)
    return met, "; ".join(parts)


def _growth_target(small: dict, large: dict, mine: str) -> tuple[bool | None, str]:
    a, b = small["whole"].get(mine), large["whole"].get(mine)
    if not (_ok(a) and _ok(b)):
        return False, f"100k {_cell_wall(a)}, 400k {_cell_wall(b)}"
    growth = b["wall"] / a["wall"]
    return growth <= TARGET_GROWTH, f"{b['wall']:.1f} s / {a['wall']:.1f} s = {growth:.2f}x"


def _memory_target(entry: dict, mine: str) -> tuple[bool | None, str]:
    ours = entry["whole"].get(mine)
    if not _ok(ours):
        return False, f"{_failure(ours)}: {ours.get('error', '')}" if ours else "not run"
    return ours["peak_mb"] < TARGET_PEAK_MB, \
        f"whole {ours['wall']:.1f} s, peak {ours['peak_mb']:,.0f} MB"


def _verdict(met) -> str:
    return "met" if met else "not met"


def _on_ours(check, *args) -> tuple[str, str]:
    """Verdict and numbers of a target on our core pipeline."""
    met, numbers = check(*args, "ours")
    return _verdict(met), numbers


def targets(results: dict, skater: dict | None) -> list[tuple[str, str, str]]:
    """The verdict on each target: (target, verdict, numbers)."""
    entries = results["entries"]
    seen = [k for k in KINDS if any(e["kind"] == k for e in entries.values())]
    rows = []
    for kind in seen:
        label = (f"(a) 100k {kind}: whole >= {TARGET_SPEEDUP_ESDA:g}x faster than esda "
                 "(the target was set against esda without numba) and faster than pygeoda "
                 "lookup-table")
        entry = entries.get(f"{kind}:100000")
        if entry is None:
            rows.append((label, "not measured", f"run with --sizes 100000 --kinds {kind}"))
        else:
            rows.append((label, *_on_ours(_speed_target, entry)))
    for kind in seen:
        label = f"(b) {kind}: whole at 400k <= {TARGET_GROWTH:g} x whole at 100k"
        small, large = entries.get(f"{kind}:100000"), entries.get(f"{kind}:400000")
        if small is None or large is None:
            rows.append((label, "not measured",
                         "needs the 100k and 400k rows: run with --sizes 100000 400000 "
                         f"--kinds {kind} (rows are added)"))
        else:
            rows.append((label, *_on_ours(_growth_target, small, large)))
    for kind in seen:
        label = f"(c) 1M {kind}: completes with peak memory < 8 GB"
        entry = entries.get(f"{kind}:1000000")
        if entry is None:
            rows.append((label, "not measured", f"run with --sizes 1000000 --kinds {kind}"))
        else:
            rows.append((label, *_on_ours(_memory_target, entry)))
    label = "(d) SKATER on a 1,000-unit grid, 5 macro-regions, returns within a minute"
    if not skater and not entries:
        pass  # the scale suite did not run: no row
    elif not skater:
        rows.append((label, "not measured", "run without --skip-skater"))
    elif not _ok(skater):
        rows.append((label, "not met", f"{_failure(skater)}: {skater.get('error', '')}"))
    else:
        seconds = skater["seconds"]["skater"]
        rows.append((label, _verdict(seconds < TARGET_SKATER_S),
                     f"regionalize {seconds:.1f} s (process {skater['wall']:.1f} s)"))
    return rows


def _sorted_entries(results: dict) -> list[dict]:
    return sorted(results["entries"].values(),
                  key=lambda e: (KINDS.index(e["kind"]), e["features"]))


#: columns of the steps table: (entry key, step, heading)
_STEP_COLUMNS = [
    ("read", "read", "read"), ("weights", "weights", "weights"),
    ("global", "global", "global"),
    ("lisa", "lisa", "LISA"), ("gistar", "gistar", "Gi*"),
    ("zones", "zones", "cores+zones"), ("write", "write", "write"),
]


def render(results: dict, command: str) -> str:
    """The Markdown report, with the measurements embedded at the end."""
    info, libs = results["machine"], results["versions"]
    set_esda_label(libs)
    entries = _sorted_entries(results)
    rows = _load_rows(results)
    load = merged_load([r for _, r in rows])
    noisy = [where for where, r in rows if is_noisy(r.get("load"))]
    lines = [
        "# Benchmark: the plugin through QGIS, and the core at scale",
        "",
        "Produced by `scripts/bench.py`; do not edit by hand (a later run adds or replaces "
        "rows). Commands that produced it:",
        "",
        *(f"    {line}" for line in results.get("commands", [command])),
        "",
        f"- Date: {results['date']}",
        f"- Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB RAM "
        f"({info['os']})",
        "- Libraries: " + ", ".join(f"{k} {v}" for k, v in libs.items()),
        f"- Permutations: {results['permutations']}, seed 1. Scale tables: each measurement "
        "is the best of the runs its row states (`--repeat`); through QGIS: the median of "
        "`--tools-repeat` turns. Every number comes from a fresh process.",
        "- Load (1-minute load average, sampled before and after every measured command): "
        + (f"{load_cell(load)} over {len(rows)} rows; "
           + (f"{len(noisy)} noisy row(s), where the load exceeded the CPU count (marked "
              "**noisy** in the tables)"
              + (": " + "; ".join(noisy) if len(noisy) <= MAX_NOISY_NAMED else "") + "."
              if noisy else "no row exceeded the CPU count.")
           if load else "not recorded."),
        "",
        "Times are seconds; memory is the peak resident set size of the process in MB (MiB). "
        "**whole** is the wall time of one fresh process running every step, interpreter "
        "start and imports included. A step's time excludes what it needs computed first "
        "(reading, weights, ...), which its process does untimed; its peak memory is the "
        "whole process's. *ours through qgis_process* runs the algorithms "
        "`kzinnovation:globalautocorrelation`, `kzinnovation:lisa` and "
        "`kzinnovation:hotspots` of the packaged plugin, each in its own `qgis_process.bin` "
        "(QGIS start, reading the layer through QGIS, weights, statistic, writing through a "
        "sink); its *whole* is the three runs one after the other.",
        "",
        "## Summary", "",
        "(e)-(i): the plugin through QGIS and the index at scale (issue 16); (a)-(d): the "
        "core at scale (the earlier scale benchmark). *not measured*: the run did not "
        "include the sizes the target needs.", "",
        "| target | verdict | numbers |", "|---|---|---|",
    ]
    for label, verdict, numbers in (*bench_tools.targets(results.get("tools")),
                                    *targets(results, results.get("skater"))):
        shown = f"**{verdict}**" if verdict == "not met" else verdict
        lines.append(f"| {label} | {shown} | {numbers} |")
    lines += bench_tools.render_section(results.get("tools"))
    if entries:
        lines += _whole_section(entries)
        lines += _steps_section(entries)
        lines += _split_section(entries)
        lines += _growth_section(results)
        lines += _failures_section(entries)
    else:
        lines += ["", "## The core at scale", "", "Not measured in this run (`--suites scale`)."]
    lines += _skater_section(results)
    lines += _measured_section(results, libs)
    return "\n".join(lines)


def _load_rows(results: dict) -> list[tuple[str, dict]]:
    """Every row that carries load samples: (where, record)."""
    rows = []
    for e in _sorted_entries(results):
        where = f"{e['kind']} {e['features']:,}"
        rows += [(f"{where} step {s}", r) for s, r in e["steps"].items() if r and r.get("load")]
        rows += [(f"{where} {PIPELINE_LABELS[p]} whole", r) for p, r in e["whole"].items()
                 if r and r.get("load")]
    tools = results.get("tools") or {}
    rows += [(f"through QGIS {bench_tools.row_name(key)}", r)
             for key, r in tools.get("rows", {}).items() if r and r.get("load")]
    skater = results.get("skater")
    if skater and skater.get("load"):
        rows.append(("SKATER", skater))
    return rows


def _whole_section(entries: list) -> list[str]:
    """The whole-analysis table: ours vs the references."""
    lines: list[str] = []
    lines += [
        "", "## Whole analysis: ours vs the references", "",
        "Ratios are the reference's time over ours: above 1, ours is faster. *load* is the "
        "lowest and highest 1-minute load average sampled before and after each of the "
        "row's runs, over the CPU count; **noisy** marks a row whose load exceeded the CPU "
        "count.", "",
        "| kind | features | pipeline | whole s | peak MB | esda / this | "
        "pygeoda / this | load 1 min / CPUs | measured |",
        "|---|---:|---|---:|---:|---:|---:|---|---|",
    ]
    for e in entries:
        for pipeline in (p for p in PIPELINES if p in e["whole"]):
            record = e["whole"].get(pipeline)
            ratios = ["—", "—"]
            if pipeline not in REFERENCES:
                ratios = [_fmt_ratio(_ratio(e["whole"].get(p), record)) for p in REFERENCES]
            lines.append(
                f"| {e['kind']} | {e['features']:,} | {PIPELINE_LABELS[pipeline]} | "
                f"{_cell_wall(record)} | {_cell_mb(record)} | {ratios[0]} | {ratios[1]} | "
                f"{load_cell((record or {}).get('load'))} | "
                f"{e['date']}, {e['machine']}, best of {e.get('repeat', 1)} |"
            )
    return lines


def _steps_section(entries: list) -> list[str]:
    """The table of our steps, each in a fresh process."""
    lines: list[str] = []
    lines += [
        "", "## Our steps, each in a fresh process", "",
        "| kind | features | " + " | ".join(h for _, _, h in _STEP_COLUMNS)
        + " | largest step MB | load 1 min / CPUs |",
        "|---|---:|" + "---:|" * (len(_STEP_COLUMNS) + 1) + "---|",
    ]
    for e in entries:
        cells = [_cell_seconds(e["steps"].get(key), step) for key, step, _ in _STEP_COLUMNS]
        peak = max((r.get("peak_mb", 0) for r in e["steps"].values()), default=0)
        load = merged_load([r for r in e["steps"].values() if r])
        lines.append(f"| {e['kind']} | {e['features']:,} | " + " | ".join(cells)
                     + f" | {peak:,.0f} | {load_cell(load)} |")
    return lines


def _split_section(entries: list) -> list[str]:
    """The in-process split of each whole run."""
    lines: list[str] = []
    lines += [
        "", "## Inside each whole run (in-process split)", "",
        "Seconds per step inside the single fresh process of **whole**; *start* is the "
        "interpreter start-up (whole minus the sum of the splits). pygeoda 0.1.3 has no "
        "global Moran's I; its *weights* include `pygeoda.open` (copying the geometries). "
        "*numba JIT* is esda's first local statistics on a 5 x 5 lattice, where numba "
        "compiles the permutation kernels (every fresh process: esda does not cache them), "
        "so that its LISA and Gi* columns are compiled runs; whole includes it. "
        "The esda and pygeoda pipelines have no cores and zones.",
        "",
        "| kind | features | pipeline | start | imports | "
        + " | ".join(STEP_LABELS[s] for s in WHOLE_ORDER) + " | whole | peak MB |",
        "|---|---:|---|" + "---:|" * (len(WHOLE_ORDER) + 4),
    ]
    for e in entries:
        for pipeline in (p for p in PIPELINES if p in e["whole"]):
            record = e["whole"].get(pipeline)
            label = PIPELINE_LABELS[pipeline]
            if not _ok(record):
                lines.append(f"| {e['kind']} | {e['features']:,} | {label} | "
                             + " | ".join([_failure(record)] + ["—"] * (len(WHOLE_ORDER) + 2))
                             + f" | {_cell_mb(record)} |")
                continue
            split = record["seconds"]
            start = record["wall"] - sum(split.values())
            cells = [f"{split[s]:.2f}" if s in split else "—"
                     for s in ("imports", *WHOLE_ORDER)]
            lines.append(f"| {e['kind']} | {e['features']:,} | {label} | {start:.2f} | "
                         + " | ".join(cells)
                         + f" | {record['wall']:.2f} | {_cell_mb(record)} |")
    return lines


def _growth_section(results: dict) -> list[str]:
    """The growth from 100k to 400k features."""
    lines: list[str] = []
    lines += ["", "## Growth from 100k to 400k features (whole)", ""]
    if not any(f"{k}:{n}" in results["entries"] for k in KINDS for n in (100_000, 400_000)):
        lines.append("Not measured: needs the 100,000 and 400,000 rows.")
    else:
        lines += ["| kind | " + " | ".join(PIPELINE_LABELS[p] for p in PIPELINES) + " |",
                  "|---|" + "---:|" * len(PIPELINES)]
    for kind in KINDS:
        small, large = (results["entries"].get(f"{kind}:{n}") for n in (100_000, 400_000))
        if small is None and large is None:
            continue
        cells = []
        for pipeline in PIPELINES:
            a = small["whole"].get(pipeline) if small else None
            b = large["whole"].get(pipeline) if large else None
            cells.append(_fmt_ratio(b["wall"] / a["wall"]) if _ok(a) and _ok(b)
                         else "not measured" if a is None or b is None
                         else f"{_cell_wall(a)} → {_cell_wall(b)}")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def _failures_section(entries: list) -> list[str]:
    """The runs that did not complete, if any."""
    lines: list[str] = []
    failures = [
        (e, where, r) for e in entries
        for where, r in [*((f"step {s}", r) for s, r in e["steps"].items()),
                         *((f"{p} whole", r) for p, r in e["whole"].items())]
        if r and not _ok(r)
    ]
    if failures:
        lines += ["", "Runs that did not complete:", ""]
        lines += [f"- {e['kind']} {e['features']:,}, {where}: {r['status']}: {r['error']}"
                  for e, where, r in failures]
    return lines


def _skater_section(results: dict) -> list[str]:
    """The regionalisation timing, when measured."""
    lines: list[str] = []
    skater = results.get("skater")
    if skater:
        lines += ["", "## Regionalisation", "",
                  f"SKATER, {SKATER_UNITS:,}-unit grid, 5 macro-regions: "
                  f"`regionalize` {_cell_seconds(skater, 'skater')} s, process "
                  f"{_cell_wall(skater)} s, peak {_cell_mb(skater)} MB ({skater['date']})."]
    return lines


def _measured_section(results: dict, libs: dict) -> list[str]:
    """What is measured, with the embedded data."""
    lines: list[str] = []
    missing = {
        kind: [n for n in DEFAULT_SIZES if f"{kind}:{n}" not in results["entries"]]
        for kind in KINDS
    }
    lines += ["", "## What is measured", ""]
    if any(missing.values()):
        lines += [
            "Rows not in the tables above ("
            + "; ".join(f"{kind} {', '.join(f'{n:,}' for n in sizes)}"
                        for kind, sizes in missing.items() if sizes)
            + ") are produced by running",
            "",
            *(f"    python scripts/bench.py --sizes {' '.join(str(n) for n in sizes)} "
              f"--kinds {kind} --output {results['output']}"
              for kind, sizes in missing.items() if sizes),
            "",
            "which adds them to this file (the measurements are embedded at its end) and "
            "fills in the targets that need them. `--pipelines` chooses the pipelines, "
            "`--timeout` bounds each process.",
            "",
        ]
    lines += [
        "- **Layers**: square grid (rows x columns closest to a square) and Voronoi cells of "
        "seeded uniform random points clipped to the same rectangle, 1 km cells in EPSG:32642; "
        "`value` = linear trend + 24 Gaussian bumps (widths 3-15 % of the extent) + white "
        "noise, Moran's I about 0.67; cached as GeoPackages (`--cache`).",
        "- **ours**: `weights = build_weights(layer, WeightsOptions(method=\"queen\"))` "
        "(the weights object the plugin uses: links as arrays, no libpysal import); "
        "`global_statistics(layer[[\"value\"]], weights)` (Moran's I, Geary's C and General "
        "G, one shared set of permutations, batches on every core); "
        "`local_moran(y, weights, permutations, seed=1)`; `hotspots(y, weights, "
        "permutations, seed=1)` (Gi*); cores+zones = "
        "`select_cores(layer, CoreRule(mode=\"level\"))` on "
        "`innov_idx = value`, `innov_lvl` by tertiles (a third of the features become cores), "
        "then `contiguity_rings(layer, core_id, weights, max_order=2)` around "
        + (f"the {results['ring_cores']} highest cores (`--ring-cores`); "
           if results.get("ring_cores") else "every core; ")
        + "write = pyogrio GeoPackage with the LISA, Gi*, core and zone fields. *imports* "
        "are those of the statistics (the zones, which import libpysal, are imported by "
        "the cores+zones step, as the plugin imports them only where it draws zones).",
        f"- **{PIPELINE_LABELS['esda']}** (what the Hotspot Analysis plugin uses): "
        "`Queen.from_dataframe`, `esda.Moran(y, w)` (999 permutations, "
        "its default), `esda.Moran_Local(y, w, permutations, seed=1)`, `esda.G_Local(y, w, "
        "star=True, permutations, seed=1)` (defaults otherwise: `keep_simulations=True`; "
        "one job for Moran_Local, and `n_jobs=-1` for G_Local, which spreads its "
        "permutations over every core in joblib worker processes); numba "
        + (f"{libs['numba']} is installed (giddy brings it), so esda's conditional "
           "randomisation is compiled: its first local statistic in a process compiles the "
           "kernels, which the pipeline does first on a 5 x 5 lattice and times apart "
           "(*numba JIT*, inside whole; G_Local's warm-up runs in joblib's workers, which "
           "the later calls of the process reuse)."
           if libs.get("numba", "not installed") != "not installed"
           else "is **not** installed, so esda's conditional randomisation runs as a "
                "Python loop over the features.")
        + " Write = pyogrio GeoPackage.",
        "- **pygeoda**: `pygeoda.open(gdf)`, `queen_weights`, `local_moran` and "
        "`local_gstar` with `permutation_method=\"lookup-table\", cpu_threads=2, seed=1`; "
        "write = pyogrio GeoPackage. Our core runs on one thread.",
        "- **SKATER**: `regionalize(layer, [\"value\"], method=\"skater\", n_regions=5)` on "
        f"the {SKATER_UNITS:,}-unit grid, in a fresh process.",
        "- Each process runs under an address-space limit (`--memory-limit`, default 85 % of "
        "RAM) so that a runaway allocation fails with *out of memory* instead of bringing "
        "the machine down; `--timeout` kills a process and records *timeout*.",
        "",
        "<!-- bench-results",
        json.dumps(results),
        "-->",
        "",
    ]
    return lines


def load_previous(output: Path) -> dict:
    """Measurements embedded in an earlier report, or an empty set."""
    try:
        match = RESULTS_COMMENT.search(Path(output).read_text())
    except OSError:
        return {}
    if not match:
        return {}
    try:
        return json.loads(match.group(1))
    except json.JSONDecodeError:
        return {}


# --- command line ---------------------------------------------------------------------------

def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Scale benchmark of the kz-innovation core (see the module docstring)."
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES),
                        help="numbers of features (default: %(default)s)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS),
                        help="layer kinds (default: both)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="fresh-process runs per measurement; the best is kept")
    parser.add_argument("--output", type=Path, default=Path("docs/benchmark.md"),
                        help="Markdown report (default: %(default)s)")
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help="folder of the generated layers (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=1800.0,
                        help="seconds before a process is killed and recorded as timeout")
    parser.add_argument("--skater-timeout", type=float, default=300.0,
                        help="seconds before the SKATER process is killed")
    parser.add_argument("--memory-limit", type=float, default=None,
                        help="address-space limit of each process in MB (default 85%% of RAM)")
    parser.add_argument("--ring-cores", type=int, default=0,
                        help="draw the contiguity rings around this many of the highest cores "
                             "only (default 0: around every core)")
    parser.add_argument("--skip-skater", action="store_true", help="do not time SKATER")
    parser.add_argument("--pipelines", nargs="+", choices=PIPELINES, default=list(PIPELINES),
                        help="whole pipelines to time (default: all); 'qgis' needs QGIS")
    parser.add_argument("--suites", nargs="+", choices=SUITES, default=list(SUITES),
                        help="what to measure (default: both): 'scale', the core and the "
                             "references on the --sizes layers; 'tools', the plugin's tools "
                             "through qgis_process (scripts/bench_tools.py)")
    tools = parser.add_argument_group("tools suite")
    tools.add_argument("--tools-features", type=int, default=bench_tools.TARGET_FEATURES,
                       help="features of the large grid (default: %(default)s)")
    tools.add_argument("--tools-small", type=int, default=bench_tools.TARGET_SMALL,
                       help="features of the small grid (default: %(default)s)")
    tools.add_argument("--index-regions", type=int, nargs="+", default=[17, 3000],
                       help="regions of the index's core timing; 17 = the bundled 2018 data "
                            "(default: %(default)s)")
    tools.add_argument("--index-runs", type=int, default=bench_tools.TARGET_RUNS,
                       help="uncertainty runs of the index and of the 17-region full "
                            "analysis (default: %(default)s)")
    tools.add_argument("--full-runs", type=int, default=bench_tools.TARGET_RUNS,
                       help="uncertainty runs of the full analysis on the large grid "
                            "(default: %(default)s)")
    tools.add_argument("--tools-repeat", type=int, default=3,
                       help="turns of each comparison; the median is kept (default: "
                            "%(default)s)")
    parser.add_argument("--report-only", action="store_true",
                        help="rewrite --output from the measurements embedded in it, "
                             "measuring nothing")
    parser.add_argument("--fresh", action="store_true",
                        help="ignore the measurements embedded in an existing --output")
    # internal: one child process
    parser.add_argument("--step", choices=(*STEPS, "whole", "skater"), help=argparse.SUPPRESS)
    parser.add_argument("--pipeline", choices=PIPELINES, default="ours",
                        help=argparse.SUPPRESS)
    parser.add_argument("--layer", help=argparse.SUPPRESS)
    parser.add_argument("--out", default=os.devnull, help=argparse.SUPPRESS)
    parser.add_argument("--profile", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.repeat < 1 or options.tools_repeat < 1:
        parser.error("--repeat and --tools-repeat must be at least 1")
    if min(options.tools_features, options.tools_small) < 4:
        parser.error("--tools-features and --tools-small must be at least 4")
    if any(n < 4 for n in options.sizes):
        parser.error("--sizes must be at least 4")
    if options.memory_limit is None:
        options.memory_limit = machine()["ram_gb"] * 1024 * 0.85 or 1e9
    return options


def measure_suites(results: dict, options, log) -> None:
    """Run the suites asked for, adding their measurements to ``results``."""
    set_esda_label(results["versions"])
    scale = "scale" in options.suites
    log(f"Benchmark: suites {', '.join(options.suites)}; "
        + (f"sizes {options.sizes}, kinds {options.kinds}, " if scale else "")
        + f"{options.permutations} permutations, cache {options.cache}")
    with tempfile.TemporaryDirectory() as folder:
        if "tools" in options.suites or (scale and "qgis" in options.pipelines):
            options.profile = qgis_profile(Path(folder))
        if "tools" in options.suites:
            results["tools"] = bench_tools.run_suite(sys.modules[__name__], options, log)
        for kind in options.kinds if scale else ():
            for n in options.sizes:
                results["entries"][f"{kind}:{n}"] = bench_layer(kind, n, options, log)
    if scale and not options.skip_skater:
        results["skater"] = bench_skater(options, log)


def main(argv=None) -> int:
    options = parse_args(argv)
    if options.step:
        result = run_step(options)
        sys.stdout.write(RESULT_TAG + json.dumps(result) + "\n")
        return 0

    def log(text: str) -> None:
        print(text, flush=True)

    command = "python scripts/bench.py " + " ".join(
        arg if " " not in arg else repr(arg) for arg in (argv or sys.argv[1:])
    )
    # byte-compiled first, as an installed plugin is after its first run (the children do
    # not write bytecode, so that they leave nothing behind)
    compileall.compile_dir(REPO_ROOT / "kz_innovation_plugin", quiet=1)
    previous = {} if options.fresh else load_previous(options.output)
    if options.report_only:
        if not previous:
            log(f"No measurements are embedded in {options.output}; run the benchmark first.")
            return 1
        options.output.write_text(render(previous, previous["commands"][-1]))
        log(f"Report rewritten: {options.output}")
        return 0
    results = {
        "date": datetime.datetime.now().isoformat(timespec="minutes"),
        "machine": machine(), "versions": versions(), "permutations": options.permutations,
        "repeat": options.repeat, "ring_cores": options.ring_cores,
        "output": str(options.output), "entries": dict(previous.get("entries", {})),
        "skater": previous.get("skater"), "tools": previous.get("tools"),
        "commands": [c for c in previous.get("commands", []) if c != command] + [command],
    }
    measure_suites(results, options, log)
    report = render(results, command)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(report)
    log("\nTargets:")
    for label, verdict, numbers in (*bench_tools.targets(results.get("tools")),
                                    *targets(results, results.get("skater"))):
        log(f"  {verdict:<13} {label}: {numbers}")
    log(f"\nReport written to {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
