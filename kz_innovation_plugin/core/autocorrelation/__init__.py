"""Spatial autocorrelation: global statistics, local Moran (LISA) and Getis-Ord Gi*.

All statistics are computed here with NumPy and SciPy sparse matrices and checked against
esda and GeoDa (pygeoda) in the tests: the global ones with a shared set of full
permutations (:mod:`.global_permutation`), the local ones to GeoDa's conventions with a
conditional permutation engine (:mod:`.permutation`), and multiple-testing corrections
(:mod:`.correction`).
"""

from .correction import (
    CORRECTIONS,
    corrected_threshold,
    few_features_note,
    smallest_pvalue,
)
from .globals import GLOBAL_COLUMNS, GlobalResult, global_statistics, moran_scatter
from .local import (
    COTYPE,
    GI_COLUMNS,
    INFERENCES,
    LISA_COLUMNS,
    LISA_LABELS,
    HotspotResult,
    LocalMoranResult,
    gi_bins,
    hotspots,
    local_moran,
)
from .permutation import conditional_permutation_counts, pseudo_p_values

__all__ = [
    "CORRECTIONS",
    "COTYPE",
    "GI_COLUMNS",
    "GLOBAL_COLUMNS",
    "GlobalResult",
    "INFERENCES",
    "LISA_COLUMNS",
    "LISA_LABELS",
    "conditional_permutation_counts",
    "corrected_threshold",
    "few_features_note",
    "gi_bins",
    "global_statistics",
    "hotspots",
    "local_moran",
    "LocalMoranResult",
    "HotspotResult",
    "moran_scatter",
    "pseudo_p_values",
    "smallest_pvalue",
]
