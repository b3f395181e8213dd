"""timeline: Chinese news to a dated, queryable record of what happened.

    >>> from timeline import Timeline, Article
    >>> with Timeline("sqlite:///:memory:") as tl:                      # doctest: +SKIP
    ...     tl.ingest(Article(text, "2024-03-05", source="科技日报"))
    ...     for event in tl.milestones(entity="川渝共建重点实验室"):
    ...         print(event.value, event.type, event.summary)

Submodules are imported on first use, so `import timeline` stays cheap and the date engine
works without touching SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.dates import TimeExpr
    from timeline.errors import (
        AmbiguousEntityError,
        ArticleError,
        DateFilterError,
        EntityMergeError,
        ExtractionWorkerError,
        QueryFilterError,
        SchemaVersionError,
        SearchIndexWarning,
        StoreError,
        StoreUnavailableError,
        TimelineError,
        UnknownEntityError,
        UnknownEventError,
        UnreadTextWarning,
    )
    from timeline.model import (
        Article,
        Entity,
        EntityFold,
        EntityProfile,
        Event,
        EventEntity,
        Extraction,
        IngestReport,
        Mention,
        Source,
        StoredEntity,
        StoredEvent,
    )
    from timeline.store import Timeline

__all__ = [
    "AmbiguousEntityError",
    "Article",
    "ArticleError",
    "DateFilterError",
    "Entity",
    "EntityFold",
    "EntityMergeError",
    "EntityProfile",
    "Event",
    "EventEntity",
    "Extraction",
    "ExtractionWorkerError",
    "IngestReport",
    "Mention",
    "QueryFilterError",
    "SchemaVersionError",
    "SearchIndexWarning",
    "Source",
    "StoreError",
    "StoreUnavailableError",
    "StoredEntity",
    "StoredEvent",
    "TimeExpr",
    "Timeline",
    "TimelineError",
    "UnknownEntityError",
    "UnknownEventError",
    "UnreadTextWarning",
]

_HOME = {
    "TimeExpr": "timeline.dates",
    "Timeline": "timeline.store",
    **{name: "timeline.errors" for name in __all__ if name.endswith(("Error", "Warning"))},
    **{
        name: "timeline.model"
        for name in (
            "Article",
            "Entity",
            "EntityFold",
            "EntityProfile",
            "Event",
            "EventEntity",
            "Extraction",
            "IngestReport",
            "Mention",
            "Source",
            "StoredEntity",
            "StoredEvent",
        )
    },
}

__version__ = "0.1.0"


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the typed imports above instead: a module-level
    # __getattr__ would make every attribute, `timeline.Timelin` too, type-check as its result.

    def __getattr__(name: str) -> object:
        if name in _HOME:
            return getattr(importlib.import_module(_HOME[name]), name)
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
