"""The bodies of the report's sections (ranking, autocorrelation, cores, join, method, ...)."""

from __future__ import annotations

import numbers

import pandas as pd

from ..autocorrelation.local import LISA_LABELS
from .markup import escape, figure, note, table
from .method import method_html
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
from .source_words import source_text
from .statistics_words import STAT_LABELS, stat_label, stat_meaning
from .texts import (
    GI_LABELS,
    MULTIPLIER_HEADINGS,
    core_type_text,
    decimal,
    gradient_text,
    lisa_label_text,
    phrase,
    reading_text,
    subindex_label,
    value_text,
)

#: global statistics with a label, in display order (others follow with their key)
STAT_ORDER = tuple(STAT_LABELS["en"])
#: columns of the global table that are not statistics: ``note`` is written again in the
#: report's language from the figures it explains (islands, General G left empty)
NOT_SHOWN = ("note",)


def _cell(value: object) -> str:
    return "" if is_missing(value) else str(value)


#: ranking table columns: (words key, the field it needs, cell of a row in a language,
#: right-aligned)
RANKING_COLUMNS = (
    ("rank", "innov_rank", lambda r, lang: whole(r["innov_rank"]), True),
    ("region", None, None, False),
    ("index", "innov_idx", lambda r, lang: number(r["innov_idx"], 3, lang), True),
    ("level", "innov_lvl", lambda r, lang: value_text(_cell(r["innov_lvl"]), lang), False),
    ("interval", "rank_p95", lambda r, lang: rank_interval(r), True),
    ("p_top", "p_top", lambda r, lang: number(r["p_top"], 2, lang), True),
    ("group", "perf_group", lambda r, lang: value_text(_cell(r["perf_group"]), lang), False),
)


def ranking_section(inputs: ReportInputs, words: dict, chart: str | None) -> str:
    """Table of all regions by rank (the columns the data have) and the ranking chart."""
    regions, language = by_rank(inputs.regions), inputs.language
    names = names_of(regions, language)
    columns = [c for c in RANKING_COLUMNS if c[1] is None or c[1] in regions.columns]
    sub = subindex_columns(regions)
    headers = [words[c[0]] for c in columns] + [subindex_label(c, inputs.language) for c in sub]
    numeric = [i for i, c in enumerate(columns) if c[3]]
    numeric += range(len(columns), len(headers))
    rows = [
        [names[label] if c[2] is None else c[2](row, language) for c in columns]
        + [number(row[c], 3, language) for c in sub]
        for label, row in regions.iterrows()
    ]
    parts = [table(headers, rows, numeric)]
    if "perf_group" in regions.columns:
        parts.append(note(words["group_note"]))
    if chart:
        parts.append(figure(chart, words["ranking_title"]))
    return "\n".join(parts)


def _statistic(key: str, value: object, language: str, words: dict) -> str:
    if key == "transform":
        from .method_words import VALUE_WORDS

        text = VALUE_WORDS[language]["transform"].get(str(value), str(value))
        return text[:1].upper() + text[1:]
    if key == "field":
        return words["index"] if str(value) == "innov_idx" else str(value)
    if "_p_" in key or key.endswith("_p"):
        return p_value(value, language)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(value)
    if key in ("n", "islands", "permutations", "seed") and isinstance(value, numbers.Real) \
            and float(value).is_integer():
        return whole(value)
    return number(value, 3, language)


def _statistic_notes(stats: dict, words: dict) -> list[str]:
    """The global table's note in the report's language: islands, General G not computed."""
    notes = []
    islands = stats.get("islands")
    if not is_missing(islands) and isinstance(islands, numbers.Number) and islands > 0:
        notes.append(words["islands_note"].format(count=whole(islands)))
    if "moran_i" in stats and "getis_g" not in stats:
        notes.append(words["gi_missing"])
    return notes


def autocorrelation_section(inputs: ReportInputs, words: dict, chart: str | None) -> str:
    """Global statistics, the Moran scatterplot and LISA / Gi* counts by label."""
    parts = []
    stats = {k: v for k, v in (inputs.global_moran or {}).items()
             if not is_missing(v) and v != ""}
    if stats:
        language = inputs.language
        keys = [k for k in STAT_ORDER if k in stats]
        keys += [k for k in stats if k not in STAT_ORDER and k not in NOT_SHOWN]
        rows = [[stat_label(k, language), _statistic(k, stats[k], language, words),
                 stat_meaning(k, language)] for k in keys]
        parts.append(table([words["statistic"], words["value"], words["meaning"]], rows, [1],
                           css="statistics"))
        parts.extend(note(text) for text in _statistic_notes(stats, words))
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
                           [[lisa_label_text(v, inputs.language), str(counts[v])]
                            for v in order], [1]))
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
    if column == "gradient_sign" and not is_missing(value):
        return gradient_text(str(value), language)
    if column == "gradient_slope" and not is_missing(value):
        return decimal(f"{float(value):.3g}", language)
    if column == "zone_regions" and isinstance(value, (int, float)) and not is_missing(value):
        return whole(value)
    return number(value, 3, language)


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
            number(index, 3, inputs.language),
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
    columns = [c for c in JOIN_COLUMNS if c in unmatched.columns]
    rows = [[_join_cell(column, value, inputs.language, words)
             for column, value in zip(columns, row)]
            for row in unmatched[columns].itertuples(index=False)]
    numeric = [i for i, c in enumerate(columns) if c in ("table_row", "feature_id", "score")]
    return (f"<p>{escape(words['unmatched'].format(count=len(unmatched)))}</p>\n"
            + table([words[c] for c in columns], rows, numeric))


#: columns of the join report shown for an unmatched row (its English message is not: the
#: columns say the same in the report's language)
JOIN_COLUMNS = ("side", "table_row", "table_key", "feature_id", "layer_key", "suggestion",
                "score")


def _join_cell(column: str, value: object, language: str, words: dict) -> str:
    if is_missing(value) or value == "":
        return ""
    if column == "side":
        return words.get(f"side_{value}", str(value))
    if column in ("table_row", "feature_id"):
        return whole(value) if isinstance(value, numbers.Number) else str(value)
    if column == "score":
        return number(value, 2, language)
    return str(value)


def method_section(inputs: ReportInputs, words: dict | None = None,
                   record_src: str | None = None) -> str:
    """The method in words, by group, and a link to the full record (``record_src``)."""
    return method_html(inputs.method or {}, inputs.language, record_src)


def sources_section(inputs: ReportInputs, words: dict) -> str:
    """The data sources: the full analysis's own sentences and the bundled table's sources
    in the report's language, any other source as it is given."""
    if not inputs.sources:
        return note(words["no_sources"])
    return "<ul>" + "".join(f"<li>{escape(source_text(s, inputs.language))}</li>"
                            for s in inputs.sources) + "</ul>"


def maps_section(maps: list[tuple[str, str]], words: dict, language: str = "en",
                 notes: dict[str, str] | None = None) -> str:
    """Each copied map with its caption (the full analysis's captions in ``language``);
    ``notes`` (caption -> plain text) are said under their map, or at the end when that map
    is not drawn."""
    notes = dict(notes or {})
    parts = [figure(src, phrase(caption, language))
             + (f"\n<p>{escape(notes.pop(caption))}</p>" if caption in notes else "")
             for caption, src in maps] or [note(words["no_maps"])]
    parts += [f"<p>{escape(text)}</p>" for text in notes.values()]
    return "\n".join(parts)
