"""Carried subjects: when a clause naming no subject of its own takes the subject from before it
(the previous clause's, the paragraph's topic) and when it shares the modal of the clauses before
it (还将A，B: planned too).

The subject of a clause that tells no milestone is read only when a later clause asks for it
(`Unread`, `Carried`): most such clauses pass nothing on, and reading a subject phrase is one of
the costliest steps of extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline import _regex
from timeline._events import subjects, triggers, vocab
from timeline._events.context import Reading
from timeline._events.entities import Found
from timeline._events.retold import COUNTED
from timeline._events.subject_phrase import ADVERB_TAIL
from timeline._regex import HAN
from timeline.model import Event, EventEntity

#: A quotation that is a speech (it holds a clause break), not a quoted name (“…关键技术”项目).
_OCCASION_OPENERS = (*vocab.SAME_DAY_WORDS, *vocab.SAME_OCCASION_OPENERS)
#: An announcing verb and the works told (宣布项目): every pair, one `endswith`.
_ANNOUNCED_WORKS = tuple(verb + works for verb in vocab.ANNOUNCING_VERBS for works in vocab.WORKS_TOLD)
_QUOTED_SPEECH = re.compile("“[^”]{0,200}?[" + vocab.PROSE_MARKS + "]")
_SPREAD = _regex.alternation(vocab.SPREAD_ADVERBS)
_DONE = _regex.alternation(vocab.DONE_CUES)
#: A pair or trio named by its count and kind (两大经开区) at the end of the words before a trigger.
#: A count opening a clause, after an amount told as an attribute or a region word (总投资54.6亿元
#: 的13个重点项目…, 全区13个…项目…).
_COUNTED_BATCH = re.compile(
    "(?:(?:" + _regex.alternation_source(vocab.AMOUNT_OPENERS) + ")[^，。；" + vocab.ATTRIBUTIVE + "]{1,16}"
    + vocab.ATTRIBUTIVE
    + ")?(?:" + _regex.alternation_source(vocab.REGION_WORDS) + ")?"
    + COUNTED.pattern
)
_PAIR_TOLD = re.compile("(?:" + "|".join(vocab.PAIR_COUNTS) + r")[" + HAN + r"]{1,5}$")


class Unread:
    """The subject of a clause that tells no milestone (`subjects.subject_of` without a trigger),
    read the first time it is asked for and kept."""

    __slots__ = ("_mentions", "_read", "_reading", "span")

    def __init__(self, reading: Reading, span: tuple[int, int], mentions: list[Found]) -> None:
        self._reading = reading
        self.span = span
        self._mentions = mentions
        self._read: tuple[EventEntity | None, Found | None] | None = None

    def read(self) -> tuple[EventEntity | None, Found | None]:
        """The clause's subject and, when it is a noun phrase of its own, its mention."""
        if self._read is None:
            reading = self._reading
            self._read = subjects.subject_of(
                reading.doc, reading.recognition, reading.dates, self.span, self._mentions, None
            )
        return self._read

    def subject(self) -> EventEntity | None:
        return self.read()[0]

    def mention(self) -> Found | None:
        return self.read()[1]


#: A clause told so far in a sentence, and whether it carried the subject of the one before (its
#: modal too): for a clause with no milestone, whether it names no subject, read when asked.
Link = tuple[str, "bool | Unread"]


_Own = EventEntity | Unread | Callable[[], EventEntity | None] | None
#: How many `Carried.or_else` readings may nest before the wrapped one is read at once.
LAZY_DEPTH = 64


class Carried:
    """The subject a clause may take from those before it: its own (an entity, a clause's `Unread`
    subject, or a function giving one) or else the one carried to it (`before`). Read back only
    as far as the first subject found, and remembered along the way, without recursion: a long
    run-on sentence stays linear."""

    __slots__ = ("_before", "_depth", "_known", "_own", "_value")

    def __init__(self, own: _Own, before: Carried | None = None) -> None:
        self._own = own
        self._before = before
        self._value: EventEntity | None = None
        self._known = own is None and before is None
        #: How many `or_else` readings reading this one nests (they read the one they wrap).
        self._depth: int = 0 if before is None else before.depth()

    def or_else(self, then: Carried) -> Carried:
        """This subject, else `then`'s, read only when asked (most are never asked for: a clause
        naming a subject of its own takes that). Past LAZY_DEPTH such readings wrapped one in
        another, this one is read now, so that reading back never nests deeper."""
        if self._depth >= LAZY_DEPTH:
            self.get()
        node = Carried(self.get, then)
        node._depth = max(0 if self._known else self._depth + 1, then.depth())
        return node

    def depth(self) -> int:
        """How many `or_else` readings reading this subject nests."""
        return self._depth

    def get(self) -> EventEntity | None:
        """The latest subject named, or None."""
        walked: list[Carried] = []
        node: Carried | None = self
        value: EventEntity | None = None
        while node is not None:
            if node._known:
                value = node._value
                break
            walked.append(node)
            own = node._own
            value = own if isinstance(own, EventEntity) or own is None else (
                own.subject() if isinstance(own, Unread) else own()
            )
            if value is not None:
                break
            node = node._before
        for done in walked:
            done._value, done._known, done._own, done._before = value, True, None, None
        return value


def announced(clause: str, trigger: triggers.Trigger) -> bool:
    """区委书记…出席仪式并宣布…项目开工, 卢治轩出席并下达开工令: an official announcing or ordering
    the act before its trigger; the act is the subject's carried in, not the official's."""
    before = clause[: trigger.start]
    return any(verb in before for verb in vocab.ANNOUNCING_VERBS)


def announced_works(clause: str, trigger: triggers.Trigger) -> bool:
    """县委书记唐守兵宣布项目开工: the official announces the act of the works the report told
    (项目, 工程: the ceremony's), with no name of their own; not 宣布开工 (a person's part in
    the ceremony) nor 宣布长山米业项目开工 (works named)."""
    before = clause[: trigger.start]
    return before.endswith(_ANNOUNCED_WORKS)


def parties_told(clause: str, trigger: triggers.Trigger) -> bool:
    """…李宁分别代表双方签署协议, 两大经开区全面签署了合作共建协议: the parties of an act told
    before, named only by a word for them (双方, 三方, 两大…), act again; the act is that one."""
    before = ADVERB_TAIL.sub("", clause[: trigger.start])
    return before.endswith(vocab.PARTIES_TOLD) or _PAIR_TOLD.search(before) is not None


def kind_unveiled(clause: str, trigger: triggers.Trigger) -> tuple[str, ...] | None:
    """熊雪、许洪斌…共同为实验室揭牌: the act done for a body named by its kind alone (为实验室,
    为该中心), which no recognition resolves after 为; the types that kind may refer to, or None
    for any other clause."""
    before = ADVERB_TAIL.sub("", clause[: trigger.start])
    at = before.rfind(vocab.BENEFICIARY_MARKER)
    word = before[at + 1 :] if at >= 0 else ""
    if word in vocab.PRONOUNS:
        return vocab.PRONOUNS[word]
    suffix = word.removeprefix(vocab.DEMONSTRATIVE)
    return (vocab.ORG_SUFFIXES[suffix],) if suffix != word and suffix in vocab.ORG_SUFFIXES else None


def act_told(events: list[Event], type_: str, kinds: tuple[str, ...] | None = None) -> EventEntity | None:
    """The subject of the latest event of a type the article told so far (the ceremony whose
    act an official announces again), of one of `kinds` when given, or None."""
    return next(
        (
            e.subject
            for e in reversed(events)
            if e.type == type_ and e.subject is not None and (kinds is None or e.subject.type in kinds)
        ),
        None,
    )


def anchored(reading: Reading, clause: str, span: tuple[int, int], trigger: triggers.Trigger) -> bool:
    """A clause that names no subject of its own tells a milestone of the paragraph's topic only
    when it is anchored in time: a date, a cue of plan, progress or completion (预计年内贯通,
    工人正忙碌建设, 已完成土建工程), or the occasion told before, acted on together (此次…集中开工:
    counted or not, the day's act; told again after its own report, `counted_again` drops it),
    and no count before the trigger (两大经开区签署: a set,
    whose member the topic need not be; a count of buildings is of the topic's works) nor a word
    spreading it over many (全部, 纷纷)."""
    before = clause[: trigger.start]
    if before.startswith(vocab.OCCASION_DEMONSTRATIVES) and any(w in before for w in vocab.TOGETHER_WORDS):
        return True  # 此次706个重大项目集中开工建设: the act of the occasion told before
    counted = COUNTED.search(before)
    if counted is not None and counted.group()[-1] not in vocab.BUILDING_MEASURES:
        return False  # 两大经开区签署 (not 18栋楼宇…封顶: the buildings of the works told)
    if _SPREAD.search(before) is not None:
        return False
    if reading.dates.within(*span) or triggers.status(clause, trigger) != "occurred":
        return True
    return _DONE.search(before) is not None


def counted_at_the_occasion(chain: list[Link], clause: str, trigger: triggers.Trigger) -> bool:
    """A count of bodies or works acting (12家企业进行了现场签约, 6个产业项目破土动工) in a clause
    opened by a word of the same day or occasion (当天, 同时, 现场): the count names no one, the
    act belongs to the place or body of the occasion told before."""
    opener = chain[-1][0] if chain else clause
    if not opener.startswith(_OCCASION_OPENERS):
        return False
    return COUNTED.search(clause, 0, trigger.start) is not None


def counted_batch(clause: str, trigger: triggers.Trigger) -> bool:
    """A batch named only by its count, acting together (33个重大项目集中签约, 总投资54.6亿元的13个
    重点项目集中开工, 全区13个高速公路建设项目集中开工): the count names no one, the act belongs
    to the place or body the sentence before told (the host of the day's ceremony)."""
    count = _COUNTED_BATCH.match(clause, 0, trigger.start)
    manner = clause[count.end() : trigger.start] if count is not None else ""
    return any(word in manner for word in vocab.TOGETHER_WORDS)


def paragraph_topic(reading: Reading, start: int, before: int) -> EventEntity | None:
    """The thing the paragraph is about so far: the last facility, project, park, lab or body
    named before an offset, at most TOPIC_REACH characters back (工人正忙碌建设… after
    记者在加查水电站施工现场看到); in a paragraph that opens with a quotation, the speaker's
    words go on about the paragraph before (…天山胜利隧道深处挺进。\n“…，预计年内贯通。”)."""
    if _QUOTED_SPEECH.match(reading.doc.text, start):
        start = 0  # a paragraph opening with a quotation goes on about the one before
    start = max(start, before - vocab.TOPIC_REACH)  # a paragraph that never ends stays linear
    named = [m for m in reading.recognition.within(start, before) if m.type in vocab.TOPIC_TYPES]
    named = [m for m in named if not subjects.is_affiliation(reading.doc.text, m.end)]  # X教授Y说
    return subjects.as_subject(named[-1]) if named else None


def modal_before(chain: list[Link]) -> bool:
    """True when the clause before the last one looks forward, by a cue of its own or by the
    modal it shares with the clauses before it (its subject carried over). Read back in place:
    a copy of the chain per clause made a long run-on sentence quadratic."""
    for index in range(len(chain) - 2, -1, -1):
        clause, carried = chain[index]
        if triggers.status(clause) == "planned":
            return True
        if not (carried if isinstance(carried, bool) else carried.subject() is None):
            return False
    return False
