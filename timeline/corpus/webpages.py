"""Articles from saved web pages (.html), through the optional extra `timeline[html]`.

trafilatura finds the main text (leaving menus, footers and comments out) and the title;
htmldate finds the publication date from the page's metadata and URL; a page without one (or
whose date there is not read whole: htmldate gives 2025-02-30 as 2025-02-01) takes `pub_date`,
else the later of htmldate's guess from its text and the date inferred as for any file, each
marked estimated. A page without main text, or nested deeper than the HTML parser reads, is a
`Skip` with the reason. A title or site name longer than an article takes
(`model.MAX_FIELD_LENGTHS`) is cut, its last character an ellipsis: the page's metadata is no
reason to lose its article.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol, cast

from timeline.corpus.encoding import read_bytes
from timeline.corpus.skip import Skip
from timeline.errors import ArticleError
from timeline.model import MAX_FIELD_LENGTHS, Article

__all__ = ["WEB_PAGE_SUFFIXES", "check_installed", "read_web_page"]

WEB_PAGE_SUFFIXES = (".html", ".htm")


class _Trafilatura(Protocol):
    """The part of trafilatura used here (it ships no types)."""

    def bare_extraction(self, page: bytes, *, with_metadata: bool, include_comments: bool) -> object: ...


class _Htmldate(Protocol):
    """The part of htmldate used here."""

    def find_date(
        self, page: bytes, *, original_date: bool, outputformat: str, extensive_search: bool
    ) -> str | None: ...


class _ParseError(Protocol):
    """An error libxml2 logged while parsing (lxml's `_LogEntry`)."""

    @property
    def type_name(self) -> str: ...


class _HtmlParser(Protocol):
    """lxml's HTML parser, with the errors of its last parse."""

    @property
    def error_log(self) -> Iterable[_ParseError]: ...


class _Etree(Protocol):
    """The part of `lxml.etree` used here (lxml comes with trafilatura; it ships no types)."""

    def HTMLParser(self) -> _HtmlParser: ...
    def HTML(self, text: bytes, parser: _HtmlParser) -> object: ...


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


ELLIPSIS = "…"
"""The last character of a page's title or site name that was cut to the length an article takes."""


def _cut(value: str, field: str) -> str:
    """`value` as an article's `field` takes it: cut to the longest allowed, the cut said by ELLIPSIS.

    >>> len(_cut("标题" * 600, "title")), _cut("标题" * 600, "title")[-2:], _cut("标题", "title")
    (1000, '标…', '标题')
    """
    longest = MAX_FIELD_LENGTHS[field]
    return value if len(value) <= longest else value[: longest - 1] + ELLIPSIS


MAX_ATTRIBUTES = 5_000
"""Most attributes an element of a saved page may have. The HTML parser (libxml2, under trafilatura
and htmldate) compares each attribute of an element with every one before it: one element of
150,000 attributes (a 1.7 MB page) held it for minutes, deaf to Ctrl-C and SIGTERM. Real pages
have tens; 5,000 cost it about half a second."""

MAX_ELEMENTS = 20_000
"""Most elements (start tags) a saved page may have. trafilatura's main pass is quadratic in the
blocks of the article (for one, it counts the blocks kept so far, one by one, for each heading
it drops from the end): headings, paragraphs or sections in a row cost it 1 to 2.5
CPU s at 20,000 elements, 5 to 7 s at 30,000 and 13 to 18 s at 49,000 (under the bound of 50,000
this was before). Real news pages have at most a few thousand (of 1,594 saved pages up to 2 MB
on the machine, mostly documentation, the median has 2,600, the densest 40,000)."""

_ELEMENT_START = re.compile(rb"<[A-Za-z][^\s/>]*")
"""The start of a start tag, with the element's name."""
_IN_TAG = re.compile(rb"""\s*(?:(>)|"[^"]*"|'[^']*'|=|([^\s"'>=]+)|["'])""")
"""One piece of a start tag: its end, a quoted value, `=`, a name or bare value, or a quote left open."""


def _count_tags(page: bytes) -> tuple[int, int]:
    """How many start tags the page has, and about how many attributes the element with the most
    has (bare values counted as names), in one pass over the page: quoted values, `>` in them too,
    are skipped whole.

    >>> _count_tags(b'<p class="a b" id=x hidden>text</p><br a=">" b c>')
    (2, 4)
    """
    elements = most = 0
    start = _ELEMENT_START.search(page)
    while start is not None:
        elements += 1
        position, names = start.end(), 0
        while (piece := _IN_TAG.match(page, position)) is not None and piece.group(1) is None:
            names += piece.group(2) is not None
            position = piece.end()
        most = max(most, names)
        if piece is None:  # the page ends inside the tag
            break
        start = _ELEMENT_START.search(page, piece.end())
    return elements, most


def _too_heavy(page: bytes) -> str | None:
    """Why the page is not given to the parser (too many elements, or attributes of one), or None."""
    elements, crowded = _count_tags(page)
    if crowded > MAX_ATTRIBUTES:
        return f"an element with {crowded:,} attributes (at most {MAX_ATTRIBUTES:,}): not parsed"
    if elements > MAX_ELEMENTS:
        return f"a page of {elements:,} elements (at most {MAX_ELEMENTS:,}): not parsed"
    return None


MAX_DEPTH = 255
"""Deepest nesting of elements libxml2, the HTML parser under trafilatura and htmldate, reads: at
256 it stops, and what is inside is silently left out of the page."""


def _nested_too_deep(page: bytes) -> str | None:
    """Why the page is not read when the HTML parser stops at its depth limit (elements left open,
    such as a <font> or <span> a page builder never closes), or None. The article inside was
    dropped and the rest stored as the page's article, with no word."""
    etree = cast(_Etree, importlib.import_module("lxml.etree"))
    parser = etree.HTMLParser()
    etree.HTML(page, parser)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return f"elements nested over {MAX_DEPTH} deep (tags left open?): the HTML parser reads no deeper"
    return None


def _page_date(htmldate: _Htmldate, page: bytes, *, search_text: bool) -> str | None:
    """The publication date htmldate finds in the page's metadata and URL, or with `search_text`
    in its text too: a guess (a year alone there, 2025年, gives 2025-01-01), taken after a given
    `pub_date` and marked estimated."""
    return htmldate.find_date(page, original_date=True, outputformat="%Y-%m-%d", extensive_search=search_text)


def _date_written(page: bytes, found: str) -> bool:
    """Whether the page writes the date htmldate found in it: its year, month and day together,
    in digits (2025-02-01, 2025/2/1, 20250201, 2025/0201, 01.02.2025, 2025年2月1日). htmldate
    makes up the rest of a date it cannot read whole: the month's first day for 2025-02-30, and
    for 2025-02 alone the day of the month it is run on (dateutil's default).

    >>> _date_written(b"<meta content='2025-02-30'>", "2025-02-01")
    False
    >>> _date_written(b"<meta content='2025-02-01T08:00'>", "2025-02-01")
    True
    >>> _date_written(b"<link href='/n1/2025/0214/c1-1.html'>", "2025-02-14")
    True
    """
    year, month, day = (part.encode() for part in found.split("-"))
    short_month, short_day = month.lstrip(b"0"), day.lstrip(b"0")
    forms = (
        rb"(?<!\d)%s\D{1,3}0?%s\D{1,3}0?%s(?!\d)" % (year, short_month, short_day),
        rb"(?<!\d)%s\D{0,3}%s\D{0,3}%s(?!\d)" % (year, month, day),
        rb"(?<!\d)0?%s\D{1,3}0?%s\D{1,3}%s(?!\d)" % (short_day, short_month, year),
        rb"(?<!\d)0?%s\D{1,3}0?%s\D{1,3}%s(?!\d)" % (short_month, short_day, year),
    )
    return any(re.search(form, page) for form in forms)


def _later_than_its_text(guess: str | None, text: str) -> str | None:
    """htmldate's guess from a page's text, or the latest full date its main text writes (the date
    a file is given when none is: `Article(infer_pub_date=True)`) when that is later: a page is
    published on or after the days it reports. A year alone was its guess (2025年1月15日 in the
    text, 2025-01-01), so what the page reported as done was stored as planned."""
    try:
        written = Article(text, None, infer_pub_date=True).pub_date.isoformat()
    except ArticleError:  # no full date in the text
        return guess
    return written if guess is None or written > guess else guess


def check_installed() -> None:
    """Raise ArticleError, saying what to install, when the html extra is missing.

    >>> check_installed()  # the html extra is installed: nothing to say
    """
    _libraries()


def read_web_page(
    path: str | os.PathLike[str], *, pub_date: str | None = None, source: str | None = None, max_bytes: int
) -> Article | Skip:
    """The article of one saved page, or a Skip saying why there is none.

    Read as article files are (`encoding.read_bytes`): regular files only, without waiting on a
    FIFO, the size limit enforced while reading.

    >>> import tempfile
    >>> page = Path(tempfile.mkdtemp()) / "page.html"
    >>> _ = page.write_text(
    ...     "<html><head><title>重庆实验室揭牌</title>"
    ...     "<meta property='article:published_time' content='2024-01-02'></head><body><article>"
    ...     "<h1>重庆实验室揭牌</h1><p>2024年1月1日，重庆实验室正式揭牌。重庆实验室是重庆市布局建设的"
    ...     "重大科技创新平台，面向国家战略需求。</p></article></body></html>", encoding="utf-8")
    >>> article = read_web_page(page, max_bytes=100_000)
    >>> article.title, article.pub_date, article.text.splitlines()[1][:20]
    ('重庆实验室揭牌', datetime.date(2024, 1, 2), '2024年1月1日，重庆实验室正式揭牌。')
    >>> read_web_page(page.with_name("missing.html"), max_bytes=100_000).reason
    'unreadable: No such file or directory'
    """
    trafilatura, htmldate = _libraries()
    name = os.fspath(path)
    page = read_bytes(Path(name), max_bytes)
    if isinstance(page, str):
        return Skip(name, page)
    heavy = _too_heavy(page) or _nested_too_deep(page)
    if heavy is not None:
        return Skip(name, heavy)
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    text = _field(document, "text")
    if not text or not text.strip():
        return Skip(name, "no main text found in the page")
    found = _page_date(htmldate, page, search_text=False)
    if found is not None and not _date_written(page, found):
        found = None  # a date htmldate did not read whole: a guess, as one from the text is
    date = found or pub_date or _later_than_its_text(_page_date(htmldate, page, search_text=True), text)
    try:
        return Article(
            text,
            date,  # read by Article as every given date is (a blank around it, 20250105)
            source=source if source is not None else _cut(_field(document, "sitename") or "", "source"),
            title=_cut(_field(document, "title") or "", "title"),
            url=_field(document, "url") or "",
            pub_date_estimated=not found,
            infer_pub_date=date is None,
        )
    except ArticleError as err:
        return Skip(name, str(err))
