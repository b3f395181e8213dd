"""Search rows stage of an ingest batch (PostgreSQL): each new event's row of the trigram search index.

SQLite keeps its full-text index by triggers; on PostgreSQL the batch writes the rows itself
(`search.write_postgres`): the rows of new events and the new sentences of merged-into ones,
some written before the merge locks to take the costliest row out of the writers' turns.
"""

from __future__ import annotations

from . import search
from .ingest_rows import written_id
from .ingest_state import BatchState, name_key
from .search import search_body


class SearchStage(BatchState):
    """Writes the search rows of a batch's events (PostgreSQL)."""

    def _write_search_first(self, beside: bool) -> None:
        """PostgreSQL: give each queued report the id of the event it would start, and when the
        batch runs `beside` another writer's, write now, before the merge locks, the search row
        that event would have for each report whose sentence this batch stored (the first report
        of each): most of these start an event, and a search row is the costliest of an event's
        rows to write (the trigram index). A writer alone writes each row once, under its locks:
        writing first, then keeping, rewriting or deleting cost it CPU and a turn it does not share.

        Writers sharing merge keys write in turns from their locks to their commit; this takes
        that row out of the turn. `_write_search` then keeps the rows of the events the reports
        started, rewrites those whose event took more (merged reports of this batch) and deletes
        the others. A sentence stored before (a reprint's) most likely merges into its stored
        event: its report waits for the merge, as does the second report of a sentence.
        """
        incoming = self._incoming
        if not incoming:
            return
        self._report_ids = self._event_ids.take(len(incoming))
        new_texts = self._new_texts
        told_first = self._told_first
        rows: list[tuple[int, str]] = []
        for event_id, report in zip(self._report_ids, incoming, strict=True):
            sentence = report.texts[0]
            if sentence in new_texts:
                new_texts.discard(sentence)
                told_first.add(event_id)
                if beside:
                    body = search_body(name_key(report.event.summary), [self._sentences[sentence]])
                    rows.append((event_id, body))
        if rows:
            self._searched = dict(rows)
            search.write_postgres(self._conn, rows, ())

    def _write_search(self) -> None:
        """PostgreSQL: the search rows of the new events (those written first kept, rewritten or
        deleted: `_write_search_first`) and the new sentences of merged-into ones."""
        body = self._sentences
        written = self._searched
        new: list[tuple[int, str]] = []
        rewritten: list[tuple[int, str]] = []
        for state in self._created:
            event_id = written_id(state)
            text = search_body(state.summary, (body[n.sentence_digest] for n in state.new_sources))
            first = written.pop(event_id, None)
            if first is None:
                new.append((event_id, text))
            elif first != text:
                rewritten.append((event_id, text))
        reported: list[tuple[int, str]] = [
            (written_id(state), body[source.sentence_digest])
            for state in self._loaded.values()
            for source in state.new_sources
        ]
        search.write_postgres(self._conn, new, reported, rewritten, gone=sorted(written))
        self._searched = {}
