"""Entity names and event subjects on phrasings met in real news (spec: "Entities of an event").

Each row is a sentence, the names the extraction must list (and, where given, the subject of
its first event) and names it must not list: categories, counts, money and fragments are never
entities; a name is not cut at a word that belongs to it. Rows the extractor does not meet yet
are strict xfails with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from timeline.events import Article, extract

PUB = "2024-09-30"

#: (id, text, names that must be entities, names that must not be, subject of the first event or None)
ROWS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str | None]] = [
    (
        "field-before-national-lab",
        "6月28日，超声医学工程国家重点实验室揭牌仪式在重庆医科大学举行。",
        ("超声医学工程国家重点实验室", "重庆医科大学"),
        ("国家重点实验室",),
        "超声医学工程国家重点实验室",
    ),
    (
        "two-national-labs-listed",
        "近日，山区桥梁及隧道工程国家重点实验室在重庆交通大学正式揭牌。",
        ("山区桥梁及隧道工程国家重点实验室", "重庆交通大学"),
        ("国家重点实验室",),
        "山区桥梁及隧道工程国家重点实验室",
    ),
    (
        "national-lab-category-alone",
        "我市现有国家重点实验室10个。",
        (),
        ("国家重点实验室",),
        None,
    ),
    (
        "building-named-after-a-college",
        "据了解，中国科大少年班学院楼计划于2025年启动建设。",
        ("中国科大少年班学院楼",),
        ("中国科大少年班学院",),
        "中国科大少年班学院楼",
    ),
]


def _rows() -> list[Any]:
    return [pytest.param(*row[1:], id=row[0]) for row in ROWS]


@pytest.mark.parametrize(("text", "present", "absent", "subject"), _rows())
def test_names_and_subject(
    text: str, present: tuple[str, ...], absent: tuple[str, ...], subject: str | None
) -> None:
    found = extract(Article(text, PUB))
    names = {entity.name for entity in found.entities}
    assert set(present) <= names, f"missing {set(present) - names}; found {sorted(names)}"
    assert not set(absent) & names, f"should not be entities: {set(absent) & names}"
    if subject is not None:
        assert found.events, "no event"
        first = found.events[0].subject
        assert first is not None and first.name == subject, f"subject {first}"
