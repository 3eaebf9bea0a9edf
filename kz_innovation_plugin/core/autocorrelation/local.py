"""Local statistics: local Moran's I (LISA clusters) and Getis-Ord Gi* (hot and cold spots).

Local Moran, GeoDa's convention (checked against pygeoda 0.1.3 to 1e-9)
-----------------------------------------------------------------------
``z = (y - mean(y)) / sd(y)`` with the *sample* standard deviation (``n - 1``), over all
features, islands included; weights row-standardised; ``I_i = z_i * lag_i`` with
``lag_i = sum_j w_ij z_j``.  This equals esda's ``Moran_Local(...).Is``, which uses the
population deviation and multiplies by ``(n - 1) / sum(z**2)``.  The bivariate version
(GeoDa's bivariate LISA) is ``I_i = z_y_i * lag(z_x)_i``.  Cluster codes are GeoDa's:
0 not significant, 1 High-High, 2 Low-Low, 3 Low-High, 4 High-Low, 5 significant but
undefined (``z_i`` or its lag exactly 0), 6 isolated (no neighbours).

Gi*, the star version
---------------------
Each feature belongs to its own neighbourhood with weight 1 and every neighbour has weight
1 (binary weights, as ``esda.G_Local(star=True, transform="B")``).  The z-score is the
analytical one of Getis and Ord, as ArcGIS Pro's ``GiZScore`` and esda's ``Zs``::

    z_i = (sum_j w_ij x_j - mean(x) W_i) / (S sqrt((n W_i - W_i**2) / (n - 1)))

with ``W_i = k_i + 1`` and ``S`` the population standard deviation.  ``GiValue`` is
GeoDa's G* (``pygeoda.local_gstar``): the mean over the neighbourhood, self included,
divided by the total, ``(sum_j w_ij x_j / W_i) / sum(x)``; esda's binary ``Gs`` is ``W_i``
times it.  It is left empty for fields with negative values, where the ratio has no
meaning (the z-score does not need it).

Pseudo p-values come from :mod:`.permutation`, by default counting permuted statistics
equal to the observed one in either tail; ``ties="upper"`` reproduces GeoDa's and esda's
folding, which ignores lower-tail ties and so reports p = 1/(P + 1) for a feature whose
single neighbour holds the extreme value (the exact p-value is 1/(n - 1)).  GeoDa's own
draws (pygeoda 0.1.3) also differ from the exact conditional p-values by more than Monte
Carlo error, e.g. 0.0625 where the exact value is 0.05; esda's and these do not.

Islands are not tested: their statistics and p-values are empty (NaN), LISA code 6,
Gi_Bin 0.  Their values still enter the mean and standard deviation, as in GeoDa and esda.
Multiple testing: :mod:`.correction`.  NumPy and SciPy do the arithmetic; nothing loops
over features.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from dataclasses import field as dataclass_field

import numpy as np
import pandas as pd

from .._checks import describe_ids, unknown_choice
from ..choices import INFERENCE
from ..errors import ParameterError
from .correction import (
    check_alpha,
    check_correction,
    corrected_threshold,
    few_features_note,
    small_sample_note,
    smallest_pvalue,
)
from .inputs import (
    check_permutations,
    check_seed,
    field_values,
    standardise,
    weights_from_graph,
)
from .permutation import TIES, conditional_permutation_counts, pseudo_p_values

#: GeoDa's LISA cluster codes
LISA_LABELS = {
    0: "Not significant",
    1: "High-High",
    2: "Low-Low",
    3: "Low-High",
    4: "High-Low",
    5: "Undefined",
    6: "Isolated",
}
#: ArcGIS Pro's COType for the significant quadrants; "" otherwise
COTYPE = {1: "HH", 2: "LL", 3: "LH", 4: "HL"}
#: Gi* inference methods
INFERENCES = INFERENCE.values
#: Gi_Bin levels: bin -> significance level (99, 95 and 90 % confidence)
GI_LEVELS = {3: 0.01, 2: 0.05, 1: 0.10}

LISA_COLUMNS = ["LISA_I", "LISA_P", "LISA_CL", "LISA_LABEL", "COType", "NNeighbors"]
GI_COLUMNS = ["GiValue", "GiZScore", "GiPValue", "Gi_Bin", "NNeighbors"]


class _Record:
    """The method record of a result: every field but the frame, in order."""

    def record(self) -> dict:
        """The result's numbers and settings as a dict (the provenance record's entry)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "frame"}


@dataclass
class LocalMoranResult(_Record):
    """Local Moran's I of one field (:func:`local_moran`).

    Attributes
    ----------
    frame : pandas.DataFrame
        Indexed like the field: ``LISA_I``, ``LISA_P`` (pseudo p-value), ``LISA_CL`` (code
        of :data:`LISA_LABELS`), ``LISA_LABEL``, ``COType`` and ``NNeighbors``
        (neighbours, the feature itself not counted).
    statistic : str
        ``"local Moran's I"`` or ``"bivariate local Moran's I"``.
    field, lag_field : str
        The field tested and the field whose spatial lag it is compared with.
    transform : str
        ``"r"`` (row-standardised) or ``"b"`` (binary) weights.
    permutations, seed : int
        The conditional permutations and their seed.
    ties : str
        How permuted statistics equal to the observed one are counted.
    alpha : float
        Significance level before the correction.
    correction : str
        ``"none"``, ``"bonferroni"`` or ``"fdr"``.
    threshold : float
        The corrected p-value cut-off.
    smallest_p : float
        The smallest pseudo p-value the permutations can give, ``1 / (permutations + 1)``.
    features, tested : int
        Features, and those with neighbours (tested).
    islands : list
        Ids of the features without neighbours.
    clusters : dict
        Features per cluster label of :data:`LISA_LABELS`.
    notes : list of str
        What the user should read about the result (few features, islands).
    warnings : list of str
        Those of ``notes`` a reader must not miss (too few features; a corrected cut-off
        that no permutation p-value can reach).
    """

    frame: pd.DataFrame
    statistic: str
    field: object
    lag_field: object
    transform: str
    permutations: int
    seed: int
    ties: str
    alpha: float
    correction: str
    threshold: float
    smallest_p: float
    features: int
    tested: int
    islands: list
    clusters: dict[str, int]
    notes: list[str] = dataclass_field(default_factory=list)
    warnings: list[str] = dataclass_field(default_factory=list)


@dataclass
class HotspotResult(_Record):
    """Getis-Ord Gi* of one field (:func:`hotspots`).

    Attributes
    ----------
    frame : pandas.DataFrame
        Indexed like the field: ``GiValue`` (GeoDa's G*), ``GiZScore``, ``GiPValue``,
        ``Gi_Bin`` (-3..3, see :func:`gi_bins`) and ``NNeighbors``.
    statistic : str
        ``"Getis-Ord Gi*"``.
    field : str
        The field tested.
    inference : str
        ``"permutation"`` or ``"normal"``.
    permutations, seed : int or None
        The conditional permutations and their seed (None for normal inference).
    ties : str or None
        How permuted ties are counted (None for normal inference).
    alpha : float
        Significance level before the correction.
    correction : str
        ``"none"``, ``"bonferroni"`` or ``"fdr"``.
    threshold : float
        The corrected cut-off at ``alpha``.
    thresholds : dict
        Confidence level (0.9, 0.95, 0.99) -> the corrected cut-off of its Gi_Bin level.
    smallest_p : float or None
        The smallest pseudo p-value the permutations can give.
    features, tested : int
        Features, and those with a p-value.
    islands : list
        Ids of the features without neighbours.
    bins : dict
        Features per Gi_Bin, -3 to 3.
    notes : list of str
        What the user should read about the result.
    warnings : list of str
        Those of ``notes`` a reader must not miss (too few features; a corrected cut-off
        that no permutation p-value can reach).
    """

    frame: pd.DataFrame
    statistic: str
    field: object
    inference: str
    permutations: int | None
    seed: int | None
    ties: str | None
    alpha: float
    correction: str
    threshold: float
    thresholds: dict[float, float]
    smallest_p: float | None
    features: int
    tested: int
    islands: list
    bins: dict[int, int]
    notes: list[str] = dataclass_field(default_factory=list)
    warnings: list[str] = dataclass_field(default_factory=list)


def local_moran(
    y: pd.Series,
    graph,
    permutations: int = 999,
    seed: int = 1,
    alpha: float = 0.05,
    correction: str = "fdr",
    x: pd.Series | None = None,
    cancelled: Callable[[], bool] | None = None,
    ties: str = "both",
    transform: str = "r",
) -> LocalMoranResult:
    """Local Moran's I with conditional-permutation significance and LISA clusters.

    Parameters
    ----------
    y : pandas.Series
        Field values indexed by region id.
    graph : libpysal.graph.Graph or SpatialWeights
        Spatial weights indexed by the same ids; row-standardised or binary here, as
        ``transform`` says.
    permutations : int
        99 to 99,999.
    seed : int
        Seed of the permutation draws; the same seed gives the same result.
    alpha : float
        Significance level, in (0, 0.5].
    correction : str
        ``"none"``, ``"bonferroni"`` or ``"fdr"``.
    x : pandas.Series, optional
        For the bivariate LISA: ``y`` at each feature against the spatial lag of ``x``.
    cancelled : callable, optional
        Returns True when the user cancels; checked between chunks.
    ties : str
        ``"both"`` (default): permuted statistics equal to the observed one count in
        either tail; ``"upper"``: GeoDa's and esda's folding, to reproduce their
        p-values.  See :mod:`.permutation`.
    transform : {"r", "b"}
        ``"r"`` (GeoDa's convention): the lag is the mean of the neighbours' values;
        ``"b"`` (esda's ``transformation="B"``): their sum, so ``LISA_I`` is ``k_i`` times
        larger.  With equal weights in each row the pseudo p-values and clusters are the
        same either way (each feature's permuted statistics scale by the same factor).

    Returns
    -------
    LocalMoranResult
        The fields by feature (``frame``) and the numbers of the run; ``record()`` gives
        the method record.

    Raises
    ------
    ParameterError
        For a non-numeric, incomplete or constant field, weights that do not match it, or
        a parameter out of range.
    CancelledError
        When cancelled.
    """
    permutations, seed, alpha = _check_common(permutations, seed, alpha, correction, ties)
    if transform not in ("r", "b"):
        raise ParameterError(
            f'Unknown weights transform "{transform}" for local Moran\'s I; '
            'use "r" (row-standardised) or "b" (binary).'
        )
    weights = weights_from_graph(graph)
    z_y = standardise(field_values(y, weights))
    bivariate = x is not None
    # both fields are checked against the weights, hence cover the same features
    z_x = standardise(field_values(x, weights)) if bivariate else z_y
    matrix = weights.binary() if transform == "b" else weights.row_standardised()
    lag = matrix @ z_x
    lisa = z_y * lag
    islands = weights.islands
    counts = conditional_permutation_counts(
        z_x, matrix, permutations, seed, cancelled=cancelled, ties=ties, orientation=np.sign(z_y)
    )
    p = pseudo_p_values(counts, permutations)
    # with z_i = 0 the statistic is 0 under every permutation: no evidence either way
    p[z_y == 0] = 1.0
    lisa[islands], p[islands] = np.nan, np.nan
    threshold = corrected_threshold(p, alpha, correction)
    codes = lisa_codes(z_y, lag, p <= threshold, islands)
    notes = few_features_note(int((~islands).sum()), permutations, alpha, correction)
    cautions = notes[1:]  # after the smallest attainable p-value, its warnings
    notes += _island_notes(weights)
    return LocalMoranResult(
        frame=_lisa_frame(lisa, p, codes, weights).reindex(y.index),
        statistic="bivariate local Moran's I" if bivariate else "local Moran's I",
        field=y.name, lag_field=x.name if bivariate else y.name, transform=transform,
        permutations=permutations, seed=seed, ties=ties, alpha=alpha, correction=correction,
        threshold=threshold, smallest_p=smallest_pvalue(permutations),
        features=int(weights.ids.size), tested=int((~islands).sum()),
        islands=weights.ids[islands].tolist(),
        clusters={LISA_LABELS[c]: int((codes == c).sum()) for c in LISA_LABELS}, notes=notes,
        warnings=cautions,
    )


def _lisa_frame(lisa: np.ndarray, p: np.ndarray, codes: np.ndarray, weights) -> pd.DataFrame:
    """The LISA fields by feature id, in the weights' order."""
    return pd.DataFrame(
        {
            "LISA_I": lisa,
            "LISA_P": p,
            "LISA_CL": codes,
            "LISA_LABEL": pd.Series(codes).map(LISA_LABELS).to_numpy(dtype=object),
            "COType": pd.Series(codes).map(COTYPE).fillna("").to_numpy(dtype=object),
            "NNeighbors": weights.cardinalities.astype(np.int64),
        },
        index=weights.ids,
    )


def hotspots(
    y: pd.Series,
    graph,
    permutations: int = 999,
    seed: int = 1,
    alpha: float = 0.05,
    correction: str = "fdr",
    inference: str = "permutation",
    cancelled: Callable[[], bool] | None = None,
    ties: str = "both",
) -> HotspotResult:
    """Getis-Ord Gi* hot and cold spots.

    Parameters
    ----------
    y : pandas.Series
        Field values indexed by region id.
    graph : libpysal.graph.Graph or SpatialWeights
        Spatial weights indexed by the same ids; only which features are neighbours is
        used (binary weights, the feature itself included with weight 1).
    permutations, seed : int
        For ``inference="permutation"``; validated in any case.
    alpha : float
        Significance level reported in the record with its corrected cut-off.
    correction : str
        ``"none"``, ``"bonferroni"`` or ``"fdr"``: applied at each Gi_Bin level.
    inference : str
        ``"permutation"``: conditional-permutation pseudo p-values (as GeoDa), the more
        extreme tail's, compared with the Gi_Bin levels directly as GeoDa compares them
        with its cut-off; ``"normal"``: two-sided normal p-value of the z-score (as
        ArcGIS Pro).
    cancelled : callable, optional
        Returns True when the user cancels; checked between chunks.
    ties : str
        ``"both"`` or ``"upper"`` (GeoDa), as for :func:`local_moran`.

    Returns
    -------
    HotspotResult
        The fields by feature (``frame``) and the numbers of the run, with the cut-off of
        each Gi_Bin level under ``thresholds``; ``record()`` gives the method record.

    Raises
    ------
    ParameterError
        For a bad field, weights or parameter.
    CancelledError
        When cancelled.
    """
    permutations, seed, alpha = _check_common(permutations, seed, alpha, correction, ties)
    if inference not in INFERENCES:
        raise unknown_choice("inference", inference, INFERENCES)
    weights = weights_from_graph(graph)
    values = field_values(y, weights)
    islands = weights.islands
    zscore, g_value, notes = _gi_star(values, weights, y.name)
    tested = int((~islands).sum())
    if inference == "permutation":
        p = _gi_permutation_p(values, weights, permutations, seed, cancelled, ties)
        reach = few_features_note(tested, permutations, alpha, correction)
        cautions = reach[1:]  # after the smallest attainable p-value, its warnings
    else:
        from scipy.special import ndtr  # imported when used: permutations do without it

        p = 2.0 * ndtr(-np.abs(zscore))  # two-sided normal p-value
        reach = cautions = small_sample_note(tested)
    notes += reach
    p[np.isnan(zscore)] = np.nan
    g_value[islands] = np.nan
    bins = gi_bins(zscore, p, correction)
    notes += _island_notes(weights)
    if np.isnan(zscore[~islands]).any():
        notes.append(
            "Features neighbouring every other feature have no Gi* z-score (the variance "
            "is zero); they are left empty."
        )
    frame = pd.DataFrame(
        {"GiValue": g_value, "GiZScore": zscore, "GiPValue": p, "Gi_Bin": bins,
         "NNeighbors": weights.cardinalities.astype(np.int64)},
        index=weights.ids,
    ).reindex(y.index)
    permuted = inference == "permutation"
    return HotspotResult(
        frame=frame, statistic="Getis-Ord Gi*", field=y.name, inference=inference,
        permutations=permutations if permuted else None, seed=seed if permuted else None,
        ties=ties if permuted else None, alpha=alpha, correction=correction,
        threshold=corrected_threshold(p, alpha, correction),
        thresholds={
            1 - level: corrected_threshold(p, level, correction) for level in GI_LEVELS.values()
        },
        smallest_p=smallest_pvalue(permutations) if permuted else None,
        features=int(values.size), tested=int(np.isfinite(p).sum()),
        islands=weights.ids[islands].tolist(),
        bins={int(b): int((bins == b).sum()) for b in range(-3, 4)}, notes=notes,
        warnings=cautions,
    )


def _gi_star(values: np.ndarray, weights, name) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(Gi* z-scores, GeoDa's G* or NaN for a field with negative values, notes); the
    z-scores of islands and of zero-variance neighbourhoods are NaN."""
    n = values.size
    size = weights.cardinalities + 1.0  # W_i: the neighbours and the feature itself
    local_sum = weights.binary() @ values + values
    spread = values.std(ddof=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        zscore = (local_sum - values.mean() * size) / (
            spread * np.sqrt((n * size - size**2) / (n - 1))
        )
    zscore[~np.isfinite(zscore) | weights.islands] = np.nan
    if values.min() >= 0:
        return zscore, local_sum / size / values.sum(), []
    note = (f"Field '{name}' has negative values: GiValue (a share of the total) is left "
            "empty; the z-scores do not need it.")
    return zscore, np.full(n, np.nan), [note]


def _gi_permutation_p(values: np.ndarray, weights, permutations: int, seed: int,
                      cancelled, ties: str) -> np.ndarray:
    """Conditional-permutation pseudo p-values of Gi*."""
    # Gi* is monotone in the lag, so any positive scaling of the binary weights
    # gives the same counts; row-standardised binary weights make them identical
    # to local Moran's on a contiguity graph
    binary_row = weights.binary()
    binary_row.data /= np.repeat(weights.cardinalities, weights.cardinalities)
    counts = conditional_permutation_counts(
        standardise(values), binary_row, permutations, seed, cancelled=cancelled, ties=ties
    )
    return pseudo_p_values(counts, permutations)


def gi_bins(z: np.ndarray, p: np.ndarray, correction: str = "none") -> np.ndarray:
    """Gi_Bin as ArcGIS Pro: +/-3, 2, 1 for 99, 95 and 90 % confidence, the sign of z.

    Parameters
    ----------
    z : numpy.ndarray
        Gi* z-scores (NaN for features not tested).
    p : numpy.ndarray
        Their p-values (NaN for features not tested).
    correction : str
        With ``"fdr"`` or ``"bonferroni"`` a level counts only when ``p`` passes that
        level's corrected cut-off, as ArcGIS Pro's FDR option.

    Returns
    -------
    numpy.ndarray
        int64 bins, 0 where not significant at 90 % or not tested.
    """
    check_correction(correction)
    z = np.asarray(z, dtype=float)
    p = np.asarray(p, dtype=float)
    level = np.zeros(z.size, dtype=np.int64)
    for bin_, significance in sorted(GI_LEVELS.items()):
        cut = corrected_threshold(p, significance, correction)
        level[np.nan_to_num(p, nan=2.0) <= cut] = bin_
    return level * np.sign(np.nan_to_num(z)).astype(np.int64)


def _check_common(permutations, seed, alpha, correction, ties) -> tuple[int, int, float]:
    """Validate the parameters every local statistic takes."""
    check_correction(correction)
    if ties not in TIES:
        raise unknown_choice("tie rule", ties, TIES)
    return check_permutations(permutations), check_seed(seed), check_alpha(alpha)


def lisa_codes(
    z: np.ndarray, lag: np.ndarray, significant: np.ndarray, islands: np.ndarray
) -> np.ndarray:
    """GeoDa's cluster codes from the signs of ``z`` and of its lag (only the signs count):
    1 High-High, 2 Low-Low, 3 Low-High, 4 High-Low, 5 significant but undefined, 0 not
    significant, 6 no neighbours."""
    quadrant = np.select(
        [(z > 0) & (lag > 0), (z < 0) & (lag < 0), (z < 0) & (lag > 0), (z > 0) & (lag < 0)],
        [1, 2, 3, 4],
        default=5,
    )
    codes = np.where(significant, quadrant, 0)
    codes[islands] = 6
    return codes.astype(np.int64)


def _island_notes(weights) -> list[str]:
    """A sentence on the features without neighbours, if any."""
    islands = weights.islands
    if not islands.any():
        return []
    listed = describe_ids(weights.ids[islands])
    return [
        f"{int(islands.sum())} feature(s) without neighbours ({listed}) are labelled "
        "Isolated and not tested; their values still enter the mean and standard deviation."
    ]
