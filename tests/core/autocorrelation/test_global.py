"""Global Moran's I, Geary's C and General G against esda and published values."""

from __future__ import annotations

import subprocess
import sys
import threading
import warnings
from pathlib import Path

import esda
import geopandas as gpd
import libpysal
import numpy as np
import pandas as pd
import pytest
from libpysal.graph import Graph
from scipy import sparse

from kz_innovation_plugin.core.autocorrelation import (
    GLOBAL_COLUMNS,
    global_statistics,
    moran_scatter,
)
from kz_innovation_plugin.core.autocorrelation import global_permutation as engine
from kz_innovation_plugin.core.autocorrelation.inputs import weights_from_graph
from kz_innovation_plugin.core.errors import CancelledError, ParameterError

from . import bundled_indicators, bundled_regions, columbus, grid, queen, smooth_field

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning")


#: the analytical columns and the esda attribute each equals
ANALYTICAL = {
    "moran_i": ("moran", "I"), "moran_ei": ("moran", "EI"),
    "moran_z_norm": ("moran", "z_norm"), "moran_p_norm": ("moran", "p_norm"),
    "moran_z_rand": ("moran", "z_rand"), "moran_p_rand": ("moran", "p_rand"),
    "geary_c": ("geary", "C"), "geary_z_rand": ("geary", "z_rand"),
    "geary_p_rand": ("geary", "p_rand"), "getis_g": ("getis", "G"),
    "getis_g_ei": ("getis", "EG"), "getis_g_z": ("getis", "z_norm"),
    "getis_g_p_norm": ("getis", "p_norm"),
}  # fmt: skip


def _esda_statistics(y: np.ndarray, graph: Graph, permutations: int = 0, seed: int = 0,
                     transform: str = "r") -> dict:
    """esda's three statistics, each on a fresh W (esda sets the transform in place);
    Moran's I and Geary's C with ``transform`` ("r" or "b"), General G binary."""
    out = {}
    for key, statistic in (("moran", esda.Moran), ("geary", esda.Geary), ("getis", esda.G)):
        np.random.seed(seed)
        options = {} if key == "getis" else {"transformation": transform.upper()}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out[key] = statistic(y, graph.to_W(), permutations=permutations, **options)
    return out


def _assert_analytical_equal_esda(frame: pd.DataFrame, values: pd.DataFrame, graph: Graph,
                                  transform: str = "r"):
    for name in values.columns:
        reference = _esda_statistics(values[name].to_numpy(), graph, transform=transform)
        for column, (statistic, attribute) in ANALYTICAL.items():
            expected = getattr(reference[statistic], attribute)
            np.testing.assert_allclose(
                frame.loc[name, column], expected, rtol=1e-9, atol=0, err_msg=f"{name} {column}"
            )


def _kernel(frame: gpd.GeoDataFrame) -> Graph:
    """Gaussian kernel weights on the centroids: every row's weights differ."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        centre = frame.geometry.centroid
    points = np.column_stack([centre.x, centre.y])
    return Graph.build_kernel(points, kernel="gaussian", k=6)


def test_matches_esda_on_bundled_regions():
    values = bundled_indicators()
    graph = queen(bundled_regions())
    frame = global_statistics(values, graph, permutations=999, seed=3).frame
    assert list(frame.columns) == GLOBAL_COLUMNS
    assert frame.index.tolist() == values.columns.tolist()
    _assert_analytical_equal_esda(frame, values, graph)
    assert (frame["moran_ei"] == -1 / 16).all()
    assert (frame[["n", "permutations", "seed"]] == [17, 999, 3]).all(axis=None)
    assert frame[["moran_p_sim", "geary_p_sim", "getis_g_p_sim"]].notna().all(axis=None)


@pytest.mark.parametrize("weights", ["knn", "kernel"])
def test_matches_esda_with_asymmetric_and_kernel_weights(weights):
    frame = columbus()
    values = frame[["CRIME", "HOVAL", "INC"]]
    if weights == "knn":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            centre = frame.geometry.centroid
        graph = Graph.build_knn(np.column_stack([centre.x, centre.y]), k=4)
    else:
        graph = _kernel(frame)
    result = global_statistics(values, graph, permutations=99).frame
    _assert_analytical_equal_esda(result, values, graph)


@pytest.mark.parametrize("weights", ["queen", "knn", "kernel"])
def test_binary_transform_matches_esda(weights):
    """TRANSFORM = binary: Moran's I and Geary's C on binary weights, as esda's
    ``transformation="B"``; the permutation engine's Moran numerator is ``z' B z``."""
    frame = columbus()
    values = frame[["CRIME", "HOVAL", "INC"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        centre = np.column_stack([frame.geometry.centroid.x, frame.geometry.centroid.y])
    graph = {"queen": lambda: queen(frame), "knn": lambda: Graph.build_knn(centre, k=4),
             "kernel": lambda: _kernel(frame)}[weights]()
    binary = global_statistics(values, graph, permutations=99, transform="b").frame
    _assert_analytical_equal_esda(binary, values, graph, transform="b")
    assert (binary["transform"] == "b").all()
    standardised = global_statistics(values, graph, permutations=99).frame
    assert (standardised["transform"] == "r").all()
    if weights != "knn":  # with k neighbours each, B = k W gives the same I
        assert not np.allclose(binary["moran_i"], standardised["moran_i"])
    ops = engine.operators(weights_from_graph(graph), "b")
    z = (values["CRIME"].to_numpy() - values["CRIME"].mean()) / values["CRIME"].std(ddof=0)
    moran_numerator = engine.numerators(ops, z[None, :].copy(), np.nan)[0, 0]
    b = weights_from_graph(graph).binary()
    assert moran_numerator == pytest.approx(z @ (b @ z), rel=1e-12)


def test_unknown_transform_is_refused():
    frame = columbus()
    with pytest.raises(ParameterError, match='Unknown weights transform "x".*"b" \\(binary\\)'):
        global_statistics(frame[["CRIME"]], queen(frame), permutations=99, transform="x")


def test_published_values():
    """Columbus CRIME, queen: I = 0.500188 (Anselin; GeoDa shows 0.500).  SIDS 1974 rates
    and St Louis homicides: the values esda's own test suite asserts."""
    frame = columbus()
    result = global_statistics(frame[["CRIME"]], queen(frame), permutations=99).frame
    assert result.loc["CRIME", "moran_i"] == pytest.approx(0.5001885571828611, abs=1e-12)

    sids = libpysal.io.open(libpysal.examples.get_path("sids2.dbf"))
    rates = pd.Series(np.array(sids.by_col("SIDR74")), name="SIDR74")
    gal = libpysal.io.open(libpysal.examples.get_path("sids2.gal")).read()
    graph = Graph.from_W(gal)
    rates.index = graph.unique_ids
    result = global_statistics(rates.to_frame(), graph, permutations=99).frame
    assert result.loc["SIDR74", "moran_i"] == pytest.approx(0.24772519320480135, abs=1e-12)

    stl = libpysal.io.open(libpysal.examples.get_path("stl_hom.txt"))
    homicides = np.array(stl.by_col["HR8893"])
    graph = Graph.from_W(libpysal.io.open(libpysal.examples.get_path("stl.gal")).read())
    table = pd.DataFrame({"HR8893": homicides}, index=graph.unique_ids)
    result = global_statistics(table, graph, permutations=99).frame
    assert result.loc["HR8893", "moran_i"] == pytest.approx(0.24365582621771659, abs=1e-12)


def test_pseudo_p_values_agree_with_esda_statistically():
    """Columbus OPEN, queen: all three pseudo p-values are moderate (about 0.3).  Ours and
    esda's, each from 9,999 permutations, are independent estimates of the same p: their
    difference has a standard deviation of sqrt(2 p (1 - p) / 9,999), about 0.0066; four
    of them are allowed."""
    frame = columbus()
    graph = queen(frame)
    ours = global_statistics(frame[["OPEN"]], graph, permutations=9_999,
                             seed=11).frame.loc["OPEN"]
    reference = _esda_statistics(frame["OPEN"].to_numpy(), graph, permutations=9_999, seed=11)
    for column, statistic in (
        ("moran_p_sim", "moran"),
        ("geary_p_sim", "geary"),
        ("getis_g_p_sim", "getis"),
    ):
        expected = reference[statistic].p_sim
        assert 0.1 < expected < 0.45, "the test needs a moderate p-value to have power"
        p = (ours[column] + expected) / 2
        assert abs(ours[column] - expected) <= 4 * np.sqrt(2 * p * (1 - p) / 9_999), column


def _reference_p_values(y: np.ndarray, graph: Graph, permutations: int, seed: int) -> dict:
    """The pseudo p-values by a plain loop over the same draws: permutation p is
    ``Generator.shuffle`` of the field by ``default_rng(SeedSequence(seed).spawn(P)[p])``;
    esda's definitions and folding."""
    w = graph.transform("r").sparse.tocsr()
    b = graph.transform("B").sparse.tocsr()
    rows, cols = w.nonzero()
    n, s0_w = y.size, w.sum()

    def statistics(x):
        centred = x - x.mean()
        moran = n / s0_w * (centred @ (w @ centred)) / (centred @ centred)
        squares = (np.asarray(w[rows, cols]).ravel() * (x[rows] - x[cols]) ** 2).sum()
        geary = (n - 1) * squares / (2 * s0_w * (centred @ centred))
        getis = (x @ (b @ x)) / (x.sum() ** 2 - (x * x).sum())
        return np.array([moran, geary, getis])

    observed = statistics(y)
    simulated = []
    order = engine.locality_order(sparse.csr_array(b))  # the field is shuffled in this order
    for stream in np.random.SeedSequence(seed).spawn(permutations):
        shuffled = y[order]
        np.random.default_rng(stream).shuffle(shuffled)
        x = np.empty_like(y)
        x[order] = shuffled
        simulated.append(statistics(x))
    larger = (np.array(simulated) >= observed).sum(axis=0)
    larger = np.minimum(larger, permutations - larger)
    p = (larger + 1.0) / (permutations + 1.0)
    return dict(zip(["moran_p_sim", "geary_p_sim", "getis_g_p_sim"], p))


@pytest.mark.parametrize("weights", ["queen", "kernel", "island"])
def test_batched_permutations_equal_a_plain_loop(weights, monkeypatch):
    """Batches of 7 (the last one short) give the p-values of a permutation-by-permutation
    loop over the same draws: for queen weights through ``W = D^-1 B`` and the product
    with ``B`` alone, for kernel weights through a second product with ``W``; a grid with
    one detached square checks the islands."""
    if weights == "island":
        shapes = grid(5, detached=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            graph = queen(shapes)
        field = smooth_field(shapes)
        values = pd.DataFrame({"smooth": field, "rank": field.rank()})
    else:
        frame = columbus()
        graph = queen(frame) if weights == "queen" else _kernel(frame)
        values = frame[["OPEN", "HOVAL", "AREA"]]
    ops = engine.operators(weights_from_graph(graph))
    assert ops.equal_rows == (weights != "kernel")
    monkeypatch.setattr(engine, "BATCH_COLUMNS", 7)
    result = global_statistics(values, graph, permutations=199, seed=5).frame
    for name in values.columns:
        expected = _reference_p_values(values[name].to_numpy(), graph, 199, 5)
        assert result.loc[name, list(expected)].to_dict() == expected, name


def test_simulated_numerators_equal_a_plain_loop():
    """The numerators themselves, for kernel weights: Moran ``z'Wz``, Geary
    ``sum w_ij (z_i - z_j)**2`` and General G ``(y'By - mean**2 S0) / sd**2``."""
    frame = columbus()
    graph = _kernel(frame)
    weights = weights_from_graph(graph)
    ops = engine.operators(weights)
    y = frame["HOVAL"].to_numpy()
    z = (y - y.mean()) / y.std()
    shift = y.mean() / y.std()
    simulated = engine.simulate(ops, z[:, None], np.array([shift]), 99, 8, batch=10)[0]
    w, b = weights.row_standardised(), weights.binary()
    rows, cols = np.repeat(np.arange(y.size), weights.cardinalities), w.indices
    order = engine.locality_order(b)
    for p, stream in enumerate(np.random.SeedSequence(8).spawn(99)):
        shuffled = z[order]
        np.random.default_rng(stream).shuffle(shuffled)
        x = np.empty_like(z)
        x[order] = shuffled
        permuted = x * y.std() + y.mean()
        expected = [
            x @ (w @ x),
            (w.data * (x[rows] - x[cols]) ** 2).sum(),
            (permuted @ (b @ permuted) - y.mean() ** 2 * b.sum()) / y.var(),
        ]
        np.testing.assert_allclose(simulated[:, p], expected, rtol=1e-9, atol=1e-9)


def test_same_seed_identical_and_global_rng_untouched():
    values = columbus()[["CRIME", "HOVAL", "INC"]]
    graph = queen(columbus())
    np.random.seed(2024)
    state = np.random.get_state()
    first = global_statistics(values, graph, permutations=199, seed=9).frame
    after = np.random.get_state()
    assert after[0] == state[0] and np.array_equal(after[1], state[1]) and after[2] == state[2]
    again = global_statistics(values, graph, permutations=199, seed=9).frame
    pd.testing.assert_frame_equal(first, again)
    other = global_statistics(values, graph, permutations=199, seed=10).frame
    assert not other[["moran_p_sim", "geary_p_sim"]].equals(first[["moran_p_sim", "geary_p_sim"]])
    pd.testing.assert_series_equal(first["moran_i"], other["moran_i"])


@pytest.mark.parametrize("batch", [1, 3, 64])
def test_batch_size_does_not_change_the_results(batch, monkeypatch):
    values = columbus()[["CRIME", "OPEN"]]
    graph = queen(columbus())
    default = global_statistics(values, graph, permutations=199, seed=4).frame
    monkeypatch.setattr(engine, "BATCH_COLUMNS", batch)
    pd.testing.assert_frame_equal(default, global_statistics(values, graph, 199, 4).frame)


def test_fields_share_the_permutations():
    """Alone or with other fields, a field gets the same permutations (values shuffled
    directly, or positions shuffled and the values gathered)."""
    values = columbus()[["OPEN", "CRIME", "HOVAL"]]
    graph = queen(columbus())
    together = global_statistics(values, graph, permutations=199, seed=6).frame
    for name in values.columns:
        alone = global_statistics(values[[name]], graph, permutations=199, seed=6).frame
        pd.testing.assert_frame_equal(alone, together.loc[[name]])


def test_batch_size_bounded_by_memory_cap():
    assert engine.batch_size(100, 999) == engine.BATCH_COLUMNS
    assert engine.batch_size(100, 99, batch=5) == 5
    for n in (1_000_000, 10_000_000, 100_000_000):
        step = engine.batch_size(n, 999)
        assert step >= 1
        assert step == 1 or step * n * 6 <= engine.MAX_VALUES


def test_cancel_between_batches(monkeypatch):
    monkeypatch.setattr(engine, "BATCH_COLUMNS", 10)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) == 3

    values = columbus()[["CRIME"]]
    with pytest.raises(CancelledError, match="cancelled; nothing was written"):
        global_statistics(values, queen(columbus()), permutations=99, seed=1, cancelled=cancelled)
    assert len(calls) == 3
    frame = global_statistics(values, queen(columbus()), 99, 1, cancelled=lambda: False).frame
    assert frame.loc["CRIME", "moran_p_sim"] == pytest.approx(0.01)


def test_does_not_import_esda():
    code = (
        "import sys; import kz_innovation_plugin.core.autocorrelation.globals; "
        "sys.exit('esda' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[3]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0


def test_general_g_needs_non_negative_values():
    y = smooth_field(bundled_regions())
    values = pd.DataFrame({"positive": y, "centred": y - y.mean()})
    frame = global_statistics(values, queen(bundled_regions()), permutations=99).frame
    assert np.isfinite(frame.loc["positive", "getis_g"])
    assert frame.loc["centred", ["getis_g", "getis_g_z", "getis_g_p_sim"]].isna().all()
    assert "non-negative" in frame.loc["centred", "note"]
    assert frame.loc["positive", "note"] == ""
    assert frame.loc["centred", "moran_i"] == pytest.approx(frame.loc["positive", "moran_i"])
    single = pd.DataFrame({"single": np.r_[1.0, np.zeros(len(y) - 1)]}, index=y.index)
    frame = global_statistics(single, queen(bundled_regions()), permutations=99).frame
    assert frame.loc["single", ["getis_g", "getis_g_z", "getis_g_p_sim"]].isna().all()
    assert "two non-zero" in frame.loc["single", "note"]
    assert np.isfinite(frame.loc["single", "moran_p_sim"])


def test_islands_noted():
    shapes = grid(4, detached=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph = queen(shapes)
        y = smooth_field(shapes)
        frame = global_statistics(y.to_frame(), graph, permutations=99).frame
    _assert_analytical_equal_esda(frame, y.to_frame(), graph)
    assert frame.loc["smooth", "islands"] == 1
    assert "without neighbours" in frame.loc["smooth", "note"]


def test_moran_scatter():
    frame = columbus()
    graph = queen(frame)
    scatter = moran_scatter(frame["CRIME"], graph)
    assert list(scatter.columns) == ["z", "lag"]
    assert scatter["z"].mean() == pytest.approx(0, abs=1e-12)
    assert scatter["z"].std(ddof=1) == pytest.approx(1)
    # the slope of lag on z through the origin is Moran's I
    slope = (scatter["z"] * scatter["lag"]).sum() / (scatter["z"] ** 2).sum()
    assert slope == pytest.approx(0.5001885571828611, abs=1e-12)
    np.testing.assert_allclose(scatter["lag"], graph.lag(scatter["z"].to_numpy()), atol=1e-12)


@pytest.mark.parametrize("permutations", [98, 100_000])
def test_bad_parameters(permutations):
    values = bundled_indicators()
    with pytest.raises(ParameterError, match="permutations"):
        global_statistics(values, queen(bundled_regions()), permutations=permutations)


def test_bad_fields():
    graph = queen(bundled_regions())
    values = bundled_indicators()
    values["flat"] = 1.0
    with pytest.raises(ParameterError, match="'flat' has the same value everywhere"):
        global_statistics(values, graph)
    with pytest.raises(ParameterError, match="at least one numeric field"):
        global_statistics(values.iloc[:, :0], graph)
    values = bundled_indicators()
    values.loc[2, "grp_per_capita"] = np.nan
    with pytest.raises(ParameterError, match=r"'grp_per_capita'.*\(2\).*impute"):
        global_statistics(values, graph)


@pytest.mark.parametrize("workers", [2, 3])
def test_threads_do_not_change_the_draws(workers, monkeypatch):
    """Batches computed side by side in threads give the numerators of one thread, exactly
    (each permutation has its own random stream)."""
    threads = set()
    numerators = engine.numerators

    def recorded(*args):
        threads.add(threading.get_ident())
        return numerators(*args)

    monkeypatch.setattr(engine, "numerators", recorded)
    frame = columbus()
    ops = engine.operators(weights_from_graph(queen(frame)))
    y = frame[["CRIME", "HOVAL"]].to_numpy()
    z = (y - y.mean(axis=0)) / y.std(axis=0)
    shifts = y.mean(axis=0) / y.std(axis=0)
    alone = engine.simulate(ops, z, shifts, 199, 3, batch=7, workers=1)
    threaded = engine.simulate(ops, z, shifts, 199, 3, batch=7, workers=workers)
    np.testing.assert_array_equal(alone, threaded)
    assert threading.get_ident() in threads and len(threads) > 1  # one thread, then others


def test_the_result_records_its_settings():
    frame = columbus()
    result = global_statistics(frame[["CRIME", "HOVAL"]], queen(frame), permutations=99,
                               seed=4, transform="b")
    assert result.record() == {"fields": ["CRIME", "HOVAL"], "permutations": 99, "seed": 4,
                               "transform": "b", "islands": 0}
    assert list(result.frame.index) == ["CRIME", "HOVAL"]
