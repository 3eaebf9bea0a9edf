"""Plugin object: registers the Processing provider, nothing else."""

from __future__ import annotations

from qgis.core import QgsApplication

from .processing_provider.provider import KzInnovationProvider


class KzInnovationPlugin:
    """Registers the "KZ Innovation" provider with QGIS's Processing framework."""

    def __init__(self, iface=None) -> None:
        self.iface = iface
        self.provider: KzInnovationProvider | None = None

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API name
        """Add the provider; QGIS calls this also when run headless (qgis_process)."""
        if self.provider is None:
            self.provider = KzInnovationProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.initProcessing()

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
