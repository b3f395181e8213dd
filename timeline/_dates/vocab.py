"""Chinese date vocabulary: every word the date rules know, kept apart from the code that applies it.

The rules in `rules.py` build their patterns from these tables and resolve matches by looking
words up here, so extending coverage is mostly a matter of adding a row.
"""

from __future__ import annotations

# Full-width -> ASCII (and 〇 look-alike) character pairs, folded before the rules read a text,
# with the traditional -> simplified pairs of `vocab_traditional` (the table the event extractor
# folds articles with). One character for one character, so offsets in the folded text are
# offsets in the original text.
FOLD_PAIRS: tuple[tuple[str, str], ...] = (
    ("０", "0"), ("１", "1"), ("２", "2"), ("３", "3"), ("４", "4"),
    ("５", "5"), ("６", "6"), ("７", "7"), ("８", "8"), ("９", "9"),
    ("Ｑ", "Q"), ("ｑ", "Q"), ("－", "-"), ("／", "/"), ("．", "."), ("：", ":"),
    ("○", "〇"), ("Ｏ", "〇"),
)

# ---------------------------------------------------------------- the words dates are built of
YEAR_WORD = "年"
# 民國 (Republic of China) years, as Taiwanese texts write them: 中華民國89年, 一百十三年 = 2024.
# A year of 100-199 before a month is one even without the prefix (no modern text dates in
# AD 100-199), and a two-digit year in digits is one once the text has written the prefix
# (民國89年12月30日…自90年1月1日起).
ROC_PREFIXES: tuple[str, ...] = ("中華民國", "中华民国", "民國", "民国")
ROC_OFFSET = 1911
# 公元125年, (127年), 第一百二十年: not 民國 years.
NOT_BEFORE_ROC_YEAR = "公元（(第"
# 公元前221年 (221 BC): no date the engine gives can hold a year before the common era, and its
# digits are neither the year 221 nor a duration of 221 years. 公元125年, an early year of the era
# written with fewer than four digits, is abstained as well (news dates nothing before 1000).
BEFORE_COMMON_ERA = "公元前"
COMMON_ERA = "公元"
YEAR_SUFFIX = "度"  # 2023年度
MONTH_WORD = "月"
MONTH_SUFFIX = "份"  # 10月份
DAY_WORDS: tuple[str, ...] = ("日", "号")
NAME_PRONE_DAY_WORD = "号"  # 1号提案, 3号线: N号 can also be a name (see NOT_AFTER_DAY_NUMBER)
QUARTER_WORD = "季度"
# 季 alone is a quarter only right after a year (今年首季, 去年第四季, 2025年首季) or before a part
# of a quarter (上季末): elsewhere it is a season (本季联赛, 第二季节目). Not before these.
QUARTER_SHORT_WORD = "季"
NOT_AFTER_QUARTER_SHORT_WORD = "度节风候赛军"
QUARTER_LETTER = "Q"
HALF_LETTER = "H"  # 2025年H1 / 2025H2: a half written after a four-digit year, as TIMEX3 labels it
HALF_YEAR_WORD = "半年"
MONTHS_WORD = "个月"  # 前5个月
MEASURE_WORD = "个"  # 前三个季度
ORDINAL_PREFIX = "第"  # 第一季度; also what makes 第5届, 第十五 ordinals
FIRST_PERIODS_PREFIX = "前"  # 前三季度, 前5个月
# 提前3个月, 超前两个季度, 向前两个月: 前 ends a word (ahead of, forward) and what follows is a
# count, not the first months or quarters of a year.
NOT_BEFORE_FIRST_PERIODS = "提超向往空"
SET_PREFIX = "每"
NEAR_PREFIXES: tuple[str, ...] = ("近", "过去", "最近")  # 近5年, 过去三年
# 已近16年, 已过去三年, 接近5年: after these, 近/过去 means "nearly" / "gone by", a duration.
NOT_BEFORE_NEAR = "已将接快"
# 年内 (within this year) standing alone is the reference year; 3年内 is a duration.
WITHIN_YEAR_WORDS: tuple[str, ...] = ("年内",)
# 全年 (the whole year): of a year written just before it (2024年全年), else like bare 年底.
# Not 全年龄 / 全年级 / 全年无休 (ages, a school grade, "all year round"), nor 安全年 / 完全年….
WHOLE_YEAR_WORD = "全年"
NOT_AFTER_WHOLE_YEAR = "龄级无候"
NOT_BEFORE_WHOLE_YEAR = "安完健齐保周"
MORE_SUFFIX = "多"  # 10多年来
SINCE_TAILS: tuple[str, ...] = ("以来", "来")  # 10年来
HOUR_WORDS = "时点"
MINUTE_WORD = "分"
HALF_HOUR = "半"
# A clock time spelled in Chinese numerals (下午三点, 晚上七点半, 凌晨两点十五分, 上午十时): these
# characters make its hours and minutes. Kept in the surface only after a period of the day, since
# 三点 alone is as often "three points" (三点意见). 一刻 / 三刻 are quarter hours.
CLOCK_NUMERALS = "〇零一二两三四五六七八九十"
QUARTER_HOURS: tuple[str, ...] = ("一刻", "三刻")
# One character per decimal digit (二〇二四年), and every character of a spelled number.
CN_DIGITS = "〇零一二三四五六七八九"
CN_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千"
# Zeros that old and typed news writes inside a Chinese-digit year (二00五年, 二○○五年, 二ＯＯ五年):
# read as 〇 only there, after a leading Chinese digit.
YEAR_ZERO_LOOKALIKES = "0０○ＯO"
# Month names that are not numerals.
NAMED_MONTHS: dict[str, int] = {"元": 1}  # 元月 = January
# Months and days spelled out: the position (from 1) is the number.
MONTH_NUMERALS: tuple[str, ...] = (
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
)
DAY_NUMERALS: tuple[str, ...] = (
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十",
    "三十一",
)

# Blanks that may stand around a range separator (a line break never does: "- " opens a list item).
INLINE_BLANKS = " \t　\u00a0"
# Blanks that text extracted from PDFs puts between the parts of a date (2018 年 12 月).
DATE_BLANKS = " 　"
# A PDF may leave a blank inside a year's digits (1 986年, 二 零零三年): the scanner reads it as
# absent for a year of four digits opening with these (no 1 000年: a count in thousands).
BLANK_SPLIT_YEAR_CENTURIES: tuple[str, ...] = ("19", "20", "一九", "二〇", "二零", "二○")
# A two-digit year (15年, 九零年) is a year only before one of these (a month, a quarter, a half,
# 年初/年底, 年度 …), or when it begins with a zero (07年, 零八年); otherwise 15年 is a duration.
TWO_DIGIT_YEAR_ZEROS = "0〇零"
# 30年中 is "in those 30 years": the middle of a two-digit year is never read.
NOT_TWO_DIGIT_YEAR_PARTS: tuple[str, ...] = ("中",)
# A year spelled with 千 (两千零四年); its value must be a plausible year.
SPELLED_YEAR_HEADS = "一二两"
# 两千年来, 一千年的历史, 两千年之久: a spelled count of years, not the year 2000 or 1000.
SPELLED_YEAR_COUNT_TAILS: tuple[str, ...] = ("来", "之久", "的历史", "历史")
THOUSAND = "千"

# Chinese digits, one character per decimal digit (二〇二四年), with their values.
DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
# Multipliers of spelled-out numbers (二十三, 一百二十).
UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}

# Years counted from the publication date.
DEICTIC_YEARS: dict[str, int] = {
    "今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2,
    "大前年": -3, "明年": 1, "来年": 1, "下一年": 1, "后年": 2, "大后年": 3,
}
# 上年 / 上一年 after a written year in the same sentence is the year before that one (2011年公司实现
# 营业收入133亿元，比上年增长44%: 2010), as in every annual report; alone it is 去年.
SENTENCE_PREVIOUS_YEARS: tuple[str, ...] = ("上年", "上一年")
# 去年 and 上月 in a comparison (比去年同期, 较上月, 环比上月) count back from the period named before
# them in their sentence, like 上年: 2023年，全市GDP比去年同期增长5% (2022, whenever it is
# published); 3月份，CPI比上月下降1.0% (February). Elsewhere they are deictic (2022年他去了北京，
# 去年又去了上海: the year before the publication).
COMPARED_BEFORE: tuple[str, ...] = ("比", "较", "较之", "与", "同", "和", "对比")
COMPARED_AFTER: tuple[str, ...] = ("同期",)
# …上期指2016年12月1日至31日，去年同期指2016年1月: a term being defined compares nothing yet.
DEFINING_AFTER_COMPARED: tuple[str, ...] = ("指", "是指")
COMPARED_YEARS: tuple[str, ...] = ("去年", "上年", "上一年")
COMPARED_MONTHS: tuple[str, ...] = ("上月", "上个月", "上一个月")
# 2023年二季度末…较上季末增加: the quarter before the one just named (the first), as 较上月.
COMPARED_QUARTERS: tuple[str, ...] = ("上", "上个", "上一个", "上一")
# 前年/后年 right before an "annual" head (ANNUAL_HEADS) mean 前/后 + 年产能, not a year.
# 后年 right after an event (达产后年可实现, 竣工后年…) is 后 (after it) + 年 (annual).
NOT_BEFORE_AFTER_NEXT_YEAR = "产成运营工"
ANNUAL_AMBIGUOUS_YEARS: tuple[str, ...] = ("前年", "后年")
# Two deictic periods at once: word -> (first offset, last offset, unit).
DEICTIC_PAIRS: dict[str, tuple[int, int, str]] = {
    "今明两年": (0, 1, "year"), "今明两天": (0, 1, "day"), "今明两日": (0, 1, "day"),
    "明后两天": (1, 2, "day"), "明后天": (1, 2, "day"), "明后两年": (1, 2, "year"),
}
# Centuries and decades: 上世纪90年代, 21世纪, 本世纪中叶.
CENTURY_WORD = "世纪"
DECADE_WORD = "年代"
# Two neighbouring decades at once (七八十年代, 三、四十年代): 1970–1989, the first's digit before the
# second's, joined by nothing or this mark.
DECADE_PAIR_JOINER = "、"
TEN = "十"
# Two neighbouring months at once (三四月份, 七、八月, 九十月): the first's digit, then the next.
MONTH_PAIR_FIRSTS = "一二三四五六七八九"
DEICTIC_CENTURIES: dict[str, int] = {"上": -1, "上个": -1, "本": 0, "这个": 0, "下": 1, "下个": 1}
# Parts of a decade or a century: (first, last) year offset from its first year, and the mod.
# The start or end of a decade or century has no fixed span (80年代初 is 1983 to some writers,
# 20世纪初 the 1920s to others): the whole period, marked by the mod, which contains the true
# years (spec: a coarser reading that contains the date; real_dates README: a part with no rule
# expects its containing period). Its middle keeps its middle years (本世纪中叶: about 2050).
DECADE_PARTS: dict[str, tuple[int, int, str]] = {
    "初": (0, 9, "START"), "初期": (0, 9, "START"), "中期": (3, 6, "MID"),
    "末": (0, 9, "END"), "末期": (0, 9, "END"), "后期": (0, 9, "END"),
}
CENTURY_PARTS: dict[str, tuple[int, int, str]] = {
    "初": (0, 99, "START"), "初期": (0, 99, "START"), "中叶": (40, 59, "MID"), "中期": (40, 59, "MID"),
    "末": (0, 99, "END"), "末期": (0, 99, "END"),
}
# Years taken from the latest earlier expression of the same text.
ANAPHORIC_YEARS: dict[str, int] = {
    "同年": 0, "当年": 0, "该年": 0, "次年": 1, "翌年": 1, "第二年": 1, "是年": 0,
    "这一年": 0,  # 1933年的中国…。这一年，《东方杂志》征集…: the year just told
}
# 是年 / 是日 (annals style: that year, that day) are read only at the head of a clause and before
# a break, a number, a season or a time of day, since 是 is mostly the verb "to be" (这是年轻人的,
# 是日本企业).
CLASSICAL_ANAPHORA: tuple[str, ...] = ("是年", "是日")
CLASSICAL_ANAPHORA_TAILS: tuple[str, ...] = (
    "春", "夏", "秋", "冬", "上午", "下午", "中午", "晚", "凌晨", "清晨", "早", "夜",
)
# …and anywhere before these coverbs and verbs of an act (立法会小组委员会是日向内会汇报).
CLASSICAL_ANAPHORA_ACTS: tuple[str, ...] = (
    "向", "于", "起", "到", "赴", "前往", "举行", "召开", "出席", "发表", "公布", "宣布", "举办", "会见",
    "抵达",
)
# Months counted from the publication date.
DEICTIC_MONTHS: dict[str, int] = {
    "本月": 0, "这个月": 0, "这月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1,
    "上上月": -2, "上上个月": -2, "下下月": 2, "下下个月": 2, "上一个月": -1, "下一个月": 1,
}
# Of the deictic months, those that may follow a year (去年本月 = last year's reference month).
SAME_MONTH_WORDS: tuple[str, ...] = ("本月", "这个月", "这月")
# 上/下 doubled beyond what the tables know (上上上周) is left alone rather than read as one step.
DEICTIC_STEPS = "上下"
# A deictic word right after a step character (上上年, 前前天, 大大大后天) is a doubled step the
# tables do not know: nothing, rather than the single step. Character before -> first
# characters of the deictic words it blocks.
DOUBLED_STEPS: dict[str, str] = {"上": "上", "下": "下", "前": "前后", "后": "前后", "大": "大前后"}
# Months taken from the latest earlier expression.
ANAPHORIC_MONTHS: dict[str, int] = {"当月": 0, "同月": 0, "次月": 1}
# Days counted from the publication date; the optional time of day stays in the surface.
DEICTIC_DAYS: dict[str, int] = {
    "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "昨天": -1, "昨日": -1,
    "昨晚": -1, "昨夜": -1, "前天": -2, "大前天": -3, "明天": 1, "明日": 1, "明晚": 1,
    "明早": 1, "明晨": 1,
    "后天": 2, "大后天": 3, "大大后天": 4, "大大前天": -4,
    "前日": -2,  # 前日中区宾馆凶杀案 (as Hong Kong and Macau papers write 前天), unless a word follows
    "即日": 0,  # 即日起至4月30日 (this very day), not inside 立即日夜…
}
IMMEDIATE_DAY = "即日"
NOT_BEFORE_IMMEDIATE_DAY = "立"
# 前日 followed by these is 前 + a word of 日 (前日本首相, 节前日均客流, 此前日程), no day.
FORMER_DAY = "前日"
NOT_AFTER_FORMER_DAY = "本军方籍常程益均产报子期前志记用语元圆趋夜间照光式韩美企商资系剧货寇伪"
# 昨 alone before a verb or a time of day is yesterday (记者昨往, 警方昨表示, 昨晨), as Hong Kong
# and Taiwan papers write it; the day words above come first, and 今是昨非 is an idiom.
BARE_YESTERDAY = "昨"
NOT_BEFORE_BARE_YESTERDAY = "今是"
NOT_AFTER_BARE_YESTERDAY = "天日晚夜非是"
# 仿佛昨天, 恍如昨日, 好像就在昨天: "as if it were yesterday", a figure of speech, no day
# (好像 alone is also "it seems": 好像昨天下了雨 is yesterday).
FIGURATIVE_BEFORE_YESTERDAY: tuple[str, ...] = (
    "仿佛", "恍如", "恍若", "宛如", "犹如", "犹在", "好像就在", "就像在",
)
YESTERDAY_WORDS: tuple[str, ...] = ("昨天", "昨日")
# The time of day a day word carries in itself (昨晚 = yesterday evening).
DAY_WORD_PERIODS: dict[str, str] = {
    "今晨": "晨", "今早": "早", "今晚": "晚", "昨晚": "晚", "昨夜": "夜", "明晚": "晚",
    "明早": "早", "明晨": "晨",
}
# Days taken from the latest earlier expression.
ANAPHORIC_DAYS: dict[str, int] = {
    "当天": 0, "当日": 0, "同日": 0, "同一天": 0, "次日": 1, "翌日": 1, "第二天": 1,
    "当晚": 0, "当夜": 0, "次晚": 1,  # the evening of that day (当晚6时30分)
    "隔日": 1, "隔天": 1,  # 自晚间9点至隔日凌晨1点: the day after
    "是日": 0,
}
# 隔日一次, 隔天服用, 隔日达: every other day (a set) or a delivery service, not the next day.
NOT_AFTER_NEXT_DAY: tuple[str, ...] = ("一次", "一剂", "服", "给药", "用药", "注射", "达", "送达", "一")
NEXT_DAY_WORDS: tuple[str, ...] = ("隔日", "隔天")
# Weeks counted from the publication date (weeks run Monday to Sunday).
DEICTIC_WEEKS: dict[str, int] = {
    "本": 0, "这": 0, "这个": 0, "上": -1, "上个": -1, "下": 1, "下个": 1,
    "上上": -2, "上上个": -2, "下下": 2, "下下个": 2, "上一": -1, "下一": 1, "上一个": -1, "下一个": 1,
}
WEEK_WORDS: tuple[str, ...] = ("星期", "礼拜", "周")
# A weekday opening a line, a sentence or an item after ；goes on in the week of a weekday that
# opened the item before (周一，阴；周三，晴: a forecast list), whatever step word that one had.
LIST_ITEM_BREAKS = "\n；;。：:"
WEEK_STEPS = "上下本这个"
# 一周三次, 每周五: a weekday after these is a count or a set.
# 第一个星期一, 最后一个星期五: a weekday after 个 belongs to an unresolved week, no date.
NOT_BEFORE_BARE_WEEKDAY = "每一二两三四五六七八九十个"
# A weekday written after a day (2021年10月12日（星期二）) belongs to it: the brackets around it.
WEEKDAY_OPEN = "（("
WEEKDAY_CLOSE = "）)"
# 2016年9月15日(星期四,农历中秋当日): a weekday opening a bracket that goes on after a comma.
BRACKET_LIST_SEPARATORS = ",，、;；"
# 下周期, 上周边: 周 starts another word.
NOT_AFTER_WEEK = "年期刊报边围转到全密知"
# 下周天气 (next week's weather): 天 starting these words is no Sunday.
NOT_AFTER_SUNDAY_TIAN = "气空然"
# Day of the week, Monday = 0.
WEEKDAYS: dict[str, int] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
}

# Parts of a year: (first month, last month, mod).
YEAR_END_PART = "末"  # 岁末 is the 年末 part
MID_PART = "中"
# A bare 年 preceded by these is part of another word (三年中, 全年底线), not 年初/年中/年底.
NOT_BEFORE_BARE_YEAR = "多几全半近每该当同次翌今去明前后本上下来大"
# 年初期, 年中旬: not a part of a year; 年中饭, 年终奖: a meal and a bonus, no date.
NOT_AFTER_YEAR_PART = "期旬饭奖"
YEAR_PARTS: dict[str, tuple[int, int, str]] = {
    "初": (1, 2, "START"), "中": (6, 7, "MID"), "底": (11, 12, "END"),
    "末": (11, 12, "END"), "终": (11, 12, "END"),
}
# 年中 is also the start of 年中国…, 年中央…: these characters after 年中 mean it is not a date.
NOT_AFTER_MID_YEAR = "秋国央共方心小部科医外华东西南北美欧日韩俄资铁建石海大关"
# The end of the year written without 年.
YEAR_END_WORDS: tuple[str, ...] = ("岁末", "岁尾")
# Around the turn of the year: December of the old year and January of the new one.
TURN_OF_YEAR_WORDS: tuple[str, ...] = ("岁末年初", "年末岁初", "年底年初")

QUARTER_NUMBERS: dict[str, int] = {
    "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "首": 1,
}
# Parts of a quarter (一季度末): (first, last) month offset inside the quarter, and the mod.
QUARTER_PARTS: dict[str, tuple[int, int, str]] = {"初": (0, 0, "START"), "末": (2, 2, "END")}
HALVES: dict[str, int] = {"上": 1, "下": 2}
# 2018年前半年 / 今年后半年: halves written with 前/后, only right after a year.
YEAR_HALVES: dict[str, int] = {"前": 1, "后": 2}

# Parts of a month: (first day, last day or None for the month's end, xun number).
MONTH_PARTS: dict[str, tuple[int, int | None, int]] = {
    "上旬": (1, 10, 1), "初": (1, 10, 1),
    "中旬": (11, 20, 2), "中": (11, 20, 2),
    "下旬": (21, None, 3), "底": (21, None, 3), "末": (21, None, 3),
    "上中旬": (1, 20, 1), "中下旬": (11, None, 2),
    "中上旬": (1, 20, 1),  # 上中旬 written from the later part: not 月中 and a bare 上旬
}
XUN_WORDS: tuple[str, ...] = ("上旬", "中旬", "下旬")
# Two neighbouring xun at once: word -> the number of the last one (中下旬 = 中旬 + 下旬).
XUN_SPANS: dict[str, int] = {"上中旬": 2, "中下旬": 3, "中上旬": 2}
# A bare 月 preceded by these is part of another word (岁月中, 每月初 is a set), not 月初/月中/月底.
NOT_BEFORE_BARE_MONTH = "个每本上下当同次这岁年日明正腊满赏望蜜"

# Seasons: (first month, number of months, TIMEX3 code). Winter runs into the next year.
SEASONS: dict[str, tuple[int, str]] = {
    "春": (3, "SP"), "夏": (6, "SU"), "秋": (9, "FA"), "冬": (12, "WI"),
}
SEASON_SUFFIXES: tuple[str, ...] = ("季", "天")
# A season letter right after a written year (2024年春) is not a season when these follow.
# 冬至, 春分, 夏至, 秋分 are solar terms (days), never seasons; 夏历 is the lunar calendar.
NOT_AFTER_BARE_SEASON = "节粮种播收耕茶笋运交招装季天晚至分奥历"
# Named events and metaphors that hold a season word (夏季达沃斯, 科技的春天) are no season.
NOT_AFTER_SEASON: tuple[str, ...] = ("达沃斯", "奥运", "奥林匹克", "残奥", "运动会")
NOT_BEFORE_SEASON = "的"
# A season with no year standing for the season in general, not one period: what it is like or
# holds (春天的气息, 冬季的第一个节气, 冬季最短的是…, 秋天一共有6个节气, 春天般的) or a simile or
# a habit (像春天一样, 一到夏天就…).
GENERAL_SEASON_AFTER: tuple[str, ...] = ("的", "最", "一共", "共有", "般")
GENERAL_SEASON_BEFORE: tuple[str, ...] = ("像", "如", "似", "一到")

# Holidays on a fixed Gregorian day: (month, day).
SOLAR_HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1), "劳动节": (5, 1), "国际劳动节": (5, 1), "五一劳动节": (5, 1),
    "五一国际劳动节": (5, 1), "国庆节": (10, 1), "国庆": (10, 1),
    "情人节": (2, 14), "妇女节": (3, 8), "三八妇女节": (3, 8), "国际妇女节": (3, 8),
    "三八国际妇女节": (3, 8), "植树节": (3, 12), "青年节": (5, 4), "五四青年节": (5, 4),
    "儿童节": (6, 1), "六一儿童节": (6, 1), "国际儿童节": (6, 1), "建党节": (7, 1),
    "七一建党节": (7, 1), "建军节": (8, 1), "八一建军节": (8, 1), "教师节": (9, 10),
    "愚人节": (4, 1), "护士节": (5, 12), "国际护士节": (5, 12), "万圣节": (10, 31),
    "光棍节": (11, 11), "记者节": (11, 8),
    "平安夜": (12, 24), "圣诞节": (12, 25), "双十一": (11, 11),
    "双11": (11, 11), "双十二": (12, 12), "双12": (12, 12),
}
# Holidays on the Nth weekday of a month: (month, weekday with Monday = 0, N).
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4),
}
# The 24 solar terms, each its computed day. Those that are also weather words (大雪 = heavy
# snow) are dates only with a year or a holiday word (2024年大雪, 大雪节气, 大雪当天).
SOLAR_TERMS: tuple[str, ...] = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
)
WEATHER_SOLAR_TERMS: tuple[str, ...] = ("雨水", "小雪", "大雪", "小满")
SOLAR_TERM_SUFFIXES: tuple[str, ...] = ("节气", "时节", "当天", "这天", "那天", "当日", "前后", "期间")
# A solar term followed by these is part of another word (冬至点, 雨水量; 白露降, "white dew
# falls", a pentad of 立秋).
NOT_AFTER_SOLAR_TERM = "点量线级片花降"
# 长春分院, 宜春分公司, 新春分享会: after 春分 / 秋分 these make 分 the head of another word (a
# branch: 分院, 分行; 分享, 分红), so the term is no term.
NOT_AFTER_FEN_TERM: tuple[str, ...] = (
    "院", "公司", "行", "局", "校", "会", "部", "所", "社", "厂", "店", "中心", "站", "处", "团",
    "队", "支", "网", "享", "红", "配", "析", "别", "类", "数", "布", "流", "离", "钟",
)
FEN_TERM_END = "分"
# Holidays on a fixed lunar day: (lunar month, lunar day, days to add after conversion).
LUNAR_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "春节": (1, 1, 0), "除夕": (1, 1, -1), "元宵节": (1, 15, 0), "端午节": (5, 5, 0),
    "端午": (5, 5, 0), "七夕": (7, 7, 0), "七夕节": (7, 7, 0), "中秋节": (8, 15, 0),
    "中秋": (8, 15, 0), "重阳节": (9, 9, 0), "大年三十": (1, 1, -1), "大年初一": (1, 1, 0),
    "大年初二": (1, 2, 0), "大年初三": (1, 3, 0), "大年初四": (1, 4, 0), "大年初五": (1, 5, 0),
    "大年初六": (1, 6, 0), "大年初七": (1, 7, 0), "大年初八": (1, 8, 0), "大年初九": (1, 9, 0),
    "大年初十": (1, 10, 0), "腊八节": (12, 8, 0), "腊八": (12, 8, 0), "重阳": (9, 9, 0),
    "中元节": (7, 15, 0), "元宵": (1, 15, 0), "小年": (12, 23, 0),
    # the last days before the new year, counted as 腊月 days (大年二十九一大早 = 腊月二十九)
    "大年二十六": (12, 26, 0), "大年二十七": (12, 27, 0), "大年二十八": (12, 28, 0),
    "大年二十九": (12, 29, 0),
}
# Lunar dates (农历八月十五, 正月初八, 腊月二十三): the month names that are not numerals, the word
# that marks a lunar date, and how lunar days are spelled (初一 … 初十, 十一 …, 廿一 …, 三十).
LUNAR_PREFIXES: tuple[str, ...] = ("农历", "阴历", "夏历")
# 阳历5月31日, 公历6月22日: the Gregorian calendar named before a date (a 历 of any other
# calendar before a month makes it no Gregorian one).
GREGORIAN_MARKS = "阳公新西"  # 阳历, 公历, 新历, 西历
LEAP_MONTH_MARK = "闰"  # 闰四月: the leap month after the 4th
# A festival's lunar day written like a Gregorian month and day (2016八月十五是哪天, 中秋节（八月
# 十五）) is that lunar day when the text names the festival: the day -> (month, day, the names).
# Without the festival named, 八月十五 stays the Gregorian August 15 (rules' table). A four-digit
# year may lead it without 年 (2016八月十五), as festival explainers write it.
FESTIVAL_LUNAR_DAYS: dict[str, tuple[int, int, tuple[str, ...]]] = {
    "八月十五": (8, 15, ("中秋",)),
    "七月十五": (7, 15, ("中元", "盂兰", "鬼节")),
    "十月十五": (10, 15, ("下元",)),
}
# 八月中秋, 五月端阳, 2023年八月社日: a month in Chinese numerals right before a lunar festival is
# the festival's lunar month, no Gregorian one (spec: a lunar expression is never read as a
# Gregorian one); the festival names of LUNAR_HOLIDAYS and these.
FESTIVALS_AFTER_LUNAR_MONTH: tuple[str, ...] = ("社日", "端阳", "七月半")
# 大年初十: the days of the first lunar month counted from the new year (大年初一 = 春节).
NEW_YEAR_DAYS_WORD = "大年"
LUNAR_MONTH_NAMES: dict[str, int] = {"正": 1, "冬": 11, "腊": 12}
# Lunar month names that are a whole lunar month without a day (正月, 腊月; 冬月 is no date alone).
LUNAR_MONTHS_ALONE: tuple[str, ...] = ("正", "腊")
# … when they stand as a date: followed by a break or one of these (正月里; 正月古庙会 is a name).
LUNAR_MONTH_ALONE_FOLLOWERS = "，,。；;！!？?、：:）)”\" \n里间中期份的以前后至到起初底末"
LUNAR_TWENTIES = "廿"  # 廿一 … 廿九
LUNAR_DAYS: tuple[str, ...] = (
    "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十",
)
LUNAR_DAY_VARIANTS: dict[str, str] = {
    "二十一": "廿一", "二十二": "廿二", "二十三": "廿三", "二十四": "廿四", "二十五": "廿五",
    "二十六": "廿六", "二十七": "廿七", "二十八": "廿八", "二十九": "廿九",
}
LUNAR_FIRST_DAYS = "初"  # 三月初三: a day written 初X makes the date lunar without 农历
# Holidays on a solar term, by the term's name in the lunar calendar tables.
SOLAR_TERM_HOLIDAYS: dict[str, str] = {"清明节": "清明"}
# Names that are holidays only when a holiday word follows (十一 is also eleven, 五一 a street).
CONTEXT_HOLIDAYS: dict[str, str] = {
    "十一": "国庆节", "五一": "劳动节", "清明": "清明节", "元宵": "元宵", "小年": "小年", "腊八": "腊八",
    "过年": "春节",
}
# After a written year, 十一 / 五一 running into one of these is a month or a day (2019年十一月,
# 一九二七年十一月五日), not the holiday.
NOT_AFTER_YEAR_HOLIDAY = "月日号0123456789一二三四五六七八九十"
# Bare 五一 / 清明 / 元宵 stand as dates (without 节) after a year word, before one of these, or
# alone between clause breaks; 吃元宵, 五一路 and 政治清明 are other words.
BARE_HOLIDAYS: tuple[str, ...] = ("五一", "清明", "元宵", "小年", "腊八")
BARE_HOLIDAY_FOLLOWERS: tuple[str, ...] = (
    "前后", "之前", "以前", "之后", "以后", "前", "后", "当天", "那天", "这天", "当日", "时",
    "之际", "来临", "到来", "将至", "至", "到", "节",
)
BARE_HOLIDAY_OPENERS = "在于从至到是过和与、及"
# A holiday period word may take 期间 after it (小长假期间, 假期期间, and 假期间 for short).
HOLIDAY_PERIOD_SPANS: tuple[str, ...] = ("小长假期间", "长假期间", "黄金周期间", "假期期间", "假期间")
HOLIDAY_CONTEXT_WORDS: tuple[str, ...] = (
    "期间", "假期", "黄金周", "小长假", "长假", "前后", *HOLIDAY_PERIOD_SPANS,
)
# Words that may follow a holiday without changing its day.
HOLIDAY_SUFFIXES: tuple[str, ...] = (
    "期间", "假期", "前后", "黄金周", "小长假", "长假", "当天", *HOLIDAY_PERIOD_SPANS,
)
# 春节后 / 国庆节后复工: the festival's day with mod AFTER, as X以后, right after its name (not
# 后续, 后期, nor 春节后三天, a count from it).
HOLIDAY_MODS: dict[str, str] = {"后": "AFTER"}
NOT_AFTER_HOLIDAY_MOD = "续期来面者半" + CN_NUMERAL_CHARS + "0123456789"

# A title between 《》 is a name (《今日中国》, 《明天会更好》, 电影《后天》): an expression inside
# one that writes no year (a deictic or anaphoric word, a festival) is part of the name, no date;
# a title's written year or plan (《2023年江苏省重大项目清单》, 《…第十四个五年规划纲要》) stays.
TITLE_OPEN = "《〈"
TITLE_CLOSE = "》〉"
TITLE_REACH = 40  # how far a title's marks are looked for on either side of an expression
# Names that hold date words but are no date (光明日报, 今日头条): skipped whole.
NAMES_WITH_DATE_WORDS: tuple[str, ...] = (
    "光明日报", "今日头条", "今日说法", "今日俄罗斯", "今日美国", "明日方舟", "明日之后",
    "昨日重现", "十二月党", "十月革命", "二月革命", "人间四月天",
    "今日事今日毕", "今日事，今日毕",  # a saying: do today's work today
    "昨日黄花",  # yesterday's flowers: out of date
    # 本 + 年度报告 (this annual report, and 本年度报告期: the year it reports on, mostly the one
    # before the publication), not 本年度 (this year).
    "本年度报告",
)

# Fiscal years are a company's own (Microsoft's 2025财年 runs July 2024 - June 2025, Toyota's
# FY2025 April 2024 - March 2025, and others name theirs by the year they start): a fiscal year
# or quarter is never read as the calendar period of the same number (spec: abstain).
# 当年 meaning "back then" in set phrases (想当年, 好汉不提当年勇): no year of the article, and
# not the publication's either (the spec's fallback for 当年 with nothing before it).
BACK_THEN_PHRASES: tuple[str, ...] = (
    "想当年", "忆当年", "话当年", "提当年", "似当年", "胜当年", "不减当年",
    # 当年 before 那 (those, that): 翻着当年那些帖子, 当年的那段日子, 当年那个少年
    "当年那", "当年的那",
)
# A document's number (财政部公告2024年第15号, 2023年第1号公告, 2024年第15号台风): the year is
# part of the number, no date of anything.
NUMBER_ORDINAL = "第"
NUMBER_WORD = "号"
FISCAL_WORDS: tuple[str, ...] = ("财年", "财季", "财政年度")
FISCAL_LETTERS = "FY"  # FY2025, FY25
FISCAL_HEADS: tuple[str, ...] = (
    "本", "上一", "上个", "上", "下一", "下个", "下", "新", "该", "同", "当", "首",
)
FISCAL_TAILS: tuple[str, ...] = ("全年", "上半年", "下半年", "前三季度", "年度")
FISCAL_YEAR_JOINERS = "/-"  # 2024/25财年

# Five-year plans: the ordinal before 五 (十四 in “十四五”).
PLAN_ORDINALS: tuple[str, ...] = (
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
    "十六", "十七", "十八", "十九",
)
PLAN_MARK = "五"
PLAN_OPEN_QUOTES = "“\"「『‘"
PLAN_CLOSE_QUOTES = "”\"」』’"
# Below this ordinal the plan reads as a plain number (十五 = fifteen) unless quoted or followed
# by 时期/规划…
PLAN_UNAMBIGUOUS_FROM = 11
# “十五五” followed by these is a count (十五个, 十一五年), not a plan.
NOT_AFTER_PLAN = "个届次名号日月年万千百亿元人岁点分位家项条倍周天%"
PLAN_SUFFIXES: tuple[str, ...] = ("时期", "期间", "规划期间", "规划期", "规划", "计划期间", "计划")
PLAN_FIRST_YEAR: tuple[str, ...] = ("开局之年", "开局年", "首年", "第一年")
PLAN_LAST_YEAR: tuple[str, ...] = ("收官之年", "收官年", "最后一年")
PLAN_FIRST_ORDINAL = 3  # the 3rd plan started in 1966
PLAN_FIRST_START = 1966
# The first two plans came before the formula (1963–1965 was a readjustment, no plan).
EARLY_PLAN_STARTS: dict[int, int] = {1: 1953, 2: 1958}
# 第一个五年计划 / 第十四个五年规划: the plan spelled out.
SPELLED_PLAN_HEAD = "个五年"
SPELLED_PLAN_WORDS: tuple[str, ...] = ("计划", "规划")

# Fuzzy recent past: the 30 days up to the publication date.
RECENT_WORDS: tuple[str, ...] = ("近日", "日前", "近期", "前不久", "最近", "不久前")
RECENT_DAYS = 30
# 日前 preceded by these is 节日 + 前 (before the holiday), not "recently".
NOT_BEFORE_RECENT: dict[str, str] = {"日前": "节生假期平往每末翌当次同今昨明前后数几该本工"}
# 最近的加氢站 is the nearest one; 今日头条 is an app. 比赛日前后, 纪念日前夕: a day noun (X日)
# and 前后 / 前夕 (around, on the eve of it), not 日前 (recently).
NOT_AFTER_RECENT = "的后夕"
NOT_AFTER_DAY_WORD: tuple[str, ...] = (
    "头条", "之星", "气", "然", "津", "地", "使", "赋", "性", "空",
)
# 后天才能 (acquired talent): 才 is a word with 天 only after 前天/后天; 今天才, 明天才 mean "not
# until today / tomorrow" (要等今天才会有消息).
TALENT_HEAD = "才"
NOT_BEFORE_TALENT_HEAD: tuple[str, ...] = ("前天", "后天")
# 此后天然气, 之前天气, 最后年份: 前/后 belong to the word before, not to 前天/后年.
NOT_BEFORE_DEICTIC = "之此以然随而落其背先提当最"
# 美好的明天, 投资20亿元的明天氢能…项目: 明天 after 的 is a noun or a name, not tomorrow (的今天
# stays a date: 明年的今天, 4年前的今天).
NOT_BEFORE_TOMORROW = "的"
TOMORROW_HEAD = "明"
# 目前天气: 目 takes 前 only (项目后年建成 is 后年).
NOT_BEFORE_FORMER = "目"
# Recent years: from 1 January five years before the publication year.
RECENT_YEAR_WORDS: tuple[str, ...] = ("近年来", "近几年来", "近几年", "近些年来", "近些年", "近年")
RECENT_YEARS = 5
# The publication day itself.
PRESENT_WORDS: tuple[str, ...] = ("目前", "当前", "现在", "如今", "至今", "眼下", "当下", "现阶段", "现时")
# 体现在, 表现在: 现在 closing another word is no present (筛选出目前 is).
NOW_WORD = "现在"
NOT_BEFORE_PRESENT = "体表实发出展呈兑再"
# 当前位置：首页>…, 当前页: a web page's label (where the reader is), no day.
NOT_AFTER_PRESENT: tuple[str, ...] = ("位置", "所在位置", "页", "栏目", "频道")

# Words that turn a missing year towards the future (spec: forward cues).
FORWARD_CUES: tuple[str, ...] = (
    "将于", "即将", "预计", "计划", "有望", "力争", "届时", "争取", "将", "拟", "定于", "确保",
)
# A line of a holiday schedule (元旦：1月1日至3日放假调休，共3天; 二、春节：…; 国庆节、中秋节：…):
# festival names and a colon opening a clause, and one of these words after the colon in its
# sentence. Such a line announces the coming holidays, so its festivals and dates take the next
# occurrence, as under a forward cue (a past holiday is reported otherwise: 春节期间，全市…).
HOLIDAY_SCHEDULE_WORDS: tuple[str, ...] = ("放假", "调休", "补休")
HOLIDAY_SCHEDULE_JOINERS = "、和及与"
# A list number before the head: 一、 / 2. / （三）
HOLIDAY_SCHEDULE_NUMBERS = "一二三四五六七八九十0123456789"
HOLIDAY_SCHEDULE_NUMBER_MARKS = "、.．"
# Words that contain a cue character but are no cue.
NOT_CUE_WORDS: tuple[str, ...] = (
    "模拟", "虚拟", "比拟", "草拟", "将军", "将领", "将士", "大将", "名将", "老将", "主将",
    "干将", "猛将", "武将", "中将", "上将", "少将", "麻将", "将近",
    # 计划 as a noun (planned investment, the year's plan, the original plan): no cue
    "计划投资", "计划总投资", "年计划", "原计划", "投资计划", "工作计划", "行动计划", "发展计划",
    "五年计划", "计划经济", "计划生育", "计划单列", "计划书",
    "年度计划", "计划通知", "研发计划",
    "回购计划", "减持计划", "增持计划", "招生计划", "采购计划", "培训计划", "建设计划", "生产计划",
    "融资计划", "发行计划",
    # 拟 as an attribute (the proposed projects, the candidates proposed): no cue
    "拟建项目", "拟建工程", "拟任人选",
    # 拟定 / 拟订 (drew up), 按计划 / 比计划 (as / than planned), 计划任务, 预计值 (estimates):
    # words, no future; 争取到 / 争取了 / 确保了: what was won or secured
    "拟定", "拟订", "按计划", "按照计划", "比计划", "既定计划", "计划任务", "计划内", "计划外",
    "预计值", "预计数", "争取到", "争取了", "确保了",
)
# 计划 followed by one of these closes a noun (这一计划，…; 攻坚计划、…): no cue; so does a
# conjunction joining it to a quoted or titled name (发布大会战计划和“一十百千万”工程), while
# 计划与企业共同开工 (plans to, with the firms) stays a cue.
PLAN_NOUN_FOLLOWERS = "、的”》）)，,。；;"
PLAN_NOUN_JOINERS = "和与及"
PLAN_NOUN_JOINED = "“《"
# A quoted name (启动“奋战五百天，百大项目庆百年”活动, “即将启航”系列活动) is followed by one of
# these heads: its words are a name, like a title's in 《》, and cue no plan (nor a process, for
# the events).
QUOTED_NAME_HEADS: tuple[str, ...] = (
    "活动", "行动", "工程", "战略", "计划", "攻坚战", "大会战", "会战", "品牌", "称号", "模式",
    "理念", "口号", "主题", "系列", "项目", "平台", "专项", "工作",
)
# 将 as the object marker (将X由A提升至B, raise X from A to B): no cue. Recognised by a 由/从
# after its object and a verb of change after that, all inside one clause.
DISPOSAL_MARK = "将"
DISPOSAL_FROM: tuple[str, ...] = ("由", "从")
DISPOSAL_VERBS: tuple[str, ...] = (
    "提升", "提高", "降低", "调整", "上调", "下调", "调高", "调低", "升级", "降级", "改为",
    "变更", "扩大", "缩小", "延长", "缩短", "增加", "减少",
)
# A sentence-initial date does not govern a later clause that holds a date of its own (5月16日，
# 市科技局发布消息，2021年科技活动周将于5月22日启幕: 将 is the 22nd's): its cue search stops there.
DATE_IN_CLAUSE = (
    r"(?:[0-9０-９]{1,4}\s*[年月日号]|[一二三四五六七八九十]{1,3}月|今年|明年|后年|年内|年底|下月)"
)
# A clause opening with 将 (预计, 可) and one of these tells what an act told before will bring
# about (…项目投产，将解决配套短板; 将使产能翻番; 将为当地带来…; 预计新增年产值…): its cue governs
# the consequence, not the act, so a sentence-initial date's cue search stops there. 将使用 /
# 将为期 are no consequence.
CONSEQUENCE_MARKS: tuple[str, ...] = ("将", "预计", "可")
# …and after the act it follows (…集中签约31个重点项目，达产后预计新增年产值60多亿元; 建成后可
# 带动…): an act of up to this many characters and 后.
CONSEQUENCE_ACT_REACH = 4
CONSEQUENCE_OPENERS: tuple[str, ...] = ("并", "还", "也", "同时", "进而", "从而")
CONSEQUENCE_VERBS: tuple[str, ...] = (
    "使", "为", "带动", "解决", "填补", "助力", "推动", "促进", "拉动", "辐射", "惠及", "成为",
    "形成", "满足", "缓解", "改善", "提升", "提高", "增加", "新增", "吸纳", "结束", "打破",
    "进一步", "有效", "大大", "极大", "大幅", "显著",
)
NOT_CONSEQUENCE_WORDS: tuple[str, ...] = ("使用", "为期")
# A sentence-initial date does not govern reported speech: its cue search stops at these.
REPORTING_VERBS: tuple[str, ...] = (
    "指出", "表示", "强调", "提出", "介绍", "透露", "认为", "宣布", "谈到", "坦言", "直言",
)
# What may stand before a date that still opens its sentence: spaces (the ideographic one
# too), quotes and brackets.
# A narration of a past year (2008年，… / 时间就到了2008年。 / 这是他们的1997年——) goes on in the
# next sentence: a month or day there with no year of its own takes that year (于是你知道5月初
# 经历了汶川地震). Only for a year at least NARRATION_YEARS_BACK before the publication's (a
# year or two back, 3月 more likely means this year's March), written at the head or the end of
# its sentence (a heading, a turn of the story: not 成立于2015年 inside a clause); what may stand
# between it and the end of its sentence:
NARRATION_YEARS_BACK = 2
# 今天 / 昨天 / 明天 inside a speech quoted after a day of their sentence count from
# that day (1949年10月1日，毛泽东宣布：“中央人民政府今天成立了！”), not from the publication.
SPEECH_OPENING_QUOTES = "“「『"
SPEECH_CLOSING_QUOTES = "”」』"
# N年后 / N个月前 / N天后 after a date of their sentence whose year was written count from that
# date (回到1982年，…20年后 is 2002): the grains of that date each unit can count from.
NARRATED_COUNT_BASES: dict[str, tuple[str, ...]] = {
    "year": ("year", "half", "season", "quarter", "month", "xun", "week", "day"),
    "month": ("month", "xun", "day"),
    "week": ("day",),
    "day": ("day",),
}
NARRATION_CLOSERS = " \t　—-–…：:）)”\"』」"
SENTENCE_OPENERS = " \t　“”\"'‘’「」『』（）()【】《》"
# Punctuation that ends a clause, and the subset that ends a sentence.
CLAUSE_BREAKS = "，,。；;！!？?：:\n"
SENTENCE_BREAKS = "。；;！!？?\n"
# A written year is shared across ；(2021年7月起，…揭牌运营；10月16日，…同日揭牌: one sentence of
# clauses), not across a full stop or a line.
YEAR_SHARING_BREAKS = "。！!？?\n"
LIST_OPENERS: tuple[str, ...] = ("——", "：", ":")

# Range separators between two dates.
# 自2018年1月起至2019年3月止: 起至 joins the ends and 止 closes the range.
RANGE_SEPARATORS: tuple[str, ...] = (
    "至", "到", "——", "—", "–", "-", "~", "～", "―", "起至", "起到", "开始至", "开始到",
    "一直到", "起一直到", "开始一直到",  # 昨天开始一直到本周三
)
RANGE_SUFFIXES: tuple[str, ...] = ("期间", "为止", "止")
# 至今 followed by these is 至 + 今年/今天 (去年12月至今年2月), not "until now".
NOT_AFTER_UNTIL_NOW = "年日天晨晚早"
# A date followed by one of these runs to the publication date (2019年至今).
UNTIL_NOW_WORDS: tuple[str, ...] = (
    "至今", "迄今", "到现在", "至现在", "到目前", "至目前", "到如今", "起至今", "起到现在", "以来至今",
)

# Words after a date that change its meaning: mod, or None when the interval is unchanged.
BEFORE_SUFFIXES: tuple[str, ...] = ("之前", "以前")
BARE_BEFORE = "前"
# 前 is not "before" when one of these follows (前后 = around, 前三季度 = the first three quarters).
NOT_AFTER_BEFORE = "后夕夜沿列景期者身进往提一二两三四五六七八九十0123456789个"
# 本周前中期 (the first and middle part of the week): 前 starts a word, no BEFORE.
NOT_AFTER_BEFORE_WORDS: tuple[str, ...] = ("中期", "中后期")
AFTER_SUFFIXES: tuple[str, ...] = ("之后", "以后")
SINCE_SUFFIXES: tuple[str, ...] = ("以来",)
UNTIL_PREFIXES: tuple[str, ...] = ("截至", "截止到", "截止")
ANAPHORA_PREFIXES: dict[str, int] = {
    "此前": -1, "在此之前": -1, "此后": 1, "在此之后": 1, "之后": 1, "随后": 1, "其后": 1,
}

# Units of relative counts (两个月前) and durations (3个月): unit word -> (grain, TIMEX3 unit).
COUNT_UNITS: dict[str, tuple[str, str]] = {
    "天": ("day", "D"), "日": ("day", "D"), "周": ("week", "W"), "星期": ("week", "W"),
    "个星期": ("week", "W"), "个礼拜": ("week", "W"), "个月": ("month", "M"),
    "年": ("year", "Y"),
}
# 改革开放40年后, 毕业十年后, 事故发生3天后: a count right after an event is counted from that
# event, not from the publication; with no date of it in the sentence it is a duration (spec:
# abstain), as the count read from the publication puts it elsewhere on a timeline.
EVENTS_BEFORE_COUNT: tuple[str, ...] = (
    "开放", "毕业", "结婚", "离婚", "成立", "建成", "落成", "竣工", "通车", "开通", "开业", "开馆",
    "开园", "投产", "上市", "退休", "退伍", "参军", "入学", "入职", "出生", "去世", "逝世", "解放",
    "建国", "创立", "创办", "发生", "实施", "手术", "出院", "出狱", "分别", "分手", "离开", "搬迁",
)
COUNT_BEFORE: tuple[str, ...] = ("之前", "以前", "前")
COUNT_AFTER: tuple[str, ...] = ("之后", "以后", "后")
# 3天前往 (go to), 5年后续 (follow-up): these after 前/后 end the count expression's reading.
NOT_AFTER_COUNT_DIRECTION: dict[str, str] = {"前": "往进来去后夕", "后": "续期来面者"}
DURATION_UNITS: dict[str, tuple[str | None, str]] = {
    "分钟": (None, "TM"), "小时": (None, "TH"), "个小时": (None, "TH"), "天": ("day", "D"),
    "周": ("week", "W"), "个星期": ("week", "W"), "个月": ("month", "M"), "年": ("year", "Y"),
    "个季度": ("quarter", "Q"), "季度": ("quarter", "Q"),
    "周年": ("year", "Y"),  # 建校100周年: an anniversary counts years, never weeks (100周)
}
DURATION_SEPARATORS = "~～-—至到"  # 2~3年
# Halves as durations: word -> (grain, TIMEX3 duration).
HALF_DURATIONS: dict[str, tuple[str, str]] = {"半年": ("month", "P6M"), "半个月": ("day", "P15D")}
DURATION_TAILS: tuple[str, ...] = ("多", "半", "左右", "以上", "以内", "之内", "内")
# Sets: 每 + unit.
# 每逢 / 每到 / 每当 (whenever) + a day or a festival: a set like 每年 + a day.
SET_OCCASIONS: tuple[str, ...] = ("逢", "到", "当")
OCCASION_SET = ("year", "P1Y")
# What may stand between a set and the expression it governs, which then joins the set (spec: a
# set has no interval): 每月的11号, 每年3月12日是植树节 (a set's day defined), 每年农历正月初一
# 持续到二月初二 (a recurring span).
SET_REACH_GAPS: tuple[str, ...] = (
    "", "的", "是", "为", "即", "就是", "都是", "至", "到", "持续到", "一直到", "延续到",
)
SET_UNITS: dict[str, tuple[str, str]] = {
    "年": ("year", "P1Y"), "年度": ("year", "P1Y"), "季度": ("quarter", "P3M"),
    "个月": ("month", "P1M"), "月": ("month", "P1M"), "周": ("week", "P1W"),
    "星期": ("week", "P1W"), "天": ("day", "P1D"), "日": ("day", "P1D"),
}

# 2024.6 is a month unless a unit follows (2024.6万元).
# A birth year in an open range, 郑姗(1990—): only between brackets, the dash and the bracket
# closing right after it, so that no code or phone number (1001-7518, (2017)28-0012) is dated.
OPEN_RANGE_OPEN = "（("
OPEN_RANGE_DASHES = "—–－-"
OPEN_RANGE_CLOSE = "）)"
NOT_AFTER_DECIMAL = "万亿元千百倍个吨米台辆家人项件株只亩"  # a blank may stand before the unit
# A year written as four digits without 年 at the head of a name (2024中国国际服务贸易交易会,
# 「2025庆赞中元文化祭典」, 衔接“十三五”与2035远景): the digits are that year when a name head
# below closes the name within NAMED_YEAR_REACH characters of the clause, and what follows the
# digits is no unit or measure word (2000余名代表出席大会, 3000人参加活动, 2024款) nor a digit.
NAMED_YEAR_HEADS: tuple[str, ...] = (
    "大会", "年会", "论坛", "峰会", "博览会", "交易会", "洽谈会", "展览会", "展会", "运动会",
    "锦标赛", "联赛", "世界杯", "马拉松", "文化节", "艺术节", "音乐节", "电影节", "购物节", "晚会",
    "祭典", "中元祭", "活动", "远景", "目标", "赛季",
    # a festival or a contest of any name (2018澳门光影节, 2023中国龙舟公开赛, 2015中华龙舟大赛) and
    # the weeks and months of a campaign (2025澳门全城共读月)
    "节", "赛", "宣传周", "活动周", "宣传月", "活动月", "读书月", "共读月",
)
NAMED_YEAR_REACH = 16
NOT_BEFORE_NAMED_YEAR = "第号¥￥$#＃№"
NOT_AFTER_NAMED_YEAR = (
    NOT_AFTER_DECIMAL + "余多名位场次届期号款份页条年月日天周时分秒岁型级户座所间张架艘本篇部首轮"
    + "批种类套组支颗粒双对块层栋辆元角点度倍成"
)
# A compact date (20260211) stands alone: never after an ordinal, 编号/号码/电话/手机/传真, a
# mark, a quote or a title mark, nor before a unit, a 号 or a closing quote (第20230415期,
# “20230415”, 20230415元).
NOT_BEFORE_COMPACT_DATE = "第号码话机真#＃№“\"「『‘《〈<[【（(=:：_+"
NOT_AFTER_COMPACT_DATE = NOT_AFTER_DECIMAL + "号期届次批位名户股张克”\"」』’》〉>]】)_"
# 前年/后年 right before these mean "annual" (建成后年产能), not a year.
ANNUAL_HEADS = "产均销营收用发处吞接耗排"

# Times of day kept in the surface after a day.
DAY_PERIODS: tuple[str, ...] = (
    "上午", "下午", "中午", "晚上", "晚间", "早上", "早晨", "凌晨", "傍晚", "夜间", "夜里", "晚", "早",
)
# 晚会, 早报: a period word followed by these is a noun, not a time of day.
NOT_AFTER_DAY_PERIOD = "会报餐宴市班点"
# Words that make N号 a name (1号提案, 3号线) rather than a day of the month.
NOT_AFTER_DAY_NUMBER: tuple[str, ...] = (
    "提案", "文件", "令", "线", "楼", "院", "馆", "站", "机", "门", "口", "车", "厅", "室",
    "仓", "位", "床", "码", "桩", "卫星", "地块", "公告", "通知", "议案", "展", "台", "窗",
    "店", "坑", "井", "罐", "炉", "箱", "工程", "项目", "元素", "选手", "种子", "作品",
    "航站楼", "电池", "公路", "国道", "泊位", "机组", "船", "舰", "地",
)
# Reposts of traditional-character pages gloss characters in pinyin between brackets right
# after them, inside words (當(dāng)日, 規(guī)劃, 片區(qū)2號(hào)地): the scanner reads the text without
# the glosses. A gloss holds a tone mark, so no bracketed Latin word ((ii), (a), (Q1)) is one.
PINYIN_GLOSS_LETTERS = "a-zü"
PINYIN_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS_OPEN = "(（"
PINYIN_GLOSS_CLOSE = ")）"
# 10日元 is a price in yen, not the 10th (15日元宵节 is a day: 元宵, 元旦 follow their day).
YEN_HEAD = "元"
NOT_YEN_AFTER = "旦宵"
# “海峡光缆1号”: N号 closing a quoted or titled name is part of the name.
NAME_CLOSERS = "”」』》\"’"
# A bare N号 right after a closing bracket is a document number (〔2008〕31号, [2019]86号).
NOT_BEFORE_BARE_DAY = "〕］]】"
# A bare N号 right after a Chinese character is a name (春晓1号资产管理计划, 天宫1号) unless that
# character can lead a date: 于1号, 到20号, 的11号, 是1号.
BARE_DAY_NUMBER_LEADS = "于在到至从是为的和或及与自止即等前后约近每逢由起今明昨"
# Prefixes that make a count no count: 几十年, 数十年 (an unknown number of tens).
NOT_BEFORE_COUNT = "几数"
# Words parse() accepts around one expression (从10月到11月, 2020年3月左右, 元旦节).
PARSE_PREFIXES: tuple[str, ...] = ("从", "自", "于", "在")
PARSE_SUFFIXES: tuple[str, ...] = ("左右", "前后", "以内", "之内", "内", "止", "期间", "节")
# Separators between a day and a weekday written after a comma (10月12号，星期一): the weekday
# still belongs to the day.
WEEKDAY_SEPARATORS = "，,"  # not 、: 周五、周六 are two days

# ---------------------------------------------------------------- parts of periods (rules_parts.py)
# Quarters counted from the publication date (上季度, 这个季度).
DEICTIC_QUARTERS: dict[str, int] = {
    "本": 0, "这": 0, "这个": 0, "今": 0, "上": -1, "上个": -1, "上一个": -1, "上一": -1,
    "下": 1, "下个": 1, "下一个": 1, "下一": 1,
}
# The weekend of a deictic week: Saturday and Sunday (Monday = 0).
WEEKEND_WORD = "末"
WEEKEND_DAYS = (5, 6)
# 周末 alone: the weekend of the reference week. Not a set or a name: 每(个)周末, 逢周末,
# 一到周末, 两个周末, 南方周末, 周末版, 周末画报, 周末经济, 周末和节假日 (a habit, no date).
BARE_WEEKEND = "周末"
# 双休日 (the two days off) names the same weekend.
BARE_WEEKEND_WORDS: tuple[str, ...] = (BARE_WEEKEND, "双休日")
THIS_ONE = "这个"  # 这个双休日: this weekend (两个周末 is a count)
NOT_BEFORE_BARE_WEEKEND = "上下本这每逢个到双方一二两三四五六七八九十几0123456789"
NOT_AFTER_BARE_WEEKEND: tuple[str, ...] = (
    "版", "报", "画报", "经济", "节假日", "和节假日", "及节假日", "、节假日", "或节假日", "和假日",
)
# The Nth week of a month or year (五月第一周, 2021年的第一周), the Nth weekday of a month
# (6月第3个星期日) and the Nth month of a year (70年第8个月, 2005年首月).
OF_WORD = "的"
NTH_WEEK_WORDS: tuple[str, ...] = ("周", "个星期", "星期", "个礼拜", "礼拜")
NTH_WEEKDAY_WORDS: tuple[str, ...] = ("个星期", "个周", "个礼拜", "周", "星期")
FIRST_MONTH_WORDS: tuple[str, ...] = ("首月",)
NTH_MONTH_WORD = "个月"
# Halves of a month: (first day, last day or None for the month's end, mod).
HALF_MONTHS: dict[str, tuple[int, int | None, str]] = {
    "上半月": (1, 15, "START"), "下半月": (16, None, "END"),
}
# 前N天 / 最后N天 / 后N天 of a named month or year (上月最后五天, 去年的前10天).
FIRST_DAYS_WORD = "前"
LAST_DAYS_WORDS: tuple[str, ...] = ("最后", "后")
DAYS_WORD = "天"
# The very beginning of a year (2022年伊始: January) or a month (3月伊始: its first ten days).
BEGINNING_WORD = "伊始"
# 这个月的第一天 / 2016年的最后一周 / 明年的今天 (the reference's month and day in that year).
NTH_DAY_WORD = "天"
# 这个夏天: the season of the reference year (这个冬天 in January: the winter going on).
THIS_SEASON_WORD = "这个"
# 2021年后三个月 / 1967年前两月: the last or first N months of a year.
LAST_MONTHS_WORD = "后"
MONTHS_WORDS: tuple[str, ...] = ("个月", "月")
LAST_WEEK_WORDS: tuple[str, ...] = ("最后一周", "最后一个星期", "最后一个礼拜", "最后一星期")
LAST_ONE = "最后一"  # 四月的最后一个星期一: the last such weekday of the month
SAME_DAY_WORDS: tuple[str, ...] = ("今天", "今日", "这一天", "这天", "同一天", "同日")
BEGINNING_DAYS = 10

# ------------------------------------------------------- half and approximate counts (rules_counts.py)
# Units of counted offsets: word -> (grain, months per unit, days per unit). 月 needs 个 (两个月).
OFFSET_UNITS: dict[str, tuple[str, int, int]] = {
    "年": ("year", 12, 0), "月": ("month", 1, 0), "季度": ("quarter", 3, 0),
    "天": ("day", 0, 1), "日": ("day", 0, 1), "周": ("week", 0, 7), "星期": ("week", 0, 7),
    "礼拜": ("week", 0, 7),
}
MEASURE_NEEDED: tuple[str, ...] = ("月",)
# 十多年, 十余年, 十来年 (after the number); 十个多月, 3年多 (after 个 or the unit).
APPROX_AFTER_NUMBER = "多余来"
APPROX_AFTER_UNIT = "多"
HALF = "半"
HALF_MONTH_DAYS = 15  # half a month, rounded down to days
# 未来3个月 / 今后5年: from the day after the reference to the end of that span.
FUTURE_SPAN_PREFIXES: tuple[str, ...] = ("未来", "今后", "接下来", "接下来的", "未来的")
# 未来一两天 / 未来两三天 / 未来三五天: a pair of neighbouring numerals is an approximate count; the
# span runs to the larger one (mod APPROX).
APPROX_NUMBER_PAIRS: dict[str, int] = {
    "一两": 2, "一二": 2, "两三": 3, "二三": 3, "三四": 4, "三五": 5, "四五": 5, "五六": 6,
    "六七": 7, "七八": 8, "八九": 9,
}
# 未来三到七天: the days from the 3rd to the 7th after the reference.
SPAN_RANGE_SEPARATORS: tuple[str, ...] = ("到", "至", "-", "~", "～", "—")
# 前两天 alone is the day two days ago; after a name or a date (五一前两天) it counts from that.
PAST_DAYS_WORD = "前"
PAST_DAYS_OPENERS = "，,。；;：:、！!？?“”\"（(【 　\n在于就也才他她我们"

# ------------------------------------------------------- month and bare day, range ends (rules_ranges.py)
# 一月二十三 / 十月31: a month and a day without 日/号 is a date when the day is in Chinese numerals
# (not followed by these) or the pair ends the clause (or a range's first end).
NOT_AFTER_BARE_CN_DAY = "〇零一二两三四五六七八九十百千万亿日号天月年个周点时分多余岁届次名位期"
# … and what may follow it (一月二十家企业 is a count): a break, a range separator, a time of day,
# 前后/左右 or one of these.
BARE_CN_DAY_FOLLOWERS = "上下中晚早凌傍夜前后左起当那这 　"
# 己丑年五月二十: a year named by the sexagenary cycle makes the month and day lunar.
# Lunar years named by their animal (庚子鼠年, 农历虎年, 兔年): the animals in the order of the
# earthly branches (子 = 鼠 … 亥 = 猪).
ZODIAC_ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
NOT_BEFORE_ZODIAC_YEAR = "恐"  # 恐龙年代
NOT_AFTER_ZODIAC_YEAR: tuple[str, ...] = ("马月", "代")  # 猴年马月 (never), 恐龙年代
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
BARE_DAY_ENDS = "，,。；;！!？?、）)\n"
# 八月十五, 正月十五: a month and day in Chinese numerals that is a lunar festival stays unread;
# so do 二月二 (龙抬头) and 三月三 (上巳, 歌圩节), lunar days, not 2 February or 3 March.
LUNAR_FESTIVAL_DAYS: tuple[tuple[int, int], ...] = (
    (1, 15), (2, 2), (3, 3), (5, 5), (7, 7), (8, 15), (9, 9), (12, 8), (12, 23),
)
# Separators inside a numeric date (2018/1/10, 1999.08) and between the ends of a numeric range.
NUMERIC_DATE_SEPARATORS = "-./"
NUMERIC_RANGE_SEPARATORS: tuple[str, ...] = ("——", "—", "-", "~", "～", "至", "到")
# 大年初三至初五: a lunar day as the second end of a range stays in the first end's lunar month.
# Other lunar days (十五, 廿三) need a lunar mark in the first end (正月初八至十五).
RANGE_LUNAR_MARKS: tuple[str, ...] = ("初", "正月", "腊月", "冬月", "农历", "阴历", "夏历", "廿")
RANGE_LUNAR_LOOKBACK = 8

# 五一前两天 / 春节后三天: a day followed by these and a count of days is that many days before
# or after it (never the day itself).
DAY_OFFSET_DIRECTIONS: dict[str, int] = {"前": -1, "后": 1}
DAY_OFFSET_UNITS: tuple[str, ...] = ("天", "日")
NOT_AFTER_DAY_OFFSET = "内里左以之"
# 端午节前夜, 高考前一晚: the eve of a day is the day before it (not the day, nor before it).
EVE_WORDS: tuple[str, ...] = ("前夜", "前一夜", "前一晚")


# ---------------------------------------------------------------- generic readings (generic.py)
# A day named as a habit, a rule or a definition has no date (spec: sets; when in doubt, abstain).
# The rules whose year-less finds can be generic (calendar days, festivals, lunar days, parts of
# a month, weekdays); a deictic word (今天, 本周) or a written year never is.
GENERIC_RULES: tuple[str, ...] = (
    "month_day", "bare_day", "holiday", "bare_holiday", "solar_term", "lunar_date", "month_part",
    "week", "season", "range", "range_shared_bare_day", "range_shared_day", "range_shared_month",
    "festival_lunar_day",
)
# A weekday in a timetable: what follows it (after blanks, brackets and more listed weekdays) is
# a clock time or one of these words; or it follows a label ending in 时间:.
SCHEDULE_WORDS: tuple[str, ...] = (
    "闭馆", "休馆", "开馆", "闭园", "开园", "不开放", "开放", "营业", "停业", "每天", "每日", "全天",
)
SCHEDULE_LABEL = "时间"
# A season heading a timetable line: 夏季:周二至周日(09:00—17:30).
SCHEDULE_SEASON_MARKS = ":："
# A sentence defining or describing festivals and calendar days in general: its year-less days
# are no dates (七夕节是中国传统节日, 一般指除夕和正月初一, 相传元宵节起源于汉代).
DEFINITION_WORDS: tuple[str, ...] = (
    "是指", "一般指", "指的是", "又称", "又叫", "也叫", "俗称", "也称", "称为", "传统节日",
    "相传", "起源于", "非物质文化遗产", "一般在", "一般为", "划分", "分为",
    "合称", "统称", "并称", "始于", "源于", "源自", "传说", "之意", "寓意",
)
# A festival owning a noun of what it is in general (端午节的习俗, 是端午节的两大礼俗, 春节的由来)
# is the festival as a concept, no day; the noun stands within CONCEPT_NOUN_REACH after 的.
FESTIVAL_CONCEPT_NOUNS: tuple[str, ...] = (
    "习俗", "礼俗", "风俗", "民俗", "由来", "来历", "起源", "传说", "别称", "别名", "含义", "寓意",
    "意义", "象征", "文化内涵",
)
CONCEPT_NOUN_REACH = 4
# A festival given as an example (如中秋节等, 比如端午节等) is a category; one after a negated
# copula (闰五月初五不是端午节) is what a day is not.
EXAMPLE_OPENERS: tuple[str, ...] = ("如", "例如", "比如", "诸如", "譬如")
EXAMPLE_CLOSE = "等"
NOT_COPULAS: tuple[str, ...] = ("不是", "并非", "不算")
# A year-less day in the clause of a habit word is a custom, not a date (中秋节每年固定在农历的
# 八月十五, 每年只有一个端午节).
HABIT_WORDS: tuple[str, ...] = ("每年", "年年", "每逢")
# A festival or solar term that is the subject of 是 defines it when no date follows the copula
# (立冬是二十四节气中的第十九个节气, 元宵节是中国春节年俗中最后一个重要节令): the festival and the
# year-less days of the rest of its clause are no dates. 春节是1月29日 names a day (a date follows).
SUBJECT_COPULAS: tuple[str, ...] = ("是",)
NOT_AFTER_SUBJECT_COPULA = "否"  # 春节是否放假: a question, no definition
SUBJECT_COPULA_REACH = 2  # a date starting less than this after the copula (是在…) is what it names
# A year-less day named as a festival (七月十五日称中元节, 将正月十五定为元宵节): a naming verb and
# a name ending in 节 within NAMED_FESTIVAL_REACH characters; 10日称，… (said on the 10th) is no
# naming.
NAMING_VERBS: tuple[str, ...] = ("称为", "称", "叫做", "叫", "定为")
NAMED_FESTIVAL_END = "节"
NAMED_FESTIVAL_REACH = 5
# Two year-less days joined by a copula define one by the other (上旬为1号到10号, 中旬指每月的…).
DEFINITION_COPULAS: tuple[str, ...] = ("是指", "指", "为", "是", "即", "就是", "才是")
# Three or more festivals listed with these between them are categories (仅针对春节、清明节、
# 劳动节、国庆节四个重要节假日, 不包括元旦、端午节和中秋节), not days.
LIST_JOINERS: tuple[str, ...] = ("、", "和", "及", "与", "或", "以及")
CATEGORY_LIST_MIN = 3
CATEGORY_JOINERS: tuple[str, ...] = (*LIST_JOINERS, "，", ",")

# 今（24）日, 昨(23)日 (Hong Kong and Taiwan press): the deictic day with its day of the month.
NUMBERED_DAY_WORDS: dict[str, int] = {"今": 0, "昨": -1, "明": 1, "前": -2, "翌": 1}
