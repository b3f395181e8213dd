"""Run the extractor of a past commit on the real corpus, for the learned-filter experiments.

The events an earlier revision emitted on batches of the corpus it had not seen are the errors
the rules make on new text (`event_filter.py`, `subject_choice.py`, `clause_model.py`). Each
script prints one JSON row per event; `DUMP_PRELUDE` holds what their dump scripts share, and
`event_from_row` reads back the rows of the event-shaped ones.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from typing import Any

from _event_gold import REAL_DIR, ROOT

from timeline.dates import TimeExpr
from timeline.model import Event, EventEntity

DUMP_PRELUDE = """
import json, sys
from pathlib import Path
from timeline.events import extract
from timeline.model import Article
corpus = Path(sys.argv[1])
def date(d):
    if d is None:
        return None
    return [d.text, d.start_char, d.end_char, None if d.start is None else d.start.isoformat(),
            None if d.end is None else d.end.isoformat(), d.grain, d.value, getattr(d, "mod", None)]
"""
"""The imports, the corpus directory (`corpus`) and a date's row (`date(d)`) of a dump script."""


class RevisionMissing(LookupError):
    """The commit is not in this checkout's history (a shallow clone?)."""


def dump_at_revision(commit: str, script: str) -> str:
    """The standard output of `script` (Python source, the real corpus' directory as its one
    argument) run on the `timeline` package of `commit`, unpacked with `git archive` into a
    temporary directory so that the working copy is left alone."""
    archive = subprocess.run(["git", "archive", commit, "timeline"], cwd=ROOT, capture_output=True)
    if archive.returncode:
        raise RevisionMissing(commit)
    with tempfile.TemporaryDirectory() as tree:
        subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
        dumped = subprocess.run(
            [sys.executable, "-c", script, str(REAL_DIR)],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": tree},
            capture_output=True,
            text=True,
            check=True,
        )
    return dumped.stdout


def event_from_row(row: Sequence[Any]) -> Event:
    """The event of a dumped row: type, trigger, status, date (`date(d)` of `DUMP_PRELUDE`),
    summary, sentence, start, end, roles (name, type, role) and confidence."""
    type_, trigger, status, date, summary, sentence, start, end, roles, score = row
    when = None
    if date is not None:
        text, d_start, d_end, first, last, grain, value, mod = date
        when = TimeExpr(text, d_start, d_end, _day(first), _day(last), grain, value, mod)
    entities = tuple(EventEntity(name, kind, role) for name, kind, role in roles)
    return Event(type_, trigger, status, when, summary, sentence, "", start, end, entities, score)


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)
