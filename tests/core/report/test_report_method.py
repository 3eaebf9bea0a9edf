"""The report's method section in words and the full record beside it (issue 12, item 3),
and the print style sheet (item 6)."""

from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

import numpy as np
import pytest

from kz_innovation_plugin.core.report import write_report
from kz_innovation_plugin.core.report.method import (
    GROUPS,
    flatten,
    method_groups,
    record_json,
)
from kz_innovation_plugin.core.report.method_words import METHOD_TEXTS
from kz_innovation_plugin.core.report.page import CSS
from tests.core.report.language_scan import report_page
from tests.core.test_report import make_inputs

#: the section may say this many sentences at most: a summary, not the record
MOST_SENTENCES = 30


def method_part(page: str) -> str:
    return page[page.index('<section id="method">'):page.index('<section id="sources">')]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_method_section_says_the_choices_in_words_by_group(full_outcome, tmp_path,
                                                               language):
    """It was the whole record, 217 rows of raw keys over 17 printed pages."""
    page = report_page(full_outcome, language, tmp_path)
    section = method_part(page)
    names = re.findall(r'<th scope="row">([^<]*)</th>', section)
    assert names == [html.escape(METHOD_TEXTS[language][g]) for g in GROUPS]
    sentences = re.findall(r"<p>", section)
    assert len(GROUPS) < len(sentences) <= MOST_SENTENCES
    assert "parameters." not in section and "index_method" not in section
    assert f'<a href="report_{language}_files/method.json">method.json</a>' in section


def test_the_english_method_section_names_what_matters(full_outcome, tmp_path):
    section = html.unescape(method_part(report_page(full_outcome, "en", tmp_path)))
    for expected in (
        "Indicator table kz_bns_indicators_2018_2019.csv, year 2018.",
        "17 regions.", "7 indicators in 2 groups.",
        "Innovation potential: Internal R&D expenditure, % of GRP;",
        "Missing values: filled with the median of the regions;",
        "A region with more than 50 % of its indicators missing is left out; left out: none.",
        "Normalisation: min-max (0 to 1); weights: equal; aggregation: arithmetic mean.",
        "Levels low, medium and high: fixed thresholds (0.333; 0.667).",
        "Rank intervals: 50 Monte Carlo runs", "±25 %",
        "Queen contiguity (a shared border or corner), row-standardised.",
        "LISA: 999 conditional permutations; Gi*: 999 conditional permutations. Significance "
        "level 0.05, corrected for multiple tests by the false discovery rate",
        "Cores: regions of the high level.", "Zones: contiguity rings up to order 2.",
        "Seed 1 for the permutations and the Monte Carlo runs",
        "kz-innovation ", "libpysal ",
    ):
        assert expected in section, expected


def test_the_full_record_is_a_file_beside_the_report(full_outcome, tmp_path):
    page = report_page(full_outcome, "en", tmp_path)
    assert "report_en_files/method.json" in page
    written = json.loads((tmp_path / "report_en_files" / "method.json").read_text("utf-8"))
    record = full_outcome.provenance
    assert flatten(written).keys() == flatten(json.loads(record_json(record))).keys()
    assert written["parameters"]["index"]["uncertainty"]["weight_noise"] == 0.25
    assert written["parameters"]["spatial"]["permutations"] == 999
    assert written["tool"] == "kzinnovation:fullanalysis"
    assert len(flatten(written)) > 150  # every parameter, not a summary
    assert written["parameters"]["join"]["table"] == "kz_bns_indicators_2018_2019.csv"


def test_record_json_writes_plain_data_and_no_absolute_path():
    record = {"a": np.int64(3), "b": np.float32(0.5), "c": math.nan, "d": (1, "x"),
              "e": Path("/home/someone/t.csv"), "f": "/tmp/x/y.gpkg|layername=z",
              "g": {"h": np.bool_(True), "i": None, "j": -math.inf}}
    assert json.loads(record_json(record)) == {
        "a": 3, "b": 0.5, "c": None, "d": [1, "x"], "e": "t.csv", "f": "y.gpkg|layername=z",
        "g": {"h": True, "i": None, "j": None}}


def test_a_record_with_few_choices_gives_the_groups_it_can(tmp_path):
    assert method_groups({}) == []
    groups = method_groups({"seed": 7, "parameters": {"normalisation": "minmax"}})
    assert groups == [("Seed", ["Seed 7 for the permutations and the Monte Carlo runs: the "
                                "same seed gives the same figures."])]
    page = write_report(make_inputs(tmp_path, method={}), tmp_path / "r.html")
    section = method_part(page.read_text("utf-8"))
    assert 'href="r_files/method.json"' in section
    assert json.loads((tmp_path / "r_files" / "method.json").read_text("utf-8")) == {}


def test_an_old_record_is_replaced_with_the_report(tmp_path):
    target = write_report(make_inputs(tmp_path, method={"seed": 1}), tmp_path / "r.html")
    write_report(make_inputs(tmp_path, method={"seed": 2}), target)
    assert json.loads((tmp_path / "r_files" / "method.json").read_text("utf-8")) == {"seed": 2}


def rules(css: str) -> dict[str, str]:
    """selector -> declarations of the print rules (inside ``@media print``)."""
    start = css.index("@media print")
    body = css[css.index("{", start) + 1:css.rindex("}")]
    return {selector.strip(): declarations.strip()
            for selector, declarations in re.findall(r"([^{}]+)\{([^{}]*)\}", body)}


def test_the_print_style_sheet_keeps_tables_and_figures_whole_on_a4():
    """A 25-page print cut tables and maps and broke keys mid-word."""
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", CSS)
    assert re.search(r"@page\s*\{[^}]*margin:", CSS)
    printed = rules(CSS)
    kept_whole = next(d for s, d in printed.items() if "figure" in s and "tr" in s)
    assert "break-inside: avoid" in kept_whole
    whole = {s.strip() for s in next(s for s in printed if "figure" in s and "tr" in s)
             .split(",")}
    assert {"figure", "table", "tr"} <= whole
    assert "display: table-header-group" in printed["thead"]
    assert "break-after: avoid" in printed["h2, h3"]
    assert "max-width: 100%" in printed["figure img"]
    assert re.search(r"max-height:\s*\d+mm", printed["figure img"])
    assert "display: none" in printed["nav"]
    # long words break only where they must, between syllables where the language allows
    cells = re.search(r"th, td \{([^}]*)\}", CSS).group(1)
    assert "overflow-wrap: break-word" in cells and "hyphens: auto" in cells
    assert "break-all" not in CSS and "anywhere" not in CSS
