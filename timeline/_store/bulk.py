"""PostgreSQL bulk writes: one statement per table and batch, never one per row.

psycopg's executemany sends one INSERT per row (pipelined, but each is parsed, planned and
executed apart), and SQLAlchemy's INSERT … RETURNING of many rows falls back to one row per
statement when the order of the returned rows matters. A batch of 500 articles writes tens of
thousands of rows, so the server spent most of an ingest running single-row statements. Here
plain rows go in with COPY, and rows that may already exist (ON CONFLICT) or update stored
rows go in as arrays unpacked by `unnest`: one statement whatever the number of rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Row, Table
from sqlalchemy.dialects import postgresql

_DIALECT = postgresql.dialect()


def copy_rows(
    connection: Connection, table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """COPY `rows` (tuples of the `keys` columns) into `table` inside the connection's transaction."""
    if not rows:
        return
    columns = ", ".join(_quoted(key) for key in keys)
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(f"COPY {_quoted(table.name)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def insert_new(
    connection: Connection,
    table: Table,
    keys: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    conflict: Sequence[str] = (),
    returning: Sequence[str] = (),
) -> list[Row[Any]]:
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
        connection.exec_driver_sql(sql, _arrays(keys, rows))
        return []
    sql += f" RETURNING {', '.join(_quoted(c) for c in returning)}"
    return list(connection.exec_driver_sql(sql, _arrays(keys, rows)))


def select_where_in(
    connection: Connection, table: Table, columns: Sequence[str], key: str, values: Sequence[Any]
) -> list[Row[Any]]:
    """The `columns` of the rows whose `key` is one of `values`: one statement (= ANY(array))."""
    if not values:
        return []
    sql = (
        f"SELECT {', '.join(_quoted(c) for c in columns)} FROM {_quoted(table.name)} "
        f"WHERE {_quoted(key)} = ANY(%(c0)s::{table.c[key].type.compile(dialect=_DIALECT)}[])"
    )
    return list(connection.exec_driver_sql(sql, {"c0": list(values)}))


def update_rows(
    connection: Connection,
    table: Table,
    match: Sequence[str],
    keys: Sequence[str],
    rows: Sequence[Sequence[Any]],
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
    connection.exec_driver_sql(sql, _arrays(columns, rows))


def _unnest(table: Table, keys: Sequence[str], alias: str = "new") -> str:
    arrays = ", ".join(
        f"%(c{i})s::{table.c[key].type.compile(dialect=_DIALECT)}[]" for i, key in enumerate(keys)
    )
    names = ", ".join(_quoted(key) for key in keys)
    return f"unnest({arrays}) WITH ORDINALITY AS {alias}({names}, _position)"


def _arrays(keys: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, list[Any]]:
    return {f"c{i}": [row[i] for row in rows] for i in range(len(keys))}


def _quoted(name: str) -> str:
    return _DIALECT.identifier_preparer.quote(name)
