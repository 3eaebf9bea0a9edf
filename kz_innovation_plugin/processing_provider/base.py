"""Shared base of every kz-innovation algorithm.

An algorithm only declares what differs (id, names, group, the packages it needs, its
parameters) and defines ``compute``: read parameters, call one core function,
write sinks.  The base holds translation, help, the dependency check and the turning of core
errors into ``QgsProcessingException``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsSettings,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import missing_message, missing_modules
from ..core.errors import KzInnovationError

PLUGIN_DIR = Path(__file__).resolve().parent.parent
ICON_PATH = PLUGIN_DIR / "icons" / "icon.svg"
HELP_DIR = PLUGIN_DIR / "help"
LOG_TAG = "KZ Innovation"


def user_language() -> str:
    """Two-letter language of the QGIS interface ("en" when unknown)."""
    locale = QgsSettings().value("locale/userLocale", "en") or "en"
    return str(locale)[:2].lower()


def _help_file(name: str, language: str) -> str:
    for lang in (language, "en"):
        path = HELP_DIR / lang / f"{name}.html"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def read_help(algorithm_id: str, language: str | None = None,
              sections: dict[str, str] | None = None) -> str:
    """The algorithm's help text (HTML) in the user's language, falling back to English.

    ``{weights}`` and ``{inference}`` in a help file stand for the shared sections
    ``_weights.html`` and ``_inference.html``; ``sections`` fills other ``{name}`` marks.
    """
    language = language or user_language()
    text = _help_file(algorithm_id, language)
    for section in ("weights", "inference"):
        text = text.replace("{" + section + "}", _help_file(f"_{section}", language))
    for name, content in (sections or {}).items():
        text = text.replace("{" + name + "}", content)
    # the algorithm dialog turns every line break into a paragraph: keep the HTML on one line
    return re.sub(r"\s*\n\s*", " ", text).strip()


class KzAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set the class attributes and define ``initAlgorithm`` and
    ``compute(parameters, context, feedback)``, which reads parameters, calls one core function
    and writes the outputs."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "data"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Data preparation")
    #: import names of the third-party packages the algorithm's core call needs
    REQUIRED_MODULES: tuple[str, ...] = ("pandas", "geopandas", "shapely", "pyogrio")

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("KzInnovation", text)

    def createInstance(self):  # noqa: N802 - QGIS API name
        return type(self)()

    def name(self) -> str:
        return self.ALGORITHM_ID

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def group(self) -> str:
        return self.tr(self.GROUP)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def help_sections(self) -> dict[str, str]:
        """Help text made from the code (for example the list of core types)."""
        return {}

    def shortHelpString(self) -> str:  # noqa: N802
        return read_help(self.ALGORITHM_ID, sections=self.help_sections())

    def optional_number(self, parameters: dict[str, Any], name: str, context, integer=True):
        """An optional number parameter's value, or None when it was left empty."""
        if parameters.get(name) in (None, ""):
            return None
        if integer:
            return self.parameterAsInt(parameters, name, context)
        return self.parameterAsDouble(parameters, name, context)

    def canExecute(self):  # noqa: N802
        missing = missing_modules(self.REQUIRED_MODULES)
        if missing:
            return False, self.tr(missing_message(missing))
        return True, ""

    def processAlgorithm(  # noqa: N802
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        can_run, message = self.canExecute()
        if not can_run:
            QgsMessageLog.logMessage(message, LOG_TAG)
            raise QgsProcessingException(message)
        try:
            return self.compute(parameters, context, feedback)
        except KzInnovationError as error:
            raise QgsProcessingException(str(error)) from error
