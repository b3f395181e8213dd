"""A set of words and the test "does one of them start (or end) here", by set look-ups."""

from __future__ import annotations

from collections.abc import Iterable


class Words:
    """A set of words and the test "does one of them start at this offset": one set look-up per
    word length, where `str.startswith` with a tuple tries the hundreds of words one by one."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.lengths = tuple(sorted({len(word) for word in self.words}, reverse=True))
        self.firsts = frozenset(word[:1] for word in self.words)
        self.lasts = frozenset(word[-1:] for word in self.words)

    def start(self, text: str, index: int = 0) -> bool:
        if text[index : index + 1] not in self.firsts:
            return False
        for length in self.lengths:
            if text[index : index + length] in self.words:
                return True
        return False

    def longest_ending_at(self, text: str, end: int, start: int = 0) -> int:
        """Length of the longest word ending at `end` and starting at or after `start`, or 0."""
        if end <= start or text[end - 1 : end] not in self.lasts:
            return 0  # (most offsets: no word ends in that character)
        for length in self.lengths:
            if end - length >= start and text[end - length : end] in self.words:
                return length
        return 0

    def longest_at(self, text: str, index: int = 0, leave: int = 0) -> int:
        """Length of the longest word starting at `index` that leaves at least `leave` characters
        of the text after it, or 0."""
        if text[index : index + 1] not in self.firsts:
            return 0  # (most offsets: no word starts with that character)
        for length in self.lengths:
            if len(text) - index - length >= leave and text[index : index + length] in self.words:
                return length
        return 0
