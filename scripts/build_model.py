"""Write the plugin's graphical model (kz_innovation_plugin/models/*.model3) with QGIS.

The model chains kzinnovation:joinindicators -> innovationindex -> lisa -> clustercores and
exposes their main parameters, so an analyst can open it in the model builder and take the
steps apart.  Run with the project's virtual environment after changing it:

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

MODEL_NAME = "analysismodel"


def build():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
        QgsProcessingParameterNumber,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm(MODEL_NAME, "Models", "models")
    model.setHelpContent({"ALG_DESC": (
        "Join an indicator table to regions, compute the composite innovation index, its "
        "local Moran clusters, and the cores with their influence zones: the steps of "
        "'Full analysis' as a model to open and take apart in the model builder.")})
    inputs = [
        QgsProcessingParameterFeatureSource("regions", "Regions",
                                            [QgsProcessing.TypeVectorPolygon]),
        QgsProcessingParameterFile("table", "Indicator table (CSV or XLSX)"),
        QgsProcessingParameterNumber("year", "Year", QgsProcessingParameterNumber.Integer,
                                     defaultValue=2018),
        QgsProcessingParameterNumber("runs", "Uncertainty runs",
                                     QgsProcessingParameterNumber.Integer, defaultValue=1000),
        QgsProcessingParameterNumber("seed", "Random seed",
                                     QgsProcessingParameterNumber.Integer, defaultValue=1),
        QgsProcessingParameterEnum("zone_method", "Influence zones",
                                   options=["rings", "bands", "gravity"], defaultValue="rings",
                                   usesStaticStrings=True),
    ]
    for number, parameter in enumerate(inputs):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120 + 200 * number, 60))
        model.addModelParameter(parameter, component)

    def child(child_id, algorithm, position, sources, outputs=()):
        step = QgsProcessingModelChildAlgorithm(algorithm)
        step.setChildId(child_id)
        step.setDescription(child_id.capitalize())
        step.setPosition(QPointF(*position))
        for name, source in sources.items():
            step.addParameterSources(name, [source])
        model_outputs = {}
        for output, label in outputs:
            model_output = QgsProcessingModelOutput(label)
            model_output.setChildId(child_id)
            model_output.setChildOutputName(output)
            model_outputs[label] = model_output
        step.setModelOutputs(model_outputs)
        model.addChildAlgorithm(step)

    child("join", "kzinnovation:joinindicators", (200, 200), {
        "INPUT": Source.fromModelParameter("regions"),
        "TABLE": Source.fromModelParameter("table"),
        "YEAR": Source.fromModelParameter("year"),
    }, [("REPORT", "Match report")])
    child("index", "kzinnovation:innovationindex", (400, 300), {
        "INPUT": Source.fromChildOutput("join", "OUTPUT"),
        "NATIONAL_TABLE": Source.fromModelParameter("table"),
        "YEAR": Source.fromModelParameter("year"),
        "RUNS": Source.fromModelParameter("runs"),
        "SEED": Source.fromModelParameter("seed"),
    }, [("OUTPUT", "Innovation index")])
    child("lisa", "kzinnovation:lisa", (600, 400), {
        "INPUT": Source.fromChildOutput("index", "OUTPUT"),
        "FIELD": Source.fromStaticValue("innov_idx"),
        "SEED": Source.fromModelParameter("seed"),
    }, [("OUTPUT", "LISA clusters of the index")])
    child("cores", "kzinnovation:clustercores", (800, 500), {
        "INPUT": Source.fromChildOutput("index", "OUTPUT"),
        "ZONE_METHOD": Source.fromModelParameter("zone_method"),
        "SEED": Source.fromModelParameter("seed"),
    }, [("CORES", "Cores"), ("ZONES", "Influence zones"), ("CLUSTERS", "Clusters of cores")])
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path,
                        default=ROOT / "kz_innovation_plugin" / "models" / f"{MODEL_NAME}.model3")
    arguments = parser.parse_args(argv)

    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    model = build()
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(arguments.output)):
        sys.stderr.write(f"could not write {arguments.output}\n")
        return 1
    sys.stdout.write(f"{arguments.output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
