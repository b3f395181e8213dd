"""A place that is an event's subject, named as the event's sentence writes it.

The tables give every form of a place its full name (深圳 → 深圳市, 新疆 → 新疆维吾尔自治区), and
recognition names the place's entity so. When the sentence of an event writes the place only in
a short form (深圳第一批新开工项目集中启动, 新疆举行…调度会), that form is the subject's name, as a
reader names it; the entity keeps its full name with the written form as an alias
(`written_aliases`), so a store resolves both to the one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline._events.mentions import Recognition
from timeline._events.places import PLACE_FORMS
from timeline.model import Event, EventEntity


def as_written(
    text: str, recognition: Recognition, start: int, end: int, roles: tuple[EventEntity, ...]
) -> tuple[EventEntity, ...]:
    """The roles with a place subject renamed to the form the sentence [start, end) writes it
    in, when the sentence never writes its full name; unchanged otherwise."""
    subject = roles[0] if roles and roles[0].role == "subject" else None
    if subject is None or subject.type != "place":
        return roles
    written = [text[m.start : m.end] for m in recognition.within(start, end) if m.name == subject.name]
    if not written or subject.name in written:
        return roles
    short = next((form for form in written if PLACE_FORMS.get(form) == subject.name), None)
    if short is None:
        return roles
    return (EventEntity(short, subject.type, subject.role), *roles[1:])


def full_name(entity: EventEntity) -> str:
    """The entity's name, a place's full name for a short form it is named by (深圳 → 深圳市)."""
    return PLACE_FORMS.get(entity.name, entity.name) if entity.type == "place" else entity.name


def written_aliases(events: Iterable[Event]) -> dict[str, set[str]]:
    """Full name of a place -> the short forms events name it by."""
    aliases: dict[str, set[str]] = {}
    for event in events:
        subject = event.subject
        if subject is not None and subject.type == "place":
            full = full_name(subject)
            if full != subject.name:
                aliases.setdefault(full, set()).add(subject.name)
    return aliases
