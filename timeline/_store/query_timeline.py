"""Which events a listing holds, in timeline order: the statements that select their ids.

Dated events are read as an ordered index range (`entity_timeline` for an entity, `events` by
start date otherwise, short and long events apart for a date window: `milestone_query`),
undated ones by report date (`undated_query`), both merged in timeline order; full-text
search walks the timeline or sorts the matches (`searched_ids`). `milestone_stream` streams a
whole listing's ids; loading the events themselves is `queries`'.
"""

from __future__ import annotations

import datetime as _dt
import heapq
import itertools
import operator
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeAlias, cast

import attrs
from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    bindparam,
    false,
    func,
    join,
    select,
    true,
    union_all,
)

from timeline._typed import cached

from . import search
from .chunks import IN_CHUNK
from .orm import META_MAX_SPAN_DAYS, SHORT_SPAN_DAYS, EntityTimelineRow, EventRow, MetaRow, damaged_date
from .query_filters import MilestoneFilter
from .window import checked_span, days_before

if TYPE_CHECKING:  # Select's type parameters differ between SQLAlchemy 2.0 and 2.1
    from sqlalchemy import FromClause
    from sqlalchemy.sql.base import ReadOnlyColumnCollection
    from sqlalchemy.sql.elements import KeyedColumnElement

    MilestoneSelect: TypeAlias = "Select[int, _dt.date | None, _dt.date | None]"
    UndatedSelect: TypeAlias = "Select[int, _dt.date | None]"
    _From: TypeAlias = "FromClause[ReadOnlyColumnCollection[str, KeyedColumnElement[object]]]"
    """A subquery to select from (SQLAlchemy's own type of one leaves its columns Any)."""


# SQLAlchemy types the columns of a subquery (and so the subquery) as Any: these are the
# boundary, reading a subquery as a `_From` and its columns in order.


def as_subquery(statement: object, name: str | None = None) -> _From:
    """`statement.subquery(name)`."""
    return cast("_From", operator.methodcaller("subquery", name)(statement))


def columns_of(subquery: object) -> tuple[ColumnElement[object], ...]:
    """`tuple(subquery.c)`: its columns in order."""
    return tuple(cast("Iterable[ColumnElement[object]]", operator.attrgetter("c")(subquery)))


_MAX_SPAN = select(MetaRow.value).where(MetaRow.key == META_MAX_SPAN_DAYS)


def milestone_query(wanted: MilestoneFilter, max_span_days: int) -> tuple[MilestoneSelect, dict[str, object]]:
    """SELECT event_id, start, end of the dated events passing `wanted`, in timeline order, and its
    parameters.

    With an entity it walks `entity_timeline` (entity_id, start_date, end_date, event_id), else
    `events` (start_date, end_date, id): either way an ordered index range scan, cut at the page.
    An event overlaps [since, until] when it starts by `until` and ends on or after `since`; since
    no event spans more than `max_span_days`, its start also lies after since - max_span, which
    bounds the index range from below.
    """
    entities = wanted.entities
    mode = 0 if entities is None else 1 if len(entities) == 1 else 2
    params: dict[str, object] = {}
    if entities is not None:
        params.update({"entity": entities[0]} if mode == 1 else {"entities": entities})
    if wanted.types is not None:
        params["types"] = wanted.types
    if wanted.statuses is not None:
        params["statuses"] = wanted.statuses
    if wanted.since is not None:
        params["lower"] = days_before(wanted.since, max_span_days)
        params["since"] = wanted.since
        if mode == 0:
            params["lower_short"] = days_before(wanted.since, min(SHORT_SPAN_DAYS, max_span_days))
    if wanted.until is not None:
        params["until"] = wanted.until
    if wanted.limit is not None:
        params["limit"] = wanted.limit
    if wanted.offset:
        params["offset"] = wanted.offset
    if mode == 0 and wanted.since is not None:
        if wanted.limit is not None:
            params["page_end"] = wanted.offset + wanted.limit
        return _window_statement(frozenset(params)), params
    return _milestone_statement(mode, frozenset(params)), params


def _kind_filters(given: frozenset[str]) -> list[ColumnElement[bool]]:
    """The terms on `events` of the `types` and `statuses` filters among the parameters `given`."""
    terms: list[ColumnElement[bool]] = []
    if "types" in given:
        terms.append(EventRow.type.in_(bindparam("types", expanding=True)))
    if "statuses" in given:
        terms.append(EventRow.status.in_(bindparam("statuses", expanding=True)))
    return terms


@cached
def _milestone_statement(mode: int, given: frozenset[str]) -> MilestoneSelect:
    """The milestone SELECT for one combination of filters, with bound parameters: built once.

    `mode` 0: all events, 1: one entity, 2: several entities sharing a name (their timelines
    interleave, so that one sorts); `given` names the parameters the caller has.
    """
    if mode:
        start, end, event_id = (
            EntityTimelineRow.start_date,
            EntityTimelineRow.end_date,
            EntityTimelineRow.event_id,
        )
        query: MilestoneSelect = select(event_id, start, end)
        if mode == 1:
            query = query.where(EntityTimelineRow.entity_id == bindparam("entity"))
        else:
            query = query.where(
                EntityTimelineRow.entity_id.in_(bindparam("entities", expanding=True))
            ).distinct()
        if "types" in given or "statuses" in given:
            query = query.join(EventRow, EventRow.id == event_id)
    else:
        start, end, event_id = EventRow.start_date, EventRow.end_date, EventRow.id
        query = select(event_id.label("event_id"), start, end)
    query = query.where(start.is_not(None))
    if "since" in given:
        query = query.where(start >= bindparam("lower"), end >= bindparam("since"))
    if "until" in given:
        query = query.where(start <= bindparam("until"))
    query = query.where(*_kind_filters(given))
    query = query.order_by(start, end, event_id)
    if "limit" in given:
        query = query.limit(bindparam("limit", type_=Integer))
    if "offset" in given:
        query = query.offset(bindparam("offset", type_=Integer))
    return query


@cached
def _window_statement(given: frozenset[str]) -> MilestoneSelect:
    """The milestone SELECT of a date window over all events: short and long events apart.

    Each half is an ordered range scan that starts `SHORT_SPAN_DAYS` before `since` for short
    events (`ix_events_window`, passing over the few long ones) or the longest span before it for
    long ones (`ix_events_long`, theirs alone) and stops at the page end; the two halves are
    merged and cut to the page.
    """
    halves: list[MilestoneSelect] = []
    for long_span, lower in ((false(), "lower_short"), (true(), "lower")):
        half = select(
            EventRow.id.label("event_id"),
            EventRow.start_date.label("start_date"),
            EventRow.end_date.label("end_date"),
        ).where(
            EventRow.long_span == long_span,
            EventRow.start_date >= bindparam(lower),
            EventRow.end_date >= bindparam("since"),
        )
        if "until" in given:
            half = half.where(EventRow.start_date <= bindparam("until"))
        half = half.where(*_kind_filters(given))
        half = half.order_by(EventRow.start_date, EventRow.end_date, EventRow.id)
        if "page_end" in given:
            half = half.limit(bindparam("page_end", type_=Integer))
        # SELECT * FROM (half): SQLite takes ORDER BY and LIMIT in a UNION's parts only so.
        halves.append(cast("MilestoneSelect", select(as_subquery(half))))
    event_id, start, end = columns_of(as_subquery(union_all(*halves)))
    query = select(event_id, start, end).order_by(start, end, event_id)
    if "limit" in given:
        query = query.limit(bindparam("limit", type_=Integer))
    if "offset" in given:
        query = query.offset(bindparam("offset", type_=Integer))
    return cast("MilestoneSelect", query)


def max_span_days(conn: Connection) -> int:
    """The longest interval, in days, of any stored event."""
    return checked_span(conn.scalar(_MAX_SPAN))


STREAMED_ROWS = IN_CHUNK
"""Rows fetched at a time from the database by a streamed listing (a server-side cursor on
PostgreSQL), and events loaded at a time from them."""


def milestone_stream(conn: Connection, wanted: MilestoneFilter) -> Iterator[list[int]]:
    """Ids of the events passing `wanted`, in timeline order, `STREAMED_ROWS` at a time, however
    many there are: memory stays that of one batch.

    Dated and undated events are read from their ordered index scans (a server-side cursor each
    on PostgreSQL) and merged as they come; a full-text query's matches are sorted by the
    database and read the same way. Other statements may run on `conn` between batches.
    """
    whole = attrs.evolve(wanted, limit=None, offset=0)
    streamed = conn.execution_options(yield_per=STREAMED_ROWS)
    places: Iterator[int]
    if wanted.terms:
        places = iter(streamed.scalars(_sorted_matches_statement(conn.dialect.name, whole)))
    else:
        span = max_span_days(conn) if wanted.since is not None else 0
        dated_query, params = milestone_query(whole, span)
        keyed: Iterator[_Keyed] = (
            (day, end_day, event_id) for event_id, day, end_day in streamed.execute(dated_query, params)
        )
        if not wanted.dated_only:
            undated_select, params = undated_query(whole)
            undated = (
                (_reported(day), day, event_id) for event_id, day in streamed.execute(undated_select, params)
            )
            keyed = heapq.merge(keyed, undated)
        places = (event_id for _, _, event_id in keyed)
    end = None if wanted.limit is None else wanted.offset + wanted.limit
    chosen = itertools.islice(places, wanted.offset, end)
    while batch := list(itertools.islice(chosen, STREAMED_ROWS)):
        yield batch


def _reported(day: _dt.date | None) -> _dt.date:
    """The report date of an undated event, which every stored event has (its first report's)."""
    if day is None:
        raise damaged_date(day)
    return day


SORTED_MATCHES = 1000
"""On SQLite, a full-text query matching at most this many events has them all put in timeline
order; one matching more walks the timeline instead, the database checking each event's text."""

_WALK_PER_MATCH = 16
"""Events the first step of a walk reads per event wanted on the page (a word in one event of
eight fills it then, nearly always)."""

_WALK_FIRST_MIN = 64

_WALK_GROWTH = 8
"""Each further step reads at most this many times the events of the one before."""

_Keyed = tuple[_dt.date | None, _dt.date | None, int]
"""An event's place on the timeline: (day, end day, id), an undated event at its report date."""


def searched_ids(conn: Connection, wanted: MilestoneFilter) -> list[int]:
    """Ids of the events containing every search term and passing the other filters, one page
    (how SQLite finds them; PostgreSQL runs `_searched_page_statement` when a page is limited).

    A query matching few events (at most `SORTED_MATCHES`, read from the search index) has them
    sorted by their rows in `events`. Else dated and undated events are walked apart, each by
    one statement (`walk_statement`) that reads at most `cap` events of the timeline in its
    order and keeps those whose search text, looked up by id, holds every term, up to the page
    end; the halves are merged here. A common word fills the page in the first step; else the
    walk goes on in longer steps (each from the start) until sorting every match would cost less
    than walking on (the other filters leave few of them), and then sorts them after all.
    """
    if wanted.limit is None:
        return _sorted_matches(conn, wanted)
    page_end = wanted.offset + wanted.limit
    if page_end == 0:
        return []
    halves = (True,) if wanted.dated_only else (True, False)
    span = max_span_days(conn) if wanted.since is not None else 0
    first = search.matches(conn, list(wanted.terms), SORTED_MATCHES + 1)
    if len(first) <= SORTED_MATCHES:
        return _sorted_matches(conn, wanted, first)
    events = int(conn.scalar(select(func.max(EventRow.id))) or 0)  # about how many there are
    found: dict[bool, list[_Keyed]] = {}
    pending = list(halves)
    cap = max(_WALK_FIRST_MIN, _WALK_PER_MATCH * page_end)
    while True:
        for dated in pending:
            found[dated] = _walk_step(conn, wanted, dated, span, cap, page_end)
        pending = [
            dated
            for dated in pending
            if len(found[dated]) < page_end and _walk_reaches(conn, wanted, dated, span, cap)
        ]
        if not pending:
            return _page(wanted, found.values())
        # Sorting every match costs about their number: walk no further than that.
        density = max(sum(len(found[dated]) for dated in pending), 1) / (cap * len(pending))
        next_cap = min(cap * _WALK_GROWTH, int(page_end / density * 1.25))
        if next_cap > max(SORTED_MATCHES, density * events):
            return _sorted_matches(conn, wanted)
        cap = next_cap


def _page(wanted: MilestoneFilter, halves: Iterable[list[_Keyed]]) -> list[int]:
    """The ids of the page `wanted` of the merged halves of the timeline (each cut at the page end)."""
    keyed = sorted(place for half in halves for place in half)
    page_end = None if wanted.limit is None else wanted.offset + wanted.limit
    return [event_id for _, _, event_id in keyed[wanted.offset : page_end]]


def _walk_half(
    wanted: MilestoneFilter, dated: bool, span: int, cap: int | None
) -> tuple[MilestoneSelect, dict[str, object]]:
    """SELECT event_id, day, end day of the first `cap` (None: all) dated or undated events passing
    `wanted` but for its terms, in timeline order (an undated event's report date twice)."""
    whole = attrs.evolve(wanted, terms=(), limit=cap, offset=0)
    if not dated:
        undated, params = undated_query(whole)
        return cast("MilestoneSelect", undated.add_columns(EventRow.report_date)), params
    statement, params = milestone_query(whole, span)
    if cap is None and wanted.entities is None and wanted.since is not None:
        # A window read as one index range from the longest span before `since`, which a planner
        # can join by id (the two ranges of `_window_statement`, a union, cannot be).
        params = {key: value for key, value in params.items() if key != "lower_short"}
        statement = _milestone_statement(0, frozenset(params))
    return statement, params


def _walk_step(
    conn: Connection, wanted: MilestoneFilter, dated: bool, span: int, cap: int | None, page_end: int
) -> list[_Keyed]:
    """The places of the first `page_end` events holding every term among the first `cap` (None:
    all) of a half of the timeline."""
    query, params = walk_statement(conn.dialect.name, wanted, dated, span, cap, page_end)
    return [(day, end_day, event_id) for day, end_day, event_id in conn.execute(query, params)]


def walk_statement(
    dialect: str, wanted: MilestoneFilter, dated: bool, span: int, cap: int | None, page_end: int
) -> tuple[Select[_dt.date | None, _dt.date | None, int], dict[str, object]]:
    """SELECT day, end day, id of the first `page_end` events holding every term among the first
    `cap` (None: all) dated or undated events passing the other filters, and its parameters.

    The database checks each event's search text by id as it reads the timeline; with no `cap`
    the walk is not fixed (no order inside), so that PostgreSQL may read the trigram index first.
    """
    statement, params = _walk_half(wanted, dated, span, cap)
    if cap is None:
        statement = statement.order_by(None)
    event_id, day, end_day = cast(
        "tuple[ColumnElement[int], ColumnElement[_dt.date | None], ColumnElement[_dt.date | None]]",
        columns_of(as_subquery(statement, "walk")),
    )
    holds = search.holding(dialect, list(wanted.terms), event_id)
    labelled = (day.label("first_day"), end_day.label("last_day"), event_id.label("event_id"))
    query = select(*labelled).where(holds).limit(page_end)
    if dialect != "sqlite":
        query = query.order_by(day, end_day, event_id)
    # SQLite would sort the whole walk for that order; it reads the walk as a co-routine, in
    # the order the walk yields rows.
    return query, params


def _walk_reaches(conn: Connection, wanted: MilestoneFilter, dated: bool, span: int, cap: int) -> bool:
    """Whether a half of the walk holds `cap` events (else a walk of `cap` reads it to its end)."""
    statement, params = _walk_half(wanted, dated, span, cap)
    return conn.execute(statement.limit(1).offset(cap - 1), params).first() is not None


def _sorted_matches(
    conn: Connection, wanted: MilestoneFilter, found_ids: list[int] | None = None
) -> list[int]:
    """One page of the events matching the search terms and the other filters, all sorted.

    `found_ids`: every matching event, already read from the search index (a few hundred at most).
    """
    return list(conn.scalars(_sorted_matches_statement(conn.dialect.name, wanted, found_ids)))


def _sorted_matches_statement(
    dialect: str, wanted: MilestoneFilter, found_ids: list[int] | None = None
) -> Select[int]:
    """SELECT the ids of `_sorted_matches`, in timeline order (the database sorts them)."""
    place = func.coalesce(EventRow.start_date, EventRow.report_date)
    place_end = func.coalesce(EventRow.end_date, EventRow.report_date)
    if found_ids is None:
        found, found_id, conditions = search.search_source(dialect, list(wanted.terms))
        joined = cast("search.SearchFrom", join(found, EventRow, EventRow.id == found_id))  # search first
        query = select(EventRow.id).select_from(joined)
        query = query.where(*conditions)
    else:
        query = select(EventRow.id).where(EventRow.id.in_(found_ids))
    query = query.order_by(place, place_end, EventRow.id)
    if wanted.dated_only:
        query = query.where(EventRow.start_date.is_not(None))
    if wanted.types is not None:
        query = query.where(EventRow.type.in_(wanted.types))
    if wanted.statuses is not None:
        query = query.where(EventRow.status.in_(wanted.statuses))
    if wanted.since is not None:
        query = query.where(place_end >= wanted.since)
    if wanted.until is not None:
        query = query.where(place <= wanted.until)
    if wanted.entities is not None:
        query = query.where(
            select(EntityTimelineRow.event_id)
            .where(
                EntityTimelineRow.entity_id.in_(wanted.entities),
                EntityTimelineRow.event_id == EventRow.id,
            )
            .exists()
        )
    if wanted.limit is not None:
        query = query.limit(wanted.limit)
    if wanted.offset:
        query = query.offset(wanted.offset)
    return query


def undated_query(wanted: MilestoneFilter) -> tuple[UndatedSelect, dict[str, object]]:
    """SELECT event_id, report_date of the undated events passing `wanted`, by report date, one page."""
    given = (
        ("types", wanted.types),
        ("statuses", wanted.statuses),
        ("since", wanted.since),
        ("until", wanted.until),
        ("limit", wanted.limit),
    )
    params: dict[str, object] = {key: value for key, value in given if value is not None}
    entities = wanted.entities
    if entities is not None:
        params.update({"entity": entities[0]} if len(entities) == 1 else {"entities": entities})
    return _undated_statement(frozenset(params)), params


@cached
def _undated_statement(given: frozenset[str]) -> UndatedSelect:
    """The undated-events SELECT for one combination of filters: `ix_events_report` or the rows of
    an entity (`entity`: one id compared, no IN list to expand at each run) or of several."""
    query: UndatedSelect
    by_entity = "entity" in given or "entities" in given
    event_id = EntityTimelineRow.event_id if by_entity else EventRow.id
    if by_entity:
        query = (
            select(EntityTimelineRow.event_id, EventRow.report_date)
            .join(EventRow, EventRow.id == EntityTimelineRow.event_id)
            .where(EntityTimelineRow.start_date.is_(None))
        )
        if "entity" in given:
            query = query.where(EntityTimelineRow.entity_id == bindparam("entity"))
        else:  # an event of two of them would come twice
            among = EntityTimelineRow.entity_id.in_(bindparam("entities", expanding=True))
            query = query.where(among).distinct()
    else:
        query = select(EventRow.id.label("event_id"), EventRow.report_date).where(
            EventRow.start_date.is_(None)
        )
    if "since" in given:
        query = query.where(EventRow.report_date >= bindparam("since"))
    if "until" in given:
        query = query.where(EventRow.report_date <= bindparam("until"))
    query = query.where(*_kind_filters(given))
    query = query.order_by(EventRow.report_date, event_id)
    if "limit" in given:
        query = query.limit(bindparam("limit", type_=Integer))
    return query
