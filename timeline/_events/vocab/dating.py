"""Dating vocabulary: how a date next to a trigger dates (or does not date) the event."""

from __future__ import annotations

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
#: How a five-year plan's name ends (“十四五”, 十四五).
FIVE_YEAR_PLAN_ENDS = ("”", '"', "五")
FIVE_YEAR_PLAN_TIME_BEFORE = ("在", "到", "于", "至", "截至", "整个", "今后")
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
#: The date engine's rule for a day written alone (28日): under a dateline it is read back
#: from the dateline's day.
BARE_DAY_RULE = "bare_day"
#: Rules of dates told by their day numbers alone (5日, 5日至6日, 28—30日): in a chronicle they
#: lie in the month of the heading or of the item above.
BARE_DAY_RULES = (BARE_DAY_RULE, "range_shared_bare_day")
TODAY_WORDS = ("今天", "今日")
#: How far apart (characters) a written day opening a sentence and a 今天 of the same sentence may
#: stand for the day to be the 今天's, and how far back the sentence's start is looked for.
LEAD_DAY_REACH = 200
#: 今天 after 的 closes a description of the times (在…矛盾突出的今天, 历史上的今天): it dates nothing.
TIMES_DESCRIBED = "的"
#: A batch named by its number after a date (马山县2022年…第三批…项目, 朔州市2022年開發區第三次
#: “開工一批”代表項目): with no other date in the sentence, the clause is undated (the year is
#: part of the batch's name).
NUMBERED_BATCH_AFTER_DATE = r"[^，,。；]{0,8}?第[0-9一二三四五六七八九十]+[批次]"
#: A place right before the date of a batch (克山县2020年百大项目…集中开工, 吴忠市2022年第一批…):
#: the date opens the batch's name, as the place does; with no other date in the sentence, the
#: clause is undated.
PLACE_ENDS_BEFORE_DATE = tuple("省市县区州旗盟縣區")
#: Dates listed before a trigger (先后于7月、9月组织开展…): the first one dates the event.
DATE_LIST_JOINERS = ("、", "和", "及")
#: What follows a date that names a batch of projects rather than dating the clause
#: (2020年第三批重大项目, 2015年第四季度18个项目, 2022年第二季度全市重大项目; a month's batch
#: acting together: 3月30日，晋中市转型项目建设年3月份集中开工暨…奠基仪式).
BATCH_AFTER_DATE = (
    r"[^，,。；]{0,8}?第[0-9一二三四五六七八九十]+[批次]|[0-9一二三四五六七八九十百]+个|全市|全区|全省|全县"
    r"|[^，,。；]{0,6}?(?:项目|工程)|集中"
)
#: 日前 right after these is "before the X day" (校庆日前, 纪念日前, 开放日前), not "recently".
DAY_NOUN_HEADS = "庆念放作易止节"
FUZZY_RECENTLY = "日前"
#: The date engine's kind for 目前 / 截至目前 (the reference day, no event's date).
PRESENT_KIND = "present"
#: Words of the present opening a clause (项目于2019年12月开工，目前，已完成…): the state now, which
#: an earlier date of the sentence (the start's) does not date; so does an official document's
#: operative 现 before its act (《…规则》已经2019年1月4日…会议通过，现予印发: issued now, not then).
PRESENT_OPENERS = (
    *("目前", "当前", "现在", "如今", "眼下"),
    *("现予", "现将", "现印发", "现转发", "现下达", "现公布"),
)
#: The date engine's rule for 近日 / 近期 / 最近 / 日前 (the 30 days up to publication).
RECENT_RULE = "recent"
#: The date engine's rule for a year heading a name (2023中国产业转移发展对接活动): the name's
#: year, not the event's date.
NAME_YEAR_RULE = "named_year"
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
EVENT_NAME_ENDS = ("会", "会议", "论坛", "峰会", "活动周", "活动", "节", "展", "赛", "周", "仪式", "典礼")
EVENT_NAME_FOLLOWERS = (
    "在", "于", "开幕", "闭幕", "举行", "举办", "召开", "启动", "开启", "正式", "隆重", "顺利", "拉开", "上",
    "期间",
)
#: Nor a frame's tail or the word for progress (自2023年8月开工建设以来进展顺利: 进展 is no 展).
NOT_IN_EVENT_NAME = (
    "将", "召开", "举行", "举办", "开幕", "启动", "在", "于", "已", "正", "计划", "预计", "以来", "进展",
)  # fmt: skip
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
#: (No digit nor point before it: looked back at after its first digit, so that the regex engine
#: can skip to the digits instead of trying the look-back at every character of the text.)
MONTH_DAY_DIGITS = (
    r"(?P<month>[01](?<![0-9０-９.．][01])(?:(?<=0)[1-9]|(?<=1)[0-2]))(?P<day>0[1-9]|[12][0-9]|3[01])"
)
#: A month and day printed without 月 (1215日 for 12月15日): read as that month and day, written
#: out as this for the date engine.
MONTH_DAY_RUN_TOGETHER = MONTH_DAY_DIGITS + r"[日号](?![0-9０-９])"
MONTH_DAY_TEXT = "{month}月{day}日"
#: A day number no calendar has (1215日, a misprint of 12月15日): the clause's date, unread.
#: (Its look-back, no digit nor point before it, after its first digit: see MONTH_DAY_DIGITS.)
MISPRINTED_DAY = r"[0-9０-９](?<![0-9０-９.．][0-9０-９])[0-9０-９]{2,3}[日号](?![0-9０-９])"
#: A date expression opening with a month (3月, 十二月…).
MONTH_FIRST = r"[0-9０-９一二三四五六七八九十]{1,3}月"
#: A ；-part opening with one of these goes on telling the occasion the sentence dated to the
#: day (…仪式于8月15日上午举行，…；此外，…签订了…协议): it takes that day.
SAME_OCCASION_OPENERS = ("此外", "同时", "另外", "随后", "其间", "会上", "仪式上", "活动中", "现场")
#: Words that may open a clause telling an act as the attribute of a thing named after it
#: (同期开工的还有帝尔激光…基地, 当天签约的还有…): the same occasion, and what else took part;
#: the occasion told before, referred to (此次开工的乌鲁木齐国际纺织品服装商贸中心项目计划投资22亿元).
ATTRIBUTE_REFERRING_OPENERS = ("此次", "本次", "这次", "此轮", "本轮")
ATTRIBUTE_OCCASION_OPENERS = (
    *("同期", "同时", "同日", "当日", "当天", "此外", "另外", "一同", "一起"),
    *ATTRIBUTE_REFERRING_OPENERS,
)
ATTRIBUTE_ALSO = ("还有", "也有", "有")
#: A copula or apposition after a sentence-initial date telling the wider time it lies in
#: (昨天是春节后牛年首个工作日, 2月18日正值蛇年首个工作日): the wider date describes the day.
DAY_DESCRIBED: tuple[str, ...] = ("是", "为", "正值", "恰逢", "适逢", "正是")
SENTENCE_HEAD_FILLERS = " \u3000“”\"'‘’（）()【】"
#: An apposition after a sentence-initial day, set off by these commas, that ends in a day noun
#: (9月28日，中秋国庆假期前一天，…; 2月18日，新春佳节后上班第一天，…) describes that day: its
#: dates date nothing. Longer than DAY_APPOSITION_MAX_LEN it is a clause of its own.
APPOSITION_MARKS = ("，", ",")
DAY_NOUNS = ("天", "日")
DAY_APPOSITION_MAX_LEN = 24
#: A bare season word (no year before it) running into a noun or verb names a kind of thing, not
#: a date (冬季供暖, 夏季用电高峰, 秋季招聘): it dates nothing. These characters after it keep it a date
#: (冬季前, 冬季里, 冬季期间, 冬季以来).
SEASON_HEADS = "春夏秋冬"
SEASON_TIME_TAILS = "前后里时期间中末初以来"
#: The characters of a date's units: a clause holding one (or a digit) tells a date.
DATE_UNIT_CHARS = "年月日"
#: 截至目前: 'now' is the clause's date (the reference day).
UNTIL_WORDS = ("截至", "截止", "截止到", "截至到")
#: Adverbs that tell an act as done (今年已开工): a modal shared from the clause before does not
#: make it a plan.
TOLD_DONE = ("已",)
