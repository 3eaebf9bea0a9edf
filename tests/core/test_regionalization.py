"""Regionalisation into contiguous macro-regions: SKATER, max-p and Ward against the libraries."""

from __future__ import annotations

import random
import re

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import LayerError, ParameterError
from kz_innovation_plugin.core.regionalization import (
    MAXP_CONSTRUCTION_ITERATIONS,
    MAXP_TOP_N,
    REGIONALISATION_METHODS,
    regionalize,
)
from kz_innovation_plugin.core.spatial_weights import WeightsOptions, build_weights


def grid(n: int = 6, seed: int = 0) -> gpd.GeoDataFrame:
    """n x n unit boxes row by row; left half high, right half low, small noise."""
    xs, ys = np.meshgrid(np.arange(n, dtype=float), np.arange(n, dtype=float))
    x, y = xs.ravel(), ys.ravel()
    rng = np.random.default_rng(seed)
    left = x < n / 2
    return gpd.GeoDataFrame(
        {
            "a": np.where(left, 10.0, 0.0) + rng.normal(0, 0.5, x.size),
            "b": np.where(left, 5.0, 1.0) + rng.normal(0, 0.5, x.size),
            "noisy": rng.normal(0, 1, x.size),
            "pop": rng.integers(50, 150, x.size).astype(float),
        },
        geometry=shapely.box(x, y, x + 1, y + 1),
        crs="EPSG:3857",
    )


def zscores(frame: pd.DataFrame) -> pd.DataFrame:
    return (frame - frame.mean()) / frame.std(ddof=0)


def queen(layer: gpd.GeoDataFrame):
    return build_weights(layer, WeightsOptions(method="queen")).graph


def same_partition(a, b) -> bool:
    """True if two labelings group the units identically (ids may differ)."""
    a, b = np.asarray(a), np.asarray(b)
    pairs = set(zip(a.tolist(), b.tolist()))
    return len(pairs) == np.unique(a).size == np.unique(b).size


def contiguous(layer: gpd.GeoDataFrame, labels: pd.Series) -> bool:
    """Every label forms one connected piece of the queen graph."""
    matrix = sparse.coo_array(queen(layer).sparse)
    lab = labels.to_numpy()
    same = (lab[matrix.row] == lab[matrix.col]) & (matrix.row != matrix.col)
    inside = sparse.csr_array(
        (np.ones(same.sum()), (matrix.row[same], matrix.col[same])), shape=matrix.shape
    )
    _, piece = connected_components(inside, directed=False)
    return bool((pd.Series(piece).groupby(lab).nunique() == 1).all())


# --- finds the obvious structure ------------------------------------------------------------

@pytest.mark.parametrize("method", ["skater", "ward"])
def test_two_halves_found(method):
    layer = grid()
    result = regionalize(layer, ["a", "b"], method=method, n_regions=2)
    left = layer.geometry.centroid.x < 3
    # the high (left) half has the larger mean of the first field -> macro-region 1
    assert (result.labels[left] == 1).all()
    assert (result.labels[~left] == 2).all()
    assert result.counts.to_dict() == {1: 18, 2: 18}
    assert result.method == method and result.parameters["n_regions"] == 2


def test_maxp_count_floor():
    layer = grid()
    result = regionalize(layer, ["a", "b"], method="maxp", floor_field=None, floor=6)
    assert (result.counts >= 6).all()
    assert result.counts.sum() == 36
    assert contiguous(layer, result.labels)
    assert result.parameters["n_regions"] == len(result.counts)
    assert "floor_total" not in result.dissolved.columns
    assert any("at least 6 regions" in note for note in result.notes)


def test_maxp_same_seed_same_result_and_global_state_kept():
    layer = grid()
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    first = regionalize(layer, ["noisy"], method="maxp", floor_field="pop", floor=300, seed=5)
    assert np.array_equal(np.random.get_state()[1], before)
    second = regionalize(layer, ["noisy"], method="maxp", floor_field="pop", floor=300, seed=5)
    pd.testing.assert_series_equal(first.labels, second.labels)


# --- agrees with the libraries called directly ---------------------------------------------

def test_skater_matches_spopt():
    from spopt.region import Skater

    layer = grid()
    fields = ["noisy", "a"]
    result = regionalize(layer, fields, method="skater", n_regions=4)
    data = gpd.GeoDataFrame(zscores(layer[fields]), geometry=layer.geometry)
    model = Skater(data, queen(layer).to_W(), fields, n_clusters=4)
    model.solve()
    assert same_partition(result.labels, model.labels_)


def test_skater_floor_matches_spopt():
    from spopt.region import Skater

    layer = grid()
    result = regionalize(layer, ["noisy"], method="skater", n_regions=3, floor=8)
    data = gpd.GeoDataFrame(zscores(layer[["noisy"]]), geometry=layer.geometry)
    model = Skater(data, queen(layer).to_W(), ["noisy"], n_clusters=3, floor=8)
    model.solve()
    assert same_partition(result.labels, model.labels_)
    assert (result.counts >= 8).all()


def test_ward_matches_sklearn():
    from sklearn.cluster import AgglomerativeClustering

    layer = grid()
    fields = ["noisy", "b"]
    result = regionalize(layer, fields, method="ward", n_regions=5)
    model = AgglomerativeClustering(
        n_clusters=5, linkage="ward", connectivity=queen(layer).sparse
    ).fit(zscores(layer[fields]).to_numpy())
    assert same_partition(result.labels, model.labels_)
    assert contiguous(layer, result.labels)


def test_maxp_matches_spopt_with_same_seed():
    from spopt.region import MaxPHeuristic

    layer = grid()
    fields = ["noisy", "a"]
    result = regionalize(layer, fields, method="maxp", floor_field="pop", floor=300, seed=7)
    data = gpd.GeoDataFrame(zscores(layer[fields]), geometry=layer.geometry)
    data["pop"] = layer["pop"]
    np.random.seed(7)
    random.seed(7)
    model = MaxPHeuristic(
        data, queen(layer).to_W(), fields, "pop", 300, top_n=MAXP_TOP_N,
        max_iterations_construction=MAXP_CONSTRUCTION_ITERATIONS,
    )
    model.solve()
    assert same_partition(result.labels, model.labels_)
    assert result.parameters["n_regions"] == model.p
    totals = result.dissolved.set_index("macro_id")["floor_total"]
    assert (totals >= 300).all()
    assert totals.sum() == pytest.approx(layer["pop"].sum())


# --- summaries ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "method, kwargs",
    [("skater", {"n_regions": 4}), ("ward", {"n_regions": 4}), ("maxp", {"floor": 5})],
)
def test_sums_of_squares_counts_and_dissolve(method, kwargs):
    layer = grid()
    fields = ["noisy", "b"]
    result = regionalize(layer, fields, method=method, **kwargs)
    assert result.within_ss + result.between_ss == pytest.approx(result.total_ss, abs=1e-9)
    assert result.total_ss == pytest.approx(36 * len(fields))  # z-scores: n per field
    assert result.counts.sum() == len(layer)
    assert sorted(result.labels.unique()) == list(range(1, len(result.counts) + 1))
    dissolved = result.dissolved.set_index("macro_id")
    assert dissolved["n_regions"].to_dict() == result.counts.to_dict()
    # numbered by descending mean of the first field
    assert dissolved["noisy"].is_monotonic_decreasing
    means = layer[fields].groupby(result.labels.to_numpy()).mean()
    pd.testing.assert_frame_equal(dissolved[fields], means, check_names=False)
    for macro_id, shape in dissolved.geometry.items():
        union = shapely.union_all(layer.geometry[result.labels == macro_id].to_numpy())
        assert shape.equals(union)
    assert list(result.members.columns) == ["macro_id", "geometry"]
    assert result.members.index.equals(layer.index)
    assert contiguous(layer, result.labels)


def test_text_ids_and_a_graph_in_another_order():
    layer = grid()
    layer.index = [f"r{i:02d}" for i in range(36)]
    graph = queen(layer.iloc[::-1])  # same regions, reversed order
    default = regionalize(layer, ["noisy", "a"], method="skater", n_regions=4)
    given = regionalize(layer, ["noisy", "a"], method="skater", n_regions=4, graph=graph)
    pd.testing.assert_series_equal(default.labels, given.labels)
    from_w = regionalize(layer, ["noisy", "a"], method="ward", n_regions=4,
                         graph=queen(layer).to_W())
    assert from_w.labels.index.equals(layer.index)
    with pytest.raises(ParameterError, match="do not cover the same regions"):
        regionalize(layer, ["a"], graph=queen(layer.iloc[:30]))


def test_raw_values_when_not_standardised():
    layer = grid()
    result = regionalize(layer, ["a", "b"], method="ward", n_regions=2, standardise=False)
    values = layer[["a", "b"]].to_numpy()
    assert result.total_ss == pytest.approx(((values - values.mean(axis=0)) ** 2).sum())


def test_bundled_regions_skater():
    layer = load_bundled_regions("2018")
    rng = np.random.default_rng(3)
    layer["innovation"] = rng.normal(50, 10, len(layer))
    layer["rd_share"] = rng.uniform(0, 2, len(layer))
    result = regionalize(layer, ["innovation", "rd_share"], method="skater", n_regions=3)
    assert len(result.counts) == 3 and result.counts.sum() == 17
    assert contiguous(layer, result.labels)
    assert list(result.members.columns) == ["unit_id", "name_en", "name_ru", "macro_id",
                                            "geometry"]
    listed = ", ".join(result.dissolved["members"]).split(", ")
    assert sorted(listed) == sorted(layer["name_en"])
    assert result.dissolved.crs == layer.crs


def test_bundled_regions_maxp_with_enclosed_cities():
    """Astana, Almaty and Shymkent each touch one region only; spopt 0.7.0's annealing
    would loop forever on these data (pysal/spopt#506) without the guard."""
    import spopt.region.maxp as spopt_maxp

    original = spopt_maxp._pick_move_area
    layer = load_bundled_regions("2018")
    rng = np.random.default_rng(1)
    layer["pop"] = rng.uniform(0.3e6, 3e6, len(layer))
    layer["v"] = rng.normal(size=len(layer))
    result = regionalize(layer, ["v"], method="maxp", floor_field="pop", floor=3e6)
    assert spopt_maxp._pick_move_area is original
    assert contiguous(layer, result.labels)
    totals = result.dissolved["floor_total"]
    assert (totals >= 3e6).all() and totals.sum() == pytest.approx(layer["pop"].sum())
    assert result.counts.sum() == 17


def test_ward_on_separate_parts_matches_sklearn_when_parts_differ():
    """Parts far apart in value: sklearn's links between parts are never used, so its
    result is contiguous and must equal ours."""
    from sklearn.cluster import AgglomerativeClustering

    layer = grid(4)
    parts = [
        layer.assign(geometry=layer.translate(100 * k, 0), noisy=layer["noisy"] + 50 * k)
        for k in range(3)
    ]
    three = pd.concat(parts, ignore_index=True)
    result = regionalize(three, ["noisy"], method="ward", n_regions=7, standardise=False)
    with pytest.warns(UserWarning, match="connected components"):
        model = AgglomerativeClustering(
            n_clusters=7, linkage="ward", connectivity=queen(three).sparse
        ).fit(three[["noisy"]].to_numpy())
    assert same_partition(result.labels, model.labels_)
    assert contiguous(three, result.labels)
    exactly = regionalize(three, ["noisy"], method="ward", n_regions=3)
    assert exactly.counts.tolist() == [16, 16, 16]


def test_separate_parts_of_the_graph():
    layer = grid(4)
    parts = [layer.assign(geometry=layer.translate(100 * k, 0)) for k in range(3)]
    three = pd.concat(parts, ignore_index=True)
    with pytest.raises(ParameterError, match=r"3 separate parts \(16, 16, 16 regions\)"):
        regionalize(three, ["noisy"], method="skater", n_regions=2)
    for method in ("skater", "ward"):
        result = regionalize(three, ["noisy"], method=method, n_regions=4)
        assert contiguous(three, result.labels)
        assert any("3 separate parts" in note for note in result.notes)
    result = regionalize(three, ["noisy"], method="maxp", floor=5)
    assert contiguous(three, result.labels) and (result.counts >= 5).all()


# --- bad inputs -----------------------------------------------------------------------------

def test_floor_larger_than_total():
    layer = grid()
    layer["population"] = 18_500_000 / 36
    with pytest.raises(ParameterError, match=(
        r"The floor 25,000,000 is larger than the total of population \(18,500,000\): "
        "no macro-region can reach it"
    )):
        regionalize(layer, ["a"], method="maxp", floor_field="population", floor=25_000_000)
    with pytest.raises(ParameterError, match=r"larger than the total of number of regions \(36\)"):
        regionalize(layer, ["a"], method="maxp", floor=40)


def test_maxp_needs_a_floor():
    with pytest.raises(ParameterError, match="max-p needs a floor"):
        regionalize(grid(), ["a"], method="maxp", floor_field="pop")


@pytest.mark.parametrize("n_regions", [1, 17])
def test_impossible_number_of_macro_regions(n_regions):
    layer = load_bundled_regions("2018")
    layer["v"] = np.arange(17.0)
    with pytest.raises(ParameterError, match=f"from 2 to 16 .*got {n_regions}"):
        regionalize(layer, ["v"], n_regions=n_regions)


def test_non_numeric_field():
    layer = load_bundled_regions("2018")
    with pytest.raises(ParameterError, match="Field 'name_en' is not numeric"):
        regionalize(layer, ["name_en"])


def test_missing_values_name_the_regions():
    layer = load_bundled_regions("2018")
    layer["v"] = np.arange(17.0)
    layer.loc[layer["unit_id"] == "astana", "v"] = np.nan
    with pytest.raises(ParameterError, match=r"Field 'v' has no valid value for 1 region\(s\) "
                                             r"\(Astana\)"):
        regionalize(layer, ["v"])


def test_unknown_method_lists_methods():
    with pytest.raises(ParameterError, match="valid methods are: skater, maxp, ward"):
        regionalize(grid(), ["a"], method="kmeans")
    assert REGIONALISATION_METHODS == ("skater", "maxp", "ward")


def test_other_bad_inputs():
    layer = grid()
    with pytest.raises(ParameterError, match="at least 3"):
        regionalize(layer.iloc[:2], ["a"], n_regions=2)
    with pytest.raises(LayerError, match="Region ids must be unique"):
        regionalize(pd.concat([layer, layer]), ["a"])
    with pytest.raises(ParameterError, match="not found in the layer"):
        regionalize(layer, ["nope"])
    with pytest.raises(ParameterError, match="same value in all 36 regions"):
        regionalize(layer.assign(c=1.0), ["c"])
    with pytest.raises(ParameterError, match="Ward clustering has no floor"):
        regionalize(layer, ["a"], method="ward", floor=3)
    with pytest.raises(ParameterError, match="for a minimum total of a field"):
        regionalize(layer, ["a"], method="skater", floor_field="pop", floor=3)


# --- floors, seeds and graphs max-p and SKATER cannot use ------------------------------------

def apart(*layers: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The layers side by side, 100 units apart: one separate graph part each."""
    moved = [layer.assign(geometry=layer.translate(100 * k, 0)) for k, layer in enumerate(layers)]
    return pd.concat(moved, ignore_index=True)


def negative_pop() -> gpd.GeoDataFrame:
    layer = grid()
    layer.loc[[4, 7], "pop"] = [-1.0, -20.0]
    return layer


FLOOR_ERRORS = {
    "skater floor above the number of regions": (
        grid, {"method": "skater", "n_regions": 2, "floor": 40},
        r"The floor 40 is larger than the number of regions \(36\): no macro-region"),
    "skater floor times macro-regions above the regions": (
        grid, {"method": "skater", "n_regions": 3, "floor": 13},
        r"3 macro-regions of at least 13 regions need 39 regions; the layer has 36\. Lower"),
    "skater graph part below the floor": (
        lambda: apart(grid(6), grid(2)), {"method": "skater", "n_regions": 2, "floor": 5},
        r"1 separate part\(s\) of the neighbour graph have fewer than 5 regions "
        r"\(36, 4 regions\)"),
    "maxp floor field missing": (
        grid, {"method": "maxp", "floor_field": "people", "floor": 100},
        r"Floor field 'people' not found in the layer\."),
    "maxp negative floor field": (
        negative_pop, {"method": "maxp", "floor_field": "pop", "floor": 100},
        r"Floor field 'pop' has negative values \(4, 7\); use a count or total"),
    "maxp region without neighbours": (
        lambda: apart(grid(3), grid(1)), {"method": "maxp", "floor": 2, "graph": "isolate"},
        r"max-p cannot place regions without neighbours \(9\); use weights that give"),
    "maxp graph parts below the floor": (
        lambda: apart(grid(4), grid(4), grid(2)), {"method": "maxp", "floor": 5},
        r"separate parts whose number of regions stays below the floor 5: "
        r"32, 33, 34, 35 \(4\)\. Lower the floor"),
    "maxp graph parts below a field floor": (
        lambda: apart(grid(4), grid(2)).assign(pop=100.0),
        {"method": "maxp", "floor_field": "pop", "floor": 450},
        r"separate parts whose pop stays below the floor 450: 16, 17, 18, 19 \(400\)\."),
}


@pytest.mark.parametrize("name", list(FLOOR_ERRORS))
def test_floors_and_graphs_that_cannot_work_are_refused(name):
    make_layer, kwargs, message = FLOOR_ERRORS[name]
    layer = make_layer()
    if kwargs.get("graph") == "isolate":  # queen contiguity that keeps the island
        options = WeightsOptions(method="queen", island_policy="isolate")
        kwargs = kwargs | {"graph": build_weights(layer, options).graph}
    with pytest.raises(ParameterError, match=message):
        regionalize(layer, ["a"], **kwargs)


@pytest.mark.parametrize("seed", [-1, 2**32, 1.5, True, "1", None])
def test_maxp_refuses_a_bad_seed(seed):
    with pytest.raises(ParameterError, match=(
        r"The random seed must be a whole number from 0 to 2\^32-1; got "
        + re.escape(repr(seed))
    )):
        regionalize(grid(), ["a"], method="maxp", floor=5, seed=seed)


@pytest.mark.parametrize("method", ["skater", "maxp"])
@pytest.mark.parametrize("floor", [0, -3, "many", True, float("nan"), float("inf")])
def test_floor_must_be_a_positive_number(method, floor):
    with pytest.raises(ParameterError,
                       match=r"The floor must be a positive number; got " + re.escape(repr(floor))):
        regionalize(grid(), ["a"], method=method, n_regions=2, floor=floor)


_UNGUARDED_MAXP = """
import contextlib
import numpy as np
from kz_innovation_plugin.core import regionalization
from kz_innovation_plugin.core.bundled import load_bundled_regions
regionalization._stuck_annealing_guard = contextlib.nullcontext
layer = load_bundled_regions("2018")
rng = np.random.default_rng(1)
layer["pop"] = rng.uniform(0.3e6, 3e6, len(layer))
layer["v"] = rng.normal(size=len(layer))
regionalization.regionalize(layer, ["v"], method="maxp", floor_field="pop", floor=3e6)
"""


def test_the_spopt_guard_is_still_needed():
    """spopt 0.7.0's max-p loops forever on the bundled regions without our guard
    (pysal/spopt#506); the guarded run takes under a second.  When this test fails, the
    installed spopt has the fix: remove ``_stuck_annealing_guard`` and this test."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    try:
        subprocess.run([sys.executable, "-c", _UNGUARDED_MAXP], cwd=ROOT, timeout=15,
                       capture_output=True, check=True)
    except subprocess.TimeoutExpired:
        return  # still loops: the guard is needed
    pytest.fail("max-p finished without the guard: spopt fixed pysal/spopt#506; remove "
                "regionalization._stuck_annealing_guard and this test.")
