"""Matching stage of an ingest batch: each report merged into the event it describes, or a new one.

SQL narrows, Python decides: the batch's reports go into a temporary probe table joined to
`events` once per batch (`_stored_candidates`), which finds the stored events each may merge
with; each report is then placed (`_place`) into the first event met earlier in the batch, else
the first candidate, that the merge rule (`merge.match_reason`) accepts, else starts an event.
"""

from __future__ import annotations

import collections
import operator
from collections.abc import Iterable, Sequence
from typing import Protocol, cast

from sqlalchemy import ColumnElement, Connection, Executable, and_, delete, or_, select, text

from timeline.dates import TimeExpr
from timeline.model import Event

from . import bulk
from .chunks import among, among_chunks, among_parameters
from .ingest_state import BatchState, IncomingEvent, name_key
from .merge import EventState, SourceState, absorb, event_interval, match_reason
from .orm import EntityRow, EventEntityRow, EventRow, ProbeRow
from .records import EventRecord
from .window import days_before

_SECOND = operator.itemgetter(1)
"""Sort key of row tuples: their second cell."""

_PROBE = cast(bulk.NamedTable, ProbeRow.__table__)  # by name for the bulk paths (`bulk.NamedTable`)
_PROBE_COLUMNS = ("idx", "subject_id", "type", "lo", "first_day", "last_day", "summary", "own")

_CREATE_PROBE = f"""CREATE TEMPORARY TABLE IF NOT EXISTS {ProbeRow.__tablename__} (
    idx INTEGER, subject_id INTEGER, type VARCHAR(32), lo DATE, first_day DATE, last_day DATE, summary TEXT,
    own INTEGER
)"""
"""The probe table as SQLAlchemy's CreateTable wrote it (the same on SQLite and PostgreSQL)."""

_CREATE_PROBE_PG = _CREATE_PROBE + " ON COMMIT DELETE ROWS"
"""PostgreSQL: emptied at each commit by truncation. Its rows deleted instead (as SQLite reuses
the pages freed) stayed on its pages, which no vacuum visits in a temporary table, and each batch
added new ones: the table grew by a batch's rows for every batch of the connection, and its DELETE
and the probe read them all (1,540 pages after 40 batches, the probe's scan 4-7 times a batch's
own; past `temp_buffers` read back from files)."""


def _stored_for_probe(*conditions: ColumnElement[bool]) -> Executable:
    """SQLite: the stored events of each queued report's key (subject and type) that meet the
    conditions, with the report's `idx` and the subject's name."""
    return (
        select(ProbeRow.idx, EventRow, EntityRow.name.label("subject_name"))  # EventRow: its columns
        .select_from(ProbeRow)
        .join(
            EventRow,
            and_(EventRow.subject_id == ProbeRow.subject_id, EventRow.type == ProbeRow.type, *conditions),
        )
        .join(EntityRow, EntityRow.id == EventRow.subject_id)
    )


_OVERLAPPING = _stored_for_probe(
    EventRow.start_date >= ProbeRow.lo,
    EventRow.start_date <= ProbeRow.last_day,
    EventRow.end_date >= ProbeRow.first_day,
)
"""Stored events whose dates overlap the report's (its merge window)."""

_PG_CANDIDATES = f"""SELECT probe.idx, found.*,
    (SELECT name FROM {EntityRow.__tablename__} WHERE id = probe.subject_id) AS subject_name
FROM {ProbeRow.__tablename__} AS probe
CROSS JOIN LATERAL (
    SELECT * FROM {EventRow.__tablename__} AS stored
    WHERE stored.subject_id = probe.subject_id AND stored.type = probe.type
      AND stored.start_date >= probe.lo AND stored.start_date <= probe.last_day
      AND stored.end_date >= probe.first_day
    UNION ALL
    SELECT * FROM {EventRow.__tablename__} AS stored
    WHERE stored.subject_id = probe.subject_id AND stored.type = probe.type
      AND stored.start_date IS NULL AND stored.summary = probe.summary
    UNION ALL
    SELECT * FROM {EventRow.__tablename__} AS stored
    WHERE probe.first_day IS NULL AND stored.subject_id = probe.subject_id AND stored.type = probe.type
      AND stored.summary = probe.summary
) AS found
WHERE found.id IS DISTINCT FROM probe.own"""
"""PostgreSQL: `_OVERLAPPING` and `_SAME_SUMMARY` in one statement, as a lateral join: each report
reads its own ranges of `ix_events_merge` (its dates; the undated events; all of its key only
when it is undated itself), whatever the planner guesses of the probe table, which is never
analysed (an ANALYZE per batch cost more than the probe's insert). The event a report wrote
before the merge locks (`own`, see `_write_lone_reports`) is not its candidate."""

_SAME_SUMMARY = _stored_for_probe(
    EventRow.summary == ProbeRow.summary,
    or_(ProbeRow.first_day.is_(None), EventRow.start_date.is_(None)),
)
"""Stored events with the report's summary, when either of them is undated."""


class StoredEventRow(EventRecord, Protocol):
    """A stored event read back to be merged into or rebuilt: the columns of `events` and its
    subject's name."""

    @property
    def subject_id(self) -> int | None: ...
    @property
    def subject_name(self) -> str | None: ...


class _Candidate(StoredEventRow, Protocol):
    """A stored event found for a queued report (`_OVERLAPPING`, `_SAME_SUMMARY`): `idx` is the report's."""

    @property
    def idx(self) -> int: ...


# The stored events are read with SELECTs of whole tables, which SQLAlchemy types as
# `Row[Any, ...]`; each is given its type here, once.


def _candidates(conn: Connection, query: Executable) -> list[_Candidate]:
    return list(cast("Iterable[_Candidate]", conn.execute(query)))


def stored_events(conn: Connection, query: Executable) -> list[StoredEventRow]:
    return list(cast("Iterable[StoredEventRow]", conn.execute(query)))


def _dated(event: Event) -> TimeExpr | None:
    """The event's date when it has an interval (`event_interval`), else None."""
    date = event.date
    return date if date is not None and date.start is not None and date.end is not None else None


def new_state(
    event: Event, subject_id: int | None, subject_name: str, date: TimeExpr | None = None
) -> EventState:
    """A new event's merge state; `date` is `_dated(event)` when the caller has it."""
    date = date if date is not None else _dated(event)
    return EventState(
        id=None,
        type=event.type,
        trigger=event.trigger,
        status=event.status,
        start=date.start if date else None,
        end=date.end if date else None,
        grain=date.grain if date else None,
        value=date.value if date else None,
        mod=date.mod if date else None,
        kind=date.kind if date else None,
        date_text=date.text if date else None,
        summary=name_key(event.summary),
        confidence=event.confidence,
        subject_id=subject_id,
        subject_name=subject_name,
    )


def loaded_state(row: StoredEventRow, objects: set[int]) -> EventState:
    """The merge state of a stored event, from a row of `events` plus its subject's name and the
    ids of its object entities."""
    return EventState(
        id=row.id,
        type=row.type,
        trigger=row.trigger,
        status=row.status,
        start=row.start_date,
        end=row.end_date,
        grain=row.grain,
        value=row.value,
        mod=row.mod,
        kind=row.kind,
        date_text=row.date_text,
        summary=row.summary,
        confidence=row.confidence,
        subject_id=row.subject_id,
        subject_name=row.subject_name or "",
        planned_start=row.planned_start,
        planned_end=row.planned_end,
        planned_value=row.planned_value,
        merge_notes=row.merge_note.split("\n") if row.merge_note else [],
        merge_count=row.merge_count,
        source_count=row.source_count,
        report_date=row.report_date,
        loaded_interval=(row.start_date, row.end_date),
        objects=set(objects),
    )


class MatchingStage(BatchState):
    """Places a batch's reports: merged into events met earlier or stored, or new events."""

    def _place(self, report: IncomingEvent, stored: Sequence[StoredEventRow], event_id: int | None) -> None:
        """Merge a report into the event it describes (in this batch or stored), else start a new one
        (with `event_id` when given, else an id drawn when it is written)."""
        event = report.event
        state, reason = self._find_match(report, stored)
        date = _dated(event)
        if state is None:
            state = new_state(event, report.subject_id, report.subject_name, date)
            state.id = event_id
            state.report_date = report.article.pub_date
            self._created.append(state)
            if report.subject_id is not None:
                self._by_key[(report.subject_id, event.type)].append(state)
            self.counts.events += 1
        else:
            absorb(state, event, report.article, reason)
            self.counts.merged_events += 1
        for entity_id, role in report.links:
            state.add_link(entity_id, role)
        sentence, summary, date_text = report.texts
        position = (report.article_seq, sentence, summary, date_text, event.start_char, event.end_char)
        part = report.summary_span or (None, None)
        if date is None:
            state.add_source(SourceState(*position, event.status, None, None, None, None, None, None, *part))
        else:
            state.add_source(
                SourceState(
                    *position,
                    event.status,
                    date.start,
                    date.end,
                    date.grain,
                    date.value,
                    date.mod,
                    date.kind,
                    *part,
                )
            )
        if state.start is not None and state.end is not None:
            span = (state.end - state.start).days
            if span > self._max_span:
                self._max_span = span

    def _find_match(
        self, report: IncomingEvent, stored: Sequence[StoredEventRow]
    ) -> tuple[EventState | None, str]:
        """The event `report` is another report of: one met in this batch first, else a stored one."""
        if report.subject_id is None:
            return None, ""
        key = (report.subject_id, report.event.type)
        met = self._by_key.get(key, ())
        if not met and not stored:
            return None, ""
        objects = {entity_id for entity_id, role in report.links if role == "object"}
        for state in met:
            reason = match_reason(state, report.event, report.subject_id, objects)
            if reason:
                return state, reason
        for row in stored:
            if row.id in self._loaded:
                continue  # met earlier in this batch: already tried above, with its merges so far
            state = loaded_state(row, self._stored_objects.get(row.id, set()))
            reason = match_reason(state, report.event, report.subject_id, objects)
            if reason:  # its stored entity links are read once per batch, in _attach_stored_links
                self._loaded[row.id] = state
                self._by_key[key].append(state)
                return state, reason
        return None, ""

    def _stored_candidates(self) -> dict[int, list[_Candidate]]:
        """Stored events each queued report may merge with, by report index (SQL narrows, Python decides).

        The reports go into a temporary table joined to `events` on subject and type: dated ones
        meet the events whose interval overlaps theirs (a range on `ix_events_merge`), and every
        report meets the events with the same summary when either side is undated. A candidate
        found both ways is kept once.
        """
        found: dict[int, list[_Candidate]] = collections.defaultdict(list)
        if self._probe_span != self._stored_max_span:  # not filled yet, or with a span now too short
            self._fill_probe()
        if not self._probed or self._conn.scalar(select(EventRow.id).limit(1)) is None:
            return found  # no report to probe, or nothing stored yet (the first batch into a new store)
        conn = self._conn
        if not self._sqlite:  # the unanalysed probe's guessed size would have the query compiled
            conn.exec_driver_sql("SET LOCAL jit = off")  # (JIT): 0.8 s for a 1 ms query
        queries = (_OVERLAPPING, _SAME_SUMMARY) if self._sqlite else (text(_PG_CANDIDATES),)
        seen: set[tuple[int, int]] = set()
        for query in queries:
            for row in _candidates(conn, query):
                if (row.idx, row.id) not in seen:
                    seen.add((row.idx, row.id))
                    found[row.idx].append(row)
        for rows in found.values():
            rows.sort(key=lambda row: row.id)
        self._load_stored_objects(sorted({row_id for _, row_id in seen}))
        return found

    def _fill_probe(self) -> None:
        """Put the queued reports into the probe table `_stored_candidates` reads, each with the range
        of start dates that the longest stored span (`_stored_max_span`, as known now) gives it.

        PostgreSQL fills it before taking the merge locks, out of the writers' turns, and again
        only when another writer stored a longer event meanwhile.
        """
        created = set(self._created_entities.values())  # no stored event has them as subject
        span = self._probe_span = self._stored_max_span
        lone = self._lone
        dates = self._dates
        probes = []
        for index, report in enumerate(self._incoming):
            if report.subject_id is None or report.subject_id in created:
                continue
            interval = event_interval(report.event)
            first, last = interval if interval else (None, None)
            probes.append(
                (
                    index,
                    report.subject_id,
                    report.event.type,
                    dates[days_before(first, span)] if first else None,
                    dates[first],
                    dates[last],
                    name_key(report.event.summary),
                    lone.get(index),
                )
            )
        self._probed = bool(probes)
        if not probes:
            return
        probes.sort(key=_SECOND)  # by subject: the probe reads `ix_events_merge` in its order
        conn = self._conn
        conn.exec_driver_sql(_CREATE_PROBE if self._sqlite else _CREATE_PROBE_PG)
        conn.execute(delete(ProbeRow))  # PostgreSQL: the rows of a first fill in this transaction
        self._insert_many(_PROBE, _PROBE_COLUMNS, probes)

    def _load_stored_objects(self, event_ids: list[int]) -> None:
        """The object entities of these stored events, which keep apart reports naming other ones."""
        for chunk in among_chunks(event_ids, self._sqlite):
            for event_id, entity_id in self._conn.execute(
                select(EventEntityRow.event_id, EventEntityRow.entity_id).where(
                    among(EventEntityRow.event_id, chunk, self._sqlite),
                    EventEntityRow.role == "object",
                ),
                among_parameters(chunk),
            ):
                self._stored_objects[event_id].add(entity_id)
