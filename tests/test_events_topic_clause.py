"""A clause that is only an amount told as an attribute and a name (…，总投资164亿元的青钢搬迁改造
项目，…): the works it names are what the clauses after it in the sentence tell about, when they
name no subject of their own (`subjects._attributed_topic`).

Rows are real phrasings (the article's number in the id) and invented variants of the same
shape; every expected value was worked out by reading the sentence against
`shared/spec/events.md` and the corpus README (a works act of the works named: its type from the
spec's table, its status from the clause's cue).
"""

from __future__ import annotations

import pytest

from timeline.events import Article, extract


def _acts(text: str, pub: str) -> list[tuple[str, str, str | None]]:
    """The (type, status, subject name) of every event extracted from `text`."""
    events = extract(Article(text, pub)).events
    return [(e.type, e.status, e.subject.name if e.subject else None) for e in events]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "作为钢铁行业的产业链龙头项目，总投资164亿元的青钢搬迁改造项目，重点生产焊接系列用钢、"
            "汽车用钢帘线等制造业所需高端、高附加值钢材，目前主工序厂房土建及钢结构施工接近尾声，"
            "步入设备安装阶段，预计今年上半年将试车生产。",
            "2015-03-04",
            [
                ("construction", "ongoing", "青钢搬迁改造项目"),
                # the later stage entered is a stage of its own (gold 239-06)
                ("construction", "occurred", "青钢搬迁改造项目"),
                ("production", "planned", "青钢搬迁改造项目"),
            ],
            id="总投资…的X项目，…施工接近尾声，…将试车生产-239",
        ),
        pytest.param(
            "一個月前的今天，總投資40億元、總建筑面積55萬平方米的延吉萬達廣場項目，"
            "在歷時772天的施工建設后隆重開業。",
            "2016-10-09",
            [("opening", "occurred", "延吉万达广场项目")],
            id="總投資…、總建筑面積…的X項目，…開業-258",
        ),
        pytest.param(
            "其中，计划总投资800亿元的顺德碧桂园博智林机器人谷项目，将以机器人和智能制造业为主导，"
            "2019年12月建成投产。",
            "2019-03-01",
            [("production", "planned", "顺德碧桂园博智林机器人谷项目")],
            id="计划总投资…的X项目，…建成投产-176-variant",
        ),
        pytest.param(
            "作为石化产业链的关键项目，总投资27.8亿元的海晶化工搬迁项目，占地1000亩，"
            "2014年12月主体工程完工。",
            "2015-03-04",
            [("construction", "occurred", "海晶化工搬迁项目")],
            id="总投资…的X项目，占地…，…完工-239-variant",
        ),
    ],
)
def test_the_works_of_a_topic_clause_act_in_the_clauses_after_it(
    text: str, pub: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _acts(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the attribute names no thing: still no subject, no event
        pytest.param("总投资3亿元的项目，目前主体结构施工接近尾声。", "2015-03-04", [], id="no-name"),
        # attributed names listed before a clause naming its own subject (035): that subject
        pytest.param(
            "此次两江新区有投资70亿元的亚欧新能源汽车项目，投资50亿元的联想5G项目，"
            "投资20亿元的明天氢能燃料电池项目等12个项目开工。",
            "2019-06-01",
            [("construction", "occurred", "明天氢能燃料电池项目")],
            id="listed-then-own-subject-035",
        ),
    ],
)
def test_clauses_that_are_no_topic_clause_are_read_as_before(
    text: str, pub: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _acts(text, pub) == expected
