"""Cores, zones and clusters as one job on the 2018 index; issue 5's bad inputs."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.jobs.cores import CoresJob, run_cores
from kz_innovation_plugin.core.jobs.index import IndexJob, index_layer
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.jobs.join import run as run_join
from kz_innovation_plugin.core.jobs.spatial import run_lisa
from kz_innovation_plugin.core.regionalization import regionalize
from kz_innovation_plugin.core.zones import CoreRule
from tests.conftest import DEMO_TABLE


@pytest.fixture(scope="module")
def indexed():
    outcome = run_join(JoinJob(table=str(DEMO_TABLE), year=2018))
    national = outcome.national()
    options = IndexOptions(uncertainty=UncertaintySettings(runs=50))
    return index_layer(outcome.result.joined, IndexJob(options), national=national).layer


@pytest.mark.parametrize("method", ["rings", "bands", "gravity"])
def test_each_zone_method_gives_cores_zones_clusters_and_a_reading(indexed, method, tmp_path):
    outcome = run_cores(indexed, CoresJob(rule=CoreRule(mode="top_k", k=5),
                                          zone_method=method))
    assert len(outcome.cores) == 5
    assert set(outcome.zones["core_id"].dropna()) <= set(outcome.cores["core_id"])
    assert len(outcome.clusters) >= 1
    assert set(outcome.multiplier["core_id"]) == set(outcome.cores["core_id"])
    path = outcome.write(tmp_path / f"{method}.gpkg")
    assert {"cores", "zones", "clusters", "multiplier", "method", "layer_styles"} <= set(
        pyogrio.list_layers(path)[:, 0])


def test_no_core_gives_empty_layers_and_says_why(indexed, tmp_path):
    outcome = run_cores(indexed, CoresJob(rule=CoreRule(mode="threshold", threshold=2.0)))
    assert outcome.cores.empty and outcome.zones.empty and outcome.clusters.empty
    assert "No region meets the core rule" in outcome.summary()
    path = outcome.write(tmp_path / "empty.gpkg")
    assert len(gpd.read_file(path, layer="cores")) == 0


def test_lisa_requirement_computes_the_statistic_when_missing(indexed):
    # on the 2018 index no region is in a significant LISA cluster; an index rising from
    # south to north gives High-High regions in the north, so some candidates stay
    northness = indexed.geometry.representative_point().y
    layer = indexed.assign(innov_idx=northness)
    before = layer.copy()
    job = CoresJob(rule=CoreRule(mode="top_k", k=5, local="lisa"))
    outcome = run_cores(layer, job)
    assert "LISA_CL" not in layer.columns  # the input is left as it was
    pd.testing.assert_frame_equal(layer, before)
    # the statistic as the job computes it: on the index, with the job's weights and seed
    codes = run_lisa(layer, job.rule.index_field, job.spatial).frame["LISA_CL"]
    candidates = layer["innov_idx"].nlargest(5).index
    kept = candidates[codes.loc[candidates].isin([1, 4])]
    assert 0 < len(kept) < len(candidates)  # some candidates kept, some dropped
    assert sorted(outcome.cores.index) == sorted(kept)
    assert codes.loc[outcome.cores.index].isin([1, 4]).all()
    types = codes.loc[outcome.cores.index].map({1: "agglomeration", 4: "isolated core"})
    assert outcome.cores["core_type"].tolist() == types.tolist()
    assert any("not a LISA High-High or High-Low region" in note for note in outcome.notes)
    assert outcome.provenance["cores"] == len(outcome.cores)


BAD = {
    "negative mass": (lambda layer: layer.assign(mass=-layer["innov_idx"]),
                      {"zone_method": "gravity", "mass_field": "mass"}, "negative"),
    "zero distance band": (lambda layer: layer, {"zone_method": "bands", "bands_km": (0.0,)},
                           "positive and increasing"),
    "K of zero rings": (lambda layer: layer, {"zone_method": "rings", "max_order": 0},
                        "at least 1"),
    "unknown zone method": (lambda layer: layer, {"zone_method": "voronoi"},
                            r"^Unknown zone method 'voronoi'; choose one of: rings, bands, "
                            r"gravity\.$"),
    "no mass field": (lambda layer: layer, {"zone_method": "gravity", "mass_field": "population"},
                      r"^The layer has no mass field 'population'; choose a numeric field such as "
                      r"the index times population, or GRP\.$"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_zone_inputs_get_a_clear_message(indexed, name):
    make, settings, message = BAD[name]
    layer = make(indexed)
    before = layer.copy()
    with pytest.raises(ParameterError, match=message):
        run_cores(layer, CoresJob(rule=CoreRule(mode="top_k", k=3), **settings))
    pd.testing.assert_frame_equal(layer, before)


def test_floor_larger_than_the_total_is_refused(indexed):
    with pytest.raises(ParameterError, match="larger than the total"):
        regionalize(indexed, ["si_potenti", "si_perform"], method="maxp", floor_field=None,
                    floor=18)
