"""Markov chains of regions between classes: classic, spatial and LISA Markov (PySAL giddy).

* :func:`classic_markov`: each region-year falls in one of ``k`` classes (quantiles of all
  region-years pooled, quantiles within each year, or the analyst's cut-offs); the chain
  counts how often a region moves from class i in one year to class j in the next
  (``giddy.markov.Markov``).
* :func:`spatial_markov`: the same transitions split by the class of the region's spatial
  lag (its neighbours' average) at the start of each transition (Rey 2001;
  ``giddy.markov.Spatial_Markov``), with Bickenbach and Bode's tests of whether the
  neighbours' class changes the chances.
* :func:`lisa_markov`: transitions between the quadrants of the Moran scatter plot
  (``giddy.markov.LISA_Markov``), with the test of whether a region's moves and its
  neighbours' moves are independent.  Quadrants are reported in GeoDa's numbering, as the
  rest of the plugin does (1 High-High, 2 Low-Low, 3 Low-High, 4 High-Low); giddy runs in
  its own numbering and the matrices are reordered afterwards, because its independence
  test builds the expected counts in that numbering whatever ``geoda_quads`` says (with
  ``geoda_quads=True`` giddy 2.3.8 compares GeoDa-ordered counts with PySAL-ordered
  expectations).  The quadrants and transitions do not depend on significance; the
  pseudo p-values of each region-year come from the plugin's own local Moran
  (:func:`..autocorrelation.local.local_moran`, no correction), the same numbers its LISA
  tool reports, rather than from esda's numba engine, whose first call compiles for
  tens of seconds.

How few is too few
------------------
A row of a transition matrix is a set of shares of the moves out of one class.  With fewer
than :data:`MIN_ROW_TRANSITIONS` (5) moves a single region changes a share by 20
percentage points or more, and the chi-square tests giddy reports rest on the usual rule
of expected counts of at least 5 per cell (Cochran).  Rows below 5 are listed in the notes
as too thin to read, a note the result repeats among its ``warnings``; rows with no move
at all have no probabilities (left empty).  With the 17 to 20 regions of Kazakhstan and a
few years this is the normal case, not the exception: the notes say so plainly.

giddy (and through it numba and quantecon) and mapclassify are imported inside the
functions, so importing this module costs nothing to the other tools.  The permutation
tests draw from NumPy's global generator, as giddy and esda do; a fixed seed is set for the
call and the generator's previous state restored afterwards.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..autocorrelation.correction import check_alpha
from ..autocorrelation.inputs import check_permutations, check_seed
from ..autocorrelation.local import local_moran
from ..errors import ParameterError
from ..provenance import provenance_record
from ._wide import align_to_graph, library_version, row_standardised_w, wide_panel

#: rows of a transition matrix with fewer observed moves than this are too thin to read
MIN_ROW_TRANSITIONS = 5
#: fewest and most classes
MIN_CLASSES, MAX_CLASSES = 2, 10
#: GeoDa's quadrant labels (the plugin's LISA codes 1-4)
QUADRANTS = {1: "High-High", 2: "Low-Low", 3: "Low-High", 4: "High-Low"}
#: giddy's own quadrant numbering (1 HH, 2 LH, 3 LL, 4 HL) -> GeoDa's
PYSAL_TO_GEODA = {1: 1, 2: 3, 3: 2, 4: 4}
#: for each GeoDa quadrant in order, the position of its row in giddy's matrices
_GEODA_ROWS = [
    next(pysal - 1 for pysal, geoda in PYSAL_TO_GEODA.items() if geoda == code)
    for code in QUADRANTS
]


@dataclass
class MarkovResult:
    """A classic Markov chain of regions between classes (:func:`classic_markov`).

    Attributes
    ----------
    classes : list of str
        Class labels, lowest first (with their bounds where the classes are fixed).
    cutoffs : list of float or None
        Upper bounds of every class but the last (a value equal to a bound falls in the
        lower class); None for quantiles within each year.
    class_ids : pandas.DataFrame
        Regions x years: the class of each region-year, 0 for the lowest.
    transitions : pandas.DataFrame
        Counts of moves, rows "from" and columns "to", labelled by class.
    probabilities : pandas.DataFrame
        Each row's counts as shares; empty (NaN) for a class no region left.
    steady_state : pandas.Series or None
        The long-run share of regions per class; None when the observed chain does not
        connect the classes (reducible: no single long-run distribution).
    thin_rows : list of str
        Classes whose row has fewer than :data:`MIN_ROW_TRANSITIONS` moves.
    relative : bool
        Whether values were divided by each year's mean before classing.
    notes : list of str
    provenance : dict
    warnings : list of str
        The notes a reader must not miss (rows too thin to read), each also in ``notes``.
    """

    classes: list[str]
    cutoffs: list[float] | None
    class_ids: pd.DataFrame
    transitions: pd.DataFrame
    probabilities: pd.DataFrame
    steady_state: pd.Series | None
    thin_rows: list[str]
    relative: bool
    notes: list[str] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class SpatialMarkovResult(MarkovResult):
    """A spatial Markov chain (:func:`spatial_markov`); the classic fields cover all moves.

    Attributes
    ----------
    lag_classes : list of str
        Labels of the spatial lag's classes.
    lag_cutoffs : list of float or None
        Upper bounds of the lag classes but the last.
    lag_class_ids : pandas.DataFrame
        Regions x years: the class of each region's spatial lag.
    conditional_transitions, conditional_probabilities : pandas.DataFrame
        Rows indexed by (lag class, from class), columns the "to" classes: the moves of
        regions whose neighbours were in that lag class at the start.
    homogeneity : dict
        Bickenbach and Bode's ``Q`` and ``LR`` with ``Q_p``, ``LR_p`` and ``dof``; Rey's
        ``x2`` with ``x2_p`` and ``x2_dof``; ``x2_permutation_p`` with permutations (else
        None).  Null hypothesis: the neighbours' class does not change the chances.
    permutations, seed : int
        Random spatial permutations of the x2 test (0: none) and their seed.
    """

    lag_classes: list[str] = field(default_factory=list)
    lag_cutoffs: list[float] | None = None
    lag_class_ids: pd.DataFrame | None = None
    conditional_transitions: pd.DataFrame | None = None
    conditional_probabilities: pd.DataFrame | None = None
    homogeneity: dict = field(default_factory=dict)
    permutations: int = 0
    seed: int = 1


@dataclass
class LisaMarkovResult:
    """Transitions between Moran scatter-plot quadrants (:func:`lisa_markov`).

    Attributes
    ----------
    quadrants : pandas.DataFrame
        Regions x years: GeoDa's quadrant code (1 High-High, 2 Low-Low, 3 Low-High,
        4 High-Low), whether significant or not.
    p_values : pandas.DataFrame or None
        Regions x years: local Moran pseudo p-values of the plugin's LISA (conditional
        permutations, no correction; None without permutations).
    transitions, probabilities : pandas.DataFrame
        4 x 4, rows "from" and columns "to", labelled by quadrant.
    expected : pandas.DataFrame
        Expected counts if a region's moves and its neighbours' moves were independent.
    chi2, chi2_p : float
        The test of that independence, and its p-value.
    chi2_dof : int
        Its degrees of freedom.
    steady_state : pandas.Series or None
        Long-run share per quadrant; None for a reducible chain.
    thin_rows : list of str
        Quadrants whose row has fewer than :data:`MIN_ROW_TRANSITIONS` moves.
    permutations, seed : int
        Local Moran permutations per year (0: none) and their seed.
    alpha : float
        The level at which ``p_values`` are called significant in the notes.
    notes : list of str
    provenance : dict
    warnings : list of str
        The notes a reader must not miss (rows too thin to read), each also in ``notes``.
    """

    quadrants: pd.DataFrame
    p_values: pd.DataFrame | None
    transitions: pd.DataFrame
    probabilities: pd.DataFrame
    expected: pd.DataFrame
    chi2: float
    chi2_p: float
    chi2_dof: int
    steady_state: pd.Series | None
    thin_rows: list[str]
    permutations: int
    seed: int
    alpha: float
    notes: list[str] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def classic_markov(
    panel: pd.DataFrame,
    k: int = 4,
    *,
    cutoffs: Sequence[float] | None = None,
    pooled: bool = True,
    relative: bool = False,
) -> MarkovResult:
    """Classic Markov chain of regions between ``k`` classes (``giddy.markov.Markov``).

    Parameters
    ----------
    panel : pandas.DataFrame
        Regions (index) x years (columns), one indicator.
    k : int, default 4
        Number of quantile classes (ignored when ``cutoffs`` are given).
    cutoffs : sequence of float, optional
        Increasing upper bounds of every class but the last, fixed over the years.
    pooled : bool, default True
        True: quantiles of all region-years together (a region moves when it crosses a
        fixed bound); False: quantiles within each year (a region moves when its rank
        among the regions changes).
    relative : bool, default False
        Divide each year's values by that year's mean first (e.g. GRP per capita in
        current prices, to remove inflation and national growth).

    Returns
    -------
    MarkovResult

    Raises
    ------
    ParameterError
        A bad panel, fewer than 2 years, or bad classes.
    """
    from giddy.markov import Markov

    values = _prepared(panel, "classic Markov chain", relative)
    class_ids, bounds, labels = classify(values.to_numpy(), k, cutoffs=cutoffs, pooled=pooled)
    with _quiet():
        chain = Markov(class_ids, classes=np.arange(len(labels)), summary=False)
        steady = _steady_state(chain, labels)
    transitions = _square(chain.transitions, labels)
    thin = _thin_rows(transitions)
    cautions = _thin_warnings(transitions, thin, "class")
    notes = [*_class_notes(values, labels, k, pooled, cutoffs), _count_note(transitions),
             *cautions]
    notes += [] if steady is not None else [_REDUCIBLE]
    return MarkovResult(
        classes=labels, cutoffs=bounds,
        class_ids=pd.DataFrame(class_ids, index=values.index, columns=values.columns),
        transitions=transitions, probabilities=_shares(transitions), steady_state=steady,
        thin_rows=thin, relative=relative, notes=notes, warnings=cautions,
        provenance=_provenance("classic_markov", values, dict(
            k=len(labels), cutoffs=bounds, pooled=pooled, relative=relative)),
    )


def spatial_markov(
    panel: pd.DataFrame,
    graph,
    k: int = 4,
    m: int | None = None,
    *,
    cutoffs: Sequence[float] | None = None,
    lag_cutoffs: Sequence[float] | None = None,
    pooled: bool = True,
    relative: bool = False,
    permutations: int = 0,
    seed: int = 1,
) -> SpatialMarkovResult:
    """Spatial Markov chain: transitions conditioned on the neighbours' class.

    Parameters
    ----------
    panel : pandas.DataFrame
        Regions (index, the graph's ids) x years (columns).
    graph : libpysal.graph.Graph
        Spatial weights; row-standardised here, so a region's lag is its neighbours'
        weighted average.  Every region needs a neighbour.
    k, m : int, default 4 and ``k``
        Quantile classes of the values and of the spatial lag (unless cut-offs are given).
    cutoffs, lag_cutoffs : sequence of float, optional
        Fixed class bounds of the values and of the lag, instead of quantiles.
    pooled, relative : bool
        As for :func:`classic_markov` (``pooled`` is giddy's ``fixed``).
    permutations, seed : int, default 0 and 1
        Random spatial permutations (0: none, else 99 to 99,999) for a pseudo p-value of
        Rey's x2 test, and their seed.

    Returns
    -------
    SpatialMarkovResult

    Raises
    ------
    ParameterError
        A bad panel or weights, a region without neighbours, or bad classes.
    """
    from giddy.markov import Spatial_Markov

    what = "spatial Markov chain"
    values = align_to_graph(_prepared(panel, what, relative), graph, what)
    k, cutoffs = _check_classes(k, cutoffs, len(values), "value")
    m, lag_cutoffs = _check_classes(k if m is None else m, lag_cutoffs, len(values), "lag")
    permutations, seed = _check_draws(permutations, seed)
    with _quiet(), _seeded(seed):
        chain = Spatial_Markov(
            values.to_numpy(), row_standardised_w(graph, what), k=k, m=m,
            permutations=permutations, fixed=pooled, cutoffs=cutoffs, lag_cutoffs=lag_cutoffs,
        )
        steady = _steady_state(chain, _labels(chain.cutoffs, chain.k))
        homogeneity = _homogeneity(chain, permutations)
    return _spatial_result(chain, values, steady, homogeneity, dict(
        k=int(chain.k), m=int(chain.m), cutoffs=cutoffs, lag_cutoffs=lag_cutoffs,
        pooled=pooled, relative=relative, permutations=permutations, seed=seed,
    ))


def lisa_markov(
    panel: pd.DataFrame,
    graph,
    *,
    permutations: int = 999,
    seed: int = 1,
    alpha: float = 0.05,
) -> LisaMarkovResult:
    """Transitions between the quadrants of the Moran scatter plot (``LISA_Markov``).

    Parameters
    ----------
    panel : pandas.DataFrame
        Regions (index, the graph's ids) x years (columns).
    graph : libpysal.graph.Graph
        Spatial weights (row-standardised here); every region needs a neighbour.
    permutations : int, default 999
        Local Moran permutations per year for the pseudo p-values (0: none, else 99 to
        99,999).  The quadrants and the transitions do not depend on them.
    seed : int, default 1
        Seed of the permutations.
    alpha : float, default 0.05
        Level at which a region-year's local Moran counts as significant in the notes.

    Returns
    -------
    LisaMarkovResult

    Raises
    ------
    ParameterError
        A bad panel or weights, a region without neighbours, or a bad parameter.
    """
    from giddy.markov import LISA_Markov

    what = "LISA Markov chain"
    values = align_to_graph(wide_panel(panel, what), graph, what)
    _check_regions(len(values), what)
    permutations, seed = _check_draws(permutations, seed)
    alpha = check_alpha(alpha)
    with _quiet():
        chain = LISA_Markov(values.to_numpy(), row_standardised_w(graph, what))
    p_values = None
    if permutations:
        p_values = pd.DataFrame({
            year: local_moran(values[year].rename(str(year)), graph, permutations=permutations,
                              seed=seed, alpha=alpha, correction="none").frame["LISA_P"]
            for year in values.columns
        })
    parameters = dict(permutations=permutations, seed=seed, alpha=alpha)
    return _lisa_result(chain, values, p_values, parameters)


def classify(
    values: np.ndarray,
    k: int,
    *,
    cutoffs: Sequence[float] | None = None,
    pooled: bool = True,
) -> tuple[np.ndarray, list[float] | None, list[str]]:
    """Class each region-year as giddy's spatial Markov does (mapclassify quantiles).

    Parameters
    ----------
    values : numpy.ndarray
        Regions x years.
    k : int
        Quantile classes (ignored with ``cutoffs``).
    cutoffs : sequence of float, optional
        Increasing upper bounds of every class but the last.
    pooled : bool, default True
        Quantiles of all region-years (True) or of each year (False).

    Returns
    -------
    tuple
        (class ids 0..k-1, regions x years; the bounds used or None; the class labels).
        With ties mapclassify may form fewer quantile classes than asked (noted by the
        caller through the labels' count).
    """
    import mapclassify

    values = np.asarray(values, dtype=float)
    k, cutoffs = _check_classes(k, cutoffs, values.shape[0], "value")
    with _quiet():
        if cutoffs is not None:
            bins = np.append(np.asarray(cutoffs, dtype=float), np.inf)
            ids = mapclassify.UserDefined(values.ravel(), bins).yb.reshape(values.shape)
            return ids, list(cutoffs), _labels(cutoffs, len(bins))
        if pooled:
            scheme = mapclassify.Quantiles(values.ravel(), k=k)
            bounds = [float(bound) for bound in scheme.bins[:-1]]
            return scheme.yb.reshape(values.shape), bounds, _labels(bounds, len(scheme.bins))
        ids = np.column_stack(
            [mapclassify.Quantiles(values[:, t], k=k).yb for t in range(values.shape[1])]
        )
    return ids, None, [f"Q{i + 1} of the year" for i in range(k)]


def _prepared(panel, what: str, relative: bool) -> pd.DataFrame:
    """The checked panel, divided by each year's mean when ``relative``."""
    values = wide_panel(panel, what)
    _check_regions(len(values), what)
    if not relative:
        return values
    means = values.mean(axis=0)
    if (means <= 0).any():
        years = ", ".join(str(year) for year in means.index[means <= 0])
        raise ParameterError(
            f"Relative values divide by each year's mean, which is not positive in {years}; "
            "use the values as they are (relative off)."
        )
    return values / means


def _check_regions(regions: int, what: str) -> None:
    """At least 3 regions: fewer cannot form classes or neighbours."""
    if regions < 3:
        raise ParameterError(f"The {what} needs at least 3 regions; the panel has {regions}.")


def _check_classes(k, cutoffs, regions: int, role: str) -> tuple[int, list[float] | None]:
    """Validate a class count or a list of cut-offs; return (classes, cut-offs or None)."""
    if cutoffs is not None:
        bounds = [float(bound) for bound in cutoffs]
        if not bounds or not np.all(np.isfinite(bounds)) or np.any(np.diff(bounds) <= 0):
            raise ParameterError(
                f"The {role} class cut-offs must be finite numbers in increasing order; "
                f"got {list(cutoffs)!r}."
            )
        return len(bounds) + 1, bounds
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
        raise ParameterError(f"The number of {role} classes must be a whole number; got {k!r}.")
    if not MIN_CLASSES <= k <= min(MAX_CLASSES, regions):
        raise ParameterError(
            f"The number of {role} classes must be between {MIN_CLASSES} and "
            f"{min(MAX_CLASSES, regions)} for {regions} regions; got {k}. With 17 to 20 "
            "regions 3 or 4 classes keep the transition counts readable."
        )
    return int(k), None


def _check_draws(permutations, seed) -> tuple[int, int]:
    """Permutations (0 for none, else 99 to 99,999) and a seed."""
    if not (isinstance(permutations, (int, np.integer)) and not isinstance(permutations, bool)
            and permutations == 0):
        permutations = check_permutations(permutations)
    return int(permutations), check_seed(seed)


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Seed NumPy's global generator (which giddy and esda draw from) for a block, then
    restore the state it had."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence the libraries' warnings (empty rows divide by zero, mapclassify's ties):
    the notes say what they mean."""
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore")
        yield


def _labels(bounds: Sequence[float] | None, k: int) -> list[str]:
    """Class labels from their upper bounds: ``1 (up to a)``, ``2 (a to b)``, ``3 (above b)``."""
    if bounds is None:
        return [f"Q{i + 1} of the year" for i in range(k)]
    bounds = [float(bound) for bound in bounds]
    labels = [f"1 (up to {bounds[0]:.4g})"]
    labels += [f"{i + 2} ({low:.4g} to {high:.4g})"
               for i, (low, high) in enumerate(zip(bounds, bounds[1:]))]
    return labels + [f"{len(bounds) + 1} (above {bounds[-1]:.4g})"]


def _square(counts: np.ndarray, labels: list[str]) -> pd.DataFrame:
    """A k x k matrix with "from" rows and "to" columns."""
    return pd.DataFrame(np.asarray(counts, dtype=float),
                        index=pd.Index(labels, name="from"), columns=pd.Index(labels, name="to"))


def _shares(counts: pd.DataFrame) -> pd.DataFrame:
    """Row shares of a count matrix; NaN for rows without moves."""
    totals = counts.sum(axis=1)
    return counts.div(totals.where(totals > 0), axis=0)


def _thin_rows(counts: pd.DataFrame) -> list[str]:
    """Labels of the rows with fewer than :data:`MIN_ROW_TRANSITIONS` moves."""
    totals = counts.sum(axis=1)
    return [str(label) for label in totals.index[totals < MIN_ROW_TRANSITIONS]]


def _steady_state(chain, labels: list[str]) -> pd.Series | None:
    """giddy's steady state as a Series; None when the chain is reducible (several)."""
    state = np.asarray(chain.steady_state if hasattr(chain, "steady_state") else chain.s)
    if state.ndim != 1 or not np.isfinite(state).all():
        return None
    return pd.Series(state, index=pd.Index(labels, name="class"), name="steady_state")


_REDUCIBLE = (
    "The observed moves do not connect every class with every other (the chain is "
    "reducible), so there is no single long-run distribution; none is reported."
)


def _count_note(counts: pd.DataFrame) -> str:
    """How many transitions the cells share."""
    total = int(counts.to_numpy().sum())
    return (f"{total} transitions are spread over {counts.size} cells "
            f"({total / counts.size:.1f} per cell on average).")


def _thin_warnings(counts: pd.DataFrame, thin: list[str], what: str) -> list[str]:
    """A warning on the rows too thin to read, if any."""
    if not thin:
        return []
    totals = counts.sum(axis=1)
    listed = ", ".join(f"{label}: {int(totals[label])}" for label in thin)
    return [
        f"{len(thin)} of {len(counts)} rows have fewer than {MIN_ROW_TRANSITIONS} observed "
        f"transitions ({what} {listed}): a single region moving shifts their shares by 20 "
        "points or more and the chi-square tests assume at least 5 expected per cell, so do "
        "not read these rows. Use fewer classes or more years."
    ]


def _class_notes(values, labels, asked: int, pooled, cutoffs) -> list[str]:
    """How the classes were formed, and a warning when ties merged quantile classes."""
    if cutoffs is not None:
        how = "the given cut-offs"
    elif pooled:
        how = "quantiles of all region-years pooled"
    else:
        how = "quantiles within each year"
    notes = [f"{len(labels)} classes from {how}; {len(values)} regions over "
             f"{values.shape[1]} years."]
    if cutoffs is None and len(labels) < asked:
        notes.append(
            f"{asked} quantile classes were asked for, but tied values allow only "
            f"{len(labels)}."
        )
    return notes


def _homogeneity(chain, permutations: int) -> dict:
    """Bickenbach-Bode Q and LR and Rey's x2 from a giddy ``Spatial_Markov``."""
    return {
        "Q": float(chain.Q), "Q_p": float(chain.Q_p_value), "LR": float(chain.LR),
        "LR_p": float(chain.LR_p_value), "dof": int(chain.dof_hom),
        "x2": float(chain.x2), "x2_p": float(chain.x2_pvalue), "x2_dof": int(chain.x2_dof),
        "x2_permutation_p": float(chain.x2_rpvalue) if permutations else None,
    }


def _spatial_result(chain, values: pd.DataFrame, steady, homogeneity: dict,
                    parameters: dict) -> SpatialMarkovResult:
    """Assemble the spatial Markov result from giddy's object."""
    labels = _labels(chain.cutoffs, chain.k)
    lag_labels = [f"lag {label}" for label in _labels(chain.lag_cutoffs, chain.m)]
    transitions = _square(chain.transitions, labels)
    index = pd.MultiIndex.from_product([lag_labels, labels], names=["lag", "from"])
    conditional = pd.DataFrame(np.asarray(chain.T).reshape(-1, chain.k), index=index,
                               columns=pd.Index(labels, name="to"))
    thin = _thin_rows(conditional)
    cautions = _thin_warnings(transitions, _thin_rows(transitions), "class")
    cautions += _conditional_warnings(conditional, thin)
    notes = _class_notes(values, labels, parameters["k"], parameters["pooled"],
                         parameters["cutoffs"])
    notes += [_count_note(transitions), *cautions]
    notes += [] if steady is not None else [_REDUCIBLE]
    return SpatialMarkovResult(
        classes=labels, cutoffs=_bounds(chain.cutoffs), class_ids=_frame(chain.class_ids, values),
        transitions=transitions, probabilities=_shares(transitions), steady_state=steady,
        thin_rows=thin, relative=parameters["relative"], notes=notes, warnings=cautions,
        provenance=_provenance("spatial_markov", values, parameters),
        lag_classes=lag_labels, lag_cutoffs=_bounds(chain.lag_cutoffs),
        lag_class_ids=_frame(chain.lclass_ids, values), conditional_transitions=conditional,
        conditional_probabilities=_shares(conditional), homogeneity=homogeneity,
        permutations=parameters["permutations"], seed=parameters["seed"],
    )


def _conditional_warnings(conditional: pd.DataFrame, thin: list[str]) -> list[str]:
    """How many conditional rows are too thin, and what that means for the tests."""
    if not thin:
        return []
    empty = int((conditional.sum(axis=1) == 0).sum())
    return [
        f"{len(thin)} of {len(conditional)} conditional rows (lag class, from class) have "
        f"fewer than {MIN_ROW_TRANSITIONS} transitions, {empty} of them none: the conditional "
        "probabilities and the homogeneity tests (Q, LR, x2) rest on very few moves; a "
        "non-significant test here says little about whether neighbours matter."
    ]


def _lisa_result(chain, values: pd.DataFrame, p_values: pd.DataFrame | None,
                 parameters: dict) -> LisaMarkovResult:
    """Assemble the LISA Markov result in GeoDa's quadrant numbering."""
    order = _GEODA_ROWS
    labels = list(QUADRANTS.values())
    transitions = _square(np.asarray(chain.transitions)[np.ix_(order, order)], labels)
    expected = _square(np.asarray(chain.expected_t)[np.ix_(order, order)], labels)
    steady = _steady_state(chain, list(QUADRANTS.values()))
    if steady is not None:
        steady = pd.Series(steady.to_numpy()[order], index=steady.index, name=steady.name)
    quadrants = pd.DataFrame(np.vectorize(PYSAL_TO_GEODA.get)(chain.q), index=values.index,
                             columns=values.columns)
    thin = _thin_rows(transitions)
    cautions = _thin_warnings(transitions, thin, "quadrant")
    notes = [_count_note(transitions), *cautions, *_lisa_notes(p_values, parameters)]
    notes += [] if steady is not None else [_REDUCIBLE]
    chi2, chi2_p, dof = chain.chi_2
    return LisaMarkovResult(
        quadrants=quadrants, p_values=p_values, transitions=transitions,
        probabilities=_shares(transitions), expected=expected, chi2=float(chi2),
        chi2_p=float(chi2_p), chi2_dof=int(dof), steady_state=steady, thin_rows=thin,
        notes=notes, warnings=cautions,
        provenance=_provenance("lisa_markov", values, parameters), **parameters,
    )


def _lisa_notes(p_values: pd.DataFrame | None, parameters: dict) -> list[str]:
    """What the quadrants are, and how many region-years are significant."""
    notes = ["Quadrants are taken from the signs of each region's value and its neighbours' "
             "average, significant or not; p-values only tell which moves to trust."]
    if p_values is not None:
        significant = int((p_values.to_numpy() <= parameters["alpha"]).sum())
        notes.append(
            f"{significant} of {p_values.size} region-years have a local Moran pseudo "
            f"p-value at or below {parameters['alpha']:g} ({parameters['permutations']} "
            f"permutations, seed {parameters['seed']}, no multiple-testing correction)."
        )
    return notes


def _frame(array, values: pd.DataFrame) -> pd.DataFrame:
    """A regions x years array as a frame labelled like the panel."""
    return pd.DataFrame(np.asarray(array), index=values.index, columns=values.columns)


def _bounds(cutoffs) -> list[float] | None:
    """Cut-offs as a plain list of floats, or None."""
    return None if cutoffs is None else [float(bound) for bound in cutoffs]


def _provenance(tool: str, values: pd.DataFrame, parameters: dict) -> dict:
    """The provenance record of a Markov run."""
    return provenance_record(
        tool, parameters, years=[int(year) for year in values.columns],
        regions=int(len(values)), libraries={
            "giddy": library_version("giddy"), "mapclassify": library_version("mapclassify"),
        },
    )
