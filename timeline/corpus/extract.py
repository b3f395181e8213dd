"""Extraction of many articles, in worker processes, streaming in order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from timeline.corpus.skip import Skip
from timeline.errors import ArticleError
from timeline.model import Article, Extraction

__all__ = ["extract_articles"]


def _extract(article: Article) -> Extraction | Skip:
    from timeline.events import extract

    try:
        return extract(article)
    except ArticleError as err:
        return Skip(article.title or article.id, str(err))


def extract_articles(items: Iterable[Article | Skip], *, jobs: int = 1) -> Iterator[Extraction | Skip]:
    """Events and entities of each article (`timeline.events.extract`), in `jobs` worker processes.

    Skips pass through unchanged, in order, so a caller can store extractions as they come
    while workers go on extracting.

        >>> from timeline.corpus import extract_articles, load_articles
        >>> for item in extract_articles(load_articles(["seeds"]), jobs=2):   # doctest: +SKIP
        ...     print(item)
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if jobs == 1:
        for item in items:
            yield item if isinstance(item, Skip) else _extract(item)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Skip | Future[Extraction | Skip]] = deque()
        for item in items:
            pending.append(item if isinstance(item, Skip) else pool.submit(_extract, item))
            while len(pending) > 4 * jobs:  # bounded look-ahead: memory stays flat on big corpora
                head = pending.popleft()
                yield head if isinstance(head, Skip) else head.result()
        for head in pending:
            yield head if isinstance(head, Skip) else head.result()
