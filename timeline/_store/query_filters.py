"""The filters of the read side, parsed and checked before any statement runs.

Date bounds ('2025', '2025-12', '2025-12-20'), names and search texts, event types and statuses:
what a caller may give `Timeline`'s listings, each refused with a clear error
(`DateFilterError`, `QueryFilterError`) rather than read as no filter; `MilestoneFilter` is a
listing's filters once checked.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Sequence

import attrs

from timeline.errors import DateFilterError, QueryFilterError

_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_bound(value: str | _dt.date | None, *, upper: bool) -> _dt.date | None:
    """The first (or, with `upper`, the last) day of '2025', '2025-12', '2025-12-20' or a date.

    >>> parse_bound("2024-02", upper=True)
    datetime.date(2024, 2, 29)
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise DateFilterError(f"a date filter must be a string or datetime.date, got {type(value).__name__}")
    match = _PERIOD.fullmatch(value.strip())
    if not match:
        raise DateFilterError(f"not a date filter: {value!r} (use '2025', '2025-12' or '2025-12-20')")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if month is None:
            return _dt.date(year, 12, 31) if upper else _dt.date(year, 1, 1)
        if day is None:
            return _dt.date(year, month, calendar.monthrange(year, month)[1] if upper else 1)
        return _dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise DateFilterError(f"no such date: {value!r}") from None


MAX_QUERY_LENGTH = 1000
"""Longest name or search text a query takes: SQLite refuses LIKE patterns over 50,000 bytes, and
no stored name is longer than 255 characters."""


def check_query_text(text: str, what: str) -> None:
    """QueryFilterError for a name or query that is not a str, is empty or blank (which would
    match everything or nothing; None means no filter), is too long, or holds control characters
    or lone surrogates: no stored name has them, and SQLite's LIKE stops at NUL (matching
    everything)."""
    if not isinstance(text, str):
        raise QueryFilterError(f"the {what} must be a str, got {type(text).__name__}")
    if not text.strip():
        raise QueryFilterError(f"the {what} {text!r} is empty or blank: give text, or None for no filter")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryFilterError(f"the {what} is {len(text):,} characters long; at most {MAX_QUERY_LENGTH:,}")
    bad = next((char for char in text if unicodedata.category(char) in ("Cc", "Cs")), None)
    if bad is not None:
        raise QueryFilterError(
            f"the {what} {text.encode('utf-8', 'backslashreplace').decode()!r} holds the "
            f"control character U+{ord(bad):04X}"
        )


def as_choices(value: str | Iterable[str] | None, allowed: Sequence[str], what: str) -> list[str] | None:
    """A validated list of event types or statuses (None: no filter); QueryFilterError if unknown."""
    if value is None:
        return None
    chosen = [value] if isinstance(value, str) else list(value)
    if not chosen:
        raise QueryFilterError(f"no {what} given (an empty list): give one or more, or None for any")
    unknown = [item for item in chosen if item not in allowed]
    if unknown:
        raise QueryFilterError(f"unknown {what} {', '.join(map(repr, unknown))}; known: {', '.join(allowed)}")
    return chosen


@attrs.frozen()
class MilestoneFilter:
    """What `Timeline.milestones` asks for, parsed and checked (None: no restriction)."""

    entities: list[int] | None = None
    types: list[str] | None = None
    statuses: list[str] | None = None
    since: _dt.date | None = None
    until: _dt.date | None = None
    limit: int | None = None
    offset: int = 0
    dated_only: bool = False
    terms: tuple[str, ...] = ()
    """Words every event's summary or a sentence must contain (full-text search)."""
