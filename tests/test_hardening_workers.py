"""Findings of the sixth adversarial pass (issue 11) about extraction in worker processes:
`--jobs N` with a worker that dies (the out-of-memory killer, `kill -9`)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from test_cli import assert_one_line_error, run

from timeline.corpus import Skip, extract_articles
from timeline.corpus import extract as extract_module
from timeline.errors import ExtractionWorkerError
from timeline.model import Article, Extraction

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the dying worker is forked")

DEADLY = "2025年1月15日，重庆实验室揭牌成立。该实验室的工作进程被系统终止。"
_PARENT = os.getpid()
_real_extract = extract_module._extract


def _dying_extract(article: Article) -> Extraction | Skip:
    """`_extract`, but a worker process given the deadly article dies as the OOM killer kills."""
    if article.text == DEADLY and os.getpid() != _PARENT:
        os._exit(137)
    return _real_extract(article)


def _articles(count: int, deadly_at: int) -> list[Article]:
    texts = [f"2025年1月{1 + n % 28}日，第{n}号实验室在重庆揭牌成立。" for n in range(count)]
    texts[deadly_at] = DEADLY
    return [Article(text, "2025-02-01") for text in texts]


def test_a_worker_that_dies_is_a_library_error_not_broken_process_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker killed midway raised concurrent.futures' BrokenProcessPool out of the library."""
    monkeypatch.setattr(extract_module, "_extract", _dying_extract)
    with pytest.raises(ExtractionWorkerError, match="worker process died"):
        list(extract_articles(_articles(12, 5), jobs=2))


def test_ingest_jobs_with_a_worker_that_dies_is_one_line_and_says_what_was_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`timeline ingest --jobs 2` whose worker was killed ended in a BrokenProcessPool traceback."""
    folder = tmp_path / "news"
    folder.mkdir()
    for number, article in enumerate(_articles(12, 5)):
        (folder / f"{number:02d}.txt").write_text(article.text, encoding="utf-8")
    monkeypatch.setattr(extract_module, "_extract", _dying_extract)
    database = tmp_path / "news.db"
    code, out, err = run(capsys, "ingest", str(folder), "--db", str(database), "--jobs", "2")
    assert_one_line_error(code, err, "worker process died")
    assert "stopped early; stored before the error:" in out
    if database.exists() and database.stat().st_size:
        with sqlite3.connect(database) as connection:
            assert connection.execute("pragma integrity_check").fetchone() == ("ok",)
