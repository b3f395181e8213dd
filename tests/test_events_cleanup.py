"""Clean-up that knows newspaper layout (`timeline._events.cleanup`), and its effect on events.

Rows are written from `shared/spec/events.md` ("Real articles come with furniture that is not
prose…") and from the layouts of the real articles in `tests/corpus/real/`; every expected
unit was read off the text by hand.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._events.cleanup import (
    _MONTH_HEADING,
    _YEAR_LINE,
    BYLINE,
    CAPTION,
    FURNITURE,
    HEADING,
    PROSE,
    _heading_words,
    _is_month_heading,
    _title_year,
    clean,
    flatten,
)
from timeline._events.sentences import split
from timeline.events import Article, extract


def _units(text: str) -> list[tuple[str, str]]:
    doc = clean(text)
    return [(doc.text[u.start : u.end], u.kind) for u in doc.units]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        pytest.param(
            "■ 大事记\n2012\n7月11日，天府新区获批。",
            [("■ 大事记", HEADING), ("2012", HEADING), ("7月11日，天府新区获批。", PROSE)],
            id="section-header-and-year-line",
        ),
        pytest.param(
            "西部(重庆)科学城全面启动建设\n面对未来“筑城”,西部(重庆)科学城近日全面启动建设。",
            [
                ("西部(重庆)科学城全面启动建设", HEADING),
                ("面对未来“筑城”,西部(重庆)科学城近日全面启动建设。", PROSE),
            ],
            id="headline-above-its-body",
        ),
        pytest.param(
            "1\n郑洛新国家自主创新示范区获批\n2016年4月，国务院批复同意郑洛新建设示范区。",
            [
                ("1", HEADING),
                ("郑洛新国家自主创新示范区获批", HEADING),
                ("2016年4月，国务院批复同意郑洛新建设示范区。", PROSE),
            ],
            id="numbered-headline",
        ),
        pytest.param(
            "凤冈18个项目集中开工\n28.09.2015 19:43\n本文来源: 新华\n长山米业有限公司项目开工点现场。\n"
            "9月28日,凤冈县18个项目集中开工建设。",
            [
                ("凤冈18个项目集中开工", HEADING),
                ("28.09.2015 19:43", FURNITURE),
                ("本文来源: 新华", FURNITURE),
                ("长山米业有限公司项目开工点现场。", CAPTION),
                ("9月28日,凤冈县18个项目集中开工建设。", PROSE),
            ],
            id="timestamp-source-and-caption",
        ),
        pytest.param(
            "时间：2024-05-06 来源：重庆日报\n5月6日，实验室揭牌。",
            [("时间：2024-05-06 来源：重庆日报", FURNITURE), ("5月6日，实验室揭牌。", PROSE)],
            id="time-and-source-line",
        ),
        pytest.param(
            "返回主页 | 郑州晚报 | 标题导航\n我来说两句\n扫一扫在手机打开当前页",
            [
                ("返回主页 | 郑州晚报 | 标题导航", FURNITURE),
                ("我来说两句", FURNITURE),
                ("扫一扫在手机打开当前页", FURNITURE),
            ],
            id="link-list-and-buttons",
        ),
        pytest.param(
            "△联东U谷产业园开园\n△歌尔创新中心等18个重大项目集中开工",
            [("△联东U谷产业园开园", PROSE), ("△歌尔创新中心等18个重大项目集中开工", PROSE)],
            id="list-items-one-per-line",
        ),
        pytest.param(
            "▲8月21日上午,广汽埃安长沙工厂正式竣工投产,省长宣布项目投产。\n8月21日上午,工厂正式竣工投产。",
            [
                ("▲8月21日上午,广汽埃安长沙工厂正式竣工投产,省长宣布项目投产。", CAPTION),
                ("8月21日上午,工厂正式竣工投产。", PROSE),
            ],
            id="photo-caption-under-a-triangle-038",
        ),
        pytest.param(
            "工厂揭牌后,一行人参观车间。▲毛伟明参观工厂总装车间。",
            [("工厂揭牌后,一行人参观车间。", PROSE), ("▲毛伟明参观工厂总装车间。", CAPTION)],
            id="photo-caption-inside-a-line",
        ),
        pytest.param(
            '丝瓜网小编提示,记得把"浙江268个重大项目集中开工 总投资6808亿元"分享给大家!\n'
            "21日,浙江集中开工268个重大项目。",
            [
                ('丝瓜网小编提示,记得把"浙江268个重大项目集中开工 总投资6808亿元"分享给大家!', FURNITURE),
                ("21日,浙江集中开工268个重大项目。", PROSE),
            ],
            id="repost-share-line-041",
        ),
        pytest.param(
            "扬州市重大项目集中签约开工。\n文章图片\n高邮市签约项目58个、总投资208亿元。",
            [
                ("扬州市重大项目集中签约开工。", PROSE),
                ("文章图片", FURNITURE),
                ("高邮市签约项目58个、总投资208亿元。", PROSE),
            ],
            id="picture-placeholder-line-250",
        ),
        pytest.param(
            "津政办函〔2017〕103号\n天津市人民政府办公厅印发关于促进我市\n开发区改革和创新发展实施方案的通知\n"
            "各区人民政府,各委、局,各直属单位:\n经市人民政府同意,现将《实施方案》印发给你们,请照此执行。",
            [
                ("津政办函〔2017〕103号", FURNITURE),
                ("天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知", HEADING),
                (
                    "各区人民政府,各委、局,各直属单位:经市人民政府同意,现将《实施方案》印发给你们,请照此执行。",
                    PROSE,
                ),
            ],
            id="document-number-title-and-salutation-055",
        ),
        pytest.param(
            "国办发〔2017〕7号\n各省、自治区、直辖市人民政府：\n现将《意见》印发给你们。",
            [
                ("国办发〔2017〕7号", FURNITURE),
                ("各省、自治区、直辖市人民政府：现将《意见》印发给你们。", PROSE),
            ],
            id="document-number-another-office",
        ),
        pytest.param(
            "记得把这篇文章分享给朋友，让更多人看到2024年新开工的项目。\n5月6日，实验室揭牌。",
            [
                ("记得把这篇文章分享给朋友，让更多人看到2024年新开工的项目。", FURNITURE),
                ("5月6日，实验室揭牌。", PROSE),
            ],
            id="share-line-another-phrasing",
        ),
        pytest.param(
            "<p>现将《实施方案》印发给你们,请认真组织实施。</p><p>山西省人民政府</p>",
            [("现将《实施方案》印发给你们,请认真组织实施。", PROSE), ("山西省人民政府", HEADING)],
            id="html-paragraphs",
        ),
        pytest.param(
            "活动概览 - 巴南区于2026年1月7日举行集中签约活动,旨在实现“开门红” [1] - 本次活动签约项目29个 [1]",
            [
                ("活动概览", HEADING),
                ("巴南区于2026年1月7日举行集中签约活动,旨在实现“开门红”", PROSE),
                ("本次活动签约项目29个", HEADING),
            ],
            id="machine-summary-bullets",
        ),
        pytest.param(
            "市政协召开会议，听取报告。\n（记者 雍黎）\n图为会场。张三摄",
            [("市政协召开会议，听取报告。", PROSE), ("（记者 雍黎）", BYLINE), ("图为会场。张三摄", CAPTION)],
            id="byline-and-photo-credit",
        ),
        pytest.param(
            "中新网海口3月18日电 (记者 尹海明)海南省18日举行集中开工仪式。",
            [("中新网海口3月18日电 (记者 尹海明)", BYLINE), ("海南省18日举行集中开工仪式。", PROSE)],
            id="a-dateline-opening-a-brief-131",
        ),
        pytest.param(
            "黑龙江日报讯 大庆经开区数字经济产业园项目28日开工。",
            [("黑龙江日报讯 ", BYLINE), ("大庆经开区数字经济产业园项目28日开工。", PROSE)],
            id="an-outlet-dateline-without-a-day",
        ),
        pytest.param(
            "宜宾日报讯（记者 李四）宜宾港三期工程28日开工。",
            [("宜宾日报讯（记者 李四）", BYLINE), ("宜宾港三期工程28日开工。", PROSE)],
            id="an-outlet-dateline-and-its-reporters",
        ),
        pytest.param(
            "新华社电 京雄高速公路28日正式通车。",
            [("新华社电 ", BYLINE), ("京雄高速公路28日正式通车。", PROSE)],
            id="an-agency-dateline-without-a-day",
        ),
        pytest.param(
            "新华社北京4月15日电/据报道，重庆实验室揭牌。",
            [("新华社北京4月15日电", BYLINE), ("/据报道，重庆实验室揭牌。", PROSE)],
            id="a-dateline-before-a-slash",
        ),
        pytest.param(
            "本报讯（记者 王强 通讯员 李明）3月5日，重庆实验室揭牌。",
            [("本报讯（记者 王强 通讯员 李明）", BYLINE), ("3月5日，重庆实验室揭牌。", PROSE)],
            id="本报讯-with-reporters",
        ),
        pytest.param(
            "广州12月23日(记者 王华)广汽新能源智能生态工厂20万产能项目，12月23日竣工。",
            [
                ("广州12月23日(记者 王华)", BYLINE),
                ("广汽新能源智能生态工厂20万产能项目，12月23日竣工。", PROSE),
            ],
            id="a-dateline-without-电-before-the-reporters-168",
        ),
        pytest.param(
            "成都3月5日（记者 李明 通讯员 张强）成都东部新区未来医学城开工。",
            [("成都3月5日（记者 李明 通讯员 张强）", BYLINE), ("成都东部新区未来医学城开工。", PROSE)],
            id="a-dateline-without-电-before-two-reporters",
        ),
        pytest.param(
            "浙江在线1月15日讯1月2日，宁波首台氢燃料电池公交车下线。",
            [("浙江在线1月15日讯", BYLINE), ("1月2日，宁波首台氢燃料电池公交车下线。", PROSE)],
            id="a-dateline-glued-to-the-lead-s-date-169",
        ),
        pytest.param(
            "长沙晚报5月6日讯12日，长沙县3个重大项目开工。",
            [("长沙晚报5月6日讯", BYLINE), ("12日，长沙县3个重大项目开工。", PROSE)],
            id="a-dateline-glued-to-the-lead-s-day",
        ),
        pytest.param(
            "重庆两江新区3月5日（星期二）举行集中签约活动。\n新网1月15日讯3个项目签约。",
            [
                ("重庆两江新区3月5日（星期二）举行集中签约活动。", PROSE),
                ("新网1月15日讯3个项目签约。", PROSE),
            ],
            id="no-dateline-without-reporters-nor-a-date-after-讯",
        ),
        pytest.param(
            "2024年3月5日电池项目投产。\n喜讯传来，重庆实验室揭牌。",
            [("2024年3月5日电池项目投产。", PROSE), ("喜讯传来，重庆实验室揭牌。", PROSE)],
            id="no-dateline-in-电池-nor-喜讯",
        ),
        # a marked line crying out is a digest's headline; a marked sentence is a chronicle's item
        pytest.param(
            "●淮南武王墩遗址博物馆即将开工建设!\n\n近日，淮南武王墩遗址博物馆建设项目已正式启动。",
            [
                ("●淮南武王墩遗址博物馆即将开工建设!", HEADING),
                ("近日，淮南武王墩遗址博物馆建设项目已正式启动。", PROSE),
            ],
            id="a-marked-headline-crying-out-127",
        ),
        pytest.param(
            "●这些大型赛事，将在合肥开赛！\n2月26日，全国竞走大奖赛在合肥开幕。",
            [("●这些大型赛事，将在合肥开赛！", HEADING), ("2月26日，全国竞走大奖赛在合肥开幕。", PROSE)],
            id="a-marked-headline-with-a-comma-crying-out",
        ),
        pytest.param(
            "★重庆东站正式开工！\n3月5日，重庆东站正式开工。",
            [("★重庆东站正式开工！", HEADING), ("3月5日，重庆东站正式开工。", PROSE)],
            id="a-starred-headline-crying-out",
        ),
        pytest.param(
            "●3月5日，重庆实验室揭牌成立。\n●3月6日，重庆研究院正式启用。",
            [("3月5日，重庆实验室揭牌成立。", PROSE), ("3月6日，重庆研究院正式启用。", PROSE)],
            id="marked-sentences-are-items",
        ),
        pytest.param(
            "1.3月1日，我省发布2024年第1号总林长令。\n2.第十四届全国人民代表大会第二次会议在北京开幕。",
            [
                ("3月1日，我省发布2024年第1号总林长令。", PROSE),
                ("第十四届全国人民代表大会第二次会议在北京开幕。", PROSE),
            ],
            id="numbered-list-items-044",
        ),
        # a headline printed on its body's line, a blank between
        pytest.param(
            "★重庆实验室揭牌成立 3月5日，重庆实验室在两江新区揭牌成立。",
            [("★重庆实验室揭牌成立", HEADING), ("3月5日，重庆实验室在两江新区揭牌成立。", PROSE)],
            id="a-starred-headline-running-into-its-body",
        ),
        pytest.param(
            "1 首条大陆直达台湾本岛的海底光缆开通 5月8日，海底光缆在福州开通。",
            [("1 首条大陆直达台湾本岛的海底光缆开通", HEADING), ("5月8日，海底光缆在福州开通。", PROSE)],
            id="a-numbered-headline-running-into-its-body",
        ),
        pytest.param(
            "根据协议，华电集团将加大投资力度。 3 省政府与中国华电集团签订项目合作协议 1月28日，"
            "省政府与中国华电集团公司签订项目合作协议。",
            [
                ("根据协议，华电集团将加大投资力度。", PROSE),
                ("3 省政府与中国华电集团签订项目合作协议", HEADING),
                ("1月28日，省政府与中国华电集团公司签订项目合作协议。", PROSE),
            ],
            id="a-numbered-headline-after-a-sentence-on-the-items-line-189",
        ),
        pytest.param(
            "重庆实验室加快建设。 12 重庆海辰储能二期项目开工 3月5日，重庆海辰储能二期项目开工。",
            [
                ("重庆实验室加快建设。", PROSE),
                ("12 重庆海辰储能二期项目开工", HEADING),
                ("3月5日，重庆海辰储能二期项目开工。", PROSE),
            ],
            id="a-two-digit-numbered-headline-after-a-sentence",
        ),
        pytest.param(
            "重庆东站项目正在加快建设，预计年底建成！　4　两江协同创新区揭牌　4月1日，两江协同创新区揭牌。",
            [
                ("重庆东站项目正在加快建设，预计年底建成！", PROSE),
                ("4　两江协同创新区揭牌", HEADING),
                ("4月1日，两江协同创新区揭牌。", PROSE),
            ],
            id="a-numbered-headline-after-a-cry-between-wide-blanks",
        ),
        pytest.param(
            "重庆实验室加快建设。 5 月 23 日，重庆实验室揭牌成立。",
            [("重庆实验室加快建设。 5 月 23 日，重庆实验室揭牌成立。", PROSE)],
            id="a-date-written-with-blanks-after-a-sentence-is-no-headline",
        ),
        # a repost's headline and teaser printed above the lead: the line ends in the lead's start
        pytest.param(
            "天津实施“1+3+8”行动计划环保网获悉，5月10日，天津市人民政府发布了《关于落实重点工作任务分工的"
            "通知》，提出加强生态\n环保网获悉，5月10日，天津市人民政府发布了《关于落实重点工作任务分工的通知》，"
            "提出加强生态环境综合治理。",
            [
                (
                    "天津实施“1+3+8”行动计划环保网获悉，5月10日，天津市人民政府发布了《关于落实重点工作任务分工"
                    "的通知》，提出加强生态",
                    FURNITURE,
                ),
                (
                    "环保网获悉，5月10日，天津市人民政府发布了《关于落实重点工作任务分工的通知》，"
                    "提出加强生态环境综合治理。",
                    PROSE,
                ),
            ],
            id="a-headline-and-teaser-above-the-lead-186",
        ),
        pytest.param(
            "重庆实验室揭牌成立两江新区讯：3月5日，重庆实验室在两江新区揭牌\n"
            "两江新区讯：3月5日，重庆实验室在两江新区揭牌成立，市长出席。",
            [
                ("重庆实验室揭牌成立两江新区讯：3月5日，重庆实验室在两江新区揭牌", FURNITURE),
                ("两江新区讯：3月5日，重庆实验室在两江新区揭牌成立，市长出席。", PROSE),
            ],
            id="a-teaser-cut-before-the-lead-with-a-dateline",
        ),
        pytest.param(
            "3月5日，重庆实验室在两江新区揭牌成立，市长出席。\n3月5日，重庆实验室在两江新区揭牌成立仪式上，市长致辞。",
            [
                ("3月5日，重庆实验室在两江新区揭牌成立，市长出席。", PROSE),
                ("3月5日，重庆实验室在两江新区揭牌成立仪式上，市长致辞。", PROSE),
            ],
            id="a-sentence-ending-before-a-line-that-repeats-its-start-is-prose",
        ),
        pytest.param(
            "一、总体要求 坚持“工业立市、项目强市”不动摇，强力抓招商引资攻坚。",
            [("一、总体要求", HEADING), ("坚持“工业立市、项目强市”不动摇，强力抓招商引资攻坚。", PROSE)],
            id="a-section-title-running-into-its-body-166",
        ),
        pytest.param(
            "宜宾港三期建成投用　新华社成都3月5日电 宜宾港三期今天建成投用。",
            [
                ("宜宾港三期建成投用", HEADING),
                ("新华社成都3月5日电 ", BYLINE),
                ("宜宾港三期今天建成投用。", PROSE),
            ],
            id="a-headline-running-into-its-dateline",
        ),
        pytest.param(
            "山东省港口集团与青岛市 政府签署战略合作协议，共建港口。\n"
            "●3月5日 重庆实验室在两江新区揭牌成立，市长出席。",
            [
                ("山东省港口集团与青岛市政府签署战略合作协议，共建港口。", PROSE),
                ("3月5日重庆实验室在两江新区揭牌成立，市长出席。", PROSE),
            ],
            id="no-headline-before-a-blank-inside-prose-nor-a-date",
        ),
        pytest.param(
            "今年投资1.5亿元，3、5号线开工。统一是关键。\n一是加强领导，二是重庆实验室揭牌。",
            [("今年投资1.5亿元，3、5号线开工。统一是关键。", PROSE), ("加强领导，重庆实验室揭牌。", PROSE)],
            id="enumeration-numbers-dropped-but-not-amounts-nor-words",
        ),
        # lines each opening with a month and day, without marks, are items
        pytest.param(
            "3月5日重庆实验室在两江新区揭牌成立\n4月1日宜宾港三期在宜宾正式建成投用",
            [("3月5日重庆实验室在两江新区揭牌成立", PROSE), ("4月1日宜宾港三期在宜宾正式建成投用", PROSE)],
            id="dated-lines-without-marks-are-items",
        ),
        pytest.param(
            "●5月6日 成都东部新区未来医学城开工\n\n●6月18日 绵阳科技城实验室揭牌",
            [("5月6日成都东部新区未来医学城开工", PROSE), ("6月18日绵阳科技城实验室揭牌", PROSE)],
            id="marked-dated-lines-without-a-heading-are-items",
        ),
        pytest.param(
            "3月5日重庆实验室揭牌成立\n\n3月5日，重庆实验室在两江新区揭牌成立，市长出席。",
            [
                ("3月5日重庆实验室揭牌成立", HEADING),
                ("3月5日，重庆实验室在两江新区揭牌成立，市长出席。", PROSE),
            ],
            id="one-dated-headline-stays-a-headline",
        ),
        # a photo caption opening the line of the lead
        pytest.param(
            "图为揭牌仪式现场。3月5日，重庆实验室在两江新区揭牌成立，市长出席仪式并致辞。",
            [
                ("图为揭牌仪式现场。", CAPTION),
                ("3月5日，重庆实验室在两江新区揭牌成立，市长出席仪式并致辞。", PROSE),
            ],
            id="a-caption-before-the-lead-on-its-line",
        ),
        pytest.param(
            "图为揭牌仪式现场。记者 张三 摄 3月5日，重庆实验室在两江新区揭牌成立。",
            [("图为揭牌仪式现场。记者 张三 摄", CAPTION), ("3月5日，重庆实验室在两江新区揭牌成立。", PROSE)],
            id="a-caption-and-its-credit-before-the-lead",
        ),
        pytest.param(
            "图：宜宾港三期全景。新华社成都4月1日电 宜宾港三期今天建成投用。",
            [
                ("图：宜宾港三期全景。", CAPTION),
                ("新华社成都4月1日电 ", BYLINE),
                ("宜宾港三期今天建成投用。", PROSE),
            ],
            id="a-caption-before-a-dateline",
        ),
        pytest.param(
            "图为重庆实验室。该实验室于3月5日揭牌成立。",
            [("图为重庆实验室。该实验室于3月5日揭牌成立。", CAPTION)],
            id="a-caption-of-two-sentences-stays-whole",
        ),
        # a sub-headline of two phrases stands above its paragraph, with or without a blank line
        pytest.param(
            "两年成阵列,建设梯次推进领域不断深入\n"
            "短短两年时间,我省省实验室建设由“从无到有”至“军容鼎盛”,走出了一条耀眼的上升曲线。",
            [
                ("两年成阵列,建设梯次推进领域不断深入", HEADING),
                ("短短两年时间,我省省实验室建设由“从无到有”至“军容鼎盛”,走出了一条耀眼的上升曲线。", PROSE),
            ],
            id="a-sub-headline-with-a-comma-139",
        ),
        pytest.param(
            "项目建设提速，招商引资见效\n\n"
            "3月5日，重庆实验室在两江新区揭牌成立，宜宾港三期同日建成投用，两江新区再添新动能。",
            [
                ("项目建设提速，招商引资见效", HEADING),
                ("3月5日，重庆实验室在两江新区揭牌成立，宜宾港三期同日建成投用，两江新区再添新动能。", PROSE),
            ],
            id="a-sub-headline-above-a-blank-line",
        ),
        # a numbered item's headline with commas, longer than a sub-headline (399, 388, 307)
        pytest.param(
            "2.习近平总书记两次来江苏考察,要求江苏在推进中国式现代化中走在前做示范\n\n"
            "2023年7月5日至7日,习近平总书记先后来到苏州、南京等地,深入工业园区、企业、历史文化街区、"
            "科学实验室等进行调研,主持召开座谈会,对江苏在推进中国式现代化中走在前做示范提出明确要求。",
            [
                ("习近平总书记两次来江苏考察,要求江苏在推进中国式现代化中走在前做示范", HEADING),
                (
                    "2023年7月5日至7日,习近平总书记先后来到苏州、南京等地,深入工业园区、企业、历史文化街区、"
                    "科学实验室等进行调研,主持召开座谈会,对江苏在推进中国式现代化中走在前做示范提出明确要求。",
                    PROSE,
                ),
            ],
            id="a-numbered-headline-with-commas-399",
        ),
        pytest.param(
            "（一）落实重大国家战略，京津冀协同发展走深走实，重庆实验室建设提速\n"
            "北京非首都功能疏解项目加速导入，重庆实验室3月5日在两江新区揭牌成立，宜宾港三期同日建成投用，"
            "两江新区再添新动能，市场化机制引进北京资源落地项目，协同创新共同体建设取得新进展。",
            [
                ("（一）落实重大国家战略，京津冀协同发展走深走实，重庆实验室建设提速", HEADING),
                (
                    "北京非首都功能疏解项目加速导入，重庆实验室3月5日在两江新区揭牌成立，宜宾港三期同日建成投用，"
                    "两江新区再添新动能，市场化机制引进北京资源落地项目，协同创新共同体建设取得新进展。",
                    PROSE,
                ),
            ],
            id="a-numbered-headline-without-a-blank-line-388",
        ),
        # …not a numbered item that is a sentence, nor an unnumbered line as long
        pytest.param(
            "2.重庆实验室3月5日在两江新区揭牌成立,宜宾港三期同日建成投用。\n\n"
            "两江新区再添新动能,北京非首都功能疏解项目加速导入,重庆实验室建设提速,宜宾港三期同日建成投用。",
            [
                ("重庆实验室3月5日在两江新区揭牌成立,宜宾港三期同日建成投用。", PROSE),
                (
                    "两江新区再添新动能,北京非首都功能疏解项目加速导入,重庆实验室建设提速,宜宾港三期同日建成投用。",
                    PROSE,
                ),
            ],
            id="a-numbered-item-that-is-a-sentence",
        ),
        pytest.param(
            "今年以来，我市\n全面推进重庆实验室、宜宾研究院和成都中心等重大创新平台建设，成效明显。",
            [("今年以来，我市全面推进重庆实验室、宜宾研究院和成都中心等重大创新平台建设，成效明显。", PROSE)],
            id="a-sentence-broken-after-a-short-phrase-is-joined",
        ),
        # a post's credits, parted by a bar or a colon
        pytest.param(
            "来源丨重庆日报\n编辑丨张三\n审核丨李四\n3月5日，重庆实验室在两江新区揭牌成立。",
            [
                ("来源丨重庆日报", FURNITURE),
                ("编辑丨张三", FURNITURE),
                ("审核丨李四", FURNITURE),
                ("3月5日，重庆实验室在两江新区揭牌成立。", PROSE),
            ],
            id="a-post-s-credits-with-bars",
        ),
        pytest.param(
            "文字｜张三 图片｜李四\n一审：王五 二审：赵六\n4月1日，宜宾港三期建成投用。",
            [
                ("文字｜张三 图片｜李四", FURNITURE),
                ("一审：王五 二审：赵六", FURNITURE),
                ("4月1日，宜宾港三期建成投用。", PROSE),
            ],
            id="a-post-s-credits-and-reviewers",
        ),
        pytest.param(
            "重庆实验室｜揭牌成立\n3月5日，重庆实验室在两江新区揭牌成立。",
            [("重庆实验室｜揭牌成立", HEADING), ("3月5日，重庆实验室在两江新区揭牌成立。", PROSE)],
            id="a-bar-inside-a-headline-makes-no-label",
        ),
        # a document's title run into its salutation on one line
        pytest.param(
            "沧州市人民政府办公室关于印发沧州市重大项目落地工程行动方案的通知各县(市、区)人民政府,"
            "市政府有关部门,有关单位:《沧州市重大项目落地工程行动方案》已经市委、市政府同意。",
            [
                ("沧州市人民政府办公室关于印发沧州市重大项目落地工程行动方案的通知", HEADING),
                (
                    "各县(市、区)人民政府,市政府有关部门,有关单位:《沧州市重大项目落地工程行动方案》已经市委、市政府同意。",
                    PROSE,
                ),
            ],
            id="a-notice-s-title-run-into-its-salutation-166",
        ),
        pytest.param(
            "四川省人民政府关于同意设立宜宾三江新区的批复各有关单位：经研究，同意设立宜宾三江新区。",
            [
                ("四川省人民政府关于同意设立宜宾三江新区的批复", HEADING),
                ("各有关单位：经研究，同意设立宜宾三江新区。", PROSE),
            ],
            id="a-reply-s-title-run-into-its-salutation",
        ),
        pytest.param(
            "认真落实上级下发的通知各项要求：加快推进项目建设。",
            [("认真落实上级下发的通知各项要求：加快推进项目建设。", PROSE)],
            id="no-title-without-关于",
        ),
        # a stored excerpt cut off mid-sentence: its last line is prose, not a headline
        pytest.param(
            "3月25日，全球首家电池零碳工厂落户宜宾。\n\n宁德时代全资子公司四川时代获得全球知名认证机构SGS颁发的PAS2060碳",
            [
                ("3月25日，全球首家电池零碳工厂落户宜宾。", PROSE),
                ("宁德时代全资子公司四川时代获得全球知名认证机构SGS颁发的PAS2060碳", PROSE),
            ],
            id="an-excerpt-cut-off-mid-sentence-056",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌。\n"
            "重庆实验室与宁德时代签署战略合作协议并约定在宜宾三江新区共建新能源研究院和中试",
            [
                ("5月6日，重庆实验室正式揭牌。", PROSE),
                ("重庆实验室与宁德时代签署战略合作协议并约定在宜宾三江新区共建新能源研究院和中试", PROSE),
            ],
            id="an-excerpt-cut-off-after-an-act",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌。\n\n重庆两江新区2024年第一批重大项目集中开工活动举行",
            [
                ("5月6日，重庆实验室正式揭牌。", PROSE),
                ("重庆两江新区2024年第一批重大项目集中开工活动举行", HEADING),
            ],
            id="a-last-line-as-long-as-a-headline-stays-one",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌。\n\n猜你喜欢\n重庆东站正式开工\n"
            "宜宾港三期建成投用仪式在宜宾港隆重举行",
            [
                ("5月6日，重庆实验室正式揭牌。", PROSE),
                ("猜你喜欢", FURNITURE),
                ("重庆东站正式开工宜宾港三期建成投用仪式在宜宾港隆重举行", HEADING),
            ],
            id="a-list-of-headlines-at-the-end-is-no-sentence-cut-off",
        ),
        pytest.param(
            "宁波把氢能产业作为重要机遇。\n“吉利汽车将发挥龙头企业的辐射带动",
            [("宁波把氢能产业作为重要机遇。", PROSE), ("“吉利汽车将发挥龙头企业的辐射带动", PROSE)],
            id="an-excerpt-cut-off-in-a-quotation-169",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌。\n转载请注明出处 保持信息完整暂时没有评论",
            [("5月6日，重庆实验室正式揭牌。", PROSE), ("转载请注明出处 保持信息完整暂时没有评论", HEADING)],
            id="a-footer-is-no-sentence-cut-off-060",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌。\n重庆两江新区集中签约",
            [("5月6日，重庆实验室正式揭牌。", PROSE), ("重庆两江新区集中签约", HEADING)],
            id="a-short-last-line-stays-a-headline",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌。\n■ 重庆实验室今年将新增三个研究中心",
            [("5月6日，重庆实验室正式揭牌。", PROSE), ("■ 重庆实验室今年将新增三个研究中心", HEADING)],
            id="a-marked-last-line-stays-a-headline",
        ),
        # labels of counters, page places and policy pages are furniture
        pytest.param(
            "浏览次数:\n7月13日，济南市投促局一行到邹城经济开发区参观考察。",
            [("浏览次数:", FURNITURE), ("7月13日，济南市投促局一行到邹城经济开发区参观考察。", PROSE)],
            id="an-empty-counter-is-not-glued-to-the-lead-037",
        ),
        pytest.param(
            "政策文号:沧政办字〔2021〕160号\n有效性:政策是否有效未知,请慎用\n"
            "沧州市人民政府办公室印发《沧州市重大项目落地工程行动方案》。",
            [
                ("政策文号:沧政办字〔2021〕160号", FURNITURE),
                ("有效性:政策是否有效未知,请慎用", FURNITURE),
                ("沧州市人民政府办公室印发《沧州市重大项目落地工程行动方案》。", PROSE),
            ],
            id="a-policy-page-s-fields-166",
        ),
        pytest.param(
            "当前位置:首页 > 新闻中心\n主办方表示：重庆实验室将于年底揭牌。\n"
            "上一条:市应急管理局督导检查安全监管工作",
            [
                ("当前位置:首页 > 新闻中心", FURNITURE),
                ("主办方表示：重庆实验室将于年底揭牌。", PROSE),
                ("上一条:市应急管理局督导检查安全监管工作", FURNITURE),
            ],
            id="a-page-place-and-a-next-link-but-not-主办方",
        ),
        pytest.param(
            "六届四次会议将“推动创\n新链与产\n业链深度融合”\n列为“1号提\n案”。",
            [("六届四次会议将“推动创新链与产业链深度融合”列为“1号提案”。", PROSE)],
            id="print-layout-still-joined",
        ),
    ],
)
def test_layout_units(text: str, units: list[tuple[str, str]]) -> None:
    assert _units(text) == units


def test_cleaned_spans_map_back_to_the_original() -> None:
    text = "<p>现将《实施方案》印发给你们。</p>\n■ 大事记\n2012\n7月11日，天府\n新区获批。"
    doc = clean(text)
    for unit in doc.units:
        start, end = doc.original_span(unit.start, unit.end)
        assert flatten(text[start:end]) == doc.text[unit.start : unit.end]


@pytest.mark.parametrize(
    ("text", "pub", "dates"),
    [
        pytest.param(
            "■ 大事记\n2012\n7月11日，天府新区管委会揭牌。\n10月8日，天府新区规划获批复。",
            "2024-12-25",
            ["2012-07-11", "2012-10-08"],
            id="year-line-dates-its-items",
        ),
        pytest.param(
            "2011\n3月5日，重庆实验室揭牌。\n2012\n3月5日，重庆研究院启用。",
            "2024-12-25",
            ["2011-03-05", "2012-03-05"],
            id="each-year-line-its-own-items",
        ),
        pytest.param(
            "2026年\n重庆市政协\n将提案公布。\n\n3月5日，重庆实验室揭牌。",
            "2025-06-30",
            ["2025-03-05"],
            id="a-year-running-into-a-sentence-heads-nothing",
        ),
    ],
)
def test_year_alone_on_a_line_is_the_year_of_the_items_below(text: str, pub: str, dates: list[str]) -> None:
    found = extract(Article(text, pub))
    assert [e.date.value if e.date else None for e in found.events] == dates


@pytest.mark.parametrize(
    ("text", "pub", "dated"),
    [
        pytest.param(
            "天府新区2012年大事记\n1月\n5日，天府新区成都管委会正式挂牌成立。\n18日，成都天府软件园二期开工建设。"
            "\n2月\n3日，四川省与国家开发银行签署合作协议。",
            "2013-06-10",
            [("2012-01-05", "occurred"), ("2012-01-18", "occurred"), ("2012-02-03", "occurred")],
            id="title-year-and-month-headings-date-bare-days",
        ),
        pytest.param(
            "南充市2018年大事记\n一月\n1. 5日，南充高新区揭牌成立。\n2. 18日，南充市科技馆正式开馆。\n二月"
            "\n（一）3日，南充市政府与华为公司签署战略合作协议。",
            "2019-01-20",
            [("2018-01-05", "occurred"), ("2018-01-18", "occurred"), ("2018-02-03", "occurred")],
            id="numbered-items-under-chinese-month-headings",
        ),
        pytest.param(
            "2012\n1月\n5日，天府新区成都管委会正式挂牌成立。\n7月\n11日，天府新区规划获国务院批复。",
            "2024-12-25",
            [("2012-01-05", "occurred"), ("2012-07-11", "occurred")],
            id="year-line-over-month-headings",
        ),
        pytest.param(
            "天府新区2012年大事记\n1月\n5日，天府新区成都管委会正式挂牌成立；次日，天府软件园开工建设。"
            "当月，天府软件园C区投入使用。",
            "2013-06-10",
            [("2012-01-05", "occurred"), ("2012-01-06", "occurred"), ("2012-01", "occurred")],
            id="anaphora-follow-the-item-they-refer-to",
        ),
        pytest.param(
            "回眸高新2016\n3月5日，重庆实验室揭牌成立。\n11月8日，重庆研究院正式启用。",
            "2017-06-01",
            [("2016-03-05", "occurred"), ("2016-11-08", "occurred")],
            id="a-review-title-with-a-year-dates-month-day-items",
        ),
        pytest.param(
            "回顾这一年\n1月\n1月4日，宜宾市举行重大项目集中开工活动。\n12月\n26日，宜宾市科技馆正式开馆。",
            "2022-12-28",
            [("2022-01-04", "occurred"), ("2022-12-26", "occurred")],
            id="month-headings-without-a-year-tell-the-past",
        ),
        pytest.param(
            "Part1:2024 年 3 月重要时政\n1.3月1日，陕西省人民政府印发《森林草原防火工作方案》。"
            "\n2.第十四届全国人民代表大会第二次会议5 日上午在北京开幕。",
            "2024-03-31",
            [("2024-03-01", "occurred"), ("2024-03-05", "occurred")],
            id="a-month-heading-with-its-year-dates-a-bare-day-inside-an-item",
        ),
        pytest.param(
            "重庆2012年新开工项目超百个\n3月5日，重庆实验室揭牌成立。",
            "2013-06-10",
            [("2013-03-05", "occurred")],
            id="a-headline-year-without-a-chronicle-word-heads-nothing",
        ),
        pytest.param(
            "天府新区2012年大事记\n【1月】\n5日，天府新区成都管委会正式挂牌成立。"
            "\n■ 2月\n3日，四川省与国家开发银行签署合作协议。",
            "2013-06-10",
            [("2012-01-05", "occurred"), ("2012-02-03", "occurred")],
            id="month-headings-in-brackets-or-after-a-section-mark",
        ),
        pytest.param(
            "【2012年】\n7月11日，天府新区规划获国务院批复。",
            "2013-08-10",
            [("2012-07-11", "occurred")],
            id="a-year-line-in-brackets",
        ),
        pytest.param(
            "2012年大事记\n1月5日，天府新区成都管委会正式挂牌成立。\n18日，成都天府软件园二期开工建设。"
            "\n2月3日，四川省与国家开发银行签署合作协议。\n25日，天府新区科学城开工建设。",
            "2013-06-10",
            [
                ("2012-01-05", "occurred"),
                ("2012-01-18", "occurred"),
                ("2012-02-03", "occurred"),
                ("2012-02-25", "occurred"),
            ],
            id="a-bare-day-item-is-in-the-month-of-the-item-above",
        ),
        pytest.param(
            "青羊年鉴2021\n大事记\n1月\n17日 国家信息光电子创新中心成都产业园项目入驻签约仪式在青羊区举行。"
            "\n同日 宽窄匠造所有机更新工程竣工。",
            "2021-06-10",
            [("2020-01-17", "occurred"), ("2020-01-17", "occurred")],
            id="a-yearbook-tells-the-year-before-its-title",
        ),
        pytest.param(
            "2012年大事记\n1月5日，天府新区成都管委会正式挂牌成立。\n次日，成都天府软件园二期开工建设。"
            "\n同月，天府新区科学城开工建设。",
            "2013-06-10",
            [("2012-01-05", "occurred"), ("2012-01-06", "occurred"), ("2012-01", "occurred")],
            id="anaphora-in-the-next-item-follow-the-item-above",
        ),
        pytest.param(
            "2010年大事记\n1月\n2日  蕲春李时珍国际健康旅游项目二期工程建设开工。"
            "\n5日至6日,第二届李时珍医药博览会在蕲春举行。",
            "2015-08-12",
            [("2010-01-02", "occurred"), ("2010-01-05/2010-01-06", "occurred")],
            id="a-range-of-bare-days-is-in-the-heading-s-month",
        ),
        pytest.param(
            "2012年大事记\n3月\n18日—19日，成都天府软件园二期开工建设。\n25日，天府新区科学城开工建设。",
            "2013-06-10",
            [("2012-03-18/2012-03-19", "occurred"), ("2012-03-25", "occurred")],
            id="a-range-of-bare-days-with-a-dash",
        ),
        pytest.param(
            "2023年大事记\n5月\n8—9日，第五届数字中国建设峰会在福州举行。",
            "2024-01-10",
            [("2023-05-08/2023-05-09", "occurred")],
            id="a-range-sharing-its-day-word-in-a-chronicle",
        ),
        pytest.param(
            "8—9日，第五届数字中国建设峰会在福州举行。",
            "2024-01-10",
            [("2024-01-08/2024-01-09", "occurred")],
            id="a-range-of-bare-days-outside-a-chronicle-stays-as-read",
        ),
        pytest.param(
            "2012年1月5日，天府新区成都管委会正式挂牌成立。\n1月18日，成都天府软件园二期开工建设。"
            "\n2月3日，四川省与国家开发银行签署合作协议。",
            "2013-06-10",
            [("2012-01-05", "occurred"), ("2012-01-18", "occurred"), ("2012-02-03", "occurred")],
            id="paragraphs-each-opening-with-a-date-share-the-first-one-s-year",
        ),
        pytest.param(
            "2012年1月5日，天府新区成都管委会正式挂牌成立，此后发展迅速。\n今年1月18日，成都天府软件园二期开工建设。",
            "2013-06-10",
            [("2012-01-05", "occurred"), ("2013-01-18", "occurred")],
            id="a-paragraph-opening-with-another-kind-of-date-ends-the-run",
        ),
        pytest.param(
            "2012年天府新区大事记\n一月份\n5日 天府新区成都管委会正式挂牌成立"
            "\n18日 成都天府软件园二期开工建设\n二月份\n3日 四川省与国家开发银行签署合作协议",
            "2013-06-10",
            [("2012-01-05", "occurred"), ("2012-01-18", "occurred"), ("2012-02-03", "occurred")],
            id="items-printed-without-a-final-mark-are-items-each",
        ),
        pytest.param(
            "2023年大事记\n●3月5日 重庆实验室揭牌成立\n●4月1日 宜宾港三期建成投用",
            "2024-01-10",
            [("2023-03-05", "occurred"), ("2023-04-01", "occurred")],
            id="marked-items-without-a-final-mark",
        ),
        pytest.param(
            "2023年大事记\n★3月5日：重庆实验室揭牌成立\n★4月1日：宜宾港三期建成投用",
            "2024-01-10",
            [("2023-03-05", "occurred"), ("2023-04-01", "occurred")],
            id="starred-items-with-a-colon-without-a-final-mark",
        ),
        pytest.param(
            "2023年大事记\n3月5日 重庆实验室揭牌成立；同日，成都中心正式启用\n4月1日 宜宾港三期建成投用",
            "2024-01-10",
            [("2023-03-05", "occurred"), ("2023-03-05", "occurred"), ("2023-04-01", "occurred")],
            id="an-item-of-two-clauses-is-not-glued-to-the-next-item",
        ),
        pytest.param(
            "2023年大事记\n1月\n5日：重庆实验室揭牌成立，成都中心同日启用\n18日：宜宾港三期建成投用",
            "2024-01-10",
            [("2023-01-05", "occurred"), ("2023-01-05", "occurred"), ("2023-01-18", "occurred")],
            id="day-items-with-a-colon-are-not-glued",
        ),
        pytest.param(
            "二〇二三年大事记\n三月五日　重庆实验室揭牌成立。\n四月一日　宜宾港三期建成投用。",
            "2024-01-10",
            [("2023-03-05", "occurred"), ("2023-04-01", "occurred")],
            id="items-dated-in-chinese-numerals-are-not-glued-to-the-title",
        ),
        pytest.param(
            "3月5日，重庆实验室与宜宾市政府签署协议，约定于\n4月1日前完成选址。",
            "2024-01-10",
            [("2023-03-05", "occurred")],
            id="a-print-line-opening-with-a-date-after-a-comma-is-still-joined",
        ),
    ],
)
def test_a_chronicle_headings_date_its_items(text: str, pub: str, dated: list[tuple[str, str]]) -> None:
    """Spec: a year standing alone on a line above a chronicle is the year of the month-day items
    below it; a chronicle's title with a year (2012年XX大事记) is the same, and a month heading
    (1月, 一月) is the month of the bare days (5日) below it. Items read so lie before publication
    and are not planned."""
    found = extract(Article(text, pub))
    assert [(e.date.value if e.date else None, e.status) for e in found.events] == dated


@pytest.mark.parametrize(
    ("text", "summaries"),
    [
        pytest.param(
            "西部(重庆)科学城全面启动建设\n面对未来“筑城”,西部(重庆)科学城近日全面启动建设。",
            ["西部(重庆)科学城近日全面启动建设"],
            id="headline-repeating-the-body-is-no-event",
        ),
        pytest.param(
            "△联东U谷产业园开园\n△歌尔创新中心等18个重大项目集中开工",
            ["△联东U谷产业园开园", "△歌尔创新中心等18个重大项目集中开工"],
            id="each-list-item-its-own-event",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌\n\n天健湖公园一角",
            ["重庆实验室正式揭牌"],
            id="paragraph-without-a-final-mark-is-not-glued-to-a-caption",
        ),
        pytest.param("5月6日，重庆实验室正式揭牌……", ["重庆实验室正式揭牌"], id="ends-in-ellipsis"),
        pytest.param(
            "2 预计今年10月末，一汽红旗新能源汽车工厂整个施工项目将全部竣工，12月末将正式开启新能源汽车量产。"
            "图为一汽红旗新能源汽车工厂车间。 (资料图片)\n一汽红旗新能源汽车工厂正式投产。",
            ["一汽红旗新能源汽车工厂正式投产"],
            id="a-caption-credited-to-the-archive-103",
        ),
        pytest.param(
            "5月6日，重庆实验室正式揭牌，将于年底投入运行。（资料图）\n重庆研究院同日成立。",
            ["重庆研究院同日成立"],
            id="a-caption-credited-to-the-archive",
        ),
        pytest.param(
            "中新網海口3月18日電 (記者 尹海明)海南省18日舉行海南自由貿易試驗區建設項目集中開工和簽約儀式。",
            ["海南省18日舉行海南自由貿易試驗區建設項目集中開工和簽約儀式"],
            id="a-dateline-and-byline-131",
        ),
        pytest.param(
            "本报记者秦铭明 天津大冢饮料宝矿力水特全新无菌生产线竣工投运。",
            ["天津大冢饮料宝矿力水特全新无菌生产线竣工投运"],
            id="a-reporter-named-before-the-lead-136",
        ),
        pytest.param(
            "本报讯（记者 王强 通讯员 李明）宜宾市与宁德时代签约。",
            ["宜宾市与宁德时代签约"],
            id="本报讯-and-its-reporters",
        ),
        pytest.param(
            "广州12月23日(记者 王华)广汽智联新能源汽车产业园首期工程--广汽新能源智能生态工厂20万产能项目，"
            "12月23日竣工。",
            ["12月23日竣工"],
            id="a-dateline-without-电-is-no-part-of-the-subject-168",
        ),
        pytest.param(
            "★重庆实验室揭牌成立 3月5日，重庆实验室在两江新区揭牌成立。",
            ["重庆实验室在两江新区揭牌成立"],
            id="a-run-in-headline-is-no-part-of-the-event",
        ),
        # the numbers of an enumeration run into a paragraph are no part of the names after them
        pytest.param(
            "今年我市抓好三件事：一是重庆实验室于3月5日揭牌成立；二是宜宾港三期于4月1日建成投用；"
            "三是重庆东站于5月6日开工。",
            ["重庆实验室于3月5日揭牌成立", "宜宾港三期于4月1日建成投用", "重庆东站于5月6日开工"],
            id="一是-二是-三是",
        ),
        pytest.param(
            "今年，（一）重庆实验室3月5日揭牌成立。（二）宜宾港三期4月1日建成投用。",
            ["重庆实验室3月5日揭牌成立", "宜宾港三期4月1日建成投用"],
            id="bracketed-numbers-inside-a-paragraph",
        ),
        pytest.param(
            "（一）重庆实验室3月5日揭牌成立。\n（二）宜宾港三期4月1日建成投用。",
            ["重庆实验室3月5日揭牌成立", "宜宾港三期4月1日建成投用"],
            id="bracketed-numbers-opening-lines",
        ),
        pytest.param(
            "1.重庆实验室3月5日揭牌成立；2.宜宾港三期4月1日建成投用；③成都东站5月6日开工。",
            ["重庆实验室3月5日揭牌成立", "宜宾港三期4月1日建成投用", "成都东站5月6日开工"],
            id="digits-and-circled-numbers-after-semicolons",
        ),
        # a teaser repeats the lead: furniture, one event
        pytest.param(
            "核心提示：3月5日，重庆实验室在两江新区揭牌成立。\n\n3月5日，重庆实验室在两江新区揭牌成立，市长出席。",
            ["重庆实验室在两江新区揭牌成立"],
            id="a-teaser-repeating-the-lead",
        ),
        pytest.param(
            "【导读】宜宾港三期昨日正式建成投用。\n本报讯（记者 王强）3月4日，宜宾港三期正式建成投用。",
            ["宜宾港三期正式建成投用"],
            id="a-bracketed-teaser-above-a-dateline",
        ),
        pytest.param(
            "编者按：成都东部新区未来医学城开工，标志着新区建设提速。\n5月6日，成都东部新区未来医学城开工。",
            ["成都东部新区未来医学城开工"],
            id="an-editor-s-note",
        ),
        # a title line with a comma (or a breadcrumb ending in the title) before the first full
        # stop repeats the body's act of the same type and subject: the body's is kept (237, 231)
        pytest.param(
            "您现在所在的位置首页 > 财经 > 湖北四季度重大项目集中开工，总投资4523亿元！\n"
            "11月5日上午，湖北省举行全省重大项目集中开工活动，新开工重大项目805个。",
            ["湖北省举行全省重大项目集中开工活动"],
            id="a-breadcrumb-title-repeats-the-body-237",
        ),
        pytest.param(
            "[摩天讯息] 2645亿元总投资额的222个深圳重大项目开工，总投资2645亿元！\n\n"
            "2月24日上午，深圳市重大项目集中开工活动举行。",
            ["深圳市重大项目集中开工活动举行"],
            id="a-forum-title-repeats-the-body-231",
        ),
        pytest.param(
            "宜宾港三期建成投用，年吞吐量翻番！\n\n4月1日，四川宜宾港三期正式建成投用。",
            ["四川宜宾港三期正式建成投用"],
            id="a-title-naming-the-body-s-subject-short",
        ),
        pytest.param(
            "宜宾港三期建成投用，年吞吐量翻番！\n\n4月1日，华为宜宾项目正式签约。",
            ["宜宾港三期建成投用", "华为宜宾项目正式签约"],
            id="a-title-whose-act-the-body-does-not-retell-stays",
        ),
        pytest.param(
            "重庆实验室揭牌，科学城再添平台！\n\n3月5日，成都研究院揭牌。",
            ["重庆实验室揭牌", "成都研究院揭牌"],
            id="a-title-of-another-subject-stays",
        ),
        pytest.param(
            "3月5日，重庆实验室揭牌成立！\n\n3月6日，宜宾研究院揭牌成立！\n\n3月8日，重庆实验室揭牌成立",
            ["重庆实验室揭牌成立", "宜宾研究院揭牌成立", "重庆实验室揭牌成立"],
            id="a-text-without-a-full-stop-has-no-title-zone-to-drop",
        ),
        pytest.param(
            "摘要显示，3月5日重庆实验室揭牌。",
            ["3月5日重庆实验室揭牌"],
            id="摘要-in-prose-is-no-teaser",
        ),
        pytest.param(
            "重庆市人民政府关于印发重庆实验室建设方案的通知各区县人民政府，市政府各部门：\n"
            "现将《重庆实验室建设方案》印发给你们，请认真贯彻执行。",
            ["现将《重庆实验室建设方案》印发给你们"],
            id="a-notice-s-title-is-no-event-of-its-own",
        ),
        # a sentence with its credit after it is prose, not furniture
        pytest.param(
            "3月5日，重庆实验室在两江新区揭牌成立。（责任编辑：张三）\n4月1日，宜宾港三期建成投用。",
            ["重庆实验室在两江新区揭牌成立", "宜宾港三期建成投用"],
            id="a-lead-with-its-editor-in-brackets",
        ),
        pytest.param(
            "5月6日，成都东部新区未来医学城开工。【相关链接】",
            ["成都东部新区未来医学城开工"],
            id="a-lead-with-a-link-mark-after-it",
        ),
        pytest.param(
            "责任编辑：张三 相关新闻：重庆东站开工",
            [],
            id="a-credit-line-stays-furniture",
        ),
        pytest.param(
            "2024年3月5日电池项目在宜宾投产。",
            ["2024年3月5日电池项目在宜宾投产"],
            id="a-date-before-电池-is-no-dateline",
        ),
        # a lead or caption printed above the report's dateline repeats the report
        pytest.param(
            "今天上午，兰州市举行重大项目集中开工活动。\n"
            "新甘肃客户端兰州2月11日讯（记者 薛砚）今天上午，兰州市重大项目集中开工活动在城关区举行。",
            ["兰州市重大项目集中开工活动在城关区举行"],
            id="a-lead-above-the-dateline-051",
        ),
        pytest.param(
            "重庆实验室揭牌成立。\n新华社重庆5月6日电（记者 王强）5月6日，重庆实验室在两江新区揭牌成立。",
            ["重庆实验室在两江新区揭牌成立"],
            id="a-teaser-above-the-dateline",
        ),
        pytest.param(
            "宜宾港三期正式建成投用。\n中新网宜宾5月6日电 (记者 王强)5月6日，宜宾港三期建成投用。",
            ["宜宾港三期建成投用"],
            id="a-caption-above-the-dateline",
        ),
        pytest.param(
            "宜宾港三期建成投用。\n新华社重庆5月6日电（记者 王强）5月6日，重庆实验室揭牌成立。",
            ["宜宾港三期建成投用", "重庆实验室揭牌成立"],
            id="another-act-above-the-dateline-stays",
        ),
    ],
)
def test_furniture_never_glued_into_events(text: str, summaries: list[str]) -> None:
    found = extract(Article(text, "2025-06-30"))
    assert [e.summary for e in found.events] == summaries


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        pytest.param(
            "全力“拼经济，抓产业，上项目”，高新区谋篇布局。",
            ["全力“拼经济，抓产业，上项目”", "高新区谋篇布局"],
            id="a-slogan-keeps-its-commas",
        ),
        pytest.param(
            "他说：“我们将加快建设，推动发展。”",
            ["他说", "“我们将加快建设", "推动发展。”"],
            id="a-quoted-sentence-is-cut-as-usual",
        ),
        pytest.param(
            "这是“一个很长很长的引号，里面的逗号离右引号太远了已经超过了三十个字符的距离，所以照常切分”。",
            ["这是“一个很长很长的引号", "里面的逗号离右引号太远了已经超过了三十个字符的距离，所以照常切分”"],
            id="a-long-quotation-is-cut-as-usual",
        ),
        pytest.param(
            "正在建设中的T4航站楼。(“我们计划8月完成作业,确保明年投用。”",
            ["正在建设中的T4航站楼", "(“我们计划8月完成作业", "确保明年投用。”"],
            id="a-bracket-never-closed-opens-nothing-083",
        ),
        # a comma parting a number's thousands cuts no clause
        pytest.param(
            "3月5日,总投资1,200亿元的重庆东站正式开工。",
            ["3月5日", "总投资1,200亿元的重庆东站正式开工"],
            id="thousands-in-an-amount",
        ),
        pytest.param(
            "宜宾港三期总投资1,253.94亿元,年吞吐量12,000,000标箱,今年建成投用。",
            ["宜宾港三期总投资1,253.94亿元", "年吞吐量12,000,000标箱", "今年建成投用"],
            id="thousands-with-decimals-and-twice",
        ),
        pytest.param(
            "2023年,3,5号线开通。",
            ["2023年", "3", "5号线开通"],
            id="a-comma-between-two-numbers-of-lines-still-cuts",
        ),
    ],
)
def test_a_comma_inside_short_quotes_does_not_cut_a_clause(text: str, clauses: list[str]) -> None:
    sentences = list(split(text))
    assert [text[a:b] for s in sentences for a, b in s.clauses] == clauses


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("桐城市重點(diǎn)實驗室(shì)揭牌成立。", "桐城市重點實驗室揭牌成立。"),
        ("重点(zhòng diǎn)项目", "重点(zhòng diǎn)项目"),  # a blank: no single reading
        ("重庆(SPV)公司成立。", "重庆(SPV)公司成立。"),  # capitals: an abbreviation, kept
        ("使用app(de)平台", "使用app(de)平台"),  # no tone mark: kept
        ("2月5日，全市大會（huì）召開。", "2月5日，全市大會召開。"),
    ],
)
def test_pinyin_readings_after_characters_are_dropped(text: str, cleaned: str) -> None:
    """A bracketed pinyin reading with a tone mark right after a Han character is a repost's
    annotation, dropped from the cleaned text and from what is compared (flatten); offsets still
    map back to the original characters."""
    doc = clean(text)
    assert doc.text == cleaned
    assert flatten(text) == cleaned
    start = doc.text.find("實驗室")
    if start >= 0:
        orig_start, orig_end = doc.original_span(start, start + 3)
        assert text[orig_start:orig_end] == "實驗室(shì)"[: orig_end - orig_start]
        assert text[orig_start] == "實"


# Characters whose NFKC form differs (full-width digits and marks, ㋀ = 1月, the Kangxi radical
# ⽉ = 月, ＃, combining marks), heading words, other ideographs and section marks.
_HEADING_ALPHABET = (
    "0123４５年月份一二十大事记回眸重要时政 \u3000:：.．㋀⽉＃#■e\u0301\u0323ｶﾞ新区项目开工，。"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HEADING_ALPHABET, min_size=1, max_size=80))
def test_month_heading_test_skips_normalising_only_lines_that_cannot_be_one(line: str) -> None:
    normalised = unicodedata.normalize("NFKC", line)
    assert _is_month_heading(line) == (_MONTH_HEADING.fullmatch(normalised) is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_HEADING_ALPHABET, min_size=1, max_size=12),
    st.booleans(),
    st.text(alphabet=_HEADING_ALPHABET, max_size=40),
)
def test_heading_words_read_like_the_whole_paragraph_normalised(head: str, long: bool, tail: str) -> None:
    words = head + ("新区项目开工" * 11 if long else "") + tail  # a paragraph of prose, or a short line
    read, whole = _heading_words(words), unicodedata.normalize("NFKC", words)
    assert read[0] == whole[0]
    assert (_MONTH_HEADING.fullmatch(read) is None) == (_MONTH_HEADING.fullmatch(whole) is None)
    assert (_YEAR_LINE.fullmatch(read) is None) == (_YEAR_LINE.fullmatch(whole) is None)
    assert _title_year(read) == _title_year(whole)


_READING_PIECES = st.sampled_from(
    ["重點", "(diǎn)", "實驗室", "(shì)", "揭牌", "\n", "1月", "\n8日，", "。", "（huì）", " ", "(SPV)"]
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_READING_PIECES, max_size=30))
def test_offsets_map_back_through_dropped_readings(pieces: list[str]) -> None:
    """Whatever readings were dropped, every cleaned character maps back to the same character
    of the original text, in order."""
    text = "".join(pieces)
    doc = clean(text)
    previous = -1
    for index, char in enumerate(doc.text):
        if char == "\n":
            continue
        origin = doc.to_original(index)
        assert text[origin] == char
        assert origin > previous
        previous = origin


def test_chronicle_title_with_readings_dates_its_items() -> None:
    """A chronicle copied with readings after its characters (大事記(jì), 時(shí)間) is read as
    the same chronicle: the title's year dates the items."""
    text = "2012年桐城大事記(jì)\n時(shí)間:2022-01-14\n1月\n8日，桐城市重點(diǎn)實驗室(shì)揭牌成立。"
    (event,) = extract(Article(text, "2022-01-14")).events
    assert event.date is not None and event.date.value == "2012-01-08"
    assert text[event.start_char : event.end_char].startswith("桐城市重點(diǎn)實驗室")


def test_a_date_line_dates_the_item_below_it() -> None:
    """A chronicle's line holding only a date (1927年5月, 2021年9月) above an item with no date of
    its own opens that item; above day items (5日，…) it stays their month heading."""
    text = (
        "垣曲县大事记\n1927年5月\n垣曲县第一个中共党支部在县城成立。\n"
        "2021年9月\n垣曲县职业中学新校区建成投用。\n"
    )
    assert [e.date.value if e.date else None for e in extract(Article(text, "2022-05-19")).events] == [
        "1927-05",
        "2021-09",
    ]
    text = "2024年3月\n5日，重庆实验室揭牌。\n8日，重庆研究院成立。\n"
    assert [e.date.value if e.date else None for e in extract(Article(text, "2024-05-19")).events] == [
        "2024-03-05",
        "2024-03-08",
    ]


@pytest.mark.parametrize(
    ("text", "pub", "dated"),
    [
        pytest.param(
            "垣曲县大事记\n\n1927年11月\n\n中共垣曲县委成立,台联捷任书记。\n\n1945年9月1日\n\n"
            "垣曲县庆祝抗战胜利万人大会召开。\n\n2019年1月\n\n"
            "垣曲亳清河水利风景区被授予“国家水利风景区”称号;垣曲县舜乡城郊森林公园建成并投入使用。",
            "2022-05-19",
            [("成立", "1927-11"), ("召开", "1945-09-01"), ("授予", "2019-01"), ("投入使用", "2019-01")],
            id="date-lines-apart-from-their-items-108",
        ),
        pytest.param(
            "\n1998年3月\n\n重庆实验室揭牌成立。\n\n2003年10月8日\n\n重庆研究院正式启用。\n",
            "2024-01-10",
            [("揭牌成立", "1998-03"), ("启用", "2003-10-08")],
            id="date-lines-apart-invented",
        ),
        pytest.param(
            "2010年\n\n南岸区科技馆开馆。\n\n2012\n\n南岸区创新中心挂牌成立。",
            "2024-01-10",
            [("开馆", "2010"), ("挂牌成立", "2012")],
            id="a-year-alone-dates-the-item-below",
        ),
        pytest.param(
            "2019.10.18\n\n宜宾市科技馆开馆。\n\n2020-03-05\n\n宜宾市创新中心挂牌成立。",
            "2024-01-10",
            [("开馆", "2019-10-18"), ("挂牌成立", "2020-03-05")],
            id="numeric-date-lines",
        ),
        pytest.param(
            "2019年10月上旬\n\n重庆实验室揭牌。\n\n2020年底\n\n重庆研究院建成投用。",
            "2024-05-19",
            [("揭牌", "2019-10-X1"), ("建成投用", "2020")],  # days 1-10; Nov-Dec 2020 (spec)
            id="date-lines-with-a-part-of-a-month-or-year",
        ),
        pytest.param(
            "2019年10月18日（星期五）\n\n重庆实验室揭牌成立。\n\n2019年12月27日(周五)\n\n重庆研究院正式启用。",
            "2022-05-19",
            [("揭牌成立", "2019-10-18"), ("启用", "2019-12-27")],
            id="date-lines-with-their-weekday",
        ),
        pytest.param(
            "二〇一九年十月\n\n重庆实验室揭牌成立。\n\n二〇二〇年一月五日\n\n重庆研究院正式启用。",
            "2022-05-19",
            [("揭牌成立", "2019-10"), ("启用", "2020-01-05")],
            id="date-lines-in-chinese-numerals",
        ),
        pytest.param(
            "1927年11月：\n中共垣曲县委成立。\n1934年1月：\n垣曲县科技馆正式开馆。",
            "2022-05-19",
            [("成立", "1927-11"), ("开馆", "1934-01")],
            id="date-lines-ending-in-a-colon",
        ),
        pytest.param(
            "2012年\n\n3月\n\n重庆实验室揭牌。\n\n5月\n\n重庆研究院正式启用。",
            "2022-05-19",
            [("揭牌", "2012-03"), ("启用", "2012-05")],
            id="month-lines-under-a-year-line-date-dateless-items",
        ),
        pytest.param(
            "天府新区2012年大事记\n\n三月\n\n重庆实验室揭牌。\n\n五月份\n\n重庆研究院正式启用。",
            "2022-05-19",
            [("揭牌", "2012-03"), ("启用", "2012-05")],
            id="month-lines-in-chinese-under-a-title-year",
        ),
        pytest.param(
            "回顾这一年\n\n3月\n\n3月25日，重庆实验室揭牌。\n\n重庆研究院正式启用。\n\n5月\n\n5月8日，重庆中心投入使用。",
            "2022-12-28",
            [("揭牌", "2022-03-25"), ("启用", None), ("投入使用", "2022-05-08")],
            id="month-headings-over-dated-items-date-no-other-paragraph-056",
        ),
        pytest.param(
            "2019年10月18日\n□垣曲经济技术开发区成立。\n□垣曲县人民医院揭牌。\n2019年12月27日\n●垣曲县科技馆开馆。",
            "2022-05-19",
            [("成立", "2019-10-18"), ("揭牌", "2019-10-18"), ("开馆", "2019-12-27")],
            id="marked-same-day-items-under-a-date-line",
        ),
        pytest.param(
            "2020年8月1日\n\n凌晨0时12分,中电投垣曲风力发电项目顺利并网发电。此前，垣曲县风电场竣工。"
            "\n\n2020年11月\n\n垣曲县舜乡公园一期工程建设基本完工。",
            "2022-05-19",
            [("并网发电", "2020-08-01"), ("竣工", "2020-08-01"), ("完工", "2020-11")],
            id="every-sentence-of-the-item-takes-the-line-s-date",
        ),
        pytest.param(
            "2012年大事记\n\n3月5日\n\n重庆实验室揭牌。\n\n11月8日\n\n重庆研究院正式启用。",
            "2013-06-10",
            [("揭牌", "2012-03-05"), ("启用", "2012-11-08")],
            id="month-day-lines-in-a-titled-chronicle",
        ),
        pytest.param(
            "1934年1月\n\n重庆实验室成立；次年1月，重庆研究院揭牌。\n\n1936年5月\n\n重庆中心投入使用。",
            "2022-05-19",
            [("成立", "1934-01"), ("揭牌", "1935-01"), ("投入使用", "1936-05")],
            id="an-item-s-own-anaphora-count-from-its-line",
        ),
        # a title between the date line and the story (历史上的今天 pages, 211)
        pytest.param(
            "1985年6月6日\n\n九江至小池汽车轮渡通航\n\n九江至湖北黄梅小池的长江汽车轮渡正式通航。从此，沟通了长江两岸公路。"
            "\n\n1999年6月6日\n\n九江昌河汽车有限公司揭牌\n\n九江昌河汽车有限公司举行了揭牌仪式。",
            "2024-06-06",
            [("通航", "1985-06-06"), ("揭牌", "1999-06-06")],
            id="a-title-between-the-date-line-and-its-story-211",
        ),
        pytest.param(
            "2003年9月1日\n\n重庆实验室成立\n\n重庆实验室在两江新区挂牌成立。\n\n2010年9月1日\n\n重庆研究院启用"
            "\n\n重庆研究院新址正式启用。",
            "2024-09-01",
            [("挂牌成立", "2003-09-01"), ("启用", "2010-09-01")],
            id="titled-items-under-day-lines",
        ),
        pytest.param(
            "2003年9月1日\n\n重庆实验室成立\n\n重庆实验室挂牌成立。",
            "2024-09-01",
            [("挂牌成立", None)],
            id="one-titled-item-is-no-chronicle",
        ),
        # an item marked as one more of the day (△) under a dated item takes the day in its
        # first sentence (246); a year review's △ list stays undated (032)
        pytest.param(
            "2016年\n\n1月\n\n4日  国务院办公厅公布陕西省承办第十四届全国运动会。\n"
            "△户县黄酒被国家质量监督检验检疫总局批准为“国家地理标志保护产品”。\n"
            "5日  西安电子科技大学成功研发新型成像技术。\n\n2月\n\n8日  重庆实验室揭牌成立。\n"
            "△重庆研究院正式启用。重庆中心入选国家名单。",
            "2017-06-01",
            [
                ("被国家质量监督检验检疫总局批准为", "2016-01-04"),
                ("成功研发", "2016-01-05"),
                ("揭牌成立", "2016-02-08"),
                ("启用", "2016-02-08"),
                ("入选", None),
            ],
            id="a-marked-item-takes-the-day-above-in-its-first-sentence-246",
        ),
        pytest.param(
            "2023年大事记\n\n3月5日，重庆实验室揭牌成立。\n△重庆研究院正式启用。\n\n4月8日，成都研究院揭牌。",
            "2024-01-01",
            [("揭牌成立", "2023-03-05"), ("启用", "2023-03-05"), ("揭牌", "2023-04-08")],
            id="a-marked-item-under-a-month-day-item",
        ),
        pytest.param(
            "年度回顾\n\n△联东U谷·潍坊元宇宙配套产业园开园\n△新食代预制食品科创谷开园",
            "2024-01-01",
            [("开园", None), ("开园", None)],
            id="a-year-review-s-marked-list-stays-undated-032",
        ),
        pytest.param(
            "2024年3月5日\n\n重庆实验室揭牌成立。\n\n重庆研究院正式启用。",
            "2024-03-06",
            [("揭牌成立", None), ("启用", None)],
            id="one-date-above-an-article-is-no-chronicle",
        ),
        pytest.param(
            "2024年3月\n\n5日，重庆实验室揭牌。\n\n重庆研究院正式启用。\n\n2024年4月\n\n8日，重庆中心成立。",
            "2024-05-19",
            [("揭牌", "2024-03-05"), ("启用", None), ("成立", "2024-04-08")],
            id="above-dated-items-a-date-line-is-a-month-heading",
        ),
        pytest.param(
            "■ 大事记\n\n●3月5日，重庆实验室揭牌成立。\n●4月8日，重庆研究院正式启用。\n\n■ 展望",
            "2024-05-19",
            [("揭牌成立", "2024-03-05"), ("启用", "2024-04-08")],
            id="marked-items-are-prose-marked-headers-are-not",
        ),
    ],
)
def test_a_chronicle_date_line_dates_its_items(
    text: str, pub: str, dated: list[tuple[str, str | None]]
) -> None:
    """Chronicles print a date on a line of its own above each item, often with a blank line
    between (垣曲县大事记): the line's date dates every clause of the item that tells no date of
    its own (spec: chronicles, and "a sentence-initial date governs all its clauses"). One date
    above an article is no chronicle; above items that open with a day it is a month heading."""
    found = extract(Article(text, pub))
    assert [(e.trigger, e.date.value if e.date else None) for e in found.events] == dated


@pytest.mark.parametrize(
    ("text", "pub", "told"),
    [
        pytest.param(
            "□ 自治區人民政府與中國核工業集團公司簽署深化戰略合作協議。自治區主席巴特爾出席簽約儀式。",
            "2015-10-25",
            [("自治区人民政府", "自治區人民政府與中國核工業集團公司簽署深化戰略合作協議")],
            id="a-marked-item-of-a-roundup-109",
        ),
        pytest.param(
            "● 3月5日，重庆实验室揭牌成立。\n◆重庆研究院与华为公司签署合作协议。",
            "2024-06-30",
            [("重庆实验室", "重庆实验室揭牌成立"), ("重庆研究院", "重庆研究院与华为公司签署合作协议")],
            id="marked-items-with-and-without-a-blank",
        ),
    ],
)
def test_a_list_item_s_mark_is_no_part_of_its_text(text: str, pub: str, told: list[tuple[str, str]]) -> None:
    """A section mark opening a list item (□ …, ● …) is layout: neither the subject's name nor
    the summary holds it."""
    found = extract(Article(text, pub))
    assert [(e.subject.name if e.subject else None, e.summary) for e in found.events] == told


@pytest.mark.parametrize(
    "text",
    [
        "2025年1月15日，重庆\x07实验室揭牌成立。",
        "2025年1月15日，重庆\x1b]0;x\x07实验室揭牌成立。",
        "2025年1月15日，重庆实验室\x9b揭牌成立。",
        "2025年3月1日，《重庆市\x1b管理办法》正式实施。",
    ],
    ids=["bell", "osc-title", "c1-csi", "in-a-title"],
)
def test_control_characters_never_reach_names_or_summaries(text: str) -> None:
    """A bell or an escape in article text ended up inside entity names and summaries
    ('重庆\\x07实验室'), which the store keeps and the query functions refuse to look up (a name
    holding a control character): such an entity could not be named. They are dropped like
    pinyin readings, keeping offsets into the original text."""
    extraction = extract(Article(text, "2025-01-20"))
    assert extraction.events, "the event is still found"
    names = [e.name for e in extraction.entities] + [e.summary for e in extraction.events]
    names += [link.name for event in extraction.events for link in event.entities]
    assert not [n for n in names if any(unicodedata.category(c) == "Cc" for c in n)], names
    for mention in extraction.mentions:
        shown = text[mention.start_char : mention.end_char]
        assert "".join(c for c in shown if unicodedata.category(c) != "Cc") == mention.surface


@pytest.mark.parametrize("text", ["\x08", "\x1b\x07", "\x07 \n\x1b", "\x07\n\n重庆实验室揭牌。"])
def test_a_text_of_control_characters_alone_is_cleaned(text: str) -> None:
    """Nothing left once control characters are dropped: no crash (the piecewise map of an empty
    text has no pieces), and offsets still point into the original."""
    doc = clean(text)
    assert "\x07" not in doc.text and "\x1b" not in doc.text and "\x08" not in doc.text
    extract(Article(text + "2025年1月5日。", "2025-01-06"))


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # 335 (大连): a post laid out one phrase a line, each a paragraph, under its day
        (
            "6月13日\n\n金普新区举办\n\n洋琪食品预制菜加工基地项目\n\n开工活动\n\n项目位于三十里堡街道，总投资1亿元。",
            [
                ("6月13日金普新区举办洋琪食品预制菜加工基地项目开工活动", "prose"),
                ("项目位于三十里堡街道，总投资1亿元。", "prose"),
            ],
        ),
        # 058 (包头): the same, the day with its year, a run of four lines
        (
            "2025年12月25日\n\n自治区工业和信息化厅公示了\n\n先进制造业\n\n集群拟认定名单\n\n2025.12.25.png\n\n我市产业基础雄厚。",
            [
                ("2025年12月25日自治区工业和信息化厅公示了先进制造业集群拟认定名单", "prose"),
                ("2025.12.25.png", "heading"),
                ("我市产业基础雄厚。", "prose"),
            ],
        ),
        # one line under the day: a headline under its date, as before
        (
            "6月13日\n\n金普新区项目开工\n\n项目位于三十里堡街道。",
            [("6月13日", "heading"), ("金普新区项目开工", "heading"), ("项目位于三十里堡街道。", "prose")],
        ),
        # a month alone is a chronicle's heading, not a day: its lines stay apart
        ("2024年3月\n\n大事记\n\n重要时政\n\n3月5日，重庆实验室揭牌成立。", [
            ("2024年3月", "heading"), ("大事记", "heading"), ("重要时政", "heading"),
            ("3月5日，重庆实验室揭牌成立。", "prose"),
        ]),
        # the run stops at a line with a mark, a list item or another day
        ("6月13日\n\n金普新区举办\n\n开工活动\n\n●项目一\n\n6月18日\n\n旅顺口区举办\n\n车间项目开工活动", [
            ("6月13日金普新区举办开工活动", "prose"), ("●项目一", "heading"),
            ("6月18日旅顺口区举办车间项目开工活动", "prose"),
        ]),
    ],
)
def test_a_day_over_phrases_printed_one_a_line_is_their_sentence(
    text: str, units: list[tuple[str, str]]
) -> None:
    assert _units(text) == units


@pytest.mark.parametrize(
    ("text", "subject", "day"),
    [
        # 335-10, 335-13: the start of works at a ceremony, dated by the day above
        (
            "6月13日\n\n金普新区举办\n\n洋琪食品预制菜加工基地项目\n\n开工活动\n\n项目位于三十里堡街道。",
            "洋琪食品预制菜加工基地项目",
            "2023-06-13",
        ),
        (
            "6月18日\n\n旅顺口区举办\n\n环友屏蔽电泵机械加工\n\n车间建设项目开工活动\n\n项目位于水师营街道。",
            "环友屏蔽电泵机械加工车间建设项目",
            "2023-06-18",
        ),
    ],
)
def test_the_act_of_a_phrase_per_line_post_is_read(text: str, subject: str, day: str) -> None:
    events = extract(Article(text, "2023-06-30")).events
    assert [(e.type, e.subject.name if e.subject else None) for e in events] == [("construction", subject)]
    assert events[0].date is not None and str(events[0].date.start) == day


_PHOTO_STORY_356 = (
    "11月9日,宁夏李子园食品有限公司日处理1000吨生乳深加工项目建设现场。该项目位于银川经济技术开发区。"
    "项目占地80亩、总投资3.2亿元。目前,项目动力车间等主体已完工,预计明年年初投产。记者 马楠 摄"
)
_PHOTO_STORY_378 = (
    "10月22日,在广西钦崇高速公路四方山隧道,工人在紧张作业。四方山隧道长约3400米。"
    "钦崇高速公路的主体工程已基本完工。新华社发(刘继亮 摄)"
)
_ONE_SENTENCE_CAPTION = "10月22日,在广西钦崇高速公路上思县路段,工人在铺设沥青路面。新华社发(梁富盈 摄)"
_OTHER_SENTENCE_CAPTION = "10月22日,在广西钦崇高速公路上思县路段,压路机在压实路面。新华社发(梁富盈 摄)"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # 356 (a daily's photo news): the page is one caption of four sentences, credited
        (_PHOTO_STORY_356, [(_PHOTO_STORY_356.replace(" ", ""), "prose")]),
        # 378 (新华社): captions one a line, the first tells the story; one sentence stays a caption
        (
            _PHOTO_STORY_378 + "\n" + _ONE_SENTENCE_CAPTION,
            [(_PHOTO_STORY_378.replace(" ", ""), "prose"), (_ONE_SENTENCE_CAPTION, "caption")],
        ),
        # a page of one-sentence captions has no story to tell
        (
            _ONE_SENTENCE_CAPTION + "\n" + _OTHER_SENTENCE_CAPTION,
            [(_ONE_SENTENCE_CAPTION, "caption"), (_OTHER_SENTENCE_CAPTION, "caption")],
        ),
        # beside prose, a caption of several sentences repeats the story (116, 168): a caption
        (
            "3月20日，第十二师项目集中开工。\n\n"
            "3月20日,第十二师项目集中开工仪式举行。图为仪式现场。 戚亚平 摄",
            [
                ("3月20日，第十二师项目集中开工。", "prose"),
                ("3月20日,第十二师项目集中开工仪式举行。图为仪式现场。 戚亚平 摄", "caption"),
            ],
        ),
    ],
)
def test_a_page_of_captions_tells_its_story_in_them(text: str, units: list[tuple[str, str]]) -> None:
    assert _units(text) == units


def test_the_acts_of_a_photo_story_are_read() -> None:
    """356-05, 356-06: the story's acts, the project carried from the caption's first sentence."""
    events = extract(Article(_PHOTO_STORY_356, "2025-11-10")).events
    assert [(e.type, e.status) for e in events] == [("construction", "occurred"), ("production", "planned")]
    project = "宁夏李子园食品有限公司日处理1000吨生乳深加工项目"
    assert {e.subject.name if e.subject else None for e in events} == {project}
