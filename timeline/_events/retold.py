"""Acts told again: a clause whose act is one already told, counted (…集中动工活动，142个项目签约
动工), proclaimed (出席活动并宣布开工), told of the whole (并全部并网发电) or graded (…揭牌，
标志着…跨出了历史性的一步). It gives no event of its own.
"""

from __future__ import annotations

import re

from timeline import _regex
from timeline._events import triggers, vocab
from timeline._events.context import Reading
from timeline._events.entities import Found
from timeline._typed import lru_cached
from timeline.model import Event, EventEntity

COUNTED = re.compile("[" + vocab.COUNT_NUMERALS + "]+[" + vocab.MEASURE_WORDS + vocab.COUNT_GROUP_WORDS + "]")
_PROJECTS_COUNTED = re.compile("[" + vocab.COUNT_NUMERALS + "]+" + vocab.PROJECT_MEASURE)
_PROJECTS_AFTER = re.compile(vocab.PERIOD_PROJECT_COUNT)
_AT_THE_CEREMONY = re.compile(
    "(?:" + vocab.AT_THE_CEREMONY_PLACE + ")?" + _regex.alternation_source(vocab.AT_THE_CEREMONY)
)


@lru_cached(maxsize=256)
def _named_ceremony(surface: str) -> re.Pattern[str]:
    """A ceremony named by an act (集中开工签约仪式 names 签约 and 开工)."""
    return re.compile(re.escape(surface) + vocab.CEREMONY_NAME_AFTER_ACT)


def _has_also(words: str) -> bool:
    """True when the words hold an adverb of addition (也, 又): what follows is another act."""
    return any(word in words for word in vocab.ALSO_ADVERBS)


def counted_again(
    reading: Reading,
    article_types: set[str],
    sentence_types: set[str],
    sentence_start: int,
    span: tuple[int, int],
    event: Event,
    trigger: triggers.Trigger,
    told: list[Event],
) -> bool:
    """A count before the trigger of an act already told (…集中动工活动，142个项目签约动工; 仪式上，
    …等16个项目进行了集中签约 after the ceremony's sentence): the same act counted, no milestone
    of its own. In its sentence when the count opens the clause; later in the article (whose
    events so far, `told`, have `article_types`) when the event has no date and counts projects
    (N个) of which it names none (X等6个项目开工 is a batch of its own, 两家实验室上榜 a pair),
    unless a place named before the count gives its own share of the day's acts: not when that
    place held the act told last (杭州市临平区举行…集中开工活动 … 临平区15个重大项目进行了集中开工:
    the holder's own total, annotation README, convention count shares). The holder's count may
    follow the act too (磴口县2023年春季集中开工26个重点项目: `_holder_counts_after`)."""
    text = reading.doc.text
    clause = text[span[0] : span[1]]
    if _counted_at_the_occasion(reading, sentence_types, span, clause, trigger):
        return True
    count = COUNTED.search(clause, 0, trigger.start)
    if count is None:
        return _holder_counts_after(clause, event, trigger, told)
    if clause[count.start() - 1 : count.start()] == vocab.ORDINAL_MARK:
        return False
    if _has_also(clause[count.end() : trigger.start]):
        return False  # 两个新型建材项目也相继投产, 产业园内多个项目也正式奠基: another set acting too
    if trigger.type in sentence_types and count.start() == 0:
        return True
    if count.start() == 0 and _named_ceremony(trigger.surface).search(text, sentence_start, span[0]):
        return True  # …集中开工签约仪式拉开帷幕，133个项目集中签约: the ceremony's acts counted
    partnered = any(marker in clause[: count.start()] for marker in vocab.PARTNER_OPENERS)
    projects = _PROJECTS_COUNTED.match(clause, count.start()) is not None
    at_ceremony = _AT_THE_CEREMONY.match(text, sentence_start) is not None
    if trigger.type in article_types and projects and not partnered and at_ceremony:
        return True  # 仪式上，…等16个项目进行了集中签约: the act of a ceremony told before (not 与X…签约)
    if trigger.type not in article_types or event.date is not None:
        return False
    if not _PROJECTS_COUNTED.match(clause, count.start()) or clause[: count.start()].endswith(
        vocab.NOUN_LIST_END
    ):
        return False
    named = reading.recognition.within(span[0], span[0] + count.start())
    place = _share_of_a_place(clause, count.start(), span[0], named)
    if place is not None:
        # 芙蓉区24个重大项目启动建设 after the day's lead: that district's share, unless it held it
        return _held_the_last(place, event.type, told)
    if text.startswith(vocab.MEMBER_LIST_OPENERS, span[1]):
        return False  # 35个重点项目开工，包括A、B等: a batch of its own, its members named
    return not any(m.type not in vocab.TOPIC_SKIP_TYPES for m in named)


def _counted_at_the_occasion(
    reading: Reading, sentence_types: set[str], span: tuple[int, int], clause: str, trigger: triggers.Trigger
) -> bool:
    """Projects counted in a clause opened by the occasion (会上共签署了166个…项目, 仪式上共有56个
    项目集中签约) after a ceremony of the same act told in the sentence (…签约仪式顺利举行): the
    ceremony's act restated by its count, naming no member and no place's share of its own."""
    if trigger.type not in sentence_types or not clause.startswith(vocab.AT_THE_OCCASION):
        return False
    if _PROJECTS_COUNTED.search(clause) is None:
        return False
    named = reading.recognition.within(span[0], span[1])
    return not any(m.type not in vocab.TOPIC_SKIP_TYPES for m in named)


def _share_of_a_place(clause: str, count_at: int, clause_start: int, named: list[Found]) -> str | None:
    """The place named right before the count (芙蓉区24个重大项目…, 武汉共有43个项目…), or None:
    the place's own share of a day's acts, not the lead's act counted again."""
    lead = clause[:count_at].removesuffix(vocab.PLACE_SHARE_JOINER).removesuffix(vocab.PLACE_SHARE_TOTAL)
    place = next((m for m in named if m.type == "place" and m.end - clause_start == len(lead)), None)
    if place is not None:
        return place.name
    suffixed = (
        2 <= len(lead) <= vocab.PLACE_SHARE_MAX
        and lead.endswith(vocab.PLACE_SHARE_SUFFIXES)
        and not any(char in vocab.PLACE_SHARE_NOT_IN for char in lead)
    )
    return lead if suffixed else None


def _holder_counts_after(clause: str, event: Event, trigger: triggers.Trigger, told: list[Event]) -> bool:
    """An undated act whose projects are counted after it, by the place that held an earlier
    act of its type (磴口县…重点项目集中开工仪式…举行 … 磴口县2023年春季集中开工26个重点项目): the
    holder's own total told again."""
    counted = _PROJECTS_AFTER.search(clause, trigger.end) is not None  # not 只用了10个月
    if event.date is not None or event.subject is None or not counted:
        return False
    if any(marker in clause[: trigger.start] for marker in vocab.PARTNER_OPENERS):
        return False  # 吉林市与中泽集团…签约合作实施两个百亿级项目: a signing with partners
    return _held_the_last(event.subject.name, event.type, told)


def _held_the_last(place: str, type_: str, told: list[Event]) -> bool:
    """True when the last event of the type told so far is dated (an occasion reported on its
    day) and the place is its subject, written in full or in short (武汉 and 武汉市, 临平区 and
    杭州市临平区); a place's share told after another share (海口集中开工项目16个) is not."""
    last = next((earlier for earlier in reversed(told) if earlier.type == type_ and earlier.date), None)
    if last is None or last.subject is None or len(place) < 2:
        return False
    held = last.subject.name
    return held.endswith(place) or held.removeprefix(place) in vocab.PLACE_SHARE_SUFFIXES


def _whole_planned(before: str, dated: bool) -> bool:
    """全部 after a cue of plan and a time (计划2023年8月全部, 将于年底全部), or after a cue of plan
    when the event is dated (年底将全部, the time before the cue; 预计今年10月末，…将全部, the time
    in the clause before): the plan of the whole, not the act told again."""
    cue = min((at for at in (before.find(c) for c in vocab.WHOLE_PLAN_CUES) if at >= 0), default=-1)
    return cue >= 0 and (dated or any(word in before[cue:] for word in vocab.WHOLE_PLAN_TIMES))


def told_again(
    before: str, subject: EventEntity | None = None, told_in_sentence: bool = True, dated: bool = False
) -> bool:
    """Words before a trigger whose subject is carried from before that make the clause a part
    of an act told already: a person proclaiming it when the sentence told the act already
    (`told_in_sentence`; in a sentence of its own, 出席…并宣布开工 reports the act again, the
    annotation README's convention of an official announcing the act) or the act told of the
    whole (并全部并网发电, 9月底前全部开工); not a plan dated for the whole of the one thing told
    (项目…，计划2023年8月全部建成投用, 预计年底可实现全部并网投运: when it is to be complete; the
    event `dated`, its time may stand before the cue or in the clause before), though a place's
    batch planned in full (万宁市18个项目集中开工，预计年底前全部投产) is."""
    if vocab.WHOLE in before:
        one_thing = subject is not None and subject.type in vocab.TOPIC_TYPES
        return not (one_thing and _whole_planned(before, dated))
    at = before.rfind(vocab.PROCLAIMED)
    return told_in_sentence and at >= 0 and not any(works in before[at:] for works in vocab.PROCLAIMED_WORKS)


def graded_topic(
    text: str, clause_end: int, event: Event, article_types: set[str], told: list[Event], carried: bool
) -> bool:
    """An undated act of a type told already (`article_types`; the events so far `told`), followed
    by a clause grading it (…揭牌，标志着…跨出了历史性的一步): the act is the topic of the
    grading, told again. Not when the clause names a subject of its own that no event of that
    type had (after a groundbreaking ceremony, 作为本次活动的核心亮点，广西弗迪电池项目正式启动
    建设，标志着…: that project's start)."""
    if event.date is not None or event.type not in article_types:
        return False
    if not text.startswith(vocab.GRADING_OPENERS, clause_end + 1):
        return False
    same_type = [earlier for earlier in told if earlier.type == event.type]
    subject = event.subject
    if carried or subject is None or not same_type:
        return True
    return any(earlier.subject is not None and earlier.subject.name == subject.name for earlier in same_type)
