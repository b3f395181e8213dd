"""Texts stage of an ingest batch: every line, sentence, summary and date's words stored once, by digest.

A batch refers to texts by their digest as it queues rows (`_text`), and learns their ids just
before it writes (`_text_ids`): on SQLite by looking them up and inserting the rest; on PostgreSQL
in a short transaction of its own that writers take in turns (`_store_texts_postgres`), so that
concurrent writers sharing texts never wait for each other's whole batch.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import cast

from sqlalchemy import Connection, select

from . import bulk
from .bulk import Cell
from .chunks import in_chunks
from .ingest_state import BatchState, IdAllocator
from .orm import TextRow

TEXTS_LOCK_KEY = 0x7465_7874
"""PostgreSQL advisory lock ("text") of the short transactions storing a batch's new texts."""

SHORT_TEXT = 16
"""Characters of the texts (date words) a PostgreSQL batch always looks up before storing them."""

_TEXTS = cast(bulk.NamedTable, TextRow.__table__)  # by name for the bulk paths (`bulk.NamedTable`)
_TEXT_COLUMNS = ("id", "digest", "body")


def text_digest(body: str) -> str:
    """SHA-1 of a text exactly as given: the key of its `texts` row."""
    return hashlib.sha1(body.encode("utf-8", "surrogatepass")).hexdigest()


_short_digest = functools.lru_cache(maxsize=65_536)(text_digest)
"""`text_digest` of a short text (date words: a few thousand, each met again and again), cached."""


@contextlib.contextmanager
def _texts_apart(connection: Connection) -> Iterator[Connection]:
    """PostgreSQL: a transaction of its own on another connection of the engine, holding the texts'
    advisory lock, committed on leaving (rolled back on an error): writers store texts in turns,
    each seeing what the others committed, and none waits for another's batch."""
    with connection.engine.connect() as other, other.begin():
        parameters: dict[str, object] = {"key": TEXTS_LOCK_KEY}
        other.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", parameters)
        # Its commit need not wait for the WAL to reach the disk: these rows matter only to a
        # transaction that refers to them, committed after them, whose own (synchronous) commit
        # flushes the WAL through theirs. A crash in between loses texts nothing refers to.
        other.exec_driver_sql("SET LOCAL synchronous_commit = off")
        yield other


class _TextIds(dict[str, int]):
    """Digest -> id of a batch's texts: those it stored or looked up, else the cache's.

    A dict whose misses fall back to the cache, not a ChainMap: every source row reads two or
    three ids, and a ChainMap look-up runs in Python (2 % of a PostgreSQL writer's CPU)."""

    def __init__(self, learnt: Mapping[str, int], cached: Mapping[str, int]) -> None:
        super().__init__(learnt)
        self._cached = cached

    def __missing__(self, digest: str) -> int:
        return self._cached[digest]


def _pairs(rows: Iterable[Sequence[Cell]]) -> Iterable[tuple[str, int]]:
    """(digest, id) pairs of `texts` rows."""
    for digest, text_id in rows:
        assert isinstance(digest, str) and isinstance(text_id, int)
        yield digest, text_id


class TextStage(BatchState):
    """Queues a batch's texts by digest and stores those not stored yet."""

    def _text(self, body: str) -> str:
        """The digest of a text, queued to be stored unless the cache knows it."""
        digest = _short_digest(body) if len(body) <= SHORT_TEXT else text_digest(body)
        if digest not in self._cache.texts:
            self._texts[digest] = body
        return digest

    def _sentence(self, body: str) -> str:
        """`_text` of a reported sentence, whose body PostgreSQL's search rows need too."""
        digest = self._text(body)
        if not self._sqlite:
            self._sentences[digest] = body
        return digest

    def _text_ids(self) -> Mapping[str, int]:
        """Store the queued texts not stored yet; digest -> id of every one of them.

        Inserted in digest order with ON CONFLICT DO NOTHING, so concurrent PostgreSQL writers
        storing the same sentence wait on each other in one order (no deadlock) and share a row.
        """
        pending = self._texts
        found = self.learnt_texts
        digests = sorted(pending)
        if not self._sqlite:
            if digests:  # none left by the time the batch writes, under its merge locks, as a rule:
                self._store_texts_postgres(digests)  # an empty turn would wait for another's texts
            self._texts = {}
            return _TextIds(found, self._cache.texts)
        for chunk in in_chunks(digests):
            found.update(
                self._conn.execute(select(TextRow.digest, TextRow.id).where(TextRow.digest.in_(chunk))).all()
            )
        missing = [digest for digest in digests if digest not in found]
        if missing:
            ids = IdAllocator(self._conn, TextRow.__tablename__, TextRow.id).take(len(missing))
            self._insert_many(
                _TEXTS,
                _TEXT_COLUMNS,
                [(i, d, pending[d]) for i, d in zip(ids, missing, strict=True)],
            )
            found.update(zip(missing, ids, strict=True))
        self._texts = {}
        return _TextIds(found, self._cache.texts)

    def _store_texts_postgres(self, digests: list[str]) -> None:
        """Find the queued texts (sorted by digest) that may be stored in one statement and COPY the
        others with ids drawn beforehand; when one was stored (not looked up), look them all up and
        COPY the rest: statements per batch, not per text.

        Short texts (date words) are always looked up. Longer ones only while batches keep finding
        some stored (reprints of stored articles) or after a COPY clashed: a corpus of new
        articles skips the look-up, most of whose cost it was (`EntityCache.look_up_long_texts`).

        This runs in a transaction of its own on another connection, committed at once, that
        writers take turns on (`_texts_apart`). Concurrent writers share texts (date words, the
        summaries and sentences of overlapping corpora): a text inserted in a batch's transaction
        made every other writer storing it wait for that whole batch to commit, then clash and
        insert all its texts again with ON CONFLICT (half again the server's time of the COPY).
        A text is a body found by its digest, never changed: one the batch then fails to use is
        a row nothing refers to, as the lines of a replaced article are.
        """
        found = self.learnt_texts
        texts = self._texts
        cache = self._cache
        with _texts_apart(self._conn) as conn:
            everything = cache.look_up_long_texts
            wanted = digests if everything else [d for d in digests if len(texts[d]) <= SHORT_TEXT]
            stored = list(_pairs(bulk.select_where_in(conn, _TEXTS, ("digest", "id"), "digest", wanted)))
            found.update(stored)
            if everything:
                cache.look_up_long_texts = any(len(texts[digest]) > SHORT_TEXT for digest, _ in stored)
            missing = [digest for digest in digests if digest not in found]
            if not missing:
                return
            ids = dict(zip(missing, self._text_ids_drawn.take(len(missing)), strict=True))
            for _ in range(2):
                if bulk.copy_new(conn, _TEXTS, _TEXT_COLUMNS, [(ids[d], d, texts[d]) for d in missing]):
                    found.update((digest, ids[digest]) for digest in missing)
                    self._new_texts.update(missing)
                    return
                # A text not looked up was stored by another writer: look them all up and COPY the
                # others. Writers store texts in turns, so the second COPY clashes only with a
                # writer that does not (an older version of this library).
                cache.look_up_long_texts = True
                found.update(_pairs(bulk.select_where_in(conn, _TEXTS, ("digest", "id"), "digest", missing)))
                missing = [digest for digest in missing if digest not in found]
            rows = [(digest, texts[digest]) for digest in missing]
            returned = bulk.insert_new(
                conn, _TEXTS, ("digest", "body"), rows, conflict=("digest",), returning=("digest", "id")
            )
            inserted = list(_pairs(returned))
            found.update(inserted)
            self._new_texts.update(digest for digest, _ in inserted)
            meanwhile = [digest for digest in missing if digest not in found]  # by another writer
            found.update(_pairs(bulk.select_where_in(conn, _TEXTS, ("digest", "id"), "digest", meanwhile)))
