"""Store findings of the adversarial review (issue 11), each a reproduction that used to fail.

Undecodable text, dates at the ends of the calendar, control characters in queries, programming
errors hidden as skips, locked, read-only and foreign databases.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from sqlalchemy import create_engine, inspect
from test_cli import REPO

import timeline
from timeline import Article, Timeline
from timeline._store.writer import IngestBatch
from timeline.errors import (
    ArticleError,
    EntityMergeError,
    QueryFilterError,
    StoreError,
    StoreUnavailableError,
    UnknownEntityError,
    UnknownEventError,
)
from timeline.model import Entity


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as store:
        yield store


# -- 1: lone surrogates -----------------------------------------------------------------------------


def test_a_lone_surrogate_in_the_text_is_stored_as_a_replacement_character(tl):
    report = tl.ingest(Article("2025年1月15日，重庆实验室揭牌\ud800成立。", "2025-01-20"))
    assert report.articles == 1
    (stored,) = tl.articles()
    assert stored.text == "2025年1月15日，重庆实验室揭牌\ufffd成立。"
    assert all("\ud800" not in event.sources[0].sentence for event in tl.milestones())


def test_surrogates_and_nul_in_every_article_field_become_replacement_characters():
    article = Article(
        "会议\x00召开\udce9。", "2026-01-30", source="日报\udcff", title="标\ud800题", url="http://x/\udc80"
    )
    assert (article.text, article.source, article.title, article.url) == (
        "会议\ufffd召开\ufffd。",
        "日报\ufffd",
        "标\ufffd题",
        "http://x/\ufffd",
    )
    assert Article("会议召开\udce9。", "2026-01-30").id != Article("会议召开\udcea。", "2026-01-30").id


@pytest.mark.parametrize("field", ["source", "title", "url", "id"])
def test_article_fields_of_the_wrong_type_are_an_article_error(field):
    with pytest.raises(ArticleError, match=field):
        Article("会议召开。", "2026-01-30", **{field: {"x": 1}})  # type: ignore[arg-type]


def test_a_hand_built_extraction_with_a_surrogate_is_refused_as_an_article_error(tl, build):
    article = build.article("重庆实验室揭牌。")
    bad_event = build.extraction(article, build.event(article, "重庆实验室\udce9揭牌"))
    bad_entity = build.extraction(article, entities=(Entity("重庆\udce9实验室", "lab"),))
    for extraction in (bad_event, bad_entity):
        with pytest.raises(ArticleError, match="surrogate"):
            tl.ingest(extraction)
    report = tl.ingest_many([bad_event])
    assert report.articles == 0 and "surrogate" in report.skipped[0][1]


@pytest.mark.parametrize("value", ["2025-01-15\udce9", "\x00"], ids=["surrogate", "nul"])
def test_a_date_value_no_database_can_hold_is_an_article_error(tl, build, value):
    """Fourth review: `timeline load` of an extraction whose date value was a lone surrogate
    (`"\\ud800"` in the JSON) raised UnicodeEncodeError from the driver; the value was not among
    the texts checked."""
    article = build.article("2025年1月15日，重庆实验室揭牌。")
    date = attrs.evolve(build.date("2025-01-15", "2025-01-15", "2025-01-15", "day"), value=value)
    bad = build.extraction(article, build.event(article, "重庆实验室揭牌", date=date))
    with pytest.raises(ArticleError, match="surrogate or NUL"):
        tl.ingest(bad)
    assert tl.ingest_many([bad]).skipped and tl.stats()["articles"] == 0


# -- 2: the ends of the calendar -----------------------------------------------------------------------


def test_an_article_of_year_one_after_a_long_event_is_stored(tl, build):
    year = build.article("2025年，重庆实验室揭牌。", "2026-01-30")
    tl.ingest(
        build.extraction(
            year,
            build.event(year, "重庆实验室揭牌", date=build.date("2025", "2025-01-01", "2025-12-31", "year")),
        )
    )
    tl.ingest(Article("1月5日，重庆实验室揭牌成立。", "0001-03-01"))
    assert [e.value for e in tl.milestones(since="0001", until="0001")] == ["0001-01-05"]
    assert tl.milestones(since="0001-01-01")[0].start == dt.date(1, 1, 5)
    assert next(e.value for e in tl.milestones(entity="重庆实验室", since="0001")) == "0001-01-05"


def test_the_last_day_of_the_calendar_is_stored_and_queried(tl, build):
    article = build.article("9999年12月31日，重庆实验室揭牌。", "9999-12-31")
    last = build.date("9999-12-31", "9999-12-31", "9999-12-31", "day")
    tl.ingest(build.extraction(article, build.event(article, "重庆实验室揭牌", date=last)))
    tl.ingest(Article("12月30日，重庆实验室揭牌成立。", "9999-12-31"))
    window = tl.milestones(since="9999-12-31", until="9999", dated_only=True)
    assert [e.value for e in window] == ["9999-12-31"]


# -- 16: control characters in query strings ------------------------------------------------------------


@pytest.mark.parametrize("query", ["\x00", "重庆\x00", "\x1b[2J", "实验\x07室", "\udce9"])
def test_control_characters_in_query_strings_are_refused(tl, build, query):
    article = build.article("重庆实验室揭牌。")
    tl.ingest(build.extraction(article, entities=(Entity("重庆实验室", "lab"),)))
    with pytest.raises(QueryFilterError, match="control character"):
        tl.entities(query=query)
    with pytest.raises(QueryFilterError, match="control character"):
        tl.milestones(entity=query)
    with pytest.raises(QueryFilterError, match="control character"):
        tl.entity(query)
    with pytest.raises(QueryFilterError, match="control character"):
        tl.milestones(query=query)
    assert [e.name for e in tl.entities(query="实验")] == ["重庆实验室"]


@pytest.mark.parametrize("blank", ["", "  ", "\u3000", "\t\n"], ids=["empty", "spaces", "ideographic", "tab"])
def test_a_blank_query_or_name_is_refused_not_read_as_no_filter(tl, build, blank):
    """As the CLI does: an empty or blank text would match everything (or nothing); None is no filter."""
    article = build.article("重庆实验室揭牌。")
    tl.ingest(build.extraction(article, entities=(Entity("重庆实验室", "lab"),)))
    calls = [
        lambda: tl.milestones(query=blank),
        lambda: tl.milestones(entity=blank),
        lambda: tl.entities(query=blank),
        lambda: tl.entity(blank),
        lambda: tl.events_for(blank),
    ]
    for call in calls:
        with pytest.raises(ValueError, match="empty or blank"):
            call()
    assert [e.name for e in tl.entities(query=None)] == ["重庆实验室"]


@pytest.mark.parametrize("filters", [{"types": []}, {"status": ()}, {"types": ""}, {"status": " "}])
def test_an_empty_list_of_types_or_statuses_is_refused(tl, build, filters):
    article = build.article("重庆实验室揭牌。")
    tl.ingest(build.extraction(article, entities=(Entity("重庆实验室", "lab"),)))
    with pytest.raises(QueryFilterError):
        tl.milestones(**filters)


@pytest.mark.parametrize("flag", ["yes", "false", 1, 0, None, 1.0, [True]])
def test_dated_only_that_is_no_bool_is_a_query_error(tl, flag):
    """Adversarial pass: dated_only="yes" (or "false", read as true) filtered as any truthy value
    would; like a wrong limit or date, it is refused before any SQL."""
    with pytest.raises(QueryFilterError, match="dated_only must be True or False"):
        tl.milestones(dated_only=flag)
    with pytest.raises(QueryFilterError, match="dated_only must be True or False"):
        tl.iter_milestones(dated_only=flag)
    assert tl.milestones(dated_only=False) == tl.milestones(dated_only=True) == []



@pytest.mark.parametrize("flag", ["no", "false", 1, 0, None, [False]])
def test_replace_or_read_only_that_is_no_bool_is_refused(tl, build, store_url, flag):
    """Adversarial pass: replace="no" is truthy and would re-extract and replace a stored article;
    a switch of the write side that is no bool is a TypeError before anything is read or written."""
    article = build.article("2025年1月15日，重庆实验室揭牌成立。")
    tl.ingest(article)
    changed = attrs.evolve(article, source="另一来源")
    for call in (
        lambda: tl.ingest(changed, replace=flag),
        lambda: tl.ingest_many([changed], replace=flag),
        lambda: tl.screen(replace=flag),
    ):
        with pytest.raises(TypeError, match="replace must be True or False"):
            call()
    with pytest.raises(TypeError, match="read_only must be True or False"):
        Timeline(store_url, read_only=flag)
    assert [source.source for event in tl.milestones() for source in tl.sources(event.id)] == [article.source]

# -- 17: names compared normalised -----------------------------------------------------------------------


def test_names_are_looked_up_normalised(tl, build):
    article = build.article("重庆实验室（二期）揭牌。")
    tl.ingest(
        build.extraction(
            article,
            build.event(article, "重庆实验室（二期）揭牌", subject=("重庆实验室（二期）", "lab")),
            entities=(Entity("重庆实验室（二期）", "lab"),),
        )
    )
    (lab,) = tl.entities()
    assert (lab.name, lab.aliases) == ("重庆实验室（二期）", ())
    assert tl.entity("重庆实验室(二期)").id == lab.id
    assert tl.entity("重庆实验室 （二期）").id == lab.id
    assert [e.id for e in tl.entities(query="(二期)")] == [lab.id]
    assert len(tl.events_for("重庆实验室(二期)")) == 1


# -- 18: programming errors surface --------------------------------------------------------------------


def test_a_writer_bug_is_raised_not_skipped(tl, build):
    article = build.article("重庆实验室揭牌。")
    original = IngestBatch._buffer_article

    def broken(self, extraction, digest):
        original(self, extraction, digest)
        raise TypeError("a writer bug")

    IngestBatch._buffer_article = broken  # type: ignore[method-assign]
    try:
        with pytest.raises(TypeError, match="a writer bug"):
            tl.ingest_many([build.extraction(article, build.event(article, "重庆实验室揭牌"))])
    finally:
        IngestBatch._buffer_article = original  # type: ignore[method-assign]
    assert tl.stats()["articles"] == 0


def test_an_extractor_bug_is_raised_not_skipped(tl, monkeypatch):
    def extract(article):
        raise IndexError("ran off the end")

    fake = types.ModuleType("timeline.events")
    fake.extract = extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "timeline.events", fake)
    monkeypatch.setattr(timeline, "events", fake, raising=False)
    with pytest.raises(IndexError):
        tl.ingest_many([Article("重庆实验室揭牌。", "2026-01-30")])


# -- 7: a locked database -------------------------------------------------------------------------------


def test_a_locked_database_is_unavailable_not_skipped_articles(tmp_path, build, monkeypatch):
    from timeline._store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "locked.db"
    with Timeline(str(path)) as tl:
        tl.ingest(build.extraction(build.article("第一篇。")))
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            articles = [build.extraction(build.article(f"第{n}篇：公司开业。")) for n in range(2, 7)]
            with pytest.raises(StoreUnavailableError, match="locked by another writer"):
                tl.ingest_many(articles, batch_size=2)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert tl.stats()["articles"] == 1
        assert tl.ingest_many(articles, batch_size=2).articles == 5


# -- the store's file changed under an open store (store pass, harden16) ---------------------------------


def _replaced_by_another_store(path):
    other = path.with_name("other.db")
    with Timeline(other) as store:
        store.ingest(Article("2024年3月1日，金凤实验室揭牌。", "2024-03-02", id="other"))
    os.replace(other, path)


def _made_a_directory(path):
    path.unlink()
    path.mkdir()


@pytest.mark.parametrize(
    "change",
    [_replaced_by_another_store, _made_a_directory, os.unlink],
    ids=["replaced", "directory", "removed"],
)
def test_a_store_file_replaced_or_removed_while_open_is_unavailable(tmp_path, build, change):
    """SQLite goes on writing the file it opened, which no name reaches any more: ingest reported
    the articles stored and they were gone when the process ended."""
    path = tmp_path / "news.db"
    with Timeline(path) as tl:
        tl.ingest(build.extraction(build.article("重庆实验室揭牌。", id="a")))
        change(path)
        with pytest.raises(StoreUnavailableError, match="replaced or removed while the store was open"):
            tl.ingest(build.extraction(build.article("重庆实验室签约。", id="b")))
        with pytest.raises(StoreUnavailableError, match="replaced or removed while the store was open"):
            tl.milestones()
        replacing = path.read_bytes() if path.is_file() else None
    assert list(tmp_path.glob("news.db-*")) == []  # its -wal and -shm files, left by SQLite, removed
    if replacing is not None:  # the store that took its place is as it was
        assert path.read_bytes() == replacing


def test_a_store_put_in_the_place_of_an_open_one_keeps_only_its_own_articles(tmp_path, build):
    """SQLite neither checkpoints nor removes the -wal file of a store whose file has moved; left
    at the path, it was replayed onto the store put there (article "a" appeared in it)."""
    path = tmp_path / "news.db"
    with Timeline(path) as tl:
        tl.ingest(build.extraction(build.article("重庆实验室揭牌。", id="a")))
        _replaced_by_another_store(path)
    with Timeline(path, read_only=True) as other:
        assert [a.id for a in other.articles()] == ["other"]


def test_a_store_file_truncated_while_open_is_unavailable_not_a_bus_error(tmp_path):
    """The first GiB of the file is memory-mapped (`SQLITE_MMAP_BYTES`): a page read past the end
    of a file truncated under it killed the process with SIGBUS (exit -7, no message)."""
    script = """
import sys
from timeline import Article, Timeline
from timeline.errors import StoreUnavailableError
with Timeline(sys.argv[1]) as tl:
    for n in range(1, 30):
        tl.ingest(Article(f"2024年3月{n}日，第{n}号实验室揭牌成立。", "2024-04-01", id=str(n)))
    open(sys.argv[1], "r+b").truncate(0)
    try:
        tl.ingest(Article("2024年4月1日，金凤实验室揭牌成立。", "2024-04-02", id="late"))
    except StoreUnavailableError as err:
        print(err)
"""
    path = tmp_path / "news.db"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "was truncated while the store was open" in done.stdout


def _stored_in_the_file(path, build):
    """A store of one article, closed: its pages are in the file, not in a -wal."""
    with Timeline(path) as tl:
        tl.ingest(build.extraction(build.article("重庆实验室揭牌。", id="a")))


def test_an_outside_vacuum_of_an_open_store_is_no_truncation(tmp_path, build):
    """VACUUM (the sqlite3 shell, another program) makes the file smaller, a whole database: the
    store open beside it refused every batch after it as 'truncated'."""
    path = tmp_path / "news.db"
    _stored_in_the_file(path, build)
    with Timeline(path) as tl:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("CREATE TABLE scratch AS SELECT zeroblob(100000) AS b FROM articles")
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert [a.id for a in tl.articles()] == ["a"]  # the larger file seen
        larger = path.stat().st_size
        other.execute("DROP TABLE scratch")
        other.execute("VACUUM")
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        other.close()
        assert path.stat().st_size < larger
        tl.ingest(build.extraction(build.article("金凤实验室揭牌。", id="b")))
        assert sorted(a.id for a in tl.articles()) == ["a", "b"]
    with Timeline(path, read_only=True) as reader:
        assert sorted(a.id for a in reader.articles()) == ["a", "b"]


def test_a_store_file_cut_at_a_page_boundary_while_open_is_still_truncated(tmp_path, build):
    """Its header intact, it still counts the pages cut off."""
    path = tmp_path / "news.db"
    _stored_in_the_file(path, build)
    with Timeline(path) as tl:
        assert [a.id for a in tl.articles()] == ["a"]
        os.truncate(path, 4096)
        with pytest.raises(StoreUnavailableError, match="was truncated while the store was open"):
            tl.ingest(build.extraction(build.article("金凤实验室揭牌。", id="b")))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_the_vacuum_check_does_not_wait_on_a_fifo_put_in_the_stores_place(tmp_path):
    """The header of a file that shrank is read by its path, after the file's identity was checked:
    a FIFO put there meanwhile made the check wait for a writer for ever."""
    import threading

    from timeline._store.engine import _whole_database

    fifo = tmp_path / "news.db"
    os.mkfifo(fifo)
    answer: list[bool] = []
    reader = threading.Thread(target=lambda: answer.append(_whole_database(fifo, 0)), daemon=True)
    reader.start()
    reader.join(timeout=30)
    if reader.is_alive():
        with open(fifo, "wb"):  # let the waiting thread go
            pass
        pytest.fail("the check waited on the FIFO")
    assert answer == [False]


_TRUNCATED_DURING_A_BATCH = """
import sys
from timeline import Article, Timeline
from timeline._store.writer import IngestBatch
from timeline.errors import StoreError
name, after = sys.argv[2], sys.argv[3] == "after"
step = getattr(IngestBatch, name)
def truncating(batch):
    if after:
        step(batch)
    open(sys.argv[1], "r+b").truncate(0)
    if not after:
        return step(batch)
with Timeline(sys.argv[1]) as tl:  # closed: its pages are in the file, not in a -wal
    for n in range(1, 30):
        tl.ingest(Article(f"2024年3月{n}日，第{n}号实验室揭牌成立。", "2024-04-01", id=str(n)))
with Timeline(sys.argv[1]) as tl:
    setattr(IngestBatch, name, truncating)
    try:
        tl.ingest(Article("2024年4月1日，第3号实验室揭牌成立。", "2024-04-02", id="late"))
        print("stored")
    except StoreError as err:
        print(err)
    setattr(IngestBatch, name, step)
    try:
        tl.ingest(Article("2024年4月2日，金凤实验室揭牌成立。", "2024-04-03", id="later"))
    except StoreError as err:
        print(err)
"""


@pytest.mark.parametrize(
    ("step", "when", "first_error"),
    [
        ("_stored_candidates", "before", "malformed"),
        ("_write", "after", "was truncated while the store was open"),
    ],
    ids=["before-a-read", "before-the-commit"],
)
def test_a_store_file_truncated_during_a_batch_is_a_store_error_not_a_bus_error(
    tmp_path, step, when, first_error
):
    """The file truncated in the middle of a batch, after the file watch looked at it: the batch's
    next read of a page of the memory map (a page in the file, not in a -wal) killed the process
    with SIGBUS (exit -7, no message); truncated after its last read, the batch was reported stored
    in a -wal over an empty file. A writable store reads its file with read() and looks at it again
    before it commits: the batch fails with a store error, and the next one is refused as truncated."""
    path = tmp_path / "news.db"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    done = subprocess.run(
        [sys.executable, "-c", _TRUNCATED_DURING_A_BATCH, str(path), step, when],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode, done.stderr) == (0, "")
    first, second = done.stdout.splitlines()
    assert first_error in first
    assert "was truncated while the store was open" in second


_TRUNCATED_DURING_A_READ = """
import sys
from timeline import Article, Timeline
from timeline.errors import StoreError
articles = (
    Article(f"2024年3月{n % 28 + 1}日，第{n}号实验室揭牌。", "2024-04-01", id=str(n)) for n in range(1, 1200)
)
with Timeline(sys.argv[1]) as tl:  # closed: its pages are in the file, not in a -wal
    tl.ingest_many(articles)
with Timeline(sys.argv[1], read_only=True) as tl:
    events = tl.iter_milestones()  # one snapshot, read a batch of rows at a time
    next(events)
    open(sys.argv[1], "r+b").truncate(4096)
    try:
        print(sum(1 for _ in events))
    except StoreError as err:
        print(err)
"""


def test_a_read_only_store_truncated_during_a_read_is_a_store_error_not_a_bus_error(tmp_path):
    """harden19 (crash, open since): a read-only store (every read of the command line) read its
    file through a memory map, so a file truncated by another program during a read (an export
    streaming its events; `cp other.db news.db` truncates before it copies) killed the process
    with SIGBUS (exit -7, no message). It reads with read(), as a writable store does: a store error."""
    path = tmp_path / "news.db"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    done = subprocess.run(
        [sys.executable, "-c", _TRUNCATED_DURING_A_READ, str(path)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "malformed" in done.stdout or "truncated" in done.stdout, done.stdout


# -- 12, 13: foreign, empty and read-only databases ------------------------------------------------------


def _other_app(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_database_of_another_application_is_refused_untouched(tmp_path, read_only):
    path = tmp_path / "other_app.db"
    _other_app(path)
    before = path.read_bytes()
    with pytest.raises(StoreUnavailableError, match=r"not a timeline store .*invoices"):
        Timeline(str(path), read_only=read_only)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other_app.db"]
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["invoices"]
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    engine.dispose()


def test_another_applications_postgresql_schema_is_refused(store_url):
    if not store_url.startswith("postgresql"):
        pytest.skip("the SQLite case is the test above")
    engine = create_engine(store_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    engine.dispose()
    with pytest.raises(StoreUnavailableError, match="not a timeline store"):
        Timeline(store_url)


def test_read_only_opening_of_an_empty_database_creates_nothing(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(StoreUnavailableError, match="empty, not a timeline store"):
        Timeline(str(path), read_only=True)
    assert path.stat().st_size == 0


def test_a_read_only_store_is_queried_and_leaves_no_wal_files(tmp_path, build):
    path = tmp_path / "store.db"
    with Timeline(str(path)) as writable:
        writable.ingest(
            build.extraction(build.article("重庆实验室揭牌。"), entities=(Entity("重庆实验室", "lab"),))
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]
    before = path.read_bytes()
    with Timeline(str(path), read_only=True) as reader:
        assert reader.stats()["articles"] == 1
        assert [e.name for e in reader.entities()] == ["重庆实验室"]
        with pytest.raises(StoreUnavailableError, match="read-only"):
            reader.ingest(build.extraction(build.article("第二篇。")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]
    assert path.read_bytes() == before


def _stored_one_article(path, build):
    with Timeline(str(path)) as writable:
        writable.ingest(build.extraction(build.article("重庆实验室揭牌。")))
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("how", ["?mode=ro", "read_only"])
def test_a_reader_leaves_no_wal_files_when_it_closes_last(tmp_path, build, how):
    """A `?mode=ro` reader made -wal and -shm and, unable to write, left them behind; it is opened
    read-write with every statement refused, so SQLite removes them as the last connection."""
    path = tmp_path / "store.db"
    _stored_one_article(path, build)
    url = f"sqlite:///{path}" + ("?mode=ro" if how == "?mode=ro" else "")
    writer = Timeline(str(path))
    with Timeline(url, read_only=how == "read_only") as reader:
        assert reader.read_only and reader.stats()["articles"] == 1
        writer.ingest(build.extraction(build.article("第二篇。")))
        writer.close()  # the reader is now the last connection
        assert reader.stats()["articles"] == 2
        with pytest.raises(StoreUnavailableError, match="read-only"):
            reader.ingest(build.extraction(build.article("第三篇。")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    connection.close()


class _FullDisk:
    """What os.statvfs says of a full file system: no block free."""

    f_bavail = 0
    f_frsize = 4096


def test_a_reader_on_a_full_disk_creates_no_file_and_reads(tmp_path, build, monkeypatch):
    """Ninth review (low): on a full disk a reader made an empty -wal and a -shm it could not fill,
    left both behind and read nothing ('disk I/O error', seen on a full tmpfs). With less than
    READ_SPACE_BYTES free the store is opened immutable: nothing is created, even while it is
    open (a reader through a -wal and a -shm has them until it closes)."""
    path = tmp_path / "store.db"
    _stored_one_article(path, build)
    monkeypatch.setattr(os, "statvfs", lambda folder: _FullDisk())
    for url in (str(path), f"sqlite:///{path}?mode=ro"):
        with Timeline(url, read_only=True) as reader:
            assert reader.stats()["articles"] == 1
            assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]


def test_a_reader_creates_no_file_for_a_missing_store(tmp_path):
    with pytest.raises(StoreUnavailableError, match="no database at"):
        Timeline(str(tmp_path / "missing.db"), read_only=True)
    with pytest.raises(StoreUnavailableError, match="no database at"):
        Timeline(f"sqlite:///{tmp_path / 'missing.db'}?mode=ro")
    assert list(tmp_path.iterdir()) == []


_READ_IN_ANOTHER_PROCESS = """
import sys
from timeline import Timeline
with Timeline(sys.argv[1], read_only=True) as reader:
    print(reader.stats()["articles"], len(reader.milestones()))
"""


def _read_without_write_permission(url: str) -> subprocess.CompletedProcess[str]:
    """Read `url` in a process that file permissions bind: as root, one without the capabilities
    that override them (root may write a read-only file)."""
    command = [sys.executable, "-c", _READ_IN_ANOTHER_PROCESS, url]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file permissions cannot be made to bind")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", *command]
    root = os.path.dirname(os.path.dirname(os.path.abspath(timeline.__file__)))
    return subprocess.run(command, capture_output=True, text=True, cwd=root, timeout=120, check=False)


@pytest.mark.parametrize("read_only", ["file", "folder", "both"])
def test_a_store_without_write_permission_is_read_and_left_as_it_was(tmp_path, build, read_only):
    """A reader that cannot write the file or its folder opens it immutable: it read nothing
    (`attempt to write a readonly database`) in a read-only folder, and left -wal and -shm files
    it could not remove next to a read-only file."""
    folder = tmp_path / "store"
    folder.mkdir()
    path = folder / "store.db"
    _stored_one_article(path, build)
    before = path.read_bytes()
    if read_only in ("file", "both"):
        path.chmod(0o444)
    if read_only in ("folder", "both"):
        folder.chmod(0o555)
    try:
        done = _read_without_write_permission(str(path))
        assert done.returncode == 0, done.stderr
        assert done.stdout.split()[0] == "1"
        assert sorted(p.name for p in folder.iterdir()) == ["store.db"]
        assert path.read_bytes() == before
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_what_a_reader_without_write_permission_leaves_is_the_writers(tmp_path, build):
    """Where the reader cannot write and a writer is at work (its -wal exists), the reader reads
    through the writer's files and they stay until the writer closes: SQLite's files, not the
    reader's."""
    folder = tmp_path / "store"
    folder.mkdir()
    path = folder / "store.db"
    _stored_one_article(path, build)
    with Timeline(str(path)) as writer:
        writer.ingest(build.extraction(build.article("第二篇。")))
        path.chmod(0o444)
        folder.chmod(0o555)
        try:
            done = _read_without_write_permission(str(path))
        finally:
            folder.chmod(0o755)
            path.chmod(0o644)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split()[0] == "2"
        assert sorted(p.name for p in folder.iterdir()) == ["store.db", "store.db-shm", "store.db-wal"]
    assert sorted(p.name for p in folder.iterdir()) == ["store.db"]


def test_a_read_only_postgresql_session_writes_nothing(store_url, build):
    with Timeline(store_url) as writable:
        writable.ingest(build.extraction(build.article("重庆实验室揭牌。")))
    with Timeline(store_url, read_only=True) as reader:
        assert reader.stats()["articles"] == 1
        from timeline._store.engine import write_transaction

        with (
            pytest.raises(Exception, match=r"(?i)read.?only|readonly"),
            write_transaction(reader._engine) as c,
        ):
            c.exec_driver_sql("DELETE FROM articles")
    with Timeline(store_url) as again:
        assert again.stats()["articles"] == 1


def test_a_postgresql_role_that_may_only_read_is_unavailable_not_every_article_skipped(store_url, build):
    """A role with SELECT only (the store made by another): the first write is refused by the
    server (42501), and the batch was retried article by article, each skipped as 'not stored'."""
    if not store_url.startswith("postgresql"):
        pytest.skip("SQLite has no roles: a read-only file is the test of issue item 13")
    import uuid

    from sqlalchemy.engine import make_url

    with Timeline(store_url) as writable:
        for article_id, name in (("a", "重庆实验室"), ("b", "金凤实验室")):
            article = build.article(f"{name}揭牌。", id=article_id)
            event = build.event(article, f"{name}揭牌", subject=(name, "lab"))
            writable.ingest(build.extraction(article, event, entities=(Entity(name, "lab"),)))
    role = f"reader_{uuid.uuid4().hex[:12]}"
    url = make_url(store_url)
    schema = url.query["options"].removeprefix("-csearch_path=")
    admin = create_engine(store_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN')
        connection.exec_driver_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')
        connection.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"')
    as_reader = url.update_query_dict({"options": f"-csearch_path={schema} -crole={role}"})
    try:
        with Timeline(as_reader.render_as_string(hide_password=False)) as reader:
            articles = [build.extraction(build.article(f"第{n}号实验室揭牌。", id=f"n{n}")) for n in range(3)]
            with pytest.raises(StoreUnavailableError, match="permission denied"):
                reader.ingest_many(articles)
            with pytest.raises(StoreUnavailableError, match="permission denied"):
                reader.merge_entities("重庆实验室", "金凤实验室", reason="test")
            assert sorted(a.id for a in reader.articles()) == ["a", "b"]
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP OWNED BY "{role}"')
            connection.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


def _schema_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).query["options"].removeprefix("-csearch_path=")


@pytest.fixture
def scratch_schema(store_url):
    """A schema anyone may create in, named before pg_catalog on a session's search path."""
    if not store_url.startswith("postgresql"):
        pytest.skip("SQLite has no search path")
    scratch = f"{_schema_of(store_url)}_scratch"
    admin = create_engine(store_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{scratch}"')
        connection.exec_driver_sql(f'GRANT CREATE, USAGE ON SCHEMA "{scratch}" TO PUBLIC')
    try:
        yield scratch
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{scratch}" CASCADE')
        admin.dispose()


def _through_path(url: str, path: str) -> str:
    from sqlalchemy.engine import make_url

    with_path = make_url(url).update_query_dict({"options": f"-csearch_path={path}"})
    return with_path.render_as_string(hide_password=False)


def test_a_search_path_with_a_writable_schema_before_pg_catalog_runs_only_built_in_functions(
    store_url, scratch_schema, build
):
    """`scratch, pg_catalog, store`: functions made in the scratch schema with the signatures of
    the built-ins the writer and the reads call were run in their place, with the store's rights."""
    schema = _schema_of(store_url)
    with Timeline(store_url) as writable:
        writable.ingest(build.extraction(build.article("重庆实验室揭牌。", id="a")))
    admin = create_engine(store_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE TABLE "{scratch_schema}".calls (name TEXT)')
        for name, arguments, returns in (
            ("pg_advisory_xact_lock_shared", "bigint", "void"),
            ("pg_advisory_xact_lock", "bigint", "void"),
            ("pg_advisory_xact_lock", "integer, integer", "void"),
        ):
            connection.exec_driver_sql(
                f'CREATE FUNCTION "{scratch_schema}".{name}({arguments}) RETURNS {returns} '
                f"LANGUAGE sql AS $$ INSERT INTO \"{scratch_schema}\".calls VALUES ('{name}') "
                f"RETURNING {'NULL::' + returns} $$"
            )
    admin.dispose()
    hostile = _through_path(store_url, f"{scratch_schema},pg_catalog,{schema}")
    with Timeline(hostile) as tl:
        tl.ingest(build.extraction(build.article("金凤实验室揭牌。", id="b")))
        assert sorted(a.id for a in tl.articles()) == ["a", "b"]
        tl.milestones()
    admin = create_engine(store_url)
    with admin.connect() as connection:
        calls = connection.exec_driver_sql(f'SELECT name FROM "{scratch_schema}".calls').scalars().all()
    admin.dispose()
    assert calls == []


def test_a_store_in_a_schema_of_its_own_is_read_and_written_beside_a_scratch_schema(
    store_url, scratch_schema, build
):
    """The path pinned to the store's schema: the store is found after another schema on the path,
    and a new store is made where a CREATE TABLE of the session would make it."""
    schema = _schema_of(store_url)
    with Timeline(_through_path(store_url, f"{schema},{scratch_schema}")) as made:
        made.ingest(build.extraction(build.article("重庆实验室揭牌。", id="a")))
    with Timeline(_through_path(store_url, f"{scratch_schema},{schema}")) as found:
        assert [a.id for a in found.articles()] == ["a"]
        found.ingest(build.extraction(build.article("金凤实验室揭牌。", id="b")))
    with Timeline(store_url, read_only=True) as reader:
        assert sorted(a.id for a in reader.articles()) == ["a", "b"]
    admin = create_engine(store_url)
    with admin.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_tables WHERE schemaname = %(s)s", {"s": scratch_schema}
        ).scalar()
    admin.dispose()
    assert tables == 0


# -- 5: an empty URL ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["", "   "])
def test_an_empty_url_is_an_error(url):
    with pytest.raises(StoreUnavailableError, match="empty"):
        Timeline(url)


# -- review 2: values longer than the store's columns ------------------------------------------------


def test_an_article_id_longer_than_the_store_holds_is_an_article_error():
    assert len(Article("会议召开。", "2026-01-30", id="x" * 255).id) == 255
    with pytest.raises(ArticleError, match="256 characters"):
        Article("会议召开。", "2026-01-30", id="x" * 256)


def test_an_entity_name_longer_than_the_store_holds_is_skipped_on_every_database(tl, build):
    long_name = "重庆" * 130 + "实验室"
    article = build.article(f"{long_name}揭牌。")
    as_entity = build.extraction(article, entities=(Entity(long_name, "lab"),))
    as_subject = build.extraction(
        article, build.event(article, f"{long_name}揭牌", subject=(long_name, "lab"))
    )
    for extraction in (as_entity, as_subject):
        report = tl.ingest_many([extraction])
        assert report.articles == 0 and "255 characters" in report.skipped[0][1]
    assert tl.entities() == []


def test_postgresql_never_cuts_a_long_value_to_fit_a_column(store_url):
    """Bulk writes cast their arrays to the column types: a cast to VARCHAR(255) used to cut a
    longer value silently (an article id of 300 characters was stored as another id)."""
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's bulk writes")
    from timeline._store import bulk, orm

    engine = create_engine(store_url)
    try:
        with Timeline(store_url):
            pass
        with engine.begin() as conn, pytest.raises(Exception, match="too long"):
            bulk.insert_new(conn, orm.EntityRow.__table__, ("name", "type"), [("x" * 300, "lab")])
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM entities").scalar() == 0
    finally:
        engine.dispose()


# -- review: numbers no database integer holds, through the library ---------------------------------


@pytest.mark.parametrize(
    "page",
    [{"offset": 2**70}, {"offset": 2**63}, {"limit": 2**70}, {"offset": 2**63 - 1, "limit": 2**63 - 1}],
    ids=["offset-2^70", "offset-2^63", "limit-2^70", "both-largest"],
)
def test_a_huge_source_page_is_empty_or_whole_not_an_overflow(tl, build, page):
    article = build.article("2025年1月15日，重庆实验室揭牌。")
    tl.ingest(build.extraction(article, build.event(article, "重庆实验室揭牌")))
    (event,) = tl.milestones()
    found = tl.sources(event.id, **page)
    assert found == ([] if page.get("offset") else list(event.sources))


@pytest.mark.parametrize(
    "page",
    [
        {"limit": 2**31},
        {"offset": 2**31},
        {"limit": 2**40, "dated_only": True},
        {"limit": 2**33, "since": "2025"},
    ],
    ids=["limit", "offset", "dated-only", "window"],
)
def test_limits_past_a_32_bit_integer_work_on_every_database(tl, build, page):
    """PostgreSQL's INTEGER is 32 bits: a bound LIMIT of 2**31 used to fail the query there."""
    article = build.article("2025年1月15日，重庆实验室揭牌。")
    day = build.date("2025-01-15", "2025-01-15", "2025-01-15", "day")
    tl.ingest(build.extraction(article, build.event(article, "重庆实验室揭牌", date=day)))
    assert len(tl.milestones(**page)) == (0 if "offset" in page else 1)


@pytest.mark.parametrize("event_id", [2**40, 10**30, -1, "3", None])
def test_an_id_past_a_32_bit_integer_is_no_event(tl, event_id):
    """`sources` (third review) raised OverflowError from the driver for an id past SQLite's
    INTEGER, where `event` says there is no such event."""
    with pytest.raises(timeline.errors.UnknownEventError):
        tl.event(event_id)
    with pytest.raises(timeline.errors.UnknownEventError):
        tl.sources(event_id)


@pytest.mark.parametrize("name", [10**30, None, "\x1b[2J"])
def test_split_entity_of_no_name_is_a_query_error(tl, name):
    """`split_entity` sent any value to the database (OverflowError for a huge int): it checks the
    name as every other lookup does."""
    with pytest.raises(QueryFilterError):
        tl.split_entity(name)


@pytest.mark.parametrize("reason", ["同一\ud800家", "同一\x00家"], ids=["surrogate", "nul"])
def test_a_merge_reason_with_a_surrogate_or_nul_is_recorded_with_a_replacement_character(tl, build, reason):
    """`timeline entities merge … --reason` takes argv, which holds lone surrogates for bytes that
    are not UTF-8: the merge used to fail with a raw UnicodeEncodeError."""
    article = build.article("重庆实验室与金凤实验室签约。")
    tl.ingest(build.extraction(article, entities=(Entity("重庆实验室", "lab"), Entity("金凤实验室", "lab"))))
    tl.merge_entities("重庆实验室", "金凤实验室", reason=reason)
    (fold,) = tl.entity_profile("重庆实验室").folds
    assert fold.reason == "同一\ufffd家"


# -- review: queries too large for the database -------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda tl: tl.milestones(query=" ".join(f"词{i}" for i in range(40_000))),
        lambda tl: tl.milestones(query="揭" * 100_000),
        lambda tl: tl.entities(query="a" * 100_000),
        lambda tl: tl.milestones(entity="a" * 100_000),
    ],
    ids=["40k-words", "long-query", "long-entity-query", "long-entity"],
)
def test_a_query_too_large_is_refused_at_once(tl, build, call):
    """SQLite spent 15 s of CPU on a 40,000-word query and then failed; a 100,000-character
    LIKE pattern failed as 'pattern too complex'."""
    article = build.article("2025年1月15日，重庆实验室揭牌。")
    tl.ingest(build.extraction(article, build.event(article, "重庆实验室揭牌")))
    with pytest.raises(QueryFilterError, match="at most"):
        call(tl)


def test_a_query_of_32_words_still_searches(tl, build):
    article = build.article("2025年1月15日，重庆实验室揭牌。")
    tl.ingest(build.extraction(article, build.event(article, "重庆实验室揭牌")))
    assert len(tl.milestones(query=" ".join(["揭牌"] * 40 + ["重庆"]))) == 1  # two distinct words
    assert tl.milestones(query=" ".join(f"词{i}" for i in range(32))) == []
    with pytest.raises(QueryFilterError, match="33 words"):
        tl.milestones(query=" ".join(f"词{i}" for i in range(33)))


# -- names with tabs and line breaks (third review) -----------------------------------------------------


@pytest.mark.parametrize("blank", ["\t", "\n", "\r\n", " \t "])
def test_a_name_with_a_tab_or_line_break_is_stored_on_one_line_and_found(tl, build, blank):
    """The writer took tabs and line breaks in names (other controls it refused) while every
    lookup refuses all control characters, so such a name was stored and could never be looked
    up. Tabs and line breaks become one space in every Entity, EventEntity and Mention name."""
    from timeline.model import EventEntity, Mention

    name = f"重庆{blank}两江实验室"
    article = build.article("重庆两江实验室揭牌。")
    tl.ingest(
        build.extraction(
            article,
            build.event(article, "重庆两江实验室揭牌", subject=(name, "lab")),
            entities=(Entity(name, "lab", aliases=(f"两江{blank}实验室",), affiliation=f"重庆{blank}"),),
        )
    )
    (lab,) = tl.entities()
    assert (lab.name, lab.affiliation) == ("重庆 两江实验室", "重庆")
    assert "两江 实验室" in lab.aliases
    assert not any(char in "".join((lab.name, *lab.aliases)) for char in "\t\r\n")
    assert tl.entity("重庆 两江实验室").id == lab.id
    assert tl.entity("两江 实验室").id == lab.id
    assert [e.id for e in tl.entities(query="两江 实验室")] == [lab.id]
    (event,) = tl.events_for("重庆 两江实验室")
    assert event.subject is not None and event.subject.name == "重庆 两江实验室"
    assert EventEntity(f"甲{blank}乙", "lab", "subject").name == "甲 乙"
    assert Mention(f"甲{blank}乙", f"甲{blank}乙", "x", 0, 3).entity == "甲 乙"


def test_a_name_of_tabs_and_line_breaks_only_is_an_empty_name(tl, build):
    article = build.article("重庆实验室揭牌。")
    report = tl.ingest_many([build.extraction(article, entities=(Entity("\t\r\n", "lab"),))])
    assert report.articles == 0 and "empty name" in report.skipped[0][1]


@pytest.mark.parametrize("damaged", ["-10000000", "'abc'", "1.5", "99999999999999999999"])
def test_a_damaged_longest_span_is_refused_not_a_traceback(tmp_path, damaged):
    """Review of session 7 (low), reproduced by the fourth: a hand-edited `max_span_days` was
    accepted; text or a float raised ValueError, a negative number OverflowError in the window
    arithmetic of `since` queries and of every ingest."""
    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"))
    _damage(path, f"UPDATE timeline_meta SET value = {damaged} WHERE key = 'max_span_days'")
    with Timeline(str(path)) as tl:
        assert len(tl.milestones()) == 1  # no date window: the value is not read
        with pytest.raises(StoreUnavailableError, match="max_span_days"):
            tl.milestones(since="2025")
        with pytest.raises(StoreUnavailableError, match="max_span_days"):
            tl.ingest(Article("2025年2月15日，重庆实验室开工。", "2025-02-20"))
        assert tl.stats()["articles"] == 1


# -- seventh pass: a fold outlives the events it moved -----------------------------------------------


def test_splitting_a_fold_after_its_events_were_replaced_touches_no_new_event(tl):
    """Seventh review (issue 11): a fold records the ids of the events it moved. Replacing the
    article of one removed the event, and SQLite gave its id to the next event written, one about
    the kept entity; splitting the fold then took that event's subject link from the kept entity
    and made the folded one its subject, though the new text never names it."""
    first = Article("2025年1月15日，重庆实验室揭牌成立。", "2025-02-20", source="s", id="x1")
    second = Article("2025年3月15日，重庆理工实验室揭牌成立。", "2025-03-20", source="s", id="x2")
    tl.ingest_many([first, second])
    tl.merge_entities("重庆实验室", "重庆理工实验室")
    tl.ingest(Article("2025年3月16日，重庆实验室正式投产。", "2025-03-20", source="s", id="x2"), replace=True)
    tl.split_entity("重庆理工实验室")
    events = {event.summary: event for event in tl.milestones()}
    production = events["重庆实验室正式投产"]
    assert production.subject is not None and production.subject.name == "重庆实验室"
    assert [(entity.name, entity.role) for entity in production.entities] == [("重庆实验室", "subject")]
    counts = {entity.name: entity.event_count for entity in tl.entities()}
    assert counts == {"重庆实验室": 2}  # x2, which named 重庆理工实验室, was replaced: not listed
    assert tl.entity("重庆理工实验室").event_count == 0


def test_none_given_for_an_article_is_an_article_error_not_nothing(tl):
    """Seventh review (low): `ingest(None)` reported 0 articles and `ingest_many([a, None])` left
    None out without a word (None marked a dropped version inside the screen), where any other
    wrong value is an ArticleError or a skip."""
    with pytest.raises(ArticleError, match="expected an Article or Extraction, got NoneType"):
        tl.ingest(None)
    report = tl.ingest_many([Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"), None])
    assert report.articles == 1
    assert report.skipped == (("None", "expected an Article or Extraction, got NoneType"),)


@pytest.mark.parametrize("method", ["event", "sources"])
def test_true_is_no_event_id(tl, method):
    """Seventh review (low): `tl.event(True)` returned event 1 (bool is an int in Python), where
    1.0 or "1" is no event id."""
    tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"))
    getattr(tl, method)(1)
    with pytest.raises(UnknownEventError, match="no event has id True"):
        getattr(tl, method)(True)


def test_a_merge_reason_past_its_limit_is_refused(tl):
    """Seventh review (low): a 1 MB reason for a merge by hand was stored whole and printed by
    every `entities show` of either entity, where an article's source or title stops at 1,000."""
    text = "2025年1月15日，重庆实验室揭牌成立。2025年3月15日，重庆理工实验室揭牌成立。"
    tl.ingest(Article(text, "2025-03-20"))
    with pytest.raises(EntityMergeError, match="the reason is 1,000,001 characters long; at most 1,000"):
        tl.merge_entities("重庆实验室", "重庆理工实验室", reason="x" * 1_000_001)
    merged = tl.merge_entities("重庆实验室", "重庆理工实验室", reason="x" * 1_000)
    assert merged.aliases == ("重庆理工实验室",)


# -- eighth pass: a damaged file whose SQLite messages are not UTF-8 ---------------------------------


def _damage_schema(path, name, old: bytes, new: bytes) -> None:
    """Put bytes that are not UTF-8 into the stored SQL of the schema object `name`, as a damaged
    sector or a bad copy does: SQLite's error about it quotes them."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema=ON")
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    damaged = sql.encode("utf-8").replace(old, new)
    connection.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = ?", (damaged, name))
    connection.commit()
    connection.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_damaged_table_definition_is_a_store_error_not_a_unicode_traceback(tmp_path, read_only):
    """Eighth review (crash): a store whose table definition is damaged made every command end
    in a UnicodeDecodeError traceback: SQLite says 'malformed database schema (events) - near
    "\\xff"', and Python's sqlite3 cannot decode its own error message."""
    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"))
    _damage_schema(path, "events", b"events (", b"events \xff(")
    with pytest.raises(StoreUnavailableError, match="damaged"):
        Timeline(str(path), read_only=read_only)


def test_a_damaged_trigger_is_a_store_error_and_the_batch_rolled_back(tmp_path):
    """Eighth review (crash): a damaged trigger is read when it fires: the ingest that fired it
    ended in a UnicodeDecodeError traceback ('no such column: new.su\\xffmary')."""
    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"))
    _damage_schema(path, "event_search_event_added", b"new.summary", b"new.su\xffmary")
    with Timeline(str(path)) as tl:
        assert len(tl.milestones()) == 1
        with pytest.raises(StoreError, match="damaged"):
            tl.ingest(Article("2025年2月15日，成都实验室揭牌成立。", "2025-02-20"))
        assert tl.stats()["articles"] == 1


def _damage(path: Path, statement: str, parameters: tuple[object, ...] = ()) -> None:
    """Change a stored SQLite file behind the library's back (a damaged store, an edit by hand)."""
    connection = sqlite3.connect(path)
    connection.execute(statement, parameters)
    connection.commit()
    connection.close()


def _damaged_store_errors(reads: list[Callable[[], object]], quoting: str = "") -> int:
    """Run each read of a damaged store: how many failed, each with a StoreError saying the store is
    damaged (and quoting `quoting`, the damaged value); any other exception fails the test."""
    failed = 0
    for read in reads:
        try:
            read()
        except StoreError as err:
            assert "damaged" in str(err) and quoting in str(err)
            failed += 1
    return failed


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("sources", "start_char"),
        ("sources", "end_char"),
        ("events", "confidence"),
        ("events", "source_count"),
        ("events", "merge_count"),
    ],
)
def test_a_blob_in_a_stored_number_is_a_store_error_not_a_type_error_of_the_export(tmp_path, table, column):
    """harden22 (crash on a damaged store): SQLite keeps any type in any column; a BLOB where a
    number belongs (found by damaging copies of a store at random) was read as bytes and ended the
    JSON export in a TypeError ('Object of type bytes is not JSON serializable'), a traceback of
    `timeline milestones --format json`. Text and dates were checked already."""
    from timeline.export import to_json

    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"))
    _damage(path, f"UPDATE {table} SET {column} = ?", (b"\xff\x00",))
    with Timeline(str(path), read_only=True) as tl:
        reads = [lambda: to_json(tl.milestones()), lambda: to_json(list(tl.iter_milestones()))]
        assert _damaged_store_errors(reads, quoting=column) == 2


@pytest.mark.parametrize("damaged", ["", "x", "null", "[]", "{}", '{"links": "x"}', "[1,2"])
def test_a_damaged_fold_record_is_a_store_error_when_split_or_replaced(tmp_path, damaged):
    """harden22 (crash on a damaged store): what a fold moved is JSON in `entity_folds.moved`; a
    value damaged or edited by hand ended `entities split` in a JSONDecodeError, KeyError or
    TypeError traceback, and an ingest --replace (which takes removed events out of open folds)
    likewise. Nothing is changed: each is a StoreError saying the store is damaged."""
    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(Article("2025年1月5日，重庆实验室揭牌成立。", "2025-01-06", id="a"))
        tl.ingest(Article("2025年2月5日，重庆理工实验室揭牌成立。", "2025-02-06", id="b"))
        tl.merge_entities("重庆实验室", "重庆理工实验室", reason="one lab")
    _damage(path, "UPDATE entity_folds SET moved = ?", (damaged,))
    corrected = Article("2025年2月6日，重庆理工实验室正式投产。", "2025-02-07", id="b")
    with Timeline(str(path)) as tl:
        reads = [lambda: tl.split_entity("重庆理工实验室"), lambda: tl.ingest(corrected, replace=True)]
        assert _damaged_store_errors(reads) == 2
        assert tl.entity("重庆理工实验室").name == "重庆实验室"  # still folded, as stored


@pytest.mark.parametrize("damaged", ["x", "", "1,x", "0", "999999"])
def test_damaged_article_lines_are_a_store_error_not_a_value_or_key_error(tmp_path, damaged):
    """harden22 (crash): an article's `lines` column (the ids of its texts) damaged or edited by
    hand ended Timeline.articles() in int()'s ValueError, or a KeyError for an id naming no text,
    and replacing the article by another text (its copy then read it) likewise, a traceback."""
    path = tmp_path / "news.db"
    text = "2025年1月15日，重庆实验室揭牌成立。"
    with Timeline(str(path)) as tl:
        tl.ingest(Article(text, "2025-01-20", id="a"))
        tl.ingest(Article(text, "2025-01-20", id="b"))  # a copy: takes a's place when a is replaced
    _damage(path, "UPDATE articles SET lines = ?", (damaged,))
    corrected = Article("2025年1月16日，重庆实验室揭牌成立。", "2025-01-20", id="a")
    with Timeline(str(path)) as tl:
        assert _damaged_store_errors([tl.articles, lambda: tl.ingest(corrected, replace=True)]) == 2


@pytest.mark.parametrize(
    ("table", "column"),
    [("events", "start_date"), ("events", "end_date"), ("events", "report_date"), ("articles", "pub_date")],
)
@pytest.mark.parametrize("damaged", ["2026-05'25", "", "2026-13-45"])
def test_a_damaged_stored_date_is_a_store_error_not_a_value_error(tmp_path, table, column, damaged):
    """Eighth review (crash): a byte flipped in a stored date ('2026-05'25', found by damaging
    copies of a store) or a date edited by hand made listings end in SQLAlchemy's ValueError
    ('Invalid isoformat string'), a traceback, from the driver's rows and from SQLAlchemy's."""
    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"))
    _damage(path, f"UPDATE {table} SET {column} = ?", (damaged,))
    with Timeline(str(path), read_only=True) as tl:
        reads = [
            lambda: tl.milestones(),
            lambda: tl.milestones(since="2025"),
            lambda: list(tl.iter_milestones()),
            lambda: tl.event(1),
            lambda: tl.sources(1),
            lambda: tl.entity_profile("重庆实验室"),
            lambda: tl.events_for("重庆实验室"),
            lambda: tl.articles(),
        ]
        assert _damaged_store_errors(reads, quoting=damaged[:4]) > 0


def test_an_alias_left_naming_no_entity_is_a_store_error_not_an_index_error(tmp_path):
    """Eighth review (crash): a damaged store whose alias row names an entity id it does not
    hold (found by damaging copies of a store; a foreign key SQLite does not check unless asked)
    made `entities show` and every lookup of that name end in an IndexError traceback."""
    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20"))
    _damage(path, "UPDATE aliases SET entity_id = 999999 WHERE alias = '重庆实验室'")
    with Timeline(str(path), read_only=True) as tl:
        for lookup in (tl.entity, tl.entity_profile):
            with pytest.raises(StoreError, match="damaged"):
                lookup("重庆实验室")


NO_TEXT_DAMAGES = [
    "UPDATE entities SET name = CAST(name AS BLOB)",
    "UPDATE entities SET type = CAST(type AS BLOB)",
    "UPDATE events SET summary = CAST(summary AS BLOB)",
    "UPDATE events SET type = CAST(type AS BLOB)",
    "UPDATE events SET status = CAST(status AS BLOB)",
    "UPDATE events SET date_text = CAST(date_text AS BLOB)",
    "UPDATE event_entities SET role = CAST(role AS BLOB)",
    "UPDATE sources SET status = CAST(status AS BLOB)",
    "UPDATE articles SET source = CAST(source AS BLOB)",
    "UPDATE articles SET title = CAST(title AS BLOB)",
    "UPDATE articles SET id = CAST(id AS BLOB)",
    "UPDATE texts SET body = CAST(body AS BLOB)",
    "UPDATE events SET start_date = 20250115",
    "UPDATE events SET end_date = 20250115",
    "UPDATE articles SET pub_date = 20250120",
    "UPDATE events SET report_date = NULL WHERE start_date IS NULL",
]


@pytest.mark.parametrize("damage", NO_TEXT_DAMAGES)
def test_a_stored_value_of_the_wrong_type_is_a_store_error(tmp_path, damage):
    """Adversarial pass (issue 11): a value stored as a BLOB where text is expected (a number is
    stored as its text by SQLite's text affinity), a number in a date column, or an undated event
    without its report date made show, milestones, entities show and every export end in a
    TypeError or AttributeError, a traceback."""
    from timeline.export.csv import to_csv
    from timeline.export.html import to_html
    from timeline.export.json import to_json
    from timeline.export.markdown import to_markdown
    from timeline.export.table import to_table
    from timeline.export.timelinejs import to_timelinejs

    path = tmp_path / "news.db"
    with Timeline(str(path)) as tl:
        tl.ingest(
            Article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20", source="科技日报", title="揭牌")
        )
        tl.ingest(Article("成都研究院揭牌成立。", "2025-02-20", source="成都日报", title="成立"))
    _damage(path, damage)
    exports = (to_csv, to_html, to_json, to_markdown, to_table, to_timelinejs)
    with Timeline(str(path), read_only=True) as tl:
        reads = [
            lambda: [export(tl.milestones()) for export in exports],
            lambda: [export(list(tl.iter_milestones())) for export in exports],
            lambda: [export([tl.event(event_id)]) for event_id in (1, 2) for export in exports],
            lambda: [tl.sources(event_id) for event_id in (1, 2)],
            lambda: [tl.entity_profile(name) for name in ("重庆实验室", "成都研究院")],
            lambda: tl.events_for("重庆实验室"),
            lambda: tl.entities(),
            lambda: tl.articles(),
        ]
        assert _damaged_store_errors(reads) > 0


_FORKED_WRITERS = """
import os, sys
from timeline import Article, Timeline

tl = Timeline(sys.argv[1])
tl.ingest(Article("2025年1月1日，重庆实验室正式揭牌成立。", "2025-01-02"))  # a pooled connection
children = []
for k in range(2):
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            texts = [f"2025年1月{d}日，重庆第{k}{d}实验室正式揭牌成立。" for d in range(1, 29)]
            report = tl.ingest_many([Article(t, "2025-02-01") for t in texts], batch_size=2)
            code = 0 if report.articles == 28 else 2
        finally:
            os._exit(code)
    children.append(pid)
texts = [f"2025年3月{d}日，成都第{d}研究院正式揭牌成立。" for d in range(1, 29)]
assert tl.ingest_many([Article(t, "2025-04-01") for t in texts], batch_size=2).articles == 28
assert [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children] == [0, 0]
assert tl.stats()["articles"] == 85, tl.stats()
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_timeline_used_on_both_sides_of_a_fork_gives_each_process_its_own_connections(
    store_url: str, tmp_path: Path
) -> None:
    """harden22 (crash, a hang): a process forked while its Timeline held a pooled PostgreSQL
    connection used the parent's: two processes on one socket mixed their statements, one failed
    ('This result object does not return rows') and the others waited for ever. SQLite forbids
    a connection carried over a fork as well. The child now opens connections of its own."""
    script = tmp_path / "forked.py"
    script.write_text(_FORKED_WRITERS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    try:
        done = subprocess.run(
            [sys.executable, str(script), store_url], env=env, capture_output=True, text=True, timeout=240
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the processes sharing a forked Timeline never finished")
    assert done.returncode == 0, done.stderr


# -- harden23: what a listing of entities holds, on both databases -----------------------------------


def test_an_entity_query_takes_ascii_letters_in_either_case_on_both_databases(tl, build) -> None:
    """harden22's open item (low): `entities(query="openai")` found OpenAI on SQLite (its LIKE
    takes ASCII letters in either case) and nothing on PostgreSQL. Both now take ASCII letters in
    either case and other letters as written (É is not é, Α not α), as SQLite's LIKE does."""
    names = ("OpenAI研究院", "Éclair实验室", "ΑΒΓ实验室")
    article = build.article("2025年1月15日，三家机构揭牌成立。", "2025-01-20")
    events = [build.event(article, f"{name}揭牌成立", subject=(name, "lab")) for name in names]
    tl.ingest(build.extraction(article, *events))
    for query in ("openai", "OPENAI", "OpenAI", "oPeNaI研究院", "ｏｐｅｎａｉ"):
        assert [e.name for e in tl.entities(query=query)] == ["OpenAI研究院"], query
    assert [e.name for e in tl.entities(query="ÉCLAIR")] == ["Éclair实验室"]
    assert [e.name for e in tl.entities(query="ΑΒΓ")] == ["ΑΒΓ实验室"]
    for query in ("éclair", "αβγ", "openai_", "open%"):
        assert tl.entities(query=query) == [], query


def test_an_entity_given_by_a_part_of_its_name_takes_ascii_letters_in_either_case_on_both_databases(
    tl, build
) -> None:
    """harden23 (low): as `entities(query=)` did, `milestones(entity="openai")` (a part of a name,
    `--entity`) found OpenAI研究院's events on SQLite and no entity on PostgreSQL."""
    article = build.article("2025年1月15日，OpenAI研究院揭牌成立。", "2025-01-20")
    opening = build.event(article, "OpenAI研究院揭牌成立", subject=("OpenAI研究院", "lab"))
    tl.ingest(build.extraction(article, opening))
    for part in ("openai", "OPENAI研究", "OpenAI"):
        assert [e.summary for e in tl.milestones(entity=part)] == ["OpenAI研究院揭牌成立"], part
    with pytest.raises(UnknownEntityError, match="did you mean OpenAI研究院"):
        tl.milestones(entity="openaj研究院")


def test_a_search_takes_ascii_letters_in_either_case_others_as_written_on_both_databases(tl, build) -> None:
    """harden23 (low): milestones(query=) found 'Éclair' for 'éclair' and 'ΑΒΓ' for 'αβγ' on
    PostgreSQL (ILIKE takes every letter its locale knows in either case) and not on SQLite (ASCII
    letters only). Both take ASCII letters in either case, other letters as written."""
    article = build.article("2025年1月15日，三家机构揭牌成立。", "2025-01-20")
    summaries = ("OpenAI研究院揭牌成立", "Éclair实验室揭牌成立", "ΑΒΓ实验室揭牌成立")
    tl.ingest(build.extraction(article, *(build.event(article, summary) for summary in summaries)))
    for query, found in [
        ("openai", "OpenAI研究院揭牌成立"),
        ("OPENAI研究院", "OpenAI研究院揭牌成立"),
        ("ÉCLAIR", "Éclair实验室揭牌成立"),
        ("Éc", "Éclair实验室揭牌成立"),
        ("ΑΒΓ", "ΑΒΓ实验室揭牌成立"),
    ]:
        assert [e.summary for e in tl.milestones(query=query)] == [found], query
    for query in ("éclair", "éc", "αβγ", "αβ"):
        assert tl.milestones(query=query) == [], query


def test_an_entity_a_replaced_article_alone_named_is_no_longer_listed(tl, build) -> None:
    """harden21's open item (low, stale data shown): replacing the only article that named an
    entity took its events and mentions away, and `entities` (and the count in `stats`) still
    listed it, with no event and no mention. An entity another article mentions without an event,
    or lists without a mention, stays listed while that article is stored."""
    opening = build.article("2025年1月15日，重庆实验室揭牌成立。", "2025-01-20", id="a1")
    tl.ingest(build.extraction(opening, build.event(opening, "重庆实验室揭牌成立"), mentions=1))
    meeting = build.article("2025年1月16日，沙坪坝区召开会议。", "2025-01-20", id="a2")
    tl.ingest(build.extraction(meeting, entities=(Entity("沙坪坝区", "place"),), mentions=1))
    listed = build.article("2025年1月17日，两江新区召开会议。", "2025-01-20", id="a3")
    tl.ingest(build.extraction(listed, entities=(Entity("两江新区", "place"),)))  # no mention
    assert [e.name for e in tl.entities()] == ["两江新区", "沙坪坝区", "重庆实验室"]
    replaced = build.article("2025年1月15日，成都研究院揭牌成立。", "2025-01-20", id="a1")
    event = build.event(replaced, "成都研究院揭牌成立", subject=("成都研究院", "institute"))
    tl.ingest(build.extraction(replaced, event), replace=True)
    assert [e.name for e in tl.entities()] == ["两江新区", "成都研究院", "沙坪坝区"]
    assert [e.name for e in tl.entities(query="实验室")] == []
    assert tl.stats()["entities"] == 3
    other = build.article("2025年1月17日，江北区召开会议。", "2025-01-20", id="a3")
    tl.ingest(build.extraction(other, entities=(Entity("江北区", "place"),)), replace=True)
    assert [e.name for e in tl.entities()] == ["成都研究院", "江北区", "沙坪坝区"]


def test_an_extraction_without_an_article_is_refused_as_an_article_error(tl):
    """Session 17: Extraction(None, …) reached `check_extraction` as an AttributeError."""
    from timeline.model import Extraction

    with pytest.raises(ArticleError, match="article must be an Article, got NoneType"):
        tl.ingest(Extraction(None, (), (), ()))  # type: ignore[arg-type]
