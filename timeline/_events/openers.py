"""Words opening a subject phrase that are no part of a name: an existential or a limit opens
the phrase of the thing it introduces (又有12个项目集中签约: a count, no one; 将有亚太桥牌锦标赛…
落户合肥: the championship; 到首条模组建成投产: the module line); a source or a likeness opens
no subject at all (据市发展改革委…, 像这样的集中签约)."""

from __future__ import annotations

from timeline._events import vocab

#: …and a copula before a frame (这是自2008年我国启动…改革后: what the frame tells is about 我国).
_FRAMING_COPULAS = tuple(copula + head for copula in vocab.FRAME_COPULAS for head in vocab.FRAME_HEADS)
#: Blanks a page may type between words (从 1984 年中美史克…).
_BLANKS_AFTER = frozenset(" \u3000\xa0")
_INTRODUCING = tuple(sorted((*vocab.INTRODUCING_OPENERS, *_FRAMING_COPULAS), key=len, reverse=True))


def introducing_opener(text: str, at: int) -> int:
    """The length of the word at `at` that introduces the thing named after it (有, 又有, 到),
    or 0 (also for a word that only opens like one: 有色金属集团, 到场嘉宾)."""
    if text.startswith(vocab.WORDS_OPENING_LIKE_AN_OPENER, at):
        return 0
    length = next((len(word) for word in _INTRODUCING if text.startswith(word, at)), 0)
    while length and text[at + length : at + length + 1] in _BLANKS_AFTER:
        length += 1  # 从 1984 年…: the blank typed after the word is no part of what follows
    return length


def opens_no_subject(phrase: str) -> bool:
    """True when the phrase opens with a word after which no subject follows: a source (据…)
    or a likeness (像这样的…)."""
    return phrase.startswith(vocab.NO_SUBJECT_OPENERS)
