"""What every clause of one article is read against: the article, its cleaned text, the
names recognised in it, its usable dates and the owners of its parts. Built once by
`milestones.find` and passed to each stage of the clause walk.
"""

from __future__ import annotations

import attrs

from timeline._events import roles
from timeline._events.cleanup import Document
from timeline._events.dating import Dates
from timeline._events.entities import Recognition
from timeline.model import Article


@attrs.frozen()
class Reading:
    """What every clause of one article is read against."""

    article: Article
    doc: Document
    recognition: Recognition
    dates: Dates
    owners: roles.Owners
