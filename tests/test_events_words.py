"""`_events.words.Words`: the longest word at or ending at an offset, by set look-ups, against
the plain definition (every word tried in turn)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._events.words import Words

_WORDS = st.lists(st.text(alphabet="重庆市两江区a", min_size=1, max_size=4), min_size=1, max_size=10)
_TEXT = st.text(alphabet="重庆市两江区ax", max_size=16)


@settings(max_examples=300, derandomize=True, database=None)
@given(words=_WORDS, text=_TEXT, leave=st.integers(0, 3))
def test_longest_at_is_the_longest_word_starting_there(words: list[str], text: str, leave: int) -> None:
    table = Words(words)
    for index in range(len(text) + 1):
        fitting = [w for w in words if text.startswith(w, index) and len(text) - index - len(w) >= leave]
        assert table.longest_at(text, index, leave) == max(map(len, fitting), default=0)
        assert table.start(text, index) == any(text.startswith(w, index) for w in words)


@settings(max_examples=300, derandomize=True, database=None)
@given(words=_WORDS, text=_TEXT, start=st.integers(0, 4))
def test_longest_ending_at_is_the_longest_word_ending_there(words: list[str], text: str, start: int) -> None:
    table = Words(words)
    for end in range(len(text) + 1):
        fitting = [w for w in words if end - len(w) >= start and text[end - len(w) : end] == w]
        assert table.longest_ending_at(text, end, start) == max(map(len, fitting), default=0)
