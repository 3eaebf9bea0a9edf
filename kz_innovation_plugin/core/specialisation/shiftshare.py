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

The regions of the two years are compared as Kazakhstan's units when every label of both
tables names one (a table in Russian and the other in Kazakh then agree), else by their
labels; the rows are named by the end table's labels.  An activity whose national total is
zero in the base year has no growth rate: its cells' components are left NaN, with a note.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import TableFormatError
from .measures import totals


def shift_share(base: pd.DataFrame, end: pd.DataFrame, *, base_national: pd.Series | None = None,
                end_national: pd.Series | None = None,
                esteban_marquillas: bool = False, notes: list[str] | None = None,
                gazetteer=None) -> pd.DataFrame:
    """Shift-share components of each region and activity.

    Parameters
    ----------
    base, end : pandas.DataFrame
        Region x activity quantities of the first and the last year, same regions and
        activities.  When every region label of both names a Kazakhstan unit, the regions
        are compared by unit, so the same regions named in Russian one year and in Kazakh
        the other agree; otherwise by label.
    base_national, end_national : pandas.Series, optional
        National totals per activity of each year.
    esteban_marquillas : bool, default False
        Also split the regional shift into competitive and allocation effects.
    notes : list of str, optional
        Receives a note naming the activities whose national total is zero in the base
        year.  Such an activity is not refused (it may be new in the end year): its growth
        rate is undefined, so its cells' ``national_growth``, ``industry_mix``,
        ``regional_shift`` (and ``competitive``, ``allocation``) are NaN.
    gazetteer : Gazetteer, optional
        For matching the regions; by default the bundled one.

    Returns
    -------
    pandas.DataFrame
        Long, one row per region and activity, in the end table's order and named by its
        labels: ``base``, ``end``, ``change``, ``national_growth``, ``industry_mix``,
        ``regional_shift`` (the three add up to ``change``) and, with Esteban-Marquillas,
        ``homothetic``, ``competitive``, ``allocation``.

    Raises
    ------
    TableFormatError
        The two years differ in regions or activities (the message names those present in
        only one table), or a cell is missing.
    """
    base_keys, end_keys, by_unit = _region_keys(base.index, end.index, gazetteer)
    _check_same_cells(base, end, base_keys, end_keys, by_unit)
    base = (base.set_axis(base_keys).reindex(index=end_keys, columns=end.columns)
            .set_axis(end.index))
    if base.isna().any().any() or end.isna().any().any():
        raise TableFormatError(
            "Shift-share needs every cell of both years; some are missing (confidential or "
            "not available).")
    rows0, col0, t0 = totals(base, base_national)
    _, col1, t1 = totals(end, end_national)
    undefined = col0.index[~(col0 > 0)]
    g = t1 / t0 - 1.0 if t0 > 0 else np.nan
    gj = col1 / col0.where(col0 > 0) - 1.0
    national = (base * g).astype("float64")
    national.loc[:, undefined] = np.nan
    mix = base.mul(gj - g, axis=1)
    shift = end - base.mul(1.0 + gj, axis=1)
    frame = pd.DataFrame({
        "base": base.stack(), "end": end.stack(), "change": (end - base).stack(),
        "national_growth": national.stack(future_stack=True),
        "industry_mix": mix.stack(future_stack=True),
        "regional_shift": shift.stack(future_stack=True),
    })
    if esteban_marquillas:
        homothetic = pd.DataFrame(np.outer(rows0, col0 / t0) if t0 > 0 else np.nan,
                                  index=base.index, columns=base.columns)
        growth = (end / base.where(base > 0) - 1.0).sub(gj, axis=1)
        frame["homothetic"] = homothetic.stack(future_stack=True)
        frame["competitive"] = (homothetic * growth).stack(future_stack=True)
        frame["allocation"] = ((base - homothetic) * growth).stack(future_stack=True)
    if len(undefined) and notes is not None:
        notes.append(
            f"Shift-share: the national total of {', '.join(map(str, undefined))} is zero in "
            "the base year, so its growth rate is undefined; its components are left empty "
            "(NaN) in every region.")
    frame.index.names = ["region", "activity"]
    return frame.reset_index()


def _unit_ids(labels: pd.Index, gazetteer) -> dict | None:
    """Label -> unit id when every label is one distinct Kazakhstan unit, else None
    (matched as :func:`.boundaries.table_boundary_set` matches them)."""
    ids = {}
    for label in labels:
        found = gazetteer.match(label) if isinstance(label, str) else []
        if not found:
            return None
        ids[label] = found[0].unit_id
    ids = gazetteer.split_city_and_oblast(ids)
    return ids if len(set(ids.values())) == len(ids) else None


def _region_keys(base: pd.Index, end: pd.Index, gazetteer) -> tuple[pd.Index, pd.Index, bool]:
    """The keys the two years' regions are compared by: unit ids when both tables' labels
    are Kazakhstan units (so "Акмолинская область" and "Ақмола облысы" agree), else the
    labels themselves; and whether they are unit ids."""
    from ..regions import Gazetteer

    gazetteer = gazetteer or Gazetteer.load()
    base_ids = _unit_ids(base, gazetteer)
    end_ids = _unit_ids(end, gazetteer) if base_ids is not None else None
    if base_ids is None or end_ids is None:
        return base, end, False
    return pd.Index(base.map(base_ids)), pd.Index(end.map(end_ids)), True


def _only_in(first: pd.Index, second: pd.Index, labels: pd.Index) -> list[str]:
    """The labels (of ``first``'s table) whose keys are not among ``second``."""
    return [str(label) for key, label in zip(first, labels) if key not in set(second)]


def _check_same_cells(base: pd.DataFrame, end: pd.DataFrame, base_keys: pd.Index,
                      end_keys: pd.Index, by_unit: bool) -> None:
    """Refuse two years whose regions or activities differ, naming what differs."""
    differences = []
    for what, items in (
            ("regions only in the base table", _only_in(base_keys, end_keys, base.index)),
            ("regions only in the end table", _only_in(end_keys, base_keys, end.index)),
            ("activities only in the base table", _only_in(base.columns, end.columns,
                                                           base.columns)),
            ("activities only in the end table", _only_in(end.columns, base.columns,
                                                          end.columns))):
        if items:
            differences.append(f"{what}: {', '.join(items)}")
    if not differences:
        return
    compared = ("regions compared as Kazakhstan's units, whatever the language of their "
                "names" if by_unit else "regions compared by their names")
    raise TableFormatError(
        f"The two years do not have the same regions and activities ({compared}): "
        f"{'; '.join(differences)}. Shift-share needs one matrix per year on the same "
        "regions and activities: give both years on the same boundary set (or sum both to "
        "the layer's set with the option that sums a table of newer regions) and name each "
        "activity alike in both tables.")
