"""The report's three charts, drawn with matplotlib's object API on the Agg canvas.

Each chart is a new :class:`matplotlib.figure.Figure` with its own
:class:`~matplotlib.backends.backend_agg.FigureCanvasAgg`, so nothing touches pyplot's
global state (safe inside QGIS).  Colours are Okabe-Ito's colour-blind-safe palette.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import ScalarFormatter

from ..errors import ParameterError
from .model import by_rank, names_of, subindex_columns
from .texts import DECIMAL_COMMA, decimal

__all__ = ["DPI", "lq_heatmap_chart", "moran_scatter_chart", "ranking_chart", "subindex_chart"]

DPI = 150
#: charts with a row or a name per region draw at most this many regions (the ranking and
#: sub-index charts grow 0.3 inch a region: a 100,000-cell grid would need gigabytes)
MAX_CHARTED = 300
#: Okabe-Ito, without yellow (too light on white) and black
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00")
DOT, LINE, GRID = "#d55e00", "#0072b2", "#bbbbbb"


_Chart = TypeVar("_Chart", bound=Callable)


def _plain_text(draw: _Chart) -> _Chart:
    """Draw with every text as plain text: a region name such as "$$" from the data is not
    read as matplotlib mathtext (which failed on it)."""

    @functools.wraps(draw)
    def plain(*args, **kwargs):
        with matplotlib.rc_context({"text.parse_math": False}):
            return draw(*args, **kwargs)

    return plain  # type: ignore[return-value]


def _save(figure: Figure, path: str | Path) -> Path:
    """Write ``figure`` as a PNG at :data:`DPI` and return the path."""
    FigureCanvasAgg(figure)
    target = Path(path)
    figure.savefig(target, dpi=DPI, format="png", facecolor="white")
    return target


class _DecimalCommaFormatter(ScalarFormatter):
    """matplotlib's default tick labels with a decimal comma."""

    def __call__(self, x, pos=None):
        return decimal(super().__call__(x, pos), DECIMAL_COMMA[0])


def _decimal_mark(language: str, *axes_list) -> None:
    """Tick labels of the given x or y axes with the decimal mark of ``language``."""
    if language in DECIMAL_COMMA:
        for axis in axes_list:
            axis.set_major_formatter(_DecimalCommaFormatter())


def _require(frame: pd.DataFrame, columns: list[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ParameterError(f"The {what} chart needs the column(s) {', '.join(missing)}.")


def _height(rows: int, per_row: float = 0.32) -> float:
    return max(3.0, per_row * rows + 1.6)


#: label offsets tried in turn (points): right-above, right-below, left-above, left-below
OFFSETS = ((4, 3, "left", "bottom"), (4, -3, "left", "top"), (-4, 3, "right", "bottom"),
           (-4, -3, "right", "top"), (0, 7, "center", "bottom"), (0, -7, "center", "top"))


def _label_points(figure: Figure, axes, x: np.ndarray, y: np.ndarray, names) -> None:
    """Name each point, choosing for each label the offset that overlaps the fewest labels
    already placed and points (a greedy placement; labels may still touch when crowded)."""
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw_without_rendering()
    points = [axes.transData.transform((a, b)) for a, b in zip(x, y)]
    placed = []
    for a, b, name in zip(x, y, names):
        best, best_cost = None, None
        for dx, dy, ha, va in OFFSETS:
            label = axes.annotate(name, (a, b), xytext=(dx, dy), textcoords="offset points",
                                  fontsize=7, color="#333333", ha=ha, va=va)
            box = label.get_window_extent(renderer).expanded(1.05, 1.1)
            cost = sum(box.overlaps(other) for other in placed)
            cost += sum(box.contains(px, py) for px, py in points)
            cost += 0 if axes.bbox.contains(box.x0, box.y0) and axes.bbox.contains(
                box.x1, box.y1) else 2
            if best_cost is None or cost < best_cost:
                if best is not None:
                    best[0].remove()
                best, best_cost = (label, box), cost
            else:
                label.remove()
            if cost == 0:
                break
        placed.append(best[1])


@_plain_text
def ranking_chart(
    regions: pd.DataFrame,
    path: str | Path,
    language: str = "en",
    title: str = "Rank and 90 % rank interval (uncertainty analysis)",
    axis_label: str = "Rank (1 = most innovative)",
    legend: tuple[str, str] = ("Rank by the index", "90 % rank interval"),
) -> Path:
    """Each region's rank (a dot) and 90 % rank interval (a line from p05 to p95).

    Parameters
    ----------
    regions : pandas.DataFrame
        ``innov_rank`` and optionally ``rank_p05``, ``rank_p95`` and name columns.
    path : str or Path
        PNG to write.
    language : str
        Which name column labels the regions ("en", "ru" or "kk").
    title, axis_label : str
        Chart title and x-axis label.
    legend : tuple of str
        Legend labels of the dot and of the interval line.

    Returns
    -------
    Path
        The PNG written.
    """
    _require(regions, ["innov_rank"], "ranking")
    table = by_rank(regions)
    ranks = pd.to_numeric(table["innov_rank"], errors="coerce").to_numpy(dtype=float)
    rows = np.arange(len(table))
    figure = Figure(layout="constrained", figsize=(8.0, _height(len(table))))
    axes = figure.add_subplot()
    if {"rank_p05", "rank_p95"} <= set(table.columns):
        low = pd.to_numeric(table["rank_p05"], errors="coerce").to_numpy(dtype=float)
        high = pd.to_numeric(table["rank_p95"], errors="coerce").to_numpy(dtype=float)
        axes.hlines(rows, low, high, colors=LINE, linewidth=3.5, alpha=0.75, zorder=2)
    axes.scatter(ranks, rows, s=42, color=DOT, edgecolor="white", linewidth=0.8, zorder=3)
    axes.set_yticks(rows, labels=names_of(table, language).tolist(), fontsize=9)
    axes.invert_yaxis()
    count = max(len(table), int(np.nanmax(ranks)) if np.isfinite(ranks).any() else 1)
    axes.set_xlim(0.5, count + 0.5)
    step = 1 if count <= 20 else 5
    axes.set_xticks(np.arange(1, count + 1, step))
    axes.tick_params(axis="x", labelsize=9)
    axes.grid(axis="x", color=GRID, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    axes.set_xlabel(axis_label, fontsize=10)
    axes.set_title(title, fontsize=12)
    handles = [
        Line2D([], [], marker="o", linestyle="", color=DOT, markersize=7, label=legend[0]),
        Line2D([], [], color=LINE, linewidth=3.5, alpha=0.75, label=legend[1]),
    ]
    figure.legend(handles=handles, fontsize=9, loc="outside lower center", ncol=2,
                  frameon=False)
    return _save(figure, path)


@_plain_text
def moran_scatter_chart(
    scatter: pd.DataFrame,
    moran_i: float | None,
    path: str | Path,
    language: str = "en",
    title: str = "Moran scatterplot of the innovation index",
    labels: tuple[str, str] = ("Standardised index (z)", "Spatial lag of z"),
    slope_label: str = "Slope = Moran's I = {i}",
    quadrants: tuple[str, str, str, str] = ("HH", "LL", "LH", "HL"),
) -> Path:
    """The standardised index against its spatial lag, with the line whose slope is Moran's I.

    Parameters
    ----------
    scatter : pandas.DataFrame
        ``z``, ``lag`` and optionally a name column, one row per region.
    moran_i : float or None
        Moran's I, the slope of the line through the origin; when None, the least-squares
        slope of lag on z through the origin (Moran's I for row-standardised weights).
    path : str or Path
        PNG to write.
    language : str
        Which name column labels the points, and the decimal mark.
    title : str
        Chart title.
    labels : tuple of str
        x- and y-axis labels.
    slope_label : str
        Legend text of the line, formatted with ``i``.
    quadrants : tuple of str
        Marks of the high-high, low-low, low-high and high-low quadrants.

    Returns
    -------
    Path
        The PNG written.
    """
    _require(scatter, ["z", "lag"], "Moran scatterplot")
    z = pd.to_numeric(scatter["z"], errors="coerce").to_numpy(dtype=float)
    lag = pd.to_numeric(scatter["lag"], errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(z) & np.isfinite(lag)
    if not ok.any():
        raise ParameterError("The Moran scatterplot has no region with both z and lag.")
    names = names_of(scatter, language).to_numpy()[ok]
    z, lag = z[ok], lag[ok]
    if moran_i is None:
        moran_i = float(z @ lag / (z @ z)) if np.any(z) else 0.0
    figure = Figure(layout="constrained", figsize=(7.0, 6.2))
    axes = figure.add_subplot()
    reach = 1.15 * max(float(np.abs(z).max()), 1.0)
    reach_y = 1.15 * max(float(np.abs(lag).max()), 0.5)
    axes.axhline(0, color="#777777", linewidth=0.8, linestyle="--", zorder=1)
    axes.axvline(0, color="#777777", linewidth=0.8, linestyle="--", zorder=1)
    line_x = np.array([-reach, reach])
    line_y = moran_i * line_x  # through the origin, as GeoDa draws it
    axes.plot(line_x, line_y, color=DOT, linewidth=1.8, zorder=2,
              label=slope_label.format(i=decimal(f"{moran_i:.3f}", language)))
    axes.scatter(z, lag, s=36, color=LINE, edgecolor="white", linewidth=0.6, zorder=3)
    for (x, y), quadrant in zip(((1, 1), (-1, -1), (-1, 1), (1, -1)), quadrants):
        axes.text(0.97 * reach * x, 0.97 * reach_y * y, quadrant, fontsize=10,
                  color="#999999", ha="right" if x > 0 else "left",
                  va="top" if y > 0 else "bottom")
    axes.set_xlim(-reach, reach)
    axes.set_ylim(-reach_y, reach_y)
    axes.set_xlabel(labels[0], fontsize=10)
    axes.set_ylabel(labels[1], fontsize=10)
    axes.tick_params(labelsize=9)
    _decimal_mark(language, axes.xaxis, axes.yaxis)
    axes.set_title(title, fontsize=12)
    figure.legend(fontsize=9, loc="outside lower center", frameon=False)
    if len(z) <= MAX_CHARTED:  # names of more points cannot be read (and placing them is slow)
        _label_points(figure, axes, z, lag, names)
    return _save(figure, path)


@_plain_text
def subindex_chart(
    regions: pd.DataFrame,
    path: str | Path,
    group_labels: dict[str, str] | None = None,
    language: str = "en",
    title: str = "Sub-indices by region (ordered by rank)",
    axis_label: str = "Sub-index value",
) -> Path:
    """Grouped horizontal bars of the ``si_*`` sub-indices per region, ordered by rank.

    Parameters
    ----------
    regions : pandas.DataFrame
        ``si_*`` columns, ``innov_rank`` (or ``innov_idx``) and name columns.
    path : str or Path
        PNG to write.
    group_labels : dict or None
        Column -> legend label; other columns keep their name.
    language : str
        Which name column labels the regions, and the decimal mark.
    title, axis_label : str
        Chart title and x-axis label.

    Returns
    -------
    Path
        The PNG written.
    """
    columns = subindex_columns(regions)
    if not columns:
        raise ParameterError("The sub-index chart needs at least one si_* column.")
    group_labels = group_labels or {}
    table = by_rank(regions)
    rows = np.arange(len(table))
    height = 0.8 / len(columns)
    size = (8.0, _height(len(table), 0.22 + 0.12 * len(columns)))
    figure = Figure(layout="constrained", figsize=size)
    axes = figure.add_subplot()
    for number, column in enumerate(columns):
        values = pd.to_numeric(table[column], errors="coerce").to_numpy(dtype=float)
        offset = (number - (len(columns) - 1) / 2) * height
        axes.barh(rows + offset, values, height=height * 0.95,
                  color=PALETTE[number % len(PALETTE)],
                  label=group_labels.get(column, column), zorder=2)
    axes.set_yticks(rows, labels=names_of(table, language).tolist(), fontsize=9)
    axes.invert_yaxis()
    axes.axvline(0, color="#555555", linewidth=0.8)
    axes.grid(axis="x", color=GRID, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(axis="x", labelsize=9)
    _decimal_mark(language, axes.xaxis)
    axes.set_xlabel(axis_label, fontsize=10)
    axes.set_title(title, fontsize=12)
    figure.legend(fontsize=9, loc="outside lower center", ncol=min(len(columns), 3),
                  frameon=False)
    return _save(figure, path)


@_plain_text
def lq_heatmap_chart(lq: pd.DataFrame, path: str | Path, language: str = "en",
                     title: str = "Location quotients by region and activity",
                     scale_label: str = "LQ") -> Path:
    """Regions x activities coloured by the location quotient on a log scale centred on 1
    (ColorBrewer's diverging RdBu: blue below the country's structure, red above; 1/8 to 8,
    beyond them the darkest colours), each cell written; a zero or missing cell is grey.

    Parameters
    ----------
    lq : pandas.DataFrame
        Region name x activity.
    path : str or Path
        PNG to write.
    language : str
        The decimal mark of the cells.
    title, scale_label : str
        Chart title and colour bar label.
    """
    from matplotlib.colors import LogNorm

    values = lq.to_numpy(dtype=float)
    shown = np.where(values > 0, values, np.nan)
    # LQs from 1/8 to 8 take the colours; beyond, the darkest (the cells say the value)
    norm = LogNorm(vmin=1 / 8, vmax=8, clip=True)
    colours = matplotlib.colormaps["RdBu_r"].copy()
    colours.set_bad("#dddddd")
    figure = Figure(layout="constrained",
                    figsize=(max(6.0, 1.1 * lq.shape[1] + 3.0), _height(len(lq), 0.3)))
    axes = figure.add_subplot()
    image = axes.imshow(np.ma.masked_invalid(shown), cmap=colours, norm=norm, aspect="auto")
    for (row, column), value in np.ndenumerate(values):
        text = ("–" if not np.isfinite(value) else "0" if value == 0 else
                decimal(f"{value:.2f}", language))
        dark = np.isfinite(value) and value > 0 and abs(np.log2(value)) > 2
        axes.text(column, row, text, ha="center", va="center", fontsize=7,
                  color="#ffffff" if dark else "#111111")
    axes.set_xticks(range(lq.shape[1]), labels=[str(c) for c in lq.columns], rotation=30,
                    ha="right", fontsize=8)
    axes.set_yticks(range(len(lq)), labels=[str(r) for r in lq.index], fontsize=8)
    bar = figure.colorbar(image, ax=axes, shrink=0.8)
    ticks = (0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
    bar.set_ticks(ticks, labels=[decimal(f"{tick:g}", language) for tick in ticks])
    bar.ax.minorticks_off()
    bar.set_label(scale_label, fontsize=9)
    axes.set_title(title, fontsize=12)
    return _save(figure, path)
