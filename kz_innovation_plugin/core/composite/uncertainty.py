"""Uncertainty of ranks: a seeded Monte Carlo over the index's method choices.

Each run redraws the choices an analyst could defensibly have made (the OECD/JRC Handbook's
uncertainty analysis, chapter 1.7): the imputation method (when data are missing), the
normalisation, the aggregation, weights perturbed around the chosen ones, and one indicator
left out (or none).  The ranks of all runs give each region a median rank, a 90 % rank interval
(5th to 95th percentile) and the probability of being among the top regions.  numpy's
``default_rng`` draws every choice from one seed, so the same seed gives the same figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import CancelledError, ParameterError
from .aggregate import composite_index
from .missing import impute
from .normalise import normalise

#: a run leaves out one indicator, or none, with equal chances
LEAVE_NONE = None


@dataclass
class UncertaintySettings:
    """What the Monte Carlo varies.

    Attributes
    ----------
    runs : int
        Number of runs (the Handbook's examples use 1,000 or more).
    seed : int
        Seed of numpy's random generator.
    weight_noise : float
        Each weight is multiplied by a uniform factor in [1 - noise, 1 + noise].
    normalisations, aggregations, imputations : tuple of str
        The alternatives drawn from, with equal chances.
    leave_one_out : bool
        Whether a run may leave one indicator out.
    """

    runs: int = 1000
    seed: int = 1
    weight_noise: float = 0.25
    normalisations: tuple[str, ...] = ("minmax", "zscore", "rank")
    aggregations: tuple[str, ...] = ("arithmetic", "geometric")
    imputations: tuple[str, ...] = ("median", "mean")
    leave_one_out: bool = True

    def __post_init__(self) -> None:
        if int(self.runs) < 10:
            raise ParameterError(
                f"The uncertainty analysis needs at least 10 runs (1,000 recommended), "
                f"not {self.runs}."
            )
        if not 0 <= self.weight_noise < 1:
            raise ParameterError(
                f"Weight noise must be at least 0 and below 1 (0.25 perturbs weights by up to "
                f"25 %), not {self.weight_noise}."
            )


@dataclass
class UncertaintyResult:
    """Per region: ``rank_median``, ``rank_p05``, ``rank_p95``, ``top_probability``, ``wide``."""

    ranks: pd.DataFrame
    top_k: int
    settings: UncertaintySettings
    choices: pd.DataFrame = field(repr=False)   # one row per run: what it drew
    notes: list[str] = field(default_factory=list)


def _perturbed(weights: pd.Series, keep: list[str], noise: float, rng) -> pd.Series:
    factors = rng.uniform(1 - noise, 1 + noise, size=len(weights))
    perturbed = (weights * factors)[keep]
    return perturbed / perturbed.sum()


def _droppable(groups: dict[str, list[str]]) -> list[str]:
    """Indicators whose removal leaves every group they belong to non-empty."""
    members = [indicator for group in groups.values() for indicator in group]
    return [
        indicator for indicator in dict.fromkeys(members)
        if all(len(group) > 1 for group in groups.values() if indicator in group)
    ]


class _RunCache:
    """Imputed and normalised tables shared by the runs that drew the same methods.

    The imputation depends only on its method, and every normalisation works column by
    column, so leaving an indicator out only drops its column: each (imputation,
    normalisation) pair is normalised once over all grouped indicators and each run selects
    its columns.  Tables are computed on first use, so errors surface at the same run as
    before; a pair whose full table cannot be normalised (e.g. a constant indicator that
    some runs leave out) falls back to normalising each run's own columns.
    """

    def __init__(self, values, directions, groups, national, has_gaps) -> None:
        self._values = values
        self._directions = directions
        self._national = national
        self._has_gaps = has_gaps
        self._all = list(dict.fromkeys(i for members in groups.values() for i in members))
        self._filled: dict[str, pd.DataFrame] = {}
        self._normalised: dict[tuple[str, str], pd.DataFrame | None] = {}

    def filled(self, imputation: str) -> pd.DataFrame:
        if not self._has_gaps:
            return self._values
        if imputation not in self._filled:
            self._filled[imputation] = impute(
                self._values, imputation, self._national, max_missing_share=0.999
            ).values
        return self._filled[imputation]

    def normalised(self, imputation: str, normalisation: str, used: list[str]) -> pd.DataFrame:
        filled = self.filled(imputation)
        key = (imputation, normalisation)
        if key not in self._normalised:
            try:
                self._normalised[key] = normalise(
                    filled[self._all], self._directions[self._all], normalisation
                )
            except ParameterError:
                self._normalised[key] = None   # not safe to share: normalise per run
        full = self._normalised[key]
        if full is None:
            return normalise(filled[used], self._directions[used], normalisation)
        return full[used]


def wide_interval(p05: pd.Series, p95: pd.Series, regions: int) -> pd.Series:
    """A rank interval is wide when it spans more than a quarter of the ranks (at least 3)."""
    return (p95 - p05) > max(3.0, regions / 4)


def rank_uncertainty(
    values: pd.DataFrame,
    directions: pd.Series,
    groups: dict[str, list[str]],
    indicator_weights: dict[str, pd.Series],
    group_weights: pd.Series,
    top_k: int,
    settings: UncertaintySettings | None = None,
    national: pd.Series | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> UncertaintyResult:
    """Ranks of the regions over ``settings.runs`` alternative indices.

    Parameters
    ----------
    values : pandas.DataFrame
        Treated indicator values of the regions in the index (gaps still missing, so that the
        imputation can vary).
    directions : pandas.Series
        +1 or -1 per indicator.
    groups, indicator_weights, group_weights
        The chosen index: group members, weights per group (summing to 1) and group weights.
    top_k : int
        How many regions count as "top" (the regions of the top level in the chosen index).
    settings : UncertaintySettings, optional
        Runs, seed and alternatives.
    national : pandas.Series, optional
        National values, passed to the imputation (not drawn unless listed in settings).
    progress, cancelled : callable, optional
        Report the fraction done; ask whether to stop (raises :class:`CancelledError`).

    Returns
    -------
    UncertaintyResult
    """
    settings = settings or UncertaintySettings()
    rng = np.random.default_rng(settings.seed)
    regions = values.index
    has_gaps = bool(values.isna().to_numpy().any())
    droppable = _droppable(groups) if settings.leave_one_out else []
    options = [LEAVE_NONE, *droppable]
    ranks = np.empty((settings.runs, len(regions)), dtype="float64")
    cache = _RunCache(values, directions, groups, national, has_gaps)
    drawn = []
    notes: list[str] = []
    for run in range(settings.runs):
        if cancelled is not None and run % 20 == 0 and cancelled():
            raise CancelledError("The uncertainty analysis was cancelled; nothing was written.")
        imputation = str(rng.choice(settings.imputations)) if has_gaps else "none"
        normalisation = str(rng.choice(settings.normalisations))
        aggregation = str(rng.choice(settings.aggregations))
        left_out = options[int(rng.integers(len(options)))]
        run_groups = {
            name: [indicator for indicator in members if indicator != left_out]
            for name, members in groups.items()
        }
        used = list(dict.fromkeys(i for members in run_groups.values() for i in members))
        normalised = cache.normalised(imputation, normalisation, used)
        weights = {
            name: _perturbed(indicator_weights[name], members, settings.weight_noise, rng)
            for name, members in run_groups.items()
        }
        group_factors = _perturbed(group_weights, list(group_weights.index),
                                   settings.weight_noise, rng)
        _, index, _ = composite_index(normalised, run_groups, weights, group_factors, aggregation)
        ranks[run] = index.rank(ascending=False, method="min").to_numpy()
        drawn.append((imputation, normalisation, aggregation, left_out or ""))
        if progress is not None and run % 20 == 0:
            progress(run / settings.runs)
    p05, median, p95 = np.percentile(ranks, [5, 50, 95], axis=0)
    table = pd.DataFrame(
        {
            "rank_median": median,
            "rank_p05": p05,
            "rank_p95": p95,
            "top_probability": (ranks <= top_k).mean(axis=0) if top_k > 0 else 0.0,
        },
        index=regions,
    )
    table["wide"] = wide_interval(table["rank_p05"], table["rank_p95"], len(regions))
    if top_k == 0:
        notes.append("No region is in the top level, so every top-level probability is 0.")
    choices = pd.DataFrame(drawn, columns=["imputation", "normalisation", "aggregation",
                                           "left_out"])
    if progress is not None:
        progress(1.0)
    return UncertaintyResult(table, int(top_k), settings, choices, notes)
