"""Milestones: the walk over prose paragraphs, sentences and clauses that makes events.

Each clause with a trigger (`triggers`) whose conditions hold becomes one event, dated by
`dating`, given its subject by `subjects` (a visitor by `visits`) and roles by `roles`; opinions
(and a speaker's list of proposals after 建议), statistics (`tallies`), attributive triggers
(成立的…), a speaker introducing what follows, an undated bare act in a speech (`speeches`) and the
same event twice in one sentence (`retold`, `repeats`) are left out. A clause is split into its
acts (`acts`) first, a ceremony is joined to the clause holding it (`ceremonies`) and frames date
only themselves (`frames`). A clause
without a trigger still passes its subject on to the clauses after it (长安汽车…，预计2026年建成投产;
`carried`). The event of each clause kept is put together by `clause_event`.
"""

from __future__ import annotations

import re
from functools import partial

import attrs

from timeline._events import dating, noun_phrase, subjects, triggers, vocab
from timeline._events.acts import Act, blocked_spans, clause_acts
from timeline._events.attributes import attribute_span, is_attributive
from timeline._events.carried import (
    Carried,
    Link,
    Unread,
    act_told,
    anchored,
    announced,
    announced_works,
    counted_at_the_occasion,
    counted_batch,
    kind_unveiled,
    modal_before,
    paragraph_topic,
    parties_told,
)
from timeline._events.ceremonies import may_be_held_at, meeting_held, with_held_ceremonies
from timeline._events.clause_event import Made, attribute_status, make_event
from timeline._events.cleanup import PROSE, Document
from timeline._events.context import Reading
from timeline._events.dating import Dates
from timeline._events.entities import Found, Recognition
from timeline._events.frames import in_frame, meeting_framed, sentence_frames
from timeline._events.holders import counted_where_framed
from timeline._events.repeats import without_headlines, without_repeats, without_teasers
from timeline._events.retold import counted_again, graded_topic, told_again
from timeline._events.roles import Owners
from timeline._events.sentences import Sentence, split
from timeline._events.speeches import said_not_told
from timeline._events.tallies import (
    Period,
    clause_is_tally,
    counted_over_a_period,
    counts_a_set,
    generic_bodies_brought_in,
    generic_trend,
)
from timeline._events.topic_chain import (
    named_after_category,
    opening_thing,
    opens_nothing,
    resolved,
    site_reported,
)
from timeline.dates import TimeExpr
from timeline.model import Article, Event, EventEntity

_QUOTED = re.compile("[“”\"]")
#: 将 as 把 before a thing and the verb that designates it (将…学院楼命名为…): an act whose agent
#: is the speaker of the report before it.
_SPEAKER_DISPOSES = re.compile(vocab.JIANG_DISPOSAL)
_SEMICOLONS = tuple(vocab.SEMICOLONS)
#: At most this many characters of clauses whose subject phrase was not read yet are kept
#: aside (`Milestones.read_later`): enough for a long article, few enough to search quickly.
UNREAD_REACH = 20_000
UNREAD_CLAUSES = 500
LONGEST_SENTENCE = 2_000
"""Characters of the longest sentence read for events (the longest of the real corpus has 776).
A longer run of text without a sentence break is no prose (a table, a blob), and many clause
patterns take time quadratic in the length of what they search: 8,000 digits took 6.5 CPU s,
32,000 took 127."""
#: Digits, Chinese numerals and points in a row a sentence read for events may hold: a longer
#: run is no number (an identifier has 18 digits, a table of contents' dot leader about 50), and
#: patterns like `[0-9.]+元$` search it in quadratic time.
LONGEST_NUMERAL_RUN = 80
#: (Its first character apart, so that the regex engine skips to the numerals.)
_NUMERAL_RUN = re.compile(
    f"[{vocab.NUMERAL_CHARACTERS}][{vocab.NUMERAL_CHARACTERS}]{{{LONGEST_NUMERAL_RUN}}}"
)


@attrs.define()
class Milestones:
    """The events of an article, and the noun-phrase subjects they named that no recognised
    name covers (entities and mentions of their own)."""

    events: list[Event] = attrs.Factory(list)
    phrase_entities: dict[str, str] = attrs.Factory(dict)
    phrase_mentions: list[Found] = attrs.Factory(list)
    #: Clauses read as tallies, normalised: the same words printed again are a tally too.
    tallies: set[str] = attrs.Factory(set)
    #: The types of the events found so far.
    types: set[str] = attrs.Factory(set)
    #: Subject phrases read in clauses without a milestone, by name: listed once an event
    #: carries one on (赣龙铁路扩能工程基本完成全线铺架，年底前建成).
    pending: dict[str, Found] = attrs.Factory(dict)
    #: The clauses without a milestone whose subject phrase is not in `pending` yet, in order
    #: (`pending_named` reads only those that may name what it is asked for).
    unread: list[Unread] = attrs.Factory(list)
    #: How many characters the clauses of `unread` hold.
    unread_chars: int = 0
    #: How many sentences were not read for events, being no prose (`_prose`).
    skipped_sentences: int = 0

    def read_later(self, clause: Unread) -> None:
        """Keep a clause's subject phrase to be listed once an event carries it on; past
        UNREAD_REACH characters or UNREAD_CLAUSES clauses kept, all are read (each request
        stays bounded)."""
        self.unread.append(clause)
        self.unread_chars += clause.span[1] - clause.span[0]
        if self.unread_chars > UNREAD_REACH or len(self.unread) > UNREAD_CLAUSES:
            for unread in self.unread:
                self._keep(unread.mention())
            self.unread, self.unread_chars = [], 0

    def pending_named(self, text: str, name: str) -> Found | None:
        """The latest subject phrase named `name` read in a clause without a milestone and not
        listed yet (taken out). Only the unread clauses holding the name are read: the phrase
        is words of its clause."""
        kept = []
        for unread in self.unread:
            start, end = unread.span
            if text.find(name, start, end) < 0:
                kept.append(unread)
                continue
            mention = unread.mention()
            if mention is not None and mention.name == name:
                self._keep(mention)
            elif mention is not None:
                kept.append(unread)  # a phrase of another name, kept for when it is asked for
        if len(kept) < len(self.unread):
            self.unread = kept
            self.unread_chars = sum(end - start for start, end in (u.span for u in kept))
        return self.pending.pop(name, None)

    def _keep(self, mention: Found | None) -> None:
        if mention is not None:
            self.pending[mention.name] = mention


def find(article: Article, doc: Document, recognition: Recognition, dates: Dates) -> Milestones:
    """Every milestone of the prose paragraphs of a cleaned article."""
    reading = Reading(article, doc, recognition, dates, Owners(recognition))
    found = Milestones()
    report = min(dates.datelines, default=None)  # where the first report under a dateline starts
    teasers = 0
    titles: int | None = None  # events of the prose lines before the first full stop
    for unit in doc.units:
        if unit.start == report:
            teasers = len(found.events)
        if unit.kind == PROSE:
            if titles is None and vocab.FULL_STOP in doc.text[unit.start : unit.end]:
                titles = len(found.events)
            _paragraph(reading, found, unit.start, unit.end)
    above = found.events[:teasers]
    headlines = found.events[: min(titles or 0, vocab.TITLE_EVENTS_MAX)]
    found.events = without_repeats(found.events)
    found.events = without_teasers(found.events, above)
    found.events = without_headlines(found.events, headlines)
    return found


def _prose(sentence: str) -> bool:
    """Whether a sentence can be read for events in time linear in its length: no longer than
    LONGEST_SENTENCE, no numeral run over LONGEST_NUMERAL_RUN (a hostile article of 2 MB of
    digits kept an ingest busy for days)."""
    return len(sentence) <= LONGEST_SENTENCE and not _NUMERAL_RUN.search(sentence)


def _paragraph(reading: Reading, found: Milestones, start: int, end: int) -> None:
    """The events of one prose paragraph, sentence by sentence: opinions are skipped (and, after
    one opening a list of proposals, the rest of the paragraph); each sentence may carry the
    subject of the one before on."""
    text = reading.doc.text
    proposals = False
    subject = Carried(None)
    planned_run = False  # the sentence before ended in ； under a modal (将启动A…；启动B…；)
    reading.topics.new_paragraph()
    for sentence in split(text, start, end):
        words = text[sentence.start : sentence.end]
        if proposals:
            continue
        if not _prose(words):
            found.skipped_sentences += 1
            continue
        if triggers.is_opinion(words):
            proposals = triggers.opens_opinion_list(words)
            continue
        subject = _sentence(reading, found, sentence, subject, start, planned_run)
        listed = words.endswith(_SEMICOLONS)
        planned_run = listed and (planned_run or _plans_its_acts(words))


def _plans_its_acts(words: str) -> bool:
    """A sentence whose acts are planned by its modal, not by the estimate of a consequence
    (…，达产后预计新增年产值…；)."""
    return triggers.status(triggers.without_consequences(words)) == "planned"


@attrs.define(slots=True)
class _SentenceWalk:
    """What the reading of one sentence's acts keeps from act to act (`_sentence`): kept in one
    object so that each stage of an act is a function of its own without re-computing it."""

    reading: Reading
    found: Milestones
    sentence: Sentence
    frames: tuple[tuple[int, int], ...]
    ceremonies: dict[tuple[int, int], tuple[int, int]]
    carried_in: Carried
    paragraph_start: int
    planned_run: bool
    period: Period
    #: The subject the next clause may take from those before it.
    previous_subject: Carried = attrs.Factory(lambda: Carried(None))
    #: The subject the sentences after this one are about (returned by `_sentence`).
    last: Carried = attrs.Factory(lambda: Carried(None))
    #: Each clause so far, and whether it carried the subject of the one before (its modal too).
    chain: list[Link] = attrs.Factory(list)
    #: Inside a 随着… frame: one opened, and each clause since names no subject.
    framing: bool = False
    framing_since: list[Unread] = attrs.Factory(list)
    #: The act of a frame that made no event, waiting for the subject of the clause it frames.
    deferred: tuple[tuple[int, int], triggers.Trigger, list[Found]] | None = None
    #: The events kept so far by type, subject, status and date, with the partners of each.
    seen: dict[tuple[str, str, str, TimeExpr | None], list[frozenset[str]]] = attrs.Factory(dict)
    #: The types of the sentence's events so far.
    sentence_types: set[str] = attrs.Factory(set)
    #: A clause before was a tally of a set (A等N个项目…, 近20个项目…).
    counted_set: bool = False
    #: After a document's words are announced (方案提出，…).
    content: bool = False
    #: After a document was released (印发《…》，…).
    released: bool = False


def _sentence(
    reading: Reading,
    found: Milestones,
    sentence: Sentence,
    carried_in: Carried,
    paragraph_start: int,
    planned_run: bool = False,
) -> Carried:
    """The events of one sentence's clauses.

    A clause that shares the modal of the clause before it (还将A，B), its subject carried over
    and no date of its own, is planned too; so is one opening a part of a list of tasks after a
    ； under a modal (`planned_run`: 2017年，新疆交通将启动A工程…；启动B工程…；). A 继…之后 /
    自…以来 clause is an event of its own with its own date, given the subject of the clause it
    frames; its date dates no other clause.
    A sentence that names no subject before its first milestone continues the subject of the
    paragraph's previous milestone (预计2023年2月开始大批量生产); the last subject is returned.
    Each act is read by `_act`.
    """
    text = reading.doc.text
    clauses, ceremonies = with_held_ceremonies(text, sentence.clauses)
    if _quiet(text, clauses):
        return _quiet_sentence(reading, found, sentence, clauses, carried_in)
    walk = _SentenceWalk(
        reading,
        found,
        sentence,
        sentence_frames(text, reading.dates, sentence),
        ceremonies,
        carried_in,
        paragraph_start,
        planned_run,
        Period.of(text, sentence),
        last=carried_in,
    )
    for act in (part for whole in clauses for part in clause_acts(reading, whole)):
        _act(walk, act)
    return walk.last


def _act(walk: _SentenceWalk, act: Act) -> None:
    """One act of a sentence, in stages: skipped when it is a document's content; its trigger
    (`_act_trigger`); without one, or as a tally, its subject is kept for the clauses after it
    (`_without_milestone`); else the subject it takes from before it (`_carry_subject`), its event
    (`make_event`), left out when it tells an act told already (`_told_already`), and kept
    (`_keep_made`)."""
    reading = walk.reading
    text = reading.doc.text
    span = act.span
    clause_start, clause_end = span
    clause = text[clause_start:clause_end]
    if walk.content:
        return  # what a document says (…印发方案提出，…实施洁净煤托底政策) is no act
    walk.content = _tells_content(clause)
    if walk.released and _tells_what_it_does(clause):
        return  # 印发《工作要点》，将…拟申请升级为国家级经开区的开发区纳入重点经开区: its content
    mentions = resolved(reading.topics, text, reading.dates, span, reading.recognition.within(*span))
    after_lead_words = bool(walk.chain) and all(opens_nothing(told) for told, _ in walk.chain)
    _tell_topics(reading, walk.sentence, after_lead_words, span, mentions)
    trigger = _act_trigger(walk, act, clause, mentions)
    walk.released = walk.released or (trigger is not None and trigger.type == vocab.RELEASE_TYPE)
    tally = trigger is not None and _is_tally(walk, clause, span, trigger)
    walk.period.read(clause)
    if trigger is None or tally:
        _without_milestone(walk, clause, span, mentions)
        return
    _carry_subject(walk, clause, span, trigger)
    made = make_event(
        reading,
        walk.sentence,
        span,
        trigger,
        mentions,
        walk.previous_subject,
        walk.frames,
        walk.ceremonies.get(span) or meeting_framed(clause_start, clause, trigger),
        act.attribute_end,
    )
    if made is not None and act.before:
        made = attribute_status(reading, made, clause[: act.before], trigger)
    walk.chain.append((clause, made is not None and made.carried))
    if made is not None and _told_already(walk, clause, span, trigger, mentions, made):
        return
    walk.framing, walk.framing_since = False, []
    if made is None:
        if in_frame(span, walk.frames) and walk.deferred is None:
            walk.deferred = (span, trigger, mentions)
        return
    _keep_made(walk, made, span)


def _act_trigger(
    walk: _SentenceWalk, act: Act, clause: str, mentions: list[Found]
) -> triggers.Trigger | None:
    """The trigger of an act, outside names and titles and within the act's part of its clause:
    a frame's last act is read without its tail, an attributive trigger gives way to the one after
    the thing it qualifies, and an act with none may be a meeting held."""
    reading = walk.reading
    span = act.span
    clause_start, clause_end = span
    trigger = None
    if not act.trigger_free:  # (every other act holds a trigger word or pattern) blocked spans only then
        blocked = blocked_spans(reading, clause_start, clause_end, mentions)
        if act.after:
            blocked += ((0, act.after),)
        if act.before:
            blocked += ((act.before, len(clause)),)
        trigger = triggers.find_trigger(clause, blocked, held=act.held)
        if trigger is None and clause.endswith(vocab.FRAME_TAILS) and in_frame(span, walk.frames):
            tail = next(t for t in vocab.FRAME_TAILS if clause.endswith(t))
            # 继…建成投产，并生产出首批金锭之后: the frame's last act, its tail set aside
            trigger = triggers.find_trigger(clause[: -len(tail)], blocked, held=act.held)
        if (
            trigger is not None
            and is_attributive(reading, clause_start, clause, trigger)
            and triggers.copula_before(clause, trigger) is None
        ):
            # 试生产的首批新能源汽车下线: the act is told after the thing it qualifies
            trigger = triggers.find_trigger(clause, (*blocked, (0, trigger.end + 1)), held=act.held)
    if trigger is None:
        trigger = meeting_held(reading, clause, mentions, walk.sentence)
    return trigger


def _is_tally(walk: _SentenceWalk, clause: str, span: tuple[int, int], trigger: triggers.Trigger) -> bool:
    """Whether a clause with a trigger is a statistic (`clause_is_tally`), noting whether it counts
    a set whose members the clauses after it go on about."""
    reading = walk.reading
    subset = bool(walk.chain) and walk.chain[-1][0] in vocab.SUBSET_OPENERS
    told_span = attribute_span(reading, span, trigger)
    tally = clause_is_tally(
        walk.period, walk.found.tallies, reading.doc.text, reading.dates, told_span, trigger, subset
    )
    walk.counted_set = walk.counted_set or (tally and counts_a_set(clause, trigger))
    return tally


def _without_milestone(
    walk: _SentenceWalk, clause: str, span: tuple[int, int], mentions: list[Found]
) -> None:
    """A clause telling no milestone: its subject phrase is kept aside, passed on to the clauses
    after it (unless it is an apposition), given to a frame's act waiting for one, and, opening the
    sentence, what the sentences after it are about."""
    reading = walk.reading
    unread = Unread(reading, span, mentions)
    walk.found.read_later(unread)
    if not _apposition(reading, walk.chain, unread):
        walk.previous_subject = Carried(unread, walk.previous_subject)
    if walk.deferred is not None and (subject := unread.subject()) is not None:
        # 自2020年全面启动建设以来，重庆科学城已揭牌成立…: the frame's act is the subject's
        _deferred_event(walk, walk.deferred, subject)
    if not walk.chain:
        walk.last = _sentence_topic(reading, walk.found, walk.sentence, mentions, unread, walk.last)
    walk.chain.append((clause, unread))
    if clause.startswith(vocab.FRAMING_STARTS):
        walk.framing, walk.framing_since = True, []
    elif walk.framing:
        walk.framing_since.append(unread)


def _carry_subject(
    walk: _SentenceWalk, clause: str, span: tuple[int, int], trigger: triggers.Trigger
) -> None:
    """The subject a clause with a trigger and none of its own before it takes: the sentence's
    carried in, an act told before, the place framing it or the paragraph's topic."""
    reading = walk.reading
    found = walk.found
    carried_in = walk.carried_in
    chain = walk.chain
    clause_start = span[0]
    previous_subject = walk.previous_subject
    # the sentence's carried in, when the words before the trigger name nothing (预计2023年2月开始…)
    nothing_named = partial(_carried_when_nothing_named, reading, clause_start, trigger, carried_in)
    previous_subject = previous_subject.or_else(Carried(nothing_named))
    if announced(clause, trigger) and previous_subject.get() is None:
        previous_subject = carried_in  # 市委书记…出席并下达开工令: the act of the subject told
    told_again_by_reference = announced_works(clause, trigger) or parties_told(clause, trigger)
    if told_again_by_reference and previous_subject.get() is None:
        # …宣布项目开工, …代表双方签署协议: the act told before, told again
        previous_subject = Carried(act_told(found.events, trigger.type))
    if (kinds := kind_unveiled(clause, trigger)) is not None:
        carried_kind = previous_subject.get()
        if carried_kind is None or carried_kind.type not in kinds:
            # 共同为实验室揭牌; 省商务厅副厅长张钱江等一同为研究院揭牌: the kind after 为 names the
            # body whose act was told, not the unveilers' bodies carried from the list before
            previous_subject = Carried(act_told(found.events, trigger.type, kinds)).or_else(previous_subject)
    if not chain and subjects.opens_with_partner(clause) and previous_subject.get() is None:
        previous_subject = carried_in  # …签订A项目；与B签订C项目: the list goes on with its subject
    if counted_at_the_occasion(chain, clause, trigger) and previous_subject.get() is None:
        previous_subject = carried_in  # 当天，12家企业进行了现场签约: at the ceremony told
    host = carried_in.get() if counted_batch(clause, trigger) and previous_subject.get() is None else None
    if host is not None and host.type in vocab.BATCH_HOST_TYPES:
        previous_subject = carried_in  # …集中开工仪式。33个重大项目集中签约: the host's batch
    if (held := counted_where_framed(reading, chain, clause, trigger)) is not None:
        previous_subject = Carried(held)  # 在安巢经开区，又有12个项目集中签约: the place's act
    if anchored(reading, clause, span, trigger):
        # the subject carried, else the sentence's carried in, else the paragraph's topic
        topic = partial(paragraph_topic, reading, walk.paragraph_start, clause_start + trigger.start)
        previous_subject = previous_subject.or_else(carried_in.or_else(Carried(topic)))
    walk.previous_subject = previous_subject


def _carried_when_nothing_named(
    reading: Reading, clause_start: int, trigger: triggers.Trigger, carried_in: Carried
) -> EventEntity | None:
    """The subject carried into the sentence, for a clause whose words before its trigger name
    nothing (`subjects.names_nothing`); None for one that names something."""
    trigger_at = clause_start + trigger.start
    named = not subjects.names_nothing(reading.doc.text, reading.dates, clause_start, trigger_at)
    return None if named else carried_in.get()


def _told_already(
    walk: _SentenceWalk,
    clause: str,
    span: tuple[int, int],
    trigger: triggers.Trigger,
    mentions: list[Found],
    made: Made,
) -> bool:
    """Whether the event of an act is an act told already, or no milestone of its own: told again,
    what an act marks, a ceremony's officials, a frame's or a counted set's continuation, a graded
    topic, what an act goes on to, a trend or a roll-up of a period."""
    reading = walk.reading
    text = reading.doc.text
    found = walk.found
    sentence_types = walk.sentence_types
    told_in_sentence = made.event.type in sentence_types
    dated = made.event.date is not None
    if made.carried and told_again(clause[: trigger.start], made.event.subject, told_in_sentence, dated):
        return True
    curtain = trigger.surface.endswith(vocab.CURTAIN_WORDS)
    marking = clause.startswith(vocab.MARKING_OPENERS) and not curtain
    marking = marking or _stage_entered(clause, trigger)
    if marking and made.event.type in sentence_types:
        # 大桥顺利合龙，标志着大桥全线贯通; …举行奠基仪式，进入实质性建设阶段: what the act
        # marks, or the stage it opens, is the act told again
        return True
    officiated = any(word in clause[: trigger.start] for word in vocab.OFFICIATING)
    if sentence_types and officiated:
        # …正式挂牌成立，市长…共同为党工委和指挥部揭牌: the ceremony of the act told, told too
        found.types.add(made.event.type)
        return True
    if counted_again(
        reading, found.types, sentence_types, walk.sentence.start, span, made.event, trigger, found.events
    ):
        return True
    if made.carried and _framed(walk.framing, walk.framing_since):
        return True
    if made.carried and walk.counted_set:
        return True  # …等近20个项目主体竣工，正在进行设备安装，预计…投产: the set counted goes on
    if graded_topic(text, span[1], made.event, found.types, found.events, made.carried):
        return True
    if sentence_types and triggers.governs_a_set(clause, trigger):
        return True  # …签订战略合作协议，启动一系列合作项目: what the act told goes on to, unnamed
    if sentence_types and _performed_again(text, walk.sentence.start, span, trigger, mentions):
        return True  # …奠基暨…揭牌仪式举行，…副省长…、市长…等挥锨奠基: officials performing the act
    if triggers.scene_described(clause, trigger, made.event.date is not None):
        return True  # 麒麟电池高效下线: a scene described, no change
    following = text[span[1] : span[1] + vocab.COPULA_AFTER_REACH]
    if triggers.topic_of_a_copula(clause, trigger, following, made.event.date is not None):
        return True  # 设立河北雄安新区，是…战略选择: what the act is, no report
    if said_not_told(text, walk.sentence.start, span, trigger.end, made.event):
        return True  # 副厅长…表示，…切实推进项目尽快落地，实现投产达产: a speech's aim, no report
    if made.event.type == "signing" and generic_bodies_brought_in(clause, trigger, mentions, span[0]):
        return True  # 引进…优质企业入驻: a kind of bodies sought
    if generic_trend(made.event, clause):
        return True  # 民生项目加快建设: a category of projects, a trend
    # 上半年，西安市6个先进制造业项目竣工: a roll-up of the half-year
    return counted_over_a_period(made.event, clause, mentions)


def _keep_made(walk: _SentenceWalk, made: Made, span: tuple[int, int]) -> None:
    """Keep the event of an act: planned when it shares the modal before it (its own date, if
    any, not wholly past), its subject carried on to the clauses after it, and a frame's act
    waiting for a subject given this one."""
    if (
        made.carried
        and made.event.status == "occurred"
        and (not walk.reading.dates.within(*span) or _plan_may_date(walk, made, span))
        and (modal_before(walk.chain) or (walk.planned_run and len(walk.chain) == 1))
    ):
        made = attrs.evolve(made, event=attrs.evolve(made.event, status="planned"))
    if made.event.subject is not None:
        walk.previous_subject = walk.last = Carried(made.event.subject)
    _add(walk, made)
    if walk.deferred is not None and made.event.subject is not None:
        _deferred_event(walk, walk.deferred, made.event.subject)


def _plan_may_date(walk: _SentenceWalk, made: Made, span: tuple[int, int]) -> bool:
    """A clause dated on its own may still share the modal before it (预计4月30日全面中交，年内投产)."""
    clause = walk.reading.doc.text[span[0] : span[1]]
    return dating.may_date_a_plan(made.event.date, clause, walk.reading.article.pub_date)


def _deferred_event(
    walk: _SentenceWalk, deferred: tuple[tuple[int, int], triggers.Trigger, list[Found]], subject: EventEntity
) -> None:
    """The event of a frame's act that waited for the subject of the clause it frames."""
    span, trigger, mentions = deferred
    framed = make_event(walk.reading, walk.sentence, span, trigger, mentions, Carried(subject), walk.frames)
    walk.deferred = None
    if framed is not None:
        _add(walk, framed)


def _add(walk: _SentenceWalk, made: Made) -> None:
    """List an event and its subject phrase, unless the sentence holds the same act already (same
    type or work stage, subject, status and date, and partners not told apart)."""
    found = walk.found
    event = made.event
    mention = made.phrase_mention
    known = walk.reading.recognition.entities
    if mention is None and event.subject is not None and event.subject.name not in known:
        # (no subject phrase kept aside is a recognised name: `subjects` gives none)
        mention = found.pending_named(walk.reading.doc.text, event.subject.name)
    if mention is not None:
        found.phrase_entities.setdefault(mention.name, mention.type)
        found.phrase_mentions.append(mention)
    walk.sentence_types.add(event.type)
    stage = vocab.WORK_STAGES.get(event.trigger, "")  # 开工…，主体结构已封顶: two stages, two acts
    if not stage and _later_stage_entered(event.trigger):
        stage = event.trigger  # 完成钢结构安装，进入安装电路线管阶段: the next stage, an act of its own
    key = (event.type + stage, event.subject.name if event.subject else "", event.status, event.date)
    partnered = event.type in vocab.PARTNERED_TYPES
    others = frozenset(role.name for role in event.entities if role.role == "object" and partnered)
    told = walk.seen.setdefault(key, [])
    if not any(others == earlier or not (others and earlier) for earlier in told):
        told.append(others)  # another partner (与A签署…，与B签约) is another act
        if _reports(found.events[-1:], event) or _frames(found.events[-1:], event):
            found.events.pop()  # 楚德勤宣布，巨野县…项目开工: the act reported is the milestone
        found.events.append(event)
        found.types.add(event.type)
        if not made.carried and event.subject is not None:
            walk.reading.topics.tell(walk.sentence.start, event.subject)


def _reports(before: list[Event], event: Event) -> bool:
    """True when the event before is a speaker's report (宣布, 披露, 透露 ending its clause) and this
    event's clause is the one right after it, what was reported (鄂尔多斯市政府…对外披露，国务院日前
    正式批复同意…): the act is the milestone, the report none of its own. A report whose next
    clause tells no act (三安光电…披露，其设立的…公司已完成多款产品验证，正式进入风险量产阶段)
    stays."""
    if not before or event.trigger in vocab.REPORTING_TRIGGERS:
        return False
    report = before[0]
    if report.trigger not in vocab.REPORTING_TRIGGERS or report.sentence != event.sentence:
        return False
    if not report.start_char < event.start_char <= report.end_char:
        return False
    reported = report.summary.find(event.summary[: vocab.MIN_PHRASE])
    head = report.summary[:reported]
    breaks = [at for at, char in enumerate(head) if char in vocab.CLAUSE_BREAKS]
    if _SPEAKER_DISPOSES.match(event.summary):
        return False  # 杨元庆宣布，将…学院楼命名为“周光召楼”: the speaker's own act, told by the report
    return reported > 0 and breaks == [len(head) - 1]


def _frames(before: list[Event], event: Event) -> bool:
    """True when the event before is a meeting read from a bare '在<meeting>上' clause (no verb of
    holding: `ceremonies.meeting_held`) of this event's sentence: the meeting is the occasion of
    the act told after it (在2021中国500强企业高峰论坛全体大会上，我省重点合作项目签约仪式举行), no
    milestone of its own; 在…召开的大会上 tells the meeting held, and stays."""
    if not before or before[0].sentence != event.sentence or before[0].type != "meeting":
        return False
    frame = before[0]
    head, tails = vocab.MEETING_PLACE_HEAD, vocab.MEETING_PLACE_TAILS
    return any(frame.summary == head + frame.trigger + tail for tail in tails)


def _quiet(text: str, clauses: list[tuple[int, int]]) -> bool:
    """No clause of the sentence can tell a milestone: none holds a trigger word or pattern
    (`triggers.may_hold_trigger`) nor places itself at a meeting (`may_be_held_at`). Most
    sentences of an article."""
    for start, end in clauses:
        clause = text[start:end]
        if triggers.may_hold_trigger(clause) or may_be_held_at(clause):
            return False
    return True


def _quiet_sentence(
    reading: Reading,
    found: Milestones,
    sentence: Sentence,
    clauses: list[tuple[int, int]],
    carried_in: Carried,
) -> Carried:
    """What `_sentence` reads in a `_quiet` sentence, without the steps that only matter to a
    milestone: each clause's subject phrase is kept aside (`Milestones.read_later`) up to one
    that announces a document's words, and the name or phrase opening the sentence is what the
    sentences after it are about (returned)."""
    text = reading.doc.text
    last = carried_in
    lead_words = True  # every clause so far is lead words alone (同时，|…)
    for index, span in enumerate(clauses):
        clause_start, clause_end = span
        mentions = resolved(reading.topics, text, reading.dates, span, reading.recognition.within(*span))
        _tell_topics(reading, sentence, index > 0 and lead_words, span, mentions)
        unread = Unread(reading, span, mentions)
        found.read_later(unread)
        if index == 0:
            last = _sentence_topic(reading, found, sentence, mentions, unread, last)
        clause = text[clause_start:clause_end]
        lead_words = lead_words and opens_nothing(clause)
        if _tells_content(clause):
            break  # what the document says follows: no clause of its own
    return last


def _tell_topics(
    reading: Reading, sentence: Sentence, after_lead_words: bool, span: tuple[int, int], mentions: list[Found]
) -> None:
    """Tell the topic chain what a clause is about besides its milestone and a sentence's opening:
    the thing it opens with after clauses of lead words alone (`after_lead_words`: 同时，|X项目建设…),
    the works whose site it reports from (记者在X项目建设现场看到); each read when first asked."""
    text = reading.doc.text
    if after_lead_words:
        reading.topics.tell(sentence.start, partial(opening_thing, text, reading.dates, span, mentions))
    if vocab.SITE_WORD in text[span[0] : span[1]]:
        reading.topics.tell(span[0], partial(site_reported, text, reading.dates, span, mentions))


def _sentence_topic(
    reading: Reading,
    found: Milestones,
    sentence: Sentence,
    mentions: list[Found],
    opening: Unread,
    last: Carried,
) -> Carried:
    """What the sentences after this one are about, read from its opening clause: a name opening
    it (…项目是…。…年底主体结构完工), else its subject phrase (赣龙铁路扩能工程是国家重点工程。…;
    not one running through a quoted slogan: 国家“十三五”规划重点工程项目拉林铁路是…), read
    when asked, `last` when it has none. `mentions` are the opening clause's. The clause's
    subject is told to the topic chain (`_opening_subject`)."""
    topic = subjects.topic_of(reading.doc.text, mentions, opening.span[0])
    title = _caption_title(reading, sentence, opening.span)
    reading.topics.tell(sentence.start, partial(_opening_subject, title or opening))
    if topic is not None:
        return Carried(topic)
    if title is not None:
        found.read_later(title)
    return Carried(partial(_opening_phrase, title or opening), last)


def _opening_subject(clause: Unread) -> EventEntity | None:
    """The subject of a clause opening a sentence, a name or a phrase: what the sentence is about,
    for the topic chain; of a phrase running through a quoted slogan, the name after its category
    (国家“十三五”规划重点工程项目拉林铁路 → 拉林铁路), or nothing."""
    subject, mention = clause.read()
    if mention is None or not _QUOTED.search(mention.name):
        return subject
    return named_after_category(mention.name)


def _opening_phrase(clause: Unread) -> EventEntity | None:
    """The subject phrase of a clause opening a sentence with no milestone, as what the sentences
    after it are about, unless it runs through a quotation."""
    subject, mention = clause.read()
    return subject if mention is not None and not _QUOTED.search(mention.name) else None


def _caption_title(reading: Reading, sentence: Sentence, span: tuple[int, int]) -> Unread | None:
    """A sentence that is only a noun phrase after its attribute (江苏省援建的拉萨江苏路。1998年
    建成): a caption's title, about the thing after the last 的, which the sentences after it go
    on about."""
    start, end = span
    if len(sentence.clauses) != 1:
        return None
    text = reading.doc.text
    at = text.rfind(vocab.ATTRIBUTIVE, start, end)
    if at < 0 or end - at - 1 < vocab.MIN_PHRASE or text.find(vocab.COPULA, start, at) >= 0:
        return None  # (not 这是我国最大的光伏电站: what a thing told before is)
    return Unread(reading, (at + 1, end), reading.recognition.within(at + 1, end))


def _framed(framing: bool, since: list[Unread]) -> bool:
    """Inside a 随着… frame: one was opened and no clause since names a subject."""
    return framing and all(clause.subject() is None for clause in since)


def _apposition(reading: Reading, chain: list[Link], unread: Unread) -> bool:
    """A clause that only says what the name opening the sentence is (昌都金河水电厂，国家“十五”
    重点电力建设项目和援藏工程，2001年12月开工): a noun phrase ending in a head noun right after a
    clause that is a name and nothing else. It names no new subject: the clauses after it go on
    about the name."""
    if len(chain) != 1 or isinstance(chain[0][1], bool):
        return False
    text = reading.doc.text
    start, end = unread.span
    if not noun_phrase.head_ending_at(text, end, start):
        return False
    named = chain[0][1]
    subject, mention = named.read()
    if subject is None:
        return False
    first_start, first_end = named.span
    whole = mention is not None and (mention.start, mention.end) == (first_start, first_end)
    known = reading.recognition.within(first_start, first_end)
    whole = whole or any((m.start, m.end) == (first_start, first_end) for m in known)
    own = unread.mention()
    return whole and (own is None or own.start == start)


def _stage_entered(clause: str, trigger: triggers.Trigger) -> bool:
    """A clause that only enters a stage (进入实质性建设阶段): told after an act of its type in
    the same sentence, it is that act's consequence; a later stage of works (转入装饰装修阶段,
    步入设备安装阶段) is a stage of its own."""
    entered = clause.startswith(vocab.STAGE_ENTERED) and trigger.start == 0
    return entered and not _later_stage_entered(trigger.surface)


def _later_stage_entered(surface: str) -> bool:
    """步入设备安装阶段, 转入装饰装修…阶段, 项目进入收尾: a later stage of works entered."""
    entered = any(verb in surface for verb in vocab.STAGE_ENTERED)
    stages = (*vocab.LATER_WORKS_STAGES, *vocab.CLOSING_WORKS_STAGES)
    return entered and any(stage in surface for stage in stages)


def _performed_again(
    text: str, sentence_start: int, span: tuple[int, int], trigger: triggers.Trigger, mentions: list[Found]
) -> bool:
    """People named before a trigger whose act the sentence named already (…奠基暨…揭牌仪式
    举行，…副省长虞海燕、市长王锐等挥锨奠基): after an event of the sentence, officials performing
    the ceremony's act told. (After 宣布园区奠基, which gives none, their act is the milestone.)"""
    at = span[0] + trigger.start
    people = any(m.type == "person" and m.end <= at for m in mentions)
    return people and text.find(trigger.surface, sentence_start, span[0]) >= 0


def _tells_content(clause: str) -> bool:
    """A clause naming a document and ending in a verb that announces its words (方案提出,
    《意见》明确): the rest of the sentence is what the document says."""
    return clause.endswith(vocab.CONTENT_VERBS) and (
        vocab.TITLE_CLOSE in clause or any(noun in clause for noun in vocab.DOCUMENT_NOUNS)
    )


def _tells_what_it_does(clause: str) -> bool:
    """A clause after a document's release that tells what the document does (将A纳入B, 对…提出
    要求, 明确…): its content, not an act (not 将于3月1日起施行, the document's own plan)."""
    return clause.startswith(vocab.DOCUMENT_CONTENT_OPENERS) and not clause.startswith(
        vocab.NOT_DOCUMENT_CONTENT_OPENERS
    )
