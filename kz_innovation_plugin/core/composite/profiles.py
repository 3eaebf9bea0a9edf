"""Innovation profiles: clusters of regions with similar normalised indicators.

k-means or Ward's clustering, and the silhouette score that picks the number of clusters,
come from :mod:`.clustering` (SciPy and numpy; the same methods as scikit-learn's
``KMeans``, ``AgglomerativeClustering`` and ``silhouette_score``, which the tests compare
them with); pandas renumbers the clusters so that profile 1 has the highest mean index.
The normalised indicators are clustered as they are (no further scaling): they already
share one scale.

The silhouette compares every region with every other one, so its cost grows with the square
of the regions (630 s for the five k tried at 100,000 features).  Up to
:data:`SILHOUETTE_SAMPLE` regions it is computed on all of them; above that, on a random
sample of that many regions (the same sample for every k, drawn with the profiles' seed
as scikit-learn's ``silhouette_score(sample_size=...)`` draws it), which keeps its cost
fixed.  The result says which was used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..choices import PROFILE_METHOD
from ..errors import ParameterError, TableFormatError
from .clustering import kmeans_labels, silhouette, ward_labels

#: clustering algorithms offered
PROFILE_METHODS = PROFILE_METHOD.values
MIN_REGIONS = 3
#: the silhouette uses every region up to this many, and a random sample of this many above
SILHOUETTE_SAMPLE = 5000
#: the two criteria :attr:`ProfileResult.criterion` names
CRITERIA = ("silhouette", "sampled silhouette")


@dataclass
class ProfileResult:
    """Profiles of the regions.

    Attributes
    ----------
    labels : pandas.Series
        Profile 1..k per region; 1 = the cluster with the highest mean index, then
        descending (ties: the cluster holding the smallest region id first).
    k : int
        Number of profiles.
    silhouette : dict of int to float
        Silhouette score of every k tried (only the given k when k was chosen).
    method : str
        ``"kmeans"`` or ``"ward"``.
    notes : list of str
        Sentences for the log.
    criterion : str
        ``"silhouette"`` (mean silhouette of all regions) or ``"sampled silhouette"`` (of a
        random sample of :attr:`sample_size` regions, when there are more than
        :data:`SILHOUETTE_SAMPLE`).
    sample_size : int
        How many regions the silhouette was computed on.
    """

    labels: pd.Series
    k: int
    silhouette: dict[int, float]
    method: str
    notes: list[str] = field(default_factory=list)
    criterion: str = "silhouette"
    sample_size: int = 0


def profile_clusters(
    normalised: pd.DataFrame,
    index: pd.Series,
    method: str = "kmeans",
    *,
    k: int | None = None,
    seed: int = 1,
    k_max: int = 6,
) -> ProfileResult:
    """Cluster the regions on their normalised indicators.

    Parameters
    ----------
    normalised : pandas.DataFrame
        Index = region ids, columns = indicator ids, no missing values.
    index : pandas.Series
        Composite index per region, used only to number the profiles.
    method : {"kmeans", "ward"}
        k-means, the best of 10 k-means++ starts (scikit-learn's ``KMeans(n_clusters=k,
        n_init=10)``), or Ward's minimum-variance clustering.
    k : int, optional
        Number of profiles, 2 <= k < number of regions.  When None, k = 2..min(k_max, n - 1)
        are tried and the one with the highest silhouette score wins (ties: the smaller k).
        Above :data:`SILHOUETTE_SAMPLE` regions the score is that of a random sample.
    seed : int
        Random state of k-means and of the silhouette's sample, so that runs repeat.
    k_max : int
        Largest k tried when ``k`` is None (at least 2).

    Returns
    -------
    ProfileResult

    Raises
    ------
    ParameterError
        Unknown method, fewer than 3 regions, k or k_max out of range, or regions too alike
        to be told apart.
    TableFormatError
        A missing value, or a region without an index value.
    """
    if method not in PROFILE_METHODS:
        raise ParameterError(
            f'Unknown profile method "{method}": choose one of {", ".join(PROFILE_METHODS)}.'
        )
    data, scores = _check_data(normalised, index)
    n = len(data)
    ks = _candidate_ks(n, k, k_max)
    sample = min(n, SILHOUETTE_SAMPLE)

    silhouette: dict[int, float] = {}
    best_k, best_labels, best_score = None, None, -np.inf
    for trial in ks:  # a handful of k values
        labels = _cluster(data, method, trial, seed)
        silhouette[trial] = _silhouette(data, labels, sample, seed)
        if k is not None or silhouette[trial] > best_score:
            best_k, best_labels, best_score = trial, labels, silhouette[trial]
    if best_labels is None:
        raise ParameterError(
            "The regions are too alike for profiles: their normalised indicators do not "
            "split into groups. Add indicators or skip the profiles."
        )
    labels = _renumber(best_labels, data.index, scores)
    criterion = CRITERIA[sample < n]
    notes = [_note(method, best_k, silhouette, k is None)]
    if sample < n:
        notes.append(
            f"The silhouette scores are those of a random sample of {sample:,} of the {n:,} "
            f"regions (seed {seed}): over all regions their cost grows with the square of n."
        )
    return ProfileResult(labels, best_k, silhouette, method, notes=notes,
                         criterion=criterion, sample_size=sample)


def _check_data(normalised: pd.DataFrame, index: pd.Series) -> tuple[pd.DataFrame, pd.Series]:
    if len(normalised) < MIN_REGIONS:
        raise ParameterError(
            f"Only {len(normalised)} regions: profiles need at least {MIN_REGIONS}."
        )
    gaps = normalised.isna()
    if gaps.to_numpy().any():
        name = gaps.columns[gaps.any(axis=0)][0]
        region = gaps.index[gaps[name]][0]
        raise TableFormatError(
            f'Region {region} has no value for indicator "{name}": fill or drop missing '
            f"values before the profiles."
        )
    scores = pd.to_numeric(index.reindex(normalised.index), errors="coerce")
    if scores.isna().any():
        region = scores.index[scores.isna()][0]
        raise TableFormatError(
            f"Region {region} has no index value: compute the index for the same regions "
            f"as the normalised indicators."
        )
    return normalised.astype(float), scores.astype(float)


def _candidate_ks(n: int, k: int | None, k_max: int) -> list[int]:
    if k is not None:
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 2 <= k < n:
            raise ParameterError(
                f"The number of profiles must be a whole number from 2 to {n - 1} (one less "
                f"than the {n} regions); got {k!r}."
            )
        return [int(k)]
    if isinstance(k_max, bool) or not isinstance(k_max, (int, np.integer)) or k_max < 2:
        raise ParameterError(
            f"The largest number of profiles to try must be a whole number of at least 2; "
            f"got {k_max!r}."
        )
    return list(range(2, min(int(k_max), n - 1) + 1))


def _cluster(data: pd.DataFrame, method: str, k: int, seed: int) -> np.ndarray:
    x = data.to_numpy()
    return kmeans_labels(x, k, seed) if method == "kmeans" else ward_labels(x, k)


def _silhouette(data: pd.DataFrame, labels: np.ndarray, sample: int, seed: int) -> float:
    """Mean silhouette of all regions, or of a random sample of ``sample`` of them.

    The sample is drawn from ``seed``, so every k is scored on the same regions; NaN when
    the regions (or the sample) fall in fewer than 2 clusters or each in its own.
    """
    return silhouette(data.to_numpy(), labels, sample if sample < len(labels) else None, seed)


def _renumber(labels: np.ndarray, regions: pd.Index, scores: pd.Series) -> pd.Series:
    """Profile 1 = highest mean index; ties by the smallest region id in the cluster."""
    frame = pd.DataFrame({"cluster": labels, "score": scores.to_numpy(), "region": regions})
    summary = frame.groupby("cluster").agg(mean=("score", "mean"), first=("region", "min"))
    order = summary.sort_values(["mean", "first"], ascending=[False, True]).index
    mapping = pd.Series(np.arange(1, len(order) + 1), index=order)
    return pd.Series(mapping.reindex(labels).to_numpy(), index=regions, name="profile")


def _note(method: str, k: int, silhouette: dict[int, float], searched: bool) -> str:
    name = "k-means" if method == "kmeans" else "Ward clustering"
    if searched:
        tried = ", ".join(f"k={key}: {value:.3f}" for key, value in silhouette.items())
        return f"{name}: {k} profiles chosen by the highest silhouette score ({tried})."
    return f"{name}: {k} profiles as requested (silhouette {silhouette[k]:.3f})."
