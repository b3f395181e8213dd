"""Opening a database: URL handling, SQLite pragmas, transactions, and the schema-version check."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
import urllib.parse
import weakref
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Protocol, cast

from sqlalchemy import URL, Connection, Engine, create_engine, event, insert, inspect, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection, ExceptionContext
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from timeline.errors import SchemaVersionError, StoreUnavailableError
from timeline.model import encodable

from . import search
from .driver import damaged_file_error, driver_rows
from .orm import (
    MENTION_ROWS_VERSION,
    META_MAX_SPAN_DAYS,
    META_SCHEMA_VERSION,
    NO_MENTION_ROWS,
    SCHEMA_VERSION,
    SUMMARY_PARTS_VERSION,
    TABLE_NAMES,
    WHOLE_SUMMARIES,
    WRITER_KEYED_TABLES,
    ArticleCopyRow,
    Base,
    EventEntityRow,
    EventRow,
    MentionRow,
    MetaRow,
    SourceRow,
)

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another connection's lock before the store is reported unavailable.

SQLite's busy handler retries with a growing back-off up to this bound; PostgreSQL gets it as
`lock_timeout`. Either way a locked database ends the run with StoreUnavailableError, never
with articles skipped one by one.
"""

CONNECT_TIMEOUT_S = 5
"""How long to wait for a PostgreSQL server before reporting it unreachable."""

PING_AFTER_IDLE_S = 1.0
"""A pooled PostgreSQL connection idle longer than this is pinged before it is used again.

SQLAlchemy's `pool_pre_ping` pings at every checkout: one round trip more for every query, a
sixth of an entity page's (ping, BEGIN, three SELECTs, COMMIT), each a wait for the server's
process to be scheduled on a loaded machine. A connection given back less than a second ago was
working then; a server that went away meanwhile shows as a failed statement (StoreUnavailableError).
"""

SQLITE_CACHE_KIB = 65_536
"""SQLite page cache per connection (64 MiB; the default 2 MiB thrashes once indexes outgrow it)."""

SQLITE_MMAP_BYTES = 0
"""No SQLite file store reads its file through a memory map (PRAGMA mmap_size, set on every
connection in case the SQLite library maps by default): each page is read with read().

A page of the map read after another program truncated the file (`cp other.db news.db`
truncates before it copies; `: > news.db`) killed the process with SIGBUS, which no code can
catch, in the middle of a batch (after `_FileWatch` looked) or of a read (a page: milliseconds;
an export streaming a million events: as long as it runs). read() makes it a store error.
Read-only stores were mapped for speed until session 15. What read() costs them, CPU p50 of five
paired rounds on a store of 100k events (benchmarks/store.py b's queries, load 12-14): an
entity page 0.83 -> 0.99 ms, a month 4.5 -> 4.9 ms; the first page of a fresh process (as the
command line reads) 12 -> 10 ms, within the noise, beside its 0.7 s of start-up."""

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

# SQLAlchemy's exception classes take `*arg: Any` and `event.listen` any target and function, so
# every use of them is an `Any` expression for `mypy --disallow-any-expr`: each is given its
# type once here, and the store's modules catch and listen through these names.
DATABASE_ERROR = cast("type[SQLAlchemyError]", SQLAlchemyError)
"""Any failure SQLAlchemy raises (`except DATABASE_ERROR as err`: `err` is an SQLAlchemyError)."""
_BAD_URL_ERRORS: tuple[type[Exception], ...] = (
    cast("type[Exception]", ArgumentError),
    cast("type[Exception]", NoSuchModuleError),
    ImportError,
    ValueError,
)
"""What a URL SQLAlchemy cannot parse, or whose driver it cannot load, raises."""


class DriverCursor(Protocol):
    """The part of a DB-API cursor the connect hooks use."""

    def execute(self, sql: str) -> object: ...
    def close(self) -> None: ...


class DriverConnection(Protocol):
    """The part of a DB-API connection (sqlite3, psycopg) the connect hooks use."""

    def cursor(self) -> DriverCursor: ...
    def commit(self) -> None: ...


class _SQLiteConnection(DriverConnection, Protocol):
    isolation_level: str | None


_listen = cast("Callable[[Engine, str, object], None]", event.listen)
"""`sqlalchemy.event.listen`, for an engine's hooks."""


class _ListenFirst(Protocol):
    def __call__(self, target: Engine, identifier: str, fn: object, *, insert: bool) -> None: ...


def _listen_first(engine: Engine, name: str, hook: object) -> None:
    """`sqlalchemy.event.listen` with `insert=True`: the hook runs before those listening already,
    SQLAlchemy's own first-connect hook among them (which reads the default schema)."""
    cast("_ListenFirst", event.listen)(engine, name, hook, insert=True)


def to_url(url_or_path: str | os.PathLike[str]) -> str:
    """A database URL; a plain file path means an SQLite file. An empty one is an error, not the
    in-memory database SQLite would make of it (which keeps nothing).

    >>> to_url("events.db")
    'sqlite:///events.db'
    """
    text = os.fspath(url_or_path)
    if not text.strip():
        raise StoreUnavailableError("the database URL is empty: give a file path or a URL")
    if "://" in text:
        return text
    # A URL decodes %XX and ends its path at ?: a path holding either names itself only escaped
    # (news%41.db was newsA.db, a?b.db the file a).
    return "sqlite:///" + text.replace("%", "%25").replace("?", "%3F")


def shown_url(url: URL) -> str:
    """`url` as error messages and logs show it: the password hidden, in the user part and in the
    query (`?password=…`, `?sslpassword=…`, which libpq takes as well); an SQLite file as its path,
    not as the URI the store opens it through (`file:` escaped, `mode=rw&uri=true` added).

    >>> shown_url(make_url("postgresql+psycopg://news:secret@db/news?password=secret"))
    'postgresql+psycopg://news:***@db/news?password=***'
    >>> shown_url(make_url("sqlite:///file%3A/data/my%2520news.db?mode=rw&uri=true"))
    '/data/my news.db'
    """
    path = sqlite_file(url.render_as_string(hide_password=False))
    if path is not None:
        return str(path)
    hidden = {key: "***" for key in url.query if "password" in key.lower()}
    shown = url.update_query_dict(hidden).render_as_string(hide_password=True)
    return shown.replace("=%2A%2A%2A", "=***")  # the query's stars, escaped by the rendering


def in_memory(url: str | os.PathLike[str]) -> bool:
    """True for an SQLite database in memory, however the URL spells it: `sqlite://`,
    `:memory:`, a driver named (`sqlite+pysqlite://`), `mode=memory` with or without `uri=true`
    (the store adds that flag to any query), `file::memory:`. False for a file, another database
    or a URL that does not parse (opening it says why).

    >>> in_memory("sqlite+pysqlite:///:memory:"), in_memory("sqlite:///news.db?mode=memory")
    (True, True)
    """
    parsed = _parsed_sqlite(url)
    if parsed is None:
        return False
    database = parsed.database or ""
    memory = database in ("", ":memory:") or database.startswith("file::memory:")
    return memory or parsed.query.get("mode") == "memory"


def sqlite_file(url: str | os.PathLike[str]) -> Path | None:
    """The file of an SQLite URL (`sqlite:///news.db`, `sqlite+pysqlite:///news.db`,
    `sqlite:///file:news.db?mode=ro&uri=true`, a bare path); None for another database, an SQLite
    database in memory, or a URL that does not parse.

    >>> sqlite_file("sqlite+pysqlite:///news.db"), sqlite_file("sqlite:///:memory:")
    (PosixPath('news.db'), None)
    """
    parsed = _parsed_sqlite(url)
    if parsed is None or in_memory(url):
        return None
    database = parsed.database or ""
    if database.startswith("file:"):  # an SQLite URI, whose path SQLite decodes (%20, %3F)
        return Path(urllib.parse.unquote(database[len("file:") :]))
    return Path(database)


def _parsed_sqlite(url: str | os.PathLike[str]) -> URL | None:
    """`url` parsed as the store opens it (SQLite URI flag added), None unless it is SQLite."""
    try:
        parsed = make_url(_sqlite_uri(to_url(url)))
    except _BAD_URL_ERRORS:
        return None
    except StoreUnavailableError:  # an empty URL
        return None
    return parsed if parsed.get_backend_name() == "sqlite" else None


def open_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for `url` whose connections are ready to use; StoreUnavailableError if not.

    `read_only` connections cannot write at all (SQLite `query_only`, PostgreSQL read-only
    transactions). Error messages show the URL with its password hidden.
    """
    if encodable(url) is not url:  # bytes of a file name that are not UTF-8 (argv, TIMELINE_DB), a NUL
        raise StoreUnavailableError(
            f"the database URL {url.encode('utf-8', 'backslashreplace').decode()!r} holds a NUL or "
            "bytes that are not UTF-8, which no database driver takes: rename the file"
        )
    try:
        parsed = make_url(url)
    except _BAD_URL_ERRORS as err:
        raise StoreUnavailableError(f"not a database URL: {err}") from None
    shown = shown_url(parsed)
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise StoreUnavailableError(
            f"unsupported database {backend!r} in {shown!r}: use sqlite or postgresql"
        )
    if backend == "sqlite":
        _refuse_companion_name(sqlite_file(url))
    try:
        if backend == "sqlite":
            memory = in_memory(url)
            opened = _read_only_sqlite(url) if read_only and not memory else url
            path = None if memory else sqlite_file(url)
            engine = _sqlite_engine(_sqlite_uri(opened), path=path, read_only=read_only)
        else:
            engine = _postgres_engine(parsed, read_only=read_only)
    except _BAD_URL_ERRORS as err:
        raise StoreUnavailableError(f"cannot use database URL {shown!r}: {err}") from None
    try:
        with engine.connect():
            pass
    except DATABASE_ERROR as err:
        engine.dispose()
        unreadable = unreadable_store(err, parsed)
        if unreadable is not None:
            raise unreadable from None
        reason = unavailable_reason(err) if isinstance(err, DBAPIError) else None
        raise StoreUnavailableError(f"cannot open database {shown!r}: {reason or _first_line(err)}") from None
    if backend != "sqlite" or not memory:  # an in-memory database lives in its connection
        _POOLED.add(engine)
    return engine


SQLITE_COMPANIONS = {"-wal": "write-ahead log", "-shm": "shared memory", "-journal": "journal"}
"""What SQLite adds to a database's file name for the files it keeps beside it, and what they are."""


def _refuse_companion_name(path: Path | None) -> None:
    """StoreUnavailableError for a store file named as SQLite names the files it keeps beside a
    database: `--db news.db-wal` (a name completed by the shell) made a store there, reported
    stored, and the next use of news.db removed it, taking it for news.db's own; while news.db
    was open, its writer's log went into that store."""
    if path is None:
        return
    for companion, kept in SQLITE_COMPANIONS.items():
        if len(path.name) > len(companion) and path.name.endswith(companion):
            database = path.with_name(path.name.removesuffix(companion))
            raise StoreUnavailableError(
                f"{path} is named as SQLite names the {kept} of a database {database}, which would "
                f"take it for its own and remove it: name the database itself, or give the store "
                f"a name that does not end in {companion}"
            )


_POOLED: weakref.WeakSet[Engine] = weakref.WeakSet()
"""The engines whose pooled connections a forked child must not use (`_forget_pools_after_fork`)."""


def _forget_pools_after_fork() -> None:
    """In a forked child, let every engine open new connections instead of the parent's: two
    processes on one PostgreSQL socket mix their statements (one failed, the others waited for
    ever), and SQLite forbids a connection carried over a fork. The parent's are left open, for
    the parent (SQLAlchemy's recipe for os.fork)."""
    for engine in list(_POOLED):
        engine.dispose(close=False)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pools_after_fork)


def _read_only_sqlite(url: str) -> str:
    """How a reader opens an SQLite store so that it leaves no -wal or -shm file behind.

    SQLite reads a WAL store through a -wal and a -shm file, which the first connection creates
    and the last one to close removes, if it can write the database (it checkpoints first). A
    connection that cannot write (`?mode=ro`, a file or folder without write permission) creates
    them and leaves them behind, or, when it cannot create them, cannot read at all. So:

    - the file and its folder are writable: opened read-write but never created (`mode=rw`,
      `?mode=ro` included), every statement refused (`query_only`, set for every read-only
      connection), so SQLite removes its files when the last connection closes;
    - not writable, no -wal file (no writer at work): opened `immutable=1`, which reads the file
      without locks and creates nothing. Only another user can write such a store; a writer that
      starts during the read is not seen, and one that checkpoints during a long read can make
      it fail (SQLite's caveat for immutable files);
    - not writable, a -wal file exists (another user's writer is at work, or stopped without
      closing): opened as asked, through the writer's files, which its writer removes, not this
      reader; an existing -shm it cannot write is read as SQLite reads read-only WAL stores.

    A folder with less than READ_SPACE_BYTES free counts as not writable: on a full disk SQLite
    made an empty -wal and a -shm it could not fill, left both behind and read nothing ('disk
    I/O error').
    """
    path = sqlite_file(url)
    if path is None:
        return url
    if not path.exists():  # SQLite would make an empty file of it
        raise StoreUnavailableError(f"no database at {path}: a reader creates none (ingest articles first)")
    writable = (
        os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
        and _free_bytes(path.parent) >= READ_SPACE_BYTES
    )
    if not writable and path.with_name(path.name + "-wal").exists():
        return url
    parsed = make_url(url)
    query = {key: value for key, value in parsed.query.items() if key not in ("mode", "immutable")}
    query.update({"mode": "rw"} if writable else {"mode": "ro", "immutable": "1"})
    database = parsed.database or ""
    if not database.startswith("file:"):  # a path: its URI characters are escaped
        database = "file:" + urllib.parse.quote(database, safe="/")
    uri = parsed.set(database=database, query={**query, "uri": "true"})
    return uri.render_as_string(hide_password=False)


READ_SPACE_BYTES = 1 << 20
"""Free space a reader of an SQLite store needs to open it through a -wal and a -shm file (the
-shm takes 32 KiB, more as the -wal grows); with less it opens the store immutable."""


def _free_bytes(folder: Path) -> int:
    """Bytes free for this user in `folder`'s file system (as many as it takes when unknown)."""
    try:
        space = os.statvfs(folder)
    except OSError:
        return READ_SPACE_BYTES
    return space.f_bavail * space.f_frsize


def _sqlite_uri(url: str) -> str:
    """`url` with `uri=true` added when it has SQLite URI parameters (`?mode=ro`) but not that flag:
    without it pysqlite drops them (with a warning), opening read-write and creating the file."""
    parsed = make_url(url)
    if not parsed.query or "uri" in parsed.query or parsed.database in (None, "", ":memory:"):
        return url
    database = parsed.database or ""
    if not database.startswith("file:"):  # a path: its URI characters (%, ?, #) are escaped
        database = "file:" + urllib.parse.quote(database, safe="/")
    uri = parsed.set(database=database)
    return uri.update_query_dict({"uri": "true"}).render_as_string(hide_password=False)


def _postgres_engine(url: URL, *, read_only: bool) -> Engine:
    """PostgreSQL with a connect timeout, a bounded lock wait and, when asked, read-only sessions."""
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
    engine = create_engine(url, connect_args=connect_args)
    driver_error = cast("type[Exception]", engine.dialect.loaded_dbapi.Error)

    def _on_checkin(_dbapi_connection: DriverConnection, record: _PoolRecord) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    def _on_checkout(dbapi_connection: DriverConnection, record: _PoolRecord, _proxy: object) -> None:
        idle_since = record.info.get(_IDLE_SINCE)
        if isinstance(idle_since, float) and time.monotonic() - idle_since > PING_AFTER_IDLE_S:
            try:
                engine.dialect.do_ping(cast("DBAPIConnection", dbapi_connection))
            except driver_error as err:  # the pool then opens a new connection
                raise cast("type[Exception]", DisconnectionError)(str(err)) from err

    def _on_connect(dbapi_connection: DriverConnection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        try:
            _pin_search_path(cursor)
            cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
            if read_only:
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        finally:
            cursor.close()
        dbapi_connection.commit()

    _listen_first(engine, "connect", _on_connect)  # the path pinned before SQLAlchemy reads it
    _listen(engine, "checkin", _on_checkin)
    _listen(engine, "checkout", _on_checkout)
    return engine


def _pin_search_path(cursor: DriverCursor) -> None:
    """Set the session's search path to the store's schema alone, where pg_catalog, searched first
    when the path does not name it, wins every function, operator and type name of the store's SQL.

    The store's schema is the first on the session's path that holds a `timeline_meta` table,
    else (a new store) the schema a CREATE TABLE would use. A path naming pg_catalog after another
    schema (`scratch, pg_catalog, news`) let a function or operator made in that schema, by anyone
    who may create there, stand for the built-in one the writer calls (`pg_advisory_xact_lock`,
    `unnest`, `=`), run with the writer's rights; and a table made there stood for the store's.
    The statements here name pg_catalog's functions and types themselves and use no operator. The
    store's own schema must still be writable only by trusted roles (PostgreSQL's secure schema
    usage pattern): a function made there with a closer argument type is preferred to pg_catalog's.
    A path naming no existing schema is left as it is (the server's error then says so).
    """
    query = cast("_QueryCursor", cursor)
    query.execute("SELECT pg_catalog.current_schemas(false)", ())
    schemas = cast("list[str]", query.fetchone()[0])
    store_schema = schemas[0] if schemas else None
    for schema in schemas:
        meta = f"{_quoted_name(schema)}.{MetaRow.__tablename__}"
        query.execute("SELECT pg_catalog.to_regclass(%s::pg_catalog.text)", (meta,))
        if query.fetchone()[0] is not None:
            store_schema = schema
            break
    if store_schema is not None:
        cursor.execute(f"SET search_path = {_quoted_name(store_schema)}")


class _QueryCursor(Protocol):
    """The part of psycopg's cursor `_pin_search_path` uses."""

    def execute(self, sql: str, parameters: tuple[object, ...], /) -> object: ...
    def fetchone(self) -> tuple[object, ...]: ...


def _quoted_name(name: str) -> str:
    """A PostgreSQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


_IDLE_SINCE = "timeline_idle_since"
"""Key of a pooled connection's `info`: when it was last given back to the pool."""


class _PoolRecord(Protocol):
    """The part of SQLAlchemy's pool record of a connection the checkout hooks use."""

    @property
    def info(self) -> dict[str, object]: ...


def _sqlite_engine(url: str, *, path: Path | None, read_only: bool) -> Engine:
    """SQLite with a busy timeout and explicit BEGINs; WAL is set once, when the store is created.
    `path`: the database file, None in memory.

    Connections never change the file on their own: a database that turns out not to be a
    timeline store is left exactly as it was. Every transaction first checks that the file is
    still the one opened (`_FileWatch`).
    """
    in_memory = path is None
    watch = None if path is None else _FileWatch(path)
    connect_args: dict[str, object]
    if in_memory:
        connect_args = {"check_same_thread": False}
        engine = create_engine(url, poolclass=StaticPool, connect_args=connect_args)
    else:
        connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000}
        engine = create_engine(url, connect_args=connect_args)

    def _on_connect(dbapi_connection: _SQLiteConnection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if read_only:
                cursor.execute("PRAGMA query_only=ON")
            if not in_memory:
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            if not in_memory:  # read(), not a memory map: see SQLITE_MMAP_BYTES
                cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
            cursor.execute("PRAGMA foreign_keys=ON")
        except UnicodeDecodeError as err:  # a damaged schema: raised as the database error it is
            raise damaged_file_error(err) from None
        finally:
            cursor.close()

    def _on_begin(connection: Connection) -> None:
        if watch is not None:
            watch.check()
        # BEGIN IMMEDIATE: a writer waits for the lock before reading, so its reads cannot go stale.
        # On the driver's cursor: SQLAlchemy's execution cost a read of an entity page a tenth of its time.
        write = _WRITE_OPTION in cast("Mapping[str, object]", connection.get_execution_options())
        driver_rows(connection, "BEGIN IMMEDIATE" if write else "BEGIN", ())

    def _on_commit(connection: Connection) -> None:
        write = _WRITE_OPTION in cast("Mapping[str, object]", connection.get_execution_options())
        if watch is not None and write:  # a write reported stored is in the file the path names
            watch.check()

    def _on_error(context: ExceptionContext) -> None:
        error = context.original_exception
        if isinstance(error, UnicodeDecodeError):  # sqlite3 failed to decode SQLite's message
            damaged = damaged_file_error(error)
            raise DBAPIError.instance(context.statement, context.parameters, damaged, sqlite3.Error)

    if watch is not None:
        _WATCHES[engine] = watch
    _listen(engine, "connect", _on_connect)
    _listen(engine, "begin", _on_begin)
    _listen(engine, "commit", _on_commit)
    _listen(engine, "handle_error", _on_error)
    return engine


class _FileWatch:
    """The identity and size of an SQLite store's file, checked at the start of each transaction.

    SQLite reads and writes the file it opened, whatever its name names since: a store file
    replaced (`mv`, a copy put in its place), removed or made a folder while open was written on
    unseen, the articles reported stored and gone when the process ended. A file truncated under
    it made its next read fail (it killed the process with SIGBUS when the file was memory-mapped:
    `SQLITE_MMAP_BYTES`). The store never shrinks its file; a VACUUM from outside does, leaving
    a whole database whose header counts its pages, so a size below the largest seen is a
    truncation unless the file is whole (`_whole_database`). Another store copied over the file
    in place (`cp other.db news.db`: the same inode) is not seen: whole, it passes for a VACUUM
    when smaller, as it passes unseen when larger.

    A write transaction is checked again before its commit, so that a batch is never reported
    stored in a -wal over a truncated file. A change during a transaction is otherwise not seen:
    it fails as SQLite makes it fail, with a store error (the file is read with read()).
    """

    def __init__(self, path: Path) -> None:
        self._path = Path(os.path.abspath(path))  # the file opened, whatever the working folder is later
        self._beside = tuple(self._path.with_name(self._path.name + suffix) for suffix in ("-wal", "-shm"))
        """The store's -wal and -shm paths (made once: every transaction looks at them)."""
        self._identity: tuple[int, int] | None = None
        self._size = 0
        self._wal: dict[Path, tuple[int, int]] = {}
        """The store's -wal and -shm files as last seen beside it (path -> identity)."""

    def check(self) -> None:
        """StoreUnavailableError when the file was replaced, removed or truncated since last seen."""
        found = _regular_file(self._path)
        identity = None if found is None else (found.st_dev, found.st_ino)
        if self._identity is None:
            self._identity = identity
        if found is None or identity != self._identity:
            raise StoreUnavailableError(
                f"the database file {self._path} was replaced or removed while the store was open: "
                "nothing more is read or written through it (open the store again)"
            )
        if found.st_size < self._size and not _whole_database(self._path, found.st_size):
            raise StoreUnavailableError(
                f"the database file {self._path} was truncated while the store was open "
                f"({self._size:,} bytes, now {found.st_size:,}): it is damaged; nothing more is read "
                "or written through it"
            )
        self._size = found.st_size
        for beside in self._beside:
            seen = _identity(beside)
            if seen is not None:
                self._wal[beside] = seen

    def remove_left_files(self) -> None:
        """Once the store is closed: when its file was replaced or removed meanwhile, remove the
        -wal and -shm files it left at the path (SQLite neither checkpoints nor removes them once
        its file has moved), which SQLite would replay onto a store put there. Files of that other
        store (other identities) are left alone."""
        if self._identity is None or _identity(self._path) == self._identity:
            return
        for beside, identity in self._wal.items():
            if _identity(beside) == identity:
                with contextlib.suppress(OSError):
                    beside.unlink()


def _whole_database(path: Path, size: int) -> bool:
    """Whether the SQLite file `path`, of `size` bytes, holds as many pages as its header says it
    has, a header that is current (its change counter is the one its page count was written
    with): a file VACUUM made smaller, not one cut short, whose header still counts the pages cut."""
    try:  # not waiting on a FIFO put in its place meanwhile
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
            header = file.read(100) if stat.S_ISREG(os.fstat(file.fileno()).st_mode) else b""
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65_536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    current = header[24:28] == header[92:96]
    return current and pages > 0 and pages * page_size == size


def _regular_file(path: Path) -> os.stat_result | None:
    """The status of the regular file `path` names; None when it names none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found if stat.S_ISREG(found.st_mode) else None


def _identity(path: Path) -> tuple[int, int] | None:
    """A regular file's device and inode; None when `path` names none."""
    found = _regular_file(path)
    return None if found is None else (found.st_dev, found.st_ino)


_WATCHES: weakref.WeakKeyDictionary[Engine, _FileWatch] = weakref.WeakKeyDictionary()
"""The file watch of each SQLite engine on a file, for `close_engine`."""


def close_engine(engine: Engine) -> None:
    """Close the engine's connections; for an SQLite file replaced or removed while open, remove
    the -wal and -shm files its connections left at the path (`_FileWatch.remove_left_files`)."""
    engine.dispose()
    watch = _WATCHES.pop(engine, None)
    if watch is not None:
        watch.remove_left_files()


@contextlib.contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection inside one write transaction: committed on success, rolled back on any error.

    StoreUnavailableError when no connection can be had (the server went away, the file is gone).
    """
    try:
        connection = engine.connect()
    except DATABASE_ERROR as err:
        raise StoreUnavailableError(f"cannot reach the database: {_first_line(err)}") from err
    with connection:
        connection = connection.execution_options(**{_WRITE_OPTION: True})
        with connection.begin():
            yield connection


def ensure_schema(engine: Engine, *, create: bool = True) -> None:
    """Check the schema version of a timeline store, or (with `create`) make one in an empty database.

    Only an empty database (a new SQLite file, a PostgreSQL schema without tables) becomes a
    store; one holding other tables is refused untouched, and so is an empty one when `create` is
    False. A store of an older version that `MIGRATIONS` knows is brought up to date (with
    `create`; read-only, one of `READABLE_OLDER_VERSIONS` is read as it is). Raises
    SchemaVersionError for another schema version (or timeline tables without a
    version), StoreUnavailableError for a database that is not a store or cannot be read or written.
    """
    try:
        try:
            with engine.connect() as connection:
                found = _check_existing(connection, create=create, url=engine.url)
            if found:
                if create and _is_sqlite_file(engine):
                    _back_to_wal(engine)
                return
        except _OlderVersion:
            _migrate(engine, url=engine.url)
            return
        with write_transaction(engine) as connection:
            if engine.dialect.name == "postgresql":  # SQLite's BEGIN IMMEDIATE serialises already
                from .ingest_concurrency import lock_writers  # as _migrate: two first runs make one store

                lock_writers(connection, exclusive=True)
            if _check_existing(connection, create=create, url=engine.url):
                return  # another process made it meanwhile
            Base.metadata.create_all(connection)
            search.install(connection)
            meta: list[dict[str, object]] = [
                {"key": META_SCHEMA_VERSION, "value": SCHEMA_VERSION},
                {"key": META_MAX_SPAN_DAYS, "value": 0},
            ]
            connection.execute(insert(MetaRow), meta)
        if _is_sqlite_file(engine):
            _use_wal(engine)
    except sqlite3.Error as err:  # from the driver's own connection in _use_wal
        unreadable = unreadable_store(err, engine.url)
        raise unreadable or StoreUnavailableError(f"cannot use the database: {err}") from None
    except DBAPIError as err:
        unreadable = unreadable_store(err, engine.url)
        if unreadable is not None:
            raise unreadable from None
        reason = unavailable_reason(err)
        raise StoreUnavailableError(f"cannot use the database: {reason or _first_line(err)}") from None
    except DATABASE_ERROR as err:
        raise StoreUnavailableError(f"cannot use the database: {_first_line(err)}") from None


def _is_sqlite_file(engine: Engine) -> bool:
    """Whether the store is a SQLite file (not in memory), whose journal mode is ours to set."""
    return engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:")


def _use_wal(engine: Engine, *, patience_s: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Put a SQLite store in WAL mode (a reader and a writer at once), outside any transaction.

    The switch needs the file to itself and SQLite asks for that lock without its busy handler:
    while another connection holds the file (a second first run that has just found the store
    made) it fails at once with "database is locked". So it is tried again until `patience_s` is
    spent, and is done as soon as the file is in WAL mode, whoever switched it. A file in WAL
    mode already is not written.
    """
    deadline = time.monotonic() + patience_s
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        while True:
            cursor.execute("PRAGMA journal_mode")
            if cast("tuple[str] | None", cursor.fetchone()) == ("wal",):
                return
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() >= deadline:
                    raise
            time.sleep(0.02)
    finally:
        raw.close()


def _back_to_wal(engine: Engine) -> None:
    """Put a SQLite store found in rollback-journal mode back in WAL mode when it is opened to write.

    A first run killed between making the tables and `_use_wal` leaves the file in SQLite's
    default mode, where readers and the writer wait for each other. One try, no waiting: while
    another connection holds the file, or the file cannot be written, the store is used as it is
    (it works, only slower) and the next writer tries again.
    """
    try:
        _use_wal(engine, patience_s=0)
    except sqlite3.OperationalError as err:
        if "locked" not in str(err) and "readonly" not in str(err):
            raise


def _add_article_copies(connection: Connection) -> None:
    """Version 5 -> 6: the `article_copies` table (copies of stored articles under other ids)."""
    Base.metadata.tables[ArticleCopyRow.__tablename__].create(connection, checkfirst=True)


def _key_links_by_themselves(connection: Connection) -> None:
    """Version 6 -> 7: `event_entities` loses its surrogate `id`; (event, entity, role), unique
    before, is its primary key. PostgreSQL alters the table (the id's sequence goes with it);
    SQLite, which cannot change a primary key, copies the rows into the new table."""
    links = Base.metadata.tables[EventEntityRow.__tablename__]
    if connection.dialect.name == "postgresql":
        for statement in _LINKS_KEYED_POSTGRES:
            connection.exec_driver_sql(statement)
        return
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_event_entities_entity")
    connection.exec_driver_sql("ALTER TABLE event_entities RENAME TO event_entities_6")
    links.create(connection)
    columns = "event_id, entity_id, role, position"
    connection.exec_driver_sql(
        f"INSERT INTO event_entities ({columns}) SELECT {columns} FROM event_entities_6 ORDER BY id"
    )
    connection.exec_driver_sql("DROP TABLE event_entities_6")


_LINKS_KEYED_POSTGRES = (
    "ALTER TABLE event_entities DROP COLUMN id",  # with its primary key and its sequence
    "ALTER TABLE event_entities DROP CONSTRAINT uq_event_entities",
    "ALTER TABLE event_entities ADD CONSTRAINT event_entities_pkey PRIMARY KEY (event_id, entity_id, role)",
)


def _drop_keys_the_writer_keeps(connection: Connection) -> None:
    """Version 7 -> 8: on PostgreSQL `sources` and `entity_timeline` lose their primary keys
    (`orm.WRITER_KEYED_TABLES`); SQLite keeps them, unchanged."""
    if connection.dialect.name != "postgresql":
        return
    for table in WRITER_KEYED_TABLES:
        connection.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {table}_pkey")


def _record_mentions(connection: Connection) -> None:
    """Version 8 -> 9: the `entity_mentions` table (how many times each article names each entity),
    made empty: the store never kept which article made an entity's mentions, so none is made up.

    Every entity keeps its `mention_count`, right for the store as it is. What cannot be
    reconstructed: which stored article made those mentions. When an article stored before
    version 9 is replaced, its mentions stay counted (as every version before did); the mentions
    of articles stored from version 9 on are taken off when they are replaced.
    """
    Base.metadata.tables[MentionRow.__tablename__].create(connection, checkfirst=True)
def _part_summaries_and_long_events_apart(connection: Connection) -> None:
    """Version 8 -> 9: `sources` gains `summary_start` and `summary_end` (a summary its sentence
    holds is that part of the sentence's text, not a text of its own; rows stored before keep
    their summaries' texts, the columns None); `ix_events_span` (every event, by `long_span`
    first) gives way to `ix_events_long` (the long events alone), and on PostgreSQL
    `ix_events_window` keeps `long_span` in its entries (`orm.EventRow`)."""
    for column in ("summary_start", "summary_end"):
        connection.exec_driver_sql(f"ALTER TABLE sources ADD COLUMN {column} INTEGER")
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_events_span")
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_events_window")
    for index in Base.metadata.tables[EventRow.__tablename__].indexes:
        if index.name in ("ix_events_window", "ix_events_long"):
            index.create(connection, checkfirst=True)


def _links_without_rowid(connection: Connection) -> None:
    """Version 10 -> 11: SQLite keeps `event_entities` without a rowid (`orm.EventEntityRow`): the
    rows are copied into the new table in key order. PostgreSQL is unchanged."""
    if connection.dialect.name != "sqlite":
        return
    links = Base.metadata.tables[EventEntityRow.__tablename__]
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_event_entities_entity")
    connection.exec_driver_sql("ALTER TABLE event_entities RENAME TO event_entities_10")
    links.create(connection)
    columns = "event_id, entity_id, role, position"
    connection.exec_driver_sql(
        f"INSERT INTO event_entities ({columns}) SELECT {columns} FROM event_entities_10 "
        "ORDER BY event_id, entity_id, role"
    )
    connection.exec_driver_sql("DROP TABLE event_entities_10")


def _sources_by_event_with_their_columns(connection: Connection) -> None:
    """Version 11 -> 12: on SQLite `ix_sources_event` gives way to `ix_sources_event_rows`, which
    also holds the columns a shown source reads (`orm.SourceRow`). PostgreSQL is unchanged."""
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_sources_event")
    for index in Base.metadata.tables[SourceRow.__tablename__].indexes:
        if index.name == "ix_sources_event_rows":
            index.create(connection, checkfirst=True)


def _record_extractions(connection: Connection) -> None:
    """Version 12 -> 13: `articles` gains `extraction_hash` (the digest of the extraction an article's
    reports were written from), None for the articles stored before: never recorded, so a reloaded
    extraction of one is rewritten by `load --replace` rather than compared."""
    connection.exec_driver_sql("ALTER TABLE articles ADD COLUMN extraction_hash VARCHAR(40)")


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    5: _add_article_copies,
    6: _key_links_by_themselves,
    7: _drop_keys_the_writer_keeps,
    8: _record_mentions,
    9: _part_summaries_and_long_events_apart,
    10: _links_without_rowid,
    11: _sources_by_event_with_their_columns,
    12: _record_extractions,
}
"""Schema version -> the change bringing a store of it to the next version, in one transaction."""

READABLE_OLDER_VERSIONS = frozenset({5, 6, 7, 8, 9, 10, 11, 12})
"""Older versions a read-only store may have: they lack only tables or columns that reads do not
use (5: `article_copies`, 8: `entity_mentions`), or have one more (6: `event_entities.id`) or more
indexes (7: the primary keys of `sources` and `entity_timeline` on PostgreSQL), or other indexes
(9 and before: `ix_events_span`) and no part summaries (9 and before: `sources.summary_start`,
read as `queries.whole_summaries` says), or `event_entities` with a rowid (10 and before), or
SQLite's narrow `ix_sources_event` (11 and before), or no `articles.extraction_hash` (12 and
before: only a writer reads it)."""


def _migrate(engine: Engine, *, url: URL) -> None:
    """Bring a store of an older version in `MIGRATIONS` up to `SCHEMA_VERSION`, in one transaction.

    On PostgreSQL it first takes the writers' lock exclusively, so no ingest writes meanwhile and
    two processes opening the old store at once migrate it once (the second finds it done).
    """
    with write_transaction(engine) as connection:
        if connection.dialect.name == "postgresql":
            from .ingest_concurrency import lock_writers  # the writer's lock; the writer needs a store first

            lock_writers(connection, exclusive=True)
        version = _stored_version(connection)
        while version != SCHEMA_VERSION:
            if version is None or version not in MIGRATIONS:  # changed since _check_existing looked
                _check_existing(connection, create=False, url=url)
                return
            MIGRATIONS[version](connection)
            version += 1
            connection.execute(
                update(MetaRow).where(MetaRow.key == META_SCHEMA_VERSION).values(value=version)
            )


def _stored_version(connection: Connection) -> int | None:
    return connection.scalar(select(MetaRow.value).where(MetaRow.key == META_SCHEMA_VERSION))


class _OlderVersion(Exception):
    """A store of an older schema version that `_migrate` brings up to date."""


def _check_existing(connection: Connection, *, create: bool, url: URL) -> bool:
    """True when the database is a store of this schema version (or, read-only, one of
    `READABLE_OLDER_VERSIONS`); False when it is empty and may be made one; raises
    `_OlderVersion` for a store `_migrate` brings up to date, SchemaVersionError or
    StoreUnavailableError for anything else."""
    tables = set(inspect(connection).get_table_names())
    shown = shown_url(url)
    if MetaRow.__tablename__ in tables:
        version = _stored_version(connection)
        if version in MIGRATIONS and create:
            raise _OlderVersion(version)
        if version in READABLE_OLDER_VERSIONS and not create:
            if version < SUMMARY_PARTS_VERSION:
                connection.engine.update_execution_options(**{WHOLE_SUMMARIES: True})
            if version < MENTION_ROWS_VERSION:
                connection.engine.update_execution_options(**{NO_MENTION_ROWS: True})
            return True
        if version != SCHEMA_VERSION:
            raise SchemaVersionError(
                f"the database has schema version {version}, this library reads version "
                f"{SCHEMA_VERSION}: use the matching timeline version (nothing was changed)"
            )
        return True
    if tables & TABLE_NAMES:
        raise SchemaVersionError(
            f"the database has timeline tables ({', '.join(sorted(tables & TABLE_NAMES))}) "
            "but no schema version: refusing to touch it"
        )
    if tables:
        listed = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreUnavailableError(
            f"{shown} is not a timeline store (it holds other tables: {listed}): refusing to touch it"
        )
    if not create:
        raise StoreUnavailableError(f"{shown} is empty, not a timeline store: ingest articles into it first")
    return False


_READ_ONLY_HINT = "its permissions, or a read-only file system"
"""Why a store cannot be written, as the messages saying so give it."""


def unwritable_file(url: str | os.PathLike[str]) -> str | None:
    """Why the SQLite file of `url` cannot be written (it exists, and this user may not write it),
    or None: a store opened on it for writing is opened read-only instead, so that SQLite leaves
    no -wal and -shm files behind, and says this when a write is asked for."""
    path = sqlite_file(url)
    if path is None or not path.is_file() or os.access(path, os.W_OK):
        return None
    return f"{path} is read-only ({_READ_ONLY_HINT})"

_SQLITE_MESSAGES = {
    "database is locked": "SQLITE_BUSY",
    "database table is locked": "SQLITE_LOCKED",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "database or disk is full": "SQLITE_FULL",
    "file is not a database": "SQLITE_NOTADB",
    "database disk image is malformed": "SQLITE_CORRUPT",
}
"""SQLite error names by message, for Python 3.10, whose sqlite3 errors carry no `sqlite_errorname`."""


_UNREADABLE = {
    "SQLITE_NOTADB": "it is no SQLite database (another kind of file, or an encrypted one)",
    "SQLITE_CORRUPT": "the file is damaged (SQLite finds it malformed): restore it from a copy",
}
"""Why an SQLite file cannot be read as a store, by SQLite's error name."""


def unreadable_store(err: BaseException, url: URL) -> StoreUnavailableError | None:
    """The error of a database error (SQLAlchemy's, or the driver's own) saying the SQLite file at
    `url` is damaged or no database, naming the file; None for any other error. The driver said
    only 'file is not a database' or 'database disk image is malformed', after 'the query failed'."""
    orig = err.orig if isinstance(err, DBAPIError) else err
    name = _text_attribute(orig, "sqlite_errorname") or _SQLITE_MESSAGES.get(str(orig), "")
    for prefix, why in _UNREADABLE.items():
        if name.startswith(prefix):
            return StoreUnavailableError(f"{shown_url(url)} is not a readable timeline store: {why}")
    return None


def unavailable_reason(err: DBAPIError) -> str | None:
    """Why a database error means the store cannot be used now (locked, read-only, full, gone, or
    not writable by this role), or None for an error of the statement itself."""
    if err.connection_invalidated:
        return f"the database went away: {_first_line(err)}"
    orig = err.orig
    name = _text_attribute(orig, "sqlite_errorname") or _SQLITE_MESSAGES.get(str(orig), "")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return (
            f"the database is locked by another writer (waited {BUSY_TIMEOUT_MS // 1000} s): "
            "try again when it is done"
        )
    if name.startswith("SQLITE_IOERR") and name.endswith("READ"):  # _READ, _SHORT_READ
        return f"the database file could not be read ({orig}): a failing disk?"
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR")):
        return (
            f"the database file could not be written ({orig}): a full disk or a file size limit "
            "(ulimit -f), or a failing disk; what was committed is kept: run the command again "
            "once there is room"
        )
    if name.startswith("SQLITE_READONLY"):
        return (
            f"the database cannot be written ({orig}): "
            f"the file or its folder is read-only ({_READ_ONLY_HINT})"
        )
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_NOTADB")):
        return _first_line(err)
    state = _text_attribute(orig, "sqlstate")
    if state == "55P03":
        return (
            f"the database is locked by another writer (waited {BUSY_TIMEOUT_MS // 1000} s): "
            "try again when it is done"
        )
    if state in ("25006", "42501") or state.startswith(("08", "53", "57")):  # 42501: insufficient privilege
        return _first_line(err)
    return None


def _text_attribute(error: object, name: str) -> str:
    """A driver error's text attribute (sqlite3's `sqlite_errorname`, psycopg's `sqlstate`), or ""."""
    value = cast(object, getattr(error, name, None))
    return value if isinstance(value, str) else ""


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
