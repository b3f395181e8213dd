"""Calendar arithmetic for the date rules: numerals, month ends, weeks, holidays, TIMEX3 labels.

Everything here is a pure function of its arguments; nothing reads the clock.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as _dt

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from timeline._dates import lunar, vocab
from timeline._typed import lru_cached

MIN_YEAR = 1
MAX_YEAR = 9999


def chinese_number(text: str) -> int | None:
    """Value of a number written in Arabic digits or Chinese numerals, else None.

    Digit strings (二〇二四) read digit by digit; spelled numbers (二十三, 一百零五) by units.

        >>> chinese_number("二十三"), chinese_number("二〇二四"), chinese_number("12")
        (23, 2024, 12)
    """
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    if any(ch not in vocab.DIGITS and ch not in vocab.UNITS for ch in text):
        return _spelled_number(text)
    if not any(ch in vocab.UNITS for ch in text):
        digits = [vocab.DIGITS.get(ch) for ch in text]
        if any(d is None for d in digits):
            return None
        value = 0
        for digit in digits:
            value = value * 10 + (digit or 0)
        return value
    total = 0
    pending = 0
    for ch in text:
        if ch in vocab.DIGITS:
            pending = vocab.DIGITS[ch]
        elif ch in vocab.UNITS:
            total += (pending or 1) * vocab.UNITS[ch]
            pending = 0
        else:
            return None
    return total + pending


@lru_cached(maxsize=1024)
def _spelled_number(text: str) -> int | None:
    """Numbers beyond the simple digits and units (一万二千, 1万): cn2an, cached per spelling.

    cn2an is imported on the first such number: importing it compiles its own patterns (about a
    sixth of the date engine's import), and most texts hold none.
    """
    import cn2an

    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return int(value) if value == int(value) and value >= 0 else None


def off_calendar(err: BaseException) -> bool:
    """True when `err` is `datetime` or `calendar` refusing a date that is not on the calendar
    (year 0 or 10000, month 13, 30 February, arithmetic past 9999): an expected miss, which a
    resolver turns into "no date". Any other ValueError is a bug and must surface.

    >>> off_calendar(ValueError("day is out of range for month")), off_calendar(ValueError("x"))
    (True, False)
    """
    if isinstance(err, (OverflowError, _calendar.IllegalMonthError)):
        return True
    message = str(err)
    return isinstance(err, ValueError) and (
        "out of range" in message or "must be in 1..12" in message or "must be >= 1" in message
    )


def shift(day: _dt.date, *, years: int = 0, months: int = 0, days: int = 0) -> _dt.date:
    """`day` moved by whole years, months and days (31 March + 1 month = 30 April), by dateutil's
    relativedelta. ValueError or OverflowError past the calendar's ends.

        >>> shift(_dt.date(2024, 8, 31), months=18, days=15)
        datetime.date(2026, 3, 15)
    """
    return day + relativedelta(years=years, months=months, days=days)


def month_end(year: int, month: int) -> _dt.date:
    """Last day of a month."""
    return _dt.date(year, month, _calendar.monthrange(year, month)[1])


def valid_day(year: int, month: int, day: int) -> bool:
    """True when year-month-day exists."""
    return (
        MIN_YEAR <= year <= MAX_YEAR
        and 1 <= month <= 12
        and 1 <= day <= _calendar.monthrange(year, month)[1]
    )


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_interval(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    """First and last day of a month."""
    return _dt.date(year, month, 1), month_end(year, month)


def months_interval(year: int, first: int, last: int) -> tuple[_dt.date, _dt.date]:
    """From the first day of month `first` to the last day of month `last` (may pass December)."""
    end_year, end_month = add_months(year, first, last - first)
    return _dt.date(year, first, 1), month_end(end_year, end_month)


def week_interval(day: _dt.date) -> tuple[_dt.date, _dt.date]:
    """Monday to Sunday of the week holding `day`."""
    monday = day - _dt.timedelta(days=day.weekday())
    return monday, monday + _dt.timedelta(days=6)


def week_value(day: _dt.date) -> str:
    """ISO week label of the week holding `day`, e.g. 2025-W47."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def day_value(day: _dt.date) -> str:
    """TIMEX3 label of a day."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """TIMEX3 label of a month."""
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    """TIMEX3 label of a year."""
    return f"{year:04d}"


def holiday_date(name: str, year: int) -> _dt.date | None:
    """Gregorian day of a holiday in `year`, computed (lunar ones via lunar_python), else None.

        >>> holiday_date("春节", 2025)
        datetime.date(2025, 1, 29)
    """
    name = vocab.CONTEXT_HOLIDAYS.get(name, name)
    if name in vocab.SOLAR_HOLIDAYS:
        month, day = vocab.SOLAR_HOLIDAYS[name]
        return _dt.date(year, month, day) if MIN_YEAR <= year <= MAX_YEAR else None
    if year not in lunar.YEARS:
        return None
    if name in vocab.LUNAR_HOLIDAYS:
        month, day, shift = vocab.LUNAR_HOLIDAYS[name]
        found = lunar.day(year, month, day)
        return found + _dt.timedelta(days=shift) if found is not None else None
    if name in vocab.FLOATING_HOLIDAYS:
        return floating_holiday(year, *vocab.FLOATING_HOLIDAYS[name])
    return lunar.solar_terms(year).get(vocab.SOLAR_TERM_HOLIDAYS.get(name, name))


_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)  # dateutil's weekdays, Monday = 0 as in datetime


@lru_cached(maxsize=1024)
def floating_holiday(year: int, month: int, weekday: int, nth: int) -> _dt.date | None:
    """The `nth` given weekday (Monday = 0) of a month, counted from its end when `nth` is
    negative (-1: the last): 母亲节 is (5, 6, 2), the 2nd Sunday of May. None when the month has
    no such day (a fifth Sunday of February 2025).

        >>> floating_holiday(2024, 11, 3, 4), floating_holiday(2025, 2, 6, 5)
        (datetime.date(2024, 11, 28), None)
        >>> floating_holiday(2024, 4, 0, -1)
        datetime.date(2024, 4, 29)
    """
    if nth == 0:
        return None
    days = _calendar.monthrange(year, month)[1]
    start = _dt.date(year, month, 1 if nth > 0 else days)
    found = start + relativedelta(weekday=_WEEKDAYS[weekday](nth))
    return found if found.month == month else None
