"""Speed and memory of the SQL event store (timeline.store.Timeline), printed as tables.

    python benchmarks/store.py [--pg URL] [--sizes 10000,100000,1000000] [--quick]

(a) write path: events/s of `ingest_many` on pre-extracted synthetic articles next to raw
    `sqlite3.executemany` of the same rows into the same schema (same indexes, same pragmas,
    foreign keys enforced) in one transaction, and the ratio of the medians of --repeat runs
    (`--named N`: each article names N entities more than its events', so mentions are counted
    and recorded per article, as the seed articles' about 4 entities per event are);
(b) latency p50/p95 of `milestones(entity=...)` (one page of 20) and `milestones(since, until)`
    (one month, one page of 50) on stores of each size, SQLite and, with --pg, PostgreSQL (stores
    over 100k events built by `load_store`; the entity page's plan printed at the largest size);
(c) peak resident memory of a fresh process ingesting many articles (100k; 10k with --quick);
(d) seed 003 reprinted by 2,000 outlets (200 with --quick): ingest time of the first and last tenth,
    milestones page, event(id) and a page of sources of the most reprinted event, database size;
(e) 20 synthetic stories x 5,000 reprints (x 250 with --quick) in a fresh process: ingest time,
    peak memory, milestones page, show of the most reprinted event, database growth per reprint;
(f) re-ingesting 1,000 stored real articles (100 with --quick) against ingesting them;
(g) with --pg: PostgreSQL ingest by 1 and 2 writer processes (200k events; 20k with --quick) of
    extractions serialised to JSONL beforehand, with the writers' and server backends' CPU per event
    and events per CPU second (client + server: the figure a shared machine cannot skew), the whole
    server's CPU besides (autovacuum, WAL writer, checkpointer: what two cores pay too), and the same
    split statement by statement (summed over the writers);
(h) `timeline ingest --jobs 1` and `--jobs 2` on 400 .txt files (40 with --quick);
(i) a fold of two entities by hand and its split (`merge_entities`, `split_entity`) on a store of
    100k synthetic events (10k with --quick), SQLite and with --pg PostgreSQL: an institute reported
    on 200 days under its short name and on the same days under its full name, so that the fold
    merges 200 pairs of events into one each and the split takes them apart; wall and CPU
    (this process, plus the server backends' on PostgreSQL) of each, median of 5.
`--only d,e` runs some sections; `--stores URL...` runs (b) on stores built before (see --help).

Synthetic events use the entity names, entity types and trigger words of benchmarks/store_vocab.json
(taken from the seed articles and spec/events.md): each base name is split into numbered branches so
that a store of N events has about N/50 entities, dates fall in 2016-2025 (80% days, 15% months,
5% years), every event has a subject and a location.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _machine import MB, print_machine

from timeline import Timeline
from timeline._store import ingest_concurrency, ingest_texts, writer
from timeline._store.engine import SQLITE_CACHE_KIB, WAL_AUTOCHECKPOINT_PAGES
from timeline._store.orm import SHORT_SPAN_DAYS
from timeline.dates import TimeExpr
from timeline.model import Article, Entity, Event, EventEntity, Extraction, Mention

VOCAB = json.loads((Path(__file__).with_name("store_vocab.json")).read_text(encoding="utf-8"))
EVENTS_PER_ARTICLE = 5
EVENTS_PER_ENTITY = 50
FIRST_DAY = dt.date(2016, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1


class Corpus:
    """A reproducible stream of synthetic extractions sized for `events` events.

    `named`: entities an article names besides its events' (drawn from the subjects), each 1 to 3
    times, its events' entities twice each; 0 (the default) gives articles without mentions. The
    seed articles name about four entities for each event they report.
    """

    def __init__(self, events: int, seed: int = 7, named: int = 0) -> None:
        self.seed = seed
        self.named = named
        self.articles = max(1, events // EVENTS_PER_ARTICLE)
        bases = [(name, kind) for name, kind in VOCAB["entities"] if kind != "place"]
        self.places = [name for name, kind in VOCAB["entities"] if kind == "place"]
        branches = max(1, events // EVENTS_PER_ENTITY // len(bases))
        self.subjects = [
            (VOCAB["branch"].format(name=name, n=number) if branches > 1 else name, kind)
            for number in range(1, branches + 1)
            for name, kind in bases
        ]
        self.types = list(VOCAB["triggers"])

    def extractions(self, start: int = 0, stop: int | None = None) -> Iterator[Extraction]:
        """Articles `start`..`stop` of the corpus, each with its events, as Extractions."""
        for number in range(start, self.articles if stop is None else stop):
            yield self.extraction(number)

    def extraction(self, number: int) -> Extraction:
        rng = random.Random(self.seed * 1_000_003 + number)
        drafts = []
        for _ in range(EVENTS_PER_ARTICLE):
            subject, kind = rng.choice(self.subjects)
            place = rng.choice(self.places)
            type_ = rng.choice(self.types)
            date = _random_date(rng)
            sentence = VOCAB["sentence"].format(
                date=date.text,
                subject=subject,
                place=place,
                trigger=VOCAB["triggers"][type_],
                topic=rng.choice(VOCAB["topics"]),
            )
            drafts.append((subject, kind, place, type_, date, sentence))
        text = "".join(draft[-1] for draft in drafts)
        article = Article(text, "2026-01-30", id=f"synthetic-{self.seed}-{number}", source="synthetic")
        events, entities, offset = [], {}, 0
        for subject, kind, place, type_, date, sentence in drafts:
            events.append(
                Event(
                    type=type_,
                    trigger=VOCAB["triggers"][type_],
                    status="planned" if rng.random() < 0.1 else "occurred",
                    date=date,
                    summary=sentence[len(date.text) + 1 : -1],
                    sentence=sentence,
                    article_id=article.id,
                    start_char=offset,
                    end_char=offset + len(sentence),
                    entities=(EventEntity(subject, kind, "subject"), EventEntity(place, "place", "location")),
                )
            )
            entities[subject] = Entity(subject, kind)
            entities[place] = Entity(place, "place")
            offset += len(sentence)
        mentions: list[Mention] = []
        if self.named:
            named = random.Random(self.seed * 1_000_033 + number)  # leaves `rng`'s draws as they were
            for name in list(entities):
                mentions += [Mention(name, name, article.id, 0, len(name))] * 2
            for name, kind in named.sample(self.subjects, min(self.named, len(self.subjects))):
                entities.setdefault(name, Entity(name, kind))
                mentions += [Mention(name, name, article.id, 0, len(name))] * named.randint(1, 3)
        return Extraction(article, tuple(events), tuple(entities.values()), tuple(mentions))


def _random_date(rng: random.Random) -> TimeExpr:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    roll = rng.random()
    if roll < 0.80:
        text, start, end, grain, value = (
            f"{day.year}年{day.month}月{day.day}日",
            day,
            day,
            "day",
            day.isoformat(),
        )
    elif roll < 0.95:
        start = day.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        text, grain, value = f"{day.year}年{day.month}月", "month", f"{day.year}-{day.month:02d}"
    else:
        start, end = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        text, grain, value = f"{day.year}年", "year", str(day.year)
    return TimeExpr(text, 0, len(text), start, end, grain, value)


# -- (a) write path ---------------------------------------------------------------------------------


def raw_rows(
    extractions: list[Extraction],
    entity_ids: dict[tuple[str, str], int] | None = None,
    text_ids: dict[str, int] | None = None,
    first_seq: int = 1,
    first_event: int = 1,
) -> dict[str, list[tuple[object, ...]]]:
    """The rows ingest_many writes for these articles (no merges), as plain tuples for sqlite3.

    A store is built in chunks by passing the same `entity_ids` and `text_ids` maps (ids chosen
    so far) and the next article seq and event id to each chunk.
    """
    from timeline._store.ingest_articles import text_hash
    from timeline._store.ingest_texts import text_digest

    entity_ids = {} if entity_ids is None else entity_ids
    text_ids = {} if text_ids is None else text_ids
    rows: dict[str, list[tuple[object, ...]]] = {
        name: []
        for name in (
            "texts",
            "articles",
            "entities",
            "aliases",
            "events",
            "sources",
            "event_entities",
            "timeline",
            "entity_mentions",
        )
    }
    mention_counts: dict[int, int] = {}

    def text_id(body: str) -> int:
        digest = text_digest(body)
        if digest not in text_ids:
            text_ids[digest] = len(text_ids) + 1
            rows["texts"].append((text_ids[digest], digest, body))
        return text_ids[digest]

    def entity_id(name: str, kind: str) -> int:
        if (name, kind) not in entity_ids:
            entity_ids[(name, kind)] = len(entity_ids) + 1
            rows["entities"].append((entity_ids[(name, kind)], name, kind, None, 0))
            rows["aliases"].append((name, entity_ids[(name, kind)]))
        return entity_ids[(name, kind)]

    event_id = first_event - 1
    for seq, extraction in enumerate(extractions, first_seq):
        article = extraction.article
        rows["articles"].append(
            (
                seq,
                article.id,
                text_hash(article),
                article.source,
                article.title,
                article.url,
                article.pub_date.isoformat(),
                0,
                ",".join(str(text_id(line)) for line in article.text.split("\n")),
            )
        )
        for event in extraction.events:
            event_id += 1
            date = event.date
            assert date is not None and date.start is not None and date.end is not None
            links = [(entity_id(link.name, link.type), link.role) for link in event.entities]
            rows["events"].append(
                (
                    event_id,
                    event.type,
                    event.trigger,
                    event.status,
                    date.start.isoformat(),
                    date.end.isoformat(),
                    date.grain,
                    date.value,
                    date.mod,
                    date.kind,
                    date.text,
                    event.summary,
                    event.confidence,
                    (date.end - date.start).days > SHORT_SPAN_DAYS,
                    links[0][0],
                    None,
                    None,
                    None,
                    "",
                    0,
                    1,
                )
            )
            sentence = text_id(event.sentence)
            at = event.sentence.find(event.summary)  # a summary the sentence holds is a part of it
            end = at + len(event.summary)
            summary = (text_id(event.summary), None, None) if at < 0 else (sentence, at, end)
            rows["sources"].append(
                (
                    event_id,
                    seq,
                    sentence,
                    *summary,
                    text_id(date.text),
                    event.start_char,
                    event.end_char,
                    event.status,
                    date.start.isoformat(),
                    date.end.isoformat(),
                    date.grain,
                    date.value,
                    date.mod,
                    date.kind,
                )
            )
            for position, (linked, role) in enumerate(links):
                rows["event_entities"].append((event_id, linked, role, position))
                rows["timeline"].append((linked, event_id, date.start.isoformat(), date.end.isoformat()))
        kinds = {entity.name: entity.type for entity in extraction.entities}
        named = Counter(entity_id(m.entity, kinds[m.entity]) for m in extraction.mentions)
        for named_id, count in sorted(named.items()):
            rows["entity_mentions"].append((seq, named_id, count))
            mention_counts[named_id] = mention_counts.get(named_id, 0) + count
    if mention_counts:  # entity rows written with their counts (ingest_many adds them per batch)
        rows["entities"] = [(*row[:4], mention_counts.get(int(row[0]), 0)) for row in rows["entities"]]
    return rows


RAW_SQL = {
    "texts": "INSERT INTO texts (id, digest, body) VALUES (?, ?, ?)",
    "articles": "INSERT INTO articles (seq, id, text_hash, source, title, url, pub_date, "
    "pub_date_estimated, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "entities": "INSERT INTO entities (id, name, type, affiliation, mention_count) VALUES (?, ?, ?, ?, ?)",
    "aliases": "INSERT INTO aliases (alias, entity_id) VALUES (?, ?)",
    "events": "INSERT INTO events (id, type, trigger, status, start_date, end_date, grain, value, mod, kind, "
    "date_text, summary, confidence, long_span, subject_id, planned_start, planned_end, planned_value, "
    "merge_note, merge_count, source_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?)",
    "sources": "INSERT INTO sources (event_id, article_seq, sentence_id, summary_id, summary_start, "
    "summary_end, date_text_id, start_char, end_char, status, start_date, end_date, grain, value, mod, kind) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "event_entities": "INSERT INTO event_entities (event_id, entity_id, role, position) VALUES (?, ?, ?, ?)",
    "timeline": "INSERT INTO entity_timeline (entity_id, event_id, start_date, end_date) VALUES (?, ?, ?, ?)",
    "entity_mentions": "INSERT INTO entity_mentions (article_seq, entity_id, mentions) VALUES (?, ?, ?)",
}


def bench_write(articles: int, workdir: Path, repeat: int = 3, named: int = 0) -> None:
    """Median of `repeat` runs of each side, each run into a fresh database of the same schema.

    Timed for Timeline: `ingest_many` of the pre-extracted articles - validation, text hashes,
    duplicate checks, entity resolution, merge decisions and the inserts, in transactions of 200
    articles. Timed for raw: only sqlite3 executemany of the same rows (precomputed, ids chosen,
    no merges) in one transaction, with the pragmas Timeline sets (WAL, synchronous=NORMAL, the
    same WAL checkpoint interval and page cache, foreign keys enforced).
    """
    corpus = Corpus(articles * EVENTS_PER_ARTICLE, seed=11, named=named)
    events = articles * EVENTS_PER_ARTICLE
    extractions = list(corpus.extractions())  # built before the clock starts, like the raw rows
    rows = raw_rows(extractions)
    ours_runs, raw_runs = [], []
    for run in range(repeat):
        ours = workdir / f"write-timeline-{run}.db"
        with Timeline(ours) as store:
            started = time.perf_counter()
            report = store.ingest_many(extractions)
            ours_runs.append(time.perf_counter() - started)
        ours.unlink()

        raw = workdir / f"write-raw-{run}.db"
        Timeline(raw).close()  # the same schema and indexes, empty
        connection = sqlite3.connect(raw, isolation_level=None)
        # The settings Timeline gives its own SQLite connections (engine._sqlite_engine).
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        connection.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        connection.execute("PRAGMA foreign_keys=ON")
        started = time.perf_counter()
        connection.execute("BEGIN")
        for table, sql in RAW_SQL.items():
            connection.executemany(sql, rows[table])
        connection.execute("COMMIT")
        raw_runs.append(time.perf_counter() - started)
        connection.close()
        raw.unlink()
    ours_s, raw_s = statistics.median(ours_runs), statistics.median(raw_runs)

    print(
        f"\n(a) write path, SQLite: {articles:,} articles x {EVENTS_PER_ARTICLE} events"
        f"{f' naming {named} entities more' if named else ''}, median of {repeat} runs each"
    )
    print(f"{'method':<58}{'seconds':>10}{'events/s':>12}")
    for label, seconds in (
        ("Timeline.ingest_many (pre-extracted, batches of 200)", ours_s),
        ("raw sqlite3.executemany of the same rows, one transaction", raw_s),
    ):
        print(f"{label:<58}{seconds:>10.2f}{events / seconds:>12,.0f}")
    print(
        f"ratio ingest_many / raw: {raw_s / ours_s:.0%} (target >= 50%; per run: "
        f"{', '.join(f'{r / o:.0%}' for o, r in zip(ours_runs, raw_runs, strict=True))}); "
        f"{report.events:,} events stored, {report.merged_events:,} merged into earlier ones"
    )


# -- (b) query latency ------------------------------------------------------------------------------


LOAD_CHUNK = 20_000
"""Articles per chunk of rows `load_store` generates and loads."""


def load_store(url: str, corpus: Corpus) -> None:
    """Fill an empty store with the rows `ingest_many` would write for `corpus` (without merges),
    loaded straight into the tables: sqlite3 executemany on SQLite, COPY on PostgreSQL.

    For the query benchmarks at 1M events: ingest_many, merging every report against the store,
    takes 40 min and more for 1M events on this shared machine; the tables, indexes, search rows
    and statistics come out the same as its output without merges.
    """
    from sqlalchemy import create_engine

    from timeline._store.search import search_body

    Timeline(url).close()  # the schema, empty
    sqlite = url.startswith("sqlite")
    columns = {
        table: re.match(r"INSERT INTO (\w+) \(([^)]*)\)", sql).groups()  # type: ignore[union-attr]
        for table, sql in RAW_SQL.items()
    }
    engine = create_engine(url)
    raw = engine.raw_connection()
    try:
        entity_ids: dict[tuple[str, str], int] = {}
        text_ids: dict[str, int] = {}
        seq = event = 1
        max_span = 0
        cursor = raw.cursor()
        for start in range(0, corpus.articles, LOAD_CHUNK):
            batch = list(corpus.extractions(start, min(start + LOAD_CHUNK, corpus.articles)))
            rows = raw_rows(batch, entity_ids, text_ids, seq, event)
            seq, event = seq + len(batch), event + len(rows["events"])
            rows["events"] = [(*row, "2026-01-30") for row in rows["events"]]  # report_date
            for x in batch:
                for e in x.events:
                    assert e.date is not None and e.date.start is not None and e.date.end is not None
                    max_span = max(max_span, (e.date.end - e.date.start).days)
            for table, (name, keys) in columns.items():
                keys = keys + ", report_date" if table == "events" else keys
                if sqlite:
                    marks = ", ".join("?" for _ in keys.split(", "))
                    cursor.executemany(f"INSERT INTO {name} ({keys}) VALUES ({marks})", rows[table])
                else:
                    _copy(cursor, name, keys, rows[table])
            if not sqlite:  # the writer adds search rows itself on PostgreSQL
                sentences = [e.sentence for x in batch for e in x.events]
                body = [
                    (row[0], search_body(str(row[11]), [sentence]))
                    for row, sentence in zip(rows["events"], sentences, strict=True)
                ]
                _copy(cursor, "event_search", "event_id, body", body)
            raw.commit()
        cursor.execute(f"UPDATE timeline_meta SET value = {max_span} WHERE key = 'max_span_days'")
        if not sqlite:
            for table, column in (("events", "id"), ("entities", "id"), ("texts", "id"), ("articles", "seq")):
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                    f"(SELECT max({column}) FROM {table}))"
                )
        raw.commit()
        if not sqlite:
            raw.driver_connection.autocommit = True  # type: ignore[union-attr]
            cursor.execute("VACUUM ANALYZE")
    finally:
        raw.close()
        engine.dispose()


def _copy(cursor: Any, table: str, keys: str, rows: list[tuple[object, ...]]) -> None:
    with cursor.copy(f"COPY {table} ({keys}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)



INGEST_BUILD_LIMIT = 100_000
"""Stores up to this many events are built by ingest_many; larger ones by `load_store`."""


def bench_queries(label: str, url: str, size: int, queries: int = 200, plans: bool = False) -> str:
    """Build a store of about `size` events, then time the milestone queries (and print the plans
    of the entity query when `plans`)."""
    corpus = Corpus(size, seed=23)
    started = time.perf_counter()
    loaded = size > INGEST_BUILD_LIMIT
    if loaded:
        load_store(url, corpus)
    with Timeline(url) as store:
        if not loaded:
            store.ingest_many(corpus.extractions(), batch_size=1000)
        build_s = time.perf_counter() - started
        stored, timings = measure_queries(label, store, corpus, queries, plans)
    built = f"{build_s:>9.1f}{'*' if loaded else ' '}{stored / build_s:>9,.0f}"
    return f"{label:<11}{stored:>10,}{built}{timings}"


def measure_queries(
    label: str, store: Timeline, corpus: Corpus, queries: int = 200, plans: bool = False
) -> tuple[int, str]:
    """The events in a store built from `corpus` and the latency columns of (b) on it."""
    server = _backend_cpu(store)
    rng = random.Random(5)
    names = [name for name, _ in rng.sample(corpus.subjects, min(queries, len(corpus.subjects)))]
    entity_ms = _latencies(
        lambda i: store.milestones(entity=names[i % len(names)], limit=20), queries, server
    )
    months = [FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS)) for _ in range(queries)]
    window_ms = _latencies(
        lambda i: store.milestones(since=f"{months[i]:%Y-%m}", until=f"{months[i]:%Y-%m}", limit=50),
        queries,
        server,
    )
    # Full text: a name as words (its ~50 events), and a topic word found in 1 event of 8.
    query_ms = _latencies(
        lambda i: store.milestones(query=names[i % len(names)], limit=20), queries, server
    )
    topics = VOCAB["topics"]
    topic_ms = _latencies(lambda i: store.milestones(query=topics[i % len(topics)], limit=20), 20, server)
    if plans:
        _print_entity_plan(label, store, names[0])
    return store.stats()["events"], (
        f"{_fmt(entity_ms):>26}{_fmt(window_ms):>26}{_fmt(query_ms):>26}{_fmt(topic_ms):>26}"
    )


def _backend_cpu(store: Timeline) -> Callable[[], float]:
    """CPU seconds used so far by the PostgreSQL backends serving `store` from here on (read from
    /proc: the server runs on this machine); always 0 on SQLite, which runs in this process."""
    from sqlalchemy import event as sa_event

    if store._engine.dialect.name != "postgresql":
        return lambda: 0.0
    backends: set[int] = set()

    @sa_event.listens_for(store._engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        backends.add(dbapi_connection.info.backend_pid)

    store._engine.dispose()
    return lambda: sum(_proc_cpu_s(pid) for pid in backends)


def _print_entity_plan(label: str, store: Timeline, name: str) -> None:
    """The plan of the entity milestone query (its page of event ids) on this store, as run."""
    from timeline._store.query_filters import MilestoneFilter
    from timeline._store.query_timeline import milestone_query

    entity_id = store.entity(name).id
    statement, params = milestone_query(MilestoneFilter(entities=[entity_id], limit=20), max_span_days=0)
    with store._engine.connect() as connection:
        compiled = statement.params(params).compile(
            dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
        )
        if connection.dialect.name == "sqlite":
            values = tuple(
                value.isoformat() if isinstance(value, dt.date) else value
                for value in (compiled.params[key] for key in compiled.positiontup or ())
            )
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, values)
            plan = [str(row[-1]) for row in rows]
        else:
            rows = connection.exec_driver_sql(
                "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " + compiled.string, compiled.params
            )
            plan = [str(row[0]) for row in rows]
    print(f"    plan of the entity page on {label}:\n      " + "\n      ".join(plan))


def _latencies(
    run: Callable[[int], object], count: int, server: Callable[[], float] = lambda: 0.0
) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of `count` runs, after one run that warms the caches. CPU is this
    process's per run plus, on PostgreSQL, the server backends' mean per run (`server`: /proc
    counts in 10 ms ticks, too coarse for one run)."""
    run(0)
    walls, cpus = [], []
    server_started = server()
    for index in range(count):
        cpu_started = time.process_time()
        started = time.perf_counter()
        run(index)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu_started) * 1000)
    server_ms = (server() - server_started) * 1000 / count
    return walls, [cpu + server_ms for cpu in cpus]


def _p50(timings: tuple[list[float], list[float]]) -> str:
    """The median wall time of `_latencies`, then its median CPU time in brackets."""
    walls, cpus = timings
    return f"{statistics.median(walls):.2f} ({statistics.median(cpus):.2f})"


def _fmt(timings: tuple[list[float], list[float]]) -> str:
    walls, cpus = timings
    p50 = statistics.median(walls)
    p95 = statistics.quantiles(walls, n=20)[-1]
    return f"{p50:6.2f} / {p95:6.2f} ({statistics.median(cpus):.2f})"


def _pg_schema_url(base: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def _pg_drop(base: str, schema: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(base)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def bench_all_queries(sizes: list[int], pg: str | None, workdir: Path) -> None:
    _print_queries_header()
    for size in sizes:
        path = workdir / f"query-{size}.db"
        largest = size == max(sizes)
        print(bench_queries("SQLite", f"sqlite:///{path}", size, plans=largest), flush=True)
        path.unlink()
        if pg:
            url, schema = _pg_schema_url(pg)
            try:
                print(bench_queries("PostgreSQL", url, size, plans=largest), flush=True)
            finally:
                _pg_drop(pg, schema)


def bench_built_stores(urls: list[str], size: int) -> None:
    """(b) on stores built beforehand from `Corpus(size, seed=23)` (as `bench_queries` builds them,
    e.g. by `load_store`): the same latency columns, without the hour of building at 1M events."""
    _print_queries_header()
    corpus = Corpus(size, seed=23)
    for url in urls:
        with Timeline(url) as store:
            label = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
            stored, timings = measure_queries(label, store, corpus, plans=True)
        print(f"{label:<11}{stored:>10,}{'built':>9}{'-':>10}{timings}", flush=True)


def _print_queries_header() -> None:
    print(
        "\n(b) milestones latency in ms, p50 / p95 (entity: a page of 20; window: one month, a page of 50;"
        "\n    query name: full text, an entity name as the words, a page of 20; query topic: full text,"
        "\n    a word in 1 event of 8, a page of 20); wall times, then in brackets the median CPU time of"
        "\n    this process and (PostgreSQL) its server backend: on a shared machine wall time follows the"
        f"\n    load. Build * = rows loaded by load_store (stores over {INGEST_BUILD_LIMIT:,} events)"
    )
    header = f"{'database':<11}{'events':>10}{'build s':>9}{'build/s':>10}"
    columns = ("entity p50/p95 (cpu)", "window p50/p95 (cpu)", "query name p50/p95 (cpu)", "query topic")
    print(header + "".join(f"{column:>26}" for column in columns))


# -- (c) memory -------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (10^6 bytes).

    Linux's VmHWM belongs to the process image, so it starts afresh in a new program; ru_maxrss
    would carry over the peak of the parent that forked this one.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB
    kib = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(kib) * 1024 / MB


def memory_child(articles: int, path: str) -> None:
    """Run in a fresh process: ingest `articles` synthetic articles, print peak RSS in MB."""
    before = peak_rss_mb()
    corpus = Corpus(articles * EVENTS_PER_ARTICLE, seed=31)
    with Timeline(path) as store:
        started = time.perf_counter()
        report = store.ingest_many(corpus.extractions())
        seconds = time.perf_counter() - started
    peak = peak_rss_mb()
    print(json.dumps({"before_mb": before, "peak_mb": peak, "seconds": seconds, "events": report.events}))


def bench_memory(articles: int, workdir: Path) -> None:
    output = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(articles), str(workdir / "memory.db")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    print(
        f"\n(c) peak memory of one process ingesting {articles:,} articles "
        f"({figures['events']:,} events, {figures['seconds']:.1f} s), SQLite"
    )
    print(f"{'max RSS after imports':<32}{figures['before_mb']:>8.0f} MB")
    print(f"{'max RSS after ingest_many':<32}{figures['peak_mb']:>8.0f} MB   (target < 300 MB)")


# -- (d) reprints ----------------------------------------------------------------------------------


def reprint(extraction: Extraction, outlet: int) -> Extraction:
    """The extraction of `extraction`'s article as outlet `outlet` reprints it: the same text with its
    outlet line at the end (offsets unchanged), under its own id and source."""
    import attrs

    original = extraction.article
    article = Article(
        f"{original.text}\n（来源：第{outlet}报）",
        original.pub_date,
        source=f"第{outlet}报",
        title=original.title,
    )
    return Extraction(
        article,
        tuple(attrs.evolve(event, article_id=article.id) for event in extraction.events),
        extraction.entities,
        tuple(attrs.evolve(mention, article_id=article.id) for mention in extraction.mentions),
    )


def _seed_extraction(number: int) -> Extraction:
    from timeline import events
    from timeline.corpus import bundled_seeds, load_articles

    articles = sorted(load_articles([bundled_seeds()]), key=lambda a: getattr(a, "title", ""))
    paths = sorted(Path(bundled_seeds()).glob("*.txt"))
    wanted = paths[number].read_text(encoding="utf-8")
    article = next(a for a in articles if isinstance(a, Article) and a.text.strip() == wanted.strip())
    return events.extract(article)


def bench_reprints(outlets: int, workdir: Path, pg: str | None) -> None:
    """Seed 003 reprinted by `outlets` outlets, pre-extracted: ingest per tenth, then the queries."""
    story = _seed_extraction(3)
    print(
        f"\n(d) seed 003 ({len(story.events)} events) reprinted by {outlets:,} outlets, pre-extracted, "
        "batches of 200"
    )
    print(
        f"{'database':<11}{'first 10% s':>12}{'last 10% s':>12}{'page p50 (cpu)':>18}{'event p50 (cpu)':>18}"
        f"{'sources p50 (cpu)':>20}{'size MB':>9}"
    )
    targets = [("SQLite", f"sqlite:///{workdir / 'reprints.db'}", None)]
    if pg:
        url, schema = _pg_schema_url(pg)
        targets.append(("PostgreSQL", url, schema))
    for label, url, schema in targets:
        try:
            tenth = max(1, outlets // 10)
            timings = []
            with Timeline(url) as store:
                for start in range(0, outlets, tenth):
                    chunk = [reprint(story, n) for n in range(start, min(outlets, start + tenth))]
                    started = time.perf_counter()
                    store.ingest_many(chunk)
                    timings.append(time.perf_counter() - started)
                top_id = max(store.milestones(), key=lambda e: e.source_count).id
                page_ms = _latencies(lambda i: store.milestones(limit=50), 50)
                event_ms = _latencies(lambda i, top_id=top_id: store.event(top_id), 50)
                sources_ms = _latencies(
                    lambda i, top_id=top_id: store.sources(top_id, offset=outlets // 2, limit=50), 50
                )
                top = store.event(top_id)
            size = _sqlite_mb(workdir / "reprints.db") if schema is None else float("nan")
            print(
                f"{label:<11}{timings[0]:>12.2f}{timings[-1]:>12.2f}{_p50(page_ms):>18}{_p50(event_ms):>18}"
                f"{_p50(sources_ms):>20}{size:>9.1f}"
                f"   ({top.source_count:,} sources on the most reprinted event)",
                flush=True,
            )
        finally:
            if schema is not None and pg:
                _pg_drop(pg, schema)
    print(
        "targets: page p50 < 50 ms, event(id) p50 < 100 ms, last tenth no slower than the first "
        "(wall ms, CPU ms of this process in brackets)"
    )


def stories_child(stories: int, outlets: int, path: str) -> None:
    """Run in a fresh process: `stories` synthetic stories each reprinted by `outlets` outlets."""
    before = peak_rss_mb()
    corpus = Corpus(stories * EVENTS_PER_ARTICLE, seed=41)
    originals = list(corpus.extractions())[:stories]
    figures: dict[str, float] = {"before_mb": before}
    with Timeline(path) as store:
        started = time.perf_counter()
        half = outlets // 2
        store.ingest_many(reprint(story, n) for n in range(half) for story in originals)
        figures["first_half_s"] = time.perf_counter() - started
        figures["half_size_mb"] = _sqlite_mb(Path(path))
        second = time.perf_counter()
        store.ingest_many(reprint(story, n) for n in range(half, outlets) for story in originals)
        figures["second_half_s"] = time.perf_counter() - second
        figures["seconds"] = time.perf_counter() - started
        top = max(store.milestones(), key=lambda e: e.source_count)
        runs: dict[str, Callable[[int], object]] = {
            "page": lambda i: store.milestones(limit=50),
            "show": lambda i: store.event(top.id),
        }
        for name, run in runs.items():
            walls, cpus = _latencies(run, 50)
            figures[f"{name}_ms"] = statistics.median(walls)
            figures[f"{name}_cpu_ms"] = statistics.median(cpus)
        figures["top_sources"] = top.source_count
        figures.update({key: float(value) for key, value in store.stats().items()})
    figures["size_mb"] = _sqlite_mb(Path(path))
    figures["peak_mb"] = peak_rss_mb()
    print(json.dumps(figures))


def _sqlite_mb(path: Path) -> float:
    """Size of an SQLite database in MB, once its write-ahead log is copied back into the file."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    return pages * size / MB


def bench_stories(stories: int, outlets: int, workdir: Path) -> None:
    output = subprocess.run(
        [
            sys.executable,
            __file__,
            "--stories-child",
            str(stories),
            str(outlets),
            str(workdir / "stories.db"),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    f = json.loads(output.strip().splitlines()[-1])
    articles = stories * outlets
    print(
        f"\n(e) {stories} synthetic stories x {outlets:,} reprints = {articles:,} articles, "
        "SQLite, one process"
    )
    print(
        f"ingest {f['seconds']:.1f} s ({articles / f['seconds']:,.0f} articles/s); "
        f"peak RSS {f['peak_mb']:.0f} MB (target < 200 MB); {f['events']:,.0f} events, "
        f"{f['sources']:,.0f} sources; first half {f['first_half_s']:.1f} s, second half "
        f"{f['second_half_s']:.1f} s"
    )
    print(
        f"milestones page of 50 p50 {f['page_ms']:.2f} ms ({f['page_cpu_ms']:.2f} CPU; target < 50); show of "
        f"the most reprinted event ({f['top_sources']:,.0f} sources) p50 {f['show_ms']:.2f} ms "
        f"({f['show_cpu_ms']:.2f} CPU; target < 100)"
    )
    per_article = (f["size_mb"] - f["half_size_mb"]) * 1e6 / (articles - articles // 2)
    print(
        f"database {f['half_size_mb']:.1f} MB at half, {f['size_mb']:.1f} MB at the end: "
        f"{per_article:,.0f} bytes per further reprint (its article row, outlet line, sources)"
    )


# -- (f) duplicates before extraction -----------------------------------------------------------------


def bench_reingest(articles: int, workdir: Path) -> None:
    """Ingest `articles` real articles (the seeds reprinted), extraction included; then again."""
    from timeline.corpus import bundled_seeds, load_articles

    seeds = [a for a in load_articles([bundled_seeds()]) if isinstance(a, Article)]
    items = [
        Article(f"{seed.text}\n（来源：第{n}报）", seed.pub_date, source=f"第{n}报")
        for n in range(articles // len(seeds) + 1)
        for seed in seeds
    ][:articles]
    with Timeline(workdir / "reingest.db") as store:
        started = time.perf_counter()
        first = store.ingest_many(items)
        ingest_s = time.perf_counter() - started
        started = time.perf_counter()
        again = store.ingest_many(items)
        again_s = time.perf_counter() - started
    print(f"\n(f) {articles:,} real articles (seed reprints), extraction included, SQLite")
    print(
        f"ingest {ingest_s:.1f} s ({first.articles:,} stored); again {again_s:.2f} s ({again.duplicates:,} "
        f"found stored, none extracted): {ingest_s / again_s:.0f}x faster (target >= 20x)"
    )


# -- (g) writers and workers --------------------------------------------------------------------------


def _writer_child(url: str, path: str, part: int, parts: int, start_at: float) -> None:
    """Ingest this writer's share of the serialised extractions; print its wall and CPU times.

    The extractions are read and decoded before `start_at` (a shared wall-clock instant), so only
    the store's write path is timed: this process's CPU and its PostgreSQL backends' CPU (read
    from /proc, the server being on this machine), as JSON on stdout, with the same split by
    statement (`_StatementSplit`).
    """
    from sqlalchemy import event as sa_event

    from timeline.serial import read_extractions

    with open(path, encoding="utf-8") as lines:
        extractions = [x for x in read_extractions(lines, path) if isinstance(x, Extraction)]
    share = extractions[part * len(extractions) // parts : (part + 1) * len(extractions) // parts]
    del extractions
    # What was read before the clock is kept out of the cyclic collector's walks, as a streamed
    # `timeline load` holds none of it: a full collection walked every extraction held (about 1 s
    # of CPU per writer at 200k events, 5-10 us per event).
    gc.collect()
    gc.freeze()
    with Timeline(url) as store:
        backends: set[int] = set()

        @sa_event.listens_for(store._engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            backends.add(dbapi_connection.info.backend_pid)

        store._engine.dispose()  # connections from here on are seen by the listener
        split = _StatementSplit(store, backends)
        time.sleep(max(0.0, start_at - time.time()))
        started, cpu = time.perf_counter(), time.process_time()
        report = store.ingest_many(share, batch_size=500)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        server = sum(_proc_cpu_s(pid) for pid in backends)
    print(
        json.dumps(
            {
                "events": report.events,
                "wall": wall,
                "cpu": cpu,
                "server": server,
                "statements": split.totals,
                "locked": split.locked,
            }
        )
    )


class _StatementSplit:
    """Wall time, this process's CPU and the server backend's CPU of each kind of statement the
    store runs (`_statement_kind`), summed: where the write path's time goes, client and server.

    The backend's CPU is read from /proc/PID/schedstat (nanoseconds; /proc/PID/stat counts 10 ms
    ticks) before and after each statement, through SQLAlchemy's cursor events and, for COPY,
    which psycopg runs outside them, around `bulk.copy_rows`. COMMIT is its own line. `locked`
    holds the same for the statements run in the merge-locked part of the batches alone.
    """

    def __init__(self, store: Timeline, backends: set[int]) -> None:
        from sqlalchemy import event as sa_event

        from timeline._store import bulk

        self.totals: dict[str, list[float]] = {}
        self.locked: dict[str, list[float]] = {}
        self._backends = backends
        self._started: list[tuple[float, float, float]] = []
        engine = store._engine
        sa_event.listen(engine, "before_cursor_execute", lambda *_args: self._start())
        sa_event.listen(
            engine, "after_cursor_execute", lambda *args: self._stop(_statement_kind(args[2], args[3]))
        )
        do_commit = engine.dialect.do_commit
        self._merge_locked: tuple[float, float, float] | None = None
        self._merge_locked_on: Any = None

        def timed_commit(dbapi_connection: Any) -> None:
            self._start()
            do_commit(dbapi_connection)
            self._stop("COMMIT")
            if self._merge_locked is not None and _raw(dbapi_connection) is self._merge_locked_on:
                self._started.append(self._merge_locked)  # the batch's commit ends its merge-locked
                self._merge_locked = None  # section (the texts' own transactions do not)
                self._stop(_MERGE_LOCKED)

        engine.dialect.do_commit = timed_commit  # type: ignore[method-assign]
        lock_keys = writer.IngestBatch._lock_keys

        def timed_lock_keys(batch: Any, space: int, keys: set[int]) -> None:
            lock_keys(batch, space, keys)
            if space == ingest_concurrency.MERGE_LOCKS and keys:
                self._merge_locked_on = _raw(batch._conn.connection)
                self._merge_locked = (time.perf_counter(), time.process_time(), self._server_s())

        writer.IngestBatch._lock_keys = timed_lock_keys  # type: ignore[method-assign]

        copy_rows = bulk.copy_rows

        def timed_copy(connection: Any, table: Any, keys: Any, rows: Any, types: Any = ()) -> None:
            self._start()
            copy_rows(connection, table, keys, rows, types)
            self._stop(f"COPY {table.name}")

        bulk.copy_rows = timed_copy  # COPY runs on the driver's cursor, outside SQLAlchemy's events

    def _server_s(self) -> float:
        total = 0
        for pid in self._backends:
            try:
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
            except OSError:
                pass
        return total / 1e9

    def _start(self) -> None:
        self._started.append((time.perf_counter(), time.process_time(), self._server_s()))

    def _stop(self, kind: str) -> None:
        if not self._started:
            return
        wall, cpu, server = self._started.pop()
        spent = (1, time.perf_counter() - wall, time.process_time() - cpu, self._server_s() - server)
        tables = [self.totals]
        if self._merge_locked is not None and kind != _MERGE_LOCKED:
            tables.append(self.locked)
        for table in tables:
            row = table.setdefault(kind, [0, 0.0, 0.0, 0.0])
            for i, value in enumerate(spent):
                row[i] += value


_STATEMENT_TABLE = re.compile(r"\b(?:INTO|FROM|UPDATE|EXISTS|ANALYZE)\s+\"?(\w+)", re.IGNORECASE)
_PROBE_TABLE = "timeline_merge_probe"


def _raw(connection: Any) -> Any:
    """The driver's connection under SQLAlchemy's pooled proxy (or the one given)."""
    return getattr(connection, "dbapi_connection", connection)


_MERGE_LOCKED = "(merge-locked: lock taken to commit)"
"""The split's line for the part of each batch that holds its merge keys' locks (statements and
the client's work between them), which writers sharing keys cannot run side by side."""

_LOCK_SPACES = {
    ingest_concurrency.MERGE_LOCKS: "SELECT advisory merge keys",
    ingest_concurrency.NAME_LOCKS: "SELECT advisory names",
    ingest_texts.TEXTS_LOCK_KEY: "SELECT advisory texts",
}


def _statement_kind(sql: str, parameters: Any = None) -> str:
    """A statement's verb and first table (`INSERT texts`, `SELECT timeline_merge_probe`), or what
    it calls (`SELECT nextval`; the advisory locks by what they guard: `SELECT advisory merge keys`)."""
    verb = sql.split(None, 1)[0].upper() if sql.strip() else "?"
    if "pg_locks" in sql:
        return "SELECT pg_locks (merge keys held?)"
    if "advisory" in sql and isinstance(parameters, dict):
        space = parameters.get("space", parameters.get("key"))
        return _LOCK_SPACES.get(space, "SELECT advisory writers")
    for function in ("advisory", "nextval"):
        if function in sql:
            return f"{verb} {function}"
    if verb == "SELECT" and _PROBE_TABLE in sql:
        return f"SELECT {_PROBE_TABLE}"  # the merge candidates, whatever it reads first
    found = _STATEMENT_TABLE.search(sql)
    return f"{verb} {found.group(1)}" if found else verb


def _print_split(totals: dict[str, list[float]], events: int) -> None:
    """The statements of a run, costliest first: count, wall, client and server CPU per event."""
    print(f"    {'statement':<34}{'count':>7}{'wall us/ev':>12}{'client us/ev':>14}{'server us/ev':>14}")
    rows = sorted(totals.items(), key=lambda item: (item[0] != _MERGE_LOCKED, -(item[1][2] + item[1][3])))
    for kind, (count, wall, client, server) in rows:
        print(
            f"    {kind[:34]:<34}{count:>7.0f}{wall * 1e6 / events:>12.1f}{client * 1e6 / events:>14.1f}"
            f"{server * 1e6 / events:>14.1f}"
        )
    statements = [row for kind, row in totals.items() if kind != _MERGE_LOCKED]
    client = sum(row[2] for row in statements)
    server = sum(row[3] for row in statements)
    print(f"    {'all statements':<53}{client * 1e6 / events:>14.1f}{server * 1e6 / events:>14.1f}")


def _proc_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process of this machine has used so far; 0 when unreadable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_processes_cpu_s(postmaster: int) -> float:
    """CPU seconds the whole PostgreSQL server of this machine has used so far: the postmaster, its
    live children (backends, autovacuum workers, WAL writer, checkpointer, background writer) and
    the children it has reaped (exited backends and autovacuum workers). 0 when unreadable."""
    try:
        fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = sum(int(field) for field in fields[11:15])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            child = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(child[1]) == postmaster:
            ticks += int(child[11]) + int(child[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _postmaster(store: Timeline) -> int:
    """The pid of the PostgreSQL server's postmaster, when it runs on this machine (0 otherwise):
    the parent of one of the store's backends."""
    with store._engine.connect() as connection:
        backend = int(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
    try:
        return int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return 0


def bench_pg_writers(pg: str, events: int, workdir: Path, which: str = "1,halves,own") -> None:
    """Pre-extracted synthetic events into PostgreSQL by 1 and by 2 writer processes (disjoint halves).

    The extractions are serialised to JSONL first (timeline/serial.py) and read by each writer
    before the clock starts. CPU per event counts the writers and their server backends. The
    halves of one corpus draw their subjects from one pool, so two concurrent batches share merge
    keys (subject, type) and take turns on them; a last run gives each writer a corpus of its own
    subjects (no key in common), where the per-key merge locks let them write side by side.
    """
    from timeline.serial import extraction_to_dict

    def serialise(path: Path, corpus: Corpus) -> Path:
        with path.open("w", encoding="utf-8") as out:
            for extraction in corpus.extractions():
                out.write(json.dumps(extraction_to_dict(extraction), ensure_ascii=False) + "\n")
        return path

    shared = serialise(workdir / "writers.jsonl", Corpus(events, seed=53))
    own = [
        serialise(workdir / f"writer-{part}.jsonl", _subject_share(Corpus(events // 2, 61 + part), part, 2))
        for part in range(2)
    ]
    print(
        f"\n(g) PostgreSQL ingest of {events:,} pre-extracted events (read from JSONL before the clock), "
        "writer processes side by side"
    )
    runs = {
        "1": ("1 writer", [(shared, 0, 1)]),
        "halves": ("2 writers, halves of one corpus", [(shared, 0, 2), (shared, 1, 2)]),
        "own": ("2 writers, no subject in common", [(own[0], 0, 1), (own[1], 0, 1)]),
    }
    for label, shares in (runs[name] for name in which.split(",")):
        url, schema = _pg_schema_url(pg)
        try:
            with Timeline(url) as store:
                postmaster = _postmaster(store)
            start_at = time.time() + 5 + events / 20_000  # after every writer has read its share
            children = [
                subprocess.Popen(
                    [sys.executable, __file__, "--writer-child", url, str(path), str(part), str(parts),
                     str(start_at)],
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for path, part, parts in shares
            ]
            time.sleep(max(0.0, start_at - time.time() - 0.5))
            whole_server = _server_processes_cpu_s(postmaster)
            results = [json.loads(child.communicate()[0]) for child in children]
            time.sleep(1)  # the writers' backends exit and are reaped
            whole_server = _server_processes_cpu_s(postmaster) - whole_server
            wall = max(result["wall"] for result in results)
            cpu = sum(result["cpu"] for result in results)
            server = sum(result["server"] for result in results)
            with Timeline(url) as store:
                stored = store.stats()["events"]
            print(
                f"{label}: {wall:.1f} s, {stored / wall:,.0f} events/s stored "
                f"(target >= 10,000 with 2); CPU: writers {cpu:.1f} s + server backends {server:.1f} s "
                f"= {cpu * 1e6 / stored:,.0f} + {server * 1e6 / stored:,.0f} = "
                f"{(cpu + server) * 1e6 / stored:,.0f} us per event, {stored / (cpu + server):,.0f} events "
                f"per CPU second; load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            if postmaster:
                # What the writers' backends do not show and two cores pay all the same: autovacuum
                # (the new rows' visibility, the trigram index's pending list, the statistics), the
                # WAL writer, the checkpointer; and any other client of the server meanwhile.
                print(
                    f"  whole server during the run (all its processes): {whole_server:.1f} s, "
                    f"{whole_server * 1e6 / stored:,.0f} us per event, of which not the writers' backends "
                    f"{(whole_server - server) * 1e6 / stored:,.0f}; writers + whole server "
                    f"{(cpu + whole_server) * 1e6 / stored:,.0f} us per event",
                    flush=True,
                )
            totals: dict[str, list[float]] = {}  # where the writers' time goes, statement by statement
            locked: dict[str, list[float]] = {}  # the same, in the merge-locked part of the batches
            for result in results:
                for split, summed_split in (("statements", totals), ("locked", locked)):
                    for kind, row in result[split].items():
                        summed = summed_split.get(kind, [0.0] * len(row))
                        summed_split[kind] = [a + b for a, b in zip(summed, row, strict=True)]
            _print_split(totals, stored)
            print("  of which in the merge-locked part (what writers sharing merge keys run in turns):")
            _print_split(locked, stored)
        finally:
            _pg_drop(pg, schema)


def _subject_share(corpus: Corpus, part: int, parts: int) -> Corpus:
    """`corpus` with its subjects cut to every `parts`-th one from `part`: corpora of different
    parts name no subject in common (places they still share)."""
    corpus.subjects = corpus.subjects[part::parts]
    return corpus


def bench_jobs(files: int, workdir: Path) -> None:
    """`timeline ingest --jobs N` on a folder of seed reprints: wall and CPU time at 1 and 2 workers."""
    from timeline.corpus import bundled_seeds, load_articles

    seeds = [a for a in load_articles([bundled_seeds()]) if isinstance(a, Article)]
    folder = workdir / "jobs"
    folder.mkdir(exist_ok=True)
    for n in range(files):
        seed = seeds[n % len(seeds)]
        (folder / f"{n:05d}.txt").write_text(f"{seed.text}\n（来源：第{n}报）", encoding="utf-8")
    print(f"\n(h) timeline ingest of {files} .txt files (seed reprints), extraction included, SQLite")
    for jobs in (1, 2):
        db = workdir / f"jobs-{jobs}.db"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "timeline.cli",
                "ingest",
                str(folder),
                "--db",
                str(db),
                "--pub-date",
                "2026-01-30",
                "--jobs",
                str(jobs),
            ],
            check=True,
            capture_output=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(
            f"--jobs {jobs}: {seconds:.1f} s, {files / seconds:.1f} articles/s "
            f"(CPU of the command and its workers: {cpu:.1f} s)",
            flush=True,
        )


FOLD_DAYS = 200
"""Days on which (i)'s institute is reported under each of its two names."""


def _fold_reports() -> list[Extraction]:
    """(i): an opening of a lab of the institute on each of `FOLD_DAYS` days, reported once under
    the short name and once under the full one (the same event once the names are one)."""
    full, short = "重庆折叠测试研究院", "折叠院"
    found = []
    for day_number in range(FOLD_DAYS):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=day_number)
        for name in (short, full):
            text = f"{day.month}月{day.day}日，{name}第{day_number}号实验室揭牌。"
            article = Article(text, day + dt.timedelta(days=1), source=f"{name}报")
            event = Event(
                type="opening",
                trigger="揭牌",
                status="occurred",
                date=TimeExpr("", 0, 0, day, day, "day", day.isoformat()),
                summary=f"第{day_number}号实验室揭牌",
                sentence=text,
                article_id=article.id,
                start_char=0,
                end_char=len(text),
                entities=(EventEntity(name, "institute", "subject"),),
            )
            found.append(Extraction(article, (event,), (Entity(name, "institute"),), ()))
    return found


def bench_folds(events: int, workdir: Path, pg: str | None) -> None:
    """(i): see the module's docstring."""
    print(
        f"\n(i) fold by hand and its split: {FOLD_DAYS} pairs of events merged and taken apart again, "
        f"in a store of {events:,} synthetic events; median of 5, ms wall (CPU)"
    )
    print(f"{'store':<14}{'fold':>20}{'split':>20}{'events after the fold':>26}")
    targets = [("SQLite", f"sqlite:///{workdir / 'folds.db'}", None)]
    if pg:
        url, schema = _pg_schema_url(pg)
        targets.append(("PostgreSQL", url, schema))
    for label, url, schema in targets:
        with Timeline(url) as store:
            store.ingest_many(Corpus(events, seed=29).extractions())
            store.ingest_many(_fold_reports())
            server = _backend_cpu(store)
            timings: dict[str, tuple[list[float], list[float]]] = {"fold": ([], []), "split": ([], [])}
            after = 0
            steps: tuple[tuple[str, Callable[[], object]], ...] = (
                ("fold", lambda: store.merge_entities("重庆折叠测试研究院", "折叠院", reason="benchmark")),
                ("split", lambda: store.split_entity("折叠院")),
            )
            for _ in range(5):
                for step, run in steps:
                    walls, cpus = timings[step]
                    cpu_started, server_started, started = time.process_time(), server(), time.perf_counter()
                    run()
                    walls.append((time.perf_counter() - started) * 1000)
                    cpus.append((time.process_time() - cpu_started + server() - server_started) * 1000)
                    if step == "fold":
                        after = store.stats()["events"]
        print(f"{label:<14}{_p50(timings['fold']):>20}{_p50(timings['split']):>20}{after:>26,}")
        if schema is not None and pg:
            _pg_drop(pg, schema)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pg", metavar="URL", help="also measure PostgreSQL at this SQLAlchemy URL")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="store sizes in events for (b)")
    parser.add_argument("--quick", action="store_true", help="small runs: 10k events, 2k/10k articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side of (a), medians shown")
    parser.add_argument("--events", type=int, help="events of (g) (default 200k; 20k with --quick)")
    parser.add_argument(
        "--writers", default="1,halves,own", help="runs of (g): 1 (writer), halves, own (subjects)"
    )
    parser.add_argument("--files", type=int, help="files of (h) (default 400; 40 with --quick)")
    parser.add_argument(
        "--named", type=int, default=0, help="entities each article of (a) names besides its events'"
    )
    parser.add_argument("--only", default="", help="comma-separated sections to run (a,b,c,d,e,f,g,h)")
    parser.add_argument(
        "--stores",
        nargs="+",
        metavar="URL",
        help="(b) only, on stores already built from the corpus of the largest --sizes (seed 23)",
    )
    parser.add_argument("--memory-child", nargs=2, metavar=("ARTICLES", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--stories-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--writer-child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(int(args.memory_child[0]), args.memory_child[1])
        return
    if args.stories_child:
        stories_child(int(args.stories_child[0]), int(args.stories_child[1]), args.stories_child[2])
        return
    if args.writer_child:
        url, path, part, parts, start_at = args.writer_child
        _writer_child(url, path, int(part), int(parts), float(start_at))
        return
    only = set(args.only.split(",")) if args.only else set("abcdefghi")
    sizes = [10_000] if args.quick else [int(size) for size in args.sizes.split(",")]
    write_articles, memory_articles = (2_000, 10_000) if args.quick else (20_000, 100_000)
    print_machine("timeline store benchmark", ["psycopg"])
    if args.stores:
        bench_built_stores(args.stores, max(sizes))
        return
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        workdir = Path(tmp)
        if "a" in only:
            bench_write(write_articles, workdir, max(1, args.repeat), args.named)
        if "b" in only:
            bench_all_queries(sizes, args.pg, workdir)
        if "c" in only:
            bench_memory(memory_articles, workdir)
        if "d" in only:
            bench_reprints(200 if args.quick else 2_000, workdir, args.pg)
        if "e" in only:
            bench_stories(20, 250 if args.quick else 5_000, workdir)
        if "f" in only:
            bench_reingest(100 if args.quick else 1_000, workdir)
        if "g" in only and args.pg:
            bench_pg_writers(
                args.pg, args.events or (20_000 if args.quick else 200_000), workdir, args.writers
            )
        if "h" in only:
            bench_jobs(args.files or (40 if args.quick else 400), workdir)
        if "i" in only:
            bench_folds(10_000 if args.quick else 100_000, workdir, args.pg)


if __name__ == "__main__":
    main()
