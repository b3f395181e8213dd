"""The place whose share works named by their kind alone are (秋季项目集中开工, 26个…重大项目集中
启动, 首批入园项目集中签约). Such a phrase names no one (spec: generic phrases are never
entities), but the mass act is a milestone: of the place that held it or whose share it is
(annotation README: "else the place that held the event"; "count shares").

`clause_event` asks this for a clause whose subject phrase is such works, before carrying the
subject of an earlier clause.
"""

from __future__ import annotations

from timeline._events import triggers, vocab
from timeline._events.ceremony_subjects import site_before_holding
from timeline._events.context import Reading
from timeline._events.mentions import Found
from timeline._events.organisations import suffix_type
from timeline._events.places import leading_place
from timeline._events.sentences import Sentence
from timeline._events.subject_phrase import as_subject, names_generic_works
from timeline.model import EventEntity

#: Where a ceremony or an act is held (…仪式在高新区举行, 在会展中心隆重举行): the words after 在.
_HELD_AT_SITE = site_before_holding(vocab.HELD_AT_SITE_MAX, vocab.HELD_AT_SITE_BREAKS)
#: Bodies named by the place they govern (石家庄市委书记…: 石家庄市).
_GOVERNING_TYPES = ("government",)


def works_place(
    reading: Reading,
    sentence: Sentence,
    span: tuple[int, int],
    trigger: triggers.Trigger,
    mentions: list[Found],
) -> tuple[EventEntity, Found | None] | None:
    """The place of a clause whose subject phrase is works named by their kind alone: a place
    or park named in the clause (两江新区在水土园区举行…, …仪式在高新区举行), else one named in
    the sentence, the last before the clause or the first after it (随着…石家庄市委书记…发出
    开工令，秋季项目集中开工: 石家庄市); None for any other clause, or when no place is named."""
    text = reading.doc.text
    clause_start, clause_end = span
    cut = clause_start + trigger.start
    before = [m for m in mentions if m.end <= cut]
    words = text[clause_start:cut]
    if not names_generic_works(reading.recognition, reading.dates, clause_start, words, before):
        return None
    held = [m for m in mentions if m.type in vocab.HELD_AT_TYPES]
    if held:
        earlier = [m for m in held if m.end <= cut]
        return as_subject(earlier[-1] if earlier else held[0]), None
    site = _HELD_AT_SITE.search(text, cut, clause_end)
    if site is not None:
        start, end = site.span("site")
        venue = text[start:end]
        type_ = suffix_type(venue) or "place"
        faithful = reading.doc.is_faithful(start, end)
        return EventEntity(venue, type_, "subject"), Found(start, end, venue, type_, -1) if faithful else None
    place = _sentence_place(reading, sentence, span)
    return (place, None) if place is not None else None


def _sentence_place(reading: Reading, sentence: Sentence, span: tuple[int, int]) -> EventEntity | None:
    """The place named in the sentence outside the clause, the last before it or else the first
    after it: a place or park, or the place a government body is named by (石家庄市委 → 石家庄市)."""
    found = reading.recognition.within(sentence.start, sentence.end)
    earlier = [m for m in found if m.end <= span[0]]
    later = [m for m in found if m.start >= span[1]]
    for mention in (*reversed(earlier), *later):
        if mention.type in vocab.HELD_AT_TYPES:
            return as_subject(mention)
        place = leading_place(mention.name) if mention.type in _GOVERNING_TYPES else None
        if place is not None:
            return EventEntity(place[0], "place", "subject")
    return None
