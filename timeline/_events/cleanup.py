"""Clean-up of received news text: repair broken lines, sort page furniture from prose.

Lines are joined into paragraphs when a sentence runs across them (print layouts break lines
inside words), but never across page furniture: a headline standing above its body, a section
header (■ 大事记), a year alone above the month-day items of a chronicle (the year of those
items, kept on their units), a list item (△…), a 来源：/时间： line, a link list or a share
button (or a repost's share line), an HTML tag, a machine summary's ` - ` bullet or `[1]`
reference. Photo captions (a line opening with ▲), credits and bylines become units of their
own kind.

The cleaned text is built from slices of the original, so every cleaned character keeps its
original offset: `Document.original_span` maps a cleaned span back, and the cleaned span equals
the original one with its line breaks (and the blanks around them) removed.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence

import attrs

from timeline._events import vocab
from timeline._regex import HAN
from timeline.export.controls import FORMAT_CONTROLS
from timeline.model import CONTROL_CHARACTER_RANGES

_LINE = re.compile(r"[^\n]*\n?")
#: A credit ending a paragraph, after the mark closing its last sentence (group "credit"; the mark
#: is matched, not looked back at, so that the regex engine skips to the marks).
_TRAILING_BYLINE = re.compile(
    r"[" + re.escape(vocab.SENTENCE_END + vocab.CLOSERS) + r"]"
    r"(?P<credit>[^。！？，]{0,16}(?:" + "|".join(vocab.BYLINE_MARKS) + r")[ \u3000]*[" + HAN + r"]{2,4}$)"
)
_LEADING_DATELINE = re.compile(vocab.LEADING_DATELINE)

#: Unit kinds: `prose` is running text; the others are page furniture.
PROSE, HEADING, CAPTION, BYLINE, FURNITURE = "prose", "heading", "caption", "byline", "furniture"

#: What breaks a line as hard as a line break: HTML tags, a machine summary's references and
#: bullets, a list item mark written inside the line, and the blank after a sentence before a
#: numbered headline that runs into its dated item (…加大投资力度。 3 省政府与中国华电集团签订
#: 项目合作协议 1月28日，…: a chronicle whose items were printed on one line). A run of blanks is
#: matched from its first blank only: tried from each of its blanks, a run cost the square of its
#: length (40,000 blanks, 6 CPU s).
_BREAKER = re.compile(
    r"<[^<>\n]{1,300}>|(?<![ \t\u3000])[ \t\u3000]*\[\d{1,3}\](?:[ \t\u3000]+-)?[ \t\u3000]*"
    r"|(?<![ \t\u3000])[ \t\u3000]+-[ \t\u3000]+|(?=["
    + vocab.LIST_ITEM_MARKS
    + vocab.PHOTO_MARKS
    + "])|"
    + vocab.NUMBERED_ITEM_AFTER_SENTENCE
)
#: A character every `_BREAKER` match starts at: a line holding none is searched no further
#: (the breaker opens with a choice of patterns, which the regex engine tries at every offset).
_BREAKER_START = re.compile(r"[<\[ \t\u3000" + vocab.LIST_ITEM_MARKS + vocab.PHOTO_MARKS + "]")
_CUT_TAIL_FURNITURE = re.compile("[" + re.escape(vocab.CUT_TAIL_FURNITURE) + r"\s\u3000]")
_FURNITURE_WORD = re.compile("|".join(re.escape(w) for w in vocab.FURNITURE_WORDS))
_CLAUSE_MARK = re.compile("[" + vocab.CLAUSE_MARKS + "]")
_SENTENCE_MARK = re.compile("[" + re.escape(vocab.SENTENCE_BREAKS + vocab.SENTENCE_END) + "]")
_PROSE_MARK = re.compile("[" + vocab.PROSE_MARKS + "]")
_CAPTION_MARK = re.compile("|".join(re.escape(w) for w in vocab.CAPTION_MARKS))
_BYLINE_MARK = re.compile("|".join(vocab.BYLINE_MARKS))
_LIST_NUMBER = re.compile(vocab.LIST_NUMBER)
_ITEM_NUMBER = re.compile(vocab.ITEM_NUMBER)
#: A headline and its body on one line, a blank between: group `head` ends the headline, `body`
#: opens the body (`_run_in_headline`).
_CAPTION_LEAD = re.compile(vocab.CAPTION_LEAD)
_RUN_IN_HEADLINE = re.compile(
    r"(?P<mark>[" + vocab.SECTION_MARKS + r"][ \t\u3000]*|" + vocab.RUN_IN_HEADLINE_NUMBERS + r")?"
    r"[^\s" + vocab.PROSE_MARKS + r"：:!！]{" + ",".join(map(str, vocab.RUN_IN_HEADLINE_LEN)) + "}"
    r"(?P<head>)[ \t\u3000]+(?P<body>)\S"
)
_TITLE_THEN_SALUTATION = re.compile(vocab.TITLE_THEN_SALUTATION)
_YEAR_LINE = re.compile(vocab.YEAR_LINE)
_MONTH_HEADING = re.compile(vocab.MONTH_HEADING, re.IGNORECASE)
_CHRONICLE_WORD = re.compile("|".join(vocab.CHRONICLE_WORDS))
#: An ideograph no month heading holds (the heading's pattern names its ideographs one by one).
_IDEOGRAPH = re.compile(f"[{HAN}]")
_NOT_HEADING_IDEOGRAPH = re.compile(
    "(?![" + "".join(sorted({c for c in _MONTH_HEADING.pattern if _IDEOGRAPH.match(c)})) + "])"
    f"[{HAN}]"
)
#: More ideographs than a heading or a chronicle's title can hold.
_BEYOND_HEADING = re.compile(f"(?:[^{HAN}]*[{HAN}]){{{vocab.HEADING_MAX_LEN + 1}}}")
_TITLE_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_NUMBER_LINE = re.compile(r"[0-9０-９]{1,3}")
_DATE_LINE = re.compile(vocab.DATE_LINE)
_DAY_LINE = re.compile(vocab.DAY_LINE)
_DATE_HEADING = re.compile(vocab.DATE_HEADING)
_DAY_START = re.compile(vocab.DAY_START)
_DATED_ITEM = re.compile(vocab.DATED_ITEM)
_ITEM_DAY = re.compile(vocab.ITEM_DAY)
_HAN_MONTH_DAY = re.compile(vocab.HAN_MONTH_DAY)
_MONTH_DAY_START = re.compile(vocab.MONTH_DAY_START)
_FURNITURE_LABEL = re.compile(
    "(?:"
    + "|".join(sorted((*vocab.FURNITURE_LABELS, *vocab.TEASER_LABELS), key=len, reverse=True))
    + r")\s*[" + vocab.FURNITURE_LABEL_MARKS + "]"
    r"|[【\[](?:" + "|".join(vocab.TEASER_LABELS) + r")[】\]]"
)
_DOCUMENT_NUMBER = re.compile(vocab.DOCUMENT_NUMBER)
_TIMESTAMP = re.compile(
    r"[0-9]{1,4}[-./][0-9]{1,2}[-./][0-9]{1,4}\s*[0-9]{1,2}:[0-9]{2}|·\s*[0-9]{4}-[0-9]{2}-[0-9]{2}"
)


@attrs.frozen()
class Unit:
    """One paragraph of the cleaned text (`start`/`end` in cleaned coordinates) and its kind.

    `year` is the year of a chronicle's items, printed alone above them or in the chronicle's
    title (2012年XX大事记), and `month` the month of a month heading (1月, 一月) above them, for
    the units they head. `date_line` is the span of the chronicle's date line (1927年11月) above
    an item that tells no date of its own: the item's date.
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    date_line: tuple[int, int] | None = None


@attrs.frozen()
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

        False when the span bridges a dropped caption (a paragraph joined across it). A span
        inside one slice of the original, holding nothing `flatten` removes, is faithful at once.
        """
        piece = bisect.bisect_right(self.clean_starts, start) - 1
        inside = piece + 1 == len(self.clean_starts) or end <= self.clean_starts[piece + 1]
        if inside and _FLATTENED.search(self.text, start, end) is None:
            return True
        orig_start, orig_end = self.original_span(start, end)
        return flatten(self.original[orig_start:orig_end]) == self.text[start:end]


_BREAK_RUN = re.compile(r"\s*\n\s*")
#: What `clean` drops as no character of the text: a control character (a bell, an escape) or an
#: invisible format control (zero-width space and joiner, soft hyphen, byte order mark, bidi marks
#: and overrides, tags; the line and paragraph separators): 重庆\u200b实验室 is 重庆实验室.
_INVISIBLE = CONTROL_CHARACTER_RANGES + FORMAT_CONTROLS
#: A character some part of `flatten` starts at: a line break, a blank, a reading's bracket, a control.
_FLATTENED = re.compile(f"[\n \u3000\xa0(（{_INVISIBLE}]")
_ENUMERATOR = re.compile(vocab.ENUMERATOR)
_OPENING_ENUMERATOR = re.compile(vocab.ENUMERATOR_NUMBERS)
#: Blanks between two CJK characters. Here and in `_DROPPED` the character before is looked back
#: at after the first character matched, so that the regex engine skips to the blanks (a pattern
#: opening with a look-back is tried at every offset of the text).
_INNER_BLANK = re.compile(
    rf"[ \u3000\xa0](?<=[{vocab.INNER_BLANK_BETWEEN}][ \u3000\xa0])[ \u3000\xa0]*"
    rf"(?=[{vocab.INNER_BLANK_BETWEEN}])"
)


def _without_blanks_and_numbers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The slices of text[start:end] left once the blanks between two CJK characters are dropped
    (PDF-extracted prose puts them inside names: 山东 省港口集团), and the numbers of an
    enumeration's items run into the paragraph (…：一是…；二是…). Bylines keep their blanks."""
    opening = _OPENING_ENUMERATOR.match(text, start, end)
    if opening is not None and opening.end() < end:
        start = opening.end()
    dropped = [blank.span() for blank in _INNER_BLANK.finditer(text, start, end)]
    numbers = [m.span(m.lastgroup or 0) for m in _ENUMERATOR.finditer(text, start, end)]
    slices = []
    for drop_start, drop_end in sorted(dropped + numbers) if numbers else dropped:
        if drop_start < start:
            continue  # a blank inside a number dropped already
        if drop_start > start:
            slices.append((start, drop_start))
        start = drop_end
    if start < end or not slices:
        slices.append((start, end))
    return slices


#: What `clean` drops before all: a control or format character (`_INVISIBLE`), or a pinyin reading
#: printed in brackets right after a Han character (重點(diǎn)), known by its tone mark (some reposting
#: sites add them to every other character). One class of their first characters opens it (see
#: `_INNER_BLANK`).
_DROPPED = re.compile(
    rf"[(（{_INVISIBLE}](?:(?<=[{vocab.INNER_BLANK_BETWEEN}][(（])"
    rf"(?=[a-zü{vocab.PINYIN_TONE_VOWELS}]*[{vocab.PINYIN_TONE_VOWELS}])[a-zü{vocab.PINYIN_TONE_VOWELS}]{{1,6}}[)）]"
    rf"|(?<=[{_INVISIBLE}]))"
)


def _without_readings(text: str) -> tuple[str, list[int], list[int]]:
    """The text without its pinyin readings and control and format characters, and where each kept slice
    starts in it and in the original (the same piecewise map as a Document's)."""
    kept: list[str] = []
    starts: list[int] = [0]
    origins: list[int] = [0]
    position = 0
    for reading in _DROPPED.finditer(text):
        kept.append(text[position : reading.start()])
        starts.append(starts[-1] + reading.start() - position)
        origins.append(reading.end())
        position = reading.end()
    kept.append(text[position:])
    return "".join(kept), starts, origins


def _through_map(doc: Document, original: str, starts: list[int], origins: list[int]) -> Document:
    """`doc`, cleaned from the text without readings, with its offsets carried back to `original`:
    each of its slices is cut where a reading was dropped inside it."""
    if not doc.clean_starts:  # nothing left (a text of control characters): no slice to map
        return Document(original, doc.text, doc.units, doc.clean_starts, doc.orig_starts)
    pieces_clean: list[int] = []
    pieces_orig: list[int] = []
    bounds = [*doc.clean_starts[1:], len(doc.text)]
    for clean_start, stripped_start, clean_end in zip(doc.clean_starts, doc.orig_starts, bounds, strict=True):
        stripped_end = stripped_start + clean_end - clean_start
        index = bisect.bisect_right(starts, stripped_start) - 1
        while clean_start < clean_end or not pieces_clean:
            pieces_clean.append(clean_start)
            pieces_orig.append(origins[index] + stripped_start - starts[index])
            if index + 1 >= len(starts) or starts[index + 1] >= stripped_end:
                break
            index += 1
            clean_start += starts[index] - stripped_start
            stripped_start = starts[index]
    return Document(original, doc.text, doc.units, tuple(pieces_clean), tuple(pieces_orig))


def flatten(span: str) -> str:
    """The span with every line break, and the blanks around it, removed (and what `clean`
    drops before all: pinyin readings, control and format characters).

    >>> flatten("1号提\\n案")
    '1号提案'
    """
    return _INNER_BLANK.sub("", _BREAK_RUN.sub("", _DROPPED.sub("", span)))


_BLANKS = re.compile(r"\s+")


def unwritten(text: str, sentences: Sequence[str]) -> list[str]:
    """The sentences (an extraction's, each on one line) that the article `text` does not write:
    neither as they stand, nor across its line breaks and blanks, nor across what `clean` drops
    between their words (a caption, a credit, a pinyin reading). A blank sentence is never written.

    >>> unwritten("1月15日，重庆\\n实验室揭牌。", ["1月15日，重庆实验室揭牌。", "重庆实验室成立。"])
    ['重庆实验室成立。']
    """
    missing = [s for s in sentences if not s.strip() or s not in text]
    if not missing:
        return missing
    flat = _BLANKS.sub("", flatten(text))
    flattened = {s: _BLANKS.sub("", flatten(s)) for s in missing}
    missing = [s for s in missing if not s.strip() or flattened[s] not in flat]
    if not missing:
        return missing
    cleaned = _BLANKS.sub("", flatten(clean(text).text))
    return [s for s in missing if not s.strip() or flattened[s] not in cleaned]


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, hard) of each line's content, blanks stripped; (-1, -1, False) for a blank
    line. A line is cut further at every `_BREAKER`; `hard` marks a piece that follows one."""
    spans: list[tuple[int, int, bool]] = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in "\n\r":
            end -= 1
        if start == end:
            spans.append((-1, -1, False))  # a blank line (every other line of most articles)
            continue
        pieces = []
        position = start
        breakers = _BREAKER.finditer(text, start, end) if _BREAKER_START.search(text, start, end) else ()
        for breaker in breakers:
            pieces.append((position, breaker.start()))
            position = breaker.end()
        reach = min(end, position + vocab.HEADING_MAX_LEN + vocab.SALUTATION_MAX_LEN)
        titled = _TITLE_THEN_SALUTATION.search(text, position, reach)
        if (
            titled is not None
            and titled.start() - position <= vocab.HEADING_MAX_LEN
            and vocab.TITLE_ABOUT in text[position : titled.start()]
        ):
            pieces.append((position, titled.start("cut")))  # …方案的通知 | 各县(市、区)人民政府，…：
            position = titled.start("cut")
        pieces.append((position, end))
        kept = 0
        for piece_start, piece_end in pieces:
            piece_start, piece_end = _stripped(text, piece_start, piece_end)
            number = _LIST_NUMBER.match(text, piece_start, piece_end)
            if number is not None and number.end() < piece_end:
                piece_start = number.end()
            cut = _caption_before_lead(text, piece_start, piece_end)
            cut = cut or _run_in_headline(text, piece_start, piece_end)
            if cut is not None:
                spans.append((piece_start, cut[0], kept > 0))
                piece_start, kept = cut[1], kept + 1
            if piece_start < piece_end:
                spans.append((piece_start, piece_end, kept > 0))
                kept += 1
        if not kept:
            spans.append((-1, -1, False))
    return spans


def _caption_before_lead(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(caption end, lead start) when text[start:end] opens with a photo caption and goes on with
    the lead (图为揭牌仪式现场。3月5日，…): the lead opens with a date, a dateline or an opener."""
    if not text.startswith(vocab.CAPTION_LEAD_STARTS, start):
        return None
    found = _CAPTION_LEAD.match(text, start, end)
    if found is None or found.end() >= end:
        return None
    lead = text[found.end() : end]
    if not (_MONTH_DAY_START.match(lead) or _DATED_ITEM.match(lead) or _LEADING_DATELINE.match(lead)):
        if not lead.startswith(vocab.PARAGRAPH_OPENERS):
            return None
    caption_end = found.end()
    while caption_end > start and text[caption_end - 1] in " \t\u3000":
        caption_end -= 1
    return caption_end, found.end()


def _run_in_headline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(headline end, body start) when text[start:end] opens with a headline running into its
    body after a blank (★重庆实验室揭牌成立 3月5日，…): the body is a paragraph's opening, and
    the headline has a number or mark or the body opens with a date or dateline."""
    found = _RUN_IN_HEADLINE.match(text, start, end)
    if found is None:
        return None
    head = text[found.end("mark") if found.group("mark") else start : found.end("head")]
    if _MONTH_DAY_START.match(head) or _DAY_START.match(head):
        return None  # ●3月5日 重庆实验室…: a chronicle's item opening with its date
    body = text[found.start("body") : end]
    dated = bool(_MONTH_DAY_START.match(body) or _DATED_ITEM.match(body) or _LEADING_DATELINE.match(body))
    if not (dated or (found.group("mark") and _opens_paragraph(body))):
        return None
    return found.end("head"), found.start("body")


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "\u3000"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "\u3000"):
        end -= 1
    return start, end


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(vocab.CLOSERS)
    return bool(stripped) and stripped[-1] in vocab.SENTENCE_END


def _is_furniture(line: str) -> bool:
    """A 来源：/时间： line, a timestamp, a document number, a share button, a link list or
    navigation bar."""
    if _FURNITURE_LABEL.match(line) or (len(line) <= vocab.BYLINE_MAX_LEN and _TIMESTAMP.search(line)):
        return True
    if _DOCUMENT_NUMBER.fullmatch(line):
        return True
    word = _FURNITURE_WORD.search(line) if len(line) <= vocab.HEADING_MAX_LEN else None
    if word is not None and not _SENTENCE_MARK.search(line, 0, word.start()):
        return True  # not …揭牌成立。（责任编辑：张三）: a sentence with its credit after it
    if not line.strip("".join(vocab.LINK_LIST_SEPARATORS) + " \u3000"):
        return True  # a separator alone on its line (a link list printed one item a line)
    return any(line.count(mark) >= 2 for mark in vocab.LINK_LIST_SEPARATORS)


def _is_caption(line: str) -> bool:
    """A short noun phrase naming what a picture shows (…开工点现场。, 天健湖公园一角)."""
    body = line.rstrip("。")
    return (
        len(body) <= vocab.CAPTION_MAX_LEN
        and body.endswith(vocab.CAPTION_TAILS)
        and not _CLAUSE_MARK.search(body)
    )


def _stands_alone(line: str, kind: str) -> bool:
    """Lines never joined to the line before or after them (`kind`: the line's `_kind`)."""
    return (
        line.startswith("#")
        or line[0] in vocab.SECTION_MARKS
        or line[0] in vocab.LIST_ITEM_MARKS + vocab.PHOTO_MARKS
        or bool(_NUMBER_LINE.fullmatch(line))
        or _is_month_heading(line)
        or kind in (FURNITURE, CAPTION, BYLINE)
    )


def _is_month_heading(line: str) -> bool:
    """The line read as NFKC is a chronicle's month heading (1月, ２０２４年３月重要时政). NFKC
    leaves every ideograph as it is, so a line holding one that no heading holds is none: most
    lines are told so without normalising them (which costs more than the rest of the clean-up)."""
    if _NOT_HEADING_IDEOGRAPH.search(line) is not None:
        return False
    return _MONTH_HEADING.fullmatch(unicodedata.normalize("NFKC", line)) is not None


def _heading_words(words: str) -> str:
    """A paragraph's words as NFKC reads them, to tell a chronicle's headings, year lines and
    titles. A paragraph that can be none of them (an ideograph no heading holds, and more
    ideographs than a heading's length) is normalised only up to the first ideograph after its
    first character, which gives the same first character: NFKC never changes an ideograph nor
    joins it to what stands before it, so the text splits there into parts normalised apart."""
    if _NOT_HEADING_IDEOGRAPH.search(words) is None or _BEYOND_HEADING.match(words) is None:
        return unicodedata.normalize("NFKC", words)
    second = _IDEOGRAPH.search(words, 1)
    cut = second.start() if second is not None else len(words)
    return unicodedata.normalize("NFKC", words[:cut]) + words[cut:]


def _opens_paragraph(line: str) -> bool:
    """A line that reads as the start of a paragraph of its own."""
    if line.startswith(vocab.PARAGRAPH_OPENERS) or _MONTH_DAY_START.match(line) or _DATED_ITEM.match(line):
        return True
    if _HAN_MONTH_DAY.match(line):
        return True  # 三月五日　重庆实验室揭牌成立。: a chronicle's item dated in Chinese numerals
    if line.endswith(vocab.SALUTATION_MARKS) and len(line) <= vocab.SALUTATION_MAX_LEN:
        return True
    # long enough and with a clause mark, or a whole sentence of one clause (…正式签约……)
    return len(line) >= vocab.PARAGRAPH_MIN_LEN and (bool(_CLAUSE_MARK.search(line)) or _ends_sentence(line))


def _is_headline(line: str) -> bool:
    """Long enough and without a clause mark: a headline (or caption) when a paragraph follows."""
    return len(line) >= vocab.HEADLINE_MIN_LEN and not _CLAUSE_MARK.search(line)


def _opens_with_date_line(line: str, following: str, alone: bool) -> bool:
    """True when `line` is a chronicle's date line (1927年5月) and `following` the item it dates:
    prose opening with no day of its own. Joined, the date opens the item's sentence."""
    if alone or not _DATE_LINE.fullmatch(line.strip()):
        return False
    return not _DAY_START.match(following) and not _MONTH_DAY_START.match(following)


def _is_subheadline(line: str, following: str, numbered: bool = False) -> bool:
    """A short line of phrases parted by commas, ending in no mark, above a paragraph's first line
    several times as long (两年成阵列，建设梯次推进领域不断深入 / 短短两年时间，我省…); `numbered`
    (its item number cut off before it), it may be longer (vocab.NUMBERED_SUBHEADLINE_MAX_LEN)."""
    longest = vocab.NUMBERED_SUBHEADLINE_MAX_LEN if numbered else vocab.SUBHEADLINE_MAX_LEN
    if not vocab.HEADLINE_MIN_LEN <= len(line) <= longest or _SENTENCE_MARK.search(line):
        return False
    last = line[-1]
    if not (last.isalnum() or last in vocab.CLOSERS):
        return False
    if any(len(phrase) < vocab.SUBHEADLINE_PHRASE_MIN_LEN for phrase in _CLAUSE_MARK.split(line)):
        return False
    return len(following) >= vocab.SUBHEADLINE_RATIO * len(line) and _opens_paragraph(following)


def _joins(line: str, following: str, alone: bool, numbered: bool = False) -> bool:
    """True when `following` continues the sentence `line` broke off (`alone`: one of the two
    stands alone). Two chronicle items each opening with its day and a blank or colon (3月5日 …,
    4月1日：…) are two items, a final mark or not."""
    if alone or _ends_sentence(line):
        return False
    if _ITEM_DAY.match(line) and _ITEM_DAY.match(following):
        return False
    if _YEAR_LINE.fullmatch(line) and _MONTH_DAY_START.match(following):
        return False
    return not (_is_headline(line) and _opens_paragraph(following)) and not _is_subheadline(
        line, following, numbered
    )


def _kind(text: str) -> str:
    if text[0] in vocab.PHOTO_MARKS:
        return CAPTION
    if text[0] in vocab.LIST_ITEM_MARKS:
        return PROSE
    if _is_furniture(text):
        return FURNITURE
    if _is_caption(text):
        return CAPTION
    if text.startswith(vocab.CAPTION_STARTS) or text.endswith(vocab.CAPTION_ENDS):
        return CAPTION
    short = len(text) <= vocab.BYLINE_MAX_LEN
    if short and _CAPTION_MARK.search(text) and not _ends_sentence(text):
        return CAPTION
    if short and "，" not in text and _BYLINE_MARK.search(text):
        return BYLINE
    if text[0] not in vocab.SECTION_MARKS and text.rstrip(vocab.CLOSERS).endswith("…"):
        return PROSE  # a sentence cut off by an ellipsis, as briefs and stored copies end
    if text[0] in vocab.SECTION_MARKS and _is_marked_item(text):
        return PROSE  # ●3月5日，重庆实验室揭牌成立。: a chronicle's item, not a section header
    if text.startswith("#") or text[0] in vocab.SECTION_MARKS or not _PROSE_MARK.search(text):
        return HEADING
    if len(text) <= vocab.HEADING_MAX_LEN and not _CLAUSE_MARK.search(text):
        return HEADING
    return PROSE


def _is_marked_item(text: str) -> bool:
    """A line opening with a section mark that is a whole sentence (●3月5日，重庆实验室揭牌成立。,
    □ 重庆研究院正式启用；) or longer than a header with a clause mark: an item of a list, as
    chronicles print their items, not a section header (■ 大事记, ◆ 一、稳增长，促发展)."""
    body = text.lstrip(vocab.SECTION_MARKS + " \u3000")
    if not body:
        return False
    if body.rstrip().endswith(vocab.EXCLAMATIONS) and len(body) <= vocab.HEADING_MAX_LEN:
        return False  # ●淮南武王墩遗址博物馆即将开工建设!: a digest's headline cries out, an item tells
    return _ends_sentence(body) or (len(body) > vocab.HEADING_MAX_LEN and bool(_CLAUSE_MARK.search(body)))


def _without_item_mark(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A prose paragraph's lines without the section mark opening it (□ 自治区人民政府与…签署…):
    the mark of a list item is layout, not part of the first name."""
    start, end = block[0]
    if text[start] not in vocab.SECTION_MARKS:
        return block
    while start < end and (text[start] in vocab.SECTION_MARKS or text[start] in " \t\u3000"):
        start += 1
    return [(start, end), *block[1:]] if start < end else block[1:] or block


def _blocks(text: str) -> list[tuple[list[tuple[int, int]], bool, str]]:
    """Paragraphs as lists of original line spans, each with whether it is closed (may not be
    continued by a later paragraph) and the `_kind` of its first line (the paragraph's own when
    it has one line, as most have): lines broken inside a sentence are joined; blank lines,
    sentence-final line ends and lines that stand alone keep paragraphs apart."""
    blocks: list[tuple[list[tuple[int, int]], bool, str]] = []
    current: list[tuple[int, int]] = []
    closed = False
    first_kind = previous = ""
    previous_alone = False
    lines = _lines(text)
    for index, (start, end, hard) in enumerate(lines):
        if start < 0:
            if current:
                blocks.append((current, closed, first_kind))
                current = []
            continue
        line = text[start:end]
        following = lines[index + 1] if index + 1 < len(lines) else (-1, -1, False)
        kind = FURNITURE if _teases(line, text[following[0] : following[1]]) else _kind(line)
        alone = _stands_alone(line, kind)
        dated = _opens_with_date_line(previous, line, alone)
        # (only a line too long for an unnumbered sub-headline asks whether it is numbered)
        numbered = (
            bool(current)
            and vocab.SUBHEADLINE_MAX_LEN < len(previous) <= vocab.NUMBERED_SUBHEADLINE_MAX_LEN
            and _numbered(text, current[-1][0])
        )
        if current and not dated and (hard or not _joins(previous, line, alone or previous_alone, numbered)):
            if len(current) == 1 and first_kind == PROSE and _is_subheadline(previous, line, numbered):
                first_kind, closed = HEADING, True  # 两年成阵列，建设梯次推进…: above its paragraph
            blocks.append((current, closed, first_kind))
            current = []
        if not current:
            closed = hard or alone
            first_kind = kind
        current.append((start, end))
        previous, previous_alone = line, alone
    if current:
        blocks.append((current, closed, first_kind))
    return blocks


def _teases(line: str, following: str) -> bool:
    """A line that ends in the first words of the line after it, cut off before a sentence ends
    (…实施“1+3+8”行动计划环保网获悉，5月10日，…深入打好污染防 | 环保网获悉，5月10日，…): a
    repost's headline and teaser printed above the lead, furniture."""
    head = following[: vocab.TEASER_MIN_LEN]
    if len(head) < vocab.TEASER_MIN_LEN or _ends_sentence(line):
        return False
    at = line.find(head)
    if at < 0:
        return False
    shared = min(len(line) - at, len(following))  # (the next line may be cut by a tag before)
    return line[at : at + shared] == following[:shared]


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


@attrs.define()
class _Paragraph:
    lines: list[tuple[int, int]]
    kind: str
    closed: bool = False


def _join_cut_paragraphs(text: str, paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """Join a prose paragraph cut mid-sentence with the prose paragraph that continues it,
    across blank lines and across captions or credits set in between (those stay units);
    closed paragraphs (list items, pieces after a hard break) are never joined."""
    result: list[_Paragraph] = []
    held: list[_Paragraph] = []
    for paragraph in paragraphs:
        last = result[-1] if result else None
        if (
            last is not None
            and last.kind == PROSE
            and not last.closed
            and not _ends_sentence(text[last.lines[-1][0] : last.lines[-1][1]])
        ):
            if paragraph.kind in (CAPTION, BYLINE) and len(held) < 2:
                held.append(paragraph)
                continue
            if paragraph.kind == PROSE and not paragraph.closed and _stands_above(text, last, paragraph):
                last.kind = HEADING  # 两年成阵列，建设梯次推进… over its paragraph, a blank line between
            elif paragraph.kind == PROSE and not paragraph.closed:
                last.lines.extend(paragraph.lines)
                result.extend(held)
                held = []
                continue
        result.extend(held)
        held = []
        result.append(paragraph)
    result.extend(held)
    return result


def _stands_above(text: str, paragraph: _Paragraph, following: _Paragraph) -> bool:
    """A paragraph of one line that is a sub-headline of the paragraph following it."""
    if len(paragraph.lines) != 1:
        return False
    (start, end), first = paragraph.lines[0], following.lines[0]
    return _is_subheadline(text[start:end], text[first[0] : first[1]], _numbered(text, start))


def _numbered(text: str, start: int) -> bool:
    """Whether the line whose content starts at `start` opens with an item number (（一）落实…; 2.习近平
    总书记两次来江苏考察，…, whose number `_lines` keeps out of the line's content)."""
    line_start = text.rfind("\n", 0, start) + 1
    while line_start < start and text[line_start] in " \t\u3000":
        line_start += 1
    return _ITEM_NUMBER.match(text, line_start) is not None


def _headlines(text: str, paragraphs: list[_Paragraph]) -> None:
    """Headlines with a comma: the article's first line of text when no sentence ends in it,
    and a title card of three or more short lines none of which ends a sentence."""
    texts = [
        p
        for p in paragraphs
        if p.kind in (PROSE, HEADING) and p.lines[-1][1] - p.lines[0][0] >= vocab.HEADLINE_MIN_LEN
    ]
    first = texts[0] if any(p.kind == PROSE for p in texts[1:]) else None
    for paragraph in paragraphs:
        if paragraph.kind != PROSE:
            continue
        words = "".join(text[start:end] for start, end in paragraph.lines)
        if _ends_sentence(words) or words[0] in vocab.LIST_ITEM_MARKS:
            continue
        if paragraph is first and "。" not in words and len(words) <= vocab.HEADING_MAX_LEN:
            paragraph.kind = HEADING
        elif len(paragraph.lines) >= 3 and not any(mark in words for mark in vocab.SENTENCE_BREAKS):
            paragraph.kind = HEADING


def _phrase_lines(text: str, paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """A day alone on its line and the lines below it that hold no mark, each a paragraph of its
    own (6月13日 | 金普新区举办 | 洋琪食品预制菜加工基地项目 | 开工活动; posts laid out one phrase a
    line): one prose paragraph, the day opening its sentence. Such lines read alone are headings
    and yield nothing; a run of at least `MIN_PHRASE_LINES`, up to a line with a mark, a list or
    section mark, another day line or a paragraph of any other kind."""
    result: list[_Paragraph] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        result.append(paragraph)
        index += 1
        if not _is_day_line(text, paragraph):
            continue
        run: list[_Paragraph] = []
        while index + len(run) < len(paragraphs) and _is_phrase_line(text, paragraphs[index + len(run)]):
            run.append(paragraphs[index + len(run)])
        if len(run) >= vocab.MIN_PHRASE_LINES:
            lines = [*paragraph.lines, *(line for phrase in run for line in phrase.lines)]
            result[-1] = _Paragraph(lines, PROSE, True)
            index += len(run)
    return result


def _photo_stories(text: str, paragraphs: list[_Paragraph]) -> None:
    """A page of captions and no prose (11月9日，…项目建设现场。该项目位于…。目前，…已完工，预计
    明年年初投产。记者 马楠 摄): each caption credited at its end and telling a story in several
    sentences is the text (not one opening as a caption does: 图为重庆实验室。该实验室…)."""
    if any(paragraph.kind == PROSE for paragraph in paragraphs):
        return
    for paragraph in paragraphs:
        if paragraph.kind != CAPTION:
            continue
        words = "".join(text[start:end] for start, end in paragraph.lines).strip()
        if (
            words.endswith(vocab.CAPTION_ENDS)
            and not words.startswith(vocab.CAPTION_STARTS)
            and words.count(vocab.FULL_STOP) >= vocab.PHOTO_STORY_SENTENCES
        ):
            paragraph.kind = PROSE


def _is_day_line(text: str, paragraph: _Paragraph) -> bool:
    if paragraph.kind != HEADING or len(paragraph.lines) != 1:
        return False
    start, end = paragraph.lines[0]
    return _DAY_LINE.fullmatch(_heading_words(text[start:end]).strip()) is not None


def _is_phrase_line(text: str, paragraph: _Paragraph) -> bool:
    """A heading of one line, no mark in it, no day line, no list or section mark opening it, no
    image's file name."""
    if paragraph.kind != HEADING or len(paragraph.lines) != 1 or _is_day_line(text, paragraph):
        return False
    line = text[paragraph.lines[0][0] : paragraph.lines[0][1]]
    if line.lower().endswith(vocab.IMAGE_FILE_ENDS):
        return False
    return not _PROSE_MARK.search(line) and not _stands_alone(line, HEADING)


def _dated_runs(text: str, paragraphs: list[_Paragraph]) -> None:
    """Lines each opening with a month and day, printed without marks one after the other
    (3月5日重庆实验室揭牌成立 / 4月1日宜宾港三期建成投用): items of a list or a chronicle
    with no heading, prose each, not headlines; a run of at least `MIN_DATED_RUN`."""
    run: list[_Paragraph] = []
    for paragraph in [*paragraphs, None]:
        if paragraph is not None and paragraph.kind == HEADING and len(paragraph.lines) == 1:
            start, end = paragraph.lines[0]
            words = text[start:end].lstrip(vocab.SECTION_MARKS + " \u3000")
            opening = _MONTH_DAY_START.match(words)
            dated = opening is not None and vocab.DAY_CHAR in opening.group()
            if dated and _DATED_ITEM.match(words, 0):
                run.append(paragraph)
                continue
        if len(run) >= vocab.MIN_DATED_RUN:
            for item in run:
                item.kind = PROSE
        run = []


def _cut_tail(text: str, paragraphs: list[_Paragraph]) -> None:
    """The text's last paragraph, read as a headline for want of a mark, is the sentence a stored
    excerpt stops in (…获得全球知名认证机构SGS颁发的PAS2060碳) when prose ending a sentence
    comes right before it: nothing follows it for a headline to stand above."""
    if len(paragraphs) < 2 or paragraphs[-1].kind != HEADING or paragraphs[-2].kind != PROSE:
        return
    last, before = paragraphs[-1], paragraphs[-2]
    if len(last.lines) > 1:
        return  # lines joined for want of a mark: a list of headlines (更多>>, 猜你喜欢 …)
    words = "".join(text[start:end] for start, end in last.lines)
    quoted = words.startswith(vocab.OPENING_QUOTE) and vocab.CLOSING_QUOTE not in words
    if len(words) < (vocab.CUT_QUOTE_MIN_LEN if quoted else vocab.CUT_TAIL_MIN_LEN):
        return
    if words[0] in vocab.SECTION_MARKS + "#":
        return
    if _CUT_TAIL_FURNITURE.search(words) or _FURNITURE_WORD.search(words):
        return
    if _ends_sentence(text[before.lines[-1][0] : before.lines[-1][1]]):
        last.kind = PROSE


def _year_number(word: str) -> int:
    """A year written in digits or in Chinese digits (二〇一九)."""
    digits = vocab.CHINESE_DIGITS
    return int("".join(str(digits.index(c) % 10) if c in digits else c for c in word))


def _month_number(word: str) -> int | None:
    month = int(word) if word.isdigit() else vocab.MONTH_NUMERALS.index(word) + 1
    return month if 1 <= month <= 12 else None


def _title_year(words: str) -> int | None:
    """The year of a chronicle's title (天府新区2012年大事记, 回眸高新2016): a heading-like line
    holding a word of `CHRONICLE_WORDS` and one year, and no clause mark; a yearbook's (青羊年鉴
    2021) is the year before its own."""
    if len(words) > vocab.HEADING_MAX_LEN or _CLAUSE_MARK.search(words) or not _CHRONICLE_WORD.search(words):
        return None
    years = {m.group() for m in _TITLE_YEAR.finditer(words)}
    if len(years) != 1:
        return None
    year = int(years.pop())
    return year - 1 if any(word in words for word in vocab.YEARBOOK_WORDS) else year


def _opens_with_a_date(words: str) -> bool:
    """An item that tells its own date first (5日，…, 3月5日，…, 2012年1月5日，…, ●3月5日 …)."""
    words = words.lstrip(vocab.SECTION_MARKS + vocab.LIST_ITEM_MARKS + " \u3000")
    return bool(_MONTH_DAY_START.match(words) or _DAY_START.match(words) or _DATE_HEADING.match(words))


def _date_lines(text: str, paragraphs: list[_Paragraph]) -> dict[int, int]:
    """The chronicle's date line above each item that tells no date of its own (spec: chronicles
    print a date on a line of its own above each item, 1927年11月 over 中共垣曲县委成立…), as
    {item paragraph: date line paragraph}. A date line heads the prose paragraphs below it down to
    the next heading; it counts only above an item opening with no date (above 5日，… it is a
    month heading), and only when the text holds `MIN_DATE_LINES` of them."""
    heads: list[tuple[int, int]] = []  # a date line and the first paragraph of its item
    for index, paragraph in enumerate(paragraphs[:-1]):
        if paragraph.kind != HEADING or not _is_date_heading(text, paragraph):
            continue
        first = index + 1
        if _titled_item(text, paragraphs, first):
            first += 1  # 1985年6月6日 | 九江至小池汽车轮渡通航 | 九江至…轮渡正式通航。: the item's title
        following = paragraphs[first]
        if following.kind != PROSE:
            continue
        item = unicodedata.normalize("NFKC", text[following.lines[0][0] : following.lines[0][1]])
        if not _opens_with_a_date(item):
            heads.append((index, first))
    if len(heads) < vocab.MIN_DATE_LINES:
        return {}
    items: dict[int, int] = {}
    for head, first in heads:
        for index in range(first, len(paragraphs)):
            if paragraphs[index].kind == HEADING:
                break
            if paragraphs[index].kind == PROSE:
                items[index] = head
    return items


def _is_date_heading(text: str, paragraph: _Paragraph) -> bool:
    return bool(_DATE_HEADING.fullmatch(_heading_words(text[paragraph.lines[0][0] : paragraph.lines[-1][1]])))


def _titled_item(text: str, paragraphs: list[_Paragraph], index: int) -> bool:
    """A heading that is no date line, between a date line and prose: the title of the item
    below it (历史上的今天 chronicles print date, title, story)."""
    if index + 1 >= len(paragraphs):
        return False
    title = paragraphs[index]
    return title.kind == HEADING and paragraphs[index + 1].kind == PROSE and not _is_date_heading(text, title)


def _chronicle(
    text: str, paragraphs: list[_Paragraph], date_lines: set[int]
) -> list[tuple[int | None, int | None]]:
    """The year and month of each prose paragraph in a chronicle (spec: a year standing alone on
    a line above a chronicle is the year of the month-day items below it; a chronicle's title
    with a year is the same). A year line (`2012` over `7月11日，…`) heads the paragraphs down to
    the next section mark or year; a title's year (`2012年天府新区大事记`) the rest of the text
    unless another year heads; a month heading (`1月`, `一月`, `2024年3月`) the paragraphs down
    to the next heading of a month or year."""
    result: list[tuple[int | None, int | None]] = []
    title_year: int | None = None
    line_year: int | None = None
    month: tuple[int | None, int] | None = None  # the month heading's own year, and its month
    run_year: int | None = None  # the written year of a run of paragraphs each opening with a date
    for index, paragraph in enumerate(paragraphs):
        words = _heading_words(text[paragraph.lines[0][0] : paragraph.lines[-1][1]])
        heading = _MONTH_HEADING.fullmatch(words)
        if index in date_lines and (dated := _DATE_HEADING.fullmatch(words)) is not None and dated["year"]:
            line_year = _year_number(dated["year"])  # 1958年 over 垣曲县城由古城镇迁至新城镇。
            month_word = dated["month"] or dated["numeric_month"]
            number = _month_number(month_word) if month_word else None
            month = (line_year, number) if number is not None else None
        elif (year_line := _YEAR_LINE.fullmatch(words)) is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            following_words = (
                unicodedata.normalize("NFKC", text[following.lines[0][0] : following.lines[-1][1]])
                if following is not None
                else ""
            )
            heads = bool(_MONTH_DAY_START.match(following_words) or _MONTH_HEADING.fullmatch(following_words))
            line_year, month = (int(year_line["year"]) if heads else None), None
        elif heading is not None and (number := _month_number(heading["month"])) is not None:
            month = (int(heading["year"]) if heading["year"] else None, number)
        elif words[0] in vocab.SECTION_MARKS and paragraph.kind != PROSE:
            line_year, month = None, None
        elif (year := _title_year(words)) is not None:
            title_year, line_year, month = year, None, None
        headed = month is not None or line_year is not None or title_year is not None
        item = words.lstrip(vocab.SECTION_MARKS + " \u3000")
        if paragraph.kind == HEADING and headed and _DATED_ITEM.match(item):
            paragraph.kind = PROSE  # 5日 天府新区管委会挂牌成立: an item printed without a final mark
        if paragraph.kind == HEADING:
            run_year = None
        if paragraph.kind != PROSE:
            # a date line without its year (3月5日) is read in the chronicle's year, as its items are
            result.append((line_year or title_year, None) if index in date_lines else (None, None))
            continue
        opening = _MONTH_DAY_START.match(words.lstrip(vocab.SECTION_MARKS + " "))
        if opening is None:
            run_year = None
        elif opening["year"] is not None:
            run_year = int(opening["year"])  # 2012年1月5日，…\n1月18日，…: the items below share it
        heading_year = month[0] if month is not None else None
        year = heading_year if heading_year is not None else line_year or run_year or title_year
        result.append((year, month[1] if month is not None else None))
    return result


def clean(text: str) -> Document:
    """Clean an article's text into paragraphs of known kind, keeping original offsets.

    >>> doc = clean("2026年\\n重庆市政协\\n将提\\n案公布。\\n\\n图为会场。李四摄")
    >>> [doc.text[u.start:u.end] for u in doc.units], [u.kind for u in doc.units]
    (['2026年重庆市政协将提案公布。', '图为会场。李四摄'], ['prose', 'caption'])

    Pinyin readings printed after characters (重點(diǎn)) are dropped first, so that layout,
    headings and names read as if they were never there.
    """
    stripped, starts, origins = _without_readings(text)
    if len(starts) == 1:
        return _clean(text)
    return _through_map(_clean(stripped), text, starts, origins)


def _clean(text: str) -> Document:
    """`clean` of a text without pinyin readings."""
    paragraphs: list[_Paragraph] = []
    for block, closed, first_kind in _blocks(text):
        joined = "".join(text[s:e] for s, e in block)
        kind = first_kind if len(block) == 1 else _kind(joined)
        lead = _LEADING_DATELINE.match(joined) if kind in (PROSE, BYLINE) else None
        if lead and lead.end() < len(joined) and _kind(joined[lead.end() :]) == PROSE:
            # a brief's one line is prose once its dateline is set apart (…电（记者 X）海南省…举行…)
            credit, block = _split_block(block, lead.end())
            paragraphs.append(_Paragraph(credit, BYLINE, True))
            joined, kind = joined[lead.end() :], PROSE
        tail = _TRAILING_BYLINE.search(joined) if kind == PROSE else None
        if tail:
            body, credit = _split_block(block, tail.start("credit"))
            paragraphs.append(_Paragraph(body, PROSE, closed))
            paragraphs.append(_Paragraph(credit, BYLINE, True))
        else:
            paragraphs.append(_Paragraph(block, kind, closed))
    paragraphs = _join_cut_paragraphs(text, paragraphs)
    _headlines(text, paragraphs)
    _cut_tail(text, paragraphs)
    paragraphs = _phrase_lines(text, paragraphs)
    _photo_stories(text, paragraphs)
    _dated_runs(text, paragraphs)
    item_lines = _date_lines(text, paragraphs)
    chronicle = _chronicle(text, paragraphs, set(item_lines.values()))

    pieces_clean: list[int] = []
    pieces_orig: list[int] = []
    out: list[str] = []
    units: list[Unit] = []
    position = 0
    for index, (paragraph, (year, month)) in enumerate(zip(paragraphs, chronicle, strict=True)):
        block = paragraph.lines
        if units:
            out.append("\n")
            pieces_clean.append(position)
            pieces_orig.append(block[0][0])
            position += 1
        unit_start = position
        if paragraph.kind == PROSE:
            lines = _without_item_mark(text, block)
            block = [piece for line in lines for piece in _without_blanks_and_numbers(text, *line)]
        for start, end in block:
            pieces_clean.append(position)
            pieces_orig.append(start)
            out.append(text[start:end])
            position += end - start
        line = units[item_lines[index]] if index in item_lines else None
        date_line = (line.start, line.end) if line is not None else None
        units.append(Unit(unit_start, position, paragraph.kind, year, month, date_line))
    return Document(text, "".join(out), tuple(units), tuple(pieces_clean), tuple(pieces_orig))
