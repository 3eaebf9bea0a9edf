"""The report in Kazakh: every fixed word translated, Kazakh region names, decimal commas."""

from __future__ import annotations

import html
import re
import string

import pandas as pd
import pytest

from kz_innovation_plugin.core.autocorrelation.local import LISA_LABELS
from kz_innovation_plugin.core.composite.levels import LEVEL_LABELS, SCOREBOARD_GROUPS
from kz_innovation_plugin.core.report import ReportInputs, write_report
from kz_innovation_plugin.core.report import texts as report_texts
from kz_innovation_plugin.core.report.model import names_of
from kz_innovation_plugin.core.zones.cores import CORE_TYPES
from kz_innovation_plugin.core.zones.multiplier import LIFTS, NO_LIFT, NO_REST, TOO_FEW
from tests.core.report.language_scan import IDENTIFIER
from tests.core.test_report import make_inputs, regions_frame

KAZAKH = {"astana": "Астана", "almaty": "Алматы", "karaganda": "Қарағанды облысы",
          "pavlodar": "Павлодар облысы", "kyzylorda": "Қызылорда облысы"}
#: Latin words a Kazakh report may keep: names of statistics and their authors, GeoDa's
#: quadrant names inside the core types' meanings, the Regional Innovation Scoreboard
KEPT = {"LISA", "Gi", "P", "E", "I", "C", "G", "z", "p", "n", "UTC"}
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def flat(table: dict, prefix: str = "") -> dict[str, str]:
    """A nested dictionary (or tuples of texts) as one level of dotted keys."""
    out = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out.update(flat(value, f"{prefix}{key}."))
        elif isinstance(value, tuple):
            out.update({f"{prefix}{key}.{i}": text for i, text in enumerate(value)})
        else:
            out[f"{prefix}{key}"] = value
    return out


def dictionaries(language: str) -> dict[str, dict]:
    from kz_innovation_plugin.core.report import method_words, statistics_words

    t = report_texts
    return {
        "STATISTICS": flat(statistics_words.STATISTICS[language]),
        "METHOD_TEXTS": method_words.METHOD_TEXTS[language],
        "VALUE_WORDS": flat(method_words.VALUE_WORDS[language]),
        "QUADRANTS": flat({"q": t.QUADRANTS[language]}),
        "TEXTS": t.TEXTS[language], "SUBINDEX_LABELS": t.SUBINDEX_LABELS[language],
        "GI_LABELS": t.GI_LABELS[language],
        "STAT_LABELS": statistics_words.STAT_LABELS[language],
        "MULTIPLIER_HEADINGS": t.MULTIPLIER_HEADINGS[language],
    }


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", re.sub(r"\{[^}]*\}", " ", text)))


def test_kazakh_is_a_report_language():
    assert "kk" in report_texts.LANGUAGES and "kk" in report_texts.DECIMAL_COMMA


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("name", ["TEXTS", "SUBINDEX_LABELS", "GI_LABELS", "STAT_LABELS",
                                  "STATISTICS", "METHOD_TEXTS", "VALUE_WORDS", "QUADRANTS",
                                  "MULTIPLIER_HEADINGS"])
def test_every_english_text_has_a_kazakh_one_with_the_same_fields(name, language):
    """(and a Russian one)"""
    english, kazakh = dictionaries("en")[name], dictionaries(language)[name]
    assert set(kazakh) == set(english)
    for key, text in english.items():
        assert fields(kazakh[key]) == fields(text) - {"article"}, key  # no articles in Kazakh
        if english_words(text) - KEPT:
            assert kazakh[key] != text, key
        assert not english_words(kazakh[key]) - KEPT, (key, kazakh[key])


def test_data_values_of_the_core_have_kazakh_words():
    assert set(report_texts.CORE_TYPES_KK) == set(CORE_TYPES)
    assert all(CYRILLIC.search(n) and CYRILLIC.search(m)
               for n, m in report_texts.CORE_TYPES_KK.values())
    readings = (LIFTS, NO_LIFT, TOO_FEW, NO_REST)
    assert all(CYRILLIC.search(report_texts.reading_text(r, "kk")) for r in readings)
    signs = ("falls with distance", "rises with distance", "flat", "n/a")
    assert all(CYRILLIC.search(report_texts.gradient_text(s, "kk")) for s in signs)
    assert all(CYRILLIC.search(report_texts.lisa_label_text(v, "kk"))
               for v in LISA_LABELS.values())
    assert all(CYRILLIC.search(report_texts.value_text(v, "kk"))
               for v in (*LEVEL_LABELS, *SCOREBOARD_GROUPS))


def test_the_full_analysis_title_and_map_captions_are_translated():
    from kz_innovation_plugin.core.jobs.full import MAPS, FullJob
    from kz_innovation_plugin.core.jobs.join import JoinJob

    for text in (FullJob(join=JoinJob(table="t.csv")).title, *MAPS):
        for language in ("ru", "kk"):
            assert CYRILLIC.search(report_texts.phrase(text, language)), (language, text)


def test_kazakh_names_by_preference_with_a_russian_fallback():
    frame = pd.DataFrame({"name_en": ["Astana", "Abai Region"], "name_ru": ["Астана", "Абай"],
                          "name_kk": ["Астана", None]})
    assert names_of(frame, "kk").tolist() == ["Астана", "Абай"]
    assert names_of(frame.drop(columns="name_kk"), "kk").tolist() == ["Астана", "Абай"]
    assert names_of(frame[["name_en"]], "kk").tolist() == ["Astana", "Abai Region"]


def kazakh_inputs(tmp_path) -> ReportInputs:
    ids = list(KAZAKH)
    regions = regions_frame().assign(unit_id=ids, name_kk=list(KAZAKH.values()))
    base = make_inputs(tmp_path)
    # the cores have no Kazakh names: the report takes them from the regions by unit_id
    cores = base.cores.assign(unit_id=ids[:2])
    return make_inputs(
        tmp_path, language="kk", regions=regions, cores=cores,
        title="Innovation clusters of Kazakhstan's regions",
        maps={"Innovation index levels": next(iter(base.maps.values()))},
        join_report=base.join_report.assign(match_kind="name"), method={},
        sources=["Қазақстан Республикасы Ұлттық статистика бюросы"],
    )


def test_a_kazakh_report_has_no_english_words(tmp_path):
    page = write_report(kazakh_inputs(tmp_path), tmp_path / "есеп.html").read_text("utf-8")
    assert 'lang="kk"' in page
    text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", page,
                                                        flags=re.S)))
    left = english_words(IDENTIFIER.sub(" ", text)) - KEPT  # file names such as method.json
    assert not left, sorted(left)
    for english in report_texts.TEXTS["en"].values():
        for part in re.split(r"\{[^}]*\}", english):
            if len(english_words(part)) > 1:
                assert part.strip() not in text, part


def test_a_kazakh_report_names_regions_in_kazakh_with_decimal_commas(tmp_path):
    page = html.unescape(write_report(kazakh_inputs(tmp_path), tmp_path / "r.html")
                         .read_text("utf-8"))
    for heading in ("Қорытынды", "Карталар", "Рейтинг", "Субиндекстер",
                    "Кеңістіктік автокорреляция", "Ядролар және мультипликативтік әсер",
                    "Сәйкестендіру есебі", "Әдіс сипаттамасы", "Дереккөздер"):
        assert f"{heading}</h2>" in page
    assert "<h1>Қазақстан өңірлерінің инновациялық кластерлері</h1>" in page
    assert "Инновациялық индекс деңгейлері" in page  # the map's caption
    ranking = page[page.index('id="ranking"'):page.index('id="subindices"')]
    for name in KAZAKH.values():
        assert f"<td>{name}</td>" in ranking
    assert "Рейтингі ең жоғары өңірлер: Астана (1-орын, индекс 0,810" in page
    assert "Астана — агломерация" in page and "Алматы — оқшауланған ядро" in page
    cores = page[page.index('id="cores"'):page.index('id="join"')]
    assert "<td>Астана</td>" in cores and "айналасының деңгейін көтереді" in cores
    assert "Моранның жаһандық I статистикасы: 0,420 (p = 0,012)" in page
    assert "0,05 деңгейінде маңызды" in page
    assert "Жоғары-Жоғары" in page and "Ыстық нүкте, 95 % сенімділік" in page
    assert "<td>жоғары</td>" in ranking and "<td>көшбасшы</td>" in ranking
    assert "0.810" not in page
