"""The indicator catalogue."""

from __future__ import annotations

import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.indicators import (
    catalogued,
    default_groups,
    directions_for,
    label,
    load_catalogue,
)
from tests.conftest import DEMO_TABLE


def test_catalogue_describes_every_bundled_indicator():
    catalogue = load_catalogue()
    bundled = set(pd.read_csv(DEMO_TABLE)["indicator"])
    assert {indicator.id for indicator in catalogue} == bundled
    for indicator in catalogue:
        assert indicator.group in ("potential", "performance")
        assert indicator.name_en and indicator.name_ru and indicator.name_kk and indicator.source
        assert len(indicator.field) <= 10


def test_study_groups():
    groups = default_groups(["rd_exp", "research", "dig_lit", "internet", "grp_pc", "manuf_va",
                             "manuf_prod", "unrelated"])
    assert groups == {"potential": ["rd_exp", "research", "dig_lit", "internet"],
                      "performance": ["grp_pc", "manuf_va", "manuf_prod"]}


def test_lookup_by_id_or_field_and_labels():
    assert catalogued("grp_per_capita") is catalogued("grp_pc")
    assert catalogued("elevation") is None
    assert label("grp_pc", "ru").startswith("Валовой региональный продукт")
    assert label("elevation") == "elevation"


def test_directions_default_to_catalogue_and_accept_overrides():
    directions = directions_for(["grp_pc", "unemployment"], {"unemployment": -1})
    assert directions.to_dict() == {"grp_pc": 1, "unemployment": -1}
    with pytest.raises(ParameterError, match="must be 1 .* or -1"):
        directions_for(["grp_pc"], {"grp_pc": 0})
