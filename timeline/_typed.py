"""Standard-library decorators whose declared types hold `Any`, each given its type once.

Under `mypy --disallow-any-expr` every use of such a name is an error, whatever the code does
with it: `functools.cache` and `functools.lru_cache` take `Callable[..., T]`, so calls through
the cached function are not checked either. These keep the function's own signature.
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


def lru_cached(maxsize: int) -> Callable[[Callable[_P, _T]], Callable[_P, _T]]:
    """`functools.lru_cache(maxsize)`, keeping the function's signature (arguments hashable)."""

    def decorate(function: Callable[_P, _T]) -> Callable[_P, _T]:
        return cast("Callable[_P, _T]", functools.lru_cache(maxsize=maxsize)(function))

    return decorate
