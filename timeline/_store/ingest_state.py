"""The working state of one ingest batch, which every stage of `IngestBatch` reads and adds to.

`BatchState` holds what a batch has queued (articles, reports, entities, texts) and learnt (ids),
the ids it draws before inserting (`IdAllocator`) and its one way of inserting many rows
(`_insert_many`); `EntityCache` is what committed batches leave to the next ones. The stages
(`ingest_*` modules) are mixins over it, so that the batch's hot paths stay plain attribute reads.
"""

from __future__ import annotations

import collections
import datetime as _dt
import functools
from collections.abc import Sequence
from typing import NamedTuple, TypeAlias, TypedDict, cast

import attrs
from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import InstrumentedAttribute

from timeline._typed import cached
from timeline.model import Article, Event, normalise_text

from . import bulk
from .bulk import Cell
from .merge import EventState
from .orm import META_ENTITY_FOLDS, META_MAX_SPAN_DAYS, ArticleRow, EntityRow, EventRow, MetaRow, TextRow
from .window import checked_span

ENTITY_CACHE_LIMIT = 200_000
"""Entity ids kept in memory between transactions; the cache is emptied when it grows past this."""

TEXT_CACHE_LIMIT = 200_000
"""Text ids kept in memory between transactions; emptied when it grows past this."""


_RESERVE_PG_IDS = text(
    "WITH sequence AS MATERIALIZED (SELECT pg_get_serial_sequence(:table, :column)::regclass AS name) "
    "SELECT array_agg(nextval(sequence.name)) FROM sequence, generate_series(1, :count)"
)
"""`count` ids from a column's sequence, as one array: one row to fetch, not one per id. The
sequence is looked up once (a function of the catalog called per id cost nine times its nextval)."""


def read_max_span(connection: Connection) -> int:
    """The longest interval, in days, of a stored event (`META_MAX_SPAN_DAYS`)."""
    return checked_span(connection.scalar(select(MetaRow.value).where(MetaRow.key == META_MAX_SPAN_DAYS)))


_SPAN_AND_FOLDS = select(MetaRow.key, MetaRow.value).where(
    MetaRow.key.in_((META_MAX_SPAN_DAYS, META_ENTITY_FOLDS))
)


def read_span_and_folds(connection: Connection) -> tuple[int, int]:
    """`read_max_span` and `folds.folds_made` in one statement: what a batch reads as it begins."""
    values = {key: value for key, value in connection.execute(_SPAN_AND_FOLDS)}
    return checked_span(values.get(META_MAX_SPAN_DAYS)), values.get(META_ENTITY_FOLDS) or 0


class IdAllocator:
    """Primary keys chosen before the insert, so executemany needs no RETURNING.

    (SQLite cannot return the ids of a multi-row insert in order, and SQLAlchemy would fall back
    to one INSERT per row.) SQLite: the transaction holds the write lock (BEGIN IMMEDIATE), so
    max(id) + 1 onwards stay ours. PostgreSQL: ids drawn from the column's sequence, a few ahead.
    """

    POSTGRES_AHEAD = 512

    def __init__(self, connection: Connection, table: str, column: InstrumentedAttribute[int]) -> None:
        self._conn = connection
        self._table = table
        self._column = column
        self._next: int | None = None
        self._reserved: list[int] = []
        self._used = 0
        """PostgreSQL: how many of `_reserved` were taken (a list cut at each take cost its length)."""

    def take(self, count: int) -> list[int]:
        """`count` unused ids of the table."""
        if self._conn.dialect.name == "sqlite":
            if self._next is None:
                self._next = (self._conn.scalar(select(func.max(self._column))) or 0) + 1
            first, self._next = self._next, self._next + count
            return list(range(first, first + count))
        reserved, used = self._reserved, self._used
        if len(reserved) - used < count:
            more = max(count - len(reserved) + used, self.POSTGRES_AHEAD)
            reserved = self._reserved = reserved[used:] + _reserved_ids(
                self._conn, {"table": self._table, "column": self._column.key, "count": more}
            )
            used = 0
        self._used = used + count
        return reserved[used : used + count]


def _reserved_ids(connection: Connection, parameters: dict[str, object]) -> list[int]:
    """`_RESERVE_PG_IDS` run: an array of ids (SQLAlchemy types a text statement's cell as Any)."""
    return cast("list[int]", connection.scalar(_RESERVE_PG_IDS, parameters))


TimelineKey: TypeAlias = tuple[int, int, _dt.date | None, _dt.date | None]
"""A timeline row by its whole key: entity id, event id, start and end dates (`ingest_rows._TIMELINE_KEY`)."""


class EntityValues(TypedDict):
    """A new `entities` row, queued until the batch writes."""

    id: int
    name: str
    type: str
    affiliation: str | None
    mention_count: int


class AliasValues(TypedDict):
    """A new `aliases` row."""

    alias: str
    entity_id: int


name_key = functools.lru_cache(maxsize=65_536)(normalise_text)
"""The form names and summaries are compared in (NFKC, blanks removed: spec/events.md), cached."""


@attrs.define()
class EntityCache:
    """Entity ids by (normalised name, type), known (alias, entity id) pairs and text ids that
    committed transactions confirmed."""

    ids: dict[tuple[str, str], int] = attrs.Factory(dict)
    aliases: set[tuple[str, int]] = attrs.Factory(set)
    texts: dict[str, int] = attrs.Factory(dict)
    """Text digest -> `texts` id: a reprint's sentences are found without a query."""
    look_up_long_texts: bool = True
    """PostgreSQL: whether the next batch looks its long texts up before storing them (see
    `TextStage._store_texts_postgres`); a hint of speed only, kept whatever the commit."""
    folds_seen: int | None = None
    """The store's count of folds and splits when these ids were learnt (`orm.META_ENTITY_FOLDS`)."""
    statistics_known: bool = False
    """PostgreSQL: whether the store's tables are known to have the planner's statistics
    (`writer.take_statistics`)."""
    write_lone_first: bool = True
    """PostgreSQL: whether the next batch writes its lone reports before its merge locks (see
    `LoneReportStage._write_lone_reports`): while under a quarter of them turn out to merge after all."""

    def confirm(
        self,
        ids: dict[tuple[str, str], int],
        aliases: set[tuple[str, int]],
        texts: dict[str, int] | None = None,
    ) -> None:
        """Keep what a committed transaction learnt (never what a rolled-back one did)."""
        if len(self.ids) + len(ids) > ENTITY_CACHE_LIMIT:
            self.ids.clear()
            self.aliases.clear()
        self.ids.update(ids)
        self.aliases.update(aliases)
        if texts:
            if len(self.texts) + len(texts) > TEXT_CACHE_LIMIT:
                self.texts.clear()
            self.texts.update(texts)

    def forget(self) -> None:
        """Drop everything: another writer may have changed what it knew (entities folded)."""
        self.ids.clear()
        self.aliases.clear()
        self.texts.clear()


@attrs.define()
class IngestCounts:
    """What one transaction added; summed into an IngestReport by the facade."""

    articles: int = 0
    duplicates: int = 0
    events: int = 0
    merged_events: int = 0
    entities: int = 0
    replaced: int = 0


class IncomingEvent(NamedTuple):
    """One event of an article on its way in: the ids of its subject and linked entities."""

    article: Article
    article_seq: int
    event: Event
    subject_id: int | None
    subject_name: str
    links: list[tuple[int, str]]
    texts: tuple[str, str, str | None]
    """Digests of its sentence, summary and date words (see `texts`); the summary's is the
    sentence's when the sentence holds it (`summary_span`)."""
    summary_span: tuple[int, int] | None
    """Where the summary is in the sentence, when it is there (characters)."""


QueuedArticle: TypeAlias = "tuple[int, str, str, str, str, str, _dt.date | str | None, bool, list[str]]"
"""An article row as queued: the `ingest_articles.ARTICLE_COLUMNS`, the last (`lines`) still its
lines' digests."""


@cached
def sqlite_insert(table: str, keys: tuple[str, ...]) -> str:
    """SQLite INSERT of the `keys` columns of `table`, its ?s in the order of `keys`."""
    columns = ", ".join(f'"{key}"' for key in keys)
    return f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(keys))})'


DateForms = dict[_dt.date | None, _dt.date | str | None]
"""Date (or None) -> its form in the rows `_insert_many` writes."""


class _IsoDates(DateForms):
    """Date -> ISO text, the form SQLAlchemy's Date keeps dates in on SQLite; None stays None."""

    def __missing__(self, day: _dt.date | None) -> str | None:
        text = self[day] = None if day is None else day.isoformat()
        return text


class _SameDates(DateForms):
    """Date -> the date itself: PostgreSQL rows go through SQLAlchemy, which converts them."""

    def __missing__(self, day: _dt.date | None) -> _dt.date | None:
        self[day] = day
        return day


class BatchState:
    """What one batch has queued and learnt, shared by its stages (see `IngestBatch`)."""

    def __init__(self, connection: Connection, cache: EntityCache, *, alone: bool = False) -> None:
        self._conn = connection
        self._cache = cache
        self.learnt_ids: dict[tuple[str, str], int] = {}
        self.learnt_aliases: set[tuple[str, int]] = set()
        self.learnt_texts: dict[str, int] = {}
        self.counts = IngestCounts()
        self._texts: dict[str, str] = {}
        """Digest -> body of the texts this batch refers to that the cache does not know."""
        self._sentences: dict[str, str] = {}
        """PostgreSQL: digest -> body of every sentence this batch reports (see `_write_search`)."""
        self._new_texts: set[str] = set()
        """PostgreSQL: digests of the texts this batch stored (none had been before)."""
        self._report_ids: list[int] = []
        """PostgreSQL: by report, the id of the event it starts if it starts one (`_write_search_first`)."""
        self._searched: dict[int, str] = {}
        """PostgreSQL: event id -> body of the search rows written before the merges."""
        self._told_first: set[int] = set()
        """PostgreSQL: ids of the events of the reports whose sentence the batch stored (the first
        report of each; `_write_search_first`)."""
        self._lone: dict[int, int] = {}
        """PostgreSQL: report index -> id of the event it started before the merge locks."""
        self._written_first: set[int] = set()
        """PostgreSQL: ids of the events written before the merge locks that the batch keeps."""
        self._unwritten: list[int] = []
        """PostgreSQL: ids of the events written before the merge locks whose report merged after all."""
        self._unwritten_dates: list[TimelineKey] = []
        """PostgreSQL: their timeline rows, (entity id, event id, start, end)."""
        self._lone_states: dict[int, EventState] = {}
        """PostgreSQL: event id -> state of the events written before the merge locks."""
        self._displaced: set[int] = set()
        """PostgreSQL: `id()` of those states placed again (`_place_again`), no longer `_created`."""
        self._probe_span: int | None = None
        """The longest stored span the probe table was filled with (None: not filled)."""
        self._probed = False
        """Whether the probe table holds any report."""
        self._max_span, self._folds_at_start = read_span_and_folds(connection)
        """The longest stored span, and the store's count of folds and splits, as the batch began."""
        self._stored_max_span = self._max_span
        self._article_rows: list[QueuedArticle] = []
        self._extraction_hashes: dict[int, str] = {}
        """Article seq -> the digest of the extraction its row is written from (`ArticleRow`)."""
        self._copies: dict[str, tuple[QueuedArticle, Article | None]] = {}
        """Article id -> (row, the article when given) of the copies of stored articles to record."""
        self.copies_left: list[Article] = []
        """The copies given to `run` that were not recorded: no stored article has their text (the
        one they copied was not stored, or went); the caller stores them as articles."""
        self._incoming: list[IncomingEvent] = []
        self._created: list[EventState] = []
        self._loaded: dict[int, EventState] = {}
        self._by_key: dict[tuple[int, str], list[EventState]] = collections.defaultdict(list)
        self._stored_objects: dict[int, set[int]] = collections.defaultdict(set)
        self._stored_entities: dict[tuple[str, str], int] = {}
        self._aliases: dict[tuple[str, str], int] = {}
        """(alias, entity type) -> entity id, stored or learnt in this batch (the lowest id wins)."""
        self._new_entities: list[EntityValues] = []
        self._alias_rows: list[AliasValues] = []
        self._affiliations: dict[int, str] = {}
        self._created_entities: dict[tuple[str, str], int] = {}
        """(name, type) -> id of the entities this batch creates."""
        self._renamed: dict[int, str] = {}
        """Entity id -> its new canonical name, for entities first stored under a short name."""
        self._fold_into: dict[int, tuple[int, str]] = {}
        """Entity id -> (id of the entity it turned out to be, why): folded before the merges."""
        self.folded = False
        """Whether this batch folded stored entities (cached entity ids may be stale after it)."""
        self._alone = alone
        """PostgreSQL: whether this transaction holds the writers' lock exclusively."""
        self._writers_locked = False
        self._article_mentions: dict[int, collections.Counter[int]] = {}
        """Article seq -> entity id -> how many times the article names it (`MentionRow`)."""
        self._mentions_written = False
        """Whether the rows of `_article_mentions` are written (`ArticleStage._write_mentions`)."""
        self._article_id = ""
        self._entity_ids = IdAllocator(connection, EntityRow.__tablename__, EntityRow.id)
        self._event_ids = IdAllocator(connection, EventRow.__tablename__, EventRow.id)
        self._article_seqs = IdAllocator(connection, ArticleRow.__tablename__, ArticleRow.seq)
        self._text_ids_drawn = IdAllocator(connection, TextRow.__tablename__, TextRow.id)
        self._sqlite = connection.dialect.name == "sqlite"
        self._dates: DateForms = _IsoDates() if self._sqlite else _SameDates()
        """Date (or None) -> its value in the rows `_insert_many` writes: ISO text on SQLite."""

    def _drop_working_state(self) -> None:
        """Let go of the queued rows and merge states: what the caller reads after `run` is the
        counts, what was learnt and `folded`."""
        self._incoming = []
        self._created = []
        self._loaded = {}
        self._by_key.clear()
        self._stored_objects.clear()
        self._texts = {}
        self._sentences = {}
        self._new_texts = set()
        self._report_ids = []
        self._searched = {}
        self._told_first = set()
        self._lone = {}
        self._written_first = set()
        self._unwritten = []
        self._unwritten_dates = []
        self._lone_states = {}
        self._displaced = set()
        self._article_rows = []
        self._extraction_hashes = {}
        self._copies = {}
        self._article_mentions = {}
        self._new_entities = []
        self._alias_rows = []

    def _insert_many(
        self, table: bulk.NamedTable, keys: tuple[str, ...], rows: Sequence[Sequence[Cell]]
    ) -> None:
        """INSERT rows (tuples of the `keys` columns, dates passed through `self._dates`) in one executemany.

        On SQLite the INSERT goes straight to the driver's executemany with the values already in
        SQLite form (dates as ISO text, as SQLAlchemy's Date stores them): SQLAlchemy's per-row
        parameter processing would otherwise cost more than the insert.
        """
        if not self._sqlite:
            bulk.copy_rows(self._conn, table, keys, rows)
            return
        self._conn.exec_driver_sql(sqlite_insert(table.name, keys), rows)
