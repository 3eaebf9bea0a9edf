"""Uncertainty of ranks: a seeded Monte Carlo over the index's method choices.

Each run redraws the choices an analyst could defensibly have made (the OECD/JRC Handbook's
uncertainty analysis, chapter 1.7): the imputation method (when data are missing), the
normalisation, the aggregation, weights perturbed around the chosen ones, and one indicator
left out (or none).  The ranks of all runs give each region a median rank, a 90 % rank interval
(5th to 95th percentile) and the probability of being among the top regions.  numpy's
``default_rng`` draws every choice from one seed, so the same seed gives the same figures.

How the runs are computed
-------------------------
The runs re-run the index's own chain (:mod:`.chain`): its ``impute`` and ``normalise`` steps,
with the methods a run drew, on the treated indicators with their gaps put back (so that the
imputation can vary; outliers are treated once, as chosen).  Every normalisation works column
by column, so leaving an indicator out only drops its column: each (imputation,
normalisation) pair drawn is normalised once, over all indicators, and the runs pick their
columns from it.  The weights and the aggregation are then computed for a block of runs at
once, as arrays of runs x indicators x regions, with the same arithmetic as the index
(:func:`.aggregate.weighted_means`), and ranked in one sort per block.

The random draws are made run by run, in the same order and with the same numpy calls as the
run-by-run loop this replaced, so a seed gives the same choices and weights.  The weights are
normalised in the same order of operations (rows summed in memory order, as numpy sums a
vector), and each run's weighted sums are the BLAS product that ``DataFrame @ Series``
computed, on the same memory layout.  On numpy 1.26 with OpenBLAS 0.3.23 every run's index
equals the run-by-run one to the last bit, and the median ranks, rank intervals and top-level
probabilities are identical (1,000 runs on the bundled 2018 data, tables of 50, 3,000 and
100,000 regions).  A BLAS whose kernels sum in another order could move an index by a few
units in the last place; the tests therefore require 1e-12 for every run's index and exact
equality for every rank figure (``tests/core/composite/test_uncertainty.py``).

Leaving a drawn normalisation to the chain's own step means that ``percent_of_reference``,
if it is listed in :attr:`UncertaintySettings.normalisations`, takes the national values as
its reference, as the index does (the run-by-run loop used the regional mean); the default
alternatives do not use a reference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from ..errors import CancelledError, ParameterError
from .aggregate import weighted_means
from .chain import ChainState, IndexChain

#: a run leaves out one indicator, or none, with equal chances
LEAVE_NONE = None
#: the cancel hook is asked, and progress reported, every this many runs
CHECK_EVERY = 20
#: most values (runs x indicators x regions) one block of runs holds at once (32 MB)
BLOCK_VALUES = 1 << 22


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


def _droppable(groups: dict[str, list[str]]) -> list[str]:
    """Indicators whose removal leaves every group they belong to non-empty."""
    members = [indicator for group in groups.values() for indicator in group]
    return [
        indicator for indicator in dict.fromkeys(members)
        if all(len(group) > 1 for group in groups.values() if indicator in group)
    ]


def wide_interval(p05: pd.Series, p95: pd.Series, regions: int) -> pd.Series:
    """A rank interval is wide when it spans more than a quarter of the ranks (at least 3)."""
    return (p95 - p05) > max(3.0, regions / 4)


@dataclass
class Draws:
    """What the runs of one block drew, run by run."""

    imputation: list[str] = field(default_factory=list)
    normalisation: list[str] = field(default_factory=list)
    aggregation: list[str] = field(default_factory=list)
    left_out: list[str | None] = field(default_factory=list)
    factors: list[list[np.ndarray]] = field(default_factory=list)   # per run, per group
    group_factors: list[np.ndarray] = field(default_factory=list)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """One row per run for :attr:`UncertaintyResult.choices`."""
        return list(zip(self.imputation, self.normalisation, self.aggregation,
                        [name or "" for name in self.left_out]))


@dataclass(frozen=True)
class _Group:
    """One group's weights and, per indicator left out, the columns and weights it keeps."""

    base: np.ndarray                                   # chosen weights, in their own order
    kept: dict[str | None, tuple[np.ndarray, np.ndarray]]  # left out -> (columns, weights)


class _Normalised:
    """Normalised tables of the choices drawn, stacked as (tables, indicators, regions).

    A table is computed by re-running the chain's ``impute`` and ``normalise`` steps with the
    methods drawn, on first use.  A pair whose full table cannot be normalised (for example
    a constant indicator that some runs leave out) is normalised per indicator left out, so
    that a run that keeps the offending indicator raises the step's own error.
    """

    def __init__(self, chain: IndexChain, start: ChainState, has_gaps: bool) -> None:
        self._chain = chain
        self._start = start
        self._has_gaps = has_gaps
        self._all = start.indicators
        self._tables: list[np.ndarray] = []
        self._slots: dict[tuple, int] = {}
        self._filled: dict[str, ChainState] = {}
        self._stack: np.ndarray | None = None

    def _imputed(self, imputation: str) -> ChainState:
        if not self._has_gaps:
            return self._start
        if imputation not in self._filled:
            chain = self._chain.replace("impute", method=imputation)
            self._filled[imputation] = chain.run(self._start, only=["impute"])
        return self._filled[imputation]

    def _normalise(self, imputation: str, normalisation: str, used: list[str]) -> np.ndarray:
        state = self._imputed(imputation)
        if len(used) < len(self._all):
            state = replace(state, values=state.values[used])
        chain = self._chain.replace("normalise", method=normalisation)
        normalised = chain.run(state, only=["normalise"]).normalised
        table = np.full((len(self._all), len(normalised)), np.nan)
        positions = [self._all.index(name) for name in used]
        table[positions] = normalised[used].to_numpy(dtype="float64").T
        return table

    def slot(self, imputation: str, normalisation: str, left_out: str | None) -> int:
        """Where the table of these choices is in :meth:`stack`."""
        pair = (imputation, normalisation)
        key = self._slots.get(pair)
        if key is None:
            try:
                key = self._add(self._normalise(imputation, normalisation, self._all))
            except ParameterError:
                key = -1   # not safe to share: normalise per indicator left out
            self._slots[pair] = key
        if key >= 0:
            return key
        own = (imputation, normalisation, left_out)
        if own not in self._slots:
            used = [name for name in self._all if name != left_out]
            self._slots[own] = self._add(self._normalise(imputation, normalisation, used))
        return self._slots[own]

    def _add(self, table: np.ndarray) -> int:
        self._tables.append(table)
        self._stack = None
        return len(self._tables) - 1

    def stack(self) -> np.ndarray:
        """Every table computed so far: shape (tables, indicators, regions)."""
        if self._stack is None:
            self._stack = np.stack(self._tables)
        return self._stack


class UncertaintyRuns:
    """The runs of one uncertainty analysis: their draws, and the index of every run.

    Parameters
    ----------
    chain : IndexChain
        The index's chain; its ``impute`` and ``normalise`` steps are re-run with each run's
        methods.
    chosen : ChainState
        The chosen index, after its ``aggregate`` step (its treatment, imputation and
        weights are used).
    settings : UncertaintySettings
        Runs, seed and alternatives.
    """

    def __init__(self, chain: IndexChain, chosen: ChainState,
                 settings: UncertaintySettings) -> None:
        self.settings = settings
        treated = chosen.treatment.values.where(~chosen.imputation.imputed)
        self.regions = treated.index
        self.has_gaps = bool(treated.isna().to_numpy().any())
        self._start = replace(chosen, values=treated)
        self._rng = np.random.default_rng(settings.seed)
        self._options = [LEAVE_NONE, *(_droppable(chosen.groups)
                                       if settings.leave_one_out else [])]
        self._tables = _Normalised(chain, self._start, self.has_gaps)
        indicators = chosen.indicators
        self._groups = {
            name: _group_plan(chosen.weights.weights[name], members, indicators, self._options)
            for name, members in chosen.groups.items()
        }
        self._group_weights = chosen.group_weights
        self._order = [list(chosen.groups).index(name) for name in chosen.group_weights.index]
        self._block = max(1, BLOCK_VALUES // max(1, len(indicators) * len(self.regions)))

    def _draw(self, draws: Draws) -> None:
        """One run's choices, drawn in the order of the run-by-run analysis."""
        rng, settings = self._rng, self.settings
        low, high = 1 - settings.weight_noise, 1 + settings.weight_noise
        draws.imputation.append(str(rng.choice(settings.imputations))
                                if self.has_gaps else "none")
        draws.normalisation.append(str(rng.choice(settings.normalisations)))
        draws.aggregation.append(str(rng.choice(settings.aggregations)))
        draws.left_out.append(self._options[int(rng.integers(len(self._options)))])
        draws.factors.append([rng.uniform(low, high, size=len(group.base))
                              for group in self._groups.values()])
        draws.group_factors.append(rng.uniform(low, high, size=len(self._group_weights)))

    def blocks(
        self,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[Draws, np.ndarray]]:
        """Draw and compute the runs block by block.

        Yields
        ------
        draws : Draws
            What the block's runs drew.
        index : numpy.ndarray
            Shape (runs of the block, regions): each run's index.
        """
        runs = self.settings.runs
        for first in range(0, runs, self._block):
            draws = Draws()
            for run in range(first, min(first + self._block, runs)):
                if cancelled is not None and run % CHECK_EVERY == 0 and cancelled():
                    raise CancelledError(
                        "The uncertainty analysis was cancelled; nothing was written."
                    )
                self._draw(draws)
                if progress is not None and run % CHECK_EVERY == 0:
                    progress(run / runs)
            yield draws, self._indices(draws)

    def _indices(self, draws: Draws) -> np.ndarray:
        """The index of every run of a block: shape (runs, regions)."""
        slots = np.array([self._tables.slot(*choice) for choice in zip(
            draws.imputation, draws.normalisation, draws.left_out)])
        stack = self._tables.stack()
        methods = np.array(draws.aggregation)
        subindices = np.empty((len(slots), len(self._groups), len(self.regions)))
        for position, group in enumerate(self._groups.values()):
            factors = np.array([run[position] for run in draws.factors])
            # the group loses the indicator a run leaves out only when it is one of its own
            classes = [name if name in group.kept else None for name in draws.left_out]
            for dropped, (columns, kept) in group.kept.items():
                runs = np.array([name == dropped for name in classes])
                if runs.any():
                    weights = _renormalised(group.base * factors[runs], kept)
                    subindices[runs, position] = _means(stack, slots[runs], columns, weights,
                                                        methods[runs])
        factors = np.array(draws.group_factors)
        weights = _renormalised(self._group_weights.to_numpy() * factors,
                                np.arange(len(self._order)))
        ordered = np.ascontiguousarray(subindices[:, self._order])
        index = np.empty((len(slots), len(self.regions)))
        for method in dict.fromkeys(methods):
            runs = methods == method
            index[runs] = weighted_means(np.ascontiguousarray(ordered[runs]), weights[runs],
                                         method)[0]
        return index


def _group_plan(weights: pd.Series, members: list[str], indicators: list[str],
                options: list[str | None]) -> _Group:
    """The columns (in the stack) and weight positions a group keeps per indicator left out."""
    kept = {}
    for left_out in options:
        if left_out is not None and left_out not in members:
            continue
        keep = [name for name in members if name != left_out]
        kept[left_out] = (np.array([indicators.index(name) for name in keep]),
                          np.array([weights.index.get_loc(name) for name in keep]))
    return _Group(weights.to_numpy(dtype="float64"), kept)


def _renormalised(perturbed: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """The kept weights of each run divided by their sum, twice, as the run-by-run analysis
    did (once when perturbing, once when aggregating); rows summed in memory order."""
    kept = np.ascontiguousarray(perturbed[:, keep])
    kept = kept / kept.sum(axis=1, keepdims=True)
    return kept / kept.sum(axis=1, keepdims=True)


def _means(stack: np.ndarray, slots: np.ndarray, columns: np.ndarray, weights: np.ndarray,
           methods: np.ndarray) -> np.ndarray:
    """One group's sub-index in each run: the runs' tables, that group's columns."""
    result = np.empty((len(slots), stack.shape[2]))
    for method in dict.fromkeys(methods):
        runs = methods == method
        tables = np.ascontiguousarray(stack[slots[runs][:, None], columns[None, :]])
        result[runs] = weighted_means(tables, weights[runs], method)[0]
    return result


def min_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks of each row, 1 = the largest value, ties sharing the smallest rank.

    The same as pandas' ``rank(ascending=False, method="min")`` for values without NaN, for
    every row of a (runs, regions) array at once.
    """
    runs, regions = values.shape
    order = np.argsort(-values, axis=1)
    ordered = np.take_along_axis(values, order, axis=1)
    starts = np.ones(values.shape, dtype=bool)
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    positions = np.where(starts, np.arange(1, regions + 1), 0)
    ranks = np.empty(values.shape, dtype=np.int64)
    np.put_along_axis(ranks, order, np.maximum.accumulate(positions, axis=1), axis=1)
    return ranks


def rank_uncertainty(
    chain: IndexChain,
    chosen: ChainState,
    settings: UncertaintySettings | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> UncertaintyResult:
    """Ranks of the regions over ``settings.runs`` alternative indices.

    Parameters
    ----------
    chain : IndexChain
        The chain of the chosen index, re-run with each run's choices.
    chosen : ChainState
        The chosen index after its ``levels`` step: treated values (gaps are put back so
        that the imputation can vary), weights, and the top level, whose size counts as
        "top" (``chosen.top_k``).
    settings : UncertaintySettings, optional
        Runs, seed and alternatives.
    progress, cancelled : callable, optional
        Report the fraction done; ask whether to stop (raises :class:`CancelledError`).

    Returns
    -------
    UncertaintyResult
    """
    settings = settings or UncertaintySettings()
    runs = UncertaintyRuns(chain, chosen, settings)
    top_k = chosen.top_k
    ranks = np.empty((settings.runs, len(runs.regions)),
                     dtype=np.min_scalar_type(len(runs.regions)))
    drawn: list[tuple[str, str, str, str]] = []
    for draws, index in runs.blocks(progress, cancelled):
        ranks[len(drawn):len(drawn) + len(index)] = min_ranks(index)
        drawn += draws.rows()
    table = _rank_table(ranks, top_k, runs.regions)
    notes = []
    if top_k == 0:
        notes.append("No region is in the top level, so every top-level probability is 0.")
    choices = pd.DataFrame(drawn, columns=["imputation", "normalisation", "aggregation",
                                           "left_out"])
    if progress is not None:
        progress(1.0)
    return UncertaintyResult(table, int(top_k), settings, choices, notes)


def _rank_table(ranks: np.ndarray, top_k: int, regions: pd.Index) -> pd.DataFrame:
    """Median, 5th and 95th percentile rank and top-level share per region (in chunks of
    regions, so that the float copy of the ranks stays small)."""
    step = max(1, BLOCK_VALUES // len(ranks))
    parts = []
    for first in range(0, ranks.shape[1], step):
        chunk = ranks[:, first:first + step]
        p05, median, p95 = np.percentile(chunk.astype("float64"), [5, 50, 95], axis=0)
        top = (chunk <= top_k).mean(axis=0) if top_k > 0 else np.zeros(chunk.shape[1])
        parts.append((median, p05, p95, top))
    median, p05, p95, top = (np.concatenate(column) for column in zip(*parts))
    table = pd.DataFrame(
        {"rank_median": median, "rank_p05": p05, "rank_p95": p95, "top_probability": top},
        index=regions,
    )
    table["wide"] = wide_interval(table["rank_p05"], table["rank_p95"], len(regions))
    return table
