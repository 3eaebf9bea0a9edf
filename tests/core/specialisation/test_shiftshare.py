"""Shift-share and Esteban-Marquillas against values computed by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.specialisation import shift_share

BASE = pd.DataFrame({"A": [10.0, 30.0], "B": [30.0, 30.0]}, index=["r1", "r2"])
END = pd.DataFrame({"A": [20.0, 30.0], "B": [30.0, 40.0]}, index=["r1", "r2"])


def test_components_by_hand():
    # g = 120/100 - 1 = 0.2; g_A = 50/40 - 1 = 0.25; g_B = 70/60 - 1 = 1/6
    frame = shift_share(BASE, END, esteban_marquillas=True).set_index(["region", "activity"])
    assert_allclose(frame["national_growth"], [2.0, 6.0, 6.0, 6.0])
    assert_allclose(frame["industry_mix"], [0.5, -1.0, 1.5, -1.0])
    assert_allclose(frame["regional_shift"], [7.5, -5.0, -7.5, 5.0])
    parts = frame[["national_growth", "industry_mix", "regional_shift"]].sum(axis=1)
    assert_allclose(parts, frame["change"], atol=1e-12)
    # homothetic r1 A = 40 * 40 / 100 = 16; r_11 - g_A = 1 - 0.25
    assert frame.at[("r1", "A"), "homothetic"] == pytest.approx(16.0)
    assert frame.at[("r1", "A"), "competitive"] == pytest.approx(12.0)
    assert frame.at[("r1", "A"), "allocation"] == pytest.approx(-4.5)
    assert_allclose(frame["competitive"] + frame["allocation"], frame["regional_shift"],
                    atol=1e-12)


def test_national_rows_are_used_when_given():
    national0 = pd.Series({"A": 80.0, "B": 60.0})
    national1 = pd.Series({"A": 80.0, "B": 70.0})
    frame = shift_share(BASE, END, base_national=national0, end_national=national1)
    g = 150 / 140 - 1
    first = frame.iloc[0]
    assert first["national_growth"] == pytest.approx(10 * g)
    assert first["industry_mix"] == pytest.approx(10 * (0 - g))


def test_other_regions_or_missing_cells_are_refused():
    with pytest.raises(TableFormatError, match="same regions and activities"):
        shift_share(BASE, END.rename(index={"r2": "r3"}))
    missing = END.copy()
    missing.iloc[0, 0] = np.nan
    with pytest.raises(TableFormatError, match="every cell of both years"):
        shift_share(BASE, missing)
