"""Regular expressions for long word lists (places, triggers, suffixes, stop words).

`"|".join(words)` makes the regex engine try every word in turn at every offset; the same words
written as a trie (重庆(?:市)?, 成(?:都|渝)…) are tried one character at a time. The pattern
matches what the joined list sorted longest first matches: at each offset the longest word,
then shorter ones when what follows the pattern fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]


def alternation_source(words: Iterable[str]) -> str:
    """The pattern source of a trie of the words, longest match first (no group of its own)."""
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"

    return emit(trie)


def alternation(words: Iterable[str]) -> re.Pattern[str]:
    """The compiled trie of the words (see `alternation_source`)."""
    return re.compile(alternation_source(words))
