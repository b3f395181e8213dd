"""Read a corpus of articles: what users have, streamed, with a `Skip` for each item left out.

Readers (one module each): `folders` (folders of .txt files with a manifest of publication
dates), `encoding` (reading a file as text), `extract` (extraction in worker processes).
Files that cannot become articles (unreadable, not text, empty, too large, no date) are
reported as `Skip`s with the reason, never raised:

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
    load_articles,
    read_manifest,
)
from timeline.corpus.skip import Skip

__all__ = [
    "MANIFEST_NAME",
    "MAX_ARTICLE_BYTES",
    "Skip",
    "article_files",
    "bundled_seeds",
    "extract_articles",
    "load_articles",
    "read_manifest",
]
