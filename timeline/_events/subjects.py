"""Subjects: who acted or what changed in a milestone clause (spec: "Entities of an event").

- the subject is the first named entity before the trigger that is not an attribute of a
  later one (X所在的Y → Y), else the noun phrase before the trigger (两省市科技部门), else a
  place opening the clause; a founding takes the body founded when the clause names it;
- a visit (考察, 调研) has the visiting person as subject (`visits`); how the other entities
  of the clause take part is `roles`.

The noun phrase before the trigger is read by `subject_phrase`, the thing, holder or venue of
a ceremony by `ceremony_subjects`.
"""

from __future__ import annotations

import re

from timeline import _regex
from timeline._events import dating, noun_phrase, triggers, vocab
from timeline._events.ceremony_subjects import (
    attending_verb,
    ceremony_follows,
    ceremony_thing,
    holding_verb,
    joined_batch_holder,
    joined_to_an_act,
    member_ceremony,
    venue_place,
)
from timeline._events.cleanup import Document
from timeline._events.dating import Dates
from timeline._events.mentions import Found, Recognition
from timeline._events.name_bounds import opens_with_head
from timeline._events.organisations import suffix_type
from timeline._events.phases import phased
from timeline._events.places import leading_place
from timeline._events.script import fold
from timeline._events.subject_phrase import (
    ADVERB_TAIL,
    AMOUNT,
    DURATION_AHEAD,
    LEADING,
    TIME_FRAME_LEAD,
    apposed_start,
    as_subject,
    category_first,
    holds_own_words,
    leading_party,
    read_phrase,
    referred_entity,
)
from timeline.model import EventEntity

#: What a subject phrase of a clause without a milestone may open after: a sentence break, a line
#: break, or the attribute of a caption's title (江苏省援建的|拉萨江苏路。).
_PHRASE_OPENERS = vocab.SENTENCE_BREAKS + "\n" + vocab.ATTRIBUTIVE
_DURATION_HEADS = frozenset(vocab.DURATION_HEADS)
_PROJECTS_TAKING_PART = re.compile(vocab.PROJECTS_TAKING_PART)
_BUILT_ONLY = re.compile(vocab.BUILT_ONLY_PATTERNS)
_NAMED_BY_COPULA = re.compile(vocab.NAMED_BY_COPULA)
_ITEM_ENDS = vocab.LIST_SEPARATORS + "，,。；;"
_UNITS = vocab.ADMINISTRATIVE_UNITS
_LIST_ITEM = re.compile(f"[^{_ITEM_ENDS}]{{{vocab.MIN_PHRASE},{vocab.MAX_PHRASE}}}(?=[{_ITEM_ENDS}]|$)")
#: The first item after 的 of an attributive trigger: up to a list mark, a conjunction, 等 or
#: the copula saying what it is (当天奠基的“汽车小镇”是…配套项目).
_ITEM_OR_JOINER = _ITEM_ENDS + "".join(vocab.PARTY_JOINERS) + vocab.COPULA
_ATTRIBUTED_ITEM = re.compile(f"[^{_ITEM_OR_JOINER}]{{2,{vocab.MAX_PHRASE}}}?(?=[{_ITEM_OR_JOINER}]|$)")
_PERSON_TITLES = tuple(sorted(vocab.PERSON_TITLES, key=len, reverse=True))
#: Head nouns of facilities (港, 站, 机场, 大桥…): one right after a place names a facility there.
_FACILITY_HEADS = tuple(head for head, type_ in noun_phrase.HEADS.items() if type_ == "facility")
_MEMBER_LIST = _regex.alternation(vocab.MEMBER_LIST_OPENERS)
#: A part in brackets ending a name (天峨—北海公路(平果至南宁段)): its head is before it.
_BRACKETED_END = re.compile(r"[(（][^()（）]*[)）]$")
#: A count (13个, 两大): a subject phrase holding one names a set, not a thing.
_COUNTED = re.compile(f"[{vocab.COUNT_NUMERALS}]+[{vocab.MEASURE_WORDS}{vocab.COUNT_GROUP_WORDS}]")
_ORDINAL_BEFORE = re.compile(f"(?:{vocab.ORDINAL_UNIT})$")
_ORDINAL_INSIDE = re.compile(vocab.ORDINAL_UNIT)
_YEAR_FIRST = re.compile("^" + vocab.YEAR_IN_DIGITS + "?")
_NAME_DASHES = re.compile("[" + vocab.NAME_DASHES + "]+")
_LONGEST_WORD = max(len(word) for word in (*noun_phrase.HEADS, *vocab.ORG_SUFFIXES))
#: An amount told as the attribute opening a clause (总投资164亿元的, 總投資40億元、總建筑面積55萬
#: 平方米的, 计划总投资800亿元的): what follows it up to the clause's end may be a name alone.
_NOT_IN_ATTRIBUTE = "[^" + vocab.PROSE_MARKS + vocab.ATTRIBUTIVE + "\n]"
_AMOUNT_ATTRIBUTE = re.compile(
    _NOT_IN_ATTRIBUTE + "{0," + str(vocab.TOPIC_ATTRIBUTE_LEAD) + "}?(?:"
    + _regex.alternation_source(vocab.AMOUNT_OPENERS) + ")"
    + _NOT_IN_ATTRIBUTE + "*?" + AMOUNT.pattern + _NOT_IN_ATTRIBUTE + "*" + vocab.ATTRIBUTIVE
)
#: The name of an occasion after 暨, up to where the clause goes on (在/于, a mark, or a date: the
#: match's end).
_JOINED_OCCASION = re.compile(
    "[^" + vocab.PROSE_MARKS + vocab.OCCASION_NAME_STOPS + vocab.LIST_SEPARATORS + "\\s]{1,"
    + str(vocab.MAX_PHRASE) + "}?(?:" + _regex.alternation_source(vocab.OCCASION_NOUNS) + ")"
    + "(?=[" + vocab.PROSE_MARKS + vocab.OCCASION_NAME_STOPS + "]|$)"
)
#: A year right before a meeting's name (the match's end), after its holder's place.
_YEAR_BEFORE = re.compile(vocab.BATCH_YEAR + "$")
#: A clause's subject, and its mention when it is a noun phrase no recognised name covers.
_Subject = tuple[EventEntity | None, Found | None]


def is_partner(text: str, found: Found) -> bool:
    """'与X签署': X, named right after 与/和, is the other party."""
    return text[found.start - 1 : found.start] in vocab.PARTNER_MARKERS


def partners(text: str, mentions: list[Found]) -> set[int]:
    """Starts of the other parties: a name right after 与/和, and the names listed with it
    (与中电光谷联合控股有限公司、北京北控置业集团签署: both)."""
    result: set[int] = set()
    previous: Found | None = None
    for found in mentions:
        if is_partner(text, found) or (
            previous is not None
            and previous.start in result
            and text[previous.end : found.start] in vocab.PARTY_LIST_JOINERS
        ):
            result.add(found.start)
        previous = found
    return result


def is_site(text: str, found: Found) -> bool:
    """'在两江协同创新区…': a park or platform named after 在/于 is where it happened."""
    return found.type in vocab.SITE_TYPES and text[found.start - 1 : found.start] in vocab.SITE_MARKERS


def subject_of(
    doc: Document,
    recognition: Recognition,
    dates: Dates,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger | None,
) -> tuple[EventEntity | None, Found | None]:
    """The subject of the clause (`_subject_of`); a founding meeting gives way to the body it
    founds when that body is named (X专业委员会成立大会在西安召开 → X专业委员会)."""
    if trigger is not None:
        clause = doc.text[span[0] : span[1]]
        copula = _NAMED_BY_COPULA.match(clause, trigger.end)
        type_ = suffix_type(copula["name"]) if copula is not None else None
        if copula is not None and type_ is not None:
            start, end = span[0] + copula.start("name"), span[0] + copula.end("name")
            named = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
            if named is not None:
                return as_subject(named), None
            found = Found(start, end, copula["name"], type_, -1)
            return EventEntity(found.name, type_, "subject"), found if doc.is_faithful(start, end) else None
    thing = attributed(doc, dates, span, mentions, trigger) if trigger is not None else None
    if thing is not None:
        return thing
    subject, mention = _subject_of(doc, recognition, dates, span, mentions, trigger)
    if subject is not None and dating.is_off_calendar(dates, subject.name):
        subject, mention = None, None  # 明年1月开工 published in 9999-12: date words, though undated
    joined = _joined_occasion(doc, dates, span, mentions, subject)
    if joined is not None:
        subject, mention = joined
    held = _held_by_place_in_year(doc, span, mentions, subject, mention)
    if held is not None:
        subject, mention = held
    described = _described(doc, span, mentions, trigger, subject)
    if described is not None:
        subject, mention = described
    apposed = _named_after_description(subject, mention)
    if apposed is not None:
        subject, mention = apposed
    place = _place_of_batch(subject) or _place_of_category(recognition, subject, span, mentions, trigger)
    if place is not None:
        return place, None
    # 安巢经开区智能制造产业园三期集中开工: the phase is what started; so it is when the act is told
    # in the next clause (…建设工程二期等155个项目，较原计划提前开工建设)
    act_at = span[0] + trigger.start if trigger is not None else span[1]
    with_phase = phased(doc, subject, mention, mentions, span, act_at)
    if with_phase is not None:
        subject, mention = with_phase
    founded = founded_body(subject, recognition)
    if founded is not None:
        return founded, None
    member = _member_signed(doc, subject, mentions, span, trigger)
    if member is not None:
        return member
    chaired = meeting_chaired(subject, span, mentions, trigger)
    return (chaired, None) if chaired is not None else (subject, mention)


def _held_by_place_in_year(
    doc: Document,
    span: tuple[int, int],
    mentions: list[Found],
    subject: EventEntity | None,
    mention: Found | None,
) -> tuple[EventEntity, Found | None] | None:
    """银川市2022年第一批重大项目集中开工现场推进会, 楚雄市2024年彝族火把节招商引资推介会: a
    meeting's name written right after a place and a year is named with both (spec: a date inside
    a name is part of the name); None for any other subject."""
    if subject is None or subject.type != "meeting":
        return None
    text = doc.text
    start = mention.start if mention is not None else text.find(subject.name, span[0], span[1])
    year = _YEAR_BEFORE.search(text, span[0], start) if start > span[0] else None
    if year is None:
        return None
    places = (m for m in mentions if m.type == "place" and m.start >= span[0])
    place = next((m for m in places if _ends_at(text, m, year.start())), None)
    if place is None:
        return None
    end = start + len(subject.name) if mention is None else mention.end
    named = Found(place.start, end, text[place.start : end], "meeting", -1)
    return EventEntity(named.name, "meeting", "subject"), named if doc.is_faithful(place.start, end) else None


def _ends_at(text: str, place: Found, at: int) -> bool:
    """True when a place's words end at `at`, its unit written after its short form (楚雄|市) or not."""
    return place.end == at or text[place.end : at] in _UNITS


def _joined_occasion(
    doc: Document, dates: Dates, span: tuple[int, int], mentions: list[Found], subject: EventEntity | None
) -> tuple[EventEntity, Found | None] | None:
    """海南自由贸易港推介会暨政策解读会9日在…举行, 遂宁市投资环境推介会暨项目签约仪式在成都举行: a
    meeting joined by 暨 to the name of another occasion held with it is named by both, up to
    where the clause goes on (a date, 在/于, a mark); None for any other subject."""
    if subject is None or subject.type != "meeting":
        return None
    text = doc.text
    found = next(
        (
            m
            for m in mentions
            if m.name == subject.name and span[0] <= m.start and text.startswith(vocab.OCCASION_JOINER, m.end)
        ),
        None,
    )
    if found is None:
        return None
    start = found.end + len(vocab.OCCASION_JOINER)
    end = next((d.start for d in dates.within(start, span[1])), span[1])
    joined = _JOINED_OCCASION.match(text, start, end)
    if joined is None:
        return None
    end = joined.end()
    mention = Found(found.start, end, text[found.start : end], "meeting", -1)
    faithful = doc.is_faithful(found.start, end)
    return EventEntity(mention.name, "meeting", "subject"), mention if faithful else None


def _described(
    doc: Document,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger | None,
    subject: EventEntity | None,
) -> tuple[EventEntity, Found | None] | None:
    """四川首座跨海大桥, 西藏第五个民用机场, 全球首家电池零碳工厂: a subject after an ordinal and
    the scope it counts in (a place, or 全球, 西部…) is named by the whole description, not by
    its kind alone; None for any other subject."""
    if trigger is None or subject is None or subject.type in vocab.SUBJECT_SKIP_TYPES:
        return None
    text = doc.text
    at = text.find(subject.name, span[0], span[0] + trigger.start)
    ordinal = _ORDINAL_BEFORE.search(text, max(span[0], at - vocab.ORDINAL_REACH), at) if at > 0 else None
    if ordinal is None:
        return None
    scope = next((m.start for m in mentions if m.end == ordinal.start() and m.type == "place"), None)
    if scope is None:
        word = next((w for w in vocab.ORDINAL_SCOPES if text.endswith(w, span[0], ordinal.start())), None)
        scope = ordinal.start() - len(word) if word is not None else None
    if scope is None or scope < span[0]:
        return None
    end = at + len(subject.name)
    name = text[scope:end]
    mention = Found(scope, end, name, subject.type, -1) if doc.is_faithful(scope, end) else None
    return EventEntity(name, subject.type, "subject"), mention


def _named_after_description(
    subject: EventEntity | None, mention: Found | None
) -> tuple[EventEntity, Found | None] | None:
    """四川首条电气化铁路宝成铁路, 三晋第一街迎泽大街, 省重点项目—宜宾港三期工程: a description (an
    ordinal and a kind ending in the head the name ends in) or a category with a dash, written
    before the name of the thing, is no part of it: the name is the subject. None when no name
    follows (西藏第五个民用机场, 全国首个海铁联运…码头)."""
    if subject is None or subject.type in vocab.UNDESCRIBED_TYPES:
        return None
    name = subject.name
    start = _description_end(name)
    if start is None:
        return None
    rest = name[start:]
    found = None if mention is None else Found(mention.start + start, mention.end, rest, subject.type, -1)
    return EventEntity(rest, subject.type, "subject"), found


def _description_end(name: str) -> int | None:
    """Where the name after a description or a dashed category starts (`_named_after_description`)."""
    dash = _NAME_DASHES.search(name, vocab.MIN_PHRASE)
    if dash is not None and suffix_type(name[: dash.start()]) and not holds_own_words(name[: dash.start()]):
        return dash.end() if _names_a_thing(name[dash.end() :]) else None
    ordinal = _ORDINAL_INSIDE.search(name)  # with its unit: 第一人民医院 is a name, no description
    kind = _kind_of(name)
    if ordinal is None or kind is None:
        return None
    for cut in range(ordinal.end() + 1, len(name) - vocab.MIN_PHRASE):
        if _kind_of(name[ordinal.end() : cut]) == kind and not _inside_a_word(name, cut):
            if _names_a_thing(name[cut:]):
                return cut
    return None


def _kind_of(words: str) -> str | None:
    """The type the head noun or the suffix ending the words gives, or None."""
    return noun_phrase.head_type(words) or suffix_type(words)


def _names_a_thing(words: str) -> bool:
    """True when words end in a head noun or a suffix and hold words of their own besides it."""
    return noun_phrase.names_a_thing(words) or (suffix_type(words) is not None and holds_own_words(words))


def _inside_a_word(name: str, cut: int) -> bool:
    """True when a head noun or a suffix runs across `cut` (高速|公路: 高速公路 is one word)."""
    return any(
        name[start:end] in noun_phrase.HEADS or name[start:end] in vocab.ORG_SUFFIXES
        for start in range(max(0, cut - _LONGEST_WORD + 1), cut)
        for end in range(cut + 1, min(len(name), start + _LONGEST_WORD) + 1)
    )


def meeting_chaired(
    subject: EventEntity | None,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger | None,
) -> EventEntity | None:
    """省长尹力主持召开省政府第19次常务会议: the meeting held (召开, 举行…) and named after the
    trigger is the subject, not the person who chairs it; None for any other clause."""
    if subject is None or trigger is None or trigger.type != "meeting" or subject.type != "person":
        return None
    if not any(verb in trigger.surface for verb in vocab.HOLDING_VERBS):
        return None  # 会见 …出席博览会的…: the hosts meet, they hold no meeting
    after = span[0] + trigger.end
    held = next((m for m in mentions if m.start >= after and m.type == "meeting"), None)
    return as_subject(held) if held is not None else None


def attributed(
    doc: Document, dates: Dates, span: tuple[int, int], mentions: list[Found], trigger: triggers.Trigger
) -> tuple[EventEntity, Found | None] | None:
    """'2011年开工建设的水秦快速路', '今年7月试生产的达利食品项目': a trigger told in an attribute
    is about the thing after 的, the first of a list there: a name recognised (a title's inside
    its 《》: 起施行的《…法》), a phrase ending in a head noun or a quoted name (“四纵四横”); None
    when the trigger is no attribute or nothing named follows."""
    text = doc.text
    at = span[0] + trigger.end
    if not text.startswith(vocab.ATTRIBUTIVE, at):
        return None
    at += len(vocab.ATTRIBUTIVE)
    at += next((len(word) for word in vocab.ATTRIBUTE_ALSO if text.startswith(word, at)), 0)  # 开工的还有X
    titled = at + len(vocab.TITLE_OPEN) if text.startswith(vocab.TITLE_OPEN, at) else at  # 施行的《…法》
    named = next((m for m in mentions if m.start in (at, titled)), None)
    if named is not None:
        return (as_subject(named), None) if named.type not in vocab.SUBJECT_SKIP_TYPES else None
    item = _ATTRIBUTED_ITEM.match(text, at, span[1])
    if item is None:
        return None
    if noun_phrase.head_type(item.group()) is None:  # 渝湘高铁重庆段正加快建设: the phrase it opens with
        phrase = noun_phrase.opening(text, dates, at, item.end(), set())
        if phrase is not None and phrase.start == at:
            item = _ATTRIBUTED_ITEM.match(text, at, phrase.end) or item
    name = item.group()
    quoted = name[:1] == vocab.OPENING_QUOTE and name[-1:] == vocab.CLOSING_QUOTE and len(name) > 3
    type_ = noun_phrase.head_type(name)
    if not quoted and (type_ is None or not noun_phrase.names_a_thing(name)):
        return None
    mention = Found(at, item.end(), name, type_ or "project", -1) if doc.is_faithful(at, item.end()) else None
    return EventEntity(name, type_ or "project", "subject"), mention


def _place_of_batch(subject: EventEntity | None) -> EventEntity | None:
    """The place of a project named only by its place and batch or generic words (宜宾市重大
    项目, 平桥区第七期项目, 2021年九龙坡区第一批重点项目): a batch is no thing, the place that
    runs it is the subject; None for any other subject, and for a facility named by its place
    (宜宾港三期工程: the port of 宜宾 is a thing)."""
    if subject is None or subject.type != "project":
        return None
    name = _YEAR_FIRST.sub("", subject.name)
    place = leading_place(name)
    if place is None or not name[place[1] :] or holds_own_words(name[place[1] :]):
        return None
    if name.startswith(_FACILITY_HEADS, place[1]):
        return None
    return EventEntity(place[0], "place", "subject")


def _place_of_category(
    recognition: Recognition,
    subject: EventEntity | None,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger | None,
) -> EventEntity | None:
    """天津市宁河区总投资额超135亿元的重点项目动工: a subject that is a category of works (重点
    项目, 招商引资项目) names no one thing; the place named before it in the clause holds the
    act. None for a subject with words of its own, or with no place before it."""
    if subject is None or trigger is None or subject.type not in vocab.BUILT_TYPES:
        return None
    if subject.name in recognition.entities or holds_own_words(subject.name):
        return None
    cut = span[0] + trigger.start
    places = [m for m in mentions if m.type == "place" and m.end <= cut]
    return as_subject(places[-1]) if places else None


def _member_signed(
    doc: Document,
    subject: EventEntity | None,
    mentions: list[Found],
    span: tuple[int, int],
    trigger: triggers.Trigger | None,
) -> tuple[EventEntity, Found | None] | None:
    """A session of a signing ceremony signs its members: 政校产学研合作专场签约贵安新城综合体
    项目、… → the first project named right after the trigger, or the first item of the list
    there when it ends like a project (闽台文创版权产业体系项目); None otherwise."""
    if subject is None or trigger is None or trigger.type != "signing":
        return None
    if not subject.name.endswith(vocab.SIGNING_SESSIONS):
        return None
    at = span[0] + trigger.end
    signed = next((m for m in mentions if m.start == at), None)
    if signed is not None:
        return (as_subject(signed), None) if signed.type not in vocab.SUBJECT_SKIP_TYPES else None
    item = _LIST_ITEM.match(doc.text, at, span[1])
    if item is None or suffix_type(item.group()) != "project" or not doc.is_faithful(at, item.end()):
        return None
    name = item.group()
    return EventEntity(name, "project", "subject"), Found(at, item.end(), name, "project", -1)


def listed_member(
    doc: Document,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger,
    subject: EventEntity | None,
) -> tuple[EventEntity, Found | None] | None:
    """The first member listed right after a clause whose subject is a count or a category of
    projects (全区13个…项目集中开工，包括我市辖区内的A、B; 35个…的重点项目开工，包括A、B等): a name
    recognised there, else the item up to the list mark, without an attribute opening it; None
    for any other clause."""
    text = doc.text
    opener = _MEMBER_LIST.match(text, span[1])
    if opener is None or (subject is not None and subject.type != "project"):
        return None
    if _COUNTED.search(text, span[0], span[0] + trigger.start) is None and not _COUNTED.match(
        text, span[0] + trigger.end
    ):
        return None
    if subject is not None and holds_own_words(subject.name):
        return None  # a project named: the list after it is its parts
    at = opener.end()
    item = _LIST_ITEM.match(text, at)
    if item is None:
        return None
    start = text.rfind(vocab.ATTRIBUTIVE, at, item.end()) + 1 or at  # 我市辖区内的A: A
    named = next((m for m in mentions if m.start == start), None)
    if named is not None:
        return (as_subject(named), None) if named.type not in vocab.SUBJECT_SKIP_TYPES else None
    name = text[start : item.end()]
    type_ = noun_phrase.head_type(_BRACKETED_END.sub("", name))  # …公路(平果至南宁段): a 公路
    if type_ is None or not holds_own_words(name) or not doc.is_faithful(start, item.end()):
        return None
    return EventEntity(name, type_, "subject"), Found(start, item.end(), name, type_, -1)


def founded_body(subject: EventEntity | None, recognition: Recognition) -> EventEntity | None:
    """The body a founding meeting founds, when the subject is that meeting and the body is named
    (X专业委员会成立大会 → X专业委员会); None otherwise."""
    if subject is None or vocab.FOUNDING_MEETING_JOINER in subject.name:
        return None
    for meeting in vocab.FOUNDING_MEETINGS:
        body = subject.name.removesuffix(meeting)
        if body != subject.name:
            known = recognition.entities.get(body)
            if known is not None and known.type not in vocab.PART_TYPES:
                return EventEntity(body, known.type, "subject")
    return None


def _subject_of(
    doc: Document,
    recognition: Recognition,
    dates: Dates,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger | None,
) -> _Subject:
    """The subject of the clause at `span` (see the module docstring), and, when it is a noun
    phrase that no recognised name covers, its mention (kept by the caller if the event stands).

    Without a trigger (a clause that reports no milestone), only a named entity or a place
    opening the clause is returned: it may be the subject of the clauses that follow
    (`_opening_subject`). With one, the body set up after it (`_set_up_subject`), a beneficiary,
    the thing of a ceremony (`_ceremony_subject`) or a venue come first, then the names and the
    noun phrase before the trigger (`_trigger_subject`).
    """
    text = doc.text
    clause_start, clause_end = span
    clause = text[clause_start:clause_end]
    cut = clause_start + (trigger.start if trigger else len(clause))
    frame = TIME_FRAME_LEAD.match(text, clause_start, cut)  # 进博会期间宁波市…: when, not who
    before = [m for m in mentions if m.end <= cut and (frame is None or m.start >= frame.end())]
    if trigger is not None:
        set_up = _set_up_subject(text, mentions, clause_start, cut, trigger)
        if set_up is not None:
            return set_up
        member = member_ceremony(doc, dates, span, trigger, mentions)
        if member is not None:
            return member  # …重大项目集中开工暨X动工仪式: the member whose ceremony is joined
        beneficiary = _beneficiary(doc, recognition, dates, clause_start, cut, before)
        if beneficiary is not None:
            return beneficiary
        if opens_with_partner(clause):
            return None, None  # …签署协议，与A、B等进行了签约: the subject of the clause before
        thing, cut, before = _ceremony_subject(doc, dates, span, cut, before, trigger)
        if thing is not None:
            return thing
        venue = venue_place(text, clause_start, span[1], mentions)
        if venue is not None:
            return venue, None
    apposition = apposed_start(clause, cut - clause_start)
    if apposition >= 0:  # 五粮液机场东连接线——大麦坝高架立交桥: the name after the dash
        before = [m for m in before if m.start >= clause_start + apposition]
    complement = _complement_start(text, clause_start, before)
    other_parties = partners(text, before)
    named = [
        m
        for m in before
        if m.type not in vocab.SUBJECT_SKIP_TYPES
        and not (m.start > clause_start and m.start in other_parties)
        and not (complement is not None and m.start > complement)
    ]
    if trigger is None:
        return _opening_subject(doc, recognition, dates, span, before, named)
    if not any(verb in text[clause_start:cut] for verb in vocab.ANNOUNCING_VERBS):
        return _trigger_subject(doc, recognition, dates, span, cut, before, named)
    # 宜宾市委书记X出席…并宣布项目开工: the body of the official's title does not act
    named = [m for m in named if not is_affiliation(text, m.end)]
    subject = _trigger_subject(doc, recognition, dates, span, cut, before, named)
    if subject[0] is not None:
        return subject
    return _announced(doc, recognition, dates, span, cut, before, named) or subject


def _announced(
    doc: Document,
    recognition: Recognition,
    dates: Dates,
    span: tuple[int, int],
    cut: int,
    before: list[Found],
    named: list[Found],
) -> _Subject | None:
    """What an official announces when the words before the verb name no subject (县委书记申君明
    宣布甘谷县2021年第一批重点项目开工): the subject read after the verb, when it is named there;
    None for a kind pointing back (林升宣布园区奠基: the ceremony told after it)."""
    text = doc.text
    verb_end = max(text.rfind(verb, span[0], cut) + len(verb) for verb in vocab.ANNOUNCING_VERBS)
    after = [m for m in named if m.start >= verb_end]
    told = [m for m in before if m.start >= verb_end]
    subject, mention = _trigger_subject(doc, recognition, dates, (verb_end, span[1]), cut, told, after)
    if subject is None or subject.name in noun_phrase.HEADS or subject.name not in fold(text[verb_end:cut]):
        return None
    return subject, mention


def _set_up_subject(
    text: str, mentions: list[Found], clause_start: int, cut: int, trigger: triggers.Trigger
) -> _Subject | None:
    """The body a founding trigger founds, named after it (成立了“…小组”), or the new area a
    获批设立 trigger sets up (…哈尔滨市，已经获批设立哈尔滨新区); not a name of the occasion joined
    after it by 暨 (X成立暨A-B…签约仪式: X, named before it, is the body founded)."""
    if trigger.type == "founding":
        founded = [m for m in mentions if m.start >= cut and m.type not in vocab.PART_TYPES]
        if founded and vocab.OCCASION_JOINER not in text[clause_start + trigger.end : founded[0].start]:
            return as_subject(founded[0]), None
    if trigger.surface in vocab.SET_UP_APPROVED:
        after = clause_start + trigger.end
        set_up = next((m for m in mentions if m.start == after and m.type != "person"), None)
        if set_up is not None:
            return as_subject(set_up), None  # …哈尔滨市，已经获批设立哈尔滨新区: the new area
    return None


def _ceremony_subject(
    doc: Document,
    dates: Dates,
    span: tuple[int, int],
    cut: int,
    before: list[Found],
    trigger: triggers.Trigger,
) -> tuple[_Subject | None, int, list[Found]]:
    """The thing of a ceremony the trigger names, attended, held or joined to an act, or the holder
    of a joined batch; else None, with where the words naming the subject now end (before the
    holding verb: X举行…集中开工活动) and the names before them (not the attendee)."""
    text = doc.text
    clause_start = span[0]
    ceremony = ceremony_follows(text, span, trigger)
    holding = holding_verb(text, span, trigger) if ceremony else None
    attending = attending_verb(text, span, trigger) if ceremony and holding is None else None
    if attending is not None:
        # 王晓斌一行参加了“…联合实验室”签约暨揭牌仪式: the thing of the ceremony attended,
        # never the attendee
        thing = ceremony_thing(doc, dates, attending.end(), cut, before)
        if thing is not None:
            return thing, cut, before
        before = [m for m in before if m.start >= attending.end()]
    if holding is not None:
        thing = ceremony_thing(doc, dates, holding.end(), cut, before)
        if thing is not None:
            return thing, cut, before
        cut = holding.start()  # X举行…集中开工活动: the holder X is the subject
        before = [m for m in before if m.end <= cut]
    elif ceremony and joined_to_an_act(text, clause_start, cut):
        # A与B战略合作暨C揭牌仪式在…举行: the ceremony of this trigger is about C
        thing = ceremony_thing(doc, dates, clause_start, cut, before)
        if thing is not None:
            return thing, cut, before
        holder = joined_batch_holder(text, clause_start, cut, before)
        if holder is not None:
            return (holder, None), cut, before
    return None, cut, before


def _opening_subject(
    doc: Document,
    recognition: Recognition,
    dates: Dates,
    span: tuple[int, int],
    before: list[Found],
    named: list[Found],
) -> _Subject:
    """The subject of a clause without a trigger: a site visited, the noun phrase opening a
    sentence or a list the next clause goes on with, a name (`_main_name`) or the place opening
    the clause."""
    text = doc.text
    clause_start, clause_end = span
    ends = {m.end for m in before}
    named = [m for m in named if not is_affiliation(text, m.end)]
    site = _site_visited(doc, recognition, dates, span)
    if site is not None:
        return site
    topic = _attributed_topic(doc, recognition, dates, span, ends)
    if topic is not None:
        return topic
    opens = clause_start == 0 or text[clause_start - 1] in _PHRASE_OPENERS
    opens = opens or text.startswith(vocab.CONTINUING_JOINERS, clause_end + 1)
    opens = opens or _after_a_role_frame(text, clause_start)
    head = noun_phrase.opening(text, dates, clause_start, clause_end, ends) if opens else None
    if head is not None and is_affiliation(text, head.end):
        head = None
    if head is not None and named and head.end <= named[0].start:
        return _phrase_subject(doc, recognition, head)  # 科教创新城、大科学装置区等…: the first
    main = _main_name(doc, recognition, span, clause_end, head, named, False)
    if main is not None:
        return main
    if head is not None and not named:
        return _phrase_subject(doc, recognition, head)
    opening_place = next((m for m in before if m.type == "place" and m.start == clause_start), None)
    return (as_subject(opening_place) if opening_place else None), None


def _attributed_topic(
    doc: Document, recognition: Recognition, dates: Dates, span: tuple[int, int], ends: set[int]
) -> _Subject | None:
    """A clause that is only an amount told as an attribute and a name (…，总投资164亿元的青钢搬迁
    改造项目，重点生产…，目前…施工接近尾声): the works it names are what the clauses after it
    tell about; None for any other clause (one going on past the name, or naming no thing)."""
    text = doc.text
    start, end = span
    attribute = _AMOUNT_ATTRIBUTE.match(text, start, end)
    if attribute is None:
        return None
    head = noun_phrase.opening(text, dates, attribute.end(), end, ends)
    if head is None or head.start != attribute.end() or text[head.end : end].strip():
        return None
    if not noun_phrase.names_a_thing(head.name):
        return None
    return _phrase_subject(doc, recognition, head)


def _trigger_subject(
    doc: Document,
    recognition: Recognition,
    dates: Dates,
    span: tuple[int, int],
    cut: int,
    before: list[Found],
    named: list[Found],
) -> _Subject:
    """The subject of a clause with a trigger from the words before it (up to `cut`): a name
    (`_main_name`), the noun phrase before it, the phrase read (`read_phrase`), or the place
    holding a counted batch or opening the clause."""
    text = doc.text
    clause_start = span[0]
    clause = text[clause_start : span[1]]
    ends = {m.end for m in before}
    head = noun_phrase.before(text, dates, clause_start, cut, ends) or _first_counted(
        doc, dates, clause_start, cut, ends
    )
    main = _main_name(doc, recognition, span, cut, head, named, True)
    if main is not None:
        return main
    phrase = read_phrase(doc, recognition, dates, clause_start, clause[: cut - clause_start], before)
    if head is not None and not named and (_tidier(head.name, phrase[0]) or _placed(before, head, phrase[0])):
        return _phrase_subject(doc, recognition, head)  # …新校区建设基本, …风景区被: the head's phrase
    if phrase[0] is not None:
        return phrase
    places = [m for m in before if m.type == "place"]
    head_end = cut - clause_start
    taking_part = _PROJECTS_TAKING_PART.search(clause, 0, head_end)
    if taking_part is not None:  # 37个…项目参加扬州集中开工: the occasion's place is not whose share
        places = [m for m in places if m.end <= clause_start + taking_part.start()]
    counted = AMOUNT.search(clause, 0, head_end) or noun_phrase.COUNT_FIRST.search(clause, 0, head_end)
    if places and counted:
        # 14个项目在福建东山县奠基: a count is no subject; the place that holds the event is, the
        # last named before the trigger (青海…海西州都兰县…45个项目开复工: the county).
        return as_subject(places[-1]), None
    opening_place = next((m for m in before if m.type == "place" and m.start == clause_start), None)
    if opening_place is not None:
        return as_subject(opening_place), None
    return None, None


def _main_name(
    doc: Document,
    recognition: Recognition,
    span: tuple[int, int],
    cut: int,
    head: noun_phrase.Phrase | None,
    named: list[Found],
    triggered: bool,
) -> _Subject | None:
    """The name among those before `cut` that the clause is about: the first after its last 的,
    (with a trigger) a noun-phrase head after it, the first with no 的 after it, or the owner of a
    category (X所建的重点实验室); None when none is."""
    text = doc.text
    clause_start = span[0]
    clause = text[clause_start : span[1]]
    last_de = clause.rfind(vocab.ATTRIBUTIVE, 0, cut - clause_start)
    heads = [m for m in named if m.start - clause_start > last_de >= 0]
    if heads:
        return _widened(doc, recognition, head, heads[0], named)
    if triggered and head is not None and last_de >= 0 and head.start - clause_start > last_de:
        if len(noun_phrase.head_ending_at(head.name, len(head.name))) > 1:  # not …项目一标段
            return _phrase_subject(doc, recognition, head)  # …中最大的单体建筑T4航站楼: the head
    for index, found in enumerate(named):
        stop = named[index + 1].start if index + 1 < len(named) else cut
        if vocab.ATTRIBUTIVE not in text[found.end : stop]:
            return _widened(doc, recognition, head, found, named)
    if named and last_de >= 0 and category_first(clause[last_de + 1 : cut - clause_start]):
        # X所建的重点实验室(榜上有名): the head is a category, the body that owns it is the main entity.
        return as_subject(named[-1]), None
    return None


def _after_a_role_frame(text: str, clause_start: int) -> bool:
    """True when the clause follows a frame of role opening the sentence (作为日喀则市的地标，
    日喀则上海广场由…建造): the clause opens what the sentence says."""
    reach = max(0, clause_start - 1 - vocab.ROLE_FRAME_REACH)
    opened = max(text.rfind(mark, reach, clause_start - 1) for mark in vocab.SENTENCE_BREAKS + "\n，,")
    at = opened + 1 if opened >= 0 else (0 if reach == 0 else -1)
    if at < 0 or (at > 0 and text[at - 1] not in vocab.SENTENCE_BREAKS + "\n"):
        return False
    return text.startswith(vocab.ROLE_FRAMES, at)


def _site_visited(
    doc: Document, recognition: Recognition, dates: Dates, span: tuple[int, int]
) -> tuple[EventEntity, Found | None] | None:
    """'在X项目(施工)现场，…': the works whose site the report stands on are what the clauses
    after it are about (…约800名建设者坚守岗位，冲刺年内竣工目标); None for any other clause."""
    text = doc.text
    clause = text[span[0] : span[1]]
    if not clause.startswith(vocab.SITE_FRAME_HEAD):
        return None
    tail = next((t for t in vocab.SITE_FRAME_TAILS if clause.endswith(t)), None)
    if tail is None:
        return None
    end = span[1] - len(tail)
    head = noun_phrase.before(text, dates, span[0] + len(vocab.SITE_FRAME_HEAD), end, set())
    if head is None or head.end != end:
        return None
    return _phrase_subject(doc, recognition, head)


def _widened(
    doc: Document,
    recognition: Recognition,
    head: noun_phrase.Phrase | None,
    found: Found,
    named: list[Found],
) -> tuple[EventEntity, Found | None]:
    """The subject named by a recognised mention, or by the subject phrase around it when that
    phrase runs on past it to a head noun of its own (南昌大学二附院红角洲分院: not 南昌大学, which
    stays linked as the owner) or opens before it (寻乌(赣闽界)至全南高速公路); a name that
    runs on into a part of the works (…新校区主体工程完工) gives way to the phrase without it; the
    phrase listed first, right before the name (吴忠市第一再生水厂、吴忠市东片区…等项目), is the
    subject of the list."""
    text = doc.text
    owned = next(
        (
            m
            for m in named
            if m.start == found.end
            and (
                (head is not None and m.end == head.end)
                or (found.type == "company" and text.startswith(vocab.NOUN_LIST_END, m.end))
            )
        ),
        None,
    )
    if owned is not None:  # 华能雅江公司加查水电站(等项目): the station, its company the owner
        return as_subject(owned if noun_phrase.names_a_thing(owned.name) else found), None  # (…整个施工项目)
    if head is not None and found.start == head.start and noun_phrase.only_tails(text[head.end : found.end]):
        return _phrase_subject(doc, recognition, head)  # …新校区主体工程(完工): the school
    if (
        head is not None
        and head.end < found.start
        and text[head.end : found.start] in vocab.LIST_JOINERS
        and opens_with_head(head.name)
        and vocab.NOUN_LIST_END in text[found.end : found.end + vocab.LIST_END_REACH]
    ):
        return _phrase_subject(doc, recognition, head)  # A、B等项目: the first name of a list 等 closes
    if head is None or not head.start <= found.start < found.end <= head.end:
        return as_subject(found), None
    if head.end - head.start == found.end - found.start:
        return as_subject(found), None
    if (
        head.start < found.start
        and not any(joiner in text[head.start : found.start] for joiner in vocab.ROUTE_JOINERS)
        and not _placed_brand(text, head, found)
    ):
        return as_subject(found), None  # 省级高新区获国务院: words before a name are no part of it
    return _phrase_subject(doc, recognition, head)


def _tidier(name: str, read: EventEntity | None) -> bool:
    """True when a subject phrase ending in a head noun tidies the subject `read_phrase` read: that
    one runs on into a part of the works (…中心主体工程), or does not end in a head and the two
    open alike (垣曲县职业中学新校区 for …新校区建设基本, 垣曲县移民初中 for 垣曲县); a phrase
    where `read_phrase` read none is no subject (要抢抓项目)."""
    if read is None or read.name == name:
        return False
    if read.name.startswith(name) and noun_phrase.only_tails(read.name[len(name) :]):
        return True  # …全民健身中心主体工程: the centre
    if noun_phrase.head_type(read.name) is not None:
        return False
    return name.startswith(read.name) or read.name.startswith(name)


def _placed(before: list[Found], head: noun_phrase.Phrase, read: EventEntity | None) -> bool:
    """True when a subject phrase opens with a place and `read_phrase` read no subject or that place
    only (长沙至赣州铁路, 平遥县第二实验小学: the place starts a name)."""
    if read is not None and read.type != "place":
        return False
    return any(m.type == "place" and m.start == head.start for m in before)


def meeting_place(
    doc: Document, recognition: Recognition, sentence_start: int, span: tuple[int, int], meeting: EventEntity
) -> EventEntity | None:
    """The place that held a meeting told before a clause carrying it as its subject: the place
    named after 在 earlier in the sentence (…恳谈会在昌吉召开), else the place its name opens with
    (浦东新区“…大会”上，7个项目签约); None for a subject that is no meeting or names no place."""
    if meeting.type != "meeting":
        return None
    text = doc.text
    venues = [
        m
        for m in recognition.within(sentence_start, span[0])
        if m.type == "place" and text[m.start - 1 : m.start] in vocab.SITE_MARKERS
    ]
    if venues:
        return as_subject(venues[-1])
    place = leading_place(_YEAR_FIRST.sub("", meeting.name))  # 2024凉山投资推介会: 凉山
    return EventEntity(place[0], "place", "subject") if place is not None else None


def _first_counted(
    doc: Document, dates: Dates, start: int, cut: int, ends: set[int]
) -> noun_phrase.Phrase | None:
    """The phrase before 等 and a count or a kind right before the trigger (桂林比亚迪跨座式单轨
    轨道梁厂等10个项目竣工, 宁波吉利汽车发动机厂等项目投产): the named member of the list, or None."""
    at = doc.text.rfind(vocab.NOUN_LIST_END, start, cut)
    if at <= start:
        return None
    kind = ADVERB_TAIL.sub("", doc.text[at + len(vocab.NOUN_LIST_END) : cut])
    counted = noun_phrase.COUNT_FIRST.match(kind) is not None
    if not counted and (suffix_type(kind) is None or holds_own_words(kind)):
        return None
    return noun_phrase.before(doc.text, dates, start, at, ends)


def _placed_brand(text: str, head: noun_phrase.Phrase, found: Found) -> bool:
    """True when a phrase names a site of a body by its place, the body and a head noun of its
    own (桂林比亚迪跨座式单轨轨道梁厂, 武汉华为光电研发楼): one place stands before the body's
    name and words of the site's own follow it."""
    place = leading_place(text[head.start : found.start])
    return place is not None and head.start + place[1] == found.start and head.end > found.end


def _phrase_subject(
    doc: Document, recognition: Recognition, head: noun_phrase.Phrase
) -> tuple[EventEntity, Found | None]:
    """A subject phrase as the subject, with its mention when no recognised name covers it; of
    two parties joined by 与 (临港大道与长江大桥), the first (A及B may name one thing:
    垣曲县公共体育场及全民健身中心)."""
    first = leading_party(head.name, (vocab.PARTNER_JOINER,))
    if first != head.name:
        type_ = noun_phrase.head_type(first) or head.type
        head = noun_phrase.Phrase(head.start, head.start + len(first), first, type_)
    known = recognition.entities.get(head.name)
    if known is not None:
        return EventEntity(head.name, known.type, "subject"), None
    mention = None
    if doc.is_faithful(head.start, head.end):
        mention = Found(head.start, head.end, head.name, head.type, -1)
    return EventEntity(head.name, head.type, "subject"), mention


def opens_with_partner(clause: str) -> bool:
    """True when a clause opens with 与/同 and a party (与中国亚洲经济发展协会…签约), not with
    a word holding 与 (与会嘉宾)."""
    rest = LEADING.sub("", clause)
    return rest.startswith(vocab.PARTNER_OPENERS) and not rest.startswith(vocab.WORDS_OPENING_WITH_PARTNER)


def joined_parties(
    recognition: Recognition, trigger: triggers.Trigger, subject: EventEntity
) -> tuple[EventEntity, EventEntity] | None:
    """The two parties a signing clause names as one phrase (王善平与谢景林签署…, 上海有机所与华东
    师范大学签署…, 华润置地与宝山区政府签署…; spec: parties joined by 与/和 are separate entities, the
    other party is the object): split at 与/同 when the words after it name a party of their own (a
    recognised entity or a body's name), at any joiner when the words before it name a recognised
    person (柴强和曹洁); None for any other subject (亿纬锂能储能与动力电池项目: one project's name;
    虚拟现实共性技术文化和旅游部技术创新中心: 和 inside a name)."""
    if trigger.type != "signing":
        return None
    name = subject.name
    for joiner in vocab.PARTNER_MARKERS:
        at = name.find(joiner, vocab.MIN_PHRASE)
        if at < 0 or len(name) - at - len(joiner) < vocab.MIN_PHRASE:
            continue
        first, other = name[:at], name[at + len(joiner) :]
        known, known_other = recognition.entities.get(first), recognition.entities.get(other)
        person = known is not None and known.type == "person"
        # 与/同 part two parties; 和 may join the words of one name (文化和旅游部): a person's only
        if not person and (
            joiner not in vocab.PARTNER_OPENERS
            or (known_other is None and suffix_type(other) in (None, "project"))
        ):
            continue
        type_ = known.type if known is not None else (suffix_type(first) or vocab.UNNAMED_PARTY_TYPE)
        other_type = known_other.type if known_other is not None else suffix_type(other)
        return EventEntity(first, type_, "subject"), EventEntity(
            other, other_type or vocab.UNNAMED_PARTY_TYPE, "object"
        )
    return None


def first_party(
    text: str, span: tuple[int, int], mentions: list[Found], trigger_at: int
) -> EventEntity | None:
    """The first body named before the trigger of a clause that opens with 与 (与A、B等签约),
    when no earlier clause gives the subject: a party of the act is better than none."""
    if not opens_with_partner(text[span[0] : span[1]]):
        return None
    for found in mentions:
        if found.end <= trigger_at and found.type not in vocab.SUBJECT_SKIP_TYPES:
            return as_subject(found)
    return None


def object_built(
    doc: Document,
    recognition: Recognition,
    dates: Dates,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger,
) -> tuple[EventEntity, Found | None] | None:
    """The works a clause names right after its act of works when the words before the act name
    nothing (到2010年，基本建成亦庄卫星城; 到2020年，基本建成大数据产业基地; 将建成东莞至番禺高速公路…)
    and no earlier clause gives a subject: the thing built is what the clause is about. A name
    recognised there, else the phrase opening the words after the act; None for an act that is no
    building, a clause naming something before its act, or nothing named after it."""
    if trigger.type not in vocab.WORKS_ACT_TYPES:
        return None
    if not names_nothing(doc.text, dates, span[0], span[0] + trigger.start):
        return None
    at = span[0] + trigger.end
    if doc.text.startswith(vocab.PERFECTIVE, at):
        at += len(vocab.PERFECTIVE)
    built = next((m for m in mentions if m.start == at), None)
    if built is not None:
        return (as_subject(built), None) if built.type in vocab.WORKS_TYPES else None
    phrase = noun_phrase.opening(doc.text, dates, at, span[1], {m.end for m in mentions})
    if phrase is None or phrase.start != at:
        return None
    return _phrase_subject(doc, recognition, phrase)


def work_built(
    doc: Document,
    span: tuple[int, int],
    mentions: list[Found],
    trigger: triggers.Trigger,
    carried: EventEntity,
) -> EventEntity | None:
    """The works named right after the trigger (今年建成宜宾港三期工程) of a clause whose subject is
    carried from before: when that subject is itself a work, it builds nothing, the works named
    is what the clause is about (…园区已经开工，今年建成宜宾港三期工程 → the port's works);
    None for a carried body (a company builds), for an act that is no building (落户X: X is
    where), or when no work follows the trigger."""
    if carried.type not in vocab.WORKS_TYPES or trigger.type not in vocab.WORKS_ACT_TYPES:
        return None
    at = span[0] + trigger.end
    if doc.text.startswith(vocab.PERFECTIVE, at):
        at += len(vocab.PERFECTIVE)
    built = next((m for m in mentions if m.start == at), None)
    if built is None or built.type not in vocab.WORKS_TYPES or built.name == carried.name:
        return None
    return as_subject(built)


def acted_on(
    doc: Document, span: tuple[int, int], mentions: list[Found], trigger: triggers.Trigger
) -> tuple[EventEntity, Found | None] | None:
    """The unit a clause opening with an act on it names after the verb (设立三门峡市陕州区,
    撤销陕县): a recognised name starting there, else the words up to the next mark when they
    end like a name; None for any other clause."""
    clause = doc.text[span[0] : span[1]]
    verb = next((v for v in vocab.ACTED_ON_VERBS if clause.startswith(v, trigger.start)), None)
    if verb is None or clause[: trigger.start].strip():
        return None
    at = span[0] + trigger.start + len(verb)
    item = _LIST_ITEM.match(doc.text, at, span[1])
    named = next((m for m in mentions if m.start == at and m.type != "person"), None)
    if named is not None and (item is None or item.end() == named.end or not item.group().endswith(_UNITS)):
        return as_subject(named), None
    if item is None or not doc.is_faithful(at, item.end()):
        return None
    name = item.group().removesuffix(vocab.UNIT_STATUS)  # 撤销某镇建制: the town
    type_ = "place" if name.endswith(_UNITS) else suffix_type(name)
    if type_ is None:
        return None
    return EventEntity(name, type_, "subject"), Found(at, at + len(name), name, type_, -1)


def _complement_start(text: str, clause_start: int, before: list[Found]) -> int | None:
    """Where a complement opens: 在/于 before a name (a site: 分别在重庆医科大学、重庆交通大学
    揭牌), 由 (the agent of a passive: 本次论坛由X和Y举办) or 经 (the authority approving:
    重庆两江新区经国务院批复设立). Names after it are not the subject; a 由 or 经 opening the
    clause (由X牵头举办) leaves its agent the subject."""
    for found in before:
        marker = found.start - 1
        if marker < clause_start or text[marker] not in vocab.COMPLEMENT_MARKERS:
            continue
        if text[marker] in vocab.AGENT_MARKERS and not LEADING.sub("", text[clause_start:marker]):
            continue
        return marker
    return None


def _beneficiary(
    doc: Document, recognition: Recognition, dates: Dates, clause_start: int, cut: int, before: list[Found]
) -> tuple[EventEntity | None, Found | None] | None:
    """'为X揭牌/奠基': X is what changed, whoever unveils it (熊雪等共同为实验室揭牌 → the lab);
    a date right after 为 is when (为今年5月大桥合龙…), and a bare kind (大桥) is the nearest
    body of that kind named before.

    Returns None when the clause has no such 为, and (None, None) when X is a word that names
    nothing here (an unresolved 实验室): no subject is better than the people holding the rope.
    """
    text = doc.text
    position = text.rfind(vocab.BENEFICIARY_MARKER, clause_start, cut)
    if position < 0 or text[position - 1 : position] in vocab.NOT_BENEFICIARY_BEFORE:
        return None
    if any(m.start <= position < m.end for m in before):
        return None  # 为 inside a name (华为)
    between = text[position + 1 : cut]
    if text.startswith(vocab.NOT_BENEFICIARY_AFTER, position + 1) or vocab.ATTRIBUTIVE in between:
        return None
    if vocab.INSTRUMENT_MARKER in text[clause_start:position]:
        return None  # 以…为研究方向: 为 means "as"
    start = position + 1
    dated = dates.within(start, cut)
    if dated and dated[0].start == start:
        start = dated[0].end
        between = text[start:cut]
    found = next((m for m in before if m.start == start), None)
    if found is not None and found.type not in vocab.SUBJECT_SKIP_TYPES:
        return as_subject(found), None
    words = ADVERB_TAIL.sub("", between)
    if words.startswith(vocab.OPENING_QUOTE) and words.endswith(vocab.CLOSING_QUOTE):
        words, start = words[1:-1], start + 1  # 为“扬子江生态文明创新中心”揭牌: the name quoted
    if words in vocab.PRONOUNS:
        return None, None
    if words in noun_phrase.HEADS:
        referent = referred_entity(recognition, clause_start, vocab.DEMONSTRATIVE + words)
        return (referent, None) if referent is not None else (None, None)
    type_ = suffix_type(words)
    if type_ is not None and vocab.MIN_PHRASE < len(words) <= vocab.MAX_PHRASE and holds_own_words(words):
        # 与…一道为产业化试验基地揭牌: a name no table knows, ending like one
        end = start + len(words)
        mention = Found(start, end, words, type_, -1) if doc.is_faithful(start, end) else None
        return EventEntity(words, type_, "subject"), mention
    return None


def names_nothing(text: str, dates: Dates, clause_start: int, trigger_start: int) -> bool:
    """True when the words before the trigger are only dates, connectives, cues, adverbs and a
    word too vague to name anyone (预计2023年2月开始…, 同年12月20日动工, 年底主体结构完工, 首期
    计划于2021年竣工交付): the clause goes on about an earlier subject."""
    kept = []  # the words outside the dates (sorted by start), sliced once each
    position = clause_start
    for dated in dates.within(clause_start, trigger_start):
        kept.append(text[position : max(position, dated.start)])
        position = max(position, dated.end)
    kept.append(text[position:trigger_start])
    rest = "".join(kept)
    rest = LEADING.sub("", rest)
    rest = ADVERB_TAIL.sub("", rest).strip("，, ")
    rest = DURATION_AHEAD.sub("", rest) if rest[:1] in _DURATION_HEADS else rest  # 3年内投产
    return not rest or rest in vocab.BUILDING_PARTS or rest in vocab.BARE_PHASES


def is_affiliation(text: str, end: int) -> bool:
    """True when a person's title follows a name ending at `end` (重庆交通大学教授黄大荣说): the
    body is whom a speaker works for, not what the clause or the quoted words after it are
    about."""
    return text.startswith(_PERSON_TITLES, end)


def topic_of(text: str, mentions: list[Found], sentence_start: int) -> EventEntity | None:
    """The name opening a sentence that reports no milestone, when it is no place nor person
    nor a person's affiliation (X项目是…的重点项目): what the paragraph goes on about."""
    first = next((m for m in mentions if m.start == sentence_start), None)
    if first is None or first.type in vocab.TOPIC_SKIP_TYPES or is_affiliation(text, first.end):
        return None
    return as_subject(first)


def fits(
    recognition: Recognition,
    trigger: triggers.Trigger,
    subject: EventEntity,
    mentions: list[Found],
    after: int,
) -> bool:
    """Conditional triggers: 加快建设/建成 need something built, reports need a body, approvals
    and titles a thing approved (not a person)."""
    if trigger.surface in vocab.PROGRESS_TRIGGERS:
        return subject.type in vocab.PROGRESS_TYPES
    if _BUILT_ONLY.match(trigger.surface):
        return subject.type not in vocab.NEVER_BUILT_TYPES
    if trigger.type == "construction" and trigger.surface in vocab.CONDITIONAL_CONSTRUCTION:
        built = subject.type in vocab.BUILT_TYPES and subject.name in recognition.entities
        if trigger.surface == vocab.COMPLETION_TRIGGER:
            built = built or any(m.start >= after and m.type in vocab.BUILT_TYPES for m in mentions)
            # a phrase named by a built thing's suffix (防城港首座大桥建成), not a goal (建成…体系)
            named_as = suffix_type(subject.name) or noun_phrase.head_type(subject.name)
            built = built or (subject.type in vocab.BUILT_TYPES and named_as == subject.type)
        else:
            built = built or subject.type in vocab.BUILT_TYPES
        return built
    if trigger.type == "breakthrough":  # a known name, or a description of one (国内首条+known)
        ordinal = _ORDINAL_INSIDE.search(subject.name)
        return (ordinal is not None and subject.name[ordinal.end() :] in recognition.entities) or (
            subject.name in recognition.entities
        )
    if trigger.surface in vocab.REPORTING_TRIGGERS:
        return subject.type not in ("person", "place")
    if trigger.type == "approval":
        return subject.type not in vocab.NEVER_APPROVED_TYPES  # 张三获评全国劳动模范: a person's honour
    return True
