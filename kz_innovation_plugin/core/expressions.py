"""Derived indicators as safe arithmetic over fields, never ``eval`` of user text.

An expression such as ``rd_exp / research * 1000`` is parsed by Python's :mod:`ast` and only a
whitelist of nodes is evaluated: numbers, field names, ``+ - * / **``, unary minus and the
functions ``log``, ``log10``, ``sqrt``, ``abs``, ``min`` and ``max`` (numpy, vectorised over
the whole column).  Anything else (attributes, calls to other names, indexing, comparisons,
strings) is refused with a message naming it.
"""

from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._checks import field_names
from .errors import ParameterError

_BINARY = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.Pow: operator.pow,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS = {
    "log": np.log, "log10": np.log10, "sqrt": np.sqrt, "abs": np.abs,
    "min": np.fmin, "max": np.fmax,
}
_DEFINITION = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)\s*(.+?)\s*$")


@dataclass(frozen=True)
class DerivedIndicator:
    """A new indicator ``name`` computed by ``expression`` from other fields."""

    name: str
    expression: str


def parse_definitions(text: str) -> list[DerivedIndicator]:
    """Read ``name = expression`` definitions, one per line or separated by ``;``.

    Raises
    ------
    ParameterError
        For a definition without ``name =``, or a name used twice.
    """
    definitions: list[DerivedIndicator] = []
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        match = _DEFINITION.match(part)
        if match is None:
            raise ParameterError(
                f"Derived indicator {part.strip()!r} is not of the form "
                "'name = expression', for example 'rd_per_res = rd_exp / research'."
            )
        definitions.append(DerivedIndicator(match.group(1), match.group(2)))
    names = [definition.name for definition in definitions]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ParameterError(f"Derived indicator(s) defined twice: {', '.join(repeated)}.")
    return definitions


def evaluate(expression: str, frame: pd.DataFrame) -> pd.Series:
    """Evaluate ``expression`` over the columns of ``frame``; infinities become missing.

    Raises
    ------
    ParameterError
        For a syntax error, an unknown field, or anything outside the whitelist.
    """
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as error:
        raise ParameterError(
            f"Expression {expression!r} cannot be read ({error.msg}); use field names, "
            "numbers, + - * / ** and log, log10, sqrt, abs, min, max."
        ) from None
    with np.errstate(divide="ignore", invalid="ignore"):
        result = _evaluate(tree.body, frame, expression)
    series = pd.Series(np.broadcast_to(np.asarray(result, dtype="float64"), len(frame)),
                       index=frame.index)
    return series.where(np.isfinite(series))


def _evaluate(node: ast.AST, frame: pd.DataFrame, expression: str):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) \
            and not isinstance(node.value, bool):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in frame.columns:
            raise ParameterError(
                f"Expression {expression!r} uses {node.id!r}, which is not a field; the fields "
                f"are: {field_names(frame)}."
            )
        return pd.to_numeric(frame[node.id], errors="coerce").to_numpy(dtype="float64")
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        left = _evaluate(node.left, frame, expression)
        right = _evaluate(node.right, frame, expression)
        return _BINARY[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_evaluate(node.operand, frame, expression))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
            and node.func.id in _FUNCTIONS and not node.keywords:
        arguments = [_evaluate(argument, frame, expression) for argument in node.args]
        function = _FUNCTIONS[node.func.id]
        expected = 2 if node.func.id in ("min", "max") else 1
        if len(arguments) != expected:
            raise ParameterError(
                f"In {expression!r}, {node.func.id}() takes {expected} argument(s)."
            )
        return function(*arguments)
    raise ParameterError(
        f"Expression {expression!r} contains {ast.unparse(node)!r}, which is not allowed: use "
        "field names, numbers, + - * / ** and log, log10, sqrt, abs, min, max."
    )


def add_derived(frame: pd.DataFrame, definitions: list[DerivedIndicator]) -> pd.DataFrame:
    """A copy of ``frame`` with one new column per definition, in order (later definitions
    may use earlier ones).  A name that is already a field is refused."""
    result = frame.copy()
    for definition in definitions:
        if definition.name in result.columns:
            raise ParameterError(
                f"Derived indicator {definition.name!r} has the name of an existing field; "
                "choose another name."
            )
        result[definition.name] = evaluate(definition.expression, result)
    return result
