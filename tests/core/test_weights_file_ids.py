"""A weights file keyed by an id field serves every job that takes weights: LISA, cores and
zones, macro-regions; each gives what the same weights built on the layer give."""

from __future__ import annotations

import pandas as pd
import pytest

from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.jobs.cores import CoresJob, run_cores
from kz_innovation_plugin.core.jobs.index import IndexJob, index_layer
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.jobs.join import run as run_join
from kz_innovation_plugin.core.jobs.regionalize import run_regionalize
from kz_innovation_plugin.core.jobs.spatial import SpatialJob, run_weights
from kz_innovation_plugin.core.zones import CoreRule
from tests.conftest import DEMO_TABLE


@pytest.fixture(scope="module")
def indexed():
    """The 2018 index, its layer indexed by feature number (not by unit_id)."""
    outcome = run_join(JoinJob(table=str(DEMO_TABLE), year=2018))
    national = outcome.national()
    options = IndexOptions(uncertainty=UncertaintySettings(runs=20))
    layer = index_layer(outcome.result.joined, IndexJob(options), national=national).layer
    return layer.reset_index(drop=True)


@pytest.fixture(scope="module")
def gal(indexed, tmp_path_factory):
    path = tmp_path_factory.mktemp("weights") / "queen.gal"
    run_weights(indexed, SpatialJob(id_field="unit_id"), path)
    return str(path)


def test_cores_from_a_weights_file_keyed_by_an_id_field(indexed, gal):
    rule = CoreRule(mode="top_k", k=4)
    from_file = run_cores(indexed, CoresJob(rule=rule, spatial=SpatialJob(
        weights_file=gal, id_field="unit_id", permutations=99)))
    built = run_cores(indexed, CoresJob(rule=rule, spatial=SpatialJob(
        id_field="unit_id", permutations=99)))
    assert len(from_file.cores) > 0
    pd.testing.assert_frame_equal(from_file.cores, built.cores)
    pd.testing.assert_frame_equal(from_file.zones, built.zones)


def test_macro_regions_from_a_weights_file_keyed_by_an_id_field(indexed, gal, tmp_path):
    job = SpatialJob(weights_file=gal, id_field="unit_id")
    from_file = run_regionalize(indexed, ["innov_idx"], job, method="skater", n_regions=3)
    built = run_regionalize(indexed, ["innov_idx"], SpatialJob(id_field="unit_id"),
                            method="skater", n_regions=3)
    pd.testing.assert_frame_equal(from_file.result.members, built.result.members)
    assert from_file.provenance["weights"]["features"] == len(indexed)
    written = from_file.write(tmp_path / "regions.gpkg")
    assert written.exists()


def test_unknown_id_field_is_named(indexed):
    with pytest.raises(Exception, match="no field 'uid' for the ids"):
        run_regionalize(indexed, ["innov_idx"], SpatialJob(id_field="uid"))


def test_cores_job_builds_its_weights_once(indexed, monkeypatch):
    """The LISA the rule needs and the zones share one set of weights."""
    from kz_innovation_plugin.core.jobs import spatial as spatial_job

    calls = []
    build = spatial_job.build_weights

    def counted(*args, **kwargs):
        calls.append(1)
        return build(*args, **kwargs)

    monkeypatch.setattr(spatial_job, "build_weights", counted)
    run_cores(indexed.drop(columns=["LISA_CL"], errors="ignore"), CoresJob(
        rule=CoreRule(mode="top_k", k=4, local="lisa"), spatial=SpatialJob(permutations=99)))
    assert len(calls) == 1
