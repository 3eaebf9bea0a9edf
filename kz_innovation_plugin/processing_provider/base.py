"""Shared base of every kz-innovation algorithm.

An algorithm only declares what differs (id, names, group, the packages it needs, its
parameters) and defines ``compute``: read parameters, call one core function,
write sinks.  The base holds translation, help, the dependency check, the option lists
(:mod:`~kz_innovation_plugin.core.choices`) and the turning of core errors into
``QgsProcessingException``.

Option lists follow QGIS's convention: a ``QgsProcessingParameterEnum`` shows the translated
labels and its value is the option's index.  Scripts, saved models and ``qgis_process`` may
also pass the stable value (``"minmax"``, ``"r"``): :meth:`KzAlgorithm.checkParameterValues`
accepts it and :meth:`KzAlgorithm.choice` reads either as the stable value.
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
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProperty,
    QgsSettings,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.choices import CHOICE_LISTS, Choices
from ..core.dependencies import missing_message, missing_modules
from ..core.errors import KzInnovationError, ParameterError
from .destinations import check_destinations

PLUGIN_DIR = Path(__file__).resolve().parent.parent
ICON_PATH = PLUGIN_DIR / "icons" / "icon.svg"
HELP_DIR = PLUGIN_DIR / "help"
LOG_TAG = "KZ Innovation"
#: the help's note on CSV outputs (the rule: core.output.spreadsheet_safe)
CSV_NOTE = QT_TRANSLATE_NOOP(
    "KzInnovation",
    "An output saved as CSV is safe to open in a spreadsheet: a text cell that begins with =, "
    "+, -, @, a tab or a carriage return (which Excel or LibreOffice would run as a formula) "
    "is written with a leading apostrophe; numbers are written as they are.")
#: metadata key of an enum parameter naming its option list in core/choices.py
CHOICES_KEY = "kz_choices"


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
    ``_weights.html`` and ``_inference.html``; ``sections`` fills other ``{name}`` marks
    (``{choices}``: the values of the option lists, see :meth:`KzAlgorithm.choices_help`).
    """
    language = language or user_language()
    text = _help_file(algorithm_id, language)
    for section in ("weights", "inference"):
        text = text.replace("{" + section + "}", _help_file(f"_{section}", language))
    for name, content in (sections or {}).items():
        text = text.replace("{" + name + "}", content)
    # the algorithm dialog turns every line break into a paragraph: keep the HTML on one line
    return re.sub(r"\s*\n\s*", " ", text).strip()


def choices_of(definition: QgsProcessingParameterDefinition | None) -> Choices | None:
    """The option list of an enum parameter made by :meth:`KzAlgorithm.choice_parameter`."""
    if definition is None:
        return None
    return CHOICE_LISTS.get(definition.metadata().get(CHOICES_KEY))


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

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALGORITHM_ID

    def displayName(self) -> str:
        return self.tr(self.DISPLAY_NAME)

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        return self.tr(self.GROUP)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def help_sections(self) -> dict[str, str]:
        """Help text made from the code (for example the list of core types)."""
        return {}

    def help_text(self, language: str | None = None) -> str:
        """The help in ``language`` (default: the user's), with the sections made from the
        code; the option lists need the parameters (``initAlgorithm``)."""
        text = read_help(self.ALGORITHM_ID, language,
                         sections={"choices": self.choices_help(), **self.help_sections()})
        return f"{text} <p>{self.tr(CSV_NOTE)}</p>" if text else text

    def shortHelpString(self) -> str:
        return self.help_text()

    # --- option lists ------------------------------------------------------------------------

    def choice_parameter(self, name: str, description: str, choices: Choices,
                         default: str | None = None) -> QgsProcessingParameterEnum:
        """An enum parameter of ``choices`` (``description`` already translated): the options
        are the translated labels, the value is the option's index."""
        parameter = QgsProcessingParameterEnum(
            name, description, options=[self.tr(text) for text in choices.labels],
            defaultValue=choices.index(default or choices.default))
        parameter.setMetadata({**parameter.metadata(), CHOICES_KEY: choices.key})
        return parameter

    def _accepted(self, choices: Choices) -> str:
        return ", ".join(
            self.tr('"{value}" or {index} ({label})').format(
                value=option.value, index=index, label=self.tr(option.label))
            for index, option in enumerate(choices.options))

    def choice(self, parameters: dict[str, Any], name: str, context) -> str:
        """The stable value of option parameter ``name``, given as an index (``2``, ``"2"``), a
        stable value (``"minmax"``, any case) or nothing (the default).

        Raises
        ------
        QgsProcessingException
            For a value that is neither, listing the accepted values and indices.
        """
        definition = self.parameterDefinition(name)
        choices = choices_of(definition)
        if choices is None:
            raise QgsProcessingException(f"{name} is not an option parameter of {self.id()}.")
        value = parameters.get(name)
        if isinstance(value, QgsProperty):
            value = self.parameterAsString(parameters, name, context)
        if value is None or value == "":
            value = definition.defaultValue()
        try:
            return choices.resolve(value)
        except ParameterError:
            raise QgsProcessingException(self._unknown_choice(definition, choices, value)) \
                from None

    def _unknown_choice(self, definition, choices: Choices, value) -> str:
        return self.tr("{label}: {value!r} is not one of the options. Pass one of these values "
                       "or its number: {accepted}.").format(
            label=definition.description(), value=value, accepted=self._accepted(choices))

    def checkParameterValues(self, parameters, context):
        """QGIS's checks, with an option's stable value accepted as well as its index."""
        replaced = dict(parameters)
        for definition in self.parameterDefinitions():
            choices = choices_of(definition)
            value = parameters.get(definition.name())
            if choices is None or value is None or value == "" \
                    or isinstance(value, QgsProperty):
                continue
            try:
                replaced[definition.name()] = choices.index(choices.resolve(value))
            except ParameterError:
                return False, self._unknown_choice(definition, choices, value)
        return super().checkParameterValues(replaced, context)

    def choices_help(self) -> str:
        """Help section: how scripts, models and qgis_process pass each option (value or
        number), made from the option lists."""
        items = []
        for definition in self.parameterDefinitions():
            choices = choices_of(definition)
            if choices is None:
                continue
            values = "; ".join(
                f"<code>{option.value}</code> = {index}: {self.tr(option.label)}"
                for index, option in enumerate(choices.options))
            items.append(f"<li><b>{definition.description()}</b> "
                         f"(<code>{definition.name()}</code>): {values}</li>")
        if not items:
            return ""
        example = next(definition for definition in self.parameterDefinitions()
                       if choices_of(definition) is not None)
        options = choices_of(example).options
        last = len(options) - 1
        heading = self.tr("Options in scripts, models and qgis_process")
        return "".join([
            f"<h3>{heading}</h3>",
            "<p>", self.tr(
                "The dialog shows the labels. A script, a model or qgis_process passes either "
                "the value or its number, for example {value} or {number}."
            ).format(value=f"<code>{example.name()}={options[last].value}</code>",
                     number=f"<code>{example.name()}={last}</code>"),
            "</p>", f"<ul>{''.join(items)}</ul>",
        ])

    def optional_number(self, parameters: dict[str, Any], name: str, context, integer=True):
        """An optional number parameter's value, or None when it was left empty."""
        if parameters.get(name) in (None, ""):
            return None
        if integer:
            return self.parameterAsInt(parameters, name, context)
        return self.parameterAsDouble(parameters, name, context)

    def canExecute(self):
        missing = missing_modules(self.REQUIRED_MODULES)
        if missing:
            return False, self.tr(missing_message(missing))
        return True, ""

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        can_run, message = self.canExecute()
        if not can_run:
            QgsMessageLog.logMessage(message, LOG_TAG)
            raise QgsProcessingException(message)
        refused = check_destinations(self, parameters, context)
        if refused:
            raise QgsProcessingException(refused)
        try:
            return self.compute(parameters, context, feedback)
        except KzInnovationError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            from .plain_files import forget_reads

            forget_reads()
