"""Recognise economic activities: the sections A-U of OKED, by letter or by name (kk/ru/en).

OKED (the General Classifier of Economic Activities of Kazakhstan) follows NACE Rev. 2 at the
level of its 21 sections.  A column or category of a region x activity table is recognised
as a section when it is the bare letter ("C"), the letter followed by a separator ("C.
Manufacturing", "C - Обрабатывающая промышленность", "Section C") or the section's name in
Kazakh, Russian or English; any other category (a field of science, a product group) is
kept as it is.
"""

from __future__ import annotations

import re

#: section letter -> (English, Russian, Kazakh) name
OKED_SECTIONS: dict[str, tuple[str, str, str]] = {
    "A": ("Agriculture, forestry and fishing", "Сельское, лесное и рыбное хозяйство",
          "Ауыл, орман және балық шаруашылығы"),
    "B": ("Mining and quarrying", "Горнодобывающая промышленность и разработка карьеров",
          "Тау-кен өндіру өнеркәсібі және карьерлерді қазу"),
    "C": ("Manufacturing", "Обрабатывающая промышленность", "Өңдеу өнеркәсібі"),
    "D": ("Electricity, gas, steam and air conditioning supply",
          "Электроснабжение, подача газа, пара и воздушное кондиционирование",
          "Электрмен жабдықтау, газ, бу беру және ауаны баптау"),
    "E": ("Water supply; sewerage, waste management and remediation activities",
          "Водоснабжение; водоотведение; контроль над сбором и распределением отходов",
          "Сумен жабдықтау; кәріз жүйесі, қалдықтардың жиналуын және таратылуын бақылау"),
    "F": ("Construction", "Строительство", "Құрылыс"),
    "G": ("Wholesale and retail trade; repair of motor vehicles and motorcycles",
          "Оптовая и розничная торговля; ремонт автомобилей и мотоциклов",
          "Көтерме және бөлшек сауда; автомобильдер мен мотоциклдерді жөндеу"),
    "H": ("Transportation and storage", "Транспорт и складирование", "Көлік және жинақтау"),
    "I": ("Accommodation and food service activities", "Услуги по проживанию и питанию",
          "Тұру және тамақтану бойынша қызметтер"),
    "J": ("Information and communication", "Информация и связь", "Ақпарат және байланыс"),
    "K": ("Financial and insurance activities", "Финансовая и страховая деятельность",
          "Қаржы және сақтандыру қызметі"),
    "L": ("Real estate activities", "Операции с недвижимым имуществом",
          "Жылжымайтын мүлікпен операциялар"),
    "M": ("Professional, scientific and technical activities",
          "Профессиональная, научная и техническая деятельность",
          "Кәсіби, ғылыми және техникалық қызмет"),
    "N": ("Administrative and support service activities",
          "Деятельность в области административного и вспомогательного обслуживания",
          "Әкімшілік және қосалқы қызмет көрсету саласындағы қызмет"),
    "O": ("Public administration and defence; compulsory social security",
          "Государственное управление и оборона; обязательное социальное обеспечение",
          "Мемлекеттік басқару және қорғаныс; міндетті әлеуметтік қамтамасыз ету"),
    "P": ("Education", "Образование", "Білім беру"),
    "Q": ("Human health and social work activities",
          "Здравоохранение и социальное обслуживание населения",
          "Денсаулық сақтау және халықты әлеуметтік қамтамасыз ету"),
    "R": ("Arts, entertainment and recreation", "Искусство, развлечения и отдых",
          "Өнер, ойын-сауық және демалыс"),
    "S": ("Other service activities", "Предоставление прочих видов услуг",
          "Өзге де қызмет түрлерін ұсыну"),
    "T": ("Activities of households as employers",
          "Деятельность домашних хозяйств, нанимающих домашнюю прислугу",
          "Үй қызметшілерін жалдайтын үй шаруашылықтарының қызметі"),
    "U": ("Activities of extraterritorial organisations and bodies",
          "Деятельность экстерриториальных организаций и органов",
          "Экстерриториялық ұйымдар мен органдардың қызметі"),
}

_LETTER = re.compile(r"^(?:section|секция|раздел|бөлім)?\s*([A-U])(?:$|[\s.:)\-\u2013\u2014])",
                     re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", str(text).casefold().replace("ё", "е")).strip()


_BY_NAME: dict[str, str] = {
    _key(name): letter for letter, names in OKED_SECTIONS.items() for name in names
}


def oked_section(label: str) -> str | None:
    """The OKED section letter that ``label`` names, or None.

    Parameters
    ----------
    label : str
        A column header or category: ``"C"``, ``"C. Manufacturing"``, ``"Section C"``,
        ``"Обрабатывающая промышленность"``, ``"Өңдеу өнеркәсібі"``.

    Returns
    -------
    str or None
        ``"A"`` to ``"U"``; None for any other category (it is then kept as it is).

    Examples
    --------
    >>> oked_section("c - manufacturing"), oked_section("Строительство"), oked_section("x")
    ('C', 'F', None)
    """
    text = str(label).strip()
    match = _LETTER.match(text)
    if match and (len(text) == 1 or not text[1:2].isalpha()
                  or text.casefold().startswith(("section", "секция", "раздел", "бөлім"))):
        return match.group(1).upper()
    return _BY_NAME.get(_key(text))


def section_name(letter: str, language: str = "en") -> str:
    """The name of OKED section ``letter`` in ``language`` (``"en"``, ``"ru"`` or ``"kk"``)."""
    names = OKED_SECTIONS[letter.upper()]
    return names[("en", "ru", "kk").index(language)]
