"""Match an indicator table to a layer of regions, with every row accounted for.

Both sides are resolved to the same keys: a value the gazetteer knows (an ISO code, a name or
an alias of a Kazakhstan unit) becomes that unit; any other value is compared by its
normalised name, so layers and tables of other countries join too.  Fuzzy similarity
(:mod:`difflib`, standard library) only ever suggests, unless the user sets a threshold.

Rules
-----
* Nothing is dropped silently: the report has one row per table row (national total rows
  included) and one per layer feature, with how it matched.
* Ambiguity is an error, not a guess: two table rows for one region, one table row for two
  features, or a table made for another boundary set than the layer.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ._checks import describe_ids, geometry_last, no_such_field
from .errors import LayerError, MatchError, ParameterError
from .fieldnames import safe_field_names
from .regions import BOUNDARY_SETS, NAME_COLUMNS, Gazetteer, normalise_name
from .tables import SOURCE_ROW, IndicatorTable
from .tables.columns import resolve_column

#: the ways a table row or a feature can end up in the report
MATCH_KINDS = ("code", "name", "alias", "fuzzy", "national", "unmatched")
#: fields the join adds besides the indicators
MATCH_FIELD = "join_kind"
ROW_FIELD = "table_row"
REPORT_COLUMNS = [
    "side", "table_row", "table_key", "feature_id", "layer_key", "unit_id", "match_kind", "score",
    "suggestion", "message",
]


@dataclass
class JoinOptions:
    """Choices of the join.

    Attributes
    ----------
    layer_key : str or None
        Layer field holding region codes or names; detected when None.
    table_key : str or None
        Table column holding region codes or names, found as the reader finds TABLE_KEY
        (exactly, else ignoring case); detected when None.
    fuzzy_threshold : float or None
        Accept a fuzzy match whose similarity (0..1) is at least this; None never accepts one.
    max_field_length : int
        Longest output field name (10 keeps Shapefile compatibility).
    field_names : dict or None
        Preferred output field per indicator (the catalogue's short names).
    """

    layer_key: str | None = None
    table_key: str | None = None
    fuzzy_threshold: float | None = None
    max_field_length: int = 10
    field_names: dict[str, str] | None = None

    def __post_init__(self) -> None:
        if self.fuzzy_threshold is not None and not 0.5 <= self.fuzzy_threshold <= 1.0:
            raise ParameterError(
                f"Fuzzy threshold {self.fuzzy_threshold} is out of range: give a similarity "
                "between 0.5 and 1 (0.85 accepts small typos), or none to accept no fuzzy match."
            )


@dataclass
class JoinResult:
    """The joined layer, the match report and what the join decided."""

    joined: gpd.GeoDataFrame
    report: pd.DataFrame
    field_map: dict[str, str]
    layer_key: str
    table_key: str
    boundary_set: str | None
    warnings: list[str] = field(default_factory=list)

    @property
    def matched_count(self) -> int:
        """Number of features that received a table row."""
        return int(self.joined[ROW_FIELD].notna().sum())

    @property
    def unmatched_row_count(self) -> int:
        """Number of table rows (national totals aside) that matched no feature."""
        report = self.report
        return int(((report["side"] == "table") & (report["match_kind"] == "unmatched")).sum())


@dataclass
class _Resolved:
    token: str | None
    kind: str
    unit_id: str | None


def _looks_like_code(text: str) -> bool:
    """Codes carry digits (KATO, NUTS, ISO 3166-2 of any country); names do not."""
    return any(character.isdigit() for character in text)


def _code_key(text: str) -> str:
    """Compare codes case-blind, ignoring spaces, dashes, dots and underscores."""
    return re.sub(r"[\s\-\u2010-\u2015._]", "", text.casefold())


class _Resolver:
    """Turns a cell into a comparable token: ``unit:<id>`` or ``text:<normalised>``."""

    def __init__(self, gazetteer: Gazetteer, boundary_set: str | None = None) -> None:
        self.gazetteer = gazetteer
        self.boundary_set = boundary_set

    def __call__(self, value: object) -> _Resolved:
        text = "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
        text = text.strip()
        if not text:
            return _Resolved(None, "unmatched", None)
        matches = self.gazetteer.match(text, self.boundary_set)
        units = list(dict.fromkeys(match.unit_id for match in matches))
        if len(units) == 1:
            return _Resolved(f"unit:{units[0]}", matches[0].kind, units[0])
        if _looks_like_code(text):
            return _Resolved(f"text:{_code_key(text)}", "code", None)
        return _Resolved(f"text:{normalise_name(text) or text.casefold()}", "name", None)


def _check_layer(layer: gpd.GeoDataFrame) -> list[str]:
    """Reject layers the join cannot use; return warnings for those it can."""
    # a GeoDataFrame without an active geometry column raises on ``.geometry``: ask first
    geometry_name = layer.active_geometry_name if isinstance(layer, gpd.GeoDataFrame) else None
    if geometry_name is None or geometry_name not in layer.columns:
        raise LayerError("The input has no geometry: choose a polygon layer of regions.")
    if len(layer) == 0:
        raise LayerError("The input layer has no features: choose a layer of regions.")
    geometries = layer.geometry.values
    present = ~shapely.is_missing(np.asarray(geometries, dtype=object))
    types = pd.Series(np.asarray(layer.geometry.geom_type)[present]).dropna()
    polygonal = types.isin(["Polygon", "MultiPolygon"])
    if not polygonal.any():
        found = ", ".join(sorted(types.unique())) or "no geometry"
        raise LayerError(
            f"The input layer has no polygons (it holds {found}): choose the polygon layer "
            "of regions, for example the bundled regions (kzinnovation:bundledregions)."
        )
    if not polygonal.all():
        others = ", ".join(sorted(types[~polygonal].unique()))
        raise LayerError(
            f"The input layer mixes polygons with {others}: keep only the region polygons "
            "(for example with 'Extract by expression' on $geometry type)."
        )
    warnings = []
    if not present.all():
        ids = describe_ids(layer.index[~present], 5)
        warnings.append(f"Features without geometry (fid {ids}) are joined but cannot be mapped.")
    invalid = present & ~np.asarray(layer.geometry.is_valid)
    if invalid.any():
        ids = describe_ids(layer.index[invalid], 5)
        warnings.append(
            f"{int(invalid.sum())} feature(s) have invalid geometry (fid {ids}); the join "
            "keeps them as they are. Run 'Fix geometries' before any spatial statistics."
        )
    return warnings


def _text_columns(frame: pd.DataFrame, exclude: tuple[str, ...] = ()) -> list[str]:
    return [
        column for column in frame.columns
        if column not in exclude
        and (pd.api.types.is_object_dtype(frame[column])
             or pd.api.types.is_string_dtype(frame[column]))
    ]


def _normalised_texts(values: pd.Series) -> set[str]:
    texts = (str(value) for value in values.dropna().unique())
    return {_code_key(text) if _looks_like_code(text) else normalise_name(text)
            for text in texts} - {""}


def _resolve_column(values: pd.Series, resolver: _Resolver) -> list[_Resolved]:
    # one gazetteer look-up per distinct value, not per row
    distinct = {value: resolver(value) for value in pd.unique(values.astype(object))}
    return [distinct[value] for value in values.astype(object)]


def _resolve_table_column(values: pd.Series, resolver: _Resolver) -> list[_Resolved]:
    """Resolve the table's keys; a bare name beside the city of that name ("Алматы" and
    "Алматы қаласы" in a Kazakh bulletin) is the oblast (:meth:`Gazetteer.split_city_and_oblast`).
    """
    resolved = _resolve_column(values, resolver)
    ids = {str(value): item.unit_id for value, item in zip(values.astype(object), resolved)
           if item.unit_id}
    moved = {label: unit
             for label, unit in resolver.gazetteer.split_city_and_oblast(
                 ids, resolver.boundary_set).items() if unit != ids[label]}
    if not moved:
        return resolved
    return [_Resolved(f"unit:{moved[str(value)]}", "name", moved[str(value)])
            if str(value) in moved else item
            for value, item in zip(values.astype(object), resolved)]


def _choose_keys(
    layer: pd.DataFrame,
    table: IndicatorTable,
    options: JoinOptions,
    resolver: _Resolver,
) -> tuple[str, str]:
    """Pick the layer field and table column that match best: codes first, then names."""
    layer_candidates = [options.layer_key] if options.layer_key else _text_columns(
        layer, (layer.geometry.name,)
    )
    if options.layer_key and options.layer_key not in layer.columns:
        raise no_such_field(options.layer_key, layer)
    table_candidates = list(table.key_columns)
    if options.table_key:
        # the reader's rule (exactly, else case-insensitively), so TABLE_KEY means one thing
        columns = [str(name) for name in table.data.columns if name != SOURCE_ROW]
        where = Path(table.source).name or "The table"
        table_candidates = [resolve_column(options.table_key, columns, where, "TABLE_KEY")]
    if not layer_candidates:
        raise LayerError(
            "The layer has no text field with region codes or names: add one, or name the "
            "key field."
        )
    if not table_candidates:
        raise MatchError("The table has no column with region codes or names to match on.")
    ranking = []
    for table_order, table_column in enumerate(table_candidates):
        table_resolved = _resolve_column(table.data[table_column], resolver)
        table_tokens = {item.token for item in table_resolved if item.token}
        table_code_tokens = {item.token for item in table_resolved if item.kind == "code"}
        table_texts = _normalised_texts(table.data[table_column])
        for layer_order, layer_column in enumerate(layer_candidates):
            layer_resolved = _resolve_column(layer[layer_column], resolver)
            layer_tokens = {item.token for item in layer_resolved if item.token}
            layer_code_tokens = {item.token for item in layer_resolved if item.kind == "code"}
            # ties are broken by codes on both sides, then by the same written form
            ranking.append((
                -len(table_tokens & layer_tokens),
                -len(table_code_tokens & layer_code_tokens),
                -len(table_texts & _normalised_texts(layer[layer_column])),
                table_order, layer_order, table_column, layer_column,
            ))
    ranking.sort()
    best = ranking[0]
    if best[0] == 0:
        raise MatchError(
            "No table row matches any feature: the table's columns "
            f"({', '.join(table_candidates)}) and the layer's fields "
            f"({', '.join(map(str, layer_candidates))}) share no region code or name. Name the "
            "key field and column, or check that the table and the layer are for the same country."
        )
    return best[-1], best[-2]


def _fits_sets(gazetteer: Gazetteer, unit_ids: set[str]) -> list[str]:
    return gazetteer.sets_containing(sorted(unit_ids)) if unit_ids else []


def _closest_set(gazetteer: Gazetteer, unit_ids: set[str]) -> str | None:
    """The closest boundary set holding all ``unit_ids`` (:meth:`Gazetteer.closest_sets`);
    None for no units or when no set holds them all."""
    fits = gazetteer.closest_sets(unit_ids) if unit_ids else []
    return fits[0].boundary_set if fits else None


def _unit_label(gazetteer: Gazetteer, unit_id: str) -> str:
    return str(gazetteer.units.loc[unit_id, "name_en"])


def _check_boundary_sets(
    gazetteer: Gazetteer, table_units: set[str], layer_units: set[str]
) -> None:
    """Stop when the table was made for another boundary set than the layer."""
    if not table_units or not layer_units:
        return
    layer_sets = _fits_sets(gazetteer, layer_units)
    problems = []
    foreign = sorted(
        unit for unit in table_units - layer_units
        if layer_sets and not set(_fits_sets(gazetteer, {unit})) & set(layer_sets)
    )
    if foreign:
        problems.append(
            "the table has " + ", ".join(_unit_label(gazetteer, unit) for unit in foreign)
            + ", which the layer's boundary set does not have"
        )
    split = []
    for unit in sorted(layer_units - table_units):
        for older in BOUNDARY_SETS:
            parent = gazetteer.parent_in(unit, older)
            if parent != unit and parent in table_units:
                split.append(f"{_unit_label(gazetteer, unit)} (part of "
                             f"{_unit_label(gazetteer, parent)} in the {older} set)")
                break
    if split:
        problems.append(
            "the layer has " + ", ".join(split) + ", which the table reports within the older, "
            "larger region"
        )
    if not problems:
        return
    table_set = _closest_set(gazetteer, table_units)
    layer_set = _closest_set(gazetteer, layer_units)
    fits = (
        f"The table fits the bundled {table_set} boundary set: join it to that layer "
        f"(kzinnovation:bundledregions with BOUNDARY_SET {table_set})"
        if table_set else "Use a layer of the boundary set the table was made for"
    )
    raise MatchError(
        f"The table and the layer use different boundary sets (the layer looks like the "
        f"{layer_set or 'unknown'} set): {'; '.join(problems)}. Joining them would give regions "
        f"whose borders changed the figures of another territory. {fits}, or harmonise the "
        "table first."
    )


def _labels_for(gazetteer: Gazetteer, raw: str, unit_id: str | None) -> list[str]:
    labels = [raw]
    if unit_id is not None:
        row = gazetteer.units.loc[unit_id]
        labels += [str(row[name]) for name in NAME_COLUMNS if isinstance(row[name], str)]
    return [normalise_name(label) or label.casefold() for label in labels if label]


def _best_candidate(
    text: str, candidates: dict[object, list[str]]
) -> tuple[object | None, float, bool]:
    """Most similar candidate by :class:`difflib.SequenceMatcher` ratio; (key, score, unique)."""
    target = normalise_name(text) or text.casefold()
    scored = []
    for key, labels in candidates.items():
        score = max(
            (difflib.SequenceMatcher(None, target, label).ratio() for label in labels), default=0.0
        )
        scored.append((score, str(key), key))
    if not scored:
        return None, 0.0, False
    scored.sort(key=lambda item: (-item[0], item[1]))
    unique = len(scored) == 1 or scored[1][0] < scored[0][0]
    return scored[0][2], round(scored[0][0], 3), unique


@dataclass
class _Sides:
    """The two sides of the join once their keys are chosen and resolved."""

    layer: gpd.GeoDataFrame
    layer_key: str
    layer_resolved: list[_Resolved]
    table: IndicatorTable
    table_key: str
    table_resolved: list[_Resolved]

    @property
    def table_rows(self) -> list[object]:
        """Source row of each table row."""
        return self.table.data[SOURCE_ROW].tolist()

    @property
    def table_keys(self) -> list[object]:
        """Key cell of each table row."""
        return self.table.data[self.table_key].astype(object).tolist()

    @property
    def layer_names(self) -> pd.Series:
        """Key value of each feature."""
        return self.layer[self.layer_key].astype(object)


@dataclass
class _Matches:
    """What matched: table position -> (fid, kind, score), and the fuzzy suggestions."""

    matched: dict[int, tuple[object, str, float]] = field(default_factory=dict)
    suggestions: dict[int, tuple[object, float]] = field(default_factory=dict)
    by_feature: dict[object, list[int]] = field(default_factory=dict)


def join_indicators(
    layer: gpd.GeoDataFrame,
    table: IndicatorTable,
    options: JoinOptions | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[float], None] | None = None,
) -> JoinResult:
    """Join the indicator columns of ``table`` to the features of ``layer``.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        Polygon layer of regions; its index identifies features in the report (QGIS feature
        ids when it comes from QGIS).  It is not modified.
    table : IndicatorTable
        As read by :func:`kz_innovation_plugin.core.tables.read_indicator_table`.
    options : JoinOptions, optional
        Key field/column and fuzzy threshold.
    gazetteer : Gazetteer, optional
        Defaults to the bundled gazetteer of Kazakhstan's units.
    progress : callable, optional
        Called with a fraction 0..1.

    Returns
    -------
    JoinResult
        The joined copy of the layer (indicator fields renamed to safe names, plus
        ``join_kind`` and ``table_row``), the match report and the field map.

    Raises
    ------
    LayerError, MatchError, ParameterError, TableFormatError
        With a message naming the problem and the fix (TableFormatError: no table column is
        called ``options.table_key``).
    """
    options = options or JoinOptions()
    gazetteer = gazetteer or Gazetteer.load()
    warnings = _check_layer(layer)
    if not pd.api.types.is_integer_dtype(layer.index):
        layer = layer.reset_index(drop=True)  # the report needs integer feature ids
    report_progress = progress or (lambda fraction: None)

    boundary_set = _closest_set(gazetteer, _layer_units(layer, gazetteer))
    resolver = _Resolver(gazetteer, boundary_set)
    layer_key, table_key = _choose_keys(layer, table, options, resolver)
    report_progress(0.3)

    sides = _Sides(
        layer, layer_key, _resolve_column(layer[layer_key], resolver),
        table, table_key, _resolve_table_column(table.data[table_key], resolver),
    )
    _check_boundary_sets(
        gazetteer,
        {item.unit_id for item in sides.table_resolved if item.unit_id},
        {item.unit_id for item in sides.layer_resolved if item.unit_id},
    )
    matches = _Matches(matched=_exact_matches(sides))
    _fuzzy_matches(sides, matches, gazetteer, options.fuzzy_threshold)
    report_progress(0.6)
    matches.by_feature = _rows_by_feature(sides, matches.matched)

    indicator_map = safe_field_names(
        table.indicator_columns,
        reserved=[*map(str, layer.columns), MATCH_FIELD, ROW_FIELD],
        max_length=options.max_field_length,
        preferred=options.field_names,
    )
    joined = _joined_layer(sides, matches.matched, indicator_map)
    report = _build_report(sides, matches, gazetteer)
    warnings += _report_warnings(report, indicator_map)
    report_progress(1.0)
    return JoinResult(joined, report, indicator_map, layer_key, table_key, boundary_set, warnings)


def layer_boundary_set(layer: gpd.GeoDataFrame, gazetteer: Gazetteer | None = None) -> str | None:
    """The boundary set of Kazakhstan's units the layer's features name (the one the join
    matches on), or None for a layer of other units."""
    gazetteer = gazetteer or Gazetteer.load()
    return _closest_set(gazetteer, _layer_units(layer, gazetteer))


def _layer_units(layer: gpd.GeoDataFrame, gazetteer: Gazetteer) -> set[str]:
    """Gazetteer units named in any text field of the layer (to guess its boundary set)."""
    resolver = _Resolver(gazetteer)
    return {
        item.unit_id
        for column in _text_columns(layer, (layer.geometry.name,))
        for item in _resolve_column(layer[column], resolver)
        if item.unit_id
    }


def _exact_matches(sides: _Sides) -> dict[int, tuple[object, str, float]]:
    """Table rows whose token is a feature's; a token of several features is an error."""
    features_by_token: dict[str, list[object]] = {}
    for fid, item in zip(sides.layer.index, sides.layer_resolved):
        if item.token:
            features_by_token.setdefault(item.token, []).append(fid)
    table_rows, table_keys = sides.table_rows, sides.table_keys
    matched: dict[int, tuple[object, str, float]] = {}
    for position, item in enumerate(sides.table_resolved):
        fids = features_by_token.get(item.token or "", [])
        if len(fids) > 1:
            raise MatchError(
                f"Table row {table_rows[position]} ({table_keys[position]!r}) matches "
                f"{len(fids)} features (fid {', '.join(map(str, fids))}): the layer field "
                f"{sides.layer_key!r} repeats that region. Dissolve or remove the duplicate "
                "features."
            )
        if fids:
            matched[position] = (fids[0], item.kind, 1.0)
    return matched


def _fuzzy_matches(
    sides: _Sides, matches: _Matches, gazetteer: Gazetteer, threshold: float | None
) -> None:
    """Suggest the closest feature for each unmatched row; accept it above ``threshold``.

    Fuzzy matching only pairs what is left, and only above the user's threshold.
    """
    matched = matches.matched
    matched_fids = {fid for fid, _, _ in matched.values()}
    feature_labels = {
        fid: _labels_for(gazetteer, str(raw), item.unit_id)
        for fid, raw, item in zip(sides.layer.index, sides.layer_names, sides.layer_resolved)
        if raw is not None and str(raw).strip()
    }
    table_keys = sides.table_keys
    for position in range(len(sides.table.data)):
        if position in matched or not str(table_keys[position] or "").strip():
            continue
        free = {fid: labels for fid, labels in feature_labels.items() if fid not in matched_fids}
        fid, score, unique = _best_candidate(str(table_keys[position]), free or feature_labels)
        if fid is None:
            continue
        matches.suggestions[position] = (fid, score)
        if threshold is not None and score >= threshold and unique and fid in free:
            matched[position] = (fid, "fuzzy", score)
            matched_fids.add(fid)


def _rows_by_feature(
    sides: _Sides, matched: dict[int, tuple[object, str, float]]
) -> dict[object, list[int]]:
    """Table positions per matched feature; two rows for one feature is an error."""
    by_feature: dict[object, list[int]] = {}
    for position, (fid, _, _) in matched.items():
        by_feature.setdefault(fid, []).append(position)
    table_rows, table_keys = sides.table_rows, sides.table_keys
    for fid, positions in by_feature.items():
        if len(positions) > 1:
            rows = " and ".join(
                f"row {table_rows[p]} ({table_keys[p]!r})" for p in sorted(positions)
            )
            raise MatchError(
                f"Two table rows match the same region "
                f"{sides.layer.loc[fid, sides.layer_key]!r} (fid {fid}): "
                f"{rows}. Keep one row per region in the table."
            )
    return by_feature


def _joined_layer(
    sides: _Sides, matched: dict[int, tuple[object, str, float]], indicator_map: dict[str, str]
) -> gpd.GeoDataFrame:
    """A copy of the layer with the indicator fields, ``join_kind`` and ``table_row``."""
    layer, data = sides.layer, sides.table.data
    joined = layer.copy()
    positions_for_fid = pd.Series(
        {fid: position for position, (fid, _, _) in matched.items()}, dtype="Int64"
    ).reindex(layer.index)
    take = positions_for_fid.to_numpy(dtype="float64", na_value=np.nan)
    has_row = ~np.isnan(take)
    take_index = np.where(has_row, take, 0).astype(int)
    for indicator, field_name in indicator_map.items():
        values = data[indicator].to_numpy(dtype="float64")[take_index]
        joined[field_name] = np.where(has_row, values, np.nan)
    kinds = {fid: kind for fid, kind, _ in matched.values()}
    joined[MATCH_FIELD] = [kinds.get(fid, "unmatched") for fid in layer.index]
    rows_series = pd.Series(sides.table_rows, dtype="Int64")
    joined[ROW_FIELD] = pd.array(
        [rows_series.iloc[int(p)] if ok else pd.NA for p, ok in zip(take, has_row)], dtype="Int64"
    )
    return geometry_last(joined)


def _report_warnings(report: pd.DataFrame, indicator_map: dict[str, str]) -> list[str]:
    """One warning per unmatched row or feature, and one for shortened field names."""
    warnings = [row["message"] for _, row in report[report["match_kind"] == "unmatched"].iterrows()]
    renamed = {name: short for name, short in indicator_map.items() if name != short}
    if renamed:
        warnings.append(
            "Indicator names shortened to fit GeoPackage and Shapefile: "
            + ", ".join(f"{name} -> {short}" for name, short in renamed.items())
        )
    return warnings


def _build_report(sides: _Sides, matches: _Matches, gazetteer: Gazetteer) -> pd.DataFrame:
    """The match report: one row per table row, national row and feature."""
    rows = _table_report_rows(sides, matches)
    rows += _national_report_rows(sides)
    rows += _layer_report_rows(sides, matches, gazetteer)
    report = pd.DataFrame(rows, columns=REPORT_COLUMNS)
    for column in ("table_row", "feature_id"):
        report[column] = pd.to_numeric(report[column], errors="coerce").astype("Int64")
    report["score"] = report["score"].astype("float64")
    for column in ("side", "table_key", "layer_key", "unit_id", "match_kind", "suggestion",
                   "message"):
        report[column] = [None if pd.isna(value) else str(value) for value in report[column]]
    return report


def _table_report_rows(sides: _Sides, matches: _Matches) -> list[tuple]:
    rows = []
    data, layer_names = sides.table.data, sides.layer_names
    for position, item in enumerate(sides.table_resolved):
        source_row = int(data[SOURCE_ROW].iloc[position])
        key = data[sides.table_key].iloc[position]
        if position in matches.matched:
            fid, kind, score = matches.matched[position]
            unit_id = item.unit_id or sides.layer_resolved[sides.layer.index.get_loc(fid)].unit_id
            rows.append(("table", source_row, key, fid, layer_names.loc[fid], unit_id, kind,
                         score, None, f"Matched by {kind}."))
            continue
        suggestion, message = _row_suggestion(sides, matches.suggestions.get(position))
        rows.append(("table", source_row, key, None, None, item.unit_id, "unmatched",
                     np.nan, suggestion,
                     f"Table row {source_row} ({key!r}) matches no feature{message}"))
    return rows


def _row_suggestion(
    sides: _Sides, suggestion: tuple[object, float] | None
) -> tuple[str | None, str]:
    """The suggested feature name of an unmatched row and the end of its message."""
    if suggestion is None:
        return None, "."
    fid, score = suggestion
    name = str(sides.layer_names.loc[fid])
    message = f"; did you mean {name!r} (similarity {score:.2f})?"
    if score >= 0.5:
        message += " Correct the name, or set a fuzzy threshold to accept it."
    return name, message


def _national_report_rows(sides: _Sides) -> list[tuple]:
    return [
        ("table", int(national[SOURCE_ROW]), national.get(sides.table_key), None, None,
         None, "national", np.nan, None, "National total row: kept out of the regions.")
        for _, national in sides.table.national.iterrows()
    ]


def _layer_report_rows(sides: _Sides, matches: _Matches, gazetteer: Gazetteer) -> list[tuple]:
    rows = []
    data, table_key = sides.table.data, sides.table_key
    unmatched_labels = {
        p: _labels_for(gazetteer, str(data[table_key].iloc[p]), sides.table_resolved[p].unit_id)
        for p in range(len(data))
        if p not in matches.matched and str(data[table_key].iloc[p] or "").strip()
    }
    for fid, item in zip(sides.layer.index, sides.layer_resolved):
        name = sides.layer_names.loc[fid]
        if fid in matches.by_feature:
            position = matches.by_feature[fid][0]
            _, kind, score = matches.matched[position]
            rows.append(("layer", int(data[SOURCE_ROW].iloc[position]),
                         data[table_key].iloc[position], fid, name, item.unit_id, kind,
                         score, None, f"Matched by {kind}."))
            continue
        message = f"Feature fid {fid} ({name!r}) has no table row"
        suggestion = None
        best, score, _ = _best_candidate(str(name), unmatched_labels)
        if best is not None:
            suggestion = str(data[table_key].iloc[best])
            message += (f"; did you mean table row {int(data[SOURCE_ROW].iloc[best])} "
                        f"({suggestion!r}, similarity {score:.2f})?")
        else:
            message += "; its indicator fields stay empty."
        rows.append(("layer", None, None, fid, name, item.unit_id, "unmatched", np.nan,
                     suggestion, message))
    return rows
