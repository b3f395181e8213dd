"""The trie of a word list matches what the list joined longest first matches, offset by offset
(also when what follows in a pattern makes the longest word fail)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._regex import alternation, alternation_source

_WORDS = st.lists(st.text(alphabet="重庆市区成都a.+(", min_size=1, max_size=4), min_size=1, max_size=12)
_TEXT = st.text(alphabet="重庆市区成都a.+(x", max_size=40)


def _joined(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=300, derandomize=True, database=None)
@given(words=_WORDS, text=_TEXT)
def test_trie_matches_the_joined_list(words: list[str], text: str) -> None:
    joined, trie = re.compile(_joined(words)), alternation(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in joined.finditer(text)]
    for at in range(len(text)):
        found, expected = trie.match(text, at), joined.match(text, at)
        assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=200, derandomize=True, database=None)
@given(words=_WORDS, text=_TEXT)
def test_trie_backs_off_to_a_shorter_word_like_the_joined_list(words: list[str], text: str) -> None:
    joined = re.compile(f"(?:{_joined(words)})x")
    trie = re.compile(f"(?:{alternation_source(words)})x")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in joined.finditer(text)]


def test_longest_word_first() -> None:
    assert alternation(["重庆", "重庆市", "成都"]).match("重庆市区").group() == "重庆市"
