"""The spillover job (core/jobs/spillover.py): a polygon layer's weights, cores named by id,
code, name or a field, the effects per core as polygons, the warnings, the panel version, and
refusals; checked against estimate_spillover run directly on weights built by libpysal."""

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

from kz_innovation_plugin.core.dynamics.spillover import (
    estimate_panel_spillover,
    estimate_spillover,
)
from kz_innovation_plugin.core.errors import CancelledError, ParameterError
from kz_innovation_plugin.core.jobs import spillover as job
from kz_innovation_plugin.core.jobs.spatial import SpatialJob
from kz_innovation_plugin.core.spatial_weights import WeightsOptions
from tests.core.dynamics import reworded

SIDE = 5
RHO, BETA = 0.4, np.array([1.0, -0.5])
IDS = [f"r{i:02d}" for i in range(SIDE * SIDE)]


def lattice_graph() -> Graph:
    """Rook neighbours of the SIDE x SIDE lattice from libpysal's lat2W, on ids r00..."""
    w = lat2W(SIDE, SIDE, rook=True)
    pairs = [(IDS[i], IDS[j]) for i in range(len(IDS)) for j in sorted(w.neighbors[i])]
    focal, neighbour = zip(*pairs)
    return Graph.from_arrays(list(focal), list(neighbour), np.ones(len(pairs)))


def simulated(seed: int = 3) -> pd.DataFrame:
    """y = (I - rho W)^-1 (1 + X beta + e) on the lattice, constructed numbers."""
    full = lat2W(SIDE, SIDE, rook=True).full()[0]
    w = full / full.sum(axis=1, keepdims=True)
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(len(IDS), 2))
    y = np.linalg.solve(np.eye(len(IDS)) - RHO * w, 1.0 + x @ BETA
                        + rng.normal(scale=0.5, size=len(IDS)))
    return pd.DataFrame({"rid": IDS, "grp": y, "rnd": x[:, 0], "edu": x[:, 1]})


def lattice_layer(values: pd.DataFrame) -> gpd.GeoDataFrame:
    """The lattice's squares (row by row, as lat2W numbers them) with the values, rows
    shuffled so that the job must align them with the weights."""
    squares = [box(col, -row, col + 1, -row + 1) for row in range(SIDE) for col in range(SIDE)]
    layer = gpd.GeoDataFrame(values.assign(
        name_en=[f"Region {i}" for i in range(len(IDS))],
        core=[i in (7, 18) for i in range(len(IDS))]), geometry=squares, crs="EPSG:3857")
    return layer.sample(frac=1.0, random_state=5).reset_index(drop=True)


def rook(**extra) -> SpatialJob:
    return SpatialJob(weights=WeightsOptions(method="rook"), id_field="rid", **extra)


@pytest.fixture(scope="module")
def layer():
    return lattice_layer(simulated())


@pytest.fixture(scope="module")
def outcome(layer):
    options = job.SpilloverJob(y="grp", x=["rnd", "edu"], model="durbin",
                               cores=["r07", "Region 18"], draws=300, seed=4, spatial=rook())
    return job.run(options, layer)


def test_the_job_equals_the_estimate_on_libpysal_weights(layer, outcome):
    direct = estimate_spillover(simulated().set_index("rid"), lattice_graph(), "grp",
                                ["rnd", "edu"], model="durbin", cores=["r07", "r18"],
                                draws=300, seed=4)
    result = outcome.result
    # the rows reach spreg in another order, which moves the optimum in the 7th digit
    assert_allclose(result.estimates["estimate"], direct.estimates["estimate"], rtol=1e-5)
    assert_allclose(result.impacts[["estimate", "ci_lower", "ci_upper"]],
                    direct.impacts[["estimate", "ci_lower", "ci_upper"]], rtol=1e-5)
    merged = result.core_effects.merge(direct.core_effects, on=["core", "regressor", "region"])
    assert len(merged) == 2 * 2 * len(IDS)
    assert_allclose(merged["effect_x"], merged["effect_y"], rtol=1e-5)


def test_the_core_layer_is_one_polygon_per_core_input_and_region(layer, outcome):
    effects = outcome.core_effects()
    assert len(effects) == 2 * 2 * len(IDS) and effects.geometry.name == effects.columns[-1]
    assert list(effects.columns[:5]) == ["core", "core_name", "regressor", "region",
                                         "region_name"]
    own = effects[effects["is_core"]]
    assert set(zip(own["core"], own["region"])) == {("r07", "r07"), ("r18", "r18")}
    assert set(own["core_name"]) == {"Region 7", "Region 18"}
    # each polygon is its region's square
    squares = layer.set_index("rid").geometry
    assert all(geometry.equals(squares[region])
               for region, geometry in zip(effects["region"], effects.geometry))
    assert (effects["excludes_zero"]
            == ((effects["ci_lower"] > 0) | (effects["ci_upper"] < 0))).all()
    summary = outcome.core_summary()
    assert list(summary["core_name"]) == ["Region 7", "Region 7", "Region 18", "Region 18"]
    # a core's spillover is its column's sum over the other regions
    column = effects[(effects["core"] == "r07") & (effects["regressor"] == "rnd")]
    spill = summary[(summary["core"] == "r07") & (summary["regressor"] == "rnd")].iloc[0]
    assert spill["spillover"] == pytest.approx(column.loc[~column["is_core"], "effect"].sum())


def test_the_small_sample_is_a_warning_kept_in_the_record(outcome):
    assert outcome.result.small_sample  # 25 regions, fewer than 30
    assert any(note.startswith("Small sample: only 25 regions") for note in outcome.warnings)
    assert set(outcome.warnings) <= set(outcome.notes)
    assert not any(note.startswith("Intervals:") for note in outcome.warnings)
    record = dict(outcome.layers()["method"].itertuples(index=False))
    assert "Small sample: only 25 regions" in record["warnings"]
    assert record["tool"] == "kzinnovation:spillover"
    assert record["small_sample"] == "True"
    assert record["estimation.estimator"] == "spreg.ML_Lag"


def test_cores_from_a_field_and_by_name(layer):
    options = job.SpilloverJob(y="grp", x=["rnd"], core_field="core", cores=["REGION 7"],
                               draws=100, spatial=rook())
    outcome = job.run(options, layer)
    assert sorted(outcome.result.core_summary["core"]) == ["r07", "r18"]  # each core once


def test_unknown_cores_are_named(layer):
    options = job.SpilloverJob(y="grp", x=["rnd"], cores=["r07", "Atlantis"], draws=100,
                               spatial=rook())
    with pytest.raises(ParameterError, match="Core.s. Atlantis name no region of the layer; by "
                                             "name_en or the region id"):
        job.run(options, layer)


def test_without_cores_the_core_layer_is_empty_and_a_note_says_so(layer):
    outcome = job.run(job.SpilloverJob(y="grp", x=["rnd"], draws=100, spatial=rook()), layer)
    assert outcome.core_effects().empty and outcome.core_summary().empty
    assert any(note.startswith("No core was named") for note in outcome.notes)


def test_the_model_accepts_the_short_names():
    assert job.SpilloverJob(y="y", x="x", model="SDM").model == "durbin"
    assert job.SpilloverJob(y="y", x="x", model=0).model == "lag"
    with pytest.raises(ParameterError, match="Unknown spillover model 'error'"):
        job.SpilloverJob(y="y", x="x", model="error")


def test_a_gap_is_refused_naming_the_region(layer):
    holed = layer.copy()
    holed.loc[holed["rid"] == "r05", "rnd"] = np.nan
    with pytest.raises(ParameterError, match="missing or infinite values for r05"):
        job.run(job.SpilloverJob(y="grp", x=["rnd"], draws=100, spatial=rook()), holed)


def test_the_panel_equals_the_estimate_on_libpysal_weights():
    years = (2021, 2022, 2023)
    frames = [lattice_layer(simulated(seed)).assign(year=year)
              for seed, year in zip((11, 12, 13), years)]
    stacked = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:3857")
    options = job.SpilloverJob(y="grp", x=["rnd"], cores=["r14"], year_field="year",
                               draws=200, seed=2, spatial=rook())
    outcome = job.run(options, stacked)
    table = pd.DataFrame(stacked.drop(columns="geometry"))
    direct = estimate_panel_spillover(table, lattice_graph(), "grp", ["rnd"], region="rid",
                                      year="year", cores=["r14"], draws=200, seed=2)
    assert outcome.result.panel and outcome.result.years == list(years)
    assert_allclose(outcome.result.estimates["estimate"], direct.estimates["estimate"],
                    rtol=1e-5)
    assert_allclose(outcome.result.impacts["ci_upper"], direct.impacts["ci_upper"], rtol=1e-5)
    assert len(outcome.core_effects()) == len(IDS)
    assert any(note.startswith("Short panel: only 3 years") for note in outcome.warnings)


def test_a_panel_needs_its_region_field():
    with pytest.raises(ParameterError, match="needs the region id field"):
        job.SpilloverJob(y="grp", x=["rnd"], year_field="year")


def test_cancel(layer):
    with pytest.raises(CancelledError, match="nothing was written"):
        job.run(job.SpilloverJob(y="grp", x=["rnd"], draws=100, spatial=rook()), layer,
                cancelled=lambda: True)


def test_core_list_text():
    assert job.core_list(" astana; almaty_city,\nShymkent ,") == [
        "astana", "almaty_city", "Shymkent"]
    assert job.core_list(None) == []


def test_written_as_one_geopackage(outcome, tmp_path):
    path = outcome.write(tmp_path / "spillover.gpkg")
    layers = dict(pyogrio.list_layers(path))
    assert layers[job.CORE_EFFECTS_LAYER] == "MultiPolygon" or \
        layers[job.CORE_EFFECTS_LAYER] == "Polygon"
    assert {job.ESTIMATES_LAYER, job.IMPACTS_LAYER, job.CORE_SUMMARY_LAYER, "method"} <= \
        set(layers)


def test_the_command_line_twin(layer, tmp_path, capsys):
    from kz_innovation_plugin.cli import main

    source = tmp_path / "lattice.gpkg"
    layer.to_file(source, layer="lattice")
    output = tmp_path / "spillover.gpkg"
    assert main(["spillover", "--layer", str(source), "--y", "grp", "--x", "rnd,edu",
                 "--model", "durbin", "--cores", "r07", "--draws", "100",
                 "--weights-method", "rook", "--id-field", "rid",
                 "--output", str(output)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("warning: Small sample: only 25 regions")
    assert "Spatial Durbin model of 25 regions" in printed
    assert len(pyogrio.read_dataframe(output, layer=job.CORE_EFFECTS_LAYER)) == 2 * len(IDS)
    assert main(["spillover", "--layer", str(source), "--y", "grp", "--x", "name_en",
                 "--output", str(tmp_path / "refused.gpkg")]) == 2
    assert "name_en" in capsys.readouterr().err
    assert not (tmp_path / "refused.gpkg").exists()


def test_each_effect_has_the_class_its_style_colours(outcome):
    """effect_class: 3 the core's own polygon, +-2 an interval on one side of zero, +-1 (or
    0) the sign of an effect whose interval includes zero."""
    effects = outcome.core_effects()
    expected = np.where(effects["ci_lower"] > 0, 2, np.where(
        effects["ci_upper"] < 0, -2, np.sign(effects["effect"]).astype(int)))
    expected = np.where(effects["is_core"], 3, expected)
    assert effects["effect_class"].tolist() == expected.tolist()
    assert set(effects["effect_class"]) <= set(job.EFFECT_CLASSES)
    assert effects.columns[-2] == "effect_class"  # then the geometry


def test_the_warnings_are_those_the_core_flags_whatever_their_words(layer, monkeypatch):
    monkeypatch.setattr(job, "estimate_spillover", reworded(estimate_spillover))
    outcome = job.run(job.SpilloverJob(y="grp", x=["rnd"], draws=100, spatial=rook()), layer)
    assert [text[:28] for text in outcome.warnings] == ["SMALL SAMPLE: ONLY 25 REGION"]
    assert outcome.warnings == outcome.result.warnings
    assert set(outcome.warnings) < set(outcome.notes)
    assert dict(outcome.layers()["method"].itertuples(index=False))["warnings"].startswith(
        "SMALL SAMPLE: ONLY 25 REGIONS")
