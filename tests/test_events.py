"""Unit and negative tests of `timeline.events` on short texts written for these tests.

Every expected value below was worked out by reading the text against `shared/spec/events.md`
and `shared/spec/dates.md` (publication date given per test), not copied from the output.
"""

from __future__ import annotations

import datetime as dt
import doctest
import re

import pytest

from timeline import events as events_module
from timeline._events import cleanup, dating, entities, sentences, triggers
from timeline._events.cleanup import BYLINE, CAPTION, HEADING, PROSE, clean, flatten
from timeline._events.sentences import split
from timeline.errors import ArticleError, TimelineError
from timeline.events import ALIASES, Article, Event, Extraction, extract

_BREAKS = re.compile(r"[ \t\u3000]*\n\s*")


def _run(text: str, pub: str = "2025-06-30", **kwargs: object) -> Extraction:
    return extract(Article(text, pub), **kwargs)  # type: ignore[arg-type]


def _only(extraction: Extraction, evidence: str) -> Event:
    found = [e for e in extraction.events if evidence in e.summary]
    assert len(found) == 1, [e.summary for e in extraction.events]
    return found[0]


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(e.name, e.role) for e in event.entities}


# --- clean-up and sentences -----------------------------------------------------------------


def test_lines_broken_inside_words_are_joined_and_offsets_kept() -> None:
    text = "2026年\n重庆市政协\n将“推动创\n新”列为“1号提\n案”。\n\n图为会场。张三摄"
    doc = clean(text)
    units = [(doc.text[u.start : u.end], u.kind) for u in doc.units]
    assert units == [("2026年重庆市政协将“推动创新”列为“1号提案”。", PROSE), ("图为会场。张三摄", CAPTION)]
    start, end = doc.original_span(doc.units[0].start, doc.units[0].end)
    assert flatten(text[start:end]) == doc.text[doc.units[0].start : doc.units[0].end]
    assert (start, end) == (0, text.index("。") + 1)


def test_paragraph_cut_mid_sentence_continues_after_a_blank_line() -> None:
    text = "培育未来产业，需要构建技\n\n术、资本、人才协同发展的良性生态。"
    doc = clean(text)
    assert [doc.text[u.start : u.end] for u in doc.units] == [
        "培育未来产业，需要构建技术、资本、人才协同发展的良性生态。"
    ]


def test_headlines_bylines_and_trailing_credits_are_set_apart() -> None:
    text = "聚焦2026重庆两会\n\n◎本报记者 雍黎\n\n市政协召开会议，听取报告。上游财经-重庆晨报记者 廖平"
    doc = clean(text)
    kinds = [(doc.text[u.start : u.end], u.kind) for u in doc.units]
    assert kinds == [
        ("聚焦2026重庆两会", HEADING),
        ("◎本报记者 雍黎", BYLINE),
        ("市政协召开会议，听取报告。", PROSE),
        ("上游财经-重庆晨报记者 廖平", BYLINE),
    ]


def test_sentences_and_clauses_do_not_split_inside_titles() -> None:
    text = "专家作《构建工业大脑，发展新质生产力》报告。随后，会议闭幕！"
    sentences = list(split(text))
    assert [text[s.start : s.end] for s in sentences] == [
        "专家作《构建工业大脑，发展新质生产力》报告。",
        "随后，会议闭幕！",
    ]
    assert [text[a:b] for a, b in sentences[1].clauses] == ["随后", "会议闭幕"]


# --- events: types, dates, status -------------------------------------------------------------


def test_policy_release_by_a_named_body_with_the_document_as_object() -> None:
    found = _run("3月18日，四川省科学技术厅印发《四川省概念验证中心建设工作指引（试行）》。")
    event = _only(found, "印发")
    assert (event.type, event.status, event.date and event.date.value) == (
        "policy_release",
        "occurred",
        "2025-03-18",
    )
    assert event.subject is not None and event.subject.name == "四川省科学技术厅"
    assert ("四川省概念验证中心建设工作指引（试行）", "object") in _roles(event)
    assert ("四川省概念验证中心建设工作指引（试行）", "policy") in {(e.name, e.type) for e in found.entities}


def test_most_specific_trigger_wins() -> None:
    found = _run("今年4月，宇树科技西部创新运营中心在大渡口区建成投用。")
    event = _only(found, "建成投用")
    assert (event.type, event.trigger) == ("opening", "建成投用")
    assert event.date is not None and (event.date.start, event.date.end) == (
        dt.date(2025, 4, 1),
        dt.date(2025, 4, 30),
    )
    assert ("大渡口区", "location") in _roles(event)


def test_sentence_initial_date_governs_later_clauses_and_undated_stays_none() -> None:
    text = (
        "2024年12月，西南大学牵头组建成渝生物育种创新联盟，联盟成员覆盖川渝。"
        "四川大学新设立了川渝碳中和研究院。"
    )
    found = _run(text)
    founded = _only(found, "组建")
    assert founded.type == "founding" and founded.date is not None and founded.date.value == "2024-12"
    assert founded.subject is not None and founded.subject.name == "成渝生物育种创新联盟"
    undated = _only(found, "设立")
    assert undated.date is None
    assert undated.subject is not None and undated.subject.name == "川渝碳中和研究院"


def test_planned_by_cue_and_by_a_date_after_publication() -> None:
    text = (
        "成都高新区管委会（以下简称“高新区”）与电子科大签署战略合作协议。"
        "高新区将于今年9月开工建设成都量子计算产业园。"
        "2026年3月，天府新区加氢站竣工。"
    )
    found = _run(text)
    signing = _only(found, "签署")
    assert signing.status == "occurred" and signing.date is None
    assert ("电子科技大学", "object") in _roles(signing)
    works = _only(found, "开工建设")
    assert (works.type, works.status, works.date and works.date.value) == (
        "construction",
        "planned",
        "2025-09",
    )
    assert works.subject is not None and works.subject.name == "成都高新区管委会"
    finished = _only(found, "竣工")
    assert (finished.status, finished.date and finished.date.value) == ("planned", "2026-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018年签约落户的宜宾锂电产业园将于明年投产。", [("签约落户", "occurred"), ("投产", "planned")]),
        ("在主会场签约的两江数字产业园将于年底开园。", [("签约", "occurred"), ("开园", "planned")]),
        ("去年开工的重庆东站项目预计2026年建成。", [("开工", "occurred"), ("建成", "planned")]),
        # the attribute's own cue of plan keeps it planned
        ("计划明年开工的重庆东站项目将于2027年建成。", [("开工", "planned"), ("建成", "planned")]),
    ],
)
def test_an_act_told_in_an_attribute_keeps_its_own_status(text: str, expected: list[tuple[str, str]]) -> None:
    """2018年签约落户的X将于明年投产: the attribute's act is done; the plan is the clause's."""
    assert [(e.trigger, e.status) for e in _run(text).events] == expected


def test_words_of_a_title_do_not_cue_a_plan_or_date_the_event() -> None:
    text = "3月15日，科学城管委会发布《西部科学城科技创新三年行动计划（2025—2027年）》。"
    event = _only(_run(text, "2025-03-20"), "发布")
    # 计划 and 2025—2027年 belong to the title: the event is the release on 2025-03-15, done.
    assert (event.type, event.status, event.date and event.date.value) == (
        "policy_release",
        "occurred",
        "2025-03-15",
    )


def test_acceptance_with_words_in_between() -> None:
    text = "今年1月，由重庆大学牵头建设的超瞬态实验装置通过国家验收。"
    event = _only(_run(text, "2025-03-20"), "验收")
    assert (event.type, event.date and event.date.value) == ("approval", "2025-01")
    assert event.subject is not None and event.subject.name == "超瞬态实验装置"


def test_a_ceremony_held_takes_the_type_of_its_milestone() -> None:
    found = _run("8月18日，赛力斯超级工厂二期项目举行奠基仪式。第十届智博会8月12日在重庆闭幕。", "2025-09-01")
    laid = _only(found, "奠基")
    assert (laid.type, laid.date and laid.date.value) == ("construction", "2025-08-18")
    assert laid.subject is not None and laid.subject.name == "赛力斯超级工厂二期项目"
    closed = _only(found, "闭幕")
    assert (closed.type, closed.date and closed.date.value) == ("meeting", "2025-08-12")
    assert closed.subject is not None and closed.subject.name == "第十届智博会"
    assert ("重庆市", "location") in _roles(closed)


def test_partner_after_yu_is_the_object_and_unnamed_body_before_it_the_subject() -> None:
    event = _only(_run("8月25日，中国电信与重庆市政府签署战略合作协议。", "2025-09-01"), "签署")
    assert (event.type, event.date and event.date.value) == ("signing", "2025-08-25")
    assert _roles(event) == {("中国电信", "subject"), ("重庆市政府", "object")}


def test_ongoing_works_and_planned_completion_are_two_events() -> None:
    found = _run("长安汽车全球研发中心二期项目正加快建设，预计2026年建成。", "2025-09-01")
    ongoing = _only(found, "加快建设")
    planned = _only(found, "建成")
    assert (ongoing.type, ongoing.status, ongoing.date) == ("construction", "ongoing", None)
    assert (planned.type, planned.status, planned.date and planned.date.value) == (
        "construction",
        "planned",
        "2026",
    )
    assert ongoing.subject == planned.subject
    assert ongoing.subject is not None and ongoing.subject.name == "长安汽车全球研发中心二期项目"


def test_unresolved_reference_is_no_subject() -> None:
    assert _run("去年，该企业研发的首款工业机器人控制器成功下线。").events == ()


def test_a_trigger_after_a_name_is_not_swallowed_into_it() -> None:
    event = _only(_run("8月30日，重庆长安汽车股份有限公司发布全新电动平台产品。", "2025-09-01"), "发布")
    assert (event.type, event.date and event.date.value) == ("announcement", "2025-08-30")
    assert event.subject is not None and event.subject.name == "重庆长安汽车股份有限公司"


def test_meeting_named_with_its_year_is_the_subject_not_its_organiser() -> None:
    text = "11月8日，由重庆市科学技术局主办的2025重庆科技成果转化大会在两江新区开幕。"
    event = _only(_run(text, "2025-11-10"), "开幕")
    assert (event.type, event.date and event.date.value) == ("meeting", "2025-11-08")
    assert event.subject is not None and event.subject.name == "2025重庆科技成果转化大会"
    assert ("两江新区", "location") in _roles(event)


def test_founded_since_gives_the_founding_date() -> None:
    text = "据了解，天府永兴实验室自2021年12月挂牌成立以来，已组建10余个研究团队。"
    found = _run(text, "2024-12-20")
    event = _only(found, "挂牌成立")
    assert (event.type, event.date and event.date.value) == ("founding", "2021-12")
    assert event.subject is not None and event.subject.name == "天府永兴实验室"
    assert len(found.events) == 1, "组建10余个研究团队 is a tally"


def test_names_listed_before_the_trigger_are_all_subjects() -> None:
    event = _only(
        _run("8月25日，国家发展改革委、科技部联合批复《成渝综合性科学中心建设方案》。", "2025-09-01"), "批复"
    )
    assert event.type == "approval" and event.subject is not None
    assert event.subject.name == "国家发展改革委"
    assert {("科技部", "subject"), ("成渝综合性科学中心建设方案", "object")} <= _roles(event)


def test_one_character_place_after_a_verb_of_place() -> None:
    event = _only(_run("12月8日，2025中国数字经济高峰论坛在渝举行。", "2025-12-10"), "举行")
    assert (event.type, event.date and event.date.value) == ("meeting", "2025-12-08")
    assert ("重庆市", "location") in _roles(event)


def test_park_or_platform_after_zai_is_the_location() -> None:
    event = _only(_run("8月12日，第十届智博会在重庆国际博览中心闭幕。", "2025-09-01"), "闭幕")
    assert event.subject is not None and event.subject.name == "第十届智博会"
    assert ("重庆国际博览中心", "location") in _roles(event)


def test_ongoing_stage() -> None:
    event = _only(_run("璧山区生物制造中试基地正处于建设阶段。"), "建设阶段")
    assert (event.type, event.status) == ("construction", "ongoing")


def test_date_inside_a_name_is_not_the_event_date() -> None:
    text = "1月19日，国家超级计算成都中心在2023年度用户大会上发布信息。"
    event = _only(_run(text, "2024-03-05"), "发布信息")
    assert (event.type, event.date and event.date.value) == ("announcement", "2024-01-19")


def test_date_naming_the_released_thing_is_not_the_event_date() -> None:
    event = _only(_run("8月，重庆市科学技术局公布2025年市级新型研发机构名单。", "2025-09-01"), "公布")
    assert (event.type, event.status, event.date and event.date.value) == (
        "announcement",
        "occurred",
        "2025-08",
    )


def test_anaphoric_year_and_announcement_by_a_company() -> None:
    text = "2025年12月20日，长安汽车宣布，年销量突破100万辆。同年10月份，长安汽车宣布，新车型将切换自研平台。"
    found = _run(text, "2026-01-26")
    dates = sorted(e.date.value for e in found.events if e.type == "announcement" and e.date)
    assert dates == ["2025-10", "2025-12-20"]
    assert not [e for e in found.events if e.type == "breakthrough"], "突破 before a number is a statistic"


def test_visit_has_the_visitor_as_subject_and_the_place_as_location() -> None:
    event = _only(_run("6月5日，市委书记袁家军到两江新区调研科技创新工作。"), "调研")
    assert (event.type, event.date and event.date.value) == ("other", "2025-06-05")
    assert event.subject is not None and (event.subject.name, event.subject.type) == ("袁家军", "person")
    assert ("两江新区", "location") in _roles(event)


def test_the_head_after_de_is_the_subject_not_its_builders() -> None:
    text = "重庆邮电大学（简称“重邮”）与长安汽车共建的智能网联汽车联合实验室7月8日揭牌。"
    found = _run(text, "2025-07-10")
    event = _only(found, "揭牌")
    assert (event.type, event.date and event.date.value) == ("opening", "2025-07-08")
    assert event.subject is not None and event.subject.name == "智能网联汽车联合实验室"
    university = next(e for e in found.entities if e.name == "重庆邮电大学")
    assert university.aliases == ("重邮",)


def test_project_started_then_planned_production_inherits_the_subject() -> None:
    text = "总投资50亿元的重庆长寿经开区绿色化工新材料产业园项目于今年8月正式开工，预计2027年建成投产。"
    found = _run(text, "2025-10-15")
    started = _only(found, "开工")
    assert (started.type, started.status, started.date and started.date.value) == (
        "construction",
        "occurred",
        "2025-08",
    )
    planned = _only(found, "投产")
    assert (planned.type, planned.status, planned.date and planned.date.value) == (
        "production",
        "planned",
        "2027",
    )
    assert started.subject is not None and planned.subject == started.subject
    assert started.subject.name == "重庆长寿经开区绿色化工新材料产业园项目"


# --- entities -------------------------------------------------------------------------------


def test_alias_from_text_resolves_later_mentions_and_is_stored() -> None:
    text = (
        "近日，重庆中科摇橹船信息科技有限公司（以下简称摇橹船科技）透露新品计划。"
        "2020年12月才成立的摇橹船科技已推出多款产品。"
    )
    found = _run(text, "2024-03-05")
    company = next(e for e in found.entities if e.name == "重庆中科摇橹船信息科技有限公司")
    assert company.type == "company" and "摇橹船科技" in company.aliases
    founding = _only(found, "成立")
    assert founding.subject is not None and founding.subject.name == "重庆中科摇橹船信息科技有限公司"
    assert founding.date is not None and founding.date.value == "2020-12"
    surfaces = {m.surface for m in found.mentions if m.entity == "重庆中科摇橹船信息科技有限公司"}
    assert surfaces == {"重庆中科摇橹船信息科技有限公司", "摇橹船科技"}


def test_alias_table_and_user_aliases() -> None:
    assert ALIASES["电子科大"] == "电子科技大学"
    found = _run("电子科大与量子园签约。", aliases={"量子园": "成都量子计算产业园"})
    names = {m.entity for m in found.mentions}
    assert {"电子科技大学", "成都量子计算产业园"} <= names


def test_person_with_title_and_affiliation() -> None:
    found = _run("市科学技术研究院党委书记雷虹说，研究院今年将开放实验室。")
    person = next(e for e in found.entities if e.type == "person")
    assert (person.name, person.affiliation) == ("雷虹", "市科学技术研究院")


def test_pronoun_like_mention_refers_to_the_nearest_fitting_entity() -> None:
    text = "走进重庆豪能传动技术有限公司，车间里设备运转。“公司最近建成投用一条关节模组装配生产线。”"
    found = _run(text, "2026-05-25")
    event = _only(found, "建成投用")
    assert event.subject is not None and event.subject.name == "重庆豪能传动技术有限公司"
    assert event.date is not None and event.date.kind == "fuzzy"


def test_facility_named_through_its_organisation_links_the_owner() -> None:
    text = "中国计量科学研究院（以下简称量测院）建设量测院二期科研楼。今年3月，量测院二期科研楼封顶。"
    event = _only(_run(text), "封顶")
    assert event.type == "construction"
    assert ("中国计量科学研究院", "owner") in _roles(event)


def test_list_prefixes_and_quotes_are_stripped_from_names() -> None:
    found = _run("一是“明月湖实验室”正式揭牌。")
    assert "明月湖实验室" in {e.name for e in found.entities}


# --- not milestones -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "川渝两地已累计建成加氢站34座。",
        "2023年，重庆市新认定高新技术企业3071家。",
        "雷虹建议，吸引顶尖科学家团队整建制入驻。",
        "他认为，应加快建设一批中试平台。",
        "图为宇树科技西部创新运营中心一角。刘映星摄(中经视觉)",
        "成渝高速公路重庆段首座加氢站——高升加氢站投入运行",
        "上游财经-重庆晨报记者 陈军",
        "这标志着国内首条8英寸车规级SiC产线取得关键突破。",
        "渝北区人民政府副区长李红出席签约仪式并致辞。",
        "这些平台的投用，为企业提供了便利。随着项目的开工建设，周边配套逐步完善。",
        "为推动项目早日投产，公司加大投入。",
        "园区已开通5条公交线路。该项目建成后，年产值可达100亿元。",
        "在政策支持下，企业纷纷落户园区。",
    ],
)
def test_statistics_opinions_captions_headlines_are_not_events(text: str) -> None:
    assert _run(text).events == ()


def test_undated_milestone_never_takes_the_publication_date() -> None:
    found = _run("《重庆市推动技能强企工作13条措施》出台。")
    event = _only(found, "出台")
    assert event.date is None and event.subject is not None
    assert event.subject.name == "重庆市推动技能强企工作13条措施"


# --- offsets --------------------------------------------------------------------------------


def test_summary_equals_the_source_span_with_line_breaks_removed() -> None:
    text = (
        "1月23日，重庆市政协六届四次会议新闻发布会上，公\n"
        "布了今年的政协1号提案——《关于推动创新链与\n产业链深度融合的提案》。"
    )
    found = _run(text, "2026-01-26")
    event = _only(found, "公布")
    assert event.type == "policy_release"
    assert event.date is not None and event.date.value == "2026-01-23"
    assert _BREAKS.sub("", text[event.start_char : event.end_char]) == event.summary
    for mention in found.mentions:
        assert _BREAKS.sub("", text[mention.start_char : mention.end_char]) == mention.surface


# --- bad input ------------------------------------------------------------------------------


def test_empty_text_is_rejected_by_article() -> None:
    with pytest.raises(ArticleError):
        Article("  \n ", "2025-01-01")


def test_garbage_gives_an_empty_extraction() -> None:
    found = _run("@@@ ### 12345 ……\n\n\x00\ufffd 🙂🙂 abc")
    assert found.events == () and found.entities == ()


def test_not_an_article_and_bad_aliases_raise_library_errors() -> None:
    with pytest.raises(ArticleError):
        extract("1月6日，研究院启用。")  # type: ignore[arg-type]
    with pytest.raises(TimelineError):
        _run("电子科大签约。", aliases={"电子科大": 3})
    with pytest.raises(TimelineError):
        _run("电子科大签约。", aliases=["电子科大"])


# --- documentation ----------------------------------------------------------------------------


# --- stages ---------------------------------------------------------------------------------


def test_last_date_within_a_span_skips_one_running_past_it() -> None:
    text = "1月6日，2月7日，3月8日揭牌。"
    doc = clean(text)
    dates = dating.usable_dates(doc, entities.recognise(doc, {}), dt.date(2025, 6, 30))
    assert [d.expr.text for d in dates.within(0, len(text))] == ["1月6日", "2月7日", "3月8日"]
    found = dates.last_within(0, text.index("3月8日") + 2)
    assert found is not None and found.expr.text == "2月7日"
    assert dates.last_within(6, 9) is None


def test_pronoun_takes_the_nearest_earlier_body_of_its_type_in_a_long_paragraph() -> None:
    repeated = "重庆甲科技有限公司揭牌，重庆乙实验室启用，公司投产，" * 50
    text = repeated + "重庆丙科技有限公司成立，实验室启用。"
    found = _run(text)
    pronoun_mentions = [m for m in found.mentions if m.surface in ("公司", "实验室")]
    assert {m.entity for m in pronoun_mentions if m.surface == "公司"} == {"重庆甲科技有限公司"}
    last_lab = max((m for m in pronoun_mentions if m.surface == "实验室"), key=lambda m: m.start_char)
    assert last_lab.entity == "重庆乙实验室"


@pytest.mark.parametrize("module", [events_module, cleanup, sentences, triggers])
def test_docstring_examples_hold(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted > 0, "no example ran: this check could not fail"
