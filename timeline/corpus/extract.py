"""Extraction of many articles, in worker processes, streaming in order."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from timeline.corpus.skip import Skip
from timeline.errors import ArticleError, ExtractionWorkerError
from timeline.model import Article, Extraction

__all__ = ["extract_articles"]

LOOK_AHEAD_PER_JOB = 32
"""Articles handed to each worker ahead of the consumer: enough to keep the workers busy while
the consumer writes a batch (`timeline ingest` stores 200 at a time), few enough to keep memory flat."""

_WARM_UP = Article("2024年1月1日，重庆实验室正式揭牌。", "2024-01-02", id="warm-up")


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
    with _worker_pool(jobs) as pool:
        pending: deque[Skip | Future[Extraction | Skip]] = deque()
        for item in items:
            pending.append(item if isinstance(item, Skip) else _submit(pool, item))
            while len(pending) > LOOK_AHEAD_PER_JOB * jobs:  # bounded: memory stays flat on big corpora
                yield _result(pending.popleft())
        for head in pending:
            yield _result(head)


_WORKER_DIED = (
    "an extraction worker process died (killed from outside, or by the system when memory ran "
    "out): the articles it held were not extracted; run again, with fewer --jobs if memory is short"
)


def _submit(pool: ProcessPoolExecutor, article: Article) -> Future[Extraction | Skip]:
    try:
        return pool.submit(_extract, article)
    except BrokenProcessPool:  # a worker died before this article was handed out
        raise ExtractionWorkerError(_WORKER_DIED) from None


def _result(head: Skip | Future[Extraction | Skip]) -> Extraction | Skip:
    """A skip as it came, or the extraction of a worker; ExtractionWorkerError when a worker died
    (concurrent.futures then fails every article not extracted yet with BrokenProcessPool)."""
    if isinstance(head, Skip):
        return head
    try:
        return head.result()
    except BrokenProcessPool:
        raise ExtractionWorkerError(_WORKER_DIED) from None


def _worker_pool(jobs: int) -> ProcessPoolExecutor:
    """Worker processes forked (where the system can) from a process that has extracted once.

    The first extraction compiles the date patterns and loads the vocabularies: seconds of work.
    Done here once, forked workers inherit it; each worker started afresh (or forked before it)
    would pay it again, which made `--jobs 2` slower than `--jobs 1` on a few hundred articles.
    """
    _extract(_WARM_UP)
    if "fork" in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
    return ProcessPoolExecutor(max_workers=jobs)
