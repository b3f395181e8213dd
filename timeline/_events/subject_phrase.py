"""The noun phrase before a trigger read as a subject (`read`: 两省市科技部门, …项目一期), and the
words that bound it: adverbs and cues it is trimmed of, counts and amounts that name no entity,
an apposition, a list's first party, a category, a demonstrative pointing back to a named body.

`subjects` picks among the named mentions of a clause and this phrase; the phrase is read only
when no recognised name stands as the subject.
"""

from __future__ import annotations

import re

from timeline import _regex
from timeline._events import noun_phrase, vocab, word_classes
from timeline._events.cleanup import Document
from timeline._events.dating import Dates
from timeline._events.known_names import before_alias_definition
from timeline._events.mentions import Found, Recognition
from timeline._events.name_bounds import after_category, is_brand, unquoted
from timeline._events.openers import introducing_opener, opens_no_subject
from timeline._events.organisations import longest_suffix, suffix_type
from timeline._events.places import leading_place
from timeline._events.words import Words
from timeline._regex import HAN
from timeline.model import EventEntity

#: Words no subject phrase opens or ends with: connectives and adverbs of the tables, and every
#: cue of a plan or of work under way (有望, 届时, 加快建设), whichever table it was added to.
_NO_SUBJECT_OPENERS = (*vocab.ADVERBIAL_OPENERS, *vocab.VERB_OPENERS, *vocab.REMAINDER_OPENERS)
_NO_PHRASE_TAILS = (*vocab.JOINING_TAILS, *vocab.PREPOSITION_TAILS, *vocab.SUPERLATIVES, vocab.AND_THEN)
_TAIL_WORDS = sorted(
    {*vocab.SUBJECT_TAIL_WORDS, *vocab.PLANNED_CUES, *vocab.ONGOING_CUES, *vocab.MANNER_ADVERBS},
    key=len,
    reverse=True,
)
_LEAD_WORDS = sorted(
    {*vocab.SUBJECT_LEAD_WORDS, *vocab.PLANNED_CUES, *vocab.ONGOING_CUES}, key=len, reverse=True
)
_BREAK_WORDS = (
    *vocab.SUBJECT_BREAK_WORDS, *vocab.MODAL_BREAK_WORDS, *vocab.TIME_BREAK_WORDS, *vocab.MANNER_ADVERBS
)
#: Where any of the break words or cut markers stands: one search tells a phrase that holds none.
_BREAK_WORD = _regex.alternation(_BREAK_WORDS)
_CUT_MARKER = _regex.alternation(vocab.SUBJECT_CUT_AT)
TIME_SPAN_LEAD = re.compile(vocab.TIME_SPAN_LEAD)
TIME_FRAME_LEAD = re.compile(vocab.TIME_FRAME_LEAD)
DURATION_AHEAD = re.compile(vocab.DURATION_AHEAD)
_BARE_DURATION = re.compile(vocab.BARE_DURATION)
#: A name of its own after an owner's word of apposition (四川时代, not 的…).
_HAN_NAME = re.compile(r"(?!" + vocab.ATTRIBUTIVE + r")[" + HAN + r"A-Za-z]{2}")
ADVERB_TAIL = _regex.run_at_end(_TAIL_WORDS)
_COUNT = re.compile("[" + vocab.NUMERALS + "]+[" + vocab.MEASURE_WORDS + "]$")
_LIST_SPLIT = re.compile("[" + vocab.LIST_SEPARATORS + "]")
#: A list mark between two numbers or codes (03、04星, 1号、2号机组): members of one name.
_NUMBERED_MEMBERS = re.compile(
    "(?<=[0-9A-Za-z" + vocab.MEMBER_NUMBER_MARKS + "])[" + vocab.LIST_SEPARATORS + "](?=[0-9A-Za-z])"
)
AMOUNT = re.compile("[" + vocab.NUMERALS + ".．]+(?:" + "|".join(vocab.AMOUNT_UNITS) + ")")
#: A measure told after a name, with its dimension and approximation (约818公里, 全长292公里).
#: The suffixes of works (项目, 工程): a phrase holding none names no works.
_PROJECT_SUFFIXES = tuple(suffix for suffix, type_ in vocab.ORG_SUFFIXES.items() if type_ == "project")
_MEASURE_AFTER = re.compile(
    "(?:" + _regex.alternation_source(vocab.MEASURE_DIMENSIONS) + ")?"
    + "(?:" + _regex.alternation_source(vocab.MEASURE_APPROXIMATIONS) + ")?"
    + AMOUNT.pattern
)
_SUFFIX_IN = re.compile("|".join(re.escape(w) for w in sorted(vocab.ORG_SUFFIXES, key=len, reverse=True)))
_COUNT_INSIDE = re.compile(
    "(?<![A-Za-z"
    + vocab.NUMERALS
    + "])["
    + vocab.NUMERALS
    + "]+["
    + vocab.MEASURE_WORDS
    + vocab.COUNT_GROUP_WORDS
    + "]"
)  # a whole number: 133个 is no 3个 owned by 13; C919大(飞机) is a model's code, no 919 大
#: A count of two or more places ending a phrase (渝川鄂三地); 制酒一区 is a name, no count.
_COUNT_TAIL = re.compile("[" + vocab.COUNT_NUMERALS + "]+(?:" + "|".join(vocab.COUNT_TAIL_WORDS) + ")$")
_BATCH_INSIDE = re.compile(vocab.BATCH_ORDINAL)
_YEAR_TAIL = re.compile(vocab.BATCH_YEAR + "$")
_CATEGORY_TAIL = _regex.run_at_end({*vocab.GENERIC_PREFIX_WORDS, *vocab.VERBS_INSIDE_PROJECT_NAMES})
_LISTED = f"[^{vocab.NOUN_LIST_MARK}{vocab.NOUN_LIST_END}]{{2,}}"
_SHARED_HEAD = re.compile(
    f"^(?P<first>{_LISTED})(?:{vocab.NOUN_LIST_MARK}{_LISTED})+{vocab.NOUN_LIST_END}["
    + vocab.NUMERALS
    + "]+["
    + vocab.MEASURE_WORDS
    + f"](?P<head>{_LISTED})$"
)
_ORGANISER_ATTRIBUTE = re.compile(vocab.ORGANISER_ATTRIBUTE)
_LIST_MARK = re.compile(vocab.LIST_PREFIX)
_COUNTED_OPENER = re.compile("(?:" + "|".join(vocab.COUNTED_OPENERS) + ")[" + vocab.NUMERALS + "]")
LEADING = re.compile(f"^(?:{_regex.alternation_source(_LEAD_WORDS)})+")
_ORDINAL_UNIT = re.compile(vocab.ORDINAL_UNIT)
#: A route's two ends (九江至湖北黄梅小池, 南宁到防城港) and what runs on one (高铁, 轮渡, 航线).
_ROUTE_ENDS = re.compile(
    "[" + HAN + "]{2," + str(vocab.ROUTE_END_MAX) + "}(?:" + "|".join(vocab.ROUTE_JOINERS)
    + ")[" + HAN + "]{2," + str(vocab.ROUTE_END_MAX) + "}"
)
_ROUTE_THINGS = (*vocab.ROUTE_HEADS, *vocab.ROUTE_SERVICE_HEADS)
TRIGGER_WORDS = Words(vocab.TRIGGERS)
#: Marks a subject phrase never opens or ends with: blanks, list and section marks, the
#: brackets of a headline (□ 自治区人民政府…, 【全市三级干部大会召开】).
_NOT_AT_NAME_ENDS = " \u3000" + vocab.LIST_ITEM_MARKS + vocab.SECTION_MARKS + "【】"
#: A phrase with a person's title among its first characters names people (市委书记阎立和罗滕
#: 总领事共同启动…, 副省长马秋林发表讲话并宣布…), unless it ends like a body's name.
_PEOPLE = re.compile(
    "^[" + HAN + "]{0,"
    + str(vocab.TITLE_HEAD_REACH)
    + "}(?:"
    + "|".join(sorted((t for t in vocab.PERSON_TITLES if len(t) >= vocab.MIN_PHRASE), key=len, reverse=True))
    + ")"
)
#: A quoted run: before generic words and a project's suffix (“三请三回”招商推介项目, “开工一批”代表
#: 项目), the slogan of a campaign, not the name of one thing; right before the suffix, a name
#: (天府新区“两纵一横”项目).
_QUOTED = re.compile(vocab.OPENING_QUOTE + "[^" + vocab.CLOSING_QUOTE + "]*" + vocab.CLOSING_QUOTE)
_PLANT_PART_WORDS = re.compile(
    "["
    + vocab.NUMERALS
    + "]|"
    + _regex.alternation_source(
        {*vocab.PLANT_PARTS, *vocab.PLANT_PART_MODIFIERS, *vocab.BARE_PHASES, *vocab.BUILDING_PARTS}
    )
)
_PART_TAIL = _regex.run_at_end({*vocab.BUILDING_PARTS, *vocab.WORKS_PART_NOUNS})
_NOT_A_NAME = re.compile(
    "["
    + vocab.NUMERALS
    + vocab.MEASURE_WORDS
    + "“”\"'‘’]|"
    + "|".join(
        sorted(
            {*vocab.BATCH_WORDS, *vocab.GENERIC_PREFIX_WORDS, *vocab.REGION_WORDS, *vocab.SUBJECT_TAIL_WORDS},
            key=len,
            reverse=True,
        )
    )
)


def as_subject(found: Found) -> EventEntity:
    """The mention as the event's entity in the subject role.

        >>> as_subject(Found(0, 5, "重庆实验室", "lab", 0))
        EventEntity(name='重庆实验室', type='lab', role='subject')
    """
    return EventEntity(found.name, found.type, "subject")


def holds_own_words(name: str) -> bool:
    """True when a name holds words of its own besides its suffix, numerals, batch, period,
    region and generic words, and, before generic words and a project's suffix, a quoted slogan
    (众安诚旭新型建筑材料建设项目, 天府新区“两纵一横”项目; not 一季度全市重大项目, “三请三回”招商推介
    项目).

        >>> holds_own_words("众安诚旭新型建筑材料建设项目"), holds_own_words("一季度全市重大项目")
        (True, False)
        >>> holds_own_words("“三请三回”招商推介项目"), holds_own_words("“火眼”实验室")
        (False, True)
    """
    suffix = max((s for s in vocab.ORG_SUFFIXES if name.endswith(s)), key=len, default="")
    rest = name[: len(name) - len(suffix)]
    if vocab.ORG_SUFFIXES.get(suffix) == "project" and not rest.endswith(vocab.CLOSING_QUOTE):
        rest = _QUOTED.sub("", rest)  # “三请三回”招商推介项目: a campaign's slogan (“两纵一横”项目: a name)
    return len(_NOT_A_NAME.sub("", rest)) >= vocab.MIN_PHRASE


def read_phrase(
    doc: Document, recognition: Recognition, dates: Dates, clause_start: int, text: str, before: list[Found]
) -> tuple[EventEntity | None, Found | None]:
    """The noun phrase before a trigger, as a subject named by the text (两省市科技部门).

    In stages: where the phrase starts (`_phrase_start`), its head up to a date
    (`_head_phrase`), a region word standing for a place (`_region_subject`) or a demonstrative
    pointing back, the words after the name cut off (`_cut_after_name`, `_counted_owner`), the
    name kept (`_name_kept`), a bare kind pointing back, words that name no one
    (`_names_no_one`), and the entity or mention it is (`_named_subject`)."""
    offset = _phrase_start(dates, clause_start, text)
    offset = _past_joined_name(text, offset, clause_start, before)
    phrase = _head_phrase(dates, clause_start, text, offset)
    if phrase is None:
        return None, None
    region = _region_word(phrase)
    if region is not None and _named_after_region(phrase[2:]):
        phrase, offset, region = phrase[2:], offset + 2, None  # 我省华鼎…基地等474个项目: the thing
    if region is not None and not _tally(phrase):
        return _region_subject(doc, recognition, clause_start, phrase, region)
    if phrase.startswith(vocab.REFERRING_DEMONSTRATIVES):
        return referred_entity(recognition, clause_start, phrase), None
    phrase = _counted_owner(_cut_after_name(phrase, clause_start + offset, before))
    if phrase is None:
        return None, None
    shared = _SHARED_HEAD.match(phrase)
    if shared is not None:
        return _with_shared_head(doc, clause_start + text.find(phrase, offset), shared)
    kept = _name_kept(recognition, phrase)
    if kept is None:
        return None, None
    phrase, whole_type = kept
    start = clause_start + text.find(phrase, offset)
    if phrase in noun_phrase.HEADS and not _mentioned_at(before, start, phrase):
        # 其中年产200万吨的生产线正式投产, 目前工程正在…: a bare kind points back to the nearest body
        # of that kind; a bare 项目 or 工程 that points nowhere is no subject of its own
        referent = referred_entity(recognition, clause_start, vocab.DEMONSTRATIVE + phrase)
        if referent is not None or phrase in vocab.PRONOUNS_AT_CLAUSE_START:
            return referent, None
    if _plant_parts(phrase):  # 冷库、锅炉房…已投入使用: units of the works told of before
        return referred_entity(recognition, clause_start, vocab.DEMONSTRATIVE + vocab.PLANT_OWNER), None
    if _names_no_one(phrase):
        return None, None
    noun = word_classes.noun_phrase_in(phrase)
    if noun is None:
        return None, None  # 竣工并, 这也是继: closed words and a verb, no noun
    if noun != phrase and _names_one(noun):  # 伴随着青藏铁路, 朔州市与全省; not 某某公司 -> 公司
        start, phrase = start + phrase.find(noun), noun
    return _named_subject(doc, recognition, before, start, phrase, whole_type)


def names_generic_works(
    recognition: Recognition, dates: Dates, clause_start: int, text: str, before: list[Found]
) -> bool:
    """True when the phrase before a trigger (`text`) names works by their kind alone, counted or
    not (秋季项目集中开工, 26个…的重大项目集中启动, 33个重大项目集中签约): the phrase `read_phrase`
    reads, kept and naming no one by `_generic_works` only; False for any other phrase (a region
    word, a demonstrative, a shared head, a tally or a word no subject holds: `read_phrase` reads
    them otherwise)."""
    if not any(suffix in text for suffix in _PROJECT_SUFFIXES):
        return False  # most clauses: no works named at all
    offset = _phrase_start(dates, clause_start, text)
    offset = _past_joined_name(text, offset, clause_start, before)
    phrase = _head_phrase(dates, clause_start, text, offset)
    if phrase is None or _region_word(phrase) is not None:
        return False
    if phrase.startswith(vocab.REFERRING_DEMONSTRATIVES):
        return False
    phrase = _counted_owner(_cut_after_name(phrase, clause_start + offset, before))
    if phrase is None or _SHARED_HEAD.match(phrase):
        return False
    kept = _name_kept(recognition, phrase)
    if kept is None:
        return False
    works = _acting_together(kept[0], text)
    return len(works) >= vocab.MIN_PHRASE and not _never_a_subject(works) and _generic_works(works)


def _acting_together(phrase: str, words: str) -> str:
    """A phrase without the count it opens with when the batch acts together (79个重大项目集中
    开工 → 重大项目): such a batch is the share of a place as an uncounted one is; a count of works
    not acting together (总投资…的210个重点项目开复工: told at the ceremony's occasion) or inside or
    after the phrase (全年开工项目120个) stays a tally."""
    count = noun_phrase.COUNT_FIRST.match(phrase)
    if count is None or not any(word in words for word in vocab.TOGETHER_WORDS):
        return phrase
    return phrase[count.end() :]


def _phrase_start(dates: Dates, clause_start: int, text: str) -> int:
    """Where the subject phrase of a clause starts: past dates, leading words, an opener that
    introduces it (又有12个项目, 到首条模组) and a span of time (洽谈会期间…)."""
    offset = 0
    copula = next((c for c in vocab.FRAME_COPULAS if text.startswith(c)), "")
    after = clause_start + len(copula)
    if copula and any(d.start == after for d in dates.within(after, clause_start + len(text))):
        offset = len(copula)  # 这也是今年4月10日X挂牌成立后…: the dated act's own subject
    while True:
        moved = offset
        for dated in dates.within(clause_start + offset, clause_start + len(text)):
            if dated.start - clause_start == offset:
                offset = dated.end - clause_start
        lead = LEADING.match(text[offset:])  # ^ holds at the string's start only, not at a pos
        if lead and lead.end() > 0:
            offset += lead.end()
        listed = _LIST_MARK.match(text[offset:])  # (2)开工新建西环路: an item's number, no one
        if listed is not None:
            offset += listed.end()
        offset += introducing_opener(text, offset)  # 又有12个项目, 到首条模组: what it introduces
        if offset == moved:
            break
    organiser = _ORGANISER_ATTRIBUTE.match(text, offset)  # 由市投促局主办的…: the organiser's
    if organiser is not None:
        offset = organiser.end()
    span_of_time = TIME_SPAN_LEAD.match(text, offset) or DURATION_AHEAD.match(text, offset)
    span_of_time = span_of_time or TIME_FRAME_LEAD.match(text, offset)  # 洽谈会期间…
    if span_of_time is not None:
        offset = span_of_time.end()
    return offset


def _past_joined_name(text: str, offset: int, clause_start: int, before: list[Found]) -> int:
    """Where the phrase starts past the first of two names of one occasion joined by 暨, when the
    second is the occasion held (“省市县三级项目协同联动开工”暨2022年“项目大会战”动员大会在南昌举行):
    its name is the subject. Only after words ending like an occasion's name, not a 暨 inside a
    name (暨南大学)."""
    joiner = text.rfind(vocab.OCCASION_JOINER, offset)
    if joiner <= offset or not text.endswith(vocab.OCCASION_NAME_ENDS, offset, joiner):
        return offset
    if not any(noun in text[joiner:] for noun in vocab.OCCASION_NOUNS):
        return offset  # …仪式暨…科技城企业(入驻): an act of the second, not the occasion held
    at = clause_start + joiner
    if any(m.start <= at < m.end for m in before):
        return offset
    return joiner + len(vocab.OCCASION_JOINER)


def _head_phrase(dates: Dates, clause_start: int, text: str, offset: int) -> str | None:
    """The words from `offset` up to the first date, the alias definition and the dash, cut to
    their head; None when they open no subject (an adverbial, a source, a list going on, a tally,
    the people at work, a time)."""
    phrase = text[offset:]
    if phrase.startswith(_NO_SUBJECT_OPENERS):
        return None  # …, 剩余强弱电工程正加紧施工: the rest of the works told before
    if opens_no_subject(phrase):
        return None  # 据市发展改革委…, 像这样的…: a source, a likeness
    if offset == 0 and phrase.startswith(vocab.CONTINUING_JOINERS):
        return None  # …等多个平台，及多所知名高校启动建设: the list before goes on
    if _COUNTED_OPENER.match(phrase) or phrase.endswith(vocab.JOINING_TAILS):
        return None  # 有254个…项目, 签约及(揭牌仪式): a tally, or half of a pair of acts
    for dated in dates.within(clause_start + offset, clause_start + len(text)):
        # A date ends the noun phrase: 武汉市2022年第二季度…项目 is about 武汉市.
        if dated.start - clause_start > offset:
            phrase = phrase[: dated.start - clause_start - offset]
            break
    phrase = before_alias_definition(phrase)  # X(以下简称“Y”)…: X
    if offset + len(phrase) == len(text):  # 湖南湘江新区自(成立以来): the frame's preposition
        phrase = next((phrase.removesuffix(h) for h in vocab.SINCE_HEADS if phrase.endswith(h)), phrase)
    phrase = _head_of(phrase)
    if phrase.endswith(vocab.PEOPLE_AT_WORK):
        return None  # 建设者们正在加紧施工: the people at work, the clause goes on about the works
    if (apposition := apposed_start(phrase, len(phrase))) >= 0:  # …连接线——大麦坝高架立交桥: after the dash
        phrase = phrase[apposition:]
    if phrase.endswith(vocab.TIME_FRAME_TAILS) or _BARE_DURATION.fullmatch(phrase):
        return None  # …期间, (计划)3年(建成): when or how long, not who
    return phrase


def _region_word(phrase: str) -> str | None:
    """The region word opening a phrase (我市, 全省), unless the phrase is a meeting's name, which
    keeps it (全省河道堤防管理工作会议在黄冈召开)."""
    region = vocab.REGION_WORDS.get(phrase[:2])
    if region is not None and suffix_type(_cut_at_markers(phrase)) == "meeting":
        return None
    return region


def _region_subject(
    doc: Document, recognition: Recognition, clause_start: int, phrase: str, region: str
) -> tuple[EventEntity | None, Found | None]:
    """The place a region word stands for: the latest named of its kind, or for the outlet's own
    (我市) one named later or the outlet's own place."""
    own = phrase.startswith(vocab.OWN_REGION_MARKS)  # 我市: the outlet's own, maybe named later
    place = recognition.latest_place(region, clause_start, ahead=own)
    if place is None and own and (place := recognition.own_place(doc.text, region)) is not None:
        return as_subject(place), place if doc.is_faithful(place.start, place.end) else None
    return (as_subject(place) if place is not None else None), None


def _cut_after_name(phrase: str, base: int, before: list[Found]) -> str:
    """A phrase cut where its name ends: at markers, break words, a duration or a span of time, a
    word after a name, a partner marker before a mention (`base`: where the phrase starts in the
    document), and without adverbs, edge marks and quotes."""
    phrase = _cut_at_markers(phrase)
    if _BREAK_WORD.search(phrase, vocab.MIN_PHRASE) is not None:  # most phrases: none, no loop
        for word in _BREAK_WORDS:
            position = phrase.find(word, vocab.MIN_PHRASE)
            if position > 0:
                phrase = phrase[:position]
    duration = DURATION_AHEAD.search(phrase, vocab.MIN_PHRASE)
    if duration is not None:  # 合肥科学岛二期两年之内(建成): the span of time ends the name
        phrase = phrase[: duration.start()]
    time_span = TIME_SPAN_LEAD.search(phrase, vocab.MIN_PHRASE)
    if time_span is not None:  # 重庆东站项目仅用两年时间(建成): so does a span of time taken
        phrase = phrase[: time_span.start()]
    measure = _MEASURE_AFTER.search(phrase, vocab.MIN_PHRASE)
    if measure is not None and noun_phrase.head_type(phrase[: measure.start()]) is not None:
        phrase = phrase[: measure.start()]  # 宜宾港三期工程约2公里岸线: the measure of the works
    for word in vocab.BREAK_AFTER_NAME:
        position = phrase.find(word, vocab.MIN_PHRASE)
        if position > 0 and suffix_type(phrase[:position]) is not None:
            phrase = phrase[:position]
    for index, char in enumerate(phrase):
        if char in vocab.PARTNER_MARKERS and any(m.start == base + index + 1 for m in before):
            phrase = phrase[:index]
            break
    return unquoted(ADVERB_TAIL.sub("", phrase).strip(_NOT_AT_NAME_ENDS))


def _counted_owner(phrase: str) -> str | None:
    """The owner of a count inside a phrase (水土新城两家实验室: 水土新城), the maker of a first
    (…项目首根单晶硅棒), the phrase before a count of places or the holder of a batch of works
    named by no words of their own, without its year (海南自由贸易港2021年度第三批 → 海南自由
    贸易港; not 重庆首批氢能公交车); None for a count naming no one (首批4个科学家团队)."""
    inner_count = _COUNT_INSIDE.search(phrase, vocab.MIN_PHRASE)
    owner = phrase[: inner_count.start()] if inner_count is not None else ""
    if owner.endswith(vocab.CAPACITY_OPENERS):
        owner = ""  # 第一期年产240万条…项目: a capacity inside the name counts no things of an owner
    if owner and not owner.endswith(vocab.ORDINAL_MARK) and not _SHARED_HEAD.match(phrase):
        if owner in vocab.COUNT_NOT_OWNER:
            return None  # 首批4个科学家团队: a count that names no one
        # 水土新城两家实验室: the count's owner before it is the main entity.
        phrase = owner
    first_unit = _ORDINAL_UNIT.search(phrase, vocab.MIN_PHRASE)
    if first_unit is not None and suffix_type(phrase[: first_unit.start()]) is not None:
        phrase = phrase[: first_unit.start()]  # …项目首根单晶硅棒: the project made its first
    counted_places = _COUNT_TAIL.search(phrase)
    if counted_places is not None and counted_places.start() >= vocab.MIN_PHRASE:
        phrase = phrase[: counted_places.start()]
    batch = _BATCH_INSIDE.search(phrase, vocab.MIN_PHRASE)
    owner = _batch_holder(phrase[: batch.start()]) if batch is not None else ""
    if batch is not None and holds_own_words(owner) and _unnamed_works(phrase[batch.end() :]):
        phrase = owner  # 海南自由贸易港2021年度第三批(集中开工): the batch's holder
    return phrase


def _unnamed_works(words: str) -> bool:
    """True when words after a batch are none or name works (重大项目, 新开工项目, 总投资147亿元
    的45个重点项目), not things a batch of which is one thing (氢能公交车, 5G基站)."""
    return not words or suffix_type(words) == "project"


def _batch_holder(words: str) -> str:
    """Who holds a batch, from the words before its ordinal: without a year, and without a kind
    of works after a thing's name (海南自由贸易港建设项目2021年度 → 海南自由贸易港)."""
    words = _YEAR_TAIL.sub("", words)
    suffix = longest_suffix(words)
    if suffix and suffix_type(words) == "project":
        holder = _CATEGORY_TAIL.sub("", words[: len(words) - len(suffix)])
        if noun_phrase.head_type(holder) is not None:
            return holder
    return words


def _name_kept(recognition: Recognition, phrase: str) -> tuple[str, str | None] | None:
    """The name a phrase keeps, with the type of the whole phrase before a list was split: trimmed,
    the first of a list not sharing its head, its leading party, the work not its part; None for
    a predicate or a length no name has."""
    phrase = _trim_to_name(phrase)
    if suffix_type(phrase) is None and _holds_trigger(phrase):
        return None  # 首期厂房建成并试(投产): a predicate, not a name
    whole_type = suffix_type(phrase)
    if any(separator in phrase for separator in vocab.LIST_SEPARATORS) and not _shares_its_head(
        recognition, phrase, whole_type
    ):
        phrase = _LIST_SPLIT.split(phrase, maxsplit=1)[0]
    phrase = leading_party(phrase)
    whole = _PART_TAIL.sub("", phrase)  # 二期楼房主体(完工), …项目站房(封顶): the work, not its part
    if len(whole) >= vocab.MIN_PHRASE:
        phrase = whole
    phrase = _works_of_unit(phrase)
    if not vocab.MIN_PHRASE <= len(phrase) <= vocab.MAX_PHRASE:
        return None
    return phrase, whole_type


def _works_of_unit(phrase: str) -> str:
    """The works when a unit of a plant is named right after them (奶粉项目奶粉车间(主体已封顶),
    …项目焊装厂房): the unit is their part; else the phrase."""
    if not phrase.endswith(vocab.PLANT_PARTS):
        return phrase
    ends = [phrase.rfind(suffix) + len(suffix) for suffix in _PROJECT_SUFFIXES if suffix in phrase]
    end = max(ends, default=0)
    if vocab.MIN_PHRASE < end < len(phrase) and holds_own_words(phrase[:end]):
        return phrase[:end]
    return phrase


def _names_no_one(phrase: str) -> bool:
    """A phrase that is no subject: words never one (`_never_a_subject`), works named by their kind
    alone, people."""
    if _never_a_subject(phrase) or _generic_works(phrase):
        return True
    people = bool(_PEOPLE.match(phrase))
    return people and suffix_type(phrase) is None and phrase[-1:] not in vocab.NAME_HEAD_CHARS


def _never_a_subject(phrase: str) -> bool:
    """A generic word, a building part, a phase, a pronoun, a clause, words no subject holds, a
    count, an amount, a trigger, a title, a predicate."""
    if phrase in vocab.GENERIC_SUBJECT_WORDS or phrase in vocab.BUILDING_PARTS or phrase in vocab.BARE_PHASES:
        return True
    if phrase in vocab.GENERIC_PREFIX_WORDS:  # 市级(签约项目17个), 国家(批复设立…): a rank or a field alone
        return True
    if (phrase in vocab.PRONOUNS and phrase not in vocab.PRONOUNS_AT_CLAUSE_START) or "，" in phrase:
        return True
    unnamed = _unnamed(phrase)
    if any(word in unnamed for word in vocab.NOT_IN_SUBJECT) or _COUNT.search(phrase):
        return True
    if is_amount_or_count(phrase) or phrase in vocab.TRIGGERS or phrase.endswith(vocab.PERSON_TITLES):
        return True
    return _reads_as_predicate(phrase)


def _generic_works(phrase: str) -> bool:
    """Works named by their kind and generic, batch or period words alone (整个施工项目, 秋季项目,
    首批入园项目, 重大项目): no name, the clause names no one; not a phase (二期项目: the works
    told before, `phases`)."""
    if phrase in noun_phrase.HEADS or suffix_type(phrase) != "project" or holds_own_words(phrase):
        return False
    return not any(phase in phrase for phase in vocab.BARE_PHASES)


def _names_one(noun: str) -> bool:
    """True when the noun phrase the closed words leave names a thing of its own: not a bare kind."""
    return len(noun) >= vocab.MIN_PHRASE and noun not in noun_phrase.HEADS and not _names_no_one(noun)


def _plant_parts(phrase: str) -> bool:
    """True when a phrase names only units of a plant, by numbers, phases and modifiers (冷库,
    1号车间设备, 各装置, 项目二期主车间主体框架), not a unit with words of its own (甘薯成型食品
    生产线)."""
    if not phrase.endswith(vocab.PLANT_PARTS):
        return False
    return not _PLANT_PART_WORDS.sub("", phrase)


def _reads_as_predicate(phrase: str) -> bool:
    """True when closed-class words show a phrase is no noun phrase: it ends in a conjunction, a
    preposition, a superlative or the 并 that joins acts (…厂房土建及, 从签约到, 首个体量最大,
    (年末)竣工并(投入使用)), opens with the passive
    marker (被省文产办: the agent of a passive, the thing acted on told before), or is a
    connective (因此, 于是)."""
    return (
        phrase.endswith(_NO_PHRASE_TAILS)
        or phrase.startswith(vocab.PASSIVE_MARKER)
        or phrase in vocab.CONNECTIVES
    )


def _named_subject(
    doc: Document,
    recognition: Recognition,
    before: list[Found],
    start: int,
    phrase: str,
    whole_type: str | None,
) -> tuple[EventEntity | None, Found | None]:
    """The subject a phrase starting at `start` names: a recognised name it is (or opens), the
    place it ends in (unless a brand or a thing named before it), else the phrase itself, with a
    mention of its own when no name covers it."""
    for found in before:
        if found.start == start and found.end == start + len(phrase):
            return as_subject(found), None
        if found.start == start and found.end < start + len(phrase):
            if phrase.startswith(vocab.SUBJECT_TAIL_WORDS, found.end - start):  # 银川市还编制推出
                return as_subject(found), None
    for found in before:
        if found.end != start + len(phrase) or found.type != "place":
            continue
        named_before = _names_before_place(phrase[: found.start - start])
        if named_before:  # 中欧班列“长江号”咸宁(首发): the thing named, the place its location
            phrase = named_before
            break
        if not is_brand(phrase[: found.start - start]):  # 华电汕头 is a plant, not the city
            return as_subject(found), None
    known = recognition.entities.get(phrase)
    type_ = known.type if known else suffix_type(phrase) or whole_type or _place_or_body(phrase)
    mention = None
    if known is None and doc.is_faithful(start, start + len(phrase)):
        mention = Found(start, start + len(phrase), phrase, type_, -1)
    return EventEntity(phrase, type_, "subject"), mention


def _place_or_body(phrase: str) -> str:
    """The type of a subject phrase no table names: a place when it is one place's name whole
    (章丘区, 锡山区: a district no table lists), else an organisation."""
    place = leading_place(phrase)
    return "place" if place is not None and place[1] == len(phrase) else "organisation"


def _names_before_place(words: str) -> str:
    """The words before a place ending a subject phrase when they name a thing of their own: a
    name in quotes (中欧班列“长江号”) or one ending in a suffix or head noun (…产业园); else ""."""
    if len(words) < vocab.MIN_PHRASE:
        return ""
    quoted = words.endswith(vocab.CLOSING_QUOTE) and vocab.OPENING_QUOTE in words[:-1]
    if quoted or (suffix_type(words) is not None and holds_own_words(words)):
        return words
    return ""


def _shares_its_head(recognition: Recognition, phrase: str, whole_type: str | None) -> bool:
    """True when a list inside a phrase ending like a name is part of that name: its first
    item is no name of its own (长江上游凯江、郪江流域生态修复项目: the two rivers share the
    project) and no 等 closes the list (金冠食品、桂和堂等项目 are several); or every list mark
    stands between two numbers (高景一号03、04星, 宜宾港3、4号泊位: members of one name)."""
    numbered = _NUMBERED_MEMBERS.search(phrase) is not None
    if numbered and _LIST_SPLIT.search(_NUMBERED_MEMBERS.sub("", phrase)) is None:
        return True
    if whole_type is None or vocab.NOUN_LIST_END in phrase:
        return False
    first = _LIST_SPLIT.split(phrase, maxsplit=1)[0]
    if noun_phrase.names_a_thing(first):
        return False  # 加西高速大通至西海段、西互一级扩能改造工程: a section named whole, then works
    return first not in recognition.entities and suffix_type(first) is None


def _mentioned_at(before: list[Found], start: int, phrase: str) -> bool:
    """True when a recognised mention covers exactly the phrase at `start` (a pronoun the
    recogniser resolved: 项目于2024年3月开工建设)."""
    return any(m.start == start and m.end == start + len(phrase) for m in before)


def leading_party(phrase: str, joiners: tuple[str, ...] = vocab.PARTY_JOINERS) -> str:
    """The first of two parties joined by 及, 和 or 与 (四川时代7期(时代长安)及时代吉利 → 四川时代7期
    (时代长安), 滨江路与二桥 → 滨江路) when the words before the joiner end like a name (in a
    suffix; before 与, in any head noun); a name holding the joiner
    (工厂置换及绿色智能升级项目) stays whole.

        >>> leading_party("临港大道与长江大桥")
        '临港大道'
    """
    for joiner in joiners:
        at = phrase.find(joiner, vocab.MIN_PHRASE)
        if at < 0 or len(phrase) - at - len(joiner) < vocab.MIN_PHRASE:
            continue
        left = phrase[:at]
        # 与 parts two things (滨江路与二桥); 及/和 may join the words of one name (…体育场及…中心)
        headed = noun_phrase.head_type(left) if joiner == vocab.PARTNER_JOINER else suffix_type(left)
        if left[-1] in vocab.CLOSING_BRACKETS or headed is not None:
            return left
    return phrase


def _cut_at_markers(phrase: str) -> str:
    """The phrase up to the complement markers (vocab.SUBJECT_CUT_AT) after its first character,
    each looked for in what the one before left, never inside a masked word. A phrase holding
    none (most) is returned after one search: masking only hides markers."""
    if _CUT_MARKER.search(phrase, 1) is None:
        return phrase
    masked = _masked(phrase)  # a cut never falls inside a masked word: prefixes stay aligned
    for marker in vocab.SUBJECT_CUT_AT:
        position = masked.find(marker, 1)
        if position > 0:
            phrase, masked = phrase[:position], masked[:position]
    return phrase


def _masked(phrase: str) -> str:
    """The phrase with the words that hold a cut marker blanked out, same length (自由贸易港:
    由 there opens no agent), for finding markers and words that end a subject."""
    for word in vocab.WORDS_HOLDING_MARKERS:
        phrase = phrase.replace(word, "□" * len(word))
    return phrase


def _holds_trigger(phrase: str) -> bool:
    """True when a trigger word stands inside a phrase past its first characters (a name
    ending in a suffix may hold one: 签约项目, 成立大会; the caller asks only of others); not one
    whose first character ends another word (公交车: no 交车 there)."""
    return any(
        TRIGGER_WORDS.start(phrase, index)
        and phrase[index - 1] not in vocab.FUSED_BEFORE_TRIGGER.get(phrase[index], "")
        for index in range(vocab.MIN_PHRASE, len(phrase))
    )


def _unnamed(phrase: str) -> str:
    """The phrase masked (`_masked`), and, when it ends like a name, with a verb right before
    its suffix blanked out: it names what the body does (投资促进中心; not 海西州…推动重大项目)."""
    masked = _masked(phrase)
    suffix = longest_suffix(phrase)
    if not suffix:
        return masked
    before_suffix = len(phrase) - len(suffix)
    for word in vocab.VERBS_NAMING_A_BODY:
        at = before_suffix - len(word)
        if at > 0 and phrase.startswith(word, at):
            masked = masked[:at] + "□" * len(word) + masked[before_suffix:]
    return masked


def _trim_to_name(phrase: str) -> str:
    """A phrase that does not end like a name but opens with one loses the few words after
    that name (张江科学城新建 → 张江科学城, 风电项目破土 → 风电项目, 公司早先 → 公司): an adverb
    or verb glued on before the trigger is not part of the subject.

        >>> [_trim_to_name(p) for p in ("张江科学城新建", "公司早先", "宁德时代", "北京大学第一医院")]
        ['张江科学城', '公司', '宁德时代', '北京大学第一医院']
    """
    if suffix_type(phrase) is not None or phrase[-1:] in vocab.NAME_HEAD_CHARS:
        return phrase
    for end in range(len(phrase) - 1, max(vocab.MIN_PHRASE, len(phrase) - vocab.MAX_TAIL_AFTER_NAME) - 1, -1):
        if suffix_type(phrase[:end]) is not None:
            return phrase[:end]
    return phrase


def _named_after_region(rest: str) -> bool:
    """The words after a region word (我省, 本市) name one thing, the first of a list before 等
    (我省华鼎国联动力电池产业化基地等474个项目, 本市宜宾锂电产业园): the region is where it lies,
    no part of its name and not the subject; not for a count, a rank, a batch or a kind (我市共有
    3个产业项目, 我市首个智能工厂, 全省第三批重大项目, 全市重点项目), nor for a party (我市分别
    与世茂集团签订…: the region signs)."""
    if rest.startswith(vocab.REGION_AS_PARTY):
        return False
    first = ADVERB_TAIL.sub("", rest.split(vocab.NOUN_LIST_END, 1)[0])
    return not _tally(first) and not first.startswith(vocab.RANK_WORDS) and noun_phrase.names_a_thing(first)


def _tally(phrase: str) -> bool:
    """True when a phrase counts (全市52个重大项目, 全省共计): a tally, no one's act (全省第三批…
    is an ordinal, not a count)."""
    ordinal = vocab.ORDINAL_MARK
    counts = [m for m in _COUNT_INSIDE.finditer(phrase) if not phrase.endswith(ordinal, 0, m.start())]
    return bool(counts) or any(word in phrase for word in vocab.TALLY_WORDS)


def _with_shared_head(doc: Document, start: int, shared: re.Match[str]) -> tuple[EventEntity, Found | None]:
    """巴南龙洲湾、九龙坡西彭等3座加氢站: the first item with the head they share is the subject
    (巴南龙洲湾加氢站), mentioned where its own words are written."""
    first: str = shared.group("first")
    head: str = shared.group("head")
    name = first if first.endswith(head) else first + head  # …合作项目、…学校等5个项目: no head twice
    type_ = suffix_type(name) or "facility"
    end = start + len(first)
    mention = Found(start, end, name, type_, -1) if doc.is_faithful(start, end) else None
    return EventEntity(name, type_, "subject"), mention


def is_amount_or_count(phrase: str) -> bool:
    """Money, measures and counts are never entities (总投资212亿元, 总建筑面积达10万平方米,
    6个重点项目, 两大经开区, 13家研发机构).

        >>> [is_amount_or_count(p) for p in ("总投资212亿元", "两大经开区", "6个重点项目", "金凤软件园")]
        [True, True, True, False]
    """
    return bool(
        AMOUNT.search(phrase)
        or noun_phrase.COUNT_FIRST.match(phrase)
        or phrase.startswith(vocab.AMOUNT_OPENERS)
    )


def apposed_start(words: str, end: int) -> int:
    """Where the specific name of an apposition starts in words[:end] (after the last dash of
    apposition, or after a word naming the owner when a name of its own follows: 宁德时代全资子公司
    四川时代), or -1.

        >>> words = "五粮液机场东连接线——大麦坝高架立交桥"
        >>> words[apposed_start(words, len(words)) :], apposed_start("重庆实验室", 5)
        ('大麦坝高架立交桥', -1)
    """
    found = words.rfind(vocab.APPOSITION_DASH, 0, end)
    start = found + len(vocab.APPOSITION_DASH) if found >= 0 else -1
    for word in vocab.OWNER_APPOSITIONS:
        at = words.rfind(word, 0, end)
        if at >= 0 and at + len(word) > start and _HAN_NAME.match(words, at + len(word), end):
            start = at + len(word)
    category = after_category(words, max(start, 0), end)  # 天津市重点项目|中国一重滨海制造基地
    return category if category > max(start, 0) else start


def _head_of(phrase: str) -> str:
    """The head of 'X的Y' is Y when Y is named like a body (总投资212亿元的金凤软件园 →
    金凤软件园) or X is an amount; the whole phrase when X is a route's two ends and Y what runs
    on it (南宁到防城港的广西第一条高铁); otherwise X, the body Y belongs to (长安汽车的新工厂 →
    长安汽车; 该企业研发的首款控制器 → 该企业研发, which names no one)."""
    position = phrase.rfind(vocab.ATTRIBUTIVE)
    if position <= 0:
        return phrase
    head = _before_complement(phrase[position + 1 :])
    attribute = phrase[: phrase.find(vocab.ATTRIBUTIVE)]
    if _ROUTE_ENDS.fullmatch(attribute):
        run = head[: len(head) - TRIGGER_WORDS.longest_ending_at(head, len(head), 1)]  # 高铁(通车)试运行
        if run.endswith(_ROUTE_THINGS):
            return phrase[: position + 1] + run  # 九江至湖北黄梅小池的长江汽车轮渡: named by its ends
    # a thing named by its head after words naming no body (备受关注的宜宾南站), not a body's part
    thing = noun_phrase.names_a_thing(head) and noun_phrase.head_type(attribute) is None
    named = (suffix_type(head) is not None or thing) and not _category(head)
    useful = named or is_amount_or_count(attribute) or _ORDINAL_UNIT.match(attribute) is not None
    if len(head) >= vocab.MIN_PHRASE and head not in vocab.PRONOUNS and useful:
        return head
    return attribute


def _before_complement(head: str) -> str:
    """The head of 'X的Y' up to a complement marker (…生产基地在鄂州市鄂城区 → …生产基地),
    without the adverbs at its end."""
    return ADVERB_TAIL.sub("", _cut_at_markers(head))


def category_first(words: str) -> bool:
    """True when the words open with a category (重点实验室榜上有名 → 重点实验室).

        >>> category_first("重点实验室榜上有名"), category_first("重庆实验室榜上有名")
        (True, False)
    """
    for match in _SUFFIX_IN.finditer(words):
        return _category(words[: match.end()])
    return False


def _category(name: str) -> bool:
    """A suffix preceded only by generic words (重点实验室, 国家级平台): a kind, not a name."""
    suffix = max((s for s in vocab.ORG_SUFFIXES if name.endswith(s)), key=len, default="")
    rest = name[: len(name) - len(suffix)]
    for word in sorted(vocab.GENERIC_PREFIX_WORDS, key=len, reverse=True):
        rest = rest.replace(word, "")
    return not rest


def referred_entity(recognition: Recognition, clause_start: int, phrase: str) -> EventEntity | None:
    """此次推进会, 本次论坛: the nearest earlier entity whose name ends with the same word (推进会)
    or, failing that, has the type that word gives (论坛 → meeting); None when there is none."""
    word = phrase[next(len(d) for d in vocab.REFERRING_DEMONSTRATIVES if phrase.startswith(d)) :]
    type_ = suffix_type(word)
    for length in range(len(word), 1, -1):  # 此次推进会现场 → …推进会
        found = recognition.latest_ending_with(word[:length], clause_start, vocab.SUBJECT_SKIP_TYPES)
        if found is not None:
            return as_subject(found)
    found = recognition.latest_of_type(type_, clause_start) if type_ is not None else None
    return as_subject(found) if found is not None else None
