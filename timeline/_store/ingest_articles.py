"""Articles stage of an ingest batch: the new articles queued with their reports, copies recorded.

An article not stored yet (by id or by its normalised text, `text_hash`) is queued as a row whose
lines are texts, its entities resolved and each of its events queued as a report with the ids
it names (`_buffer_article`); one stored under another id is a copy (`ArticleCopyRow`),
recorded once its text is known to be stored (`_write_copies`).
"""

from __future__ import annotations

import collections
import weakref
from collections.abc import Mapping
from typing import cast

from sqlalchemy import or_, select

from timeline.model import Article, Extraction, normalised_digest
from timeline.serial import extraction_digest

from . import bulk
from .bulk import Cell
from .chunks import IN_CHUNK, among, among_chunks, among_parameters
from .ingest_entities import EntityStage
from .ingest_state import IncomingEvent, QueuedArticle, sqlite_insert
from .ingest_texts import TextStage
from .orm import ArticleCopyRow, ArticleRow, MentionRow

# The tables this stage writes, by name for the bulk paths (`bulk.NamedTable`).
ARTICLES_TABLE = cast(bulk.NamedTable, ArticleRow.__table__)
_COPIES = cast(bulk.NamedTable, ArticleCopyRow.__table__)
_MENTIONS = cast(bulk.NamedTable, MentionRow.__table__)
_COPY_COLUMNS = ("id", "text_hash", "source", "title", "url", "pub_date", "pub_date_estimated", "lines")
ARTICLE_COLUMNS = (
    "seq",
    "id",
    "text_hash",
    "source",
    "title",
    "url",
    "pub_date",
    "pub_date_estimated",
    "lines",
    "extraction_hash",
)


def text_hash(article: Article) -> str:
    """SHA-1 of the normalised text: two copies of one article share it.

    Remembered while the article lives: the screen before extraction and the writer both need it,
    and normalising a whole article (NFKC) costs more than the rest of its duplicate check.
    """
    digest = _TEXT_HASHES.get(article)
    if digest is None:
        digest = _TEXT_HASHES[article] = normalised_digest(article.text)
    return digest


_TEXT_HASHES: weakref.WeakKeyDictionary[Article, str] = weakref.WeakKeyDictionary()


def article_row(row: QueuedArticle, text_ids: Mapping[str, int]) -> tuple[Cell, ...]:
    """A queued article row with its lines' digests turned into the `lines` column."""
    seq, article_id, digest, source, title, url, pub_date, estimated, lines = row
    joined = ",".join([str(text_ids[line]) for line in lines])
    return (seq, article_id, digest, source, title, url, pub_date, estimated, joined)


def new_article_row(
    row: QueuedArticle, text_ids: Mapping[str, int], extraction_hashes: Mapping[int, str]
) -> tuple[Cell, ...]:
    """The `ARTICLE_COLUMNS` of a queued new article: its row and its extraction's digest."""
    return (*article_row(row, text_ids), extraction_hashes[row[0]])


class ArticleStage(EntityStage, TextStage):
    """Queues a batch's new articles and their reports, and writes their rows."""

    def _stored_articles(self, article_ids: list[str], digests: list[str]) -> tuple[set[str], set[str]]:
        """SQLite: the ids and text hashes, among these, that the database already holds.

        PostgreSQL asks nothing here: the caller's screen dropped the articles stored before the
        batch began, and one stored since (by another writer) makes the batch's COPY of articles
        clash and turns out a duplicate in `_claim_rows`.
        """
        ids: set[str] = set()
        hashes: set[str] = set()
        for start in range(0, len(article_ids), IN_CHUNK):
            found = self._conn.execute(
                select(ArticleRow.id, ArticleRow.text_hash).where(
                    or_(
                        ArticleRow.id.in_(article_ids[start : start + IN_CHUNK]),
                        ArticleRow.text_hash.in_(digests[start : start + IN_CHUNK]),
                    )
                )
            )
            for article_id, digest in found:
                ids.add(article_id)
                hashes.add(digest)
        return ids, hashes

    def _buffer_article(self, extraction: Extraction, digest: str) -> None:
        """Queue one new article's row, resolve its entities and queue its event reports."""
        article = extraction.article
        self._article_id = article.id
        (seq,) = self._article_seqs.take(1)
        self._article_rows.append(self._queued(article, digest, seq))
        self._extraction_hashes[seq] = extraction_digest(extraction)
        self.counts.articles += 1
        names: dict[str, int] = {}
        # (name, type) -> entity id of the names this article gives, resolved once: an entity is met
        # in several events, and `_entity_id` gives a name the id it gave it before in the batch.
        resolved: dict[tuple[str, str], int] = {}
        for entity in extraction.entities:
            entity_id = self._entity_id(entity.name, entity.type, entity.affiliation, entity.aliases)
            resolved[(entity.name, entity.type)] = entity_id
            names.setdefault(entity.name, entity_id)
            for alias in entity.aliases:
                self._add_alias(alias, entity.type, entity_id)
                names.setdefault(alias, entity_id)
        # Every entity the article lists is recorded as named by it, its mentions counted (0 for
        # none): an entity no article names any more, and no event holds, is listed no more.
        mentions = collections.Counter(dict.fromkeys(resolved.values(), 0))
        mentions.update(names[mention.entity] for mention in extraction.mentions if mention.entity in names)
        if mentions:
            self._article_mentions[seq] = mentions

        def id_of(name: str, type_: str) -> int:
            found = resolved.get((name, type_))
            if found is None:
                found = resolved[(name, type_)] = self._entity_id(name, type_)
            return found

        for event in extraction.events:
            subject = next((link for link in event.entities if link.role == "subject"), None)
            subject_id = id_of(subject.name, subject.type) if subject is not None else None
            links = [(id_of(link.name, link.type), link.role) for link in event.entities]
            sentence = self._sentence(event.sentence)
            at = event.sentence.find(event.summary)
            span = None if at < 0 else (at, at + len(event.summary))
            self._incoming.append(
                IncomingEvent(
                    article,
                    seq,
                    event,
                    subject_id,
                    subject.name if subject else "",
                    links,
                    (
                        sentence,
                        sentence if span else self._text(event.summary),
                        self._text(event.date.text) if event.date and event.date.text else None,
                    ),
                    span,
                )
            )

    def _queued(self, article: Article, digest: str, seq: int) -> QueuedArticle:
        """The row of an article (or of a copy: `seq` unused), its lines queued as texts."""
        return (
            seq,
            article.id,
            digest,
            article.source,
            article.title,
            article.url,
            self._dates[article.pub_date],
            article.pub_date_estimated,
            [self._text(line) for line in article.text.split("\n")],
        )

    def _write_copies(self, text_ids: Mapping[str, int]) -> None:
        """Record the queued copies whose text a stored article has (by then: this batch's are
        written); those it has not are left to the caller (`copies_left`). A copy recorded before
        (another writer, a run again) is kept as it was."""
        digests = sorted({row[2] for row, _ in self._copies.values()})
        present = {
            digest
            for chunk in among_chunks(digests, self._sqlite)
            for (digest,) in self._conn.execute(
                select(ArticleRow.text_hash).where(among(ArticleRow.text_hash, chunk, self._sqlite)),
                among_parameters(chunk),
            )
        }
        rows = [
            article_row(row, text_ids)[1:]
            for _, (row, _) in sorted(self._copies.items())
            if row[2] in present
        ]
        self.copies_left = [
            article for row, article in self._copies.values() if row[2] not in present and article is not None
        ]
        if not rows:
            return
        if self._sqlite:
            plain = sqlite_insert(_COPIES.name, _COPY_COLUMNS)
            self._conn.exec_driver_sql(plain.replace("INSERT", "INSERT OR IGNORE", 1), rows)
        else:
            bulk.insert_new(self._conn, _COPIES, _COPY_COLUMNS, rows, conflict=("id",))

    def _write_articles(self, text_ids: Mapping[str, int]) -> None:
        """Insert the queued articles and the counts of the entities they mention (unless written
        already: `_write_mentions`); record the copies."""
        if self._article_rows:
            self._insert_many(
                ARTICLES_TABLE,
                ARTICLE_COLUMNS,
                [new_article_row(row, text_ids, self._extraction_hashes) for row in self._article_rows],
            )
        if not self._mentions_written:
            self._write_mentions()
        if self._copies:
            self._write_copies(text_ids)

    def _write_mentions(self) -> None:
        """Insert how many times each queued article names each entity (`MentionRow`).

        PostgreSQL writes them before the merge locks, once the batch's articles are claimed and
        its entity ids final (claimed, folds applied): they depend on no merge, and writers sharing
        merge keys write in turns from their locks to their commit.
        """
        self._mentions_written = True
        if self._article_mentions:
            mention_rows = [
                (seq, entity_id, count)
                for seq, counted in sorted(self._article_mentions.items())
                for entity_id, count in sorted(counted.items())
            ]
            self._insert_many(_MENTIONS, ("article_seq", "entity_id", "mentions"), mention_rows)
