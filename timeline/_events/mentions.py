"""Mentions and entities of an article: what recognition finds (`Found`, `Info`), the result it
hands to the event stages (`Recognition`, with its per-article indices), and the `Collector`
the recognition stages add mentions to, in priority order, refusing overlaps.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

import attrs

from timeline._events.cleanup import Document
from timeline._events.places import place_levels, self_named

_LONGEST_SPAN = 120

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
    """Where the mention starts: the sort key for "the nearest one before"."""
    return found.start


def text_order(found: Found) -> tuple[int, int]:
    """Mentions in text order, the longer first where two start together."""
    return found.start, -found.end

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
    #: The place of each level the article names itself by (`own_place`), found on first use.
    _own_places: dict[str, Found | None] = attrs.Factory(dict)

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

    def latest_place(self, level: str, before: int, ahead: bool = False) -> Found | None:
        """The last place of a level (vocab.REGION_WORDS) mentioned before an offset (全省 →
        the province the article is about): one bisection in a per-article index. With `ahead`,
        when none is named before, the first named after (我区启动… in a district's own paper,
        which names itself further on: 章丘区)."""
        if self._levels is None:
            self._levels = {}
            for found in self.mentions:
                for found_level in place_levels(found.name) if found.type == "place" else ():
                    starts, places = self._levels.setdefault(found_level, ([], []))
                    starts.append(found.start)
                    places.append(found)
        starts, places = self._levels.get(level, ([], []))
        index = bisect.bisect_left(starts, before)
        if index:
            return places[index - 1]
        return places[0] if ahead and places else None

    def own_place(self, text: str, level: str) -> Found | None:
        """The place of a level the article keeps naming when no table knows it (我市 in a 福清
        paper: 福清市, `places.self_named`), as a mention of its first naming; one scan of
        the text per level and article."""
        if level not in self._own_places:
            span = self_named(text, level)
            named = None if span is None else Found(*span, text[span[0] : span[1]], "place", PLACE)
            self._own_places[level] = named
        return self._own_places[level]

    def within(self, start: int, end: int) -> list[Found]:
        """Top-level mentions lying inside [start, end), in text order."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        return [found for found in self.mentions[first:last] if found.end <= end and not found.nested]



class Collector:
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

