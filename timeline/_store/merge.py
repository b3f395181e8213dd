"""When two reports are one real-world event, and what the merged event keeps.

The rule (spec/events.md, "One event across articles"): two reports are one event when they have
the same type, the same subject entity after alias resolution and overlapping date intervals, and
nothing tells them apart: they name no different object (each names objects and they share none).
How the two summaries word the act does not keep them apart. An undated report merges only
with an event whose summary is the same. Summaries and names are compared normalised (NFKC,
blanks removed) whatever the batch they arrive in. The merged event keeps the narrowest date; a
planned report joined by an occurred one becomes occurred and keeps the planned date in
`planned_*`.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple, Protocol

import attrs

from timeline.model import Event, normalise_text

from .orm import MERGE_NOTES_KEPT

STATUS_RANK = {"planned": 0, "ongoing": 1, "occurred": 2}
"""A merged event takes the most advanced status any of its reports gives."""


class SourceState(NamedTuple):
    """One report of an event, waiting to be written to `sources`; texts by digest (see `texts`)."""

    article_seq: int
    sentence_digest: str
    summary_digest: str
    date_text_digest: str | None
    start_char: int
    end_char: int
    status: str
    start: _dt.date | None
    end: _dt.date | None
    grain: str | None
    value: str | None
    mod: str | None
    kind: str | None
    summary_start: int | None = None
    """With `summary_end`: where in the sentence the summary is, when it is there (then
    `summary_digest` is the sentence's: `orm.SourceRow.summary_start`)."""
    summary_end: int | None = None


@attrs.define()
class EventState:
    """An event being written in the current transaction: new (`id` None) or loaded to be merged into."""

    id: int | None
    type: str
    trigger: str
    status: str
    start: _dt.date | None
    end: _dt.date | None
    grain: str | None
    value: str | None
    mod: str | None
    kind: str | None
    date_text: str | None
    summary: str
    confidence: float
    subject_id: int | None
    subject_name: str
    planned_start: _dt.date | None = None
    planned_end: _dt.date | None = None
    planned_value: str | None = None
    merge_notes: list[str] = attrs.Factory(list)
    """The latest `MERGE_NOTES_KEPT` notes; `merge_count` counts every merge."""
    merge_count: int = 0
    source_count: int = 0
    """Sources stored plus the new ones."""
    report_date: _dt.date | None = None
    """Earliest publication date of the articles reporting the event: where an undated one is placed."""
    links: list[tuple[int, str]] = attrs.Factory(list)
    """(entity id, role) pairs, in order; `new_links`/`new_sources` are what this transaction adds."""
    objects: set[int] = attrs.Factory(set)
    """Ids of the entities any report of the event names as its object (stored ones included)."""
    new_links: list[tuple[int, str, int]] = attrs.Factory(list)
    new_sources: list[SourceState] = attrs.Factory(list)
    source_articles: set[int] = attrs.Factory(set)
    """Articles (by seq) whose source this transaction adds: one source per article per event."""
    loaded_interval: tuple[_dt.date | None, _dt.date | None] = (None, None)
    """The interval the database holds for a loaded event, to know whether it must be rewritten."""
    changed: bool = False

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None

    def add_link(self, entity_id: int, role: str) -> None:
        """Tie an entity to the event in a role, once."""
        if (entity_id, role) not in self.links:
            self.new_links.append((entity_id, role, len(self.links)))
            self.links.append((entity_id, role))
        if role == "object":
            self.objects.add(entity_id)

    def add_source(self, source: SourceState) -> None:
        """Keep an article's first report of the event as its source; later ones add nothing."""
        if source.article_seq not in self.source_articles:
            self.source_articles.add(source.article_seq)
            self.new_sources.append(source)
            self.source_count += 1

    @property
    def merge_note(self) -> str:
        return "\n".join(self.merge_notes)


def event_interval(event: Event) -> tuple[_dt.date, _dt.date] | None:
    """The event's date interval, or None when it has none (no date, a duration or a set)."""
    date = event.date
    if date is None or date.start is None or date.end is None:
        return None
    return date.start, date.end


def match_reason(
    state: EventState, event: Event, subject_id: int | None, objects: set[int] | frozenset[int] = frozenset()
) -> str | None:
    """Why `event` (whose object entities have the ids `objects`) is the same real-world event as
    `state`, or None when it is not."""
    date = event.date
    return _same_real_event(
        state,
        event.type,
        subject_id,
        objects,
        event_interval(event),
        event.summary,
        date.value if date else None,
    )


def same_event(kept: EventState, other: EventState) -> str | None:
    """Why two stored events, now of one subject (a fold of entities made it so), are one
    real-world event by the rule `match_reason` applies to a report, or None when they are not."""
    interval = (other.start, other.end) if other.start is not None and other.end is not None else None
    return _same_real_event(
        kept, other.type, other.subject_id, other.objects, interval, other.summary, other.value
    )


def _same_real_event(
    state: EventState,
    type_: str,
    subject_id: int | None,
    objects: set[int] | frozenset[int],
    interval: tuple[_dt.date, _dt.date] | None,
    summary: str,
    value: str | None,
) -> str | None:
    if subject_id is None or state.subject_id != subject_id or state.type != type_:
        return None
    if objects and state.objects and not objects & state.objects:
        return None  # another signing partner, another document: another event
    if interval is None or not state.dated:
        if normalise_text(state.summary) != normalise_text(summary):
            return None
        return f"same type {type_}, same subject {state.subject_name}, same summary (a report is undated)"
    assert state.start is not None and state.end is not None
    if state.start > interval[1] or state.end < interval[0]:
        return None
    return (
        f"same type {type_}, same subject {state.subject_name}, overlapping dates "
        f"{state.value or state.start} / {value}, no different object"
    )


class ReportOrigin(Protocol):
    """The article a report comes from, as far as a merge note names it (an Article will do)."""

    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def pub_date(self) -> _dt.date: ...


def absorb(state: EventState, event: Event, article: ReportOrigin, reason: str) -> None:
    """Merge one more report into `state`: narrowest date, planned→occurred, and the note why."""
    outcome = _merge_date_and_status(state, event)
    origin = f"{article.source or 'no source'}, {article.pub_date}"
    note = f"merged report of article {article.id} ({origin}): {reason}"
    if outcome:
        note += f"; {outcome}"
    state.merge_notes.append(" ".join(note.split()))
    if len(state.merge_notes) > MERGE_NOTES_KEPT:
        del state.merge_notes[0]
    state.merge_count += 1
    state.confidence = max(state.confidence, event.confidence)
    if state.report_date is None or article.pub_date < state.report_date:
        state.report_date = article.pub_date
    state.changed = True


def _merge_date_and_status(state: EventState, event: Event) -> str:
    interval = event_interval(event)
    if state.status == "planned" and event.status == "occurred":
        state.status = "occurred"
        if state.dated:
            state.planned_start, state.planned_end, state.planned_value = state.start, state.end, state.value
        if interval is None:
            return f"planned → occurred: the occurred report gives no date, kept the planned {state.value}"
        _take_date(state, event)
        return f"planned → occurred: planned {state.planned_value}, actual {state.value}"
    if state.status == "occurred" and event.status == "planned":
        if interval is not None and state.planned_start is None:
            assert event.date is not None
            state.planned_start, state.planned_end = interval
            state.planned_value = event.date.value
            return f"kept the planned date {event.date.value} of the earlier plan"
        return "kept status occurred"
    if STATUS_RANK.get(event.status, 0) > STATUS_RANK.get(state.status, 0):
        state.status = event.status
    if interval is not None and (not state.dated or _span(interval) < _span((state.start, state.end))):
        _take_date(state, event)
        return f"date narrowed to {state.value}"
    return f"kept date {state.value}" if state.dated else "undated"


def _span(interval: tuple[_dt.date | None, _dt.date | None]) -> int:
    start, end = interval
    assert start is not None and end is not None
    return (end - start).days


def _take_date(state: EventState, event: Event) -> None:
    date = event.date
    assert date is not None
    state.start, state.end = date.start, date.end
    state.grain, state.value, state.mod, state.kind = date.grain, date.value, date.mod, date.kind
    state.date_text = date.text
