"""Visits: who visits (考察, 调研, 会见) and where the visitor is looked for. The visitor is the
last person named before the trigger (or the first of two joined by 与: the host meets the other),
else a title alone (市委书记率队考察…); spec: people with a title or role are persons.
"""

from __future__ import annotations

import re

from timeline._events import vocab
from timeline._events.cleanup import Document
from timeline._events.entities import Found, Recognition
from timeline._events.sentences import Sentence
from timeline._events.subjects import as_subject
from timeline._regex import HAN
from timeline.model import EventEntity

_TITLE = re.compile("|".join(sorted(vocab.PERSON_TITLES, key=len, reverse=True)))
_CLAUSE_MARK = re.compile("[" + vocab.CLAUSE_MARKS + "]")
_TITLE_HEAD = re.compile(r"[" + HAN + r"]{0," + str(vocab.TITLE_HEAD_LEN) + "}$")


def visit_span(sentence: Sentence, trigger_at: int) -> tuple[int, int]:
    """Where a visit's visitor and places are looked for: its sentence, at most VISIT_REACH
    characters either side of the trigger (a run-on sentence stays linear)."""
    return max(sentence.start, trigger_at - vocab.VISIT_REACH), min(
        sentence.end, trigger_at + vocab.VISIT_REACH
    )


def visitor(
    recognition: Recognition, span: tuple[int, int], trigger_at: int, text: str = ""
) -> EventEntity | None:
    """The person visiting (市委书记袁家军到…调研): the last person named before the trigger, or the
    first of two joined by 与 (袁家军与…徐直军会谈: the host meets the other)."""
    people = [m for m in recognition.within(span[0], trigger_at) if m.type == "person"]
    if not people:
        return None
    last = len(people) - 1
    while last > 0 and text.startswith(vocab.MEETING_PARTNER_MARKS, people[last - 1].end, people[last].start):
        last -= 1
    return as_subject(people[last])


def titled_visitor(
    doc: Document, span: tuple[int, int], trigger_at: int
) -> tuple[EventEntity, Found | None] | None:
    """A visitor named by a title alone (市委书记率队考察…, 总书记在…调研; spec: people with a title
    or role are persons): the last title before the trigger, followed by a word of what a visitor
    does and no clause mark, with the body words written before it (市委书记)."""
    text = doc.text
    start = max(span[0], trigger_at - vocab.VISIT_REACH)
    titles = [
        m for m in _TITLE.finditer(text, start, trigger_at) if text.startswith(vocab.AFTER_NAME, m.end())
    ]
    if not titles:
        return None
    title = titles[-1]
    if _CLAUSE_MARK.search(text, title.end(), trigger_at):
        return None
    head = _TITLE_HEAD.search(text, start, title.start())
    name_start = head.start() if head is not None else title.start()
    name = text[name_start : title.end()]
    faithful = doc.is_faithful(name_start, title.end())
    mention = Found(name_start, title.end(), name, "person", -1) if faithful else None
    return EventEntity(name, "person", "subject"), mention
