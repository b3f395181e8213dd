"""Real news sentences, annotated by hand, against the date engine (tests/corpus/real_dates/).

Measurement that does not come from the people tuning the engine: sentences of public news pages
(many outlets and years), every date expression annotated with its surface, interval and grain
before the engine saw them, and look-alikes that must get no date. Each page's sentences are read
as one article against the page's reference date. Loading and scoring are shared with
`benchmarks/dates_real.py`, which prints the totals (exact / inexact / wrong date / missed /
look-alikes dated).

A row whose `xfail` column is not empty is a known gap: a strict xfail with that reason, so that
the row fails (XPASS) as soon as the engine gets it right and the note must go.
"""

from __future__ import annotations

from functools import cache

import pytest
from benchmark_scripts import load_benchmark

GRAINS = {"day", "week", "xun", "month", "quarter", "half", "season", "year", "multi-year"}
MIN_PAGES = 15
MIN_SENTENCES = 250


real = load_benchmark("dates_real.py", "benchmark_dates_real")
PAGES, EXPECTED, LOOKALIKES = real.load()


@cache
def _finds(page_id: str) -> list[object]:
    return real.timeline_finds(PAGES[page_id])  # type: ignore[no-any-return]


def _param(row: object) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=row.xfail)] if row.xfail else []  # type: ignore[attr-defined]
    return pytest.param(row, id=row.where, marks=marks)  # type: ignore[attr-defined]


def _describe(finds: list[object], lo: int, hi: int) -> str:
    near = [f for f in finds if f.start_char < hi + 4 and lo - 4 < f.end_char]  # type: ignore[attr-defined]
    return "; ".join(f"{f.text!r} {f.start}..{f.end} {f.grain}" for f in near) or "nothing"  # type: ignore[attr-defined]


@pytest.mark.parametrize("row", [_param(row) for row in EXPECTED])
def test_expression_is_exact(row: object) -> None:
    finds = _finds(row.page)  # type: ignore[attr-defined]
    outcome = real.classify(row, finds)
    assert outcome == "exact", (
        f"{outcome}: expected {row.surfaces} {row.start}..{row.end} {row.grain} "  # type: ignore[attr-defined]
        f"({row.note}); found: {_describe(finds, row.lo, row.hi)}"  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize("row", [_param(row) for row in LOOKALIKES])
def test_lookalike_gets_no_date(row: object) -> None:
    finds = _finds(row.page)  # type: ignore[attr-defined]
    lo, hi = row.spans[0]  # type: ignore[attr-defined]
    assert not real.is_dated(row, finds), f"dated: {_describe(finds, lo, hi)} ({row.note})"  # type: ignore[attr-defined]


def test_set_is_big_enough_and_well_formed() -> None:
    assert len(PAGES) >= MIN_PAGES
    assert sum(len(p.sentences) for p in PAGES.values()) >= MIN_SENTENCES
    assert len({p.url for p in PAGES.values()}) == len(PAGES), "one row per page"
    problems = [f"{row.where}: {row.start} after {row.end}" for row in EXPECTED if row.start > row.end] + [
        f"{row.where}: grain {row.grain!r}" for row in EXPECTED if row.grain not in GRAINS
    ]
    problems += [f"{page.id}: no sentence" for page in PAGES.values() if not page.sentences]
    assert not problems, "\n".join(problems)


def test_scoring_tells_the_outcomes_apart() -> None:
    """The classifier itself, on one hand-made row: exact, inexact, wrong date, missed."""
    page = PAGES[EXPECTED[0].page]
    row = EXPECTED[0]
    lo, hi = row.lo, row.hi
    exact = real.Find(row.expr, lo, hi, row.start, row.end, row.grain)
    coarser = real.Find(row.expr, lo, hi, row.start.replace(year=row.start.year - 1), row.end, "multi-year")
    moved = (row.start.replace(year=1990), row.end.replace(year=1990))
    elsewhere = real.Find(row.expr, lo, hi, *moved, row.grain)
    farther = real.Find("x", hi + 5, hi + 6, row.start, row.end, row.grain)
    assert page.text[row.lo : row.hi] == row.expr
    assert real.classify(row, [exact]) == "exact"
    assert real.classify(row, [coarser]) == "inexact"
    assert real.classify(row, [elsewhere]) == "wrong date"
    assert real.classify(row, []) == "missed"
    assert real.classify(row, [farther]) == "missed"
