"""Extraction.to_dict / from_dict: a stable JSON form that round-trips, and clear errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline import Article, Extraction, events
from timeline.errors import ArticleError
from timeline.serial import read_extractions

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed_extractions() -> list[Extraction]:
    from timeline.corpus import load_articles

    found = [
        events.extract(article) for article in load_articles([str(SEEDS)]) if isinstance(article, Article)
    ]
    assert len(found) == 5
    return found


@pytest.mark.parametrize("extraction", _seed_extractions(), ids=lambda x: x.article.source)
def test_seed_extractions_round_trip_through_json(extraction):
    text = json.dumps(extraction.to_dict(), ensure_ascii=False)
    back = Extraction.from_dict(json.loads(text))
    assert back == extraction
    assert json.dumps(back.to_dict(), ensure_ascii=False) == text


def test_the_form_is_the_documented_one():
    article = Article("2025年12月20日，重庆实验室揭牌。", "2025-12-21", source="重庆日报")
    doc = events.extract(article).to_dict()
    assert (doc["format"], doc["version"]) == ("timeline.extraction", 1)
    assert doc["article"] == {
        "id": article.id,
        "text": article.text,
        "pub_date": "2025-12-21",
        "source": "重庆日报",
        "title": "",
        "url": "",
        "pub_date_estimated": False,
    }
    (event,) = doc["events"]
    assert (event["type"], event["date"]["start"], event["date"]["end"]) == (
        "opening",
        "2025-12-20",
        "2025-12-20",
    )


def _good() -> dict:
    return events.extract(Article("2025年12月20日，重庆实验室揭牌。", "2025-12-21")).to_dict()


@pytest.mark.parametrize(
    ("spoil", "needle"),
    [
        (lambda d: d.update(format="other"), "not a timeline extraction"),
        (lambda d: d.update(version=2), "version 2"),
        # JSON true is a Python int: it passed as version 1 and as a confidence of 1.0
        (lambda d: d.update(version=True), "version True"),
        (lambda d: d["events"][0].update(confidence=True), "confidence has the wrong type"),
        (lambda d: d.pop("events"), "has no 'events'"),
        (lambda d: d["events"][0]["date"].update(start="2025-13-01"), "not an ISO date"),
        (lambda d: d["events"][0].update(start_char="3"), "start_char has the wrong type"),
        (lambda d: d["article"].update(pub_date="yesterday"), "publication date"),
        (lambda d: d["article"].update(text=""), "empty"),
        (lambda d: d["entities"].append("x"), "must be a JSON object"),
        # a number no float holds: OverflowError out of `timeline load` (third review)
        (lambda d: d["events"][0].update(confidence=10**400), "confidence is not a number a float holds"),
    ],
)
def test_bad_documents_raise_article_error(spoil, needle):
    doc = _good()
    spoil(doc)
    with pytest.raises(ArticleError, match=needle):
        Extraction.from_dict(doc)


def test_read_extractions_reports_bad_lines_and_goes_on():
    good = json.dumps(_good(), ensure_ascii=False)
    found = list(read_extractions([good, "", "{not json", "[1]", good], "x.jsonl"))
    assert isinstance(found[0], Extraction) and isinstance(found[3], Extraction)
    assert [item[0] for item in found[1:3]] == ["x.jsonl:3", "x.jsonl:4"]
