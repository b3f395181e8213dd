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
from timeline._dates.rules import FIRST_CHARACTERS, RULES, join_range

FOLD_TABLE = str.maketrans(dict(vocab.FOLD_PAIRS))
ANTECEDENT_KINDS = ("date", "range")
RANGE_SEPARATOR = re.compile(r"\s*(?:" + "|".join(map(re.escape, vocab.RANGE_SEPARATORS)) + r")\s*")
RANGE_SUFFIX = re.compile("|".join(map(re.escape, vocab.RANGE_SUFFIXES)))
UNTIL_NOW = re.compile("|".join(map(re.escape, vocab.UNTIL_NOW_WORDS)))


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
        hit, matched_end = _resolve_at(folded, start, int((candidate.lastgroup or "R0")[1:]), ctx)
        if hit is None:
            # an impossible date (2月30日) is skipped whole, so no part of it becomes a date
            position = max(matched_end, start + 1)
            continue
        hit = _extend_to_range(folded, hit, ctx)
        found.append(hit)
        if hit.resolved.start is not None and hit.resolved.kind in ANTECEDENT_KINDS:
            ctx.previous = hit.resolved
        position = hit.end
    return found


def _extend_to_range(text: str, left: Found, ctx: Context) -> Found:
    """A至B, A—B, A到B期间, A至今: one range expression when a date follows a separator."""
    res = left.resolved
    if res.start is None or res.kind != "date" or res.mod is not None:
        return left
    until_now = UNTIL_NOW.match(text, left.end)
    if until_now is not None:
        if res.start > ctx.reference:
            return left
        since = attrs.evolve(
            res, end=ctx.reference, kind="range", mod="SINCE",
            value=f"{res.value}/{ctx.reference.isoformat()}",
        )
        return Found(left.start, until_now.end(), left.rule, since)
    separator = RANGE_SEPARATOR.match(text, left.end)
    if separator is None:
        return left
    right_start = separator.end()
    candidate = SCANNER.match(text, right_start)
    if candidate is None:
        return left
    right_ctx = ctx.for_right_end(res, right_start, right_start)
    first = int((candidate.lastgroup or "R0")[1:])
    right, _ = _resolve_at(text, right_start, first, right_ctx, singles_only=True)
    if right is None or right.resolved.kind != "date" or right.resolved.mod is not None:
        return left
    joined = join_range(res, right.resolved)
    if joined is None:
        return left
    suffix = RANGE_SUFFIX.match(text, right.end)
    end = suffix.end() if suffix is not None else right.end
    return Found(left.start, end, "range", joined)


def _resolve_at(
    text: str, start: int, first_rule: int, ctx: Context, *, singles_only: bool = False
) -> tuple[Found | None, int]:
    """The first rule from `first_rule` on that matches at `start` and resolves.

    With no such rule, also returns the end of the longest single-date match that failed to
    resolve, so the caller can skip it whole.
    """
    matched_end = start
    for rule in RULES[first_rule:]:
        if singles_only and rule.is_range:
            continue
        m = rule.pattern.match(text, start)
        if m is None or m.end() == start:
            continue
        resolved = rule.resolve(m, ctx.at(start, m.end()))
        if resolved is not None:
            return Found(start, m.end(), rule.name, resolved), m.end()
        if not rule.is_range:
            matched_end = max(matched_end, m.end())
    return None, matched_end
