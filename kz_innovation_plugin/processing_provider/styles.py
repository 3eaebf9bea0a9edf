"""Styles of the outputs: defined here, saved as QML by ``scripts/build_styles.py``.

The QML files in ``styles/`` are applied to outputs QGIS loads (a layer post-processor) and
stored in written GeoPackages as each layer's default style (``core/styles.py``), so a file
opened later shows them too.  The colours are those analysts know (GeoDa's LISA map, ArcGIS
Pro's hot spot bins) or colour-blind-safe ones (Okabe-Ito for categories, ColorBrewer ramps).

Every path that loads outputs (the algorithm dialog, ``processing.runAndLoadResults``, the
batch dialog) goes through QGIS's ``handleAlgorithmResults``, which loads each layer with
Processing's own default style, puts it on top of the layer tree and then calls the layer's
post-processor.  The post-processors of one run share a :class:`LoadedTogether`, which applies
the stored style, gives the legend in the interface language and stacks the run's layers as a
map reads (:data:`STACKING`), whatever order QGIS loads them in.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

STYLE_DIR = Path(__file__).resolve().parent.parent / "styles"
CONTEXT = "KzInnovation"

#: a place's name in the interface language (name_ru, name_kk where the layer has them),
#: else English, else the region code
PLACE_NAME = ("coalesce(attribute('name_' || left(@qgis_locale, 2)), attribute('name_en'), "
              "attribute('unit_id'))")

#: GeoDa's LISA cluster colours, by LISA_CL code
LISA_CATEGORIES = (
    (0, QT_TRANSLATE_NOOP("KzInnovation", "Not significant"), "#eeeeee"),
    (1, QT_TRANSLATE_NOOP("KzInnovation", "High-High"), "#ff0000"),
    (2, QT_TRANSLATE_NOOP("KzInnovation", "Low-Low"), "#0000ff"),
    (3, QT_TRANSLATE_NOOP("KzInnovation", "Low-High"), "#a7adf9"),
    (4, QT_TRANSLATE_NOOP("KzInnovation", "High-Low"), "#f4ada8"),
    (5, QT_TRANSLATE_NOOP("KzInnovation", "Undefined"), "#464646"),
    (6, QT_TRANSLATE_NOOP("KzInnovation", "Isolated"), "#999999"),
)
#: ArcGIS Pro's hot spot colours, by Gi_Bin
GI_CATEGORIES = (
    (-3, QT_TRANSLATE_NOOP("KzInnovation", "Cold spot, 99 % confidence"), "#4575b5"),
    (-2, QT_TRANSLATE_NOOP("KzInnovation", "Cold spot, 95 % confidence"), "#849eba"),
    (-1, QT_TRANSLATE_NOOP("KzInnovation", "Cold spot, 90 % confidence"), "#c0ccbe"),
    (0, QT_TRANSLATE_NOOP("KzInnovation", "Not significant"), "#ffffbf"),
    (1, QT_TRANSLATE_NOOP("KzInnovation", "Hot spot, 90 % confidence"), "#fab984"),
    (2, QT_TRANSLATE_NOOP("KzInnovation", "Hot spot, 95 % confidence"), "#ed7551"),
    (3, QT_TRANSLATE_NOOP("KzInnovation", "Hot spot, 99 % confidence"), "#d62f27"),
)
#: ArcGIS Pro's colours of the emerging hot spot patterns, by CATEGORY code
#: (``core.dynamics.emerging.PATTERNS``): hot spots 1..8, cold spots -1..-8, 0 no pattern.
#: ArcGIS Pro draws sporadic and oscillating patterns with dots (:data:`EMERGING_DOTS`)
EMERGING_CATEGORIES = (
    (1, QT_TRANSLATE_NOOP("KzInnovation", "New Hot Spot"), "#cb0800"),
    (2, QT_TRANSLATE_NOOP("KzInnovation", "Consecutive Hot Spot"), "#bd6d5e"),
    (3, QT_TRANSLATE_NOOP("KzInnovation", "Intensifying Hot Spot"), "#e01709"),
    (4, QT_TRANSLATE_NOOP("KzInnovation", "Persistent Hot Spot"), "#851400"),
    (5, QT_TRANSLATE_NOOP("KzInnovation", "Diminishing Hot Spot"), "#fac99d"),
    (6, QT_TRANSLATE_NOOP("KzInnovation", "Sporadic Hot Spot"), "#ffffff"),
    (7, QT_TRANSLATE_NOOP("KzInnovation", "Oscillating Hot Spot"), "#eda882"),
    (8, QT_TRANSLATE_NOOP("KzInnovation", "Historical Hot Spot"), "#debca4"),
    (-1, QT_TRANSLATE_NOOP("KzInnovation", "New Cold Spot"), "#174c9c"),
    (-2, QT_TRANSLATE_NOOP("KzInnovation", "Consecutive Cold Spot"), "#6883ba"),
    (-3, QT_TRANSLATE_NOOP("KzInnovation", "Intensifying Cold Spot"), "#4571ad"),
    (-4, QT_TRANSLATE_NOOP("KzInnovation", "Persistent Cold Spot"), "#1b3659"),
    (-5, QT_TRANSLATE_NOOP("KzInnovation", "Diminishing Cold Spot"), "#d4e4ea"),
    (-6, QT_TRANSLATE_NOOP("KzInnovation", "Sporadic Cold Spot"), "#ffffff"),
    (-7, QT_TRANSLATE_NOOP("KzInnovation", "Oscillating Cold Spot"), "#3468a8"),
    (-8, QT_TRANSLATE_NOOP("KzInnovation", "Historical Cold Spot"), "#bcc6cc"),
    (0, QT_TRANSLATE_NOOP("KzInnovation", "No Pattern Detected"), "#f5f5f5"),
)
#: CATEGORY -> colour of the dots drawn over its fill (an oscillating region's fill is the
#: side it is on in the final year, its dots the other side)
EMERGING_DOTS = {6: "#f5d2b5", 7: "#3468a8", -6: "#9eb6cf", -7: "#eda882"}
#: a core's effect on each region (``core.jobs.spillover.EFFECT_CLASSES``), by sign and by
#: whether the simulated interval excludes zero (ColorBrewer RdBu, the core in purple): an
#: effect's size is in units of the outcome per unit of the input, so no fixed classes of
#: size would suit every model
EFFECT_CATEGORIES = (
    (3, QT_TRANSLATE_NOOP("KzInnovation", "The core itself"), "#542788"),
    (2, QT_TRANSLATE_NOOP("KzInnovation", "Rise, interval above zero"), "#b2182b"),
    (1, QT_TRANSLATE_NOOP("KzInnovation", "Rise, interval includes zero"), "#f4a582"),
    (0, QT_TRANSLATE_NOOP("KzInnovation", "No effect"), "#f7f7f7"),
    (-1, QT_TRANSLATE_NOOP("KzInnovation", "Fall, interval includes zero"), "#92c5de"),
    (-2, QT_TRANSLATE_NOOP("KzInnovation", "Fall, interval below zero"), "#2166ac"),
)
#: spacing and size (mm) of the dots of a dotted category
DOT_SPACING_MM, DOT_SIZE_MM = 1.6, 0.7
#: innovation levels, light to dark (ColorBrewer Oranges)
LEVEL_CATEGORIES = (
    ("low", QT_TRANSLATE_NOOP("KzInnovation", "Low"), "#fee8c8"),
    ("medium", QT_TRANSLATE_NOOP("KzInnovation", "Medium"), "#fdbb84"),
    ("high", QT_TRANSLATE_NOOP("KzInnovation", "High"), "#e34a33"),
)
#: core type (``core.zones.cores.CORE_TYPES``) -> legend label
CORE_TYPE_LABELS = {
    "agglomeration": QT_TRANSLATE_NOOP("KzInnovation", "Agglomeration"),
    "isolated core": QT_TRANSLATE_NOOP("KzInnovation", "Isolated core"),
    "core in a low-index area": QT_TRANSLATE_NOOP("KzInnovation", "Core in a low-index area"),
    "hot spot core": QT_TRANSLATE_NOOP("KzInnovation", "Hot spot core"),
    "core": QT_TRANSLATE_NOOP("KzInnovation", "Core"),
}
#: Okabe-Ito, the colour-blind-safe qualitative palette
OKABE_ITO = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7",
             "#000000")
#: zones are hatched over the index map, denser and darker nearer the core (ColorBrewer Blues)
ZONE_CATEGORIES = tuple(
    (order, QT_TRANSLATE_NOOP("KzInnovation", "Zone {n}"), colour)
    for order, colour in enumerate(("#08306b", "#08519c", "#2171b5", "#4292c6", "#6baed6"), 1)
)
MACRO_LABEL = QT_TRANSLATE_NOOP("KzInnovation", "Macro-region {n}")
#: 24 distinguishable colours for activities, by their number in the table (ColorBrewer
#: Paired, then Set3): OKED has 21 sections; each output relabels them with the activities'
#: names (``legend_field``)
ACTIVITY_COLOURS = ("#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928",
                    "#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99",
                    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f")
ACTIVITY_LABEL = QT_TRANSLATE_NOOP("KzInnovation", "Activity {n}")
#: the activities the dominant-specialisation style colours (the colours repeat after 24)
MAX_ACTIVITIES = 60

#: style name -> definition: ``field`` classified (None: one symbol of colour ``fill`` and
#: ``opacity``), ``categories``, ``outline`` (colour, width in mm), ``label`` (expression or
#: field; none when absent), ``marker`` (size in mm of a dot at a point inside each polygon,
#: so that a small region shows at any scale), ``hatch`` (spacing in mm of the first
#: category's lines), ``dots`` (category value -> colour of dots drawn over its fill)
STYLES: dict[str, dict] = {
    "index": {"field": "innov_lvl", "categories": LEVEL_CATEGORIES, "outline": ("#7f7f7f", 0.2),
              "label": PLACE_NAME},
    "lisa": {"field": "LISA_CL", "categories": LISA_CATEGORIES},
    "hotspots": {"field": "Gi_Bin", "categories": GI_CATEGORIES},
    # 17 patterns: the legend lists those the layer has (LISA and Gi* keep all theirs, as
    # GeoDa shows every class)
    "emerging": {"field": "CATEGORY", "categories": EMERGING_CATEGORIES,
                 "dots": EMERGING_DOTS, "outline": ("#b2b2b2", 0.2), "present_only": True},
    # one polygon per core, input and region: loaded as one legend group per core and
    # input (the first one shown), so that the map is one core's effects, not all stacked
    "spillover": {"field": "effect_class", "categories": EFFECT_CATEGORIES,
                  "outline": ("#7f7f7f", 0.2),
                  "groups": ("core", "core_name", "regressor")},
    # no label: the regions under the cores carry their names (one label per place)
    "cores": {"field": "core_type", "categories": "core_types", "outline": ("#000000", 0.6),
              "marker": 3.2},
    "zones": {"field": "zone_order", "categories": ZONE_CATEGORIES, "hatch": 1.4},
    # no label: each member is a core, which its region's label names
    "clusters": {"field": None, "fill": "#d55e00", "opacity": 0.25,
                 "outline": ("#7f2704", 1.0)},
    "macroregions": {"field": "macro_id", "categories": "macro_ids", "label": PLACE_NAME},
    "macroregions_dissolved": {"field": "macro_id", "categories": "macro_ids",
                               "outline": ("#000000", 0.6), "label": "macro_id"},
    # the dominant specialisation: coloured by the activity's number in the table, the legend
    # relabelled with the activities' names (core.styles.relabelled_qml, apply_style)
    "specialisation": {"field": "sp_dom_no", "categories": "activity_numbers",
                       "outline": ("#7f7f7f", 0.2), "label": PLACE_NAME,
                       "legend_field": "sp_dom"},
}
#: labels of polygons stand this far from the centroid (half a core's dot and a gap)
LABEL_DISTANCE_MM = 2.0
#: a run's loaded layers, top of the layer tree first, by style: what is small or drawn as
#: outlines over what fills the map
STACKING = ("cores", "clusters", "macroregions_dissolved", "zones", "hotspots", "emerging",
            "lisa", "spillover", "macroregions", "specialisation", "index")


def tr(text: str) -> str:
    """``text`` in the interface language (context ``KzInnovation``, as the algorithms)."""
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


def _categories(spec) -> tuple:
    """(value, English label, colour) of each category of a style's ``categories``."""
    if spec == "core_types":
        from ..core.zones.cores import CORE_TYPES

        return tuple((name, CORE_TYPE_LABELS.get(name, name.capitalize()),
                      OKABE_ITO[(5, 0, 6, 4, 3)[i % 5]]) for i, name in enumerate(CORE_TYPES))
    if spec == "macro_ids":
        return tuple((i + 1, MACRO_LABEL, colour) for i, colour in enumerate(OKABE_ITO))
    if spec == "activity_numbers":
        return tuple((number, ACTIVITY_LABEL, ACTIVITY_COLOURS[(number - 1) % len(
            ACTIVITY_COLOURS)]) for number in range(1, MAX_ACTIVITIES + 1))
    return spec


def _label(text: str, value, translate=None) -> str:
    return (translate or (lambda same: same))(text).replace("{n}", str(value))


def _dots(colour: str):
    """A fill of small dots of ``colour`` (no outline), over a category's own fill."""
    from qgis.core import QgsMarkerSymbol, QgsPointPatternFillSymbolLayer

    dots = QgsPointPatternFillSymbolLayer()
    dots.setDistanceX(DOT_SPACING_MM)
    dots.setDistanceY(DOT_SPACING_MM)
    dots.setDisplacementX(DOT_SPACING_MM / 2)
    dots.setSubSymbol(QgsMarkerSymbol.createSimple({
        "name": "circle", "color": colour, "size": str(DOT_SIZE_MM), "size_unit": "MM",
        "outline_style": "no"}))
    return dots


def _symbol(layer, colour: str, outline: tuple[str, float] | None, spec: dict,
            position: int = 0, dots: str | None = None):
    from qgis.core import (
        QgsCentroidFillSymbolLayer,
        QgsLinePatternFillSymbolLayer,
        QgsMarkerSymbol,
        QgsSimpleFillSymbolLayer,
        QgsSymbol,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    if spec.get("hatch"):
        symbol.deleteSymbolLayer(0)
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45.0)
        hatch.setDistance(spec["hatch"] * (1 + 0.6 * position))
        hatch.setLineWidth(0.35)
        symbol.appendSymbolLayer(hatch)
        edge = QgsSimpleFillSymbolLayer(QColor(colour), Qt.BrushStyle.NoBrush, QColor(colour),
                                        Qt.PenStyle.SolidLine, 0.5)
        symbol.appendSymbolLayer(edge)
    fill = QColor(colour)
    fill.setAlphaF(spec.get("opacity", 1.0))
    symbol.setColor(fill)
    layer_symbol = symbol.symbolLayer(0)
    if outline is not None and hasattr(layer_symbol, "setStrokeColor"):
        layer_symbol.setStrokeColor(QColor(outline[0]))
        layer_symbol.setStrokeWidth(outline[1])
    if dots:
        symbol.appendSymbolLayer(_dots(dots))
    if spec.get("marker"):
        dot = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": colour, "size": str(spec["marker"]),
            "size_unit": "MM", "outline_color": "#000000", "outline_width": "0.4",
            "outline_width_unit": "MM",
        })
        centroid = QgsCentroidFillSymbolLayer()
        centroid.setPointOnSurface(True)  # inside the polygon, even a crescent
        centroid.setPointOnAllParts(False)  # one dot per region, not per island
        centroid.setSubSymbol(dot)
        symbol.appendSymbolLayer(centroid)
        symbol.setColor(QColor(colour))
    return symbol


def renderer_for(layer, name: str):
    """The renderer of style ``name`` for ``layer``."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsRendererCategory,
        QgsSingleSymbolRenderer,
    )

    spec = STYLES[name]
    outline = spec.get("outline")
    if spec["field"] is None:
        return QgsSingleSymbolRenderer(_symbol(layer, spec["fill"], outline, spec))
    dots = spec.get("dots", {})
    categories = [QgsRendererCategory(value, _symbol(layer, colour, outline, spec, position,
                                                     dots.get(value)), _label(label, value))
                  for position, (value, label, colour)
                  in enumerate(_categories(spec["categories"]))]
    return QgsCategorizedSymbolRenderer(spec["field"], categories)


def labeling(text: str):
    """Labels of ``text`` (a field or an expression) around each feature's centroid."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    settings = QgsPalLayerSettings()
    settings.fieldName = text
    settings.isExpression = not text.isidentifier()
    # around the centroid, clear of the dot a small core gets there
    settings.placement = QgsPalLayerSettings.AroundPoint
    settings.dist = LABEL_DISTANCE_MM
    text_format = QgsTextFormat()
    text_format.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor("#ffffff"))
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    return QgsVectorLayerSimpleLabeling(settings)


def style_qml(name: str) -> str:
    """The QML (symbology and labels) of style ``name``, made by QGIS on a polygon layer."""
    from qgis.core import QgsMapLayer, QgsReadWriteContext, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    spec = STYLES[name]
    label = spec.get("label")
    fields = "".join(f"&field={field}:string" for field in
                     filter(None, (spec["field"], label if label and label.isidentifier()
                                   else None)))
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:4326{fields}", name, "memory")
    layer.setRenderer(renderer_for(layer, name))
    if label:
        layer.setLabeling(labeling(label))
        layer.setLabelsEnabled(True)
    document = QDomDocument()
    categories = QgsMapLayer.StyleCategories(QgsMapLayer.Symbology | QgsMapLayer.Labeling)
    layer.exportNamedStyle(document, QgsReadWriteContext(), categories)
    return document.toString(1)


def _fitted(symbol, layer):
    """``symbol`` if it draws ``layer``'s geometry type, else a default one of its colour."""
    from qgis.core import QgsSymbol, QgsWkbTypes

    kinds = {QgsWkbTypes.PointGeometry: QgsSymbol.Marker,
             QgsWkbTypes.LineGeometry: QgsSymbol.Line,
             QgsWkbTypes.PolygonGeometry: QgsSymbol.Fill}
    wanted = kinds.get(layer.geometryType())
    if symbol is None or wanted is None or symbol.type() == wanted:
        return symbol
    fitted = QgsSymbol.defaultSymbol(layer.geometryType())
    fitted.setColor(symbol.color())
    return fitted


def apply_style(layer, name: str) -> None:
    """Give ``layer`` the stored style ``name``, its legend in the interface language and
    symbols of its geometry type (the styles are made for polygons; LISA and hot spots also
    take points)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsSingleSymbolRenderer
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    document.setContent((STYLE_DIR / f"{name}.qml").read_text(encoding="utf-8"))
    # made on polygons; QGIS refuses a style of another geometry type, yet a point layer can
    # take its classes, colours and labels (its symbols are replaced below)
    kinds = document.elementsByTagName("layerGeometryType")
    for number in range(kinds.count()):
        kinds.at(number).firstChild().setNodeValue(str(int(layer.geometryType())))
    ok, message = layer.importNamedStyle(document)
    if not ok:
        from qgis.core import QgsMessageLog

        from .base import LOG_TAG

        QgsMessageLog.logMessage(
            f"The style {name}.qml could not be applied to the layer {layer.name()} "
            f"({message}); reinstall the plugin if the file is missing or damaged.", LOG_TAG)
        return
    if layer.renderer() is None:
        return
    renderer = layer.renderer().clone()
    spec = STYLES[name]
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        labels = {str(value): _label(label, value, tr)
                  for value, label, _ in _categories(spec["categories"])}
        for position, category in enumerate(renderer.categories()):
            text = labels.get(str(category.value()))
            if text is not None:
                renderer.updateCategoryLabel(position, text)
            renderer.updateCategorySymbol(position, _fitted(category.symbol().clone(), layer))
    elif isinstance(renderer, QgsSingleSymbolRenderer):
        renderer.setSymbol(_fitted(renderer.symbol().clone(), layer))
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        renderer = _fitted_to_data(layer, renderer, spec)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def _fitted_to_data(layer, renderer, spec: dict):
    """A categorised renderer fitted to what the layer holds: legend names read from a field,
    or only the categories present; one legend group per core where the style asks."""
    if spec.get("legend_field"):
        _legend_from_data(layer, renderer, spec["field"], spec["legend_field"])
    elif spec.get("present_only"):
        _drop_absent(layer, renderer, spec["field"])
    if spec.get("groups"):
        return _one_group_shown(layer, renderer, *spec["groups"]) or renderer
    return renderer


def _group_names(layer, key: str, name: str) -> dict[str, str]:
    """``{value of key: its name}`` for the distinct values of ``key`` (one feature read
    per value)."""
    from qgis.core import QgsExpression, QgsFeatureRequest

    fields = layer.fields()
    names = {}
    for value in sorted(layer.uniqueValues(fields.indexOf(key)), key=str):
        request = QgsFeatureRequest().setFilterExpression(
            f"{QgsExpression.quotedColumnRef(key)} = {QgsExpression.quotedValue(value)}")
        request.setFlags(QgsFeatureRequest.NoGeometry).setLimit(1)
        feature = next(layer.getFeatures(request), None)
        label = feature[name] if feature is not None else None
        names[value] = str(label) if label not in (None, "") else str(value)
    return names


def _one_group_shown(layer, renderer, key: str, name: str, second: str):
    """A rule-based renderer with one legend group per value of ``key`` (and of ``second``
    when it has several), each holding the categories of ``renderer``, only the first group
    drawn; None when the layer has one group (the categories then say it all)."""
    from qgis.core import QgsExpression, QgsRuleBasedRenderer

    fields = layer.fields()
    if fields.indexOf(key) < 0 or fields.indexOf(name) < 0:
        return None
    groups = [([(key, value)], label) for value, label in _group_names(layer, key, name).items()]
    if fields.indexOf(second) >= 0:
        seconds = sorted(layer.uniqueValues(fields.indexOf(second)), key=str)
        if len(seconds) > 1:
            groups = [(where + [(second, value)], f"{label}: {value}")
                      for where, label in groups for value in seconds]
    if len(groups) < 2:
        return None
    converted = QgsRuleBasedRenderer.convertFromRenderer(renderer)  # owns the rules below
    categories = converted.rootRule().children()
    root = QgsRuleBasedRenderer.Rule(None)
    for number, (where, label) in enumerate(groups):
        expression = " AND ".join(
            f"{QgsExpression.quotedColumnRef(field)} = {QgsExpression.quotedValue(value)}"
            for field, value in where)
        group = QgsRuleBasedRenderer.Rule(None, filterExp=expression, label=label)
        for category in categories:
            group.appendChild(category.clone())
        group.setActive(number == 0)
        root.appendChild(group)
    return QgsRuleBasedRenderer(root)


def _drop_absent(layer, renderer, field: str) -> None:
    """Drop the categories whose value no feature of ``layer`` has (the provider lists the
    field's distinct values, without reading the features)."""
    number = layer.fields().indexOf(field)
    if number < 0:
        return
    _relabel(renderer, {str(value): None for value in layer.uniqueValues(number)})


def _relabel(renderer, labels: dict[str, str | None]) -> None:
    """Keep the categories whose value ``labels`` has, labelled by it (None: as they are)."""
    for position in reversed(range(len(renderer.categories()))):
        value = str(renderer.categories()[position].value())
        if value not in labels:
            renderer.deleteCategory(position)
        elif labels[value] is not None:
            renderer.updateCategoryLabel(position, labels[value])


def _legend_from_data(layer, renderer, field: str, legend_field: str) -> None:
    """Label each category with the name the layer's features give its value; drop the
    categories no feature has (as :func:`...core.styles.relabelled_qml` does in files)."""
    from qgis.core import QgsFeatureRequest

    fields = layer.fields()
    if fields.indexOf(field) < 0 or fields.indexOf(legend_field) < 0:
        return
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([field, legend_field], fields)
    names = {}
    for feature in layer.getFeatures(request):
        value = feature[field]
        if value is not None and str(value) not in names:
            names[str(value)] = str(feature[legend_field])
    _relabel(renderer, names)


def stack(project, ranks: dict[str, int]) -> None:
    """Order the layer tree nodes of the layers ``{layer id: rank}`` by rank, top first.

    Only the places these layers already take in the tree are reused (in each group they are
    in), so other layers and groups keep theirs.  A node moves as QGIS's own drag and drop
    moves it: a clone goes in first, then the old node goes, so the layer never leaves the
    project.
    """
    from qgis.core import QgsLayerTreeLayer

    root = project.layerTreeRoot()
    parents = []
    for layer_id in ranks:
        node = root.findLayer(layer_id)
        if node is not None and not any(node.parent() is parent for parent in parents):
            parents.append(node.parent())
    for parent in parents:
        ours = [(position, child.layerId()) for position, child in enumerate(parent.children())
                if isinstance(child, QgsLayerTreeLayer) and child.layerId() in ranks]
        wanted = sorted((layer_id for _, layer_id in ours), key=lambda i: ranks[i])
        for (slot, _), layer_id in zip(ours, wanted):
            children = parent.children()
            if isinstance(children[slot], QgsLayerTreeLayer) and \
                    children[slot].layerId() == layer_id:
                continue
            # the layer's node is below the slot: the slots above are already in order
            old = next(child for child in children[slot + 1:]
                       if isinstance(child, QgsLayerTreeLayer) and child.layerId() == layer_id)
            parent.insertChildNode(slot, old.clone())
            parent.removeChildNode(old)


class LoadedTogether:
    """The layers one run loads: each gets its style, and they are kept in map order."""

    def __init__(self, project=None) -> None:
        self.project = project
        self.ranks: dict[str, int] = {}

    def loaded(self, layer, style: str) -> None:
        apply_style(layer, style)
        project = layer.project() or self.project
        if project is None:
            return
        self.ranks[layer.id()] = STACKING.index(style) if style in STACKING else len(STACKING)
        stack(project, self.ranks)


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles an output when QGIS loads it (a QML of ``styles/``) and stacks it with the
    run's other outputs."""

    def __init__(self, name: str, together: LoadedTogether | None = None) -> None:
        super().__init__()
        self.name = name
        self.together = together or LoadedTogether()

    def postProcessLayer(self, layer, context, feedback):
        if layer is None or not layer.isValid():
            return
        self.together.loaded(layer, self.name)


#: post-processors waiting for their layer: QGIS holds only a pointer to each, and the
#: algorithm instance that made it is deleted before QGIS loads the outputs
_PENDING: list[StyleOnLoad] = []


def _post_processor(name: str, together: LoadedTogether) -> StyleOnLoad:
    processor = StyleOnLoad(name, together)
    _PENDING.append(processor)  # a few hundred bytes each; freeing one early would crash QGIS
    return processor


def styles_on_load(context, styles: dict[str, str | None]) -> None:
    """Style each output ``{destination: style name}`` when QGIS loads it, and stack them.

    Destinations without a style, or that QGIS will not load, are left alone.
    """
    together = LoadedTogether(context.project())
    for destination, name in styles.items():
        if name and destination and context.willLoadLayerOnCompletion(destination):
            details = context.layerToLoadOnCompletionDetails(destination)
            details.setPostProcessor(_post_processor(name, together))


def load_on_completion(context, layers: dict[str, tuple[str, str]]) -> None:
    """Have QGIS load ``{layer source: (style name, layer name)}`` when the run ends, styled,
    stacked, and named as given (not after the file: a GeoPackage's layers share it)."""
    from qgis.core import QgsProcessingContext

    together = LoadedTogether(context.project())
    for source, (style, name) in layers.items():
        details = QgsProcessingContext.LayerDetails(name, context.project(), name)
        details.forceName = True
        details.setPostProcessor(_post_processor(style, together))
        context.addLayerToLoadOnCompletion(source, details)
