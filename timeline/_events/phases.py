"""Phases and projects of works: a phase written right after the name of the works (安巢经开区
智能制造产业园三期, 丰宁抽水蓄能电站项目二期, 外环高速公路深圳段三期(大鹏段)) or a section or
batch between brackets (龙岩至龙川铁路项目(上杭段)) is part of what the clause is about, so the
subject is the phased works; so is the project named after them
(高端制造科技产业园建设项目、…同时动工: gold always names it so). The works named without it stay
linked as the owner (spec: "a part named after its owner keeps the owner").
"""

from __future__ import annotations

import re

from timeline._events import noun_phrase, vocab
from timeline._events.cleanup import Document
from timeline._events.mentions import Found
from timeline._events.organisations import suffix_type
from timeline.model import EventEntity

_PHASE_TAIL = re.compile(f"{vocab.WORKS_PHASE_TAIL}|{vocab.WORKS_SECTION_TAIL}|{vocab.WORKS_PROJECT_TAIL}")
_AFTER_PHASE = vocab.LIST_SEPARATORS + vocab.NOUN_LIST_END + "".join(vocab.PARTY_JOINERS)


def phased(
    doc: Document,
    subject: EventEntity | None,
    mention: Found | None,
    mentions: list[Found],
    span: tuple[int, int],
    cut: int,
) -> tuple[EventEntity, Found | None] | None:
    """The subject with the phase or project written right after its name before the trigger at
    `cut` (…产业园三期集中开工, …项目二期、…等项目获批, …产业园建设项目、…同时动工), or None when
    none follows it there, or when more words of a name follow (…一期工程 is read whole already)."""
    if subject is None or subject.type not in vocab.BUILT_TYPES:
        return None
    text = doc.text
    named = mention if mention is not None and mention.name == subject.name else None
    named = named or next((m for m in mentions if m.name == subject.name and m.end <= cut), None)
    if named is None or named.start < span[0]:
        return None
    tail = _PHASE_TAIL.match(text, named.end, cut)
    if tail is None:
        return None
    after = tail.end()
    if after != cut and text[after] not in _AFTER_PHASE and not noun_phrase.only_tails(text[after:cut]):
        return None
    name = subject.name + tail.group()
    type_ = suffix_type(name) or subject.type
    found = Found(named.start, after, name, type_, -1) if doc.is_faithful(named.start, after) else None
    return EventEntity(name, type_, "subject"), found
