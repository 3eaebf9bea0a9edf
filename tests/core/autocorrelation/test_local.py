"""Local Moran (LISA) and Getis-Ord Gi* against GeoDa (pygeoda 0.1.3) and esda.

Tolerances
----------
* Statistics (LISA_I, GiZScore, GiValue) are deterministic: equal to 1e-9.
* Pseudo p-values are Monte Carlo estimates with different random draws, so only the
  significance labels are compared (alpha 0.05, correction "none"), and only for features
  whose p-values in both programs are clear of the cut-off:
  - esda: ``|p - 0.05| > 0.01`` (one standard error of the difference of two 999-draw
    estimates at p = 0.05 is 0.0098), with ``ties="upper"``, esda's own folding;
  - GeoDa: ``|p - 0.05| > 0.02``: pygeoda's pseudo p-values deviate from the exact
    conditional-permutation p-value by more than Monte Carlo error (measured with 99,999
    permutations on the 2018 GRP per capita: 0.0625 where the exact value is 0.0500,
    0.128 where it is 0.102), so its labels are compared with a wider margin.
"""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from kz_innovation_plugin.core.autocorrelation import (
    COTYPE,
    GI_COLUMNS,
    LISA_COLUMNS,
    LISA_LABELS,
    gi_bins,
    hotspots,
    local_moran,
    moran_scatter,
)
from kz_innovation_plugin.core.errors import CancelledError, ParameterError

from . import (
    ESDA_TO_GEODA,
    bundled_indicators,
    bundled_regions,
    columbus,
    geoda_weights,
    grid,
    queen,
    smooth_field,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")

INDICATORS = ["grp_per_capita", "internet_users_pct", "digital_literacy_pct"]


def as_pair(result):
    """A local statistic's result as (its frame, its method record)."""
    return result.frame, result.record()


def _cases():
    """(name, values, graph) for the bundled regions and Columbus."""
    regions, indicators = bundled_regions(), bundled_indicators()
    cases = [(name, indicators[name], queen(regions)) for name in INDICATORS]
    cases.append(("smooth", smooth_field(regions), queen(regions)))
    frame = columbus()
    cases += [(name, frame[name], queen(frame)) for name in ("CRIME", "HOVAL")]
    return cases


CASES = _cases()
CASE_IDS = [case[0] for case in CASES]


# --- local Moran --------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "y", "graph"), CASES, ids=CASE_IDS)
def test_lisa_values_equal_geoda_and_esda(name, y, graph):
    pygeoda = pytest.importorskip("pygeoda")
    esda = pytest.importorskip("esda")
    frame, _ = as_pair(local_moran(y, graph, permutations=99))
    geoda = pygeoda.local_moran(geoda_weights(graph), y.tolist(), permutations=99)
    np.testing.assert_allclose(frame["LISA_I"], geoda.lisa_values(), rtol=0, atol=1e-9)
    reference = esda.Moran_Local(y.to_numpy(), graph.to_W(), permutations=0)
    np.testing.assert_allclose(frame["LISA_I"], reference.Is, rtol=0, atol=1e-9)
    scatter = moran_scatter(y, graph)
    np.testing.assert_allclose(frame["LISA_I"], scatter["z"] * scatter["lag"], atol=1e-12)


@pytest.mark.parametrize(("name", "y", "graph"), CASES, ids=CASE_IDS)
def test_binary_transform_equals_esda_and_keeps_p_values(name, y, graph):
    """TRANSFORM=b reaches local Moran (it was always row-standardised): LISA_I equals esda's
    ``transformation="B"``; p-values and clusters are those of the row-standardised run."""
    esda = pytest.importorskip("esda")
    binary, record = as_pair(local_moran(y, graph, permutations=199, seed=4, transform="b"))
    standardised, _ = as_pair(local_moran(y, graph, permutations=199, seed=4))
    reference = esda.Moran_Local(y.to_numpy(), graph.to_W(), transformation="B",
                                 permutations=0)
    np.testing.assert_allclose(binary["LISA_I"], reference.Is, rtol=0, atol=1e-9)
    assert record["transform"] == "b"
    if graph.cardinalities.max() > 1:
        assert not np.allclose(binary["LISA_I"], standardised["LISA_I"], equal_nan=True)
    if np.allclose(graph.adjacency.groupby(level=0).transform("std").fillna(0), 0):
        # equal weights in each row: the permutation test is the same
        pd.testing.assert_series_equal(binary["LISA_P"], standardised["LISA_P"])
        pd.testing.assert_series_equal(binary["LISA_CL"], standardised["LISA_CL"])


def test_unknown_local_transform_is_refused():
    y, graph = CASES[0][1], CASES[0][2]
    with pytest.raises(ParameterError, match='Unknown weights transform "x"'):
        local_moran(y, graph, transform="x")


@pytest.mark.parametrize(("name", "y", "graph"), CASES, ids=CASE_IDS)
def test_labels_agree_with_esda(name, y, graph):
    esda = pytest.importorskip("esda")
    frame, _ = as_pair(local_moran(y, graph, seed=1, correction="none", ties="upper"))
    reference = esda.Moran_Local(y.to_numpy(), graph.to_W(), permutations=999, seed=1)
    esda_codes = np.where(
        reference.p_sim <= 0.05, pd.Series(reference.q).map(ESDA_TO_GEODA).to_numpy(), 0
    )
    p = frame["LISA_P"].to_numpy()
    clear = (np.abs(p - 0.05) > 0.01) & (np.abs(reference.p_sim - 0.05) > 0.01)
    # esda's numba engine (installed with giddy) compares in float32 with fastmath, so a
    # permuted lag equal to the observed one falls on either side; ties are common only
    # with one neighbour (drawing the actual neighbour), so compare features with two or more
    clear &= frame["NNeighbors"].to_numpy() >= 2
    assert clear.sum() >= 0.5 * len(p)
    np.testing.assert_array_equal(frame["LISA_CL"].to_numpy()[clear], esda_codes[clear])


@pytest.mark.parametrize("ties", ["upper", "both"])
@pytest.mark.parametrize(("name", "y", "graph"), CASES, ids=CASE_IDS)
def test_labels_agree_with_geoda(name, y, graph, ties):
    pygeoda = pytest.importorskip("pygeoda")
    frame, _ = as_pair(local_moran(y, graph, seed=1, correction="none", ties=ties))
    geoda = pygeoda.local_moran(geoda_weights(graph), y.tolist(), permutations=999, seed=1)
    geoda_p = np.array(geoda.lisa_pvalues())
    p = frame["LISA_P"].to_numpy()
    clear = (np.abs(p - 0.05) > 0.02) & (np.abs(geoda_p - 0.05) > 0.02)
    if ties == "both":
        # GeoDa ignores ties in the lower tail; compare features with two or more
        # neighbours, where ties are rare (see test_permutation)
        clear &= frame["NNeighbors"].to_numpy() >= 2
    assert clear.sum() >= 0.5 * len(p)
    np.testing.assert_array_equal(
        frame["LISA_CL"].to_numpy()[clear], np.array(geoda.lisa_clusters())[clear]
    )


@pytest.mark.parametrize(("name", "y", "graph"), CASES, ids=CASE_IDS)
def test_quadrants_match_geoda(name, y, graph):
    """With GeoDa's cut-off at 1 every feature gets its quadrant code (1 HH, 2 LL, 3 LH,
    4 HL); ours must agree wherever our p-value passes alpha = 0.5."""
    pygeoda = pytest.importorskip("pygeoda")
    frame, _ = as_pair(local_moran(y, graph, permutations=99, alpha=0.5, correction="none"))
    geoda = pygeoda.local_moran(
        geoda_weights(graph), y.tolist(), permutations=99, significance_cutoff=1.0
    )
    quadrants = np.array(geoda.lisa_clusters())
    significant = frame["LISA_CL"].to_numpy() > 0
    assert significant.sum() > len(y) // 2
    np.testing.assert_array_equal(frame["LISA_CL"].to_numpy()[significant], quadrants[significant])


def test_bivariate_equals_geoda():
    pygeoda = pytest.importorskip("pygeoda")
    frame = columbus()
    graph = queen(frame)
    result, record = as_pair(local_moran(frame["CRIME"], graph, x=frame["INC"], correction="none"))
    geoda = pygeoda.local_bimoran(
        geoda_weights(graph), frame["CRIME"].tolist(), frame["INC"].tolist()
    )
    np.testing.assert_allclose(result["LISA_I"], geoda.lisa_values(), rtol=0, atol=1e-9)
    assert record["statistic"] == "bivariate local Moran's I"
    assert record["field"] == "CRIME" and record["lag_field"] == "INC"


def test_output_frame_and_record():
    y = bundled_indicators()["grp_per_capita"]
    graph = queen(bundled_regions())
    shuffled = y.sample(frac=1.0, random_state=3)
    frame, record = as_pair(local_moran(shuffled, graph, permutations=999, seed=4))
    assert list(frame.columns) == LISA_COLUMNS
    assert frame.index.equals(shuffled.index)
    ordered, _ = as_pair(local_moran(y, graph, permutations=999, seed=4))
    pd.testing.assert_frame_equal(frame.loc[y.index], ordered)
    assert (frame["LISA_LABEL"] == frame["LISA_CL"].map(LISA_LABELS)).all()
    assert (frame["COType"] == frame["LISA_CL"].map(COTYPE).fillna("")).all()
    assert frame["NNeighbors"].tolist() == graph.cardinalities.loc[shuffled.index].tolist()
    p = frame["LISA_P"].to_numpy()
    significant = p <= record["threshold"]
    assert (frame["LISA_CL"].to_numpy() > 0).tolist() == significant.tolist()
    if significant.any():  # the FDR cut-off is one of the p-values
        assert record["threshold"] == pytest.approx(p[significant].max())
    assert record["correction"] == "fdr" and record["smallest_p"] == pytest.approx(0.001)
    assert record["permutations"] == 999 and record["seed"] == 4
    assert sum(record["clusters"].values()) == 17
    assert any("Only 17 features" in note for note in record["notes"])
    json.dumps(record)  # the record goes into the provenance file as it is


def test_correction_reduces_significance():
    frame = columbus()
    graph = queen(frame)
    none, _ = as_pair(local_moran(frame["CRIME"], graph, correction="none"))
    fdr, _ = as_pair(local_moran(frame["CRIME"], graph, correction="fdr"))
    bonferroni, _ = as_pair(local_moran(frame["CRIME"], graph, correction="bonferroni"))
    counts = [(f["LISA_CL"] > 0).sum() for f in (none, fdr, bonferroni)]
    assert counts[0] >= counts[1] >= counts[2] and counts[0] > counts[2]


def test_feature_at_the_mean_is_not_significant():
    """A feature exactly at the mean has I = 0 under every permutation: p = 1."""
    y = pd.Series(np.arange(17.0), name="ranks")  # mean 8.0, held by feature 8
    y.loc[[8, 16]] = y.loc[[16, 8]].to_numpy()  # 8.0 on feature 16 (one neighbour)
    frame, _ = as_pair(local_moran(y, queen(bundled_regions()), alpha=0.5, correction="none"))
    assert frame.loc[16, "LISA_I"] == 0
    assert frame.loc[16, "LISA_P"] == 1.0 and frame.loc[16, "LISA_CL"] == 0


def test_islands():
    """A 4 x 4 grid and a detached square: the island is labelled Isolated and left out;
    the others keep finite values, equal to GeoDa's for the same weights (GeoDa, like
    this module, keeps the island's value in the mean and standard deviation)."""
    pygeoda = pytest.importorskip("pygeoda")
    shapes = grid(4, detached=True)
    graph = queen(shapes)
    assert graph.isolates.tolist() == [16]
    y = smooth_field(shapes)
    frame, record = as_pair(local_moran(y, graph, correction="none"))
    assert frame.loc[16, "LISA_CL"] == 6 and frame.loc[16, "LISA_LABEL"] == "Isolated"
    assert frame.loc[16, "NNeighbors"] == 0 and frame.loc[16, "COType"] == ""
    assert np.isnan(frame.loc[16, "LISA_I"]) and np.isnan(frame.loc[16, "LISA_P"])
    others = frame.drop(index=16)
    assert np.isfinite(others[["LISA_I", "LISA_P"]].to_numpy()).all()
    assert (others["LISA_CL"] != 6).all()
    geoda = pygeoda.local_moran(geoda_weights(graph), y.tolist(), permutations=99)
    np.testing.assert_allclose(others["LISA_I"], geoda.lisa_values()[:16], rtol=0, atol=1e-9)
    assert geoda.lisa_clusters()[16] == 6
    assert record["islands"] == [16] and record["tested"] == 16
    assert any("without neighbours" in note for note in record["notes"])

    hot, hot_record = as_pair(hotspots(y, graph, correction="none"))
    assert np.isnan(hot.loc[16, ["GiZScore", "GiPValue", "GiValue"]].to_numpy(float)).all()
    assert hot.loc[16, "Gi_Bin"] == 0
    assert np.isfinite(hot.drop(index=16)[["GiZScore", "GiPValue"]].to_numpy()).all()
    esda = pytest.importorskip("esda")
    reference = esda.G_Local(y.to_numpy(), graph.to_W(), transform="B", star=True, permutations=0)
    np.testing.assert_allclose(hot["GiZScore"][:16], reference.Zs[:16], rtol=0, atol=1e-9)


# --- Gi* ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "y", "graph"), CASES, ids=CASE_IDS)
def test_gstar_equals_esda_and_geoda(name, y, graph):
    esda = pytest.importorskip("esda")
    pygeoda = pytest.importorskip("pygeoda")
    frame, _ = as_pair(hotspots(y, graph, permutations=99))
    reference = esda.G_Local(y.to_numpy(), graph.to_W(), transform="B", star=True, permutations=0)
    np.testing.assert_allclose(frame["GiZScore"], reference.Zs, rtol=0, atol=1e-9)
    geoda = pygeoda.local_gstar(geoda_weights(graph), y.tolist(), permutations=99)
    np.testing.assert_allclose(frame["GiValue"], geoda.lisa_values(), rtol=0, atol=1e-9)
    # esda's binary Gs counts the neighbourhood; GeoDa's G* averages over it
    np.testing.assert_allclose(
        reference.Gs, frame["GiValue"] * (frame["NNeighbors"] + 1), rtol=1e-12
    )


def test_gi_bins_from_known_z_scores():
    z = np.array([2.7, -2.0, 1.7, 1.5, -3.1, 0.2, np.nan])
    p = 2 * stats.norm.sf(np.abs(z))  # 0.0069 0.0455 0.089 0.134 0.0019 0.84 nan
    np.testing.assert_array_equal(gi_bins(z, p, "none"), [3, -2, 1, 0, -3, 0, 0])
    # Bonferroni over 6 tests: 99 % needs p <= 0.00167, 95 % <= 0.00833, 90 % <= 0.0167
    np.testing.assert_array_equal(gi_bins(z, p, "bonferroni"), [2, 0, 0, 0, -2, 0, 0])
    # FDR: at 0.10 the step-up keeps 0.0019, 0.0069, 0.0455 (<= 3 * 0.1 / 6 = 0.05)
    np.testing.assert_array_equal(gi_bins(z, p, "fdr"), [2, -1, 0, 0, -2, 0, 0])


def test_normal_inference_is_two_sided():
    y = bundled_indicators()["internet_users_pct"]
    frame, record = as_pair(
        hotspots(y, queen(bundled_regions()), inference="normal", correction="none"))
    expected = 2 * (1 - stats.norm.cdf(np.abs(frame["GiZScore"])))
    np.testing.assert_allclose(frame["GiPValue"], expected, rtol=1e-9, atol=1e-15)
    np.testing.assert_array_equal(frame["Gi_Bin"], gi_bins(frame["GiZScore"], frame["GiPValue"]))
    assert record["inference"] == "normal" and record["permutations"] is None
    json.dumps(record)
    assert set(record["thresholds"]) == {0.9, 0.95, 0.99}


def test_gstar_columns_and_negative_values():
    y = smooth_field(bundled_regions()) - 2.5
    assert y.min() < 0
    frame, record = as_pair(hotspots(y, queen(bundled_regions())))
    assert list(frame.columns) == GI_COLUMNS
    assert frame["GiValue"].isna().all()
    assert np.isfinite(frame["GiZScore"]).all()
    assert any("negative values" in note for note in record["notes"])


def test_unknown_inference():
    y = bundled_indicators()["grp_per_capita"]
    with pytest.raises(ParameterError, match="inference"):
        hotspots(y, queen(bundled_regions()), inference="bootstrap")


@pytest.mark.parametrize(("statistic", "extra"), [
    (local_moran, {}), (hotspots, {}), (hotspots, {"inference": "normal"})])
def test_the_warnings_are_the_notes_a_reader_must_not_miss(statistic, extra):
    y, graph = bundled_indicators()["grp_per_capita"], queen(bundled_regions())
    result = statistic(y, graph, permutations=99, **extra)
    few = [note for note in result.notes if note.startswith("Only 17 features")]
    assert few and result.warnings[0] == few[0]
    assert set(result.warnings) <= set(result.notes)
    assert not any("smallest attainable pseudo p-value is" in w and w.startswith("With ")
                   for w in result.warnings)  # the reach itself is a note, not a warning


# --- bad input ----------------------------------------------------------------------------


@pytest.fixture
def setting():
    return bundled_indicators()["grp_per_capita"], queen(bundled_regions())


@pytest.mark.parametrize("statistic", [local_moran, hotspots])
def test_constant_field(setting, statistic):
    y, graph = setting
    with pytest.raises(ParameterError, match="has the same value everywhere; spatial "
                       "autocorrelation is undefined"):
        statistic(pd.Series(5.0, index=y.index, name="flat"), graph)


@pytest.mark.parametrize("statistic", [local_moran, hotspots])
def test_missing_values_named(setting, statistic):
    y, graph = setting
    y = y.copy()
    y.loc[[3, 11]] = np.nan
    with pytest.raises(ParameterError, match=r"2 feature\(s\) \(3, 11\).*impute.*filter"):
        statistic(y, graph)


def test_non_numeric_field(setting):
    y, graph = setting
    text = pd.Series([f"r{i}" for i in range(17)], index=y.index, name="names")
    with pytest.raises(ParameterError, match="'names' is not numeric"):
        local_moran(text, graph)


@pytest.mark.parametrize("permutations", [98, 100_000, 0, 999.0, True])
def test_permutations_out_of_range(setting, permutations):
    y, graph = setting
    with pytest.raises(ParameterError, match="permutations"):
        local_moran(y, graph, permutations=permutations)


def test_ids_must_match_the_weights(setting):
    y, graph = setting
    with pytest.raises(ParameterError, match="do not cover the same features.*16"):
        local_moran(y.drop(index=16), graph)


def test_bad_alpha_and_correction(setting):
    y, graph = setting
    with pytest.raises(ParameterError, match="significance level"):
        local_moran(y, graph, alpha=0.7)
    with pytest.raises(ParameterError, match="correction"):
        hotspots(y, graph, correction="holm")


def test_weights_without_any_neighbour(setting):
    y, _ = setting
    from libpysal.graph import Graph

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        empty = Graph.from_dicts({i: [] for i in range(17)})
    with pytest.raises(ParameterError, match="No feature has a neighbour"):
        local_moran(y, empty)


def test_cancel(setting):
    y, graph = setting
    with pytest.raises(CancelledError):
        local_moran(y, graph, cancelled=lambda: True)


def test_cluster_codes_from_signs():
    from kz_innovation_plugin.core.autocorrelation.local import lisa_codes

    z = np.array([1.0, -1.0, -1.0, 1.0, 0.0, 1.0, 2.0, 1.0])
    lag = np.array([0.5, -0.5, 0.5, -0.5, 0.3, 0.0, 1.0, 0.0])
    significant = np.array([True, True, True, True, True, True, False, False])
    islands = np.array([False] * 7 + [True])
    codes = lisa_codes(z, lag, significant, islands)
    np.testing.assert_array_equal(codes, [1, 2, 3, 4, 5, 5, 0, 6])


@pytest.mark.parametrize("statistic", ["lisa", "gistar"])
def test_pseudo_p_values_match_esda_in_distribution(statistic):
    """On a 20 x 20 grid (400 features, 1 to 8 neighbours), 9,999 permutations each, with
    esda's folding: feature by feature our pseudo p-value and esda's differ by at most 4
    standard errors of the difference of two independent estimates,
    ``4 sqrt(2 p (1 - p) / 9999)`` (plus 2/P for discreteness), for at least 99 % of the
    features; the two sets of p-values pass a two-sample Kolmogorov-Smirnov test at
    the 1 % level; and the significance calls at 0.05 differ only where a p-value lies
    within that tolerance of 0.05."""
    esda = pytest.importorskip("esda")
    frame = grid(20)
    graph = queen(frame)
    y = smooth_field(frame)
    permutations = 9_999
    if statistic == "lisa":
        ours, _ = as_pair(
            local_moran(y, graph, permutations, seed=2, correction="none", ties="upper"))
        p = ours["LISA_P"].to_numpy()
        reference = esda.Moran_Local(y.to_numpy(), graph.to_W(), permutations=permutations,
                                     seed=2).p_sim
    else:
        ours, _ = as_pair(hotspots(y, graph, permutations, seed=2, correction="none", ties="upper"))
        p = ours["GiPValue"].to_numpy()
        reference = esda.G_Local(y.to_numpy(), graph.to_W(), star=True,
                                 permutations=permutations, seed=2).p_sim
    middle = (p + reference) / 2
    tolerance = 4 * np.sqrt(2 * middle * (1 - middle) / permutations) + 2 / permutations
    close = np.abs(p - reference) <= tolerance
    assert close.mean() >= 0.99, np.flatnonzero(~close)
    assert stats.ks_2samp(p, reference).pvalue > 0.01
    calls_differ = (p <= 0.05) != (reference <= 0.05)
    assert np.all(np.abs(np.where(calls_differ, p, 0.05) - 0.05) <= tolerance)


# --- messages of the shared input checks --------------------------------------------------


def _global(y, graph, **kwargs):
    """global_statistics on one field, called like the local statistics."""
    from kz_innovation_plugin.core.autocorrelation import global_statistics

    return global_statistics(y.to_frame(), graph, **kwargs).frame


@pytest.mark.parametrize("statistic", [local_moran, hotspots, _global])
def test_negative_weights_are_refused(statistic):
    from libpysal.graph import Graph

    y = pd.Series([1.0, 2.0, 4.0], name="y")
    graph = Graph.from_arrays([0, 1, 1, 2], [1, 0, 2, 1], [1.0, 1.0, -1.0, 1.0])
    with pytest.raises(ParameterError, match=r"^The spatial weights contain negative values; use "
                       r"contiguity, distance or kernel weights, which are never negative\.$"):
        statistic(y, graph)


@pytest.mark.parametrize("statistic", [local_moran, hotspots, _global])
def test_repeated_ids_in_a_field(setting, statistic):
    y, graph = setting
    repeated = y.set_axis([0, *range(16)])  # 0 twice, 16 missing
    with pytest.raises(ParameterError, match=r"^Field 'grp_per_capita' has more than one value "
                       r"for features 0; each region must appear once\.$"):
        statistic(repeated, graph)


@pytest.mark.parametrize("seed", [-1, 2**32])
@pytest.mark.parametrize("statistic", [local_moran, hotspots, _global])
def test_seed_out_of_range(setting, statistic, seed):
    y, graph = setting
    with pytest.raises(ParameterError,
                       match=rf"^The random seed must be between 0 and 4294967295; got {seed}\.$"):
        statistic(y, graph, seed=seed)


def _field_values_with_label(y, graph):
    from kz_innovation_plugin.core.autocorrelation.inputs import field_values, weights_from_graph

    return field_values(y.tolist(), weights_from_graph(graph), label="grp")


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda y, graph: local_moran(y.to_numpy(), graph), "field"),
        (lambda y, graph: hotspots(y.tolist(), graph), "field"),
        (lambda y, graph: local_moran(y, graph, x=y.tolist()), "field"),
        (_field_values_with_label, "grp"),
    ],
    ids=["local Moran array", "Gi* list", "bivariate list", "labelled list"],
)
def test_field_that_is_not_a_series_is_named(setting, call, name):
    """The message names the label, or "field" without one (it used to say 'None')."""
    y, graph = setting
    with pytest.raises(ParameterError, match=rf"^Field '{name}' must be a pandas Series indexed "
                       r"by region id\.$"):
        call(y, graph)
