"""Dynamics: panels across reforms, trends, emerging hot spots, Markov chains, convergence
and spillovers.

Every tool takes a wide panel: a ``pandas.DataFrame`` indexed by region id with one numeric
column per year (:mod:`._wide` checks it the same way for all).  giddy and spreg (which
bring numba) are imported inside the functions that use them, so importing this package
stays light.
"""

from .convergence import (
    BetaConvergenceResult,
    SigmaConvergenceResult,
    beta_convergence,
    sigma_convergence,
)
from .emerging import (
    EMERGING_COLUMNS,
    PATTERNS,
    EmergingHotSpotResult,
    MannKendall,
    emerging_category,
    emerging_hotspots,
    mann_kendall,
    smallest_mann_kendall_p,
)
from .markov import (
    MIN_ROW_TRANSITIONS,
    QUADRANTS,
    LisaMarkovResult,
    MarkovResult,
    SpatialMarkovResult,
    classic_markov,
    lisa_markov,
    spatial_markov,
)

# spillover (spatial lag and Durbin models, effects matrices) is exported below by its module

__all__ = [
    "EMERGING_COLUMNS", "MIN_ROW_TRANSITIONS", "PATTERNS", "QUADRANTS",
    "BetaConvergenceResult", "EmergingHotSpotResult", "LisaMarkovResult", "MannKendall",
    "MarkovResult", "SigmaConvergenceResult", "SpatialMarkovResult", "beta_convergence",
    "classic_markov", "emerging_category", "emerging_hotspots", "lisa_markov",
    "mann_kendall", "sigma_convergence", "smallest_mann_kendall_p", "spatial_markov",
]
