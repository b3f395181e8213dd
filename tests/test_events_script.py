"""Traditional characters are read as simplified, and shown as written (`timeline._events.script`).

Expected values were worked out by reading each sentence in its simplified form; the traditional
sentences are the same sentences as a Hong Kong or Taiwan repost writes them (066 of the real
corpus: 遼寧大連28日舉行重點項目開工活動).
"""

from __future__ import annotations

import pytest
from extracted import event_facts
from hypothesis import given
from hypothesis import strategies as st

from timeline._dates.vocab_traditional import TRADITIONAL_FORMS
from timeline._events.cleanup import flatten
from timeline._events.script import fold
from timeline.events import Article, extract

PAIRS = [pair for line in TRADITIONAL_FORMS for pair in line.split()]
#: Traditional forms kept although GB 2312 has them: simplified text never writes them for
#: these words (後 for 后, 於 for 于), so reading them as simplified costs nothing.
IN_GB2312_ON_PURPOSE = {"後", "於", "夥", "徵", "麽"}


def _gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_every_form_is_one_character_for_one() -> None:
    assert all(len(pair) == 2 and pair[0] != pair[1] for pair in PAIRS)
    assert len({pair[0] for pair in PAIRS}) == len(PAIRS)


def test_no_simplified_character_is_folded() -> None:
    """乾, 著, 覆 are simplified characters too (乾坤, 著名, 覆盖): never in the table."""
    traditional = {pair[0] for pair in PAIRS}
    assert {char for char in traditional if _gb2312(char)} == IN_GB2312_ON_PURPOSE
    assert not traditional & set("乾著覆瞭藉")
    assert all(_gb2312(pair[1]) for pair in PAIRS)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("遼寧大連28日舉行重點項目開工活動", "辽宁大连28日举行重点项目开工活动"),
        ("重慶實驗室揭牌成立", "重庆实验室揭牌成立"),
        ("簽約儀式於上週五舉辦", "签约仪式于上周五举办"),
        ("1月28號，項目竣工驗收", "1月28号，项目竣工验收"),
        # a dash typed as two hyphens between words is the dash
        ("我国首条高速铁路--石太客运专线正式开通", "我国首条高速铁路——石太客运专线正式开通"),
        ("首期工程－－广汽新能源工厂竣工", "首期工程——广汽新能源工厂竣工"),
        ("重點工程--蘭州光纜幹線", "重点工程——兰州光缆干线"),
        ("2020--2021年，A-B--C线", "2020--2021年，A-B--C线"),
        ("兰州—西宁—拉萨光缆干线", "兰州—西宁—拉萨光缆干线"),
        # 覆 stands for 复 in these words only (批覆, 答覆), not in 覆盖
        ("國務院批覆《規劃》，覆蓋全省", "国务院批复《规划》，覆盖全省"),
        ("可研報告待批覆", "可研报告待批复"),
        ("市政府答覆企業", "市政府答复企业"),
        # 著 stands for 着 (隨著, 標志著, 意味著, 著力), not in the words simplified text writes with 著
        ("隨著開工令發出", "随着开工令发出"),
        ("這標志著重慶邁出關鍵一步", "这标志着重庆迈出关键一步"),
        ("意味著項目全面投產", "意味着项目全面投产"),
        ("著力推進項目建設", "着力推进项目建设"),
        ("著名的顯著成效", "著名的显著成效"),
        ("發揮顯著作用，申請著作權", "发挥显著作用，申请著作权"),
        ("土著居民", "土著居民"),
        # variant forms outside Big5 (Japanese and older Hong Kong input): 産, 説, 録, 爲
        ("項目建成達産，年産客車內飾件", "项目建成达产，年产客车内饰件"),
        ("據介紹説，該項目已列入名録", "据介绍说，该项目已列入名录"),
        ("爲加快項目建設", "为加快项目建设"),
    ],
)
def test_fold(traditional: str, simplified: str) -> None:
    assert fold(traditional) == simplified


def test_simplified_text_is_returned_as_it_is() -> None:
    text = "乾坤著名覆盖，重庆实验室揭牌。"
    assert fold(text) is text


@given(st.text(alphabet=st.sampled_from("遼寧大連舉行重點項目開工活動辽宁乾著后於\n ，。a1")))
def test_fold_keeps_every_offset(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(a == b or fold(a) == b for a, b in zip(text, folded, strict=True))




@pytest.mark.parametrize(
    ("traditional", "pub", "expected"),
    [
        pytest.param(
            "遼寧大連28日舉行重點項目開工活動，當天全市新開工項目共24個。",
            "2023-01-30",
            [("construction", "occurred", "2023-01-28", "大连")],
            id="开工活动-066",
        ),
        pytest.param(
            "2024年5月6日，重慶市計量質量檢測研究院揭牌成立。",
            "2024-05-08",
            [("founding", "occurred", "2024-05-06", "重庆市计量质量检测研究院")],
            id="揭牌成立",
        ),
        pytest.param(
            "上週五，重慶實驗室與寧德時代舉行簽約儀式。",
            "2024-05-08",
            [("signing", "occurred", "2024-05-03", "重庆实验室")],
            id="上週五-签约仪式",
        ),
        pytest.param(
            "3月1日，國務院批覆《蘭州新區總體規劃》。",
            "2013-03-30",
            [("approval", "occurred", "2013-03-01", "国务院")],
            id="批覆-a-word-folded",
        ),
        pytest.param(
            "這是繼2011年11月國務院批覆《平潭綜合實驗區總體發展規劃》之後，國家出臺的又一重要文件。",
            "2013-03-30",
            [("approval", "occurred", "2011-11", "国务院")],
            id="這是繼…批覆…之後-189",
        ),
        pytest.param(
            "8月29日上午，隨著河北省委常委、石家莊市委書記邢國輝發出開工令，秋季項目集中開工正式啟動。",
            "2018-08-31",
            # gold 272-01: generic 秋季項目 -> the city (石家莊, accepting 石家庄市)
            [("construction", "occurred", "2018-08-29", "石家庄市")],
            id="隨著-a-frame-272",
        ),
        pytest.param(
            "6月28日，重慶實驗室揭牌，這標志著重慶科技創新邁出關鍵一步。",
            "2024-06-30",
            [("opening", "occurred", "2024-06-28", "重庆实验室")],
            id="標志著-graded-act",
        ),
        pytest.param(
            "5月6號，重慶東站竣工投運。",
            "2024-05-08",
            [("opening", "occurred", "2024-05-06", "重庆东站")],
            id="號-竣工投运",
        ),
        pytest.param(
            "3月18日，重慶長安汽車新能源工廠正式投産。",
            "2024-03-20",
            [("production", "occurred", "2024-03-18", "重庆长安汽车新能源工厂")],
            id="投産-a-variant-form",
        ),
    ],
)
def test_a_traditional_article_gives_the_events_of_its_simplified_form(
    traditional: str, pub: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert event_facts(fold(traditional), pub) == expected
    assert event_facts(traditional, pub) == expected


def test_what_is_shown_is_the_original_text() -> None:
    text = "中評社北京1月30日電\n遼寧大連28日舉行重點項目開工活動，當天全市新開工項目共24個。"
    found = extract(Article(text, "2023-01-30"))
    [event] = found.events
    assert event.summary == flatten(text[event.start_char : event.end_char])
    assert event.summary == "遼寧大連28日舉行重點項目開工活動"
    assert event.trigger == "開工"
    assert event.date is not None and event.date.text == "28日"
    assert event.sentence.startswith("遼寧大連28日舉行")
    assert found.mentions
    for mention in found.mentions:
        assert mention.surface == text[mention.start_char : mention.end_char]
    assert {"大连市", "辽宁省"} <= {entity.name for entity in found.entities}


@pytest.mark.parametrize("blank", ["\t", "\r", "\t\r "])
def test_what_is_shown_keeps_its_script_across_a_tab_or_a_lone_carriage_return(blank: str) -> None:
    """Since 5df84b7 an Event holds its summary and sentence on one line; a tab or a lone carriage
    return inside the clause (a hypothesis example: 開工活動\\r0) made the shown summary and
    sentence fall back to the simplified reading. They stay as written, the blank one space."""
    text = f"1月6日，遼寧大連28日舉行重點項目開工活動{blank}0號線。"
    [event] = extract(Article(text, "2023-01-30")).events
    assert event.summary == "遼寧大連28日舉行重點項目開工活動 0號線"
    assert event.sentence == "1月6日，遼寧大連28日舉行重點項目開工活動 0號線。"
    assert event.trigger == "開工"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param("2009年4月1日，我国首条高速铁路--石太客运专线正式开通。", "石太客运专线", id="154"),
        pytest.param("3月5日，重庆东站首期工程--站房主体结构封顶。", "站房主体结构", id="invented"),
        pytest.param("5月6日，省重点项目－－宜宾港三期建成投用。", "宜宾港三期", id="full-width"),
    ],
)
def test_a_dash_typed_as_two_hyphens_is_an_apposition(text: str, subject: str) -> None:
    [event] = extract(Article(text, "2024-05-08")).events
    assert event.subject is not None and event.subject.name == subject
    assert event.summary == flatten(text[event.start_char : event.end_char])  # shown as typed


def test_date_words_are_shown_as_written() -> None:
    text = "1月28號，重慶實驗室揭牌。"
    [event] = extract(Article(text, "2023-01-30")).events
    assert event.date is not None and event.date.value == "2023-01-28"
    assert event.date.text == "1月28號" == text[event.date.start_char : event.date.end_char]


def test_a_separator_alone_on_its_line_is_no_part_of_the_paragraph() -> None:
    """066 prints its link list one `|` a line, right above the body."""
    text = "|\n|\n辽宁大连28日举行重点项目开工活动，当天全市新开工项目共24个。"
    assert event_facts(text, "2023-01-30") == [("construction", "occurred", "2023-01-28", "大连")]
