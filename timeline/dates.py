"""Chinese temporal expressions: recognise them in running text and resolve each to an interval.

The contract is `shared/spec/dates.md`. Every result is a `TimeExpr`: the surface with its
offsets, an inclusive calendar interval (`start`, `end`), its grain and a TIMEX3-style value.
The reference (publication) date is always an explicit argument.

    >>> from timeline.dates import extract
    >>> [e.value for e in extract("去年12月，两省市联合印发管理办法。", "2024-03-05")]
    ['2023-12']
"""

from __future__ import annotations

import datetime as _dt

import attrs

__all__ = ["TimeExpr", "extract", "parse", "to_reference_date"]

GRAINS = ("day", "week", "xun", "month", "quarter", "half", "season", "year", "multi-year")
KINDS = ("date", "range", "fuzzy", "present", "duration", "set")
ANCHORS = ("absolute", "publication", "previous")
MODS = (None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "SINCE")


@attrs.frozen
class TimeExpr:
    """One temporal expression found in a text, normalised (see `shared/spec/dates.md`).

    `start`/`end` are inclusive; both are None for durations and sets, which are recognised but
    never placed on a timeline.
    """

    text: str
    start_char: int
    end_char: int
    start: _dt.date | None
    end: _dt.date | None
    grain: str | None
    value: str | None
    mod: str | None = None
    kind: str = "date"
    anchor: str = "absolute"
    rule: str = ""
    time_of_day: str | None = None

    @property
    def has_interval(self) -> bool:
        """True when the expression can be placed on a timeline."""
        return self.start is not None and self.end is not None


def to_reference_date(value: object, what: str = "reference date") -> _dt.date:
    """Coerce a `date`, `datetime` or ISO 'YYYY-MM-DD' string to a `date`, else raise ValueError."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{what} must be an ISO date like '2024-03-05', got {value!r}") from None
    raise ValueError(
        f"{what} must be a datetime.date, datetime.datetime or ISO string, got {type(value).__name__}"
    )
