"""The global statistics' names and one-line meanings in English, Russian and Kazakh, as the
report's autocorrelation table shows them."""

from __future__ import annotations

#: the global statistics (columns of the global autocorrelation table, in display order):
#: key -> (name, one-line meaning); ``note`` is not shown as such (see sections.py)
STATISTICS = {
    "en": {
        "moran_i": ("Moran's I", "Global spatial autocorrelation of the index: above E[I], "
                    "similar values are neighbours; below, neighbours differ."),
        "moran_ei": ("Expected Moran's I, E[I]",
                     "The value of I without any spatial pattern: −1/(n − 1)."),
        "moran_z_norm": ("Moran's I, z-score (normality)",
                         "Distance of I from E[I] in standard deviations, if the values were "
                         "normally distributed."),
        "moran_p_norm": ("Moran's I, p-value (normality)", "Two-sided p-value of that z-score."),
        "moran_z_rand": ("Moran's I, z-score (randomisation)",
                         "The same distance if every arrangement of the observed values is "
                         "equally likely."),
        "moran_p_rand": ("Moran's I, p-value (randomisation)",
                         "Two-sided p-value of that z-score."),
        "moran_p_sim": ("Moran's I, pseudo p-value (permutations)",
                        "Share of random rearrangements of the values with an I at least as "
                        "extreme as the observed one."),
        "geary_c": ("Geary's C", "Global autocorrelation from squared differences between "
                    "neighbours: below 1, neighbours are alike; above 1, they differ."),
        "geary_z_rand": ("Geary's C, z-score (randomisation)",
                         "Distance of C from 1 (no pattern) in standard deviations."),
        "geary_p_rand": ("Geary's C, p-value (randomisation)",
                         "One-sided p-value, in the direction of the observed C."),
        "geary_p_sim": ("Geary's C, pseudo p-value (permutations)",
                        "Share of random rearrangements with a C at least as extreme as the "
                        "observed one."),
        "getis_g": ("Getis-Ord General G", "How strongly high values sit next to high values: "
                    "above E[G], high values cluster; below, low values do."),
        "getis_g_ei": ("Expected General G, E[G]", "The value of G without any spatial pattern."),
        "getis_g_z": ("General G, z-score", "Distance of G from E[G] in standard deviations."),
        "getis_g_p_norm": ("General G, p-value (normality)",
                           "One-sided p-value of that z-score."),
        "getis_g_p_sim": ("General G, pseudo p-value (permutations)",
                          "Share of random rearrangements with a G at least as extreme as the "
                          "observed one."),
        "n": ("Regions", "Number of regions tested."),
        "islands": ("Regions without neighbours",
                    "Regions with no neighbour in the weights; their spatial lag is 0."),
        "permutations": ("Permutations",
                         "Random rearrangements of the values behind the pseudo p-values."),
        "seed": ("Random seed",
                 "The same seed repeats the permutations, and so the pseudo p-values, exactly."),
        "transform": ("Weights of Moran's I and Geary's C",
                      "Row-standardised (a region's neighbour weights sum to 1) or binary (1 "
                      "for each neighbour); General G always uses binary weights."),
        "field": ("Field", "The field tested."),
    },
    "ru": {
        "moran_i": ("I Морана", "Глобальная пространственная автокорреляция индекса: выше "
                    "E[I] — сходные значения соседствуют, ниже — соседи различаются."),
        "moran_ei": ("Ожидаемое I Морана, E[I]",
                     "Значение I без пространственной структуры: −1/(n − 1)."),
        "moran_z_norm": ("I Морана, z-оценка (нормальность)",
                         "Отклонение I от E[I] в стандартных отклонениях, если бы значения были "
                         "распределены нормально."),
        "moran_p_norm": ("I Морана, p-значение (нормальность)",
                         "Двустороннее p-значение этой z-оценки."),
        "moran_z_rand": ("I Морана, z-оценка (рандомизация)",
                         "То же отклонение, если любое размещение наблюдённых значений "
                         "равновероятно."),
        "moran_p_rand": ("I Морана, p-значение (рандомизация)",
                         "Двустороннее p-значение этой z-оценки."),
        "moran_p_sim": ("I Морана, псевдо-p-значение (перестановки)",
                        "Доля случайных перестановок значений, при которых I не менее "
                        "экстремально, чем наблюдённое."),
        "geary_c": ("C Гири", "Глобальная автокорреляция по квадратам разностей соседей: "
                    "меньше 1 — соседи сходны, больше 1 — различаются."),
        "geary_z_rand": ("C Гири, z-оценка (рандомизация)",
                         "Отклонение C от 1 (нет структуры) в стандартных отклонениях."),
        "geary_p_rand": ("C Гири, p-значение (рандомизация)",
                         "Одностороннее p-значение в направлении наблюдённого C."),
        "geary_p_sim": ("C Гири, псевдо-p-значение (перестановки)",
                        "Доля случайных перестановок, при которых C не менее экстремально, чем "
                        "наблюдённое."),
        "getis_g": ("Общий G Гетиса — Орда", "Насколько высокие значения соседствуют с "
                    "высокими: выше E[G] — группируются высокие значения, ниже — низкие."),
        "getis_g_ei": ("Ожидаемое G, E[G]", "Значение G без пространственной структуры."),
        "getis_g_z": ("Общий G, z-оценка", "Отклонение G от E[G] в стандартных отклонениях."),
        "getis_g_p_norm": ("Общий G, p-значение (нормальность)",
                           "Одностороннее p-значение этой z-оценки."),
        "getis_g_p_sim": ("Общий G, псевдо-p-значение (перестановки)",
                          "Доля случайных перестановок, при которых G не менее экстремально, "
                          "чем наблюдённое."),
        "n": ("Регионов", "Число проверенных регионов."),
        "islands": ("Регионов без соседей",
                    "Регионы без соседей в матрице весов; их пространственный лаг равен 0."),
        "permutations": ("Перестановок",
                         "Число случайных перестановок значений для псевдо-p-значений."),
        "seed": ("Зерно генератора",
                 "С тем же зерном перестановки, а значит и псевдо-p-значения, повторяются "
                 "точно."),
        "transform": ("Веса для I Морана и C Гири",
                      "Нормированные по строкам (веса соседей региона в сумме дают 1) или "
                      "бинарные (1 для каждого соседа); общий G всегда использует бинарные "
                      "веса."),
        "field": ("Поле", "Проверяемое поле."),
    },
    "kk": {
        "moran_i": ("Моранның I", "Индекстің жаһандық кеңістіктік автокорреляциясы: E[I]-ден "
                    "жоғары болса, ұқсас мәндер көрші орналасады, төмен болса, көршілер "
                    "ерекшеленеді."),
        "moran_ei": ("Моранның күтілетін I мәні, E[I]",
                     "Кеңістіктік құрылым болмағандағы I мәні: −1/(n − 1)."),
        "moran_z_norm": ("Моранның I, z-баға (қалыптылық)",
                         "Мәндер қалыпты үлестірілген болса, I-дің E[I]-ден стандартты "
                         "ауытқулармен өлшенген қашықтығы."),
        "moran_p_norm": ("Моранның I, p-мәні (қалыптылық)", "Осы z-бағаның екі жақты p-мәні."),
        "moran_z_rand": ("Моранның I, z-баға (рандомизация)",
                         "Байқалған мәндердің кез келген орналасуы бірдей ықтимал болғандағы "
                         "сол қашықтық."),
        "moran_p_rand": ("Моранның I, p-мәні (рандомизация)",
                         "Осы z-бағаның екі жақты p-мәні."),
        "moran_p_sim": ("Моранның I, жалған p-мәні (пермутациялар)",
                        "I мәні байқалғанмен бірдей немесе одан да шеткі болған кездейсоқ "
                        "пермутациялардың үлесі."),
        "geary_c": ("Гиридің C", "Көршілер айырмаларының квадраттары бойынша жаһандық "
                    "автокорреляция: 1-ден кіші болса, көршілер ұқсас, 1-ден үлкен болса, "
                    "ерекшеленеді."),
        "geary_z_rand": ("Гиридің C, z-баға (рандомизация)",
                         "C-дің 1-ден (құрылым жоқ) стандартты ауытқулармен өлшенген "
                         "қашықтығы."),
        "geary_p_rand": ("Гиридің C, p-мәні (рандомизация)",
                         "Байқалған C бағытындағы бір жақты p-мәні."),
        "geary_p_sim": ("Гиридің C, жалған p-мәні (пермутациялар)",
                        "C мәні байқалғанмен бірдей немесе одан да шеткі болған кездейсоқ "
                        "пермутациялардың үлесі."),
        "getis_g": ("Гетис–Ордтың жалпы G", "Жоғары мәндердің жоғары мәндермен қаншалықты "
                    "көрші екені: E[G]-ден жоғары болса, жоғары мәндер, төмен болса, төмен "
                    "мәндер топтасады."),
        "getis_g_ei": ("Күтілетін G мәні, E[G]", "Кеңістіктік құрылым болмағандағы G мәні."),
        "getis_g_z": ("Жалпы G, z-баға",
                      "G-дің E[G]-ден стандартты ауытқулармен өлшенген қашықтығы."),
        "getis_g_p_norm": ("Жалпы G, p-мәні (қалыптылық)", "Осы z-бағаның бір жақты p-мәні."),
        "getis_g_p_sim": ("Жалпы G, жалған p-мәні (пермутациялар)",
                          "G мәні байқалғанмен бірдей немесе одан да шеткі болған кездейсоқ "
                          "пермутациялардың үлесі."),
        "n": ("Өңірлер", "Тексерілген өңірлер саны."),
        "islands": ("Көршісіз өңірлер",
                    "Салмақтарда көршісі жоқ өңірлер; олардың кеңістіктік лагы 0-ге тең."),
        "permutations": ("Пермутациялар",
                         "Жалған p-мәндерін беретін кездейсоқ пермутациялар саны."),
        "seed": ("Кездейсоқ генератордың бастапқы мәні",
                 "Сол мәнмен пермутациялар, демек жалған p-мәндері де, дәл қайталанады."),
        "transform": ("Моранның I мен Гиридің C салмақтары",
                      "Жолдар бойынша нормаланған (өңір көршілерінің салмақтарының қосындысы "
                      "1) немесе екілік (әр көршіге 1); жалпы G әрқашан екілік салмақтарды "
                      "пайдаланады."),
        "field": ("Өріс", "Тексерілген өріс."),
    },
}
#: the names alone: language -> statistic -> name
STAT_LABELS = {language: {key: name for key, (name, _) in table.items()}
               for language, table in STATISTICS.items()}


def stat_label(key: str, language: str) -> str:
    """Label of a global statistic, or its key when it has none."""
    return STAT_LABELS[language].get(key, key)


def stat_meaning(key: str, language: str) -> str:
    """One-line meaning of a global statistic, or "" when it has none."""
    return STATISTICS[language].get(key, ("", ""))[1]
