"""What a rule resolves to, and the context it resolves in (reference date, earlier mentions, cues).

`Resolved` is the interval part of a `timeline.dates.TimeExpr`; `Context` answers the questions
a resolver may ask: which year does a year-less date fall in, what was the latest earlier
expression, does a forward cue govern this clause.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

import attrs

from timeline._dates import calendar as cal
from timeline._dates import vocab

Interval = tuple[_dt.date, _dt.date]
GRACE = _dt.timedelta(days=7)
DAYS_IN_WEEK = 7
# An expression bears a year for the ones after it when the year was written, taken from an
# earlier mention, or given by a year word (去年).
YEAR_BEARING_ANCHORS = ("absolute", "previous")

_CLAUSE_BREAK = re.compile("[" + re.escape(vocab.CLAUSE_BREAKS) + "]")
_SENTENCE_BREAK = re.compile("[" + re.escape(vocab.SENTENCE_BREAKS) + "]")
_YEAR_SHARING_BREAK = re.compile("[" + re.escape(vocab.YEAR_SHARING_BREAKS) + "]")
# A sentence opening with a written year (2008年，… / 二零零二年，九月五日，…): a narration's head.
_OPENING_YEAR = re.compile(
    "[" + re.escape(vocab.SENTENCE_OPENERS) + "]*(\\d{4}|[" + vocab.CN_DIGITS + "]{4}|\\d{2})"
    + "[" + vocab.DATE_BLANKS + "]?" + vocab.YEAR_WORD
)
_SENTENCE_BREAKS_RUN = re.compile("[" + re.escape(vocab.YEAR_SHARING_BREAKS) + "]+")
# Words holding a cue character without being a cue (模拟) are matched first and skipped.
# 将X由A提升至B: 将 marks the object of a change, no future (spec: a cue governs what follows).
_DISPOSAL = (
    re.escape(vocab.DISPOSAL_MARK) + "[^" + re.escape(vocab.CLAUSE_BREAKS) + "]{1,16}?(?:"
    + "|".join(map(re.escape, vocab.DISPOSAL_FROM)) + ")[^" + re.escape(vocab.CLAUSE_BREAKS) + "]{1,12}?(?:"
    + "|".join(map(re.escape, vocab.DISPOSAL_VERBS)) + ")"
)
# 计划 closing a noun (发布…计划和…): the plan released, no future.
_PLAN_NOUN = (
    "计划(?=[" + re.escape(vocab.PLAN_NOUN_FOLLOWERS) + "]|["
    + re.escape(vocab.PLAN_NOUN_JOINERS) + "][" + re.escape(vocab.PLAN_NOUN_JOINED) + "])"
)
# A quoted name (“即将启航”系列活动): its words are skipped whole.
_QUOTED_NAME = "“[^“”]{1,40}”(?=" + "|".join(map(re.escape, vocab.QUOTED_NAME_HEADS)) + ")"
_CUE = re.compile(
    "(?:" + "|".join(map(re.escape, vocab.NOT_CUE_WORDS)) + "|" + _DISPOSAL + "|" + _PLAN_NOUN + "|"
    + _QUOTED_NAME + ")|("
    + "|".join(map(re.escape, sorted(vocab.FORWARD_CUES, key=len, reverse=True))) + ")"
)
_CUE_START = re.compile("[" + re.escape("".join({cue[0] for cue in vocab.FORWARD_CUES})) + "]")
_REPORTING = re.compile("|".join(map(re.escape, vocab.REPORTING_VERBS)))
# A clause of the sentence that holds a date of its own: a cue there is that date's.
_DATED_CLAUSE = re.compile(
    "[" + re.escape(vocab.CLAUSE_BREAKS) + "][^" + re.escape(vocab.CLAUSE_BREAKS) + "]*?"
    + vocab.DATE_IN_CLAUSE
)
# A clause telling what the act before it will bring about (，将解决…): its 将 is no cue of the act.
_CONSEQUENCE = re.compile(
    "[" + re.escape(vocab.CLAUSE_BREAKS) + "](?:" + "|".join(map(re.escape, vocab.CONSEQUENCE_OPENERS))
    + ")?(?:[^" + re.escape(vocab.CLAUSE_BREAKS) + "]{1," + str(vocab.CONSEQUENCE_ACT_REACH) + "}后)?(?:"
    + "|".join(map(re.escape, vocab.CONSEQUENCE_MARKS)) + ")"
    + "(?!" + "|".join(map(re.escape, vocab.NOT_CONSEQUENCE_WORDS)) + ")(?:"
    + "|".join(map(re.escape, vocab.CONSEQUENCE_VERBS)) + ")"
)
# A clause opening with a date: an item of a schedule (计划3月开工，6月封顶，10月投产).
_DATE_OPENING = re.compile("[" + re.escape(vocab.SENTENCE_OPENERS) + "]*" + vocab.DATE_IN_CLAUSE)
_HOLIDAY_NAMES = "|".join(
    map(
        re.escape,
        sorted(
            {
                *vocab.SOLAR_HOLIDAYS, *vocab.LUNAR_HOLIDAYS, *vocab.FLOATING_HOLIDAYS,
                *vocab.SOLAR_TERM_HOLIDAYS, *vocab.CONTEXT_HOLIDAYS,
            },
            key=len,
            reverse=True,
        ),
    )
)
_SCHEDULE_NUMBER = (
    f"(?:[{vocab.HOLIDAY_SCHEDULE_NUMBERS}]{{1,2}}[{re.escape(vocab.HOLIDAY_SCHEDULE_NUMBER_MARKS)}]"
    f"|[（(][{vocab.HOLIDAY_SCHEDULE_NUMBERS}]{{1,2}}[）)])"
)
# The head of a holiday schedule's line, at the start of a clause: 二、春节： / 国庆节、中秋节：
_HOLIDAY_SCHEDULE_HEAD = re.compile(
    f"(?<![^{re.escape(vocab.CLAUSE_BREAKS)}])[{re.escape(vocab.SENTENCE_OPENERS)}]*{_SCHEDULE_NUMBER}?\\s*"
    f"(?:{_HOLIDAY_NAMES})(?:[{vocab.HOLIDAY_SCHEDULE_JOINERS}](?:{_HOLIDAY_NAMES}))*[：:]"
)
_HOLIDAY_SCHEDULE_WORD = re.compile("|".join(map(re.escape, vocab.HOLIDAY_SCHEDULE_WORDS)))
WINDOW = 200  # a clause or sentence is looked at no further than this from the expression
SCHEDULE_ITEMS = 8  # a schedule's dated clauses are read back no further than this to its cue


@attrs.frozen(cache_hash=True)  # hashed often: the scanner's memo keys on earlier expressions
class Resolved:
    """An expression's meaning: interval, grain, TIMEX3 value, mod, kind and anchor."""

    start: _dt.date | None
    end: _dt.date | None
    grain: str | None
    value: str | None
    mod: str | None = None
    kind: str = "date"
    anchor: str = "absolute"
    time_of_day: str | None = None


def _bounds(breaks: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around text[start:end] up to the nearest breaks (at most WINDOW away)."""
    left = max(0, start - WINDOW)
    for found in breaks.finditer(text, left, start):
        left = found.end()
    after = breaks.search(text, end, end + WINDOW)
    right = after.start() if after is not None else min(len(text), end + WINDOW)
    return left, right


@attrs.define()
class Context:
    """Everything a resolver may consult besides its own match."""

    text: str
    reference: _dt.date
    prefer: str | None = None
    earlier: Resolved | None = None  # latest earlier dated expression of the text
    earlier_day: Resolved | None = None  # latest earlier one of grain day (for 当天, 次日)
    # latest earlier dated expression that starts after the reference date (a coming event)
    coming: Resolved | None = None
    previous_end: int = -1  # where it ends in the text
    previous_start: int = -1  # where it starts in the text
    inherit: Resolved | None = None  # left end of a range, for the right end's missing parts
    start: int = 0
    end: int = 0
    # Set when a resolver asked about anything but its own match and the reference date (the
    # earlier expression, a forward cue…): the scanner reuses a result only where the same
    # questions get the same answers.
    asked_previous: bool = False
    asked_forward: bool = False
    asked_sentence: bool = False
    asked_year: bool = False
    asked_week: bool = False
    asked_speech: bool = False

    @property
    def previous(self) -> Resolved | None:
        """The latest earlier dated expression of the text (anaphora)."""
        self.asked_previous = True
        return self.earlier

    def previous_day(self) -> Resolved | None:
        """The day 当天 / 次日 count from: the latest earlier expression, or the latest earlier day
        when that one is a coarser period starting no later than the day (国家统计局18日发布…前三
        季度…；在当天举行的发布会上: the quarter is what was reported that day). A coarser period
        starting after the day (2021年3月5日…；2022年6月，…当天) leaves the period's start."""
        previous, day = self.previous, self.earlier_day
        if previous is None or previous.grain == "day" or day is None or previous.start is None:
            return previous
        return day if day.start is not None and previous.start <= day.start else previous

    def at(self, start: int, end: int) -> Context:
        """The same context for the expression at text[start:end]."""
        self.start, self.end = start, end
        return self

    def for_right_end(self, left: Resolved, start: int, end: int) -> Context:
        """A context for the right end of a range whose left end resolved to `left`."""
        return attrs.evolve(self, inherit=left, earlier=left, start=start, end=end)

    def sentence_antecedent(self) -> Resolved | None:
        """The latest earlier date when it stands in this expression's sentence, else None."""
        self.asked_sentence = True
        earlier = self.earlier
        if earlier is None or earlier.start is None or earlier.kind != "date" or earlier.mod is not None:
            return None
        if not 0 <= self.start - self.previous_end <= WINDOW:
            return None
        if _SENTENCE_BREAK.search(self.text, self.previous_end, self.start) is not None:
            return None
        return earlier

    def compared_antecedent(self) -> Resolved | None:
        """The latest earlier date when no full stop stands between it and this expression (a
        comparison, 较上季末, refers to the period the sentence reports, across ；), else None."""
        self.asked_sentence = True
        earlier = self.earlier
        if earlier is None or earlier.start is None or earlier.kind != "date":
            return None
        if not 0 <= self.start - self.previous_end <= WINDOW:
            return None
        if _YEAR_SHARING_BREAK.search(self.text, self.previous_end, self.start) is not None:
            return None
        return earlier

    def speech_antecedent(self) -> Resolved | None:
        """The day of a speech quoted in this expression's sentence, when the expression stands
        in the quotation: 1949年10月1日，毛泽东宣布：“…今天成立了！” (今天 is that day). The latest
        earlier expression of the sentence must be a day (6月10日，他说：“今天…”; “今天是青年节，
        明天…” counts from the festival just read)."""
        self.asked_speech = True
        earlier, text = self.sentence_antecedent(), self.text
        if earlier is None or earlier.grain != "day":
            return None
        left = max(0, self.start - WINDOW)
        opening = max(text.rfind(mark, left, self.start) for mark in vocab.SPEECH_OPENING_QUOTES)
        closed = any(text.find(mark, opening, self.start) >= 0 for mark in vocab.SPEECH_CLOSING_QUOTES)
        if opening < 0 or closed:
            return None
        return earlier

    def week_antecedent(self) -> Resolved | None:
        """The latest earlier expression when it names the week of a bare weekday after it.

        That is a named week (下周, 上周) close before (下周天气展望：…周中期…周末…), as a reader
        takes a forecast or a narration that has named its week; or a day or a few days (at most
        a week) written before it in the same sentence: 今年端午节是星期六, 6月22日到25日，从星期四
        放到星期日 name days of that week, not of the reference week.
        """
        self.asked_week = True
        earlier = self.earlier
        if earlier is None or earlier.start is None or earlier.end is None:
            return None
        if not 0 <= self.start - self.previous_end <= WINDOW:
            return None
        if earlier.grain == "week" and earlier.kind == "date":
            return earlier
        if earlier.grain == "day" and earlier.kind == "date" and self._listed_weekdays():
            return earlier  # 周一，阴天…；周三，多云…: a forecast list goes on in the week it began
        if (
            earlier.grain == "day"
            and earlier.kind in ("date", "range")
            and earlier.mod is None
            and (earlier.end - earlier.start).days < DAYS_IN_WEEK
            and _SENTENCE_BREAK.search(self.text, self.previous_end, self.start) is None
        ):
            return earlier
        return None

    def _listed_weekdays(self) -> bool:
        """True when the earlier expression is a weekday too and each opens a line, a sentence or
        an item after ；(a list of days, as forecasts write them)."""
        earlier = self.text[self.previous_start : self.previous_end].lstrip(vocab.WEEK_STEPS)
        return earlier.startswith(tuple(vocab.WEEK_WORDS)) and all(
            at == 0 or self.text[at - 1] in vocab.LIST_ITEM_BREAKS for at in (self.start, self.previous_start)
        )

    def forward(self) -> bool:
        """True when a year-less expression here should take the earliest coming occurrence."""
        if self.prefer is not None:
            return self.prefer == "future"
        self.asked_forward = True
        text, start, end = self.text, self.start, self.end
        if self._in_holiday_schedule():
            return True
        if _CUE_START.search(text, max(0, start - WINDOW), end + WINDOW) is None:
            return False  # no cue character anywhere near: the common case, and dense lists of dates
        left, right = _bounds(_CLAUSE_BREAK, text, start, end)
        # the clause's break stays with what follows: 公布招生计划。 closes a noun (PLAN_NOUN_FOLLOWERS)
        if _has_cue(text[left:start]) or _has_cue(text[end : right + 1]):
            return True
        s_left, s_right = _bounds(_SENTENCE_BREAK, text, start, end)
        if text[s_left:start].strip(vocab.SENTENCE_OPENERS):
            return self._schedule_item(s_left, left)
        speech = _REPORTING.search(text, end, s_right)
        stop = speech.start() if speech is not None else s_right
        dated = _DATED_CLAUSE.search(text, end, stop)
        stop = dated.start() if dated is not None else stop
        # (a date alone in its clause, 8月，将为…举行, governs the clause after it whole)
        consequence = _CONSEQUENCE.search(text, right if text[end:right].strip() else right + 1, stop)
        return _has_cue(text[end : (consequence.start() if consequence is not None else stop) + 1])

    def _in_holiday_schedule(self) -> bool:
        """True when the expression stands, from its head on, in a line of a holiday schedule:
        元旦：1月1日至3日放假调休，共3天 (vocab.HOLIDAY_SCHEDULE_WORDS)."""
        text, start, end = self.text, self.start, self.end
        if _HOLIDAY_SCHEDULE_WORD.search(text, start, end + WINDOW) is None:
            return False
        s_left, s_right = _bounds(_SENTENCE_BREAK, text, start, end)
        for head in _HOLIDAY_SCHEDULE_HEAD.finditer(text, s_left, s_right):
            if head.start() > start:
                return False
            if _HOLIDAY_SCHEDULE_WORD.search(text, head.end(), s_right):
                return True
        return False

    def _schedule_item(self, sentence_start: int, clause_start: int) -> bool:
        """True when the expression opens a clause that goes on with a schedule begun under a
        forward cue: 计划3月开工，6月主体封顶，10月投产 (the cue governs the dates listed after it,
        as it makes their clauses planned). Each clause back to the cue opens with a date, and
        the latest earlier expression, in the clause right before, is not over yet (去年计划3月
        开工，6月投产 tells a past schedule)."""
        text, earlier = self.text, self.earlier
        if text[clause_start : self.start].strip(vocab.SENTENCE_OPENERS) or clause_start <= sentence_start:
            return False
        if earlier is None or earlier.end is None or earlier.end < self.reference:
            return False
        item_end = clause_start - 1
        first = True
        for _item in range(SCHEDULE_ITEMS):
            if item_end <= sentence_start:
                return False
            item_start, _ = _bounds(_CLAUSE_BREAK, text, item_end, item_end)
            if item_start < sentence_start or (first and not item_start <= self.previous_start < item_end):
                return False
            if _has_cue(text[item_start:item_end]):
                return True
            if not _DATE_OPENING.match(text, item_start, item_end):
                return False
            item_end, first = item_start - 1, False
        return False

    def year_antecedent(self) -> Resolved | None:
        """The latest earlier expression when it bore a year and stands in the same sentence.

        Spec: a month or day following such a date shares its year (2025年6月完成建设、9月开学).
        """
        self.asked_year = True
        previous = self.earlier
        if (
            not self._previous_has_year()
            or previous is None
            or previous.start is None
            or previous.end is None
            or (previous.start.year != previous.end.year and not _is_lunar_year(previous))
            or not 0 <= self.previous_end <= self.start
            or _YEAR_SHARING_BREAK.search(self.text, self.previous_end, self.start) is not None
        ):
            return None
        if _SENTENCE_BREAK.search(self.text, self.previous_end, self.start) and not (
            self._opens_sentence() or self._sentence_opens_with(previous.start.year)
        ):
            return None  # across ；only from a date that opens the sentence (it governs the clauses)
        return previous

    def _sentence_opens_with(self, year: int) -> bool:
        """True when the sentence of the earlier expression opens with this year written
        (2016年立秋是8月7日，白露是9月7日；秋分是9月23日: the year governs every clause)."""
        head = max(self.text.rfind(mark, 0, self.previous_start) for mark in vocab.YEAR_SHARING_BREAKS)
        opening = _OPENING_YEAR.match(self.text, head + 1, self.previous_end)
        return opening is not None and _same_year(opening.group(1), year)

    def narration_antecedent(self) -> Resolved | None:
        """The latest earlier expression when it heads a narration of a past year that goes on
        in this expression's sentence, the next one (vocab.NARRATION_YEARS_BACK), else None."""
        self.asked_year = True
        earlier, text = self.earlier, self.text
        if (
            earlier is None
            or earlier.start is None
            or earlier.end is None
            or earlier.anchor not in YEAR_BEARING_ANCHORS
            or earlier.grain == "multi-year"
            or earlier.start.year != earlier.end.year
            or earlier.end.year > self.reference.year - vocab.NARRATION_YEARS_BACK
            or not 0 <= self.start - self.previous_end <= WINDOW
        ):
            return None
        breaks = list(_SENTENCE_BREAKS_RUN.finditer(text, self.previous_end, self.start))
        if len(breaks) != 1:
            return None
        closes = not text[self.previous_end : breaks[0].start()].strip(vocab.NARRATION_CLOSERS)
        left = max(0, self.previous_start - WINDOW)
        head = max(text.rfind(mark, left, self.previous_start) for mark in vocab.YEAR_SHARING_BREAKS)
        if head < 0 and left > 0:
            return None
        opening = _OPENING_YEAR.match(text, head + 1, self.previous_end)
        opens = opening is not None and _same_year(opening.group(1), earlier.start.year)
        # 15年上半年，…。六月中上旬，…。七月上旬，…: a date heading each sentence carries the
        # narration on with the year it took
        goes_on = earlier.anchor == "previous" and self._opens_sentence()
        return earlier if opens or closes or goes_on else None

    def _opens_sentence(self) -> bool:
        """True when the earlier expression stands at the head of its sentence, or right after a
        colon or a dash that opens a list (…上升曲线——2021年7月起，…；10月16日，…)."""
        head = max(self.text.rfind(mark, 0, self.previous_start) for mark in vocab.YEAR_SHARING_BREAKS)
        before = self.text[head + 1 : self.previous_start].strip().strip(vocab.SENTENCE_OPENERS)
        return not before or before.endswith(vocab.LIST_OPENERS)

    def _previous_has_year(self) -> bool:
        """The earlier expression's year was written, taken from an earlier mention, or given by
        a year word (去年)."""
        earlier = self.earlier
        return (
            earlier is not None
            and earlier.grain != "multi-year"
            and (
                earlier.anchor in YEAR_BEARING_ANCHORS
                or vocab.YEAR_WORD in self.text[self.previous_start : self.previous_end]
            )
        )

    def pick_year(
        self, build: Callable[[int], Interval | None], *, in_reference_year: bool = False
    ) -> tuple[Interval, str] | None:
        """Interval and anchor of a period whose year is not written (spec: missing year).

        With `in_reference_year` (bare 年初 / 年中 / 年底: spec, parts of the reference year) a
        year shared from the sentence or a range still counts, but the fallback is the reference
        year itself instead of the latest / next occurrence."""
        if self.inherit is None and (antecedent := self.year_antecedent()) is not None:
            assert antecedent.start is not None
            interval = _attempt(build, antecedent.start.year)
            # a forward cue (将于3月) overrules a shared year that would put the date in the past
            if interval is not None and (interval[1] >= self.reference or not self.forward()):
                return interval, "previous"
            if interval is None:
                return None
        if self.inherit is None and (narration := self.narration_antecedent()) is not None:
            assert narration.start is not None
            interval = _attempt(build, narration.start.year)
            if interval is not None and not self.forward():
                return interval, "previous"
        if self.inherit is not None and self.inherit.start is not None:
            base = self.inherit.start.year
            for year in (base, base + 1):
                interval = _attempt(build, year)
                if interval is not None and interval[1] >= self.inherit.start:
                    return interval, self.inherit.anchor
            return None
        ref = self.reference
        if in_reference_year:
            interval = _attempt(build, ref.year)
            return (interval, "publication") if interval is not None else None
        candidates = [iv for year in range(ref.year - 1, ref.year + 2) if (iv := _attempt(build, year))]
        chosen = self.choose(candidates)
        if chosen is None:  # 2月29日: look further for a leap year (the next one under a cue)
            candidates = [iv for year in range(ref.year - 8, ref.year + 9) if (iv := _attempt(build, year))]
            chosen = self.choose(candidates)
        return chosen

    def pick_month(self, build: Callable[[int, int], Interval | None]) -> tuple[Interval, str] | None:
        """Interval and anchor of a day or month part whose month is not written either."""
        if self.inherit is not None and self.inherit.start is not None:
            base = self.inherit.start
            for delta in (0, 1):
                interval = _attempt(build, *cal.add_months(base.year, base.month, delta))
                if interval is not None and interval[1] >= base:
                    return interval, self.inherit.anchor
            return None
        ref = self.reference
        candidates = [
            iv
            for delta in range(-12, 13)
            if (iv := _attempt(build, *cal.add_months(ref.year, ref.month, delta)))
        ]
        return self.choose(candidates)

    def choose(self, candidates: list[Interval]) -> tuple[Interval, str] | None:
        """The missing-year choice among candidate intervals: the latest that does not start more
        than GRACE after the reference, or under a forward cue the earliest not yet over."""
        ref = self.reference
        if self.forward():
            coming = [iv for iv in candidates if iv[1] >= ref]
            return (min(coming), "publication") if coming else None
        past = [iv for iv in candidates if iv[0] - ref <= GRACE]  # ref + GRACE overflows on 9999-12-31
        return (max(past), "publication") if past else None


def _digit_year(digits: str) -> int:
    """A year written digit by digit, in Arabic or Chinese digits (2008, 二〇〇八, 二零零八)."""
    values = (str(max(0, vocab.CN_DIGITS.index(c) - 1)) if c in vocab.CN_DIGITS else c for c in digits)
    return int("".join(values))


def _same_year(digits: str, year: int) -> bool:
    """True when a year written in full (2015) or by two digits (15年) is `year`."""
    return _digit_year(digits) == (year if len(digits) > 2 else year % 100)


def _is_lunar_year(resolved: Resolved) -> bool:
    """A lunar year (庚子鼠年) spans two Gregorian years; what follows it shares its first."""
    return resolved.grain == "year" and resolved.kind == "date" and resolved.mod is None


def _attempt(build: Callable[..., Interval | None], *args: int) -> Interval | None:
    """A candidate interval, or None when it falls off the calendar (year 0 or 10000)."""
    try:
        return build(*args)
    except (ValueError, OverflowError) as err:
        if not cal.off_calendar(err):
            raise
        return None


def _has_cue(text: str) -> bool:
    if _CUE_START.search(text) is None:  # most clauses hold no cue character at all
        return False
    return any(found.group(1) for found in _CUE.finditer(text))
