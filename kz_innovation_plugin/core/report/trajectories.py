"""Trajectories of the index over years: each region's rank (or score) year by year.

Drawn like the report's other charts (:mod:`.charts`): a new
:class:`~matplotlib.figure.Figure` on its own Agg canvas, never pyplot, Okabe-Ito colours.
The rank chart shows each year's 90 % rank interval (5th to 95th percentile over the
uncertainty runs) as an error bar around the region's line; the score chart has no interval
(the uncertainty analysis measures ranks).  Highlighted regions (the cores, say) are drawn
in colour with their intervals and named in the legend; the others then stay grey and thin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .._checks import describe_ids
from ..errors import ParameterError
from .charts import GRID, PALETTE, _decimal_mark, _plain_text, _save

__all__ = ["TRAJECTORY_VALUES", "trajectory_chart", "trajectory_figure"]

#: what the chart can show: the rank (with its interval) or the score
TRAJECTORY_VALUES = ("rank", "index")
#: markers cycled with the colours, so that more regions than colours stay apart
MARKERS = ("o", "s", "^", "D", "v", "P")
#: colour of the regions that are not highlighted
OTHER = "#b8b8b8"
#: width of a year's slot over which the regions' error bars are spread
SPREAD = 0.5
#: English title and axis labels by what the chart shows (the report passes its own)
DEFAULT_TEXTS = {
    "rank": ("Rank per year and its 90 % interval (index over years)",
             ("Year", "Rank (1 = most innovative)")),
    "index": ("Index per year on a fixed reference", ("Year", "Index")),
}


def _checked(scores: pd.DataFrame, value: str, highlight: list[str]) -> pd.DataFrame:
    """The rows to draw, as numbers, sorted by region and year."""
    if value not in TRAJECTORY_VALUES:
        raise ParameterError(
            f'The trajectory chart shows "rank" or "index", not "{value}".')
    needed = ["unit_id", "year", value] + (["rank_p05", "rank_p95"] if value == "rank" else [])
    missing = [column for column in needed if column not in scores.columns]
    if missing:
        raise ParameterError(
            f"The trajectory chart needs the column(s) {', '.join(missing)} of the index over "
            "years (its long table).")
    table = scores[needed].copy()
    table["unit_id"] = table["unit_id"].astype(str)
    for column in needed[1:]:
        table[column] = pd.to_numeric(table[column], errors="coerce")
    table = table.dropna(subset=["year", value])
    if table.empty:
        raise ParameterError("The trajectory chart has no region with a score to draw.")
    unknown = [unit for unit in highlight if unit not in set(table["unit_id"])]
    if unknown:
        raise ParameterError(
            f"Region(s) {describe_ids(unknown)} to highlight have no score in the index over "
            "years; give unit ids of its long table.")
    return table.sort_values(["unit_id", "year"], kind="stable")


def _style(position: int) -> dict:
    """Colour and marker of the ``position``-th coloured region."""
    return {"color": PALETTE[position % len(PALETTE)],
            "marker": MARKERS[(position // len(PALETTE)) % len(MARKERS)]}


def _draw(axes: Axes, rows: pd.DataFrame, value: str, shift: float,
          style: dict | None, label: str) -> None:
    """One region's line, and for ranks its intervals; ``style`` None draws it grey."""
    x = rows["year"].to_numpy(dtype=float) + shift
    y = rows[value].to_numpy(dtype=float)
    if style is None:
        axes.plot(x, y, color=OTHER, linewidth=0.9, zorder=1)
        return
    if value == "rank":
        low, high = rows["rank_p05"].to_numpy(float), rows["rank_p95"].to_numpy(float)
        ok = np.isfinite(low) & np.isfinite(high)
        axes.errorbar(x[ok], (low[ok] + high[ok]) / 2, yerr=(high[ok] - low[ok]) / 2,
                      fmt="none", ecolor=style["color"], elinewidth=1.2, capsize=3,
                      alpha=0.7, zorder=2)
    axes.plot(x, y, color=style["color"], marker=style["marker"], markersize=5,
              linewidth=1.6, label=label, zorder=3)


def _axes_layout(axes: Axes, years: np.ndarray, value: str, count: int, language: str,
                 labels: tuple[str, str]) -> None:
    """Years on x; ranks top-down from 1, or scores with the language's decimal mark."""
    axes.set_xticks(years, labels=[str(int(year)) for year in years])
    axes.set_xlim(years.min() - 0.5, years.max() + 0.5)
    if value == "rank":
        axes.set_ylim(count + 0.7, 0.3)
        axes.set_yticks(np.arange(1, count + 1, 1 if count <= 20 else 5))
    else:
        _decimal_mark(language, axes.yaxis)
    axes.grid(axis="y", color=GRID, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=9)
    axes.set_xlabel(labels[0], fontsize=10)
    axes.set_ylabel(labels[1], fontsize=10)


@_plain_text
def trajectory_figure(
    scores: pd.DataFrame,
    value: str = "rank",
    highlight: Iterable[str] = (),
    names: Mapping[str, str] | None = None,
    language: str = "en",
    title: str | None = None,
    labels: tuple[str, str] | None = None,
    others_label: str = "Other regions",
) -> Figure:
    """The trajectory chart as a figure (see :func:`trajectory_chart`), not yet written."""
    highlight = [str(unit) for unit in highlight]
    table = _checked(scores, value, highlight)
    title = DEFAULT_TEXTS[value][0] if title is None else title
    labels = DEFAULT_TEXTS[value][1] if labels is None else labels
    regions = list(dict.fromkeys(table["unit_id"]))
    coloured = highlight or regions
    names = {str(key): str(name) for key, name in (names or {}).items()}
    figure = Figure(layout="constrained", figsize=(9.0, 5.6))
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    step = SPREAD / max(len(coloured), 1)
    for unit in [unit for unit in regions if unit not in coloured]:
        _draw(axes, table[table["unit_id"] == unit], value, 0.0, None, "")
    for position, unit in enumerate(coloured):
        shift = (position - (len(coloured) - 1) / 2) * step if value == "rank" else 0.0
        _draw(axes, table[table["unit_id"] == unit], value, shift, _style(position),
              names.get(unit, unit))
    if len(coloured) < len(regions):
        axes.plot([], [], color=OTHER, linewidth=0.9, label=others_label)
    years = np.unique(table["year"].to_numpy(dtype=float))
    count = int(np.nanmax(table[[c for c in table.columns if c.startswith("rank")]]
                          .to_numpy(dtype=float))) if value == "rank" else 0
    _axes_layout(axes, years, value, count, language, labels)
    axes.set_title(title, fontsize=12)
    figure.legend(fontsize=8, loc="outside right upper", frameon=False,
                  ncol=1 if len(coloured) <= 22 else 2)
    return figure


@_plain_text
def trajectory_chart(
    scores: pd.DataFrame,
    path: str | Path,
    value: str = "rank",
    highlight: Iterable[str] = (),
    names: Mapping[str, str] | None = None,
    language: str = "en",
    title: str | None = None,
    labels: tuple[str, str] | None = None,
    others_label: str = "Other regions",
) -> Path:
    """Each region's rank (or score) over the years, with its 90 % rank interval.

    Parameters
    ----------
    scores : pandas.DataFrame
        The long table of the index over years
        (:attr:`..composite.panel_index.PanelIndexResult.scores`): ``unit_id``, ``year``,
        ``index`` or ``rank``, and for ranks ``rank_p05`` and ``rank_p95``.
    path : str or Path
        PNG to write.
    value : {"rank", "index"}
        Draw the rank (1 at the top, the interval as error bars, the regions' bars spread a
        little around each year so that they do not hide each other) or the score.
    highlight : iterable of str, optional
        Unit ids drawn in colour, with their intervals, and named in the legend; the
        others are thin grey lines.  Empty: every region in colour.
    names : mapping of str to str, optional
        Unit id -> the name shown in the legend (in the report's language); the unit id
        when not given.
    language : str
        ``"ru"`` and ``"kk"`` write the scores' tick labels with a decimal comma.
    title : str, optional
        Chart title; an English one for ``value`` by default (:data:`DEFAULT_TEXTS`).
    labels : tuple of str, optional
        x- and y-axis labels; English ones for ``value`` by default.
    others_label : str
        Legend label of the grey lines.

    Returns
    -------
    Path
        The PNG written.

    Raises
    ------
    ParameterError
        An unknown ``value``, missing columns, no score, or a highlighted region without
        any score.
    """
    figure = trajectory_figure(scores, value, highlight, names, language, title, labels,
                               others_label)
    return _save(figure, path)
