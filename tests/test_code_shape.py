"""The code stays readable: no function longer than 60 lines of code (its docstring aside)."""

from __future__ import annotations

import ast

from tests.conftest import PLUGIN_DIR

MAX_LINES = 60


def code_lines(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines from the ``def`` (or the first statement after the docstring) to the end."""
    first = function.body[0]
    documented = (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                  and isinstance(first.value.value, str))
    start = first.end_lineno + 1 if documented else function.lineno
    return function.end_lineno - start + 1


def test_no_function_is_longer_than_sixty_lines_of_code():
    long = []
    for path in sorted(PLUGIN_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                    and code_lines(node) > MAX_LINES:
                long.append(f"{path.relative_to(PLUGIN_DIR)}:{node.lineno} {node.name} "
                            f"({code_lines(node)} lines)")
    assert long == [], "split these functions"


def test_the_count_leaves_the_docstring_out():
    tree = ast.parse('def f():\n    """Doc.\n\n    More.\n    """\n    a = 1\n    return a\n')
    assert code_lines(tree.body[0]) == 2
    tree = ast.parse("def g():\n    a = 1\n    return a\n")
    assert code_lines(tree.body[0]) == 3
