"""Core selection, core types and clusters of neighbouring cores."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from libpysal.graph import Graph
from shapely.geometry import box

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import LayerError, ParameterError
from kz_innovation_plugin.core.zones import (
    CORE_TYPES,
    CoreRule,
    core_cluster_ids,
    core_clusters,
    region_names,
    select_cores,
)


def regions() -> pd.DataFrame:
    """Six regions a..f; index highest at c, then a, e, b, f, d."""
    return pd.DataFrame(
        {
            "name_en": ["A", "B", "C", "D", "E", "F"],
            "innov_idx": [0.80, 0.40, 0.90, 0.10, 0.60, 0.30],
            "innov_lvl": ["high", "medium", "High ", "low", "high", "low"],
            "p_top": [0.90, 0.10, 0.95, 0.00, 0.50, 0.05],
            "LISA_CL": [1, 0, 4, 2, 3, 0],
            "Gi_Bin": [3, 0, 1, -2, 2, 0],
        },
        index=list("abcdef"),
    )


def cores_of(selection) -> list[str]:
    return list(selection.core_labels)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (CoreRule(mode="level"), ["c", "a", "e"]),
        (CoreRule(mode="top_k", k=2), ["c", "a"]),
        (CoreRule(mode="top_k", k=4), ["c", "a", "e", "b"]),
        (CoreRule(mode="threshold", threshold=0.6), ["c", "a", "e"]),
        (CoreRule(mode="threshold", threshold=0.85), ["c"]),
    ],
)
def test_modes(rule, expected):
    selection = select_cores(regions(), rule)
    assert cores_of(selection) == expected
    assert selection.is_core[selection.is_core].index.tolist() == sorted(expected)


def test_core_id_numbered_by_descending_index():
    selection = select_cores(regions(), CoreRule(mode="level"))
    assert selection.core_id.dtype == "Int64"
    assert selection.core_id.tolist() == [2, pd.NA, 1, pd.NA, 3, pd.NA]
    assert selection.core_type[["b", "d", "f"]].isna().all()


def test_local_lisa_keeps_high_high_and_high_low():
    selection = select_cores(regions(), CoreRule(mode="top_k", k=4, local="lisa"))
    assert cores_of(selection) == ["c", "a"]  # e (Low-High) and b (not significant) dropped
    assert any("2 of 4 candidate(s) dropped" in note and "B, E" in note
               for note in selection.notes)


@pytest.mark.parametrize(
    ("confidence", "expected"), [(90, ["c", "a", "e"]), (95, ["a", "e"]), (99, ["a"])]
)
def test_local_hotspot(confidence, expected):
    rule = CoreRule(mode="top_k", k=4, local="hotspot", confidence=confidence)
    assert cores_of(select_cores(regions(), rule)) == expected


def test_min_probability():
    selection = select_cores(regions(), CoreRule(mode="level", min_probability=0.6))
    assert cores_of(selection) == ["c", "a"]
    assert selection.core_id.tolist() == [2, pd.NA, 1, pd.NA, pd.NA, pd.NA]


def test_types_by_lisa_code_and_gi():
    layer = regions()
    layer["LISA_CL"] = [1, 5, 4, 0, 3, 2]
    layer["Gi_Bin"] = [0, 3, 3, -3, 0, 0]
    layer["innov_idx"] = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
    selection = select_cores(layer, CoreRule(mode="top_k", k=6))
    assert selection.core_type.tolist() == [
        "agglomeration",  # LISA 1
        "hot spot core",  # LISA 5 (undefined), Gi hot spot
        "isolated core",  # LISA 4 wins over the Gi hot spot
        "core in a low-index area",  # Gi cold spot
        "core in a low-index area",  # LISA 3
        "core in a low-index area",  # LISA 2
    ]
    assert set(selection.core_type) <= set(CORE_TYPES)


def test_types_without_local_statistics():
    layer = regions().drop(columns=["LISA_CL", "Gi_Bin"])
    selection = select_cores(layer, CoreRule(mode="level"))
    assert selection.core_type.dropna().tolist() == ["core"] * 3
    assert any("LISA_CL and Gi_Bin not in the layer" in note for note in selection.notes)


def test_top_k_keeps_ties():
    layer = regions()
    layer.loc["e", "innov_idx"] = 0.80
    selection = select_cores(layer, CoreRule(mode="top_k", k=2))
    assert cores_of(selection) == ["c", "a", "e"]
    assert any("tied" in note for note in selection.notes)


def test_no_core_is_an_empty_selection_with_a_note():
    selection = select_cores(regions(), CoreRule(mode="threshold", threshold=0.95))
    assert selection.empty and selection.n_cores == 0
    assert not selection.is_core.any() and selection.core_id.isna().all()
    assert selection.core_type.isna().all()
    note = selection.notes[-1]
    assert note.startswith("No region meets the core rule (innov_idx >= 0.95)")
    assert "layers are empty; loosen the rule (lower the threshold)" in note


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"k": 0}, "K must be at least 1"),
        ({"mode": "top_k", "k": "five"}, "K must be at least 1"),
        ({"mode": "threshold"}, "needs a threshold"),
        ({"local": "hotspot", "confidence": 80}, "confidence must be 90, 95 or 99"),
        ({"min_probability": 1.5}, "between 0 and 1"),
        ({"mode": "best"}, "Unknown core mode 'best'"),
        ({"local": "gwr"}, "Unknown local requirement"),
    ],
)
def test_bad_rules(kwargs, message):
    with pytest.raises(ParameterError, match=message):
        CoreRule(**kwargs)


@pytest.mark.parametrize(
    ("rule", "named"),
    [
        (CoreRule(mode="level"), ["innov_lvl", "kzinnovation:innovationindex"]),
        (CoreRule(mode="top_k", local="lisa"), ["LISA_CL", "kzinnovation:lisa"]),
        (CoreRule(local="hotspot"), ["Gi_Bin", "kzinnovation:hotspots", "innov_lvl"]),
        (CoreRule(mode="top_k", min_probability=0.5), ["p_top", "uncertainty"]),
    ],
)
def test_missing_fields_are_named(rule, named):
    layer = regions().drop(columns=["innov_lvl", "LISA_CL", "Gi_Bin", "p_top"])
    with pytest.raises(ParameterError) as caught:
        select_cores(layer, rule)
    for text in named:
        assert text in str(caught.value)


def test_bad_layers():
    with pytest.raises(ParameterError, match="must hold numbers"):
        select_cores(regions().assign(innov_idx="high"), CoreRule(mode="top_k"))
    with pytest.raises(LayerError, match="not unique"):
        select_cores(regions().set_axis(list("aabcde")), CoreRule())
    with pytest.raises(LayerError, match=r"^The layer has no features: there are no regions to "
                       r"choose cores from\.$"):
        select_cores(regions().iloc[:0], CoreRule())


# --- clusters on a 4 x 4 grid ---------------------------------------------------------


def grid() -> gpd.GeoDataFrame:
    """Cells (i, j) of a 4 x 4 grid of unit squares, index ``r{j}c{i}``, in a metre CRS."""
    cells = {f"r{j}c{i}": box(i, j, i + 1, j + 1) for j in range(4) for i in range(4)}
    layer = gpd.GeoDataFrame(
        {"innov_idx": np.linspace(0.0, 0.3, 16)}, geometry=list(cells.values()),
        index=list(cells), crs="EPSG:32642",
    )
    layer.loc[["r0c0", "r0c1", "r3c3"], "innov_idx"] = [0.9, 0.7, 1.0]
    return layer


def test_two_touching_cores_and_a_far_one_make_two_clusters():
    layer = grid()
    graph = Graph.build_contiguity(layer, rook=False)
    selection = select_cores(layer, CoreRule(mode="top_k", k=3))
    mass = pd.Series(np.arange(16.0), index=layer.index)
    clusters = core_clusters(layer, selection, graph, mass=mass)
    assert list(clusters.columns) == [
        "cluster_id", "members", "n_members", "mass_total", "index_mean", "core_types",
        "geometry",
    ]
    assert clusters.crs == layer.crs
    # the far cell r3c3 (1.0) has the higher mean: cluster 1; r0c0 + r0c1 (0.8): cluster 2
    assert clusters["cluster_id"].tolist() == [1, 2]
    assert clusters["members"].tolist() == ["r3c3", "r0c0, r0c1"]
    assert clusters["n_members"].tolist() == [1, 2]
    assert clusters["mass_total"].tolist() == [15.0, 0.0 + 1.0]
    assert clusters["index_mean"].tolist() == pytest.approx([1.0, (0.9 + 0.7) / 2])
    assert clusters["core_types"].tolist() == ["core", "core"]
    pair = clusters.geometry.iloc[1]
    assert pair.equals(box(0, 0, 1, 1).union(box(1, 0, 2, 1)))
    assert pair.equals(box(0, 0, 2, 1))
    ids = core_cluster_ids(layer, selection, graph)
    assert ids.loc[["r3c3", "r0c0", "r0c1"]].tolist() == [1, 2, 2]
    assert ids.drop(["r3c3", "r0c0", "r0c1"]).isna().all()


def test_a_zero_weight_link_does_not_join_two_cores_unlike_libpysal_components():
    """Cores linked only by a link of weight 0 stay two clusters.  libpysal's
    ``component_labels`` joins them; when it no longer does, core_cluster_ids can call it."""
    layer = grid()
    selection = select_cores(layer, CoreRule(mode="top_k", k=3))
    cores = list(selection.core_labels)
    # the second and third cores share a link of weight 0; every other region is an island
    islands = [label for label in layer.index if label not in cores[1:]]
    graph = Graph.from_arrays([cores[1], cores[2], *islands], [cores[2], cores[1], *islands],
                              np.zeros(len(islands) + 2))
    ids = core_cluster_ids(layer, selection, graph)
    assert ids.loc[cores].nunique() == 3
    library = graph.subgraph(cores).component_labels
    assert library.loc[cores[1]] == library.loc[cores[2]]


def test_diagonal_cores_join_under_queen_and_names_come_from_a_field():
    layer = grid()
    layer["name_en"] = [f"cell {k}" for k in range(16)]
    layer.loc[["r0c0", "r0c1", "r1c2"], "innov_idx"] = [0.9, 0.7, 0.8]
    layer.loc["r3c3", "innov_idx"] = 0.0
    layer["LISA_CL"] = 0
    layer.loc["r0c0", "LISA_CL"] = 1
    layer.loc["r1c2", "LISA_CL"] = 4
    selection = select_cores(layer, CoreRule(mode="top_k", k=3))
    clusters = core_clusters(layer, selection, Graph.build_contiguity(layer, rook=False))
    assert "mass_total" not in clusters.columns
    assert clusters["members"].tolist() == ["cell 0, cell 6, cell 1"]
    assert clusters["core_types"].tolist() == ["agglomeration, isolated core, core"]


def test_empty_selection_gives_an_empty_layer():
    layer = grid()
    selection = select_cores(layer, CoreRule(mode="threshold", threshold=5.0))
    clusters = core_clusters(
        layer, selection, Graph.build_contiguity(layer, rook=False),
        mass=pd.Series(1.0, index=layer.index),
    )
    assert len(clusters) == 0
    assert isinstance(clusters, gpd.GeoDataFrame)
    assert list(clusters.columns) == [
        "cluster_id", "members", "n_members", "mass_total", "index_mean", "core_types",
        "geometry",
    ]
    assert clusters.crs == layer.crs


def _clusters_with_mass(mass):
    layer = grid()
    selection = select_cores(layer, CoreRule(mode="top_k", k=1))
    return core_clusters(layer, selection, Graph.build_contiguity(layer, rook=False), mass=mass)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: region_names(regions(), "title"),
         r"^Name field 'title' is not in the layer; fields are: name_en, innov_idx, innov_lvl, "
         r"p_top, LISA_CL, Gi_Bin\.$"),
        (lambda: core_clusters(grid(), select_cores(grid(), CoreRule(mode="top_k", k=1)),
                               Graph.build_contiguity(grid(), rook=False), name_field="title"),
         r"^Name field 'title' is not in the layer; fields are: innov_idx, geometry\.$"),
        (lambda: _clusters_with_mass([1.0] * 16),
         r"^The mass must be a field \(a Series on the layer's ids\)\.$"),
        (lambda: _clusters_with_mass(np.ones(16)),
         r"^The mass must be a field \(a Series on the layer's ids\)\.$"),
    ],
    ids=["region names", "cluster members", "mass as a list", "mass as an array"],
)
def test_unknown_name_field_and_mass_not_a_field(call, message):
    with pytest.raises(ParameterError, match=message):
        call()


# --- the bundled 2018 regions ---------------------------------------------------------

STUDY_CORES = ["almaty_city", "astana", "aktobe", "karaganda", "east_kazakhstan"]


def test_bundled_regions_top5_are_the_study_cores():
    layer = load_bundled_regions("2018")
    high = dict(zip(STUDY_CORES, [0.95, 0.90, 0.80, 0.75, 0.70]))
    layer["innov_idx"] = layer["unit_id"].map(high).fillna(0.2) + 0.001 * layer.index
    selection = select_cores(layer, CoreRule(mode="top_k", k=5))
    assert layer.loc[selection.core_labels, "unit_id"].tolist() == STUDY_CORES
    assert selection.core_id.dropna().astype(int).sort_values().tolist() == [1, 2, 3, 4, 5]
    graph = Graph.build_contiguity(layer, rook=False)
    clusters = core_clusters(layer, selection, graph)
    # the two cities are enclaves; Aktobe, Karaganda and East Kazakhstan touch in a chain
    assert clusters["members"].tolist() == [
        "Almaty", "Astana", "Aktobe Region, Karaganda Region, East Kazakhstan Region",
    ]
    assert clusters["n_members"].tolist() == [1, 1, 3]


def test_clusters_on_weights_of_another_layer_name_the_cores_they_miss():
    from kz_innovation_plugin.core.spatial_weights import build_weights

    layer = grid()
    other = layer.set_axis([f"x{i}" for i in range(16)])
    selection = select_cores(layer, CoreRule(mode="top_k", k=3))
    with pytest.raises(ParameterError, match=r"do not cover core\(s\) .*r3c3.*: build the "
                                             "weights on the same layer as the cores"):
        core_cluster_ids(layer, selection, build_weights(other))


def test_clusters_from_our_weights_equal_those_from_the_libpysal_graph():
    from kz_innovation_plugin.core.spatial_weights import build_weights

    layer = grid()
    selection = select_cores(layer, CoreRule(mode="top_k", k=3))
    ours = core_cluster_ids(layer, selection, build_weights(layer))
    theirs = core_cluster_ids(layer, selection, Graph.build_contiguity(layer, rook=False))
    assert ours.equals(theirs) and ours.notna().sum() == 3
