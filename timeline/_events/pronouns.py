"""Pronoun-like mentions (该公司, 公司, 研究院, 该中心): each takes the nearest earlier mention of a
fitting type (vocab.PRONOUNS) in its paragraph, else the latest of one in the paragraph before;
该 and a name suffix (该工厂, 该电站, 该产业园) fits the type of the suffix. A word of works
(该项目) with no project before it takes the facility or park told before it in its paragraph
(vocab.PRONOUN_FALLBACKS).
"""

from __future__ import annotations

import bisect

from timeline import _regex
from timeline._events import vocab
from timeline._events.mentions import PRONOUN, Collector, Found, start_of

#: Each pronoun-like word and the types of entity it may refer to.
_FITTING: dict[str, tuple[str, ...]] = {
    **{vocab.DEMONSTRATIVE + suffix: (type_,) for suffix, type_ in vocab.ORG_SUFFIXES.items()},
    **vocab.PRONOUNS,
}
_PRONOUN = _regex.alternation(_FITTING)


def _met_at(item: tuple[int, Found]) -> int:
    """A (sweep index, mention) pair by the index it was met at."""
    return item[0]

def _referent(
    latest: dict[str, tuple[int, Found]], earlier: dict[str, Found], types: tuple[str, ...]
) -> Found | None:
    """The nearest mention of one of the types met so far in the paragraph, else the latest of
    one in the paragraph before, else None."""
    fitting = [latest[type_] for type_ in types if type_ in latest]
    if fitting:
        return max(fitting, key=_met_at)[1]
    before_paragraph = [earlier[type_] for type_ in types if type_ in earlier]
    return max(before_paragraph, key=start_of) if before_paragraph else None


def pronouns(
    c: Collector, start: int, end: int, starts: list[int], ordered: list[Found], earlier: dict[str, Found]
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
    c: Collector, start: int, end: int, unit_mentions: list[Found], earlier: dict[str, Found]
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
        referent = _referent(latest, earlier, _FITTING[word]) or _referent(
            latest, {}, vocab.PRONOUN_FALLBACKS.get(word, ())
        )
        if referent is None:
            continue
        c.add(match.start(), match.end(), referent.name, referent.type, PRONOUN)
