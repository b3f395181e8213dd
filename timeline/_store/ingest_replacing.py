"""Replacing stage of an ingest batch: the stored versions of articles taken out before their new ones.

`ingest --replace`: a replaced article's sources go, events left with none go too, every other
event it touched is rebuilt from the sources it keeps (`_rebuild_events`), and a copy of a text
that goes takes the article's place so that what it reported stays (`_remove_articles`).
"""

from __future__ import annotations

import collections
import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, Protocol, cast

from sqlalchemy import Connection, Executable, delete, select, update
from sqlalchemy.orm import aliased

from timeline.dates import TimeExpr
from timeline.errors import ArticleError
from timeline.model import Article, Event, Extraction

from .chunks import among, among_chunks, among_parameters, in_chunks
from .folds import forget_events, take_mentions_off
from .ingest_articles import text_hash
from .ingest_matching import StoredEventRow, new_state, stored_events
from .ingest_rows import event_column_values
from .ingest_state import BatchState
from .merge import absorb
from .orm import (
    ArticleCopyRow,
    ArticleRow,
    EntityRow,
    EntityTimelineRow,
    EventEntityRow,
    EventRow,
    SourceRow,
    TextRow,
    joined_lines,
    line_ids,
    source_summary,
)
from .records import DatedRecord


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


def _stored_sources(conn: Connection, query: Executable) -> list[_StoredSource]:
    """`query`'s rows as stored sources (SQLAlchemy types a SELECT of whole tables `Row[Any, ...]`)."""
    return list(cast("Iterable[_StoredSource]", conn.execute(query)))


class _StoredOrigin(NamedTuple):
    """The article of a stored source, as a rebuilt merge note names it."""

    id: str
    source: str
    pub_date: _dt.date


def _stored_report(event: StoredEventRow, source: _StoredSource) -> Event:
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
            for row in stored_events(
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
            state = new_state(first, row.subject_id, row.subject_name or "")
            state.id, state.confidence, state.source_count = event_id, row.confidence, len(sources)
            for report, source in zip(rest, sources[1:], strict=True):
                origin = _StoredOrigin(source.article_id, source.article_source, source.pub_date)
                absorb(state, report, origin, "kept when the event was rebuilt after an article was replaced")
            conn.execute(update(EventRow).where(EventRow.id == event_id).values(**event_column_values(state)))
            if (state.start, state.end) != (row.start_date, row.end_date):
                conn.execute(
                    update(EntityTimelineRow)
                    .where(EntityTimelineRow.event_id == event_id)
                    .values(start_date=state.start, end_date=state.end)
                )
