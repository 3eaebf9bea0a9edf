"""The report's "Method" section: the choices that matter, in words, and the full record.

The provenance record of a run (:mod:`..provenance`) holds every parameter (two hundred rows
for the full analysis); the report says in a few sentences per group which choices were
made (data, index, spatial weights, inference, cores and zones, seed, versions) and links
the whole record, written beside the report as ``method.json`` by :mod:`.writer`.

A record may come from the full analysis (``parameters.index``, ``index_method``,
``weights``, ``lisa``, ``hotspots``) or from a single tool (``parameters`` and ``method``);
each choice is looked up under the names either uses, and a sentence whose choices are all
missing is left out.
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Callable
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from ..provenance import portable
from .markup import escape
from .method_words import METHOD_TEXTS, VALUE_WORDS
from .model import is_missing, number
from .texts import TEXTS, subindex_label

#: the groups of the section, in order
GROUPS = ("data", "index", "weights", "inference", "cores", "seed", "versions")
#: the file of the full record, in the report's folder
RECORD_FILE = "method.json"

_INDEX = ("index_method.", "method.", "parameters.index.", "parameters.")
_SPATIAL = ("parameters.spatial.", "parameters.weights.", "parameters.")
_CORES = ("parameters.cores.", "parameters.")


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """``{"a": {"b": 1}}`` -> ``{"a.b": 1}``; lists and other values are kept as they are
    (an empty dict is kept as one value)."""
    flat: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict) and value:
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        else:
            flat[prefix] = value

    walk("", record or {})
    return flat


def _present(value: Any) -> bool:
    if isinstance(value, (list, tuple, dict)):
        return len(value) > 0
    return value is not None and value != "" and not is_missing(value)


class _Record:
    """Look-ups in a flattened record, in the words of one language."""

    def __init__(self, record: dict[str, Any], language: str) -> None:
        self.flat = flatten(record)
        self.record = record or {}
        self.language = language
        self.words = METHOD_TEXTS[language]

    def get(self, name: str, prefixes: tuple[str, ...] = ("",)) -> Any:
        """The first present value of ``prefix + name`` over ``prefixes``, else None."""
        for prefix in prefixes:
            value = self.flat.get(prefix + name)
            if _present(value):
                return value
        return None

    def branch(self, name: str, prefixes: tuple[str, ...]) -> dict[str, Any]:
        """The first non-empty sub-dict ``prefix + name`` of the record, else {}."""
        for prefix in prefixes:
            node: Any = self.record
            for part in (prefix + name).split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, dict) and node:
                return node
        return {}

    def value(self, option_list: str, value: Any, **fields: Any) -> str:
        """An option value in words (unknown values as they are)."""
        text = VALUE_WORDS[self.language].get(option_list, {}).get(str(value), str(value))
        return text.format(**fields) if fields else text

    def number(self, value: Any, digits: int = 2) -> str:
        """A number in the language's notation, with ``digits`` decimals but no trailing
        zeros (0.05 -> "0,05" in Russian, 2.0 -> "2")."""
        if isinstance(value, numbers.Integral) and not isinstance(value, bool):
            return str(int(value))
        try:
            numeric = float(value)
        except (TypeError, ValueError):
            return str(value)
        if not math.isfinite(numeric):
            return number(numeric, digits, self.language)
        text = number(numeric, digits, self.language)
        if "," in text or "." in text:
            text = text.rstrip("0").rstrip(",.")
        return text


@lru_cache(maxsize=1)
def _indicator_names() -> dict[str, dict[str, str]]:
    """Indicator field -> its name in each language, from the catalogue."""
    from ..indicators import load_catalogue

    try:
        catalogue = load_catalogue()
    except Exception:  # names are a nicety: the field names stand in
        return {}
    return {item.field: {"en": item.name_en, "ru": item.name_ru, "kk": item.name_kk}
            for item in catalogue}


def _indicator(field: str, language: str) -> str:
    names = _indicator_names().get(str(field), {})
    return names.get(language) or str(field)


def _listed(values: Any) -> list[str]:
    if isinstance(values, str):
        return [part.strip() for part in values.split(";") if part.strip()]
    if isinstance(values, (list, tuple)):
        return [str(value) for value in values]
    return []


def _data(rec: _Record) -> list[str]:
    words, sentences = rec.words, []
    table = rec.get("join.table", ("parameters.",)) or rec.get("table.source") \
        or rec.get("parameters.table")
    year = rec.get("join.year", ("parameters.",)) or rec.get("table.year") \
        or rec.get("parameters.year")
    if table is not None:
        table = portable(str(table))
        sentences.append(words["table_year" if year is not None else "table"].format(
            table=table, year=year))
    count = rec.get("weights.features") or rec.get("lisa.features")
    if count is not None:
        sentences.append(words["regions"].format(count=rec.number(count)))
    groups = rec.branch("groups", ("index_method.", "method."))
    if groups:
        total = sum(len(_listed(fields)) for fields in groups.values())
        sentences.append(words["indicators"].format(count=total, groups=len(groups)))
        # indicator names hold commas ("R&D expenditure, % of GRP"): one group a sentence,
        # its indicators separated by semicolons
        sentences.extend(words["group_list"].format(
            group=subindex_label(_subindex_field(name), rec.language),
            list="; ".join(_indicator(field, rec.language) for field in _listed(fields)))
            for name, fields in groups.items())
    imputation = rec.get("imputation", _INDEX)
    if imputation is not None:
        filled = rec.get("imputed_values", _INDEX)
        sentences.append(words["missing"].format(
            imputation=rec.value("imputation", imputation),
            filled=rec.number(filled if filled is not None else 0)))
    share = rec.get("max_missing_share", _INDEX)
    if share is not None:
        left = _listed(rec.get("regions_left_out", _INDEX) or [])
        sentences.append(words["max_missing"].format(
            share=rec.number(100 * float(share), 0),
            names=", ".join(left) if left else words["nobody"]))
    return sentences


def _subindex_field(group: str) -> str:
    """The sub-index field of a group (``si_`` and the first 8 characters, as the index
    names it), which :func:`.texts.subindex_label` knows."""
    return f"si_{group}"[:10]


def _index(rec: _Record) -> list[str]:
    words, sentences = rec.words, []
    treatment = rec.get("treatment", _INDEX)
    if treatment is not None:
        treated = rec.branch("treated", ("index_method.", "method."))
        names = "; ".join(_indicator(field, rec.language) for field in treated)
        key = "treated" if treated else "treatment"
        sentences.append(words[key].format(treatment=rec.value("treatment", treatment),
                                           names=names))
    choices = {name: rec.get(name, _INDEX) for name in ("normalisation", "weighting",
                                                         "aggregation")}
    if all(value is not None for value in choices.values()):
        sentences.append(words["scaling"].format(
            **{name: rec.value(name, value) for name, value in choices.items()}))
    method = rec.get("level_method", _INDEX)
    if method is not None:
        thresholds = _listed(rec.get("thresholds", _INDEX) or [])
        values = "; ".join(rec.number(float(t), 3) for t in thresholds)
        key = "levels_at" if thresholds and method == "thresholds" else "levels"
        sentences.append(words[key].format(method=rec.value("level_method", method),
                                           values=values))
    runs = rec.get("uncertainty.runs", _INDEX)
    if runs is not None:
        def options(name: str, option_list: str) -> str:
            return ", ".join(rec.value(option_list, value) for value in
                             _listed(rec.get(f"uncertainty.{name}", _INDEX) or []))

        noise = rec.get("uncertainty.weight_noise", _INDEX) or 0
        loo = rec.get("uncertainty.leave_one_out", _INDEX)
        sentences.append(words["uncertainty"].format(
            runs=rec.number(runs), norms=options("normalisations", "normalisation"),
            aggs=options("aggregations", "aggregation"),
            imps=options("imputations", "imputations"),
            noise=rec.number(100 * float(noise), 0),
            loo=words["loo"] if str(loo).lower() == "true" else ""))
    return sentences


def _weights(rec: _Record) -> list[str]:
    words, sentences = rec.words, []
    method = rec.get("weights.method") or rec.get("weights.method", _SPATIAL)
    if method is not None:
        k = rec.get("weights.k") or rec.get("weights.k", _SPATIAL)
        band = rec.get("weights.band_m")
        kernel = rec.get("weights.kernel") or rec.get("weights.kernel", _SPATIAL)
        described = rec.value(
            "weight_method", method, k=rec.number(k) if k is not None else "k",
            band=rec.number(float(band) / 1000, 0) if band is not None else "…",
            kernel=rec.value("kernel", kernel) if kernel is not None else "")
        transform = rec.get("weights.transform") or rec.get("weights.transform", _SPATIAL)
        sentences.append(words["weights_method"].format(
            method=_capitalised(described),
            transform=rec.value("transform", transform)))
    low, high = rec.get("weights.neighbours_min"), rec.get("weights.neighbours_max")
    if low is not None and high is not None:
        sentences.append(words["neighbours"].format(
            low=rec.number(low), high=rec.number(high),
            mean=rec.number(rec.get("weights.neighbours_mean") or 0, 1),
            islands=rec.number(rec.get("weights.islands") or 0)))
    source = rec.get("weights.source") or rec.get("weights_file", _SPATIAL)
    if source is not None:
        sentences.append(words["weights_file"].format(file=portable(str(source))))
    return sentences


def _capitalised(text: str) -> str:
    """``text`` with its first letter upper-case (after any opening quote)."""
    for position, character in enumerate(text):
        if character.isalpha():
            return text[:position] + character.upper() + text[position + 1:]
    return text


def _inference(rec: _Record) -> list[str]:
    words, sentences = rec.words, []
    permutations = rec.get("lisa.permutations") or rec.get("permutations", _SPATIAL)
    alpha = rec.get("lisa.alpha") or rec.get("alpha", _SPATIAL)
    correction = rec.get("lisa.correction") or rec.get("correction", _SPATIAL)
    if permutations is not None and alpha is not None and correction is not None:
        inference = rec.get("hotspots.inference") or rec.get("inference", _SPATIAL)
        gi_permutations = rec.get("hotspots.permutations") or permutations
        gi = (words["permutations_gi"].format(permutations=rec.number(gi_permutations))
              if inference in (None, "permutation") else rec.value("inference", inference))
        sentences.append(words["local"].format(
            permutations=rec.number(permutations), gi=gi, alpha=rec.number(alpha, 3),
            correction=rec.value("correction", correction)))
    spatial_permutations = rec.get("permutations", ("parameters.spatial.",))
    if spatial_permutations is not None:
        sentences.append(words["global"].format(permutations=rec.number(spatial_permutations)))
    return sentences


def _cores(rec: _Record) -> list[str]:
    words, sentences = rec.words, []
    mode = rec.get("rule.mode", _CORES)
    if mode is not None:
        threshold = rec.get("rule.threshold", _CORES)
        described = rec.value(
            "core_mode", mode, k=rec.number(rec.get("rule.k", _CORES) or 0),
            threshold=rec.number(threshold, 3) if threshold is not None else "…")
        local = rec.get("rule.local", _CORES) or "none"
        confidence = rec.get("rule.confidence", _CORES) or 95
        probability = rec.get("rule.min_probability", _CORES)
        sentences.append(words["core_rule"].format(
            mode=described, local=rec.value("local_requirement", local,
                                            confidence=rec.number(confidence)),
            probability="" if probability is None else
            words["probability"].format(p=rec.number(probability))))
    zone_method = rec.get("zone_method", _CORES)
    if zone_method is not None:
        bands = _listed(rec.get("bands_km", _CORES) or [])
        described = rec.value(
            "zone_method", zone_method, order=rec.number(rec.get("max_order", _CORES) or 1),
            bands=", ".join(rec.number(float(b), 1) for b in bands) or "…",
            beta=rec.number(rec.get("beta", _CORES) or 2))
        sentences.append(words["zones"].format(zones=described))
    return sentences


def _seed(rec: _Record) -> list[str]:
    spatial = rec.get("seed", ("parameters.spatial.", "lisa.", "parameters."))
    index = rec.get("uncertainty.seed", _INDEX)
    if spatial is None and index is None:
        spatial = rec.get("seed")
    if spatial is None and index is None:
        return []
    if spatial is None or index is None or str(spatial) == str(index):
        seed = spatial if spatial is not None else index
        return [rec.words["seed_one"].format(seed=rec.number(seed))]
    return [rec.words["seed_two"].format(spatial=rec.number(spatial), index=rec.number(index))]


def _versions(rec: _Record) -> list[str]:
    sentences = []
    tool, created = rec.get("tool"), rec.get("created_utc")
    if tool is not None and created is not None:
        sentences.append(rec.words["created"].format(
            tool=tool, date=str(created).replace("T", " ").rstrip("Z")))
    versions = rec.branch("versions", ("",))
    if versions:
        sentences.append(rec.words["versions_list"].format(
            list=", ".join(f"{name} {version}" for name, version in versions.items())))
    return sentences


#: group -> the function writing its sentences
_WRITERS: dict[str, Callable[[_Record], list[str]]] = {
    "data": _data, "index": _index, "weights": _weights, "inference": _inference,
    "cores": _cores, "seed": _seed, "versions": _versions,
}


def method_groups(record: dict[str, Any], language: str = "en") -> list[tuple[str, list[str]]]:
    """The method in words: (group name, sentences) for each group that has any.

    Parameters
    ----------
    record : dict
        A provenance record (of the full analysis or of one tool).
    language : str
        ``"en"``, ``"ru"`` or ``"kk"``.
    """
    rec = _Record(portable(record or {}), language)
    groups = []
    for group in GROUPS:
        sentences = _WRITERS[group](rec)
        if sentences:
            groups.append((rec.words[group], sentences))
    return groups


def method_html(record: dict[str, Any], language: str, record_src: str | None) -> str:
    """The section's body: a table of the groups and a link to the full record."""
    groups = method_groups(record, language)
    rows = "".join(
        f'<tr><th scope="row">{escape(name)}</th><td>'
        + "".join(f"<p>{escape(sentence)}</p>" for sentence in sentences) + "</td></tr>\n"
        for name, sentences in groups)
    parts = [f'<table class="method"><tbody>{rows}</tbody></table>'] if rows else []
    if record_src:
        before, _, after = TEXTS[language]["method_record"].partition("{link}")
        parts.append(f'<p>{escape(before)}<a href="{escape(record_src)}">'
                     f"{escape(RECORD_FILE)}</a>{escape(after)}</p>")
    return "\n".join(parts)


def _jsonable(value: Any) -> Any:
    """``value`` as plain JSON data: numpy scalars as numbers, NaN and infinity as null,
    tuples as lists, paths by their name, anything else as its text."""
    if isinstance(value, dict):
        return {str(key): _jsonable(inner) for key, inner in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(inner) for inner in value]
    if isinstance(value, PurePath):
        return value.name
    return _json_scalar(value)


def _json_scalar(value: Any) -> Any:
    """A value that is not a container as JSON data (see :func:`_jsonable`)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if hasattr(value, "item"):
        try:
            value = value.item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value) if math.isfinite(float(value)) else None
    if is_missing(value):
        return None
    return str(value)


def record_json(record: dict[str, Any]) -> str:
    """The full record as indented JSON text, absolute paths reduced to file names."""
    return json.dumps(_jsonable(portable(record or {})), ensure_ascii=False, indent=2) + "\n"
