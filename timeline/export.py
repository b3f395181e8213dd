"""Exports of stored events: JSON, CSV, Markdown, an aligned text table, TimelineJS and one HTML page.

Every function takes a sequence of `StoredEvent` (what `Timeline.milestones` returns) and
returns a string, so the library and the `timeline` command share them:

    >>> from timeline import Timeline                                    # doctest: +SKIP
    >>> from timeline.export import to_html
    >>> with Timeline("sqlite:///timeline.db") as tl:                    # doctest: +SKIP
    ...     page = to_html(tl.milestones(entity="重庆大学"), title="重庆大学")

Dates are shown with their precision: `date_label` writes "2025年12月" for a month and
"2025年12月20日" for a day, and `edtf` gives the Extended Date/Time Format string.

JSON schema (`schema_version` 1), one object per event:

- `id`, `type`, `type_label`, `trigger`, `status`, `planned` (true when `status` is
  "planned"), `summary`, `confidence`, `merge_note`;
- `date`: null for an undated event, else `text` (the words), `start`/`end` (inclusive ISO
  days), `grain`, `value` (TIMEX3: 2025-12-20, 2025-12, 2026-Q1, 2026-H1, 2025-W47, 2024/2027),
  `edtf` (see `edtf`), `mod`, `kind` and `label` (the Chinese precision label);
- `planned_date`: null, or `start`/`end`/`value`/`label` of the date an earlier article gave
  when it reported the event as planned;
- `entities`: `name`, `type`, `role`;
- `sources`: `article_id`, `source`, `title`, `pub_date`, `pub_date_estimated`, `sentence`,
  `summary`, `start_char`, `end_char` (offsets of the clause in the article), `date_text`,
  `status`.

EDTF strings: a day `2025-12-20`, a month `2025-12`, a year `2025`, a quarter `2026-33`
(EDTF level 2 sub-year groupings: 33–36 quarters, 40–41 halves, 21–24 spring to winter);
weeks, xun, ranges, multi-year periods and fuzzy periods are intervals `start/end` written at
the coarsest precision that states them exactly (`2021/2025`, `2025-03/2025-05`,
`2025-12-01/2025-12-10`). Modifiers: `APPROX` adds the `~` qualifier to each end
(`2026-01-01~/2026-01-30~`); `BEFORE` ("X前") is the open-start interval ending with X
(`../2025-12-31`), `AFTER` the open-end interval starting with X (`2025-12/..`); `SINCE`
("X以来") is already the closed interval from X to the publication day.
"""

from __future__ import annotations

import calendar
import codecs
import csv
import datetime as _dt
import html
import io
import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Protocol

from timeline.labels import (
    DATE_PATTERNS,
    ENTITY_WITH_ROLE,
    HALF_NAMES,
    HTML_WORDS,
    LIST_SEPARATOR,
    MOD_WORDS,
    QUARTER_NAMES,
    RANGE_JOINER,
    ROLE_LABELS,
    SEASON_NAMES,
    STATUS_LABELS,
    TYPE_LABELS,
    UNDATED,
    XUN_NAMES,
)
from timeline.model import StoredEvent

__all__ = [
    "CSV_COLUMNS",
    "JSON_SCHEMA_VERSION",
    "align_columns",
    "date_label",
    "display_width",
    "edtf",
    "to_csv",
    "to_html",
    "to_json",
    "to_markdown",
    "to_table",
    "to_timelinejs",
]

JSON_SCHEMA_VERSION = 1

CSV_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "grain",
    "value",
    "edtf",
    "mod",
    "kind",
    "date_text",
    "type",
    "status",
    "subject",
    "entities",
    "summary",
    "trigger",
    "sources",
    "sentence",
    "planned_value",
)

# One colour per event type for the HTML page (colour-blind-safe where possible).
TYPE_COLOURS: dict[str, str] = {
    "opening": "#1b9e77",
    "founding": "#d95f02",
    "policy_release": "#7570b3",
    "approval": "#e7298a",
    "construction": "#a6761d",
    "production": "#1f78b4",
    "signing": "#66a61e",
    "meeting": "#e6ab02",
    "breakthrough": "#b2182b",
    "announcement": "#17becf",
    "other": "#666666",
}
_FALLBACK_COLOUR = "#666666"

# EDTF level 2 sub-year groupings: first quarter, first half, first season (spring).
_EDTF_QUARTER_BASE = 32
_EDTF_HALF_BASE = 39
_EDTF_SEASON_CODES = {3: 21, 6: 22, 9: 23, 12: 24}


class Dated(Protocol):
    """Anything with an interval, a grain and a modifier: a `StoredEvent` or a `TimeExpr`."""

    @property
    def start(self) -> _dt.date | None: ...
    @property
    def end(self) -> _dt.date | None: ...
    @property
    def grain(self) -> str | None: ...
    @property
    def mod(self) -> str | None: ...
    @property
    def kind(self) -> str | None: ...


# --------------------------------------------------------------------------- periods


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _xun_start(day: _dt.date) -> int:
    return 1 if day.day <= 10 else 11 if day.day <= 20 else 21


def _season_start(day: _dt.date) -> _dt.date:
    """First day of the season containing `day`: Mar, Jun, Sep or Dec (winter runs into February)."""
    if day.month in (1, 2):
        return _dt.date(day.year - 1, 12, 1)
    return _dt.date(day.year, 3 * (day.month // 3), 1)


def _period(day: _dt.date, grain: str) -> tuple[_dt.date, _dt.date] | None:
    """The calendar period of `grain` that contains `day`, or None for a grain without one."""
    year, month = day.year, day.month
    if grain == "day":
        return day, day
    if grain == "week":
        monday = day - _dt.timedelta(days=day.weekday())
        return monday, monday + _dt.timedelta(days=6)
    if grain == "xun":
        first = _xun_start(day)
        last = _month_end(year, month) if first == 21 else _dt.date(year, month, first + 9)
        return _dt.date(year, month, first), last
    if grain == "month":
        return _dt.date(year, month, 1), _month_end(year, month)
    if grain == "quarter":
        first = 3 * ((month - 1) // 3) + 1
        return _dt.date(year, first, 1), _month_end(year, first + 2)
    if grain == "half":
        first = 1 if month <= 6 else 7
        return _dt.date(year, first, 1), _month_end(year, first + 5)
    if grain == "season":
        first_day = _season_start(day)
        last_month = first_day + _dt.timedelta(days=62)  # two months on: Feb, May, Aug or Nov
        return first_day, _month_end(last_month.year, last_month.month)
    if grain == "year":
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    return None


def _is_period(start: _dt.date, end: _dt.date, grain: str) -> bool:
    if grain == "multi-year":
        return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and end.year > start.year
    return _period(start, grain) == (start, end)


def _aligned_grain(start: _dt.date, end: _dt.date, grain: str | None) -> str:
    """The grain that writes both ends of `start..end` exactly: `grain` if it fits, else year/month/day."""
    for candidate in (grain, "year", "month"):
        if candidate is None:
            continue
        head, tail = _period(start, candidate), _period(end, candidate)
        if head is not None and tail is not None and head[0] == start and tail[1] == end:
            return candidate
    return "day"


def _start_unit(day: _dt.date) -> str:
    """The coarsest of year/month/day that `day` can be the start of."""
    if (day.month, day.day) == (1, 1):
        return "year"
    return "month" if day.day == 1 else "day"


# --------------------------------------------------------------------------- Chinese labels


def _period_label(day: _dt.date, grain: str, end: _dt.date | None = None) -> str:
    fields: dict[str, Any] = {"year": day.year, "month": day.month, "day": day.day}
    if grain == "week":
        iso = day.isocalendar()
        fields.update(year=iso.year, week=iso.week)
    elif grain == "xun":
        fields["xun"] = XUN_NAMES[_xun_start(day)]
    elif grain == "quarter":
        fields["quarter"] = QUARTER_NAMES[(day.month - 1) // 3 + 1]
    elif grain == "half":
        fields["half"] = HALF_NAMES[1 if day.month <= 6 else 2]
    elif grain == "season":
        first = _season_start(day)
        fields.update(year=first.year, season=SEASON_NAMES[first.month])
    elif grain == "multi-year":
        fields["end_year"] = (end or day).year
    return DATE_PATTERNS[grain].format(**fields)


_PART_MODS = ("START", "MID", "END")


def _part_of_period(start: _dt.date, end: _dt.date, mod: str | None) -> str | None:
    """年初/年中/年底 or 月初/月中/月底 when `mod` says so or the interval has that shape."""
    if start.year != end.year:
        return None
    if mod in _PART_MODS and start.month == end.month:
        return DATE_PATTERNS["part_of_month"].format(
            year=start.year, month=start.month, part=MOD_WORDS[mod]["month"]
        )
    part = mod if mod in _PART_MODS else _year_part(start, end)
    return (
        None
        if part is None
        else DATE_PATTERNS["part_of_year"].format(year=start.year, part=MOD_WORDS[part]["year"])
    )


def _year_part(start: _dt.date, end: _dt.date) -> str | None:
    year = start.year
    shapes = {
        "START": (_dt.date(year, 1, 1), _month_end(year, 2)),
        "MID": (_dt.date(year, 6, 1), _dt.date(year, 7, 31)),
        "END": (_dt.date(year, 11, 1), _dt.date(year, 12, 31)),
    }
    return next((name for name, shape in shapes.items() if shape == (start, end)), None)


def _range_label(start: _dt.date, end: _dt.date, grain: str | None) -> str:
    unit = _aligned_grain(start, end, grain)
    left = _period_label(start, unit)
    right = _period_label(end, unit)
    if left == right:
        return left
    year_prefix = DATE_PATTERNS["year"].format(year=start.year)
    if unit == "day" and (end.year, end.month) == (start.year, start.month):
        right = DATE_PATTERNS["day_of_month"].format(day=end.day)
    elif end.year == start.year and right.startswith(year_prefix) and unit != "week":
        right = right[len(year_prefix) :]
    return f"{left}{RANGE_JOINER}{right}"


def date_label(dated: Dated) -> str:
    """The Chinese label of a date at its own precision, for tables, Markdown and HTML.

    Works on a `StoredEvent` or a `TimeExpr`; an event without a date is "日期不详".

        >>> import datetime as dt
        >>> from timeline.dates import TimeExpr
        >>> q1 = TimeExpr("一季度", 0, 3, dt.date(2026, 1, 1), dt.date(2026, 3, 31), "quarter", "2026-Q1")
        >>> date_label(q1)
        '2026年第一季度'
    """
    start, end, grain, mod = dated.start, dated.end, dated.grain, dated.mod
    if start is None or end is None:
        return UNDATED
    if mod == "SINCE":
        unit = grain if grain not in (None, "multi-year") else _start_unit(start)
        return _period_label(start, unit or "day") + MOD_WORDS["SINCE"]["suffix"]
    part = None if dated.kind == "range" else _part_of_period(start, end, mod)
    if part is not None:
        label = part
    elif grain is not None and dated.kind != "range" and _is_period(start, end, grain):
        label = _period_label(start, grain, end)
    else:
        label = _range_label(start, end, grain)
    words = MOD_WORDS.get(mod or "", {})
    return words.get("prefix", "") + label + words.get("suffix", "")


# --------------------------------------------------------------------------- EDTF


def _edtf_point(day: _dt.date, unit: str) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def edtf(dated: Dated) -> str | None:
    """The Extended Date/Time Format (ISO 8601-2) string of a date, or None when it has no interval.

    >>> import datetime as dt
    >>> from timeline.dates import TimeExpr
    >>> q1 = TimeExpr("一季度", 0, 3, dt.date(2026, 1, 1), dt.date(2026, 3, 31), "quarter", "2026-Q1")
    >>> edtf(q1)
    '2026-33'
    """
    start, end, grain, mod = dated.start, dated.end, dated.grain, dated.mod
    if start is None or end is None:
        return None
    single: str | None = None
    if grain is not None and dated.kind != "range" and _is_period(start, end, grain):
        if grain in ("day", "month", "year"):
            single = _edtf_point(start, grain)
        elif grain == "quarter":
            single = f"{start.year:04d}-{_EDTF_QUARTER_BASE + (start.month - 1) // 3 + 1}"
        elif grain == "half":
            single = f"{start.year:04d}-{_EDTF_HALF_BASE + (1 if start.month <= 6 else 2)}"
        elif grain == "season":
            single = f"{start.year:04d}-{_EDTF_SEASON_CODES[start.month]}"
    if single is not None:
        head = tail = single
    else:
        unit = _aligned_grain(start, end, None)
        head, tail = _edtf_point(start, unit), _edtf_point(end, unit)
    if mod == "APPROX":
        head, tail = head + "~", tail + "~"
    if mod == "BEFORE":
        return f"../{tail}"
    if mod == "AFTER":
        return f"{head}/.."
    return head if head == tail else f"{head}/{tail}"


# --------------------------------------------------------------------------- JSON


def _date_json(event: StoredEvent) -> dict[str, Any] | None:
    if event.start is None or event.end is None:
        return None
    return {
        "text": event.date_text,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "grain": event.grain,
        "value": event.value,
        "edtf": edtf(event),
        "mod": event.mod,
        "kind": event.kind,
        "label": date_label(event),
    }


class _Interval(NamedTuple):
    """A bare interval (a planned date) dated at whatever precision its ends allow."""

    start: _dt.date | None
    end: _dt.date | None
    grain: str | None = None
    mod: str | None = None
    kind: str | None = "date"


def _planned_json(event: StoredEvent) -> dict[str, Any] | None:
    if event.planned_start is None or event.planned_end is None:
        return None
    return {
        "start": event.planned_start.isoformat(),
        "end": event.planned_end.isoformat(),
        "value": event.planned_value,
        "label": date_label(_Interval(event.planned_start, event.planned_end)),
    }


def _event_json(event: StoredEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "type_label": TYPE_LABELS.get(event.type, event.type),
        "trigger": event.trigger,
        "status": event.status,
        "planned": event.status == "planned",
        "summary": event.summary,
        "confidence": event.confidence,
        "date": _date_json(event),
        "planned_date": _planned_json(event),
        "merge_note": event.merge_note,
        "entities": [{"name": e.name, "type": e.type, "role": e.role} for e in event.entities],
        "sources": [
            {
                "article_id": s.article_id,
                "source": s.source,
                "title": s.title,
                "pub_date": s.pub_date.isoformat(),
                "pub_date_estimated": s.pub_date_estimated,
                "sentence": s.sentence,
                "summary": s.summary,
                "start_char": s.start_char,
                "end_char": s.end_char,
                "date_text": s.date_text,
                "status": s.status,
            }
            for s in event.sources
        ],
    }


def to_json(events: Iterable[StoredEvent], *, indent: int | None = 2) -> str:
    """The events as a JSON document `{"schema", "schema_version", "events": [...]}` (see module doc).

    >>> import json
    >>> json.loads(to_json([]))["schema_version"]
    1
    """
    document = {
        "schema": "timeline.events",
        "schema_version": JSON_SCHEMA_VERSION,
        "events": [_event_json(e) for e in events],
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------- CSV


def _entities_cell(event: StoredEvent) -> str:
    return "; ".join(f"{e.name} ({e.type}/{e.role})" for e in event.entities)


def _csv_row(event: StoredEvent) -> list[Any]:
    subject = event.subject
    return [
        event.id,
        date_label(event),
        event.start.isoformat() if event.start else "",
        event.end.isoformat() if event.end else "",
        event.grain or "",
        event.value or "",
        edtf(event) or "",
        event.mod or "",
        event.kind or "",
        event.date_text or "",
        event.type,
        event.status,
        subject.name if subject else "",
        _entities_cell(event),
        event.summary,
        event.trigger,
        "; ".join(f"{s.source} {s.pub_date.isoformat()} {s.article_id}".strip() for s in event.sources),
        event.sources[0].sentence if event.sources else "",
        event.planned_value or "",
    ]


def to_csv(events: Iterable[StoredEvent], *, bom: bool = False) -> str:
    """The events as CSV text (UTF-8, one header row); `bom=True` starts it with a BOM for Excel.

    >>> to_csv([]).splitlines()[0].startswith("id,date,start,end")
    True
    """
    buffer = io.StringIO(newline="")
    if bom:
        buffer.write(codecs.BOM_UTF8.decode("utf-8"))
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_row(e) for e in events)
    return buffer.getvalue()


# --------------------------------------------------------------------------- Markdown


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def to_markdown(events: Iterable[StoredEvent]) -> str:
    """The events as a GitHub-flavoured Markdown table (pipes escaped, line breaks flattened).

    >>> to_markdown([]).splitlines()[0]
    '| date | type | status | subject | summary | source |'
    """
    lines = ["| date | type | status | subject | summary | source |", "| --- | --- | --- | --- | --- | --- |"]
    for event in events:
        subject = event.subject
        source = event.sources[0] if event.sources else None
        cells = [
            date_label(event),
            event.type,
            event.status,
            subject.name if subject else "",
            event.summary,
            f"{source.source} {source.pub_date.isoformat()}" if source else "",
        ]
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- text table


def display_width(text: str) -> int:
    """Terminal columns of `text`: wide and full-width characters (CJK) take two.

    >>> display_width("重庆ab")
    6
    """
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _fit(text: str, width: int) -> str:
    """`text` cut to at most `width` columns (with '…'), then padded with spaces to `width`."""
    text = " ".join(text.split())
    if display_width(text) > width:
        kept, used = [], 0
        for char in text:
            used += display_width(char)
            if used > width - 1:
                break
            kept.append(char)
        text = "".join(kept) + "…"
    return text + " " * (width - display_width(text))


def align_columns(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, widths: Sequence[int] | None = None
) -> str:
    """Rows as text columns two spaces apart, aligned by terminal width (CJK counts double).

    `widths` fixes each column's width; longer cells are cut with '…'.

        >>> print(align_columns(["名称", "n"], [["重庆", "1"], ["ab", "22"]]).rstrip())
        名称  n
        重庆  1
        ab    22
    """
    table = [list(header), *([" ".join(str(cell).split()) for cell in row] for row in rows)]
    if widths is None:
        widths = [max(display_width(row[i]) for row in table) for i in range(len(header))]
    lines = []
    for row in table:
        lines.append("  ".join(_fit(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


def to_table(events: Sequence[StoredEvent], *, max_width: int | None = None) -> str:
    """An aligned text table (date, type, status, subject, summary), CJK-width aware.

    With `max_width` (terminal columns) subjects and summaries are cut to fit, marked with '…'.

        >>> print(to_table([]).rstrip())
        date  type  status  subject  summary
    """
    header = ("date", "type", "status", "subject", "summary")
    rows = [
        (date_label(e), e.type, e.status, e.subject.name if e.subject else "", " ".join(e.summary.split()))
        for e in events
    ]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    if max_width is not None:
        widths[3] = min(widths[3], 24)
        fixed = sum(widths[:4]) + 2 * 4
        widths[4] = max(display_width(header[4]), min(widths[4], max_width - fixed))
    return align_columns(header, rows, widths=widths)


# --------------------------------------------------------------------------- TimelineJS


def _tljs_date(day: _dt.date, unit: str) -> dict[str, int]:
    date = {"year": day.year}
    if unit in ("month", "day"):
        date["month"] = day.month
    if unit == "day":
        date["day"] = day.day
    return date


def _sources_html(event: StoredEvent) -> str:
    items = []
    for s in event.sources:
        origin = " ".join(part for part in (s.source, s.title, s.pub_date.isoformat()) if part)
        items.append(f"<p><q>{html.escape(s.sentence)}</q><br><small>{html.escape(origin)}</small></p>")
    return "".join(items)


def to_timelinejs(events: Iterable[StoredEvent], *, title: str = "Timeline") -> str:
    """A Knight Lab TimelineJS3 JSON document; undated events are left out (TimelineJS needs a start).

    >>> import json
    >>> json.loads(to_timelinejs([], title="成渝"))["title"]["text"]["headline"]
    '成渝'
    """
    slides = []
    for event in events:
        if event.start is None or event.end is None:
            continue
        unit = _aligned_grain(event.start, event.end, None)
        slide: dict[str, Any] = {
            "unique_id": f"event-{event.id}",
            "start_date": _tljs_date(event.start, unit),
            "text": {"headline": html.escape(event.summary), "text": _sources_html(event)},
            "group": TYPE_LABELS.get(event.type, event.type),
            "display_date": date_label(event),
        }
        if event.end != event.start:
            slide["end_date"] = _tljs_date(event.end, unit)
        slides.append(slide)
    document = {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": slides}
    return json.dumps(document, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------- HTML

_CSS = """
:root { --ink: #222; --muted: #666; --line: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; color: var(--ink); background: #fafafa; line-height: 1.55;
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC",
  "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
header { max-width: 60rem; margin: 0 auto 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
.controls { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
.controls input { font: inherit; padding: .35rem .6rem; min-width: 18rem;
  border: 1px solid #999; border-radius: 4px; }
#count { color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: .75rem 0 0; padding: 0; list-style: none;
  font-size: .9rem; }
.legend button { font: inherit; padding: 0; border: 0; background: none; color: inherit; cursor: pointer; }
.legend button::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem;
  border-radius: 2px; background: var(--c); vertical-align: -1px; }
.legend button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
main { max-width: 60rem; margin: 0 auto; }
section.year { position: relative; margin: 0 0 1.5rem; }
section.year h2 { font-size: 1.3rem; margin: 0 0 .5rem; }
ol.events { list-style: none; margin: 0; padding: 0 0 0 1.6rem; border-left: 3px solid var(--line); }
li.event { position: relative; margin: 0 0 .9rem; padding: .6rem .8rem; background: #fff;
  border: 2px solid var(--c); border-left-width: 6px; border-radius: 6px; }
li.event::before { content: ""; position: absolute; left: -2.25rem; top: .9rem; width: .9rem; height: .9rem;
  border-radius: 50%; background: var(--c); border: 2px solid #fff; }
li.event.planned { border-style: dashed; background: #fdfdfd; }
li.event.planned::before { background: #fff; border: 2px dashed var(--c); }
li.event[hidden], section.year[hidden] { display: none; }
.when { font-weight: bold; }
.badge { display: inline-block; margin-left: .4rem; padding: 0 .4rem; font-size: .8rem; font-weight: normal;
  border-radius: 3px; color: #fff; background: var(--c); }
.badge.status { color: var(--ink); background: #eee; border: 1px dashed #888; }
.summary { margin: .2rem 0; }
.who, .note { font-size: .85rem; color: var(--muted); }
details { margin-top: .3rem; font-size: .9rem; }
details blockquote { margin: .3rem 0 .3rem .5rem; padding-left: .6rem; border-left: 3px solid var(--line); }
details cite { display: block; font-style: normal; color: var(--muted); font-size: .8rem; }
footer { max-width: 60rem; margin: 2rem auto 0; color: var(--muted); font-size: .8rem; }
"""

_JS = """
(function () {
  var input = document.getElementById("filter");
  var counter = document.getElementById("count");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var years = Array.prototype.slice.call(document.querySelectorAll("section.year"));
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".legend button"));
  var hiddenTypes = {};
  function apply() {
    var query = input.value.trim().toLowerCase();
    var visible = 0;
    events.forEach(function (event) {
      var shown = (!query || event.getAttribute("data-entities").toLowerCase().indexOf(query) !== -1)
        && !hiddenTypes[event.getAttribute("data-type")];
      event.hidden = !shown;
      if (shown) { visible += 1; }
    });
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", hiddenTypes[button.getAttribute("data-type")] ? "false" : "true");
    });
    years.forEach(function (year) { year.hidden = !year.querySelector("li.event:not([hidden])"); });
    document.body.setAttribute("data-visible-count", String(visible));
    counter.textContent = counter.getAttribute("data-template")
      .replace("{visible}", visible).replace("{total}", events.length);
  }
  function readHash() {
    var filter = /(?:^#|&)filter=([^&]*)/.exec(window.location.hash);
    var hide = /(?:^#|&)hide=([^&]*)/.exec(window.location.hash);
    input.value = filter ? decodeURIComponent(filter[1].replace(/\\+/g, " ")) : "";
    hiddenTypes = {};
    if (hide) {
      decodeURIComponent(hide[1]).split(",").forEach(function (type) { hiddenTypes[type] = true; });
    }
  }
  function writeHash() {
    var parts = [];
    if (input.value) { parts.push("filter=" + encodeURIComponent(input.value)); }
    var hidden = Object.keys(hiddenTypes).filter(function (type) { return hiddenTypes[type]; });
    if (hidden.length) { parts.push("hide=" + encodeURIComponent(hidden.join(","))); }
    try {
      window.history.replaceState(null, "", parts.length ? "#" + parts.join("&")
        : window.location.pathname + window.location.search);
    } catch (ignored) { /* file: pages may refuse history updates; filtering still works */ }
  }
  input.addEventListener("input", function () { apply(); writeHash(); });
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var type = button.getAttribute("data-type");
      hiddenTypes[type] = !hiddenTypes[type];
      apply();
      writeHash();
    });
  });
  window.addEventListener("hashchange", function () { readHash(); apply(); });
  readHash();
  apply();
})();
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _event_html(event: StoredEvent) -> str:
    colour = TYPE_COLOURS.get(event.type, _FALLBACK_COLOUR)
    planned = event.status == "planned"
    names = "|".join(dict.fromkeys(e.name for e in event.entities))
    badges = f'<span class="badge">{_esc(TYPE_LABELS.get(event.type, event.type))}</span>'
    if event.status != "occurred":
        badges += f'<span class="badge status">{_esc(STATUS_LABELS.get(event.status, event.status))}</span>'
    parts = [
        f'<li class="event type-{_esc(event.type)}{" planned" if planned else ""}" id="event-{event.id}"'
        f' style="--c: {colour}" data-type="{_esc(event.type)}" data-status="{_esc(event.status)}"'
        f' data-entities="{_esc(names)}">',
        f'<div class="when"><time datetime="{_esc(edtf(event) or "")}">{_esc(date_label(event))}</time>'
        f"{badges}</div>",
        f'<p class="summary">{_esc(event.summary)}</p>',
    ]
    if event.entities:
        names = LIST_SEPARATOR.join(
            ENTITY_WITH_ROLE.format(name=e.name, role=ROLE_LABELS.get(e.role, e.role)) for e in event.entities
        )
        parts.append(f'<div class="who">{_esc(HTML_WORDS["entities"].format(names=names))}</div>')
    if event.planned_start is not None and event.planned_end is not None:
        label = date_label(_Interval(event.planned_start, event.planned_end))
        parts.append(f'<div class="note">{_esc(HTML_WORDS["planned_date"].format(label=label))}</div>')
    if event.sources:
        count = HTML_WORDS["source_count"].format(n=len(event.sources))
        parts.append(f"<details><summary>{_esc(count)}</summary>")
        for s in event.sources:
            origin = " · ".join(part for part in (s.source, s.title, s.pub_date.isoformat()) if part)
            if s.pub_date_estimated:
                origin += HTML_WORDS["estimated"]
            parts.append(f"<blockquote>{_esc(s.sentence)}<cite>{_esc(origin)}</cite></blockquote>")
        parts.append("</details>")
    parts.append("</li>")
    return "".join(parts)


def to_html(events: Iterable[StoredEvent], *, title: str = "Timeline") -> str:
    """One self-contained HTML page: a vertical timeline grouped by year, with a legend and a filter.

    No network is needed to open it (inline CSS and script, system CJK fonts). Planned events
    are dashed and labelled; each event's sources open on click; a click on a legend entry hides
    or shows that type. `page.html#filter=NAME&hide=TYPE,TYPE` opens the page filtered by
    entity and without those types; the script keeps `data-visible-count` on `<body>`.

        >>> "<!DOCTYPE html>" in to_html([], title="成渝")
        True
    """
    events = list(events)
    by_year: dict[str, list[StoredEvent]] = {}
    for event in events:
        key = str(event.start.year) if event.start else UNDATED
        by_year.setdefault(key, []).append(event)
    # Years in order (events keep their order inside a year); undated events close the page.
    ordered = sorted(by_year, key=lambda year: (year == UNDATED, year))
    sections = []
    for year in ordered:
        members = by_year[year]
        items = "\n".join(_event_html(e) for e in members)
        heading = DATE_PATTERNS["year"].format(year=year) if year != UNDATED else UNDATED
        sections.append(
            f'<section class="year" data-year="{_esc(year)}"><h2>{_esc(heading)}</h2>'
            f'<ol class="events">\n{items}\n</ol></section>'
        )
    present = dict.fromkeys(e.type for e in events)
    hint = _esc(HTML_WORDS["legend_hint"])
    legend = "".join(
        f'<li><button type="button" data-type="{_esc(t)}" aria-pressed="true" title="{hint}"'
        f' style="--c: {TYPE_COLOURS.get(t, _FALLBACK_COLOUR)}">{_esc(TYPE_LABELS.get(t, t))}</button></li>'
        for t in present
    )
    count = HTML_WORDS["count"].format(visible=len(events), total=len(events))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{_CSS}</style>
</head>
<body data-visible-count="{len(events)}">
<header>
<h1>{_esc(title)}</h1>
<div class="controls">
<label for="filter">{_esc(HTML_WORDS["filter_label"])}</label>
<input id="filter" type="search" placeholder="{_esc(HTML_WORDS["filter_placeholder"])}" autocomplete="off">
<span id="count" data-template="{_esc(HTML_WORDS["count"])}">{_esc(count)}</span>
</div>
<ul class="legend" aria-label="{_esc(HTML_WORDS["legend"])}">{legend}</ul>
</header>
<main>
{chr(10).join(sections)}
</main>
<footer>{_esc(HTML_WORDS["generated"])}</footer>
<script>{_JS}</script>
</body>
</html>
"""
