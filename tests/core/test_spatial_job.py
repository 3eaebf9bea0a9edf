"""Spatial jobs: weights reuse, local statistics on the bundled data, and issue 4's bad inputs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from kz_innovation_plugin.core.errors import (
    CancelledError,
    InputFileError,
    LayerError,
    ParameterError,
)
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.jobs.join import run as run_join
from kz_innovation_plugin.core.jobs.spatial import (
    SpatialJob,
    run_global,
    run_hotspots,
    run_lisa,
    run_weights,
)
from kz_innovation_plugin.core.spatial_weights import WeightsOptions
from tests.conftest import DEMO_TABLE


@pytest.fixture(scope="module")
def regions():
    outcome = run_join(JoinJob(table=str(DEMO_TABLE), year=2018))
    return outcome.result.joined


def test_lisa_and_hotspots_on_the_2018_regions(regions):
    before = regions.copy()
    lisa = run_lisa(regions, "research", SpatialJob(permutations=199)).frame
    assert list(lisa.index) == list(regions.index)
    assert set(lisa["LISA_CL"]) <= set(range(7))
    assert lisa["LISA_P"].between(1 / 200, 1).all()
    spots = run_hotspots(regions, "research", SpatialJob(permutations=199)).frame
    assert spots["Gi_Bin"].between(-3, 3).all()
    pd.testing.assert_frame_equal(regions, before)  # the input is not modified


def test_same_seed_same_pvalues_and_a_record(regions):
    first = run_lisa(regions, "grp_pc", SpatialJob(permutations=199, seed=5))
    second = run_lisa(regions, "grp_pc", SpatialJob(permutations=199, seed=5))
    np.testing.assert_array_equal(first.frame["LISA_P"], second.frame["LISA_P"])
    record = first.provenance
    assert record["parameters"]["seed"] == 5 and record["weights"]["features"] == 17
    assert "versions" in record and record["method"]["correction"] == "fdr"


def test_weights_saved_then_reused_give_the_same_statistics(regions, tmp_path):
    path = tmp_path / "queen.gal"
    run_weights(regions, SpatialJob(id_field="unit_id"), path)
    reused = run_lisa(regions, "research",
                      SpatialJob(weights_file=str(path), id_field="unit_id", permutations=99))
    built = run_lisa(regions, "research", SpatialJob(id_field="unit_id", permutations=99))
    np.testing.assert_allclose(reused.frame["LISA_I"], built.frame["LISA_I"], rtol=1e-12)


def test_global_statistics_with_scatter(regions):
    outcome = run_global(regions, ["research", "grp_pc"], SpatialJob(permutations=99))
    assert list(outcome.frame["field"]) == ["research", "grp_pc"]
    assert len(outcome.extra["scatter"]) == 34


def test_global_statistics_honour_the_binary_transform(regions):
    """TRANSFORM=b reaches Moran's I and Geary's C (it was ignored: always row-standardised)."""
    import esda

    binary = run_global(regions, ["research"], SpatialJob(
        weights=WeightsOptions(transform="b"), permutations=99))
    standardised = run_global(regions, ["research"], SpatialJob(permutations=99))
    w = binary.weights.graph.to_W()
    values = regions.loc[binary.weights.graph.unique_ids, "research"].to_numpy()
    reference = esda.Moran(values, w, transformation="B", permutations=0)
    assert binary.frame.loc[0, "moran_i"] == pytest.approx(reference.I, rel=1e-9)
    assert binary.frame.loc[0, "transform"] == "b"
    assert standardised.frame.loc[0, "transform"] == "r"
    assert binary.frame.loc[0, "moran_i"] != pytest.approx(standardised.frame.loc[0, "moran_i"])


def test_global_statistics_can_be_cancelled(regions):
    with pytest.raises(CancelledError, match="cancelled"):
        run_global(regions, ["research"], SpatialJob(permutations=99), cancelled=lambda: True)


def grid(n=4):
    import geopandas as gpd

    boxes = [shapely.box(x, y, x + 1, y + 1) for x in range(n) for y in range(n)]
    return gpd.GeoDataFrame({"value": np.arange(n * n, dtype=float)}, geometry=boxes,
                            crs="EPSG:32642")


BAD = {
    "missing values": (lambda g: g.assign(value=[np.nan] + list(g["value"][1:])), {},
                       ParameterError, "(?i)missing"),
    "constant field": (lambda g: g.assign(value=1.0), {}, ParameterError, "same value"),
    "non-numeric field": (lambda g: g.assign(value=g["value"].astype(str)), {},
                          ParameterError, r"^Field 'value' is not numeric \(\w+\): choose a "
                          r"numeric field, or convert it with the Field calculator\.$"),
    "yes/no field": (lambda g: g.assign(value=g["value"] > 5), {}, ParameterError,
                     r"^Field 'value' is not numeric \(bool\): choose a numeric field, or "
                     r"convert it with the Field calculator\.$"),
    "field not in the layer": (lambda g: g.rename(columns={"value": "score"}), {},
                               ParameterError,
                               r"^The layer has no field 'value'; its fields are: score, "
                               r"geometry\.$"),
    "id field not in the layer": (lambda g: g, {"id_field": "unit_id"}, ParameterError,
                                  r"^The layer has no field 'unit_id' for the ids; its fields "
                                  r"are: value\.$"),
    "repeated ids": (lambda g: g.assign(code=["a", "a", "b", "b"] + [f"c{i}" for i in range(12)]),
                     {"id_field": "code"}, ParameterError,
                     r"^Field 'code' cannot identify features: ids must be unique and not empty "
                     r"\(repeated: a, b; empty: 0\)\.$"),
    "empty ids": (lambda g: g.assign(code=[None] + [f"c{i}" for i in range(15)]),
                  {"id_field": "code"}, ParameterError,
                  r"^Field 'code' cannot identify features: ids must be unique and not empty "
                  r"\(repeated: none; empty: 1\)\.$"),
    "one feature": (lambda g: g.iloc[:1], {}, LayerError, "at least 3"),
    "band in metres on degrees": (
        lambda g: g.set_crs("EPSG:4326", allow_override=True),
        {"weights": WeightsOptions(method="distance_band", band=2.0)},
        ParameterError, "measured in metres"),
    "island under stop": (
        lambda g: pd.concat([g, g.iloc[[0]].assign(geometry=[shapely.box(50, 50, 51, 51)])],
                            ignore_index=True).set_geometry("geometry"),
        {}, ParameterError, "(?i)without neighbours|no neighbours"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_inputs_are_refused_with_a_message(name):
    make, job_options, error, message = BAD[name]
    layer = make(grid())
    before = layer.copy()
    with pytest.raises(error, match=message):
        run_lisa(layer, "value", SpatialJob(permutations=99, **job_options))
    pd.testing.assert_frame_equal(layer, before)


def test_weights_file_of_another_layer_is_refused(tmp_path):
    path = tmp_path / "other.gal"
    run_weights(grid(5), SpatialJob(), path)
    with pytest.raises(InputFileError, match="other features"):
        run_lisa(grid(4), "value", SpatialJob(weights_file=str(path), permutations=99))
