"""Local results without a multiple-testing correction, and when the report shows them.

A local statistic tests every region at once.  With 17 regions tested at ``alpha = 0.05``,
about ``17 * 0.05 = 0.85`` regions look significant by chance alone when there is no spatial
pattern at all, so the analysis corrects for multiple tests by default (the false discovery
rate).  With few regions the correction can leave nothing significant.  The full analysis
then also keeps what each region's test says on its own, as GeoDa's cluster map does at
``p <= 0.05`` and as ArcGIS Pro's Hot Spot Analysis does with its FDR option off:

``LISA_CL_U``
    GeoDa's cluster code (:data:`.autocorrelation.local.LISA_LABELS`) of a region whose
    pseudo p-value ``LISA_P`` is at most ``alpha``, uncorrected; 0 otherwise, 6 for a
    region without neighbours.
``Gi_Bin_U``
    ArcGIS Pro's confidence bin (-3 to 3) from ``GiPValue`` and ``GiZScore``, uncorrected.

These are the fields the report draws, titled as uncorrected and not trusted, only when the
corrected result has nothing significant and the uncorrected one has something
(:func:`stand_in_shown`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .autocorrelation.local import gi_bins, lisa_codes

#: statistic -> (corrected field, uncorrected field, codes that mean "not significant")
FIELDS = {
    "lisa": ("LISA_CL", "LISA_CL_U", (0, 6)),
    "gi": ("Gi_Bin", "Gi_Bin_U", (0,)),
}
#: the fields :func:`uncorrected_fields` adds
#: statistic -> (caption of the report's map of the corrected result, of the uncorrected one)
CAPTIONS = {
    "lisa": ("LISA clusters of the index",
             "LISA clusters without correction for multiple tests (not trusted)"),
    "gi": ("Gi* hot spots of the index",
           "Gi* hot spots without correction for multiple tests (not trusted)"),
}


def lisa_codes_uncorrected(values, lisa_i, p, alpha: float) -> np.ndarray:
    """GeoDa's LISA cluster codes with each region tested on its own at ``p <= alpha``.

    Parameters
    ----------
    values : array-like
        The field the local Moran's I was computed on, for every feature of the weights
        (its mean decides whether a value is high or low).
    lisa_i : array-like
        ``LISA_I`` of each feature, NaN for a feature without neighbours.
    p : array-like
        ``LISA_P`` of each feature, NaN for a feature without neighbours.
    alpha : float
        Significance level.

    Returns
    -------
    numpy.ndarray
        int64 codes: 1 High-High, 2 Low-Low, 3 Low-High, 4 High-Low, 5 significant but
        undefined (the value or its lag at the mean), 0 not significant, 6 no neighbours.

    Notes
    -----
    ``LISA_I = z * lag``, so the sign of the lag is the sign of ``LISA_I`` over that of
    ``z``: the quadrant follows from the value and ``LISA_I`` alone, whatever weights made
    the lag.
    """
    values = np.asarray(values, dtype=float)
    lisa_i = np.asarray(lisa_i, dtype=float)
    z = np.sign(values - values.mean())
    lag_sign = np.nan_to_num(np.sign(lisa_i) * z)  # sign(lag) = sign(LISA_I) * sign(z)
    significant = np.nan_to_num(np.asarray(p, dtype=float), nan=2.0) <= alpha
    return lisa_codes(z, lag_sign, significant, np.isnan(lisa_i))


def uncorrected_fields(values: pd.Series, local: pd.DataFrame, alpha: float) -> pd.DataFrame:
    """``LISA_CL_U`` and ``Gi_Bin_U`` of each feature (module docstring).

    Parameters
    ----------
    values : pandas.Series
        The field tested, indexed like ``local``.
    local : pandas.DataFrame
        ``LISA_I`` and ``LISA_P`` (local Moran), ``GiZScore`` and ``GiPValue`` (Gi*); a
        statistic whose fields are missing gets no uncorrected field.
    alpha : float
        Significance level of the LISA test.

    Returns
    -------
    pandas.DataFrame
        Indexed like ``local``.
    """
    fields = {}
    if {"LISA_I", "LISA_P"} <= set(local.columns):
        fields["LISA_CL_U"] = lisa_codes_uncorrected(
            values.reindex(local.index), local["LISA_I"], local["LISA_P"], alpha)
    if {"GiZScore", "GiPValue"} <= set(local.columns):
        fields["Gi_Bin_U"] = gi_bins(local["GiZScore"].to_numpy(dtype=float),
                                     local["GiPValue"].to_numpy(dtype=float), "none")
    return pd.DataFrame(fields, index=local.index)


def significant(regions: pd.DataFrame, statistic: str, corrected: bool = True) -> pd.Series:
    """Which regions are significant for ``statistic`` (``"lisa"`` or ``"gi"``), with the
    correction or without it; empty when the field is missing."""
    corrected_field, uncorrected_field, quiet = FIELDS[statistic]
    name = corrected_field if corrected else uncorrected_field
    if name not in regions.columns:
        return pd.Series(dtype=bool)
    codes = pd.to_numeric(regions[name], errors="coerce")
    return codes.notna() & ~codes.isin(quiet)


def stand_in_shown(regions: pd.DataFrame, statistic: str, correction: str) -> bool:
    """True when the report shows the uncorrected result of ``statistic``: a correction was
    applied, it left no region significant, and without it some region is."""
    return (correction != "none" and not significant(regions, statistic).any()
            and bool(significant(regions, statistic, corrected=False).any()))
