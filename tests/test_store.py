"""The event store's public API on SQLite and PostgreSQL, with hand-built extractions."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import attrs
import pytest

from timeline import Timeline
from timeline.errors import (
    AmbiguousEntityError,
    ArticleError,
    DateFilterError,
    QueryFilterError,
    UnknownEntityError,
    UnknownEventError,
)
from timeline.model import Article, Entity, EventEntity


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as timeline:
        yield timeline


def _lab_history(build):
    """Three articles about one lab: opened 2025-12-20, a 2024 founding, a 2026 plan; one undated."""
    first = build.article("2025年12月20日，重庆实验室揭牌。", "2025-12-21", source="重庆日报", title="揭牌")
    second = build.article("2024年，重庆实验室成立。重庆实验室发布成果。", "2025-01-05", source="科技日报")
    third = build.article("重庆实验室计划2026年上半年建成二期。", "2026-01-10", source="经济日报")
    return [
        build.extraction(
            first,
            build.event(
                first,
                "重庆实验室揭牌",
                date=build.date("2025-12-20", "2025-12-20", "2025-12-20", "day", "2025年12月20日"),
                others=(EventEntity("沙坪坝区", "place", "location"),),
            ),
            entities=(Entity("重庆实验室", "lab", ("重实",)), Entity("沙坪坝区", "place")),
            mentions=2,
        ),
        build.extraction(
            second,
            build.event(
                second,
                "重庆实验室成立",
                type="founding",
                date=build.date("2024", "2024-01-01", "2024-12-31", "year"),
            ),
            build.event(second, "重庆实验室发布成果", type="announcement"),
            entities=(Entity("重庆实验室", "lab"),),
            mentions=1,
        ),
        build.extraction(
            third,
            build.event(
                third,
                "重庆实验室计划建成二期",
                type="construction",
                status="planned",
                date=build.date("2026-H1", "2026-01-01", "2026-06-30", "half"),
            ),
        ),
    ]


def test_ingest_counts_and_stats(tl, build):
    reports = [tl.ingest(extraction) for extraction in _lab_history(build)]
    assert [(r.articles, r.events, r.merged_events) for r in reports] == [(1, 1, 0), (1, 2, 0), (1, 1, 0)]
    assert reports[0].entities == 2  # 重庆实验室 and 沙坪坝区 are new; later articles reuse the lab
    assert reports[1].entities == 0
    assert tl.stats() == {"articles": 3, "events": 4, "entities": 2, "sources": 4}


def test_dated_milestones_are_chronological(tl, build):
    tl.ingest_many(_lab_history(build))
    values = [(event.type, event.value) for event in tl.milestones(dated_only=True)]
    # 2024 < 2025-12-20 < 2026-H1; the undated announcement is left out.
    assert values == [("founding", "2024"), ("opening", "2025-12-20"), ("construction", "2026-H1")]


def test_an_undated_event_is_placed_at_its_report(tl, build):
    tl.ingest_many(_lab_history(build))
    events = tl.milestones()
    # The announcement gives no date; its article was published 2025-01-05, after the 2024
    # founding (which starts 2024-01-01) and before the 2025-12-20 opening.
    assert [(e.type, e.value, e.date_basis) for e in events] == [
        ("founding", "2024", "text"),
        ("announcement", None, "report"),
        ("opening", "2025-12-20", "text"),
        ("construction", "2026-H1", "text"),
    ]
    announcement = events[1]
    assert (announcement.start, announcement.end) == (None, None)  # nothing pretends the text dated it
    assert announcement.report_date == announcement.placed_at == dt.date(2025, 1, 5)
    assert events[0].report_date == dt.date(2025, 1, 5) and events[0].placed_at == dt.date(2024, 1, 1)


def test_undated_events_page_and_window_by_their_report(tl, build):
    tl.ingest_many(_lab_history(build))
    pages = [tl.milestones(limit=1, offset=n) for n in range(5)]
    assert [[e.type for e in page] for page in pages] == [
        ["founding"],
        ["announcement"],
        ["opening"],
        ["construction"],
        [],
    ]
    assert [e.type for e in tl.milestones(since="2025-01", until="2025-06")] == ["announcement"]
    assert [e.type for e in tl.milestones(since="2025-02")] == ["opening", "construction"]
    assert [e.type for e in tl.milestones(entity="重实", types="announcement")] == ["announcement"]
    assert tl.milestones(entity="重实", types="announcement", dated_only=True) == []


def test_milestone_fields_trace_back_to_the_sentence(tl, build):
    tl.ingest_many(_lab_history(build))
    opening = tl.milestones(types="opening")[0]
    assert (opening.start, opening.end, opening.grain, opening.kind) == (
        dt.date(2025, 12, 20),
        dt.date(2025, 12, 20),
        "day",
        "date",
    )
    assert opening.date_text == "2025年12月20日"
    assert opening.entities == (
        EventEntity("重庆实验室", "lab", "subject"),
        EventEntity("沙坪坝区", "place", "location"),
    )
    (source,) = opening.sources
    assert source.sentence == "2025年12月20日，重庆实验室揭牌。"
    assert (source.source, source.title, source.pub_date) == ("重庆日报", "揭牌", dt.date(2025, 12, 21))
    assert (source.start_char, source.end_char, source.status) == (0, 20, "occurred")
    assert tl.event(opening.id) == opening


def test_order_breaks_ties_by_end_then_article_order(tl, build):
    first, second, third = (build.article(text, "2025-12-31") for text in ("甲文。", "乙文。", "丙文。"))
    month = build.date("2025-12", "2025-12-01", "2025-12-31", "month")
    first_day = build.date("2025-12-01", "2025-12-01", "2025-12-01", "day")
    tl.ingest(
        build.extraction(first, build.event(first, "甲公司开业", subject=("甲公司", "company"), date=month))
    )
    tl.ingest(
        build.extraction(second, build.event(second, "乙公司开业", subject=("乙公司", "company"), date=month))
    )
    tl.ingest(
        build.extraction(
            third, build.event(third, "丙公司开业", subject=("丙公司", "company"), date=first_day)
        )
    )
    # All start on 2025-12-01: the narrower interval (丙's day) first, then the months in article order.
    assert [event.summary for event in tl.milestones()] == ["丙公司开业", "甲公司开业", "乙公司开业"]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2025", "2025", ["2025-12-20"]),
        ("2025-12", None, ["2025-12-20", "2026-H1"]),
        (None, "2025-12-19", ["2024"]),
        ("2024-06", "2024-06", ["2024"]),  # the year 2024 overlaps June 2024
        (dt.date(2026, 6, 30), None, ["2026-H1"]),
        ("2026-07", None, []),
    ],
)
def test_milestones_window_overlaps(tl, build, since, until, expected):
    tl.ingest_many(_lab_history(build))
    assert [event.value for event in tl.milestones(since=since, until=until, dated_only=True)] == expected


def test_milestones_filters_and_paging(tl, build):
    tl.ingest_many(_lab_history(build))
    assert [e.value for e in tl.milestones(entity="重实")] == ["2024", None, "2025-12-20", "2026-H1"]
    dated = tl.milestones(entity="重实", dated_only=True)
    assert [e.value for e in dated] == ["2024", "2025-12-20", "2026-H1"]
    assert [e.value for e in tl.milestones(entity="沙坪坝区")] == ["2025-12-20"]
    assert [e.type for e in tl.milestones(types=["opening", "founding"])] == ["founding", "opening"]
    assert [e.status for e in tl.milestones(status="planned")] == ["planned"]
    assert [e.value for e in tl.milestones(limit=1, offset=1, dated_only=True)] == ["2025-12-20"]
    assert [e.value for e in tl.milestones(entity="重庆实验室", types="construction", since="2026")] == [
        "2026-H1"
    ]


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "25", "last year", "2025/12", ""])
def test_malformed_date_filter(tl, bad):
    with pytest.raises(DateFilterError):
        tl.milestones(since=bad)


def test_since_after_until_is_an_error(tl):
    with pytest.raises(DateFilterError):
        tl.milestones(since="2026", until="2025")


def test_unknown_type_status_entity_event(tl, build):
    tl.ingest_many(_lab_history(build))
    with pytest.raises(QueryFilterError):
        tl.milestones(types="party")
    with pytest.raises(QueryFilterError):
        tl.milestones(status=["occurred", "rumoured"])
    with pytest.raises(UnknownEntityError):
        tl.milestones(entity="不存在的实验室")
    with pytest.raises(UnknownEntityError):
        tl.events_for("不存在的实验室")
    with pytest.raises(UnknownEntityError):
        tl.entity("不存在的实验室")
    with pytest.raises(UnknownEventError):
        tl.event(999_999)


def test_events_for_places_undated_events_at_their_report(tl, build):
    tl.ingest_many(_lab_history(build))
    events = tl.events_for("重庆实验室")
    assert [(e.type, e.value) for e in events] == [
        ("founding", "2024"),
        ("announcement", None),  # reported 2025-01-05
        ("opening", "2025-12-20"),
        ("construction", "2026-H1"),
    ]


def test_entities_and_aliases(tl, build):
    tl.ingest_many(_lab_history(build))
    lab = tl.entity("重实")
    assert (lab.name, lab.type, lab.aliases) == ("重庆实验室", "lab", ("重实",))
    assert lab.event_count == 4
    assert lab.mention_count == 3  # two mentions in the first article, one in the second
    assert tl.entity("重庆实验室") == lab
    assert [e.name for e in tl.entities()] == sorted(["重庆实验室", "沙坪坝区"])
    assert [e.name for e in tl.entities(type="place")] == ["沙坪坝区"]
    assert [e.name for e in tl.entities(query="实")] == ["重庆实验室"]
    assert [e.name for e in tl.entities(query="重实")] == ["重庆实验室"]  # matched through the alias
    assert tl.entities(query="%") == []  # LIKE wildcards are taken literally


def test_articles_round_trip(tl, build):
    extractions = _lab_history(build)
    tl.ingest_many(extractions)
    assert tl.articles() == [extraction.article for extraction in extractions]


def test_reingest_adds_nothing(tl, build):
    extractions = _lab_history(build)
    tl.ingest_many(extractions)
    before = tl.stats()
    report = tl.ingest_many(extractions)
    assert (report.articles, report.duplicates, report.events) == (0, 3, 0)
    # Same text with other whitespace and another id is the same article.
    copy = build.article("2025年12月20日， 重庆实验室揭牌。\n", "2025-12-21", id="another-id")
    assert tl.ingest(build.extraction(copy, build.event(copy, "重庆实验室揭牌"))).duplicates == 1
    assert tl.stats() == before


def test_invalid_extraction_is_refused_whole(tl, build):
    article = build.article("某公司开业。")
    good = build.event(article, "某公司开业", subject=("某公司", "company"))
    bad = build.event(article, "某公司开派对", type="party")
    with pytest.raises(ArticleError):
        tl.ingest(build.extraction(article, good, bad))
    with pytest.raises(ArticleError):
        tl.ingest("not an article")  # type: ignore[arg-type]
    assert tl.stats() == {"articles": 0, "events": 0, "entities": 0, "sources": 0}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"date": "backwards"}, "ends before it starts"),
        ({"start_char": 5, "end_char": 500}, "outside the text"),
        ({"article_id": "someone-else"}, "belongs to article"),
        ({"status": "rumoured"}, "unknown status"),
        ({"entities": (EventEntity("某公司", "company", "sponsor"),)}, "unknown role"),
        ({"entities": (EventEntity("某公司", "startup", "subject"),)}, "unknown type"),
        ({"entities": (EventEntity(" ", "company", "subject"),)}, "empty name"),
        # No query can name it (a name holding a control character is refused as a lookup).
        ({"entities": (EventEntity("某\x07公司", "company", "subject"),)}, "control character"),
        # From a hand-edited `timeline load` file: the JSON export would write NaN or Infinity,
        # which is no JSON, and NaN reached the database as a constraint failure.
        ({"confidence": float("nan")}, "confidence"),
        ({"confidence": float("inf")}, "confidence"),
        ({"confidence": -0.5}, "confidence"),
        ({"confidence": 1.5}, "confidence"),
        # Also from `timeline load`: PostgreSQL's COPY refused the longer ones with a raw
        # psycopg traceback; SQLite stored them all.
        ({"date": {"grain": "g" * 20}}, "unknown grain"),
        ({"date": {"grain": "eon"}}, "unknown grain"),
        ({"date": {"kind": "k" * 20}}, "unknown kind"),
        ({"date": {"mod": "m" * 20}}, "unknown mod"),
        ({"date": {"value": "2025-12" * 20}}, "value over 64"),
    ],
)
def test_malformed_events_are_refused(tl, build, change, message):
    article = build.article("某公司开业。")
    if change.get("date") == "backwards":
        change = {"date": build.date("2025-12", "2025-12-31", "2025-12-01", "month")}
    elif isinstance(change.get("date"), dict):  # one field of a good date spoilt
        month = build.date("2025-12", "2025-12-01", "2025-12-31", "month")
        change = {"date": attrs.evolve(month, **change["date"])}
    event = attrs.evolve(build.event(article, "某公司开业", subject=("某公司", "company")), **change)
    with pytest.raises(ArticleError, match=message):
        tl.ingest(build.extraction(article, event))
    assert tl.stats()["articles"] == 0


def test_a_row_postgresql_copy_refuses_is_a_store_error_not_a_driver_traceback(
    tl, build, monkeypatch: pytest.MonkeyPatch
):
    """Rows go into PostgreSQL by COPY on the driver's connection, outside SQLAlchemy, so a value
    the server refused came out as a raw psycopg error (a traceback from `timeline load`). With
    the store's own check switched off, a refused date now skips its article with the reason and
    the rest of the batch is stored."""
    if tl.url.startswith("sqlite"):
        pytest.skip("SQLite stores any text in any column; nothing is refused to see")
    from timeline._store import ingest_checks

    monkeypatch.setattr(ingest_checks, "_date_problem", lambda date: "")
    bad = build.article("某公司开业。")
    good = build.article("某实验室揭牌。")
    spoilt = attrs.evolve(build.date("2025-12", "2025-12-01", "2025-12-31", "month"), grain="g" * 20)
    report = tl.ingest_many(
        [
            build.extraction(bad, build.event(bad, "某公司开业", subject=("某公司", "company"), date=spoilt)),
            build.extraction(good, build.event(good, "某实验室揭牌")),
        ]
    )
    (skip,) = report.skipped
    assert skip[0] == bad.id and "not stored" in skip[1] and "character varying(16)" in skip[1]
    assert (report.articles, [e.summary for e in tl.milestones()]) == (1, ["某实验室揭牌"])


@pytest.mark.parametrize("names", [("某\x1b公司", ()), ("某公司", ("某\x9b司",))], ids=["name", "alias"])
def test_entity_names_with_control_characters_are_refused(tl, build, names):
    """Lookups refuse a name holding a control character, so an entity stored under one could
    never be shown, merged or split by name (a hand-made or `timeline load` extraction)."""
    article = build.article("某公司开业。")
    with pytest.raises(ArticleError, match="control character"):
        tl.ingest(build.extraction(article, entities=(Entity(names[0], "company", names[1]),)))
    assert tl.stats()["articles"] == 0


def test_a_huge_article_is_stored_whole(tl, build):
    text = "重庆实验室揭牌。" * 250_000  # 2 million characters
    article = build.article(text)
    events = [
        attrs.evolve(build.event(article, f"重庆实验室第{n}次揭牌"), sentence="重庆实验室揭牌。", end_char=8)
        for n in range(500)
    ]
    report = tl.ingest(build.extraction(article, *events))
    assert report.articles == 1
    assert tl.articles()[0].text == text
    assert len(tl.events_for("重庆实验室")) == report.events


def test_unknown_entity_type_filter(tl):
    with pytest.raises(QueryFilterError):
        tl.entities(type="startup")


def test_empty_store_queries(tl):
    assert tl.milestones() == []
    assert tl.entities() == []
    assert tl.articles() == []
    assert tl.stats() == {"articles": 0, "events": 0, "entities": 0, "sources": 0}


def test_a_name_shared_by_two_entities_finds_both_timelines(tl, build):
    one, two = build.article("第一篇：重庆开会。"), build.article("第二篇：重庆开园。")
    tl.ingest(
        build.extraction(
            one,
            build.event(
                one,
                "重庆市政府召开会议",
                type="meeting",
                subject=("重庆", "government"),
                date=build.date("2025-03", "2025-03-01", "2025-03-31", "month"),
            ),
        )
    )
    tl.ingest(
        build.extraction(
            two,
            build.event(
                two,
                "重庆园区开园",
                subject=("重庆", "place"),
                date=build.date("2024-05-01", "2024-05-01", "2024-05-01", "day"),
            ),
        )
    )
    assert [e.summary for e in tl.milestones(entity="重庆")] == ["重庆园区开园", "重庆市政府召开会议"]
    assert [e.summary for e in tl.milestones(entity="重庆", limit=1, offset=1)] == ["重庆市政府召开会议"]
    assert sorted(e.type for e in tl.entities(query="重庆")) == ["government", "place"]


def test_an_in_memory_store_works(build):
    with Timeline("sqlite:///:memory:") as store:
        extraction = _lab_history(build)[0]
        store.ingest(extraction)
        assert [e.value for e in store.milestones(entity="重实")] == ["2025-12-20"]
        assert store.ingest(extraction).duplicates == 1


def test_window_mixes_short_and_long_events_in_order(tl, build):
    article = build.article("五件事。")
    dates = {
        "全年规划": build.date("2025", "2025-01-01", "2025-12-31", "year"),
        "二季度投产": build.date("2025-Q2", "2025-04-01", "2025-06-30", "quarter"),
        "六月开园": build.date("2025-06", "2025-06-01", "2025-06-30", "month"),
        "六月中旬揭牌": build.date("2025-06-15", "2025-06-15", "2025-06-15", "day"),
        "五月签约": build.date("2025-05-20", "2025-05-20", "2025-05-20", "day"),
    }
    events = [
        build.event(article, summary, subject=(f"{summary}公司", "company"), date=date)
        for summary, date in dates.items()
    ]
    tl.ingest(build.extraction(article, *events))
    # Overlapping June 2025, by start then end: the year, the quarter, the month, the day.
    expected = ["全年规划", "二季度投产", "六月开园", "六月中旬揭牌"]
    assert [e.summary for e in tl.milestones(since="2025-06", until="2025-06")] == expected
    assert [
        e.summary for e in tl.milestones(since="2025-06", until="2025-06", limit=2, offset=1)
    ] == expected[1:3]
    assert [e.summary for e in tl.milestones(since="2025-06-15", offset=3)] == ["六月中旬揭牌"]


def test_a_merged_report_from_an_earlier_article_moves_the_report_date(tl, build):
    later = build.article("重庆实验室发布成果。", "2025-03-01", source="科技日报")
    earlier = build.article("据悉，重庆实验室发布成果。", "2025-02-01", source="重庆日报")
    for article in (later, earlier):
        tl.ingest(
            build.extraction(
                article,
                build.event(article, "重庆实验室发布成果", type="announcement"),
                entities=(Entity("重庆实验室", "lab"),),
            )
        )
    (event,) = tl.milestones()
    assert len(event.sources) == 2
    assert event.report_date == dt.date(2025, 2, 1)
    assert [e.id for e in tl.milestones(until="2025-02")] == [event.id]


def _lab_and_university(build):
    article = build.article("重庆实验室揭牌。重庆大学签约。", "2025-12-21")
    return build.extraction(
        article,
        build.event(article, "重庆实验室揭牌"),
        build.event(article, "重庆大学签约", subject=("重庆大学", "university"), type="signing"),
        entities=(Entity("重庆实验室", "lab", ("重实",)), Entity("重庆大学", "university")),
    )


def test_an_entity_is_found_by_a_unique_part_of_its_name(tl, build):
    tl.ingest(_lab_and_university(build))
    assert [e.summary for e in tl.milestones(entity="实验")] == ["重庆实验室揭牌"]
    assert [e.summary for e in tl.milestones(entity="大学")] == ["重庆大学签约"]
    assert [e.summary for e in tl.events_for("重实")] == ["重庆实验室揭牌"]  # an alias, exactly


def test_an_ambiguous_part_lists_the_candidates(tl, build):
    tl.ingest(_lab_and_university(build))
    with pytest.raises(AmbiguousEntityError, match="'重庆' is part of 2 entity names") as raised:
        tl.milestones(entity="重庆")
    assert raised.value.candidates == ("重庆大学", "重庆实验室")  # shortest first
    assert isinstance(raised.value, UnknownEntityError)


def test_a_miss_suggests_the_nearest_names(tl, build):
    tl.ingest(_lab_and_university(build))
    with pytest.raises(UnknownEntityError, match="did you mean 重庆实验室") as raised:
        tl.milestones(entity="重庆实险室")
    assert not isinstance(raised.value, AmbiguousEntityError)
    with pytest.raises(UnknownEntityError, match=r"^no entity is named or aliased '火星基地'$"):
        tl.milestones(entity="火星基地")


def _search_corpus(build):
    """Three articles, one event each (the builder's sentence is the whole article)."""
    station = build.article("重庆首座加氢站建成。", "2025-12-21")
    lab = build.article("重庆实验室揭牌。", "2025-12-22")
    corridor = build.article("据悉，成渝氢走廊的加氢站签约落地。", "2026-01-05")
    month = build.date("2025-12", "2025-12-01", "2025-12-31", "month")
    return [
        build.extraction(
            station,
            build.event(station, "重庆首座加氢站建成", subject=("巴南加氢站", "facility"), date=month),
            entities=(Entity("巴南加氢站", "facility"),),
        ),
        build.extraction(lab, build.event(lab, "重庆实验室揭牌"), entities=(Entity("重庆实验室", "lab"),)),
        build.extraction(
            corridor,
            build.event(corridor, "氢走廊签约落地", subject=("成渝氢走廊", "project"), type="signing"),
            entities=(Entity("成渝氢走廊", "project"),),
        ),
    ]


def test_full_text_query_finds_summaries_and_sentences(tl, build):
    tl.ingest_many(_search_corpus(build))
    # 加氢站 is in the first summary and in the sentence (not the summary) of the undated signing.
    assert [e.summary for e in tl.milestones(query="加氢站")] == ["重庆首座加氢站建成", "氢走廊签约落地"]
    assert [e.summary for e in tl.milestones(query="加氢站 签约")] == ["氢走廊签约落地"]  # every word
    assert [e.summary for e in tl.milestones(query="揭牌")] == ["重庆实验室揭牌"]  # two characters: scanned
    assert [e.summary for e in tl.milestones(query="加氢站", dated_only=True)] == ["重庆首座加氢站建成"]
    assert [e.summary for e in tl.milestones(query="加氢站", types="signing")] == ["氢走廊签约落地"]
    assert [e.summary for e in tl.milestones(query="加氢站", since="2026")] == ["氢走廊签约落地"]
    assert [e.summary for e in tl.milestones(query="加氢站", entity="氢走廊")] == ["氢走廊签约落地"]
    assert [e.summary for e in tl.milestones(query="加氢站", limit=1, offset=1)] == ["氢走廊签约落地"]
    assert tl.milestones(query="火星") == [] and tl.milestones(query='加"氢%站') == []


def test_a_reprinted_sentence_is_searchable_once(tl, build):
    tl.ingest_many(_search_corpus(build))
    again = build.article("据悉，成渝氢走廊的加氢站签约落地。（转载）", "2026-01-06", source="转载网")
    tl.ingest(
        build.extraction(
            again,
            build.event(again, "氢走廊签约落地", subject=("成渝氢走廊", "project"), type="signing"),
            entities=(Entity("成渝氢走廊", "project"),),
        )
    )
    (event,) = tl.milestones(query="加氢站 签约")
    assert event.source_count == 2


def test_the_sentences_of_reports_merged_in_one_batch_are_searchable_once_each(tl, build):
    texts = ("重庆实验室今日揭牌。", "重庆实验室正式揭牌，氢能团队入驻。", "重庆实验室今日揭牌。（转载）")
    articles = [build.article(text, f"2025-12-2{i}") for i, text in enumerate(texts)]
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    lab = (Entity("重庆实验室", "lab"),)
    reports = [build.event(a, "重庆实验室揭牌", date=day) for a in articles]
    tl.ingest_many([build.extraction(a, r, entities=lab) for a, r in zip(articles, reports, strict=True)])
    (event,) = tl.milestones(query="氢能团队")
    assert event.source_count == 3
    with tl._engine.connect() as connection:
        column = "rowid" if connection.dialect.name == "sqlite" else "event_id"
        sql = f"SELECT body FROM event_search WHERE {column} = {event.id}"
        (body,) = connection.exec_driver_sql(sql).one()
    # The summary, then each distinct sentence once, in the order their articles came.
    assert body.split("\n") == ["重庆实验室揭牌", *texts]


def test_every_event_has_one_search_row_and_merged_reports_leave_none(tl, build):
    """Reports merged into an event met earlier in their batch or stored before, and reprints of a
    stored sentence, leave exactly one search row per event (PostgreSQL writes a report's row before
    its batch decides its merges, and deletes those of the reports that merged)."""
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    lab = (Entity("重庆实验室", "lab"),)
    park = (Entity("两江氢能产业园", "project"),)

    def batch(texts: tuple[str, ...], start: int) -> list:
        extractions = []
        for number, text in enumerate(texts, start):
            article = build.article(text, f"2025-12-{number:02}")
            subject = lab if "实验室" in text else park
            summary = "重庆实验室揭牌" if subject is lab else "两江氢能产业园开工"
            report = build.event(article, summary, subject=(subject[0].name, subject[0].type), date=day)
            extractions.append(build.extraction(article, report, entities=subject))
        return extractions

    first = ("重庆实验室今日揭牌。", "重庆实验室正式揭牌。", "两江氢能产业园今日开工。")
    tl.ingest_many(batch(first, 21))
    again = ("重庆实验室今日揭牌，院士到场。", "两江氢能产业园今日开工。（转载）", "两江氢能产业园正式开工。")
    tl.ingest_many(batch(again, 24))
    events = tl.milestones()
    assert sorted(event.source_count for event in events) == [3, 3]
    with tl._engine.connect() as connection:
        column = "rowid" if connection.dialect.name == "sqlite" else "event_id"
        searched = [row[0] for row in connection.exec_driver_sql(f"SELECT {column} FROM event_search")]
    assert sorted(searched) == sorted(event.id for event in events)
    assert [e.summary for e in tl.milestones(query="院士到场")] == ["重庆实验室揭牌"]


def test_postgresql_writes_lone_reports_first_while_few_of_them_merge(tl, build):
    """A report alone with its merge key in its batch, with a new sentence, is written before the
    batch's merge locks when another writer holds them (PostgreSQL), and deleted when it merges
    after all: new wordings of stored events would all be written twice, so the next batches place
    them under the locks, until their lone reports mostly start events again. The stored events
    are the same either way."""
    if tl._engine.dialect.name == "sqlite":
        pytest.skip("SQLite: one writer at a time, nothing is written before the merges")
    labs = [(Entity(f"重庆第{n}实验室", "lab"),) for n in range(4)]

    def batch(wording: str, day: str) -> list:
        date = build.date(day, day, day, "day")
        extractions = []
        for (lab,) in labs:
            article = build.article(wording.format(lab=lab.name), day)
            report = build.event(article, f"{lab.name}揭牌", subject=(lab.name, lab.type), date=date)
            extractions.append(build.extraction(article, report, entities=(lab,)))
        return extractions

    tl.ingest_many(batch("{lab}今日揭牌。", "2025-12-20"))
    assert tl._cache.write_lone_first
    tl.ingest_many(batch("{lab}正式揭牌，院士到场。", "2025-12-20"))  # every one merges after all
    assert not tl._cache.write_lone_first
    tl.ingest_many(batch("{lab}隆重揭牌，嘉宾云集。", "2025-12-20"))  # placed under the locks
    assert not tl._cache.write_lone_first
    tl.ingest_many(batch("{lab}二期揭牌。", "2026-03-01"))  # new events again
    assert tl._cache.write_lone_first
    assert sorted(event.source_count for event in tl.milestones()) == [1, 1, 1, 1, 3, 3, 3, 3]


def test_postgresql_merge_probe_holds_no_rows_once_a_batch_commits(tl, build):
    """The probe table of a PostgreSQL connection (its batch's reports, joined to the stored events
    to find merge candidates) is empty once the batch commits, its pages gone: rows deleted by the
    next batch instead stayed on their pages (no vacuum visits a temporary table), and every batch
    of the connection added pages that the next ones read."""
    if tl._engine.dialect.name == "sqlite":
        pytest.skip("SQLite reuses the pages of deleted rows")
    labs = [Entity(f"重庆第{n}实验室", "lab") for n in range(4)]
    for month in range(1, 7):  # every batch after the first probes the labs' stored events
        day = f"2025-{month:02d}-10"
        extractions = []
        for lab in labs:
            article = build.article(f"{month}月10日，{lab.name}第{month}期揭牌。", day)
            date = build.date(day, day, day, "day")
            summary = f"{lab.name}第{month}期揭牌"
            report = build.event(article, summary, subject=(lab.name, lab.type), date=date)
            extractions.append(build.extraction(article, report, entities=(lab,)))
        assert tl.ingest_many(extractions).events == 4
    size = "SELECT pg_relation_size(to_regclass('pg_temp.timeline_merge_probe'))"
    with contextlib.ExitStack() as stack:  # the pooled connections, the writer's among them
        connections = [stack.enter_context(tl._engine.connect()) for _ in range(3)]
        sizes = [connection.exec_driver_sql(size).scalar() for connection in connections]
    assert [found for found in sizes if found is not None] == [0]


def test_the_search_is_indexed(tl, build):
    tl.ingest_many(_search_corpus(build))
    with tl._engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'event_search'")
            sql = sql.scalar()
            assert "fts5" in sql and "trigram" in sql
            plan = connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM event_search WHERE event_search MATCH '\"加氢站\"'"
            ).all()
            assert any("VIRTUAL TABLE INDEX" in str(row) for row in plan)
        else:
            index = connection.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes"
                " WHERE tablename = 'event_search' AND strpos(indexdef, 'gin') > 0"
            ).scalar()
            assert index is not None and "gin_trgm_ops" in index


def test_no_sqlite_store_reads_through_a_memory_map(tmp_path: Path) -> None:
    """Every connection of an SQLite file store, writable or read-only, reads with read() (see
    SQLITE_MMAP_BYTES), so that a file truncated under a batch or a read is a store error, not
    SIGBUS; its data reads back."""
    url = f"sqlite:///{tmp_path / 'mapped.db'}"
    with Timeline(url) as tl:
        tl.ingest(Article("2025年12月20日，重庆实验室揭牌。", "2025-12-21", id="m1"))
        with tl._engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA mmap_size").scalar() == 0
    with Timeline(url, read_only=True) as reader:
        with reader._engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA mmap_size").scalar() == 0
        assert [event.type for event in reader.milestones(entity="重庆实验室")] == ["opening"]
