"""Every docstring example of the package runs and holds, and the check can fail: a module whose
docstrings show examples must have some attempted (a doctest run that attempts nothing passes
whatever the examples say)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re

import pytest

import timeline

_EXAMPLE = re.compile(r"^\s*>>> (?!.*doctest: \+SKIP)", re.MULTILINE)


def _modules() -> list[str]:
    names = ["timeline"]
    names += [info.name for info in pkgutil.walk_packages(timeline.__path__, "timeline.")]
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_run_and_hold(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as err:  # an optional extra that is not installed
        pytest.skip(f"{name}: {err}")
    source = module.__file__ and open(module.__file__, encoding="utf-8").read()
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if source and _EXAMPLE.search(source):
        assert result.attempted > 0, f"{name} shows examples but none ran"


def test_the_package_has_examples_at_all() -> None:
    attempted = 0
    for name in _modules():
        try:
            attempted += doctest.testmod(importlib.import_module(name), report=False).attempted
        except ImportError:
            continue
    assert attempted >= 50
