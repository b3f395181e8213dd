"""The development tool that says which stage of the extractor drops a clause
(`benchmarks/why_no_event.py`) names the stage that does."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest
from benchmark_scripts import load_benchmark

from timeline.events import Article


def _tool() -> ModuleType:
    return load_benchmark("why_no_event.py", "why_no_event")


@pytest.mark.parametrize(
    ("text", "evidence", "stage"),
    [
        ("2024年3月5日，重庆实验室正式揭牌成立。", "重庆实验室正式揭牌成立", "event added"),
        ("今天天气很好，大家都出门散步。", "大家都出门散步", "sentence quiet"),
        ("重庆东站项目尚未开工，工人已进场。", "重庆东站项目尚未开工", "near.endswith(vocab.NEGATIONS)"),
        ("这是一段正文。", "不在文中的证据", "evidence not in the cleaned text"),
        # a condition a refuser returns whole, after its `if` blocks (attendance, as in real 172), is
        # the refusal, not the `if` before it (who chaired a ceremony); people attend, while 172's
        # own 46个项目参加集中签约 is the batch signed since cf1cd36
        (
            "4月18日，德阳市46家企业负责人参加集中签约。",
            "德阳市46家企业负责人参加集中签约",
            "vocab.ATTENDANCE_WORDS",
        ),
    ],
)
def test_the_stage_that_decides_is_named(text: str, evidence: str, stage: str) -> None:
    tool = _tool()
    watch = tool.explain(Article(text, "2024-03-06"), evidence)
    assert stage in tool.stage(watch), watch.log
    assert sys.gettrace() is None  # the trace is taken off again
