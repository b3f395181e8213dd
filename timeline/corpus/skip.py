"""`Skip`: a file or record that could not become an article, with the reason (never raised)."""

from __future__ import annotations

import attrs

__all__ = ["Skip"]


@attrs.frozen()
class Skip:
    """A file (or an article) that was left out, and why."""

    source: str
    reason: str
