"""Generic readings: days named as a habit, a timetable, a definition or a category.

Runs on the scanner's finds, in order. A year-less day of the kinds in `vocab.GENERIC_RULES`
becomes a set (spec: recognised, no interval) when it is

- a weekday in a timetable: 周三至周日 9:00—16:30, 周一闭馆, 闭馆时间:周一至周二, and a season
  heading such a line (夏季:周二至周日(09:00—17:30));
- in a sentence that defines or describes calendar days in general (是指, 又称, 传统节日, 相传…);
- in a clause with a habit word (中秋节每年固定在…, 每年只有一个端午节);
- one of two days joined by a copula (上旬为1号到10号), which defines one by the other;
- in a list of three or more festivals (春节、清明节、劳动节、国庆节四个重要节假日): categories;
- named as a festival (七月十五日称中元节, 将正月十五定为元宵节);
- a festival defined by 是 (立冬是二十四节气中的…, 元宵节是…重要节令), with the days of its
  predicate;
- a festival as a concept: owning a general noun (端午节的两大礼俗, 春节的由来), given as an
  example (如中秋节等) or after a negated copula (闰五月初五不是端午节).

A day whose year came from an earlier sentence is a candidate like one resolved against the
reference; one whose year its own sentence wrote counts only when named or defined.

A deictic word (今天, 本周) or a written year is never generic: those name one period.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

import attrs

from timeline._dates import vocab
from timeline._dates.resolve import Resolved


class Find(Protocol):
    """What this stage needs of a scanner find (the engine's `Found` named tuple fits)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def rule(self) -> str: ...
    @property
    def resolved(self) -> Resolved: ...
    def _replace(self: _Find, *, resolved: Resolved) -> _Find: ...


_Find = TypeVar("_Find", bound=Find)


def _alt(words: Sequence[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_WEEKDAY = f"(?:{_alt(vocab.WEEK_WORDS)})[{''.join(vocab.WEEKDAYS)}]"
_CLOCK = r"\d{1,2}[:：]{1,2}\d{2}"
# After a timetable's weekday: more weekdays listed, blanks, an opening bracket, then a clock
# time or a schedule word.
_SCHEDULE_AFTER = re.compile(
    rf"(?:\s?(?:{_alt(vocab.LIST_JOINERS)})\s?{_WEEKDAY}){{0,6}}[\s（(]{{0,4}}"
    rf"(?:{_CLOCK}|{_alt(vocab.SCHEDULE_WORDS)})"
)
_SCHEDULE_BEFORE = re.compile(rf"{vocab.SCHEDULE_LABEL}[{vocab.SCHEDULE_SEASON_MARKS}]\s*$")
_SEASON_HEADING = re.compile(rf"[{vocab.SCHEDULE_SEASON_MARKS}]\s*(?:{_WEEKDAY}|{_CLOCK})")
_SENTENCE_BREAK = re.compile(f"[{re.escape(vocab.SENTENCE_BREAKS)}]")
_DEFINITION = re.compile(_alt(vocab.DEFINITION_WORDS))
_HABIT = re.compile(_alt(vocab.HABIT_WORDS))
_CLAUSE_BREAK = re.compile(f"[{re.escape(vocab.CLAUSE_BREAKS)}]")
_COPULA = re.compile(rf"\s*(?:{_alt(vocab.DEFINITION_COPULAS)})\s*")
_JOINER = re.compile(rf"\s*(?:{_alt(vocab.LIST_JOINERS)})\s*")
_CATEGORY_JOINER = re.compile(rf"\s*(?:{_alt(vocab.CATEGORY_JOINERS)})\s*")
_SUBJECT_COPULA = re.compile(
    rf"\s*[，,]?\s*(?:{_alt(vocab.SUBJECT_COPULAS)})(?![{vocab.NOT_AFTER_SUBJECT_COPULA}])"
)
_NAMING = re.compile(
    rf"\s*(?:{_alt(vocab.NAMING_VERBS)})[^{re.escape(vocab.CLAUSE_BREAKS)}、]{{1,{vocab.NAMED_FESTIVAL_REACH}}}?"
    rf"{vocab.NAMED_FESTIVAL_END}"
)
_CONCEPT_NOUN = re.compile(
    rf"{vocab.OF_WORD}[^{re.escape(vocab.CLAUSE_BREAKS)}]{{0,{vocab.CONCEPT_NOUN_REACH}}}?"
    rf"(?:{_alt(vocab.FESTIVAL_CONCEPT_NOUNS)})"
)
_EXAMPLE_REACH = 12  # how far back 如 / 例如 opening a list of examples is looked for
_EXAMPLE_OPENING = re.compile(
    rf"(?:{_alt(vocab.EXAMPLE_OPENERS)})[^{re.escape(vocab.CLAUSE_BREAKS)}]*$"
)
_WEEK_LED = tuple(vocab.WEEK_WORDS)
_GENERIC_RULES = frozenset(vocab.GENERIC_RULES)
# A year taken from a mention in an earlier sentence is no more written in the day than the
# reference's is: 2016年…。七月十五日称中元节 names a day of every year. One taken from its own
# sentence was written there (2023年：冬至为12月22日).
GENERIC_ANCHORS = ("publication", "previous")
WINDOW = 200  # how far a sentence is looked for around a find (as in resolve.WINDOW)
LABEL_WINDOW = 24  # how far back a timetable's label (开馆时间:) is looked for


def _candidate(find: Find, text: str) -> bool:
    """A year-less day of a kind that can be generic (no written year, no deictic word)."""
    res = find.resolved
    if res.start is None or res.kind not in ("date", "range") or find.rule not in vocab.GENERIC_RULES:
        return False
    if res.anchor not in GENERIC_ANCHORS or vocab.YEAR_WORD in text[find.start : find.end]:
        return False
    if find.rule in ("week", "range") and not text.startswith(_WEEK_LED, find.start):
        return find.rule == "range" and not text[find.start : find.end].startswith(_WEEK_LED)
    return True


def _weekday_led(find: Find, text: str) -> bool:
    return text.startswith(_WEEK_LED, find.start) and find.resolved.grain == "day"


def _in_timetable(find: Find, text: str) -> bool:
    if _weekday_led(find, text):
        if _SCHEDULE_AFTER.match(text, find.end) is not None:
            return True
        line_start = text.rfind("\n", max(0, find.start - LABEL_WINDOW), find.start) + 1
        label_start = max(line_start, find.start - LABEL_WINDOW)
        return _SCHEDULE_BEFORE.search(text, label_start, find.start) is not None
    if find.rule == "season":
        return _SEASON_HEADING.match(text, find.end) is not None
    return False


class _Sentences:
    """Where the text's sentences break and where it holds definition words: found in one pass
    each, then looked up per find (a text dense with dates costs no rescan per find)."""

    def __init__(self, text: str) -> None:
        self.breaks = [found.start() for found in _SENTENCE_BREAK.finditer(text)]
        self.definitions = [found.start() for found in _DEFINITION.finditer(text)]
        self.clause_breaks = [found.start() for found in _CLAUSE_BREAK.finditer(text)]
        self.habits = [found.start() for found in _HABIT.finditer(text)]
        self.size = len(text)

    def follows_date(self, finds: Sequence[Find], i: int) -> bool:
        """Whether an expression with an interval stands before finds[i] in its sentence."""
        at = bisect.bisect_left(self.breaks, finds[i].start)
        left = self.breaks[at - 1] + 1 if at > 0 else 0
        return any(
            left <= finds[j].start and finds[j].resolved.start is not None for j in range(i - 1, -1, -1)
        )

    def habitual(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) holds a habit word (每年)."""
        return self._holds(self.habits, self.clause_breaks, start, end)

    def defines(self, start: int, end: int) -> bool:
        """Whether the sentence around [start, end) (at most WINDOW either side) holds a
        definition word."""
        return self._holds(self.definitions, self.breaks, start, end)

    def _holds(self, marks: list[int], breaks: list[int], start: int, end: int) -> bool:
        """Whether one of `marks` lies in the stretch between `breaks` around [start, end), cut
        to WINDOW either side."""
        if not marks:
            return False
        at = bisect.bisect_left(breaks, start)
        left = breaks[at - 1] + 1 if at > 0 else 0
        right_at = bisect.bisect_left(breaks, end)
        right = breaks[right_at] if right_at < len(breaks) else self.size
        left, right = max(left, start - WINDOW), min(right, end + WINDOW)
        first = bisect.bisect_left(marks, left)
        return first < len(marks) and marks[first] < right


def _as_set(find: Find) -> Resolved:
    res = find.resolved
    return attrs.evolve(res, start=None, end=None, mod=None, kind="set", anchor="publication")


def _listed_festival(find: Find, text: str) -> bool:
    """A bare festival or solar-term name: no year, no period word (期间, 假期) after it."""
    surface = text[find.start : find.end]
    return (
        find.rule in ("holiday", "bare_holiday", "solar_term")
        and find.resolved.mod is None
        and not surface.endswith(tuple(vocab.HOLIDAY_SUFFIXES))
    )


def _festival_lists(text: str, finds: Sequence[Find], indices: list[int]) -> list[list[int]]:
    """Runs of CATEGORY_LIST_MIN or more festival or term names joined only by 、/和/及 or a
    comma (categories: 分别为立秋，处暑，白露…)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in indices:
        if not _listed_festival(finds[i], text):
            continue
        if run and run[-1] == i - 1 and _CATEGORY_JOINER.fullmatch(text, finds[i - 1].end, finds[i].start):
            run.append(i)
            continue
        runs.append(run)
        run = [i]
    runs.append(run)
    return [run for run in runs if len(run) >= vocab.CATEGORY_LIST_MIN]


def _heads_a_dated_list(text: str, finds: Sequence[Find], first: int) -> bool:
    """True when the festival joined right before a list's first name carries its own year
    (2020年元旦、春节、清明节…): the names after it are that year's days, not categories."""
    if first == 0:
        return False
    head = finds[first - 1]
    return (
        head.rule in ("holiday", "bare_holiday", "solar_term")
        and head.resolved.anchor == "absolute"
        and _CATEGORY_JOINER.fullmatch(text, head.end, finds[first].start) is not None
    )


def generic_marks(text: str, finds: Sequence[Find]) -> list[bool]:
    """For each find, whether it is a generic reading (see the module docstring)."""
    candidate = [f.rule in _GENERIC_RULES and _candidate(f, text) for f in finds]
    generic = [False] * len(finds)
    if not any(candidate):
        return generic
    sentences = _Sentences(text)
    # a day whose year its own sentence wrote (2023年：冬至为12月22日) is generic only as a festival
    # defined, named, listed as a category or under a habit word (11月7日迎来了今年的立冬，立冬是
    # 二十四节气中的…)
    named_only = [i for i, is_candidate in enumerate(candidate) if is_candidate]
    for i, find in enumerate(finds):
        if candidate[i] and find.resolved.anchor != "publication" and sentences.follows_date(finds, i):
            candidate[i] = False
    indices = [i for i, is_candidate in enumerate(candidate) if is_candidate]
    for i in indices:
        find = finds[i]
        if sentences.defines(find.start, find.end) or _in_timetable(find, text):
            generic[i] = True
    for i in named_only:  # 每年的农历七月都会有…大暑: a habit, whatever year the sentence told
        if sentences.habitual(finds[i].start, finds[i].end):
            generic[i] = True
    for i in indices:  # 上旬为1号到10号, 中旬指每月的11号到20号
        if i + 1 == len(finds):
            break
        left, right = finds[i], finds[i + 1]
        if not _COPULA.fullmatch(text, left.end, right.start):
            continue
        if candidate[i + 1] or right.resolved.kind == "set":
            generic[i] = True
            generic[i + 1] = generic[i + 1] or candidate[i + 1]
    for run in _festival_lists(text, finds, named_only):
        if _heads_a_dated_list(text, finds, run[0]):
            continue  # 2020年元旦、春节、清明节…放假安排: that year's festivals, no categories
        for i in run:
            generic[i] = True
    for i in indices:
        if _listed_festival(finds[i], text) and _as_concept(text, finds[i]):
            generic[i] = True
    for i in named_only:
        naming = _NAMING.match(text, finds[i].end)
        if naming is not None:  # 七月十五日称中元节: the day and the festival it names
            for j in named_only:
                if i <= j and finds[j].start < naming.end():
                    generic[j] = True
    for i in named_only:
        if _listed_festival(finds[i], text) and (clause_end := _defined(text, finds, i)) is not None:
            generic[i] = True  # 立冬是二十四节气中的…: the predicate's days too
            for j in named_only:
                if i < j and finds[j].start < clause_end:
                    generic[j] = True
    return generic


def _as_concept(text: str, find: Find) -> bool:
    """A festival named as a concept: what it owns in general (端午节的习俗, 是端午节的两大礼俗),
    an example (如中秋节等), or what a day is not (闰五月初五不是端午节)."""
    if _CONCEPT_NOUN.match(text, find.end) is not None:
        return True
    before = text[max(0, find.start - _EXAMPLE_REACH) : find.start]
    if _EXAMPLE_OPENING.search(before) is not None and text.startswith(vocab.EXAMPLE_CLOSE, find.end):
        return True
    return text.endswith(vocab.NOT_COPULAS, 0, find.start)


def _defined(text: str, finds: Sequence[Find], i: int) -> int | None:
    """Where the clause ends when finds[i] (a festival) is the subject of a definition: 是 after
    it and no date right after 是 (vocab.SUBJECT_COPULAS); else None."""
    copula = _SUBJECT_COPULA.match(text, finds[i].end)
    if copula is None:
        return None
    if i + 1 < len(finds) and finds[i + 1].start - copula.end() < vocab.SUBJECT_COPULA_REACH:
        return None  # 春节是1月29日, 今天是立冬: a day named
    clause_break = _CLAUSE_BREAK.search(text, copula.end())
    return clause_break.start() if clause_break is not None else len(text)


def apply(text: str, finds: list[_Find]) -> None:
    """Turn the generic finds into sets (no interval), in place."""
    if not finds:
        return
    for i, is_generic in enumerate(generic_marks(text, finds)):
        if is_generic:
            finds[i] = finds[i]._replace(resolved=_as_set(finds[i]))
