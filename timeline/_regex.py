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
from typing import Protocol, cast

from timeline._typed import lru_cached

_Trie = dict[str, "_Trie"]

HAN_FIRST = "\u4e00"
HAN_LAST = "\u9fff"
#: The Han characters of the CJK Unified Ideographs block, as a range for a character class
#: (`f"[{HAN}]"` matches one; `HAN_FIRST <= char <= HAN_LAST` tests one without a regex):
#: written once so that every pattern means the same characters. (Escapes: the block's last code
#: points are rare characters few fonts show.)
HAN = f"{HAN_FIRST}-{HAN_LAST}"


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


def first_apart(source: str) -> str:
    """A pattern opening with a repeated character class (`[0-9]+年`) written with its first
    character apart (`[0-9][0-9]*年`): it matches the same, and the regex engine skips to the
    class's characters, where it tried the repeat at every offset (it knows what a class opens
    with, not a repeat). ValueError for a pattern opening otherwise.

        >>> first_apart("[0-9０-９]+(?:年|月)")
        '[0-9０-９][0-9０-９]*(?:年|月)'
    """
    close = source.find("]", 2) if source.startswith("[") else -1
    if close < 0 or "\\" in source[:close] or source[close + 1 : close + 2] != "+":
        raise ValueError(f"not a pattern opening with a repeated class: {source!r}")
    first = source[: close + 1]
    return first + first + "*" + source[close + 2 :]


def run_at_end(words: Iterable[str]) -> re.Pattern[str]:
    """A run of the words ending the text: `(?:w1|w2|…)+$`, written as the words' trie with its
    first word apart, so that the regex engine skips to the words' first characters instead of
    trying the run at every offset (a pattern opening with a repeat has no first characters it
    knows of). It matches where the plainer form matches: the run found reaches the end.

        >>> run_at_end(["已", "正式", "顺利"]).search("项目已正式顺利").span()
        (2, 7)
    """
    trie = alternation_source(words)
    return re.compile(f"(?:{trie})(?:{trie})*$")


class _Parser(Protocol):
    """The part of the regex parser read here. Its output is a sequence of (opcode, argument)
    pairs whose argument's shape depends on the opcode; it ships no types of its own (typeshed's
    do not match what it returns), so each item is read as `object` and checked where it is used."""

    def parse(self, str: str, flags: int = 0) -> Iterable[object]: ...


class _Opcodes(Protocol):
    """The opcodes and categories of the parser's output that `heads` reads (compared by identity)."""

    ASSERT: object
    ASSERT_NOT: object
    AT: object
    LITERAL: object
    IN: object
    RANGE: object
    CATEGORY: object
    CATEGORY_DIGIT: object
    CATEGORY_SPACE: object
    SUBPATTERN: object
    BRANCH: object
    MAX_REPEAT: object
    MIN_REPEAT: object


# The regex parser moved in Python 3.11.
try:
    _parser = cast(_Parser, importlib.import_module("re._parser"))
    _c = cast(_Opcodes, importlib.import_module("re._constants"))
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    _parser = cast(_Parser, importlib.import_module("sre_parse"))
    _c = cast(_Opcodes, importlib.import_module("sre_constants"))


def _items(value: object) -> list[object]:
    """The items of a list, tuple or parsed sub-pattern of the parser's output."""
    return list(cast("Iterable[object]", value))


def _pair(value: object) -> tuple[object, object]:
    first, second = _items(value)
    return first, second


def _int(value: object) -> int:
    """A code point, group count or repeat bound of the parser's output (MAXREPEAT is an int)."""
    if not isinstance(value, int):
        raise TypeError(f"the regex parser gave {value!r} where a number was expected")
    return value


#: Stands for a run of ASCII digits in the heads `past_digits` reads (no pattern writes it).
_DIGIT_RUN = "\uffff"
_DIGITS = frozenset("0123456789")


def _runs_merged(heads: str) -> str:
    """Heads with each run of `_DIGIT_RUN` made one."""
    while _DIGIT_RUN * 2 in heads:
        heads = heads.replace(_DIGIT_RUN * 2, _DIGIT_RUN)
    return heads


def _concat(left: set[str], right: set[str], length: int, runs: bool = False) -> set[str]:
    """Heads of a sequence: each left head followed by each right head, cut to `length` (a run of
    digits counted as one character when `runs`)."""
    if runs:
        return {
            a if len(a) >= length else _runs_merged(a + b)[:length]
            for a in left
            for b in (right if len(a) < length else [""])
        }
    return {
        a if len(a) >= length else (a + b)[:length]
        for a in left
        for b in (right if len(a) < length else [""])
    }


def _class_heads(items: object) -> set[str] | None:
    """The characters a character class (`[...]`) matches, None when that is not a short list."""
    chars: set[str] = set()
    for item in _items(items):
        kind, value = _pair(item)
        if kind is _c.LITERAL:
            chars.add(chr(_int(value)))
        elif kind is _c.RANGE:
            low, high = _pair(value)
            chars.update(chr(code) for code in range(_int(low), _int(high) + 1))
        elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            chars.update("0123456789")  # only read for ASCII patterns (see `heads`)
        elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            chars.update(" \t\n\r\f\v")
        else:
            return None
    return chars


def _heads_of_item(op: object, arg: object, length: int, runs: bool) -> set[str] | None:
    if op is _c.ASSERT or op is _c.ASSERT_NOT or op is _c.AT:
        return {""}  # zero width
    if op is _c.LITERAL:
        found: set[str] | None = {chr(_int(arg))}
    elif op is _c.IN:
        found = _class_heads(arg)
    elif op is _c.SUBPATTERN:
        return _heads(_items(arg)[-1], length, runs)
    elif op is _c.BRANCH:
        union: set[str] = set()
        for branch in _items(_pair(arg)[1]):
            found = _heads(branch, length, runs)
            if found is None:
                return None
            union |= found
        return union
    elif op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low_bound, high_bound, body = _items(arg)
        low, high = _int(low_bound), _int(high_bound)
        once = _heads(body, length, runs)
        if once is None:
            return None
        result = {""} if low == 0 else set()
        current = {""}
        for count in range(1, min(high, max(low, length)) + 1):
            current = _concat(current, once, length, runs)
            if count >= low or all(len(h) >= length for h in current):
                result |= current
        return result
    else:
        return None
    if found is None or not runs:
        return found
    return {_DIGIT_RUN if char in _DIGITS else char for char in found}


def _heads(items: object, length: int, runs: bool = False) -> set[str] | None:
    """The first `length` characters a parsed pattern can match (shorter: the match may end
    there); with `runs`, a run of digits counts as one character, written `_DIGIT_RUN`. None
    when that is not bounded (a negated class, a back-reference…)."""
    found = {""}
    for item in _items(items):
        if all(len(h) >= length for h in found):
            break
        op, arg = _pair(item)
        heads_of_item = _heads_of_item(op, arg, length, runs)
        if heads_of_item is None:
            return None
        found = _concat(found, heads_of_item, length, runs)
    return found


@lru_cached(maxsize=4)
def parsed(source: str, flags: int) -> Iterable[object]:
    """The parser's reading of a pattern, kept for the last few: the date engine reads each rule
    in turn with `heads`, `past_digits` and its guard, and parsing a rule costs more than reading it.
    The result is shared: read it, never change it."""
    return _parser.parse(source, flags)


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
    found = _heads(parsed(pattern.pattern, pattern.flags), length)
    return None if found is None or "" in found else frozenset(found)


def head_class(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """A class of the characters a match of any of the patterns can start with (`heads`): where
    a text holds none of them, none of the patterns matches, which one search tells. ValueError
    when a pattern's first characters are unbounded.

        >>> head_class(re.compile("[12]+年"), re.compile("第[一二]")).pattern
        '[12第]'
    """
    firsts: set[str] = set()
    for pattern in patterns:
        found = heads(pattern, 1)
        if found is None:
            raise ValueError(f"no bounded first characters: {pattern.pattern!r}")
        firsts |= found
    return re.compile("[" + "".join(re.escape(char) for char in sorted(firsts)) + "]")


def past_digits(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """What a match of `pattern` opening with ASCII digits has right after the run of them: the
    characters that can follow it there, with '' when a match may end in the run; empty when no
    match opens with a digit; None when unbounded or when the pattern ignores case. Read as
    `heads` reads \\d (ASCII).

    A match opening at the first digit of a run reads the run, then the character after it (the
    run may only be cut short where the match ends), so a pattern whose set holds neither that
    character nor '' cannot match there.

        >>> sorted(past_digits(re.compile(r"\\d{1,2}[月日]|第\\d+")))
        ['日', '月']
        >>> sorted(past_digits(re.compile(r"\\d{8}(?![0-9])")))
        ['']
    """
    if pattern.flags & re.IGNORECASE:
        return None
    found = _heads(parsed(pattern.pattern, pattern.flags), 2, runs=True)
    if found is None:
        return None
    return frozenset(head[1:] for head in found if head.startswith(_DIGIT_RUN))


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words one of which every match of `pattern` holds, read from one part of it that every
    match goes through (a literal run, a group of literal words, a repeat of such a group at
    least once); of several such parts, the one of the longest shortest word, then of the fewest
    words. None when no part qualifies or when the pattern ignores case. A text holding none of
    the words holds no match.

        >>> sorted(required_words(re.compile("(?:主体|土建)?(?:工程)?(?:已|已经)?(?:完成|结束)(?!率)")))
        ['完成', '结束']
        >>> sorted(required_words(re.compile("如火如荼地?施工|(?:抢|赶)工期")))
        ['如火如荼', '工期']
        >>> required_words(re.compile("[0-9]+年"))
        frozenset({'年'})
    """
    if pattern.flags & re.IGNORECASE:
        return None
    return _required_in_sequence(parsed(pattern.pattern, pattern.flags))


def _more_telling(words: frozenset[str], than: frozenset[str] | None) -> bool:
    """Longer shortest words first, then fewer words: the rarer a text holds one of them."""
    return than is None or (min(map(len, words)), -len(words)) > (min(map(len, than)), -len(than))


def _required_in_sequence(items: object) -> frozenset[str] | None:
    """`required_words` of a parsed sequence: the most telling of its required parts."""
    best: frozenset[str] | None = None
    run = ""  # the literal characters read in a row, one word
    for item in [*_items(items), None]:
        op, arg = _pair(item) if item is not None else (None, None)
        if op is _c.LITERAL:
            run += chr(_int(arg))
            continue
        found = frozenset({run}) if run else None
        run = ""
        for words in (found, _required_in_item(op, arg) if op is not None else None):
            if words and _more_telling(words, best):
                best = words
    return best


def _required_in_item(op: object, arg: object) -> frozenset[str] | None:
    """`required_words` of one part of a parsed sequence: a class of a few characters is words of
    one character; None for a part a match may skip or that holds no literal word (an assertion,
    an optional repeat, a class with a range)."""
    if op is _c.IN:
        chars = [_pair(member) for member in _items(arg)]
        if all(kind is _c.LITERAL for kind, _ in chars):
            return frozenset(chr(_int(code)) for _, code in chars)
        return None
    if op is _c.SUBPATTERN:
        _, added_flags, _, body = _items(arg)
        return None if _int(added_flags) & re.IGNORECASE else _required_in_sequence(body)
    if op is _c.BRANCH:
        words: set[str] = set()
        for branch in _items(_pair(arg)[1]):
            literal = _literal_word(branch)
            found = frozenset({literal}) if literal else _required_in_sequence(branch)
            if not found:
                return None  # a branch that holds none: nothing is required
            words |= found
        return frozenset(words)
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low, _, body = _items(arg)
        return _required_in_sequence(body) if _int(low) >= 1 else None
    return None


def _literal_word(items: object) -> str:
    """The word a parsed sequence of literal characters matches, '' for any other sequence."""
    word = ""
    for item in _items(items):
        op, arg = _pair(item)
        if op is not _c.LITERAL:
            return ""
        word += chr(_int(arg))
    return word
