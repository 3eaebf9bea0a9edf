"""Write the report: one HTML page and a ``<stem>_files/`` folder of images and the full
method record (``method.json``), all or nothing.

Everything is built in a temporary directory beside the target; only when the page and every
image are written are the folder and the page moved into place with :func:`os.replace` (an old
report is replaced).  On any failure the temporary directory is removed and an old report is
left as it was.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from ..errors import InputFileError
from ..output import output_folder
from .method import RECORD_FILE, record_json
from .model import NAME_FIELDS, ReportInputs, name_column
from .page import render_page
from .texts import QUADRANTS, SUBINDEX_LABELS, texts

__all__ = ["write_report"]


def _scatter_with_names(inputs: ReportInputs) -> pd.DataFrame:
    """The scatter table, with the regions' names when it has none and shares their ids
    (its index, or its ``feature`` column as :func:`.jobs.spatial.run_global` writes it)."""
    scatter = inputs.scatter
    if "feature" in scatter.columns:
        scatter = scatter.set_index("feature")
    if name_column(scatter, inputs.language) is None and scatter.index.isin(
            inputs.regions.index).all():
        names = [c for c in NAME_FIELDS[inputs.language] if c in inputs.regions.columns]
        scatter = scatter.join(inputs.regions[names])
    return scatter


def _draw_charts(inputs: ReportInputs, folder: Path) -> dict[str, str | None]:
    """Draw the charts the data allow; chart key -> file name in ``folder`` (or None)."""
    # matplotlib (0.3 s to import) is imported here, on the chart thread of
    # _maps_and_charts, while QGIS draws the maps
    from . import charts

    words, language, regions = texts(inputs.language), inputs.language, inputs.regions
    drawn: dict[str, str | None] = {"ranking": None, "subindices": None, "scatter": None}
    few = len(regions) <= charts.MAX_CHARTED  # a row per region: only for so many regions
    if "innov_rank" in regions.columns and few:
        charts.ranking_chart(
            regions, folder / "ranking.png", language, words["ranking_title"],
            words["ranking_axis"], (words["ranking_legend_dot"], words["ranking_legend_line"]),
        )
        drawn["ranking"] = "ranking.png"
    if few and any(str(c).startswith("si_") for c in regions.columns):
        charts.subindex_chart(
            regions, folder / "subindices.png", SUBINDEX_LABELS[language], language,
            words["subindex_title"], words["subindex_axis"],
        )
        drawn["subindices"] = "subindices.png"
    scatter = inputs.scatter
    if scatter is not None and {"z", "lag"} <= set(scatter.columns) and not scatter.empty:
        moran_i = (inputs.global_moran or {}).get("moran_i")
        charts.moran_scatter_chart(
            _scatter_with_names(inputs), None if moran_i is None else float(moran_i),
            folder / "moran_scatter.png", language, words["scatter_title"],
            (words["scatter_x"], words["scatter_y"]), words["scatter_slope"],
            QUADRANTS[language],
        )
        drawn["scatter"] = "moran_scatter.png"
    drawn["lq"] = _lq_chart(inputs, folder)
    drawn["trajectories"] = _trajectory_chart(inputs, folder)
    return drawn


def _lq_chart(inputs: ReportInputs, folder: Path) -> str | None:
    """The heat map of the location quotients of the table as published, or None."""
    part = inputs.specialisation
    if part is None or part.lq.empty:
        return None
    from . import charts
    from .specialisation import WORDS, label_names

    words = WORDS[inputs.language]
    lq = part.lq.rename(index=label_names(part.lq.index, inputs.language, part.lq.index))
    charts.lq_heatmap_chart(lq, folder / "lq_heatmap.png", inputs.language,
                            words["heatmap_title"], words["heatmap_scale"])
    return "lq_heatmap.png"


def _trajectory_chart(inputs: ReportInputs, folder: Path) -> str | None:
    """Each region's rank over the years of the index over years, the cores in colour."""
    part = inputs.dynamics
    if part is None or part.scores.empty:
        return None
    from .dynamics import CHART_FILE, chart_texts, unit_names
    from .trajectories import trajectory_chart

    scores = part.scores.assign(unit_id=part.scores["unit_id"].astype(str))
    highlight = [unit for unit in part.cores if unit in set(scores["unit_id"])]
    trajectory_chart(scores, folder / CHART_FILE, "rank", highlight,
                     unit_names(scores, inputs.language), inputs.language,
                     **chart_texts(inputs.language))
    return CHART_FILE


def _copy_maps(inputs: ReportInputs, folder: Path) -> list[tuple[str, str]]:
    """Copy the map images into ``folder``; (caption, file name) in the given order."""
    copied = []
    for number, (caption, source) in enumerate(inputs.maps.items(), 1):
        source = Path(source)
        if not source.is_file():
            raise InputFileError(
                f"The map image {source} for {caption!r} does not exist; render the maps "
                "again or leave this map out."
            )
        name = f"map_{number:02d}{source.suffix.lower() or '.png'}"
        shutil.copyfile(source, folder / name)
        copied.append((caption, name))
    return copied


def _move_into_place(work: Path, page: str, target: Path, folder_name: str) -> None:
    """Move the built folder and page from ``work`` to beside ``target``; roll back on error."""
    final_folder = target.parent / folder_name
    backup = work / ".previous"
    had_old = os.path.lexists(final_folder)
    if had_old:
        os.replace(final_folder, backup)
    moved = False
    try:
        os.replace(work / folder_name, final_folder)
        moved = True
        os.replace(work / page, target)
    except BaseException:
        if moved:
            shutil.rmtree(final_folder, ignore_errors=True)
        if had_old:
            os.replace(backup, final_folder)
        raise


def _maps_and_charts(
    inputs: ReportInputs, folder: Path, draw_maps: Callable[[], dict[str, str]] | None
) -> tuple[ReportInputs, dict[str, str | None]]:
    """The inputs with the maps ``draw_maps`` drew, and the charts drawn meanwhile."""
    if draw_maps is None:
        return inputs, _draw_charts(inputs, folder)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-charts") as pool:
        charts_drawn = pool.submit(_draw_charts, inputs, folder)
        try:
            maps = draw_maps()
        finally:
            drawn = charts_drawn.result()  # a chart's error is raised before a map's
    return dataclasses.replace(inputs, maps=maps), drawn


def write_report(inputs: ReportInputs, path: str | os.PathLike,
                 draw_maps: Callable[[], dict[str, str]] | None = None) -> Path:
    """Write the HTML report of ``inputs`` to ``path`` and its images beside it.

    Parameters
    ----------
    inputs : ReportInputs
        What to report.
    path : str or PathLike
        The HTML file (``.html`` or ``.htm``); the images and the full method record
        (``method.json``, every parameter with absolute paths reduced to file names) go to
        ``<stem>_files/`` in the same folder.  An existing report of that name is replaced.
    draw_maps : callable, optional
        Draws the maps and returns ``{caption: png path}``, which replace ``inputs.maps``.
        It runs on the calling thread while the charts are drawn on another one (QGIS draws
        maps mostly outside Python, so the two overlap on a machine with two cores).

    Returns
    -------
    Path
        The HTML file.

    Raises
    ------
    InputFileError
        When the name does not end in .html, its folder cannot be made or written (a part of
        the path is a file), or a map image does not exist.
    """
    target = Path(path)
    if target.suffix.lower() not in (".html", ".htm"):
        raise InputFileError(
            f"The report {target} must be an HTML file: give a name ending in .html."
        )
    output_folder(target)
    folder_name = f"{target.stem}_files"
    work = Path(tempfile.mkdtemp(prefix=".partial-report-", dir=target.parent))
    try:
        folder = work / folder_name
        folder.mkdir()
        prefix = quote(folder_name)
        inputs, drawn = _maps_and_charts(inputs, folder, draw_maps)
        charts_src = {key: name and f"{prefix}/{quote(name)}" for key, name in drawn.items()}
        maps = [(caption, f"{prefix}/{quote(name)}") for caption, name in
                _copy_maps(inputs, folder)]
        (folder / RECORD_FILE).write_text(record_json(inputs.method), encoding="utf-8")
        created = datetime.now().strftime("%Y-%m-%d %H:%M")
        page = render_page(inputs, charts_src, maps, created, f"{prefix}/{RECORD_FILE}")
        (work / target.name).write_text(page, encoding="utf-8")
        _move_into_place(work, target.name, target, folder_name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target
