"""The words of the report's "Method" section in English, Russian and Kazakh: group names,
sentence templates (:data:`METHOD_TEXTS`) and the option values in words
(:data:`VALUE_WORDS`), which :mod:`.method` fills from a run's record."""

from __future__ import annotations

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
