"""Terminal text table of events, aligned by display width (CJK characters take two columns).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from timeline._dates.labels import placed_label
from timeline.model import StoredEvent

__all__ = ["align_columns", "display_width", "to_table"]


def display_width(text: str) -> int:
    """Terminal columns of `text`: wide and full-width characters (CJK) take two.

    >>> display_width("重庆ab")
    6
    """
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _fit(text: str, width: int) -> str:
    """`text` cut to at most `width` columns (with '…'), then padded with spaces to `width`."""
    text = " ".join(text.split())
    if display_width(text) > width:
        kept, used = [], 0
        for char in text:
            used += display_width(char)
            if used > width - 1:
                break
            kept.append(char)
        text = "".join(kept) + "…"
    return text + " " * (width - display_width(text))


def align_columns(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, widths: Sequence[int] | None = None
) -> str:
    """Rows as text columns two spaces apart, aligned by terminal width (CJK counts double).

    `widths` fixes each column's width; longer cells are cut with '…'.

        >>> print(align_columns(["名称", "n"], [["重庆", "1"], ["ab", "22"]]).rstrip())
        名称  n
        重庆  1
        ab    22
    """
    table = [list(header), *([" ".join(str(cell).split()) for cell in row] for row in rows)]
    if widths is None:
        widths = [max(display_width(row[i]) for row in table) for i in range(len(header))]
    lines = []
    for row in table:
        lines.append("  ".join(_fit(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


def to_table(events: Sequence[StoredEvent], *, max_width: int | None = None) -> str:
    """An aligned text table (date, type, status, subject, summary), CJK-width aware.

    With `max_width` (terminal columns) subjects and summaries are cut to fit, marked with '…'.

        >>> print(to_table([]).rstrip())
        date  type  status  subject  summary
    """
    header = ("date", "type", "status", "subject", "summary")
    rows = [
        (placed_label(e), e.type, e.status, e.subject.name if e.subject else "", " ".join(e.summary.split()))
        for e in events
    ]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    if max_width is not None:
        widths[3] = min(widths[3], 24)
        fixed = sum(widths[:4]) + 2 * 4
        widths[4] = max(display_width(header[4]), min(widths[4], max_width - fixed))
    return align_columns(header, rows, widths=widths)
