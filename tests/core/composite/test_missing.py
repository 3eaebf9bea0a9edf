"""Missing values: left out regions, median / mean / national imputation, the report."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.composite.missing import IMPUTATIONS, impute
from kz_innovation_plugin.core.errors import ParameterError, TableFormatError

NAN = np.nan


@pytest.fixture
def values() -> pd.DataFrame:
    # r2 misses a, r3 misses b, r5 misses everything (share 1.0 > 0.5: always left out)
    return pd.DataFrame(
        {
            "a": [1.0, NAN, 2.0, 6.0, NAN, 4.0],
            "b": [10.0, 20.0, NAN, 60.0, NAN, 30.0],
            "c": [1.0, 2.0, 3.0, 4.0, NAN, 5.0],
        },
        index=["r1", "r2", "r3", "r4", "r5", "r6"],
    )


def test_none_leaves_out_every_region_with_a_gap(values):
    before = values.copy()
    result = impute(values, "none")
    assert list(result.values.index) == ["r1", "r4", "r6"]
    assert result.dropped == ["r2", "r3", "r5"]
    assert not result.imputed.to_numpy().any()
    assert result.imputed.shape == (3, 3)
    assert 'Region "r2" left out (no imputation): no value for a.' in result.notes
    assert 'Region "r3" left out (no imputation): no value for b.' in result.notes
    assert any('"r5" (100% missing)' in note for note in result.notes)
    assert set(result.report["action"]) == {"region left out"}
    assert len(result.report) == 5  # r2:a, r3:b, r5:a,b,c
    pd.testing.assert_frame_equal(values, before)


def test_median_by_hand(values):
    result = impute(values, "median")
    # kept regions r1, r2, r3, r4, r6: median a of (1, 2, 6, 4) = 3; b of (10, 20, 60, 30) = 25
    assert result.values.at["r2", "a"] == 3.0
    assert result.values.at["r3", "b"] == 25.0
    assert result.dropped == ["r5"]
    assert list(result.values.index) == ["r1", "r2", "r3", "r4", "r6"]
    expected = pd.DataFrame(False, index=result.values.index, columns=values.columns)
    expected.loc["r2", "a"] = True
    expected.loc["r3", "b"] = True
    pd.testing.assert_frame_equal(result.imputed, expected)
    assert not result.values.isna().to_numpy().any()


def test_mean_by_hand(values):
    result = impute(values, "mean")
    assert result.values.at["r2", "a"] == pytest.approx(13 / 4)
    assert result.values.at["r3", "b"] == pytest.approx(30.0)
    # observed values are untouched
    assert result.values.at["r4", "b"] == 60.0


def test_report_rows(values):
    report = impute(values, "median").report
    assert list(report.columns) == ["region", "indicator", "action"]
    rows = list(report.itertuples(index=False, name=None))
    assert rows == [
        ("r2", "a", "imputed median 3"),
        ("r3", "b", "imputed median 25"),
        ("r5", "a", "region left out"),
        ("r5", "b", "region left out"),
        ("r5", "c", "region left out"),
    ]


def test_report_is_empty_without_gaps():
    complete = pd.DataFrame({"a": [1.0, 2.0, 3.0]}, index=["x", "y", "z"])
    result = impute(complete, "median")
    assert result.report.empty
    assert list(result.report.columns) == ["region", "indicator", "action"]
    assert result.dropped == []


def test_national(values):
    national = pd.Series({"a": 7.0, "b": 8.0, "c": 9.0})
    result = impute(values, "national", national=national)
    assert result.values.at["r2", "a"] == 7.0
    assert result.values.at["r3", "b"] == 8.0
    assert ("r2", "a", "imputed national 7") in set(
        result.report.itertuples(index=False, name=None)
    )


def test_national_needs_a_national_row(values):
    with pytest.raises(ParameterError) as err:
        impute(values, "national")
    assert str(err.value) == "The table has no national row: choose median or mean imputation."


def test_national_needs_a_value_for_each_gappy_indicator(values):
    # c has no gap among the kept regions, so its national value is not needed
    with pytest.raises(ParameterError, match='no value for indicator "b"'):
        impute(values, "national", national=pd.Series({"a": 7.0, "c": NAN}))
    result = impute(values, "national", national=pd.Series({"a": 7.0, "b": 8.0}))
    assert result.values.at["r3", "b"] == 8.0


def test_max_missing_share():
    table = pd.DataFrame(
        {
            "a": [1.0, 2.0, 3.0, 4.0, NAN],
            "b": [1.0, 2.0, 3.0, NAN, NAN],
            "c": [1.0, 2.0, 3.0, 4.0, 5.0],
            "d": [1.0, 2.0, 3.0, 4.0, 5.0],
        },
        index=["k1", "k2", "k3", "k4", "k5"],
    )
    # k4 misses 1/4, k5 misses 2/4: a share equal to the limit is kept
    assert impute(table, "median", max_missing_share=0.5).dropped == []
    result = impute(table, "median", max_missing_share=0.3)
    assert result.dropped == ["k5"]
    assert result.notes[0] == (
        'Left out for missing more than 30% of the indicators: "k5" (50% missing).'
    )
    assert impute(table, "median", max_missing_share=0.0).dropped == ["k4", "k5"]


@pytest.mark.parametrize("share", [1.0, -0.1, 1.5])
def test_max_missing_share_range(values, share):
    with pytest.raises(ParameterError, match="below 1"):
        impute(values, "median", max_missing_share=share)


def test_indicator_without_any_value(values):
    values["empty"] = NAN
    with pytest.raises(TableFormatError) as err:
        impute(values, "median")
    assert str(err.value) == (
        'Indicator "empty" has no value in any region: remove it or check the join.'
    )


def test_too_few_regions_left():
    table = pd.DataFrame(
        {"a": [1.0, NAN, 3.0, 4.0], "b": [1.0, 2.0, NAN, 4.0]}, index=["p", "q", "r", "s"]
    )
    with pytest.raises(ParameterError) as err:
        impute(table, "none")
    assert str(err.value).startswith("Only 2 regions are left")
    assert "an index needs at least 3" in str(err.value)


def test_unknown_method(values):
    with pytest.raises(ParameterError, match="median"):
        impute(values, "knn")
    assert IMPUTATIONS == ("median", "mean", "national", "none")  # the dialog's order
