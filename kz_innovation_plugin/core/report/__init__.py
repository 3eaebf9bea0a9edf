"""The HTML report of the full analysis: summary, maps, ranking, charts, method and sources,
with the full method record beside it (``method.json``); it prints on A4.

Pure Python (pandas and matplotlib's Agg canvas); the maps are rendered by QGIS elsewhere
(``processing_provider/report_maps.py``) and passed in as PNG files.
"""

from __future__ import annotations

from .model import ReportInputs
from .writer import write_report

__all__ = ["ReportInputs", "write_report"]
