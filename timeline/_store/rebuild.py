"""Stored events rebuilt from the sources they keep, by the merge rule, in the order the sources came.

After an article is replaced (its sources gone) and after a fold of entities is split (the
sources a merged event took back), an event's date, status, planned date, counts and notes are
made again from its sources (`rebuild_events`); one left with no source goes, with its links and
timeline rows. Its search text is made again too (`search.reindex`).
"""

from __future__ import annotations

import collections
import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol, cast

from sqlalchemy import BindParameter, Connection, bindparam, delete, select, update
from sqlalchemy.orm import aliased

from timeline.dates import TimeExpr
from timeline.model import Event

from . import search
from .chunks import in_chunks
from .ingest_matching import StoredEventRow, new_state, stored_events
from .ingest_rows import event_column_values
from .merge import absorb
from .orm import (
    ArticleRow,
    EntityRow,
    EntityTimelineRow,
    EventEntityRow,
    EventRow,
    SourceRow,
    TextRow,
    source_summary,
)
from .records import DatedRecord


class StoredSource(DatedRecord, Protocol):
    """A stored source with its texts and article, read back to rebuild its event."""

    @property
    def id(self) -> int: ...
    @property
    def event_id(self) -> int: ...
    @property
    def article_seq(self) -> int: ...
    @property
    def sentence_id(self) -> int: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...
    @property
    def summary(self) -> str: ...
    @property
    def date_words(self) -> str | None: ...
    @property
    def article_id(self) -> str: ...
    @property
    def article_source(self) -> str: ...
    @property
    def pub_date(self) -> _dt.date: ...


class StoredOrigin(NamedTuple):
    """The article of a stored source, as a rebuilt merge note names it."""

    id: str
    source: str
    pub_date: _dt.date


def stored_report(event: StoredEventRow, source: StoredSource) -> Event:
    """A stored source of a stored event as the report it was, for rebuilding the event."""
    date = None
    if source.start_date is not None and source.end_date is not None:
        words = source.date_words or ""
        date = TimeExpr(
            words,
            0,
            len(words),
            source.start_date,
            source.end_date,
            source.grain,
            source.value,
            source.mod,
            source.kind or "date",
        )
    return Event(
        type=event.type,
        trigger=event.trigger,
        status=source.status,
        date=date,
        summary=source.summary,
        sentence="",
        article_id=source.article_id,
        start_char=source.start_char,
        end_char=source.end_char,
        confidence=event.confidence,
    )


_SUMMARY, _DATE_TEXT = aliased(TextRow, name="summary_text"), aliased(TextRow, name="date_text")
_EVENT_IDS: BindParameter[int] = bindparam("event_ids", expanding=True)

_SOURCES_OF = (
    select(
        SourceRow,
        source_summary(_SUMMARY.body).label("summary"),
        _DATE_TEXT.body.label("date_words"),
        ArticleRow.id.label("article_id"),
        ArticleRow.source.label("article_source"),
        ArticleRow.pub_date,
    )
    .join(_SUMMARY, _SUMMARY.id == SourceRow.summary_id)
    .outerjoin(_DATE_TEXT, _DATE_TEXT.id == SourceRow.date_text_id)
    .join(ArticleRow, ArticleRow.seq == SourceRow.article_seq)
    .where(SourceRow.event_id.in_(_EVENT_IDS))
    .order_by(SourceRow.id)
)
"""The sources of some events with their texts and articles (built once: a fold runs it per merge)."""


def sources_of(conn: Connection, event_ids: Sequence[int]) -> dict[int, list[StoredSource]]:
    """Event id -> its sources with their texts and articles, in the order they came (by id)."""
    found: dict[int, list[StoredSource]] = collections.defaultdict(list)
    for chunk in in_chunks(sorted(set(event_ids))):
        parameters: dict[str, object] = {"event_ids": list(chunk)}
        for source in list(cast("Iterable[StoredSource]", conn.execute(_SOURCES_OF, parameters))):
            found[source.event_id].append(source)
    for sources in found.values():
        sources.sort(key=lambda source: source.id)
    return found


def stored_event_rows(conn: Connection, event_ids: Sequence[int]) -> dict[int, StoredEventRow]:
    """Event id -> its row, with its subject's name."""
    rows: dict[int, StoredEventRow] = {}
    for chunk in in_chunks(sorted(set(event_ids))):
        for row in stored_events(
            conn,
            select(EventRow, EntityRow.name.label("subject_name"))  # on a Connection: the columns
            .outerjoin(EntityRow, EntityRow.id == EventRow.subject_id)
            .where(EventRow.id.in_(chunk)),
        ):
            rows[row.id] = row
    return rows


def origin(source: StoredSource) -> StoredOrigin:
    """The article of a stored source, as a merge note names it."""
    return StoredOrigin(source.article_id, source.article_source, source.pub_date)


def rebuild_events(conn: Connection, event_ids: list[int], why: str) -> list[int]:
    """Make these events again from the sources they keep (`why` ends each merge note); delete
    those left with none, with their links and timeline rows. The ids of the deleted ones."""
    rows = stored_event_rows(conn, event_ids)
    kept = sources_of(conn, event_ids)
    gone = [event_id for event_id in event_ids if event_id in rows and not kept.get(event_id)]
    for chunk in in_chunks(gone):
        conn.execute(delete(EventEntityRow).where(EventEntityRow.event_id.in_(chunk)))
        conn.execute(delete(EntityTimelineRow).where(EntityTimelineRow.event_id.in_(chunk)))
        conn.execute(delete(EventRow).where(EventRow.id.in_(chunk)))
    for event_id, sources in kept.items():
        row = rows[event_id]
        first, *rest = (stored_report(row, source) for source in sources)
        state = new_state(first, row.subject_id, row.subject_name or "")
        state.id, state.confidence, state.source_count = event_id, row.confidence, len(sources)
        for report, source in zip(rest, sources[1:], strict=True):
            absorb(state, report, origin(source), why)
        conn.execute(update(EventRow).where(EventRow.id == event_id).values(**event_column_values(state)))
        if (state.start, state.end) != (row.start_date, row.end_date):
            conn.execute(
                update(EntityTimelineRow)
                .where(EntityTimelineRow.event_id == event_id)
                .values(start_date=state.start, end_date=state.end)
            )
    search.reindex(conn, sorted(kept))
    return gone
