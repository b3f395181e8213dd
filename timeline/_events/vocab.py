"""Chinese vocabulary of event and entity extraction, as data.

Every word list the engine applies lives here, so a reader can add a phrasing (a trigger, a
name suffix, a district, a title) without reading the code that uses it.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Clean-up: page furniture that is not running text.
# ---------------------------------------------------------------------------------------------

#: A paragraph ending in one of these (after closing quotes) is complete; otherwise it may be
#: a paragraph cut mid-sentence that continues after the next blank line.
SENTENCE_END = "。！？!?…；;"
CLOSERS = "”’」』）)》】\"'"

#: Photo captions and picture credits (the whole unit is dropped from event extraction).
CAPTION_STARTS = ("图为", "图：", "图片：", "（图", "(图")
CAPTION_ENDS = (
    "供图",
    "摄",
    "摄）",
    "摄)",
    "(中经视觉)",
    "（中经视觉）",
    "重庆日报",
    "图片来源",
    # a picture credited as from the archive, after its caption (…图为一汽红旗工厂车间。 (资料图片))
    "(资料图片)",
    "（资料图片）",
    "(资料图)",
    "（资料图）",
)
CAPTION_MARKS = ("摄(", "摄（", "据新重庆", "新华社记者", "供图", "视觉中国", "资料图")

#: Bylines and editorial credits.
BYLINE_MARKS = ("记者", "通讯员", "撰文", "编辑", "美编", "责编", "校对", "实习生")
#: The reporters' bracket after a dateline's day ((记者 王华), （通讯员 李明）).
DATELINE_REPORTERS = r"[ \t\u3000]*[（(][ \t\u3000]*(?:" + "|".join(BYLINE_MARKS) + r")"
_DATELINE_DAY = (
    r"[^，。；：！？\s]{1,16}?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日"
)
#: A dateline or byline opening a paragraph, before its first sentence with no mark between
#: (中新网海口3月18日电 (记者 尹海明)海南省18日举行…; 本报讯（记者 王强）…; 本报记者秦铭明 天津…):
#: furniture, set apart as a byline so that it is neither the subject nor the date of what follows.
#: A blank, a bracket or a slash ends it (not 2024年3月5日电池项目投产); so does the lead's own
#: date after 讯 (浙江在线1月15日讯1月2日，…). A place and day with no 电/讯 is a dateline only
#: when the reporters' bracket follows (广州12月23日(记者 王华)…).
LEADING_DATELINE = (
    r"[ \t\u3000]*(?:(?:" + _DATELINE_DAY + r"[电讯]|本报讯)(?=[\s（(/])"
    r"|" + _DATELINE_DAY + r"讯(?=[0-9０-９]{1,2}[月日])"
    r"|" + _DATELINE_DAY + r"(?=" + DATELINE_REPORTERS + r"))"
    r"[ \t\u3000]*(?:[（(][^）)\n]{0,40}[）)])?[ \t\u3000]*"
    r"|[ \t\u3000]*本报记者[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]+"
)
BYLINE_MAX_LEN = 40

#: A unit with none of these is a headline, a section title or a fragment, not a sentence.
PROSE_MARKS = "，,。；;！？"
HEADING_MAX_LEN = 60
#: A line opening with a section mark and ending with one of these is a headline (●这些大型赛事，
#: 将在合肥开赛!), not a chronicle's item.
EXCLAMATIONS = ("!", "！")
#: A unit without one of these (and short) is a headline even when it holds a ！ or ？.
CLAUSE_MARKS = "，,。；;"

#: Page furniture, one line each: never glued to the prose around it, never an event.
#: Lines opening with a field label (来源：…, 发布时间：…), with a section mark (■ 大事记), and
#: the site's buttons and link lists.
FURNITURE_LABELS = (
    "时间",
    "来源",
    "发布时间",
    "发布日期",
    "生效日期",
    "成文日期",
    "发文机关",
    "文号",
    "时效性",
    "作者",
    "编辑",
    "责任编辑",
    "责编",
    "本文来源",
    "文章来源",
    "原标题",
    "稿源",
    "转载自",
    "转自",
    "出处",
    "点击",
    "浏览",
    "字号",
    "关键词",
    "标签",
    # counters, page places and a policy page's fields (浏览次数:, 当前位置:, 政策文号:, 有效性:)
    "浏览次数",
    "点击数",
    "点击量",
    "阅读量",
    "阅读",
    "信息来源",
    "新闻来源",
    "发布部门",
    "发布机构",
    "政策文号",
    "发文字号",
    "索引号",
    "主题分类",
    "有效性",
    "更新时间",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "您所在的位置",
    "本页位置",
    # a site's footer and notices (主办:, 网站标识码:, 投稿:, 转载声明:)
    "主办",
    "承办",
    "主办单位",
    "承办单位",
    "网站标识码",
    "网址",
    "邮箱",
    "投稿",
    "监督",
    "联系电话",
    "招商电话",
    "转载声明",
    "特别声明",
    "摄影报道",
    "上一条",
    "下一条",
    "上一篇",
    "下一篇",
    # a post's credits (审核丨李四, 排版｜王五, 一审：赵六)
    "审核",
    "排版",
    "美编",
    "监制",
    "出品",
    "策划",
    "统筹",
    "校对",
    "初审",
    "复审",
    "终审",
    "一审",
    "二审",
    "三审",
    "摄影",
    "撰文",
    "文字",
    "图片",
    "视频",
)
#: What parts a label from its value: a colon, or the bar of a post's credits (来源丨重庆日报).
FURNITURE_LABEL_MARKS = ":：丨｜|"
#: A teaser's label (核心提示：…, 【导读】…): the teaser repeats the lead, it is furniture.
TEASER_LABELS = ("核心提示", "导读", "编者按", "内容提要", "提要", "摘要")
SECTION_MARKS = "■□◆◇●○▲▼★☆◎※"
FURNITURE_WORDS = (
    "我来说两句",
    "查看原文",
    "阅读原文",
    "扫一扫",
    "分享到",
    "打印本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "返回主页",
    "返回顶部",
    "上一篇",
    "下一篇",
    "上一版",
    "下一版",
    "上一期",
    "下一期",
    "相关新闻",
    "相关阅读",
    "相关链接",
    "延伸阅读",
    "推荐阅读",
    "相关文章",
    "相关报道",
    "猜你喜欢",
    "热点推荐",
    "热门推荐",
    "为你推荐",
    "精彩推荐",
    "往期回顾",
    "热门文章",
    "最新文章",
    "点击排行",
    "本版导航",
    "版面导航",
    "更多>>",
    "更多>",
    "责任编辑",
    "【纠错】",
    "版权所有",
    # a repost's share line quoting the headline (记得把"…"分享给大家!)
    "分享给大家",
    "分享给朋友",
    "小编提示",
)
#: A document number on a line of its own (津政办函〔2017〕103号, 国办发〔2017〕7号): furniture.
DOCUMENT_NUMBER = r"[\u4e00-\u9fff]{1,10}[〔\[［【(（][0-9０-９]{4}[〕\]］】)）]\s*[0-9０-９]{1,5}\s*号"
#: An official document's title run into its salutation on one line (…关于印发…方案的通知各县(市、区)
#: 人民政府，…，有关单位：《…》…): the line is cut after the title's last word, before 各, when the
#: line opens with the title (X关于Y的通知, at most HEADING_MAX_LEN long).
TITLE_ENDS = ("通知", "决定", "意见", "批复", "通告", "公告", "函")
TITLE_ABOUT = "关于"
SALUTATION_START = "各"
#: An official notice's salutation line (各区人民政府,各委、局,各直属单位:): it opens a paragraph
#: and is never glued to the title above it.
SALUTATION_MARKS = ("：", ":")
SALUTATION_MAX_LEN = 40
#: Separators of a link list or a navigation bar (返回主页 | 郑州晚报 | 标题导航).
LINK_LIST_SEPARATORS = ("|", "｜")
#: Items of a list printed one per line, each a milestone of its own (△联东U谷…开园).
LIST_ITEM_MARKS = "△"
#: Chronicles (大事记): a heading holding one of these words and one year (天府新区2012年大事记,
#: 回眸高新2016, 2024陕西省时政汇总) gives that year to the month-day items below it, as a
#: year alone on a line does.
CHRONICLE_WORDS = (
    "大事记", "大事纪", "纪事", "记事", "回眸", "回顾", "盘点", "时政", "要闻", "年鉴", "大事件",
)
#: A yearbook is named by the year it is published in and records the year before (青羊年鉴2021
#: tells 2020): its title's year heads its chronicle less one.
YEARBOOK_WORDS = ("年鉴",)
#: A chronicle's month heading, a line of its own: 1月, 一月, 1月份, 2024年3月, with an optional
#: part number before (Part1:) and one of CHRONICLE_WORDS or these words after (3月重要时政).
MONTH_HEADING_TAILS = ("重要时政", "工作动态", "动态", "大事")
#: The number of a chronicle's item before its date, besides 1. and 1、 (（一）3日，…).
ITEM_NUMBER_BRACKETS = ("（", "(", "）", ")")
#: What may follow the date of a chronicle's date line (2019年10月上旬, 2020年底, 1958年春).
DATE_LINE_TAILS = (
    "上旬", "中旬", "下旬", "上半年", "下半年", "初", "底", "末", "春", "夏", "秋", "冬",
)
#: Chinese digits as years are written with them (二〇一九年): 〇 and 零 are 0, 一 to 九 are 1-9.
CHINESE_DIGITS = "〇一二三四五六七八九零"
#: Words opening a weekday printed after a date line's date (2019年10月18日（星期五）).
WEEKDAY_WORDS = ("星期", "周", "礼拜")
#: A chronicle needs this many date lines, each above an item with no date of its own, before
#: its date lines date their items: one date above an article's text is no chronicle.
MIN_DATE_LINES = 2
#: Month names written in Chinese numerals, for month headings (一月 … 十二月).
MONTH_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
#: A line opening with one of these is the caption of the photo above it (▲8月21日上午,…竣工投产):
#: it repeats or illustrates the body and is never an event.
PHOTO_MARKS = "▲"
#: A line shorter than this is never taken for a headline: in print layouts, lines broken
#: mid-sentence are short fragments.
HEADLINE_MIN_LEN = 6
#: The number of an item of an enumeration run into a paragraph after a clause or sentence mark
#: (…三件事：一是重庆实验室揭牌；二是…, …。（二）宜宾港三期…, …；2.重庆东站…, ②): layout,
#: dropped like a blank, so that it is no part of the name after it. A digit with a point counts
#: only after a sentence, colon or semicolon mark (not ，1.5亿元 nor ，3、5号线). A prose line
#: opening with one of `ENUMERATOR_NUMBERS` drops it too (（二）宜宾港三期…建成投用。).
ENUMERATOR_NUMBERS = (
    r"(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十]{1,3}[）)]|[①-⑳])[ \t\u3000]*"
)
ENUMERATOR = (
    r"[；;：:。！？，,][ \t\u3000]*(?P<number>" + ENUMERATOR_NUMBERS + ")"
    r"|[；;：:。！？][ \t\u3000]*(?P<digit>[0-9]{1,2}[.．、](?![0-9])[ \t\u3000]*)"
)
#: Characters between which a blank is dropped (PDF-extracted text: 山东 省港口集团在 烟台 举行).
INNER_BLANK_BETWEEN = "一-鿿"
#: Tone-marked vowels of pinyin: some reposting sites print a reading in brackets after a
#: character (重點(diǎn)扶貧村); a bracketed run of latin letters holding one of these, right
#: after a Han character, is such a reading and is dropped like a blank inside a name.
PINYIN_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: A headline printed on the line of its body, a blank between (★重庆实验室揭牌成立 3月5日，…;
#: 1 首条海底光缆开通 5月8日，…; 一、总体要求 坚持…): the number or mark that opens it, and
#: its length without them. Without a number or mark, the body after the blank must open with a
#: date or a dateline (重庆实验室揭牌成立 3月5日，…), as PDF prose has blanks inside sentences.
RUN_IN_HEADLINE_NUMBERS = (
    r"[0-9]{1,2}[ \t\u3000]+|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
)
RUN_IN_HEADLINE_LEN = (4, 30)
#: A photo caption opening the line of the lead (图为揭牌仪式现场。3月5日，…; 图为…。记者 张三 摄
#: 3月5日，…): its sentence, and the credit after it, end where the lead opens with a date, a
#: dateline or a paragraph's opener.
CAPTION_LEAD_STARTS = ("图为", "图：", "图:")
CAPTION_LEAD = (
    "(?:" + "|".join(CAPTION_LEAD_STARTS) + r")[^。\n]{1,60}。(?:[^。，\n]{0,16}摄[)）]?)?[ \t\u3000]*"
)
#: At least this many lines in a row each opening with a month and day, without marks, are
#: items (3月5日重庆实验室揭牌成立 / 4月1日宜宾港三期建成投用), not headlines.
MIN_DATED_RUN = 2
#: The last line of a stored excerpt cut off mid-sentence (…获得全球知名认证机构SGS颁发的PAS2060碳)
#: is prose when it follows a paragraph of prose and is longer than a headline is, or opens a
#: quotation it never closes and is at least CUT_QUOTE_MIN_LEN long: a headline stands above
#: something, never last.
CUT_TAIL_MIN_LEN = 30
CUT_QUOTE_MIN_LEN = 15
#: A last line holding one of these, or a blank, is page furniture (上一条:…, 网址:http…,
#: 转载请注明出处 保持信息完整), not a sentence cut off.
CUT_TAIL_FURNITURE = ":：|•·@"
#: A sub-headline of two phrases (两年成阵列，建设梯次推进领域不断深入) stands above its paragraph
#: on a line of its own: at most this long, ending in no mark, and the paragraph's first line at
#: least SUBHEADLINE_RATIO times as long (a line broken by a print layout is as long as the next).
SUBHEADLINE_MAX_LEN = 24
SUBHEADLINE_RATIO = 2
#: Each of a sub-headline's phrases is at least this long (not 今年以来，我市 broken off a sentence).
SUBHEADLINE_PHRASE_MIN_LEN = 4
#: A line that opens a paragraph: at least this long, or opening with a date or one of
#: PARAGRAPH_OPENERS.
PARAGRAPH_MIN_LEN = 20
PARAGRAPH_OPENERS = (
    "近日",
    "日前",
    "本报讯",
    "记者",
    "据悉",
    "据了解",
    "新华社",
    "新华网",
    "中新网",
    "（记者",
    "(记者",
)
#: Captions that are a noun phrase naming what the picture shows (…开工点现场。, 天健湖公园一角).
CAPTION_TAILS = ("现场", "一角", "全景", "鸟瞰图", "效果图", "俯瞰", "远眺", "外景", "剪影")
CAPTION_MAX_LEN = 30

# ---------------------------------------------------------------------------------------------
# Sentences and clauses.
# ---------------------------------------------------------------------------------------------

SENTENCE_BREAKS = "。！？!?；;"
CLAUSE_BREAKS = "，,：:"
#: A comma between a digit and three more digits parts a number's thousands (1,200亿元).
THOUSANDS_SEPARATOR = ","
#: Opening and closing quotation marks: a clause break inside a quotation that closes within
#: QUOTE_REACH characters does not cut the clause (slogans, names).
QUOTES = "“”"
QUOTE_REACH = 30
#: Brackets inside which a sentence or clause is never split (document titles, asides).
OPEN_BRACKETS = "《（(〈【"
CLOSE_BRACKETS = "》）)〉】"

# ---------------------------------------------------------------------------------------------
# Entities.
# ---------------------------------------------------------------------------------------------

#: Name suffix -> entity type. Longest suffix wins; order does not matter.
ORG_SUFFIXES: dict[str, str] = {
    # labs
    "实验室": "lab",
    "重点实验室": "lab",
    "联合实验室": "lab",
    # institutes and research bodies
    "研究院": "institute",
    "研究所": "institute",
    "科学院": "institute",
    "设计院": "institute",
    "研究中心": "institute",
    "技术中心": "institute",
    "工程院": "institute",
    # universities
    "大学": "university",
    "学院": "university",
    "科大": "university",
    "交大": "university",
    # companies
    "有限公司": "company",
    "股份有限公司": "company",
    "有限责任公司": "company",
    "集团": "company",
    "公司": "company",
    "分公司": "company",
    # government (the short ones need a place word in front, see GOVERNMENT_NEEDS_PLACE)
    "委员会": "government",
    "人民政府": "government",
    "政府": "government",
    "政府网": "organisation",
    "管委会": "government",
    "办公室": "government",
    "指挥部": "government",
    "局": "government",
    "委": "government",
    "厅": "government",
    "市委会": "government",
    "分行": "government",
    # platforms, parks and bases
    "平台": "platform",
    "中试平台": "platform",
    "基地": "platform",
    "园区": "platform",
    "产业园": "platform",
    "科技园": "platform",
    "科学城": "platform",
    "科创城": "platform",
    "小镇": "platform",
    "创新区": "platform",
    "生物城": "platform",
    "综合体": "platform",
    "孵化器": "platform",
    "中心": "platform",
    "开发区": "platform",
    "高新区": "platform",
    "经开区": "platform",
    "示范园": "platform",
    "工业园": "platform",
    "合作园": "platform",
    "创新园": "platform",
    "创业园": "platform",
    "物流园": "platform",
    "孵化园": "platform",
    "文创园": "platform",
    "电商园": "platform",
    # alliances
    "联盟": "alliance",
    "联合体": "alliance",
    "协会": "alliance",
    "学会": "alliance",
    # facilities
    "加氢站": "facility",
    "换电站": "facility",
    "充电站": "facility",
    "电站": "facility",
    "水电站": "facility",
    "电厂": "facility",
    "服务区": "facility",
    "产线": "facility",
    "生产线": "facility",
    "中试线": "facility",
    "装置": "facility",
    "设施": "facility",
    "望远镜": "facility",
    "数据库": "facility",
    "科研楼": "facility",
    "银行": "company",
    "综合保税区": "platform",
    "软件园": "platform",
    "学院楼": "facility",
    "教学楼": "facility",
    "实验楼": "facility",
    "综合楼": "facility",
    "工厂": "facility",
    # works and buildings of construction news
    "立交桥": "facility",
    "大桥": "facility",
    "隧道": "facility",
    "大厦": "facility",
    "大楼": "facility",
    "业务楼": "facility",
    "高速公路": "facility",
    "机场": "facility",
    "码头": "facility",
    "水库": "facility",
    "医院": "facility",
    # projects
    "项目": "project",
    "工程": "project",
    # meetings
    "大会": "meeting",
    "会议": "meeting",
    "全会": "meeting",
    "推进会": "meeting",
    "发布会": "meeting",
    "研讨会": "meeting",
    "论坛": "meeting",
    "博览会": "meeting",
    "联组讨论": "meeting",
    "博会": "meeting",
    "洽会": "meeting",
    "交会": "meeting",
    "贸会": "meeting",
    "峰会": "meeting",
    "年会": "meeting",
    "展览会": "meeting",
    "对接会": "meeting",
    "招商会": "meeting",
    "推介会": "meeting",
    "洽谈会": "meeting",
    "签约会": "meeting",
    "座谈会": "meeting",
    "交流会": "meeting",
    "观摩会": "meeting",
    "动员会": "meeting",
    "恳谈会": "meeting",
}

#: Suffixes that are ordinary words on their own: the name needs a place word or a known
#: organisation prefix before them (市科技局, 潼南区科技局, 国家发展改革委).
GOVERNMENT_NEEDS_PLACE = (
    "局",
    "委",
    "厅",
    "分行",
    "政府",
    "人民政府",
    "中心",
    "平台",
    "基地",
    "项目",
    "工程",
    "设施",
    "大会",
    "会议",
    "公司",
    "学院",
)

#: Suffixes of short event names that need only one character before them (智博会, 西洽会).
SHORT_NAME_SUFFIXES = ("博会", "洽会", "交会", "贸会")

#: Suffixes that end a name only before a non-name character or one of these (中国工程物理
#:研究院 holds 工程 but is not a project).
_AFTER_WORKS = (
    "的等和与在于已正将是及举开签落顺全建投启完通获入由总加力预计拟位破提并竣"
    "施复主目现即有争稳整累进今明"
)
SUFFIX_FOLLOWERS: dict[str, str] = {"工程": _AFTER_WORKS, "项目": _AFTER_WORKS}

#: Characters that make a one-character suffix part of a common word (布局, 党委).
SUFFIX_NOT_AFTER: dict[str, str] = {"局": "布格结开全当大变", "委": "党工编常", "厅": "餐客大展"}

#: Text right after a suffix that shows it is not the end of a name (大学生, 中心城区).
SUFFIX_CONTINUATIONS: dict[str, tuple[str, ...]] = {
    "大学": ("生",),
    "科大": ("学",),
    "交大": ("学",),
    "工程": ("学院", "研究院", "院", "师", "技术", "大学"),
    "学院": ("派", "楼"),
    "银行": ("业", "卡", "间", "账"),
    "中心": ("城区", "任务", "工作"),
    "平台": ("体系", "经济", "建设"),
    "基地": ("建设",),
    "项目": ("建设", "管理", "库"),
    "局": ("面", "部", "限", "长", "势"),
    "委": ("员",),
    "工业园": ("区",),
    "示范园": ("区",),
}

#: Words that alone do not make a name before a suffix (重点实验室, 国家级平台, 科创平台,
#: 国家重点实验室: a category, not a name).
GENERIC_PREFIX_WORDS = (
    "国家级",
    "国家",
    "省部级",
    "省级",
    "市级",
    "区级",
    "以上",
    "全国",
    "重点",
    "科研",
    "科创",
    "创新",
    "研发",
    "科技",
    "产业",
    "新型",
    "高能级",
    "高水平",
    "相关",
    "核心",
    "研究",
    "技术",
    "重大",
    "共建",
    "联合",
    "企业",
    "生产",
    "服务",
    "示范",
    "应用",
    "一批",
    "一体化",
    "初创",
    "行业",
    "地方",
    "中试",
    "概念验证",
    # kinds of works a campaign lists (重点推介项目, 招商引资项目, 入园项目, 续建项目)
    "整个",
    "全部",
    "施工",
    "推介",
    "招商引资",
    "招商",
    "入园",
    "在建",
    "续建",
    "民生",
    "特色",
    "基础设施",
)

#: Entity types that are never the body another name belongs to (a project, a facility).
PART_TYPES = ("project", "facility", "meeting", "place", "person", "policy")

#: Words that cannot start a name when they stand right before the suffix (科研院所, 市级部门).
GENERIC_HEADS = (
    "新型研发机构",
    "该",
    "本",
    "此次",
    "这次",
    "此届",
    "各",
    "多",
    "各类",
    "相关",
    "其他",
    "这些",
    "这个",
    "这家",
    "这所",
)

#: Words that end a name's left edge: verbs, prepositions and function words that never stand
#: inside an organisation's name. The name starts right after the rightmost one.
#: 经 opening the authority that approved (华明高新区经市政府批准成立): no name runs across it,
#: and the phrase before it ends there.
APPROVER_OPENERS = (
    *("经国务院", "经党中央", "经中央", "经国家", "经自治区"),
    *("经省", "经市", "经区", "经县", "经州"),
)
LEFT_STOPS = (
    *APPROVER_OPENERS,
    # a witness before the parties witnessed (共同见证A与B签署…), an order given (出席并下达开工令)
    "见证",
    "下达",
    "暨",
    "共有",
    "计划",
    "预计",
    "代表",
    "分别",
    "在",
    "由",
    "是",
    "将",
    "对",
    "向",
    "从",
    "把",
    "被",
    "了",
    "到",
    "于",
    "为",
    "的",
    "让",
    "使",
    "给",
    "以",
    "即",
    "已",
    "并",
    "又",
    "也",
    "还",
    "就",
    "再",
    "后",
    "至",
    "等",
    "位于",
    "依托",
    "来到",
    "走进",
    "深入",
    "率领",
    "率队",
    "考察",
    "调研",
    "联合",
    "牵头",
    "推动",
    "推进",
    "支持",
    "打造",
    "建设",
    "建成",
    "修建",
    "组建",
    "设立",
    "成立",
    "入驻",
    "启动",
    "发布",
    "印发",
    "出台",
    "批复",
    "认定",
    "举办",
    "举行",
    "召开",
    "引进",
    "培育",
    "构建",
    "搭建",
    "新增",
    "新建",
    "落地",
    "创建",
    "选派",
    "参与",
    "包括",
    "加快",
    "聚焦",
    "围绕",
    "借助",
    "通过",
    "属于",
    "隶属于",
    "作为",
    "获批",
    "列入",
    "纳入",
    "开展",
    "形成",
    "吸引",
    "集聚",
    "旗下",
    "其",
    "首个",
    "首家",
    "首座",
    "首条",
    "首批",
    "首款",
    "首届",
    "所谓",
    "全市",
    "全区",
    "当地",
    "我市",
    "目前",
    "当前",
    "建立",
    "深化",
    "争取",
    "借鉴",
    "走向",
    "解决",
    "紧跟",
    "跟着",
    "提升",
    "强化",
    "完善",
    "优化",
    "推出",
    "引导",
    "鼓励",
    "布局",
    "实施",
    "探索",
    "聚集",
    "组织",
    "协调",
    "统筹",
    "参加",
    "出席",
    "访问",
    "前往",
    "宣布",
    "进入",
    "成为",
    "涉及",
    "覆盖",
    "赋能",
    "支撑",
    "带动",
    "促进",
    "助力",
    "扶持",
    "拥有",
    "具有",
    "设有",
    "只有",
    "没有",
    "处理好",
    "携手",
    "联手",
    "会同",
    "依靠",
    "面向",
    "鼓励",
    "听取",
    "上级单位",
    "单位",
    "集中",
    "听完",
    "从事",
    "以上",
    "像",
    "此次",
    "本次",
    "这次",
    "所长",
    "校长",
    "院长",
    "局长",
    "主任",
    "书记",
    "教授",
    "院士",
    "部长",
    "主席",
    "经理",
)

#: Verbs that stand right before 项目/工程 inside a project's name (…安置点建设项目,
#: …生产线改造工程): there they do not end the name's left edge.
VERBS_INSIDE_PROJECT_NAMES = ("建设", "改造", "提升", "改扩建")
#: How many characters may stand before a person's title opening a subject phrase (市委书记).
TITLE_HEAD_REACH = 3
#: A verb right before 区 inside a name makes a zone's name (产业集聚区, 先行示范区): no stop.
ZONE_CHAR = "区"
#: Words of what an office does, standing between such a verb and the suffix of a body's name
#: (张江科学城建设管理办公室, …建设发展中心): there the verb is part of the name too.
OFFICE_WORDS = ("管理", "服务", "发展", "协调", "推进", "指挥")
#: Suffixes of bodies set up for a work, right after the verb of it (苏州铁路工程建设指挥部):
#: the verb is part of the name.
WORK_OFFICE_SUFFIXES = ("指挥部", "办公室")
PROJECT_SUFFIXES = ("项目", "工程")

#: Words holding a one-character left stop, which inside them is no verb nor preposition
#: (地质灾害治理搬迁避让安置点建设项目, 股权转让服务中心).
WORDS_HOLDING_STOPS = (
    *("避让", "转让", "出让", "礼让", "大使", "使馆", "给水", "供给", "对外", "对口", "为民"),
    *("云上", "线上", "网上", "海上"),
)

#: Triggers that also stand inside names (川渝共建重点实验室): not left stops.
TRIGGERS_INSIDE_NAMES = ("共建",)

#: Conjunctions that may stand inside a name (重庆信息与智慧医学研究院) or between two names
#: (重庆邮电大学和电子科技大学): the name is cut there when another name ends before the
#: conjunction or a place starts after it, and kept whole otherwise.
LEFT_WEAK_STOPS = ("与", "和", "及")
#: 和 between two names of works (facilities, parks, projects) splits them (拉萨之窗和君泰大厦);
#: between the words of a body's name it does not (人力资源和社会保障局: a government name).
AND_CHAR = "和"
WORKS_TYPES = ("facility", "platform", "project")
WORDS_HOLDING_AND = (
    "和平",
    "和谐",
    "协和",
    "共和",
    "太和",
    "人和",
    "中和",
    "保和",
    "平和",
    "祥和",
    "永和",
    "和美",
)
#: A closing bracket right before a place inside a name: the place belongs to the name
#: (源盛城双新产业园(三期)中国—东盟家居建材品牌中心项目), no cut there.
CLOSING_BRACKETS_IN_NAMES = "）)"
#: ... when the brackets hold a phase (三期): a byline's (王志鹏) before a place is no part of a name.
PHASE_IN_BRACKETS = r"[（(][^（()）]{1,4}期[）)]$"

#: Measure words after a number end a name's left edge (3座加氢站, 一个微电子产业技术研究院).
NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十两百千万几多数余"
MEASURE_WORDS = "个家座条款批项所位名台处支类场"
#: A place whose name opens with a numeral (三门峡市, 六盘水市, 四川省, 十堰市): after a trigger
#: it is the thing acted on, not a number (成立三年, 突破100万).
NUMERAL_PLACE = (
    "[一二三四五六七八九十][^" + MEASURE_WORDS + NUMERALS + "年周月天日，。；、0-9]{1,4}?"
    "(?:省|市|县|区|州|镇|乡|山|江|湖|峡|岛|港)"
)

#: Dates and years end a name's left edge (1月22日重庆氢产业生态联盟); 2023年度 does not.
DATE_STOP = r"[0-9０-９]+(?:年(?!度)|月份|月|日|号)"

#: Left stops for meeting names, which may hold verbs (成立大会, 建设推进会).
MEETING_LEFT_STOPS = ("在", "于", "的", "了", "召开", "举行", "举办", "出席", "参加", "上", "是", "为")

#: List markers that open a name and are not part of it (一是、（一）、1.).
LIST_PREFIX = r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[△▲■□●◆◇★☆•]+)"
#: Numerals of a count of two or more (3座, 十二个): "一条生产线" names one thing, not a tally.
COUNT_NUMERALS = "0123456789０１２３４５６７８９二三四五六七八九十两几多数百千万余"
#: Words that open most national bodies' names.
NATIONAL_HEADS = ("中国", "国家")
#: The demonstrative of a pronoun-like mention (该公司); bare ones (公司) need PRONOUN_BEFORE.
DEMONSTRATIVE = "该"

#: "四大重庆实验室", "两大磁极": a number with 大 ends a name's left edge too.
NUMBERED_GROUP = "大"

#: A year or an edition opening an event's name (2025重庆科技成果转化大会, 第十届…): the place
#: word that makes the name specific comes after it.
YEAR_CHAR = "年"
NAME_ORDINAL = r"^(?:[0-9]{4}年?|第[0-9一二三四五六七八九十百]+届)"

#: Suffixes of sites a company may own, whose names may open with a brand before the place
#: (广汽埃安长沙工厂, 比亚迪长沙基地): the brand is kept when it is BRAND_LENGTHS characters long
#: and holds none of NOT_IN_BRAND (particles and prepositions: 标志着陕西省… is no brand).
#: Words joining a body to the one it belongs to inside one name (首都医科大学附属北京妇产医院):
#: a place after them does not start a new name.
AFFILIATION_JOINERS = ("附属",)
BRANDED_SUFFIXES = ("工厂", "基地", "产业园", "园区", "生产线", "产线", "科技园", "软件园")
BRAND_LENGTHS = (2, 4)
NOT_IN_BRAND = "着了过的地得之在于与和及将把被是为向从对"

#: Longest name considered, in characters, left of the suffix.
MAX_NAME_PREFIX = 30

#: Longest organisation name, in characters, when a name grows over the one before it
#: (重庆大学 + 附属医院): a run of suffixes without a break (实验室研究院大学…) is no name.
MAX_NAME_LENGTH = 80

#: Words that often open an organisation's name: with the places and known bodies, a name
#: whose suffix is an everyday word (局, 中心, 平台…) must open with one, and a stop word
#: inside one of them (成都, 西部) does not cut the name.
NAME_HEADS = (
    "中共",
    "中国",
    "国家",
    "全国",
    "中央",
    "西部",
    "西南",
    "东部",
    "华东",
    "华南",
    "华北",
    "华中",
    "东北",
    "西北",
    "川渝",
    "成渝",
    "渝川",
    "长江",
    "两江",
    "明月湖",
    "市",
    "省",
    "法国",
    "美国",
    "德国",
    "英国",
    "日本",
    "吉林",
)

#: Chinese provinces (and province-level cities/regions), full name -> short forms.
PROVINCES: dict[str, tuple[str, ...]] = {
    "北京市": ("北京",),
    "天津市": ("天津",),
    "上海市": ("上海",),
    "重庆市": ("重庆",),
    "河北省": ("河北",),
    "山西省": ("山西",),
    "辽宁省": ("辽宁",),
    "吉林省": (),
    "黑龙江省": ("黑龙江",),
    "江苏省": ("江苏",),
    "浙江省": ("浙江",),
    "安徽省": ("安徽",),
    "福建省": ("福建",),
    "江西省": ("江西",),
    "山东省": ("山东",),
    "河南省": ("河南",),
    "湖北省": ("湖北",),
    "湖南省": ("湖南",),
    "广东省": ("广东",),
    "海南省": ("海南",),
    "四川省": ("四川",),
    "贵州省": ("贵州",),
    "云南省": ("云南",),
    "陕西省": ("陕西",),
    "甘肃省": ("甘肃",),
    "青海省": ("青海",),
    "台湾省": ("台湾",),
    "内蒙古自治区": ("内蒙古",),
    "广西壮族自治区": ("广西",),
    "西藏自治区": ("西藏",),
    "宁夏回族自治区": ("宁夏",),
    "新疆维吾尔自治区": ("新疆",),
    "香港特别行政区": ("香港",),
    "澳门特别行政区": ("澳门",),
}

#: Major cities outside Chongqing, full name -> short forms.
CITIES: dict[str, tuple[str, ...]] = {
    "成都市": ("成都",),
    "绵阳市": ("绵阳",),
    "德阳市": ("德阳",),
    "遂宁市": ("遂宁",),
    "宜宾市": ("宜宾",),
    "泸州市": ("泸州",),
    "南充市": ("南充",),
    "乐山市": ("乐山",),
    "自贡市": ("自贡",),
    "内江市": ("内江",),
    "眉山市": ("眉山",),
    "资阳市": ("资阳",),
    "达州市": ("达州",),
    "广安市": ("广安",),
    "雅安市": ("雅安",),
    "攀枝花市": ("攀枝花",),
    "广元市": ("广元",),
    "巴中市": ("巴中",),
    "西安市": ("西安",),
    "武汉市": ("武汉",),
    "贵阳市": ("贵阳",),
    "昆明市": ("昆明",),
    "长沙市": ("长沙",),
    "南京市": ("南京",),
    "杭州市": ("杭州",),
    "广州市": ("广州",),
    "深圳市": ("深圳",),
    "合肥市": ("合肥",),
    "郑州市": ("郑州",),
    "苏州市": ("苏州",),
}

#: The prefecture-level cities of every province, by province (a city of unseen news is a place,
#: not part of a name): each is known as "X市" and, unless listed in CITY_SHORT_NOT_NAMES, as X.
PREFECTURE_CITIES = {
    "河北": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
    "山西": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布",
    "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
    "吉林": "长春 吉林 四平 辽源 通化 白山 松原 白城",
    "黑龙江": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化",
    "江苏": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁",
    "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
    "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店",
    "湖北": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州",
    "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底",
    "广东": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 "
    "揭阳 云浮",
    "广西": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南": "海口 三亚 三沙 儋州",
    "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳",
    "贵州": "贵阳 六盘水 遵义 安顺 毕节 铜仁",
    "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧",
    "西藏": "拉萨 日喀则 昌都 林芝 山南 那曲",
    "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
    "甘肃": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南",
    "青海": "西宁 海东",
    "宁夏": "银川 石嘴山 吴忠 固原 中卫",
    "新疆": "乌鲁木齐 克拉玛依 吐鲁番 哈密",
}
#: City names that are everyday words or other places too (大同, 朝阳, 日照, 安康, 中山…):
#: known only with 市.
CITY_SHORT_NOT_NAMES = (
    "大同",
    "朝阳",
    "吉林",
    "白山",
    "黑河",
    "长治",
    "开封",
    "日照",
    "安康",
    "黄山",
    "白银",
    "中山",
    "北海",
    "来宾",
    "海口",
    "山南",
    "中卫",
    "四平",
    "武威",
    "河池",
)
for _cities in PREFECTURE_CITIES.values():
    for _city in _cities.split():
        CITIES.setdefault(_city + "市", () if _city in CITY_SHORT_NOT_NAMES else (_city,))

#: Districts and counties of Chongqing and Chengdu, and national new areas, full name -> short
#: forms (short forms that are everyday words, such as 长寿 or 南岸, are left out).
DISTRICTS: dict[str, tuple[str, ...]] = {
    "万州区": ("万州",),
    "涪陵区": ("涪陵",),
    "渝中区": ("渝中",),
    "大渡口区": ("大渡口",),
    "江北区": (),
    "沙坪坝区": ("沙坪坝",),
    "九龙坡区": ("九龙坡",),
    "南岸区": (),
    "北碚区": ("北碚",),
    "綦江区": ("綦江",),
    "大足区": ("大足",),
    "渝北区": ("渝北",),
    "巴南区": ("巴南",),
    "黔江区": ("黔江",),
    "长寿区": (),
    "江津区": ("江津",),
    "合川区": ("合川",),
    "永川区": ("永川",),
    "南川区": ("南川",),
    "璧山区": ("璧山",),
    "铜梁区": ("铜梁",),
    "潼南区": ("潼南",),
    "荣昌区": ("荣昌",),
    "开州区": ("开州",),
    "梁平区": ("梁平",),
    "武隆区": ("武隆",),
    "城口县": ("城口",),
    "丰都县": ("丰都",),
    "垫江县": ("垫江",),
    "忠县": (),
    "云阳县": ("云阳",),
    "奉节县": ("奉节",),
    "巫山县": ("巫山",),
    "巫溪县": ("巫溪",),
    "石柱土家族自治县": ("石柱县",),
    "秀山土家族苗族自治县": ("秀山县",),
    "酉阳土家族苗族自治县": ("酉阳县",),
    "彭水苗族土家族自治县": ("彭水县",),
    "两江新区": (),
    "天府新区": (),
    "重庆高新区": (),
    "万盛经开区": (),
    "锦江区": (),
    "青羊区": (),
    "金牛区": (),
    "武侯区": (),
    "成华区": (),
    "龙泉驿区": ("龙泉驿",),
    "新都区": (),
    "温江区": ("温江",),
    "双流区": ("双流",),
    "郫都区": ("郫都",),
    "新津区": ("新津",),
}

#: A county or district named after its province or city (福建东山县, 银川市兴庆区) ends with
#: one of these; a name ending so before 与/和/及 is a party of its own (兴庆区与苏银产业园).
COUNTY_SUFFIXES = ("县", "区", "市", "旗")
#: Two characters before those suffixes that name no county (主城区, 中心城区, 各区县…).
#: Suffixes that name a county wherever two characters stand before them (都兰县, 四子王旗 is
#: longer and needs the tables), not only after a province or city of the tables.
COUNTY_ONLY_SUFFIXES = ("县", "旗")
#: Characters after which such a county may start (a preposition, a conjunction, a prefecture).
BEFORE_COUNTY = "在于到赴和与及州盟省市"
#: Characters after 县 that make it part of another word (县城, 县委, 县级 are still the county's,
#: but 县域 words are kept; 县长 is a title).
NOT_AFTER_COUNTY = "长"
NOT_COUNTY_NAMES = (
    "主城",
    "城区",
    "市区",
    "中心",
    "全市",
    "全区",
    "全县",
    "所辖",
    "下辖",
    "各区",
    "郊区",
    "辖区",
    "新城",
    "城市",
    "老城",
    "片区",
    "园区",
    "景区",
    "社区",
    "街区",
    "开发",
    "高新",
    "经开",
    "保税",
    "示范",
    "试验",
    "自贸",
    "产业",
    "功能",
    "核心",
    "重点",
    "城乡",
    "各县",
    "各市",
    "贫困",
    "山区",
    "产粮",
    "百强",
    "全国",
    "其他",
    "所在",
    "周边",
    "邻近",
    "试点",
    "先进",
    "强县",
    "大县",
    "农业",
    "工业",
    "旅游",
    "生态",
)

#: One-character names of places, recognised only right after a verb of place (来渝, 在蓉).
PLACE_ABBREVIATIONS: dict[str, str] = {"渝": "重庆市", "蓉": "成都市", "川": "四川省"}
PLACE_ABBREVIATION_AFTER = ("在", "来", "赴", "抵", "到", "驻", "留", "落户")

#: Zones written after a city or district name make one place (成都高新区, 璧山高新区).
ZONE_SUFFIXES = ("高新区", "经开区", "新区", "开发区", "自贸试验区", "保税区")

#: Titles and roles after which a person's name follows (市科技局局长明炬, 院士钱锋).
PERSON_TITLES = (
    "党委书记",
    "党委副书记",
    "党工委副书记",
    "党工委书记",
    "党组书记",
    "党组成员",
    "党委委员",
    "书记",
    "副书记",
    "局长",
    "副局长",
    "院长",
    "副院长",
    "院长助理",
    "校长",
    "副校长",
    "所长",
    "副所长",
    "主任",
    "副主任",
    "总经理",
    "副总经理",
    "总经理助理",
    "经理",
    "董事长",
    "副董事长",
    "总裁",
    "负责人",
    "主要负责人之一",
    "负责人之一",
    "教授",
    "研究员",
    "院士",
    "主席",
    "副主席",
    "专职副主席",
    "常委",
    "部长",
    "副部长",
    "科长",
    "委员",
    "市长",
    "副市长",
    "区长",
    "副区长",
    "省长",
    "副省长",
    "科研骨干",
    "工程师",
    "测试工程师",
    "科研人员",
    "驾驶员",
)

#: What may follow a person's name: speech and action verbs, or punctuation.
AFTER_NAME = (
    "说",
    "表示",
    "建议",
    "认为",
    "介绍",
    "告诉",
    "透露",
    "称",
    "指出",
    "强调",
    "提到",
    "率队",
    "率领",
    "领衔",
    "带来",
    "指着",
    "驾驶",
    "在",
    "与",
    "等",
    "对",
    "向",
    "接受",
    "听取",
    "到",
    "赴",
    "来到",
    "前往",
    "出席",
    "会见",
    "主持",
    "调研",
    "考察",
    "视察",
    "莅临",
    # what a visitor does on a visit (张国智察看了…, 陈鸣波深入…调研, 胡衡华慰问…)
    "接见",
    "座谈",
    "会谈",
    "察看",
    "查看",
    "深入",
    "慰问",
    "看望",
    "检查",
    "参观",
    "到访",
    "走访",
    "带队",
    "实地",
    "一行",
    # adverbs between a visitor and the visit (王勇先后来到…, 李强专程前往…, 陈敏再次调研…)
    "先后",
    "分别",
    "再次",
    "专程",
    "亲自",
    "一同",
    "随后",
    "，",
    "。",
    "、",
    "：",
    "”",
)

#: How far before a title its organisation may end, in characters.
AFFILIATION_REACH = 24

#: Titles written after the name (习近平总书记).
TITLES_AFTER_NAME = ("总书记", "委员")

#: Family names: a person's name must start with one, which keeps verbs out of names.
SURNAMES = (
    "习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    "姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝禹"
    "卿谌蹇母敬幸练庹粟况税晋勾占代但揭铁漆伏"
)
#: Two-character family names.
DOUBLE_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容")

#: Pronoun-like mentions: the word -> entity types it may refer to (nearest earlier entity of a
#: fitting type in the same paragraph).
#: Legal forms ending a company's name; without them (and without its place and trade words) the
#: name's core is an implicit short form (重庆海辰储能科技有限公司 → 海辰储能).
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司")
#: Trade words before the legal form that short forms leave out (…储能科技有限公司 → …储能).
TRADE_WORDS = ("科技", "技术", "实业", "发展", "控股", "集团", "投资")
#: An implicit short form has at least this many characters; a longer core is also known by
#: its first SHORT_FORM_LENGTH characters (长庐动力电池 → 长庐动力).
MIN_SHORT_FORM = 3
SHORT_FORM_LENGTH = 4
#: Heads of a part named after its owner's short form, after an optional phase (一期, 二期):
#: 长庐动力一期项目, 禾康生物二期生产线.
PART_HEADS = ("项目", "生产线", "产线", "工厂", "基地", "厂区", "园区", "研发中心")
#: Pronoun-like words that can open a part's name (公司二期生产线): the part belongs to the
#: nearest earlier body of the type the word refers to (see PRONOUNS).
PART_OWNER_WORDS = (
    "该公司",
    "该企业",
    "公司",
    "该研究院",
    "研究院",
    "该院",
    "该中心",
    "该实验室",
    "该校",
    "该园区",
)

PRONOUNS: dict[str, tuple[str, ...]] = {
    "该公司": ("company",),
    "该企业": ("company",),
    "公司": ("company",),
    "该研究院": ("institute",),
    "研究院": ("institute",),
    "该院": ("institute", "university"),
    "该中心": ("organisation", "institute", "platform"),
    "该实验室": ("lab",),
    "实验室": ("lab",),
    "该平台": ("platform",),
    "该园区": ("platform",),
    "该联盟": ("alliance",),
    "该校": ("university",),
    "该项目": ("project",),
    "项目": ("project", "facility"),
    "该工程": ("project",),
    "工程": ("project",),
    "该草案": ("policy",),
    "该提案": ("policy",),
    "该方案": ("policy",),
    "该区": ("place",),
    "会议": ("meeting",),
    "该会议": ("meeting",),
    "此次会议": ("meeting",),
    "本次会议": ("meeting",),
    "大会": ("meeting",),
    "该市": ("place",),
    # the works a report is about (…花江峡谷大桥也在争分夺秒建设。…，这里也将在今年建成…)
    "这里": ("facility", "platform", "project"),
    "该桥": ("facility",),
    "该站": ("facility",),
    "该厂": ("facility",),
    "该医院": ("facility",),
    "该基地": ("platform",),
}
#: What may stand right before a bare pronoun word (公司, 研究院): otherwise it is part of
#: a longer phrase, not a reference.
PRONOUN_BEFORE = "，,。：:；;“”、了其将也还由向与和在"
#: Bare words that refer back only where a clause opens (项目于2024年3月开工建设): after a quote
#: or inside a phrase they end a name (“…关键技术”项目).
PRONOUNS_AT_CLAUSE_START = ("项目", "工程")
CLAUSE_OPENING_BEFORE = "，,。：:；;\n"

#: "X（以下简称Y）": the phrases that introduce a short name in brackets.
ALIAS_INTRODUCERS = ("以下简称", "以下称", "下称", "简称")

#: Common short forms of well-known bodies, short -> full; users extend it with `aliases=`.
ALIASES: dict[str, str] = {
    "电子科大": "电子科技大学",
    "川大": "四川大学",
    "西南交大": "西南交通大学",
    "重邮": "重庆邮电大学",
    "重医": "重庆医科大学",
    "西政": "西南政法大学",
    "重庆理工": "重庆理工大学",
    "国家发改委": "国家发展改革委",
    "国家发展和改革委员会": "国家发展改革委",
    "市科技局": "重庆市科学技术局",
    "重庆市科技局": "重庆市科学技术局",
    "中科院": "中国科学院",
    "成都超算中心": "国家超级计算成都中心",
}

#: A known name followed by one of these is part of a longer word (科技部门).
KNOWN_NOT_BEFORE = "门长署"
#: Known names made of everyday words (美的 = "beautiful" + 的): a name only where no Han
#: character stands right before them (美的楼宇科技… at a clause start, not 最美的…).
KNOWN_NEEDS_BOUNDARY = ("美的",)

#: Well-known bodies whose names carry no suffix, name -> type.
KNOWN_ENTITIES: dict[str, str] = {
    "科技部": "government",
    "工业和信息化部": "government",
    "工信部": "government",
    "教育部": "government",
    "财政部": "government",
    "国家发展改革委": "government",
    "国务院": "government",
    "市政协": "government",
    "重庆市政协": "government",
    "全国政协": "government",
    "九三学社": "organisation",
    "九三学社中央": "organisation",
    "民革中央": "organisation",
    "民盟中央": "organisation",
    "民建中央": "organisation",
    "民进中央": "organisation",
    "农工党中央": "organisation",
    "致公党中央": "organisation",
    "台盟中央": "organisation",
    "长安汽车": "company",
    "三安光电": "company",
    "宇树科技": "company",
    "海辰储能": "company",
    "赛力斯": "company",
    "京东方": "company",
    "华为": "company",
    "比亚迪": "company",
    "美的": "company",
    # well-known companies whose names carry no legal suffix (宜宾市与宁德时代签约)
    "宁德时代": "company",
    "腾讯": "company",
    "阿里巴巴": "company",
    "百度": "company",
    "京东": "company",
    "蔚来": "company",
    "小鹏汽车": "company",
    "理想汽车": "company",
    "长城汽车": "company",
    "吉利汽车": "company",
    "广汽埃安": "company",
    "中芯国际": "company",
    "海尔": "company",
    "格力电器": "company",
    "联想": "company",
    "大疆": "company",
    "隆基绿能": "company",
    "国家电网": "company",
    "中国石化": "company",
    "中国石油": "company",
    "中国移动": "company",
    "中国电信": "company",
    "中国联通": "company",
    "中国中铁": "company",
    "中国铁建": "company",
    "中国建筑": "company",
    "中国中车": "company",
    "国家电投": "company",
    "东方电气": "company",
    "三一重工": "company",
    "中联重科": "company",
    "潍柴动力": "company",
    "美团": "company",
    "字节跳动": "company",
    "立讯精密": "company",
    "天齐锂业": "company",
    "赣锋锂业": "company",
    "亿纬锂能": "company",
    "国轩高科": "company",
    "中创新航": "company",
    "晶科能源": "company",
    "天合光能": "company",
    "通威股份": "company",
    "阳光电源": "company",
}

# ---------------------------------------------------------------------------------------------
# Events.
# ---------------------------------------------------------------------------------------------

#: Trigger -> event type. In a clause the most specific trigger wins: the longest match, and
#: among equally long ones the earlier in TYPE_PRIORITY.
TRIGGERS: dict[str, str] = {
    # opening
    "揭牌": "opening",
    "启用": "opening",
    "投用": "opening",
    "建成投用": "opening",
    "建成投运": "opening",
    "建成投产": "production",
    "投入使用": "opening",
    "投入运行": "opening",
    "投入运营": "opening",
    "开园": "opening",
    "开业": "opening",
    # unveiled (重庆科技馆新馆揭幕)
    "揭幕": "opening",
    "上线": "opening",
    "开通": "opening",
    "正式运营": "opening",
    "启动运营": "opening",
    "运营投用": "opening",
    "正式运行": "opening",
    "挂牌运行": "opening",
    "投运": "opening",
    "通车": "opening",
    "开馆": "opening",
    "挂牌": "opening",
    "试运行": "opening",
    "投产试运行": "production",
    "交付使用": "opening",
    "建成通车": "opening",
    "完工通车": "opening",
    "揭牌启用": "opening",
    "建成启用": "opening",
    "开城": "opening",
    "开城运营": "opening",
    "开放运行": "opening",
    "试运营": "opening",
    "正式开放": "opening",
    "建成开放": "opening",
    "竣工投用": "opening",
    "竣工使用": "opening",
    "建成使用": "opening",
    "竣工投运": "opening",
    "通航": "opening",
    "开航": "opening",
    "首航": "opening",
    # a new service sets off (首列中欧班列正式启程, 首发)
    "启程": "opening",
    "首发": "opening",
    # a train or route leaving its first station (首列“兰州号”中欧班列21日从兰州新区始发)
    "始发": "opening",
    # opened on trial or run once built (陕西考古博物馆将于4月28日试行开放, 项目计划年底建成运营)
    "试行开放": "opening",
    "试开放": "opening",
    "建成运营": "opening",
    # launches and first flights: milestones of no other type
    "成功发射": "other",
    "发射升空": "other",
    "首飞": "other",
    # history: when a place or work was begun, or raised in rank
    "始建于": "construction",
    "被批准为": "approval",
    "正式营业": "opening",
    "开门营业": "opening",
    "开张": "opening",
    "开诊": "opening",
    # a service or a site opens to its users (开门迎客, 试营业, 班列开行, 新院区正式接诊, 转入运营)
    "开门迎客": "opening",
    "试营业": "opening",
    "开行": "opening",
    "正式接诊": "opening",
    "开始接诊": "opening",
    "转入运营": "opening",
    "投入商业运行": "opening",
    "全面运行": "opening",
    "对外营业": "opening",
    # a building handed over for use when done (新校区建成交付): not goods delivered
    "建成交付": "opening",
    "竣工交付": "opening",
    # a port or a border crossing opened (新港区正式开港, 铁路口岸正式通关)
    "开港": "opening",
    "正式通关": "opening",
    # opened to run, built and run, a route resumed (新馆开放运营, 第二水厂建成运行, 航线正式复航)
    "开放运营": "opening",
    "建成运行": "opening",
    "复航": "opening",
    "交付投用": "opening",
    "落成启用": "opening",
    # a building finished and handed over (住宅和写字楼全面落成交付)
    "落成交付": "opening",
    # founding
    "成立": "founding",
    "设立": "founding",
    "批准设立": "approval",
    "同意设立": "approval",
    "批复设立": "approval",
    "获批设立": "approval",
    "组建": "founding",
    "挂牌成立": "founding",
    "注册成立": "founding",
    "组建成立": "founding",
    "牵头组建": "founding",
    "揭牌成立": "founding",
    "创立": "founding",
    # a firm or a school started (农民李安民1983年创办的安民焦化厂, 集团创办职业学院)
    "创办": "founding",
    # a periodical or a book published (主办发行《垣民之友》期刊, 出版《…》刊物): with a title only
    "出版": "other",
    "发行": "other",
    "创刊": "other",
    # a place freed, a seat moved (垣曲全境解放, 县城由古城镇迁至新城镇): milestones of history
    "全境解放": "other",
    "和平解放": "other",
    "宣告解放": "other",
    "迁至": "other",
    "迁往": "other",
    "搬迁至": "other",
    # a company registered (完成工商注册)
    "完成工商注册": "founding",
    "完成注册": "founding",
    # policy_release
    "印发": "policy_release",
    "出台": "policy_release",
    "颁布": "policy_release",
    "施行": "policy_release",
    "发布": "policy_release",
    "公布": "policy_release",
    "实施": "policy_release",
    "通过": "policy_release",
    "推出": "policy_release",
    # a law or plan adopted or in force: like 实施, only with a document in the clause
    # (《苏州市数据条例》经市人大常委会审议通过, 《…条例》正式生效)
    "审议通过": "policy_release",
    "表决通过": "policy_release",
    "生效": "policy_release",
    # approval
    "批复": "approval",
    "获批": "approval",
    "认定": "approval",
    "授牌": "approval",
    "获评": "approval",
    "授予": "approval",
    "获授": "approval",
    "被评为": "approval",
    "被认定为": "approval",
    "入选": "approval",
    "通过验收": "approval",
    "获得": "approval",
    "取得": "approval",
    "上榜": "approval",
    "入围": "approval",
    "进行验收": "approval",
    "组织验收": "approval",
    "完成验收": "approval",
    "获准": "approval",
    "获颁": "approval",
    "荣获": "approval",
    # a title won (潭江半岛酒店荣膺五星级旅游涉外饭店)
    "荣膺": "approval",
    # titles and ranks won (被命名为…示范区, 成功创建国家级绿色园区, 跻身全国百强), a filing or a
    # project approval done (完成备案, 完成立项), works accepted (完成竣工验收)
    "被命名为": "approval",
    "成功创建": "approval",
    "跻身": "approval",
    "完成备案": "approval",
    "完成立项": "approval",
    "正式立项": "approval",
    "交工验收": "approval",
    # titles or licences won, taken or issued: like 获得, only with a granted thing after them
    # (斩获…称号, 喜获金奖, 拿到施工许可证, 为项目颁发施工许可证, 核发首张营业执照)
    "斩获": "approval",
    # a ranking reached (荣登全国百强园区榜单)
    "荣登": "approval",
    "喜获": "approval",
    "拿到": "approval",
    "领到": "approval",
    "颁发": "approval",
    "核发": "approval",
    "竣工验收": "approval",
    "完成竣工验收": "approval",
    # construction
    "开工": "construction",
    "动工": "construction",
    "奠基": "construction",
    "封顶": "construction",
    "竣工": "construction",
    "完工": "construction",
    "开(竣)工": "construction",
    "开（竣）工": "construction",
    "开竣工": "construction",
    "开复工": "construction",
    "开(复)工": "construction",
    "开（复）工": "construction",
    "合龙": "construction",
    "破土动工": "construction",
    # ground turned at a ceremony (产业园“动土”仪式, 项目正式动土)
    "动土": "construction",
    # ground broken for a building's pit (扩建工程正式破土开槽), a bridge spanned (其余3座可望今年架通)
    "破土开槽": "construction",
    "架通": "construction",
    # a tunnel entered, all tunnels through, works handed over (隧道正式进洞施工, 全线洞通, 顺利交工)
    "进洞": "construction",
    "进洞施工": "construction",
    "洞通": "construction",
    # a rail line's track laid through (南延线全线顺利实现“轨通”)
    "轨通": "construction",
    "交工": "construction",
    "开始施工": "construction",
    "进场施工": "construction",
    "完成建设": "construction",
    "落成": "construction",
    "贯通": "construction",
    # a rail line's track laid through (全线铺通), a first pile drilled (首根桩基开钻), the last stage
    # of a line's works (联调联试)
    "铺通": "construction",
    "开钻": "construction",
    "联调联试": "construction",
    "建设高峰": "construction",
    "开工建设": "construction",
    "开建": "construction",
    "启动建设": "construction",
    "建成": "construction",
    # production
    "量产": "production",
    "投产": "production",
    "下线": "production",
    "交付": "production",
    "满产": "production",
    "实现量产": "production",
    "出货": "production",
    "试生产": "production",
    "量产阶段": "production",
    "竣工投产": "production",
    "投入生产": "production",
    "并网发电": "production",
    "批量上市": "production",
    "试产": "production",
    # a plant or unit joins the grid or fires up (全容量并网, 1号机组首次并网成功, 锅炉点火成功)
    "全容量并网": "production",
    "并网成功": "production",
    "并网运行": "production",
    "点火成功": "production",
    # a chemical plant or a line run for the first time (装置一次投料开车成功, 生产线试车成功), a
    # plant on the grid (储能电站成功并网, 风电场年底并网投运), a station generating (1956年10月正式发电)
    "开车成功": "production",
    "投料开车": "production",
    "试车成功": "production",
    "成功并网": "production",
    "并网投运": "production",
    "正式发电": "production",
    # vehicles or ships handed over to their buyers (交车仪式, 首制船交船)
    "交车": "production",
    "交船": "production",
    # design capacity reached (预计2017年达标达产)
    "达产": "production",
    "达标达产": "production",
    "达纲达产": "production",
    # signing
    "签约": "signing",
    # the signatures put to an agreement at a ceremony (举行…项目签字仪式): CEREMONY_ONLY_TRIGGERS
    "签字": "signing",
    "签署": "signing",
    "签订": "signing",
    "签约落地": "signing",
    "签约落户": "signing",
    # ties concluded (与杜塞尔多夫市缔结友好城市关系, 缔结合作协议)
    "缔结": "signing",
    # a project settling in a place (项目正式落子两江新区), as 落地
    "落子": "signing",
    "落地": "signing",
    "入驻": "signing",
    "进驻": "signing",
    "落户": "signing",
    # partners joined (宁德时代与宜宾市牵手合作)
    "牵手": "signing",
    # meeting
    "召开": "meeting",
    # a rally (数万名群众在城关隆重集会)
    "集会": "meeting",
    "举行": "meeting",
    "开幕": "meeting",
    "闭幕": "meeting",
    "启幕": "meeting",
    # a meeting reported by its outcome (“…论坛”取得圆满成功, 大会圆满闭幕)
    "取得圆满成功": "meeting",
    "圆满成功": "meeting",
    "圆满闭幕": "meeting",
    "圆满落幕": "meeting",
    "成功举办": "meeting",
    "拉开帷幕": "meeting",
    "落下帷幕": "meeting",
    "落幕": "meeting",
    "举办": "meeting",
    # breakthrough
    "突破": "breakthrough",
    "攻克": "breakthrough",
    "研发成功": "breakthrough",
    "研制成功": "breakthrough",
    "成功研制": "breakthrough",
    "完成设计研发": "breakthrough",
    "完成研制": "breakthrough",
    "成功研发": "breakthrough",
    "研发出": "breakthrough",
    "研制出": "breakthrough",
    # a chip's first tape-out works (芯片流片成功)
    "流片成功": "breakthrough",
    # announcement
    "宣布": "announcement",
    "披露": "announcement",
    "透露": "announcement",
    "揭晓": "announcement",
    "公示": "announcement",
    # results or a list made known by an authority (工信部通报了…评价结果); like 发布, only with a
    # thing announced after it
    "通报": "announcement",
    # other
    "考察": "other",
    "调研": "other",
    "率队来到": "other",
    "视察": "other",
    "莅临": "other",
    # visits told by what the visitor did there (spec: a visit has the visitor as subject)
    "慰问": "other",
    "参观学习": "other",
    "察看": "other",
    "检查指导": "other",
    "到访": "other",
    "看望": "other",
    "走访": "other",
    # a meeting between people, and one a person convenes (spec: meetings are typed meeting)
    "会见": "meeting",
    "接见": "meeting",
    "座谈": "meeting",
    "会谈": "meeting",
    "主持召开": "meeting",
    "启动": "other",
    "捐赠": "other",
    "编制完成": "other",
    "成功上市": "other",
    "首发上市": "other",
    "挂牌上市": "other",
    "启动实施": "policy_release",
    # a named reform put in force (正式实行“一枚印章管审批”): a title or a quoted name after it
    "实行": "policy_release",
    "出炉": "policy_release",
    "处于建设阶段": "construction",
    "建设阶段": "construction",
    "加快建设": "construction",
    "正加快建设": "construction",
    "加速推进": "construction",
    "建设推进中": "construction",
    "进入实体化运行": "opening",
    "实体化运行": "opening",
    "签约共建": "signing",
    "共建": "founding",
    "列为": "approval",
    "确定为": "approval",
}

#: Later stages of works: in one sentence, a construction at another stage than the one told
#: before it is another act (去年12月开工建设，目前主体结构已封顶), while two words for the start
#: (全面启动建设，79个重大项目集中开工) are one.
WORK_STAGES: dict[str, str] = {
    "封顶": "topped",
    "合龙": "topped",
    "贯通": "topped",
    "竣工": "finished",
    "完工": "finished",
    "落成": "finished",
    "建成": "finished",
    "完成建设": "finished",
    "洞通": "topped",
    "轨通": "topped",
    "交工": "finished",
}
#: The parts of a work named when they are done one by one (钢构主体完成, 基坑土方工程基本结束):
#: acts of their own in a clause (WORKS_PARTS), no part of a name before them (PHRASE_TAILS).
WORKS_PART_NOUNS = (
    "钢构", "钢结构", "主体", "主体结构", "土建", "基坑", "路基",
    "路面", "桥面", "桥墩", "土方", "土石方", "桩基", "基础", "站房",
)  # fmt: skip
#: Stages of works on a named project (spec: construction, status from the cues): the parts of
#: a work that are finished one by one (钢构主体完成, 土建工程基本完成, 基坑土方工程基本结束)…
WORKS_PARTS = (
    *WORKS_PART_NOUNS,
    "隧道",
    "装修",
    "装饰装修",
    "设备安装",
    "施工",
    "作业",
    # …works named by their act (改造完成, 项目建设全面完成) and the members of bridges, roads
    # and rails (首座跨海大桥承台、墩身、盖梁全部完工 ends with 完工, a trigger of its own)
    "建设",
    "改造",
    "改扩建",
    "扩建",
    "钢箱梁",
    "箱梁",
    "主梁",
    "主塔",
    "承台",
    "墩身",
    "盖梁",
    "沥青",
    "轨道",
    "管网",
    # the envelope of a building (幕墙及金属屋面基本完成, 外立面施工完成) and the checks that
    # end works (跑道飞行校验工作圆满完成, 设备调试完成)
    "幕墙",
    "屋面",
    "外立面",
    "飞行校验",
    "校验",
    "调试",
)
#: …the adverbs between a part and its end (基本完成, 已经全部结束, 圆满完成)…
WORKS_DONE_ADVERBS = ("已经", "已", "全面", "顺利", "基本", "全部", "均已", "提前", "圆满")
#: …the act done on that part, between it and its end (桥面沥青铺设完成, 钢结构吊装完成, 全线铺轨完成)…
WORKS_PART_ACTS = (
    "铺设", "摊铺", "铺装", "浇筑", "架设", "吊装", "安装", "铺轨", "架梁", "铺架", "施工", "作业",
)
#: …and the acts on a site, told under way (正在进行土方开挖边坡支护等施工; 正在进行设备调试 too),
#: begun (已开始桩基承台和底板垫层浇筑) or finished (基本完成全线铺架).
WORKS_ACTS = (
    "施工",
    "建设",
    "安装",
    "浇筑",
    "开挖",
    "铺设",
    "架设",
    "吊装",
    "掘进",
    "装修",
    "铺架",
    "铺轨",
)
#: Acts that start on a site (开始…浇筑); 开始施工 is a trigger of its own.
WORKS_STARTED_ACTS = ("浇筑", "开挖", "铺设", "架设", "吊装", "掘进", "铺架", "铺轨", "施工", "安装")
#: Words that make a works word a noun (施工图设计, 施工单位, 建设中的): no act.
_NOT_AN_ACT = "(?!图|中的|[单方企队人者的])"
#: Idioms of works pressed on (争分夺秒建设, 工人们正昼夜奋战, 掀起“大干快上”施工热潮, 正在不断
#: 刷新建设进度条): construction under way, of a thing being built only (`subjects.fits`).
WORKS_EFFORT_IDIOMS = (
    r"(?:争分夺秒|昼夜|日夜|夜以继日|加班加点|马不停蹄|挑灯夜战|全速)地?(?:奋战|赶工|施工|建设|作业)",
    r"(?:掀起|迎来)[^，。；]{0,8}(?:施工|建设)(?:热潮|高潮)",
    r"刷新[^，。；]{0,4}进度条",
    # works sped up on a thing being built (该学校正在加快项目建设中; 正加快建设 is a trigger of its
    # own); of a place it is a trend
    r"(?:正在|正)加快项目(?:建设|施工)",
    # works resumed on a thing being built (人才孵化园基础设施项目目前已经复工), not firms back at
    # work (企业复工复产, 复工率)
    r"(?:已经|已|正式|全面|顺利)复工(?!复产|率)",
)
_EFFORT = "|".join(WORKS_EFFORT_IDIOMS)
#: A service a finished facility starts (天燃气工程项目已通气点火, 第二给水厂将于3月供水, 2019年建成
#: 招生, 建成并对外开放, 连通工程开始试通水, 首次招生): an opening, of a thing built only
#: (`subjects.fits`), told at the end of its clause (供水能力, 通电条件 are nouns).
SERVICE_STARTS = (
    "通气点火",
    "点火通气",
    "通气",
    "供气",
    "试通水",
    "通水",
    "供水",
    "送电",
    "通电",
    "供暖",
    "供热",
    "蓄水",
    # a dam's gates closed to fill the reservoir (水库正式下闸蓄水)
    "下闸蓄水",
    "招生",
    "开学",
    "对外开放",
)
_SERVICE = "|".join(SERVICE_STARTS)
#: …right after a word of an act done, a date or a modal (已通气点火, 正式供暖, 将于3月供水), not
#: after an aim (为保障冬季供暖).
SERVICE_STARTED_AFTER = (
    "(?:"
    + "|".join(
        f"(?<={word})"
        for word in (
            "已", "已经", "正式", "顺利", "成功", "实现", "开始", "首次", "年", "月", "日", "底", "将"
        )
    )
    + ")"
)
#: The surfaces of these patterns need a thing built as their subject (see `subjects.fits`): a
#: name or phrase of any type but these (a phrase such as 第二给水厂 is typed as an organisation).
NEVER_BUILT_TYPES = ("person", "place", "government", "meeting", "policy", "alliance")
#: An approval, title or award is a milestone of an organisation, facility, project or place,
#: not of a person (张三获评全国劳动模范).
NEVER_APPROVED_TYPES = ("person",)
BUILT_ONLY_PATTERNS = rf"^(?:{_EFFORT}|(?:建成并?)?(?:{_SERVICE}))"
#: Approved by an authority or two (经国务院批准, 已经市委、市政府同意): when nothing follows it in
#: its clause, the approved act is told in the next one, and the summary runs on to it (`summary`).
APPROVED_BY = r"(?:已经|经(?!济|营|过|历|验))[^，。；《》]{1,16}(?:同意|批准)"
#: The works a stage of a site is named by (进入主体施工阶段, 进入铺油阶段, 进入内部装修装饰阶段):
#: construction under way; a closing stage only of works named so (外立面施工进入收尾阶段, not
#: 招生工作进入收尾阶段).
WORKS_STAGE_WORDS = (
    "施工", "建设", "装修", "装饰", "铺油", "铺设", "架设", "安装", "调试", "土建",
)  # fmt: skip
#: The verbs that end the works on a part (钢构主体完成, 土方工程基本结束, 病房装修已经完毕).
WORKS_ENDS = ("完成", "结束", "完毕")
#: A member of a structure set in place, counted (首榀箱梁, 第19片钢桁梁, 最后一节管节).
STRUCTURE_MEMBER = r"(?:首|第[0-9一二三四五六七八九十百]+|最后一)(?:榀|片|孔|跨|节|段)"
#: Triggers written as patterns (a few words may stand inside them).
TRIGGER_PATTERNS: dict[str, str] = {
    r"进入[^，。；]{0,6}量产阶段": "production",
    r"形成了?[^，。；]{0,6}(?:正式稿|定稿|终稿)": "other",
    r"通过[^，。；]{0,4}验收": "approval",
    r"(?:进行|开始|启动)[^，。；、]{0,4}批量化?生产|(?:开始|启动)生产": "production",
    r"完成[^，。；、]{0,10}研制": "breakthrough",
    # a power plant's units start generating (首台机组发电, 机组并网发电)
    r"(?:首台|首批)?机组[^，。；、]{0,4}发电": "production",
    # a campaign or promotion held (将于5月28日开展“…”科普推介, 组织开展…招商引资促进周活动); an
    # act's ceremony (开展…集中开工活动) keeps its act. Only with a date in the clause.
    r"开展(?:(?!开工|签约|投产|揭牌|奠基|竣工|动工)[^，。；]){2,60}?(?:推介|活动)$": "other",
    r"完成[^，。；、]{0,6}(?:土建|主体|基础)(?:工程|结构|施工)": "construction",
    r"(?:方案|可研|可行性研究报告|项目建议书|规划)获[^，。；]{0,16}批复": "approval",
    r"列入[^，。；]{0,16}(?:清单|名单|名录|目录)": "approval",
    # …by an authority named in between (平遥古城被联合国教科文组织世界遗产委员会列入《世界遗产名录》):
    # the trigger opens at 被, so the thing listed before it is the subject, not the authority
    r"被[^，。；、]{0,16}?列入[^，。；]{0,16}(?:清单|名单|名录|目录)": "approval",
    APPROVED_BY: "approval",
    # approved as something by an authority named in between (被國家批準為全國第五個國家級新區,
    # 被科技部认定为…), a plan passed on review (规划成果已经省政府审查通过), a rank raised
    # (经国务院批准，升级为国家级经济技术开发区)
    r"被[^，。；、]{0,16}?(?:批准|认定|命名|评)为": "approval",
    # …designated, listed or proclaimed so (被农业农村部确定为特色农产品区域公用品牌, 被国务院公布为
    # 全国重点文物保护单位), not a year named so (被确定为项目建设年)
    r"被[^，。；、]{0,16}?(?:确定|列|公布)为(?![^，。；]{0,10}年(?:[，。；]|$))": "approval",
    r"(?:审查|评审|审定)通过": "approval",
    r"(?:升级|升格|晋升|晋级)为?[^，。；]{0,4}(?:国家级|省级)": "approval",
    # a review passed (通过ISO9001认证, 顺利通过专家评审)
    r"通过[^，。；]{0,16}(?:认证|评审|认定|初验|终验|决策程序)": "approval",
    # approved by an authority named in between (获国务院批准, 获国家自然科学基金立项; 批复 is a
    # trigger of its own)
    r"获(?!得)[^，。；、]{1,12}(?:批准|核准|立项)": "approval",
    # an award or a title (获国家科技进步一等奖, 获第十届创新创业大赛金奖, 获“国家园林县城”称号);
    # 荣获/斩获/喜获 are triggers of their own
    r"(?<![荣斩喜])获(?!得)[^，。；、]{1,16}(?:等奖|金奖|大奖|称号)": "approval",
    # a listing on a stock exchange (登陆科创板, 登陆港交所)
    r"登陆[^，。；]{0,8}(?:板|交易所|港交所|纳斯达克|资本市场)": "other",
    # works started by name (项目建设正式启动), not a meeting about them (建设启动会)
    r"(?:建设|施工)[^，。；]{0,3}启动(?![会仪活大])": "construction",
    # the first member of a structure set in place (首榀箱梁架设完成, 首片T梁成功吊装, 首节管节沉放)
    STRUCTURE_MEMBER + r"[^，。；]{0,12}?(?:成功|顺利)?(?:架设|吊装|浇筑|沉放|安装)": "construction",
    # a first batch of users arrives (迎来首批新生, 新址开始接收急诊患者): the place opened to them
    r"迎来首批(?:新生|学生|旅客|乘客|游客|患者|住户|业主|入驻企业)"
    r"|开始(?:正常)?接收[^，。；]{0,4}(?:患者|病人|旅客|乘客|游客|学生|新生)": "opening",
    # a first run of a new service (去年3月发出首班, 开出首列, 迎来首趟)
    r"(?:发出|开出|开行|迎来)了?首(?:班|列|趟|航班)": "opening",
    # a freight train service set off (中欧班列(西安)公共班列发车)
    r"(?<=班列|专列)(?:正式|首次|顺利)?发车": "opening",
    # a first batch of goods shipped (EVA项目首批产品发运)
    r"首批[^，。；]{0,8}发运": "production",
    # land won at auction (成功摘牌项目用地, 以70亿元成功摘牌…TOD一期项目), not a share delisted
    # (股票摘牌, 摘牌退市)
    r"(?:成功|顺利)摘牌(?!退市)": "other",
    # ground broken (天心区15个重大项目同步破土), not a sprout (破土而出)
    r"破土(?![而动开])": "construction",
    # a body moves to its new site (整体搬迁至新院区, 迁入新址): a move, as 迁至/搬迁至
    r"(?:搬迁|迁入|迁至|乔迁)(?:至|到|进)?[^，。；]{0,10}新(?:院区|址|校区|馆|园区|厂区|大楼|办公楼|楼)"
    r"|整体搬迁$": "other",
    # a listing named by its exchange (在深交所上市, 于港交所主板挂牌上市)
    r"(?:交易所|深交所|上交所|港交所|北交所|科创板|创业板|主板|纳斯达克)[^，。；]{0,4}上市": "other",
    # approved by an authority acting (科技部批准建设…, 国务院批准…设立), not a request (报请批准),
    # the words 经…批准 (APPROVED_BY) nor a decision's title (宣读了关于批准建设…的批文)
    r"(?<![经请获待报须需])(?<!关于)批准(?!后|文件|文号)[^，。；]{0,16}?"
    r"(?:建设|设立|成立|组建|筹建)"
    # …or a document it approves (国家发改委正式批准《…示范区实施方案》)
    r"|(?<![经请获待报须需])(?<!关于)批准了?《": "approval",
    # taken into a list or a plan by its title (被纳入《国家西部大开发“十二五”发展规划》)
    r"纳入[^，。；]{0,16}(?:清单|名单|目录|规划》|计划》)": "approval",
    # an authority's reply agreeing to a plan, made public (国家发展改革委关于同意南京都市圈发展规划的
    # 复函发布); the reply quoted as a title (根据《国务院关于同意…的批复》精神) is no act
    r"(?<!《)关于同意[^，。；《》]{1,40}的(?:批复|复函)(?:正式)?(?:发布|印发|下达|公布)": "approval",
    # work under way (工人正忙碌建设…, 项目建设稳步推进, 施工如火如荼)
    r"(?:正在|正)(?:忙碌|紧张|加紧|抓紧|火热|全力|有序)?(?:建设|施工)"
    r"(?!中的|[单方企队人者的])": "construction",
    # a stage of the works (正处于主体施工阶段, 进入全面建设阶段)
    rf"(?:处于|进入)[^，。；]{{0,6}}(?:{'|'.join(WORKS_STAGE_WORDS)})[^，。；]{{0,2}}阶段"
    r"|(?:施工|工程|建设)(?:已|已经|全面)?进入(?:收尾|扫尾)阶段": "construction",
    r"(?:加紧|抓紧|紧张|忙碌|火热)(?:建设|施工)(?![单方企队人者的]|中的)": "construction",
    # …of named works: 重点项目建设稳步推进 is the usual general trend, not an act
    r"(?<!重点)(?<!重大)(?<!设施)(?<!民生)(?<!产业)(?:项目|工程)建设[^，。；]{0,2}"
    r"(?:稳步|有序|顺利|全面|扎实|加快)推进": "construction",
    r"(?:建设|施工)[^，。；]{0,4}(?:如火如荼|正酣)": "construction",
    # …told before the works (项目正如火如荼地建设中)
    r"如火如荼地?(?:建设|施工)": "construction",
    # …or as a named project pressed on (光伏组件项目目前也在快速推进中), not the trend of many
    # (重点项目正在加快推进)
    r"(?<!重点项目)(?<!重大项目)(?<!产业项目)(?<=项目|工程)(?:目前|现在)?(?:也|都)?(?:正在|正|在)"
    r"(?:快速|有序|稳步|加紧|全力)推进": "construction",
    # works near their end (主体施工接近尾声, 装修工程已接近尾声)
    r"(?:建设|施工|工程|装修)(?:已|已经)?接近尾声": "construction",
    # works finished (污水处理厂野外作业已完成, 钢构主体完成, 基坑土方工程基本结束), not an amount
    # done (建设已完成投资30亿元, 施工完成98%)
    rf"(?:野外|现场|全线|全桥)?(?:(?:{'|'.join(WORKS_PARTS)}){{1,2}}(?:{'|'.join(WORKS_PART_ACTS)})?"
    rf"|{'|'.join(WORKS_PART_ACTS)})(?:工程|施工|作业|工作)?(?:{'|'.join(WORKS_DONE_ADVERBS)}){{0,2}}"
    rf"(?:{'|'.join(WORKS_STARTED_ACTS)})?"
    rf"(?:{'|'.join(WORKS_ENDS)})"
    r"(?![0-9０-９一二三四五六七八九十百千两几多数投年计任产的率量额用])": "construction",
    # works under way or begun (正在进行设备安装调试, 已开始桩基承台和底板垫层浇筑)
    rf"正在(?:进行|开展)[^，。；]{{0,12}}(?:{'|'.join(WORKS_ACTS)}|调试|工程){_NOT_AN_ACT}": "construction",
    # …told after the works (各单体的土方开挖和施工降水工作正在进行)
    rf"(?:{'|'.join(WORKS_ACTS)}|开挖|降水|调试)(?:工作|作业|工程)?(?:也|均|都)?"
    r"正在(?:进行|实施)": "construction",
    rf"开始[^，。；]{{0,12}}(?:{'|'.join(WORKS_STARTED_ACTS)}){_NOT_AN_ACT}": "construction",
    _EFFORT: "construction",
    # a service started by a facility; after 建成 (建成招生, 建成并对外开放) the opening it ends with
    rf"(?:建成并?|{SERVICE_STARTED_AFTER})(?:{_SERVICE})(?:运行|使用)?$": "opening",
    r"达成(?!一系列|一批|多项)[^，。；]{0,12}(?:协议|合作意向|合作)": "signing",
    # an investor or a sum brought in to build a named project (绥化经济开发区引进江苏远景集团拟投资
    # 20亿元建设远景低碳产业园, 兰西县引进9.1亿元建设…总部基地项目): the project's landing; not an aim
    # (积极引进龙头企业) nor a set (引进了一批…项目)
    r"引进(?!了?一批)(?=[^，。；]{2,30}?(?:投资|亿元)[^，。；]{0,16}?建设)": "signing",
    # works finished, the work named after 完成 (计划8月底前完成航站楼内部作业, 完成主体结构施工,
    # 力争年底前完成全部厂房建设), not an amount (完成投资30亿元, 完成建设投资) nor a target
    # (完成建设任务)
    r"完成(?![0-9一二三四五六七八九十百千两几多数]+[余多]?[个项座条栋])"
    rf"[^，。；]{{0,16}}?(?:{'|'.join(WORKS_ACTS)}|作业|工程)(?![投年计任产的率量额用])": "construction",
    # ready to be put to use (预计2024年年底具备通车条件, 已具备投用条件)
    r"具备[^，。；]{0,2}(?:通车|投用|投入使用|运营|开通|开放|使用)条件": "opening",
    r"具备[^，。；]{0,2}投产条件": "production",
    # a start told by its curtain (江东新区全面建设正式拉开帷幕)
    r"建设[^，。；]{0,4}(?:拉开帷幕|拉开序幕|启幕)": "construction",
    # an administrative unit abolished or merged (撤销陕县, 撤销某某镇建制, 撤县设区), not a decision
    # or a title withdrawn (撤销…的决定, 撤销…资格)
    r"撤销[^，。；、]{1,8}(?:县|市|区|镇|乡|街道)(?:建制)?(?![^，。；]{0,2}(?:的|资格|处分|称号))"
    r"|撤(?:县|市|乡|镇)设(?:区|市|镇|街道)": "other",
    # a grade conferred (医院正式挂牌“三甲”, 景区挂牌5A, 晋升为三级甲等医院): an approval
    r"(?:挂牌|晋升为?|升级为)[“\"]?(?:三级甲等|二级甲等|三甲|二甲|[345]A级?|A{3,5}级?)[”\"]?": "approval",
}
#: A pattern trigger may span a name (纳入国家重点实验室名单, 获国务院批准); its first
#: character, where its verb starts, must not lie inside one.
PATTERN_HEAD_LEN = 1
#: Triggers that hold only with one of these after them (列为“1号提案”, 确定为试点).
DESIGNATION_TRIGGERS = ("列为", "确定为")
DESIGNATED_THINGS = ("提案", "试点", "示范", "名单", "重点项目", "先导区")
#: …or with the thing designated ending the clause (被确定为“河南省级区域医疗中心”依托项目,
#: 被确定为“二号工程”, 被列为全省“三个一批”的项目), not a year named so (确定为项目建设年).
DESIGNATED_HEADS = ("项目", "工程", "城市", "单位", "基地", "企业", "园区")

TYPE_PRIORITY = (
    "opening",
    "founding",
    "production",
    "construction",
    "approval",
    "signing",
    "policy_release",
    "breakthrough",
    "meeting",
    "announcement",
    "other",
)

#: Triggers whose type depends on what follows them (see triggers._refine).
RELEASE_TRIGGERS = ("发布", "公布", "出炉", "通报")
#: Release triggers that follow what they release (《…清单》正式出炉, 名单出炉).
RELEASED_BEFORE = ("出炉",)
#: What a 发布/公布 with nothing after it releases when named before it (名单正式公布, 榜单发布):
#: a list or a result, not news in general (一个好消息首次发布).
RELEASED_LISTS = ("名单", "榜单", "清单", "目录", "结果")
LAUNCH_TRIGGER = "推出"
ADOPTION_TRIGGER = "通过"
LANDING_TRIGGER = "落地"
#: Triggers that are a project's landing only when the clause names a project (落地, 落子).
LANDING_TRIGGERS = ("落地", "落子")
#: Triggers of a grant: an approval only with a granted thing after them (取得施工许可证).
GRANT_TRIGGERS = ("获得", "取得", "斩获", "喜获", "拿到", "领到", "颁发", "核发")
BARE_BREAKTHROUGHS = ("突破", "攻克")
COMPLETION_TRIGGER = "建成"
#: Cues of PLANNED_CUES that need their next character checked (将“…”确定为, 行动计划).
FUTURE_MARKER = "将"
PLAN_WORD = "计划"

#: Triggers that count only with a document in 《》 in the clause (a policy document).
NEEDS_DOCUMENT = (
    "实施", "施行", "颁布", "启动实施", "出版", "发行", "创刊", "审议通过", "表决通过", "生效"
)
#: A publication's subject is the title after its trigger (the type of a title in 《》).
PUBLICATION_TRIGGERS = ("出版", "发行", "创刊")
#: Triggers that take a quoted name as their document (实行“河长制”): a reform named in quotes.
QUOTED_POLICY_TRIGGERS = ("实行",)
OPEN_QUOTE = "“"
TITLE_TYPE = "policy"
#: 发布/公布 without a document: an announcement when they release one of these.
ANNOUNCED_THINGS = (
    "榜单",
    "名单",
    "报告",
    "进展",
    "信息",
    "成果",
    "数据",
    "项目",
    "清单",
    "目录",
    "结果",
    "产品",
    "新品",
    "模型",
    "消息",
)
#: 通过 is a policy release only for a plan adopted at a plenary or a meeting.
ADOPTED_THINGS = ("规划", "建议", "方案", "决定", "条例", "办法", "《")
ADOPTING_BODIES = ("全会", "会议", "常务会", "大会", "人大", "政协", "审议")
#: 落地 is a signing only for a project.
LANDED_THINGS = ("项目",)
#: 获得 is an approval only for a status or qualification.
GRANTED_THINGS = (
    # a siting opinion or an approval document (已取得《项目选址意见书》, 拿到批文)
    "意见书",
    "批文",
    "资格",
    "资质",
    "批复",
    "认定",
    "称号",
    "授牌",
    "许可",
    "证书",
    "认证",
    "牌照",
    "执照",
    "立项",
    "批准",
    # an award (获得国家科技进步一等奖, 获得金奖)
    "等奖",
    "金奖",
    "大奖",
    # honours (先后获得“国家绿色工业园区”等荣誉)
    "荣誉",
)
#: Meeting triggers count only when the clause names a meeting.
MEETING_NOUNS = ("会", "论坛", "讨论", "活动", "仪式", "峰会", "展", "赛")
#: What a held ceremony is called: the act named before it gives the event's type.
CEREMONY_NOUNS = ("仪式", "典礼", "活动", "盛典")
#: Stages of works often written in quotes (实现“轨通”, 全线“洞通”): a word, not a name.
QUOTED_STAGES = ("轨通", "洞通", "贯通", "封顶", "合龙")
#: Triggers that hold only as the act of a ceremony named after them (签字仪式): alone they tell of
#: the people who sign (马延和与姜南分别代表研究所和华信公司签字), not of the parties.
CEREMONY_ONLY_TRIGGERS = ("签字",)
#: Verbs that hold a ceremony: without one, a clause ending in "<act>仪式" only names it.
HOLDING_VERBS = ("举行", "举办", "召开", "开展")
#: A ceremony held at a named works' site with no one else acting (5月6日上午，在中兴新地产业园
#: 项目举行开工仪式): the works whose site it is are the subject. The site ends like works.
CEREMONY_SITE_HEADS = ("项目", "工程", "产业园", "园区", "基地", "工厂", "厂区", "新区")
CEREMONY_SITE_TAILS = ("现场", "施工现场", "工地")
#: A ceremony named and then described (本次集中开工活动突出项目质量, 开工活动中): a topic, not
#: the act, unless one of these holds it (…开工活动在长寿举行) or it is where something happens
#: (在…开工仪式上).
CEREMONY_HELD_AFTER = (*HOLDING_VERBS, "启动", "开幕", "进行", "启幕", "开始")
#: At the ceremony (开工仪式上): the ceremony named took place…
CEREMONY_AT = ("上",)
#: After the ceremony (联盟揭牌仪式后举行…签字仪式, 开工仪式结束后): a time, the act is the later one.
CEREMONY_OVER = ("后", "之后", "结束后", "结束之后")
#: …and at its site when the clause says where (在…开诊仪式现场), not a caption (开工仪式现场).
CEREMONY_SITE = "现场"
CEREMONY_SITE_BEFORE = "在"
#: How a ceremony at a works' site is held (在…项目隆重举行开工仪式).
CEREMONY_MANNERS = ("隆重", "正式")
#: Joiners between two acts told in one clause, each with its own subject (长寿…项目集中签约和
#: 中科未来城创新产业园开工活动在长寿举行): the clause is read as two.
ACT_JOINERS = ("以及", "和", "及", "、", "并")
#: 并 joins two acts only when the second looks forward (建设基本完工并计划于9月招生运行): 建成并
#: 投入使用 is one act.
AND_THEN = "并"
PLAN_AFTER_AND_THEN = ("计划", "将", "预计", "拟", "力争", "争取", "有望")
#: Only clauses up to this long are tried for two acts (a run-on clause stays linear).
ACT_SPLIT_MAX_LEN = 120
#: A clause that only says where a ceremony named in the clause before was held (…集中开工活动，
#: 在成渝两地举行): the two are one clause, the ceremony its subject.
#: Clauses naming where a ceremony named before them is held (…开(复)工仪式，在主会场头屯河农场，
#: 分会场…举行): the ceremony's clause runs on through them to the verb of holding.
CEREMONY_VENUE_OPENERS = ("在", "主会场", "分会场")
HELD_AT = r"(?:[在于][^，,。；：]{1,24})?(?:隆重|顺利|正式|同步|同时)?(?:举行|举办|召开|开幕|启动)了?$"
#: A trigger followed by 分 tells how the act was organised (项目签约分…2个专场), not the act;
#: 分别 is an adverb (分别签约) and stays a verb phrase; a 分会场/分项目 (集中开工分会场活动) is a
#: part of the act's ceremony, which keeps the act.
DIVIDED_INTO = "分"
NOT_DIVIDED = ("分别", "分会场", "分场", "分项")
#: A clause opening with these frames the clauses after it that carry its subject on
#: (随着第一列电客车驶出停车场，进入正线区间试运行，…): those report no milestone of their own.
FRAMING_STARTS = ("随着",)
#: A clause opening a sentence with these tells a role (作为日喀则市的地标，…): the clause after it
#: opens what the sentence is about; how far back it is looked for.
ROLE_FRAMES = ("作为",)
ROLE_FRAME_REACH = 40
#: 调研/考察 are visits: their subject is the visiting person or delegation.
VISIT_TRIGGERS = (
    "考察", "调研", "率队来到", "实地调研", "视察", "莅临", "慰问", "参观学习", "察看", "检查指导", "到访",
    "看望", "走访", "会见", "接见", "座谈", "会谈", "主持召开",
)
#: A delegation named by the body it comes from (济南市投促局开发区一行到…参观考察): with no
#: person named, the body and the words up to the mark are the visitor.
DELEGATION_MARKS = ("一行", "考察团", "代表团")
DELEGATION_NAME_GAP = 6
#: Between two people before a visit or a meeting, these make the first the subject (袁家军与华为
#: 公司董事长徐直军会谈, 袁家军同胡衡华到…调研; a list of visitors, 王晓晖、省长黄强到…调研, is led by
#: its first).
MEETING_PARTNER_MARKS = ("与", "同", "和", "、")
#: A visitor named by a title alone keeps at most this many body words before it (市委书记).
TITLE_HEAD_LEN = 6
#: How far before a visit's trigger its visitor and places are looked for, in characters.
VISIT_REACH = 240
#: Speech verbs: a trigger clause that ends with one is summarised with what was said.
SPEECH_VERBS = ("宣布", "透露", "披露", "表示", "介绍", "指出")
#: How long a summary that runs on past its clause may grow, in characters.
SUMMARY_MAX_LEN = 60
#: Triggers that are a person or body speaking about what follows (熊斐透露，…).
REPORTING_TRIGGERS = ("透露", "披露", "宣布")
#: A word right after a trigger that makes it part of a noun, not a verb (成立大会, 发布会).
TRIGGER_NOUN_TAILS = (
    # a station named by the service (始发站, 首发站)
    "站",
    "大会",
    "会",
    "之年",
    "时间",
    "日期",
    "初期",
    "见效",
    "方向",
    "区",
    "成果",
    "组",
    "前",
    "的背后",
    # a consequence, a condition or a time after it, not the act (投用后, 全部投产可年产…)
    "后",
    "以后",
    "之后",
    "可",
    # a noun the trigger qualifies (入驻条件, 入驻主体, 开工建设情况, 批复要求, 实施方案)
    "条件",
    "主体",
    "情况",
    "基本情况",
    "要求",
    "同时要求",
    "方案",
    "意见",
    "细则",
    "仪式的",
    "活动的",
    "量",
    # a work named by the act (八尺门海堤贯通工程)
    "工程",
    # a compound verb of integration, not a breakthrough of a tunnel (产学研用贯通融合)
    "融合",
    # preparations for the act (大型机械做好开工准备, 投产准备工作)
    "准备",
    # a person or people named by the act (空军重要奠基人之一, 入驻人员, 开工人数, 创立者)
    "人之一",
    "人员",
    "人数",
    "者",
    # the site or the people of the act (开工现场1个主会场, 入驻师生及工程师超百人)
    "现场",
    "师生",
)
#: A trigger naming the projects a description or a total is about (签约项目涵盖…领域, 集中开工
#: 项目共11个, …二期首发项目等): no act told. Up to four characters (招商, 重点) may qualify
#: 项目 between them. Not a bare count (签署合作项目21个 tells the act). So is one naming the
#: projects a duty is about (围绕…等64个亿元签约项目抓开工建设).
PROJECTS_NAMED_BY_ACT = r"[^，。；,;]{0,4}?项目(?:共|总共|合计|涵盖|包括|涉及|覆盖|分布|主要|等|抓)"
#: Triggers whose object follows them: a document noun after them (印发方案提出) is what they
#: release, not a compound noun (实施方案).
RELEASING_TRIGGERS = ("印发", "出台", "发布", "公布", "颁布")
DOCUMENT_TAILS = ("方案", "意见", "细则")
#: A trigger followed by one of TRIGGER_NOUN_TAILS that means "after" still makes an event
#: inside 继…之后 (an event of its own, with its own date).
AFTER_TAILS = ("后", "以后", "之后")
#: 自 before a year inside a clause (西部(重庆)科学城自2020年全面启动建设以后) opens a frame too.
SINCE_YEAR = r"(?:自|从)\s*(?:[0-9０-９]{4}|今年|去年|前年|上年)"
#: Clauses that frame a sentence with an earlier event (继…之后, 自…以来).
FRAME_HEADS = ("继", "自")
#: A 继 frame may run over clauses (继A，并B之后): up to this many, the 继 clause included.
SEQUEL_FRAME_HEAD = "继"
FRAME_RUN_CLAUSES = 3
FRAME_TAILS = ("之后", "以后", "以来", "后")
#: A span of time told from one act to another (自2017年12月开工建设，到首条模组建成投产仅用了
#: 一年): the first clause frames the second, its date is its own.
SPAN_FROM_HEADS = "自从"
SPAN_TO_HEADS = ("到", "至")
#: Triggers that name a stage (处于建设阶段): the noun tails above do not apply.
STAGE_TRIGGERS = ("处于建设阶段", "建设阶段", "量产阶段")
#: "进入/处于 … 阶段": an ongoing stage.
STAGE_PATTERN = r"(?:处于|进入)[^，。；]{0,8}阶段"
#: …but entering a stage named by an act of these types (进入试生产阶段) is that act, done.
STAGE_ENTERED = "进入"
STAGE_REACHED_TYPES = ("production", "opening")
#: A trigger right after one of these is an aim, not a milestone (推动量产, 助力投产).
AIM_VERBS = (
    "加快",
    "推动",
    "推进",
    "促进",
    "助力",
    "加快推进",
    "力促",
    "以",
    "为",
    "可",
    "可以",
    "能",
    "能够",
    "通过",
    "的",
    "其",
    # whether it will happen (能否按期投产备受关注)
    "能否",
    "是否",
    "可否",
    # a duty or a target stated (项目要落地，平台是关键; 企业必须按期投产; 建成竣工项目保投产)
    DUTY_WORD := "要",
    "必须",
    "务必",
    "应当",
    "保",
)
#: 要 ending these is no duty: a plan (将要, 就要, 快要) or a noun (主要, 重要, 纪要).
NOT_DUTY_BEFORE = ("将", "就", "快", "主", "重", "纪", "摘", "提")
#: Modal words among AIM_VERBS that tell a plan, not an ability, when the clause holds a time
#: (预计年底可投产, 年内能够投产; 建成后可带动就业 has none).
MODAL_AIMS = ("可", "能", "可以", "能够")
PLANNED_TIME = (
    r"[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月|明年|今年|年内|年底|年中|年初|月底|上半年|下半年|近期"
)
#: 宣布 before a trigger whose subject is carried from before (出席活动并宣布开工, 宣布开工令):
#: a person's part in a ceremony reported already, not a milestone of its own.
PROCLAIMED = "宣布"
#: …unless the works are named between 宣布 and the act (出席并宣布项目竣工投产, 宣布长山米业项目
#: 正式开工): the act reported again in a sentence of its own, a milestone (spec: each report).
PROCLAIMED_WORKS = ("项目", "工程")
#: …and 全部 there: the act told again of the whole (并全部并网发电) or a batch's target.
WHOLE = "全部"
#: A trigger right after one of these is a requirement (严格实施…规划, 切实推进), not an act.
REQUIREMENT_ADVERBS = ("严格", "认真", "切实", "坚决", "深入", "扎实", "有效")
#: A ceremony named as where someone spoke (市长…在开工仪式上表示): a speech, not the act.
#: The ceremony may be named by two acts (海南省省长…集中开工和签约仪式上提出…要求).
SPEECH_AT_CEREMONY = (
    r"^(?:[和暨及、与][^，。；上]{1,8})?(?:仪式|活动|典礼|现场)上"
    r"(?:发言|表示|指出|强调|说|致辞|讲话|介绍|提出|要求)"
)
#: An unnamed set before the trigger (一批…重大项目加速推进, 大批重大民生项目纷纷落地): a trend,
#: not one milestone; a set with a named member (A等一批项目) is not meant.
SET_QUANTIFIERS = (
    "一批",
    "一大批",
    "大批",
    "众多",
    "诸多",
    "一系列",
    "一些",
    "不少",
    "越来越多",
    "许多",
    "大量",
)
#: Several, no number, opening the clause (多项国家重点研发项目落地推进, 多家龙头企业签约入驻): a
#: trend too; not after a joiner going on with a list of named members (A、B等多个重大平台，以及
#: 多家龙头企业项目集中开工) nor after a numeral (20多个).
SEVERAL_OPENERS = ("多项", "多个", "多家")
#: A trigger inside an object ending with this is talked about, not done (向市主会场汇报三季度集中
#: 开工项目情况), unless it is a visit's (察看了重庆实验室建设情况).
STATE_OF_THINGS = "情况"
#: How near after the trigger a 的 makes a rank before it a description (首个完成竣工验收的项目).
RANK_ATTRIBUTIVE_REACH = 6
#: A count of years after the trigger is an anniversary, not the act (学校成立了100周年, 建成投产
#: 十周年).
ANNIVERSARY = r"了?[0-9０-９一二三四五六七八九十百千两]+[多余]?周年"
#: Adverbs of manner between an aim verb or 的 and the trigger (该项目的顺利投产, 推动项目早日
#: 全面投产): the trigger is still a noun or an aim.
#: An ordinal unit: the first (or n-th) of a kind (首条, 首根, 第二台). Opening the attribute of
#: X的Y it describes Y (首条搭载这一系统的“云轨”线路 → the line); inside a phrase after a name
#: it is that body's first product, and the body is the subject (…单晶硅项目首根单晶硅棒 → the
#: project).
ORDINAL_UNIT = r"(?:首|第[0-9一二三四五六七八九十]+)[个家座条款批项所位名台处支类场根辆架颗套块片列艘部]"
#: Words opening a project's name by its capacity (年产20万吨锂电池正极材料项目, 日处理500吨
#:垃圾焚烧发电项目): with a number after them they name one project, as a place before it does.
CAPACITY_OPENERS = ("年产", "年加工", "年处理", "年回收", "年出栏", "年屠宰", "年吞吐", "日处理", "日产")
#: Words ranking a thing among its kind (全国最大国产化单集群…): like an ordinal (ORDINAL_UNIT),
#: they open a description of the name written after it.
SUPERLATIVES = ("最大", "最长", "最高", "最早", "最先", "唯一")
#: The kinds of company a description ends with, before the company's own name (山西第一家中外
#: 合资企业华杰电子有限公司, 合资公司安徽建工皖江新材料科技有限公司): the name starts after them.
COMPANY_KIND_WORDS = (
    *("合资企业", "中外合资企业", "外资企业", "独资企业", "外商独资企业", "民营企业", "国有企业"),
    *("龙头企业", "链主企业", "合资公司", "子公司", "全资子公司", "控股子公司", "项目公司", "新公司"),
)
#: The scopes a first or n-th of its kind is counted in (全球首家电池零碳工厂, 西部首个国家实验室
#: 项目; a place named there counts too: 西藏第五个民用机场): with the ordinal they describe one
#: thing, named by the whole description.
ORDINAL_SCOPES = (
    *("全球", "全国", "国内", "我国", "世界", "亚洲", "全省", "全市", "全区", "省内", "市内"),
    *("西部", "东部", "中部", "西南", "西北", "东北", "华中", "华南", "华东", "华北"),
)
#: How far before a subject an ordinal describing it may open (第十二个: 4 characters).
ORDINAL_REACH = 6
MANNER_ADVERBS = (
    "顺利",
    "正式",
    "全面",
    "成功",
    "如期",
    "按期",
    "早日",
    "尽快",
    "全部",
    # also the end of a subject phrase (天津市重磅出台, 两江新区隆重举行)
    "重磅",
    "隆重",
    "高调",
    "火速",
    "一举",
    "大力",
    "率先",
    "圆满",
    # how the works go on (1300多名工人放弃休假，两班倒加紧施工)
    "两班倒",
    "三班倒",
    "昼夜",
    "日夜",
    "加班加点",
    "争分夺秒",
    "全力以赴",
    "马不停蹄",
)
#: Acts on an administrative unit or body that a clause may open with, the unit named after the
#: verb (设立三门峡市陕州区, 撤销陕县): with no one named acting, the unit is the subject.
ACTED_ON_VERBS = ("设立", "撤销", "组建", "成立")
#: The ends of an administrative unit's name (陕县, 郧阳区, 某某街道).
ADMINISTRATIVE_UNITS = ("省", "市", "县", "区", "镇", "乡", "街道", "自治州", "自治县")
UNIT_STATUS = "建制"
#: Joiners of two parties in a subject phrase (A及B已投产: A is the subject), and the closing
#: brackets a name may end with.
PARTNER_JOINER = "与"
PARTY_JOINERS = ("及", "和", PARTNER_JOINER)
CLOSING_BRACKETS = ")）]】"
#: A verb of one serial act split from the next by a manner adverb (建成正式通车运营, 竣工顺利
#:投产): the two are one act, typed by the later verb, and the earlier is no part of the subject.
SERIAL_ADVERB_MAX = 4
#: A trigger after one of these is a ceremony someone attended, not their milestone.
ATTENDANCE_WORDS = ("出席", "参加", "见证", "观摩", "参观", "致辞", "主持")
#: …unless the attendee performs the act itself (出席并宣布项目竣工投产, 出席并下达开工令).
ATTENDANCE_ACTS = ("并宣布", "并下达")
#: A trigger negated (重庆东站项目尚未开工, 至今没有投产, 不再开工建设): no act told. Read past
#: adverbs of manner (仍未如期开工).
NEGATIONS = ("未", "没有", "没", "不再", "不会", "不能", "无法", "难以")
#: How far before a trigger a negation or a word of attendance is read, adverbs of manner included.
MODIFIER_REACH = 16
#: A clause opening with 若 is a condition (若重庆东站项目如期投产，…), unless 若 begins a name
#: (若羌县, 若尔盖县).
CONDITION_HEAD = "若"
NOT_CONDITION_AFTER_HEAD = "羌尔"
#: A witness of two parties named acting (共同见证省低空产业投资公司与丽江市人民政府签署战略合作协议):
#: the witnessed act is told, with its parties joined by one of these.
WITNESS_WORD = "见证"
WITNESSED_PARTIES = ("与", "同")
#: A visit someone only takes part in or accompanies (副市长时镇参加调研, 陪同考察): the visit is
#: someone else's, told in its own clause; not 与B一同调研, where both visit.
ACCOMPANYING_WORDS = ("参加", "陪同", "随同", "参与")
#: A trigger whose first character closes another word with the character before it (拉开城市框架,
#: 全面展开工作, 召开工作会议, 交通车辆, 线上线下, 公交车下线): no trigger there. By the trigger's
#: first character.
FUSED_BEFORE_TRIGGER = {
    "开": "拉展召公离打敞揭避撕放翻铺张分", "通": "交普沟流畅", "上": "线", "下": "线", "交": "公"
}
#: Meetings between people attended (省长许勤参加会见, 出席座谈): the attendance tells no act of
#: its own, unlike a visit (参观考察).
ATTENDED_MEETINGS = ("会见", "接见", "会谈", "座谈")

#: …but a clause marking a founding or opening as formal reports it (召开，标志着X正式成立), and
#: so does one that ends with a work finished or put to use (随着最后一声炮响，标志着…隧洞顺利全线
#: 贯通; 医院行政部门率先迁入，标志着…一期工程正式投入使用)
MARKED_END_ACTS = (
    "投入使用", "投入运营", "投入运行", "建成通车", "通车", "贯通", "合龙", "竣工", "封顶", "落成", "投产",
)
MARKED_ACT = (
    r"^(?:这?标志着|宣告)[^，。；]{2,30}正式(?:成立|揭牌|启用|投用|开业|运营)"
    rf"|^(?:这?标志着|宣告)[^，。；]{{2,30}}(?:{'|'.join(MARKED_END_ACTS)})$"
    # …or a start told by its curtain (标志着江东新区全面建设正式拉开帷幕)
    r"|^(?:这?标志着|宣告)[^，。；]{2,30}(?:拉开帷幕|拉开序幕)"
    # a clause opening with 随着 or a target verb reports an act when it holds its own date
    # (随着…联网工程2018年11月建成投运, 确保明年投用, 冲刺年内竣工目标)
    r"|^(?:随着|确保|冲刺)(?!所有|全部)[^，。；]*?"
    r"(?:[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月|明年|今年|年内|年底|年中|年初|月底|上半年|下半年)"
)
#: Openers of a clause telling what the act before it marks: an act of the same type there is
#: that act told again (大桥顺利合龙，标志着大桥全线贯通; …开工典礼举行，标志着…实验室正式开建),
#: unless it is a start told by its curtain (6大项目集中开工，标志着江东新区全面建设正式拉开帷幕):
#: the start of a whole, an act of its own after the acts of its parts.
CURTAIN_WORDS = ("拉开帷幕", "拉开序幕")
MARKING_OPENERS = (
    "这标志着", "标志着", "这也标志着", "也标志着", "宣告",
    # 著 is left as printed by the script folding (著名): 標志著 reads 标志著
    "这标志著", "标志著", "这也标志著", "也标志著",
)  # fmt: skip
#: People performing the ceremonial act for a body (市长…共同为党工委和指挥部揭牌): after an act
#: told in the same sentence (…正式挂牌成立，…), the same act told again.
OFFICIATING = ("共同为", "一起为", "一同为")
#: An official who announces or orders the act (出席仪式并宣布…项目开工, 出席并下达开工令) is
#: no subject of it: the clause goes on about the subject carried in.
ANNOUNCING_VERBS = ("宣布", "下达")
#: Adverbs that may stand before an opener of DESCRIPTIVE_STARTS (持续推动…落地, 进一步推动):
#: the clause is an aim all the same.
DESCRIPTIVE_LEAD_ADVERBS = ("持续", "继续", "进一步", "全力", "大力", "积极", "着力", "努力", "加快")
#: A frame of purpose (以长春新区获批为契机, 以项目建设为抓手): what it names is the occasion
#: of what follows, not an event told.
PURPOSE_FRAME = r"^以[^，。；]{1,40}为(?:契机|抓手|载体|依托|引领|主线|核心|重点|目标|牵引)"
#: A document speaking (国务院批复中称, 《通知》中指出): the trigger names the document quoted,
#: not an act.
QUOTING_AFTER_TRIGGER = ("中称", "中指出", "中提出", "中明确", "中表示", "中强调", "中写道")
#: Clauses opening with these describe or interpret; they report no milestone.
DESCRIPTIVE_STARTS = (
    "作为",
    "这标志着",
    "标志着",
    # what a ceremonial act proclaims (…奠基培土，宣告…的盛大开工): the act told again
    "宣告",
    "这意味着",
    "意味着",
    "所谓",
    "这是",
    "都标志着",
    "为了",
    "为推动",
    "为促进",
    "为加快",
    "为确保",
    "随着",
    # aims and purposes: what a body pushed for, not what happened (推动A等268个项目投产)
    "推动",
    "确保",
    "力促",
    "助推",
    # the words of a decision quoted (批复中称，同意在吉林省长春市设立长春新区)
    "同意",
    # a frame of reference (按照“储备一批、签约一批、开工一批”的思路)
    "按照",
    "根据",
    "依照",
    # habits (每季度召开调度会)
    "每季度",
    "每年",
    "每月",
    "每周",
    "定期",
    # conditions and spans of time (一旦项目建成投用, 距离开工建设不到8个月)
    "一旦",
    "如果",
    "假如",
    # (若 and 待 only before words that show the condition: 若羌县, 待遇 are no conditions)
    "若能",
    "若是",
    "若该",
    "若项目",
    "倘若",
    "如若",
    "如能",
    "只要",
    "待到",
    "待该",
    "待其",
    "待项目",
    "等到",
    "距离",
    "距",
    # an aim to build something (构建东北地区快消品交易和交付枢纽)
    "构建",
    "打造",
    # steps of a story told in sequence (再到第一台试生产产品下线)
    "再到",
    "到最后",
    "从",
    # a directive (要求各地区9月底前可举办…开工仪式, 做到快开工、大开工)
    "要求",
    "做到",
    "鼓励",
    # a reason or purpose (之所以选择边建设边试生产, 主要是为下个月的正式投产争取时间)
    "之所以",
    "主要是为",
    "以便",
    "旨在",
    # an event celebrated or remembered (集会，庆祝中华人民共和国成立): not this report's act
    "庆祝",
    "纪念",
    "喜迎",
)
#: An aim before the trigger in its clause, opening it or after a modal (将加快推进A、B等项目落地
#: 建设, 推进A等285个项目开工): what a body pushes for, not what happened; 推进会 is a name. 早日/早
#: right before it is a slogan (力争早开工、早建成、早投产), not 今早 (this morning) nor 提早 (ahead
#: of time: 提早竣工 is the act).
AIM_BEFORE = (
    r"(?:^|将|要|还|并|全力|继续|进一步)(?:加快推进|加快|推动|推进|促进|确保|力促|助推|抢抓|狠抓|紧抓|抓好|抓实|紧盯)(?![会办中])"
    # a duty of work: 抓 with the act as its object (围绕…项目抓开工建设, 狠抓项目落地达效)
    r"|抓(?![紧住获捕拍])[^，。；、]{0,8}$"
    # a slogan of work in two halves (一手抓竣工投产增增量，一手抓项目开工蓄后劲)
    r"|一手抓"
    r"|早日$|(?<![今昨明提])早$"
)
#: A trigger listed with other nouns before 等 (聚焦项目引进、开工、投产、达产等关键环节) is a noun.
NOUN_LIST_MARK = "、"
#: A sentence ends at an ellipsis, unless it closes a list and the clause runs on (A、B、C……相继入驻).
ELLIPSIS = "……"
NOUN_LIST_END = "等"
#: 自…以来 with no date of its own (这项工作自启动以来) frames nothing datable.
SINCE_TAIL = "以来"
#: A clause ending in these sums up the time since (今年以来，…; 十余年来，…; 三年来，…).
SINCE_CLAUSE_TAILS = ("以来", "年来")
#: Occasions counted over a time (先后举办9次…活动, 连续举办了8场…, 先后六次召开…座谈会): a
#: roll-up of many acts, not one milestone. A numbered one (第9次) is one occasion.
ROLLED_OCCASIONS = (
    r"(?:先后|连续|相继|陆续|累计|共计|多次)[^，。；,;]{0,6}?(?<!第)"
    r"[0-9０-９一二三四五六七八九十两几多]+(?:次|场|轮|届|批次)"
)
#: Triggers beginning with these make an event only with a date in their own clause (开展…活动:
#: undated, it is a habit or a general aim).
DATED_ONLY_HEADS = ("开展",)
#: Triggers that make an event only when a date governs their clause (群众在城关集会, 县城迁至新城镇:
#: undated, a rally or a move is no milestone: 禁止非法集会, 居民陆续迁至新居).
DATED_ONLY_TRIGGERS = ("集会", "迁至", "迁往", "搬迁至")
#: …unless a named body moves (杭州市人民政府驻地由…迁至…; 公司总部由北京迁至上海): a seat moved
#: is a milestone of the body, dated or not.
MOVING_BODY_TYPES = ("government", "company", "institute", "organisation", "university", "platform")
#: Gifts: the amount right after the trigger is what was given (向母校中国科大捐赠2亿元人民币),
#: not a statistic.
GIFT_TRIGGERS = ("捐赠", "捐资", "捐款", "捐建")
#: Clauses ending with these set a scene for what follows (博览会即将召开之际, 本次开工项目中,
#: 在…加快建设教育强国…的关键节点).
FRAME_ENDS = ("之际", "项目中", "关键节点", "重要节点", "关键时期", "重要时期", "关键时刻")
#: A trigger right after one of these is history named as a period (新中国成立以来).
HISTORIC_NAMES = ("新中国", "建国", "改革开放")
#: A clause that grades an act (…下线对产业园具有里程碑意义) reports no milestone.
EVALUATION_CUES = ("意义",)
#: 突破/攻克 with an object of these is a breakthrough (突破固态电池关键技术).
BREAKTHROUGH_OBJECTS = ("技术", "难题", "瓶颈", "难关", "工艺", "核心", "关键")
#: 突破 and 攻克 need one of these before them in the clause (取得…突破), or, for 攻克, a list.
BREAKTHROUGH_NEEDS = ("取得", "实现", "先后", "成功")
#: An approval trigger followed by one of these names a list (拟认定名单): the trigger is no verb.
DESIGNATION_LIST_TAILS = ("名单",)
#: A trigger right after a demonstrative and a measure word refers back to an act already
#: told (这场签约绝非…, 此次开工的项目): a topic, not a new act.
REFERRING_HEADS = ("这场", "此场", "这次", "此次", "本次", "该次", "这一", "此番", "这些", "本轮", "此轮")
#: 认定/列为 followed by a count is a tally, unless the clause names what they become
#: (拟认定12家…为重点实验室).
DESIGNATION_AS = "为"
#: Words a noun phrase before a trigger must not hold to stand as its subject.
#: Verbs of NOT_IN_SUBJECT that stand inside a name right before its suffix, naming what the
#: body does (投资促进中心, 创新助力平台), when not opening it.
VERBS_NAMING_A_BODY = ("促进", "推进", "推动", "助力", "主办", "承办")
NOT_IN_SUBJECT = (
    "从",
    "把",
    "将",
    "对",
    "我们",
    "看到",
    "以",
    "围绕",
    "提出",
    "通过",
    "探索",
    "听取",
    "为",
    "其",
    "共有",
    "该",
    "由",
    "主办",
    "承办",
    "推动",
    "推进",
    "促进",
    "助力",
    "早日",
    "宣布",
    # a verb: a phrase holding it is a predicate, not a name (目前项目整体规划设计方案已完成公示).
    "完成",
    # the hands at work, not the work (工人正忙碌建设电站大坝和厂房)
    "工人",
    # a field of work, not a body (西藏能源、交通、民生等领域重点项目建设正在有序推进)
    "领域",
)
#: Before a signing trigger, a party after one of these is the other party (与X签署).
PARTNER_MARKERS = ("与", "同", "和")
#: Types whose act is told apart by its other party: one sentence may sign with two partners
#: in two clauses (与A签署…，与B签约), two events; or release two documents in two clauses
#: (出台《…意见》，印发《…措施》), two events.
PARTNERED_TYPES = ("signing", "policy_release")
#: A clause opening with these names only the other party: its subject is the clause before's.
PARTNER_OPENERS = ("与", "同")
#: Words opening with a partner marker that are no partner (与会嘉宾, 同时, 同比, 同步).
WORDS_OPENING_WITH_PARTNER = (
    "与会",
    "同时",
    "同比",
    "同步",
    "同期",
    "同年",
    "同月",
    "同日",
    "同一",
    "同样",
    "同意",
)
#: What stands between the other parties listed after 与 (与A、B和C签署).
PARTY_LIST_JOINERS = ("、", "和", "及", "以及")
#: 计划 right after these is a noun (行动计划), not a plan of the clause.
PLAN_NOUN_BEFORE = ("行动", "发展", "工作", "五年", "专项", "培育")
#: Nouns that make 实施/推出/施行 a policy release without 《》 (“倍增”行动计划).
DOCUMENT_NOUNS = (
    "计划",
    "方案",
    "办法",
    "条例",
    "意见",
    "措施",
    "政策",
    "细则",
    "规划",
    "决定",
    "林长令",
    "河长令",
    "湖长令",
)
#: Verbs that announce a document's words (方案提出, 《意见》明确, 通知要求): the clauses after
#: them in the sentence tell what the document says, no act (`milestones`).
CONTENT_VERBS = ("提出", "明确", "规定", "要求", "指出", "强调")
#: After a clause releasing a document (印发《…工作要点》，…), a clause opening with one of these
#: tells what the document does (将A纳入B, 对…提出要求, 明确…), not an act; not a plan of the
#: document itself (将于3月1日起施行).
RELEASE_TYPE = "policy_release"
DOCUMENT_CONTENT_OPENERS = ("将", "对", "明确", "提出", "要求", "鼓励", "支持", "把")
NOT_DOCUMENT_CONTENT_OPENERS = ("将于", "将在", "将自", "将从", "将正式", "将全面")
TITLE_OPEN = "《"
TITLE_CLOSE = "》"
#: A ceremony named by the act it holds, after the act's trigger (开工签约仪式 after 签约).
CEREMONY_NAME_AFTER_ACT = r"[^，。；0-9０-９]{0,4}(?:仪式|典礼|活动)"
#: A sentence opening at a ceremony told before (仪式上，…等16个项目进行了集中签约).
AT_THE_CEREMONY = ("仪式上", "活动上", "典礼上", "主会场", "分会场")
#: …also after 在 and a place (在位于中新广州知识城的主会场，…107个项目集中动工).
AT_THE_CEREMONY_PLACE = "在[^，。；]{0,30}"
#: A clause after the act that grades it (…揭牌，标志着…跨出了历史性的一步): an undated act of
#: a type told already is only its topic.
GRADING_OPENERS = ("标志着", "这标志着", "意味着", "这意味着")
#: 建成 a thing described as a whole of many parts (将建成集研发、生产于一体的…总部): what it will
#: be, no act.
DESCRIBED_WHOLE = r"集[^，。；]{1,60}?于一体"
#: A plan word before a trigger and 项目 after it name projects (计划开(复)工项目涉及…).
PLANNED_NOUN_BEFORE = ("计划", "拟")
#: What 推出 launches as an opening (a platform, a service).
LAUNCHED_THINGS = ("平台", "中心", "基地", "服务区", "系统")
#: 建成 followed by these is a count or a general aim, not a completed facility.
NOT_AFTER_JIANCHENG = ("投用", "投运", "后", "为")
#: A figure of speech as what starts or opens (…经济社会发展的新引擎已然启动, 新篇章已经开启):
#: no body's milestone. Adverbs of FIGURE_ADVERBS may stand between it and the trigger.
FIGURATIVE_SUBJECTS = ("引擎", "篇章", "征程", "号角", "新局", "新格局")
FIGURE_ADVERBS = ("已然", "已经", "已", "正式", "全面", "就此", "由此")
#: 把 before 建成 and a noun phrase after it (把天水建成国家先进装备制造业重要基地): a place made
#: into something, an aim, not a facility completed.
MAKING_INTO_MARK = "把"

#: Forward-looking cues: the clause reports a plan.
PLANNED_CUES = (
    "预计",
    "计划",
    "将于",
    "将在",
    "将陆续",
    "将全面",
    "将进入",
    "将建",
    "将",
    "拟",
    "力争",
    "争取",
    "有望",
    "可望",
    "即将",
    "届时",
    "目标",
    "不久后",
    "定于",
    # imminent (重庆东站开通在即)
    "在即",
    # a target set (确保明年投用)
    "确保",
    # preparing to (准备试生产), not the noun (准备工作: PREPARE_NOUNS)
    "准备",
)
#: 将 as 把 (将“X”确定为…) or inside words is not a plan.
#: 将有 (there will be) governs the whole clause, a 的 phrase in it included.
FUTURE_EXISTENCE = "将有"
NOT_PLANNED_AFTER_JIANG = '“《"近军　'
#: 将 as 把 before a thing named and the verb that designates it (省政府将扬州确定为…试点城市,
#: 将该项目列入省重点项目清单): the designation is told, not planned; 将于/将在/将被 stay plans.
JIANG_DISPOSAL = r"将(?![于在被把要会可能全陆])[^，。；]{1,16}?(?:确定为|列为|列入|纳入|评为|命名为|认定为)"
#: 准备 before one of these is a noun (做好准备工作), no plan.
PREPARE_WORD = "准备"
PREPARE_NOUNS = ("工作", "阶段", "情况", "事项")
#: 拟 inside a word is no plan (虚拟现实, 模拟).
INTEND_WORD = "拟"
NOT_PLANNED_BEFORE_NI = ("虚", "模")
#: A planned sum told after the act (引进某集团拟投资20亿元建设…, 签约…计划投资5亿元): the
#: investment's plan, not the act's.
PLANNED_SUM = "投资"
#: Cues of an ongoing process.
ONGOING_CUES = (
    "正在",
    # works near their end (四大厂房接近完工, 工程接近尾声)
    "接近完工",
    "接近尾声",
    "加快建设",
    "推进中",
    "正加快",
    "加速推进",
    "正处于",
    "处于",
    "正加速",
    # work told as under way (工人正忙碌建设, 项目建设稳步推进, 施工如火如荼)
    "正忙碌",
    "正紧张",
    # …or without 正 (风电四期项目在紧张建设中, 项目目前也在快速推进中)
    "紧张建设",
    "紧张施工",
    "快速推进",
    "正加紧",
    "正抓紧",
    "加紧建设",
    "加紧施工",
    "抓紧建设",
    "抓紧施工",
    "稳步推进",
    "有序推进",
    "顺利推进",
    "加快推进",
    "如火如荼",
    "正酣",
    # works pressed on (争分夺秒建设, 工人们正昼夜奋战, 掀起施工热潮, 刷新建设进度条)
    "争分夺秒",
    "奋战",
    "赶工",
    "加班加点",
    "夜以继日",
    "热潮",
    "进度条",
)

#: Cues of opinions and proposals: the sentence is not a milestone. STRONG ones also mark
#: the rest of the paragraph (a speaker's list of proposals).
OPINION_CUES = (
    "建议",
    "认为",
    "呼吁",
    "希望",
    "应当",
    "应该",
    "应着力",
    "必须",
    "要加快",
    "要加强",
    "要推动",
    "要深入",
    "可以借鉴",
    "需要",
)
PARAGRAPH_OPINION_CUES = ("建议",)
#: 建议 right after these is a noun (规划建议, 提出修改完善建议), not a proposal being made.
NOUN_SUGGESTION_BEFORE = ("规划", "提出了", "修改完善", "高水平", "的")

#: Statistics and trends: not milestones.
STATISTIC_CUES = (
    "同比",
    "累计",
    "占比",
    "增至",
    "增长",
    "增加",
    "共计",
    "纷纷",
    "年均",
    "个数的",
    "总数达",
    "达到",
    "提高到",
    "超过",
    "比重",
    "余额",
)
#: Tallies written as patterns: money or a share ending the clause (总投资43495.51万元, 32.1%),
#: "already N bodies" (现已有26家企业将落户), a count of people (1000余名科研人才确定入驻).
STATISTIC_PATTERNS = (
    r"[0-9０-９.]+[万亿]?元(?:人民币)?$",
    r"[0-9０-９.]+[%％]$",
    r"已有[^，。；]{0,8}[0-9一二三四五六七八九十百千]+[余多]?[家个所项名座条台套]",
    r"^[0-9一二三四五六七八九十百千万]+[余多]?名",
    r"新(?:签约|开工|落地|引进|投产)[^，。；]{0,12}[0-9一二三四五六七八九十百]+[个家项]",
)

#: A batch of projects (项目11个) started or signed at once is a milestone of these types.
BATCH_TYPES = ("construction", "signing", "production")
PROJECT_BATCH = "项目[0-9一二三四五六七八九十百]+个$"
#: …but not a batch named by its number or told again (合肥市2023年第三批开工动员项目93个,
#: 本次集中开工重大项目24个): that is a tally of a batch reported elsewhere.
BATCH_NAME_BEFORE = ("批", "批集中")
#: A batch counted after one of these is a part of a batch reported before (其中，南昌市一季度
#: 开工重大项目70个; 此外还有254个亿元以上项目同步开工): a tally, not a milestone.
SUBSET_OPENERS = ("其中", "此外", "另有", "另外", "其余", "剩余", "其他")
#: A sentence opening with these, or holding a clause that ends in 以来 (2024年以来), sums up a
#: period: a clause in it listing "A等N个…" is a roll-up, not one milestone (目前，…联合微电子等
#: 135个产业项目签约落地).
CUMULATIVE_OPENERS = ("目前", "截至", "截止", "至今", "迄今")
#: A sentence opening with an aim (推动A、B等268个项目投产，C等147个项目达产) lists what a body
#: pushed for: a clause in it listing "A等N个…" is a roll-up too.
AIM_OPENERS = ("推动", "力促", "助推", "促进", "加快推进")
#: In a sentence framed by a period (2024年以来，…), a clause telling what has already been done
#: (目前已签约台湾青年, 先期已招引落地…) with no date of its own is a roll-up too.
ALREADY = "已"
#: A sentence opening with a period without a date (长期以来, 近年来) tells history in general
#: terms: its clauses without a date of their own are no milestones.
HISTORY_OPENERS = ("长期以来", "多年以来", "多年来", "近年来", "近些年来", "一直以来", "历年来")
#: A dateline glued to the first sentence (扶绥讯近年来，…; 本报讯（记者 张三）近年来，…).
DATELINE_LEAD = r"[^，。；：！？\s]{1,8}讯(?:[（(][^）)]{0,30}[）)])?\s*"
#: A news agency's dateline opening a sentence (中新网海口3月18日电 (记者 尹海明)…, 新华社北京
#: 7日电…, 中评社北京1月30日电/据…): an outlet (…社, …网, …报, …台, …频道, …新闻) and a place,
#: the day, 电 or 讯 that opens no word (电力, 讯息), and the byline in brackets. No part of
#: the clause it is glued to: the outlet is no subject and the place no location.
DATELINE_OPENING = (
    r"[^，。；：！？,;:!?（(【】\n]{0,10}?(?:社|网|报|台|频道|新闻)[^，。；：！？,;:!?（(【】\n]{0,8}?"
    r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电(?![力网站厂池子视商器动梯缆信源气])|讯(?![息号]))"
    r"\s*(?:[（(][^）)]{0,30}[）)])?[\s/]*"
)
#: A clause opening with these sums up to a day (截至25日，…已签约合作项目15个): counts after it
#: are tallies.
UNTIL_OPENERS = ("截至", "截止")
LISTED_COUNT = "等[0-9一二三四五六七八九十百千]+[余多]?[个家项所座批]"
#: Adverbs of acts spread over a period (全市陆续开(竣)工重大项目83个, 先后签约…): with a count,
#: a roll-up, not one milestone.
ROLLUP_ADVERBS = ("陆续", "先后", "相继")
#: A batch counted after a cue of target (2012年，绥化市计划开工建设产业项目700个; 全年力争签约项目
#: 50个) is a target for a period, unless the batch is acted on together (计划3月集中开工项目12个).
TARGET_CUES = ("计划", "力争", "目标", "争取", "全年")
TOGETHER_WORDS = ("集中", "同时", "同步")
#: A count so far in the clause before its trigger (目前已成功招引8户配套企业落户, 至今已引进5个项目
#: 落地): a tally, not one act.
#: In a sentence summing up a period (截至目前，园区已吸引30家企业签约落户), any such count is one.
BODY_COUNT = "[0-9一二三四五六七八九十百千]+[余多]?[户家个项所座批]"
#: Projects counted and none named (西安市6个先进制造业项目竣工, 新入统落地招商项目242个), in a
#: clause dated by a period of one of ROLL_UP_GRAINS (上半年, 2024年): a roll-up of the period
PERIOD_PROJECT_COUNT = (
    "[0-9０-９一二三四五六七八九十百千]+[余多]?个[^，。；]{0,12}项目|项目[0-9０-９一二三四五六七八九十百千]+[余多]?个"
)
#: (A quarter's batch is one collective start as often: 一季度长寿区开工新材料产业项目11个.)
ROLL_UP_GRAINS = ("half", "year", "multi-year")
#: A subject that is only a category of projects (民生项目加快建设, 重点项目稳步推进), with no count
#: in its clause: a general trend, not one body's milestone.
GENERIC_PROJECTS = r"(?:全市|全区|全省|全县)?(?:重点|重大|民生|产业|基础设施|招商|续建|新建|在建|签约)项目"
PRESENT_COUNT = "(?:目前|至今|迄今|现已|如今)[^，。；]{0,8}?" + BODY_COUNT
#: A total right before the trigger (七市地一季度共开工子项目996个): a tally.
TOTAL_BEFORE = ("共", "共计", "合计", "总计")
#: 新 right before a batch trigger makes it an attribute (新开工项目, 二是注重新开工项目扩大增量).
NEWLY = "新"
#: …for a construction or signing always; for production only before 项目 (新投产项目), since
#: 新投产一条生产线 tells the act.
NEWLY_TYPES = ("construction", "signing")
NEWLY_NOUNS = ("项目",)
#: The longest trigger looked for between 新 and a second trigger (新竣工投产项目, 新建成投用项目).
SERIAL_TRIGGER_MAX = 4
#: Projects only counted before the trigger (此外还有254个亿元以上项目同步开工); a named one
#: (此外，X项目等6个项目开工) is a milestone.
COUNTED_PROJECTS = (
    "^(?:此外|其中|另有|另外|其余|剩余|其他)?(?:还有|还|共有|共|有)?[0-9一二三四五六七八九十百千]+[余多]?个[^，。；]{0,12}项目"
)

#: Firms said to be present (有宇培、荣桂等上市公司入驻, 已有龙头企业入驻): a description of a
#: park, no signing.
PRESENCE_OPENERS = ("有",)
PRESENCE_WORDS = ("已有", "还有", "现有", "共有")
#: Types whose act told of a listed count (…水资源利用等18个专项规划已编制完成) is a tally: no
#: batch of them is ever a milestone of its own.
TALLIED_TYPES = ("other",)
#: A record set (创下了当年拿地、当年建设、当年完工、当年投产的“颍泉速度”): the acts inside it
#: describe the record, none is told.
RECORD_VERBS = ("创下", "创造", "创出")
#: The attributive particle: "X的Y" makes Y the head; a trigger before it is attributive.
ATTRIBUTIVE = "的"
#: A park or platform right after one of these is the event's location (在重庆国际博览中心闭幕).
SITE_MARKERS = ("在", "于")
SITE_TYPES = ("platform",)
#: What joins names listed as joint subjects (金凤实验室、嘉陵江实验室相继揭牌).
LIST_JOINERS = ("、",)
#: Separators of a list of names (巴南龙洲湾、九龙坡西彭等3座加氢站).
LIST_SEPARATORS = "等、"
#: A year ahead written as "到2027年": the clause looks forward.
PLANNED_YEAR = r"到\s*[0-9０-９]{4}\s*年"
#: A clause "在<meeting>上" opens with this preposition.
MEETING_PLACE_HEAD = "在"
#: A year written as 年度 followed by a noun is part of a name (2023年度用户大会).
YEAR_OF_NAME = "年度"
#: Marks opening a quoted or titled name (2023年度“十大科技进展”, 2024年度《…》).
NAME_OPENERS = ("“", "‘", '"', "《", "「", "『")

#: A meeting named after the body it founds (X专业委员会成立大会): X is the subject. A meeting
#: joined to another by 暨 keeps its whole name.
FOUNDING_MEETINGS = ("成立大会", "成立会议", "成立仪式")
FOUNDING_MEETING_JOINER = "暨"

#: After the trigger, the thing it concerns named by a copula (现场开工项目为X工程): X is the
#: subject when it ends in a known suffix.
NAMED_BY_COPULA = (
    r"(?:的[^，,。；;、：:的]{0,4})?项目(?:为|是)(?:[^，,。；;、：:]{0,30}的)?"
    r"(?:民营企业|国有企业|外资企业|台资企业|龙头企业)?(?P<name>[^，,。；;、：:的]{4,40})$"
)
#: A copula before an attributive trigger (W4是园区…主体结构封顶的主楼, 该项目是今年6月实现投产
#: 试运行的重大项目): the milestone is told of what stands before 是, when the head after 的 is a
#: thing built or run; a batch (是此次一季度开工的高热区域) and a region are no such head, and a
#: rank (是“十四五”期间我国首个开工的核电项目) describes, it tells no act.
COPULA = "是"
COPULA_HEADS = ("项目", "主楼", "楼", "工程", "企业", "工厂", "基地", "园区", "产业园", "中心", "设施")
#: Ranks: "the first X to…" describes X (是…我国首个开工的核电项目, 成为…首个完成竣工验收的项目).
RANK_WORDS = ("首个", "首家", "第一个", "第一家", "唯一")
#: Sector words that open a body's name before its place (铁路上海局苏州铁路工程建设指挥部,
#: 国网四川省电力公司): the name is not cut to the place.
SECTOR_OPENERS = ("铁路", "国铁", "国网", "电网", "中铁", "中建", "中交", "中核", "中电", "中冶", "中化")
#: Facilities named after the full name of the company that owns them (华能雅江公司加查水电站)
#: are named without it, the company their owner.
COMPANY_OWNED_TYPES = ("facility",)
COMPANY_WORD = "公司"
#: People at work named as a group (建设者们, 工人们, 全体职工) are never the subject: the clause
#: goes on about the works.
PEOPLE_AT_WORK = ("们", "建设者", "工人", "职工", "员工", "施工人员")
#: '在X项目(施工)现场，…': the site frame that makes X the topic of the clauses after it.
SITE_FRAME_HEAD = "在"
SITE_FRAME_TAILS = ("施工现场", "建设现场", "现场")
#: Passive approvals of a body set up: the body named right after is the subject (…哈尔滨市，
#: 已经获批设立哈尔滨新区 → 哈尔滨新区; an authority that approves, 国务院批准设立X, stays).
SET_UP_APPROVED = ("获批设立", "获批成立", "获准设立", "获批组建")
#: Words ending in 是 that are no copula but adverbs or conjunctions (尤其是…试生产的达利食品项目).
NOT_COPULAS = ("尤其是", "特别是", "于是", "但是", "可是", "或是", "凡是", "要是", "若是")
COPULA_NOT_BETWEEN = ("此次", "本次", "这次", *RANK_WORDS)

#: Words for the region an article is about, opening a subject phrase (全省各地, 我市共有3个
#: 产业项目, 全省第三批重大项目): the subject is the last place of that level named before.
REGION_WORDS: dict[str, str] = {
    "全省": "province",
    "我省": "province",
    "本省": "province",
    "全市": "city",
    "我市": "city",
    "本市": "city",
    "全区": "district",
    "我区": "district",
    "本区": "district",
    "全县": "district",
    "我县": "district",
    "本县": "district",
}

#: Words of a tally: a region word before them names no actor (全省共计成功签约…).
TALLY_WORDS = ("共计", "共有", "累计", "合计", "总计")

#: Subjects too vague to stand for an entity.
GENERIC_SUBJECT_WORDS = (
    "当地",
    "全市",
    "全区",
    "两地",
    "我市",
    "他们",
    "我们",
    "企业",
    "公司",
    "这",
    "其",
    "它",
    # Words of the event itself, not names (全部开工, 连续获评, 现场发布了《…》, 全线贯通).
    "全部",
    "全线",
    "现场",
    "连续",
)
#: A sentence opening with a name of another type than these makes it the paragraph's topic, the
#: subject of a later clause that names nothing (places and people are where and who, not what).
TOPIC_SKIP_TYPES = ("place", "person")
#: A place before a count of projects, joined by 共有 / 有 / 共 (武汉共有43个项目集中开工).
PLACE_SHARE_JOINER = "有"
#: …or a short name ending like a place (芙蓉区, 德阳市), when not recognised as one.
PLACE_SHARE_SUFFIXES = ("省", "市", "区", "县", "旗", "州")
PLACE_SHARE_MAX = 8
#: …with none of these in it: a scope or a roll-up, no name (已推动全省753个项目开工建设).
PLACE_SHARE_NOT_IN = "全已推动累计了的在于将各"
#: How far back (characters) in its paragraph the topic of such a clause is looked for.
TOPIC_REACH = 300
#: Words before a trigger telling that the act is done (已完成土建工程, 正式投产, 实现…封顶).
#: Types of acts done to works (建成, 开工建设, 投用): the works named after such a trigger are what
#: the clause is about when the subject carried to it is a work itself.
WORKS_ACT_TYPES = ("construction", "opening", "production")
#: The aspect particle a verb may take before its object (建成了宜宾港三期工程).
PERFECTIVE = "了"
DONE_CUES = ("已", "了", "正式", "顺利", "成功", "首次", "率先", "实现")
#: Words spreading an act over many (9月底前全部开工, 纷纷落地, 陆续开工): with no subject of its
#: own, the clause tells of a set, not of the paragraph's one topic.
SPREAD_ADVERBS = ("全部", "均已", "纷纷", "接连", "陆续", "相继", "先后", "逐步")
#: What a paragraph can be about when a clause with a trigger names no subject at all: the last
#: name of these types before it in the paragraph (places, people, meetings and authorities
#: are where, who and the frame, not what changed).
TOPIC_TYPES = (
    "facility",
    "platform",
    "lab",
    "project",
    "institute",
    "company",
    "organisation",
    "university",
    "alliance",
)
#: Parts and stages of a building, not names: the clause goes on about the project named before
#: (计划6月底前完成基础施工，年底主体结构完工).
BUILDING_PARTS = ("主体结构", "主体工程", "主体", "基础", "基础施工", "土建工程", "土建", "结构")
#: A phase named alone (首期计划于2021年竣工交付, 二期将于明年投产): a part of the works told of
#: before, no name; the clause goes on about them.
BARE_PHASES = ("首期", "一期", "二期", "三期", "四期", "五期")

#: Head nouns of things that have names, for the subject phrase before a trigger or opening a
#: clause (`noun_phrase`): there a name ending in one of them is read even when the entity
#: recogniser knows no suffix of it (垣曲县移民初中, 南昌大学二附院红角洲分院, 水秦快速路).
#: The name suffixes (ORG_SUFFIXES) are heads too. Head -> entity type.
PHRASE_HEADS: dict[str, str] = {
    # roads, railways and lines
    "路": "facility",
    "公路": "facility",
    "快速路": "facility",
    "大道": "facility",
    "高速": "facility",
    "铁路": "facility",
    "高铁": "facility",
    "城际": "facility",
    "线": "facility",
    "连接线": "facility",
    "铁路线": "facility",
    "通道": "facility",
    "管道": "facility",
    "段": "facility",
    # bridges, stations, ports, buildings
    "桥": "facility",
    "特大桥": "facility",
    "航站楼": "facility",
    "楼": "facility",
    "馆": "facility",
    "体育场": "facility",
    "体育馆": "facility",
    "站": "facility",
    "港": "facility",
    "枢纽": "facility",
    "厂": "facility",
    "工坊": "facility",
    "广场": "facility",
    "综合体": "platform",
    # hospitals, schools, parks
    "分院": "facility",
    "附院": "facility",
    "卫生院": "facility",
    "新院": "facility",
    "院区": "facility",
    "学校": "facility",
    "中学": "facility",
    "小学": "facility",
    "初中": "facility",
    "高中": "facility",
    "幼儿园": "facility",
    "校区": "facility",
    "新校区": "facility",
    "公园": "platform",
    "风景区": "platform",
    "景区": "platform",
    "园": "platform",
    "城": "platform",
    # lists announced (中国产业园区百强榜单同时揭晓)
    "榜单": "policy",
    "名单": "policy",
    "排行榜": "policy",
}
#: Route heads: a name ending in one may join its two ends with 至/到 (寻乌(赣闽界)至全南高速公路,
#: 南昌至樟树高速公路改扩建工程, 马家坪-中川铁路线).
ROUTE_HEADS = (
    *("路", "公路", "快速路", "高速", "铁路", "高铁", "城际"),
    *("线", "连接线", "铁路线", "通道", "管道"),
)
ROUTE_JOINERS = ("至", "到")
#: Words that end a phrase in a head noun without naming anything (思路, 道路, 全线, 一线, 路线).
NOT_PHRASE_NAMES = (
    *("思路", "道路", "全线", "一线", "路线", "在线"),
    *("上线", "下线", "线上", "线下", "防线", "主线"),
    *("阶段", "手段", "地段", "时段", "片段"),
)
#: A subject phrase right after one of these is a complement, not the subject: a preposition
#: (在重庆园博园启幕, 由…举办, 与…签约), a conjunction, or the end of a count or a batch (11栋制酒
#: 厂房, 第一批招商引资项目), a list of kinds (…等现代服务业项目) or a token cut in two
#: (100t/d冶炼工程).
PHRASE_NOT_AFTER = "在于由从向对与同和及把被给经以到至自当为等批栋个家座条项所/"
#: Modal and verb words no name opens with (要抢抓项目开工: a call to act, no project's name),
#: besides VERB_OPENERS, AIM_VERBS and PLANNED_CUES.
PHRASE_NOT_OPENING = ("要", "需", "需要", "应", "应当", "必须", "抢抓", "狠抓", "抓好", "抓", "做好", "全力")
#: Adverbs and verbs no name holds, besides SUBJECT_BREAK_WORDS and MODAL_BREAK_WORDS: a phrase
#: opening a clause ends before them (赣龙铁路扩能工程基本完成全线铺架 → 赣龙铁路扩能工程).
PHRASE_BREAKS = (
    "基本",
    "完成",
    "已",
    "将",
    "被",
    "正",
    "总投资",
)
#: Words after the name in a subject phrase that are no part of it: a part of the works or the
#: work itself (…分院基坑土方工程基本结束, …新校区建设基本完工, …中心主体工程完工), the
#: passive 被 and the adverbs of how far the work has got (基本, 全面).
PHRASE_TAILS = (
    *BUILDING_PARTS,
    *WORKS_PART_NOUNS,
    "基础工程",
    "桩基工程",
    "土方工程",
    "基坑土方工程",
    "建设",
    "施工",
    "被",
    "并",
    "于",
    "同时",
    "基本",
    "整体",
)

#: The noun phrase before a trigger, when no named entity stands there, is the subject once
#: these are stripped: adverbs and auxiliaries at its end, connectives at its start.
SUBJECT_TAIL_WORDS = (
    "全线",
    "已经",
    "已",
    "正式",
    "正在",
    "正",
    "还",
    "也",
    "均",
    "都",
    "先后",
    "陆续",
    "率先",
    "联合",
    "共同",
    "相继",
    "顺利",
    "首次",
    "成功",
    "将",
    "即将",
    "拟",
    "计划",
    "预计",
    "再",
    "又",
    "了",
    "刚刚",
    "才",
    "高位统筹",
    "纷纷",
    "相继",
    "集中",
    "审议",
    "统筹",
    "携手",
    "分别",
    "全面",
    "加速",
    "一体",
    "接连",
    "跟进",
    "不断",
    "同步",
    "随即",
    "随后",
    "隆重",
    "盛大",
    "热烈",
    # verbs and cues right before a trigger, as left once 于 has cut the phrase (…工程也定于6月
    # 开工, 正处于建设高峰) or whole (…隧道实现安全贯通)
    "也定",
    "正处",
    "实现",
    "安全",
    # adverbs of a plant's start (1号机组一次点火成功)
    "一次",
)
SUBJECT_LEAD_WORDS = (
    "其中",
    "此外",
    "同时",
    "另外",
    "而",
    "并于",
    "并",
    "且",
    "于",
    "随后",
    "目前",
    "当前",
    "到现在",
    "现在",
    "至今",
    "如今",
    "近日",
    "日前",
    "预计",
    "计划",
    "将于",
    "将",
    "力争",
    "争取",
    "确保",
    "冲刺",
    "这标志着",
    "标志着",
    "全力",
    "为",
    "正式",
    "已",
    "已经",
    "还",
    "也",
    "均",
)
#: The phrase ends before these (宇树科技西部创新运营中心在大渡口区 → …运营中心; 相城已与中建
#: 基础公司签署: the partner after an adverb and 与 is no part of the subject).
SUBJECT_CUT_AT = (
    "在",
    "于",
    "由",
    "举行",
    "召开",
    "举办",
    "已与",
    "将与",
    "正与",
    "还与",
    "也与",
    "已和",
    "将和",
    # A与B代表双方签署: the people who sign for the parties, no party themselves
    "代表",
    *APPROVER_OPENERS,
)
#: Words that hold a cut marker without opening a complement (自由贸易港, 存在, 现在).
WORDS_HOLDING_MARKERS = (
    "自由",
    "经由",
    "现在",
    "存在",
    "所在",
    "实在",
    "内在",
    "代表处",
    "代表团",
    "代表大会",
)
#: How many characters after a name ending in a suffix may be dropped as glued-on words
#: (张江科学城新建, 海西州精选了): longer tails are a different phrase, kept whole.
MAX_TAIL_AFTER_NAME = 4
#: Characters that end names (医院, 出版社, 大学城, 园区): a tail ending in one is part of the
#: name, not a glued-on word (北京大学第一医院 is not 北京大学 with a tail).
NAME_HEAD_CHARS = frozenset(
    "院社城局所馆站厂场区港园司部会委厅处室库店队台楼桥路线校"
    "村镇县市省州湾岛山河湖江海业坊心团盟器品厦堂营"
)
#: Adverbs that end a subject phrase after a name ending in a suffix (万顺特艺公司已首期进园开工
#: → 万顺特艺公司); elsewhere the phrase stays whole (…设计方案已完成公示 names no one).
BREAK_AFTER_NAME = ("已", "还", "也", "将")
#: Adverbs that end a subject phrase wherever they stand (…二期工程正式跨入, …研发中心正式启动).
SUBJECT_BREAK_WORDS = (
    "正式",
    "已经",
    "正在",
    "先后",
    "陆续",
    "率先",
    "相继",
    "顺利",
    "首次",
    "成功",
    "即将",
    "刚刚",
    "纷纷",
    "全面",
    "加速",
    "共同",
    "分别",
    "集中",
)
#: A span of time opening a subject phrase (不到半年时间…项目首根单晶硅棒顺利下线), also after a
#: date or a connective (2023年仅用一年时间…, 同时仅两年时间…): the name comes after it. No
#: anchor: it is matched at an offset.
TIME_SPAN_LEAD = r"(?:不到|短短|仅用|仅仅|仅|用了|经过|历时)[^，。；]{0,6}?(?:时间|之内|以来)"
#: A frame of time opening a subject phrase (洽谈会期间吴江区…, 春节假期期间…, 建党百年之际…):
#: when, not who.
TIME_FRAME_LEAD = r"[^，。；、]{0,8}?(?:期间|之际)"
#: A span of time ahead standing before the trigger (3年内投产, 在18个月内建成, 两年之内完工):
#: a plan with a duration and no date (spec: durations), never a subject.
DURATION_AHEAD = (
    r"(?:在|用)?[0-9０-９一二三四五六七八九十两半]+(?:个)?(?:年|月|周|天|日|季度)(?:之内|以内|内)"
)
#: Words of the present time that, met after the start of a subject phrase, end it (新车型样车
#: 目前已顺利下线, 一期工程现在已投用): no name holds them.
TIME_BREAK_WORDS = ("目前", "当前", "现在", "如今", "眼下", "至今", "日前", "近日")
#: Modal and aspect cues that, met after the start of a subject phrase, end it (大众安徽有望在…,
#: 天津市即将…): no name holds them.
MODAL_BREAK_WORDS = ("有望", "预计", "力争", "争取", "届时", "定于", "正在", "正加快", "正处于")
#: A subject phrase opening with these names the rest of the works told before (…项目正对外商洽
#: 合作，剩余强弱电工程、暖通系统正加紧施工): no subject of its own, the clause goes on about them.
REMAINDER_OPENERS = ("剩余", "其余")
#: A phrase opening with these is an adverbial (where, when), never a subject.
ADVERBIAL_OPENERS = ("在", "分别在", "当天", "当日")
#: A phrase opening with a verb is a predicate, never a subject (举行产业链招商“云签约”活动,
#: 步入工程建设阶段, 进入正线区间试运行): the clause goes on about an earlier subject.
VERB_OPENERS = (
    "举行",
    "举办",
    "召开",
    "开展",
    "组织",
    "步入",
    "进入",
    "迈入",
    "跨入",
    "迎来",
    "实现",
    "完成",
    "吹响",
    "标志着",
    "宣布",
    "出席",
    "见证",
    "是",
    "列入",
    "构建",
    "打造",
    "加速",
    "加快",
    "推动",
    "促进",
    "助力",
    "深化",
)
#: A clause opening with these goes on with the list of the clause before (…大科学装置区等多个
#:重量级科技创新平台，及多所知名高校、科研院所启动建设): its subject is that list's.
CONTINUING_JOINERS = ("及", "以及")
#: A phrase opening with these and a numeral is a tally (有254个亿元以上项目同步开工).
COUNTED_OPENERS = ("有", "还有", "共有", "另有", "这", "那", "上述", "以上")
#: A phrase ending with a conjunction is half of a pair (签约及揭牌仪式上): no subject.
JOINING_TAILS = ("及", "和", "与", "、", "暨", "或")
#: Quotes around a part of a name (天府新区“两纵一横”项目), of at most this many characters.
OPENING_QUOTE = "“"
CLOSING_QUOTE = "”"
QUOTED_IN_NAME_MAX = 16
#: Dashes that, single between two Han characters, stand inside a name (中国—东盟家居建材品牌中心).
NAME_DASHES = "—－"
#: Longest end of a route written between brackets inside a name (金阳路(苏州路—北站公路)…).
ROUTE_END_MAX = 8
#: "X举行Y<trigger>仪式": the ceremony nouns after the trigger that make Y, named right before
#: it, the thing the ceremony is about (黑龙江呼兰经济开发区揭牌仪式, …生产线竣工投产庆典).
HELD_CEREMONY_NOUNS = ("仪式", "典礼", "庆典", "活动")
#: How many characters may stand between the trigger and the ceremony noun (竣工投产点火仪式).
HELD_CEREMONY_GAP = 4
#: Words of a batch, a period or a tally: a ceremony's phrase made only of these, dates, numerals,
#: region words and generic words names no thing (2022年第一季度重大项目集中开工活动): its
#: holder is the subject.
BATCH_WORDS = (
    "季度",
    "年",
    "月份",
    "年度",
    "上半年",
    "下半年",
    "第",
    "批",
    "期",
    "集中",
    "全市",
    "全省",
    "全区",
    "全县",
    "全州",
)
#: A batch of projects (…项目集中开工仪式): the ceremony is about no one thing.
BATCH_MARK = "集中"
#: An ordinal batch anywhere in a ceremony's words (首批招商项目签约仪式, 第三批…项目开工活动):
#: the ceremony is about a set of things, and its holder is the subject.
BATCH_ORDINAL = r"(?:首|[第][0-9一二三四五六七八九十]+|一)批"
#: Characters joining the names of a combined ceremony (…动员会暨…项目开工仪式): the thing is
#: named after the last.
CEREMONY_NAME_JOINERS = "暨、"
#: Types that are no thing a ceremony is about (the holder's place, a person, the meeting itself).
NOT_CEREMONY_THINGS = ("place", "person", "meeting")
#: Sessions of a signing ceremony: what they sign is the subject (福马产业项目专场签约闽台文创
#: 版权产业体系项目、… → 闽台文创版权产业体系项目).
#: Venues of a ceremony held in several places at once, named by their place (文昌分会场).
CEREMONY_VENUES = ("分会场", "主会场")
#: The longest place name read between an act and its venue without the tables (文昌分会场).
MAX_VENUE_PLACE = 3
#: Words before a venue that name no place (签约分会场, 线上分会场).
VENUE_NOT_PLACES = ("线上", "线下", "网上", "云端", "现场", "集中", "活动", "本次", "此次", "项目", "仪式")
SIGNING_SESSIONS = ("专场", "分会场", "主会场", "签约仪式", "签约活动")
#: A dash of apposition: the name after it is the specific one (五粮液机场东连接线——大麦坝
#: 高架立交桥 → 大麦坝高架立交桥).
APPOSITION_DASH = "——"
#: Words that put a body's owner before its name (宁德时代全资子公司四川时代, 长城汽车旗下曼德):
#: like the dash, the name after them is the specific one, when one follows.
OWNER_APPOSITIONS = ("全资子公司", "控股子公司", "子公司", "旗下")
#: A phrase ending with these is a time frame, not a name (校庆日前, 春节前, 投产之后).
TIME_FRAME_TAILS = ("前", "以前", "之前", "后", "以后", "之后", "期间", "之际", "时")
#: A name right after these is a site (在/于) or the agent of a passive (由): not the subject.
COMPLEMENT_MARKERS = ("在", "于", "由", "经")
#: Markers of an agent: 由 of a passive, 经 of the authority that approved (华明高新区经市政府
#: 批准成立: the zone is founded, the city government approves).
AGENT_MARKERS = ("由", "经")
#: Words that make a phrase point back to an entity named earlier (此次推进会, 本次论坛).
DEMONSTRATIVES = ("此次", "本次", "这次", "本届", "此届", "这场", "此场", "该")
#: Demonstratives that open a subject phrase pointing back to a body (本项目, 该中心, 此项目,
#: 这一工程); longer ones first where they share a character (此次 before 此).
REFERRING_DEMONSTRATIVES = (*DEMONSTRATIVES, "本", "这一", "这个", "这座", "这条", "这家", "此")
#: 以…为…: 为 means "as", not "for".
INSTRUMENT_MARKER = "以"
#: Units that make a phrase an amount (总投资212亿元, 10万平方米, 300万台): never an entity.
AMOUNT_UNITS = (
    "亿元",
    "万元",
    "元",
    "亿美元",
    "万美元",
    "平方米",
    "平方公里",
    "万平",
    "平米",
    "亩",
    "公里",
    "千米",
    "米",
    "万吨",
    "吨",
    "万台",
    "台套",
)
#: Words opening an amount (总投资达…, 总建筑面积…).
AMOUNT_OPENERS = ("总投资", "投资额", "协议投资", "总建筑面积", "建筑面积", "占地面积", "总面积", "总额")
#: After a numeral, these make a count (两大经开区, 三地); MEASURE_WORDS count too.
COUNT_GROUP_WORDS = "大地"
#: 第一批 is an ordinal, not a count; words before a count that own nothing (首批4个团队).
ORDINAL_MARK = "第"
COUNT_NOT_OWNER = ("首批", "首期", "新增", "累计", "共", "已有", "其中", "本次", "此次")
#: A count of the places just listed ends a subject phrase and is dropped (渝川鄂三地 → 渝川鄂).
COUNT_TAIL_WORDS = ("省市", "地", "省", "市", "国", "区", "县")
#: 为X揭牌: X is what changed. Not after 成/作/认/因/称/以/视 (成为, 作为, 认为…), nor before
#: 了/期/主/此 (为了, 为期, 为主, 为此).
BENEFICIARY_MARKER = "为"
NOT_BENEFICIARY_BEFORE = "成作认因称以视"
NOT_BENEFICIARY_AFTER = ("了", "期", "主", "此")
MIN_PHRASE = 2
MAX_PHRASE = 24

#: What after a date shows it names a period in a title (“十五五”规划建议).
NAME_AFTER_DATE = ("规划", "开局", "时期规划", "的政协", "的提案")
#: A date expression holding one of these is itself a title ("十五五"规划).
NAME_DATE_WORDS = ("规划",)
#: The date engine's rule for five-year plans (“十四五”): running straight into a noun, the plan
#: names a kind of project (“十四五”酱香酒…项目, “十四五”重点项目), not the event's time; it is a
#: time after one of FIVE_YEAR_PLAN_TIME_BEFORE (在“十四五”建成) or before one of these tails.
FIVE_YEAR_PLAN_RULE = "five_year_plan"
FIVE_YEAR_PLAN_TIME_TAILS = (
    "末", "初", "中期", "期末", "收官", "时", "内", "中", "的", "开局", "首年", "以来",
)
FIVE_YEAR_PLAN_TIME_BEFORE = ("在", "到", "于", "至", "截至", "整个", "今后")
#: A clause-level founding by 共建 needs the body named right after it (共建“…实验室”).
SHARED_FOUNDING = "共建"
SHARED_FOUNDING_AFTER = ("“", "了")
#: …but not what an agreement is about (签署了共建“…实验室”的合作协议: the signing is the act;
#: 合作共建“…产业园”: the content of a cooperation).
SHARED_FOUNDING_NOT_BEFORE = ("合作", "签署了", "签订了", "签署", "签订")
SHARED_FOUNDING_NOT_AFTER = "协议"
#: 落地 after a bare 项目 is where the project just told of lies (…项目开工。项目落地横州市).
LANDING_SITE_SUBJECTS = ("项目", "该项目")
#: A clause opening with 对 (对签约项目、在建项目实行挂图作战) tells how a body treats the things
#: it names: no milestone; 对接/对外/对标 are words of their own.
TREATMENT_OPENER = "对"
NOT_TREATMENT = ("对接", "对外", "对标", "对口")
#: Words allowed between a date and a trigger followed by 的 (2020年12月才成立的…).
DATE_TRIGGER_GAP = ("才", "就", "正式", "已", "起", "起正式", "")
#: An attribute opening a clause with its venue (在主会场开工的X, 在宜宾签约的X): the mark
#: opening it, the nouns a venue ends in, and the words allowed between it and the trigger.
VENUE_ATTRIBUTE_HEAD = "在"
VENUE_NOUNS = ("会场", "现场")
VENUE_TRIGGER_GAP = ("正式", "集中", "同步", "")
#: How far after its date the 的 of a dated attribute (2011年开工建设的…) may stand.
ATTRIBUTE_MAX_LEN = 8

#: A date followed by one of these opens a dateline (兰州2月11日讯, 杭州2月21日电): 今天 in the
#: paragraph it opens is that day, not the page's publication date.
DATELINE_TAILS = ("讯", "电")
#: At most this many blanks between a paragraph's start and its first sentence.
DATELINE_SENTENCE_GAP = 8
#: The date engine's rule for a day written alone (28日): under a dateline it is read back
#: from the dateline's day.
BARE_DAY_RULE = "bare_day"
TODAY_WORDS = ("今天", "今日")
#: A batch named by its number after a date (马山县2022年…第三批…项目): with no other date in the
#: sentence, the clause is undated (the year is part of the batch's name).
NUMBERED_BATCH_AFTER_DATE = r"[^，,。；]{0,8}?第[0-9一二三四五六七八九十]+批"
#: Dates listed before a trigger (先后于7月、9月组织开展…): the first one dates the event.
DATE_LIST_JOINERS = ("、", "和", "及")
#: What follows a date that names a batch of projects rather than dating the clause
#: (2020年第三批重大项目, 2015年第四季度18个项目, 2022年第二季度全市重大项目).
BATCH_AFTER_DATE = (
    r"[^，,。；]{0,8}?第[0-9一二三四五六七八九十]+[批次]|[0-9一二三四五六七八九十百]+个|全市|全区|全省|全县"
    r"|[^，,。；]{0,6}?(?:项目|工程)"
)
#: 日前 right after these is "before the X day" (校庆日前, 纪念日前, 开放日前), not "recently".
DAY_NOUN_HEADS = "庆念放作易止节"
FUZZY_RECENTLY = "日前"
#: The date engine's rule for 近日 / 近期 / 最近 / 日前 (the 30 days up to publication).
RECENT_RULE = "recent"
#: A holiday followed by one of these (春节假期后的第一个工作日, 春节假期刚过) tells a time after it,
#: which the holiday's own day excludes: no date rather than a wrong one (shared/spec/dates.md,
#: "When in doubt: abstain").
HOLIDAY_RULE = "holiday"
AFTER_HOLIDAY = ("后", "之后", "以后", "过后", "刚过", "结束后", "一过")
#: A cue of plan right before or after 近期/近日 makes it 'soon' (将于近期, 近期将): no date.
SOON_BEFORE = (
    "将于", "将在", "拟于", "计划于", "预计于", "有望于", "争取于", "预计", "计划", "力争", "争取", "有望",
)
SOON_AFTER = ("将", "拟", "即将", "内将", "有望", "计划")
#: Day anaphora: the day of the latest earlier day-grain date of the article.
SAME_DAY_WORDS = ("当日", "当天", "同日", "同一天")
#: Words that may follow a date after the trigger when the date is the event's (…开工仪式8月15日
#: 在水土园区举行, 揭牌仪式8月15日上午举行, 动员大会2月16日召开): a preposition, a time of day, an
#: adverb or a verb of holding; any other word makes the date part of a noun (公示2025年…名单).
PREDICATE_AFTER_DATE = (
    "在", "于", "上午", "下午", "中午", "晚上", "晚间", "傍晚", "凌晨", "早上", "举行", "举办", "召开",
    "开幕", "闭幕", "隆重", "顺利", "正式", "成功", "启动", "开启", "拉开", "起",
)
#: A meeting or an event named with its year before it (2024年中国（重庆）科技成果交易会开幕): the
#: name ends in one of EVENT_NAME_ENDS and is followed by one of EVENT_NAME_FOLLOWERS (or a
#: clause mark); it holds none of NOT_IN_EVENT_NAME (2024年将召开…大会 is a year and a plan).
EVENT_NAME_ENDS = ("会", "论坛", "峰会", "活动周", "活动", "节", "展", "赛", "周", "仪式", "典礼")
EVENT_NAME_FOLLOWERS = (
    "在", "于", "开幕", "闭幕", "举行", "举办", "召开", "启动", "开启", "正式", "隆重", "顺利", "拉开",
)
NOT_IN_EVENT_NAME = ("将", "召开", "举行", "举办", "开幕", "启动", "在", "于", "已", "正", "计划", "预计")
#: A ； parts a sentence (the extractor's sentences end there) whose date, heading the whole
#: sentence up to one of FULL_STOPS (or a line break), governs every part.
SEMICOLONS = "；;"
FULL_STOPS = ("。", "！", "？", "!", "?", "\n")
#: A colon ending the head of a list whose items a ； parts (…主要包括：A；B).
LIST_COLONS = ("：", ":")
#: What may stand before a date that heads its sentence (“冬季，…).
#: How far into a sentence a date heading it is looked for (characters).
HEADING_DATE_REACH = 40
#: Four digits that read as a month and a day (1215日: 12月15日, the 月 left out by a misprint).
MONTH_DAY_DIGITS = r"(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12][0-9]|3[01])"
#: A ；-part opening with one of these goes on telling the occasion the sentence dated to the
#: day (…仪式于8月15日上午举行，…；此外，…签订了…协议): it takes that day.
SAME_OCCASION_OPENERS = ("此外", "同时", "另外", "随后", "其间", "会上", "仪式上", "活动中", "现场")
#: Words that may open a clause telling an act as the attribute of a thing named after it
#: (同期开工的还有帝尔激光…基地, 当天签约的还有…): the same occasion, and what else took part.
ATTRIBUTE_OCCASION_OPENERS = ("同期", "同时", "同日", "当日", "当天", "此外", "另外", "一同", "一起")
ATTRIBUTE_ALSO = ("还有", "也有", "有")
SENTENCE_HEAD_FILLERS = " \u3000“”\"'‘’（）()【】"
#: A bare season word (no year before it) running into a noun or verb names a kind of thing, not
#: a date (冬季供暖, 夏季用电高峰, 秋季招聘): it dates nothing. These characters after it keep it a date
#: (冬季前, 冬季里, 冬季期间, 冬季以来).
SEASON_HEADS = "春夏秋冬"
SEASON_TIME_TAILS = "前后里时期间中末初以来"
#: 截至目前: 'now' is the clause's date (the reference day).
UNTIL_WORDS = ("截至", "截止", "截止到", "截至到")

#: "在<meeting>上": a clause that places what follows at a named meeting.
#: A meeting told as the frame of what happened at it (在2月18日召开的浦东新区“…大会”上，7个项目
#: 签约): the meeting named after 的 is an event of its own.
MEETING_FRAME = (
    r"^在[^，。；]{0,16}?(?P<verb>召开|举行|举办)的(?P<name>[^，。；]{2,60}?"
    r"(?:会|会议|论坛|峰会|博览会|洽谈会|推介会)”?)(?:上|期间)$"
)
MEETING_PLACE_TAILS = ("上", "期间", "中")

#: Construction triggers that need something built as their subject (加快建设 of a facility).
CONDITIONAL_CONSTRUCTION = (
    "加快建设",
    "正加快建设",
    "建设阶段",
    "处于建设阶段",
    "建成",
    "加速推进",
    "建设推进中",
)
BUILT_TYPES = ("facility", "platform", "lab", "project", "institute", "university")
#: Progress words that are construction only for a project or a facility (道路工程加速推进).
PROGRESS_TRIGGERS = ("加速推进", "建设推进中")
PROGRESS_TYPES = ("project", "facility")

#: Entity types that may be named through the organisation that owns them.
OWNED_TYPES = ("facility", "platform", "project", "lab", "organisation", "institute")

#: Confidence given to an event, by what supports it.
CONFIDENCE_BASE = 0.5
CONFIDENCE_DATED = 0.2
CONFIDENCE_NAMED_SUBJECT = 0.2
CONFIDENCE_SPECIFIC_TRIGGER = 0.1
