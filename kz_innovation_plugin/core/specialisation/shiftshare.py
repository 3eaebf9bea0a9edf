"""Shift-share analysis of a region x activity quantity between two years.

The change of each region-activity cell, :math:`X^1_{ij} - X^0_{ij}`, is split into

* national growth :math:`NS_{ij} = X^0_{ij}\\, g`, with :math:`g = T^1 / T^0 - 1`;
* industry mix :math:`IM_{ij} = X^0_{ij}\\, (g_j - g)`, with :math:`g_j = T^1_j / T^0_j - 1`;
* regional shift :math:`RS_{ij} = X^1_{ij} - X^0_{ij}(1 + g_j)` (the competitive effect).

Esteban-Marquillas (1972) splits the regional shift with the homothetic quantity
:math:`\\hat X^0_{ij} = R^0_i\\, T^0_j / T^0` (the region's size spread like the country):
competitive effect :math:`\\hat X^0_{ij}(r_{ij} - g_j)` and allocation effect
:math:`(X^0_{ij} - \\hat X^0_{ij})(r_{ij} - g_j)`, with :math:`r_{ij} = X^1_{ij}/X^0_{ij} - 1`
(undefined, NaN, when :math:`X^0_{ij} = 0`).  National totals are the tables' national rows
when given, else the sums of the regions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import TableFormatError
from .measures import totals


def shift_share(base: pd.DataFrame, end: pd.DataFrame, *, base_national: pd.Series | None = None,
                end_national: pd.Series | None = None,
                esteban_marquillas: bool = False) -> pd.DataFrame:
    """Shift-share components of each region and activity.

    Parameters
    ----------
    base, end : pandas.DataFrame
        Region x activity quantities of the first and the last year, same regions and
        activities.
    base_national, end_national : pandas.Series, optional
        National totals per activity of each year.
    esteban_marquillas : bool, default False
        Also split the regional shift into competitive and allocation effects.

    Returns
    -------
    pandas.DataFrame
        Long, one row per region and activity: ``base``, ``end``, ``change``,
        ``national_growth``, ``industry_mix``, ``regional_shift`` (the three add up to
        ``change``) and, with Esteban-Marquillas, ``homothetic``, ``competitive``,
        ``allocation``.
    """
    if set(base.index) != set(end.index) or set(base.columns) != set(end.columns):
        raise TableFormatError(
            "The two years do not have the same regions and activities; shift-share needs "
            "one matrix per year on the same regions (the same boundary set) and activities.")
    end = end.reindex(index=base.index, columns=base.columns)
    if base.isna().any().any() or end.isna().any().any():
        raise TableFormatError(
            "Shift-share needs every cell of both years; some are missing (confidential or "
            "not available).")
    rows0, col0, t0 = totals(base, base_national)
    _, col1, t1 = totals(end, end_national)
    g = t1 / t0 - 1.0
    gj = col1 / col0 - 1.0
    national = base * g
    mix = base.mul(gj - g, axis=1)
    shift = end - base.mul(1.0 + gj, axis=1)
    frame = pd.DataFrame({
        "base": base.stack(), "end": end.stack(), "change": (end - base).stack(),
        "national_growth": national.stack(), "industry_mix": mix.stack(),
        "regional_shift": shift.stack(),
    })
    if esteban_marquillas:
        homothetic = pd.DataFrame(np.outer(rows0, col0 / t0), index=base.index,
                                  columns=base.columns)
        growth = (end / base.where(base > 0) - 1.0).sub(gj, axis=1)
        frame["homothetic"] = homothetic.stack()
        frame["competitive"] = (homothetic * growth).stack(future_stack=True)
        frame["allocation"] = ((base - homothetic) * growth).stack(future_stack=True)
    frame.index.names = ["region", "activity"]
    return frame.reset_index()
