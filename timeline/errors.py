"""The library's own exception types, so callers can catch what `timeline` raises on purpose.

Every error a user can cause (bad input, a dead database, a wrong schema) is a subclass of
`TimelineError`; the CLI turns these into one-line messages and exit code 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.model import IngestReport

__all__ = [
    "AmbiguousEntityError",
    "ArticleError",
    "DateFilterError",
    "EntityMergeError",
    "ExtractionWorkerError",
    "QueryFilterError",
    "SchemaVersionError",
    "SearchIndexWarning",
    "StoreError",
    "StoreUnavailableError",
    "TimelineError",
    "UnknownEntityError",
    "UnknownEventError",
    "UnreadTextWarning",
]


class TimelineError(Exception):
    """Base class of every error raised on purpose by `timeline`.

    `report` is set when the error stopped `Timeline.ingest_many` midway: what was stored before.
    """

    report: IngestReport | None = None


class ArticleError(TimelineError, ValueError):
    """An article cannot be read: empty or non-text content, a missing or malformed publication date."""


class DateFilterError(TimelineError, ValueError):
    """A `since`/`until` filter is not a date ('2025', '2025-12', '2025-12-20' or a `datetime.date`)."""


class QueryFilterError(TimelineError, ValueError):
    """A query filter names an unknown event type or status (see `timeline.model.EVENT_TYPES`, `STATUSES`)."""


class EntityMergeError(TimelineError, ValueError):
    """Two entities cannot be merged (they are one already, or a name is ambiguous), or one split."""


class ExtractionWorkerError(TimelineError):
    """A worker process extracting articles (`jobs` > 1) died: killed from outside, or by the
    system when memory ran out. The articles it held were not extracted; nothing is half-written."""


class StoreError(TimelineError):
    """The event store failed; nothing was half-written."""


class StoreUnavailableError(StoreError):
    """The database URL cannot be opened or written (unreachable server, read-only file, bad URL)."""


class SchemaVersionError(StoreError):
    """The database was written by an older or newer schema version than this library knows."""


class UnknownEntityError(TimelineError, KeyError):
    """No entity has this name or alias in the store."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep the message readable
        return _first_argument(self, "unknown entity")


class AmbiguousEntityError(UnknownEntityError):
    """A part of a name fits several entities; `candidates` lists their names (the closest first)."""

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


class UnknownEventError(TimelineError, KeyError):
    """No event has this id in the store."""

    def __str__(self) -> str:
        return _first_argument(self, "unknown event")


class SearchIndexWarning(UserWarning):
    """A new PostgreSQL store got no trigram index (pg_trgm could not be used): full-text queries scan."""


class UnreadTextWarning(UserWarning):
    """Part of an article was not read for events: a sentence too long to be prose (over 2,000
    characters without a sentence break) or holding a run of over 80 numerals."""


def _first_argument(error: BaseException, default: str) -> str:
    """The message an error was raised with, not quoted as KeyError quotes it (`args` is Any)."""
    arguments: tuple[object, ...] = error.args
    return str(arguments[0]) if arguments else default
