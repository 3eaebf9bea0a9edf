"""Profiles: k-means and Ward clusters, k by silhouette (sampled above 5,000 regions),
stable numbering."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import AgglomerativeClustering
from sklearn.metrics import silhouette_score

from kz_innovation_plugin.core.composite import profiles
from kz_innovation_plugin.core.composite.clustering import silhouette
from kz_innovation_plugin.core.composite.profiles import profile_clusters
from kz_innovation_plugin.core.errors import ParameterError, TableFormatError


def _blobs() -> tuple[pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(0)
    low = rng.normal(0.15, 0.02, size=(6, 3))
    high = rng.normal(0.85, 0.02, size=(6, 3))
    regions = [f"R{i:02d}" for i in range(12)]
    # interleave so that the high blob does not come first by position
    data = np.empty((12, 3))
    data[0::2], data[1::2] = high, low
    frame = pd.DataFrame(data, index=regions, columns=["a", "b", "c"])
    return frame, frame.mean(axis=1)


@pytest.mark.parametrize("method", ["kmeans", "ward"])
def test_two_blobs(method):
    frame, index = _blobs()
    result = profile_clusters(frame, index, method=method)
    assert result.k == 2
    assert sorted(result.silhouette) == [2, 3, 4, 5, 6]
    assert max(result.silhouette, key=result.silhouette.get) == 2
    high = frame.index[0::2]
    assert (result.labels[high] == 1).all()
    assert (result.labels.drop(high) == 2).all()
    assert result.labels.dtype.kind == "i"
    assert result.method == method
    assert "silhouette" in result.notes[0]


def test_same_seed_same_labels():
    rng = np.random.default_rng(5)
    frame = pd.DataFrame(rng.random((20, 4)), index=[f"r{i}" for i in range(20)])
    index = frame.mean(axis=1)
    first = profile_clusters(frame, index, k=4, seed=7)
    second = profile_clusters(frame, index, k=4, seed=7)
    pd.testing.assert_series_equal(first.labels, second.labels)
    assert list(first.silhouette) == [4]
    # profile 1 has the highest mean index, then descending
    means = index.groupby(first.labels).mean()
    assert means.is_monotonic_decreasing


def test_ward_equals_scikit_learn():
    rng = np.random.default_rng(11)
    frame = pd.DataFrame(rng.random((15, 3)), index=[f"r{i}" for i in range(15)])
    result = profile_clusters(frame, frame.mean(axis=1), method="ward", k=3)
    direct = AgglomerativeClustering(n_clusters=3, linkage="ward").fit_predict(frame)
    pairs = pd.crosstab(result.labels.to_numpy(), direct)
    # one-to-one: the same partition, only the numbers differ
    assert ((pairs > 0).sum(axis=0) == 1).all()
    assert ((pairs > 0).sum(axis=1) == 1).all()


def test_k_search_is_limited_by_the_regions():
    frame, index = _blobs()
    result = profile_clusters(frame.iloc[:4], index.iloc[:4], k_max=10)
    assert sorted(result.silhouette) == [2, 3]


@pytest.mark.parametrize("k", [1, 12, 13])
def test_bad_k(k):
    frame, index = _blobs()
    with pytest.raises(ParameterError, match="from 2 to 11"):
        profile_clusters(frame, index, k=k)


def test_too_few_regions_and_gaps():
    frame, index = _blobs()
    with pytest.raises(ParameterError, match="at least 3"):
        profile_clusters(frame.iloc[:2], index.iloc[:2])
    with pytest.raises(ParameterError, match="kmeans, ward"):
        profile_clusters(frame, index, method="dbscan")
    gappy = frame.copy()
    gappy.iloc[3, 1] = np.nan
    with pytest.raises(TableFormatError, match='Region R03 has no value for indicator "b"'):
        profile_clusters(gappy, index)
    with pytest.raises(TableFormatError, match="Region R11 has no index value"):
        profile_clusters(frame, index.iloc[:11])


def test_equal_means_are_numbered_by_smallest_region_id():
    frame, _ = _blobs()
    flat = pd.Series(0.5, index=frame.index)
    result = profile_clusters(frame, flat, k=2)
    assert result.labels["R00"] == 1
    assert (result.labels[frame.index[1::2]] == 2).all()


def test_up_to_the_sample_size_every_region_is_scored():
    frame, index = _blobs()
    result = profile_clusters(frame, index)
    assert profiles.SILHOUETTE_SAMPLE == 5000
    assert (result.criterion, result.sample_size) == ("silhouette", 12)
    assert result.silhouette[2] == pytest.approx(silhouette_score(frame, result.labels),
                                                 abs=1e-12)
    assert len(result.notes) == 1


def test_above_the_sample_size_a_seeded_sample_is_scored(monkeypatch):
    calls = []

    def recording(x, labels, sample=None, seed=0):
        calls.append((len(x), sample, seed))
        return silhouette(x, labels, sample, seed)

    monkeypatch.setattr(profiles, "SILHOUETTE_SAMPLE", 60)
    monkeypatch.setattr(profiles, "silhouette", recording)
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(rng.random((400, 3)), index=[f"r{i:03d}" for i in range(400)])
    result = profile_clusters(frame, frame.mean(axis=1), seed=4)
    # every k is scored on the same 60 regions, drawn with the profiles' seed
    assert calls == [(400, 60, 4)] * 5
    assert (result.criterion, result.sample_size) == ("sampled silhouette", 60)
    assert result.silhouette[result.k] == pytest.approx(silhouette_score(
        frame, result.labels, sample_size=60, random_state=4), abs=1e-12)
    assert "random sample of 60 of the 400 regions (seed 4)" in result.notes[1]
    again = profile_clusters(frame, frame.mean(axis=1), seed=4)
    assert again.silhouette == result.silhouette


def test_the_method_record_names_the_criterion(monkeypatch):
    from kz_innovation_plugin.core.composite.index import IndexOptions, build_index
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
    from tests.core.composite.test_uncertainty import GROUPS, random_regions

    options = IndexOptions(groups=GROUPS, uncertainty=UncertaintySettings(runs=10))
    frame = random_regions(30, seed=2)
    record = build_index(frame, options).record
    assert (record["profile_criterion"], record["profile_silhouette_sample"]) == \
        ("silhouette", 30)
    monkeypatch.setattr(profiles, "SILHOUETTE_SAMPLE", 20)
    record = build_index(frame, options).record
    assert (record["profile_criterion"], record["profile_silhouette_sample"]) == \
        ("sampled silhouette", 20)
