"""Articles from saved web pages (.html), through the optional extra `timeline[html]`.

trafilatura finds the main text (leaving menus, footers and comments out) and the title;
htmldate finds the publication date from the page's metadata, URL and text. A page without
main text or date (and no `pub_date` given) is a `Skip` with the reason.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol, cast

from timeline.corpus.encoding import read_bytes
from timeline.corpus.skip import Skip
from timeline.errors import ArticleError
from timeline.model import Article

__all__ = ["WEB_PAGE_SUFFIXES", "check_installed", "read_web_page"]

WEB_PAGE_SUFFIXES = (".html", ".htm")


class _Trafilatura(Protocol):
    """The part of trafilatura used here (it ships no types)."""

    def bare_extraction(self, page: bytes, *, with_metadata: bool, include_comments: bool) -> object: ...


class _Htmldate(Protocol):
    """The part of htmldate used here."""

    def find_date(self, page: bytes, *, original_date: bool, outputformat: str) -> str | None: ...


def _libraries() -> tuple[_Trafilatura, _Htmldate]:
    try:
        import htmldate
        import trafilatura
    except ImportError:
        raise ArticleError('reading web pages needs the html extra: pip install "timeline[html]"') from None
    return cast(_Trafilatura, trafilatura), cast(_Htmldate, htmldate)


def _field(document: object, name: str) -> str | None:
    """A text field of trafilatura's document (None when it has no such text)."""
    value = cast(object, getattr(document, name, None))
    return value if isinstance(value, str) else None


def check_installed() -> None:
    """Raise ArticleError, saying what to install, when the html extra is missing."""
    _libraries()


def read_web_page(
    path: str | os.PathLike[str], *, pub_date: str | None = None, source: str | None = None, max_bytes: int
) -> Article | Skip:
    """The article of one saved page, or a Skip saying why there is none.

    Read as article files are (`encoding.read_bytes`): regular files only, without waiting on a
    FIFO, the size limit enforced while reading.
    """
    trafilatura, htmldate = _libraries()
    name = os.fspath(path)
    page = read_bytes(Path(name), max_bytes)
    if isinstance(page, str):
        return Skip(name, page)
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    text = _field(document, "text")
    if not text or not text.strip():
        return Skip(name, "no main text found in the page")
    found = htmldate.find_date(page, original_date=True, outputformat="%Y-%m-%d")
    date: str | None = found or pub_date
    try:
        return Article(
            text,
            date,  # read by Article as every given date is (a blank around it, 20250105)
            source=source if source is not None else (_field(document, "sitename") or ""),
            title=_field(document, "title") or "",
            url=_field(document, "url") or "",
            pub_date_estimated=not found,
            infer_pub_date=date is None,
        )
    except ArticleError as err:
        return Skip(name, str(err))
