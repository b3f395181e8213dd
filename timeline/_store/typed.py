"""Library names whose declared types hold `Any`, each given its type once for the store's modules.

Under `mypy --disallow-any-expr` every use of such a name is an error, whatever the code does with
it: `functools.cache` takes `Callable[..., T]` (and calls through it are unchecked), an untyped
`bindparam` is `BindParameter[Any]`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

from sqlalchemy import BindParameter, bindparam
from sqlalchemy.types import TypeEngine

_P = ParamSpec("_P")
_T = TypeVar("_T")


def bound(name: str, type_: TypeEngine[_T]) -> BindParameter[_T]:
    """`bindparam(name, type_=type_)`: a bound parameter of a column's type (an untyped one is Any;
    a statement gives it the type of the column it meets either way)."""
    return bindparam(name, type_=type_)


def cached(function: Callable[_P, _T]) -> Callable[_P, _T]:
    """`functools.cache`, keeping the function's signature (arguments must be hashable)."""
    return cast("Callable[_P, _T]", functools.cache(function))
