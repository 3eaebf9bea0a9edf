"""Weights of the indicators within each group (Handbook, section 6).

Methods
-------
equal
    ``1 / n`` for each of the ``n`` indicators of a group.
user
    The analyst's raw weights, divided by their sum within each group.
pca
    Factor-analysis weights (Handbook 6.1, after Nicoletti et al. 2000), see
    :func:`pca_weights`.  The principal components come from scikit-learn's ``PCA``; the
    varimax rotation is :func:`varimax` (numpy SVD).
entropy
    Entropy weight method, see :func:`entropy_weights`.

Groups may share indicators: weights are always computed group by group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..choices import WEIGHTING
from ..errors import ParameterError
from .normalise import check_not_constant, check_table, name_list

#: the weighting methods :func:`compute_weights` knows
WEIGHTINGS = WEIGHTING.values
#: Handbook criteria for retaining a factor
MIN_EIGENVALUE = 1.0
MIN_FACTOR_SHARE = 0.10
TARGET_CUMULATIVE_SHARE = 0.60
#: added to the 0..1 rescaled values before the entropy shares are formed
ENTROPY_EPSILON = 1e-9


@dataclass
class WeightsResult:
    """Indicator weights of every group and how they were obtained.

    Attributes
    ----------
    weights : dict of str to pandas.Series
        Group -> weights indexed by indicator, each >= 0 and summing to 1 within the group.
    method : str
        The weighting method, one of :data:`WEIGHTINGS`.
    details : pandas.DataFrame or None
        For ``pca`` and ``entropy``: one row per (group, indicator) with the intermediate
        results (see :func:`pca_weights` and :func:`entropy_weights`); None otherwise.
    notes : list of str
        Remarks for the report (factors retained, degenerate groups ...).
    factors : pandas.DataFrame or None
        For ``pca``: one row per (group, factor) with eigenvalues and variance shares (see
        :func:`pca_weights`); None otherwise.
    """

    weights: dict[str, pd.Series]
    method: str
    details: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)
    factors: pd.DataFrame | None = None


def normalise_weights(raw: pd.Series, what: str) -> pd.Series:
    """Divide weights by their sum.

    Parameters
    ----------
    raw : pandas.Series
        Raw weights, indexed by indicator (or group).
    what : str
        What the weights belong to, for the message (e.g. ``'group "Inputs"'``).

    Returns
    -------
    pandas.Series
        Float weights summing to 1.

    Raises
    ------
    ParameterError
        When a weight is negative, missing or not a number, or the weights sum to zero.
    """
    weights = pd.to_numeric(pd.Series(raw, dtype="object"), errors="coerce").astype("float64")
    array = weights.to_numpy()
    if len(array) == 0 or not np.isfinite(array).all() or (array < 0).any() or array.sum() <= 0:
        shown = ", ".join(f"{name} = {value!r}" for name, value in pd.Series(raw).items())
        raise ParameterError(
            f"Weights of {what} must be zero or positive and sum to a positive number; got "
            f"{shown or 'no weights'}. Correct these weights."
        )
    return weights / array.sum()


def varimax(
    loadings: np.ndarray, gamma: float = 1.0, max_iter: int = 10_000, tol: float = 1e-12
) -> np.ndarray:
    """Kaiser's varimax rotation (orthogonal) of a loading matrix.

    Maximises the orthomax criterion ``sum_j [sum_i l_ij^4 - gamma/p (sum_i l_ij^2)^2]``
    (gamma = 1: varimax; 0: quartimax) by the usual SVD iteration: with ``L`` the loadings
    (p indicators x k factors) and ``R`` the current rotation, ``B = L @ R`` and
    ``U S V' = svd(L' (B^3 - gamma/p * B diag(B'B)))``; the new rotation is ``U V'``.  It
    iterates to convergence: until no entry of the rotation changes by more than ``tol``
    (a stop on a small gain of the criterion, as scikit-learn's 1e-6, can leave the rotation
    1e-2 from its fixed point on random 7 x 3 loadings).  Random loadings of up to 12 x 4
    converge in 27 iterations at the median and at most about 800 (300 cases measured).
    No row (Kaiser) normalisation by the communalities is applied.

    Parameters
    ----------
    loadings : numpy.ndarray
        Loadings, shape (indicators, factors).
    gamma : float
        Orthomax parameter; 1 is varimax.
    max_iter : int
        Largest number of iterations.
    tol : float
        Largest change of any entry of the rotation matrix at convergence.

    Returns
    -------
    numpy.ndarray
        Rotated loadings, same shape.

    Raises
    ------
    ParameterError
        For loadings that are not a finite 2-D table, or a rotation that does not converge
        within ``max_iter`` iterations.
    """
    matrix = np.asarray(loadings, dtype="float64")
    if matrix.ndim != 2 or not np.isfinite(matrix).all():
        raise ParameterError("The loadings to rotate must be a finite 2-D table; check the PCA.")
    n_rows, n_factors = matrix.shape
    if n_factors < 2:
        return matrix.copy()
    rotation = np.eye(n_factors)
    for _ in range(max_iter):
        rotated = matrix @ rotation
        column_ss = (rotated**2).sum(axis=0)
        target = rotated**3 - (gamma / n_rows) * rotated * column_ss
        left, _, right = np.linalg.svd(matrix.T @ target)
        previous, rotation = rotation, left @ right
        if np.abs(rotation - previous).max() <= tol:
            return matrix @ rotation
    raise ParameterError(
        f"The varimax rotation did not converge in {max_iter} iterations; "
        "choose another weighting than PCA for these indicators."
    )


def _check_groups(columns: pd.Index, groups: dict[str, list[str]]) -> None:
    """Every group has indicators, once each, all present in the table."""
    if not groups:
        raise ParameterError("No indicator group is defined; define at least one group.")
    for name, members in groups.items():
        members = list(members)
        if not members:
            raise ParameterError(f'Group "{name}" has no indicator; add some or remove it.')
        repeated = pd.Index(members)[pd.Index(members).duplicated()]
        if len(repeated):
            raise ParameterError(
                f'Group "{name}" lists indicator(s) {name_list(repeated.unique())} more than '
                "once; list each indicator once."
            )
        absent = [member for member in members if member not in columns]
        if absent:
            raise ParameterError(
                f'Group "{name}" names indicator(s) {name_list(absent)} that are not in the '
                "normalised table; correct the group or add the indicators."
            )


def pca_weights(
    block: pd.DataFrame, group: str
) -> tuple[pd.Series, pd.DataFrame, pd.DataFrame, list[str]]:
    """Factor-analysis (PCA) weights of one group of indicators.

    Steps (Handbook 6.1, Nicoletti et al. 2000):

    1. Standardise the indicators (z-scores, ddof = 1), so that the PCA (scikit-learn
       ``PCA``) works on the correlation matrix; its eigenvalues are the
       ``explained_variance_``.
    2. Retention rule: keep every factor whose eigenvalue is > 1 **and** which explains
       > 10 % of the total variance (eigenvalues decrease, so these are the leading ones);
       keep the first factor if none qualifies.  The Handbook's third criterion, a
       cumulative share > 60 %, is not used to stop or add factors (stopping at 60 % would
       drop a second block of indicators whenever the first explains over 60 %, and adding
       would break the eigenvalue rule); a note says when the retained factors explain
       60 % or less.
    3. Loadings = ``components_`` x sqrt(eigenvalue); rotated by :func:`varimax` when
       more than one factor is retained.
    4. Squared rotated loadings, each factor's column scaled to sum 1.
    5. Each indicator is assigned to the factor on which its (unscaled) squared loading is
       largest.
    6. Factor share = variance explained by the rotated factor (column sum of squared
       rotated loadings) / variance explained by all retained factors.
    7. Weight = scaled squared loading on the assigned factor x factor share, then divided
       by the sum over the group.

    Parameters
    ----------
    block : pandas.DataFrame
        The group's normalised indicators (regions in rows), none constant.
    group : str
        Group name, for notes.

    Returns
    -------
    weights : pandas.Series
        Indicator weights summing to 1.
    details : pandas.DataFrame
        Per indicator and retained factor ``F<k>``: ``unrotated_F<k>`` (PCA loadings),
        ``loading_F<k>`` (rotated), ``sq_share_F<k>`` (scaled squared loadings); then
        ``factor`` (assigned), ``factor_share`` and ``weight``.
    factors : pandas.DataFrame
        Per factor ``F<k>`` of the PCA: ``eigenvalue``, ``variance_share``,
        ``cumulative_share``, ``retained``, and for retained ones ``rotated_variance`` and
        ``rotated_share`` (the factor share of step 6).
    notes : list of str
    """
    # scikit-learn does the principal component analysis
    from sklearn.decomposition import PCA

    n_regions, n_indicators = block.shape
    names = block.columns
    if n_indicators == 1:
        weights = pd.Series(1.0, index=names)
        details = pd.DataFrame({"factor": "F1", "factor_share": 1.0, "weight": 1.0}, index=names)
        factors = pd.DataFrame(
            {"eigenvalue": 1.0, "variance_share": 1.0, "cumulative_share": 1.0,
             "retained": True, "rotated_variance": 1.0, "rotated_share": 1.0},
            index=pd.Index(["F1"], name="factor"),
        )
        return weights, details, factors, [f'Group "{group}" has one indicator; its weight is 1.']
    z = (block - block.mean()) / block.std(ddof=1)
    pca = PCA(svd_solver="full").fit(z.to_numpy())
    eigen = pca.explained_variance_
    share = pca.explained_variance_ratio_
    eligible = (eigen > MIN_EIGENVALUE) & (share > MIN_FACTOR_SHARE)
    keep = np.cumprod(eligible).astype(bool)
    keep[0] = True
    n_keep = int(keep.sum())
    unrotated = pca.components_[:n_keep].T * np.sqrt(eigen[:n_keep])
    rotated = varimax(unrotated) if n_keep > 1 else unrotated
    squared = rotated**2
    factor_var = squared.sum(axis=0)
    scaled = squared / factor_var
    factor_share = factor_var / factor_var.sum()
    assigned = squared.argmax(axis=1)
    raw = scaled[np.arange(n_indicators), assigned] * factor_share[assigned]
    weights = pd.Series(raw / raw.sum(), index=names)

    labels = [f"F{k + 1}" for k in range(n_keep)]
    details = pd.concat(
        [
            pd.DataFrame(unrotated, index=names, columns=[f"unrotated_{f}" for f in labels]),
            pd.DataFrame(rotated, index=names, columns=[f"loading_{f}" for f in labels]),
            pd.DataFrame(scaled, index=names, columns=[f"sq_share_{f}" for f in labels]),
        ],
        axis=1,
    )
    details["factor"] = np.asarray(labels)[assigned]
    details["factor_share"] = factor_share[assigned]
    details["weight"] = weights
    padding = np.full(len(eigen) - n_keep, np.nan)
    factors = pd.DataFrame(
        {
            "eigenvalue": eigen,
            "variance_share": share,
            "cumulative_share": np.cumsum(share),
            "retained": keep,
            "rotated_variance": np.concatenate([factor_var, padding]),
            "rotated_share": np.concatenate([factor_share, padding]),
        },
        index=pd.Index([f"F{k + 1}" for k in range(len(eigen))], name="factor"),
    )
    return weights, details, factors, _pca_notes(group, block.shape, eigen, share, keep)


def _pca_notes(
    group: str, shape: tuple[int, int], eigen: np.ndarray, share: np.ndarray, keep: np.ndarray
) -> list[str]:
    """What the analyst should know about the PCA of one group."""
    n_regions, n_indicators = shape
    n_keep = int(keep.sum())
    explained = share[keep].sum()
    shown = ", ".join(f"{value:.3g}" for value in eigen[keep])
    notes = [
        f'Group "{group}": {n_keep} factor(s) retained of {len(eigen)} (eigenvalue(s) {shown}; '
        f"{100 * explained:.1f} % of the variance)."
    ]
    if n_indicators == 2:
        notes.append(
            f'Group "{group}" has two indicators: a single factor loads equally on both, so '
            "the PCA weights are equal."
        )
    elif not (eigen[0] > MIN_EIGENVALUE and share[0] > MIN_FACTOR_SHARE):
        notes.append(
            f'Group "{group}": no factor has an eigenvalue above 1 and explains over 10 % of '
            "the variance; the indicators are nearly uncorrelated and the first factor is "
            "used anyway. Consider equal weights for this group."
        )
    elif explained <= TARGET_CUMULATIVE_SHARE:
        notes.append(
            f'Group "{group}": the retained factors explain only {100 * explained:.1f} % of '
            "the variance (the Handbook asks for over 60 %); the PCA weights summarise the "
            "group only partly."
        )
    if n_regions <= n_indicators:
        notes.append(
            f'Group "{group}" has {n_indicators} indicators but only {n_regions} regions; the '
            "correlations, and so the PCA weights, are unreliable."
        )
    return notes


def entropy_weights(block: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Entropy weights of one group of indicators.

    Each indicator is rescaled to 0..1 (min-max of the given normalised values), then
    ``y = rescaled + 1e-9`` so that no share is zero; ``p_ij = y_ij / sum_i y_ij``,
    ``e_j = -(1 / ln n) sum_i p_ij ln p_ij`` (n regions), ``d_j = 1 - e_j`` and
    ``w_j = d_j / sum_j d_j``.  An indicator whose values are spread unevenly (low entropy)
    gets a larger weight.

    Returns
    -------
    weights : pandas.Series
    details : pandas.DataFrame
        Per indicator: ``entropy`` (e_j), ``divergence`` (d_j) and ``weight``.
    """
    low, high = block.min(), block.max()
    y = (block - low) / (high - low) + ENTROPY_EPSILON
    p = y / y.sum()
    entropy = -(p * np.log(p)).sum() / np.log(len(block))
    divergence = 1.0 - entropy
    weights = normalise_weights(divergence, "the entropy divergences")
    details = pd.DataFrame({"entropy": entropy, "divergence": divergence, "weight": weights})
    return weights, details


def compute_weights(
    normalised: pd.DataFrame,
    groups: dict[str, list[str]],
    method: str = "equal",
    user: dict[str, float] | None = None,
) -> WeightsResult:
    """Weights of the indicators within each group.

    Parameters
    ----------
    normalised : pandas.DataFrame
        Normalised indicators (regions in rows), no missing value.
    groups : dict of str to list of str
        Group name -> indicator ids; an indicator may be in several groups.
    method : str
        One of :data:`WEIGHTINGS` (see the module docstring).
    user : dict of str to float, optional
        Indicator id -> raw weight; required by ``user``.

    Returns
    -------
    WeightsResult

    Raises
    ------
    ParameterError
        Unknown method, bad groups, bad or missing user weights, a constant indicator, fewer
        than 3 regions (pca) or 2 regions (entropy).
    """
    if method not in WEIGHTINGS:
        raise ParameterError(
            f'Unknown weighting "{method}"; choose one of {", ".join(WEIGHTINGS)}.'
        )
    table = check_table(normalised, "weighting")
    _check_groups(table.columns, groups)
    members = {name: list(ids) for name, ids in groups.items()}
    if method == "equal":
        weights = {name: pd.Series(1.0 / len(ids), index=pd.Index(ids))
                   for name, ids in members.items()}
        return WeightsResult(weights, method, None, [])
    if method == "user":
        return _user_weights(members, user)
    return _data_weights(table, members, method)


def _user_weights(
    members: dict[str, list[str]], user: dict[str, float] | None
) -> WeightsResult:
    """The user's weights, normalised within each group."""
    if user is None:
        raise ParameterError(
            "User weighting was chosen but no weights were given; give a weight for every "
            "indicator."
        )
    weights: dict[str, pd.Series] = {}
    for name, ids in members.items():
        missing = [ind for ind in ids if ind not in user]
        if missing:
            raise ParameterError(
                f'No user weight is given for indicator(s) {name_list(missing)} of group '
                f'"{name}"; give a weight (0 or more) for each.'
            )
        raw = pd.Series({ind: user[ind] for ind in ids}, dtype="object")
        weights[name] = normalise_weights(raw, f'group "{name}"')
    used = {ind for ids in members.values() for ind in ids}
    unused = [ind for ind in user if ind not in used]
    notes = [f"User weights of {name_list(unused)} were ignored: in no group."] if unused else []
    return WeightsResult(weights, "user", None, notes)


def _data_weights(
    table: pd.DataFrame, members: dict[str, list[str]], method: str
) -> WeightsResult:
    """PCA or entropy weights, computed group by group from the data."""
    minimum = 3 if method == "pca" else 2
    if len(table) < minimum:
        raise ParameterError(
            f"{method.upper() if method == 'pca' else 'Entropy'} weighting needs at least "
            f"{minimum} regions; the table has {len(table)}. Use equal or user weights."
        )
    weights: dict[str, pd.Series] = {}
    notes: list[str] = []
    parts: dict[str, pd.DataFrame] = {}
    factor_parts: dict[str, pd.DataFrame] = {}
    for name, ids in members.items():
        block = table[ids]
        check_not_constant(block)
        if method == "pca":
            weights[name], parts[name], factor_parts[name], group_notes = pca_weights(
                block, name
            )
            notes.extend(group_notes)
        else:
            weights[name], parts[name] = entropy_weights(block)
    details = pd.concat(parts, names=["group", "indicator"])
    factors = pd.concat(factor_parts, names=["group", "factor"]) if factor_parts else None
    return WeightsResult(weights, method, details, notes, factors)
