"""Subjects of ceremonies: the thing a held ceremony is about (X举行Y揭牌仪式 → Y), the holder
or the place of a ceremony joined to a meeting (…座谈暨…签约仪式), the place a venue of a batch
ceremony names (…文昌分会场), the works at whose site a ceremony is held (在…项目举行开工仪式).

`subjects` asks these before reading the words before the trigger as the subject.
"""

from __future__ import annotations

import re

from timeline._events import triggers, vocab
from timeline._events.cleanup import Document
from timeline._events.dating import Dates
from timeline._events.mentions import Found
from timeline._events.organisations import suffix_type
from timeline._events.subject_phrase import (
    ADVERB_TAIL,
    TRIGGER_WORDS,
    as_subject,
    holds_own_words,
    is_amount_or_count,
)
from timeline.model import EventEntity

_BATCH_ORDINAL = re.compile(vocab.BATCH_ORDINAL)
_VENUE = re.compile("|".join(vocab.CEREMONY_VENUES))
_ATTENDING = re.compile("(?:" + "|".join(vocab.CEREMONY_ATTENDANCE_VERBS) + ")" + vocab.PERFECTIVE + "?")
_HOLDING = re.compile("(?:" + "|".join(vocab.CEREMONY_HOLDING_VERBS) + ")" + vocab.PERFECTIVE + "?")


def site_before_holding(
    longest: int, breaks: str, heads: tuple[str, ...] = (), tails: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """Where something is held (…仪式在高新区举行, 在会展中心隆重举行): group `site` is the 2 to
    `longest` characters after 在, holding no `breaks` nor another 在, ending in one of `heads`
    when given; then one of `tails` (现场), a manner (隆重) and a holding verb. The ceremony's
    site (a works' head: 在…项目现场举行) and the works' place (any venue) are its two uses."""
    head = "(?:" + "|".join(heads) + ")" if heads else ""
    tail = "(?:" + "|".join(tails) + ")?" if tails else ""
    before = vocab.CEREMONY_SITE_BEFORE
    return re.compile(
        f"{before}(?P<site>[^{breaks}{before}]{{2,{longest}}}?{head}){tail}"
        + "(?:"
        + "|".join(vocab.CEREMONY_MANNERS)
        + ")?(?:"
        + "|".join(vocab.HOLDING_VERBS)
        + ")"
    )


#: A ceremony held at a works' site (5月6日上午，在中兴新地产业园项目举行开工仪式).
_CEREMONY_SITE = site_before_holding(
    vocab.CEREMONY_SITE_MAX, vocab.CEREMONY_SITE_BREAKS, vocab.CEREMONY_SITE_HEADS, vocab.CEREMONY_SITE_TAILS
)


def ceremony_site(
    doc: Document, span: tuple[int, int], mentions: list[Found], trigger: triggers.Trigger
) -> tuple[EventEntity, Found | None] | None:
    """The works at whose site a ceremony of their act is held when the clause names no one
    else (在中兴新地产业园项目举行开工仪式): a recognised name there, else the words after 在 when
    they end like works; None for any other clause."""
    clause = doc.text[span[0] : span[1]]
    site = _CEREMONY_SITE.search(clause, 0, trigger.start + len(trigger.surface))
    if site is None or trigger.type in ("meeting", "other"):
        return None
    start, end = span[0] + site.start("site"), span[0] + site.end("site")
    named = next((m for m in mentions if m.end == end and m.start >= start and m.type != "person"), None)
    if named is not None:
        return as_subject(named), None
    if not doc.is_faithful(start, end):
        return None
    found = Found(start, end, doc.text[start:end], "project", -1)
    return EventEntity(found.name, "project", "subject"), found


def ceremony_follows(text: str, span: tuple[int, int], trigger: triggers.Trigger) -> bool:
    """True when a ceremony noun follows the trigger within a few characters (揭牌仪式,
    竣工投产点火仪式): the trigger names what the ceremony is for.

        >>> from timeline._events.triggers import find_trigger
        >>> clause = "哈尔滨市呼兰区举行黑龙江呼兰经济开发区揭牌仪式"
        >>> ceremony_follows(clause, (0, len(clause)), find_trigger(clause))
        True
    """
    clause_start, clause_end = span
    trigger_end = clause_start + trigger.end
    tail = text[trigger_end : min(clause_end, trigger_end + vocab.HELD_CEREMONY_GAP + 2)]
    return any(0 <= tail.find(noun) <= vocab.HELD_CEREMONY_GAP for noun in vocab.HELD_CEREMONY_NOUNS)


def venue_place(text: str, start: int, end: int, mentions: list[Found]) -> EventEntity | None:
    """The place named by a venue of a batch ceremony (…集中开工文昌分会场活动在…举行 → 文昌):
    that place held this part of the ceremony. A place recognised right before the venue word,
    else the few characters between a two-character trigger (开工, 签约) and it; None otherwise.

        >>> text = "海南省2024年一季度重大项目集中开工文昌分会场活动在文昌举行"
        >>> venue_place(text, 0, len(text), [])
        EventEntity(name='文昌', type='place', role='subject')
    """
    match = _VENUE.search(text, start, end)
    if match is None:
        return None
    at = match.start()
    known = next((m for m in mentions if m.end == at and m.type == "place"), None)
    if known is not None:
        return as_subject(known)
    for length in range(vocab.MIN_PHRASE, vocab.MAX_VENUE_PLACE + 1):  # 集中开工文昌分会场: after the act
        words = text[at - length : at]
        if at - length >= start and TRIGGER_WORDS.start(text[: at - length][-2:]):
            if any(word in words for word in vocab.VENUE_NOT_PLACES):
                return None
            return EventEntity(words, "place", "subject")
    return None


def joined_to_an_act(text: str, start: int, cut: int) -> bool:
    """True when the words before the trigger join, with 暨, a ceremony to an act or a meeting
    (…战略合作暨C揭牌仪式, …推进会暨C开工仪式), not to another thing (A一期项目暨B项目竣工
    投产: both are produced, A stays first).

        >>> text = "两江新区与华为战略合作暨重庆实验室揭牌仪式"
        >>> joined_to_an_act(text, 0, text.index("揭牌")), joined_to_an_act("A一期项目暨B项目竣工", 0, 9)
        (True, False)
    """
    joiner = text.rfind(vocab.CEREMONY_NAME_JOINERS[0], start, cut)
    if joiner < 0:
        return False
    joined = suffix_type(text[start:joiner])
    return joined is None or joined in vocab.NOT_CEREMONY_THINGS


def joined_batch_holder(text: str, start: int, cut: int, before: list[Found]) -> EventEntity | None:
    """2026年长沙市…座谈暨重大项目签约仪式举行: a ceremony joined to a meeting whose own part names
    a batch or a kind (重大项目), no thing: the place named before 暨 holds it; None when no
    place is named there."""
    joiner = text.rfind(vocab.CEREMONY_NAME_JOINERS[0], start, cut)
    places = [m for m in before if m.type == "place" and m.end <= joiner]
    return as_subject(places[-1]) if places else None


def attending_verb(text: str, span: tuple[int, int], trigger: triggers.Trigger) -> re.Match[str] | None:
    """The last attendance verb before the trigger (X参加了Y<trigger>仪式), or None: the ceremony
    attended is named after it."""
    attended = list(_ATTENDING.finditer(text, span[0], span[0] + trigger.start))
    return attended[-1] if attended else None


def holding_verb(text: str, span: tuple[int, int], trigger: triggers.Trigger) -> re.Match[str] | None:
    """The last holding verb before the trigger (X举行Y<trigger>仪式), or None.

        >>> from timeline._events.triggers import find_trigger
        >>> clause = "哈尔滨市呼兰区举行黑龙江呼兰经济开发区揭牌仪式"
        >>> holding_verb(clause, (0, len(clause)), find_trigger(clause)).group()
        '举行'
    """
    held = list(_HOLDING.finditer(text, span[0], span[0] + trigger.start))
    return held[-1] if held else None


def ceremony_thing(
    doc: Document, dates: Dates, start: int, cut: int, before: list[Found]
) -> tuple[EventEntity, Found | None] | None:
    """The thing a held ceremony is about, named between the holding verb and the trigger
    (哈尔滨市呼兰区举行黑龙江呼兰经济开发区揭牌仪式 → the zone; …动员会暨众安诚旭新型建筑材料建设
    项目开工仪式 → the project), or None when those words name no thing: a batch (集中开工),
    a period, a count or a category (2022年第一季度重大项目集中开工活动)."""
    text = doc.text
    words = text[start:cut]
    bare = ADVERB_TAIL.sub("", words)
    end = start + len(bare)
    segment_start = start + max(bare.rfind(mark) + 1 for mark in vocab.CEREMONY_NAME_JOINERS)
    # a batch of the ceremony's own part (…暨首批项目开工仪式), not of what it is joined to
    # (河南省第八期“三个一批”项目建设活动暨均和云谷…项目开工仪式: the project)
    batch = vocab.BATCH_MARK in words[len(bare) :] or _BATCH_ORDINAL.search(text, segment_start, end)
    if batch or bare.endswith(vocab.JOINING_TAILS):
        return None
    for found in reversed(before):
        if found.start >= segment_start and found.end == end and found.type not in vocab.NOT_CEREMONY_THINGS:
            return (as_subject(found), None) if holds_own_words(found.name) else None
    for dated in dates.within(segment_start, end):
        if dated.start == segment_start:
            segment_start = dated.end
    segment = text[segment_start:end]
    type_ = suffix_type(segment)
    if type_ is None or type_ in vocab.NOT_CEREMONY_THINGS or not holds_own_words(segment):
        return None
    if not vocab.MIN_PHRASE < len(segment) <= vocab.MAX_PHRASE or is_amount_or_count(segment):
        return None
    mention = Found(segment_start, end, segment, type_, -1) if doc.is_faithful(segment_start, end) else None
    return EventEntity(segment, type_, "subject"), mention


def member_ceremony(
    doc: Document, dates: Dates, span: tuple[int, int], trigger: triggers.Trigger, mentions: list[Found]
) -> tuple[EventEntity, Found | None] | None:
    """…重大项目集中开工暨中子科学城·松山湖材料实验室动工仪式: a batch's act (集中 before the
    trigger) joined by 暨 to the ceremony of one member's act names that member, as a ceremony's
    thing (`ceremony_thing`), else the last body named in the member's words; the batch is named
    by its kind or its holder. None for any other clause.

        >>> from timeline._events.cleanup import clean
        >>> from timeline._events.dating import Dates
        >>> from timeline._events.triggers import find_trigger
        >>> doc = clean("天台县重大项目集中开工暨总部经济大楼项目开工仪式举行")
        >>> clause = (0, len(doc.text))
        >>> member_ceremony(doc, Dates([]), clause, find_trigger(doc.text), [])[0].name
        '总部经济大楼项目'
    """
    text = doc.text
    clause_start, clause_end = span
    trigger_end = clause_start + trigger.end
    if not text.startswith(vocab.OCCASION_JOINER, trigger_end):
        return None
    if not text.endswith(vocab.BATCH_MARK, clause_start, clause_start + trigger.start):
        return None
    joined = trigger_end + len(vocab.OCCASION_JOINER)
    nouns = [text.find(noun, joined, clause_end) for noun in vocab.HELD_CEREMONY_NOUNS]
    ceremony = min((at for at in nouns if at >= 0), default=-1)
    act = TRIGGER_WORDS.longest_ending_at(text, ceremony, joined) if ceremony >= 0 else 0
    if not act:
        return None
    cut = ceremony - act
    named = [m for m in mentions if joined <= m.start and m.end <= cut]
    thing = ceremony_thing(doc, dates, joined, cut, named)
    if thing is not None:
        return thing
    # …暨转型综改示范区晋中开发区山西智慧科技城奠基仪式: a thing no table ends, in a body named there
    bodies = [m for m in named if m.type not in vocab.NOT_CEREMONY_THINGS]
    return (as_subject(bodies[-1]), None) if bodies else None
