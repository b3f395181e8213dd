"""The `timeline` command: ingest articles, list milestones and entities, show one event, debug dates.

Argument handling only; the work is done by `timeline.corpus`, `timeline.store`,
`timeline.dates` and `timeline.export`. Exit codes: 0 done, 1 an error (one line on stderr,
`timeline: error: ...`, no traceback), 2 a usage mistake (argparse).

    $ timeline demo
    $ timeline ingest news/ --db sqlite:///news.db --jobs 2
    $ timeline milestones --db sqlite:///news.db --entity 重庆大学 --format html --output 重庆大学.html
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as _dt
import errno
import importlib
import io
import itertools
import os
import shutil
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol, TextIO, TypeAlias, TypedDict, TypeVar, cast

import attrs

from timeline import __version__
from timeline._files import replacing
from timeline._signals import stop_if_swallowed, stops_kept_from_finalisers
from timeline.corpus.load import INPUT_FORMATS
from timeline.errors import SearchIndexWarning, TimelineError, UnreadTextWarning
from timeline.export import (
    align_columns,
    date_label,
    edtf,
    placed_edtf,
    placed_label,
    to_csv,
    to_html,
    to_json,
    to_markdown,
    to_table,
    to_timelinejs,
    write_csv,
    write_json,
    write_markdown,
    write_timelinejs,
)
from timeline.export.json import encode_json
from timeline.export.table import printable
from timeline.labels import HTML_WORDS, LIST_SEPARATOR
from timeline.model import Article, EntityProfile, Extraction, IngestReport, Source, StoredEvent, encodable

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from timeline.corpus import Skip
    from timeline.store import Timeline

__all__ = ["DEFAULT_DB", "DEFAULT_PAGE_SIZE", "DEMO_QUERIES", "build_parser", "main"]

_T = TypeVar("_T")

DEFAULT_DB = "sqlite:///timeline.db"
DEFAULT_PAGE_SIZE = 50
INGEST_BATCH = 200
"""Articles per transaction (and per check against the store) of `timeline ingest`."""
SHOWN_SOURCES = 10
"""Sources `timeline show` lists unless asked for more (`--sources N --sources-from K`)."""
FORMATS = ("table", "json", "csv", "md", "html", "timelinejs")


class CommandError(TimelineError):
    """A command-line value the library cannot use (a bad --pub date, a missing database file)."""


# --------------------------------------------------------------------------- options
# argparse fills an object of the command's class (`parse_args(namespace=...)`), so each handler
# reads typed attributes. The classes have slots: an option the parser sets that its class does
# not declare is an AttributeError at once (tests/test_cli.py parses every command).


@dataclasses.dataclass(init=False)
class _Chosen:
    """What the first parse tells: the command. Every other option is set here too (no slots)."""

    command: str


@dataclasses.dataclass(init=False, slots=True)
class IngestOptions:
    command: str
    paths: list[str]
    db: str
    pub_date: str | None
    source: str | None
    manifest: str | None
    jobs: int
    field: list[str] | None
    input_format: str
    replace: bool
    progress: bool


@dataclasses.dataclass(init=False, slots=True)
class ExtractOptions:
    command: str
    paths: list[str]
    pub_date: str | None
    source: str | None
    manifest: str | None
    jobs: int
    field: list[str] | None
    input_format: str
    output: str | None


@dataclasses.dataclass(init=False, slots=True)
class LoadOptions:
    command: str
    files: list[str]
    db: str
    replace: bool


@dataclasses.dataclass(init=False, slots=True)
class MilestonesOptions:
    command: str
    db: str
    entity: str | None
    query: str | None
    type: list[str] | None
    since: str | None
    until: str | None
    status: str | None
    dated_only: bool
    limit: int | None
    offset: int
    format: str
    output: str | None
    title: str | None
    bom: bool
    csv_formulas: bool


@dataclasses.dataclass(init=False, slots=True)
class EntitiesOptions:
    command: str
    action: list[str]
    reason: str | None
    db: str
    type: str | None
    query: str | None
    format: str


@dataclasses.dataclass(init=False, slots=True)
class ShowOptions:
    command: str
    event_id: int
    db: str
    format: str
    sources: int | None
    sources_from: int


@dataclasses.dataclass(init=False, slots=True)
class DatesOptions:
    command: str
    text: str
    pub: str
    format: str


@dataclasses.dataclass(init=False, slots=True)
class DemoOptions:
    command: str
    db: str
    html: str | None
    progress: bool


# --------------------------------------------------------------------------- helpers


def _db_url(value: str) -> str:
    """A database URL; a bare path means an SQLite file. Empty and in-memory URLs are refused:
    the command would report success and keep nothing; so is one with a blank at an end (from an
    environment file or a copy), which made a second database beside the one meant."""
    from timeline._store.engine import in_memory, to_url

    if not value.strip():
        raise argparse.ArgumentTypeError("the database URL is empty (is TIMELINE_DB set to nothing?)")
    if value != value.strip():  # 'news.db ' is a file of its own, not news.db
        raise argparse.ArgumentTypeError(
            f"{printable(repr(value))} begins or ends with a blank, which would name another file: remove it"
        )
    url = to_url(value)
    if in_memory(url):
        raise argparse.ArgumentTypeError(
            f"{value!r} is an in-memory database, which keeps nothing: give a file"
        )
    return url


def _sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, None for other databases (see `_store.engine.sqlite_file`)."""
    from timeline._store.engine import sqlite_file

    return sqlite_file(url)


def _open_store(url: str, *, must_exist: bool, writes: bool | None = None) -> Timeline:
    """The store at `url`: read-only unless the command `writes` (by default: unless it may create
    the store); a store that must exist is never created."""
    from timeline.store import Timeline

    path = _sqlite_path(url)
    if must_exist and path is not None and not path.exists():
        raise CommandError(f"no database at {path} (create one with `timeline ingest PATH --db {url}`)")
    if path is not None and path.exists() and not path.is_file():  # SQLite put /dev/null-journal in /dev
        raise CommandError(f"{path} is not a regular file: give an SQLite file (or a database URL)")
    return Timeline(url, read_only=not (writes if writes is not None else not must_exist))


@contextlib.contextmanager
def _writing_store(url: str) -> Iterator[Timeline]:
    """The store `ingest` and `load` write to, created when missing. An SQLite file that was
    absent or empty before is put back as it was (removed, or emptied) when the command ends with
    no article in it (every article skipped, or a failure before the first commit): no empty
    store is left behind for a later command to take for a real one."""
    path = _sqlite_path(url)
    existed = path is not None and path.exists()
    new = path is not None and (not existed or (path.is_file() and path.stat().st_size == 0))
    from timeline._store.engine import unwritable_file

    unwritable = unwritable_file(url)
    if unwritable:  # before the store is opened, so no article is read or extracted in vain
        raise CommandError(f"{unwritable}: it can be read, not written (nothing was changed)")
    try:
        with _open_store(url, must_exist=False) as store:  # making the store may fail too (a full disk)
            yield store
    finally:
        if new and path is not None and _unused_and_without_articles(path):
            for sidecar in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + sidecar).unlink(missing_ok=True)
            if existed:
                path.write_bytes(b"")
            else:
                path.unlink(missing_ok=True)


def _unused_and_without_articles(path: Path) -> bool:
    """Whether the SQLite file at `path` is empty, or a store holding no article (or no table), and
    no other connection has it open: another `ingest` that opened the store meanwhile (its first
    batch still being extracted) had it removed under it, its run failing, and one that committed
    between the look and the removal would have lost what it was told was stored.

    Told by SQLite's exclusive lock, taken in exclusive locking mode: in WAL mode every open
    connection keeps the file's shared memory locked, so the lock is refused while any has it open.
    """
    import sqlite3
    import urllib.parse

    try:
        if path.stat().st_size == 0:  # never made a store (a full disk), yet left behind as one
            return True
        uri = f"file:{urllib.parse.quote(str(path))}?mode=rw"
        connection = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    except (OSError, ValueError, sqlite3.Error):  # gone, a name with a NUL, not openable
        return False
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        listed = cast("Iterable[tuple[str]]", connection.execute("SELECT name FROM sqlite_master"))
        tables = {name for (name,) in listed}
        if "articles" not in tables:
            return not tables
        found = cast("tuple[int]", connection.execute("SELECT count(*) FROM articles").fetchone())
        return found[0] == 0
    except sqlite3.Error:  # another connection has it open, or it is no database
        return False
    finally:
        connection.close()


MAX_ID = 2**63 - 1
"""The largest id, limit or offset a database integer holds."""
MAX_JOBS = 256


def _whole_number(text: str, lowest: int) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not lowest <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"must be from {lowest} to {MAX_ID}, got {text[:30]}")
    return number


def _positive_int(text: str) -> int:
    return _whole_number(text, 1)


def _count(text: str) -> int:
    return _whole_number(text, 0)


def _jobs(text: str) -> int:
    number = _whole_number(text, 1)
    if number > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"at most {MAX_JOBS} processes, got {number}")
    return number


def _path(text: str) -> str:
    """A file or folder argument; an empty one is refused (it would mean the current folder)."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path names no file")
    return text


def _words(text: str) -> str:
    """A name, title or search text; empty or blank is refused rather than matching everything."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is empty: give some text or leave the option out")
    return text


def _title(text: str) -> str:
    """A page or document title; bytes of the argument that are not UTF-8 (lone surrogates) become
    U+FFFD, as in article text, so the file it heads can be written."""
    return encodable(_words(text))


def _type_list(text: str) -> list[str]:
    """Comma-separated event types; an empty one (`,,`, a trailing comma) is refused rather than
    read as "no type" (nothing) or "any type" (everything)."""
    types = [part.strip() for part in text.split(",")]
    if not all(types):
        raise argparse.ArgumentTypeError(f"an empty event type in {text!r}: use opening,signing")
    return types


def _reference_date(text: str) -> _dt.date:
    from timeline.dates import to_reference_date

    try:
        return to_reference_date(text, "--pub")
    except ValueError as err:
        raise CommandError(str(err)) from None


def _emit(text: str, output: str | None, *, for_people: bool = False) -> None:
    """Write `text` to the file `output` (UTF-8, all or nothing), or to stdout; text `for_people`
    (tables, `show`) has its control characters removed first."""
    if for_people:
        text = printable(text)
    if output is None or output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    _emit_stream(lambda stream: stream.write(text), output)


def _emit_stream(
    write: Callable[[TextIO], object], output: str | None, *, json_document: bool = False
) -> None:
    """Have `write` write an export, piece by piece, to the file `output` (UTF-8, all or nothing)
    or to stdout (`-` too, as for `extract --output -`); a `json_document` (which ends without one)
    gets a line break on stdout."""
    if output is None or output == "-":
        write(sys.stdout)
        if json_document:
            sys.stdout.write("\n")
        return
    target = Path(output)
    _refuse_database(target)
    if target.is_dir():
        raise CommandError(f"cannot write {output}: it is a folder; give a file name")
    try:
        if target.exists() and not target.is_file():
            # A device, FIFO or /dev/stdout: written into, never replaced by a regular file.
            with open(target, "w", encoding="utf-8", newline="") as stream:
                write(stream)
        else:
            _replace_file(target.resolve(), write)  # through a symlink to the file it names
    except OSError as err:
        raise OSError(err.errno, err.strerror, str(target)) from None
    print(_line(f"wrote {output}"), file=sys.stderr)


def _check_output_file(output: str | None) -> None:
    """Refuse, before any work, an output file that cannot be written: a folder, a file in a
    missing folder or one without write permission, or a database (`_refuse_database`)."""
    if output is None or output == "-":
        return
    target = Path(output)
    _refuse_database(target)
    if target.is_dir():
        raise CommandError(f"cannot write {output}: it is a folder; give a file name")
    if target.exists() and not target.is_file():
        return  # a device or FIFO: written into, as `_emit_stream` does
    folder = Path(os.path.realpath(target)).parent  # the file is written next to where a symlink points
    if not folder.is_dir():
        raise CommandError(f"cannot write {output}: there is no folder {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"cannot write {output}: no permission to write in the folder {folder}")


SQLITE_MAGIC = b"SQLite format 3\x00"


def _refuse_database(target: Path) -> None:
    """Refuse to write an export over an SQLite database (`--output timeline.db` by mistake would
    replace the whole store with a CSV), or over one of the files SQLite keeps beside it (its
    write-ahead log, shared memory or journal: a CSV in place of `timeline.db-wal` loses the
    transactions not yet copied into the database, and a reader meanwhile fails)."""
    from timeline._store.engine import SQLITE_COMPANIONS

    if _is_database(target):
        raise CommandError(f"{target} is a database: write the output to another file")
    for companion in SQLITE_COMPANIONS:
        if len(target.name) <= len(companion) or not target.name.endswith(companion):
            continue  # `.`, `/` and `-wal` itself name no file beside a database
        database = target.with_name(target.name.removesuffix(companion))
        if _is_database(database):
            kept = companion.lstrip("-")
            raise CommandError(f"{target} is a database's {kept} file: write the output to another file")


def _is_database(path: Path) -> bool:
    """Whether `path` is a regular file that starts as an SQLite database does."""
    if not path.is_file():  # missing, or a device or FIFO (never opened here: it could block)
        return False
    try:
        with open(path, "rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError:
        return False  # unreadable: writing it says why, if it fails
    return head == SQLITE_MAGIC


def _replace_file(target: Path, write: Callable[[TextIO], object]) -> None:
    """Have `write` write next to `target`, then rename it over: an interrupted run never leaves
    half a file."""
    with replacing(target, newline="") as stream:
        write(stream)


class _Bar(Protocol):
    """The part of a tqdm progress bar used here (tqdm ships no types)."""

    @property
    def n(self) -> int: ...
    def update(self, n: int) -> object: ...
    def close(self) -> None: ...


class _Tqdm(Protocol):
    def tqdm(
        self,
        *,
        total: int | None,
        disable: bool,
        file: IO[str],
        unit: str,
        mininterval: float,
        dynamic_ncols: bool,
        smoothing: float,
    ) -> _Bar: ...


class ProgressBar:
    """Ingest progress on stderr: articles done (of about how many), rate, elapsed and time left.

    Drawn by tqdm, at most five times a second, only when `enabled` (by default when stderr is
    a terminal); `total` None (standard input) shows count, rate and elapsed without an end.
    tqdm is imported only then, and a TQDM_ variable it cannot read means no bar, said in a line.

        >>> import io
        >>> shown = io.StringIO()
        >>> bar = ProgressBar(10, enabled=True, stream=shown)
        >>> bar.update(4); bar.update(10); bar.close()
        >>> "10/10" in shown.getvalue()
        True
    """

    def __init__(self, total: int | None, *, enabled: bool, stream: IO[str] | None = None) -> None:
        self._bar: _Bar | None = None
        if not enabled:
            return
        try:
            tqdm = cast(_Tqdm, importlib.import_module("tqdm"))
        except (ValueError, TypeError) as err:  # tqdm reads its TQDM_* variables as it is imported
            said = printable(f"timeline: no progress bar: tqdm refused a TQDM_ variable: {err}")
            print(said, file=stream or _stderr())
            return
        self._bar = tqdm.tqdm(
            total=total,
            disable=False,
            file=stream or _stderr(),
            unit=" articles",
            mininterval=0.2,
            dynamic_ncols=True,
            smoothing=0.1,
        )

    def update(self, done: int) -> None:
        """Show `done` items processed so far."""
        if self._bar is not None and done > self._bar.n:
            self._bar.update(done - self._bar.n)

    def close(self) -> None:
        """Draw the bar a last time and end its line."""
        if self._bar is not None:
            self._bar.close()


def _report_lines(report: IngestReport, skipped: Sequence[Skip], *, replace: bool = False) -> list[str]:
    lines = [
        f"ingested {report.articles} articles ({report.duplicates} already stored): "
        f"{report.events} events ({report.merged_events} merged into events already known), "
        f"{report.entities} entities"
    ]
    if report.replaced:
        lines.append(f"replaced {report.replaced} corrected articles")
    if report.corrections:
        # Another version may also come earlier in the same input, and be replaced before it is stored.
        done = "replaced" if replace or report.replaced else "kept as stored (use --replace to replace them)"
        lines.append(f"{len(report.corrections)} articles were stored before with other details, {done}:")
        lines.extend("  " + _line(f"{article_id}: {changes}") for article_id, changes in report.corrections)
    reasons = [(s.source, s.reason) for s in skipped] + list(report.skipped)
    if reasons:
        lines.append(f"skipped {len(reasons)}:")
        lines.extend("  " + _line(f"{name}: {reason}") for name, reason in reasons)
    return lines


def _ingest(
    store: Timeline,
    items: Iterator[Article | Skip],
    *,
    jobs: int,
    total: int | None,
    show_progress: bool,
    replace: bool = False,
) -> tuple[IngestReport, list[Skip]]:
    from timeline.corpus import Skip, extract_articles

    skipped: list[Skip] = []
    bar = ProgressBar(total, enabled=show_progress)
    screen = store.screen(replace=replace)
    screened_out = 0

    def keep(chunk: list[Article | Skip]) -> list[Article | Skip]:
        nonlocal screened_out
        kept = screen.keep(chunk)
        screened_out += len(chunk) - len(kept)
        return kept

    def unstored() -> Iterator[Article | Skip]:
        # Stored articles never reach the extraction workers; ingest_many reports them (`screen`).
        chunk: list[Article | Skip] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= INGEST_BATCH:
                yield from keep(chunk)
                chunk = []
        yield from keep(chunk)

    stream: Iterator[Article | Extraction | Skip] = (
        extract_articles(unstored(), jobs=jobs) if jobs > 1 else items
    )

    def documents() -> Iterator[Article | Extraction]:
        for item in stream:
            stop_if_swallowed()  # between two articles, outside any write
            if isinstance(item, Skip):
                skipped.append(item)
                continue
            yield item

    try:
        report = store.ingest_many(
            documents(),
            progress=lambda done: bar.update(done + len(skipped) + screened_out),
            batch_size=INGEST_BATCH,
            replace=replace,
            screen=screen,  # its duplicates, corrections and the copies it found go in the report
        )
        if total is not None:
            bar.update(total)
    finally:
        bar.close()
    return report, skipped


def _render_milestones(
    events: Sequence[StoredEvent],
    fmt: str,
    *,
    title: str,
    bom: bool,
    colour: bool = False,
    aliases: dict[str, tuple[str, ...]] | None = None,
    formulas: bool = False,
) -> str:
    renderers: dict[str, Callable[[], str]] = {
        "json": lambda: to_json(events),
        "csv": lambda: to_csv(events, bom=bom, formulas=formulas),
        "md": lambda: to_markdown(events),
        "html": lambda: to_html(events, title=title, aliases=aliases),
        "timelinejs": lambda: to_timelinejs(events, title=title),
        "table": lambda: to_table(events, max_width=_terminal_width(), colour=colour),
    }
    return renderers[fmt]()


def _aliases(store: Timeline, events: Sequence[StoredEvent]) -> dict[str, tuple[str, ...]]:
    """{entity name: its aliases} for the entities of `events` (for the HTML page's filter)."""
    from timeline.errors import UnknownEntityError

    found: dict[str, tuple[str, ...]] = {}
    for name in dict.fromkeys((e.name for event in events for e in event.entities), True):
        try:
            found[name] = store.entity(name).aliases
        except UnknownEntityError:
            continue
    return found


def _stdout() -> TextIO:
    """`sys.stdout` (typeshed: TextIO | Any, as it may be None in a process without one)."""
    stream: TextIO = sys.stdout
    return stream


def _stderr() -> TextIO:
    stream: TextIO = sys.stderr
    return stream


def _colour() -> bool:
    """Colour the terminal table: stdout is a terminal and NO_COLOR (no-color.org) is not set."""
    return _stdout().isatty() and not os.environ.get("NO_COLOR")


def _terminal_width() -> int | None:
    return shutil.get_terminal_size().columns if _stdout().isatty() else None


# --------------------------------------------------------------------------- commands


def _cmd_ingest(args: IngestOptions) -> int:
    from timeline.corpus import count_items, load_articles, parse_field_options

    fields = parse_field_options(args.field or [])
    items = load_articles(
        args.paths,
        manifest=args.manifest,
        pub_date=args.pub_date,
        source=args.source,
        fields=fields,
        input_format=args.input_format,
    )
    # The first item is read before the store is opened: bad arguments and an empty input fail
    # without creating or touching a database.
    first = next(items, None)
    if first is None:
        raise CommandError(f"no articles found in {', '.join(args.paths)}: nothing to ingest")
    items = itertools.chain([first], items)
    show_progress = args.progress or _stderr().isatty()
    total = count_items(args.paths, input_format=args.input_format) if show_progress else None
    with _writing_store(args.db) as store, _count_on_interrupt(store), _stored_before_an_error():
        report, skipped = _ingest(
            store, items, jobs=args.jobs, total=total, show_progress=show_progress, replace=args.replace
        )
    print("\n".join(_report_lines(report, skipped, replace=args.replace)))
    if report.articles == 0 and report.duplicates == 0 and not report.corrections:
        reasons = [s.reason for s in skipped] + [reason for _, reason in report.skipped]
        raise _nothing_done("ingest", args.paths, reasons)
    return 0


@contextlib.contextmanager
def _stored_before_an_error() -> Iterator[None]:
    """When an ingest or load stops on an error carrying the report of the batches committed
    before it (the database went away, the disk is full), say what they stored."""
    try:
        yield
    except TimelineError as err:
        if err.report is not None:
            print("\n".join(["stopped early; stored before the error:", *_report_lines(err.report, [])]))
        raise


def _stopping_between(items: Iterable[_T]) -> Iterator[_T]:
    """`items`, raising before each one a Ctrl-C or SIGTERM a finaliser swallowed (`_signals`)."""
    for item in items:
        stop_if_swallowed()
        yield item


@contextlib.contextmanager
def _count_on_interrupt(store: Timeline) -> Iterator[None]:
    """On Ctrl-C, say how many articles the run stored before it stopped: each batch is committed
    whole, and running the command again goes on where it stopped (stored articles are skipped)."""
    before = store.stats()["articles"]
    try:
        yield
    except KeyboardInterrupt:
        stored = store.stats()["articles"] - before
        print(f"interrupted: {stored} articles of this run were stored; run the command again to go on")
        raise


def _nothing_done(verb: str, paths: Sequence[str], reasons: Sequence[str]) -> CommandError:
    """The error of an ingest or extract that found no article, or skipped every one (`reasons`),
    with a hint when dates were missing."""
    if not reasons:
        return CommandError(f"no articles found in {', '.join(paths)}: nothing to {verb}")
    hint = (
        " (give the publication date of undated files with --pub-date YYYY-MM-DD)"
        if any("publication date" in reason for reason in reasons)
        else ""
    )
    done = {"ingest": "ingested", "extract": "extracted"}[verb]
    return CommandError(f"nothing was {done}: all {len(reasons)} articles were skipped{hint}")


def _cmd_extract(args: ExtractOptions) -> int:
    from timeline.corpus import Skip, extract_articles, load_articles, parse_field_options

    _refuse_output_among_inputs(args.output, args.paths, args.manifest)
    items = load_articles(
        args.paths,
        manifest=args.manifest,
        pub_date=args.pub_date,
        source=args.source,
        fields=parse_field_options(args.field or []),
        input_format=args.input_format,
    )
    written = 0
    reasons: list[str] = []
    with _output_stream(args.output) as out:
        for item in extract_articles(items, jobs=args.jobs):
            if isinstance(item, Skip):
                reasons.append(item.reason)
                print(_line(f"skipped {item.source}: {item.reason}"), file=sys.stderr)
                continue
            out.write(encode_json(item.to_dict()) + "\n")
            written += 1
        print(f"extracted {written} articles, skipped {len(reasons)}", file=sys.stderr)
        if not written:  # raised here, so that an earlier output file is not replaced
            raise _nothing_done("extract", args.paths, reasons)
    return 0


def _refuse_output_among_inputs(output: str | None, inputs: Sequence[str], manifest: str | None) -> None:
    """Refuse an `--output` that is an article read, or a .txt inside a folder read (the next run
    would read the extractions as an article): `extract a.txt --output a.txt` replaced the
    article with its own extraction. A manifest read (`--manifest`, or a manifest.json in a
    folder read or next to a file read) is refused too: `extract seeds --output
    seeds/manifest.json` replaced the dates and sources of every article with extractions."""
    from timeline.corpus.folders import ARTICLE_SUFFIX, MANIFEST_NAME

    if output is None or output == "-":
        return
    target = Path(output).resolve()
    elsewhere = "write the extractions elsewhere (a .jsonl file, or outside the folder)"
    if manifest is not None and target == Path(manifest).resolve():
        raise CommandError(f"--output {output} is the manifest read (--manifest): {elsewhere}")
    for given in inputs:
        path = Path(given).resolve()
        within = path.is_dir() and path in target.parents
        if target == path or (within and target.suffix.lower() == ARTICLE_SUFFIX):
            raise CommandError(f"--output {output} is among the articles read from {given}: {elsewhere}")
        if target.name == MANIFEST_NAME and (within or target.parent == path.parent):
            raise CommandError(f"--output {output} is a manifest read with {given}: {elsewhere}")


@contextlib.contextmanager
def _output_stream(output: str | None) -> Iterator[IO[str]]:
    """stdout, or a file written whole or not at all (a temporary file renamed at the end)."""
    if output is None or output == "-":
        yield sys.stdout
        return
    target = Path(output)
    _refuse_database(target)
    if target.exists() and not target.is_file():  # a device or FIFO: written into, never replaced
        with target.open("w", encoding="utf-8", newline="\n") as stream:
            yield stream
        return
    with replacing(target.resolve(), newline="\n") as stream:  # through a symlink to the file it names
        yield stream


def _cmd_load(args: LoadOptions) -> int:
    from timeline.corpus.records import open_binary
    from timeline.serial import not_extractions, read_extraction_file, stdin_extractions

    skipped: list[Skip] = []
    piped: Iterator[Extraction | tuple[str, str]] = iter(())

    def extractions() -> Iterator[Extraction]:
        for path in args.files:
            yield from _keep_extractions(piped if path == "-" else read_extraction_file(path), skipped)

    missing = [path for path in args.files if path != "-" and not os.path.exists(path)]
    if missing:  # before the store is opened, so a typo creates no database
        raise CommandError(f"no such file: {', '.join(missing)}")
    for path in args.files:  # likewise a directory, a FIFO or a device: never half a load
        if path != "-":
            open_binary(path).close()
    for path in args.files:  # articles given to load (ingest's input) are told so once, not per line
        problem = None if path == "-" else not_extractions(path)
        if problem:
            raise CommandError(
                f"{path} is not a file of extractions: {problem}; `timeline load` stores what "
                f"`timeline extract` writes: store articles with `timeline ingest {path}`"
            )
    if "-" in args.files:  # judged by its first line, read now (it cannot be read twice)
        problem, piped = stdin_extractions()
        if problem:
            raise CommandError(
                f"standard input holds no extractions: {problem}; `timeline load` stores what "
                "`timeline extract` writes: store articles with `timeline ingest -` (or extract "
                "them first: `timeline extract - | timeline load -`)"
            )
    # The first extraction is read before the store is opened: input with none creates nothing.
    items = extractions()
    first = next(items, None)
    if first is None:
        if skipped:
            print(
                "\n".join(
                    [f"skipped {len(skipped)}:", *("  " + _line(f"{s.source}: {s.reason}") for s in skipped)]
                )
            )
            raise CommandError(f"nothing was loaded: all {len(skipped)} extractions were skipped")
        raise CommandError(f"no extractions found in {', '.join(args.files)}: nothing to load")
    with _writing_store(args.db) as store, _count_on_interrupt(store), _stored_before_an_error():
        report = store.ingest_many(
            _stopping_between(itertools.chain([first], items)), batch_size=INGEST_BATCH, replace=args.replace
        )
    print("\n".join(_report_lines(report, skipped, replace=args.replace)))
    if report.articles == 0 and report.duplicates == 0 and not report.corrections:
        raise CommandError(
            f"nothing was loaded: all {len(skipped) + len(report.skipped)} extractions were skipped"
        )
    return 0


def _keep_extractions(
    found: Iterable[Extraction | tuple[str, str]], skipped: list[Skip]
) -> Iterator[Extraction]:
    from timeline.corpus import Skip

    for item in found:
        if isinstance(item, tuple):
            skipped.append(Skip(*item))
        else:
            yield item


class _MilestoneFilters(TypedDict):
    """The keyword arguments of `Timeline.milestones` that the command line gives."""

    entity: str | None
    types: list[str] | None
    since: str | None
    until: str | None
    status: str | None
    offset: int
    dated_only: bool
    query: str | None


def _milestone_filters(args: MilestonesOptions) -> _MilestoneFilters:
    """The filters of `milestones` given on the command line, as keyword arguments."""
    return {
        "entity": args.entity,
        "types": args.type,
        "since": args.since,
        "until": args.until,
        "status": args.status,
        "offset": args.offset,
        "dated_only": args.dated_only,
        "query": args.query,
    }


def _milestones_title(args: MilestonesOptions) -> str:
    if args.title:
        return args.title
    return HTML_WORDS["entity_title"].format(entity=args.entity) if args.entity else HTML_WORDS["title"]


STREAMED_FORMATS = ("json", "csv", "md", "timelinejs")
"""Formats an unlimited listing is written in as it is read (the table and the HTML page, which
align or count every event, are built whole)."""


def _stream_milestones(args: MilestonesOptions) -> int:
    """Every event passing the filters, written as it is read (`Timeline.iter_milestones`):
    memory stays that of one batch, however many events there are."""
    with _open_store(args.db, must_exist=True) as store:
        events = store.iter_milestones(**_milestone_filters(args))
        writers: dict[str, Callable[[TextIO], None]] = {
            "json": lambda out: write_json(events, out),
            "csv": lambda out: write_csv(events, out, bom=args.bom, formulas=args.csv_formulas),
            "md": lambda out: write_markdown(events, out),
            "timelinejs": lambda out: write_timelinejs(events, out, title=_milestones_title(args)),
        }
        _emit_stream(writers[args.format], args.output, json_document=args.format in ("json", "timelinejs"))
    return 0


def _cmd_milestones(args: MilestonesOptions) -> int:
    limit = args.limit if args.limit is not None else (DEFAULT_PAGE_SIZE if args.format == "table" else 0)
    if not limit and args.format in STREAMED_FORMATS:
        return _stream_milestones(args)
    with _open_store(args.db, must_exist=True) as store:
        # One more than the page tells whether there is a next page.
        events = store.milestones(**_milestone_filters(args), limit=limit + 1 if limit else None)
        aliases = _aliases(store, events) if args.format == "html" else None
    more = bool(limit) and len(events) > limit
    events = events[:limit] if limit else events
    title = _milestones_title(args)
    colour = args.format == "table" and args.output in (None, "-") and _colour()
    _emit(
        _render_milestones(
            events,
            args.format,
            title=title,
            bom=args.bom,
            colour=colour,
            aliases=aliases,
            formulas=args.csv_formulas,
        ),
        args.output,
        for_people=args.format == "table" and not colour,  # a coloured table cleans its own cells
    )
    if args.format == "table":
        if not events and args.offset:
            past = f"no events from --offset {args.offset} on: the listing starts at --offset 0"
            print(past, file=sys.stderr)
        elif not events:
            print("no events match", file=sys.stderr)
        elif more:
            print(
                f"showing {args.offset + 1}–{args.offset + len(events)}; "
                f"next page: --offset {args.offset + limit}, everything: --limit 0",
                file=sys.stderr,
            )
    return 0


ENTITY_ACTIONS = {"show": ["NAME"], "merge": ["KEPT", "FOLDED"], "split": ["NAME"]}
"""`timeline entities ACTION NAME…`: the names each action takes."""


def _cmd_entity_action(args: EntitiesOptions) -> int:
    action, *names = args.action
    if action not in ENTITY_ACTIONS:
        raise CommandError(
            f"{action!r} is no action of entities (show, merge, split): to list the entities whose "
            f"names hold it, `timeline entities --query {action}`; one entity: `timeline entities show NAME`"
        )
    wanted = ENTITY_ACTIONS[action]
    if len(names) != len(wanted):
        count = "one name" if len(wanted) == 1 else "two names, the entity kept and the one folded into it"
        usage = f"timeline entities {action} {' '.join(wanted)}"
        raise CommandError(f"entities {action} takes {count}: `{usage}`")
    if any(not name.strip() for name in names):  # the library's wording ("or None") is no CLI's
        raise CommandError(f"entities {action}: an entity name is empty: give one `timeline entities` lists")
    with _open_store(args.db, must_exist=True, writes=action != "show") as store:
        if action == "merge":
            reason = args.reason or "merged by hand"
            entity = store.merge_entities(names[0], names[1], reason=reason)
            print(
                printable(
                    f"folded {names[1]} into {entity.name} ({reason}); "
                    f"undo with `timeline entities split {names[1]}`"
                )
            )
        elif action == "split":
            entity = store.split_entity(names[0])
            print(printable(f"split {entity.name} out again ({entity.event_count} events)"))
        profile = store.entity_profile(names[0] if action != "merge" else entity.name)
    _emit(_entity_text(profile), None, for_people=True)
    return 0


def _entity_text(profile: EntityProfile) -> str:
    entity = profile.entity
    lines = [f"entity    {entity.name}  ({entity.type}, id {entity.id})"]
    if entity.aliases:
        lines.append(f"aliases   {LIST_SEPARATOR.join(entity.aliases)}")
    if entity.affiliation:
        lines.append(f"of        {entity.affiliation}")
    lines.append(f"events    {entity.event_count}; mentions {entity.mention_count}")
    for label, report in (("first", profile.first_report), ("last", profile.last_report)):
        if report is not None:
            origin = _one_line(" · ".join(p for p in (report.source, report.title) if p))
            article = _one_line(report.article_id)
            lines.append(f"{label:<9} {report.pub_date.isoformat()} {origin} (article {article})")
    for fold in profile.folds:
        state = " (undone)" if fold.undone else ""
        merged = f" (events merged: {fold.merged_events})" if fold.merged_events else ""
        lines.append(f"folded    {fold.folded} into {fold.kept}{state}: {_one_line(fold.reason)}{merged}")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    """Stored text (an article's id, source or title, a fold's reason) on one line of `show`: a line
    break in it printed a line of its own, which could pass for one of the report's."""
    return " ".join(text.split())


def _line(text: str) -> str:
    """A line of a report or an error naming stored text or a file: on one line, without control
    characters (an article id or file name may hold both)."""
    return printable(_one_line(text))


def _cmd_entities(args: EntitiesOptions) -> int:
    if args.action:
        return _cmd_entity_action(args)
    with _open_store(args.db, must_exist=True) as store:
        entities = store.entities(type=args.type, query=args.query)
    if args.format == "json":
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "affiliation": e.affiliation,
                "events": e.event_count,
                "mentions": e.mention_count,
            }
            for e in entities
        ]
        _emit(encode_json(rows, indent=2), None)
        return 0
    header = ("id", "name", "type", "events", "mentions", "aliases")
    table = [
        (str(e.id), e.name, e.type, str(e.event_count), str(e.mention_count), LIST_SEPARATOR.join(e.aliases))
        for e in entities
    ]
    _emit(align_columns(header, table), None, for_people=True)
    if not entities:
        print("no entities match", file=sys.stderr)
    return 0


def _event_text(event: StoredEvent, sources: Sequence[Source] | None = None, first: int = 0) -> str:
    """The event as `timeline show` prints it, with `sources` (default: the event's first ones)."""
    if sources is None:
        sources = event.sources
    lines = [
        f"event {event.id}  {event.type}  {event.status}  "
        f"(trigger {event.trigger}, confidence {event.confidence:.2f})"
    ]
    if event.start is not None and event.end is not None:
        lines.append(
            f"date      {date_label(event)}  [{event.start.isoformat()} .. {event.end.isoformat()}; "
            f"grain {event.grain}; value {event.value}; edtf {edtf(event)}; "
            f"mod {event.mod}; kind {event.kind}]"
            + (f"  from “{event.date_text}”" if event.date_text else "")
        )
    else:
        lines.append(f"date      {placed_label(event)}  [edtf {placed_edtf(event)}]")
    if event.planned_value or event.planned_start:
        lines.append(f"planned   {event.planned_value} ({event.planned_start} .. {event.planned_end})")
    lines.append(f"summary   {event.summary}")
    for entity in event.entities:
        lines.append(f"entity    {entity.name}  ({entity.type}, {entity.role})")
    if event.merge_count:
        latest = f" (the latest {len(event.merge_note.splitlines())})" if event.merge_count > 1 else ""
        lines.append(f"merged    {event.merge_count} reports{latest}:")
        lines.extend(f"          {note}" for note in event.merge_note.splitlines())
    elif event.merge_note:
        lines.append(f"merged    {event.merge_note}")
    if not sources and first:  # --sources-from past the last source
        shown = f"none from {first + 1} on, of "
    elif not sources and event.source_count:  # --sources 0
        shown = "none shown, of "
    else:
        shown = f"{first + 1}–{first + len(sources)} of " if len(sources) < event.source_count else ""
    lines.append(f"sources   {shown}{event.source_count}")
    for number, s in enumerate(sources, first + 1):
        estimated = " (estimated)" if s.pub_date_estimated else ""
        origin = _one_line(" · ".join(p for p in (s.source, s.title) if p))
        lines.append(f"  [{number}] {origin} · {s.pub_date.isoformat()}{estimated}")
        lines.append(
            f"      article {_one_line(s.article_id)}, characters {s.start_char}–{s.end_char}, "
            f"status {s.status}"
            + (f", date “{s.date_text}”" if s.date_text else "")
        )
        lines.append(f"      {' '.join(s.sentence.split())}")
    left = event.source_count - first - len(sources)
    if left > 0:
        following = first + len(sources)
        lines.append(f"  … {left} more: timeline show {event.id} --sources-from {following}")
    return "\n".join(lines) + "\n"


def _cmd_show(args: ShowOptions) -> int:
    with _open_store(args.db, must_exist=True) as store:
        event = store.event(args.event_id)
        sources = None
        if args.sources_from or args.sources is not None:
            shown = SHOWN_SOURCES if args.sources is None else args.sources
            sources = store.sources(event.id, offset=args.sources_from, limit=shown)
    if args.format == "json":
        if sources is not None:
            event = attrs.evolve(event, sources=tuple(sources), source_count=event.source_count)
        _emit(to_json([event]), None)
    else:
        _emit(_event_text(event, sources, args.sources_from), None, for_people=True)
    return 0


def _cmd_dates(args: DatesOptions) -> int:
    reference = _reference_date(args.pub)
    if args.text == "-":  # decoded as `timeline ingest` decodes a file (UTF-8, UTF-16, GB18030, Big5…)
        from timeline.corpus import MAX_ARTICLE_BYTES, Skip
        from timeline.corpus.encoding import read_stream

        stdin: TextIO = sys.stdin
        read = read_stream(stdin.buffer, "standard input", MAX_ARTICLE_BYTES)
        if isinstance(read, Skip):
            raise CommandError(f"{read.source}: {read.reason}")
        text = read
    else:
        text = args.text
    from timeline.dates import extract

    expressions = extract(text, reference)
    if args.format == "json":
        rows = [
            {
                "text": e.text,
                "start_char": e.start_char,
                "end_char": e.end_char,
                "start": e.start.isoformat() if e.start else None,
                "end": e.end.isoformat() if e.end else None,
                "grain": e.grain,
                "value": e.value,
                "edtf": edtf(e),
                "label": date_label(e) if e.has_interval else None,
                "mod": e.mod,
                "kind": e.kind,
                "anchor": e.anchor,
                "rule": e.rule,
            }
            for e in expressions
        ]
        _emit(encode_json(rows, indent=2), None)
        return 0
    header = ("text", "start", "end", "grain", "value", "mod", "kind", "anchor", "rule", "label")
    rows_text = [
        (
            e.text,
            e.start.isoformat() if e.start else "-",
            e.end.isoformat() if e.end else "-",
            e.grain or "-",
            e.value or "-",
            e.mod or "-",
            e.kind,
            e.anchor,
            e.rule,
            date_label(e) if e.has_interval else "-",
        )
        for e in expressions
    ]
    _emit(align_columns(header, rows_text), None, for_people=True)
    if not expressions:
        print("no date expressions found", file=sys.stderr)
    return 0


DEMO_QUERIES = (
    "timeline milestones --entity 金凤实验室",
    "timeline milestones --query 加氢站",
    "timeline milestones --since 2026 --type signing,opening --format md",
    "timeline entities --type lab",
)
"""What `timeline demo` suggests next: each returns events or entities of the sample articles."""


def _cmd_demo(args: DemoOptions) -> int:
    from timeline.corpus import article_files, bundled_seeds, load_articles

    seeds = bundled_seeds()
    _check_output_file(args.html)  # before the store is filled, not after
    with _writing_store(args.db) as store:
        _check_demo_store(store, seeds)
        total = len(article_files([seeds]))
        items = load_articles([seeds])
        report, skipped = _ingest(store, items, jobs=1, total=total, show_progress=args.progress)
        events = store.milestones()
        aliases = _aliases(store, events) if args.html else {}
    path = _sqlite_path(args.db)
    # A PostgreSQL URL is shown without its password (the suggested commands end up in logs).
    from sqlalchemy.engine import make_url

    from timeline._store.engine import shown_url as without_password

    shown_url = args.db if path is not None else without_password(make_url(args.db))
    where = str(path) if path is not None else shown_url
    print(f"timeline demo: the sample articles in {seeds}, stored in {where}")
    print("\n".join(_report_lines(report, skipped)))
    print()
    table = to_table(events, max_width=_terminal_width(), colour=_colour())
    sys.stdout.write(table if _colour() else printable(table))
    if args.html:
        _emit(to_html(events, title=HTML_WORDS["seeds_title"], aliases=aliases), args.html)
    default = args.db == _db_url(os.environ.get("TIMELINE_DB", DEFAULT_DB))
    db_option = "" if default else f" --db {shown_url}"
    reads = " (every command reads it by default)" if default else ""
    print(f"\n{len(events)} events in {where}. Query it{reads}:")
    for command in (*DEMO_QUERIES, f"timeline show {events[0].id}" if events else "timeline show 1"):
        print(f"  {command}{db_option}")
    return 0


def _check_demo_store(store: Timeline, seeds: Path) -> None:
    """Refuse a store holding articles other than the samples: `demo` into the default database
    mixed the five samples into the news a user had ingested there, with exit 0."""
    from timeline.corpus import load_articles
    from timeline.model import Article

    stored = store.stats()["articles"]
    if not stored:
        return
    samples = {item.id for item in load_articles([seeds]) if isinstance(item, Article)}
    others = stored - len(samples) if stored > len(samples) else sum(
        article.id not in samples for article in store.articles()
    )
    if others:
        raise CommandError(
            f"the database holds {others} article(s) besides the samples: demo stores them only in a "
            "new or empty database, or its own earlier one; give another --db"
        )


# --------------------------------------------------------------------------- parser


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=_db_url,
        default=os.environ.get("TIMELINE_DB", DEFAULT_DB),
        metavar="URL",
        help="database URL or SQLite file (default: $TIMELINE_DB or sqlite:///timeline.db)",
    )


class _Parser(argparse.ArgumentParser):
    """An argument parser whose --help and --version fail as every command does when standard
    output cannot be written (closed, a full disk): argparse drops the error and exits 0, so
    `timeline --version >&-` succeeded having written nothing. Its own errors to standard error
    are still dropped quietly when that is closed too."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message and file is sys.stdout:
            file.write(message)
            return
        super()._print_message(message, file)


def build_parser() -> argparse.ArgumentParser:
    """The `timeline` argument parser, one sub-command per task, each added by its own
    function (`_add_ingest`, `_add_milestones`…).

    >>> build_parser().parse_args(["dates", "去年12月", "--pub", "2024-03-05"]).command
    'dates'
    """
    parser: argparse.ArgumentParser = _Parser(
        prog="timeline",
        description="Chinese news to a dated, queryable record of what happened.",
        epilog="example:\n  timeline demo\n  timeline milestones --entity 金凤实验室",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_ingest(commands)
    _add_extract(commands)
    _add_load(commands)
    _add_milestones(commands)
    _add_entities(commands)
    _add_show(commands)
    _add_dates(commands)
    _add_demo(commands)
    return parser


#: The sub-parsers of `build_parser`, to which each command adds its own.
_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _command(commands: _Commands, name: str, summary: str, example: str) -> argparse.ArgumentParser:
    """A sub-command with its one-line summary as help and description, and an example."""
    sub: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return sub


def _add_ingest(commands: _Commands) -> None:
    """The `ingest` command: read articles into the event store."""
    ingest = _command(
        commands,
        "ingest",
        "Read articles into the event store: folders of .txt, JSON Lines, CSV, Parquet, web pages, stdin.",
        "timeline ingest seeds/ --jobs 2\n"
        "  timeline ingest examples/articles.jsonl --field text=正文 --field pub_date=发布时间\n"
        "  cat examples/articles.jsonl | timeline ingest - --field text=正文 --field pub_date=发布时间",
    )
    ingest.add_argument(
        "paths",
        nargs="+",
        type=_path,
        metavar="PATH",
        help="folders of .txt, .txt/.jsonl/.csv/.parquet/.html files, or - for standard input (JSON Lines)",
    )
    _add_db(ingest)
    ingest.add_argument("--pub-date", metavar="DATE", help="publication date of undated files (ISO)")
    ingest.add_argument("--source", metavar="NAME", help="source (newspaper) name of every article")
    ingest.add_argument(
        "--manifest", type=_path, metavar="FILE", help="manifest.json with each file's date and source"
    )
    ingest.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="extract in N processes")
    _add_record_options(ingest)
    ingest.add_argument(
        "--replace",
        action="store_true",
        help="replace articles stored before with another date/source/title/text",
    )
    ingest.add_argument("--progress", action="store_true", help="show progress even off a terminal")


def _add_record_options(command: argparse.ArgumentParser) -> None:
    """--field and --input-format, which `ingest` and `extract` take alike (they read the same input)."""
    command.add_argument(
        "--field",
        action="append",
        metavar="FIELD=NAME",
        help="record key of an article field (text, pub_date, title, source, url, id, pub_date_estimated), "
        "e.g. text=正文",
    )
    command.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read every PATH (default: by suffix; standard input is JSON Lines)",
    )


def _add_extract(commands: _Commands) -> None:
    """The `extract` command: events of .txt articles as JSON lines."""
    extract = _command(
        commands,
        "extract",
        "Extract events from articles, as ingest reads them, and write them as JSON lines "
        "(load them with `timeline load`).",
        "timeline extract seeds/ --jobs 2 > extractions.jsonl\n"
        "  timeline extract examples/articles.jsonl --field text=正文 --field pub_date=发布时间",
    )
    extract.add_argument(
        "paths",
        nargs="+",
        type=_path,
        metavar="PATH",
        help="folders of .txt, .txt/.jsonl/.csv/.parquet/.html files, or - for standard input (JSON Lines)",
    )
    extract.add_argument("--pub-date", metavar="DATE", help="publication date of undated files (ISO)")
    extract.add_argument("--source", metavar="NAME", help="source (newspaper) name of every article")
    extract.add_argument(
        "--manifest", type=_path, metavar="FILE", help="manifest.json with each file's date and source"
    )
    extract.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="extract in N processes")
    _add_record_options(extract)
    extract.add_argument("--output", type=_path, metavar="FILE", help="write to FILE instead of stdout")


def _add_load(commands: _Commands) -> None:
    """The `load` command: store extractions written by `extract`."""
    load = _command(
        commands,
        "load",
        "Store extractions written by `timeline extract` (JSON lines; - for stdin).",
        "timeline load extractions.jsonl --db postgresql+psycopg://user@host/news",
    )
    load.add_argument(
        "files", nargs="+", type=_path, metavar="FILE", help="JSON-lines files of extractions, or -"
    )
    _add_db(load)
    load.add_argument(
        "--replace",
        action="store_true",
        help="replace the articles stored before with another date, source, title or text, and "
        "rewrite the reports of those whose extraction differs from the one stored (edited events, "
        "entities or mentions); an identical extraction is counted as already stored",
    )


def _add_milestones(commands: _Commands) -> None:
    """The `milestones` command: the milestones in date order, filtered."""
    milestones = _command(
        commands,
        "milestones",
        "List the milestones, in date order, filtered by entity, type, date or status.",
        "timeline milestones --entity 川渝共建重点实验室 --since 2023 --until 2024-06\n"
        "  timeline milestones --query 加氢站 --format html --output 加氢站.html",
    )
    _add_db(milestones)
    milestones.add_argument(
        "--entity",
        type=_words,
        metavar="NAME",
        help="only events of this entity: name, alias or a unique part of one",
    )
    milestones.add_argument(
        "--query",
        type=_words,
        metavar="WORDS",
        help="only events whose summary or a sentence contains every word: 加氢站",
    )
    milestones.add_argument(
        "--type", type=_type_list, metavar="T,…", help="event types, comma-separated: opening,signing"
    )
    milestones.add_argument("--since", metavar="DATE", help="from this date: 2025, 2025-12 or 2025-12-20")
    milestones.add_argument("--until", metavar="DATE", help="up to this date: 2025, 2025-12 or 2025-12-20")
    milestones.add_argument("--status", choices=("occurred", "planned", "ongoing"))
    milestones.add_argument(
        "--dated-only",
        action="store_true",
        help="leave out events whose text gives no date (by default they sit at their first report)",
    )
    milestones.add_argument(
        "--limit", type=_count, metavar="N", help=f"at most N events; 0 for all (table: {DEFAULT_PAGE_SIZE})"
    )
    milestones.add_argument("--offset", type=_count, default=0, metavar="N", help="skip the first N events")
    milestones.add_argument("--format", choices=FORMATS, default="table")
    milestones.add_argument("--output", type=_path, metavar="FILE", help="write to FILE instead of stdout")
    milestones.add_argument("--title", type=_title, help="title of the HTML page or TimelineJS document")
    milestones.add_argument("--bom", action="store_true", help="CSV: start with a BOM, for Excel")
    milestones.add_argument(
        "--csv-formulas",
        action="store_true",
        help="CSV: keep cells exactly as stored (by default an apostrophe stops spreadsheets running "
        "cells starting with = + - @ as formulas, and bidi overrides are dropped)",
    )


def _add_entities(commands: _Commands) -> None:
    """The `entities` command: list, show, merge or split entities."""
    entities = _command(
        commands,
        "entities",
        "List the entities in the store; show one with its history, merge two, or split one back out.",
        "timeline entities --type lab --query 实验室\n  timeline entities show 摇橹船科技\n"
        "  timeline entities merge 合肥长庐动力电池科技有限公司 长庐动力 --reason 同一家公司\n"
        "  timeline entities split 长庐动力",
    )
    entities.add_argument(
        "action", nargs="*", metavar="show NAME | merge KEPT FOLDED | split NAME", help="one entity"
    )
    entities.add_argument("--reason", type=_words, help="merge: why the two are one (recorded with the fold)")
    _add_db(entities)
    entities.add_argument(
        "--type", type=_words, metavar="TYPE", help="only this entity type (lab, company, policy, …)"
    )
    entities.add_argument(
        "--query", type=_words, metavar="TEXT", help="only names or aliases containing TEXT"
    )
    entities.add_argument("--format", choices=("table", "json"), default="table")


def _add_show(commands: _Commands) -> None:
    """The `show` command: one event with its entities, sources and sentences."""
    show = _command(
        commands, "show", "Show one event: its date, entities, sources and sentences.", "timeline show 12"
    )
    show.add_argument("event_id", type=_positive_int, metavar="EVENT_ID")
    _add_db(show)
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.add_argument(
        "--sources", type=_count, metavar="N", help=f"show N sources (default: the first {SHOWN_SOURCES})"
    )
    show.add_argument(
        "--sources-from", type=_count, default=0, metavar="K", help="start the sources at the K-th (from 0)"
    )


def _add_dates(commands: _Commands) -> None:
    """The `dates` command: how every date expression of a text resolves (debugging)."""
    dates = _command(
        commands,
        "dates",
        "Show how every date expression in TEXT resolves against a publication date (for debugging).",
        "timeline dates '去年12月，两省市联合印发管理办法。' --pub 2024-03-05",
    )
    dates.add_argument("text", type=_words, metavar="TEXT", help="the text, or - to read it from stdin")
    dates.add_argument(  # --pub-date as ingest and extract spell it
        "--pub",
        "--pub-date",
        dest="pub",
        required=True,
        metavar="DATE",
        help="publication (reference) date, ISO",
    )
    dates.add_argument("--format", choices=("table", "json"), default="table")


def _add_demo(commands: _Commands) -> None:
    """The `demo` command: store the sample articles and print their timeline."""
    demo = _command(
        commands,
        "demo",
        "Store the sample articles in the database (default ./timeline.db), print their timeline and "
        "how to query it.",
        "timeline demo --html demo.html",
    )
    _add_db(demo)
    demo.add_argument("--html", type=_path, metavar="FILE", help="also write the HTML timeline page to FILE")
    demo.add_argument("--progress", action="store_true", help="show a progress bar")


def _run(parser: argparse.ArgumentParser, command: str, argv: Sequence[str] | None) -> int:
    """Parse `argv` again into the options of `command` and run its handler."""
    if command == "ingest":
        return _cmd_ingest(parser.parse_args(argv, namespace=IngestOptions()))
    if command == "extract":
        return _cmd_extract(parser.parse_args(argv, namespace=ExtractOptions()))
    if command == "load":
        return _cmd_load(parser.parse_args(argv, namespace=LoadOptions()))
    if command == "milestones":
        return _cmd_milestones(parser.parse_args(argv, namespace=MilestonesOptions()))
    if command == "entities":
        return _cmd_entities(parser.parse_args(argv, namespace=EntitiesOptions()))
    if command == "show":
        return _cmd_show(parser.parse_args(argv, namespace=ShowOptions()))
    if command == "dates":
        return _cmd_dates(parser.parse_args(argv, namespace=DatesOptions()))
    if command == "demo":
        return _cmd_demo(parser.parse_args(argv, namespace=DemoOptions()))
    raise AssertionError(f"no handler for the command {command!r}")  # the parser knows no other


def _error_message(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        filename = cast(object, err.filename)  # typeshed: Any (a str, bytes or path, or None)
        text = f"{filename}: {err.strerror}" if filename else err.strerror
    else:
        text = str(err) or type(err).__name__
    return _line(text)


class _ClosedOutput(io.TextIOBase):
    """Standard output of a process started without one (`timeline milestones >&-`: Python's
    `sys.stdout` is None): writing to it is an OSError, one line, where it was an AttributeError
    traceback (or, through print, output silently lost)."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed: nothing written")


class _ClosedInput(io.RawIOBase):
    """Standard input of a process started without one (`timeline ingest - <&-`): reading it is an
    OSError, where `sys.stdin.buffer` of None was an AttributeError traceback."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        raise OSError(errno.EBADF, "standard input is closed: nothing to read")


def _buffered(stream: TextIO) -> TextIO:
    """`stream`, unless Python writes its text straight to the file (`python -u`, PYTHONUNBUFFERED=1,
    which many container images set), then the same file through a buffer. Straight to the file,
    Python drops what a short write leaves (a file size limit or a full disk reached mid-write): an
    export cut short, exit 0, no word; a buffer writes the rest or raises. Lines are still written
    as they end."""
    if not isinstance(stream, io.TextIOWrapper) or not isinstance(stream.buffer, io.RawIOBase):
        return stream
    file = io.FileIO(stream.fileno(), "w", closefd=False)  # Python's own stream keeps the descriptor
    return io.TextIOWrapper(
        io.BufferedWriter(file), encoding="utf-8", errors="backslashreplace", line_buffering=True
    )


def _drop_unwritten_output() -> None:
    """Write out standard output; when that fails (a full disk, a file size limit), what it still
    holds is dropped, so that Python does not try again at exit and report it in a traceback
    ('Exception ignored in: <_io.TextIOWrapper name='<stdout>'…>', exit 120)."""
    try:
        _stdout().flush()
    except OSError:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, _stdout().fileno())
            os.close(devnull)


def _utf8_streams() -> None:
    """Write UTF-8 even where the locale says ASCII or Latin-1, so Chinese text never crashes output;
    undecodable bytes of file names and arguments (lone surrogates) are shown as escapes. A closed
    standard output is `_ClosedOutput`, a closed standard input `_ClosedInput`."""
    if cast("TextIO | None", sys.stdout) is None:
        sys.stdout = _ClosedOutput()
    sys.stdout = _buffered(_stdout())
    if cast("TextIO | None", sys.stdin) is None:
        closed: IO[bytes] = io.BufferedReader(_ClosedInput())
        sys.stdin = io.TextIOWrapper(closed, encoding="utf-8")
    for stream in (_stdout(), _stderr()):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `timeline` command with `argv` (default: the process arguments); returns the exit code.

    >>> main(["dates", "2025年12月20日", "--pub", "2026-01-30", "--format", "json"])  # doctest: +SKIP
    """
    _utf8_streams()
    try:
        with _terminate_as_interrupt(), _warnings_as_lines():
            parser = build_parser()  # Ctrl-C while the parser is built is one line too
            try:
                command = parser.parse_args(argv, namespace=_Chosen()).command
            except SystemExit:  # --help, --version: their text is written out here too
                _stdout().flush()
                raise
            code = _run(parser, command, argv)
            _stdout().flush()  # a full disk is this command's error, not Python's at exit
            stop_if_swallowed()  # the command is done: it stopped at its end
            return code
    except BrokenPipeError:
        # The reader went away (`timeline milestones | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, _stdout().fileno())
        return 0
    except (TimelineError, OSError) as err:
        print(f"timeline: error: {_error_message(err)}", file=sys.stderr)
        _drop_unwritten_output()
        return 1
    except _Terminated:
        print("timeline: terminated", file=sys.stderr)
        _drop_unwritten_output()
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        _drop_unwritten_output()
        return 130


class _Terminated(KeyboardInterrupt):
    """SIGTERM received: unwound as Ctrl-C is (`_terminate_as_interrupt`)."""


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (`kill`, `timeout`, systemd, `docker stop`) stops a command as Ctrl-C does: the
    batch in progress is rolled back, what earlier batches stored is said, the worker processes
    end and an `--output` file being written is removed. SIGTERM ended the process on the spot:
    `ingest --jobs N` left its N workers waiting for ever, `extract --output` its `.partial` file."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread sets handlers
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        with stops_kept_from_finalisers():
            yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """The library's own warnings (a sentence not read for events, a store without its search
    index) on one line of stderr each, as errors are; other warnings as Python shows them."""
    shown_by_python = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if issubclass(category, (UnreadTextWarning, SearchIndexWarning)):
            print(_line(f"timeline: warning: {message}"), file=file or sys.stderr)
        else:
            shown_by_python(message, category, filename, lineno, file, line)

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


if __name__ == "__main__":
    sys.exit(main())
