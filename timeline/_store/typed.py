"""Library names whose declared types hold `Any`, each given its type once for the store's modules.

Under `mypy --disallow-any-expr` every use of such a name is an error, whatever the code does with
it: `functools.cache` takes `Callable[..., T]` (and calls through it are unchecked).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

_P = ParamSpec("_P")
_T = TypeVar("_T")


def cached(function: Callable[_P, _T]) -> Callable[_P, _T]:
    """`functools.cache`, keeping the function's signature (arguments must be hashable)."""
    return cast("Callable[_P, _T]", functools.cache(function))
