"""The Chinese calendar for the date rules: lunar months and days, and the 24 solar terms.

lunar_python computes both; its answers are read once per year into small tables (cached), so a
text full of lunar dates costs one computation per year it mentions, not one per date.
"""

from __future__ import annotations

import datetime as _dt

from lunar_python import Lunar, LunarYear, Solar

from timeline._typed import lru_cached

YEARS = range(1901, 2100)  # the lunar years lunar_python covers with a following year


@lru_cached(maxsize=256)
def _months(year: int) -> dict[int, tuple[_dt.date, int]]:
    """Lunar month number (negative: the leap month after it) -> (first Gregorian day, day count)."""
    table: dict[int, tuple[_dt.date, int]] = {}
    for month in LunarYear.fromYear(year).getMonthsInYear():
        first = Solar.fromJulianDay(month.getFirstJulianDay())
        table[month.getMonth()] = (
            _dt.date(first.getYear(), first.getMonth(), first.getDay()),
            month.getDayCount(),
        )
    return table


def month_interval(year: int, month: int, leap: bool = False) -> tuple[_dt.date, _dt.date] | None:
    """First and last Gregorian day of a lunar month (闰四月: leap=True), else None.

        >>> month_interval(2020, 4, leap=True)
        (datetime.date(2020, 5, 23), datetime.date(2020, 6, 20))
    """
    if year not in YEARS or not 1 <= month <= 12:
        return None
    found = _months(year).get(-month if leap else month)
    if found is None:
        return None
    first, count = found
    return first, first + _dt.timedelta(days=count - 1)


def day(year: int, month: int, day_: int, leap: bool = False) -> _dt.date | None:
    """Gregorian day of lunar year/month/day (day 30 of a 29-day month: None).

        >>> day(2012, 1, 8)
        datetime.date(2012, 1, 30)
    """
    interval = month_interval(year, month, leap)
    if interval is None or not 1 <= day_ <= (interval[1] - interval[0]).days + 1:
        return None
    return interval[0] + _dt.timedelta(days=day_ - 1)


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
