"""Statistical coherence of the groups of indicators (Handbook, step 4 "multivariate analysis").

* Pearson correlations between all normalised indicators.
* Cronbach's alpha per group: ``k / (k - 1) * (1 - sum of item variances / variance of the
  total)`` with sample variances (ddof = 1); 0.7 or more is the usual "consistent" level.
* Corrected item-total correlation: each indicator against the sum of the *other* indicators
  of its group.  A negative value usually means the indicator points the wrong way.

pandas computes the variances and correlations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..errors import ParameterError

#: Cronbach's alpha below this gets a warning (Nunnally's rule of thumb)
ALPHA_LIMIT = 0.7
ITEM_COLUMNS = ["group", "indicator", "item_total_correlation"]


@dataclass
class CoherenceResult:
    """Coherence measures of the normalised indicators.

    Attributes
    ----------
    correlation : pandas.DataFrame
        Pearson correlation matrix of the indicators.
    alpha : dict of str to float
        Cronbach's alpha per group (NaN for a group of one indicator).
    item_correlations : pandas.DataFrame
        One row per (group, indicator), columns :data:`ITEM_COLUMNS`: the correlation of the
        indicator with the sum of the other indicators of the group (NaN for a group of one).
    warnings : list of str
        Sentences for the analyst: negative item-total correlations, low alphas.
    """

    correlation: pd.DataFrame
    alpha: dict[str, float]
    item_correlations: pd.DataFrame
    warnings: list[str] = field(default_factory=list)


def coherence(normalised: pd.DataFrame, groups: dict[str, list[str]]) -> CoherenceResult:
    """Correlations, Cronbach's alpha and item-total correlations of the groups.

    Parameters
    ----------
    normalised : pandas.DataFrame
        Index = region ids, columns = indicator ids; normalised, direction already applied.
    groups : dict of str to list of str
        Group -> indicator ids (an indicator may be in several groups).  Regions with a
        missing value in a group are left out of that group's measures.

    Returns
    -------
    CoherenceResult

    Raises
    ------
    ParameterError
        A group is empty or names an indicator that is not in the table.
    """
    correlation = normalised.corr(method="pearson")
    alpha: dict[str, float] = {}
    items = []
    warnings: list[str] = []
    for group, ids in groups.items():  # a handful of groups
        members = _members(normalised, group, ids)
        alpha[group] = cronbach_alpha(members)
        item = _item_total(members)
        items.append(pd.DataFrame({
            "group": group, "indicator": item.index, "item_total_correlation": item.to_numpy(),
        }))
        negative = item[item < 0]
        warnings += [
            f'Indicator "{name}" correlates negatively ({r:.2f}) with the rest of group '
            f'"{group}": check its direction.'
            for name, r in negative.items()
        ]
        if alpha[group] < ALPHA_LIMIT:
            warnings.append(
                f'Group "{group}" has a Cronbach\'s alpha of {alpha[group]:.2f} (below '
                f"{ALPHA_LIMIT}): its indicators do not move together; check the grouping "
                f"and the directions."
            )
    table = pd.concat(items, ignore_index=True) if items else pd.DataFrame(columns=ITEM_COLUMNS)
    return CoherenceResult(correlation, alpha, table, warnings)


def cronbach_alpha(items: pd.DataFrame) -> float:
    """Cronbach's alpha of the columns of ``items`` (sample variances, ddof = 1).

    NaN for fewer than 2 columns, fewer than 2 rows, or a total that does not vary.
    """
    k = items.shape[1]
    if k < 2 or len(items) < 2:
        return float("nan")
    total_variance = items.sum(axis=1).var(ddof=1)
    if not total_variance > 0:
        return float("nan")
    return float(k / (k - 1) * (1 - items.var(ddof=1).sum() / total_variance))


def _members(normalised: pd.DataFrame, group: str, ids: list[str]) -> pd.DataFrame:
    if not ids:
        raise ParameterError(f'Group "{group}" has no indicators: add some or remove it.')
    unknown = [str(i) for i in ids if i not in normalised.columns]
    if unknown:
        raise ParameterError(
            f'Group "{group}" names indicator "{unknown[0]}", which is not in the table: '
            f"fix the group definition or add the indicator."
        )
    return normalised[list(dict.fromkeys(ids))].dropna(axis=0, how="any")


def _item_total(members: pd.DataFrame) -> pd.Series:
    """Correlation of each column with the sum of the other columns."""
    if members.shape[1] < 2:
        return pd.Series(float("nan"), index=members.columns)
    rest = members.rsub(members.sum(axis=1), axis=0)  # total minus the item itself
    return members.corrwith(rest, axis=0)
