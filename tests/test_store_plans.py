"""The two main queries are ordered index range scans, on SQLite and on PostgreSQL.

"Events of entity X ordered by date" walks `ix_entity_timeline_order`; "events in [a, b]"
walks `ix_events_window`. Neither may sort the whole table (SQLite: no "TEMP B-TREE FOR ORDER
BY"; PostgreSQL: no Sort node), so a page costs what it returns, not what the store holds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine

from timeline import Timeline
from timeline._store.query_filters import MilestoneFilter
from timeline._store.query_timeline import milestone_query


@pytest.fixture
def plan(store_url, build):
    """explain(query) -> the database's plan of a milestone query, over a store of 600 events."""
    extractions = []
    for number in range(200):
        article = build.article(f"第{number}篇报道。", "2026-01-30")
        start = dt.date(2020, 1, 1) + dt.timedelta(days=7 * number)
        events = [
            build.event(
                article,
                f"{name}第{number}次开业",
                subject=(name, "company"),
                date=build.date(start.isoformat(), start.isoformat(), start.isoformat(), "day"),
            )
            for name in ("甲公司", "乙公司", "丙公司")
        ]
        extractions.append(build.extraction(article, *events))
    with Timeline(store_url) as store:
        store.ingest_many(extractions)
        entity_id = store.entity("乙公司").id
    engine = create_engine(store_url)

    def explain(wanted: MilestoneFilter) -> str:
        statement, params = milestone_query(wanted, max_span_days=0)
        compiled = statement.params(params).compile(
            dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
        )
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                params = tuple(
                    value.isoformat() if isinstance(value, dt.date) else value
                    for value in (compiled.params[name] for name in compiled.positiontup or ())
                )
                rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, params)
                return "\n".join(str(row[-1]) for row in rows)
            connection.exec_driver_sql("ANALYZE")
            # On tables this small a scan plus a sort is cheapest; discourage both (they stay
            # possible, only costed high) to show that the index serves the query in order.
            for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
                connection.exec_driver_sql(f"SET {setting} = off")
            rows = connection.exec_driver_sql("EXPLAIN " + compiled.string, compiled.params)
            return "\n".join(row[0] for row in rows)

    explain.entity_id = entity_id  # type: ignore[attr-defined]
    yield explain
    engine.dispose()


def _assert_ordered_index_scan(plan_text: str, index: str) -> None:
    assert index in plan_text, plan_text
    assert "TEMP B-TREE" not in plan_text, plan_text  # SQLite sorting
    assert "Sort" not in plan_text, plan_text  # PostgreSQL sorting
    assert "SCAN events" not in plan_text and "Seq Scan" not in plan_text, plan_text


def test_entity_timeline_is_an_index_scan(plan):
    wanted = MilestoneFilter(entities=[plan.entity_id], limit=20)
    _assert_ordered_index_scan(plan(wanted), "ix_entity_timeline_order")


def test_entity_timeline_in_a_window_is_an_index_scan(plan):
    wanted = MilestoneFilter(
        entities=[plan.entity_id], since=dt.date(2021, 1, 1), until=dt.date(2021, 12, 31)
    )
    _assert_ordered_index_scan(plan(wanted), "ix_entity_timeline_order")


def test_date_window_is_two_index_scans_cut_at_the_page(plan):
    """Short and long events are read apart, each an index range cut at the page end (LIMIT in
    each half); only those two pages are merged, so no sort ever covers the table."""
    wanted = MilestoneFilter(since=dt.date(2021, 1, 1), until=dt.date(2021, 3, 31), limit=50)
    plan_text = plan(wanted)
    # Short events are read from the index of every event, long ones from theirs (partial).
    assert plan_text.count("ix_events_window") == 1, plan_text
    assert plan_text.count("ix_events_long") == 1, plan_text
    assert "SCAN events" not in plan_text and "Seq Scan" not in plan_text, plan_text


def test_all_milestones_page_is_an_index_scan(plan):
    _assert_ordered_index_scan(plan(MilestoneFilter(limit=10, offset=10)), "ix_events_window")


def test_first_sources_of_a_page_are_an_index_range_per_event(store_url, build):
    """A page's events get their first sources from `ix_sources_event`, never a scan of `sources`;
    on SQLite from `ix_sources_event_rows` alone, which holds the columns read (schema 12)."""
    import json

    from timeline._store.queries import FIRST_SOURCES_SQL

    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    copies = []
    for number in range(30):
        article = build.article(f"重庆实验室揭牌。第{number}报", "2025-12-21")
        copies.append(build.extraction(article, build.event(article, "重庆实验室揭牌", date=day)))
    with Timeline(store_url) as store:
        store.ingest_many(copies)
        (event,) = store.milestones()
    engine = create_engine(store_url)
    sqlite = engine.dialect.name == "sqlite"
    sql = FIRST_SOURCES_SQL[engine.dialect.name]
    params = {"ids": json.dumps([event.id]) if sqlite else [event.id], "shown": 10}
    with engine.connect() as connection:
        if sqlite:
            plan_text = "\n".join(
                str(row[-1]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
            assert "SCAN source" not in plan_text and "SCAN nth" not in plan_text, plan_text
            assert "SEARCH source USING COVERING INDEX ix_sources_event_rows" in plan_text, plan_text
        else:
            connection.exec_driver_sql("ANALYZE")
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan_text = "\n".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + sql, params))
            assert "Seq Scan on sources" not in plan_text, plan_text
    engine.dispose()
    assert "ix_sources_event" in plan_text, plan_text
