"""Indicator kinds and split rules (core/panel/kinds.py)."""

from __future__ import annotations

import pytest

from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.indicators import load_catalogue
from kz_innovation_plugin.core.panel import CATALOGUE_KINDS, catalogue_kind
from kz_innovation_plugin.core.panel.kinds import resolve_kinds, resolve_split_rules, weight_hint


def test_every_catalogued_indicator_has_a_kind_and_a_weight():
    """A new catalogue entry must say whether it adds up, and what weights it."""
    assert {indicator.id for indicator in load_catalogue()} == set(CATALOGUE_KINDS)
    assert all(kind in ("count", "rate") and weight for kind, weight in CATALOGUE_KINDS.values())


def test_the_catalogue_kind_is_found_by_id_or_field_name():
    assert catalogue_kind("rd_expenditure_pct_grp") == "rate"
    assert catalogue_kind("grp_pc") == "rate"
    assert catalogue_kind("toy_count") is None
    assert weight_hint("rd_exp") == "GRP at current prices"
    assert "denominator" in weight_hint("toy_rate")


def test_a_declared_kind_wins_over_the_catalogue():
    kinds = resolve_kinds({"grp_per_capita": "total", "toy": "share"},
                          ["grp_per_capita", "toy", "toy_other"])
    assert kinds == {"grp_per_capita": "count", "toy": "rate", "toy_other": None}
    with pytest.raises(ParameterError, match="Unknown indicator kind 'amount'"):
        resolve_kinds({"toy": "amount"}, ["toy"])


def test_split_rules_for_all_or_per_indicator():
    assert resolve_split_rules(None, ["a"]) == {"a": "none"}
    assert resolve_split_rules("copy", ["a", "b"]) == {"a": "copy_parent", "b": "copy_parent"}
    assert resolve_split_rules({"a": "proportional"}, ["a", "b"]) == {
        "a": "proportional", "b": "none"}
    with pytest.raises(ParameterError, match="Split rules must be one rule"):
        resolve_split_rules(["copy_parent"], ["a"])
