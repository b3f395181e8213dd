"""Tallies, batches and roll-ups: counts of projects that are no milestone of one thing, and
the batches that are (`vocab/tallies.py`).

Rows from the real articles (file named in the id), with invented variants; every expected
value was worked out by reading the sentence.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extracted import event_facts
from extracted import event_triples as _events

from timeline._events import triggers
from timeline.events import Article, extract


@pytest.mark.parametrize(
    "description",
    [
        pytest.param("据浙江省发改委相关负责人介绍，本次集中开工活动突出项目质量。", id="突出项目质量-041"),
        pytest.param("与此同时，本次集中开工活动突出结构优化。", id="突出结构优化-041"),
        pytest.param("浙江省发改委表示，此次集中签约活动聚焦先进制造业。", id="聚焦"),
        pytest.param("现场，项目签约分政校产学研合作、福马产业项目2个专场。", id="签约分-047"),
        pytest.param("浙江省本次集中开工分主会场和10个分会场。", id="开工分"),
    ],
)
def test_a_described_batch_adds_no_event(description: str) -> None:
    """After the lead reports the batch, a sentence describing it is no second event."""
    lead = "2月21日，浙江省委、省政府举行重大项目集中开工活动。"
    assert _events(lead + description, "2025-02-28") == [("construction", "occurred", "2025-02-21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "目前，科学城已编制完成国土空间规划，联合微电子等135个产业项目签约落地。",
            [("other", "occurred", None)],
            id="目前-a-roll-up-024",
        ),
        pytest.param(
            "据了解，2024年以来，福马产业合作园区先期已招引落地安捷海洋产业基地、福源渔加工一体化等11个项目。",
            [],
            id="以来-a-roll-up-047",
        ),
        pytest.param("至今，园区已有华为、比亚迪等12家企业签约入驻。", [], id="至今-a-roll-up"),
        pytest.param(
            "据了解，2024年以来，园区通过设立跨境电商运营中心帮助从业者创业，目前已签约台湾青年。",
            [],
            id="以来-已签约-047",
        ),
        pytest.param("2023年以来，两江新区已签约落地长安汽车新工厂项目。", [], id="以来-已签约落地"),
        pytest.param(
            "2023年以来，两江新区于5月6日签约落地长安汽车新工厂项目。",
            [("signing", "occurred", "2025-05-06")],
            id="以来-a-clause-with-its-own-day",
        ),
        pytest.param(
            "长期以来，大批国企、央企主动参与银川建设，“东热西送”“西线供水”、城市快速通道等重大基础设施建成投运。",
            [],
            id="长期以来-history-061",
        ),
        pytest.param("近年来，重庆实验室揭牌，重庆研究院成立。", [], id="近年来-history"),
        pytest.param(
            "近年来，园区发展迅速，2023年5月，重庆实验室揭牌。",
            [("opening", "occurred", "2023-05")],
            id="近年来-a-dated-clause-stays",
        ),
        # …as a counted span back from now (153, 154, 206, 262, 316): a review of the span
        pytest.param("两年来，横琴实现了首个项目落地、首家企业揭牌。", [], id="两年来-a-review"),
        pytest.param("兩年來，橫琴實現了首個項目落地、首家企業揭牌。", [], id="兩年來-a-review"),
        pytest.param(
            "五年来，广州开发区、黄埔区建成投用一批创新平台，首个港澳青年创业基地揭牌。",
            [],
            id="五年来-a-review-316",
        ),
        pytest.param("近三年来，重庆实验室揭牌，重庆研究院成立。", [], id="近三年来-a-review-153"),
        pytest.param("69年来，山西第一家民营企业成立。", [], id="69年来-a-review-154"),
        pytest.param("一年多来，重庆实验室揭牌，重庆研究院成立。", [], id="一年多来-a-review"),
        pytest.param(
            "五年来，园区发展迅速，2023年5月，重庆实验室揭牌。",
            [("opening", "occurred", "2023-05")],
            id="五年来-a-dated-clause-stays",
        ),
        pytest.param(
            "5年来的首个项目于6月1日开工。",
            [("construction", "occurred", "2025-06-01")],
            id="5年来的-no-clause-of-its-own",
        ),
        pytest.param(
            "5月29日，协同创新区创新工坊等12个项目开工。",
            [("construction", "occurred", "2025-05-29")],
            id="a-batch-on-its-day-is-a-milestone",
        ),
        # projects counted, none named, over a half or a year: a roll-up (148, 161)
        pytest.param("制造业方面，上半年，西安市6个先进制造业项目竣工。", [], id="上半年-N个项目竣工-148"),
        pytest.param(
            "4月15日上午，记者从哈尔滨市人民政府新闻办公室主办的系列主题新闻发布会第二场发布会上获悉，"
            "2024年，全市新入统落地招商项目242个，签约额1383.9亿元。",
            [],
            id="2024年-项目N个-161",
        ),
        pytest.param("去年，重庆市12个重大项目建成投用。", [], id="去年-N个项目建成投用"),
        pytest.param("上半年，两江新区8个产业项目开工。", [], id="上半年-N个项目开工"),
        # a quarter's batch, or a batch with a member named, stays
        pytest.param(
            "一季度，长寿区开工新材料产业项目11个。",
            [("construction", "occurred", "2025-Q1")],
            id="一季度-a-batch-stays-seed",
        ),
        pytest.param(
            "2024年，长安汽车渝北新工厂等12个项目开工。",
            [("construction", "occurred", "2024")],
            id="2024年-a-named-member-stays",
        ),
        # occasions counted over a time: a roll-up (141, 155, 170)
        pytest.param(
            "据介绍，黄埔区先后举办9次重大项目签约、动工、竣工和投试产活动。", [], id="先后举办9次-141"
        ),
        pytest.param("今年以来，该区连续举办了8场项目集中开工开业活动。", [], id="连续举办了8场-155"),
        pytest.param("中央先后六次召开西藏工作座谈会和实施对口支援西藏政策。", [], id="先后六次召开-170"),
        pytest.param("两江新区相继举行3场重大项目集中签约活动。", [], id="相继举行3场"),
        # …the count after the act (editions: 连续成功举办十七届, 424)
        pytest.param(
            "王黎明说，“青洽会”连续成功举办十七届，已成为青海提升对外开放水平的重要平台。",
            [],
            id="连续成功举办十七届-424",
        ),
        pytest.param("中国西部国际博览会已先后举办20届。", [], id="先后举办20届"),
        pytest.param("重庆市累计召开12次项目推进会。", [], id="累计召开12次"),
        pytest.param(
            "6月17日，武汉市第9次集中开工活动在东湖高新区举行。",
            [("construction", "occurred", "2025-06-17")],
            id="第9次-one-occasion-stays",
        ),
        pytest.param(
            "6月17日，两江新区举行3场重大项目集中签约活动。",
            [("signing", "occurred", "2025-06-17")],
            id="3场-on-one-day-stays",
        ),
        # a frequency before the act: a rate or a habit (pool 2 q17; 158-11, 168-05 每年)
        pytest.param("目前，宁德时代宜宾基地每日超10万颗电池下线。", [], id="每日超N颗…下线-q17"),
        pytest.param("长安汽车渝北工厂每天有2000辆新车下线。", [], id="每天有N辆…下线"),
        pytest.param("比亚迪西安工厂平均每分钟下线一辆新能源汽车。", [], id="平均每分钟下线"),
        # …or an average time (平均N分钟就…): 314, 038
        pytest.param(
            "2022年4月，上汽集团郑州发动机分公司一期项目投产、二期在建，河南汽车产业增添了一颗"
            "“强心脏”，平均1分钟多就下线一台发动机。",
            [("production", "occurred", "2022-04")],
            id="平均1分钟多就下线-314",
        ),
        pytest.param("该工厂平均53秒即可下线一台新能源汽车。", [], id="平均N秒即可下线-038"),
        pytest.param("两江新区平均3天就有一个项目签约落地。", [], id="平均3天就…签约落地"),
        pytest.param(
            "2025年6月1日，比亚迪西安工厂首台发动机下线，平均无故障时间达标。",
            [("production", "occurred", "2025-06-01")],
            id="平均-no-time-the-act-stays",
        ),
        pytest.param(
            "2025年6月1日，宁德时代宜宾基地第10万颗电池下线。",
            [("production", "occurred", "2025-06-01")],
            id="第N颗…下线-one-act-stays",
        ),
        pytest.param(
            "每日经济新闻记者获悉，宁德时代宜宾基地6月1日投产。",
            [("production", "occurred", "2025-06-01")],
            id="每日经济新闻-a-newspaper-no-rate",
        ),
        pytest.param(
            "2025年6月1日，每日可检测万人份样本的应急检测实验室在武汉启用。",
            [("opening", "occurred", "2025-06-01")],
            id="每日可…的实验室-a-rate-describing-the-thing-179",
        ),
        # an honour or act kept up year after year: a record, as 047-03 连续获评 (pool 2 q37)
        pytest.param(
            "回顾这一年，我们喜事连连，连续第四年被评为“福建省经济实力十强县”。",
            [],
            id="连续第四年被评为-q37",
        ),
        pytest.param("2024年，宜宾市连续5年入选全国先进制造业百强市。", [], id="连续5年入选"),
        pytest.param("重庆两江新区连续三个年度获评国家级经开区综合排名前十。", [], id="连续三个年度获评"),
        pytest.param(
            "2024年，宜宾市入选全国先进制造业百强市。",
            [("approval", "occurred", "2024")],
            id="入选-once-stays",
        ),
        pytest.param(
            "2024年，宜宾市连续举办第5年的招商大会开幕。",
            [("meeting", "occurred", "2024")],
            id="举办-before-连续…第5年-one-occasion-stays",
        ),
        # N年来 sums up the years since as 以来 does (164)
        pytest.param(
            "2008年，华明高新区经市政府批准成立，十余年来，不断加强科技创新驱动，"
            "吸引了国家知识产权局天津审协中心、平高、南瑞、中车等一批机构、企业入驻。",
            [("approval", "occurred", "2008")],
            id="十余年来-a-roll-up-164",
        ),
        pytest.param("三年来，两江新区已引进长安汽车、华为等企业入驻。", [], id="三年来-已引进"),
        pytest.param("五年来，重庆科学城已建成投用重庆实验室等平台。", [], id="五年来-已建成投用"),
        pytest.param(
            "三年来，园区发展迅速，6月1日，重庆实验室揭牌。",
            [("opening", "occurred", "2025-06-01")],
            id="三年来-a-dated-clause-stays",
        ),
    ],
)
def test_a_roll_up_of_a_period_is_no_event(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # projects counted at the occasion of a ceremony of the same act told in the sentence
        # (tests/corpus/real/README.md: counts restating a ceremony's act)
        pytest.param(
            "9月12日，第13届中国—东盟博览会签约仪式顺利举行，会上共签署了166个国际、国内经济合作项目。",
            [("signing", "occurred", "2024-09-12")],
            id="会上共签署了166个项目-188",
        ),
        pytest.param(
            "3月20日，成都高新区一季度重大项目集中开工活动举行，当天共有45个项目开工。",
            [("construction", "occurred", "2025-03-20")],
            id="当天共有45个项目开工",
        ),
        pytest.param(
            "5月8日，重庆两江新区重大项目集中签约仪式举行，现场共签约32个项目。",
            [("signing", "occurred", "2025-05-08")],
            id="现场共签约32个项目",
        ),
        pytest.param(
            "5月8日，重庆两江新区重大项目集中签约仪式举行，会上南岸区与宁德时代签署战略合作协议。",
            [("signing", "occurred", "2025-05-08"), ("signing", "occurred", "2025-05-08")],
            id="a-partys-own-signing-at-the-ceremony",
        ),
    ],
)
def test_a_count_at_the_occasion_restates_the_ceremony(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 312 (a 山东 brief): the occasion told is a meeting, its act another type: a milestone
        # of the place that held it (the sentence has no date: undated)
        pytest.param(
            "8月31日上午，山东省举行2024年秋季全省高质量发展重大项目建设现场推进会。此次706个重大项目"
            "集中开工建设，总投资6575亿元。",
            [("meeting", "occurred", "2024-08-31", "山东省"), ("construction", "occurred", None, "山东省")],
            id="此次706个重大项目集中开工建设-312",
        ),
        # real 046 (见道网), 306 (荆门新闻网): the count of the act the lead reported is that act
        # told again (README: the occasion's own total told after its report), no second event
        pytest.param(
            "3月25日，黔南州2024年第二批重大项目集中开工仪式在福泉市举行。此次共有72个重大项目集中开工，"
            "总投资达148亿元。",
            [("construction", "occurred", "2024-03-25", "黔南州")],
            id="此次共有72个重大项目集中开工-046",
        ),
        pytest.param(
            "1月10日，荆门市2024年一季度重大项目集中开工活动举行。此次全市共有224个亿元以上项目集中开工。",
            [("construction", "occurred", "2024-01-10", "荆门市")],
            id="此次全市共有224个…集中开工-306",
        ),
        # real 086: a place's count of the occasion ending in the count is a tally, as before
        pytest.param(
            "3月25日，宜宾市举行重大项目推进会。此次集中签约项目12个。",
            [("meeting", "occurred", "2024-03-25", "宜宾市")],
            id="此次集中签约项目12个-a-tally",
        ),
        # without a word of acting together, the demonstrative alone anchors nothing, as before
        pytest.param(
            "3月25日，宜宾市举行重大项目推进会。此次签约的项目涵盖多个领域。",
            [("meeting", "occurred", "2024-03-25", "宜宾市")],
            id="此次签约的项目涵盖-no-act",
        ),
    ],
)
def test_the_occasions_act_told_after_it_is_the_holders(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """此次/本次… + a word of acting together: the act of the occasion told before, of the body or
    place that held it (carried), when the occasion was of another type; told after a report of
    the same act, it is that act told again."""
    assert event_facts(text, "2024-09-01") == expected


def test_the_occasions_ceremony_at_its_main_venue_is_the_sites() -> None:
    """Real 278 (中国新闻网 copy): 此次集中开工仪式主会场在…项目现场举行, after figures only: the
    occasion's ceremony, of the works whose site holds it (its type: construction by the spec, a
    ceremony has its act's type; meeting, the verb of holding, is accepted by the annotation)."""
    text = "民生公共服务项目38个，投资共75亿元。此次集中开工仪式主会场在海南大学观澜湖校区项目现场举行。"
    found = extract(Article(text, "2024-09-01")).events
    assert [(e.status, e.date, e.subject.name if e.subject else None) for e in found] == [
        ("occurred", None, "海南大学观澜湖校区项目")
    ]
    assert found[0].type in ("construction", "meeting")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rough count is a statistic, and the clauses after it that carry its set on a roll-up
        pytest.param(
            "投資18億元的超薄晶體硅太陽能電池產業園項目、投資7億元的宏耐汽車大動力電池項目等近20個新興產業項目"
            "主體竣工，正在進行內部裝修或設備安裝，預計2012年上半年可竣工投產。",
            [],
            id="等近20个项目主体竣工-and-what-follows-174",
        ),
        pytest.param(
            "宁德时代宜宾基地等近30个项目建成投产，正在进行设备调试，预计年底满产。",
            [],
            id="等近30个项目建成投产",
        ),
        pytest.param("今年以来，重庆海辰储能等20余个项目落地两江新区。", [], id="等20余个项目落地"),
        pytest.param("两江新区数十个重大项目陆续开工。", [], id="数十个项目陆续开工"),
        pytest.param(
            "6月1日，宜宾市30余个重大项目同时开工。",
            [("construction", "occurred", "2025-06-01")],
            id="a-rough-count-started-together-stays",
        ),
        pytest.param("两江新区约50家企业签约入驻。", [], id="约50家企业签约入驻"),
        pytest.param(
            "重庆海辰储能等12个项目集中开工，预计2026年建成投产。",
            [("construction", "occurred", None), ("production", "planned", "2026")],
            id="an-exact-batch-and-its-plan-stay",
        ),
        pytest.param(
            "重庆海辰储能二期项目主体竣工，正在进行设备安装，预计2026年上半年投产。",
            [
                ("construction", "occurred", None),
                ("construction", "ongoing", None),
                ("production", "planned", "2026-H1"),
            ],
            id="one-projects-stages-stay",
        ),
    ],
)
def test_a_rough_count_and_what_its_set_goes_on_to_are_a_roll_up(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 有 and a count before a batch act not done together: a count of what there is
        pytest.param(
            "今年一季度我市有287个重大项目开工建设，总投资2540亿元。",
            [],
            id="我市有287个项目开工建设-185",
        ),
        pytest.param("上半年，两江新区有35个项目竣工投产。", [], id="有35个项目竣工投产"),
        pytest.param("今年以来，宜宾市有12家企业签约落户。", [], id="有12家企业签约落户"),
        pytest.param(
            "5月6日，武汉共有43个项目集中开工。",
            [("construction", "occurred", "2025-05-06")],
            id="有-a-batch-started-together-stays",
        ),
        pytest.param(
            "3月5日，在重庆高新区，又有8个项目正式开工。",
            [("construction", "occurred", "2025-03-05")],
            id="又有-one-more-batch-stays",
        ),
    ],
)
def test_a_count_of_what_there_is_is_a_statistic(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause ending in a count of occasions, after the noun (196: 开展…交流活动50余场; the
        # count before it is a roll-up already: 先后舉辦9次, 141; 连续举办了8场, 155)
        pytest.param("今年，广州开发区还将举办各类招商活动100场以上。", [], id="活动100场以上"),
        pytest.param("上半年，武汉市召开项目调度会12次。", [], id="调度会12次"),
        pytest.param("今年，宜宾市举办重大项目集中签约活动5场左右。", [], id="签约活动5场左右"),
        pytest.param("全年，宜宾市共召开重大项目推进会20余次。", [], id="推进会20余次"),
        # an ordinal names one occasion: it is told
        pytest.param(
            "3月5日，宜宾市举办第二届中国国际动力电池大会。",
            [("meeting", "occurred", "2025-03-05")],
            id="第二届-one-occasion-stays",
        ),
    ],
)
def test_a_count_of_occasions_is_a_statistic(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """vocab.STATISTIC_PATTERNS: a count of occasions (场, 次) ends the clause."""
    assert _events(text) == expected


def test_a_tally_printed_again_is_a_tally_again() -> None:
    text = (
        "2月16日，江西全省各地举行项目开工。其中，南昌市一季度开工重大项目70个。"
        "记者从南昌市政府获悉，南昌市一季度开工重大项目70个，总投资847.2亿元。"
    )
    assert _events(text, "2025-02-16") == [("construction", "occurred", "2025-02-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plans counted as done (111)
        pytest.param("新区道路、供水、供热等18个专项规划已编制完成。", [], id="等18个专项规划已编制完成-111"),
        pytest.param("全市交通、水利等12个专项规划编制完成。", [], id="等12个专项规划编制完成"),
        pytest.param(
            "5月，重庆市国土空间总体规划编制完成。",
            [("other", "occurred", "2025-05")],
            id="a-plan-编制完成",
        ),
        # firms said to be present in a park (113)
        pytest.param("现代物流方面，有宇培、荣桂等上市公司或区内大企业入驻。", [], id="有…入驻-113"),
        pytest.param("园区现有华为、腾讯等企业入驻。", [], id="现有…入驻"),
        pytest.param("目前，园区已有龙头企业入驻并形成产业集聚。", [], id="已有…入驻"),
        pytest.param("3月，宁德时代入驻两江新区。", [("signing", "occurred", "2025-03")], id="入驻-an-act"),
        # …but an adverb of one act after the presence word tells the act (188, 317)
        pytest.param(
            "3月12日，南宁市共有2个国际经济合作项目、9个国内经济合作项目分别集中签约。",
            [("signing", "occurred", "2025-03-12")],
            id="共有…分别集中签约-188",
        ),
        pytest.param(
            "将建设4栋重工业通用厂房，目前，已有浙江永誉、哈锅寒地氢能综合性科研实验基地、环宇通以及一家"
            "核电配套企业正式签约入驻，另有18家企业达成入驻意向。",
            [("signing", "occurred", None)],
            id="已有…正式签约入驻-317",
        ),
        # preparations for an act (114)
        pytest.param("在项目现场，大型机械做好开工准备。", [], id="做好开工准备-114"),
        pytest.param("重庆东站项目已做好投产准备工作。", [], id="投产准备工作"),
    ],
)
def test_counted_plans_present_firms_and_preparations_are_no_acts(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "计划安排260个新开工项目；开工中国中医科学院大学、瑞金医院太仓分院、苏州北站综合枢纽铁路站房工程"
            "等一批重大民生和交通基础设施项目。",
            [],
            id="开工…等一批项目-a-programme-068",
        ),
        pytest.param("投产重庆东站、西部科学城等多个重大项目。", [], id="投产…等多个项目"),
        pytest.param("开工一批重大项目。", [], id="开工一批项目"),
    ],
)
def test_a_trigger_governing_an_unnamed_set_without_a_date_is_a_programme(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "继年初开工10个项目后，5月29日，玉溪国家高新区集中开工第二批13个项目。",
            [("construction", "occurred", "2025-05-29"), ("construction", "occurred", "2025")],
            id="继…开工10个项目后-114",
        ),
        pytest.param(
            "继3月签约5个项目后，6月10日，重庆高新区签约第二批8个项目。",
            [("signing", "occurred", "2025-06-10"), ("signing", "occurred", "2025-03")],
            id="继…签约5个项目后",
        ),
        pytest.param("今年以来，全市开工10个项目。", [], id="a-count-after-the-trigger-outside-a-frame"),
    ],
)
def test_an_earlier_batch_in_a_frame_is_an_act_of_its_own(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a lead telling the day's starts in several places, a place's own count is that
        # place's share, an act of its own (real news: 芙蓉区24个重大项目启动建设; 武汉共有43个项目
        # 集中开工; 德阳市共有46个项目参加集中签约)
        pytest.param(
            "5月6日，重庆市二季度重大项目集中开工活动举行。\n"
            "九龙坡区24个重大项目启动建设；渝北区19个重大项目集中开工。",
            [("construction", "重庆市"), ("construction", "九龙坡区"), ("construction", "渝北区")],
            id="district-shares-after-the-lead",
        ),
        pytest.param(
            "5月6日，四川省重大项目集中开工活动举行。成都共有43个项目集中开工。",
            [("construction", "四川省"), ("construction", "成都")],
            id="共有-share",
        ),
        # …but the count of the place that held the day's acts is their total told again (real
        # 155: 2018年武汉市…第9次集中开工活动在东湖高新区举行 … 武汉共有43个项目集中开工; 292: 杭州市
        # 临平区举行…集中开工、集中签约活动 … 临平区15个重大项目进行了集中开工; README, count shares)
        pytest.param(
            "11月17日，2018年武汉市重大项目第9次集中开工活动在东湖高新区举行。\n武汉共有43个项目集中开工。",
            [("construction", "武汉市")],
            id="the-holder-counts-its-own-total-155",
        ),
        pytest.param(
            "9月28日，杭州市临平区举行2021年三季度重大项目集中开工活动。\n"
            "在本松新材料项目现场，临平区15个重大项目进行了集中开工，总投资超过70亿元。",
            [("construction", "杭州市临平区")],
            id="the-holder-in-short-counts-its-own-total-292",
        ),
        pytest.param(
            "9月28日，杭州市临平区举行2021年三季度重大项目集中开工活动。\n余杭区15个重大项目集中开工。",
            [("construction", "杭州市临平区"), ("construction", "余杭区")],
            id="another-place-s-count-is-its-share",
        ),
        # …counted after the act too (real 359: 磴口县2023年春季重点项目集中开工仪式…举行 … 磴口县
        # 2023年春季集中开工26个重点项目)
        pytest.param(
            "3月30日，磴口县2023年春季重点项目集中开工仪式在磴口县工业园区举行。\n"
            "磴口县2023年春季集中开工26个重点项目，总投资额94.15亿元。",
            [("construction", "磴口县")],
            id="the-holder-counts-after-the-act-359",
        ),
        # …not a place's share told after another share (real 165: 海口集中开工项目8个 … (第二批)…
        # 海口集中开工项目16个), nor a signing with partners (real 257)
        pytest.param(
            "4月13日，海南省重大项目集中开工仪式举行。海口集中开工项目8个。\n"
            "7月13日，海南省第二批重大项目集中开工活动举行。海口集中开工项目16个。",
            [("construction", "海南省"), ("construction", "海口")] * 2,
            id="a-share-after-a-share-165",
        ),
        pytest.param(
            "3月5日，吉林市重大项目集中签约仪式举行。吉林市与中泽集团、桥山集团签约合作实施两个百亿级项目。",
            [("signing", "吉林市"), ("signing", "吉林市")],
            id="a-signing-with-partners-257",
        ),
        # 也 (also) between the count and its act: another set acting too (real 168), not the act
        # told before counted again
        pytest.param(
            "12月23日，番禺汽车小镇正式动工。产业园内多个项目也正式奠基。",
            [("construction", "番禺汽车小镇"), ("construction", "番禺汽车小镇")],
            id="多个项目也正式奠基-168",
        ),
        pytest.param(
            "3月1日，宜宾锂电产业园正式开工。园区内5个配套项目也正式开工。",
            [("construction", "宜宾锂电产业园"), ("construction", "宜宾锂电产业园")],
            id="5个配套项目也正式开工",
        ),
        pytest.param(
            "3月1日，重庆实验室揭牌成立。两江新区多个创新平台也同日揭牌。",
            [("founding", "重庆实验室"), ("opening", "两江新区")],
            id="多个创新平台也同日揭牌",
        ),
        pytest.param(
            "3月1日，宜宾锂电产业园正式开工。园区内5个配套项目正式开工。",
            [("construction", "宜宾锂电产业园")],
            id="without-也-the-count-of-the-act-told",
        ),
        # …but the lead's act counted again without a place, or a roll-up of a scope, is none
        pytest.param(
            "5月6日，重庆市二季度重大项目集中开工活动举行。\n24个重大项目启动建设。",
            [("construction", "重庆市")],
            id="bare-count-told-again",
        ),
        pytest.param(
            "5月6日，重庆市二季度重大项目集中开工活动举行。\n已推动全市753个工业项目开工建设。",
            [("construction", "重庆市")],
            id="roll-up-of-a-scope",
        ),
        # …and after 其中, a place's own share done together (README, convention count shares:
        # 165 其中，海口集中开工项目8个; 272 其中，栾城区集中开工项目5个); a count alone, an act
        # not done together or a period's count after the place stays a part of the batch
        pytest.param(
            "5月6日，海南省重大项目集中开工活动举行。其中，海口市集中开工项目8个，总投资34亿元。",
            [("construction", "海南省"), ("construction", "海口市")],
            id="其中-a-places-share-165",
        ),
        pytest.param(
            "9月1日，石家庄市重大项目集中开工。其中，栾城区集中开工项目5个，位居全市之首。",
            [("construction", "石家庄市"), ("construction", "栾城区")],
            id="其中-a-places-share-272",
        ),
        pytest.param(
            "5月6日，海南省重大项目集中开工活动举行。其中，集中开工项目8个。",
            [("construction", "海南省")],
            id="其中-a-count-alone",
        ),
        pytest.param(
            "2月16日，江西省重大项目集中开工活动举行。其中，南昌市2022年一季度开工重大项目70个。",
            [("construction", "江西省")],
            id="其中-a-places-count-over-a-quarter-065",
        ),
        # a place's share with its amount joined by 、 (real 250, 扬州), its total marked by 共
        # before the act (real 167, 长沙) or 有 before the count (real 056, 宜宾): still the place's
        # own batch (README, convention count shares)
        pytest.param(
            "4月17日，扬州市重大项目集中签约活动举行。\n"
            "高邮市签约项目58个、总投资208亿元；仪征市签约项目42个、总投资143亿元。",
            [("signing", "扬州市"), ("signing", "高邮市"), ("signing", "仪征市")],
            id="shares-with-their-amounts-250",
        ),
        pytest.param(
            "2月25日，长沙市一季度重大项目集中开工活动举行。湘江新区直属区共开工项目23个。",
            [("construction", "长沙市"), ("construction", "湘江新区直属区")],
            id="a-share-totalled-before-its-act-167",
        ),
        pytest.param(
            "1月4日，宜宾市举行2022年第一季度重大项目集中开工活动。三江新区今年一季度集中开工重点项目有20个。",
            [("construction", "宜宾市"), ("construction", "三江新区")],
            id="a-share-counted-with-有-056",
        ),
        pytest.param(
            "1月4日，宜宾市举行重大项目集中开工活动。叙州区集中开工项目共12个。",
            [("construction", "宜宾市"), ("construction", "叙州区")],
            id="a-share-totalled-before-its-count",
        ),
        # …but not the holder's own total after its report, even past another act told between
        # (real 009), nor a kind of projects described (real 010), a span of quarters rolled up
        # (real 392), a count and amount with no place (real 067), a forecast (real 318) or a
        # roll-up whose words before the act name no place (real 388)
        pytest.param(
            "9月28日，凤冈县2015年第四季度18个项目集中开工建设。在现场，凤冈县委书记廖其刚宣布长山米业有限公司项目"
            "正式开工建设。凤冈县2015年第四季度集中开工项目共18个。",
            [("construction", "凤冈县"), ("construction", "长山米业有限公司项目")],
            id="the-holder-totals-its-batch-again-009",
        ),
        pytest.param(
            "11月13日，东山县举行项目集中开工活动。东山县奠基、开工的项目有8个。",
            [("construction", "东山县")],
            id="a-kind-of-projects-described-010",
        ),
        pytest.param(
            "23日，福建省第四季度重大项目集中开工活动举行。前三季度厦门市列入全省季度集中开工重大项目共84个。",
            [("construction", "福建省")],
            id="a-span-of-quarters-rolled-up-392",
        ),
        pytest.param(
            "13日，锡山区举行重大项目集中开竣工仪式。集中开工项目24个、总投资245.3亿元。",
            [("construction", "锡山区")],
            id="a-count-with-its-amount-and-no-place-067",
        ),
        pytest.param(
            "2月1日，银川市重大项目集中开工活动举行。预计一季度银川市开工项目423个、年度计划投资578亿元。",
            [("construction", "银川市")],
            id="a-forecast-count-318",
        ),
        pytest.param(
            "5月6日，天津市重大项目集中签约活动举行。市场化机制引进北京资源落地项目111个、总投资759.7亿元。",
            [("signing", "天津市")],
            id="a-roll-up-naming-no-place-388",
        ),
    ],
)
def test_a_places_share_of_the_days_acts_is_its_own_act(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.subject.name if e.subject else "") for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # projects taking part (参加) in a mass act are the batch acted on, not guests attending
        # (README, convention count shares: a place's own share, the place its subject)
        pytest.param(
            "4月18日，四川省重大项目集中签约仪式在成都举行。德阳市共有46个项目参加集中签约。",
            [("signing", "四川省"), ("signing", "德阳市")],
            id="共有…项目参加集中签约-172",
        ),
        pytest.param(
            "9月8日，泉州市共有7个项目参加现场集中签约，投资总额131.7亿元。",
            [("signing", "泉州市")],
            id="共有…项目参加现场集中签约-463",
        ),
        # …the place named after 参加 is the occasion's, not whose share it is: the clause before
        # names the place (real 250: 高邮市, in 扬州's day of starts)
        pytest.param(
            "高邮市签约项目58个、总投资208亿元；37个亿元以上重大产业项目参加扬州集中开工、投产活动。",
            [("signing", "高邮市"), ("construction", "高邮市")],
            id="项目参加扬州集中开工-the-share-not-the-occasion-250",
        ),
        # people attending stay no act (参加会见 091, 参加调研 118)
        pytest.param("9月8日，市委书记张毅恭参加集中签约仪式。", [], id="a-secretary-attends"),
        pytest.param("9月8日，各项目负责人参加开工仪式。", [], id="project-managers-attend"),
        pytest.param("9月8日，企业代表参加集中签约活动。", [], id="firms-attend"),
    ],
)
def test_projects_taking_part_in_a_mass_act_are_its_batch(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.subject.name if e.subject else "") for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named members rolled up into 一批, or counted and met 如期: a period's acts (annotation
        # README, convention roll-ups)
        pytest.param(
            "敖東國藥基地、韓正人參、百貨大樓百利城、萬達廣場等一批項目投產運營。",
            [],
            id="等一批項目投產運營-258",
        ),
        pytest.param(
            "“中科院近代物理所重离子治肿瘤”“千吨级汽车保险杠水性底涂关键技术”“大功率IGBT芯片国产化”等一批项目落地。",
            [],
            id="等一批项目落地-196",
        ),
        pytest.param(
            "中国海南国际高铁技术研究中心、大悦城环球中心等一批央企投资的产业项目启动建设。",
            [],
            id="等一批项目启动建设-206",
        ),
        pytest.param(
            "经开区重点推进的比亚迪新能源客车及轨道交通项目、华能桂林燃气分布式能源项目、"
            "浙江升华无机颜料生产项目等10个项目如期竣工，这是最高效经开区的极好证明。",
            [],
            id="等10个项目如期竣工-187",
        ),
        pytest.param(
            "乌鲁木齐绕城高速公路(东线)等17个项目如期建成。", [], id="等17个项目如期建成-193"
        ),
        pytest.param("宜宾三江新区等8个项目按期投产。", [], id="等8个项目按期投产"),
        pytest.param(
            "2025年，将有亚太桥牌锦标赛、全国竞走大奖赛、全国啦啦操锦标赛等多个规格高、影响力强的洲际、"
            "全国性赛事落户合肥。",
            [("signing", "planned", "2025")],
            id="等多个…的赛事-several-is-no-unnamed-set-127",
        ),
        pytest.param(
            "在长寿区，氟化工一体化等多个先进材料产业项目已建成投用。",
            [("opening", "occurred", None)],
            id="等多个项目已建成投用-seed-002",
        ),
        # one occasion's batch, a list with no count, and a count not told as scheduled stay
        pytest.param(
            "5月6日，两江新区长安汽车新工厂等一批重大项目集中开工。",
            [("construction", "occurred", "2025-05-06")],
            id="等一批项目集中开工-stays",
        ),
        pytest.param(
            "日前，桂林经开区宝山工业园基础及配套设施等系列项目开/竣工仪式举行，"
            "桂林比亚迪跨座式单轨轨道梁厂等10个项目顺利竣工，桂林中兴通讯产业园等21个项目集中开工。",
            [
                ("construction", "occurred", "2025-06-01/2025-06-30"),
                ("construction", "occurred", "2025-06-01/2025-06-30"),
                ("construction", "occurred", "2025-06-01/2025-06-30"),
            ],
            id="等10个项目顺利竣工-at-the-ceremony-187",
        ),
        pytest.param(
            "安巢经开区智能制造产业园三期、国瑞智慧产业园一期东西区、智能制造产业园一期B区等多个重点建设项目集中开工。",
            [("construction", "occurred", None)],
            id="等多个项目集中开工-198",
        ),
        pytest.param(
            "金冠食品、桂和堂、华林食品等项目相继竣工投产。",
            [("production", "occurred", None)],
            id="等项目相继竣工投产-no-count-113",
        ),
        pytest.param(
            "中种集团总部迁建与科研能力建设框架协议等2个项目签约落地。",
            [("signing", "occurred", None)],
            id="等2个项目签约落地-206",
        ),
    ],
)
def test_named_members_rolled_up_into_a_set_are_no_event(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 106: another act of the day's ceremony, its batch named by its count alone: the host's
        pytest.param(
            "2月17日，长沙县举行一季度重大项目集中开工仪式。60个重大项目集中开工，总投资额289亿元；"
            "33个重大项目集中签约，总投资额446亿元。",
            [("construction", "occurred", "2024-02-17", "长沙县"), ("signing", "occurred", None, "长沙县")],
            id="33个重大项目集中签约-the-host-106",
        ),
        pytest.param(
            "3月1日，宜宾市举行重大项目集中签约仪式。总投资120亿元的12个重点项目集中开工。",
            [("signing", "occurred", "2024-03-01", "宜宾市"), ("construction", "occurred", None, "宜宾市")],
            id="总投资…的12个重点项目集中开工-the-host",
        ),
        # real 242, 148: the members listed right after the count: the first is the subject
        pytest.param(
            "3月28日，全区13个高速公路建设项目集中开工，包括我市辖区内的天峨—北海公路(平果至南宁段)、"
            "岑溪—大新公路(横县至南宁段)。",
            [("construction", "occurred", "2024-03-28", "天峨—北海公路(平果至南宁段)")],
            id="全区13个…项目集中开工，包括A、B-242",
        ),
        pytest.param(
            "7月1日，西安市45个重点项目竣工。与此同时，35个总投资达501亿元的重点项目开工，"
            "包括法士特智能工厂、斗门水库建设工程等。",
            [
                ("construction", "occurred", "2024-07-01", "西安市"),
                ("construction", "occurred", None, "法士特智能工厂"),
            ],
            id="35个…重点项目开工，包括A、B等-148",
        ),
        # real 133: a count over a fair, after a statistic; the host is the fair, no place: none
        pytest.param(
            "据统计，本次投洽会期间，吴江共有25个项目集中开工，总投资约283亿元；58个项目集中签约。",
            [],
            id="投洽会期间…；58个项目集中签约-133",
        ),
        # a count with no member listed and no host told before: none
        pytest.param("33个重大项目集中签约，总投资额446亿元。", [], id="N个项目集中签约-no-host"),
    ],
)
def test_a_batch_named_by_its_count_is_its_hosts_or_its_first_members(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """A batch acting together named only by its count (carried.counted_batch): the act of the
    place or zone that hosts the day's ceremony told before; with its members listed right after
    (subjects.listed_member, vocab.MEMBER_LIST_OPENERS), the first member's."""
    assert event_facts(text, "2024-09-30") == expected


def test_whether_a_counted_batch_names_no_one_is_asked_only_for_one() -> None:
    """`is_statistic` takes whether the words before the trigger name no one as a function, asked
    only for a counted batch (重庆开工项目21个: with no one acting, a bare count is a tally);
    a clause counting nothing never asks (reading those words costs a pass over them)."""
    asked: list[str] = []

    def bare(answer: bool) -> Callable[[], bool]:
        return lambda: asked.append("asked") is None and answer

    counted = "重庆开工项目21个"
    at = counted.index("开工")
    trigger = triggers.Trigger("construction", "开工", at, at + 2)
    assert triggers.is_statistic(counted, trigger, bare=bare(True))
    assert not triggers.is_statistic(counted, trigger, bare=bare(False))
    assert asked == ["asked", "asked"]
    named = "重庆实验室开工建设"
    at = named.index("开工")
    trigger = triggers.Trigger("construction", "开工", at, at + 2)
    assert not triggers.is_statistic(named, trigger, bare=bare(True))
    assert asked == ["asked", "asked"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real 223: acts done together, counted after the trigger, at the place's occasion; the
        # estimate after 达产后 plans none of the acts listed after it
        pytest.param(
            "6月27日，开州区举行二季度招商引资项目“三集中”活动，集中签约31个重点项目，"
            "达产后预计新增年产值60多亿元；集中开工26个重点项目，总投资37.5亿元；集中投产18家企业。",
            [
                ("meeting", "occurred", "2024-06-27", "开州区"),
                ("signing", "occurred", "2024-06-27", "开州区"),
                ("construction", "occurred", "2024-06-27", "开州区"),
                ("production", "occurred", "2024-06-27", "开州区"),
            ],
            id="集中签约31个重点项目-223",
        ),
        # a bare count, or an act not done together, counted after the trigger: no event
        pytest.param("签约项目29个。", [], id="签约项目29个-a-count"),
        pytest.param("园区开工10个项目。", [], id="开工10个项目-not-together"),
        # a modal governing a list over ；stays the list's plan
        pytest.param(
            "2017年，新疆交通将启动A高速公路工程建设；启动B高速公路工程建设。",
            [("other", "planned", "2017", "新疆交通"), ("other", "planned", "2017", "新疆交通")],
            id="将启动A；启动B-a-planned-run",
        ),
    ],
)
def test_a_batch_done_together_and_counted_after_its_act(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """集中签约31个重点项目 (vocab.TOGETHER_WORDS before a batch trigger): the count after the act
    is its object, the act is told; a consequence's estimate (达产后预计…) plans no act after ；
    (triggers.without_consequences)."""
    assert event_facts(text, "2024-06-28") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work measured after the act: progress, no milestone (211; the class in 069, 091, 110, 193)
        pytest.param(
            "九江昌河汽车有限公司今日举行了揭牌仪式。土建工程建设投资3860万元，土石方156万立方米，"
            "建成正式道路路基1.2公里，排水沟1.4公里。",
            [("opening", "occurred", "2025-06-30")],
            id="建成路基1.2公里-211",
        ),
        pytest.param("5月，园区新铺设污水管网3.5公里。", [], id="铺设管网3.5公里"),
        pytest.param("截至6月底，一期工程完成土石方开挖12万立方米。", [], id="完成土石方12万立方米"),
        pytest.param("高速公路路基土石方施工完成98%。", [], id="施工完成98%-110"),
        # the act of a work named by its size, or an amount of money after a signing, stays
        pytest.param(
            "6月1日，宜宾港三期1.2公里码头岸线建成。",
            [("construction", "occurred", "2025-06-01")],
            id="the-size-before-the-act-stays",
        ),
        pytest.param(
            "6月1日，宜宾市与宁德时代签约，总投资50亿元。",
            [("signing", "occurred", "2025-06-01")],
            id="a-signings-amount-stays",
        ),
    ],
)
def test_work_measured_after_the_act_is_progress(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected
