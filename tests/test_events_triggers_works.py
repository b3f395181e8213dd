"""Works: the stages of construction, services a facility starts, approvals (`vocab/works.py`).

Rows from `shared/spec/events.md` and the real articles (file named in the id), with invented
variants; every expected value was worked out by reading the sentence.
"""

from __future__ import annotations

import pytest
from extracted import event_triples as _events

from timeline.events import Article, extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("2003年，防城港首座大桥建成。", ["construction"]),
        ("防城港大桥于2003年建成。", ["construction"]),
        ("到2025年，全市建成现代产业体系。", []),
    ],
)
def test_built_needs_a_thing_named_as_built(text: str, types: list[str]) -> None:
    """建成 is a finished work when what was built is named like one, recognised or not (首座大桥);
    a goal built (现代产业体系) is none."""
    assert [e.type for e in extract(Article(text, "2016-08-16")).events] == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the works finished (spec: construction; corpus 110, then invented variants)
        pytest.param(
            "中国北车江西轨道交通产业基地建设项目钢构主体完成。",
            ("construction", "occurred", None),
            id="钢构主体完成-110",
        ),
        pytest.param(
            "蓝图汽车产业园一期建设项目土建工程基本完成。",
            ("construction", "occurred", None),
            id="土建工程基本完成-110",
        ),
        pytest.param(
            "南昌大学二附院红角洲分院基坑土方工程基本结束。",
            ("construction", "occurred", None),
            id="基坑土方工程基本结束-110",
        ),
        pytest.param(
            "重庆东站项目主体结构已经全部完成。",
            ("construction", "occurred", None),
            id="主体结构已经全部完成",
        ),
        pytest.param("T3航站楼主体结构顺利完成。", ("construction", "occurred", None), id="主体结构顺利完成"),
        pytest.param(
            "西部科学城大桥基础施工基本结束。", ("construction", "occurred", None), id="基础施工基本结束"
        ),
        # the work named after 完成
        pytest.param(
            "赣龙铁路扩能工程基本完成全线铺架。", ("construction", "occurred", None), id="完成全线铺架-110"
        ),
        pytest.param("渝昆高铁完成全线铺轨。", ("construction", "occurred", None), id="完成全线铺轨"),
        pytest.param("重庆东站大桥完成主梁架设。", ("construction", "occurred", None), id="完成主梁架设"),
        # works under way
        pytest.param(
            "蓝图汽车产业园一期建设项目正在进行设备安装调试。",
            ("construction", "ongoing", None),
            id="正在进行设备安装调试-110",
        ),
        pytest.param(
            "江西省儿童医院红谷滩新院正在进行土方开挖边坡支护等施工。",
            ("construction", "ongoing", None),
            id="正在进行…等施工-110",
        ),
        pytest.param(
            "第二給水廠正在進行設備調試。", ("construction", "ongoing", None), id="正在進行設備調試-111"
        ),
        pytest.param(
            "重庆东站项目正在进行主体钢结构吊装。", ("construction", "ongoing", None), id="正在进行…吊装"
        ),
        pytest.param(
            "西部科学城大桥正在进行桥面铺设。", ("construction", "ongoing", None), id="正在进行桥面铺设"
        ),
        # works begun
        pytest.param(
            "江西省人民医院红谷分院已开始桩基承台和底板垫层浇筑。",
            ("construction", "occurred", None),
            id="已开始…浇筑-110",
        ),
        pytest.param(
            "重庆东站项目已开始主体结构混凝土浇筑。", ("construction", "occurred", None), id="已开始…浇筑"
        ),
        pytest.param("成达万高铁已开始全线铺轨。", ("construction", "occurred", None), id="已开始全线铺轨"),
        # works pressed on: under way
        pytest.param(
            "同一时间，即将刷新世界高度纪录的花江峡谷大桥也在争分夺秒建设。",
            ("construction", "ongoing", None),
            id="争分夺秒建设-即将-qualifies-the-bridge-112",
        ),
        pytest.param(
            "铜仁德江机场项目建设现场，正在不断刷新建设进度条。",
            ("construction", "ongoing", None),
            id="刷新建设进度条-112",
        ),
        pytest.param(
            "在六盘水，六枝特大桥上，工人们正昼夜奋战。", ("construction", "ongoing", None), id="昼夜奋战-112"
        ),
        pytest.param(
            "习水同民坝一期建设项目一标段掀起“大干快上”施工热潮。",
            ("construction", "ongoing", None),
            id="掀起…施工热潮-112",
        ),
        pytest.param("重庆东站项目加班加点施工。", ("construction", "ongoing", None), id="加班加点施工"),
        pytest.param("成都天府机场二期夜以继日施工。", ("construction", "ongoing", None), id="夜以继日施工"),
        pytest.param(
            "广西水产畜牧职业技术学院加快建设。",
            ("construction", "ongoing", None),
            id="a-college-加快建设-113",
        ),
        # a service started by a finished facility: an opening
        pytest.param("天燃氣工程項目已通氣點火。", ("opening", "occurred", None), id="通氣點火-111"),
        pytest.param("第二给水厂将于今年3月供水。", ("opening", "planned", "2025-03"), id="将于…供水-111"),
        pytest.param("广西外国语学院2019年建成招生。", ("opening", "occurred", "2019"), id="建成招生-113"),
        pytest.param(
            "垣曲县舜乡城郊森林公园建成并对外开放。", ("opening", "occurred", None), id="建成并对外开放-108"
        ),
        pytest.param("重庆东站配套热力站已正式供暖。", ("opening", "occurred", None), id="正式供暖"),
        pytest.param("重庆巴蜀中学新校区建成并开学。", ("opening", "occurred", None), id="建成并开学"),
        pytest.param(
            "渝北区新图书馆建成并对外开放。", ("opening", "occurred", None), id="图书馆建成并对外开放"
        ),
        # approved by an authority named in between, passed on review, raised in rank
        pytest.param(
            "兰州新区于2012年8月20日正式被國家批準為全國第五個國家級新區。",
            ("approval", "occurred", "2012-08-20"),
            id="被國家批準為-111",
        ),
        pytest.param(
            "西部科学城被科技部认定为国家级科技企业孵化器。",
            ("approval", "occurred", None),
            id="被科技部认定为",
        ),
        pytest.param(
            "1984年5月，北海市与防城港一起被国务院批准为全国首批沿海开放城市之一。",
            ("approval", "occurred", "1984-05"),
            id="被国务院批准为-104",
        ),
        pytest.param(
            "新區總體規劃完成了優化完善，成果已經甘肅省政府審查通過。",
            ("approval", "occurred", None),
            id="審查通過-111",
        ),
        pytest.param("重庆东站规划方案已经市政府评审通过。", ("approval", "occurred", None), id="评审通过"),
        pytest.param(
            "重庆高新区经国务院批准升格为国家级高新区。", ("approval", "occurred", None), id="升格为国家级"
        ),
        # a plan cue inside a phrase qualifying the subject tells of that thing
        pytest.param(
            "计划总投资10亿元的重庆东站项目今天开工。",
            ("construction", "occurred", "2025-06-30"),
            id="计划…的-a-noun",
        ),
        # the act told after the thing a trigger qualifies (试生产的首批新能源汽车下线)
        pytest.param(
            "今年3月，一汽红旗新能源汽车工厂试生产的首批新能源汽车下线。",
            ("production", "occurred", "2025-03"),
            id="试生产的…下线-103",
        ),
        pytest.param(
            "3月，长安汽车新工厂试产的首批新车下线。", ("production", "occurred", "2025-03"), id="试产的…下线"
        ),
        pytest.param(
            "5月，比亚迪重庆工厂量产的首批电池交付。", ("production", "occurred", "2025-05"), id="量产的…交付"
        ),
        # fresh pages (pool outside the corpus): a stage of the works entered (reached, so occurred:
        # README, the session-11 convention on works stages: 239-06, 149-13, 153-18), works
        # ended (完毕), a member of a structure counted, ground broken, a bridge spanned
        pytest.param(
            "5月14日，贵黄高速路段已全面进入铺油阶段。",
            ("construction", "occurred", "2025-05-14"),
            id="进入铺油阶段-pool",
        ),
        pytest.param(
            "5月6日，重庆东站项目进入内部装修装饰阶段。",
            ("construction", "occurred", "2025-05-06"),
            id="进入装修阶段",
        ),
        pytest.param(
            "5月6日，重庆东站项目进入设备安装调试阶段。",
            ("construction", "occurred", "2025-05-06"),
            id="进入安装调试阶段",
        ),
        pytest.param(
            "5月6日，重庆东站外立面施工进入收尾阶段。",
            ("construction", "occurred", "2025-05-06"),
            id="施工进入收尾阶段",
        ),
        pytest.param(
            "5月，重庆东站项目进入全面建设阶段。",
            ("construction", "occurred", "2025-05"),
            id="进入建设阶段-reached",
        ),
        pytest.param(
            "5月6日，重庆东站病房装修已经完毕。",
            ("construction", "occurred", "2025-05-06"),
            id="装修已经完毕-pool",
        ),
        pytest.param(
            "5月6日，重庆东站管网施工已全部完毕。",
            ("construction", "occurred", "2025-05-06"),
            id="施工全部完毕",
        ),
        pytest.param(
            "5月6日，重庆东站主体结构浇筑完毕。",
            ("construction", "occurred", "2025-05-06"),
            id="浇筑完毕",
        ),
        pytest.param(
            "12月13日，重庆郭家沱长江大桥第19片钢桁梁成功架设。",
            ("construction", "occurred", "2024-12-13"),
            id="第N片…架设-pool",
        ),
        pytest.param(
            "5月6日，重庆白居寺长江大桥最后一榀钢箱梁顺利吊装。",
            ("construction", "occurred", "2025-05-06"),
            id="最后一榀…吊装",
        ),
        pytest.param(
            "5月6日，深中通道第3节管节成功沉放。",
            ("construction", "occurred", "2025-05-06"),
            id="第N节…沉放",
        ),
        pytest.param(
            "4月19日，沈医二院皇姑院区一期扩建工程正式破土开槽。",
            ("construction", "occurred", "2025-04-19"),
            id="破土开槽-pool",
        ),
        pytest.param(
            "5月6日，重庆嘉陵江大桥正式架通。",
            ("construction", "occurred", "2025-05-06"),
            id="架通",
        ),
        pytest.param("重庆嘉陵江大桥可望今年架通。", ("construction", "planned", "2025"), id="可望-a-plan"),
        pytest.param("重庆东站项目可望明年投产。", ("production", "planned", "2026"), id="可望…投产"),
        pytest.param(
            "湖北鸿泰阳项目目前四大厂房接近完工。", ("construction", "ongoing", None), id="接近完工-pool"
        ),
        pytest.param(
            "2022年6月，省委、省政府将扬州确定为“跨江融合发展综合改革试点”城市。",
            ("approval", "occurred", "2022-06"),
            id="将X确定为-not-a-plan-pool",
        ),
        pytest.param(
            "2022年6月，市政府将该项目列入市重点项目清单。",
            ("approval", "occurred", "2022-06"),
            id="将X列入-not-a-plan",
        ),
        # 将 as 把 before a thing put somewhere: the placing is told (099, pool 2 q52)
        pytest.param(
            "2025年5月6日，新能源龙头企业协鑫集团此次将储能PACK和储能系统集成生产基地落户厦门。",
            ("signing", "occurred", "2025-05-06"),
            id="将X落户-not-a-plan-q52",
        ),
        pytest.param(
            "2025年5月6日，宁德时代将其第二总部落户宜宾。",
            ("signing", "occurred", "2025-05-06"),
            id="将其X落户",
        ),
        pytest.param(
            "2025年5月6日，宁德时代将于明年在宜宾落户。",
            ("signing", "planned", "2026"),
            id="将于…落户-a-plan",
        ),
        # designations, approvals of a document and announced lists on fresh pages
        pytest.param(
            "2021年6月，南阳市中心医院新区医院被确定为“河南省级区域医疗中心”依托项目。",
            ("approval", "occurred", "2021-06"),
            id="确定为…依托项目-pool",
        ),
        pytest.param(
            "2011年9月，银川生态纺织示范区被自治区政府确定为“二号工程”。",
            ("approval", "occurred", "2011-09"),
            id="确定为…工程",
        ),
        pytest.param(
            "2023年3月，重庆东站被列为全省“三个一批”的项目。",
            ("approval", "occurred", "2023-03"),
            id="列为…的项目",
        ),
        pytest.param(
            "2011年9月21日，国家发改委正式批准《宁夏银川承接产业转移示范区实施方案》。",
            ("approval", "occurred", "2011-09-21"),
            id="批准《》-pool",
        ),
        pytest.param(
            "2024年3月，国务院批准了《重庆东部槽谷生态保护规划》。",
            ("approval", "occurred", "2024-03"),
            id="批准了《》",
        ),
        pytest.param(
            "2012年，银川示范区被纳入《国家西部大开发“十二五”发展规划》。",
            ("approval", "occurred", "2012"),
            id="纳入《规划》-pool",
        ),
        pytest.param(
            "南港工业区已正式纳入我国《石化产业布局规划方案》，京津冀石化产业将逐步向南港工业区集聚。",
            ("approval", "occurred", None),
            id="纳入《方案》-253",
        ),
        pytest.param(
            "2023年5月，宜宾三江新区纳入国家级新区支持范围。",
            ("approval", "occurred", "2023-05"),
            id="纳入…范围",
        ),
        pytest.param(
            "2021年2月，国家发展改革委关于同意南京都市圈发展规划的复函发布。",
            ("approval", "occurred", "2021-02"),
            id="关于同意…的复函发布-pool",
        ),
        pytest.param(
            "2024年5月，国务院关于同意重庆都市圈发展规划的批复正式印发。",
            ("approval", "occurred", "2024-05"),
            id="关于同意…的批复印发",
        ),
        pytest.param(
            "5月6日，海口盐灶学校已取得《项目选址意见书》。",
            ("approval", "occurred", "2025-05-06"),
            id="取得…意见书-pool",
        ),
        pytest.param(
            "5月6日，重庆东站项目拿到用地批文。", ("approval", "occurred", "2025-05-06"), id="拿到批文"
        ),
        pytest.param(
            "5月6日，2025年度重庆市重点实验室名单正式公布。",
            ("announcement", "occurred", "2025-05-06"),
            id="名单正式公布-released-before-pool",
        ),
        pytest.param(
            "5月6日，重庆市首批专精特新企业榜单发布。",
            ("announcement", "occurred", "2025-05-06"),
            id="榜单发布-released-before",
        ),
        # ceremonies told by other words, opening words of fresh pages
        pytest.param(
            "2018年2月7日，远大购物中心隆重举行开工盛典仪式。",
            ("construction", "occurred", "2018-02-07"),
            id="开工盛典-pool",
        ),
        pytest.param(
            "5月6日，重庆来福士广场举行开业盛典。", ("opening", "occurred", "2025-05-06"), id="开业盛典"
        ),
        pytest.param(
            "10月31日，重庆东站项目开工仪式举行，市委书记卢治轩出席并下达开工令。",
            ("construction", "occurred", "2024-10-31"),
            id="出席并下达开工令-pool",
        ),
        pytest.param(
            "12月8日，迟中华会见浦虹一行，并共同见证省低空产业投资公司与丽江市人民政府签署战略合作协议。",
            ("signing", "occurred", "2024-12-08"),
            id="见证A与B签署-pool",
        ),
        pytest.param(
            "5月6日，市长见证重庆东站公司同中国中铁签订合作协议。",
            ("signing", "occurred", "2025-05-06"),
            id="见证A同B签订",
        ),
        pytest.param(
            "10月19日，联盟揭牌仪式后举行联盟第一单军民融合发展项目签字仪式。",
            ("signing", "occurred", "2024-10-19"),
            id="仪式后举行…签字仪式-pool",
        ),
        pytest.param(
            "5月6日，重庆东站公司与中国中铁举行项目合作签字仪式。",
            ("signing", "occurred", "2025-05-06"),
            id="签字仪式",
        ),
        pytest.param(
            "3月19日，重庆东站项目各单体的土方开挖和施工降水工作正在进行。",
            ("construction", "ongoing", "2025-03-19"),
            id="…工作正在进行-pool",
        ),
        pytest.param(
            "3月19日，重庆东站项目设备调试正在进行。",
            ("construction", "ongoing", "2025-03-19"),
            id="调试正在进行",
        ),
        pytest.param(
            "3月19日，重庆东站项目二期正在进行地基工程。",
            ("construction", "ongoing", "2025-03-19"),
            id="正在进行…工程-pool",
        ),
        pytest.param(
            "3月19日，重庆东站项目目前正在开展设备调试。",
            ("construction", "ongoing", "2025-03-19"),
            id="正在开展…调试-136",
        ),
        pytest.param(
            "5月6日，图们市人才孵化园基础设施项目目前已经复工。",
            ("construction", "occurred", "2025-05-06"),
            id="已经复工-120",
        ),
        pytest.param(
            "2月5日，昌江航道提升工程正式复工。", ("construction", "occurred", "2025-02-05"), id="正式复工"
        ),
        pytest.param(
            "重庆东站大桥预计2024年年底具备通车条件。", ("opening", "planned", "2024"), id="具备通车条件-129"
        ),
        pytest.param(
            "重庆东站项目预计明年6月具备投产条件。", ("production", "planned", "2026-06"), id="具备投产条件"
        ),
        pytest.param(
            "10月31日，共青城市重大工业项目开工仪式举行，市委书记卢治轩出席并下达开工令。",
            ("construction", "occurred", "2024-10-31"),
            id="下达开工令-no-subject-of-its-own-pool",
        ),
        pytest.param(
            "深赣港特别合作区一期项目位于赣州。5月20日，市委书记卢治轩出席并下达开工令。",
            ("construction", "occurred", "2025-05-20"),
            id="下达开工令-the-subject-carried-pool",
        ),
        pytest.param(
            "5月6日上午，重庆东站项目动工仪式正式开始。",
            ("construction", "occurred", "2025-05-06"),
            id="动工仪式正式开始-pool",
        ),
        pytest.param(
            "12月19日，中国建设银行举行了贵州贵安新区数据中心项目(一期)的启动仪式。",
            ("other", "occurred", "2024-12-19"),
            id="X的启动仪式-pool",
        ),
        pytest.param(
            "5月6日，重庆市举行了重庆东站项目的开工仪式。",
            ("construction", "occurred", "2025-05-06"),
            id="X的开工仪式",
        ),
        pytest.param(
            "5月6日，重庆首列中欧班列正式始发。", ("opening", "occurred", "2025-05-06"), id="始发-pool"
        ),
        pytest.param(
            "陕西考古博物馆将于4月28日对公众免费试行开放。",
            ("opening", "planned", "2026-04-28"),
            id="试行开放-pool",
        ),
        pytest.param(
            "5月6日，重庆自然博物馆新馆试开放。", ("opening", "occurred", "2025-05-06"), id="试开放"
        ),
        pytest.param(
            "浩云长盛宁夏数据中心项目计划2025年12月底建成运营。",
            ("opening", "planned", "2025-12"),
            id="建成运营-pool",
        ),
        pytest.param(
            "省政府将于明年将扬州确定为试点城市。",
            ("approval", "planned", "2026"),
            id="将于…将X确定为-a-plan",
        ),
        # a phase of the works, or their task, finished (corpus 174, 136 and pool page q74, then
        # invented variants)
        pytest.param(
            "5月6日，重庆东站项目已完成首期工程。",
            ("construction", "occurred", "2025-05-06"),
            id="完成首期工程",
        ),
        pytest.param(
            "5月6日，宜宾港三期工程已完成二期建设。",
            ("construction", "occurred", "2025-05-06"),
            id="完成二期建设-q74",
        ),
        pytest.param(
            "曼德汽车零部件新工厂项目已全面完成施工任务。",
            ("construction", "occurred", None),
            id="全面完成施工任务-136",
        ),
        pytest.param(
            "4月，两江协同创新区已全面完成建设任务。",
            ("construction", "occurred", "2025-04"),
            id="完成建设任务",
        ),
        # the main works entered or carried out (corpus 208, 120)
        pytest.param(
            "重庆东站项目预计明年4月中旬可进入主体施工。",
            ("construction", "planned", "2026-04-X2"),
            id="可进入主体施工-208",
        ),
        pytest.param(
            "珲春渤海古镇计划于明年3月底进行主体工程建设。",
            ("construction", "planned", "2026-03"),
            id="进行主体工程建设-120",
        ),
        pytest.param(
            "今年3月，宜宾锂电产业园开始土建施工。",
            ("construction", "occurred", "2025-03"),
            id="开始土建施工",
        ),
        # a plant run for trial or for good, its first vehicles made (corpus 239, 214)
        pytest.param(
            "青钢搬迁改造项目预计明年上半年将试车生产。",
            ("production", "planned", "2026-H1"),
            id="将试车生产-239",
        ),
        pytest.param(
            "重庆海辰储能二期工厂下月试车生产。", ("production", "planned", "2025-07"), id="下月试车生产"
        ),
        pytest.param(
            "长安汽车新工厂争取年底实现正式生产。",
            ("production", "planned", "2025"),
            id="实现正式生产-214",
        ),
        pytest.param(
            "中博新能源汽车项目今年5月份正式出样车。",
            ("production", "occurred", "2025-05"),
            id="正式出样车-214",
        ),
    ],
)
def test_stages_of_works_services_and_approvals(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("南昌至宁都高速公路路基土石方施工完成98%。", id="施工完成98%-a-share-110"),
        pytest.param("该项目土建工程完成投资3亿元。", id="完成投资-an-amount"),
        pytest.param("江西省妇幼保健院红谷滩医院目前正在进行施工图设计。", id="施工图设计-design-110"),
        pytest.param("全区掀起项目建设热潮。", id="掀起建设热潮-of-a-place"),
        pytest.param("全区各工地正在争分夺秒建设。", id="争分夺秒-of-a-place"),
        pytest.param("该区进一步扩大对外开放。", id="对外开放-a-policy"),
        pytest.param("第二给水厂供水能力达到10万吨。", id="供水能力-a-noun"),
        pytest.param("区内实现通水、通电、通路。", id="通水通电通路-a-list"),
        pytest.param("该港被称为“海上胡志明小道”。", id="被称为-a-name-104"),
        pytest.param("5月6日，重庆大学招生工作进入收尾阶段。", id="收尾阶段-not-of-works"),
        pytest.param("5月6日，重庆东站会议已经结束。", id="已经结束-no-works"),
        pytest.param("今年，重庆被确定为项目建设年。", id="确定为…年-no-designation"),
        pytest.param(
            "根据《国务院关于同意河南省调整三门峡市部分行政区划的批复》精神，各地认真落实。",
            id="关于同意…的批复-a-title",
        ),
        pytest.param("开工仪式现场。", id="仪式现场-a-caption"),
        pytest.param("10月19日，开工仪式结束后，代表们参观了展厅。", id="仪式结束后-a-time"),
        pytest.param("黄强、汪建平出席签约仪式并共同见证协议签署。", id="见证-no-parties"),
        pytest.param("全区正在加快项目建设。", id="正在加快项目建设-of-a-place"),
        pytest.param("今天，又有一个好消息首次发布。", id="消息发布-no-list-released-before"),
        pytest.param("5月6日，张三与李四在协议上签字。", id="签字-without-a-ceremony"),
        pytest.param("5月6日，全市企业复工复产有序推进。", id="复工复产-of-firms"),
        pytest.param("5月6日，全区复工率达到95%。", id="复工率-a-rate"),
        pytest.param("兰州新区北站是中欧班列的始发站。", id="始发站-a-noun"),
        pytest.param("重庆东站项目的顺利投产为全区注入动能。", id="的…投产-no-ceremony"),
        # an amount or a share of the works, a permit or firms named by the act: no act
        pytest.param("该项目完成一期工程投资5亿元。", id="完成一期工程投资-an-amount"),
        pytest.param("目前已完成施工任务的80%。", id="完成施工任务的80%-a-share"),
        pytest.param("全市完成建设任务的九成。", id="完成建设任务的九成-a-share"),
        pytest.param("项目进入主体施工进度的关键期。", id="主体施工进度-a-noun"),
        pytest.param("企业正式生产许可证已办理。", id="正式生产许可证-a-noun"),
        pytest.param("园区正式生产经营的企业达30家。", id="正式生产经营的企业-a-count"),
        # taken into a scope: counted, or what a document does
        pytest.param("今年新纳入规上统计范围企业23家。", id="纳入…范围-a-count"),
        pytest.param("《办法》明确，将符合条件的企业纳入补贴范围。", id="纳入…范围-a-document's-content"),
        pytest.param("新增3个大科学装置项目纳入国家“十四五”专项规划。", id="纳入规划-a-count-079"),
    ],
)
def test_works_services_and_approvals_that_are_no_milestone(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member of a structure finished by the act done on it (pages outside the corpus:
        # 泸州市榕山长江大桥全桥桥面沥青铺设完成, 2024)
        pytest.param(
            "5月6日，泸州市榕山长江大桥全桥桥面沥青铺设完成。",
            ("construction", "occurred", "2025-05-06"),
            id="桥面沥青铺设完成",
        ),
        pytest.param(
            "4月22日，瀘州榕山長江大橋全橋橋面瀝青鋪設完成。",
            ("construction", "occurred", "2025-04-22"),
            id="鋪設完成-traditional",
        ),
        pytest.param(
            "5月6日，成渝中线高铁全线铺轨完成。", ("construction", "occurred", "2025-05-06"), id="铺轨完成"
        ),
        pytest.param(
            "5月6日，重庆东站项目钢结构吊装完成。", ("construction", "occurred", "2025-05-06"), id="吊装完成"
        ),
        pytest.param(
            "5月6日，杭州萧山机场T4航站楼改造完成。",
            ("construction", "occurred", "2025-05-06"),
            id="改造完成",
        ),
        pytest.param(
            "5月6日，重庆东站项目首榀箱梁架设完成。",
            ("construction", "occurred", "2025-05-06"),
            id="首榀架设",
        ),
        pytest.param(
            "5月6日，重庆东站项目桩基施工正式启动。",
            ("construction", "occurred", "2025-05-06"),
            id="施工启动",
        ),
        # a place opened to its first users, a service run for the first time
        pytest.param(
            "5月6日，长沙理工大学云塘校区迎来首批新生。",
            ("opening", "occurred", "2025-05-06"),
            id="迎来首批新生",
        ),
        pytest.param(
            "3月10日，天津市环湖医院新址开始接收急诊患者。",
            ("opening", "occurred", "2025-03-10"),
            id="开始接收患者",
        ),
        pytest.param(
            "2024年3月，京平综合物流枢纽中欧班列发出首班。", ("opening", "occurred", "2024-03"), id="发出首班"
        ),
        pytest.param(
            "5月6日，宜昌两河六库连通工程开始试通水。", ("opening", "occurred", "2025-05-06"), id="开始试通水"
        ),
        pytest.param(
            "5月6日，重庆大学附属中学首次招生。", ("opening", "occurred", "2025-05-06"), id="首次招生"
        ),
        # a body moving to its new site (常德市第一中医医院将于2023年2月18日搬迁至新院区): a move
        pytest.param(
            "常德市第一中医医院将于2月18日整体搬迁至新院区。",
            ("other", "planned", "2026-02-18"),
            id="搬迁至新院区",
        ),
        pytest.param(
            "5月6日，重庆市第一人民医院正式迁入新址。", ("other", "occurred", "2025-05-06"), id="迁入新址"
        ),
        # a listing named by its exchange; an approval by the authority acting
        pytest.param(
            "5月6日，重庆长安汽车股份有限公司在深交所上市。",
            ("other", "occurred", "2025-05-06"),
            id="在深交所上市",
        ),
        pytest.param(
            "5月6日，科技部批准建设重庆国家应用数学中心。",
            ("approval", "occurred", "2025-05-06"),
            id="批准建设",
        ),
        pytest.param(
            "1月18日，科技部发文批准依托四川农业大学建设西南作物基因资源发掘与利用国家重点实验室。",
            ("approval", "occurred", "2025-01-18"),
            id="发文批准…建设",
        ),
        pytest.param(
            "5月6日，苏州工业园区晋级为国家级开发区。",
            ("approval", "occurred", "2025-05-06"),
            id="晋级为国家级",
        ),
        pytest.param(
            "5月6日，苏州工业园区获“国家级绿色园区”称号。",
            ("approval", "occurred", "2025-05-06"),
            id="获…称号",
        ),
        pytest.param(
            "5月6日，重庆大学项目获国家自然科学基金立项。",
            ("approval", "occurred", "2025-05-06"),
            id="获…立项",
        ),
        pytest.param(
            "5月6日，重庆东站项目顺利通过终验。", ("approval", "occurred", "2025-05-06"), id="通过终验"
        ),
        # what a narrated moment marks, when nothing before it told the act (pages outside the
        # corpus: 随着最后一声炮响，标志着黔南州凤山水库工程末端隧洞顺利全线贯通)
        pytest.param(
            "5月6日，随着最后一节钢梁吊装到位，标志着重庆白居寺长江大桥顺利合龙。",
            ("construction", "occurred", "2025-05-06"),
            id="标志着…合龙",
        ),
        pytest.param(
            "5月6日，首列列车驶出车站，标志着重庆轨道交通18号线正式通车。",
            ("opening", "occurred", "2025-05-06"),
            id="标志着…通车",
        ),
        pytest.param(
            "5月6日，医院各科室全部迁入，标志着重庆市第一人民医院新院区正式投入使用。",
            ("opening", "occurred", "2025-05-06"),
            id="标志着…投入使用",
        ),
        # …a start or a completion at its end (corpus 420: 挖掘机正忙着清淤整治，标志着宝湖湿地生态综合整治
        # 项目正式开工建设; 317: 热火朝天的建设景象，标志着…基地全面开工建设; 384: 標誌著…公路圈基本建成)
        pytest.param(
            "5月6日，几台挖掘机正忙着清淤整治，标志着宝湖湿地生态综合整治项目正式开工建设。",
            ("construction", "occurred", "2025-05-06"),
            id="标志着…开工建设-420",
        ),
        pytest.param(
            "5月6日，工人和机械设备在紧张地施工作业，标志着香坊区高端电气装备智能制造基地全面开工建设。",
            ("construction", "occurred", "2025-05-06"),
            id="标志着…全面开工建设-317",
        ),
        pytest.param(
            "5月6日，最后一段路面铺设完成，標誌著重庆东站综合交通枢纽项目基本建成。",
            ("construction", "occurred", "2025-05-06"),
            id="標誌著…基本建成",
        ),
        pytest.param(
            "5月6日，首台桩机开始作业，标志着重庆东站项目正式动工。",
            ("construction", "occurred", "2025-05-06"),
            id="标志着…动工",
        ),
    ],
)
def test_acts_of_works_services_and_approvals_beyond_the_corpus(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("该项目道路改造完成率达到80%。", id="改造完成率-a-rate"),
        pytest.param("重庆长安汽车股份有限公司完成A轮融资。", id="完成-alone-no-works"),
        pytest.param("该院区正在开展征地搬迁工作。", id="搬迁-no-new-site"),
        pytest.param("工信部通报批评了3家企业。", id="通报批评-nothing-announced"),
        pytest.param("该电站已具备并网条件。", id="并网条件-a-noun"),
        pytest.param("该市正在积极创建国家文明城市。", id="创建-an-aim"),
        pytest.param("徐青宣读了科技部关于批准建设省部共建国家重点实验室的批文。", id="关于批准-a-title"),
        pytest.param("5月6日，院士钱锋荣获国家科技进步一等奖。", id="荣获-a-persons-honour"),
        pytest.param("5月6日，标志着重庆东站项目建设迈入新阶段。", id="标志着-no-act-at-its-end"),
        pytest.param("5月6日，该合同正式生效。", id="生效-no-document"),
        pytest.param("5月6日，重庆东站项目拿到了第一笔资金。", id="拿到-nothing-granted"),
    ],
)
def test_words_of_those_acts_that_tell_none(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "5月6日，重庆白居寺长江大桥顺利合龙，标志着大桥全线贯通。",
        # a start or a completion marked after the ceremony of the same act (…开工仪式举行，标志着…正式开工)
        "5月6日，重庆东站项目开工仪式举行，标志着重庆东站项目正式开工建设。",
        "5月6日，重庆东站项目顺利竣工，标志着重庆东站综合交通枢纽基本建成。",
    ],
)
def test_an_act_marked_after_the_same_act_is_told_once(text: str) -> None:
    assert _events(text) == [("construction", "occurred", "2025-05-06")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "新乡经济技术开发区始建于2003年1月，今年7月30日，经国务院批准，升级为国家级经济技术开发区。",
            id="经…批准，升级为-092",
        ),
        pytest.param(
            "重庆两江新区成立于2010年，今年7月30日，经国务院批准，升级为国家级经济技术开发区。",
            id="经…批准，升级为-invented",
        ),
        pytest.param(
            "今年7月30日，经国务院批准，新乡经济技术开发区升级为国家级经济技术开发区。", id="named-after"
        ),
    ],
)
def test_an_approval_by_an_authority_is_told_with_the_act_approved(text: str) -> None:
    approvals = [e for e in extract(Article(text, "2012-11-02")).events if e.type == "approval"]
    assert [(e.date.value if e.date else None) for e in approvals] == ["2012-07-30"]
    assert approvals[0].summary.endswith("升级为国家级经济技术开发区")


def test_a_time_frame_ending_in_a_juncture_is_no_event() -> None:
    text = "在加快建设教育强国、科技强国的关键节点，重庆大学召开发展大会。"
    assert [e.type for e in extract(Article(text, "2025-06-30")).events] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works under way told before the verb or as a named project pressed on (real news:
        # 锂电池项目正如火如荼地建设中, 光伏组件项目目前也在快速推进中, 风电四期项目在紧张建设中)
        pytest.param(
            "綦江齿轮传动公司新能源变速器项目正如火如荼地建设中。",
            [("construction", "ongoing", None)],
            id="如火如荼地建设中",
        ),
        pytest.param(
            "长安汽车渝北新工厂项目目前也在快速推进中。",
            [("construction", "ongoing", None)],
            id="项目…在快速推进中",
        ),
        pytest.param(
            "白涛风电场四期项目在紧张建设中。",
            [("construction", "ongoing", None)],
            id="在紧张建设中",
        ),
        pytest.param(
            "长安汽车渝北新工厂项目目前在有序推进中，预计明年投产。",
            [("construction", "ongoing", None), ("production", "planned", "2026")],
            id="在有序推进中-then-a-plan",
        ),
        # the trend of many projects is no act
        pytest.param("全市重点项目正在快速推进中。", [], id="重点项目-a-trend"),
        pytest.param("各区县重大项目都在有序推进。", [], id="重大项目-a-trend"),
    ],
)
def test_works_under_way_told_before_the_verb(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stage of works quoted alone is a word, not a name (real news: 南延线全线顺利实现“轨通”)
        pytest.param(
            "5月15日，重庆轨道交通15号线全线顺利实现“轨通”。",
            [("construction", "occurred", "2025-05-15")],
            id="实现“轨通”",
        ),
        pytest.param(
            "4月，渝湘高铁重庆段全线实现“洞通”。",
            [("construction", "occurred", "2025-04")],
            id="实现“洞通”",
        ),
        pytest.param(
            "3月8日，白居寺长江大桥顺利“合龙”。",
            [("construction", "occurred", "2025-03-08")],
            id="顺利“合龙”",
        ),
        # …but a quoted name holding the word stays a name
        pytest.param("重庆推出“贯通工程”惠民举措。", [], id="“贯通工程”-a-name"),
    ],
)
def test_a_stage_of_works_quoted_alone(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated plan to build something named after 建成: the project's scope (annotation
        # README: general plans without a date)
        pytest.param(
            "大安晨飛風機葉片生產項目總投資9980萬元，計劃建成年產2.0MW風機葉片200套生產線。",
            [],
            id="計劃建成年產…生產線-255",
        ),
        pytest.param(
            "新疆昆仑山维吾尔药业有限公司民族医药产品生产及研发基地拟建成片剂、丸剂、颗粒剂、食品加工4条生产线，"
            "并形成集智能生产、创新研发与工业观光于一体的产业基地。",
            [],
            id="拟建成…4条生产线-263",
        ),
        pytest.param(
            "宜宾锂电产业园项目总投资20亿元，拟建成年产10万吨正极材料生产线。", [], id="拟建成年产…生产线"
        ),
        # a dated plan, and a plan of the project's own completion, stay
        pytest.param(
            "山東魯錫礦采選項目總投資1.2億元，計劃年內建成日處理500噸選礦廠。",
            [("construction", "planned", "2025")],
            id="計劃年內建成…選礦廠-dated-255",
        ),
        pytest.param(
            "宜宾锂电产业园项目总投资20亿元，计划年内建成年产10万吨正极材料生产线。",
            [("construction", "planned", "2025")],
            id="计划年内建成…生产线-dated",
        ),
        pytest.param(
            "宜宾锂电产业园项目计划在2年内建成。",
            [("construction", "planned", None)],
            id="计划在2年内建成-the-projects-own-completion-124",
        ),
    ],
)
def test_an_undated_plan_to_build_something_is_a_projects_scope(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected
