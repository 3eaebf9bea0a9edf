"""What the report says when the correction for multiple tests leaves nothing significant.

With few regions the default correction (the false discovery rate) can leave no LISA cluster
and no Gi* hot or cold spot.  The report then draws the uncorrected result instead of an
empty map (``core.jobs.full.report_maps``) and says, in plain words and in the report's
language, what that map shows and why it is not trusted: with ``n`` regions tested at level
``p``, about ``n * p`` of them pass by chance alone.
"""

from __future__ import annotations

import pandas as pd

from ..uncorrected import CAPTIONS, FIELDS, significant, stand_in_shown
from .model import ReportInputs, is_missing, names_of, number, p_value
from .texts import GI_LABELS, decimal, lisa_label_text

#: Gi_Bin level -> the p-value its bin needs (ArcGIS Pro's 90, 95 and 99 % confidence)
GI_LEVELS = {1: 0.10, 2: 0.05, 3: 0.01}

TEXTS = {
    "en": {
        "fdr": "false discovery rate (FDR)",
        "bonferroni": "Bonferroni",
        "lisa_none": (
            "After the {correction} correction for multiple tests, no region's local Moran's "
            "I (LISA) is significant at p ≤ {alpha}."
        ),
        "gi_none": (
            "After the {correction} correction for multiple tests, no region is a significant "
            "Gi* hot or cold spot."
        ),
        "lisa_shown": (
            "Tested each on its own at p ≤ {alpha}, without the correction (what GeoDa's "
            "cluster map shows by default), {count} region(s) would be in a cluster: "
            "{regions}."
        ),
        "gi_shown": (
            "Tested each on its own, without the correction (what ArcGIS Pro's Hot Spot "
            "Analysis shows with its FDR option off), {count} region(s) would be hot or cold "
            "spots: {regions}."
        ),
        "why": (
            "This is not trusted: {tests} regions were tested at once, and at p ≤ {level} "
            "about {expected} of them ({tests} × {level}) are expected to pass by chance "
            "alone, even if the index had no spatial pattern at all."
        ),
        "fdr_rule": (
            "The FDR correction keeps such chance results out: it keeps the k regions with "
            "the smallest p-values only when the k-th smallest is at most k × {level} / "
            "{tests} ({cut} for one region, {cut2} for two, and so on), and no p-value here is "
            "that small (the smallest is {smallest})."
        ),
        "bonferroni_rule": (
            "The Bonferroni correction keeps such chance results out: it keeps a region only "
            "when its p-value is at most {level} / {tests} = {cut}, and the smallest here is "
            "{smallest}."
        ),
        "lisa_nothing": "Even without the correction no region's LISA is significant.",
        "gi_nothing": "Even without the correction no region is a Gi* hot or cold spot.",
        "summary": (
            "After the {correction} correction for multiple tests no region is significant in "
            "{statistics}; what the tests without the correction show, and why that is not "
            "trusted, is under Maps."
        ),
        "lisa_name": "LISA", "gi_name": "Gi*", "and": " and ",
    },
    "ru": {
        "fdr": "FDR, доля ложных открытий",
        "bonferroni": "Бонферрони",
        "lisa_none": (
            "После поправки на множественные сравнения ({correction}) ни один регион не "
            "значим по локальному индексу Морана (LISA) при p ≤ {alpha}."
        ),
        "gi_none": (
            "После поправки на множественные сравнения ({correction}) ни один регион не "
            "является значимой горячей или холодной точкой Gi*."
        ),
        "lisa_shown": (
            "Если проверять каждый регион отдельно при p ≤ {alpha}, без поправки (так по "
            "умолчанию строит карту кластеров GeoDa), в кластер попадут регионы ({count}): "
            "{regions}."
        ),
        "gi_shown": (
            "Если проверять каждый регион отдельно, без поправки (так показывает Hot Spot "
            "Analysis в ArcGIS Pro с выключенным параметром FDR), горячими или холодными "
            "точками будут регионы ({count}): {regions}."
        ),
        "why": (
            "Этому результату нельзя доверять: одновременно проверялись все регионы "
            "({tests}), и при p ≤ {level} около {expected} из них ({tests} × {level}) пройдут "
            "проверку просто случайно, даже если у индекса нет никакой пространственной "
            "структуры."
        ),
        "fdr_rule": (
            "Поправка FDR отсеивает такие случайные результаты: она оставляет k регионов с "
            "наименьшими p-значениями, только если k-е наименьшее из них не больше "
            "k × {level} / {tests} ({cut} для одного региона, {cut2} для двух и т. д.), а "
            "таких малых p-значений здесь нет (наименьшее равно {smallest})."
        ),
        "bonferroni_rule": (
            "Поправка Бонферрони отсеивает такие случайные результаты: она оставляет регион, "
            "только если его p-значение не больше {level} / {tests} = {cut}, а наименьшее "
            "здесь равно {smallest}."
        ),
        "lisa_nothing": "Даже без поправки ни один регион не значим по LISA.",
        "gi_nothing": "Даже без поправки ни один регион не является горячей или холодной "
                      "точкой Gi*.",
        "summary": (
            "После поправки на множественные сравнения ({correction}) ни один регион не "
            "значим по {statistics}; что показывают проверки без поправки и почему им нельзя "
            "доверять, сказано в разделе «Карты»."
        ),
        "lisa_name": "LISA", "gi_name": "Gi*", "and": " и ",
    },
    "kk": {
        "fdr": "FDR, жалған ашулар үлесі",
        "bonferroni": "Бонферрони",
        "lisa_none": (
            "Көптік тексеруге түзетуден ({correction}) кейін p ≤ {alpha} деңгейінде "
            "жергілікті Моран индексі (LISA) бойынша бірде-бір өңір маңызды емес."
        ),
        "gi_none": (
            "Көптік тексеруге түзетуден ({correction}) кейін бірде-бір өңір маңызды Gi* "
            "ыстық немесе суық нүктесі емес."
        ),
        "lisa_shown": (
            "Әр өңірді p ≤ {alpha} деңгейінде жеке, түзетусіз тексерсек (GeoDa кластер "
            "картасын әдепкіде осылай салады), кластерге түсетін өңірлер ({count}): {regions}."
        ),
        "gi_shown": (
            "Әр өңірді жеке, түзетусіз тексерсек (ArcGIS Pro-ның Hot Spot Analysis құралы FDR "
            "параметрі өшірулі кезде осылай көрсетеді), ыстық немесе суық нүкте болатын "
            "өңірлер ({count}): {regions}."
        ),
        "why": (
            "Бұл нәтижеге сенуге болмайды: бір мезгілде {tests} өңір тексерілді, ал "
            "p ≤ {level} деңгейінде индекстің ешқандай кеңістіктік құрылымы болмаса да, "
            "шамамен {expected} өңір ({tests} × {level}) тексеруден кездейсоқ өтеді."
        ),
        "fdr_rule": (
            "FDR түзетуі мұндай кездейсоқ нәтижелерді алып тастайды: ол p-мәні ең кіші k "
            "өңірді тек олардың k-шы ең кішісі k × {level} / {tests} мәнінен аспаса ғана "
            "қалдырады (бір өңір үшін {cut}, екі өңір үшін {cut2} және т.с.с.), ал мұнда "
            "мұндай кіші p-мән жоқ (ең кішісі {smallest})."
        ),
        "bonferroni_rule": (
            "Бонферрони түзетуі мұндай кездейсоқ нәтижелерді алып тастайды: ол өңірді тек "
            "p-мәні {level} / {tests} = {cut} мәнінен аспаса ғана қалдырады, ал мұндағы ең "
            "кішісі {smallest}."
        ),
        "lisa_nothing": "Түзетусіз де LISA бойынша бірде-бір өңір маңызды емес.",
        "gi_nothing": "Түзетусіз де бірде-бір өңір Gi* ыстық немесе суық нүктесі емес.",
        "summary": (
            "Көптік тексеруге түзетуден ({correction}) кейін {statistics} бойынша "
            "бірде-бір өңір маңызды емес; түзетусіз тексерулер нені көрсететіні және оларға "
            "неге сенуге болмайтыны «Карталар» бөлімінде айтылған."
        ),
        "lisa_name": "LISA", "gi_name": "Gi*", "and": " және ",
    },
}


def _setting(inputs: ReportInputs, statistic: str, key: str, default):
    """A setting of the local statistic's run (its method record), else the run's spatial
    parameters, else ``default``."""
    method = inputs.method or {}
    record = method.get("lisa" if statistic == "lisa" else "hotspots") or {}
    spatial = (method.get("parameters") or {}).get("spatial") or {}
    for value in (record.get(key), spatial.get(key)):
        if not is_missing(value):
            return value
    return default


def _p_values(regions: pd.DataFrame, statistic: str) -> pd.Series:
    """The p-values of the regions tested (a region without neighbours has none)."""
    column = "LISA_P" if statistic == "lisa" else "GiPValue"
    if column not in regions.columns:
        return pd.Series(dtype=float)
    return pd.to_numeric(regions[column], errors="coerce").dropna()


def _level(level: float, language: str) -> str:
    """A significance level as written: 0.05, 0.10, 0.001."""
    text = f"{level:.2f}" if round(level, 2) == level else f"{level:g}"
    return decimal(text, language)


def _label(statistic: str, code: int, language: str) -> str:
    if statistic == "lisa":
        from ..autocorrelation.local import LISA_LABELS

        return lisa_label_text(LISA_LABELS.get(code, str(code)), language)
    return GI_LABELS[language].get(code, str(code))


def _paragraph(inputs: ReportInputs, statistic: str) -> str | None:
    """The sentences on ``statistic`` (``"lisa"`` or ``"gi"``), or None when the correction
    left something significant, or none was applied."""
    regions, language = inputs.regions, inputs.language
    words = TEXTS[language]
    correction = str(_setting(inputs, statistic, "correction", "none"))
    if correction == "none" or significant(regions, statistic).any() or \
            FIELDS[statistic][0] not in regions.columns:
        return None
    alpha = float(_setting(inputs, statistic, "alpha", 0.05))
    named = words.get(correction, correction)
    shown_alpha = _level(alpha, language)
    sentences = [words[f"{statistic}_none"].format(correction=named, alpha=shown_alpha)]
    if FIELDS[statistic][1] not in regions.columns:  # a run that did not keep them
        return sentences[0]
    if not stand_in_shown(regions, statistic, correction):
        sentences.append(words[f"{statistic}_nothing"])
        return " ".join(sentences)
    passing = significant(regions, statistic, corrected=False)
    codes = pd.to_numeric(regions.loc[passing, FIELDS[statistic][1]]).astype(int)
    names = names_of(regions, language)
    listed = ", ".join(f"{names[label]} ({_label(statistic, code, language)})"
                       for label, code in codes.items())
    sentences.append(words[f"{statistic}_shown"].format(
        alpha=shown_alpha, count=len(codes), regions=listed))
    level = alpha if statistic == "lisa" else GI_LEVELS[int(codes.abs().min())]
    p_values = _p_values(regions, statistic)
    tests = int(p_values.size)
    shown_level = _level(level, language)
    sentences.append(words["why"].format(
        tests=tests, level=shown_level, expected=number(tests * level, 2, language)))
    rule = words.get(f"{correction}_rule")
    if rule is not None:
        sentences.append(rule.format(
            tests=tests, level=shown_level,
            cut=decimal(f"{level / max(tests, 1):.2g}", language),
            cut2=decimal(f"{2 * level / max(tests, 1):.2g}", language),
            smallest=p_value(p_values.min(), language)))
    return " ".join(sentences)


def multiple_test_notes(inputs: ReportInputs) -> dict[str, str]:
    """Caption of the LISA / Gi* map -> the sentences said under it (plain text), for the
    statistics whose correction left nothing significant.

    The captions are those of ``core.jobs.full.UNCORRECTED_MAPS`` when the uncorrected map is
    drawn, else those of the corrected maps.
    """
    notes = {}
    for statistic, (corrected, uncorrected) in CAPTIONS.items():
        text = _paragraph(inputs, statistic)
        if text is not None:
            notes[uncorrected if uncorrected in inputs.maps else corrected] = text
    return notes


def multiple_test_summary(inputs: ReportInputs) -> list[str]:
    """One summary sentence when the uncorrected result of LISA or Gi* is drawn."""
    words = TEXTS[inputs.language]
    shown = [s for s in ("lisa", "gi")
             if stand_in_shown(inputs.regions, s, str(_setting(inputs, s, "correction", "none")))]
    if not shown:
        return []
    correction = str(_setting(inputs, shown[0], "correction", "none"))
    statistics = words["and"].join(words[f"{s}_name"] for s in shown)
    return [words["summary"].format(correction=words.get(correction, correction),
                                    statistics=statistics)]
