"""Repeats: one event for a clause printed twice (a headline over its body, a lead or teaser
printed again), kept apart from a later sentence reporting the act again.
No event either for a teaser or caption printed above the dateline of the report telling its act.
"""

from __future__ import annotations

from timeline._events.written_places import full_name
from timeline.model import Event, normalise_text


def _interval(event: Event) -> tuple[object, ...]:
    date = event.date
    return () if date is None else (date.start, date.end, date.grain)


def without_repeats(events: list[Event]) -> list[Event]:
    """One event for a clause printed twice. Of events with the same type, subject, status and
    words, an undated one repeats a dated one (a headline over its body: the dated is kept), and
    a dated one repeats another only when its whole sentence is the same (a lead or teaser
    printed again); a later sentence reporting the act again is a report of its own."""
    kept: dict[tuple[str, str, str, str], list[int]] = {}
    result: list[Event | None] = []
    for event in events:
        key = (
            event.type,
            full_name(event.subject) if event.subject else "",
            event.status,
            normalise_text(event.summary),
        )
        same = [result[i] for i in kept.get(key, [])]
        if any(_repeats(event, other) for other in same if other is not None):
            continue
        for index in kept.get(key, []):
            other = result[index]
            if other is not None and other.date is None and event.date is not None:
                result[index] = None
        kept.setdefault(key, []).append(len(result))
        result.append(event)
    return [event for event in result if event is not None]


def _repeats(event: Event, other: Event) -> bool:
    """An undated event repeats any; a dated one repeats another of the same date told by the
    same words up to the end of its clause (a lead or teaser printed again, even cut short)."""
    if event.date is None:
        return True
    return _interval(event) == _interval(other) and _told_by(event) == _told_by(other)


def _told_by(event: Event) -> str:
    """The event's sentence up to the end of its summary, normalised."""
    at = event.sentence.find(event.summary)
    return normalise_text(event.sentence[: at + len(event.summary)] if at >= 0 else event.sentence)


def without_teasers(events: list[Event], above: list[Event]) -> list[Event]:
    """The events, less those told above the report's dateline (今天上午，兰州市举行…集中开工活动。|
    新甘肃客户端兰州2月11日讯…) whose type the report tells again below it: a lead or caption
    printed above a report repeats the report."""
    teasers = {id(event) for event in above}
    reported = {event.type for event in events if id(event) not in teasers}
    return [event for event in events if id(event) not in teasers or event.type not in reported]


def without_headlines(events: list[Event], headlines: list[Event]) -> list[Event]:
    """The events, less the headlines that repeat a body event: an event of the prose lines
    printed before the article's first full stop (a title with a comma, a breadcrumb ending in
    the title: 您现在所在的位置首页 > 财经 > 湖北四季度重大项目集中开工，总投资4523亿元！) whose act
    the body tells again, of the same type and subject (or the subject's full name ending with
    the headline's) at a date that overlaps (spec: keep the body's)."""
    titles = {id(event) for event in headlines}
    body = [event for event in events if id(event) not in titles]
    return [event for event in events if id(event) not in titles or not _told_in(event, body)]


def _parties(event: Event) -> list[str]:
    """The names of the event's subjects (parties joined by 与/和/、 are subjects each), normalised."""
    return [normalise_text(full_name(entity)) for entity in event.entities if entity.role == "subject"]


def _same_party(first: str, second: str) -> bool:
    return first.endswith(second) or second.endswith(first)


def _told_in(headline: Event, body: list[Event]) -> bool:
    return any(_retells(headline, told) for told in body)


def _retells(headline: Event, told: Event) -> bool:
    """The body's event tells the headline's act: same type, a subject one of whose names ends
    the other's (高新区 / 玉溪国家高新区), of either event's parties (A、B举行揭牌仪式 under a
    headline naming B before A or B alone), dates that overlap or no date on either."""
    if headline.type != told.type or headline.subject is None or told.subject is None:
        return False
    if not any(_same_party(short, full) for short in _parties(headline) for full in _parties(told)):
        return False
    first, second = headline.date, told.date
    if first is None or second is None:
        return True
    if first.start is None or first.end is None or second.start is None or second.end is None:
        return True  # an open interval overlaps what it reaches
    return first.start <= second.end and second.start <= first.end
