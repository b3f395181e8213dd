"""Read side of the store: filter parsing, the milestone query, and rows back to domain objects.

Every list query first selects a page of event ids through an index (`entity_timeline` for an
entity, `events` by start date for all events or a window) and only then loads those events, their
entities and their first sources (a bounded index range per event), so the cost follows the size
of the answer, not the number of reprints. A milestones page is two statements: the page joined
to `events` (`milestone_events`), then its links and first sources (`DETAILS_SQL`).
Statements are built once and run with bound parameters.
"""

from __future__ import annotations

import calendar
import collections
import datetime as _dt
import difflib
import heapq
import itertools
import json
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeAlias, Unpack, cast

import attrs
from sqlalchemy import (
    ARRAY,
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Connection,
    Date,
    Executable,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    column,
    false,
    func,
    join,
    literal_column,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import QueryableAttribute, aliased

from timeline._typed import cached
from timeline.errors import AmbiguousEntityError, DateFilterError, QueryFilterError, UnknownEntityError
from timeline.model import (
    Article,
    EventEntity,
    Source,
    StoredEntity,
    StoredEvent,
    normalise_text,
)

from . import search
from .chunks import IN_CHUNK, in_chunks
from .driver import driver_rows, statement_rows
from .orm import (
    META_MAX_SPAN_DAYS,
    SHORT_SPAN_DAYS,
    SOURCE_SUMMARY_SQL,
    WHOLE_SUMMARIES,
    AliasRow,
    ArticleCopyRow,
    ArticleRow,
    EntityRow,
    EntityTimelineRow,
    EventRow,
    MetaRow,
    SourceRow,
    StoredText,
    TextRow,
    damaged_date,
    damaged_text,
    joined_lines,
    line_ids,
    source_summary,
)
from .window import checked_span, days_before

_LINE_CACHE = 50_000
"""Article lines kept while reading articles back (reprints share most of theirs)."""

_IDS: BindParameter[int] = bindparam("ids", expanding=True)
_EVENT_FIELDS = (
    EventRow.id,
    EventRow.type,
    EventRow.trigger,
    EventRow.status,
    EventRow.start_date,
    EventRow.end_date,
    EventRow.grain,
    EventRow.value,
    EventRow.mod,
    EventRow.kind,
    EventRow.date_text,
    EventRow.summary,
    EventRow.confidence,
    EventRow.planned_start,
    EventRow.planned_end,
    EventRow.planned_value,
    EventRow.merge_note,
    EventRow.source_count,
    EventRow.merge_count,
    EventRow.report_date,
)
"""The columns of `events` a StoredEvent shows, in `_EventFields` order."""
_EventFields = tuple[
    int,
    str,
    str,
    str,
    "_dt.date | None",
    "_dt.date | None",
    "str | None",
    "str | None",
    "str | None",
    "str | None",
    "str | None",
    str,
    float,
    "_dt.date | None",
    "_dt.date | None",
    "str | None",
    str,
    int,
    int,
    "_dt.date | None",
]
_EVENTS_BY_ID = select(*_EVENT_FIELDS).where(EventRow.id.in_(_IDS))

SOURCES_SHOWN = 10
"""Sources a StoredEvent carries (its first ones); `Timeline.sources` pages through the rest."""

_SENTENCE = aliased(TextRow, name="sentence_text")
_SUMMARY = aliased(TextRow, name="summary_text")
_DATE_TEXT = aliased(TextRow, name="date_text")
_SUMMARY_PART = source_summary(_SUMMARY.body).label("summary")
"""A source's summary: the part of its sentence's text it is, or a text of its own."""
_SOURCE_COLUMNS = (  # the event id, then Source's fields in their order
    SourceRow.event_id,
    ArticleRow.id.label("article_id"),
    ArticleRow.source,
    ArticleRow.title,
    ArticleRow.pub_date,
    ArticleRow.pub_date_estimated,
    _SENTENCE.body.label("sentence"),
    _SUMMARY_PART,
    SourceRow.start_char,
    SourceRow.end_char,
    _DATE_TEXT.body.label("date_text"),
    SourceRow.status,
)
_WHOLE_SOURCE_COLUMNS = tuple(
    _SUMMARY.body.label("summary") if column is _SUMMARY_PART else column for column in _SOURCE_COLUMNS
)
"""`_SOURCE_COLUMNS` of a store older than `orm.SUMMARY_PARTS_VERSION`: every summary a text."""


def whole_summaries(conn: Connection) -> bool:
    """Whether the store read through `conn` is older than `orm.SUMMARY_PARTS_VERSION` (read as it
    is: see `engine._check_existing`)."""
    return bool(conn.get_execution_options().get(WHOLE_SUMMARIES, False))


if TYPE_CHECKING:
    from sqlalchemy import FromClause
    from sqlalchemy.sql.base import ReadOnlyColumnCollection
    from sqlalchemy.sql.elements import KeyedColumnElement

    _SourceSelect: TypeAlias = "Select[Unpack[tuple[object, ...]]]"
    _Order: TypeAlias = "ColumnElement[object] | QueryableAttribute[object]"
    _From: TypeAlias = "FromClause[ReadOnlyColumnCollection[str, KeyedColumnElement[object]]]"
    """A subquery to select from (SQLAlchemy's own type of one leaves its columns Any)."""


# SQLAlchemy types the columns of a subquery (and so the subquery) as Any: these are the
# boundary, reading a subquery as a `_From` and its columns in order.


def _subquery(statement: object, name: str | None = None) -> _From:
    """`statement.subquery(name)`."""
    return cast("_From", operator.methodcaller("subquery", name)(statement))


def _columns(subquery: object) -> tuple[ColumnElement[object], ...]:
    """`tuple(subquery.c)`: its columns in order."""
    return tuple(cast("Iterable[ColumnElement[object]]", operator.attrgetter("c")(subquery)))


def _source_select(whole: bool) -> _SourceSelect:
    """SELECT `_source_columns`: more columns than `select()`'s typed overloads take, so typed here;
    the rows are read through `_sources`, which gives them their `_SourceTuple` type."""
    return cast("_SourceSelect", select(*(_WHOLE_SOURCE_COLUMNS if whole else _SOURCE_COLUMNS)))


def _with_source_details(query: _SourceSelect, *order: _Order) -> _SourceSelect:
    """Join a SELECT of `_SOURCE_COLUMNS` from `sources` to its article and texts, in `order`
    (default: source order)."""
    return (
        query.join(ArticleRow, ArticleRow.seq == SourceRow.article_seq)
        .join(_SENTENCE, _SENTENCE.id == SourceRow.sentence_id)
        .join(_SUMMARY, _SUMMARY.id == SourceRow.summary_id)
        .outerjoin(_DATE_TEXT, _DATE_TEXT.id == SourceRow.date_text_id)
        .order_by(*(order or (SourceRow.event_id, SourceRow.id)))
    )


_DETAILS_SQL = """
SELECT 0, link.event_id, link.position, entity.name, entity.type, link.role,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM event_entities AS link JOIN entities AS entity ON entity.id = link.entity_id
WHERE link.event_id {among_ids}
UNION ALL
SELECT 1, source.event_id, source.id, article.id, article.source, article.title, article.pub_date,
       article.pub_date_estimated, sentence.body, {{summary}}, source.start_char, source.end_char,
       date_text.body, source.status
FROM {first_sources}
JOIN articles AS article ON article.seq = source.article_seq
JOIN texts AS sentence ON sentence.id = source.sentence_id
JOIN texts AS summary ON summary.id = source.summary_id
LEFT JOIN texts AS date_text ON date_text.id = source.date_text_id
WHERE event.id {among_ids}
ORDER BY 2, 1, 3
"""
_DETAILS_SQL_BY_DIALECT = {
    "sqlite": _DETAILS_SQL.format(
        among_ids="IN (SELECT value FROM json_each(:ids))",
        first_sources="""events AS event JOIN sources AS source ON source.id IN (
            SELECT earliest.id FROM sources AS earliest WHERE earliest.event_id = event.id
            ORDER BY earliest.id LIMIT :shown)""",
    ),
    "postgresql": _DETAILS_SQL.format(
        among_ids="= ANY(%(ids)s)",
        first_sources="""events AS event CROSS JOIN LATERAL (
            SELECT * FROM sources AS earliest WHERE earliest.event_id = event.id
            ORDER BY earliest.id LIMIT %(shown)s) AS source""",
    ),
}
DETAILS_SQL = {
    dialect: sql.format(summary=SOURCE_SUMMARY_SQL) for dialect, sql in _DETAILS_SQL_BY_DIALECT.items()
}
"""The entity links and the first `shown` sources of the events `ids`, in one statement, by dialect.

Rows of both kinds share one column layout: kind (0 a link, 1 a source), event id, position or
source id, then a link's name, type and role, or a Source's fields; in event, kind, position
order. The ids go as one JSON array (SQLite) or array (PostgreSQL), so the SQL is the same for
any page and PostgreSQL keeps it prepared. The first sources are an index range of
`ix_sources_event` per event: SQLite through the IN subquery, PostgreSQL through LATERAL (it
would run that IN subquery against every source), which reads the rows themselves: `sources` has
no primary key there (`orm.WRITER_KEYED_TABLES`) to find a row by its id.
"""
_WHOLE_DETAILS_SQL = {
    dialect: sql.format(summary="summary.body") for dialect, sql in _DETAILS_SQL_BY_DIALECT.items()
}
"""`DETAILS_SQL` for a store older than `orm.SUMMARY_PARTS_VERSION` (`whole_summaries`)."""

_LINK = 0
"""The kind of a row of `DETAILS_SQL` holding an entity link (1: a source)."""

_TEXT_OR_NULL: frozenset[type[object]] = frozenset((str, type(None)))
_type_of: Callable[[object], type[object]] = type


_NUMBER_OR_NULL: frozenset[type[object]] = frozenset((int, float, type(None)))


def _text_check(
    named: Sequence[tuple[int, str]], allowed: frozenset[type[object]] = _TEXT_OR_NULL
) -> Callable[[Sequence[object]], None]:
    """A check that the columns at these positions of a driver's row hold text or NULL, as
    `orm.StoredText` checks SQLAlchemy's: one type() per value, taken in C. With `allowed`
    `_NUMBER_OR_NULL`, that they hold numbers (a BLOB there, a damaged file, reached the JSON
    export: 'Object of type bytes is not JSON serializable')."""
    positions = [index for index, _ in named]
    values: Callable[[Sequence[object]], Iterable[object]] = operator.itemgetter(*positions)

    def check(row: Sequence[object]) -> None:
        if not allowed.issuperset(map(_type_of, values(row))):
            index, name = next((at, name) for at, name in named if _type_of(row[at]) not in allowed)
            raise damaged_text(name, row[index], "number" if allowed is _NUMBER_OR_NULL else "text")

    return check


_DETAIL_TEXT_CHECKS = (
    _text_check([(3, "entities.name"), (4, "entities.type"), (5, "event_entities.role")]),
    _text_check(
        [
            (3, "articles.id"),
            (4, "articles.source"),
            (5, "articles.title"),
            (8, "texts.body"),
            (9, "texts.body"),
            (12, "texts.body"),
            (13, "sources.status"),
        ]
    ),
)
"""Checks of the text columns of `DETAILS_SQL`'s rows, by kind (link, source)."""


def _unchecked(row: Sequence[object]) -> None:
    """No check: a link row has no number column but its ids."""


_DETAIL_NUMBER_CHECKS = (
    _unchecked,
    _text_check([(10, "sources.start_char"), (11, "sources.end_char")], _NUMBER_OR_NULL),
)
"""Checks of the number columns of `DETAILS_SQL`'s rows, by kind (link, source)."""


_SOURCE_PAGE = {
    whole: _with_source_details(
        _source_select(whole)
        .where(SourceRow.event_id == bindparam("event_id"))
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    )
    for whole in (False, True)
}
_MAX_SPAN = select(MetaRow.value).where(MetaRow.key == META_MAX_SPAN_DAYS)
_NAME_FORMS: list[BindParameter[str]] = [bindparam("name", type_=String), bindparam("folded", type_=String)]
_ENTITY_IDS_BY_NAME = (
    select(AliasRow.entity_id)
    .where(AliasRow.alias.in_(_NAME_FORMS))
    .distinct()
    .order_by(AliasRow.entity_id)
)
"""Statements built once: building SQL expressions per call costs more than running them."""

_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_bound(value: str | _dt.date | None, *, upper: bool) -> _dt.date | None:
    """The first (or, with `upper`, the last) day of '2025', '2025-12', '2025-12-20' or a date.

    >>> parse_bound("2024-02", upper=True)
    datetime.date(2024, 2, 29)
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise DateFilterError(f"a date filter must be a string or datetime.date, got {type(value).__name__}")
    match = _PERIOD.fullmatch(value.strip())
    if not match:
        raise DateFilterError(f"not a date filter: {value!r} (use '2025', '2025-12' or '2025-12-20')")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if month is None:
            return _dt.date(year, 12, 31) if upper else _dt.date(year, 1, 1)
        if day is None:
            return _dt.date(year, month, calendar.monthrange(year, month)[1] if upper else 1)
        return _dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise DateFilterError(f"no such date: {value!r}") from None


MAX_QUERY_LENGTH = 1000
"""Longest name or search text a query takes: SQLite refuses LIKE patterns over 50,000 bytes, and
no stored name is longer than 255 characters."""


def check_query_text(text: str, what: str) -> None:
    """QueryFilterError for a name or query that is not a str, is empty or blank (which would
    match everything or nothing; None means no filter), is too long, or holds control characters
    or lone surrogates: no stored name has them, and SQLite's LIKE stops at NUL (matching
    everything)."""
    if not isinstance(text, str):
        raise QueryFilterError(f"the {what} must be a str, got {type(text).__name__}")
    if not text.strip():
        raise QueryFilterError(f"the {what} {text!r} is empty or blank: give text, or None for no filter")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryFilterError(f"the {what} is {len(text):,} characters long; at most {MAX_QUERY_LENGTH:,}")
    bad = next((char for char in text if unicodedata.category(char) in ("Cc", "Cs")), None)
    if bad is not None:
        raise QueryFilterError(
            f"the {what} {text.encode('utf-8', 'backslashreplace').decode()!r} holds the "
            f"control character U+{ord(bad):04X}"
        )


def as_choices(value: str | Iterable[str] | None, allowed: Sequence[str], what: str) -> list[str] | None:
    """A validated list of event types or statuses (None: no filter); QueryFilterError if unknown."""
    if value is None:
        return None
    chosen = [value] if isinstance(value, str) else list(value)
    if not chosen:
        raise QueryFilterError(f"no {what} given (an empty list): give one or more, or None for any")
    unknown = [item for item in chosen if item not in allowed]
    if unknown:
        raise QueryFilterError(f"unknown {what} {', '.join(map(repr, unknown))}; known: {', '.join(allowed)}")
    return chosen


SHOWN_CANDIDATES = 8
"""Names listed when a part of a name fits several entities, or suggested for a miss."""


def entity_ids(conn: Connection, name: str) -> list[int]:
    """Ids of the entity meant by `name`: its full name or an alias (compared normalised, as the
    writer stores them), else a unique part of one.

    A part is unique when the names holding it are one name, or all hold the shortest of them.

    Raises AmbiguousEntityError when the part is in several entities' names (listing them,
    shortest first), UnknownEntityError when no name holds it (suggesting the nearest names).
    """
    check_query_text(name, "entity name")
    forms: dict[str, object] = {"name": name, "folded": normalise_text(name)}
    ids = [cast("int", row[0]) for row in statement_rows(conn, _ENTITY_IDS_BY_NAME, forms)]
    if ids:
        return ids
    part = normalise_text(name).strip()
    if not part:
        raise QueryFilterError(f"the entity name {name!r} is blank once normalised")
    with_part = select(AliasRow.entity_id).where(AliasRow.alias.like(_contains(part), escape="\\"))
    holders = (
        conn.execute(
            select(EntityRow.id, EntityRow.name)
            .where(EntityRow.id.in_(with_part))
            .order_by(_NAME_LENGTH, EntityRow.name, EntityRow.id)
        )
        .all()
    )
    names = list(dict.fromkeys((holder for _, holder in holders), True))
    if names and all(names[0] in other for other in names):
        # One name, or a short form inside every longer one (中科摇橹船… in 重庆中科摇橹船…): one thing.
        return [entity_id for entity_id, _ in holders]
    if names:
        shown = names[:SHOWN_CANDIDATES]
        more = f" and {len(names) - len(shown)} more" if len(names) > len(shown) else ""
        raise AmbiguousEntityError(
            f"{name!r} is part of {len(names)} entity names: {', '.join(shown)}{more}; give more of the name",
            tuple(names),
        )
    nearest = _nearest_names(conn, part)
    hint = f"; did you mean {', '.join(nearest)}?" if nearest else ""
    raise UnknownEntityError(f"no entity is named or aliased {name!r}{hint}")


_NAME_LENGTH = cast("ColumnElement[int]", func.length(EntityRow.name))
"""Entity names by length (SQLAlchemy types a generic SQL function as Any)."""


def _contains(part: str) -> str:
    """A LIKE pattern (escape character \\) matching any text that contains `part`."""
    return "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _nearest_names(conn: Connection, part: str) -> list[str]:
    """Entity names closest to `part` (difflib ratio), among names sharing a character with it."""
    characters = list(dict.fromkeys(part, True))[:12]
    sharing = or_(*(AliasRow.alias.like(_contains(c), escape="\\") for c in characters))
    pool = list(
        conn.scalars(
            select(EntityRow.name)
            .where(EntityRow.id.in_(select(AliasRow.entity_id).where(sharing)))
            .distinct()
            .limit(5000)
        )
    )
    return difflib.get_close_matches(part, pool, n=5, cutoff=0.3)


if TYPE_CHECKING:  # Select's type parameters differ between SQLAlchemy 2.0 and 2.1
    _MilestoneSelect: TypeAlias = "Select[int, _dt.date | None, _dt.date | None]"
    _UndatedSelect: TypeAlias = "Select[int, _dt.date | None]"
    _PageIds = (
        Select[int, _dt.date | None, _dt.date | None] | CompoundSelect[int, _dt.date | None, _dt.date | None]
    )


@attrs.frozen()
class MilestoneFilter:
    """What `Timeline.milestones` asks for, parsed and checked (None: no restriction)."""

    entities: list[int] | None = None
    types: list[str] | None = None
    statuses: list[str] | None = None
    since: _dt.date | None = None
    until: _dt.date | None = None
    limit: int | None = None
    offset: int = 0
    dated_only: bool = False
    terms: tuple[str, ...] = ()
    """Words every event's summary or a sentence must contain (full-text search)."""


def milestone_query(
    wanted: MilestoneFilter, max_span_days: int
) -> tuple[_MilestoneSelect, dict[str, object]]:
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


@cached
def _milestone_statement(mode: int, given: frozenset[str]) -> _MilestoneSelect:
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
        query: _MilestoneSelect = select(event_id, start, end)
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
    if "types" in given:
        query = query.where(EventRow.type.in_(bindparam("types", expanding=True)))
    if "statuses" in given:
        query = query.where(EventRow.status.in_(bindparam("statuses", expanding=True)))
    query = query.order_by(start, end, event_id)
    if "limit" in given:
        query = query.limit(bindparam("limit", type_=Integer))
    if "offset" in given:
        query = query.offset(bindparam("offset", type_=Integer))
    return query


@cached
def _window_statement(given: frozenset[str]) -> _MilestoneSelect:
    """The milestone SELECT of a date window over all events: short and long events apart.

    Each half is an ordered range scan that starts `SHORT_SPAN_DAYS` before `since` for short
    events (`ix_events_window`, passing over the few long ones) or the longest span before it for
    long ones (`ix_events_long`, theirs alone) and stops at the page end; the two halves are
    merged and cut to the page.
    """
    halves: list[_MilestoneSelect] = []
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
        if "types" in given:
            half = half.where(EventRow.type.in_(bindparam("types", expanding=True)))
        if "statuses" in given:
            half = half.where(EventRow.status.in_(bindparam("statuses", expanding=True)))
        half = half.order_by(EventRow.start_date, EventRow.end_date, EventRow.id)
        if "page_end" in given:
            half = half.limit(bindparam("page_end", type_=Integer))
        # SELECT * FROM (half): SQLite takes ORDER BY and LIMIT in a UNION's parts only so.
        halves.append(cast("_MilestoneSelect", select(_subquery(half))))
    event_id, start, end = _columns(_subquery(union_all(*halves)))
    query = select(event_id, start, end).order_by(start, end, event_id)
    if "limit" in given:
        query = query.limit(bindparam("limit", type_=Integer))
    if "offset" in given:
        query = query.offset(bindparam("offset", type_=Integer))
    return cast("_MilestoneSelect", query)


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
            undated_query, params = _undated_query(whole)
            undated = (
                (_reported(day), day, event_id) for event_id, day in streamed.execute(undated_query, params)
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


def _searched_ids(conn: Connection, wanted: MilestoneFilter) -> list[int]:
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


def _searched_page_statement(
    conn: Connection, wanted: MilestoneFilter
) -> tuple[Executable, dict[str, object]]:
    """PostgreSQL: SELECT the `_EVENT_FIELDS` of a page of events holding every search term, and
    its parameters: each half of the timeline walked by its `walk_statement` (no cap: the planner
    chooses between the walk and the trigram index), merged, cut to the page and joined to
    `events`, in one statement."""
    assert wanted.limit is not None
    page_end = wanted.offset + wanted.limit
    span = max_span_days(conn) if wanted.since is not None else 0
    params: dict[str, object] = {}
    halves: list[_PageIds] = []
    for dated in (True,) if wanted.dated_only else (True, False):
        walk, more = walk_statement(conn.dialect.name, wanted, dated, span, None, page_end)
        params.update(more)
        halves.append(select(_PAGE_EVENT_ID, _PAGE_FIRST_DAY, _PAGE_LAST_DAY).select_from(_subquery(walk)))
    page = halves[0] if len(halves) == 1 else union_all(*halves)
    query = (
        select(*_EVENT_FIELDS)
        .join_from(_subquery(page, "page"), EventRow, EventRow.id == _PAGE_EVENT_ID)
        .order_by(_PAGE_FIRST_DAY, _PAGE_LAST_DAY, _PAGE_EVENT_ID)
        .limit(wanted.limit)
        .offset(wanted.offset)
    )
    return query, params


def _page(wanted: MilestoneFilter, halves: Iterable[list[_Keyed]]) -> list[int]:
    """The ids of the page `wanted` of the merged halves of the timeline (each cut at the page end)."""
    keyed = sorted(place for half in halves for place in half)
    page_end = None if wanted.limit is None else wanted.offset + wanted.limit
    return [event_id for _, _, event_id in keyed[wanted.offset : page_end]]


def _walk_half(
    wanted: MilestoneFilter, dated: bool, span: int, cap: int | None
) -> tuple[_MilestoneSelect, dict[str, object]]:
    """SELECT event_id, day, end day of the first `cap` (None: all) dated or undated events passing
    `wanted` but for its terms, in timeline order (an undated event's report date twice)."""
    whole = attrs.evolve(wanted, terms=(), limit=cap, offset=0)
    if not dated:
        undated, params = _undated_query(whole)
        return cast("_MilestoneSelect", undated.add_columns(EventRow.report_date)), params
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
        _columns(_subquery(statement, "walk")),
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


def _undated_query(wanted: MilestoneFilter) -> tuple[_UndatedSelect, dict[str, object]]:
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
def _undated_statement(given: frozenset[str]) -> _UndatedSelect:
    """The undated-events SELECT for one combination of filters: `ix_events_report` or the rows of
    an entity (`entity`: one id compared, no IN list to expand at each run) or of several."""
    query: _UndatedSelect
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
    if "types" in given:
        query = query.where(EventRow.type.in_(bindparam("types", expanding=True)))
    if "statuses" in given:
        query = query.where(EventRow.status.in_(bindparam("statuses", expanding=True)))
    query = query.order_by(EventRow.report_date, event_id)
    if "limit" in given:
        query = query.limit(bindparam("limit", type_=Integer))
    return query


class _EntityRecord(Protocol):
    """A row of `entities`: the columns of `EntityRow`, by name."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def affiliation(self) -> str | None: ...
    @property
    def mention_count(self) -> int: ...


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


# Rows of whole tables and of `_SOURCE_COLUMNS` select more columns than SQLAlchemy's typed
# `select()` overloads take, so they come back as `Row[Any, ...]`; these adapters are the one
# place each is given its type (the records above name the columns the rows hold).


def _event_fields(
    conn: Connection, statement: Executable, parameters: dict[str, object]
) -> list[_EventFields]:
    """The rows of a SELECT of `_EVENT_FIELDS`, as plain tuples (quicker to read than Rows), its
    dates as dates."""
    rows = statement_rows(conn, statement, parameters)
    if conn.dialect.name == "sqlite":
        rows = [_with_dates(row) for row in rows]
    return cast("list[_EventFields]", rows)


_DATE_FIELDS = (4, 5, 13, 14, 19)
"""The positions of the date columns in `_EVENT_FIELDS`."""


_check_event_texts = _text_check(
    [
        (index, kind.column)
        for index, kind in enumerate(field.expression.type for field in _EVENT_FIELDS)
        if isinstance(kind, StoredText)
    ]
)
"""Checks the text columns of a row of `_EVENT_FIELDS`."""
_check_event_numbers = _text_check(
    [(12, "events.confidence"), (17, "events.source_count"), (18, "events.merge_count")], _NUMBER_OR_NULL
)
"""Checks the number columns of a row of `_EVENT_FIELDS` but its id."""


def _with_dates(row: tuple[object, ...]) -> tuple[object, ...]:
    """A row of `_EVENT_FIELDS` as SQLite's driver gives it, its dates read from their ISO text,
    its text columns checked to hold text (`orm.StoredText`)."""
    fields = list(row)
    for index in _DATE_FIELDS:
        value = fields[index]
        if value is not None:
            fields[index] = _day(value)
    _check_event_texts(row)
    _check_event_numbers(row)
    return tuple(fields)


def _entity_records(conn: Connection, ids: Sequence[int]) -> list[_EntityRecord]:
    query = select(EntityRow).where(EntityRow.id.in_(ids))  # on a Connection: the row's columns
    return list(cast("Iterable[_EntityRecord]", conn.execute(query)))


def _article_records(conn: Connection) -> list[_ArticleRecord]:
    query = select(ArticleRow).order_by(ArticleRow.seq)
    return list(cast("Iterable[_ArticleRecord]", conn.execute(query)))


_SourceTuple: TypeAlias = "tuple[int, str, str, str, _dt.date, bool, str, str, int, int, str | None, str]"
"""A row of `_SOURCE_COLUMNS`: the event id, then a Source's fields in order."""


def _sources(conn: Connection, query: Executable, parameters: dict[str, object]) -> list[tuple[int, Source]]:
    """(event id, Source) of each row of a SELECT of `_SOURCE_COLUMNS`."""
    rows = cast("Iterable[_SourceTuple]", conn.execute(query, parameters))
    return [_source(*row) for row in rows]


def _source(
    event_id: int,
    article_id: str,
    source: str,
    title: str,
    pub_date: _dt.date,
    pub_date_estimated: bool,
    sentence: str,
    summary: str,
    start_char: int,
    end_char: int,
    date_text: str | None,
    status: str,
) -> tuple[int, Source]:
    """A row of `_SOURCE_COLUMNS` as (event id, Source)."""
    return event_id, Source(
        article_id,
        source,
        title,
        pub_date,
        pub_date_estimated,
        sentence,
        summary,
        start_char,
        end_char,
        date_text,
        status,
    )


def load_events(conn: Connection, ids: Sequence[int], shown: int = SOURCES_SHOWN) -> list[StoredEvent]:
    """The StoredEvents of `ids`, in the order of `ids`, with their entities and first `shown` sources.

    Two queries per 500 events, each reading only the rows it returns: the events, then their
    entity links and the first sources of each (never every source of a much reprinted event).
    """
    rows: dict[int, _EventFields] = {}
    for chunk in in_chunks(ids):
        rows.update((row[0], row) for row in _event_fields(conn, _EVENTS_BY_ID, {"ids": list(chunk)}))
    return _with_details(conn, [rows[i] for i in ids if i in rows], shown)


def milestone_events(
    conn: Connection, wanted: MilestoneFilter, shown: int = SOURCES_SHOWN
) -> list[StoredEvent]:
    """The page of events `wanted` asks for, in timeline order (dated events at their interval,
    undated ones at their report date), loaded as by `load_events`.

    Without search terms, two statements: the page (dated and undated events merged in timeline
    order and joined to `events`), then its links and first sources.
    """
    if wanted.terms:
        if conn.dialect.name == "sqlite" or wanted.limit is None:
            return load_events(conn, _searched_ids(conn, wanted), shown)
        statement, params = _searched_page_statement(conn, wanted)
        return _with_details(conn, _event_fields(conn, statement, params), shown)
    span = max_span_days(conn) if wanted.since is not None else 0
    page_end = None if wanted.limit is None else wanted.offset + wanted.limit
    whole = attrs.evolve(wanted, limit=page_end, offset=0)
    dated, params = milestone_query(whole, span)
    undated = None
    if not wanted.dated_only:
        undated, more = _undated_query(whole)
        params.update(more)
    if wanted.limit is not None:
        params["page_limit"] = wanted.limit
    if wanted.offset:
        params["page_offset"] = wanted.offset
    limited, offset = "page_limit" in params, "page_offset" in params
    if conn.dialect.name == "postgresql":
        statement = _page_statement(dated, undated, limited, offset, shown, whole_summaries(conn))
        return _detailed_events(conn, statement, params)
    statement = _page_statement(dated, undated, limited, offset)
    return _with_details(conn, _event_fields(conn, statement, params), shown)


_PAGE_EVENT_ID = column("event_id", Integer)
_PAGE_FIRST_DAY = column("first_day", Date)
_PAGE_LAST_DAY = column("last_day", Date)
"""The columns of a page of events before it is joined to `events` (see `_page_statement`)."""


@cached
def _page_statement(
    dated: _MilestoneSelect,
    undated: _UndatedSelect | None,
    limited: bool,
    offset: bool,
    shown: int = -1,
    whole: bool = False,
) -> Executable:
    """The `_EVENT_FIELDS` of the events on a page: the dated events (event id, start, end) and
    the undated ones (event id, report date, counted as one day) merged in timeline order, then cut.

    Both statements name their columns alike (event_id, start_date or report_date), so the page
    is written with plain column names rather than its subqueries' columns.

    With `shown` (PostgreSQL), each row also carries its entity links and first `shown` sources
    as two JSON arrays (`_DETAILS_JSON`): the page is one statement, one round trip, not two.
    """
    event_id = _PAGE_EVENT_ID
    page: _PageIds = select(
        event_id, column("start_date", Date).label("first_day"), column("end_date", Date).label("last_day")
    ).select_from(_subquery(dated, "dated"))
    if undated is not None:
        report = column("report_date", Date)
        page = union_all(page, select(event_id, report, report).select_from(_subquery(undated, "undated")))
    query = (
        select(*_EVENT_FIELDS)
        .join_from(_subquery(page, "page"), EventRow, EventRow.id == _PAGE_EVENT_ID)
        .order_by(_PAGE_FIRST_DAY, _PAGE_LAST_DAY, _PAGE_EVENT_ID)
    )
    if limited:
        query = query.limit(bindparam("page_limit", type_=Integer))
    if offset:
        query = query.offset(bindparam("page_offset", type_=Integer))
    if shown < 0:
        return query
    page_rows = _subquery(query.add_columns(_PAGE_FIRST_DAY, _PAGE_LAST_DAY), "page_rows")
    *fields, first_day, last_day = _columns(page_rows)
    summary = "summary.body" if whole else SOURCE_SUMMARY_SQL
    links, sources = (_json_column(sql.format(shown=int(shown), summary=summary)) for sql in _DETAILS_JSON)
    return select(*fields, links, sources).order_by(first_day, last_day, fields[0])


def _json_column(sql: str) -> ColumnElement[object]:
    """A column of SQL text (SQLAlchemy types `literal_column` as Any)."""
    return cast("ColumnElement[object]", literal_column(sql))


_DETAILS_JSON = (
    """(SELECT json_agg(json_build_array(entity.name, entity.type, link.role) ORDER BY link.position)
    FROM event_entities AS link JOIN entities AS entity ON entity.id = link.entity_id
    WHERE link.event_id = page_rows.id)""",
    """(SELECT json_agg(json_build_array(article.id, article.source, article.title, article.pub_date,
        article.pub_date_estimated, sentence.body, {summary}, source.start_char, source.end_char,
        date_text.body, source.status) ORDER BY source.id)
    FROM (SELECT * FROM sources AS earliest WHERE earliest.event_id = page_rows.id
        ORDER BY earliest.id LIMIT {shown}) AS source
    JOIN articles AS article ON article.seq = source.article_seq
    JOIN texts AS sentence ON sentence.id = source.sentence_id
    JOIN texts AS summary ON summary.id = source.summary_id
    LEFT JOIN texts AS date_text ON date_text.id = source.date_text_id)""",
)
"""PostgreSQL: an event's entity links (name, type, role) in position order, and its first `shown`
sources (`Source`'s fields) in source order, as JSON arrays: the two halves of `DETAILS_SQL`,
read per row of a page (`page_rows`). Dates come as ISO text."""

_JsonLink = tuple[str, str, str]
_JsonSource = tuple[str, str, str, str, bool, str, str, int, int, "str | None", str]
"""The arrays of `_DETAILS_JSON` as psycopg decodes them (lists, typed here as the tuples they hold)."""


def _detailed_events(
    conn: Connection, statement: Executable, parameters: dict[str, object]
) -> list[StoredEvent]:
    """StoredEvents of the rows of a `_page_statement` with `shown`: its fields, links and sources."""
    events = []
    for row in cast("Iterable[tuple[object, ...]]", conn.execute(statement, parameters).all()):
        links = cast("list[_JsonLink] | None", row[-2]) or []
        sources = cast("list[_JsonSource] | None", row[-1]) or []
        events.append(
            _stored_event(
                cast("_EventFields", tuple(row[:-2])),
                [EventEntity(name, type_, role) for name, type_, role in links],
                [_json_source(*source) for source in sources],
            )
        )
    return events


def _json_source(
    article_id: str,
    source: str,
    title: str,
    pub_date: str,
    estimated: bool,
    sentence: str,
    summary: str,
    start: int,
    end: int,
    date_text: str | None,
    status: str,
) -> Source:
    """A Source from its `_DETAILS_JSON` array (the publication date as ISO text)."""
    return Source(
        article_id, source, title, _day(pub_date), estimated, sentence, summary, start, end, date_text, status
    )


def _with_details(conn: Connection, rows: list[_EventFields], shown: int) -> list[StoredEvent]:
    """StoredEvents of these `events` rows, in their order, with their links and first sources."""
    links: dict[int, list[EventEntity]] = collections.defaultdict(list)
    sources: dict[int, list[Source]] = collections.defaultdict(list)
    shared: dict[tuple[str, str, str], EventEntity] = {}  # a page's events share most links
    sqlite = conn.dialect.name == "sqlite"
    sql = (_WHOLE_DETAILS_SQL if whole_summaries(conn) else DETAILS_SQL)["sqlite" if sqlite else "postgresql"]
    for chunk in in_chunks(rows):
        ids = [row[0] for row in chunk]
        values: dict[str, object] = {"ids": json.dumps(ids) if sqlite else ids, "shown": shown}
        for detail in cast("Iterable[_DetailRow]", driver_rows(conn, sql, values)):
            _DETAIL_TEXT_CHECKS[detail[0]](detail)
            _DETAIL_NUMBER_CHECKS[detail[0]](detail)
            if detail[0] == _LINK:
                key = (detail[3], detail[4], detail[5])
                link = shared.get(key)
                if link is None:
                    link = shared[key] = EventEntity(*key)
                links[detail[1]].append(link)
            else:
                sources[detail[1]].append(
                    Source(
                        detail[3],
                        detail[4],
                        detail[5],
                        _day(detail[6]),
                        bool(detail[7]),
                        detail[8],
                        detail[9],
                        detail[10],
                        detail[11],
                        detail[12],
                        detail[13],
                    )
                )
    return [_stored_event(row, links[row[0]], sources[row[0]]) for row in rows]


_DetailRow = tuple[
    int, int, int, str, str, str, _dt.date | str, bool | int, str, str, int, int, str | None, str
]
"""A row of `DETAILS_SQL` as the driver gives it (SQLite: dates as ISO text, booleans as 0/1)."""


def _day(value: object) -> _dt.date:
    """A date read by the driver: SQLite gives the ISO text SQLAlchemy stored."""
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:  # a damaged file, or an edit by hand
            pass
    raise damaged_date(value)  # or a number, a BLOB


def load_sources(conn: Connection, event_id: int, offset: int, limit: int) -> list[Source]:
    """Sources `offset`..`offset + limit` of one event, in the order they came."""
    found = _sources(
        conn, _SOURCE_PAGE[whole_summaries(conn)], {"event_id": event_id, "offset": offset, "limit": limit}
    )
    return [source for _, source in found]


def entity_report(conn: Connection, entity_ids: list[int], *, last: bool) -> Source | None:
    """The first (or last) report, by publication date then ingestion, of any event of these entities."""
    order = (ArticleRow.pub_date, ArticleRow.seq, SourceRow.id)
    query = _with_source_details(
        _source_select(whole_summaries(conn))
        .select_from(EntityTimelineRow)
        .join(SourceRow, SourceRow.event_id == EntityTimelineRow.event_id)
        .where(EntityTimelineRow.entity_id.in_(entity_ids)),
        *(column.desc() for column in order) if last else order,
    ).limit(1)
    found = _sources(conn, query, {})
    return found[0][1] if found else None


def event_exists(conn: Connection, event_id: int) -> bool:
    """Whether an event of this id is stored: tells an unknown id from an empty page of sources."""
    return conn.scalar(select(EventRow.id).where(EventRow.id == event_id)) is not None


def _stored_event(row: _EventFields, links: list[EventEntity], sources: list[Source]) -> StoredEvent:
    (
        event_id,
        type_,
        trigger,
        status,
        start,
        end,
        grain,
        value,
        mod,
        kind,
        date_text,
        summary,
        confidence,
        planned_start,
        planned_end,
        planned_value,
        merge_note,
        source_count,
        merge_count,
        report_date,
    ) = row
    return StoredEvent(
        event_id,
        type_,
        trigger,
        status,
        start,
        end,
        grain,
        value,
        mod,
        kind,
        date_text,
        summary,
        tuple(links),
        tuple(sources),
        confidence,
        planned_start,
        planned_end,
        planned_value,
        merge_note,
        source_count,
        merge_count,
        report_date,
    )


def load_entities(conn: Connection, ids: Sequence[int]) -> list[StoredEntity]:
    """StoredEntities of `ids` (in that order), with aliases and event counts."""
    rows: dict[int, _EntityRecord] = {}
    aliases: dict[int, list[str]] = collections.defaultdict(list)
    counts: dict[int, int] = {}
    for chunk in in_chunks(ids):
        rows.update((row.id, row) for row in _entity_records(conn, chunk))
        for entity_id, alias in conn.execute(
            select(AliasRow.entity_id, AliasRow.alias)
            .where(AliasRow.entity_id.in_(chunk))
            .order_by(AliasRow.alias)
        ):
            aliases[entity_id].append(alias)
        for entity_id, count in conn.execute(
            select(EntityTimelineRow.entity_id, func.count())
            .where(EntityTimelineRow.entity_id.in_(chunk))
            .group_by(EntityTimelineRow.entity_id)
        ):
            counts[entity_id] = count
    return [
        StoredEntity(
            id=row.id,
            name=row.name,
            type=row.type,
            aliases=tuple(
                alias for alias in aliases[row.id] if normalise_text(alias) != normalise_text(row.name)
            ),
            affiliation=row.affiliation,
            event_count=counts.get(row.id, 0),
            mention_count=row.mention_count,
        )
        for row in (rows[i] for i in ids if i in rows)
    ]


def find_entity_ids(conn: Connection, type_: str | None, text: str | None) -> list[int]:
    """Entity ids, by name, of a type and/or whose name or an alias contains `text` (ASCII letters
    in either case, other characters as written: on SQLite and PostgreSQL alike, as `LIKE` is on
    SQLite)."""
    query = (
        select(EntityRow.id)
        .where(EntityRow.folded_into.is_(None))
        .order_by(EntityRow.name, EntityRow.type, EntityRow.id)
    )
    if type_ is not None:
        query = query.where(EntityRow.type == type_)
    if text is not None:
        check_query_text(text, "query")
        patterns = [
            "%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            for form in sorted({_ascii_lower(text), _ascii_lower(normalise_text(text))})
        ]
        alias = _alias_ascii_small(conn.dialect.name)
        matching = select(AliasRow.entity_id).where(
            or_(*(alias.like(pattern, escape="\\") for pattern in patterns))
        )
        query = query.where(EntityRow.id.in_(matching))
    return list(conn.scalars(query))


_ASCII_CASES = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
"""ASCII's capitals and small letters, in step: the letters SQLite's `LIKE` takes in either case."""


def _ascii_lower(text: str) -> str:
    """`text` with its ASCII capitals small, other characters as they are.

    >>> _ascii_lower("OpenAI ÉΑ")
    'openai ÉΑ'
    """
    return text.translate(str.maketrans(*_ASCII_CASES))


def _alias_ascii_small(dialect: str) -> ColumnElement[str]:
    """The alias column as a query's `LIKE` compares it: as it is on SQLite (its `LIKE` takes ASCII
    letters in either case), its ASCII capitals made small on PostgreSQL (whose `LIKE` takes each
    letter as written, and `ILIKE` or `lower()` other letters too, by the server's locale)."""
    if dialect == "sqlite":
        return cast("ColumnElement[str]", AliasRow.alias)
    return cast("ColumnElement[str]", func.translate(AliasRow.alias, *_ASCII_CASES))


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


class StoredArticle(NamedTuple):
    """What the store holds of an article, to tell a duplicate from a correction."""

    id: str
    text_hash: str
    pub_date: _dt.date
    source: str
    title: str


_STORED_ARTICLES = select(
    ArticleRow.id, ArticleRow.text_hash, ArticleRow.pub_date, ArticleRow.source, ArticleRow.title
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
    for row in _copy_rows(conn, article_ids):
        by_id.setdefault(row[0], StoredArticle(*row))
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
) -> Iterator[tuple[str, str, _dt.date, str, str]]:
    """The rows (id, text hash, pub date, source, title) of the articles having one of these ids or
    text hashes: two array statements on PostgreSQL (psycopg parses an IN list of 500 in ~10 ms),
    chunked IN lists elsewhere. A row may come twice; the caller keys them."""
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


def counts(conn: Connection) -> dict[str, int]:
    """Row counts of the main tables."""
    return {
        "articles": conn.scalar(select(func.count()).select_from(ArticleRow)) or 0,
        "events": conn.scalar(select(func.count()).select_from(EventRow)) or 0,
        "entities": conn.scalar(
            select(func.count()).select_from(EntityRow).where(EntityRow.folded_into.is_(None))
        )
        or 0,
        "sources": conn.scalar(select(func.count()).select_from(SourceRow)) or 0,
    }
