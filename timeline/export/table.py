"""Terminal text table of events, aligned by display width (CJK characters take two columns).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from timeline._dates.labels import placed_label
from timeline._typed import lru_cached
from timeline.export.colours import FALLBACK_COLOUR, TYPE_COLOURS
from timeline.export.controls import FORMAT_CONTROLS
from timeline.model import StoredEvent

__all__ = ["align_columns", "display_width", "printable", "to_table"]

_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{FORMAT_CONTROLS}]")
"""What must not reach a terminal from stored text or file names: C0/C1 controls but newline and
tab (ESC sequences clear the screen or retitle the window, BEL rings), every format control of
this Python's Unicode (bidi marks, overrides and isolates, the byte order mark, tags: they
reorder or hide text), the line and paragraph separators (they break a row), surrogates."""


def printable(text: str) -> str:
    r"""`text` safe to show on a terminal: control and format characters removed, lone
    surrogates (bytes of a file name that are not UTF-8) shown as escapes, so the name stays
    recognisable.

    >>> printable("重庆\x1b[2J实验室\x07"), printable("\udcff.txt")
    ('重庆[2J实验室', '\\xff.txt')
    """
    if text.isprintable():  # (most cells: Python's printable holds no character of _CONTROL)
        return text
    return _CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if 0xD800 <= code <= 0xDFFF else ""


def display_width(text: str) -> int:
    """Terminal columns of `text`: wide and full-width characters (CJK) take two.

    >>> display_width("重庆ab")
    6
    """
    if text.isascii():
        return len(text)
    return len(text) + sum(map(_is_wide, text))


@lru_cached(maxsize=8192)
def _is_wide(char: str) -> bool:
    """Whether a character takes two columns (wide or full-width); asked once per character (of the
    8,192 last met), as `timeline dates` of 40,000 lines measures a million cells."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _fit(text: str, width: int, measured: int | None = None) -> str:
    """`text` (one line) cut to at most `width` columns (with '…'), then padded with spaces to
    `width`; `measured` is its `display_width` when known."""
    used = display_width(text) if measured is None else measured
    if used > width:
        kept, used = [], 1  # the ellipsis
        for char in text:
            if used + display_width(char) > width:
                break
            used += display_width(char)
            kept.append(char)
        text = "".join(kept) + "…"
    return text + " " * (width - used)


def align_columns(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, widths: Sequence[int] | None = None
) -> str:
    """Rows as text columns two spaces apart, aligned by terminal width (CJK counts double);
    control characters (see `printable`) are dropped from the cells.

    `widths` fixes each column's width; longer cells are cut with '…'.

        >>> print(align_columns(["名称", "n"], [["重庆", "1"], ["ab", "22"]]).rstrip())
        名称  n
        重庆  1
        ab    22
    """
    table = [list(header), *([printable(" ".join(str(cell).split())) for cell in row] for row in rows)]
    measured = [[display_width(cell) for cell in row] for row in table]
    if widths is None:
        widths = [max(row[i] for row in measured) for i in range(len(header))]
    lines = []
    for row, row_widths in zip(table, measured, strict=True):
        cells = zip(row, widths, row_widths, strict=True)
        lines.append("  ".join(_fit(cell, width, used) for cell, width, used in cells).rstrip())
    return "\n".join(lines) + "\n"


def _ansi_colour(hex_colour: str) -> str:
    """The 24-bit ANSI escape that sets the foreground to `#rrggbb`."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"\x1b[38;2;{red};{green};{blue}m"


_RESET = "\x1b[0m"


def to_table(events: Sequence[StoredEvent], *, max_width: int | None = None, colour: bool = False) -> str:
    """An aligned text table (id, date, type, status, subject, summary), CJK-width aware.

    With `max_width` (terminal columns) subjects and summaries are cut to fit, marked with '…'.
    With `colour` each event's type is written in its colour (24-bit ANSI, the HTML page's
    colours): for a terminal only.

        >>> print(to_table([]).rstrip())
        id  date  type  status  subject  summary
    """
    header = ("id", "date", "type", "status", "subject", "summary")
    rows = [
        (
            str(e.id),
            placed_label(e),
            e.type,
            e.status,
            printable(e.subject.name) if e.subject else "",
            " ".join(printable(e.summary).split()),
        )
        for e in events
    ]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    if max_width is not None:
        widths[4] = min(widths[4], 24)
        fixed = sum(widths[:5]) + 2 * 5
        widths[5] = max(display_width(header[5]), min(widths[5], max_width - fixed))
    if not colour:
        return align_columns(header, rows, widths=widths)
    lines = [align_columns(header, [], widths=widths).rstrip("\n")]
    for event, row in zip(events, rows, strict=True):
        cleaned = (" ".join(printable(cell).split()) for cell in row)
        cells = [_fit(cell, width) for cell, width in zip(cleaned, widths, strict=True)]
        cells[2] = _ansi_colour(TYPE_COLOURS.get(event.type, FALLBACK_COLOUR)) + cells[2] + _RESET
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"
