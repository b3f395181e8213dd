"""Date rules for half and approximate counts and spans ahead (spec: Half and approximate counts).

- 半年后 / 一年半后 / 两个半月前 / 半个月后: offsets from the reference date, 半年 being six
  months, 一年半 eighteen and N个半月 N months and fifteen days (calendar.shift);
  the grain is the month (the day for 半个月);
- 十个多月后 / 3年多以来 / 20多个月之后 / 十余年前 / 三个季度后: like N个月后 / N年以来 with
  mod APPROX, at the unit's grain;
- 未来2个月 / 未来10天 / 今后三年: from the day after the reference to the end of the span;
  未来三到七天: from the 3rd day ahead to the 7th;
- 前两天 alone: the day N days before the reference (after a name or date it is no date here).

The rules are registered in `rules.RULES`, before the plain counts.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from timeline._dates import calendar as cal
from timeline._dates import vocab as V
from timeline._dates.resolve import Context, Resolved
from timeline._dates.rules import (
    _COUNT,
    _COUNT_DIRECTION,
    _ORDINAL,
    _SINCE_TAIL,
    Rule,
    _alt,
    _count,
    _day_result,
    _month_result,
    _narrated_now,
    _rule,
)


def _at_grain(day: _dt.date, grain: str, anchor: str = "publication") -> Resolved:
    """The period of `grain` holding `day`."""
    if grain == "day":
        return _day_result(day, anchor)
    if grain == "week":
        start, end = cal.week_interval(day)
        return Resolved(start, end, "week", cal.week_value(start), anchor=anchor)
    if grain == "month":
        return _month_result(cal.month_interval(day.year, day.month), anchor)
    if grain == "quarter":
        first = 3 * ((day.month - 1) // 3) + 1
        start, end = cal.months_interval(day.year, first, first + 2)
        return Resolved(start, end, "quarter", f"{day.year:04d}-Q{(first - 1) // 3 + 1}", anchor=anchor)
    start, end = _dt.date(day.year, 1, 1), _dt.date(day.year, 12, 31)
    return Resolved(start, end, "year", cal.year_value(day.year), anchor=anchor)


def _offset(
    ctx: Context, direction: str, grain: str, months: int, days: int, mod: str | None
) -> Resolved | None:
    """The period `months` and `days` before or after the reference (前/后), or since then (以来:
    up to the written day its sentence narrates, if any, like N年来)."""
    ref = _narrated_now(ctx, _dt.date.min) if direction in V.SINCE_TAILS else ctx.reference
    sign = -1 if direction in V.COUNT_BEFORE or direction in V.SINCE_TAILS else 1
    try:
        day = cal.shift(ref, months=sign * months, days=sign * days)
    except (ValueError, OverflowError) as err:
        if not cal.off_calendar(err):
            raise
        return None
    if day.year < cal.MIN_YEAR or day.year > cal.MAX_YEAR:
        return None
    target = _at_grain(day, grain)
    if direction not in V.SINCE_TAILS:
        return attrs.evolve(target, mod=mod) if mod is not None else target
    assert target.start is not None
    since_grain = "multi-year" if grain == "year" else grain
    return Resolved(
        target.start, ref, since_grain, f"{target.value}/{ref.isoformat()}",
        mod=mod or "SINCE", kind="range", anchor="publication" if ref == ctx.reference else "previous",
    )


def _approx_count(m: re.Match[str], ctx: Context) -> Resolved | None:
    """十个多月后 / 3年多以来 / 十余年前 / 三个季度后: N units from the reference, mod APPROX."""
    unit: str = m.group("unit")
    approx = bool(m.group("m1") or m.group("m2") or m.group("m3"))
    if unit in V.MEASURE_NEEDED and not m.group("cl"):
        return None
    if not approx and unit != QUARTER_UNIT:  # plain counts are the relative_count rule's
        return None
    count = _count(m.group("n"))
    if count is None or count < 1:
        return None
    grain, months, days = V.OFFSET_UNITS[unit]
    return _offset(ctx, m.group("dir"), grain, count * months, count * days, "APPROX" if approx else None)


def _half_count(m: re.Match[str], ctx: Context) -> Resolved | None:
    """半年后 / 一年半后 / 两个半月前 / 半个月后: 半年 is six months, 半个月 fifteen days;
    半个多月前 / 半年多后 count the same with mod APPROX (spec: N多 counts as N)."""
    if m.group("hy"):  # N年半
        count = _count(m.group("hy"))
        return None if count is None else _offset(ctx, m.group("dir"), "month", 12 * count + 6, 0, None)
    if m.group("hm"):  # N个半月
        count = _count(m.group("hm"))
        if count is None:
            return None
        return _offset(ctx, m.group("dir"), "month", count, V.HALF_MONTH_DAYS, None)
    approx: str | None = m.group("ma") or m.group("ya")  # 半个多月前, 半年多后
    mod = "APPROX" if approx else None
    half_unit: str | None = m.group("half_unit")
    if half_unit == "年":
        return _offset(ctx, m.group("dir"), "month", 6, 0, mod)
    return _offset(ctx, m.group("dir"), "day", 0, V.HALF_MONTH_DAYS, mod)


def _future_span(m: re.Match[str], ctx: Context) -> Resolved | None:
    """未来2个月 / 未来10天 / 今后三年: the day after the reference to the end of the span."""
    unit = m.group("unit")
    if unit in V.MEASURE_NEEDED and not m.group("cl"):
        return None
    approx = V.APPROX_NUMBER_PAIRS.get(m.group("n")) if not m.group("n2") else None
    count = approx or _count(m.group("n"))
    upper = _count(m.group("n2")) if m.group("n2") else None
    if count is None or count < 1 or (m.group("n2") and (upper is None or upper < count)):
        return None
    grain, months, days = V.OFFSET_UNITS[unit]
    ref = ctx.reference
    try:
        if upper is None:
            start = ref + _dt.timedelta(days=1)
            end = cal.shift(ref, months=count * months, days=count * days)
        else:  # 未来三到七天: from the 3rd unit ahead to the 7th
            start = cal.shift(ref, months=count * months, days=count * days)
            end = cal.shift(ref, months=upper * months, days=upper * days)
    except (ValueError, OverflowError) as err:
        if not cal.off_calendar(err):
            raise
        return None
    return Resolved(
        start,
        end,
        grain,
        f"{start.isoformat()}/{end.isoformat()}",
        mod="APPROX" if approx else None,
        kind="range",
        anchor="publication",
    )


def _past_days(m: re.Match[str], ctx: Context) -> Resolved | None:
    """前两天 alone: the day N days before the reference."""
    count = _count(m.group("n"))
    if count is None or not 1 <= count <= 10:
        return None
    return _day_result(ctx.reference - _dt.timedelta(days=count), "publication")


_UNIT = _alt(V.OFFSET_UNITS)
QUARTER_UNIT = "季度"  # a count of quarters is read even without 多/余
_DIRECTION = rf"(?P<dir>{_COUNT_DIRECTION}|{_SINCE_TAIL})"

RULES: tuple[Rule, ...] = (
    _rule(
        "half_count",
        rf"(?:(?<!{_ORDINAL})(?P<hy>{_COUNT}){V.YEAR_WORD}{V.HALF}|(?<!{_ORDINAL})(?P<hm>{_COUNT})"
        rf"{V.MEASURE_WORD}{V.HALF}{V.MONTH_WORD}|(?<![{V.CN_NUMERAL_CHARS}\d]){V.HALF}"
        rf"(?P<half_unit>{V.YEAR_WORD}|{V.MEASURE_WORD}(?P<ma>{V.APPROX_AFTER_UNIT})?{V.MONTH_WORD})"
        rf"(?P<ya>{V.APPROX_AFTER_UNIT})?){_DIRECTION}",
        _half_count,
        key=V.HALF,
    ),
    _rule(
        "approx_count",
        rf"(?<!{_ORDINAL})(?P<n>{_COUNT})(?P<m1>[{V.APPROX_AFTER_NUMBER}])?(?P<cl>{V.MEASURE_WORD})?"
        rf"(?P<m2>{V.APPROX_AFTER_UNIT})?(?P<unit>{_UNIT})(?P<m3>{V.APPROX_AFTER_UNIT})?{_DIRECTION}",
        _approx_count,
        key=f"[{V.APPROX_AFTER_NUMBER}{V.APPROX_AFTER_UNIT}{QUARTER_UNIT[0]}]",
    ),
    _rule(
        "future_span",
        rf"(?:{_alt(V.FUTURE_SPAN_PREFIXES)})(?P<n>{_COUNT})"
        rf"(?:(?:{_alt(V.SPAN_RANGE_SEPARATORS)})(?P<n2>{_COUNT}))?(?P<cl>{V.MEASURE_WORD})?(?P<unit>{_UNIT})",
        _future_span,
    ),
    _rule(
        "past_days",
        rf"(?<![^{re.escape(V.PAST_DAYS_OPENERS)}]){V.PAST_DAYS_WORD}(?P<n>{_COUNT})天",
        _past_days,
    ),
)
