"""Dates of events (`timeline._events.dating`), rows written from `shared/spec/events.md` ("Date
of an event") and the README of `tests/corpus/real/` (当日/当天 take the latest earlier
day-grain date; 截至目前 is the reference day). Expected values worked out by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from timeline.events import Article, extract


def _dated(text: str, pub: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date.value if e.date else None) for e in extract(Article(text, pub)).events]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "同年9月，重庆实验室开工，15日，重庆研究院揭牌。当日，重庆中心启用。",
            "2022-12-01",
            [("开工", "2022-09"), ("揭牌", "2022-09-15"), ("启用", "2022-09-15")],
            id="dangri-after-a-bare-day",
        ),
        pytest.param(
            "今年1至3月，重庆实验室完成调试。4月21日，重庆研究院揭牌，当天还启用了重庆中心。",
            "2021-05-20",
            [("揭牌", "2021-04-21"), ("启用", "2021-04-21")],
            id="dangtian-skips-a-month-range",
        ),
        pytest.param(
            "5月8日，重庆研究院揭牌。同日，重庆中心启用。",
            "2025-06-30",
            [("揭牌", "2025-05-08"), ("启用", "2025-05-08")],
            id="tongri",
        ),
        # a sentence-initial day told to lie in a wider time (是/正值…牛年首个工作日) governs the
        # clauses after it: the wider date said of it dates nothing narrower (185)
        pytest.param(
            "昨天是春节后牛年首个工作日，天津市举行第一批重大项目集中开工活动。",
            "2021-02-19",
            [("开工", "2021-02-18")],
            id="昨天是…牛年首个工作日-185",
        ),
        pytest.param(
            "2月18日是蛇年首个工作日，宜宾锂电项目开工。",
            "2025-02-19",
            [("开工", "2025-02-18")],
            id="day-是-蛇年…",
        ),
        pytest.param(
            "2月18日正值蛇年首个工作日，宜宾举行一季度重大项目集中开工活动。",
            "2025-02-19",
            [("开工", "2025-02-18")],
            id="day-正值-蛇年…-before-a-batch",
        ),
        # an apposition after a sentence-initial day, set off by commas and ending in a day noun,
        # describes that day: its own dates (a holiday, a lunar year) date nothing (400, 305, 212)
        pytest.param(
            "9月28日，中秋国庆假期前一天，沪宁沿江高铁开通运营。",
            "2023-09-29",
            [("开通", "2023-09-28")],
            id="day-，-holiday-前一天，-400",
        ),
        pytest.param(
            "2月6日，乙巳蛇年春节后第二个工作日，广西壮族自治区党委、政府在南宁召开“新春第一会”。",
            "2025-02-07",
            [("召开", "2025-02-06")],
            id="day-，-lunar-year-…工作日，-305",
        ),
        pytest.param(
            "2月18日，新春佳节后上班第一天，共青城市举行重大项目集中开工活动。",
            "2024-02-19",
            [("开工", "2024-02-18")],
            id="day-，-…上班第一天，-212",
        ),
        # not an apposition of the day: a month opening the sentence, a clause between the commas
        pytest.param(
            "2023年9月，国庆节前一天，沪宁沿江高铁开通运营。",
            "2023-10-05",
            [("开通", "2023-09-30")],
            id="month-，-holiday-前一天，-the-narrower-day",
        ),
        pytest.param(
            "5月8日，重庆研究院揭牌，6月1日，重庆中心启用。",
            "2025-06-30",
            [("揭牌", "2025-05-08"), ("启用", "2025-06-01")],
            id="day-，-a-clause-，-day",
        ),
        pytest.param(
            "今天是2025年第一个工作日，华为宜宾基地开工建设。",
            "2025-01-02",
            [("开工建设", "2025-01-02")],
            id="今天是2025年…",
        ),
        # …but a wider date of a clause of its own stays (127: 2月26日 dates the news)
        pytest.param(
            "2月26日，合肥市体育局发布消息，2025年，合肥体育中心将投入使用。",
            "2025-02-27",
            [("发布", "2025-02-26"), ("投入使用", "2025")],
            id="a-year-of-its-own-clause-after-the-report-day-127",
        ),
        pytest.param(
            "截至目前，重庆科学城已建成投用重庆中心。",
            "2025-06-30",
            [("建成投用", "2025-06-30")],
            id="jiezhi-muqian-is-the-reference-day",
        ),
        pytest.param(
            "目前，重庆科学城已建成投用重庆中心。",
            "2025-06-30",
            [("建成投用", None)],
            id="muqian-alone-dates-nothing",
        ),
        pytest.param(
            "4月27日，武汉市2022年第二季度全市重大项目集中开工活动顺利举行。",
            "2022-04-28",
            [("开工", "2022-04-27")],
            id="a-quarter-in-a-batch-name-gives-way-to-the-day",
        ),
        pytest.param(
            "3月24日，2021年九龙坡区第一批重点项目集中开工活动在九龙街道举行。",
            "2021-03-25",
            [("开工", "2021-03-24")],
            id="a-year-in-a-batch-name-gives-way-to-the-day",
        ),
        pytest.param(
            "9月28日，凤冈县2015年第四季度18个项目集中开工建设。",
            "2015-09-29",
            [("开工建设", "2015-09-28")],
            id="a-quarter-naming-a-batch-outside-the-day-009",
        ),
        pytest.param(
            "“五一”假期，在重庆科学会堂项目现场，建设者冲刺年内竣工目标。",
            "2025-05-02",
            [("竣工", "2025")],
            id="a-date-of-its-own-not-naming-a-batch-027",
        ),
        pytest.param(
            "少年班学院楼预计2028年9月校庆日前竣工。",
            "2024-09-22",
            [("竣工", "2028-09")],
            id="xiaoqing-ri-qian-is-before-a-named-day-012",
        ),
        pytest.param(
            "新甘肃客户端兰州2月11日讯（记者 薛砚）今天上午，兰州市重大项目集中开工活动在城关区举行。",
            "2023-02-13",
            [("开工", "2023-02-11")],
            id="jintian-after-a-dateline-is-the-dateline-day-051",
        ),
        pytest.param(
            "新华社杭州2月21日电 今天，浙江省重大项目集中开工活动在杭州举行。",
            "2023-02-23",
            [("开工", "2023-02-21")],
            id="jintian-after-a-dian-dateline",
        ),
        pytest.param(
            "成都3月5日（记者 李明 通讯员 张强）成都东部新区未来医学城今天开工。",
            "2019-03-06",
            [("开工", "2019-03-05")],
            id="jintian-after-a-dateline-with-only-its-reporters",
        ),
        pytest.param(
            "广州12月23日(记者 王华)今天，广汽新能源智能生态工厂竣工。",
            "2018-12-25",
            [("竣工", "2018-12-23")],
            id="jintian-after-a-dateline-with-only-its-reporter",
        ),
        pytest.param(
            "重庆两江新区3月5日（星期二）举行集中签约活动，今天两江新区实验室揭牌。",
            "2019-03-06",
            [("签约", "2019-03-05"), ("揭牌", "2019-03-06")],
            id="a-day-and-a-weekday-bracket-make-no-dateline",
        ),
        pytest.param(
            "2月5日,每日可检测万人份样本的新型冠状病毒应急检测实验室——“火眼”实验室今日在武汉正式启动试运行。",
            "2020-02-06",
            [("试运行", "2020-02-05")],
            id="jinri-under-the-day-heading-its-sentence-is-that-day-179",
        ),
        pytest.param(
            "2019年3月18日，经过三年建设，成都超算中心今天正式投入运营。",
            "2019-03-20",
            [("投入运营", "2019-03-18")],
            id="jintian-under-a-heading-day-with-its-year",
        ),
        pytest.param(
            "11月8日，西部（重庆）科学城举行集中签约活动，今日共有12个项目签约落地。",
            "2023-11-09",
            [("签约", "2023-11-08")],
            id="jinri-in-a-later-clause-under-a-heading-day",
        ),
        pytest.param(
            "今日，重庆实验室正式揭牌，3月5日成立的研究院同步运营。",
            "2020-03-06",
            [("揭牌", "2020-03-06"), ("成立", "2020-03-05")],
            id="jinri-before-any-day-stays-the-publication-day",
        ),
        pytest.param(
            "2021年7月起,嵩山实验室等3家省实验室相继揭牌运营;10月16日,10家省产业研究院同日揭牌。",
            "2023-07-11",
            [("揭牌", "2021-07"), ("揭牌", "2021-10-16")],
            id="a-heading-year-is-shared-across-a-semicolon-139",
        ),
        pytest.param(
            "发展历程如下——2019年3月，园区一期建成投用；11月，二期工程开工建设。",
            "2024-05-10",
            [("建成投用", "2019-03"), ("开工建设", "2019-11")],
            id="a-year-after-a-list-dash-is-shared-across-a-semicolon",
        ),
        pytest.param(
            "广州南站1月16日客流超2019年春运同期；上海站1月18日开通新线路。",
            "2023-01-20",
            [("开通", "2023-01-18")],
            id="a-year-inside-a-clause-is-not-shared-across-a-semicolon",
        ),
        pytest.param(
            "今天上午，兰州市重大项目集中开工活动在城关区举行。",
            "2023-02-13",
            [("开工", "2023-02-13")],
            id="jintian-without-a-dateline-is-the-publication-day",
        ),
        pytest.param(
            "中评社北京1月30日电/据《人民日报》报导，辽宁大连28日举行重点项目开工活动。",
            "2023-01-30",
            [("开工", "2023-01-28")],
            id="a-bare-day-under-a-dateline-is-before-it-066",
        ),
        pytest.param(
            "新华社北京3月2日电 重庆实验室28日揭牌。",
            "2023-03-02",
            [("揭牌", "2023-02-28")],
            id="a-bare-day-under-a-dateline-in-the-month-before",
        ),
        pytest.param(
            "新华社北京3月2日电 大连市2月28日举行重点项目开工活动。",
            "2023-03-02",
            [("开工", "2023-02-28")],
            id="a-day-before-a-project-names-no-batch",
        ),
        pytest.param(
            "马山县2022年中央、县本级第三批财政衔接资金项目等8个项目开(竣)工。",
            "2022-12-20",
            [("开(竣)工", None)],
            id="a-year-naming-a-numbered-batch-dates-nothing-059",
        ),
        pytest.param(
            "市委副書記、市長吳秀玲出席活動并宣布朔州市2022年開發區第三次“開工一批”代表項目正式開工。",
            "2022-09-06",
            [("開工", None)],
            id="a-year-naming-a-numbered-round-dates-nothing-275",
        ),
        pytest.param(
            "克山县委书记刘国文宣布“克山县2020年百大项目暨亿元以上重点产业项目集中开工”。",
            "2020-04-19",
            [("开工", None)],
            id="a-year-after-a-place-naming-a-batch-dates-nothing-260",
        ),
        pytest.param(
            "宜宾市2024年重点项目集中开工，长安汽车数字化工厂开工建设。",
            "2024-12-20",
            [("开工", None), ("开工建设", None)],
            id="a-year-after-a-place-naming-a-batch-dates-no-later-clause-either",
        ),
        pytest.param(
            "4月27日，武汉市2022年第二季度全市重大项目集中开工活动顺利举行。",
            "2022-04-28",
            [("开工", "2022-04-27")],
            id="a-place-and-year-naming-a-batch-with-a-day-before-008",
        ),
        pytest.param(
            "2024年，宜宾市重点项目集中开工。",
            "2024-12-20",
            [("开工", "2024")],
            id="a-year-heading-the-sentence-before-the-place-dates-it",
        ),
        pytest.param(
            "重庆市2023年启用重庆东站。",
            "2024-01-01",
            [("启用", "2023")],
            id="a-year-after-a-place-before-a-verb-dates-it",
        ),
        pytest.param(
            "这个规划面积167亩的产业融合项目自2023年8月开工建设以来进展顺利，预计5月中旬完成主体建设。",
            "2025-05-06",
            [("开工建设", "2023-08"), ("完成主体建设", "2025-05-X2")],
            id="a-since-frame-dates-its-act-before-progress-230",
        ),
        pytest.param(
            "重庆东站项目自2024年3月开工以来进展顺利。",
            "2025-05-06",
            [("开工", "2024-03")],
            id="progress-after-a-since-frame-names-no-exhibition",
        ),
        pytest.param(
            "5月13日，海南自由贸易港2021年度第三批集中开工108个建设项目。"
            "自2018年11月第一批建设项目集中开工以来，海南自贸港目前已集中开工项目1688个。",
            "2021-05-13",
            [("开工", "2021-05-13"), ("开工", "2018-11")],
            id="a-date-after-since-is-the-frames-time-not-a-batchs-name-278",
        ),
        pytest.param(
            "8月15日，2024年中国国际工业博览会开幕。",
            "2024-08-20",
            [("开幕", "2024-08-15")],
            id="a-year-opening-an-event-name-still-gives-way",
        ),
        pytest.param(
            "近日，四川省发改委公布了2012-2013年2242个重大投资项目名录，共计投资36694亿元。",
            "2012-10-11",
            [("公布", "2012-09-12/2012-10-11")],
            id="a-date-running-into-a-count-after-the-trigger-names-the-object-266",
        ),
        pytest.param(
            "近日，市发改委发布2025年12个重点项目清单。",
            "2025-06-30",
            [("发布", "2025-06-01/2025-06-30")],
            id="a-date-running-into-a-count-names-the-list",
        ),
        pytest.param(
            "重庆实验室揭牌仪式8月15日在两江新区举行。",
            "2025-08-20",
            [("揭牌", "2025-08-15")],
            id="a-date-after-the-trigger-before-the-predicate-still-dates",
        ),
        pytest.param(
            "10月11日，记者从自治区发改委了解到，80个重点建设项目完成投资378.1亿元。截至目前，79个项目开工建设。"
            "当天，伊利乳制品绿色智能制造项目主体工程封顶。",
            "2019-10-12",
            [("封顶", "2019-10-11")],
            id="the-same-day-is-no-reports-present-day-194",
        ),
        pytest.param(
            "10月11日，重庆东站开工。当天，重庆实验室揭牌。",
            "2019-10-12",
            [("开工", "2019-10-11"), ("揭牌", "2019-10-11")],
            id="the-same-day-is-the-day-before",
        ),
        pytest.param(
            "3月1日，马山县2022年第三批重大项目开工。",
            "2022-12-20",
            [("开工", "2022-03-01")],
            id="a-numbered-batch-with-a-day-before",
        ),
        pytest.param(
            "重庆科技论坛先后于3月、5月在成都和重庆举办。",
            "2025-06-30",
            [("举办", "2025-03")],
            id="a-list-of-dates-the-first-054",
        ),
        pytest.param(
            "日前，重庆实验室揭牌。",
            "2025-06-30",
            [("揭牌", "2025-06-01/2025-06-30")],
            id="riqian-is-still-recently",
        ),
        pytest.param(
            "2024年12月，重庆实验室揭牌，2025年3月，重庆研究院启用。",
            "2025-06-30",
            [("揭牌", "2024-12"), ("启用", "2025-03")],
            id="a-later-date-of-its-own-still-dates-its-clause",
        ),
        pytest.param(
            "3月12日，两江新区召开2024年一季度重大项目推进会，会上，10个项目集中签约，长安汽车数字化工厂开工建设。",
            "2024-04-10",
            [("召开", "2024-03-12"), ("签约", "2024-03-12"), ("开工建设", "2024-03-12")],
            id="a-quarter-in-a-meeting-name-dates-no-later-clause",
        ),
        pytest.param(
            "8月15日，两江新区在水土园区举行2023年三季度重大项目集中开工仪式，长安汽车数字化工厂开工建设。",
            "2023-09-01",
            [("开工", "2023-08-15"), ("开工建设", "2023-08-15")],
            id="a-ceremony-time-clause-dates-the-clauses-after-a-batch-name",
        ),
        pytest.param(
            "3月8日上午，2024年一季度重大项目集中开工仪式在两江新区举行，长安汽车数字化工厂等项目开工。",
            "2024-04-10",
            [("开工", "2024-03-08"), ("开工", "2024-03-08")],
            id="a-batch-name-at-the-head-of-a-clause-gives-way-to-the-sentence-day",
        ),
        pytest.param(
            "马山县2022年第三批重大项目集中开工，长安汽车数字化工厂开工建设。",
            "2022-12-20",
            [("开工", None), ("开工建设", None)],
            id="a-numbered-batch-dates-no-later-clause-either",
        ),
        pytest.param(
            "为保障冬季供暖，华能重庆热电厂二期项目正式投产。",
            "2024-04-10",
            [("投产", None)],
            id="a-season-running-into-a-noun-is-no-date",
        ),
        pytest.param(
            "重庆热电厂二期项目今年冬季将投入运行，重庆实验室揭牌成立。",
            "2024-04-10",
            [("投入运行", "2024-WI"), ("揭牌成立", None)],
            id="a-season-inside-the-sentence-dates-only-its-clause",
        ),
        pytest.param(
            "今年冬季，重庆热电厂二期项目投入运行，重庆实验室揭牌成立。",
            "2025-04-10",
            [("投入运行", "2025-WI"), ("揭牌成立", "2025-WI")],
            id="a-season-heading-the-sentence-governs-it",
        ),
        pytest.param(
            "12月10日，重庆研究院开工建设；115日，重庆实验室揭牌成立。",
            "2024-04-10",
            [("开工建设", "2023-12-10"), ("揭牌成立", None)],
            id="a-day-misprinted-takes-no-other-date",
        ),
        pytest.param(
            "12月10日，重庆研究院开工建设；0231日，重庆实验室揭牌成立。",
            "2024-04-10",
            [("开工建设", "2023-12-10"), ("揭牌成立", None)],
            id="a-month-and-day-run-together-that-no-calendar-has-is-a-misprint",
        ),
        pytest.param(
            "12月10日，重庆研究院开工建设；1215日，重庆实验室揭牌成立。",
            "2024-04-10",
            [("开工建设", "2023-12-10"), ("揭牌成立", "2023-12-15")],
            id="a-month-and-day-run-together-is-read",
        ),
        pytest.param(
            "同日  《四川日报》报道,1215日,中国水利学会向泸州龙马潭洞窝水电站授牌。",
            "2019-01-04",
            [("授牌", "2018-12-15")],
            id="a-month-and-day-run-together-100",
        ),
        pytest.param(
            "0608日，重庆实验室揭牌成立。",
            "2024-07-10",
            [("揭牌成立", "2024-06-08")],
            id="a-month-and-day-run-together-with-leading-zeros",
        ),
        pytest.param(
            "据了解，2023年广东省将推进光明科学城加快建设；在能源保障领域，将全力争取华电汕头电厂按期投产。",
            "2023-01-28",
            [("投产", "2023")],
            id="a-sentence-initial-date-governs-the-parts-after-a-semicolon-043",
        ),
        pytest.param(
            "2022年，重庆实验室揭牌成立；重庆研究院开工建设。",
            "2023-01-28",
            [("揭牌成立", "2022"), ("开工建设", "2022")],
            id="a-date-heading-the-sentence-reaches-past-a-semicolon",
        ),
        pytest.param(
            "重庆实验室于2022年揭牌成立；重庆研究院开工建设。",
            "2023-01-28",
            [("揭牌成立", "2022"), ("开工建设", None)],
            id="a-date-inside-the-first-part-stops-at-the-semicolon",
        ),
        pytest.param(
            "3月5日，两江新区举行签约仪式，签约项目包括：重庆实验室与华为公司签署合作协议；长安汽车与宁德时代签约。",
            "2024-03-10",
            [("签约", "2024-03-05"), ("签署", "2024-03-05"), ("签约", "2024-03-05")],
            id="the-head-of-a-list-dates-its-items-after-semicolons-088",
        ),
        pytest.param(
            "两江新区重大项目集中开工仪式8月15日在水土园区举行。",
            "2024-09-10",
            [("开工", "2024-08-15")],
            id="a-ceremony-held-on-a-day-written-after-its-name",
        ),
        pytest.param(
            "明月湖实验室揭牌仪式于8月15日在重庆举行。",
            "2016-08-16",
            [("揭牌", "2016-08-15")],
            id="a-date-marked-by-yu-after-the-trigger-dates-the-ceremony",
        ),
        pytest.param(
            "重庆实验室揭牌仪式8月15日上午在两江新区举行。",
            "2024-09-10",
            [("揭牌", "2024-08-15")],
            id="a-ceremony-day-with-its-time-of-day",
        ),
        pytest.param(
            "两江新区2024年第三季度重大项目集中开工活动8月15日举行。",
            "2024-09-10",
            [("开工", "2024-08-15")],
            id="a-ceremony-day-after-a-batch-quarter",
        ),
        # a month's batch acting together (…3月份集中开工暨…仪式) gives way to the day heading the
        # sentence (real news 330, 274), and alone dates nothing when a written year names it (335)
        pytest.param(
            "3月30日，晋中市转型项目建设年3月份集中开工暨晋中开发区山西智慧科技城奠基仪式隆重举行。",
            "2018-05-14",
            [("开工", "2018-03-30")],
            id="a-month-naming-a-batch-acting-together-gives-way-to-the-day",
        ),
        pytest.param(
            "7月30日，晋中市举行全市深化转型项目建设年7月份集中开工暨祁县红星白酒产业园项目开工仪式。",
            "2019-08-01",
            [("开工", "2019-07-30")],
            id="a-month-naming-a-batch-acting-together-gives-way-to-the-day-274",
        ),
        pytest.param(
            "晋中开发区5月集中开工12个项目。",
            "2019-08-01",
            [("开工", "2019-05")],
            id="a-month-before-a-batch-acting-together-alone-dates-it",
        ),
        pytest.param(
            "重庆市科技局公示2025年科学技术奖名单。",
            "2024-09-10",
            [("公示", None)],
            id="a-date-after-the-trigger-naming-a-noun-still-dates-nothing",
        ),
        pytest.param(
            "8月15日，2024年中国（重庆）科技成果交易会开幕。",
            "2024-09-10",
            [("开幕", "2024-08-15")],
            id="a-year-opening-a-meeting-name-gives-way-to-the-day",
        ),
        pytest.param(
            "2024年中国（重庆）科技成果交易会在两江新区开幕。",
            "2024-09-10",
            [("开幕", None)],
            id="a-year-opening-a-meeting-name-dates-nothing-alone",
        ),
        # …a 会议 too, as every other meeting noun (real news 322: 5日 开发区保税区2006年工作会议
        # 召开 was dated 2006, the name's year, where the chronicle's day dates it)
        pytest.param(
            "1月5日，开发区保税区2006年工作会议召开。",
            "2006-01-10",
            [("召开", "2006-01-05")],
            id="a-year-inside-a-work-meeting-name-gives-way-to-the-day",
        ),
        pytest.param(
            "1月11日，2006年泰达投资控股有限公司工作会议召开。",
            "2006-01-20",
            [("召开", "2006-01-11")],
            id="a-year-opening-a-work-meeting-name-gives-way-to-the-day",
        ),
        # …and a name closing a venue (在…大会上, 在…期间) as one followed by its predicate (real
        # news 282: 同一天，在徐汇区2023年投资促进大会上，17个重大项目集中签约 took the name's year)
        pytest.param(
            "1月3日上午，徐汇区举行重大工程集中开工。同一天，在徐汇区2023年投资促进大会上，17个重大项目集中签约。",
            "2023-01-04",
            [("开工", "2023-01-03"), ("签约", "2023-01-03")],
            id="a-year-inside-a-meeting-name-closing-a-venue-gives-way-to-the-day-282",
        ),
        pytest.param(
            "8月15日，在2024年中国（重庆）科技成果交易会期间，重庆实验室揭牌。",
            "2024-09-10",
            [("揭牌", "2024-08-15")],
            id="a-year-opening-a-meeting-name-during-which-gives-way-to-the-day",
        ),
        pytest.param(
            "在2024年重庆市科技创新大会上，重庆实验室揭牌。",
            "2024-09-10",
            [("重庆市科技创新大会", None), ("揭牌", None)],
            id="a-year-inside-a-meeting-name-closing-a-venue-dates-nothing-alone",
        ),
        pytest.param(
            "今年在重庆科技创新大会上，重庆实验室揭牌。",
            "2024-09-10",
            [("揭牌", "2024")],
            id="a-deictic-year-before-a-venue-is-the-clause-time",
        ),
        pytest.param(
            "2024年全省科技工作会议在重庆召开。",
            "2024-09-10",
            [("召开", None)],
            id="a-year-opening-a-work-meeting-name-dates-nothing-alone",
        ),
        pytest.param(
            "今年重庆科技创新大会在两江新区召开。",
            "2024-09-10",
            [("召开", "2024")],
            id="a-deictic-year-before-a-meeting-is-its-time",
        ),
        pytest.param(
            "2024年重庆实验室揭牌成立。",
            "2024-09-10",
            [("揭牌成立", "2024")],
            id="a-year-before-a-body-is-the-clause-time",
        ),
        pytest.param(
            "一期工程已于2023年底建成投产，二期工程正在加快建设。",
            "2025-06-30",
            [("建成投产", "2023"), ("加快建设", None)],
            id="work-under-way-takes-no-date-of-an-earlier-act",
        ),
        pytest.param(
            "2024年3月，重庆东站项目一期建成投产，二期正在加紧建设。",
            "2025-06-30",
            [("建成投产", "2024-03"), ("正在加紧建设", "2024-03")],
            id="work-under-way-takes-the-date-heading-the-sentence",
        ),
        pytest.param(
            "本报北京4月15日电 记者获悉：南水北调工程建设加速推进，目前累计完成投资超2000亿元。",
            "2013-04-15",
            [("加速推进", None)],
            id="work-under-way-takes-no-dateline",
        ),
        pytest.param(
            "在遵义，由中铁建工集团承建的“十四五”酱香酒习水同民坝一期建设项目一标段掀起施工热潮，"
            "其中制酒一区11栋制酒厂房及配套设施已交付投产。",
            "2025-02-19",
            [("掀起施工热潮", None), ("交付", None)],
            id="a-five-year-plan-naming-a-project-dates-nothing-112",
        ),
        pytest.param(
            "中科院长春分院与长春新区管委会签署深入推进院地合作专项协议。",
            "2020-08-28",
            [("签署", None)],
            id="a-solar-term-read-across-a-places-end-is-no-date-196",
        ),
        pytest.param(
            "中国移动长春分公司与吉林大学签署战略合作协议。",
            "2020-08-28",
            [("签署", None)],
            id="a-solar-term-across-a-place-in-a-branchs-name",
        ),
        pytest.param(
            "中国科学院宜春分院正式揭牌成立。",
            "2020-08-28",
            [("揭牌成立", None)],
            id="a-solar-term-across-another-place",
        ),
        pytest.param(
            "春分当天，重庆海辰储能项目开工。",
            "2020-08-28",
            [("开工", "2020-03-20")],
            id="a-solar-term-of-its-own-dates",
        ),
        pytest.param(
            "海南自貿港籌劃多年，但在中國經濟面臨「外部環境變化影響加深」、「國內供強需弱矛盾突出」的今天啟動正式封關，"
            "其意義不容低估。",
            "2025-12-27",
            [("啟動", None)],
            id="the-times-described-before-jintian-are-no-day-202",
        ),
        pytest.param(
            "在数字经济蓬勃发展的今天，重庆数字产业园正式开园。",
            "2025-12-27",
            [("开园", None)],
            id="the-times-described-before-jintian-date-nothing",
        ),
        pytest.param(
            "在新型工业化加快推进的今日，重庆海辰储能二期项目正式投产。",
            "2025-12-27",
            [("投产", None)],
            id="the-times-described-before-jinri-date-nothing",
        ),
        pytest.param(
            "2月5日，每日可检测万人份样本的新型冠状病毒应急检测实验室——“火眼”实验室今日在武汉正式启动试运行。",
            "2020-02-06",
            [("试运行", "2020-02-05")],
            id="jinri-under-the-day-opening-its-sentence-is-that-day-179",
        ),
        pytest.param(
            "3月5日，重庆实验室今天在两江新区揭牌成立。",
            "2025-03-07",
            [("揭牌成立", "2025-03-05")],
            id="jintian-under-the-day-opening-its-sentence",
        ),
        pytest.param(
            "重庆实验室加快建设。3月5日，记者获悉，重庆研究院今日揭牌。",
            "2025-03-07",
            [("加快建设", None), ("揭牌", "2025-03-05")],
            id="jinri-under-the-day-opening-its-sentence-past-a-source",
        ),
        pytest.param(
            "3月5日，重庆实验室开工。重庆研究院今日揭牌。",
            "2025-03-07",
            [("开工", "2025-03-05"), ("揭牌", "2025-03-07")],
            id="jinri-in-the-next-sentence-is-the-publication-day",
        ),
        pytest.param(
            "今天，重庆数字产业园正式开园。",
            "2025-12-27",
            [("开园", "2025-12-27")],
            id="jintian-opening-the-sentence-is-the-day",
        ),
        pytest.param(
            "“十四五”重点项目重庆中心建成投用。",
            "2025-02-19",
            [("建成投用", None)],
            id="a-five-year-plan-naming-a-kind-of-project",
        ),
        pytest.param(
            "十三五产业园区重庆实验室揭牌成立。",
            "2025-02-19",
            [("揭牌成立", None)],
            id="a-five-year-plan-without-quotes-naming-a-park",
        ),
        pytest.param(
            "“十四五”期间，重庆实验室建成投用。",
            "2025-02-19",
            [("建成投用", "2021/2025")],
            id="a-five-year-plan-period-is-a-time",
        ),
        pytest.param(
            "“十三五”时期，重庆研究院揭牌成立。",
            "2025-02-19",
            [("揭牌成立", "2016/2020")],
            id="a-five-year-plan-time-with-shiqi",
        ),
        pytest.param(
            "“十四五”，重庆研究院揭牌成立。",
            "2025-02-19",
            [("揭牌成立", "2021/2025")],
            id="a-five-year-plan-before-a-comma-is-a-time",
        ),
        pytest.param(
            "重庆实验室获评2023年度“重庆市十大科技进展”。",
            "2024-06-10",
            [("获评", None)],
            id="a-year-of-a-quoted-name-dates-nothing",
        ),
        pytest.param(
            "重庆市2023年度《科技创新白皮书》正式发布。",
            "2024-06-10",
            [("发布", None)],
            id="a-year-of-a-titled-name-dates-nothing",
        ),
        pytest.param(
            "2023年度，重庆实验室获评“重庆市十大科技进展”。",
            "2024-06-10",
            [("获评", "2023")],
            id="a-year-standing-alone-before-a-comma-is-a-time",
        ),
        pytest.param(
            "重庆实验室将于近期正式开工建设。",
            "2012-11-05",
            [("开工建设", None)],
            id="jinqi-in-a-plan-is-soon-and-dates-nothing-092",
        ),
        pytest.param(
            "成都研究院近期将正式揭牌成立。",
            "2012-11-05",
            [("揭牌成立", None)],
            id="jinqi-before-jiang-dates-nothing",
        ),
        pytest.param(
            "近日，重庆实验室正式开工建设，预计明年建成投用。",
            "2012-11-05",
            [("开工建设", "2012-10-07/2012-11-05"), ("建成投用", "2013")],
            id="jinri-in-a-told-act-keeps-its-fuzzy-interval",
        ),
        pytest.param(
            "近日,市经信委发布《关于2024年度重庆市工业和信息化重点实验室拟认定名单的公示》,"
            "拟认定12家依托单位所建的重点实验室为2024年度重庆市工业和信息化重点实验室。",
            "2024-09-12",
            [("发布", "2024-08-14/2024-09-12"), ("认定", "2024-08-14/2024-09-12")],
            id="jinri-heading-a-report-of-a-plan-stays-the-report-s-time-003",
        ),
        pytest.param(
            "2月17日，长沙县、长沙经开区、自贸会展区、自贸临空区举行2024年“迎老乡 回故乡 建家乡”"
            "新春交流暨一季度重大项目集中开工仪式。",
            "2024-02-19",
            [("开工", "2024-02-17")],
            id="every-period-of-a-batch-name-gives-way-to-the-day-106",
        ),
        pytest.param(
            "3月2日，重庆市举行2025年“奋进新征程”暨二季度重大项目集中开工活动。",
            "2025-03-05",
            [("开工", "2025-03-02")],
            id="a-year-and-a-quarter-in-one-batch-name",
        ),
        pytest.param(
            "2025年，重庆市举行二季度重大项目集中开工活动。",
            "2025-08-05",
            [("开工", "2025-Q2")],
            id="a-year-of-its-own-clause-is-no-day-to-give-way-to",
        ),
        pytest.param(
            "宁波舟山港主通道签约仪式于8月15日上午在舟山举行，新区党工委副书记、市长温暖分别和省交通集团、"
            "省海港集团负责人签订项目投资建设合作协议；此外，省交通集团、省海港集团、舟山市交投集团三方签订了"
            "股东出资协议。",
            "2016-09-18",
            [("签约", "2016-08-15"), ("签订", "2016-08-15")],
            id="a-part-going-on-with-the-occasion-takes-its-day-094",
        ),
        pytest.param(
            "重庆实验室揭牌仪式于3月5日上午举行；随后，重庆研究院与华为公司签署合作协议。",
            "2024-06-30",
            [("揭牌", "2024-03-05"), ("签署", "2024-03-05")],
            id="suihou-after-a-semicolon-takes-the-occasion-s-day",
        ),
        pytest.param(
            "重庆实验室于3月5日建成投用；重庆研究院揭牌成立。",
            "2024-06-30",
            [("建成投用", "2024-03-05"), ("揭牌成立", None)],
            id="a-part-after-a-semicolon-without-a-connective-takes-no-inner-date",
        ),
        pytest.param(
            "重庆实验室于2023年建成投用；此外，重庆研究院揭牌成立。",
            "2024-06-30",
            [("建成投用", "2023"), ("揭牌成立", None)],
            id="a-connective-takes-only-a-day-not-a-year",
        ),
        pytest.param(
            "重庆实验室于3月5日建成投用；此外，重庆研究院于去年揭牌成立。",
            "2024-06-30",
            [("建成投用", "2024-03-05"), ("揭牌成立", "2023")],
            id="a-part-s-own-date-wins-over-the-occasion-s",
        ),
        pytest.param(
            "自2020年全面启动建设以来，重庆科学城已揭牌成立重庆研究院。",
            "2024-10-30",
            [("启动建设", "2020")],
            id="a-since-frame-is-its-subject-s-act-though-the-main-clause-is-a-tally",
        ),
        pytest.param(
            "自去年8月开工建设以来，重庆实验室已完成投资5亿元。",
            "2024-10-30",
            [("开工建设", "2023-08")],
            id="a-since-frame-before-a-statistic",
        ),
        pytest.param(
            "自2012年以来，重庆高新区已累计签约项目30个。",
            "2024-10-30",
            [],
            id="a-since-frame-without-an-act-gives-nothing",
        ),
        pytest.param(
            "继年初10个项目集中开工后，10月29日，玉溪国家高新区集中开工第二批13个项目。",
            "2024-10-30",
            [("开工", "2024-10-29"), ("开工", "2024")],  # 年初: Jan 1 - end of Feb (spec)
            id="a-sequel-frame-with-its-own-date-114",
        ),
        pytest.param(
            "继3月5个重大项目集中签约之后，重庆高新区于10月举行第二批项目签约仪式。",
            "2024-10-30",
            [("签约", "2024-10"), ("签约", "2024-03")],
            id="a-date-before-a-holding-verb-dates-the-act-not-the-batch-s-name",
        ),
        pytest.param(
            "继2012年重庆实验室建成投用，并率先研发成功首台样机之后，重庆研究院于2014年揭牌成立。",
            "2016-05-10",
            [("建成投用", "2012"), ("研发成功", "2012"), ("揭牌成立", "2014")],
            id="a-sequel-frame-over-two-clauses-dates-both-082",
        ),
        pytest.param(
            "继2012年重庆实验室建成投用，并率先研发成功首台样机之后，重庆研究院揭牌成立。",
            "2016-05-10",
            [("建成投用", "2012"), ("研发成功", "2012"), ("揭牌成立", None)],
            id="a-sequel-frame-over-two-clauses-dates-no-clause-after-it",
        ),
        pytest.param(
            "继去年3月成都研究院揭牌，5月西安中心正式启用后，重庆实验室于今年签约落户。",
            "2016-05-10",
            [("揭牌", "2015-03"), ("启用", "2015-05"), ("签约落户", "2016")],
            id="a-sequel-frame-over-two-clauses-with-dates-of-their-own",
        ),
        pytest.param(
            "重庆高新区于10月举行2024年第二批重大项目集中开工仪式。",
            "2024-10-30",
            [("开工", "2024-10")],
            id="a-batch-s-year-gives-way-to-an-earlier-month-inside-it",
        ),
        pytest.param(
            "2011年开工建设的重庆实验室已经建成投用。",
            "2025-02-19",
            [("开工建设", "2011"), ("建成投用", None)],
            id="a-dated-attribute-dates-its-own-act-not-the-clause-s",
        ),
        pytest.param(
            "2018年签约落户的重庆海辰储能科技有限公司已于去年投产。",
            "2025-02-19",
            [("签约落户", "2018"), ("投产", "2024")],
            id="a-dated-attribute-and-a-dated-clause",
        ),
        pytest.param(
            "2023年，2011年开工建设的重庆实验室已经建成投用。",
            "2025-02-19",
            [("开工建设", "2011"), ("建成投用", "2023")],
            id="the-sentence-s-date-still-dates-the-clause-past-an-attribute",
        ),
        pytest.param(
            "3月5日上午，2025年宜宾市政企恳谈暨重大项目签约仪式举行。",
            "2025-03-10",
            [("签约", "2025-03-05")],
            id="a-year-opening-a-ceremony-s-name-gives-way-to-the-earlier-day",
        ),
        pytest.param(
            "3月5日，2025年宜宾市“双招双引”恳谈暨重点项目集中开工仪式举行。",
            "2025-03-10",
            [("开工", "2025-03-05")],
            id="a-year-opening-a-joined-ceremony-s-name",
        ),
        pytest.param(
            "2025年宜宾锂电产业园开园仪式举行。",
            "2025-03-10",
            [("开园", None)],
            id="a-year-opening-a-ceremony-s-name-alone-dates-nothing",
        ),
        pytest.param(
            "2025年宜宾锂电产业园开园。",
            "2025-03-10",
            [("开园", "2025")],
            id="a-year-before-an-act-not-a-name-dates-it",
        ),
        pytest.param(
            "2021年3月1日起施行的《重庆市数据条例》对数据交易作出规定。",
            "2025-02-19",
            [("施行", "2021-03-01")],
            id="a-date-with-qi-dates-the-act-of-its-attribute",
        ),
        pytest.param(
            "在主会场开工的宜宾锂电材料产业园项目总投资20亿元。",
            "2025-02-19",
            [("开工", None)],
            id="a-placed-attribute-alone-is-the-clause-s-act-undated",
        ),
        pytest.param(
            "2020年12月才成立的重庆研究院，已经成为创新高地。",
            "2025-02-19",
            [("成立", "2020-12")],
            id="a-dated-attribute-alone-is-the-clause-s-act",
        ),
        pytest.param(
            "道路建設方面,2011年開工建設的“四縱四橫”及水秦快速路等9條75公里道路已經通車。",
            "2013-02-19",
            [("開工建設", "2011"), ("通車", None)],
            id="a-dated-attribute-111",
        ),
        # a cue of plan right before 近期 (预计近期, 计划近期, 力争近期) makes it 'soon': no date
        pytest.param("重庆东站项目预计近期正式投入使用。", "2025-02-19", [("投入使用", None)], id="预计近期"),
        pytest.param("合肥科学岛二期计划近期开工建设。", "2025-02-19", [("开工建设", None)], id="计划近期"),
        pytest.param("宜宾港三期力争近期建成投用。", "2025-02-19", [("建成投用", None)], id="力争近期"),
        pytest.param(
            "近期，宜宾港三期建成投用。",
            "2025-02-19",
            [("建成投用", "2025-01-21/2025-02-19")],
            id="近期-told-as-done",
        ),
        # a dateline set apart: the clause's own day wins over the day the report was filed
        pytest.param(
            "中新网上海新闻8月29日电(黎枚 谢梦圆)丰翔路TOD万象商业综合体开工奠基典礼28日在沪举行。",
            "2024-08-29",
            [("开工", "2024-08-28")],
            id="own-day-after-the-trigger-not-the-dateline-126",
        ),
        pytest.param(
            "新华社成都5月20日电（记者 李明）天府实验室揭牌仪式19日在成都举行。",
            "2024-05-20",
            [("揭牌", "2024-05-19")],
            id="own-day-not-the-dateline",
        ),
        # …and the dateline is furniture, the day the report was filed: it dates no clause (the
        # annotation README; 159, 241), though 今天 and a bare day under it are read from it
        pytest.param(
            "中新网宜宾5月20日电 (记者 王强)四川时代新工厂正式投产。",
            "2024-05-20",
            [("投产", None)],
            id="no-own-day-the-dateline-dates-no-clause",
        ),
        pytest.param(
            "中新网宜宾5月20日电 (记者 王强)四川时代新工厂正式投产。宜宾港三期建成投用。",
            "2024-05-20",
            [("投产", None), ("建成投用", None)],
            id="the-dateline-dates-no-later-sentence",
        ),
        pytest.param(
            "东南网1月3日讯(海峡导报记者 沈华玲)新年上班第一天,厦门市77个重大项目集中开工,总投资775亿元。",
            "2025-01-03",
            [("开工", None)],
            id="a-day-told-in-words-is-no-date-and-the-dateline-none-241",
        ),
        pytest.param(
            "浙江在线嘉兴6月29日讯(浙江在线记者 秦正长)26个涵盖城市基建、公建等领域的重大项目集中启动,"
            "6月28日,嘉兴南湖产业新城举行奠基仪式。",
            "2018-06-29",
            [("启动", None), ("奠基", "2018-06-28")],
            id="the-dateline-dates-no-clause-before-the-sentences-day-159",
        ),
        pytest.param(
            "新华社合肥3月8日电（记者 张明）合肥长鑫二期项目正式投产。",
            "2024-03-08",
            [("投产", None)],
            id="the-dateline-dates-no-clause-invented",
        ),
        pytest.param(
            "新华社合肥3月8日电（记者 张明）今天上午，合肥长鑫二期项目正式投产。",
            "2024-03-10",
            [("投产", "2024-03-08")],
            id="today-under-a-dateline-is-the-datelines-day",
        ),
        pytest.param(
            "本报昆明9月2日讯（记者 李华）1日，昆明滇中新区智能装备产业园开工。",
            "2024-09-03",
            [("开工", "2024-09-01")],
            id="a-bare-day-under-a-dateline-is-read-from-it",
        ),
        # after a holiday is not on it: no date rather than the holiday's day (098, 130)
        pytest.param(
            "兔年春节假期后的第一个工作日，天津市宁河区重点项目动工。",
            "2023-01-30",
            # not the holiday's day; the lunar year 兔年 written before it is a coarser reading
            # that holds the true day (2023-01-28)
            [("动工", "2023-01-22/2024-02-09")],
            id="春节假期后-not-the-holiday-098",
        ),
        pytest.param(
            "春节假期刚过，廊坊临空经济区举行项目集中签约仪式。",
            "2023-01-30",
            [("签约", None)],
            id="春节假期刚过-not-the-holiday-130",
        ),
        pytest.param(
            "国庆假期过后，重庆东站正式开通。",
            "2023-01-30",
            [("开通", None)],
            id="国庆假期过后-not-the-holiday",
        ),
        pytest.param(
            "春节期间，重庆东站正式开通。", "2023-01-30", [("开通", "2023-01-22")], id="春节期间-the-holiday"
        ),
        pytest.param(
            "1月28日，春节假期后的第一个工作日，天津市宁河区重点项目动工。",
            "2023-01-30",
            [("动工", "2023-01-28")],
            id="春节假期后-with-its-own-day",
        ),
        # a span of time from one act to another: the first act's date is its own
        pytest.param(
            "眉山信利高端显示项目自2017年12月开工建设，到首条模组建成投产仅用了一年时间。",
            "2019-03-01",
            [("开工建设", "2017-12"), ("建成投产", None)],
            id="自…到-a-span-134",
        ),
        pytest.param(
            "重庆东站从2023年3月开工，到主体结构封顶只用了10个月。",
            "2024-03-01",
            [("开工", "2023-03"), ("封顶", None)],
            id="从…到-a-span",
        ),
        pytest.param(
            "宜宾港三期自2021年5月动工，至全面建成投用历时两年。",
            "2024-03-01",
            [("动工", "2021-05"), ("建成投用", None)],
            id="自…至-a-span",
        ),
        pytest.param(
            "17日，2018年武汉市招商引资暨重大项目第9次集中开工活动在东湖高新区举行。",
            "2018-11-20",
            [("开工", "2018-11-17")],
            id="a-year-opening-an-activitys-name-155",
        ),
        pytest.param(
            "9日，2024年成都市重大项目集中签约活动在天府新区举行。",
            "2024-03-20",
            [("签约", "2024-03-09")],
            id="a-year-opening-an-activitys-name-signing",
        ),
        pytest.param(
            "20日，2021年合肥市重大项目集中开工活动在高新区举行。",
            "2021-05-25",
            [("开工", "2021-05-20")],
            id="a-year-opening-an-activitys-name-hefei",
        ),
        pytest.param(
            "6月18日，黄埔区举行新闻发布会，发布“百大项目庆百年”大会战计划和“一十百千万”工程。",
            "2021-06-22",
            [("举行", "2021-06-18"), ("发布", "2021-06-18")],
            id="a-plan-released-is-no-forward-cue-141",
        ),
        pytest.param(
            "3月2日，宁波市召开动员大会，公布三年行动计划与《重点项目清单》。",
            "2023-03-10",
            [("召开", "2023-03-02"), ("公布", "2023-03-02")],
            id="a-plan-joined-to-a-title-is-no-forward-cue",
        ),
        pytest.param(
            "3月，宁波市召开动员大会，计划与企业共同开工。",
            "2023-04-10",
            [("召开", "2024-03"), ("开工", "2024-03")],
            id="a-plan-with-a-partner-is-a-forward-cue",
        ),
        pytest.param(
            "重庆东站于2023年3月开工，主体结构已封顶。",
            "2024-03-01",
            [("开工", "2023-03"), ("封顶", "2023-03")],
            id="no-span-the-date-governs-the-next-clause",
        ),
        # a clause opened by the present (目前，…) tells the state now: the start's date before it
        # does not date it (README: 目前 is no event date; gold 103-17, 149-12/13/24)
        pytest.param(
            "蒙牛乳业曲靖生产项目一期于2019年12月开工，目前，已进入安装电路线管阶段。",
            "2020-06-30",
            [("开工", "2019-12"), ("进入安装电路线管阶段", None)],
            id="目前-opens-the-state-now-149",
        ),
        pytest.param(
            "重庆东站于2023年3月开工，目前主体结构已封顶。",
            "2024-03-01",
            [("开工", "2023-03"), ("封顶", None)],
            id="目前-before-a-stage-done",
        ),
        # …not 目前 in an attribute (406: 28日上午，目前正在全力建设的…涂料城内，…奠基)
        pytest.param(
            "28日上午，目前正在全力建设的华彩化工涂料城内，广州市五羊油漆股份有限公司正式在园区奠基。",
            "2010-07-29",
            [("奠基", "2010-07-28")],
            id="目前-in-an-attribute-406",
        ),
        # an official document's operative 现 (现予印发, 现将…印发给你们) issues it now: the meeting's
        # date before it dates the adoption only (gold 307-10, 434-06)
        pytest.param(
            "《内蒙古自治区人民政府工作规则》已经2013年6月17日自治区人民政府第五次常务会议审议通过，现予印发。",
            "2013-07-02",
            [("审议通过", "2013-06-17"), ("印发", None)],
            id="现予印发-307",
        ),
        pytest.param(
            "《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请遵照执行。",
            "2019-01-23",
            [("通过", "2019-01-04"), ("印发", None)],
            id="现予印发-434",
        ),
        pytest.param(
            "2024年3月5日，重庆东站项目开工，现场200多名工人正在施工。",
            "2024-03-06",
            [("开工", "2024-03-05"), ("正在施工", "2024-03-05")],
            id="现场-is-no-present-opener",
        ),
    ],
)
def test_event_dates(text: str, pub: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dated(text, pub) == expected


def _dated_subjects(text: str, pub: str) -> list[tuple[str, str | None, str | None]]:
    events = extract(Article(text, pub)).events
    return [(e.trigger, e.date and e.date.value, e.subject and e.subject.name) for e in events]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a bare N号 running into a noun numbers a part, no day (real news 229, 343, 187): the
        # month before it dates the event, and the number stays in the part's name
        pytest.param(
            "拉萨河城区段整治工程相关工作进展顺利。明年6月,3号拦河闸全部完工。",
            "2013-09-18",
            [("完工", "2014-06", "3号拦河闸")],
            id="a-sluice-number-after-a-month",
        ),
        pytest.param(
            "在各部门的通力合作下,1号科创楼基本完成装修工作。",
            "2022-09-20",
            [("完成装修", None, "1号科创楼")],
            id="a-building-number-undated",
        ),
        pytest.param(
            "今年5月,1号轨道梁厂正式投产下线。",
            "2017-12-18",
            [("投产", "2017-05", "1号轨道梁厂")],
            id="a-plant-number-after-a-month",
        ),
        # a day's 号 stays a day: after a month, before a time of day or a comma, or after the
        # subject (3号揭牌)
        pytest.param(
            "6月3号拦河闸全部完工。", "2013-09-18", [("完工", "2013-06-03", "拦河闸")], id="month-day-hao"
        ),
        pytest.param(
            "3号上午，重庆科技馆开馆。", "2013-09-18", [("开馆", "2013-09-03", "重庆科技馆")], id="hao-noon"
        ),
        pytest.param(
            "3号，重庆实验室揭牌。", "2013-09-18", [("揭牌", "2013-09-03", "重庆实验室")], id="hao-comma"
        ),
    ],
)
def test_a_part_number_is_no_day(text: str, pub: str, expected: list[Any]) -> None:
    assert _dated_subjects(text, pub) == expected
