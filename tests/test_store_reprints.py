"""Reprints cost almost nothing: shared text stored once, one small source per article per event,
bounded merge history, events read with their first sources and a count (SQLite and PostgreSQL)."""

from __future__ import annotations

import attrs
import pytest
from sqlalchemy import create_engine, func, select

from timeline import Timeline
from timeline._store.orm import MERGE_NOTES_KEPT, TextRow
from timeline._store.queries import SOURCES_SHOWN
from timeline.errors import UnknownEventError

STORY = "新华社重庆12月20日电\n2025年12月20日，重庆实验室揭牌。\n实验室将开展量子研究。"
REPRINTS = 40


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as timeline:
        yield timeline


def _reprint(build, number: int):
    """The story as outlet `number` prints it: the same text with its own line at the end."""
    article = build.article(f"{STORY}\n（来源：第{number}报）", "2025-12-21", source=f"第{number}报")
    date = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day", "2025年12月20日")
    sentence = STORY.splitlines()[1]
    start = article.text.index(sentence)
    event = attrs.evolve(
        build.event(article, "重庆实验室揭牌", date=date),
        sentence=sentence,
        start_char=start,
        end_char=start + len(sentence),
    )
    return build.extraction(article, event)


def _texts(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(TextRow)) or 0)
    finally:
        engine.dispose()


@pytest.mark.parametrize("batch_size", [1, 7, 200])
def test_reprints_make_one_event_whose_first_sources_come_with_a_count(tl, build, batch_size):
    copies = [_reprint(build, number) for number in range(REPRINTS)]
    report = tl.ingest_many(copies, batch_size=batch_size)
    assert (report.articles, report.events, report.merged_events) == (REPRINTS, 1, REPRINTS - 1)
    (event,) = tl.milestones()
    assert event.source_count == REPRINTS
    assert event.merge_count == REPRINTS - 1
    assert len(event.sources) == SOURCES_SHOWN
    assert [s.source for s in event.sources] == [f"第{n}报" for n in range(SOURCES_SHOWN)]
    notes = event.merge_note.splitlines()
    assert len(notes) == MERGE_NOTES_KEPT
    assert copies[-1].article.id in notes[-1]
    assert tl.event(event.id) == event


def test_sources_page_through_every_source_in_order(tl, build):
    copies = [_reprint(build, number) for number in range(REPRINTS)]
    tl.ingest_many(copies, batch_size=9)
    (event,) = tl.milestones()
    pages = [tl.sources(event.id, offset=offset, limit=15) for offset in range(0, REPRINTS, 15)]
    assert [len(page) for page in pages] == [15, 15, 10]
    every = [source for page in pages for source in page]
    assert [s.article_id for s in every] == [x.article.id for x in copies]
    assert {s.sentence for s in every} == {"2025年12月20日，重庆实验室揭牌。"}
    assert tl.sources(event.id, offset=REPRINTS) == []
    with pytest.raises(UnknownEventError):
        tl.sources(event.id + 1)


def test_shared_lines_and_sentences_are_stored_once(store_url, build):
    with Timeline(store_url) as tl:
        tl.ingest_many([_reprint(build, number) for number in range(3)])
        three = _texts(store_url)
        tl.ingest_many([_reprint(build, number) for number in range(3, REPRINTS)])
    # Each reprint adds only its own outlet line; the story's lines, sentence and summary are shared.
    assert _texts(store_url) - three == REPRINTS - 3


def test_article_text_comes_back_exactly(tl, build):
    texts = [
        "2025年12月20日，重庆实验室揭牌。",
        "第一行\r\n2025年12月20日，重庆实验室揭牌。\r\n\r\n",
        "\n\n前空行\n2025年12月20日，重庆实验室揭牌。\n",
        STORY,
    ]
    tl.ingest_many([build.extraction(build.article(text)) for text in texts])
    assert [a.text for a in tl.articles()] == texts


def test_an_article_repeating_a_report_is_one_source(tl, build):
    sentence = "2025年12月20日，重庆实验室揭牌。"
    article = build.article(sentence * 300, "2025-12-21")
    date = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    report = build.event(article, "重庆实验室揭牌", date=date)
    events = [
        attrs.evolve(
            report, sentence=sentence, start_char=i * len(sentence), end_char=(i + 1) * len(sentence)
        )
        for i in range(300)
    ]
    report = tl.ingest(build.extraction(article, *events))
    assert (report.events, report.merged_events) == (1, 299)
    (event,) = tl.milestones()
    assert (event.source_count, len(event.sources), event.merge_count) == (1, 1, 299)
    assert len(event.merge_note.splitlines()) == MERGE_NOTES_KEPT
    assert tl.stats()["sources"] == 1
