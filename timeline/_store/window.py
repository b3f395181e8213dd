"""Date arithmetic of the store's date windows, kept inside `datetime.date`'s range (0001-9999).

A window reaches back from a date by the longest stored span; near year 1 that would fall off
the calendar, and the earliest date is the right bound there anyway.
"""

from __future__ import annotations

import datetime as _dt

from timeline.errors import StoreUnavailableError

LONGEST_SPAN_DAYS = (_dt.date.max - _dt.date.min).days


def days_before(day: _dt.date, days: int) -> _dt.date:
    """`day` minus `days` days, or 0001-01-01 when that is earlier.

    >>> days_before(_dt.date(1, 1, 5), 365)
    datetime.date(1, 1, 1)
    """
    if days >= (day - _dt.date.min).days:
        return _dt.date.min
    return day - _dt.timedelta(days=days)


def checked_span(stored: object) -> int:
    """The longest event span read from the store's metadata (None: no event yet, 0 days), checked:
    a damaged value (text, a negative number, more days than the calendar has) would make every
    window wrong or raise OverflowError in its arithmetic, so the store is refused instead.

    >>> checked_span(365), checked_span(None)
    (365, 0)
    """
    if stored is None:
        return 0
    if isinstance(stored, int) and not isinstance(stored, bool) and 0 <= stored <= LONGEST_SPAN_DAYS:
        return stored
    raise StoreUnavailableError(
        f"the store's metadata is damaged: max_span_days is {str(stored)[:40]!r}, not a number of "
        f"days from 0 to {LONGEST_SPAN_DAYS}; set it back (the longest span of a stored event)"
    )
