"""Events that a fold of two entities makes one real-world event, merged, and taken apart by a split.

Once the folded entity's events have the kept one as subject (or as object), an event of the
fold that shares the subject and type of another and overlaps its dates (or, undated, has its
summary), with no different object, is the same event (spec/events.md, "One event across
articles"; `merge.same_event`): the fold's event is absorbed into the other, as a report of it
would have been had the two names been known as one from the start. Its sources move (one per
article: a second report of an article the survivor has is dropped), its entity links and
timeline rows join the survivor's, the survivor's date, status, counts and merge notes take its
reports in, and its row goes.

Each merge is recorded (`MergedEvent`, in the fold's `entity_folds.moved`) with what a split needs
to put back exactly what it changed: the absorbed row, the ids of its sources moved, the dropped
sources whole, its links and timeline rows, and the survivor's row before and after. A split puts
the survivor's row back when it is still as the fold left it, else rebuilds it from the sources it
keeps (reports merged into it since stay); the absorbed event is put back under its id, or under a
new one when SQLite gave that id to a later event.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Protocol, TypedDict, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Integer,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.sql.elements import KeyedColumnElement

from timeline.errors import EntityMergeError

from . import search
from .chunks import in_chunks
from .ingest_matching import StoredEventRow, loaded_state, stored_events
from .ingest_rows import event_column_values
from .merge import EventState, absorb, same_event
from .orm import (
    ArticleRow,
    EntityRow,
    EntityTimelineRow,
    EventEntityRow,
    EventRow,
    SourceRow,
)
from .rebuild import origin, rebuild_events, sources_of, stored_event_rows, stored_report
from .typed import bound

_DATE_COLUMNS = frozenset({"start_date", "end_date", "planned_start", "planned_end", "report_date"})
"""Columns of `events` and `sources` that hold dates (kept as ISO text in a fold's JSON)."""

_SPLIT = "kept when the event was rebuilt after a fold of entities was split"
"""The reason of the merge notes of an event rebuilt by a split."""

Row = dict[str, int | float | str | bool | None]
"""A row of `events` or `sources` as JSON keeps it: column -> value, dates as ISO text."""


class MergedEvent(TypedDict):
    """One merge a fold made: `absorbed` went into `into` (see the module)."""

    into: int
    absorbed: int
    row: Row
    """The absorbed event's row as it was."""
    before: Row
    after: Row
    """The survivor's row before and after the merge."""
    sources: list[int]
    """Ids of the absorbed event's sources moved to the survivor."""
    dropped: list[Row]
    """Its sources dropped (the survivor had a report of their article), whole."""
    links: list[tuple[int, str, int]]
    """Its entity links, (entity id, role, position)."""
    added_links: list[tuple[int, str]]
    """The links the survivor took from it, (entity id, role)."""


_MERGED_KEYS = frozenset(MergedEvent.__annotations__)


def is_merged_event(item: object) -> bool:
    """Whether a decoded JSON value is a `MergedEvent` as `merge_events` writes it."""
    if not isinstance(item, dict) or set(cast("dict[str, object]", item)) != _MERGED_KEYS:
        return False
    merged = cast("dict[str, object]", item)
    ids_ok = all(isinstance(merged[key], int) for key in ("into", "absorbed"))
    rows_ok = all(isinstance(merged[key], dict) for key in ("row", "before", "after"))
    lists = (merged["sources"], merged["dropped"], merged["links"], merged["added_links"])
    return ids_ok and rows_ok and all(isinstance(value, list) for value in lists)


def merge_events(conn: Connection, folded_events: list[int], reason: str) -> list[MergedEvent]:
    """Merge each event of `folded_events` (the folded entity's subject or object, now the kept
    one) into the first other event of its subject it is the same real event as; the merges made,
    in order."""
    merges: list[MergedEvent] = []
    folded = set(folded_events)
    rows = stored_event_rows(conn, folded_events)
    objects = _objects(conn, list(rows))
    for event_id, row in sorted(rows.items()):
        if row.subject_id is None:
            continue  # an event without a subject never merges
        other = loaded_state(row, objects.get(event_id, set()))
        candidates = [found for found in _candidates(conn, row.subject_id, row) if found.id not in folded]
        candidate_objects = _objects(conn, [found.id for found in candidates])  # the folded entity's
        for candidate in candidates:  # own events were kept apart by the rule already
            state = loaded_state(candidate, candidate_objects.get(candidate.id, set()))
            why = same_event(state, other)
            if why is not None:
                merges.append(_merge(conn, candidate, state, row, f"{why}; {reason}"))
                break
    return merges


def _candidates(conn: Connection, subject_id: int, row: StoredEventRow) -> list[StoredEventRow]:
    """The events of subject `subject_id` and of the type of `row` that it may be: overlapping
    it, or undated with its summary (all of its summary when `row` is undated), by id."""
    same_key = (EventRow.subject_id == subject_id, EventRow.type == row.type, EventRow.id != row.id)
    if row.start_date is None or row.end_date is None:
        dates = EventRow.summary == row.summary
    else:
        overlapping = (EventRow.start_date <= row.end_date) & (EventRow.end_date >= row.start_date)
        dates = overlapping | (EventRow.start_date.is_(None) & (EventRow.summary == row.summary))
    return stored_events(
        conn,
        select(EventRow, EntityRow.name.label("subject_name"))  # on a Connection: the columns
        .join(EntityRow, EntityRow.id == EventRow.subject_id)
        .where(*same_key, dates)
        .order_by(EventRow.id),
    )


def _objects(conn: Connection, event_ids: list[int]) -> dict[int, set[int]]:
    """Event id -> the ids of the entities it names as its object."""
    found: dict[int, set[int]] = {}
    for chunk in in_chunks(event_ids):
        for event_id, entity_id in conn.execute(_OBJECTS, _ids(chunk)):
            found.setdefault(event_id, set()).add(entity_id)
    return found


class _Columned(Protocol):
    """A table of the store seen through its columns (`sqlalchemy.Table.columns` is typed Any)."""

    @property
    def columns(self) -> Iterable[KeyedColumnElement[object]]: ...


_EVENT_FIELDS = tuple(cast(_Columned, EventRow.__table__).columns)
"""Every column of an event row: a fold keeps the whole row, so that a split can put it back."""

_SOURCE_FIELDS = tuple(cast(_Columned, SourceRow.__table__).columns)
"""Every column of a source row, kept whole by a fold for the same reason."""

Cell = int | float | str | bool | _dt.date | None

_IDS: BindParameter[int] = bindparam("ids", expanding=True)
"""The ids a statement below is given (built once: SQLAlchemy keys its cache by the statement)."""

_EVENTS_BY_ID = select(*_EVENT_FIELDS).where(EventRow.id.in_(_IDS))
_SOURCES_BY_ID = select(*_SOURCE_FIELDS).where(SourceRow.id.in_(_IDS)).order_by(SourceRow.id)
_LINKS = (
    select(EventEntityRow.entity_id, EventEntityRow.role, EventEntityRow.position)
    .where(EventEntityRow.event_id == bound("event_id", Integer()))
    .order_by(EventEntityRow.position)
)
_OBJECTS = select(EventEntityRow.event_id, EventEntityRow.entity_id).where(
    EventEntityRow.event_id.in_(_IDS), EventEntityRow.role == "object"
)


def _ids(chunk: Sequence[int]) -> dict[str, object]:
    """The parameters of a statement given `_IDS`."""
    return {"ids": list(chunk)}


def _event(event_id: int) -> dict[str, object]:
    return {"event_id": event_id}


def _as_json(keys: Sequence[str], cells: Sequence[Cell]) -> Row:
    return {
        key: cell.isoformat() if isinstance(cell, _dt.date) else cell
        for key, cell in zip(keys, cells, strict=True)
    }


def _from_json(row: Row) -> dict[str, object]:
    """A row kept in JSON as column values to write (dates back to dates)."""
    return {
        key: _dt.date.fromisoformat(value) if key in _DATE_COLUMNS and isinstance(value, str) else value
        for key, value in row.items()
    }


def _event_rows(conn: Connection, event_ids: Sequence[int]) -> dict[int, Row]:
    keys = [field.key for field in _EVENT_FIELDS]
    found: dict[int, Row] = {}
    for chunk in in_chunks(sorted(set(event_ids))):
        for cells in cast("Iterable[Sequence[Cell]]", conn.execute(_EVENTS_BY_ID, _ids(chunk))):
            row = _as_json(keys, cells)
            found[cast(int, row["id"])] = row
    return found


def _source_rows(conn: Connection, source_ids: Sequence[int]) -> list[Row]:
    keys = [field.key for field in _SOURCE_FIELDS]
    found: list[Row] = []
    for chunk in in_chunks(sorted(set(source_ids))):
        statement = _SOURCES_BY_ID
        found.extend(
            _as_json(keys, cells)
            for cells in cast("Iterable[Sequence[Cell]]", conn.execute(statement, _ids(chunk)))
        )
    return found


def _links(conn: Connection, event_id: int) -> list[tuple[int, str, int]]:
    return [
        (entity_id, role, position) for entity_id, role, position in conn.execute(_LINKS, _event(event_id))
    ]


def _timeline_rows(
    entity_ids: Sequence[int], event_id: int, start: _dt.date | None, end: _dt.date | None
) -> list[ColumnElement[bool]]:
    """The conditions of the timeline rows of `event_id` for these entities, by their whole key
    (`ix_entity_timeline_order`: PostgreSQL keeps no index on the event alone)."""
    entities: list[int] = sorted(set(entity_ids))
    return [
        EntityTimelineRow.entity_id.in_(entities),
        EntityTimelineRow.event_id == event_id,
        EntityTimelineRow.start_date.is_(None) if start is None else EntityTimelineRow.start_date == start,
        EntityTimelineRow.end_date.is_(None) if end is None else EntityTimelineRow.end_date == end,
    ]


def _add_timeline(
    conn: Connection, entity_ids: Sequence[int], event_id: int, start: _dt.date | None, end: _dt.date | None
) -> None:
    rows: list[dict[str, object]] = [
        {"entity_id": entity_id, "event_id": event_id, "start_date": start, "end_date": end}
        for entity_id in sorted(set(entity_ids))
    ]
    if rows:
        conn.execute(insert(EntityTimelineRow), rows)


def _move_timeline(
    conn: Connection,
    entity_ids: Sequence[int],
    event_id: int,
    old: tuple[_dt.date | None, _dt.date | None],
    new: tuple[_dt.date | None, _dt.date | None],
) -> None:
    if entity_ids and old != new:
        conn.execute(
            update(EntityTimelineRow)
            .where(*_timeline_rows(entity_ids, event_id, *old))
            .values(start_date=new[0], end_date=new[1])
        )


def _merge(
    conn: Connection, into: StoredEventRow, state: EventState, absorbed: StoredEventRow, reason: str
) -> MergedEvent:
    """Absorb event `absorbed` into `into` (whose merge state is `state`: see the module); what a
    split needs to undo it."""
    rows = _event_rows(conn, [into.id, absorbed.id])
    sources = sources_of(conn, [into.id, absorbed.id])
    reported = {source.article_seq for source in sources.get(into.id, [])}
    moved: list[int] = []
    dropped: list[int] = []
    for source in sources.get(absorbed.id, []):
        absorb(state, stored_report(absorbed, source), origin(source), reason)
        (dropped if source.article_seq in reported else moved).append(source.id)
    state.merge_count = into.merge_count + absorbed.merge_count + 1  # every report but the first
    state.source_count = into.source_count + len(moved)
    state.confidence = max(into.confidence, absorbed.confidence)
    if absorbed.report_date is not None and (
        state.report_date is None or absorbed.report_date < state.report_date
    ):
        state.report_date = absorbed.report_date
    dropped_rows = _source_rows(conn, dropped)
    links = _links(conn, absorbed.id)
    known = [(entity_id, role) for entity_id, role, _ in _links(conn, into.id)]
    added = [(entity_id, role) for entity_id, role, _ in links if (entity_id, role) not in known]
    on_timeline = {entity_id for entity_id, _ in known}
    newly_on = sorted({entity_id for entity_id, _ in added} - on_timeline)

    for chunk in in_chunks(moved):
        conn.execute(update(SourceRow).where(SourceRow.id.in_(chunk)).values(event_id=into.id))
    for chunk in in_chunks(dropped):
        conn.execute(delete(SourceRow).where(SourceRow.id.in_(chunk)))
    conn.execute(delete(EventEntityRow).where(EventEntityRow.event_id == absorbed.id))
    new_links: list[dict[str, object]] = [
        {"event_id": into.id, "entity_id": entity_id, "role": role, "position": len(known) + index}
        for index, (entity_id, role) in enumerate(added)
    ]
    if new_links:
        conn.execute(insert(EventEntityRow), new_links)
    absorbed_entities = [entity_id for entity_id, _, _ in links]
    if absorbed_entities:
        conn.execute(
            delete(EntityTimelineRow).where(
                *_timeline_rows(absorbed_entities, absorbed.id, absorbed.start_date, absorbed.end_date)
            )
        )
    conn.execute(update(EventRow).where(EventRow.id == into.id).values(**event_column_values(state)))
    interval = (state.start, state.end)
    _move_timeline(conn, sorted(on_timeline), into.id, (into.start_date, into.end_date), interval)
    _add_timeline(conn, newly_on, into.id, *interval)
    conn.execute(delete(EventRow).where(EventRow.id == absorbed.id))
    search.reindex(conn, [into.id])
    return {
        "into": into.id,
        "absorbed": absorbed.id,
        "row": rows[absorbed.id],
        "before": rows[into.id],
        "after": _event_rows(conn, [into.id])[into.id],
        "sources": moved,
        "dropped": dropped_rows,
        "links": links,
        "added_links": added,
    }


def unmerge_events(conn: Connection, merges: Sequence[MergedEvent]) -> dict[int, int | None]:
    """Undo these merges of a fold, newest first: absorbed event id -> the id it has again (None
    when every report it had went since, its articles replaced). EntityMergeError when a later
    fold merged the survivor away in turn: that fold is to be split first."""
    placed: dict[int, int | None] = {}
    for merged in reversed(merges):
        placed[merged["absorbed"]] = _unmerge(conn, merged)
    return placed


def _unmerge(conn: Connection, merged: MergedEvent) -> int | None:
    into, absorbed = merged["into"], merged["absorbed"]
    where: dict[int, int] = {}
    for chunk in in_chunks(merged["sources"]):
        where.update(
            conn.execute(select(SourceRow.id, SourceRow.event_id).where(SourceRow.id.in_(chunk))).all()
        )
    if any(event_id != into for event_id in where.values()):
        raise EntityMergeError(
            f"event {into}, into which this fold merged event {absorbed}, was merged into another by a "
            "later fold of entities: split that one first"
        )
    taken = sorted(where)
    articles = {cast(int, row["article_seq"]) for row in merged["dropped"]}
    seqs: list[int] = sorted(articles)
    alive_articles = set(conn.scalars(select(ArticleRow.seq).where(ArticleRow.seq.in_(seqs))))
    dropped = [row for row in merged["dropped"] if row["article_seq"] in alive_articles]
    current = _event_rows(conn, [into]).get(into)
    if current is not None:
        _take_back_links(conn, into, merged["added_links"])
    if not taken and not dropped:
        if current is not None:
            _put_back(conn, into, current, merged)
        return None
    event_id = absorbed if _free(conn, absorbed) else _new_event_id(conn)
    conn.execute(insert(EventRow).values(**{**_from_json(merged["row"]), "id": event_id}))
    for chunk in in_chunks(taken):
        conn.execute(update(SourceRow).where(SourceRow.id.in_(chunk)).values(event_id=event_id))
    for row in dropped:
        values = {**_from_json(row), "event_id": event_id}
        if not _free_source(conn, cast(int, row["id"])):
            del values["id"]  # SQLite gave its id to a later source
        conn.execute(insert(SourceRow).values(**values))
    links: list[dict[str, object]] = [
        {"event_id": event_id, "entity_id": entity_id, "role": role, "position": position}
        for entity_id, role, position in merged["links"]
    ]
    if links:
        conn.execute(insert(EventEntityRow), links)
    whole = len(taken) == len(merged["sources"]) and len(dropped) == len(merged["dropped"])
    if not whole:
        rebuild_events(conn, [event_id], _SPLIT)
    restored = _event_rows(conn, [event_id])[event_id]
    interval = (_day(restored["start_date"]), _day(restored["end_date"]))
    _add_timeline(conn, [entity_id for entity_id, _, _ in merged["links"]], event_id, *interval)
    if current is not None:
        _put_back(conn, into, current, merged)
    search.reindex(conn, [event_id])
    return event_id


def _take_back_links(conn: Connection, into: int, added: Sequence[tuple[int, str]]) -> None:
    """Take the links a merge gave event `into` off it, and the timeline rows of the entities it
    then no longer names."""
    if not added:
        return
    for entity_id, role in added:
        conn.execute(
            delete(EventEntityRow).where(
                EventEntityRow.event_id == into,
                EventEntityRow.entity_id == entity_id,
                EventEntityRow.role == role,
            )
        )
    named = {entity_id for entity_id, _, _ in _links(conn, into)}
    gone = sorted({entity_id for entity_id, _ in added} - named)
    if gone:
        row = _event_rows(conn, [into])[into]
        start, end = _day(row["start_date"]), _day(row["end_date"])
        conn.execute(delete(EntityTimelineRow).where(*_timeline_rows(gone, into, start, end)))


def _put_back(conn: Connection, into: int, current: Row, merged: MergedEvent) -> None:
    """The survivor as it was before the merge when it is still as the merge left it, else
    rebuilt from the sources it keeps; its timeline rows follow its interval."""
    old = (_day(current["start_date"]), _day(current["end_date"]))
    if current == merged["after"]:
        before = _from_json(merged["before"])
        del before["id"]
        conn.execute(update(EventRow).where(EventRow.id == into).values(**before))
        named = sorted({entity_id for entity_id, _, _ in _links(conn, into)})
        _move_timeline(
            conn, named, into, old, (_day(merged["before"]["start_date"]), _day(merged["before"]["end_date"]))
        )
    else:
        rebuild_events(conn, [into], _SPLIT)
    search.reindex(conn, [into])


def _day(value: object) -> _dt.date | None:
    return _dt.date.fromisoformat(value) if isinstance(value, str) else None


def _free(conn: Connection, event_id: int) -> bool:
    return conn.scalar(select(EventRow.id).where(EventRow.id == event_id)) is None


def _free_source(conn: Connection, source_id: int) -> bool:
    return conn.scalar(select(SourceRow.id).where(SourceRow.id == source_id)) is None


def _new_event_id(conn: Connection) -> int:
    """An id no event has nor had (PostgreSQL: drawn from the column's sequence)."""
    if conn.dialect.name == "sqlite":
        return (conn.scalar(select(func.max(EventRow.id))) or 0) + 1
    return cast(int, conn.scalar(text("SELECT nextval(pg_get_serial_sequence('events', 'id'))")))
