"""k-means, Ward clusters and the mean silhouette, on numpy and SciPy.

The profiles (:mod:`.profiles`) used scikit-learn for these three.  Importing scikit-learn
also imports ``scipy.stats``, which together took about 0.9 s of every run of the tools
that compute the index, longer than the whole index on the 17 regions.  The same methods
are built here from numpy and SciPy:

* k-means: the algorithm of scikit-learn's ``KMeans`` (greedy k-means++ starts, Lloyd's
  iterations until the centres settle, the best of ``n_init`` starts by the within-
  cluster sum of squares), in numpy.  Its random stream is
  numpy's, not scikit-learn's, so a start can differ; the tests check that the solutions
  are as good as scikit-learn's.
* Ward: ``scipy.cluster.hierarchy.ward`` and ``cut_tree``, the tree scikit-learn's
  ``AgglomerativeClustering(linkage="ward")`` builds, cut after the same number of merges
  (imported only for Ward: ``scipy.cluster`` brings ``scipy.spatial`` and ``scipy.linalg``).
* The mean silhouette (Rousseeuw 1987), its Euclidean distances computed as scikit-learn's
  ``euclidean_distances`` computes them (from dot products, a point's distance to itself
  0), in blocks of rows, so that memory stays bounded; a sample is drawn as scikit-learn's
  ``silhouette_score(sample_size=..., random_state=seed)`` draws it
  (``RandomState(seed).permutation(n)[:sample]``), so the scores equal scikit-learn's.

The tests compare all three with scikit-learn.
"""

from __future__ import annotations

import numpy as np

__all__ = ["kmeans_labels", "silhouette", "ward_labels"]

#: Lloyd's iterations stop once the centres move (summed squared shift) by at most this
#: share of the mean variance of the variables (scikit-learn's ``tol``)
TOLERANCE = 1e-4
#: rows of the distance matrix held at once by :func:`silhouette` (about 40 MB at 5,000)
SILHOUETTE_BLOCK = 1000


def kmeans_labels(x: np.ndarray, k: int, seed: int, n_init: int = 10,
                  max_iter: int = 300) -> np.ndarray:
    """Cluster of each row by k-means, the best of ``n_init`` k-means++ starts.

    Parameters
    ----------
    x : numpy.ndarray
        Rows = regions, columns = variables, all finite.
    k : int
        Number of clusters, 1 <= k <= number of rows.
    seed : int
        Seed of the starts (``numpy.random.default_rng``), so that runs repeat.
    n_init : int
        Number of starts; the one with the lowest within-cluster sum of squares wins.
    max_iter : int
        Most Lloyd iterations per start.

    Returns
    -------
    numpy.ndarray
        Integer cluster 0..k-1 of each row.  Duplicate rows can leave a cluster empty, so
        fewer than k distinct values may appear.
    """
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    tolerance = TOLERANCE * float(np.mean(np.var(x, axis=0)))
    best_labels, best_inertia = None, np.inf
    for _ in range(n_init):
        labels, inertia = _lloyd(x, _kmeans_plus_plus(x, k, rng), max_iter, tolerance)
        if inertia < best_inertia:
            best_labels, best_inertia = labels, inertia
    return best_labels


def _kmeans_plus_plus(x: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Greedy k-means++ starting centres (Arthur and Vassilvitskii 2007, the variant
    scikit-learn uses): each new centre is the best of 2 + log(k) candidates drawn with
    probability proportional to the squared distance to the nearest centre so far."""
    n = len(x)
    trials = 2 + int(np.log(k))
    centres = [x[rng.integers(n)]]
    closest = squared_distances(np.array(centres), x)[0]
    for _ in range(1, k):
        total = closest.sum()
        if total <= 0:  # every row sits on a centre already: duplicates
            centres.append(x[rng.integers(n)])
            continue
        candidates = np.searchsorted(np.cumsum(closest), rng.random(trials) * total)
        candidates = np.minimum(candidates, n - 1)
        options = np.minimum(closest, squared_distances(x[candidates], x))
        best = int(np.argmin(options.sum(axis=1)))
        centres.append(x[candidates[best]])
        closest = options[best]
    return np.array(centres)


def _lloyd(x: np.ndarray, centres: np.ndarray, max_iter: int,
           tolerance: float) -> tuple[np.ndarray, float]:
    """Lloyd's iterations from ``centres`` until no row changes cluster or the centres move
    by at most ``tolerance`` (summed squared shift).

    Each row goes to the centre nearest in squared distance, |c|^2 - 2 x.c (+ |x|^2, the
    same for every centre), one matrix product per iteration.  An emptied cluster keeps
    its centre.  Returns the labels and the within-cluster sum of squared distances.
    """
    k = len(centres)
    labels = _nearest(x, centres)
    for _ in range(max_iter):
        sizes = np.bincount(labels, minlength=k)
        sums = np.column_stack([np.bincount(labels, weights=column, minlength=k)
                                for column in x.T])
        filled = sizes > 0
        moved = centres.copy()
        moved[filled] = sums[filled] / sizes[filled, None]
        shift = float(np.sum((moved - centres) ** 2))
        centres = moved
        new_labels = _nearest(x, centres)
        converged = np.array_equal(new_labels, labels) or shift <= tolerance
        labels = new_labels
        if converged:
            break
    return labels, float(np.sum((x - centres[labels]) ** 2))


def _nearest(x: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Index of the nearest centre of each row."""
    return np.argmin(np.sum(centres ** 2, axis=1) - 2.0 * (x @ centres.T), axis=1)


def squared_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Squared Euclidean distances between the rows of ``a`` and ``b``, from dot products
    (|a|^2 - 2 a.b + |b|^2, never below 0), as scikit-learn computes them."""
    squared = (np.einsum("ij,ij->i", a, a)[:, None] - 2.0 * (a @ b.T)
               + np.einsum("ij,ij->i", b, b)[None, :])
    return np.maximum(squared, 0.0, out=squared)


def ward_labels(x: np.ndarray, k: int) -> np.ndarray:
    """Cluster of each row (0..k-1) by Ward's minimum-variance hierarchy cut at k clusters."""
    from scipy.cluster.hierarchy import cut_tree, ward

    # cut by the number of merges, as scikit-learn does: exactly k clusters even where
    # merges tie in height (fcluster's "maxclust" cuts at a height and can give fewer)
    return cut_tree(ward(np.asarray(x, dtype=float)), n_clusters=k).ravel()


def silhouette(x: np.ndarray, labels: np.ndarray, sample: int | None = None,
               seed: int = 0) -> float:
    """Mean silhouette coefficient of the rows (Euclidean distance).

    Parameters
    ----------
    x : numpy.ndarray
        Rows = regions, columns = variables.
    labels : numpy.ndarray
        Cluster of each row.
    sample : int, optional
        Score a random sample of this many rows (distances among the sample only), drawn
        as scikit-learn draws it from ``random_state=seed``; None scores every row.
    seed : int
        Seed of the sample.

    Returns
    -------
    float
        The mean of (b - a) / max(a, b) over the rows, where a is a row's mean distance to
        the rest of its cluster and b its smallest mean distance to another cluster; 0 for
        a row alone in its cluster.  NaN when the rows (or the sample) fall in fewer than
        2 clusters or each in its own.
    """
    x = np.asarray(x, dtype=float)
    labels = np.asarray(labels)
    if sample is not None and sample < len(labels):
        chosen = np.random.RandomState(seed).permutation(len(labels))[:sample]
        x, labels = x[chosen], labels[chosen]
    _, codes = np.unique(labels, return_inverse=True)
    k, n = int(codes.max()) + 1, len(codes)
    if not 2 <= k <= n - 1:
        return float("nan")
    members = np.zeros((n, k))
    members[np.arange(n), codes] = 1.0
    sizes = members.sum(axis=0)
    scores = np.empty(n)
    for start in range(0, n, SILHOUETTE_BLOCK):
        rows = slice(start, start + SILHOUETTE_BLOCK)
        distances = np.sqrt(squared_distances(x[rows], x))
        block = np.arange(start, min(start + SILHOUETTE_BLOCK, n))
        distances[block - start, block] = 0.0  # each row's own distance, exactly
        totals = distances @ members  # summed distance to each cluster
        own = codes[rows]
        within = totals[np.arange(len(own)), own] / np.maximum(sizes[own] - 1, 1)
        totals[np.arange(len(own)), own] = np.inf
        between = (totals / sizes).min(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = (between - within) / np.maximum(within, between)
        scores[rows] = np.where(sizes[own] > 1, np.nan_to_num(score), 0.0)
    return float(scores.mean())
