"""Missing values: leave regions out or fill their gaps (Handbook, step 3).

Rules
-----
* An indicator with no value in any region is a data error, not a gap.
* A region missing more than ``max_missing_share`` of the indicators is left out whatever
  the method: filling most of a profile would invent the region.
* ``"none"`` leaves out every region with a gap (complete-case analysis); ``"median"`` and
  ``"mean"`` fill a gap with that statistic of the indicator over the regions kept;
  ``"national"`` fills it with the national value of the indicator.
* Every missing cell appears in the report with what was done to it.

pandas does the counting and filling; nothing here loops over regions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..choices import IMPUTATION
from ..errors import ParameterError, TableFormatError

#: the ways to deal with gaps
IMPUTATIONS = IMPUTATION.values
#: fewest regions an index can be built for
MIN_REGIONS = 3
REPORT_COLUMNS = ["region", "indicator", "action"]


@dataclass
class ImputationResult:
    """What :func:`impute` did.

    Attributes
    ----------
    values : pandas.DataFrame
        The regions kept, gaps filled (for ``"none"``: only regions without gaps).
    imputed : pandas.DataFrame
        Booleans, same shape as ``values``: True where a value was filled.
    dropped : list
        Ids of the regions left out, in input order.
    report : pandas.DataFrame
        One row per missing (region, indicator) cell of the input, columns ``region``,
        ``indicator`` and ``action`` (e.g. ``"imputed median 12.3"``, ``"region left out"``).
    notes : list of str
        Sentences for the log.
    """

    values: pd.DataFrame
    imputed: pd.DataFrame
    dropped: list
    report: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def impute(
    values: pd.DataFrame,
    method: str = "none",
    national: pd.Series | None = None,
    max_missing_share: float = 0.5,
) -> ImputationResult:
    """Leave out regions with too many gaps and fill or drop the remaining ones.

    Parameters
    ----------
    values : pandas.DataFrame
        Index = region ids, columns = indicator ids, float (NaN = missing).
    method : {"none", "median", "mean", "national"}
        How to deal with gaps, see the module docstring.
    national : pandas.Series, optional
        National value per indicator (index = indicator ids); needed for ``"national"``.
    max_missing_share : float
        Regions missing a larger share of indicators than this are left out; in [0, 1).

    Returns
    -------
    ImputationResult

    Raises
    ------
    ParameterError
        Unknown method, share out of range, no usable national value, or fewer than 3
        regions left.
    TableFormatError
        An indicator has no value in any region, or a column is not numeric.
    """
    _check_arguments(values, method, max_missing_share)
    missing = values.isna()
    share = missing.mean(axis=1)
    too_sparse = share > max_missing_share
    notes = _sparse_notes(share[too_sparse], max_missing_share)

    keep = ~too_sparse
    if method == "none":
        gappy = keep & missing.any(axis=1)
        notes += _gap_notes(missing[gappy])
        keep &= ~gappy
    kept = values[keep]
    dropped = list(values.index[~keep])
    _check_enough(len(kept), len(values), method)

    gaps = kept.isna()
    fill = _fill_values(kept, gaps, method, national)
    filled = kept.fillna(fill) if method != "none" else kept.copy()
    report = _report(missing, keep, method, fill)
    if method != "none" and gaps.to_numpy().any():
        notes.append(
            f"{int(gaps.to_numpy().sum())} missing value(s) in {int(gaps.any(axis=1).sum())} "
            f"region(s) filled with the {method} value of the indicator."
        )
    return ImputationResult(filled, gaps, dropped, report, notes)


def _check_arguments(values: pd.DataFrame, method: str, max_missing_share: float) -> None:
    if method not in IMPUTATIONS:
        raise ParameterError(
            f'Unknown imputation method "{method}": choose one of {", ".join(IMPUTATIONS)}.'
        )
    if not 0 <= max_missing_share < 1:
        raise ParameterError(
            f"The largest share of missing indicators per region must be at least 0 and "
            f"below 1 (e.g. 0.5); got {max_missing_share}."
        )
    bad = [str(c) for c in values.columns if not pd.api.types.is_numeric_dtype(values[c])]
    if bad:
        raise TableFormatError(
            f'Indicator "{bad[0]}" does not hold numbers: fix its column in the table.'
        )
    empty = values.columns[values.isna().all(axis=0)]
    if len(empty):
        raise TableFormatError(
            f'Indicator "{empty[0]}" has no value in any region: remove it or check the join.'
        )


def _check_enough(n_kept: int, n_all: int, method: str) -> None:
    if n_kept < MIN_REGIONS:
        hint = (
            "choose median, mean or national imputation, or allow a larger share of gaps"
            if method == "none"
            else "allow a larger share of missing indicators or fill the table"
        )
        raise ParameterError(
            f"Only {n_kept} regions are left of {n_all} after leaving out regions with "
            f"missing values; an index needs at least {MIN_REGIONS}: {hint}."
        )


def _fill_values(
    kept: pd.DataFrame, gaps: pd.DataFrame, method: str, national: pd.Series | None
) -> pd.Series:
    """Fill value per indicator (NaN where nothing needs filling or method is "none")."""
    needed = gaps.any(axis=0)
    if method == "none":
        return pd.Series(float("nan"), index=kept.columns)
    if method == "national":
        if national is None:
            raise ParameterError(
                "The table has no national row: choose median or mean imputation."
            )
        fill = pd.to_numeric(national.reindex(kept.columns), errors="coerce")
        lacking = kept.columns[needed & fill.isna()]
        if len(lacking):
            raise ParameterError(
                f'The national row has no value for indicator "{lacking[0]}", which has '
                f"gaps: add it to the national row or choose median or mean imputation."
            )
        return fill.astype(float)
    # pandas skips NaN in median() and mean(): the statistic of the regions with a value
    fill = kept.median(axis=0) if method == "median" else kept.mean(axis=0)
    lacking = kept.columns[needed & fill.isna()]
    if len(lacking):
        raise TableFormatError(
            f'Indicator "{lacking[0]}" has a value only in regions that were left out for '
            f"too many gaps: remove the indicator or allow a larger share of gaps."
        )
    return fill


def _report(
    missing: pd.DataFrame, keep: pd.Series, method: str, fill: pd.Series
) -> pd.DataFrame:
    cells = missing.stack()
    cells = cells[cells]
    if cells.empty:
        return pd.DataFrame(columns=REPORT_COLUMNS)
    region = cells.index.get_level_values(0)
    indicator = cells.index.get_level_values(1)
    fill_text = fill.map(lambda v: f"imputed {method} {v:.6g}")
    left_out = ~keep.reindex(region).to_numpy()
    action = fill_text.reindex(indicator).to_numpy(dtype=object)
    action[left_out] = "region left out"
    return pd.DataFrame({"region": region, "indicator": indicator, "action": action})


def _sparse_notes(share: pd.Series, limit: float) -> list[str]:
    if share.empty:
        return []
    percent = (100 * share).round().astype(int).astype(str).to_numpy(dtype=object)
    named = '"' + share.index.astype(str).to_numpy(dtype=object) + '" (' + percent + "% missing)"
    return [
        f"Left out for missing more than {100 * limit:.0f}% of the indicators: "
        + ", ".join(named)
        + "."
    ]


def _gap_notes(missing: pd.DataFrame) -> list[str]:
    cells = missing.stack()
    cells = cells[cells]
    if cells.empty:
        return []
    lists = (
        cells.index.get_level_values(1).astype(str).to_series()
        .groupby(cells.index.get_level_values(0), sort=False).agg(", ".join)
    )
    sentences = (
        'Region "' + lists.index.astype(str).to_numpy(dtype=object)
        + '" left out (no imputation): no value for ' + lists.to_numpy(dtype=object) + "."
    )
    return list(sentences)
