"""The guards of the scanner's joined alternation (`timeline._dates.guards`): the characters a
rule's every match holds near its start, read from its pattern, and never a guard that refuses
a match of its rule."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._dates.guards import MAX_REACH, guard, required_ahead

DIGITS = "0123456789"


@pytest.mark.parametrize(
    ("pattern", "weak", "chars", "reach"),
    [
        (r"\d{1,2}月(?:至|到)\d{1,2}日", DIGITS + "月日", "到至", 3),  # the separator, after 2 digits and 月
        (r"(?:上|下)半年", "", "上下", 0),
        (r"(?:上|下)半年", "上下", "半", 1),  # the first item outside the weak characters
        (r"[一二三四]季度", "一二三四", "季", 1),
        (r"(?:19|20)\d\d年(?:Q|第[一二]季)", DIGITS + "年", "Q第", 5),  # every branch holds one
        (r"(?=\d)\d{4}年", DIGITS + "年", None, None),  # only weak characters
        (r"\d{1,2}(?:日)?至", DIGITS, "至", 3),  # an optional item is not required: the next one is
        (r"(?:至)?\d{1,2}日", DIGITS + "日", None, None),
        (r"\d+\s*至", DIGITS, None, None),  # how far 至 stands is unbounded
        (r"[^年]{0,30}季", "", None, None),  # 季 may stand beyond MAX_REACH
        (r"(?:年|Q)季", "年", "季", 1),  # a branch with a weak character is no guard
        (r"(?i)q\d", "", None, None),  # a pattern ignoring case
    ],
)
def test_required_ahead_reads_the_first_required_characters(pattern, weak, chars, reach) -> None:
    found = required_ahead(re.compile(pattern), weak)
    if chars is None:
        assert found is None
    else:
        assert found == (frozenset(chars), reach)


def test_the_guard_looks_as_far_as_the_required_characters_may_stand() -> None:
    separated = guard(re.compile(r"\d{1,2}月(?:至|到)\d{1,2}日"), DIGITS + "月日")
    assert re.match(separated, "12月至15日")
    assert re.match(separated, "1月到5日")
    assert not re.match(separated, "12月15日")
    assert not re.match(separated, "12月15日至16日")  # 至 beyond offset 3: the pattern cannot match
    assert guard(re.compile(r"\d{4}年"), DIGITS + "年") == ""
    assert MAX_REACH >= 16  # the keys of the rules (rules.KEY_WINDOW) reach as far


PIECES = st.lists(
    st.sampled_from(
        ["2025年", "3月", "12月", "5日", "号", "至", "到", "—", "-", "~", "今年", "上半年", "一季度",
         "Q3", "第二", "春节", "前", "以来", "，", " ", "\n", "每年", "近", "星期三", "年底", "农历"]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=PIECES)
def test_a_rule_matching_anywhere_passes_its_guard(text) -> None:
    """Wherever a date rule matches, its guard in the joined alternation matches too: the
    alternation finds the same first rule with or without guards."""
    from timeline._dates.engine import _READINGS
    from timeline._dates.rules import RULES

    for rule, reading in zip(RULES, _READINGS, strict=True):
        if not reading.guard:
            continue
        rule_guard = re.compile(reading.guard)
        for start in range(len(text)):
            if rule.pattern.match(text, start) is not None:
                assert rule_guard.match(text, start) is not None, (rule.name, start)


def test_ranges_and_parts_are_guarded() -> None:
    """The guards that spare the most work at a year (2026年作为…) are there."""
    from timeline._dates.engine import _READINGS
    from timeline._dates.rules import RULES

    guarded = {rule.name for rule, reading in zip(RULES, _READINGS, strict=True) if reading.guard}
    assert {"numeric_range", "quarter", "half", "year_part", "month_part", "century"} <= guarded
    assert "calendar" not in guarded  # 2026年 alone: nothing but weak characters
