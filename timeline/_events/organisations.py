"""Organisations, facilities, projects and meetings named by their suffix (…有限公司, …实验室,
…产业园, …项目, …大会): each suffix is met left to right and its name runs left to the edge
`name_bounds` finds; a name holding an earlier one (its parent) keeps it as a nested part, and a
facility opening with its company's full name (华能雅江公司加查水电站) gets that company as
its owner.
"""

from __future__ import annotations

import bisect
import re

from timeline import _regex
from timeline._events import vocab
from timeline._events.mentions import ORG, Collector, Found, text_order
from timeline._events.name_bounds import (
    LEGAL_SUFFIXES,
    ORDINAL,
    clean_name,
    generic,
    has_stop,
    is_name_char,
    left_edge,
    opens_with_head,
    window_start,
)

#: The words that, right after a suffix, make it part of another word (大学生), as tuples.
_CONTINUATIONS = {suffix: tuple(words) for suffix, words in vocab.SUFFIX_CONTINUATIONS.items()}
_SUFFIX = _regex.alternation(vocab.ORG_SUFFIXES)
#: A phase right after the word of works (项目一期, 工程二期): the name ends before it.
_PHASE_AFTER = re.compile(vocab.PHASE_AFTER_WORKS)


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


def organisations(c: Collector, start: int, end: int) -> None:
    """The names ending in a suffix in one paragraph [start, end), met left to right: a suffix that
    ends a name there (`_ends_a_name`), where its name starts and its parent (`_name_edge`), a
    name long and specific enough (`_named_enough`), the company a facility opens with, and the
    name recorded with its parent or owner (`_add_name`)."""
    text = c.text
    org_ends: dict[int, Found] = {}
    #: The keys of org_ends in text order (suffixes are met left to right), for a range lookup.
    ends: list[int] = []
    for suffix_start, suffix_end in _suffixes(text, start, end):
        suffix = text[suffix_start:suffix_end]
        if not _ends_a_name(text, start, end, suffix_start, suffix_end, suffix):
            continue
        type_ = vocab.ORG_SUFFIXES[suffix]
        edge, parent = _name_edge(text, start, suffix_start, suffix_end, suffix, type_, org_ends, ends)
        name = clean_name(text[edge:suffix_end])
        edge = suffix_end - len(name)
        if not _named_enough(name, suffix, parent):
            continue
        owner_length = _company_owning(name, suffix, type_)
        owner_start = None
        if owner_length:  # 华能雅江公司|加查水电站: the facility, and its company as the owner
            owner_start = edge
            edge, name = edge + owner_length, name[owner_length:]
            parent = None
        if parent is not None and parent.type in vocab.PART_TYPES:
            parent = None
        found = _add_name(c, edge, suffix_end, name, type_, parent, owner_start)
        if found is not None:
            org_ends[suffix_end] = found
            ends.append(suffix_end)


def _ends_a_name(text: str, start: int, end: int, suffix_start: int, suffix_end: int, suffix: str) -> bool:
    """Whether a suffix ends a name where it stands: not after a character that makes it another
    word, nor followed by a name character other than those it may take (…数据中心项目一期: a
    phase after the works ends it all the same)."""
    if suffix_start > start and text[suffix_start - 1] in vocab.SUFFIX_NOT_AFTER.get(suffix, ""):
        return False
    followers = vocab.SUFFIX_FOLLOWERS.get(suffix)
    return not (
        followers
        and suffix_end < end
        and is_name_char(text[suffix_end])
        and text[suffix_end] not in followers
        and _PHASE_AFTER.match(text, suffix_end, end) is None  # …数据中心项目一期施工现场
    )


def _name_edge(
    text: str,
    start: int,
    suffix_start: int,
    suffix_end: int,
    suffix: str,
    type_: str,
    org_ends: dict[int, Found],
    ends: list[int],
) -> tuple[int, Found | None]:
    """Where the name ending in a suffix starts (`left_edge`), and the earlier name it holds as its
    parent, if any: one ending at that edge, or the first ending between the edge and the suffix
    (the name then starts where the parent does)."""
    window = window_start(text, start, suffix_start)
    parents = set(ends[bisect.bisect_left(ends, window) : bisect.bisect_right(ends, suffix_start)])
    branded = (
        text.endswith(vocab.BRANDED_SUFFIXES, start, suffix_end)  # …数据中心 ends in 中心
        or suffix in LEGAL_SUFFIXES  # 国投青海风电有限公司: a company's brand before its place
        or (
            suffix in vocab.PROJECT_SUFFIXES
            and text.endswith(vocab.BRANDED_SUFFIXES, start, suffix_start)
        )
    )  # 中航锂电合肥基地项目: the project of a branded site keeps the brand
    listed = type_ in vocab.WORKS_TYPES
    edge = left_edge(text, window, suffix_start, parents, type_ == "meeting", branded, listed)
    parent = org_ends.get(edge) if edge in org_ends else None
    if parent is None:
        adjacent = [
            org_ends[e] for e in parents if e == suffix_start or (e >= edge and e <= suffix_start)
        ]
        parent = min(adjacent, key=text_order) if adjacent else None
        if (
            parent is not None
            and suffix_end - parent.start <= vocab.MAX_NAME_LENGTH
            and not has_stop(text, parent.end, suffix_start, type_ == "meeting")
            and not (type_ == "meeting" and parent.start > edge)  # …专场暨<park>对接会 stays whole
        ):
            edge = parent.start
        else:
            parent = None
    opening = text[window:edge]
    if type_ == "meeting" and ORDINAL.fullmatch(opening) and not opening.endswith(vocab.YEAR_CHAR):
        edge = window  # 2025中国福州国际招商月…对接会 (not 2026年…会议, dated by its year)
    return edge, parent


def _named_enough(name: str, suffix: str, parent: Found | None) -> bool:
    """Whether a name says which one it is: words of its own before the suffix, not generic, and
    for a suffix of government, a place it opens with or a parent."""
    prefix = name[: len(name) - len(suffix)]
    shortest = 1 if suffix in vocab.SHORT_NAME_SUFFIXES else 2
    if len(prefix) < shortest or generic(prefix):
        return False
    return not (
        suffix in vocab.GOVERNMENT_NEEDS_PLACE
        and parent is None
        and not opens_with_head(ORDINAL.sub("", name))
    )


def _add_name(
    c: Collector,
    edge: int,
    suffix_end: int,
    name: str,
    type_: str,
    parent: Found | None,
    owner_start: int | None,
) -> Found | None:
    """Record a name (under its canonical name, its own kept as an alias), the names inside it as
    nested parts, its parent as its affiliation, and the company it opens with (from
    `owner_start`) as its owner; the mention, or None when the span was taken (the names inside
    it then stay claimed as they were)."""
    text = c.text
    canonical = c.aliases.get(name, name)
    inside = _supersede(c, edge, suffix_end)
    if not c.add(edge, suffix_end, canonical, type_, ORG):
        for part in inside:
            c.claim(part.start, part.end, ORG, part)
        return None
    found = c.found[-1]
    if canonical != name and name not in c.entities[canonical].aliases:
        c.entities[canonical].aliases.append(name)
    for part in inside:
        part.nested = True
    if parent is not None and c.entities[canonical].affiliation is None:
        c.entities[canonical].affiliation = parent.name
    if owner_start is not None:
        owner = text[owner_start:edge]
        if c.add(owner_start, edge, c.aliases.get(owner, owner), "company", ORG):
            c.entities[canonical].affiliation = c.found[-1].name
        else:  # named already (重庆长安汽车股份有限公司两江工厂)
            claimed = c.claimed(owner_start, edge)
            known = [span[3] for span in claimed if span[0] == owner_start and span[1] == edge]
            if known and known[0] is not None:
                c.entities[canonical].affiliation = known[0].name
    return found


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
        tails = _CONTINUATIONS.get(suffix, ())
        if tails and text.startswith(tails, match.end()):
            position = match.start() + 1
            continue
        spans.append(match.span())
        position = match.end()


def _supersede(c: Collector, start: int, end: int) -> list[Found]:
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


