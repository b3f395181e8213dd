"""Exports of stored events: JSON, CSV, Markdown, an aligned text table, TimelineJS and one HTML page.

Every `to_*` function takes a sequence of `StoredEvent` (what `Timeline.milestones` returns) and
returns a string, so the library and the `timeline` command share them; `write_json`,
`write_csv`, `write_markdown` and `write_timelinejs` write the same text to a file one event at
a time, for listings too long to hold (`Timeline.iter_milestones`):

    >>> from timeline import Timeline                                    # doctest: +SKIP
    >>> from timeline.export import to_html
    >>> with Timeline("sqlite:///timeline.db") as tl:                    # doctest: +SKIP
    ...     page = to_html(tl.milestones(entity="重庆大学"), title="重庆大学")

One module per format (`json`, `csv`, `markdown`, `table`, `timelinejs`, `html`); the HTML
page's template, CSS and JavaScript are files of this package. Dates are shown with their
precision by `date_label` and `edtf`, which live with the date engine
(`timeline._dates.labels`) and are re-exported here.
"""

from __future__ import annotations

from timeline._dates.labels import date_label, edtf, placed_edtf, placed_label
from timeline.export.csv import CSV_COLUMNS, to_csv, write_csv
from timeline.export.html import TYPE_COLOURS, to_html
from timeline.export.json import JSON_SCHEMA_VERSION, to_json, write_json
from timeline.export.markdown import to_markdown, write_markdown
from timeline.export.table import align_columns, display_width, to_table
from timeline.export.timelinejs import to_timelinejs, write_timelinejs

__all__ = [
    "CSV_COLUMNS",
    "JSON_SCHEMA_VERSION",
    "TYPE_COLOURS",
    "align_columns",
    "date_label",
    "display_width",
    "edtf",
    "placed_edtf",
    "placed_label",
    "to_csv",
    "to_html",
    "to_json",
    "to_markdown",
    "to_table",
    "to_timelinejs",
    "write_csv",
    "write_json",
    "write_markdown",
    "write_timelinejs",
]
