"""The report page: one self-contained HTML document (inline CSS, no script, no external URL)."""

from __future__ import annotations

from . import sections as body
from .dynamics import dynamics_section
from .dynamics_words import WORDS as DYNAMICS_WORDS
from .markup import escape, figure, note
from .model import ReportInputs
from .multiple_tests import multiple_test_notes
from .specialisation import WORDS as SPECIALISATION_WORDS
from .specialisation import specialisation_section
from .summary import summary_sentences
from .texts import phrase, texts

CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; margin: 0;
       line-height: 1.45; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 0 1.5em 2em; }
h1 { font-size: 1.7em; margin: 0.8em 0 0.1em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #0072b2; padding-bottom: 0.15em;
     margin-top: 1.8em; }
h3 { font-size: 1.05em; margin-top: 1.2em; }
.date { color: #555; margin-top: 0; }
.banner { background: #fff3cd; border: 2px solid #b8860b; color: #5c4400; font-weight: bold;
          padding: 0.6em 1em; position: sticky; top: 0; z-index: 1; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
nav a, a { color: #0072b2; }
table { border-collapse: collapse; margin: 0.6em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.55em; text-align: left;
         vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
th { background: #eef4f9; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr:nth-child(even) td { background: #fafafa; }
figure { margin: 1em 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { color: #444; font-size: 0.9em; margin-top: 0.3em; }
.note { color: #555; font-style: italic; }
.warning { background: #fff3cd; border-left: 4px solid #b8860b; padding: 0.35em 0.8em; }
table.method th { width: 11em; }
table.method p { margin: 0 0 0.3em; }
table.method p:last-child { margin-bottom: 0; }
table.statistics td:last-child { color: #444; }
@page { size: A4 portrait; margin: 15mm 14mm 16mm; }
@media print {
  body { font-size: 9.5pt; line-height: 1.35; }
  main { max-width: none; margin: 0; padding: 0; }
  nav { display: none; }
  .banner { position: static; }
  h1 { margin-top: 0; }
  h2 { margin-top: 1.2em; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, table, tr, .note, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table { width: 100%; font-size: 0.85em; }
  th, td { padding: 0.2em 0.4em; }
  figure { margin: 0.6em 0; }
  figure img { max-width: 100%; max-height: 190mm; width: auto; }
  #maps figure img { max-height: 112mm; }
  a { color: inherit; }
}
"""
SECTIONS = ("summary", "maps", "ranking", "subindices", "autocorrelation", "cores",
            "specialisation", "dynamics", "join", "method", "sources")
#: sections shown only when the run has their part
CONDITIONAL = ("specialisation", "dynamics")


def render_page(inputs: ReportInputs, charts: dict[str, str | None],
                maps: list[tuple[str, str]], created: str,
                record_src: str | None = None) -> str:
    """The whole HTML document.

    Parameters
    ----------
    inputs : ReportInputs
        What to report.
    charts : dict
        ``"ranking"``, ``"subindices"``, ``"scatter"``, ``"lq"``, ``"trajectories"`` ->
        relative image address,
        or None when the chart was not drawn.
    maps : list of (caption, address)
        The copied map images.
    created : str
        Date (and time) the report was made.
    record_src : str or None
        Relative address of the full method record beside the report, linked from the
        method section.
    """
    words = {**texts(inputs.language), **SPECIALISATION_WORDS[inputs.language],
             "dynamics": DYNAMICS_WORDS[inputs.language]["dynamics"]}
    title = phrase(inputs.title, inputs.language)
    banner = (f'<div class="banner" role="note">{escape(words["banner"])}</div>'
              if inputs.illustrative else "")
    summary = "".join(f"<li>{escape(s)}</li>" for s in summary_sentences(inputs))
    subindices = (figure(charts["subindices"], words["subindex_title"])
                  if charts.get("subindices") else
                  note(words["chart_missing"].format(what="si_*")))
    bodies = {
        "summary": f"<ul>{summary}</ul>" if summary else "",
        "maps": body.maps_section(maps, words, inputs.language, multiple_test_notes(inputs)),
        "ranking": body.ranking_section(inputs, words, charts.get("ranking")),
        "subindices": subindices,
        "autocorrelation": body.autocorrelation_section(inputs, words, charts.get("scatter")),
        "cores": body.cores_section(inputs, words),
        "specialisation": specialisation_section(inputs, words, charts.get("lq")),
        "dynamics": dynamics_section(inputs, charts.get("trajectories")),
        "join": body.join_section(inputs, words),
        "method": body.method_section(inputs, words, record_src),
        "sources": body.sources_section(inputs, words),
    }
    shown = [key for key in SECTIONS if key not in CONDITIONAL or bodies[key]]
    nav = "".join(f'<li><a href="#{key}">{escape(words[key])}</a></li>' for key in shown)
    sections = "\n".join(
        f'<section id="{key}"><h2>{escape(words[key])}</h2>\n{bodies[key]}</section>'
        for key in shown
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(inputs.language)}">\n<head>\n'
        f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{banner}\n<main>\n<h1>{escape(title)}</h1>\n"
        f'<p class="date">{escape(words["created"].format(date=created))}</p>\n'
        f"<nav><ul>{nav}</ul></nav>\n{sections}\n{banner}\n</main>\n</body>\n</html>\n"
    )
