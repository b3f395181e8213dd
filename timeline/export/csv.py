"""CSV export: one row per event, columns `CSV_COLUMNS`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable
from typing import TextIO

from timeline._dates.labels import placed_edtf, placed_label
from timeline.export.controls import BIDI_CONTROLS, without_controls
from timeline.model import StoredEvent

__all__ = ["CSV_COLUMNS", "FORMULA_STARTS", "neutralise", "to_csv", "write_csv"]


CSV_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "grain",
    "value",
    "edtf",
    "mod",
    "kind",
    "date_text",
    "type",
    "status",
    "subject",
    "entities",
    "summary",
    "trigger",
    "sources",
    "sentence",
    "planned_value",
    "date_basis",
    "report_date",
)


def _entities_cell(event: StoredEvent) -> str:
    return "; ".join(f"{e.name} ({e.type}/{e.role})" for e in event.entities)


def _csv_row(event: StoredEvent) -> list[object]:
    subject = event.subject
    return [
        event.id,
        placed_label(event),
        event.start.isoformat() if event.start else "",
        event.end.isoformat() if event.end else "",
        event.grain or "",
        event.value or "",
        placed_edtf(event) or "",
        event.mod or "",
        event.kind or "",
        event.date_text or "",
        event.type,
        event.status,
        subject.name if subject else "",
        _entities_cell(event),
        event.summary,
        event.trigger,
        "; ".join(f"{s.source} {s.pub_date.isoformat()} {s.article_id}".strip() for s in event.sources),
        event.sources[0].sentence if event.sources else "",
        event.planned_value or "",
        event.date_basis,
        event.report_date.isoformat() if event.report_date else "",
    ]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
"""First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection); the
full-width forms too, which some spreadsheets fold to ASCII."""

_FORMULA_AFTER_BREAK = re.compile(r"([;\t\r\n][ 　]*)([=+\-@＝＋－＠])")
"""A formula start after a character where a spreadsheet may begin a new cell inside one CSV
cell: ; (the list separator of Excel in German, French and many other locales, which opens a
.csv split at ; and not at commas), a tab (a separator Google Sheets may sniff) or a line break
(the row ends there when the cell's quotes are not read as opening it); blanks between ignored."""


_BIDI_CONTROL = re.compile(f"[{BIDI_CONTROLS}]")
"""A bidi embedding, override or isolate: a spreadsheet shows 新华\u202e社 as 社华新, and a line of
the file viewed as text reversed after it. Dropped, as the terminal table and Markdown drop them
(the HTML page isolates them, JSON keeps them escaped)."""


def neutralise(cell: object) -> object:
    """A text cell that a spreadsheet would run as a formula, prefixed with an apostrophe (OWASP),
    and so is every part of it a spreadsheet may read as a cell of its own (`_FORMULA_AFTER_BREAK`);
    its bidi embeddings, overrides and isolates (`_BIDI_CONTROL`) and its control characters but
    tab and line breaks (`controls.without_controls`: an ESC or a bell) dropped first.

    >>> print(neutralise('=HYPERLINK("http://evil.example","x")'))
    '=HYPERLINK("http://evil.example","x")
    >>> print(neutralise("重庆日报;=cmd|' /C calc'!A0"))
    重庆日报;'=cmd|' /C calc'!A0
    >>> neutralise("新华\u202e社")
    '新华社'
    """
    if not isinstance(cell, str):
        return cell
    cell = without_controls(_BIDI_CONTROL.sub("", cell))
    inner = _FORMULA_AFTER_BREAK.sub(r"\1'\2", cell)
    return "'" + inner if cell.startswith(FORMULA_STARTS) else inner


def to_csv(events: Iterable[StoredEvent], *, bom: bool = False, formulas: bool = False) -> str:
    """The events as CSV text (UTF-8, one header row); `bom=True` starts it with a BOM for Excel.

    Text from articles is untrusted: a cell starting with =, +, -, @, a tab or a carriage return
    is prefixed with an apostrophe so spreadsheets show it instead of running it (OWASP's advice
    against CSV injection), as is a formula after a ;, a tab or a line break inside a cell; bidi
    embeddings, overrides and isolates are dropped. `formulas=True` writes cells exactly as stored.

    >>> to_csv([]).splitlines()[0].startswith("id,date,start,end")
    True
    """
    buffer = io.StringIO(newline="")
    write_csv(events, buffer, bom=bom, formulas=formulas)
    return buffer.getvalue()


def write_csv(
    events: Iterable[StoredEvent], out: TextIO, *, bom: bool = False, formulas: bool = False
) -> None:
    """Write `to_csv`'s text to `out` (opened with newline=""), one event at a time.

    >>> out = io.StringIO(newline="")
    >>> write_csv([], out, bom=True)
    >>> out.getvalue() == to_csv([], bom=True)
    True
    """
    if bom:
        out.write(codecs.BOM_UTF8.decode("utf-8"))
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        row = _csv_row(event)
        cells: list[object] = row if formulas else [neutralise(cell) for cell in row]
        writer.writerow(cells)
