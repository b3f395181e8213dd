"""Event rows stage of an ingest batch: events, sources, entity links and timeline rows written.

New events are inserted with ids drawn beforehand, merged-into ones updated, and every new source
and link inserted with one executemany (SQLite) or COPY (PostgreSQL) a table (`_write_events`,
`_write_links`); the timeline rows of events whose interval moved follow them
(`_move_timeline_rows`). On PostgreSQL timeline rows are found by their whole index key
(`_by_timeline_key`).
"""

from __future__ import annotations

import collections
import datetime as _dt
import operator
from collections.abc import Mapping, Sequence
from typing import TypeAlias, cast

from sqlalchemy import Date, Integer, select, update

from . import bulk
from .bulk import Cell
from .chunks import among, among_chunks, among_parameters
from .ingest_state import DateForms, TimelineKey
from .ingest_texts import TextStage
from .merge import EventState
from .orm import SHORT_SPAN_DAYS, EntityTimelineRow, EventEntityRow, EventRow, SourceRow
from .typed import bound

_FIRST = operator.itemgetter(0)
"""Sort key of row tuples: their first cell."""

# The tables the bulk paths write, by name (`bulk.NamedTable`): SQLAlchemy types a table's
# columns as Any, so each is given that type once here.
_EVENTS = cast(bulk.NamedTable, EventRow.__table__)
_TIMELINE = cast(bulk.NamedTable, EntityTimelineRow.__table__)
_SOURCES = cast(bulk.NamedTable, SourceRow.__table__)
_LINKS = cast(bulk.NamedTable, EventEntityRow.__table__)

_SOURCE_COLUMNS = (
    "event_id",
    "article_seq",
    "sentence_id",
    "summary_id",
    "summary_start",
    "summary_end",
    "date_text_id",
    "start_char",
    "end_char",
    "status",
    "start_date",
    "end_date",
    "grain",
    "value",
    "mod",
    "kind",
)

_TIMELINE_KEYS = (
    "unnest(%(entity_ids)s::INTEGER[], %(event_ids)s::INTEGER[], %(starts)s::DATE[], %(ends)s::DATE[]{})"
    " AS keyed(entity_id, event_id, start_date, end_date{})"
)

_TIMELINE_KEY = {
    True: """dated.entity_id = keyed.entity_id AND dated.start_date = keyed.start_date
    AND dated.end_date = keyed.end_date AND dated.event_id = keyed.event_id""",
    False: """dated.entity_id = keyed.entity_id AND dated.start_date IS NULL AND dated.end_date IS NULL
    AND dated.event_id = keyed.event_id""",
}
"""PostgreSQL: timeline rows given as (entity, event, start, end), each found by its whole
`ix_entity_timeline_order` key, the table's only index (`orm.WRITER_KEYED_TABLES`): dated rows
(True) and undated ones apart. By (entity, event) alone, a row would be looked for in the range of
all of its entity's rows (a place's: thousands)."""

DELETE_TIMELINE = (
    f"DELETE FROM {EntityTimelineRow.__tablename__} AS dated USING {_TIMELINE_KEYS.format('', '')} WHERE "
)

_MOVE_TIMELINE = (
    f"UPDATE {EntityTimelineRow.__tablename__} AS dated "
    "SET start_date = keyed.new_start, end_date = keyed.new_end FROM "
    + _TIMELINE_KEYS.format(", %(new_starts)s::DATE[], %(new_ends)s::DATE[]", ", new_start, new_end")
    + " WHERE "
)

_STORED_LINKS = select(EventEntityRow.event_id, EventEntityRow.entity_id, EventEntityRow.role).order_by(
    EventEntityRow.event_id, EventEntityRow.position
)

_TimelineMove: TypeAlias = tuple[int, int, _dt.date | None, _dt.date | None, _dt.date | None, _dt.date | None]
"""A timeline row by its key and its new start and end dates."""


def written_id(state: EventState) -> int:
    """The id of an event stored or inserted by now."""
    assert state.id is not None, "an event is written before its search rows"
    return state.id


_EVENT_COLUMNS = (
    "type",
    "trigger",
    "status",
    "start_date",
    "end_date",
    "grain",
    "value",
    "mod",
    "kind",
    "date_text",
    "summary",
    "confidence",
    "long_span",
    "subject_id",
    "planned_start",
    "planned_end",
    "planned_value",
    "merge_note",
    "merge_count",
    "source_count",
    "report_date",
)


def _event_row(state: EventState, dates: DateForms | None = None) -> tuple[Cell, ...]:
    """The `_EVENT_COLUMNS` values of an event, its dates mapped through `dates` when given."""
    start: _dt.date | str | None = state.start
    end: _dt.date | str | None = state.end
    planned_start: _dt.date | str | None
    planned_end: _dt.date | str | None
    report_date: _dt.date | str | None
    if dates is None:
        planned_start, planned_end, report_date = state.planned_start, state.planned_end, state.report_date
    else:
        start, end = dates[state.start], dates[state.end]
        planned_start, planned_end = dates[state.planned_start], dates[state.planned_end]
        report_date = dates[state.report_date]
    return (
        state.type,
        state.trigger,
        state.status,
        start,
        end,
        state.grain,
        state.value,
        state.mod,
        state.kind,
        state.date_text,
        state.summary,
        state.confidence,
        None
        if state.start is None or state.end is None
        else (state.end - state.start).days > SHORT_SPAN_DAYS,
        state.subject_id,
        planned_start,
        planned_end,
        state.planned_value,
        state.merge_note,
        state.merge_count,
        state.source_count,
        report_date,
    )


def event_column_values(state: EventState) -> dict[str, Cell]:
    return dict(zip(_EVENT_COLUMNS, _event_row(state), strict=True))


class EventRowStage(TextStage):
    """Writes a batch's events with their sources, entity links and timeline rows."""

    def _write_events(self, text_ids: Mapping[str, int]) -> tuple[list[EventState], list[EventState]]:
        """Insert the new events and update the stored ones that took reports, then insert the new
        sources of both: the events written (new, then merged-into) and those of them changed."""
        conn = self._conn
        written = self._written_first
        fresh = [state for state in self._created if state.id not in written] if written else self._created
        if fresh:
            self._insert_events(fresh)
        changed = [state for state in self._loaded.values() if state.changed]
        if changed and not self._sqlite:
            event_rows = [(state.id, *_event_row(state)) for state in changed]
            bulk.update_rows(conn, _EVENTS, ("id",), _EVENT_COLUMNS, event_rows)
        elif changed:
            event_values: list[dict[str, object]] = [
                {"b_event_id": state.id, **event_column_values(state)} for state in changed
            ]
            conn.execute(update(EventRow).where(EventRow.id == bound("b_event_id", Integer())), event_values)
        states = [*fresh, *self._loaded.values()]
        sources = self._source_rows(states, text_ids)
        if sources:
            self._insert_many(_SOURCES, _SOURCE_COLUMNS, sources)
        return states, changed

    def _move_timeline_rows(self, changed: list[EventState]) -> None:
        """Give the timeline rows of the merged-into events whose interval moved their new dates."""
        moved = [state for state in changed if (state.start, state.end) != state.loaded_interval]
        timeline_rows = [
            (entity_id, written_id(s), *s.loaded_interval, s.start, s.end)
            for s in moved
            for entity_id in {entity_id for entity_id, _ in s.links}
        ]
        if timeline_rows and not self._sqlite:
            # Found by the dates stored: the rows of new links, written with the new ones, are right.
            self._by_timeline_key(_MOVE_TIMELINE, timeline_rows)
        elif timeline_rows:
            # By primary key (entity_id, event_id): one row per entity of each event whose date moved.
            new_start, new_end = bound("new_start", Date()), bound("new_end", Date())
            intervals: list[dict[str, object]] = [
                {"b_entity_id": entity_id, "b_event_id": event_id, "new_start": start, "new_end": end}
                for entity_id, event_id, _, _, start, end in timeline_rows
            ]
            self._conn.execute(
                update(EntityTimelineRow)
                .where(
                    EntityTimelineRow.entity_id == bound("b_entity_id", Integer()),
                    EntityTimelineRow.event_id == bound("b_event_id", Integer()),
                )
                .values(start_date=new_start, end_date=new_end),
                intervals,
            )

    def _source_rows(
        self, states: Sequence[EventState], text_ids: Mapping[str, int]
    ) -> list[tuple[Cell, ...]]:
        """The rows of the new sources of these events."""
        dates = self._dates
        return [
            (
                state.id,
                source.article_seq,
                text_ids[source.sentence_digest],
                text_ids[source.summary_digest],
                source.summary_start,
                source.summary_end,
                None if source.date_text_digest is None else text_ids[source.date_text_digest],
                source.start_char,
                source.end_char,
                source.status,
                dates[source.start],
                dates[source.end],
                source.grain,
                source.value,
                source.mod,
                source.kind,
            )
            for state in states
            for source in state.new_sources
        ]

    def _write_rows(self, states: list[EventState]) -> None:
        """Insert these new events with their sources and entity links (and timeline rows)."""
        self._insert_events(states)
        sources = self._source_rows(states, self._text_ids())
        if sources:
            self._insert_many(_SOURCES, _SOURCE_COLUMNS, sources)
        self._write_links(states)

    def _by_timeline_key(self, statement: str, rows: Sequence[TimelineKey | _TimelineMove]) -> None:
        """PostgreSQL: run `DELETE_TIMELINE` or `_MOVE_TIMELINE` on these timeline rows, each given
        by its key (entity id, event id, start, end as stored) and, to move it, its new dates."""
        for dated in (True, False):
            keyed = [row for row in rows if (row[2] is not None) is dated]
            if not keyed:
                continue
            parameters: dict[str, object] = {
                "entity_ids": bulk.int_array(row[0] for row in keyed),
                "event_ids": bulk.int_array(row[1] for row in keyed),
                "starts": bulk.date_array(row[2] for row in keyed),
                "ends": bulk.date_array(row[3] for row in keyed),
            }
            if statement is _MOVE_TIMELINE:
                parameters["new_starts"] = bulk.date_array(cast(_TimelineMove, row)[4] for row in keyed)
                parameters["new_ends"] = bulk.date_array(cast(_TimelineMove, row)[5] for row in keyed)
            self._conn.exec_driver_sql(statement + _TIMELINE_KEY[dated], parameters)

    def _insert_events(self, states: list[EventState]) -> None:
        """Insert new events with ids chosen up front, so the executemany needs no RETURNING."""
        unnumbered = [state for state in states if state.id is None]
        for state, event_id in zip(unnumbered, self._event_ids.take(len(unnumbered)), strict=True):
            state.id = event_id
        dates = self._dates
        self._insert_many(
            _EVENTS, ("id", *_EVENT_COLUMNS), [(state.id, *_event_row(state, dates)) for state in states]
        )

    def _attach_stored_links(self) -> None:
        """Put the stored links of merged-into events before the new ones, dropping repeats."""
        if not self._loaded:
            return
        stored: dict[int, list[tuple[int, str]]] = collections.defaultdict(list)
        for chunk in among_chunks(list(self._loaded), self._sqlite):
            for event_id, entity_id, role in self._conn.execute(
                _STORED_LINKS.where(among(EventEntityRow.event_id, chunk, self._sqlite)),
                among_parameters(chunk),
            ):
                stored[event_id].append((entity_id, role))
        for event_id, state in self._loaded.items():
            known = stored[event_id]
            added = [link for link in state.links if link not in known]
            state.links = [*known, *added]
            state.new_links = [(entity_id, role, len(known) + i) for i, (entity_id, role) in enumerate(added)]

    def _write_links(self, states: list[EventState]) -> None:
        """Insert the new entity links of these events and their entities' timeline rows."""
        links: list[tuple[Cell, ...]] = []
        timeline: list[tuple[Cell, ...]] = []
        dates = self._dates
        for state in states:
            new_links = state.new_links
            if not new_links:
                continue
            event_id, start, end = state.id, dates[state.start], dates[state.end]
            known = len(state.links) - len(new_links)
            on_timeline = {entity_id for entity_id, _ in state.links[:known]} if known else set()
            for entity_id, role, position in new_links:
                links.append((event_id, entity_id, role, position))
                if entity_id not in on_timeline:
                    on_timeline.add(entity_id)
                    timeline.append((entity_id, event_id, start, end))
        if links:
            self._insert_many(_LINKS, ("event_id", "entity_id", "role", "position"), links)
        if timeline:
            # In entity order, the order of `ix_entity_timeline_order`: consecutive rows go to the
            # same or nearby pages of the index instead of a page anywhere in it (PostgreSQL: 15 ->
            # 11 us of server per event for its two rows; the sort costs 0.4 us).
            timeline.sort(key=_FIRST)
            self._insert_many(_TIMELINE, ("entity_id", "event_id", "start_date", "end_date"), timeline)
