"""The bodies of the report's sections (ranking, autocorrelation, cores, join, method, ...)."""

from __future__ import annotations

import numbers

import pandas as pd

from ..autocorrelation.local import LISA_LABELS
from ..provenance import provenance_frame
from .markup import escape, figure, note, table
from .model import (
    ReportInputs,
    by_rank,
    is_missing,
    names_of,
    number,
    p_value,
    rank_interval,
    subindex_columns,
    whole,
)
from .texts import (
    GI_LABELS,
    MULTIPLIER_HEADINGS,
    core_type_text,
    reading_text,
    subindex_label,
)

#: labels of global statistics, in display order (others follow with their key)
STAT_LABELS = {
    "moran_i": "Moran's I", "moran_ei": "E[I]", "moran_z_norm": "z (normality)",
    "moran_p_norm": "p (normality)", "moran_z_rand": "z (randomisation)",
    "moran_p_rand": "p (randomisation)", "moran_p_sim": "pseudo p (permutations)",
}


def _cell(value: object) -> str:
    return "" if is_missing(value) else str(value)


#: ranking table columns: (words key, the field it needs, cell of a row, right-aligned)
RANKING_COLUMNS = (
    ("rank", "innov_rank", lambda r: whole(r["innov_rank"]), True),
    ("region", None, None, False),
    ("index", "innov_idx", lambda r: number(r["innov_idx"]), True),
    ("level", "innov_lvl", lambda r: _cell(r["innov_lvl"]), False),
    ("interval", "rank_p95", rank_interval, True),
    ("p_top", "p_top", lambda r: number(r["p_top"], 2), True),
    ("group", "perf_group", lambda r: _cell(r["perf_group"]), False),
)


def ranking_section(inputs: ReportInputs, words: dict, chart: str | None) -> str:
    """Table of all regions by rank (the columns the data have) and the ranking chart."""
    regions = by_rank(inputs.regions)
    names = names_of(regions, inputs.language)
    columns = [c for c in RANKING_COLUMNS if c[1] is None or c[1] in regions.columns]
    sub = subindex_columns(regions)
    headers = [words[c[0]] for c in columns] + [subindex_label(c, inputs.language) for c in sub]
    numeric = [i for i, c in enumerate(columns) if c[3]]
    numeric += range(len(columns), len(headers))
    rows = [
        [names[label] if c[2] is None else c[2](row) for c in columns]
        + [number(row[c]) for c in sub]
        for label, row in regions.iterrows()
    ]
    parts = [table(headers, rows, numeric)]
    if chart:
        parts.append(figure(chart, words["ranking_title"]))
    return "\n".join(parts)


def _statistic(key: str, value: object) -> str:
    if "_p_" in key or key.endswith("_p"):
        return p_value(value)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(value)
    return number(value)


def autocorrelation_section(inputs: ReportInputs, words: dict, chart: str | None) -> str:
    """Global statistics, the Moran scatterplot and LISA / Gi* counts by label."""
    parts = []
    stats = {k: v for k, v in (inputs.global_moran or {}).items()
             if not is_missing(v) and v != ""}
    if stats:
        keys = [k for k in STAT_LABELS if k in stats] + [k for k in stats if k not in STAT_LABELS]
        rows = [[STAT_LABELS.get(k, k), _statistic(k, stats[k])] for k in keys]
        parts.append(table([words["statistic"], words["value"]], rows, [1]))
    else:
        parts.append(note(words["no_moran"]))
    if chart:
        parts.append(figure(chart, words["scatter_title"]))
    regions = inputs.regions
    lisa = None
    if "LISA_LABEL" in regions.columns:
        lisa = regions["LISA_LABEL"].dropna().astype(str)
    elif "LISA_CL" in regions.columns:
        codes = pd.to_numeric(regions["LISA_CL"], errors="coerce").dropna().astype(int)
        lisa = codes.map(lambda c: LISA_LABELS.get(c, str(c)))
    if lisa is not None:
        counts = lisa.value_counts()
        order = [v for v in LISA_LABELS.values() if v in counts.index]
        order += [v for v in counts.index if v not in order]
        parts.append(f"<h3>{escape(words['lisa_counts'])}</h3>")
        parts.append(table([words["label"], words["regions_count"]],
                           [[v, str(counts[v])] for v in order], [1]))
    if "Gi_Bin" in regions.columns:
        bins = pd.to_numeric(regions["Gi_Bin"], errors="coerce").dropna().astype(int)
        counts = bins.value_counts().sort_index(ascending=False)
        labels = GI_LABELS[inputs.language]
        parts.append(f"<h3>{escape(words['gi_counts'])}</h3>")
        parts.append(table([words["label"], words["regions_count"]],
                           [[labels.get(b, str(b)), str(n)] for b, n in counts.items()], [1]))
    if lisa is None and "Gi_Bin" not in regions.columns:
        parts.append(note(words["no_local"]))
    return "\n".join(parts)


def _multiplier_cell(column: str, value: object, language: str) -> str:
    if column == "reading" and not is_missing(value):
        return reading_text(str(value), language)
    if column == "gradient_slope" and not is_missing(value):
        return f"{float(value):.3g}"
    if column == "zone_regions" and isinstance(value, (int, float)) and not is_missing(value):
        return whole(value)
    return number(value)


def cores_section(inputs: ReportInputs, words: dict) -> str:
    """One row per core: its type, index and multiplier effect."""
    cores, effect = inputs.cores, inputs.multiplier
    if cores.empty and effect.empty:
        return note(words["no_cores"])
    if "core_id" in cores.columns and "core_id" in effect.columns:
        extra = [c for c in effect.columns if c not in cores.columns or c == "core_id"]
        merged = cores.merge(effect[extra], on="core_id", how="outer")
    else:
        merged = cores if not cores.empty else effect
    if "core_id" in merged.columns:
        merged = merged.sort_values("core_id")
    names = names_of(merged, inputs.language)
    headings = MULTIPLIER_HEADINGS[inputs.language]
    shown = [c for c in headings if c in merged.columns]
    headers = [words["core_id"], words["region"], words["core_type"], words["index"]]
    headers += [headings[c] for c in shown]
    rows = []
    for label, row in merged.iterrows():
        kind = row.get("core_type")
        index = row.get("innov_idx", row.get("core_index"))
        rows.append([
            whole(row.get("core_id")), names[label],
            "" if is_missing(kind) else core_type_text(str(kind), inputs.language)[0],
            number(index),
            *(_multiplier_cell(c, row.get(c), inputs.language) for c in shown),
        ])
    numeric = [0, 3, *(i + 4 for i, c in enumerate(shown)
                       if c not in ("reading", "gradient_sign", "zone_regions"))]
    parts = [table(headers, rows, numeric)]
    if effect.empty:
        parts.append(note(words["no_multiplier"]))
    return "\n".join(parts)


def join_section(inputs: ReportInputs, words: dict) -> str:
    """The unmatched rows of the join report, or a sentence that everything matched."""
    report = inputs.join_report
    if report is None:
        return note(words["no_join"])
    if "match_kind" in report.columns:
        unmatched = report[report["match_kind"] == "unmatched"]
    else:
        unmatched = report.iloc[0:0]
    if unmatched.empty:
        return f"<p>{escape(words['all_matched'])}</p>"
    columns = [c for c in ("side", "table_row", "table_key", "feature_id", "layer_key",
                           "score", "suggestion", "message") if c in unmatched.columns]
    rows = [["" if is_missing(v) else str(v) for v in row]
            for row in unmatched[columns].itertuples(index=False)]
    return (f"<p>{escape(words['unmatched'].format(count=len(unmatched)))}</p>\n"
            + table(columns, rows))


def method_section(inputs: ReportInputs) -> str:
    """The provenance record as a two-column table of flattened keys."""
    frame = provenance_frame(inputs.method or {})
    return table(["key", "value"], frame.itertuples(index=False), css="method")


def sources_section(inputs: ReportInputs, words: dict) -> str:
    """The data sources, verbatim."""
    if not inputs.sources:
        return note(words["no_sources"])
    return "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in inputs.sources) + "</ul>"


def maps_section(maps: list[tuple[str, str]], words: dict) -> str:
    """Each copied map with its caption."""
    if not maps:
        return note(words["no_maps"])
    return "\n".join(figure(src, caption) for caption, src in maps)
