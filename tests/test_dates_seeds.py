"""The date engine on the five real seed articles (seeds/, reference dates from manifest.json).

Two checks: `extract` runs over every sentence of every article (split on 。！？ and line
breaks) without raising and with offsets that point at the surface; and the hand-checked
expectations of `tests/corpus/seed_dates.tsv` (header `file  expr  occurrence  start  end  grain
note`) hold when the WHOLE article is extracted at once, so that anaphora (同年, 次年…) can see
the earlier mentions. `occurrence` is 1-based: the Nth place where `expr` occurs in the article
text, which must be extracted there (so a missed earlier mention fails its row instead of
silently shifting the check onto the next one). A note starting with `xfail:` marks a known gap
(strict xfail).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest
from corpus_tsv import read_tsv

from timeline import dates

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
SEED_EXPECTATIONS = Path(__file__).parent / "corpus" / "seed_dates.tsv"
HEADER = ["file", "expr", "occurrence", "start", "end", "grain", "note"]
GRAINS = {"day", "week", "xun", "month", "quarter", "half", "season", "year", "multi-year"}
SENTENCE_END = re.compile(r"[。！？\n]")
XFAIL_PREFIX = "xfail:"
MIN_SEED_ROWS = 50


class SeedRow(NamedTuple):
    """One hand-checked expression of a seed article."""

    where: str
    file: str
    expr: str
    occurrence: str
    start: str
    end: str
    grain: str
    note: str


def _reference_dates() -> dict[str, dt.date]:
    manifest = json.loads((SEEDS_DIR / "manifest.json").read_text(encoding="utf-8"))
    return {item["file"]: dt.date.fromisoformat(item["pub_date"]) for item in manifest["articles"]}


REFERENCES = _reference_dates()


@cache
def _article(name: str) -> str:
    return (SEEDS_DIR / name).read_text(encoding="utf-8")


@cache
def _extract_article(name: str) -> tuple[dates.TimeExpr, ...]:
    return tuple(dates.extract(_article(name), REFERENCES[name]))


def _load_rows() -> list[SeedRow]:
    return [SeedRow(where, *cells) for where, cells in read_tsv(SEED_EXPECTATIONS, HEADER)]


SEED_ROWS = _load_rows()


def _sentences(text: str) -> list[str]:
    return [piece for piece in SENTENCE_END.split(text) if piece.strip()]


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_every_sentence_extracts_with_exact_offsets(name: str) -> None:
    for sentence in _sentences(_article(name)):
        for expression in dates.extract(sentence, REFERENCES[name]):
            assert sentence[expression.start_char : expression.end_char] == expression.text, sentence
            if expression.start is not None and expression.end is not None:
                assert expression.start <= expression.end, (expression, sentence)


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_whole_article_offsets_are_exact_and_ordered(name: str) -> None:
    text = _article(name)
    found = _extract_article(name)
    for expression in found:
        assert text[expression.start_char : expression.end_char] == expression.text
    for left, right in itertools.pairwise(found):
        assert left.end_char <= right.start_char, f"{left.text!r} overlaps or follows {right.text!r}"


def _param(row: SeedRow) -> object:
    marks = []
    if row.note.startswith(XFAIL_PREFIX):
        marks.append(pytest.mark.xfail(strict=True, reason=row.note[len(XFAIL_PREFIX) :].strip()))
    return pytest.param(row, id=f"{row.where} {row.file[:3]} {row.expr}#{row.occurrence}", marks=marks)


def _nth_offset(text: str, expr: str, nth: int) -> int:
    """Where the `nth` (1-based) occurrence of `expr` starts in `text`, -1 when there are fewer."""
    at = -1
    for _ in range(nth):
        at = text.find(expr, at + 1)
        if at < 0:
            return -1
    return at


def test_nth_offset_counts_the_text_not_the_extractions() -> None:
    assert _nth_offset("1月5日，1月5日，1月", "1月", 3) == 10
    assert _nth_offset("1月5日", "1月", 2) == -1


@pytest.mark.parametrize("row", [_param(row) for row in SEED_ROWS])
def test_seed_expectation(row: SeedRow) -> None:
    wanted = int(row.occurrence)
    offset = _nth_offset(_article(row.file), row.expr, wanted)
    assert offset >= 0, f"{row.expr!r} occurs fewer than {wanted} times"
    found = [e for e in _extract_article(row.file) if e.text == row.expr and e.start_char == offset]
    surfaces = [(e.text, e.start_char) for e in _extract_article(row.file) if row.expr in e.text]
    assert found, f"{row.expr!r} #{wanted} (at {offset}) not extracted there; extracted: {surfaces}"
    chosen = found[0]
    got = (chosen.start, chosen.end, chosen.grain)
    expected = (dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end), row.grain)
    assert got == expected, f"{row.expr!r} #{wanted} ({chosen.rule})"


def test_seed_expectations_are_well_formed() -> None:
    assert len(SEED_ROWS) >= MIN_SEED_ROWS, f"only {len(SEED_ROWS)} seed rows"
    problems = []
    for row in SEED_ROWS:
        if row.file not in REFERENCES:
            problems.append(f"{row.where}: unknown seed file {row.file!r}")
            continue
        if not row.occurrence.isdigit() or int(row.occurrence) < 1:
            problems.append(f"{row.where}: occurrence must be a positive integer")
        elif _article(row.file).count(row.expr) < int(row.occurrence):
            problems.append(f"{row.where}: {row.expr!r} occurs fewer than {row.occurrence} times")
        try:
            start, end = dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end)
        except ValueError as error:
            problems.append(f"{row.where}: {error}")
            continue
        if start > end or row.grain not in GRAINS:
            problems.append(f"{row.where}: bad interval or grain")
    assert not problems, "\n".join(problems)
