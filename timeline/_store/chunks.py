"""Values cut into chunks of `IN_CHUNK` for IN (...) lists, one helper for the store's modules;
`among`, a column among many values: chunked IN lists on SQLite, one array on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import ARRAY, BindParameter, ColumnElement, Integer, String, any_, bindparam
from sqlalchemy.orm import InstrumentedAttribute

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


_K = TypeVar("_K", int, str)


def among(column: InstrumentedAttribute[_K], values: Sequence[_K], sqlite: bool) -> ColumnElement[bool]:
    """`column` is one of `values`: an IN list on SQLite (a chunk of `IN_CHUNK`, see `among_chunks`),
    `= ANY(array)` on PostgreSQL (the statement run with `among_parameters(values)`), one parameter
    whatever the number of values (psycopg reads
    an IN list's 500 placeholders and dumps its values one by one: 6 ms a list, a tenth of a
    batch's client time)."""
    if sqlite:
        return column.in_(values)
    return column == any_(_STRING_VALUES if values and isinstance(values[0], str) else _INTEGER_VALUES)


_INTEGER_VALUES: BindParameter[Sequence[int]] = bindparam("values", type_=ARRAY(Integer()))
_STRING_VALUES: BindParameter[Sequence[str]] = bindparam("values", type_=ARRAY(String()))
"""The array `among` compares with on PostgreSQL, given at execution (`among_parameters`)."""


def among_parameters(chunk: Sequence[_K]) -> dict[str, object]:
    """The parameters of a statement filtered by `among(column, chunk, ...)`."""
    return {"values": list(chunk)}


def among_chunks(values: Sequence[_K], sqlite: bool) -> Iterator[Sequence[_K]]:
    """`values` in chunks of `IN_CHUNK` for SQLite's IN lists, whole for PostgreSQL's arrays."""
    if not sqlite:
        if values:
            yield values
        return
    yield from in_chunks(values)
