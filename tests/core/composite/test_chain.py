"""The index chain as data: one list of steps, recorded, rebuilt, re-run, shared."""

from __future__ import annotations

import ast
import inspect
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from kz_innovation_plugin.core.composite import chain as chain_module
from kz_innovation_plugin.core.composite.chain import IndexChain, Normalise
from kz_innovation_plugin.core.composite.index import (
    IndexOptions,
    build_index,
    index_chain,
    run_index,
)
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.errors import ParameterError
from tests.core.composite.test_uncertainty import GROUPS, random_regions

COMPOSITE = Path(chain_module.__file__).parent
STEPS = ["select", "impute", "treat", "normalise", "weight", "aggregate", "levels",
         "scoreboard", "coherence", "uncertainty", "profiles"]
RUNS = UncertaintySettings(runs=40, seed=3)


@pytest.fixture(scope="module")
def frame():
    return random_regions(30, seed=1)


@pytest.fixture(scope="module")
def result(frame):
    return build_index(frame, IndexOptions(groups=GROUPS, directions={"e": -1},
                                           uncertainty=RUNS))


def test_build_index_runs_one_list_of_steps_with_their_options(result):
    assert result.chain.names == STEPS
    record = result.chain.record()
    assert [entry["step"] for entry in record] == STEPS
    assert record[1] == {"step": "impute", "method": "median", "max_missing_share": 0.5}
    assert record[0]["groups"] == GROUPS and record[0]["directions"] == {"e": -1}
    assert record[9]["settings"]["runs"] == 40


def test_the_chain_reruns_from_its_record(frame, result):
    # through JSON, as a record stored with the outputs would come back
    record = json.loads(json.dumps(result.chain.record()))
    again = run_index(IndexChain.from_record(record), frame)
    pd.testing.assert_frame_equal(again.table, result.table, check_exact=True)
    assert again.record == result.record
    assert again.notes == result.notes


def test_a_step_replaced_is_the_index_of_the_other_options(frame, result):
    changed = result.chain.replace("normalise", method="rank").replace(
        "levels", method="quantiles")
    assert result.chain.step("normalise").method == "minmax"   # the original is unchanged
    options = IndexOptions(groups=GROUPS, directions={"e": -1}, normalisation="rank",
                           level_method="quantiles", uncertainty=RUNS)
    pd.testing.assert_frame_equal(run_index(changed, frame).table,
                                  build_index(frame, options).table, check_exact=True)


_CALLS: list[str] = []


@dataclass(frozen=True)
class _CountingNormalise(Normalise):
    """The normalise step, noting every method it runs."""

    def run(self, state, context):
        _CALLS.append(self.method)
        return super().run(state, context)


def test_the_uncertainty_runs_rerun_the_chains_own_steps(frame, result):
    steps = tuple(_CountingNormalise(step.method) if step.name == "normalise" else step
                  for step in result.chain.steps)
    _CALLS.clear()
    again = run_index(IndexChain(steps), frame)
    # the chosen index, then each normalisation the runs drew (once per imputation drawn)
    assert _CALLS[0] == "minmax"
    assert set(_CALLS[1:]) == {"minmax", "zscore", "rank"}
    assert len(_CALLS) == 1 + 2 * 3
    pd.testing.assert_frame_equal(again.table, result.table, check_exact=True)


def test_progress_follows_the_steps(frame):
    fractions = []
    build_index(frame, IndexOptions(groups=GROUPS, uncertainty=RUNS), progress=fractions.append)
    assert fractions == sorted(fractions)
    for mark in (0.2, 0.3, 0.9, 0.95, 1.0):
        assert mark in fractions


def test_bad_chains_are_refused_with_the_step_named(result):
    with pytest.raises(ParameterError, match="no step 'weights'.*select, impute"):
        result.chain.replace("weights", method="pca")
    with pytest.raises(ParameterError, match="lists the step\\(s\\) treat more than once"):
        IndexChain((*result.chain.steps, result.chain.step("treat")))
    with pytest.raises(ParameterError, match="Unknown index step 'smooth'"):
        IndexChain.from_record([{"step": "smooth", "span": 3}])
    with pytest.raises(ParameterError, match="no step zscore"):
        result.chain.run(None, only=["zscore"])


def test_index_chain_follows_the_options():
    options = IndexOptions(imputation="mean", treatment="log", normalisation="zscore",
                           weighting="entropy", aggregation="geometric",
                           level_method="natural_breaks", profile_k=3)
    chain = index_chain(options)
    assert chain.step("impute").method == "mean"
    assert chain.step("treat").method == "log"
    assert chain.step("weight").method == "entropy"
    assert chain.step("aggregate").method == "geometric"
    assert chain.step("levels").method == "natural_breaks"
    assert chain.step("profiles").k == 3


def _positional(node: ast.Call) -> int:
    return sum(not isinstance(argument, ast.Starred) for argument in node.args)


def test_no_call_in_the_index_passes_more_than_five_positional_arguments():
    crowded = []
    for path in sorted(COMPOSITE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _positional(node) > 5:
                crowded.append(f"{path.name}:{node.lineno} {ast.unparse(node.func)}")
    assert crowded == []


def test_no_function_of_the_index_takes_more_than_five_positional_parameters():
    import importlib
    import pkgutil

    crowded = []
    package = "kz_innovation_plugin.core.composite"
    for info in pkgutil.iter_modules([str(COMPOSITE)]):
        module = importlib.import_module(f"{package}.{info.name}")
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) != module.__name__:
                continue
            functions = [(name, value)] if inspect.isfunction(value) else [
                (f"{name}.{key}", item) for key, item in vars(value).items()
                if inspect.isfunction(item) and key != "__init__"
            ] if inspect.isclass(value) else []
            for qualified, function in functions:
                parameters = [p for p in inspect.signature(function).parameters.values()
                              if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                              and p.name not in ("self", "cls")]
                if len(parameters) > 5:
                    crowded.append(f"{info.name}.{qualified}")
    assert crowded == []
