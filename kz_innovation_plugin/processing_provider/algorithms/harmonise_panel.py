"""kzinnovation:harmonisepanel: a multi-year table put on one boundary set across the reforms."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import BOUNDARY_SET, SPLIT_RULE
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..spatial_parameters import add_method_output, advanced
from ._sinks import deliver
from .join_indicators import TABLE_FILTER

#: sink parameter -> (layer of the job's outcome, label, geometry kind, created by default)
SINKS = {
    "OUTPUT": ("harmonised_panel",
               QT_TRANSLATE_NOOP("KzInnovation", "Harmonised panel (one row per year, "
                                                 "indicator and region)"), "vector"),
    "REGIONS": ("harmonised_regions",
                QT_TRANSLATE_NOOP("KzInnovation", "Regions with the harmonised values"),
                "polygon"),
    "GROUPS": ("panel_groups",
               QT_TRANSLATE_NOOP("KzInnovation", "Boundary set of each year and indicator"),
               "vector"),
}
#: (parameter, label, advanced) of the optional text parameters, by the job's attribute
TEXTS = {
    "sheet": ("SHEET", QT_TRANSLATE_NOOP("KzInnovation",
                                         "Sheet (name or number; default the first)"), False),
    "indicators": ("INDICATORS", QT_TRANSLATE_NOOP(
        "KzInnovation", "Indicators to harmonise, separated by commas (empty: all)"), False),
    "kinds": ("KINDS", QT_TRANSLATE_NOOP(
        "KzInnovation", "Kind of each indicator: indicator=count or indicator=rate, separated "
                        "by semicolons (empty: the catalogue's)"), False),
    "weights": ("WEIGHTS", QT_TRANSLATE_NOOP(
        "KzInnovation", "Weight of each rate: indicator=weight indicator, separated by "
                        "semicolons"), False),
    "weight_sheet": ("WEIGHT_SHEET", QT_TRANSLATE_NOOP("KzInnovation",
                                                       "Sheet of the weights table"), True),
    "split_rules": ("SPLIT_RULES", QT_TRANSLATE_NOOP(
        "KzInnovation", "Split rule of single indicators: indicator=rule, separated by "
                        "semicolons"), True),
    "declared_sets": ("DECLARED_SETS", QT_TRANSLATE_NOOP(
        "KzInnovation", "Boundary set a year was published on, instead of the recognised "
                        "one: year=set, separated by semicolons"), True),
}


class HarmonisePanelAlgorithm(KzAlgorithm):
    """A long table of several years harmonised to one boundary set (2022, 2018 or 2017)."""

    ALGORITHM_ID = "harmonisepanel"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Harmonise a multi-year table")
    REQUIRED_MODULES = ("pandas", "geopandas", "shapely", "pyogrio", "openpyxl",
                        "python_calamine")

    TABLE = "TABLE"
    BOUNDARY_SET = "BOUNDARY_SET"
    WEIGHT_TABLE = "WEIGHT_TABLE"
    SPLIT_RULE = "SPLIT_RULE"
    YEAR = "YEAR"
    GEOPACKAGE = "GEOPACKAGE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, self.tr("Multi-year table: year, region, indicator, value (CSV, XLSX, "
                                "XLS or ODS)"), fileFilter=TABLE_FILTER))
        self._add_text("sheet")
        self.addParameter(self.choice_parameter(
            self.BOUNDARY_SET, self.tr("Harmonise to the boundary set"), BOUNDARY_SET))
        for attribute in ("indicators", "kinds", "weights"):
            self._add_text(attribute)
        self.addParameter(QgsProcessingParameterFile(
            self.WEIGHT_TABLE, self.tr("Weights table (same layout: population, GRP ...)"),
            fileFilter=TABLE_FILTER, optional=True))
        self.addParameter(self.choice_parameter(
            self.SPLIT_RULE, self.tr("Regions split by a reform"), SPLIT_RULE))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year of the region layer (empty: every year, one feature per "
                               "region and year)"), number_type("integer"), optional=True,
            minValue=1990, maxValue=2100))
        for attribute in ("weight_sheet", "split_rules", "declared_sets"):
            self._add_text(attribute)
        for name, (_, label, kind) in SINKS.items():
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(label), source_type(kind), optional=name != "OUTPUT",
                createByDefault=True))
        add_method_output(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.GEOPACKAGE, self.tr("All layers in one GeoPackage"),
            fileFilter="GeoPackage (*.gpkg)", optional=True, createByDefault=False))

    def _add_text(self, attribute: str) -> None:
        name, label, is_advanced = TEXTS[attribute]
        parameter = QgsProcessingParameterString(name, self.tr(label), optional=True,
                                                 multiLine=attribute in ("kinds", "weights"))
        self.addParameter(advanced(parameter) if is_advanced else parameter)

    def options(self, parameters, context):
        """The harmonisation job the parameters describe."""
        from ...core.jobs.panel import PanelJob, declared_sets, parse_pairs
        from ...core.options_text import field_list

        texts = {attribute: self.parameterAsString(parameters, name, context).strip()
                 for attribute, (name, _, _) in TEXTS.items()}
        return PanelJob(
            table=self.parameterAsFile(parameters, self.TABLE, context),
            target_set=self.choice(parameters, self.BOUNDARY_SET, context),
            kinds=parse_pairs(texts["kinds"], "Indicator kinds", "rd_exp=rate; staff=count"),
            weights=parse_pairs(texts["weights"], "Weights", "grp_per_capita=population"),
            weight_table=self.parameterAsFile(parameters, self.WEIGHT_TABLE, context) or None,
            split_rule=self.choice(parameters, self.SPLIT_RULE, context),
            split_rules=parse_pairs(texts["split_rules"], "Split rules",
                                    "grp_per_capita=copy_parent"),
            declared_sets=declared_sets(texts["declared_sets"]),
            indicators=field_list(texts["indicators"]) or None,
            year=self.optional_number(parameters, self.YEAR, context),
            sheet=texts["sheet"] or None, weight_sheet=texts["weight_sheet"] or None)

    def compute(self, parameters, context, feedback):
        from ...core.jobs import panel

        options = self.options(parameters, context)
        feedback.setProgressText(self.tr("Reading and harmonising the table"))
        outcome = panel.run(options, cancelled=feedback.isCanceled,
                            progress=lambda fraction: feedback.setProgress(80 * fraction))
        results = deliver(self, parameters, context, outcome, SINKS, feedback)
        feedback.pushInfo(outcome.headline())  # deliver() pushed the notes
        return results

