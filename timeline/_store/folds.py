"""Folding two stored entities into one (and undoing it), inside the caller's write transaction.

A later article can show that two entities stored apart are one (it declares one the alias of
the other); people can say so by hand too. The folded entity's event links, timeline rows,
subject roles, aliases and mention count move to the kept entity; the folded row stays, marked
`folded_into`, and an `entity_folds` row records the reason and what moved, so that `split`
puts back exactly what the fold took (links added to either entity afterwards stay).

An article's mentions (`entity_mentions` rows) stay under the entity they were counted for: a
folded entity keeps its own count, which the kept one's includes, so that a replaced article's
mentions are taken off every entity of the chain (`take_mentions_off`) and a split takes the
folded entity's count, as it is then, back off the kept one.
"""

from __future__ import annotations

import collections
import json
from typing import TypedDict, cast

from sqlalchemy import ColumnElement, Connection, Integer, and_, delete, insert, select, update
from sqlalchemy.orm import aliased

from timeline.errors import StoreError
from timeline.model import EntityFold

from .chunks import in_chunks
from .fold_events import MergedEvent, is_merged_event, merge_events, unmerge_events
from .orm import (
    META_ENTITY_FOLDS,
    AliasRow,
    Base,
    EntityFoldRow,
    EntityRow,
    EntityTimelineRow,
    EventEntityRow,
    EventRow,
    MentionRow,
    MetaRow,
)
from .typed import bound


class Moved(TypedDict):
    """What a fold moved, stored as JSON in `entity_folds.moved` so that a split puts it back.

    Links are `[event id, role, position]` and added links `[event id, role]` (JSON arrays,
    unpacked like the tuples they are typed as).
    """

    links: list[tuple[int, str, int]]
    added_links: list[tuple[int, str]]
    timeline: list[int]
    added_timeline: list[int]
    subject_events: list[int]
    aliases: list[str]
    added_aliases: list[str]
    merged: list[MergedEvent]
    """The events the fold made one (`fold_events`); absent from folds made before it did."""


_MOVED_SHAPES: dict[str, tuple[type, ...] | type] = {
    "links": (int, str, int),
    "added_links": (int, str),
    "timeline": int,
    "added_timeline": int,
    "subject_events": int,
    "aliases": str,
    "added_aliases": str,
}
"""Each list of a `Moved` and what it holds: JSON arrays of these types, or values of this type."""


_MERGED = "merged"
"""The key of the events a fold merged (`Moved.merged`), which folds before it did not write."""

_MOVED_MENTIONS_UNTIL_8 = "mentions"
"""The key of the mentions a fold moved, which schema versions 8 and before wrote in `moved` too
(9 on count them per article: `take_mentions_off`); a migrated store still holds it."""


def _is_of(item: object, shape: tuple[type, ...] | type) -> bool:
    if not isinstance(shape, tuple):
        return isinstance(item, shape) and not isinstance(item, bool)
    parts = cast("list[object]", item) if isinstance(item, list) else []
    fits = len(parts) == len(shape)
    return fits and all(_is_of(part, kind) for part, kind in zip(parts, shape, strict=True))


def _has_shape(moved: dict[str, object]) -> bool:
    """Whether a decoded `entity_folds.moved` holds the lists of a `Moved` (`_MOVED_SHAPES`)."""
    if set(moved) != set(_MOVED_SHAPES):
        return False
    for key, shape in _MOVED_SHAPES.items():
        items = moved[key]
        if not isinstance(items, list):
            return False
        if not all(_is_of(item, shape) for item in cast("list[object]", items)):
            return False
    return True


def stored_moved(stored: object) -> Moved:
    """The `Moved` of an `entity_folds.moved` value; StoreError for anything fold_entity did not
    write (a damaged file, an edit by hand), where a split or a replacement ended in a traceback."""
    try:
        loaded = cast(object, json.loads(stored)) if isinstance(stored, str) else None
    except ValueError:
        loaded = None
    if isinstance(loaded, dict) and isinstance(loaded.get(_MOVED_MENTIONS_UNTIL_8), int):
        del loaded[_MOVED_MENTIONS_UNTIL_8]  # the count a split took back; now the folded one's
    merged: object = loaded.pop(_MERGED, []) if isinstance(loaded, dict) else None
    items = cast("list[object]", merged) if isinstance(merged, list) else None
    merged_ok = items is not None and all(is_merged_event(item) for item in items)
    if not isinstance(loaded, dict) or not merged_ok or not _has_shape(cast("dict[str, object]", loaded)):
        shown = f"{str(stored)[:40]!r}"
        raise StoreError(f"the store holds a fold's moved values that are none: {shown} (a damaged file?)")
    moved = cast(Moved, loaded)
    moved["merged"] = cast("list[MergedEvent]", merged)
    return moved


def folds_made(conn: Connection) -> int:
    """How many folds and splits the store has seen (`orm.META_ENTITY_FOLDS`)."""
    return conn.scalar(select(MetaRow.value).where(MetaRow.key == META_ENTITY_FOLDS)) or 0


def count_fold(conn: Connection) -> None:
    """Count one more fold or split (`orm.META_ENTITY_FOLDS`): every writer's cache is stale."""
    counted = conn.execute(
        update(MetaRow).where(MetaRow.key == META_ENTITY_FOLDS).values(value=MetaRow.value + 1)
    )
    if not counted.rowcount:
        conn.execute(insert(MetaRow).values(key=META_ENTITY_FOLDS, value=1))


def fold_entity(conn: Connection, folded_id: int, kept_id: int, reason: str) -> None:
    """Move everything of entity `folded_id` to `kept_id` and record why."""
    count_fold(conn)
    linked = _linked_to(folded_id)
    links = [
        (event_id, role, position)  # plain tuples: they are written as JSON below
        for event_id, role, position in conn.execute(
            select(EventEntityRow.event_id, EventEntityRow.role, EventEntityRow.position).where(linked)
        )
    ]
    events = sorted({event_id for event_id, _, _ in links})
    kept_links = _links_of(conn, kept_id, events)
    added_links = [(e, r, p) for e, r, p in links if (e, r) not in kept_links]
    timeline = list(
        conn.scalars(select(EntityTimelineRow.event_id).where(EntityTimelineRow.entity_id == folded_id))
    )
    kept_timeline = _timeline_of(conn, kept_id, timeline)
    added_timeline = [event_id for event_id in timeline if event_id not in kept_timeline]
    subject_events = list(conn.scalars(select(EventRow.id).where(EventRow.subject_id == folded_id)))
    aliases = list(conn.scalars(select(AliasRow.alias).where(AliasRow.entity_id == folded_id)))
    kept_aliases = set(conn.scalars(select(AliasRow.alias).where(AliasRow.entity_id == kept_id)))
    added_aliases = [alias for alias in aliases if alias not in kept_aliases]
    mentions = _mention_count(conn, folded_id)

    conn.execute(delete(EventEntityRow).where(linked))
    if added_links:
        _insert(
            conn,
            EventEntityRow,
            [{"event_id": e, "entity_id": kept_id, "role": r, "position": p} for e, r, p in added_links],
        )
    conn.execute(delete(EntityTimelineRow).where(EntityTimelineRow.entity_id == folded_id))
    _insert_timeline(conn, kept_id, added_timeline)
    if subject_events:
        conn.execute(update(EventRow).where(EventRow.subject_id == folded_id).values(subject_id=kept_id))
    conn.execute(delete(AliasRow).where(AliasRow.entity_id == folded_id))
    if added_aliases:
        _insert(conn, AliasRow, [{"alias": a, "entity_id": kept_id} for a in added_aliases])
    conn.execute(
        update(EntityRow)
        .where(EntityRow.id == kept_id)
        .values(mention_count=EntityRow.mention_count + mentions)
    )
    conn.execute(update(EntityRow).where(EntityRow.id == folded_id).values(folded_into=kept_id))
    objects = {event_id for event_id, role, _ in links if role == "object"}  # no different object now
    merged = merge_events(conn, sorted({*subject_events, *objects}), f"after a fold of entities: {reason}")
    moved: Moved = {
        "links": links,
        "added_links": [(e, r) for e, r, _ in added_links],
        "timeline": timeline,
        "added_timeline": added_timeline,
        "subject_events": subject_events,
        "aliases": aliases,
        "added_aliases": added_aliases,
        "merged": merged,
    }
    conn.execute(
        insert(EntityFoldRow).values(
            kept_id=kept_id, folded_id=folded_id, reason=reason, moved=json.dumps(moved), undone=False
        )
    )


def split_entity(conn: Connection, fold_id: int) -> None:
    """Undo one fold: the folded entity gets back what the fold moved; the kept one loses it."""
    count_fold(conn)
    kept_id, folded_id, stored = conn.execute(
        select(EntityFoldRow.kept_id, EntityFoldRow.folded_id, EntityFoldRow.moved).where(
            EntityFoldRow.id == fold_id
        )
    ).one()
    moved = stored_moved(stored)
    if moved["merged"]:
        _renumber(moved, unmerge_events(conn, moved["merged"]))
    # Events removed since (their articles replaced) cannot take links back.
    alive = _existing_events(conn, [link[0] for link in moved["links"]] + moved["timeline"])
    moved["links"] = [link for link in moved["links"] if link[0] in alive]
    moved["timeline"] = [event_id for event_id in moved["timeline"] if event_id in alive]
    for event_id, role in moved["added_links"]:
        conn.execute(
            delete(EventEntityRow).where(
                EventEntityRow.entity_id == kept_id,
                EventEntityRow.event_id == event_id,
                EventEntityRow.role == role,
            )
        )
    if moved["links"]:
        _insert(
            conn,
            EventEntityRow,
            [{"event_id": e, "entity_id": folded_id, "role": r, "position": p} for e, r, p in moved["links"]],
        )
    if moved["added_timeline"]:
        conn.execute(
            delete(EntityTimelineRow).where(
                EntityTimelineRow.entity_id == kept_id,
                EntityTimelineRow.event_id.in_(moved["added_timeline"]),
            )
        )
    _insert_timeline(conn, folded_id, moved["timeline"])
    if moved["subject_events"]:
        conn.execute(
            update(EventRow)
            .where(EventRow.id.in_(moved["subject_events"]), EventRow.subject_id == kept_id)
            .values(subject_id=folded_id)
        )
    if moved["added_aliases"]:
        conn.execute(
            delete(AliasRow).where(AliasRow.entity_id == kept_id, AliasRow.alias.in_(moved["added_aliases"]))
        )
    if moved["aliases"]:
        _insert(conn, AliasRow, [{"alias": a, "entity_id": folded_id} for a in moved["aliases"]])
    mentions = _mention_count(conn, folded_id)  # as it is now: replaced articles took theirs off
    less = EntityRow.mention_count - mentions
    conn.execute(update(EntityRow).where(EntityRow.id == kept_id).values(mention_count=less))
    conn.execute(update(EntityRow).where(EntityRow.id == folded_id).values(folded_into=None))
    conn.execute(update(EntityFoldRow).where(EntityFoldRow.id == fold_id).values(undone=True))


def _renumber(moved: Moved, placed: dict[int, int | None]) -> None:
    """Give the events a split put back their ids again in what the fold moved (None: not put back)."""

    def kept(event_id: int) -> bool:
        return placed.get(event_id, event_id) is not None

    def new(event_id: int) -> int:
        return placed.get(event_id) or event_id

    moved["links"] = [(new(e), role, position) for e, role, position in moved["links"] if kept(e)]
    moved["added_links"] = [(new(e), role) for e, role in moved["added_links"] if kept(e)]
    moved["timeline"] = [new(e) for e in moved["timeline"] if kept(e)]
    moved["added_timeline"] = [new(e) for e in moved["added_timeline"] if kept(e)]
    moved["subject_events"] = [new(e) for e in moved["subject_events"] if kept(e)]


def take_mentions_off(conn: Connection, article_seqs: list[int]) -> None:
    """Take the mentions of these articles (being removed) off the counts of the entities they
    named, and of every entity those are folded into, and delete their `entity_mentions` rows."""
    taken: collections.Counter[int] = collections.Counter()
    for chunk in in_chunks(article_seqs):
        for entity_id, mentions in conn.execute(
            select(MentionRow.entity_id, MentionRow.mentions).where(MentionRow.article_seq.in_(chunk))
        ):
            taken[entity_id] += mentions
        conn.execute(delete(MentionRow).where(MentionRow.article_seq.in_(chunk)))
    kept_of = _folded_into(conn, set(taken))
    counts: collections.Counter[int] = collections.Counter()
    for entity_id, mentions in taken.items():
        chain = {entity_id}
        counts[entity_id] += mentions
        entity = entity_id
        while entity in kept_of and kept_of[entity] not in chain:  # a cycle only in a damaged store
            entity = kept_of[entity]
            chain.add(entity)
            counts[entity] += mentions
    if counts:
        rows: list[dict[str, object]] = [
            {"b_entity_id": entity, "b_taken": taken_off} for entity, taken_off in sorted(counts.items())
        ]
        conn.execute(
            update(EntityRow)
            .where(EntityRow.id == bound("b_entity_id", Integer()))
            .values(mention_count=EntityRow.mention_count - bound("b_taken", Integer())),
            rows,
        )


def _folded_into(conn: Connection, entity_ids: set[int]) -> dict[int, int]:
    """Entity id -> the entity it is folded into, for these entities and, in turn, for those."""
    found: dict[int, int] = {}
    asked: set[int] = set()
    wanted = sorted(entity_ids)
    while wanted:
        asked.update(wanted)
        for chunk in in_chunks(wanted):
            for entity_id, kept in conn.execute(
                select(EntityRow.id, EntityRow.folded_into).where(
                    EntityRow.id.in_(chunk), EntityRow.folded_into.is_not(None)
                )
            ):
                if kept is not None:  # always, by the WHERE: the column's type says it may be
                    found[entity_id] = kept
        wanted = sorted(set(found.values()) - asked)
    return found


def _mention_count(conn: Connection, entity_id: int) -> int:
    return conn.scalar(select(EntityRow.mention_count).where(EntityRow.id == entity_id)) or 0


def forget_events(conn: Connection, gone: list[int]) -> None:
    """Take events removed from the store (their articles replaced) out of what the open folds
    moved. SQLite gives the highest id again to the next event written after a delete: a fold
    that still named a removed id would, when split, take that new event's link or subject role
    from the kept entity and give it to the folded one, which its text may never name."""
    removed = set(gone)
    open_folds = conn.execute(
        select(EntityFoldRow.id, EntityFoldRow.moved).where(EntityFoldRow.undone.is_(False))
    ).all()
    for fold_id, stored in open_folds:
        moved = stored_moved(stored)
        # The events the fold absorbed are none now: a removed event of their id is a later one.
        ours = removed - {merged["absorbed"] for merged in moved["merged"]}
        kept: Moved = {
            **moved,
            "links": [link for link in moved["links"] if link[0] not in ours],
            "added_links": [link for link in moved["added_links"] if link[0] not in ours],
            "timeline": [event_id for event_id in moved["timeline"] if event_id not in ours],
            "added_timeline": [event_id for event_id in moved["added_timeline"] if event_id not in ours],
            "subject_events": [event_id for event_id in moved["subject_events"] if event_id not in ours],
        }
        if kept != moved:
            update_fold = update(EntityFoldRow).where(EntityFoldRow.id == fold_id)
            conn.execute(update_fold.values(moved=json.dumps(kept)))


def folds_of(conn: Connection, entity_id: int) -> list[EntityFold]:
    """The folds that kept or folded this entity, oldest first."""
    kept, folded = aliased(EntityRow, name="kept"), aliased(EntityRow, name="folded")
    rows = conn.execute(
        select(
            EntityFoldRow.id,
            kept.name,
            folded.name,
            EntityFoldRow.reason,
            EntityFoldRow.undone,
            EntityFoldRow.moved,
        )
        .join(kept, kept.id == EntityFoldRow.kept_id)
        .join(folded, folded.id == EntityFoldRow.folded_id)
        .where((EntityFoldRow.kept_id == entity_id) | (EntityFoldRow.folded_id == entity_id))
        .order_by(EntityFoldRow.id)
    )
    return [
        EntityFold(fold_id, kept_name, folded_name, reason, undone, len(stored_moved(moved)["merged"]))
        for fold_id, kept_name, folded_name, reason, undone, moved in rows
    ]


def open_fold(conn: Connection, folded_id: int) -> int | None:
    """The id of the fold (not undone) that folded this entity, if any."""
    return conn.scalar(
        select(EntityFoldRow.id)
        .where(EntityFoldRow.folded_id == folded_id, EntityFoldRow.undone.is_(False))
        .order_by(EntityFoldRow.id.desc())
        .limit(1)
    )


def _existing_events(conn: Connection, events: list[int]) -> set[int]:
    wanted = sorted(set(events))
    found: set[int] = set()
    for chunk in in_chunks(wanted):
        found.update(conn.scalars(select(EventRow.id).where(EventRow.id.in_(chunk))))
    return found


def _linked_to(entity_id: int) -> ColumnElement[bool]:
    """The links (`event_entities` rows) of an entity, found through its timeline rows, which every
    linked event has: the (event, entity, role) key then finds each link, and PostgreSQL keeps no
    index on the entity alone (see `orm.EventEntityRow`)."""
    events = select(EntityTimelineRow.event_id).where(EntityTimelineRow.entity_id == entity_id)
    return and_(EventEntityRow.event_id.in_(events), EventEntityRow.entity_id == entity_id)


def _links_of(conn: Connection, entity_id: int, events: list[int]) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for chunk in in_chunks(events):
        found.update(
            (event_id, role)
            for event_id, role in conn.execute(
                select(EventEntityRow.event_id, EventEntityRow.role).where(
                    EventEntityRow.entity_id == entity_id,
                    EventEntityRow.event_id.in_(chunk),
                )
            )
        )
    return found


def _timeline_of(conn: Connection, entity_id: int, events: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in in_chunks(events):
        found.update(
            conn.scalars(
                select(EntityTimelineRow.event_id).where(
                    EntityTimelineRow.entity_id == entity_id,
                    EntityTimelineRow.event_id.in_(chunk),
                )
            )
        )
    return found


def _insert_timeline(conn: Connection, entity_id: int, events: list[int]) -> None:
    """Timeline rows of `entity_id` for these events, with the events' current intervals."""
    for chunk in in_chunks(events):
        rows = conn.execute(
            select(EventRow.id, EventRow.start_date, EventRow.end_date).where(EventRow.id.in_(chunk))
        ).all()
        if rows:
            _insert(
                conn,
                EntityTimelineRow,
                [{"entity_id": entity_id, "event_id": e, "start_date": s, "end_date": d} for e, s, d in rows],
            )


def _insert(conn: Connection, row_class: type[Base], rows: list[dict[str, object]]) -> None:
    """INSERT rows of `row_class`, given as {column: value}."""
    conn.execute(insert(row_class), rows)
