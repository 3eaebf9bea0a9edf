"""kzinnovation:fullanalysis: from a statistics table to styled cores, zones and a report."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.choices import SPLIT_RULE
from ..base import KzAlgorithm
from ..compat import number_type, source_type
from ..layers import source_to_frame
from ..spatial_parameters import (
    add_inference_parameters,
    add_weights_parameters,
    advanced,
    spatial_job,
)
from ..styles import load_on_completion
from .cluster_cores import CoreKeys, core_parameters, cores_job
from .innovation_index import CHOICES, max_missing_parameter
from .join_indicators import TABLE_FILTER
from .spatial_weights import SPATIAL_MODULES
from .specialisation import table_options, table_parameters

#: the prefix of the region x activity table's parameters
ACTIVITY = "ACTIVITY_"
#: the region x activity table's parameters in the dialog's main list (the rest: Advanced)
ACTIVITY_MAIN = ("TABLE", "LAYOUT", "SHEETS")

#: the Dynamics part's text parameters (a table of several years): name -> (label, several
#: lines); the labels are the harmonisation tool's, prefixed in the dialog
DYNAMICS_TEXTS = {
    "DYNAMICS_X": (QT_TRANSLATE_NOOP(
        "KzInnovation", "The input whose spillover is estimated: an indicator of the table "
                        "(empty: R&D expenditure)"), False),
    "DYNAMICS_KINDS": (QT_TRANSLATE_NOOP(
        "KzInnovation", "Kind of each indicator: indicator=count or indicator=rate, separated "
                        "by semicolons (empty: the catalogue's)"), True),
    "DYNAMICS_WEIGHTS": (QT_TRANSLATE_NOOP(
        "KzInnovation", "Weight of each rate: indicator=weight indicator, separated by "
                        "semicolons"), True),
}
#: the prefix of the Dynamics part's labels in the dialog
DYNAMICS_LABEL = QT_TRANSLATE_NOOP("KzInnovation", "Dynamics (a table of several years): {}")

#: layers of the written GeoPackage loaded into the project when the run ends, and their names
LOADED_LAYERS = {
    "regions": QT_TRANSLATE_NOOP("KzInnovation", "Regions and index"),
    "zones": QT_TRANSLATE_NOOP("KzInnovation", "Influence zones"),
    "clusters": QT_TRANSLATE_NOOP("KzInnovation", "Clusters of cores"),
    "cores": QT_TRANSLATE_NOOP("KzInnovation", "Cluster cores"),
}

#: index and core choices shown in the dialog's main list (the rest is under Advanced)
MAIN_INDEX_CHOICES = ("NORMALISATION", "AGGREGATION")
MAIN_CORE_CHOICES = ("CORE_MODE", "ZONE_METHOD")


def render_report_maps(geopackage: Path, folder: Path, maps: dict[str, tuple] | None = None,
                       language: str | None = None) -> dict[str, str]:
    """Draw the report's maps from the analysis GeoPackage into ``folder``.

    ``maps`` (caption -> layers, default ``core.jobs.full.MAPS``) says what each map draws;
    each layer gets the plugin style of what the map's title names, its legend only the
    categories present; titles and legends are in ``language`` (default the interface's).
    Returns ``{caption: png path}``.
    """
    from concurrent.futures import ThreadPoolExecutor

    from ...core.jobs.full import MAPS
    from ...core.report.legends import SCALE_UNITS
    from ...core.report.texts import phrase
    from ..report_maps import map_image, report_layers, save_png

    language = language or _language()
    layers = report_layers(geopackage, MAPS if maps is None else maps, language)
    folder.mkdir(parents=True, exist_ok=True)
    saved = {}
    # each map is drawn here (QGIS's layouts stay on this thread) and saved as a PNG by a
    # worker thread while the next one is drawn
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kz-report-png") as saver:
        for number, (caption, styled) in enumerate(layers.items(), start=1):
            for done in (future for future in saved.values() if future.done()):
                done.result()  # a map that could not be saved stops the run here
            title = phrase(caption, language)  # the map's title in the report's language
            image = map_image(styled, title, extent_layer=styled[0],
                              scale_unit=SCALE_UNITS[language],
                              clone_layers=False)  # made for this map only
            saved[caption] = saver.submit(save_png, image, folder / f"map_{number}.png")
    return {caption: str(future.result()) for caption, future in saved.items()}


class FullAnalysisAlgorithm(KzAlgorithm, CoreKeys):
    """Join, index with uncertainty, LISA and Gi*, cores and zones, report: one run."""

    ALGORITHM_ID = "fullanalysis"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KzInnovation", "Full analysis: index, clusters and report")
    GROUP_ID = "clusters"
    GROUP = QT_TRANSLATE_NOOP("KzInnovation", "Innovation clusters")

    TABLE = "TABLE"
    INPUT = "INPUT"
    YEAR = "YEAR"
    SHEET = "SHEET"
    MAX_MISSING_SHARE = "MAX_MISSING_SHARE"
    RUNS = "RUNS"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    CORE_COUNT = "CORE_COUNT"
    ACTIVITY_ABOUT = "ACTIVITY_ABOUT"
    DYNAMICS_WEIGHT_TABLE = "DYNAMICS_WEIGHT_TABLE"
    DYNAMICS_SPLIT_RULE = "DYNAMICS_SPLIT_RULE"

    # pymannkendall and spreg: the Dynamics part of a table of several years
    REQUIRED_MODULES = (*SPATIAL_MODULES, "threadpoolctl", "mapclassify", "openpyxl",
                        "python_calamine", "matplotlib", "inequality", "pymannkendall", "spreg")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, self.tr("Indicator table (CSV or XLSX)"), fileFilter=TABLE_FILTER,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Regions (empty: the bundled boundary set of the year)"),
            [source_type("polygon")], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (empty: the table's latest year)"), number_type("integer"),
            optional=True, minValue=1990, maxValue=2100))
        # the region x activity table of the specialisation (optional): file, layout and
        # activity sheets in the main list, the rest advanced
        activity = {parameter.name().removeprefix(ACTIVITY): parameter
                    for parameter in table_parameters(self, ACTIVITY, optional=True)}
        for name in ACTIVITY_MAIN:
            self.addParameter(activity.pop(name))
        # the few choices most users make stay in the main list; the rest is advanced
        later = [QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet (XLSX; name or number, default the first)"), optional=True)]
        for name, label, choices, _ in CHOICES[:5]:
            parameter = self.choice_parameter(name, self.tr(label), choices)
            if name in MAIN_INDEX_CHOICES:
                self.addParameter(parameter)
            else:
                later.append(parameter)
        later += [max_missing_parameter(self), QgsProcessingParameterNumber(
            self.RUNS, self.tr("Uncertainty runs (Monte Carlo)"), number_type("integer"),
            defaultValue=1000, minValue=10, maxValue=100000)]
        # MASS_FIELD is left out: a table's fields are not known before the join
        for parameter, _ in core_parameters(self, with_mass=False):
            if parameter.name() in MAIN_CORE_CHOICES:
                self.addParameter(parameter)
            else:
                later.append(parameter)
        later += [*activity.values(), QgsProcessingParameterString(
            self.ACTIVITY_ABOUT, self.tr("What the region x activity table measures (for the "
                                         "report)"), optional=True)]
        for parameter in later + self._dynamics_parameters():
            self.addParameter(advanced(parameter))
        add_weights_parameters(self, all_advanced=True)
        add_inference_parameters(self, all_advanced=True)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Analysis GeoPackage"), fileFilter="GeoPackage (*.gpkg)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report (HTML)"), fileFilter="HTML (*.html)"))
        self.addOutput(QgsProcessingOutputNumber(self.CORE_COUNT, self.tr("Cores")))

    def _dynamics_parameters(self) -> list:
        """The Dynamics part's parameters (all optional, all advanced)."""
        def label(text: str) -> str:
            return self.tr(DYNAMICS_LABEL).format(self.tr(text))

        parameters = [QgsProcessingParameterString(name, label(text), optional=True,
                                                   multiLine=lines)
                      for name, (text, lines) in DYNAMICS_TEXTS.items()]
        parameters.append(QgsProcessingParameterFile(
            self.DYNAMICS_WEIGHT_TABLE, label("Weights table (same layout: population, GRP ...)"),
            fileFilter=TABLE_FILTER, optional=True))
        parameters.append(self.choice_parameter(
            self.DYNAMICS_SPLIT_RULE, label("Regions split by a reform"), SPLIT_RULE))
        return parameters

    def _dynamics(self, parameters, context):
        """The Dynamics part's choices."""
        from ...core.jobs.full_dynamics import DynamicsJob
        from ...core.jobs.panel import parse_pairs

        texts = {name: self.parameterAsString(parameters, name, context).strip()
                 for name in DYNAMICS_TEXTS}
        return DynamicsJob(
            x=texts["DYNAMICS_X"] or None,
            kinds=parse_pairs(texts["DYNAMICS_KINDS"], "Indicator kinds of the dynamics",
                              "rd_exp=rate; staff=count"),
            weights=parse_pairs(texts["DYNAMICS_WEIGHTS"], "Weights of the dynamics",
                                "grp_per_capita=population"),
            weight_table=self.parameterAsFile(parameters, self.DYNAMICS_WEIGHT_TABLE,
                                              context) or None,
            split_rule=self.choice(parameters, self.DYNAMICS_SPLIT_RULE, context))

    def _job(self, parameters, context):
        from ...core.jobs.full import FullJob
        from ...core.jobs.join import JoinJob
        from ...core.jobs.specialisation import SpecialisationJob
        from ...core.options_text import IndexText

        table = self.parameterAsFile(parameters, self.TABLE, context)
        # no table: INPUT already carries the indicator fields (checked by the core)
        join = JoinJob(
            table=table,
            sheet=self.parameterAsString(parameters, self.SHEET, context).strip() or None,
            year=self.optional_number(parameters, self.YEAR, context),
        ) if table else None
        choices = {name.lower(): self.choice(parameters, name, context)
                   for name, _, _, _ in CHOICES[:5]}
        spatial = spatial_job(self, parameters, context)
        index = IndexText(
            runs=self.parameterAsInt(parameters, self.RUNS, context), seed=spatial.seed,
            max_missing_share=self.parameterAsDouble(parameters, self.MAX_MISSING_SHARE, context),
            **choices).to_options()
        # this algorithm carries copies of clustercores' parameters
        cores = cores_job(self, parameters, context, spatial)
        activity = table_options(self, parameters, context, ACTIVITY)
        about = self.parameterAsString(parameters, self.ACTIVITY_ABOUT, context).strip()
        return FullJob(join=join, index=index, spatial=spatial, cores=cores,
                       language=_language(), specialisation_about=about,
                       specialisation=SpecialisationJob(**activity)
                       if activity["table"] else None,
                       dynamics=self._dynamics(parameters, context))

    def compute(self, parameters, context, feedback):
        from ...core.jobs import full

        job = self._job(parameters, context)
        layer = None
        if parameters.get(self.INPUT) not in (None, ""):
            source = self.parameterAsSource(parameters, self.INPUT, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
            layer = source_to_frame(source, feedback)
            job.layer_label = source.sourceName()
            if job.join is not None:
                job.join.layer = source.sourceName()
        elif job.join is None:
            raise QgsProcessingException(self.tr(
                "Give an indicator table (TABLE) to join to the regions, or a regions layer "
                "that already has the indicator fields (INPUT), for example the output of "
                "'Join indicator table to regions'."))
        feedback.setProgressText(self.tr("Joining, indexing, testing and zoning"))
        outcome = full.run(job, layer, progress=lambda f: feedback.setProgress(85 * f),
                           cancelled=feedback.isCanceled)
        for note in outcome.notes:
            if note in outcome.warnings:
                feedback.pushWarning(note)
            else:
                feedback.pushInfo(note)
        feedback.setProgressText(self.tr("Writing the GeoPackage, maps and report"))
        geopackage = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        written, report_path = outcome.write(geopackage, report, render_report_maps)
        feedback.setProgress(100)
        feedback.pushInfo(outcome.summary())
        styles = outcome.styles()
        load_on_completion(context, {
            f"{written}|layername={name}": (styles[name], self.tr(label))
            for name, label in LOADED_LAYERS.items()})
        return {self.OUTPUT: str(written), self.REPORT: str(report_path),
                self.CORE_COUNT: len(outcome.cores.cores)}


def _language() -> str:
    from ...core.report.texts import LANGUAGES
    from ..base import user_language

    language = user_language()
    return language if language in LANGUAGES else "en"
