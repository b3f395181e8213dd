"""Every example written in shared/spec/dates.md and shared/spec/events.md, as a test.

Date examples are rows of `tests/corpus/spec_examples/spec_dates.tsv` (header `spec text reference
start end grain expr xfail`: `spec` quotes the spec's phrase, `text` puts it in a short sentence,
`expr` is the surface the spec fixes, or empty when any dated expression overlapping the phrase
may carry the value; an empty `grain` is not checked, where the spec names no grain) and of
`spec_negative_dates.tsv` (`forbidden`: no dated expression may overlap it; `=X`: no expression
may have exactly the text X; empty: nothing in the text is dated). Examples whose check is not an
interval (TIMEX3 values, mods, kinds, anchors, the look-alikes of numerals) are written below, as
are the event examples (type, status, date and entities of a small sentence with a publication
date). Every expected value was worked out from the spec by hand (lunar days and solar terms with a
calendar table). A non-empty `xfail` (or an `xfail=` below) is a strict xfail: the example fails
today, and the row fails (XPASS) once the engine gets it right.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest
from corpus_tsv import read_tsv

from timeline import dates
from timeline.events import Article, Event, Extraction, extract

SPEC_DIR = Path(__file__).parent / "corpus" / "spec_examples"
POSITIVE_HEADER = ["spec", "text", "reference", "start", "end", "grain", "expr", "xfail"]
NEGATIVE_HEADER = ["spec", "text", "reference", "forbidden", "xfail"]
D = dt.date.fromisoformat


class DateExample(NamedTuple):
    spec: str
    text: str
    reference: str
    start: str
    end: str
    grain: str
    expr: str
    xfail: str


class NegativeExample(NamedTuple):
    spec: str
    text: str
    reference: str
    forbidden: str
    xfail: str


POSITIVE = [
    DateExample(*cells) for _, cells in read_tsv(SPEC_DIR / "spec_dates.tsv", POSITIVE_HEADER, pad=False)
]
NEGATIVE = [
    NegativeExample(*cells)
    for _, cells in read_tsv(SPEC_DIR / "spec_negative_dates.tsv", NEGATIVE_HEADER, pad=False)
]


def _param(row: DateExample | NegativeExample, ident: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=row.xfail)] if row.xfail else []
    return pytest.param(row, id=ident, marks=marks)


def _describe(found: list[dates.TimeExpr]) -> str:
    return "; ".join(f"{e.text!r}@{e.start_char} {e.start}..{e.end} {e.grain} ({e.rule})" for e in found)


def _spec_span(row: DateExample) -> tuple[int, int]:
    """Where the example's phrase (or, failing that, the whole text) is in the text."""
    needle = row.expr or row.spec.split(" ")[0]
    at = row.text.find(needle)
    return (at, at + len(needle)) if at >= 0 else (0, len(row.text))


@pytest.mark.parametrize("row", [_param(r, f"{r.spec}: {r.text}") for r in POSITIVE])
def test_date_example(row: DateExample) -> None:
    found = dates.extract(row.text, D(row.reference))
    expected = (D(row.start), D(row.end))
    if row.expr:
        chosen = [e for e in found if e.text == row.expr]
        assert chosen, f"no expression {row.expr!r}; found: {_describe(found)}"
        got = chosen[0]
        assert (got.start, got.end) == expected, _describe(found)
        if row.grain:
            assert got.grain == row.grain, _describe(found)
        return
    lo, hi = _spec_span(row)
    near = [e for e in found if e.has_interval and e.start_char < hi and lo < e.end_char]
    right = [e for e in near if (e.start, e.end) == expected and (not row.grain or e.grain == row.grain)]
    assert right, f"expected {expected} {row.grain}; found: {_describe(found)}"


@pytest.mark.parametrize("row", [_param(r, f"{r.spec}: {r.text}") for r in NEGATIVE])
def test_date_lookalike_example(row: NegativeExample) -> None:
    found = dates.extract(row.text, D(row.reference))
    dated = [e for e in found if e.has_interval]
    if not row.forbidden:
        assert not dated, f"expected nothing dated; found: {_describe(dated)}"
    elif row.forbidden.startswith("="):
        assert not [e for e in found if e.text == row.forbidden[1:]], _describe(found)
    else:
        lo = row.text.find(row.forbidden)
        hi = lo + len(row.forbidden)
        assert not [e for e in dated if e.start_char < hi and lo < e.end_char], _describe(dated)


# --- what a normalised expression carries: value, mod, kind, anchor ----------------------------

FIELD_EXAMPLES = [
    # (spec example, text, reference, surface, field, expected value)
    (
        "value 2025-12-20",
        "2025年12月20日，新馆投入使用。",
        "2026-01-10",
        "2025年12月20日",
        "value",
        "2025-12-20",
    ),
    ("value 2025-12", "2025年12月，新馆投入使用。", "2026-01-10", "2025年12月", "value", "2025-12"),
    ("value 2026-Q1", "2026年一季度，全市经济平稳增长。", "2026-05-10", "2026年一季度", "value", "2026-Q1"),
    ("value 2026-H1", "2026年上半年，全市经济平稳增长。", "2026-08-10", "2026年上半年", "value", "2026-H1"),
    ("value 2026", "2026年，全市经济平稳增长。", "2026-08-10", "2026年", "value", "2026"),
    ("value 2025-W47", "本周，全市新增企业50家。", "2025-11-20", "本周", "value", "2025-W47"),
    (
        "value range 2024/2027",
        "2024—2027年，全市将新增企业5000家。",
        "2024-03-05",
        "2024—2027年",
        "value",
        "2024/2027",
    ),
    ("mod START (年初)", "2024年初，新馆投入使用。", "2025-05-10", "2024年初", "mod", "START"),
    ("mod MID (年中)", "2024年中，新馆投入使用。", "2025-05-10", "2024年中", "mod", "MID"),
    ("mod END (年底)", "2024年底，新馆投入使用。", "2025-05-10", "2024年底", "mod", "END"),
    ("mod APPROX (近日)", "近日，新馆投入使用。", "2025-05-10", "近日", "mod", "APPROX"),
    ("mod BEFORE (X前)", "项目将于年底前完工。", "2025-05-10", "年底前", "mod", "BEFORE"),
    ("mod SINCE (X以来)", "今年以来，全市新增企业500家。", "2025-05-10", "今年以来", "mod", "SINCE"),
    ("kind date", "2024年6月，新馆投入使用。", "2025-05-10", "2024年6月", "kind", "date"),
    (
        "kind range (X至Y)",
        "2024年3月至5月，全市新增企业500家。",
        "2025-05-10",
        "2024年3月至5月",
        "kind",
        "range",
    ),
    ("kind fuzzy (近日)", "近日，新馆投入使用。", "2025-05-10", "近日", "kind", "fuzzy"),
    ("kind fuzzy (近年来)", "近年来，全市新增企业5000家。", "2025-05-10", "近年来", "kind", "fuzzy"),
    ("kind present (目前)", "目前，全市企业达到8000家。", "2025-05-10", "目前", "kind", "present"),
    ("anchor absolute", "2024年6月，新馆投入使用。", "2025-05-10", "2024年6月", "anchor", "absolute"),
    ("anchor publication", "去年12月，新馆投入使用。", "2025-05-10", "去年12月", "anchor", "publication"),
    (
        "anchor previous (同年)",
        "2023年5月，公司成立。同年10月，实验室揭牌。",
        "2025-05-10",
        "同年10月",
        "anchor",
        "previous",
    ),
    (
        "anchor publication (同年, no earlier expression)",
        "同年，公司营收过亿。",
        "2025-05-10",
        "同年",
        "anchor",
        "publication",
    ),
    ("2月29日 mod none", "2月29日，新馆投入使用。", "2025-01-10", "2月29日", "mod", None),
]
FIELD_XFAILS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("spec", "text", "reference", "surface", "field", "expected"),
    [
        pytest.param(
            *example,
            id=example[0],
            marks=[pytest.mark.xfail(strict=True, reason=FIELD_XFAILS[example[0]])]
            if example[0] in FIELD_XFAILS
            else [],
        )
        for example in FIELD_EXAMPLES
    ],
)
def test_expression_field_example(
    spec: str, text: str, reference: str, surface: str, field: str, expected: str | None
) -> None:
    found = [e for e in dates.extract(text, D(reference)) if e.text == surface]
    assert found, f"no {surface!r} in {text!r}"
    assert getattr(found[0], field) == expected, found[0]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("2021年10月12日（星期二），新馆投入使用。", "2021-10-15"),
        ("10月12日(周二)，新馆投入使用。", "2021-10-15"),
        ("12日 星期一，新馆投入使用。", "2021-10-15"),
    ],
)
def test_weekday_after_a_date_is_never_a_second_date(text: str, reference: str) -> None:
    found = [e for e in dates.extract(text, D(reference)) if e.has_interval]
    assert len(found) == 1, _describe(found)


def test_a_written_year_before_hou_is_a_year_not_a_count() -> None:
    """`二零二一年后三月` is not 4042; `他07年以后` is 2007 onwards."""
    found = dates.extract("二零二一年后三月，项目完工。", D("2021-06-01"))
    assert all(e.start is None or e.start.year < 2100 for e in found), _describe(found)
    text = "他07年以后一直在重庆工作。"
    found = dates.extract(text, D("2021-06-01"))
    lo = text.index("07年")
    covering = [e for e in found if e.has_interval and e.start_char <= lo < e.end_char]
    assert covering and covering[0].start == D("2007-01-01"), _describe(found)


def test_an_unknown_holiday_reads_no_finer_than_its_year() -> None:
    """`今年XX节`: a coarser reading that contains the true date is acceptable, no other."""
    text = "今年开斋节，清真寺迎来众多信众。"
    found = [e for e in dates.extract(text, D("2025-05-10")) if e.has_interval]
    assert all((e.start, e.end) == (D("2025-01-01"), D("2025-12-31")) for e in found), _describe(found)


# --- events.md ---------------------------------------------------------------------------------


class EventExample(NamedTuple):
    """One sentence from the spec's examples, what must come out of it, and a strict-xfail reason."""

    spec: str
    text: str
    pub: str
    evidence: str  # a part of the expected event's summary ("" when the text must yield no event)
    type: str | None = None
    status: str | None = None
    date: tuple[str, str] | None = None  # (start, end); ("", "") means date must be None
    entities: tuple[tuple[str, str], ...] = ()  # (name, role) that must be among the event's entities
    xfail: str = ""


def _run(text: str, pub: str) -> Extraction:
    return extract(Article(text, pub))


def _event(extraction: Extraction, evidence: str) -> Event:
    found = [e for e in extraction.events if evidence in e.summary or evidence in e.sentence]
    assert found, f"no event with {evidence!r}: {[(e.type, e.summary) for e in extraction.events]}"
    return found[0]


TRIGGER_EXAMPLES = [
    ("opening", "揭牌", "1月6日，重庆量子计算研究院揭牌。"),
    ("opening", "启用", "1月6日，重庆科学会堂正式启用。"),
    ("opening", "投用", "1月6日，重庆超算中心投用。"),
    ("opening", "建成投用", "1月6日，重庆超算中心建成投用。"),
    ("opening", "投入使用", "1月6日，重庆科学会堂投入使用。"),
    ("opening", "投入运行", "1月6日，重庆超算中心投入运行。"),
    ("opening", "投入运营", "1月6日，重庆国际物流枢纽投入运营。"),
    ("opening", "开园", "1月6日，重庆科学城未来产业园开园。"),
    ("opening", "开业", "1月6日，重庆科技金融中心开业。"),
    ("opening", "上线", "1月6日，重庆科技资源共享平台上线。"),
    ("opening", "开通", "1月6日，重庆轨道交通27号线开通。"),
    ("opening", "正式运营", "1月6日，重庆国际物流枢纽正式运营。"),
    ("opening", "交付使用", "1月6日，重庆科学会堂交付使用。"),
    ("opening", "开城", "1月6日，重庆来福士科技城开城。"),
    ("opening", "开城运营", "1月6日，重庆来福士科技城开城运营。"),
    ("opening", "开馆", "1月6日，重庆科技馆新馆开馆。"),
    ("opening", "开放运行", "1月6日，重庆同步辐射光源开放运行。"),
    ("founding", "成立", "1月6日，重庆人工智能研究院成立。"),
    ("founding", "设立", "1月6日，重庆科技创新基金设立。"),
    ("founding", "组建", "1月6日，重庆市组建重庆实验室。"),
    ("founding", "挂牌成立", "1月6日，重庆人工智能研究院挂牌成立。"),
    ("founding", "注册成立", "1月6日，重庆长庐动力电池科技有限公司注册成立。"),
    ("founding", "组建成立", "1月6日，重庆氢能产业联盟组建成立。"),
    ("founding", "牵头组建", "1月6日，重庆大学牵头组建重庆氢能产业联盟。"),
    ("policy_release", "印发", "1月6日，重庆市政府印发《重庆市科技创新促进条例实施方案》。"),
    ("policy_release", "出台", "1月6日，重庆市出台《重庆市支持科技创新若干政策》。"),
    ("policy_release", "发布 (a 《》 document)", "1月6日，重庆市科技局发布《重庆市科技型企业培育方案》。"),
    ("policy_release", "公布 (a document)", "1月6日，重庆市政府公布《重庆市科技创新促进条例》。"),
    ("policy_release", "颁布", "1月6日，重庆市人大颁布《重庆市科技创新促进条例》。"),
    ("policy_release", "施行", "1月6日，《重庆市科技创新促进条例》正式施行。"),
    ("policy_release", "实施 (a named document)", "1月6日，《重庆市科技创新促进条例》正式实施。"),
    ("policy_release", "通过 (a plan at a 全会)", "1月6日，市委全会通过《重庆市“十五五”规划建议》。"),
    ("approval", "批复", "1月6日，国家发展改革委批复重庆科学城建设方案。"),
    ("approval", "获批", "1月6日，重庆量子计算实验室获批。"),
    ("approval", "认定", "1月6日，重庆大学实验室被认定为国家重点实验室。"),
    ("approval", "授牌", "1月6日，重庆实验室获科技部授牌。"),
    ("approval", "入选", "1月6日，重庆大学入选国家“双一流”建设高校。"),
    ("approval", "通过验收", "1月6日，重庆超算中心通过验收。"),
    ("approval", "获得…资格", "1月6日，重庆长安汽车获得L3级自动驾驶测试资格。"),
    ("approval", "方案获…批复", "1月6日，重庆科学城建设方案获国家发展改革委批复。"),
    ("approval", "批准设立", "1月6日，国务院批准设立舟山港综合保税区。"),
    ("construction", "开工", "1月6日，重庆科学会堂项目开工。"),
    ("construction", "动工", "1月6日，重庆科学会堂项目动工。"),
    ("construction", "奠基", "1月6日，重庆科学会堂项目奠基。"),
    ("construction", "封顶", "1月6日，重庆科学会堂主体结构封顶。"),
    ("construction", "竣工", "1月6日，重庆科学会堂项目竣工。"),
    ("construction", "开工建设", "1月6日，重庆科学会堂项目开工建设。"),
    ("production", "量产", "1月6日，重庆海辰储能电池量产。"),
    ("production", "投产", "1月6日，重庆海辰储能二期工厂投产。"),
    ("production", "下线", "1月6日，首台国产氢能重卡在重庆下线。"),
    ("production", "交付", "1月6日，长安汽车首批氢能汽车交付。"),
    ("production", "满产", "1月6日，重庆海辰储能二期工厂满产。"),
    ("production", "进入…量产阶段", "1月6日，重庆海辰储能新电池进入量产阶段。"),
    ("production", "实现量产", "1月6日，重庆海辰储能新电池实现量产。"),
    ("production", "出货", "1月6日，重庆海辰储能新电池出货。"),
    ("production", "首批产品下线", "1月6日，重庆海辰储能首批产品下线。"),
    ("signing", "签约", "1月6日，重庆市与华为公司签约。"),
    ("signing", "签署", "1月6日，重庆市与华为公司签署战略合作协议。"),
    ("signing", "签订", "1月6日，重庆市与华为公司签订战略合作协议。"),
    ("signing", "落地 (a project)", "1月6日，华为重庆研究院项目落地两江新区。"),
    ("signing", "入驻 (a named body)", "1月6日，中国科学院重庆分院入驻重庆科学城。"),
    ("meeting", "召开", "1月6日，重庆市科技创新大会召开。"),
    ("meeting", "举行", "1月6日，重庆市科技创新大会举行。"),
    ("meeting", "开幕", "1月6日，中国国际智能产业博览会开幕。"),
    ("meeting", "闭幕", "1月6日，中国国际智能产业博览会闭幕。"),
    ("meeting", "举办", "1月6日，重庆市举办科技创新大会。"),
    ("breakthrough", "突破", "1月6日，重庆大学团队突破固态电池关键技术。"),
    ("breakthrough", "攻克", "1月6日，重庆大学团队攻克固态电池关键技术。"),
    ("breakthrough", "研发成功", "1月6日，重庆大学团队固态电池研发成功。"),
    ("breakthrough", "完成…研制", "1月6日，重庆大学团队完成固态电池样机研制。"),
    ("breakthrough", "取得…突破", "1月6日，重庆大学团队在固态电池领域取得重大突破。"),
    ("announcement", "宣布", "1月6日，长安汽车宣布推出氢能汽车品牌。"),
    ("announcement", "披露", "1月6日，长安汽车披露年度研发计划。"),
    ("announcement", "发布 (results, lists, reports)", "1月6日，重庆市科技局发布2025年度十大科技进展名单。"),
    ("announcement", "透露", "1月6日，长安汽车负责人透露氢能汽车已完成测试。"),
    ("other", "考察", "1月6日，市委书记率队考察重庆科学城。"),
    ("other", "调研", "1月6日，市委书记在重庆科学城调研。"),
    ("other", "启动 (of a process)", "1月6日，重庆市启动科技型企业培育行动。"),
]
TRIGGER_XFAILS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("expected", "trigger", "text"),
    [
        pytest.param(
            *example,
            id=f"{example[0]}: {example[1]}",
            marks=[pytest.mark.xfail(strict=True, reason=TRIGGER_XFAILS[example[1]])]
            if example[1] in TRIGGER_XFAILS
            else [],
        )
        for example in TRIGGER_EXAMPLES
    ],
)
def test_trigger_example_types_the_event(expected: str, trigger: str, text: str) -> None:
    found = _run(text, "2025-01-10")
    types = [(e.type, e.trigger) for e in found.events]
    assert types and types[0][0] == expected, types
    assert all(e.date is not None and e.date.start == D("2025-01-06") for e in found.events[:1])


STATUS_EXAMPLES = [
    # (cue, text, publication date, expected status)
    ("预计", "重庆科学会堂预计2026年建成投用。", "2025-01-10", "planned"),
    ("计划", "重庆科学会堂计划2026年建成投用。", "2025-01-10", "planned"),
    ("将", "重庆科学会堂将在2026年建成投用。", "2025-01-10", "planned"),
    ("将于", "重庆科学会堂将于2026年建成投用。", "2025-01-10", "planned"),
    ("拟", "重庆科学会堂拟于2026年建成投用。", "2025-01-10", "planned"),
    ("力争", "重庆科学会堂力争2026年建成投用。", "2025-01-10", "planned"),
    ("争取", "重庆科学会堂争取2026年建成投用。", "2025-01-10", "planned"),
    ("有望", "重庆科学会堂有望2026年建成投用。", "2025-01-10", "planned"),
    ("即将", "重庆科学会堂即将建成投用。", "2025-01-10", "planned"),
    ("到…年", "到2027年，重庆科学会堂建成投用。", "2025-01-10", "planned"),
    ("届时", "2026年重庆科学会堂完工，届时科学会堂投入使用。", "2025-01-10", "planned"),
    ("目标", "目标是2026年重庆科学会堂建成投用。", "2025-01-10", "planned"),
    ("date wholly after the publication", "2026年3月，重庆科学会堂建成投用。", "2025-01-10", "planned"),
    ("正在", "重庆科学会堂项目正在开工建设。", "2025-01-10", "ongoing"),
    ("加快建设", "重庆科学会堂项目加快建设。", "2025-01-10", "ongoing"),
    ("推进中", "重庆科学会堂项目建设推进中。", "2025-01-10", "ongoing"),
    ("处于…阶段", "重庆海辰储能新电池处于量产阶段。", "2025-01-10", "ongoing"),
    ("otherwise occurred", "1月6日，重庆科学会堂建成投用。", "2025-01-10", "occurred"),
]
STATUS_XFAILS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("cue", "text", "pub", "expected"),
    [
        pytest.param(
            *example,
            id=example[0],
            marks=[pytest.mark.xfail(strict=True, reason=STATUS_XFAILS[example[0]])]
            if example[0] in STATUS_XFAILS
            else [],
        )
        for example in STATUS_EXAMPLES
    ],
)
def test_status_cue_example(cue: str, text: str, pub: str, expected: str) -> None:
    found = _run(text, pub)
    assert found.events, f"no event in {text!r}"
    assert found.events[0].status == expected, [(e.type, e.status, e.summary) for e in found.events]


NOT_EVENT_EXAMPLES = [
    # (spec example, text): no milestone may come out of the text
    ("同比增长", "1月6日，全市规上工业增加值同比增长8%。"),
    ("累计", "截至目前，全市累计建成5G基站10万个。"),
    ("研发投入达", "2024年，全市研发投入达800亿元。"),
    ("占比", "2024年，高新技术产业占比超过三成。"),
    ("增至", "2024年，全市科技型企业增至6万家。"),
    ("建议", "专家建议加快建设重庆科学城。"),
    ("认为", "专家认为重庆应加快建设科学城。"),
    ("表示 + a plan in general terms", "市科技局负责人表示，将进一步推动科技创新。"),
    ("投用后", "该中心投用后，将服务全市企业。"),
    ("建成后将…", "项目建成后将带动就业2000人。"),
    ("一旦…", "一旦项目建成投用，年产值可达百亿元。"),
    ("企业接连跟进落户 (a trend)", "近年来，企业接连跟进落户重庆科学城。"),
]


NOT_EVENT_XFAILS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        pytest.param(
            *e,
            id=e[0],
            marks=[pytest.mark.xfail(strict=True, reason=NOT_EVENT_XFAILS[e[0]])]
            if e[0] in NOT_EVENT_XFAILS
            else [],
        )
        for e in NOT_EVENT_EXAMPLES
    ],
)
def test_not_an_event_example(spec: str, text: str) -> None:
    found = _run(text, "2025-01-10")
    assert not found.events, [(e.type, e.trigger, e.summary) for e in found.events]


EVENT_EXAMPLES = [
    EventExample(
        "a quote that reports a concrete milestone",
        "1月6日，公司负责人说：“公司最近建成投用一条电池生产线。”",
        "2025-01-10",
        "建成投用",
        type="opening",
    ),
    EventExample(
        "a quote that reports a concrete milestone, its company named before the quote",
        "1月6日，重庆赛力斯公司负责人说：“公司最近建成投用一条电池生产线。”",
        "2025-01-10",
        "建成投用",
        type="opening",
        status="occurred",
        entities=(("重庆赛力斯公司", "subject"),),
    ),
    EventExample(
        "建成投用 is opening, not construction",
        "1月6日，重庆超算中心建成投用。",
        "2025-01-10",
        "建成投用",
        type="opening",
    ),
    EventExample(
        "组建成立 is founding",
        "1月6日，重庆氢能产业联盟组建成立。",
        "2025-01-10",
        "组建成立",
        type="founding",
    ),
    EventExample(
        "继…之后: an event of its own with its own date, not dating the main clause",
        "继2023年5月揭牌之后，重庆实验室2024年3月正式启用。",
        "2025-01-10",
        "启用",
        type="opening",
        date=("2024-03-01", "2024-03-31"),
    ),
    EventExample(
        "a date inside a name is no event date: 2023年度用户大会",
        "长安汽车举办2023年度用户大会。",
        "2025-01-10",
        "用户大会",
        type="meeting",
        date=("", ""),
    ),
    EventExample(
        "a date inside a name: 2025年度十大科技进展",
        "重庆市科技局发布2025年度十大科技进展。",
        "2026-01-10",
        "十大科技进展",
        date=("", ""),
    ),
    EventExample(
        "a date inside a title: 《…方案（2024~2027年）》",
        "重庆市政府印发《重庆市科技创新行动方案（2024~2027年）》。",
        "2025-01-10",
        "印发",
        type="policy_release",
        date=("", ""),
    ),
    EventExample(
        "a date inside a name: 今年的政协1号提案",
        "市科技局召开今年的政协1号提案办理会。",
        "2025-01-10",
        "办理会",
        type="meeting",
        date=("", ""),
    ),
    EventExample(
        "a date inside a name: “十五五”规划建议",
        "市委全会通过《中共重庆市委关于制定“十五五”规划的建议》。",
        "2025-12-10",
        "通过",
        type="policy_release",
        date=("", ""),
    ),
    EventExample(
        "fuzzy dates are kept with their fuzzy interval (近日)",
        "近日，重庆量子计算研究院揭牌。",
        "2025-01-10",
        "揭牌",
        type="opening",
        date=("2024-12-12", "2025-01-10"),
    ),
    EventExample(
        "anaphoric dates are resolved across the article (同年)",
        "2023年5月，重庆实验室成立。\n同年10月，重庆实验室正式揭牌。",
        "2025-01-10",
        "揭牌",
        type="opening",
        date=("2023-10-01", "2023-10-31"),
    ),
    EventExample(
        "a sentence-initial date governs all its clauses",
        "2024年3月，重庆实验室成立，首批研究团队入驻。",
        "2025-01-10",
        "入驻",
        date=("2024-03-01", "2024-03-31"),
    ),
    EventExample(
        "a year alone on a line above a chronicle is the year of the items below",
        "■ 大事记\n2012\n5月8日，重庆科学城管委会成立。",
        "2025-01-10",
        "成立",
        type="founding",
        date=("2012-05-08", "2012-05-08"),
    ),
    EventExample(
        "the thing approved is among the entities (国务院批准设立舟山港综合保税区)",
        "1月6日，国务院批准设立舟山港综合保税区。",
        "2025-01-10",
        "批准设立",
        type="approval",
        entities=(("舟山港综合保税区", "object"),),
    ),
    EventExample(
        "parties joined by 与 are separate entities (四川省与国家开发银行)",
        "1月6日，四川省与国家开发银行签署合作协议。",
        "2025-01-10",
        "签署",
        type="signing",
        entities=(("四川省", "subject"), ("国家开发银行", "object")),
    ),
    EventExample(
        "a name keeps its quotes whole (天府新区“两纵一横”项目)",
        "1月6日，天府新区“两纵一横”项目开工。",
        "2025-01-10",
        "开工",
        type="construction",
        entities=(("天府新区“两纵一横”项目", "subject"),),
    ),
    EventExample(
        "a part named through the organisation's alias: the organisation is owner",
        "重庆量子测量研究院（以下简称“量测院”）成立于2020年。\n1月6日，量测院二期科研楼投用。",
        "2025-01-10",
        "二期科研楼",
        type="opening",
        entities=(("量测院二期科研楼", "subject"), ("重庆量子测量研究院", "owner")),
    ),
    EventExample(
        "a part named through the organisation's alias, the spec's second example (动力中心中试基地)",
        "2024年5月，长安汽车动力研究院（简称“动力中心”）成立。2025年3月1日，动力中心中试基地正式投用。",
        "2025-03-02",
        "中试基地",
        type="opening",
        entities=(("动力中心中试基地", "subject"), ("长安汽车动力研究院", "owner")),
    ),
    EventExample(
        "a part named by its owner's short form (公司二期生产线 after 禾康生物)",
        "重庆禾康生物科技有限公司（简称禾康生物）成立于2018年。\n1月6日，公司二期生产线投产。",
        "2025-01-10",
        "二期生产线",
        type="production",
        entities=(("重庆禾康生物科技有限公司", "owner"),),
    ),
    EventExample(
        "a policy document's entity name is its title without 《》",
        "1月6日，重庆市政府印发《重庆市科技创新行动方案》。",
        "2025-01-10",
        "印发",
        type="policy_release",
        entities=(("重庆市科技创新行动方案", "object"),),
    ),
    EventExample(
        "a visit has the visiting person as subject and the place as location",
        "1月6日，市科技局局长明炬率队考察重庆科学城。",
        "2025-01-10",
        "考察",
        type="other",
        entities=(("明炬", "subject"),),
    ),
    EventExample(
        "the summary runs on to what was announced (长安汽车宣布)",
        "1月6日，长安汽车宣布氢能汽车量产。",
        "2025-01-10",
        "量产",
    ),
]
EVENT_XFAILS: dict[str, str] = {
    "a quote that reports a concrete milestone": "no event from a quoted milestone after 说：",
}


@pytest.mark.parametrize(
    "example",
    [
        pytest.param(
            e,
            id=e.spec,
            marks=[pytest.mark.xfail(strict=True, reason=EVENT_XFAILS[e.spec])]
            if e.spec in EVENT_XFAILS
            else [],
        )
        for e in EVENT_EXAMPLES
    ],
)
def test_event_example(example: EventExample) -> None:
    event = _event(_run(example.text, example.pub), example.evidence)
    if example.type:
        assert event.type == example.type, (event.type, event.trigger, event.summary)
    if example.status:
        assert event.status == example.status, event
    if example.date == ("", ""):
        assert event.date is None, (event.date, event.summary)
    elif example.date:
        assert event.date is not None, event.summary
        assert (event.date.start, event.date.end) == (D(example.date[0]), D(example.date[1])), event.date
    names = {(e.name, e.role) for e in event.entities}
    for wanted in example.entities:
        assert wanted in names, (wanted, sorted(names))


ENTITY_NAME_EXAMPLES = [
    # (spec example, text, a name that must be an entity, names that must not be entities)
    (
        "aliases from （以下简称“X”）",
        "1月6日，重庆量子测量研究院（以下简称“量测院”）揭牌。",
        "重庆量子测量研究院",
        ("量测院",),
    ),
    (
        "aliases from （简称X）",
        "1月6日，重庆量子测量研究院（简称量测院）揭牌。",
        "重庆量子测量研究院",
        ("量测院",),
    ),
    (
        "aliases from （下称X）",
        "1月6日，重庆量子测量研究院（下称量测院）揭牌。",
        "重庆量子测量研究院",
        ("量测院",),
    ),
    (
        "amounts, counts and generic phrases are never entities",
        "1月6日，重庆科学城6个重点项目集中开工，总投资达377.4亿元。",
        "",
        ("总投资达377.4亿元", "6个重点项目"),
    ),
    ("一批项目 is never an entity", "1月6日，重庆科学城一批项目集中开工。", "", ("一批项目",)),
    (
        "full- and half-width forms are one name",
        "1月6日，西部（重庆）科学城揭牌。\n2月6日，西部(重庆)科学城管委会成立。",
        "西部（重庆）科学城",
        ("西部(重庆)科学城",),
    ),
    (
        "a full name without its leading place is an implicit alias",
        "1月6日，重庆两江协同创新区揭牌。\n2月6日，两江协同创新区新增研究院5家。",
        "重庆两江协同创新区",
        ("两江协同创新区",),
    ),
    (
        "a full name without place and legal suffix is an implicit alias (海辰储能)",
        "1月6日，重庆海辰储能科技有限公司成立。\n2月6日，海辰储能二期工厂投产。",
        "重庆海辰储能科技有限公司",
        ("海辰储能",),
    ),
    (
        "a full name without place and legal suffix is an implicit alias (长庐动力)",
        "1月6日，合肥长庐动力电池科技有限公司成立。\n2月6日，长庐动力首批产品下线。",
        "合肥长庐动力电池科技有限公司",
        ("长庐动力",),
    ),
]
ENTITY_XFAILS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("spec", "text", "present", "absent"),
    [
        pytest.param(
            *e,
            id=e[0],
            marks=[pytest.mark.xfail(strict=True, reason=ENTITY_XFAILS[e[0]])]
            if e[0] in ENTITY_XFAILS
            else [],
        )
        for e in ENTITY_NAME_EXAMPLES
    ],
)
def test_entity_name_example(spec: str, text: str, present: str, absent: tuple[str, ...]) -> None:
    found = _run(text, "2025-01-10")
    names = {e.name for e in found.entities}
    if present:
        assert present in names, sorted(names)
    for name in absent:
        assert name not in names, sorted(names)


PEOPLE_EXAMPLES = [
    ("市科技局局长明炬", "1月6日，市科技局局长明炬出席重庆实验室揭牌仪式。", "明炬"),
    ("院士钱锋", "1月6日，院士钱锋出席重庆实验室揭牌仪式。", "钱锋"),
    ("总书记", "1月6日，总书记考察重庆科学城。", "总书记"),
]


PEOPLE_XFAILS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("spec", "text", "person"),
    [
        pytest.param(
            *p,
            id=p[0],
            marks=[pytest.mark.xfail(strict=True, reason=PEOPLE_XFAILS[p[0]])]
            if p[0] in PEOPLE_XFAILS
            else [],
        )
        for p in PEOPLE_EXAMPLES
    ],
)
def test_person_example(spec: str, text: str, person: str) -> None:
    found = _run(text, "2025-01-10")
    people = {e.name for e in found.entities if e.type == "person"}
    assert any(person in name for name in people), sorted((e.name, e.type) for e in found.entities)


FURNITURE_EXAMPLES = [
    ("a section header (■ 大事记)", "■ 大事记\n5月8日，重庆科学城管委会成立。", "大事记"),
    (
        "numbered headlines",
        "1 首条大陆直达台湾本岛的海底光缆开通\n5月8日，重庆科学城管委会成立。",
        "海底光缆",
    ),
    ("时间：… 来源：… lines", "时间：2025-05-10 来源：重庆日报\n5月8日，重庆科学城管委会成立。", "来源"),
]


@pytest.mark.parametrize(
    ("spec", "text", "furniture"), [pytest.param(*f, id=f[0]) for f in FURNITURE_EXAMPLES]
)
def test_furniture_is_never_glued_into_a_sentence(spec: str, text: str, furniture: str) -> None:
    found = _run(text, "2025-05-10")
    event = _event(found, "成立")
    assert furniture not in event.sentence, event.sentence
    assert event.date is not None and event.date.start == D("2025-05-08"), event.date
