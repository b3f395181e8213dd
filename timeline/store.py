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
from types import TracebackType

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from timeline._store import queries
from timeline._store.engine import ensure_schema, open_engine, to_url, write_transaction
from timeline._store.writer import EntityCache, IngestBatch, IngestCounts, check_extraction
from timeline.errors import (
    ArticleError,
    DateFilterError,
    StoreError,
    StoreUnavailableError,
    UnknownEventError,
)
from timeline.model import (
    ENTITY_TYPES,
    EVENT_TYPES,
    STATUSES,
    Article,
    Extraction,
    IngestReport,
    Source,
    StoredEntity,
    StoredEvent,
)

__all__ = ["Timeline"]


class Timeline:
    """A store of dated events from news articles, backed by SQLite or PostgreSQL.

    `url` is an SQLAlchemy URL (`sqlite:///events.db`, `postgresql+psycopg://user@host/db`) or a
    plain file path, which means SQLite. Raises StoreUnavailableError when the database cannot be
    reached or written (bad URL, dead server, read-only file) and SchemaVersionError when it was
    written by another schema version; nothing is changed in either case.

        >>> with Timeline("events.db") as tl:                               # doctest: +SKIP
        ...     report = tl.ingest_many(articles, progress=print)
        ...     tl.milestones(entity="重庆实验室", since="2025", until="2025")
    """

    def __init__(self, url: str | os.PathLike[str] = "sqlite:///timeline.db") -> None:
        self.url = to_url(url)
        self._engine = open_engine(self.url)
        try:
            ensure_schema(self._engine)
        except BaseException:
            self._engine.dispose()
            raise
        self._cache = EntityCache()

    # -- writing ----------------------------------------------------------------------------------

    def ingest(self, article: Article | Extraction) -> IngestReport:
        """Store one article (extracted with `timeline.events.extract`) or a ready Extraction.

        One transaction: the article's events, entities and sources land whole or not at all.
        Re-ingesting an article (same id or same normalised text) adds nothing and counts it as
        a duplicate. Raises ArticleError when the article cannot be extracted or the extraction
        breaks the domain contract, StoreError when the database fails.

            >>> tl.ingest(Article("1月29日，会议召开。", "2026-01-30")).articles  # doctest: +SKIP
            1
        """
        extraction = _extract(article)
        counts = self._write([extraction])
        return _report(counts, ())

    def ingest_many(
        self,
        articles: Iterable[Article | Extraction],
        *,
        progress: Callable[[int], None] | None = None,
        batch_size: int = 200,
    ) -> IngestReport:
        """Store many articles, streaming the iterable and writing `batch_size` articles per transaction.

        An article that fails extraction or validation is skipped and listed in `report.skipped`
        as (article id or source, reason); the rest continues. When a batch's write fails, its
        articles are retried one transaction each, so only the failing ones are skipped.
        `progress(n)` is called with the number of articles done so far, after each one. Raises
        StoreUnavailableError when the database goes away.

            >>> report = tl.ingest_many(articles, progress=bar.update)      # doctest: +SKIP
            >>> report.articles, report.skipped
            (4, (('a1b2c3', 'extraction failed: ...'),))
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        total = IngestCounts()
        skipped: list[tuple[str, str]] = []
        done = 0

        def finish(count: int) -> None:
            nonlocal done
            for _ in range(count):
                done += 1
                if progress is not None:
                    progress(done)

        batch: list[Extraction] = []
        for item in articles:
            try:
                batch.append(_extract(item))
            except ArticleError as err:
                skipped.append((_label(item), str(err)))
                finish(1)
                continue
            if len(batch) >= batch_size:
                _add_counts(total, self._write_batch(batch, skipped))
                finish(len(batch))
                batch = []
        if batch:
            _add_counts(total, self._write_batch(batch, skipped))
            finish(len(batch))
        return _report(total, tuple(skipped))

    def _write_batch(self, batch: list[Extraction], skipped: list[tuple[str, str]]) -> IngestCounts:
        """Write a batch in one transaction; if that fails, one transaction per article."""
        try:
            return self._write(batch)
        except StoreUnavailableError:
            raise
        except Exception:  # retried article by article below; each failure is reported
            total = IngestCounts()
            for extraction in batch:
                try:
                    _add_counts(total, self._write([extraction]))
                except StoreUnavailableError:
                    raise
                except Exception as err:  # the report names the article and the reason
                    skipped.append((_label(extraction), f"not stored: {type(err).__name__}: {err}"))
            return total

    def _write(self, extractions: list[Extraction]) -> IngestCounts:
        """Write extractions in one transaction; the entity cache learns only from committed ones."""
        try:
            with write_transaction(self._engine) as connection:
                batch = IngestBatch(connection, self._cache)
                batch.run(extractions)
        except DBAPIError as err:
            if err.connection_invalidated:
                raise StoreUnavailableError(f"the database went away: {_first_line(err)}") from err
            raise StoreError(f"the write failed and was rolled back: {_first_line(err)}") from err
        except SQLAlchemyError as err:
            raise StoreError(f"the write failed and was rolled back: {_first_line(err)}") from err
        self._cache.confirm(batch.learnt_ids, batch.learnt_aliases, batch.learnt_texts)
        return batch.counts

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
    ) -> list[StoredEvent]:
        """Dated events in timeline order: by start, then end (narrower first), then article order.

        `entity` is a name or alias; `since`/`until` take '2025', '2025-12', '2025-12-20' or a
        date (since = start of that period, until = its end) and keep the events whose interval
        overlaps the window. Raises DateFilterError for a malformed window, QueryFilterError for an
        unknown type or status, UnknownEntityError for an unknown entity.

            >>> tl.milestones(entity="重庆实验室", types="opening", since="2025")  # doctest: +SKIP
            [StoredEvent(id=3, type='opening', ..., value='2025-12-20', ...)]
        """
        first = queries.parse_bound(since, upper=False)
        last = queries.parse_bound(until, upper=True)
        if first is not None and last is not None and first > last:
            raise DateFilterError(f"since ({since}) is after until ({until})")
        chosen_types = queries.as_choices(types, EVENT_TYPES, "event type")
        chosen_statuses = queries.as_choices(status, STATUSES, "status")
        if (limit is not None and limit < 0) or offset < 0:
            raise ValueError("limit and offset must not be negative")
        with self._read() as conn:
            ids = queries.entity_ids(conn, entity) if entity is not None else None
            wanted = queries.MilestoneFilter(
                entities=ids,
                types=chosen_types,
                statuses=chosen_statuses,
                since=first,
                until=last,
                limit=limit,
                offset=offset,
            )
            page = queries.milestone_ids(conn, wanted)
            return queries.load_events(conn, page)

    def events_for(self, entity: str) -> list[StoredEvent]:
        """Every event of an entity (name or alias): dated ones in timeline order, then undated ones.

        Raises UnknownEntityError when no entity has this name or alias.

            >>> [e.value for e in tl.events_for("量测院")]                     # doctest: +SKIP
            ['2024-06', '2025-12-20', None]
        """
        with self._read() as conn:
            ids = queries.entity_ids(conn, entity)
            dated = queries.milestone_ids(conn, queries.MilestoneFilter(entities=ids))
            return queries.load_events(conn, [*dated, *queries.undated_ids(conn, ids)])

    def event(self, event_id: int) -> StoredEvent:
        """One event by id; UnknownEventError if there is none.

        >>> tl.event(3).sources[0].sentence                             # doctest: +SKIP
        '2025年12月20日，重庆实验室揭牌。'
        """
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
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
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
            found = queries.load_entities(conn, queries.entity_ids(conn, name))
        return next((entity for entity in found if entity.name == name), found[0])

    def entities(self, type: str | None = None, query: str | None = None) -> list[StoredEntity]:
        """Entities by name, optionally of one type and/or with `query` inside their name or an alias.

        Raises QueryFilterError for a type not in `timeline.model.ENTITY_TYPES`.

        >>> [e.name for e in tl.entities(type="lab", query="实验室")]      # doctest: +SKIP
        ['重庆实验室']
        """
        if type is not None:
            queries.as_choices(type, ENTITY_TYPES, "entity type")
        with self._read() as conn:
            return queries.load_entities(conn, queries.find_entity_ids(conn, type, query))

    def articles(self) -> list[Article]:
        """Every stored article, in ingestion order.

        >>> [a.id for a in tl.articles()]                               # doctest: +SKIP
        ['c1676e3ad24346e7']
        """
        with self._read() as conn:
            return queries.load_articles(conn)

    def stats(self) -> dict[str, int]:
        """Counts of stored articles, events, entities and sources.

        >>> tl.stats()                                                  # doctest: +SKIP
        {'articles': 5, 'events': 40, 'entities': 61, 'sources': 44}
        """
        with self._read() as conn:
            return queries.counts(conn)

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read connection (one snapshot); database errors come out as the library's own."""
        try:
            connection = self._engine.connect()
        except SQLAlchemyError as err:
            raise StoreUnavailableError(f"cannot reach the database: {_first_line(err)}") from err
        try:
            with connection:
                yield connection
        except SQLAlchemyError as err:
            raise StoreError(f"the query failed: {_first_line(err)}") from err

    # -- lifecycle --------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

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
        return f"Timeline({self._engine.url.render_as_string(hide_password=True)!r})"


def _extract(item: Article | Extraction) -> Extraction:
    """The extraction of an article (or the given one), checked; ArticleError when that fails."""
    if isinstance(item, Extraction):
        extraction = item
    elif isinstance(item, Article):
        from timeline import events

        try:
            extraction = events.extract(item)
        except ArticleError:
            raise
        except Exception as err:  # any extractor failure skips the article, with its reason
            raise ArticleError(f"extraction failed: {type(err).__name__}: {err}") from err
    else:
        raise ArticleError(f"expected an Article or Extraction, got {type(item).__name__}")
    check_extraction(extraction)
    return extraction


def _label(item: object) -> str:
    article = item.article if isinstance(item, Extraction) else item
    if isinstance(article, Article):
        return article.id or article.source
    return repr(item)[:80]


def _add_counts(total: IngestCounts, more: IngestCounts) -> None:
    total.articles += more.articles
    total.duplicates += more.duplicates
    total.events += more.events
    total.merged_events += more.merged_events
    total.entities += more.entities


def _report(counts: IngestCounts, skipped: tuple[tuple[str, str], ...]) -> IngestReport:
    return IngestReport(
        articles=counts.articles,
        duplicates=counts.duplicates,
        events=counts.events,
        merged_events=counts.merged_events,
        entities=counts.entities,
        skipped=skipped,
    )


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
