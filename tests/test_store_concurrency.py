"""Several processes ingesting overlapping corpora into one store at once: no duplicates, no
deadlocks, and the same content as one process ingesting everything (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random

import pytest
from conftest import run_at_once

from timeline import Timeline
from timeline.dates import TimeExpr
from timeline.model import Article, Entity, Event, EventEntity, Extraction, Mention

STORIES = 24
COPIES = 4
WRITERS = 3


def _extraction(story: int, copy: int) -> Extraction:
    """Outlet `copy`'s report of story `story`: one event of company `story`, declared with its short name."""
    full, short = f"重庆第{story}号科技有限公司", f"第{story}号科技"
    day = dt.date(2025, 1, 1) + dt.timedelta(days=7 * story)
    words = f"{day.year}年{day.month}月{day.day}日"
    sentence = f"{words}，{short}新工厂投产。"
    text = f"{full}（以下简称“{short}”）消息。\n{sentence}\n（第{copy}报）"
    article = Article(text, day + dt.timedelta(days=1), source=f"第{copy}报")
    start = text.index(sentence)
    event = Event(
        type="production",
        trigger="投产",
        status="occurred",
        date=TimeExpr(words, start, start + len(words), day, day, "day", day.isoformat()),
        summary=f"{short}新工厂投产",
        sentence=sentence,
        article_id=article.id,
        start_char=start,
        end_char=start + len(sentence),
        entities=(EventEntity(full, "company", "subject"), EventEntity("重庆", "place", "location")),
    )
    entities = (Entity(full, "company", (short,)), Entity("重庆", "place"))
    named, place = Mention(full, full, article.id, 0, len(full)), Mention("重庆", "重庆", article.id, 0, 2)
    mentions = (named, named, place)
    return Extraction(article, (event,), entities, mentions)


def _corpus(first_copy: int = 0) -> list[tuple[int, int]]:
    return [(story, copy) for story in range(STORIES) for copy in range(first_copy, COPIES)]


def _writer(errors: multiprocessing.Queue, url: str, number: int, first_copy: int = 0) -> None:  # type: ignore[type-arg]
    """Ingest two thirds of the corpus from copy `first_copy` on (overlapping the other writers'),
    in a shuffled order."""
    try:
        corpus = _corpus(first_copy)
        share = [item for index, item in enumerate(corpus) if index % WRITERS != number]
        random.Random(number).shuffle(share)
        with Timeline(url) as store:
            report = store.ingest_many((_extraction(*item) for item in share), batch_size=5)
        if report.skipped:
            errors.put(f"writer {number} skipped {report.skipped}")
    except BaseException as err:  # reported to the parent, which fails the test
        errors.put(f"writer {number}: {type(err).__name__}: {err}")


def _content(url: str) -> tuple[object, ...]:
    with Timeline(url) as store:
        events = store.milestones()
        entities = store.entities()
        content = (
            store.stats(),
            sorted((e.summary, e.value, e.source_count, e.subject.name if e.subject else "") for e in events),
            sorted((e.name, e.aliases, e.event_count, e.mention_count) for e in entities),
        )
    assert _recorded_mentions(url) == {e.name: e.mention_count for e in entities if e.mention_count}
    return content


def _recorded_mentions(url: str) -> dict[str, int]:
    """Entity name -> the mentions the store's per-article rows give it: those recorded under it
    and under every entity folded into it (in turn)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        kept = dict(connection.execute(text("SELECT id, folded_into FROM entities")).all())
        names = dict(connection.execute(text("SELECT id, name FROM entities")).all())
        rows = connection.execute(text("SELECT entity_id, mentions FROM entity_mentions")).all()
    engine.dispose()
    found: dict[str, int] = {}
    for entity_id, mentions in rows:
        while kept[entity_id] is not None:
            entity_id = kept[entity_id]
        found[names[entity_id]] = found.get(names[entity_id], 0) + mentions
    return found


def _race(store_url: str, first_copy: int = 0) -> None:
    """Run the writers at once; fail when one fails or reports a skipped article."""
    run_at_once([(_writer, (store_url, n, first_copy)) for n in range(WRITERS)])


def _same_as_one_writer(store_url: str, tmp_path) -> None:
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    with Timeline(alone) as store:
        store.ingest_many(_extraction(*item) for item in _corpus())
    stats, events, entities = _content(store_url)
    assert stats == {
        "articles": STORIES * COPIES,
        "events": STORIES,
        "entities": STORIES + 1,
        "sources": STORIES * COPIES,
    }
    assert (stats, events, entities) == _content(alone)
    assert all(count == COPIES for _, _, count, _ in events)


def test_three_writers_with_overlapping_input(store_url, tmp_path):
    Timeline(store_url).close()  # the schema exists before the writers race
    _race(store_url)
    _same_as_one_writer(store_url, tmp_path)


def test_three_writers_merging_into_stored_events(store_url, tmp_path):
    """Every entity and event is stored before the race, so on PostgreSQL no writer creates or
    folds an entity: they run side by side, kept apart only by the locks on their merge keys, and
    each report must still merge into its story's one event (no lost update of its counts)."""
    with Timeline(store_url) as store:
        store.ingest_many(_extraction(story, 0) for story in range(STORIES))
    _race(store_url, first_copy=1)
    _same_as_one_writer(store_url, tmp_path)


def _watch_copies(monkeypatch, table_name: str) -> list[bool]:
    """Patches the bulk path's COPY so that each COPY into `table_name` appends whether it clashed
    (went in not at all) to the list returned."""
    from timeline._store import bulk

    copied = bulk.copy_new
    clashes: list[bool] = []

    def watched_copy(connection, table, keys, rows):
        went_in = copied(connection, table, keys, rows)
        if table.name == table_name:
            clashes.append(not went_in)
        return went_in

    monkeypatch.setattr(bulk, "copy_new", watched_copy)
    return clashes


def test_texts_another_writer_stored_meanwhile_are_shared(store_url, monkeypatch):
    """PostgreSQL COPYs a batch's new texts at once: a text stored by another writer between the
    batch's look-up and its COPY (made here by hiding stored texts from the look-up) makes the COPY
    clash; the batch then looks them all up and COPYs the others: one row per text, every report
    pointing at it, nothing half-written."""
    if store_url.startswith("sqlite"):
        pytest.skip("SQLite has one writer at a time")
    from timeline._store import bulk

    with Timeline(store_url) as store:
        store.ingest_many([_extraction(story, 0) for story in range(3)])
    looked_up = bulk.select_where_in
    hidden = []

    def blind_to_texts(connection, table, columns, key, values):
        """The batch's first look-up of texts finds none; the one after the clash sees them."""
        if table.name == "texts" and not hidden:
            hidden.append(values)
            return []
        return looked_up(connection, table, columns, key, values)

    clashes = _watch_copies(monkeypatch, "texts")
    monkeypatch.setattr(bulk, "select_where_in", blind_to_texts)
    with Timeline(store_url) as store:  # a new process: its cache knows no text either
        report = store.ingest_many([_extraction(story, copy) for story in range(4) for copy in (1, 2)])
        assert (report.articles, report.events, report.merged_events) == (8, 1, 7)
        assert hidden and clashes == [True, False], "the look-up was hidden; the COPY clashed, the next not"
        with store._engine.connect() as connection:
            texts = connection.exec_driver_sql("SELECT count(*), count(DISTINCT digest) FROM texts").one()
            reported = connection.exec_driver_sql(
                "SELECT DISTINCT texts.body FROM sources JOIN texts ON texts.id = sources.sentence_id"
            ).scalars()
            sentences = {_extraction(story, 0).events[0].sentence for story in range(4)}
            assert sorted(reported) == sorted(sentences)
        assert texts[0] == texts[1]
        events = store.milestones()
    assert sorted(e.source_count for e in events) == [2, 3, 3, 3]


SHARED_LINE = "（来源：重庆日报）"


def _report_ending_with_the_shared_line(story: int) -> Extraction:
    """Story `story`: one undated event of its own company (no entity in common with another story),
    in an article ending with the line every story's article ends with."""
    name = f"重庆第{story}号科技有限公司"
    sentence = f"{name}新工厂投产。"
    article = Article(f"{sentence}\n{SHARED_LINE}", "2025-03-02")
    event = Event(
        type="production",
        trigger="投产",
        status="occurred",
        date=None,
        summary=f"{name}新工厂投产",
        sentence=sentence,
        article_id=article.id,
        start_char=0,
        end_char=len(sentence),
        entities=(EventEntity(name, "company", "subject"),),
    )
    return Extraction(article, (event,), (Entity(name, "company"),), ())


def test_a_writer_storing_a_text_an_open_batch_stored_does_not_wait_for_it(store_url, monkeypatch):
    """PostgreSQL commits a batch's new texts apart, at once: another writer storing one of them (here
    an outlet's closing line) goes on while that batch is still open. Inserted in the batch's own
    transaction, the text made the other writer wait for the whole batch (here past its lock
    timeout, cut to 3 s)."""
    if store_url.startswith("sqlite"):
        pytest.skip("SQLite has one writer at a time")
    from timeline._store import engine as store_engine
    from timeline._store.ingest_state import EntityCache
    from timeline._store.writer import IngestBatch

    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 3_000)  # read when a connection is made
    Timeline(store_url).close()
    with Timeline(store_url) as first, Timeline(store_url) as second:
        with store_engine.write_transaction(first._engine) as connection:
            IngestBatch(connection, EntityCache()).run([_report_ending_with_the_shared_line(0)])
            report = second.ingest(_report_ending_with_the_shared_line(1))
        assert (report.articles, report.events) == (1, 1)
        assert second.stats() == {"articles": 2, "events": 2, "entities": 2, "sources": 2}
        with second._engine.connect() as connection:
            stored = connection.exec_driver_sql(f"SELECT count(*) FROM texts WHERE body = '{SHARED_LINE}'")
            assert stored.scalar() == 1


def test_articles_another_writer_stored_meanwhile_are_duplicates(store_url, monkeypatch):
    """PostgreSQL COPYs a batch's articles at once: articles another writer stored after the
    batch's checks (made here by hiding stored articles from them) make the COPY clash; the batch
    then inserts them skipping the stored ones, counts those as duplicates and drops their reports."""
    if store_url.startswith("sqlite"):
        pytest.skip("SQLite has one writer at a time")
    from timeline._store import bulk, query_articles

    first = [_extraction(story, 0) for story in range(3)]
    with Timeline(store_url) as store:
        store.ingest_many(first)
        before = _content(store_url)
    looked_up = bulk.select_where_in

    def blind_to_articles(connection, table, columns, key, values):
        return [] if table.name == "articles" else looked_up(connection, table, columns, key, values)

    clashes = _watch_copies(monkeypatch, "articles")
    monkeypatch.setattr(query_articles, "stored_articles", lambda conn, ids, digests: ({}, set()))
    monkeypatch.setattr(bulk, "select_where_in", blind_to_articles)
    with Timeline(store_url) as store:
        report = store.ingest_many([*first, _extraction(3, 0), _extraction(0, 1)])
    assert clashes == [True]
    assert (report.articles, report.duplicates, report.events, report.merged_events) == (2, 3, 1, 1)
    stats, events, entities = _content(store_url)
    assert stats == {**before[0], "articles": 5, "events": 4, "sources": 5, "entities": 5}
    assert sorted(count for _, _, count, _ in events) == [1, 1, 1, 2]
    # Mentions of the five stored articles only: two of its company and one of 重庆 each.
    assert sorted(mentions for _, _, _, mentions in entities) == [2, 2, 2, 4, 5]


def test_reprints_after_new_articles_share_the_stored_texts(store_url, monkeypatch):
    """A PostgreSQL batch that found none of its long texts stored lets the next batch COPY its long
    texts without looking them up; reprints of articles stored by another process then clash,
    and are looked up and stored again: one row per text, every report merged."""
    clashes = _watch_copies(monkeypatch, "texts")
    with Timeline(store_url) as store:
        store.ingest_many([_extraction(story, 0) for story in range(3)])
    with Timeline(store_url) as store:  # another process: nothing cached
        store.ingest_many([_extraction(3, 0)])
        report = store.ingest_many([_extraction(story, 1) for story in range(3)])
        if not store_url.startswith("sqlite"):
            assert clashes == [False, False, True, False]
        assert (report.articles, report.events, report.merged_events) == (3, 0, 3)
        with store._engine.connect() as connection:
            texts = connection.exec_driver_sql("SELECT count(*), count(DISTINCT body) FROM texts").one()
    assert texts[0] == texts[1]
    assert sorted(count for _, _, count, _ in _content(store_url)[1]) == [1, 2, 2, 2]


def _company_report(text: str, name: str, summary: str = "") -> Extraction:
    article = Article(text, "2025-03-02")
    sentence = text
    event = Event(
        type="production",
        trigger="投产",
        status="occurred",
        date=None,
        summary=summary or text.rstrip("。"),
        sentence=sentence,
        article_id=article.id,
        start_char=0,
        end_char=len(sentence),
        entities=(EventEntity(name, "company", "subject"),),
    )
    return Extraction(article, (event,), (Entity(name, "company", aliases=(name[:2] + "公司",)),), ())


def test_a_fold_committed_just_before_a_batch_takes_the_writers_lock_is_followed(store_url, monkeypatch):
    """Third review: a batch looked for folded entities among its cached ids before taking the
    writers' lock, so a fold by hand committed in between (a `timeline entities merge` beside a
    long `timeline load`) left the batch linking events and aliases to the folded entity; the later
    split then failed for ever on the duplicate alias. The look is made under the lock."""
    if store_url.startswith("sqlite"):
        pytest.skip("SQLite: the write transaction holds the lock from its first read (BEGIN IMMEDIATE)")
    from timeline._store.writer import IngestBatch

    with Timeline(store_url) as loader:
        loader.ingest(_company_report("甲乙科技公司新工厂投产。", "甲乙科技公司"))
        loader.ingest(_company_report("丙丁科技公司新工厂投产。", "丙丁科技公司"))
        taking = IngestBatch._lock_writers
        merged: list[bool] = []

        def merge_first(batch, *, alone):
            if not merged:  # another process folds the loader's cached entity, then the batch locks
                merged.append(True)
                with Timeline(store_url) as other:
                    other.merge_entities("丙丁科技公司", "甲乙科技公司", reason="同一家")
            taking(batch, alone=alone)

        monkeypatch.setattr(IngestBatch, "_lock_writers", merge_first)
        loader.ingest(_company_report("甲乙科技公司二期工厂投产。", "甲乙科技公司"))
        assert merged
        with loader._engine.connect() as connection:
            on_folded = connection.exec_driver_sql(
                "SELECT (SELECT count(*) FROM event_entities ee JOIN entities e ON e.id = ee.entity_id"
                " WHERE e.folded_into IS NOT NULL)"
                " + (SELECT count(*) FROM aliases a JOIN entities e ON e.id = a.entity_id"
                " WHERE e.folded_into IS NOT NULL)"
                " + (SELECT count(*) FROM events ev JOIN entities e ON e.id = ev.subject_id"
                " WHERE e.folded_into IS NOT NULL)"
            ).scalar()
        assert on_folded == 0
        assert len(loader.events_for("丙丁科技公司")) == 3
        loader.split_entity("甲乙科技公司")  # what the fold moved goes back; a report made while
        assert len(loader.events_for("甲乙科技公司")) == 1  # it held stays with the kept one


def test_a_batch_waiting_for_merge_keys_writes_its_lone_reports_first(store_url, monkeypatch):
    """PostgreSQL: a batch whose merge keys another writer holds writes its lone reports (merge key
    alone in the batch, new sentence) before it waits for them. Here the other writer stores the
    same event meanwhile: under the locks the report merges into it, and the event it started
    goes with its rows (search, links, timeline, source)."""
    if store_url.startswith("sqlite"):
        pytest.skip("SQLite: the write transaction holds the lock from its first read (BEGIN IMMEDIATE)")
    import threading

    from timeline._store.ingest_concurrency import MERGE_LOCKS
    from timeline._store.writer import IngestBatch

    name = "甲乙科技公司"
    with Timeline(store_url) as loader:
        loader.ingest(_company_report("甲乙科技公司新工厂投产。", name))
    main = threading.current_thread()
    holding, go = threading.Event(), threading.Event()
    taking, asking = IngestBatch._lock_keys, IngestBatch._merge_keys_held
    seen: list[bool] = []

    def lock_then_hold(batch, space, keys):
        taking(batch, space, keys)
        if space == MERGE_LOCKS and threading.current_thread() is not main:
            holding.set()  # the other writer holds its merge keys until the batch has looked
            go.wait(30)

    def ask_then_release(batch):
        held = asking(batch)
        if threading.current_thread() is main:
            seen.append(held)
            go.set()
        return held

    monkeypatch.setattr(IngestBatch, "_lock_keys", lock_then_hold)
    monkeypatch.setattr(IngestBatch, "_merge_keys_held", ask_then_release)

    def other_writer() -> None:
        again = _company_report(
            "据报道，甲乙科技公司二期工厂投产。", name, summary="甲乙科技公司二期工厂投产"
        )
        with Timeline(store_url) as other:
            other.ingest(again)

    thread = threading.Thread(target=other_writer)
    thread.start()
    try:
        assert holding.wait(30)
        with Timeline(store_url) as loader:
            loader.ingest(_company_report("甲乙科技公司二期工厂投产。", name))
            assert seen == [True]
            assert sorted((e.summary, e.source_count) for e in loader.events_for(name)) == [
                ("甲乙科技公司二期工厂投产", 2),
                ("甲乙科技公司新工厂投产", 1),
            ]
            with loader._engine.connect() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_search),"
                    " (SELECT count(*) FROM entity_timeline),"
                    " (SELECT count(DISTINCT event_id) FROM event_entities), (SELECT count(*) FROM sources)"
                ).one()
            assert tuple(rows) == (2, 2, 2, 2, 3)
            assert [e.source_count for e in loader.milestones(query="据报道")] == [2]
    finally:
        go.set()
        thread.join(30)


def test_a_new_store_takes_planner_statistics_after_its_first_batch(store_url):
    """PostgreSQL: a new store's tables get the planner's statistics once its first batch is in,
    not when autovacuum comes round (a minute or so, or never below 50 rows). Without them the
    stored links of merged-into events were read by a sequential scan of `event_entities` in the
    merge-locked part of every batch, 34 ms instead of 0.5 ms at 200k links."""
    if store_url.startswith("sqlite"):
        pytest.skip("SQLite: the planner's statistics are PostgreSQL's")
    with Timeline(store_url) as store:
        store.ingest(_company_report("甲乙科技公司新工厂投产。", "甲乙科技公司"))
        with store._engine.connect() as connection:
            analysed = connection.exec_driver_sql(
                "SELECT relname FROM pg_stat_user_tables WHERE relid = ANY(ARRAY["
                "'events'::regclass, 'event_entities'::regclass, 'sources'::regclass]) "
                "AND last_analyze IS NOT NULL ORDER BY relname"
            ).scalars().all()
    assert analysed == ["event_entities", "events", "sources"]


def test_two_first_runs_into_one_empty_database_make_one_store(store_url, monkeypatch):
    """Fourth review: two `timeline ingest` runs started at once into an empty PostgreSQL database
    both created the tables; one failed with a duplicate key on pg_type. Both found the database
    empty here (a barrier holds each after that first look), then made the store one at a time."""
    import threading

    from timeline._store import engine

    looked = threading.Barrier(2, timeout=30)
    first_look = threading.local()
    check = engine._check_existing

    def check_then_wait(connection, **options):  # type: ignore[no-untyped-def]
        found = check(connection, **options)
        if not getattr(first_look, "done", False):
            first_look.done = True
            looked.wait()
        return found

    monkeypatch.setattr(engine, "_check_existing", check_then_wait)
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            Timeline(store_url).close()
        except BaseException as err:  # reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=open_store) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    monkeypatch.setattr(engine, "_check_existing", check)
    with Timeline(store_url) as store:
        assert store.stats()["articles"] == 0
