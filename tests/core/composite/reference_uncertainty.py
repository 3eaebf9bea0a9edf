"""The uncertainty analysis as it was computed before it was vectorised: a test reference.

One run at a time: draw the run's choices, impute and normalise (each pair of methods once,
then pick the run's columns), perturb the weights, aggregate with pandas (``DataFrame @
Series`` and ``numpy.log`` of a DataFrame, as the aggregation did then) and rank with pandas.
The vectorised analysis in ``composite/uncertainty.py`` must give the same ranks, choices and
figures for the same seed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kz_innovation_plugin.core.composite.chain import ChainState
from kz_innovation_plugin.core.composite.missing import impute
from kz_innovation_plugin.core.composite.normalise import check_table, normalise
from kz_innovation_plugin.core.composite.uncertainty import (
    UncertaintySettings,
    _droppable,
    wide_interval,
)
from kz_innovation_plugin.core.composite.weights import normalise_weights
from kz_innovation_plugin.core.errors import ParameterError

SHIFT = 0.01
ROUNDING = 1e-12


def _aggregate(table: pd.DataFrame, weights: pd.Series, method: str) -> pd.Series:
    """The aggregation's arithmetic before it was shared with the uncertainty runs."""
    table = check_table(table, "aggregating")
    w = normalise_weights(pd.Series(weights), "the reference")
    used = table[w.index]
    if method == "arithmetic":
        return used @ w
    smallest = float(used.loc[:, w > 0].to_numpy().min())
    offset = 0.0 if smallest > 0 else SHIFT - smallest
    logs = np.log(used.loc[:, w > 0] + offset)
    result = np.exp(logs @ w[w > 0]) - offset
    return result.mask(result.abs() <= ROUNDING * offset, 0.0)


def _index(normalised: pd.DataFrame, groups: dict, weights: dict, group_weights: pd.Series,
           method: str) -> pd.Series:
    sub = pd.DataFrame({name: _aggregate(normalised, weights[name], method)
                        for name in groups})
    return _aggregate(sub, group_weights, method)


def _perturbed(weights: pd.Series, keep: list[str], noise: float, rng) -> pd.Series:
    factors = rng.uniform(1 - noise, 1 + noise, size=len(weights))
    perturbed = (weights * factors)[keep]
    return perturbed / perturbed.sum()


class _Tables:
    """Imputed and normalised tables per pair of methods, computed on first use."""

    def __init__(self, values: pd.DataFrame, chosen: ChainState, has_gaps: bool) -> None:
        self.values, self.chosen, self.has_gaps = values, chosen, has_gaps
        self.all = chosen.indicators
        self.filled: dict[str, pd.DataFrame] = {}
        self.normalised: dict[tuple[str, str], pd.DataFrame | None] = {}

    def table(self, imputation: str, normalisation: str, used: list[str]) -> pd.DataFrame:
        if not self.has_gaps:
            filled = self.values
        else:
            if imputation not in self.filled:
                self.filled[imputation] = impute(self.values, imputation, self.chosen.national,
                                                 max_missing_share=0.999).values
            filled = self.filled[imputation]
        directions = self.chosen.directions
        key = (imputation, normalisation)
        if key not in self.normalised:
            try:
                self.normalised[key] = normalise(filled[self.all], directions[self.all],
                                                 normalisation)
            except ParameterError:
                self.normalised[key] = None
        if self.normalised[key] is None:
            return normalise(filled[used], directions[used], normalisation)
        return self.normalised[key][used]


def reference_runs(chosen: ChainState,
                   settings: UncertaintySettings) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    """The rank table, the choices and every run's index (runs x regions), run by run."""
    values = chosen.treatment.values.where(~chosen.imputation.imputed)
    rng = np.random.default_rng(settings.seed)
    has_gaps = bool(values.isna().to_numpy().any())
    options = [None, *(_droppable(chosen.groups) if settings.leave_one_out else [])]
    tables = _Tables(values, chosen, has_gaps)
    indices = np.empty((settings.runs, len(values)))
    ranks = np.empty((settings.runs, len(values)))
    drawn = []
    for run in range(settings.runs):
        imputation = str(rng.choice(settings.imputations)) if has_gaps else "none"
        normalisation = str(rng.choice(settings.normalisations))
        aggregation = str(rng.choice(settings.aggregations))
        left_out = options[int(rng.integers(len(options)))]
        groups = {name: [i for i in members if i != left_out]
                  for name, members in chosen.groups.items()}
        used = list(dict.fromkeys(i for members in groups.values() for i in members))
        normalised = tables.table(imputation, normalisation, used)
        weights = {name: _perturbed(chosen.weights.weights[name], members,
                                    settings.weight_noise, rng)
                   for name, members in groups.items()}
        group_weights = _perturbed(chosen.group_weights, list(chosen.group_weights.index),
                                   settings.weight_noise, rng)
        index = _index(normalised, groups, weights, group_weights, aggregation)
        indices[run] = index.to_numpy()
        ranks[run] = index.rank(ascending=False, method="min").to_numpy()
        drawn.append((imputation, normalisation, aggregation, left_out or ""))
    top_k = chosen.top_k
    p05, median, p95 = np.percentile(ranks, [5, 50, 95], axis=0)
    table = pd.DataFrame(
        {"rank_median": median, "rank_p05": p05, "rank_p95": p95,
         "top_probability": (ranks <= top_k).mean(axis=0) if top_k > 0 else 0.0},
        index=values.index,
    )
    table["wide"] = wide_interval(table["rank_p05"], table["rank_p95"], len(values))
    choices = pd.DataFrame(drawn, columns=["imputation", "normalisation", "aggregation",
                                           "left_out"])
    return table, choices, indices
