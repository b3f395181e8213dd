"""Ingesting extractions: one transaction per batch, Core executemany for the rows, cached entity ids.

`IngestBatch` works inside one open write transaction. Articles, new events, sources and entity
links are queued and written with executemany at the end; entity ids are looked up (cache first)
or chosen as they are met, because later events need them; texts (lines, sentences, summaries)
are queued by digest and stored once. Merges are decided per event against the events met
earlier in the batch and the stored candidates that one probe query per batch finds.

On PostgreSQL, where several processes may write at once, the batch first stores its new texts
in a short transaction of its own that writers take in turns, claims its new entities and
articles (sorted; articles by COPY in a savepoint, again with ON CONFLICT DO NOTHING when another
writer stored one meanwhile), then decides and writes its merges holding an advisory lock per
merge key (subject, event type): writers whose reports share no key never wait for each other.

`IngestBatch` is the coordinator: `_run` calls the stages in order, each a mixin in a module of
its own over the batch's working state (`ingest_state.BatchState`):

- `ingest_replacing`: the stored versions of the articles a batch replaces, taken out first;
- `ingest_articles`: the new articles queued, each event a report naming entity ids
  (`ingest_entities`: names resolved as met) and texts by digest (`ingest_texts`);
- `ingest_concurrency` (PostgreSQL): the writers' lock, the new rows claimed, the locks on new
  names and then on merge keys; `ingest_entities` then applies the batch's folds;
- `ingest_search`, `ingest_lone_reports` (PostgreSQL): what is written before the merge locks;
- `ingest_matching`: the stored candidates probed, each report placed;
- `_write`: entities, texts, articles, then events with their sources, links and timeline rows
  (`ingest_rows`), search rows (`ingest_search`), and entity changes last (`ingest_entities`).

What an extraction must be to be stored is checked before it reaches a batch (`ingest_checks`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from typing import cast

from sqlalchemy import Connection

from timeline.model import Article, Extraction

from .folds import folds_made
from .ingest_articles import text_hash
from .ingest_concurrency import MERGE_LOCKS, NAME_LOCKS, ConcurrencyStage, EntitiesChanged, WriteAlone
from .ingest_lone_reports import LoneReportStage
from .ingest_replacing import ReplacingStage
from .ingest_search import SearchStage

_WRITTEN_TABLES = (
    "events",
    "sources",
    "event_entities",
    "entity_timeline",
    "event_search",
    "texts",
    "articles",
    "entities",
    "aliases",
    "entity_mentions",
)
"""The tables whose rows a batch finds by their ids (PostgreSQL: see `take_statistics`)."""

_NEVER_ANALYSED = """SELECT last_analyze IS NULL AND last_autoanalyze IS NULL
FROM pg_stat_user_tables WHERE relid = 'events'::regclass"""


def take_statistics(connection: Connection) -> bool:
    """PostgreSQL: give a new store's tables the planner's statistics once a batch is in them, when
    autovacuum has not yet (it does within a minute or so, at its next round). Until then the
    planner takes `event_id = ANY(60 ids)` for a third of `event_entities` and reads the whole
    table, in the batches' merge-locked part: 34 ms instead of 0.5 ms at 200k links, the same for
    the deletes of `_delete_unwritten`. True once done, or found done (SQLite: nothing to do)."""
    if connection.dialect.name != "postgresql":
        return True
    if cast("bool | None", connection.exec_driver_sql(_NEVER_ANALYSED).scalar()):
        connection.exec_driver_sql(f"ANALYZE {', '.join(_WRITTEN_TABLES)}")
    return True


class IngestBatch(ConcurrencyStage, LoneReportStage, ReplacingStage, SearchStage):
    """Extractions written in one open write transaction: `run` them once, the caller commits.

    Work per batch, not per event: one query finds the already stored articles, one probe (a
    temporary table joined to `events`) finds the stored events each new report may merge with,
    and executemany writes the rows. Entities are resolved through the cache as they are met.
    """

    def run(
        self,
        extractions: Sequence[Extraction],
        replacing: Iterable[str] = (),
        copies: Sequence[Article] = (),
        extract: Callable[[Article], Extraction] | None = None,
    ) -> None:
        """Store the extractions not stored yet (by id or normalised text), merging their events.

        `replacing`: ids whose stored article (or recorded copy) this batch replaces (see
        `_remove_articles`; `extract` extracts a copy that takes the place of a replaced text).
        `copies`: articles found to be copies of stored ones before extraction, recorded with the
        copies this batch finds (`ArticleCopyRow`).

        The cyclic garbage collector is paused meanwhile: a batch allocates many small objects
        that all live until its end, and each full collection they trigger would walk every
        object of the process (the caller's articles too) - up to a tenth of the ingest time.
        The batch makes no reference cycles of its own; collection resumes when it ends, once
        its working state is dropped: objects still alive then would be walked by the first
        collection, a tenth of a PostgreSQL ingest's client time.
        """
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            pending = list(copies)
            if replacing or self._alone:  # alone: its names are resolved under the lock, too
                self._lock_writers(alone=True)
                extractions = self._remove_articles(sorted(replacing), extractions, pending, extract)
            self._run(extractions, pending)
        finally:
            self._drop_working_state()
            if paused:
                gc.enable()

    def _run(self, extractions: Sequence[Extraction], copies: list[Article]) -> None:
        # Read as the batch began, unless it has taken the writers' lock since (alone): a fold
        # committed before the lock is then seen here, not taken for one made under it.
        folds = folds_made(self._conn) if self._writers_locked else self._folds_at_start
        if self._cache.folds_seen != folds:  # another process folded or split entities meanwhile
            self._cache.forget()
            self._cache.folds_seen = folds
        digests = [text_hash(extraction.article) for extraction in extractions]
        ids = [x.article.id for x in extractions]
        stored_ids, stored_hashes = self._stored_articles(ids, digests) if self._sqlite else (set(), set())
        self._prefetch_entities(extractions)
        for extraction, digest in zip(extractions, digests, strict=True):
            article = extraction.article
            if article.id in stored_ids or digest in stored_hashes:
                self.counts.duplicates += 1
                if article.id not in stored_ids:
                    copies.append(article)
                continue
            stored_ids.add(article.id)
            stored_hashes.add(digest)
            self._buffer_article(extraction, digest)
        for copy in copies:
            if copy.id not in self._copies:
                self._copies[copy.id] = (self._queued(copy, text_hash(copy), 0), copy)
        if self._sqlite:
            self._follow_folds()  # the transaction has held the write lock since its first read
        else:
            self._lock_writers(alone=self._alone or self._changes_others())
            if folds_made(self._conn) != folds:
                raise EntitiesChanged("entities were folded or split since the batch resolved its names")
            # Under the writers' lock, which a fold by hand holds alone: none can commit between
            # this look at the cached ids and the write (one did, before the lock was taken first).
            self._follow_folds()
            self._claim_rows()
            if not self._alone:
                self._lock_keys(NAME_LOCKS, self._created_name_keys())
            self._note_concurrent_twins()
            if not self._alone and self._changes_others():
                raise WriteAlone("the batch folds an entity another writer stored meanwhile")
        if self._fold_into:
            self._apply_folds()
        if not self._sqlite:
            self._write_mentions()
            beside = not self._alone and self._others_writing()
            self._write_search_first(beside)
            self._write_lone_reports(beside and self._merge_keys_held())
            self._fill_probe()
        if not self._sqlite and not self._alone:
            self._lock_keys(MERGE_LOCKS, self._merge_keys())
        candidates = self._stored_candidates()
        event_ids = self._report_ids
        lone = self._lone if self._written_first else {}
        for index, report in enumerate(self._incoming):
            if index not in lone:
                self._place(report, candidates.get(index, ()), event_ids[index] if event_ids else None)
            elif index in candidates:
                self._place_again(report, candidates[index], lone[index])
        if self._displaced:
            self._created = [state for state in self._created if id(state) not in self._displaced]
        if self._lone:
            self._watch_lone()
        self._write()

    def _write(self) -> None:
        """Write every queued row with executemany; the caller's transaction makes it all or nothing."""
        self._flush_entities()
        text_ids = self._text_ids()
        self._write_articles(text_ids)
        if self._unwritten:
            self._delete_unwritten()
        states, changed = self._write_events(text_ids)
        if not self._sqlite:
            self._write_search()
        self._attach_stored_links()
        self._write_links(states)
        self._move_timeline_rows(changed)
        self._write_entity_changes()
