"""Read a corpus of articles: what users have, streamed, with a `Skip` for each item left out.

`load_articles` (module `load`) reads every kind of input and picks a reader per path:
`folders` (folders of .txt files with a manifest of publication dates), `records` (JSON Lines,
CSV and Parquet files of articles, or standard input), `webpages` (saved .html pages, optional
extra); `encoding` reads a file as text and `extract` runs the extraction in worker processes.
Files and records that cannot become articles (unreadable, not text, empty, too large, no date,
bad JSON) are reported as `Skip`s with the reason, never raised:

    >>> from timeline.corpus import load_articles, bundled_seeds
    >>> items = list(load_articles([bundled_seeds()]))                 # doctest: +SKIP
    >>> [a.pub_date.isoformat() for a in items][:2]                     # doctest: +SKIP
    ['2026-01-30', '2026-01-26']
"""

from __future__ import annotations

from timeline.corpus.extract import extract_articles
from timeline.corpus.folders import (
    MANIFEST_NAME,
    MAX_ARTICLE_BYTES,
    article_files,
    bundled_seeds,
    read_manifest,
)
from timeline.corpus.load import INPUT_FORMATS, count_items, load_articles
from timeline.corpus.records import FIELD_NAMES, parse_field_options
from timeline.corpus.skip import Skip

__all__ = [
    "FIELD_NAMES",
    "INPUT_FORMATS",
    "MANIFEST_NAME",
    "MAX_ARTICLE_BYTES",
    "Skip",
    "article_files",
    "bundled_seeds",
    "count_items",
    "extract_articles",
    "load_articles",
    "parse_field_options",
    "read_manifest",
]
