"""Date rules for a month with a bare day, Chinese-numeral range ends and numeric ranges (spec: Ranges).

- 一月二十三 / 十月31: a month and a day without 日/号, when the day is in Chinese numerals or
  the pair ends its clause (or opens a range: 1月3至2月10); 八月十五-like lunar festival days
  in Chinese numerals are left unread (the festival, not August);
- 十二日 / 十五号 in Chinese numerals as the second end of a range (六月十日至十二日,
  从2018年12月九号到十五号), and 初五 in the first end's lunar month (大年初三至初五), never alone;
- 2018/1/10-2018/7/10, 1999.08-2002.02, 2008.03-2009: two numeric dates joined by a dash.

The rules are registered in `rules.RULES`.
"""

from __future__ import annotations

import datetime as _dt
import re

from timeline._dates import calendar as cal
from timeline._dates import lunar
from timeline._dates import vocab as V
from timeline._dates.resolve import Context, Interval, Resolved
from timeline._dates.rules import (
    _DAY,
    _MONTH,
    _YEAR,
    DATE_NUMBER_LEAD,
    Rule,
    _alt,
    _apply_suffix,
    _calendar,
    _dated,
    _day_result,
    _month_day,
    _month_number,
    _month_result,
    _plausible_year,
    _relative_month,
    _rule,
    join_range,
)

_CN_DAY = _alt(V.DAY_NUMERALS)
_SEPARATOR = _alt(V.RANGE_SEPARATORS)


def _month_bare_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """一月二十三 / 十月31 / 1月3 (至…): the month's day, year written or inferred."""
    chinese = m.group("bdc")
    day = cal.chinese_number(chinese or m.group("bdn"))
    if day is None or not 1 <= day <= 31:
        return None
    relative = _relative_month(m, ctx)
    if relative is not None:
        year, month, anchor = relative
        if not cal.valid_day(year, month, day):
            return None
        return _apply_suffix(m, ctx, _day_result(_dt.date(year, month, day), anchor))
    written = _month_number(m)
    if written is None or not 1 <= written <= 12:
        return None
    if chinese and m.group("mc") and (written, day) in V.LUNAR_FESTIVAL_DAYS:
        return None
    return _month_day(m, ctx, written, day)


def _range_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """十二日 in Chinese numerals as the right end of a range: in the left end's month (or the next)."""
    if ctx.inherit is None or ctx.inherit.start is None:
        return None
    word = m.group("rld")
    if word:
        word = V.LUNAR_DAY_VARIANTS.get(word, word)
        before = ctx.text[max(0, ctx.start - V.RANGE_LUNAR_LOOKBACK) : ctx.start]
        marked = word.startswith(V.LUNAR_FIRST_DAYS) or any(mark in before for mark in V.RANGE_LUNAR_MARKS)
        if not marked:
            return None
        found = lunar.same_lunar_month_day(ctx.inherit.start, V.LUNAR_DAYS.index(word) + 1)
        return _day_result(found, ctx.inherit.anchor) if found is not None else None
    day = cal.chinese_number(m.group("rdc"))
    if day is None:
        return None

    def build(year: int, month: int) -> Interval | None:
        if not cal.valid_day(year, month, day):
            return None
        found = _dt.date(year, month, day)
        return found, found

    picked = ctx.pick_month(build)
    return _day_result(picked[0][0], picked[1]) if picked is not None else None


def _numeric_end(text: str) -> Resolved | None:
    """2018/1/10, 1999.08 or 2009 as one end of a numeric range."""
    parts = [int(part) for part in re.split(f"[{re.escape(V.NUMERIC_DATE_SEPARATORS)}]", text)]
    year = parts[0]
    if not _plausible_year(year):
        return None
    if len(parts) == 1:
        return Resolved(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", cal.year_value(year))
    if not 1 <= parts[1] <= 12:
        return None
    if len(parts) == 2:
        return _month_result(cal.month_interval(year, parts[1]), "absolute")
    if not cal.valid_day(year, parts[1], parts[2]):
        return None
    return _day_result(_dt.date(year, parts[1], parts[2]), "absolute")


def _numeric_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2018/1/10-2018/7/10, 1999.08-2002.02, 2008.03-2009."""
    left, right = _numeric_end(m.group("na")), _numeric_end(m.group("nb"))
    if left is None or right is None:
        return None
    return join_range(left, right)


_NUMERIC_DATE = r"\d{{4}}(?P<s{0}>[-./])\d{{1,2}}(?:(?P=s{0})\d{{1,2}})?"
_NUMERIC_SEPARATOR = _alt(V.NUMERIC_RANGE_SEPARATORS)

# Registered before the single numeric dates (2018/1/10 would take the first end alone).
NUMERIC_RANGE_RULES: tuple[Rule, ...] = (
    _rule(
        "numeric_range",
        rf"(?<![\d.\-/])(?P<na>{_NUMERIC_DATE.format(1)})\s*(?:{_NUMERIC_SEPARATOR})\s*"
        rf"(?P<nb>{_NUMERIC_DATE.format(2)}|\d{{4}})(?![\d%]|\.\d)",
        _numeric_range,
        is_range=True,
    ),
)
RULES: tuple[Rule, ...] = (
    _rule(  # 下个月的十号: 的 between the month and its day
        "month_of_day",
        DATE_NUMBER_LEAD + _dated(rf"(?:{_YEAR})?{_MONTH}{V.OF_WORD}{_DAY}", tod=True),
        _calendar,
        key=V.OF_WORD,
    ),
    _rule(
        "month_bare_day",
        DATE_NUMBER_LEAD
        + _dated(
            rf"(?:{_YEAR})?{_MONTH}(?:(?P<bdc>{_CN_DAY})(?![{V.NOT_AFTER_BARE_CN_DAY}])"
            rf"(?=[{V.BARE_DAY_ENDS}{V.BARE_CN_DAY_FOLLOWERS}]|{_SEPARATOR}|$)"
            rf"|(?P<bdn>\d{{1,2}})(?![\d.%])(?=\s*(?:[{V.BARE_DAY_ENDS}]|{_SEPARATOR}|$)))"
        ),
        _month_bare_day,
        key=V.MONTH_WORD,
        strict=True,  # 八月十五 with no festival named: no date, never the month 八月 alone
    ),
    _rule(
        "range_day",
        rf"(?<![{V.CN_NUMERAL_CHARS}])(?P<rdc>{_CN_DAY})(?:{_alt(V.DAY_WORDS)})"
        rf"|(?<![{V.CN_NUMERAL_CHARS}])(?P<rld>{_alt([*V.LUNAR_DAYS, *V.LUNAR_DAY_VARIANTS])})"
        rf"(?![{V.NOT_AFTER_BARE_CN_DAY}])",
        _range_day,
    ),
)
