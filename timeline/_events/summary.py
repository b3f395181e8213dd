"""Summaries: the words of the article that say what happened (spec: "The summary says what
happened").

A summary is always a span of the cleaned text, so that the event's source offsets give it back.
It is the trigger's clause, except when that clause is only a speech verb (长安汽车宣布，…,
负责人透露，…): the summary then runs on through the clauses of the sentence that tell what was
announced, as long as it stays within SUMMARY_MAX_LEN characters (cut at a clause boundary; the
first announced clause is always taken). A clause quoted whole (“新工厂正式投产。”) is summarised
without its quotation marks. A clause that is only an approval by an authority
(经国务院批准，升级为国家级经开区) runs on through the next clause, the act approved. A visit
told after the clause naming the visitor and the places (市长王勇先后来到A、B等项目现场，调研…)
starts at that clause.
"""

from __future__ import annotations

import re

from timeline._events import vocab
from timeline._events.sentences import Sentence

_APPROVED_BY = re.compile(vocab.APPROVED_BY + "$")


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the quotation marks around it, nor the sentence's final mark inside
    them, when it is one quoted clause (“新工厂正式投产。” → 新工厂正式投产)."""
    if end - start < 3 or text[start] != vocab.OPENING_QUOTE or text[end - 1] != vocab.CLOSING_QUOTE:
        return start, end
    if vocab.OPENING_QUOTE in text[start + 1 : end - 1] or vocab.CLOSING_QUOTE in text[start + 1 : end - 1]:
        return start, end  # “两纵一横”项目…“…”: quotes of names, not one quotation
    inner_end = end - 1
    while inner_end > start + 1 and text[inner_end - 1] in vocab.SENTENCE_END:
        inner_end -= 1
    return start + 1, inner_end


def summary_span(text: str, sentence: Sentence, span: tuple[int, int], trigger_end: int) -> tuple[int, int]:
    """The span of the cleaned text that summarises the event of the clause at `span`.

    >>> from timeline._events.sentences import split
    >>> text = "长安汽车宣布，年销量突破100万辆，创历史新高。"
    >>> sentence = next(split(text))
    >>> start, end = summary_span(text, sentence, sentence.clauses[0], 6)
    >>> text[start:end]
    '长安汽车宣布，年销量突破100万辆，创历史新高'
    """
    start, end = span
    if not text[trigger_end:end].strip() and _APPROVED_BY.search(text, start, trigger_end):
        following = [clause for clause in sentence.clauses if clause[0] >= end]
        return (start, following[0][1]) if following else span  # 经国务院批准，升级为国家级…
    if text[trigger_end:end].strip() or text[trigger_end - 2 : trigger_end] not in vocab.SPEECH_VERBS:
        return _unquoted(text, *span)
    following = [clause for clause in sentence.clauses if clause[0] >= end]
    for index, (_, clause_end) in enumerate(following):
        if index and clause_end - start > vocab.SUMMARY_MAX_LEN:
            break
        end = clause_end
    return start, end


def from_visitor(sentence: Sentence, span: tuple[int, int], visitor_at: int | None) -> int:
    """Where a visit's summary starts: at the clause of its sentence naming the visitor when that
    clause comes before the visit's own (王勇先后来到…项目现场，调研…); else at the visit's clause."""
    if visitor_at is None or visitor_at >= span[0] or visitor_at < sentence.start:
        return span[0]
    return next((start for start, end in sentence.clauses if start <= visitor_at < end), span[0])
