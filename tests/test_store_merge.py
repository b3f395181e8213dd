"""One real-world event reported by several articles is one stored event (spec/events.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Timeline
from timeline.errors import EntityMergeError, UnknownEntityError
from timeline.model import Entity, EventEntity


@pytest.fixture
def tl(store_url):
    with Timeline(store_url) as timeline:
        yield timeline


@pytest.fixture(params=[1, 50], ids=["batch-per-article", "one-batch"])
def batch_size(request):
    """Merges must come out the same whether the reports share a transaction or not."""
    return request.param


def _two_reports(build, first_date, second_date, *, second_summary="重庆实验室正式揭牌", **second):
    one = build.article("第一篇：重庆实验室揭牌。", "2025-12-21", source="重庆日报")
    two = build.article("第二篇：重庆实验室正式揭牌。", "2026-01-10", source="科技日报")
    return [
        build.extraction(one, build.event(one, "重庆实验室揭牌", date=first_date)),
        build.extraction(two, build.event(two, second_summary, date=second_date, **second)),
    ]


def test_same_event_is_merged_and_keeps_the_narrowest_date(tl, build, batch_size):
    month = build.date("2025-12", "2025-12-01", "2025-12-31", "month", "12月")
    exact = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day", "12月20日")
    extractions = _two_reports(build, month, exact)
    report = tl.ingest_many(extractions, batch_size=batch_size)
    assert (report.articles, report.events, report.merged_events) == (2, 1, 1)
    (event,) = tl.milestones()
    assert (event.start, event.end, event.value, event.grain) == (
        dt.date(2025, 12, 20),
        dt.date(2025, 12, 20),
        "2025-12-20",
        "day",
    )
    assert event.date_text == "12月20日"
    assert [s.article_id for s in event.sources] == [x.article.id for x in extractions]
    assert [s.date_text for s in event.sources] == ["12月", "12月20日"]
    assert [s.summary for s in event.sources] == ["重庆实验室揭牌", "重庆实验室正式揭牌"]
    assert extractions[1].article.id in event.merge_note
    assert "narrowed to 2025-12-20" in event.merge_note
    assert event.summary == "重庆实验室揭牌"  # the first report's words stay the headline


def test_narrowed_date_moves_the_event_in_window_queries(tl, build, batch_size):
    year = build.date("2025", "2025-01-01", "2025-12-31", "year", "2025年")
    exact = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    tl.ingest_many(_two_reports(build, year, exact), batch_size=batch_size)
    assert tl.milestones(since="2025-01", until="2025-01") == []
    assert tl.milestones(entity="重庆实验室", since="2025-06", until="2025-06") == []
    assert [e.value for e in tl.milestones(entity="重庆实验室", since="2025-12-20")] == ["2025-12-20"]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"subject": ("成都实验室", "lab")}, "another subject"),
        ({"type": "founding"}, "another type"),
    ],
)
def test_different_events_are_not_merged(tl, build, change, why):
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    tl.ingest_many(_two_reports(build, day, day, **change))
    assert len(tl.milestones()) == 2, why


def test_reports_worded_differently_merge_when_nothing_tells_them_apart(tl, build, batch_size):
    """spec/events.md: same type, same subject, overlapping dates and no different object named
    make one event, however each report words the act."""
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    reports = _two_reports(build, day, day, second_summary="位于两江新区的重庆实验室当天举行仪式揭牌")
    assert tl.ingest_many(reports, batch_size=batch_size).merged_events == 1
    (event,) = tl.milestones()
    assert len(event.sources) == 2
    assert "no different object" in event.merge_note


def test_dates_that_do_not_overlap_are_not_merged(tl, build):
    december = build.date("2025-12", "2025-12-01", "2025-12-31", "month")
    january = build.date("2026-01", "2026-01-01", "2026-01-31", "month")
    tl.ingest_many(_two_reports(build, december, january))
    assert [e.value for e in tl.milestones()] == ["2025-12", "2026-01"]


def test_undated_reports_merge_only_on_an_exact_summary(tl, build, batch_size):
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    exact = _two_reports(build, None, day, second_summary="重庆实验室揭牌")
    assert tl.ingest_many(exact, batch_size=batch_size).merged_events == 1
    (event,) = tl.events_for("重庆实验室")
    assert event.value == "2025-12-20"  # the undated report gains the other's date
    assert len(event.sources) == 2
    assert "same summary" in event.merge_note


def test_undated_similar_summary_is_not_merged(tl, build):
    tl.ingest_many(_two_reports(build, None, None))  # 重庆实验室揭牌 vs 重庆实验室正式揭牌
    assert len(tl.events_for("重庆实验室")) == 2


def test_planned_then_occurred_becomes_occurred_and_keeps_the_plan(tl, build, batch_size):
    plan = build.article("重庆实验室计划2026年上半年建成投用。", "2025-12-01", source="重庆日报")
    done = build.article("5月20日，重庆实验室建成投用。", "2026-05-25", source="经济日报")
    half = build.date("2026-H1", "2026-01-01", "2026-06-30", "half", "2026年上半年")
    may = build.date("2026-05-20", "2026-05-20", "2026-05-20", "day", "5月20日")
    tl.ingest_many(
        [
            build.extraction(plan, build.event(plan, "重庆实验室建成投用", status="planned", date=half)),
            build.extraction(done, build.event(done, "重庆实验室建成投用", date=may)),
        ],
        batch_size=batch_size,
    )
    (event,) = tl.milestones()
    assert event.status == "occurred"
    assert (event.start, event.value) == (dt.date(2026, 5, 20), "2026-05-20")
    assert (event.planned_start, event.planned_end, event.planned_value) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 6, 30),
        "2026-H1",
    )
    assert [(s.article_id, s.status) for s in event.sources] == [(plan.id, "planned"), (done.id, "occurred")]
    assert "planned → occurred" in event.merge_note


def test_occurred_then_older_plan_keeps_occurred_and_records_the_plan(tl, build):
    done = build.article("5月20日，重庆实验室建成投用。", "2026-05-25")
    plan = build.article("重庆实验室计划2026年上半年建成投用。", "2025-12-01")
    half = build.date("2026-H1", "2026-01-01", "2026-06-30", "half")
    may = build.date("2026-05-20", "2026-05-20", "2026-05-20", "day")
    tl.ingest(build.extraction(done, build.event(done, "重庆实验室建成投用", date=may)))
    tl.ingest(build.extraction(plan, build.event(plan, "重庆实验室建成投用", status="planned", date=half)))
    (event,) = tl.milestones()
    assert (event.status, event.value, event.planned_value) == ("occurred", "2026-05-20", "2026-H1")


def test_alias_learnt_in_one_article_resolves_the_subject_of_another(tl, build, batch_size):
    full = "重庆市计量质量检测研究院"
    one = build.article("重庆市计量质量检测研究院（以下简称“量测院”）二期揭牌。", "2025-12-21")
    two = build.article("量测院二期正式揭牌。", "2025-12-25")
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    tl.ingest_many(
        [
            build.extraction(
                one,
                build.event(one, "量测院二期揭牌", subject=(full, "institute"), date=day),
                entities=(Entity(full, "institute", ("量测院",)),),
            ),
            build.extraction(
                two,
                build.event(
                    two,
                    "量测院二期正式揭牌",
                    subject=("量测院", "institute"),
                    date=day,
                    others=(EventEntity("两江新区", "place", "location"),),
                ),
            ),
        ],
        batch_size=batch_size,
    )
    assert [e.name for e in tl.entities(type="institute")] == [full]
    (event,) = tl.milestones(entity="量测院")
    assert len(event.sources) == 2
    # The second report's location joins the merged event, so the place finds it too.
    assert event.entities == (
        EventEntity(full, "institute", "subject"),
        EventEntity("两江新区", "place", "location"),
    )
    assert [e.id for e in tl.milestones(entity="两江新区")] == [event.id]
    assert tl.entity("量测院").event_count == 1


def test_one_entity_row_across_articles(tl, build):
    for number in range(3):
        article = build.article(f"第{number}篇：重庆实验室的消息。")
        tl.ingest(build.extraction(article, entities=(Entity("重庆实验室", "lab", (f"别名{number}",)),)))
    (lab,) = tl.entities()
    assert lab.aliases == ("别名0", "别名1", "别名2")
    assert tl.entity("别名2").id == lab.id


def test_events_without_a_subject_never_merge(tl, build):
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    one, two = build.article("第一篇：揭牌。"), build.article("第二篇：揭牌。")
    tl.ingest_many(
        [
            build.extraction(one, build.event(one, "实验室揭牌", subject=None, date=day)),
            build.extraction(two, build.event(two, "实验室揭牌", subject=None, date=day)),
        ]
    )
    assert len(tl.milestones()) == 2


def test_an_undated_occurred_report_keeps_the_planned_date(tl, build):
    plan = build.article("重庆实验室计划2026年上半年建成投用。", "2025-12-01")
    done = build.article("重庆实验室已建成投用。", "2026-05-25")
    half = build.date("2026-H1", "2026-01-01", "2026-06-30", "half")
    tl.ingest(build.extraction(plan, build.event(plan, "重庆实验室建成投用", status="planned", date=half)))
    tl.ingest(build.extraction(done, build.event(done, "重庆实验室建成投用")))
    (event,) = tl.events_for("重庆实验室")
    assert (event.status, event.value, event.planned_value) == ("occurred", "2026-H1", "2026-H1")
    assert "gives no date" in event.merge_note


def test_alias_declared_after_the_short_name_was_stored(tl, build, batch_size):
    short = build.article("量测院二期揭牌。", "2025-12-21")
    full = build.article("重庆市计量质量检测研究院（以下简称“量测院”）召开大会。", "2025-12-25")
    name = "重庆市计量质量检测研究院"
    report = tl.ingest_many(
        [
            build.extraction(short, build.event(short, "量测院二期揭牌", subject=("量测院", "institute"))),
            build.extraction(
                full,
                build.event(full, "量测院召开大会", type="meeting", subject=(name, "institute")),
                entities=(Entity(name, "institute", ("量测院",)),),
            ),
        ],
        batch_size=batch_size,
    )
    assert report.entities == 1
    (institute,) = tl.entities(type="institute")
    assert (institute.name, institute.aliases, institute.event_count) == (name, ("量测院",), 2)
    assert [e.subject.name for e in tl.events_for("量测院")] == [name, name]


def test_full_and_short_names_stored_apart_are_folded(tl, build):
    name = "重庆市计量质量检测研究院"
    one, two, three = (build.article(f"第{n}篇：量测院。") for n in (1, 2, 3))
    tl.ingest(build.extraction(one, entities=(Entity("量测院", "institute"),)))
    tl.ingest(build.extraction(two, entities=(Entity(name, "institute"),)))
    tl.ingest(build.extraction(three, entities=(Entity(name, "institute", ("量测院",)),)))
    assert [e.name for e in tl.entities(type="institute")] == [name]


def test_folding_moves_events_and_later_reports_merge_with_the_kept_entity(tl, build):
    name = "重庆市计量质量检测研究院"
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    one = build.article("量测院揭牌。", "2025-12-21", source="甲报")
    two = build.article("重庆市计量质量检测研究院召开大会。", "2025-12-25", source="乙报")
    three = build.article("重庆市计量质量检测研究院（以下简称“量测院”）签约。", "2025-12-28", source="丙报")
    four = build.article("量测院12月20日揭牌。", "2025-12-30", source="丁报")
    tl.ingest(
        build.extraction(one, build.event(one, "量测院揭牌", subject=("量测院", "institute"), date=day))
    )
    tl.ingest(build.extraction(two, build.event(two, "大会", type="meeting", subject=(name, "institute"))))
    tl.ingest(build.extraction(three, entities=(Entity(name, "institute", ("量测院",)),)))
    tl.ingest(
        build.extraction(four, build.event(four, "量测院揭牌", subject=("量测院", "institute"), date=day))
    )
    (institute,) = tl.entities(type="institute")
    assert (institute.name, institute.aliases, institute.event_count) == (name, ("量测院",), 2)
    opening = tl.milestones(entity="量测院")[0]
    assert (opening.subject.name, opening.source_count) == (name, 2)
    profile = tl.entity_profile("量测院")
    (fold,) = profile.folds
    assert (fold.kept, fold.folded, fold.undone) == (name, "量测院", False)
    assert three.id in fold.reason and "alias" in fold.reason
    assert (profile.first_report.source, profile.last_report.source) == ("甲报", "丁报")
    assert tl.stats()["entities"] == 1


def test_merge_by_hand_and_split_back(tl, build):
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    first = build.article("长庐动力揭牌。", "2025-12-21")
    second = build.article("合肥长庐动力电池科技有限公司投产。", "2025-12-22")
    tl.ingest(
        build.extraction(first, build.event(first, "长庐动力揭牌", subject=("长庐动力", "company"), date=day))
    )
    tl.ingest(
        build.extraction(
            second,
            build.event(
                second, "投产", type="production", subject=("合肥长庐动力电池科技有限公司", "company")
            ),
        )
    )
    before = {e.name: e for e in tl.entities()}
    merged = tl.merge_entities("合肥长庐动力电池科技有限公司", "长庐动力", reason="同一家公司")
    assert (merged.aliases, merged.event_count) == (("长庐动力",), 2)
    assert [e.subject.name for e in tl.events_for("长庐动力")] == ["合肥长庐动力电池科技有限公司"] * 2
    assert [f.reason for f in tl.entity_profile("长庐动力").folds] == ["同一家公司"]
    with pytest.raises(EntityMergeError):
        tl.merge_entities("长庐动力", "合肥长庐动力电池科技有限公司")
    restored = tl.split_entity("长庐动力")
    assert {e.name: e for e in tl.entities()} == before
    assert restored == before["长庐动力"]
    assert [e.subject.name for e in tl.events_for("长庐动力")] == ["长庐动力"]
    assert tl.entity_profile("长庐动力").folds[0].undone
    with pytest.raises(EntityMergeError):
        tl.split_entity("长庐动力")
    with pytest.raises(UnknownEntityError):
        tl.merge_entities("长庐动力", "没有这家公司")


@pytest.mark.parametrize("reason", ["", "  \u3000", None], ids=["empty", "blank", "not-text"])
def test_a_merge_by_hand_needs_a_reason(tl, build, reason):
    full = "合肥长庐动力电池科技有限公司"
    for text, name in (("长庐动力揭牌。", "长庐动力"), (f"{full}投产。", full)):
        article = build.article(text, "2025-12-21")
        tl.ingest(build.extraction(article, build.event(article, text[:-1], subject=(name, "company"))))
    with pytest.raises(EntityMergeError, match="reason"):
        tl.merge_entities("合肥长庐动力电池科技有限公司", "长庐动力", reason=reason)
    assert tl.entity_profile("长庐动力").folds == ()


def test_folds_of_folds_split_back_in_reverse_order_only(tl, build):
    """乙 folded into 甲, then 甲 into 丙: what 乙 brought now sits with 丙. Splitting 乙 first
    gave 乙 its event back while 丙 kept it and the alias 乙 (two subjects for one event, and
    after splitting 甲 too, 乙's event stayed linked to 甲). It is refused, naming the fold to
    undo first; undone newest first, the store is as it was."""
    names = ("甲实验室", "乙实验室", "丙实验室")
    for name in names:
        article = build.article(f"{name}揭牌。")
        tl.ingest(build.extraction(article, build.event(article, f"{name}揭牌", subject=(name, "lab"))))
    before = {e.name: e for e in tl.entities()}
    subjects = sorted((e.summary, e.subject.name) for e in tl.milestones())
    tl.merge_entities("甲实验室", "乙实验室")
    tl.merge_entities("丙实验室", "甲实验室")
    with pytest.raises(EntityMergeError, match="split '甲实验室' first"):
        tl.split_entity("乙实验室")
    assert [(e.name, e.event_count) for e in tl.entities()] == [("丙实验室", 3)]
    tl.split_entity("甲实验室")
    tl.split_entity("乙实验室")
    assert {e.name: e for e in tl.entities()} == before
    assert sorted((e.summary, e.subject.name) for e in tl.milestones()) == subjects
    assert all(len(e.entities) == 1 for e in tl.milestones())


def test_short_and_full_names_met_apart_in_one_batch_are_one_entity(tl, build, batch_size):
    name = "重庆市计量质量检测研究院"
    one, two, three = (build.article(f"第{n}篇：量测院。") for n in (1, 2, 3))
    report = tl.ingest_many(
        [
            build.extraction(one, build.event(one, "量测院揭牌", subject=("量测院", "institute"))),
            build.extraction(two, build.event(two, "大会", type="meeting", subject=(name, "institute"))),
            build.extraction(three, entities=(Entity(name, "institute", ("量测院",)),)),
        ],
        batch_size=batch_size,
    )
    (institute,) = tl.entities(type="institute")
    assert (institute.name, institute.aliases, institute.event_count) == (name, ("量测院",), 2)
    assert report.entities == (2 if batch_size == 1 else 1)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("重庆实验室（二期）揭牌", "重庆实验室(二期)揭牌"),
        ("重庆实验室二期揭牌", "重庆实验室 二期\u3000揭牌"),
        ("重庆实验室揭牌２０２５", "重庆实验室揭牌2025"),
    ],
    ids=["width", "blanks", "digits"],
)
@pytest.mark.parametrize("dated", [False, True], ids=["undated", "dated"])
def test_summaries_differing_in_width_or_blanks_merge_in_any_batch(
    tl, build, batch_size, first, second, dated
):
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day") if dated else None
    one = build.article("第一篇：" + first, "2025-12-21")
    two = build.article("第二篇：" + second, "2025-12-22")
    report = tl.ingest_many(
        [
            build.extraction(one, build.event(one, first, date=day)),
            build.extraction(two, build.event(two, second, date=day)),
        ],
        batch_size=batch_size,
    )
    assert (report.events, report.merged_events) == (1, 1)
    (event,) = tl.events_for("重庆实验室")
    assert [s.summary for s in event.sources] == [first, second]  # each source keeps its own words


@pytest.mark.parametrize(
    ("first", "second"),
    [("重庆实验室（二期）", "重庆实验室(二期)"), ("重庆 实验室", "重庆实验室"), ("ＡＩ实验室", "AI实验室")],
    ids=["width", "blanks", "letters"],
)
def test_subject_names_differing_in_width_or_blanks_are_one_entity_in_any_batch(
    tl, build, batch_size, first, second
):
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    one = build.article("第一篇：揭牌。", "2025-12-21")
    two = build.article("第二篇：揭牌。", "2025-12-22")
    report = tl.ingest_many(
        [
            build.extraction(
                one,
                build.event(one, "实验室揭牌", subject=(first, "lab"), date=day),
                entities=(Entity(first, "lab"),),
            ),
            build.extraction(
                two,
                build.event(two, "实验室揭牌", subject=(second, "lab"), date=day),
                entities=(Entity(second, "lab"),),
            ),
        ],
        batch_size=batch_size,
    )
    assert (report.entities, report.events, report.merged_events) == (1, 1, 1)
    (lab,) = tl.entities(type="lab")
    assert lab.name == first
    assert tl.entity(second).id == lab.id


def test_reports_naming_different_objects_stay_two_events(tl, build, batch_size):
    """spec/events.md: nothing tells them apart - they name no different object (another partner)."""
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    partners = ["重庆大学", "四川大学", "重庆大学"]
    extractions = []
    for number, partner in enumerate(partners):
        article = build.article(f"第{number}篇：重庆实验室与{partner}签约。", "2025-12-21")
        event = build.event(
            article,
            "重庆实验室签约",
            type="signing",
            date=day,
            others=(EventEntity(partner, "university", "object"),),
        )
        extractions.append(build.extraction(article, event))
    report = tl.ingest_many(extractions, batch_size=batch_size)
    assert (report.events, report.merged_events) == (2, 1)
    events = tl.milestones(entity="重庆实验室")
    objects = sorted(tuple(e.name for e in event.entities if e.role == "object") for event in events)
    assert objects == [("四川大学",), ("重庆大学",)]
    assert [len(e.sources) for e in tl.milestones(entity="重庆大学")] == [2]


def test_a_report_without_an_object_merges_with_one_naming_it(tl, build, batch_size):
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    one = build.article("第一篇：重庆实验室与重庆大学签约。", "2025-12-21")
    two = build.article("第二篇：重庆实验室签约。", "2025-12-22")
    report = tl.ingest_many(
        [
            build.extraction(
                one,
                build.event(
                    one,
                    "重庆实验室签约",
                    type="signing",
                    date=day,
                    others=(EventEntity("重庆大学", "university", "object"),),
                ),
            ),
            build.extraction(two, build.event(two, "重庆实验室签约", type="signing", date=day)),
        ],
        batch_size=batch_size,
    )
    assert (report.events, report.merged_events) == (1, 1)


def test_merge_module_states_the_rule_of_the_spec():
    from timeline._store import merge

    doc = " ".join((merge.__doc__ or "").split())
    assert "similar summaries" not in doc
    for words in ("same type", "same subject", "overlap", "different object", "normalised"):
        assert words in doc, words


def test_a_writer_whose_cache_predates_a_fold_follows_it(store_url, build):
    name = "重庆市计量质量检测研究院"
    one, two, three = (build.article(f"第{n}篇：量测院揭牌。") for n in (1, 2, 3))
    with Timeline(store_url) as writer, Timeline(store_url) as other:
        writer.ingest(build.extraction(one, build.event(one, "量测院揭牌", subject=("量测院", "institute"))))
        other.ingest(
            build.extraction(two, build.event(two, "大会", type="meeting", subject=(name, "institute")))
        )
        other.merge_entities(name, "量测院")
        # `writer` still caches the short name's own id; its next report must reach the kept entity.
        writer.ingest(
            build.extraction(
                three, build.event(three, "量测院签约", type="signing", subject=("量测院", "institute"))
            )
        )
        assert [e.subject.name for e in writer.events_for("量测院")] == [name] * 3
        assert [e.name for e in writer.entities(type="institute")] == [name]


def test_a_place_named_by_its_short_form_is_the_full_names_entity(tl, batch_size):
    """An event naming a place as its sentence writes it (深圳) and one naming it in full (深圳市)
    are about one place: the extraction gives the short form as the place's alias."""
    from timeline.events import Article as Text
    from timeline.events import extract

    first = extract(Text("3月1日，深圳市举行重大项目集中开工活动。", "2021-03-02", source="深圳特区报"))
    second = extract(Text("3月1日，深圳举行重大项目集中开工活动。", "2021-03-03", source="南方日报"))
    assert [first.events[0].subject.name, second.events[0].subject.name] == ["深圳市", "深圳"]
    tl.ingest_many([first, second], batch_size=batch_size)
    assert [e.name for e in tl.entities(type="place")] == ["深圳市"]
    (event,) = tl.milestones(entity="深圳")
    assert len(event.sources) == 2


@pytest.mark.parametrize("by", ["alias", "hand"])
def test_a_fold_merges_the_events_that_become_one_real_event(tl, build, by: str) -> None:
    """spec/events.md, One event across articles: same type, same subject after alias resolution,
    overlapping dates, no different object: one event, whatever order the articles came in. Two
    openings on 20 December reported under 量测院 and under the full name stay two events when
    the alias arrives after them (and would be one had it come first)."""
    name = "重庆市计量质量检测研究院"
    day = build.date("2025-12-20", "2025-12-20", "2025-12-20", "day")
    one = build.article("量测院12月20日揭牌。", "2025-12-21", source="甲报")
    two = build.article("重庆市计量质量检测研究院12月20日揭牌。", "2025-12-22", source="乙报")
    tl.ingest(
        build.extraction(one, build.event(one, "量测院揭牌", subject=("量测院", "institute"), date=day))
    )
    tl.ingest(build.extraction(two, build.event(two, "揭牌", subject=(name, "institute"), date=day)))
    assert len(tl.milestones()) == 2
    if by == "alias":
        three = build.article(f"{name}（以下简称“量测院”）签约。", "2025-12-28", source="丙报")
        tl.ingest(build.extraction(three, entities=(Entity(name, "institute", ("量测院",)),)))
    else:
        tl.merge_entities(name, "量测院")
    (opening,) = tl.milestones(types=["opening"])
    assert (opening.subject.name, opening.source_count) == (name, 2)
