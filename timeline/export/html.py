"""The HTML timeline page: one self-contained file, events grouped by year, a legend and a filter.

The page's skeleton, style and script are package files next to this module (`page.html`,
`page.css`, `page.js`); `to_html` fills the skeleton and inlines the other two, so the page
needs no network to open.
"""

from __future__ import annotations

import html
import string
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources

from timeline._dates.labels import Interval, date_label, placed_edtf, placed_label
from timeline.export.colours import FALLBACK_COLOUR, TYPE_COLOURS
from timeline.export.controls import isolated_html, without_controls
from timeline.labels import (
    DATE_PATTERNS,
    ENTITY_WITH_ROLE,
    HTML_WORDS,
    LIST_SEPARATOR,
    ROLE_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    UNDATED,
)
from timeline.model import StoredEvent

__all__ = ["TYPE_COLOURS", "to_html"]



def _page_file(name: str) -> str:
    """A file of the page shipped with the package (template, CSS or JavaScript)."""
    return resources.files("timeline.export").joinpath(name).read_text(encoding="utf-8")


def _esc(text: object) -> str:
    return html.escape(without_controls(str(text)), quote=True)


def _year_order(year: str) -> tuple[bool, str]:
    """Years in order, the undated events last."""
    return year == UNDATED, year


def _event_html(event: StoredEvent, aliases: Mapping[str, Sequence[str]]) -> str:
    colour = TYPE_COLOURS.get(event.type, FALLBACK_COLOUR)
    planned = event.status == "planned"
    names = "|".join(dict.fromkeys((e.name for e in event.entities), True))
    known_as = [alias for e in event.entities for alias in aliases.get(e.name, ())]
    searched = "|".join(dict.fromkeys([names, *known_as, event.summary], True))
    badges = f'<span class="badge">{_esc(TYPE_LABELS.get(event.type, event.type))}</span>'
    if event.status != "occurred":
        badges += f'<span class="badge status">{_esc(STATUS_LABELS.get(event.status, event.status))}</span>'
    when = f'<time datetime="{_esc(placed_edtf(event) or "")}">{_esc(placed_label(event))}</time>'
    parts = [
        f'<li class="event type-{_esc(event.type)}{" planned" if planned else ""}" id="event-{event.id}"'
        f' style="--c: {colour}" data-type="{_esc(event.type)}" data-status="{_esc(event.status)}"'
        f' data-basis="{event.date_basis}" data-entities="{_esc(names)}"'
        f' data-search="{_esc(searched)}">',
        f'<div class="when">{when}{badges}</div>',
        f'<p class="summary">{isolated_html(event.summary)}</p>',
    ]
    if event.entities:
        names = LIST_SEPARATOR.join(
            ENTITY_WITH_ROLE.format(name=e.name, role=ROLE_LABELS.get(e.role, e.role)) for e in event.entities
        )
        parts.append(f'<div class="who">{_esc(HTML_WORDS["entities"].format(names=names))}</div>')
    if event.planned_start is not None and event.planned_end is not None:
        label = date_label(Interval(event.planned_start, event.planned_end))
        parts.append(f'<div class="note">{_esc(HTML_WORDS["planned_date"].format(label=label))}</div>')
    if event.sources:
        count = HTML_WORDS["source_count"].format(n=event.source_count)
        parts.append(f"<details><summary>{_esc(count)}</summary>")
        for s in event.sources:
            shown = (s.source, s.title, s.pub_date.isoformat())
            origin = " · ".join(isolated_html(part) for part in shown if part)
            if s.pub_date_estimated:
                origin += _esc(HTML_WORDS["estimated"])
            parts.append(f"<blockquote>{isolated_html(s.sentence)}<cite>{origin}</cite></blockquote>")
        parts.append("</details>")
    parts.append("</li>")
    return "".join(parts)


def to_html(
    events: Iterable[StoredEvent],
    *,
    title: str = "Timeline",
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """One self-contained HTML page: a vertical timeline grouped by year, with a legend and a filter.

    No network is needed to open it (inline CSS and script, system CJK fonts). An event its
    text does not date sits in the year of its report, marked "报道于 …，原文未给出日期" (its
    `<time>` holds the open EDTF interval). Planned events are dashed and labelled; each event's
    sources open on click; a click on a legend entry hides or shows that type. The filter box
    matches entity names, the `aliases` given ({name: [alias, …]}) and summaries.
    `page.html#filter=WORDS&hide=TYPE,TYPE` opens the page filtered and without those types;
    the script keeps `data-visible-count` on `<body>`.

        >>> "<!DOCTYPE html>" in to_html([], title="成渝")
        True
    """
    events = list(events)
    by_year: dict[str, list[StoredEvent]] = {}
    for event in events:
        day = event.placed_at
        by_year.setdefault(str(day.year) if day else UNDATED, []).append(event)
    # Years in order (events keep their order inside a year); undated events close the page.
    ordered = sorted(by_year, key=_year_order)
    sections = []
    for year in ordered:
        members = by_year[year]
        items = "\n".join(_event_html(e, aliases or {}) for e in members)
        heading = DATE_PATTERNS["year"].format(year=year) if year != UNDATED else UNDATED
        sections.append(
            f'<section class="year" data-year="{_esc(year)}"><h2>{_esc(heading)}</h2>'
            f'<ol class="events">\n{items}\n</ol></section>'
        )
    present = dict.fromkeys((e.type for e in events), True)
    hint = _esc(HTML_WORDS["legend_hint"])
    legend = "".join(
        f'<li><button type="button" data-type="{_esc(t)}" aria-pressed="true" title="{hint}"'
        f' style="--c: {TYPE_COLOURS.get(t, FALLBACK_COLOUR)}">{_esc(TYPE_LABELS.get(t, t))}</button></li>'
        for t in present
    )
    count = HTML_WORDS["count"].format(visible=len(events), total=len(events))
    page = string.Template(_page_file("page.html"))
    return page.substitute(
        title=_esc(title),
        css=_page_file("page.css"),
        js=_page_file("page.js"),
        visible_count=len(events),
        filter_label=_esc(HTML_WORDS["filter_label"]),
        filter_placeholder=_esc(HTML_WORDS["filter_placeholder"]),
        count_template=_esc(HTML_WORDS["count"]),
        count=_esc(count),
        legend_label=_esc(HTML_WORDS["legend"]),
        legend=legend,
        sections="\n".join(sections),
        generated=_esc(HTML_WORDS["generated"]),
    )
