"""The report's specialisation section: the typology of regions, the LQ heat map, the stars.

Its words in English, Russian and Kazakh are here, beside the section, so that
:mod:`.texts` does not grow with every capability; activity names are the table's own.
"""

from __future__ import annotations

from functools import lru_cache

from ..specialisation.typology import NO_PROFILE, TYPES
from .markup import escape, figure, note, table
from .model import ReportInputs, is_missing, names_of, number
from .texts import value_text

#: the section's fixed words, by language
WORDS = {
    "en": {
        "specialisation": "Specialisation",
        "about": "Region x activity table: {about}.",
        "summed": ("Its regions are a newer boundary set than the analysis's; they were summed "
                   "to the analysis's regions: {sums}. The heat map and the stars show the "
                   "table's own regions."),
        "rule": ("A region is specialised when its dominant activity's location quotient "
                 "(LQ) is at least {lq}, the European Cluster Observatory's specialisation "
                 "star, and its structure is more concentrated than the country's (HHI above "
                 "{hhi}); otherwise it is diversified. A region with missing cells and no "
                 "total has no profile. Stars: size (top {size} % of regions for the "
                 "activity), specialisation (LQ at least {lq}) and focus (top {focus} % by "
                 "the activity's share of the region)."),
        "type": "Type", "dominant": "Dominant activity", "hhi": "HHI",
        "krugman": "Krugman index", "activity": "Activity", "stars": "Stars",
        "level": "Level", "region": "Region",
        "heatmap_title": "Location quotients by region and activity",
        "heatmap_scale": "LQ (log scale; 1 = the country's structure)",
        "no_stars": "No region and activity earns two or more stars.",
        "stars_heading": "Region and activity pairs with two or three stars",
        "typed": "Typology by specialisation ({about}): {sentences}.",
        "typed_item": "{name}: {type}",
    },
    "ru": {
        "specialisation": "Специализация",
        "about": "Таблица регион × вид деятельности: {about}.",
        "summed": ("Её регионы относятся к более новому набору границ, чем регионы анализа; "
                   "они просуммированы до регионов анализа: {sums}. Тепловая карта и звёзды "
                   "показывают собственные регионы таблицы."),
        "rule": ("Регион специализирован, если коэффициент локализации (LQ) его "
                 "доминирующего вида деятельности не меньше {lq} (звезда специализации "
                 "European Cluster Observatory), а его структура концентрированнее, чем у "
                 "страны (ИХХ выше {hhi}); иначе он диверсифицирован. У региона с "
                 "пропущенными ячейками и без итога нет профиля. Звёзды: размер "
                 "(верхние {size} % регионов по виду деятельности), специализация (LQ не "
                 "меньше {lq}) и фокус (верхние {focus} % по доле вида деятельности в "
                 "регионе)."),
        "type": "Тип", "dominant": "Доминирующий вид деятельности", "hhi": "ИХХ",
        "krugman": "Индекс Кругмана", "activity": "Вид деятельности", "stars": "Звёзды",
        "level": "Уровень", "region": "Регион",
        "heatmap_title": "Коэффициенты локализации по регионам и видам деятельности",
        "heatmap_scale": "LQ (логарифмическая шкала; 1 — структура страны)",
        "no_stars": "Ни одна пара регион — вид деятельности не получает двух или трёх звёзд.",
        "stars_heading": "Пары регион — вид деятельности с двумя или тремя звёздами",
        "typed": "Типология по специализации ({about}): {sentences}.",
        "typed_item": "{name} — {type}",
    },
    "kk": {
        "specialisation": "Мамандану",
        "about": "Өңір × қызмет түрі кестесі: {about}.",
        "summed": ("Оның өңірлері талдау өңірлерінен жаңарақ шекаралар жиынына жатады; олар "
                   "талдау өңірлеріне қосылды: {sums}. Жылу картасы мен жұлдыздар кестенің "
                   "өз өңірлерін көрсетеді."),
        "rule": ("Басым қызмет түрінің оқшаулану коэффициенті (LQ) кемінде {lq} болса "
                 "(European Cluster Observatory-дің мамандану жұлдызы) және құрылымы ел "
                 "құрылымынан шоғырлырақ болса (ХХИ {hhi} жоғары), өңір мамандандырылған; "
                 "әйтпесе әртараптандырылған. Бос ұяшықтары бар және жиынтығы жоқ өңірдің "
                 "бейіні жоқ. Жұлдыздар: көлем (қызмет түрі "
                 "бойынша өңірлердің жоғарғы {size} %-ы), мамандану (LQ кемінде {lq}) және "
                 "фокус (қызмет түрінің өңірдегі үлесі бойынша жоғарғы {focus} %)."),
        "type": "Түрі", "dominant": "Басым қызмет түрі", "hhi": "ХХИ",
        "krugman": "Кругман индексі", "activity": "Қызмет түрі", "stars": "Жұлдыздар",
        "level": "Деңгейі", "region": "Өңір",
        "heatmap_title": "Өңірлер мен қызмет түрлері бойынша оқшаулану коэффициенттері",
        "heatmap_scale": "LQ (логарифмдік шкала; 1 — ел құрылымы)",
        "no_stars": "Екі немесе үш жұлдыз алған өңір мен қызмет түрі жұбы жоқ.",
        "stars_heading": "Екі немесе үш жұлдызы бар өңір мен қызмет түрі жұптары",
        "typed": "Мамандану бойынша типология ({about}): {sentences}.",
        "typed_item": "{name} — {type}",
    },
}
#: the types of :data:`..specialisation.typology.TYPES` in Russian and Kazakh
TYPE_WORDS = {
    "en": {**TYPES, NO_PROFILE: "no specialisation profile"},
    "ru": {
        "core_specialised": "инновационное ядро со специализацией: {activity}",
        "core_diversified": "диверсифицированное инновационное ядро",
        "high_specialised": "регион с высоким уровнем инноваций, специализация: {activity}",
        "high_diversified": "диверсифицированный регион с высоким уровнем инноваций",
        "medium_specialised": "регион со средним уровнем инноваций, специализация: {activity}",
        "medium_diversified": "диверсифицированный регион со средним уровнем инноваций",
        "low_specialised": "специализированный регион с низким уровнем инноваций ({activity})",
        "low_diversified": "диверсифицированный регион с низким уровнем инноваций",
        NO_PROFILE: "нет профиля специализации",
    },
    "kk": {
        "core_specialised": "{activity} саласына мамандандырылған инновациялық ядро",
        "core_diversified": "әртараптандырылған инновациялық ядро",
        "high_specialised": "инновация деңгейі жоғары, {activity} саласына мамандандырылған өңір",
        "high_diversified": "инновация деңгейі жоғары әртараптандырылған өңір",
        "medium_specialised": ("инновация деңгейі орташа, {activity} саласына мамандандырылған "
                               "өңір"),
        "medium_diversified": "инновация деңгейі орташа әртараптандырылған өңір",
        "low_specialised": "инновация деңгейі төмен мамандандырылған өңір ({activity})",
        "low_diversified": "инновация деңгейі төмен әртараптандырылған өңір",
        NO_PROFILE: "мамандану бейіні жоқ",
    },
}
#: at most this many star pairs are listed (the rest are in the GeoPackage's table)
MAX_STAR_ROWS = 30


def type_text(code: object, activity: object, language: str) -> str:
    """A region's type in ``language``, with its dominant activity."""
    words = TYPE_WORDS[language]
    text = words.get(str(code), str(code))
    return text.replace("{activity}", "" if is_missing(activity) else str(activity))


@lru_cache(maxsize=1)
def _bundled_gazetteer():
    """The bundled gazetteer, read once: a report names regions several times and only
    reads the gazetteer (:meth:`..regions.Gazetteer.load` reads and indexes the CSV anew)."""
    from ..regions import Gazetteer

    return Gazetteer.load()


def label_names(labels, language: str, table_labels=()) -> dict[str, str]:
    """The table's region labels -> names in ``language`` (Kazakhstan's units through the
    gazetteer); other labels as they are.

    "Алматы" beside "Алматы қаласы" is the oblast: the rule needs both labels, so
    ``table_labels`` (all the table's labels) are matched together with ``labels``.
    """
    gazetteer = _bundled_gazetteer()
    column = {"en": "name_en", "ru": "name_ru", "kk": "name_kk"}[language]
    every = dict.fromkeys(map(str, [*labels, *table_labels]))
    ids = {label: found[0].unit_id for label in every if (found := gazetteer.match(label))}
    ids = gazetteer.split_city_and_oblast(ids)
    return {str(label): gazetteer.units.at[ids[str(label)], column] if str(label) in ids
            else str(label) for label in labels}


def typology_rows(inputs: ReportInputs, words: dict) -> str:
    """One row per region of the analysis: level, type, dominant activity, HHI, Krugman."""
    regions = inputs.regions
    if "sp_type" not in regions.columns:
        return ""
    ordered = regions.sort_values("innov_rank") if "innov_rank" in regions else regions
    names = names_of(ordered, inputs.language)
    language = inputs.language
    rows = [[names[label], value_text(str(row.get("innov_lvl", "")), language),
             type_text(row["sp_type"], row.get("sp_dom"), language),
             "" if is_missing(row.get("sp_dom")) else
             f"{row['sp_dom']} ({number(row.get('sp_dom_lq'), 2, language)})",
             number(row.get("sp_hhi"), 2, language), number(row.get("sp_krugman"), 2, language)]
            for label, row in ordered.iterrows()]
    headers = [words["region"], words["level"], words["type"], words["dominant"],
               words["hhi"], words["krugman"]]
    return table(headers, rows, numeric=[4, 5])


def star_rows(inputs: ReportInputs, words: dict) -> str:
    """The region-activity pairs with two or three stars, most stars and highest LQ first."""
    part = inputs.specialisation
    stars = part.stars[part.stars["stars"] >= 2].sort_values(["stars", "lq"],
                                                             ascending=False)
    if stars.empty:
        return note(words["no_stars"])
    names = label_names(stars["region"].unique(), inputs.language, part.lq.index)
    rows = [[names[str(row["region"])], str(row["activity"]),
             number(row["lq"], 2, inputs.language), "★" * int(row["stars"])]
            for _, row in stars.head(MAX_STAR_ROWS).iterrows()]
    return (f"<h3>{escape(words['stars_heading'])}</h3>"
            + table([words["region"], words["activity"], "LQ", words["stars"]], rows,
                    numeric=[2]))


def _summed_note(summed: dict[str, list[str]], words: dict, language: str,
                 table_labels) -> str:
    """Which of the table's regions were summed into which region of the analysis."""
    if not summed:
        return ""
    children = [child for parts in summed.values() for child in parts]
    names = {**label_names(summed, language), **label_names(children, language, table_labels)}
    sums = "; ".join(f"{' + '.join(names[c] for c in children)} = {names[parent]}"
                     for parent, children in summed.items())
    return note(words["summed"].format(sums=sums))


def specialisation_section(inputs: ReportInputs, words: dict, chart: str | None) -> str:
    """The section: what the table is, the rule, the typology, the heat map, the stars."""
    part = inputs.specialisation
    if part is None:
        return ""
    own = WORDS[inputs.language]
    thresholds = part.thresholds
    rule = own["rule"].format(
        lq=number(thresholds.get("lq_threshold", 2.0), 2, inputs.language),
        hhi=number(thresholds.get("national_hhi"), 2, inputs.language),
        size=f"{100 * thresholds.get('size_share', 0.1):.0f}",
        focus=f"{100 * thresholds.get('focus_share', 0.1):.0f}")
    parts = [f"<p>{escape(own['about'].format(about=part.about))}</p>",
             _summed_note(part.summed, own, inputs.language, part.lq.index), note(rule),
             typology_rows(inputs, own)]
    if chart:
        parts.append(figure(chart, own["heatmap_title"]))
    parts.append(star_rows(inputs, own))
    return "\n".join(p for p in parts if p)


def specialisation_sentences(inputs: ReportInputs) -> list[str]:
    """The summary's sentence on the cores' types (none without a specialisation)."""
    part, regions = inputs.specialisation, inputs.regions
    if part is None or "sp_type" not in regions.columns or inputs.cores.empty:
        return []
    own = WORDS[inputs.language]
    cores = regions.loc[regions.index.intersection(inputs.cores.index)]
    names = names_of(cores, inputs.language)
    items = [own["typed_item"].format(name=names[label],
                                      type=type_text(row["sp_type"], row.get("sp_dom"),
                                                     inputs.language))
             for label, row in cores.iterrows()]
    return [own["typed"].format(about=part.about, sentences="; ".join(items))] if items else []
