"""Screenshots of the plugin in the QGIS desktop for the README, written to ``docs/``.

* ``docs/fullanalysis_dialog.png``: the Processing dialog of ``kzinnovation:fullanalysis``;
* ``docs/map.png``: the QGIS main window showing the regions, zones and cores of a full
  analysis of the bundled 2018 statistics (200 Monte Carlo runs), run inside the desktop.

The packaged plugin runs in the real QGIS desktop under Xvfb, in a throw-away profile
(``scripts/desktop_session.py``).  Needs QGIS and xvfb (``scripts/ensure_system.sh``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import package  # noqa: E402 - sibling scripts, found through the line above
from desktop_session import run_desktop  # noqa: E402

TABLE = ROOT / "kz_innovation_plugin" / "data" / "indicators" / "kz_bns_indicators_2018_2019.csv"
SIZE = (1600, 1000)
MAX_BYTES = 400_000


def take_screenshots(session):
    """Runs inside QGIS (copied into its startup file): the dialog, the run and the map."""
    from pathlib import Path

    import processing
    import qgis.utils
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QModelIndex, Qt
    from qgis.PyQt.QtWidgets import QAbstractItemView, QDockWidget, QSplitter

    from kz_innovation_plugin.processing_provider.report_maps import map_crs

    def show_provider_in_toolbox(toolbox, provider_name):
        """Open the toolbox with only the provider's branch unfolded, at its top."""
        toolbox.show()
        tree = toolbox.algorithmTree
        proxy = tree.model()
        tree.collapseAll()
        (branch,) = [proxy.index(row, 0) for row in range(proxy.rowCount())
                     if proxy.index(row, 0).data() == provider_name]
        tree.expand(branch)
        for row in range(proxy.rowCount(branch)):
            tree.expand(proxy.index(row, 0, branch))
        tree.scrollTo(branch, QAbstractItemView.PositionAtTop)

    params = session.params
    docs = Path(params["docs"])
    window = session.iface.mainWindow()
    written = {}

    def save(widget, name):
        image = widget.grab().toImage()
        path = docs / name
        if not image.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        if path.stat().st_size > params["max_bytes"]:  # a smaller copy keeps the repository lean
            image.scaledToWidth(image.width() * 3 // 4, Qt.SmoothTransformation).save(str(path))
        written[name] = [image.width(), image.height(), path.stat().st_size]

    # 1. the algorithm's Processing dialog, with the demo table and year filled in
    dialog = processing.createAlgorithmDialog(
        "kzinnovation:fullanalysis", {"TABLE": params["table"], "YEAR": 2018, "RUNS": 200})
    dialog.resize(*params["dialog_size"])
    dialog.findChild(QSplitter).setSizes(params["dialog_split"])  # a wider help panel
    dialog.move(40, 40)
    dialog.show()
    dialog.raise_()
    session.wait(2000)
    save(dialog, "fullanalysis_dialog.png")
    dialog.close()
    dialog.deleteLater()

    # 2. a full analysis, its layers in the project, the provider in the Processing toolbox
    output = session.workdir / "analysis"
    output.mkdir(exist_ok=True)
    results = processing.run("kzinnovation:fullanalysis", {
        "TABLE": params["table"], "YEAR": 2018, "RUNS": 200,
        "OUTPUT": str(output / "a.gpkg"), "REPORT": str(output / "r.html")})
    project = QgsProject.instance()
    layers = []
    for name in ("regions", "zones", "cores"):  # drawn bottom to top
        layer = QgsVectorLayer(f"{results['OUTPUT']}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"layer {name} of {results['OUTPUT']} is not valid")
        layers.append(layer)
    for layer in layers:
        project.addMapLayer(layer)  # the legend puts each new layer on top
    session.wait(500)  # QGIS gives an empty project its first layer's CRS: let it, then
    # take the projection of the plugin's report maps instead of that plate carrée
    crs = map_crs(layers, project.transformContext())
    if not crs.authid():  # a projection made for the layers: named, for the status bar
        crs = QgsCoordinateReferenceSystem(f"USER:{crs.saveAsUserCrs('kz-innovation map')}")
    project.setCrs(crs)
    session.iface.layerTreeView().expandAllNodes()
    session.iface.layerTreeView().setCurrentIndex(QModelIndex())
    for dock in window.findChildren(QDockWidget):  # the layer list alone on the left
        if dock.objectName() == "Browser":
            dock.hide()
    toolbox = qgis.utils.plugins["processing"].toolbox
    show_provider_in_toolbox(toolbox, "KZ Innovation")
    window.resizeDocks([toolbox], [params["toolbox_width"]], Qt.Horizontal)
    session.wait(500)
    canvas = session.iface.mapCanvas()
    transform = QgsCoordinateTransform(layers[0].crs(), project.crs(), project)
    extent = QgsRectangle()
    for feature in layers[0].getFeatures():  # the regions' shapes, not their bounding box
        geometry = feature.geometry()
        geometry.transform(transform)
        extent.combineExtentWith(geometry.boundingBox())
    extent.scale(1.05)
    canvas.setExtent(extent)
    canvas.refresh()
    session.wait(1000)
    canvas.waitWhileRendering()
    session.wait(1000)
    save(window, "map.png")
    return {"written": written, "cores": results.get("CORE_COUNT"),
            "crs": project.crs().authid()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--timeout", type=float, default=900)
    arguments = parser.parse_args(argv)
    docs = arguments.docs.resolve()
    docs.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kzi-screenshots-") as folder:
        work = Path(folder)
        plugin_zip = package.build(work / "dist")
        run = run_desktop(plugin_zip, work / "desktop", take_screenshots, params={
            "docs": str(docs), "table": str(TABLE), "max_bytes": MAX_BYTES,
            "dialog_size": [1400, 860], "dialog_split": [930, 450], "toolbox_width": 390,
        }, timeout=arguments.timeout, size=SIZE)
    if run.timed_out or run.error or not run.result:
        sys.stderr.write(f"The screenshots failed:\n{run.describe()}\n")
        return 1
    sys.stdout.write(f"map CRS: {run.result['crs']}\n")
    for name, (width, height, size) in run.result["written"].items():
        sys.stdout.write(f"{docs / name}: {width}x{height}, {size // 1000} KB\n")
    for problem in run.plugin_problems():
        sys.stderr.write(f"warning: {problem}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
