"""The dynamics of regions over the years, as jobs: emerging hot spots and Markov transitions.

Both read one indicator from a layer with one feature per region and year (as
``kzinnovation:harmonisepanel`` writes when no year is chosen): :func:`long_layer_panel`
turns it into the regions (one feature each, the fields that do not change over the years)
and a regions x years table.  :class:`EmergingJob` runs
:func:`..dynamics.emerging.emerging_hotspots` (Gi* in every year, a Mann-Kendall trend,
ArcGIS Pro's patterns); :class:`MarkovJob` runs the classic, spatial or LISA Markov chain of
:mod:`..dynamics.markov`.  :func:`run` runs either and returns a :class:`DynamicsOutcome`:
the regions with the result's fields, the long tables, and the method record.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd

from .._checks import as_float, describe_ids, geometry_last, no_such_field
from ..choices import MARKOV_KIND
from ..dynamics.emerging import emerging_hotspots
from ..dynamics.markov import (
    LisaMarkovResult,
    MarkovResult,
    SpatialMarkovResult,
    classic_markov,
    lisa_markov,
    spatial_markov,
)
from ..errors import ParameterError
from ..provenance import provenance_record
from ..spatial_weights import SpatialWeights
from .base import Cancelled, Outcome, Progress, checkpoint
from .spatial import SpatialJob, indexed_by, job_weights

if TYPE_CHECKING:
    from .convergence import ConvergenceJob

__all__ = [
    "EMERGING_LAYER",
    "EMERGING_YEARS_LAYER",
    "MARKOV_REGIONS_LAYER",
    "MARKOV_SUMMARY_LAYER",
    "MARKOV_TRANSITIONS_LAYER",
    "DynamicsOutcome",
    "EmergingJob",
    "MarkovJob",
    "long_layer_panel",
    "run",
]

EMERGING_LAYER = "emerging_hotspots"
EMERGING_YEARS_LAYER = "emerging_hotspots_years"
MARKOV_REGIONS_LAYER = "markov_regions"
MARKOV_TRANSITIONS_LAYER = "markov_transitions"
MARKOV_SUMMARY_LAYER = "markov_summary"
#: the columns of the transitions table, for every kind of chain
TRANSITION_COLUMNS = ("condition", "from_class", "to_class", "count", "probability",
                      "expected")


@dataclass
class _PanelFields:
    """The fields of a layer with one feature per region and year."""

    field: str
    year_field: str = "year"
    spatial: SpatialJob = field(default_factory=SpatialJob)

    def __post_init__(self) -> None:
        if not self.spatial.id_field:
            raise ParameterError(
                "Name the region id field: the field that names the same region in every year, "
                "such as unit_id.")


@dataclass
class EmergingJob(_PanelFields):
    """Emerging hot spots of ``field``: Gi* each year (``spatial``: alpha, correction,
    inference, permutations, seed, the weights) and the Mann-Kendall trend at
    ``trend_alpha``."""

    trend_alpha: float = 0.05


@dataclass
class MarkovJob(_PanelFields):
    """Transitions of ``field`` between classes: ``kind`` classic, spatial (conditioned on the
    neighbours' class) or lisa (between Moran scatter-plot quadrants).

    Attributes
    ----------
    classes : int
        Quantile classes (classic and spatial; the neighbours' classes as many).
    pooled : bool
        Quantiles of all region-years (True) or within each year (False).
    relative : bool
        Divide each year's values by that year's mean first.
    """

    kind: str = MARKOV_KIND.default
    classes: int = 4
    pooled: bool = True
    relative: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        self.kind = MARKOV_KIND.resolve(self.kind)


@dataclass(kw_only=True)
class DynamicsOutcome(Outcome):
    """A finished dynamics job: its layers by name, the core's result, the weights and the
    notes a user must not miss.

    Attributes
    ----------
    frames : dict
        Layer name -> frame, in writing order.
    result : EmergingHotSpotResult, MarkovResult, SpatialMarkovResult or LisaMarkovResult
    weights : SpatialWeights
    warnings : list of str
        The notes a user must not miss, each also in ``notes``: those the core result
        flags as warnings (thin transition rows, a series too short for a significant
        trend, too few regions for local statistics, a correction that no permutation
        p-value can pass; the convergence job adds its own).
    """

    frames: dict[str, pd.DataFrame]
    result: Any
    weights: SpatialWeights
    warnings: list[str] = field(default_factory=list)

    def layers(self) -> dict[str, pd.DataFrame]:
        """The job's layers and the method record."""
        return {**self.frames, **super().layers()}


def long_layer_panel(layer: pd.DataFrame, region_field: str, year_field: str,
                     value_field: str) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """The regions and the regions x years table of one field of a long layer.

    Parameters
    ----------
    layer : geopandas.GeoDataFrame
        One feature per region and year.
    region_field, year_field, value_field : str
        The region ids, the years (whole numbers) and the values.

    Returns
    -------
    tuple
        (one feature per region indexed by its id, in the order first met, with the fields
        that are the same in every year of the region; the values, regions x years, a gap
        where a region lacks a year).

    Raises
    ------
    ParameterError
        A field missing, a year that is not a whole number, a region twice in a year.
    """
    for name in (region_field, year_field, value_field):
        if name not in layer.columns:
            raise no_such_field(name, layer)
    years = as_float(layer[year_field], year_field, advice="choose the field of the years")
    if years.isna().any() or not np.all(np.mod(years.to_numpy(), 1) == 0):
        raise ParameterError(
            f"Field '{year_field}' must hold a whole year in every feature (e.g. 2021).")
    data = pd.DataFrame({"region": layer[region_field].to_numpy(),
                         "year": years.astype(int).to_numpy(),
                         "value": as_float(layer[value_field], value_field).to_numpy()})
    repeated = data[data.duplicated(["region", "year"], keep=False)]
    if len(repeated):
        pairs = (repeated["region"].astype(str) + " in " + repeated["year"].astype(str)).unique()
        raise ParameterError(
            f"Regions appear more than once in a year ({describe_ids(pairs)}): the layer must "
            "have one feature per region and year.")
    order = pd.unique(data["region"])
    wide = data.pivot(index="region", columns="year", values="value").reindex(order)
    wide.index.name, wide.columns.name = region_field, None
    steady = [column for column in layer.columns
              if column == layer.geometry.name
              or layer.groupby(region_field, sort=False)[column].nunique(dropna=False).max() <= 1]
    first = layer.drop_duplicates(subset=[region_field])[steady]
    regions = indexed_by(gpd.GeoDataFrame(first, geometry=layer.geometry.name, crs=layer.crs),
                         region_field)
    return regions.reindex(order), wide


def _regions_with(regions: gpd.GeoDataFrame, fields: pd.DataFrame) -> gpd.GeoDataFrame:
    """The regions with ``fields`` (indexed like them) added, geometry last."""
    joined = regions.drop(columns=[c for c in fields.columns if c in regions.columns])
    return geometry_last(joined.join(fields)).reset_index(drop=True)


def _emerging(job: EmergingJob, regions, wide, weights, step) -> tuple[dict, Any]:
    spatial = job.spatial
    result = emerging_hotspots(
        wide, weights.graph, alpha=spatial.alpha, correction=spatial.correction,
        inference=spatial.inference, permutations=spatial.permutations, seed=spatial.seed,
        trend_alpha=job.trend_alpha, progress=lambda fraction: step(0.3 + 0.6 * fraction))
    years = pd.DataFrame({
        "value": wide.stack(), "GiZScore": result.gi_z.stack(),
        "GiPValue": result.gi_p.stack(), "GI_STATE": result.gi_state.stack().astype(int),
    }).rename_axis(["region", "year"]).reset_index()
    frames = {EMERGING_LAYER: _regions_with(regions, result.frame),
              EMERGING_YEARS_LAYER: years}
    return frames, result


def _transitions(result) -> pd.DataFrame:
    """Every transition matrix of a chain as rows (condition, from, to, count, ...)."""
    if isinstance(result, SpatialMarkovResult):
        counts = result.conditional_transitions.stack()
        shares = result.conditional_probabilities.stack()
        table = pd.DataFrame({"count": counts, "probability": shares}).reset_index()
        table.columns = ["condition", "from_class", "to_class", "count", "probability"]
        overall = _transitions_of(result.transitions, result.probabilities, "all regions")
        table = pd.concat([overall, table], ignore_index=True)
    else:
        table = _transitions_of(result.transitions, result.probabilities, "all regions")
    expected = result.expected.stack().to_numpy() if isinstance(result, LisaMarkovResult) \
        else np.nan
    table["expected"] = np.nan
    if isinstance(result, LisaMarkovResult):
        table.loc[table["condition"] == "all regions", "expected"] = expected
    return table[list(TRANSITION_COLUMNS)]


def _transitions_of(counts: pd.DataFrame, shares: pd.DataFrame, condition: str) -> pd.DataFrame:
    table = pd.DataFrame({"count": counts.stack(), "probability": shares.stack()})
    table = table.rename_axis(["from_class", "to_class"]).reset_index()
    table.insert(0, "condition", condition)
    return table


def _summary(result) -> pd.DataFrame:
    """The chain's tests and long-run shares as (statistic, value) rows."""
    rows: list[tuple[str, float]] = []
    if isinstance(result, SpatialMarkovResult):
        rows += [(f"homogeneity {key}", value) for key, value in result.homogeneity.items()
                 if value is not None]
    if isinstance(result, LisaMarkovResult):
        rows += [("chi2", result.chi2), ("chi2 p-value", result.chi2_p),
                 ("chi2 degrees of freedom", float(result.chi2_dof))]
    if result.steady_state is not None:
        rows += [(f"steady state: {label}", float(value))
                 for label, value in result.steady_state.items()]
    rows += [(f"thin row: {label}", float(count)) for label, count in
             result.transitions.sum(axis=1).items() if label in result.thin_rows]
    return pd.DataFrame(rows, columns=["statistic", "value"])


def _markov(job: MarkovJob, regions, wide, weights, step) -> tuple[dict, Any]:
    spatial = job.spatial
    if job.kind == "classic":
        result: MarkovResult | LisaMarkovResult = classic_markov(
            wide, job.classes, pooled=job.pooled, relative=job.relative)
    elif job.kind == "spatial":
        result = spatial_markov(wide, weights.graph, job.classes, pooled=job.pooled,
                                relative=job.relative, permutations=spatial.permutations,
                                seed=spatial.seed)
    else:
        result = lisa_markov(wide, weights.graph, permutations=spatial.permutations,
                             seed=spatial.seed, alpha=spatial.alpha)
    step(0.9)
    if isinstance(result, LisaMarkovResult):
        labels = dict(enumerate(result.transitions.index, start=1))
        states = result.quadrants.apply(lambda column: column.map(labels))
    else:
        labels = dict(enumerate(result.classes))
        states = result.class_ids.apply(lambda column: column.map(labels))
    states.columns = [f"class_{year}" for year in states.columns]
    moves = (result.quadrants if isinstance(result, LisaMarkovResult) else result.class_ids)
    states["moves"] = (moves.diff(axis=1).iloc[:, 1:] != 0).sum(axis=1).astype(int)
    frames = {MARKOV_REGIONS_LAYER: _regions_with(regions, states),
              MARKOV_TRANSITIONS_LAYER: _transitions(result),
              MARKOV_SUMMARY_LAYER: _summary(result)}
    return frames, result


def run(
    options: EmergingJob | MarkovJob | ConvergenceJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DynamicsOutcome:
    """Run the dynamics job ``options`` on a layer with one feature per region and year
    (a :class:`.convergence.ConvergenceJob` by :func:`.convergence.run`).

    Raises
    ------
    ParameterError
        Fields missing or not numeric, a region twice in a year, gaps (the core names the
        region-years), too few years or regions, bad classes or parameters.
    CancelledError
        When ``cancelled()`` returns True.
    """
    from .convergence import ConvergenceJob
    from .convergence import run as run_convergence

    if isinstance(options, ConvergenceJob):  # its own module, which builds weights only if used
        return run_convergence(options, layer, progress=progress, cancelled=cancelled)
    step = checkpoint(progress, cancelled)
    spatial = options.spatial
    regions, wide = long_layer_panel(layer, spatial.id_field, options.year_field, options.field)
    weights = job_weights(regions, spatial, cancelled=cancelled)
    step(0.3)
    if isinstance(options, EmergingJob):
        frames, result = _emerging(options, regions, wide, weights, step)
        tool = "kzinnovation:emerginghotspots"
    elif isinstance(options, MarkovJob):
        frames, result = _markov(options, regions, wide, weights, step)
        tool = "kzinnovation:markov"
    else:
        raise TypeError(f"Not a dynamics job: {type(options).__name__}.")
    step(1.0)
    notes = [*weights.notes, *result.notes]
    details = {key: value for key, value in result.provenance.items()
               if key not in ("tool", "created_utc", "versions")}
    parameters = {**asdict(options), "spatial": spatial.parameters()}
    record = provenance_record(tool, parameters, weights=weights.summary(), analysis=details,
                               notes=notes)
    return DynamicsOutcome(frames=frames, result=result, weights=weights,
                           warnings=list(result.warnings), provenance=record, notes=notes)
