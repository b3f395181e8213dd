"""Speeches: what a speaker says (X表示，… / X指出，… / X说：“…”) reports an act only when the
act is dated, or told as done or as the occasion's. An undated act with no such mark is what the
speech is about: an aim (切实推进项目尽快落地，实现投产达产), a frame (自成立以来) or a summary,
no milestone (annotation README: speeches are no milestones).
"""

from __future__ import annotations

import re

from timeline._events import vocab
from timeline.model import Event

_SPEAKING = re.compile("(?:" + "|".join(vocab.SPEAKING_VERBS) + ")[" + vocab.SPEECH_OPENING_MARKS + "]")


def said_not_told(
    text: str, sentence_start: int, span: tuple[int, int], trigger_end: int, event: Event
) -> bool:
    """True when a speaker's words before the act (its sentence up to the trigger, which ends at
    `trigger_end` in the clause at `span`) open a speech, and the act has no date, is not under
    way, and what is said up to the end of its clause has no mark of being done (已, 了, 正式 …)
    nor of the occasion (此次, 现场 …)."""
    if event.date is not None or event.status == "ongoing":
        return False
    clause_start, clause_end = span
    speaking = _SPEAKING.search(text, sentence_start, clause_start + trigger_end)
    if speaking is None:
        return False
    said = text[speaking.end() : clause_end]
    return not any(mark in said for mark in vocab.SPEECH_TOLD_MARKS)
