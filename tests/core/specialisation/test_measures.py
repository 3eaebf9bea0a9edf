"""LQ, stars, HHI, Krugman, Hoover and locational Gini against values computed by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from kz_innovation_plugin.core.errors import TableFormatError
from kz_innovation_plugin.core.specialisation import (
    activity_table_from_frame,
    location_quotients,
    specialisation,
    star_ratings,
    top_share,
)

#: R = (40, 60, 60), T_A = 100, T_B = 60, T = 160: national shares 0.625 and 0.375
SMALL = pd.DataFrame({"A": [10.0, 30.0, 60.0], "B": [30.0, 30.0, 0.0]},
                     index=["r1", "r2", "r3"])


def test_location_quotients_by_hand():
    lq = location_quotients(SMALL)
    # r1: (10/40)/0.625, (30/40)/0.375; r2: 0.5/0.625, 0.5/0.375; r3: 1/0.625, 0
    assert_allclose(lq.to_numpy(), [[0.4, 2.0], [0.8, 4 / 3], [1.6, 0.0]])


def test_national_row_gives_the_activity_totals():
    national = pd.Series({"A": 200.0, "B": 60.0})  # regions not listed hold 100 of A
    lq = location_quotients(SMALL, national)
    # T = 260: r1 A = (10/40) / (200/260)
    assert lq.at["r1", "A"] == pytest.approx(0.25 / (200 / 260))


def test_region_profiles_by_hand():
    result = specialisation(activity_table_from_frame(SMALL))
    regions = result.regions
    assert_allclose(regions["hhi"], [0.625, 0.5, 1.0])  # 0.25² + 0.75², 0.5² + 0.5², 1²
    assert_allclose(regions["krugman"], [0.75, 0.25, 0.75])  # |0.25-0.625| + |0.75-0.375| ...
    assert list(regions["specialisations"]) == ["B", "B", "A"]
    assert list(regions["n_specialisations"]) == [1, 1, 1]
    assert list(regions["dominant"]) == ["B", "B", "A"]
    assert_allclose(regions["dominant_lq"], [2.0, 4 / 3, 1.6])


def test_activity_localisation_by_hand():
    activities = specialisation(activity_table_from_frame(SMALL)).activities
    # A: activity shares (0.1, 0.3, 0.6), size shares (0.25, 0.375, 0.375)
    assert activities.at["A", "krugman"] == pytest.approx(0.15 + 0.075 + 0.225)
    assert activities.at["A", "hoover"] == pytest.approx(0.225)
    assert activities.at["B", "krugman"] == pytest.approx(0.25 + 0.125 + 0.375)
    # curve of A, regions by LQ 0.4 < 0.8 < 1.6: x 0, .25, .625, 1; y 0, .1, .4, 1
    area = 0.25 * 0.1 / 2 + 0.375 * 0.5 / 2 + 0.375 * 1.4 / 2
    assert activities.at["A", "locational_gini"] == pytest.approx(1 - 2 * area)


def test_stars_by_hand():
    cells = specialisation(activity_table_from_frame(SMALL)).cells.set_index(
        ["region", "activity"])
    # 3 regions: the top 10 % is the largest one (ties included)
    assert cells.loc[("r1", "B"), "stars"] == 3  # size (tied 30), LQ 2.0, focus 0.75
    assert cells.loc[("r2", "B"), "stars"] == 1  # size (tied 30) only
    assert cells.loc[("r3", "A"), "stars"] == 2  # size 60 and focus 1.0; LQ 1.6 < 2
    assert cells.loc[("r1", "A"), "stars"] == 0


def test_star_rules_follow_the_cluster_observatory():
    """Size and focus: top 10 % of regions for the activity; specialisation: LQ >= 2."""
    n = 20
    values = pd.DataFrame({"A": np.arange(1.0, n + 1), "B": np.full(n, 100.0)},
                          index=[f"r{i}" for i in range(n)])
    lq = location_quotients(values)
    stars = star_ratings(values, lq)
    size = stars["star_size"].xs("A", level=1)
    assert list(size[size].index) == ["r18", "r19"]  # 10 % of 20 regions: the two largest
    lq.loc["r0", "A"], lq.loc["r1", "A"] = 2.0, 1.999
    special = star_ratings(values, lq)["star_specialisation"].xs("A", level=1)
    assert special["r0"] and not special["r1"]
    looser = star_ratings(values, lq, size_share=0.2, lq_threshold=1.5, focus_share=0.2)
    assert looser["star_size"].xs("A", level=1).sum() == 4


def test_top_share_never_marks_zeros_and_skips_missing():
    column = pd.Series([0.0, 0.0, np.nan, 0.0])
    assert not top_share(column, 0.1).any()
    assert list(top_share(pd.Series([5.0, np.nan, 3.0]), 0.5)) == [True, False, False]


def test_missing_cells_need_the_national_row():
    values = SMALL.copy()
    values.loc["r2", "A"] = np.nan
    with pytest.raises(TableFormatError, match="no national total row, and some cells are "
                                               "missing"):
        specialisation(activity_table_from_frame(values, name="t.csv"))
    result = specialisation(activity_table_from_frame(
        values, national=pd.Series({"A": 100.0, "B": 60.0})))
    assert np.isnan(result.lq.at["r2", "A"])
    assert result.regions.at["r2", "missing_activities"] == 1


def test_require_national():
    with pytest.raises(TableFormatError, match="national total was asked for"):
        specialisation(activity_table_from_frame(SMALL), require_national=True)


def test_activity_concentration_is_inequality_run_directly():
    from inequality.gini import Gini
    from inequality.theil import Theil

    from kz_innovation_plugin.core.specialisation.concentration import raw_concentration

    activities = specialisation(activity_table_from_frame(SMALL)).activities
    assert list(activities.columns[:5]) == ["total", "krugman", "hoover", "locational_gini",
                                            "regions_known"]
    for activity in SMALL:
        y = SMALL[activity].to_numpy()
        assert activities.at[activity, "gini"] == pytest.approx(Gini(y).g)
        assert activities.at[activity, "theil"] == pytest.approx(float(Theil(y).T))
    assert_allclose(activities["raw_concentration"], raw_concentration(SMALL))
    # A: activity shares (0.1, 0.3, 0.6) against size shares (0.25, 0.375, 0.375)
    assert activities.at["A", "raw_concentration"] == pytest.approx(
        0.15**2 + 0.075**2 + 0.225**2)


def test_activity_concentration_leaves_missing_cells_out():
    from inequality.gini import Gini
    from inequality.theil import Theil

    values = SMALL.copy()
    values.loc["r2", "A"] = np.nan
    table = activity_table_from_frame(values, national=pd.Series({"A": 100.0, "B": 60.0}))
    activities = specialisation(table).activities
    known = np.array([10.0, 60.0])
    assert activities.at["A", "gini"] == pytest.approx(Gini(known).g)
    assert activities.at["A", "theil"] == pytest.approx(float(Theil(known).T))
    # over r1 and r3: activity shares (1/7, 6/7), size shares (40/100, 60/100)
    assert activities.at["A", "raw_concentration"] == pytest.approx(
        2 * (1 / 7 - 0.4) ** 2)
    assert activities.at["B", "gini"] == pytest.approx(Gini(SMALL["B"].to_numpy()).g)
