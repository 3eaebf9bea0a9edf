"""Cores of innovation clusters: which regions are cores, of what type, and which cores join.

A core is a region that meets a :class:`CoreRule` on the composite index (its level, the
k highest values, or a threshold), optionally also a significant local pattern (LISA or
Gi*) and a robust top-level probability.  Each core gets a type read from the local
statistics (:data:`CORE_TYPES`) and an id numbered by descending index.  Neighbouring cores
form one cluster (:func:`core_clusters`).

pandas and NumPy select and type the cores without looping over features; scipy's
``csgraph.connected_components`` finds the clusters on the weights' nonzero links (read from
the weights matrix, so that contiguity weights need no libpysal Graph) and
geopandas (shapely ``union_all``) dissolves their polygons.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .. import _checks
from .._checks import describe_ids, unknown_choice
from ..choices import CONFIDENCE, CORE_MODE, LOCAL_REQUIREMENT
from ..errors import LayerError, ParameterError
from ..spatial_weights import nonzero_links

__all__ = [
    "CLUSTER_COLUMNS",
    "CORE_MODES",
    "CORE_TYPES",
    "LOCAL_REQUIREMENTS",
    "CoreRule",
    "CoreSelection",
    "core_cluster_ids",
    "core_clusters",
    "default_name_field",
    "region_names",
    "select_cores",
]

CORE_MODES = CORE_MODE.values
LOCAL_REQUIREMENTS = LOCAL_REQUIREMENT.values
#: core type -> plain-words explanation, in order of precedence (the first that applies wins)
CORE_TYPES: dict[str, str] = {
    "agglomeration": (
        "a high-index region among high-index neighbours (LISA High-High): "
        "the effect already spreads"
    ),
    "isolated core": (
        "a high-index region among low-index neighbours (LISA High-Low): "
        "the potential is not yet spreading"
    ),
    "core in a low-index area": (
        "a core whose neighbourhood is low-index by the local statistics (LISA Low-Low or "
        "Low-High, or a Gi* cold spot): it stands out less than its level suggests"
    ),
    "hot spot core": "part of a Gi* hot spot without a significant LISA cluster",
    "core": (
        "a high-index region without a significant local pattern "
        "(or the local statistics were not computed)"
    ),
}
#: Gi_Bin needed for a hot spot at each confidence level (ArcGIS bins: 3 = 99 %)
_GI_BIN = {int(value): gi_bin for gi_bin, value in enumerate(CONFIDENCE.values, start=1)}
#: columns of the clusters layer (mass_total only when a mass is given)
CLUSTER_COLUMNS = (
    "cluster_id", "members", "n_members", "mass_total", "index_mean", "core_types",
)


@dataclass
class CoreRule:
    """Which regions are cores.

    Attributes
    ----------
    mode : str
        ``"level"``: the level field equals ``"high"``; ``"top_k"``: the ``k`` highest
        index values (regions tied with the k-th are all kept); ``"threshold"``: index
        greater than or equal to ``threshold``.
    k : int
        Number of cores for ``top_k``.
    threshold : float or None
        Lowest core index for ``threshold``.
    local : str
        ``"none"``; ``"lisa"``: also a LISA High-High (1) or High-Low (4) region;
        ``"hotspot"``: also a Gi* hot spot at ``confidence``.
    confidence : int
        90, 95 or 99: the Gi_Bin a hot spot needs (1, 2 or 3).  Also used to type cores.
    min_probability : float or None
        Also require the top-level probability to be at least this (robust cores).
    index_field, level_field, probability_field, lisa_field, gi_field : str
        Field names of the index, level, top-level probability, LISA code and Gi* bin.

    Raises
    ------
    ParameterError
        From ``__post_init__`` for an unknown mode or requirement, k below 1, a missing
        threshold, a confidence other than 90/95/99 or a probability outside 0..1.
    """

    mode: str = "level"
    k: int = 5
    threshold: float | None = None
    local: str = "none"
    confidence: int = 95
    min_probability: float | None = None
    index_field: str = "innov_idx"
    level_field: str = "innov_lvl"
    probability_field: str = "p_top"
    lisa_field: str = "LISA_CL"
    gi_field: str = "Gi_Bin"

    def __post_init__(self) -> None:
        if self.mode not in CORE_MODES:
            raise unknown_choice("core mode", self.mode, CORE_MODES, lead="valid modes are")
        if self.local not in LOCAL_REQUIREMENTS:
            raise unknown_choice(
                "local requirement", self.local, LOCAL_REQUIREMENTS, lead="valid ones are"
            )
        try:
            whole = not isinstance(self.k, bool) and float(self.k).is_integer()
        except (TypeError, ValueError):
            whole = False
        if not whole or self.k < 1:
            raise ParameterError(
                f"K must be at least 1 (a whole number of cores), not {self.k!r}."
            )
        self.k = int(self.k)
        if self.mode == "threshold" and (self.threshold is None or np.isnan(self.threshold)):
            raise ParameterError(
                "Core mode 'threshold' needs a threshold: the lowest index value of a core."
            )
        if self.confidence not in _GI_BIN:
            raise ParameterError(
                f"Hot spot confidence must be 90, 95 or 99 (per cent), not {self.confidence!r}."
            )
        p = self.min_probability
        if p is not None and not 0.0 <= p <= 1.0:
            raise ParameterError(
                f"The minimum probability of the top level must be between 0 and 1, not {p!r}."
            )

    @property
    def hot_bin(self) -> int:
        """Smallest Gi_Bin of a hot spot at the rule's confidence."""
        return _GI_BIN[self.confidence]

    def describe(self) -> str:
        """The rule in words, e.g. ``the 5 highest innov_idx; LISA High-High or High-Low``."""
        if self.mode == "level":
            parts = [f"{self.level_field} = 'high'"]
        elif self.mode == "top_k":
            parts = [f"the {self.k} highest {self.index_field}"]
        else:
            parts = [f"{self.index_field} >= {self.threshold:g}"]
        if self.local == "lisa":
            parts.append(f"{self.lisa_field} High-High or High-Low")
        elif self.local == "hotspot":
            parts.append(f"Gi* hot spot at {self.confidence} % ({self.gi_field} >= {self.hot_bin})")
        if self.min_probability is not None:
            parts.append(f"{self.probability_field} >= {self.min_probability:g}")
        return "; ".join(parts)


@dataclass
class CoreSelection:
    """The cores of a layer.

    Attributes
    ----------
    is_core : pandas.Series
        bool, on the layer index.
    core_type : pandas.Series
        A key of :data:`CORE_TYPES` for cores, None for other regions.
    core_id : pandas.Series
        Int64: 1..n by descending index, NA for other regions.
    rule : CoreRule
        The rule applied.
    notes : list of str
        What was found, for the analyst (ties, dropped candidates, no cores, ...).
    """

    is_core: pd.Series
    core_type: pd.Series
    core_id: pd.Series
    rule: CoreRule
    notes: list[str] = field(default_factory=list)

    @property
    def n_cores(self) -> int:
        """Number of cores."""
        return int(self.is_core.sum())

    @property
    def empty(self) -> bool:
        """True when no region is a core."""
        return self.n_cores == 0

    @property
    def core_labels(self) -> pd.Index:
        """Layer index labels of the cores, in core_id order."""
        return self.core_id.dropna().sort_values().index


def default_name_field(layer: pd.DataFrame) -> str | None:
    """The first of name_en, name_ru, unit_id in the layer, or None (use the index)."""
    return _checks.name_field(layer.columns)


def region_names(layer: pd.DataFrame, name_field: str | None = None) -> pd.Series:
    """Readable name of each region: ``name_field`` (default :func:`default_name_field`).

    Empty names fall back to the region's index label.
    """
    field_name = default_name_field(layer) if name_field is None else name_field
    labels = pd.Series(layer.index.astype(str), index=layer.index)
    if field_name is None:
        return labels
    if field_name not in layer.columns:
        raise ParameterError(
            f"Name field {field_name!r} is not in the layer; fields are: "
            f"{', '.join(map(str, layer.columns))}."
        )
    names = layer[field_name].astype("string").str.strip()
    return names.mask(names.isna() | (names == ""), labels).astype(str)


_SOURCES = {
    "index_field": "run kzinnovation:innovationindex first",
    "level_field": "run kzinnovation:innovationindex first",
    "probability_field": "run kzinnovation:innovationindex with the uncertainty analysis first",
    "lisa_field": "run kzinnovation:lisa on the index first",
    "gi_field": "run kzinnovation:hotspots on the index first",
}


def _check_fields(layer: pd.DataFrame, rule: CoreRule) -> None:
    needed = ["index_field"]
    if rule.mode == "level":
        needed.append("level_field")
    if rule.min_probability is not None:
        needed.append("probability_field")
    if rule.local == "lisa":
        needed.append("lisa_field")
    elif rule.local == "hotspot":
        needed.append("gi_field")
    missing = [key for key in needed if getattr(rule, key) not in layer.columns]
    if missing:
        how = "; ".join(f"{getattr(rule, key)}: {_SOURCES[key]}" for key in missing)
        raise ParameterError(
            f"The core rule ({rule.describe()}) needs field(s) missing from the layer: {how} "
            "(or choose the field that holds it)."
        )


def _numeric(layer: pd.DataFrame, name: str) -> pd.Series:
    """A field as float; text that is not a number stops with a ParameterError."""
    values = layer[name]
    converted = pd.to_numeric(values, errors="coerce").astype(float)
    bad = converted.isna() & values.notna()
    if bad.any():
        raise ParameterError(
            f"Field {name!r} must hold numbers, but holds {describe_ids(values[bad].unique(), 3)}; "
            "choose a numeric field."
        )
    return converted


def _candidates(layer: pd.DataFrame, rule: CoreRule, index: pd.Series, notes: list) -> pd.Series:
    """Regions meeting the rule's mode (level, top k or threshold)."""
    if rule.mode == "level":
        return _is_high(layer[rule.level_field])
    if rule.mode == "threshold":
        return (index >= rule.threshold).fillna(False).astype(bool)
    valid = index.dropna()
    if rule.k >= len(valid):
        if rule.k > len(valid):
            notes.append(
                f"K = {rule.k} but only {len(valid)} regions have an index: all are candidates."
            )
        return index.notna()
    kth = np.sort(valid.to_numpy())[::-1][rule.k - 1]
    chosen = (index >= kth).fillna(False).astype(bool)
    if chosen.sum() > rule.k:
        notes.append(
            f"{int(chosen.sum())} regions are tied at or above the {rule.k}th highest "
            f"{rule.index_field} ({kth:g}): all of them are kept."
        )
    return chosen


def _is_high(level: pd.Series) -> pd.Series:
    """Whether each level reads "high" (spaces and case ignored; missing is not high).

    Text columns are compared once per distinct value (pandas ``factorize``), which for
    text is the same as per region; other columns region by region.
    """
    if not pd.api.types.is_string_dtype(level.dtype) or level.dtype == object:
        text = level.astype("string").str.strip().str.casefold()
        return (text == "high").fillna(False).astype(bool)
    codes, distinct = pd.factorize(level)
    high = (
        (pd.Series(distinct).astype("string").str.strip().str.casefold() == "high")
        .fillna(False)
        .to_numpy(dtype=bool)
    )
    # code -1 (missing) picks the appended False
    return pd.Series(np.append(high, False)[codes], index=level.index, name=level.name)


def _drop(keep: pd.Series, test: pd.Series, why: str, layer: pd.DataFrame, notes: list):
    """Keep the candidates passing ``test``; note the ones dropped (named from ``layer``)."""
    dropped = keep & ~test
    if dropped.any():
        # names are only needed for the note, so only the dropped regions are named
        notes.append(
            f"{int(dropped.sum())} of {int(keep.sum())} candidate(s) dropped, {why}: "
            f"{describe_ids(region_names(layer[dropped.to_numpy()]), 8)}."
        )
    return keep & test


def _types(layer: pd.DataFrame, rule: CoreRule, is_core: pd.Series, notes: list) -> pd.Series:
    """Core type of each core by precedence (see :data:`CORE_TYPES`); None elsewhere."""
    n = len(layer)
    lisa = (
        _numeric(layer, rule.lisa_field).fillna(0).to_numpy()
        if rule.lisa_field in layer.columns else np.zeros(n)
    )
    gi = (
        _numeric(layer, rule.gi_field).fillna(0).to_numpy()
        if rule.gi_field in layer.columns else np.zeros(n)
    )
    kinds = list(CORE_TYPES)
    chosen = np.select(
        [lisa == 1, lisa == 4, np.isin(lisa, (2, 3)) | (gi <= -rule.hot_bin), gi >= rule.hot_bin],
        kinds[:4],
        default=kinds[4],
    )
    absent = [f for f in (rule.lisa_field, rule.gi_field) if f not in layer.columns]
    if absent and is_core.any():
        notes.append(
            f"{' and '.join(absent)} not in the layer: core types use only the local statistics "
            "present (run kzinnovation:lisa and kzinnovation:hotspots to tell agglomerations "
            "from isolated cores)."
        )
    return pd.Series(np.where(is_core, chosen, None), index=layer.index, dtype=object)


def _hint(rule: CoreRule) -> str:
    hints = {
        "level": "use mode top_k or threshold",
        "top_k": "raise K",
        "threshold": "lower the threshold",
    }
    parts = [hints[rule.mode]]
    if rule.local != "none":
        parts.append("drop the local requirement")
    if rule.min_probability is not None:
        parts.append("lower the minimum probability")
    return ", ".join(parts)


def select_cores(layer: pd.DataFrame, rule: CoreRule) -> CoreSelection:
    """Select, type and number the cores of a layer.

    The mode picks candidates; the local requirement and the minimum probability then
    drop candidates that fail them (so ``top_k`` may end with fewer than k cores, and
    the notes say which were dropped).  Core ids run 1..n by descending index (ties and
    missing values in layer order).  Types follow :data:`CORE_TYPES` in order: LISA code
    1 "agglomeration", 4 "isolated core", 2 or 3 (or a Gi* cold spot at the rule's
    confidence) "core in a low-index area", a Gi* hot spot at the rule's confidence
    "hot spot core", anything else (LISA 0, 5, 6 or no local statistics) "core".

    Parameters
    ----------
    layer : pandas.DataFrame
        Regions (a GeoDataFrame or its attributes) with the rule's fields.
    rule : CoreRule
        Which regions are cores.

    Returns
    -------
    CoreSelection
        Empty (no core, with a note) when no region meets the rule; that is not an error.

    Raises
    ------
    ParameterError
        A field the rule needs is missing or not numeric.
    LayerError
        The layer has no features or its ids are not unique.
    """
    if len(layer) == 0:
        raise LayerError("The layer has no features: there are no regions to choose cores from.")
    if not layer.index.is_unique:
        raise LayerError(
            "The layer's feature ids are not unique; cores need one id per region "
            "(use a field with unique values, e.g. unit_id, as the id)."
        )
    _check_fields(layer, rule)
    notes: list[str] = []
    index = _numeric(layer, rule.index_field)
    keep = _candidates(layer, rule, index, notes)
    if rule.local == "lisa":
        lisa = _numeric(layer, rule.lisa_field)
        keep = _drop(
            keep, lisa.isin((1, 4)), "not a LISA High-High or High-Low region", layer, notes
        )
    elif rule.local == "hotspot":
        gi = _numeric(layer, rule.gi_field)
        keep = _drop(
            keep, gi >= rule.hot_bin, f"not a Gi* hot spot at {rule.confidence} %", layer, notes
        )
    if rule.min_probability is not None:
        p = _numeric(layer, rule.probability_field)
        keep = _drop(
            keep,
            p >= rule.min_probability,
            f"{rule.probability_field} below {rule.min_probability:g}",
            layer,
            notes,
        )
    is_core = keep.astype(bool)
    # number the cores by descending index; NaN last, ties in layer order
    order = np.lexsort((np.arange(len(layer)), np.nan_to_num(-index.to_numpy(), nan=np.inf)))
    ranked = layer.index[order][is_core.to_numpy()[order]]
    core_id = pd.Series(pd.NA, index=layer.index, dtype="Int64")
    core_id.loc[ranked] = np.arange(1, len(ranked) + 1)
    if not is_core.any():
        notes.append(
            f"No region meets the core rule ({rule.describe()}): the cores, zones and clusters "
            f"layers are empty; loosen the rule ({_hint(rule)})."
        )
    core_type = _types(layer, rule, is_core, notes)
    return CoreSelection(is_core, core_type, core_id, rule, notes)


def core_cluster_ids(
    layer: pd.DataFrame, selection: CoreSelection, graph, index_field: str = "innov_idx"
) -> pd.Series:
    """Cluster of each core: neighbouring cores share one cluster.

    Parameters
    ----------
    layer : pandas.DataFrame
        Regions with ``index_field``.
    selection : CoreSelection
        From :func:`select_cores` on this layer.
    graph : libpysal.graph.Graph or SpatialWeights
        Neighbours, indexed by the layer index; links of weight 0 do not count.
    index_field : str
        Index field; clusters are numbered 1.. by descending mean index.

    Returns
    -------
    pandas.Series
        Int64 on the layer index: the cluster id of each core, NA for other regions.

    Notes
    -----
    The components are scipy's ``connected_components`` of the cores' nonzero links.
    libpysal's ``Graph.subgraph(cores).component_labels`` would be the one-line form, but
    it counts links of weight 0 (scipy's csgraph takes a stored zero for an edge, and
    ``Graph.eliminate_zeros`` keeps the zero link of a region it leaves without
    neighbours); ``tests/core/zones/test_cores.py`` fails once libpysal drops them, so this
    can then be replaced.
    """
    ids, focal_at, neighbour_at = nonzero_links(graph)
    cores = selection.core_labels
    out = pd.Series(pd.NA, index=layer.index, dtype="Int64")
    if len(cores) == 0:
        return out
    missing = cores.difference(ids)
    if len(missing):
        raise ParameterError(
            f"The spatial weights do not cover core(s) {describe_ids(missing, 8)}: build the "
            "weights on the same layer as the cores."
        )
    focal, neighbour = ids[focal_at], ids[neighbour_at]
    position = pd.Series(np.arange(len(cores)), index=cores)
    link = focal.isin(cores) & neighbour.isin(cores)
    rows = position.reindex(focal[link]).to_numpy()
    cols = position.reindex(neighbour[link]).to_numpy()
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(cores), len(cores)))
    _, labels = connected_components(matrix, directed=True, connection="weak")
    # renumber by descending mean index, ties by the best core id in the cluster
    frame = pd.DataFrame({
        "label": labels,
        "index": _numeric(layer.loc[cores], index_field).to_numpy(),
        "core_id": selection.core_id.loc[cores].to_numpy(dtype=float),
    })
    stats = frame.groupby("label").agg(mean=("index", "mean"), first=("core_id", "min"))
    ranked = stats.sort_values(["mean", "first"], ascending=[False, True], na_position="last")
    number = pd.Series(np.arange(1, len(ranked) + 1), index=ranked.index)
    out.loc[cores] = number.reindex(labels).to_numpy()
    return out


def core_clusters(
    layer: gpd.GeoDataFrame,
    selection: CoreSelection,
    graph,
    mass: pd.Series | None = None,
    index_field: str = "innov_idx",
    name_field: str | None = None,
) -> gpd.GeoDataFrame:
    """Clusters of neighbouring cores, dissolved into one polygon each.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Regions, the layer the selection was made on.
    selection : CoreSelection
        The cores.
    graph : libpysal.graph.Graph or SpatialWeights
        Neighbours indexed by the layer index (e.g. ``build_weights(layer).graph``).
    mass : pandas.Series or None
        A size on the layer index (population, GRP, ...) summed per cluster as
        ``mass_total``; the column is absent when None.
    index_field : str
        The composite index field.
    name_field : str or None
        Field naming members; default the first of name_en, name_ru, unit_id, else the id.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per cluster, numbered 1.. by descending mean index: cluster_id, members
        (names in core_id order), n_members, mass_total, index_mean, core_types (distinct
        types in :data:`CORE_TYPES` order) and the dissolved geometry, in the layer CRS.
        Empty, with these columns, when there are no cores.
    """
    columns = [c for c in CLUSTER_COLUMNS if c != "mass_total" or mass is not None]
    if mass is not None:
        if not isinstance(mass, pd.Series):
            raise ParameterError("The mass must be a field (a Series on the layer's ids).")
        lacking = selection.core_labels.difference(mass.index)
        if len(lacking):
            raise ParameterError(f"The mass has no value for core(s) {describe_ids(lacking, 8)}.")
    cluster = core_cluster_ids(layer, selection, graph, index_field)
    cores = selection.core_labels
    if len(cores) == 0:
        empty = pd.DataFrame({c: pd.Series(dtype=_EMPTY_DTYPES[c]) for c in columns})
        return gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs=layer.crs), crs=layer.crs)
    members = gpd.GeoDataFrame({
        "cluster_id": cluster.loc[cores].astype(int).to_numpy(),
        "name": region_names(layer, name_field).loc[cores].to_numpy(),
        "index": _numeric(layer.loc[cores], index_field).to_numpy(),
        "type": pd.Categorical(selection.core_type.loc[cores], categories=list(CORE_TYPES)),
        "mass": (np.nan if mass is None
                 else pd.to_numeric(mass.loc[cores], errors="coerce").to_numpy(dtype=float)),
    }, geometry=layer.geometry.loc[cores].to_numpy(), crs=layer.crs)
    grouped = members.groupby("cluster_id", sort=True)
    table = pd.DataFrame({
        "cluster_id": grouped.size().index,
        "members": grouped["name"].agg(", ".join).to_numpy(),
        "n_members": grouped.size().to_numpy(),
        "mass_total": grouped["mass"].sum(min_count=1).to_numpy(),
        "index_mean": grouped["index"].mean().to_numpy(),
        "core_types": grouped["type"].agg(
            lambda kinds: ", ".join(k for k in kinds.cat.categories if k in set(kinds))
        ).to_numpy(),
    })[columns]
    shapes = members[["cluster_id", "geometry"]].dissolve(by="cluster_id", sort=True)
    return gpd.GeoDataFrame(table, geometry=shapes.geometry.to_numpy(), crs=layer.crs)


_EMPTY_DTYPES = {
    "cluster_id": "int64", "members": object, "n_members": "int64", "mass_total": "float64",
    "index_mean": "float64", "core_types": object,
}
