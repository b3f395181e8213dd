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


#: (id, text, canonical name, forms that must be its aliases, parts that must have it as owner)
SAME_ENTITY: list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "full-and-half-width",
        "西部（重庆）科学城去年正式启动建设。西部(重庆)科学城今年获批国家级平台。",
        "西部（重庆）科学城",
        ("西部(重庆)科学城",),
        (),
    ),
    (
        "without-leading-place",
        "2022年，重庆两江协同创新区正式揭牌。今年，两江协同创新区获批国家级平台。",
        "重庆两江协同创新区",
        ("两江协同创新区",),
        (),
    ),
    (
        "short-form-of-a-known-company",
        "重庆海辰储能科技有限公司建成全球首条长时储能专用电池产线。海辰储能表示，产线今年投产。",
        "重庆海辰储能科技有限公司",
        ("海辰储能",),
        (),
    ),
    (
        "short-form-cut-to-four-and-a-phased-project",
        "2023年5月，合肥长庐动力电池科技有限公司在长寿区注册成立。今年3月，长庐动力一期项目正式投产。",
        "合肥长庐动力电池科技有限公司",
        ("长庐动力",),
        ("长庐动力一期项目",),
    ),
    (
        "part-named-by-short-form-and-by-gongsi",
        "重庆禾康生物科技有限公司于2021年成立。今年6月，禾康生物二期生产线建成投用。去年，公司二期生产线开工建设。",
        "重庆禾康生物科技有限公司",
        ("禾康生物",),
        ("禾康生物二期生产线", "公司二期生产线"),
    ),
]


def _same_entity_rows() -> list[Any]:
    return [pytest.param(*row[1:], id=row[0]) for row in SAME_ENTITY]


@pytest.mark.parametrize(("text", "name", "aliases", "parts"), _same_entity_rows())
def test_one_entity_one_name(text: str, name: str, aliases: tuple[str, ...], parts: tuple[str, ...]) -> None:
    found = extract(Article(text, PUB))
    by_name = {entity.name: entity for entity in found.entities}
    assert name in by_name, sorted(by_name)
    assert set(aliases) <= set(by_name[name].aliases), by_name[name].aliases
    assert not set(aliases) & set(by_name), (
        f"aliases listed as entities of their own: {set(aliases) & set(by_name)}"
    )
    for part in parts:
        assert part in by_name and by_name[part].affiliation == name, by_name.get(part)
        owned = [
            event
            for event in found.events
            if event.subject is not None
            and event.subject.name == part
            and any(role.name == name and role.role == "owner" for role in event.entities)
        ]
        assert owned, f"no event of {part} links {name} as owner"


def test_identity_docstring_examples_hold() -> None:
    import doctest

    from timeline._events import identity

    failures, attempted = doctest.testmod(identity)
    assert failures == 0
    assert attempted > 0, "no example ran: this check could not fail"
