"""The date rules: every rule is (name, pattern, resolver), all registered in `RULES`, in priority order.

Patterns are built from the vocabulary tables and compiled once at import. At one position the
first rule in `RULES` that matches and resolves wins, so composite rules (shared-unit ranges,
quarters, holidays with a year…) come before the plain calendar rules they contain. A resolver
is a pure function of (match, context) returning a `Resolved`, or None when the match is not a
real date (2月30日, 13月, 第十五 …). Ranges between any two dates (A至B) are joined by the scanner.

Decisions where spec/dates.md is silent (kept consistent with the corpus tests):

- values: a xun is `2025-12-X1` / `-X2` / `-X3` (上/中/下旬); seasons `2025-SP/SU/FA/WI`
  (winter 2025 = Dec 2025 – Feb 2026); weeks are ISO weeks `2025-W47`; ranges, fuzzy periods and
  X以来 join start and end labels with `/` (`2024-01/2027-12`, `2025-04-11/2025-05-10`);
  five-year plans `2026/2030`; durations and sets carry a TIMEX3 duration (`P3M`, `PT5M`,
  `P2Y/P3Y` for 2~3年, `P1Y` for 每年).
- grains: 年初/年中/年底 keep `year` and 月初/月中/月底 `month` (the mod carries the part), while
  上/中/下旬 are `xun`; a range takes the coarser grain of its ends; X以来 and X前 keep X's grain;
  N年来, 近N年, 近年来 and five-year plans are `multi-year`; 近日-like words are `day`.
- kinds: X以来, X至今 and N年来 are `range` with mod SINCE; 近年来 is `fuzzy` like 近日.
- 近日 and the like cover 30 days counted inclusively: reference − 29 days .. reference.
- 年内 alone is the reference year (3年内 stays a duration); 元月 is January; 过去N年 and
  最近N个月 read like 近N年 / 近N个月.
- centuries run 1900–1999 (20世纪, as the spec says) and decades ten years from their first
  (90年代 = the latest 1990s-like decade begun by the reference year); 初 / 中期 / 末 of a
  decade are its years 0–2, 3–6, 7–9, and 初 / 中叶 / 末 of a century its years 0–19, 40–59,
  80–99 (本世纪中叶 = 2040–2059).
- 今明两年 is one range (this year and the next).
- 一季度末 / 三季度初 are the quarter's last / first month (mod END / START, grain quarter).
- a lunar date needs a lunar mark: 农历/阴历/夏历, 闰, a lunar month name (正月, 冬月, 腊月),
  a 初X day (三月初三) or 大年初X; 八月十五 alone stays the Gregorian August unless the text names
  its festival (中秋: vocab.FESTIVAL_LUNAR_DAYS). A lunar month
  without a day (农历十月) is its whole span, grain month, value `first/last` day. A month
  right after 农历 or 闰 is never read as a Gregorian one. Its year is the lunar year, chosen
  like a missing year.
- 近3个月 / 近10天 / 近两周 extend 近N年 to other units: from the start of the month, day or week
  N units before the reference, to the reference date (SINCE).
- a weekday without 本/上/下 (周三) is the one in the reference week.
- a date followed by 前后/期间/假期 keeps its day; “十四五”收官之年 is the plan's last year.
- a sentence-initial date's forward-cue search stops at reported speech (指出, 表示 …), and a
  cue character inside a longer word (模拟, 将军) is no cue.
- 次年/同年 inside the right end of a range refer to the left end (2024年11月至次年2月).
- fiscal years and quarters (2025财年第四季度, FY2025 Q1, 上一财年) are skipped whole: a company's
  fiscal year is its own (July-June, April-March…), never the calendar year of the same number.
- a lunar year named by its animal (庚子鼠年, 兔年) is read in `rules_lunar`; what follows it in
  the sentence (己亥猪年的中秋节) takes the Gregorian year it begins in.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable

import attrs

from timeline._dates import calendar as cal
from timeline._dates import lunar, vocab
from timeline._dates.resolve import GRACE, YEAR_BEARING_ANCHORS, Context, Interval, Resolved
from timeline._regex import HAN, alternation_source

Resolver = Callable[[re.Match[str], Context], Resolved | None]


@attrs.frozen()
class Rule:
    """One way of writing a date: its name, compiled pattern and resolver.

    A `veto` rule matches a look-alike (光明日报): where it matches, no rule may find a date.
    A `strict` rule's match that does not resolve is skipped whole, never read by a later rule
    (a lunar date out of the calendar's range must not become a Gregorian one).
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    is_range: bool = False
    veto: bool = False
    strict: bool = False


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of words, the longest that fits first (a trie: `_regex.alternation_source`)."""
    return alternation_source(words)


def _unnamed(pattern: str) -> str:
    """A pattern fragment with its named groups made plain groups, to use it twice in one rule."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _chars(text: str) -> str:
    return "[" + re.escape(text) + "]"


# ---------------------------------------------------------------- pattern fragments
V = vocab  # short alias: the patterns below are dense
_CN_DIGIT = V.CN_DIGITS
_CN_NUMERAL = V.CN_NUMERAL_CHARS
_ORDINAL = re.escape(V.ORDINAL_PREFIX)
_QUARTER_WORDS = (
    rf"(?P<qw>{V.QUARTER_WORD}|{V.QUARTER_SHORT_WORD}(?![{V.NOT_AFTER_QUARTER_SHORT_WORD}]))"
)
# a count never begins with a zero: 07年以后 is the year 2007 onwards
_COUNT = (
    rf"(?:(?<![\d.])(?!0)\d{{1,3}}(?![\d.])"
    rf"|(?<![{_CN_NUMERAL}{re.escape(V.NOT_BEFORE_COUNT)}])(?![〇零])[{_CN_NUMERAL}]+)"
)
_YEAR_SUFFIX = re.escape(V.YEAR_SUFFIX)
_MONTH_WORD = re.escape(V.MONTH_WORD) + re.escape(V.MONTH_SUFFIX) + "?"
_DAY_WORD = _chars("".join(V.DAY_WORDS))
_BLANK = rf"[{V.DATE_BLANKS}]?"  # one blank between a number and its unit (2018 年)
_NOT_DOUBLED = "(?!" + "|".join(f"(?<={before})[{first}]" for before, first in V.DOUBLED_STEPS.items()) + ")"
_YEAR_ZEROS = re.escape(V.YEAR_ZERO_LOOKALIKES)
_DIGIT_YEAR = (
    rf"(?:(?<![\d.])(?P<ya>\d{{4}})"
    rf"|(?<![{_CN_DIGIT}{_YEAR_ZEROS}\d])(?P<yc>[{_CN_DIGIT}][{_CN_DIGIT}{_YEAR_ZEROS}]{{3}}))"
)
# 15年 / 九零年 / 两千零四年: two-digit and spelled years (see _written_year for their century)
_SHORT_YEAR = (
    rf"(?:(?<![\d.])(?P<y2>\d{{2}})|(?<![{_CN_NUMERAL}])(?P<y2c>[{_CN_DIGIT}]{{2}})"
    rf"|(?<![{_CN_NUMERAL}万亿])(?P<ys>[{V.SPELLED_YEAR_HEADS}]{V.THOUSAND}[{_CN_NUMERAL}]{{0,5}}))"
)
# 是年 / 是日 at the head of a clause, before a break, a number, a season or a time of day.
_CLASSICAL_TAIL = rf"(?=[^{HAN}]|[{_CN_NUMERAL}正]|{_alt(V.CLASSICAL_ANAPHORA_TAILS)}|$)"
_CLASSICAL_HEAD = f"(?<![{HAN}])"
_PLAIN_ANAPHORIC_YEARS = [w for w in V.ANAPHORIC_YEARS if w not in V.CLASSICAL_ANAPHORA]
_PLAIN_ANAPHORIC_DAYS = [w for w in V.ANAPHORIC_DAYS if w not in V.CLASSICAL_ANAPHORA]
# …委员会是日向内会汇报: anywhere before a verb or a coverb of an act (vocab.CLASSICAL_ANAPHORA_ACTS).
_CLASSICAL_ACT = rf"(?={_alt(V.CLASSICAL_ANAPHORA_ACTS)})"


def _classical(words: dict[str, int]) -> str:
    """是年 / 是日 where they are that year, that day (see _CLASSICAL_TAIL, _CLASSICAL_ACT)."""
    alternatives = _alt([w for w in V.CLASSICAL_ANAPHORA if w in words])
    return f"(?:{_CLASSICAL_HEAD}(?:{alternatives}){_CLASSICAL_TAIL}|(?:{alternatives}){_CLASSICAL_ACT})"


_CLASSICAL_DAY = _classical(V.ANAPHORIC_DAYS)
_CLASSICAL_YEAR = _classical(V.ANAPHORIC_YEARS)
# 民國 115 年 1 月 as text from PDFs writes it: a blank may stand before 年 too.
_AHEAD_MONTH = (
    rf"(?={_BLANK}{V.YEAR_WORD}{_BLANK}(?:\d{{1,2}}|{_alt(V.MONTH_NUMERALS)}){_BLANK}{V.MONTH_WORD})"
)
_ROC_YEAR = (
    rf"(?:(?:{_alt(V.ROC_PREFIXES)})(?P<yr>\d{{1,3}}|[{_CN_NUMERAL}]{{1,5}})"
    rf"|(?<![\d{_CN_NUMERAL}{re.escape(V.NOT_BEFORE_ROC_YEAR)}])(?P<yr3>1\d\d|一百[{_CN_NUMERAL}]{{0,3}}){_AHEAD_MONTH})"
)
_YEAR = (
    rf"(?:{_ROC_YEAR}{_BLANK}{V.YEAR_WORD}|{_DIGIT_YEAR}{_BLANK}{V.YEAR_WORD}|{_SHORT_YEAR}{_BLANK}{V.YEAR_WORD}"
    rf"|(?<!{_chars(V.NOT_BEFORE_DEICTIC)})(?!(?<={_chars(V.NOT_BEFORE_FORMER)})前){_NOT_DOUBLED}(?!(?<={_chars(V.NOT_BEFORE_AFTER_NEXT_YEAR)})后年)"
    rf"(?P<yd>{_alt(V.DEICTIC_YEARS)})"
    rf"(?!(?<={_alt(V.ANNUAL_AMBIGUOUS_YEARS)}){_chars(V.ANNUAL_HEADS)})"
    rf"|(?P<yn>{_alt(_PLAIN_ANAPHORIC_YEARS)}|{_CLASSICAL_YEAR})){_YEAR_SUFFIX}?"
    rf"(?:[{V.DATE_BLANKS}](?=\d{{1,2}}{_BLANK}{V.MONTH_WORD}))?"
)
# 前三季度 / 前5个月, not 提前3个月 (a count ahead of time).
_FIRST_PERIODS = rf"(?<!{_chars(V.NOT_BEFORE_FIRST_PERIODS)}){V.FIRST_PERIODS_PREFIX}"
_YEAR_WRITTEN = _DIGIT_YEAR.replace("(?P<ya>", "(?P<ya2>").replace("(?P<yc>", "(?P<yc2>") + V.YEAR_WORD
_MONTH_NUMBER = rf"\d{{1,2}}|{_alt(V.MONTH_NUMERALS)}"
# A month right after 农历/闰 is lunar, and 后三月 (the last three months) no month: neither is
# ever read as a Gregorian month; after 阳历/公历 it is one.
_NOT_BEFORE_MONTH = V.LEAP_MONTH_MARK
_NOT_AFTER_CALENDAR = rf"(?<!(?<![{V.GREGORIAN_MARKS}])历)"
# After a year only 本月 is a month (去年本月); 去年上月 is left alone.
_OTHER_DEICTIC_MONTHS = [word for word in V.DEICTIC_MONTHS if word not in V.SAME_MONTH_WORDS]
# A list number at the head of a line (1.3月1日 in a chronicle) is no decimal: the month after it
# is read when a day follows.
_AFTER_LIST_NUMBER = (
    r"(?:(?<=^\d\.)|(?<=\n\d\.)|(?<=^\d\d\.)|(?<=\n\d\d\.))"
    rf"(?=\d{{1,2}}{_BLANK}{V.MONTH_WORD}{_BLANK}\d{{1,2}}{_BLANK}[{''.join(V.DAY_WORDS)}])"
)
_MONTH = (
    rf"(?:(?:(?:(?<![\d.{_NOT_BEFORE_MONTH}]){_NOT_AFTER_CALENDAR}|{_AFTER_LIST_NUMBER})(?P<mn>\d{{1,2}}){_BLANK}"
    rf"|(?<![{_CN_NUMERAL}{_NOT_BEFORE_MONTH}{V.FIRST_PERIODS_PREFIX}后]){_NOT_AFTER_CALENDAR}(?P<mc>{_alt(V.MONTH_NUMERALS)})"
    rf"|(?<![\d{_CN_NUMERAL}])(?P<mw>{_alt(V.NAMED_MONTHS)})){V.MONTH_WORD}"
    rf"|(?<![{V.DEICTIC_STEPS}])(?P<md>{_alt(V.SAME_MONTH_WORDS)}"
    rf"|(?<!{V.YEAR_WORD})(?<!{V.YEAR_WORD}{V.YEAR_SUFFIX})(?:{_alt(_OTHER_DEICTIC_MONTHS)}))|(?P<ma>{_alt(V.ANAPHORIC_MONTHS)})){re.escape(V.MONTH_SUFFIX)}?"
    rf"(?:[{V.DATE_BLANKS}](?=\d{{1,2}}{_BLANK}[{''.join(V.DAY_WORDS)}]))?"
)
# 1号提 案: the text may break lines inside a word, so whitespace may sit between its characters
_NOT_NAME = (
    r"(?!\s*(?:"
    + "|".join(
        r"\s*".join(map(re.escape, word))
        for word in sorted(V.NOT_AFTER_DAY_NUMBER, key=len, reverse=True)
    )
    + "))"
)
_DAY_END = (
    rf"(?:{_alt(w for w in V.DAY_WORDS if w != V.NAME_PRONE_DAY_WORD)}|{V.NAME_PRONE_DAY_WORD}{_NOT_NAME})"
)
_DATE_ONLY_DAY_WORDS = _chars("".join(w for w in V.DAY_WORDS if w != V.NAME_PRONE_DAY_WORD))
_NOT_YEN = rf"(?!{V.YEN_HEAD}(?!{_chars(V.NOT_YEN_AFTER)}))"  # after a day with no month: 10日元
_DAY = rf"(?:(?P<dn>\d{{1,2}}){_BLANK}|(?P<dc>{_alt(V.DAY_NUMERALS)})){_DAY_END}"
# 2021年10月12日（星期二）, 12日 星期一: a weekday after a day is part of it (the day wins).
_WEEKDAY_WORD = rf"(?:{_alt(V.WEEK_WORDS)})[{''.join(V.WEEKDAYS)}]"
_WEEKDAY_NAMED = rf"(?:{_alt(V.WEEK_WORDS)})(?P<wt>[{''.join(V.WEEKDAYS)}])"
_WEEKDAY_TAIL = (
    rf"(?:\s*[{V.WEEKDAY_OPEN}]\s*{_WEEKDAY_NAMED}\s*(?:[{V.WEEKDAY_CLOSE}]|(?=[{V.BRACKET_LIST_SEPARATORS}]))"
    rf"|\s*{_WEEKDAY_NAMED.replace('wt', 'wt2')}(?![{re.escape(V.NOT_AFTER_WEEK)}]))?"
)
_CLOCK = (
    rf"\d{{1,2}}(?:{_chars(V.HOUR_WORDS)}(?:\d{{1,2}}{V.MINUTE_WORD}|{V.HALF_HOUR})?|[:：]\d{{2}})"
)
_SPELLED_CLOCK = (
    rf"[{V.CLOCK_NUMERALS}]{{1,3}}{_chars(V.HOUR_WORDS)}"
    rf"(?:[{V.CLOCK_NUMERALS}]{{1,3}}{V.MINUTE_WORD}|{V.HALF_HOUR}|{_alt(V.QUARTER_HOURS)})?"
)
_TOD = (
    rf"(?P<tod>(?:{_alt(V.DAY_PERIODS)})?{_CLOCK}"
    rf"|(?:{_alt(V.DAY_PERIODS)})(?:{_SPELLED_CLOCK}|(?!{_chars(V.NOT_AFTER_DAY_PERIOD)}))"
    rf"|(?<={_chars(''.join(V.DAY_WORD_PERIODS.values()))}){_SPELLED_CLOCK})?"  # 今晚八点
)
_PREFIX = rf"(?P<pfx>{_alt(V.UNTIL_PREFIXES)})?"
_SUFFIX = (
    rf"(?P<sfx>{_alt(V.SINCE_SUFFIXES + V.AFTER_SUFFIXES + V.BEFORE_SUFFIXES)}"
    rf"|{V.BARE_BEFORE}(?!{_chars(V.NOT_AFTER_BEFORE)}|{_alt(V.NOT_AFTER_BEFORE_WORDS)}))?"
)
_SEP = rf"[{V.INLINE_BLANKS}]*(?:{_alt(V.RANGE_SEPARATORS)})[{V.INLINE_BLANKS}]*"  # never a line break
# 10月12号，星期一: a bare weekday after a comma, not starting a range of weekdays (周一至周五).
WEEKDAY_AFTER_COMMA = re.compile(
    rf"\s*[{V.WEEKDAY_SEPARATORS}]\s*{_WEEKDAY_WORD}(?![{re.escape(V.NOT_AFTER_WEEK)}]|{_SEP})"
)
_MID_GUARD = rf"(?!(?<={V.MID_PART}){_chars(V.NOT_AFTER_MID_YEAR)})"

# ---------------------------------------------------------------- resolution helpers
def _number(text: str | None) -> int | None:
    return cal.chinese_number(text) if text else None


def _unit_value(item: tuple[str, int]) -> int:
    return item[1]


_NONZERO = "".join(ch for ch, value in V.DIGITS.items() if value)
_ZERO = "".join(ch for ch, value in V.DIGITS.items() if not value)
# A well-formed spelled number below ten thousand (一千零五, 二十, 十五): each unit once, in order.
_SPELLED_COUNT = re.compile(
    "".join(
        rf"(?:[{_ZERO}]?[{_NONZERO}]{'?' if unit == min(V.UNITS.values()) else ''}{ch})?"
        for ch, unit in sorted(V.UNITS.items(), key=_unit_value, reverse=True)
    )
    + rf"(?:[{_ZERO}]?[{_NONZERO}])?"
)


def _count(text: str | None) -> int | None:
    """A count of units (3, 十五, 一百二十), or None for what only looks like one: 07 and 二零二一
    are years, 三五 is "three to five" and 二三十 "twenty to thirty"."""
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() and not (len(text) > 1 and text[0] == "0") else None
    if text[0] in _ZERO or not _SPELLED_COUNT.fullmatch(text):  # 零七年 is a year
        return None
    return cal.chinese_number(text)


_YEAR_ZERO_TO_CN = str.maketrans(V.YEAR_ZERO_LOOKALIKES, V.CN_DIGITS[0] * len(V.YEAR_ZERO_LOOKALIKES))


def _cn_year_digits(digits: str | None) -> str | None:
    """Chinese year digits with zero look-alikes (二00五) read as 〇."""
    return digits.translate(_YEAR_ZERO_TO_CN) if digits else None


def _written_year(m: re.Match[str], ctx: Context) -> tuple[int, str] | None:
    """(year, anchor) of the year part of a match, or None when no year is written."""
    groups = m.groupdict()
    digits = (
        groups.get("ya") or groups.get("ya2") or groups.get("yb")
        or _cn_year_digits(groups.get("yc") or groups.get("yc2"))
    )
    if digits:
        year = _number(digits)
        return (year, "absolute") if year is not None else None
    if groups.get("ys"):
        year = _number(groups["ys"])
        counted = m.string.startswith(vocab.SPELLED_YEAR_COUNT_TAILS, m.end())
        if counted and m.group().endswith(vocab.YEAR_WORD):
            return None  # 两千年来: a count of years
        return (year, "absolute") if year is not None and _plausible_year(year) else None
    roc = groups.get("yr") or groups.get("yr3")
    if roc:
        value = _number(roc)
        return (value + vocab.ROC_OFFSET, "absolute") if value else None
    two_digits = groups.get("y2") or groups.get("y2c")
    if two_digits:
        value = _number(two_digits)
        if value is not None and _roc_text(ctx):
            return value + vocab.ROC_OFFSET, "absolute"
        return (_two_digit_year(value, ctx), "absolute") if value is not None else None
    if groups.get("yd"):
        compared = _compared(m, "yd", vocab.COMPARED_YEARS)
        if compared:
            antecedent = ctx.sentence_antecedent()
            if antecedent is not None and antecedent.start is not None and antecedent.end is not None and (
                antecedent.grain != "year" and antecedent.start.year == antecedent.end.year
            ):  # 11月份，CPI比去年同期…: the year before that November's
                return antecedent.start.year - 1, "previous"
        if groups["yd"] in vocab.SENTENCE_PREVIOUS_YEARS or compared:
            report = ctx.year_antecedent()
            if report is not None and report.start is not None and report.grain == "year":
                if report.anchor == "absolute":
                    return report.start.year - 1, "previous"
                if report.anchor == "previous":  # 比上年增长…、比上年增长: the same year again
                    return report.start.year, "previous"
            elif report is not None and report.start is not None and report.anchor == "absolute":
                return report.start.year - 1, "previous"
        return ctx.reference.year + vocab.DEICTIC_YEARS[groups["yd"]], "publication"
    if groups.get("yn"):
        shift = vocab.ANAPHORIC_YEARS[groups["yn"]]
        if ctx.previous is not None and ctx.previous.start is not None:
            return ctx.previous.start.year + shift, "previous"
        return ctx.reference.year + shift, "publication"
    return None


def _compared(m: re.Match[str], group: str, words: tuple[str, ...]) -> bool:
    """True when the word of `group` (去年, 上月) is compared with the period named before it
    (比去年同期, 较上月): it then counts back from that period (vocab.COMPARED_BEFORE)."""
    if m.group(group) not in words:
        return False
    text, start, end = m.string, m.start(group), m.end(group)
    if text.endswith(vocab.COMPARED_BEFORE, 0, start):
        return True
    after = next((word for word in vocab.COMPARED_AFTER if text.startswith(word, end)), None)
    return after is not None and not text.startswith(vocab.DEFINING_AFTER_COMPARED, end + len(after))


def _roc_text(ctx: Context) -> bool:
    """True when the text has written a 民國 year before this expression."""
    return any(0 <= ctx.text.rfind(prefix, 0, ctx.start) for prefix in vocab.ROC_PREFIXES)


def _two_digit_year(value: int, ctx: Context) -> int:
    """15年 → the year ending in 15 nearest before the reference year (after it under a cue).

    Like a missing year, a year starting within the 7-day grace counts as not after (26年1月
    written on 2025-12-28 is 2026).
    """
    latest = (min(ctx.reference, _dt.date.max - GRACE) + GRACE).year  # 9999-12-31 + 7 days is 9999
    before = latest - (latest - value) % 100
    return before + 100 if before < ctx.reference.year and ctx.forward() else before


def _has_year(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    return any(
        groups.get(name)
        for name in ("ya", "yc", "yd", "yn", "ya2", "yc2", "yb", "y2", "y2c", "ys", "yr", "yr3")
    )


def _short_year_alone(m: re.Match[str]) -> bool:
    """True for a two-digit year with nothing after it (15年: a duration), unless it has a zero
    (07年, 九零年) or 年度."""
    two_digits: str | None = m.groupdict().get("y2") or m.groupdict().get("y2c")
    if not two_digits or vocab.YEAR_WORD + vocab.YEAR_SUFFIX in m.group():  # 16年度 is a year
        return False
    zeros = vocab.TWO_DIGIT_YEAR_ZEROS
    return two_digits[0] not in zeros and two_digits[-1] not in zeros[1:]


def _plausible_year(year: int) -> bool:
    return 1000 <= year <= 2999


def _usable_year(year: int, anchor: str) -> bool:
    """A written year must be plausible for news (1000-2999); one counted from the reference or
    an earlier date (今年, 去年, 同年) only has to be on the calendar (1-9999)."""
    return _plausible_year(year) if anchor == "absolute" else cal.MIN_YEAR <= year <= cal.MAX_YEAR


def _month_number(m: re.Match[str]) -> int | None:
    if m.group("mw"):
        return vocab.NAMED_MONTHS[m.group("mw")]
    return _number(m.group("mn") or m.group("mc"))


def _relative_month(m: re.Match[str], ctx: Context) -> tuple[int, int, str] | None:
    """(year, month, anchor) of 本月/上个月/当月/次月…, else None.

    After a year only 本月 can stand (the patterns say so): 去年本月 is the reference month of
    last year.
    """
    if m.group("md"):
        written = _written_year(m, ctx) if _has_year(m) else None
        if written is not None:
            return written[0], ctx.reference.month, written[1]
        if _compared(m, "md", vocab.COMPARED_MONTHS):
            antecedent = ctx.sentence_antecedent()
            if (
                antecedent is not None
                and antecedent.start is not None
                and antecedent.end is not None
                and antecedent.grain in ("month", "xun", "day")
                and antecedent.start.replace(day=1) == antecedent.end.replace(day=1)
            ):  # 3月份，CPI比上月下降: February
                year, month = cal.add_months(antecedent.start.year, antecedent.start.month, -1)
                return year, month, "previous"
        year, month = cal.add_months(
            ctx.reference.year, ctx.reference.month, vocab.DEICTIC_MONTHS[m.group("md")]
        )
        return year, month, "publication"
    if m.group("ma"):
        shift = vocab.ANAPHORIC_MONTHS[m.group("ma")]
        base, anchor = ctx.reference, "publication"
        if ctx.previous is not None and ctx.previous.start is not None:
            base, anchor = ctx.previous.start, "previous"
        year, month = cal.add_months(base.year, base.month, shift)
        return year, month, anchor
    return None


def _year_or_pick(
    m: re.Match[str],
    ctx: Context,
    build: Callable[[int], Interval | None],
    *,
    in_reference_year: bool = False,
) -> tuple[Interval, str, int] | None:
    """Interval, anchor and year of a period: the written year, or the missing-year choice."""
    if _has_year(m):
        written = _written_year(m, ctx)
        if written is None or not _usable_year(*written):
            return None
        interval = build(written[0])
        return (interval, written[1], written[0]) if interval is not None else None
    picked = ctx.pick_year(build, in_reference_year=in_reference_year)
    if picked is None:
        return None
    return picked[0], picked[1], picked[0][0].year


def _apply_suffix(m: re.Match[str], ctx: Context, res: Resolved) -> Resolved:
    """X前 → BEFORE, X以后 → AFTER, X以来 → SINCE (X's start to the reference date)."""
    groups = m.groupdict()
    suffix = groups.get("sfx")
    tod = groups.get("tod") or None
    if tod:
        res = attrs.evolve(res, time_of_day=tod)
    if not suffix:
        return res
    if suffix in vocab.SINCE_SUFFIXES:
        if res.start is None or res.start > ctx.reference:
            return attrs.evolve(res, mod="SINCE")
        now = _narrated_now(ctx, res.start)
        return attrs.evolve(res, end=now, mod="SINCE", kind="range", value=since_value(res, now))
    if suffix in vocab.AFTER_SUFFIXES:
        return attrs.evolve(res, mod="AFTER")
    return attrs.evolve(res, mod="BEFORE")


def _narrated_now(ctx: Context, since: _dt.date) -> _dt.date:
    """The day X以来 / N年来 run to: the day its sentence narrates when a written day stands
    before it there (1991年4月15日，…公布了自1990年9月以来的题词: 1991-04-15), else the reference."""
    day = ctx.sentence_antecedent()
    if (
        day is not None
        and day.grain == "day"
        and day.anchor == "absolute"
        and day.end is not None
        and since <= day.end < ctx.reference
    ):
        return day.end
    return ctx.reference


def since_value(res: Resolved, reference: _dt.date) -> str:
    """The label of "X up to the reference date": X's first label, '/', the reference day."""
    return f"{(res.value or '').split('/')[0]}/{reference.isoformat()}"


def _dated(core: str, *, tod: bool = False) -> str:
    """Wrap a rule's core pattern with the optional 截至 prefix, time of day and 前/以来 suffix."""
    return _PREFIX + "(?:" + core + ")" + (_TOD if tod else "") + _SUFFIX


def _day_result(day: _dt.date, anchor: str) -> Resolved:
    return Resolved(day, day, "day", cal.day_value(day), anchor=anchor)


def _month_day(m: re.Match[str], ctx: Context, month: int, day: int) -> Resolved | None:
    """A month and day in the written year, else the year the missing-year rule picks."""

    def one_day(year: int) -> Interval | None:
        if not cal.valid_day(year, month, day):
            return None
        found = _dt.date(year, month, day)
        return found, found

    found = _year_or_pick(m, ctx, one_day)
    if found is None:
        return None
    day_found = found[0][0]
    if found[1] == "publication":  # a year written or shared from the sentence wins
        day_found = _fit_weekday(m, day_found)
    return _apply_suffix(m, ctx, _day_result(day_found, found[1]))


def _fit_weekday(m: re.Match[str], picked: _dt.date) -> _dt.date:
    """A year-less day written with its weekday (10月5日（周六）) falls in the year next to the
    missing-year choice whose calendar agrees with the weekday, when the choice does not: the
    weekday is part of what the writer wrote (a December notice of next year's holidays)."""
    groups = m.groupdict()
    written = groups.get("wt") or groups.get("wt2")
    if written is None or picked.weekday() == vocab.WEEKDAYS[written]:
        return picked
    for year in (picked.year - 1, picked.year + 1):
        if cal.valid_day(year, picked.month, picked.day):
            candidate = _dt.date(year, picked.month, picked.day)
            if candidate.weekday() == vocab.WEEKDAYS[written]:
                return candidate
    return picked


def _month_result(interval: Interval, anchor: str) -> Resolved:
    start = interval[0]
    return Resolved(
        start, interval[1], "month", cal.month_value(start.year, start.month), anchor=anchor
    )


# ---------------------------------------------------------------- resolvers
_FESTIVALS_AFTER_LUNAR_MONTH = (
    *(name for name in V.LUNAR_HOLIDAYS if not name.startswith(V.NEW_YEAR_DAYS_WORD)),
    *V.FESTIVALS_AFTER_LUNAR_MONTH,
)


def _calendar_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The year of a calendar match (2025年, 今年, 同年), or None when it writes none usable."""
    if _short_year_alone(m):
        return None
    written = _written_year(m, ctx)
    if written is None or not _usable_year(*written):
        return None
    year, anchor = written
    res = Resolved(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", cal.year_value(year), anchor=anchor)
    return _apply_suffix(m, ctx, res)


def _calendar(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Year? month? day? in any spelling: 2025年, 今年3月, 12月30日, 同年10月份, 上月15日."""
    month = _month_number(m)
    day = _number(m.group("dn") or m.group("dc")) if "dn" in m.re.groupindex else None
    relative = _relative_month(m, ctx) if "md" in m.re.groupindex else None
    if relative is not None:
        year, month, anchor = relative
        if day is None:
            return _apply_suffix(m, ctx, _month_result(cal.month_interval(year, month), anchor))
        if not cal.valid_day(year, month, day):
            return None
        return _apply_suffix(m, ctx, _day_result(_dt.date(year, month, day), anchor))
    if month is None:
        return _calendar_year(m, ctx)
    if not 1 <= month <= 12:
        return None
    if day is None and m.group("mc") and m.string.startswith(_FESTIVALS_AFTER_LUNAR_MONTH, m.end()):
        return _calendar_year(m, ctx) if _has_year(m) else None  # 八月中秋: a lunar month
    if day is None:
        found = _year_or_pick(m, ctx, lambda y: cal.month_interval(y, month))
        if found is None:
            return None
        return _apply_suffix(m, ctx, _month_result(found[0], found[1]))

    return _month_day(m, ctx, month, day)


def _bare_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """12日 / 3号 with neither month nor year: the latest such day (or the coming one)."""
    day = _number(m.group("dn"))
    if day is None or not 1 <= day <= 31:
        return None

    def build(year: int, month: int) -> Interval | None:
        if not cal.valid_day(year, month, day):
            return None
        d = _dt.date(year, month, day)
        return d, d

    earlier = ctx.sentence_antecedent()
    if earlier is not None and earlier.grain in ("day", "month"):  # 9月10号，11号: September 11
        picked = ctx.for_right_end(earlier, ctx.start, ctx.end).pick_month(build)
    else:
        picked = ctx.pick_month(build)
    if picked is None:
        return None
    return _apply_suffix(m, ctx, _day_result(picked[0][0], picked[1]))


def _numeric_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2024-06-03, 2024.6.3, 2024/6/3."""
    year, month, day = int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
    if not _plausible_year(year) or not cal.valid_day(year, month, day):
        return None
    return _apply_suffix(m, ctx, _day_result(_dt.date(year, month, day), "absolute"))


def _compact_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """20260211 (yyyymmdd) standing alone, only when it is a valid date."""
    year, month, day = int(m.group("cy")), int(m.group("cm")), int(m.group("cd2"))
    if not _plausible_year(year) or not cal.valid_day(year, month, day):
        return None
    return _day_result(_dt.date(year, month, day), "absolute")


def _year_alone(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A year written without 年: the start of an open range, (1990—), as author notes give a
    birth year, or the head of a name, 2024中国国际服务贸易交易会 (vocab.NAMED_YEAR_HEADS)."""
    year = int(m.group("oy"))
    if not _plausible_year(year):
        return None
    start, end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    return Resolved(start, end, "year", cal.year_value(year), anchor="absolute")


def _numeric_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2024.6: a year and a month written with a dot."""
    year, month = int(m.group("ny")), int(m.group("nm"))
    if not _plausible_year(year) or not 1 <= month <= 12:
        return None
    return _apply_suffix(m, ctx, _month_result(cal.month_interval(year, month), "absolute"))


def _lunar_number(word: str, names: dict[str, int]) -> int | None:
    """A lunar month or day written as a name (正, 初八, 廿三), a numeral or Arabic digits."""
    if word in names:
        return names[word]
    if word[:1] == vocab.LUNAR_FIRST_DAYS and word[1:].isdigit():  # 初8
        return int(word[1:])
    word = vocab.LUNAR_DAY_VARIANTS.get(word, word)
    if word in vocab.LUNAR_DAYS:
        return vocab.LUNAR_DAYS.index(word) + 1
    return _number(word)


def _lunar_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """农历八月十五, 1991年农历8月23号, 正月初八, 大年初十, 农历十月, 闰四月: a lunar day, or a
    whole lunar month when no day is written, for the written or inferred lunar year.

    Nothing when the lunar calendar has no such day or month (the Gregorian reading is never
    taken instead).
    """
    month_word = m.group("lm") or m.group("ln") or m.group("lx") or m.group("lm2")
    month = 1 if m.group("ny") else _lunar_number(month_word or "", vocab.LUNAR_MONTH_NAMES)
    day_word = next((w for w in (m.group(g) for g in ("ld", "ld2", "ld3", "ld4", "ld5")) if w), None)
    day = _lunar_number(day_word, {}) if day_word else None
    leap = bool(m.group("leap") or m.group("leap2"))
    if m.group("ln") and not day_word:  # 正月 alone; 冬月 alone may be "the winter months"
        following = ctx.text[m.end("ln") + 1 : m.end("ln") + 2]
        # `following` is empty at the end of the text, and "" is in every string
        followers = vocab.LUNAR_MONTH_ALONE_FOLLOWERS
        if m.group("ln") not in vocab.LUNAR_MONTHS_ALONE or following not in followers:
            return None
    if month is None or not 1 <= month <= 12 or (day_word and (day is None or not 1 <= day <= 30)):
        return None
    if day is None:
        found = _year_or_pick(m, ctx, lambda y: lunar.month_interval(y, month, leap))
        if found is None:
            return None
        (start, end), anchor, _year = found
        res = Resolved(start, end, "month", f"{start.isoformat()}/{end.isoformat()}", anchor=anchor)
        return _apply_suffix(m, ctx, res)
    lunar_day = day

    def build(year: int) -> Interval | None:
        found = lunar.day(year, month, lunar_day, leap)
        return (found, found) if found is not None else None

    picked = _year_or_pick(m, ctx, build)
    if picked is None:
        return None
    return _apply_suffix(m, ctx, _day_result(picked[0][0], picked[1]))


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """一季度 / 第一季度 / 首季度 / 1季度 / Q1, with or without a year; 一季度末 is its last month;
    今年首季 / 去年第四季 (季 alone only after a year)."""
    short_word: str | None = m.group("qw")
    if short_word == vocab.QUARTER_SHORT_WORD and not _has_year(m):
        return None
    quarter = vocab.QUARTER_NUMBERS[m.group("q") or m.group("qq")]
    low, high, mod = vocab.QUARTER_PARTS.get(m.group("qpart") or "", (0, 2, None))
    first, last = 3 * quarter - 2 + low, 3 * quarter - 2 + high
    if m.group("qy"):
        year = int(m.group("qy"))
        found: tuple[Interval, str, int] | None = (
            (cal.months_interval(year, first, last), "absolute", year) if _plausible_year(year) else None
        )
    else:
        found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, first, last))
    if found is None:
        return None
    (start, end), anchor, year = found
    res = Resolved(start, end, "quarter", f"{year:04d}-Q{quarter}", mod=mod, anchor=anchor)
    return _apply_suffix(m, ctx, res)


def _first_quarters(m: re.Match[str], ctx: Context) -> Resolved | None:
    """前三季度: from 1 January to the end of quarter N."""
    count = _number(m.group("n"))
    if count is None or not 1 <= count <= 4:
        return None
    found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, 1, 3 * count))
    if found is None:
        return None
    (start, end), anchor, year = found
    return _apply_suffix(
        m, ctx, Resolved(start, end, "quarter", f"{year:04d}-Q1/{year:04d}-Q{count}", anchor=anchor)
    )


def _half(m: re.Match[str], ctx: Context) -> Resolved | None:
    """上半年 / 下半年; 前半年 / 后半年 right after a year (2018年前半年); 2025年H1 / 2025H2."""
    letter_half: str | None = m.group("hh")
    if letter_half:
        year, half = int(m.group("hy")), int(letter_half)
        if not _plausible_year(year):
            return None
        start, end = cal.months_interval(year, 6 * half - 5, 6 * half)
        return _apply_suffix(m, ctx, Resolved(start, end, "half", f"{year:04d}-H{half}"))
    if m.group("h2") and not _has_year(m):
        return None
    half = vocab.HALVES[m.group("h")] if m.group("h") else vocab.YEAR_HALVES[m.group("h2")]
    found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, 6 * half - 5, 6 * half))
    if found is None:
        return None
    (start, end), anchor, year = found
    return _apply_suffix(m, ctx, Resolved(start, end, "half", f"{year:04d}-H{half}", anchor=anchor))


def _first_months(m: re.Match[str], ctx: Context) -> Resolved | None:
    """前N个月: from 1 January to the end of month N."""
    count = _number(m.group("n"))
    if count is None or not 1 <= count <= 12:
        return None
    found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, 1, count))
    if found is None:
        return None
    (start, end), anchor, year = found
    value = f"{cal.month_value(year, 1)}/{cal.month_value(year, count)}"
    return _apply_suffix(m, ctx, Resolved(start, end, "month", value, anchor=anchor))


def _year_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """年初 / 年中 / 年底 / 年末 / 岁末 / 年终, with or without a year; without one (and no year
    shared in the sentence) the part of the reference year, as the spec says."""
    part = m.group("part")
    if part in vocab.NOT_TWO_DIGIT_YEAR_PARTS and (m.group("y2") or m.group("y2c")):
        return None
    first, last, mod = vocab.YEAR_PARTS[part or vocab.YEAR_END_PART]
    found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, first, last), in_reference_year=True)
    if found is None:
        return None
    (start, end), anchor, year = found
    return _apply_suffix(m, ctx, Resolved(start, end, "year", cal.year_value(year), mod=mod, anchor=anchor))


def _century_number(m: re.Match[str], ctx: Context) -> tuple[int, str] | None:
    """(century, anchor) written in a match (21世纪, 上世纪), or None when none is written."""
    if m.group("cd"):
        current = ctx.reference.year // 100 + 1
        return current + vocab.DEICTIC_CENTURIES[m.group("cd")], "publication"
    number = _number(m.group("cn"))
    return (number, "absolute") if number is not None else None


def _span_result(first: int, last: int, anchor: str, mod: str | None) -> Resolved | None:
    if not (_plausible_year(first) and _plausible_year(last)):
        return None
    return Resolved(
        _dt.date(first, 1, 1), _dt.date(last, 12, 31), "multi-year", f"{first}/{last}", mod=mod, anchor=anchor
    )


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """90年代, 上世纪60年代, 1990年代: the ten years from the decade's first; 初/中期/末 narrow it."""
    century = _century_number(m, ctx) if m.group("cd") or m.group("cn") else None
    tens = None
    if m.group("decy"):
        first, anchor = int(m.group("decy")), "absolute"
    else:
        tens = _number(m.group("dec"))
        if tens is None:
            return None
        if century is not None:
            first, anchor = (century[0] - 1) * 100 + tens, century[1]
        else:  # the latest such decade that has begun by the reference year
            year = ctx.reference.year
            first = year - (year - tens) % 100
            anchor = "publication"
    low, high, mod = vocab.DECADE_PARTS.get(m.group("part") or "", (0, 9, None))
    first_digit: str | None = m.group("dec0")
    if first_digit:  # 七八十年代: from the first decade's start to the second's end
        earlier = _number(first_digit + vocab.TEN)
        if earlier is None or tens is None or not earlier < tens:
            return None
        res = _span_result(first - (tens - earlier), first + 9, anchor, mod)
        return _apply_suffix(m, ctx, res) if res is not None else None
    res = _span_result(first + low, first + high, anchor, mod)
    return _apply_suffix(m, ctx, res) if res is not None else None


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    """21世纪, 上世纪, 本世纪中叶: 18世纪 is 1700–1799 (spec); 中叶 narrows it, 初/末 only mark it."""
    century = _century_number(m, ctx)
    if century is None:
        return None
    first = (century[0] - 1) * 100
    low, high, mod = vocab.CENTURY_PARTS.get(m.group("part") or "", (0, 99, None))
    res = _span_result(first + low, first + high, century[1], mod)
    return _apply_suffix(m, ctx, res) if res is not None else None


def _turn_of_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """岁末年初: 1 December of the old year to 31 January of the new one, nearest turn of year.

    A turn off the calendar (0000/0001) is no date: the rule is strict, so 岁末 and 年初 are not
    read apart as two fragments of another meaning."""
    ref = ctx.reference
    past_turn = ref - _dt.date(ref.year, 1, 1)
    next_turn = _dt.date(ref.year + 1, 1, 1) - ref if ref.year < _dt.MAXYEAR else past_turn
    new_year = ref.year + 1 if next_turn < past_turn else ref.year
    start, end = _dt.date(new_year - 1, 12, 1), _dt.date(new_year, 1, 31)
    value = f"{cal.month_value(new_year - 1, 12)}/{cal.month_value(new_year, 1)}"
    return Resolved(start, end, "month", value, anchor="publication")


def _deictic_pair(m: re.Match[str], ctx: Context) -> Resolved | None:
    """今明两年: this year and the next as one range."""
    first, last, unit = vocab.DEICTIC_PAIRS[m.group()]
    left = _shifted(ctx.reference, abs(first), unit, -1 if first < 0 else 1, "publication")
    right = _shifted(ctx.reference, abs(last), unit, -1 if last < 0 else 1, "publication")
    return join_range(left, right) if left is not None and right is not None else None


def _month_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """上旬 / 中旬 / 下旬 / 月初 / 月中 / 月底 / 月末 of a month (written, relative or missing)."""
    part = m.group("part") or m.group("bpart") or m.group("xpart")
    first_day, last_day, xun = vocab.MONTH_PARTS[part]
    grain = "xun" if part in vocab.XUN_WORDS or part in vocab.XUN_SPANS else "month"

    def build_month(year: int, month: int) -> Interval:
        last = last_day if last_day is not None else cal.month_end(year, month).day
        return _dt.date(year, month, first_day), _dt.date(year, month, last)

    relative = _relative_month(m, ctx)
    month = _month_number(m)
    if relative is not None:
        year, month, anchor = relative
        interval = build_month(year, month)
    elif month is not None:
        if not 1 <= month <= 12:
            return None
        written_month = month
        found = _year_or_pick(m, ctx, lambda y: build_month(y, written_month))
        if found is None:
            return None
        interval, anchor, year = found
    else:
        picked = ctx.pick_month(build_month)
        if picked is None:
            return None
        interval, anchor = picked
        year, month = interval[0].year, interval[0].month
    mod = None if grain == "xun" else ("START", "MID", "END")[xun - 1]
    value = f"{cal.month_value(year, month)}-X{xun}" if grain == "xun" else cal.month_value(year, month)
    kind = "date"
    if part in vocab.XUN_SPANS:
        value, kind = f"{value}/{cal.month_value(year, month)}-X{vocab.XUN_SPANS[part]}", "range"
    res = Resolved(interval[0], interval[1], grain, value, mod=mod, kind=kind, anchor=anchor)
    return _apply_suffix(m, ctx, res)


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """春季 / 夏天 / 秋季 / 冬季 (winter runs from December to the end of February); with no year,
    none when it stands for the season in general (vocab.GENERAL_SEASON_AFTER / _BEFORE)."""
    if not _has_year(m) and (
        m.string.startswith(vocab.GENERAL_SEASON_AFTER, m.end())
        or m.string.endswith(vocab.GENERAL_SEASON_BEFORE, 0, m.start())
    ):
        return None  # 春天的气息, 像春天一样: the season in general
    first, code = vocab.SEASONS[m.group("season") or m.group("season2")]
    found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, first, first + 2))
    if found is None:
        return None
    (start, end), anchor, year = found
    return _apply_suffix(m, ctx, Resolved(start, end, "season", f"{year:04d}-{code}", anchor=anchor))


def _holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """元旦, 春节, 中秋节, 清明, 十一期间 … computed for the written or inferred year."""
    name = m.group("holiday") or m.group("holiday2") or m.group("holiday3")

    def build(year: int) -> Interval | None:
        day = cal.holiday_date(name, year)
        return (day, day) if day is not None else None

    found = _year_or_pick(m, ctx, build)
    if found is None:
        return None
    (day, _), anchor, _year = found
    res = _day_result(day, anchor)
    mod: str | None = m.group("hmod")
    if mod:  # 春节后 / 清明节前夕: the day, marked (spec: X以后 AFTER, X前 BEFORE)
        res = attrs.evolve(res, mod=vocab.HOLIDAY_MODS[mod])
    return _apply_suffix(m, ctx, res)


def _five_year_plan(m: re.Match[str], ctx: Context) -> Resolved | None:
    """“十四五” 2021–2025 (the Nth plan starts in 1966 + 5·(N−3)); 开局之年 is its first year."""
    ordinal = _number(m.group("plan"))
    quoted = bool(m.group("q1") and m.group("q2"))
    tail = m.group("tail")
    if ordinal is None:
        return None
    if ordinal < vocab.PLAN_UNAMBIGUOUS_FROM and not (quoted or tail):  # 十五 alone is fifteen
        return None
    return _plan_result(m, ctx, ordinal, tail)


def _spelled_plan(m: re.Match[str], ctx: Context) -> Resolved | None:
    """第一个五年计划 (1953–1957), 第十四个五年规划: the Nth plan spelled out."""
    ordinal = _number(m.group("plan"))
    return _plan_result(m, ctx, ordinal, m.group("tail")) if ordinal is not None else None


def _plan_result(m: re.Match[str], ctx: Context, ordinal: int, tail: str | None) -> Resolved | None:
    """The Nth plan's years: 1953 and 1958 for the first two, then 1966 + 5·(N−3)."""
    if ordinal in vocab.EARLY_PLAN_STARTS:
        first = vocab.EARLY_PLAN_STARTS[ordinal]
    elif ordinal >= vocab.PLAN_FIRST_ORDINAL:
        first = vocab.PLAN_FIRST_START + 5 * (ordinal - vocab.PLAN_FIRST_ORDINAL)
    else:
        return None
    last = first + 4
    if not _plausible_year(last):
        return None
    if tail in vocab.PLAN_FIRST_YEAR or tail in vocab.PLAN_LAST_YEAR:
        year = first if tail in vocab.PLAN_FIRST_YEAR else last
        res = Resolved(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", cal.year_value(year))
    else:
        res = Resolved(_dt.date(first, 1, 1), _dt.date(last, 12, 31), "multi-year", f"{first}/{last}")
    return _apply_suffix(m, ctx, res)


def _week(m: re.Match[str], ctx: Context) -> Resolved | None:
    """本周 / 上周 / 下周, optionally with a weekday (周三, 上星期五, 下礼拜一).

    A bare weekday is in the reference week, or, as the right end of a range (下周一至周五),
    in the week of the left end (the next one when it would come first).
    """
    shift = vocab.DEICTIC_WEEKS[m.group("wk")] if m.group("wk") else 0
    base, anchor = ctx.reference, "publication"
    left = ctx.inherit.start if ctx.inherit is not None and m.group("wdb") else None
    if left is not None and ctx.inherit is not None:
        base, anchor = left, ctx.inherit.anchor
    elif m.group("wdb") and (named := ctx.week_antecedent()) is not None:
        assert named.start is not None
        base = named.start  # 下周天气展望：…周三: the week named before
    monday = base - _dt.timedelta(days=base.weekday()) + _dt.timedelta(weeks=shift)
    weekday = m.group("wd") or m.group("wdb")
    if weekday:
        day = monday + _dt.timedelta(days=vocab.WEEKDAYS[weekday])
        if left is not None and day < left:
            day += _dt.timedelta(weeks=1)
        if m.group("wdn"):
            day = _numbered_near(int(m.group("wdn")), day) or day  # the written day number wins
        return _apply_suffix(m, ctx, _day_result(day, anchor))
    start, end = cal.week_interval(monday)
    return _apply_suffix(m, ctx, Resolved(start, end, "week", cal.week_value(start), anchor="publication"))


def _numbered_near(number: int, base: _dt.date) -> _dt.date | None:
    """The day numbered `number` nearest to `base` (in its month or the one before or after)."""
    candidates = [
        _dt.date(year, month, number)
        for delta in (-1, 0, 1)
        for year, month in [cal.add_months(base.year, base.month, delta)]
        if cal.valid_day(year, month, number)
    ]
    def distance(day: _dt.date) -> int:
        return abs((day - base).days)

    return min(candidates, key=distance) if candidates else None


def _numbered_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """今（24）日 / 今(二十日): the day numbered 24 nearest to today (昨/明: yesterday, tomorrow)."""
    number = _number(m.group("nn"))
    if number is None:
        return None
    base = ctx.reference + _dt.timedelta(days=vocab.NUMBERED_DAY_WORDS[m.group("nw")])
    day = _numbered_near(number, base)
    if day is None:
        return None
    return _apply_suffix(m, ctx, _day_result(day, "publication"))


def _holds_reference(period: Resolved, ctx: Context) -> bool:
    """True when a period longer than a day holds the reference date (全年, 本月): a day taken from
    it (是日, 当天) is the reference day, the day the report speaks of, not the period's first."""
    return (
        period.grain != "day"
        and period.start is not None
        and period.end is not None
        and period.start <= ctx.reference <= period.end
    )


def _day_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """今天 / 昨天 / 今晨 / 昨晚 … and the anaphoric 当天 / 次日 / 第二天."""
    word = m.group("dw")
    if word in vocab.YESTERDAY_WORDS and m.string.endswith(vocab.FIGURATIVE_BEFORE_YESTERDAY, 0, m.start()):
        return None  # 恍如昨日: a figure of speech
    if word in vocab.DEICTIC_DAYS:
        speech = ctx.speech_antecedent()
        base, anchor = ctx.reference, "publication"
        if speech is not None and speech.start is not None:  # “…今天成立了！” said on a written day
            base, anchor = speech.start, "previous"
        day = base + _dt.timedelta(days=vocab.DEICTIC_DAYS[word])
        res = attrs.evolve(_day_result(day, anchor), time_of_day=vocab.DAY_WORD_PERIODS.get(word))
        return _apply_suffix(m, ctx, res)
    base, anchor = ctx.reference, "publication"
    previous = ctx.previous_day()
    if previous is not None and previous.start is not None and not _holds_reference(previous, ctx):
        base, anchor = previous.start, "previous"
        coming = ctx.coming
        # 将于3月1日启用。2月20日宣布：开幕典礼将于当晚举行: under a forward cue, "that day" is
        # the coming event's day when the latest earlier date is not in the future
        if coming is not None and coming.start is not None and coming.start > ctx.reference:
            if previous.end is not None and previous.end <= ctx.reference and ctx.forward():
                base = coming.start
    day = base + _dt.timedelta(days=vocab.ANAPHORIC_DAYS[word])
    return _apply_suffix(m, ctx, _day_result(day, anchor))


def _bare_yesterday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """昨 alone (记者昨往): the day before the reference date."""
    return _apply_suffix(m, ctx, _day_result(ctx.reference - _dt.timedelta(days=1), "publication"))


def _shifted(base: _dt.date, count: int, grain: str, sign: int, anchor: str) -> Resolved | None:
    """The period `count` units of `grain` before (sign −1) or after (+1) `base`."""
    try:
        if grain == "day":
            day = base + _dt.timedelta(days=sign * count)
            return _day_result(day, anchor)
        if grain == "week":
            start, end = cal.week_interval(base + _dt.timedelta(weeks=sign * count))
            return Resolved(start, end, "week", cal.week_value(start), anchor=anchor)
        if grain == "month":
            year, month = cal.add_months(base.year, base.month, sign * count)
            return _month_result(cal.month_interval(year, month), anchor)
        year = base.year + sign * count
        start, end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        return Resolved(start, end, "year", cal.year_value(year), anchor=anchor)
    except (ValueError, OverflowError) as err:
        if not cal.off_calendar(err):
            raise
        return None


def _relative_count(m: re.Match[str], ctx: Context) -> Resolved | None:
    """3天前 / 两个月前 / 5年后: counted from the publication date; the grain is the unit. After a
    date of its sentence whose year was written (2019年3月1日开业，3天后…; 回到1982年，…20年后),
    counted from that date."""
    count = _count(m.group("n"))
    if count is None:
        return None
    grain = vocab.COUNT_UNITS[m.group("unit")][0]
    sign = -1 if m.group("dir") in vocab.COUNT_BEFORE else 1
    antecedent = ctx.sentence_antecedent()
    if (
        antecedent is not None
        and antecedent.start is not None
        and antecedent.anchor in YEAR_BEARING_ANCHORS
        and antecedent.grain in vocab.NARRATED_COUNT_BASES[grain]
    ):  # 回到1982年，…20年后: counted from the year the sentence narrates (README decision)
        return _shifted(antecedent.start, count, grain, sign, "previous")
    if m.string.endswith(vocab.EVENTS_BEFORE_COUNT, 0, m.start()):
        return None  # 改革开放40年后, 毕业10年后: counted from an event with no date, a duration
    return _shifted(ctx.reference, count, grain, sign, "publication")


def _anaphoric_count(m: re.Match[str], ctx: Context) -> Resolved | None:
    """此前3个月 / 此后两年: counted from the latest earlier expression (else the publication date)."""
    count = _count(m.group("n"))
    if count is None:
        return None
    grain = vocab.COUNT_UNITS[m.group("unit")][0]
    sign = vocab.ANAPHORA_PREFIXES[m.group("dir")]
    if ctx.previous is not None and ctx.previous.start is not None:
        return _shifted(ctx.previous.start, count, grain, sign, "previous")
    return _shifted(ctx.reference, count, grain, sign, "publication")


def _years_since(m: re.Match[str], ctx: Context) -> Resolved | None:
    """N年来 / 近N年: 1 January of (reference year − N) to the reference date (or to the written
    day its sentence narrates: 2007年4月15日，…标志着中国20多年来… runs 1987 to that day)."""
    count = _count(m.group("n") or m.group("nn"))
    if count is None or not 1 <= count <= 200:
        return None
    now = _narrated_now(ctx, _dt.date.min)
    start = _dt.date(now.year - count, 1, 1)
    return Resolved(
        start, now, "multi-year", f"{start.year:04d}/{now.isoformat()}",
        mod="SINCE", kind="range", anchor="publication" if now == ctx.reference else "previous",
    )


def _recent_count(m: re.Match[str], ctx: Context) -> Resolved | None:
    """近3个月 / 近10天 / 近两周: like 近N年, from the start of the unit N back to the reference date."""
    count = _count(m.group("n"))
    if count is None or count < 1:
        return None
    grain = vocab.COUNT_UNITS[m.group("unit")][0]
    earliest = _shifted(ctx.reference, count, grain, -1, "publication")
    if earliest is None or earliest.start is None:
        return None
    ref = ctx.reference
    return Resolved(
        earliest.start, ref, grain, f"{earliest.value}/{ref.isoformat()}",
        mod="SINCE", kind="range", anchor="publication",
    )


def _recent_years(m: re.Match[str], ctx: Context) -> Resolved | None:
    """近年来 / 近几年: 1 January five years before the reference year to the reference date."""
    ref = ctx.reference
    start = _dt.date(ref.year - vocab.RECENT_YEARS, 1, 1)
    return Resolved(
        start, ref, "multi-year", f"{start.year:04d}/{ref.isoformat()}",
        mod="APPROX", kind="fuzzy", anchor="publication",
    )


def _recent(m: re.Match[str], ctx: Context) -> Resolved | None:
    """近日 / 日前 / 近期 / 前不久 / 最近: the 30 days up to the reference date."""
    ref = ctx.reference
    start = ref - _dt.timedelta(days=vocab.RECENT_DAYS - 1)
    return Resolved(
        start, ref, "day", f"{start.isoformat()}/{ref.isoformat()}",
        mod="APPROX", kind="fuzzy", anchor="publication",
    )


def _whole_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """全年, the whole year: of the year written before it (2024年全年, 去年全年); bare, of a
    year shared in the sentence, else of the reference year (decided like bare 年底: a reporter
    means the current year; last year's is written 去年全年)."""
    found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, 1, 12), in_reference_year=True)
    if found is None:
        return None
    (start, end), anchor, year = found
    return _apply_suffix(m, ctx, Resolved(start, end, "year", cal.year_value(year), anchor=anchor))


def _within_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """年内 on its own: within this year, i.e. the reference year."""
    year = ctx.reference.year
    return Resolved(
        _dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", cal.year_value(year), anchor="publication"
    )


def _present(m: re.Match[str], ctx: Context) -> Resolved | None:
    """目前 / 当前 / 现在 / 如今 / 至今 / 眼下: the reference day."""
    ref = ctx.reference
    return Resolved(ref, ref, "day", ref.isoformat(), kind="present", anchor="publication")


def _duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    """5分钟, 3个月, 两年, 2~3年, 一年多: recognised, never placed on a timeline; after 第 a count
    is an ordinal (第3周, 第十天), no duration."""
    if m.group("half"):
        half_grain, half_value = vocab.HALF_DURATIONS[m.group("half")]
        return Resolved(None, None, half_grain, half_value, kind="duration")
    count = _number(m.group("n"))
    if count is None:
        return None
    grain, unit = vocab.DURATION_UNITS[m.group("unit")]
    upper = _number(m.group("n2")) if m.group("n2") else None
    prefix = "PT" if unit.startswith("T") else "P"
    symbol = unit[-1]
    value = f"{prefix}{count}{symbol}" + (f"/{prefix}{upper}{symbol}" if upper is not None else "")
    return Resolved(None, None, grain, value, kind="duration")


def _set(m: re.Match[str], ctx: Context) -> Resolved | None:
    """每年 / 每月 / 每周 (with a following month, day or weekday), 每逢: recurring, no interval."""
    grain, value = vocab.SET_UNITS[m.group("unit")] if m.group("unit") else vocab.OCCASION_SET
    return Resolved(None, None, grain, value, kind="set")


_GRAINS = ("day", "week", "xun", "month", "quarter", "half", "season", "year", "multi-year")
_GRAIN_ORDER = {grain: rank for rank, grain in enumerate(_GRAINS)}


def join_range(left: Resolved, right: Resolved) -> Resolved | None:
    """A至B: from the left end's start to the right end's end, or None when B ends before A."""
    if left.start is None or right.end is None or right.end < left.start:
        return None
    grain = left.grain if left.grain == right.grain else max(
        left.grain or "day", right.grain or "day", key=_GRAIN_ORDER.__getitem__
    )
    anchors = {left.anchor, right.anchor} - {"absolute"}
    anchor = "previous" if "previous" in anchors else ("publication" if anchors else "absolute")
    return Resolved(left.start, right.end, grain, f"{left.value}/{right.value}", kind="range", anchor=anchor)


def _month_pair(m: re.Match[str], ctx: Context) -> Resolved | None:
    """三四月份 / 七、八月: two neighbouring months at once, as 3至4月."""
    first, second = _number(m.group("a")), _number(m.group("b"))
    if first is None or second != first + 1:
        return None
    return _shared_unit_range(m, ctx)


def _shared_unit_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """3至5月, 6月10至12日, 2021—2023年: the unit written once belongs to both ends."""
    first, second = _number(m.group("a")), _number(m.group("b"))
    if first is None or second is None or second < first:
        return None
    unit: str = m.group("unit")
    if unit.startswith(vocab.YEAR_WORD):
        if not (_plausible_year(first) and _plausible_year(second)):
            return None
        return Resolved(
            _dt.date(first, 1, 1), _dt.date(second, 12, 31), "year", f"{first}/{second}", kind="range"
        )
    if unit.startswith(vocab.MONTH_WORD):
        if not 1 <= second <= 12 or first < 1:
            return None
        found = _year_or_pick(m, ctx, lambda y: cal.months_interval(y, first, second))
        if found is None:
            return None
        (start, end), anchor, year = found
        value = f"{cal.month_value(year, first)}/{cal.month_value(year, second)}"
        return Resolved(start, end, "month", value, kind="range", anchor=anchor)
    month = _month_number(m)
    relative = _relative_month(m, ctx)

    def build(year: int, month_: int) -> Interval | None:
        if not (cal.valid_day(year, month_, first) and cal.valid_day(year, month_, second)):
            return None
        return _dt.date(year, month_, first), _dt.date(year, month_, second)

    if relative is not None:
        interval = build(relative[0], relative[1])
        anchor = relative[2]
        if interval is None:
            return None
    elif month is not None:
        month_number = month
        found = _year_or_pick(m, ctx, lambda y: build(y, month_number))
        if found is None:
            return None
        interval, anchor, _year = found
    else:
        return None
    start, end = interval
    return Resolved(start, end, "day", f"{start.isoformat()}/{end.isoformat()}", kind="range", anchor=anchor)


def _bare_day_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """27至29日: days of a month that is not written, 日 written once for both (spec: ranges),
    in the month of a date before it in the sentence, else the latest such days (or coming)."""
    first, second = _number(m.group("a")), _number(m.group("b"))
    if first is None or second is None or not 1 <= first < second <= 31:
        return None

    def build(year: int, month: int) -> Interval | None:
        if not (cal.valid_day(year, month, first) and cal.valid_day(year, month, second)):
            return None
        return _dt.date(year, month, first), _dt.date(year, month, second)

    earlier = ctx.sentence_antecedent()
    if earlier is not None and earlier.grain in ("day", "month"):
        picked = ctx.for_right_end(earlier, ctx.start, ctx.end).pick_month(build)
    else:
        picked = ctx.pick_month(build)
    if picked is None:
        return None
    (start, end), anchor = picked
    return Resolved(start, end, "day", f"{start.isoformat()}/{end.isoformat()}", kind="range", anchor=anchor)


# ---------------------------------------------------------------- the registry
# A rule whose distinctive word comes after an optional prefix, year and month (截至二〇二四年度
# 十二月份下旬: at most 13 characters) says so with a key; a cheap look-ahead for the key within
# KEY_WINDOW characters spares parsing that prefix at every other date.
KEY_WINDOW = 16


# Rules led by an optional year and month (五月第一周, 2024年冬至) can start with a number only
# through them: a number not followed by 年 or 月 fails this look-ahead at once.
DATE_NUMBER_LEAD = (
    rf"(?=[^\d{_CN_NUMERAL}]|[\d{_CN_NUMERAL}]{{1,5}}[{V.DATE_BLANKS}]?[{V.YEAR_WORD}{V.MONTH_WORD}])"
)


def _rule(
    name: str,
    pattern: str,
    resolver: Resolver,
    *,
    is_range: bool = False,
    key: str = "",
    veto: bool = False,
    strict: bool = False,
) -> Rule:
    guard = rf"(?=[^\n]{{0,{KEY_WINDOW}}}?{key})" if key else ""
    return Rule(name, re.compile(guard + pattern, re.ASCII), resolver, is_range, veto, strict)


def _no_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A look-alike: never a date."""
    return None


_HOLIDAY_NAMES = (
    *V.SOLAR_HOLIDAYS, *V.FLOATING_HOLIDAYS, *V.SOLAR_TERM_HOLIDAYS,
    *(name for name in V.LUNAR_HOLIDAYS if name not in V.CONTEXT_HOLIDAYS),
)
_FESTIVAL_NAMES = _alt((*_HOLIDAY_NAMES, *V.CONTEXT_HOLIDAYS, *V.BARE_HOLIDAYS, *V.SOLAR_TERMS))
_PLAN_TAILS = _alt(V.PLAN_SUFFIXES + V.PLAN_FIRST_YEAR + V.PLAN_LAST_YEAR)
_YEAR_DIGITS_ALONE = r"(?:1[89]|20)\d\d"  # 2017端午节: four digits without 年, only right before a holiday
_COUNT_DIRECTION = "|".join(
    f"{re.escape(word)}(?!{_chars(V.NOT_AFTER_COUNT_DIRECTION[word])})"
    if word in V.NOT_AFTER_COUNT_DIRECTION
    else re.escape(word)
    for word in sorted(V.COUNT_BEFORE + V.COUNT_AFTER, key=len, reverse=True)
)
_COUNT_UNIT = _alt(V.COUNT_UNITS)
_SHORT_COUNT_UNIT = _alt(unit for unit, (grain, _) in V.COUNT_UNITS.items() if grain != "year")
_BARE_YEAR = rf"(?<![{_CN_NUMERAL}\d{re.escape(V.NOT_BEFORE_BARE_YEAR)}]){V.YEAR_WORD}"
_BARE_MONTH = rf"(?<![\d{re.escape(V.NOT_BEFORE_BARE_MONTH)}]){V.MONTH_WORD}"
_YEAR_PART = _chars("".join(V.YEAR_PARTS))
_MONTH_PART = _alt(V.MONTH_PARTS)
_BARE_MONTH_PART = _alt(p for p in V.MONTH_PARTS if p not in V.XUN_WORDS and p not in V.XUN_SPANS)
_WEEKDAY = _chars("".join(V.WEEKDAYS))
_WEEK_CHARS = re.escape("".join({w[-1] for w in V.WEEK_WORDS}))  # 期, 拜, 周: 星期一到十月 is no 一到十月
_SINCE_TAIL = _alt(V.SINCE_TAILS)
_LUNAR_MONTH = _alt([*V.LUNAR_MONTH_NAMES, *V.MONTH_NUMERALS])
# 正月初8: a 初 day may be written with a digit
_LUNAR_DAY = rf"(?:{_alt([*V.LUNAR_DAYS, *V.LUNAR_DAY_VARIANTS])}|{V.LUNAR_FIRST_DAYS}[1-9](?!\d))"
# After 农历, a day may also be written like a Gregorian one (8月23号, 八月二十三日).
_MARKED_LUNAR_DAY = rf"(?:{_alt([*V.LUNAR_DAYS, *V.LUNAR_DAY_VARIANTS, *V.DAY_NUMERALS])}|\d{{1,2}}(?!\d))"
_FIRST_DAYS = _alt(d for d in V.LUNAR_DAYS if d.startswith(V.LUNAR_FIRST_DAYS))
# 五月廿二: a day written 初X or 廿X marks the date lunar
_MARKING_DAYS = _alt(d for d in V.LUNAR_DAYS if d.startswith((V.LUNAR_FIRST_DAYS, V.LUNAR_TWENTIES)))
_CENTURY = (
    rf"(?:(?P<cd>{_alt(V.DEICTIC_CENTURIES)})|(?<![\d{_CN_NUMERAL}])(?P<cn>\d{{1,2}}|[{_CN_NUMERAL}]{{1,3}}))"
    rf"{V.CENTURY_WORD}"
)
_NEAR = _alt(V.NEAR_PREFIXES)
_NOT_AFTER_NEAR = "".join(f"(?<!{re.escape(word)})" for word in V.NEAR_PREFIXES)
_RECENT = "|".join(
    (f"(?<!{_chars(V.NOT_BEFORE_RECENT[word])})" if word in V.NOT_BEFORE_RECENT else "") + re.escape(word)
    for word in sorted(V.RECENT_WORDS, key=len, reverse=True)
)

# Rule families kept in modules of their own build on the fragments and helpers above.
from timeline._dates import rules_counts, rules_holidays, rules_lunar, rules_parts, rules_ranges  # noqa: E402

_FISCAL_QUARTER = rf"{_ORDINAL}?(?:{_alt(V.QUARTER_NUMBERS)})(?:{V.QUARTER_WORD}|{_alt(V.FISCAL_WORDS)})"
_FISCAL_NUMBER = rf"\d{{2,4}}(?:[{re.escape(V.FISCAL_YEAR_JOINERS)}]\d{{2,4}})?"
_FISCAL = (
    rf"(?:(?<![A-Za-z]){V.FISCAL_LETTERS}[{V.INLINE_BLANKS}]*{_FISCAL_NUMBER}(?![\d%])"
    rf"(?:[{V.INLINE_BLANKS}]*{V.YEAR_WORD}?(?:{_alt(V.FISCAL_WORDS)}))?"
    rf"|(?:(?<![\d.]){_FISCAL_NUMBER}[{V.INLINE_BLANKS}]*{V.YEAR_WORD}?|{_alt(V.FISCAL_HEADS)})?(?:{_alt(V.FISCAL_WORDS)}))"
    rf"(?:[{V.INLINE_BLANKS}]*(?:{_FISCAL_QUARTER}|{_alt(V.FISCAL_TAILS)}|{V.QUARTER_LETTER}[1-4](?![A-Za-z\d])))?"
    rf"|{_ORDINAL}?(?:{_alt(V.QUARTER_NUMBERS)})(?:{_alt(V.FISCAL_WORDS)})"
)

RULES: tuple[Rule, ...] = (
    _rule("name", _alt(V.NAMES_WITH_DATE_WORDS), _no_date, veto=True),
    _rule("fiscal", _FISCAL, _no_date, veto=True),
    _rule("back_then", _alt(V.BACK_THEN_PHRASES), _no_date, veto=True),
    _rule(
        "early_or_before_common_era",
        rf"(?:{V.BEFORE_COMMON_ERA}{_BLANK}(?:\d+|[{_CN_NUMERAL}]+)|{V.COMMON_ERA}{_BLANK}\d{{1,3}}(?!\d))"
        rf"(?:{_BLANK}{V.YEAR_WORD})?",  # its month and day: engine._after_unread_year
        _no_date,
        veto=True,
    ),
    _rule(
        "document_number",
        rf"(?<![\d.])\d{{4}}[{V.INLINE_BLANKS}]*{V.YEAR_WORD}[{V.INLINE_BLANKS}]*{V.NUMBER_ORDINAL}"
        rf"[{V.INLINE_BLANKS}]*(?:\d{{1,5}}|[{_CN_NUMERAL}]{{1,6}})[{V.INLINE_BLANKS}]*{V.NUMBER_WORD}",
        _no_date,
        veto=True,
    ),
    _rule(
        "range_shared_year",
        rf"(?<![\d.])(?P<a>\d{{4}}){_SEP}(?P<b>\d{{4}}){_BLANK}(?P<unit>{V.YEAR_WORD}{_YEAR_SUFFIX}?)(?!\d)",
        _shared_unit_range,
        is_range=True,
    ),
    _rule(
        "range_shared_month",
        rf"(?:{_YEAR})?(?<![\d.{_CN_NUMERAL}{_WEEK_CHARS}])(?P<a>{_MONTH_NUMBER}){_SEP}"
        rf"(?P<b>{_MONTH_NUMBER})(?P<unit>{_MONTH_WORD})",
        _shared_unit_range,
        is_range=True,
    ),
    _rule(
        "month_pair",
        rf"(?:{_YEAR})?(?<![\d.{_CN_NUMERAL}{_WEEK_CHARS}{_ORDINAL}])(?P<a>[{V.MONTH_PAIR_FIRSTS}]){V.DECADE_PAIR_JOINER}?"
        rf"(?P<b>[{V.MONTH_PAIR_FIRSTS[1:]}{V.TEN}])(?P<unit>{_MONTH_WORD})",
        _month_pair,
        is_range=True,
    ),
    _rule(
        "range_shared_day",
        # blanks as PDFs leave them (12 月 25 — 27 日) part nothing
        rf"(?:{_YEAR})?{_MONTH}{_BLANK}(?P<a>\d{{1,2}}){_BLANK}{_DAY_WORD}?{_SEP}(?P<b>\d{{1,2}}){_BLANK}"
        rf"(?P<unit>{_DAY_WORD})",
        _shared_unit_range,
        is_range=True,
    ),
    _rule(
        "range_shared_bare_day",
        rf"(?<![\d.{_ORDINAL}{V.MONTH_WORD}{re.escape(V.NOT_BEFORE_BARE_DAY)}])"
        rf"(?:(?<![{HAN}])|(?<=[{V.BARE_DAY_NUMBER_LEADS}]))"
        rf"(?P<a>\d{{1,2}}){_DAY_WORD}?{_SEP}(?P<b>\d{{1,2}}){_BLANK}{_DAY_END}{_NOT_YEN}(?!\s*{_chars(V.NAME_CLOSERS)})",
        _bare_day_range,
        is_range=True,
    ),
    *rules_ranges.NUMERIC_RANGE_RULES,
    _rule(
        "numeric_date",
        _dated(
            r"(?<![\d.\-/])(?P<ny>\d{4})(?P<sep>[-./])(?P<nm>\d{1,2})(?P=sep)(?P<nd>\d{1,2})(?![\d%]|\.\d)"
            + _WEEKDAY_TAIL,
            tod=True,
        ),
        _numeric_date,
    ),
    _rule(
        "compact_date",
        # alone: not inside a longer number or a code (HBCT2013120202, AB-20230415, 20230415.pdf)
        rf"(?<![\w./{re.escape(V.NOT_BEFORE_COMPACT_DATE)}])(?<![\w.]-)"
        r"(?P<cy>(?:19|20)\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd2>0[1-9]|[12]\d|3[01])"
        rf"(?![\w.%\-/]|\s*[{re.escape(V.NOT_AFTER_COMPACT_DATE)}])",
        _compact_date,
    ),
    _rule(
        "open_range_year",
        rf"(?<=[{V.OPEN_RANGE_OPEN}])(?P<oy>(?:1[89]|20)\d\d)"
        rf"(?=[{re.escape(V.OPEN_RANGE_DASHES)}]{{1,2}}[{V.OPEN_RANGE_CLOSE}])",
        _year_alone,
    ),
    _rule(
        "named_year",
        rf"(?<![\w.\-/{re.escape(V.NOT_BEFORE_NAMED_YEAR)}])(?P<oy>(?:19|20)\d\d)"
        rf"(?=[一-鿿])(?!{_chars(V.NOT_AFTER_NAMED_YEAR)})(?!{_FESTIVAL_NAMES})"  # 2017端午节: a holiday
        rf"(?=[^{re.escape(V.CLAUSE_BREAKS)}、]{{0,{V.NAMED_YEAR_REACH}}}?(?:{_alt(V.NAMED_YEAR_HEADS)}))",
        _year_alone,
    ),
    _rule(
        "numeric_month",
        _dated(rf"(?<![\d.\-/])(?P<ny>\d{{4}})\.(?P<nm>\d{{1,2}})(?![\d%.]|\s*{_chars(V.NOT_AFTER_DECIMAL)})"),
        _numeric_month,
    ),
    _rule(
        "five_year_plan",
        rf"(?P<q1>{_chars(V.PLAN_OPEN_QUOTES)})?(?<![{_ORDINAL}{_CN_NUMERAL}\d])"
        rf"(?P<plan>{_alt(V.PLAN_ORDINALS)}){V.PLAN_MARK}(?P<q2>{_chars(V.PLAN_CLOSE_QUOTES)})?"
        rf"(?P<tail>{_PLAN_TAILS})?(?![\d{_CN_NUMERAL}{re.escape(V.NOT_AFTER_PLAN)}])" + _SUFFIX,
        _five_year_plan,
    ),
    _rule(
        "spelled_plan",
        rf"{_ORDINAL}(?P<plan>[{_CN_NUMERAL}]{{1,3}}|\d{{1,2}}){V.SPELLED_PLAN_HEAD}"
        rf"(?:{_alt(V.SPELLED_PLAN_WORDS)})(?P<tail>{_PLAN_TAILS})?" + _SUFFIX,
        _spelled_plan,
        key=V.SPELLED_PLAN_HEAD,
    ),
    _rule(
        "decade",
        _dated(
            rf"(?:{_CENTURY})?(?:(?<![\d{_CN_NUMERAL}])"
            rf"(?:(?P<dec0>[{_CN_DIGIT}]){V.DECADE_PAIR_JOINER}?(?=[{_CN_DIGIT}]十))?(?P<dec>[1-9]0|[{_CN_DIGIT}]十)"
            rf"|(?<![\d.])(?P<decy>\d{{3}}0)){V.DECADE_WORD}(?P<part>{_alt(V.DECADE_PARTS)})?"
        ),
        _decade,
        key=V.DECADE_WORD,
    ),
    _rule("century", _dated(rf"{_CENTURY}(?P<part>{_alt(V.CENTURY_PARTS)})?"), _century, key=V.CENTURY_WORD),
    _rule("turn_of_year", _alt(V.TURN_OF_YEAR_WORDS), _turn_of_year, strict=True),
    _rule("deictic_pair", _alt(V.DEICTIC_PAIRS), _deictic_pair),
    *rules_holidays.SOLAR_TERM_RULES,
    *rules_lunar.FESTIVAL_DAY_RULES,
    *rules_parts.RULES,
    *rules_ranges.RULES,
    *rules_lunar.RULES,
    _rule(
        "season",
        _dated(
            rf"(?:{_YEAR}|(?<!{_chars(V.NOT_BEFORE_SEASON)}))(?P<season>{_chars(''.join(V.SEASONS))})"
            rf"(?:{_alt(V.SEASON_SUFFIXES)})(?!{_alt(V.NOT_AFTER_SEASON)})"
            rf"|{_YEAR_WRITTEN}(?P<season2>{_chars(''.join(V.SEASONS))})(?!{_chars(V.NOT_AFTER_BARE_SEASON)})"
        ),
        _season,
        key=_chars("".join(V.SEASONS)),
    ),
    _rule(
        "holiday",
        _dated(
            rf"(?:{_YEAR}(?P<hq>{_chars(V.PLAN_OPEN_QUOTES)})?"
            rf"|(?<![\d.])(?P<yb>{_YEAR_DIGITS_ALONE})(?={_alt(_HOLIDAY_NAMES)}))?(?:(?P<holiday>{_alt(_HOLIDAY_NAMES)})"
            rf"(?(hq){_chars(V.PLAN_CLOSE_QUOTES)})(?:{_alt(V.HOLIDAY_SUFFIXES)}"
            rf"|(?P<hmod>{_alt(V.HOLIDAY_MODS)})(?!{_chars(V.NOT_AFTER_HOLIDAY_MOD)}))?"
            rf"|(?<![{_ORDINAL}{_CN_NUMERAL}\d])(?P<hq2>{_chars(V.PLAN_OPEN_QUOTES)})?(?P<holiday2>{_alt(V.CONTEXT_HOLIDAYS)})"
            rf"(?(hq2){_chars(V.PLAN_CLOSE_QUOTES)}|[{V.PLAN_CLOSE_QUOTES}]?)(?:{_alt(V.HOLIDAY_CONTEXT_WORDS)})|{_YEAR_WRITTEN}(?P<holiday3>{_alt(V.CONTEXT_HOLIDAYS)})(?![{V.NOT_AFTER_YEAR_HOLIDAY}]))"
        ),
        _holiday,
        key=_chars("".join({name[0] for name in (*_HOLIDAY_NAMES, *V.CONTEXT_HOLIDAYS)})),
    ),
    *rules_holidays.BARE_HOLIDAY_RULES,
    _rule(
        "lunar_date",
        _dated(
            rf"(?:{_YEAR})?(?:(?:{_alt(V.LUNAR_PREFIXES)}){V.OF_WORD}?(?P<leap>{V.LEAP_MONTH_MARK})?"
            rf"(?P<lm>{_LUNAR_MONTH}|\d{{1,2}}){V.MONTH_WORD}(?P<ld>{_MARKED_LUNAR_DAY})?"
            rf"|(?P<leap2>{V.LEAP_MONTH_MARK})(?P<lm2>{_LUNAR_MONTH}){V.MONTH_WORD}(?P<ld5>{_LUNAR_DAY})?"
            rf"|(?P<ln>{_alt(V.LUNAR_MONTH_NAMES)}){V.MONTH_WORD}(?P<ld2>{_LUNAR_DAY})?"
            rf"|(?<![{_CN_NUMERAL}])(?P<lx>{_alt(V.MONTH_NUMERALS)}){V.MONTH_WORD}(?P<ld3>{_MARKING_DAYS})"
            rf"|(?P<ny>{V.NEW_YEAR_DAYS_WORD})(?P<ld4>{_FIRST_DAYS}))"
            rf"(?:{_alt(V.DAY_WORDS)})?",
            tod=True,
        ),
        _lunar_date,
        key=_chars(
            "".join(w[0] for w in V.LUNAR_PREFIXES) + V.LEAP_MONTH_MARK + "".join(V.LUNAR_MONTH_NAMES)
            + V.LUNAR_FIRST_DAYS + V.LUNAR_TWENTIES
        ),
        strict=True,
    ),
    _rule(
        "quarter",
        _dated(
            rf"(?:(?:{_YEAR})?(?:{_ORDINAL}?(?P<q>{_alt(V.QUARTER_NUMBERS)})){_QUARTER_WORDS}"
            rf"|(?:(?<![\d.])(?P<qy>\d{{4}}){V.YEAR_WORD}?|(?<![A-Za-z\d]))"
            rf"{V.QUARTER_LETTER}(?P<qq>[1-4])(?![A-Za-z\d]))"
            rf"(?P<qpart>{_alt(V.QUARTER_PARTS)})?"
        ),
        _quarter,
        key=_chars(V.QUARTER_WORD[0] + V.QUARTER_LETTER),
    ),
    _rule(
        "first_quarters",
        _dated(
            rf"(?:{_YEAR})?{_FIRST_PERIODS}(?P<n>[{_CN_NUMERAL}]|[1-4])"
            rf"{V.MEASURE_WORD}?{V.QUARTER_WORD}"
        ),
        _first_quarters,
        key=V.QUARTER_WORD,
    ),
    _rule(
        "half",
        _dated(
            rf"(?:(?:{_YEAR})?(?:(?P<h>{_chars(''.join(V.HALVES))})|(?P<h2>{_chars(''.join(V.YEAR_HALVES))}))"
            rf"{V.HALF_YEAR_WORD}"
            rf"|(?<![\d.])(?P<hy>\d{{4}}){V.YEAR_WORD}?{V.HALF_LETTER}(?P<hh>[12])(?![A-Za-z\d]))"
        ),
        _half,
        key=_chars(V.HALF_YEAR_WORD[0] + V.HALF_LETTER),
    ),
    _rule(
        "first_months",
        _dated(rf"(?:{_YEAR})?{_FIRST_PERIODS}(?P<n>[{_CN_NUMERAL}]{{1,2}}|\d{{1,2}}){V.MONTHS_WORD}"),
        _first_months,
        key=V.MONTHS_WORD,
    ),
    _rule(
        "year_part",
        _dated(
            rf"(?:(?:{_YEAR})(?:{V.YEAR_WORD}(?={_YEAR_PART}))?|{_BARE_YEAR})(?P<part>{_YEAR_PART})"
            rf"(?!{_chars(V.NOT_AFTER_YEAR_PART)}){_MID_GUARD}|(?P<ye>{_alt(V.YEAR_END_WORDS)})"
        ),
        _year_part,
        key=_chars("".join(V.YEAR_PARTS) + "".join(w[0] for w in V.YEAR_END_WORDS)),
    ),
    _rule(
        "month_part",
        _dated(
            rf"(?:(?:{_YEAR})?{_MONTH}(?:{V.MONTH_WORD}(?={_BARE_MONTH_PART}))?(?P<part>{_MONTH_PART})"
            rf"|{_BARE_MONTH}(?P<bpart>{_BARE_MONTH_PART})"
            rf"|(?P<xpart>{_alt([*V.XUN_WORDS, *V.XUN_SPANS])}))"
            rf"(?!{_chars(V.NOT_AFTER_YEAR_PART)}){_MID_GUARD}"
        ),
        _month_part,
        key=_chars("".join(V.MONTH_PARTS)),
    ),
    *rules_counts.RULES,
    _rule(
        "relative_count",
        rf"(?<!{_ORDINAL})(?P<n>{_COUNT})(?P<unit>{_COUNT_UNIT})(?P<dir>{_COUNT_DIRECTION})",
        _relative_count,
    ),
    _rule(
        "anaphoric_count",
        rf"(?P<dir>{_alt(V.ANAPHORA_PREFIXES)})(?P<n>{_COUNT})(?P<unit>{_COUNT_UNIT})",
        _anaphoric_count,
    ),
    _rule(
        "years_since",
        rf"(?:(?<!{_chars(V.NOT_BEFORE_NEAR)})(?:{_NEAR})(?P<n>{_COUNT}){V.MORE_SUFFIX}?{V.YEAR_WORD}(?:{_SINCE_TAIL})?"
        rf"|{_NOT_AFTER_NEAR}(?P<nn>{_COUNT}){V.MORE_SUFFIX}?{V.YEAR_WORD}(?:{_SINCE_TAIL}))",
        _years_since,
    ),
    _rule(
        "recent_count",
        rf"(?<!{_chars(V.NOT_BEFORE_NEAR)})(?:{_NEAR})(?P<n>{_COUNT})(?P<unit>{_SHORT_COUNT_UNIT})(?:{_SINCE_TAIL})?",
        _recent_count,
    ),
    _rule("recent_years", _alt(V.RECENT_YEAR_WORDS), _recent_years),
    _rule("recent", rf"(?:{_RECENT})(?!{_chars(V.NOT_AFTER_RECENT)})", _recent),
    _rule(
        "whole_year",
        _dated(
            rf"(?:{_YEAR}|(?<!{_chars(V.NOT_BEFORE_WHOLE_YEAR)}))"
            rf"{V.WHOLE_YEAR_WORD}(?!{_chars(V.NOT_AFTER_WHOLE_YEAR)})"
        ),
        _whole_year,
        key=V.WHOLE_YEAR_WORD,
    ),
    _rule(
        "within_year",
        rf"(?<![\d{_CN_NUMERAL}{re.escape(V.NOT_BEFORE_BARE_YEAR)}])(?:{_alt(V.WITHIN_YEAR_WORDS)})",
        _within_year,
    ),
    _rule(
        "present",
        rf"(?:(?<!{_chars(V.NOT_BEFORE_PRESENT)}){V.NOW_WORD}"
        rf"|{_alt(w for w in V.PRESENT_WORDS if w != V.NOW_WORD)})(?!{_alt(V.NOT_AFTER_PRESENT)})",
        _present,
    ),
    _rule(
        "week",
        _dated(
            rf"(?:(?<![{V.DEICTIC_STEPS}])(?P<wk>{_alt(V.DEICTIC_WEEKS)})(?:{_alt(V.WEEK_WORDS)})(?P<wd>{_WEEKDAY})?"
            rf"|(?<![\d{re.escape(V.NOT_BEFORE_BARE_WEEKDAY)}])(?:{_alt(V.WEEK_WORDS)})(?P<wdb>{_WEEKDAY}))"
            rf"(?:(?<={_WEEKDAY})|(?!{_chars(V.NOT_AFTER_WEEK)}))"  # 周到 is a word, 周一到周五 a range
            rf"(?<!天(?={_chars(V.NOT_AFTER_SUNDAY_TIAN)}))"  # 下周天气 is next week's weather
            # 周四(17日), 下周一（21日）: the day number in brackets belongs to the weekday
            rf"(?:(?<={_WEEKDAY})[{V.WEEKDAY_OPEN}](?P<wdn>\d{{1,2}})[{''.join(V.DAY_WORDS)}]?[{V.WEEKDAY_CLOSE}])?",
            tod=True,
        ),
        _week,
    ),
    _rule(
        "set",
        rf"{V.SET_PREFIX}(?:(?P<unit>{_alt(V.SET_UNITS)})"
        rf"(?:{_unnamed(_MONTH)}(?:{_unnamed(_DAY)}|{_unnamed(_LUNAR_DAY)})?|{_unnamed(_DAY)}"
        rf"|(?<=[{_WEEK_CHARS}]){_WEEKDAY}(?:{_SEP}(?:{_alt(V.WEEK_WORDS)})?{_WEEKDAY})?)?"
        rf"|(?P<occasion>{_chars(''.join(V.SET_OCCASIONS))}))",
        _set,
    ),
    _rule("calendar", _dated(rf"{_YEAR}(?:{_MONTH}(?:{_DAY}{_WEEKDAY_TAIL})?)?", tod=True), _calendar),
    _rule("month_day", _dated(rf"{_MONTH}(?:{_DAY}{_WEEKDAY_TAIL})?", tod=True), _calendar),
    _rule(
        "numbered_day",
        _dated(
            rf"(?P<nw>{_chars(''.join(V.NUMBERED_DAY_WORDS))})[{V.WEEKDAY_OPEN}]"
            rf"(?P<nn>\d{{1,2}}|{_alt(V.DAY_NUMERALS)})(?P<inner>{V.DAY_WORDS[0]})?"
            rf"[{V.WEEKDAY_CLOSE}](?(inner)|{V.DAY_WORDS[0]})",
            tod=True,
        ),
        _numbered_day,
    ),
    _rule(
        "day_word",
        _dated(
            rf"(?<!{_chars(V.NOT_BEFORE_DEICTIC)})(?!(?<={_chars(V.NOT_BEFORE_FORMER)})前)"
            rf"(?!(?<={_chars(V.NOT_BEFORE_TOMORROW)}){V.TOMORROW_HEAD})"
            rf"(?!{V.FORMER_DAY}{_chars(V.NOT_AFTER_FORMER_DAY)})"
            rf"(?!(?<={_chars(V.NOT_BEFORE_IMMEDIATE_DAY)}){V.IMMEDIATE_DAY})"
            rf"{_NOT_DOUBLED}(?P<dw>{_alt([*V.DEICTIC_DAYS, *_PLAIN_ANAPHORIC_DAYS])}|{_CLASSICAL_DAY})"
            rf"(?!(?<={_alt(V.NEXT_DAY_WORDS)}){_alt(V.NOT_AFTER_NEXT_DAY)})"
            rf"(?!{_alt(V.NOT_AFTER_DAY_WORD)})(?!(?<={'|'.join(V.NOT_BEFORE_TALENT_HEAD)}){V.TALENT_HEAD})",
            tod=True,
        ),
        _day_word,
    ),
    _rule(
        "bare_yesterday",
        _dated(
            rf"(?<![{re.escape(V.NOT_BEFORE_DEICTIC + V.NOT_BEFORE_BARE_YESTERDAY)}]){V.BARE_YESTERDAY}"
            rf"(?!{_chars(V.NOT_AFTER_BARE_YESTERDAY)})",
            tod=True,
        ),
        _bare_yesterday,
    ),
    _rule(
        "bare_day",
        _dated(
            rf"(?<![\d.{_ORDINAL}{V.MONTH_WORD}{re.escape(V.NOT_BEFORE_BARE_DAY)}])"
            rf"(?:(?<![{HAN}])|(?<=[{V.BARE_DAY_NUMBER_LEADS}])|(?=\d{{1,2}}(?!\d)[{V.DATE_BLANKS}]*{_DATE_ONLY_DAY_WORDS}))"
            rf"(?P<dn>\d{{1,2}}){_BLANK}{_DAY_END}{_NOT_YEN}(?!\s*{_chars(V.NAME_CLOSERS)})"
            + _WEEKDAY_TAIL,
            tod=True,
        ),
        _bare_day,
    ),
    _rule(
        "duration",
        rf"(?<!{_ORDINAL})(?:(?P<n>{_COUNT})(?:\s*{_chars(V.DURATION_SEPARATORS)}\s*(?P<n2>{_COUNT}))?"
        rf"(?P<unit>{_alt(V.DURATION_UNITS)})(?:{_alt(V.DURATION_TAILS)})?|(?P<half>{_alt(V.HALF_DURATIONS)}))",
        _duration,
    ),
)
