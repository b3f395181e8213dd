"""The subject phrase of a clause, read whether or not its name is known: the noun phrase that
ends right before a trigger, or opens a clause, and ends in a head noun of a thing that has
names (路, 线, 铁路, 大桥, 航站楼, 医院, 分院, 校区, 公园, 风景区, 项目, 工程, 中心…).

Its right end is the trigger, once the words no name ends with are stripped: adverbs and cues
(基本, 正式, 已经), the passive 被, the work or a part of it (建设, 主体工程, 基坑土方工程), a date,
and an act chained to the trigger (建成并投入使用). Its left edge is found by the rules of names
ending in a suffix (`name_bounds.name_start`: verbs, prepositions, dates, counts and punctuation
end it; brackets of a place or a phase, quotes of a part and a single dash stay inside), and a
route joins its two ends with 至/到 (寻乌(赣闽界)至全南高速公路). A phrase is a name only when it
holds words of its own besides the head and generic words (not 重点项目, 道路, 全线).
"""

from __future__ import annotations

import re

import attrs

from timeline import _regex
from timeline._events import vocab
from timeline._events.dating import Dates
from timeline._events.name_bounds import name_start
from timeline._events.places import leading_place
from timeline._events.words import Words
from timeline._regex import HAN

HEADS: dict[str, str] = {**vocab.ORG_SUFFIXES, **vocab.PHRASE_HEADS}
_CONTINUATIONS = {head: tuple(words) for head, words in vocab.SUFFIX_CONTINUATIONS.items()}
_HEAD_LENGTHS = tuple(sorted({len(head) for head in HEADS}, reverse=True))
_HEAD_RE = _regex.alternation(HEADS)
_TAIL = _regex.run_at_end(
    {
        *vocab.PHRASE_TAILS,
        *vocab.SUBJECT_TAIL_WORDS,
        *vocab.PLANNED_CUES,
        *vocab.ONGOING_CUES,
        *vocab.MANNER_ADVERBS,
    }
)
_LEAD = re.compile("(?:" + _regex.alternation_source(vocab.SUBJECT_LEAD_WORDS) + ")+")
_TRIGGERS = Words(vocab.TRIGGERS)
_GENERIC = _regex.alternation(
    {*vocab.GENERIC_PREFIX_WORDS, *vocab.REGION_WORDS, *vocab.BATCH_WORDS, *vocab.GENERIC_HEADS}
)
_NOT_OPENING = tuple(
    {*vocab.PHRASE_NOT_OPENING, *vocab.VERB_OPENERS, *vocab.AIM_VERBS, *vocab.PLANNED_CUES}
    - set(vocab.AIM_PARTICLES)
)
_CODE_BEFORE_HEAD = re.compile("(?<![A-Za-z0-9])[A-Z][0-9]{1,2}")
_NAME_ITEMS = re.compile(r"[" + HAN + r"A-Za-z0-9()（）、-]{2,30}")
_NAME_CHAR = re.compile(r"[" + HAN + r"A-Za-z0-9]")
#: A count (14个, 两批): words opening with one name no thing (noun phrases, subjects).
COUNT_FIRST = re.compile("[" + vocab.NUMERALS + "]+[" + vocab.MEASURE_WORDS + vocab.COUNT_GROUP_WORDS + "]")
_BREAK = _regex.alternation(
    {*vocab.PHRASE_BREAKS, *vocab.SUBJECT_BREAK_WORDS, *vocab.MODAL_BREAK_WORDS, *vocab.TIME_BREAK_WORDS}
)
_ROUTE_INSIDE = _regex.alternation(vocab.ROUTE_HEADS)
#: How far into a clause the phrase opening it may reach.
_OPENING_REACH = vocab.MAX_NAME_PREFIX + 10


@attrs.frozen()
class Phrase:
    """A subject phrase: its span in the cleaned text, its words and the type its head gives."""

    start: int
    end: int
    name: str
    type: str


def head_ending_at(text: str, end: int, start: int = 0) -> str:
    """The longest head noun ending at `end` and starting at or after `start`, or ''."""
    for length in _HEAD_LENGTHS:
        if end - length >= start and text[end - length : end] in HEADS:
            return text[end - length : end]
    return ""


def head_type(name: str) -> str | None:
    """The type the head noun ending a name gives, or None."""
    head = head_ending_at(name, len(name))
    return HEADS[head] if head else None


def only_tails(words: str) -> bool:
    """True when words are only such as no name ends with (主体工程, 建设基本)."""
    return bool(words) and _TAIL.fullmatch(words) is not None


def before(text: str, dates: Dates, start: int, end: int, name_ends: set[int]) -> Phrase | None:
    """The subject phrase ending right before `end` (a trigger), not reaching before `start`; of a
    list of such phrases (A、B、C开工), the first."""
    return _first_before(text, dates, _opened_at(text, dates, start, end), end, name_ends, {})


def _first_before(
    text: str, dates: Dates, start: int, end: int, name_ends: set[int], lefts: dict[int, int]
) -> Phrase | None:
    """`before`, from a `start` past connectives and a date; `lefts`: the left edges of the
    phrases ending at an offset worked out already (`_ending_at`)."""
    phrase = _ending_at(text, start, _bare_end(text, dates, start, end), name_ends, lefts)
    while phrase is not None and phrase.start > start and text[phrase.start - 1] in vocab.LIST_JOINERS:
        earlier = _ending_at(text, start, phrase.start - 1, name_ends, lefts)
        if earlier is None:
            break
        phrase = earlier
    if phrase is None or phrase.start == start:
        return phrase
    after = text[phrase.start - 1]
    if after in vocab.PHRASE_NOT_AFTER or (after.isascii() and after.isalnum()):
        return None
    return phrase


def opening(text: str, dates: Dates, start: int, end: int, name_ends: set[int]) -> Phrase | None:
    """The subject phrase opening the clause [start, end), past connectives and a date: the
    longest phrase running from there to a head noun (南昌大学二附院红角洲分院基坑土方工程基本
    结束 → 南昌大学二附院红角洲分院, its part and the adverb stripped)."""
    start = _opened_at(text, dates, start, end)
    reach = min(end, start + _OPENING_REACH)
    stop = _BREAK.search(text, start, reach)
    if stop is not None:
        reach = stop.start()  # …工程基本完成全线: no name runs past 基本
    heads = [match.end() for match in _HEAD_RE.finditer(text, start, reach)]
    lefts: dict[int, int] = {}  # each edge worked out once, for the test here and the phrase
    for end_at in reversed(heads):  # the longest first: 赣龙铁路扩能工程 (…全线: no name)
        head = head_ending_at(text, end_at, start)
        if not head or _continued(text, end_at, head, end):
            continue
        if len(head) == 1 and head_ending_at(text, end_at - 1, start):
            continue  # 高速公路路(基): a head right after a head starts a word of its own
        lefts[end_at] = _left_edge(text, start, end_at, head, name_ends)
        if not _opens_at(text, start, lefts[end_at]):
            continue
        phrase = _first_before(text, dates, start, end_at, name_ends, lefts)
        if phrase is not None and _opens_at(text, start, phrase.start):
            return phrase
    return None


def _opens_at(text: str, start: int, left: int) -> bool:
    """True when a phrase beginning at `left` opens the clause at `start`: it begins there, or
    after the first items of a list sharing its head (南昌至宁都、南昌至上栗高速公路)."""
    if left == start:
        return True
    if left - 1 <= start or text[left - 1] not in vocab.LIST_JOINERS:
        return False
    return _NAME_ITEMS.fullmatch(text, start, left - 1) is not None


def _continued(text: str, at: int, head: str, end: int) -> bool:
    """True when the text right after a head shows it ends no name (工程部, 大学生)."""
    followers = vocab.SUFFIX_FOLLOWERS.get(head)
    if followers and at < end and _NAME_CHAR.match(text, at) and text[at] not in followers:
        # 工程部 (not 工程基本完成, nor …项目土建部分已经全部完成: a part of the works)
        return _BREAK.match(text, at) is None and not text.startswith(vocab.WORKS_PART_NOUNS, at)
    return text.startswith(_CONTINUATIONS.get(head, ()), at)


def _opened_at(text: str, dates: Dates, start: int, end: int) -> int:
    """Where the words of a clause begin past its connectives and a date opening it."""
    while True:
        moved = start
        lead = _LEAD.match(text, start, end)
        if lead is not None:
            start = lead.end()
        dated = dates.first_within(start, end)
        if dated is not None and dated.start == start:
            start = dated.end
        while start < end and text[start] in "，, ":
            start += 1
        if start == moved:
            return start


def _bare_end(text: str, dates: Dates, start: int, end: int) -> int:
    """`end` moved left past the words no name ends with (see the module docstring)."""
    while True:
        moved = end
        tail = _TAIL.search(text, start, end)
        if tail is not None and tail.start() > start:
            end = tail.start()
        dated = dates.last_within(start, end)
        if dated is not None and dated.end == end and dated.start > start:
            end = dated.start
        chained = _TRIGGERS.longest_ending_at(text, end, start)
        if chained and end - chained > start and not head_ending_at(text, end, start):
            end -= chained  # 建成并投入使用: an act chained to the trigger
        if end == moved:
            return end


def _ending_at(
    text: str, start: int, end: int, name_ends: set[int], lefts: dict[int, int]
) -> Phrase | None:
    """The phrase ending at `end` in a head noun; `lefts`: left edges by end, known or kept."""
    head = head_ending_at(text, end, start)
    if not head:
        return None
    left = lefts.get(end)
    if left is None:
        left = lefts[end] = _left_edge(text, start, end, head, name_ends)
    code = _CODE_BEFORE_HEAD.search(text, left, end - len(head) + 1)
    if code is not None and code.end() == end - len(head) and code.start() not in name_ends:
        if leading_place(text[left:end]) is None:  # (天府国际机场T2航站楼, 成都…T2航站楼 stay whole)
            left = code.start()  # 单体建筑T4航站楼: a coded name after a generic noun is the code's
    name = text[left:end]
    if not _names_a_thing(name, head) or name.startswith(_NOT_OPENING):
        return None  # 步入工程(建设阶段), 要抢抓项目(开工): a predicate
    return Phrase(left, end, name, HEADS[head])


def _left_edge(text: str, start: int, end: int, head: str, name_ends: set[int]) -> int:
    """Where the phrase ending at `end` in `head` begins: the edge of a name (`name_start`),
    moved past 至/到 to a route's first end (寻乌(赣闽界)至全南高速公路)."""
    left = name_start(text, start, end - len(head), name_ends, head in vocab.BRANDED_SUFFIXES)
    if _ROUTE_INSIDE.search(text, left, end) is not None:
        while left - 1 > start and text[left - 1] in vocab.ROUTE_JOINERS:
            further = name_start(text, start, left - 1, name_ends)
            if further >= left - 1:
                break
            left = further
    return left


def names_a_thing(name: str) -> bool:
    """True when a phrase ends in a head noun and holds words of its own besides it."""
    head = head_ending_at(name, len(name))
    return bool(head) and _names_a_thing(name, head)


def _names_a_thing(name: str, head: str) -> bool:
    """True when a phrase holds words of its own besides its head and generic words, no count
    and is no everyday word ending in a head (道路, 全线)."""
    if len(head) == 1 and name[-2:] in vocab.NOT_PHRASE_NAMES:
        return False
    own = name[: len(name) - len(head)]
    if COUNT_FIRST.match(own):
        return False
    return len(_GENERIC.sub("", own)) >= vocab.MIN_PHRASE
