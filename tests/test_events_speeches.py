"""Speeches (`timeline/_events/speeches.py`): an act a speaker tells is a milestone only when it is
dated, under way or told as done; an undated bare act in a speech is its aim, frame or summary.

Rows from the real articles (file named in the id) and invented variants; every expected value
was worked out by reading the sentence against the annotation README (speeches are no
milestones; dates, statuses).
"""

from __future__ import annotations

import pytest
from extracted import event_triples as _events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated act with no mark of being done, in a speech: no milestone
        pytest.param(
            "贵州省工业和信息化厅副厅长敖鸿在开工仪式上表示，对以上开工的重大项目，工信厅将与当地一道共同抓好"
            "项目跟踪调度服务，切实推进项目尽快落地，实现投产达产，为全省工业经济稳步增长提供有力支撑。",
            [],
            id="表示-an-aim-207",
        ),
        pytest.param(
            "邓秀新在讲话中指出，吉林研究院自成立以来，聚焦吉林发展关键领域开展战略咨询研究。",
            [],
            id="指出-a-frame-064",
        ),
        pytest.param("市长张三强调，要让更多优质企业在园区落户投产。", [], id="强调-an-aim"),
        pytest.param("他说：“我们将在这里组建研发中心。”", [], id="说-a-plan-in-a-quote"),
        # dated, under way or told as done: the act is reported
        pytest.param(
            "碧桂园集团董事局主席杨国强称，博智林机器人谷主攻的机器人餐厅项目已经开工建设。",
            [("construction", "occurred", None)],
            id="称-已经-done-176",
        ),
        pytest.param(
            "施工单位负责人说，宜宾港三期项目计划9月建成投产，工期很紧。",
            [("production", "planned", "2025-09")],
            id="说-dated-208",
        ),
        pytest.param(
            "工程部主任程学俊说：“加查水电站目前正处于建设高峰期，总体工程进度已完成80%。”",
            [("construction", "ongoing", None)],
            id="说-under-way-069",
        ),
        pytest.param(
            "市长张三表示，宜宾港三期正式投产。", [("production", "occurred", None)], id="表示-正式"
        ),
        # no speaker: an undated act is reported as before
        pytest.param("宜宾港三期项目开工。", [("construction", "occurred", None)], id="no-speech"),
        # 据介绍 gives a source of facts, no speech
        pytest.param(
            "据介绍，宜宾港三期项目开工建设，计划年底建成。",
            [("construction", "occurred", None), ("construction", "planned", "2025")],
            id="据介绍-a-source",
        ),
    ],
)
def test_an_undated_bare_act_in_a_speech_is_no_milestone(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected
