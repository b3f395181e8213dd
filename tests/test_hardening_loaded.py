"""Extractions given to the store (`timeline load`, Dask, by hand) hold nothing the extractor
would not give (harden27): each finding a reproduction that used to pass into the store."""

from __future__ import annotations

import attrs
import pytest

from timeline import Timeline
from timeline.export import to_csv, to_html

ESCAPES = ["\x1b[2J", "\x07", "\x9b31m"]


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as store:
        yield store


@pytest.mark.parametrize("escape", ESCAPES, ids=["esc", "bell", "c1-csi"])
@pytest.mark.parametrize("field", ["summary", "sentence", "trigger", "date.text", "date.value"])
def test_a_control_character_in_an_events_text_is_a_skip(tl, build, field, escape):
    """harden27 (security low: terminal injection): a loaded extraction whose summary was
    '摘\\x1b[2J要\\x07' was stored, and `milestones --format csv` (to the terminal, or `cat`) and the
    HTML page wrote the ESC and the bell as they were; the extractor drops control characters from
    every text it gives (`model.CONTROL_CHARACTERS`), and entity names holding one were refused
    already. Now the article is skipped, naming the event and the field."""
    article = build.article("2024年1月1日，重庆实验室正式揭牌。")
    date = build.date("2024-01-01", "2024-01-01", "2024-01-01", "day", text="2024年1月1日")
    event = build.event(article, "重庆实验室正式揭牌", date=date)
    if field.startswith("date."):
        event = attrs.evolve(event, date=attrs.evolve(date, **{field[5:]: f"2024{escape}-01-01"}))
    elif field == "sentence":
        article = build.article(f"2024年1月1日，重庆实验室正式{escape}揭牌。")
        event = attrs.evolve(event, sentence=article.text, article_id=article.id, end_char=len(article.text))
    else:
        event = attrs.evolve(event, **{field: f"揭{escape}牌"})
    report = tl.ingest_many([build.extraction(article, event)])
    assert report.articles == 0
    ((_, reason),) = report.skipped
    assert "control character" in reason and field.replace(".", " ") in reason
    assert tl.stats()["events"] == 0


def test_an_events_texts_as_the_extractor_gives_them_pass(tl, build):
    """What held: tab and line breaks (a sentence across lines) are no control characters here."""
    article = build.article("2024年1月1日，重庆实验室\n正式揭牌。")
    report = tl.ingest(build.extraction(article, build.event(article, "重庆实验室正式揭牌")))
    assert report.articles == 1
    page = to_html(tl.milestones())
    table = to_csv(tl.milestones())
    assert "\x1b" not in page and "\x1b" not in table
