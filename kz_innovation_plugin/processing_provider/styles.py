"""Styles of the outputs, applied when QGIS loads them.

A :class:`CategoryStyle` post-processor (QgsProcessingLayerPostProcessorInterface) gives a
loaded output a categorised renderer.  The colours are those GIS analysts know: GeoDa's LISA
cluster map, ArcGIS Pro's hot spot bins, and a light-to-dark ramp for index levels.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

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
#: innovation levels, light to dark
LEVEL_CATEGORIES = (
    ("low", "Low", "#fee8c8"),
    ("medium", "Medium", "#fdbb84"),
    ("high", "High", "#e34a33"),
)


def categorized_renderer(layer, field: str, categories) -> QgsCategorizedSymbolRenderer:
    """A categorised renderer on ``field`` with one (value, label, colour) per category."""
    renderer_categories = []
    for value, label, colour in categories:
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colour))
        renderer_categories.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer(field, renderer_categories)


class CategoryStyle(QgsProcessingLayerPostProcessorInterface):
    """Gives a loaded output layer a categorised renderer."""

    def __init__(self, field: str, categories) -> None:
        super().__init__()
        self.field = field
        self.categories = categories

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        layer.setRenderer(categorized_renderer(layer, self.field, self.categories))
        layer.triggerRepaint()


#: post-processors waiting for their layer: QGIS holds only a pointer to each, and the
#: algorithm instance that made it is deleted before QGIS loads the outputs
_PENDING: list[CategoryStyle] = []


def style_on_load(context, destination: str, field: str, categories) -> None:
    """Attach a :class:`CategoryStyle` to ``destination`` when QGIS will load it."""
    if not context.willLoadLayerOnCompletion(destination):
        return
    processor = CategoryStyle(field, categories)
    _PENDING.append(processor)  # a few hundred bytes each; freeing one early would crash QGIS
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
