"""Opening a database: URL handling, SQLite pragmas, transactions, and the schema-version check."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from timeline.errors import SchemaVersionError, StoreUnavailableError

from .orm import META_MAX_SPAN_DAYS, META_SCHEMA_VERSION, SCHEMA_VERSION, TABLE_NAMES, Base, MetaRow

BUSY_TIMEOUT_MS = 30_000
"""How long an SQLite writer waits for another process's write lock before giving up."""

CONNECT_TIMEOUT_S = 5
"""How long to wait for a PostgreSQL server before reporting it unreachable."""

SQLITE_CACHE_KIB = 65_536
"""SQLite page cache per connection (64 MiB; the default 2 MiB thrashes once indexes outgrow it)."""

WAL_AUTOCHECKPOINT_PAGES = 8_192
"""WAL pages (32 MiB at 4 KiB) before a commit copies them back into the database file.

SQLite's default, 1000 pages, is less than one `ingest_many` batch dirties once the indexes are
large, so every batch paid a checkpoint (copy and two fsyncs), a fifth of the write time at 100k
events. Committed transactions stay atomic and consistent; with synchronous=NORMAL, what a power
loss (not a crash of the process) may roll back is the commits since the last checkpoint.
"""

SUPPORTED_BACKENDS = ("sqlite", "postgresql")
"""The databases the store is written and tested for."""

_WRITE_OPTION = "timeline_write"


def to_url(url_or_path: str | os.PathLike[str]) -> str:
    """A database URL; a plain file path means an SQLite file.

    >>> to_url("events.db")
    'sqlite:///events.db'
    """
    text = os.fspath(url_or_path)
    if "://" in text:
        return text
    return f"sqlite:///{text}"


def open_engine(url: str) -> Engine:
    """An engine for `url` whose connections are ready to use; StoreUnavailableError if not.

    Error messages show the URL with its password hidden.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as err:
        raise StoreUnavailableError(f"not a database URL: {err}") from None
    shown = parsed.render_as_string(hide_password=True)
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise StoreUnavailableError(
            f"unsupported database {backend!r} in {shown!r}: use sqlite or postgresql"
        )
    try:
        if backend == "sqlite":
            engine = _sqlite_engine(url, in_memory=parsed.database in (None, "", ":memory:"))
        else:
            engine = create_engine(
                parsed, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
            )
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as err:
        raise StoreUnavailableError(f"cannot use database URL {shown!r}: {err}") from None
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as err:
        engine.dispose()
        raise StoreUnavailableError(f"cannot open database {shown!r}: {_first_line(err)}") from None
    return engine


def _sqlite_engine(url: str, *, in_memory: bool) -> Engine:
    """SQLite with WAL (a reader and a writer work at once), a busy timeout and explicit BEGINs."""
    if in_memory:
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # BEGIN IMMEDIATE: a writer waits for the lock before reading, so its reads cannot go stale.
        write = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextlib.contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection inside one write transaction: committed on success, rolled back on any error.

    StoreUnavailableError when no connection can be had (the server went away, the file is gone).
    """
    try:
        connection = engine.connect()
    except SQLAlchemyError as err:
        raise StoreUnavailableError(f"cannot reach the database: {_first_line(err)}") from err
    with connection:
        connection = connection.execution_options(**{_WRITE_OPTION: True})
        with connection.begin():
            yield connection


def ensure_schema(engine: Engine) -> None:
    """Create the tables in an empty database, or check the version of an existing one.

    Raises SchemaVersionError for a database of another schema version (or timeline tables with
    no version), StoreUnavailableError when the database cannot be written.
    """
    try:
        with write_transaction(engine) as connection:
            tables = set(inspect(connection).get_table_names())
            if MetaRow.__tablename__ not in tables:
                if tables & TABLE_NAMES:
                    raise SchemaVersionError(
                        f"the database has timeline tables ({', '.join(sorted(tables & TABLE_NAMES))}) "
                        "but no schema version: refusing to touch it"
                    )
                Base.metadata.create_all(connection)
                connection.execute(
                    insert(MetaRow),
                    [
                        {"key": META_SCHEMA_VERSION, "value": SCHEMA_VERSION},
                        {"key": META_MAX_SPAN_DAYS, "value": 0},
                    ],
                )
                return
            version = connection.scalar(select(MetaRow.value).where(MetaRow.key == META_SCHEMA_VERSION))
            if version != SCHEMA_VERSION:
                raise SchemaVersionError(
                    f"the database has schema version {version}, this library reads version "
                    f"{SCHEMA_VERSION}: use the matching timeline version (nothing was changed)"
                )
            # A no-op write: a read-only file fails here, when it is opened, not on the first ingest.
            connection.execute(
                update(MetaRow).where(MetaRow.key == META_SCHEMA_VERSION).values(value=SCHEMA_VERSION)
            )
    except SQLAlchemyError as err:
        raise StoreUnavailableError(f"cannot write to the database: {_first_line(err)}") from None


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
