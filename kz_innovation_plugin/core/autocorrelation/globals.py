"""Global statistics: Moran's I, Geary's C and Getis-Ord General G, and the Moran scatter.

Who does what: SciPy's sparse matrices hold the weights and do the matrix algebra
(:func:`.inputs.weights_from_graph`), NumPy the arithmetic and the random draws,
``scipy.special.ndtr`` (the standard normal CDF, which ``scipy.stats.norm`` calls) the
normal tail probabilities and pandas the result table.  esda is not used here; it is the
reference the tests compare with.

Formulas
--------
Moran's I and Geary's C use row-standardised weights (esda's ``transformation="r"``) or,
when asked, binary ones (``"B"``); General G always binary weights (esda's ``G``).  With
``S0 = sum_ij w_ij``, ``S1 = 1/2 sum_ij (w_ij + w_ji)**2`` and
``S2 = sum_i (w_i. + w_.i)**2``, computed with sparse sums:

* ``I = n / S0 * z' W z / z' z`` (``z`` the centred values), with the expectation and the
  variances under normality and randomisation of Cliff and Ord (1981), *Spatial
  Processes: Models & Applications*, London: Pion, as ``esda.Moran`` implements them;
  ``moran_p_norm`` and ``moran_p_rand`` are two-sided.
* ``C = (n - 1) sum_ij w_ij (y_i - y_j)**2 / (2 S0 sum_i z_i**2)`` with Cliff and Ord's
  variance under randomisation, as ``esda.Geary``; ``geary_p_rand`` is one-sided, in the
  direction of the observed ``C - 1`` (esda's convention).
* ``G = sum_{i != j} w_ij y_i y_j / sum_{i != j} y_i y_j``, with the expectation and
  variance of Getis and Ord (1992), "The analysis of spatial association by use of
  distance statistics", *Geographical Analysis* 24(3), 189-206, as ``esda.G`` implements
  them; ``getis_g_p_norm`` is one-sided (``1 - Phi(|z|)``, esda's).  The denominator is
  ``(sum y)**2 - sum y**2``, so no ``n x n`` matrix is formed (esda's forms one).  The
  variance is a difference of nearly equal terms (esda's formula): at 100,000 features
  the z-score is good to about 1e-8 relative only.

The analytical values equal esda's (to 1e-9, tested), islands included: an island's row
of the row-standardised weights is empty (a spatial lag of 0) and it still counts in
``n``.  General G is defined for non-negative values only, at least two of them non-zero:
for other fields its columns stay empty and ``note`` says why.

Pseudo p-values: :mod:`.global_permutation` (one shared set of permutations for the three
statistics, each permutation with its own stream of ``numpy.random.SeedSequence(seed)``,
so NumPy's global generator is left alone).  They agree with esda's statistically, not
draw for draw.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields

import numpy as np
import pandas as pd
from scipy import sparse

from ..errors import ParameterError
from . import global_permutation as engine
from .inputs import (
    check_permutations,
    check_seed,
    field_values,
    standardise,
    weights_from_graph,
)

# fmt: off
GLOBAL_COLUMNS = [
    "moran_i", "moran_ei", "moran_z_norm", "moran_p_norm", "moran_z_rand", "moran_p_rand",
    "moran_p_sim", "geary_c", "geary_z_rand", "geary_p_rand", "geary_p_sim", "getis_g",
    "getis_g_ei", "getis_g_z", "getis_g_p_norm", "getis_g_p_sim", "n", "islands",
    "permutations", "seed", "transform", "note",
]
# fmt: on

_NEGATIVE_NOTE = "General G needs non-negative values; this field has negative values."
_ZERO_NOTE = "General G needs at least two non-zero values."


@dataclass
class GlobalResult:
    """Global Moran's I, Geary's C and General G of one or more fields
    (:func:`global_statistics`).

    Attributes
    ----------
    frame : pandas.DataFrame
        One row per field (index: field name), columns :data:`GLOBAL_COLUMNS`: each
        statistic with its expectation, variance, z-scores and p-values (analytical and
        pseudo), ``n``, ``islands``, ``permutations``, ``seed``, ``transform`` and ``note``.
    fields : list
        The fields, in order.
    permutations, seed : int
        The permutations every field and statistic share, and their seed.
    transform : str
        Weights of Moran's I and Geary's C: ``"r"`` or ``"b"`` (General G: always binary).
    islands : int
        Features without neighbours (their spatial lag counts as 0).
    """

    frame: pd.DataFrame
    fields: list
    permutations: int
    seed: int
    transform: str
    islands: int

    def record(self) -> dict:
        """The settings as a dict (the provenance record's entry)."""
        return {f.name: getattr(self, f.name) for f in dataclass_fields(self)
                if f.name != "frame"}


def global_statistics(
    values: pd.DataFrame,
    graph,
    permutations: int = 999,
    seed: int = 1,
    cancelled: Callable[[], bool] | None = None,
    transform: str = "r",
) -> GlobalResult:
    """Global Moran's I, Geary's C and General G of every column.

    Parameters
    ----------
    values : pandas.DataFrame
        One column per field, indexed by region id.
    graph : libpysal.graph.Graph or SpatialWeights
        Spatial weights indexed by the same ids.
    permutations : int
        99 to 99,999, for the pseudo p-values.
    seed : int
        Seed of the permutations (``numpy.random.SeedSequence``), which every field and
        statistic share.
    cancelled : callable, optional
        Called between batches of permutations; when it returns True,
        :class:`~kz_innovation_plugin.core.errors.CancelledError` is raised.
    transform : {"r", "b"}
        Weights of Moran's I and Geary's C: row-standardised or binary.  General G is
        defined on binary weights and uses them either way.

    Returns
    -------
    GlobalResult
        Its ``frame`` has one row per field (index: field name), columns
        :data:`GLOBAL_COLUMNS`; ``transform`` records the weights Moran's I and Geary's C
        used.

    Raises
    ------
    ParameterError
        For a non-numeric, incomplete or constant field, weights that do not match it, or
        a parameter out of range.
    CancelledError
        When ``cancelled()`` returns True.
    """
    if not isinstance(values, pd.DataFrame) or values.shape[1] == 0:
        raise ParameterError("Choose at least one numeric field for the global statistics.")
    permutations, seed = check_permutations(permutations), check_seed(seed)
    if transform not in ("r", "b"):
        raise ParameterError(
            f'Unknown weights transform "{transform}" for the global statistics; '
            'use "r" (row-standardised) or "b" (binary).'
        )
    weights = weights_from_graph(graph)
    names = list(values.columns)
    ys = np.column_stack([field_values(values[name], weights, label=str(name)) for name in names])
    ops = engine.operators(weights, transform)
    standardised = ops.standardised
    sums = {"w": _weight_sums(standardised, ops.spread), "b": _weight_sums(ops.binary, ops.degree)}
    means, deviations = ys.mean(axis=0), ys.std(axis=0)
    z = (ys - means) / deviations
    # General G: non-negative values, at least two of them non-zero (else 0 / 0)
    getis = (ys.min(axis=0) >= 0) & ((ys > 0).sum(axis=0) >= 2)
    shifts = np.where(getis, means / deviations, np.nan)
    simulated = engine.simulate(ops, z, shifts, permutations, seed, cancelled=cancelled)
    islands = int(weights.islands.sum())
    rows = {}
    for f, name in enumerate(names):  # a loop over fields, not features
        y = ys[:, f]
        row = _moran(y, standardised, sums["w"]) | _geary(y, standardised, sums["w"])
        row["note"] = ""
        if getis[f]:
            row |= _getis(y, ops.binary, sums["b"])
        else:
            row["note"] = _NEGATIVE_NOTE if y.min() < 0 else _ZERO_NOTE
        row |= _pseudo_p_values(ops, z[:, f], shifts[f], simulated[f])
        row.update(n=y.size, islands=islands, permutations=permutations, seed=seed,
                   transform=transform)
        if islands:
            row["note"] = (
                f"{islands} feature(s) without neighbours count with a spatial lag of 0. "
                + row["note"]
            ).strip()
        rows[name] = row
    frame = pd.DataFrame.from_dict(rows, orient="index").reindex(columns=GLOBAL_COLUMNS)
    frame.index.name = "field"
    return GlobalResult(frame=frame, fields=names, permutations=permutations, seed=seed,
                        transform=transform, islands=islands)


def moran_scatter(values: pd.Series, graph) -> pd.DataFrame:
    """Coordinates of the Moran scatter plot.

    Parameters
    ----------
    values : pandas.Series
        Field values indexed by region id.
    graph : libpysal.graph.Graph or SpatialWeights
        Spatial weights indexed by the same ids; row-standardised here.

    Returns
    -------
    pandas.DataFrame
        Indexed like ``values``: ``z``, the value standardised as GeoDa does (sample
        standard deviation, see :func:`.inputs.standardise`), and ``lag``, its
        row-standardised spatial lag (empty for features without neighbours).  The local
        Moran ``LISA_I`` is ``z * lag``; the slope of ``lag`` on ``z`` through the origin,
        islands counted with a lag of 0, is the global Moran's I.
    """
    weights = weights_from_graph(graph)
    z = standardise(field_values(values, weights))
    lag = weights.row_standardised() @ z
    lag[weights.islands] = np.nan
    return pd.DataFrame({"z": z, "lag": lag}, index=weights.ids).reindex(values.index)


def _pseudo_p_values(
    ops: engine.Operators, z: np.ndarray, shift: float, simulated: np.ndarray
) -> dict:
    """Folded pseudo p-values of one field from its ``(3, P)`` permuted numerators."""
    observed = engine.numerators(ops, z[None, :].copy(), shift)[:, 0]
    tolerances = engine.tolerances(ops, z, shift)
    keys = ("moran_p_sim", "geary_p_sim", "getis_g_p_sim")
    return {
        key: engine.folded_p(simulated[k], observed[k], tolerances[k]) for k, key in enumerate(keys)
    }


def _weight_sums(matrix: sparse.csr_array, spread: np.ndarray) -> tuple[float, float, float]:
    """``S0``, ``S1`` and ``S2`` of a weights matrix (libpysal's ``W.s0``, ``s1``, ``s2``);
    ``spread`` is its row plus column sums (:class:`.global_permutation.Operators`)."""
    symmetric = matrix + matrix.T
    return float(matrix.sum()), float((symmetric.data**2).sum() / 2.0), float(spread @ spread)


def _moran(y: np.ndarray, matrix: sparse.csr_array, sums: tuple[float, float, float]) -> dict:
    """Moran's I and its moments under normality and randomisation (as ``esda.Moran``)."""
    s0, s1, s2 = sums
    n = np.float64(y.size)
    z = y - y.mean()
    z2ss = z @ z
    value = n / s0 * (z @ (matrix @ z)) / z2ss
    expected = -1.0 / (n - 1.0)
    kurtosis = (z**4).sum() / n / (z2ss / n) ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        v_norm = (n * n * s1 - n * s2 + 3.0 * s0**2) / ((n - 1.0) * (n + 1.0) * s0**2)
        v_norm -= expected**2
        a = n * ((n * n - 3.0 * n + 3.0) * s1 - n * s2 + 3.0 * s0**2)
        b = kurtosis * ((n * n - n) * s1 - 2.0 * n * s2 + 6.0 * s0**2)
        v_rand = (a - b) / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s0**2) - expected**2
        z_norm = (value - expected) / np.sqrt(v_norm)
        z_rand = (value - expected) / np.sqrt(v_rand)
    return {
        "moran_i": float(value),
        "moran_ei": float(expected),
        "moran_z_norm": float(z_norm),
        "moran_p_norm": _two_sided(z_norm),
        "moran_z_rand": float(z_rand),
        "moran_p_rand": _two_sided(z_rand),
    }


def _geary(y: np.ndarray, matrix: sparse.csr_array, sums: tuple[float, float, float]) -> dict:
    """Geary's C and its moments under randomisation (as ``esda.Geary``)."""
    s0, s1, s2 = sums
    n = np.float64(y.size)
    focal = np.repeat(np.arange(y.size), np.diff(matrix.indptr))
    squares = (matrix.data * (y[focal] - y[matrix.indices]) ** 2).sum()
    z = y - y.mean()
    z2ss = z @ z
    value = (n - 1.0) * squares / (2.0 * z2ss * s0)
    kurtosis = (z**4).sum() / n / (z2ss / n) ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        a = (n - 1.0) * s1 * (n * n - 3.0 * n + 3.0 - (n - 1.0) * kurtosis)
        b = 0.25 * ((n - 1.0) * s2 * (n * n + 3.0 * n - 6.0 - (n * n - n + 2.0) * kurtosis))
        c = s0**2 * (n * n - 3.0 - (n - 1.0) ** 2 * kurtosis)
        v_rand = (a - b + c) / (n * (n - 2.0) * (n - 3.0) * s0**2)
        z_rand = (value - 1.0) / np.sqrt(v_rand)
    p_rand = _normal_cdf(-z_rand if value - 1.0 > 0 else z_rand)  # upper or lower tail
    return {"geary_c": float(value), "geary_z_rand": float(z_rand), "geary_p_rand": float(p_rand)}


def _getis(y: np.ndarray, binary: sparse.csr_array, sums: tuple[float, float, float]) -> dict:
    """General G and its moments under randomisation (as ``esda.G``, binary weights)."""
    s0, s1, s2 = sums
    n = np.float64(y.size)
    total, y2, y3, y4 = y.sum(), (y**2).sum(), (y**3).sum(), (y**4).sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        value = (y @ (binary @ y)) / (total**2 - y2)
        expected = s0 / (n * (n - 1.0))
        b0 = (n * n - 3.0 * n + 3.0) * s1 - n * s2 + 3.0 * s0**2
        b1 = -((n * n - n) * s1 - 2.0 * n * s2 + 6.0 * s0**2)
        b2 = -(2.0 * n * s1 - (n + 3.0) * s2 + 6.0 * s0**2)
        b3 = 4.0 * (n - 1.0) * s1 - 2.0 * (n + 1.0) * s2 + 8.0 * s0**2
        b4 = s1 - s2 + s0**2
        numerator = b0 * y2**2 + b1 * y4 + b2 * total**2 * y2 + b3 * total * y3 + b4 * total**4
        denominator = (total**2 - y2) ** 2 * n * (n - 1.0) * (n - 2.0) * (n - 3.0)
        variance = numerator / denominator - expected**2
        z_norm = (value - expected) / np.sqrt(variance)
    return {
        "getis_g": float(value),
        "getis_g_ei": float(expected),
        "getis_g_z": float(z_norm),
        "getis_g_p_norm": float(1.0 - _normal_cdf(abs(z_norm))),
    }


def _normal_cdf(z: float) -> float:
    """The standard normal CDF (``scipy.special.ndtr``, imported on first use: a run of the
    local statistics with permutation p-values never needs it)."""
    from scipy.special import ndtr

    return float(ndtr(z))


def _two_sided(z: float) -> float:
    """Two-sided normal p-value, as esda's ``two_tailed=True``."""
    return 2.0 * _normal_cdf(-abs(z))
