"""Date rules for lunar dates whose year is written before them (spec: Lunar dates).

- 农历1955年11月6日: 农历 before a written year makes the month and day after it lunar;
- 庚子鼠年, 农历虎年, 兔年: a lunar year named by its animal (and its cycle name), 正月初一 to the
  eve of the next; of the years of that name, the one under way at the reference date, else the
  nearest (spec silent: a twelve-year cycle's latest past one is a decade off as often as not),
  or under a forward cue the coming one. A cycle name alone (甲午年) stays unread: in a
  history it is as likely 1894 as 2014;
- 己亥年八月初二: a year named by the sexagenary cycle, with a lunar month (and day), is read
  only when a year of the same sentence names the same cycle year (1959年9月4日（己亥年八月初二）);
  otherwise the whole expression is skipped: neither the Gregorian reading of its month nor a
  guess of its sixty-year cycle.

The rules are registered in `rules.RULES`, before the other lunar rules.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from timeline._dates import calendar as cal
from timeline._dates import lunar
from timeline._dates import vocab as V
from timeline._dates.resolve import Context, Interval, Resolved
from timeline._dates.rules import (
    _CN_NUMERAL,
    _LUNAR_MONTH,
    _MARKED_LUNAR_DAY,
    _YEAR,
    Rule,
    _alt,
    _apply_suffix,
    _chars,
    _dated,
    _day_result,
    _lunar_number,
    _rule,
    _year_or_pick,
)

CYCLE = 60
CYCLE_BASE = 1984  # 甲子年


def _lunar_result(m: re.Match[str], ctx: Context, year: int | None) -> Resolved | None:
    """The lunar month (and day) of the match in lunar `year` (None: the written year)."""
    month = _lunar_number(m.group("slm"), V.LUNAR_MONTH_NAMES)
    day_word = m.group("sld")
    day = _lunar_number(day_word, {}) if day_word else None
    leap = bool(m.group("sleap"))
    if month is None or not 1 <= month <= 12 or (day_word and (day is None or not 1 <= day <= 30)):
        return None

    def build(lunar_year: int) -> Interval | None:
        if day is None:
            return lunar.month_interval(lunar_year, month, leap)
        found = lunar.day(lunar_year, month, day, leap)
        return (found, found) if found is not None else None

    if year is None:
        found = _year_or_pick(m, ctx, build)
        if found is None:
            return None
        interval, anchor = found[0], found[1]
    else:
        built = build(year)
        if built is None:
            return None
        interval, anchor = built, "previous"
    if day is None:
        start, end = interval
        return _apply_suffix(
            m, ctx, Resolved(start, end, "month", f"{start.isoformat()}/{end.isoformat()}", anchor=anchor)
        )
    return _apply_suffix(m, ctx, _day_result(interval[0], anchor))


def _lunar_written_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """农历1955年11月6日: the written year's lunar month and day."""
    return _lunar_result(m, ctx, None)


def _sexagenary(m: re.Match[str], ctx: Context) -> Resolved | None:
    """己亥年八月初二: lunar, in the year of the sentence that names the same cycle year, else nothing."""
    stem, branch = V.HEAVENLY_STEMS.index(m.group("stem")), V.EARTHLY_BRANCHES.index(m.group("branch"))
    if (stem - branch) % 2 or not m.group("slm"):
        return None
    antecedent = ctx.year_antecedent()
    if antecedent is None or antecedent.start is None:
        return None
    year = antecedent.start.year
    cycle_position = next(i for i in range(CYCLE) if i % 10 == stem and i % 12 == branch)
    if (year - CYCLE_BASE) % CYCLE != cycle_position:
        return None
    return _lunar_result(m, ctx, year)


def _festival_lunar_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2016八月十五 / 中秋节（八月十五）: the festival's lunar day when the text names the festival."""
    month, day, names = V.FESTIVAL_LUNAR_DAYS[m.group("fday")]
    if not any(name in ctx.text for name in names):
        return None

    def build(lunar_year: int) -> Interval | None:
        found = lunar.day(lunar_year, month, day, False)
        return (found, found) if found is not None else None

    if m.group("fy"):
        interval = build(int(m.group("fy")))
        return _apply_suffix(m, ctx, _day_result(interval[0], "absolute")) if interval is not None else None
    picked = _year_or_pick(m, ctx, build)
    return _apply_suffix(m, ctx, _day_result(picked[0][0], picked[1])) if picked is not None else None


def _lunar_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """庚子鼠年 / 农历虎年 / 兔年: the lunar year of that animal (and cycle name) nearest the reference."""
    animal = V.ZODIAC_ANIMALS.index(m.group("animal"))
    stem, branch = m.group("ystem"), m.group("ybranch")
    if branch is not None and V.EARTHLY_BRANCHES.index(branch) != animal:
        return None
    stem_index = V.HEAVENLY_STEMS.index(stem) if stem else None
    if stem_index is not None and (stem_index - animal) % 2:
        return None
    ref = ctx.reference.year
    years = [
        year
        for year in range(ref - CYCLE - 1, ref + CYCLE + 2)
        if (year - CYCLE_BASE) % 12 == animal
        and (stem_index is None or (year - CYCLE_BASE) % 10 == stem_index)
    ]
    # Each lunar year is read from lunar_python only when asked for (building one takes
    # milliseconds): the nearest first, and only those that could be the one chosen.
    known: dict[int, Interval | None] = {}

    def interval(year: int) -> Interval | None:
        if year not in known:
            known[year] = lunar.year_interval(year)
        return known[year]

    def away(year: int) -> int:
        return abs(year - ref)

    if all(interval(year) is None for year in sorted(years, key=away)):
        return None
    day = ctx.reference
    if ctx.forward():
        # the lunar years follow one another: the first one not over before the day
        found = next((iv for year in years if (iv := _not_over(year, day, interval)) is not None), None)
        if found is None:
            return None
        start, end = found
    else:  # the one under way, else the nearest: a cycle of twelve years has no "latest" to trust
        nearest = _nearest_lunar_year(years, day, interval)
        if nearest is None:
            return None
        start, end = nearest
    return Resolved(start, end, "year", f"{start.isoformat()}/{end.isoformat()}", anchor="publication")


#: Bounds of the Gregorian days a lunar year can start and end on (正月初一 falls between 21
#: January and 20 February), with a margin: they only spare reading the years that cannot matter.
_LUNAR_YEAR_EARLIEST_START = (1, 1)
_LUNAR_YEAR_LATEST_END = (3, 1)


def _year_bounds(year: int) -> tuple[_dt.date, _dt.date] | None:
    """The earliest day lunar year `year` can start on and the latest it can end on, or None
    near the ends of the calendar (such a year is read, not bounded)."""
    if not cal.MIN_YEAR <= year < cal.MAX_YEAR:
        return None
    return _dt.date(year, *_LUNAR_YEAR_EARLIEST_START), _dt.date(year + 1, *_LUNAR_YEAR_LATEST_END)


def _not_over(year: int, day: _dt.date, interval: Callable[[int], Interval | None]) -> Interval | None:
    """Lunar year `year` when it is not over before `day` (it ends on or after it), else None."""
    bounds = _year_bounds(year)
    if bounds is not None and bounds[1] < day:
        return None  # over before the day, wherever its new year falls
    found = interval(year)
    return found if found is not None and found[1] >= day else None


def _nearest_lunar_year(
    years: list[int], day: _dt.date, interval: Callable[[int], Interval | None]
) -> Interval | None:
    """Of the lunar years `years` (in order), the one under way on `day`, else the nearest (the
    first of two as near): the years are read in the order of how near they can be, until the
    next one cannot be as near as the best found."""

    def distance(start: _dt.date, end: _dt.date) -> int:
        return max((start - day).days, (day - end).days, 0)

    def least_distance(year: int) -> int:
        bounds = _year_bounds(year)
        return 0 if bounds is None else distance(*bounds)

    best: tuple[int, int, Interval] | None = None  # distance, year, interval
    for year in sorted(years, key=least_distance):
        if best is not None and least_distance(year) > best[0]:
            break
        found = interval(year)
        if found is not None and (best is None or (distance(*found), year) < (best[0], best[1])):
            best = (distance(*found), year, found)
    return best[2] if best is not None else None


_LUNAR_TAIL = (
    rf"(?P<sleap>{V.LEAP_MONTH_MARK})?(?P<slm>{_LUNAR_MONTH}|\d{{1,2}}){V.MONTH_WORD}"
    rf"(?P<sld>{_MARKED_LUNAR_DAY})?(?:{_alt(V.DAY_WORDS)})?"
)

# Registered before the month-and-day rules of `rules_parts`, which would read the Gregorian day.
FESTIVAL_DAY_RULES: tuple[Rule, ...] = (
    _rule(
        "festival_lunar_day",
        _dated(
            rf"(?:(?<![\d.\-/])(?P<fy>1[6-9]\d\d|20\d\d)|{_YEAR})?"
            rf"(?<![{_CN_NUMERAL}])(?P<fday>{_alt(V.FESTIVAL_LUNAR_DAYS)})(?![{_CN_NUMERAL}\d])"
            rf"(?:{_alt(V.DAY_WORDS)})?",
            tod=True,
        ),
        _festival_lunar_day,
        key=_alt(V.FESTIVAL_LUNAR_DAYS),
    ),
)

RULES: tuple[Rule, ...] = (
    _rule(
        "lunar_written_year",
        _dated(rf"(?:{_alt(V.LUNAR_PREFIXES)})(?:{_YEAR}){_LUNAR_TAIL}"),
        _lunar_written_year,
    ),
    _rule(
        "lunar_year",
        rf"(?:{_alt(V.LUNAR_PREFIXES)})?(?:(?P<ystem>{_chars(V.HEAVENLY_STEMS)})(?P<ybranch>{_chars(V.EARTHLY_BRANCHES)})"
        rf"|(?<!{_chars(V.NOT_BEFORE_ZODIAC_YEAR)}))(?P<animal>{_chars(V.ZODIAC_ANIMALS)}){V.YEAR_WORD}"
        rf"(?!{_alt(V.NOT_AFTER_ZODIAC_YEAR)})",
        _lunar_year,
    ),
    _rule(
        "sexagenary_date",
        _dated(
            rf"(?:{_alt(V.LUNAR_PREFIXES)})?(?P<stem>{_chars(V.HEAVENLY_STEMS)})"
            rf"(?P<branch>{_chars(V.EARTHLY_BRANCHES)}){V.YEAR_WORD}(?:{_LUNAR_TAIL})?"
        ),
        _sexagenary,
    ),
)
