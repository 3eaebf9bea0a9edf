"""The whole index on the bundled 2018 statistics: reproducible, recorded, bad inputs refused."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.cli import main
from kz_innovation_plugin.core.composite.index import IndexOptions, build_index
from kz_innovation_plugin.core.composite.uncertainty import (
    UncertaintySettings,
    _droppable,
    wide_interval,
)
from kz_innovation_plugin.core.errors import KzInnovationError, ParameterError, TableFormatError
from kz_innovation_plugin.core.indicators import directions_for
from kz_innovation_plugin.core.jobs.index import IndexJob, index_layer
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.jobs.join import run as run_join
from kz_innovation_plugin.core.options_text import index_options_from_text
from tests.conftest import DEMO_TABLE

UNCERTAINTY_FIELDS = ["rank_med", "rank_p05", "rank_p95", "rank_wide", "p_top"]
RUNS = 200  # enough to test the mechanics quickly; the default is 1,000


@pytest.fixture(scope="module")
def joined():
    outcome = run_join(JoinJob(table=str(DEMO_TABLE), year=2018))
    national = outcome.national()
    return outcome.result.joined, national


def run(joined, seed=1, **choices):
    layer, national = joined
    options = IndexOptions(uncertainty=UncertaintySettings(runs=RUNS, seed=seed), **choices)
    return index_layer(layer, IndexJob(options), national=national)


@pytest.fixture(scope="module")
def default_run(joined):
    return run(joined)


def test_defaults_rank_all_17_regions_with_the_study_groups(default_run):
    result = default_run.result
    table = default_run.layer
    assert result.groups == {"potential": ["rd_exp", "research", "dig_lit", "internet"],
                             "performance": ["grp_pc", "manuf_va", "manuf_prod"]}
    assert table["in_index"].sum() == 17
    assert sorted(table["innov_rank"]) == sorted(table["innov_idx"].rank(ascending=False,
                                                                          method="min"))
    assert table["innov_idx"].between(0, 1).all()
    assert set(table["innov_lvl"]) <= {"low", "medium", "high"}
    assert (table["rank_p05"] <= table["rank_med"]).all()
    assert (table["rank_med"] <= table["rank_p95"]).all()
    assert table["p_top"].between(0, 1).all()
    assert table["imputed"].str.contains("manuf_va").sum() == 1  # the published 2018 gap
    assert set(table["perf_group"]) <= {"leader", "strong", "moderate", "emerging"}
    # the index is the equal-weight mean of the two sub-indices
    np.testing.assert_allclose(
        table["innov_idx"], (table["si_potenti"] + table["si_perform"]) / 2
    )


def test_method_record_holds_every_choice(default_run):
    method = dict(zip(*default_run.tables()["method"][["key", "value"]].T.to_numpy()))
    for key in ("parameters.normalisation", "method.weights.potential.rd_exp",
                "method.uncertainty.seed", "method.uncertainty.runs", "method.imputed_values",
                "versions.scikit-learn", "method.cronbach_alpha.potential"):
        assert key in method, key
    assert method["method.imputed_values"] == "1"
    # the two skewed indicators of 2018 (rule: |skewness| > 2 and kurtosis > 3.5)
    assert method["method.treated.research"].startswith("winsorised")
    assert method["method.treated.grp_pc"].startswith("winsorised")
    assert method["method.uncertainty.seed"] == "1"


def test_same_seed_same_result_other_seed_moves_only_uncertainty(joined, default_run):
    again = run(joined, seed=1).layer
    pd.testing.assert_frame_equal(default_run.layer.drop(columns="geometry"),
                                  again.drop(columns="geometry"))
    other = run(joined, seed=2).layer
    fixed = [c for c in default_run.result.table.columns if c not in UNCERTAINTY_FIELDS]
    pd.testing.assert_frame_equal(default_run.layer[fixed], other[fixed])
    assert not default_run.layer[UNCERTAINTY_FIELDS].equals(other[UNCERTAINTY_FIELDS])


@pytest.mark.parametrize("choices", [
    {"normalisation": "zscore", "level_method": "quantiles", "aggregation": "geometric"},
    {"normalisation": "rank", "level_method": "natural_breaks", "weighting": "entropy"},
    {"normalisation": "minmax100", "weighting": "pca", "profile_method": "ward"},
    {"normalisation": "percent_of_reference", "level_method": "quantiles",
     "imputation": "national", "treatment": "log"},
    {"normalisation": "distance_to_best", "level_method": "quantiles", "treatment": "sqrt"},
])
def test_every_method_choice_runs_end_to_end(joined, choices):
    table = run(joined, **choices).layer
    assert table["innov_idx"].notna().sum() == 17
    assert table["innov_rank"].min() == 1


def test_imputation_none_leaves_the_region_out_and_says_so(joined):
    outcome = run(joined, imputation="none")
    table = outcome.layer
    assert table["in_index"].sum() == 16
    left_out = table[table["in_index"] == 0]
    assert left_out["innov_idx"].isna().all()
    assert any("manuf_va" in note for note in outcome.result.notes)


def test_user_groups_directions_and_derived_indicators(joined):
    options = index_options_from_text(
        potential="rd_exp, research", performance="grp_pc, manuf_prod",
        extra_groups="digital: internet, dig_lit, rd_per_res",
        derived="rd_per_res = rd_exp / research * 1000", lower_is_better="manuf_prod",
        runs=RUNS,
    )
    layer, national = joined
    result = index_layer(layer, IndexJob(options), national=national).result
    assert list(result.groups) == ["potential", "performance", "digital"]
    assert result.groups["performance"] == ["grp_pc", "manuf_prod"]
    assert "rd_per_res" in result.indicators
    # the catalogue says higher manufacturing output is better; the user's choice reverses it
    assert directions_for(["manuf_prod"])["manuf_prod"] == 1
    assert result.record["directions"]["manuf_prod"] == -1
    assert result.record["directions"]["grp_pc"] == 1


def test_helpers_of_the_uncertainty_analysis():
    assert _droppable({"a": ["x", "y"], "b": ["z"]}) == ["x", "y"]
    assert _droppable({"a": ["x", "y"], "b": ["y"]}) == ["x"]
    wide = wide_interval(pd.Series([1.0, 1.0]), pd.Series([4.0, 9.0]), regions=17)
    assert wide.tolist() == [False, True]  # 17 / 4 = 4.25 ranks


def frame_with(**columns):
    base = {"name": ["a", "b", "c", "d"], "x": [1.0, 2.0, 3.0, 4.0], "y": [4.0, 1.0, 2.0, 3.0]}
    base.update(columns)
    return pd.DataFrame(base)


BAD = {
    "constant indicator": (frame_with(y=[2.0] * 4), {}, ParameterError, "same value"),
    "missing everywhere": (frame_with(y=[np.nan] * 4), {}, TableFormatError, "no value in any"),
    "fewer than 3 regions": (frame_with().iloc[:2], {}, ParameterError, "at least 3"),
    "weights not positive": (frame_with(), {"weighting": "user",
                                            "user_weights": {"x": 0, "y": 0}},
                             ParameterError, "sum to a positive number"),
    "non-numeric field": (frame_with(y=["1", "2", "lots", "4"]), {}, ParameterError,
                          "'y' is not numeric"),
    "negative under log": (pd.DataFrame({"x": np.arange(10.0),
                                         "y": [-1.0, 1, 2, 2, 3, 3, 4, 4, 5, 1000]}),
                           {"treatment": "log"}, ParameterError, "cannot be log-transformed"),
    "thresholds out of order": (frame_with(), {"thresholds": (0.7, 0.3)}, ParameterError,
                                "two increasing numbers"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_inputs_get_a_clear_message(name):
    frame, choices, error, message = BAD[name]
    before = frame.copy()
    options = IndexOptions(groups={"potential": ["x", "y"]}, uncertainty=UncertaintySettings(
        runs=RUNS), **({"treatment": "none"} | choices))
    with pytest.raises(error, match=message):
        build_index(frame, options)
    pd.testing.assert_frame_equal(frame, before)


def test_cli_bad_input_exits_2_and_writes_nothing(tmp_path, capsys):
    output = tmp_path / "index.gpkg"
    code = main(["index", "--table", str(DEMO_TABLE), "--year", "2018", "--thresholds",
                 "0.7,0.3", "--runs", "20", "--output", str(output)])
    assert code == 2
    assert "two increasing numbers" in capsys.readouterr().err
    assert not output.exists()


def test_cli_index_writes_the_layer_and_its_tables(tmp_path, capsys):
    import pyogrio

    output = tmp_path / "index.gpkg"
    code = main(["index", "--table", str(DEMO_TABLE), "--year", "2018", "--runs", "50",
                 "--output", str(output)])
    assert code == 0, capsys.readouterr().err
    assert "Innovation index of 17 regions" in capsys.readouterr().out
    layers = set(pyogrio.list_layers(output)[:, 0])
    assert layers == {"regions_index", "method", "weights", "correlation", "treatment",
                      "missing_values"}


def test_unknown_choice_lists_the_valid_ones():
    with pytest.raises(KzInnovationError, match="Unknown normalisation 'min-max'.*minmax"):
        IndexOptions(normalisation="min-max")


def test_cancel_stops_the_uncertainty_runs_and_returns_nothing(joined):
    from kz_innovation_plugin.core.errors import CancelledError

    layer, national = joined
    calls = []
    fractions = []

    def cancel_after_two_checks():
        calls.append(1)
        return len(calls) > 2

    options = IndexOptions(uncertainty=UncertaintySettings(runs=RUNS))
    outcome = None
    with pytest.raises(CancelledError, match="cancelled; nothing was written"):
        outcome = index_layer(layer, IndexJob(options), national=national,
                              progress=fractions.append, cancelled=cancel_after_two_checks)
    # no outcome exists, so there is nothing a caller could write
    assert outcome is None
    # checked before runs 0, 20 and 40: the third check stops the analysis at run 40
    assert len(calls) == 3
    # the last progress report is run 20 of the uncertainty stage (30 % to 90 % of the job)
    assert max(fractions) == pytest.approx(0.3 + 0.6 * 20 / RUNS)
