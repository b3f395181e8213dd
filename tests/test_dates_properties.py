"""Properties of `timeline.dates.extract` that hold for any input (hypothesis).

Offsets reproduce the surface, intervals are ordered, expressions come left to right without
overlap, nothing raises, the result is deterministic, and the past/future choice for a missing
year obeys the contract's bounds.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline._dates import vocab as date_vocab
from timeline.dates import ANCHORS, GRAINS, KINDS, MODS, TimeExpr, extract, parse

# Pieces of Chinese date language and of its look-alikes, to build date-dense texts.
FRAGMENTS = (
    "2025年", "二〇二四年", "２０２４年", "1997年", "年度", "今年", "去年", "前年", "明年", "后年",
    "同年", "次年", "当月", "次日", "第二天", "3月", "十一月", "12月", "份", "30日", "2日", "15号",
    "上旬", "中旬", "下旬", "月初", "月底", "年初", "年中", "年底", "岁末", "一季度", "第四季度",
    "Q3", "前三季度", "上半年", "下半年", "前5个月", "春季", "冬天", "春节", "除夕", "中秋节",
    "清明", "十一", "期间", "假期", "国庆", "元旦", "“十四五”", "十五五", "十五个", "十一届",
    "第十五", "开局之年", "时期", "本周", "上週", "星期三", "礼拜天", "周五", "今天", "昨晚",
    "今晨", "3天前", "两个月前", "5年后", "此前", "此后", "3个月", "近日", "日前", "近年来",
    "10年来", "近5年", "目前", "至今", "以来", "前", "之前", "截至", "至", "到", "—", "-", "~",
    "～", "每年", "每月", "5分钟", "24小时", "一年多", "2.48%", "5G", "3D", "1号提案", "第5届",
    "员工2025人", "2000公斤", "年产能", "年均", "将", "预计", "计划", "拟", "模拟", "，", "。",
    "；", "\n", " ", "上午", "10时", "10:30", "2024.6.3", "2024-06-03", "2024/6/3", "2024.6",
    "2月30日", "13月", "0月", "2月29日", "兩", "號", "個", "週", "禮拜", "重庆", "项目", "签约",
)

TO_TRADITIONAL = str.maketrans({"周": "週", "号": "號", "礼": "禮", "两": "兩", "个": "個"})
REFERENCES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
DATE_ISH = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)
ANY_TEXT = st.text(max_size=300)
TEXTS = st.one_of(ANY_TEXT, DATE_ISH)

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check_well_formed(text: str, found: list[TimeExpr]) -> None:
    previous_end = 0
    for e in found:
        assert text[e.start_char : e.end_char] == e.text
        assert e.text
        assert previous_end <= e.start_char < e.end_char <= len(text)
        previous_end = e.end_char
        assert e.grain in (*GRAINS, None)
        assert e.kind in KINDS
        assert e.mod in MODS
        assert e.anchor in ANCHORS
        assert e.rule
        if e.kind in ("duration", "set"):
            assert e.start is None and e.end is None
        else:
            assert e.start is not None and e.end is not None
            assert e.start <= e.end
            assert e.value


@SETTINGS
@given(text=TEXTS, reference=REFERENCES)
def test_any_text_gives_well_formed_expressions(text, reference):
    _check_well_formed(text, extract(text, reference))


@SETTINGS
@given(text=DATE_ISH, reference=REFERENCES, prefer=st.sampled_from([None, "past", "future"]))
def test_date_dense_text_with_any_preference_is_well_formed(text, reference, prefer):
    _check_well_formed(text, extract(text, reference, prefer=prefer))


@SETTINGS
@given(text=DATE_ISH, reference=st.dates())
def test_references_at_the_ends_of_the_calendar_raise_nothing(text, reference):
    """Year 1 or 9999: periods that would fall off the calendar are skipped, never raised."""
    _check_well_formed(text, extract(text, reference))


@SETTINGS
@given(text=TEXTS, reference=REFERENCES)
def test_extraction_is_deterministic(text, reference):
    assert extract(text, reference) == extract(text, reference)


@SETTINGS
@given(text=TEXTS, reference=REFERENCES)
def test_parse_never_raises_and_returns_the_whole_expression(text, reference):
    e = parse(text, reference)
    if e is not None:
        assert text[e.start_char : e.end_char] == e.text
        # parse takes the wrappers extract takes around one expression (从2025年, 2025年期间)
        before, after = text[: e.start_char].strip(), text[e.end_char :].strip()
        assert before in ("", *date_vocab.PARSE_PREFIXES) and after in ("", *date_vocab.PARSE_SUFFIXES)


@SETTINGS
@given(
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    reference=REFERENCES,
)
def test_missing_year_respects_the_past_and_future_bounds(month, day, reference):
    """Past: the latest occurrence starting at most 7 days after the reference; future: the
    earliest one not ending before it (spec: missing year)."""
    text = f"{month}月{day}日"
    past = extract(text, reference, prefer="past")[0]
    future = extract(text, reference, prefer="future")[0]
    assert (past.start.month, past.start.day) == (month, day)
    assert past.start <= reference + dt.timedelta(days=7)
    assert past.start + dt.timedelta(days=366) > reference + dt.timedelta(days=7)  # the latest
    assert future.end >= reference
    assert future.end - dt.timedelta(days=366) < reference  # the earliest


@SETTINGS
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), max_size=20),
    reference=REFERENCES,
)
def test_traditional_characters_do_not_change_intervals(parts, reference):
    simplified = "".join(parts)
    traditional = simplified.translate(TO_TRADITIONAL)
    ours = [(e.start_char, e.end_char, e.start, e.end, e.grain) for e in extract(simplified, reference)]
    theirs = [(e.start_char, e.end_char, e.start, e.end, e.grain) for e in extract(traditional, reference)]
    assert ours == theirs


@SETTINGS
@given(text=TEXTS)
def test_candidate_filter_never_hides_a_rule_match(text):
    """Every position where some rule matches is a candidate of the one-pass scan (the filter
    on first and second characters is computed from the rules, so it must never lose a date)."""
    from timeline._dates.engine import SECOND_CHARACTERS, TRIGGER, fold
    from timeline._dates.rules import RULES

    folded = fold(text)
    for position in range(len(folded)):
        if not any(rule.pattern.match(folded, position) for rule in RULES):
            continue
        assert TRIGGER.match(folded, position) is not None
        following = SECOND_CHARACTERS[folded[position]]
        assert following is None or folded[position + 1 : position + 2] in following


@SETTINGS
@given(text=DATE_ISH, reference=REFERENCES, prefer=st.sampled_from([None, "past", "future"]))
def test_reusing_results_changes_nothing(text, reference, prefer):
    """The scanner reuses a position's result where the same characters surround it and the
    resolver's questions (forward cue, earlier expression, same sentence) get the same answers:
    on repeated date-dense text this must give exactly what resolving every position does."""
    from timeline._dates.engine import scan

    repeated = text * 3
    assert scan(repeated, reference, prefer) == scan(repeated, reference, prefer, reuse=False)


NUMBER_TAILS = st.text(
    alphabet="年月日号个亿万%.-/~—至到季度世纪多余来周天QH上下半第届期 　\t\n春节一二十〇", max_size=6
)


@SETTINGS
@given(
    number=st.from_regex(r"[0-9]{1,9}", fullmatch=True),
    tail=NUMBER_TAILS,
    lead=st.sampled_from(["", "于", "第", "1.", "\n2."]),
)
def test_a_rule_matching_at_a_number_reads_what_past_digits_allows(number, tail, lead):
    """The scanner tries at a number only the rules that can read the character after its run of
    digits (`_regex.past_digits`): every rule that matches there must allow that character."""
    from timeline._dates.engine import _PAST_DIGITS
    from timeline._dates.rules import RULES

    text = lead + number + tail
    start, after = len(lead), tail[:1]
    for rule, allowed in zip(RULES, _PAST_DIGITS, strict=True):
        if rule.pattern.match(text, start) is not None:
            assert allowed is None or "" in allowed or after in allowed, rule.name


@SETTINGS
@given(number=st.from_regex(r"[0-9]{1,9}", fullmatch=True), tail=NUMBER_TAILS, reference=REFERENCES)
@example(number="20240315", tail="", reference=dt.date(2025, 1, 1))
@example(number="20240315", tail="，", reference=dt.date(2025, 1, 1))
@example(number="2025", tail="年", reference=dt.date(2025, 1, 1))
@example(number="15", tail="亿元", reference=dt.date(2025, 1, 1))
@example(number="3", tail="个月", reference=dt.date(2025, 1, 1))
@example(number="12", tail="月5日", reference=dt.date(2025, 1, 1))
@example(number="2024", tail="-2025年", reference=dt.date(2025, 1, 1))
def test_narrowing_the_rules_at_a_number_changes_nothing(number, tail, reference):
    """At a number the scanner tries only the rules `past_digits` allows: it finds what trying
    every rule that can start with the number's first two characters finds."""
    from timeline._dates import engine
    from timeline._dates.resolve import Context

    text = number + tail
    narrowed = engine.match_rules(text, 0, Context(text, reference))
    indices, _ = engine._rules_at(text[: engine.HEAD])
    engine._rules_at_number[(text[: engine.HEAD], tail[:1])] = (indices, None)  # every rule, one by one
    try:
        every_rule = engine.match_rules(text, 0, Context(text, reference))
    finally:
        engine._rules_at_number.clear()
    assert narrowed == every_rule


PLAIN_DATES = st.tuples(
    st.sampled_from(["", "于", "截至", "去年", "1", "。", "第", "农历", "至", "2024年"]),
    st.integers(min_value=900, max_value=3100),
    st.integers(min_value=0, max_value=13),
    st.integers(min_value=0, max_value=32),
    st.sampled_from(["日", "号"]),
    st.sampled_from(list("，,。；;！!？?：:、\n")),
)


@SETTINGS
@given(parts=PLAIN_DATES, reference=REFERENCES)
def test_plain_date_shortcut_reads_like_the_rules(parts, reference):
    """2024年6月3日， is read without trying the rules: the rules must read it the same way."""
    from timeline._dates.engine import match_rules, plain_date
    from timeline._dates.resolve import Context

    before, year, month, day, day_word, after = parts
    text = f"{before}{year}年{month}月{day}日{after}".replace("日", day_word)
    start = len(before)
    shortcut = plain_date(text, start)
    if shortcut is None:
        return
    by_rules, _ = match_rules(text, start, Context(text, reference))
    assert by_rules is not None
    assert shortcut == by_rules
