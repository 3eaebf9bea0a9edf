"""The "KZ Innovation" Processing provider."""

from __future__ import annotations

from qgis.core import QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import missing_message, missing_modules
from .algorithms import ALGORITHMS
from .base import ICON_PATH, LOG_TAG, PLUGIN_DIR
from .compat import message_level


class KzInnovationProvider(QgsProcessingProvider):
    """Provider with the stable id ``kzinnovation``; loads even when packages are missing."""

    def id(self) -> str:
        return "kzinnovation"

    def name(self) -> str:
        return "KZ Innovation"

    def longName(self) -> str:  # noqa: N802 - QGIS API name
        return "KZ Innovation: regional innovation and cluster analysis"

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(ICON_PATH)

    def loadAlgorithms(self) -> None:  # noqa: N802
        needed: set[str] = set()
        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())
            needed.update(algorithm_class.REQUIRED_MODULES)
        for path in sorted((PLUGIN_DIR / "models").glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage(f"Could not read the model {path.name}.", LOG_TAG,
                                         message_level("Warning"))
        missing = missing_modules(sorted(needed))
        if missing:
            QgsMessageLog.logMessage(missing_message(missing), LOG_TAG, message_level("Warning"))
