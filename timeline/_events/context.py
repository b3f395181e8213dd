"""What every clause of one article is read against: the article, its cleaned text, the
names recognised in it, its usable dates, the owners of its parts and the things its clauses
were about so far. Built once by
`milestones.find` and passed to each stage of the clause walk.
"""

from __future__ import annotations

import attrs

from timeline._events import roles
from timeline._events.cleanup import Document
from timeline._events.dating import Dates
from timeline._events.entities import Recognition
from timeline._events.topic_chain import TopicChain
from timeline.model import Article


def _topic_chain_of(reading: Reading) -> TopicChain:
    """An empty topic chain knowing the article's recognised names."""
    return TopicChain(reading.recognition.entities)


@attrs.frozen()
class Reading:
    """What every clause of one article is read against."""

    article: Article
    doc: Document
    recognition: Recognition
    dates: Dates
    owners: roles.Owners
    #: What the clauses read so far were about (filled by the walk as it goes).
    topics: TopicChain = attrs.field(default=attrs.Factory(_topic_chain_of, takes_self=True))

