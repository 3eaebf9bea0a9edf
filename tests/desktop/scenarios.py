"""What an analyst drives in the QGIS desktop, run inside QGIS by ``scripts/desktop_session.py``.

The whole module is copied into the startup file of a real QGIS desktop (``run_desktop(...,
whole_module=True)``), so it imports only the standard library at the top; QGIS modules are
imported inside the functions.  :func:`analyst_session` is the one entry point: it drives the
dialogs a user drives (every algorithm's dialog, the full analysis and the single tools run from
their dialogs, the batch dialog, the model designer), writes the screenshots for the README when
asked to, and returns a JSON-able report of what it saw.  The tests in this folder and
``scripts/screenshots.py`` both run it; the tests judge the report.

Every step is recorded as soon as it ends in ``<workdir>/steps.json``, so that a QGIS that hangs
and is killed still leaves the report of the steps before.
"""

import json
import shutil
import sqlite3
import time
import traceback
from pathlib import Path

#: the full analysis's layers in the order they should be drawn, top first
FULL_ANALYSIS_LAYERS = ("cores", "clusters", "zones", "regions")


#: the steps of :func:`analyst_session` run in each interface language
STEPS = {
    "en": ("dialogs", "full_analysis", "single_tools", "batch", "model"),
    "ru": ("dialogs", "full_analysis"),
    "kk": ("dialogs", "full_analysis"),
}
#: the newer tools the ``newer_tools`` step runs from their dialogs, by interface language
NEWER_TOOLS = {
    "en": ("specialisation", "spillover", "emerginghotspots", "harmonisepanel", "markov",
           "convergence"),
    "ru": ("specialisation",),
    "kk": ("specialisation",),
}
#: the 2022 R&D bulletin's sheets by field of science, the fields named as a user of each
#: interface language names them
RD_SHEETS = {
    "en": ("natural sciences=6; engineering and technology=7; medical sciences=8; "
           "agricultural sciences=9; social sciences=10; humanities=11"),
    "ru": ("естественные науки=6; технические науки=7; медицинские науки=8; "
           "сельскохозяйственные науки=9; общественные науки=10; гуманитарные науки=11"),
    "kk": ("жаратылыстану ғылымдары=6; техникалық ғылымдар=7; медицина ғылымдары=8; "
           "ауыл шаруашылығы ғылымдары=9; әлеуметтік ғылымдар=10; гуманитарлық ғылымдар=11"),
}
#: each newer tool's output whose layer the map shows, and a field only that layer has
NEWER_MAIN_OUTPUTS = {
    "specialisation": ("OUTPUT", "sp_dom_no"),
    "spillover": ("CORE_EFFECTS", "effect_class"),
    "emerginghotspots": ("OUTPUT", "CATEGORY"),
    "harmonisepanel": ("REGIONS", "rd_expenditure_pct_grp_method"),
    "markov": ("OUTPUT", "moves"),
    "convergence": ("OUTPUT", "GROWTH"),
}


def session_params(root, language, screenshots=None, steps=None):
    """The parameters of :func:`analyst_session`: the bundled data of the checkout ``root``
    (regions of 2018, the demo table), the steps, and where screenshots go (None: nowhere)."""
    plugin = Path(root) / "kz_innovation_plugin"
    return {
        "steps": list(steps if steps is not None else STEPS[language]),
        "table": str(plugin / "data" / "indicators" / "kz_bns_indicators_2018_2019.csv"),
        "regions_2018": f"{plugin / 'data' / 'kz_regions.gpkg'}|layername=kz_regions_2018",
        "runs": None,  # the dialogs' default number of Monte Carlo runs
        "run_timeout": 150,  # seconds for one run from a dialog
        "suffix": "" if language == "en" else f"_{language}",
        "screenshots": str(screenshots) if screenshots is not None else None,
        "batch_fields": ["grp_pc", "rd_exp"],
        # the newer tools: the 2022 regions, the R&D bulletin, the official 2021-2023 extract
        "newer_tools": list(NEWER_TOOLS[language]),
        "regions_2022": f"{plugin / 'data' / 'kz_regions.gpkg'}|layername=kz_regions_2022",
        "rd_bulletin": str(plugin / "data" / "indicators" / "bns_2022_rd_bulletin_kk.xls"),
        "rd_sheets": RD_SHEETS[language],
        "extract": str(Path(root) / "tests" / "data" /
                       "kz_regional_indicators_2021_2023_extract.csv"),
    }


class Recorder:
    """The session's report, saved to ``steps.json`` after every step."""

    def __init__(self, path):
        self.path = Path(path)
        self.report = {}

    def step(self, name, function, *args, **kwargs):
        """Run one step; its return value or its traceback goes into the report."""
        started = time.monotonic()
        try:
            value = function(*args, **kwargs)
            entry = {"ok": True, "value": value}
        except Exception:
            value = None
            entry = {"ok": False, "error": traceback.format_exc()}
        entry["seconds"] = round(time.monotonic() - started, 1)
        self.report[name] = entry
        self.path.write_text(json.dumps(self.report, default=str, indent=1), encoding="utf-8")
        return value


def plain(text):
    """A label's text without rich-text tags."""
    import re

    return re.sub(r"<[^>]*>", "", text or "").strip()


def wait_until(session, predicate, seconds):
    """Let QGIS run until ``predicate()`` is true or ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        session.wait(200)
    return predicate()


def dialog_log(dialog):
    """The text of a Processing dialog's Log tab."""
    from qgis.PyQt.QtWidgets import QTextEdit

    log = dialog.findChild(QTextEdit, "txtLog")
    return log.toPlainText() if log is not None else ""


def message_bar_texts(dialog):
    """Messages in a Processing dialog's message bar (wrong parameter values)."""
    return [f"{item.title()} {item.text()}".strip() for item in dialog.messageBar().items()]


def parameter_widgets(dialog):
    """Each parameter of a dialog: definition, the label shown, and a dropdown's entries."""
    from qgis.core import QgsProcessingParameterDefinition
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox

    panel = dialog.mainWidget()
    wrappers = getattr(panel, "wrappers", {})
    entries = []
    for parameter in dialog.algorithm().parameterDefinitions():
        flags = parameter.flags()
        entry = {
            "name": parameter.name(), "type": parameter.type(),
            "description": parameter.description(),
            "optional": bool(flags & QgsProcessingParameterDefinition.FlagOptional),
            "advanced": bool(flags & QgsProcessingParameterDefinition.FlagAdvanced),
            "hidden": bool(flags & QgsProcessingParameterDefinition.FlagHidden),
            "destination": parameter.isDestination(), "label": None, "items": None,
        }
        if parameter.type() == "enum":
            entry["options"] = list(parameter.options())
            entry["static_strings"] = bool(parameter.usesStaticStrings())
        wrapper = wrappers.get(parameter.name())
        if wrapper is not None:
            label = wrapper.wrappedLabel() if hasattr(wrapper, "wrappedLabel") else \
                getattr(wrapper, "label", None)
            if label is not None:
                entry["label"] = plain(label.text())
            if parameter.type() == "enum":
                widget = wrapper.wrappedWidget() if hasattr(wrapper, "wrappedWidget") else \
                    getattr(wrapper, "widget", None)
                combos = [widget] if isinstance(widget, QComboBox) else \
                    (widget.findChildren(QComboBox) if widget is not None else [])
                if combos:
                    entry["items"] = [combo.itemText(i) for combo in combos
                                      for i in range(combo.count())]
                    entry["current"] = combos[0].currentText()
                elif widget is not None:  # checkboxes or a multiple-choice panel
                    entry["items"] = [button.text() for button in
                                      widget.findChildren(QAbstractButton) if button.text()]
        entries.append(entry)
    return entries


def plugin_state(session):
    """The plugin as the desktop sees it: active, its provider and its algorithms."""
    import qgis.utils
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("kzinnovation")
    plugin = qgis.utils.plugins.get("kz_innovation_plugin")
    styles = {}
    if plugin is not None:  # the QML styles of the installed plugin, to compare layers with
        import kz_innovation_plugin

        folder = Path(kz_innovation_plugin.__file__).resolve().parent
        styles = {path.stem: path.read_text(encoding="utf-8")
                  for path in sorted((folder / "styles").glob("*.qml"))}
    return {
        "styles": styles,
        "plugin_active": "kz_innovation_plugin" in qgis.utils.active_plugins,
        "plugin_object": type(qgis.utils.plugins.get("kz_innovation_plugin")).__name__,
        "provider": provider is not None,
        "provider_name": provider.name() if provider is not None else None,
        "algorithms": sorted(algorithm.id() for algorithm in provider.algorithms())
        if provider is not None else [],
    }


def open_every_dialog(session):
    """Every algorithm's Processing dialog: does it open, what does it show."""
    import processing
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("kzinnovation")
    report = {}
    for algorithm in provider.algorithms():
        can_run, why = algorithm.canExecute()
        info = {"can_execute": bool(can_run), "why": why, "dialog": False,
                "display_name": algorithm.displayName(), "group": algorithm.group(),
                # the dialog's help panel makes a paragraph of every line of shortHelpString()
                "help_lines": len((algorithm.shortHelpString() or "").splitlines()),
                "parameters": [], "error": None}
        try:
            dialog = processing.createAlgorithmDialog(algorithm.id())
            info["dialog"] = dialog is not None
            if dialog is not None:
                dialog.show()
                session.wait(100)
                info["window_title"] = dialog.windowTitle()
                info["parameters"] = parameter_widgets(dialog)
                dialog.close()
                dialog.deleteLater()
        except Exception:
            info["error"] = traceback.format_exc()
        report[algorithm.id()] = info
    session.wait(200)
    return report


def stored_style(source):
    """The default style a GeoPackage stores for the layer of ``source`` (QML), if any."""
    path, _, options = source.partition("|")
    name = ""
    for option in options.split("|"):
        if option.startswith("layername="):
            name = option[len("layername="):]
    if not path.lower().endswith(".gpkg") or not Path(path).is_file():
        return None
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        if "layer_styles" not in tables:
            return None
        if not name:
            rows = connection.execute("SELECT table_name FROM gpkg_contents").fetchall()
            name = rows[0][0] if len(rows) == 1 else ""
        row = connection.execute(
            "SELECT styleQML FROM layer_styles WHERE f_table_name = ? "
            "ORDER BY useAsDefault DESC LIMIT 1", (name,)).fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def describe_layer(layer):
    """What the user sees of a loaded layer: name, source, renderer, labels, style stored."""
    from qgis.core import QgsWkbTypes

    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    labeling = layer.labeling() if hasattr(layer, "labeling") else None
    label_field = None
    if labeling is not None and labeling.type() == "simple":
        settings = labeling.settings()
        label_field = settings.fieldName
    source = layer.source()
    layername = ""
    for option in source.split("|")[1:]:
        if option.startswith("layername="):
            layername = option[len("layername="):]
    return {
        "id": layer.id(), "name": layer.name(), "source": source, "layername": layername,
        "valid": layer.isValid(), "provider": layer.providerType(),
        "features": layer.featureCount() if hasattr(layer, "featureCount") else None,
        "geometry": QgsWkbTypes.displayString(layer.wkbType()) if hasattr(layer, "wkbType")
        else None,
        "fields": layer.fields().names() if hasattr(layer, "fields") else [],
        "renderer": renderer.type() if renderer is not None else None,
        "field": renderer.classAttribute() if hasattr(renderer, "classAttribute") else None,
        "labels": bool(layer.labelsEnabled()) if hasattr(layer, "labelsEnabled") else False,
        "labeling": labeling.type() if labeling is not None else None,
        "label_field": label_field,
        "stored_style": stored_style(source),
    }


def layer_tree():
    """The project's layers as the Layers panel lists them, top first."""
    from qgis.core import QgsProject

    return [describe_layer(node.layer())
            for node in QgsProject.instance().layerTreeRoot().findLayers()
            if node.layer() is not None]


def press_run(session, dialog, timeout):
    """Click a Processing dialog's Run button from QGIS's event loop, as a user's click comes.

    The click is handled inside an event loop (not called from this function's own stack), so
    that what QGIS defers while it runs an algorithm (closing and deleting its progress window)
    happens as it does for a user.  An algorithm that cannot run in the background runs within
    the click; one that can starts a task and the click returns at once.
    """
    from qgis.PyQt.QtCore import QTimer

    pressed = []

    def press():
        dialog.runButton().click()
        pressed.append(True)

    QTimer.singleShot(0, press)
    wait_until(session, lambda: bool(pressed), timeout)


def run_dialog(session, algorithm_id, parameters, timeout, before_run=None):
    """Fill an algorithm's dialog, press its Run button and wait for the run to end.

    QGIS runs the algorithm in a task; when it ends, the dialog's ``finish`` hands the results
    to Processing's ``handleAlgorithmResults``, which loads the layers, and then emits
    ``algorithmFinished`` (not when a layer failed to load: the log says so instead).
    """
    import processing
    from qgis.core import QgsProject

    before = set(QgsProject.instance().mapLayers())
    dialog = processing.createAlgorithmDialog(algorithm_id, parameters)
    outcome = {"algorithm": algorithm_id, "started": False, "finished": False, "ok": None,
               "results": {}, "log": "", "message_bar": [], "seconds": None,
               "parameters_as_run": None}

    def finished(successful, results):
        outcome["finished"] = True
        outcome["ok"] = bool(successful)
        outcome["results"] = {key: str(value) for key, value in results.items()}

    dialog.algorithmFinished.connect(finished)
    dialog.resize(1200, 800)
    dialog.show()
    session.wait(300)
    if before_run is not None:
        before_run(dialog)
    try:
        outcome["parameters_as_run"] = {
            key: str(value) for key, value in dialog.createProcessingParameters().items()}
    except Exception as error:  # the dialog refuses a value: it says so in its message bar
        outcome["parameters_as_run"] = f"not accepted: {error!r}"
    started = time.monotonic()
    press_run(session, dialog, timeout)
    # Run refused (a wrong value, a failed check): the controls were never blocked
    outcome["started"] = not dialog.runButton().isEnabled() or dialog.feedback is None
    if outcome["started"]:
        # on_complete() clears the dialog's feedback once the results were handled
        wait_until(session, lambda: dialog.feedback is None, timeout)
    outcome["seconds"] = round(time.monotonic() - started, 1)
    outcome["timed_out"] = dialog.feedback is not None and outcome["started"]
    outcome["log"] = dialog_log(dialog)
    outcome["message_bar"] = message_bar_texts(dialog)
    session.wait(300)
    outcome["added_layers"] = [layer_id for layer_id in QgsProject.instance().mapLayers()
                               if layer_id not in before]
    dialog.close()
    dialog.deleteLater()
    session.wait(100)
    return outcome


def grab(widget, path, max_bytes=400_000):
    """Save a widget's image; a smaller copy when it is large.  Returns size and colours."""
    from qgis.PyQt.QtCore import Qt

    image = widget.grab().toImage()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise RuntimeError(f"could not write {path}")
    if path.stat().st_size > max_bytes:
        image = image.scaledToWidth(image.width() * 3 // 4, Qt.SmoothTransformation)
        image.save(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    return {"path": str(path), "width": image.width(), "height": image.height(),
            "bytes": path.stat().st_size, "colours": len(colours)}


def canvas_colours(canvas):
    """Distinct colours and the share of non-white pixels drawn on the map canvas."""
    image = canvas.grab().toImage()
    pixels = [image.pixel(x, y) for x in range(0, image.width(), 5)
              for y in range(0, image.height(), 5)]
    white = sum(1 for pixel in pixels if pixel & 0xFFFFFF == 0xFFFFFF)
    return {"colours": len(set(pixels)), "drawn_share": round(1 - white / max(len(pixels), 1), 3)}


def show_provider_in_toolbox(window, width):
    """The Processing toolbox with only the plugin's branch unfolded, at its top."""
    import qgis.utils
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QAbstractItemView

    provider_name = QgsApplication.processingRegistry().providerById("kzinnovation").name()
    toolbox = qgis.utils.plugins["processing"].toolbox
    toolbox.show()
    tree = toolbox.algorithmTree
    proxy = tree.model()
    tree.collapseAll()
    branches = [proxy.index(row, 0) for row in range(proxy.rowCount())
                if proxy.index(row, 0).data() == provider_name]
    if branches:
        tree.expand(branches[0])
        for row in range(proxy.rowCount(branches[0])):
            tree.expand(proxy.index(row, 0, branches[0]))
        tree.scrollTo(branches[0], QAbstractItemView.PositionAtTop)
    window.resizeDocks([toolbox], [width], Qt.Horizontal)


def grab_dialog(session, dialog, path):
    """Save a Processing dialog's image, large enough to read, with a wider help panel."""
    from qgis.PyQt.QtWidgets import QSplitter

    dialog.resize(1400, 860)
    splitter = dialog.findChild(QSplitter)
    if splitter is not None:
        splitter.setSizes([930, 450])  # a wider help panel
    dialog.move(40, 40)
    dialog.raise_()
    session.wait(1500)
    return grab(dialog, path)


def draw_map(session, layer):
    """The map as the user sees it: the Layers panel, the canvas zoomed to ``layer`` (what
    "Zoom to Layer" does; None: left as it is) and the provider in the Processing toolbox.
    Returns the colours of the canvas once drawn."""
    from qgis.PyQt.QtCore import QModelIndex
    from qgis.PyQt.QtWidgets import QDockWidget

    window = session.iface.mainWindow()
    canvas = session.iface.mapCanvas()
    session.iface.layerTreeView().expandAllNodes()
    for dock in window.findChildren(QDockWidget):  # the Layers panel alone on the left
        if dock.objectName() == "Browser":
            dock.hide()
    show_provider_in_toolbox(window, 390)
    session.wait(500)  # the canvas takes its final size before the zoom
    if layer is not None:
        session.iface.setActiveLayer(layer)
        session.iface.zoomToActiveLayer()
    session.iface.layerTreeView().setCurrentIndex(QModelIndex())
    canvas.refresh()
    session.wait(1000)
    canvas.waitWhileRendering()
    session.wait(1000)
    return canvas_colours(canvas)


def report_image(report, caption):
    """The image file of the HTML report's figure with this caption (its ``alt`` text)."""
    import html
    import re

    if not report or not Path(report).is_file():
        return None
    text = Path(report).read_text(encoding="utf-8")
    for source, alt in re.findall(r'<img src="([^"]+)" alt="([^"]*)"', text):
        if html.unescape(alt) == caption:
            path = Path(report).parent / html.unescape(source)
            return path if path.is_file() else None
    return None


def runs_parameter(params):
    """RUNS (Monte Carlo runs of the index) when the session sets it; else the dialog's default."""
    return {"RUNS": params["runs"]} if params.get("runs") else {}


def full_analysis(session, params, shots):
    """The full analysis filled in its dialog and run; the layers QGIS loaded, the map."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.removeAllMapLayers()
    window = session.iface.mainWindow()
    written = {}

    def dialog_screenshot(dialog):
        if shots is None:
            return
        written["dialog"] = grab_dialog(session, dialog,
                                        shots / f"fullanalysis_dialog{params['suffix']}.png")

    run = run_dialog(session, "kzinnovation:fullanalysis", {
        "TABLE": params["table"], "INPUT": params["regions_2018"], "YEAR": 2018,
        **runs_parameter(params),
    }, params["run_timeout"], before_run=dialog_screenshot)
    session.wait(500)
    run["layers"] = layer_tree()
    run["project_crs"] = project.crs().authid()

    regions = [layer for layer in project.mapLayers().values()
               if layer.source().endswith("layername=regions")]
    run["canvas"] = draw_map(session, regions[0] if regions else None)
    if shots is not None:
        written["map"] = grab(window, shots / f"map{params['suffix']}.png")
        report_map = report_image(run["results"].get("REPORT"), "Cores and influence zones")
        if params["suffix"] == "" and report_map is not None:
            shutil.copyfile(report_map, shots / "report_map.png")
            written["report_map"] = {"path": str(shots / "report_map.png"),
                                     "bytes": report_map.stat().st_size}
    run["screenshots"] = written
    return run


def output_of(run, field):
    """A run's layer output with ``field``: its result, or else the layer it loaded (a dialog
    whose result handling failed reports no results, though it may have loaded the layer)."""
    from qgis.core import QgsProject

    if run["results"].get("OUTPUT"):
        return run["results"]["OUTPUT"]
    for layer_id in run["added_layers"]:
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is not None and field in layer.fields().names():
            return layer_id
    return None


def single_tools(session, params):
    """Join, index, LISA and hot spots, each filled in its dialog and run, chained."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.removeAllMapLayers()
    timeout = params["run_timeout"]
    runs = {}

    def loaded(run):
        layers = [describe_layer(project.mapLayer(layer_id)) for layer_id in run["added_layers"]
                  if project.mapLayer(layer_id) is not None]
        run["layers"] = layers
        return run

    runs["joinindicators"] = loaded(run_dialog(session, "kzinnovation:joinindicators", {
        "INPUT": params["regions_2018"], "TABLE": params["table"], "YEAR": 2018,
    }, timeout))
    joined = output_of(runs["joinindicators"], "grp_pc")
    if not joined:
        return runs
    runs["innovationindex"] = loaded(run_dialog(session, "kzinnovation:innovationindex", {
        "INPUT": joined, **runs_parameter(params),
    }, timeout))
    index = output_of(runs["innovationindex"], "innov_idx")
    if not index:
        return runs
    for algorithm in ("lisa", "hotspots"):
        runs[algorithm] = loaded(run_dialog(session, f"kzinnovation:{algorithm}", {
            "INPUT": index, "FIELD": "innov_idx",
        }, timeout))
    runs["inputs"] = {"joined": joined, "index": index}
    return runs


def batch_hotspots(session, params):
    """kzinnovation:hotspots in the batch dialog: two rows, only the required output filled."""
    import processing
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.tools import dataobjects
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    project.removeAllMapLayers()
    folder = session.workdir / "batch"
    folder.mkdir(exist_ok=True)
    # the rows' input: the bundled regions with the demo table's indicators
    joined = processing.run("kzinnovation:joinindicators", {
        "INPUT": params["regions_2018"], "TABLE": params["table"], "YEAR": 2018,
        "OUTPUT": str(folder / "joined.gpkg"), "REPORT": str(folder / "match_report.gpkg"),
    })["OUTPUT"]
    before = set(project.mapLayers())
    algorithm = QgsApplication.processingRegistry().algorithmById("kzinnovation:hotspots")
    dialog = BatchAlgorithmDialog(algorithm.create(), parent=session.iface.mainWindow())
    dialog.show()
    session.wait(300)
    panel = dialog.mainWidget()
    panel.addRow()
    context = dataobjects.createContext()
    rows = [{"INPUT": joined, "FIELD": field,
             "OUTPUT": str(folder / f"hotspots_{field}.gpkg")} for field in params["batch_fields"]]
    for row, values in enumerate(rows):
        for name, value in values.items():
            column = panel.parameter_to_column[name]
            if name == "OUTPUT":
                panel.tblParameters.cellWidget(row + 1, column).setValue(value)
            else:
                panel.wrappers[row][column].setParameterValue(value, context)
    panel.checkLoadLayersOnCompletion.setChecked(True)
    columns = {panel.tblParameters.horizontalHeaderItem(column).text(): name
               for column, name in panel.column_to_parameter_definition.items()}
    output_cells = {}
    for output in algorithm.destinationParameterDefinitions():
        column = panel.parameter_to_column.get(output.name())
        if column is not None:
            output_cells[output.name()] = [
                panel.tblParameters.cellWidget(row + 1, column).getValue()
                for row in range(panel.batchRowCount())]
    as_run = []
    for row in range(panel.batchRowCount()):
        parameters, ok = panel.parametersForRow(row, warnOnInvalid=True)
        as_run.append({"ok": ok, "parameters": {key: str(value)
                                                for key, value in parameters.items()}})
    started = time.monotonic()
    press_run(session, dialog, params["run_timeout"])  # the batch runs within the click
    session.wait(500)
    outputs = []
    for values in rows:
        path = Path(values["OUTPUT"])
        layer = QgsVectorLayer(str(path), "check", "ogr") if path.exists() else None
        outputs.append({
            "path": str(path), "exists": path.exists(),
            "valid": bool(layer is not None and layer.isValid()),
            "features": layer.featureCount() if layer is not None and layer.isValid() else 0,
            "fields": layer.fields().names() if layer is not None and layer.isValid() else [],
        })
    report = {
        "rows": panel.batchRowCount(), "columns": columns, "output_cells": output_cells,
        "parameters_as_run": as_run, "seconds": round(time.monotonic() - started, 1),
        "log": dialog_log(dialog), "message_bar": message_bar_texts(dialog),
        "outputs": outputs,
        "layers": [describe_layer(project.mapLayer(layer_id)) for layer_id in project.mapLayers()
                   if layer_id not in before],
    }
    dialog.close()
    dialog.deleteLater()
    session.wait(200)
    return report


def model_checks(session, params):
    """The shipped model: validated as the designer does, opened in it, run by its id."""
    import processing
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
    )

    model = QgsApplication.processingRegistry().algorithmById("kzinnovation:analysismodel")
    if model is None:
        return {"found": False}
    valid, errors = model.validate()
    instance = model.create()  # what the toolbox, a script and the designer get
    report = {
        "found": True, "display_name": model.displayName(), "group": model.group(),
        "valid": bool(valid), "errors": list(errors),
        "parameters": {p.name(): {"description": p.description(), "type": p.type(),
                                  "optional": bool(p.flags() & p.FlagOptional),
                                  "destination": p.isDestination(),
                                  "default": str(p.defaultValue())}
                       for p in instance.parameterDefinitions()},
        "outputs": {o.name(): o.description() for o in instance.outputDefinitions()},
        "children": {},
    }
    designer = ModelerDialog.create(model)
    designer.show()
    session.wait(1500)
    shown = designer.model()
    for child_id in shown.childAlgorithms():
        child_ok, child_errors = shown.validateChildAlgorithm(child_id)
        report["children"][child_id] = {
            "algorithm": shown.childAlgorithm(child_id).algorithmId(),
            "valid": bool(child_ok), "errors": list(child_errors)}
    report["designer_valid"], report["designer_errors"] = shown.validate()
    report["designer_errors"] = list(report["designer_errors"])
    report["designer_title"] = designer.windowTitle()
    report["designer_messages"] = [f"{item.title()} {item.text()}".strip()
                                   for item in designer.messageBar().items()]
    designer.setDirty(False)
    designer.close()
    session.wait(300)

    # run by its id with only the regions, the table and the year, as a script would
    wanted = {"regions": params["regions_2018"], "table": params["table"], "year": 2018}
    names = {p.name().lower(): p.name() for p in model.parameterDefinitions()}
    missing = [name for name in wanted if name not in names]
    report["run_missing_inputs"] = missing
    if not missing:
        inputs = {names[name]: value for name, value in wanted.items()}
        context = QgsProcessingContext()
        feedback = QgsProcessingFeedback()
        started = time.monotonic()
        try:
            results = processing.run("kzinnovation:analysismodel", inputs, context=context,
                                     feedback=feedback)
            report["run"] = {"ok": True, "results": {key: str(value) for key, value in
                                                     results.items()
                                                     if key not in ("CHILD_RESULTS",
                                                                    "CHILD_INPUTS")}}
        except Exception as error:
            report["run"] = {"ok": False, "error": str(error)}
        report["run"]["seconds"] = round(time.monotonic() - started, 1)
        # and from the model's own dialog, as the toolbox opens it
        project = QgsProject.instance()
        project.removeAllMapLayers()
        dialog_run = run_dialog(session, "kzinnovation:analysismodel", inputs,
                                params["run_timeout"])
        dialog_run["layers"] = layer_tree()
        report["dialog_run"] = dialog_run
    return report


def panel_inputs(session, params):
    """The official extract on the 2022 set, written by ``processing.run`` (the panel tools'
    input, not what they are judged on): the 2022 values, every year (one feature per region
    and year), and GRP per capita in the years it has (2021, 2022)."""
    import processing

    folder = session.workdir / "panel"
    folder.mkdir(exist_ok=True)
    made = {}
    for name, extra in (("regions_2022", {"YEAR": 2022}), ("every_year", {}),
                        ("grp_years", {"INDICATORS": "grp_per_capita"})):
        made[name] = processing.run("kzinnovation:harmonisepanel", {
            "TABLE": params["extract"], "BOUNDARY_SET": "2022", "SPLIT_RULE": "copy_parent",
            **extra, "OUTPUT": "TEMPORARY_OUTPUT", "REGIONS": str(folder / f"{name}.gpkg"),
        })["REGIONS"]
    return made


def newer_tool_parameters(params, inputs):
    """What a user fills in each newer tool's dialog; the rest keeps the dialog's defaults."""
    every_year = inputs.get("every_year")
    return {
        # one sheet per activity (the layout's third option), the sheets named in the
        # interface language
        "specialisation": {"INPUT": params["regions_2022"], "TABLE": params["rd_bulletin"],
                           "LAYOUT": 2, "SHEETS": params["rd_sheets"]},
        "spillover": {"INPUT": inputs.get("regions_2022"), "Y_FIELD": "grp_per_capita",
                      "X_FIELDS": ["rd_expenditure_pct_grp"], "CORES": "astana, almaty_city"},
        "emerginghotspots": {"INPUT": every_year, "FIELD": "rd_expenditure_pct_grp"},
        # the 2022 set (the first option); new regions copy their old region's rate
        "harmonisepanel": {"TABLE": params["extract"], "SPLIT_RULE": 1},
        "markov": {"INPUT": every_year, "FIELD": "rd_expenditure_pct_grp"},
        # logarithms of a positive indicator (R&D expenditure is zero in some regions)
        "convergence": {"INPUT": inputs.get("grp_years"), "FIELD": "grp_per_capita"},
    }


def category_value(value):
    """A category's value as text, a whole number without its ".0"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def legend_of(session, layer):
    """A loaded layer's legend: the entries the Layers panel shows under it, its renderer's
    categories, and, where the layer names its dominant activity (``sp_dom``), the name each
    classified value has in the data."""
    from qgis.core import NULL, QgsProject
    from qgis.PyQt.QtCore import Qt

    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    model = session.iface.layerTreeView().layerTreeModel()
    shown = [legend_node.data(Qt.DisplayRole) for legend_node in
             model.layerLegendNodes(node)] if node is not None else []
    renderer = layer.renderer()
    categories = [{"value": category_value(category.value()), "label": category.label()}
                  for category in renderer.categories()] if hasattr(renderer, "categories") \
        else []
    names = {}
    field = renderer.classAttribute() if hasattr(renderer, "classAttribute") else None
    if field and "sp_dom" in layer.fields().names():
        for feature in layer.getFeatures():
            if feature[field] is not None and feature[field] != NULL:
                names[category_value(feature[field])] = str(feature["sp_dom"])
    return {"shown": [str(text) for text in shown], "categories": categories, "names": names}


def newer_tool(session, params, shots, name, parameters):
    """One newer tool filled in its dialog and run with its default (temporary) outputs: the
    layers QGIS loaded, its main output's legend, the map; with ``shots``, the images of the
    filled dialog and of the window with the map (``<name>_dialog<suffix>.png``,
    ``<name>_map<suffix>.png``)."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.removeAllMapLayers()
    written = {}

    def dialog_screenshot(dialog):
        if shots is not None:
            written["dialog"] = grab_dialog(session, dialog,
                                            shots / f"{name}_dialog{params['suffix']}.png")

    run = run_dialog(session, f"kzinnovation:{name}", parameters, params["run_timeout"],
                     before_run=dialog_screenshot)
    session.wait(500)
    run["layers"] = layer_tree()
    _, field = NEWER_MAIN_OUTPUTS[name]
    main = [project.mapLayer(layer["id"]) for layer in run["layers"]
            if field in layer["fields"]]
    run["legend"] = legend_of(session, main[0]) if main else None
    run["canvas"] = draw_map(session, main[0] if main else None)
    if shots is not None:
        written["map"] = grab(session.iface.mainWindow(),
                              shots / f"{name}_map{params['suffix']}.png")
    run["screenshots"] = written
    return run


def newer_tools(session, params, shots):
    """The newer tools of ``params["newer_tools"]``, each run from its dialog
    (:func:`newer_tool`); a tool whose step raised has its traceback as ``error``."""
    tools = params["newer_tools"]
    inputs = panel_inputs(session, params) if set(tools) - {"specialisation"} else {}
    parameters = newer_tool_parameters(params, inputs)
    runs = {"inputs": inputs}
    for name in tools:
        try:
            runs[name] = newer_tool(session, params, shots, name, parameters[name])
        except Exception:
            runs[name] = {"error": traceback.format_exc()}
    return runs


def analyst_session(session):
    """Entry point: the steps named in ``session.params["steps"]``, in a fixed order."""
    params = dict(session.params)
    steps = set(params["steps"])
    shots = Path(params["screenshots"]) if params.get("screenshots") else None
    recorder = Recorder(session.workdir / "steps.json")
    recorder.step("plugin", plugin_state, session)
    if "dialogs" in steps:
        recorder.step("dialogs", open_every_dialog, session)
    if "full_analysis" in steps:
        recorder.step("full_analysis", full_analysis, session, params, shots)
    if "single_tools" in steps:
        recorder.step("single_tools", single_tools, session, params)
    if "batch" in steps:
        recorder.step("batch", batch_hotspots, session, params)
    if "model" in steps:
        recorder.step("model", model_checks, session, params)
    if "newer_tools" in steps:
        recorder.step("newer_tools", newer_tools, session, params, shots)
    return recorder.report
