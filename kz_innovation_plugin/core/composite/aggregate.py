"""Aggregation: weighted means of normalised indicators (Handbook, section 6.2).

``arithmetic`` is the weighted arithmetic mean (fully compensatory); ``geometric`` the
weighted geometric mean (partly compensatory: a poor score weighs more).  The geometric
mean needs positive values, so when a value is zero or negative every value is shifted by
the same amount before, and back after, the mean; the shift is reported in the notes.
The means are matrix products and logarithms in :mod:`numpy`: :func:`weighted_means` computes
them for many tables at once (the uncertainty runs) and :func:`aggregate` for one table, so
the index and its uncertainty analysis share one piece of arithmetic.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..choices import AGGREGATION
from ..errors import ParameterError
from .normalise import check_table, name_list
from .weights import normalise_weights

#: the aggregation methods :func:`aggregate` knows
AGGREGATIONS = AGGREGATION.values
#: after a shift, the smallest value becomes this (geometric mean only)
GEOMETRIC_SHIFT = 0.01
#: relative size of the rounding noise left by subtracting the shift
_ROUNDING = 1e-12


def _aligned_weights(columns: pd.Index, weights: pd.Series, what: str) -> pd.Series:
    """Weights whose ids are all columns of the table, normalised to sum 1."""
    weights = pd.Series(weights)
    missing = [name for name in weights.index if name not in columns]
    if missing:
        raise ParameterError(
            f"Weights of {what} name {name_list(missing)}, which the table does not hold; "
            "correct the weights or add those columns."
        )
    if weights.index.duplicated().any():
        raise ParameterError(
            f"Weights of {what} list {name_list(weights.index[weights.index.duplicated()])} "
            "more than once; give one weight each."
        )
    return normalise_weights(weights, what)


def aggregate(
    normalised: pd.DataFrame,
    weights: pd.Series,
    method: str = "arithmetic",
    *,
    shift: float = GEOMETRIC_SHIFT,
    what: str = "the aggregation",
) -> tuple[pd.Series, list[str]]:
    """Weighted mean of the columns named in ``weights``, region by region.

    Parameters
    ----------
    normalised : pandas.DataFrame
        Normalised indicators (regions in rows), no missing value.
    weights : pandas.Series
        Column id -> weight (>= 0); divided by the sum first.
    method : str
        ``arithmetic``: ``sum_j w_j x_j``.  ``geometric``: ``prod_j (x_j + s) ** w_j - s``
        with ``s = 0`` when every value (of the columns with positive weight) is > 0, else
        ``s = shift - min(x)`` over all those values, so that the smallest value becomes
        ``shift``.  After a shift, results within 1e-12 x s of zero (rounding noise) are
        set to exactly 0.
    shift : float
        Smallest value after a shift; must be > 0.
    what : str
        What is aggregated, for messages and notes.

    Returns
    -------
    index : pandas.Series
        One value per region.
    notes : list of str
        The shift used, if any; empty otherwise.

    Raises
    ------
    ParameterError
        Unknown method, bad weights, weights naming absent columns, missing values, a
        shift that is not > 0.
    """
    if method not in AGGREGATIONS:
        raise ParameterError(
            f'Unknown aggregation "{method}"; choose one of {", ".join(AGGREGATIONS)}.'
        )
    table = check_table(normalised, "aggregating")
    w = _aligned_weights(table.columns, weights, what)
    used = table[w.index]
    if method == "geometric" and not (np.isfinite(shift) and shift > 0):
        raise ParameterError(
            f"The geometric-mean shift must be a positive number; got {shift!r}. Use e.g. "
            f"{GEOMETRIC_SHIFT}."
        )
    means, offsets = weighted_means(indicator_major(used), w.to_numpy()[None, :], method, shift)
    notes = []
    if offsets[0]:
        smallest = float(used.loc[:, w > 0].to_numpy().min())
        notes.append(
            f"Geometric mean of {what}: every value was shifted by {offsets[0]:g} (smallest "
            f"value {smallest:g} -> {shift:g}) and the shift subtracted from the result."
        )
    return pd.Series(means[0], index=table.index), notes


def indicator_major(table: pd.DataFrame) -> np.ndarray:
    """A table's values as one run for :func:`weighted_means`: shape (1, columns, rows).

    A DataFrame of float columns stores them column by column, so this is its own memory
    (no copy) in the common case.
    """
    return np.ascontiguousarray(table.to_numpy(dtype="float64").T)[None]


def weighted_means(
    columns: np.ndarray,
    weights: np.ndarray,
    method: str = "arithmetic",
    shift: float = GEOMETRIC_SHIFT,
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted means of the regions in many tables at once: the arithmetic of aggregation.

    Parameters
    ----------
    columns : numpy.ndarray
        Shape (runs, indicators, regions), C order: each run's table stored indicator by
        indicator, as a DataFrame stores its float columns.  No missing value.
    weights : numpy.ndarray
        Shape (runs, indicators): each run's weights, >= 0, summing to 1, and zero in the
        same indicators in every run.
    method : {"arithmetic", "geometric"}
        See :func:`aggregate`; for ``geometric`` each run has its own shift, from the
        smallest value of its indicators with a positive weight.
    shift : float
        Smallest value after a shift (> 0).

    Returns
    -------
    means : numpy.ndarray
        Shape (runs, regions).
    offsets : numpy.ndarray
        Shape (runs,): the amount each run's values were shifted by (0 when none was
        needed, and always for ``arithmetic``).

    Notes
    -----
    The weighted sums are one :func:`numpy.matmul` of the stack seen as (runs, regions,
    indicators) slices in Fortran order: the same BLAS matrix-vector product, with the same
    memory layout, as ``DataFrame @ Series`` on each run's table, so one run computed here
    equals that product to the last bit on the same numpy and BLAS.
    """
    if method == "arithmetic":
        return _products(columns, weights), np.zeros(len(columns))
    positive = weights[0] > 0
    if not positive.all():  # zero weights drop out of a geometric mean
        columns, weights = np.ascontiguousarray(columns[:, positive]), weights[:, positive]
    smallest = columns.min(axis=(1, 2))
    offsets = np.where(smallest > 0, 0.0, shift - smallest)
    # exp(sum_j w_j ln(x_j + s)) - s is the weighted geometric mean shifted back
    means = np.exp(_products(np.log(columns + offsets[:, None, None]), weights))
    means -= offsets[:, None]
    # undoing the shift leaves rounding noise where the mean is 0: make that an exact 0
    means[np.abs(means) <= _ROUNDING * offsets[:, None]] = 0.0
    return means, offsets


def _products(columns: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Per run, the table times its weight vector: shape (runs, regions).

    Both operands must be contiguous for numpy to hand each run to BLAS (a strided weight
    array, such as a column selection, takes numpy's own loop, which sums differently).
    """
    stacked = np.ascontiguousarray(weights)[:, :, None]
    return np.matmul(np.ascontiguousarray(columns).transpose(0, 2, 1), stacked)[:, :, 0]


def composite_index(
    normalised: pd.DataFrame,
    groups: dict[str, list[str]],
    indicator_weights: dict[str, pd.Series],
    group_weights: pd.Series | None = None,
    *,
    method: str = "arithmetic",
    shift: float = GEOMETRIC_SHIFT,
) -> tuple[pd.DataFrame, pd.Series, list[str]]:
    """Sub-indices of every group, and the overall index that combines them.

    Parameters
    ----------
    normalised : pandas.DataFrame
        Normalised indicators (regions in rows).
    groups : dict of str to list of str
        Group name -> indicator ids; an indicator may be in several groups.
    indicator_weights : dict of str to pandas.Series
        Group name -> weights of exactly that group's indicators.
    group_weights : pandas.Series, optional
        Group name -> weight of its sub-index; equal when None.  Normalised to sum 1.
    method : str
        One of :data:`AGGREGATIONS`, used for the sub-indices and the overall index.
    shift : float
        See :func:`aggregate`.

    Returns
    -------
    sub_indices : pandas.DataFrame
        One column per group, in the order of ``groups``.
    index : pandas.Series
        The overall index, named ``"index"``.
    notes : list of str

    Raises
    ------
    ParameterError
        A group without weights, weights that do not match the group's indicators, bad
        weights.
    """
    if not groups:
        raise ParameterError("No indicator group is defined; define at least one group.")
    columns: dict[str, pd.Series] = {}
    notes: list[str] = []
    for name, members in groups.items():
        if name not in indicator_weights:
            raise ParameterError(
                f'Group "{name}" has no indicator weights; compute or give weights for it.'
            )
        w = pd.Series(indicator_weights[name])
        members = pd.Index(list(members))
        if not members.sort_values().equals(w.index.sort_values()):
            raise ParameterError(
                f'The weights of group "{name}" are for {name_list(w.index)} but the group '
                f"holds {name_list(members)}; give one weight per indicator of the group."
            )
        columns[name], group_notes = aggregate(
            normalised, w, method, shift=shift, what=f'group "{name}"'
        )
        notes.extend(group_notes)
    sub_indices = pd.DataFrame(columns)
    if group_weights is None:
        group_weights = pd.Series(1.0, index=sub_indices.columns)
    group_weights = pd.Series(group_weights)
    missing = [name for name in sub_indices.columns if name not in group_weights.index]
    if missing:
        raise ParameterError(
            f"No group weight is given for {name_list(missing)}; give a weight for every "
            "group."
        )
    index, overall_notes = aggregate(
        sub_indices, group_weights, method, shift=shift, what="the groups (sub-indices)"
    )
    notes.extend(overall_notes)
    return sub_indices, index.rename("index"), notes
