"""One entity across articles: a fold of two stored entities merges the events that become one real
event (spec/events.md, "One event across articles"), and a split puts back exactly what it changed."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import time
import uuid
from collections.abc import Iterator

import pytest
from conftest import Builder, _postgres_schema_url, run_at_once
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.dates import TimeExpr
from timeline.model import Article, Entity, Event, EventEntity, Extraction, Mention

FULL = "重庆市计量质量检测研究院"
SHORT = "量测院"


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as timeline:
        yield timeline


def everything(tl: Timeline) -> tuple[object, ...]:
    """What the store answers: every event with its entities, sources (all of them), notes and
    counts, every entity, the timelines of each, the counts, and a search of each sentence's words."""
    events = tl.milestones()
    sources = {e.id: tl.sources(e.id, limit=10_000) for e in events}
    entities = tl.entities()
    timelines = {e.name: [event.id for event in tl.events_for(e.name)] for e in entities}
    searched = {
        term: [e.id for e in tl.milestones(query=term)] for term in ("揭牌", "签约", "12月20日", "丙报")
    }
    return events, sources, entities, timelines, tl.stats(), searched


def _recorded_mentions(tl: Timeline) -> dict[str, int]:
    """Entity name -> the mentions its per-article rows give it, through the folds (see
    test_store_concurrency._recorded_mentions), to compare with `mention_count`."""
    with tl._engine.connect() as connection:
        kept = dict(connection.exec_driver_sql("SELECT id, folded_into FROM entities").all())
        names = dict(connection.exec_driver_sql("SELECT id, name FROM entities").all())
        rows = connection.exec_driver_sql("SELECT entity_id, mentions FROM entity_mentions").all()
    found: dict[str, int] = {}
    for entity_id, mentions in rows:
        chain = [entity_id]
        while kept[chain[-1]] is not None:
            chain.append(kept[chain[-1]])
        for each in chain:
            found[names[each]] = found.get(names[each], 0) + mentions
    return {name: count for name, count in found.items() if count}


def _mentions_agree(tl: Timeline) -> bool:
    """Whether every listed entity's mention count is what its per-article rows give it."""
    recorded = _recorded_mentions(tl)
    return all(recorded.get(e.name, 0) == e.mention_count for e in tl.entities())


def _day(build: Builder, day: str):
    return build.date(day, day, day, "day")


def test_the_merge_of_a_fold_is_noted_and_counted(tl, build):
    """Three reports, two under the short name (one event: same day) and one under the full name:
    after the fold one event with three sources, two merges counted, the fold named in the note."""
    one = build.article("量测院12月20日揭牌。", "2025-12-21", source="甲报")
    two = build.article("量测院20日揭牌。", "2025-12-22", source="乙报")
    three = build.article("重庆市计量质量检测研究院12月20日揭牌。", "2025-12-23", source="丙报")
    for article, name in ((one, SHORT), (two, SHORT), (three, FULL)):
        event = build.event(article, "揭牌", subject=(name, "institute"), date=_day(build, "2025-12-20"))
        tl.ingest(build.extraction(article, event))
    assert [e.source_count for e in tl.milestones()] == [2, 1]
    tl.merge_entities(FULL, SHORT, reason="同一家研究院")
    (opening,) = tl.milestones()
    assert (opening.subject.name, opening.source_count, opening.merge_count) == (FULL, 3, 2)
    assert [s.source for s in opening.sources] == ["甲报", "乙报", "丙报"]  # in the order they came
    assert "同一家研究院" in opening.merge_note.splitlines()[-1]
    assert tl.stats() == {"articles": 3, "events": 1, "entities": 1, "sources": 3}
    assert [e.id for e in tl.milestones(query="丙报")] == []  # sources are searched by sentence
    assert [e.id for e in tl.milestones(query="重庆市计量")] == [opening.id]


def test_a_fold_keeps_one_source_per_article_and_a_split_gives_the_other_back(tl, build):
    """One article reporting the opening under both names gave two events a source each; merged,
    the event keeps one source per article (the earlier), and the split gives the other back."""
    both = build.article("量测院揭牌。重庆市计量质量检测研究院揭牌。", "2025-12-21", source="甲报")
    day = _day(build, "2025-12-20")
    tl.ingest(
        build.extraction(
            both,
            build.event(both, "量测院揭牌", subject=(SHORT, "institute"), date=day),
            build.event(both, "研究院揭牌", subject=(FULL, "institute"), date=day),
        )
    )
    before = everything(tl)
    tl.merge_entities(FULL, SHORT)
    (opening,) = tl.milestones()
    assert (opening.source_count, opening.merge_count, tl.stats()["sources"]) == (1, 1, 1)
    tl.split_entity(SHORT)
    assert everything(tl) == before


@pytest.mark.parametrize("by", ["alias", "hand"])
def test_fold_then_split_is_the_store_as_it_was(tl, build, by):
    """Two openings of one day under the two names, a meeting under each, an undated signing under
    each with one summary: the fold makes three events of five; the split puts back all five,
    their sources, notes, counts, links, timelines and search text, and the mention counts."""
    reports = [
        ("量测院12月20日揭牌。", SHORT, "opening", "2025-12-20", "量测院揭牌", "甲报"),
        ("重庆市计量质量检测研究院揭牌。", FULL, "opening", "2025-12-20", "揭牌", "乙报"),
        ("量测院召开大会。", SHORT, "meeting", "2025-11-02", "量测院召开大会", "丙报"),
        ("重庆市计量质量检测研究院召开大会。", FULL, "meeting", "2025-12-02", "召开大会", "丁报"),
        ("量测院与重庆大学签约。", SHORT, "signing", None, "签约", "戊报"),
        ("重庆市计量质量检测研究院签约。", FULL, "signing", None, "签约", "己报"),
    ]
    for text, name, type_, day, summary, source in reports:
        article = build.article(text, "2025-12-25", source=source)
        date = _day(build, day) if day else None
        event = build.event(article, summary, subject=(name, "institute"), type=type_, date=date)
        tl.ingest(build.extraction(article, event, entities=(Entity(name, "institute"),), mentions=2))
    before = everything(tl)
    assert len(before[0]) == 6
    if by == "alias":
        alias = build.article(f"{FULL}（以下简称“量测院”）。", "2025-12-28", source="庚报")
        tl.ingest(build.extraction(alias, entities=(Entity(FULL, "institute", (SHORT,)),), mentions=1))
    else:
        tl.merge_entities(FULL, SHORT)
    events = tl.milestones()
    assert sorted((e.type, e.source_count) for e in events) == [
        ("meeting", 1),
        ("meeting", 1),
        ("opening", 2),
        ("signing", 2),
    ]
    assert {e.subject.name for e in events} == {FULL}
    assert _mentions_agree(tl)
    tl.split_entity(SHORT)
    after = everything(tl)
    if by == "alias":  # the alias article stays: one article, and one mention of the full name, more
        assert (after[0], after[1], after[3], after[5]) == (before[0], before[1], before[3], before[5])
        assert after[4] == {**before[4], "articles": before[4]["articles"] + 1}
    else:
        assert after == before
    assert _mentions_agree(tl)


def test_a_report_merged_while_the_fold_held_stays_with_the_event_after_a_split(tl, build):
    """A report made while the fold held (under the kept entity) merged into the fold's event: the
    split gives the folded entity its own event back and the kept one keeps its reports, rebuilt."""
    day = _day(build, "2025-12-20")
    first = build.article("量测院揭牌。", "2025-12-21", source="甲报")
    second = build.article("重庆市计量质量检测研究院揭牌。", "2025-12-22", source="乙报")
    third = build.article("重庆市计量质量检测研究院12月20日揭牌。", "2025-12-23", source="丙报")
    tl.ingest(build.extraction(first, build.event(first, "揭牌", subject=(SHORT, "institute"), date=day)))
    tl.ingest(build.extraction(second, build.event(second, "揭牌", subject=(FULL, "institute"), date=day)))
    tl.merge_entities(FULL, SHORT)
    tl.ingest(build.extraction(third, build.event(third, "揭牌", subject=(FULL, "institute"), date=day)))
    (opening,) = tl.milestones()
    assert opening.source_count == 3
    tl.split_entity(SHORT)
    events = sorted(tl.milestones(), key=lambda e: e.source_count)
    assert [(e.subject.name, [s.source for s in e.sources], e.source_count) for e in events] == [
        (SHORT, ["甲报"], 1),
        (FULL, ["乙报", "丙报"], 2),
    ]
    assert [e.merge_count for e in events] == [0, 1]
    assert tl.stats()["sources"] == 3


def test_a_replaced_article_taken_out_while_the_fold_held_is_not_put_back(tl, build):
    """The article of the absorbed event's only source is replaced while the fold holds: the split
    cannot give it back its event (nothing reports it), and puts the rest back."""
    day = _day(build, "2025-12-20")
    first = build.article("量测院揭牌。", "2025-12-21", id="first", source="甲报")
    second = build.article("重庆市计量质量检测研究院揭牌。", "2025-12-22", id="second", source="乙报")
    tl.ingest(build.extraction(first, build.event(first, "揭牌", subject=(SHORT, "institute"), date=day)))
    tl.ingest(build.extraction(second, build.event(second, "揭牌", subject=(FULL, "institute"), date=day)))
    tl.merge_entities(FULL, SHORT)
    corrected = build.article("量测院开会。", "2025-12-21", id="second", source="乙报")
    meeting = build.event(corrected, "开会", type="meeting", subject=(SHORT, "institute"), date=day)
    tl.ingest_many([build.extraction(corrected, meeting)], replace=True)
    tl.split_entity(SHORT)
    assert sorted((e.type, e.subject.name, e.source_count) for e in tl.milestones()) == [
        ("meeting", FULL, 1),  # made while the fold held: it stays with the kept entity
        ("opening", SHORT, 1),
    ]


def test_a_fold_merges_the_events_whose_objects_it_makes_one(tl, build):
    """重庆大学 signs with 量测院 and, in another article, with the full name on the same day: two
    events (another signing partner) until the fold makes the partners one; the split, two again."""
    day = _day(build, "2025-12-20")
    for text, partner, source in (
        ("重庆大学与量测院签约。", SHORT, "甲报"),
        ("重庆大学与重庆市计量质量检测研究院签约。", FULL, "乙报"),
    ):
        article = build.article(text, "2025-12-21", source=source)
        others = (EventEntity(partner, "institute", "object"),)
        event = build.event(
            article,
            "重庆大学签约",
            subject=("重庆大学", "university"),
            type="signing",
            date=day,
            others=others,
        )
        tl.ingest(build.extraction(article, event))
    before = everything(tl)
    assert [e.source_count for e in before[0]] == [1, 1]
    tl.merge_entities(FULL, SHORT)
    (signing,) = tl.milestones()
    assert (signing.source_count, [e.name for e in signing.entities]) == (2, ["重庆大学", FULL])
    tl.split_entity(SHORT)
    assert everything(tl) == before


# Property: fold then split is the identity on what the store answers, whatever the reports.

UNIVERSITY = "重庆大学"

_KINDS = {SHORT: "institute", FULL: "institute", UNIVERSITY: "university", "西南大学": "university"}

_REPORT = st.tuples(
    st.sampled_from([SHORT, FULL, UNIVERSITY]),  # the subject's name
    st.sampled_from(["opening", "signing"]),
    st.sampled_from([None, "2025-12-20", "2025-12-21", "2025-12"]),
    st.sampled_from([None, "西南大学", SHORT, FULL]),  # an object
    st.sampled_from(["occurred", "planned"]),
    st.integers(0, 3),  # the article it is in: several reports of one article
)


@contextlib.contextmanager
def _fresh_store(kind: str, folder: str) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{os.path.join(folder, uuid.uuid4().hex + '.db')}"
        return
    urls = _postgres_schema_url()
    try:
        yield next(urls)
    finally:
        urls.close()


def _reports_ingested(tl: Timeline, reports: list[tuple]) -> None:
    build = Builder()
    months = {"2025-12": build.date("2025-12", "2025-12-01", "2025-12-31", "month")}
    by_article: dict[int, list] = {}
    for name, type_, day, obj, status, number in reports:
        by_article.setdefault(number, []).append((name, type_, day, obj, status))
    for number, found in sorted(by_article.items()):
        article = build.article(
            f"第{number}篇：量测院揭牌签约。", f"2025-12-2{number + 2}", source=f"{number}报"
        )
        events = []
        for name, type_, day, obj, status in found:
            date = months.get(day or "") or (_day(build, day) if day else None)
            others = (EventEntity(obj, _KINDS[obj], "object"),) if obj and obj != name else ()
            summary = f"{name}{'揭牌' if type_ == 'opening' else '签约'}"
            events.append(
                build.event(
                    article,
                    summary,
                    subject=(name, _KINDS[name]),
                    type=type_,
                    date=date,
                    status=status,
                    others=others,
                )
            )
        named = {f[0] for f in found} | {f[3] for f in found if f[3]}
        names = tuple(Entity(name, _KINDS[name]) for name in sorted(named))
        tl.ingest(build.extraction(article, *events, entities=names, mentions=1))


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def test_fold_then_split_is_the_identity_whatever_the_reports(kind, tmp_path):
    @settings(max_examples=30 if kind == "sqlite" else 10, derandomize=True)
    @given(st.lists(_REPORT, min_size=1, max_size=7))
    def check(reports):
        with _fresh_store(kind, str(tmp_path)) as url, Timeline(url) as tl:
            _reports_ingested(tl, reports)
            if {e.name for e in tl.entities(type="institute")} != {SHORT, FULL}:
                return
            before = everything(tl)
            tl.merge_entities(FULL, SHORT)
            folded = everything(tl)
            stats = folded[4]
            assert stats["sources"] == sum(e.source_count for e in folded[0])
            assert stats["events"] <= before[4]["events"]
            assert SHORT not in {e.subject.name for e in folded[0]}
            assert _mentions_agree(tl)
            tl.split_entity(SHORT)
            assert everything(tl) == before
            assert _mentions_agree(tl)

    check()


def test_a_writer_whose_cache_predates_a_split_follows_it(store_url, build):
    """Another `Timeline` (or process) folds the short name into the full one, the writer's next
    report of the short name follows the fold, the other splits them again: the writer's reports
    of the short name after the split are the short name's again, as they are for a writer that
    never cached it. Its cache kept the short name as the full name's id for ever (the writers'
    race of issue 10: 101 events on PostgreSQL where one writer alone made 86)."""
    one, two, three, four = (build.article(f"第{n}篇：量测院。") for n in range(4))
    with Timeline(store_url) as writer, Timeline(store_url) as other:
        writer.ingest(build.extraction(one, build.event(one, "量测院揭牌", subject=(SHORT, "institute"))))
        other.ingest(
            build.extraction(two, build.event(two, "大会", type="meeting", subject=(FULL, "institute")))
        )
        other.merge_entities(FULL, SHORT)
        signing = build.event(three, "量测院签约", type="signing", subject=(SHORT, "institute"))
        writer.ingest(build.extraction(three, signing))
        other.split_entity(SHORT)
        production = build.event(four, "量测院投产", type="production", subject=(SHORT, "institute"))
        writer.ingest(build.extraction(four, production))
        subjects = {e.summary: e.subject.name for e in writer.milestones()}
    assert subjects == {"量测院揭牌": SHORT, "大会": FULL, "量测院签约": FULL, "量测院投产": SHORT}


# Folds and splits racing with writers: the same store as one writer alone, then the folds.

PAIRS = 8
REPORTS = 6
RACING_WRITERS = 2


def _pair_report(pair: int, number: int) -> Extraction:
    """Report `number` of pair `pair`'s opening: under the short name (even numbers) or the full one;
    report `REPORTS` declares the short name the full one's alias."""
    full, short = f"重庆第{pair}号研究院", f"第{pair}号院"
    name = short if number % 2 == 0 and number != REPORTS else full
    day = dt.date(2025, 3, 1) + dt.timedelta(days=pair)
    declared = f"（以下简称“{short}”）" if number == REPORTS else ""
    text = f"{name}{declared}{day.month}月{day.day}日揭牌。（第{number}报）"
    article = Article(text, day, source=f"第{number}报")
    event = Event(
        type="opening",
        trigger="揭牌",
        status="occurred",
        date=TimeExpr("", 0, 0, day, day, "day", day.isoformat()),
        summary=f"第{pair}号研究院揭牌",
        sentence=article.text,
        article_id=article.id,
        start_char=0,
        end_char=len(article.text),
        entities=(EventEntity(name, "institute", "subject"),),
    )
    mention = Mention(name, name, article.id, 0, len(name))
    aliases = (short,) if number == REPORTS else ()
    return Extraction(article, (event,), (Entity(name, "institute", aliases),), (mention,))


def _racing_writer(errors, url: str, number: int, declared: bool = False) -> None:
    try:
        share = [
            (pair, report)
            for pair in range(PAIRS)
            for report in range(REPORTS + declared)
            if (pair + report) % RACING_WRITERS == number
        ]
        random.Random(number).shuffle(share)
        with Timeline(url) as store:
            result = store.ingest_many((_pair_report(*item) for item in share), batch_size=2)
        if result.skipped:
            errors.put(f"writer {number} skipped {result.skipped}")
    except BaseException as err:  # reported to the parent, which fails the test
        errors.put(f"writer {number}: {type(err).__name__}: {err}")


def _folder(errors, url: str) -> None:
    """Fold, split and fold again each pair, as the writers' articles come in."""
    try:
        with Timeline(url) as store:
            for pair in range(PAIRS):
                full, short = f"重庆第{pair}号研究院", f"第{pair}号院"
                for _ in range(2000):  # until both names are stored (bounded)
                    if {full, short} <= {e.name for e in store.entities(query=f"第{pair}号")}:
                        break
                    time.sleep(0.01)
                else:
                    errors.put(f"pair {pair}: never stored")
                    continue
                store.merge_entities(full, short)
                store.split_entity(short)
                store.merge_entities(full, short)
    except BaseException as err:
        errors.put(f"folder: {type(err).__name__}: {err}")


def _content(url: str) -> tuple[object, ...]:
    with Timeline(url) as store:
        events = sorted(
            (e.summary, e.value, e.source_count, e.merge_count, e.subject.name) for e in store.milestones()
        )
        entities = sorted((e.name, e.aliases, e.event_count, e.mention_count) for e in store.entities())
        return store.stats(), events, entities


def test_folds_and_splits_racing_writers_give_what_one_writer_then_the_folds_give(store_url, tmp_path):
    """Two writers ingest the reports of eight openings, each reported under a short and a full
    name, while a third process folds, splits and folds each pair again: the store ends as one
    writer then the folds leave it, one event of six sources per opening. Before, a fold merged no
    events: whatever reports came before a pair's last fold stayed apart from those after."""
    Timeline(store_url).close()  # the schema exists before the race
    run_at_once(
        [
            *((_racing_writer, (store_url, number)) for number in range(RACING_WRITERS)),
            (_folder, (store_url,)),
        ]
    )
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    with Timeline(alone) as store:
        store.ingest_many(_pair_report(pair, report) for pair in range(PAIRS) for report in range(REPORTS))
        for pair in range(PAIRS):
            store.merge_entities(f"重庆第{pair}号研究院", f"第{pair}号院")
    stats, events, entities = _content(store_url)
    assert stats == {
        "articles": PAIRS * REPORTS,
        "events": PAIRS,
        "entities": PAIRS,
        "sources": PAIRS * REPORTS,
    }
    assert (stats, events, entities) == _content(alone)


def test_writers_racing_over_articles_that_fold_entities_give_what_one_writer_gives(store_url, tmp_path):
    """Two writers ingest the reports of eight openings under a short and a full name, and for each
    an article declaring the short name an alias of the full one, each batch folding the two
    entities of its pair when it meets them stored apart: the store ends as one writer leaves it,
    one event of seven sources per opening, whatever came first."""
    Timeline(store_url).close()
    run_at_once([(_racing_writer, (store_url, number, True)) for number in range(RACING_WRITERS)])
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    with Timeline(alone) as store:
        store.ingest_many(
            _pair_report(pair, report) for pair in range(PAIRS) for report in range(REPORTS + 1)
        )
    stats, events, entities = _content(store_url)
    sources = PAIRS * (REPORTS + 1)
    assert stats == {"articles": sources, "events": PAIRS, "entities": PAIRS, "sources": sources}
    assert (stats, events, entities) == _content(alone)
