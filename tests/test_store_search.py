"""Full-text query results keep the timeline's order and page like `milestones` without a query.

`milestones(query=…)` sorts the matches of a rare query and walks the timeline checking each
event's search text for a common one (PostgreSQL's planner chooses; on SQLite the walk's steps
and `SORTED_MATCHES` do). Every way must give the same pages: every event whose summary or a
reporting sentence holds every word, in timeline order
(start, or report date for an undated event; then end; then id), cut by offset and limit, under
every other filter. The expected pages are computed here from the unfiltered listing by checking
the words in each event's summary and sentences.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
import warnings

import attrs
import pytest
from conftest import PG_URL_VARIABLE

from timeline import SearchIndexWarning, Timeline
from timeline._store import queries, query_filters, query_timeline, search
from timeline.model import Entity

SUBJECTS = ("甲公司", "乙公司", "丙公司", "丁公司")
WORDS = ("加氢站建成", "加氢站签约", "产业园开工", "加氢站开工")
TYPES = ("opening", "signing", "construction", "approval")


def _corpus(build):
    """120 events over 2020-2025 (one in five undated, placed by its report date; one in six a
    month), several sharing a start day; 加氢站 in most summaries, 氢能 only in some sentences."""
    extractions = []
    for number in range(120):
        subject = SUBJECTS[number % len(SUBJECTS)]
        published = dt.date(2020, 1, 1) + dt.timedelta(days=17 * number)
        extra = "，氢能车辆同日上路" if number % 7 == 0 else ""
        summary = f"{subject}{WORDS[number % len(WORDS)]}{number}号"
        article = build.article(f"{summary}{extra}。", published.isoformat())
        if number % 5 == 0:
            date = None
        elif number % 6 == 0:
            first = published.replace(day=1)
            last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
            date = build.date(f"{first:%Y-%m}", first.isoformat(), last.isoformat(), "month")
        else:
            start = published - dt.timedelta(days=number % 3)  # neighbours share start days
            date = build.date(start.isoformat(), start.isoformat(), start.isoformat(), "day")
        event = build.event(
            article,
            summary,
            subject=(subject, "company"),
            type=TYPES[(number // len(SUBJECTS)) % len(TYPES)],
            status="planned" if number % 9 == 0 else "occurred",
            date=date,
        )
        extractions.append(build.extraction(article, event, entities=(Entity(subject, "company"),)))
    return extractions


@pytest.fixture
def tl(store_url, build):
    with Timeline(store_url) as store:
        store.ingest_many(_corpus(build))
        yield store


def _place(event):
    start = event.start if event.start is not None else event.report_date
    end = event.end if event.end is not None else event.report_date
    return (start, end, event.id)


def _holds(event, query):
    text = "\n".join([event.summary, *(source.sentence for source in event.sources)])
    return all(word in text for word in query.split())


FILTERS = [
    {},
    {"dated_only": True},
    {"types": "signing"},
    {"types": ["opening", "approval"], "status": "occurred"},
    {"since": "2021-06", "until": "2023"},
    {"entity": "乙公司"},
    {"entity": "丙公司", "since": "2022"},
]
PAGES = [(None, 0), (5, 0), (7, 3), (10, 20), (4, 200)]
QUERIES = ["加氢站", "加氢站 开工", "氢能", "产业园", "建成", "火星"]


WAYS = {
    "sorted": {},
    # Any query with more than two matches walks the timeline, in steps of a few events.
    "walked": {"SORTED_MATCHES": 2, "_WALK_FIRST_MIN": 1, "_WALK_PER_MATCH": 1, "_WALK_GROWTH": 2},
}


def _spy_on_paths(monkeypatch):
    """Counts of the walk's steps, of sorted match lists and of PostgreSQL's one-statement pages,
    as `milestones` runs them."""
    taken = {"walk": 0, "sorted": 0, "page": 0}
    paths = {
        (query_timeline, "_walk_step"): "walk",
        (query_timeline, "_sorted_matches"): "sorted",
        (queries, "_searched_page_statement"): "page",
    }
    for (module, name), path in paths.items():
        original = getattr(module, name)

        def counted(*args, _original=original, _path=path, **kwargs):
            taken[_path] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    return taken


@pytest.mark.parametrize("way", list(WAYS))
def test_query_pages_are_the_timeline_pages_of_the_matching_events(tl, store_url, monkeypatch, way):
    for name, value in WAYS[way].items():
        monkeypatch.setattr(query_timeline, name, value)
    taken = _spy_on_paths(monkeypatch)
    listing = tl.milestones()
    assert len(listing) == 120
    assert [_place(e) for e in listing] == sorted(_place(e) for e in listing)
    for filters in FILTERS:
        expected_all = [e.id for e in tl.milestones(**filters)]
        for query in QUERIES:
            matching = {e.id for e in listing if _holds(e, query)}
            wanted = [i for i in expected_all if i in matching]
            for limit, offset in PAGES:
                got = [e.id for e in tl.milestones(query=query, limit=limit, offset=offset, **filters)]
                end = None if limit is None else offset + limit
                assert got == wanted[offset:end], (query, filters, limit, offset)
    assert taken["sorted"]  # a page without a limit is always sorted
    if store_url.startswith("postgresql"):  # its planner chooses within one statement a page
        assert taken["page"] == len(FILTERS) * len(QUERIES) * (len(PAGES) - 1) and not taken["walk"]
    elif way == "walked":
        assert taken["walk"] > 2 * len(FILTERS) * len(QUERIES) * (len(PAGES) - 1)  # steps after the first
    else:
        assert not taken["walk"]


def test_a_common_word_pages_through_every_match_once(tl, monkeypatch):
    """Consecutive pages of a walked query join up: no event repeated, none skipped."""
    monkeypatch.setattr(query_timeline, "SORTED_MATCHES", 2)
    monkeypatch.setattr(query_timeline, "_WALK_FIRST_MIN", 1)
    monkeypatch.setattr(query_timeline, "_WALK_PER_MATCH", 1)
    pages = []
    for offset in range(0, 120, 9):
        pages.extend(e.id for e in tl.milestones(query="加氢站", limit=9, offset=offset))
    everything = [e.id for e in tl.milestones(query="加氢站")]
    assert pages == everything
    assert len(everything) == 90  # three of the four summary words hold 加氢站


def _postgres_admin(store_url):
    if not store_url.startswith("postgresql"):
        pytest.skip("pg_trgm is PostgreSQL's")
    from sqlalchemy import create_engine

    return create_engine(os.environ[PG_URL_VARIABLE])


def _has_trigram_index(store_url):
    from sqlalchemy import create_engine, text

    engine = create_engine(store_url)
    with engine.connect() as connection:
        found = connection.scalar(
            text(
                "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                "AND indexname = 'ix_event_search_trgm'"
            )
        )
    engine.dispose()
    return found == 1


def test_pg_trgm_installed_in_another_schema_still_indexes_the_store(store_url, build):
    """The extension lives in a schema that is not on the store's search path: its operator
    class is named with that schema, so the store gets its trigram index all the same."""
    from sqlalchemy import text

    admin = _postgres_admin(store_url)
    home = f"trgm_{uuid.uuid4().hex[:10]}"
    with admin.begin() as connection:
        installed = connection.scalar(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"))
        if not installed:
            connection.execute(text(f'CREATE SCHEMA "{home}"'))
            connection.execute(text(f'CREATE EXTENSION pg_trgm SCHEMA "{home}"'))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", SearchIndexWarning)
            with Timeline(store_url) as store:
                store.ingest_many(_corpus(build)[:10])
                assert [e.summary for e in store.milestones(query="开工6号")] == ["丙公司产业园开工6号"]
        assert _has_trigram_index(store_url)
    finally:
        if not installed:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{home}" CASCADE'))
        admin.dispose()


def test_a_store_without_pg_trgm_warns_and_still_searches(store_url, build, monkeypatch):
    """When the extension cannot be had, the store says so (SearchIndexWarning) and scans."""
    _postgres_admin(store_url).dispose()
    monkeypatch.setattr(search, "_PG_TRGM_SCHEMA", "SELECT NULL::text")
    monkeypatch.setattr(search, "_PG_TRGM_CREATE", "CREATE EXTENSION timeline_no_such_extension")
    with pytest.warns(SearchIndexWarning, match="not indexed.*timeline_no_such_extension"):
        store = Timeline(store_url)
    with store:
        store.ingest_many(_corpus(build)[:10])
        assert [e.summary for e in store.milestones(query="开工6号")] == ["丙公司产业园开工6号"]
    assert not _has_trigram_index(store_url)


def test_a_database_whose_ctype_hides_chinese_from_pg_trgm_warns(store_url, monkeypatch):
    """Under LC_CTYPE C, pg_trgm sees no trigram in Chinese text: the index cannot serve a query.
    (Punctuation stands in for Chinese here: it has no trigrams under any LC_CTYPE.)"""
    _postgres_admin(store_url).dispose()
    monkeypatch.setattr(search, "_CJK_SAMPLE", "。，")
    with pytest.warns(SearchIndexWarning, match="LC_CTYPE"):
        Timeline(store_url).close()


def _explain(store_url, statement):
    """The database's plan of `statement` (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN with
    scans and sorts costed high, as tables this small would otherwise be read whole)."""
    from sqlalchemy import create_engine

    engine = create_engine(store_url)
    sql = str(
        statement.compile(
            dialect=engine.dialect, compile_kwargs={"literal_binds": True, "render_postcompile": True}
        )
    )
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
            plan_text = "\n".join(str(row[-1]) for row in rows)
        else:
            connection.exec_driver_sql("ANALYZE")
            for setting in ("enable_seqscan", "enable_sort"):
                connection.exec_driver_sql(f"SET {setting} = off")
            plan_text = "\n".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + sql))
    engine.dispose()
    return plan_text


@pytest.mark.parametrize("terms", [["加氢站"], ["加氢站", "开工"]], ids=["one word", "with a short word"])
def test_the_first_matches_come_from_the_search_index(tl, store_url, terms):
    dialect = "sqlite" if store_url.startswith("sqlite") else "postgresql"
    plan_text = _explain(store_url, search.matches_statement(dialect, terms, 1001))
    if dialect == "sqlite":
        assert "VIRTUAL TABLE INDEX 0:M" in plan_text, plan_text  # FTS5 answers the MATCH
    else:
        assert "ix_event_search_trgm" in plan_text and "Seq Scan" not in plan_text, plan_text


@pytest.mark.parametrize(
    "filters", [{}, {"entity": "乙公司"}, {"since": "2022"}], ids=["all", "entity", "window"]
)
def test_the_walk_reads_each_events_text_by_its_id(tl, store_url, filters):
    """A step of the walk is the timeline's index scan, each event's text looked up by its id
    (SQLite: FTS5 rowid =, without MATCH, which would read the index for every id; PostgreSQL: the
    primary key), never a scan of the search table nor a sort of the walked events."""
    dialect = "sqlite" if store_url.startswith("sqlite") else "postgresql"
    entities = [tl.entity(filters["entity"]).id] if "entity" in filters else None
    since = dt.date(2022, 1, 1) if "since" in filters else None
    wanted = query_filters.MilestoneFilter(entities=entities, since=since, limit=20, terms=("加氢站",))
    cap = 320 if dialect == "sqlite" else None  # PostgreSQL: the walk its planner may choose
    statement, params = query_timeline.walk_statement(dialect, wanted, True, 31, cap, 20)
    plan_text = _explain(store_url, statement.params(params))
    timeline, timeline_params = query_timeline.milestone_query(attrs.evolve(wanted, terms=(), limit=cap), 31)
    timeline_plan = _explain(store_url, timeline.params(timeline_params))
    sort = "TEMP B-TREE" if dialect == "sqlite" else "Sort  ("
    assert plan_text.count(sort) == timeline_plan.count(sort)  # none added (a window sorts its halves' cuts)
    if dialect == "sqlite":
        assert "VIRTUAL TABLE INDEX 0:=" in plan_text and ":=M" not in plan_text, plan_text
        assert "CO-ROUTINE walk" in plan_text, plan_text
    else:
        assert "event_search_pkey" in plan_text and "Seq Scan" not in plan_text, plan_text


@pytest.mark.parametrize("walk", [False, True], ids=["sorted", "walked"])
def test_latin_letters_match_in_either_case_on_both_paths(store_url, build, monkeypatch, walk):
    if walk:
        monkeypatch.setattr(query_timeline, "SORTED_MATCHES", 1)
    summaries = ("ABB公司新工厂投产", "abb公司签约", "AbB机器人揭牌", "重庆实验室揭牌")
    extractions = []
    for number, summary in enumerate(summaries):
        article = build.article(f"{summary}。", f"2025-0{number + 1}-10")
        day = build.date(f"2025-0{number + 1}-01", f"2025-0{number + 1}-01", f"2025-0{number + 1}-01", "day")
        extractions.append(build.extraction(article, build.event(article, summary, date=day)))
    with Timeline(store_url) as store:
        store.ingest_many(extractions)
        assert [e.summary for e in store.milestones(query="abb", limit=5)] == list(summaries[:3])
        assert [e.summary for e in store.milestones(query="ABB公司", limit=5)] == list(summaries[:2])
        assert [e.summary for e in store.milestones(query="Ab", limit=5)] == list(
            summaries[:3]
        )  # short: scanned


@pytest.mark.parametrize("query", [None, "加氢站", "氢能"])
def test_a_streamed_listing_is_the_listing(tl, monkeypatch, query):
    """`iter_milestones` gives what `milestones` gives, read a few rows at a time (several batches,
    dated and undated events merged as they come), under every filter and page."""
    monkeypatch.setattr(query_timeline, "STREAMED_ROWS", 7)
    for filters in FILTERS:
        for limit, offset in PAGES:
            page = dict(filters, query=query, limit=limit, offset=offset)
            expected = [e.id for e in tl.milestones(**page)]
            assert [e.id for e in tl.iter_milestones(**page)] == expected, page
    everything = list(tl.iter_milestones(query=query))
    assert everything == tl.milestones(query=query)  # whole events: entities and sources too


def test_a_streamed_listing_checks_its_filters_at_once(tl):
    from timeline import QueryFilterError, UnknownEntityError

    with pytest.raises(QueryFilterError):
        tl.iter_milestones(query=" ")
    with pytest.raises(UnknownEntityError):
        tl.iter_milestones(entity="火星公司")
    assert list(tl.iter_milestones(offset=2**40)) == []


@pytest.mark.postgresql
def test_dropping_the_first_stores_schema_keeps_the_other_stores_trigram_index(build):
    """harden23 (low, search silently unindexed): pg_trgm, missing from a database, was created in
    the schema of the first store made there, and the other stores' indexes named its operator
    class there; dropping that store (DROP SCHEMA … CASCADE) dropped the extension and every other
    store's trigram index with it, without a word, and each --query then scanned. The extension
    is created in a schema of its own. Run in a database of its own: pg_trgm must be missing."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(os.environ[PG_URL_VARIABLE])
    name = f"timeline_trgm_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = base.set(database=name)
    try:
        owner = create_engine(database)
        with owner.begin() as connection:
            connection.execute(text("CREATE SCHEMA first_store; CREATE SCHEMA other_store"))
        urls = {
            schema: database.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
                hide_password=False
            )
            for schema in ("first_store", "other_store")
        }
        for url in urls.values():
            with Timeline(url) as store:
                store.ingest_many(_corpus(build)[:10])
        with owner.begin() as connection:
            connection.execute(text("DROP SCHEMA first_store CASCADE"))
        owner.dispose()
        assert _has_trigram_index(urls["other_store"])
        with Timeline(urls["other_store"]) as store:
            assert [e.summary for e in store.milestones(query="开工6号")] == ["丙公司产业园开工6号"]
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
