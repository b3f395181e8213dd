"""Date rules for relative quarters, weekends and parts of named periods (spec: Periods inside a year).

- 上季度 / 本季度 / 这个季度 / 下一个季度: the quarter before, holding or after the reference date;
- 下周末 / 本周末: Saturday and Sunday of that week (grain day); 周末 alone: of the reference week;
- 五月第一周 / 2021年的第一周: the ISO weeks that start in the month (or year), the first being
  the week holding the 1st when it starts on Monday, else the first full week;
- 6月第3个星期日 / 四月的最后一个星期一: the Nth (or last) such weekday of the month;
- 2005年首月 / 70年第8个月: month N of the year;
- 上半月 / 下半月: days 1–15 and 16–end of a month (grain month, mod START / END);
- 上月最后五天 / 去年的前10天: the first or last N days of a named month or year;
- 2022年伊始: January of the year; 3月伊始: the month's first ten days (like 月初).

- 下周周六 / 这周的星期五: the weekday of that week (never this week's);
- 这个月的第一天 / 2016年的最后一周: day N, or the last week starting in the period;
- 明年的今天 / 去年今日: the reference's month and day in that year;
- 二零二一年后三月 / 1967年前两月: the last or first N months of the year;
- 这个夏天 / 今年的夏天: a season of the reference year (or of the year written).

A period these words need but that is not written (第一周 alone) makes no date. The rules are
registered in `rules.RULES`.
"""

from __future__ import annotations

import datetime as _dt
import re

from timeline._dates import calendar as cal
from timeline._dates import vocab as V
from timeline._dates.resolve import Context, Interval, Resolved
from timeline._dates.rules import (
    _COUNT,
    _MONTH,
    _YEAR,
    DATE_NUMBER_LEAD,
    Rule,
    _alt,
    _apply_suffix,
    _chars,
    _compared,
    _count,
    _dated,
    _day_result,
    _month_number,
    _relative_month,
    _rule,
    _unnamed,
    _year_or_pick,
)

_NTH = r"(?P<n>[1-6]|[一二三四五六])"
_OF = f"{V.OF_WORD}?"
_WEEKDAY = _chars("".join(V.WEEKDAYS))


def _month_of(m: re.Match[str], ctx: Context) -> tuple[int, int, str] | None:
    """(year, month, anchor) of the month written in a match (本月, 去年5月, 五月), else None."""
    relative = _relative_month(m, ctx)
    if relative is not None:
        return relative
    month = _month_number(m)
    if month is None or not 1 <= month <= 12:
        return None
    found = _year_or_pick(m, ctx, lambda y: cal.month_interval(y, month))
    if found is None:
        return None
    return found[2], month, found[1]


def _period_of(m: re.Match[str], ctx: Context) -> tuple[Interval, str] | None:
    """Interval and anchor of the month, or else the year, written in a match."""
    if m.group("mn") or m.group("mc") or m.group("mw") or m.group("md") or m.group("ma"):
        month = _month_of(m, ctx)
        if month is None:
            return None
        return cal.month_interval(month[0], month[1]), month[2]
    found = _year_or_pick(m, ctx, lambda y: (_dt.date(y, 1, 1), _dt.date(y, 12, 31)))
    return (found[0], found[1]) if found is not None else None


def _relative_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """上季度 / 本季度 / 下个季度: counted in quarters from the reference date's quarter; 本季度末 /
    上季末 its last month, 下季度初 its first (as 一季度末)."""
    base, anchor = ctx.reference, "publication"
    if _compared(m, "qd", V.COMPARED_QUARTERS):
        named = ctx.compared_antecedent()
        if named is not None and named.grain == "quarter" and named.start is not None:
            if ctx.text[ctx.previous_start : ctx.previous_end] == m.group():
                return named  # …较上季末增加；…较上季末持平: the same comparison again
            base, anchor = named.start, "previous"  # 二季度末…较上季末: the first quarter
    this_quarter = 3 * ((base.month - 1) // 3) + 1
    year, first = cal.add_months(base.year, this_quarter, 3 * V.DEICTIC_QUARTERS[m.group("qd")])
    low, high, mod = V.QUARTER_PARTS.get(m.group("qpart") or m.group("qpart2") or "", (0, 2, None))
    start, end = cal.months_interval(year, first + low, first + high)
    value = f"{year:04d}-Q{(first - 1) // 3 + 1}"
    res = Resolved(start, end, "quarter", value, mod=mod, anchor=anchor)
    return _apply_suffix(m, ctx, res)


def _weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """下周末 / 本周末: Saturday and Sunday of that week."""
    monday = cal.week_interval(ctx.reference)[0] + _dt.timedelta(weeks=V.DEICTIC_WEEKS[m.group("wk")])
    saturday, sunday = (monday + _dt.timedelta(days=d) for d in V.WEEKEND_DAYS)
    value = f"{cal.week_value(monday)}-WE"
    return _apply_suffix(m, ctx, Resolved(saturday, sunday, "day", value, anchor="publication"))


def _bare_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """周末 alone: Saturday and Sunday of the reference week.

    Decided by the missing-year rule: the latest weekend that has begun, or one at most seven
    days ahead (the grace); the reference week's weekend is never more than six days ahead, so
    it is always the one, with or without a forward cue. A past weekend is written 上周末.
    """
    named = ctx.week_antecedent()  # 下周…周末: the weekend of the week named before
    monday = cal.week_interval(named.start if named is not None and named.start else ctx.reference)[0]
    saturday, sunday = (monday + _dt.timedelta(days=d) for d in V.WEEKEND_DAYS)
    value = f"{cal.week_value(monday)}-WE"
    return _apply_suffix(m, ctx, Resolved(saturday, sunday, "day", value, anchor="publication"))


def _nth_week(m: re.Match[str], ctx: Context) -> Resolved | None:
    """五月第一周 / 2021年的第一周 / 2018年第53周: the Nth week starting (on a Monday) in the month
    or year; a week the period does not have (2020年第53周) is no date, and no duration either."""
    count = _count(m.group("n"))
    period = _period_of(m, ctx)
    if count is None or count < 1 or period is None:
        return None
    (first_day, last_day), anchor = period
    monday = first_day + _dt.timedelta(days=(7 - first_day.weekday()) % 7 + 7 * (count - 1))
    if monday > last_day:
        return None
    start, end = cal.week_interval(monday)
    return _apply_suffix(m, ctx, Resolved(start, end, "week", cal.week_value(start), anchor=anchor))


def _week_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """下周周六 / 这周的星期五: a weekday of the deictic week."""
    monday = cal.week_interval(ctx.reference)[0] + _dt.timedelta(weeks=V.DEICTIC_WEEKS[m.group("wk")])
    day = monday + _dt.timedelta(days=V.WEEKDAYS[m.group("wd")])
    return _apply_suffix(m, ctx, _day_result(day, "publication"))


def _nth_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """这个月的第一天 / 2024年第100天: day N of the month or year."""
    count = _count(m.group("n"))
    period = _period_of(m, ctx)
    if count is None or period is None:
        return None
    (first_day, last_day), anchor = period
    day = first_day + _dt.timedelta(days=count - 1)
    if count < 1 or day > last_day:
        return None
    return _apply_suffix(m, ctx, _day_result(day, anchor))


def _last_week(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2016年的最后一周 / 本月最后一周: the last week starting (on a Monday) in the period."""
    period = _period_of(m, ctx)
    if period is None:
        return None
    (_first, last_day), anchor = period
    monday = last_day - _dt.timedelta(days=last_day.weekday())
    start, end = cal.week_interval(monday)
    return _apply_suffix(m, ctx, Resolved(start, end, "week", cal.week_value(start), anchor=anchor))


def _season_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """这个夏天 / 今年的夏天 / 去年的冬季: a season of the year written, or of the reference's."""
    first, code = V.SEASONS[m.group("season")]
    ref = ctx.reference
    if m.group("this"):
        year = ref.year - 1 if first == V.SEASONS["冬"][0] and ref.month <= 2 else ref.year
        interval = cal.months_interval(year, first, first + 2)
        found: tuple[Interval, str, int] | None = (interval, "publication", year)
    else:
        found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, first, first + 2))
    if found is None:
        return None
    (start, end), anchor, year = found
    return _apply_suffix(m, ctx, Resolved(start, end, "season", f"{year:04d}-{code}", anchor=anchor))


def _year_months(m: re.Match[str], ctx: Context) -> Resolved | None:
    """二零二一年后三月 / 1967年前两月: the last or first N months of the year written."""
    count = _count(m.group("n"))
    if count is None or not 1 <= count <= 12:
        return None
    first, last = (1, count) if m.group("fm") else (13 - count, 12)
    found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, first, last))
    if found is None:
        return None
    (start, end), anchor, year = found
    value = f"{cal.month_value(year, first)}/{cal.month_value(year, last)}"
    return _apply_suffix(m, ctx, Resolved(start, end, "month", value, anchor=anchor))


def _same_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """明年的今天 / 去年今日 / 65年前的今天: the reference's month and day in that year."""
    ref = ctx.reference
    if m.group("ago"):
        count = _count(m.group("ago"))
        if count is None:
            return None
        year = ref.year + count * V.DAY_OFFSET_DIRECTIONS[m.group("agodir")]
        if not cal.valid_day(year, ref.month, ref.day):
            return None
        return _apply_suffix(m, ctx, _day_result(_dt.date(year, ref.month, ref.day), "publication"))
    found = _year_or_pick(m, ctx, lambda y: (_dt.date(y, ref.month, ref.day),) * 2)
    if found is None:
        return None
    return _apply_suffix(m, ctx, _day_result(found[0][0], found[1]))


def _nth_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """6月第3个星期日 / 八月份的第一个周二 / 四月的最后一个星期一: the Nth (or last) such
    weekday of the month."""
    count = -1 if m.group("last") else _count(m.group("n"))
    month = _month_of(m, ctx)
    if count is None or month is None:
        return None
    day = cal.floating_holiday(month[0], month[1], V.WEEKDAYS[m.group("wd")], count)
    if day is None:
        return None
    return _apply_suffix(m, ctx, _day_result(day, month[2]))


def _nth_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2005年首月 / 70年第8个月: month N of the written year."""
    count = _count(m.group("n")) if m.group("n") else 1
    if count is None or not 1 <= count <= 12:
        return None
    found = _year_or_pick(m, ctx, lambda y: cal.month_interval(y, count))
    if found is None:
        return None
    (start, end), anchor, year = found
    return _apply_suffix(m, ctx, Resolved(start, end, "month", cal.month_value(year, count), anchor=anchor))


def _half_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """上半月 / 下半月 of a written, relative or (when none is written) the latest month."""
    first, last, mod = V.HALF_MONTHS[m.group("hm")]

    def build(year: int, month: int) -> Interval:
        end = last if last is not None else cal.month_end(year, month).day
        return _dt.date(year, month, first), _dt.date(year, month, end)

    if m.group("mn") or m.group("mc") or m.group("mw") or m.group("md") or m.group("ma"):
        month = _month_of(m, ctx)
        if month is None:
            return None
        interval, anchor = build(month[0], month[1]), month[2]
    else:
        picked = ctx.pick_month(build)
        if picked is None:
            return None
        interval, anchor = picked
    start = interval[0]
    value = cal.month_value(start.year, start.month)
    res = Resolved(start, interval[1], "month", value, mod=mod, anchor=anchor)
    return _apply_suffix(m, ctx, res)


def _period_days(m: re.Match[str], ctx: Context) -> Resolved | None:
    """上月最后五天 / 去年的前10天: the first or last N days of a named month or year."""
    count = _count(m.group("n"))
    period = _period_of(m, ctx)
    if count is None or period is None:
        return None
    (first_day, last_day), anchor = period
    if not 1 <= count <= (last_day - first_day).days + 1:
        return None
    if m.group("fd"):
        start, end = first_day, first_day + _dt.timedelta(days=count - 1)
    else:
        start, end = last_day - _dt.timedelta(days=count - 1), last_day
    value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return _apply_suffix(m, ctx, Resolved(start, end, "day", value, anchor=anchor))


def _beginning(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2022年伊始: January of the year; 3月伊始: the first ten days of the month."""
    period = _period_of(m, ctx)
    if period is None:
        return None
    (first_day, last_day), anchor = period
    if last_day.month == first_day.month:  # a month
        end = first_day + _dt.timedelta(days=V.BEGINNING_DAYS - 1)
    else:
        end = cal.month_end(first_day.year, 1)
    value = cal.month_value(first_day.year, first_day.month)
    return _apply_suffix(m, ctx, Resolved(first_day, end, "month", value, mod="START", anchor=anchor))


_WEEK_WORD = _alt(V.WEEK_WORDS)
# a year, a month or both (the look-ahead: at least one of them)
_YEAR_OR_MONTH = rf"(?={_unnamed(_YEAR)}|{_unnamed(_MONTH)})(?:{_YEAR}{_OF})?(?:{_MONTH}{_OF})?"

RULES: tuple[Rule, ...] = (
    _rule(
        "relative_quarter",
        _dated(
            rf"(?<![{V.DEICTIC_STEPS}])(?P<qd>{_alt(V.DEICTIC_QUARTERS)})"
            rf"(?:{V.QUARTER_WORD}(?P<qpart>{_alt(V.QUARTER_PARTS)})?"
            rf"|{V.QUARTER_SHORT_WORD}(?P<qpart2>{_alt(V.QUARTER_PARTS)}))"
        ),
        _relative_quarter,
        key=V.QUARTER_SHORT_WORD,
    ),
    _rule(
        "weekend",
        _dated(rf"(?<![{V.DEICTIC_STEPS}])(?P<wk>{_alt(V.DEICTIC_WEEKS)})(?:{_WEEK_WORD}){V.WEEKEND_WORD}"),
        _weekend,
        key=V.WEEKEND_WORD,
    ),
    _rule(
        "bare_weekend",
        _dated(
            rf"(?:(?<![{re.escape(V.NOT_BEFORE_BARE_WEEKEND)}])|(?<={V.THIS_ONE}))(?:{_alt(V.BARE_WEEKEND_WORDS)})"
            rf"(?!{_alt(V.NOT_AFTER_BARE_WEEKEND)})"
        ),
        _bare_weekend,
        key=_chars("".join(word[-1] for word in V.BARE_WEEKEND_WORDS)),
    ),
    _rule(
        "week_weekday",
        _dated(
            rf"(?<![{V.DEICTIC_STEPS}])(?P<wk>{_alt(V.DEICTIC_WEEKS)})(?:{_WEEK_WORD}){_OF}"
            rf"(?:{_WEEK_WORD})(?P<wd>{_WEEKDAY})"
        ),
        _week_weekday,
    ),
    _rule(
        "nth_day",
        DATE_NUMBER_LEAD
        + _dated(rf"{_YEAR_OR_MONTH}{V.ORDINAL_PREFIX}(?P<n>{_COUNT}){V.NTH_DAY_WORD}"),
        _nth_day,
        key=V.ORDINAL_PREFIX,
    ),
    _rule(
        "last_week",
        DATE_NUMBER_LEAD
        + _dated(rf"{_YEAR_OR_MONTH}(?:{_alt(V.LAST_WEEK_WORDS)})(?!{_WEEKDAY})"),
        _last_week,
        key=V.LAST_WEEK_WORDS[0][0],
    ),
    _rule(
        "season_of",
        DATE_NUMBER_LEAD
        + _dated(
            rf"(?:(?P<this>{V.THIS_SEASON_WORD})|(?:{_YEAR}){V.OF_WORD})(?P<season>{_chars(''.join(V.SEASONS))})"
            rf"(?:{_alt(V.SEASON_SUFFIXES)})(?!{_alt(V.NOT_AFTER_SEASON)})"
        ),
        _season_of,
        key=_chars("".join(V.SEASONS)),
    ),
    _rule(
        "year_months",
        DATE_NUMBER_LEAD
        + _dated(
            rf"(?:{_YEAR}){_OF}(?:(?P<fm>{V.FIRST_DAYS_WORD})|{V.LAST_MONTHS_WORD})(?P<n>{_COUNT})"
            rf"(?:{_alt(V.MONTHS_WORDS)})(?![份\d{V.CN_NUMERAL_CHARS}])"
        ),
        _year_months,
        key=V.MONTH_WORD,
    ),
    _rule(
        "same_day",
        DATE_NUMBER_LEAD
        + _dated(
            rf"(?:{_YEAR}|(?P<ago>{_COUNT}){V.YEAR_WORD}(?P<agodir>{_alt(V.DAY_OFFSET_DIRECTIONS)}))"
            rf"{_OF}(?:{_alt(V.SAME_DAY_WORDS)})"
        ),
        _same_day,
    ),
    _rule(
        "nth_weekday",
        DATE_NUMBER_LEAD
        + _dated(
            rf"(?:{_YEAR})?{_MONTH}{_OF}(?:{V.ORDINAL_PREFIX}{_NTH}|(?P<last>{V.LAST_ONE}))"
            rf"(?:{_alt(V.NTH_WEEKDAY_WORDS)})(?P<wd>{_WEEKDAY})"
        ),
        _nth_weekday,
        key=_chars(V.ORDINAL_PREFIX + V.LAST_ONE[0]),
    ),
    _rule(
        "nth_week",
        DATE_NUMBER_LEAD
        + _dated(
            rf"{_YEAR_OR_MONTH}{V.ORDINAL_PREFIX}(?P<n>{_COUNT})(?:{_alt(V.NTH_WEEK_WORDS)})"
            rf"(?![{V.YEAR_WORD}{''.join(V.WEEKDAYS)}])"
        ),
        _nth_week,
        key=V.ORDINAL_PREFIX,
        strict=True,
    ),
    _rule(
        "nth_month",
        DATE_NUMBER_LEAD
        + _dated(
            rf"(?:{_YEAR}){_OF}(?:{_alt(V.FIRST_MONTH_WORDS)}"
            rf"|{V.ORDINAL_PREFIX}(?P<n>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十]){V.NTH_MONTH_WORD})"
        ),
        _nth_month,
        key=_chars(V.FIRST_MONTH_WORDS[0][0] + V.ORDINAL_PREFIX),
    ),
    _rule(
        "half_month",
        DATE_NUMBER_LEAD
        + _dated(rf"(?:(?:{_YEAR})?{_MONTH}{_OF})?(?P<hm>{_alt(V.HALF_MONTHS)})"),
        _half_month,
        key=_chars("".join(V.HALF_MONTHS)),
    ),
    _rule(
        "period_days",
        DATE_NUMBER_LEAD
        + rf"{_YEAR_OR_MONTH}(?:(?P<fd>{V.FIRST_DAYS_WORD})|{_alt(V.LAST_DAYS_WORDS)})"
        + rf"(?P<n>{_COUNT}){V.DAYS_WORD}",
        _period_days,
        key=V.DAYS_WORD,
    ),
    _rule(
        "beginning",
        DATE_NUMBER_LEAD
        + _dated(rf"(?={_unnamed(_YEAR)}|{_unnamed(_MONTH)})(?:{_YEAR})?(?:{_MONTH})?{V.BEGINNING_WORD}"),
        _beginning,
        key=V.BEGINNING_WORD[0],
    ),
)
