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


def test_index_text_is_the_options_object_of_the_text_parameters():
    from kz_innovation_plugin.core.options_text import IndexText, index_options_from_text

    text = IndexText(potential="rd_exp, research", lower_is_better="manuf_prod",
                     user_weights="rd_exp=2; research=1", thresholds="0.3, 0.7", runs=200)
    options = text.to_options()
    assert options.groups == {"potential": ["rd_exp", "research"]}
    assert options.directions == {"manuf_prod": -1}
    assert options.user_weights == {"rd_exp": 2.0, "research": 1.0}
    assert options.thresholds == (0.3, 0.7)
    assert options.uncertainty.runs == 200
    # the keyword form builds the same object; mixing both forms is refused
    keywords = index_options_from_text(potential="rd_exp, research", lower_is_better="manuf_prod",
                                       user_weights="rd_exp=2; research=1",
                                       thresholds="0.3, 0.7", runs=200)
    assert keywords == options
    assert index_options_from_text(text) == options
    with pytest.raises(TypeError, match="not both"):
        index_options_from_text(text, runs=10)
