"""Inequality and concentration of activities across regions: Gini, Theil, Ellison-Glaeser.

Gini and Theil (with its between/within decomposition over groups of regions and permutation
inference on the between part) come from PySAL's :mod:`inequality` package, run on each
activity's values across the regions where it is known: they measure how unevenly the
activity is spread over the regions, not relative to their size (for that see
:func:`.measures.activity_localisation`).

Ellison and Glaeser's (1997) :math:`\\gamma` and Maurel and Sédillot's (1999) index are
written here with numpy (the release of :mod:`inequality` that has them needs Python 3.12):
with :math:`s_i` the region's share of the activity, :math:`x_i` its share of all
activities and :math:`H` the Herfindahl index of the activity's plant sizes,

.. math::

    G = \\sum_i (s_i - x_i)^2, \\qquad
    \\gamma_{EG} = \\frac{G - (1 - \\sum_i x_i^2) H}{(1 - \\sum_i x_i^2)(1 - H)}, \\qquad
    \\gamma_{MS} = \\frac{(\\sum_i s_i^2 - \\sum_i x_i^2)/(1 - \\sum_i x_i^2) - H}{1 - H}.

Both need :math:`H`, which a region x activity table does not hold: without the plant
Herfindahl indices only the raw concentration :math:`G` is given, and the two indices are
refused rather than computed on an assumption.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import ParameterError


@dataclass
class TheilResult:
    """Theil's T per activity, and its decomposition when groups are given.

    Attributes
    ----------
    table : pandas.DataFrame
        Indexed by activity: ``theil``, and with groups ``between``, ``within`` and, with
        permutations, ``between_p`` (pseudo p-value of the between part).
    """

    table: pd.DataFrame


def gini(values: pd.DataFrame) -> pd.Series:
    """Gini coefficient of each activity across the regions where it is known.

    Uses :class:`inequality.gini.Gini`.
    """
    from inequality.gini import Gini

    out = {}
    for activity in values.columns:
        known = values[activity].dropna().to_numpy(dtype="float64")
        out[activity] = float(Gini(known).g) if known.sum() > 0 else np.nan
    return pd.Series(out, dtype="float64", name="gini")


def theil(values: pd.DataFrame, groups: pd.Series | None = None, *, permutations: int = 0,
          seed: int = 12345) -> TheilResult:
    """Theil's T of each activity across regions, decomposed by ``groups`` when given.

    Parameters
    ----------
    values : pandas.DataFrame
        Region x activity.
    groups : pandas.Series, optional
        Region -> group (e.g. macro-region); the decomposition between and within groups
        uses :class:`inequality.theil.TheilD`.
    permutations : int, default 0
        With groups, the number of random reassignments of regions to groups for the
        pseudo p-value of the between part (:class:`inequality.theil.TheilDSim`).
    seed : int
        Seed of the permutations (numpy's global generator is restored afterwards).
    """
    from inequality.theil import Theil, TheilD, TheilDSim

    if permutations < 0:
        raise ParameterError(f"permutations must be 0 or more, not {permutations!r}.")
    rows = {}
    for activity in values.columns:
        column = values[activity].dropna()
        y = column.to_numpy(dtype="float64")
        if y.sum() <= 0:
            rows[activity] = {"theil": np.nan}
            continue
        row = {"theil": float(Theil(y).T)}
        if groups is not None:
            part = groups.reindex(column.index)
            if part.isna().any():
                raise ParameterError(
                    f"No group for region(s) {', '.join(map(str, part.index[part.isna()]))}.")
            codes = pd.factorize(part)[0]
            decomposed = TheilD(y, codes)
            row["between"] = float(np.squeeze(decomposed.bg))
            row["within"] = float(np.squeeze(decomposed.wg))
            if permutations:
                state = np.random.get_state()
                np.random.seed(seed)
                try:
                    simulated = TheilDSim(y, codes, permutations)
                finally:
                    np.random.set_state(state)
                row["between_p"] = float(np.squeeze(simulated.bg_pvalue))
        rows[activity] = row
    return TheilResult(pd.DataFrame.from_dict(rows, orient="index"))


def _shares(values: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    x = values.to_numpy(dtype="float64")
    if np.isnan(x).any():
        raise ParameterError(
            "Ellison-Glaeser and Maurel-Sedillot need every cell: the table has missing ones.")
    activity = x / x.sum(axis=0)
    size = x.sum(axis=1) / x.sum()
    return activity, size


def raw_concentration(values: pd.DataFrame) -> pd.Series:
    """Ellison and Glaeser's raw geographic concentration :math:`G = \\sum_i (s_i - x_i)^2`."""
    activity, size = _shares(values)
    return pd.Series(((activity - size[:, None]) ** 2).sum(axis=0), index=values.columns,
                     name="raw_concentration")


def _plant_h(values: pd.DataFrame, plant_herfindahl) -> np.ndarray:
    h = pd.Series(plant_herfindahl, dtype="float64").reindex(values.columns).to_numpy()
    if np.isnan(h).any() or ((h < 0) | (h >= 1)).any():
        raise ParameterError(
            "Give the Herfindahl index of plant sizes (0 <= H < 1) of every activity: the "
            "Ellison-Glaeser and Maurel-Sedillot indices cannot be computed without it.")
    return h


def ellison_glaeser(values: pd.DataFrame, plant_herfindahl) -> pd.Series:
    """Ellison and Glaeser's (1997) :math:`\\gamma` per activity (equation 5 of the paper).

    Parameters
    ----------
    values : pandas.DataFrame
        Region x activity employment, every cell known.
    plant_herfindahl : mapping or pandas.Series
        Activity -> Herfindahl index of its plants' employment shares.
    """
    activity, size = _shares(values)
    h = _plant_h(values, plant_herfindahl)
    g = ((activity - size[:, None]) ** 2).sum(axis=0)
    base = 1.0 - (size ** 2).sum()
    return pd.Series((g - base * h) / (base * (1.0 - h)), index=values.columns,
                     name="ellison_glaeser")


def maurel_sedillot(values: pd.DataFrame, plant_herfindahl) -> pd.Series:
    """Maurel and Sédillot's (1999) index per activity (equation 7 of the paper)."""
    activity, size = _shares(values)
    h = _plant_h(values, plant_herfindahl)
    x2 = (size ** 2).sum()
    s2 = (activity ** 2).sum(axis=0)
    return pd.Series(((s2 - x2) / (1.0 - x2) - h) / (1.0 - h), index=values.columns,
                     name="maurel_sedillot")
