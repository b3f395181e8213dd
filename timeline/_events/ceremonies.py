"""Ceremonies and meetings: a ceremony named in one clause and held in the next (…集中开工
活动，在成渝两地举行) is one clause whose subject is the ceremony's name; a named meeting a
clause takes place at (在<meeting>上) is a milestone of its own.
"""

from __future__ import annotations

import re

from timeline._events import triggers, vocab
from timeline._events.context import Reading
from timeline._events.entities import Found
from timeline._events.sentences import Sentence
from timeline._events.subjects import subject_of
from timeline.model import EventEntity

_HELD_AT = re.compile(vocab.HELD_AT)


def with_held_ceremonies(
    text: str, clauses: tuple[tuple[int, int], ...]
) -> tuple[list[tuple[int, int]], dict[tuple[int, int], tuple[int, int]]]:
    """The clauses, a ceremony named in one clause and held in the next (…2021年重大项目集中开工
    活动，在成渝两地举行) joined into one: the comma does not part the subject from its verb.
    Also, for each joined clause, the span of the ceremony's name (its subject)."""
    result: list[tuple[int, int]] = []
    ceremonies: dict[tuple[int, int], tuple[int, int]] = {}
    venues: list[tuple[int, int]] = []  # venue clauses after a named ceremony (在主会场X，…)
    for start, end in clauses:
        named = result[-1] if result and text.endswith(vocab.CEREMONY_NOUNS, *result[-1]) else None
        if named is not None and (_HELD_AT.match(text, start, end) or _held_at_venues(text, start, end)):
            result[-1] = (named[0], end)
            ceremonies[result[-1]] = named
            venues = []
            continue
        if named is not None and text.startswith(vocab.CEREMONY_VENUE_OPENERS, start) and len(venues) < 2:
            venues.append((start, end))  # held after it (…仪式，在主会场头屯河农场，分会场…举行)
            continue
        result.extend(venues)
        venues = []
        result.append((start, end))
    result.extend(venues)
    return result, ceremonies


def _held_at_venues(text: str, start: int, end: int) -> bool:
    """A clause naming venues and ending in a verb of holding (分会场兵团…、二二二团举行)."""
    venue = text.startswith(vocab.CEREMONY_VENUE_OPENERS, start)
    return venue and text.endswith(vocab.HOLDING_VERBS, start, end)


def ceremony_subject(
    reading: Reading, name: tuple[int, int], trigger: triggers.Trigger, clause_start: int
) -> tuple[EventEntity, Found | None]:
    """The subject of a ceremony named before the clause that holds it, as if it were held in
    its own clause (长城电工…产业园奠基仪式，在…举行 → the park; 宜宾市2024年第一批重大项目集中
    开工仪式，在…举行 → 宜宾市); a meeting, or a ceremony whose words name no subject, is the
    subject itself (past a leading date)."""
    start, end = name
    if trigger.type != "meeting" and clause_start + trigger.end <= end:
        mentions = reading.recognition.within(start, end)
        read = subject_of(reading.doc, reading.recognition, reading.dates, name, mentions, trigger)
        if read[0] is not None:
            return read[0], read[1]
    for dated in reading.dates.within(start, end):
        if dated.start == start:
            start = dated.end
    words = reading.doc.text[start:end]
    known = reading.recognition.entities.get(words)
    type_ = known.type if known is not None else "meeting"
    mention = None
    if known is None and reading.doc.is_faithful(start, end):
        mention = Found(start, end, words, type_, -1)
    return EventEntity(words, type_, "subject"), mention


def meeting_held(
    reading: Reading, clause: str, mentions: list[Found], sentence: Sentence
) -> triggers.Trigger | None:
    """'在<named meeting>上' in a dated sentence: the meeting itself is the milestone."""
    if not may_be_held_at(clause):
        return None
    meeting = next((m for m in mentions if m.type == "meeting"), None)
    if meeting is None or reading.dates.last_within(sentence.start, sentence.end) is None:
        return None
    surface = reading.doc.text[meeting.start : meeting.end]
    start = clause.find(surface)
    return triggers.Trigger("meeting", surface, start, start + len(surface))


def may_be_held_at(clause: str) -> bool:
    """A clause that may place the sentence at a meeting (在…上, 在…期间), which `meeting_held`
    reads."""
    return clause.startswith(vocab.MEETING_PLACE_HEAD) and clause.endswith(vocab.MEETING_PLACE_TAILS)


def held_meeting(mentions: list[Found], start: int, end: int) -> Found | None:
    """The meeting whose name is the trigger of a '在<meeting>上' clause."""
    return next((m for m in mentions if m.type == "meeting" and (m.start, m.end) == (start, end)), None)
