"""ASCII letters in either case, other letters as written: how every text comparison of the store
takes case, on SQLite and PostgreSQL alike.

SQLite's `LIKE`, `lower()` and FTS5 trigram index take ASCII letters in either case and no other;
PostgreSQL's `LIKE` takes none, its `ILIKE` and `lower()` every letter its server's locale knows.
So a query compares small ASCII forms: the text's made with `small`, a column's with
`small_column` (as it is on SQLite, `translate()` on PostgreSQL).
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import ColumnElement, func

__all__ = ["small", "small_column"]

_CASES = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
"""ASCII's capitals and small letters, in step."""

_SMALL = str.maketrans(*_CASES)


def small(text: str) -> str:
    """`text` with its ASCII capitals small, other characters as they are.

    >>> small("OpenAI ÉΑ")
    'openai ÉΑ'
    """
    return text.translate(_SMALL)


def small_column(column: ColumnElement[str], dialect: str) -> ColumnElement[str]:
    """`column` as a `LIKE` of a `small` text compares it: as it is on SQLite (whose `LIKE` takes
    ASCII letters in either case), its ASCII capitals made small on PostgreSQL."""
    if dialect == "sqlite":
        return column
    return cast("ColumnElement[str]", func.translate(column, *_CASES))
