"""Fixed words of the report in English, Russian and Kazakh: headings, sentences and labels.

Every sentence template takes named fields filled by :mod:`.summary` and :mod:`.page`; values
from the data (region names, readings) are inserted as they are, except the known core types,
multiplier readings and gradients, Gi* bins, LISA labels, statistics and the fixed phrases the
full analysis writes (its default title and map captions), which have a translation here.
Russian and Kazakh write numbers with a decimal comma (:data:`DECIMAL_COMMA`).
"""

from __future__ import annotations

from ..zones.cores import CORE_TYPES

LANGUAGES = ("en", "ru", "kk")
#: languages whose numbers are written with a decimal comma (0,05)
DECIMAL_COMMA = ("ru", "kk")

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
        "method": "Method",
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
        "no_sources": "No source was given.",
        "chart_missing": "Not drawn: the data lack {what}.",
        "group_note": (
            "Scoreboard group, as in the Regional Innovation Scoreboard: the index relative to "
            "the national index (or to the mean of the regions) = 100; leader above 125, strong "
            "above 100, moderate above 70, emerging at 70 or below."
        ),
        "meaning": "Meaning",
        "gi_missing": (
            "General G was not computed: it needs non-negative values, at least two of them "
            "non-zero."
        ),
        "islands_note": "{count} region(s) without neighbours count with a spatial lag of 0.",
        "method_record": "The full record of every parameter and library version: {link}.",
        "side": "Side", "side_table": "Table", "side_layer": "Layer",
        "table_row": "Table row", "table_key": "Name in the table", "feature_id": "Feature",
        "layer_key": "Name in the layer", "score": "Similarity", "suggestion": "Did you mean",
        "source_table": "Indicator table: {name}",
        "source_activity": "Region x activity table: {name}",
        "source_layer": "Regions with their indicators: {name}",
        "input_layer": "the input layer",
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
        "group": "Группа",
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
        "gi_counts": "Горячие и холодные точки Gi* Гетиса — Орда (число регионов по классу)",
        "label": "Тип",
        "regions_count": "Регионов",
        "no_local": "Локальные статистики (LISA, Gi*) для этого отчёта не вычислены.",
        "core_id": "Ядро",
        "core_type": "Тип",
        "no_multiplier": "Мультипликативный эффект не измерен.",
        "all_matched": "Все строки таблицы и все регионы сопоставлены.",
        "no_join": "Отчёт о сопоставлении не передан.",
        "unmatched": "Не сопоставлено строк: {count}.",
        "no_sources": "Источники не указаны.",
        "chart_missing": "Не построено: в данных нет {what}.",
        "group_note": (
            "Группа — как в Региональном инновационном табло ЕС: индекс относительно "
            "индекса по республике (или среднего по регионам), принятого за 100; лидер — выше "
            "125, сильный — выше 100, умеренный — выше 70, догоняющий — 70 и ниже."
        ),
        "meaning": "Смысл",
        "gi_missing": (
            "Общий G не вычислен: он требует неотрицательных значений, из которых хотя бы два "
            "не равны нулю."
        ),
        "islands_note": "Регионов без соседей: {count}; их пространственный лаг равен 0.",
        "method_record": "Полная запись всех параметров и версий библиотек: {link}.",
        "side": "Сторона", "side_table": "Таблица", "side_layer": "Слой",
        "table_row": "Строка таблицы", "table_key": "Название в таблице",
        "feature_id": "Объект", "layer_key": "Название в слое", "score": "Сходство",
        "suggestion": "Возможно, имелось в виду",
        "source_table": "Таблица показателей: {name}",
        "source_activity": "Таблица регион × вид деятельности: {name}",
        "source_layer": "Регионы с показателями: {name}",
        "input_layer": "входной слой",
    },
    "kk": {
        "created": "Жасалған күні: {date}",
        "banner": (
            "Мысал деректер: бұл есептегі сандар ресми статистика емес, тек мысал ретінде "
            "берілген. Оларға өңірлер туралы нақты дерек ретінде сілтеме жасамаңыз."
        ),
        "summary": "Қорытынды",
        "maps": "Карталар",
        "ranking": "Рейтинг",
        "subindices": "Субиндекстер",
        "autocorrelation": "Кеңістіктік автокорреляция",
        "cores": "Ядролар және мультипликативтік әсер",
        "join": "Сәйкестендіру есебі",
        "method": "Әдіс сипаттамасы",
        "sources": "Дереккөздер",
        "top": "Рейтингі ең жоғары өңірлер: {regions}.",
        "top_item": "{name} ({rank}-орын, индекс {index}{interval})",
        "top_interval": ", 90 % орын аралығы {low}–{high}",
        "core": "{name} — {kind}: {meaning}.",  # no article in Kazakh
        "no_cores": "Бірде-бір өңір ядро ретінде таңдалмады.",
        "lifts": (
            "Аймақтарды салыстыру бойынша айналасындағы өңірлердің деңгейін көтеретін "
            "ядролар: {names}."
        ),
        "no_lift": (
            "Аймақтарды салыстыру бойынша бірде-бір ядро айналасындағы өңірлердің деңгейін "
            "көтермейді."
        ),
        "moran": "Индекс бойынша Моранның жаһандық I статистикасы: {i} (p = {p}); {verdict}.",
        "moran_sig_pos": (
            "0,05 деңгейінде маңызды; индекс мәндері ұқсас өңірлер көбіне көрші орналасады"
        ),
        "moran_sig_neg": (
            "0,05 деңгейінде маңызды; көрші өңірлердің индекс мәндері көбіне ұқсамайды"
        ),
        "moran_not_sig": "0,05 деңгейінде маңызды емес",
        "moran_no_p": "p-мәні есептелмеген",
        "caution": (
            "Абайлаңыз: {total} өңірдің ішінде 90 % орын аралығы орындардың төрттен бірінен "
            "астамын қамтитын өңірлер саны: {count}; жақын орындарды нақты айырмашылық деп "
            "түсінбеген жөн."
        ),
        "narrow": "90 % орын аралықтары өңірлердің ретін оқуға жеткілікті тар.",
        "no_maps": "Бұл есеп үшін карта салынбады.",
        "rank": "Орын",
        "region": "Өңір",
        "index": "Индекс",
        "level": "Деңгей",
        "interval": "90 % орын аралығы",
        "p_top": "P(жоғары деңгей)",
        "group": "Тобы",
        "ranking_title": "Орын және 90 % орын аралығы (белгісіздік талдауы)",
        "ranking_axis": "Орын (1 = ең инновациялық)",
        "ranking_legend_dot": "Индекс бойынша орын",
        "ranking_legend_line": "90 % орын аралығы",
        "subindex_title": "Өңірлер бойынша субиндекстер (орын ретімен)",
        "subindex_axis": "Субиндекс мәні",
        "scatter_title": "Инновациялық индекстің Моран шашырау диаграммасы",
        "scatter_x": "Стандартталған индекс (z)",
        "scatter_y": "z-тің кеңістіктік лагы",
        "scatter_slope": "Еңіс = Моранның I = {i}",
        "statistic": "Статистика",
        "value": "Мәні",
        "no_moran": "Бұл есеп үшін Моранның жаһандық I статистикасы есептелмеген.",
        "lisa_counts": "LISA кластерлері (түрі бойынша өңірлер саны)",
        "gi_counts": "Гетис–Ордтың Gi* ыстық және суық нүктелері (класы бойынша өңірлер саны)",
        "label": "Түрі",
        "regions_count": "Өңірлер",
        "no_local": "Бұл есеп үшін жергілікті статистикалар (LISA, Gi*) есептелмеген.",
        "core_id": "Ядро",
        "core_type": "Түрі",
        "no_multiplier": "Мультипликативтік әсер өлшенбеген.",
        "all_matched": "Кестенің барлық жолдары мен барлық өңірлер сәйкестендірілді.",
        "no_join": "Сәйкестендіру есебі берілмеген.",
        "unmatched": "Сәйкестендірілмеген жолдар саны: {count}.",
        "no_sources": "Дереккөздер көрсетілмеген.",
        "chart_missing": "Салынбады: деректерде {what} жоқ.",
        "group_note": (
            "Тобы — ЕО-ның Өңірлік инновациялық көрсеткіштер тақтасындағыдай: индекс ұлттық "
            "индекске (немесе өңірлердің орташа мәніне) қатысты, ол 100 деп алынады; көшбасшы — "
            "125-тен жоғары, күшті — 100-ден жоғары, қалыпты — 70-тен жоғары, дамушы — 70 және "
            "одан төмен."
        ),
        "meaning": "Мағынасы",
        "gi_missing": (
            "Жалпы G есептелмеді: оған теріс емес мәндер керек, олардың кемінде екеуі нөлге тең "
            "болмауы тиіс."
        ),
        "islands_note": "Көршісіз өңірлер саны: {count}; олардың кеңістіктік лагы 0-ге тең.",
        "method_record": "Барлық параметрлер мен кітапхана нұсқаларының толық жазбасы: {link}.",
        "side": "Тарап", "side_table": "Кесте", "side_layer": "Қабат",
        "table_row": "Кесте жолы", "table_key": "Кестедегі атауы", "feature_id": "Объект",
        "layer_key": "Қабаттағы атауы", "score": "Ұқсастық", "suggestion": "Мүмкін, мынау",
        "source_table": "Көрсеткіштер кестесі: {name}",
        "source_activity": "Өңір × қызмет түрі кестесі: {name}",
        "source_layer": "Көрсеткіштері бар өңірлер: {name}",
        "input_layer": "кіріс қабаты",
    },
}

#: sub-index column -> group label
SUBINDEX_LABELS = {
    "en": {"si_potenti": "Innovation potential", "si_perform": "Innovation performance"},
    "ru": {"si_potenti": "Инновационный потенциал", "si_perform": "Инновационная результативность"},
    "kk": {"si_potenti": "Инновациялық әлеует", "si_perform": "Инновациялық нәтижелілік"},
}

#: core type (cores.CORE_TYPES keys) -> Russian name and meaning
CORE_TYPES_RU = {
    "agglomeration": (
        "агломерация",
        "регион с высоким индексом среди соседей с высоким индексом (LISA «Высокий-Высокий»): "
        "эффект уже распространяется",
    ),
    "isolated core": (
        "изолированное ядро",
        "регион с высоким индексом среди соседей с низким индексом (LISA «Высокий-Низкий»): "
        "потенциал пока не распространяется",
    ),
    "core in a low-index area": (
        "ядро в зоне низкого индекса",
        "ядро, окружение которого по локальным статистикам имеет низкий индекс (LISA "
        "«Низкий-Низкий» или «Низкий-Высокий», либо холодная точка Gi*): оно выделяется меньше, "
        "чем говорит его уровень",
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

#: core type (cores.CORE_TYPES keys) -> Kazakh name and meaning
CORE_TYPES_KK = {
    "agglomeration": (
        "агломерация",
        "индексі жоғары көршілер арасындағы индексі жоғары өңір (LISA «Жоғары-Жоғары»): "
        "әсер қазірдің өзінде таралып жатыр",
    ),
    "isolated core": (
        "оқшауланған ядро",
        "индексі төмен көршілер арасындағы индексі жоғары өңір (LISA «Жоғары-Төмен»): "
        "әлеует әзірге таралмай отыр",
    ),
    "core in a low-index area": (
        "индексі төмен аймақтағы ядро",
        "жергілікті статистикалар бойынша айналасының индексі төмен ядро (LISA «Төмен-Төмен» "
        "немесе «Төмен-Жоғары», не Gi* суық нүктесі): ол өз деңгейі көрсететіндей "
        "ерекшеленбейді",
    ),
    "hot spot core": (
        "ыстық нүкте ядросы",
        "маңызды LISA кластері жоқ Gi* ыстық нүктесінің бөлігі",
    ),
    "core": (
        "ядро",
        "маңызды жергілікті құрылымы жоқ, индексі жоғары өңір (немесе жергілікті "
        "статистикалар есептелмеген)",
    ),
}
#: language -> core type -> (name, meaning); English comes from cores.CORE_TYPES
CORE_TYPE_TEXTS = {"ru": CORE_TYPES_RU, "kk": CORE_TYPES_KK}

#: multiplier readings (zones.multiplier) in Russian
READINGS_RU = {
    "lifts its surroundings": "повышает уровень окружения",
    "does not lift its surroundings": "не повышает уровень окружения",
    "too few zone regions to judge": "слишком мало регионов в зоне для вывода",
    "no region outside the zones to compare with": "нет регионов вне зон для сравнения",
}
#: multiplier readings (zones.multiplier) in Kazakh
READINGS_KK = {
    "lifts its surroundings": "айналасының деңгейін көтереді",
    "does not lift its surroundings": "айналасының деңгейін көтермейді",
    "too few zone regions to judge": "қорытынды жасау үшін аймақтағы өңірлер тым аз",
    "no region outside the zones to compare with": "салыстыру үшін аймақтардан тыс өңір жоқ",
}
#: language -> multiplier reading -> translation
READING_TEXTS = {"ru": READINGS_RU, "kk": READINGS_KK}

#: the multiplier's gradient signs (zones.multiplier) -> translation
GRADIENT_SIGNS = {
    "ru": {
        "falls with distance": "убывает с расстоянием",
        "rises with distance": "растёт с расстоянием",
        "flat": "без наклона",
        "n/a": "н/д",
    },
    "kk": {
        "falls with distance": "қашықтыққа қарай кемиді",
        "rises with distance": "қашықтыққа қарай артады",
        "flat": "еңіссіз",
        "n/a": "есептелмеді",
    },
}

#: LISA labels (autocorrelation.local.LISA_LABELS values) -> translation; others keep GeoDa's
LISA_LABEL_TEXTS = {
    "ru": {
        "Not significant": "Не значимо", "High-High": "Высокий-Высокий",
        "Low-Low": "Низкий-Низкий", "Low-High": "Низкий-Высокий", "High-Low": "Высокий-Низкий",
        "Undefined": "Не определено", "Isolated": "Изолированный",
    },
    "kk": {
        "Not significant": "Маңызды емес", "High-High": "Жоғары-Жоғары",
        "Low-Low": "Төмен-Төмен", "Low-High": "Төмен-Жоғары", "High-Low": "Жоғары-Төмен",
        "Undefined": "Анықталмаған", "Isolated": "Оқшауланған",
    },
}

#: values the index writes (composite.levels: innov_lvl levels, perf_group scoreboard groups)
VALUE_TEXTS = {
    "ru": {
        "high": "высокий", "medium": "средний", "low": "низкий",
        "leader": "лидер", "strong": "сильный", "moderate": "умеренный",
        "emerging": "догоняющий",
    },
    "kk": {
        "high": "жоғары", "medium": "орташа", "low": "төмен",
        "leader": "көшбасшы", "strong": "күшті", "moderate": "қалыпты", "emerging": "дамушы",
    },
}

#: the Moran scatterplot's quadrant marks (high-high, low-low, low-high, high-low)
QUADRANTS = {
    "en": ("HH", "LL", "LH", "HL"),
    "ru": ("ВВ", "НН", "НВ", "ВН"),
    "kk": ("ЖЖ", "ТТ", "ТЖ", "ЖТ"),
}

#: fixed English phrases written by the full analysis (core.jobs.full: its default title and
#: the captions of its maps) -> translation
PHRASES = {
    "ru": {
        "Innovation clusters of Kazakhstan's regions": "Инновационные кластеры регионов Казахстана",
        "Innovation index levels": "Уровни индекса инноваций",
        "LISA clusters of the index": "Кластеры LISA по индексу",
        "Gi* hot spots of the index": "Горячие точки Gi* по индексу",
        "Cores and influence zones": "Ядра и зоны влияния",
        "Dominant specialisation": "Доминирующая специализация",
        "LISA clusters without correction for multiple tests (not trusted)": (
            "Кластеры LISA без поправки на множественные сравнения (ненадёжно)"
        ),
        "Gi* hot spots without correction for multiple tests (not trusted)": (
            "Горячие точки Gi* без поправки на множественные сравнения (ненадёжно)"
        ),
    },
    "kk": {
        "Innovation clusters of Kazakhstan's regions": (
            "Қазақстан өңірлерінің инновациялық кластерлері"
        ),
        "Innovation index levels": "Инновациялық индекс деңгейлері",
        "LISA clusters of the index": "Индекс бойынша LISA кластерлері",
        "Gi* hot spots of the index": "Индекс бойынша Gi* ыстық нүктелері",
        "Cores and influence zones": "Ядролар және ықпал аймақтары",
        "Dominant specialisation": "Басым мамандану",
        "LISA clusters without correction for multiple tests (not trusted)": (
            "Көптік тексеруге түзетусіз LISA кластерлері (сенімсіз)"
        ),
        "Gi* hot spots without correction for multiple tests (not trusted)": (
            "Көптік тексеруге түзетусіз Gi* ыстық нүктелері (сенімсіз)"
        ),
    },
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
    "kk": {
        -3: "Суық нүкте, 99 % сенімділік", -2: "Суық нүкте, 95 % сенімділік",
        -1: "Суық нүкте, 90 % сенімділік", 0: "Маңызды емес",
        1: "Ыстық нүкте, 90 % сенімділік", 2: "Ыстық нүкте, 95 % сенімділік",
        3: "Ыстық нүкте, 99 % сенімділік",
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
    "kk": {
        "zone_regions": "Аймақ өңірлері", "zone_mean_index": "Аймақтың орташа индексі",
        "national_mean_index": "Елдің орташа индексі",
        "rest_mean_index": "Қалған өңірлердің орташа индексі",
        "lift_vs_national": "Елден артықтығы", "lift_vs_rest": "Қалғандардан артықтығы",
        "gradient_slope": "Градиент еңісі (км-ге)", "gradient_sign": "Градиент",
        "reading": "Тұжырым",
    },
}


def texts(language: str) -> dict[str, str]:
    """The fixed words of ``language`` (one of :data:`LANGUAGES`)."""
    return TEXTS[language]


def subindex_label(column: str, language: str) -> str:
    """Group label of a sub-index column, or the column name when the group is not known."""
    return SUBINDEX_LABELS[language].get(column, column)


def core_type_text(kind: str, language: str) -> tuple[str, str]:
    """(name, meaning) of a core type in ``language``; unknown types keep their name."""
    translated = CORE_TYPE_TEXTS.get(language, {})
    if kind in translated:
        return translated[kind]
    return kind, CORE_TYPES.get(kind, "")


def reading_text(reading: str, language: str) -> str:
    """A multiplier reading in ``language`` (unknown readings as they are)."""
    return READING_TEXTS.get(language, {}).get(reading, reading)


def gradient_text(sign: str, language: str) -> str:
    """A multiplier gradient sign in ``language`` (unknown signs as they are)."""
    return GRADIENT_SIGNS.get(language, {}).get(sign, sign)


def lisa_label_text(label: str, language: str) -> str:
    """A LISA label in ``language``; GeoDa's English label where there is no translation."""
    return LISA_LABEL_TEXTS.get(language, {}).get(label, label)


def value_text(value: str, language: str) -> str:
    """An index level or scoreboard group in ``language`` (other values as they are)."""
    return VALUE_TEXTS.get(language, {}).get(value, value)


def phrase(text: str, language: str) -> str:
    """A fixed phrase of the full analysis (title, map caption) in ``language``, else as it is."""
    return PHRASES.get(language, {}).get(text, text)


def decimal(text: str, language: str) -> str:
    """A formatted number with the decimal mark of ``language`` (a comma in ru and kk)."""
    return text.replace(".", ",") if language in DECIMAL_COMMA else text
