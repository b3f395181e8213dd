"""What the trigger tests compare: the events extracted from a text, each as a triple."""

from __future__ import annotations

from timeline.events import Article, extract


def event_triples(text: str, pub: str = "2025-06-30") -> list[tuple[str, str, str | None]]:
    """The (type, status, date value) of every event extracted from `text` published on `pub`."""
    return [(e.type, e.status, e.date.value if e.date else None) for e in extract(Article(text, pub)).events]


def event_facts(text: str, pub: str = "2025-06-30") -> list[tuple[str, str, str | None, str | None]]:
    """The (type, status, date value, subject name) of every event extracted from `text`."""
    return [
        (e.type, e.status, e.date.value if e.date else None, e.subject.name if e.subject else None)
        for e in extract(Article(text, pub)).events
    ]
