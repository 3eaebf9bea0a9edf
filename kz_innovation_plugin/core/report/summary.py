"""The summary in plain words, generated from the numbers of the report only."""

from __future__ import annotations

import pandas as pd

from ..composite.uncertainty import wide_interval
from ..zones.multiplier import LIFTS
from .dynamics import dynamics_sentences
from .model import ReportInputs, by_rank, is_missing, names_of, number, p_value, whole
from .multiple_tests import multiple_test_summary
from .specialisation import specialisation_sentences
from .texts import core_type_text, texts

#: keys of the global statistics holding Moran's p-value, by preference
P_KEYS = ("moran_p_sim", "moran_p_rand", "moran_p_norm")


def _top(inputs: ReportInputs, words: dict[str, str], count: int = 3) -> list[str]:
    regions = inputs.regions
    if "innov_idx" not in regions.columns:
        return []
    table = by_rank(regions).head(count)
    names = names_of(table, inputs.language)
    items = []
    for label, row in table.iterrows():
        interval = ""
        if not is_missing(row.get("rank_p05")) and not is_missing(row.get("rank_p95")):
            interval = words["top_interval"].format(
                low=whole(row["rank_p05"]), high=whole(row["rank_p95"])
            )
        rank = row.get("innov_rank")
        items.append(words["top_item"].format(
            name=names[label], rank=whole(rank),
            index=number(row["innov_idx"], 3, inputs.language),
            interval=interval,
        ))
    return [words["top"].format(regions="; ".join(items))] if items else []


def _article(kind: str) -> str:
    return "an" if kind[:1].lower() in "aeiou" else "a"


def _cores(inputs: ReportInputs, words: dict[str, str]) -> list[str]:
    cores = inputs.cores
    if cores.empty or "core_type" not in cores.columns:
        return [words["no_cores"]] if "core_type" in cores.columns else []
    if "core_id" in cores.columns:
        cores = cores.sort_values("core_id")
    names = names_of(cores, inputs.language)
    sentences = []
    for label, row in cores.iterrows():
        kind, meaning = core_type_text(str(row["core_type"]), inputs.language)
        sentences.append(words["core"].format(
            name=names[label], article=_article(kind), kind=kind, meaning=meaning
        ).replace(": .", "."))
    return sentences


def core_names(inputs: ReportInputs) -> dict[object, str]:
    """core_id -> name, from the cores table (else the multiplier's core_name)."""
    for frame in (inputs.cores, inputs.multiplier):
        if "core_id" in frame.columns and not frame.empty:
            names = names_of(frame, inputs.language)
            return dict(zip(frame["core_id"], names))
    return {}


def _lifts(inputs: ReportInputs, words: dict[str, str]) -> list[str]:
    effect = inputs.multiplier
    if effect.empty or "reading" not in effect.columns:
        return []
    lifting = effect[effect["reading"] == LIFTS]
    if lifting.empty:
        return [words["no_lift"]]
    known = core_names(inputs)
    names = [known.get(core, str(core)) for core in lifting.get("core_id", lifting.index)]
    return [words["lifts"].format(names=", ".join(names))]


def _moran(inputs: ReportInputs, words: dict[str, str]) -> list[str]:
    stats = inputs.global_moran or {}
    moran_i = stats.get("moran_i")
    if is_missing(moran_i):
        return []
    p = next((stats[k] for k in P_KEYS if not is_missing(stats.get(k))), None)
    if p is None:
        verdict = words["moran_no_p"]
    elif float(p) < 0.05:
        verdict = words["moran_sig_pos"] if float(moran_i) > 0 else words["moran_sig_neg"]
    else:
        verdict = words["moran_not_sig"]
    language = inputs.language
    return [words["moran"].format(i=number(moran_i, 3, language), p=p_value(p, language),
                                  verdict=verdict)]


def _caution(inputs: ReportInputs, words: dict[str, str]) -> list[str]:
    regions = inputs.regions
    if not {"rank_p05", "rank_p95"} <= set(regions.columns):
        return []
    low = pd.to_numeric(regions["rank_p05"], errors="coerce")
    high = pd.to_numeric(regions["rank_p95"], errors="coerce")
    wide = int(wide_interval(low, high, len(regions)).sum())
    if wide == 0:
        return [words["narrow"]]
    return [words["caution"].format(count=wide, total=len(regions))]


def summary_sentences(inputs: ReportInputs) -> list[str]:
    """The summary's sentences (plain text, not escaped), in the report's language."""
    words = texts(inputs.language)
    return [
        *_top(inputs, words), *_cores(inputs, words), *specialisation_sentences(inputs),
        *_lifts(inputs, words), *dynamics_sentences(inputs),
        *_moran(inputs, words), *multiple_test_summary(inputs), *_caution(inputs, words),
    ]
