"""Chinese date labels and EDTF strings of an interval at its own precision.

`date_label` writes "2025年12月" for a month and "2025年12月20日" for a day; `edtf` gives the
Extended Date/Time Format (ISO 8601-2) string. Both take anything with `start`, `end`, `grain`,
`mod` and `kind`: a `TimeExpr`, a `StoredEvent` or an `Interval`. The words come from
`timeline.labels`.

EDTF strings: a day `2025-12-20`, a month `2025-12`, a year `2025`, a quarter `2026-33`
(EDTF level 2 sub-year groupings: 33–36 quarters, 40–41 halves, 21–24 spring to winter);
weeks, xun, ranges, multi-year periods and fuzzy periods are intervals `start/end` written at
the coarsest precision that states them exactly (`2021/2025`, `2025-03/2025-05`,
`2025-12-01/2025-12-10`). Modifiers: `APPROX` adds the `~` qualifier to each end
(`2026-01-01~/2026-01-30~`); `BEFORE` ("X前") is the open-start interval ending with X
(`../2025-12-31`), `AFTER` the open-end interval starting with X (`2025-12/..`); `SINCE`
("X以来") is already the closed interval from X to the publication day.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from typing import NamedTuple, Protocol

from timeline.labels import (
    DATE_PATTERNS,
    HALF_NAMES,
    MOD_WORDS,
    QUARTER_NAMES,
    RANGE_JOINER,
    REPORT_PLACED,
    SEASON_NAMES,
    UNDATED,
    XUN_NAMES,
)

__all__ = [
    "Dated",
    "Interval",
    "Placed",
    "aligned_grain",
    "date_label",
    "edtf",
    "placed_edtf",
    "placed_label",
]

# EDTF level 2 sub-year groupings: first quarter, first half, first season (spring).
_EDTF_QUARTER_BASE = 32
_EDTF_HALF_BASE = 39
_EDTF_SEASON_CODES = {3: 21, 6: 22, 9: 23, 12: 24}


class Dated(Protocol):
    """Anything with an interval, a grain and a modifier: a `StoredEvent` or a `TimeExpr`."""

    @property
    def start(self) -> _dt.date | None: ...
    @property
    def end(self) -> _dt.date | None: ...
    @property
    def grain(self) -> str | None: ...
    @property
    def mod(self) -> str | None: ...
    @property
    def kind(self) -> str | None: ...


class Interval(NamedTuple):
    """A bare interval (a planned date) dated at whatever precision its ends allow."""

    start: _dt.date | None
    end: _dt.date | None
    grain: str | None = None
    mod: str | None = None
    kind: str | None = "date"


# --------------------------------------------------------------------------- periods


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _xun_start(day: _dt.date) -> int:
    return 1 if day.day <= 10 else 11 if day.day <= 20 else 21


def _season_start(day: _dt.date) -> _dt.date:
    """First day of the season containing `day`: Mar, Jun, Sep or Dec (winter runs into February)."""
    if day.month in (1, 2):
        return _dt.date(day.year - 1, 12, 1)
    return _dt.date(day.year, 3 * (day.month // 3), 1)


def _period(day: _dt.date, grain: str) -> tuple[_dt.date, _dt.date] | None:
    """The calendar period of `grain` that contains `day`, or None for a grain without one."""
    year, month = day.year, day.month
    if grain == "day":
        return day, day
    if grain == "week":
        monday = day - _dt.timedelta(days=day.weekday())
        return monday, monday + _dt.timedelta(days=6)
    if grain == "xun":
        first = _xun_start(day)
        last = _month_end(year, month) if first == 21 else _dt.date(year, month, first + 9)
        return _dt.date(year, month, first), last
    if grain == "month":
        return _dt.date(year, month, 1), _month_end(year, month)
    if grain == "quarter":
        first = 3 * ((month - 1) // 3) + 1
        return _dt.date(year, first, 1), _month_end(year, first + 2)
    if grain == "half":
        first = 1 if month <= 6 else 7
        return _dt.date(year, first, 1), _month_end(year, first + 5)
    if grain == "season":
        first_day = _season_start(day)
        last_month = first_day + _dt.timedelta(days=62)  # two months on: Feb, May, Aug or Nov
        return first_day, _month_end(last_month.year, last_month.month)
    if grain == "year":
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    return None


def _is_period(start: _dt.date, end: _dt.date, grain: str) -> bool:
    if grain == "multi-year":
        return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and end.year > start.year
    return _period(start, grain) == (start, end)


def aligned_grain(start: _dt.date, end: _dt.date, grain: str | None) -> str:
    """The grain that writes both ends of `start..end` exactly: `grain` if it fits, else year/month/day."""
    for candidate in (grain, "year", "month"):
        if candidate is None:
            continue
        head, tail = _period(start, candidate), _period(end, candidate)
        if head is not None and tail is not None and head[0] == start and tail[1] == end:
            return candidate
    return "day"


def _start_unit(day: _dt.date) -> str:
    """The coarsest of year/month/day that `day` can be the start of."""
    if (day.month, day.day) == (1, 1):
        return "year"
    return "month" if day.day == 1 else "day"


# --------------------------------------------------------------------------- Chinese labels


def _period_label(day: _dt.date, grain: str, end: _dt.date | None = None) -> str:
    fields: dict[str, int | str] = {"year": day.year, "month": day.month, "day": day.day}
    if grain == "week":
        iso = day.isocalendar()
        fields.update(year=iso.year, week=iso.week)
    elif grain == "xun":
        fields["xun"] = XUN_NAMES[_xun_start(day)]
    elif grain == "quarter":
        fields["quarter"] = QUARTER_NAMES[(day.month - 1) // 3 + 1]
    elif grain == "half":
        fields["half"] = HALF_NAMES[1 if day.month <= 6 else 2]
    elif grain == "season":
        first = _season_start(day)
        fields.update(year=first.year, season=SEASON_NAMES[first.month])
    elif grain == "multi-year":
        fields["end_year"] = (end or day).year
    return DATE_PATTERNS[grain].format(**fields)


_PART_MODS = ("START", "MID", "END")


def _part_of_period(start: _dt.date, end: _dt.date, mod: str | None) -> str | None:
    """年初/年中/年底 or 月初/月中/月底 when `mod` says so or the interval has that shape."""
    if start.year != end.year:
        return None
    if mod in _PART_MODS and start.month == end.month:
        return DATE_PATTERNS["part_of_month"].format(
            year=start.year, month=start.month, part=MOD_WORDS[mod]["month"]
        )
    part = mod if mod in _PART_MODS else _year_part(start, end)
    return (
        None
        if part is None
        else DATE_PATTERNS["part_of_year"].format(year=start.year, part=MOD_WORDS[part]["year"])
    )


def _year_part(start: _dt.date, end: _dt.date) -> str | None:
    year = start.year
    shapes = {
        "START": (_dt.date(year, 1, 1), _month_end(year, 2)),
        "MID": (_dt.date(year, 6, 1), _dt.date(year, 7, 31)),
        "END": (_dt.date(year, 11, 1), _dt.date(year, 12, 31)),
    }
    return next((name for name, shape in shapes.items() if shape == (start, end)), None)


def _range_label(start: _dt.date, end: _dt.date, grain: str | None) -> str:
    unit = aligned_grain(start, end, grain)
    left = _period_label(start, unit)
    right = _period_label(end, unit)
    if left == right:
        return left
    year_prefix = DATE_PATTERNS["year"].format(year=start.year)
    if unit == "day" and (end.year, end.month) == (start.year, start.month):
        right = DATE_PATTERNS["day_of_month"].format(day=end.day)
    elif end.year == start.year and right.startswith(year_prefix) and unit != "week":
        right = right[len(year_prefix) :]
    return f"{left}{RANGE_JOINER}{right}"


def date_label(dated: Dated) -> str:
    """The Chinese label of a date at its own precision, for tables, Markdown and HTML.

    Works on a `StoredEvent` or a `TimeExpr`; an event without a date is "日期不详".

        >>> import datetime as dt
        >>> from timeline.dates import TimeExpr
        >>> q1 = TimeExpr("一季度", 0, 3, dt.date(2026, 1, 1), dt.date(2026, 3, 31), "quarter", "2026-Q1")
        >>> date_label(q1)
        '2026年第一季度'
    """
    start, end, grain, mod = dated.start, dated.end, dated.grain, dated.mod
    if start is None or end is None:
        return UNDATED
    if mod == "SINCE":
        unit = grain if grain not in (None, "multi-year") else _start_unit(start)
        return _period_label(start, unit or "day") + MOD_WORDS["SINCE"]["suffix"]
    part = None if dated.kind == "range" else _part_of_period(start, end, mod)
    if part is not None:
        label = part
    elif grain is not None and dated.kind != "range" and _is_period(start, end, grain):
        label = _period_label(start, grain, end)
    else:
        label = _range_label(start, end, grain)
    words = MOD_WORDS.get(mod or "", {})
    return words.get("prefix", "") + label + words.get("suffix", "")


# --------------------------------------------------------------------------- EDTF


def _edtf_point(day: _dt.date, unit: str) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def edtf(dated: Dated) -> str | None:
    """The Extended Date/Time Format (ISO 8601-2) string of a date, or None when it has no interval.

    >>> import datetime as dt
    >>> from timeline.dates import TimeExpr
    >>> q1 = TimeExpr("一季度", 0, 3, dt.date(2026, 1, 1), dt.date(2026, 3, 31), "quarter", "2026-Q1")
    >>> edtf(q1)
    '2026-33'
    """
    start, end, grain, mod = dated.start, dated.end, dated.grain, dated.mod
    if start is None or end is None:
        return None
    single: str | None = None
    if grain is not None and dated.kind != "range" and _is_period(start, end, grain):
        if grain in ("day", "month", "year"):
            single = _edtf_point(start, grain)
        elif grain == "quarter":
            single = f"{start.year:04d}-{_EDTF_QUARTER_BASE + (start.month - 1) // 3 + 1}"
        elif grain == "half":
            single = f"{start.year:04d}-{_EDTF_HALF_BASE + (1 if start.month <= 6 else 2)}"
        elif grain == "season":
            single = f"{start.year:04d}-{_EDTF_SEASON_CODES[start.month]}"
    if single is not None:
        head = tail = single
    else:
        unit = aligned_grain(start, end, None)
        head, tail = _edtf_point(start, unit), _edtf_point(end, unit)
    if mod == "APPROX":
        head, tail = head + "~", tail + "~"
    if mod == "BEFORE":
        return f"../{tail}"
    if mod == "AFTER":
        return f"{head}/.."
    return head if head == tail else f"{head}/{tail}"


class Placed(Dated, Protocol):
    """A stored event: a date from its text, or else the earliest publication date reporting it."""

    @property
    def report_date(self) -> _dt.date | None: ...
    @property
    def status(self) -> str: ...


def _placed_by_report(event: Placed) -> bool:
    return (event.start is None or event.end is None) and event.report_date is not None


def placed_label(event: Placed) -> str:
    """`date_label` of the event's own date, else the mark of an event placed by its report.

        >>> import datetime as dt
        >>> from timeline.model import StoredEvent
        >>> undated = StoredEvent(1, "signing", "签约", "occurred", None, None, None, None, None, None,
        ...     None, "签约", (), (), 0.9, report_date=dt.date(2026, 1, 26))
        >>> placed_label(undated)
        '报道于 2026-01-26，原文未给出日期'
    """
    if _placed_by_report(event):
        assert event.report_date is not None
        return REPORT_PLACED.format(date=event.report_date.isoformat())
    return date_label(event)


def placed_edtf(event: Placed) -> str | None:
    """`edtf` of the event's own date, else the open interval its report gives.

    An occurred (or ongoing) event the text does not date happened on or before the report:
    `../2026-01-26`; a planned one comes after it: `2026-01-26/..`.
    """
    if _placed_by_report(event):
        assert event.report_date is not None
        day = event.report_date.isoformat()
        return f"{day}/.." if event.status == "planned" else f"../{day}"
    return edtf(event)
