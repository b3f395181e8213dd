"""Carried subjects: when a clause naming no subject of its own takes the subject from before it
(the previous clause's, the paragraph's topic) and when it shares the modal of the clauses before
it (还将A，B: planned too).
"""

from __future__ import annotations

import re

from timeline import _regex
from timeline._events import subjects, triggers, vocab
from timeline._events.context import Reading
from timeline._events.retold import COUNTED
from timeline.model import EventEntity

#: A quotation that is a speech (it holds a clause break), not a quoted name (“…关键技术”项目).
_QUOTED_SPEECH = re.compile("“[^”]{0,200}?[" + vocab.PROSE_MARKS + "]")
_SPREAD = _regex.alternation(vocab.SPREAD_ADVERBS)
_DONE = _regex.alternation(vocab.DONE_CUES)


def anchored(reading: Reading, clause: str, span: tuple[int, int], trigger: triggers.Trigger) -> bool:
    """A clause that names no subject of its own tells a milestone of the paragraph's topic only
    when it is anchored in time: a date, a cue of plan, progress or completion (预计年内贯通,
    工人正忙碌建设, 已完成土建工程), and no count before the trigger (两大经开区签署: a set,
    whose member the topic need not be) nor a word spreading it over many (全部, 纷纷)."""
    before = clause[: trigger.start]
    if COUNTED.search(before) or _SPREAD.search(before) is not None:
        return False
    if reading.dates.within(*span) or triggers.status(clause, trigger) != "occurred":
        return True
    return _DONE.search(before) is not None


def counted_at_the_occasion(chain: list[tuple[str, bool]], clause: str, trigger: triggers.Trigger) -> bool:
    """A count of bodies or works acting (12家企业进行了现场签约, 6个产业项目破土动工) in a clause
    opened by a word of the same day or occasion (当天, 同时, 现场): the count names no one, the
    act belongs to the place or body of the occasion told before."""
    opener = chain[-1][0] if chain else clause
    if not opener.startswith((*vocab.SAME_DAY_WORDS, *vocab.SAME_OCCASION_OPENERS)):
        return False
    return COUNTED.search(clause, 0, trigger.start) is not None


def paragraph_topic(reading: Reading, start: int, before: int) -> EventEntity | None:
    """The thing the paragraph is about so far: the last facility, project, park, lab or body
    named before an offset, at most TOPIC_REACH characters back (工人正忙碌建设… after
    记者在加查水电站施工现场看到); in a paragraph that opens with a quotation, the speaker's
    words go on about the paragraph before (…天山胜利隧道深处挺进。\n“…，预计年内贯通。”)."""
    if _QUOTED_SPEECH.match(reading.doc.text, start):
        start = 0  # a paragraph opening with a quotation goes on about the one before
    start = max(start, before - vocab.TOPIC_REACH)  # a paragraph that never ends stays linear
    named = [m for m in reading.recognition.within(start, before) if m.type in vocab.TOPIC_TYPES]
    return subjects.as_subject(named[-1]) if named else None


def modal_before(chain: list[tuple[str, bool]]) -> bool:
    """True when the clause before the last one looks forward, by a cue of its own or by the
    modal it shares with the clauses before it (its subject carried over). Read back in place:
    a copy of the chain per clause made a long run-on sentence quadratic."""
    for index in range(len(chain) - 2, -1, -1):
        clause, carried = chain[index]
        if triggers.status(clause) == "planned":
            return True
        if not carried:
            return False
    return False
