"""Plugin object: installs the interface translation and registers the Processing provider."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .processing_provider.base import user_language
from .processing_provider.provider import KzInnovationProvider

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def install_translator(language: str | None = None,
                       folder: Path = I18N_DIR) -> QTranslator | None:
    """Install ``i18n/kz_innovation_<language>.qm`` (the QGIS interface's language by default).

    Returns the installed translator, which the caller must keep (Qt does not own it), or None
    when there is no such file (English, or a source checkout without built translations).
    """
    language = (language or user_language())[:2].lower()
    path = folder / f"kz_innovation_{language}.qm"
    if not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


class KzInnovationPlugin:
    """Registers the "KZ Innovation" provider with QGIS's Processing framework."""

    def __init__(self, iface=None) -> None:
        self.iface = iface
        # before any algorithm exists, so that names and labels come out translated
        self.translator = install_translator()
        self.provider: KzInnovationProvider | None = None

    def initProcessing(self) -> None:
        """Add the provider; QGIS calls this also when run headless (qgis_process)."""
        if self.provider is None:
            self.provider = KzInnovationProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self.initProcessing()

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
