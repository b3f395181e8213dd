"""Knight Lab TimelineJS3 JSON document of events.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
from collections.abc import Iterable
from typing import TextIO

from timeline._dates.labels import aligned_grain, placed_label
from timeline.export.controls import isolated_html
from timeline.export.json import write_json_list
from timeline.labels import STATUS_LABELS, STATUS_MARK, TYPE_LABELS
from timeline.model import StoredEvent

__all__ = ["to_timelinejs", "write_timelinejs"]

PLANNED_BACKGROUND = "#f1f1f1"
"""Slide background of a planned event (TimelineJS `background.color`)."""


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
        shown = (s.source, s.title, s.pub_date.isoformat())
        origin = " ".join(isolated_html(part) for part in shown if part)
        items.append(f"<p><q>{isolated_html(s.sentence)}</q><br><small>{origin}</small></p>")
    return "".join(items)


def to_timelinejs(events: Iterable[StoredEvent], *, title: str = "Timeline") -> str:
    """A Knight Lab TimelineJS3 JSON document, one slide per event.

    An event its text does not date starts on its report date, labelled as such; one with
    neither is left out (TimelineJS needs a start). Each slide's `display_date` is the Chinese
    label ("2026年第一季度"), so quarters and halves keep their name; a planned or ongoing event
    says so before its headline and a planned one has a pale background.

    >>> import json
    >>> json.loads(to_timelinejs([], title="成渝"))["title"]["text"]["headline"]
    '成渝'
    """
    buffer = io.StringIO()
    write_timelinejs(events, buffer, title=title)
    return buffer.getvalue()


def write_timelinejs(events: Iterable[StoredEvent], out: TextIO, *, title: str = "Timeline") -> None:
    """Write `to_timelinejs`'s document to `out`, one slide at a time.

    >>> out = io.StringIO()
    >>> write_timelinejs([], out, title="成渝")
    >>> out.getvalue() == to_timelinejs([], title="成渝")
    True
    """
    head = {"title": {"text": {"headline": html.escape(title), "text": ""}}}
    slides = (slide for slide in map(_slide, events) if slide is not None)
    write_json_list(head, "events", slides, out, indent=2)


def _slide(event: StoredEvent) -> dict[str, object] | None:
    """The TimelineJS slide of an event (None when it has neither a date nor a report date)."""
    if event.start is not None and event.end is not None:
        start, end = event.start, event.end
    elif event.report_date is not None:
        start = end = event.report_date
    else:
        return None
    unit = aligned_grain(start, end, None)
    label = placed_label(event)
    headline = html.escape(event.summary)
    if event.status != "occurred":
        status = STATUS_LABELS.get(event.status, event.status)  # a status of its own is shown as it is
        headline = html.escape(STATUS_MARK.format(status=status)) + headline
    slide: dict[str, object] = {
        "unique_id": f"event-{event.id}",
        "start_date": {**_tljs_date(start, unit), "display_date": label},
        "text": {"headline": headline, "text": _sources_html(event)},
        "group": html.escape(TYPE_LABELS.get(event.type, event.type)),
        "display_date": label,
    }
    if end != start:
        slide["end_date"] = _tljs_date(end, unit)
    if event.status == "planned":
        slide["background"] = {"color": PLANNED_BACKGROUND}
    return slide
