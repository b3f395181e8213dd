"""Frames: clauses whose dates date only themselves. 继…之后 / 自…以来 frame a sentence with an
earlier event (over one clause or several: 继A，并B之后), and a meeting framing the sentence
(在…召开的<name>上) may hold a year in its name; none of their dates dates the other clauses.
A span of time told from one act to another (自2017年12月开工建设，到…建成投产仅用了一年) starts
from a clause of that kind too.
"""

from __future__ import annotations

import itertools
import re

from timeline import _regex
from timeline._events import triggers, vocab
from timeline._events.dating import Dates
from timeline._events.sentences import Sentence

_MEETING_FRAME = re.compile(vocab.MEETING_FRAME)
#: What a meeting frame starts with (None: anything), to try it only on the clauses it may fit.
_MEETING_FRAME_HEADS = _regex.heads(_MEETING_FRAME, 1)


def sentence_frames(text: str, dates: Dates, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence whose dates date only themselves: its 继…之后 / 自…以来 clauses,
    the frames running over several clauses, the names of meetings framing it and the clauses
    spans of time start from (`_span_starts`)."""
    return (
        tuple(span for span in sentence.clauses if _is_frame(text, span))
        + _frame_runs(text, sentence)
        + _meeting_names(text, sentence)
        + _span_starts(text, dates, sentence)
    )


def _span_starts(text: str, dates: Dates, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """该项目自2017年12月开工建设，到首条模组建成投产仅用了一年: the clause a span of time starts
    from (a date after 自/从), before one opening with 到/至: its date dates that act only, not the
    one the span runs to."""
    clauses = sentence.clauses
    return tuple(
        first
        for first, second in itertools.pairwise(clauses)
        if text.startswith(vocab.SPAN_TO_HEADS, second[0])
        and any(text[d.start - 1] in vocab.SPAN_FROM_HEADS for d in dates.within(first[0] + 1, first[1]))
    )


def _frame_runs(text: str, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """继A，并B之后: a frame running over several clauses, from one opening with 继 to the first
    that ends with 之后/以后/后 (at most FRAME_RUN_CLAUSES of them), as one span: its dates date
    its own clauses only, and each of its clauses is an act of its own."""
    runs = []
    clauses = sentence.clauses
    for index, (start, end) in enumerate(clauses):
        opens = text.startswith(vocab.SEQUEL_FRAME_HEAD, start)
        if not opens or text.endswith(vocab.FRAME_TAILS, start, end):
            continue
        for _, last_end in clauses[index + 1 : index + vocab.FRAME_RUN_CLAUSES]:
            if text.endswith(vocab.FRAME_TAILS, start, last_end):
                runs.append((start, last_end))
                break
    return tuple(runs)


def in_frame(span: tuple[int, int], frames: tuple[tuple[int, int], ...]) -> bool:
    """The clause is a frame or lies in one running over several clauses."""
    return any(start <= span[0] and span[1] <= end for start, end in frames)


def _is_frame(text: str, span: tuple[int, int]) -> bool:
    """继…之后 / 自…以来 (这是继…之后, 2021年…成立后): a clause that frames the sentence with an
    earlier event (`triggers.is_frame`)."""
    return text.endswith(vocab.FRAME_TAILS, *span) and triggers.is_frame(text[span[0] : span[1]])


def _meeting_names(text: str, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The names of meetings framing the sentence (在…召开的<name>上): a year inside the name
    (…2024年抓投资促发展大会) dates no clause."""
    result = []
    for start, end in sentence.clauses:
        if _MEETING_FRAME_HEADS is not None and text[start] not in _MEETING_FRAME_HEADS:
            continue  # most clauses: no slice made to match the frame in
        framed = _MEETING_FRAME.match(text[start:end])
        if framed is not None:
            result.append((start + framed.start("name"), start + framed.end("name")))
    return tuple(result)


def meeting_framed(start: int, clause: str, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """'在2月18日召开的<meeting>上': the span of the meeting held, named after the attributive
    (its subject, whether or not a name of it was recognised)."""
    framed = _MEETING_FRAME.match(clause)
    if trigger.type != "meeting" or framed is None or framed.start("verb") != trigger.start:
        return None
    return start + framed.start("name"), start + framed.end("name")
