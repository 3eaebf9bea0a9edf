"""The index over years on a fixed reference: numbers worked out by hand, and refusals.

Every panel here is TOY data: numbers made up so that the index can be worked out by hand
(indicator names start with ``toy_``); none of them is a statistic of any region.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.composite.chain import ChainState, IndexChain
from kz_innovation_plugin.core.composite.index import IndexOptions, index_chain
from kz_innovation_plugin.core.composite.normalise import (
    FIXED_REFERENCE,
    normalise,
    reference_bounds,
)
from kz_innovation_plugin.core.composite.panel_index import (
    LONG_COLUMNS,
    PanelIndexOptions,
    check_fixed_reference,
    panel_index,
)
from kz_innovation_plugin.core.composite.treatment import treat
from kz_innovation_plugin.core.composite.uncertainty import (
    UncertaintySettings,
    rank_uncertainty,
)
from kz_innovation_plugin.core.errors import CancelledError, ParameterError
from kz_innovation_plugin.core.panel import HarmonisedPanel
from kz_innovation_plugin.core.report.trajectories import trajectory_chart, trajectory_figure

REGIONS = ["R1", "R2", "R3"]
GROUPS = {"toy": ["toy_a", "toy_b"]}
RUNS = UncertaintySettings(runs=20)
#: the steps that make one year's index
YEAR_STEPS = ["select", "impute", "treat_fixed", "normalise", "weight_fixed", "aggregate_fixed"]


def toy_panel() -> dict[int, pd.DataFrame]:
    """TOY numbers (not statistics): 3 regions, 2 indicators, 2 years; R2 does not change.

    Pooled range: toy_a 1..9, toy_b 10..50.  Base year 2020: toy_a 1..7, toy_b 10..30.
    """
    return {
        2020: pd.DataFrame({"toy_a": [1.0, 5.0, 7.0], "toy_b": [20.0, 30.0, 10.0]},
                           index=REGIONS),
        2021: pd.DataFrame({"toy_a": [3.0, 5.0, 9.0], "toy_b": [50.0, 30.0, 40.0]},
                           index=REGIONS),
    }


def toy_options(**index) -> IndexOptions:
    settings = {"groups": GROUPS, "treatment": "none", "uncertainty": RUNS, **index}
    return IndexOptions(**settings)


def scores_of(result, year: int) -> pd.Series:
    rows = result.scores[result.scores["year"] == year]
    return rows.set_index("unit_id")["index"].reindex(REGIONS)


def random_panel(regions: int = 12, years=(2019, 2020, 2021), seed: int = 3):
    """TOY skewed indicators toy_a..toy_d (made-up numbers) for a few years."""
    rng = np.random.default_rng(seed)
    ids = [f"U{i:02d}" for i in range(regions)]
    return {year: pd.DataFrame(rng.lognormal(size=(regions, 4)) * 10,
                               columns=["toy_a", "toy_b", "toy_c", "toy_d"], index=ids)
            for year in years}


RANDOM_GROUPS = {"toy_p": ["toy_a", "toy_b"], "toy_q": ["toy_c", "toy_d"]}


# --- the fixed reference, by hand --------------------------------------------------------


def test_pooled_minmax_by_hand():
    result = panel_index(toy_panel(), PanelIndexOptions(toy_options()))
    # toy_a: (x - 1) / 8; toy_b: (x - 10) / 40; index = mean of the two
    # 2020: R1 (0 + 0.25) / 2, R2 (0.5 + 0.5) / 2, R3 (0.75 + 0) / 2
    np.testing.assert_allclose(scores_of(result, 2020), [0.125, 0.5, 0.375], atol=1e-12)
    # 2021: R1 (0.25 + 1) / 2, R2 (0.5 + 0.5) / 2, R3 (1 + 0.75) / 2
    np.testing.assert_allclose(scores_of(result, 2021), [0.625, 0.5, 0.875], atol=1e-12)
    assert result.bounds.loc["toy_a", ["min", "max"]].tolist() == [1.0, 9.0]
    assert result.bounds.loc["toy_b", ["min", "max"]].tolist() == [10.0, 50.0]
    ranks = result.scores.set_index(["year", "unit_id"])["rank"]
    assert [ranks[(2020, r)] for r in REGIONS] == [3, 1, 2]
    assert [ranks[(2021, r)] for r in REGIONS] == [2, 3, 1]
    assert tuple(result.scores.columns) == LONG_COLUMNS
    assert result.reference == "pooled" and result.base_year is None


def test_base_year_reference_by_hand():
    options = PanelIndexOptions(toy_options(), reference="base_year", base_year=2020)
    result = panel_index(toy_panel(), options)
    # toy_a: (x - 1) / 6; toy_b: (x - 10) / 20 (2020's range), 2021 may leave 0..1
    # 2020: R1 (0 + 0.5) / 2, R2 (4/6 + 1) / 2, R3 (1 + 0) / 2
    np.testing.assert_allclose(scores_of(result, 2020), [0.25, 5 / 6, 0.5], atol=1e-12)
    # 2021: R1 (2/6 + 2) / 2, R2 (4/6 + 1) / 2, R3 (8/6 + 1.5) / 2
    np.testing.assert_allclose(scores_of(result, 2021), [7 / 6, 5 / 6, 17 / 12], atol=1e-12)
    assert result.base_year == 2020
    assert result.bounds.loc["toy_b", ["min", "max"]].tolist() == [10.0, 30.0]
    assert "base year 2020" in result.notes[0]


def test_pooled_zscore_by_hand():
    result = panel_index(toy_panel(), PanelIndexOptions(toy_options(normalisation="zscore")))
    # pooled toy_a: mean 5, squares 16+0+4+4+0+16, sd sqrt(40 / 5) = sqrt(8);
    # toy_b: mean 30, squares 100+0+400+400+0+100, sd sqrt(1000 / 5) = sqrt(200)
    sd_a, sd_b = np.sqrt(8.0), np.sqrt(200.0)
    r1_2021 = ((3 - 5) / sd_a + (50 - 30) / sd_b) / 2
    assert scores_of(result, 2021)["R1"] == pytest.approx(r1_2021, abs=1e-12)
    assert scores_of(result, 2020)["R2"] == pytest.approx(0.0, abs=1e-12)


def test_normalise_with_bounds_by_hand():
    values = pd.DataFrame({"toy_a": [2.0, 12.0], "toy_b": [4.0, 0.0]}, index=["R1", "R2"])
    directions = pd.Series({"toy_a": 1, "toy_b": -1})
    bounds = {"toy_a": {"min": 2.0, "max": 10.0, "mean": 6.0, "sd": 2.0},
              "toy_b": {"min": 1.0, "max": 5.0, "mean": 2.0, "sd": 1.0}}
    minmax = normalise(values, directions, "minmax", bounds=bounds)
    # toy_a: (x - 2) / 8 -> 0, 1.25; toy_b (lower is better): (5 - x) / 4 -> 0.25, 1.25
    np.testing.assert_allclose(minmax.to_numpy(), [[0.0, 0.25], [1.25, 1.25]])
    zscore = normalise(values, directions, "zscore", bounds=bounds)
    np.testing.assert_allclose(zscore.to_numpy(), [[-2.0, -2.0], [3.0, 2.0]])
    best = normalise(values, directions, "distance_to_best", bounds=bounds)
    # best: toy_a 10 (max), toy_b 1 (min): 1 - |x - best| / best
    np.testing.assert_allclose(best.to_numpy(), [[0.2, -2.0], [0.8, 0.0]])
    percent = normalise(values, directions, "percent_of_reference", bounds=bounds)
    # ref = the reference mean: 100 (1 + d (x - ref) / ref)
    np.testing.assert_allclose(percent.to_numpy(), [[100 / 3, 0.0], [200.0, 200.0]])


def test_reference_bounds_of_a_table():
    table = pd.DataFrame({"toy_a": [1.0, 3.0, 8.0]})
    assert reference_bounds(table) == {
        "toy_a": {"min": 1.0, "max": 8.0, "mean": 4.0, "sd": pytest.approx(np.sqrt(13.0))}}


# --- the point of a fixed reference -------------------------------------------------------


@pytest.mark.parametrize("normalisation", FIXED_REFERENCE)
@pytest.mark.parametrize("aggregation", ["arithmetic", "geometric"])
@pytest.mark.parametrize("reference", ["pooled", "base_year"])
def test_an_unchanged_region_keeps_its_score(normalisation, aggregation, reference):
    options = PanelIndexOptions(
        toy_options(normalisation=normalisation, aggregation=aggregation),
        reference=reference, base_year=2021 if reference == "base_year" else None)
    result = panel_index(toy_panel(), options)
    trajectory = result.wide("index").loc["R2"]
    assert trajectory[2020] == pytest.approx(trajectory[2021], rel=1e-12, abs=1e-12)
    # the others changed, and so did their scores
    assert result.wide("index").loc["R1", 2020] != pytest.approx(
        result.wide("index").loc["R1", 2021])


def test_per_year_normalisation_moves_the_unchanged_region():
    """What the fixed reference prevents: year by year, R2's score moves with the others."""
    chain = index_chain(toy_options())
    steps = ["select", "impute", "treat", "normalise", "weight", "aggregate"]
    per_year = {year: chain.run(ChainState(table), only=steps).index["R2"]
                for year, table in toy_panel().items()}
    # 2020: ((5-1)/6 + (30-10)/20) / 2 = 5/6; 2021: ((5-3)/6 + (30-30)/20) / 2 = 1/6
    assert per_year[2020] == pytest.approx(5 / 6)
    assert per_year[2021] == pytest.approx(1 / 6)
    fixed = panel_index(toy_panel(), PanelIndexOptions(toy_options())).wide("index")
    assert fixed.loc["R2", 2020] == fixed.loc["R2", 2021] == pytest.approx(0.5)


def test_geometric_mean_uses_one_shift_for_every_year():
    result = panel_index(toy_panel(), PanelIndexOptions(toy_options(aggregation="geometric")))
    # the pooled minimum normalised value is 0 (R1's toy_a in 2020): shift 0.01 every year
    assert result.offset == pytest.approx(0.01)
    r2 = np.sqrt((0.5 + 0.01) * (0.5 + 0.01)) - 0.01
    assert scores_of(result, 2021)["R2"] == pytest.approx(r2, abs=1e-12)
    r3_2021 = np.sqrt((1 + 0.01) * (0.75 + 0.01)) - 0.01
    assert scores_of(result, 2021)["R3"] == pytest.approx(r3_2021, abs=1e-12)


def test_the_treatment_of_the_pooled_panel_is_repeated_each_year():
    panel = random_panel(regions=15, seed=8)
    options = PanelIndexOptions(IndexOptions(groups=RANDOM_GROUPS, treatment="winsorise",
                                             uncertainty=RUNS))
    result = panel_index(panel, options)
    assert result.chain.step("treat_fixed").clips, "the toy panel must need winsorising"
    pooled = treat(pd.concat(panel, names=["year", "unit_id"]), "winsorise", 5).values
    for year, table in panel.items():
        state = result.chain.run(ChainState(table), only=["select", "impute", "treat_fixed"])
        pd.testing.assert_frame_equal(state.values, pooled.loc[year], check_names=False)


# --- refusals ------------------------------------------------------------------------------


def test_rank_normalisation_is_refused_naming_the_alternatives():
    with pytest.raises(ParameterError, match="cannot use \"rank\" normalisation") as caught:
        PanelIndexOptions(toy_options(normalisation="rank"))
    for name in FIXED_REFERENCE:
        assert name in str(caught.value)
    with pytest.raises(ParameterError, match="rank normalisation takes no fixed reference"):
        normalise(toy_panel()[2020], pd.Series({"toy_a": 1, "toy_b": 1}), "rank",
                  bounds=reference_bounds(toy_panel()[2020]))
    assert check_fixed_reference("zscore") == "zscore"


def test_rank_is_left_out_of_the_uncertainty_runs():
    result = panel_index(toy_panel(), PanelIndexOptions(toy_options()))
    assert "rank" not in result.settings.normalisations
    assert any("leave out the rank normalisation" in note for note in result.notes)


@pytest.mark.parametrize("choices, panel, message", [
    ({"years": [2020]}, None, "at least two years"),
    ({"years": [2020, 2030]}, None, "no year 2030"),
    ({"reference": "base_year", "base_year": 2019}, None, "base year 2019 is not among"),
    ({}, "no_b_2021", "toy_b in 2021"),
    ({}, "two_regions", "2021: The layer has 2 region"),
])
def test_bad_input_is_refused(choices, panel, message):
    tables = toy_panel()
    if panel == "no_b_2021":
        tables[2021]["toy_b"] = np.nan
    if panel == "two_regions":
        tables[2021] = tables[2021].iloc[:2]
    with pytest.raises(ParameterError, match=message):
        panel_index(tables, PanelIndexOptions(toy_options(), **choices))


def test_bad_options_are_refused():
    with pytest.raises(ParameterError, match="Unknown reference"):
        PanelIndexOptions(toy_options(), reference="first_year")
    with pytest.raises(ParameterError, match="needs the base year"):
        PanelIndexOptions(toy_options(), reference="base_year")
    with pytest.raises(ParameterError, match="needs a harmonised panel"):
        panel_index(pd.concat(toy_panel()), PanelIndexOptions(toy_options()))


def test_a_region_missing_in_a_year_is_left_out_of_that_year():
    tables = toy_panel()
    tables[2020].loc["R4"] = [2.0, 15.0]
    result = panel_index(tables, PanelIndexOptions(toy_options()))
    assert result.regions_per_year == {2020: 4, 2021: 3}
    assert "R4" not in set(result.scores.loc[result.scores["year"] == 2021, "unit_id"])
    assert np.isnan(result.trajectory.loc["R4", "index_2021"])
    assert result.trajectory.loc["R4", "rank_2020"] == 3    # 2020: R2, R3, R4, R1
    assert any("2021: R4 left out" in note for note in result.notes)
    assert any("number of regions ranked differs" in note for note in result.notes)


# --- rank uncertainty per year -----------------------------------------------------------


def test_rank_intervals_are_reproducible_with_a_seed():
    panel = random_panel()
    options = PanelIndexOptions(IndexOptions(groups=RANDOM_GROUPS, uncertainty=RUNS))
    first = panel_index(panel, options)
    again = panel_index(panel, options)
    pd.testing.assert_frame_equal(first.scores, again.scores, check_exact=True)
    other = PanelIndexOptions(IndexOptions(
        groups=RANDOM_GROUPS, uncertainty=UncertaintySettings(runs=20, seed=2)))
    moved = panel_index(panel, other).scores
    pd.testing.assert_series_equal(moved["index"], first.scores["index"])
    assert not moved[["rank_p05", "rank_p95"]].equals(first.scores[["rank_p05", "rank_p95"]])


def test_each_year_runs_the_uncertainty_analysis_with_the_same_seed():
    panel = random_panel()
    result = panel_index(panel, PanelIndexOptions(IndexOptions(groups=RANDOM_GROUPS,
                                                               uncertainty=RUNS)))
    for year, table in panel.items():
        state = result.chain.run(ChainState(table), only=YEAR_STEPS)
        ranks = rank_uncertainty(result.chain, state, result.settings).ranks
        rows = result.scores[result.scores["year"] == year].set_index("unit_id")
        for column in ("rank_median", "rank_p05", "rank_p95"):
            pd.testing.assert_series_equal(rows[column], ranks[column].reindex(rows.index),
                                           check_names=False)
        assert result.settings.seed == RUNS.seed


def test_the_chain_reruns_a_year_from_its_record():
    result = panel_index(toy_panel(), PanelIndexOptions(toy_options()))
    chain = IndexChain.from_record(json.loads(json.dumps(result.chain.record())))
    index = chain.run(ChainState(toy_panel()[2021]), only=YEAR_STEPS).index
    np.testing.assert_allclose(index.reindex(REGIONS), scores_of(result, 2021), atol=1e-15)


def test_progress_and_cancel():
    seen = []
    panel_index(toy_panel(), PanelIndexOptions(toy_options()), progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(CancelledError):
        panel_index(toy_panel(), PanelIndexOptions(toy_options()), cancelled=lambda: True)


# --- harmonised panels ---------------------------------------------------------------------


def test_a_harmonised_panel_marks_scores_with_values_not_as_published():
    rows = []
    for year, table in toy_panel().items():
        for unit, values in table.iterrows():
            for indicator, value in values.items():
                copied = (year, unit, indicator) == (2020, "R3", "toy_b")
                rows.append((year, indicator, unit, unit, value,
                             "copied" if copied else "published", unit, "", "2018", ""))
    data = pd.DataFrame(rows, columns=["year", "indicator", "unit_id", "region", "value",
                                       "method", "from_units", "weight", "source_set",
                                       "derivation"])
    panel = HarmonisedPanel(data=data, groups=pd.DataFrame(), target_set="2018",
                            national=pd.DataFrame(), provenance={"source": "toy.csv"})
    result = panel_index(panel, PanelIndexOptions(toy_options()))
    marks = result.scores.set_index(["year", "unit_id"])["harmonised"]
    assert marks[(2020, "R3")] == "toy_b"
    assert (marks.drop((2020, "R3")) == "").all()
    np.testing.assert_allclose(scores_of(result, 2020), [0.125, 0.5, 0.375], atol=1e-12)
    assert result.provenance["boundary_set"] == "2018"
    assert result.provenance["source"] == "toy.csv"
    recorded = json.loads(json.dumps(result.provenance))
    assert recorded["regions_per_year"] == {"2020": 3, "2021": 3}
    assert recorded["chain"][3]["bounds"]["toy_a"]["max"] == 9.0
    assert any("1 of 6 scores" in note for note in result.notes)


# --- the trajectory chart ------------------------------------------------------------------


@pytest.fixture(scope="module")
def toy_result():
    return panel_index(random_panel(), PanelIndexOptions(IndexOptions(groups=RANDOM_GROUPS,
                                                                      uncertainty=RUNS)))


def test_the_trajectory_chart_is_written(tmp_path, toy_result):
    path = trajectory_chart(toy_result.scores, tmp_path / "ranks.png",
                            highlight=["U01", "U05"], names={"U01": "Toy core"})
    assert path.stat().st_size > 10_000
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    score = trajectory_chart(toy_result.scores, tmp_path / "scores.png", value="index")
    assert score.stat().st_size > 10_000


def test_the_rank_chart_draws_each_interval_and_names_the_highlighted(toy_result):
    figure = trajectory_figure(toy_result.scores, highlight=["U01"], names={"U01": "Toy core"})
    axes = figure.axes[0]
    drawn = sorted((round(min(seg[:, 1]), 6), round(max(seg[:, 1]), 6))
                   for collection in axes.collections for seg in collection.get_segments())
    rows = toy_result.scores[toy_result.scores["unit_id"] == "U01"]
    assert drawn == sorted(zip(rows["rank_p05"].round(6), rows["rank_p95"].round(6)))
    labels = [text.get_text() for text in figure.legends[0].get_texts()]
    assert labels == ["Toy core", "Other regions"]
    assert axes.yaxis_inverted()


def test_the_score_chart_has_a_decimal_comma_in_russian(toy_result):
    figure = trajectory_figure(toy_result.scores, value="index", language="ru")
    figure.draw_without_rendering()
    ticks = [text.get_text() for text in figure.axes[0].get_yticklabels()]
    assert any("," in tick for tick in ticks) and not any("." in tick for tick in ticks)


def test_the_chart_refuses_an_unknown_region_or_value(toy_result):
    with pytest.raises(ParameterError, match="U99"):
        trajectory_figure(toy_result.scores, highlight=["U99"])
    with pytest.raises(ParameterError, match='"rank" or "index"'):
        trajectory_figure(toy_result.scores, value="rank_p05")
