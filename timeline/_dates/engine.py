"""The scanner: one pass of one compiled regex over the text, then the matching rule's resolver.

All rule patterns are joined into one alternation (each wrapped in a group naming its rule),
preceded by a one-character look-ahead over the characters a date can start with, so most
positions are rejected by a single set test. At a candidate position the first rule in
priority order that matches and resolves wins; the scan resumes after it, which makes the
matches non-overlapping and left to right.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from timeline._dates import vocab
from timeline._dates.resolve import Context, Resolved
from timeline._dates.rules import FIRST_CHARACTERS, RULES

FOLD_TABLE = str.maketrans(dict(vocab.FOLD_PAIRS))
ANTECEDENT_KINDS = ("date", "range")


def _renamed(index: int, pattern: str) -> str:
    """A rule's pattern with its group names made unique inside the big alternation."""
    pattern = re.sub(r"\(\?P<(\w+)>", rf"(?P<r{index}_\1>", pattern)
    return re.sub(r"\(\?P=(\w+)\)", rf"(?P=r{index}_\1)", pattern)


SCANNER = re.compile(
    "(?=[" + re.escape(FIRST_CHARACTERS) + "])(?:"
    + "|".join(f"(?P<R{i}>{_renamed(i, rule.pattern.pattern)})" for i, rule in enumerate(RULES))
    + ")"
)


@attrs.frozen
class Found:
    """One recognised expression: offsets, the rule that produced it and what it means."""

    start: int
    end: int
    rule: str
    resolved: Resolved


def fold(text: str) -> str:
    """Text with traditional characters and full-width digits folded, same length as the input."""
    return text.translate(FOLD_TABLE)


def scan(text: str, reference: _dt.date, prefer: str | None) -> list[Found]:
    """Every expression of `text`, left to right, non-overlapping, anaphora resolved in order."""
    folded = fold(text)
    ctx = Context(folded, reference, prefer)
    found: list[Found] = []
    position = 0
    length = len(folded)
    while position < length:
        candidate = SCANNER.search(folded, position)
        if candidate is None:
            break
        start = candidate.start()
        hit = _resolve_at(folded, start, int((candidate.lastgroup or "R0")[1:]), ctx)
        if hit is None:
            position = start + 1
            continue
        found.append(hit)
        if hit.resolved.start is not None and hit.resolved.kind in ANTECEDENT_KINDS:
            ctx.previous = hit.resolved
        position = hit.end
    return found


def _resolve_at(text: str, start: int, first_rule: int, ctx: Context) -> Found | None:
    """The first rule from `first_rule` on that matches at `start` and resolves."""
    for rule in RULES[first_rule:]:
        m = rule.pattern.match(text, start)
        if m is None or m.end() == start:
            continue
        resolved = rule.resolve(m, ctx.at(start, m.end()))
        if resolved is not None:
            return Found(start, m.end(), rule.name, resolved)
    return None
