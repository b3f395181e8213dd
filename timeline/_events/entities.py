"""Entity recognition: organisations by name suffix, documents in 《》, places, titled people,
aliases ("以下简称") and pronoun-like mentions, all with offsets into the cleaned text.

Names are found from their suffix leftwards: the left edge stops at punctuation, at verbs and
function words (vocab.LEFT_STOPS), at "number + measure word", at a date, and at a conjunction
(与/和/及) only when another name ends before it or a place starts after it; a name that does
not open with a place or a known body is cut to the first place inside it, unless what is left
would be a category (超声医学工程国家重点实验室 stays whole: 国家重点实验室 names no one).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

import attrs

from timeline import _regex
from timeline._events import vocab
from timeline._events.cleanup import Document
from timeline._typed import lru_cached

_HAN = r"\u4e00-\u9fff"
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·\-]")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_HAN_RUN = re.compile(f"[{_HAN}]+")
_ASCII_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·-")
_NAME_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·\-]*")  # `_is_name_char`, repeated
_QUOTED_IN_NAME = re.compile(
    "“[" + _HAN + "A-Za-z0-9·]{2," + str(vocab.QUOTED_IN_NAME_MAX) + "}”$"
)
_SMALL_PAREN = re.compile(r"[（(][\u4e00-\u9fff]{1,5}[）)]$")
_DOCUMENT = re.compile(r"《([^《》\n]{2,80})》")
_ALIAS_DEF = re.compile(
    r"[（(](?:" + "|".join(vocab.ALIAS_INTRODUCERS) + r")[“\"‘]?([^”\"’）)，。]{1,20}?)[”\"’]?[）)]"
)
_LIST_PREFIX = re.compile(vocab.LIST_PREFIX)
_NUMBER_MEASURE = re.compile("[" + vocab.NUMERALS + "]+[" + vocab.MEASURE_WORDS + vocab.NUMBERED_GROUP + "]")


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    return _regex.alternation(words)


_SUFFIX = _alternation(vocab.ORG_SUFFIXES)
_TITLE = _alternation(vocab.PERSON_TITLES)
_TITLE_AFTER = _alternation(vocab.TITLES_AFTER_NAME)
_PRONOUN = _alternation(vocab.PRONOUNS)
#: A region word (我省, 本市) is where a name lies, never part of it.
_STOPS = sorted(
    {*vocab.LEFT_STOPS, *vocab.REGION_WORDS, *vocab.TRIGGERS, *(t for t in vocab.PERSON_TITLES if len(t) > 2)}
    - set(vocab.TRIGGERS_INSIDE_NAMES),
    key=len,
    reverse=True,
)
_MEETING_STOPS = sorted(vocab.MEETING_LEFT_STOPS, key=len, reverse=True)
_DATE_STOP = re.compile(vocab.DATE_STOP)
_YEAR_OPENING = re.compile(r"[0-9]{4}年")
_BATCH_AFTER_YEAR = re.compile(vocab.BATCH_AFTER_DATE)
_ORDINAL = re.compile(vocab.NAME_ORDINAL)
_STOP_RE = _alternation(_STOPS)
_WEAK_STOP_RE = _alternation(vocab.LEFT_WEAK_STOPS)
_MEETING_STOP_RE = _alternation(_MEETING_STOPS)
_LONGEST_SPAN = 120
_PLACE_FORMS: dict[str, str] = {}
for _table in (vocab.PROVINCES, vocab.CITIES, vocab.DISTRICTS):
    for _full, _shorts in _table.items():
        _PLACE_FORMS[_full] = _full
        for _short in _shorts:
            _PLACE_FORMS[_short] = _full
#: The level of each place's full name, for the region words (全省, 我市) that point back to one.
PLACE_LEVELS: dict[str, str] = {
    name: level
    for level, table in (("district", vocab.DISTRICTS), ("city", vocab.CITIES), ("province", vocab.PROVINCES))
    for name in table
}
_PLACE = re.compile(
    "(?:"
    + _regex.alternation_source(_PLACE_FORMS)
    + ")(?:"
    + "|".join(re.escape(w) for w in vocab.ZONE_SUFFIXES)
    + ")?"
)
_PHASE_IN_BRACKETS = re.compile(vocab.PHASE_IN_BRACKETS)
_STANDALONE_COUNTY = re.compile(
    f"(?:(?<![{_HAN}])|(?<=[{vocab.BEFORE_COUNTY}]))([{_HAN}]{{2}})(?:"
    + "|".join(vocab.COUNTY_ONLY_SUFFIXES)
    + f")(?![{vocab.NOT_AFTER_COUNTY}])"
)
#: What every standalone county holds (its pattern is searched only where one stands).
_COUNTY_ONLY_SUFFIX = re.compile("|".join(vocab.COUNTY_ONLY_SUFFIXES))
_COUNTY = re.compile(f"([{_HAN}]{{2}})(?:" + "|".join(vocab.COUNTY_SUFFIXES) + ")")
_PLACE_ABBREVIATION = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in vocab.PLACE_ABBREVIATION_AFTER)
    + ")(["
    + "".join(vocab.PLACE_ABBREVIATIONS)
    + "])"
)
class Words:
    """A set of words and the test "does one of them start at this offset": one set look-up per
    word length, where `str.startswith` with a tuple tries the hundreds of words one by one."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.lengths = tuple(sorted({len(word) for word in self.words}, reverse=True))
        self.firsts = frozenset(word[:1] for word in self.words)

    def start(self, text: str, index: int = 0) -> bool:
        if text[index : index + 1] not in self.firsts:
            return False
        for length in self.lengths:
            if text[index : index + length] in self.words:
                return True
        return False

    def longest_ending_at(self, text: str, end: int, start: int = 0) -> int:
        """Length of the longest word ending at `end` and starting at or after `start`, or 0."""
        for length in self.lengths:
            if end - length >= start and text[end - length : end] in self.words:
                return length
        return 0

    def longest_at(self, text: str, index: int = 0, leave: int = 0) -> int:
        """Length of the longest word starting at `index` that leaves at least `leave` characters
        of the text after it, or 0."""
        for length in self.lengths:
            if len(text) - index - length >= leave and text[index : index + length] in self.words:
                return length
        return 0


_HEADS = tuple(sorted({*vocab.NAME_HEADS, *_PLACE_FORMS, *vocab.KNOWN_ENTITIES}, key=len, reverse=True))
_HEAD_RE = _alternation(_HEADS)
_NAME_ENDS = tuple({*vocab.ORG_SUFFIXES, *_PLACE_FORMS, *vocab.KNOWN_ENTITIES})
_LONGEST_HEAD = max(len(h) for h in _HEADS)
_PLACE_HEADS = tuple(
    sorted({*_PLACE_FORMS, *vocab.KNOWN_ENTITIES, *vocab.NATIONAL_HEADS}, key=len, reverse=True)
)
#: The place heads as a trie: `.match` tells whether one starts at an offset, `.search` where
#: the next one starts (one regex call instead of a look-up per word length and offset).
_PLACE_HEAD_RE = _alternation(_PLACE_HEADS)
_LONGEST_PLACE_HEAD = max(len(h) for h in _PLACE_HEADS)
#: The stop words that some head holds (为 in 华为, 的 in a known name): no other stop can lie
#: inside a place or known name.
_STOPS_IN_HEADS = frozenset(
    stop for stop in {*_STOPS, *_MEETING_STOPS} if any(stop in head for head in _HEADS)
)
_GENERIC_PREFIX = _alternation(vocab.GENERIC_PREFIX_WORDS)
_LEGAL_SUFFIXES = tuple(vocab.LEGAL_SUFFIXES)
_TITLE_WORDS = frozenset(vocab.PERSON_TITLES)
_ACT_WORDS = frozenset({*vocab.TRIGGERS, *vocab.HOLDING_VERBS})
_TRADE_RUN = _alternation(vocab.TRADE_WORDS)
_OFFICE_RUN = _alternation(vocab.OFFICE_WORDS)

#: Mention kinds, in the order they claim text (an earlier kind wins an overlap).
DOCUMENT, DEFINED, KNOWN, ORG, PERSON, PLACE, PRONOUN = range(7)


@attrs.define()
class Found:
    """A mention in cleaned coordinates: `name` is the canonical entity name."""

    start: int
    end: int
    name: str
    type: str
    kind: int
    nested: bool = False


def start_of(found: Found) -> int:
    return found.start


def text_order(found: Found) -> tuple[int, int]:
    """Mentions in text order, the longer first where two start together."""
    return found.start, -found.end


def _met_at(item: tuple[int, Found]) -> int:
    """A (sweep index, mention) pair by the index it was met at."""
    return item[0]


@attrs.define()
class Info:
    """What is known of one entity of the article."""

    name: str
    type: str
    aliases: list[str] = attrs.Factory(list)
    affiliation: str | None = None
    order: int = 0


@attrs.define()
class Recognition:
    """Every mention of an article (sorted by start) and its entities by canonical name."""

    mentions: list[Found]
    entities: dict[str, Info]
    starts: list[int] = attrs.Factory(list)
    #: Place mentions of each level (province, city, district) by start, built on first use.
    _levels: dict[str, tuple[list[int], list[Found]]] | None = None
    #: Indices of the mentions whose name ends with a word, of a type not excluded (or, keyed
    #: by a type alone, of that type), each list built on the first question about it.
    _indices: dict[tuple[str, str | tuple[str, ...]], list[int]] = attrs.Factory(dict)

    def _latest(self, key: tuple[str, str | tuple[str, ...]], before: int) -> Found | None:
        indices = self._indices.get(key)
        if indices is None:
            word, types = key
            indices = self._indices[key] = [
                index
                for index, found in enumerate(self.mentions)
                if (found.type == types if isinstance(types, str) else found.type not in types)
                and found.name.endswith(word)
            ]
        position = bisect.bisect_left(indices, bisect.bisect_left(self.starts, before))
        return self.mentions[indices[position - 1]] if position else None

    def latest_ending_with(self, word: str, before: int, exclude: tuple[str, ...] = ()) -> Found | None:
        """The last mention starting before an offset whose name ends with `word` and whose type
        is not excluded: one bisection in a per-article index (a scan back over every earlier
        mention per question made an article holding many 此次… quadratic)."""
        return self._latest((word, exclude), before)

    def latest_of_type(self, type_: str, before: int) -> Found | None:
        """The last mention of a type starting before an offset (one bisection, as above)."""
        return self._latest(("", type_), before)

    def latest_place(self, level: str, before: int) -> Found | None:
        """The last place of a level (vocab.REGION_WORDS) mentioned before an offset (全省 →
        the province the article is about): one bisection in a per-article index."""
        if self._levels is None:
            self._levels = {}
            for found in self.mentions:
                found_level = PLACE_LEVELS.get(found.name) if found.type == "place" else None
                if found_level is not None:
                    starts, places = self._levels.setdefault(found_level, ([], []))
                    starts.append(found.start)
                    places.append(found)
        starts, places = self._levels.get(level, ([], []))
        index = bisect.bisect_left(starts, before)
        return places[index - 1] if index else None

    def within(self, start: int, end: int) -> list[Found]:
        """Top-level mentions lying inside [start, end), in text order."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        return [found for found in self.mentions[first:last] if found.end <= end and not found.nested]


def _is_name_char(char: str) -> bool:
    """`_NAME_CHAR.match(char)` for one character, without the regex call (it runs on every
    character left of every suffix)."""
    return "\u4e00" <= char <= "\u9fff" or char in _ASCII_NAME_CHARS


def _decimal_point(text: str, index: int) -> bool:
    """A '.' between digits (第8.6代) belongs to the name."""
    return (
        text[index] == "."
        and 0 < index < len(text) - 1
        and text[index - 1].isdigit()
        and text[index + 1].isdigit()
    )


def _window_start(text: str, limit: int, suffix_start: int) -> int:
    """Leftmost offset a name ending at `suffix_start` may start at (punctuation stops it,
    a short bracketed place such as （重庆） does not)."""
    # the run of name characters right before the suffix, read at once (reversed, one match)
    low = max(limit, suffix_start - vocab.MAX_NAME_PREFIX)
    run = _NAME_RUN.match(text[low:suffix_start][::-1])
    index = suffix_start - (run.end() if run is not None else 0)
    if index == low:
        return index  # the run fills the window: the limit, or the longest name prefix
    while index > limit:
        char = text[index - 1]
        if char in "）)":
            paren = _SMALL_PAREN.search(text, max(limit, index - 8), index)
            if paren is None:
                break
            index = paren.start()
            continue
        if char == vocab.CLOSING_QUOTE and index < suffix_start:
            quoted = _QUOTED_IN_NAME.search(text, max(limit, index - vocab.QUOTED_IN_NAME_MAX - 2), index)
            if quoted is None or any(stop in text[index:suffix_start] for stop in vocab.LEFT_WEAK_STOPS):
                break  # “服务专员”和银行机构: the quote ends a list item, not a part of the name
            index = quoted.start()  # 天府新区“两纵一横”项目: a quoted part of a name
            continue
        if not _is_name_char(char) and not (
            _decimal_point(text, index - 1) or _joining_dash(text, index - 1)
        ):
            break
        index -= 1
        if suffix_start - index >= vocab.MAX_NAME_PREFIX:
            break
    return index


def _joining_dash(text: str, index: int) -> bool:
    """A single dash between two Han characters joins the parts of a name (中国—东盟); a double
    one (——) sets an apposition apart."""
    return (
        text[index] in vocab.NAME_DASHES
        and 0 < index < len(text) - 1
        and bool(_HAN_CHAR.match(text[index - 1]))
        and bool(_HAN_CHAR.match(text[index + 1]))
    )


def _left_edge(
    text: str,
    window: int,
    suffix_start: int,
    org_ends: set[int],
    meeting: bool,
    branded: bool,
    listed: bool = False,
) -> int:
    """Where the name ending at `suffix_start` begins (see the module docstring); `branded` when
    the suffix names a site a company may own (工厂, 基地, 产业园…), whose name may open with a
    brand before its place (广汽埃安长沙工厂)."""
    edge = window
    stops = list((_MEETING_STOP_RE if meeting else _STOP_RE).finditer(text, window, suffix_start))
    for match in reversed(stops):
        if match.end() == suffix_start and match.group() in vocab.VERBS_INSIDE_PROJECT_NAMES:
            if text.startswith((*vocab.PROJECT_SUFFIXES, *vocab.WORK_OFFICE_SUFFIXES), suffix_start):
                continue  # …安置点建设项目, …工程建设指挥部: the verb is part of the name
        if (
            text.startswith(vocab.ZONE_CHAR, match.end())
            and match.end() < suffix_start
            and match.group() not in _ACT_WORDS
            and not text.startswith(vocab.COUNTY_SUFFIXES, match.end() + 1)
        ):
            continue  # 信阳市产业集聚区电子产业园: a verb before 区 names a zone (集聚区, 示范区)
        if match.start() == window and match.group() in _TITLE_WORDS:
            continue  # “院士团队…实验室”, 院士专家工作站: no one's title opens a name
        left = text[match.end() : suffix_start]
        if match.group() in vocab.VERBS_INSIDE_PROJECT_NAMES and left and not _OFFICE_RUN.sub("", left):
            continue  # 张江科学城建设管理办公室: the verb names what the office is for
        if text.startswith(_LEGAL_SUFFIXES, suffix_start) and not _TRADE_RUN.sub("", left):
            continue  # 中电光谷联合控股有限公司: nothing but trade words would be left of the name
        if not _inside_head(text, match.start(), match.end()) and not _inside_word(text, match):
            edge = match.end()
            break
    for pattern in (_NUMBER_MEASURE, _DATE_STOP):
        for match in pattern.finditer(text, edge, suffix_start):
            if meeting and _ordinal_in_meeting_name(text, match, window):
                continue
            edge = max(edge, match.end())
    held = _WEAK_STOP_RE.search(text, edge, suffix_start) is not None  # most names hold none
    for weak in vocab.LEFT_WEAK_STOPS if held else ():
        position = text.rfind(weak, edge, suffix_start)
        if position == edge or (
            position > edge
            and (
                position in org_ends
                or text[edge:position].endswith(_NAME_ENDS)
                or text[edge:position].endswith(vocab.COUNTY_SUFFIXES)
                or _PLACE_HEAD_RE.match(text, position + 1) is not None
                or (listed and _joins_two_names(text, edge, position, suffix_start))
            )
        ):
            edge = position + 1
    if not meeting and _HEAD_RE.match(text, edge) is None:
        head = _first_head(text, edge + 1, suffix_start)
        joined = text.startswith(vocab.AFFILIATION_JOINERS, head - 2) if head >= 2 else False
        inside = head >= 1 and text[head - 1] in vocab.CLOSING_BRACKETS_IN_NAMES  # …产业园(三期)中国—东盟…
        inside = inside and _PHASE_IN_BRACKETS.search(text, max(0, head - 8), head) is not None
        if head >= 0 and not joined and not inside and not _generic(text[head:suffix_start]):
            sector = text[edge:head] in vocab.SECTOR_OPENERS  # 铁路上海局…指挥部, 国网四川…公司
            if not sector and not (branded and _brand_before_place(text, edge, head)):
                edge = head
    return edge


def name_start(text: str, limit: int, head_start: int, name_ends: set[int], branded: bool = False) -> int:
    """Where a name whose head noun starts at `head_start` begins, by the rules of names ending
    in a suffix (`_window_start`, `_left_edge`), never before `limit`; `name_ends`: where names
    recognised nearby end (a 与/和/及 right after one parts two names)."""
    window = _window_start(text, limit, head_start)
    return _left_edge(text, window, head_start, name_ends, False, branded, True)


def _joins_two_names(text: str, edge: int, position: int, suffix_start: int) -> bool:
    """True when 和 at `position` joins two names of works (拉萨之窗和君泰大厦): a few name
    characters on each side, and 和 inside no word (和平, 协和, 共和…)."""
    if text[position] != vocab.AND_CHAR or position - edge < vocab.MIN_PHRASE:
        return False
    if suffix_start - position - 1 < vocab.MIN_PHRASE:
        return False
    return not any(
        text.startswith(word, position - word.index(vocab.AND_CHAR)) for word in vocab.WORDS_HOLDING_AND
    )


def _brand_before_place(text: str, edge: int, head: int) -> bool:
    """True when the words before a place inside a site's name read as a brand (广汽埃安 in
    广汽埃安长沙工厂) before a city, a district or a province (not 中国/国家 nor a known body:
    杨元庆校友中国科大…楼 is cut)."""
    return is_brand(text[edge:head]) and _PLACE.match(text, head) is not None


def is_brand(words: str) -> bool:
    """True when words read as a brand: a short run of name characters without a particle or a
    preposition that is no place itself (广汽埃安, 华电; not 标志着, 杨元庆校友, 重庆)."""
    shortest, longest = vocab.BRAND_LENGTHS
    if not shortest <= len(words) <= longest or any(char in vocab.NOT_IN_BRAND for char in words):
        return False
    if _PLACE.match(words) is not None:
        return False
    return bool(re.fullmatch(f"[{_HAN}A-Za-z]+", words))


def _ordinal_in_meeting_name(text: str, match: re.Match[str], window: int) -> bool:
    """True when a count or a year inside a meeting's name belongs to it: an ordinal (第三批),
    or a year opening the name before a batch (2023年全省第三批重大项目开工动员会; the year of
    2026年重庆市政协六届四次会议 dates the session instead)."""
    if match.re is _NUMBER_MEASURE:
        return text[match.start() - 1 : match.start()] == vocab.ORDINAL_MARK
    if match.start() != window or not _YEAR_OPENING.fullmatch(match.group()):
        return False
    return _BATCH_AFTER_YEAR.match(text, match.end()) is not None


#: Each character of vocab.WORDS_HOLDING_STOPS: the words holding it, with where it first stands.
_WORDS_HOLDING: dict[str, tuple[tuple[str, int], ...]] = {
    char: tuple((word, word.find(char)) for word in vocab.WORDS_HOLDING_STOPS if char in word)
    for char in {char for word in vocab.WORDS_HOLDING_STOPS for char in word}
}


def _inside_word(text: str, stop: re.Match[str]) -> bool:
    """True when a one-character stop is part of a word (让 in 避让, 转让): not a verb of its own."""
    if stop.end() - stop.start() != 1:
        return False
    start = stop.start()
    return any(text.startswith(word, start - at) for word, at in _WORDS_HOLDING.get(stop.group(), ()))


def _first_head(text: str, start: int, end: int) -> int:
    """Offset of the first place or known name starting in [start, end), or -1."""
    reach = min(len(text), end + _LONGEST_PLACE_HEAD)  # every name starting before `end` fits
    index = start
    while (head := _PLACE_HEAD_RE.search(text, index, reach)) is not None and head.start() < end:
        index = head.start()
        if text[index - 1] not in "（(":
            words = vocab.KNOWN_NEEDS_BOUNDARY
            if not any(text.startswith(w, index) and not _bounded(text, index, w) for w in words):
                return index
        index += 1
    return -1


def _bounded(text: str, start: int, word: str) -> bool:
    """False for a known name of everyday words with a Han character right before it (最美的)."""
    return word not in vocab.KNOWN_NEEDS_BOUNDARY or start == 0 or not _HAN_CHAR.match(text[start - 1])


def _inside_head(text: str, start: int, end: int) -> bool:
    """True when a stop word is part of a place or known name (成都, 西部…); only the few stops
    some head holds (为 in 华为) are looked for in the text around them."""
    if text[start:end] not in _STOPS_IN_HEADS:
        return False
    low = max(0, start - _LONGEST_HEAD + 1)
    for match in _HEAD_RE.finditer(text, low, min(len(text), end + _LONGEST_HEAD - 1)):
        if match.start() <= start and match.end() >= end and _bounded(text, match.start(), match.group()):
            return True
        if match.start() > start:
            break
    return False


def _clean_name(name: str) -> str:
    return _LIST_PREFIX.sub("", unquoted(name))


_PAIRED_QUOTES = {"“": "”", "‘": "’", '"': '"', "'": "'"}
_CLOSING_QUOTES = frozenset(_PAIRED_QUOTES.values())
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted({*_PAIRED_QUOTES, *_CLOSING_QUOTES}))) + "]")


def _quote_pairs(text: str) -> tuple[dict[int, int], set[int]]:
    """{opening offset: closing offset} of the quotes that pair in `text` (innermost first; a
    straight quote closes the same quote opened before it, else opens), and the offsets of the
    quotes that pair with none: a closing one with no opening before it, an opening one never
    closed."""
    pairs: dict[int, int] = {}
    unpaired: set[int] = set()
    open_at: list[int] = []
    for index, char in enumerate(text):
        if open_at and char == _PAIRED_QUOTES[text[open_at[-1]]]:
            pairs[open_at.pop()] = index
        elif char in _PAIRED_QUOTES and (char not in _CLOSING_QUOTES or char in "\"'"):
            open_at.append(index)
        elif char in _CLOSING_QUOTES:
            unpaired.add(index)
    unpaired.update(open_at)
    return pairs, unpaired


def unquoted(name: str) -> str:
    """The name without the quotes around it, one rule for entity names and subject phrases: a
    quote at either end that pairs with none in the name goes (a stray closing quote, an opening
    one never closed: 重庆大学”, ”重庆大学, “重庆大学), and so do two that wrap it whole
    (“重庆大学”); quotes that pair inside stay (“云轨”线路, 天府新区“两纵一横”项目, “A”暨“B”).
    Blanks at the ends go too.

        >>> unquoted("“重庆大学”"), unquoted("”重庆大学"), unquoted("“云轨”线路”"), unquoted("“A”暨“B”")
        ('重庆大学', '重庆大学', '“云轨”线路', '“A”暨“B”')
    """
    if _QUOTE_CHAR.search(name) is None:
        return name.strip(" ")  # most names: no quote to pair, nothing but blanks to strip
    while True:
        before = name
        name = name.strip(" ")
        pairs, unpaired = _quote_pairs(name)
        last = len(name) - 1
        if name and 0 in unpaired:
            name = name[1:]
        elif name and last in unpaired:
            name = name[:-1]
        elif last > 0 and pairs.get(0) == last:
            name = name[1:-1]
        if name == before:
            return name


def _generic(prefix: str) -> bool:
    """True when the part before the suffix is made only of generic words (重点, 国家级…)."""
    return not _GENERIC_PREFIX.sub("", prefix) or prefix.startswith(vocab.GENERIC_HEADS)


class _Collector:
    """Accepts mentions in priority order, refusing crossing overlaps.

    Claimed spans are kept sorted by start so an overlap test looks only at neighbours.
    """

    def __init__(self, doc: Document, aliases: Mapping[str, str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.aliases = aliases
        self.found: list[Found] = []
        self.entities: dict[str, Info] = {}
        self.span_starts: list[int] = []
        self.spans: list[tuple[int, int, int, Found | None]] = []

    def entity(self, name: str, type_: str) -> Info:
        info = self.entities.get(name)
        if info is None:
            info = self.entities[name] = Info(name, type_, order=len(self.entities))
        return info

    def claim(self, start: int, end: int, kind: int, found: Found | None = None) -> None:
        index = bisect.bisect_left(self.span_starts, start)
        self.span_starts.insert(index, start)
        self.spans.insert(index, (start, end, kind, found))

    def release(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.span_starts, start)
        while index < len(self.spans) and self.spans[index][0] == start:
            if self.spans[index][1] == end:
                del self.spans[index]
                del self.span_starts[index]
                return
            index += 1

    def claimed(self, start: int, end: int) -> list[tuple[int, int, int, Found | None]]:
        """Claimed spans overlapping [start, end)."""
        index = bisect.bisect_left(self.span_starts, end)
        result = []
        low = start - _LONGEST_SPAN
        while index > 0:
            index -= 1
            span = self.spans[index]
            if span[0] < low:
                break
            if span[1] > start:
                result.append(span)
        return result

    def overlaps(self, start: int, end: int) -> bool:
        """True when a claimed span overlaps [start, end) (`claimed`, without listing them)."""
        index = bisect.bisect_left(self.span_starts, end)
        low = start - _LONGEST_SPAN
        spans = self.spans
        while index > 0:
            index -= 1
            span = spans[index]
            if span[0] < low:
                return False
            if span[1] > start:
                return True
        return False

    def add(self, start: int, end: int, name: str, type_: str, kind: int) -> bool:
        if start >= end or self.overlaps(start, end) or not self.doc.is_faithful(start, end):
            return False
        self.entity(name, type_)
        found = Found(start, end, name, type_, kind)
        self.found.append(found)
        self.claim(start, end, kind, found)
        return True


def _sorted_index(found: list[Found]) -> tuple[list[int], list[Found]]:
    ordered = sorted(found, key=start_of)
    return [f.start for f in ordered], ordered


def recognise(doc: Document, aliases: Mapping[str, str]) -> Recognition:
    """Find every entity mention of a cleaned article.

    `aliases` maps short forms to full names (vocab.ALIASES merged with the caller's).
    """
    collector = _Collector(doc, aliases)
    known, known_re = _known_names(tuple(aliases.items()))
    for unit in doc.units:
        _documents(collector, unit.start, unit.end)
    for unit in doc.units:
        _organisations(collector, unit.start, unit.end)
        _known(collector, unit.start, unit.end, known, known_re)
    _alias_definitions(collector)
    defined = {alias: name for alias, name in collector.aliases.items() if alias not in vocab.ALIASES}
    for unit in doc.units:
        _aliases_used(collector, unit.start, unit.end, defined)
        _people(collector, unit.start, unit.end)
        _places(collector, unit.start, unit.end)
    _people_again(collector)
    starts, ordered = _sorted_index([f for f in collector.found if not f.nested])
    earlier: dict[str, Found] = {}
    for unit in doc.units:
        _pronouns(collector, unit.start, unit.end, starts, ordered, earlier)
    mentions = sorted(collector.found, key=text_order)
    return Recognition(mentions, collector.entities, [m.start for m in mentions])


def _documents(c: _Collector, start: int, end: int) -> None:
    for match in _DOCUMENT.finditer(c.text, start, end):
        c.add(match.start(1), match.end(1), match.group(1), "policy", DOCUMENT)
        c.claim(match.start(), match.end(), DOCUMENT)


def _known(c: _Collector, start: int, end: int, table: Mapping[str, str], pattern: re.Pattern[str]) -> None:
    for match in pattern.finditer(c.text, start, end):
        surface = match.group()
        name = table[surface]
        if c.text[match.end() : match.end() + 1] in tuple(vocab.KNOWN_NOT_BEFORE):
            continue
        if not _bounded(c.text, match.start(), surface):
            continue
        type_ = vocab.KNOWN_ENTITIES.get(name) or suffix_type(name) or "organisation"
        existing = c.entities.get(name)
        if c.add(match.start(), match.end(), name, existing.type if existing else type_, KNOWN):
            if surface != name and surface not in c.entities[name].aliases:
                c.entities[name].aliases.append(surface)


@lru_cached(maxsize=16)
def _known_names(aliases: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """The known names (vocab.KNOWN_ENTITIES and the aliases) by surface, and their alternation;
    made once per alias table, not per article."""
    known = {**{name: name for name in vocab.KNOWN_ENTITIES}, **dict(aliases)}
    return known, _known_pattern(tuple(sorted(known)))


@lru_cached(maxsize=256)
def _known_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation per set of names, compiled once (articles of a corpus share most sets)."""
    return _alternation(words)


def suffix_type(name: str) -> str | None:
    """The entity type a name's suffix gives (…大学 → university), or None."""
    for length in _SUFFIX_LENGTHS:
        if length <= len(name) and name[-length:] in vocab.ORG_SUFFIXES:
            return vocab.ORG_SUFFIXES[name[-length:]]
    return None


def longest_suffix(name: str) -> str:
    """The longest name suffix (vocab.ORG_SUFFIXES) a name ends with, or ''."""
    for length in _SUFFIX_LENGTHS:
        if length <= len(name) and name[-length:] in vocab.ORG_SUFFIXES:
            return name[-length:]
    return ""


#: The lengths of the suffixes, longest first: the longest suffix a name ends with gives its type.
_SUFFIX_LENGTHS = tuple(sorted({len(suffix) for suffix in vocab.ORG_SUFFIXES if suffix}, reverse=True))


def _organisations(c: _Collector, start: int, end: int) -> None:
    text = c.text
    org_ends: dict[int, Found] = {}
    #: The keys of org_ends in text order (suffixes are met left to right), for a range lookup.
    ends: list[int] = []
    for suffix_start, suffix_end in _suffixes(text, start, end):
        suffix = text[suffix_start:suffix_end]
        if suffix_start > start and text[suffix_start - 1] in vocab.SUFFIX_NOT_AFTER.get(suffix, ""):
            continue
        followers = vocab.SUFFIX_FOLLOWERS.get(suffix)
        if (
            followers
            and suffix_end < end
            and _is_name_char(text[suffix_end])
            and text[suffix_end] not in followers
        ):
            continue
        type_ = vocab.ORG_SUFFIXES[suffix]
        window = _window_start(text, start, suffix_start)
        parents = set(ends[bisect.bisect_left(ends, window) : bisect.bisect_right(ends, suffix_start)])
        branded = (
            suffix in vocab.BRANDED_SUFFIXES
            or suffix in _LEGAL_SUFFIXES  # 国投青海风电有限公司: a company's brand before its place
            or (suffix in vocab.PROJECT_SUFFIXES and text[:suffix_start].endswith(vocab.BRANDED_SUFFIXES))
        )  # 中航锂电合肥基地项目: the project of a branded site keeps the brand
        listed = type_ in vocab.WORKS_TYPES
        edge = _left_edge(text, window, suffix_start, parents, type_ == "meeting", branded, listed)
        parent = org_ends.get(edge) if edge in org_ends else None
        if parent is None:
            adjacent = [
                org_ends[e] for e in parents if e == suffix_start or (e >= edge and e <= suffix_start)
            ]
            parent = min(adjacent, key=text_order) if adjacent else None
            if (
                parent is not None
                and suffix_end - parent.start <= vocab.MAX_NAME_LENGTH
                and not _has_stop(text, parent.end, suffix_start, type_ == "meeting")
                and not (type_ == "meeting" and parent.start > edge)  # …专场暨<park>对接会 stays whole
            ):
                edge = parent.start
            else:
                parent = None
        opening = text[window:edge]
        if type_ == "meeting" and _ORDINAL.fullmatch(opening) and not opening.endswith(vocab.YEAR_CHAR):
            edge = window  # 2025中国福州国际招商月…对接会 (not 2026年…会议, dated by its year)
        raw = text[edge:suffix_end]
        name = _clean_name(raw)
        edge = suffix_end - len(name)
        prefix = name[: len(name) - len(suffix)]
        shortest = 1 if suffix in vocab.SHORT_NAME_SUFFIXES else 2
        if len(prefix) < shortest or _generic(prefix):
            continue
        if (
            suffix in vocab.GOVERNMENT_NEEDS_PLACE
            and parent is None
            and _HEAD_RE.match(_ORDINAL.sub("", name)) is None
        ):
            continue
        owner_length = _company_owning(name, suffix, type_)
        owner_start = edge
        if owner_length:  # 华能雅江公司|加查水电站: the facility, and its company as the owner
            edge, name = edge + owner_length, name[owner_length:]
            parent = None
        if parent is not None and parent.type in vocab.PART_TYPES:
            parent = None
        canonical = c.aliases.get(name, name)
        inside = _supersede(c, edge, suffix_end)
        if c.add(edge, suffix_end, canonical, type_, ORG):
            found = c.found[-1]
            if canonical != name and name not in c.entities[canonical].aliases:
                c.entities[canonical].aliases.append(name)
            org_ends[suffix_end] = found
            ends.append(suffix_end)
            for part in inside:
                part.nested = True
            if parent is not None and c.entities[canonical].affiliation is None:
                c.entities[canonical].affiliation = parent.name
            if owner_length:
                owner = text[owner_start:edge]
                if c.add(owner_start, edge, c.aliases.get(owner, owner), "company", ORG):
                    c.entities[canonical].affiliation = c.found[-1].name
                else:  # named already (重庆长安汽车股份有限公司两江工厂)
                    claimed = c.claimed(owner_start, edge)
                    known = [span[3] for span in claimed if span[0] == owner_start and span[1] == edge]
                    if known and known[0] is not None:
                        c.entities[canonical].affiliation = known[0].name
        else:
            for part in inside:
                c.claim(part.start, part.end, ORG, part)


def _company_owning(name: str, suffix: str, type_: str) -> int:
    """The length of the company's full name a facility's name opens with (华能雅江公司加查水电站:
    6), when the rest holds words of its own before the suffix; else 0."""
    if type_ not in vocab.COMPANY_OWNED_TYPES:
        return 0
    at = name.rfind(vocab.COMPANY_WORD, 0, len(name) - len(suffix))
    if at < vocab.MIN_PHRASE:
        return 0
    owner_length = at + len(vocab.COMPANY_WORD)
    return owner_length if len(name) - len(suffix) - owner_length >= vocab.MIN_PHRASE else 0


def _suffixes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of name suffixes that end a name (大学 in 重庆医科大学, not 科大; not 大学生)."""
    spans: list[tuple[int, int]] = []
    position = start
    while True:
        match = _SUFFIX.search(text, position, end)
        if match is None:
            return spans
        suffix = match.group()
        tails = tuple(vocab.SUFFIX_CONTINUATIONS.get(suffix, ()))
        if tails and text.startswith(tails, match.end()):
            position = match.start() + 1
            continue
        spans.append(match.span())
        position = match.end()


def _supersede(c: _Collector, start: int, end: int) -> list[Found]:
    """Release organisation names inside [start, end), to become nested parts of the longer
    name if it is accepted (the caller claims them back otherwise)."""
    inside = [
        span[3]
        for span in c.claimed(start, end)
        if span[2] == ORG and span[3] is not None and start <= span[0] and span[1] <= end
    ]
    if any(f.start == start and f.end == end for f in inside):
        return []
    for found in inside:
        c.release(found.start, found.end)
    return inside


def _has_stop(text: str, start: int, end: int, meeting: bool) -> bool:
    segment = text[start:end]
    stops = _MEETING_STOP_RE if meeting else _STOP_RE
    return bool(stops.search(segment)) or any(not _is_name_char(ch) for ch in segment)


def _alias_definitions(c: _Collector) -> None:
    """'X（以下简称Y）': Y names X from here on (and in the store, through Entity.aliases)."""
    renamed: dict[str, str] = {}
    for match in _ALIAS_DEF.finditer(c.text):
        alias = _clean_name(match.group(1))
        owner = next(
            (
                span[3]
                for span in c.claimed(match.start() - 1, match.start())
                if span[1] == match.start() and span[3] is not None and span[3].kind != PERSON
            ),
            None,
        )
        if owner is None or not alias or alias == owner.name:
            continue
        info = c.entities[owner.name]
        if alias not in info.aliases:
            info.aliases.append(alias)
        renamed[alias] = owner.name
        inner = _trim_quotes(
            c.text,
            Found(match.start(1), match.start(1) + len(match.group(1)), owner.name, info.type, DEFINED),
        )
        c.found.append(inner)
        c.claim(match.start(), match.end(), DEFINED, inner)
    if not renamed:
        return
    c.aliases = {**c.aliases, **renamed}
    for found in c.found:
        found.name = renamed.get(found.name, found.name)
    for alias, owner_name in renamed.items():
        if alias in c.entities and alias != owner_name:
            del c.entities[alias]


def _trim_quotes(text: str, found: Found) -> Found:
    while found.start < found.end and text[found.start] in '“"‘':
        found.start += 1
    while found.end > found.start and text[found.end - 1] in '”"’':
        found.end -= 1
    return found


def _aliases_used(c: _Collector, start: int, end: int, defined: dict[str, str]) -> None:
    """Mentions of the aliases the article defines (`defined`: alias -> owner's name)."""
    if not defined:
        return
    pattern = _known_pattern(tuple(sorted(defined)))
    for match in pattern.finditer(c.text, start, end):
        name = defined[match.group()]
        c.add(
            match.start(),
            match.end(),
            name,
            c.entities[name].type if name in c.entities else "organisation",
            DEFINED,
        )


def _person_name(text: str, start: int, end: int) -> int:
    """End of a 2- or 3-character name starting at `start`, or -1."""
    for length in (2, 3):
        stop = start + length
        if stop > end:
            break
        name = text[start:stop]
        if not _HAN_RUN.fullmatch(name):
            continue
        if name[0] not in vocab.SURNAMES and not name.startswith(vocab.DOUBLE_SURNAMES):
            continue
        if stop == end or text.startswith(vocab.AFTER_NAME, stop):
            return stop
    return -1


def _affiliation(c: _Collector, title_start: int, unit_start: int) -> str | None:
    """The organisation named right before a title (市科技局局长明炬 → 市科技局)."""
    best: Found | None = None
    best_end = -1
    for span in c.claimed(max(unit_start, title_start - vocab.AFFILIATION_REACH), title_start):
        found = span[3]
        if found is None or found.type in ("person", "policy", "place") or span[1] > title_start:
            continue
        if any(p in c.text[span[1] : title_start] for p in "，。；：！？"):
            continue
        if span[1] > best_end:
            best, best_end = found, span[1]
    return best.name if best else None


def _people(c: _Collector, start: int, end: int) -> None:
    text = c.text
    for match in _TITLE.finditer(text, start, end):
        name_end = _person_name(text, match.end(), end)
        if name_end < 0:
            continue
        name = text[match.end() : name_end]
        if c.add(match.end(), name_end, name, "person", PERSON):
            info = c.entities[name]
            if info.affiliation is None:
                info.affiliation = _affiliation(c, match.start(), start)
    for match in _TITLE_AFTER.finditer(text, start, end):
        for length in (3, 2):
            name_start = match.start() - length
            if name_start < start:
                continue
            name = text[name_start : match.start()]
            before = text[name_start - 1] if name_start > start else "，"
            if _is_name_char(before) or name[0] not in vocab.SURNAMES:
                continue
            if _HAN_RUN.fullmatch(name) and c.add(name_start, match.start(), name, "person", PERSON):
                break


def _people_again(c: _Collector) -> None:
    """Later bare mentions of people already named with a title (雷虹说)."""
    names = tuple(sorted(n for n, i in c.entities.items() if i.type == "person"))
    if not names:
        return
    pattern = _known_pattern(names)
    for match in pattern.finditer(c.text):
        before = c.text[match.start() - 1] if match.start() else "，"
        if not _is_name_char(before) or before in "，":
            c.add(match.start(), match.end(), match.group(), "person", PERSON)


def _places(c: _Collector, start: int, end: int) -> None:
    for match in _PLACE.finditer(c.text, start, end):
        surface = match.group()
        county = _county_after(c.text, match.end(), end)
        if county > match.end():
            c.add(match.start(), county, c.text[match.start() : county], "place", PLACE)
        else:
            c.add(match.start(), match.end(), _PLACE_FORMS.get(surface, surface), "place", PLACE)
    for match in _PLACE_ABBREVIATION.finditer(c.text, start, end):
        at = match.start(1)
        c.add(at, at + 1, vocab.PLACE_ABBREVIATIONS[match.group(1)], "place", PLACE)
    # a county's pattern opens with look-behinds, tried at every offset: only searched in a
    # paragraph holding one of its suffixes
    held = _COUNTY_ONLY_SUFFIX.search(c.text, start, end) is not None
    counties = _STANDALONE_COUNTY.finditer(c.text, start, end) if held else ()
    for match in counties:
        if match.group(1) not in vocab.NOT_COUNTY_NAMES:
            c.add(match.start(), match.end(), match.group(), "place", PLACE)


def leading_place(name: str) -> tuple[str, int] | None:
    """The place a name opens with, as the place's full name and the length of its words: one
    of the tables (宜宾 → 宜宾市), else two characters and 县/区/市/旗 that are no generic words
    (平桥区); None when the name opens with no place."""
    match = _PLACE.match(name)
    if match is not None:
        surface = match.group()
        after = _county_after(name, match.end(), len(name))
        if after > match.end():
            return name[:after], after
        return _PLACE_FORMS.get(surface, surface), match.end()
    county = _COUNTY.match(name)
    if county is None or county.group(1) in vocab.NOT_COUNTY_NAMES:
        return None
    return county.group(), county.end()


def _county_after(text: str, at: int, end: int) -> int:
    """End of a county or district named right after its province or city (福建东山县,
    银川市兴庆区, 兰州市城关区), or `at` when none is: two characters and 县/区/市 that are
    no place of the tables themselves and no generic words (主城区, 市区)."""
    match = _COUNTY.match(text, at, end)
    if match is None or match.group(1) in vocab.NOT_COUNTY_NAMES or _PLACE.match(text, at, end):
        return at
    return match.end()


def _pronouns(
    c: _Collector, start: int, end: int, starts: list[int], ordered: list[Found], earlier: dict[str, Found]
) -> None:
    """Pronoun-like mentions take the nearest earlier mention of a fitting type in the paragraph:
    its mentions are swept once, keeping the latest of each type (linear in the paragraph); with
    none there, the latest of a fitting type in the paragraph right before (`earlier`, which
    this call then fills with the latest of each type of this paragraph)."""
    unit_mentions = ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    _pronouns_in(c, start, end, unit_mentions, earlier)
    earlier.clear()
    for found in unit_mentions:
        if found.kind != PRONOUN:
            earlier[found.type] = found


def _pronouns_in(
    c: _Collector, start: int, end: int, unit_mentions: list[Found], earlier: dict[str, Found]
) -> None:
    text = c.text
    latest: dict[str, tuple[int, Found]] = {}
    waiting: list[tuple[int, Found]] = []
    swept = 0
    for match in _PRONOUN.finditer(text, start, end):
        word = match.group()
        if not word.startswith(vocab.DEMONSTRATIVE):
            before = text[match.start() - 1] if match.start() > start else "，"
            if before not in vocab.PRONOUN_BEFORE:
                continue
            if word in vocab.PRONOUNS_AT_CLAUSE_START and before not in vocab.CLAUSE_OPENING_BEFORE:
                continue
        while swept < len(unit_mentions) and unit_mentions[swept].start < match.start():
            waiting.append((swept, unit_mentions[swept]))
            swept += 1
        still = []
        for index, found in waiting:
            if found.end > match.start():
                still.append((index, found))
            elif found.kind != PRONOUN and (found.type not in latest or latest[found.type][0] < index):
                latest[found.type] = (index, found)
        waiting = still
        fitting = [latest[type_] for type_ in vocab.PRONOUNS[word] if type_ in latest]
        before_paragraph = [earlier[type_] for type_ in vocab.PRONOUNS[word] if type_ in earlier]
        if fitting:
            referent = max(fitting, key=_met_at)[1]
        elif before_paragraph:
            referent = max(before_paragraph, key=start_of)
        else:
            continue
        c.add(match.start(), match.end(), referent.name, referent.type, PRONOUN)
