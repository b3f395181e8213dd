"""End to end: the five seed articles through `timeline.events.extract` into the store.

These check what the store does with real extractions (every report kept with its words and
offsets, lookups by name and alias, order, idempotence), not how good the extraction is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_gold import GOLD

from timeline import Article, Timeline
from timeline.events import extract


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return list(GOLD.seed_corpus().articles.values())


@pytest.fixture
def tl(store_url, seeds):
    with Timeline(store_url) as store:
        report = store.ingest_many(seeds)
        assert (report.articles, report.skipped) == (5, ())
        yield store


def test_every_report_is_kept_with_its_sentence_and_offsets(tl, seeds):
    expected = {
        (event.article_id, event.sentence, event.start_char, event.end_char, event.type)
        for article in seeds
        for event in extract(article).events
    }
    stored = [  # every stored event, dated or not, by id
        (source.article_id, source.sentence, source.start_char, source.end_char, event.type)
        for event_id in range(1, tl.stats()["events"] + 1)
        for event in [tl.event(event_id)]
        for source in event.sources
    ]
    assert set(stored) == expected
    assert tl.stats()["sources"] == len(expected)


def test_sources_carry_the_article_metadata(tl, seeds):
    by_id = {article.id: article for article in seeds}
    for event in tl.milestones():
        for source in event.sources:
            article = by_id[source.article_id]
            assert (source.source, source.title, source.pub_date) == (
                article.source,
                article.title,
                article.pub_date,
            )
            assert source.pub_date_estimated is True  # the manifest marks every seed date as estimated


def test_milestones_are_in_timeline_order(tl):
    events = tl.milestones(dated_only=True)
    assert events, "the seeds report dated milestones"
    keys = [(event.start, event.end) for event in events]
    assert keys == sorted(keys)
    assert all(event.start is not None and event.start <= event.end for event in events)


def test_every_seed_event_is_on_the_timeline(tl):
    events = tl.milestones()
    assert len(events) == tl.stats()["events"]
    assert [e.placed_at for e in events] == sorted(e.placed_at for e in events)  # type: ignore[type-var]
    undated = [e for e in events if e.date_basis == "report"]
    assert undated, "some seed events give no date in their text"
    for event in undated:
        assert event.start is None and event.value is None
        assert event.report_date == min(source.pub_date for source in event.sources)


def test_every_subject_finds_its_events(tl):
    for event in tl.milestones():
        if event.subject is not None:
            assert event.id in [found.id for found in tl.events_for(event.subject.name)]


def test_alias_from_the_text_finds_the_entity(tl):
    # 003: "1月19日，国家超级计算成都中心（以下简称成都超算中心）在2023年度用户大会上发布信息"
    centre = tl.entity("成都超算中心")
    assert centre.name == "国家超级计算成都中心"
    assert dt.date(2024, 1, 19) in [event.start for event in tl.milestones(entity="成都超算中心")]


def test_reingesting_the_seeds_changes_nothing(tl, seeds):
    before = tl.stats()
    report = tl.ingest_many(seeds)
    assert (report.articles, report.duplicates, report.events) == (0, 5, 0)
    assert tl.stats() == before
