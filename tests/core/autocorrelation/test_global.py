"""Global Moran's I, Geary's C and General G against esda and published values."""

from __future__ import annotations

import warnings

import esda
import libpysal
import numpy as np
import pandas as pd
import pytest
from libpysal.graph import Graph

from kz_innovation_plugin.core.autocorrelation import (
    GLOBAL_COLUMNS,
    global_statistics,
    moran_scatter,
)
from kz_innovation_plugin.core.errors import ParameterError

from . import bundled_indicators, bundled_regions, columbus, grid, queen, smooth_field

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning")


def _esda(statistic, seed, *args, **kwargs):
    np.random.seed(seed)
    return statistic(*args, **kwargs)


def test_matches_esda_on_bundled_regions():
    values = bundled_indicators()
    graph = queen(bundled_regions())
    frame = global_statistics(values, graph, permutations=999, seed=3)
    assert list(frame.columns) == GLOBAL_COLUMNS
    assert frame.index.tolist() == values.columns.tolist()
    for name in values.columns:
        y = values[name].to_numpy()
        moran = _esda(esda.Moran, 3, y, graph.to_W(), permutations=999)
        geary = _esda(esda.Geary, 3, y, graph.to_W(), permutations=999)
        getis = _esda(esda.G, 3, y, graph.to_W(), permutations=999)
        row = frame.loc[name]
        assert row["moran_i"] == pytest.approx(moran.I, abs=1e-12)
        assert row["moran_ei"] == pytest.approx(-1 / 16)
        assert row["moran_z_norm"] == pytest.approx(moran.z_norm, abs=1e-12)
        assert row["moran_p_rand"] == pytest.approx(moran.p_rand, abs=1e-12)
        assert row["moran_p_sim"] == moran.p_sim
        assert row["geary_c"] == pytest.approx(geary.C, abs=1e-12)
        assert row["geary_z_rand"] == pytest.approx(geary.z_rand, abs=1e-12)
        assert row["geary_p_sim"] == geary.p_sim
        assert row["getis_g"] == pytest.approx(getis.G, abs=1e-12)
        assert row["getis_g_z"] == pytest.approx(getis.z_norm, abs=1e-12)
        assert row["getis_g_p_sim"] == getis.p_sim
        assert row["n"] == 17 and row["permutations"] == 999 and row["seed"] == 3


def test_published_values():
    """Columbus CRIME, queen: I = 0.500188 (Anselin; GeoDa shows 0.500).  SIDS 1974 rates
    and St Louis homicides: the values esda's own test suite asserts."""
    frame = columbus()
    result = global_statistics(frame[["CRIME"]], queen(frame), permutations=99)
    assert result.loc["CRIME", "moran_i"] == pytest.approx(0.5001885571828611, abs=1e-12)

    sids = libpysal.io.open(libpysal.examples.get_path("sids2.dbf"))
    rates = pd.Series(np.array(sids.by_col("SIDR74")), name="SIDR74")
    gal = libpysal.io.open(libpysal.examples.get_path("sids2.gal")).read()
    graph = Graph.from_W(gal)
    rates.index = graph.unique_ids
    result = global_statistics(rates.to_frame(), graph, permutations=99)
    assert result.loc["SIDR74", "moran_i"] == pytest.approx(0.24772519320480135, abs=1e-12)

    stl = libpysal.io.open(libpysal.examples.get_path("stl_hom.txt"))
    homicides = np.array(stl.by_col["HR8893"])
    graph = Graph.from_W(libpysal.io.open(libpysal.examples.get_path("stl.gal")).read())
    table = pd.DataFrame({"HR8893": homicides}, index=graph.unique_ids)
    result = global_statistics(table, graph, permutations=99)
    assert result.loc["HR8893", "moran_i"] == pytest.approx(0.24365582621771659, abs=1e-12)


def test_same_seed_identical_and_global_rng_untouched():
    values = columbus()[["CRIME", "HOVAL", "INC"]]
    graph = queen(columbus())
    np.random.seed(2024)
    state = np.random.get_state()
    first = global_statistics(values, graph, permutations=199, seed=9)
    after = np.random.get_state()
    assert after[0] == state[0] and np.array_equal(after[1], state[1]) and after[2] == state[2]
    pd.testing.assert_frame_equal(first, global_statistics(values, graph, permutations=199, seed=9))
    other = global_statistics(values, graph, permutations=199, seed=10)
    assert not other[["moran_p_sim", "geary_p_sim"]].equals(first[["moran_p_sim", "geary_p_sim"]])
    pd.testing.assert_series_equal(first["moran_i"], other["moran_i"])


def test_general_g_needs_non_negative_values():
    y = smooth_field(bundled_regions())
    values = pd.DataFrame({"positive": y, "centred": y - y.mean()})
    frame = global_statistics(values, queen(bundled_regions()), permutations=99)
    assert np.isfinite(frame.loc["positive", "getis_g"])
    assert frame.loc["centred", ["getis_g", "getis_g_z", "getis_g_p_sim"]].isna().all()
    assert "non-negative" in frame.loc["centred", "note"]
    assert frame.loc["positive", "note"] == ""
    assert frame.loc["centred", "moran_i"] == pytest.approx(frame.loc["positive", "moran_i"])


def test_islands_noted():
    shapes = grid(4, detached=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph = queen(shapes)
        y = smooth_field(shapes)
        frame = global_statistics(y.to_frame(), graph, permutations=99)
        reference = esda.Moran(y.to_numpy(), graph.to_W(), permutations=0)
    assert frame.loc["smooth", "moran_i"] == pytest.approx(reference.I, abs=1e-12)
    assert frame.loc["smooth", "islands"] == 1
    assert "without neighbours" in frame.loc["smooth", "note"]


def test_moran_scatter():
    frame = columbus()
    graph = queen(frame)
    scatter = moran_scatter(frame["CRIME"], graph)
    assert list(scatter.columns) == ["z", "lag"]
    assert scatter["z"].mean() == pytest.approx(0, abs=1e-12)
    assert scatter["z"].std(ddof=1) == pytest.approx(1)
    # the slope of lag on z through the origin is Moran's I
    slope = (scatter["z"] * scatter["lag"]).sum() / (scatter["z"] ** 2).sum()
    assert slope == pytest.approx(0.5001885571828611, abs=1e-12)
    np.testing.assert_allclose(scatter["lag"], graph.lag(scatter["z"].to_numpy()), atol=1e-12)


@pytest.mark.parametrize("permutations", [98, 100_000])
def test_bad_parameters(permutations):
    values = bundled_indicators()
    with pytest.raises(ParameterError, match="permutations"):
        global_statistics(values, queen(bundled_regions()), permutations=permutations)


def test_bad_fields():
    graph = queen(bundled_regions())
    values = bundled_indicators()
    values["flat"] = 1.0
    with pytest.raises(ParameterError, match="'flat' has the same value everywhere"):
        global_statistics(values, graph)
    with pytest.raises(ParameterError, match="at least one numeric field"):
        global_statistics(values.iloc[:, :0], graph)
    values = bundled_indicators()
    values.loc[2, "grp_per_capita"] = np.nan
    with pytest.raises(ParameterError, match=r"'grp_per_capita'.*\(2\).*impute"):
        global_statistics(values, graph)
