"""Lone reports stage of an ingest batch (PostgreSQL): reports that most likely start an event, written early.

A batch waiting for another writer's merge keys writes first, out of the writers' turns, the
reports that most likely merge with nothing (`_write_lone_reports`); under its merge locks it
places them again among what the other writer stored meanwhile (`_place_again`) and deletes the
events of those that merged after all (`_delete_unwritten`).
"""

from __future__ import annotations

import collections
from collections.abc import Sequence
from typing import cast

from . import bulk
from .ingest_matching import MatchingStage, StoredEventRow
from .ingest_rows import DELETE_TIMELINE, EventRowStage, written_id
from .ingest_state import IncomingEvent
from .orm import EventEntityRow, EventRow, SourceRow

_DELETE_UNWRITTEN = (
    f"DELETE FROM {SourceRow.__tablename__} WHERE event_id = ANY(%(ids)s::INTEGER[])",
    f"DELETE FROM {EventEntityRow.__tablename__} WHERE event_id = ANY(%(ids)s::INTEGER[])",
    f"DELETE FROM {EventRow.__tablename__} WHERE id = ANY(%(ids)s::INTEGER[])",
)
"""The rows of events a batch wrote before its merge locks and then merged (`_delete_unwritten`),
each found through an index; their timeline rows by `DELETE_TIMELINE`."""


class LoneReportStage(MatchingStage, EventRowStage):
    """Writes a batch's lone reports before its merge locks and places them again under them."""

    def _delete_unwritten(self) -> None:
        """PostgreSQL: delete the events written before the merge locks whose reports merged after
        all, with their sources, links and timeline rows (their search rows: `_write_search`)."""
        parameters: dict[str, object] = {"ids": bulk.int_array(self._unwritten)}
        self._by_timeline_key(DELETE_TIMELINE, self._unwritten_dates)
        for statement in _DELETE_UNWRITTEN:
            self._conn.exec_driver_sql(statement, parameters)

    def _write_lone_reports(self, waits: bool) -> None:
        """PostgreSQL: place and write before the merge locks the reports that most likely start an
        event of their own: those with no subject (never merged), and those whose merge key no
        other report of the batch has and whose sentence the batch stored first (see
        `_write_search_first`). Their events, sources and links are out of the writers' turns.
        Only when the batch `waits` (another writer holds one of its merge keys), so that the batch
        would wait for it anyway: writing first costs more than it saves for a writer that does not
        wait (the probe passes over the rows written, some reports merge after all).

        Under the locks, the probe (which skips each report's own event) finds what another writer
        stored meanwhile: a report with candidates is placed again (`_place_again`), and when it
        merges after all the event it started is deleted (`_delete_unwritten`).
        """
        incoming = self._incoming
        keys = collections.Counter(
            (report.subject_id, report.event.type) for report in incoming if report.subject_id is not None
        )
        told_first = self._told_first
        lone = self._lone
        for index, (report, event_id) in enumerate(zip(incoming, self._report_ids, strict=True)):
            if report.subject_id is None or (
                keys[(report.subject_id, report.event.type)] == 1 and event_id in told_first
            ):
                lone[index] = event_id
        if not lone or not self._cache.write_lone_first or not waits:
            return  # placed under the locks, and watched (`_watch_lone`)
        for index, event_id in lone.items():
            self._place(incoming[index], (), event_id)
        states = self._created
        self._lone_states = {written_id(state): state for state in states}
        self._write_rows(states)
        self._written_first = set(self._lone_states)

    def _watch_lone(self) -> None:
        """Tell the next batches whether to write their lone reports first: yes while under a
        quarter of this batch's merged after all (a corpus of new wordings of stored events: each
        would be written, then deleted)."""
        started = {state.id for state in self._created}
        merged = sum(1 for event_id in self._lone.values() if event_id not in started)
        self._cache.write_lone_first = merged * 4 < len(self._lone)

    def _place_again(self, report: IncomingEvent, stored: Sequence[StoredEventRow], event_id: int) -> None:
        """Place again, among the stored events another writer may have written meanwhile, a report
        placed alone before the merge locks in the event `event_id` (written, `_write_lone_reports`);
        delete that event when the report merges after all."""
        started = self._lone_states.pop(event_id)
        self._displaced.add(id(started))
        key = (cast(int, report.subject_id), report.event.type)
        self._by_key[key] = [state for state in self._by_key[key] if state is not started]
        self.counts.events -= 1
        created = len(self._created)
        self._place(report, stored, event_id)
        if len(self._created) == created:  # merged: the event written first goes
            self._written_first.discard(event_id)
            self._unwritten.append(event_id)
            self._unwritten_dates.extend(
                (entity_id, event_id, started.start, started.end) for entity_id in dict(started.links)
            )
