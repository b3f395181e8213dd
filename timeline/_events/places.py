"""Places: provinces, cities and districts of the tables with their short forms, counties
written as two characters and 县/区/市/旗, and the place a name opens with (宜宾 → 宜宾市).

Pure functions over text; the recognition adds the spans `place_spans` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline import _regex
from timeline._events import vocab
from timeline._regex import HAN

#: Every form of a place of the tables (full name, short forms) → its full name.
PLACE_FORMS: dict[str, str] = {}
for _table in (vocab.PROVINCES, vocab.CITIES, vocab.DISTRICTS):
    for _full, _shorts in _table.items():
        PLACE_FORMS[_full] = _full
        for _short in _shorts:
            PLACE_FORMS[_short] = _full
#: The level of each place's full name, for the region words (全省, 我市) that point back to one.
PLACE_LEVELS: dict[str, str] = {
    name: level
    for level, table in (("district", vocab.DISTRICTS), ("city", vocab.CITIES), ("province", vocab.PROVINCES))
    for name in table
}
#: The levels a place's name holds besides its table's: a municipality (天津市) is a province
#: and a city; a place no table holds takes the level of its last character (章丘区, 临高县,
#: 福清市: 我区 / 我县 / 我市 may be any of them).
_SUFFIX_LEVELS = {
    suffix: level for level, suffixes in vocab.PLACE_SUFFIX_LEVELS.items() for suffix in suffixes
}


def place_levels(name: str) -> tuple[str, ...]:
    """The levels a region word (我市, 全省) may point back to this place at: its table's level,
    the city too for a municipality, else the level its last character gives; none for a name
    that ends in none of them (川 for 四川省 is the province's)."""
    level = PLACE_LEVELS.get(name)
    if level == "province" and name.endswith(vocab.CITY_SUFFIX):
        return level, "city"
    if level is not None:
        return (level,)
    suffixed = _SUFFIX_LEVELS.get(name[-1:])
    return (suffixed,) if suffixed is not None else ()


PLACE = re.compile(
    "(?:"
    + _regex.alternation_source(PLACE_FORMS)
    + ")(?:"
    + "|".join(re.escape(w) for w in vocab.ZONE_SUFFIXES)
    + ")?"
)
_STANDALONE_COUNTY = re.compile(
    f"(?:(?<![{HAN}])|(?<=[{vocab.BEFORE_COUNTY}]))([{HAN}]{{2}})(?:"
    + "|".join(vocab.COUNTY_ONLY_SUFFIXES)
    + f")(?![{vocab.NOT_AFTER_COUNTY}])"
)
#: What every standalone county holds (its pattern is searched only where one stands).
_COUNTY_ONLY_SUFFIX = re.compile("|".join(vocab.COUNTY_ONLY_SUFFIXES))
#: A place written as two characters and the mark of its level (福清市, 章丘区, 临高县).
_COUNTY = re.compile(f"([{HAN}]{{2}})(?:" + "|".join(vocab.COUNTY_SUFFIXES) + ")")
_HAN_CHAR = re.compile(f"[{HAN}]")
_PLACE_ABBREVIATION = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in vocab.PLACE_ABBREVIATION_AFTER)
    + ")(["
    + "".join(vocab.PLACE_ABBREVIATIONS)
    + "])"
)


def place_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, full name) of the places in [start, end): places of the tables (with a county
    right after them), one-character abbreviations (川 in 川渝), standalone counties."""
    for match in PLACE.finditer(text, start, end):
        surface = match.group()
        county = _county_after(text, match.end(), end)
        if county == match.end():
            county = _county_of_city_name(text, match, end)
        if county > match.end():
            yield match.start(), county, text[match.start() : county]
        else:
            yield match.start(), match.end(), PLACE_FORMS.get(surface, surface)
    for match in _PLACE_ABBREVIATION.finditer(text, start, end):
        at = match.start(1)
        yield at, at + 1, vocab.PLACE_ABBREVIATIONS[match.group(1)]
    # a county's pattern opens with look-behinds, tried at every offset: only searched in a
    # paragraph holding one of its suffixes
    held = _COUNTY_ONLY_SUFFIX.search(text, start, end) is not None
    counties = _STANDALONE_COUNTY.finditer(text, start, end) if held else ()
    for match in counties:
        if match.group(1) not in vocab.NOT_COUNTY_NAMES:
            yield match.start(), match.end(), match.group()


def leading_place(name: str) -> tuple[str, int] | None:
    """The place a name opens with, as the place's full name and the length of its words: one
    of the tables (宜宾 → 宜宾市), else two characters and 县/区/市/旗 that are no generic words
    (平桥区); None when the name opens with no place."""
    match = PLACE.match(name)
    if match is not None:
        surface = match.group()
        after = _county_after(name, match.end(), len(name))
        if after == match.end():
            after = _county_of_city_name(name, match, len(name))
        if after > match.end():
            return name[:after], after
        return PLACE_FORMS.get(surface, surface), match.end()
    county = _COUNTY.match(name)
    if county is None or county.group(1) in vocab.NOT_COUNTY_NAMES:
        return None
    return county.group(), county.end()


def _county_of_city_name(text: str, match: re.Match[str], end: int) -> int:
    """End of a county that bears its city's name (南昌县 beside 南昌市, 长沙县, 乌鲁木齐县): a
    city's short form right before 县 or 旗 that starts no other word (县长 is a title); the
    place's own end when there is none."""
    at, short = match.end(), match.group()
    full = PLACE_FORMS.get(short, short)
    if full == short or PLACE_LEVELS.get(full) != "city":
        return at
    if not text.startswith(vocab.COUNTY_ONLY_SUFFIXES, at, end):
        return at
    after = text[at + 1 : at + 2]
    return at if after and after in vocab.NOT_AFTER_COUNTY else at + 1


def _county_after(text: str, at: int, end: int) -> int:
    """End of a county or district named right after its province or city (福建东山县,
    银川市兴庆区, 兰州市城关区), or `at` when none is: two characters and 县/区/市 that are
    no place of the tables themselves and no generic words (主城区, 市区)."""
    match = _COUNTY.match(text, at, end)
    if match is None or match.group(1) in vocab.NOT_COUNTY_NAMES or PLACE.match(text, at, end):
        return at
    return match.end()


def self_named(text: str, level: str) -> tuple[int, int] | None:
    """Where an article first names the place of a level no table holds that it keeps writing
    about (我市 in a 福清 paper: 福清市): two characters and a mark of the level, standing as a
    word (after a mark, a blank or a linking word), whose two characters come back at least
    SELF_NAMED_REPEATS times in the text; of several (the first SELF_NAMED_CANDIDATES named), the
    one named most. A scan of the text per candidate; None when no place qualifies (no guess
    from a single mention)."""
    first: dict[str, tuple[int, int]] = {}
    for match in _COUNTY.finditer(text):
        stem = match.group(1)
        if _SUFFIX_LEVELS.get(match.group()[-1]) != level or stem in vocab.NOT_COUNTY_NAMES:
            continue
        before = text[match.start() - 1 : match.start()]
        if _HAN_CHAR.match(before) and before not in vocab.BEFORE_COUNTY:
            continue
        first.setdefault(stem, match.span())
        if len(first) == vocab.SELF_NAMED_CANDIDATES:
            break  # each candidate is counted over the whole text: a bounded few keep it linear
    counted = [(text.count(stem), -span[0], span) for stem, span in first.items()]
    best = max(counted, default=None)
    return best[2] if best is not None and best[0] >= vocab.SELF_NAMED_REPEATS else None

