"""Ingesting extractions: one transaction per batch, Core executemany for the rows, cached entity ids.

`IngestBatch` works inside one open write transaction. Articles, new events, sources and entity
links are queued and written with executemany at the end; entity ids are looked up (cache first)
or chosen as they are met, because later events need them; texts (lines, sentences, summaries)
are queued by digest and stored once. Merges are decided per event against the events met
earlier in the batch and the stored candidates that one probe query per batch finds.

On PostgreSQL, where several processes may write at once, the batch first stores its new texts
in a short transaction of its own that writers take in turns (`_store_texts_postgres`), claims
its new entities and articles (sorted; articles by COPY in a savepoint, again with ON CONFLICT
DO NOTHING when another writer stored one meanwhile), then decides and writes its
merges holding an advisory lock per merge key (subject, event type): writers whose reports
share no key never wait for each other (see `_claim_rows` and "Concurrent writers" below).
"""

from __future__ import annotations

import collections
import datetime as _dt
import gc
import hashlib
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple, Protocol, TypeAlias, cast

from sqlalchemy import Connection, Date, Executable, Integer, and_, delete, or_, select, text, update
from sqlalchemy.orm import aliased

from timeline.dates import TimeExpr
from timeline.errors import ArticleError
from timeline.model import EVENT_TYPES, Article, Event, Extraction

from . import bulk, search
from .bulk import Cell
from .chunks import among, among_chunks, among_parameters, in_chunks
from .folds import forget_events, take_mentions_off
from .ingest_articles import ARTICLE_COLUMNS, ARTICLES_TABLE, ArticleStage, article_row, text_hash
from .ingest_entities import ENTITIES_TABLE
from .ingest_state import (
    DateForms,
    EntityValues,
    IncomingEvent,
    QueuedArticle,
    TimelineKey,
    name_key,
    read_max_span,
)
from .merge import EventState, SourceState, absorb, event_interval, match_reason
from .orm import (
    SHORT_SPAN_DAYS,
    AliasRow,
    ArticleCopyRow,
    ArticleRow,
    EntityRow,
    EntityTimelineRow,
    EventEntityRow,
    EventRow,
    ProbeRow,
    SourceRow,
    TextRow,
    joined_lines,
    line_ids,
    source_summary,
)
from .records import DatedRecord, EventRecord
from .search import search_body
from .typed import bound
from .window import days_before

WRITERS_LOCK_KEY = 0x7469_6D65
"""PostgreSQL advisory lock ("time" in ASCII) every write transaction takes first: shared by
batches that only add reports, which then lock their merge keys; exclusive for those that change
what other writers' merge keys mean (folding or renaming stored entities, replacing articles)."""


_NAME_LOCKS = 0x6E61_6D65
"""First key of the two-key advisory locks on the names of the entities a batch creates ("name")."""

_MERGE_LOCKS = 0x6D65_7267
"""First key of the two-key advisory locks on merge keys, (subject id, event type) ("merg")."""

_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
"""Sort keys of row tuples: their first and second cells."""

_TYPE_NUMBERS = {event_type: number for number, event_type in enumerate(EVENT_TYPES)}


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

_PROBE = cast(bulk.NamedTable, ProbeRow.__table__)
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


_LOCK_KEYS = "SELECT count(pg_advisory_xact_lock(%(space)s, key)) FROM unnest(%(keys)s::int4[]) AS key"
"""Advisory locks on (space, key) for every key of a sorted array, taken in its order (unnest
yields the elements in order; there is no sort between it and the calls)."""


_DELETE_UNWRITTEN = (
    f"DELETE FROM {SourceRow.__tablename__} WHERE event_id = ANY(%(ids)s::INTEGER[])",
    f"DELETE FROM {EventEntityRow.__tablename__} WHERE event_id = ANY(%(ids)s::INTEGER[])",
    f"DELETE FROM {EventRow.__tablename__} WHERE id = ANY(%(ids)s::INTEGER[])",
)
"""The rows of events a batch wrote before its merge locks and then merged (`_delete_unwritten`),
each found through an index; their timeline rows by `_TIMELINE_ROWS`."""

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

_DELETE_TIMELINE = (
    f"DELETE FROM {EntityTimelineRow.__tablename__} AS dated USING {_TIMELINE_KEYS.format('', '')} WHERE "
)
_MOVE_TIMELINE = (
    f"UPDATE {EntityTimelineRow.__tablename__} AS dated "
    "SET start_date = keyed.new_start, end_date = keyed.new_end FROM "
    + _TIMELINE_KEYS.format(", %(new_starts)s::DATE[], %(new_ends)s::DATE[]", ", new_start, new_end")
    + " WHERE "
)

_OTHERS_WRITING = """SELECT EXISTS (
    SELECT FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
      AND classid = 0 AND objid = %(key)s::oid AND objsubid = 1
)"""
"""Whether another backend holds the writers' lock (`lock_writers`: one bigint key, shown split in
two oids), that is, is in a batch now."""

_MERGE_KEYS_HELD = """SELECT EXISTS (
    SELECT FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
      AND classid = %(space)s::oid AND objsubid = 2 AND objid = ANY(%(keys)s::oid[])
)"""
"""Whether another backend holds a two-key advisory lock (`space`, key) of these keys (oids: the
int4 keys as unsigned)."""


class WriteAlone(Exception):
    """A PostgreSQL batch begun beside other writers found it must change an entity another writer
    may be using (a fold): its transaction is rolled back and the batch run again alone."""


def lock_writers(connection: Connection, *, exclusive: bool) -> None:
    """PostgreSQL: take the writers' advisory lock for the transaction (see `IngestBatch`); exclusive
    for anything that folds, splits or renames stored entities."""
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    parameters: dict[str, object] = {"key": WRITERS_LOCK_KEY}
    connection.exec_driver_sql(f"SELECT {function}(%(key)s)", parameters)


def _name_and_type(row: EntityValues) -> tuple[str, str]:
    """The order new entities are claimed in (see `IngestBatch._claim_rows`)."""
    return row["name"], row["type"]


def _int4(value: int) -> int:
    """`value` wrapped into a signed 32-bit integer, the type of a two-key advisory lock's keys."""
    return (value + 2**31) % 2**32 - 2**31


def _hashed_key(text: str) -> int:
    """A stable signed 32-bit key for a text (two texts may share one: they then only wait longer)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "big", signed=True)


_STORED_LINKS = select(EventEntityRow.event_id, EventEntityRow.entity_id, EventEntityRow.role).order_by(
    EventEntityRow.event_id, EventEntityRow.position
)

_OVERLAPPING = (
    select(ProbeRow.idx, EventRow, EntityRow.name.label("subject_name"))  # EventRow: its columns
    .select_from(ProbeRow)
    .join(
        EventRow,
        and_(
            EventRow.subject_id == ProbeRow.subject_id,
            EventRow.type == ProbeRow.type,
            EventRow.start_date >= ProbeRow.lo,
            EventRow.start_date <= ProbeRow.last_day,
            EventRow.end_date >= ProbeRow.first_day,
        ),
    )
    .join(EntityRow, EntityRow.id == EventRow.subject_id)
)
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

_SAME_SUMMARY = (
    select(ProbeRow.idx, EventRow, EntityRow.name.label("subject_name"))
    .select_from(ProbeRow)
    .join(
        EventRow,
        and_(
            EventRow.subject_id == ProbeRow.subject_id,
            EventRow.type == ProbeRow.type,
            EventRow.summary == ProbeRow.summary,
            or_(ProbeRow.first_day.is_(None), EventRow.start_date.is_(None)),
        ),
    )
    .join(EntityRow, EntityRow.id == EventRow.subject_id)
)


_TimelineMove: TypeAlias = tuple[int, int, _dt.date | None, _dt.date | None, _dt.date | None, _dt.date | None]
"""A timeline row by its key and its new start and end dates."""


class _StoredEvent(EventRecord, Protocol):
    """A stored event read back to be merged into or rebuilt: the columns of `events` and its
    subject's name."""

    @property
    def subject_id(self) -> int | None: ...
    @property
    def subject_name(self) -> str | None: ...


class _Candidate(_StoredEvent, Protocol):
    """A stored event found for a queued report (`_OVERLAPPING`, `_SAME_SUMMARY`): `idx` is the report's."""

    @property
    def idx(self) -> int: ...


class _StoredSource(DatedRecord, Protocol):
    """A stored source with its texts and article, read back to rebuild its event."""

    @property
    def event_id(self) -> int: ...
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


# The stored events and sources above are read with SELECTs of whole tables, which SQLAlchemy
# types as `Row[Any, ...]`; each is given its type here, once.


def _candidates(conn: Connection, query: Executable) -> list[_Candidate]:
    return list(cast("Iterable[_Candidate]", conn.execute(query)))


def _stored_events(conn: Connection, query: Executable) -> list[_StoredEvent]:
    return list(cast("Iterable[_StoredEvent]", conn.execute(query)))


def _stored_sources(conn: Connection, query: Executable) -> list[_StoredSource]:
    return list(cast("Iterable[_StoredSource]", conn.execute(query)))


class _StoredOrigin(NamedTuple):
    """The article of a stored source, as a rebuilt merge note names it."""

    id: str
    source: str
    pub_date: _dt.date


class IngestBatch(ArticleStage):
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
            if replacing:
                self._lock_writers(alone=True)
                extractions = self._remove_articles(sorted(replacing), extractions, pending, extract)
            self._run(extractions, pending)
        finally:
            self._drop_working_state()
            if paused:
                gc.enable()

    def _run(self, extractions: Sequence[Extraction], copies: list[Article]) -> None:
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
            # Under the writers' lock, which a fold by hand holds alone: none can commit between
            # this look at the cached ids and the write (one did, before the lock was taken first).
            self._follow_folds()
            self._claim_rows()
            if not self._alone:
                self._lock_keys(_NAME_LOCKS, self._created_name_keys())
            self._note_concurrent_twins()
            if not self._alone and self._changes_others():
                raise WriteAlone("the batch folds an entity another writer stored meanwhile")
        if self._fold_into:
            self._apply_folds()
        if not self._sqlite:
            beside = not self._alone and self._others_writing()
            self._write_search_first(beside)
            self._write_lone_reports(beside and self._merge_keys_held())
            self._fill_probe()
        if not self._sqlite and not self._alone:
            self._lock_keys(_MERGE_LOCKS, self._merge_keys())
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

    # -- concurrent writers (PostgreSQL) ----------------------------------------------------------

    def _claim_rows(self) -> None:
        """Insert this batch's new entities and articles first, none twice (ON CONFLICT DO NOTHING,
        or COPY in a savepoint and ON CONFLICT when it clashed: `bulk.copy_new`), its new texts
        in a transaction of their own (`_store_texts_postgres`).

        Several processes may write one PostgreSQL store at once. An entity another writer
        stored meanwhile is used instead of ours (its id remapped in the queued rows); an
        article another writer stored meanwhile is a duplicate, and its reports are dropped.
        Rows go in sorted order (entities by name, articles by id), so writers waiting on each
        other's uncommitted rows always wait in one order: no deadlock.
        """
        conn = self._conn
        if self._new_entities:
            rows = sorted(self._new_entities, key=_name_and_type)
            keys = ("id", "name", "type", "affiliation", "mention_count")
            inserted = {
                entity_id
                for (entity_id,) in bulk.insert_new(
                    conn,
                    ENTITIES_TABLE,
                    keys,
                    [(r["id"], r["name"], r["type"], r["affiliation"], r["mention_count"]) for r in rows],
                    conflict=("name", "type"),
                    returning=("id",),
                )
            }
            lost = [row for row in rows if row["id"] not in inserted]
            self._new_entities = []
            if lost:
                self.counts.entities -= len(lost)
                self._remap_entities(self._stored_ids_of(lost))
        text_ids = self._text_ids()
        if not self._article_rows:
            return
        article_rows = sorted(self._article_rows, key=_article_id)
        new_articles = [article_row(row, text_ids) for row in article_rows]
        inserted_ids: set[Cell]
        if bulk.copy_new(conn, ARTICLES_TABLE, ARTICLE_COLUMNS, new_articles):  # none stored meanwhile: usual
            inserted_ids = {row[1] for row in article_rows}
        else:
            inserted_ids = {
                article_id
                for (article_id,) in bulk.insert_new(
                    conn, ARTICLES_TABLE, ARTICLE_COLUMNS, new_articles, conflict=(), returning=("id",)
                )
            }
        self._article_rows = []
        lost_articles = {row[1] for row in article_rows if row[1] not in inserted_ids}
        if lost_articles:  # another writer stored them (or their text, under another id) first
            stored = {
                article_id
                for (article_id,) in bulk.select_where_in(
                    conn, ARTICLES_TABLE, ("id",), "id", sorted(lost_articles)
                )
            }
            for row in article_rows:
                if row[1] in lost_articles and row[1] not in stored:
                    self._copies.setdefault(row[1], (row, None))
            self.counts.articles -= len(lost_articles)
            self.counts.duplicates += len(lost_articles)
            self._incoming = [r for r in self._incoming if r.article.id not in lost_articles]
            for row in article_rows:
                if row[1] in lost_articles:
                    self._article_mentions.pop(row[0], None)

    def _note_concurrent_twins(self) -> None:
        """Queue folds of the entities this batch created that another writer created meanwhile under
        one of their names (an alias or the other width of a bracket): what one writer alone would
        have resolved to the stored entity. Runs alone or holding the locks on the names of the
        entities it created, so every such row is visible.
        """
        ours = {entity_id: key for key, entity_id in self._created_entities.items()}
        if not ours:
            return
        names: dict[str, set[int]] = collections.defaultdict(set)
        for row in self._alias_rows:
            if row["entity_id"] in ours:
                names[row["alias"]].add(row["entity_id"])
        for chunk in among_chunks(sorted(names), self._sqlite):
            for alias, entity_id, type_ in self._conn.execute(
                select(AliasRow.alias, AliasRow.entity_id, EntityRow.type)
                .join(EntityRow, EntityRow.id == AliasRow.entity_id)
                .where(among(AliasRow.alias, chunk, self._sqlite), EntityRow.folded_into.is_(None))
                .order_by(AliasRow.entity_id),
                among_parameters(chunk),
            ):
                for mine in names[alias]:
                    if entity_id not in ours and ours[mine][1] == type_ and mine not in self._fold_into:
                        reason = f"another writer stored “{alias}” ({type_}) at the same time"
                        self._fold_into[mine] = (entity_id, reason)

    def _stored_ids_of(self, rows: list[EntityValues]) -> dict[int, int]:
        """Our id -> the stored id (or the entity it was folded into) of entities another writer stored."""
        ours = {(row["name"], row["type"]): row["id"] for row in rows}
        found: dict[int, int] = {}
        names = sorted({name for name, _ in ours})
        for chunk in in_chunks(names):
            for entity_id, name, type_, folded_into in self._conn.execute(
                select(EntityRow.id, EntityRow.name, EntityRow.type, EntityRow.folded_into).where(
                    EntityRow.name.in_(chunk)
                )
            ):
                if (name, type_) in ours:
                    found[ours[(name, type_)]] = folded_into or entity_id
        return found

    # How concurrent PostgreSQL writers stay apart. Two reports can only merge when they share a
    # merge key (subject id, event type), so a batch that only adds reports locks its merge keys
    # (transaction-scoped advisory locks, sorted) before it reads merge candidates: one writer
    # decides and writes all merges of a key at a time, and writers with no key in common run side
    # by side. The locks of a transaction are taken in one order - the writers' lock (shared),
    # claimed rows (entities, articles, each sorted), the names of the entities it creates,
    # its merge keys, then at the very end alias rows and entity rows (mention counts), sorted -
    # so no two writers wait for each other. What would break that order (folding or renaming a
    # stored entity, replacing articles) runs alone: the writers' lock taken exclusively, at once
    # when the batch knows it beforehand, else by running the batch again (`WriteAlone`).

    def _lock_writers(self, *, alone: bool) -> None:
        """PostgreSQL: take the writers' lock, shared (or exclusive when `alone`), once per transaction."""
        if self._sqlite or self._writers_locked:
            return
        lock_writers(self._conn, exclusive=alone)
        self._alone = alone
        self._writers_locked = True

    def _changes_others(self) -> bool:
        """Whether the batch folds or renames an entity it did not create (another writer may be
        using it), which it may only do alone."""
        created = set(self._created_entities.values())
        return any(entity_id not in created for entity_id in self._renamed) or any(
            folded not in created or kept not in created for folded, (kept, _) in self._fold_into.items()
        )

    def _created_name_keys(self) -> set[int]:
        """Lock keys of the names of the entities this batch creates: a writer creating an entity
        under one of them waits, then sees ours (see `_note_concurrent_twins`)."""
        created = {entity_id: type_ for (_, type_), entity_id in self._created_entities.items()}
        return {
            _hashed_key(f"{created[row['entity_id']]}\n{name_key(row['alias'])}")
            for row in self._alias_rows
            if row["entity_id"] in created
        }

    def _merge_keys(self) -> set[int]:
        """Lock keys of the (subject, event type) pairs of the queued reports."""
        kinds = len(_TYPE_NUMBERS)
        return {
            _int4(report.subject_id * kinds + _TYPE_NUMBERS[report.event.type])
            for report in self._incoming
            if report.subject_id is not None
        }

    def _lock_keys(self, space: int, keys: set[int]) -> None:
        """Take the advisory locks (`space`, key) of `keys` in ascending order, held to the commit."""
        if keys:
            parameters: dict[str, object] = {"space": space, "keys": bulk.int_array(sorted(keys))}
            self._conn.exec_driver_sql(_LOCK_KEYS, parameters)
        if space == _MERGE_LOCKS:  # another writer may have stored a longer event meanwhile
            self._stored_max_span = read_max_span(self._conn)
            self._max_span = max(self._max_span, self._stored_max_span)

    # -- articles ---------------------------------------------------------------------------------

    def _remove_articles(
        self,
        article_ids: list[str],
        extractions: Sequence[Extraction],
        copies: list[Article],
        extract: Callable[[Article], Extraction] | None,
    ) -> Sequence[Extraction]:
        """Take the stored versions of these articles out, before their new versions are written;
        the extractions to write (with those of copies taking a replaced text's place).

        Their sources go; an event left with no source goes too (its entity links and timeline
        rows with it); every other event they touched is rebuilt from the sources it keeps, in
        order, by the merge rule: date, status, planned date, counts and notes. Entity links
        stay (an entity only the removed version named stays linked); the removed version's
        mentions are taken off its entities' counts (`take_mentions_off`).

        A text that goes, and that no new version in the batch brings back, may have copies (other
        ids the user ingested, recorded as `ArticleCopyRow` or among `copies`): the first one
        takes the article's place, so that what it reported stays in the store. Extraction is a
        function of the text and the publication date: a copy with both the same as the stored
        article would give the same events, so it takes over the article's row and sources as
        they are (its id, source, title and url; the events it reported are rebuilt so their
        notes name it). Any other copy (another publication date, which relative dates resolve
        against, or other blanks or widths, which move the offsets) is extracted with `extract`
        and written as a new article. A recorded copy of these ids (a corrected copy) is dropped:
        its new version is in the batch.
        """
        conn = self._conn
        conn.execute(delete(ArticleCopyRow).where(ArticleCopyRow.id.in_(article_ids)))
        rows = conn.execute(
            select(ArticleRow.seq, ArticleRow.id, ArticleRow.text_hash, ArticleRow.pub_date, ArticleRow.lines)
            .where(ArticleRow.id.in_(article_ids))
            .order_by(ArticleRow.seq)
        ).all()
        if not rows:
            return extractions
        kept = {text_hash(extraction.article) for extraction in extractions}
        orphans = {
            digest: (seq, article_id, pub_date, lines)
            for seq, article_id, digest, pub_date, lines in rows
            if digest not in kept
        }
        successors = self._first_copies(sorted(orphans), copies, set(article_ids))
        promoted: list[int] = []
        added: list[Extraction] = []
        for digest, (copy, copy_seq) in successors.items():
            seq, article_id, pub_date, lines = orphans[digest]
            if copy_seq is None:
                copies.remove(copy)
            else:
                conn.execute(delete(ArticleCopyRow).where(ArticleCopyRow.seq == copy_seq))
            if copy.pub_date == pub_date and copy.text == self._stored_text(lines):
                conn.execute(
                    update(ArticleRow)
                    .where(ArticleRow.seq == seq)
                    .values(
                        id=copy.id,
                        source=copy.source,
                        title=copy.title,
                        url=copy.url,
                        pub_date_estimated=copy.pub_date_estimated,
                    )
                )
                promoted.append(seq)
                continue
            if extract is None:
                raise ArticleError(f"article {copy.id} would take the place of {article_id}: no extractor")
            try:
                added.append(extract(copy))
            except ArticleError as err:
                raise ArticleError(
                    f"article {copy.id}, a copy of {article_id}, would take the place of its replaced text "
                    f"but cannot be extracted: {err}"
                ) from err
        seqs: list[int] = [row[0] for row in rows if row[0] not in promoted]
        reporting: list[int] = [*seqs, *promoted]
        touched = sorted(
            set(conn.scalars(select(SourceRow.event_id).where(SourceRow.article_seq.in_(reporting))))
        )
        conn.execute(delete(SourceRow).where(SourceRow.article_seq.in_(seqs)))
        take_mentions_off(conn, seqs)
        conn.execute(delete(ArticleRow).where(ArticleRow.seq.in_(seqs)))
        self.counts.replaced += len(rows)
        for chunk in in_chunks(touched):
            self._rebuild_events(list(chunk))
        return [*added, *extractions]

    def _first_copies(
        self, digests: list[str], copies: list[Article], replaced: set[str]
    ) -> dict[str, tuple[Article, int | None]]:
        """Text hash -> the first copy of it (a recorded one, with its `seq`, before those of the
        batch, with None) whose id is not being replaced."""
        found: dict[str, tuple[Article, int | None]] = {}
        if not digests:
            return found
        excluded: list[str] = sorted(replaced)
        for seq, article_id, digest, source, title, url, pub_date, estimated, lines in self._conn.execute(
            select(
                ArticleCopyRow.seq,
                ArticleCopyRow.id,
                ArticleCopyRow.text_hash,
                ArticleCopyRow.source,
                ArticleCopyRow.title,
                ArticleCopyRow.url,
                ArticleCopyRow.pub_date,
                ArticleCopyRow.pub_date_estimated,
                ArticleCopyRow.lines,
            )
            .where(ArticleCopyRow.text_hash.in_(digests), ArticleCopyRow.id.not_in(excluded))
            .order_by(ArticleCopyRow.seq)
        ):
            if digest not in found:
                article = Article(
                    self._stored_text(lines),
                    pub_date,
                    id=article_id,
                    source=source,
                    title=title,
                    url=url,
                    pub_date_estimated=estimated,
                )
                found[digest] = (article, seq)
        wanted = set(digests)
        for copy in copies:
            digest = text_hash(copy)
            if digest in wanted and digest not in found and copy.id not in replaced:
                found[digest] = (copy, None)
        return found

    def _stored_text(self, lines: str) -> str:
        """The text of a stored article (or copy) from its `lines` column."""
        ids = line_ids(lines)
        bodies: dict[int, str] = {}
        for chunk in among_chunks(sorted(set(ids)), self._sqlite):
            rows = select(TextRow.id, TextRow.body).where(among(TextRow.id, chunk, self._sqlite))
            for text_id, body in self._conn.execute(rows, among_parameters(chunk)):
                bodies[text_id] = body
        return joined_lines(ids, bodies)

    def _rebuild_events(self, event_ids: list[int]) -> None:
        conn = self._conn
        rows = {
            row.id: row
            for row in _stored_events(
                conn,
                select(EventRow, EntityRow.name.label("subject_name"))  # on a Connection: the columns
                .outerjoin(EntityRow, EntityRow.id == EventRow.subject_id)
                .where(EventRow.id.in_(event_ids)),
            )
        }
        summary, date_text = aliased(TextRow, name="summary_text"), aliased(TextRow, name="date_text")
        kept: dict[int, list[_StoredSource]] = collections.defaultdict(list)
        for source in _stored_sources(
            conn,
            select(
                SourceRow,
                source_summary(summary.body).label("summary"),
                date_text.body.label("date_words"),
                ArticleRow.id.label("article_id"),
                ArticleRow.source.label("article_source"),
                ArticleRow.pub_date,
            )
            .join(summary, summary.id == SourceRow.summary_id)
            .outerjoin(date_text, date_text.id == SourceRow.date_text_id)
            .join(ArticleRow, ArticleRow.seq == SourceRow.article_seq)
            .where(SourceRow.event_id.in_(event_ids))
            .order_by(SourceRow.id),
        ):
            kept[source.event_id].append(source)
        gone = [event_id for event_id in event_ids if not kept[event_id]]
        if gone:
            conn.execute(delete(EventEntityRow).where(EventEntityRow.event_id.in_(gone)))
            conn.execute(delete(EntityTimelineRow).where(EntityTimelineRow.event_id.in_(gone)))
            conn.execute(delete(EventRow).where(EventRow.id.in_(gone)))
            forget_events(conn, gone)
        for event_id, sources in kept.items():
            if not sources:
                continue
            row = rows[event_id]
            first, *rest = (_stored_report(row, source) for source in sources)
            state = _new_state(first, row.subject_id, row.subject_name or "")
            state.id, state.confidence, state.source_count = event_id, row.confidence, len(sources)
            for report, source in zip(rest, sources[1:], strict=True):
                origin = _StoredOrigin(source.article_id, source.article_source, source.pub_date)
                absorb(state, report, origin, "kept when the event was rebuilt after an article was replaced")
            conn.execute(update(EventRow).where(EventRow.id == event_id).values(**_event_values(state)))
            if (state.start, state.end) != (row.start_date, row.end_date):
                conn.execute(
                    update(EntityTimelineRow)
                    .where(EntityTimelineRow.event_id == event_id)
                    .values(start_date=state.start, end_date=state.end)
                )

    # -- entities ---------------------------------------------------------------------------------

    # -- texts ------------------------------------------------------------------------------------

    def _place(self, report: IncomingEvent, stored: Sequence[_StoredEvent], event_id: int | None) -> None:
        """Merge a report into the event it describes (in this batch or stored), else start a new one
        (with `event_id` when given, else an id drawn when it is written)."""
        event = report.event
        state, reason = self._find_match(report, stored)
        date = _dated(event)
        if state is None:
            state = _new_state(event, report.subject_id, report.subject_name, date)
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
        self, report: IncomingEvent, stored: Sequence[_StoredEvent]
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
            state = _loaded_state(row, self._stored_objects.get(row.id, set()))
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

    # -- writing ----------------------------------------------------------------------------------

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
                {"b_event_id": state.id, **_event_values(state)} for state in changed
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
            (entity_id, _written_id(s), *s.loaded_interval, s.start, s.end)
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

    def _delete_unwritten(self) -> None:
        """PostgreSQL: delete the events written before the merge locks whose reports merged after
        all, with their sources, links and timeline rows (their search rows: `_write_search`)."""
        parameters: dict[str, object] = {"ids": bulk.int_array(self._unwritten)}
        self._by_timeline_key(_DELETE_TIMELINE, self._unwritten_dates)
        for statement in _DELETE_UNWRITTEN:
            self._conn.exec_driver_sql(statement, parameters)

    def _by_timeline_key(self, statement: str, rows: Sequence[TimelineKey | _TimelineMove]) -> None:
        """PostgreSQL: run `_DELETE_TIMELINE` or `_MOVE_TIMELINE` on these timeline rows, each given
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
        self._lone_states = {_written_id(state): state for state in states}
        self._write_rows(states)
        self._written_first = set(self._lone_states)

    def _others_writing(self) -> bool:
        """PostgreSQL: whether another writer is in a batch now (holds the writers' lock)."""
        parameters: dict[str, object] = {"key": WRITERS_LOCK_KEY}
        return cast("bool", self._conn.exec_driver_sql(_OTHERS_WRITING, parameters).scalar())

    def _merge_keys_held(self) -> bool:
        """PostgreSQL: whether another writer holds one of the merge keys of the queued reports."""
        keys = sorted(key & 0xFFFF_FFFF for key in self._merge_keys())  # as pg_locks shows them
        parameters: dict[str, object] = {"space": _MERGE_LOCKS, "keys": bulk.int_array(keys)}
        return bool(keys) and cast("bool", self._conn.exec_driver_sql(_MERGE_KEYS_HELD, parameters).scalar())

    def _watch_lone(self) -> None:
        """Tell the next batches whether to write their lone reports first: yes while under a
        quarter of this batch's merged after all (a corpus of new wordings of stored events: each
        would be written, then deleted)."""
        started = {state.id for state in self._created}
        merged = sum(1 for event_id in self._lone.values() if event_id not in started)
        self._cache.write_lone_first = merged * 4 < len(self._lone)

    def _place_again(self, report: IncomingEvent, stored: Sequence[_StoredEvent], event_id: int) -> None:
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
            event_id = _written_id(state)
            text = search_body(state.summary, (body[n.sentence_digest] for n in state.new_sources))
            first = written.pop(event_id, None)
            if first is None:
                new.append((event_id, text))
            elif first != text:
                rewritten.append((event_id, text))
        reported: list[tuple[int, str]] = [
            (_written_id(state), body[source.sentence_digest])
            for state in self._loaded.values()
            for source in state.new_sources
        ]
        search.write_postgres(self._conn, new, reported, rewritten, gone=sorted(written))
        self._searched = {}

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


def _article_id(row: QueuedArticle) -> str:
    return row[1]


def _written_id(state: EventState) -> int:
    """The id of an event stored or inserted by now."""
    assert state.id is not None, "an event is written before its search rows"
    return state.id


def _dated(event: Event) -> TimeExpr | None:
    """The event's date when it has an interval (`event_interval`), else None."""
    date = event.date
    return date if date is not None and date.start is not None and date.end is not None else None


def _new_state(
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


def _stored_report(event: _StoredEvent, source: _StoredSource) -> Event:
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


def _loaded_state(row: _StoredEvent, objects: set[int]) -> EventState:
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


def _event_values(state: EventState) -> dict[str, Cell]:
    return dict(zip(_EVENT_COLUMNS, _event_row(state), strict=True))
