"""Date rules for the solar terms and the holidays written without 节 (spec: Holidays).

A solar term (立春 … 冬至) is its computed day, never a season: `2024年冬至` is 2024-12-21.
Terms that are also weather words (大雪, 雨水) need a written year or a holiday word after them. Bare
五一 / 清明 / 元宵 / 小年 / 腊八 are dates after a year word, before a word that follows dates
(前后, 当天, 期间…) or standing alone between clause breaks; elsewhere (五一路, 吃元宵) they are
other words. Both families are registered in `rules.RULES`.
"""

from __future__ import annotations

import re

from timeline._dates import calendar as cal
from timeline._dates import vocab as V
from timeline._dates.resolve import Context, Interval, Resolved
from timeline._dates.rules import (
    _YEAR,
    DATE_NUMBER_LEAD,
    Rule,
    _alt,
    _apply_suffix,
    _chars,
    _dated,
    _day_result,
    _has_year,
    _rule,
    _year_or_pick,
)

_TERMS = [term for term in V.SOLAR_TERMS if term not in V.CONTEXT_HOLIDAYS]
_BREAKS = V.CLAUSE_BREAKS + V.SENTENCE_OPENERS


def _holiday_day(name: str, m: re.Match[str], ctx: Context) -> Resolved | None:
    def build(year: int) -> Interval | None:
        day = cal.holiday_date(name, year)
        return (day, day) if day is not None else None

    found = _year_or_pick(m, ctx, build)
    if found is None:
        return None
    return _apply_suffix(m, ctx, _day_result(found[0][0], found[1]))


def _solar_term(m: re.Match[str], ctx: Context) -> Resolved | None:
    """立春 / 2024年冬至 / 大雪节气: the term's day in the written or inferred year."""
    term = m.group("term")
    written_year = m.group("ya") or m.group("yc")  # 今年雨水充足 is this year's rainfall
    if term in V.WEATHER_SOLAR_TERMS and not (written_year or m.group("tsfx") or m.group("tsfx2")):
        return None
    return _holiday_day(term, m, ctx)


def _standing_alone(text: str, start: int, end: int) -> bool:
    """True when text[start:end] sits between clause breaks (or an opener like 在 / 从 before it)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    opened = not before or before in _BREAKS or before in V.BARE_HOLIDAY_OPENERS or before.isspace()
    closed = not after or after in _BREAKS or after.isspace()
    return opened and closed


def _bare_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """五一 / 清明 / 元宵 without 节, where they stand as a date."""
    if not (_has_year(m) or m.group("bfollow") or _standing_alone(ctx.text, m.start("bare"), m.end("bare"))):
        return None
    return _holiday_day(m.group("bare"), m, ctx)


_NOT_NUMBER_BEFORE = rf"(?<![{V.CN_NUMERAL_CHARS}\d{V.ORDINAL_PREFIX}])"

# Registered before the season rule (2024年冬至 is no winter).
SOLAR_TERM_RULES: tuple[Rule, ...] = (
    _rule(
        "solar_term",
        DATE_NUMBER_LEAD
        + _dated(
            # “小雪”节气: a term in quotes before its suffix keeps both quotes
            rf"(?:{_YEAR})?(?P<tq>{_chars(V.PLAN_OPEN_QUOTES)})?(?P<term>{_alt(_TERMS)})"
            rf"(?(tq){_chars(V.PLAN_CLOSE_QUOTES)}(?P<tsfx>{_alt(V.SOLAR_TERM_SUFFIXES)})"
            rf"|(?P<tsfx2>{_alt(V.SOLAR_TERM_SUFFIXES)})?)"
            rf"(?!{_chars(V.NOT_AFTER_SOLAR_TERM)})(?!(?<={V.FEN_TERM_END}){_alt(V.NOT_AFTER_FEN_TERM)})"
        ),
        _solar_term,
        key=_chars("".join({term[0] for term in _TERMS})),
    ),
)
# Registered after the holiday rule (2025年元宵节 is the holiday with its 节).
BARE_HOLIDAY_RULES: tuple[Rule, ...] = (
    _rule(
        "bare_holiday",
        _dated(
            rf"(?:{_YEAR})?{_NOT_NUMBER_BEFORE}(?P<bare>{_alt(V.BARE_HOLIDAYS)})"
            rf"(?=(?P<bfollow>{_alt(V.BARE_HOLIDAY_FOLLOWERS)})?)(?:{_alt(V.HOLIDAY_SUFFIXES)})?"
        ),
        _bare_holiday,
        key=_chars("".join({name[0] for name in V.BARE_HOLIDAYS})),
    ),
)
