"""The Chinese calendar for the date rules: lunar months and days, and the 24 solar terms.

lunar_python computes both; its answers are read once per year into small tables (cached), so a
text full of lunar dates costs one computation per year it mentions, not one per date.
"""

from __future__ import annotations

import datetime as _dt

from lunar_python import Lunar, LunarYear, Solar

from timeline._typed import cached, lru_cached

YEARS = range(1901, 2101)  # the lunar years lunar_python covers

# Julian day number of 0001-01-01 minus one: date.fromordinal(julian_day - JULIAN_OFFSET).
JULIAN_OFFSET = 1721425


@cached
def _months(year: int) -> dict[tuple[int, bool], tuple[_dt.date, int]]:
    """The months of lunar year `year` as (month, leap) -> (first Gregorian day, day count).

    Computed once per year: lunar_python keeps only the last year it built, so a text that
    switches between two years would rebuild them again and again.
    """
    months: dict[tuple[int, bool], tuple[_dt.date, int]] = {}
    for lunar_month in LunarYear.fromYear(year).getMonths():
        if lunar_month.getYear() != year:
            continue
        number = lunar_month.getMonth()
        first = _dt.date.fromordinal(int(lunar_month.getFirstJulianDay() + 0.5) - JULIAN_OFFSET)
        months[(abs(number), number < 0)] = (first, lunar_month.getDayCount())
    return months


def month_interval(year: int, month: int, leap: bool = False) -> tuple[_dt.date, _dt.date] | None:
    """First and last Gregorian day of a lunar month (`leap`: the leap month after `month`).

    None when the lunar year is out of range or has no such (leap) month.

        >>> month_interval(2020, 4, leap=True)
        (datetime.date(2020, 5, 23), datetime.date(2020, 6, 20))
    """
    if year not in YEARS:
        return None
    found = _months(year).get((month, leap))
    if found is None:
        return None
    first, count = found
    return first, first + _dt.timedelta(days=count - 1)


def day(year: int, month: int, day_: int, leap: bool = False) -> _dt.date | None:
    """Gregorian day of lunar `month`/`day_` (of the leap month when `leap`) of lunar year `year`.

    None when that lunar month has no such day (三十 of a 29-day month) or the year is out of range.

        >>> day(2012, 1, 8)
        datetime.date(2012, 1, 30)
    """
    if year not in YEARS or day_ < 1:
        return None
    found = _months(year).get((month, leap))
    if found is None or day_ > found[1]:
        return None
    return found[0] + _dt.timedelta(days=day_ - 1)


def year_interval(year: int) -> tuple[_dt.date, _dt.date] | None:
    """First and last Gregorian day of lunar year `year` (正月初一 to the eve of the next one).

        >>> year_interval(2020)
        (datetime.date(2020, 1, 25), datetime.date(2021, 2, 11))
    """
    first = day(year, 1, 1)
    following = day(year + 1, 1, 1)
    if first is None or following is None:
        return None
    return first, following - _dt.timedelta(days=1)


def same_lunar_month_day(day_: _dt.date, lunar_day: int) -> _dt.date | None:
    """The Gregorian day of `lunar_day` in the lunar month holding `day_` (大年初三至初五).

        >>> same_lunar_month_day(_dt.date(2026, 2, 19), 5)
        datetime.date(2026, 2, 21)
    """
    found = Solar.fromYmd(day_.year, day_.month, day_.day).getLunar()
    month = found.getMonth()
    return day(found.getYear(), abs(month), lunar_day, leap=month < 0)


@lru_cached(maxsize=256)
def solar_terms(year: int) -> dict[str, _dt.date]:
    """The 24 solar terms falling in Gregorian `year`, by name (冬至 -> its day in December)."""
    if year not in YEARS:
        return {}
    terms: dict[str, _dt.date] = {}
    # The table of lunar year Y runs from the 冬至 of December Y-1 to the March of Y+1 (its
    # entries named in pinyin repeat neighbouring years' terms): Y's 冬至 is in Y+1's table.
    for table_year in (year, year + 1):
        for name, term in Lunar.fromYmd(table_year, 6, 1).getJieQiTable().items():
            if term.getYear() == year and not name.isascii():
                terms[name] = _dt.date(year, term.getMonth(), term.getDay())
    return terms
