"""Findings of the sixth adversarial pass (issue 11) about stopping a run midway: `--jobs N` with
a worker that dies (the out-of-memory killer, `kill -9`), and SIGTERM or SIGKILL to the command."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import REPO, assert_one_line_error, run

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


# -- SIGTERM and SIGKILL while extracting ----------------------------------------------------------


def _started(*argv: str, cwd: Path) -> subprocess.Popen[str]:
    """`timeline ARGV` in its own process group, reading standard input from a pipe left open."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, "-m", "timeline.cli", *argv],
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    )


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    """Poll `condition` (a bound on a hang, not a timing: the machine may be slow)."""
    deadline = time.monotonic() + 240
    while not condition():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.1)


def _records(count: int) -> str:
    texts = (f"2025年1月{1 + n % 28}日，第{n}号实验室在重庆揭牌成立。" for n in range(count))
    return "".join(json.dumps({"text": text, "pub_date": "2025-02-01"}) + "\n" for text in texts)


def _stored(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1)) as db:
            return int(db.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:  # not created yet, or busy
        return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(line) for line in found.stdout.split()]


@pytest.mark.skipif(shutil.which("pgrep") is None, reason="needs pgrep to find the workers")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_ingest_jobs_stopped_by_a_signal_leaves_no_worker_behind(tmp_path: Path, stop: int) -> None:
    """SIGTERM (`kill`, `timeout`, systemd) or SIGKILL to `timeline ingest --jobs 2`: the parent
    died on the spot and its two workers waited for work for ever (found hours later). SIGTERM now
    unwinds as Ctrl-C does: exit 143 and what was stored is said."""
    database = tmp_path / "news.db"
    process = _started("ingest", "-", "--db", str(database), "--jobs", "2", cwd=tmp_path)
    assert process.stdin is not None
    # two batches of 200 are read and handed to the workers, the first is stored (the second waits
    # for the last results held back as look-ahead), then it waits for more input
    process.stdin.write(_records(401))
    process.stdin.flush()
    _wait_for(lambda: _stored(database) == 200, "the first batch stored")
    workers = _children(process.pid)
    assert len(workers) == 2
    process.send_signal(stop)
    out, err = process.communicate(timeout=240)
    if stop == signal.SIGTERM:
        assert process.returncode == 128 + signal.SIGTERM
        assert err.strip() == "timeline: terminated"
        assert "200 articles of this run were stored" in out
    _wait_for(lambda: not any(_alive(worker) for worker in workers), "the workers ended")
    assert _stored(database) == 200


def test_sigterm_to_extract_output_leaves_no_partial_file(tmp_path: Path) -> None:
    """`timeline extract --output x.jsonl` stopped by SIGTERM left `.x.jsonl.*.partial` behind."""
    output = tmp_path / "x.jsonl"
    process = _started("extract", "-", "--output", str(output), cwd=tmp_path)
    assert process.stdin is not None
    process.stdin.write(_records(1))
    process.stdin.flush()
    _wait_for(lambda: any(tmp_path.glob(".x.jsonl*")), "the output file opened")
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=240)
    assert process.returncode == 128 + signal.SIGTERM and err.strip() == "timeline: terminated"
    assert sorted(path.name for path in tmp_path.iterdir()) == []


_HAND_OUT = """
import os, signal, time
from timeline._signals import stopping_signals_held

steps = []

def terminate(signum, frame):
    steps.append("signal")
    raise KeyboardInterrupt

signal.signal(signal.SIGTERM, terminate)
try:
    with stopping_signals_held():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.2)  # a signal not held is handled here, before the hand-out ends
        steps.append("handed out")
except KeyboardInterrupt:
    pass
print(" ".join(steps))
"""


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_a_signal_during_a_hand_out_to_the_pool_arrives_after_it() -> None:
    """SIGTERM landing inside `ProcessPoolExecutor.submit` (a worker forked, the thread feeding it
    not started) left `extract --jobs 2` waiting at exit, for ever, for a worker waiting for work:
    the hand-out holds SIGINT and SIGTERM back until it is done. Checked in a process of one
    thread, as the command line is (a signal goes to any thread that does not hold it)."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-c", _HAND_OUT], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, "handed out signal"), done.stderr


_SWALLOWED = """
import os, signal, sys
from timeline import cli
from timeline.store import Timeline

cli.INGEST_BATCH = 2
write_batch = Timeline._write_batch


class Finalised:
    def __del__(self):
        os.kill(os.getpid(), sys.argv[1] == "term" and signal.SIGTERM or signal.SIGINT)
        for _ in range(100):  # the signal's handler runs here, in the finaliser
            pass


def finalising_write_batch(self, *args, **kwargs):
    if not getattr(Timeline, "finalised", False):
        Timeline.finalised = True
        Finalised()  # dropped at once: its finaliser runs
    return write_batch(self, *args, **kwargs)


Timeline._write_batch = finalising_write_batch
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize(("stop", "code", "said"), [("term", 143, "terminated"), ("int", 130, "interrupted")])
def test_a_stop_raised_in_a_finaliser_still_stops_the_command(
    tmp_path: Path, stop: str, code: int, said: str
) -> None:
    """harden22's open item (low): SIGTERM or Ctrl-C whose exception was raised in a finaliser (a
    `__del__`, a weak reference's callback, a generator closed by the collector) was swallowed:
    Python prints 'Exception ignored in' and goes on, so the ingest ran to its end, exit 0 (about
    once in 20 tries at random). The stop now takes effect at the next article read, between two
    transactions: the batch being written when it came is stored whole, no later one is."""
    folder = tmp_path / "news"
    folder.mkdir()
    for day in range(1, 7):
        text = f"2025年3月{day}日，成都第{day}研究院正式揭牌成立。"
        (folder / f"{day}.txt").write_text(text, encoding="utf-8")
    database = tmp_path / "t.db"
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    argv = ["ingest", str(folder), "--pub-date", "2025-04-01", "--db", str(database)]
    done = subprocess.run(
        [sys.executable, "-c", _SWALLOWED, stop, *argv], env=env, capture_output=True, text=True, timeout=240
    )
    assert done.returncode == code, done.stderr
    assert "Exception ignored" not in done.stderr and done.stderr.strip().endswith(f"timeline: {said}")
    assert _stored(database) == 2
