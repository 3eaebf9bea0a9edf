"""The words of the report maps' legends, in the report's language.

Each layer of a report map is classified on one field (``core.jobs.full.MAPS``); its legend has
a title (:func:`legend_title`) and one entry per value present in the layer
(:func:`legend_label`), in the words the report's tables use for the same values: GeoDa's
LISA labels, ArcGIS Pro's Gi* bins, the index levels and the core types.
"""

from __future__ import annotations

from ..autocorrelation.local import LISA_LABELS
from .texts import GI_LABELS, core_type_text, lisa_label_text, value_text

#: legend title of each classified field, by language
LEGEND_TITLES = {
    "en": {
        "innov_lvl": "Innovation index level",
        "LISA_CL": "LISA cluster",
        "LISA_CL_U": "LISA cluster, without correction",
        "Gi_Bin": "Gi* hot and cold spots",
        "Gi_Bin_U": "Gi* hot and cold spots, without correction",
        "zone_order": "Influence zone",
        "core_type": "Core type",
        "sp_dom_no": "Dominant activity (highest LQ)",
    },
    "ru": {
        "innov_lvl": "Уровень индекса инноваций",
        "LISA_CL": "Кластер LISA",
        "LISA_CL_U": "Кластер LISA, без поправки",
        "Gi_Bin": "Горячие и холодные точки Gi*",
        "Gi_Bin_U": "Горячие и холодные точки Gi*, без поправки",
        "zone_order": "Зона влияния",
        "core_type": "Тип ядра",
        "sp_dom_no": "Доминирующий вид деятельности (наибольший LQ)",
    },
    "kk": {
        "innov_lvl": "Инновациялық индекс деңгейі",
        "LISA_CL": "LISA кластері",
        "LISA_CL_U": "LISA кластері, түзетусіз",
        "Gi_Bin": "Gi* ыстық және суық нүктелері",
        "Gi_Bin_U": "Gi* ыстық және суық нүктелері, түзетусіз",
        "zone_order": "Ықпал аймағы",
        "core_type": "Ядро түрі",
        "sp_dom_no": "Басым қызмет түрі (ең үлкен LQ)",
    },
}
#: an influence zone's legend entry, by language ({n}: its order from the core)
ZONE_LABELS = {"en": "Zone {n}", "ru": "Зона {n}", "kk": "{n}-аймақ"}
#: the scale bar's kilometres, by language
SCALE_UNITS = {"en": "km", "ru": "км", "kk": "км"}


def legend_title(field: str, language: str = "en") -> str:
    """Legend title of a layer classified on ``field``, or the field's name."""
    return LEGEND_TITLES[language].get(field, field)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def legend_label(field: str, value: object, language: str = "en") -> str:
    """Legend entry of ``value`` of ``field`` in ``language``.

    Parameters
    ----------
    field : str
        The field a report map classifies (``innov_lvl``, ``LISA_CL``, ``LISA_CL_U``,
        ``Gi_Bin``, ``Gi_Bin_U``, ``zone_order``, ``core_type``).
    value : object
        A value of that field (codes may come as text, as QGIS keeps category values).
    language : str
        ``"en"``, ``"ru"`` or ``"kk"``.

    Returns
    -------
    str
        The label; an unknown value as it is.
    """
    text = str(value)
    code = _integer(value)
    if field in ("LISA_CL", "LISA_CL_U") and code in LISA_LABELS:
        return lisa_label_text(LISA_LABELS[code], language)
    if field in ("Gi_Bin", "Gi_Bin_U") and code in GI_LABELS[language]:
        return GI_LABELS[language][code]
    if field == "zone_order" and code is not None:
        return ZONE_LABELS[language].replace("{n}", str(code))
    if field == "innov_lvl":
        return _capital(value_text(text, language))
    if field == "core_type":
        return _capital(core_type_text(text, language)[0])
    return text


def _integer(value: object) -> int | None:
    try:
        number = float(str(value))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None
