"""Summaries say what happened (`timeline._events.summary`; spec: "The summary says what
happened…"): a trigger clause that is only a speech verb runs on to what was announced, within
about 60 characters cut at a clause boundary; the source offsets always give the summary back.
"""

from __future__ import annotations

import re

import pytest

from timeline.events import Article, extract

_BREAKS = re.compile(r"[ \t\u3000]*\n\s*")


@pytest.mark.parametrize(
    ("text", "trigger", "summary"),
    [
        pytest.param(
            "2025年12月20日，长安汽车宣布，年销量突破100万辆。",
            "宣布",
            "长安汽车宣布，年销量突破100万辆",
            id="宣布-runs-on",
        ),
        pytest.param(
            "1月6日，长安汽车披露，氢能汽车已完成测试。",
            "披露",
            "长安汽车披露，氢能汽车已完成测试",
            id="披露-runs-on",
        ),
        pytest.param(
            "1月6日，长安汽车宣布，新车型将切换自研平台，首款车型2026年上市，后续车型陆续跟进，"
            "覆盖从入门到旗舰的各个价位段，并在海外市场同步推出全部车型。",
            "宣布",
            "长安汽车宣布，新车型将切换自研平台，首款车型2026年上市，后续车型陆续跟进，覆盖从入门到旗舰的各个价位段",
            id="cut-at-a-clause-boundary-within-60",
        ),
        pytest.param(
            "1月6日，长安汽车宣布推出氢能汽车品牌。",
            "宣布",
            "长安汽车宣布推出氢能汽车品牌",
            id="what-was-announced-in-the-clause",
        ),
        pytest.param(
            "1月6日，重庆实验室揭牌，市领导出席。",
            "揭牌",
            "重庆实验室揭牌",
            id="not-a-speech-verb-the-clause",
        ),
        pytest.param(
            "1月6日，市长李明先后来到港务大道项目、物流基地等建设现场，调研港务区建设情况。",
            "调研",
            "市长李明先后来到港务大道项目、物流基地等建设现场，调研港务区建设情况",
            id="a-visit-starts-at-the-clause-naming-the-visitor",
        ),
        pytest.param(
            "1月6日，副省长赵刚前往宁德时代宜宾基地，实地考察电池生产线。",
            "考察",
            "副省长赵刚前往宁德时代宜宾基地，实地考察电池生产线",
            id="a-visit-after-前往-starts-at-the-visitor",
        ),
        pytest.param(
            "1月6日，区长周涛到两江新区调研。随后，调研组察看了科学城。",
            "调研",
            "区长周涛到两江新区调研",
            id="a-visit-in-the-visitors-clause-is-that-clause",
        ),
        # a clause quoted whole is summarised without its quotation marks
        pytest.param(
            "1月6日，长安汽车宣布：“新工厂正式投产。”",
            "投产",
            "新工厂正式投产",
            id="a-quoted-clause-without-its-quotes",
        ),
        pytest.param(
            "1月6日，宜宾市副市长表示，“宜宾港三期已经建成投用！”",
            "建成投用",
            "宜宾港三期已经建成投用",
            id="a-quoted-cry-without-its-quotes",
        ),
        pytest.param(
            "1月6日，“两纵一横”项目开工。",
            "开工",
            "“两纵一横”项目开工",
            id="quotes-of-a-name-stay",
        ),
    ],
)
def test_summary(text: str, trigger: str, summary: str) -> None:
    found = extract(Article(text, "2026-01-26"))
    event = next(e for e in found.events if e.trigger == trigger)
    assert event.summary == summary
    assert len(event.summary) <= 60
    assert _BREAKS.sub("", text[event.start_char : event.end_char]) == event.summary


def test_a_summary_running_on_across_a_line_break_keeps_its_offsets() -> None:
    text = "1月6日，长安汽车宣布，\n年销量突破100万辆。"
    event = extract(Article(text, "2026-01-26")).events[0]
    assert event.summary == "长安汽车宣布，年销量突破100万辆"
    assert _BREAKS.sub("", text[event.start_char : event.end_char]) == event.summary
