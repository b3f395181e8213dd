"""Regular expressions shared by the date rules and the event tables: word lists as tries, and
what a pattern's matches can start with.

`"|".join(words)` makes the regex engine try every word in turn at every offset; the same words
written as a trie (重庆(?:市)?, 成(?:都|渝)…) are tried one character at a time. The trie
matches what the joined list sorted longest first matches: at each offset the longest word,
then shorter ones when what follows the pattern fails.

The date engine picks the positions where a date can start from the first two characters of its
rules' matches; the event triggers skip their patterns in a clause that holds none of their first
characters. Both read those characters from the parsed pattern (`heads`), so they cannot drift
from it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

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


# The regex parser moved in Python 3.11.
_parser: Any
_c: Any
try:
    _parser = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")
    _c = importlib.import_module("sre_constants")


def _concat(left: set[str], right: set[str], length: int) -> set[str]:
    """Heads of a sequence: each left head followed by each right head, cut to `length`."""
    return {
        a if len(a) >= length else (a + b)[:length]
        for a in left
        for b in (right if len(a) < length else [""])
    }


def _heads_of_item(op: Any, arg: Any, length: int) -> set[str] | None:
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {""}  # zero width
    if op is _c.LITERAL:
        return {chr(arg)}
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                chars.update("0123456789")  # only read for ASCII patterns (see `heads`)
            elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
                chars.update(" \t\n\r\f\v")
            else:
                return None
        return chars
    if op is _c.SUBPATTERN:
        return _heads(arg[-1], length)
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _heads(branch, length)
            if found is None:
                return None
            union |= found
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, body = arg
        once = _heads(body, length)
        if once is None:
            return None
        result = {""} if low == 0 else set()
        current = {""}
        for count in range(1, min(high, max(low, length)) + 1):
            current = _concat(current, once, length)
            if count >= low or all(len(h) >= length for h in current):
                result |= current
        return result
    return None


def _heads(items: Iterable[tuple[Any, Any]], length: int) -> set[str] | None:
    """The first `length` characters a parsed pattern can match (shorter: the match may end
    there). None when that is not bounded (a negated class, a back-reference…)."""
    found = {""}
    for op, arg in items:
        if all(len(h) >= length for h in found):
            break
        item = _heads_of_item(op, arg, length)
        if item is None:
            return None
        found = _concat(found, item, length)
    return found


def heads(pattern: re.Pattern[str], length: int = 2) -> frozenset[str] | None:
    """The first `length` characters a match of `pattern` can start with, or None when unbounded
    or when the pattern ignores case. The classes \\d and \\s are read as ASCII (the date rules
    are compiled so): a pattern that is not must not start with them.

        >>> sorted(heads(re.compile("(?:今|去)?年底")))
        ['今年', '去年', '年底']
        >>> sorted(heads(re.compile("获(?!得)[^，。]{1,12}批准"), 1))
        ['获']
    """
    if pattern.flags & re.IGNORECASE:
        return None
    found = _heads(_parser.parse(pattern.pattern, pattern.flags), length)
    return None if found is None or "" in found else frozenset(found)
