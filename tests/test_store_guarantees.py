"""Transactions, re-ingest, skipped articles, schema versions, bad URLs and concurrent processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import types

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

import timeline
from timeline import Timeline
from timeline._store.engine import MIGRATIONS
from timeline._store.orm import SCHEMA_VERSION
from timeline._store.writer import IngestBatch
from timeline.errors import ArticleError, SchemaVersionError, StoreUnavailableError
from timeline.model import Entity, EventEntity

EMPTY = {"articles": 0, "events": 0, "entities": 0, "sources": 0}


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as timeline_:
        yield timeline_


def _article_with_event(build, number, pub_date="2026-01-30"):
    article = build.article(f"第{number}号公司{number}月开业。", pub_date)
    event = build.event(
        article,
        f"第{number}号公司开业",
        subject=(f"第{number}号公司", "company"),
        date=build.date("2025-12", "2025-12-01", "2025-12-31", "month"),
    )
    return build.extraction(article, event, entities=(Entity(f"第{number}号公司", "company"),), mentions=1)


def test_failure_mid_ingest_leaves_nothing_behind(tl, build, monkeypatch):
    extraction = _article_with_event(build, 1)

    def fail_after_events(self, states):
        raise RuntimeError("injected failure after the article, events and sources were inserted")

    monkeypatch.setattr(IngestBatch, "_write_links", fail_after_events)
    with pytest.raises(RuntimeError, match="injected"):
        tl.ingest(extraction)
    assert tl.stats() == EMPTY
    monkeypatch.undo()
    # The rolled-back transaction must not have left entity ids in the cache either.
    report = tl.ingest(extraction)
    assert (report.articles, report.events, report.entities) == (1, 1, 1)
    assert tl.stats() == {"articles": 1, "events": 1, "entities": 1, "sources": 1}
    assert tl.entity("第1号公司").event_count == 1


def test_a_failing_article_in_a_batch_is_skipped_and_the_rest_stored(tl, build, monkeypatch):
    extractions = [_article_with_event(build, number) for number in range(1, 6)]
    poisoned = extractions[2].article.id
    original = IngestBatch._buffer_article

    def buffer_or_fail(self, extraction, digest):
        original(self, extraction, digest)
        if extraction.article.id == poisoned:
            raise IntegrityError("INSERT INTO events", {}, Exception("CHECK constraint failed: poisoned"))

    monkeypatch.setattr(IngestBatch, "_buffer_article", buffer_or_fail)
    report = tl.ingest_many(extractions, batch_size=10)
    assert report.articles == 4
    ((article_id, reason),) = report.skipped
    assert article_id == poisoned
    assert reason.startswith("not stored: the write failed and was rolled back")
    assert "CHECK constraint failed: poisoned" in reason
    assert tl.stats() == {"articles": 4, "events": 4, "entities": 4, "sources": 4}
    assert poisoned not in {article.id for article in tl.articles()}


def test_extraction_failures_are_skipped_with_their_reason(tl, build, monkeypatch):
    good = build.article("重庆实验室揭牌。")
    broken = build.article("这篇文章让抽取器崩溃。")

    def extract(article):
        if article.id == broken.id:
            raise ArticleError("the text is a table of figures")
        return build.extraction(article, build.event(article, "重庆实验室揭牌"))

    fake = types.ModuleType("timeline.events")
    fake.extract = extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "timeline.events", fake)
    monkeypatch.setattr(timeline, "events", fake, raising=False)
    report = tl.ingest_many([broken, good, "not an article"])
    assert report.articles == 1
    assert report.skipped[0] == (broken.id, "the text is a table of figures")
    assert report.skipped[1][1] == "expected an Article or Extraction, got str"
    assert len(report.skipped) == 2
    assert [a.id for a in tl.articles()] == [good.id]


def test_ingest_many_streams_and_reports_progress(tl, build):
    consumed = []

    def articles():
        for number in range(1, 8):
            consumed.append(number)
            yield _article_with_event(build, number)

    seen = []

    def progress(done):
        # Never more than one batch read ahead of what has been written.
        assert len(consumed) <= done + 2
        seen.append(done)

    report = tl.ingest_many(articles(), progress=progress, batch_size=3)
    assert seen == [1, 2, 3, 4, 5, 6, 7]
    assert report.articles == 7


def test_bad_batch_size(tl):
    with pytest.raises(ValueError, match="batch_size"):
        tl.ingest_many([], batch_size=0)


@pytest.mark.parametrize("version", [0, min(MIGRATIONS) - 1, SCHEMA_VERSION + 1])
def test_other_schema_versions_are_refused_untouched(store_url, version):
    Timeline(store_url).close()
    engine = create_engine(store_url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE timeline_meta SET value = :v WHERE key = 'schema_version'"), {"v": version}
        )
    with pytest.raises(SchemaVersionError, match=f"schema version {version}"):
        Timeline(store_url)
    with engine.connect() as connection:
        assert (
            connection.scalar(text("SELECT value FROM timeline_meta WHERE key = 'schema_version'")) == version
        )
    engine.dispose()


_LINKS_6 = {
    # event_entities as schema 6 made it (SQLAlchemy's DDL of the time): a surrogate id, the
    # key (event, entity, role) a unique constraint; ids given in the rows' order.
    "sqlite": (
        "ALTER TABLE event_entities RENAME TO links_7",
        "DROP INDEX ix_event_entities_entity",
        """CREATE TABLE event_entities (id INTEGER NOT NULL, event_id INTEGER NOT NULL,
        entity_id INTEGER NOT NULL, role VARCHAR(16) NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (id), CONSTRAINT uq_event_entities UNIQUE (event_id, entity_id, role),
        FOREIGN KEY(event_id) REFERENCES events (id), FOREIGN KEY(entity_id) REFERENCES entities (id))""",
        "CREATE INDEX ix_event_entities_entity ON event_entities (entity_id)",
        """INSERT INTO event_entities (event_id, entity_id, role, position)
        SELECT event_id, entity_id, role, position FROM links_7 ORDER BY event_id, position""",
        "DROP TABLE links_7",
    ),
    "postgresql": (
        "ALTER TABLE event_entities DROP CONSTRAINT event_entities_pkey",
        "ALTER TABLE event_entities ADD CONSTRAINT uq_event_entities UNIQUE (event_id, entity_id, role)",
        "ALTER TABLE event_entities ADD COLUMN id SERIAL PRIMARY KEY",
    ),
}


_KEYS_7 = {
    # The primary keys schema 7 gave `sources` and `entity_timeline` on PostgreSQL too (SQLAlchemy's
    # DDL of the time); SQLite keeps them in schema 8.
    "sqlite": (),
    "postgresql": (
        "ALTER TABLE sources ADD CONSTRAINT sources_pkey PRIMARY KEY (id)",
        "ALTER TABLE entity_timeline ADD CONSTRAINT entity_timeline_pkey PRIMARY KEY (entity_id, event_id)",
    ),
}


_INDEXES_9 = {
    # The events' date indexes schema 9 made (SQLAlchemy's DDL of the time): `ix_events_span` on
    # every event, long_span first; no partial `ix_events_long`; a window index of its key alone.
    "sqlite": (
        "DROP INDEX ix_events_long",
        "CREATE INDEX ix_events_span ON events (long_span, start_date, end_date, id)",
    ),
    "postgresql": (
        "DROP INDEX ix_events_long",
        "DROP INDEX ix_events_window",
        "CREATE INDEX ix_events_window ON events (start_date, end_date, id)",
        "CREATE INDEX ix_events_span ON events (long_span, start_date, end_date, id)",
    ),
}


_LINKS_10 = {
    # event_entities as schema 10 made it on SQLite (SQLAlchemy's DDL of the time): a rowid table,
    # its key an index beside it. PostgreSQL's is the same in both versions.
    "sqlite": (
        "ALTER TABLE event_entities RENAME TO links_11",
        "DROP INDEX ix_event_entities_entity",
        """CREATE TABLE event_entities (event_id INTEGER NOT NULL, entity_id INTEGER NOT NULL,
        role VARCHAR(16) NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (event_id, entity_id, role),
        FOREIGN KEY(event_id) REFERENCES events (id), FOREIGN KEY(entity_id) REFERENCES entities (id))""",
        "CREATE INDEX ix_event_entities_entity ON event_entities (entity_id)",
        """INSERT INTO event_entities (event_id, entity_id, role, position)
        SELECT event_id, entity_id, role, position FROM links_11 ORDER BY event_id, position""",
        "DROP TABLE links_11",
    ),
    "postgresql": (),
}


_SOURCES_INDEX_11 = {
    # The index of an event's sources schema 11 made on SQLite: its key alone. PostgreSQL's is
    # the same in both versions.
    "sqlite": (
        "DROP INDEX ix_sources_event_rows",
        "CREATE INDEX ix_sources_event ON sources (event_id, id)",
    ),
    "postgresql": (),
}


def _step_back(store_url, statements, version):
    """Run the dialect's `statements` on the store at `store_url` and mark it schema `version`."""
    engine = create_engine(store_url)
    with engine.begin() as connection:
        for statement in statements[engine.dialect.name]:
            connection.execute(text(statement))
        connection.execute(text(f"UPDATE timeline_meta SET value = {version} WHERE key = 'schema_version'"))
    return engine


_EXTRACTIONS_12 = {
    # Schema 12 kept no digest of the extraction an article was stored from.
    "sqlite": ("ALTER TABLE articles DROP COLUMN extraction_hash",),
    "postgresql": ("ALTER TABLE articles DROP COLUMN extraction_hash",),
}


def _as_version_12_wrote_it(store_url):
    """The store at `store_url` turned into what schema version 12 made: `_EXTRACTIONS_12`."""
    return _step_back(store_url, _EXTRACTIONS_12, 12)


def _as_version_11_wrote_it(store_url):
    """The store at `store_url` turned into what schema version 11 made: `_SOURCES_INDEX_11` (and
    version 13 more: `_as_version_12_wrote_it`)."""
    _as_version_12_wrote_it(store_url).dispose()
    return _step_back(store_url, _SOURCES_INDEX_11, 11)


def _as_version_10_wrote_it(store_url):
    """The store at `store_url` turned into what schema version 10 made: `_LINKS_10` (and version
    12 more: `_as_version_11_wrote_it`)."""
    _as_version_11_wrote_it(store_url).dispose()
    return _step_back(store_url, _LINKS_10, 10)


def _as_version_9_wrote_it(store_url):
    """The store at `store_url` turned into what schema version 9 made: every source's summary a
    text of its own (no `summary_start`, `summary_end`), the date indexes of `_INDEXES_9` (and
    version 11 more: `_as_version_10_wrote_it`)."""
    from timeline._store.ingest_texts import text_digest

    _as_version_10_wrote_it(store_url).dispose()
    engine = create_engine(store_url)
    with engine.begin() as connection:
        parts = connection.execute(
            text(
                "SELECT source.id, substr(texts.body, source.summary_start + 1, "
                "source.summary_end - source.summary_start) FROM sources AS source "
                "JOIN texts ON texts.id = source.summary_id WHERE source.summary_start IS NOT NULL"
            )
        ).all()
        for source_id, summary in parts:
            digest = text_digest(summary)
            found = connection.scalar(text("SELECT id FROM texts WHERE digest = :d"), {"d": digest})
            if found is None:
                connection.execute(
                    text("INSERT INTO texts (digest, body) VALUES (:d, :b)"), {"d": digest, "b": summary}
                )
                found = connection.scalar(text("SELECT id FROM texts WHERE digest = :d"), {"d": digest})
            connection.execute(
                text("UPDATE sources SET summary_id = :t WHERE id = :s"), {"t": found, "s": source_id}
            )
        for column in ("summary_start", "summary_end"):
            connection.execute(text(f"ALTER TABLE sources DROP COLUMN {column}"))
        for statement in _INDEXES_9[engine.dialect.name]:
            connection.execute(text(statement))
        connection.execute(text("UPDATE timeline_meta SET value = 9 WHERE key = 'schema_version'"))
    return engine


def _as_version_8_wrote_it(store_url):
    """The store at `store_url` turned into what schema version 8 made: version 9 added the
    `entity_mentions` table (which article made an entity's mentions), and version 10 more:
    `_as_version_9_wrote_it`."""
    engine = _as_version_9_wrote_it(store_url)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE entity_mentions"))
        connection.execute(text("UPDATE timeline_meta SET value = 8 WHERE key = 'schema_version'"))
    return engine


def _as_version_7_wrote_it(store_url):
    """The store at `store_url` turned into what schema version 7 made: version 8 dropped the
    primary keys of `sources` and `entity_timeline` on PostgreSQL (and version 9 added a table:
    `_as_version_8_wrote_it`)."""
    engine = _as_version_8_wrote_it(store_url)
    with engine.begin() as connection:
        for statement in _KEYS_7[engine.dialect.name]:
            connection.execute(text(statement))
        set_version = "UPDATE timeline_meta SET value = 7 WHERE key = 'schema_version'"
        connection.execute(text(set_version))
    return engine


def _as_version_6_wrote_it(store_url, version=6):
    """The store at `store_url` turned into what schema version 6 made: version 7 dropped the
    surrogate `event_entities.id` (and version 8 two primary keys: `_as_version_7_wrote_it`).
    `version` 5: also without the `article_copies` table (copies of stored articles under other
    ids), which version 6 added."""
    engine = _as_version_7_wrote_it(store_url)
    with engine.begin() as connection:
        for statement in _LINKS_6[engine.dialect.name]:
            connection.execute(text(statement))
        if version == 5:
            connection.execute(text("DROP TABLE article_copies"))
        set_version = "UPDATE timeline_meta SET value = :v WHERE key = 'schema_version'"
        connection.execute(text(set_version), {"v": version})
    return engine


def _version_and_tables(engine):
    from sqlalchemy import inspect

    with engine.connect() as connection:
        version = connection.scalar(text("SELECT value FROM timeline_meta WHERE key = 'schema_version'"))
        return version, "article_copies" in inspect(connection).get_table_names()


def _links_and_key(engine):
    """The rows of `event_entities` (event, entity, role, position) in order, its columns (sorted)
    and its primary key's columns."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT event_id, entity_id, role, position FROM event_entities ORDER BY event_id, position")
        ).all()
        found = inspect(connection)
        columns = sorted(column["name"] for column in found.get_columns("event_entities"))
        key = found.get_pk_constraint("event_entities")["constrained_columns"]
        return [tuple(row) for row in rows], columns, key


def test_a_version_5_store_is_brought_up_to_date_when_opened_for_writing(store_url):
    opening = "2025年12月20日，重庆实验室揭牌成立。"
    with Timeline(store_url) as tl:
        tl.ingest(timeline.Article(opening, "2025-12-21", id="a"))
    engine = _as_version_6_wrote_it(store_url, version=5)
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        assert [e.summary for e in tl.milestones()] == ["重庆实验室揭牌成立"]
    assert _version_and_tables(engine) == (5, False)
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        assert tl.ingest(timeline.Article(opening, "2025-12-21", id="b")).duplicates == 1
        signing = "2025年11月3日，重庆海辰储能科技有限公司签约。"
        tl.ingest(timeline.Article(signing, "2025-12-21", id="a"), replace=True)
        (event,) = tl.milestones(types="founding")
        assert [s.article_id for s in event.sources] == ["b"]
    with Timeline(store_url) as tl:  # once is enough
        assert sorted(a.id for a in tl.articles()) == ["a", "b"]
    engine.dispose()


def _signing(build, article_id, partner, told="2025年12月20日"):
    """An article of one event: 重庆实验室 signs with `partner` (its object) on 2025-12-20."""
    article = build.article(f"{told}，重庆实验室与{partner}签约。", "2025-12-21", id=article_id)
    event = build.event(
        article,
        "重庆实验室签约",
        type="signing",
        date=build.date("2025-12-20", "2025-12-20", "2025-12-20", "day"),
        others=(EventEntity(partner, "company", "object"),),
    )
    entities = (Entity("重庆实验室", "lab"), Entity(partner, "company"))
    return build.extraction(article, event, entities=entities, mentions=1)


def test_a_version_6_store_keys_its_links_by_themselves_when_opened_for_writing(store_url, build):
    with Timeline(store_url) as tl:
        tl.ingest_many([_signing(build, "a", "长安汽车"), _signing(build, "b", "华为")])
    engine = _as_version_6_wrote_it(store_url)
    links, columns, key = _links_and_key(engine)
    assert (columns, key) == (["entity_id", "event_id", "id", "position", "role"], ["id"])
    # Two events (two objects keep the reports apart), each with its subject then its object.
    assert [(role, position) for _, _, role, position in links] == [("subject", 0), ("object", 1)] * 2
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        shown = [[(e.name, e.role) for e in event.entities] for event in tl.milestones()]
        assert sorted(shown) == [
            [("重庆实验室", "subject"), ("华为", "object")],
            [("重庆实验室", "subject"), ("长安汽车", "object")],
        ]
    assert _links_and_key(engine) == (links, columns, key)
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        keyed = (["entity_id", "event_id", "position", "role"], ["event_id", "entity_id", "role"])
        assert _links_and_key(engine) == (links, *keyed)
        # "a" told again merges into its event (no link twice); a third partner is a new event.
        told_again = _signing(build, "c", "长安汽车", told="12月20日")
        report = tl.ingest_many([told_again, _signing(build, "d", "比亚迪")])
        assert (report.events, report.merged_events) == (1, 1)
        (changan,) = tl.milestones(entity="长安汽车")
        assert sorted(s.article_id for s in changan.sources) == ["a", "c"]
        links_shown = [(e.name, e.role) for e in changan.entities]
        assert links_shown == [("重庆实验室", "subject"), ("长安汽车", "object")]
    new_links, _, _ = _links_and_key(engine)
    assert len(new_links) == 6 and new_links[:4] == links
    if engine.dialect.name == "postgresql":  # the id's sequence went with it
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT to_regclass('event_entities_id_seq')")) is None
    engine.dispose()


def _keys(engine):
    """The primary-key columns of `sources` and `entity_timeline` ([] where a table has none)."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        found = inspect(connection)
        tables = ("sources", "entity_timeline")
        return [found.get_pk_constraint(table)["constrained_columns"] for table in tables]


def test_a_version_7_store_leaves_two_keys_to_the_writer_on_postgresql_when_opened_for_writing(
    store_url, build
):
    month = build.date("2025-12", "2025-12-01", "2025-12-31", "month", "12月")
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day", "12月20日")
    first = build.article("12月，重庆实验室揭牌。", "2025-12-21", id="a")
    undated = build.article("重庆实验室与长安汽车签约。", "2025-12-21", id="b")
    with Timeline(store_url) as tl:
        tl.ingest_many(
            [
                build.extraction(first, build.event(first, "重庆实验室揭牌", date=month)),
                build.extraction(undated, build.event(undated, "重庆实验室与长安汽车签约", type="signing")),
            ]
        )
    engine = _as_version_7_wrote_it(store_url)
    keys_7 = [["id"], ["entity_id", "event_id"]]
    assert _keys(engine) == keys_7
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        assert [e.value for e in tl.milestones(entity="重庆实验室")] == ["2025-12", None]
    assert _version_and_tables(engine) == (7, True)
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        assert _keys(engine) == ([[], []] if engine.dialect.name == "postgresql" else keys_7)
        # Both stored events move on their subject's timeline: a month narrowed to a day, an
        # undated event given the date of a report with its summary.
        again = build.article("12月20日，重庆实验室揭牌。", "2025-12-22", id="c")
        signed = build.article("12月20日，重庆实验室与长安汽车签约。", "2025-12-22", id="d")
        opening = build.event(again, "重庆实验室揭牌", date=day)
        signing = build.event(signed, "重庆实验室与长安汽车签约", type="signing", date=day)
        report = tl.ingest_many([build.extraction(again, opening), build.extraction(signed, signing)])
        assert (report.events, report.merged_events) == (0, 2)
        found = tl.milestones(entity="重庆实验室", since="2025-12-20", until="2025-12-20")
        assert sorted((e.type, e.value, len(e.sources)) for e in found) == [
            ("opening", "2025-12-20", 2),
            ("signing", "2025-12-20", 2),
        ]
        assert tl.milestones(entity="重庆实验室", since="2025-12-01", until="2025-12-19") == []
    engine.dispose()


def _mention_table(engine):
    """Whether the store has its `entity_mentions` table, and its rows (article id, entity name,
    mentions)."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        if "entity_mentions" not in inspect(connection).get_table_names():
            return False, []
        rows = connection.execute(
            text(
                "SELECT a.id, e.name, m.mentions FROM entity_mentions m "
                "JOIN articles a ON a.seq = m.article_seq JOIN entities e ON e.id = m.entity_id "
                "ORDER BY a.id, e.name"
            )
        ).all()
        return True, [tuple(row) for row in rows]


def test_a_version_8_store_records_mentions_from_then_on_when_opened_for_writing(store_url, build):
    """Version 8 kept an entity's mention count only. Migrated, every count stays as it was (right
    for the store as it is) and the new table starts empty: which stored article made those
    mentions was never kept and is not made up. So an article stored before the migration, when
    replaced, leaves its mentions counted, as version 8 did; one stored after takes its own off."""
    lab, district = "重庆实验室", "两江新区"

    def named(article_id, names, mentions):
        article = build.article(f"{article_id}：{'、'.join(names)}。", "2025-12-21", id=article_id)
        entities = tuple(Entity(name, kind) for name, kind in names.items())
        return build.extraction(article, entities=entities, mentions=mentions)

    def counts(tl):
        return {entity.name: entity.mention_count for entity in tl.entities()}

    with Timeline(store_url) as tl:
        tl.ingest_many([named("a", {lab: "lab", district: "place"}, 2), named("b", {lab: "lab"}, 1)])
    engine = _as_version_8_wrote_it(store_url)
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        assert counts(tl) == {lab: 3, district: 2}
    assert _mention_table(engine) == (False, [])
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        assert _mention_table(engine) == (True, [])
        assert counts(tl) == {lab: 3, district: 2}
        tl.ingest(named("c", {lab: "lab"}, 2))
        assert counts(tl) == {lab: 5, district: 2}
        assert _mention_table(engine) == (True, [("c", lab, 2)])
        tl.ingest(named("c", {}, 0), replace=True)  # stored since: its mentions go
        assert counts(tl) == {lab: 3, district: 2}
        tl.ingest(named("a", {}, 0), replace=True)  # stored before: what it made is not known
        assert counts(tl) == {lab: 3, district: 2}
        assert _mention_table(engine) == (True, [])


def test_a_fold_made_by_version_8_can_be_split_and_its_articles_replaced(store_url, build):
    """Session 17 review (crash): version 8 and before wrote a fold's moved values with the count
    of mentions it moved (`"mentions": N`); version 9 stopped, and the shape check of a fold's
    record (73f90bd) took the old key for damage. On a migrated store every split of such a fold,
    and every replacement of any article (which reads all open folds), failed: "the store holds a
    fold's moved values that are none (a damaged file?)". The old key is read and dropped: a split
    takes the folded entity's count as it is now, as version 9 on does."""
    full, short = "重庆市计量质量检测研究院", "量测院"
    one = build.article("量测院揭牌。", "2025-12-21", id="a")
    two = build.article("重庆市计量质量检测研究院召开大会。", "2025-12-22", id="b")
    with Timeline(store_url) as tl:
        tl.ingest(build.extraction(one, build.event(one, "量测院揭牌", subject=(short, "institute"))))
        tl.ingest(
            build.extraction(two, build.event(two, "大会", type="meeting", subject=(full, "institute")))
        )
        tl.merge_entities(full, short)
    engine = _as_version_8_wrote_it(store_url)
    with engine.begin() as connection:
        (moved,) = connection.execute(text("SELECT moved FROM entity_folds")).scalars()
        as_8 = {**json.loads(moved), "mentions": 1}
        connection.execute(text("UPDATE entity_folds SET moved = :m"), {"m": json.dumps(as_8)})
    with Timeline(store_url) as tl:
        replaced = build.article("量测院12月20日揭牌。", "2025-12-21", id="a")
        tl.ingest(
            build.extraction(replaced, build.event(replaced, "量测院揭牌", subject=(short, "institute"))),
            replace=True,
        )
        assert [e.subject.name for e in tl.events_for(short)] == [full, full]  # the new report too
        restored = tl.split_entity(short)
        assert (restored.name, tl.entity_profile(short).folds[0].undone) == (short, True)


def _summaries(tl, name="重庆实验室"):
    """The summaries of the first sources of the stored events as every read gives them: a page
    of milestones, each event by id, its page of sources, the streamed listing, and `name`'s
    first and last report."""
    page = tl.milestones()
    read = [[event.sources[0].summary for event in page]]
    read.append([tl.event(event.id).sources[0].summary for event in page])
    read.append([tl.sources(event.id)[0].summary for event in page])
    read.append([event.sources[0].summary for event in tl.iter_milestones()])
    profile = tl.entity_profile(name)
    read.append([profile.first_report.summary, profile.last_report.summary])
    return read


def _text_bodies(store_url):
    engine = create_engine(store_url)
    with engine.connect() as connection:
        bodies = set(connection.scalars(text("SELECT body FROM texts")))
    engine.dispose()
    return bodies


@pytest.mark.parametrize("summary", ["重庆实验室揭牌成立", "重庆实验室正式成立"])
def test_a_summary_its_sentence_holds_is_cut_from_the_sentence(store_url, build, summary):
    """Schema 10: a summary the sentence holds (after the date words: characters, not bytes) gets
    no text of its own, and every read gives it whole; one the sentence lacks keeps its text."""
    sentence = "2025年12月20日，重庆实验室揭牌成立。"
    article = build.article(sentence, "2025-12-21", id="a")
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    with Timeline(store_url) as tl:
        tl.ingest(build.extraction(article, build.event(article, summary, date=day)))
        assert _summaries(tl) == [[summary]] * 4 + [[summary, summary]]
    assert (summary in _text_bodies(store_url)) == (summary == "重庆实验室正式成立")


def test_an_event_rebuilt_after_a_replacement_takes_its_summary_from_the_sentence(store_url, build):
    """An event whose other report went with a replaced article is rebuilt from the report kept,
    whose summary is a part of its sentence: the event's summary is that part, not the sentence."""
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    first = build.article("2025年12月20日，重庆实验室揭牌成立。", "2025-12-21", id="a")
    second = build.article("12月20日，重庆实验室举行揭牌仪式，正式成立。", "2025-12-22", id="b")
    with Timeline(store_url) as tl:
        tl.ingest_many(
            [
                build.extraction(first, build.event(first, "重庆实验室揭牌成立", date=day)),
                build.extraction(second, build.event(second, "重庆实验室举行揭牌仪式", date=day)),
            ]
        )
        (event,) = tl.milestones()
        assert len(event.sources) == 2
        tl.ingest(build.article("重庆实验室今日无事。", "2025-12-22", id="b"), replace=True)
        (event,) = tl.milestones()
        assert [(s.article_id, s.summary) for s in event.sources] == [("a", "重庆实验室揭牌成立")]
        assert event.summary == "重庆实验室揭牌成立"


def _indexes_and_columns(engine):
    """The names of the indexes of `events` on its dates and whether `sources` has `summary_start`."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        found = inspect(connection)
        names = sorted(index["name"] for index in found.get_indexes("events"))
        columns = {column["name"] for column in found.get_columns("sources")}
    dated = [name for name in names if name in ("ix_events_long", "ix_events_span", "ix_events_window")]
    return dated, "summary_start" in columns


def test_a_version_9_store_parts_its_summaries_and_indexes_long_events_apart_when_opened_for_writing(
    store_url, build
):
    year = build.date("2025", "2025-01-01", "2025-12-31", "year", "2025年")
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day", "12月20日")
    plan = build.article("2025年，重庆实验室建设新平台。", "2025-12-21", id="a")
    opening = build.article("12月20日，重庆实验室揭牌成立。", "2025-12-21", id="b")
    with Timeline(store_url) as tl:
        tl.ingest_many(
            [
                build.extraction(
                    plan, build.event(plan, "重庆实验室建设新平台", type="construction", date=year)
                ),
                build.extraction(opening, build.event(opening, "重庆实验室揭牌成立", date=day)),
            ]
        )
    engine = _as_version_9_wrote_it(store_url)
    assert _indexes_and_columns(engine) == (["ix_events_span", "ix_events_window"], False)
    stored = [["重庆实验室建设新平台", "重庆实验室揭牌成立"]] * 4 + [
        ["重庆实验室建设新平台", "重庆实验室揭牌成立"]
    ]
    window = {"since": "2025-12-01", "until": "2025-12-31"}
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        assert _summaries(tl) == stored
        assert [e.value for e in tl.milestones(**window)] == ["2025", "2025-12-20"]
    assert _version_and_tables(engine) == (9, True)
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        assert _indexes_and_columns(engine) == (["ix_events_long", "ix_events_window"], True)
        assert _summaries(tl) == stored
        # A third report, its summary a part of its sentence, beside the two stored before.
        signing = build.article("12月20日，重庆实验室与长安汽车签约。", "2025-12-22", id="c")
        tl.ingest(
            build.extraction(
                signing, build.event(signing, "重庆实验室与长安汽车签约", type="signing", date=day)
            )
        )
        found = tl.milestones(**window)
        assert [(e.value, e.sources[0].summary) for e in found] == [
            ("2025", "重庆实验室建设新平台"),
            ("2025-12-20", "重庆实验室揭牌成立"),
            ("2025-12-20", "重庆实验室与长安汽车签约"),
        ]
        assert tl.milestones(since="2026-01-01") == []
    engine.dispose()


def _links_table_sql(engine):
    """SQLite's CREATE TABLE of `event_entities` as stored (None on PostgreSQL)."""
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as connection:
        return connection.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'event_entities'"))


def test_a_version_10_store_keeps_its_links_without_a_rowid_on_sqlite_when_opened_for_writing(
    store_url, build
):
    """Schema 11: SQLite's `event_entities` is its key's b-tree (no rowid, no index of the key
    beside the rows). Every link keeps its event, entity, role and position; reads before and after
    give the same entities in the same order, and the next ingest links and merges as before."""
    with Timeline(store_url) as tl:
        tl.ingest_many([_signing(build, "a", "长安汽车"), _signing(build, "b", "华为")])
    engine = _as_version_10_wrote_it(store_url)
    links, columns, key = _links_and_key(engine)
    assert [(role, position) for _, _, role, position in links] == [("subject", 0), ("object", 1)] * 2
    sqlite = engine.dialect.name == "sqlite"
    assert ("WITHOUT ROWID" in (_links_table_sql(engine) or "")) is False
    shown = [
        [("重庆实验室", "subject"), ("华为", "object")],
        [("重庆实验室", "subject"), ("长安汽车", "object")],
    ]
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        assert sorted([(e.name, e.role) for e in event.entities] for event in tl.milestones()) == shown
    assert _version_and_tables(engine) == (10, True)
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        assert _links_and_key(engine) == (links, columns, key)
        assert ("WITHOUT ROWID" in (_links_table_sql(engine) or "")) is sqlite
        assert sorted([(e.name, e.role) for e in event.entities] for event in tl.milestones()) == shown
        told_again = _signing(build, "c", "长安汽车", told="12月20日")
        report = tl.ingest_many([told_again, _signing(build, "d", "比亚迪")])
        assert (report.events, report.merged_events) == (1, 1)
        (changan,) = tl.milestones(entity="长安汽车")
        assert sorted(s.article_id for s in changan.sources) == ["a", "c"]
        assert [(e.name, e.role) for e in changan.entities] == shown[1]
    new_links, _, _ = _links_and_key(engine)
    assert len(new_links) == 6 and new_links[:4] == links
    engine.dispose()


def _sources_indexes(engine):
    """The names of the indexes of `sources` on its event."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        names = [index["name"] for index in inspect(connection).get_indexes("sources")]
    return sorted(name for name in names if name.startswith("ix_sources_event"))


def test_a_version_11_store_indexes_its_sources_with_their_columns_on_sqlite_when_opened_for_writing(
    store_url, build
):
    """Schema 12: SQLite's index of an event's sources holds the columns a shown source reads.
    Reads before and after give the same first sources; the next ingest adds to them."""
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    reports = []
    for number in range(12):
        article = build.article(f"重庆实验室揭牌。第{number}报", "2025-12-21", id=f"r{number:02}")
        reports.append(build.extraction(article, build.event(article, "重庆实验室揭牌", date=day)))
    with Timeline(store_url) as tl:
        tl.ingest_many(reports[:11])
    engine = _as_version_11_wrote_it(store_url)
    sqlite = engine.dialect.name == "sqlite"
    assert _sources_indexes(engine) == ["ix_sources_event"]
    first = [f"r{number:02}" for number in range(10)]
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        (event,) = tl.milestones()
        assert ([s.article_id for s in event.sources], event.source_count) == (first, 11)
    assert _version_and_tables(engine) == (11, True)
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        assert _sources_indexes(engine) == (["ix_sources_event_rows"] if sqlite else ["ix_sources_event"])
        (event,) = tl.milestones()
        assert ([s.article_id for s in event.sources], event.source_count) == (first, 11)
        tl.ingest(reports[11])
        (event,) = tl.milestones()
        assert ([s.article_id for s in event.sources], event.source_count) == (first, 12)
        assert [s.article_id for s in tl.sources(event.id, offset=10)] == ["r10", "r11"]
    engine.dispose()


def _extraction_hashes(engine):
    """Article id -> its recorded extraction digest, and whether `articles` has the column."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        columns = [column["name"] for column in inspect(connection).get_columns("articles")]
        if "extraction_hash" not in columns:
            return None
        return dict(connection.execute(text("SELECT id, extraction_hash FROM articles")).all())


def test_a_version_12_store_records_the_extractions_stored_from_then_on_when_opened_for_writing(
    store_url, build
):
    """Schema 13: an article keeps the digest of the extraction it was stored from (harden28: an
    edited extraction is told from the stored one). A version 12 store is read as it is; opened for
    writing, its articles have none recorded (None) and the articles stored next have theirs."""
    from timeline.serial import extraction_digest

    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    old, new = (
        build.extraction(article, build.event(article, "重庆实验室揭牌", date=day))
        for article in (
            build.article("重庆实验室揭牌。第一报", "2025-12-21", id="old"),
            build.article("重庆实验室揭牌。第二报", "2025-12-22", id="new"),
        )
    )
    with Timeline(store_url) as tl:
        tl.ingest(old)
    engine = _as_version_12_wrote_it(store_url)
    assert _extraction_hashes(engine) is None
    with Timeline(store_url, read_only=True) as tl:  # read as it is, untouched
        assert [a.id for a in tl.articles()] == ["old"]
        assert tl.milestones()[0].source_count == 1
    assert _version_and_tables(engine) == (12, True)
    with Timeline(store_url) as tl:
        assert _version_and_tables(engine) == (SCHEMA_VERSION, True)
        assert _extraction_hashes(engine) == {"old": None}
        tl.ingest(new)
        assert tl.milestones()[0].source_count == 2
    assert _extraction_hashes(engine) == {"old": None, "new": extraction_digest(new)}
    engine.dispose()


def test_tables_without_a_version_are_refused(store_url):
    engine = create_engine(store_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY)"))
    with pytest.raises(SchemaVersionError, match="no schema version"):
        Timeline(store_url)
    engine.dispose()


@pytest.mark.parametrize("idle_s", [0.0, 3600.0], ids=["pinged", "not-pinged"])
def test_a_pooled_connection_the_server_ended_is_pinged_when_idle(store_url, monkeypatch, idle_s):
    """PostgreSQL connections are pinged when they come out of the pool after `PING_AFTER_IDLE_S`
    idle (not at every checkout, a round trip per query): one the server ended meanwhile is
    replaced; one used again sooner fails as the database going away, once."""
    if not store_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to lose")
    from timeline._store import engine as store_engine
    from timeline.errors import StoreError

    monkeypatch.setattr(store_engine, "PING_AFTER_IDLE_S", idle_s)
    with Timeline(store_url) as tl:
        tl.milestones()
        with tl._engine.connect() as connection:
            backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        admin = create_engine(store_url)
        with admin.connect() as connection:
            connection.exec_driver_sql(f"SELECT pg_terminate_backend({int(backend)})")
        admin.dispose()
        if idle_s:
            with pytest.raises(StoreError):
                tl.milestones()
        assert tl.milestones() == []


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://nobody@127.0.0.1:1/x",
        "nosuchdialect://somewhere/db",
        "sqlite:////nonexistent-directory/deeper/store.db",
        "://",
    ],
)
def test_unusable_urls(url):
    with pytest.raises(StoreUnavailableError):
        Timeline(url)


def test_error_messages_hide_the_password():
    with pytest.raises(StoreUnavailableError) as caught:
        Timeline("postgresql+psycopg://nobody:s3cret@127.0.0.1:1/x")
    assert "s3cret" not in str(caught.value)
    assert "nobody:***@127.0.0.1:1" in str(caught.value)


def test_a_directory_is_not_a_database(tmp_path):
    with pytest.raises(StoreUnavailableError):
        Timeline(str(tmp_path))


def test_read_only_file_is_queried_but_not_written(tmp_path, build):
    path = tmp_path / "store.db"
    with Timeline(str(path)) as writable:
        writable.ingest(_article_with_event(build, 1))
    with Timeline(f"sqlite:///file:{path}?mode=ro&uri=true") as read_only:
        assert read_only.stats()["articles"] == 1
        with pytest.raises(StoreUnavailableError, match="read-only"):
            read_only.ingest(_article_with_event(build, 2))


def test_plain_path_means_sqlite_in_wal_mode(tmp_path):
    path = tmp_path / "plain.db"
    with Timeline(path) as store:
        assert store.url == f"sqlite:///{path}"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def _journal_mode(path) -> str:  # type: ignore[no-untyped-def]
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


def _left_in_rollback_mode(path, build) -> None:  # type: ignore[no-untyped-def]
    """A store as a first run killed between making its tables and switching to WAL leaves it."""
    import sqlite3

    with Timeline(path) as store:
        store.ingest(_article_with_event(build, 1))
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    connection.close()


def test_a_store_left_in_rollback_mode_goes_back_to_wal_when_opened_to_write(tmp_path, build):
    """harden26 (session 17): `timeline ingest` killed in the milliseconds between making the
    store and switching it to WAL left it in rollback-journal mode for good (readers and the
    writer then block each other). Opening it to write switches it back."""
    path = tmp_path / "store.db"
    _left_in_rollback_mode(path, build)
    with Timeline(path, read_only=True) as reader:
        assert reader.stats()["articles"] == 1
    assert _journal_mode(path) == "delete", "a reader never writes, not even the journal mode"
    with Timeline(path) as writer:
        writer.ingest(_article_with_event(build, 2))
        assert writer.stats()["articles"] == 2
    assert _journal_mode(path) == "wal"


def test_a_store_in_rollback_mode_held_by_another_connection_is_used_as_it_is(tmp_path, build):
    path = tmp_path / "store.db"
    _left_in_rollback_mode(path, build)
    timer = _file_held_by_a_writer(path, 0.5)
    try:
        with Timeline(path) as writer:
            assert writer.stats()["articles"] == 1
    finally:
        timer.join()
    assert _journal_mode(path) == "delete"
    with Timeline(path) as writer:  # the next writer switches it
        assert writer.stats()["articles"] == 1
    assert _journal_mode(path) == "wal"


def _file_held_by_a_writer(path, seconds: float):  # type: ignore[no-untyped-def]
    """Another connection in a write transaction on `path` (BEGIN IMMEDIATE, as a second first
    run looks for the store) for `seconds`, ended from a timer thread."""
    import sqlite3
    import threading

    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def release() -> None:
        holder.execute("COMMIT")
        holder.close()

    timer = threading.Timer(seconds, release)
    timer.start()
    return timer


def test_the_switch_to_wal_waits_for_a_writer_that_holds_the_file(tmp_path):
    """The CI run of 55bab89: two first runs into one new SQLite file; the second found the store
    made (in a write transaction) while the first switched the file to WAL, which SQLite then
    refuses at once, without its busy handler: "database is locked" escaped. The switch now
    waits for the file."""
    from timeline._store.engine import _use_wal

    path = tmp_path / "new.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x)")
    timer = _file_held_by_a_writer(path, 0.3)
    try:
        _use_wal(engine)
    finally:
        timer.join()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_the_switch_to_wal_gives_up_on_a_file_held_too_long(tmp_path):
    import sqlite3

    from timeline._store.engine import _use_wal

    path = tmp_path / "new.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x)")
    timer = _file_held_by_a_writer(path, 1.0)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _use_wal(engine, patience_s=0.1)
    finally:
        timer.join()
    engine.dispose()


_WRITER = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [{tests!r}, {root!r}]
    from conftest import Builder
    from timeline import Timeline
    from timeline.model import Entity, EventEntity

    build = Builder()
    with Timeline({url!r}) as store:
        for number in range({count}):
            article = build.article(f"{{sys.argv[1]}}写入者第{{number}}篇：公司开业。")
            event = build.event(article, f"{{sys.argv[1]}}公司{{number}}开业", subject=("公司", "company"))
            store.ingest(build.extraction(article, event, entities=(Entity("公司", "company"),)))
    print("done")
    """
)


def test_two_writers_and_a_reader_at_once(tmp_path):
    """Two processes write one SQLite file while this one reads it: WAL and the busy timeout."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    Timeline(url).close()
    script = _WRITER.format(
        tests=os.path.dirname(__file__), root=os.path.dirname(os.path.dirname(__file__)), url=url, count=40
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", script, name], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for name in ("甲", "乙")
    ]
    reads = 0
    with Timeline(url) as reader:
        while any(writer.poll() is None for writer in writers) or reads == 0:
            assert reader.stats()["articles"] <= 80
            reader.milestones(limit=5)
            reads += 1
        outputs = [writer.communicate() for writer in writers]
        assert [writer.returncode for writer in writers] == [0, 0], outputs
        assert reader.stats() == {"articles": 80, "events": 80, "entities": 1, "sources": 80}
    assert reads > 0


def test_a_database_gone_mid_run_stops_the_run(tl, build, monkeypatch):
    from sqlalchemy.exc import OperationalError

    tl.ingest(_article_with_event(build, 1))

    def refuse(*args, **kwargs):
        raise OperationalError("connect", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(tl._engine, "connect", refuse)
    with pytest.raises(StoreUnavailableError, match="cannot reach the database"):
        tl.ingest_many(_article_with_event(build, number) for number in range(2, 6))
    with pytest.raises(StoreUnavailableError):
        tl.milestones()
    monkeypatch.undo()
    assert tl.stats()["articles"] == 1


@pytest.mark.parametrize("argument", ["limit", "offset"])
@pytest.mark.parametrize("value", [1.5, "10", True, float("nan")])
@pytest.mark.parametrize("query", ["milestones", "iter_milestones", "sources"])
def test_a_limit_or_offset_that_is_no_integer_is_one_type_error_from_every_query(tl, query, argument, value):
    """Fourth review: `iter_milestones(limit=1.5)` raised islice's ValueError, `milestones(limit=1.5)`
    a StoreError from the database's datatype mismatch; each query now refuses it the same way."""
    call = getattr(tl, query)
    with pytest.raises(TypeError, match=f"{argument} must be an integer"):
        found = call(1, **{argument: value}) if query == "sources" else call(**{argument: value})
        list(found)
