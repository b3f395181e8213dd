"""The HTML timeline in a real headless Chromium: every event is rendered and the entity filter works.

`chromium --headless --dump-dom` prints the page after its script ran; `page.html#filter=NAME`
pre-fills the filter, and the script marks hidden events and sets `data-visible-count`.
Skipped when Chromium is missing, except under CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_export import D, make_event

from timeline.export import to_html
from timeline.model import EventEntity

CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None
)

if CHROMIUM is None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("Chromium is required under CI (apt-get install chromium)", pytrace=False)
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

LAB = EventEntity("川渝共建重点实验室", "lab", "subject")
UNIVERSITY = EventEntity("重庆大学", "university", "subject")
DISTRICT = EventEntity("两江新区", "place", "location")

EVENTS = [
    make_event(1, start=D(2024, 1, 19), end=D(2024, 1, 19), type="signing", entities=(LAB, DISTRICT)),
    make_event(2, entities=(UNIVERSITY,)),
    make_event(
        3,
        start=D(2026, 1, 1),
        end=D(2026, 3, 31),
        grain="quarter",
        status="planned",
        type="production",
        entities=(UNIVERSITY, DISTRICT),
    ),
    make_event(
        4,
        start=None,
        end=None,
        type="meeting",
        entities=(EventEntity("重庆市政协", "government", "subject"),),
    ),
    make_event(5, summary="<b>不是标签</b>", entities=(LAB,)),
]


class _Rendered(HTMLParser):
    """The visible-count attribute and the event items (hidden or not) of a dumped DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.visible_count: str | None = None
        self.shown: list[str] = []
        self.hidden: list[str] = []
        self.hidden_years: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "body":
            self.visible_count = attributes.get("data-visible-count")
        classes = (attributes.get("class") or "").split()
        if tag == "li" and "event" in classes:
            (self.hidden if "hidden" in attributes else self.shown).append(str(attributes.get("id")))
        if tag == "section" and "hidden" in attributes:
            self.hidden_years.append(str(attributes.get("data-year")))


@pytest.fixture(scope="module")
def page() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="timeline-html-"))
    path = folder / "timeline.html"
    path.write_text(to_html(EVENTS, title="成渝 时间线"), encoding="utf-8")
    return path


def render(page: Path, fragment: str = "") -> _Rendered:
    assert CHROMIUM is not None
    profile = tempfile.mkdtemp(prefix="timeline-chromium-")
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--dump-dom",
        page.as_uri() + fragment,
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-2000:]
    rendered = _Rendered()
    rendered.feed(done.stdout)
    return rendered


def test_every_event_is_shown_without_a_filter(page: Path) -> None:
    rendered = render(page)
    assert rendered.visible_count == "5"
    assert rendered.shown == ["event-1", "event-2", "event-5", "event-3", "event-4"]  # by year, undated last
    assert rendered.hidden == []


def test_filter_from_the_url_hides_other_entities(page: Path) -> None:
    rendered = render(page, "#filter=" + urllib.parse.quote("重庆大学"))
    assert rendered.visible_count == "2"
    assert sorted(rendered.shown) == ["event-2", "event-3"]
    assert sorted(rendered.hidden) == ["event-1", "event-4", "event-5"]
    assert sorted(rendered.hidden_years) == ["2024", "日期不详"]


def test_filter_matches_part_of_a_name(page: Path) -> None:
    rendered = render(page, "#filter=" + urllib.parse.quote("实验室"))
    assert rendered.visible_count == "2"
    assert sorted(rendered.shown) == ["event-1", "event-5"]


def test_filter_without_a_match_shows_nothing(page: Path) -> None:
    rendered = render(page, "#filter=" + urllib.parse.quote("不存在的机构"))
    assert rendered.visible_count == "0"
    assert rendered.shown == []


def test_hidden_types_from_the_url(page: Path) -> None:
    rendered = render(page, "#hide=opening,meeting")
    # Events 2 and 5 are openings (make_event's default type), 4 a meeting.
    assert rendered.visible_count == "2"
    assert sorted(rendered.shown) == ["event-1", "event-3"]


def test_entity_filter_and_hidden_types_combine(page: Path) -> None:
    rendered = render(page, "#filter=" + urllib.parse.quote("重庆大学") + "&hide=production")
    assert rendered.visible_count == "1"
    assert rendered.shown == ["event-2"]


def test_a_malformed_link_is_read_as_it_is_not_a_script_error(page: Path) -> None:
    """Fourth review: `#filter=重庆大学&hide=%E0` (a link cut short, typed by hand) threw URIError in
    decodeURIComponent, so the filter was never applied and every event stayed shown."""
    rendered = render(page, "#filter=" + urllib.parse.quote("重庆大学") + "&hide=%E0")
    assert rendered.shown == ["event-2", "event-3"]
    rendered = render(page, "#filter=%E9%87")
    assert rendered.shown == [] and rendered.visible_count == "0"
