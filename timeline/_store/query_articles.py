"""Articles read back: every stored article with its text rebuilt, and the stored articles among
some ids or text hashes (to tell a duplicate from a correction before extraction).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, Protocol, cast

from sqlalchemy import ARRAY, BindParameter, Connection, String, any_, bindparam, func, or_, select

from timeline.model import Article

from .chunks import IN_CHUNK, in_chunks
from .orm import ArticleCopyRow, ArticleRow, TextRow, joined_lines, line_ids

_LINE_CACHE = 50_000
"""Article lines kept while reading articles back (reprints share most of theirs)."""


class _ArticleRecord(Protocol):
    """A row of `articles`: the columns of `ArticleRow`, by name."""

    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def pub_date(self) -> _dt.date: ...
    @property
    def pub_date_estimated(self) -> bool: ...
    @property
    def lines(self) -> str: ...


def _article_records(conn: Connection) -> list[_ArticleRecord]:
    query = select(
        ArticleRow.id,
        ArticleRow.source,
        ArticleRow.title,
        ArticleRow.url,
        ArticleRow.pub_date,
        ArticleRow.pub_date_estimated,
        ArticleRow.lines,
    ).order_by(ArticleRow.seq)  # the columns every readable version has (not `extraction_hash`)
    return list(cast("Iterable[_ArticleRecord]", conn.execute(query)))


def load_articles(conn: Connection) -> list[Article]:
    """Every stored article, in ingestion order, its text rebuilt from its stored lines."""
    lines: dict[int, str] = {}
    articles = []
    for row in _article_records(conn):
        ids = line_ids(row.lines)
        missing = [i for i in set(ids) if i not in lines]
        if len(lines) > _LINE_CACHE:
            lines.clear()
            missing = list(set(ids))
        for chunk in in_chunks(missing):
            lines.update(conn.execute(select(TextRow.id, TextRow.body).where(TextRow.id.in_(chunk))).all())
        articles.append(
            Article(
                joined_lines(ids, lines),
                row.pub_date,
                id=row.id,
                source=row.source,
                title=row.title,
                url=row.url,
                pub_date_estimated=row.pub_date_estimated,
            )
        )
    return articles


UNRECORDED = ""
"""`StoredArticle.extraction_hash` of an article stored before schema 13, which kept none."""


class StoredArticle(NamedTuple):
    """What the store holds of an article, to tell a duplicate from a correction.

    `extraction_hash`: the digest of the extraction stored (`serial.extraction_digest`),
    `UNRECORDED` when an older version stored it, None when there is none to compare with (a
    copy, whose reports are its stored article's; an article read earlier in the same input).
    """

    id: str
    text_hash: str
    pub_date: _dt.date
    source: str
    title: str
    extraction_hash: str | None = None


_STORED_ARTICLES = select(
    ArticleRow.id,
    ArticleRow.text_hash,
    ArticleRow.pub_date,
    ArticleRow.source,
    ArticleRow.title,
    func.coalesce(ArticleRow.extraction_hash, UNRECORDED),
)

_STRINGS: BindParameter[Sequence[str]] = bindparam("values", type_=ARRAY(String()))

_ARTICLES_WITH_ID = _STORED_ARTICLES.where(ArticleRow.id == any_(_STRINGS))

_ARTICLES_WITH_HASH = _STORED_ARTICLES.where(ArticleRow.text_hash == any_(_STRINGS))
"""PostgreSQL: the stored articles among an array of ids or of text hashes (short constant SQL)."""

_STORED_COPIES = select(
    ArticleCopyRow.id,
    ArticleCopyRow.text_hash,
    ArticleCopyRow.pub_date,
    ArticleCopyRow.source,
    ArticleCopyRow.title,
)

_COPIES_WITH_ID = _STORED_COPIES.where(ArticleCopyRow.id == any_(_STRINGS))


def stored_articles(
    conn: Connection, article_ids: Sequence[str], digests: Sequence[str]
) -> tuple[dict[str, StoredArticle], set[str]]:
    """The stored articles and recorded copies (`ArticleCopyRow`) having one of these ids (by id),
    and which of these text hashes stored articles have."""
    by_id: dict[str, StoredArticle] = {}
    hashes: set[str] = set()
    wanted_ids, wanted_hashes = set(article_ids), set(digests)
    for row in _article_rows(conn, article_ids, digests):
        stored = StoredArticle(*row)
        if stored.id in wanted_ids:
            by_id[stored.id] = stored
        if stored.text_hash in wanted_hashes:
            hashes.add(stored.text_hash)
    for copy in _copy_rows(conn, article_ids):
        by_id.setdefault(copy[0], StoredArticle(*copy))  # no extraction: its reports are its article's
    return by_id, hashes


def _copy_rows(conn: Connection, article_ids: Sequence[str]) -> Iterator[tuple[str, str, _dt.date, str, str]]:
    """The rows (id, text hash, pub date, source, title) of the copies having one of these ids."""
    if conn.dialect.name == "postgresql":
        parameters: dict[str, object] = {"values": list(article_ids)}
        yield from conn.execute(_COPIES_WITH_ID, parameters)
        return
    for chunk in in_chunks(article_ids):
        yield from conn.execute(_STORED_COPIES.where(ArticleCopyRow.id.in_(chunk)))


def _article_rows(
    conn: Connection, article_ids: Sequence[str], digests: Sequence[str]
) -> Iterator[tuple[str, str, _dt.date, str, str, str]]:
    """The rows (id, text hash, pub date, source, title, extraction hash) of the articles having one
    of these ids or text hashes: two array statements on PostgreSQL (psycopg parses an IN list of
    500 in ~10 ms), chunked IN lists elsewhere. A row may come twice; the caller keys them."""
    if conn.dialect.name == "postgresql":
        for statement, values in ((_ARTICLES_WITH_ID, article_ids), (_ARTICLES_WITH_HASH, digests)):
            parameters: dict[str, object] = {"values": list(values)}
            yield from conn.execute(statement, parameters)
        return
    for start in range(0, max(len(article_ids), len(digests)), IN_CHUNK):
        query = _STORED_ARTICLES.where(
            or_(
                ArticleRow.id.in_(article_ids[start : start + IN_CHUNK]),
                ArticleRow.text_hash.in_(digests[start : start + IN_CHUNK]),
            )
        )
        yield from conn.execute(query)
