"""Write the plugin's graphical model (kz_innovation_plugin/models/analysismodel.model3) with QGIS.

The model chains kzinnovation:joinindicators -> innovationindex -> lisa -> clustercores (the
cores read the LISA layer, which carries the index fields and the LISA clusters that type the
cores) and exposes the main choices, so an analyst can run it from the toolbox with only the
regions, the table and the year, or open it in the model designer and take the steps apart.

Every parameter a step requires gets a value: from a model input, or fixed at the step's
default (an option list's by its position, as the designer stores it: the algorithms' lists
and the model's zone input are those of ``core/choices.py``).  The model must validate as the
designer validates it, or nothing is written.  The texts come from
``processing_provider/model_algorithm.py``, which translates them when the provider loads the
file.  Run with the project's virtual environment after changing the model or a step's
parameters:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_model.py
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt writes XML attributes in hash order: a fixed seed makes the file the same on every run
os.environ["QT_HASH_SEED"] = "0"

MODEL_NAME = "analysismodel"
DEFAULT_OUTPUT = ROOT / "kz_innovation_plugin" / "models" / f"{MODEL_NAME}.model3"

#: step id -> (algorithm, position in the designer)
STEPS = {
    "join": ("kzinnovation:joinindicators", (260, 230)),
    "index": ("kzinnovation:innovationindex", (480, 360)),
    "lisa": ("kzinnovation:lisa", (700, 490)),
    "cores": ("kzinnovation:clustercores", (920, 620)),
}


class ModelError(RuntimeError):
    """The model cannot be built as it stands (a step lacks a value, or it does not validate)."""


def fixed_value(algorithm_id: str, definition):
    """The step's default of a required parameter, which the model stores as its value (an
    option list's default is its position, as the designer stores it)."""
    default = definition.defaultValue()
    if default is None:
        raise ModelError(f"{algorithm_id} {definition.name()} is required and has no default: "
                         "give it a value in scripts/build_model.py")
    return default


def build():
    """The model, built on the registered kz-innovation algorithms."""
    from qgis.core import (
        QgsApplication,
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterDefinition,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
        QgsProcessingParameterNumber,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )
    from qgis.PyQt.QtCore import QPointF

    from kz_innovation_plugin.processing_provider.algorithms.join_indicators import TABLE_FILTER
    from kz_innovation_plugin.processing_provider.compat import number_type, scoped, source_type
    from kz_innovation_plugin.processing_provider.model_algorithm import (
        CHOICE_INPUTS,
        DISPLAY_NAME,
        GROUP,
        HELP,
        INPUTS,
        OUTPUTS,
    )

    registry = QgsApplication.processingRegistry()
    optional = scoped("ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition,
                      "FlagOptional")
    zone_method = CHOICE_INPUTS["zone_method"]

    model = QgsProcessingModelAlgorithm(DISPLAY_NAME, GROUP, GROUP)
    model.setHelpContent({"ALG_DESC": HELP})
    inputs = [
        QgsProcessingParameterFeatureSource("regions", INPUTS["regions"],
                                            [source_type("polygon")]),
        QgsProcessingParameterFile("table", INPUTS["table"], fileFilter=TABLE_FILTER),
        QgsProcessingParameterNumber("year", INPUTS["year"], number_type("integer"),
                                     optional=True, minValue=1990, maxValue=2100),
        QgsProcessingParameterEnum("zone_method", INPUTS["zone_method"],
                                   options=list(zone_method.labels),
                                   defaultValue=zone_method.index(zone_method.default)),
        QgsProcessingParameterNumber("runs", INPUTS["runs"], number_type("integer"),
                                     defaultValue=1000, minValue=10, maxValue=100000),
        QgsProcessingParameterNumber("seed", INPUTS["seed"], number_type("integer"),
                                     defaultValue=1, minValue=0),
    ]
    for number, parameter in enumerate(inputs):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120 + 190 * number, 60))
        model.addModelParameter(parameter, component)
    model.setParameterOrder([parameter.name() for parameter in inputs])

    # the steps' inputs; every other required parameter is fixed at the step's default
    sources = {
        "join": {
            "INPUT": Source.fromModelParameter("regions"),
            "TABLE": Source.fromModelParameter("table"),
            "YEAR": Source.fromModelParameter("year"),
        },
        "index": {
            "INPUT": Source.fromChildOutput("join", "OUTPUT"),
            "NATIONAL_TABLE": Source.fromModelParameter("table"),
            "YEAR": Source.fromModelParameter("year"),
            "RUNS": Source.fromModelParameter("runs"),
            "SEED": Source.fromModelParameter("seed"),
        },
        "lisa": {
            "INPUT": Source.fromChildOutput("index", "OUTPUT"),
            "FIELD": Source.fromStaticValue("innov_idx"),
            "SEED": Source.fromModelParameter("seed"),
        },
        "cores": {
            "INPUT": Source.fromChildOutput("lisa", "OUTPUT"),
            # both list core/choices.py's ZONE_METHOD: the input's position is the step's
            "ZONE_METHOD": Source.fromModelParameter("zone_method"),
            "SEED": Source.fromModelParameter("seed"),
        },
    }
    for child_id, (algorithm_id, position) in STEPS.items():
        algorithm = registry.algorithmById(algorithm_id)
        if algorithm is None:
            raise ModelError(f"{algorithm_id} is not registered: register the kz-innovation "
                             "provider before building the model")
        step = QgsProcessingModelChildAlgorithm(algorithm_id)
        step.setChildId(child_id)
        step.setDescription(algorithm.displayName())
        step.setPosition(QPointF(*position))
        for definition in algorithm.parameterDefinitions():
            name = definition.name()
            if name in sources[child_id]:
                step.addParameterSources(name, [sources[child_id][name]])
            elif not definition.isDestination() and not definition.flags() & optional:
                value = fixed_value(algorithm_id, definition)
                step.addParameterSources(name, [Source.fromStaticValue(value)])
        outputs = {}
        for output_child, output_name, label in OUTPUTS:
            if output_child != child_id:
                continue
            output = QgsProcessingModelOutput(label, label)
            output.setChildId(child_id)
            output.setChildOutputName(output_name)
            output.setDefaultValue(QgsProcessing.TEMPORARY_OUTPUT)
            output.setMandatory(False)
            output.setPosition(QPointF(position[0] + 240, position[1] + 20 + 40 * len(outputs)))
            outputs[label] = output
        step.setModelOutputs(outputs)
        model.addChildAlgorithm(step)

    valid, errors = model.validate()
    if not valid:
        raise ModelError("The model does not validate:\n" + "\n".join(errors))
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    arguments = parser.parse_args(argv)

    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    from kz_innovation_plugin.processing_provider.provider import KzInnovationProvider

    provider = KzInnovationProvider()  # kept referenced: the registry does not own it
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        model = build()
    except ModelError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(arguments.output)):
        sys.stderr.write(f"could not write {arguments.output}\n")
        return 1
    sys.stdout.write(f"{arguments.output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
