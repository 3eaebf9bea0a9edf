"""The multiplier effect estimated, as a job: a spatial lag or Durbin model of a region layer.

:class:`SpilloverJob` holds the choices (outcome and input fields, model, cores, simulation,
the spatial weights); :func:`run` builds (or reads) the weights on the layer's regions,
fits the model with :func:`..dynamics.spillover.estimate_spillover` (one feature per region)
or :func:`..dynamics.spillover.estimate_panel_spillover` (a year field: one feature per
region and year, region fixed effects) and returns a :class:`SpilloverOutcome`: the
estimates, the direct, indirect and total effects with their intervals, each core's effect on
every region as a polygon layer (one feature per core, input and region: the column of the
effects matrix), each core's own, spillover and total effect, and the method record.
The warnings of the core (a small sample, a short panel, rho at its edge) are kept apart
(:attr:`SpilloverOutcome.warnings`) so that the Processing layer shows them as warnings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from .._checks import as_float, describe_ids, geometry_last, name_field, no_such_field
from ..choices import SPILLOVER_MODEL
from ..dynamics.spillover import (
    DEFAULT_DRAWS,
    SpilloverResult,
    estimate_panel_spillover,
    estimate_spillover,
)
from ..errors import ParameterError
from ..provenance import provenance_record
from ..spatial_weights import SpatialWeights
from .base import Cancelled, Outcome, Progress, checkpoint
from .spatial import SpatialJob, indexed_by, job_weights

__all__ = [
    "CORE_EFFECTS_LAYER",
    "CORE_SUMMARY_LAYER",
    "EFFECT_CLASSES",
    "ESTIMATES_LAYER",
    "IMPACTS_LAYER",
    "TOOL",
    "SpilloverJob",
    "SpilloverOutcome",
    "core_list",
    "effect_classes",
    "run",
]

TOOL = "kzinnovation:spillover"
ESTIMATES_LAYER = "spillover_estimates"
IMPACTS_LAYER = "spillover_impacts"
#: one feature per core, input and region: what a unit rise of the core's input does there
CORE_EFFECTS_LAYER = "spillover_core_effects"
CORE_SUMMARY_LAYER = "spillover_core_summary"
#: fields that may name a core in the list of cores, besides the region ids
CORE_NAME_FIELDS = ("unit_id", "iso_code", "name_en", "name_ru", "name_kk", "name_kk_latn")
#: ``effect_class`` of the core layer (what its style colours): the core's own polygon, else
#: the side of zero the effect's interval lies on, else the sign of the effect
EFFECT_CLASSES = {
    3: "the core itself",
    2: "rise, interval above zero",
    1: "rise, interval includes zero",
    0: "no effect",
    -1: "fall, interval includes zero",
    -2: "fall, interval below zero",
}


@dataclass
class SpilloverJob:
    """A spatial lag or Durbin model of a region layer and its simulated effects.

    Attributes
    ----------
    y : str
        The outcome field (the index, GRP per capita ...).
    x : list of str
        The input fields whose effects are wanted.
    model : str
        ``"lag"`` or ``"durbin"`` (:data:`..choices.SPILLOVER_MODEL`).
    cores : list of str
        Regions whose effect columns are reported, by id (the id field's value, else the
        feature id) or by a code or name (unit_id, ISO code, name in English, Russian or
        Kazakh).
    core_field : str, optional
        A field whose non-zero (true) values mark the cores, added to ``cores``.
    year_field : str, optional
        A year field: the layer is a panel, one feature per region (``spatial.id_field``,
        required then) and year, fitted with region fixed effects.
    draws, seed, level : int, int, float
        Simulation draws, their seed and the intervals' coverage.
    spatial : SpatialJob
        The weights (built on the regions, or read from a file) and the id field.
    """

    y: str
    x: list[str]
    model: str = SPILLOVER_MODEL.default
    cores: list[str] = field(default_factory=list)
    core_field: str | None = None
    year_field: str | None = None
    draws: int = DEFAULT_DRAWS
    seed: int = 1
    level: float = 0.95
    spatial: SpatialJob = field(default_factory=SpatialJob)

    def __post_init__(self) -> None:
        self.model = SPILLOVER_MODEL.resolve(self.model)
        self.x = [self.x] if isinstance(self.x, str) else list(self.x)
        self.cores = [str(core).strip() for core in self.cores if str(core).strip()]
        if self.year_field and not self.spatial.id_field:
            raise ParameterError(
                "A panel (a year field) needs the region id field too: the field that names "
                "the same region in every year, such as unit_id.")


def core_list(text: str | None) -> list[str]:
    """``"astana; almaty_city, Shymkent"`` -> the names, split at commas, semicolons and
    lines."""
    return [item.strip() for item in
            (text or "").replace(";", ",").replace("\n", ",").split(",") if item.strip()]


@dataclass(kw_only=True)
class SpilloverOutcome(Outcome):
    """A fitted spillover model.

    Attributes
    ----------
    result : SpilloverResult
        The core's result: estimates, effects, core columns, draws, notes.
    regions : geopandas.GeoDataFrame
        One feature per region (indexed by the model's region ids), for the core layer.
    weights : SpatialWeights
        The weights the model used.
    warnings : list of str
        The notes a user must not miss (small sample, short panel, rho at its edge).
    """

    result: SpilloverResult
    regions: gpd.GeoDataFrame
    weights: SpatialWeights
    warnings: list[str] = field(default_factory=list)

    def _names(self) -> pd.Series:
        """Region id -> a readable name (name_en, name_ru, unit_id, else the id)."""
        label = name_field(self.regions.columns)
        ids = pd.Series(self.regions.index, index=self.regions.index)
        return (self.regions[label].astype(str) if label else ids.astype(str))

    def impacts(self) -> pd.DataFrame:
        """Direct, indirect and total effects, with whether the interval excludes zero."""
        return _with_sign(self.result.impacts)

    def core_effects(self) -> gpd.GeoDataFrame:
        """One polygon per core, input and region: the core's effect on that region."""
        effects = _with_sign(self.result.core_effects)
        names = self._names()
        effects.insert(1, "core_name", effects["core"].map(names).to_numpy())
        effects.insert(4, "region_name", effects["region"].map(names).to_numpy())
        effects["effect_class"] = effect_classes(effects)
        geometry = self.regions.geometry.reindex(pd.Index(effects["region"]))
        layer = gpd.GeoDataFrame(effects, geometry=geometry.to_numpy(), crs=self.regions.crs)
        return geometry_last(layer)

    def core_summary(self) -> pd.DataFrame:
        """Each core's own, spillover and total effect, with the core's name."""
        summary = self.result.core_summary.copy()
        summary.insert(1, "core_name", summary["core"].map(self._names()).to_numpy())
        return summary

    def layers(self) -> dict[str, pd.DataFrame]:
        """Estimates, impacts, the core layer and summary, and the method record."""
        return {ESTIMATES_LAYER: self.result.estimates.reset_index(),
                IMPACTS_LAYER: self.impacts(), CORE_EFFECTS_LAYER: self.core_effects(),
                CORE_SUMMARY_LAYER: self.core_summary(), **super().layers()}

    def summary(self) -> str:
        """rho, the effects of each input, each core's spillover, then the notes."""
        result = self.result
        share = f"{result.level:.0%}"
        lines = [f"{'Spatial Durbin' if result.model == 'durbin' else 'Spatial lag'} model"
                 f"{' (panel, region fixed effects)' if result.panel else ''} of "
                 f"{len(result.regions)} regions: rho = {result.rho:.3f}."]
        for row in result.impacts.itertuples():
            lines.append(f"{row.regressor}, {row.effect} effect: {row.estimate:.4g} "
                         f"({share} interval {row.ci_lower:.4g} to {row.ci_upper:.4g})")
        names = self._names()
        for row in result.core_summary.itertuples():
            lines.append(f"{names.get(row.core, row.core)}, {row.regressor}: spillover to the "
                         f"other regions {row.spillover:.4g} ({row.spillover_lower:.4g} to "
                         f"{row.spillover_upper:.4g})")
        return "\n".join([*lines, *self.notes])


def _with_sign(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with ``excludes_zero``: whether the interval lies on one side of zero."""
    frame = frame.copy()
    frame["excludes_zero"] = (frame["ci_lower"] > 0) | (frame["ci_upper"] < 0)
    return frame


def effect_classes(effects: pd.DataFrame) -> np.ndarray:
    """The :data:`EFFECT_CLASSES` code of each row of a core's effect column: 3 for the core
    itself, 2 or -2 where the interval lies above or below zero, else the effect's sign."""
    sign = np.sign(effects["effect"].to_numpy(dtype=float)).astype(int)
    code = np.where(effects["ci_lower"].to_numpy(dtype=float) > 0, 2,
                    np.where(effects["ci_upper"].to_numpy(dtype=float) < 0, -2, sign))
    return np.where(effects["is_core"].to_numpy(dtype=bool), 3, code)


def _core_ids(regions: pd.DataFrame, job: SpilloverJob) -> list[Any]:
    """The model ids of the cores named in ``job.cores`` and marked by ``job.core_field``."""
    ids = pd.Index(regions.index)
    found: list[Any] = []
    if job.core_field:
        if job.core_field not in regions.columns:
            raise no_such_field(job.core_field, regions, role="cores")
        marks = as_float(regions[job.core_field], job.core_field,
                         advice="choose a true/false or 0/1 field that marks the cores")
        found += list(ids[(marks.fillna(0.0) != 0.0).to_numpy()])
    unknown = []
    for name in job.cores:
        match = _find_region(regions, ids, name)
        if match is None:
            unknown.append(name)
        else:
            found.append(match)
    if unknown:
        fields = [column for column in CORE_NAME_FIELDS if column in regions.columns]
        where = f"; by {', '.join(fields)} or the region id" if fields else ""
        examples = regions[fields[0]] if fields else ids
        raise ParameterError(
            f"Core(s) {describe_ids(unknown)} name no region of the layer{where} (for example "
            f"{describe_ids(pd.Series(examples).astype(str).head(3))}). Correct the names or "
            "leave the cores empty.")
    return list(dict.fromkeys(found))


def _find_region(regions: pd.DataFrame, ids: pd.Index, name: str) -> Any | None:
    """The id of the region ``name`` names (its id, code or name, any case), or None."""
    text = name.casefold()
    for position, value in enumerate(ids):
        if str(value).casefold() == text:
            return ids[position]
    for column in CORE_NAME_FIELDS:
        if column in regions.columns:
            hits = np.flatnonzero(regions[column].astype(str).str.casefold().to_numpy() == text)
            if len(hits):
                return ids[hits[0]]
    return None


def _regions(layer: gpd.GeoDataFrame, job: SpilloverJob) -> gpd.GeoDataFrame:
    """One feature per region, indexed by the model's region ids."""
    if not job.year_field:
        return indexed_by(layer, job.spatial.id_field)
    for name in (job.spatial.id_field, job.year_field):
        if name not in layer.columns:
            raise no_such_field(name, layer, role="panel")
    first = layer.drop_duplicates(subset=[job.spatial.id_field])
    return indexed_by(first, job.spatial.id_field)


def _fit(layer: gpd.GeoDataFrame, regions: gpd.GeoDataFrame, weights: SpatialWeights,
         job: SpilloverJob, cores: Sequence[Any], step: Progress,
         cancelled: Cancelled | None) -> SpilloverResult:
    """The cross-section or panel estimate."""
    common = {"model": job.model, "cores": list(cores), "draws": job.draws, "seed": job.seed,
              "level": job.level, "cancelled": cancelled,
              "progress": lambda fraction: step(0.3 + 0.65 * fraction)}
    if job.year_field:
        data = pd.DataFrame(layer.drop(columns=layer.geometry.name))
        return estimate_panel_spillover(data, weights, job.y, job.x,
                                        region=job.spatial.id_field, year=job.year_field,
                                        **common)
    data = pd.DataFrame(regions.drop(columns=regions.geometry.name))
    return estimate_spillover(data, weights, job.y, job.x, **common)


def run(
    options: SpilloverJob,
    layer: gpd.GeoDataFrame,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    weights: SpatialWeights | None = None,
) -> SpilloverOutcome:
    """Fit the job's model on ``layer`` and simulate its effects.

    ``weights`` made for these regions and settings by an earlier step are used as they are.

    Raises
    ------
    ParameterError
        Fields missing, not numeric, with gaps or constant; cores that name no region; too
        few regions or observations; an unbalanced panel; collinear inputs.
    CancelledError
        When ``cancelled()`` returns True.
    """
    step = checkpoint(progress, cancelled, "The spillover estimate was cancelled; nothing "
                                           "was written.")
    regions = _regions(layer, options)
    cores = _core_ids(regions, options)
    weights = job_weights(regions, options.spatial, weights, cancelled)
    step(0.3)
    result = _fit(layer, regions, weights, options, cores, step, cancelled)
    step(1.0)
    notes = [*weights.notes, *result.notes]
    if not cores:
        notes.append("No core was named, so no core's effect column was computed: name the "
                     "cores (ids or names) or a field that marks them.")
    warnings = list(result.warnings)
    details = {key: value for key, value in result.provenance.items()
               if key not in ("tool", "created_utc", "parameters", "versions")}
    parameters = {**asdict(options), "spatial": options.spatial.parameters()}
    record = provenance_record(
        TOOL, parameters, weights=weights.summary(), estimation=details,
        rho=result.rho, log_likelihood=result.log_likelihood, aic=result.aic,
        cores=[str(core) for core in cores], small_sample=result.small_sample,
        warnings=warnings, notes=notes)
    return SpilloverOutcome(result=result, regions=regions, weights=weights,
                            warnings=warnings, provenance=record, notes=notes)
