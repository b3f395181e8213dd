"""Chinese vocabulary of event and entity extraction, as data, one module per stage.

Every word list the engine applies lives in this package, so a reader can add a phrasing (a
trigger, a name suffix, a district, a title) without reading the code that uses it. Each
module holds the words of one stage; this module re-exports them all, so the engine reads
`vocab.NAME` whatever module NAME lives in (a name added to a module is exported with it).
"""

# ruff: noqa: F403
from __future__ import annotations

from timeline._events.vocab.cleanup import *
from timeline._events.vocab.confidence import *
from timeline._events.vocab.dating import *
from timeline._events.vocab.names import *
from timeline._events.vocab.parties import *
from timeline._events.vocab.people import *
from timeline._events.vocab.places import *
from timeline._events.vocab.references import *
from timeline._events.vocab.sentences import *
from timeline._events.vocab.statuses import *
from timeline._events.vocab.subject_phrase import *
from timeline._events.vocab.tallies import *
from timeline._events.vocab.topics import *
from timeline._events.vocab.trigger_conditions import *
from timeline._events.vocab.trigger_frames import *
from timeline._events.vocab.trigger_readings import *
from timeline._events.vocab.triggers import *
from timeline._events.vocab.works import *
