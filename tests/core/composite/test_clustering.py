"""k-means, Ward and the silhouette on SciPy, against scikit-learn's ``KMeans``,
``AgglomerativeClustering`` and ``silhouette_score``."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.cluster import AgglomerativeClustering, KMeans
from sklearn.metrics import adjusted_rand_score, silhouette_score

from kz_innovation_plugin.core.composite import clustering
from kz_innovation_plugin.core.composite.clustering import (
    kmeans_labels,
    silhouette,
    ward_labels,
)


def _inertia(x: np.ndarray, labels: np.ndarray) -> float:
    return float(sum(((x[labels == c] - x[labels == c].mean(axis=0)) ** 2).sum()
                     for c in np.unique(labels)))


def _random_sets(count: int):
    for seed in range(count):
        rng = np.random.default_rng(seed)
        n, columns = int(rng.integers(8, 60)), int(rng.integers(2, 8))
        yield seed, rng.random((n, columns)), int(rng.integers(2, 6))


def _blobs(seed: int, k: int, per: int = 15, columns: int = 4) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.random((k, columns)) * 10
    return np.vstack([rng.normal(centre, 0.3, size=(per, columns)) for centre in centres])


@pytest.mark.parametrize("k", [2, 3, 5])
def test_kmeans_finds_scikit_learns_partition_of_separate_groups(k):
    for seed in range(5):
        x = _blobs(seed, k)
        ours = kmeans_labels(x, k, seed=seed)
        theirs = KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(x)
        assert adjusted_rand_score(ours, theirs) == 1.0


def test_kmeans_solutions_are_as_good_as_scikit_learns():
    """Without groups to find, both stop in local optima; over many data sets ours are as
    often better as worse, and never far off."""
    ratios = []
    for seed, x, k in _random_sets(80):
        ratios.append(_inertia(x, kmeans_labels(x, k, seed=seed))
                      / KMeans(n_clusters=k, n_init=10, random_state=seed).fit(x).inertia_)
    ratios = np.array(ratios)
    assert 0.995 < np.median(ratios) < 1.005
    assert abs(np.mean(ratios) - 1) < 0.01
    assert ratios.max() < 1.15


def test_kmeans_iterates_to_a_local_optimum():
    """Every region ends nearest to its own cluster's mean (Lloyd's fixed point)."""
    for seed, x, k in _random_sets(20):
        labels = kmeans_labels(x, k, seed=seed)
        means = np.array([x[labels == c].mean(axis=0) for c in range(k)])
        distances = ((x[:, None, :] - means[None]) ** 2).sum(axis=2)
        mine = distances[np.arange(len(x)), labels]
        assert np.all(mine <= distances.min(axis=1) + 1e-9)


def test_kmeans_repeats_with_its_seed_and_varies_without():
    x = np.random.default_rng(4).random((40, 3))
    first, again = kmeans_labels(x, 4, seed=9), kmeans_labels(x, 4, seed=9)
    np.testing.assert_array_equal(first, again)
    assert any(not np.array_equal(first, kmeans_labels(x, 4, seed=s, n_init=1))
               for s in range(10))


def test_kmeans_on_duplicate_rows_leaves_clusters_empty():
    x = np.repeat(np.array([[0.0, 0.0], [1.0, 1.0]]), 5, axis=0)
    labels = kmeans_labels(x, 3, seed=1)
    assert len(labels) == 10
    assert np.unique(labels).size == 2
    assert np.unique(labels[:5]).size == 1 and np.unique(labels[5:]).size == 1


def test_kmeans_stops_when_the_centres_settle(monkeypatch):
    """With a tolerance as wide as the data, one Lloyd step is all it takes."""
    x = _blobs(2, 3) + np.random.default_rng(0).random((45, 4)) * 8
    steps = []
    nearest = clustering._nearest
    monkeypatch.setattr(clustering, "_nearest",
                        lambda *a: steps.append(1) or nearest(*a))
    kmeans_labels(x, 3, seed=1, n_init=1)
    settled = len(steps)
    steps.clear()
    monkeypatch.setattr(clustering, "TOLERANCE", 1e6)
    kmeans_labels(x, 3, seed=1, n_init=1)
    assert len(steps) == 2 < settled


@pytest.mark.parametrize("k", [2, 3, 4, 6])
def test_ward_equals_scikit_learn(k):
    for _, x, _ in _random_sets(15):
        ours = ward_labels(x, k)
        theirs = AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(x)
        assert adjusted_rand_score(ours, theirs) == 1.0


def test_silhouette_equals_scikit_learn():
    for seed, x, k in _random_sets(30):
        labels = kmeans_labels(x, k, seed=seed)
        assert silhouette(x, labels) == pytest.approx(silhouette_score(x, labels), abs=1e-12)


def test_a_sampled_silhouette_scores_scikit_learns_sample():
    x = np.random.default_rng(8).random((300, 3))
    labels = kmeans_labels(x, 4, seed=1)
    for seed in (0, 4, 11):
        assert silhouette(x, labels, sample=40, seed=seed) == pytest.approx(
            silhouette_score(x, labels, sample_size=40, random_state=seed), abs=1e-12)


def test_silhouette_in_blocks_and_with_a_region_alone(monkeypatch):
    x = np.vstack([np.random.default_rng(1).random((30, 2)), [[9.0, 9.0]]])
    labels = np.r_[np.arange(30) % 2, 2]  # the far region is a cluster of its own
    whole = silhouette(x, labels)
    monkeypatch.setattr(clustering, "SILHOUETTE_BLOCK", 7)
    assert silhouette(x, labels) == pytest.approx(whole, abs=1e-14)
    assert whole == pytest.approx(silhouette_score(x, labels), abs=1e-12)


@pytest.mark.parametrize("labels", [[0, 0, 0, 0], [0, 1, 2, 3]])
def test_silhouette_of_one_cluster_or_of_singletons_is_nan(labels):
    x = np.arange(8.0).reshape(4, 2)
    assert np.isnan(silhouette(x, np.array(labels)))


@pytest.mark.parametrize("x, k", [
    (np.array([[0.0], [1.0], [2.0], [3.0]]), 3),  # merges tie in height
    (np.repeat(np.arange(4.0), 2).reshape(-1, 1), 7),  # duplicate rows, k = n - 1
    (np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [5.0, 5.0]]), 4),
])
def test_ward_gives_k_clusters_where_merges_tie(x, k):
    """Cut after n - k merges, as scikit-learn cuts: a cut at a height can give fewer."""
    ours = ward_labels(x, k)
    theirs = AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(x)
    assert np.unique(ours).size == np.unique(theirs).size == k
