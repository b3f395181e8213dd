"""The date benchmark's own logic: how peers' answers become intervals, and how rows are scored.

The benchmark (`benchmarks/dates.py`, adapters in `benchmarks/_peers.py`) is only fair if these
mappings are right, so they are checked here by hand against what each peer's documentation says
it returns. No peer library is needed: the mappings are pure functions.
"""

from __future__ import annotations

import datetime as dt

import pytest
from benchmark_scripts import load_benchmark

peers = load_benchmark("_peers.py", "_peers")
bench = load_benchmark("dates.py", "benchmark_dates")

REFERENCE = dt.date(2024, 3, 5)
D = dt.date


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        # a month: jionlp closes the last day at 23:59:59
        (
            {"type": "time_span", "time": ["2023-12-01 00:00:00", "2023-12-31 23:59:59"]},
            (D(2023, 12, 1), D(2023, 12, 31)),
        ),
        # a day with a time of day stays the whole day
        (
            {"type": "time_point", "time": ["2024-03-05 08:00:00", "2024-03-05 11:59:59"]},
            (D(2024, 3, 5), D(2024, 3, 5)),
        ),
        # "since 2021": open end after a past start ends on the reference date
        ({"type": "time_span", "time": ["2021-01-01 00:00:00", "inf"]}, (D(2021, 1, 1), REFERENCE)),
        # open end after a future start: no interval
        ({"type": "time_span", "time": ["2024-06-01 00:00:00", "inf"]}, (None, None)),
        # "before X": open start, no interval
        ({"type": "time_span", "time": ["-inf", "2024-09-30 23:59:59"]}, (None, None)),
        # durations and repeating sets are never placed
        ({"type": "time_delta", "time": {"month": 3}}, (None, None)),
        ({"type": "time_period", "time": {"delta": {"day": 7}}}, (None, None)),
    ],
)
def test_jionlp_details_map_to_inclusive_dates(
    detail: dict[str, object], expected: tuple[object, object]
) -> None:
    assert peers.JioNLPTool._interval(detail, REFERENCE) == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("day", (D(2025, 5, 10), D(2025, 5, 10))),
        ("time", (D(2025, 5, 10), D(2025, 5, 10))),
        # 2025-05-10 is a Saturday: its week runs Monday 5 to Sunday 11
        ("week", (D(2025, 5, 5), D(2025, 5, 11))),
        ("month", (D(2025, 5, 1), D(2025, 5, 31))),
        ("year", (D(2025, 1, 1), D(2025, 12, 31))),
    ],
)
def test_dateparser_periods_map_to_whole_periods(period: str, expected: tuple[dt.date, dt.date]) -> None:
    assert peers.DateparserTool._interval(D(2025, 5, 10), period) == expected


def test_february_of_a_leap_year_ends_on_the_29th() -> None:
    assert peers.DateparserTool._interval(D(2024, 2, 10), "month") == (D(2024, 2, 1), D(2024, 2, 29))


def _found(lo: int, hi: int, start: dt.date | None, end: dt.date | None) -> object:
    return peers.Found("x" * (hi - lo), lo, hi, start, end)


def test_the_best_overlapping_find_must_match_exactly() -> None:
    december = (D(2023, 12, 1), D(2023, 12, 31))
    exact = _found(0, 5, *december)
    whole_year = _found(0, 5, D(2023, 1, 1), D(2023, 12, 31))
    one_day = _found(0, 5, D(2023, 12, 1), D(2023, 12, 1))
    assert bench.interval_right([whole_year, exact, one_day], (0, 5), *december)
    assert not bench.interval_right([whole_year, one_day], (0, 5), *december)


def test_a_right_interval_elsewhere_in_the_text_does_not_count() -> None:
    december = (D(2023, 12, 1), D(2023, 12, 31))
    assert not bench.interval_right([_found(10, 15, *december)], (0, 5), *december)
    assert bench.interval_right([_found(10, 15, *december)], None, *december)


def test_finds_without_an_interval_are_never_right() -> None:
    assert not bench.interval_right([_found(0, 3, None, None)], None, D(2024, 1, 1), D(2024, 1, 1))


def test_negative_rows_fail_only_on_a_dated_find_over_the_forbidden_text() -> None:
    row = bench.NegativeRow("t:2", "员工2025人，2025年投产", "2024-03-05", "2025人", "")
    year = (D(2025, 1, 1), D(2025, 12, 31))
    assert bench.negative_right(row, [_found(8, 13, *year)])  # 2025年, not the headcount
    assert bench.negative_right(row, [_found(2, 6, None, None)])  # recognised, but not dated
    assert not bench.negative_right(row, [_found(2, 6, *year)])


def test_negative_rows_with_nothing_forbidden_allow_no_date_at_all() -> None:
    row = bench.NegativeRow("t:3", "每年举办一次", "2024-03-05", "", "")
    assert bench.negative_right(row, [_found(0, 2, None, None)])
    assert not bench.negative_right(row, [_found(0, 2, D(2024, 1, 1), D(2024, 12, 31))])


def test_the_big_corpus_repeats_articles_with_their_own_reference_dates() -> None:
    first = bench.Article("a", "甲" * 10, D(2024, 1, 1))  # 30 UTF-8 bytes
    second = bench.Article("b", "b" * 10, D(2025, 1, 1))  # 10 bytes
    corpus = bench.repeat_articles([first, second], 75)
    assert [a.name for a in corpus] == ["a", "b", "a", "b"]  # 30, 40, 70, 80 >= 75
    assert [a.reference for a in corpus] == [D(2024, 1, 1), D(2025, 1, 1)] * 2
    assert bench.megabytes(corpus) == 80 / 1_000_000


def test_the_linearity_string_reaches_its_size() -> None:
    article = bench.Article("a", "甲" * 10, D(2024, 1, 1))
    text = bench.one_string([article], 100)
    assert len(text.encode("utf-8")) >= 100
    assert text == "\n".join(["甲" * 10] * 4)  # 4 x (30 + 1) >= 100


def test_seed_rows_are_located_as_the_corpus_defines_them() -> None:
    row = bench.SeedRow("s:2", "f.txt", "1月", 2, D(2024, 1, 1), D(2024, 1, 31))
    text = "11月发布，1月启动，1月验收"
    # timeline found 1月 at 6 and 11 (not inside 11月): the second is at 11
    timeline_found = [
        peers.Found("11月", 0, 3, D(2023, 11, 1), D(2023, 11, 30)),
        peers.Found("1月", 6, 8, D(2024, 1, 1), D(2024, 1, 31)),
        peers.Found("1月", 11, 13, D(2024, 1, 1), D(2024, 1, 31)),
    ]
    assert bench.seed_row_span(row, text, timeline_found) == (11, 13)
    # without timeline's finds, the 2nd textual occurrence (inside 11月 counts) stands in
    assert bench.seed_row_span(row, text, []) == (6, 8)
