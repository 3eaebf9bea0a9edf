"""Tests of the spatial autocorrelation core, and the data and weights they share.

References: esda (the PySAL implementation) and pygeoda 0.1.3 (GeoDa's own C++ engine,
a test-only dependency).  Data: the bundled 2018 regions of Kazakhstan with the demo BNS
indicators, and libpysal's offline example datasets (Columbus, SIDS, St Louis).
"""

from __future__ import annotations

import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import libpysal
import numpy as np
import pandas as pd
from libpysal.graph import Graph
from shapely.geometry import box

from kz_innovation_plugin.core.bundled import load_bundled_regions

DEMO_TABLE = (
    Path(__file__).resolve().parents[3]
    / "kz_innovation_plugin" / "data" / "indicators" / "kz_bns_indicators_2018_2019.csv"
)
#: esda's quadrant codes (1 HH, 2 LH, 3 LL, 4 HL) in GeoDa's numbering (1 HH, 2 LL, 3 LH, 4 HL)
ESDA_TO_GEODA = {1: 1, 2: 3, 3: 2, 4: 4}


def queen(frame: gpd.GeoDataFrame) -> Graph:
    """Row-standardised queen contiguity, built the way the brief prescribes."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Graph.build_contiguity(frame, rook=False).transform("r")


@lru_cache(maxsize=1)
def _bundled() -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    regions = load_bundled_regions("2018")
    table = pd.read_csv(DEMO_TABLE)
    table = table[table["year"] == 2018]
    wide = table.pivot_table(index="region_ru", columns="indicator", values="value")
    # the bundled layer's name_ru matches region_ru exactly (the national row drops out)
    values = wide.reindex(regions["name_ru"].to_numpy())
    values.index = regions.index
    return regions, values.dropna(axis=1)


def bundled_regions() -> gpd.GeoDataFrame:
    """The 17 regions of 2018 (index 0..16)."""
    return _bundled()[0].copy()


def bundled_indicators() -> pd.DataFrame:
    """The complete 2018 demo indicators, one column each, indexed like the regions."""
    return _bundled()[1].copy()


@lru_cache(maxsize=1)
def _columbus() -> gpd.GeoDataFrame:
    return gpd.read_file(libpysal.examples.get_path("columbus.shp"))


def columbus() -> gpd.GeoDataFrame:
    """libpysal's Columbus neighbourhoods (49 polygons, shipped with the package)."""
    return _columbus().copy()


def grid(side: int, detached: bool = False) -> gpd.GeoDataFrame:
    """A ``side`` x ``side`` grid of unit squares, optionally plus one far-away square."""
    cells = [box(i, j, i + 1, j + 1) for j in range(side) for i in range(side)]
    if detached:
        cells.append(box(side + 10, side + 10, side + 11, side + 11))
    return gpd.GeoDataFrame(geometry=cells)


def geoda_weights(graph: Graph):
    """The same neighbours as a pygeoda Weight, through a GAL file GeoDa reads itself."""
    import pygeoda

    ids = list(graph.unique_ids)
    position = {value: i for i, value in enumerate(ids)}
    isolates = set(graph.isolates)
    lines = [f"0 {len(ids)} kzi id"]
    for i, value in enumerate(ids):
        neighbours = [] if value in isolates else [position[j] for j in graph[value].index]
        lines += [f"{i} {len(neighbours)}", " ".join(str(j) for j in neighbours)]
    path = Path(tempfile.mkdtemp(prefix="kzi-gal-")) / "weights.gal"
    path.write_text("\n".join(lines) + "\n")
    return pygeoda.read_gal(str(path), [str(i) for i in range(len(ids))])


def smooth_field(frame: gpd.GeoDataFrame, seed: int = 7) -> pd.Series:
    """A spatially smooth field: a function of the centroid plus noise from a fixed seed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        centre = frame.geometry.centroid
    rng = np.random.default_rng(seed)
    values = np.sin(centre.x.to_numpy() / 7.0) + 0.3 * rng.normal(size=len(frame)) + 2.0
    return pd.Series(values, index=frame.index, name="smooth")
