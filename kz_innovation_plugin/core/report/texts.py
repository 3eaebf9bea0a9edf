"""Fixed words of the report in English and Russian: headings, sentences and labels.

Every sentence template takes named fields filled by :mod:`.summary` and :mod:`.page`; values
from the data (region names, readings) are inserted as they are, except the known core types,
multiplier readings and Gi* bins, which have a translation here.
"""

from __future__ import annotations

from ..zones.cores import CORE_TYPES

LANGUAGES = ("en", "ru")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "created": "Created {date}",
        "banner": (
            "Illustrative data: the figures in this report are illustrative, not official "
            "statistics. Do not cite them as facts about the regions."
        ),
        "summary": "Summary",
        "maps": "Maps",
        "ranking": "Ranking",
        "subindices": "Sub-indices",
        "autocorrelation": "Spatial autocorrelation",
        "cores": "Cores and multiplier effect",
        "join": "Join report",
        "method": "Method record",
        "sources": "Sources",
        "top": "The highest-ranked regions are {regions}.",
        "top_item": "{name} (rank {rank}, index {index}{interval})",
        "top_interval": ", 90 % rank interval {low}–{high}",
        "core": "{name} is {article} {kind}: {meaning}.",
        "no_cores": "No region was selected as a core.",
        "lifts": "According to the zone comparison, {names} lift(s) the surrounding regions.",
        "no_lift": "According to the zone comparison, no core lifts its surrounding regions.",
        "moran": "Global Moran's I of the index is {i} (p = {p}): {verdict}.",
        "moran_sig_pos": (
            "significant at the 0.05 level; regions with similar index values tend to be "
            "neighbours"
        ),
        "moran_sig_neg": (
            "significant at the 0.05 level; neighbouring regions tend to have dissimilar index "
            "values"
        ),
        "moran_not_sig": "not significant at the 0.05 level",
        "moran_no_p": "no p-value was computed",
        "caution": (
            "Caution: the 90 % rank interval of {count} of {total} region(s) spans more than a "
            "quarter of the ranks; close ranks should not be read as real differences."
        ),
        "narrow": "The 90 % rank intervals are narrow enough to read the order of the regions.",
        "no_maps": "No map was rendered for this report.",
        "rank": "Rank",
        "region": "Region",
        "index": "Index",
        "level": "Level",
        "interval": "90 % rank interval",
        "p_top": "P(top level)",
        "group": "Scoreboard group",
        "ranking_title": "Rank and 90 % rank interval (uncertainty analysis)",
        "ranking_axis": "Rank (1 = most innovative)",
        "ranking_legend_dot": "Rank by the index",
        "ranking_legend_line": "90 % rank interval",
        "subindex_title": "Sub-indices by region (ordered by rank)",
        "subindex_axis": "Sub-index value",
        "scatter_title": "Moran scatterplot of the innovation index",
        "scatter_x": "Standardised index (z)",
        "scatter_y": "Spatial lag of z",
        "scatter_slope": "Slope = Moran's I = {i}",
        "statistic": "Statistic",
        "value": "Value",
        "no_moran": "Global Moran's I was not computed for this report.",
        "lisa_counts": "LISA clusters (regions by label)",
        "gi_counts": "Getis-Ord Gi* hot and cold spots (regions by bin)",
        "label": "Label",
        "regions_count": "Regions",
        "no_local": "No local statistics (LISA, Gi*) were computed for this report.",
        "core_id": "Core",
        "core_type": "Type",
        "no_multiplier": "The multiplier effect was not measured.",
        "all_matched": "Every table row and region matched.",
        "no_join": "No join report was given.",
        "unmatched": "{count} row(s) did not match:",
        "key": "Key",
        "no_sources": "No source was given.",
        "chart_missing": "Not drawn: the data lack {what}.",
    },
    "ru": {
        "created": "Создан {date}",
        "banner": (
            "Иллюстративные данные: показатели в этом отчёте иллюстративные, а не официальная "
            "статистика. Не ссылайтесь на них как на факты о регионах."
        ),
        "summary": "Сводка",
        "maps": "Карты",
        "ranking": "Рейтинг",
        "subindices": "Субиндексы",
        "autocorrelation": "Пространственная автокорреляция",
        "cores": "Ядра и мультипликативный эффект",
        "join": "Отчёт о сопоставлении",
        "method": "Описание метода",
        "sources": "Источники",
        "top": "Наивысший рейтинг у регионов: {regions}.",
        "top_item": "{name} (место {rank}, индекс {index}{interval})",
        "top_interval": ", 90 % интервал мест {low}–{high}",
        "core": "{name} — {kind}: {meaning}.",  # no article in Russian
        "no_cores": "Ни один регион не выбран ядром.",
        "lifts": "По сравнению зон, {names} повышает(ют) уровень окружающих регионов.",
        "no_lift": "По сравнению зон, ни одно ядро не повышает уровень окружающих регионов.",
        "moran": "Глобальный индекс Морана для индекса равен {i} (p = {p}): {verdict}.",
        "moran_sig_pos": (
            "значим на уровне 0,05; регионы со сходными значениями индекса чаще соседствуют"
        ),
        "moran_sig_neg": (
            "значим на уровне 0,05; соседние регионы чаще имеют несходные значения индекса"
        ),
        "moran_not_sig": "не значим на уровне 0,05",
        "moran_no_p": "p-значение не вычислено",
        "caution": (
            "Осторожно: 90 % интервал мест у {count} из {total} регионов охватывает больше "
            "четверти мест; близкие места не следует считать реальными различиями."
        ),
        "narrow": "90 % интервалы мест достаточно узки, чтобы читать порядок регионов.",
        "no_maps": "Карты для этого отчёта не построены.",
        "rank": "Место",
        "region": "Регион",
        "index": "Индекс",
        "level": "Уровень",
        "interval": "90 % интервал мест",
        "p_top": "P(высший уровень)",
        "group": "Группа (scoreboard)",
        "ranking_title": "Место и 90 % интервал мест (анализ неопределённости)",
        "ranking_axis": "Место (1 = самый инновационный)",
        "ranking_legend_dot": "Место по индексу",
        "ranking_legend_line": "90 % интервал мест",
        "subindex_title": "Субиндексы по регионам (в порядке мест)",
        "subindex_axis": "Значение субиндекса",
        "scatter_title": "Диаграмма рассеяния Морана для инновационного индекса",
        "scatter_x": "Стандартизованный индекс (z)",
        "scatter_y": "Пространственный лаг z",
        "scatter_slope": "Наклон = I Морана = {i}",
        "statistic": "Показатель",
        "value": "Значение",
        "no_moran": "Глобальный индекс Морана для этого отчёта не вычислен.",
        "lisa_counts": "Кластеры LISA (число регионов по типу)",
        "gi_counts": "Горячие и холодные точки Getis-Ord Gi* (число регионов по классу)",
        "label": "Тип",
        "regions_count": "Регионов",
        "no_local": "Локальные статистики (LISA, Gi*) для этого отчёта не вычислены.",
        "core_id": "Ядро",
        "core_type": "Тип",
        "no_multiplier": "Мультипликативный эффект не измерен.",
        "all_matched": "Все строки таблицы и все регионы сопоставлены.",
        "no_join": "Отчёт о сопоставлении не передан.",
        "unmatched": "Не сопоставлено строк: {count}.",
        "key": "Ключ",
        "no_sources": "Источники не указаны.",
        "chart_missing": "Не построено: в данных нет {what}.",
    },
}

#: sub-index column -> group label
SUBINDEX_LABELS = {
    "en": {"si_potenti": "Innovation potential", "si_perform": "Innovation performance"},
    "ru": {"si_potenti": "Инновационный потенциал", "si_perform": "Инновационная результативность"},
}

#: core type (cores.CORE_TYPES keys) -> Russian name and meaning
CORE_TYPES_RU = {
    "agglomeration": (
        "агломерация",
        "регион с высоким индексом среди соседей с высоким индексом (LISA High-High): "
        "эффект уже распространяется",
    ),
    "isolated core": (
        "изолированное ядро",
        "регион с высоким индексом среди соседей с низким индексом (LISA High-Low): "
        "потенциал пока не распространяется",
    ),
    "core in a low-index area": (
        "ядро в зоне низкого индекса",
        "ядро, окружение которого по локальным статистикам имеет низкий индекс (LISA Low-Low "
        "или Low-High, либо холодная точка Gi*): оно выделяется меньше, чем говорит его уровень",
    ),
    "hot spot core": (
        "ядро горячей точки",
        "часть горячей точки Gi* без значимого кластера LISA",
    ),
    "core": (
        "ядро",
        "регион с высоким индексом без значимой локальной структуры (или локальные "
        "статистики не вычислялись)",
    ),
}

#: multiplier readings (zones.multiplier) in Russian
READINGS_RU = {
    "lifts its surroundings": "повышает уровень окружения",
    "does not lift its surroundings": "не повышает уровень окружения",
    "too few zone regions to judge": "слишком мало регионов в зоне для вывода",
    "no region outside the zones to compare with": "нет регионов вне зон для сравнения",
}

#: Gi_Bin -> label
GI_LABELS = {
    "en": {
        -3: "Cold spot, 99 % confidence", -2: "Cold spot, 95 % confidence",
        -1: "Cold spot, 90 % confidence", 0: "Not significant",
        1: "Hot spot, 90 % confidence", 2: "Hot spot, 95 % confidence",
        3: "Hot spot, 99 % confidence",
    },
    "ru": {
        -3: "Холодная точка, 99 %", -2: "Холодная точка, 95 %", -1: "Холодная точка, 90 %",
        0: "Не значимо", 1: "Горячая точка, 90 %", 2: "Горячая точка, 95 %",
        3: "Горячая точка, 99 %",
    },
}

#: headings of the multiplier table's columns
MULTIPLIER_HEADINGS = {
    "en": {
        "zone_regions": "Zone regions", "zone_mean_index": "Zone mean index",
        "national_mean_index": "National mean index", "rest_mean_index": "Rest mean index",
        "lift_vs_national": "Lift vs national", "lift_vs_rest": "Lift vs rest",
        "gradient_slope": "Gradient slope (per km)", "gradient_sign": "Gradient",
        "reading": "Reading",
    },
    "ru": {
        "zone_regions": "Регионы зоны", "zone_mean_index": "Средний индекс зоны",
        "national_mean_index": "Средний индекс страны", "rest_mean_index": "Средний индекс прочих",
        "lift_vs_national": "Превышение над страной", "lift_vs_rest": "Превышение над прочими",
        "gradient_slope": "Наклон градиента (на км)", "gradient_sign": "Градиент",
        "reading": "Вывод",
    },
}


def texts(language: str) -> dict[str, str]:
    """The fixed words of ``language`` ("en" or "ru")."""
    return TEXTS[language]


def subindex_label(column: str, language: str) -> str:
    """Group label of a sub-index column, or the column name when the group is not known."""
    return SUBINDEX_LABELS[language].get(column, column)


def core_type_text(kind: str, language: str) -> tuple[str, str]:
    """(name, meaning) of a core type in ``language``; unknown types keep their name."""
    if language == "ru" and kind in CORE_TYPES_RU:
        return CORE_TYPES_RU[kind]
    return kind, CORE_TYPES.get(kind, "")


def reading_text(reading: str, language: str) -> str:
    """A multiplier reading in ``language`` (unknown readings as they are)."""
    return READINGS_RU.get(reading, reading) if language == "ru" else reading
