"""Patterns searched over whole texts open with a class of their first characters, so that the
regex engine skips to them; a pattern opening with a look-back, an alternation of other things
or a repeat is tried at every offset. Each finds what its plainer form (kept here as the
reference) finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._events import cleanup, milestones, sentences, vocab
from timeline._events.dating import _MISPRINTED_DAY, _MONTH_DAY_RUN_TOGETHER
from timeline.model import CONTROL_CHARACTERS

_TONES = vocab.PINYIN_TONE_VOWELS
_HAN = vocab.INNER_BLANK_BETWEEN

#: (rewritten pattern, its plainer form, the characters texts are drawn from)
_PAIRS = [
    (
        cleanup._INNER_BLANK,
        re.compile(rf"(?<=[{_HAN}])[ \u3000\xa0]+(?=[{_HAN}])"),
        "重庆 \u3000\xa0a1",
    ),
    (
        cleanup._DROPPED,
        re.compile(
            rf"(?<=[{_HAN}])[(（](?=[a-zü{_TONES}]*[{_TONES}])[a-zü{_TONES}]{{1,6}}[)）]|{CONTROL_CHARACTERS}"
        ),
        "重點(（)）diǎnàü\x07\x9fa",
    ),
    (
        sentences._MARKS,
        re.compile(
            vocab.ELLIPSIS
            + "|["
            + re.escape(sentences._MARK_CHARACTERS)
            + "]"
        ),
        "…，。“”（）字a",
    ),
    (
        _MISPRINTED_DAY,
        re.compile(r"(?<![0-9０-９.．])[0-9０-９]{3,4}[日号](?![0-9０-９])"),
        "0123１２.．日号年",
    ),
    (
        _MONTH_DAY_RUN_TOGETHER,
        re.compile(
            r"(?<![0-9０-９.．])(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12][0-9]|3[01])[日号](?![0-9０-９])"
        ),
        "0123９.日号",
    ),
    (
        milestones._NUMERAL_RUN,
        re.compile(f"[{vocab.NUMERAL_CHARACTERS}]{{{milestones.LONGEST_NUMERAL_RUN + 1}}}"),
        "1一.",
    ),
]


@settings(max_examples=400, derandomize=True, database=None)
@given(data=st.data())
def test_a_scan_pattern_finds_what_its_plainer_form_finds(data: st.DataObject) -> None:
    for pattern, plainer, alphabet in _PAIRS:
        longest = 200 if pattern is milestones._NUMERAL_RUN else 14
        text = data.draw(st.text(alphabet=alphabet, max_size=longest))
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plainer.finditer(text)], pattern.pattern


@settings(max_examples=300, derandomize=True, database=None)
@given(body=st.text(alphabet="重庆。”记者张三 \u3000，", max_size=30))
def test_a_trailing_credit_starts_where_its_plainer_form_starts(body: str) -> None:
    plainer = re.compile(
        r"(?<=[" + re.escape(vocab.SENTENCE_END + vocab.CLOSERS) + r"])"
        r"[^。！？，]{0,16}(?:" + "|".join(vocab.BYLINE_MARKS) + r")[ \u3000]*[\u4e00-\u9fff]{2,4}$"
    )
    found, expected = cleanup._TRAILING_BYLINE.search(body), plainer.search(body)
    assert (found and found.span("credit")) == (expected and expected.span())


def _opens_with_a_class(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern's first item, inside its named groups, is a class."""
    source = pattern.pattern
    while source.startswith("(?P<"):
        source = source[source.index(">") + 1 :]
    return source.startswith("[")


def test_scan_patterns_open_with_a_class() -> None:
    """The regex engine skips text only for a pattern opening with a literal or a class."""
    for pattern, _, _ in _PAIRS:
        assert _opens_with_a_class(pattern), pattern.pattern
    assert _opens_with_a_class(cleanup._TRAILING_BYLINE)
