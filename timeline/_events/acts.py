"""Acts: the parts of a clause told as one act each (two acts joined by 和, 、 or 并 with their own
subject, date or modal; two ceremonies held by one verb; a dated attribute 2011年开工建设的X),
and the spans of a clause where no trigger counts (names and titles).
"""

from __future__ import annotations

import re

import attrs

from timeline import _regex
from timeline._events import triggers, vocab
from timeline._events.context import Reading
from timeline._events.entities import Found
from timeline._events.subjects import names_nothing

#: Titles where no trigger counts: a document's, a short quoted name, a brief's bracketed
#: headline (【重庆东站项目开工】3月1日，…正式开工建设: the body tells the act).
#: Titles and quoted names, where no trigger counts; not an act quoted right before the noun of
#: its ceremony (产业园“动土”仪式, “奠基”仪式): the ceremony has that act's type; nor a stage of
#: works quoted alone (全线顺利实现“轨通”): the quote marks only set the word apart.
_TITLE = re.compile(
    r"《[^》]*》|“(?![^“”]{1,4}”(?:"
    + "|".join(vocab.CEREMONY_NOUNS)
    + r"))(?!(?:"
    + _regex.alternation_source(vocab.QUOTED_STAGES)
    + r")”)[^”，。！？]{1,20}”|【[^】]{1,40}】"
)
_ACT_JOINER = _regex.alternation(vocab.ACT_JOINERS)
#: Words that are only acts of works listed under one verb (正在进行设备安装、调试和试生产: 调试和).
_WORKS_ACTS_ONLY = re.compile(
    "(?:(?:" + _regex.alternation_source({*vocab.WORKS_ACTS, *vocab.WORKS_STAGE_WORDS}) + ")(?:"
    + _regex.alternation_source(vocab.ACT_JOINERS) + ")?)+"
)
_HOLDING = _regex.alternation(vocab.HOLDING_VERBS)
#: A venue named after 在 by its noun (主会场, 分会场, 签约现场), up to a few characters long.
_VENUE_NOUN = re.compile(
    f"[^，,。；{vocab.ATTRIBUTIVE}]{{0,{vocab.MAX_VENUE_PLACE}}}?(?:{'|'.join(vocab.VENUE_NOUNS)})"
)


def blocked_spans(
    reading: Reading, start: int, end: int, mentions: list[Found] | None = None
) -> tuple[tuple[int, int], ...]:
    """Spans of a clause (relative to its start) where no trigger counts: names and titles.
    `mentions`: the clause's mentions when the caller has them already."""
    clause = reading.doc.text[start:end]
    if mentions is None:
        mentions = reading.recognition.within(start, end)
    names = tuple((m.start - start, m.end - start) for m in mentions if m.type != "place")
    return names + tuple(m.span() for m in _TITLE.finditer(clause))


@attrs.define()
class Act:
    """A clause or part of one told as one act: its trigger is looked for in the clause's
    [after, before) (before 0: to its end); `held`: a ceremony it names is held (`find_trigger`);
    dates before `attribute_end` belong to a dated attribute of the clause, not to it;
    `trigger_free`: the clause holds no trigger word nor pattern (`triggers.may_hold_trigger`)."""

    span: tuple[int, int]
    after: int = 0
    before: int = 0
    held: bool = False
    attribute_end: int = 0
    trigger_free: bool = False


def clause_acts(reading: Reading, span: tuple[int, int]) -> list[Act]:
    """The clause, or its two halves when it joins two acts of different types, each told with
    its own subject (长寿…项目集中签约和中科未来城创新产业园开工活动在长寿举行) or, after 、, its
    own date (该项目力争于明年5月结构封顶、2023年实现竣工并投运) or, after 并, its own modal
    (建设基本完工并计划于9月招生运行). Two ceremonies held by one verb
    (呼兰区举行A揭牌仪式、重点项目集中签约仪式) are two acts too: the second is the whole clause
    with its trigger looked for only after the joiner (the number given with it), so that it
    keeps the holder before the verb. A dated attribute (2011年开工建设的X已经通车) is an act of
    its own, read before the clause's (which carries its subject, X, when it finds none of its
    own): the clause's trigger is looked for after it, the attribute's in it, and its date
    dates the attribute only."""
    start, end = span
    text = reading.doc.text
    clause = text[start:end]
    if not triggers.may_hold_trigger(clause):
        # most clauses: no act in them, nor in a part that ends them (the second of two acts, the
        # clause after a dated attribute), which a trigger pattern matching there would match in
        # the whole clause too
        return [Act(span, trigger_free=True)]
    spanned = _span_of_two_acts(reading, start, end)
    if spanned is not None:
        return spanned
    attribute_end = _dated_attribute(reading, start, end)
    if attribute_end is not None:
        blocked = _clip(blocked_spans(reading, start, end), attribute_end - start, len(clause))
        if triggers.find_trigger(clause[attribute_end - start :], blocked) is not None:
            after = attribute_end - start
            return [Act(span, before=after), Act(span, after=after, attribute_end=attribute_end)]
    if len(clause) > vocab.ACT_SPLIT_MAX_LEN or _ACT_JOINER.search(clause) is None:
        return [Act(span)]
    blocked = blocked_spans(reading, start, end)
    for joiner in vocab.ACT_JOINERS:
        at = clause.find(joiner)
        while at > 0:
            after = at + len(joiner)
            planned_after = joiner != vocab.AND_THEN or clause.startswith(vocab.PLAN_AFTER_AND_THEN, after)
            if planned_after and not any(b <= at < e for b, e in blocked):
                first = triggers.find_trigger(clause[:at], _clip(blocked, 0, at))
                if first is None:
                    at = clause.find(joiner, after)
                    continue
                ceremonies = clause[first.end : at] in vocab.CEREMONY_NOUNS and clause.endswith(
                    vocab.CEREMONY_NOUNS
                )
                held = ceremonies and _HOLDING.search(clause, 0, first.start) is not None
                second = triggers.find_trigger(clause[after:], _clip(blocked, after, len(clause)), held)
                attributive = second is not None and clause.startswith(vocab.ATTRIBUTIVE, after + second.end)
                if (
                    second is not None
                    and second.start > 0
                    and (first.type != second.type or joiner == vocab.AND_THEN)
                    and not attributive
                ):
                    if held:
                        return [Act((start, start + at)), Act(span, after=after, held=True)]
                    # after 、, a date of its own or a subject of its own (…生产线竣工投运、电科蓝天
                    # 成功登陆科创板) makes a second act
                    own_date = joiner != vocab.NOUN_LIST_MARK or _dated_at(reading, start + after)
                    own_date = own_date or _own_subject(reading, start + after, start + after + second.start)
                    if first.end == at and own_date:
                        return [Act((start, start + at)), Act((start + after, end))]
            at = clause.find(joiner, after)
    return [Act(span)]


def _span_of_two_acts(reading: Reading, start: int, end: int) -> list[Act] | None:
    """从2017年5月26日签约至2017年11月20日1号轨道梁厂正式投产下线: a span of time told from one
    dated act to another in one clause; the act it runs to, with its own date, is an act of its
    own (the part after 从 stays a step of the story, as before); None for any other clause
    (从签约到投产仅用5个月 tells how fast, no act dated)."""
    text = reading.doc.text
    if text[start] not in vocab.SPAN_FROM_HEADS or not _dated_at(reading, start + 1):
        return None
    for head in vocab.SPAN_TO_HEADS:
        at = text.find(head, start + 1, end)
        while at > 0:
            if _dated_at(reading, at + 1):
                first = triggers.find_trigger(text[start + 1 : at], ())
                second = triggers.find_trigger(text[at + 1 : end], ())
                if first is not None and second is not None:
                    return [Act((start, at)), Act((at + 1, end))]
            at = text.find(head, at + 1, end)
    return None


def _own_subject(reading: Reading, start: int, trigger_at: int) -> bool:
    """True when the words from `start` to a second act's trigger name a subject of their own:
    something besides dates and cues, and no act of a list (奠基、开工、投产或竣工剪彩; acts of
    works listed under one verb, 正在进行设备安装、调试和试生产)."""
    text = reading.doc.text
    if triggers.find_trigger(text[start:trigger_at], ()) is not None:
        return False
    if _WORKS_ACTS_ONLY.fullmatch(text, start, trigger_at) is not None:
        return False
    return not names_nothing(text, reading.dates, start, trigger_at)


def _dated_attribute(reading: Reading, start: int, end: int) -> int | None:
    """Where a dated attribute opening a clause ends (after its 的): a date, then an act verb
    right before 的 (2011年开工建设的“四纵四横”…已经通车, 2019年建成投用的重庆东站). Its date is
    the attribute's act's, not the clause's."""
    text = reading.doc.text
    if text.find(vocab.ATTRIBUTIVE, start, end) < 0:
        return None  # most clauses: no 的 at all
    for found in reading.dates.within(start, end):
        at = text.find(vocab.ATTRIBUTIVE, found.end, min(end, found.end + vocab.ATTRIBUTE_MAX_LEN))
        if at < 0:
            continue
        verb = triggers.find_trigger(text[found.end : at])
        if verb is not None and verb.end == at - found.end and text[found.end : found.end + verb.start] in (
            vocab.DATE_TRIGGER_GAP
        ):
            return at + 1
    return _placed_attribute(reading, start, end)


def _placed_attribute(reading: Reading, start: int, end: int) -> int | None:
    """Where an attribute placing its act by a venue after 在 ends (after its 的): 在主会场开工的X
    项目总投资105亿元, 在宜宾签约的X项目, as a dated one does."""
    text = reading.doc.text
    venue = _venue_after_zai(reading, start, end)
    if venue is not None and _act_before_de(text, venue, end, vocab.VENUE_TRIGGER_GAP):
        return text.find(vocab.ATTRIBUTIVE, venue, end) + 1
    return None


def _act_before_de(text: str, at: int, end: int, gaps: tuple[str, ...]) -> bool:
    """An act verb ends right before the first 的 after `at` (within ATTRIBUTE_MAX_LEN), with
    nothing but one of `gaps` between `at` and the verb."""
    de = text.find(vocab.ATTRIBUTIVE, at, min(end, at + vocab.ATTRIBUTE_MAX_LEN))
    if de < 0:
        return False
    verb = triggers.find_trigger(text[at:de])
    return verb is not None and verb.end == de - at and text[at : at + verb.start] in gaps


def placed_right_before(reading: Reading, start: int, end: int, trigger_at: int) -> bool:
    """The clause [start, end) opens with a venue right before the trigger (在主会场开工的…):
    an attribute that places the act, as a date does (2020年12月才成立的…)."""
    venue = _venue_after_zai(reading, start, end)
    return venue is not None and reading.doc.text[venue:trigger_at] in vocab.VENUE_TRIGGER_GAP


def _venue_after_zai(reading: Reading, start: int, end: int) -> int | None:
    """Where the venue of a clause opening with 在 ends: a place recognised right after it (在宜宾)
    or a word ending in a venue noun (在主会场, 在分会场); None for anything else."""
    if not reading.doc.text.startswith(vocab.VENUE_ATTRIBUTE_HEAD, start):
        return None
    at = start + len(vocab.VENUE_ATTRIBUTE_HEAD)
    places = (m for m in reading.recognition.within(at, end) if m.start == at and m.type == "place")
    place = next(places, None)
    if place is not None:
        return place.end
    venue = _VENUE_NOUN.match(reading.doc.text, at, end)
    return venue.end() if venue is not None else None


def _dated_at(reading: Reading, at: int) -> bool:
    """True when a date expression starts at an offset (a second act after 、 with its own date)."""
    return any(d.start == at for d in reading.dates.within(at, at + vocab.ACT_SPLIT_MAX_LEN))


def _clip(blocked: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((b - start, e - start) for b, e in blocked if b < end and start < e)
