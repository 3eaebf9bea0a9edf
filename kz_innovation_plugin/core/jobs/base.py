"""What every job shares: the outcome, the layer styles, progress and the national row.

Every job's outcome is an :class:`Outcome`: it names its layers (``layers()``, GeoPackage layer
name -> frame), their styles (:data:`LAYER_STYLES`, defined here once), its provenance record
and notes, a ``summary()`` for a log or a terminal and one ``write(destination)``.  The
command line calls ``write``; the Processing layer writes the same layers to its sinks with the
same styles.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CancelledError
from ..output import write_geopackage
from ..provenance import provenance_frame

#: a job's progress report: the fraction done, 0 to 1
Progress = Callable[[float], None]
#: a job's question whether the user cancelled
Cancelled = Callable[[], bool]

#: GeoPackage (or output) layer -> the plugin style stored as its default, for every job
LAYER_STYLES = {
    "regions": "index",
    "regions_index": "index",
    "cores": "cores",
    "zones": "zones",
    "clusters": "clusters",
    "macroregion_members": "macroregions",
    "macroregions": "macroregions_dissolved",
    "lisa": "lisa",
    "hotspots": "hotspots",
    "regions_specialisation": "specialisation",
    "emerging_hotspots": "emerging",
    "spillover_core_effects": "spillover",
}
#: the method record's layer name in every outcome that has one
METHOD_LAYER = "method"


@dataclass(kw_only=True)
class Outcome:
    """A finished job, in memory until written.

    Attributes
    ----------
    provenance : dict
        The method record: tool, parameters, versions and the details of the run.
    notes : list of str
        What the user should read about the run (replaced fields, islands, years taken).
    """

    provenance: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def layers(self) -> dict[str, pd.DataFrame]:
        """The output layers and tables, GeoPackage layer name -> frame, in writing order."""
        return {METHOD_LAYER: provenance_frame(self.provenance)}

    def styles(self) -> dict[str, str]:
        """Layer name -> plugin style, for the layers of :meth:`layers` that have one."""
        names = self.layers()
        return {name: style for name, style in LAYER_STYLES.items() if name in names}

    def style_labels(self) -> dict[str, dict[str, str]]:
        """Layer name -> {category value: legend label}, for styles whose legend the data
        name (the dominant activity); empty for the others."""
        return {}

    def summary(self) -> str:
        """A few lines for a log or a terminal."""
        return "\n".join(self.notes)

    def write(self, destination: str | os.PathLike) -> Path:
        """Write every layer to one GeoPackage (all or nothing), each styled layer with its
        style stored as the default; returns the path written."""
        return write_geopackage(destination, self.layers(), styles=self.styles() or None,
                                style_labels=self.style_labels())


def checkpoint(progress: Progress | None, cancelled: Cancelled | None,
               message: str = "The job was cancelled; nothing was written.") -> Progress:
    """A progress callable that reports to ``progress`` and stops the job (with
    :class:`~kz_innovation_plugin.core.errors.CancelledError`) once ``cancelled()`` is true."""
    report = progress or (lambda fraction: None)

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise CancelledError(message)
        report(fraction)

    return step


def national_row(national: pd.DataFrame, names: dict[str, str]) -> pd.Series | None:
    """The table's national row keyed by the layer's field names.

    Parameters
    ----------
    national : DataFrame
        The table's national rows (:attr:`IndicatorTable.national`); the first is taken.
    names : dict
        Indicator column of the table -> the field it is on the layer; indicators left out
        are left out of the row.

    Returns
    -------
    Series or None
        Field -> national value, or None when the table has no national row (or shares no
        indicator with the layer).
    """
    if national.empty or not names:
        return None
    row = national.iloc[0]
    return pd.Series({field_name: row[name] for name, field_name in names.items()},
                     dtype="float64")
