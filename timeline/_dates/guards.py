"""Guards: a cheap look-ahead in front of a rule's branch of the scanner's joined alternation.

At a number such as 2026年 most rules of the alternation parse the year again, then fail on
what follows (no 季度, no 至, no 上半年…). A rule whose every match holds one of a few
characters within its first few (a range separator, 季, 半…) gets a look-ahead for them: where
none stands within reach, the branch fails after one scan of those characters instead of a parse
of the rule. The characters are read from the rule's parsed pattern (`required_ahead`), so they
cannot drift from it, and a guard is a necessary condition of a match: the alternation still
finds the same first rule.
"""

from __future__ import annotations

import re
from typing import Protocol, cast

from timeline._regex import _c, _class_heads, _int, _items, _pair, parsed


class _Consuming(Protocol):
    """The opcodes of one character read that `_regex._Opcodes` does not name, and the bound of
    an unbounded repeat."""

    NOT_LITERAL: object
    ANY: object
    MAXREPEAT: int


_more = cast(_Consuming, _c)

#: The furthest offset of a required character a guard looks ahead to: a guard scans up to this
#: many characters, which must stay cheaper than the rule it spares.
MAX_REACH = 24
#: The most characters a guard's class holds (a class of many characters rarely fails).
MAX_CHARACTERS = 64

Required = tuple[frozenset[str], int]  # characters, the furthest offset the first of them may stand


def _max_width(op: object, arg: object) -> int | None:
    """The most characters an item of a parsed pattern reads, None when unbounded or unknown."""
    if op is _c.ASSERT or op is _c.ASSERT_NOT or op is _c.AT:
        return 0
    if op is _c.LITERAL or op is _c.IN or op is _more.NOT_LITERAL or op is _more.ANY:
        return 1
    if op is _c.SUBPATTERN:
        return _sequence_width(_items(arg)[-1])
    if op is _c.BRANCH:
        widths = [_sequence_width(branch) for branch in _items(_pair(arg)[1])]
        return None if any(w is None for w in widths) else max(w for w in widths if w is not None)
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        _, high, body = _items(arg)
        once = _sequence_width(body)
        if once is None or _int(high) >= _more.MAXREPEAT:
            return None
        return _int(high) * once
    return None


def _sequence_width(items: object) -> int | None:
    total = 0
    for item in _items(items):
        width = _max_width(*_pair(item))
        if width is None:
            return None
        total += width
    return total


def _required_of_item(op: object, arg: object, offset: int, weak: frozenset[str]) -> Required | None:
    if op is _c.LITERAL:
        char = chr(_int(arg))
        return None if char in weak else (frozenset(char), offset)
    if op is _c.IN:
        chars = _class_heads(arg)
        if chars is None or chars & weak or len(chars) > MAX_CHARACTERS:
            return None
        return frozenset(chars), offset
    if op is _c.SUBPATTERN:
        _, add_flags, _, body = _items(arg)
        if _int(add_flags) & re.IGNORECASE:
            return None
        return _required(body, offset, weak)
    if op is _c.BRANCH:
        union: set[str] = set()
        furthest = offset
        for branch in _items(_pair(arg)[1]):
            found = _required(branch, offset, weak)
            if found is None:
                return None
            union |= found[0]
            furthest = max(furthest, found[1])
        return (frozenset(union), furthest) if len(union) <= MAX_CHARACTERS else None
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low, _, body = _items(arg)
        return _required(body, offset, weak) if _int(low) >= 1 else None
    return None


def _required(items: object, offset: int, weak: frozenset[str]) -> Required | None:
    """The first item of a sequence (starting at most `offset` characters into a match) that
    requires a character outside `weak`; None when none does before the width is unbounded."""
    for item in _items(items):
        op, arg = _pair(item)
        found = _required_of_item(op, arg, offset, weak)
        if found is not None:
            return found
        width = _max_width(op, arg)
        if width is None:
            return None
        offset += width
    return None


def required_ahead(pattern: re.Pattern[str], weak: str) -> Required | None:
    """Characters none in `weak`, one of which every match of `pattern` holds at an offset of at
    most the number returned; the first such item of the pattern, None when there is none within
    `MAX_REACH` characters or the pattern ignores case.

        >>> chars, reach = required_ahead(re.compile(r"\\d{1,2}月(?:至|到)\\d{1,2}日"), "0123456789月日")
        >>> sorted(chars), reach
        (['到', '至'], 3)
    """
    if pattern.flags & re.IGNORECASE:
        return None
    found = _required(parsed(pattern.pattern, pattern.flags), 0, frozenset(weak))
    if found is None or found[1] > MAX_REACH:
        return None
    return found


def guard(pattern: re.Pattern[str], weak: str) -> str:
    """A look-ahead that fails where `pattern` cannot match for want of its required characters
    (`required_ahead`), or '' when it has none worth a guard."""
    found = required_ahead(pattern, weak)
    if found is None:
        return ""
    chars, reach = found
    members = "".join(re.escape(char) for char in sorted(chars))
    return f"(?=[^{members}]{{0,{reach}}}[{members}])"
