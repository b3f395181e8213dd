"""The trie of a word list matches what the list joined longest first matches, offset by offset
(also when what follows in a pattern makes the longest word fail)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._regex import alternation, alternation_source, first_apart, head_class, past_digits, run_at_end

_WORDS = st.lists(st.text(alphabet="重庆市区成都a.+(", min_size=1, max_size=4), min_size=1, max_size=12)
_TEXT = st.text(alphabet="重庆市区成都a.+(x", max_size=40)


def _joined(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=300, derandomize=True, database=None)
@given(words=_WORDS, text=_TEXT)
def test_trie_matches_the_joined_list(words: list[str], text: str) -> None:
    joined, trie = re.compile(_joined(words)), alternation(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in joined.finditer(text)]
    for at in range(len(text)):
        found, expected = trie.match(text, at), joined.match(text, at)
        assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=200, derandomize=True, database=None)
@given(words=_WORDS, text=_TEXT)
def test_trie_backs_off_to_a_shorter_word_like_the_joined_list(words: list[str], text: str) -> None:
    joined = re.compile(f"(?:{_joined(words)})x")
    trie = re.compile(f"(?:{alternation_source(words)})x")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in joined.finditer(text)]


@settings(max_examples=300, derandomize=True, database=None)
@given(words=_WORDS, text=_TEXT)
def test_a_run_at_the_end_matches_like_the_joined_list(words: list[str], text: str) -> None:
    joined = re.compile(f"(?:{_joined(words)})+$")
    found, expected = run_at_end(words).search(text), joined.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert run_at_end(words).sub("", text) == joined.sub("", text)


@settings(max_examples=300, derandomize=True, database=None)
@given(text=st.text(alphabet="0１2年月份日号度x", max_size=40))
def test_a_class_with_its_first_character_apart_matches_like_the_repeat(text: str) -> None:
    source = "[0-9０-９]+(?:年(?!度)|月份|月|日|号)"
    plain, apart = re.compile(source), re.compile(first_apart(source))
    assert [m.span() for m in apart.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, derandomize=True, database=None)
@given(text=st.text(alphabet="0１2一个家年月份日号度第x", max_size=40))
def test_a_text_without_the_head_class_matches_none_of_its_patterns(text: str) -> None:
    patterns = [re.compile("[0-9０-９一]+(?:个|家)"), re.compile("[0-9０-９]+(?:年(?!度)|月份|月|日|号)")]
    if head_class(*patterns).search(text) is None:
        assert not any(pattern.search(text) for pattern in patterns)
    assert head_class(*patterns).search("第x度") is None


def test_head_class_refuses_patterns_opening_anywhere() -> None:
    with pytest.raises(ValueError):
        head_class(re.compile("[^，]+年"))


@pytest.mark.parametrize("source", ["年[0-9]+", "[0-9]*年", "[\\]]+"])
def test_first_apart_refuses_a_pattern_opening_otherwise(source: str) -> None:
    with pytest.raises(ValueError):
        first_apart(source)


def test_longest_word_first() -> None:
    assert alternation(["重庆", "重庆市", "成都"]).match("重庆市区").group() == "重庆市"


def test_past_digits_reads_what_follows_a_run_of_digits() -> None:
    years_and_months = re.compile(r"(?<!\d)\d{4}[ 　]?年|\d{1,2}(?:月|个月)")
    assert past_digits(years_and_months) == {" ", "　", "年", "月", "个"}
    assert past_digits(re.compile(r"第\d+期")) == frozenset()  # no match opens with a digit
    assert past_digits(re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])")) == {""}  # ends in the run
    assert past_digits(re.compile(r"\d[^年]")) is None  # a negated class: unbounded
    assert past_digits(re.compile(r"\d+[a-c]", re.IGNORECASE)) is None


@settings(max_examples=300, derandomize=True, database=None)
@given(
    pattern=st.sampled_from(
        [r"\d{2,4}年", r"\d+(?:\.\d+)?[亿万]元", r"[0-9一二]+月|\d号", r"\d{1,3}(?:个)?[月天]", r"\d{4}"]
    ),
    text=st.text(alphabet="0123456789年月号亿万元.个天一二", max_size=12),
)
def test_a_match_at_a_number_has_what_past_digits_allows_after_its_run(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.ASCII)
    allowed = past_digits(compiled)
    assert allowed is not None
    for at in range(len(text)):
        if text[at].isdigit() and compiled.match(text, at) is not None:
            run_end = re.compile("[0-9]*").match(text, at).end()
            assert "" in allowed or text[run_end : run_end + 1] in allowed
