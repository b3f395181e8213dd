"""Concurrent writers stage of an ingest batch (PostgreSQL): the locks and claims that keep writers apart.

Two reports can only merge when they share a merge key (subject id, event type), so a batch that
only adds reports locks its merge keys (transaction-scoped advisory locks, sorted) before it reads
merge candidates: one writer decides and writes all merges of a key at a time, and writers with no
key in common run side by side. The locks of a transaction are taken in one order - the writers'
lock (shared), claimed rows (entities, articles, each sorted: `_claim_rows`), the names of the
entities it creates, its merge keys, then at the very end alias rows and entity rows (mention
counts, `EntityStage._write_entity_changes`), sorted - so no two writers wait for each other.
What would break that order (folding or renaming a stored entity, replacing articles) runs alone:
the writers' lock taken exclusively, at once when the batch knows it beforehand, else by running
the batch again (`WriteAlone`).
"""

from __future__ import annotations

import collections
import hashlib
from typing import cast

from sqlalchemy import Connection, select

from timeline.model import EVENT_TYPES

from . import bulk
from .bulk import Cell
from .chunks import among, among_chunks, among_parameters, in_chunks
from .ingest_articles import ARTICLE_COLUMNS, ARTICLES_TABLE, ArticleStage, new_article_row
from .ingest_entities import ENTITIES_TABLE
from .ingest_state import EntityValues, QueuedArticle, name_key, read_max_span
from .orm import AliasRow, EntityRow

WRITERS_LOCK_KEY = 0x7469_6D65
"""PostgreSQL advisory lock ("time" in ASCII) every write transaction takes first: shared by
batches that only add reports, which then lock their merge keys; exclusive for those that change
what other writers' merge keys mean (folding or renaming stored entities, replacing articles)."""

NAME_LOCKS = 0x6E61_6D65
"""First key of the two-key advisory locks on the names of the entities a batch creates ("name")."""

MERGE_LOCKS = 0x6D65_7267
"""First key of the two-key advisory locks on merge keys, (subject id, event type) ("merg")."""

_TYPE_NUMBERS = {event_type: number for number, event_type in enumerate(EVENT_TYPES)}

_LOCK_KEYS = "SELECT count(pg_advisory_xact_lock(%(space)s, key)) FROM unnest(%(keys)s::int4[]) AS key"
"""Advisory locks on (space, key) for every key of a sorted array, taken in its order (unnest
yields the elements in order; there is no sort between it and the calls)."""

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


class EntitiesChanged(WriteAlone):
    """A PostgreSQL batch found, once it held the writers' lock, that a fold or split of entities
    was committed after it had resolved its names (a split gives back names its ids may hold): it
    is rolled back and run again alone, its names resolved under the lock, its cache forgotten."""


def lock_writers(connection: Connection, *, exclusive: bool) -> None:
    """PostgreSQL: take the writers' advisory lock for the transaction (see this module); exclusive
    for anything that folds, splits or renames stored entities."""
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    parameters: dict[str, object] = {"key": WRITERS_LOCK_KEY}
    connection.exec_driver_sql(f"SELECT {function}(%(key)s)", parameters)


def _name_and_type(row: EntityValues) -> tuple[str, str]:
    """The order new entities are claimed in (see `_claim_rows`)."""
    return row["name"], row["type"]


def _int4(value: int) -> int:
    """`value` wrapped into a signed 32-bit integer, the type of a two-key advisory lock's keys."""
    return (value + 2**31) % 2**32 - 2**31


def _hashed_key(text: str) -> int:
    """A stable signed 32-bit key for a text (two texts may share one: they then only wait longer)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "big", signed=True)


def _article_id(row: QueuedArticle) -> str:
    """The order new articles are claimed in."""
    return row[1]


class ConcurrencyStage(ArticleStage):
    """Takes a batch's locks and claims its new rows beside other writers (PostgreSQL)."""

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
        new_articles = [new_article_row(row, text_ids, self._extraction_hashes) for row in article_rows]
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
        if space == MERGE_LOCKS:  # another writer may have stored a longer event meanwhile
            self._stored_max_span = read_max_span(self._conn)
            self._max_span = max(self._max_span, self._stored_max_span)

    def _others_writing(self) -> bool:
        """PostgreSQL: whether another writer is in a batch now (holds the writers' lock)."""
        parameters: dict[str, object] = {"key": WRITERS_LOCK_KEY}
        return cast("bool", self._conn.exec_driver_sql(_OTHERS_WRITING, parameters).scalar())

    def _merge_keys_held(self) -> bool:
        """PostgreSQL: whether another writer holds one of the merge keys of the queued reports."""
        keys = sorted(key & 0xFFFF_FFFF for key in self._merge_keys())  # as pg_locks shows them
        parameters: dict[str, object] = {"space": MERGE_LOCKS, "keys": bulk.int_array(keys)}
        return bool(keys) and cast("bool", self._conn.exec_driver_sql(_MERGE_KEYS_HELD, parameters).scalar())
