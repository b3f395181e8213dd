"""Every public function of the package shows how it is used: a `>>>` example in its docstring,
run by tests/test_doctests.py. Public: a function or method whose name and module path have no
part opening with an underscore (protocols, which only describe what is used, aside).

A function or method added without one fails the test; so would one of the (now none) listed
as still without one that has been given one.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Protocol

import timeline

STILL_WITHOUT_EXAMPLE: set[str] = set()


def _public_modules() -> list[str]:
    names = ["timeline", *(info.name for info in pkgutil.walk_packages(timeline.__path__, "timeline."))]
    return sorted(name for name in names if not any(part.startswith("_") for part in name.split(".")))


def _has_example(function: object) -> bool:
    return ">>>" in (inspect.getdoc(function) or "")


def _without_example() -> tuple[set[str], set[str]]:
    """Public functions and methods (properties too) whose docstring shows no example, nor their
    class's docstring; and the modules left out because an optional extra is not installed."""
    found: set[str] = set()
    left_out: set[str] = set()
    for name in _public_modules():
        try:
            module = importlib.import_module(name)
        except ImportError:  # an optional extra that is not installed
            left_out.add(name)
            continue
        for attribute, value in vars(module).items():
            if attribute.startswith("_") or getattr(value, "__module__", None) != name:
                continue
            if inspect.isfunction(value) and not _has_example(value):
                found.add(f"{name}.{attribute}")
            if inspect.isclass(value) and Protocol not in value.__mro__ and not _has_example(value):
                found.update(f"{name}.{attribute}.{method}" for method in _methods_without_example(value))
    return found, left_out


def _methods_without_example(cls: type) -> list[str]:
    methods = []
    for name, member in vars(cls).items():
        function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        if not name.startswith("_") and inspect.isfunction(function) and not _has_example(function):
            methods.append(name)
    return methods


def test_every_public_function_shows_an_example() -> None:
    missing, left_out = _without_example()
    listed = {name for name in STILL_WITHOUT_EXAMPLE if name.rsplit(".", 1)[0] not in left_out}
    listed = {name for name in listed if name.rsplit(".", 2)[0] not in left_out}
    assert sorted(missing - STILL_WITHOUT_EXAMPLE) == [], "new public functions without an example"
    assert sorted(listed - missing) == [], "these have an example now: drop them from the list"


def test_the_check_sees_a_function_without_an_example() -> None:
    def documented() -> None:
        """Does nothing.

        >>> documented()
        """

    def undocumented() -> None:
        """Does nothing."""

    assert _has_example(documented) and not _has_example(undocumented)
