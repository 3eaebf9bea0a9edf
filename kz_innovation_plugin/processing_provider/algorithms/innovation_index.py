"""kzinnovation:innovationindex: composite innovation index with rank uncertainty."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import (
    AGGREGATION,
    IMPUTATION,
    LEVEL_METHOD,
    NORMALISATION,
    PROFILE_METHOD,
    TREATMENT,
    WEIGHTING,
)
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame
from ..spatial_parameters import advanced, decimals
from ._sinks import write_outcome
from .join_indicators import TABLE_FILTER

#: (parameter, label, option list, shown under "Advanced Parameters") of the method choices
CHOICES = (
    ("IMPUTATION", QT_TRANSLATE_NOOP("KzInnovation", "Missing values"), IMPUTATION, False),
    ("TREATMENT", QT_TRANSLATE_NOOP("KzInnovation", "Outliers and skew (flagged indicators only)"),
     TREATMENT, False),
    ("NORMALISATION", QT_TRANSLATE_NOOP("KzInnovation", "Normalisation"), NORMALISATION, False),
    ("WEIGHTING", QT_TRANSLATE_NOOP("KzInnovation", "Indicator weights"), WEIGHTING, False),
    ("AGGREGATION", QT_TRANSLATE_NOOP("KzInnovation", "Aggregation"), AGGREGATION, False),
    ("LEVEL_METHOD", QT_TRANSLATE_NOOP("KzInnovation", "Levels"), LEVEL_METHOD, True),
    ("PROFILE_METHOD", QT_TRANSLATE_NOOP("KzInnovation", "Profile clustering"), PROFILE_METHOD,
     True),
)
#: (parameter, label) of the free-text options, all optional and advanced
TEXTS = (
    ("EXTRA_GROUPS",
     QT_TRANSLATE_NOOP("KzInnovation", "More groups (NAME: field, field; NAME: field ...)")),
    ("DERIVED", QT_TRANSLATE_NOOP("KzInnovation", "Derived indicators (name = expression; ...)")),
    ("USER_WEIGHTS",
     QT_TRANSLATE_NOOP("KzInnovation", "User weights, when the weights are set by the user "
                                       "(field=weight, ...)")),
    ("GROUP_WEIGHTS",
     QT_TRANSLATE_NOOP("KzInnovation", "Group weights (group=weight, ...; default equal)")),
    ("THRESHOLDS", QT_TRANSLATE_NOOP(
        "KzInnovation", "Level thresholds (two numbers; default 1/3 and 2/3 of min-max)")),
)


def max_missing_parameter(alg) -> QgsProcessingParameterNumber:
    """MAX_MISSING_SHARE: a region missing a larger share of its indicators is left out."""
    return decimals(QgsProcessingParameterNumber(
        "MAX_MISSING_SHARE", alg.tr("Largest share of missing indicators a region may have"),
        number_type("double"), defaultValue=0.5, minValue=0.0, maxValue=0.99), 2)


class InnovationIndexAlgorithm(KzAlgorithm):
    """The study's two-group index, with the Handbook's treatment, weights and uncertainty."""

    ALGORITHM_ID = "innovationindex"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Composite innovation index")
    GROUP_ID = "index"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation index")
    REQUIRED_MODULES = ("pandas", "geopandas", "shapely", "pyogrio", "openpyxl",
                        "python_calamine", "sklearn", "scipy", "mapclassify")

    INPUT = "INPUT"
    POTENTIAL = "POTENTIAL_FIELDS"
    PERFORMANCE = "PERFORMANCE_FIELDS"
    LOWER_IS_BETTER = "LOWER_IS_BETTER"
    NATIONAL_TABLE = "NATIONAL_TABLE"
    YEAR = "YEAR"
    MAX_MISSING_SHARE = "MAX_MISSING_SHARE"
    MAX_WINSORISED = "MAX_WINSORISED"
    PROFILES = "PROFILES"
    RUNS = "RUNS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    METHOD = "METHOD"
    WEIGHTS = "WEIGHTS"
    CORRELATION = "CORRELATION"
    EXTRA_GROUPS = "EXTRA_GROUPS"
    DERIVED = "DERIVED"
    USER_WEIGHTS = "USER_WEIGHTS"
    GROUP_WEIGHTS = "GROUP_WEIGHTS"
    THRESHOLDS = "THRESHOLDS"
    #: sink parameter -> layer of the job's outcome
    SINKS = {OUTPUT: "regions_index", METHOD: "method", WEIGHTS: "weights",
             CORRELATION: "correlation"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions with indicator fields"), [source_type("polygon")]))
        for name, label in (
                (self.POTENTIAL, QT_TRANSLATE_NOOP(
                    "KzInnovation", "Innovation potential fields (resources)")),
                (self.PERFORMANCE, QT_TRANSLATE_NOOP(
                    "KzInnovation", "Innovation performance fields (results)")),
                (self.LOWER_IS_BETTER, QT_TRANSLATE_NOOP(
                    "KzInnovation", "Fields where lower is better"))):
            self.addParameter(QgsProcessingParameterField(
                name, self.tr(label), parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.NATIONAL_TABLE, self.tr("Indicator table with the national row"),
            fileFilter=TABLE_FILTER, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year of the national row (long or BNS-style tables)"),
            number_type("integer"), optional=True, minValue=1990, maxValue=2100))
        later = []
        for name, label, choices, is_advanced in CHOICES:
            parameter = self.choice_parameter(name, self.tr(label), choices)
            if is_advanced:
                later.append(advanced(parameter))
            else:
                self.addParameter(parameter)
        later += [
            max_missing_parameter(self),
            QgsProcessingParameterNumber(
                self.MAX_WINSORISED, self.tr("Most points winsorised per indicator"),
                number_type("integer"), defaultValue=5, minValue=1, maxValue=50),
            QgsProcessingParameterNumber(
                self.PROFILES, self.tr("Profile clusters (0: chosen by silhouette)"),
                number_type("integer"), defaultValue=0, minValue=0, maxValue=20),
            *[QgsProcessingParameterString(name, self.tr(label), optional=True,
                                           multiLine=name == self.DERIVED)
              for name, label in TEXTS],
            QgsProcessingParameterNumber(
                self.RUNS, self.tr("Uncertainty runs (Monte Carlo)"), number_type("integer"),
                defaultValue=1000, minValue=10, maxValue=100000),
            QgsProcessingParameterNumber(
                self.SEED, self.tr("Random seed"), number_type("integer"), defaultValue=1,
                minValue=0),
        ]
        for parameter in later:
            self.addParameter(advanced(parameter))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Innovation index"), source_type("polygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.METHOD, self.tr("Method record"), source_type("vector")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.WEIGHTS, self.tr("Weights"), source_type("vector")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CORRELATION, self.tr("Indicator correlations"), source_type("vector"),
            optional=True, createByDefault=True))

    def _options(self, parameters, context):
        from ...core.options_text import IndexText

        def fields(name):
            return ", ".join(self.parameterAsFields(parameters, name, context))

        def text(name):
            return self.parameterAsString(parameters, name, context)

        choices = {name.lower(): self.choice(parameters, name, context)
                   for name, _, _, _ in CHOICES}
        return IndexText(
            potential=fields(self.POTENTIAL), performance=fields(self.PERFORMANCE),
            lower_is_better=fields(self.LOWER_IS_BETTER),
            extra_groups=text(self.EXTRA_GROUPS), derived=text(self.DERIVED),
            user_weights=text(self.USER_WEIGHTS), group_weights=text(self.GROUP_WEIGHTS),
            thresholds=text(self.THRESHOLDS),
            max_missing_share=self.parameterAsDouble(parameters, self.MAX_MISSING_SHARE,
                                                     context),
            max_winsorised=self.parameterAsInt(parameters, self.MAX_WINSORISED, context),
            profile_k=self.parameterAsInt(parameters, self.PROFILES, context) or None,
            runs=self.parameterAsInt(parameters, self.RUNS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            **choices,
        ).to_options()

    def compute(self, parameters, context, feedback):
        from ...core.jobs import index
        from ...core.jobs.index import IndexJob

        options = IndexJob(
            self._options(parameters, context),
            national_table=self.parameterAsFile(parameters, self.NATIONAL_TABLE, context)
            or None,
            year=self.optional_number(parameters, self.YEAR, context),
        )
        feedback.setProgressText(self.tr("Reading the regions"))
        layer = source_to_frame(self.parameterAsSource(parameters, self.INPUT, context), feedback)
        feedback.setProgressText(self.tr("Computing the index and its uncertainty"))
        outcome = index.run(options, layer,
                            progress=lambda fraction: feedback.setProgress(90 * fraction),
                            cancelled=feedback.isCanceled)
        for note in outcome.notes:
            feedback.pushInfo(note)
        destinations = write_outcome(self, parameters, context, outcome, self.SINKS, feedback)
        feedback.pushInfo(outcome.summary())
        return destinations
