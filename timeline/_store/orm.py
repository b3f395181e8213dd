"""SQLAlchemy 2.x table mappings of the event store, kept apart from the attrs domain objects.

Dates are stored as an inclusive interval (`start_date`, `end_date`) plus the TimeExpr fields
(grain, value, mod, kind) so a timeline keeps its precision. `entity_timeline` repeats each
event's interval next to every entity taking part, so "events of entity X ordered by date" is
one ordered index range scan; `events(start_date, end_date, id)` serves the whole timeline and
the short events of a date window, `events(start_date, end_date, id) WHERE long_span` its long ones.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, cast

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    case,
    func,
    text,
)
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.orm import DeclarativeBase, InstrumentedAttribute, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

from timeline.errors import StoreError

SCHEMA_VERSION = 13
"""Bump when a table or column changes. A store of an older version that `engine.MIGRATIONS` knows
is brought up to date when opened for writing; any other version is refused, never altered."""

META_SCHEMA_VERSION = "schema_version"
META_MAX_SPAN_DAYS = "max_span_days"
"""Longest event interval in days: lets a date-window query bound `start_date` from below."""
META_ENTITY_FOLDS = "entity_folds"
"""How many folds and splits of entities the store has seen (absent: none yet). A writer whose
entity cache was filled at another count forgets it: a fold or split made by another process or
`Timeline` moved names between entities (`folds.count_fold`, `writer.IngestBatch`)."""

SHORT_SPAN_DAYS = 31
"""Events spanning at most this many days (a day, a week, a xun, a month) are `long_span` false.

A date window reads short events from `start_date >= since - 31` and only the few long ones
(quarters, years, plans) from `since - max_span`, so it skips little that ends before `since`. The
long ones have an index of their own (`ix_events_long`, partial); the short ones are read from
`ix_events_window`, passing over the few long ones in their range.
"""

MAX_DATE_VALUE_LENGTH = 64
"""Longest date value stored (`TimeExpr.value`; an EDTF interval is about 21 characters)."""


_ReadDate = Callable[[object], _dt.date | None]


class StoredDate(TypeDecorator[_dt.date]):
    """A date column whose damaged value is a StoreError: SQLite keeps dates as ISO text, and text
    that is none (a flipped byte, '2026-05'25', or an edit by hand) raised SQLAlchemy's ValueError
    from every listing, a traceback."""

    impl = Date
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> _ReadDate | None:
        read = cast("_ReadDate | None", super().result_processor(dialect, coltype))
        if read is None:  # the driver gives dates (PostgreSQL)
            return None

        def checked(value: object) -> _dt.date | None:
            try:
                return read(value)
            except (ValueError, TypeError):
                raise damaged_date(value) from None

        return checked


STORED_DATE = cast("Callable[[], StoredDate]", StoredDate)()
"""The type of every date column (an instance: the class's constructor takes `**kwargs: Any`)."""


def damaged_date(value: object) -> StoreError:
    """The error of a stored date that cannot be read."""
    return StoreError(f"the store holds a date that is none: {str(value)[:40]!r} (a damaged file?)")


def line_ids(lines: str) -> list[int]:
    """The ids of the texts of a stored article's lines (its `lines` column: ids apart by commas);
    StoreError for anything else (a damaged file, an edit by hand), where int() raised ValueError."""
    try:
        return [int(part) for part in lines.split(",")]
    except ValueError:
        shown = f"{lines[:40]!r}"
        raise StoreError(f"the store holds article lines that are none: {shown} (a damaged file?)") from None


def joined_lines(ids: list[int], bodies: Mapping[int, str]) -> str:
    """A stored article's text: the `bodies` of its line ids; StoreError when one names no text."""
    try:
        return "\n".join(bodies[i] for i in ids)
    except KeyError as err:
        missing = f"the store's article lines name text {err} it does not hold"
        raise StoreError(f"{missing} (a damaged file?)") from None


_ReadText = Callable[[object], str | None]


class StoredText(TypeDecorator[str]):
    """A text column whose stored value must be text: SQLite keeps any type in any column, and a
    BLOB or a number where text belongs (a damaged file, an edit by hand) ended listings and
    exports in a TypeError far from the store. PostgreSQL's text columns give text, unchecked."""

    impl: TypeEngine[str] | type[TypeEngine[str]] = Text
    cache_ok = True

    def __init__(self, column: str, length: int | None = None) -> None:
        super().__init__()
        if length is not None:
            self.impl = String(length)
        self.column = column
        """The table and column, for the error."""

    def result_processor(self, dialect: Dialect, coltype: object) -> _ReadText | None:
        if dialect.name != "sqlite":
            return cast("_ReadText | None", super().result_processor(dialect, coltype))
        column = self.column

        def checked(value: object) -> str | None:
            if isinstance(value, str) or value is None:
                return value
            raise damaged_text(column, value)

        return checked


def damaged_text(column: str, value: object, expected: str = "text") -> StoreError:
    """The error of a stored value that is no text (or no `expected`) where one is expected."""
    kind = type(value).__name__
    return StoreError(
        f"the store holds a value that is no {expected} in {column} ({kind}): probably a damaged file"
    )


class Base(DeclarativeBase):
    """Declarative base of every table of the store."""

    if TYPE_CHECKING:
        # SQLAlchemy's declared constructor takes `**kw: Any`, which makes every reference to a
        # row class an `Any` expression for `mypy --disallow-any-expr`; the keywords are columns.
        def __init__(self, **columns: object) -> None: ...


class MetaRow(Base):
    """Key/value integers describing the database itself (schema version, longest event span)."""

    __tablename__ = "timeline_meta"

    key: Mapped[str] = mapped_column(StoredText("timeline_meta.key", 64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


MERGE_NOTES_KEPT = 5
"""Merge notes an event keeps (the latest ones); `merge_count` counts them all."""


class TextRow(Base):
    """A piece of text stored once, found by its digest: sentences, summaries, article lines.

    A story reprinted by a thousand outlets shares its sentences and most of its lines, so the
    store grows with the distinct text it was given, not with the number of copies.
    """

    __tablename__ = "texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    digest: Mapped[str] = mapped_column(StoredText("texts.digest", 40), unique=True)
    body: Mapped[str] = mapped_column(StoredText("texts.body"))


class ArticleRow(Base):
    """One ingested article; `seq` is the ingestion order, `text_hash` catches re-ingested copies.

    `lines` lists the `texts` ids of the text's lines (comma-separated): joined with newlines
    they give the text back exactly. `extraction_hash` (schema 13) is the digest of the extraction
    its reports were written from (`serial.extraction_digest`): a reloaded extraction whose events
    were edited is told from the one stored. None: stored before schema 13, never recorded.
    """

    __tablename__ = "articles"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(StoredText("articles.id", 255), unique=True)
    text_hash: Mapped[str] = mapped_column(StoredText("articles.text_hash", 40), unique=True)
    source: Mapped[str] = mapped_column(StoredText("articles.source"), default="")
    title: Mapped[str] = mapped_column(StoredText("articles.title"), default="")
    url: Mapped[str] = mapped_column(StoredText("articles.url"), default="")
    pub_date: Mapped[_dt.date] = mapped_column(STORED_DATE)
    pub_date_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    lines: Mapped[str] = mapped_column(StoredText("articles.lines"))
    extraction_hash: Mapped[str | None] = mapped_column(
        StoredText("articles.extraction_hash", 40), nullable=True
    )


class ArticleCopyRow(Base):
    """An article not stored because a stored one has its normalised text (a copy under another id).

    Kept whole (its own id, details and exact text, whose lines are `texts` rows it mostly shares
    with the stored article) so that a re-run knows its id before extracting it, and so that when
    the stored article is replaced by another text the first copy takes its place instead of
    vanishing with the old text. `text_hash` is the stored article's `text_hash`: the copies of an
    article are found by it, in `seq` order.
    """

    __tablename__ = "article_copies"
    __table_args__ = (Index("ix_article_copies_hash", "text_hash", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(StoredText("article_copies.id", 255), unique=True)
    text_hash: Mapped[str] = mapped_column(StoredText("article_copies.text_hash", 40))
    source: Mapped[str] = mapped_column(StoredText("article_copies.source"), default="")
    title: Mapped[str] = mapped_column(StoredText("article_copies.title"), default="")
    url: Mapped[str] = mapped_column(StoredText("article_copies.url"), default="")
    pub_date: Mapped[_dt.date] = mapped_column(STORED_DATE)
    pub_date_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    lines: Mapped[str] = mapped_column(StoredText("article_copies.lines"))


class EntityRow(Base):
    """One canonical entity (name + type) shared by every article that names it."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("name", "type", name="uq_entities_name_type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(StoredText("entities.name", 255))
    type: Mapped[str] = mapped_column(StoredText("entities.type", 32))
    affiliation: Mapped[str | None] = mapped_column(StoredText("entities.affiliation"), nullable=True)
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    folded_into: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The entity this one was folded into (see `EntityFoldRow`); None while it stands alone."""


class MentionRow(Base):
    """How many times one article names one entity (schema 9): what the article added to the
    entity's `mention_count`, taken off again when the article is replaced. An entity the article
    lists without a mention has a row of 0 (since harden23): the article still names it.

    Recorded under the entity id the mentions were counted for when the article was written, and
    never moved by a fold: a fold adds the folded entity's count to the kept one's, so the mentions
    of a row count for its entity and for every entity it is folded into (`folds.take_mentions_off`
    follows that chain). `entities.mention_count` can hold more than its rows: the mentions of
    articles stored before schema 9, which no row records (see `engine._record_mentions`).
    SQLite keeps it without a rowid: the key (article, entity) is the table, one b-tree entry a row.
    """

    __tablename__ = "entity_mentions"
    __table_args__ = ({"sqlite_with_rowid": False},)

    article_seq: Mapped[int] = mapped_column(ForeignKey("articles.seq"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    mentions: Mapped[int] = mapped_column(Integer)


class EntityFoldRow(Base):
    """Two entities found to be one: `folded_id`'s events, aliases and mentions moved to `kept_id`.

    `moved` (JSON) lists what moved, so the fold can be undone (`Timeline.split_entity`); `undone`
    marks a fold that was.
    """

    __tablename__ = "entity_folds"
    __table_args__ = (Index("ix_entity_folds_kept", "kept_id"), Index("ix_entity_folds_folded", "folded_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))
    folded_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))
    reason: Mapped[str] = mapped_column(StoredText("entity_folds.reason"))
    moved: Mapped[str] = mapped_column(StoredText("entity_folds.moved"))
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class AliasRow(Base):
    """A name an entity is known by; the canonical name is stored here too, so lookups use one table."""

    __tablename__ = "aliases"
    __table_args__ = (Index("ix_aliases_entity", "entity_id"),)

    alias: Mapped[str] = mapped_column(StoredText("aliases.alias", 255), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)


_WINDOW_INCLUDES: list[str] = ["long_span"]
"""PostgreSQL: the column `ix_events_window` carries besides its key."""


class EventRow(Base):
    """One real-world event, possibly merged from several articles' reports (see `sources`).

    `long_span` is None when undated, else whether the interval spans over `SHORT_SPAN_DAYS` days;
    only the long ones (a twentieth) are in `ix_events_long` (schema 10: an index entry per event
    fewer than `ix_events_span` on every event).
    `report_date` is the earliest publication date of the articles reporting it: an undated event
    is placed there on the timeline (`ix_events_report` lists undated events in that order).
    """

    __tablename__ = "events"
    __table_args__ = (
        # PostgreSQL keeps `long_span` in the entries (no wider: they are 8-byte aligned), so the
        # short half of a window reads the index alone.
        Index("ix_events_window", "start_date", "end_date", "id", postgresql_include=_WINDOW_INCLUDES),
        Index(
            "ix_events_long",
            "start_date",
            "end_date",
            "id",
            sqlite_where=text("long_span = 1"),
            postgresql_where=text("long_span"),
        ),
        Index("ix_events_merge", "subject_id", "type", "start_date"),
        Index(
            "ix_events_report",
            "report_date",
            "id",
            sqlite_where=text("start_date IS NULL"),
            postgresql_where=text("start_date IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(StoredText("events.type", 32))
    trigger: Mapped[str] = mapped_column(StoredText("events.trigger"))
    status: Mapped[str] = mapped_column(StoredText("events.status", 16))
    start_date: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)
    end_date: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)
    grain: Mapped[str | None] = mapped_column(StoredText("events.grain", 16), nullable=True)
    value: Mapped[str | None] = mapped_column(
        StoredText("events.value", MAX_DATE_VALUE_LENGTH), nullable=True
    )
    mod: Mapped[str | None] = mapped_column(StoredText("events.mod", 16), nullable=True)
    kind: Mapped[str | None] = mapped_column(StoredText("events.kind", 16), nullable=True)
    date_text: Mapped[str | None] = mapped_column(StoredText("events.date_text"), nullable=True)
    summary: Mapped[str] = mapped_column(StoredText("events.summary"))
    confidence: Mapped[float] = mapped_column(Float)
    long_span: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), nullable=True)
    planned_start: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)
    planned_end: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)
    planned_value: Mapped[str | None] = mapped_column(
        StoredText("events.planned_value", MAX_DATE_VALUE_LENGTH), nullable=True
    )
    merge_note: Mapped[str] = mapped_column(StoredText("events.merge_note"), default="")
    """The latest `MERGE_NOTES_KEPT` merge notes, one a line."""
    merge_count: Mapped[int] = mapped_column(Integer, default=0)
    source_count: Mapped[int] = mapped_column(Integer, default=1)
    report_date: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)


class EventEntityRow(Base):
    """An entity's role in an event, in the order the extraction listed it.

    Keyed by (event, entity, role) itself, with no surrogate id (schema 7): on PostgreSQL an id
    was a sequence call and a primary-key index entry per link written, 4 of the 10 us of server
    time two links cost. An entity's links are found through its `entity_timeline` rows (one
    per linked event), so PostgreSQL keeps no index on `entity_id` alone: two index entries
    fewer per event written. SQLite keeps it for its foreign key to `entities`.

    SQLite keeps the table without a rowid (schema 11): the key is the table, so an event's links
    are one b-tree range holding their positions, where the key's index and the rows were two
    (a page of 20 events read 20 pages fewer, a tenth of an entity page's reads at 1M events).
    """

    __tablename__ = "event_entities"
    __table_args__ = (
        Index("ix_event_entities_entity", "entity_id").ddl_if(dialect="sqlite"),
        {"sqlite_with_rowid": False},
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    role: Mapped[str] = mapped_column(StoredText("event_entities.role", 16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EntityTimelineRow(Base):
    """One row per (entity, event) with the event's interval: the index behind per-entity timelines."""

    __tablename__ = "entity_timeline"
    __table_args__ = (Index("ix_entity_timeline_order", "entity_id", "start_date", "end_date", "event_id"),)

    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    start_date: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)
    end_date: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)


class SourceRow(Base):
    """One article's report of an event: where its sentence is, and the date and status it gave.

    A small row of ids, offsets and short date fields: the sentence, summary and date words are
    `texts` rows shared by every copy (a summary the sentence holds is a part of its row). An
    article gives an event at most one source (its first report of it); the date fields let the
    event be rebuilt when an article is replaced.

    An event's sources are found by `ix_sources_event` (event_id, id). On SQLite (schema 12) that
    index, `ix_sources_event_rows`, also holds the columns a shown source reads
    (article, texts, offsets, status): a page's first sources are its index ranges, not those and then a
    row apiece (20 reads of the file fewer for a page of 20 at 1M events, a fifth of its sources'
    statement). PostgreSQL keeps the narrow index: its ingest writes every entry.
    """

    __tablename__ = "sources"
    __table_args__ = (
        Index("ix_sources_event", "event_id", "id").ddl_if(dialect="postgresql"),
        Index(
            "ix_sources_event_rows",
            "event_id",
            "id",
            "article_seq",
            "sentence_id",
            "summary_id",
            "summary_start",
            "summary_end",
            "date_text_id",
            "start_char",
            "end_char",
            "status",
        ).ddl_if(dialect="sqlite"),
        Index("ix_sources_article", "article_seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    article_seq: Mapped[int] = mapped_column(ForeignKey("articles.seq"))
    sentence_id: Mapped[int] = mapped_column(ForeignKey("texts.id"))
    summary_id: Mapped[int] = mapped_column(ForeignKey("texts.id"))
    summary_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """With `summary_end`, the characters of `summary_id`'s text that are the summary (schema 10):
    a summary found in its sentence is that part of the sentence's row, no text of its own. None:
    the whole text (`source_summary`)."""
    summary_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date_text_id: Mapped[int | None] = mapped_column(ForeignKey("texts.id"), nullable=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(StoredText("sources.status", 16))
    start_date: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)
    end_date: Mapped[_dt.date | None] = mapped_column(STORED_DATE, nullable=True)
    grain: Mapped[str | None] = mapped_column(StoredText("sources.grain", 16), nullable=True)
    value: Mapped[str | None] = mapped_column(
        StoredText("sources.value", MAX_DATE_VALUE_LENGTH), nullable=True
    )
    mod: Mapped[str | None] = mapped_column(StoredText("sources.mod", 16), nullable=True)
    kind: Mapped[str | None] = mapped_column(StoredText("sources.kind", 16), nullable=True)


SUMMARY_PARTS_VERSION = 10
"""The first schema version whose sources may keep their summary as a part of their sentence."""

WHOLE_SUMMARIES = "timeline_whole_summaries"
"""Execution option of an engine reading an older store as it is (read-only, below
`SUMMARY_PARTS_VERSION`): its `sources` have no `summary_start`, every summary a text of its own."""

MENTION_ROWS_VERSION = 9
"""The first schema version keeping which article named which entity (`MentionRow`)."""

NO_MENTION_ROWS = "timeline_no_mention_rows"
"""Execution option of an engine reading an older store as it is (read-only, below
`MENTION_ROWS_VERSION`): it has no `entity_mentions` table."""

SOURCE_SUMMARY_SQL = (
    "CASE WHEN source.summary_start IS NULL THEN summary.body "
    "ELSE substr(summary.body, source.summary_start + 1, source.summary_end - source.summary_start) END"
)
"""`source_summary` in SQL text, for `sources AS source` joined to `texts AS summary` by summary_id."""


def source_summary(body: ColumnElement[str] | InstrumentedAttribute[str]) -> ColumnElement[str]:
    """A source's summary, from `body`, the text of its `summary_id`: all of it, or the part
    `summary_start`..`summary_end` (characters, as `substr` counts them on both databases)."""
    start = cast("ColumnElement[int]", SourceRow.summary_start)
    length = cast("ColumnElement[int]", SourceRow.summary_end) - start
    part = cast("ColumnElement[str]", func.substr(body, start + 1, length))
    return cast("ColumnElement[str]", case((start.is_(None), body), else_=part))


WRITER_CHECKED_TABLES = (
    "events",
    "sources",
    "event_entities",
    "entity_timeline",
    "aliases",
    "entity_mentions",
)
"""Tables whose foreign keys exist on SQLite only: on PostgreSQL the writer keeps them.

Every id these rows carry was allocated or resolved in the writing transaction (event ids drawn
from the sequence, entities, texts and articles claimed before the rows referring to them), and
rows are deleted children first. On PostgreSQL a foreign key is an after-row trigger and an index
probe per reference, 14 per ingested event: a third of the server's CPU time. SQLite checks them
in-process, cheaply, and keeps them as the safety net.
"""

for _table in WRITER_CHECKED_TABLES:
    for _constraint in Base.metadata.tables[_table].foreign_key_constraints:
        _constraint.ddl_if(dialect="sqlite")

WRITER_KEYED_TABLES = ("sources", "entity_timeline")
"""Tables whose primary keys exist on SQLite only (schema 8): on PostgreSQL the writer keeps them.

No query finds a row by either key: `sources` rows are read by event through `ix_sources_event`
(event_id, id; on SQLite `ix_sources_event_rows`), `entity_timeline` rows by entity through
`ix_entity_timeline_order` (entity_id, start_date, end_date, event_id), which the writer also
gives in full to update or delete one. Each key was one more index entry per row written (a
source's id drawn from its sequence; an (entity, event) pair the writer makes once per link): 2 of
the 4 index entries of an event's timeline rows. SQLite keeps them (a source's id is its rowid there).
"""

for _table in WRITER_KEYED_TABLES:
    Base.metadata.tables[_table].primary_key.ddl_if(dialect="sqlite")

TABLE_NAMES = frozenset(Base.metadata.tables)


PROBE_MAPPING: dict[str, object] = {"primary_key": ["idx"]}
"""How the probe table is mapped: by `idx` (the table itself has no primary key)."""


class ScratchBase(DeclarativeBase):
    """Tables of one connection (TEMPORARY, made by the writer), never part of the store's schema
    (their own metadata: `create_all` of `Base` never makes them)."""

    if TYPE_CHECKING:  # as `orm.Base`: SQLAlchemy's declared constructor takes `**kw: Any`

        def __init__(self, **columns: object) -> None: ...


class ProbeRow(ScratchBase):
    """Per-connection scratch table of a batch's reports, joined to `events` to find merge candidates."""

    __tablename__ = "timeline_merge_probe"
    __mapper_args__ = PROBE_MAPPING

    idx: Mapped[int] = mapped_column(Integer)
    subject_id: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str | None] = mapped_column(StoredText("timeline_merge_probe.type", 32))
    lo: Mapped[_dt.date | None] = mapped_column(STORED_DATE)
    first_day: Mapped[_dt.date | None] = mapped_column(STORED_DATE)
    last_day: Mapped[_dt.date | None] = mapped_column(STORED_DATE)
    summary: Mapped[str | None] = mapped_column(StoredText("timeline_merge_probe.summary"))
    own: Mapped[int | None] = mapped_column(Integer)
    """PostgreSQL: the event the report wrote before its batch's merge locks, none of its candidates."""
