"""Attributes: an act told as the attribute of a thing (成立的X, 试生产的首批汽车) tells no act
of its own, unless a date or a venue stands right before it (2011年开工建设的X, 在主会场开工的X)
or it opens a clause about a named thing (竣工的福建省…项目总投资2.2亿元); a dated or placed
attribute is the part of its clause that tells the act.
"""

from __future__ import annotations

from timeline._events import acts, dating, subjects, triggers, vocab
from timeline._events.context import Reading
from timeline._events.entities import Found


def attribute_span(reading: Reading, span: tuple[int, int], trigger: triggers.Trigger) -> tuple[int, int]:
    """The part of a clause that tells its act: the attribute, up to its 的, when the act is told
    in a dated or placed attribute of the thing the clause goes on about (当天开工的X项目总投资
    80亿元, 在主会场开工的X项目总投资105亿元: the figure is the thing's, no tally of the act);
    else the whole clause (计划一季度开工的重大项目共2051个: no one thing, a count)."""
    start, end = span
    text = reading.doc.text
    trigger_at, trigger_end = start + trigger.start, start + trigger.end
    if not text.startswith(vocab.ATTRIBUTIVE, trigger_end):
        return span
    placed = dating.dated_right_before(text, reading.dates, start, trigger_at) or acts.placed_right_before(
        reading, start, end, trigger_at
    )
    mentions = reading.recognition.within(start, end)
    if placed and subjects.attributed(reading.doc, reading.dates, span, mentions, trigger) is not None:
        return start, trigger_end
    if _opening_attribute(reading, start, text[start:end], trigger):
        return start, trigger_end  # 竣工的福建省…项目总投资2.2亿元: the figure is the thing's
    return span


def is_attributive(reading: Reading, clause_start: int, clause: str, trigger: triggers.Trigger) -> bool:
    """A trigger qualifying the noun after it (成立的…, 试生产的首批汽车), which tells no act of
    its own: not when the thing is named after a copula (剪彩投产的最大项目是X) or a date or a
    venue stands right before it (2020年12月才成立的…, 在主会场开工的…)."""
    trigger_at = clause_start + trigger.start
    return (
        clause.startswith(vocab.ATTRIBUTIVE, trigger.end)
        and not triggers.named_by_copula(clause, trigger)
        and not dating.dated_right_before(reading.doc.text, reading.dates, clause_start, trigger_at)
        and not acts.placed_right_before(reading, clause_start, clause_start + len(clause), trigger_at)
        and not _opening_attribute(reading, clause_start, clause, trigger)
    )


def _opening_attribute(reading: Reading, clause_start: int, clause: str, trigger: triggers.Trigger) -> bool:
    """竣工的福建省…有限公司…项目总投资2.2亿元: a clause opening with its act as the attribute of
    a thing named right after 的 (a recognised name, no count nor kind word) tells that act of
    the thing."""
    opener = clause[: trigger.start]
    partner = bool(opener) and _partner_named(reading, clause_start, opener)
    if opener and opener not in vocab.ATTRIBUTE_OCCASION_OPENERS and not partner:
        return False  # only the act opening the clause, after 同期 / 当天 / 此次 or its partner (与X签约的Y)
    if triggers.status(clause, trigger) != "occurred":
        return False  # 成立的重庆实验室将聚焦…: what the thing will do, no act told
    at = clause_start + trigger.end + len(vocab.ATTRIBUTIVE)
    also = next((word for word in vocab.ATTRIBUTE_ALSO if reading.doc.text.startswith(word, at)), "")
    # (the longest name there: 福建省中科明润…项目, not the place 福建省 opening it)
    starting = [m for m in reading.recognition.within(at, clause_start + len(clause)) if m.start == at]
    named = max(starting, key=_end, default=None)
    named_thing = named is not None and named.type not in vocab.TOPIC_SKIP_TYPES
    if opener and not named_thing:
        # 同期开工的项目: a kind, unless a thing follows 还有 (同期开工的还有X基地); a name right
        # after 的 is that thing (同时落地的中建集团(苏州)总部项目)
        span = (clause_start, clause_start + len(clause))
        mentions = reading.recognition.within(*span)
        thing = subjects.attributed(reading.doc, reading.dates, span, mentions, trigger)
        return (bool(also) or partner) and thing is not None
    return named_thing


def _partner_named(reading: Reading, clause_start: int, opener: str) -> bool:
    """与中核汇能有限公司签约的兴隆风电场项目: the words before the act are only its other party, a
    recognised name after a partner marker."""
    if not opener.startswith(vocab.PARTNER_OPENERS) or opener.startswith(vocab.WORDS_OPENING_WITH_PARTNER):
        return False
    party_at, party_end = clause_start + 1, clause_start + len(opener)
    parties = reading.recognition.within(party_at, party_end)
    return any(m.start == party_at and m.end == party_end for m in parties)


def _end(found: Found) -> int:
    return found.end
