"""Text parameters (as typed in a Processing dialog or on the command line) to values."""

from __future__ import annotations

import pytest

from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.options_text import bands_from_text, thresholds_from_text


def test_bands_from_text():
    assert bands_from_text("100, 200,300") == (100.0, 200.0, 300.0)
    assert bands_from_text("") == ()
    with pytest.raises(ParameterError, match="Distance bands '100, far' must be numbers in km"):
        bands_from_text("100, far")


def test_thresholds_from_text():
    assert thresholds_from_text("0.33; 0.66") == (0.33, 0.66)
    assert thresholds_from_text(" ") is None
    with pytest.raises(ParameterError, match="must be two numbers"):
        thresholds_from_text("low, high")
