"""Event triggers, milestone filters and status cues of one clause.

`find_trigger` picks the most specific trigger of a clause (longest, then by type priority)
and checks the conditions some triggers carry (发布 a document or a list, 通过 at a plenary,
落地 of a project…). `is_statistic`, `is_opinion` and `status` apply the other cue tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

from timeline import _regex
from timeline._dates import vocab as date_vocab
from timeline._events import noun_phrase, vocab
from timeline._events.places import PLACE
from timeline._events.subject_phrase import holds_own_words
from timeline._typed import lru_cached


@attrs.frozen()
class Trigger:
    """A trigger found in a clause: its type, surface and offsets (in the clause's text)."""

    type: str
    surface: str
    start: int
    end: int


_HISTORIC_OR_REQUIRED = (*vocab.HISTORIC_NAMES, *vocab.REQUIREMENT_ADVERBS)
_MANNERS_OF_RUNNING = (
    *vocab.MANNERS_OF_RUNNING,
    *(manner + vocab.ADVERBIAL for manner in vocab.MANNERS_OF_RUNNING),
)
_TRIGGER = _regex.alternation(vocab.TRIGGERS)
#: Acts told right after a trigger, joined to it or by a conjunction (签约与开工投产热情不减):
#: the noun after the last of them is what the first qualifies too.
_ACTS_AFTER = re.compile(
    "^(?:(?:"
    + _regex.alternation_source(vocab.QUALIFYING_ACT_JOINERS)
    + ")?"
    + _regex.alternation_source(vocab.TRIGGERS)
    + ")+"
)
_ACTS_AFTER_FIRSTS = frozenset(word[0] for word in (*vocab.TRIGGERS, *vocab.QUALIFYING_ACT_JOINERS))
_OPINION_CUE = _regex.alternation(vocab.OPINION_CUES)
#: What a verb of holding holds: a meeting or a ceremony of any name (典礼, 盛典 with 仪式, 活动).
_HELD_NOUNS: tuple[str, ...] = (
    *vocab.MEETING_NOUNS,
    *(noun for noun in vocab.CEREMONY_NOUNS if noun not in vocab.MEETING_NOUNS),
)
_PATTERNS = [(re.compile(pattern), type_) for pattern, type_ in vocab.TRIGGER_PATTERNS.items()]


def _any_of(patterns: list[re.Pattern[str]], words: Iterable[str] = ()) -> re.Pattern[str]:
    """One search for where any of the patterns (or of the words) matches, to skip trying them
    one by one in the many clauses that hold none. It looks only at the characters a match can
    start with (the regex engine skips the others at once) and there, looking back one
    character, tries only the patterns and words that can start with that character; a pattern
    whose first characters are unbounded makes it one alternation of them all; with neither
    patterns nor words, a search that never matches."""
    words = tuple(words)
    if not patterns and not words:
        return re.compile("(?!)")
    by_first: dict[str, list[str]] = {}
    for pattern in patterns:
        heads = _regex.heads(pattern, 1)
        if heads is None:
            sources = [p.pattern for p in patterns] + ([_regex.alternation_source(words)] if words else [])
            return re.compile("|".join(f"(?:{source})" for source in sources))
        for first in heads:
            by_first.setdefault(first, []).append(f"(?:{pattern.pattern})")
    for first in {word[0] for word in words}:
        starting = (word for word in words if word[0] == first)
        by_first.setdefault(first, []).append(f"(?:{_regex.alternation_source(starting)})")
    branches = (f"{re.escape(first)}(?<=(?=(?:{'|'.join(sources)})).)" for first, sources in by_first.items())
    return re.compile("|".join(sorted(branches)))


#: A trigger pattern that can open at this many characters or more (…施工…完成: each word of
#: construction) is tried at many offsets of a clause, most of them in vain.
_WIDE_OPENING = 12


def _opens_wide(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern can open at `_WIDE_OPENING` characters or more (or at any)."""
    heads = _regex.heads(pattern, 1)
    return heads is None or len(heads) >= _WIDE_OPENING


#: Trigger patterns that open wide and whose every match holds one of a few words
#: (`_regex.required_words`: 完成, 结束…), with those words: searched for only in a clause that
#: holds one of them.
_WIDE_PATTERNS = {
    pattern: words
    for pattern, _ in _PATTERNS
    if _opens_wide(pattern) and (words := _regex.required_words(pattern))
}
#: Where a trigger pattern stands: one search tells a clause that holds none (`_holds_pattern`),
#: the wide patterns apart, after a search for their words.
_ANY_PATTERN = _any_of([pattern for pattern, _ in _PATTERNS if pattern not in _WIDE_PATTERNS])
_ANY_WIDE_PATTERN = _any_of(list(_WIDE_PATTERNS))
_WIDE_PATTERN_WORDS = _any_of([], {word for words in _WIDE_PATTERNS.values() for word in words})
#: Each pattern with the characters its matches start with (all bounded, as `_ANY_PATTERN` is
#: built from them): in a clause holding some pattern, only those holding one of their first
#: characters are tried (in table order, which breaks ties between candidates).
_PATTERN_FIRSTS = [(pattern, type_, _regex.heads(pattern, 1) or frozenset()) for pattern, type_ in _PATTERNS]
_COUNT_AFTER = re.compile("[" + vocab.COUNT_NUMERALS + "]+[" + vocab.MEASURE_WORDS + "]")
_PLANNED_YEAR = re.compile(vocab.PLANNED_YEAR)
_DURATION_AHEAD = re.compile(vocab.DURATION_AHEAD)
_PRIORITY = {name: rank for rank, name in enumerate(vocab.TYPE_PRIORITY)}
_COUNT_AT_END = re.compile("[" + vocab.NUMERALS + r".]+[" + vocab.MEASURE_WORDS + "]$")
_NUMBER_AFTER = re.compile(r"[" + vocab.NUMERALS + r"]")
_NUMERAL_PLACE = re.compile(vocab.NUMERAL_PLACE)
_STAGE = re.compile(vocab.STAGE_PATTERN)
_WORKS_UNDER_WAY = re.compile(vocab.WORKS_UNDER_WAY)
_DESCRIBED_WHOLE = re.compile(vocab.DESCRIBED_WHOLE)
_PROJECTS_NAMED_BY_ACT = re.compile(vocab.PROJECTS_NAMED_BY_ACT)
_FIGURE_BEFORE = re.compile(
    "(?:" + "|".join(vocab.FIGURATIVE_SUBJECTS) + ")(?:" + "|".join(vocab.FIGURE_ADVERBS) + ")*$"
)
_MACHINE_BEFORE = re.compile(
    "(?:" + "|".join(vocab.MACHINES) + ")(?:" + "|".join(vocab.MACHINE_SOUNDS) + ")*$"
)
_RANK_AFTER = re.compile(vocab.RANK_AFTER_COPULA)
_EMERGENCY_AFTER = re.compile(vocab.EMERGENCY_MEASURES)
_LISTED_AS_TASKS = re.compile(vocab.LISTED_AS_TASKS)
_CHAIRED_CEREMONY = re.compile(vocab.CHAIRED_CEREMONY)
_AIM_OBJECT_TAIL = re.compile(vocab.AIM_OBJECT_TAIL)
_PROJECT_BATCH = re.compile(vocab.PROJECT_BATCH)
_BATCH_AMOUNT_TAIL = re.compile(vocab.BATCH_AMOUNT_TAIL)
_TOTALLED_BATCH = re.compile(vocab.TOTALLED_BATCH)
_DOCUMENT = re.compile(r"《[^》]+》")
_DOCUMENT_OPEN = "《"
#: The words of a quoted name (“奋战五百天”活动), the quote marks left out.
_QUOTED_NAME = re.compile(
    "(?<=“)[^“”]{1,40}(?=”(?:" + _regex.alternation_source(date_vocab.QUOTED_NAME_HEADS) + "))"
)
_PLANNED_CUE = _regex.alternation(vocab.PLANNED_CUES)
_STATISTIC = re.compile("|".join(vocab.STATISTIC_PATTERNS))
_AIM_BEFORE = re.compile(vocab.AIM_BEFORE)
_AIM_VERB = re.compile(vocab.AIM_VERB)
_QUOTED = re.compile(r"《[^》]*》?|“[^”]*”?")
_CLOCK_MINUTES_END = re.compile(vocab.CLOCK_MINUTES_END)
_DATE_WORD = re.compile(r"[0-9０-９]|[" + vocab.DATE_UNIT_CHARS + "]")
_COUNTED_PROJECTS = re.compile(vocab.COUNTED_PROJECTS)
_NAMED_BY_COPULA = re.compile(vocab.NAMED_BY_COPULA)
_SINCE_YEAR = re.compile(vocab.SINCE_YEAR)
_DATED_FRAME = re.compile(vocab.DATED_FRAME)
_CEREMONY = re.compile("|".join(vocab.CEREMONY_NOUNS))
_CEREMONY_OVER = re.compile(
    "(?:" + "|".join(vocab.CEREMONY_NOUNS) + ")(?:" + "|".join(vocab.CEREMONY_OVER) + ")"
)
_MARKED_ACT = re.compile(vocab.MARKED_ACT)
_DATED_SPAN_START = re.compile(vocab.DATED_SPAN_START)
_SPEECH_AT = re.compile(vocab.SPEECH_AT_CEREMONY)
_PROJECTS_TAKING_PART = re.compile(vocab.PROJECTS_TAKING_PART)
_MEETING_NAMED_BY_ATTENDANCE = re.compile(
    _regex.alternation_source(vocab.ATTENDANCE_WORDS) + vocab.ATTENDANCE_NAMING_MEETING
)
_ANNIVERSARY = re.compile(vocab.ANNIVERSARY)
_VISIT_SPEECH_RECALLED = re.compile(vocab.VISIT_SPEECH_RECALLED)
_PLANNED_TIME = re.compile(vocab.PLANNED_TIME)
_JIANG_DISPOSAL = re.compile(vocab.JIANG_DISPOSAL)
_CONSEQUENCE_CLAUSE_AFTER = re.compile(
    _regex.alternation_source(vocab.AFTER_TAILS)
    + "(?:" + _regex.alternation_source((*vocab.CONSEQUENCE_MODALS, *vocab.CONSEQUENCE_ESTIMATES)) + ")"
    + "[^，。；,;]*"
)
_CONSEQUENCE_AFTER_ACT = re.compile(
    _regex.alternation_source(vocab.AFTER_TAILS)
    + "(?="
    + _regex.alternation_source(vocab.CONSEQUENCE_MODALS)
    + ")"
)
_CONSEQUENCE_OF_ACT = re.compile(vocab.CONSEQUENCE_OF_ACT)
_ACT_EVALUATED = re.compile(vocab.ACT_EVALUATED)
_EFFECT_OF_ACT_DONE = re.compile(vocab.EFFECT_OF_ACT_DONE)
_GREETED_ACTS = re.compile(vocab.GREETED_ACTS)
_STEP_SPAN_FROM = re.compile(vocab.STEP_SPAN_FROM)
_COPULA_AFTER_ACT = re.compile(vocab.COPULA_AFTER_ACT)
_NOMINALISED_ACT = re.compile(vocab.NOMINALISED_ACT)
_STEP_SPAN_TO = re.compile(vocab.STEP_SPAN_TO)
_STEP_SPAN_ENDED = re.compile(vocab.STEP_SPAN_ENDED)
_CONSEQUENCE_CLAUSE = re.compile(vocab.CONSEQUENCE_CLAUSE)
_REFERRED_ACT = re.compile(
    "(?:" + "|".join(vocab.REFERRING_WORDS) + ")(?:" + "|".join(vocab.BATCH_MANNERS) + ")?(?:"
    + "|".join(vocab.PAIRED_ACT_HEADS) + ")?$"
)
#: …not a numbered batch (第一批, 2026年第一批, 一批次).
_SET_QUANTIFIER = re.compile(
    f"(?<![{vocab.ORDINAL_MARK}{vocab.NUMERALS}])(?:{_regex.alternation_source(vocab.SET_QUANTIFIERS)})"
    f"(?!{vocab.BATCH_OCCASION_TAIL})"
)
_MANNER_TAIL = _regex.run_at_end(vocab.MANNER_ADVERBS)
_AWAITED = re.compile(
    f"(?:{_regex.alternation_source(vocab.AWAITING_VERBS)}){vocab.AWAITED_GAP}$"
)
_PART_OF_A_SET = re.compile(
    f"(?:{_regex.alternation_source(vocab.INTRODUCING_OPENERS)})?"
    f"(?:{_regex.alternation_source(vocab.PART_QUANTIFIERS)})[^{vocab.PART_QUANTIFIER_NOT_BEFORE}]"
)
_BRIEFING_FRAME_AFTER = re.compile(vocab.BRIEFING_FRAME_AFTER)
_SCENE_OR_SOURCE_ENDS: tuple[str, ...] = (*vocab.FRAME_ENDS, *vocab.SOURCE_ENDS)
_VISIT_ADVERB_TAIL = _regex.run_at_end(vocab.VISIT_ADVERBS)
#: 计划 inside a noun (投资计划, 计划通知): the date engine's table of words that are no cue.
_PLAN_NOUNS = tuple(word for word in date_vocab.NOT_CUE_WORDS if vocab.PLAN_WORD in word)
#: 计划 closing a noun (这一计划，; 大会战计划和“…”工程) or ending the clause: the date engine's rule.
_PLAN_NOUN = re.compile(
    vocab.PLAN_WORD + "(?:$|[" + re.escape(date_vocab.PLAN_NOUN_FOLLOWERS) + "]|["
    + re.escape(date_vocab.PLAN_NOUN_JOINERS) + "][" + re.escape(date_vocab.PLAN_NOUN_JOINED) + "])"
)


def _has(text: str, words: tuple[str, ...]) -> bool:
    """True when one of the words occurs in the text: one search of the words' trie, compiled
    on first use per word table."""
    pattern = _WORD_TABLES.get(words)
    if pattern is None:
        if not words:
            return False
        pattern = _WORD_TABLES[words] = _regex.alternation(words)
    return pattern.search(text) is not None


_WORD_TABLES: dict[tuple[str, ...], re.Pattern[str]] = {}


def _refine(
    clause: str,
    surface: str,
    start: int,
    end: int,
    held: bool = False,
    blocked: tuple[tuple[int, int], ...] = (),
) -> str | None:
    """The event type this trigger gives in this clause, or None when its condition fails.

    In stages: the trigger is only words naming or qualifying something (`_named_not_told`), not
    the act reported (`_not_the_act_reported`), an act described rather than reported
    (`_described_not_told`) or part of a noun phrase (`_within_a_noun_phrase`); a release gives
    its type by what is released (`_release_type`); other triggers need their object
    (`_lacks_its_object`)."""
    type_ = vocab.TRIGGERS[surface]
    after = clause[end:]
    before = clause[:start]
    # 此次开工的X项目…; not 此次开工的X项目是…, where the copula names another thing
    thing_named = _referred_thing_named(before, surface, after, blocked)
    thing_named = thing_named and not _NAMED_BY_COPULA.match(clause, end)
    if (
        _named_not_told(clause, surface, type_, before, after, end, blocked)
        or _not_the_act_reported(surface, before, after, blocked, thing_named)
        or _described_not_told(clause, surface, type_, before, after, held, blocked)
        or _within_a_noun_phrase(type_, before, after, thing_named)
    ):
        return None
    if surface in vocab.RELEASE_TRIGGERS or surface == vocab.LAUNCH_TRIGGER:
        return _release_type(clause, surface, before, after)
    if _lacks_its_object(clause, surface, type_, start, before, after, blocked):
        return None
    return type_


def _named_not_told(
    clause: str,
    surface: str,
    type_: str,
    before: str,
    after: str,
    end: int,
    blocked: tuple[tuple[int, int], ...],
) -> bool:
    """The trigger only names or qualifies what follows it (签约项目, 落户企业), the act is the
    topic of what it brings, an aim is told, or its first character ends another word."""
    holds = surface.endswith(vocab.HOLDING_VERBS)  # its object follows (召开区政府常务会议)
    releases = surface in vocab.RELEASING_TRIGGERS and after.startswith(vocab.DOCUMENT_TAILS)
    noun = after
    if after[:1] in _ACTS_AFTER_FIRSTS and not after.startswith(vocab.TRIGGER_NOUN_TAILS):
        noun = _ACTS_AFTER.sub("", after, count=1)  # past the acts told with it (签约与开工投产热情)
    qualifies = surface not in vocab.STAGE_TRIGGERS and not holds and not releases
    if noun.startswith(vocab.WORK_NOUN) and (
        surface.startswith(vocab.WORK_DONE_HEAD) or type_ in vocab.WORK_KEPT_TYPES
    ):
        qualifies = False  # 完成搬迁工作, 成立工作专班, 检查指导工作: the work done, a body, a visit
    if qualifies and noun.startswith(vocab.TRIGGER_NOUN_TAILS):
        if not (noun.startswith(vocab.AFTER_TAILS) and _framed(before)):
            return True
    if _PROJECTS_NAMED_BY_ACT.match(after):
        return True  # 签约项目涵盖…领域: the projects named by the act are described or totalled
    if type_ == "signing" and after.startswith(vocab.SETTLED_BODIES):
        return True  # 为园区落户企业提供…: the bodies settled, named by the act
    if _CONSEQUENCE_OF_ACT.match(after):
        return True  # 这些项目落地实施将为投资贡献…: the act is the topic of what it would bring
    if _ACT_EVALUATED.match(after) or _EFFECT_OF_ACT_DONE.match(after):
        return True  # 合龙标志着…过半, …的建成通车对…具有重要意义, 投产填补了…空白: the act is evaluated
    if _CONSEQUENCE_CLAUSE.match(before):
        return True  # …投产，将带动上下游企业落户: what an act will bring, no report
    if (
        _aim_before(before, blocked)
        and not _NAMED_BY_COPULA.match(clause, end)
        and not _timed_modal(before)
        and not _ceremony_of(before, after)
    ):
        return True
    fused = before[-1:] and before[-1] in vocab.FUSED_BEFORE_TRIGGER.get(surface[0], "")
    # 拉开城市框架: the trigger's first character ends another word
    return bool(fused) and not _CLOCK_MINUTES_END.search(before)


def _referred_thing_named(
    before: str, surface: str, after: str, blocked: tuple[tuple[int, int], ...]
) -> bool:
    """此次开工的乌鲁木齐国际纺织品服装商贸中心项目计划投资22亿元: the occasion referred to opens the
    clause and its act is the attribute of a name right after 的, the thing that took part."""
    if before not in vocab.ATTRIBUTE_REFERRING_OPENERS or not after.startswith(vocab.ATTRIBUTIVE):
        return False
    named_at = len(before) + len(surface) + len(vocab.ATTRIBUTIVE)
    return any(start == named_at for start, _ in blocked)


def _not_the_act_reported(
    surface: str, before: str, after: str, blocked: tuple[tuple[int, int], ...], thing_named: bool = False
) -> bool:
    """The words right before or after the trigger say that its act is not the one reported: no
    party visiting, a visit accompanied, a negation, an act referred to, a figure of speech,
    engines starting, kinds of work listed, who led a ceremony, a meeting only attended."""
    holds = surface.endswith(vocab.HOLDING_VERBS)
    near = _MANNER_TAIL.sub("", before[-vocab.MODIFIER_REACH :])  # the words right before, past adverbs
    if surface in vocab.VISIT_ARRIVALS and not _party_arrives_at_a_site(before, after):
        return True  # 记者来到…, 来到这些城市工作: no visiting party, no site visited
    if surface in vocab.VISIT_TRIGGERS and near.endswith(vocab.ACCOMPANYING_WORDS):
        return True  # 副市长时镇参加调研: someone else's visit accompanied
    if near.endswith(vocab.NEGATIONS):
        return True  # 重庆东站项目尚未开工: the act did not happen
    if holds and _BRIEFING_FRAME_AFTER.match(after):
        return True  # X在…举行的…新闻发布会上表示: the source of what is said, no meeting reported
    if (_REFERRED_ACT.search(near) and not thing_named) or (
        holds and after.startswith(vocab.REFERRING_WORDS)
    ):
        return True  # 以此次集中开工为契机, 举办本次…仪式: an act or a ceremony told before, referred to
    if _FIGURE_BEFORE.search(before):
        return True  # …发展的新引擎已然启动: a figure of speech starts
    if surface in vocab.MACHINE_STARTS and (_MACHINE_BEFORE.search(before) or _EMERGENCY_AFTER.match(after)):
        return True  # 数十台挖掘机隆隆启动, 启动…应急预案: engines start, a response to a danger
    if _LISTED_AS_TASKS.match(after):
        return True  # 参与…、共同举办科技交流活动等工作: kinds of work, listed
    if _CHAIRED_CEREMONY.match(after):
        return True  # 集中开工和签约仪式分别由A、B主持: who led a ceremony told before
    # 参观考察: visiting is the act; 参加会见: attending is none; 46个项目参加集中签约: the batch acted on
    attending = _PROJECTS_TAKING_PART.sub("", _MEETING_NAMED_BY_ATTENDANCE.sub("", before))
    return (
        _has(attending, vocab.ATTENDANCE_WORDS)
        and not _has(before, vocab.ATTENDANCE_ACTS)
        and not _witnessed_parties(before)
        and not _named_ceremony_attended(before, after, blocked)
        and (surface not in vocab.VISIT_TRIGGERS or surface in vocab.ATTENDED_MEETINGS)
    )


def _described_not_told(
    clause: str,
    surface: str,
    type_: str,
    before: str,
    after: str,
    held: bool,
    blocked: tuple[tuple[int, int], ...],
) -> bool:
    """The act is described, not reported: a speech, an anniversary, a ceremony only named or
    over, firms present, a record, the topic of a copula, a rank, a state of things, an aim."""
    if before.endswith(_HISTORIC_OR_REQUIRED) or _SPEECH_AT.match(after):
        return True
    if _ANNIVERSARY.match(after):
        return True
    if surface in vocab.VISIT_TRIGGERS and _VISIT_SPEECH_RECALLED.match(after):
        return True  # 落实习近平总书记视察天津重要讲话精神: the speech recalled, no visit told
    if surface in vocab.PACE_TRIGGERS and after.strip() and not after.startswith(vocab.PACE_UNDER_WAY_TAILS):
        return True  # 加快建设长春国际汽车城: an aim with its object, not the works under way
    if _step_of_a_span(before, after):
        return True  # 项目从签约落户到开工，仅用了不到40天: the time between two steps
    if surface in vocab.CEREMONY_ONLY_TRIGGERS and not after.startswith(vocab.CEREMONY_NOUNS):
        return True
    if _CEREMONY_OVER.match(after) and not _framed(before):
        return True  # 揭牌仪式后举行…签字仪式: a time after the ceremony
    present = type_ == "signing" and before.startswith(vocab.PRESENCE_OPENERS)
    present = present or (type_ == "signing" and _has(before, vocab.PRESENCE_WORDS))
    if present and not _has(before, vocab.ONE_ACT_ADVERBS):
        return True  # 有宇培、荣桂等上市公司入驻: firms present (not 共有…分别集中签约: an act)
    if _has(before, vocab.RECORD_VERBS):
        return True  # 创下了…当年投产的“颍泉速度”: a record described
    if not before.strip() and vocab.COPULA in after and not after.startswith(vocab.ATTRIBUTIVE):
        return True  # 开通尼中跨境光缆是…: the act is the topic of a copula
    if _has(before, vocab.RANK_WORDS) and vocab.ATTRIBUTIVE in after[: vocab.RANK_ATTRIBUTIVE_REACH]:
        return True  # 成为…首个完成竣工验收的项目: a rank describes, it tells no act
    if vocab.COPULA in before and _RANK_AFTER.match(after) and not _dated_act_after(before, after):
        return True  # X是均和集团落子郑州的第一个产业项目: X described by a rank, no act told
    told_of_a_state = surface not in vocab.VISIT_TRIGGERS and surface not in vocab.STATE_RELEASES
    if told_of_a_state and after.endswith(vocab.STATE_OF_THINGS):
        return True
    if _aims(_QUOTED.sub("", before)) and not _MARKED_ACT.match(clause):
        # an aim, unless a dated target (确保明年投用) or a plan of work for works named
        return not (type_ in vocab.WORK_PLAN_TYPES and plans_named_works(clause))
    if (
        after in vocab.CEREMONY_NOUNS
        and not held
        and not _has(before, vocab.CEREMONY_HOLDING_VERBS)
        and not _named_ceremony_attended(before, after, blocked)
    ):
        return True  # a ceremony only named (…2021年重大项目集中开工活动，在成渝两地举行)
    return _described_ceremony(before, after)


def _aims(before: str) -> bool:
    """The words before the trigger hold an aim: an aim verb opening them or after a modal or an
    adverb of effort (vocab.AIM_LEADS: 持续推动…, 海西州扎实推动…), or another aim (AIM_BEFORE)."""
    verb = _AIM_VERB.search(before)
    while verb is not None:
        if verb.start() == 0 or before.endswith(vocab.AIM_LEADS, 0, verb.start()):
            return True
        verb = _AIM_VERB.search(before, verb.start() + 1)  # 力促 inside 努力促进: 促进 after 努力
    return _AIM_BEFORE.search(before) is not None


def _step_of_a_span(before: str, after: str) -> bool:
    """The trigger is one end of a span between two steps (从签约到开工, 从开工到竣工) with no date
    in it: the time between them is told, not the act."""
    if vocab.STEP_SPAN_FROM_WORD not in before:
        return False  # (most clauses)
    start = _STEP_SPAN_FROM.search(before)
    if start is not None and _STEP_SPAN_TO.match(after):
        span = before[start.start() :] + after[: after.find(vocab.STEP_SPAN_TO_WORD)]
    elif (ended := _STEP_SPAN_ENDED.search(before)) is not None:
        span = ended.group()
    else:
        return False
    return _DATE_WORD.search(span) is None


def _dated_frame_by_copula(clause: str) -> bool:
    """这是2021年3月宜宾三江新区获批后落户的首个重大项目: a copula, then an act dated in its own
    words and ended by 后 (vocab.DATED_FRAME): that act is told, the rank after it is not."""
    copula = next((c for c in vocab.FRAME_COPULAS if clause.startswith(c)), None)
    if copula is None or _DATED_FRAME.match(clause, len(copula)) is None:
        return False
    return _has(clause, vocab.AFTER_TAILS)


def _dated_act_after(before: str, after: str) -> bool:
    """这也是今年4月10日X挂牌成立后迎来的第一个开工项目: an act dated in its own words and ended by
    后 is the time the rank counts from, an event of its own (vocab.DATED_FRAME), not the rank."""
    return after.startswith(vocab.AFTER_TAILS) and _DATED_FRAME.search(before) is not None


def _within_a_noun_phrase(type_: str, before: str, after: str, thing_named: bool = False) -> bool:
    """The trigger is words of a noun phrase: a division, a list of designations, a head referred
    to, projects named new or planned, a list of nouns, a time since, an achievement."""
    if after.startswith(vocab.DIVIDED_INTO) and not after.startswith(vocab.NOT_DIVIDED):
        return True
    if type_ == "approval" and after.startswith(vocab.DESIGNATION_LIST_TAILS):
        return True
    if before in vocab.REFERRING_HEADS and not thing_named:
        return True
    if before.endswith(vocab.NEWLY) and (type_ in vocab.NEWLY_TYPES or after.startswith(vocab.NEWLY_NOUNS)):
        return True
    if after.startswith(vocab.NEWLY_NOUNS) and _newly_before_serial(before):
        return True  # 今年一季度新竣工投产项目: 新 qualifies both verbs of the projects' name
    if before.endswith(vocab.PLANNED_NOUN_BEFORE) and after.startswith(vocab.NEWLY_NOUNS):
        return True  # 计划开(复)工项目: projects named by a plan
    if vocab.NOUN_LIST_END in after and vocab.NOUN_LIST_MARK in (before[-1:], after[:1]):
        return True
    if _achievement_phrase(before, after):
        return True  # 实现了招商总量、规模和质量上的新突破: what was achieved, described
    framed = before.endswith(vocab.SINCE_HEADS) and type_ in vocab.SINCE_FRAMED_TYPES
    since = after.startswith(vocab.SINCE_TAIL) and not framed
    return since and not _DATE_WORD.search(before)


def topic_of_a_copula(clause: str, trigger: Trigger, following: str, dated: bool) -> bool:
    """An act the clause opens with (undated) or ends with after 的, followed by a clause opening
    with 是 (设立河北雄安新区，是…战略选择; …仪式的举行，是…的具体实践): the act is what the copula
    describes, not a report. `following`: the text after the clause."""
    if _COPULA_AFTER_ACT.match(following) is None:
        return False
    opens = not clause[: trigger.start].strip()
    return (opens and not dated) or _NOMINALISED_ACT.search(clause) is not None


def scene_described(clause: str, trigger: Trigger, dated: bool) -> bool:
    """An undated act right after an adverb of steady running or of a scene (麒麟电池高效下线,
    陣列一正常生產, 莊重簽約): a state or a scene described, no change told; with a date of its
    own (今年3月，比亚迪刀片电池高效下线) the act is reported."""
    before = clause[: trigger.start]
    return not dated and before.endswith(_MANNERS_OF_RUNNING)


def _achievement_phrase(before: str, after: str) -> bool:
    """The trigger inside the object of 实现 that a 的 makes a noun phrase (实现了…上的新突破,
    实现了2021年签约项目的“开门红”, 实现年底封顶的目标): an achievement or an aim described, no
    act; 实现主体结构封顶 tells the act, and so does a copula's relative clause (X是今年6月实现投产
    试运行的重大项目)."""
    achieved = before.rfind(vocab.ACHIEVING_VERB)
    if achieved < 0 or vocab.COPULA in before[:achieved]:
        return False
    return vocab.ATTRIBUTIVE in before[achieved:] + after


def _release_type(clause: str, surface: str, before: str, after: str) -> str | None:
    """The type a release or launch trigger gives by what it releases: a named document is a policy
    release, a list or a thing announced an announcement, a thing launched an opening."""
    if not after.strip():  # the thing released ends the words before (“…行动计划”发布, …系统发布)
        topic = _MANNER_TAIL.sub("", before).rstrip("".join(vocab.CLOSING_QUOTES))
        if topic.endswith(vocab.DOCUMENT_NOUNS):
            return "policy_release"
        if surface in vocab.RELEASE_TRIGGERS and topic.endswith(vocab.RELEASED_LISTS):
            return "announcement"  # 名单正式公布
        if topic.endswith(vocab.LAUNCHED_THINGS):
            return "opening"
    if surface in vocab.RELEASE_TRIGGERS:
        if _names_a_document(clause, surface, after):
            return "policy_release"
        if not after.strip() and _has(before, vocab.RELEASED_LISTS):
            return "announcement"  # 名单正式公布: the list released is named before
        released = before if surface in vocab.RELEASED_BEFORE else after
        return "announcement" if _has(released, vocab.ANNOUNCED_THINGS) else None
    if _names_a_document(clause, surface, after):
        return "policy_release"
    return "opening" if _has(after, vocab.LAUNCHED_THINGS) else None


def _lacks_its_object(
    clause: str,
    surface: str,
    type_: str,
    start: int,
    before: str,
    after: str,
    blocked: tuple[tuple[int, int], ...],
) -> bool:
    """A trigger that needs a document, a body, a thing landed, granted or designated, a meeting
    or a breakthrough named, and whose clause names none (or only a count or a description)."""
    needs_document = surface in vocab.NEEDS_DOCUMENT or surface in vocab.QUOTED_POLICY_TRIGGERS
    if needs_document and not _names_a_document(clause, surface, after):
        return True
    if surface == vocab.ADOPTION_TRIGGER:  # the thing adopted after it, or titled before it
        # (《太湖县人民政府工作规则》已经…县政府第三次全体会议通过)
        adopted = _has(after, vocab.ADOPTED_THINGS) or before.startswith(vocab.TITLE_OPEN)
        return not (_has(before, vocab.ADOPTING_BODIES) and adopted)
    named_before = any(name_end <= start for _, name_end in blocked)
    landed_there = named_before and _place_ends(after)  # 北京现代沧州工厂正式落地河北沧州: a named body
    if surface in vocab.LANDING_TRIGGERS and not _has(clause, vocab.LANDED_THINGS) and not landed_there:
        return True
    if surface in vocab.GRANT_TRIGGERS and not _has(after, vocab.GRANTED_THINGS):
        return True
    if surface in vocab.DECIDING_TRIGGERS and (
        not after.strip()
        or after.startswith(vocab.NOT_DECIDED_AFTER)
        or before.endswith(vocab.ATTRIBUTIVE)
        or _has(before[-vocab.MODIFIER_REACH :], vocab.CONSENT_WITHHELD)
        or (surface in vocab.GRANTING_DECISIONS and after.startswith(vocab.NOT_GRANTEE_OPENERS))
    ):
        return True  # 决定，紧急发布…: the decided act is told in its own clause; 未经授权; 双方同意在…
    if type_ == "meeting" and surface not in vocab.VISIT_TRIGGERS and not _has(clause, _HELD_NOUNS):
        return True  # 开幕, 举行 with nothing held: a meeting, a ceremony (…开幕典礼, …通航盛典)
    counted = (
        type_ in ("breakthrough", "founding")
        and _NUMBER_AFTER.match(after)
        and not surface.endswith(vocab.WHEN_AFTER_TRIGGER)
    )
    if counted and not _NUMERAL_PLACE.match(after):
        return True  # 成立三年; not 设立三门峡市…
    if (
        surface in vocab.BARE_BREAKTHROUGHS
        and not _has(before, vocab.BREAKTHROUGH_NEEDS)
        and not _has(after, vocab.BREAKTHROUGH_OBJECTS)
    ):
        return True
    if surface == vocab.SHARED_FOUNDING and (
        not after.startswith(vocab.SHARED_FOUNDING_AFTER)
        or before.endswith(vocab.SHARED_FOUNDING_NOT_BEFORE)
        or vocab.SHARED_FOUNDING_NOT_AFTER in after
    ):
        return True
    if surface == vocab.LANDING_TRIGGER and after and before in vocab.LANDING_SITE_SUBJECTS:
        return True
    if surface in vocab.DESIGNATION_TRIGGERS and not (
        _has(after, vocab.DESIGNATED_THINGS) or after.rstrip(vocab.CLOSERS).endswith(vocab.DESIGNATED_HEADS)
    ):
        return True
    if (
        _COUNT_AFTER.match(after)
        and not (type_ == "approval" and vocab.DESIGNATION_AS in after)
        and not _framed(before)  # 继年初开工10个项目后: the earlier batch, an act of its own
        and not (type_ in vocab.BATCH_TYPES and before.endswith(vocab.TOGETHER_WORDS))
    ):  # 集中签约31个重点项目: a batch done together on its day, the act of whoever holds it
        return True
    if surface == vocab.COMPLETION_TRIGGER and (
        after.startswith(vocab.NOT_AFTER_JIANCHENG) or _DESCRIBED_WHOLE.match(after)
    ):
        return True
    # 把天水建成…重要基地: made into, an aim
    return surface == vocab.COMPLETION_TRIGGER and vocab.MAKING_INTO_MARK in before and bool(after.strip())


def _place_ends(after: str) -> bool:
    """The words after a trigger are a place and end the clause (河北沧州, 长沙自贸临空区): a place
    of the tables, then other places or at most LANDED_PLACE_TAIL characters ending like a place."""
    place = PLACE.match(after)
    if place is None:
        return False
    rest = after[place.end() :]
    while (more := PLACE.match(rest)) is not None and more.end() > 0:
        rest = rest[more.end() :]
    return not rest or (
        len(rest) <= vocab.LANDED_PLACE_TAIL and rest.isalnum() and rest.endswith(vocab.LANDED_PLACE_SUFFIXES)
    )


def _names_a_document(clause: str, surface: str, after: str) -> bool:
    """The clause names the document a trigger releases or needs: a title in 《》, a document
    noun after the trigger, or a quoted name after a trigger of quoted policies. Read only for
    the triggers that ask (most do not)."""
    if _DOCUMENT.search(clause) or _has(after, vocab.DOCUMENT_NOUNS):
        return True
    return surface in vocab.QUOTED_POLICY_TRIGGERS and after.startswith(vocab.OPEN_QUOTE)


def _newly_before_serial(before: str) -> bool:
    """新 then a trigger right before this one (新竣工|投产项目): the two verbs name projects."""
    return any(
        before[-length - 1 : -length] == vocab.NEWLY and before[-length:] in vocab.TRIGGERS
        for length in range(2, min(len(before), vocab.SERIAL_TRIGGER_MAX) + 1)
    )


def _aim_before(before: str, blocked: tuple[tuple[int, int], ...]) -> bool:
    """An aim verb or 的 right before the trigger (推动量产, 该项目的顺利投产), past adverbs of
    manner; not the last character of a name (重庆市与华为签署: 为 ends 华为)."""
    words = _MANNER_TAIL.sub("", before)
    if not words.endswith(vocab.AIM_VERBS):
        # most triggers: one test of every aim verb at once; then 推进项目尽快落地
        return words.endswith(vocab.AIM_OBJECT_ENDS) and _AIM_OBJECT_TAIL.search(words) is not None
    aim = next(verb for verb in vocab.AIM_VERBS if words.endswith(verb))
    at = len(words) - len(aim)
    if aim == vocab.DUTY_WORD and words[at - 1 : at] in vocab.NOT_DUTY_BEFORE:
        return False  # 将要开工: a plan
    return not any(start <= at < end for start, end in blocked)


def _witnessed_parties(before: str) -> bool:
    """见证A与B签署…: the parties witnessed are named acting, so their act is told."""
    at = before.rfind(vocab.WITNESS_WORD)
    return at >= 0 and any(mark in before[at:] for mark in vocab.WITNESSED_PARTIES)


def _party_arrives_at_a_site(before: str, after: str) -> bool:
    """孙中全等领导来到…项目一线, 张建民一行先后来到…施工现场: a visiting party (one of
    VISITING_PARTIES, past adverbs) arrives at a site ending the clause."""
    party = _VISIT_ADVERB_TAIL.sub("", before)
    return party.endswith(vocab.VISITING_PARTIES) and after.endswith(vocab.VISITED_SITES)


def _named_ceremony_attended(before: str, after: str, blocked: tuple[tuple[int, int], ...]) -> bool:
    """参加了“河北海岸带生态与环境联合实验室”签约暨揭牌仪式: a ceremony attended that ends the clause
    and names its thing (a recognised name between the attendance word and the trigger, not only a
    quoted slogan: 参加…“双招双引”项目集中签约仪式) is the report of that ceremony's act; not
    参加开/竣工仪式 nor 出席今天签约活动的领导 (the people)."""
    if after not in vocab.CEREMONY_NOUNS:
        return False
    attended = max(before.rfind(word) for word in vocab.ATTENDANCE_WORDS)
    return any(
        attended < start and end <= len(before) and before[start] not in vocab.TITLE_OPENERS
        for start, end in blocked
    )


def _ceremony_of(before: str, after: str) -> bool:
    """X的开工仪式, 沈北院区的开诊仪式现场: 的 before an act that names a ceremony ties the act to
    its thing; it is no aim (该项目的顺利投产)."""
    return before.endswith(vocab.ATTRIBUTIVE) and after.startswith(vocab.CEREMONY_NOUNS)


def _timed_modal(before: str) -> bool:
    """可/能 before the trigger with a time before them (预计年底可投产): a plan, not an ability."""
    words = _MANNER_TAIL.sub("", before)
    modal = next((word for word in vocab.MODAL_AIMS if words.endswith(word)), None)
    return modal is not None and _PLANNED_TIME.search(words) is not None


def _framed(words: str) -> bool:
    """继…之后 / 自…以后: words opening with 继 or 自 (after a copula too: 这是继…), or holding 自
    before a year (科学城自2020年…), or dated in their own words (`dated_frame`: 2021年…成立后)."""
    return opens_frame(words) or bool(_SINCE_YEAR.search(words)) or dated_frame(words)


def opens_frame(words: str) -> bool:
    """The words open with 继 or 自, or with a copula or a preposition before them (这是继…之后,
    在继…后)."""
    if not words.startswith(_FRAME_LEADS):  # most words: no lead to look past
        return words.startswith(vocab.FRAME_HEADS)
    lead = next(c for c in _FRAME_LEADS if words.startswith(c))
    return words.startswith(vocab.FRAME_HEADS, len(lead))


_FRAME_LEADS = (*vocab.FRAME_COPULAS, *vocab.FRAME_PREPOSITIONS)


def dated_frame(words: str) -> bool:
    """Words holding a date of their own and no plan (2021年河南省科技创新委员会成立后): before 后,
    an act that happened, framing what the sentence tells next (not 预计2025年建成后)."""
    return _DATED_FRAME.search(words) is not None and _PLANNED_CUE.search(words) is None


def is_frame(clause: str) -> bool:
    """继…之后 / 自…以来 (这是继…之后), or a dated act ending in 后 (`dated_frame`): a clause that
    frames the sentence with an earlier event."""
    if clause.endswith(vocab.AFTER_TAILS) and dated_frame(clause):
        return True
    return opens_frame(clause) and clause.endswith(vocab.FRAME_TAILS)


def _described_ceremony(before: str, after: str) -> bool:
    """本次集中开工活动突出项目质量: a ceremony named as the topic of a description."""
    if not after.startswith(vocab.CEREMONY_NOUNS):
        return False  # most triggers: no ceremony named after them
    noun = next(noun for noun in vocab.CEREMONY_NOUNS if after.startswith(noun))
    if after == noun or after[len(noun) :].startswith(vocab.CEREMONY_AT):
        return False
    if after[len(noun) :].startswith(vocab.CEREMONY_SITE) and vocab.CEREMONY_SITE_BEFORE in before:
        return False
    return not _has(before, vocab.CEREMONY_HOLDING_VERBS) and not _has(after, vocab.CEREMONY_HELD_AFTER)


_DESCRIPTIVE_LEAD = re.compile("^(?:" + "|".join(vocab.DESCRIPTIVE_LEAD_ADVERBS) + ")+")
_WORK_PLAN = re.compile(
    "^(?:" + _regex.alternation_source(vocab.WORK_PLAN_LEADS) + ")*"
    "(?:" + _regex.alternation_source(vocab.WORK_PLAN_VERBS) + ")"
)
_WORK_PLAN_OBJECT = re.compile(
    "(?:(?!" + _regex.alternation_source(vocab.WORK_PLAN_OBJECT_ENDS) + r")[^0-9０-９，。；])+"
)
_WORK_PLAN_MEMBER = re.compile("[^" + vocab.WORK_PLAN_JOINERS + "]+")
_PURPOSE_FRAME = re.compile(vocab.PURPOSE_FRAME)
#: …the same frame inside a clause (全市上下要以此次集中开工为契机): the acts it names are no acts.
_PURPOSE_FRAME_WITHIN = re.compile(vocab.PURPOSE_FRAME.removeprefix("^"))
#: Frames inside a clause whose triggers tell no act: of purpose, of manner, of contribution.
_FRAMES_WITHIN = re.compile(
    f"{_PURPOSE_FRAME_WITHIN.pattern}|{vocab.MANNER_FRAME}|{vocab.CONTRIBUTION_FRAME}"
)


def may_hold_trigger(clause: str) -> bool:
    """False when `find_trigger` can find nothing in the clause, whatever is blocked in it: it
    holds neither a trigger word nor a match of a trigger pattern. Both searches are kept for
    `find_trigger`, which is asked about the same clause right after."""
    return bool(_word_spans(clause)) or _holds_pattern(clause)


#: Clauses whose searches are kept: a clause is asked about a few times in a row (`clause_acts`,
#: then `find_trigger` for each of its acts), never again once the next clauses are read.
_SCANS_KEPT = 16


@lru_cached(maxsize=_SCANS_KEPT)
def _word_spans(clause: str) -> tuple[tuple[int, int], ...]:
    """`_trigger_spans` of a clause, kept for the next questions about it."""
    return tuple(_trigger_spans(clause))


@lru_cached(maxsize=_SCANS_KEPT)
def _holds_pattern(clause: str) -> bool:
    """Whether a trigger pattern matches somewhere in the clause (most clauses: none), kept for
    the next questions about it."""
    return _ANY_PATTERN.search(clause) is not None or (
        _WIDE_PATTERN_WORDS.search(clause) is not None and _ANY_WIDE_PATTERN.search(clause) is not None
    )


def plans_named_works(clause: str) -> bool:
    """True when the clause is a plan of work for works it names (推动宜宾港三期工程竣工投产,
    抓实A、B及早开工): an aim verb opens it and the first works named after it hold words of
    their own; not an aim in general terms (推动项目早开工), for a set (A等285个项目) or done
    (推动了…).

    >>> plans_named_works("推动宜宾港三期工程竣工投产"), plans_named_works("推动项目早开工")
    (True, False)
    """
    verb = _WORK_PLAN.match(clause)
    if verb is None:
        return False
    named = _WORK_PLAN_OBJECT.match(clause, verb.end())
    if named is None or _has(named.group(), vocab.WORK_PLAN_SET_WORDS):
        return False
    member = _WORK_PLAN_MEMBER.match(named.group())
    first = member.group() if member is not None else ""
    return holds_own_words(first) and noun_phrase.head_type(first) is not None


def find_trigger(
    clause: str, blocked: tuple[tuple[int, int], ...] = (), held: bool = False
) -> Trigger | None:
    """The most specific milestone trigger of a clause whose conditions hold, or None.

    Triggers inside the `blocked` spans (names, document titles) do not count. `held`: the
    clause is the second of two ceremonies held by one verb before them (举行A揭牌仪式、B签约
    仪式), so a ceremony it only names is held all the same.

    >>> find_trigger("重庆信息与智慧医学研究院正式启用").type
    'opening'
    >>> find_trigger("宇树科技西部创新运营中心在大渡口区建成投用").surface
    '建成投用'
    """
    if not _word_spans(clause) and not _holds_pattern(clause):
        return None  # no candidate at all (a part of a clause, an attribute's words): no trigger
    lead = _DESCRIPTIVE_LEAD.match(clause)  # 持续推动…: the opener after the adverbs
    opener_at = lead.end() if lead is not None else 0
    descriptive = (
        clause.startswith(vocab.DESCRIPTIVE_STARTS, opener_at)
        and not _MARKED_ACT.match(clause)
        and not _DATED_SPAN_START.match(clause)
        and not (clause.startswith(vocab.FRAME_COPULAS) and (opens_frame(clause) or is_frame(clause)))
        and not _dated_frame_by_copula(clause)
    )
    work_plan = descriptive and plans_named_works(clause[opener_at:])  # only its works' acts
    descriptive = (descriptive and not work_plan) or _PURPOSE_FRAME.match(clause) is not None
    condition = clause.startswith(vocab.CONDITION_HEAD) and clause[1:2] not in vocab.NOT_CONDITION_AFTER_HEAD
    if descriptive or condition or clause.endswith(_SCENE_OR_SOURCE_ENDS):
        return None
    if clause.startswith(vocab.TREATMENT_OPENER) and not clause.startswith(vocab.NOT_TREATMENT):
        return None
    if clause.endswith(vocab.AFTER_TAILS) and not _framed(clause):
        return None  # a time after something (主会场宣布开工后), not an event
    if _has(clause, vocab.EVALUATION_CUES):
        return None
    candidates: list[Trigger] = []
    patterned = _holds_pattern(clause)
    present = frozenset(clause) if patterned else frozenset()
    for pattern, pattern_type, firsts in _PATTERN_FIRSTS if patterned else ():
        if present.isdisjoint(firsts):
            continue
        for found in pattern.finditer(clause):
            # a pattern spans the name it governs (纳入国家重点实验室名单): only its head must
            # stand outside the blocked names
            head = (found.start(), found.start() + vocab.PATTERN_HEAD_LEN)
            if not any(start < head[1] and head[0] < end for start, end in blocked):
                candidates.append(Trigger(pattern_type, found.group(), found.start(), found.end()))
    spans = _word_spans(clause)
    for start, end in spans:
        surface = clause[start:end]
        refined = _refine(clause, surface, start, end, held, blocked)
        if refined is not None:
            candidates.append(Trigger(refined, surface, start, end))
    if not candidates:
        return None  # (every step below only narrows the candidates)
    if _has(clause, vocab.AWAITING_VERBS):  # 申请开工, 等待…正式批复: asked for or awaited, not done
        candidates = [c for c in candidates if not _awaited(clause[: c.start], c.surface)]
    for frame in _FRAMES_WITHIN.finditer(clause):
        candidates = [c for c in candidates if not frame.start() <= c.start < frame.end()]
    if _has(clause, vocab.GREETING_VERBS):  # 对…揭牌表示热烈祝贺: the acts congratulated, a speech
        for greeted in _GREETED_ACTS.finditer(clause):
            candidates = [c for c in candidates if not greeted.start("acts") <= c.start < greeted.end("acts")]
    if work_plan:
        candidates = [c for c in candidates if c.type in vocab.WORK_PLAN_TYPES]
    if _CONSEQUENCE_AFTER_ACT.search(clause) is not None:  # most clauses: no 后将 at all
        hypothetical_from = _condition_start(clause, spans, candidates)
        candidates = [c for c in candidates if c.start < hypothetical_from]
    best: Trigger | None = None
    for candidate in candidates:
        if candidate.surface in vocab.TRIGGERS and any(
            start < candidate.end and candidate.start < end for start, end in blocked
        ):
            continue
        rank = (len(candidate.surface), -_PRIORITY[candidate.type])
        if best is None or rank > (len(best.surface), -_PRIORITY[best.type]):
            best = candidate
    if best is not None:
        best = _serial(clause, best, blocked)
    if best is not None and clause.startswith(vocab.QUOTING_AFTER_TRIGGER, best.end):
        return None  # 国务院批复中称: the document speaks
    if best is not None and best.type == "meeting":
        return _ceremony_act(candidates, clause, best) or best
    return best


def _awaited(before: str, surface: str) -> bool:
    """The act is asked for, awaited or prepared by a verb before it with at most a party and
    adverbs between (申请开工, 等待自治区发改委正式批复, 提请…审议通过); a request granted
    (申请获批, 申请通过) is told done."""
    found = _AWAITED.search(before)
    if found is None:
        return False
    return not (found.group().startswith(vocab.ASKING_VERB) and surface.startswith(vocab.GRANTED_HEADS))


def _condition_start(clause: str, spans: tuple[tuple[int, int], ...], candidates: list[Trigger]) -> int:
    """Where a condition told by an act opens in the clause (项目建成后将与一期工程贯通, 建设完成后
    将具备…能力): an act followed by 后 and a modal of consequence. That act and every act after
    it in the clause are the hypothetical, not reported; the clause's length when there is none
    (and for 继…之后 / 自…以后, an earlier act framing the sentence)."""
    ends = {end: start for start, end in spans}
    ends.update((c.end, c.start) for c in candidates)
    for found in _CONSEQUENCE_AFTER_ACT.finditer(clause):
        start = ends.get(found.start())
        if start is not None and not _framed(clause[:start]):
            return start
    return len(clause)


def _serial(clause: str, trigger: Trigger, blocked: tuple[tuple[int, int], ...]) -> Trigger:
    """The trigger widened back over the verb of the same act that precedes it across manner
    adverbs (拉林铁路建成正式通车: 建成正式通车, typed by 通车), so that the earlier verb is not
    read as part of the subject; the trigger as it is when no such verb stands there."""
    before = clause[: trigger.start]
    adverbs = _MANNER_TAIL.search(before[-vocab.SERIAL_ADVERB_MAX * 2 :])
    if adverbs is None or trigger.type == "meeting":
        return trigger
    at = trigger.start - (adverbs.end() - adverbs.start())
    earlier = next(((s, e) for s, e in _trigger_spans(clause[:at]) if e == at), None)
    if earlier is None or any(s < at and earlier[0] < e for s, e in blocked):
        return trigger
    if vocab.TRIGGERS[clause[earlier[0] : at]] == "meeting":
        return trigger
    fused = vocab.FUSED_BEFORE_TRIGGER.get(clause[earlier[0]], "")
    if earlier[0] > 0 and clause[earlier[0] - 1] in fused:
        return trigger  # 公交车正式下线: 交车 ends the word 公交车, no verb of the act
    return Trigger(trigger.type, clause[earlier[0] : trigger.end], earlier[0], trigger.end)


def _trigger_spans(clause: str) -> list[tuple[int, int]]:
    """Every position's longest trigger, overlapping ones included (建成投用 and 投用): one
    search from each position after the last found (a look-ahead matched at every offset is
    several times slower, as the regex engine cannot skip ahead to a trigger's first character)."""
    spans = []
    found = _TRIGGER.search(clause)
    while found is not None:
        spans.append(found.span())
        found = _TRIGGER.search(clause, found.start() + 1)
    return spans


def _strength(trigger: Trigger) -> tuple[int, int]:
    """Longer triggers first, then the type that comes first in `vocab.TYPE_PRIORITY`."""
    return len(trigger.surface), -_PRIORITY[trigger.type]


def _ceremony_act(candidates: list[Trigger], clause: str, held: Trigger) -> Trigger | None:
    """A ceremony has its act's type: 举行“国际创新协同区全面启动仪式” is the start, even with
    the act inside the ceremony's quoted name."""
    ceremony = _CEREMONY.search(clause, held.end)
    if ceremony is None:
        return _named_ceremony_act(candidates, clause, held)
    acts = [
        c for c in candidates if held.end <= c.start and c.end <= ceremony.start() and c.type != "meeting"
    ]
    return max(acts, key=_strength, default=None)


def _named_ceremony_act(candidates: list[Trigger], clause: str, held: Trigger) -> Trigger | None:
    """…the act of a ceremony named before the verb that holds it, its whole name quoted (“大杨
    国贸大厦开工仪式”在…举行): the act nearest before the ceremony's noun, inside the quotes; not
    a ceremony over (“揭牌仪式”后举行…) or before another time."""
    ceremonies = list(_CEREMONY.finditer(clause, 0, held.start))
    if not ceremonies or not clause.startswith(vocab.CLOSING_QUOTES, ceremonies[-1].end()):
        return None  # unquoted (深圳市…新开工项目集中启动活动举行): the clause's triggers decide
    if _has(clause[ceremonies[-1].end() : held.start], vocab.CEREMONY_TIME_WORDS):
        return None
    at = ceremonies[-1].start()
    nearest: Trigger | None = None
    for act in candidates:
        if act.end <= at and act.type != "meeting" and (nearest is None or act.end > nearest.end):
            nearest = act
    return nearest


def governs_a_set(clause: str, trigger: Trigger) -> bool:
    """开工A、B等一批项目: a clause opening with the trigger whose object is an unnamed set (一批,
    多个…) tells a programme, when no date makes it an act."""
    return not clause[: trigger.start].strip() and _SET_QUANTIFIER.search(clause, trigger.end) is not None


def named_by_copula(clause: str, trigger: Trigger) -> bool:
    """剪彩投产的最大项目是X: the thing the trigger concerns is named after a copula."""
    return bool(_NAMED_BY_COPULA.match(clause, trigger.end))


def describes_a_batch(clause: str, trigger: Trigger) -> bool:
    """X是此次一季度开工的高热区域: a copula describing something by the batch already told."""
    at = clause.rfind(vocab.COPULA, 0, trigger.start)
    return at >= 0 and _has(clause[at : trigger.start], vocab.COPULA_NOT_BETWEEN)


def without_consequences(words: str) -> str:
    """Words without the clauses telling what an act will bring once done (…，达产后预计新增年产值
    60多亿元；): their modal plans nothing told (a sentence's list of acts is not planned by it)."""
    return _CONSEQUENCE_CLAUSE_AFTER.sub("", words) if vocab.AFTER_TAILS[0] in words else words


def copula_before(clause: str, trigger: Trigger) -> int | None:
    """Where 是 stands in 'X是…<trigger>的<head>' (W4是…封顶的主楼), or None: the head after 的
    must be a thing built or run, and no batch (此次…) may stand between 是 and the trigger."""
    after = clause[trigger.end :]
    if not after.startswith(vocab.ATTRIBUTIVE):
        return None
    head = after[len(vocab.ATTRIBUTIVE) :]
    if not any(head.endswith(noun) for noun in vocab.COPULA_HEADS) or vocab.ATTRIBUTIVE in head:
        return None
    at = clause.rfind(vocab.COPULA, 0, trigger.start)
    if at <= 0 or _has(clause[at : trigger.start], vocab.COPULA_NOT_BETWEEN):
        return None
    if any(clause.endswith(word, 0, at + 1) for word in vocab.NOT_COPULAS):
        return None  # 尤其是今年7月试生产的达利食品项目: an adverb, the head is the subject
    return at


def is_statistic(
    clause: str, trigger: Trigger | None = None, subset: bool = False, bare: bool | Callable[[], bool] = False
) -> bool:
    """True for statistics and trends (同比增长, 累计, …; a clause ending in a count).

    A batch of projects started or signed together (长寿区开工新材料产业项目11个) is a milestone,
    not a tally, unless it is a part of a batch told before (其中…, 此外还有N个项目同步开工), a
    numbered or repeated batch (第三批开工动员项目93个, 本次…项目24个), a roll-up (全市陆续开工
    重大项目83个) or a bare count with no one acting (签约项目21个). `subset`: the clause before
    it was only 其中 / 此外; `bare`: the words before the trigger name no one (dates, adverbs),
    or a function telling it, asked only for a counted batch (most clauses never ask).
    """
    if _has(clause, vocab.STATISTIC_CUES):
        return True
    own = trigger is not None and trigger.type in vocab.BATCH_TYPES and _place_share(clause[: trigger.start])
    if own:
        clause = _BATCH_AMOUNT_TAIL.sub("", clause)  # 高邮市签约项目58个、总投资208亿元: the place's batch
    if trigger is not None:
        before = clause[: trigger.start]
        held = _has(before, vocab.CEREMONY_HOLDING_VERBS)  # 德阳市举行一批重大项目开工仪式 is a ceremony
        quantified = _SET_QUANTIFIER.search(_QUOTED.sub("", before))  # not a name (“三个一批”项目)
        if quantified and vocab.NOUN_LIST_END not in before and not held:
            return True  # a trend of an unnamed set (一批重大项目加速推进)
        if before.startswith(vocab.SEVERAL_OPENERS) and not held:
            return True  # 多项国家重点研发项目落地推进
        if _PART_OF_A_SET.match(before) and not held:
            return True  # 部分项目已经竣工投产, 还有部分重大项目已经开工
    if (
        trigger is not None
        and trigger.surface in vocab.GIFT_TRIGGERS
        and _NUMBER_AFTER.match(clause, trigger.end)
    ):
        return False  # the amount given
    if _STATISTIC.search(clause):
        return True
    if trigger is not None and trigger.type in vocab.BATCH_TYPES:
        before = clause[: trigger.start]
        together = _has(before, vocab.TOGETHER_WORDS)
        counted = _PROJECT_BATCH.search(clause) or ((own or together) and _TOTALLED_BATCH.search(clause))
        subset = subset or clause.startswith(vocab.SUBSET_OPENERS)
        # 其中，海口集中开工项目8个: a place's own share of the batch told before, named before
        # the act done together (README, convention count shares), is one; a count alone is a
        # part of the batch, and a place's count over a period (南昌市2022年一季度开工…) a roll-up
        share = counted and together and not _COUNTED_PROJECTS.match(before)
        share = share and not (bare() if callable(bare) else bare)
        if subset and (counted or _COUNTED_PROJECTS.match(before)) and not share:
            return True  # a part of a batch told before
        if counted:
            named_batch = before.endswith(vocab.BATCH_NAME_BEFORE)
            rollup = _has(before, vocab.ROLLUP_ADVERBS) or (before.endswith(vocab.TOTAL_BEFORE) and not own)
            # 绥化市计划开工建设产业项目700个: a year's target, not a batch started together
            target = _has(before, vocab.TARGET_CUES) and not _has(before, vocab.TOGETHER_WORDS)
            if named_batch or rollup or target or (bare() if callable(bare) else bare):
                return True
            return not before or _has(before, vocab.DEMONSTRATIVES)
    return bool(_COUNT_AT_END.search(clause))


def _place_share(before: str) -> bool:
    """The words before a batch's act are a place named by its suffix, alone or with an adverb of
    addition or total (仪征市, 邗江区还, 湘江新区直属区共): that place's own batch (annotation
    README, convention count shares), not a scope or a roll-up (全县三大园区共, 已推动全省)."""
    place = before
    for adverb in vocab.SHARE_ADVERBS:
        place = place.removesuffix(adverb)
    return (
        2 <= len(place) <= vocab.PLACE_SHARE_MAX
        and place.endswith(vocab.PLACE_SHARE_SUFFIXES)
        and not any(char in vocab.PLACE_SHARE_NOT_IN for char in place)
        and place.isalnum()
    )


def _cue_positions(sentence: str, cue: str) -> list[int]:
    """Where a cue stands as a verb (建议 in 规划建议 is a noun and does not count)."""
    positions = []
    position = sentence.find(cue)
    while position >= 0:
        if not (
            cue in vocab.PARAGRAPH_OPINION_CUES and sentence[:position].endswith(vocab.NOUN_SUGGESTION_BEFORE)
        ):
            positions.append(position)
        position = sentence.find(cue, position + 1)
    return positions


def is_opinion(sentence: str) -> bool:
    """True for opinions and proposals (建议, 认为, …).

    >>> is_opinion("雷虹建议，加大力度。"), is_opinion("全会通过了规划建议。")
    (True, False)
    """
    if _OPINION_CUE.search(sentence) is None:  # most sentences: no cue to look at one by one
        return False
    return any(_cue_positions(sentence, cue) for cue in vocab.OPINION_CUES)


def opens_opinion_list(sentence: str) -> bool:
    """True when the rest of the paragraph is a speaker's proposals too."""
    return any(_cue_positions(sentence, cue) for cue in vocab.PARAGRAPH_OPINION_CUES)


def is_reporting(trigger: Trigger, clause: str) -> bool:
    """True for a speaker introducing what follows (熊斐透露，…): not an event by itself."""
    return trigger.surface in vocab.REPORTING_TRIGGERS and not clause[trigger.end :].strip()


def _is_plan_cue(clause: str, cue: str, position: int) -> bool:
    following = clause[position + len(cue) : position + len(cue) + 1]
    if cue == vocab.FUTURE_MARKER:
        if _JIANG_DISPOSAL.match(clause, position):
            return False
        return bool(following) and following not in vocab.NOT_PLANNED_AFTER_JIANG
    if cue == vocab.PREPARE_WORD:
        return not clause.startswith(vocab.PREPARE_NOUNS, position + len(cue))
    if cue == vocab.INTEND_WORD:
        return clause[position - 1 : position] not in vocab.NOT_PLANNED_BEFORE_NI
    if cue == vocab.PLAN_WORD:
        for noun in _PLAN_NOUNS:
            offset = noun.index(cue)
            if clause.startswith(noun, position - offset) and position >= offset:
                return False
        if _PLAN_NOUN.match(clause, position):
            return False
        return not clause[:position].endswith(vocab.PLAN_NOUN_BEFORE)
    return True


def _qualifies_a_noun(clause: str, position: int, trigger: Trigger | None) -> bool:
    """A cue inside a phrase qualifying a noun before the trigger (即将刷新世界纪录的花江峡谷大桥
    也在争分夺秒建设): it tells of that thing, not of the act."""
    return trigger is not None and clause.find(vocab.ATTRIBUTIVE, position, trigger.start) >= 0


def _blanked(match: re.Match[str]) -> str:
    """The match as full-width spaces (offsets unchanged)."""
    return "　" * (match.end() - match.start())


def _stage_reached(stage: re.Match[str], trigger: Trigger) -> bool:
    """进入试生产阶段, 步入设备安装阶段, 工程已进入收尾阶段: entering a stage named by an act of
    producing, opening or building is that act, done; being in one (处于…) goes on."""
    inside = stage.start() < trigger.end and trigger.start < stage.end()
    entered = stage.group().startswith(vocab.STAGE_ENTERED)
    return inside and entered and trigger.type in vocab.STAGE_REACHED_TYPES


def status(clause: str, trigger: Trigger | None = None) -> str:
    """`planned`, `ongoing` or `occurred`, from the clause's cues (the date is checked apart).

    Text inside 《》 is a title and holds no cue; a stage named by the trigger itself
    (进入风险量产阶段) has been reached, it is not under way.
    """
    if trigger is not None and trigger.surface in vocab.DECIDING_TRIGGERS:
        clause = clause[: trigger.end]  # 决定将…迁移至: the decision is made, what it decides is ahead
    if _DOCUMENT_OPEN in clause:
        clause = _DOCUMENT.sub(_blanked, clause)
    if vocab.OPEN_QUOTE in clause:
        clause = _QUOTED_NAME.sub(_blanked, clause)  # the quote marks stay (计划和“…”工程)
    # each cue's every position is read only in a clause holding one (one search tells)
    for cue in vocab.PLANNED_CUES if _PLANNED_CUE.search(clause) else ():
        position = clause.find(cue)
        while position >= 0:
            existence = clause.startswith(vocab.FUTURE_EXISTENCE, position)  # 将有…规格高的赛事落户合肥
            sum_after = trigger is not None and position >= trigger.end and clause.startswith(
                vocab.PLANNED_SUM, position + len(cue)
            )  # 引进…拟投资20亿元建设…: the sum's plan
            if _is_plan_cue(clause, cue, position) and not sum_after and (
                existence or not _qualifies_a_noun(clause, position, trigger)
            ):
                return "planned"
            position = clause.find(cue, position + 1)
    if _PLANNED_YEAR.search(clause) or (trigger is not None and plans_named_works(clause)):
        return "planned"
    if trigger is not None and _DURATION_AHEAD.search(clause, 0, trigger.start):
        return "planned"  # 3年内投产: a span of time ahead
    stage = _STAGE.search(clause)
    if stage and trigger is not None and _stage_reached(stage, trigger):
        stage = None
    if _has(clause, vocab.ONGOING_CUES) or stage or _WORKS_UNDER_WAY.search(clause):
        return "ongoing"
    return "occurred"
