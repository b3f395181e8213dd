"""Exports of hand-built stored events: every format is parsed back, every date label checked by hand."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser

import pytest

from timeline.dates import TimeExpr
from timeline.export import (
    CSV_COLUMNS,
    JSON_SCHEMA_VERSION,
    date_label,
    display_width,
    edtf,
    placed_edtf,
    placed_label,
    to_csv,
    to_html,
    to_json,
    to_markdown,
    to_table,
    to_timelinejs,
    write_csv,
    write_json,
    write_markdown,
    write_timelinejs,
)
from timeline.export.table import printable
from timeline.model import EventEntity, Source, StoredEvent

D = dt.date
OPENING_DAY = D(2025, 12, 20)


def make_event(
    id: int = 1,
    *,
    start: dt.date | None = OPENING_DAY,
    end: dt.date | None = OPENING_DAY,
    grain: str | None = "day",
    value: str | None = "2025-12-20",
    mod: str | None = None,
    kind: str | None = "date",
    type: str = "opening",
    status: str = "occurred",
    summary: str = "重庆市先进材料研究院揭牌",
    entities: tuple[EventEntity, ...] = (EventEntity("重庆市先进材料研究院", "institute", "subject"),),
    sentence: str = "2025年12月20日，重庆市先进材料研究院揭牌。",
    planned: tuple[dt.date, dt.date, str] | None = None,
    report_date: dt.date | None = None,
) -> StoredEvent:
    source = Source(
        article_id="a1",
        source="重庆晨报",
        title="实验室搬到厂门口",
        pub_date=D(2026, 1, 26),
        pub_date_estimated=True,
        sentence=sentence,
        summary=summary,
        start_char=10,
        end_char=30,
        date_text="2025年12月20日" if start else None,
        status=status,
    )
    return StoredEvent(
        id=id,
        type=type,
        trigger="揭牌",
        status=status,
        start=start,
        end=end,
        grain=grain,
        value=value,
        mod=mod,
        kind=kind if start else None,
        date_text="2025年12月20日" if start else None,
        summary=summary,
        entities=entities,
        sources=(source,),
        confidence=0.9,
        planned_start=planned[0] if planned else None,
        planned_end=planned[1] if planned else None,
        planned_value=planned[2] if planned else None,
        report_date=report_date,
    )


def expr(
    start: dt.date, end: dt.date, grain: str | None, mod: str | None = None, kind: str = "date"
) -> TimeExpr:
    return TimeExpr("x", 0, 1, start, end, grain, None, mod=mod, kind=kind)


# Each expected label and EDTF string written by hand from spec/dates.md and the EDTF spec.
DATES = [
    pytest.param(expr(D(2025, 12, 20), D(2025, 12, 20), "day"), "2025年12月20日", "2025-12-20", id="day"),
    pytest.param(expr(D(2025, 12, 1), D(2025, 12, 31), "month"), "2025年12月", "2025-12", id="month"),
    pytest.param(expr(D(2025, 1, 1), D(2025, 12, 31), "year"), "2025年", "2025", id="year"),
    pytest.param(expr(D(2026, 1, 1), D(2026, 3, 31), "quarter"), "2026年第一季度", "2026-33", id="q1"),
    pytest.param(expr(D(2026, 10, 1), D(2026, 12, 31), "quarter"), "2026年第四季度", "2026-36", id="q4"),
    pytest.param(expr(D(2026, 1, 1), D(2026, 6, 30), "half"), "2026年上半年", "2026-40", id="h1"),
    pytest.param(expr(D(2026, 7, 1), D(2026, 12, 31), "half"), "2026年下半年", "2026-41", id="h2"),
    pytest.param(expr(D(2026, 3, 1), D(2026, 5, 31), "season"), "2026年春季", "2026-21", id="spring"),
    pytest.param(expr(D(2026, 9, 1), D(2026, 11, 30), "season"), "2026年秋季", "2026-23", id="autumn"),
    pytest.param(expr(D(2025, 12, 1), D(2026, 2, 28), "season"), "2025年冬季", "2025-24", id="winter"),
    pytest.param(
        expr(D(2025, 12, 21), D(2025, 12, 31), "xun"), "2025年12月下旬", "2025-12-21/2025-12-31", id="xun"
    ),
    pytest.param(
        expr(D(2025, 11, 17), D(2025, 11, 23), "week"), "2025年第47周", "2025-11-17/2025-11-23", id="week"
    ),
    pytest.param(expr(D(2026, 1, 1), D(2030, 12, 31), "multi-year"), "2026—2030年", "2026/2030", id="plan"),
    pytest.param(
        expr(D(2025, 3, 1), D(2025, 5, 31), "month", kind="range"),
        "2025年3月至5月",
        "2025-03/2025-05",
        id="months",
    ),
    pytest.param(
        expr(D(2025, 6, 10), D(2025, 6, 12), "day", kind="range"),
        "2025年6月10日至12日",
        "2025-06-10/2025-06-12",
        id="days",
    ),
    pytest.param(
        expr(D(2021, 1, 1), D(2023, 12, 31), "year", kind="range"), "2021年至2023年", "2021/2023", id="years"
    ),
    pytest.param(
        expr(D(2025, 11, 1), D(2025, 12, 31), "year", "END"), "2025年底", "2025-11/2025-12", id="end"
    ),
    pytest.param(
        expr(D(2025, 11, 1), D(2025, 12, 31), "year", "BEFORE"), "2025年底前", "../2025-12", id="before-end"
    ),
    pytest.param(
        expr(D(2025, 9, 30), D(2025, 9, 30), "day", "BEFORE"), "2025年9月30日前", "../2025-09-30", id="before"
    ),
    pytest.param(
        expr(D(2026, 1, 1), D(2026, 5, 25), "year", "SINCE"),
        "2026年以来",
        "2026-01-01/2026-05-25",
        id="since",
    ),
    pytest.param(
        expr(D(2025, 12, 27), D(2026, 1, 26), "day", "APPROX", "fuzzy"),
        "约2025年12月27日至2026年1月26日",
        "2025-12-27~/2026-01-26~",
        id="fuzzy",
    ),
    pytest.param(
        expr(D(2025, 1, 1), D(2025, 2, 28), "year", "START"), "2025年初", "2025-01/2025-02", id="start"
    ),
]


@pytest.mark.parametrize(("dated", "label", "edtf_string"), DATES)
def test_date_label_and_edtf(dated: TimeExpr, label: str, edtf_string: str) -> None:
    assert date_label(dated) == label
    assert edtf(dated) == edtf_string


def test_undated_event_has_label_and_no_edtf() -> None:
    event = make_event(start=None, end=None, grain=None, value=None)
    assert date_label(event) == "日期不详"
    assert edtf(event) is None


def test_json_schema_round_trip() -> None:
    planned = make_event(
        2,
        start=D(2026, 1, 1),
        end=D(2026, 3, 31),
        grain="quarter",
        value="2026-Q1",
        status="planned",
        type="production",
        summary="中试基地投产",
    )
    late = make_event(3, planned=(D(2025, 12, 1), D(2025, 12, 31), "2025-12"))
    document = json.loads(to_json([make_event(), planned, late, make_event(4, start=None, end=None)]))
    assert document["schema"] == "timeline.events"
    assert document["schema_version"] == JSON_SCHEMA_VERSION == 1
    day, quarter, was_planned, undated = document["events"]
    assert day["date"] == {
        "text": "2025年12月20日",
        "start": "2025-12-20",
        "end": "2025-12-20",
        "grain": "day",
        "value": "2025-12-20",
        "edtf": "2025-12-20",
        "mod": None,
        "kind": "date",
        "label": "2025年12月20日",
    }
    assert day["planned"] is False and quarter["planned"] is True
    assert quarter["date"]["edtf"] == "2026-33" and quarter["date"]["value"] == "2026-Q1"
    assert quarter["date"]["label"] == "2026年第一季度"
    assert was_planned["planned_date"] == {
        "start": "2025-12-01",
        "end": "2025-12-31",
        "value": "2025-12",
        "label": "2025年12月",
    }
    assert undated["date"] is None
    assert day["entities"] == [{"name": "重庆市先进材料研究院", "type": "institute", "role": "subject"}]
    source = day["sources"][0]
    assert (source["start_char"], source["end_char"]) == (10, 30)
    assert source["sentence"] == "2025年12月20日，重庆市先进材料研究院揭牌。"
    assert source["pub_date"] == "2026-01-26" and source["pub_date_estimated"] is True


def test_json_keeps_chinese_readable() -> None:
    assert "重庆市先进材料研究院" in to_json([make_event()])


def test_csv_parses_back_with_awkward_text() -> None:
    awkward = make_event(2, summary='签约, 含 "引号"', sentence="第一行\n第二行，含逗号, 与|竖线")
    text = to_csv([make_event(), awkward])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 3 and all(len(r) == len(CSV_COLUMNS) for r in rows)
    record = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert record["summary"] == '签约, 含 "引号"'
    assert record["sentence"] == "第一行\n第二行，含逗号, 与|竖线"
    assert record["date"] == "2025年12月20日" and record["edtf"] == "2025-12-20"
    assert record["subject"] == "重庆市先进材料研究院"


def test_csv_bom_only_when_asked() -> None:
    assert to_csv([make_event()], bom=True).encode("utf-8").startswith(b"\xef\xbb\xbf")
    assert not to_csv([make_event()]).encode("utf-8").startswith(b"\xef\xbb\xbf")


def _markdown_cells(line: str) -> list[str]:
    assert line.startswith("| ") and line.endswith(" |")
    return re.split(r"(?<!\\)\|", line[1:-1])


def test_markdown_table_is_well_formed() -> None:
    events = [
        make_event(),
        make_event(2, summary="A|B 两方\n签约", type="signing"),
        make_event(3, start=None, end=None),
    ]
    lines = to_markdown(events).splitlines()
    assert len(lines) == 2 + len(events)
    widths = {len(_markdown_cells(line)) for line in lines}
    assert widths == {7}
    assert [_markdown_cells(line)[0].strip() for line in lines[2:]] == ["1", "2", "3"]  # for `timeline show`
    assert "A\\|B 两方 签约" in lines[3]
    assert "日期不详" in lines[4]


def test_table_aligns_cjk_columns() -> None:
    events = [
        make_event(),
        make_event(2, start=D(2026, 1, 1), end=D(2026, 12, 31), grain="year", type="meeting"),
    ]
    lines = to_table(events).splitlines()
    assert lines[0].split() == ["id", "date", "type", "status", "subject", "summary"]
    assert [line.split()[0] for line in lines[1:]] == ["1", "2"]
    # The type column starts at the same terminal column on every row, whatever the CJK width before it.
    type_columns = {
        display_width(line[: line.index(word)])
        for line, word in zip(lines, ["type", "opening", "meeting"], strict=True)
    }
    assert len(type_columns) == 1
    assert lines[1].startswith("1   2025年12月20日")
    assert lines[2].startswith("2   2026年 ")


def test_table_colours_each_type_for_a_terminal() -> None:
    events = [make_event(), make_event(2, type="signing", summary="签约\x1b[2J落地")]
    plain = to_table(events).splitlines()
    coloured = to_table(events, colour=True).splitlines()
    # opening #1b9e77 = rgb(27, 158, 119); signing #66a61e = rgb(102, 166, 30)
    assert "\x1b[38;2;27;158;119mopening" in coloured[1] and "\x1b[38;2;102;166;30msigning" in coloured[2]
    assert coloured[0] == plain[0] and "\x1b" not in plain[1]
    strip = re.compile("\x1b\\[[0-9;]*m")
    assert [strip.sub("", line) for line in coloured[1:]] == [printable(line) for line in plain[1:]]
    assert "\x1b[2J" not in to_table(events, colour=True)  # stored text cannot drive the terminal


def test_table_cuts_to_width() -> None:
    event = make_event(summary="很长的摘要" * 40)
    lines = to_table([event], max_width=100).splitlines()
    assert all(display_width(line) <= 100 for line in lines)
    assert lines[1].endswith("…")


def test_timelinejs_structure() -> None:
    events = [
        make_event(),
        make_event(
            2, start=D(2026, 1, 1), end=D(2026, 3, 31), grain="quarter", value="2026-Q1", type="production"
        ),
        make_event(3, start=None, end=None),
    ]
    document = json.loads(to_timelinejs(events, title="成渝 <科创>"))
    assert document["title"]["text"]["headline"] == "成渝 &lt;科创&gt;"
    slides = document["events"]
    assert len(slides) == 2  # the undated event cannot be placed
    day, quarter = slides
    assert day["start_date"] == {"year": 2025, "month": 12, "day": 20, "display_date": "2025年12月20日"}
    assert "end_date" not in day
    assert quarter["start_date"] == {"year": 2026, "month": 1, "display_date": "2026年第一季度"}
    assert quarter["end_date"] == {"year": 2026, "month": 3}
    assert quarter["display_date"] == "2026年第一季度"
    assert quarter["group"] == "量产投产"
    for slide in slides:
        assert set(slide["text"]) == {"headline", "text"}


class _PageReader(HTMLParser):
    """Collects what the tests look at in an exported page."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[dict[str, str | None]] = []
        self.external: list[str] = []
        self.meta_charset: str | None = None
        self.headings: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "li" and "event" in (attributes.get("class") or "").split():
            self.events.append(attributes)
        if tag == "meta" and "charset" in attributes:
            self.meta_charset = attributes["charset"]
        for name in ("src", "href"):
            if attributes.get(name):
                self.external.append(str(attributes[name]))
        self._in_h2 = tag == "h2"

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            self.headings.append(data)
            self._in_h2 = False


def test_html_is_self_contained_and_escaped() -> None:
    events = [
        make_event(),
        make_event(2, summary="<script>alert(1)</script>", sentence="A & B <b>"),
        make_event(
            3, start=D(2026, 1, 1), end=D(2026, 6, 30), grain="half", status="planned", type="production"
        ),
        make_event(4, start=None, end=None),
    ]
    page = to_html(events, title="成渝 & 科创")
    reader = _PageReader()
    reader.feed(page)
    assert reader.meta_charset == "utf-8"
    assert reader.external == []
    assert "http://" not in page and "https://" not in page and "@import" not in page
    assert len(reader.events) == 4
    assert reader.headings == ["2025年", "2026年", "日期不详"]
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "A &amp; B &lt;b&gt;" in page
    assert "<title>成渝 &amp; 科创</title>" in page
    planned = [e for e in reader.events if e["data-status"] == "planned"]
    assert len(planned) == 1 and "planned" in (planned[0]["class"] or "").split()
    assert "2026年上半年" in page and ">计划<" in page
    assert '"Noto Sans CJK SC"' in page
    assert reader.events[0]["data-entities"] == "重庆市先进材料研究院"


def test_html_legend_lists_present_types() -> None:
    page = to_html([make_event(), make_event(2, type="signing")])
    legend = page[page.index('<ul class="legend"') : page.index("</ul>")]
    assert "揭牌启用" in legend and "签约落地" in legend and "政策发布" not in legend



# --- events placed by their report (no date in their text) -----------------------------------

REPORT_DAY = D(2026, 1, 26)


def _by_report(id: int = 7, status: str = "occurred") -> StoredEvent:
    return make_event(
        id, start=None, end=None, grain=None, value=None, status=status, report_date=REPORT_DAY
    )


def test_an_event_placed_by_its_report_is_marked_and_open_ended() -> None:
    assert placed_label(_by_report()) == "报道于 2026-01-26，原文未给出日期"
    assert placed_edtf(_by_report()) == "../2026-01-26"  # occurred on or before the report
    assert placed_edtf(_by_report(status="planned")) == "2026-01-26/.."  # planned: after it
    assert placed_label(make_event()) == "2025年12月20日" and placed_edtf(make_event()) == "2025-12-20"


def test_json_says_where_the_date_comes_from() -> None:
    dated, placed = json.loads(to_json([make_event(report_date=REPORT_DAY), _by_report()]))["events"]
    assert (dated["date_basis"], dated["report_date"]) == ("text", "2026-01-26")
    assert dated["placed"] == {"edtf": "2025-12-20", "label": "2025年12月20日"}
    assert placed["date"] is None  # the text gave no date, and nothing pretends it did
    assert (placed["date_basis"], placed["report_date"]) == ("report", "2026-01-26")
    assert placed["placed"] == {"edtf": "../2026-01-26", "label": "报道于 2026-01-26，原文未给出日期"}


def test_csv_markdown_and_table_show_the_report_mark() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([_by_report()]), newline="")))
    assert rows[0]["date"] == "报道于 2026-01-26，原文未给出日期" and rows[0]["edtf"] == "../2026-01-26"
    assert (rows[0]["start"], rows[0]["value"]) == ("", "")
    assert (rows[0]["date_basis"], rows[0]["report_date"]) == ("report", "2026-01-26")
    assert "报道于 2026-01-26，原文未给出日期" in to_markdown([_by_report()]).splitlines()[2]
    assert to_table([_by_report()]).splitlines()[1].startswith("7   报道于 2026-01-26，原文未给出日期")


def test_html_places_a_reported_event_in_its_report_year() -> None:
    page = to_html([make_event(), _by_report(), make_event(3, start=None, end=None)])
    reader = _PageReader()
    reader.feed(page)
    assert reader.headings == ["2025年", "2026年", "日期不详"]
    assert [e["data-basis"] for e in reader.events] == ["text", "report", "report"]
    assert '<time datetime="../2026-01-26">报道于 2026-01-26，原文未给出日期</time>' in page


def test_timelinejs_places_reported_events_and_marks_plans() -> None:
    slides = json.loads(to_timelinejs([_by_report(), _by_report(8, status="planned")]))["events"]
    occurred, planned = slides
    label = "报道于 2026-01-26，原文未给出日期"
    assert occurred["start_date"] == {"year": 2026, "month": 1, "day": 26, "display_date": label}
    assert occurred["display_date"] == label
    assert "background" not in occurred and not occurred["text"]["headline"].startswith("【")
    assert planned["text"]["headline"] == "【计划】重庆市先进材料研究院揭牌"
    assert planned["background"] == {"color": "#f1f1f1"}


@pytest.mark.parametrize(
    "module_name",
    [
        "timeline._dates.labels",
        "timeline.export.csv",
        "timeline.export.html",
        "timeline.export.json",
        "timeline.export.markdown",
        "timeline.export.table",
        "timeline.export.timelinejs",
        "timeline.corpus.folders",
        "timeline.corpus.records",
    ],
)
def test_docstring_examples_hold(module_name: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module_name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0, "no example ran: this check could not fail"


def test_html_filter_text_holds_names_aliases_and_summary() -> None:
    page = to_html([make_event()], aliases={"重庆市先进材料研究院": ("先进院",)})
    reader = _PageReader()
    reader.feed(page)
    assert reader.events[0]["data-search"] == "重庆市先进材料研究院|先进院|重庆市先进材料研究院揭牌"
    assert 'getAttribute("data-search")' in page



def _mixed_events() -> list[StoredEvent]:
    return [
        make_event(1),
        make_event(2, start=D(2026, 1, 1), end=D(2026, 3, 31), grain="quarter", status="planned"),
        _by_report(7),
        make_event(9, summary='带"引号"的\n摘要\\和=公式'),
    ]


WRITERS = [
    pytest.param(write_json, to_json, {}, id="json"),
    pytest.param(write_json, to_json, {"indent": None}, id="json-compact"),
    pytest.param(write_csv, to_csv, {"bom": True}, id="csv"),
    pytest.param(write_markdown, to_markdown, {}, id="markdown"),
    pytest.param(write_timelinejs, to_timelinejs, {"title": "成渝"}, id="timelinejs"),
]


@pytest.mark.parametrize(("write", "to", "options"), WRITERS)
@pytest.mark.parametrize("count", [0, 1, 4])
def test_writers_write_the_export_one_event_at_a_time(write, to, options, count) -> None:
    """Each writer takes a one-pass iterator (what iter_milestones gives) and writes the text its
    `to_*` returns; JSON is laid out exactly as json.dumps lays out the whole document."""
    events = _mixed_events()[:count]
    out = io.StringIO(newline="")
    write(iter(events), out, **options)
    assert out.getvalue() == to(events, **options)
    if to in (to_json, to_timelinejs):
        indent = options.get("indent", 2)
        assert out.getvalue() == json.dumps(json.loads(out.getvalue()), ensure_ascii=False, indent=indent)
        assert len(json.loads(out.getvalue())["events"]) == count
