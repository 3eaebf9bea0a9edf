"""kzinnovation:joinindicators: join an indicator table to a layer of regions."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame, source_without_validity_check
from ..spatial_parameters import decimals
from ._sinks import write_outcome

TABLE_FILTER = "Indicator tables (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*.*)"


class JoinIndicatorsAlgorithm(KzAlgorithm):
    """Join a CSV/XLSX indicator table to regions by code or name, with a match report."""

    ALGORITHM_ID = "joinindicators"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Join indicator table to regions")
    REQUIRED_MODULES = ("pandas", "geopandas", "shapely", "pyogrio", "openpyxl",
                        "python_calamine")

    INPUT = "INPUT"
    TABLE = "TABLE"
    TABLE_LAYER = "TABLE_LAYER"
    SHEET = "SHEET"
    YEAR = "YEAR"
    KEY_FIELD = "KEY_FIELD"
    TABLE_KEY = "TABLE_KEY"
    FUZZY_THRESHOLD = "FUZZY_THRESHOLD"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    MATCHED = "MATCHED"
    UNMATCHED_ROWS = "UNMATCHED_ROWS"
    #: sink parameter -> layer of the job's outcome
    SINKS = {OUTPUT: "regions_indicators", REPORT: "match_report"}

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Regions (polygon layer)"), [source_type("polygon")]
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.TABLE, self.tr("Indicator table file (CSV or XLSX)"),
                fileFilter=TABLE_FILTER, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TABLE_LAYER, self.tr("Indicator table layer (instead of a file)"),
                [source_type("vector")], optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SHEET, self.tr("Sheet (XLSX; name or number, default the first)"),
                optional=True,
            )
        )
        year = QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (long or BNS-style tables)"),
            number_type("integer"), optional=True, minValue=1990, maxValue=2100,
        )
        self.addParameter(year)
        self.addParameter(
            QgsProcessingParameterField(
                self.KEY_FIELD, self.tr("Region code or name field (detected when empty)"),
                parentLayerParameterName=self.INPUT, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TABLE_KEY, self.tr("Table column with region codes or names (detected "
                                        "when empty)"), optional=True,
            )
        )
        self.addParameter(
            decimals(QgsProcessingParameterNumber(
                self.FUZZY_THRESHOLD,
                self.tr("Accept fuzzy name matches at least this similar (0.5-1; empty: never)"),
                number_type("double"), optional=True, minValue=0.5, maxValue=1.0,
            ), 2)
        )
        self._add_outputs()

    def _add_outputs(self) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Regions with indicators"), source_type("polygon")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REPORT, self.tr("Match report"), source_type("vector")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, self.tr("Regions matched")))
        self.addOutput(
            QgsProcessingOutputNumber(self.UNMATCHED_ROWS, self.tr("Table rows unmatched"))
        )

    def _job(self, parameters, context, feedback):
        from ...core.jobs.join import JoinJob

        table_file = self.parameterAsFile(parameters, self.TABLE, context)
        table_layer = (
            self.parameterAsSource(parameters, self.TABLE_LAYER, context)
            if parameters.get(self.TABLE_LAYER) not in (None, "") else None
        )
        if bool(table_file) == (table_layer is not None):
            raise QgsProcessingException(self.tr(
                "Give the indicator table either as a file (TABLE: CSV or XLSX) or as a table "
                "layer (TABLE_LAYER), not both and not neither."
            ))
        table_frame = None
        if table_layer is not None:
            table_frame = source_to_frame(table_layer, feedback, with_geometry=False)
            table_file = table_layer.sourceName()
        return JoinJob(
            table=table_file,
            table_frame=table_frame,
            sheet=self.parameterAsString(parameters, self.SHEET, context).strip() or None,
            year=self.optional_number(parameters, self.YEAR, context),
            layer_key=(self.parameterAsFields(parameters, self.KEY_FIELD, context) or [None])[0],
            table_key=self.parameterAsString(parameters, self.TABLE_KEY, context).strip() or None,
            fuzzy_threshold=self.optional_number(
                parameters, self.FUZZY_THRESHOLD, context, integer=False
            ),
        )

    def compute(self, parameters, context, feedback):
        from ...core.jobs import join

        # the join only reads attributes; the core reports invalid geometries as warnings
        source = source_without_validity_check(self, parameters, self.INPUT, context)
        options = self._job(parameters, context, feedback)
        options.layer_label = source.sourceName()
        feedback.setProgressText(self.tr("Reading the regions"))
        layer = source_to_frame(source, feedback)
        feedback.setProgressText(self.tr("Reading the table and matching regions"))
        outcome = join.run(options, layer,
                           progress=lambda fraction: feedback.setProgress(50 * fraction))
        for warning in outcome.result.warnings:
            feedback.pushWarning(warning)
        for note in outcome.notes:
            feedback.pushInfo(note)
        if feedback.isCanceled():
            return {}
        feedback.setProgressText(self.tr("Writing the outputs"))
        destinations = write_outcome(self, parameters, context, outcome, self.SINKS, feedback)
        feedback.pushInfo(outcome.summary())
        return {
            **destinations,
            self.MATCHED: outcome.result.matched_count,
            self.UNMATCHED_ROWS: outcome.result.unmatched_row_count,
        }
