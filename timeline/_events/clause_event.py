"""The event of one clause: its trigger, date, subject, roles and summary put together.

`milestones` walks the clauses and decides which hold a milestone; `make_event` builds that
milestone's `Event`: the date (`dating`, a heading's date for a chronicle item), the subject
(`subjects`, a visitor by `visits`, the body an authority acts through, a published title), its
roles (`roles`) and its summary (`summary`). `attribute_status` gives an act told as an
attribute (2018年签约落户的X) its own status.
"""

from __future__ import annotations

import attrs

from timeline._events import dating, subjects, summary, triggers, visits, vocab
from timeline._events.attributes import is_attributive
from timeline._events.carried import Carried
from timeline._events.ceremonies import ceremony_subject, held_meeting, named_where_held, occasion_holder
from timeline._events.ceremony_subjects import ceremony_site
from timeline._events.context import Reading
from timeline._events.entities import Found
from timeline._events.roles import event_roles
from timeline._events.sentences import Sentence
from timeline._events.works_places import works_place
from timeline._events.written_places import as_written
from timeline.dates import TimeExpr
from timeline.model import Event, EventEntity

#: What may end a clause after its last word: spaces, full stops and closing quotes.
_CLAUSE_TAIL_MARKS = " \u3000\n" + "".join(vocab.FULL_STOPS) + vocab.CLOSERS


@attrs.define()
class Made:
    """An event made from a clause; `carried` when its subject came from an earlier clause."""

    event: Event
    phrase_mention: Found | None
    carried: bool


def attribute_status(reading: Reading, made: Made, attribute: str, trigger: triggers.Trigger) -> Made:
    """The event of an act told in an attribute opening its clause (2018年签约落户的X将于明年
    投产): its status is the attribute's, not the plan the clause goes on to tell."""
    told = triggers.status(attribute, trigger)
    if made.event.status != "planned" or told == "planned":
        return made
    status = dating.dated_status(told, made.event.date, reading.article.pub_date)
    return attrs.evolve(made, event=attrs.evolve(made.event, status=status))


def _heading_date(reading: Reading, sentence: Sentence, date: TimeExpr) -> TimeExpr | None:
    """The date a clause of work under way takes from before it: only one heading the sentence
    (6月初，记者…看到，工人正忙碌建设…); the date of an earlier act in the sentence is not when the
    work goes on (一期工程已于2023年底建成投产，二期工程正在加快建设: undated)."""
    text = reading.doc.text
    head = reading.dates.within(sentence.start, min(sentence.end, sentence.start + vocab.HEADING_DATE_REACH))
    first = head[0] if head else None
    if first is None or first.expr != date:
        return None
    if text.startswith(vocab.DATELINE_TAILS, first.end):
        return date  # 本报北京4月15日电 …: the dateline's day
    return None if text[sentence.start : first.start].strip(vocab.SENTENCE_HEAD_FILLERS) else date


def _delegation(reading: Reading, start: int, trigger_at: int) -> tuple[EventEntity | None, Found | None]:
    """A visiting delegation named by its body (济南市投促局开发区一行到…考察): the body's name
    and the words after it up to the delegation mark."""
    text = reading.doc.text
    for mark in vocab.DELEGATION_MARKS:
        at = text.rfind(mark, start, trigger_at)
        if at < 0:
            continue
        bodies = [
            m
            for m in reading.recognition.within(start, at)
            if m.type not in ("person", "place") and 0 <= at - m.end <= vocab.DELEGATION_NAME_GAP
        ]
        if not bodies:
            continue
        body = bodies[-1]
        if body.end == at:
            return subjects.as_subject(body), None
        if not text[body.end : at].isalnum():  # words of a name only, no mark between
            continue
        name = text[body.start : at]
        mention = (
            Found(body.start, at, name, body.type, -1) if reading.doc.is_faithful(body.start, at) else None
        )
        return EventEntity(name, body.type, "subject"), mention
    return None, None


def _published_title(trigger: triggers.Trigger, mentions: list[Found], after: int) -> Found | None:
    """The title a periodical or book is published under (发行《垣民之友》期刊): the subject of
    its publication, the first title after the trigger."""
    if trigger.surface not in vocab.PUBLICATION_TRIGGERS:
        return None
    return next((m for m in mentions if m.start >= after and m.type == vocab.TITLE_TYPE), None)


def _fitting_before(
    reading: Reading,
    sentence: Sentence,
    span: tuple[int, int],
    trigger: triggers.Trigger,
    mentions: list[Found],
) -> EventEntity | None:
    """The nearest thing named earlier in the sentence that the trigger accepts (a works for
    建成), for a clause whose subject carried in does not fit it (a place): what the sentence has
    been telling about. None when the sentence names none."""
    after = span[0] + trigger.end
    for found in reversed(reading.recognition.within(sentence.start, span[0])):
        if found.type in vocab.FALLBACK_SKIP_TYPES:
            continue
        candidate = subjects.as_subject(found)
        if subjects.fits(reading.recognition, trigger, candidate, mentions, after):
            return candidate
    return None


def make_event(
    reading: Reading,
    sentence: Sentence,
    span: tuple[int, int],
    trigger: triggers.Trigger,
    mentions: list[Found],
    previous_subject: Carried,
    frames: tuple[tuple[int, int], ...],
    ceremony: tuple[int, int] | None = None,
    attribute_end: int = 0,
) -> Made | None:
    """The event of one clause with a trigger (with the mention of its subject when that is a
    noun phrase of its own); None when the clause reports no milestone after all. Dates before
    `attribute_end` belong to a dated attribute of the clause (2011年开工建设的…), not to it.

    In stages: the clause's date, clauses that tell no act (`_tells_no_act`), the subject
    (`_event_subject`), its status (`_dated_status`), roles, confidence (`_confidence`) and the
    summary (`_summary_span`)."""
    doc, recognition, dates = reading.doc, reading.recognition, reading.dates
    clause_start, clause_end = span
    if not doc.is_faithful(clause_start, clause_end):
        return None
    text = doc.text
    clause = text[clause_start:clause_end]
    trigger_at = clause_start + trigger.start
    trigger_end = clause_start + trigger.end
    date = dating.clause_date(text, dates, sentence, span, trigger_at, frames, attribute_end)
    copula = triggers.copula_before(clause, trigger)
    if _tells_no_act(reading, span, clause, trigger, mentions, date, copula):
        return None
    visit = visits.visit_span(sentence, trigger_at) if trigger.surface in vocab.VISIT_TRIGGERS else None
    subject, phrase_mention, named, carried = _event_subject(
        reading, sentence, span, trigger, mentions, previous_subject, ceremony, visit, copula
    )
    if subject is not None and (holder := occasion_holder(reading, span, subject, mentions)) is not None:
        subject, phrase_mention = holder, None  # 银川市2022年第一批…推进会在…举行: 银川市 held it
    parties = None if subject is None else subjects.joined_parties(recognition, trigger, subject)
    if parties is not None:
        (subject, partner), phrase_mention = parties, None  # 王善平与谢景林签署: two parties
    if subject is None or not subjects.fits(recognition, trigger, subject, mentions, trigger_end):
        return None
    undated_move = trigger.surface in vocab.DATED_ONLY_TRIGGERS and date is None
    if undated_move and not (named and not carried and subject.type in vocab.MOVING_BODY_TYPES):
        return None  # 居民陆续迁至新居: undated, a move of people is no milestone
    if trigger.surface in vocab.MOVE_TRIGGERS and subject.name.endswith(vocab.MOVING_PEOPLE):
        return None  # 3月，200户居民迁入新居: people moving, dated or not, are no body's milestone
    date, status = _dated_status(reading, sentence, span, clause, trigger, date)
    if _scope_of_a_plan(clause, trigger, date, status):
        return None  # 计划建成年产…生产线, 拟建成…4条生产线: what the project is to hold
    roles = event_roles(doc, recognition, reading.owners, subject, mentions, trigger_end, visit)
    if parties is not None and all(role.name != partner.name for role in roles):
        roles = (*roles, partner)  # the other party, written inside the phrase read as one name
    roles = as_written(text, recognition, sentence.start, sentence.end, roles)
    summary_span = _summary_span(reading, sentence, span, clause, trigger, subject, visit)
    if summary_span is None:
        return None
    start_char, end_char = doc.original_span(*summary_span)
    event = Event(
        type=trigger.type,
        trigger=trigger.surface,
        status=status,
        date=date,
        summary=text[summary_span[0] : summary_span[1]],
        sentence=text[sentence.start : sentence.end],
        article_id=reading.article.id,
        start_char=start_char,
        end_char=end_char,
        entities=roles,
        confidence=_confidence(date, named, trigger),
    )
    return Made(event, phrase_mention, carried)


def _tells_no_act(
    reading: Reading,
    span: tuple[int, int],
    clause: str,
    trigger: triggers.Trigger,
    mentions: list[Found],
    date: TimeExpr | None,
    copula: int | None,
) -> bool:
    """A clause whose trigger tells no act of its own: a head dated only by a date the clause lacks,
    an undated act governing a set, a batch described, an attributive trigger (not after a
    copula), words reported by a person named right before the trigger."""
    clause_start, clause_end = span
    trigger_at = clause_start + trigger.start
    dated_only = trigger.surface.startswith(vocab.DATED_ONLY_HEADS)
    if dated_only and not reading.dates.within(clause_start, clause_end):
        return True
    if date is None and triggers.governs_a_set(clause, trigger):
        return True
    if triggers.describes_a_batch(clause, trigger):
        return True
    if copula is None and is_attributive(reading, clause_start, clause, trigger):
        return True
    return triggers.is_reporting(trigger, clause) and any(
        m.type == "person" and 0 <= trigger_at - m.end <= 1 for m in mentions
    )


def _event_subject(
    reading: Reading,
    sentence: Sentence,
    span: tuple[int, int],
    trigger: triggers.Trigger,
    mentions: list[Found],
    previous_subject: Carried,
    ceremony: tuple[int, int] | None,
    visit: tuple[int, int] | None,
    copula: int | None,
) -> tuple[EventEntity | None, Found | None, bool, bool]:
    """The event's subject, its phrase mention, whether it is a recognised name and whether it
    was carried from an earlier clause: a visitor (`_visitor`), a ceremony's subject, the meeting
    held, a published title, else the subject the clause names (`_clause_subject`)."""
    recognition = reading.recognition
    trigger_at = span[0] + trigger.start
    trigger_end = span[0] + trigger.end
    if visit is not None:
        subject, phrase_mention = _visitor(reading, span, trigger, mentions, visit)
        return subject, phrase_mention, subject is not None, False
    if ceremony is not None:
        subject, phrase_mention = ceremony_subject(reading, ceremony, trigger, span[0])
        return subject, phrase_mention, subject.name in recognition.entities, False
    if (held := held_meeting(mentions, trigger_at, trigger_end)) is not None:
        subject = subjects.as_subject(held)
        return subjects.founded_body(subject, recognition) or subject, None, True, False
    if (title := _published_title(trigger, mentions, trigger_end)) is not None:
        return subjects.as_subject(title), None, True, False
    return _clause_subject(reading, sentence, span, trigger, mentions, previous_subject, copula)


def _visitor(
    reading: Reading,
    span: tuple[int, int],
    trigger: triggers.Trigger,
    mentions: list[Found],
    visit: tuple[int, int],
) -> tuple[EventEntity | None, Found | None]:
    """The visitor of a visit: named, a delegation or a titled visitor, or the chair of a meeting."""
    trigger_at = span[0] + trigger.start
    phrase_mention: Found | None = None
    subject = visits.visitor(reading.recognition, visit, trigger_at, reading.doc.text)
    if subject is None:
        subject, phrase_mention = _delegation(reading, visit[0], trigger_at)
    titled = visits.titled_visitor(reading.doc, visit, trigger_at) if subject is None else None
    if titled is not None:
        subject, phrase_mention = titled
    chaired = subjects.meeting_chaired(subject, span, mentions, trigger)
    if chaired is not None:
        subject, phrase_mention = chaired, None
    return subject, phrase_mention


def _clause_subject(
    reading: Reading,
    sentence: Sentence,
    span: tuple[int, int],
    trigger: triggers.Trigger,
    mentions: list[Found],
    previous_subject: Carried,
    copula: int | None,
) -> tuple[EventEntity | None, Found | None, bool, bool]:
    """The subject the clause names (before its copula: 'X是…<trigger>的主楼'), the unit acted
    on, the place whose share works named by their kind alone are (`works_places`), the subject
    carried from before (the works built, the place that held a meeting), the works of a
    ceremony's site or the first party; a carried subject that does not fit the trigger gives way
    to a fitting one named before it."""
    doc, recognition = reading.doc, reading.recognition
    trigger_end = span[0] + trigger.end
    carried = False
    # 'X是…<trigger>的主楼': the subject is read before the copula
    told_of = trigger if copula is None else attrs.evolve(trigger, start=copula, end=copula + 1)
    subject, phrase_mention = subjects.subject_of(doc, recognition, reading.dates, span, mentions, told_of)
    named = subject is not None and subject.name in recognition.entities
    if subject is None and (unit := subjects.acted_on(doc, span, mentions, trigger)) is not None:
        subject, phrase_mention = unit  # 撤销陕县，设立三门峡市陕州区: the unit acted on
    if (member := subjects.listed_member(doc, span, mentions, trigger, subject)) is not None:
        subject, phrase_mention = member  # 13个…项目集中开工，包括A、B: the first member listed
    if subject is None and (share := works_place(reading, sentence, span, told_of, mentions)) is not None:
        subject, phrase_mention = share  # 秋季项目集中开工: the place whose share the works are
    if subject is None and (held := named_where_held(reading, span)) is not None:
        subject, phrase_mention = held  # …入驻签约仪式在昆举行: the ceremony named where it is held
    if subject is None:
        subject, carried = previous_subject.get(), True
        built = None if subject is None else subjects.work_built(doc, span, mentions, trigger, subject)
        if built is not None:
            subject, carried = built, False  # …园区已经开工，今年建成宜宾港三期工程: the works built
        if subject is not None and trigger.type in vocab.ACTS_AT_A_MEETING:
            # …恳谈会在昌吉召开，4个县市…签订合作协议: the place that held it
            subject = subjects.meeting_place(doc, recognition, sentence.start, span, subject) or subject
    if subject is None and (site := ceremony_site(doc, span, mentions, trigger)) is not None:
        (subject, phrase_mention), carried = site, False  # 在X项目举行开工仪式: the works of the site
    if subject is None:
        subject = subjects.first_party(doc.text, span, mentions, span[0] + trigger.start)
    if subject is None:
        thing_built = subjects.object_built(doc, recognition, reading.dates, span, mentions, trigger)
        if thing_built is not None:
            subject, phrase_mention = thing_built  # 到2010年，基本建成亦庄卫星城: the works built
    fitting = subject is None or subjects.fits(recognition, trigger, subject, mentions, trigger_end)
    if carried and not fitting:  # 肇东市引进…建设国际高端饮品产业园项目，计划3年建成: the works named
        subject = _fitting_before(reading, sentence, span, trigger, mentions) or subject
    return subject, phrase_mention, named, carried


def _dated_status(
    reading: Reading,
    sentence: Sentence,
    span: tuple[int, int],
    clause: str,
    trigger: triggers.Trigger,
    date: TimeExpr | None,
) -> tuple[TimeExpr | None, str]:
    """The event's date and status: the status the clause tells, the date of a plan, a heading's
    date for work under way undated in its clause, and the status that date gives."""
    told = triggers.status(clause, trigger)
    date = dating.planned_date(told, date, clause)
    if told == "ongoing" and date is not None and not reading.dates.within(*span):
        date = _heading_date(reading, sentence, date)
    return date, dating.dated_status(told, date, reading.article.pub_date)


def _scope_of_a_plan(clause: str, trigger: triggers.Trigger, date: TimeExpr | None, status: str) -> bool:
    """An undated plan to build something named after 建成 (拟建成片剂、丸剂…4条生产线, 将建成集…于
    一体的…基地): the scope of a project, no milestone (annotation README: general plans without a
    date). A plan with a date (计划年内建成日处理500吨选矿厂) or nothing after 建成 (计划3年建成,
    计划在2年内建成: the project's own completion) stays."""
    if trigger.surface != vocab.COMPLETION_TRIGGER or status != "planned" or date is not None:
        return False
    return bool(clause[trigger.end :].strip(_CLAUSE_TAIL_MARKS))


def _confidence(date: TimeExpr | None, named: bool, trigger: triggers.Trigger) -> float:
    """The event's confidence: a base, more for a date, a recognised subject, a specific trigger."""
    confidence = vocab.CONFIDENCE_BASE
    confidence += vocab.CONFIDENCE_DATED if date is not None else 0.0
    confidence += vocab.CONFIDENCE_NAMED_SUBJECT if named else 0.0
    confidence += vocab.CONFIDENCE_SPECIFIC_TRIGGER if len(trigger.surface) > 2 else 0.0
    return round(min(confidence, 1.0), 2)


def _summary_span(
    reading: Reading,
    sentence: Sentence,
    span: tuple[int, int],
    clause: str,
    trigger: triggers.Trigger,
    subject: EventEntity,
    visit: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The span of the event's summary (from the visitor for a visit; the clause when the summary
    is not the article's own words); None when what a report goes on to is a figure, no act."""
    doc, text = reading.doc, reading.doc.text
    clause_end = span[1]
    summary_start, summary_end = summary.summary_span(text, sentence, span, span[0] + trigger.end)
    if visit is not None and subject.type == "person":
        named_at = (m.start for m in reading.recognition.within(*visit) if m.name == subject.name)
        visitor_at = max(named_at, default=None)
        summary_start = summary.from_visitor(sentence, span, visitor_at)
    if summary_end > clause_end and triggers.is_reporting(trigger, clause):
        if triggers.is_statistic(text[clause_end:summary_end]):
            return None  # 消息透露，今年前10个月…累计完成投资…: a figure reported, no act
    if not doc.is_faithful(summary_start, summary_end):
        return span
    return summary_start, summary_end
