"""Multiplier effect: zone means against the nation and the rest, and the distance gradient."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from libpysal.graph import Graph
from shapely.geometry import box

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.zones import CoreRule, multiplier_effect, select_cores
from kz_innovation_plugin.core.zones.multiplier import _slope

KM = 10_000.0  # each cell is 10 km wide


def strip(values, zone) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """A row of 10 km boxes in UTM 42N (cell i centred 10 i km from cell 0) and its zones."""
    layer = gpd.GeoDataFrame(
        {"innov_idx": values, "unit_id": [f"u{i}" for i in range(len(values))]},
        geometry=[box(i * KM, 0, (i + 1) * KM, KM) for i in range(len(values))],
        crs="EPSG:32642",
    )
    zone_of = pd.DataFrame({"core_id": pd.array(zone, dtype="Int64")}, index=layer.index)
    return layer, zone_of


def test_index_falling_with_distance_lifts_the_surroundings():
    layer, zone_of = strip([1.0, 0.8, 0.6, 0.4, 0.2, 0.2, 0.2], [1, 1, 1, 1, None, None, None])
    selection = select_cores(layer, CoreRule(mode="top_k", k=1))
    table = multiplier_effect(layer, selection, zone_of)
    assert list(table.columns) == [
        "core_id", "core_name", "core_index", "zone_regions", "zone_mean_index",
        "national_mean_index", "rest_mean_index", "lift_vs_national", "lift_vs_rest",
        "gradient_slope", "gradient_sign", "reading",
    ]
    row = table.iloc[0]
    assert (row["core_id"], row["core_name"], row["core_index"]) == (1, "u0", 1.0)
    assert row["zone_regions"] == 3  # the core's own row does not count
    assert row["zone_mean_index"] == pytest.approx(0.6)
    assert row["national_mean_index"] == pytest.approx(3.4 / 7)
    assert row["rest_mean_index"] == pytest.approx(0.2)
    assert row["lift_vs_national"] == pytest.approx(0.6 - 3.4 / 7)
    assert row["lift_vs_rest"] == pytest.approx(0.4)
    assert row["gradient_slope"] == pytest.approx(-0.02)  # -0.2 per 10 km
    assert row["gradient_sign"] == "falls with distance"
    assert row["reading"] == "lifts its surroundings"


def test_flat_zone_does_not_lift():
    layer, zone_of = strip([1.0, 0.5, 0.5, 0.5, 0.2, 0.2], [1, 1, 1, 1, None, None])
    table = multiplier_effect(layer, select_cores(layer, CoreRule(mode="top_k", k=1)), zone_of)
    row = table.iloc[0]
    assert row["gradient_slope"] == pytest.approx(0.0, abs=1e-12)
    assert row["gradient_sign"] == "flat"
    assert row["lift_vs_rest"] == pytest.approx(0.3)
    assert row["reading"] == "does not lift its surroundings"


def test_index_rising_with_distance_does_not_lift():
    layer, zone_of = strip([1.0, 0.3, 0.5, 0.7, 0.1], [1, 1, 1, 1, None])
    row = multiplier_effect(
        layer, select_cores(layer, CoreRule(mode="top_k", k=1)), zone_of
    ).iloc[0]
    assert row["gradient_slope"] == pytest.approx(0.02)
    assert row["gradient_sign"] == "rises with distance"
    assert row["reading"] == "does not lift its surroundings"


def test_one_zone_region_is_too_few():
    layer, zone_of = strip([1.0, 0.8, 0.3, 0.1], [None, 1, None, None])
    row = multiplier_effect(
        layer, select_cores(layer, CoreRule(mode="top_k", k=1)), zone_of
    ).iloc[0]
    assert row["zone_regions"] == 1
    assert np.isnan(row["gradient_slope"])
    assert row["gradient_sign"] == "n/a"
    assert row["reading"] == "too few zone regions to judge"
    assert row["lift_vs_rest"] == pytest.approx(0.8 - 0.2)
    assert row["lift_vs_national"] == pytest.approx(0.8 - 2.2 / 4)


def test_two_cores_with_zone_orders():
    # core 1 at cell 6 (1.0) falls to the left; core 2 at cell 0 (0.9) has a flat zone
    values = [0.9, 0.3, 0.3, 0.1, 0.4, 0.7, 1.0]
    layer, zone_of = strip(values, [2, 2, 2, None, 1, 1, 1])
    zone_of["zone_order"] = [0, 1, 2, pd.NA, 2, 1, 0]
    table = multiplier_effect(layer, select_cores(layer, CoreRule(mode="top_k", k=2)), zone_of)
    assert table["core_id"].tolist() == [1, 2]
    assert table["core_name"].tolist() == ["u6", "u0"]
    assert table["zone_mean_index"].tolist() == pytest.approx([0.55, 0.3])
    assert table["rest_mean_index"].tolist() == pytest.approx([0.1, 0.1])
    assert table["gradient_slope"].tolist() == pytest.approx([-0.03, 0.0], abs=1e-12)
    assert table["order_slope"].tolist() == pytest.approx([-0.3, 0.0], abs=1e-12)
    assert table["gradient_sign"].tolist() == ["falls with distance", "flat"]
    assert table["reading"].tolist() == [
        "lifts its surroundings", "does not lift its surroundings",
    ]


def test_no_rest_is_not_judged():
    layer, zone_of = strip([1.0, 0.8, 0.6], [1, 1, 1])
    row = multiplier_effect(
        layer, select_cores(layer, CoreRule(mode="top_k", k=1)), zone_of
    ).iloc[0]
    assert np.isnan(row["rest_mean_index"])
    assert np.isnan(row["lift_vs_rest"])
    assert row["lift_vs_national"] == pytest.approx(0.7 - 0.8)
    assert row["gradient_sign"] == "falls with distance"
    assert row["reading"] == "no region outside the zones to compare with"


def test_zone_table_of_zone_regions_only():
    layer, zone_of = strip([1.0, 0.8, 0.6, 0.4, 0.2, 0.2, 0.2], [1, 1, 1, 1, None, None, None])
    selection = select_cores(layer, CoreRule(mode="top_k", k=1))
    full = multiplier_effect(layer, selection, zone_of)
    only = multiplier_effect(layer, selection, zone_of.iloc[1:4])  # as rings/bands give it
    pd.testing.assert_frame_equal(full, only)


def test_bad_zone_tables():
    layer, zone_of = strip([1.0, 0.8, 0.6, 0.1], [1, 1, 1, None])
    selection = select_cores(layer, CoreRule(mode="top_k", k=1))
    with pytest.raises(ParameterError, match="one row per region"):
        multiplier_effect(layer, selection, zone_of.set_axis([0, 1, 2, 9]))
    with pytest.raises(ParameterError, match="one row per region"):
        multiplier_effect(layer, selection, zone_of.iloc[[0, 1, 1]])
    with pytest.raises(ParameterError, match="core id\\(s\\) 7"):
        multiplier_effect(layer, selection, zone_of.assign(core_id=pd.array([1, 7, 1, None])))
    with pytest.raises(ParameterError, match="core_id column"):
        multiplier_effect(layer, selection, zone_of.rename(columns={"core_id": "core"}))
    with pytest.raises(ParameterError, match="kzinnovation:innovationindex"):
        multiplier_effect(layer, selection, zone_of, index_field="idx")


def test_empty_selection_gives_an_empty_table():
    layer, zone_of = strip([0.1, 0.2], [None, None])
    selection = select_cores(layer, CoreRule(mode="threshold", threshold=1.0))
    table = multiplier_effect(layer, selection, zone_of)
    assert len(table) == 0 and "reading" in table.columns and "order_slope" not in table


def test_distances_in_a_given_crs_are_true_distances():
    layer, zone_of = strip([1.0, 0.8, 0.6, 0.4, 0.1], [1, 1, 1, 1, None])
    degrees = layer.to_crs(4326)
    selection = select_cores(degrees, CoreRule(mode="top_k", k=1))
    for crs in (None, "EPSG:32642"):
        row = multiplier_effect(degrees, selection, zone_of, crs=crs).iloc[0]
        assert row["gradient_slope"] == pytest.approx(-0.02, rel=5e-3)


STUDY_CORES = ["almaty_city", "astana", "aktobe", "karaganda", "east_kazakhstan"]


def test_bundled_regions_with_the_study_cores():
    layer = load_bundled_regions("2018")
    high = dict(zip(STUDY_CORES, [0.95, 0.90, 0.80, 0.75, 0.70]))
    layer["innov_idx"] = layer["unit_id"].map(high).fillna(0.2) + 0.001 * layer.index
    selection = select_cores(layer, CoreRule(mode="top_k", k=5))
    assert layer.loc[selection.core_labels, "unit_id"].tolist() == STUDY_CORES
    # zones: the first-order queen neighbours of each core (the best core when several)
    adjacency = Graph.build_contiguity(layer, rook=False).adjacency.reset_index()
    adjacency = adjacency[adjacency["weight"] > 0]
    adjacency["core_id"] = selection.core_id.reindex(adjacency["neighbor"]).to_numpy()
    best = adjacency.dropna(subset=["core_id"]).groupby("focal")["core_id"].min()
    zone_of = pd.DataFrame({"core_id": best.reindex(layer.index).astype("Int64")})
    zone_of["zone_order"] = np.where(zone_of["core_id"].notna(), 1, pd.NA)
    table = multiplier_effect(layer, selection, zone_of)
    assert table["core_name"].tolist() == [
        "Almaty", "Astana", "Aktobe Region", "Karaganda Region", "East Kazakhstan Region",
    ]
    assert table["zone_regions"].sum() == (zone_of["core_id"].notna() & ~selection.is_core).sum()
    assert table["national_mean_index"].iloc[0] == pytest.approx(layer["innov_idx"].mean())
    assert set(table["reading"]) <= {
        "lifts its surroundings", "does not lift its surroundings",
        "too few zone regions to judge", "no region outside the zones to compare with",
    }
    assert np.isnan(table["order_slope"]).all()  # one order only


def test_distances_in_a_crs_not_in_metres_are_refused():
    """Degrees divided by 1,000 are not kilometres: a geographic CRS is named and refused."""
    layer, zone_of = strip([1.0, 0.8, 0.6, 0.4, 0.2, 0.2, 0.2], [1, 1, 1, 1, None, None, None])
    selection = select_cores(layer, CoreRule(mode="top_k", k=1))
    with pytest.raises(ParameterError, match="projected CRS in metres"):
        multiplier_effect(layer, selection, zone_of, crs="EPSG:4326")


def test_the_gradient_is_the_least_squares_slope():
    """The slope equals scipy.stats.linregress's; NaN for too few points or one distance."""
    from scipy import stats

    rng = np.random.default_rng(2)
    for size in (2, 3, 8, 40):
        x, y = rng.random(size) * 900, rng.random(size)
        assert _slope(x, y) == pytest.approx(stats.linregress(x, y).slope, rel=1e-9)
    x, y = np.array([10.0, np.nan, 30.0, 50.0]), np.array([1.0, 2.0, np.nan, 0.5])
    assert _slope(x, y) == pytest.approx(stats.linregress([10, 50], [1, 0.5]).slope)
    assert np.isnan(_slope(np.array([1.0]), np.array([2.0])))
    assert np.isnan(_slope(np.array([5.0, 5.0]), np.array([1.0, 2.0])))
