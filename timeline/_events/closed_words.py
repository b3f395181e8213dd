"""Runs of closed-class words (prepositions, conjunctions, adverbs, pronouns, copulas,
particles: vocab.CLOSED_*) at the start of a phrase or a name, which are no part of it.

Both the subject phrase (`word_classes`) and a recognised name's left edge (`name_bounds`)
are cut past such a run: one that holds a copula or a word of two characters or more that is
no adverb (伴随着|青藏铁路, 自本次|高峰论坛, 这是|陕西省), or one preposition before a place of the tables
(在|重庆…); inside a name's words, a preposition of place or source before a place ends what
is the clause's (记者从|重庆市政府新闻发布会). A phrase opening with a place, or with a word
holding closed characters (自由贸易港), is never cut; nor is it by one adverb, pronoun or
conjunction (共青城市, 同济大学).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline._events import vocab
from timeline._events.places import PLACE, leading_place

CLOSED = frozenset(
    {
        *vocab.CLOSED_PREPOSITIONS,
        *vocab.CLOSED_CONJUNCTIONS,
        *vocab.CLOSED_ADVERBS,
        *vocab.CLOSED_LIGHT_VERBS,
        *vocab.CLOSED_PRONOUNS,
        *vocab.CLOSED_COPULAS,
        *vocab.CLOSED_PARTICLES,
    }
)
_LONGEST = max(len(word) for word in CLOSED)
#: The characters a closed word opens with: most names open with none, and are left at once.
_FIRSTS = frozenset(word[0] for word in CLOSED)
_ADVERBS = frozenset(vocab.CLOSED_ADVERBS)
_PREPOSITION_BEFORE_PLACE = re.compile(f"[{''.join(vocab.PLACE_PREPOSITIONS)}](?={PLACE.pattern})")


def alone(phrase: str) -> bool:
    """True when a phrase is closed words one after another (这|也|是|继).

        >>> alone("这也是继"), alone("这是陕西省")
        (True, False)
    """
    return len(phrase) in _run_ends(phrase, len(phrase))


def leading_run(phrase: str, names_a_thing: Callable[[str], bool]) -> int:
    """The length of the run of closed words to cut off the start of a phrase, 0 for none:
    the longest run holding a word of two characters or a copula before words that name a
    thing (`names_a_thing`), or one preposition before a place of the tables; a run of adverbs
    alone is never cut (共同|富裕研究院, 同步|辐射光源: adverbs open names).

        >>> leading_run("自本次高峰论坛", lambda rest: True), leading_run("共青城市", lambda rest: True)
        (3, 0)
    """
    if phrase[:1] not in _FIRSTS or opens_with_a_name(phrase):
        return 0
    ends = _run_ends(phrase, vocab.MAX_LEADING_RUN)
    for end in sorted(ends, reverse=True):
        rest = phrase[end:]
        if end == 0 or len(rest) < vocab.MIN_PHRASE:
            continue
        if ends[end] and (opens_with_a_name(rest) or names_a_thing(rest)):
            return end
        if phrase[:end] in vocab.CLOSED_PREPOSITIONS and PLACE.match(rest) is not None:
            return end
    return 0


def after_inner_preposition(words: str) -> int:
    """Where the words after the last preposition of place or source standing before a place of
    the tables begin (记者从|重庆市政府新闻发布会, 位于|重庆…), 0 for none: what comes before the
    preposition is the clause's, not the name's.

        >>> after_inner_preposition("记者从重庆市政府新闻"), after_inner_preposition("宜宾至彝良高速")
        (3, 0)
    """
    last = 0
    for found in _PREPOSITION_BEFORE_PLACE.finditer(words, 1):
        last = found.end()
    return last


def opens_with_a_name(phrase: str) -> bool:
    """True when a phrase opens with a place or with a word no closed word may be cut from
    (自由贸易港, 经由…: vocab.WORDS_HOLDING_MARKERS)."""
    return leading_place(phrase) is not None or phrase.startswith(vocab.WORDS_HOLDING_MARKERS)


def _marks_a_run(word: str) -> bool:
    """True for a word that shows a run of closed words is the clause's: a copula, or a word of
    two characters or more that is no adverb (共同富裕研究院, 同步辐射光源: adverbs open names)."""
    return word in vocab.CLOSED_COPULAS or (len(word) > 1 and word not in _ADVERBS)


def _run_ends(phrase: str, limit: int) -> dict[int, bool]:
    """Where runs of closed words from the phrase's start end (up to `limit` characters), each
    with whether it holds a word that marks it (`_marks_a_run`)."""
    ends = {0: False}
    for end in range(1, min(len(phrase), limit) + 1):
        for start in range(max(0, end - _LONGEST), end):
            word = phrase[start:end]
            if start in ends and word in CLOSED:
                ends[end] = ends[start] or _marks_a_run(word)
                break
    return ends
