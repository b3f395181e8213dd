"""Where a name begins: the left edge of a name found from its suffix (…有限公司, …实验室) or
its head noun, and the clean-up of its ends (quotes, list numbers).

Names are found from their suffix leftwards: the left edge stops at punctuation, at verbs and
function words (vocab.LEFT_STOPS), at "number + measure word", at a date, and at a conjunction
(与/和/及) only when another name ends before it or a place starts after it; a name that does
not open with a place or a known body is cut to the first place inside it, unless what is left
would be a category (超声医学工程国家重点实验室 stays whole: 国家重点实验室 names no one, nor does
北京市重点实验室, a place's rank).
"""

from __future__ import annotations

import re

from timeline import _regex
from timeline._events import closed_words, vocab
from timeline._events.places import PLACE, PLACE_FORMS, leading_place
from timeline._events.words import Words
from timeline._regex import HAN, HAN_FIRST, HAN_LAST

_WORKS_SUFFIXES = (*vocab.PROJECT_SUFFIXES, *vocab.WORK_OFFICE_SUFFIXES)
_HAN_CHAR = re.compile(f"[{HAN}]")
#: Name characters besides Han ones: Latin letters, digits, the hyphen and the middle dots.
_OTHER_NAME_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-" + vocab.NAME_DOTS
)
_NAME_RUN = re.compile(r"[" + HAN + r"A-Za-z0-9" + vocab.NAME_DOTS + r"\-]*")  # `is_name_char`, repeated
_QUOTED_IN_NAME = re.compile(
    "“[" + HAN + "A-Za-z0-9" + vocab.NAME_DOTS + "]{2," + str(vocab.QUOTED_IN_NAME_MAX) + "}”$"
)
_SMALL_PAREN = re.compile(r"[（(][" + HAN + r"]{1,5}[）)]$")
#: A route's two ends between brackets inside a name (金阳路(苏州路—北站公路)道路工程项目).
_ROUTE_PAREN = re.compile(
    "[（(][" + HAN + "]{2," + str(vocab.ROUTE_END_MAX) + "}[" + vocab.NAME_DASHES + "][" + HAN + "]{2,"
    + str(vocab.ROUTE_END_MAX) + "}[）)]$"
)
_LIST_PREFIX = re.compile(vocab.LIST_PREFIX)
_NUMBER_MEASURE = re.compile(
    _regex.first_apart("[" + vocab.NUMERALS + "]+[" + vocab.MEASURE_WORDS + vocab.NUMBERED_GROUP + "]")
)
#: A region word (我省, 本市) is where a name lies, never part of it.
_STOPS = sorted(
    {*vocab.LEFT_STOPS, *vocab.REGION_WORDS, *vocab.TRIGGERS, *(t for t in vocab.PERSON_TITLES if len(t) > 2)}
    - set(vocab.TRIGGERS_INSIDE_NAMES),
    key=len,
    reverse=True,
)
_MEETING_STOPS = sorted(vocab.MEETING_LEFT_STOPS, key=len, reverse=True)
_DATE_STOP = re.compile(_regex.first_apart(vocab.DATE_STOP))
#: What a count or a date stop opens with: most name spans hold none, and one search of this
#: class tells it (instead of searching both patterns).
_COUNT_OR_DATE_HEAD = _regex.head_class(_NUMBER_MEASURE, _DATE_STOP)
_YEAR_OPENING = re.compile(vocab.YEAR_IN_DIGITS)
_BATCH_AFTER_YEAR = re.compile(vocab.BATCH_AFTER_DATE)
ORDINAL = re.compile(vocab.NAME_ORDINAL)
_STOP_RE = _regex.alternation(_STOPS)
_WEAK_STOP_RE = _regex.alternation(vocab.LEFT_WEAK_STOPS)
_MEETING_STOP_RE = _regex.alternation(_MEETING_STOPS)
_PHASE_IN_BRACKETS = re.compile(vocab.PHASE_IN_BRACKETS)
_HEADS = tuple(sorted({*vocab.NAME_HEADS, *PLACE_FORMS, *vocab.KNOWN_ENTITIES}, key=len, reverse=True))
_HEAD_RE = _regex.alternation(_HEADS)
_NAME_ENDS = Words({*vocab.ORG_SUFFIXES, *PLACE_FORMS, *vocab.KNOWN_ENTITIES})
_LONGEST_HEAD = max(len(h) for h in _HEADS)
_PLACE_HEADS = tuple(
    sorted({*PLACE_FORMS, *vocab.KNOWN_ENTITIES, *vocab.NATIONAL_HEADS}, key=len, reverse=True)
)
#: The place heads as a trie: `.match` tells whether one starts at an offset, `.search` where
#: the next one starts (one regex call instead of a look-up per word length and offset).
_PLACE_HEAD_RE = _regex.alternation(_PLACE_HEADS)
_LONGEST_PLACE_HEAD = max(len(h) for h in _PLACE_HEADS)
#: The stop words that some head holds (为 in 华为, 的 in a known name): no other stop can lie
#: inside a place or known name.
_STOPS_IN_HEADS = frozenset(
    stop for stop in {*_STOPS, *_MEETING_STOPS} if any(stop in head for head in _HEADS)
)
_COMPANY_SUFFIXES = tuple(suffix for suffix, type_ in vocab.ORG_SUFFIXES.items() if type_ == "company")
_COMPANY_KIND = _regex.alternation(vocab.COMPANY_KIND_WORDS)
_DESCRIPTION_MARK = re.compile(f"(?:{vocab.ORDINAL_UNIT})|" + _regex.alternation_source(vocab.SUPERLATIVES))
#: What a description mark opens with: most spans hold none, and one search of a class tells it
#: (the regex engine tries the alternation above at every offset). Unbounded: any offset.
_DESCRIPTION_FIRSTS = _regex.heads(_DESCRIPTION_MARK, 1)
_DESCRIPTION_HEADS = re.compile(
    "[" + re.escape("".join(sorted(_DESCRIPTION_FIRSTS))) + "]" if _DESCRIPTION_FIRSTS else ""
)
_BRAND_AND_PLACE = re.compile(
    f"[{HAN}A-Za-z]{{{vocab.BRAND_LENGTHS[0]},{vocab.BRAND_LENGTHS[1]}}}[（(](?:{PLACE.pattern})[）)]"
)
#: Words 和 is part of: the table's, and the places holding it (呼和浩特, 和田).
_WORDS_HOLDING_AND = (*vocab.WORDS_HOLDING_AND, *(form for form in PLACE_FORMS if vocab.AND_CHAR in form))
_CAPACITY = re.compile(_regex.alternation_source(vocab.CAPACITY_OPENERS) + "[" + vocab.NUMERALS + "]")
_GENERIC_PREFIX = _regex.alternation(vocab.GENERIC_PREFIX_WORDS)
_GENERIC_LAST_CHARS = frozenset(word[-1] for word in (*vocab.GENERIC_PREFIX_WORDS, *vocab.CATEGORY_WORDS))
"""The characters generic words end in: words before a suffix that end otherwise are no category
(`_only_generic` is False), told without reading them."""
LEGAL_SUFFIXES = tuple(vocab.LEGAL_SUFFIXES)
_TITLE_WORDS = frozenset(vocab.PERSON_TITLES)
_ACT_WORDS = frozenset({*vocab.TRIGGERS, *vocab.HOLDING_VERBS})
_TRADE_RUN = _regex.alternation(vocab.TRADE_WORDS)
_BRAND_RANGE = range(vocab.BRAND_LENGTHS[0], vocab.BRAND_LENGTHS[1] + 1)
_OFFICE_RUN = _regex.alternation(vocab.OFFICE_WORDS)
_BRAND_CHARS = re.compile(f"[{HAN}A-Za-z]+")
_SUFFIX_RE = _regex.alternation(vocab.ORG_SUFFIXES)
_WORKS_SUFFIX_RE = _regex.alternation(vocab.PROJECT_SUFFIXES)
_WORKS_RANK_RUN = _regex.alternation(vocab.WORKS_RANK_WORDS)
_INSIDE_WORKS_NAME = _regex.alternation(
    {
        *vocab.GENERIC_PREFIX_WORDS,
        *vocab.VERBS_INSIDE_PROJECT_NAMES,
        *vocab.OFFICE_WORDS,
        *vocab.TOGETHER_WORDS,
    }
)
_ROUTE_HEAD_RE = _regex.alternation(vocab.ROUTE_HEADS)
_LONGEST_ROUTE_HEAD = max(len(head) for head in vocab.ROUTE_HEADS)
_POINTING_BACK = (*vocab.REFERRING_DEMONSTRATIVES, *vocab.CLOSED_PRONOUNS)
_PARTY_STOP_RE = _regex.alternation(vocab.LEFT_PARTY_STOPS)


def is_name_char(char: str) -> bool:
    """`_NAME_CHAR.match(char)` for one character, without the regex call (it runs on every
    character left of every suffix)."""
    return HAN_FIRST <= char <= HAN_LAST or char in _OTHER_NAME_CHARS


def _decimal_point(text: str, index: int) -> bool:
    """A '.' between digits (第8.6代) belongs to the name."""
    return (
        text[index] == "."
        and 0 < index < len(text) - 1
        and text[index - 1].isdigit()
        and text[index + 1].isdigit()
    )


def window_start(text: str, limit: int, suffix_start: int) -> int:
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
            paren = _SMALL_PAREN.search(text, max(limit, index - 8), index) or _ROUTE_PAREN.search(
                text, max(limit, index - 2 * vocab.ROUTE_END_MAX - 3), index
            )
            if paren is None:
                break
            index = paren.start()
            continue
        if char == vocab.CLOSING_QUOTE:
            quoted = _QUOTED_IN_NAME.search(text, max(limit, index - vocab.QUOTED_IN_NAME_MAX - 2), index)
            if quoted is None or any(stop in text[index:suffix_start] for stop in vocab.LEFT_WEAK_STOPS):
                break  # “服务专员”和银行机构: the quote ends a list item, not a part of the name
            if index == suffix_start and quoted.start() > limit and is_name_char(text[quoted.start() - 1]):
                break  # …开发区“双招双引”项目: a campaign's words after a name, no name of their own
            index = quoted.start()  # 天府新区“两纵一横”项目, ——“火眼”实验室: a quoted part of a name
            continue
        if not is_name_char(char) and not (
            _decimal_point(text, index - 1) or _joining_dash(text, index - 1)
        ):
            break
        index -= 1
        if suffix_start - index >= vocab.MAX_NAME_PREFIX:
            break
    return index


def _capacity_count(text: str, start: int, edge: int) -> bool:
    """True when the count at `start` follows a word of capacity (年产240万条, 日处理500吨)."""
    return any(
        start - len(word) >= edge and text.startswith(word, start - len(word))
        for word in vocab.CAPACITY_OPENERS
    )


def _joining_dash(text: str, index: int) -> bool:
    """A single dash between two Han characters joins the parts of a name (中国—东盟); a double
    one (——) sets an apposition apart."""
    return (
        text[index] in vocab.NAME_DASHES
        and 0 < index < len(text) - 1
        and bool(_HAN_CHAR.match(text[index - 1]))
        and bool(_HAN_CHAR.match(text[index + 1]))
    )


def left_edge(
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
            if text.startswith(_WORKS_SUFFIXES, suffix_start):
                continue  # …安置点建设项目, …工程建设指挥部: the verb is part of the name
        if (
            text.startswith(vocab.ZONE_CHAR, match.end())
            and match.end() < suffix_start
            and match.group() not in _ACT_WORDS
            and match.group() not in vocab.NO_ZONE_STOPS
            and not text.startswith(vocab.COUNTY_SUFFIXES, match.end() + 1)
        ):
            continue  # 信阳市产业集聚区电子产业园: a verb before 区 names a zone (集聚区, 示范区)
        if match.start() == window and match.group() in _TITLE_WORDS:
            continue  # “院士团队…实验室”, 院士专家工作站: no one's title opens a name
        if _joins_route_ends(text, window, match, suffix_start):
            continue  # 柳州经合山至南宁高速公路: a route's two ends, one name
        left = text[match.end() : suffix_start]
        if match.group() in vocab.VERBS_INSIDE_PROJECT_NAMES and left and not _OFFICE_RUN.sub("", left):
            continue  # 张江科学城建设管理办公室: the verb names what the office is for
        if text.startswith(LEGAL_SUFFIXES, suffix_start) and not _TRADE_RUN.sub("", left):
            continue  # 中电光谷联合控股有限公司: nothing but trade words would be left of the name
        if not _inside_head(text, match.start(), match.end()) and not _inside_word(text, match):
            edge = match.end()
            break
    counted = _COUNT_OR_DATE_HEAD.search(text, edge, suffix_start) is not None
    for pattern in (_NUMBER_MEASURE, _DATE_STOP) if counted else ():
        for match in pattern.finditer(text, edge, suffix_start):
            if meeting and _ordinal_in_meeting_name(text, match, window):
                continue
            if _capacity_count(text, match.start(), edge):
                continue  # 第二期年产240万条…项目: the capacity the works are named by
            edge = max(edge, match.end())
    held = _WEAK_STOP_RE.search(text, edge, suffix_start) is not None  # most names hold none
    for weak in vocab.LEFT_WEAK_STOPS if held else ():
        position = text.rfind(weak, edge, suffix_start)
        if position == edge or (
            position > edge
            and (
                position in org_ends
                or _NAME_ENDS.longest_ending_at(text, position, edge) > 0
                or text[edge:position].endswith(vocab.COUNTY_SUFFIXES)
                or _PLACE_HEAD_RE.match(text, position + 1) is not None
                or (
                    listed
                    and _joins_two_names(text, edge, position, suffix_start)
                    and _named_alone(text, position + 1, suffix_start)
                )
            )
        ):
            edge = position + 1
    for joiner in vocab.LEFT_PARTY_STOPS if _PARTY_STOP_RE.search(text, edge, suffix_start) else ():
        position = text.rfind(joiner, edge, suffix_start)
        after_name = _NAME_ENDS.longest_ending_at(text, position, edge) > 0
        if position > edge and (after_name or _PLACE_HEAD_RE.match(text, position + 1) is not None):
            edge = position + 1  # 省政府同|中国科学院: the party before 同 is another name
    if not text.startswith(_POINTING_BACK, edge):  # 这些重大项目 points back: read as a reference
        edge += closed_words.leading_run(text[edge:suffix_start], _any_words)  # 自本次|高峰论坛
        edge += closed_words.after_inner_preposition(text[edge:suffix_start])  # 记者从|重庆…发布会
    if not meeting:
        edge = after_category(text, edge, suffix_start)
        edge = _after_description(text, edge, suffix_start)
    if not meeting and _HEAD_RE.match(text, edge) is None:
        head = _first_head(text, edge + 1, suffix_start)
        joined = text.startswith(vocab.AFFILIATION_JOINERS, head - 2) if head >= 2 else False
        inside = head >= 1 and text[head - 1] in vocab.CLOSING_BRACKETS_IN_NAMES  # …产业园(三期)中国—东盟…
        inside = inside and _PHASE_IN_BRACKETS.search(text, max(0, head - 8), head) is not None
        route = head >= 1 and text[head - 1] in vocab.NAME_DASHES  # 阿坝—成都东…交流工程: both ends
        ends = head >= 1 and text[head - 1] in vocab.ROUTE_JOINERS and _route_end(text[edge : head - 1])
        route = route or ends  # 广昌至吉安高速公路: both ends too
        kind = generic(text[head:suffix_start]) or _ranked_in_place(text, head, suffix_start)
        if head >= 0 and not joined and not inside and not route and not kind:
            sector = text[edge:head] in vocab.SECTOR_OPENERS  # 铁路上海局…指挥部, 国网四川…公司
            if not sector and not (branded and _brand_before_place(text, edge, head)):
                edge = head
    return edge


def _route_end(words: str) -> bool:
    """True when the words before 至/到 and a place read as a route's first end: a two-character
    place name or one ending in an administrative unit (广昌|至吉安高速公路, 金溪|至抚州…), not
    what a verb moves (物资运|至吉安高速公路工地)."""
    return len(words) == vocab.MIN_PHRASE or words.endswith(vocab.ADMINISTRATIVE_UNITS)


def _any_words(words: str) -> bool:
    """Words before a suffix name a thing, whatever they are: the suffix ends a name."""
    return True


def _joins_route_ends(text: str, window: int, stop: re.Match[str], suffix_start: int) -> bool:
    """True when a stop is 至/到 between the two ends of a route named by them: name characters
    before it and a route's head (公路, 铁路, 线…) after it, ending the name (宜宾至彝良高速公路项目)."""
    if stop.group() not in vocab.ROUTE_JOINERS or stop.start() <= window:
        return False
    if not is_name_char(text[stop.start() - 1]):
        return False
    return _ROUTE_HEAD_RE.search(text, stop.end() + 1, suffix_start + _LONGEST_ROUTE_HEAD) is not None


def _after_description(text: str, edge: int, suffix_start: int) -> int:
    """Where a name starts after a description of its bearer written before it: a company's
    kind (中外合资企业华杰电子有限公司, 合资公司安徽建工…有限公司), or an ordinal or superlative and
    what it counts in before a place or known name (全国最大国产化单集群中国移动万卡智算中心);
    `edge` when the span holds no description. 中国/国家 after an ordinal is part of what it
    counts (西部首个国家实验室)."""
    if text.startswith(_COMPANY_SUFFIXES, suffix_start):
        kinds = [
            kind.end()
            for kind in _COMPANY_KIND.finditer(text, edge, suffix_start)
            if suffix_start - kind.end() >= vocab.MIN_PHRASE
        ]
        if kinds:
            return kinds[-1]
    held = _DESCRIPTION_HEADS.search(text, edge, suffix_start) is not None
    mark = _DESCRIPTION_MARK.search(text, edge, suffix_start) if held else None
    if mark is None:
        return edge
    head = _PLACE_HEAD_RE.search(text, mark.end(), suffix_start)
    if head is None or head.group() in vocab.NATIONAL_HEADS or generic(text[head.start() : suffix_start]):
        return edge
    return head.start()


def after_category(text: str, edge: int, suffix_start: int) -> int:
    """Where a name starts after a category written before it as an apposition, without a dash:
    a place's or a rank's generic words and a suffix (天津市重点项目|中国一重滨海制造基地, 省重点
    项目|长安汽车宜宾工厂, 国家大型基地|国能宁夏…项目), when a place, a known body or a brand
    opens what follows; `edge` when the span holds none (成都高新区天府软件园: 成都高新区 is a
    name, no generic words before its suffix)."""
    for inner in _SUFFIX_RE.finditer(text, edge + vocab.MIN_PHRASE, suffix_start):
        if inner.end() >= suffix_start:
            break
        if text[inner.start() - 1] not in _GENERIC_LAST_CHARS:
            continue  # (text dense with suffixes: each was read with a place, 0.2 CPU ms a character)
        words = text[edge : inner.start()]
        place = leading_place(words)
        words = words[place[1] :] if place is not None else words
        scope = ""
        if words.startswith(vocab.CATEGORY_SCOPES):  # (most words: none, and one test tells it)
            scope = next(s for s in vocab.CATEGORY_SCOPES if words.startswith(s))
        scoped = words[len(scope) :]
        if not any(_only_generic(w) for w in (words, scoped)):
            continue
        if opens_with_head(text[inner.end() : suffix_start]):
            return inner.end()
    return _after_works_rank(text, edge, suffix_start)


def _after_works_rank(text: str, edge: int, suffix_start: int) -> int:
    """Where a name starts after a rank of works and the works' suffix (新柳南项目主要控制性工程|
    龙马红水河特大桥, 全线控制性工程|天山胜利隧道), written right after the name's owner or opening
    it, when a name of at least two words of its own follows; `edge` otherwise."""
    start = edge
    for inner in _WORKS_SUFFIX_RE.finditer(text, edge, suffix_start):
        words = text[start : inner.start()]
        scope = next((s for s in vocab.CATEGORY_SCOPES if words.startswith(s)), "")
        ranks = words[len(scope) :]
        after = inner.end()
        while after < suffix_start and text[after] in vocab.NAME_DASHES:
            after += 1  # 省重点项目—宜宾港三期工程: the dash sets the category apart
        if ranks and not _WORKS_RANK_RUN.sub("", ranks) and _own_words_after(text, after, suffix_start):
            return after
        start = inner.end()
    return edge


def _own_words_after(text: str, start: int, suffix_start: int) -> bool:
    """True when the words before a suffix hold a name's own words: no suffix opening them, at
    least two characters besides generic words, the verbs of works, an office's words and the
    words of a batch done together (not 重点工程|项目部, 重点工程|建设指挥部, 重大项目|集中开工仪式)."""
    if _SUFFIX_RE.match(text, start) is not None:
        return False
    own = _INSIDE_WORKS_NAME.sub("", text[start:suffix_start])
    return len(own) >= vocab.MIN_PHRASE


def _ranked_in_place(text: str, head: int, suffix_start: int) -> bool:
    """A place and a rank (重点, 重大…) alone before the suffix or opening it (药物依赖与成瘾|北京市
    重点实验室, …|四川省重点实验室): the rank a place gives the body, a category; its field, written
    before the place, names it, as before 国家重点实验室 (not 西安生产基地: a site's name)."""
    words = text[head:suffix_start]
    place = leading_place(words)
    if place is None:
        return False
    rest = words[place[1] :]
    return rest in vocab.CATEGORY_WORDS if rest else text.startswith(vocab.CATEGORY_WORDS, suffix_start)


def _only_generic(words: str) -> bool:
    """True when words are only generic words (重点, 国家级…), or a rank (大型)."""
    return words in vocab.CATEGORY_WORDS or (bool(words) and not _GENERIC_PREFIX.sub("", words))


def opens_with_head(name: str) -> bool:
    """True when a name opens with a place, a known body or a head word (NAME_HEADS), with a
    brand and the place it works in, between brackets or not (蒙牛乳业(曲靖)年产…项目, 网易贵安
    数据中心项目), or with a capacity (年产20万吨…项目): an ordinary word before 项目, 中心, 公司…
    names no one without one."""
    return (
        _HEAD_RE.match(name) is not None
        or _BRAND_AND_PLACE.match(name) is not None
        or _CAPACITY.match(name) is not None
        or any(_brand_at_place(name, length) for length in _BRAND_RANGE)
    )


def name_start(text: str, limit: int, head_start: int, name_ends: set[int], branded: bool = False) -> int:
    """Where a name whose head noun starts at `head_start` begins, by the rules of names ending
    in a suffix (`window_start`, `left_edge`), never before `limit`; `name_ends`: where names
    recognised nearby end (a 与/和/及 right after one parts two names)."""
    window = window_start(text, limit, head_start)
    return left_edge(text, window, head_start, name_ends, False, branded, True)


def _joins_two_names(text: str, edge: int, position: int, suffix_start: int) -> bool:
    """True when 和 at `position` joins two names of works (拉萨之窗和君泰大厦): a few name
    characters on each side, and 和 inside no word (和平, 协和, 共和…)."""
    if text[position] != vocab.AND_CHAR or position - edge < vocab.MIN_PHRASE:
        return False
    if suffix_start - position - 1 < vocab.MIN_PHRASE:
        return False
    return not any(
        text.startswith(word, position - word.index(vocab.AND_CHAR)) for word in _WORDS_HOLDING_AND
    )


def _named_alone(text: str, start: int, suffix_start: int) -> bool:
    """True when the words from `start` to a suffix can name one thing alone: the suffix needs
    no head (大厦), or they open with one. 南昌高新区…显示和照明产品制造项目 is one project: 照明产品
    制造项目 alone names none, so 和 joins words of one name, not two names."""
    return not text.startswith(vocab.GOVERNMENT_NEEDS_PLACE, suffix_start) or opens_with_head(
        text[start:suffix_start]
    )


def _brand_before_place(text: str, edge: int, head: int) -> bool:
    """True when the words before a place inside a site's name read as a brand (广汽埃安 in
    广汽埃安长沙工厂) before a city, a district or a province (not 中国/国家 nor a known body:
    杨元庆校友中国科大…楼 is cut)."""
    return is_brand(text[edge:head]) and PLACE.match(text, head) is not None


def _brand_at_place(name: str, length: int) -> bool:
    """True when the name's first `length` characters read as a brand, no words of time (同年,
    一季度), and a place follows them (网易|贵安数据中心项目)."""
    brand = name[:length]  # (the place first: most names have none there, and it is one match)
    return PLACE.match(name, length) is not None and (
        is_brand(brand) and not any(char in vocab.TIME_CHARS for char in brand)
    )


def is_brand(words: str) -> bool:
    """True when words read as a brand: a short run of name characters without a particle or a
    preposition that is no place itself (广汽埃安, 华电; not 标志着, 杨元庆校友, 重庆)."""
    shortest, longest = vocab.BRAND_LENGTHS
    if not shortest <= len(words) <= longest or any(char in vocab.NOT_IN_BRAND for char in words):
        return False
    if PLACE.match(words) is not None:
        return False
    return _BRAND_CHARS.fullmatch(words) is not None


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
            if not any(text.startswith(w, index) and not bounded(text, index, w) for w in words):
                return index
        index += 1
    return -1


def bounded(text: str, start: int, word: str) -> bool:
    """False for a known name of everyday words with a Han character right before it (最美的)."""
    return word not in vocab.KNOWN_NEEDS_BOUNDARY or start == 0 or not _HAN_CHAR.match(text[start - 1])


def _inside_head(text: str, start: int, end: int) -> bool:
    """True when a stop word is part of a place or known name (成都, 西部…); only the few stops
    some head holds (为 in 华为) are looked for in the text around them."""
    if text[start:end] not in _STOPS_IN_HEADS:
        return False
    low = max(0, start - _LONGEST_HEAD + 1)
    for match in _HEAD_RE.finditer(text, low, min(len(text), end + _LONGEST_HEAD - 1)):
        if match.start() <= start and match.end() >= end and bounded(text, match.start(), match.group()):
            return True
        if match.start() > start:
            break
    return False


def clean_name(name: str) -> str:
    """The name without its quotes (`unquoted`) and a list marker opening it (一是、（一）、1.)."""
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


def generic(prefix: str) -> bool:
    """True when the part before the suffix is made only of generic words (重点, 国家级…)."""
    return not _GENERIC_PREFIX.sub("", prefix) or prefix.startswith(vocab.GENERIC_HEADS)



def has_stop(text: str, start: int, end: int, meeting: bool) -> bool:
    """Whether text[start:end] holds a stop word (a meeting's own list when `meeting`) or a
    character no name holds: a parent name and a suffix with such a gap are two things, not one."""
    segment = text[start:end]
    stops = _MEETING_STOP_RE if meeting else _STOP_RE
    return bool(stops.search(segment)) or any(not is_name_char(ch) for ch in segment)

