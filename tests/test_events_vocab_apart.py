"""The Chinese words of event extraction live in the vocab tables (`timeline/_events/vocab/`),
apart from the logic: no string literal of another module of `timeline/_events` holds a Han
character. Docstrings and comments may quote examples; the bounds of the ideograph range
(一-鿿, the characters themselves or escaped) are a range, no word.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import timeline._events

_EVENTS = Path(timeline._events.__file__).parent
_HAN = re.compile(r"[\u4e00-\u9fff]")
_RANGE_ENDS = re.compile(r"[\u4e00\u9fff]")


def _logic_modules() -> list[Path]:
    return sorted(path for path in _EVENTS.glob("*.py") if path.name != "__init__.py")


def han_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal in `source` that holds a Han character other than the
    ends of the ideograph range, docstrings left out."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _HAN.search(_RANGE_ENDS.sub("", node.value))
    ]


@pytest.mark.parametrize("path", _logic_modules(), ids=lambda path: path.name)
def test_no_chinese_word_in_a_logic_module(path: Path) -> None:
    assert han_literals(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_word_in_a_pattern_and_not_in_a_docstring_or_a_range() -> None:
    source = 'def f():\n    "公司: a docstring."\n    return "[一-鿿]", "[\\u4e00-\\u9fff]"\nP = ")了?"\n'
    assert han_literals(source) == [(4, ")了?")]
