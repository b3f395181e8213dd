"""Sentences and clauses of a paragraph, split on Chinese punctuation, with offsets.

Sentences end at 。！？； (closing quotes stay with the sentence they close); clauses split
on ，and ： (not on a comma parting a number's thousands: 1,200亿元). Nothing inside 《》 or
（） is ever split: document titles keep their commas; a comma inside a short quotation
(“拼经济、抓产业，上项目”) does not cut a clause either. A news agency's dateline
(中新网海口3月18日电 (记者 尹海明)) opening a sentence is in no clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from timeline._events import vocab
from timeline._regex import HAN

_BLANKS = " \t\u3000\u00a0\n"
_CLAUSE_TAIL = vocab.SENTENCE_BREAKS + "…"
_BLANKS_AND_TAIL = _BLANKS + _CLAUSE_TAIL
_MARK_CHARACTERS = (
    vocab.OPEN_BRACKETS + vocab.CLOSE_BRACKETS + vocab.CLAUSE_BREAKS + vocab.SENTENCE_BREAKS + vocab.QUOTES
)
#: A bracket, quote or break mark, or an ellipsis (……). One class of their first characters opens
#: it, the ellipsis's second half read after its first, so that the regex engine skips to them
#: (an alternation opening with the ellipsis is tried at every offset of the text).
_MARKS = re.compile(
    "["
    + re.escape(vocab.ELLIPSIS[0] + _MARK_CHARACTERS)
    + "](?:(?<="
    + re.escape(vocab.ELLIPSIS[0])
    + ")"
    + re.escape(vocab.ELLIPSIS[1:])
    + "|(?<!"
    + re.escape(vocab.ELLIPSIS[0])
    + "))"
)


_THOUSANDS = re.compile(r"[0-9]" + re.escape(vocab.THOUSANDS_SEPARATOR) + r"[0-9]{3}(?![0-9])")
_CLOSE_BRACKET = re.compile("[" + re.escape(vocab.CLOSE_BRACKETS) + "]")
#: A Han character: the clause runs on right after an ellipsis.
_RUNS_ON = re.compile(f"[{HAN}]")
_DATELINE = re.compile(vocab.DATELINE_OPENING)


@attrs.define()
class Sentence:
    """A sentence (`start`/`end` in the text it was split from) and its clauses' spans."""

    start: int
    end: int
    clauses: tuple[tuple[int, int], ...]


def _trimmed(text: str, start: int, end: int, tail: str = "") -> tuple[int, int]:
    """The span without the blanks around it, nor the characters `tail` at its end after them
    (str.strip on a copy: a character loop cost more than the rest of the split)."""
    if start < end and text[start] not in _BLANKS and text[end - 1] not in _BLANKS + tail:
        return start, end  # most clauses: nothing to strip, no copy made
    span = text[start:end]
    words = span.lstrip(_BLANKS)
    start += len(span) - len(words)
    return start, start + len(words.rstrip(_BLANKS).rstrip(tail))


def split(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """Sentences of `text[start:end]`, each with its clauses (offsets into `text`).

    >>> [(s.start, s.end, s.clauses) for s in split("1月6日，研究院启用。好。")]
    [(0, 11, ((0, 4), (5, 10))), (11, 13, ((11, 12),))]
    """
    stop = len(text) if end is None else end
    depth = 0
    quoted = False
    sentence_start = clause_start = start
    clauses: list[tuple[int, int]] = []
    skip_to = start
    closes = _last_close(text, start, stop)
    # (the tables read once: this loop runs at every mark of every paragraph)
    quotes, opening_quote, open_brackets = vocab.QUOTES, vocab.QUOTES[0], vocab.OPEN_BRACKETS
    close_brackets, clause_breaks, closers = vocab.CLOSE_BRACKETS, vocab.CLAUSE_BREAKS, vocab.CLOSERS
    ellipsis_length = len(vocab.ELLIPSIS)
    for match in _MARKS.finditer(text, start, stop):
        index = match.start()
        if index < skip_to:
            continue
        char = text[index]
        if char in clause_breaks:
            if depth:
                continue
            if quoted and _inside_short_quote(text, index, stop):
                continue
            if char == vocab.THOUSANDS_SEPARATOR and _THOUSANDS.match(text, index - 1, stop):
                continue  # 总投资1,200亿元: a number's thousands, not a clause break
            clauses.append((clause_start, index))
            clause_start = index + 1
        elif char in quotes:
            quoted = char == opening_quote
        elif char in open_brackets:
            depth += index < closes  # a bracket never closed (a credit cut off, `。(`) opens nothing
        elif char in close_brackets:
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif match.end() - index == ellipsis_length and _elided_list_tail(
            text, clause_start, index, match.end(), stop
        ):
            continue
        else:
            after = match.end()
            while after < stop and text[after] in closers:
                after += 1
            clauses.append((clause_start, after))
            sentence = _sentence(text, sentence_start, after, clauses)
            if sentence is not None:
                yield sentence
            sentence_start = clause_start = skip_to = after
            clauses = []
            quoted = False
    if sentence_start < stop:
        clauses.append((clause_start, stop))
        sentence = _sentence(text, sentence_start, stop, clauses)
        if sentence is not None:
            yield sentence


def _elided_list_tail(text: str, clause_start: int, index: int, end: int, stop: int) -> bool:
    """An ellipsis closing a list inside its clause (金桥焊材、电装电机、丰津传动……相继入驻): it
    stands for the items left out, as 等 does, and the clause runs on to its verb."""
    if end - index != len(vocab.ELLIPSIS) or end >= stop or not _RUNS_ON.match(text, end):
        return False
    return vocab.NOUN_LIST_MARK in text[clause_start:index]


def _last_close(text: str, start: int, stop: int) -> int:
    """Where the last closing bracket of `text[start:stop]` stands (-1 when there is none): one
    search over the span, not one per kind of bracket."""
    last = -1
    for match in _CLOSE_BRACKET.finditer(text, start, stop):
        last = match.start()
    return last


def _inside_short_quote(text: str, index: int, stop: int) -> bool:
    """A clause break inside a name or slogan in quotes that closes soon, without a sentence of
    its own (a quoted speech is cut as usual)."""
    close = text.find(vocab.QUOTES[1], index, min(stop, index + vocab.QUOTE_REACH))
    return close >= 0 and not any(mark in text[index:close] for mark in vocab.SENTENCE_BREAKS)


def _sentence(text: str, start: int, end: int, clauses: list[tuple[int, int]]) -> Sentence | None:
    """The sentence without blanks around it, and its clauses without blanks and without the
    sentence-final punctuation (empty ones left out)."""
    start, end = _trimmed(text, start, end)
    if start >= end:
        return None
    # (most clauses have nothing to trim: `_trimmed`'s first test, made here without a call)
    spans = [
        (s, e) if s < e and text[s] not in _BLANKS and text[e - 1] not in _BLANKS_AND_TAIL
        else _trimmed(text, s, e, _CLAUSE_TAIL)
        for s, e in clauses
    ]
    dateline = _DATELINE.match(text, spans[0][0], spans[0][1]) if spans else None
    if dateline is not None:  # the clause opens after it; the sentence keeps it (its day)
        spans[0] = (dateline.end(), spans[0][1])
    return Sentence(start, end, tuple([span for span in spans if span[0] < span[1]]))
