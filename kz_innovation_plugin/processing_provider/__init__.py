"""Thin QGIS Processing layer over the pure core."""
