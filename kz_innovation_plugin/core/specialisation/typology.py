"""The typology that joins the study's two groups of methods: innovation level and
specialisation.

Each region gets a type from its innovation level (the index's ``innov_lvl``), whether it is a
cluster core, and its specialisation profile.  A region is *specialised* when its dominant
activity (the highest location quotient) earns the European Cluster Observatory's
specialisation star (LQ of 2 or more, a parameter) *and* its structure is more concentrated
than the country's (its Herfindahl-Hirschman index above the national one): a high LQ alone
can come from a small activity in a region whose structure is as spread as the country's.
Otherwise it is *diversified*.  The study's "industrial
regions with innovation potential" are then told apart from regions that are merely high on
the index.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: type code -> the type in plain words ({activity}: the dominant activity)
TYPES = {
    "core_specialised": "innovation core specialised in {activity}",
    "core_diversified": "diversified innovation core",
    "high_specialised": "high-innovation region specialised in {activity}",
    "high_diversified": "diversified high-innovation region",
    "medium_specialised": "medium-innovation region specialised in {activity}",
    "medium_diversified": "diversified medium-innovation region",
    "low_specialised": "specialised region with low innovation ({activity})",
    "low_diversified": "diversified region with low innovation",
}
#: a region with no specialisation profile (not in the activity table)
NO_PROFILE = "no_profile"


def typology(level: pd.Series, is_core: pd.Series, dominant: pd.Series,
             dominant_lq: pd.Series, hhi: pd.Series | None = None,
             national_hhi: float | None = None, *, lq_threshold: float = 2.0) -> pd.DataFrame:
    """Each region's type.

    Parameters
    ----------
    level : pandas.Series
        ``"low"``, ``"medium"`` or ``"high"`` per region (the index's levels).
    is_core : pandas.Series
        True for the cluster cores.
    dominant, dominant_lq : pandas.Series
        The dominant activity and its LQ (missing for a region without a profile).
    hhi : pandas.Series, optional
        Each region's Herfindahl-Hirschman index; with ``national_hhi``, a region must be
        more concentrated than the country to be specialised (else the LQ alone decides).
    national_hhi : float, optional
        The country's Herfindahl-Hirschman index (of the national total row).
    lq_threshold : float, default 2.0
        The dominant LQ from which a region may be specialised.

    Returns
    -------
    pandas.DataFrame
        ``sp_type`` (a code of :data:`TYPES`, or :data:`NO_PROFILE`) and ``sp_type_txt``
        (the type in English words), indexed like ``level``.

    Examples
    --------
    >>> idx = ["a", "b"]
    >>> typology(pd.Series(["high", "low"], idx), pd.Series([True, False], idx),
    ...          pd.Series(["C", "A"], idx), pd.Series([1.4, 3.0], idx),
    ...          pd.Series([0.5, 0.5], idx), 0.3)["sp_type"].tolist()
    ['core_diversified', 'low_specialised']
    """
    strong = dominant_lq.to_numpy(dtype="float64") >= lq_threshold
    if hhi is not None and national_hhi is not None:
        strong &= hhi.to_numpy(dtype="float64") > national_hhi
    kind = np.where(strong, "specialised", "diversified")
    group = np.where(is_core.fillna(False).to_numpy(dtype=bool), "core",
                     level.fillna("").astype(str).to_numpy())
    codes = pd.Series([f"{g}_{k}" for g, k in zip(group, kind)], index=level.index)
    codes = codes.where(codes.isin(list(TYPES)) & dominant.notna(), NO_PROFILE)
    words = [TYPES.get(code, "no specialisation profile").replace("{activity}", str(activity))
             for code, activity in zip(codes, dominant)]
    return pd.DataFrame({"sp_type": codes, "sp_type_txt": words}, index=level.index)
