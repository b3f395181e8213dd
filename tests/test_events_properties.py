"""Property tests of `timeline.events.extract`: offsets always point at their text, arbitrary
Unicode never raises, and a 5 MB article (the seeds repeated) is handled whole.

The offset rule checked here: the source span of an event (or mention, or event date) equals its
summary (surface, text) once every run of whitespace holding a line break is removed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._events.cleanup import flatten
from timeline.errors import ArticleError
from timeline.events import Article, Extraction, extract
from timeline.model import ENTITY_TYPES, EVENT_TYPES, ROLES, STATUSES, one_line_name

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Pieces of real news phrasing, so generated texts reach the trigger and entity rules.
_PIECES = [
    "1月6日，",
    "去年12月，",
    "重庆信息与智慧医学研究院",
    "（以下简称“研究院”）",
    "研究院",
    "正式启用",
    "印发《川渝共建重点实验室建设与运行管理办法》",
    "市科技局局长明炬表示",
    "预计2026年底投用",
    "，",
    "。",
    "\n",
    "\n\n",
    "图为会场。张三摄",
    "该公司",
    "重庆海辰储能科技有限公司建成全球首条长时储能专用电池产线",
    "1号提\n案",
    "累计建成加氢站34座",
    "建议",
    # traditional characters, read as simplified and shown as written
    "遼寧大連28日舉行重點項目開工活動",
    "1月28號，",
    "重慶實驗室揭牌",
]


def _flat(span: str) -> str:
    """The original span as the extractor's text gives it: line breaks, blanks between two Han
    characters and pinyin readings dropped (the clean-up's documented `flatten`)."""
    return flatten(span)


def _check_offsets(article: Article, found: Extraction) -> None:
    text = article.text
    for event in found.events:
        assert 0 <= event.start_char < event.end_char <= len(text)
        # the summary is the clause on one line (`one_line_name`, 5df84b7): a line break the
        # clean-up keeps (活动\r0, not between two Han characters) reads as one space
        assert one_line_name(_flat(text[event.start_char : event.end_char])) == event.summary
        assert event.summary in event.sentence
        if event.date is not None:
            assert _flat(text[event.date.start_char : event.date.end_char]) == event.date.text
    for mention in found.mentions:
        assert 0 <= mention.start_char < mention.end_char <= len(text)
        assert _flat(text[mention.start_char : mention.end_char]) == mention.surface
    assert all(entity.type in ENTITY_TYPES and entity.name.strip() for entity in found.entities)
    for event in found.events:
        assert event.type in EVENT_TYPES and event.status in STATUSES and 0 < event.confidence <= 1
        assert all(role.role in ROLES and role.type in ENTITY_TYPES for role in event.entities)
        assert event.subject is not None
    names = {entity.name for entity in found.entities}
    assert {mention.entity for mention in found.mentions} <= names
    # a role names an entity by its name, or a place by the alias its sentence writes (深圳 for
    # 深圳市: `written_places`), which a store resolves to the entity
    known = names | {alias for entity in found.entities for alias in entity.aliases}
    for event in found.events:
        assert {role.name for role in event.entities} <= known


def _extract_or_reject(text: str) -> tuple[Article, Extraction] | None:
    try:
        # An explicit id: the extractor must cope with any str, lone surrogates included.
        article = Article(text, "2025-06-30", id="generated")
    except ArticleError:
        assert not text.strip(), "only blank text may be rejected"
        return None
    return article, extract(article)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(exclude_categories=()), max_size=300))
def test_arbitrary_unicode_never_raises_and_offsets_hold(text: str) -> None:
    result = _extract_or_reject(text)
    if result is not None:
        _check_offsets(*result)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), min_size=1, max_size=25).map("".join))
def test_news_like_text_offsets_point_at_their_text(text: str) -> None:
    result = _extract_or_reject(text)
    if result is not None:
        _check_offsets(*result)


def test_five_megabyte_article_is_extracted_whole() -> None:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    seed_texts = [(SEEDS / item["file"]).read_text(encoding="utf-8") for item in manifest["articles"]]
    one_copy = "\n\n".join(seed_texts)
    copies = 5 * 1024 * 1024 // len(one_copy.encode("utf-8")) + 1
    big = Article("\n\n".join([one_copy] * copies), "2026-01-30")
    assert len(big.text.encode("utf-8")) >= 5 * 1024 * 1024

    single = extract(Article(one_copy, "2026-01-30"))
    found = extract(big)

    # Each copy says the same things: a clause printed again is the same event (spec: "nor twice
    # for one clause"), so the big article has one copy's events; its mentions are every copy's.
    assert single.events
    assert [(e.type, e.summary, e.start_char) for e in found.events] == [
        (e.type, e.summary, e.start_char) for e in single.events
    ]
    assert len(found.mentions) == copies * len(single.mentions)
    step = max(1, len(found.events) // 200)
    sample = Extraction(big, found.events[::step], found.entities, found.mentions[::97])
    _check_offsets(big, sample)


def test_windows_line_endings_give_the_same_events() -> None:
    text = (SEEDS / "004_75dcce1c4c3a2b85.txt").read_text(encoding="utf-8")
    unix = extract(Article(text, "2026-01-26"))
    windows_article = Article(text.replace("\n", "\r\n"), "2026-01-26")
    windows = extract(windows_article)
    assert [e.summary for e in windows.events] == [e.summary for e in unix.events]
    assert [e.date and e.date.value for e in windows.events] == [e.date and e.date.value for e in unix.events]
    _check_offsets(windows_article, windows)


#: Items of a generated chronicle: each names its own body, so that no two are one event.
_CHRONICLE_ITEMS = [
    ("重庆实验室揭牌成立。", "揭牌成立"),
    ("成都研究院正式启用。", "启用"),
    ("西安创新中心投入使用。", "投入使用"),
    ("武汉科技馆正式开馆。", "开馆"),
    ("南京产业园开工建设。", "开工建设"),
]
_DATE_LINES = {
    "day": "{y}年{m}月{d}日",
    "month": "{y}年{m}月",
    "numeric": "{y}.{m}.{d}",
    "weekday": "{y}年{m}月{d}日（星期一）",
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(1950, 2023),
            st.integers(1, 12),
            st.integers(1, 28),
            st.sampled_from(sorted(_DATE_LINES)),
        ),
        min_size=2,
        max_size=len(_CHRONICLE_ITEMS),
    ),
    st.sampled_from(["\n", "\n\n", "\n\u3000\n"]),
)
def test_a_chronicle_s_date_lines_date_their_items(lines: list[tuple[int, int, int, str]], gap: str) -> None:
    """Whatever the dates, their format and the blank lines around them, each item of a chronicle
    printed under a date line of its own takes that line's date (spec: chronicles)."""
    parts = []
    expected = []
    for (year, month, day, kind), (item, trigger) in zip(lines, _CHRONICLE_ITEMS, strict=False):
        parts.append(_DATE_LINES[kind].format(y=year, m=month, d=day) + gap + item)
        first = dt.date(year, month, 1 if kind == "month" else day)
        expected.append((trigger, first, "month" if kind == "month" else "day"))
    found = extract(Article(gap.join(parts), "2024-06-30"))
    dated = [
        (e.trigger, e.date.start if e.date else None, e.date.grain if e.date else None) for e in found.events
    ]
    assert dated == expected


_CLAUSE_PIECES = [
    "重庆实验室", "正式", "揭牌", "开工", "建成投用", "项目",
    "纳入", "国家重点实验室名单", "的", "已经", "签约",
]


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=6).map("".join), st.integers(0, 3))
def test_a_clause_said_to_hold_no_trigger_gives_none(clause: str, asked: int) -> None:
    """`may_hold_trigger` (asked first of every clause) keeps its searches for `find_trigger`,
    which is asked right after: a clause it says holds no trigger gives none, and its answer is
    that of searching the clause for a trigger word and a trigger pattern, however often asked."""
    from timeline._events import triggers

    for _ in range(asked):
        triggers.may_hold_trigger(clause)  # answers kept from earlier questions change nothing
    holds = triggers._TRIGGER.search(clause) is not None or any(
        pattern.search(clause) for pattern, _ in triggers._PATTERNS
    )
    assert triggers.may_hold_trigger(clause) == holds
    if not holds:
        assert triggers.find_trigger(clause) is None
