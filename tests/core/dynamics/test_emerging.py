"""Emerging hot spot analysis: Mann-Kendall against pymannkendall, the patterns against
ArcGIS Pro's published definitions, the Gi* against the project's hotspots, short series."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pymannkendall
import pytest
from numpy.testing import assert_allclose
from scipy import stats

from kz_innovation_plugin.core.autocorrelation import hotspots
from kz_innovation_plugin.core.dynamics import (
    EMERGING_COLUMNS,
    PATTERNS,
    emerging_category,
    emerging_hotspots,
    mann_kendall,
    smallest_mann_kendall_p,
)
from kz_innovation_plugin.core.dynamics.emerging import gi_states, years_for_trend
from kz_innovation_plugin.core.errors import CancelledError, ParameterError

from . import block, cell, lattice

CODE = {name: code for code, name in PATTERNS.items()}
SIDE = 9


# --- Mann-Kendall -------------------------------------------------------------------------

@pytest.mark.parametrize("series", [
    np.random.default_rng(1).normal(size=12),
    np.arange(8, dtype=float),
    np.arange(8, dtype=float)[::-1] ** 2,
    np.array([1.0, 2.0, 2.0, 3.0, 1.0, 4.0, 4.0]),  # ties
    np.array([2.0, 1.0, 3.0]),
])
def test_mann_kendall_equals_pymannkendall(series):
    ours = mann_kendall(series, alpha=0.05)
    theirs = pymannkendall.original_test(series, alpha=0.05)
    assert_allclose([ours.z, ours.p, ours.tau, ours.s],
                    [theirs.z, theirs.p, theirs.Tau, theirs.s], rtol=1e-12)
    assert ours.trend == (int(np.sign(theirs.z)) if theirs.h else 0)


def test_mann_kendall_trend_sign_and_missing_values():
    assert mann_kendall(np.arange(10.0)).trend == 1
    assert mann_kendall(-np.arange(10.0)).trend == -1
    assert mann_kendall([1.0, 3.0, 2.0, 4.0]).trend == 0  # 4 values cannot reach 0.05
    empty = mann_kendall([1.0, np.nan, 3.0, 4.0, 5.0])
    assert np.isnan(empty.z) and np.isnan(empty.p) and empty.trend == 0


@pytest.mark.parametrize("years", range(2, 13))
def test_smallest_p_is_the_p_of_a_monotone_series(years):
    expected = pymannkendall.original_test(np.arange(years, dtype=float)).p
    assert smallest_mann_kendall_p(years) == pytest.approx(expected, rel=1e-12)


def test_smallest_p_known_values_and_years_needed():
    assert smallest_mann_kendall_p(2) == 1.0
    assert smallest_mann_kendall_p(3) == pytest.approx(0.2963, abs=1e-4)
    assert smallest_mann_kendall_p(4) == pytest.approx(0.0895, abs=1e-4)
    assert smallest_mann_kendall_p(5) == pytest.approx(0.0275, abs=1e-4)
    assert years_for_trend(0.05) == 5
    assert years_for_trend(0.01) == 6


# --- the patterns, by ArcGIS Pro's definitions --------------------------------------------

# (states per year, Mann-Kendall trend of the z-scores, pattern): hot cases; the cold cases
# are their mirror images (states and trend negated)
HOT_CASES = [
    # hot in the final step only, never before
    ([0, 0, 0, 0, 1], 0, "New Hot Spot"),
    ([0] * 9 + [1], 0, "New Hot Spot"),
    # a final uninterrupted run of >= 2 hot steps, never hot before it, < 90 % hot
    ([0, 0, 0, 1, 1], 0, "Consecutive Hot Spot"),
    ([0, 0, 1, 1, 1], 1, "Consecutive Hot Spot"),
    ([0, 0] + [1] * 8, 0, "Consecutive Hot Spot"),  # 80 % hot: below the 90 % line
    # >= 90 % hot including the final step, significant upward trend
    ([1] * 10, 1, "Intensifying Hot Spot"),
    ([0] + [1] * 9, 1, "Intensifying Hot Spot"),  # 90 % exactly
    ([1] * 5, 1, "Intensifying Hot Spot"),
    # >= 90 % hot, no trend
    ([1] * 5, 0, "Persistent Hot Spot"),
    ([1, 0] + [1] * 8, 0, "Persistent Hot Spot"),
    ([1] * 2 + [0] * 2 + [1] * 16, 0, "Persistent Hot Spot"),  # 18 of 20: 90 % exactly
    # >= 90 % hot including the final step, significant downward trend
    ([1] * 10, -1, "Diminishing Hot Spot"),
    ([1] * 8 + [0, 1], -1, "Diminishing Hot Spot"),
    # hot in the final step, on and off before, < 90 % hot, never cold
    ([1, 0, 1, 0, 1], 0, "Sporadic Hot Spot"),
    ([1, 0, 0, 1, 1], 1, "Sporadic Hot Spot"),  # hot before the final run
    ([1, 1, 1, 0, 1], 0, "Sporadic Hot Spot"),  # 80 % of five steps
    # hot in the final step, cold in an earlier one, < 90 % hot
    ([-1, 0, 0, 1, 1], 0, "Oscillating Hot Spot"),
    ([-1, 0, 0, 0, 1], 0, "Oscillating Hot Spot"),  # cold history: not "new"
    ([1, -1, 1, 1, 1], 0, "Oscillating Hot Spot"),
    # not hot in the final step, >= 90 % hot
    ([1] * 9 + [0], 0, "Historical Hot Spot"),
    ([1] * 9 + [0], -1, "Historical Hot Spot"),
    # nothing of the above
    ([0, 0, 0, 0, 0], 0, "No Pattern Detected"),
    ([1, 1, 1, 1, 0], 0, "No Pattern Detected"),  # 80 %: not historical
    ([1] * 8 + [0, 0], 0, "No Pattern Detected"),
    ([1, 1, 0, 0, 0], 1, "No Pattern Detected"),
]


@pytest.mark.parametrize(("states", "trend", "pattern"), HOT_CASES)
def test_hot_patterns_follow_the_published_definitions(states, trend, pattern):
    assert PATTERNS[emerging_category(states, trend)] == pattern


@pytest.mark.parametrize(("states", "trend", "pattern"), HOT_CASES)
def test_cold_patterns_mirror_the_hot_ones(states, trend, pattern):
    cold = pattern.replace("Hot Spot", "Cold Spot")
    assert PATTERNS[emerging_category([-s for s in states], -trend)] == cold


def test_every_pattern_is_reached():
    reached = {emerging_category(s, t) for s, t, _ in HOT_CASES}
    reached |= {emerging_category([-x for x in s], -t) for s, t, _ in HOT_CASES}
    assert reached == set(PATTERNS)


def test_final_year_chooses_the_side():
    # nine hot years then a significant cold one: oscillating cold, not historical hot
    assert PATTERNS[emerging_category([1] * 9 + [-1], 0)] == "Oscillating Cold Spot"


@pytest.mark.parametrize(("z", "pattern"), [
    (np.linspace(2.5, 5.0, 10), "Intensifying Hot Spot"),
    (np.linspace(5.0, 2.5, 10), "Diminishing Hot Spot"),
    (np.array([3.1, 2.9, 3.3, 2.8, 3.0, 3.2, 2.7, 3.4, 2.95, 3.05]), "Persistent Hot Spot"),
    (-np.linspace(2.5, 5.0, 10), "Intensifying Cold Spot"),
    (-np.linspace(5.0, 2.5, 10), "Diminishing Cold Spot"),
])
def test_patterns_from_constructed_z_series(z, pattern):
    """The trend patterns from Gi* z-series themselves: states from the p-values, the
    trend from pymannkendall run directly."""
    p = 2 * stats.norm.sf(np.abs(z))
    states = gi_states(z, p, 0.05)
    test = pymannkendall.original_test(z, alpha=0.05)
    trend = int(np.sign(test.z)) if test.h else 0
    assert PATTERNS[emerging_category(states, trend)] == pattern


def test_gi_states():
    z = np.array([2.5, -2.5, 2.5, np.nan, 0.5])
    p = np.array([0.01, 0.01, 0.2, np.nan, 0.04])
    assert gi_states(z, p, 0.05).tolist() == [1, -1, 0, 0, 1]


# --- the whole analysis on lattices -------------------------------------------------------

def _scheduled_panel(years: list[int], schedule: dict, seed: int):
    """Noise on a 9 x 9 grid plus, for each centre (i, j), a bump per year on its 3 x 3
    block; returns (panel, graph, ids of the centres)."""
    ids, graph = lattice(SIDE)
    rng = np.random.default_rng(seed)
    panel = pd.DataFrame(rng.normal(size=(len(ids), len(years))), index=ids, columns=years)
    for (i, j), bump in schedule.items():
        panel.loc[block(ids, SIDE, i, j)] += np.asarray(bump, dtype=float)
    return panel, graph, [cell(ids, SIDE, i, j) for i, j in schedule]


def test_five_year_patterns_on_a_lattice():
    years = list(range(2019, 2024))
    panel, graph, centres = _scheduled_panel(years, {
        (2, 2): [0, 0, 0, 0, 3], (2, 6): [0, 0, 0, 3, 3],
        (6, 2): [-3] * 5, (6, 6): [3, 0, 3, 0, 3],
    }, seed=0)
    result = emerging_hotspots(panel, graph, inference="normal")
    assert result.frame.loc[centres, "PATTERN"].tolist() == [
        "New Hot Spot", "Consecutive Hot Spot", "Persistent Cold Spot", "Sporadic Hot Spot",
    ]
    assert result.frame.loc[centres, "NUM_HOT"].tolist() == [1, 2, 0, 3]
    assert result.frame.loc[centres, "NUM_COLD"].tolist() == [0, 0, 5, 0]


def test_ten_year_patterns_on_a_lattice():
    step = np.arange(10)
    panel, graph, centres = _scheduled_panel(list(range(2014, 2024)), {
        (2, 2): 2.5 + 0.5 * step, (2, 6): -(7 - 0.5 * step),
        (6, 2): np.r_[np.full(9, 5.0), 0.0], (6, 6): np.r_[-5.0, np.zeros(8), 5.0],
    }, seed=0)
    result = emerging_hotspots(panel, graph, inference="normal")
    assert result.frame.loc[centres, "PATTERN"].tolist() == [
        "Intensifying Hot Spot", "Diminishing Cold Spot", "Historical Hot Spot",
        "Oscillating Hot Spot",
    ]
    # both z-series rise: high values cluster more, low values cluster less
    assert (result.frame.loc[centres[:2], "TREND_Z"] > 0).all()


def test_gi_and_trend_equal_hotspots_and_pymannkendall_run_directly():
    years = [2020, 2021, 2022, 2023, 2024, 2025]
    panel, graph, _ = _scheduled_panel(years, {(4, 4): [0, 1, 2, 3, 4, 5]}, seed=3)
    result = emerging_hotspots(panel, graph, permutations=199, seed=11)
    for year in years:
        direct = hotspots(panel[year], graph, permutations=199, seed=11)
        assert_allclose(result.gi_z[year], direct.frame["GiZScore"], rtol=1e-12)
        assert_allclose(result.gi_p[year], direct.frame["GiPValue"], rtol=1e-12)
        assert result.thresholds[year] == direct.threshold
    region = panel.index[40]
    test = pymannkendall.original_test(result.gi_z.loc[region].to_numpy())
    assert_allclose(result.frame.loc[region, ["TREND_Z", "TREND_P", "TREND_TAU"]].to_numpy(
        dtype=float), [test.z, test.p, test.Tau], rtol=1e-12)
    assert list(result.frame.columns) == EMERGING_COLUMNS
    assert (result.frame["NUM_HOT"] == (result.gi_state == 1).sum(axis=1)).all()
    assert sum(result.patterns.values()) == len(panel)


def test_same_seed_same_result_and_provenance():
    panel, graph, _ = _scheduled_panel([2021, 2022, 2023], {(4, 4): [2, 3, 4]}, seed=5)
    first = emerging_hotspots(panel, graph, permutations=99, seed=4)
    again = emerging_hotspots(panel, graph, permutations=99, seed=4)
    pd.testing.assert_frame_equal(first.gi_p, again.gi_p)
    pd.testing.assert_frame_equal(first.frame, again.frame)
    assert first.provenance["tool"] == "emerging_hotspots"
    assert first.provenance["parameters"]["seed"] == 4
    assert first.provenance["years"] == [2021, 2022, 2023]
    assert "pymannkendall" in first.provenance["libraries"]


def test_islands_get_no_pattern():
    ids, graph = lattice(4, detached=True)
    rng = np.random.default_rng(2)
    panel = pd.DataFrame(rng.normal(size=(len(ids), 5)), index=ids, columns=range(2019, 2024))
    result = emerging_hotspots(panel, graph, inference="normal")
    island = ids[-1]
    assert result.frame.loc[island, "PATTERN"] == "No Pattern Detected"
    assert np.isnan(result.frame.loc[island, "TREND_Z"])
    assert any("without neighbours" in note for note in result.notes)


# --- short series and bad input -----------------------------------------------------------

def test_one_year_is_refused():
    panel, graph, _ = _scheduled_panel([2023], {(4, 4): [3]}, seed=0)
    with pytest.raises(ParameterError, match=r"at least 2 years; the panel has 1 \(2023\)"):
        emerging_hotspots(panel, graph)


def test_three_years_warn_that_no_trend_can_be_significant():
    panel, graph, centres = _scheduled_panel([2021, 2022, 2023], {(4, 4): [3, 4, 5]}, seed=1)
    result = emerging_hotspots(panel, graph, inference="normal")
    assert result.smallest_trend_p == pytest.approx(0.2963, abs=1e-4)
    text = " ".join(result.notes)
    assert "smallest two-sided p-value the Mann-Kendall test can reach is 0.296" in text
    assert "no trend can be significant" in text and "at least 5 years" in text
    assert "historical hot or cold spots cannot occur" in text
    assert result.frame.loc[centres[0], "PATTERN"] == "Persistent Hot Spot"
    assert result.patterns["Intensifying Hot Spot"] == 0


def test_two_years_run_with_the_warning():
    panel, graph, _ = _scheduled_panel([2022, 2023], {(4, 4): [3, 3]}, seed=1)
    result = emerging_hotspots(panel, graph, inference="normal")
    assert result.smallest_trend_p == 1.0
    assert any("no trend can be significant" in note for note in result.notes)


def test_five_years_do_not_warn_about_the_trend():
    panel, graph, _ = _scheduled_panel(list(range(2019, 2024)), {(4, 4): [3] * 5}, seed=1)
    result = emerging_hotspots(panel, graph, inference="normal")
    assert not any("no trend can be significant" in note for note in result.notes)


def test_bad_input_messages():
    panel, graph, _ = _scheduled_panel([2021, 2022, 2023], {(4, 4): [3, 3, 3]}, seed=0)
    holed = panel.copy()
    holed.loc["r05", 2022] = np.nan
    with pytest.raises(ParameterError, match=r"no valid value for 1 region-year.*\(r05 in 2022\)"):
        emerging_hotspots(holed, graph)
    with pytest.raises(ParameterError, match="Column 'y2021' of the panel .* is not a year"):
        emerging_hotspots(panel.rename(columns={2021: "y2021"}), graph)
    with pytest.raises(ParameterError, match="Year 2021: .*do not cover the same features"):
        emerging_hotspots(panel.iloc[:-1], graph)
    with pytest.raises(ParameterError, match="trend test must be above 0"):
        emerging_hotspots(panel, graph, trend_alpha=0.9)


def test_cancel_and_progress():
    panel, graph, _ = _scheduled_panel([2021, 2022, 2023], {(4, 4): [3, 3, 3]}, seed=0)
    fractions = []
    emerging_hotspots(panel, graph, inference="normal", progress=fractions.append)
    assert fractions == pytest.approx([1 / 3, 2 / 3, 1.0])
    with pytest.raises(CancelledError, match="cancelled"):
        emerging_hotspots(panel, graph, inference="normal", cancelled=lambda: True)


def test_the_result_flags_its_warnings():
    """No trend can be significant with 3 years; on 9 regions, too few features for local
    statistics, and a Bonferroni cut-off below the smallest p-value of 99 permutations."""
    ids, small = lattice(3)
    panel = pd.DataFrame(np.random.default_rng(2).normal(size=(9, 3)), index=ids,
                         columns=[2021, 2022, 2023])
    result = emerging_hotspots(panel, small, correction="bonferroni", permutations=99)
    assert [note[:40] for note in result.warnings] == [
        "That is not below the trend's significan",
        "Only 9 features were tested (fewer than ",
        "The corrected cut-off (bonferroni, 0.005"]
    assert set(result.warnings) < set(result.notes)
    assert not any(note.startswith("With 99 permutations the smallest") for note in
                   result.warnings)
    normal = emerging_hotspots(panel, small, inference="normal")
    assert [note[:25] for note in normal.warnings] == ["That is not below the tre",
                                                       "Only 9 features were test"]
    panel, graph, _ = _scheduled_panel(list(range(2019, 2024)), {(4, 4): [3] * 5}, seed=1)
    assert emerging_hotspots(panel, graph, inference="normal").warnings == []
