"""Shift-share and Esteban-Marquillas against values computed by hand."""

from __future__ import annotations

import re

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


#: toy numbers (not statistics): the same two regions of 2018, named in Russian in the base
#: year and in Kazakh, in another order, in the end year
BASE_RU = pd.DataFrame({"A": [10.0, 30.0], "B": [30.0, 30.0]},
                       index=["Акмолинская область", "Атырауская область"])
END_KK = pd.DataFrame({"B": [40.0, 30.0], "A": [30.0, 20.0]},
                      index=["Атырау облысы", "Ақмола облысы"])


def test_russian_and_kazakh_names_of_the_same_regions_agree():
    frame = shift_share(BASE_RU, END_KK).set_index(["region", "activity"])
    # the rows take the end table's labels; the numbers are those of BASE and END above
    assert set(frame.index.get_level_values("region")) == {"Атырау облысы", "Ақмола облысы"}
    by_label = shift_share(BASE, END).set_index(["region", "activity"])
    for kazakh, plain in (("Ақмола облысы", "r1"), ("Атырау облысы", "r2")):
        for activity in ("A", "B"):
            assert_allclose(frame.loc[(kazakh, activity)].to_numpy(dtype="float64"),
                            by_label.loc[(plain, activity)].to_numpy(dtype="float64"))


def test_regions_present_in_one_year_only_are_named():
    end = END_KK.rename(index={"Атырау облысы": "Абай облысы"})
    message = ("regions compared as Kazakhstan's units, whatever the language of their "
               "names): regions only in the base table: Атырауская область; regions only in "
               "the end table: Абай облысы.")
    with pytest.raises(TableFormatError, match=re.escape(message)):
        shift_share(BASE_RU, end)
    with pytest.raises(TableFormatError, match="regions only in the base table: r2; regions "
                       "only in the end table: r3"):
        shift_share(BASE, END.rename(index={"r2": "r3"}))


def test_activities_present_in_one_year_only_are_named_with_the_fix():
    end = END.rename(columns={"B": "C"})
    with pytest.raises(TableFormatError) as error:
        shift_share(BASE, end)
    message = str(error.value)
    assert "activities only in the base table: B; activities only in the end table: C" in message
    assert "regions only" not in message
    assert "name each activity alike in both tables" in message


def test_an_activity_absent_nationally_in_the_base_year_has_no_components():
    # toy numbers: activity C does not exist anywhere in the base year
    base = BASE.assign(C=[0.0, 0.0])
    end = END.assign(C=[5.0, 15.0])
    notes: list[str] = []
    frame = shift_share(base, end, esteban_marquillas=True, notes=notes)
    frame = frame.set_index(["region", "activity"])
    components = ["national_growth", "industry_mix", "regional_shift", "competitive",
                  "allocation"]
    new = frame.xs("C", level="activity")
    assert new[components].isna().all().all()
    assert list(new["change"]) == [5.0, 15.0]
    assert np.isfinite(frame.drop(index="C", level="activity")[components]).all().all()
    assert len(notes) == 1 and "national total of C is zero in the base year" in notes[0]
    # without a list for the notes the NaN cells are the same
    assert shift_share(base, end)["industry_mix"].isna().sum() == 2
