"""The calendar helpers behind the date rules: numerals, month arithmetic, floating holidays,
solar terms and lunar months. Expected values come from published calendars, not from the code."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline._dates import calendar as cal
from timeline._dates import lunar
from timeline.dates import extract

D = dt.date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二十三", 23), ("二〇二四", 2024), ("两千零四", 2004), ("一万二千", 12000), ("3万", 30000),
        ("十几", None),
    ],
)
def test_chinese_number(text: str, value: int | None) -> None:
    assert cal.chinese_number(text) == value


@pytest.mark.parametrize(
    ("day", "years", "months", "days", "expected"),
    [
        (D(2024, 8, 31), 0, 18, 0, D(2026, 2, 28)),  # month ends are clamped
        (D(2023, 8, 31), 0, 6, 0, D(2024, 2, 29)),  # into a leap February
        (D(2024, 2, 29), 1, 0, 0, D(2025, 2, 28)),
        (D(2025, 5, 10), 0, -2, -15, D(2025, 2, 23)),
    ],
)
def test_shift(day: dt.date, years: int, months: int, days: int, expected: dt.date) -> None:
    assert cal.shift(day, years=years, months=months, days=days) == expected


@given(
    day=st.dates(),
    years=st.integers(-20, 20),
    months=st.integers(-400, 400),
    days=st.integers(-2000, 2000),
)
def test_shift_moves_whole_months_then_days(day: dt.date, years: int, months: int, days: int) -> None:
    """Years and months move the month and keep the day, cut to the month's end; then days are
    added. Outside the calendar the error is one `off_calendar` recognises."""
    try:
        found = cal.shift(day, years=years, months=months, days=days)
    except (ValueError, OverflowError) as err:
        assert cal.off_calendar(err)
        return
    moved = found - dt.timedelta(days=days)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == 12 * years + months
    assert moved.day == min(day.day, calendar.monthrange(moved.year, moved.month)[1])


@pytest.mark.parametrize(
    ("year", "month", "weekday", "nth", "expected"),
    [
        (2024, 5, 6, 2, D(2024, 5, 12)),  # 母亲节
        (2024, 3, 6, 5, D(2024, 3, 31)),  # March 2024 has five Sundays
        (2025, 2, 6, 5, None),  # February 2025 has four (the 5th was once found in 2032)
        (2025, 2, 0, -1, D(2025, 2, 24)),  # the last Monday
        (2025, 6, 0, -5, D(2025, 6, 2)),
        (2025, 6, 0, -6, None),
        (2025, 6, 0, 0, None),
    ],
)
def test_floating_holiday(year: int, month: int, weekday: int, nth: int, expected: dt.date | None) -> None:
    assert cal.floating_holiday(year, month, weekday, nth) == expected


def test_a_fifth_weekday_that_the_month_lacks_is_no_date_of_another_year() -> None:
    found = extract("2025年2月第5个星期日举行", "2025-01-01")
    assert all(e.start is None or e.start.year == 2025 for e in found)


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("母亲节", 2024, D(2024, 5, 12)),
        ("母亲节", 2025, D(2025, 5, 11)),
        ("父亲节", 2024, D(2024, 6, 16)),
        ("感恩节", 2023, D(2023, 11, 23)),
        ("感恩节", 2025, D(2025, 11, 27)),
        ("冬至", 2024, D(2024, 12, 21)),
        ("冬至", 2023, D(2023, 12, 22)),
        ("清明", 2023, D(2023, 4, 5)),
        ("立春", 2025, D(2025, 2, 3)),
        ("小寒", 2024, D(2024, 1, 6)),
        ("元宵", 2025, D(2025, 2, 12)),
        ("情人节", 2024, D(2024, 2, 14)),
        ("不存在的节", 2024, None),
    ],
)
def test_holiday_date(name: str, year: int, expected: dt.date | None) -> None:
    assert cal.holiday_date(name, year) == expected


def test_every_year_has_the_24_solar_terms_once() -> None:
    for year in (1901, 1984, 2024, 2099):
        terms = lunar.solar_terms(year)
        assert len(terms) == 24
        assert all(day.year == year for day in terms.values())


@pytest.mark.parametrize(
    ("year", "month", "leap", "expected"),
    [
        (2020, 4, True, (D(2020, 5, 23), D(2020, 6, 20))),  # 闰四月
        (2021, 1, False, (D(2021, 2, 12), D(2021, 3, 12))),  # 正月
        (2024, 12, False, (D(2024, 12, 31), D(2025, 1, 28))),  # 腊月 across the year turn
        (2021, 4, True, None),  # 2021 has no leap fourth month
        (1800, 1, False, None),  # outside the calendar tables
    ],
)
def test_lunar_month_interval(
    year: int, month: int, leap: bool, expected: tuple[dt.date, dt.date] | None
) -> None:
    assert lunar.month_interval(year, month, leap) == expected


def test_lunar_day_and_same_month() -> None:
    assert lunar.day(2012, 1, 8) == D(2012, 1, 30)
    assert lunar.day(2024, 12, 30) is None  # 腊月 2024 has 29 days
    assert lunar.same_lunar_month_day(D(2026, 2, 19), 5) == D(2026, 2, 21)  # 大年初三 → 初五


_ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"


def _nearest_lunar_year(animal: str, reference: dt.date, coming: bool) -> tuple[dt.date, dt.date] | None:
    """Every lunar year of the animal within a cycle and a year of the reference, read whole: the
    coming one (ending on or after the reference) or the nearest (the earlier of two as near)."""
    index = _ANIMALS.index(animal)
    years = [y for y in range(reference.year - 61, reference.year + 62) if (y - 1984) % 12 == index]
    intervals = [iv for y in years if (iv := lunar.year_interval(y)) is not None]
    if coming:
        return min((iv for iv in intervals if iv[1] >= reference), default=None)

    def distance(iv: tuple[dt.date, dt.date]) -> int:
        return max((iv[0] - reference).days, (reference - iv[1]).days, 0)

    return min(intervals, key=distance, default=None)


def test_an_animal_year_is_the_nearest_or_the_coming_lunar_year() -> None:
    """Only the lunar years that can be the one chosen are read (each takes milliseconds to
    build); the choice is the one made over all of them, on days around the lunar new year most
    (where two lunar years meet) and near the ends of the lunar tables (1901-2100)."""
    days = [(1, 1), (1, 20), (1, 31), (2, 5), (2, 12), (2, 20), (3, 1), (7, 1), (12, 31)]
    for year in (1880, 1900, 1901, 1960, 2020, 2021, 2023, 2099, 2100, 2101, 2160):
        for month, day in days:
            reference = dt.date(year, month, day)
            for animal in _ANIMALS:
                for coming in (False, True):
                    text = f"{animal}年即将到来。" if coming else f"今年是农历{animal}年。"
                    read = extract(text, reference)
                    found = [(e.start, e.end) for e in read if e.text.endswith(f"{animal}年")]
                    expected = _nearest_lunar_year(animal, reference, coming)
                    assert found == ([expected] if expected is not None else []), (animal, reference, coming)
