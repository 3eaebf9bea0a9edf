"""kzinnovation:indextrajectories: the composite index over years on a fixed reference."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import BOUNDARY_SET, FIXED_NORMALISATION, PANEL_REFERENCE, SPLIT_RULE
from ..base import KzAlgorithm, user_language
from ..compat import number_type, source_type
from ..layers import source_to_frame
from ..spatial_parameters import add_method_output, advanced
from ._sinks import deliver
from .harmonise_panel import TEXTS as TABLE_TEXTS
from .innovation_index import CHOICES as INDEX_CHOICES
from .innovation_index import TEXTS as INDEX_TEXTS
from .innovation_index import max_missing_parameter
from .join_indicators import TABLE_FILTER

#: sink parameter -> (layer of the job's outcome, label, geometry kind)
SINKS = {
    "OUTPUT": ("index_trajectories", QT_TRANSLATE_NOOP(
        "KzInnovation", "Index of each region and year"), "vector"),
    "REGIONS": ("trajectory_regions", QT_TRANSLATE_NOOP(
        "KzInnovation", "Regions with their index trajectories"), "polygon"),
}
#: (parameter, label) of the index's groups, written as names: a table has no fields to pick
GROUP_TEXTS = (
    ("POTENTIAL", QT_TRANSLATE_NOOP(
        "KzInnovation", "Innovation potential indicators (resources), separated by commas "
                        "(empty: the catalogue's)")),
    ("PERFORMANCE", QT_TRANSLATE_NOOP(
        "KzInnovation", "Innovation performance indicators (results), separated by commas")),
    ("LOWER_IS_BETTER", QT_TRANSLATE_NOOP(
        "KzInnovation", "Indicators where lower is better, separated by commas")),
)
#: the index's method choices of kzinnovation:innovationindex that the index over years takes
#: (levels and profiles are not computed), its normalisation from the fixed-reference list
METHOD_CHOICES = tuple(
    (name, label, FIXED_NORMALISATION if name == "NORMALISATION" else choices)
    for name, label, choices, _ in INDEX_CHOICES if name not in ("LEVEL_METHOD",
                                                                 "PROFILE_METHOD"))
#: the free-text options of kzinnovation:innovationindex the index over years takes
METHOD_TEXTS = tuple((name, label) for name, label in INDEX_TEXTS if name != "THRESHOLDS")
#: the chart's texts, in the interface language
CHART_TEXTS = {
    "title": QT_TRANSLATE_NOOP("KzInnovation",
                               "Rank per year and its 90 % interval (index over years)"),
    "x": QT_TRANSLATE_NOOP("KzInnovation", "Year"),
    "y": QT_TRANSLATE_NOOP("KzInnovation", "Rank (1 = most innovative)"),
    "others": QT_TRANSLATE_NOOP("KzInnovation", "Other regions"),
}


class IndexTrajectoriesAlgorithm(KzAlgorithm):
    """Every region's index, rank and rank interval in every year, on one fixed reference."""

    ALGORITHM_ID = "indextrajectories"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Index trajectories over the years")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")
    REQUIRED_MODULES = ("pandas", "geopandas", "shapely", "pyogrio", "openpyxl",
                        "python_calamine", "sklearn", "scipy", "matplotlib")

    TABLE = "TABLE"
    INPUT = "INPUT"
    REGION_FIELD = "REGION_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    BOUNDARY_SET = "BOUNDARY_SET"
    WEIGHT_TABLE = "WEIGHT_TABLE"
    SPLIT_RULE = "SPLIT_RULE"
    REFERENCE = "REFERENCE"
    BASE_YEAR = "BASE_YEAR"
    YEARS = "YEARS"
    MAX_WINSORISED = "MAX_WINSORISED"
    RUNS = "RUNS"
    SEED = "SEED"
    HIGHLIGHT = "HIGHLIGHT"
    CHART = "CHART"

    def initAlgorithm(self, config=None):
        self._add_source_parameters()
        self._add_table_parameters()
        self._add_index_parameters()
        for name, (_, label, kind) in SINKS.items():
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(label), source_type(kind), optional=name != "OUTPUT",
                createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CHART, self.tr("Chart of the rank trajectories"), fileFilter="PNG (*.png)",
            optional=True, createByDefault=True))
        add_method_output(self)

    def _add_source_parameters(self) -> None:
        """The panel: a multi-year table, or a layer with one feature per region and year."""
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, self.tr("Multi-year table: year, region, indicator, value (CSV, XLSX, "
                                "XLS or ODS)"), fileFilter=TABLE_FILTER, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions in every year (one feature per region and year)"),
            [source_type("polygon")], optional=True))
        for name, label, default in (
                (self.REGION_FIELD, self.tr("Region id field (the same in every year)"),
                 "unit_id"),
                (self.YEAR_FIELD, self.tr("Year field"), "year")):
            self.addParameter(advanced(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.INPUT, defaultValue=default,
                optional=True)))

    def _add_text(self, name: str, label: str, is_advanced: bool = False,
                  multiline: bool = False) -> None:
        parameter = QgsProcessingParameterString(name, self.tr(label), optional=True,
                                                 multiLine=multiline)
        self.addParameter(advanced(parameter) if is_advanced else parameter)

    def _add_table_parameters(self) -> None:
        """How the table is harmonised, as in kzinnovation:harmonisepanel."""
        self._add_text(*TABLE_TEXTS["sheet"])
        self.addParameter(self.choice_parameter(
            self.BOUNDARY_SET, self.tr("Harmonise to the boundary set"), BOUNDARY_SET))
        for attribute in ("indicators", "kinds", "weights"):
            name, label, is_advanced = TABLE_TEXTS[attribute]
            self._add_text(name, label, is_advanced, attribute in ("kinds", "weights"))
        self.addParameter(QgsProcessingParameterFile(
            self.WEIGHT_TABLE, self.tr("Weights table (same layout: population, GRP ...)"),
            fileFilter=TABLE_FILTER, optional=True))
        self.addParameter(self.choice_parameter(
            self.SPLIT_RULE, self.tr("Regions split by a reform"), SPLIT_RULE))
        for attribute in ("weight_sheet", "split_rules", "declared_sets"):
            self._add_text(*TABLE_TEXTS[attribute])

    def _add_index_parameters(self) -> None:
        """The index's groups and method, the reference, the years, the uncertainty runs."""
        for name, label in GROUP_TEXTS:
            self._add_text(name, label)
        self.addParameter(self.choice_parameter(
            self.REFERENCE, self.tr("Fixed reference of the normalisation"), PANEL_REFERENCE))
        self.addParameter(QgsProcessingParameterNumber(
            self.BASE_YEAR, self.tr("Base year (with the base-year reference)"),
            number_type("integer"), optional=True, minValue=1990, maxValue=2100))
        self._add_text(self.YEARS, QT_TRANSLATE_NOOP(
            "KzInnovation", "Years to compute, separated by commas (empty: every year)"))
        for name, label, choices in METHOD_CHOICES:
            self.addParameter(self.choice_parameter(name, self.tr(label), choices))
        later = [
            max_missing_parameter(self),
            QgsProcessingParameterNumber(
                self.MAX_WINSORISED, self.tr("Most points winsorised per indicator"),
                number_type("integer"), defaultValue=5, minValue=1, maxValue=50),
            *[QgsProcessingParameterString(name, self.tr(label), optional=True,
                                           multiLine=name == "DERIVED")
              for name, label in METHOD_TEXTS],
            QgsProcessingParameterNumber(
                self.RUNS, self.tr("Uncertainty runs (Monte Carlo)"), number_type("integer"),
                defaultValue=1000, minValue=10, maxValue=100000),
            QgsProcessingParameterNumber(
                self.SEED, self.tr("Random seed"), number_type("integer"), defaultValue=1,
                minValue=0),
        ]
        for parameter in later:
            self.addParameter(advanced(parameter))
        self._add_text(self.HIGHLIGHT, QT_TRANSLATE_NOOP(
            "KzInnovation", "Regions in colour on the chart (ids or names, separated by "
                            "commas; empty: all)"))

    def _text(self, parameters, name: str, context) -> str:
        return self.parameterAsString(parameters, name, context).strip()

    def _table_job(self, parameters, context):
        """The table and its harmonisation, or None without a table."""
        from ...core.jobs.panel import PanelJob, declared_sets, parse_pairs
        from ...core.options_text import field_list

        table = self.parameterAsFile(parameters, self.TABLE, context)
        if not table:
            return None
        texts = {attribute: self._text(parameters, name, context)
                 for attribute, (name, _, _) in TABLE_TEXTS.items()}
        return PanelJob(
            table=table, target_set=self.choice(parameters, self.BOUNDARY_SET, context),
            kinds=parse_pairs(texts["kinds"], "Indicator kinds", "rd_exp=rate; staff=count"),
            weights=parse_pairs(texts["weights"], "Weights", "grp_per_capita=population"),
            weight_table=self.parameterAsFile(parameters, self.WEIGHT_TABLE, context) or None,
            split_rule=self.choice(parameters, self.SPLIT_RULE, context),
            split_rules=parse_pairs(texts["split_rules"], "Split rules",
                                    "grp_per_capita=copy_parent"),
            declared_sets=declared_sets(texts["declared_sets"]),
            indicators=field_list(texts["indicators"]) or None,
            sheet=texts["sheet"] or None, weight_sheet=texts["weight_sheet"] or None)

    def _index_options(self, parameters, context):
        from ...core.options_text import IndexText

        texts = {name: self._text(parameters, name, context)
                 for name, _ in (*GROUP_TEXTS, *METHOD_TEXTS)}
        choices = {name.lower(): self.choice(parameters, name, context)
                   for name, _, _ in METHOD_CHOICES}
        return IndexText(
            potential=texts["POTENTIAL"], performance=texts["PERFORMANCE"],
            lower_is_better=texts["LOWER_IS_BETTER"], extra_groups=texts["EXTRA_GROUPS"],
            derived=texts["DERIVED"], user_weights=texts["USER_WEIGHTS"],
            group_weights=texts["GROUP_WEIGHTS"],
            max_missing_share=self.parameterAsDouble(parameters, "MAX_MISSING_SHARE", context),
            max_winsorised=self.parameterAsInt(parameters, self.MAX_WINSORISED, context),
            runs=self.parameterAsInt(parameters, self.RUNS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context), **choices,
        ).to_options()

    def options(self, parameters, context):
        """The job the parameters describe (the layer is read in :meth:`compute`)."""
        from ...core.jobs.trajectories import TrajectoriesJob, year_list
        from ...core.options_text import field_list

        def field(name):
            chosen = self.parameterAsFields(parameters, name, context)
            return chosen[0] if chosen else self.parameterDefinition(name).defaultValue()

        return TrajectoriesJob(
            index=self._index_options(parameters, context),
            reference=self.choice(parameters, self.REFERENCE, context),
            base_year=self.optional_number(parameters, self.BASE_YEAR, context),
            years=year_list(self._text(parameters, self.YEARS, context)),
            panel=self._table_job(parameters, context),
            region_field=field(self.REGION_FIELD), year_field=field(self.YEAR_FIELD),
            highlight=field_list(self._text(parameters, self.HIGHLIGHT, context)),
            language=user_language())

    def compute(self, parameters, context, feedback):
        from ...core.jobs import trajectories

        options = self.options(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        layer = source_to_frame(source, feedback) if source is not None else None
        feedback.setProgressText(self.tr("Computing the index of every year"))
        outcome = trajectories.run(options, layer, cancelled=feedback.isCanceled,
                                   progress=lambda fraction: feedback.setProgress(85 * fraction))
        results = deliver(self, parameters, context, outcome, SINKS, feedback)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            texts = {key: self.tr(text) for key, text in CHART_TEXTS.items()}
            try:
                outcome.chart(chart, title=texts["title"], labels=(texts["x"], texts["y"]),
                              others_label=texts["others"])
            except OSError as error:
                raise QgsProcessingException(self.tr(
                    "The chart could not be written to {path} ({error}); choose another "
                    "file.").format(path=chart, error=error)) from error
            results[self.CHART] = chart
        feedback.pushInfo(outcome.summary())
        return results
