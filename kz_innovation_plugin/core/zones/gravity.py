"""Gravity potential of the cores and Huff probabilities of each region.

For region *i* and core *c*, the pull is ``T_ic = sum_j m_j / d_ij ** beta`` over the
regions *j* of core *c* (one region for most cores), with ``m_j`` the mass (e.g. index
times population) and ``d_ij`` the distance in km between representative points in a CRS
in metres (pyproj / geopandas, see :mod:`._influence_inputs`).  A core region's distance
to itself is the radius of a circle of its area, ``sqrt(area / pi)`` (the mean-distance
convention for a region's internal pull), so its own potential is finite; the same radius
stands in for a distance of 0 between two different regions.

* ``potential_i = sum_c T_ic``;
* ``dominant_core`` is the core with the largest ``T_ic`` (ties: the lower core id);
* ``share`` is its Huff probability ``T_ic / potential_i``;
* ``zone_class`` ranks the potentials in ``classes`` equal-count (quantile) classes,
  1 = highest: the region ranked r (1 = highest, tied regions share the better rank) of n
  is in class ``floor((r - 1) * classes / n) + 1``.

numpy does the arithmetic on an (n regions x n core regions) array; nothing loops over
the regions.
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd

from .._checks import describe_ids
from ..errors import LayerError, ParameterError
from ._influence_inputs import (
    check_cores,
    check_layer,
    metre_crs,
    representative_xy,
)

__all__ = ["gravity_potential", "check_mass"]


def check_mass(layer: gpd.GeoDataFrame, mass: pd.Series) -> np.ndarray:
    """Masses in layer order as floats: present, numeric and >= 0 for every region.

    Raises
    ------
    ParameterError
        Not a Series, ids that do not match the layer, text, missing or negative values.
    """
    if not isinstance(mass, pd.Series):
        raise ParameterError(
            f"The mass must be a field (pandas Series) indexed like the layer, not "
            f"{type(mass).__name__}."
        )
    unknown = mass.index.difference(layer.index)
    if len(unknown) or not mass.index.is_unique:
        raise ParameterError(
            "The mass field does not match the layer's regions (ids "
            f"{describe_ids(unknown) or 'repeated'}); take it from the same layer."
        )
    try:
        values = pd.to_numeric(mass.reindex(layer.index)).astype("float64")
    except (TypeError, ValueError):
        raise ParameterError(
            "The mass field must hold numbers, e.g. index x population."
        ) from None
    missing = values.isna().to_numpy()
    if missing.any():
        raise ParameterError(
            f"Mass field has missing values (regions {describe_ids(layer.index[missing])}); "
            "potential needs a mass for every region, e.g. index x population."
        )
    negative = (values < 0).to_numpy()
    if negative.any():
        shown = describe_ids(f"region {rid}: {val:g}" for rid, val in values[negative].items())
        raise ParameterError(
            f"Mass field has negative values ({shown}); potential needs masses >= 0, "
            "e.g. index x population."
        )
    return values.to_numpy()


def _check_beta(beta) -> float:
    try:
        value = float(beta)
    except (TypeError, ValueError):
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise ParameterError(
            f"The distance decay exponent beta must be a positive number, e.g. 2 (got {beta!r})."
        )
    return value


def _check_classes(classes) -> int:
    if isinstance(classes, bool) or not isinstance(classes, (int, np.integer)) or classes < 1:
        raise ParameterError(
            f"The number of potential classes must be a whole number of at least 1 "
            f"(got {classes!r})."
        )
    return int(classes)


def quantile_classes(values: np.ndarray, classes: int) -> np.ndarray:
    """Equal-count classes 1..classes of the values, 1 = highest (see the module notes)."""
    rank = pd.Series(values).rank(method="min", ascending=False).to_numpy()
    return (np.floor((rank - 1) * classes / len(values)) + 1).astype("int64")


def gravity_potential(
    layer: gpd.GeoDataFrame,
    core_id: pd.Series,
    mass: pd.Series,
    beta: float = 2.0,
    crs=None,
    classes: int = 3,
) -> pd.DataFrame:
    """Gravity potential of the cores at every region, with the dominant core and its share.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Regions (polygons) with a CRS and unique ids (the index).
    core_id : pandas.Series
        Int64 indexed like the layer: 1, 2, ... for core regions, <NA> elsewhere.
    mass : pandas.Series
        Mass of each region indexed like the layer, >= 0 (only the cores' masses pull).
    beta : float
        Distance decay exponent, > 0.
    crs : pyproj.CRS-like or None
        Projected CRS in metres; None uses ``distance_crs(layer)``.
    classes : int
        Number of quantile classes of the potential.

    Returns
    -------
    pandas.DataFrame
        All regions in layer order, indexed by region id: ``potential``,
        ``dominant_core`` (Int64), ``share`` (Huff probability of the dominant core),
        ``zone_class`` (1 = highest potential), ``core_id`` (the region's own core for
        core regions, the dominant core otherwise), ``distance_km`` (to the nearest region
        of ``core_id``; 0 for core regions), ``method`` ("gravity").

    Raises
    ------
    ParameterError
        Bad masses (negative, missing, all cores 0), beta <= 0, classes < 1, bad core ids.
    LayerError
        No CRS, regions without geometry, or a core without area.
    """
    beta = _check_beta(beta)
    classes = _check_classes(classes)
    check_layer(layer)
    cores = check_cores(layer, core_id)
    masses = check_mass(layer, mass)
    sources = np.concatenate(cores.members)
    if not (masses[sources] > 0).any():
        raise ParameterError(
            "The cores' masses are all 0, so they exert no pull; use a mass field with "
            "positive values for the cores, e.g. index x population."
        )
    target = metre_crs(layer, crs)
    layer_m = layer.to_crs(target)
    radius = np.sqrt(layer_m.geometry.area.to_numpy()[sources] / math.pi)
    flat = radius <= 0
    if flat.any():
        raise LayerError(
            f"Core regions {describe_ids(layer.index[sources[flat]])} have no area, so their "
            "own distance (the radius of a circle of their area) is 0; use polygon regions."
        )
    xy = representative_xy(layer, target)
    from scipy.spatial.distance import cdist  # on use: scipy.spatial, a tenth of a second

    distance = cdist(xy, xy[sources])  # (n, n core regions), metres
    effective = np.where(distance > 0, distance, radius[None, :])
    effective[sources, np.arange(len(sources))] = radius
    terms = masses[sources][None, :] / (effective / 1000.0) ** beta
    bounds = np.cumsum([0] + [len(pos) for pos in cores.members])
    pull = np.add.reduceat(terms, bounds[:-1], axis=1)  # (n, n cores)
    reach = np.minimum.reduceat(distance, bounds[:-1], axis=1)
    potential = pull.sum(axis=1)
    dominant = pull.argmax(axis=1)  # first maximum = lowest core id
    rows = np.arange(len(layer))
    own = cores.core_id.to_numpy(dtype="float64", na_value=np.nan)
    is_core = cores.is_core
    core_of = np.where(is_core, own, cores.ids[dominant].astype("float64"))
    chosen = np.searchsorted(cores.ids, core_of.astype("int64"))
    return pd.DataFrame(
        {
            "potential": potential,
            "dominant_core": pd.array(cores.ids[dominant], dtype="Int64"),
            "share": pull[rows, dominant] / potential,
            "zone_class": quantile_classes(potential, classes),
            "core_id": pd.array(core_of.astype("int64"), dtype="Int64"),
            "distance_km": np.where(is_core, 0.0, reach[rows, chosen]) / 1000.0,
            "method": "gravity",
        },
        index=layer.index,
    )
