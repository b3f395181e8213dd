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
from timeline._events.subject_phrase import TRIGGER_WORDS, holds_own_words
from timeline._events.subjects import subject_of
from timeline.model import EventEntity

_HELD_AT = re.compile(vocab.HELD_AT)
_HELD_THERE = re.compile(vocab.HELD_THERE)
#: A period or a batch opening an occasion's words after its holder (…第四季度, …2022年, …第一批).
_OCCASION_PERIOD = re.compile(vocab.OCCASION_PERIOD)
_LEADING_YEAR = re.compile(f"^(?:{vocab.BATCH_YEAR})")
#: What the name of a ceremony or a meeting ends with (…签约仪式, …锦标赛, …晚会).
_HELD_NAME_ENDS = (*vocab.CEREMONY_NOUNS, *vocab.MEETING_NOUNS)


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


def named_where_held(reading: Reading, span: tuple[int, int]) -> tuple[EventEntity, Found | None] | None:
    """The ceremony or meeting a clause names before the venue where it is held, to the clause's
    end (…企业入驻签约仪式在昆举行, 2023年全国竞走冠军赛暨青少年竞走锦标赛在山东省日照市举行, …开幕式
    晚会在呼和浩特市…拉开帷幕): its name, past a leading mark and date, is the subject, as when the
    venue is told in a clause of its own (`ceremony_subject`); None for any other clause."""
    text = reading.doc.text
    start, end = span
    at = text.find(vocab.CEREMONY_SITE_BEFORE, start + vocab.MIN_PHRASE, end)
    while at >= 0 and not (text.endswith(_HELD_NAME_ENDS, start, at) and _HELD_THERE.match(text, at, end)):
        at = text.find(vocab.CEREMONY_SITE_BEFORE, at + 1, end)
    if at < 0:
        return None
    while start < at and not (text[start].isalnum() or text[start] in vocab.NAME_OPENERS):
        start += 1  # △2023年…: a list mark
    for dated in reading.dates.within(start, at):
        if dated.start == start:
            start = dated.end
    words = text[start:at]
    if not _holds_own_words(words):
        return None  # 签约仪式在昆举行, 集中开工仪式在…举行: no occasion named
    known = reading.recognition.entities.get(words)
    type_ = known.type if known is not None else "meeting"
    faithful = known is None and reading.doc.is_faithful(start, at)
    mention = Found(start, at, words, type_, -1) if faithful else None
    return EventEntity(words, type_, "subject"), mention


def _holds_own_words(name: str) -> bool:
    """True when the name of a ceremony or a meeting holds words of its own before its acts and
    its noun (沪滇…科技城企业入驻签约仪式, 全国竞走冠军赛; not 签约仪式, 重大项目集中开工仪式)."""
    end = len(name) - len(next((noun for noun in _HELD_NAME_ENDS if name.endswith(noun)), ""))
    while True:
        cut = TRIGGER_WORDS.longest_ending_at(name, end) or next(
            (len(word) for word in vocab.TOGETHER_WORDS if name.endswith(word, 0, end)), 0
        )
        if not cut:
            return holds_own_words(name[:end])
        end -= cut


def occasion_holder(
    reading: Reading, span: tuple[int, int], subject: EventEntity, mentions: list[Found]
) -> EventEntity | None:
    """The place or park that holds an occasion of a batch named by it and a period (银川市2022年
    第一批重大项目集中开工现场推进会, 忠县第四季度暨首届全国忠商大会…集中签约): an occasion read as
    the subject gives way to its holder, named right before the date or the period opening the
    occasion's words (annotation README: a batch's subject is the place that held the event).
    None for any other subject, and for an occasion of no batch done together (银川市2022年第一批
    重大项目推进会)."""
    text = reading.doc.text
    start, end = span
    if subject.type != "meeting" or not any(word in text[start:end] for word in vocab.TOGETHER_WORDS):
        return None
    at = text.find(subject.name, start, end)
    if at < 0:
        return None
    for place in mentions:
        if place.type in vocab.HELD_AT_TYPES and start <= place.start and place.end <= at:
            period = reading.dates.first_within(place.end, end)
            if period is not None and period.start == place.end and period.end == at:
                return EventEntity(place.name, place.type, "subject")  # 银川市|2022年|第一批…
    opening = _OCCASION_PERIOD.search(subject.name, vocab.MIN_PHRASE)
    holder = subject.name[: opening.start()] if opening is not None else ""
    holder = _LEADING_YEAR.sub("", holder)  # 2024年|宜宾市|第二批…动员会
    if 2 <= len(holder) <= vocab.PLACE_SHARE_MAX and holder.endswith(vocab.PLACE_SHARE_SUFFIXES):
        return EventEntity(holder, "place", "subject")  # 忠县|第四季度暨…大会
    return None


def meeting_held(
    reading: Reading, clause: str, mentions: list[Found], sentence: Sentence
) -> triggers.Trigger | None:
    """'在<named meeting>上' in a dated sentence: the meeting itself is the milestone."""
    if not may_be_held_at(clause):
        return None
    meeting = next((m for m in mentions if m.type == "meeting"), None)
    if meeting is None or reading.dates.last_within(sentence.start, sentence.end) is None:
        return None
    if meeting.name.endswith(vocab.BRIEFING_NOUNS):
        return None  # 在…新闻发布会上，X介绍了…: the source of what is said, no meeting reported
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
