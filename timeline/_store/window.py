"""Date arithmetic of the store's date windows, kept inside `datetime.date`'s range (0001-9999).

A window reaches back from a date by the longest stored span; near year 1 that would fall off
the calendar, and the earliest date is the right bound there anyway.
"""

from __future__ import annotations

import datetime as _dt


def days_before(day: _dt.date, days: int) -> _dt.date:
    """`day` minus `days` days, or 0001-01-01 when that is earlier.

    >>> days_before(_dt.date(1, 1, 5), 365)
    datetime.date(1, 1, 1)
    """
    if days >= (day - _dt.date.min).days:
        return _dt.date.min
    return day - _dt.timedelta(days=days)
