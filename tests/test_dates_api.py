"""Behaviour of the public date API (`timeline.dates.extract` / `parse`), checked against spec/dates.md.

Every expected interval below was worked out by hand from the contract (and, for lunar holidays,
from the published Chinese calendar), not copied from the engine's output.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline.dates import TimeExpr, extract, parse

D = dt.date


def only(text: str, reference: object = "2025-05-10", **kwargs: object) -> TimeExpr:
    """The single expression of `text`; fails when there is not exactly one."""
    found = extract(text, reference, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, [(e.text, e.rule) for e in found]
    return found[0]


def span(e: TimeExpr) -> tuple[dt.date | None, dt.date | None, str | None]:
    return e.start, e.end, e.grain


# ---------------------------------------------------------------- input types


def test_new_user_check_last_december():
    found = extract("去年12月，两省市联合印发管理办法。", "2024-03-05")
    assert len(found) == 1
    e = found[0]
    assert (e.text, e.start_char, e.end_char) == ("去年12月", 0, 5)
    assert span(e) == (D(2023, 12, 1), D(2023, 12, 31), "month")
    assert e.value == "2023-12"
    assert e.kind == "date"
    assert e.anchor == "publication"


@pytest.mark.parametrize(
    "reference", ["2024-03-05", " 2024-03-05 ", D(2024, 3, 5), dt.datetime(2024, 3, 5, 18, 30)]
)
def test_reference_date_accepts_date_datetime_and_iso_string(reference):
    assert span(only("去年12月", reference)) == (D(2023, 12, 1), D(2023, 12, 31), "month")


@pytest.mark.parametrize("reference", ["2024/03/05", "yesterday", "", 20240305, None, ["2024-03-05"]])
def test_bad_reference_date_raises_value_error(reference):
    with pytest.raises(ValueError, match="reference date"):
        extract("去年12月", reference)


@pytest.mark.parametrize("text", [None, 42, b"2024\xe5\xb9\xb4", ["2024年"]])
def test_non_string_text_raises_type_error(text):
    with pytest.raises(TypeError, match="must be a str"):
        extract(text, "2024-03-05")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        parse(text, "2024-03-05")  # type: ignore[arg-type]


def test_bad_prefer_raises_value_error():
    with pytest.raises(ValueError, match="prefer"):
        extract("3月", "2025-01-10", prefer="later")


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "没有任何时间词的一句话。", "！？。，"])
def test_text_without_dates_gives_empty_list(text):
    assert extract(text, "2025-01-10") == []


# ---------------------------------------------------------------- offsets, order, longest match


def test_offsets_cover_exactly_the_surface_and_time_of_day_is_kept():
    text = "据报道，2025年12月20日上午10时，会议在重庆召开；次日闭幕。"
    found = extract(text, "2025-12-22")
    assert [e.text for e in found] == ["2025年12月20日上午10时", "次日"]
    first, second = found
    assert text[first.start_char : first.end_char] == first.text
    assert (first.start_char, first.end_char) == (4, 20)
    assert span(first) == (D(2025, 12, 20), D(2025, 12, 20), "day")
    assert first.time_of_day == "上午10时"
    assert first.value == "2025-12-20"
    assert span(second) == (D(2025, 12, 21), D(2025, 12, 21), "day")
    assert second.anchor == "previous"


def test_full_date_is_one_expression_not_three():
    e = only("2025年12月20日")
    assert e.text == "2025年12月20日"
    assert e.rule  # every expression names the rule that produced it


def test_expressions_come_left_to_right_without_overlap():
    text = "2019年，重庆启动建设科学城；去年12月，两地签约；今年一季度，项目投产。"
    found = extract(text, "2024-03-05")
    assert [e.text for e in found] == ["2019年", "去年12月", "今年一季度"]
    assert all(a.end_char <= b.start_char for a, b in itertools.pairwise(found))
    assert span(found[2]) == (D(2024, 1, 1), D(2024, 3, 31), "quarter")
    assert found[2].value == "2024-Q1"


# ---------------------------------------------------------------- parse


def test_parse_normalises_one_expression_with_surrounding_whitespace():
    e = parse("  2025年第一季度 ", "2025-05-10")
    assert e is not None
    assert e.text == "2025年第一季度"
    assert (e.start_char, e.end_char) == (2, 11)  # nine characters after two spaces
    assert span(e) == (D(2025, 1, 1), D(2025, 3, 31), "quarter")


@pytest.mark.parametrize("expression", ["", "员工2025人", "5G", "今年和明年", "2025年的会议", "第5届"])
def test_parse_returns_none_unless_the_whole_string_is_one_expression(expression):
    assert parse(expression, "2025-05-10") is None


def test_parse_and_extract_agree_on_a_lone_expression():
    assert parse("今年以来", "2025-05-10") == extract("今年以来", "2025-05-10")[0]


# ---------------------------------------------------------------- missing year and prefer


def test_missing_year_spec_examples():
    ref = "2025-01-10"
    assert span(only("12月30日，大会召开。", ref)) == (D(2024, 12, 30), D(2024, 12, 30), "day")
    assert span(only("1月15日，大会召开。", ref)) == (D(2025, 1, 15), D(2025, 1, 15), "day")
    assert span(only("3月，项目启动。", ref)) == (D(2024, 3, 1), D(2024, 3, 31), "month")
    assert span(only("3月将开园。", ref)) == (D(2025, 3, 1), D(2025, 3, 31), "month")


def test_prefer_forces_the_missing_year_choice():
    ref = "2025-01-10"
    assert only("3月，项目启动。", ref, prefer="future").start == D(2025, 3, 1)
    assert only("3月将开园。", ref, prefer="past").start == D(2024, 3, 1)
    # a written year is never moved by prefer
    assert only("2019年3月", ref, prefer="future").start == D(2019, 3, 1)


def test_sentence_initial_date_takes_a_cue_from_a_later_clause():
    ref = "2025-01-10"
    assert only("3月，该项目将正式投用。", ref).start == D(2025, 3, 1)
    # 拟 inside 模拟 is no cue
    assert only("3月，团队完成模拟测试。", ref).start == D(2024, 3, 1)


# ---------------------------------------------------------------- anaphora


def test_anaphora_resolve_against_the_latest_earlier_expression():
    text = "2023年5月8日，项目签约。次日，团队进场。同年10月，一期投产。此后3个月，二期开工。"
    found = extract(text, "2025-01-10")
    assert [e.text for e in found] == ["2023年5月8日", "次日", "同年10月", "此后3个月"]
    assert [e.anchor for e in found] == ["absolute", "previous", "previous", "previous"]
    assert span(found[1]) == (D(2023, 5, 9), D(2023, 5, 9), "day")
    assert span(found[2]) == (D(2023, 10, 1), D(2023, 10, 31), "month")
    # three months after October 2023
    assert span(found[3]) == (D(2024, 1, 1), D(2024, 1, 31), "month")


def test_anaphora_without_an_earlier_expression_fall_back_to_publication():
    e = only("同年，项目投产。", "2025-01-10")
    assert span(e) == (D(2025, 1, 1), D(2025, 12, 31), "year")
    assert e.anchor == "publication"
    e = only("次年，项目投产。", "2025-01-10")
    assert e.start == D(2026, 1, 1)


# ---------------------------------------------------------------- coverage samples


@pytest.mark.parametrize(
    ("text", "reference", "start", "end", "grain", "value"),
    [
        ("本周", "2025-11-20", D(2025, 11, 17), D(2025, 11, 23), "week", "2025-W47"),
        ("上周三", "2025-11-20", D(2025, 11, 12), D(2025, 11, 12), "day", "2025-11-12"),
        ("2025年冬季", "2025-05-10", D(2025, 12, 1), D(2026, 2, 28), "season", "2025-WI"),
        ("2025年3月上旬", "2025-05-10", D(2025, 3, 1), D(2025, 3, 10), "xun", "2025-03-X1"),
        ("2026年上半年", "2025-05-10", D(2026, 1, 1), D(2026, 6, 30), "half", "2026-H1"),
        ("2024年中秋节", "2025-05-10", D(2024, 9, 17), D(2024, 9, 17), "day", "2024-09-17"),
        ("2025年除夕", "2025-05-10", D(2025, 1, 28), D(2025, 1, 28), "day", "2025-01-28"),
        ("2025年春节", "2025-05-10", D(2025, 1, 29), D(2025, 1, 29), "day", "2025-01-29"),
        ("“十五”时期", "2025-05-10", D(2001, 1, 1), D(2005, 12, 31), "multi-year", "2001/2005"),
        ("十一五", "2025-05-10", D(2006, 1, 1), D(2010, 12, 31), "multi-year", "2006/2010"),
        ("2021—2023年", "2025-05-10", D(2021, 1, 1), D(2023, 12, 31), "year", "2021/2023"),
        ("２０２４年６月", "2025-05-10", D(2024, 6, 1), D(2024, 6, 30), "month", "2024-06"),
        ("二〇二四年六月", "2025-05-10", D(2024, 6, 1), D(2024, 6, 30), "month", "2024-06"),
        ("2024.6.3", "2025-05-10", D(2024, 6, 3), D(2024, 6, 3), "day", "2024-06-03"),
        ("2025年元月1日", "2025-05-10", D(2025, 1, 1), D(2025, 1, 1), "day", "2025-01-01"),
        ("年内", "2025-05-10", D(2025, 1, 1), D(2025, 12, 31), "year", "2025"),
        ("今明两年", "2025-05-10", D(2025, 1, 1), D(2026, 12, 31), "year", "2025/2026"),
        ("2025年一季度末", "2025-05-10", D(2025, 3, 1), D(2025, 3, 31), "quarter", "2025-Q1"),
        ("3月中下旬", "2025-05-10", D(2025, 3, 11), D(2025, 3, 31), "xun", "2025-03-X2/2025-03-X3"),
        ("3月上旬至下旬", "2025-05-10", D(2025, 3, 1), D(2025, 3, 31), "xun", "2025-03-X1/2025-03-X3"),
        ("2024年底至2025年初", "2025-05-10", D(2024, 11, 1), D(2025, 2, 28), "year", "2024/2025"),
        ("上世纪60年代", "2025-05-10", D(1960, 1, 1), D(1969, 12, 31), "multi-year", "1960/1969"),
        ("20世纪90年代初", "2025-05-10", D(1990, 1, 1), D(1999, 12, 31), "multi-year", "1990/1999"),
        ("90年代", "2025-05-10", D(1990, 1, 1), D(1999, 12, 31), "multi-year", "1990/1999"),
        ("21世纪", "2025-05-10", D(2000, 1, 1), D(2099, 12, 31), "multi-year", "2000/2099"),
        ("本世纪中叶", "2025-05-10", D(2040, 1, 1), D(2059, 12, 31), "multi-year", "2040/2059"),
        ("岁末年初", "2026-01-26", D(2025, 12, 1), D(2026, 1, 31), "month", "2025-12/2026-01"),
        ("1950年春节", "2025-05-10", D(1950, 2, 17), D(1950, 2, 17), "day", "1950-02-17"),
        ("2024年11月至次年2月", "2025-05-10", D(2024, 11, 1), D(2025, 2, 28), "month", "2024-11/2025-02"),
        ("2023年12月28日至1月3日", "2025-05-10", D(2023, 12, 28), D(2024, 1, 3), "day",
         "2023-12-28/2024-01-03"),
        ("2025年1-11月", "2025-12-10", D(2025, 1, 1), D(2025, 11, 30), "month", "2025-01/2025-11"),
        ("3天前", "2025-05-10", D(2025, 5, 7), D(2025, 5, 7), "day", "2025-05-07"),
        ("两周后", "2025-05-10", D(2025, 5, 19), D(2025, 5, 25), "week", "2025-W21"),
    ],
)
def test_coverage_samples(text, reference, start, end, grain, value):
    e = only(text, reference)
    assert e.text == text
    assert (e.start, e.end, e.grain, e.value) == (start, end, grain, value)


def test_fuzzy_and_present_words():
    ref = D(2025, 5, 10)
    recent = only("近日，市科技局发布通知。", ref)
    assert (recent.start, recent.end, recent.kind, recent.mod) == (D(2025, 4, 11), ref, "fuzzy", "APPROX")
    years = only("近年来，两地合作不断深化。", ref)
    assert (years.start, years.end, years.kind) == (D(2020, 1, 1), ref, "fuzzy")
    now = only("目前，项目进展顺利。", ref)
    assert (now.start, now.end, now.kind) == (ref, ref, "present")


def test_since_and_before():
    ref = D(2025, 5, 10)
    early = only("年初至今，全市新增企业8000家。", ref)
    assert (early.start, early.end, early.mod, early.kind) == (D(2025, 1, 1), ref, "SINCE", "range")
    since = only("今年以来，全市新增企业8000家。", ref)
    assert (since.start, since.end, since.mod) == (D(2025, 1, 1), ref, "SINCE")
    decade = only("10年来，全市研发投入翻番。", ref)
    assert (decade.start, decade.end, decade.mod) == (D(2015, 1, 1), ref, "SINCE")
    months = only("近3个月，全市新增企业500家。", ref)  # like 近N年: from 1 February (May − 3)
    assert (months.start, months.end, months.mod, months.grain) == (D(2025, 2, 1), ref, "SINCE", "month")
    past = only("过去5年，全市研发投入翻番。", ref)  # like 近5年
    assert (past.start, past.end, past.mod) == (D(2020, 1, 1), ref, "SINCE")
    before = only("力争年底前建成投用。", ref)
    assert (before.start, before.end, before.mod) == (D(2025, 11, 1), D(2025, 12, 31), "BEFORE")


# ---------------------------------------------------------------- what must not become a date


@pytest.mark.parametrize(
    "text", ["2月30日，项目开工。", "13月，项目开工。", "2025年0月，项目开工。", "4月31日"]
)
def test_impossible_dates_are_skipped_whole_without_error(text):
    assert [e for e in extract(text, "2025-05-10") if e.has_interval] == []


@pytest.mark.parametrize(
    "text",
    [
        "重庆全力打造“33618”现代制造业集群体系。",
        "政协1号提案聚焦科研成果转化。",
        "5G基站和3D打印产业加快发展。",
        "公司员工2025人，年产能2000公斤。",
        "同比增长2.48%，达到48万片。",
        "第5届科技论坛开幕，十一届全会召开。",
        "代表团3天前往北京，途经五一路。",
        "离最近的加氢站只有5公里，用户可通过今日头条查看。",
        "此后天然气价格回落，之前天气晴好。",
        "优势体现在三个方面，节日来临时客流增加。",
        "夏季达沃斯论坛迎来科技的春天，评选明日之星。",
    ],
)
def test_look_alikes_give_no_dated_expression(text):
    assert [e.text for e in extract(text, "2025-05-10") if e.has_interval] == []


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        ("项目周期为3个月。", "3个月", "duration", "P3M"),
        ("每5分钟采集一次。", "5分钟", "duration", "PT5M"),
        ("以2~3年为周期。", "2~3年", "duration", "P2Y/P3Y"),
        ("连续运行24小时。", "24小时", "duration", "PT24H"),
        ("每年举办一次。", "每年", "set", "P1Y"),
        ("每周例会。", "每周", "set", "P1W"),
    ],
)
def test_durations_and_sets_have_no_interval(text, surface, kind, value):
    found = [e for e in extract(text, "2025-05-10") if e.text == surface]
    assert len(found) == 1
    e = found[0]
    assert (e.kind, e.value, e.start, e.end, e.has_interval) == (kind, value, None, None, False)


# ---------------------------------------------------------------- traditional characters


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("上週三", "上周三"),
        ("兩個月前", "两个月前"),
        ("3號", "3号"),
        ("下禮拜一", "下礼拜一"),
        ("國慶節", "国庆节"),
    ],
)
def test_traditional_characters_read_like_simplified(traditional, simplified):
    ref = "2025-11-20"
    trad, simp = only(traditional, ref), only(simplified, ref)
    assert trad.text == traditional  # the surface stays as written
    assert span(trad) == span(simp)


def test_huge_input_is_handled():
    text = "2025年3月，项目启动。" + "没有日期的填充文字。" * 50_000 + "次年5月，项目竣工。"
    found = extract(text, "2025-05-10")
    assert [e.text for e in found] == ["2025年3月", "次年5月"]
    assert span(found[1]) == (D(2026, 5, 1), D(2026, 5, 31), "month")
    assert text[found[1].start_char : found[1].end_char] == "次年5月"


@pytest.mark.parametrize("reference", [D(9999, 12, 31), D(1, 1, 1)])
def test_periods_falling_off_the_calendar_are_skipped_not_raised(reference):
    text = "明天，下个月，冬季，岁末年初，近年来，10年来，3月，下周，近日"
    for e in extract(text, reference):
        if e.kind not in ("duration", "set"):
            assert e.start is not None and e.end is not None
            assert e.start <= e.end


@pytest.mark.parametrize(
    ("text", "time_of_day"),
    [
        ("昨晚", "晚"),
        ("今天上午", "上午"),
        ("12月20日１０：３０", "１０：３０"),
        ("12月20日上午10時", "上午10時"),
    ],
)
def test_time_of_day_is_kept_as_written_and_never_narrows_the_day(text, time_of_day):
    e = only(text, "2025-05-10")
    assert e.time_of_day == time_of_day
    assert e.start == e.end


@pytest.mark.parametrize(
    ("reference", "start"),
    [
        # 2025-07-02 is 182 days after 1 January 2025 and 183 days before 1 January 2026
        ("2025-07-02", D(2024, 12, 1)),
        ("2025-07-03", D(2025, 12, 1)),
        ("2026-01-26", D(2025, 12, 1)),
    ],
)
def test_turn_of_year_is_the_nearest_one(reference, start):
    e = only("岁末年初", reference)
    assert (e.start, e.end) == (start, D(start.year + 1, 1, 31))


def test_spelled_month_and_day_with_missing_year():
    # reference 2025-12-01: 20 November 2025 is the latest occurrence
    assert span(only("十一月二十日，会议召开。", "2025-12-01")) == (D(2025, 11, 20), D(2025, 11, 20), "day")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # reference Wednesday 2025-05-14: next Monday is the 19th, last Friday the 9th
        ("下周一至周五", D(2025, 5, 19), D(2025, 5, 23)),
        ("周一至周五", D(2025, 5, 12), D(2025, 5, 16)),
        ("上周五至周二", D(2025, 5, 9), D(2025, 5, 13)),
    ],
)
def test_weekday_ranges_keep_the_week_of_their_left_end(text, start, end):
    e = only(text, "2025-05-14")
    assert (e.start, e.end, e.kind) == (start, end, "range")


@pytest.mark.parametrize(
    ("text", "reference", "day"),
    [
        # the lunar year 2025 starts on 2025-01-29 (春节), so 正月初八 is 2025-02-05
        ("正月初八，企业陆续复工。", "2025-02-10", D(2025, 2, 5)),
        # 农历八月十五 is 中秋节: 2024-09-17
        ("2024年农历八月十五", "2025-05-10", D(2024, 9, 17)),
        # 腊月二十三 of the lunar year 2024 fell on 2025-01-22
        ("腊月二十三，小年。", "2025-01-25", D(2025, 1, 22)),
    ],
)
def test_lunar_month_and_day(text, reference, day):
    found = [e for e in extract(text, reference) if e.has_interval]
    assert span(found[0]) == (day, day, "day")
