"""The closed classes of words that bound a subject phrase, and the noun phrase they leave it.

Prepositions, conjunctions, adverbs, pronouns, copulas and particles are closed classes
(vocab.CLOSED_PREPOSITIONS …): whole tables of them bound a noun phrase whatever the phrasing. A
subject ends with no conjunction, preposition or particle (竣工并, …风景区被: what is left is
the subject, or nothing when it is a verb); words of these classes alone name nothing (这也是继);
a run of them opening a phrase is cut off before a place, or when it holds a word of two
characters or a copula (伴随着青藏铁路, 自本次高峰论坛, 这是陕西省); two parties joined by 与/同/跟
are cut to the first when it is a place or ends like a name (朔州市与全省). A phrase opening
with a place or a name is never cut at its start (自贡市, 同济大学: 同 opens no run there).
"""

from __future__ import annotations

from timeline import _regex
from timeline._events import closed_words, noun_phrase, vocab
from timeline._events.organisations import suffix_type
from timeline._events.places import leading_place

_TAIL = _regex.run_at_end(vocab.TAIL_CLOSED_WORDS)


def noun_phrase_in(phrase: str) -> str | None:
    """The noun phrase a subject phrase holds by its closed-class words; None when it holds none.

        >>> [noun_phrase_in(p) for p in ("竣工并", "伴随着青藏铁路", "朔州市与全省", "这也是继", "自贡市")]
        [None, '青藏铁路', '朔州市', None, '自贡市']
    """
    tail = _TAIL.search(phrase, 1)
    if tail is not None:
        rest = phrase[: tail.start()]
        if len(rest) < vocab.MIN_PHRASE or rest in vocab.TRIGGERS:
            return None  # 竣工并, 落成并: a verb and a conjunction
        phrase = rest  # …风景区被
    if closed_words.alone(phrase):
        return None  # 这也是继
    return _first_party(_past_leading_words(phrase))


def _past_leading_words(phrase: str) -> str:
    """The phrase past the run of closed words opening it (`closed_words.leading_run`) when
    what is left names a thing (伴随着|青藏铁路, 自本次|高峰论坛, 这是|陕西省)."""
    run = closed_words.leading_run(phrase, _names_a_thing)
    return phrase[run:] if run else phrase


def _names_a_thing(rest: str) -> bool:
    """True when words end like a name, a suffix or a head noun (青藏铁路, 高峰论坛), or open
    with a place."""
    named = suffix_type(rest) is not None or noun_phrase.head_type(rest) is not None
    return named or leading_place(rest) is not None


def _first_party(phrase: str) -> str:
    """The words before 与/同/跟 joining two parties, when they are a place or end like a name
    and the whole does not end like a name they do not (朔州市与全省 → 朔州市; not 纳米医学与
    核酸药物创新中心, one body)."""
    for joiner in vocab.PARTY_PREPOSITIONS:
        at = phrase.find(joiner, vocab.MIN_PHRASE)
        if at < 0 or len(phrase) - at - len(joiner) < vocab.MIN_PHRASE:
            continue
        left = phrase[:at]
        place = leading_place(left)
        party = (place is not None and place[1] == len(left)) or suffix_type(left) is not None
        if party and (suffix_type(phrase) is None or suffix_type(left) is not None):
            return left
    return phrase
