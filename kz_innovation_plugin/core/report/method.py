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
from .model import is_missing, number
from .texts import TEXTS, subindex_label

#: the groups of the section, in order
GROUPS = ("data", "index", "weights", "inference", "cores", "seed", "versions")
#: the file of the full record, in the report's folder
RECORD_FILE = "method.json"

#: sentences and group names; ``{...}`` fields are filled from the record
METHOD_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "data": "Data", "index": "Index", "weights": "Spatial weights",
        "inference": "Inference", "cores": "Cores and zones", "seed": "Seed",
        "versions": "Versions",
        "table": "Indicator table {table}.",
        "table_year": "Indicator table {table}, year {year}.",
        "regions": "{count} regions.",
        "indicators": "{count} indicators in {groups} groups.",
        "missing": "Missing values: {imputation}; {filled} value(s) filled.",
        "max_missing": (
            "A region with more than {share} % of its indicators missing is left out; "
            "left out: {names}."
        ),
        "nobody": "none",
        "treatment": "Outliers: {treatment}.",
        "treated": "Outliers: {treatment}; treated: {names}.",
        "scaling": "Normalisation: {normalisation}; weights: {weighting}; aggregation: "
                   "{aggregation}.",
        "levels": "Levels low, medium and high: {method}.",
        "levels_at": "Levels low, medium and high: {method} ({values}).",
        "uncertainty": (
            "Rank intervals: {runs} Monte Carlo runs, each drawing a normalisation ({norms}), "
            "an aggregation ({aggs}) and an imputation ({imps}), with every weight varied by "
            "up to ±{noise} %{loo}."
        ),
        "loo": " and one indicator left out or none",
        "weights_method": "{method}, {transform}.",
        "neighbours": (
            "Neighbours per region: {low} to {high} (mean {mean}); regions without "
            "neighbours: {islands}."
        ),
        "weights_file": "Weights read from the file {file}.",
        "local": (
            "LISA: {permutations} conditional permutations; Gi*: {gi}. Significance level "
            "{alpha}, corrected for multiple tests by {correction}."
        ),
        "global": "Moran's I, Geary's C and General G: {permutations} permutations.",
        "permutations_gi": "{permutations} conditional permutations",
        "core_rule": "Cores: {mode}{local}{probability}.",
        "probability": ", with a probability of the top level of at least {p}",
        "zones": "Zones: {zones}.",
        "seed_one": (
            "Seed {seed} for the permutations and the Monte Carlo runs: the same seed gives "
            "the same figures."
        ),
        "seed_two": (
            "Seed {spatial} for the permutations and {index} for the Monte Carlo runs: the "
            "same seeds give the same figures."
        ),
        "created": "Made by {tool} on {date} (UTC).",
        "versions_list": "{list}.",
        "group_list": "{group}: {list}.",
    },
    "ru": {
        "data": "Данные", "index": "Индекс", "weights": "Пространственные веса",
        "inference": "Проверка значимости", "cores": "Ядра и зоны", "seed": "Зерно генератора",
        "versions": "Версии",
        "table": "Таблица показателей {table}.",
        "table_year": "Таблица показателей {table}, год {year}.",
        "regions": "Регионов: {count}.",
        "indicators": "Показателей: {count}, групп: {groups}.",
        "missing": "Пропуски: {imputation}; заполнено значений: {filled}.",
        "max_missing": (
            "Регион, у которого пропущено более {share} % показателей, исключается; "
            "исключены: {names}."
        ),
        "nobody": "нет",
        "treatment": "Выбросы: {treatment}.",
        "treated": "Выбросы: {treatment}; обработаны: {names}.",
        "scaling": "Нормировка: {normalisation}; веса: {weighting}; агрегирование: "
                   "{aggregation}.",
        "levels": "Уровни (низкий, средний, высокий): {method}.",
        "levels_at": "Уровни (низкий, средний, высокий): {method} ({values}).",
        "uncertainty": (
            "Интервалы мест: {runs} прогонов Монте-Карло; в каждом случайно выбираются "
            "нормировка ({norms}), агрегирование ({aggs}) и заполнение пропусков ({imps}), "
            "а каждый вес меняется не более чем на ±{noise} %{loo}."
        ),
        "loo": "; исключается один показатель или ни одного",
        "weights_method": "{method}, {transform}.",
        "neighbours": (
            "Соседей у региона: от {low} до {high} (в среднем {mean}); регионов без соседей: "
            "{islands}."
        ),
        "weights_file": "Веса прочитаны из файла {file}.",
        "local": (
            "LISA: {permutations} условных перестановок; Gi*: {gi}. Уровень значимости "
            "{alpha} с поправкой на множественные сравнения: {correction}."
        ),
        "global": "I Морана, C Гири и общий G: {permutations} перестановок.",
        "permutations_gi": "{permutations} условных перестановок",
        "core_rule": "Ядра: {mode}{local}{probability}.",
        "probability": ", с вероятностью высшего уровня не ниже {p}",
        "zones": "Зоны: {zones}.",
        "seed_one": (
            "Зерно {seed} для перестановок и прогонов Монте-Карло: с тем же зерном получаются "
            "те же числа."
        ),
        "seed_two": (
            "Зерно {spatial} для перестановок и {index} для прогонов Монте-Карло: с теми же "
            "зёрнами получаются те же числа."
        ),
        "created": "Создано инструментом {tool} {date} (UTC).",
        "versions_list": "{list}.",
        "group_list": "{group}: {list}.",
    },
    "kk": {
        "data": "Деректер", "index": "Индекс", "weights": "Кеңістіктік салмақтар",
        "inference": "Маңыздылықты тексеру", "cores": "Ядролар мен аймақтар",
        "seed": "Генератордың бастапқы мәні", "versions": "Нұсқалар",
        "table": "Көрсеткіштер кестесі: {table}.",
        "table_year": "Көрсеткіштер кестесі: {table}, жылы: {year}.",
        "regions": "Өңірлер саны: {count}.",
        "indicators": "Көрсеткіштер саны: {count}, топтар саны: {groups}.",
        "missing": "Олқылықтар: {imputation}; толтырылған мәндер саны: {filled}.",
        "max_missing": (
            "Көрсеткіштерінің {share} %-дан астамы жоқ өңір алынып тасталады; алынып "
            "тасталғандар: {names}."
        ),
        "nobody": "жоқ",
        "treatment": "Шығыңқы мәндер: {treatment}.",
        "treated": "Шығыңқы мәндер: {treatment}; өңделгендер: {names}.",
        "scaling": "Нормалау: {normalisation}; салмақтар: {weighting}; біріктіру: "
                   "{aggregation}.",
        "levels": "Деңгейлер (төмен, орташа, жоғары): {method}.",
        "levels_at": "Деңгейлер (төмен, орташа, жоғары): {method} ({values}).",
        "uncertainty": (
            "Орын аралықтары: Монте-Карлоның {runs} жүргізілімі; әрқайсысында нормалау "
            "({norms}), біріктіру ({aggs}) және олқылықтарды толтыру ({imps}) кездейсоқ "
            "таңдалады, ал әр салмақ ±{noise} %-ға дейін өзгереді{loo}."
        ),
        "loo": "; бір көрсеткіш алынып тасталады немесе бірде-біреуі алынбайды",
        "weights_method": "{method}, {transform}.",
        "neighbours": (
            "Өңірдің көршілері: {low}-ден {high}-ге дейін (орташа {mean}); көршісіз өңірлер: "
            "{islands}."
        ),
        "weights_file": "Салмақтар {file} файлынан оқылды.",
        "local": (
            "LISA: {permutations} шартты пермутация; Gi*: {gi}. Маңыздылық деңгейі {alpha}, "
            "көптік салыстыруға түзету: {correction}."
        ),
        "global": "Моранның I, Гиридің C және жалпы G: {permutations} пермутация.",
        "permutations_gi": "{permutations} шартты пермутация",
        "core_rule": "Ядролар: {mode}{local}{probability}.",
        "probability": ", жоғары деңгей ықтималдығы кемінде {p}",
        "zones": "Аймақтар: {zones}.",
        "seed_one": (
            "Пермутациялар мен Монте-Карло жүргізілімдерінің бастапқы мәні {seed}: сол мәнмен "
            "сол сандар шығады."
        ),
        "seed_two": (
            "Пермутациялардың бастапқы мәні {spatial}, Монте-Карло жүргізілімдерінікі {index}: "
            "сол мәндермен сол сандар шығады."
        ),
        "created": "{tool} құралымен {date} (UTC) жасалған.",
        "versions_list": "{list}.",
        "group_list": "{group}: {list}.",
    },
}

#: option values (core.choices) in words: language -> option list -> value -> words
VALUE_WORDS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "imputation": {
            "median": "filled with the median of the regions",
            "mean": "filled with the mean of the regions",
            "national": "filled with the national value",
            "none": "not filled; regions with gaps are left out",
        },
        "imputations": {"median": "median", "mean": "mean", "national": "national value"},
        "treatment": {"winsorise": "winsorised", "log": "logarithm", "sqrt": "square root",
                      "none": "left as they are"},
        "normalisation": {
            "minmax": "min-max (0 to 1)", "minmax100": "min-max (0 to 100)",
            "zscore": "z-score", "rank": "rank",
            "percent_of_reference": "percent of the national value",
            "distance_to_best": "distance to the best",
        },
        "weighting": {"equal": "equal", "user": "set by the user",
                      "pca": "principal components", "entropy": "entropy"},
        "aggregation": {"arithmetic": "arithmetic mean", "geometric": "geometric mean"},
        "level_method": {"thresholds": "fixed thresholds", "quantiles": "terciles",
                         "natural_breaks": "natural breaks (Jenks)"},
        "weight_method": {
            "queen": "queen contiguity (a shared border or corner)",
            "rook": "rook contiguity (a shared border)",
            "knn": "{k} nearest neighbours", "distance_band": "neighbours within {band} km",
            "kernel": "{kernel} kernel",
        },
        "kernel": {"triangular": "triangular", "gaussian": "Gaussian", "bisquare": "bisquare",
                   "epanechnikov": "Epanechnikov", "uniform": "uniform"},
        "transform": {"r": "row-standardised", "b": "binary"},
        "correction": {"fdr": "the false discovery rate (Benjamini-Hochberg)",
                       "bonferroni": "Bonferroni", "none": "no correction"},
        "inference": {"normal": "normal approximation"},
        "core_mode": {"level": "regions of the high level",
                      "top_k": "the {k} regions with the highest index",
                      "threshold": "regions with an index of at least {threshold}"},
        "local_requirement": {"none": "", "lisa": " that are LISA High-High or High-Low",
                              "hotspot": " that are Gi* hot spots at {confidence} % confidence"},
        "zone_method": {"rings": "contiguity rings up to order {order}",
                        "bands": "distance bands of {bands} km",
                        "gravity": "gravity potential (distance decay exponent {beta})"},
    },
    "ru": {
        "imputation": {
            "median": "заполнены медианой по регионам",
            "mean": "заполнены средним по регионам",
            "national": "заполнены значением по республике",
            "none": "не заполнены; регионы с пропусками исключены",
        },
        "imputations": {"median": "медиана", "mean": "среднее",
                        "national": "значение по республике"},
        "treatment": {"winsorise": "винсоризованы", "log": "логарифм",
                      "sqrt": "квадратный корень", "none": "оставлены как есть"},
        "normalisation": {
            "minmax": "мин-макс (от 0 до 1)", "minmax100": "мин-макс (от 0 до 100)",
            "zscore": "z-оценка", "rank": "ранг",
            "percent_of_reference": "процент от значения по республике",
            "distance_to_best": "расстояние до лучшего",
        },
        "weighting": {"equal": "равные", "user": "заданные пользователем",
                      "pca": "по методу главных компонент", "entropy": "энтропийные"},
        "aggregation": {"arithmetic": "арифметическое среднее",
                        "geometric": "геометрическое среднее"},
        "level_method": {"thresholds": "фиксированные пороги", "quantiles": "терцили",
                         "natural_breaks": "естественные границы (Дженкс)"},
        "weight_method": {
            "queen": "смежность «ферзь» (общая граница или вершина)",
            "rook": "смежность «ладья» (общая граница)",
            "knn": "{k} ближайших соседей", "distance_band": "соседи в пределах {band} км",
            "kernel": "ядро «{kernel}»",
        },
        "kernel": {"triangular": "треугольное", "gaussian": "гауссово",
                   "bisquare": "биквадратное", "epanechnikov": "Епанечникова",
                   "uniform": "равномерное"},
        "transform": {"r": "нормированные по строкам", "b": "бинарные"},
        "correction": {"fdr": "доля ложных открытий (Бенджамини — Хохберг)",
                       "bonferroni": "Бонферрони", "none": "без поправки"},
        "inference": {"normal": "нормальное приближение"},
        "core_mode": {"level": "регионы высокого уровня",
                      "top_k": "{k} регионов с наибольшим индексом",
                      "threshold": "регионы с индексом не ниже {threshold}"},
        "local_requirement": {
            "none": "", "lisa": ", относящиеся к LISA «Высокий-Высокий» или «Высокий-Низкий»",
            "hotspot": ", являющиеся горячими точками Gi* с доверием {confidence} %",
        },
        "zone_method": {"rings": "кольца смежности до порядка {order}",
                        "bands": "пояса удалённости {bands} км",
                        "gravity": "гравитационный потенциал (показатель затухания {beta})"},
    },
    "kk": {
        "imputation": {
            "median": "өңірлердің медианасымен толтырылды",
            "mean": "өңірлердің орташа мәнімен толтырылды",
            "national": "ұлттық мәнмен толтырылды",
            "none": "толтырылмады; олқылығы бар өңірлер алынып тасталды",
        },
        "imputations": {"median": "медиана", "mean": "орташа мән", "national": "ұлттық мән"},
        "treatment": {"winsorise": "винзорланды", "log": "логарифм", "sqrt": "квадрат түбір",
                      "none": "өзгеріссіз қалдырылды"},
        "normalisation": {
            "minmax": "мин-макс (0-ден 1-ге дейін)", "minmax100": "мин-макс (0-ден 100-ге дейін)",
            "zscore": "z-баға", "rank": "ранг",
            "percent_of_reference": "ұлттық мәннің пайызы",
            "distance_to_best": "ең үздікке дейінгі қашықтық",
        },
        "weighting": {"equal": "тең", "user": "пайдаланушы белгілеген",
                      "pca": "бас компоненттер әдісімен", "entropy": "энтропиялық"},
        "aggregation": {"arithmetic": "арифметикалық орта", "geometric": "геометриялық орта"},
        "level_method": {"thresholds": "белгіленген шектер", "quantiles": "терцильдер",
                         "natural_breaks": "табиғи үзілістер (Дженкс)"},
        "weight_method": {
            "queen": "«уәзір» көршілестігі (ортақ шекара немесе бұрыш)",
            "rook": "«тура» көршілестігі (ортақ шекара)",
            "knn": "{k} ең жақын көрші", "distance_band": "{band} км ішіндегі көршілер",
            "kernel": "«{kernel}» ядросы",
        },
        "kernel": {"triangular": "үшбұрышты", "gaussian": "Гаусс", "bisquare": "бисквадраттық",
                   "epanechnikov": "Епанечников", "uniform": "біркелкі"},
        "transform": {"r": "жолдар бойынша нормаланған", "b": "екілік"},
        "correction": {"fdr": "жалған ашулар үлесі (Бенджамини–Хохберг)",
                       "bonferroni": "Бонферрони", "none": "түзетусіз"},
        "inference": {"normal": "қалыпты жуықтау"},
        "core_mode": {"level": "жоғары деңгейдегі өңірлер",
                      "top_k": "индексі ең жоғары {k} өңір",
                      "threshold": "индексі {threshold}-ден кем емес өңірлер"},
        "local_requirement": {
            "none": "", "lisa": ", LISA «Жоғары-Жоғары» немесе «Жоғары-Төмен» өңірлері",
            "hotspot": ", {confidence} % сенімділікпен Gi* ыстық нүктелері",
        },
        "zone_method": {"rings": "{order}-ретке дейінгі көршілестік сақиналары",
                        "bands": "{bands} км қашықтық белдеулері",
                        "gravity": "гравитациялық әлеует (сөну дәрежесі {beta})"},
    },
}

#: where each choice is found in a record, by preference (flattened keys)
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
