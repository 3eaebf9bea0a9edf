"""Regionalisation: group regions into spatially contiguous macro-regions by their profiles.

Three methods, each run by the library that implements it:

``skater``
    spopt's ``Skater`` (Assunção et al. 2006): a minimum spanning tree of the neighbour graph,
    weighted by attribute dissimilarity, is cut into ``n_regions`` subtrees; deterministic.
``maxp``
    spopt's ``MaxPHeuristic`` (Wei, Rey & Knaap 2020): as many macro-regions as possible,
    each reaching a floor on the total of a field (e.g. population) or on the number of
    regions; the algorithm chooses their number.  It is random (see :func:`regionalize`).
``ward``
    scikit-learn's ``AgglomerativeClustering`` with Ward linkage, merging only clusters that
    are neighbours in the graph.

libpysal supplies the neighbour graph (queen contiguity by default, via
:func:`..spatial_weights.build_weights`) and the ``W`` object spopt expects; SciPy finds
connected components (to check contiguity); pandas and geopandas compute the summaries and
dissolve the macro-regions' boundaries.
"""

from __future__ import annotations

import contextlib
import heapq
import random
import threading
import warnings
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from ._checks import as_float, describe_ids, field_names, name_field, unknown_choice
from .choices import REGIONALISATION_METHOD
from .errors import LayerError, ParameterError
from .spatial_weights import WeightsOptions, build_weights

__all__ = [
    "MAXP_CONSTRUCTION_ITERATIONS", "MAXP_TOP_N", "REGIONALISATION_METHODS",
    "RegionalisationResult", "regionalize",
]

#: methods offered by :func:`regionalize`
REGIONALISATION_METHODS = REGIONALISATION_METHOD.values
#: fewest regions a regionalisation is run on
MIN_UNITS = 3
#: max-p: candidate macro-regions considered when an enclave is assigned (spopt's default)
MAXP_TOP_N = 2
#: max-p: random constructions tried (spopt's ``MaxPHeuristic`` default)
MAXP_CONSTRUCTION_ITERATIONS = 99
#: max-p runs one at a time: it seeds global random generators and patches spopt
_MAXP_LOCK = threading.Lock()
_RESERVED = ("macro_id", "n_regions", "members", "floor_total", "geometry")


@dataclass
class RegionalisationResult:
    """Macro-regions found by :func:`regionalize`.

    Attributes
    ----------
    labels : pandas.Series
        Macro-region id (1..m) of each region, indexed like the layer.  Macro-regions are
        numbered by descending mean of the first field, ties by their smallest region id.
    members : geopandas.GeoDataFrame
        The layer's geometry, its name fields (name_en, name_ru, unit_id where present) and
        ``macro_id``, indexed like the layer.
    dissolved : geopandas.GeoDataFrame
        One feature per macro-region: ``macro_id``, ``n_regions``, ``members`` (names,
        comma-separated), ``floor_total`` (max-p with a floor field), the mean of each field
        (raw values, column named like the field) and the union of the members' geometries.
    within_ss, between_ss, total_ss : float
        Sums of squares of the analysed fields (z-scores unless ``standardise=False``)
        within macro-regions, between them, and in total (within + between = total).
    counts : pandas.Series
        Regions per macro-region, indexed by macro_id.
    method : str
        ``skater``, ``maxp`` or ``ward``.
    parameters : dict
        The settings used (for max-p also the seed and the spopt tuning values).
    notes : list of str
        What was found or adjusted, for the analyst.
    """

    labels: pd.Series
    members: gpd.GeoDataFrame
    dissolved: gpd.GeoDataFrame
    within_ss: float
    between_ss: float
    total_ss: float
    counts: pd.Series
    method: str
    parameters: dict
    notes: list[str] = field(default_factory=list)


def regionalize(
    layer: gpd.GeoDataFrame,
    fields: list[str],
    method: str = "skater",
    n_regions: int = 3,
    graph=None,
    floor_field: str | None = None,
    floor: float | None = None,
    seed: int = 1,
    standardise: bool = True,
) -> RegionalisationResult:
    """Group regions into spatially contiguous macro-regions with similar indicator profiles.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Regions (at least three) with a unique index.
    fields : list of str
        Numeric fields without missing values that describe each region's profile.
    method : str
        One of :data:`REGIONALISATION_METHODS`.
    n_regions : int
        Number of macro-regions for ``skater`` and ``ward`` (2 .. number of regions - 1);
        ignored by ``maxp``, which finds the number itself.
    graph : libpysal.graph.Graph or libpysal.weights.W, optional
        Neighbours, indexed by the layer index; weights are ignored (only who neighbours
        whom matters) and links are made symmetric.  Default: queen contiguity.
    floor_field : str or None
        ``maxp``: the field whose total each macro-region must reach (e.g. population);
        None counts regions (every region weighs 1).  Not used by the other methods.
    floor : float or None
        ``maxp``: minimum total of ``floor_field`` (or minimum number of regions) per
        macro-region, required.  ``skater``: optional minimum number of regions per
        macro-region.  ``ward``: not supported.
    seed : int
        ``maxp`` only: spopt's max-p draws from NumPy's global random generator, so it and
        Python's ``random`` are seeded with this value right before the call (and their
        previous states restored afterwards); the same seed gives the same macro-regions.
        SKATER and Ward are deterministic.
    standardise : bool
        Convert every field to z-scores (population standard deviation) first, so that each
        weighs equally; otherwise the raw values are compared.

    Returns
    -------
    RegionalisationResult

    Raises
    ------
    ParameterError
        Unknown method; missing, non-numeric, incomplete or constant fields; an impossible
        number of macro-regions or floor; fewer than three regions; a graph that does not
        match the layer or whose separate parts the request cannot respect.
    LayerError
        Not a GeoDataFrame, or a duplicated index.
    """
    method = _method(method)
    _check_layer(layer)
    fields = _check_fields(layer, fields)
    names = _display_names(layer)
    raw = pd.DataFrame({name: _numeric(layer[name], name, names) for name in fields})
    data = _standardised(raw, names) if standardise else raw.to_numpy(dtype=float)
    adjacency = _adjacency(layer, graph)
    n = len(layer)
    n_parts, parts = connected_components(adjacency, directed=False)
    notes: list[str] = []
    parameters: dict = {
        "method": method, "fields": list(fields), "standardise": bool(standardise),
        "graph_components": int(n_parts), "floor_field": floor_field, "floor": floor,
    }
    if n_parts > 1:
        notes.append(
            f"The neighbour graph has {n_parts} separate parts ({_part_sizes(parts)} regions); "
            "every macro-region lies within one part."
        )

    if method == "maxp":
        labels = _run_maxp(layer, data, adjacency, parts, names, floor_field, floor, seed,
                           parameters, notes)
    else:
        _check_n_regions(n_regions, n, parts)
        parameters["n_regions"] = int(n_regions)
        if method == "skater":
            labels = _run_skater(data, adjacency, parts, n_regions, floor_field, floor,
                                 parameters, notes)
        else:
            if floor is not None or floor_field is not None:
                raise ParameterError(
                    "Ward clustering has no floor; use method 'skater' for a minimum number "
                    "of regions per macro-region, or 'maxp' for a minimum total of a field."
                )
            labels = _run_ward(data, adjacency, parts, n_regions)

    _check_contiguous(method, adjacency, labels, names)
    macro = _renumber(labels, raw[fields[0]].to_numpy(dtype=float), layer.index)
    within, between, total = _sums_of_squares(data, macro)
    counts = pd.Series(macro).value_counts().sort_index().rename("n_regions")
    counts.index.name = "macro_id"
    members = _members(layer, macro)
    floor_values = layer[floor_field] if method == "maxp" and floor_field is not None else None
    dissolved = _dissolve(members, raw, names, macro, floor_values)
    return RegionalisationResult(
        labels=pd.Series(macro, index=layer.index, name="macro_id"),
        members=members, dissolved=dissolved,
        within_ss=within, between_ss=between, total_ss=total, counts=counts,
        method=method, parameters=parameters, notes=notes,
    )


# --- inputs ---------------------------------------------------------------------------------

def _method(method) -> str:
    text = str(method).strip().lower()
    if text not in REGIONALISATION_METHODS:
        raise unknown_choice(
            "regionalisation method", method, REGIONALISATION_METHODS, lead="valid methods are"
        )
    return text


def _check_layer(layer) -> None:
    if not isinstance(layer, gpd.GeoDataFrame):
        raise LayerError(f"The regions must be a polygon layer; got {type(layer).__name__}.")
    if len(layer) < MIN_UNITS:
        raise ParameterError(
            f"The layer has {len(layer)} region(s); forming macro-regions needs at least "
            f"{MIN_UNITS}."
        )
    if not layer.index.is_unique:
        dup = layer.index[layer.index.duplicated()].unique()
        raise LayerError(f"Region ids must be unique; repeated: {describe_ids(dup)}.")


def _check_fields(layer: gpd.GeoDataFrame, fields) -> list[str]:
    fields = [fields] if isinstance(fields, str) else list(dict.fromkeys(fields or []))
    if not fields:
        raise ParameterError("Choose at least one numeric field to group the regions by.")
    absent = [name for name in fields if name not in layer.columns]
    if absent:
        raise ParameterError(
            f"Field(s) {', '.join(map(repr, absent))} not found in the layer; available "
            f"fields: {field_names(layer)}."
        )
    return fields


def _numeric(values: pd.Series, name: str, names: pd.Series) -> np.ndarray:
    """Field values as floats; ParameterError for text or missing/infinite values."""
    array = as_float(values, name, advice="choose a numeric field").to_numpy(dtype=float)
    bad = ~np.isfinite(array)
    if bad.any():
        raise ParameterError(
            f"Field '{name}' has no valid value for {int(bad.sum())} region(s) "
            f"({describe_ids(names[bad])}); impute the missing values or filter these regions out."
        )
    return array


def _standardised(raw: pd.DataFrame, names: pd.Series) -> np.ndarray:
    """z-scores per column (population standard deviation)."""
    values = raw.to_numpy(dtype=float)
    std = values.std(axis=0)
    constant = [name for name, s in zip(raw.columns, std) if s == 0]
    if constant:
        raise ParameterError(
            f"Field(s) {', '.join(map(repr, constant))} have the same value in all "
            f"{len(names)} regions and cannot separate macro-regions; remove them."
        )
    return (values - values.mean(axis=0)) / std


def _adjacency(layer: gpd.GeoDataFrame, graph) -> sparse.csr_array:
    """Symmetric 0/1 neighbour matrix in layer order, without self-links."""
    if graph is None:
        graph = build_weights(layer, WeightsOptions(method="queen")).graph
    elif hasattr(graph, "id_order") and hasattr(graph, "neighbors"):  # a libpysal W
        from libpysal.graph import Graph

        graph = Graph.from_W(graph)
    if not (hasattr(graph, "sparse") and hasattr(graph, "unique_ids")):
        raise ParameterError(
            f"Spatial weights must be a libpysal Graph indexed by region ids; got "
            f"{type(graph).__name__}."
        )
    ids = pd.Index(graph.unique_ids)
    where = ids.get_indexer(layer.index)
    if len(ids) != len(layer) or (where < 0).any():
        raise ParameterError(
            "The spatial weights do not cover the same regions as the layer; build them from "
            "the same layer and selection."
        )
    coo = sparse.coo_array(graph.sparse)
    keep = (coo.row != coo.col) & (coo.data != 0)
    order = np.empty(len(ids), dtype=int)
    order[where] = np.arange(len(ids))  # graph position -> layer position
    rows, cols = order[coo.row[keep]], order[coo.col[keep]]
    n = len(layer)
    matrix = sparse.csr_array(
        (np.ones(2 * rows.size), (np.r_[rows, cols], np.r_[cols, rows])), shape=(n, n)
    )
    matrix.data[:] = 1.0  # duplicates summed above
    matrix.sort_indices()
    return matrix


def _check_n_regions(n_regions, n: int, parts: np.ndarray) -> None:
    if isinstance(n_regions, (bool, np.bool_)) or not isinstance(n_regions, (int, np.integer)) \
            or not 2 <= n_regions < n:
        raise ParameterError(
            f"The number of macro-regions must be a whole number from 2 to {n - 1} (fewer "
            f"than the {n} regions); got {n_regions!r}."
        )
    n_parts = int(parts.max()) + 1
    if n_regions < n_parts:
        raise ParameterError(
            f"The neighbour graph splits the regions into {n_parts} separate parts "
            f"({_part_sizes(parts)} regions) and no macro-region can span two of them; ask "
            f"for at least {n_parts} macro-regions, or use weights that connect all regions "
            "(e.g. k nearest neighbours, or islands attached to their nearest regions)."
        )


# --- methods --------------------------------------------------------------------------------

def _libpysal_w(adjacency: sparse.csr_array):
    """The binary libpysal ``W`` spopt expects, ids 0..n-1 in layer order."""
    from libpysal.weights import WSP

    return WSP(sparse.csr_matrix(adjacency)).to_W(silence_warnings=True)


def _frame(data: np.ndarray, extra: dict | None = None) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Analysed values as the GeoDataFrame spopt reads its columns from."""
    columns = [f"x{i}" for i in range(data.shape[1])]
    frame = pd.DataFrame(data, columns=columns)
    for key, value in (extra or {}).items():
        frame[key] = value
    return gpd.GeoDataFrame(frame), columns


def _run_skater(data, adjacency, parts, n_regions, floor_field, floor, parameters, notes):
    from spopt.region import Skater

    n = len(data)
    if floor_field is not None:
        raise ParameterError(
            "SKATER's floor is a minimum number of regions per macro-region; for a minimum "
            "total of a field such as population use method 'maxp'."
        )
    quorum = -np.inf
    if floor is not None:
        quorum = _floor_value(floor)
        if quorum > n:
            raise ParameterError(
                f"The floor {_number(quorum)} is larger than the number of regions ({n}): no "
                "macro-region can reach it."
            )
        if quorum * n_regions > n:
            raise ParameterError(
                f"{n_regions} macro-regions of at least {_number(quorum)} regions need "
                f"{_number(quorum * n_regions)} regions; the layer has {n}. Lower the floor "
                "or the number of macro-regions."
            )
        small = np.bincount(parts) < quorum
        if small.any():
            raise ParameterError(
                f"{int(small.sum())} separate part(s) of the neighbour graph have fewer than "
                f"{_number(quorum)} regions ({_part_sizes(parts)} regions); lower the floor "
                "or use weights that connect all regions."
            )
        parameters["floor"] = float(quorum)
    frame, columns = _frame(data)
    # islands="ignore": separate parts of the graph count towards n_clusters
    model = Skater(frame, _libpysal_w(adjacency), columns, n_clusters=int(n_regions),
                   floor=quorum, islands="ignore")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spopt's warnings are restated as notes
        model.solve()
    labels = np.asarray(model.labels_)
    found = np.unique(labels).size
    if found < n_regions:
        notes.append(
            f"SKATER found only {found} macro-regions: no further split leaves every "
            f"macro-region with at least {_number(quorum)} regions."
        )
    return labels


def _run_ward(data, adjacency, parts, n_regions):
    """Ward clustering that merges only neighbouring clusters.

    With several graph parts scikit-learn would add links between them; instead each part
    gets its own Ward tree and the parts' merges are interleaved cheapest first, as one
    greedy Ward run on the whole graph would make them.
    """
    from sklearn.cluster import AgglomerativeClustering

    def ward(k, rows=None):
        rows = np.arange(len(data)) if rows is None else rows
        return AgglomerativeClustering(
            n_clusters=k, linkage="ward", compute_full_tree=True, compute_distances=True,
            connectivity=sparse.csr_matrix(adjacency[rows][:, rows]),
        ).fit(data[rows])

    n_parts = int(parts.max()) + 1
    if n_parts == 1:
        return ward(int(n_regions)).labels_
    members = [np.flatnonzero(parts == p) for p in range(n_parts)]
    heights = [ward(1, rows).distances_ if rows.size > 1 else np.empty(0) for rows in members]
    merges = np.zeros(n_parts, dtype=int)
    queue = [(h[0], p) for p, h in enumerate(heights) if h.size]
    heapq.heapify(queue)
    for _ in range(len(data) - int(n_regions)):
        _, p = heapq.heappop(queue)
        merges[p] += 1
        if merges[p] < heights[p].size:
            heapq.heappush(queue, (heights[p][merges[p]], p))
    labels, offset = np.empty(len(data), dtype=int), 0
    for p, rows in enumerate(members):
        k = rows.size - merges[p]
        labels[rows] = offset + (ward(k, rows).labels_ if k > 1 else 0)
        offset += k
    return labels


def _maxp_floor(layer, floor_field, floor, names) -> tuple[str, np.ndarray, float]:
    """(what the floor counts, each region's part of it, the floor), checked."""
    if floor is None:
        raise ParameterError(
            "max-p needs a floor: a field such as population and the minimum total per "
            "macro-region, or a count of units (no floor field: every region counts 1, and the "
            "floor is the minimum number of regions per macro-region)."
        )
    threshold = _floor_value(floor)
    if floor_field is None:
        return "number of regions", np.ones(len(layer)), threshold
    if floor_field not in layer.columns:
        raise ParameterError(f"Floor field {floor_field!r} not found in the layer.")
    weights = _numeric(layer[floor_field], floor_field, names)
    if (weights < 0).any():
        raise ParameterError(
            f"Floor field '{floor_field}' has negative values "
            f"({describe_ids(names[weights < 0])}); use a count or total such as population."
        )
    return floor_field, weights, threshold


def _check_maxp_reachable(what, weights, threshold, adjacency, parts, names, seed) -> None:
    """Refuse a floor no macro-region can reach, islands, and a seed out of range."""
    total = weights.sum()
    if threshold > total:
        raise ParameterError(
            f"The floor {_number(threshold)} is larger than the total of {what} "
            f"({_number(total)}): no macro-region can reach it."
        )
    islands = np.diff(adjacency.indptr) == 0
    if islands.any():
        raise ParameterError(
            f"max-p cannot place regions without neighbours ({describe_ids(names[islands])}); use "
            "weights that give every region a neighbour (e.g. islands attached to their "
            "nearest regions, or k nearest neighbours)."
        )
    part_totals = np.bincount(parts, weights=weights)
    if (part_totals < threshold).any():
        short = np.flatnonzero(part_totals < threshold)
        detail = "; ".join(
            f"{describe_ids(names[parts == p])} ({_number(part_totals[p])})" for p in short
        )
        raise ParameterError(
            f"The neighbour graph has separate parts whose {what} stays below the floor "
            f"{_number(threshold)}: {detail}. Lower the floor or use weights that connect "
            "all regions."
        )
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)) \
            or not 0 <= seed < 2**32:
        raise ParameterError(f"The random seed must be a whole number from 0 to 2^32-1; got "
                             f"{seed!r}.")


def _run_maxp(layer, data, adjacency, parts, names, floor_field, floor, seed, parameters,
              notes):
    from spopt.region import MaxPHeuristic

    what, weights, threshold = _maxp_floor(layer, floor_field, floor, names)
    _check_maxp_reachable(what, weights, threshold, adjacency, parts, names, seed)
    frame, columns = _frame(data, {"floor": weights})
    model = MaxPHeuristic(
        frame, _libpysal_w(adjacency), columns, threshold_name="floor", threshold=threshold,
        top_n=MAXP_TOP_N, max_iterations_construction=MAXP_CONSTRUCTION_ITERATIONS,
        policy="keep",  # parts are checked above; never add links the graph lacks
    )
    with _MAXP_LOCK, _stuck_annealing_guard(), _seeded(int(seed)), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.solve()
    labels = np.asarray(model.labels_)
    found = np.unique(labels).size
    parameters.update({
        "n_regions": int(found), "floor_field": floor_field, "floor": float(threshold),
        "seed": int(seed), "top_n": MAXP_TOP_N,
        "max_iterations_construction": MAXP_CONSTRUCTION_ITERATIONS,
    })
    reach = (f"at least {_number(threshold)} regions" if floor_field is None
             else f"a total {what} of at least {_number(threshold)}")
    notes.append(f"max-p found {found} macro-region(s), each with {reach} (random seed {seed}).")
    if found == 1:
        notes.append("Only one macro-region reaches the floor; lower it to split the regions.")
    return labels


@contextlib.contextmanager
def _stuck_annealing_guard():
    """Stop spopt 0.7.0's max-p annealing where it would loop forever.

    Its ``_perform_sa`` picks a unit from ``_pick_move_area``'s candidates and, when the
    unit has no neighbour in another macro-region, drops it without cooling down; if every
    candidate is such a unit (e.g. a city enclosed by its surrounding region, as Astana in
    Akmola) the same list comes back forever (pysal/spopt#506).  While max-p runs, the
    candidate list is replaced by an empty one in exactly that case, which ends the
    annealing; any other list is returned unchanged, so results match spopt's otherwise.
    """
    from spopt.region import maxp as spopt_maxp

    original = getattr(spopt_maxp, "_pick_move_area", None)
    if original is None:  # a spopt that no longer has it
        yield
        return

    def pick(labels, region_lists, region_spatial_attrs, threshold_array, weight, *rest):
        areas = original(labels, region_lists, region_spatial_attrs, threshold_array,
                         weight, *rest)
        movable = any(labels[n] != labels[a] for a in areas for n in weight.neighbors[a])
        return areas if movable else []

    spopt_maxp._pick_move_area = pick
    try:
        yield
    finally:
        spopt_maxp._pick_move_area = original


@contextlib.contextmanager
def _seeded(seed: int):
    """Seed NumPy's global generator and Python's ``random``; restore both afterwards."""
    numpy_state, python_state = np.random.get_state(), random.getstate()
    np.random.seed(seed)
    random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(numpy_state)
        random.setstate(python_state)


def _floor_value(floor) -> float:
    try:
        value = float(floor)
    except (TypeError, ValueError):
        value = np.nan
    if isinstance(floor, (bool, np.bool_)) or not np.isfinite(value) or value <= 0:
        raise ParameterError(f"The floor must be a positive number; got {floor!r}.")
    return value


# --- results --------------------------------------------------------------------------------

def _check_contiguous(method: str, adjacency, labels: np.ndarray, names: pd.Series) -> None:
    """ParameterError if a macro-region falls apart in the neighbour graph."""
    coo = adjacency.tocoo()
    same = labels[coo.row] == labels[coo.col]
    inside = sparse.csr_array(
        (np.ones(same.sum()), (coo.row[same], coo.col[same])), shape=adjacency.shape
    )
    _, piece = connected_components(inside, directed=False)
    pieces = pd.Series(piece).groupby(labels).nunique()
    broken = pieces[pieces > 1]
    if len(broken):
        label = broken.index[0]
        raise ParameterError(
            f"{method} returned a macro-region of {broken.iloc[0]} separate pieces "
            f"({describe_ids(names[labels == label])}); use weights that connect all regions or "
            "the method 'skater', which always keeps macro-regions connected."
        )


def _renumber(labels: np.ndarray, first: np.ndarray, index: pd.Index) -> np.ndarray:
    """Ids 1..m by descending mean of the first field, ties by the smallest region id."""
    try:
        rank = np.empty(len(index), dtype=int)
        rank[index.argsort()] = np.arange(len(index))
    except TypeError:  # ids that cannot be ordered: layer order
        rank = np.arange(len(index))
    stats = pd.DataFrame({"label": labels, "mean": first, "rank": rank}).groupby("label").agg(
        mean=("mean", "mean"), rank=("rank", "min")
    )
    order = stats.sort_values(["mean", "rank"], ascending=[False, True]).index
    mapping = pd.Series(np.arange(1, len(order) + 1), index=order)
    return mapping.loc[labels].to_numpy()


def _sums_of_squares(data: np.ndarray, macro: np.ndarray) -> tuple[float, float, float]:
    means = pd.DataFrame(data).groupby(macro).transform("mean").to_numpy()
    centre = data.mean(axis=0)
    within = float(((data - means) ** 2).sum())
    between = float(((means - centre) ** 2).sum())
    total = float(((data - centre) ** 2).sum())
    return within, between, total


def _display_names(layer: gpd.GeoDataFrame) -> pd.Series:
    """Region names for messages and the members list (first name field present, else ids)."""
    name = name_field(layer.columns)
    if name is not None:
        return layer[name].astype(str).reset_index(drop=True)
    return pd.Series(layer.index.astype(str))


def _members(layer: gpd.GeoDataFrame, macro: np.ndarray) -> gpd.GeoDataFrame:
    keep = [name for name in ("unit_id", "name_en", "name_ru") if name in layer.columns]
    members = gpd.GeoDataFrame(layer[keep].copy(), geometry=layer.geometry.values,
                               crs=layer.crs)
    members["macro_id"] = macro
    return members[[*keep, "macro_id", "geometry"]]


def _dissolve(members, raw, names, macro, floor_values) -> gpd.GeoDataFrame:
    table = raw.rename(columns={c: f"mean_{c}" if c in _RESERVED else c for c in raw.columns})
    table.index = names.index
    grouped = table.groupby(macro)
    summary = pd.DataFrame({
        "n_regions": grouped.size(),
        "members": names.groupby(macro).agg(", ".join),
    })
    if floor_values is not None:
        summary["floor_total"] = pd.Series(floor_values.to_numpy(dtype=float)).groupby(macro).sum()
    summary = summary.join(grouped.mean())
    shapes = members[["macro_id", "geometry"]].dissolve(by="macro_id")
    summary.index.name = "macro_id"
    out = gpd.GeoDataFrame(summary.join(shapes), geometry="geometry", crs=members.crs)
    return out.reset_index()


def _part_sizes(parts: np.ndarray) -> str:
    return ", ".join(str(size) for size in sorted(np.bincount(parts), reverse=True))


def _number(value: float) -> str:
    """25000000 -> '25,000,000'; 2.5 -> '2.5'."""
    value = float(value)
    if value.is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
