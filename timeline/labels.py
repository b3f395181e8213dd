"""Chinese display vocabulary of the exports: date precision labels, event types, statuses.

Data only, so a reader can change a label without reading the code that applies these tables
(`timeline.dates.date_label` builds "2026年第一季度" from `QUARTER_NAMES` and `DATE_PATTERNS`;
`timeline.export` uses the rest).
"""

from __future__ import annotations

__all__ = [
    "DATE_PATTERNS",
    "ENTITY_WITH_ROLE",
    "HALF_NAMES",
    "HTML_WORDS",
    "LIST_SEPARATOR",
    "MOD_WORDS",
    "QUARTER_NAMES",
    "RANGE_JOINER",
    "REPORT_PLACED",
    "ROLE_LABELS",
    "SEASON_NAMES",
    "STATUS_LABELS",
    "STATUS_MARK",
    "TYPE_LABELS",
    "UNDATED",
    "XUN_NAMES",
]

# One pattern per grain; fields are filled by `timeline.dates.date_label`.
DATE_PATTERNS: dict[str, str] = {
    "day": "{year}年{month}月{day}日",
    "month": "{year}年{month}月",
    "xun": "{year}年{month}月{xun}",
    "week": "{year}年第{week}周",
    "quarter": "{year}年{quarter}",
    "half": "{year}年{half}",
    "season": "{year}年{season}",
    "year": "{year}年",
    "multi-year": "{year}—{end_year}年",
    # The right end of a range within one month (2025年6月10日至12日) and part of a period (年初, 12月初).
    "day_of_month": "{day}日",
    "part_of_year": "{year}{part}",
    "part_of_month": "{year}年{month}{part}",
}

# Quarter number (1–4) to its name.
QUARTER_NAMES: dict[int, str] = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度"}

# Half number (1, 2) to its name.
HALF_NAMES: dict[int, str] = {1: "上半年", 2: "下半年"}

# First month of a season to its name (winter runs December to February).
SEASON_NAMES: dict[int, str] = {3: "春季", 6: "夏季", 9: "秋季", 12: "冬季"}

# First day of a xun (ten-day period) to its name.
XUN_NAMES: dict[int, str] = {1: "上旬", 11: "中旬", 21: "下旬"}

# Modifiers of dates (see spec/dates.md): how each is written around a label.
# `year` and `month` give the words for the part of a year or a month (年初 / 月初).
MOD_WORDS: dict[str, dict[str, str]] = {
    "START": {"year": "年初", "month": "月初"},
    "MID": {"year": "年中", "month": "月中"},
    "END": {"year": "年底", "month": "月底"},
    "BEFORE": {"suffix": "前"},
    "SINCE": {"suffix": "以来"},
    "AFTER": {"suffix": "以后"},
    "APPROX": {"prefix": "约"},
}

# Between the two ends of a range label: 2025年3月至5月.
RANGE_JOINER = "至"

# The label of an event without a date.
UNDATED = "日期不详"

# The label of an event whose text gives no date, placed on the timeline by its earliest report.
REPORT_PLACED = "报道于 {date}，原文未给出日期"

# Event types (timeline.model.EVENT_TYPES) in Chinese, for legends and tables.
TYPE_LABELS: dict[str, str] = {
    "opening": "揭牌启用",
    "founding": "成立组建",
    "policy_release": "政策发布",
    "approval": "批复认定",
    "construction": "开工建设",
    "production": "量产投产",
    "signing": "签约落地",
    "meeting": "会议活动",
    "breakthrough": "技术突破",
    "announcement": "宣布披露",
    "other": "其他",
}

# Event statuses (timeline.model.STATUSES) in Chinese.
STATUS_LABELS: dict[str, str] = {
    "occurred": "已发生",
    "planned": "计划",
    "ongoing": "进行中",
}

# Before the headline of an event that has not (yet) happened: 【计划】… (TimelineJS slides).
STATUS_MARK = "【{status}】"

# Words of the HTML timeline page (`timeline.export.to_html`); `{visible}`/`{total}` are filled by its script.
HTML_WORDS: dict[str, str] = {
    "filter_label": "筛选",
    "filter_placeholder": "实体名称、简称或摘要文字，如 实验室、加氢站",
    "count": "显示 {visible} / {total} 个事件",
    "legend": "事件类型",
    "legend_hint": "点击隐藏或显示此类事件",
    "source_count": "{n} 条来源",
    "estimated": "（发布日期为估计）",
    "planned_date": "原计划：{label}",
    "entities": "相关实体：{names}",
    "generated": "由 timeline 生成",
    "title": "时间线",
    "entity_title": "{entity} 时间线",
    "seeds_title": "成渝科技创新 时间线",
}

# Between the items of a list (entities, aliases), and an entity with its role.
LIST_SEPARATOR = "、"
ENTITY_WITH_ROLE = "{name}（{role}）"

# Entity roles (timeline.model.ROLES) in Chinese.
ROLE_LABELS: dict[str, str] = {
    "subject": "主体",
    "object": "对象",
    "location": "地点",
    "owner": "所属",
}
