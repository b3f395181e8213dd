"""Generic readings: days named as a habit, a timetable, a definition or a category.

Runs on the scanner's finds, in order. A year-less day of the kinds in `vocab.GENERIC_RULES`
becomes a set (spec: recognised, no interval) when it is

- a weekday in a timetable: 周三至周日 9:00—16:30, 周一闭馆, 闭馆时间:周一至周二, and a season
  heading such a line (夏季:周二至周日(09:00—17:30));
- in a sentence that defines or describes calendar days in general (是指, 又称, 传统节日, 相传…);
- one of two days joined by a copula (上旬为1号到10号), which defines one by the other;
- in a list of three or more festivals (春节、清明节、劳动节、国庆节四个重要节假日): categories.

A deictic word (今天, 本周) or a written year is never generic: those name one period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from timeline._dates import vocab
from timeline._dates.resolve import Resolved


class Find:
    """What this stage needs of a scanner find (the engine's `Found` named tuple fits)."""

    start: int
    end: int
    rule: str
    resolved: Resolved


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
_COPULA = re.compile(rf"\s*(?:{_alt(vocab.DEFINITION_COPULAS)})\s*")
_JOINER = re.compile(rf"\s*(?:{_alt(vocab.LIST_JOINERS)})\s*")
_WEEK_LED = tuple(vocab.WEEK_WORDS)
WINDOW = 200  # how far a sentence is looked for around a find (as in resolve.WINDOW)
LABEL_WINDOW = 24  # how far back a timetable's label (开馆时间:) is looked for


def _candidate(find: Find, text: str) -> bool:
    """A year-less day of a kind that can be generic (no written year, no deictic word)."""
    res = find.resolved
    if res.start is None or res.kind not in ("date", "range") or find.rule not in vocab.GENERIC_RULES:
        return False
    if res.anchor != "publication" or vocab.YEAR_WORD in text[find.start : find.end]:
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


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], looked for no further than WINDOW either side (so
    that a text without sentence breaks costs a bounded look per find)."""
    left = max(0, start - WINDOW)
    for found in _SENTENCE_BREAK.finditer(text, left, start):
        left = found.end()
    after = _SENTENCE_BREAK.search(text, end, end + WINDOW)
    return left, after.start() if after is not None else min(len(text), end + WINDOW)


def _as_set(find: Find) -> Resolved:
    res = find.resolved
    return attrs.evolve(res, start=None, end=None, mod=None, kind="set", anchor="publication")


def _listed_festival(find: Find, text: str) -> bool:
    """A bare festival name: no year, no period word (期间, 假期) after it."""
    surface = text[find.start : find.end]
    return (
        find.rule in ("holiday", "bare_holiday")
        and find.resolved.mod is None
        and not surface.endswith(tuple(vocab.HOLIDAY_SUFFIXES))
    )


def _festival_lists(text: str, finds: Sequence[Find], candidate: list[bool]) -> list[list[int]]:
    """Runs of CATEGORY_LIST_MIN or more festival names joined only by 、/和/及 (categories)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, find in enumerate(finds):
        listed = candidate[i] and _listed_festival(find, text)
        if listed and run and _JOINER.fullmatch(text, finds[run[-1]].end, find.start):
            run.append(i)
            continue
        runs.append(run)
        run = [i] if listed else []
    runs.append(run)
    return [run for run in runs if len(run) >= vocab.CATEGORY_LIST_MIN]


def generic_marks(text: str, finds: Sequence[Find]) -> list[bool]:
    """For each find, whether it is a generic reading (see the module docstring)."""
    candidate = [_candidate(f, text) for f in finds]
    generic = [False] * len(finds)
    defines: dict[tuple[int, int], bool] = {}  # per sentence: does it define calendar days?
    for i, find in enumerate(finds):
        if not candidate[i]:
            continue
        bounds = _sentence_bounds(text, find.start, find.end)
        if bounds not in defines:
            defines[bounds] = _DEFINITION.search(text, *bounds) is not None
        if defines[bounds] or _in_timetable(find, text):
            generic[i] = True
    for i in range(len(finds) - 1):  # 上旬为1号到10号, 中旬指每月的11号到20号
        left, right = finds[i], finds[i + 1]
        if not candidate[i] or not _COPULA.fullmatch(text, left.end, right.start):
            continue
        if candidate[i + 1] or right.resolved.kind == "set":
            generic[i] = True
            generic[i + 1] = generic[i + 1] or candidate[i + 1]
    for run in _festival_lists(text, finds, candidate):
        for i in run:
            generic[i] = True
    return generic


def apply(text: str, finds: list[Find]) -> None:
    """Turn the generic finds into sets (no interval), in place."""
    if not finds:
        return
    for i, is_generic in enumerate(generic_marks(text, finds)):
        if is_generic:
            finds[i] = finds[i]._replace(resolved=_as_set(finds[i]))  # type: ignore[attr-defined]
