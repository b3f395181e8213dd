"""The hot reads run on the driver's own cursor: rows come back as plain tuples.

A page of 20 events takes SQLite about 0.2 ms a statement; SQLAlchemy's execution around it (its
compiled-statement cache, parameter and result processing, a Row per row) took as long again or
more, most of an entity page's time. So a statement built once (the store's statements are) is
compiled once per dialect here and run on the DBAPI cursor of the same connection, inside its
transaction; errors come out as SQLAlchemy's, like any other statement's.

Only SQLite takes this path for Core statements (and for its BEGIN): there, dates are ISO text
both ways (as SQLAlchemy's SQLite `Date` stores them), so a caller turns date columns into dates.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, cast

from sqlalchemy import Connection, Executable
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ClauseElement

from timeline._typed import lru_cached

Row = tuple[object, ...]


class _Cursor(Protocol):
    def execute(self, sql: str, parameters: Sequence[object] | Mapping[str, object], /) -> object: ...
    def fetchall(self) -> list[Row]: ...
    def close(self) -> None: ...


class _DriverConnection(Protocol):
    """What is used of a DBAPI connection (sqlite3's or psycopg's)."""

    def cursor(self) -> _Cursor: ...


class _Compiled(Protocol):
    """What is used of a statement compiled by SQLAlchemy (its `SQLCompiler`)."""

    @property
    def string(self) -> str: ...
    @property
    def positiontup(self) -> list[str] | None: ...
    @property
    def params(self) -> Mapping[str, object]: ...
    @property
    def post_compile_params(self) -> frozenset[object]: ...
    @property
    def literal_execute_params(self) -> frozenset[object]: ...


_SQLITE = sqlite.dialect()


def driver_rows(conn: Connection, sql: str, parameters: Sequence[object] | Mapping[str, object]) -> list[Row]:
    """The rows of SQL text written in the driver's parameter style, run in `conn`'s transaction."""
    driver = cast("_DriverConnection", conn.connection.dbapi_connection)
    error = cast("type[Exception]", conn.dialect.loaded_dbapi.Error)
    cursor = driver.cursor()
    try:
        cursor.execute(sql, parameters)
        return cursor.fetchall()
    except error as err:
        raise cast("Exception", DBAPIError.instance(sql, parameters, err, error)) from err
    except UnicodeDecodeError as err:
        if conn.dialect.name != "sqlite":
            raise
        damaged = damaged_file_error(err)
        raise cast("Exception", DBAPIError.instance(sql, parameters, damaged, error)) from None
    finally:
        cursor.close()


def damaged_file_error(err: UnicodeDecodeError) -> sqlite3.DatabaseError:
    """The database error Python's sqlite3 raises as a UnicodeDecodeError: SQLite's message about
    a damaged file quotes the damaged bytes ('malformed database schema (events) - near "\\xff"',
    'no such column: new.su\\xffmary' from a trigger), and sqlite3 fails to decode its own message."""
    message = err.object.decode("utf-8", "backslashreplace") if isinstance(err.object, bytes) else ""
    return sqlite3.DatabaseError(f"the database file is damaged: {message}")


def statement_rows(conn: Connection, statement: Executable, parameters: Mapping[str, object]) -> list[Row]:
    """The rows of a statement built once, as tuples: on SQLite compiled once and run on the
    driver (date parameters and columns as ISO text), elsewhere or with an IN list expanded at
    each run through SQLAlchemy."""
    if conn.dialect.name == "sqlite":
        compiled = _sqlite_compiled(statement)
        if compiled is not None:
            sql, names, defaults = compiled
            values = tuple(
                _sqlite_value(parameters[name] if name in parameters else defaults[name]) for name in names
            )
            return driver_rows(conn, sql, values)
    return [tuple(row) for row in cast("Iterable[Row]", conn.execute(statement, parameters))]


@lru_cached(maxsize=256)  # bounded: a statement built per call would otherwise stay forever
def _sqlite_compiled(statement: Executable) -> tuple[str, tuple[str, ...], dict[str, object]] | None:
    """SQL text, parameter names in order and their default values of a statement compiled for
    SQLite; None when an IN list of it is expanded per run."""
    compiled = cast("_Compiled", cast("ClauseElement", statement).compile(dialect=_SQLITE))
    if compiled.post_compile_params or compiled.literal_execute_params:
        return None
    return compiled.string, tuple(compiled.positiontup or ()), dict(compiled.params)


def _sqlite_value(value: object) -> object:
    return value.isoformat() if isinstance(value, _dt.date) else value
