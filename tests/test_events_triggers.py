"""Trigger words by event type (`timeline._events.triggers`, `vocab/triggers.py`).

One row per trigger or cue, written from `shared/spec/events.md` ("Types and their triggers")
and from clauses of the real articles in `tests/corpus/real/` (file named in the id); every
expected value was worked out by reading the sentence. The other trigger families have files of
their own: test_events_triggers_works (stages of works, services, approvals), _ceremonies
(ceremonies, meetings, visits), _acts (how many acts a clause tells), _tallies, _frames (aims,
plans, conditions) and _non_events (clauses with a trigger that are no milestone).
"""

from __future__ import annotations

import pytest
from extracted import event_triples as _events

from timeline._events import triggers
from timeline.events import Article, extract


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


def test_a_treatment_opener_is_not_a_compound_word() -> None:
    assert triggers.find_trigger("对接会在福州举办") is not None


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


def test_ahead_of_time_is_an_act() -> None:
    assert _events("3月1日，重庆东站项目提早竣工。") == [("construction", "occurred", "2025-03-01")]


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
        # a clock's minutes before an act (…10时38分开通): 分开 is no word there (real, pool q61)
        pytest.param(
            "大连地铁5号线将于3月17日10时38分开通运营。",
            [("opening", "planned", "2026-03-17")],
            id="时分开通",
        ),
        pytest.param(
            "重庆轨道交通4号线将于9月28日9时58分开通运营。",
            [("opening", "planned", "2025-09-28")],
            id="时分开通-2",
        ),
        pytest.param(
            "天府国际机场T3航站楼项目于10月8日8时18分开工。",
            [("construction", "occurred", "2024-10-08")],
            id="时分开工",
        ),
        pytest.param("重庆东站的站前广场十分开放。", [], id="十分开放-no-clock"),
        # a report or notice published (real 174), not one told at a meeting
        pytest.param(
            "近日，市发改委发布2011年我市重点项目推进情况。",
            [("announcement", "occurred", "2025-06-01/2025-06-30")],
            id="发布…情况-174",
        ),
        pytest.param(
            "3月5日，四川省统计局发布一季度全省经济运行情况。",
            [("announcement", "occurred", "2025-03-05")],
            id="发布…情况",
        ),
        pytest.param(
            "3月5日，重庆市政府在官网发布公告。", [("announcement", "occurred", "2025-03-05")], id="发布公告"
        ),
        pytest.param("会上通报了全市交通重大项目重点任务完成等情况。", [], id="通报…情况-at-a-meeting-118"),
        # a production base lands (real 160), not a policy
        pytest.param("中凝生产基地已落地成都简阳。", [("signing", "occurred", None)], id="基地落地-160"),
        pytest.param(
            "3月5日，宁德时代西南生产基地正式落地宜宾。",
            [("signing", "occurred", "2025-03-05")],
            id="基地落地",
        ),
        pytest.param("相关政策已落地见效。", [], id="政策落地-no-base"),
        # a named body lands at a place that ends the clause (real 215), not a policy
        pytest.param(
            "北京现代沧州工厂于2015年4月正式落地河北沧州。",
            [("signing", "occurred", "2015-04")],
            id="工厂落地-a-place-215",
        ),
        pytest.param(
            "3月，比亚迪电池工厂正式落地重庆两江新区。",
            [("signing", "occurred", "2025-03")],
            id="工厂落地-a-zone",
        ),
        pytest.param(
            "3月，宁德时代公司正式落地宜宾。", [("signing", "occurred", "2025-03")], id="公司落地-a-city"
        ),
        pytest.param("相关政策已落地重庆。", [], id="政策落地-a-place-no-body"),
        pytest.param("总部落地锡山区的原因，是营商环境好。", [], id="落地…的原因-the-place-goes-on"),
        # titled by authorities listed with 、 (real 178)
        pytest.param(
            "1月5日，黄冈市实验幼儿园家长学校被全国妇联、教育部命名为“全国示范家长学校”。",
            [("approval", "occurred", "2025-01-05")],
            id="被A、B命名为-178",
        ),
        pytest.param(
            "两江协同创新区被科技部、工信部认定为国家级科技企业孵化器。",
            [("approval", "occurred", None)],
            id="被A、B认定为",
        ),
        pytest.param(
            "3月5日，宜宾三江新区被国家发改委、自然资源部批准为国家级新区。",
            [("approval", "occurred", "2025-03-05")],
            id="被A、B批准为",
        ),
        # a plan drawn up and done, its document named (real 141); not a document's preamble, a
        # duty, nor a goal
        pytest.param(
            "今年上半年，黄埔区制定了“百大项目庆百年”大会战方案。",
            [("policy_release", "occurred", "2025-H1")],
            id="制定了…方案-141",
        ),
        pytest.param(
            "3月5日，重庆市制定了《成渝地区双城经济圈建设行动方案》。",
            [("policy_release", "occurred", "2025-03-05")],
            id="制定了《》",
        ),
        pytest.param(
            "去年，宜宾市制定了新能源汽车产业发展规划。",
            [("policy_release", "occurred", "2024")],
            id="制定了…规划",
        ),
        pytest.param("为贯彻落实《意见》，制定本实施方案。", [], id="制定本方案-a-preamble-014"),
        pytest.param("这是国家发展改革委牵头研究制定并出台的又一重要政策性文件。", [], id="研究制定-189"),
        pytest.param("去年，宜宾市制定了发展目标。", [], id="制定了-a-goal"),
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
        # a plant's start-up stages: units on the grid, a run end to end, first good products, a
        # blast furnace lit or tapped, full load, works handed over (pool q44, q47, q57; real 082)
        pytest.param(
            "3月5日，宁夏太阳山风电四期项目首批机组并网。",
            [("production", "occurred", "2025-03-05")],
            id="首批机组并网",
        ),
        pytest.param(
            "3月5日，新疆天利高新石化EVA装置顺利打通全流程。",
            [("production", "occurred", "2025-03-05")],
            id="打通全流程",
        ),
        pytest.param(
            "3月5日，新疆天利高新石化EVA装置产出合格产品。",
            [("production", "occurred", "2025-03-05")],
            id="产出合格产品",
        ),
        pytest.param(
            "长春第一汽车制造厂1956年生产出第一辆解放牌卡车。",
            [("production", "occurred", "1956")],
            id="生产出第一辆",
        ),
        pytest.param(
            "3月5日，宝钢湛江钢铁基地一号高炉点火。",
            [("production", "occurred", "2025-03-05")],
            id="高炉点火",
        ),
        pytest.param(
            "3月5日，宝钢湛江钢铁基地一号高炉出铁。",
            [("production", "occurred", "2025-03-05")],
            id="高炉出铁",
        ),
        pytest.param(
            "3月5日，宁东煤制油项目满负荷运行。",
            [("production", "occurred", "2025-03-05")],
            id="满负荷运行",
        ),
        pytest.param(
            "3月5日，新疆新业能源化工有限责任公司聚甲醛项目实现中交。",
            [("construction", "occurred", "2025-03-05")],
            id="实现中交",
        ),
        pytest.param("工人们正在努力生产出更多产品。", [], id="生产出-no-first"),
        pytest.param("机组并网后可年发电10亿千瓦时。", [], id="机组并网后-a-consequence"),
        pytest.param("中交二航局承担了大桥施工任务。", [], id="中交-a-company"),
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
        # a release or launch ending its clause: the thing released is the words right before it,
        # read as the words after it are (a document, a list, a platform or a system; 400, 099,
        # as 042 and 316 with a title in 《》)
        pytest.param(
            "9月26日，南京经开区实施百亿级企业倍增行动暨南京LG新能源打造千亿级基地启动仪式举行。"
            "同时，“南京经开区百亿级企业(集团)倍增行动计划”发布。",
            [("meeting", "2024-09-26"), ("policy_release", None)],
            id="“…行动计划”发布-400",
        ),
        pytest.param(
            "1月11日，“云轨”无人驾驶系统发布。", [("opening", "2025-01-11")], id="…系统发布-099"
        ),
        pytest.param(
            "1月11日，重庆两江新区“数智科技”公共服务平台正式发布。",
            [("opening", "2025-01-11")],
            id="…平台正式发布",
        ),
        pytest.param("1月11日，两江新区招商政策发布。", [("policy_release", "2025-01-11")], id="…政策发布"),
        # news, data or a product before it are no milestone of their own
        pytest.param("1月11日，一个好消息首次发布。", [], id="好消息首次发布"),
        pytest.param("1月11日，重庆市统计局的相关数据正式发布。", [], id="数据正式发布"),
        pytest.param("1月11日，长安汽车新产品发布。", [], id="新产品发布"),
    ],
)
def test_a_thing_released_before_its_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, e.date.value if e.date else None) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting adopts a document of any kind: a charter, rules, a treaty as well as a plan
        # (spec: 通过 a plan at a 全会; 254, 495, 434)
        pytest.param(
            "何华武主持召开山西研究院第一次理事会会议。会议通过了山西研究院章程，产生了第一届理事会理事。",
            [("policy_release", None, "山西研究院第一次理事会会议")],
            id="会议通过了…章程-495",
        ),
        pytest.param(
            "2019年7月16日，中国工程科技发展战略天津研究院第一次理事会会议在迎宾馆召开。"
            "会议通过了天津研究院章程及相关制度文件。",
            [
                ("meeting", "2019-07-16", "中国工程科技发展战略天津研究院第一次理事会会议"),
                ("policy_release", None, "中国工程科技发展战略天津研究院第一次理事会会议"),
            ],
            id="会议通过了…章程-254",
        ),
        pytest.param(
            "2019年7月16日，重庆市科学技术协会第一次会员大会通过了协会章程。",
            [("policy_release", "2019-07-16", "重庆市科学技术协会第一次会员大会")],
            id="大会通过了…章程",
        ),
        # …or the document titled before it, adopted by a meeting named between (434)
        pytest.param(
            "《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请遵照执行。",
            [
                ("policy_release", "2019-01-04", "太湖县人民政府工作规则"),
                ("policy_release", None, "太湖县人民政府工作规则"),
            ],
            id="《…规则》已经…全体会议通过-434",
        ),
        # 通过 as a means, or what is adopted no document: no release
        pytest.param(
            "2019年7月16日，重庆市科学技术协会会议通过视频连线方式举行。",
            [("meeting", "2019-07-16", "重庆市科学技术协会会议")],
            id="会议通过视频连线方式举行",
        ),
        pytest.param("2019年7月16日，重庆市科学技术协会会议通过了3个议题。", [], id="会议通过了3个议题"),
        pytest.param("2019年7月16日，重庆市科学技术协会会员通过考核。", [], id="会员通过考核"),
    ],
)
def test_a_document_adopted_by_a_meeting(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    told = [(e.type, e.date.value if e.date else None, e.subject.name if e.subject else None) for e in found]
    assert told == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verbs that issue a document close the class of 印发/颁布 (spec: policy_release; real
        # news: △国家旅游局下发《关于公布中国国际特色旅游目的地创建名单的通知》, 246)
        pytest.param(
            "2015年4月，国家旅游局下发《关于公布中国国际特色旅游目的地创建名单的通知》。",
            [("policy_release", "关于公布中国国际特色旅游目的地创建名单的通知")],
            id="下发《…通知》-246",
        ),
        pytest.param(
            "3月1日，重庆市人民政府签发《重庆市数据条例实施办法》。",
            [("policy_release", "重庆市数据条例实施办法")],
            id="签发《…办法》",
        ),
        # …only with the document's title: funds or a notice in general terms are no release
        pytest.param("3月1日，市财政局下发专项资金5000万元。", [], id="下发资金"),
        pytest.param("3月1日，市政府下发通知，要求各区做好防汛工作。", [], id="下发通知-untitled"),
        pytest.param("3月1日，公安局签发了首张电子身份证。", [], id="签发证件"),
    ],
)
def test_a_document_issued_by_its_title(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(Article(text, "2025-06-30")).events
    assert [(e.type, next(x.name for x in e.entities if x.role == "object")) for e in found] == expected


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
