"""CPU time of `timeline.events.extract` in this checkout against another, paired in one process.

On a shared machine two runs of `events.py` made minutes apart can differ by ten per cent or
more, as other jobs come and go: a speed-up of a few per cent cannot be read from them. Here
both versions run in one process, article after article, taking turns (which goes first
alternates by round), so that both meet the same load; the ratio of their CPU times is the
figure to read. The other checkout's `timeline` package is copied to a temporary directory
under the name `timeline_base` (its imports renamed) and imported beside this one.

    git worktree add /tmp/base main        # or: mkdir /tmp/base && git archive main | tar -x -C /tmp/base
    python benchmarks/events_paired.py /tmp/base --rounds 3

It prints, for the seed articles and for the real news corpus (`tests/corpus/real/`), MB per
CPU second of each version and the CPU time of this checkout over the other's (below 1: faster).
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))  # this checkout's timeline, not an installed one

import _event_gold  # noqa: E402
from _machine import MB  # noqa: E402

from timeline import events as work_events  # noqa: E402
from timeline.model import Article  # noqa: E402

_PACKAGE_NAME = re.compile(r"\btimeline\b")


def _base_events(checkout: Path, into: Path) -> ModuleType:
    """The `events` module of the other checkout's package, imported as `timeline_base`."""
    copy = into / "timeline_base"
    shutil.copytree(checkout / "timeline", copy, ignore=shutil.ignore_patterns("__pycache__"))
    for source in copy.rglob("*.py"):
        renamed = _PACKAGE_NAME.sub("timeline_base", source.read_text(encoding="utf-8"))
        source.write_text(renamed, encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module("timeline_base.events")


def _paired(base: ModuleType, articles: list[Article], rounds: int) -> tuple[float, float]:
    """CPU seconds of the other checkout's extraction and of this one's over the articles,
    `rounds` times, article by article in turn."""
    theirs = [base.Article(a.text, a.pub_date, source=a.source) for a in articles]
    for mine, other in zip(articles, theirs, strict=True):  # compiled patterns and caches first
        work_events.extract(mine)
        base.extract(other)
    cpu_base = cpu_work = 0.0
    for round_ in range(rounds):
        for mine, other in zip(articles, theirs, strict=True):
            turns = [(base.extract, other, False), (work_events.extract, mine, True)]
            for extract, article, is_work in turns[:: 1 if round_ % 2 == 0 else -1]:
                start = time.process_time()
                extract(article)
                spent = time.process_time() - start
                if is_work:
                    cpu_work += spent
                else:
                    cpu_base += spent
    return cpu_base, cpu_work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the other checkout (a directory holding timeline/)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over each corpus (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = _base_events(args.base.resolve(), Path(scratch))
        corpora = {
            "seeds": list(_event_gold.seed_corpus().articles.values()),
            "real": list(_event_gold.real_corpus().articles.values()),
        }
        for label, articles in corpora.items():
            size = sum(len(a.text.encode("utf-8")) for a in articles) * args.rounds / MB
            cpu_base, cpu_work = _paired(base, articles, args.rounds)
            print(
                f"{label:<6} other {size / cpu_base:6.3f} MB/CPU s   this {size / cpu_work:6.3f} MB/CPU s"
                f"   this/other CPU time {cpu_work / cpu_base:.3f}"
            )


if __name__ == "__main__":
    main()
