"""Extraction of many articles, in worker processes, streaming in order."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from timeline._signals import STOPPING_SIGNALS, stopping_signals_held
from timeline.corpus.skip import Skip
from timeline.errors import ArticleError, ExtractionWorkerError
from timeline.model import Article, Extraction

__all__ = ["extract_articles"]

LOOK_AHEAD_PER_JOB = 32
"""Articles handed to each worker ahead of the consumer: enough to keep the workers busy while
the consumer writes a batch (`timeline ingest` stores 200 at a time), few enough to keep memory flat."""

PARENT_CHECK_SECONDS = 1.0
"""How often a worker checks that its parent is alive (`_exit_with`)."""

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
    pool = _worker_pool(jobs)
    try:
        pending: deque[Skip | Future[Extraction | Skip]] = deque()
        for item in items:
            pending.append(item if isinstance(item, Skip) else _submit(pool, item))
            while len(pending) > LOOK_AHEAD_PER_JOB * jobs:  # bounded: memory stays flat on big corpora
                yield _result(pending.popleft())
        for head in pending:
            yield _result(head)
    finally:  # on Ctrl-C or an error, the articles handed out but not started are dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)


_WORKER_DIED = (
    "an extraction worker process died (killed from outside, or by the system when memory ran "
    "out): the articles it held were not extracted; run again, with fewer --jobs if memory is short"
)


def _submit(pool: ProcessPoolExecutor, article: Article) -> Future[Extraction | Skip]:
    try:
        # Ctrl-C and SIGTERM raised in the middle of concurrent.futures' bookkeeping (a worker
        # forked, the thread that feeds it not started yet) left the command waiting at exit, for
        # ever, for a worker waiting for work: held, they arrive as the hand-out ends
        with stopping_signals_held():
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
    forked = "fork" in multiprocessing.get_all_start_methods()
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("fork" if forked else None),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )


def _start_worker(parent: int) -> None:
    """Set a worker up to end with the process that started it.

    Ctrl-C reaches every process of the terminal's group: the parent handles it (it drops the
    articles not started and waits for the workers), so a worker ignores it. A worker forked from
    the command line takes the default action on SIGTERM again (it ends). And a worker whose
    parent is gone (SIGKILL, the out-of-memory killer) exits: it waited for work for ever before.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked while `stopping_signals_held`
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPPING_SIGNALS)
    threading.Thread(target=_exit_with, args=(parent,), name="exit-with-parent", daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
