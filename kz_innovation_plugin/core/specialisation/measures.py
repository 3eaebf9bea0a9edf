"""Specialisation of regions and localisation of activities: LQ, cluster stars, HHI, Krugman.

Notation: :math:`X_{ij}` the quantity of region *i* in activity *j* (employment, value added,
R&D expenditure ...), :math:`R_i` the region's total over all activities, :math:`T_j` the
national total of activity *j* (the table's national row when it has one, else the sum of
the regions), :math:`T = \\sum_j T_j`.

* share of the activity in the region :math:`s_{ij} = X_{ij} / R_i`;
* location quotient (Balassa) :math:`LQ_{ij} = s_{ij} / (T_j / T)`;
* Herfindahl-Hirschman index of the region's structure :math:`HHI_i = \\sum_j s_{ij}^2`;
* Krugman specialisation index :math:`K_i = \\sum_j |s_{ij} - T_j / T|` (0: the country's
  structure, up to 2);
* Krugman localisation index of an activity :math:`L_j = \\sum_i |X_{ij} / T_j - R_i / T|`
  (0 to 2) and Hoover's coefficient of localisation :math:`H_j = L_j / 2` (0 to 1);
* locational Gini (Krugman 1991): one minus twice the area under the localisation curve,
  regions ordered by LQ, cumulative share of the regions' total on the x axis and of the
  activity on the y axis;
* Gini and Theil's T of the activity over the regions, whatever their size (PySAL's
  :mod:`inequality`, :mod:`.concentration`), and Ellison and Glaeser's raw geographic
  concentration :math:`G_j = \\sum_i (X_{ij} / T_j - R_i / T)^2`.

Missing cells (confidential "x") are left out: a region's total and structure are those of
its known activities, and an activity's localisation is computed over the regions where it
is known; ``missing_activities`` and ``regions_known`` say how many were left out.

The star rating is the European Cluster Observatory's (Center for Strategy and
Competitiveness, Stockholm School of Economics; Ketels and Sölvell 2006, *Innovation
clusters in the 10 new member states of the European Union*; the Observatory's "cluster
mapping methodology"): a region-activity pair gets one star for each of

* **size**: its quantity is among the top 10 % of regions for that activity;
* **specialisation**: its location quotient is 2 or more;
* **focus**: the activity's share of the region's total is among the top 10 % of regions.

"Top 10 %" is taken by rank: the :math:`\\lceil 0.1 n \\rceil` largest of the *n* regions
with a known value (ties included), and a zero is never in the top.  The three thresholds
are parameters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import ParameterError, TableFormatError
from .concentration import gini, theil
from .reading import ActivityTable


@dataclass
class SpecialisationResult:
    """The specialisation measures of a region x activity table.

    Attributes
    ----------
    cells : pandas.DataFrame
        Long, one row per region and activity: ``region``, ``activity``, ``value``,
        ``share`` (of the region's total), ``activity_share`` (the region's part of the
        activity's national total), ``lq``, ``star_size``, ``star_specialisation``,
        ``star_focus`` (bool) and ``stars`` (0 to 3).
    regions : pandas.DataFrame
        Indexed by region: ``total``, ``hhi``, ``krugman``, ``n_specialisations``,
        ``specialisations`` (activities with LQ at or above the threshold, highest first,
        "; "-separated), ``dominant`` (highest LQ), ``dominant_lq``, ``largest`` (largest
        share of the region's total), ``missing_activities``.
    activities : pandas.DataFrame
        Indexed by activity: ``total``, ``krugman``, ``hoover``, ``locational_gini``,
        ``regions_known``, ``gini``, ``theil``, ``raw_concentration`` (see
        :func:`activity_localisation`).
    lq : pandas.DataFrame
        The location quotients, region x activity.
    parameters : dict
    notes : list of str
    """

    cells: pd.DataFrame
    regions: pd.DataFrame
    activities: pd.DataFrame
    lq: pd.DataFrame
    parameters: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def totals(values: pd.DataFrame, national: pd.Series | None = None,
           region_totals: pd.Series | None = None) -> tuple[pd.Series, pd.Series, float]:
    """Region totals :math:`R_i`, activity totals :math:`T_j` and the grand total :math:`T`.

    Parameters
    ----------
    values : pandas.DataFrame
        Region x activity, NaN = missing.
    national : pandas.Series, optional
        National total per activity; the column sums when None.
    region_totals : pandas.Series, optional
        Each region's total over all activities; the row sums when None.
    """
    rows = values.sum(axis=1) if region_totals is None else region_totals.reindex(values.index)
    columns = values.sum(axis=0) if national is None else national.reindex(values.columns)
    if columns.isna().any():
        raise TableFormatError(
            "The national total row has no value for "
            f"{', '.join(map(str, columns.index[columns.isna()]))}; give every activity's "
            "national total.")
    return rows.astype("float64"), columns.astype("float64"), float(columns.sum())


def location_quotients(values: pd.DataFrame, national: pd.Series | None = None,
                       region_totals: pd.Series | None = None) -> pd.DataFrame:
    """Balassa location quotients :math:`(X_{ij}/R_i) / (T_j/T)`.

    A region with a zero total, or an activity with a zero national total, has NaN.

    Examples
    --------
    >>> x = pd.DataFrame({"a": [10.0, 30.0], "b": [30.0, 30.0]}, index=["r1", "r2"])
    >>> location_quotients(x).round(4).to_dict()
    {'a': {'r1': 0.625, 'r2': 1.25}, 'b': {'r1': 1.25, 'r2': 0.8333}}
    """
    rows, columns, grand = totals(values, national, region_totals)
    share = values.div(rows.where(rows > 0), axis=0)
    return share.div((columns / grand).where(columns > 0), axis=1)


def top_share(column: pd.Series, share: float) -> pd.Series:
    """True for the values among the top ``share`` of the known ones (rank, ties included).

    The :math:`\\lceil share \\cdot n\\rceil` largest of the *n* known values (at least one)
    and every value tied with the last of them; zeros and NaN are never at the top.
    """
    known = column.dropna()
    if known.empty:
        return pd.Series(False, index=column.index)
    k = max(1, math.ceil(share * len(known) - 1e-12))
    cut = known.sort_values(ascending=False).iloc[k - 1]
    return (column >= cut) & (column > 0)


def star_ratings(values: pd.DataFrame, lq: pd.DataFrame, *, size_share: float = 0.10,
                 lq_threshold: float = 2.0, focus_share: float = 0.10,
                 region_totals: pd.Series | None = None) -> pd.DataFrame:
    """The European Cluster Observatory's stars of each region-activity pair.

    Parameters
    ----------
    values, lq : pandas.DataFrame
        Region x activity quantities and location quotients.
    size_share : float, default 0.10
        Size star: the quantity is among the top ``size_share`` of regions for the activity.
    lq_threshold : float, default 2.0
        Specialisation star: LQ at or above it.
    focus_share : float, default 0.10
        Focus star: the activity's share of the region's total is among the top
        ``focus_share`` of regions for the activity.
    region_totals : pandas.Series, optional
        The regions' totals (the row sums when None).

    Returns
    -------
    pandas.DataFrame
        Long, one row per region and activity: ``star_size``, ``star_specialisation``,
        ``star_focus`` (bool) and ``stars`` (0 to 3), indexed by (region, activity).
    """
    for name, value in (("size_share", size_share), ("focus_share", focus_share)):
        if not 0 < value <= 1:
            raise ParameterError(f"{name} must be a share above 0 and at most 1, not {value!r}.")
    if lq_threshold <= 0:
        raise ParameterError(f"The LQ threshold must be positive, not {lq_threshold!r}.")
    rows = values.sum(axis=1) if region_totals is None else region_totals.reindex(values.index)
    focus = values.div(rows.where(rows > 0), axis=0)
    size_top = values.apply(lambda col: top_share(col, size_share))
    focus_top = focus.apply(lambda col: top_share(col, focus_share))
    special = lq >= lq_threshold
    frame = pd.DataFrame({
        "star_size": size_top.stack(),
        "star_specialisation": special.stack(),
        "star_focus": focus_top.stack(),
    })
    frame["stars"] = frame.sum(axis=1).astype("int64")
    return frame


def region_profiles(values: pd.DataFrame, lq: pd.DataFrame, *, national: pd.Series | None = None,
                    region_totals: pd.Series | None = None,
                    threshold: float = 1.25) -> pd.DataFrame:
    """Per region: HHI, Krugman specialisation index, specialisations, dominant activity.

    Parameters
    ----------
    threshold : float, default 1.25
        An activity is a specialisation of the region when its LQ is at or above this.
    """
    rows, columns, grand = totals(values, national, region_totals)
    share = values.div(rows.where(rows > 0), axis=0)
    national_share = columns / grand
    hhi = (share ** 2).sum(axis=1, min_count=1)
    krugman = (share - national_share).abs().sum(axis=1, min_count=1)
    special = lq.ge(threshold)
    listed = []
    for region in lq.index:
        row = lq.loc[region][special.loc[region]].sort_values(ascending=False)
        listed.append("; ".join(map(str, row.index)))
    known_lq = lq.dropna(how="all")
    dominant = known_lq.idxmax(axis=1).reindex(lq.index)
    known_share = share.dropna(how="all")
    largest = known_share.idxmax(axis=1).reindex(lq.index)
    return pd.DataFrame({
        "total": rows,
        "hhi": hhi,
        "krugman": krugman,
        "n_specialisations": special.sum(axis=1).astype("int64"),
        "specialisations": listed,
        "dominant": dominant,
        "dominant_lq": lq.max(axis=1),
        "largest": largest,
        "missing_activities": values.isna().sum(axis=1).astype("int64"),
    }, index=lq.index)


def activity_localisation(values: pd.DataFrame, *,
                          region_totals: pd.Series | None = None) -> pd.DataFrame:
    """Per activity: localisation (Krugman, Hoover, locational Gini) and concentration.

    Each activity is measured over the regions where it is known: both its distribution
    and the regions' totals are taken over those regions.

    Returns
    -------
    pandas.DataFrame
        Indexed by activity: ``total``, ``krugman``, ``hoover``, ``locational_gini``,
        ``regions_known``; then ``gini`` and ``theil``, the Gini coefficient and Theil's T
        of the activity's values over the regions (PySAL's :class:`inequality.gini.Gini`
        and :class:`inequality.theil.Theil`, through :func:`.concentration.gini` and
        :func:`.concentration.theil`: how unevenly the activity is spread, whatever the
        regions' sizes); and ``raw_concentration``, Ellison and Glaeser's raw geographic
        concentration :math:`G = \\sum_i (s_i - x_i)^2` (:math:`s_i` the region's share of
        the activity, :math:`x_i` its share of all activities, as for Krugman's index).

    Notes
    -----
    Ellison and Glaeser's :math:`\\gamma` (and Maurel and Sédillot's index) corrects
    :math:`G` for the Herfindahl index of the activity's plant sizes, which a region x
    activity table does not hold, so only :math:`G` is given here;
    :func:`.concentration.ellison_glaeser` computes :math:`\\gamma` when the plant
    Herfindahl indices are known.  Theil's between/within decomposition over groups of
    regions, with permutation inference, is :func:`.concentration.theil` with ``groups``.
    An activity with nothing in any known region has NaN measures.
    """
    rows = values.sum(axis=1) if region_totals is None else region_totals.reindex(values.index)
    out = {}
    for activity in values.columns:
        column = values[activity]
        known = column.notna() & rows.notna()
        x = column[known].to_numpy(dtype="float64")
        size = rows[known].to_numpy(dtype="float64")
        if x.sum() <= 0 or size.sum() <= 0:
            out[activity] = (x.sum(), np.nan, np.nan, np.nan, int(known.sum()), np.nan)
            continue
        a = x / x.sum()
        s = size / size.sum()
        krugman = float(np.abs(a - s).sum())
        out[activity] = (float(x.sum()), krugman, krugman / 2, locational_gini(x, size),
                         int(known.sum()), float(((a - s) ** 2).sum()))
    frame = pd.DataFrame.from_dict(
        out, orient="index",
        columns=["total", "krugman", "hoover", "locational_gini", "regions_known",
                 "raw_concentration"])
    concentration = pd.DataFrame({"gini": gini(values), "theil": theil(values).table["theil"]})
    return frame.join(concentration)[
        ["total", "krugman", "hoover", "locational_gini", "regions_known", "gini", "theil",
         "raw_concentration"]]


def locational_gini(activity: np.ndarray, size: np.ndarray) -> float:
    """Krugman's locational Gini of one activity.

    Regions are ordered by their location quotient (activity share over size share),
    ascending; the curve joins the cumulative shares of size (x) and activity (y); the
    coefficient is one minus twice the area under it (0: spread like the regions' size,
    towards 1: all in one small region).
    """
    a = np.asarray(activity, dtype="float64")
    s = np.asarray(size, dtype="float64")
    a, s = a / a.sum(), s / s.sum()
    ratio = np.divide(a, s, out=np.full_like(a, np.inf), where=s > 0)
    order = np.argsort(ratio, kind="stable")
    x = np.concatenate([[0.0], np.cumsum(s[order])])
    y = np.concatenate([[0.0], np.cumsum(a[order])])
    area = float(np.sum((x[1:] - x[:-1]) * (y[1:] + y[:-1]) / 2))
    return 1.0 - 2.0 * area


def specialisation(table: ActivityTable, *, threshold: float = 1.25, size_share: float = 0.10,
                   lq_threshold: float = 2.0, focus_share: float = 0.10,
                   require_national: bool = False) -> SpecialisationResult:
    """All the per-cell, per-region and per-activity measures of a region x activity table.

    Parameters
    ----------
    table : ActivityTable
    threshold : float, default 1.25
        LQ at or above which an activity is a specialisation of a region.
    size_share, lq_threshold, focus_share : float
        The star thresholds (see :func:`star_ratings`).
    require_national : bool, default False
        Refuse a table without the national total row.  A table with missing cells always
        needs it: the activities' national totals cannot be summed from the regions.

    Raises
    ------
    TableFormatError
        No national total row where one is needed.
    """
    values = table.values
    if table.national is None and (require_national or values.isna().any().any()):
        reason = ("some cells are missing (confidential or not available), so the national "
                  "totals cannot be summed from the regions"
                  if values.isna().any().any() else "the national total was asked for")
        raise TableFormatError(
            f"{table.source}: the table has no national total row, and {reason}. Add the "
            'row of the country ("Қазақстан Республикасы", "Республика Казахстан" or '
            '"Kazakhstan") with each activity\'s total.')
    if threshold <= 0:
        raise ParameterError(f"The specialisation threshold must be positive, not {threshold!r}.")
    lq = location_quotients(values, table.national, table.region_totals)
    rows, columns, grand = totals(values, table.national, table.region_totals)
    stars = star_ratings(values, lq, size_share=size_share, lq_threshold=lq_threshold,
                         focus_share=focus_share, region_totals=table.region_totals)
    share = values.div(rows.where(rows > 0), axis=0)
    activity_share = values.div(columns.where(columns > 0), axis=1)
    cells = pd.DataFrame({
        "value": values.stack(future_stack=True),
        "share": share.stack(future_stack=True),
        "activity_share": activity_share.stack(future_stack=True),
        "lq": lq.stack(future_stack=True),
    })
    cells = cells.join(stars)
    cells.index.names = ["region", "activity"]
    cells = cells.reset_index()
    regions = region_profiles(values, lq, national=table.national,
                              region_totals=table.region_totals, threshold=threshold)
    activities = activity_localisation(values, region_totals=table.region_totals)
    notes = list(table.notes)
    missing = int(values.isna().sum().sum())
    if missing:
        notes.append(f"{missing} cell(s) are missing (confidential or not available); the "
                     "regions' structures and the activities' localisation leave them out.")
    return SpecialisationResult(
        cells=cells, regions=regions, activities=activities, lq=lq,
        parameters={"threshold": threshold, "size_share": size_share,
                    "lq_threshold": lq_threshold, "focus_share": focus_share,
                    "grand_total": grand},
        notes=notes)
