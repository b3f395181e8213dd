"""People: a 2- or 3-character name after a title (市科技局局长明炬, 院士钱锋) or before one
(钱锋院士), with the organisation named right before the title as their affiliation; later bare
mentions of the same people (雷虹说).
"""

from __future__ import annotations

import re

from timeline import _regex
from timeline._events import vocab
from timeline._events.known_names import known_pattern
from timeline._events.mentions import PERSON, Collector, Found
from timeline._events.name_bounds import is_name_char
from timeline._regex import HAN

_HAN_RUN = re.compile(f"[{HAN}]+")
_TITLE = _regex.alternation(vocab.PERSON_TITLES)
_TITLE_AFTER = _regex.alternation(vocab.TITLES_AFTER_NAME)


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


def _affiliation(c: Collector, title_start: int, unit_start: int) -> str | None:
    """The organisation named right before a title (市科技局局长明炬 → 市科技局)."""
    best: Found | None = None
    best_end = -1
    for span in c.claimed(max(unit_start, title_start - vocab.AFFILIATION_REACH), title_start):
        found = span[3]
        if found is None or found.type in ("person", "policy", "place") or span[1] > title_start:
            continue
        if any(p in c.text[span[1] : title_start] for p in vocab.PROSE_MARKS + "：:!?"):
            continue
        if span[1] > best_end:
            best, best_end = found, span[1]
    return best.name if best else None


def people(c: Collector, start: int, end: int) -> None:
    """People named after or before a title in [start, end), with their affiliation."""
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
            if is_name_char(before) or name[0] not in vocab.SURNAMES:
                continue
            if _HAN_RUN.fullmatch(name) and c.add(name_start, match.start(), name, "person", PERSON):
                break


def people_again(c: Collector) -> None:
    """Later bare mentions of people already named with a title (雷虹说)."""
    names = tuple(sorted(n for n, i in c.entities.items() if i.type == "person"))
    if not names:
        return
    pattern = known_pattern(names)
    for match in pattern.finditer(c.text):
        before = c.text[match.start() - 1] if match.start() else "，"
        if not is_name_char(before) or before in "，":
            c.add(match.start(), match.end(), match.group(), "person", PERSON)

