"""Ingesting extractions: one transaction per batch, Core executemany for the rows, cached entity ids.

`IngestBatch` works inside one open write transaction. Articles, new events, sources and entity
links are buffered and written with executemany in `write()`; entities and aliases are looked up
(cache first) and inserted as they are met, because later events need their ids. Merges are
decided per event against the database and against events already buffered in the batch.
"""

from __future__ import annotations

import collections
import datetime as _dt
import hashlib
from collections.abc import Iterable
from typing import Any, cast

import attrs
from sqlalchemy import Connection, Table, and_, bindparam, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from timeline.errors import ArticleError
from timeline.model import (
    ENTITY_TYPES,
    EVENT_TYPES,
    ROLES,
    STATUSES,
    Article,
    Event,
    Extraction,
    normalise_text,
)

from .merge import EventState, SourceState, absorb, event_interval, match_reason
from .orm import (
    META_MAX_SPAN_DAYS,
    AliasRow,
    ArticleRow,
    EntityRow,
    EntityTimelineRow,
    EventEntityRow,
    EventRow,
    MetaRow,
    SourceRow,
)

ENTITY_CACHE_LIMIT = 200_000
"""Entity ids kept in memory between transactions; the cache is emptied when it grows past this."""

_EVENTS = cast(Table, EventRow.__table__)
_TIMELINE = cast(Table, EntityTimelineRow.__table__)
_ENTITIES = cast(Table, EntityRow.__table__)


def text_hash(article: Article) -> str:
    """SHA-1 of the normalised text: two copies of one article share it."""
    return hashlib.sha1(normalise_text(article.text).encode("utf-8")).hexdigest()


def check_extraction(extraction: Extraction) -> None:
    """Raise ArticleError when an extraction breaks the domain contract (types, roles, offsets)."""
    if not isinstance(extraction, Extraction):
        raise ArticleError(f"expected an Article or Extraction, got {type(extraction).__name__}")
    article = extraction.article
    length = len(article.text)
    for entity in extraction.entities:
        if entity.type not in ENTITY_TYPES:
            raise ArticleError(f"entity {entity.name!r} has unknown type {entity.type!r}")
        if not entity.name.strip():
            raise ArticleError("an entity has an empty name")
    for event in extraction.events:
        where = f"event {event.summary!r}"
        if event.type not in EVENT_TYPES:
            raise ArticleError(f"{where} has unknown type {event.type!r}")
        if event.status not in STATUSES:
            raise ArticleError(f"{where} has unknown status {event.status!r}")
        if event.article_id != article.id:
            raise ArticleError(f"{where} belongs to article {event.article_id!r}, not {article.id!r}")
        if not 0 <= event.start_char <= event.end_char <= length:
            raise ArticleError(f"{where} has offsets {event.start_char}..{event.end_char} outside the text")
        interval = event_interval(event)
        if interval is not None and interval[0] > interval[1]:
            raise ArticleError(f"{where} has a date interval that ends before it starts")
        for link in event.entities:
            if link.role not in ROLES:
                raise ArticleError(f"{where} gives {link.name!r} the unknown role {link.role!r}")
            if link.type not in ENTITY_TYPES:
                raise ArticleError(f"{where} gives {link.name!r} the unknown type {link.type!r}")
            if not link.name.strip():
                raise ArticleError(f"{where} names an entity with an empty name")


@attrs.define
class EntityCache:
    """Entity ids and known (alias, entity id) pairs that committed transactions have confirmed."""

    ids: dict[tuple[str, str], int] = attrs.Factory(dict)
    aliases: set[tuple[str, int]] = attrs.Factory(set)

    def confirm(self, ids: dict[tuple[str, str], int], aliases: set[tuple[str, int]]) -> None:
        """Keep what a committed transaction learnt (never what a rolled-back one did)."""
        if len(self.ids) + len(ids) > ENTITY_CACHE_LIMIT:
            self.ids.clear()
            self.aliases.clear()
        self.ids.update(ids)
        self.aliases.update(aliases)


@attrs.define
class IngestCounts:
    """What one transaction added; summed into an IngestReport by the facade."""

    articles: int = 0
    duplicates: int = 0
    events: int = 0
    merged_events: int = 0
    entities: int = 0


class IngestBatch:
    """Extractions written in one open write transaction; call `add` per article, then `write` once."""

    def __init__(self, connection: Connection, cache: EntityCache) -> None:
        self._conn = connection
        self._cache = cache
        self.learnt_ids: dict[tuple[str, str], int] = {}
        self.learnt_aliases: set[tuple[str, int]] = set()
        self.counts = IngestCounts()
        self._max_span = int(
            connection.scalar(select(MetaRow.value).where(MetaRow.key == META_MAX_SPAN_DAYS)) or 0
        )
        self._stored_max_span = self._max_span
        self._article_rows: list[dict[str, Any]] = []
        self._seen_ids: set[str] = set()
        self._seen_hashes: set[str] = set()
        self._created: list[EventState] = []
        self._loaded: dict[int, EventState] = {}
        self._by_key: dict[tuple[int, str], list[EventState]] = collections.defaultdict(list)
        self._mentions: collections.Counter[int] = collections.Counter()

    # -- articles ---------------------------------------------------------------------------------

    def add(self, extraction: Extraction) -> bool:
        """Buffer one article's rows; False (and nothing buffered) when the article is already stored."""
        article = extraction.article
        digest = text_hash(article)
        if self._is_duplicate(article.id, digest):
            self.counts.duplicates += 1
            return False
        self._seen_ids.add(article.id)
        self._seen_hashes.add(digest)
        self._article_rows.append(
            {
                "id": article.id,
                "text_hash": digest,
                "source": article.source,
                "title": article.title,
                "url": article.url,
                "pub_date": article.pub_date,
                "pub_date_estimated": article.pub_date_estimated,
                "text": article.text,
            }
        )
        self.counts.articles += 1
        names: dict[str, int] = {}
        for entity in extraction.entities:
            entity_id = self._entity_id(entity.name, entity.type, entity.affiliation)
            names.setdefault(entity.name, entity_id)
            for alias in entity.aliases:
                self._add_alias(alias, entity_id)
                names.setdefault(alias, entity_id)
        for mention in extraction.mentions:
            if mention.entity in names:
                self._mentions[names[mention.entity]] += 1
        for event in extraction.events:
            self._add_event(event, article)
        return True

    def _is_duplicate(self, article_id: str, digest: str) -> bool:
        if article_id in self._seen_ids or digest in self._seen_hashes:
            return True
        found = self._conn.scalar(
            select(ArticleRow.seq).where(or_(ArticleRow.id == article_id, ArticleRow.text_hash == digest))
        )
        return found is not None

    # -- entities ---------------------------------------------------------------------------------

    def _entity_id(self, name: str, type_: str, affiliation: str | None = None) -> int:
        """The id of entity (name, type): by exact name, else by an alias of an entity of that type."""
        key = (name, type_)
        known = self.learnt_ids.get(key) or self._cache.ids.get(key)
        if known is None:
            known = self._conn.scalar(
                select(EntityRow.id).where(EntityRow.name == name, EntityRow.type == type_)
            )
        if known is None:
            known = self._conn.scalar(
                select(AliasRow.entity_id)
                .join(EntityRow, EntityRow.id == AliasRow.entity_id)
                .where(AliasRow.alias == name, EntityRow.type == type_)
                .order_by(AliasRow.entity_id)
                .limit(1)
            )
        if known is None:
            known = self._conn.execute(
                insert(EntityRow)
                .values(name=name, type=type_, affiliation=affiliation, mention_count=0)
                .returning(EntityRow.id)
            ).scalar_one()
            self.counts.entities += 1
        elif affiliation:
            self._conn.execute(
                update(EntityRow)
                .where(EntityRow.id == known, EntityRow.affiliation.is_(None))
                .values(affiliation=affiliation)
            )
        self.learnt_ids[key] = known
        self._add_alias(name, known)
        return known

    def _add_alias(self, alias: str, entity_id: int) -> None:
        pair = (alias, entity_id)
        if pair in self.learnt_aliases or pair in self._cache.aliases:
            return
        dialect = self._conn.dialect.name
        values = {"alias": alias, "entity_id": entity_id}
        if dialect == "sqlite":
            self._conn.execute(sqlite.insert(AliasRow).values(values).on_conflict_do_nothing())
        elif dialect == "postgresql":
            self._conn.execute(postgresql.insert(AliasRow).values(values).on_conflict_do_nothing())
        elif (
            self._conn.scalar(
                select(AliasRow.entity_id).where(AliasRow.alias == alias, AliasRow.entity_id == entity_id)
            )
            is None
        ):
            self._conn.execute(insert(AliasRow).values(values))
        self.learnt_aliases.add(pair)

    # -- events -----------------------------------------------------------------------------------

    def _add_event(self, event: Event, article: Article) -> None:
        subject = event.subject
        subject_id = self._entity_id(subject.name, subject.type) if subject else None
        links = [(self._entity_id(link.name, link.type), link.role) for link in event.entities]
        state, reason = self._find_match(event, subject_id)
        if state is None:
            state = _new_state(event, subject_id, subject.name if subject else "")
            self._created.append(state)
            if subject_id is not None:
                self._by_key[(subject_id, event.type)].append(state)
            self.counts.events += 1
        else:
            absorb(state, event, article, reason)
            self.counts.merged_events += 1
        for entity_id, role in links:
            state.add_link(entity_id, role)
        state.add_source(
            SourceState(
                article_id=article.id,
                sentence=event.sentence,
                summary=event.summary,
                start_char=event.start_char,
                end_char=event.end_char,
                date_text=event.date.text if event.date else None,
                status=event.status,
            )
        )
        if state.start is not None and state.end is not None:
            self._max_span = max(self._max_span, (state.end - state.start).days)

    def _find_match(self, event: Event, subject_id: int | None) -> tuple[EventState | None, str]:
        if subject_id is None:
            return None, ""
        for state in self._by_key.get((subject_id, event.type), ()):
            reason = match_reason(state, event, subject_id)
            if reason:
                return state, reason
        for state in self._stored_candidates(event, subject_id):
            reason = match_reason(state, event, subject_id)
            if reason:
                return state, reason
        return None, ""

    def _stored_candidates(self, event: Event, subject_id: int) -> Iterable[EventState]:
        """Stored events that may be the same as `event` (the SQL narrows, `match_reason` decides)."""
        query = (
            select(*_EVENTS.c, EntityRow.name.label("subject_name"))
            .join(EntityRow, EntityRow.id == EventRow.subject_id)
            .where(EventRow.subject_id == subject_id, EventRow.type == event.type)
        )
        interval = event_interval(event)
        same_summary = EventRow.summary == event.summary
        if interval is None:
            query = query.where(same_summary)
        else:
            first, last = interval
            overlapping = and_(
                EventRow.start_date >= first - _dt.timedelta(days=self._max_span),
                EventRow.start_date <= last,
                EventRow.end_date >= first,
            )
            query = query.where(or_(overlapping, and_(EventRow.start_date.is_(None), same_summary)))
        for row in self._conn.execute(query.order_by(EventRow.id)).all():
            if row.id in self._loaded:
                continue  # already in _by_key, with its merges so far
            state = _loaded_state(row)
            state.links.extend(
                (entity_id, role)
                for entity_id, role in self._conn.execute(
                    select(EventEntityRow.entity_id, EventEntityRow.role)
                    .where(EventEntityRow.event_id == row.id)
                    .order_by(EventEntityRow.position)
                ).all()
            )
            self._loaded[row.id] = state
            self._by_key[(subject_id, event.type)].append(state)
            yield state

    # -- writing ----------------------------------------------------------------------------------

    def write(self) -> None:
        """Write every buffered row with executemany; the caller's transaction makes it all or nothing."""
        conn = self._conn
        if self._article_rows:
            conn.execute(insert(ArticleRow), self._article_rows)
        if self._created:
            ids = (
                conn.execute(
                    insert(EventRow).returning(EventRow.id, sort_by_parameter_order=True),
                    [_event_values(state) for state in self._created],
                )
                .scalars()
                .all()
            )
            for state, event_id in zip(self._created, ids, strict=True):
                state.id = event_id
        changed = [state for state in self._loaded.values() if state.changed]
        if changed:
            conn.execute(
                update(_EVENTS).where(_EVENTS.c.id == bindparam("b_event_id")),
                [{"b_event_id": state.id, **_event_values(state)} for state in changed],
            )
        states = [*self._created, *self._loaded.values()]
        sources = [
            {"event_id": state.id, **attrs.asdict(source)} for state in states for source in state.new_sources
        ]
        if sources:
            conn.execute(insert(SourceRow), sources)
        self._write_links(states)
        moved = [state for state in changed if (state.start, state.end) != state.loaded_interval]
        if moved:
            conn.execute(
                update(_TIMELINE)
                .where(_TIMELINE.c.event_id == bindparam("b_event_id"))
                .values(start_date=bindparam("new_start"), end_date=bindparam("new_end")),
                [{"b_event_id": s.id, "new_start": s.start, "new_end": s.end} for s in moved],
            )
        if self._mentions:
            conn.execute(
                update(_ENTITIES)
                .where(_ENTITIES.c.id == bindparam("b_entity_id"))
                .values(mention_count=_ENTITIES.c.mention_count + bindparam("extra")),
                [{"b_entity_id": key, "extra": count} for key, count in self._mentions.items()],
            )
        if self._max_span > self._stored_max_span:
            conn.execute(
                update(MetaRow)
                .where(MetaRow.key == META_MAX_SPAN_DAYS, MetaRow.value < self._max_span)
                .values(value=self._max_span)
            )

    def _write_links(self, states: list[EventState]) -> None:
        links: list[dict[str, Any]] = []
        timeline: list[dict[str, Any]] = []
        for state in states:
            on_timeline = {
                entity_id for entity_id, _ in state.links[: len(state.links) - len(state.new_links)]
            }
            for entity_id, role, position in state.new_links:
                links.append(
                    {"event_id": state.id, "entity_id": entity_id, "role": role, "position": position}
                )
                if entity_id not in on_timeline:
                    on_timeline.add(entity_id)
                    timeline.append(
                        {
                            "entity_id": entity_id,
                            "event_id": state.id,
                            "start_date": state.start,
                            "end_date": state.end,
                        }
                    )
        if links:
            self._conn.execute(insert(EventEntityRow), links)
        if timeline:
            self._conn.execute(insert(EntityTimelineRow), timeline)


def _new_state(event: Event, subject_id: int | None, subject_name: str) -> EventState:
    date = event.date if event_interval(event) is not None else None
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
        summary=event.summary,
        confidence=event.confidence,
        subject_id=subject_id,
        subject_name=subject_name,
    )


def _loaded_state(row: Any) -> EventState:
    """The merge state of a stored event, from a row of `events` plus its subject's name."""
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
        subject_name=row.subject_name,
        planned_start=row.planned_start,
        planned_end=row.planned_end,
        planned_value=row.planned_value,
        merge_note=row.merge_note,
        loaded_interval=(row.start_date, row.end_date),
    )


def _event_values(state: EventState) -> dict[str, Any]:
    return {
        "type": state.type,
        "trigger": state.trigger,
        "status": state.status,
        "start_date": state.start,
        "end_date": state.end,
        "grain": state.grain,
        "value": state.value,
        "mod": state.mod,
        "kind": state.kind,
        "date_text": state.date_text,
        "summary": state.summary,
        "confidence": state.confidence,
        "subject_id": state.subject_id,
        "planned_start": state.planned_start,
        "planned_end": state.planned_end,
        "planned_value": state.planned_value,
        "merge_note": state.merge_note,
    }
