"""PostgreSQL bulk writes: one statement per table and batch, never one per row.

psycopg's executemany sends one INSERT per row (pipelined, but each is parsed, planned and
executed apart), and SQLAlchemy's INSERT … RETURNING of many rows falls back to one row per
statement when the order of the returned rows matters. A batch of 500 articles writes tens of
thousands of rows, so the server spent most of an ingest running single-row statements. Here
plain rows go in with COPY (binary, typed), rows that should be new but may clash with another
writer's with COPY in a savepoint (`copy_new`), and rows that may already exist (ON CONFLICT) or
update stored rows as arrays unpacked by `unnest`: one statement whatever the number of rows.
"""

from __future__ import annotations

import datetime as _dt
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, cast

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine

from timeline._typed import cached

if TYPE_CHECKING:
    import psycopg

_DIALECT = postgresql.dialect()
_UNIQUE_VIOLATION = "23505"
"""SQLSTATE of a row clashing with a stored one on a unique index."""

Cell = int | float | str | bool | _dt.date | None
"""A value of one column of the store."""
Rows = Sequence[Sequence[Cell]]
"""Rows of cells, in the order of the column names given with them."""


class NamedTable(Protocol):
    """A table of the store (`sqlalchemy.Table`), seen through its name only: its columns are
    typed `Column[Any]`, so they are read in `_sql_type` alone."""

    @property
    def name(self) -> str: ...


def copy_rows(
    connection: Connection,
    table: NamedTable,
    keys: Sequence[str],
    rows: Rows,
    types: Sequence[str] = (),
) -> None:
    """COPY `rows` (tuples of the `keys` columns) into `table` inside the connection's transaction.

    In COPY's binary format, each column declared as its type (`types`, else the table's own):
    psycopg then writes each value without looking its type up, and the server reads it without
    parsing text - a fifth of the client's time per row of text COPY.

    COPY runs on psycopg's connection, outside SQLAlchemy: what the server refuses (a value too
    long for its column, a lost connection) is raised as SQLAlchemy raises it for a statement, a
    DBAPIError wrapping psycopg's, which the store turns into its own errors.
    """
    import psycopg

    driver_error = cast("type[Exception]", psycopg.Error)  # typed with Any by psycopg
    if not rows:
        return
    columns = ", ".join(_quoted(key) for key in keys)
    driver = _psycopg(connection)
    statement = f"COPY {_quoted(table.name)} ({columns}) FROM STDIN (FORMAT BINARY)"
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            copy.set_types(list(types) or [_copy_type(table, key) for key in keys])
            for row in rows:
                copy.write_row(row)
    except driver_error as err:
        raise DBAPIError.instance(statement, None, err, driver_error, dialect=connection.dialect) from err


def copy_new(connection: Connection, table: NamedTable, keys: Sequence[str], rows: Rows) -> bool:
    """COPY rows none of which should clash with a stored one on a unique column: True when they
    went in, False (nothing written, the transaction usable) when one did - another writer stored
    it meanwhile - so that the caller takes the slower `insert_new`.

    COPY skips what INSERT … ON CONFLICT pays per row (the speculative insertion into each unique
    index), half again the cost of the insert. It runs in a savepoint, so a clash undoes it alone.
    """
    savepoint = connection.begin_nested()
    try:
        copy_rows(connection, table, keys, rows)
    except DBAPIError as err:  # psycopg's error, wrapped by copy_rows
        if cast(object, getattr(err.orig, "sqlstate", None)) != _UNIQUE_VIOLATION:
            raise
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def insert_new(
    connection: Connection,
    table: NamedTable,
    keys: Sequence[str],
    rows: Rows,
    *,
    conflict: Sequence[str] = (),
    returning: Sequence[str] = (),
) -> list[tuple[Cell, ...]]:
    """INSERT the rows, in the order given, skipping those that clash on `conflict` (on any unique
    column when empty); the `returning` columns of the rows inserted.

    Rows go in in order (WITH ORDINALITY … ORDER BY), so writers inserting sorted rows wait on
    each other's uncommitted rows in one order: no deadlock.
    """
    if not rows:
        return []
    names = [_quoted(key) for key in keys]
    target = f"({', '.join(_quoted(c) for c in conflict)}) " if conflict else ""
    sql = (
        f"INSERT INTO {_quoted(table.name)} ({', '.join(names)}) "
        f"SELECT {', '.join(names)} FROM {_unnest(table, keys)} ORDER BY _position "
        f"ON CONFLICT {target}DO NOTHING"
    )
    if not returning:
        connection.exec_driver_sql(sql, _arrays(table, keys, rows))
        return []
    sql += f" RETURNING {', '.join(_quoted(c) for c in returning)}"
    return _fetch(connection, sql, _arrays(table, keys, rows))


def select_where_in(
    connection: Connection, table: NamedTable, columns: Sequence[str], key: str, values: Sequence[Cell]
) -> list[tuple[Cell, ...]]:
    """The `columns` of the rows whose `key` is one of `values`: one statement (= ANY(array))."""
    if not values:
        return []
    sql = (
        f"SELECT {', '.join(_quoted(c) for c in columns)} FROM {_quoted(table.name)} "
        f"WHERE {_quoted(key)} = ANY(%(c0)b::{_sql_type(table, key)}[])"
    )
    return _fetch(connection, sql, {"c0": list(values)})


def update_rows(
    connection: Connection,
    table: NamedTable,
    match: Sequence[str],
    keys: Sequence[str],
    rows: Rows,
    *,
    assign: Mapping[str, str] | None = None,
    condition: str = "",
) -> None:
    """UPDATE the `table` rows whose `match` columns equal a row's first values, setting the
    `keys` columns to its other values (or to the SQL in `assign`, where `new.column` is the
    row's value and `stored.column` the stored one), in one statement."""
    if not rows:
        return
    columns = (*match, *keys)
    assign = dict(assign or {})
    settings = ", ".join(f"{_quoted(key)} = {assign.get(key, f'new.{_quoted(key)}')}" for key in keys)
    where = " AND ".join(f"stored.{_quoted(key)} = new.{_quoted(key)}" for key in match)
    if condition:
        where += f" AND {condition}"
    sql = (
        f"UPDATE {_quoted(table.name)} AS stored SET {settings} "
        f"FROM {_unnest(table, columns, alias='new')} WHERE {where}"
    )
    connection.exec_driver_sql(sql, _arrays(table, columns, rows))


def _unnest(table: NamedTable, keys: Sequence[str], alias: str = "new") -> str:
    types = [_sql_type(table, key) for key in keys]
    arrays = ", ".join(
        f"%(c{i})s::{type_}[]" if type_ == "INTEGER" else f"%(c{i})b::{type_}[]"  # see `_arrays`
        for i, type_ in enumerate(types)
    )
    names = ", ".join(_quoted(key) for key in keys)
    return f"unnest({arrays}) WITH ORDINALITY AS {alias}({names}, _position)"


def _arrays(table: NamedTable, keys: Sequence[str], rows: Rows) -> dict[str, list[Cell] | str]:
    """The parameters of `_unnest`: each column's values as a list, an integer column's as the text
    of an array (`int_array`)."""
    arrays: dict[str, list[Cell] | str] = {}
    for i, key in enumerate(keys):
        values = [row[i] for row in rows]
        arrays[f"c{i}"] = int_array(values) if _sql_type(table, key) == "INTEGER" else values
    return arrays


def int_array(values: Iterable[Cell]) -> str:
    """The text of an integer array (`{1,2,NULL}`), for a parameter cast to INTEGER[]: psycopg dumps
    a list's items one by one in Python (2.7 ms of client CPU for 2,500 integers), this joins them
    at C speed (0.5 ms)."""
    return "{" + ",".join(["NULL" if value is None else str(value) for value in values]) + "}"


def date_array(values: Iterable[_dt.date | None]) -> str:
    """The text of a date array (`{2025-12-20,NULL}`), for a parameter cast to DATE[] (see `int_array`)."""
    return "{" + ",".join(["NULL" if value is None else value.isoformat() for value in values]) + "}"


def _quoted(name: str) -> str:
    return _DIALECT.identifier_preparer.quote(name)


# The three adapters below are the only untyped spots: SQLAlchemy types raw-SQL rows, the DBAPI
# connection and a Table's columns as Any; each is read once here and given its type.


def _fetch(
    connection: Connection, sql: str, arrays: Mapping[str, list[Cell] | str]
) -> list[tuple[Cell, ...]]:
    """The rows a driver-level statement returns, as tuples of cells (SQLAlchemy: `Row[Any]`)."""
    parameters: dict[str, list[Cell] | str] = dict(arrays)
    result = cast("Iterable[Sequence[Cell]]", connection.exec_driver_sql(sql, parameters))
    return [tuple(row) for row in result]


def _psycopg(connection: Connection) -> psycopg.Connection[tuple[Cell, ...]]:
    """The psycopg connection under `connection` (SQLAlchemy: `Any | None`)."""
    driver = cast("psycopg.Connection[tuple[Cell, ...]] | None", connection.connection.driver_connection)
    assert driver is not None
    return driver


_COPY_TYPES = {"float": "float8"}
"""Type names SQLAlchemy writes that psycopg knows by another name (FLOAT is double precision)."""


@cached
def _copy_type(table: NamedTable, key: str) -> str:
    """The name psycopg knows a column's PostgreSQL type by, for a binary COPY."""
    name = _sql_type(table, key).lower()
    return _COPY_TYPES.get(name, name)


@cached
def _sql_type(table: NamedTable, key: str) -> str:
    """The PostgreSQL type of a column, for the casts of array parameters (`Column[Any].type`);
    compiled once per column (each COPY and array statement of a batch asks for its columns').

    Without its length: an explicit cast to VARCHAR(255) cuts a longer value silently (an article
    id of 300 characters became another id), while the INSERT's own assignment refuses it.
    """
    column_type = cast("TypeEngine[object]", operator.attrgetter(f"c.{key}.type")(table))
    return re.sub(r"\(\d+\)$", "", column_type.compile(dialect=_DIALECT))
