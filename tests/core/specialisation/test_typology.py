"""The typology of regions: innovation level x specialisation, by its stated rules."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kz_innovation_plugin.core.specialisation.typology import TYPES, typology


def test_each_type_by_its_rule():
    regions = ["core", "core2", "high", "medium", "low", "low2", "none"]
    result = typology(
        level=pd.Series(["high", "medium", "high", "medium", "low", "low", "high"], regions),
        is_core=pd.Series([True, True, False, False, False, False, False], regions),
        dominant=pd.Series(["C", "F", "J", "A", "B", "K", np.nan], regions),
        dominant_lq=pd.Series([2.0, 1.99, 1.2, 2.5, 3.1, 1.0, np.nan], regions),
    )
    assert result["sp_type"].tolist() == [
        "core_specialised", "core_diversified", "high_diversified", "medium_specialised",
        "low_specialised", "low_diversified", "no_profile"]
    assert result.loc["core", "sp_type_txt"] == "innovation core specialised in C"
    assert result.loc["low", "sp_type_txt"] == "specialised region with low innovation (B)"


def test_the_threshold_is_a_parameter():
    one = pd.Series(["a"])
    kwargs = {"level": pd.Series(["high"]), "is_core": pd.Series([True]), "dominant": one,
              "dominant_lq": pd.Series([1.5])}
    assert typology(**kwargs)["sp_type"].iloc[0] == "core_diversified"
    assert typology(**kwargs, lq_threshold=1.25)["sp_type"].iloc[0] == "core_specialised"
    assert set(TYPES) == {f"{group}_{kind}" for group in ("core", "high", "medium", "low")
                          for kind in ("specialised", "diversified")}
