"""Derived indicators: arithmetic over fields, and nothing else."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kz_innovation_plugin.core.errors import ParameterError
from kz_innovation_plugin.core.expressions import add_derived, evaluate, parse_definitions

FRAME = pd.DataFrame({"rd_exp": [0.1, 0.2, 0.4], "grp_2018": [100.0, 200.0, 0.0],
                      "grp_2019": [110.0, 180.0, 50.0]})


def test_arithmetic_and_functions():
    result = evaluate("rd_exp * 1000 / 2 + sqrt(4) - abs(-1) + log(1) + max(rd_exp, 0.3)", FRAME)
    np.testing.assert_allclose(result, [0.1 * 500 + 2 - 1 + 0 + 0.3,
                                        0.2 * 500 + 2 - 1 + 0 + 0.3,
                                        0.4 * 500 + 2 - 1 + 0 + 0.4])


def test_growth_between_two_years_with_division_by_zero_left_missing():
    result = evaluate("(grp_2019 / grp_2018 - 1) * 100", FRAME)
    np.testing.assert_allclose(result[:2], [10.0, -10.0])
    assert np.isnan(result.iloc[2])  # 50 / 0 is no growth rate: missing, not infinite


@pytest.mark.parametrize("expression", [
    "__import__('os').system('true')", "rd_exp.real", "open('x')", "rd_exp if 1 else 2",
    "rd_exp > 1", "'text'", "[rd_exp]", "rd_exp[0]", "lambda: 1",
])
def test_anything_but_arithmetic_is_refused(expression):
    with pytest.raises(ParameterError, match="not allowed|cannot be read"):
        evaluate(expression, FRAME)


def test_unknown_field_lists_the_fields():
    with pytest.raises(ParameterError, match="'research', which is not a field.*rd_exp"):
        evaluate("research * 2", FRAME)


def test_definitions_build_on_each_other_and_keep_the_input():
    definitions = parse_definitions("growth = grp_2019 / grp_2018 * 100; double = growth * 2")
    result = add_derived(FRAME, definitions)
    assert list(result.columns) == [*FRAME.columns, "growth", "double"]
    assert result["double"].iloc[0] == pytest.approx(220.0)
    assert "growth" not in FRAME.columns


def test_bad_definitions():
    with pytest.raises(ParameterError, match="form 'name = expression'"):
        parse_definitions("rd_exp * 2")
    with pytest.raises(ParameterError, match="defined twice: a"):
        parse_definitions("a = rd_exp\na = grp_2018")
    with pytest.raises(ParameterError, match="name of an existing field"):
        add_derived(FRAME, parse_definitions("rd_exp = grp_2018"))
