"""Clean-up of received news text: repair broken lines, sort page furniture from prose.

The cleaned text is built from slices of the original, so every cleaned character keeps its
original offset: `Document.original_span` maps a cleaned span back, and the cleaned span equals
the original one with its line breaks (and the blanks around them) removed.
"""

from __future__ import annotations

import bisect
import re

import attrs

from timeline._events import vocab

_LINE = re.compile(r"[^\n]*\n?")
_TRAILING_BYLINE = re.compile(
    r"(?<=[" + re.escape(vocab.SENTENCE_END + vocab.CLOSERS) + r"])"
    r"[^。！？，]{0,16}(?:" + "|".join(vocab.BYLINE_MARKS) + r")[ \u3000]*[\u4e00-\u9fff]{2,4}$"
)

#: Unit kinds: `prose` is running text; the others are page furniture.
PROSE, HEADING, CAPTION, BYLINE = "prose", "heading", "caption", "byline"


@attrs.frozen
class Unit:
    """One paragraph of the cleaned text (`start`/`end` in cleaned coordinates) and its kind."""

    start: int
    end: int
    kind: str


@attrs.frozen
class Document:
    """The cleaned text, its paragraphs, and the map from cleaned to original offsets.

    `clean_starts[i]`/`orig_starts[i]` give where the i-th contiguous original slice starts in the
    cleaned and in the original text; units are joined by one "\\n" in `text`.
    """

    original: str
    text: str
    units: tuple[Unit, ...]
    clean_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]

    def to_original(self, index: int) -> int:
        """Original offset of the cleaned character at `index`."""
        piece = bisect.bisect_right(self.clean_starts, index) - 1
        return self.orig_starts[piece] + index - self.clean_starts[piece]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the non-empty cleaned span [start, end)."""
        return self.to_original(start), self.to_original(end - 1) + 1

    def is_faithful(self, start: int, end: int) -> bool:
        """True when the original span holds nothing but the cleaned span and line breaks.

        False when the span bridges a dropped caption (a paragraph joined across it).
        """
        orig_start, orig_end = self.original_span(start, end)
        return flatten(self.original[orig_start:orig_end]) == self.text[start:end]


_BREAK_RUN = re.compile(r"\s*\n\s*")


def flatten(span: str) -> str:
    """The span with every line break, and the blanks around it, removed.

    >>> flatten("1号提\\n案")
    '1号提案'
    """
    return _BREAK_RUN.sub("", span)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, blanks stripped; (-1, -1) for a blank line."""
    spans = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in "\n\r":
            end -= 1
        while start < end and (text[start].isspace() or text[start] == "\u3000"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == "\u3000"):
            end -= 1
        spans.append((start, end) if start < end else (-1, -1))
    return spans


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(vocab.CLOSERS)
    return bool(stripped) and stripped[-1] in vocab.SENTENCE_END


def _kind(text: str) -> str:
    if any(text.startswith(mark) for mark in vocab.CAPTION_STARTS) or any(
        text.endswith(mark) for mark in vocab.CAPTION_ENDS
    ):
        return CAPTION
    if len(text) <= vocab.BYLINE_MAX_LEN and (
        any(mark in text for mark in vocab.CAPTION_MARKS) and not _ends_sentence(text)
    ):
        return CAPTION
    if len(text) <= vocab.BYLINE_MAX_LEN and "，" not in text and any(m in text for m in vocab.BYLINE_MARKS):
        return BYLINE
    if text.startswith("#") or not any(mark in text for mark in vocab.PROSE_MARKS):
        return HEADING
    if "，" not in text and "。" not in text and len(text) <= vocab.HEADING_MAX_LEN:
        return HEADING
    return PROSE


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Paragraphs as lists of original line spans: lines broken inside a sentence are joined,
    blank lines and sentence-final line ends keep paragraphs apart, '#' headings stand alone."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if start < 0:
            if current:
                blocks.append(current)
                current = []
            continue
        line = text[start:end]
        if line.startswith("#") or (current and text[current[-1][0] : current[-1][1]].startswith("#")):
            if current:
                blocks.append(current)
            current = [(start, end)]
            continue
        current.append((start, end))
        if _ends_sentence(line):
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _split_block(
    block: list[tuple[int, int]], at: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Split a paragraph's line spans at offset `at` of its joined text."""
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    seen = 0
    for start, end in block:
        cut = start + max(0, min(end - start, at - seen))
        if cut > start:
            left.append((start, cut))
        if cut < end:
            right.append((cut, end))
        seen += end - start
    return left, right


def _is_continuation(kind: str) -> bool:
    """A prose paragraph that goes on where the previous one was cut (no sentence end)."""
    return kind == PROSE


def _join_cut_paragraphs(
    text: str, paragraphs: list[tuple[list[tuple[int, int]], str]]
) -> list[tuple[list[tuple[int, int]], str]]:
    """Join a prose paragraph cut mid-sentence with the prose paragraph that continues it,
    across blank lines and across captions or credits set in between (those stay units)."""
    result: list[tuple[list[tuple[int, int]], str]] = []
    held: list[tuple[list[tuple[int, int]], str]] = []
    for block, kind in paragraphs:
        last = result[-1] if result else None
        if (
            last is not None
            and last[1] == PROSE
            and not _ends_sentence(text[last[0][-1][0] : last[0][-1][1]])
        ):
            if kind in (CAPTION, BYLINE) and len(held) < 2:
                held.append((block, kind))
                continue
            if _is_continuation(kind):
                result[-1] = (last[0] + block, PROSE)
                result.extend(held)
                held = []
                continue
        result.extend(held)
        held = []
        result.append((block, kind))
    result.extend(held)
    return result


def clean(text: str) -> Document:
    """Clean an article's text into paragraphs of known kind, keeping original offsets.

    >>> doc = clean("2026年\\n重庆市政协\\n将提\\n案公布。\\n\\n图为会场。李四摄")
    >>> [doc.text[u.start:u.end] for u in doc.units], [u.kind for u in doc.units]
    (['2026年重庆市政协将提案公布。', '图为会场。李四摄'], ['prose', 'caption'])
    """
    paragraphs: list[tuple[list[tuple[int, int]], str]] = []
    for block in _blocks(text):
        joined = "".join(text[s:e] for s, e in block)
        kind = _kind(joined)
        tail = _TRAILING_BYLINE.search(joined) if kind == PROSE else None
        if tail:
            body, credit = _split_block(block, tail.start())
            paragraphs.append((body, PROSE))
            paragraphs.append((credit, BYLINE))
        else:
            paragraphs.append((block, kind))
    paragraphs = _join_cut_paragraphs(text, paragraphs)

    pieces_clean: list[int] = []
    pieces_orig: list[int] = []
    out: list[str] = []
    units: list[Unit] = []
    position = 0
    for block, kind in paragraphs:
        if units:
            out.append("\n")
            pieces_clean.append(position)
            pieces_orig.append(block[0][0])
            position += 1
        unit_start = position
        for start, end in block:
            pieces_clean.append(position)
            pieces_orig.append(start)
            out.append(text[start:end])
            position += end - start
        units.append(Unit(unit_start, position, kind))
    return Document(text, "".join(out), tuple(units), tuple(pieces_clean), tuple(pieces_orig))
