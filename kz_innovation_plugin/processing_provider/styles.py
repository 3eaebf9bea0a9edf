"""Styles of the outputs: defined here, saved as QML by ``scripts/build_styles.py``.

The QML files in ``styles/`` are applied to outputs QGIS loads (a layer post-processor) and
stored in written GeoPackages as each layer's default style (``core/styles.py``), so a file
opened later shows them too.  The colours are those analysts know (GeoDa's LISA map, ArcGIS
Pro's hot spot bins) or colour-blind-safe ones (Okabe-Ito for categories, ColorBrewer ramps).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingLayerPostProcessorInterface

STYLE_DIR = Path(__file__).resolve().parent.parent / "styles"

#: GeoDa's LISA cluster colours, by LISA_CL code
LISA_CATEGORIES = (
    (0, "Not significant", "#eeeeee"),
    (1, "High-High", "#ff0000"),
    (2, "Low-Low", "#0000ff"),
    (3, "Low-High", "#a7adf9"),
    (4, "High-Low", "#f4ada8"),
    (5, "Undefined", "#464646"),
    (6, "Isolated", "#999999"),
)
#: ArcGIS Pro's hot spot colours, by Gi_Bin
GI_CATEGORIES = (
    (-3, "Cold spot, 99 % confidence", "#4575b5"),
    (-2, "Cold spot, 95 % confidence", "#849eba"),
    (-1, "Cold spot, 90 % confidence", "#c0ccbe"),
    (0, "Not significant", "#ffffbf"),
    (1, "Hot spot, 90 % confidence", "#fab984"),
    (2, "Hot spot, 95 % confidence", "#ed7551"),
    (3, "Hot spot, 99 % confidence", "#d62f27"),
)
#: innovation levels, light to dark (ColorBrewer Oranges)
LEVEL_CATEGORIES = (
    ("low", "Low", "#fee8c8"),
    ("medium", "Medium", "#fdbb84"),
    ("high", "High", "#e34a33"),
)
#: Okabe-Ito, the colour-blind-safe qualitative palette
OKABE_ITO = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7",
             "#000000")
#: zones fade with their order (ColorBrewer Blues, darkest first)
ZONE_CATEGORIES = tuple(
    (order, f"Zone {order}", colour)
    for order, colour in enumerate(("#2171b5", "#6baed6", "#9ecae1", "#c6dbef", "#eff3ff"), 1)
)

#: style name -> (field, categories or None, options)
STYLES: dict[str, dict] = {
    "index": {"field": "innov_lvl", "categories": LEVEL_CATEGORIES, "label": "name_en"},
    "lisa": {"field": "LISA_CL", "categories": LISA_CATEGORIES},
    "hotspots": {"field": "Gi_Bin", "categories": GI_CATEGORIES},
    "cores": {"field": "core_type", "categories": "core_types", "outline": ("#000000", 0.8),
              "label": "name_en"},
    "zones": {"field": "zone_order", "categories": ZONE_CATEGORIES, "outline": ("#ffffff", 0.2)},
    "clusters": {"field": None, "fill": "#d55e0066", "outline": ("#7f2704", 1.2),
                 "label": "members"},
    "macroregions": {"field": "macro_id", "categories": "macro_ids", "label": "name_en"},
    "macroregions_dissolved": {"field": "macro_id", "categories": "macro_ids",
                               "outline": ("#000000", 0.6), "label": "macro_id"},
}


def _categories(spec) -> tuple:
    if spec == "core_types":
        from ..core.zones.cores import CORE_TYPES

        return tuple((name, name.capitalize(), OKABE_ITO[(5, 0, 6, 4, 3)[i % 5]])
                     for i, name in enumerate(CORE_TYPES))
    if spec == "macro_ids":
        return tuple((i + 1, f"Macro-region {i + 1}", colour)
                     for i, colour in enumerate(OKABE_ITO))
    return spec


def _symbol(layer, colour: str, outline: tuple[str, float] | None):
    from qgis.core import QgsSymbol
    from qgis.PyQt.QtGui import QColor

    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(colour))
    layer_symbol = symbol.symbolLayer(0)
    if outline is not None and hasattr(layer_symbol, "setStrokeColor"):
        layer_symbol.setStrokeColor(QColor(outline[0]))
        layer_symbol.setStrokeWidth(outline[1])
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
        return QgsSingleSymbolRenderer(_symbol(layer, spec["fill"], outline))
    categories = [QgsRendererCategory(value, _symbol(layer, colour, outline), label)
                  for value, label, colour in _categories(spec["categories"])]
    return QgsCategorizedSymbolRenderer(spec["field"], categories)


def _labeling(field: str):
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def style_qml(name: str) -> str:
    """The QML (symbology and labels) of style ``name``, made by QGIS on a polygon layer."""
    from qgis.core import QgsMapLayer, QgsReadWriteContext, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    spec = STYLES[name]
    fields = "".join(f"&field={field}:string" for field in
                     filter(None, (spec["field"], spec.get("label"))))
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:4326{fields}", name, "memory")
    layer.setRenderer(renderer_for(layer, name))
    if spec.get("label"):
        layer.setLabeling(_labeling(spec["label"]))
        layer.setLabelsEnabled(True)
    document = QDomDocument()
    categories = QgsMapLayer.StyleCategories(QgsMapLayer.Symbology | QgsMapLayer.Labeling)
    layer.exportNamedStyle(document, QgsReadWriteContext(), categories)
    return document.toString(1)


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style of ``styles/`` to an output when QGIS loads it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        layer.loadNamedStyle(str(STYLE_DIR / f"{self.name}.qml"))
        layer.triggerRepaint()


#: post-processors waiting for their layer: QGIS holds only a pointer to each, and the
#: algorithm instance that made it is deleted before QGIS loads the outputs
_PENDING: list[StyleOnLoad] = []


def style_on_load(context, destination: str, name: str) -> None:
    """Apply style ``name`` to ``destination`` when QGIS loads it."""
    if not context.willLoadLayerOnCompletion(destination):
        return
    processor = StyleOnLoad(name)
    _PENDING.append(processor)  # a few hundred bytes each; freeing one early would crash QGIS
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
