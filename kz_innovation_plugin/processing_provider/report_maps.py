"""Maps for the report: styled layers drawn by a QGIS print layout and exported as a PNG.

The layout has a title, the map, a legend of the map's layers, a scale bar in kilometres and a
north arrow (QGIS's ``arrows/NorthArrow_02.svg`` when it is installed).  It belongs to a
temporary :class:`QgsProject` holding clones of the layers, so the caller's layers (and the
project they may belong to) are never touched.  Run it on the main thread (a Processing
algorithm that calls it should not run in a background thread).

:func:`report_layers` makes the layers of the full analysis's report maps from its GeoPackage:
each with the plugin's style for what the map's title names (imported from the QML file, not
the style stored in the GeoPackage), classified on the field the map names, its legend
listing only the values present in the layer, in the report's language.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendSettings,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage

from .compat import scoped

__all__ = ["NORTH_ARROW", "legend_entries", "map_crs", "map_image", "map_layout", "render_map",
           "report_layer", "report_layers", "save_png"]

NORTH_ARROW = "arrows/NorthArrow_02.svg"
#: page width in millimetres; the height follows the PNG's aspect ratio
PAGE_WIDTH_MM = 297.0
MARGIN_MM = 6.0
TITLE_MM = 14.0
#: the legend takes its width, up to this share of the page; the map takes the rest
MAX_LEGEND_SHARE = 0.4
LEGEND_GAP_MM = 4.0
#: space left around the zoomed extent, as a share of its size
EXTENT_MARGIN = 0.05
#: layers with at most this many features are framed by their projected shapes
MAX_EXACT = 20000
#: only a layer of at most this many features carries place names (more cannot be read on
#: the page, and QGIS's label placement over a 100,000-cell grid takes many minutes)
MAX_NAMED = 1000


MILLIMETERS = scoped("LayoutUnit", "Millimeters", QgsUnitTypes, "LayoutMillimeters")
KILOMETERS = scoped("DistanceUnit", "Kilometers", QgsUnitTypes, "DistanceKilometers")


def _mm(x: float, y: float) -> QgsLayoutPoint:
    return QgsLayoutPoint(x, y, MILLIMETERS)


def _size(width: float, height: float) -> QgsLayoutSize:
    return QgsLayoutSize(width, height, MILLIMETERS)


def _usable(extent: QgsRectangle) -> bool:
    """True for a finite rectangle (a point's is one), False for a layer without features."""
    return (not extent.isNull() and extent.isFinite()
            and extent.xMinimum() <= extent.xMaximum()
            and extent.yMinimum() <= extent.yMaximum())


def _layer_extent(layer, crs: QgsCoordinateReferenceSystem, context) -> QgsRectangle:
    """The layer's extent in ``crs``: of its features' shapes when it has at most
    :data:`MAX_EXACT` features (a lat/lon rectangle projected is much larger than the land
    it frames), else of its projected bounding box."""
    extent = layer.extent()
    if not _usable(extent) or layer.crs() == crs:
        return extent
    transform = QgsCoordinateTransform(layer.crs(), crs, context)
    count = layer.featureCount() if isinstance(layer, QgsVectorLayer) else -1
    if not 0 < count <= MAX_EXACT:
        return transform.transformBoundingBox(extent)
    union = QgsRectangle()
    union.setMinimal()
    request = QgsFeatureRequest().setNoAttributes()
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        union.combineExtentWith(geometry.boundingBox())
    return union


def _extent(layers: list, crs: QgsCoordinateReferenceSystem, context) -> QgsRectangle:
    """Union of the layers' extents in ``crs``."""
    union = QgsRectangle()
    union.setMinimal()
    for layer in layers:
        extent = _layer_extent(layer, crs, context)
        if _usable(extent):
            union.combineExtentWith(extent)
    return union


def map_crs(layers: list, context=None) -> QgsCoordinateReferenceSystem:
    """The CRS the map is drawn in.

    The first layer's CRS when it is projected; otherwise a Lambert azimuthal equal-area
    projection centred on the layers' extent (``+proj=laea``), which draws a country the size
    of Kazakhstan with little distortion of shape and none of area (the right choice for
    choropleth maps), unlike Web Mercator's strong stretching at 40-55 degrees north.

    Parameters
    ----------
    layers : list of QgsMapLayer
        The layers to draw.
    context : QgsCoordinateTransformContext or None
        Transform context; default the current project's.

    Returns
    -------
    QgsCoordinateReferenceSystem
    """
    first = layers[0].crs()
    if first.isValid() and not first.isGeographic():
        return first
    context = context or QgsProject.instance().transformContext()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = _extent(layers, wgs84, context).center()
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={centre.y():.4f} +lon_0={centre.x():.4f} +x_0=0 +y_0=0 "
        "+datum=WGS84 +units=m +no_defs"
    )


def _north_arrow_path() -> str | None:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / NORTH_ARROW
        if candidate.is_file():
            return str(candidate)
    return None


def _title(layout: QgsPrintLayout, title: str, width: float) -> None:
    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPointSizeF(18.0)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(18.0)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(label)
    label.attemptMove(_mm(MARGIN_MM, MARGIN_MM * 0.5))
    label.attemptResize(_size(width - 2 * MARGIN_MM, TITLE_MM))


def _fit(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """``extent`` widened in one direction to the width/height ratio ``aspect``, same centre."""
    width, height = extent.width(), extent.height()
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def _map_item(layout, layers, crs, extent, box) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setCrs(crs)
    item.setLayers(list(reversed(layers)))  # QGIS lists map layers top first
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    item.setBackgroundColor(QColor("white"))
    layout.addLayoutItem(item)
    item.attemptMove(_mm(box[0], box[1]))
    item.attemptResize(_size(box[2], box[3]))
    item.setExtent(_fit(extent, box[2] / box[3]))
    return item


def _legend(layout, layers) -> QgsLayoutItemLegend:
    """A legend of exactly ``layers`` (the top one first), sized to its contents."""
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in reversed(layers):
        root.addLayer(layer)
    layout.addLayoutItem(legend)
    legend.setResizeToContents(True)
    return legend


def _legend_width(layout: QgsPrintLayout, legend: QgsLayoutItemLegend) -> float:
    """Width of the legend in millimetres (the item knows its size only once painted)."""
    settings = QgsLegendSettings()
    settings.setTitle("")
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    return QgsLegendRenderer(legend.model(), settings).minimumSize(context).width() + 2.0


def _scale_bar(layout, map_item, box, unit: str = "km") -> None:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize(KILOMETERS)
    bar.setUnitLabel(unit)
    bar.setNumberOfSegmentsLeft(0)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 220))
    layout.addLayoutItem(bar)
    bar.attemptMove(_mm(box[0] + 3, box[1] + box[3] - 16))
    bar.update()


def _north_arrow(layout, map_item, box) -> None:
    svg = _north_arrow_path()
    if svg is None:
        return
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(svg)
    arrow.setLinkedMap(map_item)
    layout.addLayoutItem(arrow)
    arrow.attemptResize(_size(10, 16))
    arrow.attemptMove(_mm(box[0] + box[2] - 14, box[1] + 4))


def _layout(project, layers, title, size_px, extent, unit: str = "km") -> QgsPrintLayout:
    """The print layout: title, map, legend, scale bar and north arrow on one page."""
    width = PAGE_WIDTH_MM
    height = PAGE_WIDTH_MM * size_px[1] / size_px[0]
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(_size(width, height))
    _title(layout, title, width)
    top = MARGIN_MM + TITLE_MM
    legend = _legend(layout, layers)
    legend_width = min(_legend_width(layout, legend), width * MAX_LEGEND_SHARE)
    map_width = width - 2 * MARGIN_MM - LEGEND_GAP_MM - legend_width
    box = (MARGIN_MM, top, map_width, height - top - MARGIN_MM)
    map_item = _map_item(layout, layers, project.crs(), extent, box)
    legend.setLinkedMap(map_item)
    legend.attemptMove(_mm(box[0] + box[2] + LEGEND_GAP_MM, top))
    _scale_bar(layout, map_item, box, unit)
    _north_arrow(layout, map_item, box)
    return layout


#: QImage's PNG "quality" is zlib's effort (100 - quality) * 9 / 91: 80 is level 1, which
#: writes a map in half the time of the default level for files about 15 % larger
PNG_QUALITY = 80


def _render(layout: QgsPrintLayout, size_px: tuple[int, int]) -> QImage:
    """The layout's page drawn as an image of ``size_px`` pixels."""
    dpi = size_px[0] / (PAGE_WIDTH_MM / 25.4)
    return QgsLayoutExporter(layout).renderPageToImage(0, QSize(*size_px), dpi)


def save_png(image: QImage, target: str | Path) -> Path:
    """Save a drawn map to ``target`` through a temporary file beside it (whole or not at
    all).

    QGIS's exporter (``QgsLayoutExporter.exportToImage``) renders the page the same way but
    saves the PNG at the default compression, which took longer than the drawing.  Saving
    touches only ``image`` (Qt's images are reentrant), so a worker thread may save one map
    while the next is drawn.
    """
    target = Path(target)
    handle, temporary = tempfile.mkstemp(suffix=".png", prefix=".partial-map-", dir=target.parent)
    os.close(handle)
    try:
        if image.isNull() or not image.save(temporary, "PNG", PNG_QUALITY):
            raise QgsProcessingException(
                f"QGIS could not export the map {target.name}; check that the folder is "
                "writable, that the disk has room and that the layers can be drawn."
            )
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return target


def _checked(layers: list, size_px: tuple[int, int]) -> tuple[int, int]:
    """The image size, once the layers and the size are known to be drawable."""
    if not layers:
        raise QgsProcessingException("Give at least one layer to draw on the map.")
    broken = [layer.name() if layer is not None else "None" for layer in layers
              if layer is None or not layer.isValid()]
    if broken:
        raise QgsProcessingException(
            f"The layer(s) {', '.join(broken)} cannot be drawn: they are not valid "
            "(check their source file)."
        )
    width, height = (int(v) for v in size_px)
    if width < 200 or height < 150:
        raise QgsProcessingException(
            f"The map image must be at least 200 x 150 pixels, not {width} x {height}."
        )
    return width, height


@contextmanager
def map_layout(layers: list, title: str, size_px: tuple[int, int] = (1600, 1200),
               extent_layer=None, scale_unit: str = "km", clone_layers: bool = True):
    """The print layout :func:`render_map` exports, for as long as the ``with`` block lasts.

    It draws ``layers`` (clones of them unless ``clone_layers`` is False) in a temporary
    project, removed on leaving the block.  Parameters as for :func:`render_map`.
    """
    width, height = _checked(layers, size_px)
    project = QgsProject()
    clones = [layer.clone() for layer in layers] if clone_layers else list(layers)
    project.addMapLayers(clones, False)
    layout = None
    try:
        project.setCrs(map_crs(clones, project.transformContext()))
        shown = [extent_layer] if extent_layer is not None else clones
        extent = _extent(shown, project.crs(), project.transformContext())
        if not _usable(extent):
            raise QgsProcessingException(
                "The map extent is empty: the layers have no features to draw."
            )
        extent.scale(1 + 2 * EXTENT_MARGIN)
        if extent.isEmpty():  # a single point: show 10 km around it
            extent.grow(5000.0)
        layout = _layout(project, clones, title, (width, height), extent, scale_unit)
        yield layout
    finally:
        del layout
        project.removeAllMapLayers()
        project.clear()


def legend_entries(layout: QgsPrintLayout) -> list[tuple[str, list[str]]]:
    """What the layout's legend lists: (layer title, entries) of each layer, top first."""
    legend = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLegend))
    model = legend.model()
    return [(node.name(), [str(entry.data(Qt.ItemDataRole.DisplayRole))
                           for entry in model.layerLegendNodes(node)])
            for node in model.rootGroup().findLayers()]


def render_map(
    layers: list,
    title: str,
    path: str | Path,
    size_px: tuple[int, int] = (1600, 1200),
    extent_layer=None,
    scale_unit: str = "km",
    clone_layers: bool = True,
) -> Path:
    """Draw styled layers as a titled map with legend, scale bar and north arrow to a PNG.

    Parameters
    ----------
    layers : list of QgsVectorLayer
        Styled layers, bottom first (drawn in list order; the legend lists the top layer
        first).  They are cloned: the caller keeps them as they are, in whatever project
        they belong to.
    title : str
        Title printed above the map.
    path : str or Path
        PNG to write (replaced if it exists; written whole or not at all).
    size_px : tuple of int
        Width and height of the PNG in pixels; the layout page has this aspect ratio.
    extent_layer : QgsMapLayer or None
        Layer whose extent the map shows (with a 5 % margin); default the union of
        ``layers``' extents.
    scale_unit : str
        The scale bar's label of kilometres ("км" in Russian and Kazakh).
    clone_layers : bool
        False hands ``layers`` themselves to the map, which deletes them when drawn: for
        layers made only for this map, it saves reopening their sources.

    Returns
    -------
    Path
        The PNG written.

    Notes
    -----
    The map CRS is the first layer's when projected, else a Lambert azimuthal equal-area
    projection centred on the layers (see :func:`map_crs`).
    """
    image = map_image(layers, title, size_px, extent_layer, scale_unit, clone_layers)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)  # only once the map is drawn
    return save_png(image, target)


def map_image(layers: list, title: str, size_px: tuple[int, int] = (1600, 1200),
              extent_layer=None, scale_unit: str = "km", clone_layers: bool = True) -> QImage:
    """The map :func:`render_map` draws, as an image not yet saved (see :func:`save_png`).

    Parameters as for :func:`render_map`.
    """
    size = _checked(layers, size_px)
    with map_layout(layers, title, size, extent_layer, scale_unit, clone_layers) as layout:
        return _render(layout, size)


def _key(value) -> str:
    """A category value or a field value as one text (codes kept in QML as text match the
    integers of the layer)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return str(int(number)) if number.is_integer() else str(number)


def _place_names(layer, language: str) -> str:
    """Expression of a place's name in ``language`` (its first non-empty name field)."""
    from ..core.report.model import NAME_FIELDS

    names = layer.fields().names()
    fields = [QgsExpression.quotedColumnRef(f) for f in NAME_FIELDS[language] if f in names]
    return f"coalesce({', '.join(fields)})" if fields else "$id"


def report_layer(source: str, style: str, field: str, language: str = "en",
                 names: bool = False) -> QgsVectorLayer | None:
    """One layer of a report map: ``source`` with the plugin's style ``style`` classified on
    ``field``, only the categories of values present, legend and title in ``language``.

    Parameters
    ----------
    source : str
        The layer's data source (``path.gpkg|layername=regions``).
    style : str
        A style of :data:`.styles.STYLES` (its QML file is imported, whatever default style
        the GeoPackage stores).
    field : str
        The field the legend classifies (the style's own, or another field of the same
        codes, such as ``LISA_CL_U`` for ``lisa``).
    language : str
        Language of the legend: ``"en"``, ``"ru"`` or ``"kk"``.
    names : bool
        Label each feature with its place name in ``language`` (only when the layer has at
        most :data:`MAX_NAMED` features).

    Returns
    -------
    QgsVectorLayer or None
        None when the layer is not there (the run wrote no such layer) or has no features.

    Raises
    ------
    QgsProcessingException
        When the layer lacks ``field``.
    """
    from ..core.report.legends import legend_label, legend_title
    from .styles import STYLES, apply_style, labeling

    options = QgsVectorLayer.LayerOptions(QgsProject.instance().transformContext())
    options.loadDefaultStyle = False  # the style comes from the plugin's QML, below
    layer = QgsVectorLayer(source, legend_title(field, language), "ogr", options)
    if not layer.isValid() or layer.featureCount() == 0:
        return None
    index = layer.fields().indexOf(field)
    if index < 0:
        raise QgsProcessingException(
            f"The map layer {source} has no field {field}; run the full analysis again."
        )
    apply_style(layer, style)
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        renderer = renderer.clone()
        renderer.setClassAttribute(field)
        present = {_key(value) for value in layer.uniqueValues(index)}
        for position in reversed(range(len(renderer.categories()))):
            value = renderer.categories()[position].value()
            if _key(value) in present:
                if not STYLES[style].get("legend_field"):  # else named from the data
                    renderer.updateCategoryLabel(position, legend_label(field, value, language))
            else:
                renderer.deleteCategory(position)
        layer.setRenderer(renderer)
    names = names and layer.featureCount() <= MAX_NAMED
    if names:
        layer.setLabeling(labeling(_place_names(layer, language)))
    layer.setLabelsEnabled(names)
    return layer


def report_layers(geopackage: str | Path, maps: dict[str, tuple],
                  language: str = "en") -> dict[str, list]:
    """The layers of each report map: caption -> styled layers, bottom first.

    Parameters
    ----------
    geopackage : str or Path
        The full analysis's GeoPackage.
    maps : dict
        Caption -> ((GeoPackage layer, style, field), ...), bottom first
        (``core.jobs.full.report_maps``).
    language : str
        Language of the legends and place names.

    Returns
    -------
    dict
        Caption -> list of :class:`QgsVectorLayer` (layers without features left out; a
        map without any layer left out).  The bottom layer carries the place names.
    """
    layers = {}
    for caption, parts in maps.items():
        styled = [report_layer(f"{geopackage}|layername={name}", style, field, language,
                               names=position == 0)
                  for position, (name, style, field) in enumerate(parts)]
        styled = [layer for layer in styled if layer is not None]
        if styled:
            layers[caption] = styled
    return layers
