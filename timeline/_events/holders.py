"""The place that holds an act no one is named for: a count of projects acting (又有12个项目集中
签约) right after a clause that only says where (在安巢经开区，) is that place's act. A count is
never a subject; the place that held the act is, as the annotation reads it.
"""

from __future__ import annotations

from timeline._events import vocab
from timeline._events.carried import Link, Unread
from timeline._events.context import Reading
from timeline._events.mentions import Found
from timeline._events.retold import COUNTED
from timeline._events.subjects import as_subject
from timeline._events.triggers import Trigger
from timeline.model import EventEntity


def counted_where_framed(
    reading: Reading, chain: list[Link], clause: str, trigger: Trigger
) -> EventEntity | None:
    """The place of the clause before, when it only says where, for a clause whose words before
    the trigger count what acted; None otherwise."""
    if not chain or not isinstance(chain[-1][1], Unread) or COUNTED.search(clause, 0, trigger.start) is None:
        return None
    span = chain[-1][1].span
    found = place_framed(reading.doc.text, span, reading.recognition.within(*span))
    return as_subject(found) if found is not None else None


def place_framed(text: str, span: tuple[int, int], mentions: list[Found]) -> Found | None:
    """The place or park of a clause that is only 在/于 and its name (with 上, 内…), or None."""
    start, end = span
    if text.startswith(vocab.SITE_MARKERS, start):
        start += 1
    for found in mentions:
        if found.start == start and found.type in vocab.HELD_AT_TYPES:
            rest = text[found.end : end]
            return found if not rest or rest in vocab.PLACE_FRAME_TAILS else None
    return None
