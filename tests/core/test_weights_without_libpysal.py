"""Contiguity weights and the statistics on them without libpysal; the Graph on demand.

Queen and rook weights hold their links as arrays and build their libpysal Graph only when
``SpatialWeights.graph`` is read.  These tests check that a LISA, hot spot or global run
on such weights imports neither libpysal nor what it brings (scipy.stats, scikit-learn,
numba), and that everything the weights offer instead of a Graph (``sparse``,
``unique_ids``, cardinalities, components, the summary) equals what the Graph gives, and
the Graph built on demand equals the one the libpysal path builds.
"""

from __future__ import annotations

import json
import subprocess
import sys

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from libpysal.graph import Graph

from kz_innovation_plugin.core.autocorrelation.inputs import weights_from_graph
from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.spatial_weights import (
    SpatialWeights,
    WeightsOptions,
    build_weights,
)
from kz_innovation_plugin.core.spatial_weights._contiguity import vertex_contiguity
from kz_innovation_plugin.core.spatial_weights._graph import finish, resolve_islands
from kz_innovation_plugin.core.spatial_weights._links import component_roots
from tests.conftest import ROOT
from tests.core.test_contiguity import assert_same_graph

#: modules a statistic on contiguity weights must not import (about a second per run)
HEAVY = ("libpysal", "sklearn", "numba", "scipy.stats")

_RUN_STATISTICS = """
import json, sys
import geopandas as gpd, numpy as np, shapely
from kz_innovation_plugin.core.jobs import spatial
from kz_innovation_plugin.core.spatial_weights import WeightsOptions

i = np.arange(36)
x, y = i % 6, i // 6
layer = gpd.GeoDataFrame({"value": np.sin(i) + x}, geometry=shapely.box(x, y, x + 1, y + 1),
                         crs=3857)
ran, loaded = [], {}
for kind in ("local", "global"):
    for method in ("queen", "rook"):
        job = spatial.SpatialJob(weights=WeightsOptions(method), permutations=99)
        jobs = [spatial.LisaJob("value", job), spatial.HotspotsJob("value", job)] \
            if kind == "local" else [spatial.GlobalJob(["value"], job)]
        ran += [len(spatial.run(options, layer).frame) for options in jobs]
    loaded[kind] = [name for name in HEAVY + ("scipy.linalg", "scipy.special")
                    if name in sys.modules]
print(json.dumps({"ran": ran, "loaded": loaded}))
"""


def in_a_fresh_process(code: str) -> str:
    """What ``code`` prints when run by a new interpreter (nothing imported before)."""
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                               text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_statistics_on_contiguity_weights_import_no_libpysal():
    """A fresh process runs LISA, Gi* and the global statistics on queen and rook weights
    without importing libpysal, scikit-learn, numba or scipy.stats; the local statistics
    with permutation p-values not even scipy.linalg (only the global permutations'
    renumbering needs csgraph) nor scipy.special (the normal tails of the global ones)."""
    code = _RUN_STATISTICS.replace("HEAVY", repr(HEAVY))
    result = json.loads(in_a_fresh_process(code).strip().splitlines()[-1])
    assert result["ran"] == [36] * 4 + [1] * 2
    assert result["loaded"] == {"local": [], "global": ["scipy.linalg", "scipy.special"]}


def test_reading_the_graph_imports_libpysal():
    """The Graph is there when asked for: the first read of ``graph`` builds it."""
    code = (
        "import sys, geopandas as gpd, shapely\n"
        "from kz_innovation_plugin.core.spatial_weights import build_weights\n"
        "layer = gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1),"
        " shapely.box(2, 0, 3, 1)])\n"
        "weights = build_weights(layer)\n"
        "before = 'libpysal' in sys.modules\n"
        "graph = weights.graph\n"
        "print(before, 'libpysal' in sys.modules, type(graph).__name__, graph is weights.graph)"
    )
    assert in_a_fresh_process(code).split() == ["False", "True", "Graph", "True"]


def _grid(rows: int, cols: int, ids=None) -> gpd.GeoDataFrame:
    i = np.arange(rows * cols)
    x, y = i % cols, i // cols
    return gpd.GeoDataFrame(geometry=shapely.box(x, y, x + 1, y + 1), index=ids, crs=3857)


def _with_islands(ids_kind: str) -> gpd.GeoDataFrame:
    """A 4 x 5 grid and two islands, one near its corner, one far away."""
    layer = pd.concat([
        _grid(4, 5),
        gpd.GeoDataFrame(geometry=[shapely.box(7, 7, 8, 8), shapely.box(-9, 2, -8, 3)],
                         crs=3857),
    ], ignore_index=True)
    if ids_kind == "text":  # ids not in sorted order, as region codes often are
        layer.index = pd.Index([f"r{(7 * i) % 22:02d}" for i in range(22)], dtype=object)
    return layer


def _layers():
    regions = load_bundled_regions("2022").set_index("unit_id")
    apart = _grid(2, 3).set_geometry(_grid(2, 3).geometry.translate(10, 0))
    return {
        "grid": (_grid(5, 7), "stop"),
        "two groups": (pd.concat([_grid(3, 4), apart], ignore_index=True), "stop"),
        "regions by code": (regions, "stop"),
        "islands kept": (_with_islands("numbers"), "isolate"),
        "islands kept, text ids": (_with_islands("text"), "isolate"),
        "islands attached": (_with_islands("numbers"), "attach"),
        "islands attached, text ids": (_with_islands("text"), "attach"),
    }


LAYERS = _layers()


def _reference(layer, options: WeightsOptions):
    """The weights through the libpysal path: the Graph of shared vertices, then the island
    policy and the transform on that Graph (how every contiguity build ran before)."""
    graph = vertex_contiguity(layer.geometry, options.method == "rook")
    graph, islands, attached, _, _ = resolve_islands(graph, layer, options, "contiguity")
    notes: list[str] = []
    graph, components = finish(graph, options, notes)
    return graph, islands, attached, components, notes


@pytest.mark.parametrize("name", list(LAYERS))
@pytest.mark.parametrize("method", ["queen", "rook"])
@pytest.mark.parametrize("transform", ["r", "b"])
def test_graph_on_demand_equals_the_libpysal_path(name, method, transform):
    layer, policy = LAYERS[name]
    options = WeightsOptions(method, transform=transform, island_policy=policy)
    weights = build_weights(layer, options)
    reference, islands, attached, components, notes = _reference(layer, options)
    assert weights._graph is None  # nothing built yet
    assert_same_graph(weights.graph, reference)
    assert (weights.islands, weights.attached, weights.components) == (
        islands, attached, components)
    assert [note for note in weights.notes if "disconnected" in note] == notes
    if policy != "stop":
        assert len(weights.islands) + len(weights.attached) == 2


@pytest.mark.parametrize("name", list(LAYERS))
@pytest.mark.parametrize("method", ["queen", "rook"])
@pytest.mark.parametrize("transform", ["r", "b"])
def test_what_the_statistics_read_equals_the_graph(name, method, transform):
    layer, policy = LAYERS[name]
    options = WeightsOptions(method, transform=transform, island_policy=policy)
    weights = build_weights(layer, options)
    # read before the Graph exists, then compare with the Graph
    matrix, ids = weights.sparse, weights.unique_ids
    cardinalities, pct, summary = weights.cardinalities, weights.pct_nonzero, weights.summary()
    from_arrays = weights_from_graph(weights)
    assert weights._graph is None
    graph = weights.graph
    pd.testing.assert_index_equal(ids, graph.unique_ids, exact=True)
    reference = graph.sparse
    assert matrix.dtype == reference.dtype and matrix.shape == reference.shape
    assert matrix.nnz == reference.nnz  # the islands' zero self-links stored alike
    assert (matrix != reference).nnz == 0
    pd.testing.assert_series_equal(cardinalities, graph.cardinalities, check_exact=True)
    assert pct == graph.pct_nonzero
    assert weights.components == graph.n_components
    from_graph = weights_from_graph(graph)
    pd.testing.assert_index_equal(from_arrays.ids, from_graph.ids, exact=True)
    for part in ("indptr", "indices", "data"):
        np.testing.assert_array_equal(getattr(from_arrays.matrix, part),
                                      getattr(from_graph.matrix, part))
    assert summary == SpatialWeights(
        graph=graph, ids=weights.ids, islands=weights.islands, attached=weights.attached,
        components=weights.components, distance_crs=weights.distance_crs, band=None,
        options=options,
    ).summary()


@pytest.mark.parametrize("seed", range(6))
def test_components_as_scipy_counts_them(seed):
    """The union-find gives scipy's weak components, islands and chains in any order."""
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 400))
    links = int(rng.integers(0, 2 * n))
    focal, neighbour = rng.integers(0, n, links), rng.integers(0, n, links)
    if seed == 0:  # one long chain numbered backwards: the most rounds
        focal, neighbour = np.arange(n - 1, 0, -1), np.arange(n - 2, -1, -1)
    count, labels = connected_components(
        sparse.coo_array((np.ones(len(focal)), (focal, neighbour)), shape=(n, n)))
    roots = component_roots(n, focal, neighbour)
    assert len(np.unique(roots)) == count
    # the same partition: each scipy label maps to one root and back
    pairs = np.unique(np.column_stack([labels, roots]), axis=0)
    assert len(pairs) == count
    np.testing.assert_array_equal(roots, [np.flatnonzero(labels == labels[i])[0]
                                          for i in range(n)])


def test_graph_weights_keep_their_graph():
    """Weights libpysal builds (here k nearest neighbours) hold the Graph itself."""
    layer = _grid(4, 4)
    weights = build_weights(layer, WeightsOptions("knn", k=3))
    assert isinstance(weights._graph, Graph)
    assert weights.sparse is weights.graph.sparse
    assert weights.unique_ids is weights.graph.unique_ids
    assert weights.pct_nonzero == weights.graph.pct_nonzero


def test_cores_and_their_rings_on_contiguity_weights_import_no_libpysal():
    """The cores, their clusters and their contiguity rings read the weights' matrix, not a
    libpysal Graph: a run imports neither libpysal nor numba."""
    code = (
        "import sys, geopandas as gpd, numpy as np, shapely\n"
        "from kz_innovation_plugin.core.jobs.cores import CoresJob, run_cores\n"
        "i = np.arange(36)\n"
        "x, y = i % 6, i // 6\n"
        "index = np.exp(-((x - 1) ** 2 + (y - 1) ** 2) / 4.0)\n"
        "level = np.where(index > 0.5, 'high', 'low')\n"
        "layer = gpd.GeoDataFrame({'innov_idx': index, 'innov_lvl': level},"
        " geometry=shapely.box(x, y, x + 1, y + 1), crs=3857)\n"
        "outcome = run_cores(layer, CoresJob())\n"
        "print(len(outcome.cores) > 0, len(outcome.zones) > 0,"
        " [name for name in ('libpysal', 'numba') if name in sys.modules])"
    )
    assert in_a_fresh_process(code).strip().splitlines()[-1] == "True True []"
