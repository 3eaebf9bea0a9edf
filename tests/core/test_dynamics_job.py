"""The dynamics jobs (core/jobs/dynamics.py): a layer with one feature per region and year
read as regions and a regions x years table; emerging hot spots and the three Markov chains
equal to the core functions run directly on libpysal weights; the tables and warnings."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from libpysal.graph import Graph
from libpysal.weights import lat2W
from numpy.testing import assert_allclose
from shapely.geometry import box

from kz_innovation_plugin.core.dynamics.emerging import emerging_hotspots
from kz_innovation_plugin.core.dynamics.markov import (
    classic_markov,
    lisa_markov,
    spatial_markov,
)
from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.jobs import dynamics as job
from kz_innovation_plugin.core.jobs.spatial import SpatialJob
from kz_innovation_plugin.core.spatial_weights import WeightsOptions
from tests.core.dynamics import reworded

SIDE, YEARS = 4, (2016, 2017, 2018, 2019, 2020, 2021)
IDS = [f"r{i:02d}" for i in range(SIDE * SIDE)]


def lattice_graph() -> Graph:
    """Rook neighbours of the lattice from libpysal's lat2W, on ids r00..."""
    w = lat2W(SIDE, SIDE, rook=True)
    pairs = [(IDS[i], IDS[j]) for i in range(len(IDS)) for j in sorted(w.neighbors[i])]
    focal, neighbour = zip(*pairs)
    return Graph.from_arrays(list(focal), list(neighbour), np.ones(len(pairs)))


def wide_values() -> pd.DataFrame:
    """Constructed numbers: a corner whose values grow year by year, noise elsewhere."""
    rng = np.random.default_rng(8)
    values = rng.normal(10.0, 1.0, size=(len(IDS), len(YEARS)))
    values[[0, 1, 4, 5], :] += np.arange(len(YEARS)) * 1.5
    return pd.DataFrame(values, index=pd.Index(IDS, name="rid"), columns=list(YEARS))


def long_layer(values: pd.DataFrame) -> gpd.GeoDataFrame:
    """One square per region and year, the years shuffled, with a steady name field and a
    field that changes over the years."""
    squares = {IDS[row * SIDE + col]: box(col, -row, col + 1, -row + 1)
               for row in range(SIDE) for col in range(SIDE)}
    rows = [{"rid": rid, "year": year, "rd": values.at[rid, year], "name_en": f"Region {rid}",
             "note": f"{rid}-{year}", "geometry": squares[rid]}
            for year in YEARS for rid in IDS]
    layer = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:3857")
    return layer.sample(frac=1.0, random_state=2).reset_index(drop=True)


def spatial(**extra) -> SpatialJob:
    return SpatialJob(weights=WeightsOptions(method="rook"), id_field="rid", **extra)


@pytest.fixture(scope="module")
def layer():
    return long_layer(wide_values())


def test_the_long_layer_becomes_regions_and_a_table(layer):
    regions, wide = job.long_layer_panel(layer, "rid", "year", "rd")
    assert list(wide.columns) == list(YEARS) and set(wide.index) == set(IDS)
    assert_allclose(wide.loc[IDS].to_numpy(), wide_values().to_numpy())
    assert list(regions.index) == list(wide.index)
    # the fields that change over the years are left out of the regions
    assert {"rid", "name_en", "geometry"} <= set(regions.columns)
    assert not {"year", "rd", "note"} & set(regions.columns)


def test_a_region_twice_in_a_year_or_a_year_that_is_no_year_is_refused(layer):
    doubled = pd.concat([layer, layer.iloc[[0]]], ignore_index=True)
    with pytest.raises(ParameterError, match="more than once in a year"):
        job.long_layer_panel(doubled, "rid", "year", "rd")
    broken = layer.assign(year=layer["year"] + 0.5)
    with pytest.raises(ParameterError, match="whole year"):
        job.long_layer_panel(broken, "rid", "year", "rd")
    with pytest.raises(ParameterError, match="no field 'grp'"):
        job.long_layer_panel(layer, "rid", "year", "grp")


def test_emerging_hot_spots_equal_the_core_on_libpysal_weights(layer):
    outcome = job.run(job.EmergingJob(field="rd", spatial=spatial(permutations=199, seed=5)),
                      layer)
    direct = emerging_hotspots(wide_values(), lattice_graph(), permutations=199, seed=5)
    patterns = outcome.layers()[job.EMERGING_LAYER].set_index("rid")
    assert (patterns.loc[IDS, "PATTERN"] == direct.frame.loc[IDS, "PATTERN"]).all()
    assert_allclose(patterns.loc[IDS, "TREND_Z"], direct.frame.loc[IDS, "TREND_Z"])
    years = outcome.layers()[job.EMERGING_YEARS_LAYER]
    assert len(years) == len(IDS) * len(YEARS)
    corner = years[(years["region"] == "r00") & (years["year"] == 2021)].iloc[0]
    assert corner["GiZScore"] == pytest.approx(direct.gi_z.at["r00", 2021])
    # the growing corner: its Gi* rises over six years
    assert patterns.at["r00", "TREND_Z"] > 0
    assert outcome.provenance["tool"] == "kzinnovation:emerginghotspots"


@pytest.mark.parametrize("kind", ["classic", "spatial", "lisa"])
def test_markov_chains_equal_the_core_on_libpysal_weights(layer, kind):
    outcome = job.run(job.MarkovJob(field="rd", kind=kind, classes=3,
                                    spatial=spatial(permutations=99, seed=4)), layer)
    values, graph = wide_values(), lattice_graph()
    direct = {"classic": lambda: classic_markov(values, 3),
              "spatial": lambda: spatial_markov(values, graph, 3, permutations=99, seed=4),
              "lisa": lambda: lisa_markov(values, graph, permutations=99, seed=4)}[kind]()
    table = outcome.layers()[job.MARKOV_TRANSITIONS_LAYER]
    overall = table[table["condition"] == "all regions"]
    assert_allclose(overall["count"], direct.transitions.stack().to_numpy())
    assert overall["count"].sum() == len(IDS) * (len(YEARS) - 1)
    regions = outcome.layers()[job.MARKOV_REGIONS_LAYER].set_index("rid")
    assert [f"class_{year}" for year in YEARS] == [c for c in regions.columns
                                                   if c.startswith("class_")]
    states = direct.quadrants if kind == "lisa" else direct.class_ids
    moves = (states.diff(axis=1).iloc[:, 1:] != 0).sum(axis=1)
    assert (regions.loc[IDS, "moves"] == moves.loc[IDS]).all()
    if kind == "spatial":
        conditional = table[table["condition"] != "all regions"]
        assert conditional["count"].sum() == overall["count"].sum()
        summary = dict(outcome.layers()[job.MARKOV_SUMMARY_LAYER].itertuples(index=False))
        assert summary["homogeneity Q"] == pytest.approx(direct.homogeneity["Q"])
    if kind == "lisa":
        # giddy's expected counts depend on the order of the regions (its LISA_Markov builds
        # them with Markov chains over the transposed table), so the check takes the job's
        # weights, whose regions are in the layer's order
        same_order = lisa_markov(values, outcome.weights.graph, permutations=99, seed=4)
        assert_allclose(overall["expected"], same_order.expected.stack().to_numpy())


def test_thin_rows_are_warnings(layer):
    outcome = job.run(job.MarkovJob(field="rd", kind="spatial", classes=4,
                                    spatial=spatial(permutations=0)), layer)
    assert any("conditional rows" in text and "have fewer than 5" in text
               for text in outcome.warnings)
    assert set(outcome.warnings) <= set(outcome.notes)
    assert not any(text.startswith("4 classes from") for text in outcome.warnings)


def test_the_region_field_is_required():
    with pytest.raises(ParameterError, match="Name the region id field"):
        job.MarkovJob(field="rd")
    with pytest.raises(ParameterError, match="Unknown Markov chain 'hidden'"):
        job.MarkovJob(field="rd", kind="hidden", spatial=spatial())


def test_a_gap_is_refused_naming_the_region_and_year(layer):
    holed = layer[~((layer["rid"] == "r03") & (layer["year"] == 2018))]
    with pytest.raises(ParameterError, match="r03 in 2018"):
        job.run(job.MarkovJob(field="rd", spatial=spatial()), holed)


def test_the_command_line_twins(layer, tmp_path, capsys):
    from kz_innovation_plugin.cli import main

    source = tmp_path / "long.gpkg"
    layer.to_file(source, layer="long")
    output = tmp_path / "markov.gpkg"
    assert main(["markov", "--layer", str(source), "--field", "rd", "--kind", "lisa",
                 "--permutations", "0", "--weights-method", "rook", "--id-field", "rid",
                 "--output", str(output)]) == 0
    assert "Written to" in capsys.readouterr().out
    assert len(pyogrio.read_dataframe(output, layer=job.MARKOV_TRANSITIONS_LAYER)) == 16
    output = tmp_path / "emerging.gpkg"
    assert main(["emerging", "--layer", str(source), "--field", "rd", "--permutations", "99",
                 "--weights-method", "rook", "--id-field", "rid", "--output", str(output)]) == 0
    assert len(pyogrio.read_dataframe(output, layer=job.EMERGING_LAYER)) == len(IDS)
    assert main(["markov", "--layer", str(source), "--field", "name_en", "--id-field", "rid",
                 "--output", str(tmp_path / "refused.gpkg")]) == 2
    assert "name_en" in capsys.readouterr().err
    assert not (tmp_path / "refused.gpkg").exists()


@pytest.mark.parametrize("options", [
    job.EmergingJob(field="rd", spatial=spatial(permutations=99)),
    job.MarkovJob(field="rd", kind="spatial", classes=4, spatial=spatial(permutations=0)),
], ids=["emerging", "markov"])
def test_the_warnings_are_those_the_core_flags_whatever_their_words(layer, monkeypatch,
                                                                   options):
    monkeypatch.setattr(job, "emerging_hotspots", reworded(emerging_hotspots))
    monkeypatch.setattr(job, "spatial_markov", reworded(spatial_markov))
    outcome = job.run(options, layer)
    assert outcome.warnings and outcome.warnings == outcome.result.warnings
    assert set(outcome.warnings) < set(outcome.notes)
    expected = ("ONLY 16 FEATURES WERE TESTED" if isinstance(options, job.EmergingJob)
                else "CONDITIONAL ROWS (LAG CLASS, FROM CLASS) HAVE FEWER THAN 5")
    assert any(expected in text for text in outcome.warnings)
