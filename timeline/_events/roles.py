"""Roles: how every entity of an event takes part (spec: "Entities of an event"). Names listed
with the subject before the trigger are subjects too; a name after 与/和 is the other party
(object), as is every name after the trigger; places and sites (在<park>) are locations; the
organisation a facility is named through is its owner.
"""

from __future__ import annotations

from timeline._events import vocab
from timeline._events.cleanup import Document
from timeline._events.entities import Found, Recognition
from timeline._events.subjects import is_site, partners
from timeline.model import EventEntity


class Owners:
    """The organisation a facility is named through (量测院二期科研楼 → 量测院), per article
    (looked up once per subject name, through an index of the article's names by their forms)."""

    def __init__(self, recognition: Recognition) -> None:
        self.recognition = recognition
        self.known: dict[str, tuple[str, str] | None] = {}
        #: Each form (name or alias) of an entity that may own others: the entities with it, as
        #: (order met, name, type); built on the first question.
        self._forms: dict[str, list[tuple[int, str, str]]] | None = None

    def of(self, subject: EventEntity) -> tuple[str, str] | None:
        if subject.type not in vocab.OWNED_TYPES:
            return None
        if subject.name not in self.known:
            self.known[subject.name] = self._find(subject)
        return self.known[subject.name]

    def _find(self, subject: EventEntity) -> tuple[str, str] | None:
        entities = self.recognition.entities
        info = entities.get(subject.name)
        if info is not None and info.affiliation:
            parent = entities.get(info.affiliation)
            return info.affiliation, parent.type if parent else "organisation"
        if self._forms is None:
            self._forms = {}
            for order, (name, other) in enumerate(entities.items()):
                if other.type not in vocab.PART_TYPES:
                    for form in {name, *other.aliases}:
                        self._forms.setdefault(form, []).append((order, name, other.type))
        # the first entity met whose name or alias opens the subject's name (a proper prefix)
        owners = [
            owner
            for length in range(2, len(subject.name))
            for owner in self._forms.get(subject.name[:length], ())
            if owner[1] != subject.name
        ]
        if not owners:
            return None
        _, name, type_ = min(owners)
        return name, type_


def event_roles(
    doc: Document,
    recognition: Recognition,
    owners: Owners,
    subject: EventEntity,
    mentions: list[Found],
    trigger_end: int,
    visit: tuple[int, int] | None,
) -> tuple[EventEntity, ...]:
    """Every entity of the event with its role, the subject first."""
    text = doc.text
    result = [subject]
    seen = {(subject.name, "subject")}

    def add(name: str, type_: str, role: str) -> None:
        if (name, "subject") in seen:
            return  # 与A、B等签约 with no subject before: A and B are the parties, not objects
        if (name, role) not in seen and name != subject.name:
            seen.add((name, role))
            result.append(EventEntity(name, type_, role))

    for fellow in _listed_with(text, subject, mentions, trigger_end):
        add(fellow.name, fellow.type, "subject")
    owner = owners.of(subject)
    if owner is not None:
        add(owner[0], owner[1], "owner")
    pool = recognition.within(*visit) if visit else mentions
    other_parties = partners(text, pool)
    for found in pool:
        if found.type == "place" or is_site(text, found):
            add(found.name, found.type, "location")
        elif found.type != "person" and (found.start >= trigger_end or found.start in other_parties):
            add(found.name, found.type, "object")
    return tuple(result)


def _listed_with(text: str, subject: EventEntity, mentions: list[Found], trigger_end: int) -> list[Found]:
    """Names listed with the subject before the trigger (金凤实验室、嘉陵江实验室相继揭牌)."""
    fellows: list[Found] = []
    previous = next((m for m in mentions if m.name == subject.name and m.end <= trigger_end), None)
    if previous is None:
        return fellows
    for found in mentions:
        if found.start < previous.end or found.end > trigger_end:
            continue
        if text[previous.end : found.start] not in vocab.LIST_JOINERS or found.type != previous.type:
            break
        fellows.append(found)
        previous = found
    return fellows
