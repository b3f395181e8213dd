"""Library names whose declared types hold `Any`, each given its type once for the store's modules.

Under `mypy --disallow-any-expr` every use of such a name is an error, whatever the code does with
it: an untyped `bindparam` is `BindParameter[Any]` (`timeline._typed` gives the standard library's
decorators their types).
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import BindParameter, bindparam
from sqlalchemy.types import TypeEngine

_T = TypeVar("_T")


def bound(name: str, type_: TypeEngine[_T]) -> BindParameter[_T]:
    """`bindparam(name, type_=type_)`: a bound parameter of a column's type (an untyped one is Any;
    a statement gives it the type of the column it meets either way)."""
    return bindparam(name, type_=type_)

