"""Values cut into chunks of `IN_CHUNK` for IN (...) lists, one helper for the store's modules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

IN_CHUNK = 500
"""Values per IN (...) list: well under SQLite's and PostgreSQL's bound-parameter limits."""

_V = TypeVar("_V")


def in_chunks(values: Sequence[_V]) -> Iterator[Sequence[_V]]:
    """`values` in consecutive slices of at most `IN_CHUNK` (none for no values).

    >>> [list(chunk) for chunk in in_chunks(range(1_200))][2][:3]
    [1000, 1001, 1002]
    """
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]
