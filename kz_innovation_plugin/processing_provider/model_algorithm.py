"""The plugin's graphical models as algorithms of the provider.

A model file (``models/<id>.model3``, written by ``scripts/build_model.py``) keeps its texts in
English, so the model designer shows them as they are.  Loaded through
:class:`KzModelAlgorithm`, a model gets a stable id (its file name), its name, group, labels and
help in the user's language, and runs by its id with only its inputs, as a QGIS algorithm
does: an input left out takes the model's default, and an output left out (or left empty, as
the batch dialog passes it) is written to a temporary layer.

The texts below are the model's texts: the builder writes them into the file and the
provider translates them when it loads the file, so both read the same list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.choices import ZONE_METHOD, Choices
from ..core.errors import ParameterError
from .base import ICON_PATH
from .compat import scoped
from .layers import wanted

CONTEXT = "KzInnovation"

#: id (file name) of the analysis model
ANALYSIS_MODEL = "analysismodel"
DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation",
                                 "Innovation clusters model: join, index, LISA, cores")
#: the provider's group of the cluster tools (see ``ClusterCoresAlgorithm``)
GROUP_ID = "clusters"
GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
HELP = QT_TRANSLATE_NOOP(
    "KzInnovation", "<p>The steps of <i>Full analysis</i> as a graphical model: join the "
    "indicator table to the regions, compute the composite innovation index and its local "
    "Moran clusters (LISA), then select the innovation cores, typed by their LISA cluster, with "
    "their influence zones and clusters.</p><p>Give the regions, the table and the year; an "
    "output left empty is written to a temporary layer. To change a step or take the steps "
    "apart, open <code>models/analysismodel.model3</code> of the plugin folder in the model "
    "designer.</p>")

#: model inputs: name -> label
INPUTS = {
    "regions": QT_TRANSLATE_NOOP("KzInnovation", "Regions (polygon layer)"),
    "table": QT_TRANSLATE_NOOP("KzInnovation", "Indicator table file (CSV or XLSX)"),
    "year": QT_TRANSLATE_NOOP("KzInnovation", "Year (long or BNS-style tables)"),
    "runs": QT_TRANSLATE_NOOP("KzInnovation", "Uncertainty runs (Monte Carlo)"),
    "seed": QT_TRANSLATE_NOOP("KzInnovation", "Random seed"),
    "zone_method": QT_TRANSLATE_NOOP("KzInnovation", "Influence zones"),
}
#: model inputs that are option lists: the dialog shows the labels, scripts may pass the stable
#: values ("rings") or the positions (0)
CHOICE_INPUTS: dict[str, Choices] = {"zone_method": ZONE_METHOD}
#: model outputs: (step id, output of the step, label); the model's output parameter is
#: ``<step id>:<label>`` (the English label, which scripts pass: ``cores:Cores``)
OUTPUTS = (
    ("join", "REPORT", QT_TRANSLATE_NOOP("KzInnovation", "Match report")),
    ("index", "OUTPUT", QT_TRANSLATE_NOOP("KzInnovation", "Innovation index")),
    ("lisa", "OUTPUT", QT_TRANSLATE_NOOP("KzInnovation", "LISA clusters of the index")),
    ("cores", "CORES", QT_TRANSLATE_NOOP("KzInnovation", "Cores")),
    ("cores", "ZONES", QT_TRANSLATE_NOOP("KzInnovation", "Influence zones")),
    ("cores", "CLUSTERS", QT_TRANSLATE_NOOP("KzInnovation", "Clusters of cores")),
)
#: model id -> group id of the provider (a model's own group id is its English group name)
GROUP_IDS = {ANALYSIS_MODEL: GROUP_ID}

_OPTIONAL = scoped("ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition,
                   "FlagOptional")


def tr(text: str) -> str:
    """``text`` in the interface language (the plugin's one translation context)."""
    return QCoreApplication.translate(CONTEXT, text)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class KzModelAlgorithm(QgsProcessingModelAlgorithm):
    """A model file of the plugin, as the provider offers it.

    Parameters
    ----------
    model_id : str
        The stable name of the algorithm (``kzinnovation:<model_id>``): the file's name.
    variant : dict, optional
        The model's definition, as ``QgsProcessingModelAlgorithm.toVariant()`` gives it.
    """

    def __init__(self, model_id: str, variant: dict | None = None) -> None:
        super().__init__()
        self._model_id = model_id
        self._source = ""
        if variant is not None:
            self.loadVariant(variant)
            self._localise()

    @classmethod
    def from_file(cls, path: Path) -> KzModelAlgorithm | None:
        """The model of ``path``, or None when QGIS cannot read the file."""
        reader = QgsProcessingModelAlgorithm()
        if not reader.fromFile(str(path)):
            return None
        model = cls(path.stem, reader.toVariant())
        model.set_source(str(path))
        return model

    def set_source(self, path: str) -> None:
        """Remember the model file (copies made by ``createInstance`` keep it)."""
        self._source = path
        self.setSourceFilePath(path)

    def _localise(self) -> None:
        """Translate the labels, and let every output be left out (see the module)."""
        for definition in self.parameterDefinitions():
            definition.setDescription(tr(definition.description()))
            if definition.isDestination():
                definition.setFlags(definition.flags() | _OPTIONAL)
                if _empty(definition.defaultValue()):
                    definition.setDefaultValue(QgsProcessing.TEMPORARY_OUTPUT)
            choices = CHOICE_INPUTS.get(definition.name())
            if choices is not None:
                definition.setOptions([tr(label) for label in choices.labels])
        for output in self.outputDefinitions():
            output.setDescription(tr(output.description()))

    def createInstance(self):
        # the model as it stands (the designer may have changed it), relabelled as loaded
        model = type(self)(self._model_id, self.toVariant())
        model.set_source(self._source)
        return model

    def name(self) -> str:
        return self._model_id

    def displayName(self) -> str:
        return tr(QgsProcessingModelAlgorithm.displayName(self))

    def group(self) -> str:
        return tr(QgsProcessingModelAlgorithm.group(self))

    def groupId(self) -> str:
        return GROUP_IDS.get(self._model_id, QgsProcessingModelAlgorithm.groupId(self))

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def svgIconPath(self) -> str:
        return str(ICON_PATH)

    def shortHelpString(self) -> str:
        description = self.helpContent().get("ALG_DESC", "")
        return tr(description) if description else \
            QgsProcessingModelAlgorithm.shortHelpString(self)

    def completed(self, parameters: dict[str, Any]) -> dict[str, Any]:
        """``parameters`` with the model's defaults where an input is missing, a temporary
        layer where an output is missing or empty, and option lists as positions.

        Raises
        ------
        QgsProcessingException
            For a value no option of an option list stands for, naming the accepted ones.
        """
        values = dict(parameters)
        for definition in self.parameterDefinitions():
            name = definition.name()
            value = values.get(name)
            if definition.isDestination():
                if not wanted(values, name):  # also the batch dialog's blank cell
                    values[name] = QgsProcessing.TEMPORARY_OUTPUT
                continue
            if value is None and definition.defaultValue() is not None:
                values[name] = value = definition.defaultValue()
            choices = CHOICE_INPUTS.get(name)
            if choices is not None and not _empty(value):
                try:
                    values[name] = choices.index(value)
                except ParameterError as error:
                    raise QgsProcessingException(f"{name}: {error}") from error
        return values

    def checkParameterValues(self, parameters, context):
        try:
            values = self.completed(parameters)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues(values, context)

    def processAlgorithm(self, parameters, context, feedback):
        return super().processAlgorithm(self.completed(parameters), context, feedback)
