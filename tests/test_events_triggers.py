"""Triggers, their types and the clauses that are no milestone (`timeline._events.triggers`).

One row per trigger or cue, written from `shared/spec/events.md` ("Types and their triggers",
"Not separate events") and from clauses of the real articles in `tests/corpus/real/` (file
named in the id); every expected value was worked out by reading the sentence.
"""

from __future__ import annotations

import pytest

from timeline._events import triggers
from timeline.events import Article, extract


def _events(text: str, pub: str = "2025-06-30") -> list[tuple[str, str, str | None]]:
    return [(e.type, e.status, e.date.value if e.date else None) for e in extract(Article(text, pub)).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("5月6日，重庆科学会堂交付使用。", ("opening", "occurred", "2025-05-06"), id="交付使用"),
        pytest.param("5月6日，大连英歌石科学城开城。", ("opening", "occurred", "2025-05-06"), id="开城"),
        pytest.param(
            "5月6日，重庆来福士科技城开城运营。", ("opening", "occurred", "2025-05-06"), id="开城运营"
        ),
        pytest.param(
            "5月6日，重庆同步辐射光源开放运行。", ("opening", "occurred", "2025-05-06"), id="开放运行"
        ),
        pytest.param("5月6日，重庆海辰储能新电池出货。", ("production", "occurred", "2025-05-06"), id="出货"),
        pytest.param(
            "5月6日，重庆海辰储能第一条生产线试生产。", ("production", "occurred", "2025-05-06"), id="试生产"
        ),
        pytest.param(
            "美的楼宇科技荆州产业园将于8月进行小批量化生产。",
            ("production", "planned", "2025-08"),
            id="进行批量化生产-016",
        ),
        pytest.param(
            "2015年，重庆长庐动力电池科技有限公司创立。", ("founding", "occurred", "2015"), id="创立"
        ),
        pytest.param(
            "5月6日，重庆科学城建设方案获国家发展改革委批复。",
            ("approval", "occurred", "2025-05-06"),
            id="方案获批复",
        ),
        pytest.param(
            "5月6日，重庆轨道交通项目可研获市发展改革委批复。",
            ("approval", "occurred", "2025-05-06"),
            id="可研获批复",
        ),
        pytest.param(
            "5月6日，国务院批准设立舟山港综合保税区。", ("approval", "occurred", "2025-05-06"), id="批准设立"
        ),
        pytest.param(
            "8月18日，赛力斯超级工厂二期项目举行奠基仪式。",
            ("construction", "occurred", "2024-08-18"),
            id="奠基仪式-is-construction",
        ),
        pytest.param(
            "5月6日，重庆大学团队突破固态电池关键技术。",
            ("breakthrough", "occurred", "2025-05-06"),
            id="突破-with-an-object",
        ),
        pytest.param(
            "5月6日，重庆大学团队完成固态电池样机研制。",
            ("breakthrough", "occurred", "2025-05-06"),
            id="完成研制",
        ),
        pytest.param(
            "2021年重庆市科技活动周将于5月22日在重庆园博园正式启幕。",
            ("meeting", "planned", "2026-05-22"),
            id="启幕-029",
        ),
        pytest.param(
            "5月6日，重庆巴南区道路工程项目加速推进。",
            ("construction", "ongoing", "2025-05-06"),
            id="加速推进",
        ),
        pytest.param(
            "△虚拟现实共性技术创新中心等10个项目签约", ("signing", "occurred", None), id="虚拟-is-no-拟-032"
        ),
        pytest.param(
            "7月21日，四川省系统推进全面创新改革试验系列新闻发布会第三场——成德绵新闻发布会在成都举行。",
            ("meeting", "occurred", "2024-07-21"),
            id="推进-inside-a-name-026",
        ),
        pytest.param(
            "市经信委拟认定12家依托单位所建的重点实验室为市级重点实验室。",
            ("approval", "planned", None),
            id="拟认定-N家-为-003",
        ),
        pytest.param(
            "2月9日，《2023年重庆市重大项目清单》正式出炉。",
            ("policy_release", "occurred", "2025-02-09"),
            id="出炉-a-document",
        ),
        pytest.param(
            "2月9日，重庆市重点项目名单出炉。", ("announcement", "occurred", "2025-02-09"), id="出炉-a-list"
        ),
        pytest.param(
            "2月9日，重庆海辰储能项目列入省重大项目清单。",
            ("approval", "occurred", "2025-02-09"),
            id="列入-清单",
        ),
        pytest.param(
            "2月9日，重庆英诺科技列入市级专精特新企业名单。",
            ("approval", "occurred", "2025-02-09"),
            id="列入-名单",
        ),
        pytest.param(
            "2月9日，《重庆市区域协调发展规划》已经市人民政府同意。",
            ("approval", "occurred", "2025-02-09"),
            id="已经-同意",
        ),
        pytest.param(
            "2月9日，《重庆市数字经济方案》经市政府同意。",
            ("approval", "occurred", "2025-02-09"),
            id="经-同意",
        ),
        pytest.param(
            "2月9日，《宜宾市招商引资奖励办法》已经市委、市政府同意。",
            ("approval", "occurred", "2025-02-09"),
            id="已经-two-authorities-同意",
        ),
        pytest.param(
            "2月9日，《重庆市数据条例》经省委、省政府同意，请各单位认真贯彻落实。",
            ("approval", "occurred", "2025-02-09"),
            id="经-two-authorities-同意-then-a-duty",
        ),
        pytest.param(
            "2月9日，重庆市科技协会会员大会召开，标志着重庆市科技协会正式成立。",
            ("founding", "occurred", "2025-02-09"),
            id="标志着-正式成立",
        ),
        pytest.param(
            "2月9日，市长出席并宣布重庆海辰储能工厂竣工投产。",
            ("production", "occurred", "2025-02-09"),
            id="出席并宣布-the-act-not-the-attendance",
        ),
        pytest.param(
            "2月9日，重庆市发布2025年第1号总林长令。",
            ("policy_release", "occurred", "2025-02-09"),
            id="发布-总林长令",
        ),
        pytest.param(
            "2025年，重庆市将建成渝宜高速公路等7个项目。",
            ("construction", "planned", "2025"),
            id="将建成-planned-construction",
        ),
        pytest.param(
            "2月9日，重庆市发改委发布了2025年重点建设项目计划通知。",
            ("policy_release", "occurred", "2025-02-09"),
            id="计划通知-a-noun-is-no-plan",
        ),
        pytest.param(
            "2月9日，重庆市发改委印发年度计划。",
            ("policy_release", "occurred", "2025-02-09"),
            id="年度计划-a-noun-is-no-plan",
        ),
        pytest.param(
            "继2023年获批之后，重庆实验室于2025年3月揭牌。",
            ("opening", "occurred", "2025-03"),
            id="继之后-its-date-does-not-date-the-main-clause",
        ),
        pytest.param(
            "2月18日，五象新区一季度重大项目开(竣)工。",
            ("construction", "occurred", "2025-02-18"),
            id="开(竣)工",
        ),
        pytest.param(
            "2月18日，隆安县振东光伏发电项目等5个项目开（竣）工。",
            ("construction", "occurred", "2025-02-18"),
            id="开（竣）工-full-width-059",
        ),
        pytest.param(
            "2月18日，南宁市重大项目集中开竣工。", ("construction", "occurred", "2025-02-18"), id="开竣工"
        ),
        pytest.param(
            "5月6日，包通风电装备先进制造业集群成功入围。",
            ("approval", "occurred", "2025-05-06"),
            id="入围-058",
        ),
        pytest.param(
            "5月6日，自治区工业和信息化厅公示了2025年内蒙古自治区先进制造业集群认定名单。",
            ("announcement", "occurred", "2025-05-06"),
            id="公示-a-list-of-designations-058",
        ),
        pytest.param(
            "5月6日，重庆市科技局正式发布入选名单。",
            ("announcement", "occurred", "2025-05-06"),
            id="发布-入选名单",
        ),
        pytest.param(
            "5月6日，吉林研究院理事会审议通过了《中国工程科技发展战略吉林研究院章程》。",
            ("policy_release", "occurred", "2025-05-06"),
            id="审议通过-a-charter-064",
        ),
        pytest.param(
            "兰州市城关区安置点建设项目计划8月完成基础施工。",
            ("construction", "planned", "2025-08"),
            id="完成基础施工-051",
        ),
        pytest.param(
            "6月9日，全长13.59公里的林芝市贡多顶隧道实现安全贯通。",
            ("construction", "occurred", "2025-06-09"),
            id="贯通-069",
        ),
        pytest.param(
            "加查水电站总投资78.3亿元，计划2026年6月首台机组发电。",
            ("production", "planned", "2026-06"),
            id="首台机组发电-069",
        ),
        pytest.param(
            "川藏铁路昌都境内控制性工程也定于6月开工建设。",
            ("construction", "planned", "2025-06"),
            id="定于-a-plan-069",
        ),
        pytest.param(
            "6月9日，米拉山隧道建成通车。", ("opening", "occurred", "2025-06-09"), id="建成通车-069"
        ),
        pytest.param(
            "4月1日，西藏2022年第一批45个重点项目集中开复工。",
            ("construction", "occurred", "2025-04-01"),
            id="开复工-071",
        ),
        pytest.param(
            "5月1日，河北省科学院地理科学研究所与烟台海岸带所签署了共建“河北海岸带生态与环境联合实验室”的合作协议。",
            ("signing", "occurred", "2025-05-01"),
            id="签署-共建-an-agreement-052",
        ),
        pytest.param(
            "5月3日，由同济大学发展研究院主办的“2016(第四届)中国产业园区持续发展论坛”取得圆满成功。",
            ("meeting", "occurred", "2025-05-03"),
            id="取得圆满成功-034",
        ),
        pytest.param(
            "5月3日，第五届西部科学城创新大会圆满闭幕。", ("meeting", "occurred", "2025-05-03"), id="圆满闭幕"
        ),
        pytest.param(
            "5月3日，杨元庆以个人名义向母校中国科大捐赠2亿元人民币。",
            ("other", "occurred", "2025-05-03"),
            id="捐赠-an-amount-given-012",
        ),
        pytest.param(
            "西部(重庆)科学城自2020年全面启动建设以后，发展进入快车道。",
            ("construction", "occurred", "2020"),
            id="自…以后-a-frame-024",
        ),
        pytest.param(
            "渝东南分会场将于7月28日开展“我的家乡我代言”自然资源科普推介、地质科普动画展播等特色科普活动。",
            ("other", "planned", "2025-07-28"),
            id="开展…活动-029",
        ),
        pytest.param(
            "辽宁省先后于3月、5月组织开展珠三角、京津冀、长三角招商引资促进周活动。",
            ("other", "occurred", "2025-03"),
            id="开展…促进周活动-a-list-of-dates-054",
        ),
        pytest.param(
            "5月6日，长寿区开展2025年重大项目集中开工活动。",
            ("construction", "occurred", "2025-05-06"),
            id="开展…开工活动-keeps-its-act",
        ),
        pytest.param(
            "5月6日，长安汽车新投产一条新能源汽车生产线。",
            ("production", "occurred", "2025-05-06"),
            id="新投产-an-act",
        ),
        pytest.param(
            "此外，横州市青松林业有限公司新建年产13.5万立方米高端单板智能烘干项目等6个项目开(竣)工。",
            ("construction", "occurred", None),
            id="此外-named-projects-059",
        ),
        pytest.param(
            "2020年1月11日，省发改委组织专家组对承德石油高等专科学校流体测控仪表工程实验室进行验收。",
            ("approval", "occurred", "2020-01-11"),
            id="进行验收-053",
        ),
        pytest.param(
            "5月6日，重庆海辰储能科技有限公司获得SGS颁发的PAS2060碳中和认证。",
            ("approval", "occurred", "2025-05-06"),
            id="获得认证-056",
        ),
        pytest.param(
            "5月6日，重庆海辰储能科技有限公司通过ISO9001质量管理体系认证。",
            ("approval", "occurred", "2025-05-06"),
            id="通过认证",
        ),
        pytest.param(
            "5月6日，重庆实验室建设方案顺利通过专家评审。",
            ("approval", "occurred", "2025-05-06"),
            id="通过评审",
        ),
        pytest.param(
            "5月6日，重庆实验室纳入国家重点实验室名单。",
            ("approval", "occurred", "2025-05-06"),
            id="纳入名单",
        ),
        pytest.param(
            "6月6日，山南市加查水电站正忙碌建设大坝和厂房。",
            ("construction", "ongoing", "2025-06-06"),
            id="正忙碌建设-069",
        ),
        pytest.param(
            "腾讯苏州数字产业基地、江苏正力新能动力电池等项目建设稳步推进。",
            ("construction", "ongoing", None),
            id="项目建设稳步推进-068",
        ),
        pytest.param("目前，重庆东站施工如火如荼。", ("construction", "ongoing", None), id="施工如火如荼"),
        pytest.param(
            "5月6日，重庆市政府与长安汽车达成战略合作协议。",
            ("signing", "occurred", "2025-05-06"),
            id="达成协议",
        ),
        pytest.param(
            "5月6日，重庆实验室通过国家级企业技术中心认定。",
            ("approval", "occurred", "2025-05-06"),
            id="通过认定",
        ),
        pytest.param(
            "5月6日，重庆轨道交通27号线可行性研究报告获国家发展改革委批复。",
            ("approval", "occurred", "2025-05-06"),
            id="获-an-authority-批复",
        ),
        pytest.param(
            "5月6日，重庆新机场航站楼工程获国务院批准。",
            ("approval", "occurred", "2025-05-06"),
            id="获-an-authority-批准",
        ),
        pytest.param(
            "5月6日，重庆海辰储能科技有限公司登陆科创板。",
            ("other", "occurred", "2025-05-06"),
            id="登陆科创板",
        ),
        pytest.param(
            "5月6日，重庆东站项目建设正式启动。",
            ("construction", "occurred", "2025-05-06"),
            id="建设正式启动",
        ),
        pytest.param(
            "5月6日，重庆科学会堂举行落成典礼。",
            ("construction", "occurred", "2025-05-06"),
            id="落成典礼-a-ceremony-of-its-act",
        ),
        pytest.param(
            "5月6日，重庆实验室获国家科技进步一等奖。",
            ("approval", "occurred", "2025-05-06"),
            id="获-an-award",
        ),
        pytest.param(
            "5月6日，重庆海辰储能科技有限公司获得第十届中国创新创业大赛金奖。",
            ("approval", "occurred", "2025-05-06"),
            id="获得-an-award",
        ),
        pytest.param(
            "目前，重庆东站站房工程正在建设中。", ("construction", "ongoing", None), id="正在建设中"
        ),
        pytest.param(
            "目前，重庆东站站房工程正在进行主体施工。",
            ("construction", "ongoing", None),
            id="正在进行主体施工",
        ),
        pytest.param(
            "目前，重庆东站站房工程正处于主体施工阶段。",
            ("construction", "ongoing", None),
            id="处于主体施工阶段",
        ),
        pytest.param(
            "拉萨市柳梧新区污水处理厂野外作业已完成。",
            ("construction", "occurred", None),
            id="野外作业已完成-070",
        ),
        pytest.param(
            "重庆东站项目计划8月底前完成站房内部作业。",
            ("construction", "planned", "2025-08"),
            id="完成…作业-083",
        ),
        pytest.param(
            "重庆东站项目已完成主体结构施工。", ("construction", "occurred", None), id="完成…施工"
        ),
        pytest.param(
            "重庆东站项目力争年底前完成全部厂房建设。",
            ("construction", "planned", "2025"),
            id="完成…建设",
        ),
        pytest.param(
            "2025年3月，重庆东站项目建设正式拉开帷幕。",
            ("construction", "occurred", "2025-03"),
            id="建设拉开帷幕",
        ),
        pytest.param(
            "2025年3月，重庆东站项目集中开工，标志着江东新区全面建设正式拉开帷幕。",
            ("construction", "occurred", "2025-03"),
            id="标志着…拉开帷幕-077",
        ),
        pytest.param(
            "随着重庆东站项目2024年11月建成投运，全市步入高铁时代。",
            ("opening", "occurred", "2024-11"),
            id="随着-a-dated-act-069",
        ),
        pytest.param(
            "重庆东站项目进展顺利，确保明年投用。",
            ("opening", "planned", "2026"),
            id="确保-a-dated-target-083",
        ),
        pytest.param(
            "重庆东站项目预计2027年达标达产。",
            ("production", "planned", "2027"),
            id="达标达产-082",
        ),
        pytest.param(
            "2019年12月30日，京张高铁建成正式开通运营。",
            ("opening", "occurred", "2019-12-30"),
            id="serial-建成-正式-开通",
        ),
        pytest.param(
            "6月18日，天府国际机场T2航站楼竣工顺利投运。",
            ("opening", "occurred", "2025-06-18"),
            id="serial-竣工-顺利-投运",
        ),
        pytest.param(
            "3月5日，宜宾动力电池基地建成率先投产。",
            ("production", "occurred", "2025-03-05"),
            id="serial-建成-率先-投产",
        ),
        # a span of time ahead (3年内, 18个月内, 两年之内) is a plan with no date (spec: durations)
        pytest.param("重庆东站项目3年内投产。", ("production", "planned", None), id="3年内-a-plan"),
        pytest.param("宜宾港三期计划18个月内建成投用。", ("opening", "planned", None), id="18个月内-a-plan"),
        pytest.param(
            "5月6日，宜宾港三期开工建设。合肥科学岛二期当天签约，两年之内建成投用。",
            ("opening", "planned", None),
            id="两年之内-not-dated-by-当天",
        ),
        # entering a stage named by an act of producing or opening is that act, done (进入…阶段);
        # being in it (处于…阶段) goes on
        pytest.param(
            "5月6日，宜宾动力电池基地已进入试生产阶段。",
            ("production", "occurred", "2025-05-06"),
            id="进入试生产阶段",
        ),
        pytest.param(
            "5月6日，重庆东站已进入试运营阶段。", ("opening", "occurred", "2025-05-06"), id="进入试运营阶段"
        ),
        pytest.param(
            "5月6日，重庆东站目前处于试运营阶段。", ("opening", "ongoing", "2025-05-06"), id="处于试运营阶段"
        ),
        # a building's envelope or the checks ending works, finished (幕墙…基本完成, 校验工作圆满完成)
        pytest.param(
            "5月6日，天府国际机场T2航站楼幕墙及金属屋面基本完成。",
            ("construction", "occurred", "2025-05-06"),
            id="幕墙及屋面基本完成",
        ),
        pytest.param(
            "5月6日，宜宾机场第二跑道飞行校验工作圆满完成。",
            ("construction", "occurred", "2025-05-06"),
            id="校验工作圆满完成",
        ),
        pytest.param(
            "5月6日，重庆东站外立面施工已完成。",
            ("construction", "occurred", "2025-05-06"),
            id="外立面施工完成",
        ),
        # a grade conferred is an approval; 挂牌 alone stays an opening
        pytest.param(
            "5月6日，宜宾市第一人民医院正式挂牌“三甲”。",
            ("approval", "occurred", "2025-05-06"),
            id="挂牌“三甲”",
        ),
        pytest.param("5月6日，四面山景区挂牌5A。", ("approval", "occurred", "2025-05-06"), id="挂牌5A"),
        pytest.param(
            "5月6日，绵阳市中心医院晋升为三级甲等医院。",
            ("approval", "occurred", "2025-05-06"),
            id="晋升为三级甲等",
        ),
        pytest.param("5月6日，重庆实验室正式挂牌。", ("opening", "occurred", "2025-05-06"), id="挂牌-alone"),
        # the rules on attendance, duties and fused words must leave these acts alone
        pytest.param(
            "5月6日，市长李明与长安汽车董事长一同调研。",
            ("other", "occurred", "2025-05-06"),
            id="一同调研",
        ),
        pytest.param(
            "5月6日，省长陪同总书记考察。",
            ("other", "occurred", "2025-05-06"),
            id="陪同-then-a-visitor",
        ),
        pytest.param("重庆东站项目将要开工。", ("construction", "planned", None), id="将要-a-plan"),
        pytest.param(
            "5月6日，重庆东站项目正式开工。",
            ("construction", "occurred", "2025-05-06"),
            id="开工-alone",
        ),
        pytest.param(
            "5月6日，区政府召开工作推进会。",
            ("meeting", "occurred", "2025-05-06"),
            id="召开工作-a-meeting",
        ),
        # a batch acted on together stays an act, a target's cue notwithstanding
        pytest.param(
            "5月6日，长寿区开工新材料产业项目11个。",
            ("construction", "occurred", "2025-05-06"),
            id="a-batch-started-counted",
        ),
        pytest.param(
            "宜宾市计划于7月集中开工项目12个。",
            ("construction", "planned", "2025-07"),
            id="计划…集中-a-planned-batch",
        ),
        pytest.param(
            "5月6日，宜宾新材料项目竣工投产。",
            ("production", "occurred", "2025-05-06"),
            id="竣工投产-of-a-named-project",
        ),
        # 在即 (imminent) is a plan; 若 opening a name and 未 opening one are no condition nor negation
        pytest.param("重庆东站开通在即。", ("opening", "planned", None), id="开通在即-planned"),
        pytest.param("宜宾港三期投产在即。", ("production", "planned", None), id="投产在即-planned"),
        pytest.param(
            "3月5日，若羌县光伏项目正式开工。", ("construction", "occurred", "2025-03-05"), id="若羌县-a-name"
        ),
        pytest.param(
            "3月5日，未来科技城正式开园。", ("opening", "occurred", "2025-03-05"), id="未来科技城-a-name"
        ),
        # 将有 governs the whole clause, a 的 phrase in it included
        pytest.param(
            "2025年，将有亚太桥牌锦标赛等多个规格高、影响力强的全国性赛事落户合肥。",
            ("signing", "planned", "2025"),
            id="将有…的-planned-127",
        ),
        pytest.param(
            "今年将有长安汽车等多家知名的企业落户两江新区。",
            ("signing", "planned", "2025"),
            id="将有…知名的-planned",
        ),
        pytest.param(
            "明年将有一座规模最大的数据中心在两江新区建成投用。",
            ("opening", "planned", "2026"),
            id="将有…最大的-planned",
        ),
        pytest.param(
            "5月6日，成渝中线高铁建成通车。",
            ("opening", "occurred", "2025-05-06"),
            id="通车-alone",
        ),
        pytest.param(
            "5月6日，重庆东站开工仪式在沙坪坝举行。",
            ("construction", "occurred", "2025-05-06"),
            id="仪式…举行",
        ),
    ],
)
def test_trigger_types_the_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("该中心投用后，将服务全市企业。", id="投用后"),
        pytest.param("项目建成后将带动就业2000人。", id="建成后将"),
        pytest.param("四期项目全部投产后，年产值可达百亿元。", id="全部投产后-028"),
        pytest.param("全部投产可年产钢构件约15万吨。", id="投产可年产-028"),
        pytest.param("一旦项目建成投用，年产值可达百亿元。", id="一旦"),
        pytest.param("近年来，企业接连跟进落户重庆科学城。", id="a-general-trend"),
        pytest.param("推动长安福特三工厂、惠科电子显示器等268个项目投产。", id="推动-roll-up-020"),
        pytest.param("确保项目早开工、早投产、早达产。", id="确保-aim-020"),
        pytest.param("距离开工建设不到8个月。", id="距离-a-span-016"),
        pytest.param("再到第一台试生产产品下线。", id="再到-a-story-016"),
        pytest.param("首台试生产产品下线对产业园具有里程碑意义。", id="significance-016"),
        pytest.param("具备科研团队、公共技术平台入驻条件。", id="入驻条件-022"),
        pytest.param("详细了解项目开工建设情况。", id="开工建设情况-006"),
        pytest.param("国务院批复要求新升级的国家高新区深入实施创新驱动发展战略。", id="批复要求-011"),
        pytest.param("省政府秘书长胡云主持签约仪式。", id="主持-017"),
        pytest.param("新中国成立以来的一幕幕历史性画面呈现在观众眼前。", id="新中国成立-013"),
        pytest.param("在第三届海峡两岸现代农业博览会即将召开之际。", id="之际-010"),
        pytest.param("本次集中开工重点项目中，产业项目30个。", id="本次项目中-021"),
        pytest.param("本次集中开工项目总投资43495.51万元。", id="money-at-the-end-009"),
        pytest.param("占遵义市集中开工项目个数的32.1%。", id="a-share-009"),
        pytest.param("现已有境内外26家企业将落户。", id="已有N家-010"),
        pytest.param("1000余名科研人才确定入驻。", id="N名-people-015"),
        pytest.param("区机器人关节模组出货量达8.4万套。", id="出货量-seeds"),
        pytest.param("每季度召开相关部门、区县项目推进调度会。", id="每季度-a-habit-020"),
        pytest.param(
            "按照“储备一批、签约一批、开工一批、投产一批、达产一批”的思路，推进工作。", id="按照-a-frame-020"
        ),
        pytest.param(
            "重庆市经信委2014年聚焦项目引进、开工、投产、达产等关键环节。", id="a-list-of-nouns-020"
        ),
        pytest.param("这项工作自启动以来，进展顺利。", id="自以来-without-a-date-024"),
        pytest.param("今年1至3月，西部(重庆)科学城新签约正式合同项目40个。", id="新签约-a-tally-024"),
        pytest.param(
            "西部(重庆)科学城将加快推进科学公园、科学会堂等项目落地建设。", id="将加快推进-an-aim-023"
        ),
        pytest.param("推进联邦中北电力装备、巨源不锈钢等285个项目开工。", id="推进-a-roll-up-020"),
        pytest.param("西部(重庆)科学城将力争早日建成“科学家的家”。", id="早日-an-aim-024"),
        pytest.param(
            "5月27日，重庆市·四川省2021年重大项目集中开工活动，吸引了众多市民关注。",
            id="a-ceremony-only-named-035",
        ),
        pytest.param("随着重庆实验室揭牌，同步启用", id="inside-a-随着-frame-031"),
        pytest.param("本次集中开工活动突出项目质量，总投资100亿元以上项目10个。", id="a-batch-described-041"),
        pytest.param(
            "与此同时，本次集中开工活动突出结构优化，安排“千项万亿”工程项目59个。",
            id="a-batch-described-again-041",
        ),
        pytest.param("此次集中签约活动聚焦先进制造业和现代服务业。", id="a-signing-batch-described"),
        pytest.param("现场，项目签约分政校产学研合作、福马产业项目2个专场。", id="签约分-专场-047"),
        pytest.param("本次集中开工分主会场和5个分会场。", id="开工分-会场"),
        pytest.param(
            "合肥市2023年第三批开工动员项目93个，总投资812.4亿元。", id="a-numbered-batch-counted-050"
        ),
        pytest.param("本次全市2020年第六批集中开工重大项目24个。", id="本次-batch-counted-007"),
        pytest.param("全市第二批集中签约项目15个。", id="第二批-batch-counted"),
        pytest.param("全省共计成功签约重点项目155个。", id="共计-054"),
        pytest.param("随着营商环境持续优化，签约项目不断增加。", id="a-trend-054"),
        pytest.param("构建东北地区快消品交易和交付枢纽。", id="构建-an-aim-054"),
        pytest.param("打造西部地区规模最大的新能源汽车交付中心。", id="打造-an-aim"),
        pytest.param("这场签约绝非简单的仪式性相聚。", id="这场签约-a-comment-062"),
        pytest.param("此次开工的项目涵盖制造业、基础设施等领域。", id="此次开工-a-topic"),
        pytest.param("签约项目21个，总投资300亿元。", id="a-bare-count-061"),
        pytest.param("其中，南昌市2022年一季度开工重大项目70个。", id="其中-a-part-of-a-batch-065"),
        pytest.param("其中列入本次省市县三级联动开工项目37个。", id="其中列入本次-065"),
        pytest.param("此外还有254个亿元以上项目同步开工。", id="此外还有-a-count-065"),
        pytest.param("1月以来，全市陆续开(竣)工重大项目83个。", id="陆续-a-roll-up-059"),
        pytest.param("项目建设取得圆满成功。", id="圆满成功-needs-a-meeting"),
        pytest.param("各地积极开展安全生产检查活动。", id="开展…活动-undated-a-habit"),
        pytest.param("今年以来，全区企业累计捐赠2亿元。", id="捐赠-a-tally"),
        pytest.param(
            "双方合作共建“郑东新区河南大学大数据产业园”、“郑东新区河南大学留学生创业园”。",
            id="合作共建-an-agreement's-content-072",
        ),
        pytest.param("对签约项目、在建项目实行挂图作战。", id="对-a-working-method-063"),
        pytest.param("对重大重点项目一对一组建工作专班。", id="对-a-working-measure-063"),
        pytest.param("今年以来，南昌市先后举办多场大型招商活动。", id="多场-a-roll-up-063"),
        pytest.param("南昌：一季度开工重大项目70个，总投资847.2亿元。", id="a-count-under-a-header-065"),
        pytest.param("二是注重新开工项目扩大增量。", id="新开工项目-a-noun-068"),
        pytest.param("今年计划安排260个新开工项目。", id="新开工项目-counted-068"),
        pytest.param("全区新签约项目质量明显提升。", id="新签约项目-a-noun"),
        pytest.param("全市新投产项目质量明显提升。", id="新投产项目-a-noun"),
        pytest.param("大批重大民生项目纷纷落地。", id="纷纷-a-trend-069"),
        pytest.param("拉林铁路120座桥梁中已有108座主体完工。", id="已有N座-069"),
        pytest.param("七市地一季度共开工子项目996个。", id="共开工-a-total-071"),
        pytest.param("投资8856万元的八尺门海堤贯通工程。", id="贯通工程-a-noun-010"),
        pytest.param("今年以来，全区先后签约重点项目12个。", id="先后-a-roll-up"),
        pytest.param("今年以来，全市重点项目建设稳步推进。", id="重点项目建设稳步推进-a-trend"),
        pytest.param("西藏能源、交通、民生等领域重点项目建设正在有序推进。", id="重点项目建设-a-trend-069"),
        pytest.param("施工单位正在现场作业。", id="施工单位-a-noun"),
        pytest.param("重庆东站项目建设启动会上，各方交流了经验。", id="建设启动会-a-meeting-noun"),
        pytest.param("获奖企业将得到资金支持。", id="获奖-a-noun"),
        pytest.param("正在建设中的重庆东站站房", id="正在建设中的-an-attribute"),
        pytest.param("今年以来，全区施工已完成投资30亿元。", id="施工已完成投资-an-amount"),
        pytest.param("重庆海辰储能科技有限公司获得奖励资金500万元。", id="获得奖励-money-not-an-award"),
        pytest.param("该项目的顺利投产，带动了就业。", id="的顺利投产-a-noun-039"),
        pytest.param("主要是为下个月的正式投产争取时间。", id="主要是为-a-purpose-016"),
        pytest.param("之所以选择边建设边试生产，是为了抢时间。", id="之所以-a-reason-016"),
        pytest.param("此外，其余190个建设项目也将陆续开复工建设。", id="其余N个-a-part-of-a-batch-081"),
        pytest.param("高新区此次集中开工项目6个，总投资3.56亿元。", id="此次-a-batch-told-again-086"),
        pytest.param("严格实施土地利用总体规划和城市总体规划。", id="严格实施-a-requirement-075"),
        pytest.param("市长丁晖在开工仪式上表示，要加快建设。", id="在开工仪式上表示-a-speech-077"),
        pytest.param("一批投资体量大的重大项目连日来在天山南北加速推进。", id="一批-a-trend-083"),
        pytest.param("大批重大民生项目纷纷落地。", id="大批-a-trend-069"),
        pytest.param("越来越多的企业落户两江新区。", id="越来越多-a-trend"),
        pytest.param("许多企业落户两江新区。", id="许多-a-trend"),
        pytest.param("要抢抓项目开工，加快建设进度。", id="抢抓-a-campaign-089"),
        pytest.param("确保所有项目在3月底前实质性开工建设。", id="确保所有-a-batch-target-040"),
        pytest.param("确保项目早日建成投用。", id="确保-without-a-date-an-aim"),
        pytest.param(
            "推动长安福特三工厂、惠科电子等268个项目投产，长安福特变速器、旗能电铝等147个项目达产。",
            id="推动-a-roll-up-shares-its-aim-020",
        ),
        pytest.param("今年全区完成投资30亿元。", id="完成投资-an-amount"),
        pytest.param("今年全区完成建设投资30亿元。", id="完成建设投资-an-amount"),
        pytest.param("历时五年完成十余项重要工程。", id="完成十余项工程-a-count"),
        pytest.param("庆祝重庆大学成立100周年。", id="成立100周年-an-anniversary"),
        pytest.param("重庆东站项目建成投产十周年。", id="投产十周年-an-anniversary"),
        pytest.param("该项目投产日期一拖再拖。", id="投产日期-a-noun"),
        pytest.param("各区县向市主会场汇报三季度集中开工项目情况。", id="汇报…情况-a-report"),
        pytest.param("要求各地区9月底前可举办重点项目集中开工仪式。", id="要求-a-directive"),
        pytest.param("做到快开工、大开工、全开工。", id="做到-a-slogan"),
        pytest.param("该区将继续加快推进重大项目建设，力争早开工、早建成、早投产。", id="早-a-slogan"),
        pytest.param("该项目是“十四五”期间我国首个开工的核电项目。", id="是…首个开工的-a-rank-describes"),
        pytest.param(
            "能源中心工程成为整个机场改扩建工程中首个完成竣工验收的项目。",
            id="成为…首个…竣工验收的-a-rank-084",
        ),
        pytest.param("全年完成建设任务。", id="完成建设任务-a-target"),
        pytest.param("全市建设工作全面完成年度任务。", id="建设工作完成-a-target"),
        pytest.param("近3年内，重庆市累计建成投用15个项目。", id="a-span-of-time-back-in-a-tally"),
        # someone else's visit taken part in or accompanied
        pytest.param("市委常委、副市长时镇参加调研。", id="参加调研-attendance-118"),
        pytest.param("市发改委主任李明陪同考察。", id="陪同考察-attendance"),
        pytest.param("区商务局负责人随同调研。", id="随同调研-attendance"),
        # a speech at a ceremony named by two acts
        pytest.param(
            "海南省省长沈晓明集中开工和签约仪式上提出结构调整要坚定不移。", id="仪式上提出-a-speech-131"
        ),
        pytest.param("市长王强在揭牌暨签约仪式上强调，要优化服务。", id="暨…仪式上强调-a-speech"),
        pytest.param("区委书记在开工及签约活动上要求，要加快进度。", id="及…活动上要求-a-speech"),
        # a trigger whose first character ends another word
        pytest.param(
            "城市副中心已经由打基础阶段迈入到进一步拉开城市框架的新阶段。", id="拉开城市-not-开城-129"
        ),
        pytest.param("各部门全面展开工作。", id="展开工作-not-开工"),
        pytest.param("园区交通车辆通行顺畅。", id="交通车辆-not-通车"),
        pytest.param("市民乘坐公交车出行更方便。", id="公交车-not-交车"),
        pytest.param("宜宾新增50辆纯电动公交车。", id="公交车-not-交车-a-count"),
        # a duty or a slogan, not an act
        pytest.param("项目要落地，平台是关键。", id="要落地-a-duty-130"),
        pytest.param("企业要投产，人才是关键。", id="要投产-a-duty"),
        pytest.param("重庆东站项目必须按期开工。", id="必须-a-duty"),
        pytest.param("一手抓竣工投产增增量，一手抓项目开工蓄后劲。", id="一手抓-a-slogan-136"),
        pytest.param("一手抓项目签约，一手抓企业投产。", id="一手抓-a-slogan"),
        pytest.param(
            "紧盯预计新开工项目保落地、开工在建项目保进度、建成竣工项目保投产。",
            id="紧盯…保投产-a-slogan-136"
        ),
        pytest.param("在建项目保竣工，竣工项目保投产。", id="保投产-a-target"),
        # a period's target counted, and a count so far
        pytest.param("2012年，绥化市计划开工建设产业项目700个，新建项目500个。", id="a-target-counted-132"),
        pytest.param("2024年，宜宾市计划新开工重点项目120个。", id="计划-a-target-counted"),
        pytest.param("全年宜宾市力争签约项目50个。", id="力争-a-target-counted"),
        pytest.param("目前已成功招引8户配套企业落户。", id="目前已-a-count-so-far-134"),
        pytest.param("截至目前，园区已吸引30家企业签约落户。", id="截至目前-a-count-so-far"),
        pytest.param("重庆科学城至今已引进5个项目落地。", id="至今已-a-count-so-far"),
        # an act negated, or only a condition
        pytest.param("截至目前，重庆东站项目尚未开工。", id="尚未-negated"),
        pytest.param("3月5日，重庆东站项目仍未如期开工建设。", id="仍未如期-negated"),
        pytest.param("重庆东站项目至今没有投产。", id="没有-negated"),
        pytest.param("重庆东站不再开工建设。", id="不再-negated"),
        pytest.param("若重庆东站项目如期投产，年产值可达百亿元。", id="若-a-condition"),
        pytest.param("若宜宾港三期建成投用，将带动就业。", id="若-a-condition-2"),
        # 新 before two verbs naming projects
        pytest.param(
            "今年一季度新竣工投产项目，年内可为天津市新增产值150亿元以上。", id="新竣工投产项目-a-noun-136"
        ),
        pytest.param("去年新建成投用项目，带动就业2万人。", id="新建成投用项目-a-noun"),
        pytest.param("今年新签约落地项目，总投资300亿元。", id="新签约落地项目-a-noun"),
    ],
)
def test_not_a_milestone(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "继2023年获批之后，重庆实验室于2025年3月揭牌。",
            [("opening", "occurred", "2025-03"), ("approval", "occurred", "2023")],
            id="继之后",
        ),
        pytest.param(
            "自2021年12月挂牌成立以来，天府永兴实验室已揭牌启用3个平台，今年还将启用重庆中心。",
            [("founding", "occurred", "2021-12"), ("opening", "planned", "2025")],
            id="自以来-dates-no-other-clause",
        ),
        pytest.param(
            "重庆海辰储能还将建设二期工厂，打造研发中心，建成投用储能电池生产线。",
            [("opening", "planned", None)],
            id="还将A，B-share-the-modal",
        ),
    ],
)
def test_frames_and_shared_modals(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert sorted(_events(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "大连英歌石科学城开城！\n10月15日，大连英歌石科学城开城，全面吹响科技创新的冲锋号。",
            [("opening", "occurred", "2024-10-15")],
            id="a-headline-over-its-body-015",
        ),
        pytest.param(
            "6月23日，重庆实验室正式揭牌。\n6月23日，重庆实验室正式揭牌。",
            [("opening", "occurred", "2025-06-23")],
            id="a-lead-printed-twice-001",
        ),
        pytest.param(
            "大连英歌石科学城开城！10月15日，大连英歌石科学城开城，全面吹响冲锋号。\n"
            "大连英歌石科学城开城！10月15日，大连英歌石科学城开城，全面吹……",
            [("opening", "occurred", "2024-10-15")],
            id="a-teaser-cut-short-015",
        ),
        pytest.param(
            "去年12月，重庆东站项目开工建设，目前主体结构已封顶。",
            [("construction", "occurred", "2024-12"), ("construction", "occurred", "2024-12")],
            id="two-stages-of-works-are-two-acts",
        ),
        pytest.param(
            "3月1日，重庆东站项目全面启动建设，79个重大项目集中开工。",
            [("construction", "occurred", "2025-03-01")],
            id="two-words-for-the-start-are-one-act-023",
        ),
        pytest.param(
            "6月23日，重庆实验室正式揭牌。当天下午，重庆实验室正式揭牌。",
            [("opening", "occurred", "2025-06-23"), ("opening", "occurred", "2025-06-23")],
            id="a-later-sentence-reporting-it-again",
        ),
    ],
)
def test_no_event_twice_for_one_clause(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text, "2025-06-30") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "11月1日，临港新片区举行“国际创新协同区全面启动仪式”。",
            ("other", "occurred", "2025-11-01"),
            id="启动仪式-036",
        ),
        pytest.param(
            "11月1日，重庆高新区举行“科学城二期项目开工仪式”。",
            ("construction", "occurred", "2025-11-01"),
            id="开工仪式-in-quotes",
        ),
        pytest.param(
            "11月1日，重庆市举办科技创新大会。", ("meeting", "occurred", "2025-11-01"), id="a-meeting-stays"
        ),
        pytest.param(
            "3月24日，九龙坡区第一批重大项目集中开工活动在西彭镇举行。",
            ("construction", "occurred", "2025-03-24"),
            id="a-ceremony-held-is-its-act",
        ),
        pytest.param(
            "3月24日，长寿区重大项目集中签约仪式隆重举办。",
            ("signing", "occurred", "2025-03-24"),
            id="a-signing-ceremony-held",
        ),
        pytest.param(
            "3月24日，长寿区第一批集中开工活动启动。",
            ("construction", "occurred", "2025-03-24"),
            id="a-ceremony-started",
        ),
    ],
)
def test_a_ceremony_has_its_acts_type(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text, "2025-11-30")


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
        pytest.param(
            "5月27日，重庆市·四川省共建具有全国影响力的科技创新中心2021年重大项目集中开工活动，在成渝两地举行。",
            ("construction", "重庆市·四川省共建具有全国影响力的科技创新中心2021年重大项目集中开工活动"),
            id="在成渝两地举行-035",
        ),
        pytest.param(
            "5月27日，长寿区重大项目集中签约仪式，在长寿经开区隆重举行。",
            ("signing", "长寿区重大项目集中签约仪式"),
            id="隆重举行",
        ),
        pytest.param(
            "5月27日，九龙坡区第一批重点项目集中开工活动，同步举行。",
            ("construction", "九龙坡区第一批重点项目集中开工活动"),
            id="同步举行",
        ),
    ],
)
def test_a_ceremony_held_after_a_comma_is_one_event(text: str, expected: tuple[str, str]) -> None:
    """The comma between a ceremony's name and where it was held does not part subject and verb."""
    found = extract(Article(text, "2025-05-28")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == [expected]
    assert found[0].date is not None and found[0].date.value == "2025-05-27"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "南宁维宁供应链项目开工。项目落地五象新区，拟建设智慧物流产业园。", id="落地五象新区-059"
        ),
        pytest.param(
            "南宁市潮力铝业有限公司再生铝项目开工。该项目落地横州市，预计年产值超100亿元。", id="该项目落地"
        ),
    ],
)
def test_where_a_project_lands_is_no_second_event(text: str) -> None:
    assert [event.type for event in extract(Article(text, "2025-06-30")).events] == ["construction"]


def test_a_treatment_opener_is_not_a_compound_word() -> None:
    assert triggers.find_trigger("对接会在福州举办") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "11月8日，长寿战略性新兴产业项目集中签约和中科未来城创新产业园开工活动在长寿举行。",
            [("signing", "长寿战略性新兴产业项目"), ("construction", "中科未来城创新产业园")],
            id="签约和开工活动-025",
        ),
        pytest.param(
            "5月6日，重庆实验室揭牌和重庆研究院成立。",
            [("opening", "重庆实验室"), ("founding", "重庆研究院")],
            id="揭牌和成立",
        ),
        pytest.param(
            "5月6日，长安汽车新工厂竣工以及华为研发中心开业。",
            [("construction", "长安汽车新工厂"), ("opening", "华为研发中心")],
            id="竣工以及开业",
        ),
        pytest.param(
            "5月6日，长寿区重大项目集中签约和开工仪式在长寿举行。",
            [("construction", "长寿区")],
            id="one-subject-for-both-acts-stays-one-clause",
        ),
        pytest.param(
            "2019年10月28日，哈尔滨市呼兰区举行黑龙江呼兰经济开发区揭牌仪式、重点项目集中签约仪式。",
            [("opening", "黑龙江呼兰经济开发区"), ("signing", "哈尔滨市呼兰区")],
            id="two-ceremonies-held-by-one-verb-075",
        ),
        pytest.param(
            "2023年2月8日，山东省港口集团在烟台举行建成项目投产暨新项目开工仪式。",
            [("production", "山东省港口集团")],
            id="暨-joins-one-ceremony-048",
        ),
        pytest.param(
            "天津大冢饮料宝矿力水特全新无菌生产线竣工投运、电科蓝天成功登陆上交所科创板。",
            [("opening", "天津大冢饮料宝矿力水特全新无菌生产线"), ("other", "电科蓝天")],
            id="、-before-a-subject-of-its-own-136",
        ),
        pytest.param(
            "5月6日，合肥长鑫二期厂房竣工投运、蔚来汽车第二工厂正式投产。",
            [("opening", "合肥长鑫二期厂房"), ("production", "蔚来汽车第二工厂")],
            id="、-before-a-subject-of-its-own",
        ),
        pytest.param(
            "5月6日，重庆实验室揭牌、西部科学城研究院宣告成立。",
            [("opening", "重庆实验室"), ("founding", "西部科学城研究院")],
            id="、-before-a-subject-of-its-own-2",
        ),
        pytest.param(
            "13日，14个项目在台胞重要祖籍地福建东山县奠基、开工、投产或竣工剪彩。",
            [("production", "福建东山县")],
            id="、-in-a-list-of-acts-stays-one-clause-010",
        ),
        # after 、, a second act with its own named subject
        pytest.param(
            "3月5日，重庆东站正式开工、重庆海辰储能科技有限公司正式投产。",
            [("construction", "重庆东站"), ("production", "重庆海辰储能科技有限公司")],
            id="、-a-second-act-of-its-own-subject",
        ),
        pytest.param(
            "3月5日，重庆实验室揭牌成立、重庆长安汽车股份有限公司与华为签约。",
            [("founding", "重庆实验室"), ("signing", "重庆长安汽车股份有限公司")],
            id="、-a-second-act-of-another-body",
        ),
        pytest.param(
            "3月5日，重庆东站主体结构封顶、二期工程开工。",
            [("construction", "重庆东站")],
            id="、-no-name-of-its-own-one-act",
        ),
    ],
)
def test_two_acts_in_one_clause(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == expected


def test_a_second_act_after_a_list_comma_with_its_own_date() -> None:
    """该项目力争于明年5月结构封顶、2023年实现竣工并投运 (036): two acts, each with its date."""
    text = "11月1日，高标准联合研发中心正式开工建设。该项目力争于明年5月结构封顶、2023年实现竣工并投运。"
    assert _events(text, "2021-11-01") == [
        ("construction", "occurred", "2021-11-01"),
        ("construction", "planned", "2022-05"),
        ("opening", "planned", "2023"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2021年6月，垣曲县职业中学新校区建设基本完工并计划于9月招生运行。",
            [("construction", "occurred", "2021-06"), ("opening", "planned", "2021-09")],
            id="完工并计划…招生运行-108",
        ),
        pytest.param(
            "2025年5月，重庆东站项目竣工并计划年底投产。",
            [("construction", "occurred", "2025-05"), ("production", "planned", "2025")],
            id="竣工并计划…投产",
        ),
        pytest.param(
            "2025年3月，重庆实验室揭牌并将于明年投入运行。",
            [("opening", "occurred", "2025-03"), ("opening", "planned", "2026")],
            id="揭牌并将…投入运行-same-type-two-dates",
        ),
        pytest.param(
            "2025年5月，重庆东站项目建成并投入使用。",
            [("opening", "occurred", "2025-05")],
            id="建成并投入使用-one-act",
        ),
    ],
)
def test_a_second_act_after_bing_with_its_own_modal(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, "2021-06-30" if "垣曲" in text else "2025-06-30") == expected


def test_a_list_of_verbs_after_a_list_comma_stays_one_clause() -> None:
    """奠基、开工、投产或竣工剪彩 (010): one set of acts told of one batch, no date of its own."""
    assert len(_events("2011年11月13日，14个项目在福建东山县奠基、开工、投产或竣工剪彩。", "2011-11-14")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "最大的奠基项目是总投资100亿元以上的东山海洋生物科技园。",
            [("construction", "东山海洋生物科技园")],
            id="奠基项目是-010",
        ),
        pytest.param(
            "剪彩投产的最大项目是民营企业东之星水产有限公司。",
            [("production", "东之星水产有限公司")],
            id="投产的最大项目是-010",
        ),
        pytest.param(
            "当天签约的首个项目是重庆海辰储能科技有限公司。",
            [("signing", "重庆海辰储能科技有限公司")],
            id="签约的首个项目是",
        ),
        pytest.param(
            "W4是园区一批次项目最后一栋主体结构封顶的主楼。", [("construction", "W4")], id="是…封顶的主楼-022"
        ),
        pytest.param(
            "金龙稀土新材料有限公司是今年6月实现投产试运行的重大项目。",
            [("production", "金龙稀土新材料有限公司")],
            id="是…投产试运行的重大项目-057",
        ),
        pytest.param("三江新区是此次一季度开工的高热区域。", [], id="a-batch's-region-056"),
        pytest.param("三江新区是全市集中开工的重点区域。", [], id="a-region-is-no-built-thing"),
    ],
)
def test_a_milestone_told_through_a_copula(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        pytest.param(
            "7月13日，济南市投促局开发区一行到邹城经济开发区参观考察。", "济南市投促局开发区", id="一行-037"
        ),
        pytest.param(
            "7月13日，重庆市科技局一行到两江新区调研。", "重庆市科学技术局", id="a-body's-delegation"
        ),
        pytest.param("7月13日，重庆大学代表团到两江新区实地调研。", "重庆大学", id="代表团"),
        pytest.param("7月13日，市委书记袁家军到两江新区调研。", "袁家军", id="a-person-stays-the-visitor"),
        pytest.param("7月13日，市长胡衡华前往两江新区慰问一线建设者。", "胡衡华", id="慰问"),
        pytest.param("7月13日，市长胡衡华看望慰问一线建设者。", "胡衡华", id="看望慰问"),
        pytest.param("7月13日，市政协主席唐方裕一行到重庆科学城参观学习。", "唐方裕", id="参观学习"),
        pytest.param("7月13日，副市长张国智察看了重庆实验室建设情况。", "张国智", id="察看"),
        pytest.param("7月13日，省长黄强视察四川天府新区。", "黄强", id="视察"),
        pytest.param(
            "7月13日，国家发改委副主任赵辰昕一行到重庆检查指导工作。", "赵辰昕", id="一行-检查指导"
        ),
        pytest.param("7月13日，市长胡衡华带队检查指导安全生产工作。", "胡衡华", id="带队-检查指导"),
        pytest.param("7月13日，重庆大学代表团到访重庆科学城。", "重庆大学", id="到访"),
        pytest.param("7月13日，市长胡衡华看望一线建设者。", "胡衡华", id="看望"),
        pytest.param("7月13日，市长胡衡华走访重庆实验室。", "胡衡华", id="走访"),
        pytest.param(
            "7月13日，省委书记王晓晖、省长黄强到宜宾市调研。",
            "王晓晖",
            id="a-list-of-visitors-led-by-its-first",
        ),
        pytest.param(
            "7月13日，常务副市长陈鸣波深入重庆科学城调研重点项目建设。", "陈鸣波", id="深入-调研"
        ),
        pytest.param("7月13日，市长王刚先后来到高新区两个项目调研。", "王刚", id="先后-after-the-name"),
        pytest.param("7月13日，省长李强专程前往宜宾市考察。", "李强", id="专程-after-the-name"),
        pytest.param("7月13日，区委书记陈敏再次调研科学城建设。", "陈敏", id="再次-after-the-name"),
        pytest.param("7月13日，市委书记赵刚分别察看了两个项目。", "赵刚", id="分别-after-the-name"),
    ],
)
def test_a_delegation_visits(text: str, visitor: str) -> None:
    """Spec: a visit has the visiting person or delegation as subject."""
    found = extract(Article(text, "2025-07-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == [("other", visitor)]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        pytest.param("7月13日，市委书记袁家军会见华为公司董事长徐直军一行。", "袁家军", id="会见"),
        pytest.param("7月13日，区长王兵主持召开区政府常务会议。", "王兵", id="主持召开"),
        pytest.param("7月13日，市委书记袁家军接见华为公司董事长徐直军一行。", "袁家军", id="接见"),
        pytest.param("7月13日，市委书记袁家军与在渝企业家座谈。", "袁家军", id="座谈"),
        pytest.param("7月13日，市委书记袁家军与华为公司董事长徐直军会谈。", "袁家军", id="会谈"),
        pytest.param("7月13日，重庆市举行区县重大项目推进会。", "重庆市", id="举行-a-meeting-of-区县"),
    ],
)
def test_a_meeting_between_people_or_convened_by_one(text: str, host: str) -> None:
    """Spec: meetings are typed meeting; a person who meets or convenes is the subject."""
    found = extract(Article(text, "2025-07-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in found] == [("meeting", host)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "遼寧大連28日舉行重點項目開工活動。", [("construction", "occurred", "2025-06-28")], id="開工-066"
        ),
        pytest.param("臺北科技園區6月5日正式啟用。", [("opening", "occurred", "2025-06-05")], id="啟用"),
        pytest.param(
            "6月8日，重慶市政府與華為公司簽約。", [("signing", "occurred", "2025-06-08")], id="簽約"
        ),
        pytest.param(
            "6月8日，新竹科學園區舉辦創新大會。", [("meeting", "occurred", "2025-06-08")], id="舉辦大會"
        ),
        pytest.param("當天全市新開工項目共24個。", [], id="新開工項目-a-count-066"),
    ],
)
def test_traditional_characters_are_read(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A repost in traditional characters (a Hong Kong site) has the same triggers and tallies."""
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "3月2日，万宁市举行重点项目集中开工仪式。市长孙中全出席仪式并宣布开工。",
            [("construction", "occurred", "2025-03-02")],
            id="宣布-a-persons-part-071",
        ),
        pytest.param(
            "2013年12月，重庆东站项目建成投运，并全部并网发电。",
            [("opening", "occurred", "2013-12")],
            id="全部-the-act-told-of-the-whole-082",
        ),
        pytest.param(
            "5月28日，广州多地举行重大项目集中动工活动，142个项目签约动工，总投资1842亿元。",
            [("construction", "occurred", "2025-05-28")],
            id="the-act-of-the-sentence-counted-again-085",
        ),
        pytest.param(
            "3月30日，海西州208个项目集中开复工仪式举行。为发挥引领作用，海西州精选了18个新建项目举办开复工仪式。",
            [("construction", "occurred", "2025-03-30")],
            id="the-act-counted-again-later-without-a-date-081",
        ),
        pytest.param(
            "3月30日，海西州集中开复工仪式举行。4月2日，海西州18个新建项目举办开复工仪式。",
            [("construction", "occurred", "2025-03-30"), ("construction", "occurred", "2025-04-02")],
            id="a-count-with-its-own-date-is-another-act",
        ),
        pytest.param(
            "3月30日，海西州集中开复工仪式举行。格尔木光伏项目等6个项目开工。",
            [("construction", "occurred", "2025-03-30"), ("construction", "occurred", None)],
            id="a-batch-naming-its-member-is-its-own-act",
        ),
        pytest.param(
            "2013年12月，重庆东站项目建成投运，并于2014年3月投产发电。",
            [("opening", "occurred", "2013-12"), ("production", "occurred", "2014-03")],
            id="a-second-act-with-its-own-date-is-kept",
        ),
        # what a ceremonial act proclaims is that act told again…
        pytest.param(
            "8月28日，区长邓小冬与华润置地总经理王昕轶共同为丰翔路TOD万象商业综合体项目奠基培土，"
            "宣告中环置地中心万象系商业综合体的盛大开工。",
            [("construction", "occurred", "2024-08-28")],
            id="宣告…开工-told-again-126",
        ),
        pytest.param(
            "8月28日，市领导为重庆东站项目奠基，宣告重庆东站正式开工建设。",
            [("construction", "occurred", "2024-08-28")],
            id="宣告…开工建设-told-again",
        ),
        pytest.param(
            "8月28日，大桥顺利合龙，宣告大桥全线贯通。",
            [("construction", "occurred", "2024-08-28")],
            id="宣告…贯通-told-again",
        ),
        # …unless it proclaims a founding (a milestone of its own, as after 标志着)
        pytest.param(
            "8月28日，重庆实验室举行揭牌仪式，宣告重庆实验室正式成立。",
            [("opening", "occurred", "2024-08-28"), ("founding", "occurred", "2024-08-28")],
            id="宣告…正式成立-its-own-act",
        ),
        # officials performing the ceremony of an act told in the same sentence
        pytest.param(
            "29日，中共福州市委滨海新城工作委员会、福州滨海新城开发建设指挥部正式挂牌成立，市长尤猛军，"
            "市委常委、常务副市长林飞共同为滨海新城党工委和指挥部揭牌。",
            [("founding", "occurred", "2025-06-29")],
            id="共同为…揭牌-after-the-founding-095",
        ),
        pytest.param(
            "29日，重庆实验室正式成立，市领导一起为实验室揭牌。",
            [("founding", "occurred", "2025-06-29")],
            id="一起为…揭牌-after-the-founding",
        ),
        pytest.param(
            "29日，宜宾港三期建成投用，省市领导一同为宜宾港三期揭牌。",
            [("opening", "occurred", "2025-06-29")],
            id="一同为…揭牌-after-the-opening",
        ),
        pytest.param(
            "29日，市长李明与校长王强共同为重庆实验室揭牌。",
            [("opening", "occurred", "2025-06-29")],
            id="共同为…揭牌-alone-is-the-act",
        ),
    ],
)
def test_an_act_told_again_is_no_second_event(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "meeting"),
    [
        pytest.param(
            "在2月18日召开的浦东新区“共赢浦东共创未来——引领区2024年抓投资促发展大会”上，7个项目签约。",
            [("meeting", "2025-02-18"), ("signing", "2025-02-18")],
            "浦东新区“共赢浦东共创未来——引领区2024年抓投资促发展大会”",
            id="在…召开的大会上-088",
        ),
        pytest.param(
            "在3月5日举行的2025重庆智博会上，重庆实验室揭牌。",
            [("meeting", "2025-03-05"), ("opening", "2025-03-05")],
            "2025重庆智博会",
            id="在…举行的博会上-its-year-dates-nothing",
        ),
    ],
)
def test_a_meeting_framing_the_sentence_is_an_event(
    text: str, expected: list[tuple[str, str]], meeting: str
) -> None:
    """在…召开的<meeting>上: the meeting is held (an event with its name as subject), and a year
    inside its name dates no clause of the sentence."""
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.date.value if e.date else None) for e in found] == expected
    assert found[0].subject is not None and found[0].subject.name == meeting


def test_a_start_marked_by_its_curtain_names_the_zone() -> None:
    """标志着江东新区全面建设正式拉开帷幕 (077): the zone whose works start is the subject."""
    text = "10月18日，海口江东新区6大项目集中开工，标志着江东新区全面建设正式拉开帷幕。"
    found = extract(Article(text, "2019-10-19")).events
    assert ("construction", "江东新区") in [(e.type, e.subject.name if e.subject else None) for e in found]


def test_an_aim_word_ending_a_name_is_no_aim() -> None:
    """为 ends 华为: 重庆市与华为签署… is a signing, while 为/的 before a trigger stay aims."""
    assert _events("3月1日，重庆市与华为签署战略合作协议。") == [("signing", "occurred", "2025-03-01")]
    assert _events("3月1日，重庆市为项目投产做准备。") == []


def test_ahead_of_time_is_an_act() -> None:
    assert _events("3月1日，重庆东站项目提早竣工。") == [("construction", "occurred", "2025-03-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "重庆东站项目预计年底可投产。", [("production", "planned", "2025")], id="年底可投产-a-plan"
        ),
        pytest.param("重庆东站项目建成后可带动就业。", [], id="可-without-a-time-an-ability"),
        pytest.param("该技术可以量产。", [], id="可以-without-a-time"),
        pytest.param("重庆东站项目能否按期投产备受关注。", [], id="能否-whether"),
    ],
)
def test_a_modal_with_a_time_is_a_plan(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


def test_a_briefs_bracketed_headline_tells_no_act() -> None:
    """【…】 heading a brief is its headline: the act is the body's clause."""
    found = extract(Article("【重庆东站项目开工】6月3日，重庆东站项目正式开工建设。", "2025-06-30")).events
    assert [e.summary for e in found] == ["重庆东站项目正式开工建设"]


def test_a_tally_printed_again_is_a_tally_again() -> None:
    text = (
        "2月16日，江西全省各地举行项目开工。其中，南昌市一季度开工重大项目70个。"
        "记者从南昌市政府获悉，南昌市一季度开工重大项目70个，总投资847.2亿元。"
    )
    assert _events(text, "2025-02-16") == [("construction", "occurred", "2025-02-16")]


def test_a_clause_of_time_after_an_act_is_no_event() -> None:
    assert _events("主会场宣布开工后，全场响起热烈的掌声。") == []


def test_a_list_item_mark_is_not_part_of_the_subject() -> None:
    event = extract(Article("△新食代预制食品科创谷开园", "2025-06-30")).events[0]
    assert event.subject is not None and event.subject.name == "新食代预制食品科创谷"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        pytest.param(
            "重庆海辰储能工厂将于8月进行小批量化生产。预计2026年2月开始大批量生产，年产能可达300万台。",
            ["重庆海辰储能工厂", "重庆海辰储能工厂"],
            id="a-sentence-naming-no-subject-goes-on-016",
        ),
        pytest.param(
            "重庆海辰储能工厂将于8月投产。6个重点项目签约落地。",
            ["重庆海辰储能工厂"],
            id="a-rejected-phrase-is-not-replaced-by-the-previous-subject",
        ),
        # a clause naming no subject, anchored by a cue of progress, plan or completion, is about
        # the last facility or project the paragraph named
        pytest.param(
            "6月初，记者在山南市加查水电站施工现场看到，工人正忙碌建设电站大坝和厂房。",
            ["山南市加查水电站"],
            id="anchored-by-正-the-site-named-before-069",
        ),
        pytest.param(
            "施工人员正在重庆东站项目现场作业。记者看到，工人年底将实现主体结构封顶。",
            ["重庆东站项目"],
            id="anchored-by-将-the-project-of-the-sentence-before-080",
        ),
        pytest.param(
            "施工人员正在重庆东站项目现场作业。记者看到，工人已完成土建工程。",
            ["重庆东站项目"],
            id="anchored-by-已",
        ),
        pytest.param(
            "天山脚下，掘进机正向天山胜利隧道深处挺进。\n“中导洞已掘进突破16公里，预计年内贯通。”崔景川说。",
            ["天山胜利隧道"],
            id="a-quoted-paragraph-goes-on-about-the-one-before-083",
        ),
        pytest.param(
            "天山脚下，掘进机正向天山胜利隧道深处挺进。\n中导洞已掘进突破16公里，预计年内贯通。",
            [],
            id="another-paragraph-does-not",
        ),
        pytest.param("施工人员正在重庆东站项目现场作业。记者看到，工人建成投用。", [], id="not-anchored"),
        pytest.param(
            "施工人员正在重庆东站项目现场作业。两大经开区正式签署了合作协议。",
            [],
            id="a-count-is-no-topic-037",
        ),
        pytest.param(
            "施工人员正在重庆东站项目现场作业。企业纷纷于今年签约落户。", [], id="纷纷-a-trend-is-no-topic"
        ),
        # a count acting at the occasion told before (当天, 同时, 现场…) is that occasion's act
        pytest.param(
            "25日，南通高新区集中签约仪式在南通举行。当天，8家智能装备企业进行了现场签约。",
            ["南通高新区", "南通高新区"],
            id="当天-a-count-signs-at-the-ceremony",
        ),
        pytest.param(
            "25日，宜宾三江新区项目签约仪式举行。同时，总投资15亿元的4个产业项目破土动工。",
            ["宜宾三江新区项目", "宜宾三江新区项目"],
            id="同时-a-count-of-projects-starts-at-the-ceremony",
        ),
        pytest.param(
            "25日，宜宾三江新区项目开工仪式举行。现场，3家企业签约入驻。",
            ["宜宾三江新区项目", "宜宾三江新区项目"],
            id="现场-a-count-signs-on-the-spot",
        ),
        pytest.param(
            "25日，宜宾三江新区项目签约仪式举行。4个产业项目破土动工。",
            ["宜宾三江新区项目"],
            id="no-word-of-the-occasion-a-count-stays-no-subject",
        ),
    ],
)
def test_subject_across_sentences(text: str, subjects: list[str]) -> None:
    found = extract(Article(text, "2025-06-30"))
    assert [e.subject.name if e.subject else None for e in found.events] == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2021年7月13日，万宁市举办2021年度第四批集中开工分会场活动。", "construction", id="开工分会场"
        ),
        pytest.param(
            "2021年7月13日，文昌市在航天城举行重点项目集中签约分会场活动。", "signing", id="签约分会场"
        ),
        pytest.param(
            "2023年3月2日，临港新片区举行一季度重大项目集中开工分场仪式。", "construction", id="开工分场"
        ),
        pytest.param(
            "2024年5月6日，项目签约分产业招商和科技合作2个专场。", None, id="签约分-专场-how-organised"
        ),
    ],
)
def test_a_sub_venue_keeps_the_act(text: str, expected: str | None) -> None:
    """Spec: a ceremony has its act's type; a sub-venue (分会场) of a groundbreaking or signing
    ceremony is that act, while 签约分…专场 only tells how the signing was organised."""
    found = extract(Article(text, "2025-07-30")).events
    assert [e.type for e in found] == ([expected] if expected else [])


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
    ("text", "types"),
    [
        ("持续推动先进制造大项目和产业链关键制造环节跨区域落地。", []),
        ("进一步推动重庆实验室揭牌。", []),
        ("以国家级长春新区获批为契机，吉林省加快发展。", []),
        ("国务院批复中称，同意设立长春新区。", []),
        ("2月1日，国务院同意设立长春新区。", ["approval"]),
        ("黑龙江已经获批设立哈尔滨新区。", ["approval"]),
        # what a document released does is its content, not an act (127)
        (
            "近日，安徽省商务厅印发《2025年度全省重点经开区工作要点》，"
            "将国家级经开区和拟申请升级为国家级经开区的省级开发区纳入重点经开区，对其提出更高要求。",
            ["policy_release"],
        ),
        (
            "3月5日，省政府出台《关于支持开发区发展的意见》，把符合条件的园区列入省级开发区名单。",
            ["policy_release"],
        ),
        ("3月5日，省科技厅发布《实验室管理办法》，对新认定的重点实验室给予资金支持。", ["policy_release"]),
        ("3月5日，省政府印发《实施方案》，重庆东站项目同日开工。", ["policy_release", "construction"]),
    ],
)
def test_aims_frames_and_quoted_decisions_are_no_acts(text: str, types: list[str]) -> None:
    """An aim behind an adverb (持续推动), a frame of purpose (以…为契机) and a decision's words
    quoted (批复中称，同意…) report no act; 同意设立 / 获批设立 told of a body is an approval."""
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
        # fresh pages (pool outside the corpus): a stage named by the works under way, works
        # ended (完毕), a member of a structure counted, ground broken, a bridge spanned
        pytest.param(
            "5月14日，贵黄高速路段已全面进入铺油阶段。",
            ("construction", "ongoing", "2025-05-14"),
            id="进入铺油阶段-pool",
        ),
        pytest.param(
            "5月6日，重庆东站项目进入内部装修装饰阶段。",
            ("construction", "ongoing", "2025-05-06"),
            id="进入装修阶段",
        ),
        pytest.param(
            "5月6日，重庆东站项目进入设备安装调试阶段。",
            ("construction", "ongoing", "2025-05-06"),
            id="进入安装调试阶段",
        ),
        pytest.param(
            "5月6日，重庆东站外立面施工进入收尾阶段。",
            ("construction", "ongoing", "2025-05-06"),
            id="施工进入收尾阶段",
        ),
        pytest.param(
            "5月，重庆东站项目进入全面建设阶段。",
            ("construction", "ongoing", "2025-05"),
            id="进入建设阶段-goes-on",
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


def test_an_act_marked_after_the_same_act_is_told_once() -> None:
    text = "5月6日，重庆白居寺长江大桥顺利合龙，标志着大桥全线贯通。"
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
        # attending a meeting between people is no act (091); a visit is (参观考察)
        pytest.param("河北省委副书记、省长许勤参加会见。", [], id="参加会见-091"),
        pytest.param("副市长李明参加会谈。", [], id="参加会谈"),
        pytest.param(
            "5月，市长王强会见了华为公司总裁一行。", [("meeting", "occurred", "2025-05")], id="会见"
        ),
        # an event celebrated is not this report's act (108)
        pytest.param("垣曲县数万名群众在城关隆重集会，庆祝中华人民共和国成立。", [], id="庆祝…成立-108"),
        pytest.param("各界人士齐聚一堂，庆祝重庆大学成立。", [], id="庆祝…成立"),
        # a person named by the act (108)
        pytest.param(
            "常乾坤在广州黄埔军校加入中国共产党，后成为中国人民解放军空军重要奠基人之一。",
            [],
            id="奠基人之一-108",
        ),
        pytest.param("他是重庆实验室的主要创立者。", [], id="创立者"),
        # what a document says, after 提出/明确/要求 (091)
        pytest.param(
            "近日，河北省发改委印发方案提出，2018-2020年，各市实施洁净煤托底政策。",
            [("policy_release", "occurred", "2025-06-01/2025-06-30")],
            id="印发方案提出-091",
        ),
        pytest.param(
            "重庆市出台方案要求，各区县年内开工一批重点项目。",
            [("policy_release", "occurred", None)],
            id="出台方案要求",
        ),
        pytest.param("《意见》明确，到2025年，全市建成10个国家级实验室。", [], id="《意见》明确"),
        # a figure reported (097)
        pytest.param(
            "来自省发改委最新的消息透露，今年前10个月，"
            "全省纳入投资计划的续建和计划开工项目累计完成投资15382.4亿元。",
            [],
            id="消息透露…累计-097",
        ),
        pytest.param("市统计局披露，今年以来全市新开工项目同比增长12%。", [], id="披露…同比"),
        pytest.param(
            "长安汽车宣布，新工厂于3月正式投产。",
            [("announcement", "occurred", None), ("production", "occurred", "2025-03")],
            id="宣布-an-act",
        ),
        # the acts of a ceremony named in the sentence, counted (096), or of one told before (075)
        pytest.param(
            "2月28日上午，苏州相城区2021年一季度项目集中开工签约仪式在阳澄湖电竞馆拉开帷幕，"
            "133个项目集中签约，47个项目集中开工。",
            [("meeting", "occurred", "2025-02-28")],
            id="仪式…，N个项目集中签约-096",
        ),
        pytest.param(
            "3月1日，江北区重大项目集中开工签约活动举行，20个项目集中签约，15个项目集中开工。",
            [("construction", "occurred", "2025-03-01")],
            id="活动…，N个项目集中开工",
        ),
        pytest.param(
            "3月1日，江北区举行重大项目集中开工仪式，20个项目集中签约。",
            [("construction", "occurred", "2025-03-01"), ("signing", "occurred", "2025-03-01")],
            id="an-act-the-ceremony-does-not-name",
        ),
        pytest.param(
            "哈尔滨市呼兰区举行重点项目集中签约仪式。"
            "仪式上，民生服务、先进制造、新兴产业等16个项目进行了集中签约。",
            [("signing", "occurred", None)],
            id="仪式上，…等N个项目…签约-075",
        ),
        pytest.param(
            "渝北区举行招商引资集中签约活动。活动上，智能制造、新材料等12个项目集中签约。",
            [("signing", "occurred", None)],
            id="活动上，…等N个项目签约",
        ),
    ],
)
def test_attendance_celebrations_contents_figures_and_counts_are_no_acts(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated act of a type told already, then graded (095): the topic of the grading
        pytest.param(
            "6月29日，滨海新城党工委和指挥部揭牌。"
            "他说，滨海新城党工委和指挥部揭牌，标志着滨海新城建设跨出了历史性的一步。",
            [("opening", "occurred", "2025-06-29")],
            id="揭牌，标志着-told-again-095",
        ),
        pytest.param(
            "6月2日，重庆实验室正式启用。该实验室启用，意味着重庆有了第一个国家级实验室。",
            [("opening", "occurred", "2025-06-02")],
            id="启用，意味着-told-again",
        ),
        pytest.param(
            "重庆实验室正式揭牌，标志着重庆创新体系迈出新步伐。",
            [("opening", "occurred", None)],
            id="揭牌，标志着-told-first",
        ),
        # …but a named project of its own started at the ceremony told before is its own act
        # (real news: …开(竣)工活动在…举行。作为本次活动的核心亮点，…电池项目正式启动建设，标志着…)
        pytest.param(
            "2月18日，永川区一季度重大项目集中开工活动在凤凰湖产业园举行。"
            "作为本次活动的核心亮点，永川电池三模块项目正式启动建设，标志着永川新能源产业再添新引擎。",
            [("construction", "occurred", "2025-02-18"), ("construction", "occurred", None)],
            id="named-project-started，标志着-its-own-act",
        ),
        pytest.param(
            "3月1日，綦江区重大项目集中签约仪式举行。其中，綦江齿轮新能源总部项目正式签约，"
            "意味着綦江汽车产业迈上新台阶。",
            [("signing", "occurred", "2025-03-01"), ("signing", "occurred", None)],
            id="named-project-signed，意味着-its-own-act",
        ),
        pytest.param(
            "3月1日，綦江齿轮新能源总部项目正式签约。綦江齿轮新能源总部项目正式签约，"
            "意味着綦江汽车产业迈上新台阶。",
            [("signing", "occurred", "2025-03-01")],
            id="same-project-signed，意味着-told-again",
        ),
        # a set of outcomes to come is no signing (102)
        pytest.param(
            "目前，还有多个域外代表团在长春市各地参观考察，还将达成一系列合作成果。",
            [],
            id="达成一系列合作-102",
        ),
        pytest.param("双方还将达成多项合作。", [], id="达成多项合作"),
        pytest.param(
            "长春市与吉林大学达成战略合作协议。", [("signing", "occurred", None)], id="达成…协议-an-act"
        ),
        # what a project will be (106) and a sector's works in general (110)
        pytest.param(
            "雄狮项目落地长沙自贸临空区，将建成集中医药研发、生产、交易平台于一体的国际化医药健康产业总部。",
            [("signing", "occurred", None)],
            id="建成集…于一体-106",
        ),
        pytest.param("该项目将建成集研发、生产、展示于一体的智能制造基地。", [], id="建成集…于一体"),
        pytest.param("基础设施项目建设稳步推进。", [], id="基础设施项目建设稳步推进-110"),
        pytest.param("民生项目建设有序推进。", [], id="民生项目建设有序推进"),
        pytest.param(
            "重庆东站项目建设稳步推进。",
            [("construction", "ongoing", None)],
            id="a-named-project-建设稳步推进",
        ),
        # history in general terms after a dateline (113)
        pytest.param(
            "扶绥讯近年来，扶绥县坚持把园区作为工业发展的主战场，实施工业和园区发展三年行动计划，"
            "已有龙头企业入驻并形成产业集聚。",
            [],
            id="…讯近年来-113",
        ),
        pytest.param(
            "本报讯（记者 张三）近年来，重庆高新区实施创新驱动发展三年行动计划，已有一批企业入驻。",
            [],
            id="本报讯（…）近年来",
        ),
        pytest.param(
            "本报讯（记者 张三）3月1日，重庆东站项目开工。",
            [("construction", "occurred", "2025-03-01")],
            id="本报讯-a-dated-act",
        ),
        # projects named by a plan (116) and a tally up to a day (102)
        pytest.param(
            "据悉，第十二师2022年计划开(复)工项目涉及现代农业设施、工业优化升级。",
            [],
            id="计划开(复)工项目-116",
        ),
        pytest.param("今年拟开工项目涵盖先进制造、现代服务等领域。", [], id="拟开工项目"),
        pytest.param(
            "重庆东站项目计划今年开工。", [("construction", "planned", "2025")], id="计划…开工-a-plan"
        ),
        pytest.param(
            "26日，记者从长春市政府合作交流办获悉，截至25日，长春市已在第十二届中国-东北亚博览会上签约合作项目15个。",
            [],
            id="截至…签约合作项目15个-102",
        ),
        pytest.param("截至目前，渝北区已开工重点项目32个。", [], id="截至…开工重点项目32个"),
        pytest.param(
            "3月1日，长寿区开工新材料产业项目11个。",
            [("construction", "occurred", "2025-03-01")],
            id="a-batch-not-a-tally",
        ),
        # the act of a ceremony told before, counted at one of its venues (117)
        pytest.param(
            "5月28日，广州开发区举行重大项目集中动工活动。"
            "在位于中新广州知识城的主会场，广州开发区、广州高新区107个项目集中动工。",
            [("construction", "occurred", "2025-05-28")],
            id="在…主会场，N个项目集中动工-117",
        ),
        pytest.param(
            "3月1日，渝北区举行重大项目集中开工活动。在分会场，两江新区15个项目集中开工。",
            [("construction", "occurred", "2025-03-01")],
            id="在分会场，N个项目集中开工",
        ),
        pytest.param(
            "10月28日，呼兰区举行集中签约仪式。"
            "在签约仪式上，呼兰区人民政府与中国亚洲经济发展协会等在新能源等16个项目进行了集中签约。",
            [("signing", "occurred", "2024-10-28"), ("signing", "occurred", None)],
            id="在签约仪式上，与X…签约-another-act-075",
        ),
    ],
)
def test_acts_told_again_aims_and_tallies_are_no_milestone(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # publications: the title is the subject (108)
        pytest.param(
            "1934年，垣曲县谭家乡峪子村人裴丽生在北平主办发行《垣民之友》期刊。",
            [("other", "1934", "垣民之友")],
            id="发行《》期刊-108",
        ),
        pytest.param(
            "2020年5月，重庆出版社出版《重庆简史》一书。", [("other", "2020-05", "重庆简史")], id="出版《》"
        ),
        pytest.param("1985年，《重庆科技报》创刊。", [("other", "1985", "重庆科技报")], id="《》创刊"),
        pytest.param("该公司发行债券10亿元。", [], id="发行债券-no-title"),
        pytest.param("该书由重庆出版社出版发行。", [], id="出版发行-no-title"),
        # a place freed, a seat moved, a rally: with a date only (108)
        pytest.param("1947年8月26日，垣曲全境解放。", [("other", "1947-08-26", "垣曲")], id="全境解放-108"),
        pytest.param("1949年，重庆和平解放。", [("other", "1949", "重庆市")], id="和平解放"),
        pytest.param("要进一步解放思想。", [], id="解放思想-a-slogan"),
        pytest.param(
            "1958年，垣曲县城由古城镇迁至新城镇。", [("other", "1958", "垣曲县城")], id="迁至-108"
        ),
        pytest.param(
            "2023年5月，华为重庆研究所总部迁往两江新区。",
            [("other", "2023-05", "华为重庆研究所")],
            id="迁往",
        ),
        pytest.param("居民陆续迁至新居。", [], id="迁至-undated"),
        pytest.param("部分商户由老城区迁至新城。", [], id="迁至-undated-unnamed-movers"),
        # …but a named body's seat moved is its milestone, dated or not (137)
        pytest.param(
            "经国务院批准，杭州市人民政府驻地由拱墅区环城北路318号迁至江干区解放东路18号。",
            [("other", None, "杭州市人民政府")],
            id="驻地迁至-a-named-body-137",
        ),
        pytest.param(
            "重庆长安汽车股份有限公司总部由江北区迁至两江新区。",
            [("other", None, "重庆长安汽车股份有限公司")],
            id="总部迁至-a-named-company",
        ),
        pytest.param(
            "重庆市科学技术研究院整体搬迁至西部科学城。",
            [("other", None, "重庆市科学技术研究院")],
            id="搬迁至-a-named-institute",
        ),
        pytest.param(
            "1949年10月2日，垣曲县数万名群众在城关隆重集会，庆祝中华人民共和国成立。",
            [("meeting", "1949-10-02", "垣曲县")],
            id="集会-108",
        ),
        pytest.param(
            "5月4日，重庆大学师生集会纪念五四运动。", [("meeting", "2025-05-04", "重庆大学")], id="师生集会"
        ),
        pytest.param("禁止非法集会。", [], id="集会-undated"),
    ],
)
def test_milestones_of_history_need_a_title_or_a_date(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    found = extract(Article(text, "2025-06-30")).events
    told = [(e.type, e.date.value if e.date else None, e.subject.name if e.subject else None) for e in found]
    assert told == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "3月8日，重庆科技馆新馆揭幕。",
            [("opening", "occurred", "2025-03-08")],
            id="揭幕",
        ),
        pytest.param(
            "成渝中线高铁项目控制性工程隧道正式进洞施工。",
            [("construction", "occurred", None)],
            id="进洞施工",
        ),
        pytest.param(
            "4月18日，重庆轨道交通18号线全线洞通。",
            [("construction", "occurred", "2025-04-18")],
            id="洞通",
        ),
        pytest.param(
            "5月，渝昆高铁重庆段顺利交工。",
            [("construction", "occurred", "2025-05")],
            id="交工",
        ),
        pytest.param(
            "重庆市与德国杜塞尔多夫市缔结友好城市关系。",
            [("signing", "occurred", None)],
            id="缔结",
        ),
        pytest.param(
            "3月，华为鲲鹏生态基地项目正式落子两江新区。",
            [("signing", "occurred", "2025-03")],
            id="项目落子",
        ),
        pytest.param(
            "他在棋盘上落子。",
            [],
            id="落子-no-project",
        ),
        pytest.param(
            "两江数字经济产业园被命名为国家级科技企业孵化器。",
            [("approval", "occurred", None)],
            id="被命名为",
        ),
        pytest.param(
            "3月15日，重庆东站项目钢结构顺利吊装完成。",
            [("construction", "occurred", "2025-03-15")],
            id="钢结构吊装完成",
        ),
        pytest.param(
            "3月，重庆东站项目钢结构吊装完成80%。",
            [],
            id="吊装完成80%-a-share",
        ),
    ],
)
def test_more_words_of_acts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the acts inside a record set describe it (028)
        pytest.param(
            "据了解，该项目创下了当年拿地、当年建设、当年完工、当年投产的“颍泉速度”。",
            [],
            id="创下…当年投产的…速度-028",
        ),
        pytest.param("该园区创造了当年签约、当年开工、当年投产的新纪录。", [], id="创造…的新纪录"),
        pytest.param(
            "3月，重庆东站项目开工，创下全市新纪录。",
            [("construction", "occurred", "2025-03")],
            id="an-act-then-a-record",
        ),
        # an act as the topic of a copula (099)
        pytest.param("开通尼中跨境光缆是尼泊尔的大事。", [], id="开通…是-099"),
        pytest.param("揭牌是重庆实验室发展的新起点。", [], id="揭牌是"),
        # a count after a span of time sums the span up (113)
        pytest.param(
            "仅两年时间，入驻的电子企业从无到有，聚弘光电、大展科等9家电子信息企业投产。",
            [],
            id="仅两年时间…等9家企业投产-113",
        ),
        pytest.param("短短一年时间，宁德时代、比亚迪等12家企业落户园区。", [], id="短短一年时间…等12家"),
    ],
)
def test_records_topics_and_spans_of_time_tell_no_act(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


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
        pytest.param("3月，宁德时代入驻两江新区。", [("signing", "occurred", "2025-03")], id="入驻-an-act"),
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
        # conditions (spec: a hypothetical or a condition is no event)
        pytest.param("若项目顺利投产，年产值可达50亿元。", [], id="若项目…投产"),
        pytest.param("若能按期投产，年产值可达50亿元。", [], id="若能…投产"),
        pytest.param("倘若重庆东站项目如期竣工，将带动周边发展。", [], id="倘若…竣工"),
        pytest.param("只要重庆东站项目开工，周边就会带动。", [], id="只要…开工"),
        pytest.param("待项目建成投用，将极大方便市民出行。", [], id="待项目…建成投用"),
        pytest.param("若羌县重庆东站项目开工。", [("construction", "occurred", None)], id="若羌县-a-place"),
    ],
)
def test_a_condition_is_no_event(text: str, expected: list[tuple[str, str, str | None]]) -> None:
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
        pytest.param(
            "3月20日，新疆生产建设兵团第十二师2022年项目集中开(复)工仪式，在主会场头屯河农场，"
            "分会场兵团乌鲁木齐经济技术开发区、二二一团、二二二团举行。",
            [("construction", "occurred", "2025-03-20")],
            id="仪式，在主会场…，分会场…举行-116",
        ),
        pytest.param(
            "5月8日，渝北区2025年二季度重大项目集中签约仪式，在主会场空港新城，分会场仙桃数据谷、两路街道举行。",
            [("signing", "occurred", "2025-05-08")],
            id="签约仪式，在主会场…，分会场…举行",
        ),
        pytest.param(
            "3月20日，重庆市举行重大项目集中开工仪式，在主会场两江新区，市长出席。",
            [("construction", "occurred", "2025-03-20")],
            id="a-ceremony-held-then-a-venue",
        ),
    ],
)
def test_a_ceremony_named_and_held_after_its_venues_is_one_event(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2019年，垣曲县正式实行“一枚印章管审批”。",
            [("policy_release", "occurred", "2019")],
            id="实行“…”-108",
        ),
        pytest.param(
            "2020年1月1日起，重庆市实行《生活垃圾分类管理办法》。",
            [("policy_release", "occurred", "2020-01-01")],
            id="实行《》",
        ),
        pytest.param("该区实行严格的管理制度。", [], id="实行-no-name"),
    ],
)
def test_a_named_reform_put_in_force(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an act marks (标志着…) or the stage it opens, of the act's own type: the act again
        pytest.param(
            "3月31日上午,青海省疾病預防控制中心現代化疾病預防控制體系建設項目開工典禮在青海省疾病預防控制中心舉行,"
            "標志著青海省首個P3實驗室正式開建。",
            [("construction", "occurred", "2025-03-31")],
            id="標志著…正式開建-151",
        ),
        pytest.param(
            "5月6日，宜宾港三期开工仪式举行，標志著宜宾港三期正式動工。",
            [("construction", "occurred", "2025-05-06")],
            id="標志著…正式動工",
        ),
        pytest.param(
            "6月28日，嘉兴南湖产业新城举行奠基仪式，进入实质性建设阶段。",
            [("construction", "occurred", "2025-06-28")],
            id="进入实质性建设阶段-159",
        ),
        pytest.param(
            "5月6日，重庆东站举行开工仪式，进入全面建设阶段。",
            [("construction", "occurred", "2025-05-06")],
            id="进入全面建设阶段-after-the-start",
        ),
        # officials performing an act the sentence named, after an event of it (153)
        pytest.param(
            "4月19日，长城电工天水电工电器产业园奠基暨天水电器集团有限责任公司揭牌仪式在天水经济技术开发区举行，"
            "副省长虞海燕、市委书记马世忠、市长王锐等高兴地挥锨奠基。",
            [("opening", "occurred", "2025-04-19")],
            id="officials-挥锨奠基-153",
        ),
        pytest.param(
            "5月6日，重庆实验室奠基暨重庆研究院揭牌仪式举行，市长张三、区长李四等挥锹奠基。",
            [("opening", "occurred", "2025-05-06")],
            id="officials-挥锹奠基",
        ),
        pytest.param(
            "5月6日，林升宣布园区奠基，林升、阮锦发等领导共同为大黄鱼产业园项目挥锹培土奠基。",
            [("construction", "occurred", "2025-05-06")],
            id="officials-after-a-proclamation-stays-005",
        ),
        # another type marked, or a stage told alone: an act of its own
        pytest.param(
            "5月6日，重庆实验室揭牌仪式举行，标志着重庆实验室正式成立。",
            [("opening", "occurred", "2025-05-06"), ("founding", "occurred", "2025-05-06")],
            id="标志着-another-type-stays",
        ),
        pytest.param(
            "5月6日，重庆东站进入全面建设阶段。",
            [("construction", "ongoing", "2025-05-06")],
            id="a-stage-alone-stays",
        ),
    ],
)
def test_what_an_act_marks_is_the_act_again(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the projects named by the act (签约项目, 开工项目) described or totalled: no act told
        pytest.param(
            "6月1日，长沙市重大项目集中签约仪式举行。签约项目涵盖智能制造、数字经济、人工智能、生物医药与大健康等领域。",
            [("signing", "occurred", "2025-06-01")],
            id="签约项目涵盖-167",
        ),
        pytest.param(
            "6月1日，两江新区重大项目集中开工仪式举行。开工项目包括产业、基础设施和民生三类。",
            [("construction", "occurred", "2025-06-01")],
            id="开工项目包括",
        ),
        pytest.param(
            "6月1日，重庆实验室揭牌成立，投产项目主要分布在两江新区和西部科学城。",
            [("founding", "occurred", "2025-06-01")],
            id="投产项目主要分布",
        ),
        pytest.param(
            "6月1日，海南省重大项目集中开工。其中，海口集中开工项目共11个（9个项目位于自贸港",
            [("construction", "occurred", "2025-06-01")],
            id="开工项目共N个-165",
        ),
        pytest.param(
            "6月1日，重庆市重大项目集中签约。江北区集中签约项目共8个（其中5个外资项目",
            [("signing", "occurred", "2025-06-01")],
            id="签约项目共N个",
        ),
        # the site of the act (开工现场) and the people it brought (入驻师生)
        pytest.param(
            "6月1日，株洲市重大项目集中开工。集中开工活动设荷塘区长株潭先进硬质材料产业园项目开工现场1个主会场，"
            "株洲经开区中核云峰湖健康谷项目开工现场4个分会场。",
            [("construction", "occurred", "2025-06-01")],
            id="开工现场-142",
        ),
        pytest.param(
            "6月1日，重庆市重大项目集中签约。签约活动设两江新区签约现场和渝北区分会场。",
            [("signing", "occurred", "2025-06-01")],
            id="签约现场",
        ),
        pytest.param(
            "6月1日，江西智能无损检测创新中心揭牌，入驻师生及工程师超百人。",
            [("opening", "occurred", "2025-06-01")],
            id="入驻师生-143",
        ),
        pytest.param(
            "6月1日，重庆大学创新研究院揭牌，入驻师生达300余人。",
            [("opening", "occurred", "2025-06-01")],
            id="入驻师生达",
        ),
        # an unnamed set of several (多项, 多家, 多个): a trend, not one milestone
        pytest.param(
            "江西智能无损检测创新中心项目总投资6.75亿元，目前已完成第一批10套科研设备采购，入驻师生及工程师超百人，"
            "多项国家重点研发项目落地推进。",
            [],
            id="多项-143",
        ),
        pytest.param(
            "6月1日，两江新区揭牌，多家龙头企业签约入驻。", [("opening", "occurred", "2025-06-01")], id="多家"
        ),
        pytest.param(
            "6月1日，两江新区揭牌，多个重大项目加快建设。", [("opening", "occurred", "2025-06-01")], id="多个"
        ),
        # not meant: the act with its own count, a batch with a number
        pytest.param(
            "6月1日，中国电信宁夏分公司与宁夏环保集团签署合作项目21个。",
            [("signing", "occurred", "2025-06-01")],
            id="签署合作项目N个-061-stays",
        ),
        pytest.param(
            "6月1日，两江新区20多个项目集中开工。",
            [("construction", "occurred", "2025-06-01")],
            id="20多个-stays",
        ),
    ],
)
def test_the_things_an_act_names_described_are_no_event(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plant run for the first time, a line's trial run, a first batch shipped (real news:
        # 装置一次投料开车成功, 生产线试车成功, 项目首批产品发运)
        pytest.param(
            "3月16日，重庆长寿化工公司20万吨/年乙二醇装置一次投料开车成功。",
            [("production", "occurred", "2025-03-16")],
            id="投料开车成功",
        ),
        pytest.param(
            "4月，綦江铝业公司电解铝生产线试车成功。",
            [("production", "occurred", "2025-04")],
            id="试车成功",
        ),
        pytest.param(
            "3月28日，涪陵榨菜集团新厂首批产品发运。",
            [("production", "occurred", "2025-03-28")],
            id="首批产品发运",
        ),
        pytest.param("每天有200吨货物从园区发运。", [], id="发运-no-first-batch"),
        # a plant on the grid or generating (储能电站成功并网, 风电场并网投运, 水电站正式发电)
        pytest.param(
            "今年2月，綦江区200兆瓦储能电站成功并网。",
            [("production", "occurred", "2025-02")],
            id="成功并网",
        ),
        pytest.param(
            "涪陵白涛风电场四期项目预计年底并网投运。",
            [("production", "planned", "2025")],
            id="并网投运-planned",
        ),
        pytest.param(
            "1956年10月，乌江白马水电站正式发电。",
            [("production", "occurred", "1956-10")],
            id="正式发电",
        ),
        pytest.param("该电站年发电量达3亿千瓦时。", [], id="发电量-a-figure"),
        # ground turned or broken (天心区15个重大项目同步破土, 产业园正式动土)
        pytest.param(
            "5月6日，九龙坡区12个重大项目同步破土。",
            [("construction", "occurred", "2025-05-06")],
            id="同步破土",
        ),
        pytest.param(
            "2月7日，永川智能制造产业园正式动土。",
            [("construction", "occurred", "2025-02-07")],
            id="正式动土",
        ),
        pytest.param("春雨过后，竹笋纷纷破土而出。", [], id="破土而出-a-sprout"),
        # a freight train service set off, a dam's gates closed (公共班列发车, 水库正式下闸蓄水)
        pytest.param(
            "6月1日，中欧班列(重庆)公共班列发车。",
            [("opening", "occurred", "2025-06-01")],
            id="班列发车",
        ),
        pytest.param(
            "5月23日，綦江藻渡水库正式下闸蓄水。",
            [("opening", "occurred", "2025-05-23")],
            id="下闸蓄水",
        ),
        pytest.param("列车每天早上8点从重庆北站发车。", [], id="列车发车-a-timetable"),
        # a dated founding told as an attribute is an act of its own (real news: 农民李安民1983年
        # 创办的安民焦化厂(安泰集团前身)，成为山西第一家民营企业)
        pytest.param(
            "永川农民王建国1985年创办的永川焦化厂(重庆永荣集团前身)，成为重庆第一家民营企业。",
            [("founding", "occurred", "1985")],
            id="dated-创办的",
        ),
        pytest.param(
            "1983年，长安集团创办长安职业技术学院。",
            [("founding", "occurred", "1983")],
            id="创办",
        ),
        pytest.param("他创办的企业越办越好。", [], id="创办的-undated-a-description"),
    ],
)
def test_start_ups_grid_connections_and_first_shipments(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # listed, designated or titled by an authority named in between: the thing before 被 is
        # the subject (real news: 古城被联合国教科文组织世界遗产委员会列入《世界遗产名录》)
        pytest.param(
            "1997年12月3日，大足石刻被联合国教科文组织世界遗产委员会列入《世界遗产名录》。",
            ("approval", "occurred", "1997-12-03", "大足石刻"),
            id="被…列入《…名录》",
        ),
        pytest.param(
            "1月15日，涪陵榨菜被农业农村部确定为特色农产品区域公用品牌。",
            ("approval", "occurred", "2025-01-15", "涪陵榨菜"),
            id="被…确定为",
        ),
        pytest.param(
            "2013年5月，重庆钢铁厂早期建筑被国务院公布为全国重点文物保护单位。",
            ("approval", "occurred", "2013-05", "重庆钢铁厂早期建筑"),
            id="被…公布为",
        ),
        pytest.param(
            "5月6日，合川钓鱼城遗址被列入国家考古遗址公园名录。",
            ("approval", "occurred", "2025-05-06", "合川钓鱼城遗址"),
            id="被列入…名录",
        ),
        # a title or honours won (荣膺五星级饭店, 先后获得…等荣誉)
        pytest.param(
            "2000年7月，解放碑洲际酒店荣膺五星级旅游涉外饭店。",
            ("approval", "occurred", "2000-07", "解放碑洲际酒店"),
            id="荣膺",
        ),
        pytest.param(
            "今年，两江新区先后获得“国家绿色工业园区”“中国十佳营商环境园区”等荣誉。",
            ("approval", "occurred", "2025", "两江新区"),
            id="获得…等荣誉",
        ),
    ],
)
def test_titles_and_listings_by_an_authority(text: str, expected: tuple[str, str, str, str]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.status, e.date.value if e.date else None, e.entities[0].name) for e in found] == [
        expected
    ]


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
        # 抓 with the act as its object: a duty of work, no act (155)
        pytest.param(
            "下步该区将围绕179个重点续建项目抓竣工投产，围绕武汉天马G6二期、腾龙武汉数据中心等64个亿元签约项目抓开工建设。",
            [],
            id="抓竣工投产-抓开工建设-155",
        ),
        pytest.param("两江新区将围绕重点项目抓签约落地。", [], id="抓签约落地"),
        pytest.param("渝北区紧盯在建项目抓竣工投用。", [], id="抓竣工投用"),
        # 加快 with the act as its object: an aim (166)
        pytest.param(
            "为深入实施第十次党代会的工作部署，加快我市重大项目落地，充分发挥重大项目建设的关键作用。",
            [],
            id="加快…落地-166",
        ),
        pytest.param("加快两江新区重点项目开工。", [], id="加快…开工"),
        pytest.param("全力加快重庆东站项目竣工。", [], id="全力加快…竣工"),
        pytest.param(
            "6月1日，重庆东站项目加快建设。", [("construction", "ongoing", "2025-06-01")], id="加快建设-stays"
        ),
        pytest.param(
            "加快发展步伐，6月1日，重庆实验室揭牌。",
            [("opening", "occurred", "2025-06-01")],
            id="加快-another-clause-stays",
        ),
        # a figure of speech starts (…的新引擎已然启动): no body's act (148)
        pytest.param(
            "从先进制造业到基础设施建设，从生态环保到民生保障，从一批重大项目竣工到新一轮重点项目开工，"
            "西安市乃至陕西省经济社会发展的新引擎已然启动。",
            [],
            id="新引擎已然启动-148",
        ),
        pytest.param("5月6日，两江新区高质量发展的新引擎正式启动。", [], id="新引擎正式启动"),
        pytest.param("5月6日，重庆城市更新的新篇章已经开启。", [], id="新篇章已经开启"),
        pytest.param(
            "5月6日，重庆引擎研究院正式启动运营。",
            [("opening", "occurred", "2025-05-06")],
            id="引擎-inside-a-name-stays",
        ),
        # a category of projects, no count: a general trend (148)
        pytest.param("重点项目支撑引领，支柱产业强劲发力，民生项目加快建设。", [], id="民生项目加快建设-148"),
        pytest.param("全市重大项目加快建设。", [], id="重大项目加快建设"),
        pytest.param("5月6日，宜宾市在建项目加快建设。", [], id="在建项目加快建设"),
        pytest.param(
            "5月6日，重庆东站项目加快建设。",
            [("construction", "ongoing", "2025-05-06")],
            id="a-named-project-stays",
        ),
        # …but a ceremony held for such a category is the day's act
        pytest.param(
            "5月6日，2025年二季度重大项目集中开工仪式在高新区举行，宜宾港三期等项目开工。",
            [("construction", "occurred", "2025-05-06"), ("construction", "occurred", "2025-05-06")],
            id="重点项目集中开工仪式-is-an-act",
        ),
        pytest.param(
            "5月6日，重大项目集中签约仪式在会展中心举行，宁德时代等企业签约。",
            [("signing", "occurred", "2025-05-06"), ("signing", "occurred", "2025-05-06")],
            id="重大项目集中签约活动-is-an-act",
        ),
        # 把X建成Y: a place made into something, an aim (153)
        pytest.param(
            "在我市制定的《实施规划》中，打造西部装备制造业聚集城市是“1135”发展战略重要一环，"
            "目标是把天水建成国家先进装备制造业重要基地和西部工业强市。",
            [],
            id="把…建成…基地-153",
        ),
        pytest.param("5月6日，重庆市提出，把两江新区建成全国一流的产业基地。", [], id="把…建成…产业基地"),
        pytest.param("5月6日，宜宾市委明确，要把宜宾建成区域中心城市。", [], id="要把…建成…中心城市"),
        pytest.param(
            "5月6日，重庆东站建成投用。", [("opening", "occurred", "2025-05-06")], id="建成投用-stays"
        ),
        # an unnamed set the act told goes on to (…签订协议，启动一系列合作项目): no act of its own
        pytest.param(
            "去年1月，宁波市与国家电投集团签订战略合作协议，启动一系列合作项目。",
            [("signing", "occurred", "2024-01")],
            id="启动一系列合作项目-169",
        ),
        pytest.param(
            "去年1月，宁波市与国家电投集团签订战略合作协议，启动一批重大项目。",
            [("signing", "occurred", "2024-01")],
            id="启动一批重大项目",
        ),
        pytest.param(
            "去年1月，宁波市与国家电投集团签订战略合作协议，启动合作项目。",
            [("signing", "occurred", "2024-01"), ("other", "occurred", "2024-01")],
            id="启动合作项目-no-set-stays",
        ),
        # not meant: 抓紧 (hurrying, works under way), 抓住 (seizing) before a dated act
        pytest.param("重庆东站项目抓紧施工。", [("construction", "ongoing", None)], id="抓紧施工-stays"),
        pytest.param(
            "抓住机遇，重庆实验室6月1日揭牌。", [("opening", "occurred", "2025-06-01")], id="抓住-stays"
        ),
    ],
)
def test_a_duty_of_work_is_no_event(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ceremony held at a works' site with no one else acting: the works are the subject
        # (real news: 8月26日上午，在…产业园项目举行开工仪式)
        pytest.param(
            "5月6日上午，在永川凤凰湖智能制造产业园项目举行开工仪式。",
            [("construction", "2025-05-06", "永川凤凰湖智能制造产业园项目")],
            id="在…项目举行开工仪式",
        ),
        pytest.param(
            "5月6日，在綦江齿轮新能源总部基地现场隆重举行签约仪式。",
            [("signing", "2025-05-06", "綦江齿轮新能源总部基地")],
            id="在…基地现场隆重举行签约仪式",
        ),
        pytest.param(
            "2月8日，在江津德感工业园区举行奠基仪式。",
            [("construction", "2025-02-08", "江津德感工业园区")],
            id="在…园区举行奠基仪式",
        ),
        # a site that is no works, or a meeting held there: no act of works
        pytest.param("5月6日，在市政府举行开工仪式。", [], id="在市政府-no-works"),
        pytest.param("5月6日，在重庆东站项目举行座谈会。", [], id="在…项目举行座谈会-a-meeting"),
    ],
)
def test_a_ceremony_held_at_a_works_site_names_the_works(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extract(Article(text, "2025-06-30")).events
    told = [(e.type, e.date.value if e.date else None, e.subject.name if e.subject else "") for e in found]
    assert told == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official announcing the works' act in a sentence of its own reports the act again: a
        # milestone (real news: 省长…出席并宣布项目竣工投产; 市委书记…宣布项目开工)
        pytest.param(
            "5月6日，永川区重大项目集中开工仪式举行。区委书记张三出席并宣布项目开工。",
            [("construction", "2025-05-06"), ("construction", None)],
            id="出席并宣布项目开工-its-own-sentence",
        ),
        pytest.param(
            "6月2日，长安汽车渝北工厂竣工投产。市长李四出席并宣布项目竣工投产。",
            [("production", "2025-06-02"), ("production", None)],
            id="宣布项目竣工投产",
        ),
        pytest.param(
            "3月1日，綦江区重大项目集中开工活动举行。在主会场，区长王五宣布工程开工。",
            [("construction", "2025-03-01"), ("construction", None)],
            id="宣布工程开工",
        ),
        # …but a bare 宣布开工 is a person's part in the ceremony, and in the same sentence the
        # act is told once
        pytest.param(
            "5月6日，永川区重大项目集中开工仪式举行。区委书记张三出席活动并宣布开工。",
            [("construction", "2025-05-06")],
            id="出席活动并宣布开工-a-part",
        ),
        pytest.param(
            "5月6日，永川区重大项目集中开工仪式举行，区委书记张三出席并宣布项目开工。",
            [("construction", "2025-05-06")],
            id="宣布项目开工-same-sentence",
        ),
    ],
)
def test_an_act_proclaimed_of_the_works_in_its_own_sentence(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.date.value if e.date else None) for e in found] == expected


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
            [("construction", "四川省"), ("construction", "成都市")],
            id="共有-share",
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
    ],
)
def test_a_places_share_of_the_days_acts_is_its_own_act(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.subject.name if e.subject else "") for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two documents released in two clauses of one sentence are two releases (real news:
        # 市委、市政府出台《关于促进民营经济…的意见》，印发《关于促进小微企业…的意见》…等文件)
        pytest.param(
            "2025年2月，永川区政府出台《关于促进民营经济发展的意见》，印发《关于支持小微企业的十条措施》。",
            ["关于促进民营经济发展的意见", "关于支持小微企业的十条措施"],
            id="出台《A》，印发《B》",
        ),
        pytest.param(
            "3月，重庆市经信委发布《智能制造行动计划》，出台《工业互联网实施方案》。",
            ["智能制造行动计划", "工业互联网实施方案"],
            id="发布《A》，出台《B》",
        ),
        # …but the same document told again in the sentence is one release
        pytest.param(
            "3月，重庆市经信委印发《智能制造行动计划》，并正式发布《智能制造行动计划》。",
            ["智能制造行动计划"],
            id="the-same-document-once",
        ),
    ],
)
def test_two_documents_released_in_one_sentence_are_two_events(text: str, expected: list[str]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert all(e.type == "policy_release" for e in found)
    assert [next(x.name for x in e.entities if x.role == "object") for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an investor or a sum brought in to build a named project is the project's landing
        # (real news: 经济开发区引进江苏远景集团拟投资20亿元建设远景低碳产业园; 县引进9.1亿元建设…
        # 总部基地项目); the planned sum does not make the act a plan
        pytest.param(
            "永川高新区引进长城汽车拟投资30亿元建设新能源整车工厂。",
            [("signing", "occurred", None)],
            id="引进X拟投资…建设",
        ),
        pytest.param(
            "綦江区引进12亿元建设重庆齿轮产业园项目。",
            [("signing", "occurred", None)],
            id="引进N亿元建设",
        ),
        pytest.param(
            "3月，璧山区引进比亚迪投资50亿元建设动力电池基地。",
            [("signing", "occurred", "2025-03")],
            id="引进X投资…建设-dated",
        ),
        # an aim, a set brought in, or talent: no landing
        pytest.param("积极引进国内电子信息龙头企业和零组件企业。", [], id="积极引进-an-aim"),
        pytest.param("该市还引进了一批大的物流园区建设项目。", [], id="引进了一批-a-set"),
        pytest.param("园区引进高层次人才200余名。", [], id="引进人才"),
    ],
)
def test_an_investor_brought_in_to_build_a_project_is_its_landing(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what else took part in the occasion, told as an attribute after 同期 / 当天 (real news:
        # 武汉共有43个项目集中开工…。同期开工的还有帝尔激光高端激光设备研发生产基地)
        pytest.param(
            "5月6日，永川区12个项目集中开工。同期开工的还有长城汽车永川新能源整车工厂。",
            [("construction", "永川区"), ("construction", "长城汽车永川新能源整车工厂")],
            id="同期开工的还有X",
        ),
        pytest.param(
            "5月6日，綦江区举行签约仪式。当天签约的还有重庆齿轮有限公司新能源总部项目。",
            [("signing", "綦江区"), ("signing", "重庆齿轮有限公司新能源总部项目")],
            id="当天签约的还有X",
        ),
        # …but the kind of thing after 的 is a description, no act
        pytest.param(
            "5月6日，永川区12个项目集中开工。同期开工的项目涵盖多个领域。",
            [("construction", "永川区")],
            id="同期开工的项目-a-kind",
        ),
    ],
)
def test_what_else_took_part_told_as_an_attribute(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.subject.name if e.subject else "") for e in found] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the words of a quoted name (“…”活动, “…”行动) cue no process and no plan, as a title's
        pytest.param(
            "顾晓斌介绍，2019年底，黄埔区、广州开发区启动“奋战五百天，百大项目庆百年”活动。",
            "2021-06-22",
            [("other", "occurred", "2019")],
            id="奋战-in-a-campaigns-name-141",
        ),
        pytest.param(
            "5月，宁波启动“加快建设”行动。",
            "2025-06-30",
            [("other", "occurred", "2025-05")],
            id="加快建设-in-a-name",
        ),
        pytest.param(
            "3月，重庆市启动“即将启航”系列活动。",
            "2025-06-30",
            [("other", "occurred", "2025-03")],
            id="即将-in-a-name",
        ),
        # a cue outside the name stays one
        pytest.param(
            "3月，重庆市将启动“百日攻坚”行动。",
            "2025-06-30",
            [("other", "planned", "2026-03")],
            id="将-outside-stays",
        ),
    ],
)
def test_words_of_a_quoted_name_cue_nothing(
    text: str, pub: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _events(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # land won at auction (real news: 8月8日成功摘牌项目用地; 以70亿元成功摘牌…TOD一期项目)
        pytest.param(
            "3月8日，重庆齿轮有限公司成功摘牌永川凤凰湖项目用地。",
            [("other", "occurred", "2025-03-08")],
            id="成功摘牌…用地",
        ),
        pytest.param(
            "5月，华润置地顺利摘牌沙坪坝TOD一期项目。",
            [("other", "occurred", "2025-05")],
            id="顺利摘牌…项目",
        ),
        pytest.param("5月6日，该公司股票成功摘牌退市。", [], id="摘牌退市-a-delisting"),
        # an investment decision passed (real news: 该项目于2023年6月份通过建工集团投资决策程序)
        pytest.param(
            "永川新材料产业园项目于2025年3月通过集团投资决策程序。",
            [("approval", "occurred", "2025-03")],
            id="通过…投资决策程序",
        ),
        pytest.param(
            "綦江齿轮新工厂项目已通过董事会决策程序。",
            [("approval", "occurred", None)],
            id="通过董事会决策程序",
        ),
    ],
)
def test_land_won_and_investment_decisions(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act quoted right before its ceremony's noun gives the ceremony its type (real news:
        # 巨一集团时尚智能智造产业园“动土”仪式在…举行)
        pytest.param(
            "5月6日，永川智能制造产业园“动土”仪式在这里举行。",
            [("construction", "occurred", "2025-05-06")],
            id="“动土”仪式",
        ),
        pytest.param(
            "5月6日，重庆东站“奠基”仪式隆重举行。",
            [("construction", "occurred", "2025-05-06")],
            id="“奠基”仪式",
        ),
        pytest.param(
            "5月6日，重庆实验室“揭牌”仪式在两江新区举行。",
            [("opening", "occurred", "2025-05-06")],
            id="“揭牌”仪式",
        ),
        # a quoted name of a campaign before its noun stays a name (no act inside)
        pytest.param(
            "5月6日，“三个一批”活动在永川举行。",
            [("meeting", "occurred", "2025-05-06")],
            id="“三个一批”活动-a-name",
        ),
    ],
)
def test_an_act_quoted_before_its_ceremony(text: str, expected: list[tuple[str, str, str | None]]) -> None:
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
