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
