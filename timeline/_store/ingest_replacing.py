"""Replacing stage of an ingest batch: the stored versions of articles taken out before their new ones.

`ingest --replace`: a replaced article's sources go, events left with none go too, every other
event it touched is rebuilt from the sources it keeps (`rebuild.rebuild_events`), and a copy of a text
that goes takes the article's place so that what it reported stays (`_remove_articles`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import delete, select, update

from timeline.errors import ArticleError
from timeline.model import Article, Extraction

from .chunks import among, among_chunks, among_parameters, in_chunks
from .folds import forget_events, take_mentions_off
from .ingest_articles import text_hash
from .ingest_state import BatchState
from .orm import (
    ArticleCopyRow,
    ArticleRow,
    SourceRow,
    TextRow,
    joined_lines,
    line_ids,
)
from .rebuild import rebuild_events

_REBUILT = "kept when the event was rebuilt after an article was replaced"
"""The reason of the merge notes of an event rebuilt after a replacement."""


class ReplacingStage(BatchState):
    """Takes out the stored versions of the articles a batch replaces."""

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
            gone = rebuild_events(conn, list(chunk), _REBUILT)
            if gone:
                forget_events(conn, gone)
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
