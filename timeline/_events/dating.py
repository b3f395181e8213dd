"""Dating: which date expressions of the cleaned text can date an event, and which one dates a
clause (spec: "Date of an event").

A clause takes its own date nearest before the trigger, else its own date after the trigger,
else the nearest date earlier in its sentence, else none. Dates inside names and titles
(2023年度用户大会, 《…（2024~2027年）》, “十五五”规划) never date an event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from timeline import dates as _dates
from timeline._events import vocab
from timeline._events.cleanup import Document
from timeline._events.entities import Recognition
from timeline._events.sentences import Sentence
from timeline.dates import TimeExpr

#: Titles in 《》 are names: their words neither date an event nor cue a plan.
_TITLE_BODY = re.compile(r"(《)([^《》\n]*)(》)")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@attrs.frozen
class Dated:
    """A date expression usable as an event date: its span in cleaned coordinates, and the
    expression with offsets into the original text."""

    start: int
    end: int
    expr: TimeExpr


class Dates:
    """The usable dates of one article, sorted by start, looked up by span."""

    def __init__(self, dated: list[Dated]) -> None:
        self.dated = dated
        self.starts = [d.start for d in dated]

    def within(self, start: int, end: int) -> list[Dated]:
        """Dates lying wholly inside [start, end), in text order."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return [d for d in self.dated[first:last] if d.end <= end]

    def last_within(self, start: int, end: int) -> Dated | None:
        """The last date lying wholly inside [start, end), found without listing the others
        (a sentence may be long and hold many dates)."""
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.dated[index].start >= start:
            if self.dated[index].end <= end:
                return self.dated[index]
            index -= 1
        return None


def usable_dates(doc: Document, recognition: Recognition, pub_date: dt.date) -> Dates:
    """Date expressions that can date an event: with an interval, not 'now', not inside a name."""
    result = []
    text = doc.text
    for expr in _dates.extract(_TITLE_BODY.sub(_blank, text), pub_date):
        if not expr.has_interval or expr.kind == "present":
            continue
        start, end = expr.start_char, expr.end_char
        if _inside_name(recognition, start, end) or _names_a_period(text, end, expr):
            continue
        if not doc.is_faithful(start, end):
            continue
        orig_start, orig_end = doc.original_span(start, end)
        result.append(Dated(start, end, attrs.evolve(expr, start_char=orig_start, end_char=orig_end)))
    return Dates(result)


def _blank(match: re.Match[str]) -> str:
    """A title's words masked with full-width spaces of the same length (offsets unchanged)."""
    return match.group(1) + "\u3000" * len(match.group(2)) + match.group(3)


def _inside_name(recognition: Recognition, start: int, end: int) -> bool:
    index = bisect.bisect_right(recognition.starts, start)
    for found in recognition.mentions[max(0, index - 8) : index + 1]:
        if found.start <= start and end <= found.end and found.type != "place":
            return True
    return False


def _names_a_period(text: str, end: int, expr: TimeExpr) -> bool:
    """2023年度用户大会, “十五五”规划建议: the date is part of a name that follows it."""
    if any(word in expr.text for word in vocab.NAME_DATE_WORDS):
        return True
    following = text[end : end + 4].lstrip('”’"')
    if expr.text.endswith(vocab.YEAR_OF_NAME) and following[:1] and "\u4e00" <= following[0] <= "\u9fff":
        return True
    return following.startswith(vocab.NAME_AFTER_DATE)


def clause_date(
    text: str, dates: Dates, sentence: Sentence, clause_start: int, clause_end: int, trigger_at: int
) -> TimeExpr | None:
    """The clause's own date, else the nearest earlier one of its sentence, else None.

    In the clause, the date nearest before the trigger wins; a date after the trigger that
    runs straight into more words names the object (公示2025年科学技术奖名单), not the event.
    """
    own = dates.within(clause_start, clause_end)
    before = [d for d in own if d.end <= trigger_at]
    if before:
        return before[-1].expr
    after = [d for d in own if d.start >= trigger_at and not _HAN.match(text, d.end)]
    if after:
        return after[0].expr
    earlier = dates.last_within(sentence.start, clause_start)
    return earlier.expr if earlier else None


def dated_right_before(text: str, dates: Dates, clause_start: int, trigger_at: int) -> bool:
    """A date right before the trigger (2020年12月才成立的…): an attributive that dates."""
    return any(
        text[d.end : trigger_at] in vocab.DATE_TRIGGER_GAP for d in dates.within(clause_start, trigger_at)
    )


def dated_status(status: str, date: TimeExpr | None, pub_date: dt.date) -> str:
    """A clause told as done whose date lies wholly after publication is still a plan."""
    if status == "occurred" and date is not None and date.start is not None and date.start > pub_date:
        return "planned"
    return status
