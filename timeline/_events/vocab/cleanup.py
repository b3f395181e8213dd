"""Clean-up vocabulary: page furniture that is not running text (captions, bylines, headings)."""

from __future__ import annotations

from timeline._regex import HAN

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
#: On a page of captions and no prose, a caption with this many full stops tells a story: its
#: sentences are prose.
PHOTO_STORY_SENTENCES = 2
CAPTION_MARKS = ("摄(", "摄（", "据新重庆", "新华社记者", "供图", "视觉中国", "资料图")

#: Bylines and editorial credits.
BYLINE_MARKS = ("记者", "通讯员", "撰文", "编辑", "美编", "责编", "校对", "实习生")
#: The reporters' bracket after a dateline's day ((记者 王华), （通讯员 李明）).
DATELINE_REPORTERS = r"[ \t\u3000]*[（(][ \t\u3000]*(?:" + "|".join(BYLINE_MARKS) + r")"
_DATELINE_DAY = (
    r"[^，。；：！？\s]{1,16}?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日"
)
#: An outlet naming itself in a dateline without a day (本报讯, 黑龙江日报讯, 新华社电, 中新网电).
_OUTLET = r"(?:本报|[^，。；：！？\s]{1,12}?[报网台社])"
#: A dateline or byline opening a paragraph, before its first sentence with no mark between
#: (中新网海口3月18日电 (记者 尹海明)海南省18日举行…; 本报讯（记者 王强）…; 本报记者秦铭明 天津…):
#: furniture, set apart as a byline so that it is neither the subject nor the date of what follows.
#: A blank, a bracket or a slash ends it (not 2024年3月5日电池项目投产); so does the lead's own
#: date after 讯 (浙江在线1月15日讯1月2日，…). A place and day with no 电/讯 is a dateline only
#: when the reporters' bracket follows (广州12月23日(记者 王华)…).
LEADING_DATELINE = (
    r"[ \t\u3000]*(?:(?:" + _DATELINE_DAY + r"[电讯]|" + _OUTLET + r"[电讯])(?=[\s（(/])"
    r"|" + _DATELINE_DAY + r"讯(?=[0-9０-９]{1,2}[月日])"
    r"|" + _DATELINE_DAY + r"(?=" + DATELINE_REPORTERS + r"))"
    r"[ \t\u3000]*(?:[（(][^）)\n]{0,40}[）)])?[ \t\u3000]*"
    r"|[ \t\u3000]*本报记者[ \t\u3000]*[" + HAN + r"]{2,4}[ \t\u3000]+"
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
#: A line ending in at least this many first characters of the next line, cut off before a
#: sentence ends, is a teaser of it (a repost's headline and the lead's start above the lead).
TEASER_MIN_LEN = 16
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
    # a picture's placeholder left where the page showed it (文章图片 on a line of its own, 085, 250)
    "文章图片",
    "点击查看大图",
    "点击图片查看",
)
#: A document number on a line of its own (津政办函〔2017〕103号, 国办发〔2017〕7号): furniture.
DOCUMENT_NUMBER = r"[" + HAN + r"]{1,10}[〔\[［【(（][0-9０-９]{4}[〕\]］】)）]\s*[0-9０-９]{1,5}\s*号"
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
#: Patterns of the dates and numbers that lay out a page (list items, chronicles' date lines and
#: headings), written with the characters of dates (年, 月, 日, 号) and their numerals.
#: The number of an item in a numbered list (1.3月1日，… → 3月1日，…; 2.第十四届…; 1. 5日，…;
#: （一）3日，…): not text.
_OPEN, _OPEN_ASCII, _CLOSE, _CLOSE_ASCII = ITEM_NUMBER_BRACKETS
LIST_NUMBER = (
    r"(?:[0-9]{1,2}[.．、](?=[0-9]{1,2}(?:月|[日号][，,\s])|[^0-9.．、])"
    r"|[" + _OPEN + _OPEN_ASCII + r"][0-9一二三四五六七八九十]{1,3}[" + _CLOSE + _CLOSE_ASCII + r"]"
    r"(?=\s*[0-9０-９]{1,2}[月日号]))[ \t\u3000]*"
)
#: Where a document's title ends and its salutation begins on one line (…的通知|各县人民政府，…：).
TITLE_THEN_SALUTATION = (
    "的(?:" + "|".join(TITLE_ENDS) + ")(?P<cut>)" + SALUTATION_START + r"[^。；;\n]{1,80}?[:：]"
)
_HEADING_OPEN = "[" + SECTION_MARKS + r"#【\[〔\s]*"
_HEADING_CLOSE = r"[】\]〕\s]*"
#: A year alone on a line (2012, 2012年, 【2012年】): group `year`.
YEAR_LINE = _HEADING_OPEN + r"(?P<year>[0-9０-９]{4})\s*年?" + _HEADING_CLOSE
_MONTH_WORD = "|".join(sorted(MONTH_NUMERALS, key=len, reverse=True))
#: A chronicle's month heading (1月, 一月, 2024 年 3 月重要时政): groups `year` and `month`; read
#: ignoring case (Part 1).
MONTH_HEADING = (
    _HEADING_OPEN + r"(?:part\s*[0-9]{1,2}\s*[:：.．]?\s*)?(?:(?P<year>[0-9]{4})\s*年\s*)?"
    r"(?P<month>[0-9]{1,2}|" + _MONTH_WORD + r")\s*月份?\s*"
    r"(?:" + "|".join((*MONTH_HEADING_TAILS, *CHRONICLE_WORDS)) + r")?\s*[:：]?" + _HEADING_CLOSE
)
#: A line that is only a date with its year and month (1927年5月, 1947年4月12日): above an item that
#: opens with no date of its own, it is that item's date line and opens it (垣曲县大事记).
DATE_LINE = r"[0-9０-９]{4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日号])?"
#: A paragraph holding only a date with its year, or a month and day, or a month (1927年11月, 1958年,
#: 2014年2月9日, 2019.10.18, 【2020年底】, 3月5日, 三月): a chronicle's date line when such lines head
#: dateless items.
_YEAR_DIGITS = "[0-9]{4}|[" + CHINESE_DIGITS + "]{4}"
_DAY_NUMBER = "[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
DATE_HEADING = (
    _HEADING_OPEN
    + r"(?:(?P<year>" + _YEAR_DIGITS + r")\s*"
    + r"(?:年\s*(?:(?P<month>[0-9]{1,2}|" + _MONTH_WORD + r")\s*月份?"
    + r"\s*(?:(?:" + _DAY_NUMBER + r")\s*[日号])?)?"
    + r"|[.．\-/](?P<numeric_month>[0-9]{1,2})(?:[.．\-/][0-9]{1,2})?)?"
    + r"|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]|(?:[0-9]{1,2}|" + _MONTH_WORD + r")\s*月份?)\s*(?:"
    + "|".join(DATE_LINE_TAILS)
    + r")?\s*(?:[(（](?:"
    + "|".join(WEEKDAY_WORDS)
    + r")[一二三四五六日天][)）])?\s*[:：]?"
    + _HEADING_CLOSE
)
#: An item opening with a day of its own (5日，…, 3月5日…) under a date line: the line heads it.
DAY_START = r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号]"
#: A chronicle item opening with its date (5日 …, 1月18日，…, 18 日 …): prose, even without a mark.
DATED_ITEM = r"(?:[0-9]{1,2}月)?[0-9]{1,2}\s*[日号](?:[\s，,、：:]|(?=[" + HAN + r"]{4}))"
#: A chronicle item's day followed by a blank or a colon (3月5日 …, 5日：…), marks before it.
ITEM_DAY = "[" + SECTION_MARKS + r" \u3000]*(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号][ \t\u3000：:]"
#: A month and day in Chinese numerals opening a line (三月五日, 十二月二十日).
HAN_MONTH_DAY = (
    r"(?:十[一二]?|[一二三四五六七八九])月(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日"
)
#: A month, its year before it and its day after it or not, opening a line (1958年3月, 3月5日):
#: group `year`.
MONTH_DAY_START = r"(?:(?P<year>[0-9０-９]{4})年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日号])?"
#: A heading opening with a month and a day written with this (3月5日…, not 3月5号) and running on
#: as a dated item is one of a chronicle's items.
DAY_CHAR = "日"
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
INNER_BLANK_BETWEEN = HAN
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
#: The blanks after a sentence's end before a numbered headline (1 or 2 digits, a blank, up to
#: 30 characters without a mark, a blank) whose item opens with a month: a break of the line.
NUMBERED_ITEM_AFTER_SENTENCE = (
    r"(?<=[。！？])[ \t\u3000]+(?=[0-9]{1,2}[ \t\u3000]+[^\s，。；：,;:!！？]{4,30}[ \t\u3000]+[0-9]{1,2}月)"
)
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
#: A day alone on its line (6月13日, 2025年12月25日), above the phrases of a post printed one a line
#: with no mark (6月13日 | 金普新区举办 | 洋琪食品预制菜加工基地项目 | 开工活动): the day opens their
#: sentence, read whole when at least `MIN_PHRASE_LINES` such lines follow it.
DAY_LINE = r"(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]"
MIN_PHRASE_LINES = 2
#: The ends of an image's file name printed on a line of its own (2025.12.25.png): no phrase.
IMAGE_FILE_ENDS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")
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
#: …and a numbered item's headline (2.习近平总书记两次来江苏考察，要求江苏…走在前做示范, 399; （一）落实
#: 重大国家战略，京津冀协同发展走深走实, 388; 三、自治区人民政府工作的准则是，执政为民，…, 307): its
#: number (LIST_NUMBER) marks it a headline up to this length, as long as no sentence ends in it.
NUMBERED_SUBHEADLINE_MAX_LEN = 60
#: The number of an item opening its line: 2. / 2、 / 二、 / （二） / (2).
ITEM_NUMBER = (
    r"[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、|[（(][0-9一二三四五六七八九十]{1,3}[）)]"
)
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

#: Traditional words whose 覆 stands for simplified 复 (批覆 → 批复): a character the simplified
#: script writes too (覆盖), so it is folded only inside these words (`script.fold`).
TRADITIONAL_WORD_FORM_CHAR = "覆"
TRADITIONAL_WORD_FORMS = {"批覆": "批复", "答覆": "答复", "回覆": "回复", "反覆": "反复"}
#: 著 is traditional text's 着 (隨著, 標志著, 意味著, 著力, 著手) but for the words where simplified
#: text writes 著 too: those with one of these before it (显著, 卓著, 编著, 名著, 土著, 昭著) or after
#: it (著名, 著作, 著称, 著述, 著录, 著书, 著者).
TRADITIONAL_ZHE = "著"
SIMPLIFIED_ZHE = "着"
ZHU_WORD_BEFORE = "显顯卓编編论論专專名原巨土昭合遗遺译譯新拙"
ZHU_WORD_AFTER = "名作称稱述录錄书書者"
#: The mark that shows prose: the prose lines before the first line holding it are the title
#: zone (a title with a comma, a breadcrumb ending in the title), whose events the body tells again.
FULL_STOP = "。"
#: At most this many events of the title zone are headlines (a title tells one or two acts; a
#: text without a full stop is no title zone, and comparing each of its events with every other
#: would take time quadratic in its length).
TITLE_EVENTS_MAX = 4
