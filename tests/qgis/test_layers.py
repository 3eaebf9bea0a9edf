"""Frames to QGIS features and back: every column type, missing values kept missing."""

from __future__ import annotations

import datetime

import pytest

pytestmark = pytest.mark.qgis


def test_column_cells_convert_each_type_and_keep_missing_values(qgis_app):
    import numpy as np
    import pandas as pd

    from kz_innovation_plugin.processing_provider.layers import column_cells

    frame = pd.DataFrame({
        "real": [1.5, np.nan, 3.0],
        "whole": np.array([1, 2, 3], dtype=np.int64),
        "nullable": pd.array([1, None, 3], dtype="Int64"),
        "flag": [True, False, True],
        "text": ["a", None, "c"],
        "mixed": [np.float64(2.5), pd.NA, np.int64(4)],
        "when": pd.to_datetime(["2019-01-02", None, "2020-03-04"]),
    })
    cells = {column: column_cells(frame[column]) for column in frame.columns}
    assert cells["real"] == [1.5, None, 3.0]
    assert cells["whole"] == [1, 2, 3] and type(cells["whole"][0]) is int
    assert cells["nullable"] == [1, None, 3] and type(cells["nullable"][0]) is int
    assert cells["flag"] == [True, False, True] and type(cells["flag"][0]) is bool
    assert cells["text"] == ["a", None, "c"]
    assert cells["mixed"] == [2.5, None, 4] and type(cells["mixed"][0]) is float
    assert cells["when"] == [datetime.datetime(2019, 1, 2), None, datetime.datetime(2020, 3, 4)]


def test_memory_layer_round_trip(qgis_app):
    """A memory layer with NULLs and dates read into a frame: NULL -> None, QDate -> date."""
    from qgis.core import NULL, QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    from kz_innovation_plugin.processing_provider.layers import source_to_frame

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:32642&field=name:string&field=score:double&field=day:date",
        "regions", "memory",
    )
    features = []
    for number, (name, score, day) in enumerate(
        [("a", 1.5, QDate(2019, 1, 2)), ("b", NULL, NULL), (NULL, 3.0, QDate(2020, 3, 4))]
    ):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, score, day])
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({number} 0, {number + 1} 0, {number + 1} 1, {number} 1, {number} 0))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    frame = source_to_frame(layer)
    assert list(frame.columns[:3]) == ["name", "score", "day"]
    assert frame["name"].iloc[:2].tolist() == ["a", "b"] and frame["name"].isna().iloc[2]
    assert frame["score"].iloc[0] == 1.5 and frame["score"].isna().iloc[1]
    assert frame["day"].tolist() == [datetime.date(2019, 1, 2), None, datetime.date(2020, 3, 4)]
    assert frame.geometry.area.tolist() == [1.0, 1.0, 1.0]
