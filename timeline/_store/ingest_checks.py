"""The domain contract an extraction must keep to be stored, checked before a batch queues it.

What no table constraint would say clearly (unknown types, roles and statuses, offsets outside the
text, dates the store cannot keep, lone surrogates and NUL, which no database stores): an
`ArticleError` naming the article's problem, so that the caller skips that article and no other.
"""

from __future__ import annotations

import re

from timeline.dates import GRAINS, KINDS, MODS, TimeExpr
from timeline.errors import ArticleError
from timeline.model import (
    CONTROL_CHARACTERS,
    ENTITY_TYPES,
    EVENT_TYPES,
    MAX_NAME_LENGTH,
    ROLES,
    STATUSES,
    Article,
    Event,
    Extraction,
    encodable,
)

from .merge import event_interval
from .orm import MAX_DATE_VALUE_LENGTH


def check_extraction(extraction: Extraction) -> None:
    """Raise ArticleError when an extraction breaks the domain contract (types, roles, offsets)."""
    if not isinstance(extraction, Extraction):
        raise ArticleError(f"expected an Article or Extraction, got {type(extraction).__name__}")
    article = extraction.article
    if not isinstance(article, Article):
        raise ArticleError(f"an extraction's article must be an Article, got {type(article).__name__}")
    length = len(article.text)
    plain = _all_printable(extraction)
    for entity in extraction.entities:
        if not plain and _unwritable(entity.name, *entity.aliases, entity.affiliation or ""):
            raise ArticleError(f"entity {encodable(entity.name)!r} has a lone surrogate or NUL in its names")
        if entity.type not in ENTITY_TYPES:
            raise ArticleError(f"entity {entity.name!r} has unknown type {entity.type!r}")
        if not entity.name.strip():
            raise ArticleError("an entity has an empty name")
        if not plain and any(_CONTROL.search(name) for name in (entity.name, *entity.aliases)):
            raise ArticleError(f"entity {entity.name!r} has a control character in its names")
        if max(map(len, (entity.name, *entity.aliases))) > MAX_NAME_LENGTH:
            raise ArticleError(f"entity {entity.name[:40]!r}… has a name over {MAX_NAME_LENGTH} characters")
    for event in extraction.events:
        problem = _event_problem(event, article.id, length, plain)
        if problem:
            raise ArticleError(f"event {event.summary!r} {problem}")


def check_sentences(extraction: Extraction) -> None:
    """Raise ArticleError when an event's sentence is not one its article writes: an extraction
    made or edited by hand (`timeline load`) must keep every date traceable to the article's own
    words. Extraction's events always pass (the sentence is the article's as cleaned)."""
    from timeline._events.cleanup import unwritten

    missing = unwritten(extraction.article.text, [event.sentence for event in extraction.events])
    if missing:
        event = next(e for e in extraction.events if e.sentence == missing[0])
        raise ArticleError(f"event {event.summary!r}: its sentence {missing[0][:60]!r} is not in its article")


def _all_printable(extraction: Extraction) -> bool:
    """Whether every name and text of an extraction's entities and events is printable: then none
    holds a control character, a lone surrogate or NUL (none of them is printable), and their
    checks are skipped - one test of the texts joined instead of a dozen per event."""
    parts: list[str] = []
    for entity in extraction.entities:
        parts += (entity.name, *entity.aliases, entity.affiliation or "")
    for event in extraction.events:
        parts += (event.summary, event.sentence, event.trigger, *_date_texts(event))
        parts += [link.name for link in event.entities]
    return "".join(parts).isprintable()


def _event_problem(event: Event, article_id: str, length: int, plain: bool = False) -> str:
    """What breaks the domain contract in one event of an article, "" when nothing does (`plain`:
    its texts are known printable, see `_all_printable`)."""
    if event.type not in EVENT_TYPES:
        return f"has unknown type {event.type!r}"
    if event.status not in STATUSES:
        return f"has unknown status {event.status!r}"
    if event.article_id != article_id:
        return f"belongs to article {event.article_id!r}, not {article_id!r}"
    if not 0 <= event.start_char <= event.end_char <= length:
        return f"has offsets {event.start_char}..{event.end_char} outside the text"
    if not 0.0 <= event.confidence <= 1.0:  # NaN too: no JSON export could write it
        return f"has a confidence of {event.confidence!r}, not a number from 0 to 1"
    if not plain and _unwritable(
        event.summary, event.sentence, event.trigger, *_date_texts(event), *(e.name for e in event.entities)
    ):
        return "has a lone surrogate or NUL in its text (build events from an Article, which replaces them)"
    if not plain:
        problem = _control_problem(event)
        if problem:
            return problem
    interval = event_interval(event)
    if interval is not None and interval[0] > interval[1]:
        return "has a date interval that ends before it starts"
    if event.date is not None:
        problem = _date_problem(event.date)
        if problem:
            return problem
    for link in event.entities:
        if link.role not in ROLES:
            return f"gives {link.name!r} the unknown role {link.role!r}"
        if link.type not in ENTITY_TYPES:
            return f"gives {link.name!r} the unknown type {link.type!r}"
        if not link.name.strip():
            return "names an entity with an empty name"
        if not plain and _CONTROL.search(link.name):
            return f"names the entity {link.name!r}, which holds a control character"
        if len(link.name) > MAX_NAME_LENGTH:
            return f"names an entity over {MAX_NAME_LENGTH} characters long"
    return ""


def _date_texts(event: Event) -> tuple[str, ...]:
    """The texts of an event's date the store keeps: what it says and its value (a hand-edited
    extraction can hold a lone surrogate in either)."""
    if event.date is None:
        return ()
    return (event.date.text, event.date.value or "")


_CONTROL = re.compile(CONTROL_CHARACTERS)


def _control_problem(event: Event) -> str:
    """Which text of an event holds a control character (an ESC, a bell), "" when none does: the
    extractor drops them from every text it gives, so only a hand-made or hand-edited extraction
    holds one, and the CSV and HTML exports would write it to a terminal as it is."""
    texts = {"summary": event.summary, "sentence": event.sentence, "trigger": event.trigger}
    if event.date is not None:
        texts.update({"date text": event.date.text, "date value": event.date.value or ""})
    for name, text in texts.items():
        found = _CONTROL.search(text)
        if found:
            return f"has a control character (U+{ord(found.group()):04X}) in its {name}"
    return ""


def _date_problem(date: TimeExpr) -> str:
    """What in an event's date the store cannot keep (a hand-made or hand-edited one: the date
    engine gives none of these), "" when nothing."""
    if date.grain is not None and date.grain not in GRAINS:
        return f"has a date of unknown grain {date.grain[:40]!r}"
    if date.kind not in KINDS:
        return f"has a date of unknown kind {date.kind[:40]!r}"
    if date.mod not in MODS:
        return f"has a date of unknown mod {date.mod[:40]!r}"
    if date.value is not None and len(date.value) > MAX_DATE_VALUE_LENGTH:
        return f"has a date value over {MAX_DATE_VALUE_LENGTH} characters"
    return ""


def _unwritable(*texts: str) -> bool:
    """True when a text holds what no database can store (see `timeline.model.encodable`): one
    search of them all joined, not one per text (an event has about ten), and only when they are
    not all printable (lone surrogates and NUL are not; `isprintable` reads a character for a
    tenth of what the regular expression does)."""
    joined = "".join(texts)
    return not joined.isprintable() and encodable(joined) is not joined
