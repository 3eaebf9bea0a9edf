"""Issue 12, report item 7: with 17 regions the default FDR correction can leave every LISA
and Gi* result "not significant".  The full analysis then keeps each region's uncorrected
result (LISA_CL_U, Gi_Bin_U), the report draws it instead of an empty map, titled as not
trusted, and says in plain words what it shows and why it is not trusted."""

from __future__ import annotations

import html
import re
import warnings

import numpy as np
import pandas as pd
import pytest
from libpysal.graph import Graph

from kz_innovation_plugin.core.autocorrelation import hotspots, local_moran
from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.jobs.full import (
    MAPS,
    UNCORRECTED_MAPS,
    FullJob,
    report_maps,
)
from kz_innovation_plugin.core.jobs.full import (
    run as run_full,
)
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.jobs.spatial import SpatialJob
from kz_innovation_plugin.core.report import ReportInputs, write_report
from kz_innovation_plugin.core.report.multiple_tests import (
    multiple_test_notes,
    multiple_test_summary,
)
from kz_innovation_plugin.core.report.texts import phrase
from kz_innovation_plugin.core.uncorrected import (
    CAPTIONS,
    lisa_codes_uncorrected,
    stand_in_shown,
    uncorrected_fields,
)
from tests.conftest import DEMO_TABLE
from tests.core.autocorrelation import bundled_indicators, bundled_regions, columbus, grid, queen

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")

CYRILLIC = re.compile("[А-Яа-яЁё]")
LISA_U, GI_U = CAPTIONS["lisa"][1], CAPTIONS["gi"][1]


def _kernel(frame) -> Graph:
    """Gaussian kernel weights on the 6 nearest centroids: weights differ within a row, so
    the lag's sign is not that of the neighbours' plain mean."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Graph.build_kernel(frame.geometry.centroid, kernel="gaussian", k=6).transform("r")


def _cases():
    regions, indicators = bundled_regions(), bundled_indicators()
    frame = columbus()
    island = grid(5, detached=True)
    rng = np.random.default_rng(3)
    return [
        ("bundled grp", indicators["grp_per_capita"], queen(regions), "r"),
        ("bundled internet, binary", indicators["internet_users_pct"], queen(regions), "b"),
        ("columbus crime", frame["CRIME"], queen(frame), "r"),
        ("columbus, kernel", frame["HOVAL"], _kernel(frame), "r"),
        ("grid with an island", pd.Series(rng.normal(size=len(island)), name="y"),
         queen(island), "r"),
        ("bundled grp, kernel", indicators["grp_per_capita"], _kernel(regions), "r"),
    ]


@pytest.mark.parametrize("name, y, graph, transform", _cases(), ids=[c[0] for c in _cases()])
@pytest.mark.parametrize("correction", ["fdr", "bonferroni"])
def test_uncorrected_fields_equal_the_statistics_run_without_correction(
        name, y, graph, transform, correction):
    corrected = local_moran(y, graph, correction=correction, transform=transform).frame.join(
        hotspots(y, graph, correction=correction).frame.drop(columns="NNeighbors"))
    plain_lisa = local_moran(y, graph, correction="none", transform=transform).frame
    plain_gi = hotspots(y, graph, correction="none").frame
    fields = uncorrected_fields(y, corrected, 0.05)
    assert list(fields.columns) == ["LISA_CL_U", "Gi_Bin_U"]
    assert fields["LISA_CL_U"].dtype == np.int64 and fields["Gi_Bin_U"].dtype == np.int64
    np.testing.assert_array_equal(fields["LISA_CL_U"], plain_lisa["LISA_CL"])
    np.testing.assert_array_equal(fields["Gi_Bin_U"], plain_gi["Gi_Bin"])


def test_uncorrected_lisa_codes_by_quadrant():
    values = np.array([2.0, -2.0, -1.0, 1.0, 0.0, 3.0, 1.0, -1.0])  # mean 0.5
    lisa_i = np.array([1.0, 0.5, -0.5, -0.2, 0.3, np.nan, 0.0, 0.4])
    p = np.array([0.01, 0.02, 0.03, 0.04, 0.05, np.nan, 0.01, 0.2])
    codes = lisa_codes_uncorrected(values, lisa_i, p, 0.05)
    # HH, LL, LH, HL, LL at the cut-off, island, undefined (lag 0), not significant
    assert codes.tolist() == [1, 2, 3, 4, 2, 6, 5, 0]


def _regions(lisa, lisa_u, gi, gi_u) -> pd.DataFrame:
    n = len(lisa)
    return pd.DataFrame({"name_en": [f"Region {i}" for i in range(n)],
                         "LISA_P": np.linspace(0.03, 0.9, n), "LISA_CL": lisa,
                         "LISA_CL_U": lisa_u, "GiPValue": np.linspace(0.03, 0.9, n),
                         "Gi_Bin": gi, "Gi_Bin_U": gi_u})


def test_the_uncorrected_map_stands_in_only_for_an_empty_corrected_map():
    empty, lone = [0] * 17, [0] * 16 + [2]
    isolated = [6] + [0] * 16
    regions = _regions(empty, lone, empty, [-2] + [0] * 16)
    maps = report_maps(regions, "fdr")
    assert list(maps) == ["Innovation index levels", LISA_U, GI_U, "Cores and influence zones"]
    assert maps[LISA_U] == (("regions", "lisa", "LISA_CL_U"),)
    assert maps[GI_U] == (("regions", "hotspots", "Gi_Bin_U"),)
    # no correction asked: the map is the uncorrected one already
    assert report_maps(regions, "none") == MAPS
    # something significant after the correction: its map, not the stand-in
    assert list(report_maps(_regions(lone, lone, [1] + [0] * 16, [1] + [0] * 16), "bonferroni")) \
        == list(MAPS)
    # nothing significant either way (isolated is not a result): the corrected map
    assert report_maps(_regions(isolated, isolated, empty, empty), "fdr") == MAPS
    assert stand_in_shown(regions, "lisa", "bonferroni")
    assert set(UNCORRECTED_MAPS) <= set(MAPS)


@pytest.fixture(scope="module")
def outcome():
    """The full analysis of the bundled 2018 data with the default inference (999
    permutations, FDR at 0.05): nothing significant, as the issue found."""
    job = FullJob(join=JoinJob(table=str(DEMO_TABLE), year=2018),
                  index=IndexOptions(uncertainty=UncertaintySettings(runs=30)),
                  spatial=SpatialJob(seed=7))
    return run_full(job)


def test_the_full_analysis_keeps_the_uncorrected_results(outcome):
    regions = outcome.regions
    assert outcome.job.spatial.correction == "fdr" and len(regions) == 17
    assert (regions["LISA_CL"] == 0).all() and (regions["Gi_Bin"] == 0).all()
    names = regions.set_index("name_en")
    assert names.loc["Kostanay Region", "LISA_CL_U"] == 2  # Low-Low at p <= 0.05
    assert names.loc["Kostanay Region", "Gi_Bin_U"] == -2
    assert names.loc["Karaganda Region", "Gi_Bin_U"] == -1
    assert (regions["LISA_CL_U"] != 0).sum() == 1
    assert list(outcome.report_maps()) == [
        "Innovation index levels", LISA_U, GI_U, "Cores and influence zones"]


def _inputs(outcome, language="en", maps=None) -> ReportInputs:
    inputs = outcome.report_inputs(maps or {})
    inputs.language = language
    return inputs


def test_the_report_says_what_the_uncorrected_tests_show_and_why_not_trusted(outcome):
    notes = multiple_test_notes(_inputs(outcome, maps={LISA_U: "a.png", GI_U: "b.png"}))
    lisa, gi = notes[LISA_U], notes[GI_U]
    assert "After the false discovery rate (FDR) correction" in lisa
    assert "no region's local Moran's I (LISA) is significant at p ≤ 0.05" in lisa
    assert "GeoDa's cluster map" in lisa and "Kostanay Region (Low-Low)" in lisa
    assert "17 regions were tested at once" in lisa
    assert "about 0.85 of them (17 × 0.05) are expected to pass by chance alone" in lisa
    assert "0.0029 for one region" in lisa and "the smallest is 0.038" in lisa
    assert "ArcGIS Pro's Hot Spot Analysis" in gi and "FDR option off" in gi
    assert "Kostanay Region (Cold spot, 95 % confidence)" in gi
    assert "Karaganda Region (Cold spot, 90 % confidence)" in gi
    assert "about 1.70 of them (17 × 0.10)" in gi
    # without maps the notes go under the corrected captions, the summary still points there
    bare = multiple_test_notes(_inputs(outcome))
    assert list(bare) == [CAPTIONS["lisa"][0], CAPTIONS["gi"][0]]
    (summary,) = multiple_test_summary(_inputs(outcome))
    assert summary.startswith("After the false discovery rate (FDR) correction for multiple "
                              "tests no region is significant in LISA and Gi*")


@pytest.mark.parametrize("language, words", [
    ("ru", ("поправки на множественные сравнения", "Костанайская", "около 0,85 из них",
            "GeoDa", "ArcGIS Pro")),
    ("kk", ("түзету", "Қостанай облысы", "шамамен 0,85 өңір", "GeoDa", "ArcGIS Pro")),
])
def test_the_explanation_in_russian_and_kazakh(outcome, language, words):
    notes = multiple_test_notes(_inputs(outcome, language, {LISA_U: "a.png", GI_U: "b.png"}))
    text = " ".join(notes.values())
    for word in words:
        assert word in text, word
    assert "0.05" not in text and "0,05" in text
    (summary,) = multiple_test_summary(_inputs(outcome, language))
    assert CYRILLIC.search(summary)
    for caption in CAPTIONS.values():
        for text in caption:
            assert CYRILLIC.search(phrase(text, language)), text


def test_the_report_page_explains_under_the_stand_in_map(outcome, tmp_path):
    from kz_innovation_plugin.core.report import charts

    png = tmp_path / "map.png"
    charts.ranking_chart(outcome.regions, png)  # any PNG stands in for the QGIS map
    maps = {caption: str(png) for caption in outcome.report_maps()}
    page = html.unescape(write_report(_inputs(outcome, maps=maps), tmp_path / "r.html")
                         .read_text(encoding="utf-8"))
    section = re.search(r'<section id="maps">(.*?)</section>', page, re.S).group(1)
    figure_end = section.index(f"<figcaption>{LISA_U}</figcaption></figure>")
    assert section.index("no region's local Moran's I (LISA) is significant") > figure_end
    summary = re.search(r'<section id="summary">(.*?)</section>', page, re.S).group(1)
    assert "what the tests without the correction show" in summary


def test_nothing_is_said_when_no_correction_was_asked(outcome):
    inputs = _inputs(outcome)
    inputs.method = {**inputs.method, "lisa": {**inputs.method["lisa"], "correction": "none"},
                     "hotspots": {**inputs.method["hotspots"], "correction": "none"}}
    assert multiple_test_notes(inputs) == {} and multiple_test_summary(inputs) == []


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_sentence_and_legend_word_is_translated(language):
    import string

    from kz_innovation_plugin.core.report.legends import LEGEND_TITLES, SCALE_UNITS, ZONE_LABELS
    from kz_innovation_plugin.core.report.multiple_tests import TEXTS

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for table in (TEXTS, LEGEND_TITLES):
        english, other = table["en"], table[language]
        assert set(other) == set(english)
        for key, text in english.items():
            assert fields(other[key]) == fields(text), key
            if key not in ("lisa_name", "gi_name", "and"):
                assert CYRILLIC.search(other[key]), key
    assert fields(ZONE_LABELS[language]) == {"n"} and CYRILLIC.search(SCALE_UNITS[language])


def test_without_the_uncorrected_fields_nothing_is_claimed_about_them(outcome):
    inputs = _inputs(outcome)
    inputs.regions = inputs.regions.drop(columns=["LISA_CL_U", "Gi_Bin_U"])
    notes = multiple_test_notes(inputs)
    assert notes[CAPTIONS["lisa"][0]] == (
        "After the false discovery rate (FDR) correction for multiple tests, no region's local "
        "Moran's I (LISA) is significant at p ≤ 0.05.")
    assert multiple_test_summary(inputs) == []


def test_nothing_significant_even_without_the_correction():
    regions = _regions([0] * 17, [0] * 17, [0] * 17, [0] * 17)
    inputs = ReportInputs(title="t", regions=regions, method={
        "lisa": {"correction": "bonferroni", "alpha": 0.05},
        "hotspots": {"correction": "bonferroni", "alpha": 0.05}})
    notes = multiple_test_notes(inputs)
    assert notes[CAPTIONS["lisa"][0]].endswith(
        "Even without the correction no region's LISA is significant.")
    assert "After the Bonferroni correction" in notes[CAPTIONS["gi"][0]]
    assert multiple_test_summary(inputs) == []


def test_bonferroni_is_explained_with_its_own_rule():
    regions = _regions([0] * 17, [0] * 16 + [1], [0] * 17, [0] * 16 + [3])
    inputs = ReportInputs(title="t", regions=regions, method={
        "lisa": {"correction": "bonferroni", "alpha": 0.05},
        "hotspots": {"correction": "bonferroni", "alpha": 0.05}})
    lisa = multiple_test_notes(inputs)[CAPTIONS["lisa"][0]]
    assert "Region 16 (High-High)" in lisa
    assert "it keeps a region only when its p-value is at most 0.05 / 17 = 0.0029" in lisa
    gi = multiple_test_notes(inputs)[CAPTIONS["gi"][0]]
    assert "Region 16 (Hot spot, 99 % confidence)" in gi and "at p ≤ 0.01" in gi
