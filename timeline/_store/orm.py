"""SQLAlchemy 2.x table mappings of the event store, kept apart from the attrs domain objects.

Dates are stored as an inclusive interval (`start_date`, `end_date`) plus the TimeExpr fields
(grain, value, mod, kind) so a timeline keeps its precision. `entity_timeline` repeats each
event's interval next to every entity taking part, so "events of entity X ordered by date" is
one ordered index range scan; `events(start_date, end_date, id)` serves the whole timeline and
`events(long_span, start_date, end_date, id)` date windows.
"""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 1
"""Bump when a table or column changes: a database of another version is refused, never altered."""

META_SCHEMA_VERSION = "schema_version"
META_MAX_SPAN_DAYS = "max_span_days"
"""Longest event interval in days: lets a date-window query bound `start_date` from below."""

SHORT_SPAN_DAYS = 31
"""Events spanning at most this many days (a day, a week, a xun, a month) are `long_span` false.

A date window reads short events from `start_date >= since - 31` and only the few long ones
(quarters, years, plans) from `since - max_span`, so it skips little that ends before `since`.
"""


class Base(DeclarativeBase):
    """Declarative base of every table of the store."""


class MetaRow(Base):
    """Key/value integers describing the database itself (schema version, longest event span)."""

    __tablename__ = "timeline_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class ArticleRow(Base):
    """One ingested article; `seq` is the ingestion order, `text_hash` catches re-ingested copies."""

    __tablename__ = "articles"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(255), unique=True)
    text_hash: Mapped[str] = mapped_column(String(40), unique=True)
    source: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    pub_date: Mapped[_dt.date] = mapped_column(Date)
    pub_date_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)


class EntityRow(Base):
    """One canonical entity (name + type) shared by every article that names it."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("name", "type", name="uq_entities_name_type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(32))
    affiliation: Mapped[str | None] = mapped_column(Text, nullable=True)
    mention_count: Mapped[int] = mapped_column(Integer, default=0)


class AliasRow(Base):
    """A name an entity is known by; the canonical name is stored here too, so lookups use one table."""

    __tablename__ = "aliases"
    __table_args__ = (Index("ix_aliases_entity", "entity_id"),)

    alias: Mapped[str] = mapped_column(String(255), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)


class EventRow(Base):
    """One real-world event, possibly merged from several articles' reports (see `sources`).

    `long_span` is None when undated, else whether the interval spans over `SHORT_SPAN_DAYS` days.
    """

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_window", "start_date", "end_date", "id"),
        Index("ix_events_span", "long_span", "start_date", "end_date", "id"),
        Index("ix_events_merge", "subject_id", "type", "start_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(32))
    trigger: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[_dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[_dt.date | None] = mapped_column(Date, nullable=True)
    grain: Mapped[str | None] = mapped_column(String(16), nullable=True)
    value: Mapped[str | None] = mapped_column(String(64), nullable=True)
    mod: Mapped[str | None] = mapped_column(String(16), nullable=True)
    kind: Mapped[str | None] = mapped_column(String(16), nullable=True)
    date_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    summary: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    long_span: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), nullable=True)
    planned_start: Mapped[_dt.date | None] = mapped_column(Date, nullable=True)
    planned_end: Mapped[_dt.date | None] = mapped_column(Date, nullable=True)
    planned_value: Mapped[str | None] = mapped_column(String(64), nullable=True)
    merge_note: Mapped[str] = mapped_column(Text, default="")


class EventEntityRow(Base):
    """An entity's role in an event, in the order the extraction listed it."""

    __tablename__ = "event_entities"
    __table_args__ = (
        UniqueConstraint("event_id", "entity_id", "role", name="uq_event_entities"),
        Index("ix_event_entities_entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)


class EntityTimelineRow(Base):
    """One row per (entity, event) with the event's interval: the index behind per-entity timelines."""

    __tablename__ = "entity_timeline"
    __table_args__ = (Index("ix_entity_timeline_order", "entity_id", "start_date", "end_date", "event_id"),)

    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    start_date: Mapped[_dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[_dt.date | None] = mapped_column(Date, nullable=True)


class SourceRow(Base):
    """One article's report of an event: the sentence, offsets and date words it came from."""

    __tablename__ = "sources"
    __table_args__ = (Index("ix_sources_event", "event_id"), Index("ix_sources_article", "article_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"))
    sentence: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    date_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16))


TABLE_NAMES = frozenset(Base.metadata.tables)
