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
import unicodedata

import attrs

from timeline import _regex
from timeline import dates as _dates
from timeline._dates import calendar as _calendar
from timeline._events import vocab
from timeline._events.cleanup import BYLINE, PROSE, Document, Unit
from timeline._events.entities import Recognition
from timeline._events.sentences import Sentence
from timeline._regex import HAN, HAN_FIRST, HAN_LAST
from timeline.dates import TimeExpr

_LIST_ITEM_MARKS = tuple(vocab.LIST_ITEM_MARKS)
_SEASON_HEADS = tuple(vocab.SEASON_HEADS)
_DURATION_AHEAD = re.compile(vocab.DURATION_AHEAD)
#: Titles in 《》 are names: their words neither date an event nor cue a plan.
_TITLE_BODY = re.compile(r"(《)([^《》\n]*)(》)")
_HAN = re.compile(f"[{HAN}]")
_BATCH_AFTER_DATE = re.compile(vocab.BATCH_AFTER_DATE)
_NUMBERED_BATCH = re.compile(vocab.NUMBERED_BATCH_AFTER_DATE)
_MISPRINTED_DAY = re.compile(vocab.MISPRINTED_DAY)
_MONTH_DAY_RUN_TOGETHER = re.compile(vocab.MONTH_DAY_RUN_TOGETHER)
_REPORTERS = re.compile(vocab.DATELINE_REPORTERS)
_DIGITS = "0123456789０１２３４５６７８９"
_FULL_STOP = re.compile("[" + re.escape("".join(vocab.FULL_STOPS)) + "]")  # one character each
_LIST_COLON = re.compile("[" + re.escape("".join(vocab.LIST_COLONS)) + "]")
#: A name of a meeting or an event right after a date (2024年中国（重庆）科技成果交易会开幕, 2024年
#: 全国双创活动周在重庆启动): words without a verb up to a meeting noun, then the predicate.
_EVENT_NAME = re.compile(
    "(?:(?!"
    + "|".join(vocab.NOT_IN_EVENT_NAME)
    + ")[^，。；,;：:、]){1,30}?(?:"
    + "|".join(vocab.EVENT_NAME_ENDS)
    + ")(?="
    + "|".join(vocab.EVENT_NAME_FOLLOWERS)
    + "|[，。；,;]|$)"
)
_ACTS_AFTER_DAY = (*vocab.PREDICATE_AFTER_DATE, *vocab.TRIGGERS)
_YEAR_ALONE = re.compile(r"(?<![0-9０-９])[0-9０-９]{4}(?![0-9０-９])")
_CLAUSE_MARK = re.compile("[" + re.escape(vocab.CLAUSE_MARKS) + "]")
_PRESENT_OPENING = re.compile(
    "[" + re.escape(vocab.CLAUSE_MARKS) + "](?:" + _regex.alternation_source(vocab.PRESENT_OPENERS) + ")"
    # …not an attribute of the present (28日上午，目前正在全力建设的…涂料城内，…奠基)
    "(?![^" + re.escape(vocab.CLAUSE_MARKS) + "]*" + vocab.ATTRIBUTIVE + ")"
)
_MONTH_FIRST = re.compile(vocab.MONTH_FIRST)


@attrs.define()
class Dated:
    """A date expression usable as an event date: its span in cleaned coordinates, and the
    expression with offsets into the original text."""

    start: int
    end: int
    expr: TimeExpr


class Dates:
    """The usable dates of one article, sorted by start, looked up by span."""

    def __init__(
        self,
        dated: list[Dated],
        items: list[tuple[int, int, TimeExpr]] | None = None,
        datelines: dict[int, TimeExpr] | None = None,
        off_calendar: tuple[str, ...] = (),
    ) -> None:
        self.dated = dated
        self.off_calendar = off_calendar  # date words whose date falls off the calendar (below)
        self.datelines = datelines or {}  # paragraph start: the day of the dateline set apart above it
        self.starts = [d.start for d in dated]
        self.items = items or []  # chronicle items under a date line: start, end, the line's date
        self._item_starts = [start for start, _, _ in self.items]
        self._misprints: tuple[str, list[int], list[int]] | None = None  # text, starts, ends
        self._marks: tuple[str, list[int], list[int]] | None = None  # text, full stops, colons

    def marks(self, text: str) -> tuple[list[int], list[int]]:
        """Where the full stops and the list colons of the text stand, found once per text."""
        if self._marks is None or self._marks[0] is not text:
            stops = [match.start() for match in _FULL_STOP.finditer(text)]
            self._marks = (text, stops, [match.start() for match in _LIST_COLON.finditer(text)])
        return self._marks[1], self._marks[2]

    def item_date(self, at: int) -> TimeExpr | None:
        """The date of the chronicle's date line above the item holding offset `at`, if any."""
        index = bisect.bisect_right(self._item_starts, at) - 1
        if index >= 0 and at < self.items[index][1]:
            return self.items[index][2]
        return None

    def first_within(self, start: int, end: int) -> Dated | None:
        """The first date lying wholly inside [start, end) (dates never overlap: when the first
        one from `start` on does not end by `end`, none does)."""
        index = bisect.bisect_left(self.starts, start)
        if index < len(self.dated) and self.dated[index].end <= end:
            return self.dated[index]
        return None

    def last_misprinted_day(self, text: str, start: int, end: int) -> int | None:
        """Where the last misprinted day (1215日) lying inside text[start:end] ends, or None:
        one bisection in the list of them found once per text (a search over the sentence so
        far, clause by clause, made a long run-on sentence quadratic). They never overlap, so
        each is found alike in the whole text and in a part of it, but for one that a digit
        follows right at `end`: that case is searched as the part."""
        if end < len(text) and text[end] in _DIGITS:
            return _last_match(_MISPRINTED_DAY, text, start, end)
        if self._misprints is None or self._misprints[0] is not text:
            found = [match.span() for match in _MISPRINTED_DAY.finditer(text)]
            self._misprints = (text, [a for a, _ in found], [b for _, b in found])
        _, starts, ends = self._misprints
        last = bisect.bisect_right(ends, end) - 1
        return ends[last] if last >= 0 and starts[last] >= start else None

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
    """Date expressions that can date an event: with an interval, not 'now' (but 截至目前 is
    the reference day), not inside a name; a chronicle item's dates take the year and month of
    the headings above it (`_in_chronicle`), 当日/当天 the latest earlier day-grain date, and 今天
    after a dateline (兰州2月11日讯) the dateline's day."""
    result: list[Dated] = []
    dateline: tuple[int, TimeExpr] | None = None  # the unit it opens, and its day
    datelines: dict[int, TimeExpr] = {}  # the same, for every dateline set apart as a byline
    moved: tuple[TimeExpr, TimeExpr] | None = None  # the latest date, as read and as moved
    items_month: tuple[int, int] | None = None  # year and month of the chronicle's latest item
    text = doc.text
    unit_starts = [unit.start for unit in doc.units]
    masked = _TITLE_BODY.sub(_blank, text)  # titles' words read as no date (offsets unchanged)
    for expr in _dates.extract(masked, pub_date):
        start, end = expr.start_char, expr.end_char
        if not expr.has_interval or (
            expr.kind == "present" and not text.endswith(vocab.UNTIL_WORDS, 0, start)
        ):
            continue
        if expr.rule == vocab.NAME_YEAR_RULE or _inside_name(recognition, start, end):
            continue
        if _names_a_period(text, end, expr):
            continue
        if _across_a_names_end(recognition, start, end):
            continue  # 中科院长春分院: 春分 read across the end of 长春, no solar term
        if _names_a_kind(text, end, expr) or _numbers_a_part(text, end, expr):
            continue
        if expr.rule == vocab.HOLIDAY_RULE and text.startswith(vocab.AFTER_HOLIDAY, end):
            continue  # 春节假期后的第一个工作日: after the holiday, not on it
        if expr.text == vocab.FUZZY_RECENTLY and start > 0 and text[start - 1] in vocab.DAY_NOUN_HEADS:
            continue  # 校庆日前: before a named day, not "recently"
        if expr.text in vocab.TODAY_WORDS and text.endswith(vocab.TIMES_DESCRIBED, 0, start):
            continue  # 在…矛盾突出的今天: these times, described, not the publication day
        if not doc.is_faithful(start, end) or _describes_the_lead_day(text, result, start, end):
            continue
        unit_index = bisect.bisect_right(unit_starts, start) - 1
        unit = doc.units[unit_index]
        if unit.year is not None or unit.month is not None:
            read = expr
            if expr.anchor == "previous" and moved is not None:
                expr = _moved_like(expr, *moved)  # 次日 after a moved date, in its item or the next
            else:
                year, month = unit.year, unit.month
                if month is None and items_month is not None and expr.rule in vocab.BARE_DAY_RULES:
                    year, month = items_month  # 1月5日，…\n18日，…: the month of the item above
                expr = _in_chronicle(expr, year, month, pub_date)
            moved = (read, expr) if expr is not read else None
            if expr.grain in ("day", "month") and expr.start is not None:
                items_month = (expr.start.year, expr.start.month)
        else:
            moved = None
        if expr.text.startswith(vocab.SAME_DAY_WORDS):
            expr = _same_day(expr, result)
        reporters = unit.kind == BYLINE and _REPORTERS.match(text, end) is not None  # 广州12月23日(记者 王华)
        if expr.grain == "day" and (text.startswith(vocab.DATELINE_TAILS, end) or reporters):
            dateline = (_dated_unit_start(doc, unit_index), expr)
            if unit.kind == BYLINE:
                datelines[dateline[0]] = expr
        elif expr.text.startswith(vocab.TODAY_WORDS) and dateline is not None and dateline[0] == unit.start:
            day = dateline[1]
            expr = attrs.evolve(expr, start=day.start, end=day.end, value=day.value, anchor="previous")
        elif expr.text.startswith(vocab.TODAY_WORDS) and (lead := _sentence_lead_day(text, result, start)):
            expr = attrs.evolve(expr, start=lead.start, end=lead.end, value=lead.value, anchor="previous")
        elif expr.rule == vocab.BARE_DAY_RULE and dateline is not None and dateline[0] == unit.start:
            expr = _day_by_dateline(expr, dateline[1])
        orig_start, orig_end = doc.original_span(start, end)
        result.append(Dated(start, end, attrs.evolve(expr, start_char=orig_start, end_char=orig_end)))
    for run in _MONTH_DAY_RUN_TOGETHER.finditer(text):
        found = _run_together(doc, run, pub_date)
        if found is not None:
            result.insert(bisect.bisect_left([d.start for d in result], found.start), found)
    dates = Dates(result)
    off_calendar = _off_calendar_words(masked, pub_date, result)
    return Dates(result, _item_dates(doc, dates), datelines, off_calendar)


CALENDAR_END_MARGIN_YEARS = 10
"""How near the calendar's ends (years 1 and 9999) a publication date must be for date words
counted from it (next year, next month, tomorrow) to fall off the calendar."""

CALENDAR_CYCLE_YEARS = 400
"""The Gregorian calendar repeats itself (weekdays, leap years) every 400 years."""

INSIDE_THE_CALENDAR_YEAR = 2000
"""A year far from both ends, near which a publication date at an end is moved to read its date words."""


def _off_calendar_words(text: str, pub_date: dt.date, dated: list[Dated]) -> tuple[str, ...]:
    """The date words of `text` that the date engine gives no date because, counted from a
    publication date at the calendar's ends, the date falls off it ("January next year"
    published in 9999-12): read again from the same day moved by whole 400-year cycles into the calendar,
    those that overlap no usable date. They date nothing, and they never name a subject
    (`is_off_calendar`). Empty for any publication date further from the ends."""
    margin = CALENDAR_END_MARGIN_YEARS
    if _calendar.MIN_YEAR + margin < pub_date.year < _calendar.MAX_YEAR - margin:
        return ()
    cycles = (INSIDE_THE_CALENDAR_YEAR - pub_date.year) // CALENDAR_CYCLE_YEARS + 1
    moved = pub_date.replace(year=pub_date.year + cycles * CALENDAR_CYCLE_YEARS)
    return tuple(
        expr.text
        for expr in _dates.extract(text, moved)
        if not any(d.start < expr.end_char and expr.start_char < d.end for d in dated)
    )


def is_off_calendar(dates: Dates, words: str) -> bool:
    """True when `words` are nothing but date words whose date fell off the calendar
    (`_off_calendar_words`): "January next year" published in 9999-12 is no name."""
    if not dates.off_calendar:
        return False
    for found in sorted(dates.off_calendar, key=len, reverse=True):
        words = words.replace(found, "")
    return not words.strip()


def _dated_unit_start(doc: Document, index: int) -> int:
    """Where the paragraph a dateline dates starts: its own, or the next one when cleaning set
    the dateline apart as a byline (中新网兰州2月11日讯（记者 薛砚）| 今天上午，…)."""
    unit = doc.units[index]
    if unit.kind == BYLINE and index + 1 < len(doc.units):
        return doc.units[index + 1].start
    return unit.start


def _run_together(doc: Document, run: re.Match[str], pub_date: dt.date) -> Dated | None:
    """A month and day printed without 月 (报道，1215日，…授牌: 12月15日), read as the date engine
    reads 12月15日 on the same publication date."""
    read = _dates.extract(vocab.MONTH_DAY_TEXT.format(month=int(run["month"]), day=int(run["day"])), pub_date)
    if not read or not read[0].has_interval or not doc.is_faithful(*run.span()):
        return None  # 0231日: no such day
    orig_start, orig_end = doc.original_span(*run.span())
    expr = attrs.evolve(read[0], text=run.group(), start_char=orig_start, end_char=orig_end)
    return Dated(run.start(), run.end(), expr)


def _item_dates(doc: Document, dates: Dates) -> list[tuple[int, int, TimeExpr]]:
    """Each chronicle item under a date line (1927年11月 over 中共垣曲县委成立…), with the line's
    date: the date of the item's clauses that tell none of their own. A year printed alone
    (2012) is the year. (An item that opens with its own date, 5日，…, is dated sentence by
    sentence like prose: the first sentence of an item marked as one more of that day, △…,
    under it takes its day, as the first sentence of a dated item does.)"""
    items = []
    day: TimeExpr | None = None  # the day of the chronicle's latest item that opens with one
    for unit in doc.units:
        if unit.date_line is None:
            day = _more_of_the_day(doc, dates, unit, day)
            if day is not None and doc.text.startswith(_LIST_ITEM_MARKS, unit.start):
                stop = _FULL_STOP.search(doc.text, unit.start, unit.end)  # its first sentence only
                items.append((unit.start, stop.end() if stop is not None else unit.end, day))
            continue
        found = dates.first_within(*unit.date_line)
        if found is not None:
            items.append((unit.start, unit.end, found.expr))
        elif (year := _YEAR_ALONE.search(doc.text, *unit.date_line)) is not None:
            items.append((unit.start, unit.end, _year_expr(doc, year)))
    return items


def _more_of_the_day(doc: Document, dates: Dates, unit: Unit, day: TimeExpr | None) -> TimeExpr | None:
    """The day the items that follow `unit` in a chronicle may be more of (4日  国务院…。 |
    △西安市人民政府决定…): the day an item opens with, kept over the marked items after it;
    none outside a chronicle (a year review's △ list is undated) or after other prose."""
    if unit.kind != PROSE or (unit.year is None and unit.month is None):
        return None
    if doc.text.startswith(_LIST_ITEM_MARKS, unit.start):
        return day
    found = dates.first_within(unit.start, unit.end)
    if found is None or found.start != unit.start or found.expr.grain != "day":
        return None
    return found.expr


def _year_expr(doc: Document, year: re.Match[str]) -> TimeExpr:
    """The year written alone on a chronicle's line (2012), as the date engine gives a year."""
    number = int(unicodedata.normalize("NFKC", year.group()))
    orig_start, orig_end = doc.original_span(*year.span())
    first, last = dt.date(number, 1, 1), dt.date(number, 12, 31)
    return TimeExpr(year.group(), orig_start, orig_end, first, last, "year", str(number), rule="calendar")


def _day_by_dateline(expr: TimeExpr, dateline: TimeExpr) -> TimeExpr:
    """A bare day (28日) under a dateline (北京1月30日电) is the latest such day up to the
    dateline's: a report tells what happened before it was filed."""
    if expr.start is None or dateline.start is None or expr.start <= dateline.start:
        return expr
    year, month = dateline.start.year, dateline.start.month
    for _ in range(12):
        try:
            day = dt.date(year, month, expr.start.day)
        except ValueError:  # 31日 in a month without one
            day = None
        if day is not None and day <= dateline.start:
            return attrs.evolve(expr, start=day, end=day, value=day.isoformat(), anchor="previous")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return expr


def _in_chronicle(expr: TimeExpr, year: int | None, month: int | None, pub_date: dt.date) -> TimeExpr:
    """A date read against the publication date, moved under the chronicle's headings: a bare day
    (5日) into the heading's month, a month-day (7月11日) into the heading's year; with no year
    printed, a chronicle tells the past, so a month-day the engine read a few days ahead of the
    publication date (1月4日 in a year review published on 28 December) falls in the year before."""
    if expr.anchor != "publication" or expr.start is None or expr.end is None:
        return expr
    if expr.rule in vocab.BARE_DAY_RULES and month is not None:
        years = [year] if year is not None else [pub_date.year, pub_date.year - 1]
        for candidate in years:
            try:
                day = dt.date(candidate, month, expr.start.day)
            except ValueError:  # 31日 in a month without one
                return expr
            last = day + (expr.end - expr.start)  # 5日至6日: the range keeps its length
            if year is not None or last <= pub_date:
                value = day.isoformat() if last == day else f"{day.isoformat()}/{last.isoformat()}"
                return attrs.evolve(expr, start=day, end=last, value=value, anchor="previous")
        return expr
    if not _MONTH_FIRST.match(expr.text):
        return expr
    if year is not None:
        return _shifted(expr, year - expr.start.year)
    return _shifted(expr, -1) if expr.start > pub_date else expr


def _shifted(expr: TimeExpr, years: int) -> TimeExpr:
    """The expression moved by whole years."""
    if expr.start is None or expr.end is None or not years:
        return expr
    try:
        start = expr.start.replace(year=expr.start.year + years)
        end = expr.end.replace(year=expr.end.year + years)
    except ValueError:  # 2月29日 in a year without one
        return expr
    value = expr.value
    if value is not None and value[:4].isdigit():
        value = "/".join(str(int(part[:4]) + years) + part[4:] for part in value.split("/"))
    return attrs.evolve(expr, start=start, end=end, value=value, anchor="previous")


def _moved_like(expr: TimeExpr, read: TimeExpr, moved: TimeExpr) -> TimeExpr:
    """An anaphoric date (次日, 当月, 同年) after a chronicle date that was moved under its
    headings: the engine read it from the date as first read, so it moves the same way."""
    if read.start is None or moved.start is None or expr.start is None or expr.end is None:
        return expr
    months = (moved.start.year - read.start.year) * 12 + moved.start.month - read.start.month
    if expr.grain == "day" and expr.start == expr.end:
        day = _calendar.shift(expr.start, months=months)
        return attrs.evolve(expr, start=day, end=day, value=day.isoformat())
    if expr.grain == "month":
        start = _calendar.shift(expr.start, months=months)
        end = _calendar.month_end(start.year, start.month)
        return attrs.evolve(expr, start=start, end=end, value=f"{start.year:04d}-{start.month:02d}")
    return _shifted(expr, moved.start.year - read.start.year)


def _sentence_lead_day(text: str, earlier: list[Dated], start: int) -> TimeExpr | None:
    """The written day opening the sentence of a 今天/今日 at `start` (2月5日，…实验室今日在武汉
    正式启动试运行: a report of that day copied later), or None: its 'today' is that day."""
    lead = earlier[-1] if earlier else None
    if lead is None or lead.expr.grain != "day" or lead.expr.text.startswith(vocab.TODAY_WORDS):
        return None
    if start - lead.end > vocab.LEAD_DAY_REACH:
        return None
    if any(mark in text[lead.end : start] for mark in vocab.SENTENCE_END):
        return None
    return lead.expr if _opens_sentence(text, lead.start) else None


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but fillers stands between the sentence's start and `start`."""
    reach = max(0, start - vocab.LEAD_DAY_REACH)
    opening = max(text.rfind(stop, reach, start) for stop in vocab.FULL_STOPS)
    return not (opening < 0 < reach or text[opening + 1 : start].strip(vocab.SENTENCE_HEAD_FILLERS))


def _describes_the_lead_day(text: str, earlier: list[Dated], start: int, end: int) -> bool:
    """A date inside an apposition that describes the day opening the sentence (9月28日，中秋国庆
    假期前一天，…; 2月6日，乙巳蛇年春节后第二个职业日，…): set off by commas and ending in a day
    noun, it restates that day (spec: a sentence-initial date governs all its clauses), and its
    own dates (中秋, 国庆假期前一天, 乙巳蛇年) date nothing."""
    lead = earlier[-1] if earlier else None
    if lead is None or lead.expr.grain != "day" or not text.startswith(vocab.APPOSITION_MARKS, lead.end):
        return False
    close = _CLAUSE_MARK.search(text, lead.end + 1, lead.end + 1 + vocab.DAY_APPOSITION_MAX_LEN)
    if close is None or close.start() < start or close.group() not in vocab.APPOSITION_MARKS:
        return False
    if start == lead.end + 1 and end == close.start():
        return False  # 1月6日，2月7日，3月8日揭牌: a list of days, no description
    described = text[lead.end + 1 : close.start()].rstrip(vocab.SENTENCE_HEAD_FILLERS)
    return described.endswith(vocab.DAY_NOUNS) and _opens_sentence(text, lead.start)


def _same_day(expr: TimeExpr, earlier: list[Dated]) -> TimeExpr:
    """当日/当天: the day of the latest earlier day-grain date, which may be a fuzzy 日前 (the
    engine may take a month or a range), but not 截至目前 (the report's day, no event's: 10月11日，
    记者…了解到，截至目前，…。当天，记者在…看到 is 10月11日)."""
    days = (d.expr for d in reversed(earlier) if d.expr.grain == "day" and d.expr.kind != vocab.PRESENT_KIND)
    day = next(days, None)
    if day is None:
        return expr
    return attrs.evolve(expr, start=day.start, end=day.end, value=day.value, grain="day", anchor="previous")


def _blank(match: re.Match[str]) -> str:
    """A title's words masked with full-width spaces of the same length (offsets unchanged)."""
    head, words, tail = match.span(1), match.span(2), match.span(3)
    text = match.string
    return text[head[0] : head[1]] + "\u3000" * (words[1] - words[0]) + text[tail[0] : tail[1]]


def _inside_name(recognition: Recognition, start: int, end: int) -> bool:
    index = bisect.bisect_right(recognition.starts, start)
    for found in recognition.mentions[max(0, index - 8) : index + 1]:
        if found.start <= start and end <= found.end and found.type != "place":
            return True
    return False


def _across_a_names_end(recognition: Recognition, start: int, end: int) -> bool:
    """A date expression that opens inside a recognised name and runs past its end (长春分院:
    春分 across 长春): its first characters belong to the name, so it is no date."""
    index = bisect.bisect_right(recognition.starts, start)
    return any(
        found.start < start < found.end < end for found in recognition.mentions[max(0, index - 8) : index]
    )


def _names_a_kind(text: str, end: int, expr: TimeExpr) -> bool:
    """冬季供暖, 夏季用电高峰: a bare season word running into a noun or verb names a kind of thing."""
    if expr.grain != "season" or not expr.text.startswith(_SEASON_HEADS):
        return False
    following = text[end : end + 1]
    return bool(_HAN.match(following)) and following not in vocab.SEASON_TIME_TAILS


def _numbers_a_part(text: str, end: int, expr: TimeExpr) -> bool:
    """1号科创楼, 3号拦河闸, 1号车间: a day's number with no month running into a noun numbers a
    part (spec: a number inside a name is the name's), unless an act, a preposition or a time
    of day follows it (3号开馆, 3号在…举行, 3号上午)."""
    if expr.rule != vocab.BARE_DAY_RULE or not expr.text.endswith(vocab.PART_NUMBER_MARK):
        return False
    following = text[end : end + 1]
    runs_into_noun = bool(following) and HAN_FIRST <= following <= HAN_LAST
    return runs_into_noun and not text.startswith(_ACTS_AFTER_DAY, end)


def _names_a_period(text: str, end: int, expr: TimeExpr) -> bool:
    """2023年度用户大会, “十五五”规划建议: the date is part of a name that follows it."""
    if any(word in expr.text for word in vocab.NAME_DATE_WORDS):
        return True
    following = text[end : end + 4].lstrip('”’"')
    runs_into_words = bool(following[:1]) and HAN_FIRST <= following[0] <= HAN_LAST
    names = runs_into_words or following.startswith(vocab.NAME_OPENERS)
    if expr.text.endswith(vocab.YEAR_OF_NAME) and names:
        return True  # 2023年度用户大会, 2023年度“重庆市十大科技进展”
    plan = expr.rule == vocab.FIVE_YEAR_PLAN_RULE and expr.text.endswith(vocab.FIVE_YEAR_PLAN_ENDS)
    if plan and runs_into_words:
        start = end - len(expr.text)
        timed = text.endswith(vocab.FIVE_YEAR_PLAN_TIME_BEFORE, 0, start)
        if not timed and not following.startswith(vocab.FIVE_YEAR_PLAN_TIME_TAILS):
            return True  # “十四五”酱香酒习水同民坝一期建设项目: the plan names the project
    return following.startswith(vocab.NAME_AFTER_DATE)


def clause_date(
    text: str,
    dates: Dates,
    sentence: Sentence,
    span: tuple[int, int],
    trigger_at: int,
    frames: tuple[tuple[int, int], ...] = (),
    own_from: int = 0,
) -> TimeExpr | None:
    """The clause's own date, else the nearest earlier one of its sentence, else None: a
    dateline set apart above the paragraph (中新网宜宾5月20日电 (记者 王强)) is furniture, the
    day the report was filed, and dates no clause (annotation README, 159 and 241).

    In the clause, the date nearest before the trigger wins (of a list of dates, 7月、9月, the
    first); a date after the trigger that
    runs straight into more words names the object (公示2025年科学技术奖名单), not the event.
    Dates inside the sentence's `frames` (继…之后, 自…以来 clauses) date only their own clause, and
    those before `own_from` only the clause's dated attribute (2011年开工建设的…已经通车).
    """
    clause_start, clause_end = span
    # a frame holding the clause (继A，并B之后) is its own context: its dates date the clause
    frames = tuple(f for f in frames if not (f[0] <= clause_start and clause_end <= f[1]))
    own = dates.within(max(clause_start, own_from), clause_end)
    before = [d for d in own if d.end <= trigger_at]
    after = [d for d in own if d.start >= trigger_at and _dates_the_predicate(text, d.end)]
    if before:
        first = len(before) - 1
        while first > 0 and text[before[first - 1].end : before[first].start] in vocab.DATE_LIST_JOINERS:
            first -= 1  # a list of dates (7月、9月): the first one
        if after and after[0].expr.grain == "day" and _names_a_batch(text, before[first]):
            return after[0].expr  # …2024年第三季度…开工活动8月15日举行: the day the batch's act was held
        return _narrower_earlier(text, dates, sentence, before[first], frames)
    if after:
        return after[0].expr
    misprint = dates.last_misprinted_day(text, sentence.start, trigger_at)
    latest = dates.last_within(sentence.start, trigger_at)
    if misprint is not None and (latest is None or latest.end < misprint):
        return None  # 115日，…: the clause's date was misprinted (unread), no other date stands in
    earlier = _last_outside(dates, sentence.start, clause_start, frames, text)
    if earlier is None:
        earlier = _heading_before_semicolons(text, dates, sentence.start)
    if earlier is not None and _PRESENT_OPENING.search(text, earlier.end, trigger_at) is not None:
        return None  # 项目于2019年12月开工，目前，…进入安装阶段: the state now, not the start's day
    if earlier is not None:
        return _opening_inside(text, dates, sentence, earlier, frames).expr
    return dates.item_date(clause_start)


def _opening_inside(
    text: str, dates: Dates, sentence: Sentence, nearest: Dated, frames: tuple[tuple[int, int], ...]
) -> Dated:
    """The date opening the sentence when the nearest earlier date only describes it (昨天是春节后
    牛年首个工作日，我市举行…开工活动: the day is told to lie in the lunar year named after it): a
    sentence-initial date governs all its clauses (spec), and the wider one said of it dates nothing
    narrower. A wider date of its own clause (2月26日，据…消息，2025年，将有…赛事落户合肥) stays."""
    if nearest.expr.grain == "day":
        return nearest
    opening = _last_outside(dates, sentence.start, nearest.start, frames, text)
    while opening is not None and text[sentence.start : opening.start].strip(vocab.SENTENCE_HEAD_FILLERS):
        opening = _last_outside(dates, sentence.start, opening.start, frames, text)
    if opening is None or not _inside(opening.expr, nearest.expr):
        return nearest
    between = text[opening.end : nearest.start]
    if not between.startswith(vocab.DAY_DESCRIBED) or _CLAUSE_MARK.search(between):
        return nearest
    return opening


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the last match of the pattern inside [start, end) ends, or None."""
    found = None
    for match in pattern.finditer(text, start, end):
        found = match.end()
    return found


def _heading_before_semicolons(text: str, dates: Dates, start: int) -> Dated | None:
    """The date heading a whole sentence whose parts are cut by ；(据了解，2023年广东省…将推进…；
    …将建成…；…将全力争取…投产): a sentence-initial date governs all its clauses. Only a date that
    heads the sentence (after an opener such as 据了解，) reaches past a ；, or one in the head of a
    list whose items the ； parts (…当日签约的7个项目主要包括：A；B；C)."""
    if start == 0 or text[start - 1] not in vocab.SEMICOLONS:
        return None
    # the marks and dates are looked up by bisection: a long run of ；-parts stays linear
    stops, colons = dates.marks(text)
    at = bisect.bisect_left(stops, start - 1) - 1
    whole = (stops[at] if at >= 0 else -1) + 1
    first = dates.first_within(whole, start)
    if first is None:
        return None
    if text.startswith(vocab.SAME_OCCASION_OPENERS, start):
        # …签约仪式于8月15日上午在舟山举行，…签订…协议；此外，…三方签订了股东出资协议: the occasion's day
        last = dates.last_within(whole, start)
        if last is not None and last.expr.grain == "day":
            return last
    at = bisect.bisect_left(colons, start) - 1
    colon = colons[at] if at >= 0 and colons[at] >= whole else -1
    listed = dates.last_within(whole, colon) if colon >= 0 else None
    if listed is not None:  # 当日签约的7个项目主要包括：A…；B…；C签署框架协议: the list heads its items
        return None if _dates_own_clause_only(text, whole, listed) else listed
    before = text[whole : first.start].strip(vocab.SENTENCE_HEAD_FILLERS)
    if before and not (before[:-1] in vocab.PARAGRAPH_OPENERS and before[-1] in vocab.CLAUSE_MARKS):
        return None
    return None if _dates_own_clause_only(text, whole, first) else first


def _dates_the_predicate(text: str, end: int) -> bool:
    """A date after the trigger that ends the clause or runs into its predicate (…开工仪式8月15日
    在水土园区举行, 揭牌仪式8月15日上午举行), not into a noun it names (公示2025年科学技术奖名单)
    nor into a count of it (公布了2012-2013年2242个重大投资项目名录)."""
    if text.startswith(vocab.PREDICATE_AFTER_DATE, end):
        return True
    counted = end < len(text) and text[end] in _DIGITS
    return not (counted or _HAN.match(text, end))


def _names_a_batch(text: str, found: Dated) -> bool:
    return found.expr.grain != "day" and _batch_after(_BATCH_AFTER_DATE, text, found.end)


def _batch_after(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """A batch named right after a date (2024年一季度重大项目, 2022年…第三批): the date is part of
    the batch's name. Not when a holding verb stands between (于10月举行第二批项目签约仪式): then
    the date is when the batch's act was held."""
    match = pattern.match(text, end)
    return match is not None and not any(verb in match.group() for verb in vocab.HOLDING_VERBS)


def _opens_event_name(text: str, found: Dated) -> bool:
    """A written period opening the name of a meeting or an event (2024年中国…交易会开幕); a
    deictic one (今年重庆科技创新大会在…召开) is the clause's time."""
    written = found.expr.grain != "day" and found.expr.anchor == "absolute"
    return written and bool(_EVENT_NAME.match(text, found.end))


def _dates_own_clause_only(text: str, sentence_start: int, found: Dated) -> bool:
    """A date that dates its own clause but no later one: a period naming a batch (3月12日，两江新区
    召开2024年一季度重大项目推进会，会上，…开工建设: the quarter is part of the meeting's name), and a
    season inside the sentence (为保障今年冬季供暖，…; a season heading the sentence governs it)."""
    if found.expr.grain == "day":
        return False
    if _batch_after(_BATCH_AFTER_DATE, text, found.end) or _opens_event_name(text, found):
        return True
    heads_sentence = not text[sentence_start : found.start].strip(vocab.SENTENCE_HEAD_FILLERS)
    return found.expr.grain == "season" and not heads_sentence


def _last_outside(
    dates: Dates, start: int, end: int, frames: tuple[tuple[int, int], ...], text: str | None = None
) -> Dated | None:
    """The last date inside [start, end) that lies in none of the frames; given the `text`, one
    that names a batch (3月12日，两江新区召开2024年一季度重大项目推进会，会上，…开工建设: the quarter
    is part of the meeting's name) is passed over, as it dates no clause but its own."""
    while end > start:
        found = dates.last_within(start, end)
        if found is None:
            return None
        frame = next((f for f in frames if f[0] <= found.start < f[1]), None)
        if frame is not None:
            end = frame[0]
        elif text is not None and _dates_own_clause_only(text, start, found):
            end = found.start
        else:
            return found
    return None


def _narrower_earlier(
    text: str, dates: Dates, sentence: Sentence, own: Dated, frames: tuple[tuple[int, int], ...]
) -> TimeExpr | None:
    """A date that names a batch (4月27日，武汉市2022年第二季度全市重大项目集中开工; 9月28日，
    凤冈县2015年第四季度18个项目集中开工) gives way to the sentence's earlier day; a year naming
    a numbered batch (马山县2022年…第三批…项目等8个项目开工) or written right after a place (克山县
    2020年百大项目…集中开工) dates nothing when no earlier date stands in the sentence.
    A period opening the name of a meeting or an event (8月15日，2024年中国…科技成果交易会开幕)
    is part of the name: the sentence's earlier date dates the clause, else nothing does."""
    if _opens_event_name(text, own):
        earlier = _last_outside(dates, sentence.start, own.start, frames)
        if earlier is None:
            return None  # 2024年中国…交易会开幕: the name's year
        return _opening_inside(text, dates, sentence, earlier, frames).expr
    if own.expr.grain == "day" or not _batch_after(_BATCH_AFTER_DATE, text, own.end):
        return own.expr  # a day names no batch (大连28日举行重点项目开工活动)
    if text.endswith(vocab.SINCE_HEADS, 0, own.start):
        return own.expr  # 自2018年11月第一批…集中开工以来: the frame's time (spec), no batch's name
    earlier = _last_outside(dates, sentence.start, own.start, frames)
    # 克山县2020年百大项目: a written year after a place names the batch (两江新区今年开工的 is its time)
    placed = own.start > 0 and text[own.start - 1] in vocab.PLACE_ENDS_BEFORE_DATE
    named = placed and own.expr.anchor == "absolute"
    if earlier is None and (named or _batch_after(_NUMBERED_BATCH, text, own.end)):
        return None
    # 举行2024年“迎老乡…”新春交流暨一季度重大项目集中开工仪式: every period of the name gives way
    while earlier is not None and earlier.expr.grain != "day" and _same_name(text, earlier.end, own.start):
        earlier = _last_outside(dates, sentence.start, earlier.start, frames)
    if earlier is not None:
        earlier = _opening_inside(text, dates, sentence, earlier, frames)
    if earlier is None or not (earlier.expr.grain == "day" or _inside(earlier.expr, own.expr)):
        return own.expr  # 于10月举行2024年第二批…开工仪式: the month within the batch's year dates it
    return earlier.expr


def _same_name(text: str, start: int, end: int) -> bool:
    """No clause mark nor holding verb between two dates: both stand in one name."""
    between = text[start:end]
    return not _CLAUSE_MARK.search(between) and not any(verb in between for verb in vocab.HOLDING_VERBS)


def _inside(narrow: TimeExpr, wide: TimeExpr) -> bool:
    """The first expression's interval lies inside the second's and is shorter."""
    if narrow.start is None or narrow.end is None or wide.start is None or wide.end is None:
        return False
    same = narrow.start == wide.start and narrow.end == wide.end
    return wide.start <= narrow.start and narrow.end <= wide.end and not same


def dated_right_before(text: str, dates: Dates, clause_start: int, trigger_at: int) -> bool:
    """A date right before the trigger (2020年12月才成立的…): an attributive that dates."""
    return any(
        text[d.end : trigger_at] in vocab.DATE_TRIGGER_GAP for d in dates.within(clause_start, trigger_at)
    )


def planned_date(status: str, date: TimeExpr | None, clause: str) -> TimeExpr | None:
    """A plan's date: 'recently' (近期, 近日, 最近: the 30 days up to publication) governed by a
    cue of plan (将于近期开工, 近期将揭牌) means soon, a time the text does not give: it dates
    nothing. Heading the report (近日，…拟认定…) it stays the report's time. A plan told by a
    span of time ahead (计划18个月内完工) has no date of its own: a date from outside the clause
    does not date it."""
    ahead = _DURATION_AHEAD.search(clause) is not None
    if status == "planned" and date is not None and ahead and date.text not in clause:
        return None
    if status != "planned" or date is None or date.rule != vocab.RECENT_RULE:
        return date
    soon = any(cue + date.text in clause for cue in vocab.SOON_BEFORE)
    if soon or any(date.text + cue in clause for cue in vocab.SOON_AFTER):
        return None
    return date


def may_date_a_plan(date: TimeExpr | None, clause: str, pub_date: dt.date) -> bool:
    """A clause's own date under a modal shared with the clauses before it (预计4月30日全面中交，
    年内投产; 将于5月开工，今年建成投用): one that reaches the publication date or lies after it
    (年内, 今年) leaves the clause a plan; one wholly past (今年1月已完成主体封顶), or a clause told
    as done (今年已开工), does not."""
    if date is None or date.end is None or date.end < pub_date:
        return False
    return not any(word in clause for word in vocab.TOLD_DONE)


def dated_status(status: str, date: TimeExpr | None, pub_date: dt.date) -> str:
    """A clause told as done whose date lies wholly after publication is still a plan."""
    if status == "occurred" and date is not None and date.start is not None and date.start > pub_date:
        return "planned"
    return status
