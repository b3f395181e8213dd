"""JSON export: one object per event, schema `timeline.events` version 1.

One object per event:

- `id`, `type`, `type_label`, `trigger`, `status`, `planned` (true when `status` is
  "planned"), `summary`, `confidence`, `merge_note`;
- `date_basis`: "text" when the article's words date the event, "report" when they do not and
  the event is placed by its earliest report; `report_date`: the earliest publication date of
  the articles reporting it; `placed`: `edtf` and `label` of where the event sits on a timeline
  (its own date, else `../2026-01-26` "on or before" the report when occurred, `2026-01-26/..`
  "after" it when planned, labelled "报道于 2026-01-26，原文未给出日期");
- `date`: null for an event its text does not date, else `text` (the words), `start`/`end` (inclusive ISO
  days), `grain`, `value` (TIMEX3: 2025-12-20, 2025-12, 2026-Q1, 2026-H1, 2025-W47, 2024/2027),
  `edtf` (see `edtf`), `mod`, `kind` and `label` (the Chinese precision label);
- `planned_date`: null, or `start`/`end`/`value`/`label` of the date an earlier article gave
  when it reported the event as planned;
- `entities`: `name`, `type`, `role`;
- `sources`: `article_id`, `source`, `title`, `pub_date`, `pub_date_estimated`, `sentence`,
  `summary`, `start_char`, `end_char` (offsets of the clause in the article), `date_text`,
  `status`.

EDTF strings are described in `timeline._dates.labels`.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping
from typing import TextIO

from timeline._dates.labels import Interval, date_label, edtf, placed_edtf, placed_label
from timeline.export.controls import FORMAT_CONTROLS
from timeline.labels import TYPE_LABELS
from timeline.model import StoredEvent

__all__ = ["JSON_SCHEMA_VERSION", "to_json", "write_json", "write_json_list"]

JSON_SCHEMA_VERSION = 1


def _date_json(event: StoredEvent) -> dict[str, object] | None:
    if event.start is None or event.end is None:
        return None
    return {
        "text": event.date_text,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "grain": event.grain,
        "value": event.value,
        "edtf": edtf(event),
        "mod": event.mod,
        "kind": event.kind,
        "label": date_label(event),
    }


def _planned_json(event: StoredEvent) -> dict[str, object] | None:
    if event.planned_start is None or event.planned_end is None:
        return None
    return {
        "start": event.planned_start.isoformat(),
        "end": event.planned_end.isoformat(),
        "value": event.planned_value,
        "label": date_label(Interval(event.planned_start, event.planned_end)),
    }


def _event_json(event: StoredEvent) -> dict[str, object]:
    return {
        "id": event.id,
        "type": event.type,
        "type_label": TYPE_LABELS.get(event.type, event.type),
        "trigger": event.trigger,
        "status": event.status,
        "planned": event.status == "planned",
        "summary": event.summary,
        "confidence": event.confidence,
        "date_basis": event.date_basis,
        "report_date": event.report_date.isoformat() if event.report_date else None,
        "placed": {"edtf": placed_edtf(event), "label": placed_label(event)},
        "date": _date_json(event),
        "planned_date": _planned_json(event),
        "merge_note": event.merge_note,
        "merge_count": event.merge_count,
        "source_count": event.source_count,
        "entities": [{"name": e.name, "type": e.type, "role": e.role} for e in event.entities],
        "sources": [
            {
                "article_id": s.article_id,
                "source": s.source,
                "title": s.title,
                "pub_date": s.pub_date.isoformat(),
                "pub_date_estimated": s.pub_date_estimated,
                "sentence": s.sentence,
                "summary": s.summary,
                "start_char": s.start_char,
                "end_char": s.end_char,
                "date_text": s.date_text,
                "status": s.status,
            }
            for s in event.sources
        ],
    }


_SHOWN_ESCAPED = re.compile(f"[\x7f-\x9f{FORMAT_CONTROLS}]")
"""Characters a terminal acts on (DEL, C1 controls), that reorder or hide what it shows (format
controls: bidi marks, overrides and isolates, the byte order mark, ...) or that end a line of
JavaScript embedding the document (U+2028, U+2029). JSON keeps them, written as \\u escapes: the
same value when read back, and a document shown on a terminal shows what it holds."""


def encode_json(value: object, *, indent: int | None = None) -> str:
    r"""`json.dumps(value, ensure_ascii=False, indent=indent)`, with the characters of
    `_SHOWN_ESCAPED` written as \u escapes (C0 controls are escaped by JSON itself).

    >>> encode_json({"name": "重庆\u202e实验室"})
    '{"name": "重庆\\u202e实验室"}'
    >>> json.loads(encode_json(["\x9b", "\u2066"])) == ["\x9b", "\u2066"]
    True
    """
    return _escape_shown(json.dumps(value, ensure_ascii=False, indent=indent))


def _escape_shown(text: str) -> str:
    """`text`, JSON, with the characters of `_SHOWN_ESCAPED` (found only inside its strings,
    since JSON's own syntax is ASCII) written as \\u escapes."""
    return _SHOWN_ESCAPED.sub(_unicode_escape, text)


def _unicode_escape(found: re.Match[str]) -> str:
    """The character as JSON's ASCII escape: \\u and four hex digits, a surrogate pair of them
    beyond the BMP (tags U+E0001...)."""
    return json.dumps(found.group())[1:-1]


def to_json(events: Iterable[StoredEvent], *, indent: int | None = 2) -> str:
    """The events as a JSON document `{"schema", "schema_version", "events": [...]}` (see module doc).

    >>> import json
    >>> json.loads(to_json([]))["schema_version"]
    1
    """
    buffer = io.StringIO()
    write_json(events, buffer, indent=indent)
    return buffer.getvalue()


def write_json(events: Iterable[StoredEvent], out: TextIO, *, indent: int | None = 2) -> None:
    """Write `to_json`'s document to `out` one event at a time (an iterator of millions of events
    is never held whole).

    >>> out = io.StringIO()
    >>> write_json(iter([]), out)
    >>> out.getvalue() == to_json([])
    True
    """
    head = {"schema": "timeline.events", "schema_version": JSON_SCHEMA_VERSION}
    write_json_list(head, "events", (_event_json(e) for e in events), out, indent=indent)


def write_json_list(
    head: Mapping[str, object], key: str, items: Iterable[object], out: TextIO, *, indent: int | None
) -> None:
    """Write the JSON object `head` with `key` last, a list of `items` written one at a time,
    exactly as `encode_json({**head, key: list(items)}, indent=indent)` would.

    >>> out = io.StringIO()
    >>> write_json_list({"title": "成渝"}, "events", iter([1, 2]), out, indent=None)
    >>> out.getvalue()
    '{"title": "成渝", "events": [1, 2]}'
    """
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
    shape: dict[str, object] = {**head, key: [None]}
    opening, closing = _escape_shown(encoder.encode(shape)).rsplit("null", 1)
    # `opening` ends with the list's "[" and the padding of its first item; `closing` starts
    # with the list's "]". Items are re-indented to their depth (raw newlines occur only between
    # tokens: JSON strings escape theirs).
    padding = opening[opening.rindex("[") + 1 :]
    separator = "," + padding if indent is not None else ", "
    written = False
    for item in items:
        text = _escape_shown(encoder.encode(item))
        out.write((separator if written else opening) + text.replace("\n", padding))
        written = True
    if written:
        out.write(closing)
    else:
        out.write(opening[: opening.rindex("[") + 1] + closing[closing.index("]") :])
