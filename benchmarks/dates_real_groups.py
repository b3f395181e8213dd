"""Failing rows of the real news date set grouped by mechanism, with the size of each group.

    python benchmarks/dates_real_groups.py [-v]

A row fails when it is not exact (`benchmarks/dates_real.py`) or is a look-alike that got a date.
Its mechanism is found from the words of its xfail reason and note (the first group whose
pattern matches; `other` when none does), so that the largest groups of one cause are fixed
first. `-v` lists the rows of each group.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dates_real

GROUPS: tuple[tuple[str, str], ...] = (
    ("fiscal periods", r"fiscal|財年|财年|FY"),
    (
        "year told in another sentence / narration on a written year",
        r"another sentence|earlier sentence|sentence before|told later|told in|next line|narration|"
        r"narrated|quoted 1986|同年同月|heading|年末 in a review|anchored on",
    ),
    (
        "coming date beyond the 7-day grace / next year's schedule",
        r"7-day grace|next year's holiday|schedule page|forward cue|coming",
    ),
    (
        "general statement / definition (look-alike)",
        r"general|definition|defined|rules for|in rules|in a rule|custom|any year|simile|mood|"
        r"figurative|category|generic|activity",
    ),
    ("lunar day read as Gregorian / lunar gaps", r"lunar|Mid-Autumn|社日|干支"),
    ("year written without 年 / two-digit year alone", r"without 年|two-digit|four-digit year"),
    ("years before 1000 / 民國 years", r"before 1000|民國"),
    ("blanks / pinyin glosses inside words", r"blank|pinyin"),
    (
        "parts with no rule (初/末 of a decade, century, quarter; 前N年; holiday parts)",
        r"初|末|前N|last day|first day|最后一天|前兩年",
    ),
    ("weekday readings", r"weekday|周末|周四五"),
    ("grain of 未来一周", r"grain week"),
)


def _group(words: str) -> str:
    return next((name for name, pattern in GROUPS if re.search(pattern, words)), "other")


def groups() -> dict[str, list[str]]:
    """Mechanism -> the failing rows (outcome, place, reason)."""
    pages, expected, lookalikes = dates_real.load()
    finds = {page_id: dates_real.timeline_finds(page) for page_id, page in pages.items()}
    found: dict[str, list[str]] = defaultdict(list)
    for row in expected:
        outcome = dates_real.classify(row, finds[row.page])
        if outcome != "exact":
            found[_group(f"{row.xfail} {row.note} {row.expr}")].append(
                f"{outcome}: {row.where} | {row.xfail or row.note}"
            )
    for lookalike in lookalikes:
        if dates_real.is_dated(lookalike, finds[lookalike.page]):
            found[_group(f"{lookalike.xfail} {lookalike.note}")].append(
                f"look-alike dated: {lookalike.where} | {lookalike.xfail or lookalike.note}"
            )
    return found


def main() -> None:
    for name, rows in sorted(groups().items(), key=lambda item: -len(item[1])):
        print(f"{len(rows):4d}  {name}")
        if "-v" in sys.argv:
            for row in rows:
                print("        " + row)


if __name__ == "__main__":
    main()
