"""Markdown export: a GitHub-flavoured table of events."""

from __future__ import annotations

from collections.abc import Iterable

from timeline._dates.labels import placed_label
from timeline.model import StoredEvent

__all__ = ["to_markdown"]


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def to_markdown(events: Iterable[StoredEvent]) -> str:
    """The events as a GitHub-flavoured Markdown table (pipes escaped, line breaks flattened).

    >>> to_markdown([]).splitlines()[0]
    '| id | date | type | status | subject | summary | source |'
    """
    lines = [
        "| id | date | type | status | subject | summary | source |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for event in events:
        subject = event.subject
        source = event.sources[0] if event.sources else None
        cells = [
            str(event.id),
            placed_label(event),
            event.type,
            event.status,
            subject.name if subject else "",
            event.summary,
            f"{source.source} {source.pub_date.isoformat()}" if source else "",
        ]
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
