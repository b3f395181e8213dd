"""Events and entities of one news article: what happened, when, to whom.

`extract(article)` cleans the text (broken lines repaired, captions, bylines and headlines set
apart), splits sentences and clauses, finds entities and their aliases, dates every milestone
clause with the date engine (`timeline.dates`) and types it from the trigger tables of
`timeline._events.vocab`. The contract is `shared/spec/events.md`.

Every event points at its exact source: `article.text[start_char:end_char]` with its line
breaks (and the blanks around them) removed equals `event.summary`; the same holds for each
mention's `surface`. Dates keep the cleaned surface and offsets into `article.text`.

    >>> from timeline.events import Article, extract
    >>> found = extract(Article("1月6日，重庆信息与智慧医学研究院正式启用。", "2026-01-26"))
    >>> [(e.type, e.date.value, e.subject.name) for e in found.events]
    [('opening', '2026-01-06', '重庆信息与智慧医学研究院')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from timeline import dates as _dates
from timeline._events import triggers, vocab
from timeline._events.cleanup import PROSE, Document, clean
from timeline._events.entities import Found, Recognition, recognise, suffix_type
from timeline._events.sentences import Sentence, split
from timeline.dates import TimeExpr
from timeline.errors import ArticleError, TimelineError
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

_SUBJECT_SKIP_TYPES = ("place", "person")
_ADVERB_TAIL = re.compile("(?:" + "|".join(sorted(vocab.SUBJECT_TAIL_WORDS, key=len, reverse=True)) + ")+$")
_COUNT = re.compile("[" + vocab.NUMERALS + "]+[" + vocab.MEASURE_WORDS + "]$")
#: Titles in 《》 are names: their words neither date an event nor cue a plan.
_TITLE_BODY = re.compile(r"(《)([^《》\n]*)(》)")
_TITLE = re.compile(r"《[^》]*》|“[^”，。！？]{1,20}”")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LIST_SPLIT = re.compile("[" + vocab.LIST_SEPARATORS + "]")
_LEADING = re.compile("^(?:" + "|".join(sorted(vocab.SUBJECT_LEAD_WORDS, key=len, reverse=True)) + ")+")


@attrs.define
class _Dated:
    """A date expression usable as an event date, in cleaned coordinates."""

    start: int
    end: int
    expr: TimeExpr


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
    `ALIASES`. Text that holds no milestone gives an empty extraction, never an error.

        >>> text = "去年12月，两省市科技部门联合印发《川渝共建重点实验室建设与运行管理办法》。"
        >>> event = extract(Article(text, "2024-03-05")).events[0]
        >>> event.type, event.date.value, event.status
        ('policy_release', '2023-12', 'occurred')
    """
    if not isinstance(article, Article):
        raise ArticleError(f"extract needs an Article, got {type(article).__name__}")
    table = _check_aliases(aliases)
    doc = clean(article.text)
    recognition = recognise(doc, table)
    dated = _usable_dates(doc, recognition, article)
    builder = _Builder(article, doc, recognition, dated)
    for unit in doc.units:
        if unit.kind == PROSE:
            builder.paragraph(unit.start, unit.end)
    entities = builder.entities()
    return Extraction(article, tuple(builder.events), entities, builder.mentions(entities))


def _usable_dates(doc: Document, recognition: Recognition, article: Article) -> list[_Dated]:
    """Date expressions that can date an event: with an interval, not 'now', not inside a name."""
    result = []
    text = doc.text
    for expr in _dates.extract(_TITLE_BODY.sub(_blank, text), article.pub_date):
        if not expr.has_interval or expr.kind == "present":
            continue
        start, end = expr.start_char, expr.end_char
        if _inside_name(recognition, start, end) or _names_a_period(text, end, expr):
            continue
        if not doc.is_faithful(start, end):
            continue
        orig_start, orig_end = doc.original_span(start, end)
        result.append(_Dated(start, end, attrs.evolve(expr, start_char=orig_start, end_char=orig_end)))
    return result


def _blank(match: re.Match[str]) -> str:
    """A title's words masked with full-width spaces of the same length (offsets unchanged)."""
    return match.group(1) + "\u3000" * len(match.group(2)) + match.group(3)


def _inside_name(recognition: Recognition, start: int, end: int) -> bool:
    index = bisect.bisect_right(recognition.starts, start)
    for found in recognition.mentions[max(0, index - 8) : index + 1]:
        if found.start <= start and end <= found.end and found.type != "place":
            return True
    return False


def _names_a_period(text: str, end: int, expr: TimeExpr) -> bool:
    """2023年度用户大会, “十五五”规划建议: the date is part of a name that follows it."""
    if any(word in expr.text for word in vocab.NAME_DATE_WORDS):
        return True
    following = text[end : end + 4].lstrip('”’"')
    if expr.text.endswith(vocab.YEAR_OF_NAME) and following[:1] and "\u4e00" <= following[0] <= "\u9fff":
        return True
    return following.startswith(vocab.NAME_AFTER_DATE)


class _Builder:
    """Turns the clauses of prose paragraphs into events, collecting the entities they use."""

    def __init__(
        self, article: Article, doc: Document, recognition: Recognition, dated: list[_Dated]
    ) -> None:
        self.article = article
        self.doc = doc
        self.text = doc.text
        self.recognition = recognition
        self.dated = dated
        self.date_starts = [d.start for d in dated]
        self.events: list[Event] = []
        self.extra: dict[str, str] = {}
        self.extra_mentions: list[Found] = []
        self.pending: Found | None = None
        self.owners: dict[str, tuple[str, str] | None] = {}

    # -- paragraphs and sentences -------------------------------------------------------------

    def paragraph(self, start: int, end: int) -> None:
        proposals = False
        for sentence in split(self.text, start, end):
            words = self.text[sentence.start : sentence.end]
            if proposals:
                continue
            if triggers.is_opinion(words):
                proposals = triggers.opens_opinion_list(words)
                continue
            self.sentence(sentence)

    def sentence(self, sentence: Sentence) -> None:
        previous_subject: EventEntity | None = None
        seen: set[tuple[str, str, str, TimeExpr | None]] = set()
        for clause_start, clause_end in sentence.clauses:
            clause = self.text[clause_start:clause_end]
            mentions = self.recognition.within(clause_start, clause_end)
            blocked = tuple(
                (m.start - clause_start, m.end - clause_start) for m in mentions if m.type not in ("place",)
            ) + self._titles(clause)
            trigger = triggers.find_trigger(clause, blocked)
            if trigger is None:
                trigger = self._meeting_held(clause, mentions, sentence)
            if trigger is None or triggers.is_statistic(clause, trigger):
                previous_subject = self._subject_of(clause_start, clause, mentions, None) or previous_subject
                continue
            self.pending = None
            event = self.event(sentence, clause_start, clause_end, trigger, mentions, previous_subject)
            if event is None:
                continue
            if self.pending is not None and event.subject and event.subject.name == self.pending.name:
                self.extra.setdefault(self.pending.name, self.pending.type)
                self.extra_mentions.append(self.pending)
            subject = event.subject
            previous_subject = subject or previous_subject
            key = (event.type, subject.name if subject else "", event.status, event.date)
            if key in seen:
                continue
            seen.add(key)
            self.events.append(event)

    @staticmethod
    def _titles(clause: str) -> tuple[tuple[int, int], ...]:
        return tuple(m.span() for m in _TITLE.finditer(clause))

    def _meeting_held(
        self, clause: str, mentions: list[Found], sentence: Sentence
    ) -> triggers.Trigger | None:
        """'在<named meeting>上' in a dated sentence: the meeting itself is the milestone."""
        if not clause.startswith(vocab.MEETING_PLACE_HEAD) or not clause.endswith(vocab.MEETING_PLACE_TAILS):
            return None
        meeting = next((m for m in mentions if m.type == "meeting"), None)
        if meeting is None or not self._dates_in(sentence.start, sentence.end):
            return None
        surface = self.text[meeting.start : meeting.end]
        start = clause.find(surface)
        return triggers.Trigger("meeting", surface, start, start + len(surface))

    @staticmethod
    def _held_meeting(mentions: list[Found], start: int, end: int) -> Found | None:
        """The meeting whose name is the trigger of a '在<meeting>上' clause."""
        return next((m for m in mentions if m.type == "meeting" and (m.start, m.end) == (start, end)), None)

    # -- one event ----------------------------------------------------------------------------

    def event(
        self,
        sentence: Sentence,
        clause_start: int,
        clause_end: int,
        trigger: triggers.Trigger,
        mentions: list[Found],
        previous_subject: EventEntity | None,
    ) -> Event | None:
        if not self.doc.is_faithful(clause_start, clause_end):
            return None
        clause = self.text[clause_start:clause_end]
        trigger_at = clause_start + trigger.start
        date = self._date(sentence, clause_start, clause_end, trigger_at)
        if clause[trigger.end :].startswith(vocab.ATTRIBUTIVE) and not self._dated_right_before(
            clause_start, trigger_at
        ):
            return None
        if triggers.is_reporting(trigger, clause) and any(
            m.type == "person" and 0 <= trigger_at - m.end <= 1 for m in mentions
        ):
            return None
        if trigger.surface in vocab.VISIT_TRIGGERS:
            subject = self._visitor(sentence, trigger_at)
            named = subject is not None
        elif (held := self._held_meeting(mentions, trigger_at, clause_start + trigger.end)) is not None:
            subject, named = self._entity(held), True
        else:
            subject = self._subject_of(clause_start, clause, mentions, trigger)
            named = subject is not None and subject.name in self.recognition.entities
            if subject is None:
                subject = previous_subject
        if subject is None or not self._fits(trigger, subject, mentions, clause_start + trigger.end):
            return None
        status = triggers.status(clause, trigger)
        if status == "occurred" and date is not None and date.start is not None:
            if date.start > self.article.pub_date:
                status = "planned"
        visit = sentence if trigger.surface in vocab.VISIT_TRIGGERS else None
        roles = self._roles(subject, mentions, clause_start + trigger.end, visit)
        confidence = vocab.CONFIDENCE_BASE
        confidence += vocab.CONFIDENCE_DATED if date is not None else 0.0
        confidence += vocab.CONFIDENCE_NAMED_SUBJECT if named else 0.0
        confidence += vocab.CONFIDENCE_SPECIFIC_TRIGGER if len(trigger.surface) > 2 else 0.0
        start_char, end_char = self.doc.original_span(clause_start, clause_end)
        return Event(
            type=trigger.type,
            trigger=trigger.surface,
            status=status,
            date=date,
            summary=clause,
            sentence=self.text[sentence.start : sentence.end],
            article_id=self.article.id,
            start_char=start_char,
            end_char=end_char,
            entities=roles,
            confidence=round(min(confidence, 1.0), 2),
        )

    def _dated_right_before(self, clause_start: int, trigger_at: int) -> bool:
        """A date right before the trigger (2020年12月才成立的…): an attributive that dates."""
        return any(
            self.text[d.end : trigger_at] in vocab.DATE_TRIGGER_GAP
            for d in self._dates_in(clause_start, trigger_at)
        )

    def _fits(
        self, trigger: triggers.Trigger, subject: EventEntity, mentions: list[Found], after: int
    ) -> bool:
        """Conditional triggers: 加快建设/建成 need something built, reports need a body."""
        if trigger.type == "construction" and trigger.surface in vocab.CONDITIONAL_CONSTRUCTION:
            built = subject.type in vocab.BUILT_TYPES and subject.name in self.recognition.entities
            if trigger.surface == vocab.COMPLETION_TRIGGER:
                built = built or any(m.start >= after and m.type in vocab.BUILT_TYPES for m in mentions)
            else:
                built = built or subject.type in vocab.BUILT_TYPES
            return built
        if trigger.type == "breakthrough":
            return subject.name in self.recognition.entities
        if trigger.surface in vocab.REPORTING_TRIGGERS:
            return subject.type not in ("person", "place")
        return True

    # -- dates --------------------------------------------------------------------------------

    def _dates_in(self, start: int, end: int) -> list[_Dated]:
        first = bisect.bisect_left(self.date_starts, start)
        last = bisect.bisect_left(self.date_starts, end)
        return [d for d in self.dated[first:last] if d.end <= end]

    def _date(
        self, sentence: Sentence, clause_start: int, clause_end: int, trigger_at: int
    ) -> TimeExpr | None:
        """The clause's own date, else the nearest earlier one of its sentence, else None.

        In the clause, the date nearest before the trigger wins; a date after the trigger that
        runs straight into more words names the object (公示2025年科学技术奖名单), not the event.
        """
        own = self._dates_in(clause_start, clause_end)
        before = [d for d in own if d.end <= trigger_at]
        if before:
            return before[-1].expr
        after = [d for d in own if d.start >= trigger_at and not _HAN.match(self.text, d.end)]
        if after:
            return after[0].expr
        earlier = self._dates_in(sentence.start, clause_start)
        return earlier[-1].expr if earlier else None

    # -- entities of an event -----------------------------------------------------------------

    def _entity(self, found: Found) -> EventEntity:
        return EventEntity(found.name, found.type, "subject")

    def _subject_of(
        self, clause_start: int, clause: str, mentions: list[Found], trigger: triggers.Trigger | None
    ) -> EventEntity | None:
        """Who acted or what changed: the first named entity before the trigger that is not an
        attribute of a later one (X所在的Y), else the noun phrase before the trigger, else a
        place opening the clause; for a founding, the body founded when the clause names it."""
        cut = clause_start + (trigger.start if trigger else len(clause))
        before = [m for m in mentions if m.end <= cut]
        if trigger is not None and trigger.type == "founding":
            founded = [m for m in mentions if m.start >= cut and m.type not in vocab.PART_TYPES]
            if founded:
                return self._entity(founded[0])
        named = [
            m
            for m in before
            if m.type not in _SUBJECT_SKIP_TYPES and not (m.start > clause_start and self._partner(m))
        ]
        last_de = clause.rfind(vocab.ATTRIBUTIVE, 0, cut - clause_start)
        heads = [m for m in named if m.start - clause_start > last_de >= 0]
        if heads:
            return self._entity(heads[0])
        for index, found in enumerate(named):
            stop = named[index + 1].start if index + 1 < len(named) else cut
            if vocab.ATTRIBUTIVE not in self.text[found.end : stop]:
                return self._entity(found)
        opening_place = next((m for m in before if m.type == "place" and m.start == clause_start), None)
        if trigger is None:
            return self._entity(opening_place) if opening_place else None
        phrase = self._phrase(clause_start, clause[: trigger.start], before)
        if phrase is not None:
            return phrase
        if opening_place is not None:
            return self._entity(opening_place)
        return None

    def _phrase(self, clause_start: int, text: str, before: list[Found]) -> EventEntity | None:
        """The noun phrase before a trigger, as a subject named by the text (两省市科技部门)."""
        offset = 0
        while True:
            moved = offset
            for dated in self._dates_in(clause_start + offset, clause_start + len(text)):
                if dated.start - clause_start == offset:
                    offset = dated.end - clause_start
            lead = _LEADING.match(text, offset)
            if lead and lead.end() > offset:
                offset = lead.end()
            if offset == moved:
                break
        phrase = text[offset:]
        for dated in self._dates_in(clause_start + offset, clause_start + len(text)):
            if dated.end - clause_start == len(text.rstrip()) or dated.end - clause_start == offset + len(
                phrase
            ):
                phrase = phrase[: dated.start - clause_start - offset]
        for marker in vocab.SUBJECT_CUT_AT:
            position = phrase.find(marker, 1)
            if position > 0:
                phrase = phrase[:position]
        base = clause_start + offset
        for index, char in enumerate(phrase):
            if char in vocab.PARTNER_MARKERS and any(m.start == base + index + 1 for m in before):
                phrase = phrase[:index]
                break
        phrase = _ADVERB_TAIL.sub("", phrase).strip("“”\"' ")
        whole_type = suffix_type(phrase)
        if any(separator in phrase for separator in vocab.LIST_SEPARATORS):
            phrase = _LIST_SPLIT.split(phrase, maxsplit=1)[0]
        if not vocab.MIN_PHRASE <= len(phrase) <= vocab.MAX_PHRASE:
            return None
        if phrase in vocab.GENERIC_SUBJECT_WORDS or phrase in vocab.PRONOUNS or "，" in phrase:
            return None
        if any(word in phrase for word in vocab.NOT_IN_SUBJECT) or _COUNT.search(phrase):
            return None
        start = clause_start + text.find(phrase, offset)
        for found in before:
            if found.start == start and found.end == start + len(phrase):
                return self._entity(found)
        for found in before:
            if found.end == start + len(phrase) and found.type == "place":
                return self._entity(found)
        known = self.recognition.entities.get(phrase)
        type_ = known.type if known else suffix_type(phrase) or whole_type or "organisation"
        if known is None and self.doc.is_faithful(start, start + len(phrase)):
            self.pending = Found(start, start + len(phrase), phrase, type_, -1)
        return EventEntity(phrase, type_, "subject")

    def _visitor(self, sentence: Sentence, trigger_at: int) -> EventEntity | None:
        people = [m for m in self.recognition.within(sentence.start, trigger_at) if m.type == "person"]
        return self._entity(people[-1]) if people else None

    def _roles(
        self, subject: EventEntity, mentions: list[Found], trigger_end: int, visit: Sentence | None
    ) -> tuple[EventEntity, ...]:
        roles = [subject]
        seen = {(subject.name, "subject")}

        def add(name: str, type_: str, role: str) -> None:
            if (name, role) not in seen and name != subject.name:
                seen.add((name, role))
                roles.append(EventEntity(name, type_, role))

        for fellow in self._listed_with(subject, mentions, trigger_end):
            add(fellow.name, fellow.type, "subject")
        owner = self._owner(subject)
        if owner is not None:
            add(owner[0], owner[1], "owner")
        pool = self.recognition.within(visit.start, visit.end) if visit else mentions
        for found in pool:
            if found.type == "place" or self._site(found):
                add(found.name, found.type, "location")
            elif found.type != "person" and (found.start >= trigger_end or self._partner(found)):
                add(found.name, found.type, "object")
        return tuple(roles)

    def _listed_with(self, subject: EventEntity, mentions: list[Found], trigger_end: int) -> list[Found]:
        """Names listed with the subject before the trigger (金凤实验室、嘉陵江实验室相继揭牌)."""
        fellows: list[Found] = []
        previous = next((m for m in mentions if m.name == subject.name and m.end <= trigger_end), None)
        if previous is None:
            return fellows
        for found in mentions:
            if found.start < previous.end or found.end > trigger_end:
                continue
            if self.text[previous.end : found.start] not in vocab.LIST_JOINERS or found.type != previous.type:
                break
            fellows.append(found)
            previous = found
        return fellows

    def _site(self, found: Found) -> bool:
        """'在两江协同创新区…': a park or platform named after 在/于 is where it happened."""
        return (
            found.type in vocab.SITE_TYPES and self.text[found.start - 1 : found.start] in vocab.SITE_MARKERS
        )

    def _partner(self, found: Found) -> bool:
        """'与X签署': X, named right after 与/和, is the other party."""
        return self.text[found.start - 1 : found.start] in vocab.PARTNER_MARKERS

    def _owner(self, subject: EventEntity) -> tuple[str, str] | None:
        """The organisation a facility is named through (量测院二期科研楼 → 量测院)."""
        if subject.type not in vocab.OWNED_TYPES:
            return None
        if subject.name not in self.owners:
            self.owners[subject.name] = self._find_owner(subject)
        return self.owners[subject.name]

    def _find_owner(self, subject: EventEntity) -> tuple[str, str] | None:
        info = self.recognition.entities.get(subject.name)
        if info is not None and info.affiliation:
            parent = self.recognition.entities.get(info.affiliation)
            return info.affiliation, parent.type if parent else "organisation"
        for name, other in self.recognition.entities.items():
            if name == subject.name or other.type in vocab.PART_TYPES:
                continue
            for form in (name, *other.aliases):
                if len(form) >= 2 and subject.name.startswith(form) and len(subject.name) > len(form):
                    return name, other.type
        return None

    # -- output -------------------------------------------------------------------------------

    def entities(self) -> tuple[Entity, ...]:
        """Entities named at top level, plus those other entities belong to (affiliations) and
        those events use; a name seen only inside a longer one (中国工程 in 中国工程物理研究院)
        is left out."""
        used = {m.name for m in self.recognition.mentions if not m.nested}
        used.update(i.affiliation for i in self.recognition.entities.values() if i.affiliation)
        used.update(role.name for event in self.events for role in event.entities)
        infos = sorted(
            (i for i in self.recognition.entities.values() if i.name in used), key=lambda i: i.order
        )
        result = [Entity(i.name, i.type, tuple(i.aliases), i.affiliation) for i in infos]
        known = {i.name for i in infos}
        result.extend(Entity(name, type_) for name, type_ in self.extra.items() if name not in known)
        return tuple(result)

    def mentions(self, entities: tuple[Entity, ...]) -> tuple[Mention, ...]:
        names = {e.name for e in entities}
        found = sorted(
            (f for f in [*self.recognition.mentions, *self.extra_mentions] if f.name in names),
            key=lambda f: (f.start, -f.end),
        )
        result = []
        seen: set[tuple[int, int, str]] = set()
        for item in found:
            key = (item.start, item.end, item.name)
            if key in seen:
                continue
            seen.add(key)
            start, end = self.doc.original_span(item.start, item.end)
            result.append(Mention(item.name, self.text[item.start : item.end], self.article.id, start, end))
        return tuple(result)
