"""The store's hot reads run on the driver's cursor (timeline/_store/driver.py): the same rows as
SQLAlchemy gives, and the same errors."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from sqlalchemy.exc import DBAPIError

from timeline import Timeline
from timeline._store.driver import _sqlite_compiled, driver_rows, statement_rows
from timeline._store.query_entities import _ENTITY_IDS_BY_NAME
from timeline._store.query_filters import MilestoneFilter
from timeline._store.query_timeline import milestone_query, undated_query
from timeline.errors import StoreError
from timeline.model import Entity, EventEntity


def _as_text(rows):
    """Rows with their dates as ISO text (how SQLite's driver gives them)."""
    return [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in row) for row in rows]


@pytest.fixture
def tl(store_url, build):
    with Timeline(store_url) as timeline:
        for number, (day, name) in enumerate([("2025-12-20", "重庆实验室"), ("2024-03-01", "重庆实验室")]):
            article = build.article(f"{day}，{name}揭牌。第{number}篇。", "2025-12-21")
            dated = build.event(article, f"{name}揭牌", date=build.date(day, day, day, "day", day))
            undated = build.event(article, f"{name}发布成果", type="announcement")
            timeline.ingest(build.extraction(article, dated, undated, entities=(Entity(name, "lab"),)))
        yield timeline


FILTERS = [
    MilestoneFilter(limit=20, offset=1),
    MilestoneFilter(since=dt.date(2024, 1, 1), until=dt.date(2025, 12, 31), limit=50),
    MilestoneFilter(since=dt.date(2025, 1, 1)),
    MilestoneFilter(types=["opening", "announcement"], statuses=["occurred"]),
]


@pytest.mark.parametrize("wanted", FILTERS, ids=["all", "window", "since", "types"])
def test_statement_rows_are_the_rows_sqlalchemy_reads(tl, wanted):
    with tl._read() as conn:
        entity = tl.entity("重庆实验室").id
        for scoped in (wanted, attrs.evolve(wanted, entities=[entity])):
            for statement, params in (milestone_query(scoped, 365), undated_query(scoped)):
                expected = [tuple(row) for row in conn.execute(statement, params)]
                assert expected, scoped
                assert _as_text(statement_rows(conn, statement, params)) == _as_text(expected)


def test_sqlite_runs_a_statement_on_the_driver_unless_an_in_list_is_expanded():
    entity_page, _ = milestone_query(MilestoneFilter(entities=[1], limit=20), 0)
    typed_page, _ = milestone_query(MilestoneFilter(entities=[1], types=["opening"], limit=20), 0)
    sql, names, _defaults = _sqlite_compiled(entity_page)
    assert names[0] == "entity" and sql.count("?") == len(names)
    assert _sqlite_compiled(typed_page) is None
    assert _sqlite_compiled(_ENTITY_IDS_BY_NAME)[1] == ("name", "folded")


def test_a_statement_the_driver_refuses_is_sqlalchemys_error(tl):
    with tl._read() as conn, pytest.raises(DBAPIError, match="no_such_table"):
        driver_rows(conn, "SELECT * FROM no_such_table", ())


def test_a_page_whose_details_fail_is_a_store_error(tl):
    """The page's second statement (links and first sources) fails: the store's own error."""
    assert [e.entities[0] for e in tl.milestones(entity="重庆实验室", dated_only=True)] == [
        EventEntity("重庆实验室", "lab", "subject")
    ] * 2
    with tl._engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE entities RENAME TO entities_gone")
    with pytest.raises(StoreError, match="entities"):
        tl.milestones(dated_only=True)
