"""Topic chains: a thing a report has named, named again by its kind alone.

A report names a project, works or a body (标准化菜市场项目由…投资, 记者在X项目建设现场看到,
X总建筑面积7.6万平方米) and goes on with its kind alone: 该项目地质条件复杂, “项目分二期建设,
学校预计…招生, 该线路预计…通车, 这个规划面积167亩的产业融合项目自…开工建设. Recognition gives
该公司 and its like the names it knows (`pronouns`), but the works of a construction report are
mostly phrases only the clause walk reads. `TopicChain` keeps, paragraph by paragraph, what the
walk settled on as what a clause is about (the subject of a milestone told by name, the name or
phrase opening a sentence, also after a clause of lead words alone: 同时，|X项目建设…, the works
whose site a clause reports from: `site_reported`); `referring` finds the word of kind a clause
opens with, and
`resolved` gives it the latest thing of a fitting type told in its paragraph, else in the last
paragraph that told one. A word whose kind fits nothing told is left as recognition read it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

import attrs

from timeline import _regex
from timeline._events import noun_phrase, vocab
from timeline._events.dating import Dates
from timeline._events.mentions import PRONOUN, Found, text_order
from timeline._events.subject_phrase import LEADING
from timeline.model import EventEntity

#: A thing told as what a clause is about, or the function reading it when first asked (the
#: phrase opening a sentence: reading a subject phrase is costly, most are never asked for).
Told = EventEntity | Callable[[], EventEntity | None]

_KINDS: dict[str, tuple[str, ...]] = {**vocab.TOPIC_KINDS, **vocab.BARE_TOPIC_KINDS}
_NO_BREAK = "[^" + vocab.PROSE_MARKS + vocab.ATTRIBUTIVE + "\n]"
_REFERRING = re.compile(
    "(?:(?:"
    + _regex.alternation_source(vocab.TOPIC_DEMONSTRATIVES)
    + f")(?![{vocab.TOPIC_NOT_PLACE}])"
    + f"(?:{_NO_BREAK}{{1,{vocab.TOPIC_DESCRIPTION}}}?{vocab.ATTRIBUTIVE})?"
    + f"{_NO_BREAK}{{0,{vocab.TOPIC_KIND_WORDS}}}?"
    + "(?P<kind>"
    + _regex.alternation_source(vocab.TOPIC_KINDS)
    + ")|(?P<bare>"
    + _regex.alternation_source(vocab.BARE_TOPIC_KINDS)
    + "))(?!"
    + _regex.alternation_source(vocab.TOPIC_KIND_NOT_BEFORE)
    + ")"
)


def referring(text: str, dates: Dates, start: int, end: int) -> tuple[int, int, tuple[str, ...]] | None:
    """The word of kind a clause opens with, past its lead words, dates and an opening quote
    (该项目, 这个…的产业融合项目, “项目, 预计年底工程), and the types of thing it may refer to;
    None for a clause opening otherwise."""
    at = start
    for _ in range(vocab.TOPIC_LEAD_STEPS):  # 预计 | 年底 | 工程: lead words and dates, a few
        lead = LEADING.match(text, at, end)
        at = lead.end() if lead is not None else at
        dated = dates.first_within(at, end)
        if dated is None or dated.start != at:
            break
        at = dated.end
    if text.startswith(vocab.OPENING_QUOTE, at):
        at += len(vocab.OPENING_QUOTE)
    match = _REFERRING.match(text, at, end)
    if match is None:
        return None
    return match.start(), match.end(), _KINDS[match["kind"] or match["bare"]]


@attrs.define()
class TopicChain:
    """What the clauses of an article were about so far, in text order: (paragraph, offset,
    thing told), the thing None when it was read and named nothing."""

    #: The names recognition knows: any such name is a thing; a phrase must name one of its own.
    known: Container[str] = frozenset()
    _told: list[tuple[int, int, Told | None]] = attrs.Factory(list)
    _paragraph: int = 0

    def new_paragraph(self) -> None:
        """The walk enters the next paragraph; only the things of the last paragraph that told
        any are kept (no referent is looked for further back: a long article stays small)."""
        if self._told and self._told[-1][0] == self._paragraph:
            self._told = [told for told in self._told if told[0] == self._paragraph]
        self._paragraph += 1

    def tell(self, at: int, told: Told) -> None:
        """A thing a clause at offset `at` is about (read when first asked, if a function)."""
        self._told.append((self._paragraph, at, told))

    def referent(self, types: tuple[str, ...], before: int) -> EventEntity | None:
        """The latest thing of one of the types told before an offset in the current paragraph,
        else in the last earlier paragraph that told any; at most TOPIC_CHAIN_REACH things
        are looked at (a long chronicle stays linear)."""
        searched = self._paragraph
        last = len(self._told) - 1
        for index in range(last, max(-1, last - vocab.TOPIC_CHAIN_REACH), -1):
            paragraph, at, told = self._told[index]
            if at >= before:
                continue
            if paragraph != searched:
                if searched != self._paragraph:
                    break
                searched = paragraph  # nothing fitting in this paragraph: the last one told of
            thing = told() if callable(told) else told
            self._told[index] = (paragraph, at, thing)
            if thing is not None and thing.type in types and self._names_a_thing(thing):
                return thing
        return None

    def _names_a_thing(self, thing: EventEntity) -> bool:
        """A recognised name, or a phrase with words of its own ending in a head noun (not 联合
        车间, 道路硬化: parts and works told in passing), of a type a report is about."""
        if thing.type not in vocab.TOPIC_TYPES:
            return False
        return thing.name in self.known or noun_phrase.names_a_thing(thing.name)


def resolved(
    chain: TopicChain, text: str, dates: Dates, span: tuple[int, int], mentions: list[Found]
) -> list[Found]:
    """The mentions of a clause, where its opening word of kind, which recognition left
    unresolved, refers to the latest fitting thing of the chain: that thing named at the word
    (as recognition names a pronoun); the mentions unchanged otherwise."""
    word = referring(text, dates, *span)
    if word is None:
        return mentions
    start, end, types = word
    if any(m.start < end and start < m.end for m in mentions):
        return mentions  # a name recognition knows, or a pronoun it resolved (该公司 → a company)
    thing = chain.referent(types, start)
    if thing is None:
        return mentions
    found = Found(start, end, thing.name, thing.type, PRONOUN)
    return sorted([*mentions, found], key=text_order)


def site_reported(
    text: str, dates: Dates, span: tuple[int, int], mentions: list[Found]
) -> EventEntity | None:
    """The works whose site a clause reports from (记者在X项目建设现场看到, 走进X项目施工现场):
    a recognised name or a phrase naming a thing ending right before the site word; None for a
    clause with no site word or nothing named before it."""
    start, end = span
    at = -1
    for tail in vocab.SITE_FRAME_TAILS:
        at = text.find(tail, start, end)
        if at >= 0:
            break
    if at < 0:
        return None
    start = max(start, text.rfind(vocab.SITE_FRAME_HEAD, start, at) + len(vocab.SITE_FRAME_HEAD))  # 记者在|X
    named = next((m for m in mentions if m.end == at and m.type in vocab.TOPIC_TYPES), None)
    if named is not None:
        return EventEntity(named.name, named.type, "subject")
    phrase = noun_phrase.before(text, dates, start, at, {m.end for m in mentions})
    if phrase is None or not noun_phrase.names_a_thing(phrase.name):
        return None
    return EventEntity(phrase.name, phrase.type, "subject")


def opens_nothing(clause: str) -> bool:
    """A clause of lead words alone (同时, 此外, 当天, 据介绍): the sentence opens after it."""
    rest = LEADING.sub("", clause)
    return not rest or rest in vocab.TOPIC_EMPTY_OPENERS


def opening_thing(
    text: str, dates: Dates, span: tuple[int, int], mentions: list[Found]
) -> EventEntity | None:
    """The thing a clause opens with (同时，|中国自动化绿色精密铸锻产业园项目建设也正紧锣密鼓进行):
    a recognised name of a type a report is about, else a phrase naming a thing; None otherwise."""
    phrase = noun_phrase.opening(text, dates, span[0], span[1], {m.end for m in mentions})
    if phrase is None:
        return None
    named = next((m for m in mentions if m.start == phrase.start and m.end == phrase.end), None)
    if named is not None:
        return EventEntity(named.name, named.type, "subject") if named.type in vocab.TOPIC_TYPES else None
    if not noun_phrase.names_a_thing(phrase.name):
        return None
    return EventEntity(phrase.name, phrase.type, "subject")


def named_after_category(phrase: str) -> EventEntity | None:
    """The name a phrase gives after its last category word, past any quotation (国家“十三五”规划
    重点工程项目拉林铁路 → 拉林铁路: the category describes, the name follows), when it ends in a
    head noun; None otherwise."""
    tail = phrase[phrase.rfind(vocab.CLOSING_QUOTE) + 1 :]
    at = max(tail.rfind(word) + len(word) if word in tail else -1 for word in vocab.TOPIC_CATEGORY_WORDS)
    name = tail[at:].lstrip(vocab.TOPIC_NAME_DASHES) if at >= 0 else ""
    type_ = noun_phrase.head_type(name) if len(name) >= vocab.MIN_PHRASE else None
    return EventEntity(name, type_, "subject") if type_ is not None else None
