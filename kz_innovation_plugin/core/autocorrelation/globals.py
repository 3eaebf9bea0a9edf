"""Global statistics: Moran's I, Geary's C and Getis-Ord General G, and the Moran scatter.

esda computes the statistics (``esda.Moran``, ``esda.Geary``, ``esda.G``) on the graph
converted to a libpysal ``W`` (``graph.to_W()``, a fresh one per call because esda sets
its transform in place): Moran and Geary on row-standardised weights, General G on binary
weights (esda's own transform ``"B"``).  ``moran_p_norm`` and ``moran_p_rand`` are
two-sided; the ``*_p_sim`` values are esda's folded pseudo p-values.

Reproducibility: esda draws its permutations from NumPy's *global* random generator, so
``numpy.random.seed(seed)`` is called right before each esda call; the generator's state
is saved before and restored afterwards, so the host application's random numbers are not
disturbed.

General G is defined for non-negative values only: for a field with negative values its
columns stay empty and ``note`` says why.
"""

from __future__ import annotations

import warnings

import esda
import numpy as np
import pandas as pd
from scipy import stats

from ..errors import ParameterError
from .inputs import check_permutations, check_seed, field_values, neighbour_matrix, standardise

GLOBAL_COLUMNS = [
    "moran_i", "moran_ei", "moran_z_norm", "moran_p_norm", "moran_z_rand", "moran_p_rand",
    "moran_p_sim", "geary_c", "geary_z_rand", "geary_p_rand", "geary_p_sim", "getis_g",
    "getis_g_ei", "getis_g_z", "getis_g_p_norm", "getis_g_p_sim", "n", "islands",
    "permutations", "seed", "note",
]


def global_statistics(
    values: pd.DataFrame, graph, permutations: int = 999, seed: int = 1
) -> pd.DataFrame:
    """Global Moran's I, Geary's C and General G of every column.

    Parameters
    ----------
    values : pandas.DataFrame
        One column per field, indexed by region id.
    graph : libpysal.graph.Graph
        Spatial weights indexed by the same ids.
    permutations : int
        99 to 99,999, for the pseudo p-values.
    seed : int
        Seed of NumPy's global generator before each esda call.

    Returns
    -------
    pandas.DataFrame
        One row per field (index: field name), columns :data:`GLOBAL_COLUMNS`.

    Raises
    ------
    ParameterError
        For a non-numeric, incomplete or constant field, weights that do not match it, or
        a parameter out of range.
    """
    if not isinstance(values, pd.DataFrame) or values.shape[1] == 0:
        raise ParameterError("Choose at least one numeric field for the global statistics.")
    permutations, seed = check_permutations(permutations), check_seed(seed)
    weights = neighbour_matrix(graph)
    rows = {}
    for name in values.columns:  # a loop over fields, not features
        y = field_values(values[name], weights, label=str(name))
        rows[name] = _one_field(y, graph, permutations, seed)
        rows[name].update(
            n=y.size, islands=int(weights.islands.sum()), permutations=permutations, seed=seed
        )
        if weights.islands.any():
            rows[name]["note"] = (
                f"{int(weights.islands.sum())} feature(s) without neighbours count with a "
                "spatial lag of 0. " + rows[name]["note"]
            ).strip()
    frame = pd.DataFrame.from_dict(rows, orient="index").reindex(columns=GLOBAL_COLUMNS)
    frame.index.name = "field"
    return frame


def moran_scatter(values: pd.Series, graph) -> pd.DataFrame:
    """Coordinates of the Moran scatter plot.

    Parameters
    ----------
    values : pandas.Series
        Field values indexed by region id.
    graph : libpysal.graph.Graph
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
    weights = neighbour_matrix(graph)
    z = standardise(field_values(values, weights))
    lag = weights.row_standardised() @ z
    lag[weights.islands] = np.nan
    return pd.DataFrame({"z": z, "lag": lag}, index=weights.ids).reindex(values.index)


def _one_field(y: np.ndarray, graph, permutations: int, seed: int) -> dict:
    """esda's three global statistics of one field (aligned with the graph's ids)."""
    w = _w(graph)  # one W per field: converting a large graph costs seconds
    moran = _seeded(seed, esda.Moran, y, w, transformation="r",
                    permutations=permutations, two_tailed=True)
    geary = _seeded(seed, esda.Geary, y, w, transformation="r",
                    permutations=permutations)
    row = {
        "moran_i": moran.I, "moran_ei": moran.EI, "moran_z_norm": moran.z_norm,
        "moran_p_norm": moran.p_norm, "moran_z_rand": moran.z_rand,
        "moran_p_rand": moran.p_rand, "moran_p_sim": moran.p_sim,
        "geary_c": geary.C, "geary_z_rand": geary.z_rand, "geary_p_rand": geary.p_rand,
        "geary_p_sim": geary.p_sim, "note": "",
    }
    if y.min() < 0:
        row["note"] = "General G needs non-negative values; this field has negative values."
        return row
    getis = _seeded(seed, _general_g, y, w, permutations)
    row.update(getis)
    return row


def _general_g(y: np.ndarray, w, permutations: int) -> dict:
    """Getis-Ord General G as esda.G computes it, without esda's n x n matrix.

    esda.G forms the outer product y y' for its denominator, 75 GB at 100,000 features; the
    sum over i != j of y_i y_j equals (sum y)^2 - sum y^2.  The expectation and variance under
    normality are esda's own moments (``G.__moments``), and the permutations draw exactly as
    esda does from NumPy's global generator (seeded by the caller), so the figures equal
    esda's (tested).
    """
    w.transform = "B"
    moments = esda.G.__new__(esda.G)  # esda's moment formulas, without its constructor
    moments.y, moments.n, moments.w, moments.permutations = y, len(y), w, permutations
    moments._G__moments()
    denominator = y.sum() ** 2 - (y * y).sum()
    sparse = w.sparse

    def statistic(values: np.ndarray) -> float:
        return float(values @ (sparse @ values)) / denominator

    observed = statistic(y)
    z_norm = (observed - moments.EG) / np.sqrt(moments.VG)
    simulated = np.array([statistic(np.random.permutation(y)) for _ in range(permutations)])
    larger = int((simulated >= observed).sum())
    larger = min(larger, permutations - larger)
    return {
        "getis_g": observed, "getis_g_ei": moments.EG, "getis_g_z": z_norm,
        "getis_g_p_norm": 1.0 - stats.norm.cdf(abs(z_norm)),
        "getis_g_p_sim": (larger + 1.0) / (permutations + 1.0),
    }


def _w(graph):
    """A fresh libpysal W of the graph (islands warnings silenced: the record notes them)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return graph.to_W()


def _seeded(seed: int, statistic, *args, **kwargs):
    """Run an esda statistic with NumPy's global generator seeded, then restore it."""
    state = np.random.get_state()
    try:
        np.random.seed(seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return statistic(*args, **kwargs)
    finally:
        np.random.set_state(state)
