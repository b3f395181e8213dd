"""Read side of the store: events read back as domain objects, a page of them at a time.

Its other parts: the filters parsed and checked (`query_filters`), which events a listing holds
in timeline order (`query_timeline`), entities (`query_entities`) and articles
(`query_articles`) read back.

Every list query first selects a page of event ids through an index (`entity_timeline` for an
entity, `events` by start date for all events or a window) and only then loads those events, their
entities and their first sources (a bounded index range per event), so the cost follows the size
of the answer, not the number of reprints. A milestones page is two statements: the page joined
to `events` (`milestone_events`), then its links and first sources (`DETAILS_SQL`).
Statements are built once and run with bound parameters.
"""

from __future__ import annotations

import collections
import datetime as _dt
import itertools
import json
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeAlias, Unpack, cast

import attrs
from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Connection,
    Date,
    Executable,
    Integer,
    Select,
    bindparam,
    column,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import QueryableAttribute, aliased

from timeline._typed import cached
from timeline.model import EventEntity, Source, StoredEvent

from .chunks import in_chunks
from .driver import driver_rows, statement_rows
from .orm import (
    SOURCE_SUMMARY_SQL,
    WHOLE_SUMMARIES,
    ArticleRow,
    EntityRow,
    EntityTimelineRow,
    EventRow,
    SourceRow,
    StoredText,
    TextRow,
    damaged_date,
    damaged_text,
    source_summary,
)
from .query_entities import still_named
from .query_filters import MilestoneFilter
from .query_timeline import (
    as_subquery,
    columns_of,
    max_span_days,
    milestone_query,
    searched_ids,
    undated_query,
    walk_statement,
)

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
    from .query_timeline import MilestoneSelect, UndatedSelect

    _SourceSelect: TypeAlias = "Select[Unpack[tuple[object, ...]]]"
    _Order: TypeAlias = "ColumnElement[object] | QueryableAttribute[object]"


def _source_select(whole: bool) -> _SourceSelect:
    """SELECT `_SOURCE_COLUMNS`: more columns than `select()`'s typed overloads take, so typed here;
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


LINKS_SQL = {
    "sqlite": """
SELECT link.event_id, link.position, entity.name, entity.type, link.role
FROM json_each(:ids) AS page
JOIN event_entities AS link ON link.event_id = page.value
JOIN entities AS entity ON entity.id = link.entity_id
ORDER BY link.event_id, link.position
""",
    "postgresql": """
SELECT link.event_id, link.position, entity.name, entity.type, link.role
FROM event_entities AS link JOIN entities AS entity ON entity.id = link.entity_id
WHERE link.event_id = ANY(%(ids)s)
ORDER BY link.event_id, link.position
""",
}
"""The entity links of the events `ids` (distinct), by dialect: event id, position, name, type, role;
in that order (a sort of small rows, done by the database: it orders positions of any type)."""
_FIRST_SOURCES_SQL = """
SELECT source.event_id, source.id, article.id, article.source, article.title, article.pub_date,
       article.pub_date_estimated, sentence.body, {{summary}}, source.start_char, source.end_char,
       date_text.body, source.status
FROM {first_sources}
JOIN articles AS article ON article.seq = source.article_seq
JOIN texts AS sentence ON sentence.id = source.sentence_id
JOIN texts AS summary ON summary.id = source.summary_id
LEFT JOIN texts AS date_text ON date_text.id = source.date_text_id
{among_ids}
"""
_FIRST_SOURCES_BY_DIALECT = {
    "sqlite": _FIRST_SOURCES_SQL.format(
        first_sources="""json_each(:ids) AS page JOIN sources AS source
    ON source.event_id = page.value AND source.id <= coalesce((
        SELECT nth.id FROM sources AS nth WHERE nth.event_id = page.value
        ORDER BY nth.id LIMIT 1 OFFSET :shown - 1), 9223372036854775807)""",
        among_ids="",
    ),
    "postgresql": _FIRST_SOURCES_SQL.format(
        first_sources="""events AS event CROSS JOIN LATERAL (
    SELECT * FROM sources AS earliest WHERE earliest.event_id = event.id
    ORDER BY earliest.id LIMIT %(shown)s) AS source""",
        among_ids="WHERE event.id = ANY(%(ids)s)",
    ),
}
FIRST_SOURCES_SQL = {
    dialect: sql.format(summary=SOURCE_SUMMARY_SQL) for dialect, sql in _FIRST_SOURCES_BY_DIALECT.items()
}
"""The first `shown` sources of the events `ids` (distinct), by dialect: event id, source id, then
a Source's fields.

The ids go as one JSON array (SQLite) or array (PostgreSQL), so the SQL is the same for any page
and PostgreSQL keeps it prepared (`shown` at least 1). The first sources are an index range per
event: SQLite's of `ix_sources_event_rows` up to the event's `shown`-th source id (that index
holds the columns read: no row is looked up), PostgreSQL's of `ix_sources_event` through LATERAL
(it would run an IN subquery against every source), which reads the rows themselves: `sources`
has no primary key there (`orm.WRITER_KEYED_TABLES`) to find a row by its id. SQLite walks the
JSON array itself (a fifth less time than `IN (SELECT value FROM json_each(...))`, which builds a
temporary index of the ids). The statement does not sort: a sort in the database carries every
column of every row, where Python orders the tuples by their first two (`_with_details`).
"""
_WHOLE_FIRST_SOURCES_SQL = {
    dialect: sql.format(summary="summary.body") for dialect, sql in _FIRST_SOURCES_BY_DIALECT.items()
}
"""`FIRST_SOURCES_SQL` for a store older than `orm.SUMMARY_PARTS_VERSION` (`whole_summaries`)."""

_TEXT_OR_NULL: frozenset[type[object]] = frozenset((str, type(None)))
_type_of: Callable[[object], type[object]] = type


_NUMBER_OR_NULL: frozenset[type[object]] = frozenset((int, float, type(None)))


def _text_check(
    named: Sequence[tuple[int, str]], allowed: frozenset[type[object]] = _TEXT_OR_NULL
) -> Callable[[Sequence[Sequence[object]]], None]:
    """A check that the columns at these positions of a driver's rows hold text or NULL, as
    `orm.StoredText` checks SQLAlchemy's: one type() per value, all rows' values at once, taken
    in C. With `allowed` `_NUMBER_OR_NULL`, that they hold numbers (a BLOB there, a damaged file,
    reached the JSON export: 'Object of type bytes is not JSON serializable')."""
    positions = [index for index, _ in named]
    # itemgetter gives a tuple of two positions or more, but the value itself of one: asked twice.
    taken = positions * 2 if len(positions) == 1 else positions
    values: Callable[[Sequence[object]], Iterable[object]] = operator.itemgetter(*taken)

    def check(rows: Sequence[Sequence[object]]) -> None:
        if allowed.issuperset(map(_type_of, itertools.chain.from_iterable(map(values, rows)))):
            return
        name, value = next(
            (name, row[at]) for row in rows for at, name in named if _type_of(row[at]) not in allowed
        )
        raise damaged_text(name, value, "text" if allowed is _TEXT_OR_NULL else "number")

    return check


_check_link_texts = _text_check([(2, "entities.name"), (3, "entities.type"), (4, "event_entities.role")])
_check_source_texts = _text_check(
    [
        (2, "articles.id"),
        (3, "articles.source"),
        (4, "articles.title"),
        (7, "texts.body"),
        (8, "texts.body"),
        (11, "texts.body"),
        (12, "sources.status"),
    ]
)
_check_source_numbers = _text_check([(9, "sources.start_char"), (10, "sources.end_char")], _NUMBER_OR_NULL)
"""Checks of the text and number columns of the rows of `LINKS_SQL` and `FIRST_SOURCES_SQL`."""


_SOURCE_PAGE = {
    whole: _with_source_details(
        _source_select(whole)
        .where(SourceRow.event_id == bindparam("event_id"))
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    )
    for whole in (False, True)
}


if TYPE_CHECKING:  # Select's type parameters differ between SQLAlchemy 2.0 and 2.1
    _PageIds = (
        Select[int, _dt.date | None, _dt.date | None] | CompoundSelect[int, _dt.date | None, _dt.date | None]
    )


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
        halves.append(select(_PAGE_EVENT_ID, _PAGE_FIRST_DAY, _PAGE_LAST_DAY).select_from(as_subquery(walk)))
    page = halves[0] if len(halves) == 1 else union_all(*halves)
    query = (
        select(*_EVENT_FIELDS)
        .join_from(as_subquery(page, "page"), EventRow, EventRow.id == _PAGE_EVENT_ID)
        .order_by(_PAGE_FIRST_DAY, _PAGE_LAST_DAY, _PAGE_EVENT_ID)
        .limit(wanted.limit)
        .offset(wanted.offset)
    )
    return query, params


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
        _check_event_texts(rows)
        _check_event_numbers(rows)
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
"""Checks the text columns of rows of `_EVENT_FIELDS`."""
_check_event_numbers = _text_check(
    [(12, "events.confidence"), (17, "events.source_count"), (18, "events.merge_count")], _NUMBER_OR_NULL
)
"""Checks the number columns of rows of `_EVENT_FIELDS` but their ids."""


def _with_dates(row: tuple[object, ...]) -> tuple[object, ...]:
    """A row of `_EVENT_FIELDS` as SQLite's driver gives it, its dates read from their ISO text."""
    fields = list(row)
    for index in _DATE_FIELDS:
        value = fields[index]
        if value is not None:
            fields[index] = _day(value)
    return tuple(fields)


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
            return load_events(conn, searched_ids(conn, wanted), shown)
        statement, params = _searched_page_statement(conn, wanted)
        return _with_details(conn, _event_fields(conn, statement, params), shown)
    span = max_span_days(conn) if wanted.since is not None else 0
    page_end = None if wanted.limit is None else wanted.offset + wanted.limit
    whole = attrs.evolve(wanted, limit=page_end, offset=0)
    dated, params = milestone_query(whole, span)
    undated = None
    if not wanted.dated_only:
        undated, more = undated_query(whole)
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
    dated: MilestoneSelect,
    undated: UndatedSelect | None,
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
    ).select_from(as_subquery(dated, "dated"))
    if undated is not None:
        report = column("report_date", Date)
        page = union_all(page, select(event_id, report, report).select_from(as_subquery(undated, "undated")))
    query = (
        select(*_EVENT_FIELDS)
        .join_from(as_subquery(page, "page"), EventRow, EventRow.id == _PAGE_EVENT_ID)
        .order_by(_PAGE_FIRST_DAY, _PAGE_LAST_DAY, _PAGE_EVENT_ID)
    )
    if limited:
        query = query.limit(bindparam("page_limit", type_=Integer))
    if offset:
        query = query.offset(bindparam("page_offset", type_=Integer))
    if shown < 0:
        return query
    page_rows = as_subquery(query.add_columns(_PAGE_FIRST_DAY, _PAGE_LAST_DAY), "page_rows")
    *fields, first_day, last_day = columns_of(page_rows)
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
    dialect = conn.dialect.name
    sqlite = dialect == "sqlite"
    sources_sql = (_WHOLE_FIRST_SOURCES_SQL if whole_summaries(conn) else FIRST_SOURCES_SQL)[dialect]
    for chunk in in_chunks(rows):
        ids = list(dict.fromkeys([row[0] for row in chunk], True))  # each event's links and sources once
        values: dict[str, object] = {"ids": json.dumps(ids) if sqlite else ids, "shown": shown}
        link_rows = cast("list[_LinkRow]", driver_rows(conn, LINKS_SQL[dialect], values))
        _check_link_texts(link_rows)
        for event_id, _, name, type_, role in link_rows:
            key = (name, type_, role)
            link = shared.get(key)
            if link is None:
                link = shared[key] = EventEntity(*key)
            links[event_id].append(link)
        if shown < 1:
            continue
        source_rows = cast("list[_SourceRow]", driver_rows(conn, sources_sql, values))
        _check_source_texts(source_rows)
        _check_source_numbers(source_rows)
        source_rows.sort(key=_EVENT_AND_SOURCE)
        for (
            event_id,
            _,
            article_id,
            outlet,
            title,
            day,
            estimated,
            sentence,
            summary,
            start,
            end,
            date_text,
            status,
        ) in source_rows:
            sources[event_id].append(
                Source(
                    article_id,
                    outlet,
                    title,
                    _day(day),
                    bool(estimated),
                    sentence,
                    summary,
                    start,
                    end,
                    date_text,
                    status,
                )
            )
    return [_stored_event(row, links[row[0]], sources[row[0]]) for row in rows]


_EVENT_AND_SOURCE = operator.itemgetter(0, 1)
"""The order of the rows of `FIRST_SOURCES_SQL`: event, source id (integers whatever the file holds:
the ids the statement matched, a row's own)."""
_LinkRow = tuple[int, int, str, str, str]
_SourceRow = tuple[int, int, str, str, str, _dt.date | str, bool | int, str, str, int, int, str | None, str]
"""Rows of `LINKS_SQL` and `FIRST_SOURCES_SQL` as the driver gives them (SQLite: dates as ISO
text, booleans as 0/1)."""


_date_of_iso_text = _dt.date.fromisoformat


def _day(value: object) -> _dt.date:
    """A date read by the driver: SQLite gives the ISO text SQLAlchemy stored (tried first: a page
    of 20 events reads some 80 dates; `_with_dates` of its rows took 36 us with the date tried
    first and the method looked up at each call, 16 us so)."""
    if type(value) is str:
        try:
            return _date_of_iso_text(value)
        except ValueError:  # a damaged file, or an edit by hand
            pass
    elif isinstance(value, _dt.date):
        return value
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


def counts(conn: Connection) -> dict[str, int]:
    """Row counts of the main tables."""
    return {
        "articles": conn.scalar(select(func.count()).select_from(ArticleRow)) or 0,
        "events": conn.scalar(select(func.count()).select_from(EventRow)) or 0,
        "entities": conn.scalar(
            select(func.count())
            .select_from(EntityRow)
            .where(EntityRow.folded_into.is_(None), still_named(conn))
        )
        or 0,
        "sources": conn.scalar(select(func.count()).select_from(SourceRow)) or 0,
    }
