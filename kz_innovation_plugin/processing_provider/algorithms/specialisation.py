"""kzinnovation:specialisation: location quotients, stars, HHI, Krugman and shift-share."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import DASH, TABLE_LAYOUT
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame, source_without_validity_check
from ..spatial_parameters import add_method_output, advanced, decimals
from ._sinks import deliver
from .join_indicators import TABLE_FILTER

#: sink parameter -> (layer of the job's outcome, label, geometry kind)
SINKS = {
    "OUTPUT": ("regions_specialisation",
               QT_TRANSLATE_NOOP("KzInnovation", "Regions with their specialisation"), "polygon"),
    "CELLS": ("specialisation_cells",
              QT_TRANSLATE_NOOP("KzInnovation", "Region x activity table (LQ, stars)"),
              "vector"),
    "ACTIVITIES": ("activity_localisation",
                   QT_TRANSLATE_NOOP("KzInnovation", "Localisation of each activity"), "vector"),
    "SHIFT_SHARE": ("shift_share", QT_TRANSLATE_NOOP("KzInnovation", "Shift-share components"),
                    "vector"),
    "PUBLISHED": ("specialisation_cells_published",
                  QT_TRANSLATE_NOOP("KzInnovation", "Region x activity table as published "
                                                    "(when summed)"), "vector"),
    "MATCH_REPORT": ("specialisation_match", QT_TRANSLATE_NOOP("KzInnovation", "Match report"),
                     "vector"),
}
#: (parameter, label, default, minimum, maximum) of the thresholds, all advanced
THRESHOLDS = (
    ("THRESHOLD", QT_TRANSLATE_NOOP("KzInnovation", "Specialisation: LQ at least"), 1.25, 0.01,
     None),
    ("SIZE_SHARE", QT_TRANSLATE_NOOP("KzInnovation", "Size star: top share of regions"), 0.10,
     0.01, 1.0),
    ("LQ_THRESHOLD", QT_TRANSLATE_NOOP("KzInnovation", "Specialisation star: LQ at least"), 2.0,
     0.01, None),
    ("FOCUS_SHARE", QT_TRANSLATE_NOOP("KzInnovation", "Focus star: top share of regions"), 0.10,
     0.01, 1.0),
)
#: (parameter, label) of the optional text parameters, by the job's attribute
TEXTS = {
    "sheet": ("SHEET", QT_TRANSLATE_NOOP("KzInnovation",
                                         "Sheet (name or number; default the first)")),
    "sheets": ("SHEETS", QT_TRANSLATE_NOOP(
        "KzInnovation", "Activity sheets (one sheet per activity): activity=sheet; ...")),
    "column": ("COLUMN", QT_TRANSLATE_NOOP(
        "KzInnovation", "Column of each activity sheet (header or number; default 0)")),
    "region_column": ("REGION_COLUMN", QT_TRANSLATE_NOOP("KzInnovation", "Region column")),
    "activity_column": ("ACTIVITY_COLUMN", QT_TRANSLATE_NOOP(
        "KzInnovation", "Activity column (long table)")),
    "value_column": ("VALUE_COLUMN", QT_TRANSLATE_NOOP(
        "KzInnovation", "Value column (long table)")),
    "total_column": ("TOTAL_COLUMN", QT_TRANSLATE_NOOP(
        "KzInnovation", "Region total column (wide table; empty: the sum of activities)")),
    "base_sheet": ("BASE_SHEET", QT_TRANSLATE_NOOP("KzInnovation", "Sheet of the base year")),
    "total_sheet": ("TOTAL_SHEET", QT_TRANSLATE_NOOP(
        "KzInnovation", "Sheet of each region's total (one sheet per activity)")),
}
#: text parameters shown under "Advanced Parameters"
ADVANCED_TEXTS = ("column", "region_column", "activity_column", "value_column", "total_column")


def table_parameters(alg, prefix: str = "", optional: bool = False) -> list:
    """The parameters that read a region x activity table (file, layout, sheet, activity
    sheets, "-"), named ``prefix + name``; the full analysis takes them with ``ACTIVITY_``."""
    label = alg.tr("Region x activity table (CSV, XLSX, XLS or ODS)")
    return [
        QgsProcessingParameterFile(prefix + "TABLE", label, fileFilter=TABLE_FILTER,
                                   optional=optional),
        alg.choice_parameter(prefix + "LAYOUT", alg.tr("Table layout"), TABLE_LAYOUT),
        *(QgsProcessingParameterString(prefix + TEXTS[attribute][0],
                                       alg.tr(TEXTS[attribute][1]), optional=True)
          for attribute in ("sheet", "sheets", "total_sheet")),
        alg.choice_parameter(prefix + "DASH", alg.tr('Read "-" as'), DASH),
    ]


def table_options(alg, parameters, context, prefix: str = "") -> dict:
    """The :class:`...core.jobs.specialisation.SpecialisationJob` fields those parameters
    give (``table`` empty when no file was given)."""
    from ...core.jobs.specialisation import parse_sheet_map

    sheets = alg.parameterAsString(parameters, prefix + "SHEETS", context).strip()
    total_sheet = alg.parameterAsString(parameters, prefix + "TOTAL_SHEET", context).strip()
    return {
        "total_sheet": total_sheet or None,
        "table": alg.parameterAsFile(parameters, prefix + "TABLE", context),
        "layout": alg.choice(parameters, prefix + "LAYOUT", context),
        "sheet": alg.parameterAsString(parameters, prefix + "SHEET", context).strip() or None,
        "sheets": parse_sheet_map(sheets) if sheets else None,
        "dash": alg.choice(parameters, prefix + "DASH", context),
    }


class SpecialisationAlgorithm(KzAlgorithm):
    """Specialisation and concentration of regions from a region x activity table."""

    ALGORITHM_ID = "specialisation"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Specialisation and concentration")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = ("pandas", "geopandas", "shapely", "pyogrio", "openpyxl",
                        "python_calamine", "inequality")

    INPUT = "INPUT"
    KEY_FIELD = "KEY_FIELD"
    BASE_TABLE = "BASE_TABLE"
    ESTEBAN_MARQUILLAS = "ESTEBAN_MARQUILLAS"
    AGGREGATE = "AGGREGATE"
    GEOPACKAGE = "GEOPACKAGE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions (polygon layer)"), [source_type("polygon")]))
        for parameter in table_parameters(self):
            is_total = parameter.name() == "TOTAL_SHEET"
            self.addParameter(advanced(parameter) if is_total else parameter)
        self.addParameter(QgsProcessingParameterField(
            self.KEY_FIELD, self.tr("Region code or name field (detected when empty)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.AGGREGATE, self.tr("Sum a table of newer regions to the layer's boundary set"),
            defaultValue=False))
        for name, label, default, minimum, maximum in THRESHOLDS:
            number = QgsProcessingParameterNumber(
                name, self.tr(label), number_type("double"), defaultValue=default,
                minValue=minimum, **({"maxValue": maximum} if maximum else {}))
            self.addParameter(advanced(decimals(number, 2)))
        for attribute in ADVANCED_TEXTS:
            self._add_text(attribute, is_advanced=True)
        self.addParameter(QgsProcessingParameterFile(
            self.BASE_TABLE, self.tr("Base-year table for shift-share (same layout)"),
            fileFilter=TABLE_FILTER, optional=True))
        self._add_text("base_sheet")
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            self.ESTEBAN_MARQUILLAS, self.tr("Shift-share: Esteban-Marquillas split"),
            defaultValue=False)))
        self._add_sinks()

    def _add_text(self, attribute: str, is_advanced: bool = False) -> None:
        name, label = TEXTS[attribute]
        parameter = QgsProcessingParameterString(name, self.tr(label), optional=True)
        self.addParameter(advanced(parameter) if is_advanced else parameter)

    def _add_sinks(self) -> None:
        for name, (_, label, kind) in SINKS.items():
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(label), source_type(kind), optional=name != "OUTPUT",
                createByDefault=True))
        add_method_output(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.GEOPACKAGE, self.tr("All layers in one GeoPackage, with their styles"),
            fileFilter="GeoPackage (*.gpkg)", optional=True, createByDefault=False))

    def options(self, parameters, context):
        """The specialisation job the parameters describe."""
        from ...core.jobs.specialisation import SpecialisationJob

        texts = {attribute: self.parameterAsString(parameters, name, context).strip() or None
                 for attribute, (name, _) in TEXTS.items()
                 if attribute not in ("sheet", "sheets", "total_sheet")}
        column = texts.pop("column") or "0"
        numbers = {name.lower(): self.parameterAsDouble(parameters, name, context)
                   for name, *_ in THRESHOLDS}
        return SpecialisationJob(
            **table_options(self, parameters, context),
            column=int(column) if column.isdigit() else column,
            base_table=self.parameterAsFile(parameters, self.BASE_TABLE, context) or None,
            esteban_marquillas=self.parameterAsBoolean(parameters, self.ESTEBAN_MARQUILLAS,
                                                       context),
            aggregate=self.parameterAsBoolean(parameters, self.AGGREGATE, context),
            layer_key=(self.parameterAsFields(parameters, self.KEY_FIELD, context) or [None])[0],
            **texts, **numbers)

    def compute(self, parameters, context, feedback):
        from ...core.jobs import specialisation

        options = self.options(parameters, context)
        # only attributes are read; invalid geometries are reported by the join's checks
        source = source_without_validity_check(self, parameters, self.INPUT, context)
        options.layer_label = source.sourceName()
        feedback.setProgressText(self.tr("Reading the regions"))
        layer = source_to_frame(source, feedback)
        feedback.setProgressText(self.tr("Reading the table and measuring specialisation"))
        outcome = specialisation.run(options, layer, cancelled=feedback.isCanceled,
                                     progress=lambda fraction: feedback.setProgress(
                                         80 * fraction))
        results = deliver(self, parameters, context, outcome, SINKS, feedback)
        feedback.pushInfo(outcome.headline())  # deliver() pushed the notes
        return results
