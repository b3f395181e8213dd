"""Tallies: clauses that count or sum up acts over a period (目前，…; 仅两年时间，…等9家企业
投产; 截至25日，…签约项目15个; 近年来…) instead of telling one, and the same words printed again.
A tally gives no event; its subject still carries on to the clauses after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import attrs

from timeline._events import subject_phrase, subjects, triggers, vocab
from timeline._events.dating import Dates
from timeline._events.entities import Found
from timeline._events.sentences import Sentence
from timeline.model import Event, normalise_text

_CUMULATIVE_OR_AIM = (*vocab.CUMULATIVE_OPENERS, *vocab.AIM_OPENERS)
_LISTED_COUNT = re.compile(vocab.LISTED_COUNT)
_BATCH_COUNT = re.compile(vocab.PROJECT_BATCH)
_PRESENT_COUNT = re.compile(vocab.PRESENT_COUNT)
_BODY_COUNT = re.compile(vocab.BODY_COUNT)
_APPROXIMATE_COUNT = re.compile(vocab.APPROXIMATE_COUNT)
_EXISTENTIAL_COUNT = re.compile(vocab.EXISTENTIAL_COUNT)
_PERIOD_PROJECT_COUNT = re.compile(vocab.PERIOD_PROJECT_COUNT)
_GENERIC_PROJECTS = re.compile(vocab.GENERIC_PROJECTS)
_ROLLED_OCCASIONS = re.compile(vocab.ROLLED_OCCASIONS)
_REPEATED_YEARS = re.compile(vocab.REPEATED_YEARS)
_RECURRING_RATE = re.compile(vocab.RECURRING_RATE)
_MEASURED_WORK = re.compile(vocab.MEASURED_WORK)
_HISTORY_OPENER = re.compile(
    "(?:" + vocab.DATELINE_LEAD + ")?(?:" + "|".join((*vocab.HISTORY_OPENERS, vocab.HISTORY_SPAN)) + ")"
)


@attrs.define()
class Period:
    """What a sentence's clauses so far say of the time they sum up."""

    #: The sentence sums up a period (目前，…; 仅两年时间，…等9家企业投产), or pushes for many
    #: (推动A等268个项目投产，B等147个项目达产).
    cumulative: bool
    #: History in general terms: where its opener ends (dates after it count, 近年来 does not).
    history: int | None
    #: After a clause ending in 以来.
    since: bool = False
    #: After a clause opening with 截至 (截至25日，…签约合作项目15个: a tally).
    until: bool = False

    @classmethod
    def of(cls, text: str, sentence: Sentence) -> Period:
        """The period a sentence opens with, read from its first words."""
        cumulative = text.startswith(_CUMULATIVE_OR_AIM, sentence.start)
        cumulative = cumulative or subject_phrase.TIME_SPAN_LEAD.match(text, sentence.start) is not None
        opener = _HISTORY_OPENER.match(text, sentence.start)  # past a dateline (扶绥讯近年来，…)
        return cls(cumulative, opener.end() if opener is not None else None)

    def read(self, clause: str) -> None:
        """Take in a clause read (its 以来 or 截至 holds for the clauses after it)."""
        self.since = self.since or clause.endswith(vocab.SINCE_CLAUSE_TAILS)
        self.until = self.until or clause.startswith(vocab.UNTIL_OPENERS)


def clause_is_tally(
    period: Period,
    tallies: set[str],
    text: str,
    dates: Dates,
    span: tuple[int, int],
    trigger: triggers.Trigger | None,
    subset: bool,
) -> bool:
    """True when the clause at `span` sums up acts instead of telling one: a statistic (or its
    words printed again: `tallies`, added to), a listed count in a sentence summing up a period,
    or an undated act in a history told in general terms. `subset`: the clause before is one opening a
    part of a set told before (其中, 此外)."""
    clause_start, clause_end = span
    clause = text[clause_start:clause_end]
    tally = trigger is not None and _statistic(
        tallies,
        clause,
        trigger,
        subset,
        partial(subjects.names_nothing, text, dates, clause_start, clause_start + trigger.start),
    )
    counted = bool(_LISTED_COUNT.search(clause)) or (period.until and bool(_BATCH_COUNT.search(clause)))
    tally = tally or ((period.cumulative or period.since or period.until) and counted)
    if trigger is not None and _PRESENT_COUNT.search(clause, 0, trigger.start):
        tally = True  # 目前已成功招引8户配套企业落户: a count so far
    if trigger is not None and _rough_count(clause, trigger):
        tally = True  # …等近20个新兴产业项目主体竣工: a rough count
    if trigger is not None and _existential_count(clause, trigger):
        tally = True  # 今年一季度我市有287个重大项目开工建设: a count of what there is
    if trigger is not None and _rolled_up_list(clause, trigger):
        tally = True  # A、B等一批项目投产运营; A等10个项目如期竣工: a period's acts rolled up
    summing = period.cumulative or period.since or period.until
    if trigger is not None and summing and _BODY_COUNT.search(clause, 0, trigger.start):
        tally = True  # 截至目前，园区已吸引30家企业签约落户
    if trigger is not None and trigger.type in vocab.TALLIED_TYPES:
        tally = tally or bool(_LISTED_COUNT.search(clause, 0, trigger.start))  # 等18个规划已编制完成
    if trigger is not None and period.since and not dates.within(clause_start, clause_end):
        tally = tally or vocab.ALREADY in clause[: trigger.start]
    rolled = _ROLLED_OCCASIONS.search(clause) if trigger is not None else None
    if trigger is not None and rolled is not None and rolled.start() < trigger.start:
        tally = True  # 先后举办9次…签约、动工活动, 连续成功举办十七届: occasions counted
    if trigger is not None and _REPEATED_YEARS.search(clause, 0, trigger.start):
        tally = True  # 连续第四年被评为“…十强县”: a record kept up, no one change
    if trigger is not None and _MEASURED_WORK.search(clause, trigger.end) is not None:
        tally = True  # 建成正式道路路基1.2公里: work measured
    if trigger is not None and _rate_before(clause, trigger):
        tally = True  # 每日超10万颗电池下线: a rate (每日可检测…的实验室启用 describes the thing)
    history = period.history
    if trigger is not None and history is not None and not dates.within(history, clause_end):
        tally = True
    return tally


def _rate_before(clause: str, trigger: triggers.Trigger) -> bool:
    """A frequency before the trigger (每日超10万颗电池下线), not inside an attribute of the thing
    (每日可检测万人份样本的实验室启用)."""
    rate = _RECURRING_RATE.search(clause, 0, trigger.start)
    return rate is not None and vocab.ATTRIBUTIVE not in clause[rate.end() : trigger.start]


def _rough_count(clause: str, trigger: triggers.Trigger) -> bool:
    """A count given only roughly before the trigger, of acts not done together (两江新区20多个
    项目集中开工 is a day's batch)."""
    before = clause[: trigger.start]
    return bool(_APPROXIMATE_COUNT.search(before)) and not any(w in before for w in vocab.TOGETHER_WORDS)


def _rolled_up_list(clause: str, trigger: triggers.Trigger) -> bool:
    """Named members rolled up into a set before the trigger, not acted on together: an unnamed
    number of them (A、B等一批项目投产运营) or a count met as scheduled (A等10个项目如期竣工).
    The acts of a period, not one milestone (annotation README, convention roll-ups); A等一批项目
    集中开工 is one occasion's batch."""
    before = clause[: trigger.start]
    listed = before.rfind(vocab.NOUN_LIST_END)
    if listed < 0 or any(word in before for word in vocab.TOGETHER_WORDS):
        return False
    if before.startswith(vocab.SET_QUANTIFIERS, listed + 1):
        return True
    counted = _LISTED_COUNT.match(before, listed) is not None
    return counted and any(word in before[listed:] for word in vocab.ON_SCHEDULE_ADVERBS)


def _existential_count(clause: str, trigger: triggers.Trigger) -> bool:
    """有 and a count before a batch act not done together (我市有287个重大项目开工建设)."""
    before = clause[: trigger.start]
    if trigger.type not in vocab.BATCH_TYPES or _EXISTENTIAL_COUNT.search(before) is None:
        return False
    return not any(word in before for word in vocab.TOGETHER_WORDS)


def counts_a_set(clause: str, trigger: triggers.Trigger) -> bool:
    """A count of a listed or roughly counted set before the trigger (A等82个项目竣工, 近20个项目
    主体竣工): the clauses after it that carry its subject go on about the set."""
    before = clause[: trigger.start]
    return bool(_LISTED_COUNT.search(before)) or _rough_count(clause, trigger)


def _statistic(
    tallies: set[str], clause: str, trigger: triggers.Trigger, subset: bool, bare: Callable[[], bool]
) -> bool:
    """A statistic, or the words of a clause already read as one (a lead's tally printed again
    in the body)."""
    words = normalise_text(clause)
    if words in tallies:
        return True
    if triggers.is_statistic(clause, trigger, subset, bare):
        tallies.add(words)
        return True
    return False


def counted_over_a_period(event: Event, clause: str, mentions: list[Found]) -> bool:
    """Projects counted, none named, in a clause dated by a half or a year (上半年，
    西安市6个先进制造业项目竣工; 2024年，全市新入统落地招商项目242个) or by a span of months or
    quarters (前三季度厦门市…集中开工重大项目共84个): a roll-up of the period, not one milestone.
    A batch on its day (5月29日，…12个项目开工) or with a member named stays."""
    if event.date is None:
        return False
    span = vocab.DATE_SPAN_MARK in (event.date.value or "") and event.date.grain in vocab.ROLL_UP_SPAN_GRAINS
    if event.date.grain not in vocab.ROLL_UP_GRAINS and not span:
        return False
    if _PERIOD_PROJECT_COUNT.search(clause) is None:
        return False
    return all(m.type in vocab.TOPIC_SKIP_TYPES for m in mentions)


def generic_bodies_brought_in(
    clause: str, trigger: triggers.Trigger, mentions: list[Found], start: int
) -> bool:
    """A signing whose settlers are only a kind of bodies brought in (引进…优质企业入驻, 引入…相关
    企业入驻), none named nor counted, in the clause at `start`: what a body seeks, no act."""
    before = clause[: trigger.start]
    if not before.endswith(vocab.GENERIC_BODIES):
        return False
    verb = max(before.rfind(word) for word in vocab.BRINGING_IN_VERBS)
    if verb < 0:
        return False
    first, last = start + verb, start + trigger.start
    named = any(first < m.start and m.end <= last and m.type not in vocab.TOPIC_SKIP_TYPES for m in mentions)
    return not named and _BODY_COUNT.search(before, verb) is None


def generic_trend(event: Event, clause: str) -> bool:
    """A subject that is only a category of projects (民生项目加快建设) in a clause that counts
    none (26个…重大项目集中启动 is a batch) and holds no ceremony (重大项目集中开工仪式举行 is
    the day's act): a general trend."""
    subject = event.subject
    if subject is None or _GENERIC_PROJECTS.fullmatch(subject.name) is None:
        return False
    if any(noun in clause for noun in vocab.CEREMONY_NOUNS):
        return False
    return _BODY_COUNT.search(clause) is None
