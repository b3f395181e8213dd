"""Knight Lab TimelineJS3 JSON document of events.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
from collections.abc import Iterable
from typing import Any

from timeline._dates.labels import aligned_grain, date_label
from timeline.labels import TYPE_LABELS
from timeline.model import StoredEvent

__all__ = ["to_timelinejs"]


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
        unit = aligned_grain(event.start, event.end, None)
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
