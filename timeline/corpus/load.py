"""One entry point for every kind of input: `load_articles` picks the reader for each path.

- a folder: its .txt files (with their manifest), read by `timeline.corpus.folders`;
- a .jsonl/.ndjson/.json, .csv or .parquet file: one article per record (`records`);
- an .html/.htm file: a saved web page (`webpages`, optional extra);
- `-`: standard input, JSON Lines unless `input_format` says otherwise (`txt`: one article);
- any other file: a text article.

Everything that can be checked before reading starts is checked first (the publication date,
manifests, the field names of every file of records), so a mistake stops the run before any
article is stored.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, cast

from timeline.corpus import folders, records, webpages
from timeline.corpus.encoding import read_stream
from timeline.corpus.skip import Skip
from timeline.dates import to_reference_date
from timeline.errors import ArticleError
from timeline.model import Article

__all__ = ["INPUT_FORMATS", "count_items", "load_articles"]

INPUT_FORMATS = ("auto", "txt", "jsonl", "csv", "parquet", "html")


def _kind(path: str, input_format: str) -> str:
    """How to read `path`: 'folder', 'txt', 'jsonl', 'csv', 'parquet' or 'html'."""
    if input_format not in INPUT_FORMATS:
        raise ArticleError(f"unknown input format {input_format!r}; known: {', '.join(INPUT_FORMATS)}")
    if path == records.STDIN:
        if input_format in ("parquet", "html"):  # read from a file by name (pyarrow, trafilatura)
            raise ArticleError(f"standard input (-) cannot be read as {input_format}: save it to a file")
        return "jsonl" if input_format == "auto" else input_format
    candidate = Path(path)
    if candidate.is_dir():
        return "folder"
    if not candidate.exists():
        raise ArticleError(f"no such file or folder: {path}")
    if input_format != "auto":
        return input_format
    if candidate.suffix.lower() in webpages.WEB_PAGE_SUFFIXES:
        return "html"
    return records.record_format(path) or "txt"


def load_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    manifest: str | os.PathLike[str] | None = None,
    pub_date: str | None = None,
    source: str | None = None,
    max_bytes: int = folders.MAX_ARTICLE_BYTES,
    fields: Mapping[str, str] | None = None,
    input_format: str = "auto",
) -> Iterator[Article | Skip]:
    """Articles from every path in order, with a `Skip` for each file or record left out.

    `manifest`, `pub_date`, `source` and `max_bytes` work as in `timeline.corpus.folders`;
    `fields` maps article fields to record keys (`{"text": "正文"}`); `input_format` forces
    one reader for every file. Raises ArticleError, before anything is read, for a missing path,
    a malformed date or manifest, or a file of records without the fields asked for.

        >>> from timeline.corpus import load_articles
        >>> items = load_articles(["news.jsonl"], fields={"text": "正文"})   # doctest: +SKIP
    """
    if pub_date is not None:
        try:
            to_reference_date(pub_date, "publication date")
        except ValueError as err:
            raise ArticleError(str(err)) from None
    if manifest is not None:
        folders.read_manifest(manifest)
    wanted = dict(fields or {})
    plan = [(os.fspath(path), _kind(os.fspath(path), input_format)) for path in paths]
    if sum(name == records.STDIN for name, _ in plan) > 1:
        raise ArticleError("standard input (-) can be read only once")
    text_paths = [name for name, kind in plan if kind in ("folder", "txt") and name != records.STDIN]
    folders.find_manifests(text_paths)  # a bad manifest stops the run now
    for name, kind in plan:
        if kind in ("jsonl", "csv", "parquet"):
            records.check_fields(name, kind, wanted)
        if kind == "html":
            webpages.check_installed()
    return _read(plan, manifest, pub_date, source, max_bytes, wanted)


def _read(
    plan: list[tuple[str, str]],
    manifest: str | os.PathLike[str] | None,
    pub_date: str | None,
    source: str | None,
    max_bytes: int,
    fields: dict[str, str],
) -> Iterator[Article | Skip]:
    text_paths: list[str] = []

    def text_files() -> Iterator[Article | Skip]:
        if text_paths:
            yield from folders.load_articles(
                list(text_paths), manifest=manifest, pub_date=pub_date, source=source, max_bytes=max_bytes
            )
            text_paths.clear()

    for name, kind in plan:
        if kind in ("folder", "txt") and name != records.STDIN:
            text_paths.append(name)
            continue
        yield from text_files()
        if kind in ("jsonl", "csv", "parquet"):
            yield from records.read_records(name, kind=kind, fields=fields, pub_date=pub_date, source=source)
        elif kind == "html":
            yield webpages.read_web_page(name, pub_date=pub_date, source=source, max_bytes=max_bytes)
        else:  # one text article from standard input
            yield _stdin_article(pub_date, source, max_bytes)
    yield from text_files()


def _stdin_article(pub_date: str | None, source: str | None, max_bytes: int) -> Article | Skip:
    stdin = cast(BinaryIO, sys.stdin.buffer)  # typeshed: BinaryIO | Any
    text = read_stream(stdin, records.STDIN_NAME, max_bytes)
    if isinstance(text, Skip):
        return text
    try:
        return Article(text, pub_date, source=source or "", infer_pub_date=pub_date is None)
    except ArticleError as err:
        return Skip(records.STDIN_NAME, str(err))


def count_items(paths: Iterable[str | os.PathLike[str]], *, input_format: str = "auto") -> int | None:
    """About how many articles `paths` hold (for a progress bar); None when unknown (stdin).

    >>> from timeline.corpus.folders import bundled_seeds
    >>> count_items([bundled_seeds()]), count_items([bundled_seeds(), "-"])
    (5, None)
    """
    total = 0
    for raw in paths:
        name = os.fspath(raw)
        kind = _kind(name, input_format)
        if kind in ("folder", "txt", "html") and name != records.STDIN:
            total += len(folders.article_files([name])) if kind == "folder" else 1
            continue
        counted = records.count_records(name, kind) if kind in ("jsonl", "csv", "parquet") else None
        if counted is None:
            return None
        total += counted
    return total
