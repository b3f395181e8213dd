"""The SQL event store: ingest articles, then ask what happened to an entity, or between two dates.

SQLite by default (a file, WAL mode, so a reader and a writer work at once), PostgreSQL with the
same code by passing a URL. Ingesting an article is one transaction; ingesting it again adds
nothing; the same real-world event reported by several articles is one event with several sources.

    >>> from timeline import Article, Timeline
    >>> with Timeline("sqlite:///:memory:") as tl:                         # doctest: +SKIP
    ...     tl.ingest(Article("2025年12月20日，重庆实验室揭牌。", "2025-12-21"))
    ...     [event.value for event in tl.milestones(since="2025-12")]
    ['2025-12-20']
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from types import TracebackType
from typing import TypeVar

import attrs
from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError

from timeline._store import folds, queries, query_articles, query_entities, query_filters, query_timeline
from timeline._store.engine import (
    DATABASE_ERROR,
    close_engine,
    ensure_schema,
    open_engine,
    shown_url,
    to_url,
    unavailable_reason,
    unreadable_store,
    unwritable_file,
    write_transaction,
)
from timeline._store.ingest_articles import text_hash
from timeline._store.ingest_checks import check_extraction, check_sentences
from timeline._store.ingest_concurrency import WriteAlone, lock_writers
from timeline._store.ingest_state import EntityCache, IngestCounts
from timeline._store.orm import EntityRow
from timeline._store.search import search_terms
from timeline._store.writer import IngestBatch, take_statistics
from timeline.errors import (
    ArticleError,
    DateFilterError,
    EntityMergeError,
    QueryFilterError,
    StoreError,
    StoreUnavailableError,
    TimelineError,
    UnknownEventError,
)
from timeline.model import (
    ENTITY_TYPES,
    EVENT_TYPES,
    STATUSES,
    Article,
    EntityProfile,
    Extraction,
    IngestReport,
    Source,
    StoredEntity,
    StoredEvent,
    encodable,
)
from timeline.serial import extraction_digest

__all__ = ["Timeline"]

_T = TypeVar("_T")

MAX_SEARCH_TERMS = 32
"""Most words a full-text query takes (40,000 words cost SQLite 15 s of CPU, then failed)."""

_MAX_INT = 2**31 - 1
"""The largest id, limit and offset a query binds: the store's id columns are INTEGER, which is
32 bits on PostgreSQL (a larger bound parameter fails there), so no store holds more rows."""


MAX_REASON_LENGTH = 1_000
"""Longest reason of a merge by hand, in characters: it is stored and shown with the entity, as
an article's source and title are (`model.MAX_FIELD_LENGTHS`)."""


def _is_event_id(value: object) -> bool:
    """Whether `value` can be an event's id: an int (True is none, though Python counts it one) that
    a database holds."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= _MAX_INT


def _check_page(limit: object, offset: object) -> None:
    """Refuse a `limit` or `offset` that is no integer (1.5, "10", True) with the same TypeError
    from every query, before any SQL (a float reached the database as a datatype mismatch), and
    a negative one with a ValueError."""
    for name, value in (("limit", limit), ("offset", offset)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an integer, not {type(value).__name__}")
        if value < 0:
            raise ValueError("limit and offset must not be negative")


def _check_flag(name: str, value: object) -> None:
    """Refuse a switch that is no bool (replace="no" is truthy and would replace stored articles)
    with a TypeError, as other wrong argument types of the write side are refused."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {value!r}")


def _milestone_filter(
    types: Iterable[str] | str | None,
    since: str | _dt.date | None,
    until: str | _dt.date | None,
    status: str | Iterable[str] | None,
    limit: int | None,
    offset: int,
    dated_only: bool,
    query: str | None,
) -> query_filters.MilestoneFilter | None:
    """The filters of `Timeline.milestones` checked and parsed, but for the entity (None: an offset
    past every event, so nothing)."""
    first = query_filters.parse_bound(since, upper=False)
    last = query_filters.parse_bound(until, upper=True)
    if first is not None and last is not None and first > last:
        raise DateFilterError(f"since ({since}) is after until ({until})")
    chosen_types = query_filters.as_choices(types, EVENT_TYPES, "event type")
    chosen_statuses = query_filters.as_choices(status, STATUSES, "status")
    _check_page(limit, offset)
    if not isinstance(dated_only, bool):  # "false" or 0 would filter as its truth value
        raise QueryFilterError(f"dated_only must be True or False, not {dated_only!r}")
    if query is not None:
        query_filters.check_query_text(query, "query")
        words = len(search_terms(query))
        if words > MAX_SEARCH_TERMS:  # each word is a condition of the SQL
            raise QueryFilterError(f"the query has {words} words; at most {MAX_SEARCH_TERMS}")
    if offset >= _MAX_INT:
        return None
    if limit is not None:
        limit = min(limit, _MAX_INT - offset)  # no database integer holds more
    return query_filters.MilestoneFilter(
        types=chosen_types,
        statuses=chosen_statuses,
        since=first,
        until=last,
        limit=limit,
        offset=offset,
        dated_only=dated_only,
        terms=tuple(search_terms(query)) if query else (),
    )


class Timeline:
    """A store of dated events from news articles, backed by SQLite or PostgreSQL.

    `url` is an SQLAlchemy URL (`sqlite:///events.db`, `postgresql+psycopg://user@host/db`) or a
    plain file path, which means SQLite. A new file or an empty database becomes a store; with
    `read_only` (implied by an SQLite `?mode=ro` URL, and by an SQLite file this user may not
    write, whose writes are then refused saying so) nothing is ever written and the store must
    exist; an SQLite reader leaves no -wal or -shm file behind, a file it cannot write included,
    unless a writer is at work on it (see `_store.engine._read_only_sqlite`). Raises
    StoreUnavailableError when the database cannot be reached, is not a timeline store (it holds
    other tables) or, read-only, is empty or missing; SchemaVersionError when it was written by
    another schema version. Nothing is changed in any of these cases.

        >>> with Timeline("events.db") as tl:                               # doctest: +SKIP
        ...     report = tl.ingest_many(articles, progress=print)
        ...     tl.milestones(entity="重庆实验室", since="2025", until="2025")
    """

    def __init__(
        self, url: str | os.PathLike[str] = "sqlite:///timeline.db", *, read_only: bool = False
    ) -> None:
        _check_flag("read_only", read_only)
        self.url = to_url(url)
        self._unwritable = None if read_only else unwritable_file(self.url)
        self.read_only = read_only or "mode=ro" in self.url.partition("?")[2] or self._unwritable is not None
        self._engine = open_engine(self.url, read_only=self.read_only)
        try:
            ensure_schema(self._engine, create=not self.read_only)
        except BaseException:
            close_engine(self._engine)
            raise
        self._cache = EntityCache()

    # -- writing ----------------------------------------------------------------------------------

    def ingest(self, article: Article | Extraction, *, replace: bool = False) -> IngestReport:
        """Store one article (extracted with `timeline.events.extract`) or a ready Extraction.

        One transaction: the article's events, entities and sources land whole or not at all.
        Re-ingesting an article (same id or same normalised text) adds nothing and counts it as
        a duplicate, without extracting it again. An article stored before under the same id with
        another date, source, title or text is listed in `report.corrections`; with `replace=True`
        it is extracted again and replaces the stored one (see `ingest_many`). Raises ArticleError
        when the article cannot be extracted or the extraction breaks the domain contract,
        StoreError when the database fails.

            >>> tl.ingest(Article("1月29日，会议召开。", "2026-01-30")).articles  # doctest: +SKIP
            1
        """
        screen = ArticleScreen(self, replace=replace)
        todo = screen.keep([article])
        counts = self._write([_extract(item) for item in todo], screen.replace_ids, screen)
        skipped: list[tuple[str, str]] = []
        _add_counts(counts, self._store_copies_left(screen, skipped))
        return _report(counts, tuple(skipped), screen)

    def ingest_many(
        self,
        articles: Iterable[Article | Extraction],
        *,
        progress: Callable[[int], None] | None = None,
        batch_size: int = 200,
        replace: bool = False,
        screen: ArticleScreen | None = None,
    ) -> IngestReport:
        """Store many articles, streaming the iterable and writing `batch_size` articles per transaction.

        Each batch is first checked against the store: articles already stored (same id, or same
        normalised text) are counted as duplicates and never extracted, so re-running a finished
        or interrupted ingest costs little. A copy of a stored article under another id is
        recorded (its id, details and text): a re-run knows it by id, and when the article it
        copies is replaced by another text, the copy takes its place. An article stored under
        the same id with another publication date, source, title or text is a correction, listed
        in `report.corrections`; with `replace=True` it is extracted again and replaces the
        stored one in the batch's transaction: its old sources go, events left with none
        disappear, the others are rebuilt from the sources they keep, then the new reports merge
        as usual.

        An article that fails extraction or validation (ArticleError) is skipped and listed in
        `report.skipped` as (article id or source, reason); the rest continues. When the database
        refuses a batch's write, its articles are retried one transaction each, so only the failing
        ones are skipped. `progress(n)` is called with the number of articles done so far, after
        each one. `screen`: the one a caller screened the articles with before extracting them
        (`Timeline.screen`), whose counts and copies the report then includes. Raises
        StoreUnavailableError when the database is locked past the busy timeout, read-only or
        gone; a library error stopping the run midway carries in `err.report` what earlier
        batches committed (it stays stored). Any other exception is a bug and propagates.

            >>> report = tl.ingest_many(articles, progress=bar.update)      # doctest: +SKIP
            >>> report.articles, report.skipped                            # doctest: +SKIP
            (4, (('a1b2c3', 'the text is empty'),))
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        total = IngestCounts()
        skipped: list[tuple[str, str]] = []
        screen = screen if screen is not None else ArticleScreen(self, replace=replace)
        done = 0

        def finish(count: int) -> None:
            nonlocal done
            for _ in range(count):
                done += 1
                if progress is not None:
                    progress(done)

        try:
            for chunk in _chunks(articles, batch_size):
                todo = screen.keep(chunk)
                finish(len(chunk) - len(todo))
                batch: list[Extraction] = []
                for item in todo:
                    try:
                        batch.append(_extract(item))
                    except ArticleError as err:
                        skipped.append((_label(item), str(err)))
                        finish(1)
                if batch or screen.copies:
                    _add_counts(total, self._write_batch(batch, skipped, screen))
                    finish(len(batch))
            _add_counts(total, self._store_copies_left(screen, skipped))
        except TimelineError as err:  # the store, or the caller's iterable, failed midway
            err.report = _report(total, tuple(skipped), screen)
            raise
        return _report(total, tuple(skipped), screen)

    def screen(self, *, replace: bool = False) -> ArticleScreen:
        """A filter dropping the articles this store holds already, for extraction done elsewhere.

        `ingest_many` screens its input itself; a caller extracting in other processes first
        (`timeline ingest --jobs N`) passes chunks through `screen.keep(chunk)` so stored
        articles are never sent to extraction, then adds `screen.duplicates` to its report.
        """
        return ArticleScreen(self, replace=replace)

    def _write_batch(
        self, batch: list[Extraction], skipped: list[tuple[str, str]], screen: ArticleScreen
    ) -> IngestCounts:
        """Write a batch in one transaction; if that fails, one transaction per article."""
        try:
            return self._write(batch, screen.replace_ids, screen)
        except StoreUnavailableError:
            raise
        except StoreError:  # the database refused a row: retried article by article below
            total = IngestCounts()
            for extraction in batch:
                try:
                    _add_counts(total, self._write([extraction], screen.replace_ids, screen))
                except StoreUnavailableError:
                    raise
                except StoreError as err:  # the report names the article and the reason
                    skipped.append((_label(extraction), f"not stored: {err}"))
            return total

    def _write(
        self,
        extractions: list[Extraction],
        replace_ids: AbstractSet[str] = frozenset(),
        screen: ArticleScreen | None = None,
    ) -> IngestCounts:
        """Write extractions in one transaction; the entity cache learns only from committed ones.

        `replace_ids`: articles whose stored version (if any) this transaction replaces. The
        copies `screen` found are recorded in the same transaction; those whose original is not
        stored (yet) stay in `screen.copies`.
        """
        copies = list(screen.copies) if screen is not None else []
        if not extractions and not copies:
            return IngestCounts()
        replacing = {x.article.id for x in extractions} & replace_ids
        try:
            with self._write_connection(refusal="nothing can be ingested") as connection:
                batch = IngestBatch(connection, self._cache)
                batch.run(extractions, replacing, copies, _extract)
        except WriteAlone:  # rolled back: it must fold an entity another writer stored meanwhile
            with self._write_connection(refusal="nothing can be ingested") as connection:
                batch = IngestBatch(connection, self._cache, alone=True)
                batch.run(extractions, replacing, copies, _extract)
        if screen is not None:
            screen.copies = batch.copies_left
        if batch.folded:
            self._cache.forget()
        self._cache.confirm(batch.learnt_ids, batch.learnt_aliases, batch.learnt_texts)
        if batch.counts.events and not self._cache.statistics_known:
            with self._write_connection(refusal="nothing can be ingested") as connection:
                self._cache.statistics_known = take_statistics(connection)
        return batch.counts

    def _store_copies_left(self, screen: ArticleScreen, skipped: list[tuple[str, str]]) -> IngestCounts:
        """Extract and store, as articles, the copies whose original was not stored in the end (it
        failed extraction, or was replaced meanwhile): they were never duplicates of anything."""
        left, screen.copies = screen.copies, []
        batch: list[Extraction] = []
        for article in left:
            try:
                batch.append(_extract(article))
            except ArticleError as err:
                skipped.append((_label(article), str(err)))
        counts = self._write_batch(batch, skipped, screen) if batch else IngestCounts()
        screen.duplicates -= len(left)  # counted as duplicates when screened
        return counts

    # -- reading ----------------------------------------------------------------------------------

    def milestones(
        self,
        entity: str | None = None,
        types: Iterable[str] | str | None = None,
        since: str | _dt.date | None = None,
        until: str | _dt.date | None = None,
        status: str | Iterable[str] | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        dated_only: bool = False,
        query: str | None = None,
    ) -> list[StoredEvent]:
        """Events in timeline order: by start, then end (narrower first), then article order.

        An event whose text gives no date keeps `start` None (`date_basis` "report") and is placed
        at `report_date`, the earliest publication date reporting it; `dated_only=True` leaves
        such events out. A date window keeps them when their report date lies inside it.

        `entity` may also be a unique part of a name (an ambiguous part raises
        AmbiguousEntityError listing the names; a miss suggests the nearest). `query` keeps the
        events whose summary or a reporting sentence contains every word of it (full-text,
        indexed: SQLite FTS5 trigram, PostgreSQL pg_trgm).

        `entity` is a name or alias; `since`/`until` take '2025', '2025-12', '2025-12-20' or a
        date (since = start of that period, until = its end) and keep the events whose interval
        overlaps the window. Raises DateFilterError for a malformed window, QueryFilterError for an
        unknown type or status, an empty list of them, an empty or blank `entity` or `query`
        (None means no filter) or a `dated_only` that is no bool, UnknownEntityError for an unknown entity.

            >>> tl.milestones(entity="重庆实验室", types="opening", since="2025")  # doctest: +SKIP
            [StoredEvent(id=3, type='opening', ..., value='2025-12-20', ...)]
        """
        wanted = _milestone_filter(types, since, until, status, limit, offset, dated_only, query)
        if wanted is None:
            return []
        with self._read() as conn:
            if entity is not None:
                wanted = attrs.evolve(wanted, entities=query_entities.entity_ids(conn, entity))
            return queries.milestone_events(conn, wanted)

    def iter_milestones(
        self,
        entity: str | None = None,
        types: Iterable[str] | str | None = None,
        since: str | _dt.date | None = None,
        until: str | _dt.date | None = None,
        status: str | Iterable[str] | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        dated_only: bool = False,
        query: str | None = None,
    ) -> Iterator[StoredEvent]:
        """The events of `milestones` (same filters, same order, same errors, raised at once), read
        from the database as they are consumed, `STREAMED_ROWS` at a time: exporting millions of
        events takes the memory of one batch. The iterator holds a read connection (one snapshot)
        until it is exhausted or closed.

            >>> with open("all.csv", "w", encoding="utf-8", newline="") as out:  # doctest: +SKIP
            ...     write_csv(tl.iter_milestones(), out)
        """
        wanted = _milestone_filter(types, since, until, status, limit, offset, dated_only, query)
        if wanted is not None and entity is not None:
            with self._read() as conn:
                wanted = attrs.evolve(wanted, entities=query_entities.entity_ids(conn, entity))
        return self._streamed(wanted)

    def _streamed(self, wanted: query_filters.MilestoneFilter | None) -> Iterator[StoredEvent]:
        if wanted is None:
            return
        with self._read(streamed=True) as conn:
            for batch in query_timeline.milestone_stream(conn, wanted):
                yield from queries.load_events(conn, batch)

    def events_for(self, entity: str) -> list[StoredEvent]:
        """Every event of an entity (name or alias) in timeline order, undated ones at their report date.

        Raises UnknownEntityError when no entity has this name or alias.

            >>> [e.value for e in tl.events_for("量测院")]                     # doctest: +SKIP
            ['2024-06', '2025-12-20', None]
        """
        with self._read() as conn:
            ids = query_entities.entity_ids(conn, entity)
            return queries.milestone_events(conn, query_filters.MilestoneFilter(entities=ids))

    def event(self, event_id: int) -> StoredEvent:
        """One event by id; UnknownEventError if there is none.

        >>> tl.event(3).sources[0].sentence                             # doctest: +SKIP
        '2025年12月20日，重庆实验室揭牌。'
        """
        if not _is_event_id(event_id):
            raise UnknownEventError(f"no event has id {event_id!r}")
        with self._read() as conn:
            found = queries.load_events(conn, [event_id])
        if not found:
            raise UnknownEventError(f"no event has id {event_id}")
        return found[0]

    def sources(self, event_id: int, *, offset: int = 0, limit: int = 50) -> list[Source]:
        """A page of an event's sources, in the order they came (`StoredEvent.sources` has the first).

        Raises UnknownEventError when no event has this id.

            >>> len(tl.sources(3, offset=10, limit=50))                     # doctest: +SKIP
            50
        """
        _check_page(limit, offset)
        if not _is_event_id(event_id):
            raise UnknownEventError(f"no event has id {event_id!r}")
        offset = min(offset, _MAX_INT)  # no store holds more rows
        limit = min(limit, _MAX_INT - offset)
        with self._read() as conn:
            found = queries.load_sources(conn, event_id, offset, limit)
            if not found and not queries.event_exists(conn, event_id):
                raise UnknownEventError(f"no event has id {event_id}")
        return found

    def entity(self, name: str) -> StoredEntity:
        """One entity by name or alias (an exact name wins over an alias); UnknownEntityError if none.

        >>> tl.entity("量测院").name                                       # doctest: +SKIP
        '重庆市计量质量检测研究院'
        """
        with self._read() as conn:
            found = query_entities.load_entities(conn, query_entities.entity_ids(conn, name))
        if not found:  # the aliases matched name entities the store does not hold
            raise StoreError(f"the store's aliases of {name!r} name no stored entity (a damaged file?)")
        return next((entity for entity in found if entity.name == name), found[0])

    def entity_profile(self, name: str) -> EntityProfile:
        """An entity (by name or alias) with its first and last report and every fold it took part in.

        >>> tl.entity_profile("量测院").folds[0].reason                  # doctest: +SKIP
        'article 3f… names “量测院” an alias of “重庆市计量质量检测研究院”'
        """
        entity = self.entity(name)
        with self._read() as conn:
            return EntityProfile(
                entity=entity,
                first_report=queries.entity_report(conn, [entity.id], last=False),
                last_report=queries.entity_report(conn, [entity.id], last=True),
                folds=tuple(folds.folds_of(conn, entity.id)),
            )

    def merge_entities(self, kept: str, folded: str, *, reason: str = "merged by hand") -> StoredEntity:
        """Fold entity `folded` into `kept` (names or aliases): its events, aliases and mentions move.

        Recorded with `reason`; `split_entity(folded)` undoes it. Raises UnknownEntityError for an
        unknown name, EntityMergeError when both names are one entity already or name several, or
        when `reason` is not text, is blank (a fold is shown with its reason: one must be given) or
        is longer than MAX_REASON_LENGTH characters.
        """
        if not isinstance(reason, str) or not reason.strip():
            raise EntityMergeError(f"the reason {reason!r} is not text or is blank: say why the two are one")
        if len(reason) > MAX_REASON_LENGTH:
            length = f"{len(reason):,} characters long; at most {MAX_REASON_LENGTH:,}"
            raise EntityMergeError(f"the reason is {length}")
        with self._write_connection() as conn:
            _lock_writers(conn)
            kept_id = _one_entity(conn, kept)
            folded_id = _one_entity(conn, folded)
            if kept_id == folded_id:
                raise EntityMergeError(f"{kept!r} and {folded!r} are one entity already")
            folds.fold_entity(conn, folded_id, kept_id, encodable(reason))  # argv may hold surrogates
        self._cache.forget()
        return self.entity(kept)

    def split_entity(self, name: str) -> StoredEntity:
        """Undo the latest fold of the entity first stored as `name`; the restored entity.

        Raises EntityMergeError when no entity named `name` is folded into another, or when the
        entity it was folded into was folded in turn (what it brought moved on with it): that
        later fold is undone first.
        """
        query_filters.check_query_text(name, "entity name")
        with self._write_connection() as conn:
            _lock_writers(conn)
            found = conn.execute(
                select(EntityRow.id, EntityRow.folded_into).where(
                    EntityRow.name == name, EntityRow.folded_into.is_not(None)
                )
            ).first()
            fold_id = None if found is None else folds.open_fold(conn, found[0])
            if found is None or fold_id is None:
                raise EntityMergeError(f"no entity named {name!r} is folded into another")
            kept_name, kept_folded = conn.execute(
                select(EntityRow.name, EntityRow.folded_into).where(EntityRow.id == found[1])
            ).one()
            if kept_folded is not None:
                raise EntityMergeError(
                    f"{name!r} was folded into {kept_name!r}, which was folded into another entity "
                    f"since: split {kept_name!r} first"
                )
            folds.split_entity(conn, fold_id)
        self._cache.forget()
        return self.entity(name)

    @contextlib.contextmanager
    def _write_connection(self, refusal: str = "nothing can be changed") -> Iterator[Connection]:
        """One write transaction; database errors come out as the library's own.

        `refusal` ends the message of the error a read-only store raises.
        """
        if self.read_only:
            raise StoreUnavailableError(f"{self._unwritable or 'the store was opened read-only'}: {refusal}")
        try:
            with write_transaction(self._engine) as connection:
                yield connection
        except DBAPIError as err:
            unreadable = unreadable_store(err, self._engine.url)
            if unreadable is not None:
                raise unreadable from err
            reason = unavailable_reason(err)
            if reason is not None:
                raise StoreUnavailableError(reason) from err
            raise StoreError(f"the write failed and was rolled back: {_first_line(err)}") from err
        except DATABASE_ERROR as err:
            raise StoreError(f"the write failed and was rolled back: {_first_line(err)}") from err

    def entities(self, type: str | None = None, query: str | None = None) -> list[StoredEntity]:
        """Entities by name, optionally of one type and/or with `query` inside their name or an alias.

        Raises QueryFilterError for a type not in `timeline.model.ENTITY_TYPES` or not a str.

        >>> [e.name for e in tl.entities(type="lab", query="实验室")]      # doctest: +SKIP
        ['重庆实验室']
        """
        if type is not None:
            if not isinstance(type, str):  # several types would reach the database as one value
                raise QueryFilterError(f"the entity type must be a str, got {type.__class__.__name__}")
            query_filters.as_choices(type, ENTITY_TYPES, "entity type")
        with self._read() as conn:
            return query_entities.load_entities(conn, query_entities.find_entity_ids(conn, type, query))

    def articles(self) -> list[Article]:
        """Every stored article, in ingestion order.

        >>> [a.id for a in tl.articles()]                               # doctest: +SKIP
        ['c1676e3ad24346e7']
        """
        with self._read() as conn:
            return query_articles.load_articles(conn)

    def stats(self) -> dict[str, int]:
        """Counts of stored articles, events, entities and sources.

        >>> tl.stats()                                                  # doctest: +SKIP
        {'articles': 5, 'events': 40, 'entities': 61, 'sources': 44}
        """
        with self._read() as conn:
            return queries.counts(conn)

    @contextlib.contextmanager
    def _read(self, *, streamed: bool = False) -> Iterator[Connection]:
        """A read connection; database errors come out as the library's own.

        SQLite: one transaction, one snapshot. PostgreSQL: statements in autocommit, unless
        `streamed` (a server-side cursor lives in a transaction). At READ COMMITTED every
        statement of a transaction takes its own snapshot anyway, so BEGIN and COMMIT only cost
        two round trips of the six an entity page took.
        """
        try:
            connection = self._engine.connect()
        except DATABASE_ERROR as err:
            raise StoreUnavailableError(f"cannot reach the database: {_first_line(err)}") from err
        if not streamed and connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        try:
            with connection, connection.begin():
                # Committed, not rolled back: psycopg forgets its prepared statements on every
                # ROLLBACK, and a milestones page would be planned afresh each time (8 joins).
                yield connection
        except DATABASE_ERROR as err:
            raise unreadable_store(err, self._engine.url) or StoreError(
                f"the query failed: {_first_line(err)}"
            ) from err

    # -- lifecycle --------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the database connections."""
        close_engine(self._engine)

    def __enter__(self) -> Timeline:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Timeline({shown_url(self._engine.url)!r})"


def _extract(item: Article | Extraction) -> Extraction:
    """The extraction of an article (or the given one), checked; ArticleError when that fails."""
    if isinstance(item, Extraction):
        check_extraction(item)
        check_sentences(item)  # made or edited by hand: its words must be the article's
        return item
    if not isinstance(item, Article):
        raise ArticleError(f"expected an Article or Extraction, got {type(item).__name__}")
    from timeline import events

    extraction = events.extract(item)  # ArticleError skips the article; anything else is a bug
    check_extraction(extraction)
    return extraction


def _label(item: object) -> str:
    article = item.article if isinstance(item, Extraction) else item
    if isinstance(article, Article):
        return article.id or article.source
    return repr(item)[:80]


def _lock_writers(conn: Connection) -> None:
    """PostgreSQL: a fold or split by hand runs alone, with no ingest writing beside it."""
    if conn.dialect.name == "postgresql":
        lock_writers(conn, exclusive=True)


def _one_entity(conn: Connection, name: str) -> int:
    """The id of the one entity named or aliased `name`; EntityMergeError when several are."""
    ids = query_entities.entity_ids(conn, name)
    if len(ids) > 1:
        raise EntityMergeError(f"{name!r} names {len(ids)} entities (of different types): cannot choose")
    return ids[0]


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """The items in lists of `size` (the last one shorter), read lazily."""
    chunk: list[_T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ArticleScreen:
    """Sorts a stream's articles before extraction: new, already stored, or corrections.

    One query per chunk finds the stored articles sharing an id or a normalised-text hash with
    the chunk's. A stored id with the same date, source, title and text, or a stored text under
    another id, is a duplicate (counted, dropped); a stored id with something else changed is a
    correction (noted; kept for replacing when `replace`). Items that are not articles pass on,
    so that extraction reports them.
    """

    def __init__(self, timeline: Timeline, *, replace: bool) -> None:
        _check_flag("replace", replace)
        self._timeline = timeline
        self._replace = replace
        self.duplicates = 0
        self.corrections: dict[str, str] = {}
        self.replace_ids: set[str] = set()
        self.copies: list[Article] = []
        """Copies of stored articles (or of ones kept earlier) under other ids, dropped as duplicates
        and recorded by the next write (`Timeline._write`)."""

    def keep(self, chunk: list[_T]) -> list[_T]:
        """The items of `chunk` to extract and write, in their order.

        An article with the id of one kept earlier in the chunk is compared with that version,
        as with a stored one: a copy is a duplicate, another version a correction (with
        `replace`, it is kept instead). Earlier chunks are stored by then (`ingest_many` writes
        each before screening the next), or screened again when they are (`timeline ingest
        --jobs` screens before extraction, `ingest_many` after it).

            >>> with Timeline("sqlite://") as tl:
            ...     stored = Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02")
            ...     _ = tl.ingest(stored)
            ...     screen = ArticleScreen(tl, replace=False)
            ...     new = Article("2024年1月2日，宜宾港三期建成投用。", "2024-01-03")
            ...     screen.keep([stored, new]) == [new], screen.duplicates
            (True, 1)
        """
        articles = [_article_of(item) for item in chunk]
        digests = [None if a is None else text_hash(a) for a in articles]
        with self._timeline._read() as conn:
            by_id, stored_hashes = query_articles.stored_articles(
                conn, [a.id for a in articles if a is not None], [d for d in digests if d is not None]
            )
        kept: list[_T] = []
        dropped: set[int] = set()  # places in `kept` of versions a later one replaces
        versions: dict[str, tuple[query_articles.StoredArticle, int]] = {}  # id -> version kept, its place
        texts: set[str] = set()
        for item, article, digest in zip(chunk, articles, digests, strict=True):
            if article is None or digest is None:
                kept.append(item)
                continue
            here = versions.get(article.id)
            earlier = here[0] if here is not None else by_id.get(article.id)
            extracted = extraction_digest(item) if isinstance(item, Extraction) and earlier else None
            if earlier is not None:
                changes = _changes(earlier, article, digest, extracted, replace=self._replace)
                if not changes:
                    self.duplicates += 1
                    continue
                self.corrections[article.id] = changes
                if not self._replace:
                    continue
                if here is not None:  # the version it corrects was to be written with it
                    dropped.add(here[1])
                else:
                    self.replace_ids.add(article.id)
            elif digest in stored_hashes or digest in texts:
                self.duplicates += 1
                self.copies.append(article)
                continue
            version = (article.id, digest, article.pub_date, article.source, article.title, extracted)
            versions[article.id] = (query_articles.StoredArticle(*version), len(kept))
            texts.add(digest)
            kept.append(item)
        return [item for place, item in enumerate(kept) if place not in dropped]


def _article_of(item: object) -> Article | None:
    if isinstance(item, Extraction) and isinstance(item.article, Article):
        return item.article
    return item if isinstance(item, Article) else None


def _changes(
    stored: query_articles.StoredArticle,
    article: Article,
    digest: str,
    extracted: str | None,
    *,
    replace: bool,
) -> str:
    """What differs between a stored article and a new one of the same id ("" when nothing does).

    `extracted`: the digest of the new one's extraction when it is one (`load`), compared with the
    stored one's when the article itself is unchanged: edited events are a change. An article
    stored before the store recorded its extraction's (`query_articles.UNRECORDED`) cannot be
    compared: `replace` rewrites it, else it is kept as it is, no change reported."""
    changes = [
        f"{what} {old!r} → {new!r}"
        for what, old, new in (
            ("publication date", stored.pub_date.isoformat(), article.pub_date.isoformat()),
            ("source", stored.source, article.source),
            ("title", stored.title, article.title),
        )
        if old != new
    ]
    if stored.text_hash != digest:
        changes.append("text changed")
    if not changes and extracted is not None and stored.extraction_hash not in (None, extracted):
        if stored.extraction_hash != query_articles.UNRECORDED:
            changes.append("its extraction changed (events, entities or mentions)")
        elif replace:
            changes.append("its extraction was stored by an older version, not recorded: rewritten")
    return "; ".join(changes)


def _add_counts(total: IngestCounts, more: IngestCounts) -> None:
    total.articles += more.articles
    total.replaced += more.replaced
    total.duplicates += more.duplicates
    total.events += more.events
    total.merged_events += more.merged_events
    total.entities += more.entities


def _report(
    counts: IngestCounts, skipped: tuple[tuple[str, str], ...], screen: ArticleScreen
) -> IngestReport:
    return IngestReport(
        articles=counts.articles,
        duplicates=counts.duplicates + screen.duplicates,
        events=counts.events,
        merged_events=counts.merged_events,
        entities=counts.entities,
        skipped=skipped,
        corrections=tuple(screen.corrections.items()),
        replaced=counts.replaced,
    )


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
