"""Events and entities of one news article: what happened, when, to whom.

`extract(article)` runs the stages of `timeline._events`, one file each: `cleanup` (broken
lines repaired, captions, bylines and headlines set apart), `entities` (names, aliases),
`identity` (one entity, one name: width forms, place-less and implicit short forms, owners),
`dating` (which date expressions can date an event), then `milestones` walks sentences and
clauses (`sentences`), types each from the trigger tables (`triggers`), dates it (`dating`) and
gives it its subject and roles (`subjects`, reading the phrase before the trigger with
`subject_phrase` and a ceremony's thing with `ceremony_subjects`). Their word lists are in the
`vocab` package, one module per stage. The contract is `shared/spec/events.md`.

Every event points at its exact source: `article.text[start_char:end_char]` with its line
breaks (and the blanks around them) removed equals `event.summary`; the same holds for each
mention's `surface`. Dates keep the cleaned surface and offsets into `article.text`.

    >>> from timeline.events import Article, extract
    >>> found = extract(Article("1月6日，重庆信息与智慧医学研究院正式启用。", "2026-01-26"))
    >>> [(e.type, e.date.value, e.subject.name) for e in found.events]
    [('opening', '2026-01-06', '重庆信息与智慧医学研究院')]
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from types import MappingProxyType

from timeline._events import milestones, script, vocab
from timeline._events.cleanup import Document, clean
from timeline._events.dating import usable_dates
from timeline._events.entities import Found, Info, Recognition, recognise
from timeline._events.identity import unify
from timeline._events.written_places import written_aliases
from timeline.errors import ArticleError, TimelineError, UnreadTextWarning
from timeline.model import Article, Entity, Event, EventEntity, Extraction, Mention

__all__ = [
    "ALIASES",
    "Article",
    "Entity",
    "Event",
    "EventEntity",
    "Extraction",
    "Mention",
    "extract",
]

#: Common short forms of well-known bodies (short -> full name). Read-only: pass your own
#: through `extract(..., aliases=...)`, which are merged over these.
ALIASES: Mapping[str, str] = MappingProxyType(vocab.ALIASES)


def _check_aliases(aliases: Mapping[str, str] | None) -> dict[str, str]:
    table = dict(vocab.ALIASES)
    if aliases is None:
        return table
    if not isinstance(aliases, Mapping):
        raise TimelineError(
            f"aliases must be a mapping of short form to full name, got {type(aliases).__name__}"
        )
    for short, full in aliases.items():
        if not isinstance(short, str) or not isinstance(full, str) or not short.strip() or not full.strip():
            raise TimelineError(
                f"aliases must map non-empty strings to non-empty strings, got {short!r}: {full!r}"
            )
        table[short.strip()] = full.strip()
    return table


def extract(article: Article, *, aliases: Mapping[str, str] | None = None) -> Extraction:
    """Events, entities and mentions of one article.

    `aliases` maps short forms to full names (电子科大 → 电子科技大学); they are merged over
    `ALIASES`. Text that holds no milestone gives an empty extraction, never an error. A
    sentence too long to be prose (over `milestones.LONGEST_SENTENCE` characters, or with a run
    of over `milestones.LONGEST_NUMERAL_RUN` numerals) is not read, with an `UnreadTextWarning`.

        >>> text = "去年12月，两省市科技部门联合印发《川渝共建重点实验室建设与运行管理办法》。"
        >>> event = extract(Article(text, "2024-03-05")).events[0]
        >>> event.type, event.date.value, event.status
        ('policy_release', '2023-12', 'occurred')
    """
    if not isinstance(article, Article):
        raise ArticleError(f"extract needs an Article, got {type(article).__name__}")
    table = _check_aliases(aliases)
    reading = script.folded_article(article)
    doc = clean(reading.text)
    recognition = unify(doc, recognise(doc, table))
    found = milestones.find(reading, doc, recognition, usable_dates(doc, recognition, article.pub_date))
    if found.skipped_sentences:
        warnings.warn(
            f"article {article.id}: {found.skipped_sentences} sentence(s) not read for events, "
            f"longer than {milestones.LONGEST_SENTENCE:,} characters or holding a run of over "
            f"{milestones.LONGEST_NUMERAL_RUN} numerals",
            UnreadTextWarning,
            stacklevel=2,
        )
    entities = _entities(recognition, found)
    shown = script.shown_text(doc, article.text)
    mentions = _mentions(article, doc, shown, recognition, found, entities)
    events = tuple(script.shown_event(event, doc, shown, article.text) for event in found.events)
    return Extraction(article, events, entities, mentions)


def _entities(recognition: Recognition, found: milestones.Milestones) -> tuple[Entity, ...]:
    """Entities named at top level, plus those other entities belong to (affiliations) and
    those events use; a name seen only inside a longer one (中国工程 in 中国工程物理研究院)
    is left out."""
    used = {m.name for m in recognition.mentions if not m.nested}
    used.update(i.affiliation for i in recognition.entities.values() if i.affiliation)
    used.update(role.name for event in found.events for role in event.entities)
    infos = sorted((i for i in recognition.entities.values() if i.name in used), key=_order)
    written = written_aliases(found.events)
    result = [Entity(i.name, i.type, _with_written(i, written), i.affiliation) for i in infos]
    known = {i.name for i in infos}
    result.extend(Entity(name, type_) for name, type_ in found.phrase_entities.items() if name not in known)
    return tuple(result)


def _with_written(info: Info, written: dict[str, set[str]]) -> tuple[str, ...]:
    """The entity's aliases, and the short forms events name a place by (`written_places`)."""
    if info.type != "place" or info.name not in written:
        return tuple(info.aliases)
    return (*info.aliases, *sorted(written[info.name] - set(info.aliases)))


def _mentions(
    article: Article,
    doc: Document,
    shown: str,
    recognition: Recognition,
    found: milestones.Milestones,
    entities: tuple[Entity, ...],
) -> tuple[Mention, ...]:
    """Mentions of the listed entities, in text order, with offsets into the original text."""
    names = {e.name for e in entities}
    ordered = sorted(
        (f for f in [*recognition.mentions, *found.phrase_mentions] if f.name in names), key=_text_order
    )
    result = []
    seen: set[tuple[int, int, str]] = set()
    for item in ordered:
        key = (item.start, item.end, item.name)
        if key in seen:
            continue
        seen.add(key)
        start, end = doc.original_span(item.start, item.end)
        result.append(Mention(item.name, shown[item.start : item.end], article.id, start, end))
    return tuple(result)


def _order(info: Info) -> int:
    """Entities in the order they were first met."""
    return info.order


def _text_order(found: Found) -> tuple[int, int]:
    """Mentions by start, the longest first."""
    return found.start, -found.end
