"""The index chain as data: one ordered list of steps, each holding its own options.

COINr's shape: every step of a composite indicator is a small object that records its own
arguments, so the chain can be listed (:meth:`IndexChain.record`), rebuilt from that list
(:meth:`IndexChain.from_record`) and re-run with other choices (:meth:`IndexChain.replace`).
:func:`~.index.build_index` runs the whole list once; the uncertainty analysis
(:mod:`.uncertainty`) re-runs the same ``impute`` and ``normalise`` steps with the options each
run drew, and aggregates with the same kernel (:func:`.aggregate.weighted_means`).

A step is a frozen dataclass with a class attribute ``name`` and a method
``run(state, context) -> ChainState``: it reads what earlier steps left in the
:class:`ChainState` and returns a new state with its own result added (the state passed in
is not changed, so a recorded state can be re-run from).  This module holds the five steps
that make the index (``impute``, ``treat``, ``normalise``, ``weight``, ``aggregate``); the
selection of the indicators that feeds them and the analyses of the finished index are steps
of :mod:`.index`, which also lists the whole chain (:func:`~.index.index_chain`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, ClassVar, Protocol

import numpy as np
import pandas as pd

from ..errors import ParameterError
from .aggregate import GEOMETRIC_SHIFT, composite_index
from .coherence import CoherenceResult
from .missing import ImputationResult, impute
from .normalise import normalise
from .profiles import ProfileResult
from .treatment import TreatmentResult, treat
from .weights import WeightsResult, compute_weights, normalise_weights

#: every step type by its name, for :meth:`IndexChain.from_record`
STEP_TYPES: dict[str, type] = {}


def register(step_type: type) -> type:
    """Class decorator: make a step type known to :meth:`IndexChain.from_record`."""
    STEP_TYPES[step_type.name] = step_type
    return step_type


@dataclass(frozen=True)
class ChainState:
    """What the steps pass on: the inputs, then each step's result.

    Attributes
    ----------
    values : pandas.DataFrame
        The current table, regions in rows: the input table, then its grouped indicators
        as numbers, then imputed, then treated.
    directions : pandas.Series or None
        +1 or -1 per indicator (from the ``select`` step on).
    groups : dict of str to list of str, or None
        Group -> indicators (from the ``select`` step on).
    national : pandas.Series or None
        National value per indicator (imputation, reference, scoreboard).
    imputation, treatment, normalised, weights, group_weights, subindices, index
        Results of the index steps (None until the step ran).
    rank, levels, relative, performance, coherence, uncertainty, profiles
        Results of the analyses of the finished index (see :mod:`.index`).
    notes : tuple of str
        Sentences for the log, in the order of the steps.
    """

    values: pd.DataFrame
    directions: pd.Series | None = None
    groups: dict[str, list[str]] | None = None
    national: pd.Series | None = None
    imputation: ImputationResult | None = None
    treatment: TreatmentResult | None = None
    normalised: pd.DataFrame | None = None
    weights: WeightsResult | None = None
    group_weights: pd.Series | None = None
    subindices: pd.DataFrame | None = None
    index: pd.Series | None = None
    rank: pd.Series | None = None
    levels: pd.Series | None = None
    relative: pd.Series | None = None
    performance: pd.Series | None = None
    coherence: CoherenceResult | None = None
    uncertainty: Any = None
    profiles: ProfileResult | None = None
    notes: tuple[str, ...] = ()

    def with_notes(self, notes: Iterable[str], **results: Any) -> ChainState:
        """A new state with ``results`` set and ``notes`` added after the earlier ones."""
        return replace(self, notes=(*self.notes, *notes), **results)

    @property
    def indicators(self) -> list[str]:
        """Every grouped indicator once, in group order."""
        groups = self.groups or {}
        return list(dict.fromkeys(i for members in groups.values() for i in members))

    @property
    def top_k(self) -> int:
        """How many regions are in the top level ("high")."""
        return int((self.levels == "high").sum()) if self.levels is not None else 0


@dataclass(frozen=True)
class RunContext:
    """What a step may use besides the state: the chain it belongs to and the job's hooks.

    ``progress`` takes the fraction of the step done (0..1), already mapped onto the
    step's share of the whole job.
    """

    chain: IndexChain
    progress: Callable[[float], None] = lambda fraction: None
    cancelled: Callable[[], bool] | None = None


class Step(Protocol):
    """The shape of every step."""

    name: ClassVar[str]

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Apply the step to ``state``; return the new state."""


@register
@dataclass(frozen=True)
class Impute:
    """Leave out regions with too many gaps and fill the rest (:func:`.missing.impute`)."""

    method: str = "median"
    max_missing_share: float = 0.5
    name: ClassVar[str] = "impute"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Impute ``state.values``."""
        result = impute(state.values, self.method, state.national, self.max_missing_share)
        return state.with_notes(result.notes, values=result.values, imputation=result)


@register
@dataclass(frozen=True)
class Treat:
    """Winsorise or transform skewed indicators (:func:`.treatment.treat`)."""

    method: str = "winsorise"
    max_points: int = 5
    name: ClassVar[str] = "treat"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Treat ``state.values``."""
        result = treat(state.values, self.method, self.max_points)
        return state.with_notes(result.notes, values=result.values, treatment=result)


@register
@dataclass(frozen=True)
class Normalise:
    """Put the indicators on one scale (:func:`.normalise.normalise`).

    ``percent_of_reference`` takes the national values as reference, transformed as their
    indicators were (log or square root), when the state has a national row.  ``bounds``,
    when given, is a fixed reference (:func:`.normalise.reference_bounds`) used instead of
    the table's own minimum, maximum, mean and sd, so that several tables (the years of a
    panel) are normalised on one scale; ``rank`` takes none.
    """

    method: str = "minmax"
    bounds: dict[str, dict[str, float]] | None = None
    name: ClassVar[str] = "normalise"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Normalise ``state.values`` into ``state.normalised``."""
        reference = None
        if self.method == "percent_of_reference" and state.national is not None:
            reference = treated_reference(state.national, state.treatment)
        normalised = normalise(state.values, state.directions, self.method, reference,
                               bounds=self.bounds)
        return replace(state, normalised=normalised)


def treated_reference(national: pd.Series, treatment: TreatmentResult | None) -> pd.Series:
    """National values transformed like their indicators (log or square root)."""
    reference = national.copy()
    if treatment is None:
        return reference
    actions = treatment.report.set_index("indicator")["action"]
    for indicator, action in actions.items():
        if action == "log":
            reference[indicator] = np.log(reference[indicator])
        elif action == "sqrt":
            reference[indicator] = np.sqrt(reference[indicator])
    return reference


@register
@dataclass(frozen=True)
class Weight:
    """Indicator weights per group (:func:`.weights.compute_weights`) and group weights.

    ``group_weights`` maps a group to its raw weight (1 when not given); they are divided by
    their sum.
    """

    method: str = "equal"
    user_weights: dict[str, float] | None = None
    group_weights: dict[str, float] | None = None
    name: ClassVar[str] = "weight"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Weigh the indicators of ``state.normalised``."""
        result = compute_weights(state.normalised, state.groups, self.method, self.user_weights)
        raw = pd.Series({name: (self.group_weights or {}).get(name, 1.0)
                         for name in state.groups}, dtype="float64")
        group_weights = normalise_weights(raw, "the groups")
        return state.with_notes(result.notes, weights=result, group_weights=group_weights)


@register
@dataclass(frozen=True)
class Aggregate:
    """Sub-indices and the index (:func:`.aggregate.composite_index`)."""

    method: str = "arithmetic"
    shift: float = GEOMETRIC_SHIFT
    name: ClassVar[str] = "aggregate"

    def run(self, state: ChainState, context: RunContext) -> ChainState:
        """Aggregate ``state.normalised`` with the state's weights."""
        subindices, index, notes = composite_index(
            state.normalised, state.groups, state.weights.weights, state.group_weights,
            method=self.method, shift=self.shift,
        )
        return state.with_notes(notes, subindices=subindices, index=index)


@dataclass(frozen=True)
class IndexChain:
    """An ordered list of steps, each with its options.

    Attributes
    ----------
    steps : tuple
        The steps, run in this order; no two share a name.
    marks : dict of str to float
        Fraction of the job done after the named steps, for progress reports; a step
        without a mark reports nothing and the next marked step's share starts where the
        last mark ended.
    """

    steps: tuple[Step, ...]
    marks: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        names = [step.name for step in self.steps]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ParameterError(
                f"The index chain lists the step(s) {', '.join(repeated)} more than once; "
                "give each step once."
            )

    @property
    def names(self) -> list[str]:
        """The names of the steps, in order."""
        return [step.name for step in self.steps]

    def step(self, name: str) -> Step:
        """The step called ``name``."""
        for step in self.steps:
            if step.name == name:
                return step
        raise ParameterError(
            f"The index chain has no step {name!r}; its steps are: {', '.join(self.names)}."
        )

    def replace(self, name: str, **options: Any) -> IndexChain:
        """The same chain with other options for the step called ``name``."""
        current = self.step(name)
        steps = tuple(replace(step, **options) if step is current else step
                      for step in self.steps)
        return replace(self, steps=steps)

    def run(
        self,
        state: ChainState,
        *,
        only: Iterable[str] | None = None,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ChainState:
        """Run the steps (or only the ones named in ``only``, in chain order) on ``state``."""
        chosen = None if only is None else set(only)
        unknown = sorted((chosen or set()) - set(self.names))
        if unknown:
            raise ParameterError(
                f"The index chain has no step {', '.join(unknown)}; its steps are: "
                f"{', '.join(self.names)}."
            )
        report = progress or (lambda fraction: None)
        start = 0.0
        for step in self.steps:
            end = self.marks.get(step.name, start)
            if chosen is None or step.name in chosen:
                context = RunContext(self, _scaled(report, start, end), cancelled)
                state = step.run(state, context)
                if step.name in self.marks:
                    report(end)
            start = end
        return state

    def record(self) -> list[dict[str, Any]]:
        """Every step's name and options, in order: enough to rebuild the chain."""
        return [{"step": step.name, **asdict(step)} for step in self.steps]

    @classmethod
    def from_record(cls, record: list[dict[str, Any]],
                    marks: dict[str, float] | None = None) -> IndexChain:
        """Rebuild a chain from :meth:`record`'s list.

        The step types must be registered (:func:`register`); importing :mod:`.index`
        registers the steps of the index.
        """
        steps = []
        for entry in record:
            options = dict(entry)
            name = options.pop("step", None)
            if name not in STEP_TYPES:
                raise ParameterError(
                    f"Unknown index step {name!r} in the record; known steps: "
                    f"{', '.join(STEP_TYPES)}."
                )
            step_type = STEP_TYPES[name]
            restore = getattr(step_type, "from_options", None)
            steps.append(restore(options) if restore else step_type(**options))
        return cls(tuple(steps), dict(marks or {}))


def _scaled(report: Callable[[float], None], start: float,
            end: float) -> Callable[[float], None]:
    """A progress callback for one step: 0..1 of the step onto start..end of the job (never
    past ``end``, which the chain reports itself when the step is done)."""
    return lambda fraction: report(min(end, start + (end - start) * fraction))
