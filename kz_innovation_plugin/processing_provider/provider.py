"""The "KZ Innovation" Processing provider."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import missing_message, missing_modules
from .algorithms import ALGORITHMS
from .base import ICON_PATH, LOG_TAG, PLUGIN_DIR
from .compat import message_level
from .model_algorithm import KzModelAlgorithm


class KzInnovationProvider(QgsProcessingProvider):
    """Provider with the stable id ``kzinnovation``; loads even when packages are missing."""

    def id(self) -> str:
        return "kzinnovation"

    def name(self) -> str:
        return "KZ Innovation"

    def longName(self) -> str:
        return "KZ Innovation: regional innovation and cluster analysis"

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def svgIconPath(self) -> str:
        return str(ICON_PATH)

    def loadAlgorithms(self) -> None:
        needed: set[str] = set()
        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())
            needed.update(algorithm_class.REQUIRED_MODULES)
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is None:
            # a model's steps are this provider's algorithms, which QGIS finds only once the
            # provider is registered (QGIS loads a provider before registering it)
            registry.providerAdded.connect(self._add_models_once_registered)
        else:
            self._add_models()
        missing = missing_modules(sorted(needed))
        if missing:
            QgsMessageLog.logMessage(missing_message(missing), LOG_TAG, message_level("Warning"))

    def _add_models_once_registered(self, provider_id: str) -> None:
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(
            self._add_models_once_registered)
        self._add_models()
        self.algorithmsLoaded.emit()  # the toolbox lists the provider's algorithms again

    def _add_models(self) -> None:
        """Add the models of ``models/`` (see :class:`.KzModelAlgorithm`)."""
        for path in sorted((PLUGIN_DIR / "models").glob("*.model3")):
            model = KzModelAlgorithm.from_file(path)
            if model is not None:
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage(f"Could not read the model {path.name}.", LOG_TAG,
                                         message_level("Warning"))
