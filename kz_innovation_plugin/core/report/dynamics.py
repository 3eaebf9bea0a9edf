"""The report's Dynamics section: the years of a multi-year table seen together.

The index over years (a chart of the ranks with the cores in colour and a table of each
region's scores and rank intervals), the emerging hot spot pattern of each region, each
core's spillover (own effect, spillover to the other regions, total, with intervals), and
what this says of the study's "multiplier effect" claim, in cautious words.  Its words in
English, Russian and Kazakh are here, beside the section (as :mod:`.specialisation` keeps
its own).
"""

from __future__ import annotations

import math

import pandas as pd

from ..indicators import catalogued
from .dynamics_words import PATTERN_WORDS, WORDS
from .markup import escape, figure, note, table
from .model import DynamicsInputs, ReportInputs, is_missing, names_of, number, p_value, whole

#: the chart's file in the report's folder
CHART_FILE = "trajectories.png"


def indicator_name(name: str, language: str) -> str:
    """An indicator in ``language``: the catalogue's name, else the field as it is."""
    entry = catalogued(str(name))
    if entry is None:
        return str(name)
    return {"en": entry.name_en, "ru": entry.name_ru, "kk": entry.name_kk}[language]


def span(years: list[int]) -> str:
    """``2021–2023`` (or one year)."""
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")


def pattern_text(code: object, language: str) -> str:
    """An emerging hot spot pattern in ``language``."""
    try:
        return PATTERN_WORDS[language][int(code)]
    except (TypeError, ValueError, KeyError):
        return "–"


def effect_number(value: object, language: str) -> str:
    """An effect with enough decimals to show its first three significant digits."""
    if is_missing(value):
        return "–"
    size = abs(float(value))
    digits = 3 if size == 0 or size >= 0.1 else min(6, 2 - math.floor(math.log10(size)))
    return number(value, digits, language)


def chart_texts(language: str) -> dict[str, object]:
    """The trajectory chart's title, axis labels and the legend of the other regions."""
    own = WORDS[language]
    return {"title": own["chart_title"], "labels": (own["chart_x"], own["chart_y"]),
            "others_label": own["others"]}


def unit_names(frame: pd.DataFrame, language: str) -> dict[str, str]:
    """Unit id -> name in ``language``, from the rows' name columns."""
    first = frame.drop_duplicates("unit_id").set_index("unit_id")
    return dict(zip(first.index.astype(str), names_of(first, language)))


def _last_order(part: DynamicsInputs) -> list[str]:
    """Unit ids by their rank in the last year (regions without it after)."""
    scores = part.scores
    last = scores[scores["year"] == part.years[-1]].sort_values("rank")
    return list(dict.fromkeys([*last["unit_id"].astype(str), *scores["unit_id"].astype(str)]))


def _intro(part: DynamicsInputs, own: dict, language: str) -> list[str]:
    """What the index over years is, what was left out and what was harmonised."""
    parts = []
    if part.years:
        fields = "; ".join(indicator_name(name, language) for name in part.fields)
        intro = own["intro"].format(
            years=", ".join(map(str, part.table_years)), span=span(part.years),
            set=part.boundary_set, fields=fields, year=part.year)
        parts.append(f"<p>{escape(intro)}</p>")
        if part.fallback:
            parts.append(note(own["fallback"]))
    if part.left_out:
        reasons = [own["reason_" + reason].format(
            name=indicator_name(name, language), set=part.boundary_set,
            span=span(part.years)) for name, reason in part.left_out]
        items = "".join(f"<li>{escape(reason)}</li>" for reason in reasons)
        parts.append(f"<p>{escape(own['left_out'])}</p><ul>{items}</ul>")
    return parts


def _trajectory_table(part: DynamicsInputs, own: dict, language: str) -> str:
    """Per region and year: the score (marked * when harmonised) and the rank interval."""
    scores = part.scores.assign(unit_id=part.scores["unit_id"].astype(str))
    names = unit_names(scores, language)
    cells = scores.set_index(["unit_id", "year"])
    rows = []
    for unit in _last_order(part):
        row = [names.get(unit, unit)]
        for year in part.years:
            if (unit, year) not in cells.index:
                row += ["–", "–"]
                continue
            cell = cells.loc[(unit, year)]
            mark = " *" if str(cell.get("harmonised") or "").strip() else ""
            row += [number(cell["index"], 3, language) + mark,
                    f"{whole(cell['rank'])} ({whole(cell['rank_p05'])}–"
                    f"{whole(cell['rank_p95'])})"]
        rows.append(row)
    headers = [own["region"]] + [text for year in part.years for text in (
        own["index_year"].format(year=year), own["rank_year"].format(year=year))]
    marked = int(scores["harmonised"].fillna("").astype(str).str.strip().ne("").sum())
    table_html = table(headers, rows, numeric=range(1, len(headers)))
    if marked:
        table_html += note(own["harmonised"].format(count=marked, total=len(scores)))
    return table_html


def _series_note(part: DynamicsInputs, own: dict, language: str) -> str:
    """What a series of this length allows the trend test."""
    from ..dynamics.emerging import smallest_mann_kendall_p, years_for_trend

    count = len(part.years)
    needed = years_for_trend(part.trend_alpha)
    if count == 2:
        return f'<p class="warning">{escape(own["two_years"].format(needed=needed))}</p>'
    smallest = smallest_mann_kendall_p(count)
    if smallest < part.trend_alpha:
        return ""
    return '<p class="warning">' + escape(own["short_series"].format(
        count=count, p=number(smallest, 3, language),
        alpha=number(part.trend_alpha, 2, language), needed=needed)) + "</p>"


def _emerging_part(part: DynamicsInputs, own: dict, language: str) -> list[str]:
    """The emerging hot spot pattern of each region."""
    frame = part.emerging
    if frame.empty:
        return []
    frame = frame.assign(unit_id=frame["unit_id"].astype(str)).set_index("unit_id",
                                                                          drop=False)
    names = unit_names(frame, language)
    order = [unit for unit in _last_order(part) if unit in frame.index] \
        if not part.scores.empty else list(frame.index)
    rows = [[names.get(unit, unit), pattern_text(frame.at[unit, "CATEGORY"], language),
             whole(frame.at[unit, "NUM_HOT"]), whole(frame.at[unit, "NUM_COLD"]),
             number(frame.at[unit, "TREND_Z"], 2, language),
             p_value(frame.at[unit, "TREND_P"], language)] for unit in order]
    parts = [f"<h3>{escape(own['emerging'])}</h3>", note(own["emerging_rule"]),
             _series_note(part, own, language)]
    if not (frame["CATEGORY"] != 0).any():
        parts.append(f"<p>{escape(own['no_pattern_anywhere'])}</p>")
    parts.append(table([own["region"], own["pattern"], own["hot_years"], own["cold_years"],
                        own["trend_z"], own["trend_p"]], rows, numeric=[2, 3, 4, 5]))
    return parts


def _interval(row: pd.Series, key: str, own: dict, language: str) -> str:
    return own["interval"].format(value=effect_number(row[key], language),
                                  low=effect_number(row[f"{key}_lower"], language),
                                  high=effect_number(row[f"{key}_upper"], language))


def _spillover_about(part: DynamicsInputs, own: dict, language: str) -> list[str]:
    """How the spillover was estimated, and the warnings shown plainly."""
    about = part.spillover_about
    x = indicator_name(about["x"], language)
    regions = whole(about["regions"])
    model = own["about_panel" if about["panel"] else "about_cross"].format(
        year=part.year, span=span(about.get("years") or part.years), x=x, regions=regions,
        rho=number(about["rho"], 3, language))
    effects = own["about_effects"].format(
        x=x, level=f"{100 * about['level']:.0f}", draws=about["draws"], seed=about["seed"])
    parts = [f"<p>{escape(model)} {escape(effects)}</p>"]
    if about.get("small_sample"):
        parts.append(f'<p class="warning">{escape(own["small_sample"].format(regions=regions))}'
                     "</p>")
    if about.get("short_panel"):
        parts.append('<p class="warning">' + escape(own["short_panel"].format(
            count=len(about.get("years") or []))) + "</p>")
    if about.get("x_in_index"):
        parts.append(note(own["in_index"].format(x=x)))
    return parts


def _spillover_part(part: DynamicsInputs, own: dict, language: str) -> list[str]:
    """The per-core spillover table, or why it is missing."""
    about = part.spillover_about
    if "rho" not in about:
        return []
    parts = [f"<h3>{escape(own['spillover'].format(x=indicator_name(about['x'], language)))}"
             "</h3>", *_spillover_about(part, own, language)]
    cores = part.spillover
    if cores.empty:
        parts.append(f"<p>{escape(own['no_cores'])}</p>")
        return parts
    names = names_of(cores, language)
    rows = [[names[label], *(_interval(row, key, own, language)
                             for key in ("own", "spillover", "total"))]
            for label, row in cores.iterrows()]
    parts.append(table([own["core"], own["own"], own["to_others"], own["total"]], rows,
                       numeric=[1, 2, 3]))
    parts.append(f"<p>{escape(claim_sentence(part, language))}</p>")
    return parts


def _skipped(part: DynamicsInputs, own: dict, language: str) -> list[str]:
    """Why a part was not computed, in the report's language."""
    x = indicator_name(part.spillover_about.get("x") or "", language)
    sentences = []
    for name, (code, message) in part.skipped.items():
        key = f"why_{code}"
        if key in own and not (code == "error" and language == "en"):
            why = own[key].format(x=x, year=part.year)
        else:
            why = message.rstrip(".")
        sentences.append(note(own[f"skip_{name}"].format(why=why)))
    return sentences


def dynamics_section(inputs: ReportInputs, chart: str | None) -> str:
    """The section: the index over years, its chart and table, the emerging hot spots, the
    per-core spillover and what it says of the multiplier effect ("" without dynamics)."""
    part = inputs.dynamics
    if part is None:
        return ""
    language = inputs.language
    own = WORDS[language]
    parts = _intro(part, own, language)
    if chart:
        parts.append(figure(chart, own["chart_title"]))
    if part.years and not part.scores.empty:
        parts += [f"<h3>{escape(own['trajectories'])}</h3>",
                  _trajectory_table(part, own, language)]
    parts += _emerging_part(part, own, language)
    parts += _spillover_part(part, own, language)
    parts += _skipped(part, own, language)
    return "\n".join(item for item in parts if item)


def claim_sentence(part: DynamicsInputs, language: str) -> str:
    """What the cores' spillovers say of the study's multiplier-effect claim, cautiously:
    positive or negative where an interval excludes 0, else neither."""
    cores, about = part.spillover, part.spillover_about
    own = WORDS[language]
    names = names_of(cores, language)
    positive = cores["spillover_lower"] > 0
    negative = cores["spillover_upper"] < 0
    words = {"x": indicator_name(about["x"], language),
             "level": f"{100 * about['level']:.0f}", "regions": whole(about["regions"])}
    if positive.any():
        return own["claim_positive"].format(names=", ".join(names[positive]), **words)
    if negative.any():
        return own["claim_negative"].format(names=", ".join(names[negative]), **words)
    return own["claim_none"].format(names=", ".join(names), **words)


def dynamics_sentences(inputs: ReportInputs) -> list[str]:
    """The summary's sentences: the cores' ranks over the years (with their emerging
    pattern) and what their spillovers say of the multiplier effect."""
    part = inputs.dynamics
    if part is None:
        return []
    language = inputs.language
    own = WORDS[language]
    sentences = []
    if part.years and not part.scores.empty and part.cores:
        sentences += _rank_sentence(part, own, language)
    if not part.spillover.empty and "rho" in part.spillover_about:
        sentences.append(claim_sentence(part, language))
    return sentences


def _rank_sentence(part: DynamicsInputs, own: dict, language: str) -> list[str]:
    """``Index over 2021–2023: Astana ranked 2 → 1 → 1 (persistent hot spot); ...``."""
    scores = part.scores.assign(unit_id=part.scores["unit_id"].astype(str))
    names = unit_names(scores, language)
    patterns = {} if part.emerging.empty else dict(zip(
        part.emerging["unit_id"].astype(str), part.emerging["CATEGORY"]))
    items = []
    for unit in part.cores:
        rows = scores[scores["unit_id"] == str(unit)].sort_values("year")
        if rows.empty:
            continue
        ranks = " → ".join(whole(rank) for rank in rows["rank"])
        if unit in patterns:
            items.append(own["rank_pattern"].format(
                name=names[unit], ranks=ranks, pattern=pattern_text(patterns[unit], language)))
        else:
            items.append(own["rank_item"].format(name=names[unit], ranks=ranks))
    return [own["ranks"].format(span=span(part.years), items="; ".join(items))] if items else []
