"""Weight series (population, GRP ...) looked up by name, year, region and boundary set.

A rate is merged with the weights of its parts on the set it was published on, and a total
is divided with the weights of the new regions on the target set.  A weight value of one
set serves another set only for a region whose borders are the same in both
(:func:`.sets.same_territory`): the population of East Kazakhstan Region of the 2018 set is
not that of the smaller region of 2022.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from ..regions import Gazetteer
from .reading import Panel
from .sets import same_territory

__all__ = ["WeightBook"]


@dataclass
class WeightBook:
    """Weight values by (indicator, year): the set they are on and their value per unit.

    Attributes
    ----------
    gazetteer : Gazetteer
        To tell which regions have the same borders in two sets.
    series : dict
        ``(indicator, year) -> (boundary_set, {unit_id: value})``.
    available : list of str
        Every indicator of the tables the weights may come from (for messages).
    """

    gazetteer: Gazetteer
    series: dict[tuple[str, int], tuple[str, dict[str, float]]] = field(default_factory=dict)
    available: list[str] = field(default_factory=list)

    def add(self, panel: Panel, groups: pd.DataFrame) -> None:
        """Add every year and indicator of ``panel`` on the sets of ``groups``
        (:func:`.recognise_sets`); a later panel replaces an earlier one's series."""
        sets = {(int(row.year), str(row.indicator)): str(row.boundary_set)
                for row in groups.itertuples()}
        for (year, indicator), group in panel.data.groupby(["year", "indicator"]):
            boundary_set = sets.get((int(year), str(indicator)))
            if boundary_set is not None:
                values = dict(zip(group["unit_id"], group["value"].astype(float)))
                self.series[(str(indicator), int(year))] = (boundary_set, values)

    @property
    def names(self) -> list[str]:
        """The weight indicators available, sorted."""
        return sorted({name for name, _ in self.series})

    def value(self, name: str, year: int, unit_id: str, boundary_set: str) -> float | None:
        """The weight of ``unit_id`` within ``boundary_set`` in ``year``; None when unknown.

        Parameters
        ----------
        name : str
            The weight indicator.
        year : int
            The year of the value to weight (weights are never taken from another year).
        unit_id : str
            The region.
        boundary_set : str
            The set whose borders the region must have.

        Returns
        -------
        float or None
            None when the series, the region or its value is missing, or the series is on a
            set where the region has other borders.
        """
        entry = self.series.get((name, int(year)))
        if entry is None or unit_id not in entry[1]:
            return None
        weight_set, values = entry
        value = values[unit_id]
        if math.isnan(value):
            return None
        if weight_set != boundary_set and not same_territory(
            self.gazetteer, unit_id, weight_set, boundary_set
        ):
            return None
        return float(value)

    def why_missing(self, name: str, year: int, unit_id: str, boundary_set: str) -> str:
        """Why :meth:`value` found nothing, in words, for a message."""
        region = self.gazetteer.units.at[unit_id, "name_en"]
        entry = self.series.get((name, int(year)))
        if entry is None:
            return f"{name} has no values for {year}"
        if unit_id not in entry[1]:
            return f"{name} has no {year} value for {region}"
        return (f"{name} for {region} in {year} is on the {entry[0]} set, where the region "
                f"has other borders than on the {boundary_set} set")
