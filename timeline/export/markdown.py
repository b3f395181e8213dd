"""Markdown export: a GitHub-flavoured table of events."""

from __future__ import annotations

import html
import io
from collections.abc import Iterable
from typing import TextIO

from timeline._dates.labels import placed_label
from timeline.export.table import printable
from timeline.model import StoredEvent

__all__ = ["to_markdown", "write_markdown"]


_MARKDOWN_SPECIALS = str.maketrans({char: "\\" + char for char in "\\|[]`*_"})


def _md_cell(text: str) -> str:
    r"""Cell text shown literally: HTML-escaped (MkDocs and pandoc render raw HTML in tables), with
    Markdown's table, link, code and emphasis characters backslash-escaped, on one line, without
    control characters (the table is printed to the terminal unless `--output` is given).

    >>> print(_md_cell('<script>x</script> | [a](b)'))
    &lt;script&gt;x&lt;/script&gt; \| \[a\](b)
    """
    return html.escape(" ".join(printable(text).split()), quote=True).translate(_MARKDOWN_SPECIALS)


def to_markdown(events: Iterable[StoredEvent]) -> str:
    """The events as a GitHub-flavoured Markdown table (text HTML-escaped and Markdown-escaped,
    line breaks flattened).

    >>> to_markdown([]).splitlines()[0]
    '| id | date | type | status | subject | summary | source |'
    """
    buffer = io.StringIO()
    write_markdown(events, buffer)
    return buffer.getvalue()


def write_markdown(events: Iterable[StoredEvent], out: TextIO) -> None:
    """Write `to_markdown`'s table to `out`, one event at a time.

    >>> out = io.StringIO()
    >>> write_markdown([], out)
    >>> out.getvalue() == to_markdown([])
    True
    """
    out.write("| id | date | type | status | subject | summary | source |\n")
    out.write("| --- | --- | --- | --- | --- | --- | --- |\n")
    for event in events:
        subject = event.subject
        source = event.sources[0] if event.sources else None
        cells = [
            str(event.id),
            placed_label(event),
            event.type,
            event.status,
            subject.name if subject else "",
            event.summary,
            f"{source.source} {source.pub_date.isoformat()}" if source else "",
        ]
        out.write("| " + " | ".join(_md_cell(c) for c in cells) + " |\n")
