"""Chinese temporal expressions: recognise them in running text and resolve each to an interval.

The contract is `shared/spec/dates.md`. Every result is a `TimeExpr`: the surface with its
offsets, an inclusive calendar interval (`start`, `end`), its grain and a TIMEX3-style value.
The reference (publication) date is always an explicit argument.

How it works (`timeline/_dates/`): `vocab.py` holds every Chinese word the engine knows, as
data; `rules.py` registers each way of writing a date as one (name, pattern, resolver) in a
single priority-ordered list, and writes down the decisions the contract leaves open (rule
families live in `rules_holidays.py`, `rules_parts.py`, `rules_counts.py` and
`rules_ranges.py`, registered in that one list); `engine.py` scans the text once, trying at
each candidate position only the rules that can start with its characters, and joins A至B
ranges; `resolve.py` answers the resolvers' questions (missing year, forward cues, earlier
expressions); `calendar.py` does the date arithmetic (31 March + 1 month = 30 April) and
computes holidays; `lunar.py` reads lunar months and the
24 solar terms from lunar_python, cached per year; `labels.py` writes an interval back as a
Chinese label at its own precision (`date_label`) and as EDTF (`edtf`). Adding coverage usually
means a vocabulary row or one rule.

    >>> from timeline.dates import extract
    >>> [e.value for e in extract("去年12月，两省市联合印发管理办法。", "2024-03-05")]
    ['2023-12']
"""

from __future__ import annotations

import datetime as _dt
import gc

import attrs

from timeline._dates.labels import date_label, edtf

__all__ = ["TimeExpr", "date_label", "edtf", "extract", "parse", "to_reference_date"]

GRAINS = ("day", "week", "xun", "month", "quarter", "half", "season", "year", "multi-year")
KINDS = ("date", "range", "fuzzy", "present", "duration", "set")
ANCHORS = ("absolute", "publication", "previous")
MODS = (None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "SINCE")


@attrs.frozen()
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
        """True when the expression can be placed on a timeline (a duration cannot).

            >>> [(e.text, e.has_interval) for e in extract("去年12月开工，3年内建成", _dt.date(2024, 3, 5))]
            [('去年12月', True), ('3年内', False)]
        """
        return self.start is not None and self.end is not None


def to_reference_date(value: object, what: str = "reference date") -> _dt.date:
    """Coerce a `date`, `datetime` or ISO 'YYYY-MM-DD' string to a `date`, else raise ValueError.

        >>> to_reference_date("2024-03-05"), to_reference_date(_dt.datetime(2024, 3, 5, 9, 30))
        (datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))
        >>> to_reference_date("5 March")
        Traceback (most recent call last):
        ...
        ValueError: reference date must be an ISO date like '2024-03-05', got '5 March'
    """
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


PREFERENCES = (None, "past", "future")


def _check_prefer(prefer: str | None) -> None:
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be None, 'past' or 'future', got {prefer!r}")


def _check_text(text: object, what: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str, got {type(text).__name__}")
    return text


def extract(text: str, reference_date: object, *, prefer: str | None = None) -> list[TimeExpr]:
    """Every temporal expression of `text`, left to right, longest first, never overlapping.

    Year-less dates take the latest occurrence not more than 7 days after the reference date,
    or the earliest coming one under a forward cue (将, 预计 …); `prefer="past"`/`"future"`
    forces the choice. Anaphora (同年, 次日, 此后3个月) resolve against the latest earlier
    expression of the same text.

        >>> found = extract("去年12月，两省市联合印发管理办法。", "2024-03-05")
        >>> [(e.text, e.start.isoformat(), e.end.isoformat(), e.grain) for e in found]
        [('去年12月', '2023-12-01', '2023-12-31', 'month')]
    """
    # Imported here so that `TimeExpr` (used by the store and the CLI) costs no pattern compilation.
    from timeline._dates.engine import scan

    text = _check_text(text, "text")
    reference = to_reference_date(reference_date)
    _check_prefer(prefer)
    if not text:
        return []
    # The cyclic GC is paused while the results are built: they hold no cycles, and on a text
    # dense with dates its full collections, walking every object made so far, grew the time
    # faster than the text.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return [
            TimeExpr(
                text[start:end], start, end, res.start, res.end, res.grain, res.value, res.mod,
                res.kind, res.anchor, rule, res.time_of_day,
            )
            for start, end, rule, res in scan(text, reference, prefer)
        ]
    finally:
        if paused:
            gc.enable()


def parse(expression: str, reference_date: object, *, prefer: str | None = None) -> TimeExpr | None:
    """Normalise one expression (the whole string, surrounding whitespace allowed), else None.

    What `extract` takes around an expression is allowed around it here too: a leading
    从/自/于/在 and a trailing 左右/前后/以内/内/止/期间/节; the result is the expression inside them.

        >>> parse(" 2025年第一季度 ", "2025-05-10").value
        '2025-Q1'
        >>> parse("2020年3月左右", "2025-05-10").value
        '2020-03'
        >>> parse("员工2025人", "2025-05-10") is None
        True
    """
    from timeline._dates import vocab

    found = extract(_check_text(expression, "expression"), reference_date, prefer=prefer)
    if not found:
        return None
    core = found[0]
    before = expression[: core.start_char].strip()
    after = expression[core.end_char :].strip()
    if before and before not in vocab.PARSE_PREFIXES:
        return None
    if len(found) > 1 or (after and after not in vocab.PARSE_SUFFIXES):
        return None
    return core
