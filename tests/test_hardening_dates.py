"""Date engine findings of the adversarial review (issue 11): only calendar misses become "no date".

A resolver that hits a date off the calendar (year 10000, 30 February) finds no date; a resolver
with a bug (any other ValueError) must fail loudly instead of silently dropping the date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import dates
from timeline._dates import calendar as cal


@pytest.mark.parametrize(
    "make",
    [
        lambda: dt.date(10000, 1, 1),
        lambda: dt.date(2025, 13, 1),
        lambda: dt.date(2025, 2, 30),
        lambda: dt.date(9999, 12, 31) + dt.timedelta(days=1),
        lambda: dt.date.fromordinal(0),
    ],
    ids=["year-10000", "month-13", "30-february", "overflow", "ordinal-0"],
)
def test_calendar_misses_are_recognised(make) -> None:
    with pytest.raises((ValueError, OverflowError)) as info:
        make()
    assert cal.off_calendar(info.value)


@pytest.mark.parametrize(
    "error",
    [ValueError("invalid literal for int() with base 10: '十二'"), ValueError("not enough values to unpack")],
)
def test_other_value_errors_are_bugs(error: ValueError) -> None:
    assert not cal.off_calendar(error)


def test_a_resolver_bug_surfaces_instead_of_dropping_the_date(monkeypatch: pytest.MonkeyPatch) -> None:
    reference = dt.date(2026, 1, 30)
    assert [e.value for e in dates.extract("去年12月，两省市联合印发管理办法。", reference)] == ["2025-12"]

    def broken(year: int, month: int) -> tuple[dt.date, dt.date]:
        raise ValueError("invalid literal for int() with base 10: '十二'")

    monkeypatch.setattr(cal, "month_interval", broken)
    with pytest.raises(ValueError, match="invalid literal"):
        dates.extract("去年12月，两省市联合印发管理办法。", reference)


def test_dates_off_the_calendar_are_still_no_date() -> None:
    assert dates.extract("明年1月", dt.date(9999, 6, 1)) == []
    assert [e.value for e in dates.extract("去年", dt.date(1, 6, 1))] in ([], [None])


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # fuzz input 336301: the day alone, then the offset read as a duration
        ("1月1日前两天", dt.date(1, 1, 1), ["0001-01-01", "P2D"]),
        ("元旦前3天", dt.date(1, 3, 1), ["0001-01-01", "P3D"]),
        ("12月31日后两天", dt.date(9999, 12, 31), ["9999-12-31", "P2D"]),
        ("1月1日后两天", dt.date(1, 1, 5), ["0001-01-03"]),  # inside the calendar: shifted as ever
    ],
)
def test_a_day_offset_off_the_calendar_keeps_the_day(
    text: str, reference: dt.date, expected: list[str]
) -> None:
    assert [e.value for e in dates.extract(text, reference)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "公元前221年，秦统一六国。",  # was the duration 221年
        "公元前2070年，夏朝建立。",  # was the year 2070
        "公元前221年3月5日",  # was 221年 and 3月5日 of the reference year
        "公元前三世纪",
        "公元221年，秦统一六国。",  # an early year of the era: abstained, not the duration 221年
        "公元125年3月，洛阳发生地震。",  # was 125年 and 3月 of the reference year
        "公元 221 年",
    ],
)
def test_years_before_the_common_era_and_its_early_years_are_no_expression(text: str) -> None:
    """Found by harden23's review: 公元前 was dropped and its digits read as a duration or a
    modern year. No date here holds a year before the common era; 公元 with fewer than four
    digits is abstained (as the negative corpus row 公元125年3月 says)."""
    assert dates.extract(text, "2025-01-10") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("公元2025年1月", dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
        ("公元1949年10月1日，中华人民共和国成立。", dt.date(1949, 10, 1), dt.date(1949, 10, 1)),
        ("公元前221年，2025年3月5日，该馆开放。", dt.date(2025, 3, 5), dt.date(2025, 3, 5)),
    ],
)
def test_years_of_the_common_era_in_four_digits_are_dates(text: str, start: dt.date, end: dt.date) -> None:
    [found] = dates.extract(text, "2025-01-10")
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200d", "\u200f", "\u202e", "\u2060", "\ufeff", "\xad", "\x07"],
    ids=["zero-width-space", "zero-width-joiner", "rtl-mark", "rtl-override", "word-joiner", "bom",
         "soft-hyphen", "bell"],
)
@pytest.mark.parametrize("where", [4, 5, 7], ids=["before-年", "after-年", "after-月"])
def test_an_invisible_character_inside_a_date_does_not_split_it(invisible: str, where: int) -> None:
    text = "2019年1月5日，实验室揭牌。"
    text = text[:where] + invisible + text[where:]
    found = dates.extract(text, dt.date(2025, 6, 15))
    assert [(e.text, e.value, e.anchor) for e in found] == [(text[:10], "2019-01-05", "absolute")]


@pytest.mark.parametrize(
    "marks",
    ["\u0301", "\u0301\u0323", "\u20e3", "\U000e0100", "\u302a"],
    ids=["acute", "two-marks", "keycap", "variation-selector", "ideographic-tone-mark"],
)
@pytest.mark.parametrize("where", range(1, 10))
def test_a_combining_mark_inside_a_date_is_read_as_absent(marks: str, where: int) -> None:
    """harden28 (wrong date): 2025年1月15\u0301日 (an accent on the 5, between the day and 日) was
    read as 2025年1月 alone, the day lost, and a mark inside the year or after 年 lost more. A
    combining mark belongs to the character before it: the date is read as without it, and its
    offsets are the text's, the mark inside the surface (on 日, the surface's last character, too)."""
    text = "2019年1月15日，实验室揭牌。"
    text = text[:where] + marks + text[where:]
    found = dates.extract(text, dt.date(2025, 6, 15))
    assert [(e.text, e.start_char, e.end_char, e.value) for e in found] == [
        (text[: 10 + len(marks)], 0, 10 + len(marks), "2019-01-15")
    ]


def test_a_combining_mark_before_a_date_stays_outside_it() -> None:
    """What holds: an accent on the character before a date is not part of it."""
    found = dates.extract("cafe\u0301 2019年1月15日开业", dt.date(2025, 6, 15))
    assert [(e.text, e.start_char) for e in found] == [("2019年1月15日", 6)]


@pytest.mark.parametrize(
    "text",
    ["12345年5月6日，实验室揭牌。", "99999年1月", "10000年1月1日", "12345 年 5 月", "999年1月", "0年1月"],
)
def test_a_month_after_a_year_that_cannot_be_read_is_no_date(text: str) -> None:
    """Not the reference year's 5月6日: the year written is no calendar year here."""
    assert [e.value for e in dates.extract(text, dt.date(2025, 6, 15)) if e.has_interval] == []


def test_a_range_ending_in_a_year_that_cannot_be_read_keeps_only_its_first_end() -> None:
    found = dates.extract("2025年12月31日至10000年1月1日", dt.date(2025, 6, 15))
    assert [e.value for e in found if e.has_interval] == ["2025-12-31"]


@pytest.mark.parametrize(
    "reference",
    [dt.date(1, 1, 1), dt.date(1, 3, 1)],
    ids=["0001-01-01", "0001-03-01"],
)
def test_the_turn_of_the_year_before_the_calendar_is_no_date(reference: dt.date) -> None:
    # The nearest turn of the year is 0000/0001, off the calendar: no 岁末 (Nov–Dec of 0001)
    # and 年初 (Jan–Feb of 0001) as two fragments of another meaning (spec: abstain).
    assert dates.extract("岁末年初，项目开工。", reference) == []


def test_the_turn_of_the_year_after_the_first_on_the_calendar() -> None:
    # 0001-12-20 is nearest the turn 0001/0002: December 0001 to January 0002.
    found = dates.extract("岁末年初，项目开工。", dt.date(1, 12, 20))
    assert [(e.text, e.start, e.end) for e in found] == [("岁末年初", dt.date(1, 12, 1), dt.date(2, 1, 31))]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # spec: the Nth week starting in the year; the first holds 1 January when it is a Monday
        ("2018年第53周", dt.date(2018, 12, 31), dt.date(2019, 1, 6)),  # 2018-01-01 is a Monday
        ("2018年第五十三周", dt.date(2018, 12, 31), dt.date(2019, 1, 6)),
        ("2020年第52周", dt.date(2020, 12, 28), dt.date(2021, 1, 3)),  # week 1 starts Monday 6 January
        ("2020年第12周", dt.date(2020, 3, 23), dt.date(2020, 3, 29)),
        ("2012年第53周", dt.date(2012, 12, 31), dt.date(2013, 1, 6)),  # leap year, week 1 from 2 January
    ],
)
def test_a_week_of_a_year_past_the_sixth_is_a_date(text: str, start: dt.date, end: dt.date) -> None:
    assert [(e.text, e.kind, e.start, e.end) for e in dates.extract(text, dt.date(2025, 6, 1))] == [
        (text, "date", start, end)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2020年第53周",  # 2020 has 52 weeks that start in it (the first on 6 January)
        "2021年第53周",  # 2021: the first week starts on 4 January, the 53rd would start in 2022
        "2018年第54周",
        "五月第六周",  # the Mondays of May 2025 are the 5th, 12th, 19th and 26th
    ],
)
def test_a_week_the_period_does_not_have_is_no_date_and_no_duration(text: str) -> None:
    assert dates.extract(text, dt.date(2025, 6, 1)) == []


@pytest.mark.parametrize("text", ["第3周", "第十周", "比赛第二周"])
def test_an_ordinal_week_without_a_period_is_no_duration(text: str) -> None:
    assert dates.extract(text, dt.date(2025, 6, 1)) == []
