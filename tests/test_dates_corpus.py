"""The hand-checked date corpus: every row states what the contract (shared/spec/dates.md) says.

Positive rows live in `tests/corpus/dates/*.tsv`, one file per class of expression, with the
header `text  reference  start  end  grain  expr  note` (tab-separated):

- `text` is a phrase or a short news-style sentence, `reference` the ISO publication date;
- `start` / `end` are the expected inclusive interval, `grain` the expected grain;
- `expr` picks the expression the row is about: the first extracted expression whose surface
  is exactly `expr` (so the surface is checked too). When `expr` is empty the row is about the
  LAST expression with an interval in the text (anaphora rows put the anaphor last);
- `note` is free text. A note starting with `xfail:` marks a known gap of the engine: the row
  becomes `pytest.mark.xfail(strict=True)` with the rest of the note as the reason.

`parse` is checked too: on the rows of the context-free files (`CONTEXT_FREE_FILES`: the
expression alone, with the reference date, determines its interval) `parse(expr, reference)`
must give the same interval and grain as `extract`; and a negative text that yields no dated
expression must not parse to one either.

Negative rows live in `tests/corpus/negative_dates.tsv` with the header
`text  reference  forbidden  note`: no expression with an interval may overlap any occurrence of
`forbidden` in `text`; an empty `forbidden` means the whole text yields no dated expression.
Durations and sets may be returned, but only without an interval.

Conventions where the contract names the interval but not the grain (decided here, written in
the rows' notes too): 年初/年中/年底 keep the grain `year` and 月初/月中/月底 the grain `month`
(the mod carries the part); a range takes the grain of its ends; `X以来`, `X前` and `截至X` take
X's grain; `N年来`, `近N年`, 近年来 and five-year plans are `multi-year`; 近日-like fuzzy words
are `day` (their unit); `前N个月` is `month` and `前三季度` is `quarter`.
"""

from __future__ import annotations

import datetime as dt

import pytest
from corpus_tsv import NegativeRow, PositiveRow, load_negative_rows, load_positive_rows

from timeline import dates

GRAINS = {"day", "week", "xun", "month", "quarter", "half", "season", "year", "multi-year"}
XFAIL_PREFIX = "xfail:"
MIN_POSITIVE_ROWS = 400
MIN_NEGATIVE_ROWS = 60
CONTEXT_FREE_FILES = ("written.tsv", "deictic.tsv", "traditional.tsv", "weekdays.tsv")
# Files whose whole `text` is one expression with its affixes (从…, …左右, …节): parse takes it.
WHOLE_TEXT_FILES = ("wrapped.tsv",)


def _as_param(row: PositiveRow | NegativeRow) -> object:
    marks = []
    if row.note.startswith(XFAIL_PREFIX):
        reason = row.note[len(XFAIL_PREFIX) :].strip() or "known gap"
        marks.append(pytest.mark.xfail(strict=True, reason=reason))
    return pytest.param(row, id=f"{row.where} {row.text}", marks=marks)


POSITIVE_ROWS = load_positive_rows()
NEGATIVE_ROWS = load_negative_rows()


def _describe(found: list[dates.TimeExpr]) -> str:
    return "; ".join(f"{e.text!r}@{e.start_char} {e.start}..{e.end} {e.grain} ({e.rule})" for e in found)


def _pick(row: PositiveRow, found: list[dates.TimeExpr]) -> dates.TimeExpr:
    """The expression a positive row is about (see the module docstring)."""
    if row.expr:
        matching = [e for e in found if e.text == row.expr]
        assert matching, f"no expression {row.expr!r} in {row.text!r}; found: {_describe(found)}"
        return matching[0]
    dated = [e for e in found if e.has_interval]
    assert dated, f"no dated expression in {row.text!r}; found: {_describe(found)}"
    return dated[-1]


@pytest.mark.parametrize("row", [_as_param(row) for row in POSITIVE_ROWS])
def test_positive_row(row: PositiveRow) -> None:
    found = dates.extract(row.text, dt.date.fromisoformat(row.reference))
    chosen = _pick(row, found)
    assert row.text[chosen.start_char : chosen.end_char] == chosen.text
    got = (chosen.start, chosen.end, chosen.grain)
    expected = (dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end), row.grain)
    assert got == expected, f"{chosen.text!r} ({chosen.rule}); all found: {_describe(found)}"


def _assert_parses_to_row(phrase: str, row: PositiveRow) -> None:
    """`parse(phrase)` against the row's reference gives the row's interval and grain."""
    parsed = dates.parse(phrase, dt.date.fromisoformat(row.reference))
    assert parsed is not None, f"parse({phrase!r}) returned None"
    expected = (dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end), row.grain)
    assert (parsed.start, parsed.end, parsed.grain) == expected, f"{phrase!r} ({parsed.rule})"


PARSE_ROWS = [row for row in POSITIVE_ROWS if row.expr and row.where.split(":")[0] in CONTEXT_FREE_FILES]


@pytest.mark.parametrize("row", [_as_param(row) for row in PARSE_ROWS])
def test_parse_agrees_on_context_free_rows(row: PositiveRow) -> None:
    _assert_parses_to_row(row.expr, row)


WHOLE_TEXT_ROWS = [row for row in POSITIVE_ROWS if row.where.split(":")[0] in WHOLE_TEXT_FILES]


@pytest.mark.parametrize("row", [_as_param(row) for row in WHOLE_TEXT_ROWS])
def test_parse_takes_what_extract_takes(row: PositiveRow) -> None:
    _assert_parses_to_row(row.text, row)


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


@pytest.mark.parametrize("row", [_as_param(row) for row in NEGATIVE_ROWS])
def test_negative_row(row: NegativeRow) -> None:
    found = dates.extract(row.text, dt.date.fromisoformat(row.reference))
    for expression in found:
        if expression.kind in ("duration", "set"):
            assert not expression.has_interval, f"{expression.text!r} is a {expression.kind} with an interval"
    dated = [e for e in found if e.has_interval]
    if not row.forbidden:
        assert not dated, f"expected no dated expression, found: {_describe(dated)}"
        return
    for lo, hi in _spans(row.text, row.forbidden):
        overlapping = [e for e in dated if e.start_char < hi and lo < e.end_char]
        assert not overlapping, f"{row.forbidden!r} became a date: {_describe(overlapping)}"


@pytest.mark.parametrize("row", [_as_param(row) for row in NEGATIVE_ROWS if not row.forbidden])
def test_negative_text_does_not_parse_to_a_date(row: NegativeRow) -> None:
    parsed = dates.parse(row.text, dt.date.fromisoformat(row.reference))
    assert parsed is None or not parsed.has_interval, f"{row.text!r} parsed as {parsed}"


def test_corpus_is_big_enough_and_well_formed() -> None:
    assert len(POSITIVE_ROWS) >= MIN_POSITIVE_ROWS, f"only {len(POSITIVE_ROWS)} positive rows"
    assert len(NEGATIVE_ROWS) >= MIN_NEGATIVE_ROWS, f"only {len(NEGATIVE_ROWS)} negative rows"
    problems = []
    for row in POSITIVE_ROWS:
        try:
            dt.date.fromisoformat(row.reference)
            start, end = dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end)
        except ValueError as error:
            problems.append(f"{row.where}: {error}")
            continue
        if start > end:
            problems.append(f"{row.where}: start {start} after end {end}")
        if row.grain not in GRAINS:
            problems.append(f"{row.where}: unknown grain {row.grain!r}")
        if not row.text.strip():
            problems.append(f"{row.where}: empty text")
        if row.expr and row.expr not in row.text:
            problems.append(f"{row.where}: expr {row.expr!r} is not in the text")
    for negative in NEGATIVE_ROWS:
        try:
            dt.date.fromisoformat(negative.reference)
        except ValueError as error:
            problems.append(f"{negative.where}: {error}")
        if negative.forbidden and negative.forbidden not in negative.text:
            problems.append(f"{negative.where}: forbidden {negative.forbidden!r} is not in the text")
    assert not problems, "\n".join(problems)


def test_corpus_rows_are_unique() -> None:
    seen: dict[tuple[str, str, str], str] = {}
    duplicates = []
    for row in POSITIVE_ROWS:
        key = (row.text, row.reference, row.expr)
        if key in seen:
            duplicates.append(f"{row.where} repeats {seen[key]}")
        seen[key] = row.where
    assert not duplicates, "\n".join(duplicates)
