"""The scanner: find where a date can start, then try only the rules that can start there.

The first two characters each rule's matches can start with are computed from its compiled
pattern (so they cannot drift from the rules); one regex pass finds the positions holding such a
pair. A candidate position is handed to one joined alternation of the rules that can start with
its character, in priority order; the first rule that matches and resolves wins and the scan
resumes after it, so matches are non-overlapping and left to right. A date followed by a range
separator and another date becomes one range (A至B), and one followed by 至今 a since-range.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

import attrs

from timeline._dates import calendar as cal
from timeline._dates import generic, guards, vocab
from timeline._dates.calendar import off_calendar
from timeline._dates.resolve import Context, Resolved
from timeline._dates.rules import DATE_NUMBER_LEAD, RULES, WEEKDAY_AFTER_COMMA, join_range, since_value
from timeline._dates.rules import _count as count_of
from timeline._dates.vocab_traditional import TRADITIONAL_FORMS
from timeline._regex import heads, past_digits
from timeline._typed import cached
from timeline.export.controls import FORMAT_CONTROLS
from timeline.model import CONTROL_CHARACTER_RANGES

ANTECEDENT_KINDS = ("date", "range")
# Ends of a range may be parts of a period (年初至年底), not already bounded ones (年底前).
JOINABLE_MODS = (None, "START", "MID", "END")
# A range never spans a line break (a list's "- " bullet is no range dash).
_BLANKS = f"[{vocab.INLINE_BLANKS}]*"
RANGE_SEPARATOR = re.compile(
    _BLANKS + "(?:" + "|".join(map(re.escape, vocab.RANGE_SEPARATORS)) + ")" + _BLANKS
)
RANGE_SUFFIX = re.compile("|".join(map(re.escape, vocab.RANGE_SUFFIXES)))
UNTIL_NOW = re.compile(
    "(?:" + "|".join(map(re.escape, vocab.UNTIL_NOW_WORDS)) + ")(?![" + vocab.NOT_AFTER_UNTIL_NOW + "])"
)


# What a range separator or 至今 can start with (blanks may stand before a separator).
DAY_OFFSET = re.compile(
    f"(?P<dir>{'|'.join(vocab.DAY_OFFSET_DIRECTIONS)})(?P<n>\\d{{1,2}}|[{vocab.CN_NUMERAL_CHARS}]{{1,3}})"
    f"(?:{'|'.join(vocab.DAY_OFFSET_UNITS)})(?![{vocab.NOT_AFTER_DAY_OFFSET}])"
    f"|(?P<eve>{'|'.join(sorted(vocab.EVE_WORDS, key=len, reverse=True))})"
)
RANGE_FIRST_CHARACTERS = frozenset(w[0] for w in (*vocab.RANGE_SEPARATORS, *vocab.UNTIL_NOW_WORDS))
SET_REACH = re.compile(_BLANKS + "(?:" + "|".join(map(re.escape, vocab.SET_REACH_GAPS)) + ")" + _BLANKS)


HEAD = 2  # characters of look-ahead used to pick candidate positions
#: Characters standing at nearly every position a date is tried at (digits, numerals, 年月日号,
#: blanks): a guard for them would rarely fail, so no rule is guarded by them (`guards`).
UBIQUITOUS = (
    "0123456789" + vocab.CN_NUMERAL_CHARS + vocab.YEAR_WORD + vocab.MONTH_WORD
    + "".join(vocab.DAY_WORDS) + vocab.DATE_BLANKS + vocab.INLINE_BLANKS
)


class _Reading(NamedTuple):
    """What the scanner reads from a rule's parsed pattern (parsed once for all three)."""

    heads: frozenset[str] | None  # `_regex.heads`
    past_digits: frozenset[str] | None  # `_regex.past_digits`
    guard: str  # `guards.guard`


_READINGS = tuple(
    _Reading(heads(rule.pattern, HEAD), past_digits(rule.pattern), guards.guard(rule.pattern, UBIQUITOUS))
    for rule in RULES
)


def _rules_by_head() -> tuple[dict[str, set[int]], dict[str, frozenset[str] | None]]:
    """For each head (the first two characters a match can start with, or one when a match may
    end after it): the rules that can start with it; and for each first character, the
    characters that can follow it in a match (None: any)."""
    by_head: dict[str, set[int]] = {}
    seconds: dict[str, set[str] | None] = {}
    for index, rule in enumerate(RULES):
        found = _READINGS[index].heads
        if found is None:
            raise RuntimeError(f"date rule {rule.name} can start with any character")
        for head in found:
            by_head.setdefault(head, set()).add(index)
            first = head[0]
            following = seconds.setdefault(first, set())
            if len(head) < HEAD or following is None:
                seconds[first] = None
            else:
                following.add(head[1])
    frozen = {char: (frozenset(chars) if chars is not None else None) for char, chars in seconds.items()}
    return by_head, frozen


RULES_BY_HEAD, SECOND_CHARACTERS = _rules_by_head()
_ALL_RULES = tuple(range(len(RULES)))
#: A pair that can start this many rules or more (rules narrowed at a number: `_rules_at_run`)
#: is tried with the alternation of all the rules; fewer are tried one by one.
SHARED_ALTERNATION_MIN = 12
_NO_RULES: tuple[tuple[int, ...], re.Pattern[str] | None] = ((), None)
_rules_at_pair: dict[str, tuple[tuple[int, ...], re.Pattern[str] | None]] = {}


def _rules_at(pair: str) -> tuple[tuple[int, ...], re.Pattern[str] | None]:
    """The rules that can match text starting with `pair` (its first two characters), in
    priority order, and the joined alternation to try there; memoised per pair.

    A pair that can start many rules (a digit, 今年, 第二…) is tried with the one alternation of
    all the rules: the others fail at once there, and compiling a large alternation per pair took
    longer than reading a megabyte of news (about 1 s for the seed articles' 30 pairs). A pair
    that can start fewer has no alternation (None): its rules are tried one by one. An
    alternation of their own for pairs of four to eleven rules (第一, 一年, 十三, 前三, 农历…) took
    about a sixth of a first pass over the real corpus to compile and saved nothing after.
    """
    known = _rules_at_pair.get(pair)
    if known is not None:
        return known
    indices = tuple(sorted(RULES_BY_HEAD.get(pair, set()) | RULES_BY_HEAD.get(pair[:1], set())))
    result = _NO_RULES
    if len(indices) >= SHARED_ALTERNATION_MIN:
        result = indices, _joined(_ALL_RULES)
    elif indices:
        result = indices, None
    _rules_at_pair[pair] = result
    return result


#: For each rule, what can follow the run of digits its match opens with (`_regex.past_digits`).
_PAST_DIGITS = tuple(reading.past_digits for reading in _READINGS)
_ASCII_DIGITS = frozenset("0123456789")
_DIGIT_RUN = re.compile("[0-9]*")
_rules_at_number: dict[tuple[str, str], tuple[tuple[int, ...], re.Pattern[str] | None]] = {}
#: At most this many (pair, character after the run) are kept in `_rules_at_number`.
_NUMBER_PAIRS_KEPT = 4096


def _rules_at_run(text: str, start: int, pair: str) -> tuple[tuple[int, ...], re.Pattern[str] | None]:
    """`_rules_at` at the first digit of a run, narrowed by the character after the run: a rule
    whose matches cannot have it there (`past_digits`) cannot match. A number followed by 亿, 个,
    % or a blank leaves a few rules or none, tried one by one instead of the alternation of all.
    """
    run = _DIGIT_RUN.match(text, start)
    end = run.end() if run is not None else start
    after = text[end : end + 1]
    known = _rules_at_number.get((pair, after))
    if known is not None:
        return known
    indices, joined = _rules_at(pair)
    kept = tuple(
        index
        for index in indices
        if (found := _PAST_DIGITS[index]) is None or "" in found or after in found
    )
    result = (kept, None) if len(kept) < SHARED_ALTERNATION_MIN else (indices, joined)
    if len(_rules_at_number) >= _NUMBER_PAIRS_KEPT:
        _rules_at_number.clear()
    _rules_at_number[(pair, after)] = result
    return result


def _trigger_pattern(seconds: dict[str, frozenset[str] | None]) -> re.Pattern[str]:
    """A character that can start a date, followed by one that can continue some date.

    The exact pair is checked afterwards; this only lets the regex engine skip most text. A
    digit right after a digit or a dot never starts a date (every digit-led rule says so), except
    after a list number at the head of a line.

    The pattern opens with the class of every first character and tells the kinds apart by
    looking back at it: a pattern opening with one class is searched by the regex engine's fast
    scan for it (one opening with look-behinds was tried at every offset, three times slower).
    """
    def chars(selected: Iterable[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(selected)) + "]"

    open_ended = [c for c, following in seconds.items() if following is None]
    digits = [c for c, following in seconds.items() if following is not None and c.isdigit()]
    others = [c for c, following in seconds.items() if following is not None and not c.isdigit()]
    followers = chars(set().union(*(f for f in seconds.values() if f is not None)))
    # 1.3月1日 in a chronicle: a list number at the head of a line before the digit
    numbers = (r"^\d\.", r"\n\d\.", r"^\d\d\.", r"\n\d\d\.")
    list_number = "|".join(f"(?<={number}{chars(digits)})" for number in numbers)
    kinds = [
        f"(?<={chars(others)})(?={followers})",
        f"(?:(?<![0-9.].)|{list_number})(?<={chars(digits)})(?={followers})",
    ]
    if open_ended:
        kinds.insert(0, f"(?<={chars(open_ended)})")
    return re.compile(chars([*open_ended, *digits, *others]) + "(?:" + "|".join(kinds) + ")")


TRIGGER = _trigger_pattern(SECOND_CHARACTERS)
# What an expression's extensions (range, day offset, weekday after a comma) can start with.
EXTENSION_FIRST_CHARACTERS = RANGE_FIRST_CHARACTERS | {
    head[0] for pattern in (DAY_OFFSET, WEEKDAY_AFTER_COMMA) for head in heads(pattern, HEAD) or ()
}
FOLD_MAP = {
    **{pair[0]: pair[1] for line in TRADITIONAL_FORMS for pair in line.split()},
    **dict(vocab.FOLD_PAIRS),
}
FOLDABLE = re.compile("[" + "".join(re.escape(a) for a in FOLD_MAP) + "]")
_FOLD_TABLE = str.maketrans(FOLD_MAP)
FOLD_ONE_BY_ONE = 64  # characters to fold one by one; a text with more is translated whole


def _folded(match: re.Match[str]) -> str:
    return FOLD_MAP[match.group()]


# An invisible character (a zero-width space or joiner, a bidi mark, a byte order mark, a control
# character) inside a date is read as the blank a date may hold (2025年\u200b1月 is 2025年1月),
# and a line or paragraph separator as a line break.
_INVISIBLE = re.compile(f"[{FORMAT_CONTROLS}{CONTROL_CHARACTER_RANGES}]")
_LINE_SEPARATORS = "\u2028\u2029"


def _blank_for(match: re.Match[str]) -> str:
    return "\n" if match.group() in _LINE_SEPARATORS else vocab.DATE_BLANKS[0]


def _for_joining(index: int, pattern: str) -> str:
    """A rule's pattern as one branch of a joined alternation.

    Its groups are made plain (the alternation only has to tell which rule matched first, and
    capturing groups make every branch slower); a rule that refers back to a group of its own
    keeps them, renamed to be unique in the alternation.
    """
    if "(?P=" not in pattern and "(?(" not in pattern:
        return re.sub(r"\(\?P<\w+>", "(?:", pattern)
    pattern = re.sub(r"\(\?P<(\w+)>", rf"(?P<r{index}_\1>", pattern)
    pattern = re.sub(r"\(\?\((\w+)\)", rf"(?(r{index}_\1)", pattern)
    return re.sub(r"\(\?P=(\w+)\)", rf"(?P=r{index}_\1)", pattern)


@cached
def _joined(indices: tuple[int, ...]) -> re.Pattern[str]:
    """One alternation of the given rules, in priority order; compiled once per set of rules.

    The group naming each rule closes its branch (an empty group after the rule's pattern), so
    a branch opening with a character or a class fails at once at any other character.

    Neighbouring rules that all open with the same look-ahead for a year or month number
    (`rules.DATE_NUMBER_LEAD`) share one test of it, so a plain number (2025人) skips them at once.
    A rule whose matches all hold one of a few characters near their start opens its branch with
    a look-ahead for them (`guards`): 2026年作为 skips the ranges without parsing the year again.
    """
    parts: list[str] = []
    led: list[str] = []
    for i in indices:
        alternative = f"{_READINGS[i].guard}(?:{_for_joining(i, RULES[i].pattern.pattern)})(?P<R{i}>)"
        if DATE_NUMBER_LEAD in RULES[i].pattern.pattern:
            led.append(alternative)
            continue
        if led:
            parts.append(f"{DATE_NUMBER_LEAD}(?:{'|'.join(led)})")
            led = []
        parts.append(alternative)
    if led:
        parts.append(f"{DATE_NUMBER_LEAD}(?:{'|'.join(led)})")
    return re.compile("|".join(parts), re.ASCII)


class Found(NamedTuple):
    """One recognised expression: offsets, the rule that produced it and what it means.

    A named tuple: the scanner makes one per expression, and tuples are the cheapest to make.
    """

    start: int
    end: int
    rule: str
    resolved: Resolved


def fold(text: str) -> str:
    """Text with traditional characters and full-width digits folded and invisible characters
    blanked, same length as the input.

    A few characters to fold (a news article's full-width colons) are replaced one by one:
    `str.translate` with a table of non-ASCII characters looks every character of the text up,
    which took about a tenth of the date scan; a text with more is translated whole.
    """
    if _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub(_blank_for, text)
    folded, count = FOLDABLE.subn(_folded, text, FOLD_ONE_BY_ONE)
    return folded if count < FOLD_ONE_BY_ONE else text.translate(_FOLD_TABLE)


# What a rule's match and resolution can depend on around its start: the characters before it
# (look-behinds) and after it (the match, look-aheads, a key looked for KEY_WINDOW ahead).
MEMO_BEFORE = 4
MEMO_AFTER = 48
MEMO_MARGIN = 24  # look-ahead beyond the match a memoised result allows for
MEMO_SIZE = 4096


class _Memo:
    """Results of `_match_at` in one text, reused where the same characters surround the same
    start: dense or repeated dates (a table, a list, an adversarial input) cost one resolution
    each.

    A resolver may ask questions beyond its match (is there a forward cue, what was the earlier
    expression, is it in this sentence); a result is kept with the questions asked and their
    answers, and reused only where the same questions get the same answers. As the resolver's
    path depends on nothing else, it would compute the same result there.
    """

    def __init__(self, text: str, ctx: Context) -> None:
        self.text, self.ctx = text, ctx
        # windows met once: a result is kept from a window's second time on, as most of an
        # article's windows never come back (keeping each cost a tenth of the scan)
        self.seen: set[object] = set()
        # window -> (questions asked, length of the match, result when no question was asked)
        self.asked: dict[object, tuple[tuple[bool, ...] | None, int, _Known | None]] = {}
        # (window, questions, answers) -> result
        self.results: dict[tuple[object, ...], _Known] = {}

    def window(self, start: int) -> object:
        """The characters a result at `start` can depend on (and where `start` is in them)."""
        if start >= MEMO_BEFORE:
            return self.text[start - MEMO_BEFORE : start + MEMO_AFTER]
        return start, self.text[: start + MEMO_AFTER]

    def _answers(self, questions: tuple[bool, ...], start: int, length: int) -> tuple[object, ...]:
        forward, previous, sentence, year, week, speech = questions
        ctx = self.ctx.at(start, start + length)
        return (
            ctx.forward() if forward else None,
            (ctx.earlier, ctx.coming, ctx.earlier_day) if previous else None,
            ctx.sentence_antecedent() if sentence else None,
            (ctx.year_antecedent(), ctx.narration_antecedent()) if year else None,
            ctx.week_antecedent() if week else None,
            ctx.speech_antecedent() if speech else None,
        )

    def lookup(self, window: object, start: int) -> _Known | None:
        """The result kept for `window` whose questions get the same answers at `start`."""
        asked = self.asked.get(window)
        if asked is None:
            return None
        questions, length, known = asked
        if questions is None:
            return known
        return self.results.get((window, questions, self._answers(questions, start, length)))

    def store(self, window: object, start: int, hit: Found | None, matched_end: int) -> None:
        if window not in self.seen:
            if len(self.seen) >= MEMO_SIZE:
                self.seen.clear()
            self.seen.add(window)
            return
        ctx = self.ctx
        length = matched_end - start
        if length > MEMO_AFTER - MEMO_MARGIN:
            return
        if len(self.asked) >= MEMO_SIZE:
            self.results.clear()
            self.asked.clear()
        known: _Known = ("", None, 0, length)
        if hit is not None:
            known = (hit.rule, hit.resolved, hit.end - start, length)
        questions = (
            ctx.asked_forward, ctx.asked_previous, ctx.asked_sentence, ctx.asked_year, ctx.asked_week,
            ctx.asked_speech,
        )
        if not any(questions):
            self.asked[window] = (None, length, known)
            return
        self.asked[window] = (questions, length, None)
        self.results[(window, questions, self._answers(questions, start, length))] = known


_Known = tuple[str, Resolved | None, int, int]  # rule, resolution, length of the hit, length to skip


# One pattern per opening bracket: a pattern opening with one character is searched for it at
# C speed, one opening with a class of two took four times longer (a glance at every text).
PINYIN_GLOSSES = tuple(
    re.compile(
        rf"{re.escape(bracket)}(?<=[一-鿿]{re.escape(bracket)})[{vocab.PINYIN_GLOSS_LETTERS}]*"
        rf"[{vocab.PINYIN_TONE_MARKS}][{vocab.PINYIN_GLOSS_LETTERS}{vocab.PINYIN_TONE_MARKS}]*"
        rf"[{vocab.PINYIN_GLOSS_CLOSE}]"
    )
    for bracket in vocab.PINYIN_GLOSS_OPEN
)


def _glossed(text: str) -> list[int]:
    """Where `text` holds the characters of a pinyin gloss (當(dāng)日: `PINYIN_GLOSSES`)."""
    spans = (gloss.span() for pattern in PINYIN_GLOSSES for gloss in pattern.finditer(text))
    return [place for start, end in spans for place in range(start, end)]


_NO_MARKS = re.compile(
    "[^\x00-\u02ff\u2000-\u20cf\u2100-\u2cee\u2e00-\u3029\u3030-\u3098\u309b-\ua66e"
    "\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufffd\U0001f000-\U0001faff\U00020000-\U0003ffff]"
)
"""A character outside the blocks that hold no combining mark (ASCII and Latin letters, punctuation,
symbols, CJK, kana but its voicing marks, Hangul, full-width forms, emoji): only such a character
may be one (`unicodedata.category` says), so a text without any is not looked at character by
character."""


def _combining_marks(text: str) -> list[int]:
    """Where `text` holds a combining mark (Unicode categories Mn and Me: an accent as U+0301, a
    keycap U+20E3, a variation selector after a character, 〪 and the kana voicing marks)."""
    return [
        found.start()
        for found in _NO_MARKS.finditer(text)
        if unicodedata.category(found.group()) in ("Mn", "Me")
    ]


_YEAR_DIGITS = ("0123456789", vocab.CN_DIGITS + vocab.YEAR_ZERO_LOOKALIKES[2])  # Arabic, Chinese (○)
_ANY_YEAR_DIGIT = "".join(_YEAR_DIGITS)
# one pattern per blank, for the speed of a pattern opening with one character (PINYIN_GLOSSES)
_BLANKS_IN_NUMBERS = tuple(
    re.compile(f"{re.escape(blank)}(?<=[{_ANY_YEAR_DIGIT}]{re.escape(blank)})(?=[{_ANY_YEAR_DIGIT}])")
    for blank in vocab.DATE_BLANKS
)
YEAR_DIGIT_COUNT = 4


def _blanks_in_years(text: str) -> list[int]:
    """Where a PDF left a blank inside a year's digits (1 986年, 二 零零三年): four digits of one
    script around it, no digit before them, 年 right after (one blank may stand before it), and
    a year of the 1900s or 2000s (`vocab.BLANK_SPLIT_YEAR_CENTURIES`: 1 000年 is no year)."""
    found = []
    for blank in (found for pattern in _BLANKS_IN_NUMBERS for found in pattern.finditer(text)):
        at = blank.start()
        digits = next(d for d in _YEAR_DIGITS if text[at - 1] in d)
        head = at
        while head > 0 and text[head - 1] in digits:
            head -= 1
        tail = at + 1
        while tail < len(text) and text[tail] in digits:
            tail += 1
        if (head > 0 and text[head - 1] in _ANY_YEAR_DIGIT) or tail - head - 1 != YEAR_DIGIT_COUNT:
            continue
        after = tail + 1 if text[tail : tail + 1] in tuple(vocab.DATE_BLANKS) else tail
        year = text[head:at] + text[at + 1 : tail]
        if text[after : after + 1] == vocab.YEAR_WORD and year.startswith(vocab.BLANK_SPLIT_YEAR_CENTURIES):
            found.append(at)
    return found


def scan(text: str, reference: _dt.date, prefer: str | None, *, reuse: bool = True) -> list[Found]:
    """Every expression of `text`, left to right, non-overlapping, anaphora resolved in order.

    Pinyin glosses inside words (當(dāng)日, `vocab.PINYIN_GLOSS_LETTERS`), combining marks (15́日,
    an accent on the 5) and blanks inside a year's digits (1 986年) are read as absent; the
    offsets returned are those of `text` as given, so a surface keeps what was absent inside it,
    and the marks on its last character.
    `reuse=False` resolves every position afresh (the tests check that reuse changes nothing).
    """
    marks = _combining_marks(text)
    absent = {*marks, *_glossed(text), *_blanks_in_years(text)}
    if not absent:
        return _scan(text, reference, prefer, reuse=reuse)
    kept = [place for place in range(len(text)) if place not in absent]  # where each read character is
    marked = set(marks)
    found = []
    for hit in _scan("".join([text[place] for place in kept]), reference, prefer, reuse=reuse):
        end = kept[hit.end - 1] + 1
        while end in marked:  # the marks of its last character
            end += 1
        found.append(hit._replace(start=kept[hit.start], end=end))
    return found


def _scan(text: str, reference: _dt.date, prefer: str | None, *, reuse: bool) -> list[Found]:
    """`scan` of a text with nothing to read as absent."""
    folded = fold(text)
    ctx = Context(folded, reference, prefer)
    memo = _Memo(text, ctx)
    found: list[Found] = []
    position = 0
    search, seconds, reused = TRIGGER.search, SECOND_CHARACTERS, memo.asked.get
    while (trigger := search(folded, position)) is not None:
        start = position = trigger.start()
        position += 1
        following = seconds[folded[start]]
        if following is not None and folded[start + 1 : start + 2] not in following:
            continue
        window = memo.window(start) if start < MEMO_BEFORE else text[start - MEMO_BEFORE : start + MEMO_AFTER]
        asked = reused(window)
        known = None
        if asked is not None and reuse:
            known = asked[2] if asked[0] is None else memo.lookup(window, start)
        if known is not None:
            rule, resolved, hit_length, skip = known
            hit = Found(start, start + hit_length, rule, resolved) if resolved is not None else None
            matched_end = start + skip
        else:
            ctx.asked_previous = ctx.asked_forward = ctx.asked_sentence = ctx.asked_year = False
            ctx.asked_week = ctx.asked_speech = False
            hit, matched_end = _match_at(folded, start, ctx, source=text)
            memo.store(window, start, hit, matched_end)
        if hit is None:
            # an impossible date (2月30日) is skipped whole, so no part of it becomes a date
            position = max(position, matched_end)
            continue
        if _after_unread_year(folded, hit.start, found):
            position = hit.end
            continue
        if hit.resolved.anchor != "absolute" and _in_title(folded, hit.start, hit.end):
            position = hit.end  # 《明天会更好》: part of a title, no date
            continue
        after = folded[hit.end : hit.end + 1]
        if after and (after in EXTENSION_FIRST_CHARACTERS or after.isspace()):
            hit = _extend(folded, hit, ctx)
        if found and found[-1].resolved.kind == "set" and _reached_by_set(folded, found[-1], hit):
            found[-1] = found[-1]._replace(end=hit.end)  # 每年农历正月初一: one set, no interval
            position = hit.end
            continue
        found.append(hit)
        antecedent = hit.resolved.kind in ANTECEDENT_KINDS and not _counted_back(hit)
        if hit.resolved.start is not None and antecedent:
            ctx.earlier = hit.resolved
            if hit.resolved.grain == "day" and hit.resolved.kind == "date":
                ctx.earlier_day = hit.resolved
            if hit.resolved.start > reference:
                ctx.coming = hit.resolved
            ctx.previous_start, ctx.previous_end = hit.start, hit.end
        position = hit.end
    generic.apply(folded, found)
    return found


# A number and 年 just before an expression (blanks allowed, as in 2018 年 12 月).
_UNREAD_YEAR = re.compile(
    rf"[\d{vocab.CN_DIGITS}{re.escape(vocab.YEAR_ZERO_LOOKALIKES)}][{vocab.DATE_BLANKS}]?"
    rf"(?P<year>{vocab.YEAR_WORD})[{vocab.DATE_BLANKS}]?$"
)
_UNREAD_YEAR_REACH = 4


def _after_unread_year(folded: str, start: int, found: list[Found]) -> bool:
    """Whether an expression starts right after a year written in numbers that no expression
    before it read as a year (12345年5月6日, 999年1月, 每一年农历二月初二日): the month or day
    belongs to that year, not to the reference's, so it is no date."""
    year = _UNREAD_YEAR.search(folded, max(0, start - _UNREAD_YEAR_REACH), start)
    if year is None:
        return False
    read = found and found[-1].end > year.start("year") and found[-1].resolved.start is not None
    return not read


_TITLE_MARKS = vocab.TITLE_OPEN + vocab.TITLE_CLOSE + "\n"


def _in_title(folded: str, start: int, end: int) -> bool:
    """Whether [start, end) stands between a title's marks (《…》) on one line, each at most
    `vocab.TITLE_REACH` characters away."""
    before = max(folded.rfind(mark, max(0, start - vocab.TITLE_REACH), start) for mark in _TITLE_MARKS)
    if before < 0 or folded[before] not in vocab.TITLE_OPEN:
        return False
    after = [at for mark in _TITLE_MARKS if (at := folded.find(mark, end, end + vocab.TITLE_REACH)) >= 0]
    return bool(after) and folded[min(after)] in vocab.TITLE_CLOSE


def _counted_back(hit: Found) -> bool:
    """A span of years counted back from the reference (十余年来, 三年来, 过去十年): its first year
    is a count, no year the text told, so it is no antecedent (2008年，…，十余年来，…。同年… is
    2008)."""
    resolved = hit.resolved
    return resolved.grain == "multi-year" and resolved.anchor == "publication"


def _reached_by_set(text: str, previous: Found, hit: Found) -> bool:
    """True when `hit` is what the set just before it recurs on (每年 + 农历正月初一, 每月的11号,
    每年3月12日 + 是 + 植树节): a year-less expression with only a reach gap between them."""
    if previous.resolved.kind != "set" or hit.resolved.kind not in ANTECEDENT_KINDS:
        return False
    if hit.resolved.anchor == "absolute" and hit.resolved.start is not None:
        return False  # 每年 2025年: a written year is no recurrence
    gap = SET_REACH.fullmatch(text, previous.end, hit.start)
    return gap is not None


# The commonest written date, 2024年6月3日 with a punctuation mark after it: read at once, without
# trying the rules (a test checks that the rules read it the same).
PLAIN_DATE = re.compile(
    rf"(?<![\d.])(\d{{4}}){vocab.YEAR_WORD}(\d{{1,2}}){vocab.MONTH_WORD}(\d{{1,2}})"
    rf"[{''.join(vocab.DAY_WORDS)}](?=[{re.escape(vocab.CLAUSE_BREAKS)}、])",
    re.ASCII,
)


def plain_date(text: str, start: int) -> Found | None:
    """2024年6月3日， at `start`: the day, or None when the text holds anything else there."""
    m = PLAIN_DATE.match(text, start)
    if m is None:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1000 <= year <= 2999 and cal.valid_day(year, month, day)):
        return None
    date = _dt.date(year, month, day)
    return Found(start, m.end(), "calendar", Resolved(date, date, "day", date.isoformat()))


def _match_at(
    text: str, start: int, ctx: Context, *, singles_only: bool = False, source: str = ""
) -> tuple[Found | None, int]:
    """The first rule (in priority order) that matches at `start` of the folded `text` and resolves.

    With no such rule, also returns the end of the longest single-date match that failed to
    resolve, so the caller can skip it whole. A written time of day is taken from `source`, the
    text as given (１０：３０ stays full-width).
    """
    plain = plain_date(text, start) if text[start].isdigit() else None
    if plain is not None:
        return plain, plain.end
    return match_rules(text, start, ctx, singles_only=singles_only, source=source)


def match_rules(
    text: str, start: int, ctx: Context, *, singles_only: bool = False, source: str = ""
) -> tuple[Found | None, int]:
    """`_match_at` without the plain-date shortcut: the rules only."""
    pair = text[start : start + HEAD]
    indices, joined = _rules_at_run(text, start, pair) if pair[0] in _ASCII_DIGITS else _rules_at(pair)
    first = 0
    if joined is not None:
        candidate = joined.match(text, start)
        if candidate is None:
            return None, start
        # every rule before the first that matched failed here; the rules of the pair from it on
        first = bisect.bisect_left(indices, int((candidate.lastgroup or "R0")[1:]))
    matched_end = start
    for index in indices[first:]:
        rule = RULES[index]
        if singles_only and rule.is_range:
            continue
        m = rule.pattern.match(text, start)
        if m is None or m.end() == start:
            continue
        if rule.veto:  # a look-alike (光明日报): no date starts here, skip it whole
            return None, m.end()
        try:
            resolved = rule.resolve(m, ctx.at(start, m.end()))
        except (ValueError, OverflowError) as err:  # the date falls off the calendar (year 10000)
            if not off_calendar(err):
                raise  # a bug in the rule, not a missing date
            resolved = None
        if resolved is not None and resolved.kind == "duration" and matched_end > m.end():
            break  # 21年2月29日 is an impossible date, not the duration 21年 and a later 2月29日
        if resolved is not None:
            if source and "tod" in m.re.groupindex and m.group("tod"):
                resolved = attrs.evolve(resolved, time_of_day=source[m.start("tod") : m.end("tod")])
            return Found(start, m.end(), rule.name, resolved), m.end()
        if rule.strict:
            return None, max(matched_end, m.end())
        if not rule.is_range:
            matched_end = max(matched_end, m.end())
    return None, matched_end


def _extend(text: str, hit: Found, ctx: Context) -> Found:
    """What may follow an expression and make it longer: a range (A至B, A至今), a day offset
    (五一前两天), a weekday after a comma (10月12号，星期一)."""
    if text[hit.end] in RANGE_FIRST_CHARACTERS or text[hit.end].isspace():
        hit = _extend_to_range(text, hit, ctx)
    if hit.resolved.grain == "day" and hit.resolved.kind == "date" and hit.resolved.mod is None:
        hit = _extend_to_offset(text, hit)
    if hit.resolved.grain == "day" and hit.resolved.kind == "date" and hit.rule != "week":
        weekday = WEEKDAY_AFTER_COMMA.match(text, hit.end)
        if weekday is not None:  # 10月12号，星期一: the weekday is the same day, never another
            hit = hit._replace(end=weekday.end())
    return hit


def _extend_to_offset(text: str, day: Found) -> Found:
    """五一前两天 / 春节后三天 / 端午节前夜: N days before or after a day (the eve: one day before),
    one expression at the day's grain."""
    offset = DAY_OFFSET.match(text, day.end)
    if offset is None or day.resolved.start is None:
        return day
    eve = offset.group("eve") is not None  # 端午节前夜: the day before
    count = 1 if eve else count_of(offset.group("n"))
    if count is None or not 1 <= count <= 99:
        return day
    sign = vocab.DAY_OFFSET_DIRECTIONS[vocab.BARE_BEFORE if eve else offset.group("dir")]
    try:
        shifted = day.resolved.start + _dt.timedelta(days=sign * count)
    except OverflowError:  # 1月1日前两天 in the year 1, 12月31日后两天 in 9999: the day alone
        return day
    resolved = attrs.evolve(day.resolved, start=shifted, end=shifted, value=shifted.isoformat())
    return Found(day.start, offset.end(), day.rule, resolved)


def _extend_to_range(text: str, left: Found, ctx: Context) -> Found:
    """A至B, A—B, A到B期间, A至今: one range expression when a date follows a separator."""
    res = left.resolved
    if res.start is None or res.kind != "date" or res.mod not in JOINABLE_MODS:
        return left
    until_now = UNTIL_NOW.match(text, left.end)
    if until_now is not None:
        if res.start > ctx.reference:
            return left
        since = attrs.evolve(
            res, end=ctx.reference, kind="range", mod="SINCE",
            value=since_value(res, ctx.reference),
        )
        return Found(left.start, until_now.end(), left.rule, since)
    separator = RANGE_SEPARATOR.match(text, left.end)
    if separator is None or separator.end() >= len(text):
        return left
    right_start = separator.end()
    right_ctx = ctx.for_right_end(res, right_start, right_start)
    right, _ = _match_at(text, right_start, right_ctx, singles_only=True)
    if right is None or right.resolved.kind != "date" or right.resolved.mod not in JOINABLE_MODS:
        return left
    joined = join_range(res, right.resolved)
    if joined is None:
        return left
    suffix = RANGE_SUFFIX.match(text, right.end)
    end = suffix.end() if suffix is not None else right.end
    return Found(left.start, end, "range", joined)
