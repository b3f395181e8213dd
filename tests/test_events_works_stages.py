"""Stages of works on a named project (README: the session-11 convention on works stages).

A stage under way (正进行内外装修, 正在紧锣密鼓推进, 加快主体施工, 正在收尾) is `ongoing`;
done or entered (已基本收尾, 设备安装到位, 进入安装电路线管阶段, 已进入收尾阶段) is
`occurred`. Rows are real phrasings (the article's number in the id) put after a named
project, with invented variants; every expected value was worked out by reading the sentence
against `shared/spec/events.md` and the corpus README.
"""

from __future__ import annotations

import pytest
from extracted import event_triples as _events

#: Known gap: a part recognised as a name (组装生产线, 整车产线改造主体工程) blocks the pattern
#: that opens with it, whose head must stand outside names.
_PART_NAMED = pytest.mark.xfail(reason="the part is read as a name, which blocks the pattern", strict=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # under way: 正 as 正在 before 进行 (238, 194)
        pytest.param(
            "济宁娃哈哈饮料有限公司灌装饮料生产项目办公楼、公寓楼正进行内外装修。",
            ("construction", "ongoing", None),
            id="正进行内外装修-238",
        ),
        pytest.param(
            "伊利乳制品绿色智能制造项目各种生产线设备正进行安装。",
            ("construction", "ongoing", None),
            id="正进行安装-194",
        ),
        # …pressed on (106), sped up (283), a deadline raced (230)
        pytest.param(
            "上汽大众新能源项目正在紧锣密鼓推进。", ("construction", "ongoing", None), id="紧锣密鼓推进-106"
        ),
        pytest.param(
            "重庆西部电子电路产业园加快主体施工。", ("construction", "ongoing", None), id="加快主体施工-283"
        ),
        pytest.param(
            "重庆两江协同创新区创新工坊正加快施工。", ("construction", "ongoing", None), id="正加快施工-283"
        ),
        pytest.param(
            "朗热酒村项目位于乃东区。目前，施工人员正抢抓工期推进主体工程收尾。",
            ("construction", "ongoing", None),
            id="抢抓工期…收尾-230",
        ),
        # done: an end reached (110, 136, 214)
        pytest.param(
            "长城汽车DE平台项目整车产线改造主体工程现在已基本收尾。",
            ("construction", "occurred", None),
            id="已基本收尾-136",
            marks=_PART_NAMED,
        ),
        pytest.param(
            "中博新能源汽车项目目前2条组装生产线已经完成。",
            ("construction", "occurred", None),
            id="生产线已经完成-214",
            marks=_PART_NAMED,
        ),
        pytest.param(
            "重庆东站项目位于沙坪坝区。目前，站房主体现在已基本收尾。",
            ("construction", "occurred", None),
            id="已基本收尾",
        ),
        pytest.param(
            "中博新能源汽车项目位于肇东市。目前，厂房已经完成。",
            ("construction", "occurred", None),
            id="厂房已经完成",
        ),
        pytest.param(
            "井冈山卷烟厂易地技术改造项目设备安装到位。",
            ("construction", "occurred", None),
            id="设备安装到位-110",
        ),
        # …a part's frame, a part named with 部分, an end told with 也 (366, 355, 238)
        pytest.param(
            "拉萨贡嘎机场改扩建工程主体框架也已完成。",
            ("construction", "occurred", None),
            id="主体框架也已完成-366",
        ),
        pytest.param(
            "第二期年产240万条全钢子午线轮胎项目土建部分已经全部完成。",
            ("construction", "occurred", None),
            id="土建部分已经全部完成-355",
        ),
        pytest.param(
            "重庆东站项目位于沙坪坝区。目前，站房主体框架都已完工。",
            ("construction", "occurred", None),
            id="主体框架都已完工",
        ),
        # a stage entered is reached (149, 153), a check done (283)
        pytest.param(
            "蒙牛乳业(曲靖)年产33万吨饮料及乳制品生产项目进入安装电路线管阶段。",
            ("construction", "occurred", None),
            id="进入安装电路线管阶段-149",
        ),
        pytest.param(
            "东风汽车大型装配车间工程已进入收尾阶段。",
            ("construction", "occurred", None),
            id="已进入收尾阶段-153",
        ),
        # …by any verb of entering, a later stage (239, 342), the closing stage of named works
        # without 阶段 (345)
        pytest.param(
            "青钢搬迁改造项目步入设备安装阶段。",
            ("construction", "occurred", None),
            id="步入设备安装阶段-239",
        ),
        pytest.param(
            "西藏自治区医院主体工程转入装饰装修及机电设备安装阶段。",
            ("construction", "occurred", None),
            id="转入装饰装修及机电设备安装阶段-342",
        ),
        pytest.param(
            "吉林石化年产120万吨乙烯装置项目进入收尾，工人忙着管道试压。",
            ("construction", "occurred", None),
            id="项目进入收尾-345",
        ),
        # a stage named by the trade's own word, told as done (366 截流, 345 中交, 431 转体 in
        # quotes, 298 喜封金顶): construction, its status from the cues
        pytest.param("金河电站成功截流。", ("construction", "occurred", None), id="成功截流-366"),
        pytest.param(
            "吉林石化年产120万吨乙烯装置项目预计12月30日全面中交。",
            ("construction", "planned", "2025-12-30"),
            id="预计…全面中交-345",
        ),
        pytest.param(
            "沪苏湖铁路松江特大桥128米钢桁梁完成“空中转体”。",
            ("construction", "occurred", None),
            id="完成空中转体-431",
        ),
        pytest.param(
            "兰州市中医医院异地新建项目主体结构喜封金顶。",
            ("construction", "occurred", None),
            id="喜封金顶-298",
        ),
        pytest.param(
            "乌东德水电站实现大江截流。", ("construction", "occurred", None), id="实现大江截流"
        ),
        pytest.param(
            "城东220千伏变电站一次受电成功。", ("construction", "occurred", None), id="一次受电成功"
        ),
        pytest.param(
            "四川转化医学国家重大科技基础设施项目医学大楼已完成消防验收。",
            ("approval", "occurred", None),
            id="完成消防验收-283",
        ),
        # an act on the site carried out, told with 进行 alone (354, 135, 360): under way, or
        # planned under a modal
        pytest.param("小马鸡沟水库进行坝体浇筑。", ("construction", "ongoing", None), id="进行坝体浇筑-354"),
        pytest.param(
            "小寨、天恒330千伏输变电工程进行土建施工。",
            ("construction", "ongoing", None),
            id="进行土建施工-354",
        ),
        pytest.param(
            "武汉长江航运中心大厦项目，工人进行玻璃幕墙安装作业。",
            ("construction", "ongoing", None),
            id="进行玻璃幕墙安装作业-135",
        ),
        pytest.param(
            "堆龙新城项目将进行基础土方开挖作业。", ("construction", "planned", None), id="将进行开挖作业-360"
        ),
        # a named project pressed on with no 正/在 before its manner (358, 354)
        pytest.param(
            "伊利奶粉和液奶项目快速推进。", ("construction", "ongoing", None), id="项目快速推进-358"
        ),
        pytest.param(
            "西宁至成都铁路、机场三期等项目全速推进。",
            ("construction", "ongoing", None),
            id="等项目全速推进-354",
        ),
        # …but a stage one is in goes on (the seed's 正处于建设阶段)
        pytest.param(
            "重庆东站项目正处于主体施工阶段。", ("construction", "ongoing", None), id="正处于主体施工阶段"
        ),
    ],
)
def test_a_stage_of_works(text: str, expected: tuple[str, str, str | None]) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a stage of preparation, not of works (README: 设计, 前期准备, 筹备)
        pytest.param("重庆东站项目已进入施工图设计阶段。", id="施工图设计阶段"),
        pytest.param("重庆东站二期工程已进入施工准备阶段。", id="施工准备阶段"),
        pytest.param("重庆东站二期工程步入施工准备阶段。", id="步入施工准备阶段"),
        # …nor the closing stage of work that is no works (招生工作进入收尾)
        pytest.param("5月6日，重庆大学招生工作进入收尾。", id="招生工作进入收尾"),
        # the trade's stage words in another sense, with no word of the act done before them: a
        # sewer that intercepts, a company's short name, a method, a pantograph (179, 383)
        pytest.param("该区建设污水截流管网。", id="截流管网"),
        pytest.param("中交二航局、华大基因等单位参与共建。", id="中交二航局-179"),
        pytest.param("该桥当时为全国采用转体工艺建设的桥梁之冠。", id="转体工艺-383"),
        pytest.param("列车的受电弓已完成更换。", id="受电弓"),
        # the trend of a set of projects (README: works of a generic subject)
        pytest.param("其余项目正在加快推进中。", id="其余项目加快推进-070"),
        pytest.param("文旅、开放、生态、公共服务等项目也在顺利推进。", id="等项目顺利推进-119"),
        pytest.param("全市重点项目建设正全力推进。", id="重点项目建设-a-trend"),
        # things that are no works ending or under way
        pytest.param("5月6日，重庆大学招生工作正在收尾。", id="招生工作收尾"),
        pytest.param("5月6日，项目资金全部到位。", id="资金到位"),
        pytest.param("全市绿化覆盖率达到45%。", id="绿化覆盖率"),
        pytest.param("该厂正进行技术改造的可行性研究。", id="正进行…研究"),
        # a drawing of the works, and a counted set pressed on (193-15: progress, no milestone)
        pytest.param("重庆东站项目进行施工图设计。", id="进行施工图设计"),
        pytest.param("京新高速公路明水至哈密段等10个项目全力推进。", id="等10个项目全力推进-193"),
        pytest.param("目前，厂房建设完成投资3亿元。", id="厂房建设完成投资-an-amount"),
        pytest.param("目前，厂房建设部分也已完成投资3亿元。", id="厂房建设部分也已完成投资-an-amount"),
    ],
)
def test_words_of_works_that_tell_no_stage(text: str) -> None:
    assert _events(text) == []
