"""Save and read spatial weights as GAL (neighbour lists) or GWT (weighted links) files.

libpysal 4.14 reads and writes both formats itself: ``Graph.to_gal``/``Graph.to_gwt`` and
``libpysal.graph.read_gal``/``read_gwt`` (imported when a file is read or written).  The
ids of the file are compared as text with the layer's index.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from .._checks import describe_ids
from ..errors import InputFileError, ParameterError
from ._graph import check_layer, finish, graph_from_edges, plural, resolve_islands
from ._options import FILE_METHOD, SpatialWeights, WeightsOptions

_FORMATS = {".gal": "GAL", ".gwt": "GWT"}


def _format(path: Path, action: str) -> str:
    """GAL or GWT from the file extension, or ParameterError."""
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ParameterError(
            f"Cannot {action} spatial weights as '{path.name}': use the extension .gal "
            "(neighbour lists) or .gwt (neighbours with weights)."
        )
    return fmt


def save_weights(weights: SpatialWeights, path) -> Path:
    """Write weights to a GAL (neighbour lists) or GWT (weighted links) file.

    Parameters
    ----------
    weights : SpatialWeights
        Weights from :func:`build_weights` or :func:`load_weights`.
    path : str or pathlib.Path
        Target file; ``.gal`` or ``.gwt`` chooses the format.  GWT keeps the weights as
        they are (transform applied) with 7 decimals, so a weight below 5e-8 (an adaptive
        kernel's k-th neighbour, at the kernel's edge) reads back as no link.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ParameterError
        Another extension, kernel weights to GAL, or ids containing spaces.
    InputFileError
        The file cannot be written.
    """
    path = Path(path)
    fmt = _format(path, "save")
    if fmt == "GAL" and weights.options.method == "kernel":
        raise ParameterError(
            f"A GAL file holds neighbour lists only, so the kernel weights would be lost: "
            f"save them as {path.with_suffix('.gwt').name} instead."
        )
    ids = pd.Index(weights.ids.astype(str))
    spaced = ids[ids.str.contains(r"\s", regex=True)]
    if len(spaced):
        raise ParameterError(
            f"GAL and GWT files separate values by spaces, so ids with spaces cannot be saved "
            f"({describe_ids(spaced)}): use a field without spaces (e.g. unit_id) as the "
            "layer's id."
        )
    if not path.parent.is_dir():
        raise InputFileError(f"Folder not found: {path.parent}; choose an existing folder.")
    try:
        if fmt == "GAL":
            weights.graph.to_gal(path)
        else:
            weights.graph.to_gwt(path)
    except OSError as exc:
        raise InputFileError(
            f"Cannot write {path}: {exc.strerror or exc}; choose a folder you can write to."
        ) from exc
    return path


def load_weights(path, layer: gpd.GeoDataFrame, transform: str = "r",
                 island_policy: str = "stop") -> SpatialWeights:
    """Read GAL/GWT weights made for this layer.

    Parameters
    ----------
    path : str or pathlib.Path
        ``.gal`` or ``.gwt`` file whose ids are the layer's index values.
    layer : geopandas.GeoDataFrame
        The layer the weights belong to.
    transform : str
        ``r`` (row-standardised) or ``b`` (binary).
    island_policy : str
        ``stop``, ``isolate`` or ``attach`` for features without neighbours.

    Returns
    -------
    SpatialWeights
        ``options.method`` is ``"file"``, ``source`` the file.

    Raises
    ------
    ParameterError
        Bad extension, transform or policy; islands under ``stop``.
    InputFileError
        Missing or unreadable file, or a file made for other features.
    """
    options = WeightsOptions(method=FILE_METHOD, transform=transform,
                             island_policy=island_policy)
    path = Path(path)
    fmt = _format(path, "read")
    if not path.is_file():
        raise InputFileError(f"Weights file not found: {path}; choose an existing .gal or .gwt.")
    check_layer(layer)
    from libpysal.graph import read_gal, read_gwt

    try:
        graph = read_gal(path) if fmt == "GAL" else read_gwt(path)
        adjacency = graph.adjacency
    except (OSError, ValueError, IndexError, KeyError, TypeError) as exc:
        raise InputFileError(
            f"Cannot read {path.name} as a {fmt} weights file ({exc}); choose a file written "
            "by this plugin, GeoDa or PySAL."
        ) from exc
    focal_ids = pd.Index(adjacency.index.get_level_values(0).astype(str))
    neighbour_ids = pd.Index(adjacency.index.get_level_values(1).astype(str))
    layer_ids = pd.Index(layer.index.astype(str))
    file_ids = focal_ids.union(neighbour_ids)
    extra, missing = file_ids.difference(layer_ids), layer_ids.difference(file_ids)
    if len(extra) or len(missing):
        parts = []
        if len(extra):
            verb = "is" if len(extra) == 1 else "are"
            parts.append(f"e.g. ids {describe_ids(extra, 5)} {verb} not in the layer")
        if len(missing):
            verb = "is" if len(missing) == 1 else "are"
            parts.append(f"{plural(len(missing), 'layer feature')} {verb} missing from the file")
        raise InputFileError(
            f"{path.name} holds weights for other features ({'; '.join(parts)}): build the "
            "weights for this layer, or choose its own weights file."
        )
    focal = layer_ids.get_indexer(focal_ids)
    neighbour = layer_ids.get_indexer(neighbour_ids)
    weight = adjacency.to_numpy(dtype=float)
    notes = [f"Weights read from {path.name} ({fmt}): {plural(len(layer), 'feature')}."]
    self_links = (focal == neighbour) & (weight != 0)
    if self_links.any():
        notes.append(f"{plural(int(self_links.sum()), 'self-link')} (i to i) of the file dropped.")
    links = (focal != neighbour) & (weight != 0)
    graph = graph_from_edges(layer.index, focal[links], neighbour[links], weight[links])
    graph, islands, attached, more, label = resolve_islands(
        graph, layer, options, f"the weights of {path.name}"
    )
    notes.extend(more)
    graph, components = finish(graph, options, notes)
    return SpatialWeights(
        graph=graph, ids=layer.index, islands=islands, attached=attached,
        components=components, distance_crs=label, band=None, options=options, notes=notes,
        source=path,
    )
